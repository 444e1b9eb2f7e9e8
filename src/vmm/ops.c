/* The VM's control operations (vmm/ops.h): typed requests in, typed
 * results or a struct error out; no HTTP or JSON here. */
#include "vmm/ops.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "machine/board.h"
#include "virtio/blk.h"
#include "virtio/input.h"
#include "virtio/mmio.h"
#include "vmm/migrate_out.h"
#include "vmm/vm.h"

void snapshot_request_free(struct snapshot_request *r)
{
	free(r->snapshot_path);
	free(r->mem_file_path);
	r->snapshot_path = r->mem_file_path = NULL;
}

int ops_set_state(struct vm *vm, const struct vm_state_request *r, struct error *e)
{
	int rc = r->state == VM_STATE_PAUSED ? vm_pause(vm) : vm_resume(vm);
	if (rc == -2)
		return err_set(e, ERR_CONFLICT,
			       "a migration holds the VM paused while it switches over to the "
			       "destination");
	/* A reboot rebuilds the machine after its vCPUs stop: a request in
	 * that window is refused, but nothing is ending. */
	if (rc < 0 && vm_exit_requested(vm) == VM_EXIT_REBOOT)
		return err_set(e, ERR_CONFLICT,
			       "the VM is rebooting: try again once it runs (its "
			       "instructions_retired count starts again)");
	if (rc < 0)
		return err_set(e, ERR_CONFLICT, "the VM is shutting down");
	if (r->state != VM_STATE_PAUSED)
		migrate_out_resumed(vm); /* its NICs, after a migration left it paused */
	return 0;
}

int ops_info(struct vm *vm, struct vm_info *out, struct error *e)
{
	(void)e;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	pthread_mutex_lock(&vm->lock);
	out->paused = vm->paused;
	out->uptime_seconds = vm->running ? (double)(now.tv_sec - vm->started.tv_sec) +
						(double)(now.tv_nsec - vm->started.tv_nsec) * 1e-9
					  : 0.0;
	pthread_mutex_unlock(&vm->lock);
	out->guest_time_seconds = (double)vclock_now(&vm->clock) / (double)TIMEBASE_HZ;
	out->vcpus = vm->ncpus;
	out->memory_mib = vm->bus.ram_size >> 20;
	out->instructions_retired = vm_instret(vm);
	for (unsigned k = 0; k < vm->ncpus && k < VM_MAX_CPUS; k++)
		out->vcpu_instret[k] = __atomic_load_n(&vm->harts[k]->instret, __ATOMIC_RELAXED);
	out->snapshots_taken = atomic_load(&vm->snapshots_taken);
	out->migrations_started = atomic_load(&vm->migrations_started);
	return 0;
}

int ops_snapshot_create(struct vm *vm, const char *no_snapshot, const struct snapshot_request *r,
			struct snapshot_result *out, struct error *e)
{
	if (no_snapshot)
		return err_set(e, ERR_INVALID, "this VM cannot be snapshotted: %s", no_snapshot);
	/* The API has always asked for a VM paused by the user, even before
	 * its vCPUs first ran (never_run_ok false). */
	if (snapshot_precheck(vm, r->diff, false, e) < 0)
		return -1;
	char *err = malloc(SNAPSHOT_ERRLEN);
	if (!err)
		return err_set(e, ERR_INVALID, "snapshot failed: out of memory");
	unsigned flags = (r->diff ? SNAPSHOT_DIFF : 0) | (r->overwrite ? SNAPSHOT_OVERWRITE : 0);
	out->diff = r->diff;
	int rc = snapshot_create(vm, r->snapshot_path, r->mem_file_path, flags, &out->stats, err,
				 SNAPSHOT_ERRLEN);
	/* A failed write is reported as a bad request (400), as the API
	 * always has: clients and tests rely on that status. */
	if (rc == SNAPSHOT_CONFLICT)
		err_set(e, ERR_CONFLICT, "snapshot refused: %s", err);
	else if (rc == SNAPSHOT_BAD_PATH)
		err_set(e, ERR_INVALID, "snapshot refused: %s", err);
	else if (rc < 0)
		err_set(e, ERR_INVALID, "snapshot failed: %s", err);
	free(err);
	if (rc >= 0)
		atomic_fetch_add(&vm->snapshots_taken, 1);
	return rc < 0 ? -1 : 0;
}

int ops_action(struct vm *vm, const struct action_request *r, struct error *e)
{
	/* A reboot rebuilds the VM here: never while a migration may hand it
	 * to a destination (both would run). */
	if (atomic_load(&vm->migrating))
		return err_set(e, ERR_CONFLICT,
			       "a migration of this VM is in progress: cancel it first (DELETE "
			       "/migrate)");
	if (r->action == VM_ACTION_POWERDOWN) {
		struct input *d = virtio_input_find(vm->board);
		if (!d)
			return err_set(e, ERR_UNSUPPORTED,
				       "this VM has no power button (no input device)");
		if (virtio_input_power_button(d) < 0)
			return err_set(e, ERR_CONFLICT,
				       "the guest has not read the earlier power button presses");
		return 0;
	}
	vm_request_exit(vm, r->action == VM_ACTION_REBOOT ? VM_EXIT_REBOOT : VM_EXIT_POWEROFF, 0);
	return 0;
}

