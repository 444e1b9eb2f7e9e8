/* A guest stuck in a trap loop that retires nothing (a trap vector that
 * faults on fetch or holds an illegal instruction) must still end at the
 * instruction budget (HART_EXIT_INSTRET, instret short of it), under both
 * engines. Found by test_jit_diff (seed 0x31337, program 69427): a random
 * word wrote mtvec with an unmapped address and the interpreter's hart_run
 * never returned. So must a WFI no interrupt can end: mie = 0, or (found
 * by tests/fuzz/fuzz_cpu.c) timer interrupts enabled on a hart without a
 * clock (no mtime hook: time is instret, which stands still in WFI). */
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "cpu/csr.h"
#include "cpu/hart.h"
#include "cpu/insn.h"
#include "cpu/jit/jit.h"
#include "vmm/vm.h"

#define CODE (VM_RAM_BASE + 0x1000)
#define ILLEGAL_VEC (VM_RAM_BASE + 0x2000) /* holds 0: an illegal instruction */
#define BAD_VEC 0x40d8a8458ffff068ULL	   /* mtvec of the program that hung */
#define BUDGET 5000

enum loop_kind { FETCH_FAULT_M, ILLEGAL_M, FETCH_FAULT_S, WFI_NO_IRQ, WFI_NO_CLOCK };

static const char *const kind_names[] = {"fetch fault in M", "illegal insn in M",
					 "fetch fault in S", "WFI with mie = 0",
					 "WFI with mie set, no clock"};

static void run_loop(enum cpu_engine engine, enum loop_kind kind)
{
	struct vm_config cfg = {.mem_size = 16ULL << 20, .ncpus = 1, .cpu_engine = engine};
	struct vm *vm = calloc(1, sizeof(*vm));
	struct error e = {0};
	CHECK(vm && vm_init(vm, &cfg, &e) == 0);
	if (check_failures)
		return;
	struct hart *h = vm->harts[0];
	if (engine == CPU_ENGINE_JIT) {
		CHECK(h->jit != NULL);
		if (!h->jit)
			return;
	}
	/* addi x1, x0, 1; addi x1, x1, 1; then 0 (illegal): two retire, then
	 * the trap enters the loop. */
	static const uint32_t prog[] = {0x00100093, 0x00108093, 0};
	bus_copy_to_guest(&vm->bus, CODE, prog, sizeof(prog));
	hart_reset(h, CODE);
	uint64_t vec = kind == ILLEGAL_M ? ILLEGAL_VEC : BAD_VEC;
	if (kind == FETCH_FAULT_S) {
		/* S-mode, every exception delegated to S, stvec unmapped (bare
		 * addressing: the address is outside RAM and every device). */
		h->csr.medeleg = ~0ULL & ~(1ULL << EXC_ECALL_M);
		h->csr.stvec = vec;
		h->csr.mtvec = ILLEGAL_VEC;
		h->priv = PRV_S;
		hart_update_mode(h);
	} else {
		h->csr.mtvec = vec;
	}
	h->stop_at_instret = BUDGET;
	if (kind == WFI_NO_CLOCK) {
		/* mie = MTIE | MSIE, no mtime hook: no timer can fire. */
		h->hooks.mtime = NULL;
		h->csr.mie = (1u << 7) | (1u << 3);
		kind = WFI_NO_IRQ;
	}
	if (kind == WFI_NO_IRQ) {
		/* addi, addi, wfi: no interrupt can end the sleep (seed 0x31337,
		 * program 286684 parked there forever). */
		static const uint32_t wfi_prog[] = {0x00100093, 0x00108093, 0x10500073};
		bus_copy_to_guest(&vm->bus, CODE, wfi_prog, sizeof(wfi_prog));
		CHECK(hart_run(h) == HART_EXIT_INSTRET);
		CHECK(h->x[1] == 2 && h->wfi && h->instret < BUDGET);
		vm_destroy(vm);
		free(vm);
		return;
	}
	int rc = hart_run(h);
	CHECK(rc == HART_EXIT_INSTRET);
	CHECK(h->instret == 2);
	CHECK(h->x[1] == 2);
	CHECK(h->pc == vec);
	if (kind == FETCH_FAULT_S) {
		CHECK(h->priv == PRV_S);
		CHECK(h->csr.scause == EXC_INSN_ACCESS);
	} else {
		CHECK(h->priv == PRV_M);
		CHECK(h->csr.mcause == (kind == ILLEGAL_M ? EXC_ILLEGAL : EXC_INSN_ACCESS));
	}
	if (check_failures)
		fprintf(stderr, "failed: %s engine, %s\n",
			engine == CPU_ENGINE_JIT ? "jit" : "interp", kind_names[kind]);
	vm_destroy(vm);
	free(vm);
}

int main(void)
{
	/* Before the fix hart_run never returned: fail instead of hanging. */
	alarm(60);
	for (unsigned k = FETCH_FAULT_M; k <= WFI_NO_CLOCK; k++) {
		run_loop(CPU_ENGINE_INTERP, (enum loop_kind)k);
#if defined(__x86_64__)
		run_loop(CPU_ENGINE_JIT, (enum loop_kind)k);
#endif
	}
	CHECK_DONE();
}
