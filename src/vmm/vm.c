/* VM lifecycle: one host thread per vCPU, an exit protocol, a timeout,
 * pause/resume at instruction boundaries. */
#include "vmm/vm.h"

#include <errno.h>
#include <sched.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "block/block.h"
#include "cpu/jit/jit.h"
#include "virtio/mmio.h"
#include "vmm/memguard.h"
#include "util/thread.h"

static uint64_t vm_mtime(void *ctx)
{
	return vclock_now(&((struct vm *)ctx)->clock);
}

static void vm_env_request_exit(void *owner, enum vm_exit_reason why, int code)
{
	vm_request_exit(owner, why, code);
}

static bool vm_env_is_paused(void *owner)
{
	return vm_is_paused(owner);
}

int vm_disk_decide_format(struct vm_disk *d, bool raw_only, struct error *e)
{
	if (d->format)
		return 0;
	char err[600];
	const struct block_format *f = block_probe(d->path, err, sizeof(err));
	if (!f)
		return err_set(e, ERR_INVALID, "%s", err); /* err names the image */
	if (raw_only && f != &block_format_raw)
		return err_set(
		    e, ERR_INVALID,
		    "%s: no format was recorded for this disk and it now probes as %s, which a "
		    "guest can fake by writing an image header onto a raw disk: give "
		    "format=%s (or format=raw) with the disk if that is what it is",
		    d->path, f->name, f->name);
	d->format = f->name;
	d->format_probed = true;
	return 0;
}

int vm_init(struct vm *vm, const struct vm_config *cfg, struct error *e)
{
	memset(vm, 0, sizeof(*vm));
	vm->cfg = *cfg;
	vm->ncpus = cfg->ncpus;
	pthread_mutex_init(&vm->lock, NULL);
	pthread_mutex_init(&vm->ctl, NULL);
	pthread_cond_init(&vm->cond, NULL);
	pthread_cond_init(&vm->pause_cond, NULL);
	vclock_init(&vm->clock, 0);
	vm->env = (struct machine_env){.bus = &vm->bus,
				       .harts = vm->harts,
				       .ncpus = vm->ncpus,
				       .clock = &vm->clock,
				       .owner = vm,
				       .request_exit = vm_env_request_exit,
				       .is_paused = vm_env_is_paused};
	if (cfg->mem_file) {
		int fd = open(cfg->mem_file, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			vm->bus.ram_fd = -1;
			vm->bus.file_fd = -1;
			return err_errno(e, errno, "memory file %s", cfg->mem_file);
		}
		int rc = bus_init_from_file(&vm->bus, VM_RAM_BASE, cfg->mem_size, fd, e);
		close(fd);
		if (rc < 0)
			return err_prefix(e, "%s", cfg->mem_file);
	} else if (bus_init(&vm->bus, VM_RAM_BASE, cfg->mem_size, e) < 0) {
		return -1;
	}
	for (unsigned k = 0; k < vm->ncpus; k++) {
		struct hart *h = aligned_alloc(64, (sizeof(struct hart) + 63) & ~(size_t)63);
		if (!h || hart_init(h, &vm->bus, k) < 0) {
			free(h);
			return err_set(e, ERR_IO, "vCPU %u: out of memory", k);
		}
		char msg[256];
		if (cfg->cpu_engine == CPU_ENGINE_JIT &&
		    jit_attach_kept(h, cfg->jit_keep ? &cfg->jit_keep[k] : NULL, msg, sizeof(msg)) <
			0) {
			fprintf(stderr, "rvisor: vCPU %u: %s\n", k, msg);
			hart_destroy(h);
			free(h);
			return -1;
		}
		if (cfg->jit_hot)
			jit_set_hot(h, cfg->jit_hot); /* no JIT: nothing */
		h->hooks.mtime = vm_mtime;
		h->hooks.ctx = vm;
		vm->harts[k] = h;
	}
	return 0;
}

