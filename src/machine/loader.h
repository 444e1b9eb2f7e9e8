/* Boot loaders: Linux Image / ELF kernels, initrd, device tree placement,
 * and the raw or ELF firmware of the --firmware path. */
#ifndef RVISOR_MACHINE_LOADER_H
#define RVISOR_MACHINE_LOADER_H

#include <stddef.h>
#include <stdint.h>

#include "mem/bus.h"

struct kernel_image {
	uint64_t entry;      /* physical entry point */
	uint64_t load_start; /* physical extent occupied (incl. bss) */
	uint64_t load_end;
	const char *format;  /* "Image" or "ELF" */
};

/* Load a RISC-V Linux kernel (Image format per the Linux boot protocol, or
 * an ELF kernel). `default_base` is where an Image goes when no firmware
 * dictates (RAM base; the Image's text_offset is added). On error returns
 * -1 and a message in err (the caller adds the file name). */
int load_kernel(struct bus *bus, const uint8_t *buf, size_t len, uint64_t default_base,
		struct kernel_image *k, char *err, size_t errlen);

/* Place `len` bytes at the highest 4 KiB-aligned address below `limit`
 * that stays above `floor`. Returns the address or 0 when it does not fit. */
uint64_t place_below(struct bus *bus, const void *data, size_t len, uint64_t floor, uint64_t limit,
		     uint64_t align);

#endif
