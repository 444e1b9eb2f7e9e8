/* SBI HSM hart_start reaches the started hart wherever its thread is: parked
 * in the run loop waiting for a start, or out of hart_run (a pause had
 * stopped it while the start was on its way). slow_pause_stress under load:
 * a hart that had left its wait for a stop request came back to a run loop
 * that saw the state STARTED, and ran on from its stale pc (Linux: "CPU2:
 * failed to come online"). The start now stays START_PENDING until the hart
 * takes it, through an event, under both engines. */
#include <stdlib.h>

#include "check.h"
#include "cpu/hart.h"
#include "cpu/jit/jit.h"
#include "mem/bus.h"
#include "vmm/vm.h"

#define STALE (VM_RAM_BASE + 0x1000) /* the pc the hart had: an illegal 0 */
#define ENTRY (VM_RAM_BASE + 0x2000) /* the start address */
#define BUDGET 1000

static void start_outside_run(enum cpu_engine engine)
{
	struct vm_config cfg = {.mem_size = 16ULL << 20, .ncpus = 2, .cpu_engine = engine};
	struct vm *vm = calloc(1, sizeof(*vm));
	struct error e = {0};
	CHECK(vm && vm_init(vm, &cfg, &e) == 0);
	if (check_failures)
		return;
	/* at ENTRY: addi t0, t0, 1; j .-4 */
	static const uint32_t loop[] = {0x00128293, 0xffdff06f};
	bus_copy_to_guest(&vm->bus, ENTRY, loop, sizeof(loop));
	struct hart *h = vm->harts[1];
	hart_reset(h, STALE);
	h->priv = PRV_S;
	h->csr.mtvec = STALE; /* a trap would loop on the illegal 0 there */
	hart_update_mode(h);
	atomic_store(&h->hsm_state, HSM_STOPPED);

	/* Started while its thread is not in hart_run: pending until taken. */
	CHECK(hart_hsm_start(h, ENTRY, 0x1234) == 0);
	CHECK(atomic_load(&h->hsm_state) == HSM_START_PENDING);
	CHECK(hart_hsm_start(h, ENTRY, 0x1234) < 0); /* not stopped any more */
	h->stop_at_instret = BUDGET;
	CHECK(hart_run(h) == HART_EXIT_INSTRET);
	CHECK(atomic_load(&h->hsm_state) == HSM_STARTED);
	CHECK(h->pc == ENTRY || h->pc == ENTRY + 4);
	CHECK(h->priv == PRV_S);
	CHECK_EQ_U64(h->x[10], 1); /* a0 = hartid */
	CHECK_EQ_U64(h->x[11], 0x1234);
	CHECK(h->x[5] > BUDGET / 4); /* it ran the loop */
	CHECK(!hsm_take_start(h));   /* taken once */

	/* Taken by someone else while the hart does not run (a pause settles
	 * starts so): the same state. */
	atomic_store(&h->hsm_state, HSM_STOPPED);
	CHECK(hart_hsm_start(h, ENTRY + 4, 7) == 0);
	CHECK(hsm_take_start(h));
	CHECK(atomic_load(&h->hsm_state) == HSM_STARTED && h->pc == ENTRY + 4);
	CHECK_EQ_U64(h->x[11], 7);
	vm_destroy(vm);
	free(vm);
}

int main(void)
{
	start_outside_run(CPU_ENGINE_INTERP);
	start_outside_run(CPU_ENGINE_JIT);
	CHECK_DONE();
}
