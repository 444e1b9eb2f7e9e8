/* A bare VM for device unit tests (RAM, harts, no board unless the test
 * creates one), and checked MMIO accessors. Include after check.h. */
#ifndef RVISOR_TEST_VMFIXTURE_H
#define RVISOR_TEST_VMFIXTURE_H
#include <stdlib.h>

#include "mem/bus.h"
#include "vmm/vm.h"

/* mem_file: RAM mapped from that file (NULL: anonymous). */
static inline struct vm *new_vm_file(unsigned ncpus, const char *mem_file)
{
	struct vm *vm = calloc(1, sizeof(*vm));
	struct vm_config cfg = {.mem_size = 64ULL << 20, .ncpus = ncpus, .mem_file = mem_file};
	if (!vm || vm_init(vm, &cfg, NULL) < 0)
		abort();
	return vm;
}

static inline struct vm *new_vm(unsigned ncpus)
{
	return new_vm_file(ncpus, NULL);
}

static inline void free_vm(struct vm *vm)
{
	vm_destroy(vm);
	free(vm);
}

/* MMIO read/write of `size` bytes; a refused access is a failed check. */
static inline uint64_t bus_rd(struct vm *vm, uint64_t pa, unsigned size)
{
	uint64_t v = 0xdeadbeef;
	CHECK(bus_read(&vm->bus, pa, size, &v));
	return v;
}

static inline void bus_wr(struct vm *vm, uint64_t pa, unsigned size, uint64_t v)
{
	CHECK(bus_write(&vm->bus, pa, size, v));
}
#endif
