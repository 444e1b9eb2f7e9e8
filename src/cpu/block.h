/* Decoded-block cache of a hart. */
#ifndef RVISOR_CPU_BLOCK_H
#define RVISOR_CPU_BLOCK_H

#include "cpu/insn.h"

int block_cache_init(struct hart *h);
void block_cache_destroy(struct hart *h);
/* The block at h->pc, decoding it when needed. On a fetch fault the trap is
 * taken (h->pc moves to the handler) and NULL is returned. */
struct block *block_lookup(struct hart *h);

/* Run the one instruction at h->pc through the interpreter (a debugger's
 * single step). Returns false when its fetch faulted (the trap is taken). */
bool block_step_one(struct hart *h);
/* Run the whole block at h->pc through the interpreter without chaining
 * into the next one, unless a breakpoint of h->dbg lies inside it after
 * its first instruction: then only the instructions before it run. */
void block_run_debug(struct hart *h);

#endif
