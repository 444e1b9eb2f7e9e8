/* The TLB's flushes: a full flush clears the entries logged since the last
 * one (tlb_log) or, when more were filled than the log holds, everything;
 * a zeroed hart starts with every entry empty; the store-TLB flush clears
 * store entries only. After each flush no entry of any array may match. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cpu/hart.h"
#include "cpu/insn.h"
#include "cpu/mmu.h"
#include "vmfixture.h"

#define RAM VM_RAM_BASE
#define PG(n) (RAM + (uint64_t)(n)*PAGE_SIZE)

/* Entries of the TLB arrays [first, last] that hold a page (not empty). */
static unsigned filled(const struct hart *h, unsigned first, unsigned last)
{
	unsigned n = 0;
	for (unsigned a = first; a <= last; a++)
		for (unsigned m = 0; m < TLBM_COUNT; m++)
			for (unsigned k = 0; k < TLB_SIZE; k++)
				n += !(h->tlb[a][m][k].tag & (PAGE_SIZE - 1));
	return n;
}

/* Load from and store to pages [0, n) of RAM (M mode, bare: one load and
 * one store entry each). */
static void touch(struct hart *h, unsigned n)
{
	for (unsigned k = 0; k < n; k++) {
		uint64_t v, tval;
		CHECK(mem_load(h, PG(k), 8, &v, &tval) == 0);
		CHECK(mem_store(h, PG(k) + 8, 8, k, &tval) == 0);
	}
}

int main(void)
{
	struct vm *vm = new_vm(1);
	struct hart *h = vm->harts[0];

	/* A new hart: nothing matches, not even va 0 with a zero tag. */
	CHECK_EQ_U64(filled(h, ACC_FETCH, ACC_STORE), 0);

	/* A few fills: the log clears exactly them. */
	hart_reset(h, RAM);
	touch(h, 40);
	CHECK_EQ_U64(filled(h, ACC_LOAD, ACC_LOAD), 40);
	CHECK_EQ_U64(filled(h, ACC_STORE, ACC_STORE), 40);
	CHECK(h->tlb_log_valid);
	hart_flush_tlb(h);
	CHECK_EQ_U64(filled(h, ACC_FETCH, ACC_STORE), 0);

	/* More fills than the log holds: the flush clears everything. */
	touch(h, TLB_LOG_SIZE);
	CHECK(!h->tlb_log_valid);
	CHECK_EQ_U64(filled(h, ACC_LOAD, ACC_STORE), 2 * TLB_LOG_SIZE);
	hart_flush_tlb(h);
	CHECK_EQ_U64(filled(h, ACC_FETCH, ACC_STORE), 0);
	CHECK(h->tlb_log_valid);

	/* The store flush: store entries go, load entries stay; a full flush
	 * after it still clears the loads (logged or not). */
	touch(h, 20);
	mmu_flush_store_tlb(h);
	CHECK_EQ_U64(filled(h, ACC_STORE, ACC_STORE), 0);
	CHECK_EQ_U64(filled(h, ACC_LOAD, ACC_LOAD), 20);
	hart_flush_tlb(h);
	CHECK_EQ_U64(filled(h, ACC_FETCH, ACC_STORE), 0);
	touch(h, TLB_LOG_SIZE);
	mmu_flush_store_tlb(h);
	CHECK_EQ_U64(filled(h, ACC_STORE, ACC_STORE), 0);
	CHECK_EQ_U64(filled(h, ACC_LOAD, ACC_LOAD), TLB_LOG_SIZE);
	hart_flush_tlb(h);
	CHECK_EQ_U64(filled(h, ACC_FETCH, ACC_STORE), 0);

	free_vm(vm);
	CHECK_DONE();
}
