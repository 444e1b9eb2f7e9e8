/* Machine assembly for `rvisor run --restore`: devices only, no images. */
#include "machine/virt_restore.h"

#include <string.h>

#include "machine/board.h"
#include "virtio/blk.h"
#include "virtio/devices.h"
#include "vmm/vm.h"

int virt_restore(struct virt *m, struct vm *vm, int console_in, int console_out,
		 const struct vdev_ctx *ctx)
{
	const struct vm_config *cfg = &vm->cfg;
	memset(m, 0, sizeof(*m));
	m->vm = vm;
	m->firmware_mode = cfg->firmware != NULL;
	m->board = board_create(&vm->env, console_in, console_out);
	if (!m->board)
		return -1;
	sbi_init(&m->sbi, &vm->env, m->board, console_out);
	/* Disks in the slots virt_setup gave them (disk k in slot k), so the
	 * virtio-mmio sections of the snapshot find their devices. */
	for (unsigned k = 0; k < cfg->ndisks; k++) {
		const struct vm_disk *dk = &cfg->disks[k];
		struct virtio_blk_config bc = {
		    .path = dk->path,
		    .format = dk->format,
		    .format_probed = dk->format_probed,
		    .readonly = dk->readonly,
		    .direct = dk->direct,
		    .serial = dk->serial,
		    .limits = {.bytes = {.rate = dk->bps, .size = dk->bps_burst},
			       .ops = {.rate = dk->iops, .size = dk->iops_burst}}};
		if (!virtio_blk_create(m->board, k, &bc))
			return -1;
	}
	if (vdev_create_all(m->board, cfg->devices, cfg->ndevices, cfg->ndisks, ctx) < 0)
		return -1;
	for (unsigned i = 0; i < vm->ncpus && !m->firmware_mode; i++) {
		vm->harts[i]->hooks.sbi_ecall = sbi_ecall;
		vm->harts[i]->hooks.sbi_ctx = &m->sbi;
	}
	vm->board = m->board;
	return 0;
}
