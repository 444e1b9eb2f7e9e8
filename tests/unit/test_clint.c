/* CLINT unit test: msip -> MSIP, mtimecmp (64-bit and halves) -> MTIP,
 * mtime reads and writes, odd accesses, save/load. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "vmfixture.h"
#include "cpu/csr.h"
#include "machine/board.h"
#include "machine/clint.h"
#include "state/stream.h"
#include "vmm/vm.h"

#define C VIRT_CLINT_BASE
#define MSIP(k) (C + CLINT_MSIP + 4 * (k))
#define MTIMECMP(k) (C + CLINT_MTIMECMP + 8 * (k))
#define MTIME (C + CLINT_MTIME)

static uint64_t rd(struct vm *vm, uint64_t pa, unsigned size)
{
	return bus_rd(vm, pa, size);
}

static void wr(struct vm *vm, uint64_t pa, unsigned size, uint64_t v)
{
	bus_wr(vm, pa, size, v);
}

static bool line(struct vm *vm, unsigned hart, uint64_t bit)
{
	return (atomic_load(&vm->harts[hart]->mip) & bit) != 0;
}

static void test_regs(void)
{
	struct vm *vm = new_vm(2);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	CHECK(b != NULL);

	/* msip */
	CHECK_EQ_U64(rd(vm, MSIP(1), 4), 0);
	wr(vm, MSIP(1), 4, 1);
	CHECK(line(vm, 1, MIP_MSIP));
	CHECK(!line(vm, 0, MIP_MSIP));
	CHECK_EQ_U64(rd(vm, MSIP(1), 4), 1);
	wr(vm, MSIP(1), 4, 0xfffffffe); /* only bit 0 counts */
	CHECK(!line(vm, 1, MIP_MSIP));
	wr(vm, MSIP(7), 4, 1); /* no such hart: ignored */
	CHECK_EQ_U64(rd(vm, MSIP(7), 4), 0);

	/* mtimecmp in the past -> MTIP once the hart re-evaluates its timer. */
	struct hart *h = vm->harts[0];
	atomic_store(&h->events, 0);
	wr(vm, MTIMECMP(0), 8, 0);
	CHECK_EQ_U64(h->csr.mtimecmp, 0);
	CHECK(atomic_load(&h->events) & EV_TIMER);
	hart_update_timers(h);
	CHECK(line(vm, 0, MIP_MTIP));
	CHECK(!line(vm, 1, MIP_MTIP));
	wr(vm, MTIMECMP(0), 8, UINT64_MAX);
	hart_update_timers(h);
	CHECK(!line(vm, 0, MIP_MTIP));

	/* 32-bit halves. */
	wr(vm, MTIMECMP(1), 4, 0x12345678);
	wr(vm, MTIMECMP(1) + 4, 4, 0x9);
	CHECK_EQ_U64(vm->harts[1]->csr.mtimecmp, 0x912345678ULL);
	CHECK_EQ_U64(rd(vm, MTIMECMP(1), 4), 0x12345678);
	CHECK_EQ_U64(rd(vm, MTIMECMP(1) + 4, 4), 0x9);
	CHECK_EQ_U64(rd(vm, MTIMECMP(1), 8), 0x912345678ULL);
	wr(vm, MTIMECMP(1) + 4, 4, 0xffffffff);
	CHECK_EQ_U64(vm->harts[1]->csr.mtimecmp, 0xffffffff12345678ULL);

	/* mtime follows the VM clock; writing it moves the clock. */
	uint64_t t0 = vclock_now(&vm->clock);
	uint64_t m = rd(vm, MTIME, 8);
	uint64_t t1 = vclock_now(&vm->clock);
	CHECK(m >= t0 && m <= t1);
	wr(vm, MTIME, 8, 1000000000ULL);
	m = rd(vm, MTIME, 8);
	CHECK(m >= 1000000000ULL && m < 1000000000ULL + TIMEBASE_HZ);
	CHECK_EQ_U64(rd(vm, MTIME + 4, 4), m >> 32);
	wr(vm, MTIME + 4, 4, 2); /* high half */
	m = rd(vm, MTIME, 8);
	CHECK(m >> 32 == 2);
	/* The hart sees the new time. */
	wr(vm, MTIMECMP(0), 8, (3ULL << 32));
	hart_update_timers(h);
	CHECK(!line(vm, 0, MIP_MTIP));
	wr(vm, MTIME, 8, (3ULL << 32) + 5);
	hart_update_timers(h);
	CHECK(line(vm, 0, MIP_MTIP));

	/* Odd accesses fault or read as zero; never crash. */
	uint64_t v;
	CHECK(!bus_read(&vm->bus, MSIP(0), 1, &v));
	CHECK(!bus_read(&vm->bus, MSIP(0), 8, &v));
	CHECK(!bus_write(&vm->bus, MSIP(0) + 1, 4, 1));
	CHECK(!bus_read(&vm->bus, MTIMECMP(0), 2, &v));
	CHECK(!bus_read(&vm->bus, MTIMECMP(0) + 4, 8, &v));
	CHECK(!bus_write(&vm->bus, MTIME + 2, 4, 0));
	CHECK_EQ_U64(rd(vm, MTIMECMP(100), 8), 0);
	wr(vm, MTIMECMP(100), 8, 5);
	CHECK_EQ_U64(rd(vm, C + 0xfff8, 8), 0);
	wr(vm, C + 0xfff8, 8, 5);
	CHECK(!bus_read(&vm->bus, C + 0xfffc, 8, &v)); /* straddles the end */

	board_destroy(b);
	free_vm(vm);
}

static void test_save_load(void)
{
	struct vm *vm = new_vm(2);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	wr(vm, MSIP(1), 4, 1);
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(board_save(b, &w) == 0);
	ss_write_end(&w);

	struct vm *vm2 = new_vm(2);
	struct board *b2 = board_create(&vm2->env, -1, -1, NULL);
	size_t off = 0;
	struct ss_reader r;
	char err[160] = "";
	bool found = false;
	while (ss_next_section(w.buf, w.len, &off, &r, err, sizeof(err)) == 1) {
		if (r.id != SS_ID('C', 'L', 'N', 'T'))
			continue;
		found = true;
		struct ss_reader t = r;
		t.len -= 1;
		CHECK(board_load_section(b2, &t, true, err, sizeof(err)) == -1);
		CHECK(strstr(err, "CLINT") != NULL);
		CHECK(!line(vm2, 1, MIP_MSIP));
		t = r;
		t.version = 2;
		CHECK(board_load_section(b2, &t, true, err, sizeof(err)) == -1);
		CHECK(board_load(b2, &r) == 0);
	}
	CHECK(found);
	CHECK(line(vm2, 1, MIP_MSIP));
	CHECK(!line(vm2, 0, MIP_MSIP));
	CHECK_EQ_U64(rd(vm2, MSIP(1), 4), 1);
	ss_writer_free(&w);
	board_destroy(b2);
	free_vm(vm2);
	board_destroy(b);
	free_vm(vm);
}

int main(void)
{
	test_regs();
	test_save_load();
	CHECK_DONE();
}
