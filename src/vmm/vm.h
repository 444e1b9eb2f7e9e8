/* A virtual machine: guest RAM and devices on a bus, vCPU threads, clock,
 * and the exit protocol (guest poweroff, test-mode exit, timeout, signal). */
#ifndef RVISOR_VMM_VM_H
#define RVISOR_VMM_VM_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "cpu/hart.h"
#include "mem/bus.h"
#include "vmm/vclock.h"

#define VM_MAX_CPUS 8
#define VM_RAM_BASE 0x80000000ULL

struct vm_config {
	const char *kernel, *initrd, *append, *firmware, *dtb_out;
	uint64_t mem_size;
	unsigned ncpus;
	double timeout; /* seconds; 0 = none */
};

/* Why the VM stopped; vm_run() returns the process exit status. */
enum vm_exit_reason { VM_EXIT_NONE, VM_EXIT_POWEROFF, VM_EXIT_REBOOT, VM_EXIT_TEST, VM_EXIT_TIMEOUT,
		      VM_EXIT_SIGNAL, VM_EXIT_ERROR };

struct vm {
	struct vm_config cfg;
	struct bus bus;
	struct hart *harts[VM_MAX_CPUS];
	unsigned ncpus;
	pthread_t threads[VM_MAX_CPUS];
	struct vclock clock;

	pthread_mutex_t lock;
	pthread_cond_t cond;
	enum vm_exit_reason exit_reason; /* under lock */
	int exit_code;
};

int vm_init(struct vm *vm, const struct vm_config *cfg);
void vm_destroy(struct vm *vm);
/* Start every hart whose run flag is set and wait for an exit. Returns the
 * exit reason; vm->exit_code holds the status for the process. */
enum vm_exit_reason vm_run(struct vm *vm);
/* Ask the VM to stop (any thread). The first request wins. */
void vm_request_exit(struct vm *vm, enum vm_exit_reason why, int code);

#endif
