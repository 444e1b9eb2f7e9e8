/* The one VM builder (boot, reboot, restore, clone): devices, then images
 * and boot state or the snapshot's state.
 *
 * Guest RAM layout at boot (no firmware): kernel at RAM base + text_offset;
 * the device tree at the top of RAM (2 MiB aligned, as QEMU does); the
 * initrd right below it. With a firmware, the firmware is at the RAM base
 * and every hart starts there in M-mode with a0 = hartid, a1 = device tree. */
#include "vmm/builder.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cpu/csr.h"
#include "machine/board.h"
#include "machine/loader.h"
#include "util/file.h"
#include "virtio/blk.h"
#include "virtio/devices.h"
#include "vmm/migrate_out.h"
#include "vmm/snapshot.h"
#include "vmm/vm.h"

#define FDT_MAX_SIZE (64u << 10)
/* Room U-Boot needs to add /chosen properties to the tree in place. */
#define FDT_SPARE (16u << 10)

/* Devices, the same for a boot and a restore: disk k in slot k (so the
 * guest sees vda, vdb... in configuration order, and a snapshot's
 * virtio-mmio sections find their devices), then the other devices. */
static int create_devices(struct vm_machine *m, int console_in, int console_out, bool clone,
			  struct vm_resources *res, struct error *e)
{
	struct vm *vm = m->vm;
	const struct vm_config *cfg = &vm->cfg;
	m->board = board_create(&vm->env, console_in, console_out, e);
	if (!m->board)
		return -1;
	vm->board = m->board;
	sbi_init(&m->sbi, &vm->env, m->board, console_out);
	for (unsigned k = 0; k < cfg->ndisks; k++)
		if (!virtio_blk_create(m->board, k, &cfg->disks[k], res ? &res->slot[k] : NULL, e))
			return -1;
	unsigned failed;
	if (vdev_create_all(m->board, cfg->devices, cfg->ndevices, cfg->ndisks, clone, res, &failed,
			    e) < 0) {
		m->failed_device = (int)failed;
		return -1;
	}
	return 0;
}

/* Replace the contents of the dump file fd (a regular file is truncated
 * and rewritten from its start: the same file across reboots). */
static int write_dtb(int fd, const void *fdt, size_t size)
{
	struct stat st;
	bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	if (regular && ftruncate(fd, 0) < 0)
		return -1;
	size_t done = 0;
	while (done < size) {
		ssize_t n = regular
				? pwrite(fd, (const uint8_t *)fdt + done, size - done, (off_t)done)
				: write(fd, (const uint8_t *)fdt + done, size - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			errno = n < 0 ? errno : EIO;
			return -1;
		}
		done += (size_t)n;
	}
	return 0;
}

/* Kernel, initrd, firmware and device tree into guest RAM (from the held
 * boot files bf), and every hart's reset state. */
static int load_boot(struct vm_machine *m, const struct boot_files *bf, struct error *e)
{
	struct vm *vm = m->vm;
	const struct vm_config *cfg = &vm->cfg;
	struct bus *bus = &vm->bus;
	uint64_t fw_entry = 0;
	if (m->firmware_mode &&
	    load_firmware_file(&vm->env, bf->firmware, cfg->firmware, &m->htif, &fw_entry, e) < 0)
		return -1;

	struct kernel_image k = {0};
	char err[256];
	if (cfg->kernel && load_kernel_file(bus, bf->kernel, bus->ram_base, cfg->kernel_raw, &k,
					    err, sizeof(err)) < 0)
		return err_set(e, ERR_INVALID, "kernel %s: %s", cfg->kernel, err);

	/* The device tree goes at the top of RAM, the initrd below it. */
	uint64_t ram_end = bus->ram_base + bus->ram_size;
	uint64_t fdt_addr = (ram_end - FDT_MAX_SIZE) & ~((2ULL << 20) - 1);
	uint64_t floor = k.load_end ? k.load_end : bus->ram_base;
	uint64_t initrd_start = 0, initrd_end = 0;
	if (cfg->initrd && load_initrd_file(bus, bf->initrd, cfg->initrd, floor, fdt_addr,
					    &initrd_start, &initrd_end, e) < 0)
		return -1;
	if (fdt_addr < floor)
		return err_set(e, ERR_INVALID,
			       "guest RAM is too small for the kernel and device tree");

	struct board_fdt_params fp = {
	    .bootargs = cfg->append ? cfg->append : "console=ttyS0",
	    .initrd_start = initrd_start,
	    .initrd_end = initrd_end,
	    .sstc = true,
	    .vmm_sbi = !m->firmware_mode,
	    .spare = FDT_SPARE,
	};
	size_t fdt_size;
	void *fdt = board_build_fdt(m->board, &fp, &fdt_size, e);
	if (!fdt)
		return -1;
	if (fdt_size > FDT_MAX_SIZE) {
		free(fdt);
		return err_set(e, ERR_INTERNAL, "the device tree is larger than %u bytes",
			       FDT_MAX_SIZE);
	}
	bus_copy_to_guest(bus, fdt_addr, fdt, fdt_size);
	if (cfg->dtb_out && write_dtb(bf->dtb_out, fdt, fdt_size) < 0) {
		int errnum = errno;
		free(fdt);
		return err_errno(e, errnum, "device tree file %s", cfg->dtb_out);
	}
	free(fdt);
	/* With a firmware and a kernel (or U-Boot) to run after it, the
	 * firmware also gets OpenSBI's fw_dynamic_info in a2, in the last
	 * page of the device tree's window. */
	uint64_t fw_info = 0;
	if (m->firmware_mode && k.entry && fdt_size <= FDT_MAX_SIZE - PAGE_SIZE) {
		fw_info = fdt_addr + FDT_MAX_SIZE - PAGE_SIZE;
		if (!fw_dynamic_info_write(bus, fw_info, k.entry))
			fw_info = 0;
	}

	for (unsigned i = 0; i < vm->ncpus; i++) {
		struct hart *h = vm->harts[i];
		if (m->firmware_mode) {
			hart_reset(h, fw_entry);
			h->x[10] = i;
			h->x[11] = fdt_addr;
			h->x[12] = fw_info;
			atomic_store(&h->hsm_state, HSM_STARTED);
			continue;
		}
		/* rvisor is the M-mode: the kernel enters in S-mode with a0 =
		 * hartid, a1 = device tree; the other harts wait for HSM. */
		hart_reset(h, k.entry);
		h->hooks.sbi_ecall = sbi_ecall;
		h->hooks.sbi_ctx = &m->sbi;
		h->priv = PRV_S;
		h->x[10] = i;
		h->x[11] = fdt_addr;
		h->csr.medeleg = 0xb1ff; /* everything but ecall from S and M */
		h->csr.mideleg = MIP_SSIP | MIP_STIP | MIP_SEIP;
		h->csr.mcounteren = 0xffffffff;
		h->csr.scounteren = 0xffffffff; /* as OpenSBI leaves it: U-mode rdtime works */
		h->csr.menvcfg = MENVCFG_STCE;
		hart_update_mode(h);
		atomic_store(&h->hsm_state, i == 0 ? HSM_STARTED : HSM_STOPPED);
	}
	return 0;
}

