/* VM lifecycle: one host thread per vCPU, an exit protocol, a timeout. */
#include "vmm/vm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t vm_mtime(void *ctx)
{
	return vclock_now(&((struct vm *)ctx)->clock);
}

int vm_init(struct vm *vm, const struct vm_config *cfg)
{
	memset(vm, 0, sizeof(*vm));
	vm->cfg = *cfg;
	vm->ncpus = cfg->ncpus;
	pthread_mutex_init(&vm->lock, NULL);
	pthread_cond_init(&vm->cond, NULL);
	vclock_init(&vm->clock, 0);
	if (bus_init(&vm->bus, VM_RAM_BASE, cfg->mem_size) < 0)
		return -1;
	for (unsigned k = 0; k < vm->ncpus; k++) {
		struct hart *h = aligned_alloc(64, (sizeof(struct hart) + 63) & ~(size_t)63);
		if (!h || hart_init(h, &vm->bus, k) < 0) {
			fprintf(stderr, "rvisor: cannot allocate vCPU %u\n", k);
			free(h);
			return -1;
		}
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
			hart_destroy(vm->harts[k]);
			free(vm->harts[k]);
			vm->harts[k] = NULL;
		}
	}
	bus_destroy(&vm->bus);
	pthread_mutex_destroy(&vm->lock);
	pthread_cond_destroy(&vm->cond);
}

void vm_request_exit(struct vm *vm, enum vm_exit_reason why, int code)
{
	pthread_mutex_lock(&vm->lock);
	if (vm->exit_reason == VM_EXIT_NONE) {
		vm->exit_reason = why;
		vm->exit_code = code;
	}
	pthread_cond_broadcast(&vm->cond);
	pthread_mutex_unlock(&vm->lock);
	for (unsigned k = 0; k < vm->ncpus; k++)
		hart_request(vm->harts[k], EV_STOP);
}

static void *vcpu_thread(void *arg)
{
	struct hart *h = arg;
	hart_run(h);
	return NULL;
}

enum vm_exit_reason vm_run(struct vm *vm)
{
	for (unsigned k = 0; k < vm->ncpus; k++) {
		if (pthread_create(&vm->threads[k], NULL, vcpu_thread, vm->harts[k]) != 0) {
			fprintf(stderr, "rvisor: cannot start vCPU thread %u\n", k);
			vm_request_exit(vm, VM_EXIT_ERROR, 1);
			for (unsigned j = 0; j < k; j++)
				pthread_join(vm->threads[j], NULL);
			return VM_EXIT_ERROR;
		}
	}
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
	pthread_mutex_unlock(&vm->lock);
	for (unsigned k = 0; k < vm->ncpus; k++)
		hart_request(vm->harts[k], EV_STOP);
	for (unsigned k = 0; k < vm->ncpus; k++)
		pthread_join(vm->threads[k], NULL);
	return why;
}
