/* Code marks against other harts' store TLBs (hart_mark_code): a mark of a
 * page no running hart maps is sealed at once; one that another running
 * hart's store-TLB entry or pending AMO maps waits for that hart to fence,
 * and a decoder asked to stop meanwhile leaves the mark unsealed (so its
 * block is not kept); a hart outside hart_run is not waited for, and drops
 * its entries when it enters hart_run again; a write clears the seal. The
 * "running" hart here has no thread: it is entered in the bus's runners by
 * hand, so it never acknowledges, which is what makes the waits visible. */
#include "check.h"
#include "cpu/hart.h"
#include "cpu/insn.h"
#include "cpu/mmu.h"
#include "vmfixture.h"

#define RAM VM_RAM_BASE
#define PG(n) (RAM + (uint64_t)(n)*PAGE_SIZE)

static uint8_t flags(struct bus *b, uint64_t pa)
{
	return atomic_load(&b->page_flags[bus_page_index(b, pa)]);
}

static uintptr_t host_page(struct bus *b, uint64_t pa)
{
	return (uintptr_t)bus_ram_ptr(b, pa, PAGE_SIZE);
}

static void set_running(struct bus *b, struct hart *h, bool on)
{
	atomic_store(&b->runners[3], on ? h : NULL);
	atomic_store(&h->in_run, on);
}

int main(void)
{
	struct vm *vm = new_vm(2);
	struct bus *b = &vm->bus;
	struct hart *a = vm->harts[0], *o = vm->harts[1];
	hart_reset(a, RAM);
	hart_reset(o, RAM);
	uint64_t tval;

	/* o's store TLB maps page 20 (M-mode, bare): a store filled it. */
	CHECK(mem_store(o, PG(20) + 8, 8, 1, &tval) == 0);
	CHECK(mmu_store_tlb_maps(o, host_page(b, PG(20))));
	CHECK(!mmu_store_tlb_maps(o, host_page(b, PG(21))));

	/* No other hart running: sealed at once; again: nothing to do. */
	CHECK(hart_mark_code(a, PG(21)));
	CHECK_EQ_U64(flags(b, PG(21)) & (BUSPG_CODE | BUSPG_SEALED), BUSPG_CODE | BUSPG_SEALED);
	CHECK(hart_mark_code(a, PG(21)));
	CHECK_EQ_U64(a->stat_code_fences, 0);

	/* o running with its entry: a must wait for o's fence, which never
	 * comes; asked to stop, a gives up and leaves the mark unsealed, the
	 * request pending on o. */
	set_running(b, o, true);
	hart_raise(a, EV_STOP);
	CHECK(!hart_mark_code(a, PG(20)));
	CHECK_EQ_U64(flags(b, PG(20)) & (BUSPG_CODE | BUSPG_SEALED), BUSPG_CODE);
	CHECK(atomic_load(&o->events) & EV_FENCE_I);
	CHECK_EQ_U64(a->stat_code_fences, 1);
	/* A running hart that maps another page does not hold up a mark. */
	CHECK(hart_mark_code(a, PG(22)));
	CHECK(flags(b, PG(22)) & BUSPG_SEALED);

	/* o leaves hart_run: not waited for, the mark is sealed. */
	set_running(b, o, false);
	atomic_store(&a->events, 0);
	CHECK(hart_mark_code(a, PG(20)));
	CHECK(flags(b, PG(20)) & BUSPG_SEALED);
	/* o enters hart_run again (its pending requests taken away, a budget
	 * of 0 instructions): entering drops the entry made before the mark. */
	atomic_store(&o->events, 0);
	o->stop_at_instret = o->instret;
	CHECK(hart_run(o) == HART_EXIT_INSTRET);
	CHECK(!mmu_store_tlb_maps(o, host_page(b, PG(20))));
	CHECK(!atomic_load(&o->in_run));
	for (unsigned k = 0; k < BUS_MAX_RUNNERS; k++)
		CHECK(atomic_load(&b->runners[k]) == NULL);

	/* A slow store to a sealed code page clears mark and seal and bumps
	 * the generation. */
	uint32_t gen = bus_page_gen(b, PG(20));
	CHECK(mem_store(a, PG(20) + 16, 8, 2, &tval) == 0);
	CHECK_EQ_U64(flags(b, PG(20)) & (BUSPG_CODE | BUSPG_SEALED), 0);
	CHECK(bus_page_gen(b, PG(20)) != gen);

	/* An AMO's page counts as mapped until the hart's next fence, even
	 * with its store TLB empty: the AMO's write follows its note. */
	void *p;
	uint64_t pa;
	CHECK(mem_amo_ptr(o, PG(23), 8, false, &p, &pa, &tval) == 0);
	mmu_flush_store_tlb(o);
	CHECK(!mmu_store_tlb_maps(o, host_page(b, PG(23))));
	set_running(b, o, true);
	hart_raise(a, EV_STOP);
	CHECK(!hart_mark_code(a, PG(23)));
	CHECK(!(flags(b, PG(23)) & BUSPG_SEALED));
	set_running(b, o, false);
	atomic_store(&a->events, 0);

	free_vm(vm);
	CHECK_DONE();
}
