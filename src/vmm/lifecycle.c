/* A VM's life: restore preparation, disk formats decided once, and the
 * build / run / rebuild-on-reboot loop. */
#include "vmm/lifecycle.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cpu/jit/jit.h"
#include "machine/board.h"
#include "util/file.h"
#include "vmm/api.h"
#include "vmm/builder.h"
#include "vmm/gdbstub.h"
#include "vmm/migrate_in.h"
#include "vmm/sandbox.h"

/* Do two paths name one file? */
static bool same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

/* vm_disk_decide_format, telling the owner about a writable disk probed
 * raw. what prefixes a refusal. */
static int decide_disk_format(struct vm_lifecycle *lc, struct vm_disk *d, bool raw_only,
			      const char *what, struct error *e)
{
	bool had = d->format != NULL;
	if (vm_disk_decide_format(d, raw_only, e) < 0)
		return err_prefix(e, "%s", what);
	if (!had && !d->readonly && strcmp(d->format, "raw") == 0 && lc->probed_raw)
		lc->probed_raw(lc->arg, d->path);
	return 0;
}

/* Read and check the snapshot and its memory files, and take the machine's
 * shape from it. */
static int restore_prepare(struct vm_lifecycle *lc, struct error *e)
{
	struct vm_config *cfg = &lc->cfg;
	struct snapshot *snap = &lc->snap;
	const char *path = lc->snapshot;
	/* Disks given with a restore replace the recorded disks slot by slot
	 * (e.g. a clone's own qcow2 overlay on the snapshot's image);
	 * virtio-blk's state check refuses a disk of another size. */
	struct vm_disk given[VM_MAX_DISKS];
	unsigned ngiven = cfg->ndisks;
	memcpy(given, cfg->disks, sizeof(given));
	struct vm_device given_dev[VM_MAX_DEVICES];
	unsigned ngiven_dev = cfg->ndevices;
	memcpy(given_dev, cfg->devices, sizeof(given_dev));
	if (!lc->mem_file) {
		if ((size_t)snprintf(lc->mem_default, sizeof(lc->mem_default), "%s.mem", path) >=
		    sizeof(lc->mem_default))
			return err_set(e, ERR_INVALID, "snapshot %s: path too long", path);
		lc->mem_file = lc->mem_default;
	}
	char err[SNAPSHOT_ERRLEN];
	if (snapshot_open(snap, path, err, sizeof(err)) < 0)
		return err_set(e, ERR_INVALID, "snapshot %s: %s", path, err);
	/* A save stopped between its commit and the memory file's rename
	 * left that file under its pending name: finish it first. */
	if (snapshot_settle_mem(snap, &lc->mem_file, 0, &lc->settled[0], err, sizeof(err)) < 0)
		return err_set(e, ERR_INVALID, "memory file %s: %s", lc->mem_file, err);
	for (unsigned k = 0; k < lc->nmem_diffs; k++)
		if (snapshot_settle_mem(snap, &lc->mem_diffs[k], k + 1, &lc->settled[k + 1], err,
					sizeof(err)) < 0)
			return err_set(e, ERR_INVALID, "diff memory file %s: %s", lc->mem_diffs[k],
				       err);
	long long msize = file_size(lc->mem_file);
	if (msize < 0)
		return err_errno(e, errno, "memory file %s", lc->mem_file);
	if ((uint64_t)msize != snap->cfg.mem_size)
		return err_set(e, ERR_INVALID,
			       "memory file %s: %lld bytes, but the snapshot's guest RAM is %llu "
			       "bytes (not this snapshot's memory file?)",
			       lc->mem_file, msize, (unsigned long long)snap->cfg.mem_size);
	if (snapshot_check_chain(snap, lc->mem_file, lc->mem_diffs, lc->nmem_diffs, err,
				 sizeof(err)) < 0)
		return err_set(e, ERR_INVALID, "snapshot %s: %s", path, err);
	snapshot_vm_config(snap, cfg);
	/* A disk recorded without a format (a snapshot of an older rvisor, whose
	 * disks given without one were probed at every open) is probed now, and
	 * only raw is taken: a qcow2 header there may be the guest's doing. */
	char what[PATH_MAX + 32];
	snprintf(what, sizeof(what), "snapshot %s: disk", path);
	if (ngiven) {
		if (ngiven != cfg->ndisks)
			return err_set(
			    e, ERR_INVALID,
			    "snapshot %s: it has %u disk(s); a disk must be given for each "
			    "of them (or for none, to reopen the recorded images)",
			    path, cfg->ndisks);
		for (unsigned k = 0; k < ngiven; k++) {
			const struct vm_disk rec = cfg->disks[k];
			cfg->disks[k] = given[k];
			if (!cfg->disks[k].serial)
				cfg->disks[k].serial = rec.serial; /* the guest saw this one */
			/* Limits given with the new image replace the recorded ones;
			 * none given keeps them. */
			struct vm_disk *d = &cfg->disks[k];
			if (!d->limits.bytes.rate && !d->limits.ops.rate)
				d->limits = rec.limits;
			/* The recorded image given again without a format keeps the
			 * format decided when the VM was built (or, recorded without
			 * one, is held to raw as below). */
			if (!d->format && same_file(d->path, rec.path)) {
				d->format = rec.format;
				d->format_probed = rec.format_probed;
				if (decide_disk_format(lc, d, true, what, e) < 0)
					return -1;
			}
		}
	} else {
		for (unsigned k = 0; k < cfg->ndisks; k++) {
			/* A --cloud-init seed lived in the snapshotted process's
			 * memfd: here the same name is whatever this process has
			 * open under that number. */
			if (strncmp(cfg->disks[k].path, "/proc/self/fd/", 14) == 0)
				return err_set(
				    e, ERR_INVALID,
				    "snapshot %s: disk %u was a --cloud-init seed of the "
				    "process that took the snapshot; give a --disk for each "
				    "of the snapshot's disks",
				    path, k);
			if (decide_disk_format(lc, &cfg->disks[k], true, what, e) < 0)
				return -1;
		}
	}
	/* A device given at restore replaces the recorded device of its kind:
	 * the j-th net device given replaces the j-th recorded one. */
	for (unsigned g = 0; g < ngiven_dev; g++) {
		unsigned nth = 0, k;
		for (unsigned j = 0; j < g; j++)
			nth += strcmp(given_dev[j].kind, given_dev[g].kind) == 0;
		for (k = 0; k < cfg->ndevices; k++)
			if (strcmp(cfg->devices[k].kind, given_dev[g].kind) == 0 && nth-- == 0)
				break;
		if (k == cfg->ndevices)
			return err_set(e, ERR_INVALID,
				       "snapshot %s: %s device '%s': the snapshot has no such %s "
				       "device to replace (a restore cannot add devices)",
				       path, given_dev[g].kind, given_dev[g].opts,
				       given_dev[g].kind);
		cfg->devices[k].opts = given_dev[g].opts;
		cfg->devices[k].limits = given_dev[g].limits;
	}
	cfg->mem_file = lc->mem_file;
	lc->restoring = true;
	return 0;
}

