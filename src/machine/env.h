/* The narrow context the board and its devices get instead of the VM
 * (DESIGN.md: "a device sees a narrow context ... never the VM"): guest
 * memory, the harts' interrupt inputs, the guest clock, and a way to ask
 * the machine's owner to stop it. vmm/ fills one in for each VM; a unit
 * test can fill one in without a VM. */
#ifndef RVISOR_MACHINE_ENV_H
#define RVISOR_MACHINE_ENV_H

#include <stdbool.h>

#include "machine/vclock.h"

struct bus;
struct hart;

/* The board has room for this many harts (PLIC contexts, CLINT, FDT). */
#define MACHINE_MAX_CPUS 8

/* Why a machine stops (a device asks with env_request_exit; the VM's run
 * loop returns it). */
enum vm_exit_reason {
	VM_EXIT_NONE,
	VM_EXIT_POWEROFF,
	VM_EXIT_REBOOT,
	VM_EXIT_TEST,
	VM_EXIT_TIMEOUT,
	VM_EXIT_SIGNAL,
	VM_EXIT_ERROR,
	VM_EXIT_MIGRATED /* the VM now runs at a migration's destination */
};

struct machine_env {
	struct bus *bus;	   /* guest physical address space, RAM, dirty log */
	struct hart *const *harts; /* [ncpus]: interrupt lines and HSM of each vCPU */
	unsigned ncpus;
	struct vclock *clock; /* guest time (mtime) */
	/* The machine's owner (a struct vm): the first exit request wins. */
	void *owner;
	void (*request_exit)(void *owner, enum vm_exit_reason why, int code);
	bool (*is_paused)(void *owner);
};

static inline void env_request_exit(const struct machine_env *env, enum vm_exit_reason why,
				    int code)
{
	if (env->request_exit)
		env->request_exit(env->owner, why, code);
}

static inline bool env_is_paused(const struct machine_env *env)
{
	return env->is_paused && env->is_paused(env->owner);
}

#endif
