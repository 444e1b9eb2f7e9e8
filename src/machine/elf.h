/* ELF64 RISC-V loader: PT_LOAD segments into guest RAM, symbol lookup. */
#ifndef RVISOR_MACHINE_ELF_H
#define RVISOR_MACHINE_ELF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mem/bus.h"

struct elf_image {
	uint64_t entry;
	uint64_t lowest, highest; /* physical extent of the loaded segments */
	bool has_tohost, has_fromhost;
	uint64_t tohost, fromhost;
};

/* True when buf starts like an ELF file. */
bool elf_is_elf(const uint8_t *buf, size_t len);
/* Load a whole ELF file held in memory. On error returns -1 with a message
 * (without the file name) in err. */
int elf_load(struct bus *bus, const uint8_t *buf, size_t len, struct elf_image *img, char *err,
	     size_t errlen);

#endif