int vm_lifecycle_prepare(struct vm_lifecycle *lc, struct error *e)
{
	if (lc->snapshot && restore_prepare(lc, e) < 0)
		return -1;
	/* An incoming migration: the stream's configuration, with its disks'
	 * recorded formats (one recorded without a format is held to raw, as
	 * for a restore). */
	if (lc->incoming) {
		if (migrate_in_prepare(lc->incoming, &lc->cfg, e) < 0)
			return -1;
		for (unsigned k = 0; k < lc->cfg.ndisks; k++)
			if (decide_disk_format(lc, &lc->cfg.disks[k], true,
					       "migration stream: disk", e) < 0)
				return -1;
		lc->migrating = true;
	}
	/* Each disk's format is decided here, once: guest reboots and snapshots
	 * reuse it, so what the guest writes can never change it. */
	for (unsigned k = 0; k < lc->cfg.ndisks; k++)
		if (decide_disk_format(lc, &lc->cfg.disks[k], false, "disk", e) < 0)
			return -1;
	return 0;
}

/* Build one machine: boot a new one, or rebuild it from the snapshot
 * (first round of a restore). */
static int build(struct vm_lifecycle *lc, struct vm_machine *m, struct error *e)
{
	struct vm_build_restore r = {.snap = &lc->snap,
				     .path = lc->snapshot,
				     .mem_diffs = lc->mem_diffs,
				     .nmem_diffs = lc->nmem_diffs,
				     .clone = lc->clone};
	bool restoring = lc->restoring;
	lc->restoring = false;
	if (lc->migrating) {
		lc->migrating = false;
		if (migrate_in_build(lc->incoming, m, &lc->cfg, lc->console_in, lc->console_out,
				     &lc->res, e) < 0) {
			lc->failed_device = m->failed_device;
			return -1;
		}
		if (lc->paused)
			vm_pause(m->vm);
		lc->switch_pending = true; /* GO waited for just before running */
		/* The RAM and the state received once the console has started
		 * and the sandbox is in place (vm_lifecycle_run): neither is
		 * then inside the guest's pause. */
		if (migrate_in_sandbox_early(lc->incoming, m->vm)) {
			lc->receive_pending = true;
			return 0;
		}
		if (migrate_in_receive(lc->incoming, m->vm, e) < 0)
			return -1;
		/* A post-copy or a tap to take over: the switch-over now,
		 * before the sandbox (migrate_in.h says why). */
		if (migrate_in_switch_before_sandbox(lc->incoming, m->vm)) {
			lc->switch_pending = false;
			return migrate_in_switch(lc->incoming, m->vm, e);
		}
		return 0;
	}
	if (vm_build(m, &lc->cfg, lc->console_in, lc->console_out, restoring ? &r : NULL, &lc->res,
		     e) < 0) {
		lc->failed_device = m->failed_device;
		return -1;
	}
	if (lc->paused)
		vm_pause(m->vm);
	return 0;
}

