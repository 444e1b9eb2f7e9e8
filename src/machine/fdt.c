/* The flattened device tree of the virt board (libfdt sequential-write):
 * root, /chosen, /memory, /cpus, then every registered device's nodes. */
#include "machine/fdt.h"

#include <errno.h>
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "machine/board.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"
#include "util/error.h"

/* Multi-letter extensions ordered by category (Zi*, then Zb*), then
 * alphabetically; Sstc is appended when the board advertises it. */
#define RISCV_ISA "rv64imafdc_zicond_zicsr_zifencei_zba_zbb_zbc_zbs"
/* The same set as riscv,isa-extensions (the newer binding, which Linux
 * prefers when present): a NUL-separated string list, single letters too. */
#define RISCV_ISA_EXTENSIONS "i\0m\0a\0f\0d\0c\0zicond\0zicsr\0zifencei\0zba\0zbb\0zbc\0zbs"
#define MMU_TYPE "riscv,sv57" /* the MMU does sv39/48/57; Linux probes satp anyway */
#define FDT_MAX_BYTES (4u << 20)

int bfdt_cells(void *fdt, const char *name, const uint32_t *cells, size_t n)
{
	void *val;
	int rc = fdt_property_placeholder(fdt, name, (int)(n * sizeof(fdt32_t)), &val);
	if (rc < 0)
		return rc;
	for (size_t k = 0; k < n; k++) {
		fdt32_t be = cpu_to_fdt32(cells[k]);
		memcpy((char *)val + k * sizeof(be), &be, sizeof(be));
	}
	return 0;
}

int bfdt_reg(void *fdt, uint64_t base, uint64_t size)
{
	const uint32_t cells[4] = {(uint32_t)(base >> 32), (uint32_t)base, (uint32_t)(size >> 32),
				   (uint32_t)size};
	return bfdt_cells(fdt, "reg", cells, 4);
}

int bfdt_plic_irq(void *fdt, const struct board_fdt_ctx *ctx, unsigned irq)
{
	int rc = fdt_property_u32(fdt, "interrupts", irq);
	if (rc < 0)
		return rc;
	return fdt_property_u32(fdt, "interrupt-parent", ctx->plic_phandle);
}

int bfdt_strings(void *fdt, const char *name, const char *list, size_t len)
{
	return fdt_property(fdt, name, list, (int)len);
}

#define TRY(expr)                                                                                  \
	do {                                                                                       \
		int rc_ = (expr);                                                                  \
		if (rc_ < 0)                                                                       \
			return rc_;                                                                \
	} while (0)

static int fdt_chosen(void *fdt, const struct board_fdt_params *p)
{
	char path[64];
	snprintf(path, sizeof(path), "/soc/serial@%llx", (unsigned long long)VIRT_UART_BASE);
	TRY(fdt_begin_node(fdt, "chosen"));
	if (p->initrd_end > p->initrd_start) {
		TRY(fdt_property_u64(fdt, "linux,initrd-end", p->initrd_end));
		TRY(fdt_property_u64(fdt, "linux,initrd-start", p->initrd_start));
	}
	/* Entropy for the guest's early RNG, as QEMU provides. */
	uint8_t seed[32];
	if (getrandom(seed, sizeof(seed), GRND_NONBLOCK) == (ssize_t)sizeof(seed))
		TRY(fdt_property(fdt, "rng-seed", seed, sizeof(seed)));
	if (p->bootargs)
		TRY(fdt_property_string(fdt, "bootargs", p->bootargs));
	TRY(fdt_property_string(fdt, "stdout-path", path));
	return fdt_end_node(fdt);
}

/* Says "this is a virtual machine, and which one": on RISC-V (as on Arm and
 * Power) there is no CPUID leaf, and tools such as systemd-detect-virt read
 * /proc/device-tree/hypervisor/compatible (Xen and KVM guests have such a
 * node; an unknown name there means "some other VM"). Without it they said
 * "none" under rvisor. */
static int fdt_hypervisor(void *fdt)
{
	TRY(fdt_begin_node(fdt, "hypervisor"));
	TRY(fdt_property_string(fdt, "compatible", "rvisor"));
	return fdt_end_node(fdt);
}

