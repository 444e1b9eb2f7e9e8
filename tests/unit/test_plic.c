/* PLIC unit test: priorities, thresholds, enables, claim/complete, level
 * sources, MEIP/SEIP lines, odd accesses, save/load. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "vmfixture.h"
#include "machine/board.h"
#include "machine/plic.h"
#include "state/stream.h"
#include "vmm/vm.h"

#define P VIRT_PLIC_BASE
#define PRIO(irq) (P + 4 * (irq))
#define PENDING(w) (P + 0x1000 + 4 * (w))
#define ENABLE(ctx, w) (P + 0x2000 + 0x80 * (ctx) + 4 * (w))
#define THRESHOLD(ctx) (P + 0x200000 + 0x1000 * (ctx))
#define CLAIM(ctx) (P + 0x200004 + 0x1000 * (ctx))

static uint64_t rd(struct vm *vm, uint64_t pa)
{
	return bus_rd(vm, pa, 4);
}

static void wr(struct vm *vm, uint64_t pa, uint64_t v)
{
	bus_wr(vm, pa, 4, v);
}

static bool line(struct vm *vm, unsigned hart, uint64_t bit)
{
	return (atomic_load(&vm->harts[hart]->mip) & bit) != 0;
}

static struct ss_writer save(struct board *b)
{
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(board_save(b, &w) == 0);
	ss_write_end(&w);
	return w;
}

/* Find section `id` in a saved stream. */
static bool find_section(const struct ss_writer *w, uint32_t id, struct ss_reader *r)
{
	size_t off = 0;
	char err[128];
	while (ss_next_section(w->buf, w->len, &off, r, err, sizeof(err)) == 1) {
		if (r->id == id)
			return true;
	}
	return false;
}

