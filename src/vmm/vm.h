/* A virtual machine: guest RAM and devices on a bus, vCPU threads, clock,
 * and the exit protocol (guest poweroff, test-mode exit, timeout, signal). */
#ifndef RVISOR_VMM_VM_H
#define RVISOR_VMM_VM_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "cpu/hart.h"
#include "mem/bus.h"
#include "util/error.h"
#include "virtio/devices.h"
#include "machine/env.h"
#include "machine/vclock.h"

struct board;
struct migrate_out;
struct postcopy_in;

#define VM_MAX_CPUS MACHINE_MAX_CPUS
#define VM_RAM_BASE 0x80000000ULL
#define VM_MAX_DISKS 8

#define VM_MAX_DEVICES 16

struct vm_config {
	const char *kernel, *initrd, *append, *firmware, *dtb_out;
	/* The kernel may be a raw S-mode binary (--uboot: S-mode U-Boot),
	 * loaded at RAM + 2 MiB. Not recorded in snapshots. */
	bool kernel_raw;
	uint64_t mem_size;
	unsigned ncpus;
	int cpu_engine; /* enum cpu_engine (cpu/jit/jit.h): not part of the VM's state */
	/* Run-loop entries before the JIT translates a block (1..JIT_HOT_MAX;
	 * 0: the engine's default). A testing aid (RVISOR_JIT_HOT): 1 makes
	 * short test programs run translated. Not part of the VM's state. */
	unsigned jit_hot;
	/* JIT code caches kept across guest reboots (VM_MAX_CPUS entries, owned
	 * by the lifecycle; NULL: none): taken by vm_init, given back by
	 * vm_destroy. Not part of the VM's state. */
	struct jit **jit_keep;
	double timeout; /* seconds; 0 = none */
	/* The disks (the disk kind, kept typed: virtio/devices.h), in the
	 * first slots. */
	struct vm_disk disks[VM_MAX_DISKS];
	unsigned ndisks;
	/* The other virtio devices, in the slots after the disks. */
	struct vm_device devices[VM_MAX_DEVICES];
	unsigned ndevices;
	/* Restore (rvisor run --restore): guest RAM is the memory file mapped
	 * MAP_PRIVATE (lazy, copy-on-write) instead of a fresh memfd. */
	const char *mem_file;
	/* vCPU k runs on host CPU vcpu_pin[k % nvcpu_pin] (--cpu-pin vcpus=);
	 * nvcpu_pin 0: where the process may. Not part of the VM's state. */
	unsigned vcpu_pin[VM_MAX_CPUS];
	unsigned nvcpu_pin;
};

struct vm {
	struct vm_config cfg;
	struct bus bus;
	struct hart *harts[VM_MAX_CPUS];
	unsigned ncpus;
	pthread_t threads[VM_MAX_CPUS];
	/* Each vCPU thread's CPU time (ns) when it ended: what a guest's
	 * instructions cost the host, apart from the process's start and
	 * other threads (--stats; bench/sandbox.py). */
	uint64_t vcpu_cpu_ns[VM_MAX_CPUS];
	struct vclock clock;
	/* What the board and devices see of this VM (machine/env.h). */
	struct machine_env env;

	pthread_mutex_t lock;
	/* Serializes vm_pause, vm_resume and vm_with_paused (held around them,
	 * outside lock, which pausing waits on). */
	pthread_mutex_t ctl;
	pthread_cond_t cond;
	enum vm_exit_reason exit_reason; /* under lock */
	int exit_code;