/* The API and the debugger given the VM to control. */
static void attach_controls(struct vm_lifecycle *lc, struct vm_machine *m)
{
	if (lc->api)
		api_attach(lc->api, m->vm,
			   m->htif.env ? "a bare-metal program using HTIF (tohost) "
					 "cannot be snapshotted"
				       : NULL);
	if (lc->gdb)
		gdbstub_attach(lc->gdb, m->vm);
}

/* The switch-over of an incoming migration, made from vm_run once the
 * vCPU threads exist, parked with the VM held paused: (the RAM and the
 * state, when they come in the sandbox,) GO, the disks, RUNG, then the
 * resume. Spawning the threads (each installing its sandbox filter) and
 * starting the clock were inside the guest-visible pause when they came
 * after RUNG, and spawning them still took 1 to 6 ms between REDY and GO
 * on a loaded host: they are spawned before the RAM is received now, and
 * a parked thread only has to wake. The API and the debugger get the VM
 * once its state is in place (as before: never a half-received one). */
struct switch_over {
	struct vm_lifecycle *lc;
	struct vm_machine *m;
	struct error *e;
	bool receive; /* the RAM and the state are still to come */
	bool called, failed;
};

static void switch_when_started(void *arg)
{
	struct switch_over *so = arg;
	struct vm *vm = so->m->vm;
	so->called = true;
	mig_trace(&so->lc->incoming->trace, "vCPU threads spawned (parked)");
	if (so->receive) {
		mig_trace(&so->lc->incoming->trace, "console and sandbox ready");
		if (migrate_in_receive(so->lc->incoming, vm, so->e) < 0)
			goto failed; /* refused: the source was told, and resumes */
		attach_controls(so->lc, so->m);
	}
	if (migrate_in_switch(so->lc->incoming, vm, so->e) < 0)
		goto failed; /* it told the source: this one never runs */
	vm_pause_release(vm);
	if (!so->lc->incoming->user_paused && !so->lc->paused)
		vm_resume(vm);
	return;
failed:
	so->failed = true;
	vm_pause_release(vm);
	vm_request_exit(vm, VM_EXIT_ERROR, 2);
}

/* Before vm_run of an incoming migration: hold the VM paused, so that
 * its vCPU threads park as they start and nothing (the API) resumes them
 * before GO. When the RAM is still to come (receiving), the console and
 * the sandbox are traced as ready by switch_when_started, before it. */
static int hold_for_switch(struct vm_lifecycle *lc, struct vm *vm, bool receiving)
{
	if (!receiving)
		mig_trace(&lc->incoming->trace, "console and sandbox ready");
	return vm_pause_hold(vm, &(bool){false});
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) * 1e-9;
}