void vm_destroy(struct vm *vm)
{
	for (unsigned k = 0; k < vm->ncpus; k++) {
		if (vm->harts[k]) {
			if (vm->cfg.jit_keep)
				jit_keep(vm->harts[k], &vm->cfg.jit_keep[k]);
			hart_destroy(vm->harts[k]);
			free(vm->harts[k]);
			vm->harts[k] = NULL;
		}
	}
	bus_destroy(&vm->bus);
	pthread_mutex_destroy(&vm->lock);
	pthread_mutex_destroy(&vm->ctl);
	pthread_cond_destroy(&vm->cond);
	pthread_cond_destroy(&vm->pause_cond);
}

void vm_request_exit(struct vm *vm, enum vm_exit_reason why, int code)
{
	pthread_mutex_lock(&vm->lock);
	if (vm->exit_reason == VM_EXIT_NONE) {
		vm->exit_reason = why;
		vm->exit_code = code;
	}
	pthread_cond_broadcast(&vm->cond);
	pthread_cond_broadcast(&vm->pause_cond);
	pthread_mutex_unlock(&vm->lock);
	for (unsigned k = 0; k < vm->ncpus; k++)
		hart_request(vm->harts[k], EV_STOP);
}

enum vm_exit_reason vm_exit_requested(struct vm *vm)
{
	pthread_mutex_lock(&vm->lock);
	enum vm_exit_reason why = vm->exit_reason;
	pthread_mutex_unlock(&vm->lock);
	return why;
}

/* A vCPU thread: run the hart; when it stops (EV_STOP) and the VM is
 * paused, park until resumed. hart_run consumes EV_STOP itself, so a stop
 * request that arrives while parked only costs one extra round. */
static void *vcpu_thread(void *arg)
{
	struct hart *h = arg;
	struct vm *vm = h->hooks.ctx;
	unsigned k = (unsigned)h->mhartid;
	if (vm->cfg.nvcpu_pin) {
		/* Its own host CPU: the thread sets its own affinity (its
		 * sandbox filter allows no other); the CPU was checked to be
		 * the process's to use at start (cli/run_limits.c). */
		cpu_set_t one;
		CPU_ZERO(&one);
		CPU_SET(vm->cfg.vcpu_pin[k % vm->cfg.nvcpu_pin], &one);
		(void)sched_setaffinity(0, sizeof(one), &one);
	}
	for (;;) {
		pthread_mutex_lock(&vm->lock);
		if (vm->paused && vm->exit_reason == VM_EXIT_NONE) {
			vm->nparked++;
			vm->parked[k] = true;
			pthread_cond_broadcast(&vm->pause_cond);
			while (vm->paused && vm->exit_reason == VM_EXIT_NONE)
				pthread_cond_wait(&vm->pause_cond, &vm->lock);
			vm->parked[k] = false;
			vm->nparked--;
		}
		bool exiting = vm->exit_reason != VM_EXIT_NONE;
		pthread_mutex_unlock(&vm->lock);
		int why = exiting ? 0 : hart_run(h);
		if (why == HART_EXIT_DEBUG) {
			/* Stopped for the debugger: tell it (unless the hart was
			 * only held back), then wait for the pause it makes, and
			 * park above like every other vCPU. */
			if (h->dbg_stop != DBG_STOP_NONE && vm->debug_stop)
				vm->debug_stop(vm->debug_ctx, k);
			pthread_mutex_lock(&vm->lock);
			while (!vm->paused && vm->exit_reason == VM_EXIT_NONE)
				pthread_cond_wait(&vm->pause_cond, &vm->lock);
			pthread_mutex_unlock(&vm->lock);
			continue;
		}
		if (exiting || why != HART_EXIT_STOP)
			break;
	}
	struct timespec cpu;
	if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0)
		vm->vcpu_cpu_ns[k] = (uint64_t)cpu.tv_sec * 1000000000u + (uint64_t)cpu.tv_nsec;
	return NULL;
}

