/* Fuzz target for the board's own guest-facing devices and the SBI: the
 * registers of the UART, PLIC, CLINT, RTC and syscon (src/machine/), and
 * SBI calls from S-mode with guest-chosen a0-a7 (every extension: legacy,
 * base, time, IPI, RFENCE, HSM, SRST, DBCN, whose console calls read and
 * write guest RAM at guest-given addresses). Each input gets a fresh board
 * over 1 MiB of guest RAM held between PROT_NONE guards (an access outside
 * guest RAM faults) on a two-hart VM whose harts never run (each SBI call's
 * other hart is stopped, so nothing waits for it). Nothing may
 * crash, hang or touch memory outside guest RAM; a reset or power-off
 * request is only recorded.
 *
 * Input: operations until the input ends, each an opcode byte (mod 4) and
 * its little-endian arguments: 0 register write (device, le32 offset in its
 * window, size code, le64 value), 1 register read (device, le32 offset,
 * size code), 2 SBI call (hart, flags, a0-a7 as le64; flags bit k set:
 * argument k is an offset into guest RAM, 1 MiB wrapping, made an address),
 * 3 RAM write (le32 offset, length, bytes).
 *
 * Built by `make fuzz-build` (libFuzzer) and `make unit` (the plain driver). */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cpu/hart.h"
#include "machine/board.h"
#include "machine/sbi.h"
#include "mem/bus.h"
#include "vmm/vm.h"

#include "fuzz_guard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FZ_RAM (1ULL << 20)
#define FZ_CPUS 2

static const struct {
	uint64_t base, size;
} fz_windows[] = {
    {VIRT_UART_BASE, VIRT_UART_SIZE},	  {VIRT_PLIC_BASE, VIRT_PLIC_SIZE},
    {VIRT_CLINT_BASE, VIRT_CLINT_SIZE},	  {VIRT_RTC_BASE, VIRT_RTC_SIZE},
    {VIRT_SYSCON_BASE, VIRT_SYSCON_SIZE}, {VIRT_VIRTIO_BASE, VIRT_VIRTIO_SIZE}, /* empty slot */
};
#define FZ_NWINDOWS (sizeof(fz_windows) / sizeof(fz_windows[0]))

struct fz_in {
	const uint8_t *p;
	size_t left;
};

static bool fz_take(struct fz_in *in, void *out, size_t n)
{
	if (in->left < n)
		return false;
	memcpy(out, in->p, n);
	in->p += n;
	in->left -= n;
	return true;
}

static struct vm *fz_vm;
static int fz_null = -1;

static struct vm *fz_setup(void)
{
	if (fz_vm)
		return fz_vm;
	fz_vm = calloc(1, sizeof(*fz_vm));
	struct vm_config cfg = {.mem_size = FZ_RAM, .ncpus = FZ_CPUS};
	struct error e = {0};
	if (!fz_vm || vm_init(fz_vm, &cfg, &e) < 0) {
		fprintf(stderr, "fuzz_board: %s\n", e.msg);
		abort();
	}
	fuzz_guard_ram(&fz_vm->bus);
	fz_null = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (fz_null < 0)
		abort();
	return fz_vm;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct vm *vm = fz_setup();
	memset(vm->bus.ram, 0, FZ_RAM);
	for (unsigned k = 0; k < FZ_CPUS; k++) {
		hart_reset(vm->harts[k], VM_RAM_BASE);
		vm->harts[k]->priv = PRV_S;
	}
	/* Hart 1 has no thread: stopped (as SBI HSM sees a hart that never
	 * started), a remote fence does not wait for it. */
	atomic_store(&vm->harts[1]->hsm_state, HSM_STOPPED);
	vm->exit_reason = VM_EXIT_NONE;
	struct error e = {0};
	struct board *b = board_create(&vm->env, -1, fz_null, &e);
	if (!b) {
		fprintf(stderr, "fuzz_board: %s\n", e.msg);
		abort();
	}
	struct sbi sbi;
	sbi_init(&sbi, &vm->env, b, fz_null);

	struct fz_in in = {data, size};
	uint8_t op, dev, sz, len, flags, hartno;
	uint32_t off;
	uint64_t val, a[8];
	uint8_t buf[255];
	while (fz_take(&in, &op, 1)) {
		switch (op % 4) {
		case 0:
		case 1:
			if (!fz_take(&in, &dev, 1) || !fz_take(&in, &off, 4) ||
			    !fz_take(&in, &sz, 1))
				goto done;
			val = 0;
			if (op % 4 == 0 && !fz_take(&in, &val, 8))
				goto done;
			dev %= FZ_NWINDOWS;
			uint64_t pa = fz_windows[dev].base + off % fz_windows[dev].size;
			if (op % 4 == 0)
				bus_write(&vm->bus, pa, 1u << (sz & 3), val);
			else
				bus_read(&vm->bus, pa, 1u << (sz & 3), &val);
			break;
		case 2: {
			if (!fz_take(&in, &hartno, 1) || !fz_take(&in, &flags, 1) ||
			    !fz_take(&in, a, sizeof(a)))
				goto done;
			struct hart *h = vm->harts[hartno % FZ_CPUS];
			/* No hart has a thread here: every other hart is stopped,
			 * as HSM sees one that never started (an earlier HSM start
			 * left it started), so a remote fence waits for none. */
			for (unsigned k = 0; k < FZ_CPUS; k++)
				if (vm->harts[k] != h)
					atomic_store(&vm->harts[k]->hsm_state, HSM_STOPPED);
			for (unsigned k = 0; k < 8; k++)
				h->x[10 + k] = flags >> k & 1 ? VM_RAM_BASE + a[k] % FZ_RAM : a[k];
			sbi_ecall(&sbi, h);
			break;
		}
		default:
			if (!fz_take(&in, &off, 4) || !fz_take(&in, &len, 1) ||
			    !fz_take(&in, buf, len))
				goto done;
			uint64_t at = off % FZ_RAM;
			if (at + len > FZ_RAM)
				at = FZ_RAM - len;
			bus_copy_to_guest(&vm->bus, VM_RAM_BASE + at, buf, len);
			break;
		}
	}
done:
	board_destroy(b);
	vm->bus.nregions = 0; /* the next board maps its devices afresh */
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
