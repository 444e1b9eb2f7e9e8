/* Address translation and the software TLB. */
#ifndef RVISOR_CPU_MMU_H
#define RVISOR_CPU_MMU_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/hart.h"

/* Translate va for an access kind (ACC_*) under the current privilege,
 * satp and mstatus, updating A/D bits. Returns 0 or the exception cause. */
int mmu_translate(struct hart *h, uint64_t va, int acc, uint64_t *pa);
/* Fetch translation through the fetch TLB; fills it on a miss. */
int mmu_fetch_translate(struct hart *h, uint64_t va, uint64_t *pa);
/* Drop every store-TLB entry (a page became code somewhere). */
void mmu_flush_store_tlb(struct hart *h);
/* Drop them when some page became code or watched since they were filled
 * (bus->store_tlb_epoch moved). */
static inline void mmu_sync_store_tlb(struct hart *h)
{
	if (h->store_tlb_epoch != atomic_load(&h->bus->store_tlb_epoch))
		mmu_flush_store_tlb(h);
}
/* Does one of h's store-TLB entries (any mode) map the RAM page at host
 * address host_page? Safe from another thread while h runs. */
bool mmu_store_tlb_maps(const struct hart *h, uintptr_t host_page);

/* A debugger's view of va (the GDB stub): translated as the hart fetches
 * (its privilege and satp; M-mode is physical), without permission checks,
 * A/D updates, TLB fills or traps. False when nothing is mapped there. */
bool mmu_debug_translate(const struct hart *h, uint64_t va, uint64_t *pa);

#endif
