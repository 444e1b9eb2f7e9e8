/* Rebuilds a virt machine for a snapshot restore: the same devices as
 * virt_setup, but no kernel, initrd, firmware or device tree is loaded (the
 * restored RAM already holds everything) and no hart is reset. */
#ifndef RVISOR_MACHINE_VIRT_RESTORE_H
#define RVISOR_MACHINE_VIRT_RESTORE_H

#include "machine/virt.h"

struct vdev_ctx;

/* Build the board, SBI, disks and other virtio devices of vm->cfg (as saved in the snapshot) and
 * hook the harts to rvisor's SBI unless a firmware was running. The caller
 * then applies the snapshot (vmm/snapshot.h). Returns 0, or -1 after
 * printing a message (the caller exits with 2). */
int virt_restore(struct virt *m, struct vm *vm, int console_in, int console_out,
		 const struct vdev_ctx *ctx);

#endif
