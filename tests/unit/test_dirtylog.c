/* The bus's dirty log: the bitmap and BUSPG_DIRTYLOG through bus_write,
 * DMA (bus_copy_to_guest), hart stores (slow path, then the store-TLB fast
 * path once the page is dirty), AMOs, and a running program whose store-TLB
 * entry must be dropped (EV_FENCE_I) when the log is re-armed. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cpu/hart.h"
#include "cpu/insn.h"
#include "cpu/mmu.h"
#include "vmfixture.h"

#define RAM VM_RAM_BASE
#define PG(n) (RAM + (uint64_t)(n)*PAGE_SIZE)

static bool dirty(const uint64_t *bits, uint64_t pg)
{
	return bits[pg / 64] & (1ULL << (pg % 64));
}

static uint8_t flags(struct bus *b, uint64_t pa)
{
	return atomic_load(&b->page_flags[bus_page_index(b, pa)]);
}

static uint64_t count(const uint64_t *bits, uint64_t words)
{
	uint64_t n = 0;
	for (uint64_t k = 0; k < words; k++)
		n += (uint64_t)__builtin_popcountll(bits[k]);
	return n;
}

int main(void)
{
	struct vm *vm = new_vm(1);
	struct bus *b = &vm->bus;
	struct hart *h = vm->harts[0];
	uint64_t words = bus_dirty_words(b), npages = b->ram_size >> PAGE_SHIFT;
	uint64_t *bits = calloc(words, sizeof(*bits));
	CHECK_EQ_U64(words, npages / 64);

	/* Log off: writes leave no trace, stores may go fast. */
	CHECK(!bus_dirty_log_on(b));
	CHECK(bus_write(b, PG(1), 8, 1));
	CHECK_EQ_U64(bus_dirty_log_fetch_and_clear(b, bits), 0);
	CHECK(bus_page_fast_ok(b, PG(1), true));

	/* On: every page flagged (no store-TLB fill), loads still fast. */
	uint64_t epoch = atomic_load(&b->store_tlb_epoch);
	CHECK(bus_dirty_log_enable(b) == 0);
	CHECK(bus_dirty_log_on(b));
	CHECK(atomic_load(&b->store_tlb_epoch) != epoch);
	for (uint64_t pg = 0; pg < npages; pg++)
		CHECK(flags(b, RAM + pg * PAGE_SIZE) & BUSPG_DIRTYLOG);
	CHECK(!bus_page_fast_ok(b, PG(1), true));
	CHECK(bus_page_fast_ok(b, PG(1), false));

	/* bus_write: one page; DMA across three pages; an unaligned write
	 * straddling two. */
	CHECK(bus_write(b, PG(3) + 8, 4, 0x1234));
	uint8_t buf[2 * PAGE_SIZE + 16];
	memset(buf, 0xab, sizeof(buf));
	CHECK(bus_copy_to_guest(b, PG(10) + PAGE_SIZE - 8, buf, sizeof(buf)));
	CHECK(bus_copy_to_guest(b, PG(20) + PAGE_SIZE - 2, buf, 4));
	CHECK(!(flags(b, PG(3)) & BUSPG_DIRTYLOG));
	CHECK(bus_page_fast_ok(b, PG(3), true));
	CHECK(flags(b, PG(4)) & BUSPG_DIRTYLOG);
	uint64_t n = bus_dirty_log_fetch_and_clear(b, bits);
	CHECK_EQ_U64(n, 1 + 4 + 2);
	CHECK_EQ_U64(count(bits, words), n);
	CHECK(dirty(bits, 3) && dirty(bits, 10) && dirty(bits, 11) && dirty(bits, 12) &&
	      dirty(bits, 13) && dirty(bits, 20) && dirty(bits, 21));
	/* Cleared and re-armed. */
	CHECK(flags(b, PG(3)) & BUSPG_DIRTYLOG);
	CHECK(!bus_page_fast_ok(b, PG(3), true));
	CHECK_EQ_U64(bus_dirty_log_fetch_and_clear(b, bits), 0);

	/* Merge puts bits back (a failed snapshot). */
	memset(bits, 0, words * sizeof(*bits));
	bits[0] = 0x5;
	bits[words - 1] = 1ULL << 63;
	bus_dirty_log_merge(b, bits);
	CHECK_EQ_U64(bus_dirty_log_fetch_and_clear(b, bits), 3);
	CHECK(dirty(bits, 0) && dirty(bits, 2) && dirty(bits, npages - 1));

	/* Hart stores (M mode, bare): the first store to a page takes the slow
	 * path and marks it; then a store-TLB entry exists and the next store
	 * is a fast hit. An AMO marks its page too. */
	hart_reset(h, RAM);
	uint64_t tval;
	CHECK(mem_store(h, PG(30) + 16, 8, 42, &tval) == 0);
	CHECK(mem_store(h, PG(30) + 24, 8, 43, &tval) == 0);
	struct tlb_entry *e = &h->tlb_store[(PG(30) >> PAGE_SHIFT) & (TLB_SIZE - 1)];
	CHECK_EQ_U64(e->tag, PG(30));
	void *p;
	uint64_t pa;
	CHECK(mem_amo_ptr(h, PG(31), 8, false, &p, &pa, &tval) == 0);
	CHECK(mem_amo_ptr(h, PG(32), 8, true, &p, &pa, &tval) == 0); /* LR: no write */
	n = bus_dirty_log_fetch_and_clear(b, bits);
	CHECK_EQ_U64(n, 2);
	CHECK(dirty(bits, 30) && dirty(bits, 31));
	/* The re-armed page's store-TLB entry goes with EV_FENCE_I's flush. */
	mmu_flush_store_tlb(h);
	CHECK(e->tag != PG(30));
	CHECK(mem_store(h, PG(30) + 16, 8, 44, &tval) == 0);
	CHECK_EQ_U64(bus_dirty_log_fetch_and_clear(b, bits), 1);
	CHECK(dirty(bits, 30));

	/* A running program: loop { sd x1, 0(x2); addi x1, x1, 1; j loop }. */
	static const uint32_t prog[] = {0x00113023, 0x00108093, 0xff9ff06f};
	CHECK(bus_copy_to_guest(b, PG(40), prog, sizeof(prog)));
	hart_reset(h, PG(40));
	h->x[2] = PG(50) + 8;
	h->stop_at_instret = 3000;
	CHECK(hart_run(h) == HART_EXIT_INSTRET);
	uint64_t v;
	CHECK(bus_read(b, PG(50) + 8, 8, &v) && v > 900);
	n = bus_dirty_log_fetch_and_clear(b, bits);
	CHECK(dirty(bits, 50) && dirty(bits, 40));
	CHECK_EQ_U64(n, 2);
	/* The loop's page is mapped by the store TLB again. Re-armed: the
	 * event makes the hart drop it before its next instruction, so the
	 * next store is logged again. */
	hart_request(h, EV_FENCE_I);
	h->stop_at_instret = h->instret + 3000;
	CHECK(hart_run(h) == HART_EXIT_INSTRET);
	n = bus_dirty_log_fetch_and_clear(b, bits);
	CHECK(dirty(bits, 50));
	CHECK_EQ_U64(n, 1);

	/* Off: flags gone, stores may go fast again, nothing is logged. */
	bus_dirty_log_disable(b);
	CHECK(!bus_dirty_log_on(b));
	CHECK(!(flags(b, PG(7)) & BUSPG_DIRTYLOG));
	CHECK(bus_write(b, PG(7), 8, 1));
	CHECK_EQ_U64(bus_dirty_log_fetch_and_clear(b, bits), 0);

	free(bits);
	free_vm(vm);
	CHECK_DONE();
}