int vm_lifecycle_run(struct vm_lifecycle *lc, struct error *e)
{
	struct vm_config *cfg = &lc->cfg;
	int status = 0;
	lc->failed_device = -1;
	for (;;) {
		struct vm_machine mach, *m = &mach;
		cfg->jit_keep = lc->jit_keep;
		enum vm_exit_reason why = VM_EXIT_ERROR;
		int built = build(lc, m, e);
		if (built < 0 && !m->vm)
			return 1; /* no VM at all: a host failure */
		struct vm *vm = m->vm;
		bool switching = lc->switch_pending && built == 0, ran = false;
		bool receiving = lc->receive_pending && built == 0;
		lc->switch_pending = lc->receive_pending = false;
		if (built < 0) {
			status = 2;
		} else if (board_console_start(m->board, e) < 0) {
			status = 1;
		} else if (lc->sandbox && sandbox_enter_main(lc->sandbox, e) < 0) {
			status = 1; /* never run a guest outside the sandbox asked for */
		} else if (switching && hold_for_switch(lc, vm, receiving) < 0) {
			status = 2; /* exiting already: never run without GO */
			err_set(e, ERR_CONFLICT,
				"the VM stopped before the migration's switch-over");
			migrate_in_abandon(lc->incoming, e->msg);
		} else {
			ran = true;
			/* A migration's switch-over: vm_run starts the vCPU
			 * threads parked (the pause held just above, so that
			 * nothing resumes them before GO) and makes it
			 * (switch_when_started), receiving the RAM and the
			 * state first when they come in the sandbox
			 * (migrate_in_sandbox_early). */
			struct switch_over so = {.lc = lc, .m = m, .e = e, .receive = receiving};
			if (switching) {
				vm->threads_started = switch_when_started;
				vm->threads_started_arg = &so;
			}
			struct timespec t0;
			clock_gettime(CLOCK_MONOTONIC, &t0);
			if (!receiving)
				attach_controls(lc, m);
			why = vm_run(vm, e);
			if (lc->incoming)
				mig_trace_stop(&lc->incoming->trace); /* it reads the VM */
			if (lc->gdb)
				gdbstub_detach(lc->gdb, vm->exit_code);
			if (lc->api)
				api_detach(lc->api);
			double seconds = seconds_since(&t0);
			board_console_stop(m->board);
			vm->threads_started = NULL;
			if (switching && !so.called) {
				/* The vCPU threads could not start: GO was never
				 * read, the source resumes. */
				migrate_in_abandon(lc->incoming, e->msg);
				ran = false;
				status = 2;
			} else if (so.failed) {
				/* The switch-over failed: this one never ran. */
				ran = false;
				status = 2;
			} else {
				if (lc->stopped)
					lc->stopped(lc->arg, vm, why, seconds);
				status = vm->exit_code;
			}
		}
		/* Built from a migration but cannot run (the console, the
		 * sandbox): the source, which may have sent GO, resumes. */
		if (switching && !ran && status == 1)
			migrate_in_abandon(lc->incoming, e->msg);
		/* Limits changed through the API (each device's typed run-time
		 * settings) outlive a guest reboot. */
		for (unsigned k = 0; k < cfg->ndisks; k++)
			cfg->disks[k].limits = vm->cfg.disks[k].limits;
		for (unsigned k = 0; k < cfg->ndevices; k++)
			cfg->devices[k].limits = vm->cfg.devices[k].limits;
		vm_machine_destroy(m);
		if (why != VM_EXIT_REBOOT)
			break;
		/* A reboot after a restore boots the snapshot's kernel afresh. */
		cfg->mem_file = NULL;
		lc->paused = false;
	}
	return status;
}

void vm_lifecycle_close(struct vm_lifecycle *lc)
{
	vm_resources_close(&lc->res);
	for (unsigned k = 0; k < VM_MAX_CPUS; k++) {
		jit_free(lc->jit_keep[k]);
		lc->jit_keep[k] = NULL;
	}
	snapshot_close(&lc->snap);
	for (unsigned k = 0; k <= VM_MAX_MEM_DIFFS; k++) {
		free(lc->settled[k]);
		lc->settled[k] = NULL;
	}
}