/* Balloon: GET waits up to a second for the guest's fresh statistics. */
#define BALLOON_STATS_WAIT_MS 1000

int ops_balloon_get(struct vm *vm, struct balloon_info *out, struct error *e)
{
	struct balloon *d = virtio_balloon_find(vm->board);
	if (!d)
		return err_set(e, ERR_INVALID, "this VM has no balloon device");
	virtio_balloon_info(d, true, BALLOON_STATS_WAIT_MS, out);
	return 0;
}

int ops_balloon_set(struct vm *vm, const struct balloon_request *r, struct error *e)
{
	struct balloon *d = virtio_balloon_find(vm->board);
	if (!d)
		return err_set(e, ERR_INVALID, "this VM has no balloon device");
	if (virtio_balloon_set_target(d, r->amount_mib) < 0)
		return err_set(e, ERR_INVALID,
			       "amount_mib %llu is more than the VM's %llu MiB of RAM",
			       (unsigned long long)r->amount_mib,
			       (unsigned long long)(vm->bus.ram_size >> 20));
	return 0;
}

/* --- disks and NICs --- */

/* The virtio-mmio transport in `slot` (disk k is in slot k), or NULL. */
static struct virtio_mmio *find_slot(struct board *b, unsigned slot)
{
	for (unsigned k = 0; b && k < board_ndevices(b); k++) {
		void *dev;
		if (board_device(b, k, &dev) == &virtio_mmio_board_ops &&
		    ((struct virtio_mmio *)dev)->slot == slot)
			return dev;
	}
	return NULL;
}

/* NIC n (in --net order): its index in vm->cfg.devices and its transport
 * (devices are in the slots after the disks), or NULL. */
static struct virtio_mmio *find_nic(struct vm *vm, unsigned long n, unsigned *dev)
{
	unsigned long seen = 0;
	for (unsigned k = 0; k < vm->cfg.ndevices; k++) {
		struct virtio_mmio *t = find_slot(vm->board, vm->cfg.ndisks + k);
		if (!virtio_net_ratelimit(t, false))
			continue;
		if (seen++ == n) {
			*dev = k;
			return t;
		}
	}
	return NULL;
}

unsigned ops_disk_count(struct vm *vm)
{
	return vm->cfg.ndisks;
}

unsigned ops_nic_count(struct vm *vm)
{
	unsigned n = 0, dev;
	while (find_nic(vm, n, &dev))
		n++;
	return n;
}

int ops_no_device(struct error *e, const char *text, const char *one, const char *many,
		  unsigned count)
{
	char q[48];
	size_t n = 0;
	for (; text[n] && n < 40; n++)
		q[n] = text[n] >= 0x20 && text[n] < 0x7f ? text[n] : '?';
	snprintf(q + n, sizeof(q) - n, "%s", text[n] ? "..." : "");
	if (!count)
		return err_set(e, ERR_NOT_FOUND, "no %s '%s' (the VM has no %s)", one, q, many);
	if (count == 1)
		return err_set(e, ERR_NOT_FOUND, "no %s '%s' (the VM has 1 %s: 0)", one, q, one);
	return err_set(e, ERR_NOT_FOUND, "no %s '%s' (the VM has %u %s: 0..%u)", one, q, count,
		       many, count - 1);
}

static int no_index(struct error *e, unsigned long index, const char *one, const char *many,
		    unsigned count)
{
	char text[24];
	snprintf(text, sizeof(text), "%lu", index);
	return ops_no_device(e, text, one, many, count);
}

/* Disk `index`'s transport and limiter, or the not-found error. */
static struct ratelimit *find_disk(struct vm *vm, unsigned long index, struct virtio_mmio **t,
				   struct error *e)
{
	*t = index < vm->cfg.ndisks ? find_slot(vm->board, (unsigned)index) : NULL;
	struct ratelimit *rl = virtio_blk_ratelimit(*t);
	if (!rl)
		no_index(e, index, "disk", "disks", vm->cfg.ndisks);
	return rl;
}

static void limiter_state(struct ratelimit *rl, struct limiter_state *s)
{
	pthread_mutex_lock(&rl->lock);
	s->bandwidth.rate = rl->bytes.cfg.rate, s->bandwidth.size = rl->bytes.cfg.size;
	s->bandwidth.one_time_burst = rl->bytes.otb;
	s->ops.rate = rl->ops.cfg.rate, s->ops.size = rl->ops.cfg.size;
	s->ops.one_time_burst = rl->ops.otb;
	s->passed = rl->stat_passed, s->throttled = rl->stat_throttled;
	pthread_mutex_unlock(&rl->lock);
}

