/* The JIT's fixed mapping follows the program (src/cpu/jit/remap.c): a
 * loop that keeps its state in t3..t6 and then one that keeps it in
 * s2..s5 each get their registers into the mapping, through the run loop's
 * real sampling path (with decisions made more often than by default), and
 * the registers come out as the interpreter computes them at both points. */
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "cpu/hart.h"
#include "cpu/jit/jit.h"
#include "vmm/vm.h"

#define CODE (VM_RAM_BASE + 0x1000)

/* Two phases of 1000000 iterations of 8 instructions each. */
static const uint32_t prog[] = {
    0x000f42b7, /* lui t0, 0xf4 */
    0x2402829b, /* addiw t0, t0, 576: 1000000 */
    0x01de0e33, /* 1: add t3, t3, t4 */
    0x01eeceb3, /* xor t4, t4, t5 */
    0x01ff0f33, /* add t5, t5, t6 */
    0x41cf8fb3, /* sub t6, t6, t3 */
    0x01fe0e33, /* add t3, t3, t6 */
    0x01df4f33, /* xor t5, t5, t4 */
    0xfff28293, /* addi t0, t0, -1 */
    0xfe0292e3, /* bnez t0, 1b */
    0x000f42b7, /* lui t0, 0xf4 */
    0x2402829b, /* addiw t0, t0, 576 */
    0x01390933, /* 2: add s2, s2, s3 */
    0x0149c9b3, /* xor s3, s3, s4 */
    0x015a0a33, /* add s4, s4, s5 */
    0x412a8ab3, /* sub s5, s5, s2 */
    0x01590933, /* add s2, s2, s5 */
    0x013a4a33, /* xor s4, s4, s3 */
    0xfff28293, /* addi t0, t0, -1 */
    0xfe0292e3, /* bnez t0, 2b */
    0x0000006f, /* 3: j 3b */
};

static struct vm *start(enum cpu_engine engine)
{
	struct vm_config cfg = {.mem_size = 16ULL << 20, .ncpus = 1, .cpu_engine = engine};
	struct vm *vm = calloc(1, sizeof(*vm));
	struct error e = {0};
	CHECK(vm && vm_init(vm, &cfg, &e) == 0);
	if (check_failures)
		exit(1);
	struct hart *h = vm->harts[0];
	bus_copy_to_guest(&vm->bus, CODE, prog, sizeof(prog));
	hart_reset(h, CODE);
	for (unsigned r = 1; r < 32; r++)
		h->x[r] = 0x9e3779b97f4a7c15ull * r;
	return vm;
}

/* Whether the mapping holds guest registers lo..hi and t0. */
static bool mapped(const struct jit *j, unsigned lo, unsigned hi)
{
	unsigned found = 0;
	for (unsigned s = 0; s < JIT_NFIXED; s++)
		found += (j->map[s] >= lo && j->map[s] <= hi) || j->map[s] == 5;
	return found == hi - lo + 2;
}

static void same_registers(const struct hart *a, const struct hart *b, const char *when)
{
	int before = check_failures;
	CHECK(a->instret == b->instret);
	CHECK(a->pc == b->pc);
	for (unsigned r = 1; r < 32; r++)
		CHECK(a->x[r] == b->x[r]);
	if (check_failures != before)
		fprintf(stderr, "registers differ %s\n", when);
}

int main(void)
{
#if !defined(__x86_64__)
	printf("the JIT engine exists on x86-64 hosts only\n");
	return 77;
#endif
	alarm(60);
	struct vm *iv = start(CPU_ENGINE_INTERP), *jv = start(CPU_ENGINE_JIT);
	struct hart *hi = iv->harts[0], *hj = jv->harts[0];
	struct jit *j = hj->jit;
	CHECK(j != NULL);
	if (check_failures)
		return 1;
	/* A decision every 8 samples (about 1 M instructions). */
	j->map_decide_every = 8;
	CHECK(!mapped(j, 28, 31));

	/* Well into the first loop: t3..t6 and t0 are mapped. */
	hi->stop_at_instret = hj->stop_at_instret = 7000000;
	CHECK(hart_run(hi) == HART_EXIT_INSTRET);
	CHECK(hart_run(hj) == HART_EXIT_INSTRET);
	same_registers(hi, hj, "in the first loop");
	CHECK(mapped(j, 28, 31));
	CHECK(j->stat_remaps >= 1);
	uint64_t remaps = j->stat_remaps;

	/* Well into the second: s2..s5 and t0. */
	hi->stop_at_instret = hj->stop_at_instret = 15000000;
	CHECK(hart_run(hi) == HART_EXIT_INSTRET);
	CHECK(hart_run(hj) == HART_EXIT_INSTRET);
	same_registers(hi, hj, "in the second loop");
	CHECK(mapped(j, 18, 21));
	CHECK(j->stat_remaps > remaps);
	/* Steady loops do not remap again and again. */
	CHECK(j->stat_remaps <= 4);
	printf("%llu remaps; mapping x%u x%u x%u x%u x%u x%u x%u x%u\n",
	       (unsigned long long)j->stat_remaps, j->map[0], j->map[1], j->map[2], j->map[3],
	       j->map[4], j->map[5], j->map[6], j->map[7]);
	vm_destroy(iv);
	vm_destroy(jv);
	free(iv);
	free(jv);
	CHECK_DONE();
}