static int pause_locked(struct vm *vm)
{
	pthread_mutex_lock(&vm->lock);
	if (vm->exit_reason != VM_EXIT_NONE) {
		pthread_mutex_unlock(&vm->lock);
		return -1;
	}
	if (vm->paused) {
		pthread_mutex_unlock(&vm->lock);
		return 0;
	}
	vm->paused = true;
	pthread_cond_broadcast(&vm->pause_cond); /* vCPUs stopped for a debugger wait for this */
	/* Stop every hart that runs; leave an HSM-stopped hart parked inside
	 * hart_run (it executes nothing, and only a running hart could start
	 * it). Making it leave with EV_STOP would open a window where another
	 * hart, not yet stopped, starts it while its thread is out of
	 * hart_run: the start would then never be taken (stale pc). A hart
	 * started during the pause is stopped in a later round. */
	bool stop_sent[VM_MAX_CPUS] = {false};
	while (vm->running && vm->exit_reason == VM_EXIT_NONE) {
		bool all = true;
		for (unsigned k = 0; k < vm->ncpus; k++) {
			struct hart *h = vm->harts[k];
			if (vm->parked[k] || atomic_load(&h->hsm_state) == HSM_STOPPED)
				continue;
			all = false;
			if (!stop_sent[k]) {
				hart_request(h, EV_STOP);
				stop_sent[k] = true;
			}
		}
		if (all)
			break;
		/* Parking signals pause_cond; the timeout re-checks HSM states. */
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 10000000;
		if (ts.tv_nsec >= 1000000000) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000;
		}
		pthread_cond_timedwait(&vm->pause_cond, &vm->lock, &ts);
	}
	/* A hart parked while another started it has its start pending until
	 * it runs again: take it now (its thread is parked), so that a
	 * snapshot of the paused VM holds it started, at its start address. */
	for (unsigned k = 0; k < vm->ncpus; k++)
		if (vm->parked[k])
			hsm_take_start(vm->harts[k]);
	/* Every vCPU is parked: freeze guest time where it is. Other threads
	 * (devices) may read the clock: publish with atomic stores. */
	__atomic_store_n(&vm->clock.paused_at, (int64_t)vclock_now(&vm->clock), __ATOMIC_SEQ_CST);
	int rc = vm->exit_reason == VM_EXIT_NONE ? 0 : -1;
	pthread_mutex_unlock(&vm->lock);
	/* Devices too: virtio stops touching guest RAM and disks (the request
	 * in flight completes first, or stops at the end of its current 1 MiB
	 * slice and goes back to the ring; later kicks wait for the resume). */
	if (vm->board)
		virtio_mmio_freeze_all(vm->board, true);
	return rc;
}

int vm_pause(struct vm *vm)
{
	pthread_mutex_lock(&vm->ctl);
	int rc = pause_locked(vm);
	pthread_mutex_unlock(&vm->ctl);
	return rc;
}

static int resume_locked(struct vm *vm)
{
	pthread_mutex_lock(&vm->lock);
	if (vm->exit_reason != VM_EXIT_NONE) {
		pthread_mutex_unlock(&vm->lock);
		return -1;
	}
	if (vm->paused) {
		if (vm->board)
			virtio_mmio_freeze_all(vm->board, false);
		/* Guest time continues from the frozen value. */
		int64_t at = vm->clock.paused_at;
		if (at >= 0) {
			__atomic_store_n(&vm->clock.offset, at - (int64_t)vclock_host_ticks(),
					 __ATOMIC_SEQ_CST);
			__atomic_store_n(&vm->clock.paused_at, (int64_t)-1, __ATOMIC_SEQ_CST);
		}
		vm->paused = false;
		pthread_cond_broadcast(&vm->pause_cond);
	}
	pthread_mutex_unlock(&vm->lock);
	return 0;
}

int vm_resume(struct vm *vm)
{
	pthread_mutex_lock(&vm->ctl);
	int rc = vm->pause_held ? -2 : resume_locked(vm);
	pthread_mutex_unlock(&vm->ctl);
	return rc;
}