static void limiter_apply(struct ratelimit_cfg *cfg, const struct limiter_update *u)
{
	if (u->set_bytes)
		cfg->bytes = u->bytes;
	if (u->set_ops)
		cfg->ops = u->ops;
}

int ops_disk_get(struct vm *vm, unsigned long index, struct disk_info *out, struct error *e)
{
	struct virtio_mmio *t;
	struct ratelimit *rl = find_disk(vm, index, &t, e);
	if (!rl)
		return -1;
	const struct vm_disk *d = &vm->cfg.disks[index];
	out->index = (unsigned)index;
	out->path = d->path;
	out->read_only = d->readonly;
	limiter_state(rl, &out->limiter);
	return 0;
}

int ops_disk_set_limits(struct vm *vm, unsigned long index, const struct disk_limits_request *r,
			struct error *e)
{
	struct virtio_mmio *t;
	struct ratelimit *rl = find_disk(vm, index, &t, e);
	if (!rl)
		return -1;
	struct ratelimit_cfg cfg;
	ratelimit_get(rl, &cfg);
	limiter_apply(&cfg, &r->limiter);
	ratelimit_set(rl, &cfg, ratelimit_now_ns());
	/* The disk's run-time settings: a snapshot records them, a reboot
	 * keeps them. */
	vm->cfg.disks[index].limits = cfg;
	/* A request waiting under the old limits is reconsidered now. */
	virtio_mmio_kick(t, 0);
	return 0;
}

int ops_nic_get(struct vm *vm, unsigned long index, struct nic_info *out, struct error *e)
{
	unsigned dev;
	struct virtio_mmio *t = find_nic(vm, index, &dev);
	if (!t)
		return no_index(e, index, "network interface", "network interfaces",
				ops_nic_count(vm));
	out->index = (unsigned)index;
	out->options = vdev_opts_now(&vm->cfg.devices[dev]);
	if (!out->options)
		return err_set(e, ERR_IO, "out of memory");
	limiter_state(virtio_net_ratelimit(t, false), &out->rx);
	limiter_state(virtio_net_ratelimit(t, true), &out->tx);
	virtio_net_stats(t, &out->stats);
	return 0;
}

void nic_info_free(struct nic_info *in)
{
	free(in->options);
	in->options = NULL;
}

int ops_nic_set_limits(struct vm *vm, unsigned long index, const struct nic_limits_request *r,
		       struct error *e)
{
	unsigned dev;
	struct virtio_mmio *t = find_nic(vm, index, &dev);
	if (!t)
		return no_index(e, index, "network interface", "network interfaces",
				ops_nic_count(vm));
	struct ratelimit *rl[2] = {virtio_net_ratelimit(t, false), virtio_net_ratelimit(t, true)};
	struct ratelimit_cfg cfg[2];
	ratelimit_get(rl[0], &cfg[0]);
	ratelimit_get(rl[1], &cfg[1]);
	if (r->set_rx)
		limiter_apply(&cfg[0], &r->rx);
	if (r->set_tx)
		limiter_apply(&cfg[1], &r->tx);
	/* The NIC's run-time settings: a snapshot records them (in the
	 * option string it writes), a reboot keeps them. */
	struct vdev_limits *l = &vm->cfg.devices[dev].limits;
	l->set = true;
	l->lim[0] = cfg[0];
	l->lim[1] = cfg[1];
	ratelimit_set(rl[0], &cfg[0], ratelimit_now_ns());
	ratelimit_set(rl[1], &cfg[1], ratelimit_now_ns());
	/* A frame waiting under the old limits is reconsidered now. */
	virtio_mmio_kick(t, 0);
	virtio_mmio_kick(t, 1);
	return 0;
}

unsigned ops_devices(struct vm *vm, struct device_info *out, unsigned max)
{
	unsigned n = 0;
	for (unsigned slot = 0; slot < vm->cfg.ndisks + vm->cfg.ndevices && n < max; slot++) {
		const char *kind =
		    slot < vm->cfg.ndisks ? "disk" : vm->cfg.devices[slot - vm->cfg.ndisks].kind;
		struct virtio_mmio *t = find_slot(vm->board, slot);
		if (!t)
			continue;
		struct device_info *d = &out[n++];
		d->slot = slot;
		d->kind = kind;
		vdev_stats(vdev_kind_find(kind), t, &d->stats);
	}
	return n;
}

int ops_migrate_start(struct vm *vm, const char *no_migrate, const struct migrate_request *r,
		      struct error *e)
{
	int rc = migrate_out_start(vm, no_migrate, r, e);
	if (rc == 0)
		atomic_fetch_add(&vm->migrations_started, 1);
	return rc;
}

int ops_migrate_status(struct vm *vm, struct migrate_status *out, struct error *e)
{
	(void)e;
	migrate_out_status(vm, out);
	return 0;
}

int ops_migrate_cancel(struct vm *vm, struct error *e)
{
	return migrate_out_cancel(vm, e);
}