static int fdt_cpus(void *fdt, unsigned ncpus, bool sstc)
{
	const char *isa = sstc ? RISCV_ISA "_sstc" : RISCV_ISA;
	TRY(fdt_begin_node(fdt, "cpus"));
	TRY(fdt_property_u32(fdt, "#address-cells", 1));
	TRY(fdt_property_u32(fdt, "#size-cells", 0));
	TRY(fdt_property_u32(fdt, "timebase-frequency", (uint32_t)TIMEBASE_HZ));
	for (unsigned k = 0; k < ncpus; k++) {
		char name[16];
		snprintf(name, sizeof(name), "cpu@%x", k);
		TRY(fdt_begin_node(fdt, name));
		TRY(fdt_property_u32(fdt, "phandle", BOARD_PHANDLE_CPU(k)));
		TRY(fdt_property_string(fdt, "device_type", "cpu"));
		TRY(fdt_property_u32(fdt, "reg", k));
		TRY(fdt_property_string(fdt, "status", "okay"));
		TRY(fdt_property_string(fdt, "compatible", "riscv"));
		TRY(fdt_property_string(fdt, "riscv,isa", isa));
		TRY(fdt_property_string(fdt, "riscv,isa-base", "rv64i"));
		if (sstc)
			TRY(bfdt_strings(fdt, "riscv,isa-extensions", RISCV_ISA_EXTENSIONS "\0sstc",
					 sizeof(RISCV_ISA_EXTENSIONS "\0sstc")));
		else
			TRY(bfdt_strings(fdt, "riscv,isa-extensions", RISCV_ISA_EXTENSIONS,
					 sizeof(RISCV_ISA_EXTENSIONS)));
		TRY(fdt_property_string(fdt, "mmu-type", MMU_TYPE));
		TRY(fdt_begin_node(fdt, "interrupt-controller"));
		TRY(fdt_property_u32(fdt, "#interrupt-cells", 1));
		TRY(fdt_property(fdt, "interrupt-controller", NULL, 0));
		TRY(fdt_property_string(fdt, "compatible", "riscv,cpu-intc"));
		TRY(fdt_property_u32(fdt, "phandle", BOARD_PHANDLE_CPU_INTC(k)));
		TRY(fdt_end_node(fdt));
		TRY(fdt_end_node(fdt));
	}
	TRY(fdt_begin_node(fdt, "cpu-map"));
	TRY(fdt_begin_node(fdt, "cluster0"));
	for (unsigned k = 0; k < ncpus; k++) {
		char name[16];
		snprintf(name, sizeof(name), "core%u", k);
		TRY(fdt_begin_node(fdt, name));
		TRY(fdt_property_u32(fdt, "cpu", BOARD_PHANDLE_CPU(k)));
		TRY(fdt_end_node(fdt));
	}
	TRY(fdt_end_node(fdt));
	TRY(fdt_end_node(fdt));
	return fdt_end_node(fdt);
}

static int build(struct board *b, const struct board_fdt_params *p, void *fdt, int cap)
{
	const struct machine_env *env = board_env(b);
	const struct board_fdt_ctx ctx = {
	    .ncpus = env->ncpus,
	    .plic_phandle = BOARD_PHANDLE_PLIC,
	    .syscon_phandle = BOARD_PHANDLE_SYSCON,
	    .vmm_sbi = p->vmm_sbi,
	};
	static const char compat[] = "riscv-virtio";
	TRY(fdt_create(fdt, cap));
	TRY(fdt_finish_reservemap(fdt));
	TRY(fdt_begin_node(fdt, ""));
	TRY(fdt_property_u32(fdt, "#address-cells", 2));
	TRY(fdt_property_u32(fdt, "#size-cells", 2));
	TRY(bfdt_strings(fdt, "compatible", compat, sizeof(compat)));
	TRY(fdt_property_string(fdt, "model", "riscv-virtio,qemu"));
	TRY(fdt_chosen(fdt, p));
	TRY(fdt_hypervisor(fdt));

	unsigned n = board_ndevices(b);
	for (unsigned k = 0; k < n; k++) {
		void *dev;
		const struct board_dev_ops *ops = board_device(b, k, &dev);
		if (ops->fdt_root)
			TRY(ops->fdt_root(dev, fdt, &ctx));
	}

	char name[32];
	snprintf(name, sizeof(name), "memory@%llx", (unsigned long long)env->bus->ram_base);
	TRY(fdt_begin_node(fdt, name));
	TRY(fdt_property_string(fdt, "device_type", "memory"));
	TRY(bfdt_reg(fdt, env->bus->ram_base, env->bus->ram_size));
	TRY(fdt_end_node(fdt));

	TRY(fdt_cpus(fdt, env->ncpus, p->sstc));

	TRY(fdt_begin_node(fdt, "soc"));
	TRY(fdt_property_u32(fdt, "#address-cells", 2));
	TRY(fdt_property_u32(fdt, "#size-cells", 2));
	TRY(fdt_property_string(fdt, "compatible", "simple-bus"));
	TRY(fdt_property(fdt, "ranges", NULL, 0));
	for (unsigned k = 0; k < n; k++) {
		void *dev;
		const struct board_dev_ops *ops = board_device(b, k, &dev);
		if (ops->fdt_soc)
			TRY(ops->fdt_soc(dev, fdt, &ctx));
	}
	TRY(fdt_end_node(fdt));

	TRY(fdt_end_node(fdt));
	return fdt_finish(fdt);
}

void *board_build_fdt(struct board *b, const struct board_fdt_params *p, size_t *size,
		      struct error *e)
{
	/* Grow the buffer until the tree fits. */
	for (unsigned cap = 8192; cap <= FDT_MAX_BYTES; cap *= 2) {
		void *fdt = calloc(1, cap);
		if (!fdt) {
			err_errno(e, ENOMEM, "device tree");
			return NULL;
		}
		int rc = build(b, p, fdt, (int)cap);
		/* Free space inside the tree, as QEMU's has: a boot loader
		 * (U-Boot) edits it in place (bootargs, initrd) before the
		 * kernel, and grows past its end when there is none. */
		if (rc == 0 && p->spare && fdt_totalsize(fdt) + p->spare <= cap)
			rc = fdt_open_into(fdt, fdt, (int)(fdt_totalsize(fdt) + p->spare));
		else if (rc == 0 && p->spare)
			rc = -FDT_ERR_NOSPACE;
		if (rc == 0) {
			*size = fdt_totalsize(fdt);
			return fdt;
		}
		free(fdt);
		if (rc != -FDT_ERR_NOSPACE) {
			err_set(e, ERR_INTERNAL, "device tree: %s", fdt_strerror(rc));
			return NULL;
		}
	}
	err_set(e, ERR_INTERNAL, "device tree: larger than %u bytes", FDT_MAX_BYTES);
	return NULL;
}
