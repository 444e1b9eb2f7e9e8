/* Machine assembly for `rvisor run`: devices, images, device tree, boot state.
 *
 * Guest RAM layout (no firmware): kernel at RAM base + text_offset; the
 * device tree at the top of RAM (2 MiB aligned, as QEMU does); the initrd
 * right below it. With --firmware, the firmware is at the RAM base and every
 * hart starts there in M-mode with a0 = hartid, a1 = device tree. */
#include "machine/virt.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/csr.h"
#include "machine/board.h"
#include "machine/elf.h"
#include "machine/loader.h"
#include "util/file.h"
#include "virtio/blk.h"
#include "virtio/devices.h"
#include "vmm/vm.h"

#define FDT_MAX_SIZE (64u << 10)

static int load_file(const char *what, const char *path, uint8_t **buf, size_t *len)
{
	*buf = file_read_all(path, len);
	if (!*buf) {
		fprintf(stderr, "rvisor: %s %s: %s\n", what, path, strerror(errno));
		return -1;
	}
	return 0;
}

/* Firmware: an ELF (loaded by its segments; HTIF when it has tohost) or a
 * raw binary (OpenSBI's fw_jump.bin) loaded at the RAM base. */
static int load_firmware(struct virt *m, uint64_t *entry)
{
	struct vm *vm = m->vm;
	const char *path = vm->cfg.firmware;
	uint8_t *buf;
	size_t len;
	if (load_file("firmware", path, &buf, &len) < 0)
		return -1;
	char err[256];
	int rc = 0;
	if (elf_is_elf(buf, len)) {
		struct elf_image img;
		if (elf_load(&vm->bus, buf, len, &img, err, sizeof(err)) < 0) {
			fprintf(stderr, "rvisor: firmware %s: %s\n", path, err);
			rc = -1;
		} else {
			*entry = img.entry;
			if (img.has_tohost &&
			    htif_init(&m->htif, &vm->env, img.tohost, img.fromhost, img.has_fromhost) < 0) {
				fprintf(stderr, "rvisor: firmware %s: cannot map tohost at %#llx\n", path,
					(unsigned long long)img.tohost);
				rc = -1;
			}
		}
	} else if (len == 0 || !bus_copy_to_guest(&vm->bus, vm->bus.ram_base, buf, len)) {
		fprintf(stderr, "rvisor: firmware %s: %s\n", path,
			len ? "larger than guest RAM" : "empty file");
		rc = -1;
	} else {
		*entry = vm->bus.ram_base;
	}
	free(buf);
	return rc;
}

int virt_setup(struct virt *m, struct vm *vm, int console_in, int console_out)
{
	const struct vm_config *cfg = &vm->cfg;
	memset(m, 0, sizeof(*m));
	m->vm = vm;
	m->firmware_mode = cfg->firmware != NULL;
	m->board = board_create(&vm->env, console_in, console_out);
	if (!m->board)
		return -1;
	sbi_init(&m->sbi, &vm->env, m->board, console_out);
	/* Virtio devices: disk k in slot k (so the guest sees vda, vdb... in
	 * --disk order). */
	for (unsigned k = 0; k < cfg->ndisks; k++) {
		const struct vm_disk *dk = &cfg->disks[k];
		struct virtio_blk_config bc = {.path = dk->path, .format = dk->format,
					       .format_probed = dk->format_probed,
					       .readonly = dk->readonly, .direct = dk->direct,
					       .serial = dk->serial,
					       .limits = {.bytes = {.rate = dk->bps, .size = dk->bps_burst},
							  .ops = {.rate = dk->iops, .size = dk->iops_burst}}};
		if (!virtio_blk_create(m->board, k, &bc))
			return -1;
	}
	const struct vdev_ctx vctx = {0};
	if (vdev_create_all(m->board, cfg->devices, cfg->ndevices, cfg->ndisks, &vctx) < 0)
		return -1;

	struct bus *bus = &vm->bus;
	uint64_t fw_entry = 0;
	if (m->firmware_mode && load_firmware(m, &fw_entry) < 0)
		return -1;

	struct kernel_image k = {0};
	char err[256];
	if (cfg->kernel) {
		if (load_kernel_file(bus, cfg->kernel, bus->ram_base, &k, err, sizeof(err)) < 0) {
			fprintf(stderr, "rvisor: kernel %s: %s\n", cfg->kernel, err);
			return -1;
		}
	}

	/* The device tree goes at the top of RAM, the initrd below it. */
	uint64_t ram_end = bus->ram_base + bus->ram_size;
	uint64_t fdt_addr = (ram_end - FDT_MAX_SIZE) & ~((2ULL << 20) - 1);
	uint64_t floor = k.load_end ? k.load_end : bus->ram_base;
	uint64_t initrd_start = 0, initrd_end = 0;
	if (cfg->initrd) {
		long long len = file_size(cfg->initrd);
		if (len < 0) {
			fprintf(stderr, "rvisor: initrd %s: %s\n", cfg->initrd, strerror(errno));
			return -1;
		}
		initrd_start = place_below(bus, (uint64_t)len, floor, fdt_addr, PAGE_SIZE);
		if (!initrd_start) {
			fprintf(stderr,
				"rvisor: initrd %s (%lld bytes) does not fit in guest RAM next to the kernel; "
				"raise --memory\n",
				cfg->initrd, len);
			return -1;
		}
		if (file_read_into(cfg->initrd, bus_ram_ptr(bus, initrd_start, (uint64_t)len),
				   (size_t)len) < 0) {
			fprintf(stderr, "rvisor: initrd %s: %s\n", cfg->initrd, strerror(errno));
			return -1;
		}
		bus_note_write(bus, initrd_start, (uint64_t)len);
		initrd_end = initrd_start + (uint64_t)len;
	}
	if (fdt_addr < floor) {
		fprintf(stderr, "rvisor: guest RAM is too small for the kernel and device tree\n");
		return -1;
	}

	struct board_fdt_params fp = {
		.bootargs = cfg->append ? cfg->append : "console=ttyS0",
		.initrd_start = initrd_start,
		.initrd_end = initrd_end,
		.sstc = true,
		.vmm_sbi = !m->firmware_mode,
	};
	size_t fdt_size;
	void *fdt = board_build_fdt(m->board, &fp, &fdt_size);
	if (!fdt || fdt_size > FDT_MAX_SIZE) {
		fprintf(stderr, "rvisor: cannot build the device tree\n");
		free(fdt);
		return -1;
	}
	bus_copy_to_guest(bus, fdt_addr, fdt, fdt_size);
	if (cfg->dtb_out) {
		FILE *f = fopen(cfg->dtb_out, "wb");
		if (!f || fwrite(fdt, 1, fdt_size, f) != fdt_size || fclose(f) != 0) {
			fprintf(stderr, "rvisor: --dump-dtb %s: %s\n", cfg->dtb_out, strerror(errno));
			free(fdt);
			return -1;
		}
	}
	free(fdt);

	for (unsigned i = 0; i < vm->ncpus; i++) {
		struct hart *h = vm->harts[i];
		if (m->firmware_mode) {
			hart_reset(h, fw_entry);
			h->x[10] = i;
			h->x[11] = fdt_addr;
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

void virt_teardown(struct virt *m)
{
	if (m->board)
		board_destroy(m->board);
	m->board = NULL;
}
