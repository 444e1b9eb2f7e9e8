/* A VM's life from a configuration value: prepare a restore (the
 * snapshot's recorded configuration, with replacement disks and devices),
 * decide each disk's format once, then build, run, and rebuild on every
 * guest reboot (carrying run-time changes such as limits across), to an
 * exit status. */
#ifndef RVISOR_VMM_LIFECYCLE_H
#define RVISOR_VMM_LIFECYCLE_H

#include <limits.h>
#include <stdbool.h>

#include "util/error.h"
#include "vmm/snapshot.h"
#include "vmm/vm.h"

#define VM_MAX_MEM_DIFFS 64

struct api;
struct gdbstub;
struct sandbox;

struct vm_lifecycle {
	/* Set by the caller. */
	struct vm_config cfg; /* a restore takes the machine's shape from the snapshot */
	/* Restore (snapshot != NULL): the snapshot, its memory file (NULL =
	 * SNAPSHOT.mem) and the diff memory files over it, oldest first. */
	const char *snapshot, *mem_file;
	const char *mem_diffs[VM_MAX_MEM_DIFFS];
	unsigned nmem_diffs;
	/* Incoming migration (rvisor run --incoming): the machine's shape,
	 * RAM and state come from this stream (vmm/migrate_in.h), already
	 * listening; NULL otherwise. */
	struct migrate_in *incoming;
	bool clone;	     /* the restored VM takes a new identity */
	bool paused;	     /* the first machine starts paused */
	struct api *api;     /* NULL, or the API to attach each machine to */
	struct gdbstub *gdb; /* NULL, or the GDB stub to attach each machine to */
	/* NULL, or the sandbox the main thread enters once the first machine
	 * is built (vmm/sandbox.h). */
	struct sandbox *sandbox;
	int console_in, console_out;
	/* Optional: a writable disk given without a format probed raw (it
	 * stays raw and keeps the probe guard, vm.h). */
	void (*probed_raw)(void *arg, const char *path);
	/* Optional: each machine has stopped (why, after seconds of running);
	 * the VM is still there to look at. */
	void (*stopped)(void *arg, const struct vm *vm, enum vm_exit_reason why, double seconds);
	void *arg;

	/* Set by vm_lifecycle_run when a machine could not be built because
	 * of cfg.devices[failed_device] (else -1): its error then starts
	 * with the device (vdev_error_reason gives the rest). */
	int failed_device;

	/* Internal. */
	/* The devices' host resources (images, network back ends, listening
	 * sockets, share roots): opened by the first build, taken by every
	 * rebuild after a guest reboot, closed by vm_lifecycle_close. */
	struct vm_resources res;
	/* The JIT's code caches, made (executable mappings) by the first
	 * build, before the sandbox, and reused by every rebuild. */
	struct jit *jit_keep[VM_MAX_CPUS];
	struct snapshot snap;
	bool restoring; /* the next machine comes from the snapshot */
	bool migrating; /* the next machine comes from the incoming migration */
	/* Built from the migration, REDY said: the switch-over (GO, RUNG) is
	 * made after the console and the sandbox, just before it runs. */
	bool switch_pending;
	/* Built from the migration, ACPT said: the RAM and the state are
	 * received (then REDY) once the console runs and the sandbox is in
	 * place (migrate_in_sandbox_early). */
	bool receive_pending;
	char mem_default[PATH_MAX];
	/* Pending memory files of an interrupted save used in place of the
	 * memory file and diffs (snapshot_settle_mem). */
	char *settled[1 + VM_MAX_MEM_DIFFS];
};

/* Prepare lc->cfg for the first build: for a restore, read and check the
 * snapshot and its memory files and take the recorded configuration (disks
 * and devices given in lc->cfg replace the recorded ones, slot by slot and
 * kind by kind); then decide every disk's format. Returns 0, or -1 with e
 * set. */
int vm_lifecycle_prepare(struct vm_lifecycle *lc, struct error *e);
/* Build and run the machine until it stops for good; a guest reboot
 * rebuilds it from scratch (a restored VM then boots the snapshot's
 * kernel afresh). Returns the process exit status (the guest's, 124 on
 * timeout, 2 when the machine cannot be built, 1 on a host failure) with
 * e's message set when rvisor has something to say. */
int vm_lifecycle_run(struct vm_lifecycle *lc, struct error *e);
void vm_lifecycle_close(struct vm_lifecycle *lc);

#endif
