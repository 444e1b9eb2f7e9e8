/* Differential fuzz target for the CPU: the decoder and both engines (the
 * interpreter's block builder and the x86-64 JIT's translator). The input
 * is a program of guest-chosen instruction words; it runs on two harts of
 * two VMs, one per engine, from the same registers, for at most
 * FZ_INSNS instructions, and the two must end identical: integer and FP
 * registers, pc, instret, every CSR, privilege, reservation, and RAM.
 * Any crash or sanitizer report in decode or translation, or a divergence
 * (printed with the program), aborts.
 *
 * Input: byte 0 flags (bit 0: run in S-mode under Sv39, identity-mapped;
 * bits 1-2: what the page after the data page is: absent, read-only,
 * read-write, execute-only; bits 3-5: the rounding mode frm), bytes 1-8 the
 * seed of the registers and the data page, then the code (at most 4 KiB)
 * at CODE. Traps go to an M-mode handler that skips the trapping
 * instruction. Time is instret on both (no clock hook), so reading `time`
 * agrees and a WFI that only an outside interrupt could end ends the run.
 *
 * Built by `make fuzz-build` (libFuzzer) and `make unit` (the plain driver).
 * x86-64 hosts only (elsewhere there is no JIT: every input passes). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/csr.h"
#include "cpu/hart.h"
#include "cpu/insn.h"
#include "cpu/jit/jit.h"
#include "vmm/vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FZ_RAM (1ULL << 20)
#define FZ_HANDLER (VM_RAM_BASE + FZ_RAM - 0x1000)
#define FZ_CODE (VM_RAM_BASE + 0x1000)
#define FZ_CODE_MAX 0x1000
#define FZ_DATA (VM_RAM_BASE + 0x8000)
#define FZ_PT (VM_RAM_BASE + 0xc000) /* Sv39 tables: root, level 1, level 0 */
#define FZ_INSNS 2000

/* Skip the trapping instruction (2 or 4 bytes) and return. */
static const uint32_t fz_handler[] = {
    0x34102ff3, /* csrr x31, mepc */
    0x000fdf03, /* lhu x30, 0(x31) */
    0x003f7f13, /* andi x30, x30, 3 */
    0x002f8f93, /* addi x31, x31, 2 */
    0xffdf0f13, /* addi x30, x30, -3 */
    0x000f1463, /* bnez x30, +8 */
    0x002f8f93, /* addi x31, x31, 2 */
    0x341f9073, /* csrw mepc, x31 */
    0x30200073, /* mret */
};

static uint64_t fz_rng;
static uint64_t fz_rnd(void)
{
	fz_rng ^= fz_rng >> 12;
	fz_rng ^= fz_rng << 25;
	fz_rng ^= fz_rng >> 27;
	return fz_rng * 0x2545f4914f6cdd1dULL;
}

/* The two VMs (interpreter, JIT), made once. */
static struct vm *fz_vms[2];

static bool fz_setup(void)
{
#if !defined(__x86_64__)
	return false;
#endif
	if (fz_vms[0])
		return true;
	for (unsigned k = 0; k < 2; k++) {
		struct vm_config c = {.mem_size = FZ_RAM,
				      .ncpus = 1,
				      .cpu_engine = k ? CPU_ENGINE_JIT : CPU_ENGINE_INTERP};
		struct error e = {0};
		fz_vms[k] = calloc(1, sizeof(struct vm));
		if (!fz_vms[k] || vm_init(fz_vms[k], &c, &e) < 0) {
			fprintf(stderr, "fuzz_cpu: %s\n", e.msg);
			abort();
		}
		fz_vms[k]->harts[0]->hooks.mtime = NULL; /* time = instret */
	}
	if (!fz_vms[1]->harts[0]->jit)
		abort();
	fz_vms[1]->harts[0]->jit->hot = 1; /* translate every block, even those run once */
	return true;
}