static void test_basic(void)
{
	struct vm *vm = new_vm(2);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	CHECK(b != NULL);

	/* Priorities are 3 bits; source 0 is hardwired to 0. */
	wr(vm, PRIO(5), 0xffffffff);
	CHECK_EQ_U64(rd(vm, PRIO(5)), PLIC_PRIO_MASK);
	wr(vm, PRIO(0), 3);
	CHECK_EQ_U64(rd(vm, PRIO(0)), 0);
	wr(vm, PRIO(PLIC_NDEV), 2);
	CHECK_EQ_U64(rd(vm, PRIO(PLIC_NDEV)), 2);
	wr(vm, PRIO(PLIC_NDEV + 1), 2); /* beyond the last source: ignored */
	CHECK_EQ_U64(rd(vm, PRIO(PLIC_NDEV + 1)), 0);
	wr(vm, PRIO(PLIC_NDEV), 0);

	/* Enable bits exist only for real sources. */
	wr(vm, ENABLE(1, 0), 0xffffffff);
	CHECK_EQ_U64(rd(vm, ENABLE(1, 0)), 0xfffffffe);
	wr(vm, ENABLE(1, 3), 0xffffffff);
	CHECK_EQ_U64(rd(vm, ENABLE(1, 3)), 1); /* source 96 only */
	wr(vm, ENABLE(1, 0), 0);
	wr(vm, ENABLE(1, 3), 0);

	/* Source 5 -> hart 0 S-mode (context 1). */
	wr(vm, PRIO(5), 3);
	wr(vm, ENABLE(1, 0), 1u << 5);
	wr(vm, THRESHOLD(1), 0);
	CHECK(!line(vm, 0, MIP_SEIP));
	board_set_irq(b, 5, true);
	CHECK(line(vm, 0, MIP_SEIP));
	CHECK(!line(vm, 0, MIP_MEIP));
	CHECK(!line(vm, 1, MIP_SEIP));
	CHECK_EQ_U64(rd(vm, PENDING(0)), 1u << 5);

	/* Threshold: priority must exceed it. */
	wr(vm, THRESHOLD(1), 3);
	CHECK_EQ_U64(rd(vm, THRESHOLD(1)), 3);
	CHECK(!line(vm, 0, MIP_SEIP));
	CHECK_EQ_U64(rd(vm, CLAIM(1)), 0); /* nothing above the threshold */
	wr(vm, THRESHOLD(1), 2);
	CHECK(line(vm, 0, MIP_SEIP));

	/* Claim clears pending and the line; a still-high level source does
	 * not come back until completion. */
	CHECK_EQ_U64(rd(vm, CLAIM(1)), 5);
	CHECK(!line(vm, 0, MIP_SEIP));
	CHECK_EQ_U64(rd(vm, PENDING(0)), 0);
	CHECK_EQ_U64(rd(vm, CLAIM(1)), 0);
	board_set_irq(b, 5, true);
	CHECK(!line(vm, 0, MIP_SEIP));
	wr(vm, CLAIM(1), 5); /* complete: level still high -> pending again */
	CHECK(line(vm, 0, MIP_SEIP));
	CHECK_EQ_U64(rd(vm, PENDING(0)), 1u << 5);
	board_set_irq(b, 5, false);
	CHECK(!line(vm, 0, MIP_SEIP));
	CHECK_EQ_U64(rd(vm, PENDING(0)), 0);

	/* Claim then drop the level: completion leaves it idle. */
	board_set_irq(b, 5, true);
	CHECK_EQ_U64(rd(vm, CLAIM(1)), 5);
	board_set_irq(b, 5, false);
	wr(vm, CLAIM(1), 5);
	CHECK(!line(vm, 0, MIP_SEIP));

	/* Highest priority wins, ties go to the lowest id. */
	wr(vm, THRESHOLD(1), 0);
	wr(vm, PRIO(7), 2);
	wr(vm, PRIO(9), 2);
	wr(vm, PRIO(40), 2);
	wr(vm, ENABLE(1, 0), (1u << 7) | (1u << 9));
	wr(vm, ENABLE(1, 1), 1u << (40 - 32));
	board_set_irq(b, 40, true);
	board_set_irq(b, 9, true);
	board_set_irq(b, 7, true);
	CHECK_EQ_U64(rd(vm, PENDING(1)), 1u << 8);
	CHECK_EQ_U64(rd(vm, CLAIM(1)), 7);
	wr(vm, PRIO(40), 5);
	CHECK_EQ_U64(rd(vm, CLAIM(1)), 40);
	CHECK_EQ_U64(rd(vm, CLAIM(1)), 9);
	CHECK(!line(vm, 0, MIP_SEIP));
	/* A completion for a source the context has not enabled is ignored. */
	wr(vm, ENABLE(1, 0), 1u << 7);
	wr(vm, CLAIM(1), 9);
	CHECK_EQ_U64(rd(vm, PENDING(0)), 0);
	wr(vm, CLAIM(1), 7);
	CHECK_EQ_U64(rd(vm, PENDING(0)), 1u << 7);
	CHECK(line(vm, 0, MIP_SEIP));
	board_set_irq(b, 7, false);
	board_set_irq(b, 9, false);
	board_set_irq(b, 40, false);
	CHECK(!line(vm, 0, MIP_SEIP));
	wr(vm, ENABLE(1, 0), 1u << 9);
	wr(vm, CLAIM(1), 9); /* now enabled: completes the earlier claim */
	board_set_irq(b, 9, true);
	CHECK(line(vm, 0, MIP_SEIP));
	board_set_irq(b, 9, false);

	/* M-mode context of hart 0 and S-mode context of hart 1. */
	wr(vm, ENABLE(0, 0), 1u << 3);
	wr(vm, ENABLE(3, 0), 1u << 4);
	wr(vm, PRIO(3), 1);
	wr(vm, PRIO(4), 1);
	board_set_irq(b, 3, true);
	board_set_irq(b, 4, true);
	CHECK(line(vm, 0, MIP_MEIP));
	CHECK(line(vm, 1, MIP_SEIP));
	CHECK(!line(vm, 1, MIP_MEIP));
	CHECK_EQ_U64(rd(vm, CLAIM(3)), 4);
	CHECK(!line(vm, 1, MIP_SEIP));
	CHECK(line(vm, 0, MIP_MEIP));
	/* Priority 0 never interrupts. */
	wr(vm, PRIO(3), 0);
	CHECK(!line(vm, 0, MIP_MEIP));

	/* Bad sources from devices are ignored. */
	board_set_irq(b, 0, true);
	board_set_irq(b, PLIC_NSRC, true);
	board_set_irq(b, 100000, true);

	/* Odd accesses: wrong size or alignment faults, holes read 0. */
	uint64_t v;
	CHECK(!bus_read(&vm->bus, PRIO(5), 1, &v));
	CHECK(!bus_read(&vm->bus, PRIO(5), 8, &v));
	CHECK(!bus_read(&vm->bus, PRIO(5) + 2, 4, &v));
	CHECK(!bus_write(&vm->bus, PRIO(5), 2, 1));
	CHECK_EQ_U64(rd(vm, THRESHOLD(4)), 0); /* context 4 does not exist with 2 harts */
	CHECK_EQ_U64(rd(vm, CLAIM(100)), 0);
	wr(vm, CLAIM(100), 5);
	wr(vm, ENABLE(100, 0), 0xffffffff);
	CHECK_EQ_U64(rd(vm, ENABLE(100, 0)), 0);
	CHECK_EQ_U64(rd(vm, P + 0x1f00), 0);
	CHECK_EQ_U64(rd(vm, P + VIRT_PLIC_SIZE - 4), 0);
	wr(vm, P + VIRT_PLIC_SIZE - 4, 1);
	CHECK(!bus_read(&vm->bus, P + VIRT_PLIC_SIZE - 2, 4, &v)); /* straddles the end */
	wr(vm, CLAIM(1), 0xffffffff);
	wr(vm, CLAIM(1), 0);

	board_destroy(b);
	free_vm(vm);
}

