/* Boot loaders: Linux Image / ELF kernels, initrd, device tree placement,
 * and the raw or ELF firmware of the --firmware path. */
#ifndef RVISOR_MACHINE_LOADER_H
#define RVISOR_MACHINE_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mem/bus.h"
#include "util/error.h"

struct htif;
struct machine_env;

struct kernel_image {
	uint64_t entry;	     /* physical entry point */
	uint64_t load_start; /* physical extent occupied (incl. bss) */
	uint64_t load_end;
	const char *format; /* "Image", "ELF" or "raw" */
};

/* Load a RISC-V Linux kernel (Image format per the Linux boot protocol, or
 * an ELF kernel); a gzip file is refused by name. `default_base` is where an Image goes when no
 * firmware dictates (RAM base; the Image's text_offset is added). On error returns -1 and a message
 * in err (the caller adds the file name). */
int load_kernel(struct bus *bus, const uint8_t *buf, size_t len, uint64_t default_base,
		struct kernel_image *k, char *err, size_t errlen);

/* The same, reading the open file fd (with pread, from offset 0): a
 * RISC-V Image is read straight into guest RAM (no intermediate copy);
 * other files go through load_kernel. With raw_ok, a file that is
 * neither is a raw S-mode binary such as S-mode U-Boot's u-boot.bin,
 * loaded at default_base + 2 MiB (where QEMU loads a raw -kernel) and
 * entered at its first byte (format "raw"). */
int load_kernel_file(struct bus *bus, int fd, uint64_t default_base, bool raw_ok,
		     struct kernel_image *k, char *err, size_t errlen);

/* The highest `align`-aligned address below `limit` where `len` bytes of
 * RAM fit above `floor`, or 0 when they do not. */
uint64_t place_below(struct bus *bus, uint64_t len, uint64_t floor, uint64_t limit, uint64_t align);

/* Firmware in the open file fd (path for messages): an ELF (loaded by its segments; *htif set up
 * when it has a tohost symbol) or a raw binary (OpenSBI's fw_jump.bin) at the RAM base. Sets
 * *entry. Returns 0, or -1 with e naming the file and reason. */
int load_firmware_file(const struct machine_env *env, int fd, const char *path, struct htif *htif,
		       uint64_t *entry, struct error *e);

/* OpenSBI's fw_dynamic_info at `at` (what fw_dynamic.bin reads from a2,
 * as QEMU passes it): jump to next_addr in S-mode, boot hart 0. Firmware
 * that does not read a2 (fw_jump) ignores it. False when `at` is not RAM. */
bool fw_dynamic_info_write(struct bus *bus, uint64_t at, uint64_t next_addr);

/* The initrd in the open file fd (path for messages), read into the highest page below limit where
 * it fits above floor: [*start, *end). Returns 0, or -1 with e set. */
int load_initrd_file(struct bus *bus, int fd, const char *path, uint64_t floor, uint64_t limit,
		     uint64_t *start, uint64_t *end, struct error *e);

/* A VM's boot files, opened once and read again (pread) at every boot, so
 * a guest reboot opens nothing: the kernel, initrd and firmware (read
 * only; -1 when not given) and the file the device tree is dumped to
 * (rewritten at each boot). Descriptors rather than copies: an initrd can
 * be tens of MiB, and a kernel Image is read straight into guest RAM. */
struct boot_files {
	bool open; /* false: nothing opened yet (a zeroed struct) */
	int kernel, initrd, firmware, dtb_out;
};
/* Open the files that are not NULL. Returns 0, or -1 with e naming the
 * file ("kernel PATH: reason") and nothing left open. */
int boot_files_open(struct boot_files *bf, const char *kernel, const char *initrd,
		    const char *firmware, const char *dtb_out, struct error *e);
/* Close what is open (a zeroed or closed struct is fine). */
void boot_files_close(struct boot_files *bf);

#endif