	/* Pause/resume (under lock): vCPU threads park at an instruction
	 * boundary while paused; nparked counts the parked ones, parked[k]
	 * says whether hart k's thread is parked. */
	bool paused;
	unsigned nparked;
	bool parked[VM_MAX_CPUS];
	pthread_cond_t pause_cond; /* signalled on pause/resume/exit and parking */
	bool running;		   /* vm_run's vCPU threads exist */
	struct timespec started;   /* host CLOCK_MONOTONIC at vm_run */
	/* The board (for snapshots), set by whoever builds the machine. */
	struct board *board;
	/* Snapshot lineage (vmm/snapshot.c): a full snapshot starts one with a
	 * random id and seq 0; each diff on top of it takes seq + 1. Restore
	 * uses it to refuse a diff chain that does not belong together. */
	uint8_t lineage_id[16];
	uint32_t lineage_seq;
	/* Live migration (vmm/migrate_out.c): the outgoing migration's state
	 * (kept after it ends, for its status), whether one is in progress
	 * (it owns the dirty log: snapshots are refused), and (under ctl)
	 * whether it holds the VM paused for its switch-over (vm_resume is
	 * refused then). */
	struct migrate_out *migration;
	atomic_bool migrating;
	/* The destination of a post-copy (vmm/postcopy.c), for its status;
	 * NULL elsewhere. */
	struct postcopy_in *postcopy_in;
	bool pause_held;
	/* A debugger (vmm/gdbstub.c), or NULL: called from a vCPU thread
	 * when its hart stops at a breakpoint or after a step; the debugger
	 * then pauses the VM, and the thread waits for that pause. */
	void (*debug_stop)(void *ctx, unsigned hart);
	void *debug_ctx;
	/* Called once by vm_run, on its thread, when every vCPU thread has
	 * been spawned (an incoming migration's switch-over: its vCPU
	 * threads wait parked, the VM paused, while it reads GO); NULL:
	 * none. */
	void (*threads_started)(void *arg);
	void *threads_started_arg;
	/* Counters for monitoring (docs/monitoring.md): snapshots written and
	 * outgoing migrations started by this process. */
	_Atomic uint64_t snapshots_taken, migrations_started;
};

/* Decide a disk's format once, before the VM is first built: a disk without
 * one is probed and the result is stored in d (format_probed set), so every
 * later open (guest reboots, and restores of the VM's snapshots, which
 * record it) uses that format, whatever the guest writes to the image
 * meanwhile; a probed-raw disk also keeps the probe guard (block.h).
 * raw_only refuses a probe result other than raw (a disk recorded without
 * a format by an older rvisor: a guest may have made it look like one).
 * Returns 0 (at once when d has a format), or -1 with e set. */
int vm_disk_decide_format(struct vm_disk *d, bool raw_only, struct error *e);

/* Returns 0, or -1 with e set (call vm_destroy in both cases). */
int vm_init(struct vm *vm, const struct vm_config *cfg, struct error *e);
void vm_destroy(struct vm *vm);
/* Start every hart whose run flag is set and wait for an exit. Returns the
 * exit reason; vm->exit_code holds the status for the process. e is set
 * when the VM could not run (VM_EXIT_ERROR: a vCPU thread did not start). */
enum vm_exit_reason vm_run(struct vm *vm, struct error *e);
/* Ask the VM to stop (any thread). The first request wins. */
void vm_request_exit(struct vm *vm, enum vm_exit_reason why, int code);

/* Pause: every vCPU stops at an instruction boundary and the guest clock
 * stops. Returns once every vCPU thread has parked (at once when vm_run has
 * not started: the threads then park before running anything). Resume
 * continues the clock from where it stopped. Both are idempotent and safe
 * from any thread other than a vCPU thread; they return 0, or -1 when the
 * VM is exiting. */
int vm_pause(struct vm *vm);
/* Returns -2 (and does nothing) while a migration holds the VM paused. */
int vm_resume(struct vm *vm);
/* The exit asked for (vm_request_exit, a device, the timeout) that vm_run
 * has not finished yet: VM_EXIT_NONE while the VM runs. Why vm_pause or
 * vm_resume returned -1. */
enum vm_exit_reason vm_exit_requested(struct vm *vm);
/* A migration's switch-over: pause the VM and refuse vm_resume until
 * vm_pause_release (which leaves the VM paused). Returns vm_pause's
 * result; whether the VM was already paused goes to *was_paused. */
int vm_pause_hold(struct vm *vm, bool *was_paused);
void vm_pause_release(struct vm *vm);
bool vm_is_paused(struct vm *vm);
/* Run fn(arg) with the VM paused (every vCPU parked, every device frozen),
 * then leave it paused or running as it was: for work that must not race
 * guest RAM writes (vmm/memguard.c), invisible to the pause state users
 * set. fn runs even when the VM is exiting (then maybe not paused). */
void vm_with_paused(struct vm *vm, void (*fn)(void *arg), void *arg);
/* Instructions retired by all harts (exact while paused). */
uint64_t vm_instret(struct vm *vm);

#endif