static void test_save_load(void)
{
	struct vm *vm = new_vm(2);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	wr(vm, PRIO(10), 4);
	wr(vm, PRIO(11), 2);
	wr(vm, PRIO(96), 7);
	wr(vm, ENABLE(1, 0), (1u << 10) | (1u << 11));
	wr(vm, ENABLE(2, 3), 1);
	wr(vm, THRESHOLD(1), 1);
	wr(vm, THRESHOLD(2), 6);
	board_set_irq(b, 10, true);
	board_set_irq(b, 11, true);
	CHECK_EQ_U64(rd(vm, CLAIM(1)), 10); /* 10 claimed, 11 pending */
	CHECK(line(vm, 0, MIP_SEIP));
	struct ss_writer w = save(b);

	struct vm *vm2 = new_vm(2);
	struct board *b2 = board_create(&vm2->env, -1, -1, NULL);
	struct ss_reader r;
	CHECK(find_section(&w, SS_ID('P', 'L', 'I', 'C'), &r));
	CHECK_EQ_U64(r.version, 1);

	/* A truncated section is refused and changes nothing. */
	struct ss_reader t = r;
	t.len -= 1;
	char err[160] = "";
	CHECK(board_load_section(b2, &t, true, err, sizeof(err)) == -1);
	CHECK(strstr(err, "PLIC") != NULL);
	CHECK_EQ_U64(rd(vm2, PRIO(10)), 0);
	/* So is an unknown version. */
	t = r;
	t.version = 99;
	CHECK(board_load_section(b2, &t, true, err, sizeof(err)) == -1);
	CHECK(strstr(err, "version") != NULL);
	/* Validation alone changes nothing. */
	t = r;
	CHECK(board_load_section(b2, &t, false, err, sizeof(err)) == 0);
	CHECK_EQ_U64(rd(vm2, PRIO(10)), 0);
	/* A machine with another hart count refuses it. */
	struct vm *vm3 = new_vm(1);
	struct board *b3 = board_create(&vm3->env, -1, -1, NULL);
	t = r;
	CHECK(board_load_section(b3, &t, false, err, sizeof(err)) == -1);
	board_destroy(b3);
	free_vm(vm3);

	CHECK(board_load(b2, &r) == 0);
	CHECK_EQ_U64(rd(vm2, PRIO(10)), 4);
	CHECK_EQ_U64(rd(vm2, PRIO(11)), 2);
	CHECK_EQ_U64(rd(vm2, PRIO(96)), 7);
	CHECK_EQ_U64(rd(vm2, ENABLE(1, 0)), (1u << 10) | (1u << 11));
	CHECK_EQ_U64(rd(vm2, ENABLE(2, 3)), 1);
	CHECK_EQ_U64(rd(vm2, THRESHOLD(1)), 1);
	CHECK_EQ_U64(rd(vm2, THRESHOLD(2)), 6);
	CHECK_EQ_U64(rd(vm2, PENDING(0)), 1u << 11);
	CHECK(line(vm2, 0, MIP_SEIP)); /* the line is driven from the loaded state */
	/* The claimed source completes on the restored PLIC. */
	CHECK_EQ_U64(rd(vm2, CLAIM(1)), 11);
	CHECK(!line(vm2, 0, MIP_SEIP));
	wr(vm2, CLAIM(1), 10); /* level still high: pending again */
	CHECK(line(vm2, 0, MIP_SEIP));
	CHECK_EQ_U64(rd(vm2, CLAIM(1)), 10);

	ss_writer_free(&w);
	board_destroy(b2);
	free_vm(vm2);
	board_destroy(b);
	free_vm(vm);
}

int main(void)
{
	test_basic();
	test_save_load();
	CHECK_DONE();
}
