/* Decoded-block cache of a hart. */
#ifndef RVISOR_CPU_BLOCK_H
#define RVISOR_CPU_BLOCK_H

#include "cpu/insn.h"

int block_cache_init(struct hart *h);
void block_cache_destroy(struct hart *h);
/* The block at h->pc, decoding it when needed. On a fetch fault the trap is
 * taken (h->pc moves to the handler) and NULL is returned. */
struct block *block_lookup(struct hart *h);

#endif