int vm_pause_hold(struct vm *vm, bool *was_paused)
{
	pthread_mutex_lock(&vm->ctl);
	*was_paused = vm_is_paused(vm);
	int rc = pause_locked(vm);
	if (rc == 0)
		vm->pause_held = true;
	pthread_mutex_unlock(&vm->ctl);
	return rc;
}

void vm_pause_release(struct vm *vm)
{
	pthread_mutex_lock(&vm->ctl);
	vm->pause_held = false;
	pthread_mutex_unlock(&vm->ctl);
}

void vm_with_paused(struct vm *vm, void (*fn)(void *arg), void *arg)
{
	pthread_mutex_lock(&vm->ctl);
	bool was = vm_is_paused(vm);
	if (!was)
		pause_locked(vm);
	fn(arg);
	if (!was)
		resume_locked(vm);
	pthread_mutex_unlock(&vm->ctl);
}

bool vm_is_paused(struct vm *vm)
{
	pthread_mutex_lock(&vm->lock);
	bool p = vm->paused;
	pthread_mutex_unlock(&vm->lock);
	return p;
}

uint64_t vm_instret(struct vm *vm)
{
	uint64_t n = 0;
	for (unsigned k = 0; k < vm->ncpus; k++)
		n += __atomic_load_n(&vm->harts[k]->instret, __ATOMIC_RELAXED);
	return n;
}

enum vm_exit_reason vm_run(struct vm *vm, struct error *e)
{
	pthread_mutex_lock(&vm->lock);
	vm->running = true;
	clock_gettime(CLOCK_MONOTONIC, &vm->started);
	pthread_mutex_unlock(&vm->lock);
	/* RAM mapped from a memory file: guard it against changes to the file. */
	struct memguard guard;
	memguard_start(&guard, vm);
	for (unsigned k = 0; k < vm->ncpus; k++) {
		int rc = thread_spawn(&vm->threads[k], vcpu_thread, vm->harts[k], "vcpu%u", k);
		if (rc != 0) {
			err_errno(e, rc, "cannot start the thread of vCPU %u", k);
			vm_request_exit(vm, VM_EXIT_ERROR, 1);
			for (unsigned j = 0; j < k; j++)
				pthread_join(vm->threads[j], NULL);
			memguard_stop(&guard);
			return VM_EXIT_ERROR;
		}
	}
	if (vm->threads_started)
		vm->threads_started(vm->threads_started_arg);
	struct timespec deadline;
	clock_gettime(CLOCK_REALTIME, &deadline);
	if (vm->cfg.timeout > 0) {
		double whole = (double)(time_t)vm->cfg.timeout;
		deadline.tv_sec += (time_t)vm->cfg.timeout;
		deadline.tv_nsec += (long)((vm->cfg.timeout - whole) * 1e9);
		if (deadline.tv_nsec >= 1000000000) {
			deadline.tv_sec++;
			deadline.tv_nsec -= 1000000000;
		}
	}
	pthread_mutex_lock(&vm->lock);
	while (vm->exit_reason == VM_EXIT_NONE) {
		if (vm->cfg.timeout > 0) {
			if (pthread_cond_timedwait(&vm->cond, &vm->lock, &deadline) == ETIMEDOUT &&
			    vm->exit_reason == VM_EXIT_NONE) {
				vm->exit_reason = VM_EXIT_TIMEOUT;
				vm->exit_code = 124;
			}
		} else {
			pthread_cond_wait(&vm->cond, &vm->lock);
		}
	}
	enum vm_exit_reason why = vm->exit_reason;
	pthread_cond_broadcast(&vm->pause_cond); /* parked vCPUs: exit (e.g. timeout) */
	pthread_mutex_unlock(&vm->lock);
	for (unsigned k = 0; k < vm->ncpus; k++)
		hart_request(vm->harts[k], EV_STOP);
	for (unsigned k = 0; k < vm->ncpus; k++)
		pthread_join(vm->threads[k], NULL);
	memguard_stop(&guard);
	pthread_mutex_lock(&vm->lock);
	vm->running = false;
	pthread_mutex_unlock(&vm->lock);
	return why;
}
