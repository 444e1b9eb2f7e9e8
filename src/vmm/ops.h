/* The VM's control operations (pause, resume, snapshot, shutdown, reboot,
 * info, disk and NIC limits, balloon): one function each, a typed request
 * and result, failures as a struct error (util/error.h). The per-VM API
 * (vmm/api.c) is a thin JSON layer over them; the daemon and migration
 * call the same functions.
 *
 * Locking: each operation takes the VM locks it needs itself (vm->lock,
 * the pause protocol, the devices' limiter locks). Operations on one VM
 * must not run concurrently with each other nor with the VM being torn
 * down or rebuilt: the caller serializes them (the API holds its lock
 * around each request, and attaches the VM only while it is built). */
#ifndef RVISOR_VMM_OPS_H
#define RVISOR_VMM_OPS_H

#include <stdbool.h>
#include <stdint.h>

#include "machine/env.h"
#include "util/error.h"
#include "util/ratelimit.h"
#include "virtio/balloon.h"
#include "virtio/devices.h"
#include "virtio/net.h"
#include "vmm/migrate_out.h"
#include "vmm/snapshot.h"

struct vm;

/* --- requests --- */

/* PATCH /vm: the state to go to. */
enum vm_state_target { VM_STATE_RUNNING, VM_STATE_PAUSED };
struct vm_state_request {
	enum vm_state_target state;
};

/* PUT /snapshot/create. The paths are owned (snapshot_request_free);
 * they are non-empty and differ from each other. */
struct snapshot_request {
	char *snapshot_path, *mem_file_path;
	bool diff, overwrite;
};
void snapshot_request_free(struct snapshot_request *r);

/* PUT /actions. */
/* POWERDOWN presses the power button (virtio-input): the guest decides to
 * shut down; SHUTDOWN ends the VM at once. */
enum vm_action { VM_ACTION_SHUTDOWN, VM_ACTION_REBOOT, VM_ACTION_POWERDOWN };
struct action_request {
	enum vm_action action;
};

/* PUT /balloon. */
struct balloon_request {
	uint64_t amount_mib;
};

/* One limiter's change: the buckets given (set_*) replace the current
 * ones, the others stay. A bucket with rate 0 is off (all zero). */
struct limiter_update {
	bool set_bytes, set_ops;
	struct ratelimit_bucket_cfg bytes, ops;
};

/* PATCH /disks/{index}. */
struct disk_limits_request {
	struct limiter_update limiter;
};

/* PATCH /network-interfaces/{index}: at least one of rx, tx is set. */
struct nic_limits_request {
	bool set_rx, set_tx;
	struct limiter_update rx, tx;
};

/* --- results --- */

struct vm_info {
	bool paused;
	unsigned vcpus;
	uint64_t memory_mib;
	uint64_t instructions_retired;
	uint64_t vcpu_instret[MACHINE_MAX_CPUS]; /* per hart (vcpus of them) */
	uint64_t snapshots_taken;		 /* by this process */
	uint64_t migrations_started;		 /* outgoing, by this process */
	double uptime_seconds;			 /* host time since vm_run, 0 before */
	double guest_time_seconds;		 /* the guest clock */
};

struct snapshot_result {
	bool diff;
	struct snapshot_stats stats;
};

/* A limiter as it is now: each bucket's configuration and one-time burst
 * left, and the counters. */
struct limiter_state {
	struct {
		uint64_t rate, size, one_time_burst;
	} bandwidth, ops;
	uint64_t passed, throttled;
};

struct disk_info {
	unsigned index;
	const char *path; /* lives as long as the VM's configuration */
	bool read_only;
	struct limiter_state limiter;
};

struct nic_info {
	unsigned index;
	char *options; /* the NIC's option string, limits included (nic_info_free) */
	struct limiter_state rx, tx;
	struct virtio_net_stats stats;
};

/* --- operations --- */

/* Pause or resume (ERR_CONFLICT when the VM is shutting down). */
int ops_set_state(struct vm *vm, const struct vm_state_request *r, struct error *e);
int ops_info(struct vm *vm, struct vm_info *out, struct error *e);

/* Snapshot the paused VM. no_snapshot (may be NULL) is why this machine
 * cannot be snapshotted. The preconditions are checked here, in this
 * order: snapshottable, a diff has a previous snapshot, paused. */
int ops_snapshot_create(struct vm *vm, const char *no_snapshot, const struct snapshot_request *r,
			struct snapshot_result *out, struct error *e);

/* Ask the VM to power off or reboot (returns at once). */
/* Shutdown, reboot, or the power button (ERR_UNSUPPORTED when the VM has no
 * input device, ERR_CONFLICT when the guest has not read earlier presses). */
int ops_action(struct vm *vm, const struct action_request *r, struct error *e);

/* Balloon (ERR_INVALID when the VM has none, or the target exceeds RAM). */
int ops_balloon_get(struct vm *vm, struct balloon_info *out, struct error *e);
int ops_balloon_set(struct vm *vm, const struct balloon_request *r, struct error *e);

/* Disks and NICs by index (disk k is --disk k; NIC n is the n-th --net).
 * ERR_NOT_FOUND names the index and the ones that exist. */
unsigned ops_disk_count(struct vm *vm);
unsigned ops_nic_count(struct vm *vm);
int ops_disk_get(struct vm *vm, unsigned long index, struct disk_info *out, struct error *e);
int ops_disk_set_limits(struct vm *vm, unsigned long index, const struct disk_limits_request *r,
			struct error *e);
int ops_nic_get(struct vm *vm, unsigned long index, struct nic_info *out, struct error *e);
void nic_info_free(struct nic_info *in);
/* The new limits become the NIC's run-time settings (struct vdev_limits):
 * a reboot keeps them, a snapshot records them. */
int ops_nic_set_limits(struct vm *vm, unsigned long index, const struct nic_limits_request *r,
		       struct error *e);

/* One virtio device and its counters (GET /vm, GET /vm/devices). */
struct device_info {
	unsigned slot;	  /* virtio-mmio slot: disks first, then the others */
	const char *kind; /* "disk", "net", ... (lives as long as the VM) */
	struct vdev_stats stats;
};
/* The VM's virtio devices in slot order into out[0..max); returns how
 * many. */
unsigned ops_devices(struct vm *vm, struct device_info *out, unsigned max);

/* Live migration (vmm/migrate_out.h; docs/migration.md): start one to
 * the request's destination (returns once it runs on its own thread;
 * no_migrate as no_snapshot above), its status (phase "none" before the
 * first), cancel one before its switch-over. */
int ops_migrate_start(struct vm *vm, const char *no_migrate, const struct migrate_request *r,
		      struct error *e);
int ops_migrate_status(struct vm *vm, struct migrate_status *out, struct error *e);
int ops_migrate_cancel(struct vm *vm, struct error *e);

/* The not-found error for a device index as the user wrote it (quoted as
 * printable ASCII, at most 40 characters): "no disk '7' (the VM has 2
 * disks: 0..1)". Returns -1. */
int ops_no_device(struct error *e, const char *text, const char *one, const char *many,
		  unsigned count);

#endif