static void fz_load(struct vm *vm, uint8_t flags, uint64_t seed, const uint8_t *code, size_t n)
{
	struct hart *h = vm->harts[0];
	memset(vm->bus.ram, 0, FZ_RAM);
	bus_copy_to_guest(&vm->bus, FZ_HANDLER, fz_handler, sizeof(fz_handler));
	bus_copy_to_guest(&vm->bus, FZ_CODE, code, n);
	fz_rng = seed | 1;
	uint64_t page[1024]; /* the data page and the next one */
	for (unsigned k = 0; k < 1024; k++)
		page[k] = fz_rnd();
	bus_copy_to_guest(&vm->bus, FZ_DATA, page, sizeof(page));
	hart_reset(h, FZ_CODE);
	h->hooks.mtime = NULL;
	static const uint64_t special[] = {~0ull, 1ull << 63, 0xffffffff80000000ull, 0x80000000ull};
	for (unsigned r = 1; r < 32; r++) {
		uint64_t v = fz_rnd();
		h->x[r] = v & 3 ? fz_rnd() : v & 4 ? (v >> 8) % 64 : special[(v >> 8) & 3];
	}
	h->x[8] = FZ_DATA + 64 + 8 * (fz_rnd() % 64);
	h->x[9] = FZ_CODE;
	for (unsigned r = 0; r < 32; r++)
		h->f[r] = fz_rnd() % 3 ? fz_rnd() : (0xffffffff00000000ULL | (uint32_t)fz_rnd());
	h->csr.mtvec = FZ_HANDLER;
	h->csr.mstatus |= MSTATUS_FS;
	h->csr.frm = (flags >> 3) % 5;
	h->stop_at_instret = FZ_INSNS;
	if (!(flags & 1))
		return;
	enum { V = 1, R = 2, W = 4, X = 8, A = 64, D = 128 };
	uint64_t pt[3][512];
	memset(pt, 0, sizeof(pt));
	pt[0][(VM_RAM_BASE >> 30) & 511] = ((FZ_PT + 0x1000) >> 12) << 10 | V;
	pt[1][(VM_RAM_BASE >> 21) & 511] = ((FZ_PT + 0x2000) >> 12) << 10 | V;
	for (unsigned pg = 1; pg < 8; pg++)
		pt[2][pg] = ((VM_RAM_BASE >> 12) + pg) << 10 | V | R | W | X | A | D;
	pt[2][8] = ((FZ_DATA >> 12) << 10) | V | R | W | (seed & 1 ? A | D : 0);
	static const uint64_t next_page[] = {0, V | R | A, V | R | W, V | X | A};
	uint64_t np = next_page[(flags >> 1) & 3];
	pt[2][9] = np ? ((FZ_DATA >> 12) + 1) << 10 | np : 0;
	bus_copy_to_guest(&vm->bus, FZ_PT, pt, sizeof(pt));
	h->priv = PRV_S;
	h->csr.satp = (uint64_t)SATP_MODE_SV39 << SATP_MODE_SHIFT | FZ_PT >> 12;
	hart_update_mode(h);
	hart_flush_tlb(h);
}

/* The first difference between the two harts' end states, or NULL. */
static const char *fz_compare(char *what, size_t n)
{
	struct hart *a = fz_vms[0]->harts[0], *b = fz_vms[1]->harts[0];
	*what = 0;
	for (unsigned r = 0; r < 32 && !*what; r++) {
		if (a->x[r] != b->x[r])
			snprintf(what, n, "x%u %#llx vs %#llx", r, (unsigned long long)a->x[r],
				 (unsigned long long)b->x[r]);
		else if (a->f[r] != b->f[r])
			snprintf(what, n, "f%u %#llx vs %#llx", r, (unsigned long long)a->f[r],
				 (unsigned long long)b->f[r]);
	}
	if (!*what && a->pc != b->pc)
		snprintf(what, n, "pc %#llx vs %#llx", (unsigned long long)a->pc,
			 (unsigned long long)b->pc);
	if (!*what && a->instret != b->instret)
		snprintf(what, n, "instret %llu vs %llu", (unsigned long long)a->instret,
			 (unsigned long long)b->instret);
	if (!*what && memcmp(&a->csr, &b->csr, sizeof(a->csr)))
		snprintf(what, n, "CSRs (mcause %#llx vs %#llx, mepc %#llx vs %#llx)",
			 (unsigned long long)a->csr.mcause, (unsigned long long)b->csr.mcause,
			 (unsigned long long)a->csr.mepc, (unsigned long long)b->csr.mepc);
	if (!*what && (a->priv != b->priv || a->resv_valid != b->resv_valid))
		snprintf(what, n, "privilege or reservation");
	if (!*what && memcmp(fz_vms[0]->bus.ram, fz_vms[1]->bus.ram, FZ_RAM))
		snprintf(what, n, "memory");
	return *what ? what : NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 9 || !fz_setup())
		return 0;
	uint8_t flags = data[0];
	uint64_t seed;
	memcpy(&seed, data + 1, 8);
	const uint8_t *code = data + 9;
	size_t n = size - 9 > FZ_CODE_MAX ? FZ_CODE_MAX : size - 9;
	for (unsigned k = 0; k < 2; k++) {
		fz_load(fz_vms[k], flags, seed, code, n);
		hart_run(fz_vms[k]->harts[0]);
	}
	char what[160];
	if (fz_compare(what, sizeof(what))) {
		fprintf(stderr, "fuzz_cpu: the engines differ: %s\nprogram at %#llx:", what,
			(unsigned long long)FZ_CODE);
		for (size_t k = 0; k + 1 < n; k += 2)
			fprintf(stderr, "%s%04x", k % 32 ? " " : "\n  ",
				code[k] | code[k + 1] << 8);
		fprintf(stderr, "\n");
		abort();
	}
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
