/* Decoded-block cache of a hart. */
#ifndef RVISOR_CPU_BLOCK_H
#define RVISOR_CPU_BLOCK_H

#include "cpu/insn.h"

int block_cache_init(struct hart *h);
void block_cache_destroy(struct hart *h);
/* The block at h->pc, decoding it when needed. On a fetch fault the trap is
 * taken (h->pc moves to the handler) and NULL is returned. */
struct block *block_lookup(struct hart *h);

/* The bytes an instruction stores to, worked out from the registers before
 * it runs (len 0: it stores nothing, or its fetch faulted). */
struct step_write {
	uint64_t va;
	unsigned len;
};
/* Run the one instruction at h->pc through the interpreter (a debugger's
 * single step). Returns false when its fetch faulted (the trap is taken).
 * When `w` is not NULL it receives what the instruction was about to store
 * (a debugger's write watchpoint needs to know which hart wrote). */
bool block_step_one(struct hart *h, struct step_write *w);
/* Run the whole block at h->pc through the interpreter without chaining
 * into the next one, unless a breakpoint of h->dbg lies inside it after
 * its first instruction: then only the instructions before it run. */
void block_run_debug(struct hart *h);

#endif
