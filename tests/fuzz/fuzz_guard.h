/* Guest RAM between two inaccessible regions, for the fuzz targets that
 * drive devices over it: an access past either end of guest RAM faults at
 * once instead of reading or writing whatever the heap holds there. */
#ifndef RVISOR_FUZZ_GUARD_H
#define RVISOR_FUZZ_GUARD_H
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "mem/bus.h"

#define FUZZ_GUARD_BYTES (1ULL << 20)

/* Move bus->ram (its mapping, contents kept) between two PROT_NONE
 * regions of FUZZ_GUARD_BYTES. Aborts when it cannot. */
static inline void fuzz_guard_ram(struct bus *bus)
{
	uint8_t *area = mmap(NULL, bus->ram_size + 2 * FUZZ_GUARD_BYTES, PROT_NONE,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	void *moved = area == MAP_FAILED
			  ? MAP_FAILED
			  : mremap(bus->ram, bus->ram_size, bus->ram_size,
				   MREMAP_MAYMOVE | MREMAP_FIXED, area + FUZZ_GUARD_BYTES);
	if (moved == MAP_FAILED) {
		perror("fuzz: cannot put guest RAM between guards");
		abort();
	}
	bus->ram = moved;
}
#endif
