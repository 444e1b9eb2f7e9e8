/* The one VM builder: turns a configuration value (struct vm_config) into a
 * machine ready to run, for a boot (kernel, initrd, firmware, device tree)
 * or a snapshot restore (the snapshot's state); both create the same
 * devices in the same slots. */
#ifndef RVISOR_VMM_BUILDER_H
#define RVISOR_VMM_BUILDER_H

#include <stdbool.h>

#include "machine/htif.h"
#include "machine/sbi.h"
#include "util/error.h"

struct vm;
struct vm_config;
struct vm_resources;
struct board;
struct snapshot;

/* A built machine: the VM and what the builder made for it. */
struct vm_machine {
	struct vm *vm;
	struct board *board;
	struct sbi sbi;
	struct htif htif;   /* in use (htif.env set) for a bare-metal ELF with tohost */
	bool firmware_mode; /* an M-mode firmware runs (else rvisor provides SBI) */
	int failed_device;  /* the device (cfg->devices index) that failed vm_build, or -1 */
};

/* What a restore loads instead of images: the snapshot (whose
 * configuration the VM was made from, snapshot_vm_config) and the diff
 * memory files applied over the base memory file, oldest first. */
struct vm_build_restore {
	const struct snapshot *snap;
	const char *path; /* the snapshot's, for messages */
	const char *const *mem_diffs;
	unsigned nmem_diffs;
	bool clone; /* the VM takes a new identity (vdev_ctx.clone) */
	/* A migration: RAM and state arrive after the build; the caller
	 * applies the state (snap is then the configuration only). */
	bool state_later;
};

/* Build the machine of cfg: a new VM (vm_init), its board, SBI, disks
 * (disk k in virtio slot k) and the other virtio devices, then either boot
 * state (restore NULL) or the snapshot's state (cfg then comes from
 * snapshot_vm_config). res (NULL: each device owns what it opens) holds
 * the devices' host resources across builds: the first build opens them,
 * later ones (a guest reboot) take them from there. Sets m->vm and
 * m->vm->board. Returns 0, or -1 with
 * e set (class and message; m->vm NULL when the VM itself could not be
 * made, m->failed_device set when a device could not). Call
 * vm_machine_destroy in both cases. */
int vm_build(struct vm_machine *m, const struct vm_config *cfg, int console_in, int console_out,
	     const struct vm_build_restore *restore, struct vm_resources *res, struct error *e);
/* Tear the devices down and free the VM (after vm_run has returned). */
void vm_machine_destroy(struct vm_machine *m);

#endif