int vm_build(struct vm_machine *m, const struct vm_config *cfg, int console_in, int console_out,
	     const struct vm_build_restore *restore, struct vm_resources *res, struct error *e)
{
	memset(m, 0, sizeof(*m));
	m->failed_device = -1;
	struct vm *vm = calloc(1, sizeof(*vm));
	if (!vm)
		return err_errno(e, ENOMEM, "VM");
	if (vm_init(vm, cfg, e) < 0) {
		free(vm);
		return -1;
	}
	m->vm = vm;
	m->firmware_mode = vm->cfg.firmware != NULL;
	char err[SNAPSHOT_ERRLEN];
	/* The diffs go over the base memory file before anything reads RAM. */
	for (unsigned k = 0; restore && k < restore->nmem_diffs; k++)
		if (snapshot_apply_mem_diff(&vm->bus, restore->mem_diffs[k], err, sizeof(err)) < 0)
			return err_set(e, ERR_INVALID, "diff memory file: %s", err);
	if (create_devices(m, console_in, console_out, restore && restore->clone, res, e) < 0)
		return -1;
	if (!restore) {
		/* The boot files are opened by the first boot and held in res
		 * for the next ones (without res: for this boot only). */
		struct boot_files own = {0}, *bf = res ? &res->boot : &own;
		if (!bf->open && boot_files_open(bf, vm->cfg.kernel, vm->cfg.initrd,
						 vm->cfg.firmware, vm->cfg.dtb_out, e) < 0)
			return -1;
		int rc = load_boot(m, bf, e);
		boot_files_close(&own);
		return rc;
	}
	/* A guest reboot after a restore boots the snapshot's kernel afresh:
	 * its boot files are opened now, while the process may still open
	 * files (the sandbox forbids it later). Files gone since the snapshot
	 * matter only if the guest reboots: that boot reports them. */
	if (res && !res->boot.open) {
		struct error later = {0};
		boot_files_open(&res->boot, vm->cfg.kernel, vm->cfg.initrd, vm->cfg.firmware,
				vm->cfg.dtb_out, &later);
	}
	/* Restore: the restored RAM already holds kernel, initrd and device
	 * tree, and the snapshot holds the harts; only rvisor's SBI is hooked
	 * in (unless a firmware was running). */
	for (unsigned i = 0; i < vm->ncpus && !m->firmware_mode; i++) {
		vm->harts[i]->hooks.sbi_ecall = sbi_ecall;
		vm->harts[i]->hooks.sbi_ctx = &m->sbi;
	}
	if (restore->state_later)
		return 0;
	if (snapshot_apply(restore->snap, vm, err, sizeof(err)) < 0)
		return err_set(e, ERR_INVALID, "snapshot %s: %s", restore->path, err);
	return 0;
}

void vm_machine_destroy(struct vm_machine *m)
{
	/* An outgoing migration uses the board and harts: stopped first. */
	if (m->vm)
		migrate_out_destroy(m->vm);
	if (m->board)
		board_destroy(m->board);
	m->board = NULL;
	if (m->vm) {
		vm_destroy(m->vm);
		free(m->vm);
		m->vm = NULL;
	}
}
