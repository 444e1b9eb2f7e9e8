/* Decoded-block cache of a hart. */
#ifndef RVISOR_CPU_BLOCK_H
#define RVISOR_CPU_BLOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/insn.h"

int block_cache_init(struct hart *h);
void block_cache_destroy(struct hart *h);
/* The block at h->pc, decoding it when needed. On a fetch fault the trap is
 * taken (h->pc moves to the handler) and NULL is returned. */
struct block *block_lookup(struct hart *h);

/* Warming a hart's cache ahead of its run (a migration's destination
 * decodes what the source ran last, before the guest's pause ends): a
 * block by its virtual and physical pc, and whether the source's JIT had
 * translated it (a hint: not used to translate ahead, see
 * docs/migration.md). */
struct block_ref {
	uint64_t vpc, pa;
	bool translated;
};
/* The blocks of h's jump cache (the most recent for each of its slots),
 * still valid, those looked up since the last change of translation
 * context first; at most max, into out. Only while h does not run (its
 * vCPU parked). Returns how many. */
unsigned block_cache_recent(struct hart *h, struct block_ref *out, unsigned max);
/* Decode the block at r into h's cache, as block_lookup would when the
 * guest gets there with vpc mapped to pa (the JIT translates it later,
 * once hot, as any block). Only while h does not run. Returns 1 when it
 * decoded it, 0 when it was there already or was skipped: pa not RAM, a
 * pc odd, or the first instruction crossing into the next page (that
 * needs the guest's page tables). Any page later written other than by a
 * store of the guest must have its generation bumped (bus_code_replaced). */
int block_predecode(struct hart *h, const struct block_ref *r);

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
