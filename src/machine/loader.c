/* Boot loaders: the Linux RISC-V Image header and ELF kernels, the initrd,
 * and raw or ELF firmware. */
#include "machine/loader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "machine/elf.h"
#include "machine/env.h"
#include "machine/htif.h"
#include "util/file.h"

/* Linux RISC-V Image header (Documentation/riscv/boot-image-header.rst). */
struct riscv_image_header {
	uint32_t code0, code1;
	uint64_t text_offset, image_size, flags;
	uint32_t version, res1;
	uint64_t res2;
	uint64_t magic;	 /* "RISCV\0\0\0", deprecated */
	uint32_t magic2; /* "RSC\x05" */
	uint32_t res3;
};

#define IMAGE_MAGIC2 0x05435352u	  /* "RSC\x05" little-endian */
#define IMAGE_MAGIC 0x0000005643534952ULL /* "RISCV\0\0\0" */
#define RAW_KERNEL_OFFSET (2ULL << 20)

/* Parse an Image header: where it goes and how much RAM it occupies. */
static int image_layout(const uint8_t *buf, size_t len, uint64_t default_base, bool raw_ok,
			uint64_t *base, uint64_t *size, bool *raw, char *err, size_t errlen)
{
	struct riscv_image_header h;
	if (len < sizeof(h)) {
		snprintf(err, errlen, "too small to be a kernel (%zu bytes)", len);
		return -1;
	}
	memcpy(&h, buf, sizeof(h));
	if (buf[0] == 0x1f && buf[1] == 0x8b) {
		snprintf(err, errlen,
			 "gzip-compressed; give the uncompressed Image (gunzip it first)");
		return -1;
	}
	if (h.magic2 != IMAGE_MAGIC2 && h.magic != IMAGE_MAGIC && !raw_ok) {
		snprintf(err, errlen,
			 "neither a RISC-V Linux Image (no RSC\\x05 magic) nor an ELF file");
		return -1;
	}
	if (h.magic2 != IMAGE_MAGIC2 && h.magic != IMAGE_MAGIC) {
		/* A raw S-mode binary (S-mode U-Boot's u-boot.bin): loaded where
		 * QEMU loads a raw -kernel, RAM base + 2 MiB, entered at its
		 * first byte. */
		*size = len;
		*base = default_base + RAW_KERNEL_OFFSET;
		*raw = true;
		return 0;
	}
	*raw = false;
	if (h.text_offset & (PAGE_SIZE - 1)) {
		snprintf(err, errlen, "Image text_offset %#llx is not page aligned",
			 (unsigned long long)h.text_offset);
		return -1;
	}
	*size = h.image_size > len ? h.image_size : len;
	*base = default_base + h.text_offset;
	return 0;
}

static int image_fits(struct bus *bus, uint64_t base, uint64_t size, char *err, size_t errlen)
{
	if (bus_is_ram(bus, base, size))
		return 0;
	snprintf(err, errlen, "kernel needs %llu MiB at %#llx: more than guest RAM holds",
		 (unsigned long long)((size + (1 << 20) - 1) >> 20), (unsigned long long)base);
	return -1;
}

int load_kernel_file(struct bus *bus, int fd, uint64_t default_base, bool raw_ok,
		     struct kernel_image *k, char *err, size_t errlen)
{
	uint8_t head[sizeof(struct riscv_image_header)];
	long long len = file_size_fd(fd);
	if (len < 0) {
		snprintf(err, errlen, "%s", strerror(errno));
		return -1;
	}
	memset(k, 0, sizeof(*k));
	size_t hl = len < (long long)sizeof(head) ? (size_t)len : sizeof(head);
	if (file_read_into_fd(fd, head, hl) < 0) {
		snprintf(err, errlen, "%s", strerror(errno));
		return -1;
	}
	if (!elf_is_elf(head, hl)) {
		uint64_t base, size;
		bool raw;
		if (image_layout(head, (size_t)len, default_base, raw_ok, &base, &size, &raw, err,
				 errlen) < 0 ||
		    image_fits(bus, base, size, err, errlen) < 0)
			return -1;
		if (file_read_into_fd(fd, bus_ram_ptr(bus, base, (uint64_t)len), (size_t)len) < 0) {
			snprintf(err, errlen, "%s", strerror(errno));
			return -1;
		}
		bus_note_write(bus, base, (uint64_t)len);
		k->entry = k->load_start = base;
		k->load_end = base + size;
		k->format = raw ? "raw" : "Image";
		return 0;
	}
	size_t n;
	uint8_t *buf = file_read_all_fd(fd, &n);
	if (!buf) {
		snprintf(err, errlen, "%s", strerror(errno));
		return -1;
	}
	int rc = load_kernel(bus, buf, n, default_base, k, err, errlen);
	free(buf);
	return rc;
}

int load_kernel(struct bus *bus, const uint8_t *buf, size_t len, uint64_t default_base,
		struct kernel_image *k, char *err, size_t errlen)
{
	memset(k, 0, sizeof(*k));
	if (elf_is_elf(buf, len)) {
		struct elf_image img;
		if (elf_load(bus, buf, len, &img, err, errlen) < 0)
			return -1;
		k->entry = img.entry; /* elf_load maps a virtual entry to its physical address */
		if (!bus_is_ram(bus, k->entry, 4)) {
			snprintf(err, errlen, "ELF entry %#llx is not in guest RAM",
				 (unsigned long long)img.entry);
			return -1;
		}
		k->load_start = img.lowest;
		k->load_end = img.highest;
		k->format = "ELF";
		return 0;
	}
	uint64_t base, size;
	bool raw;
	if (image_layout(buf, len, default_base, false, &base, &size, &raw, err, errlen) < 0 ||
	    image_fits(bus, base, size, err, errlen) < 0)
		return -1;
	bus_copy_to_guest(bus, base, buf, len);
	k->entry = base;
	k->load_start = base;
	k->load_end = base + size;
	k->format = raw ? "raw" : "Image";
	return 0;
}

uint64_t place_below(struct bus *bus, uint64_t len, uint64_t floor, uint64_t limit, uint64_t align)
{
	if (len > limit || limit - len < floor)
		return 0;
	uint64_t addr = (limit - len) & ~(align - 1);
	if (addr < floor || !bus_is_ram(bus, addr, len))
		return 0;
	return addr;
}

int load_firmware_file(const struct machine_env *env, int fd, const char *path, struct htif *htif,
		       uint64_t *entry, struct error *e)
{
	struct bus *bus = env->bus;
	size_t len;
	uint8_t *buf = file_read_all_fd(fd, &len);
	if (!buf)
		return err_errno(e, errno, "firmware %s", path);
	char err[256];
	int rc = 0;
	if (elf_is_elf(buf, len)) {
		struct elf_image img;
		if (elf_load(bus, buf, len, &img, err, sizeof(err)) < 0) {
			rc = err_set(e, ERR_INVALID, "firmware %s: %s", path, err);
		} else {
			*entry = img.entry;
			if (img.has_tohost &&
			    htif_init(htif, env, img.tohost, img.fromhost, img.has_fromhost) < 0)
				rc = err_set(e, ERR_INVALID,
					     "firmware %s: cannot map tohost at %#llx", path,
					     (unsigned long long)img.tohost);
		}
	} else if (len == 0 || !bus_copy_to_guest(bus, bus->ram_base, buf, len)) {
		rc = err_set(e, ERR_INVALID, "firmware %s: %s", path,
			     len ? "larger than guest RAM" : "empty file");
	} else {
		*entry = bus->ram_base;
	}
	free(buf);
	return rc;
}

int load_initrd_file(struct bus *bus, int fd, const char *path, uint64_t floor, uint64_t limit,
		     uint64_t *start, uint64_t *end, struct error *e)
{
	long long len = file_size_fd(fd);
	if (len < 0)
		return err_errno(e, errno, "initrd %s", path);
	uint64_t at = place_below(bus, (uint64_t)len, floor, limit, PAGE_SIZE);
	if (!at)
		return err_set(e, ERR_INVALID,
			       "initrd %s (%lld bytes) does not fit in guest RAM next to the "
			       "kernel; give the guest more memory",
			       path, len);
	if (file_read_into_fd(fd, bus_ram_ptr(bus, at, (uint64_t)len), (size_t)len) < 0)
		return err_errno(e, errno, "initrd %s", path);
	bus_note_write(bus, at, (uint64_t)len);
	*start = at;
	*end = at + (uint64_t)len;
	return 0;
}

bool fw_dynamic_info_write(struct bus *bus, uint64_t at, uint64_t next_addr)
{
	/* OpenSBI's struct fw_dynamic_info (include/sbi/fw_dynamic.h),
	 * version 2: magic "OSBI", version, next stage address and mode
	 * (1 = S), options, preferred boot hart. */
	const uint64_t info[6] = {0x4942534f, 2, next_addr, 1, 0, 0};
	return bus_copy_to_guest(bus, at, info, sizeof(info));
}

/* Open path (when not NULL) into *fd; a file to read must be a regular
 * file, so a FIFO or a directory is refused here, not half-way through a
 * boot. */
static int open_boot_file(int *fd, const char *what, const char *path, int flags, struct error *e)
{
	*fd = -1;
	if (!path)
		return 0;
	*fd = open(path, flags | O_CLOEXEC | ((flags & O_ACCMODE) == O_RDONLY ? O_NONBLOCK : 0),
		   0644);
	if (*fd < 0)
		return err_errno(e, errno, "%s %s", what, path);
	if ((flags & O_ACCMODE) == O_RDONLY && file_size_fd(*fd) < 0) {
		int errnum = errno;
		close(*fd);
		*fd = -1;
		return err_errno(e, errnum, "%s %s", what, path);
	}
	return 0;
}

int boot_files_open(struct boot_files *bf, const char *kernel, const char *initrd,
		    const char *firmware, const char *dtb_out, struct error *e)
{
	bf->open = true;
	bf->kernel = bf->initrd = bf->firmware = bf->dtb_out = -1;
	if (open_boot_file(&bf->firmware, "firmware", firmware, O_RDONLY, e) < 0 ||
	    open_boot_file(&bf->kernel, "kernel", kernel, O_RDONLY, e) < 0 ||
	    open_boot_file(&bf->initrd, "initrd", initrd, O_RDONLY, e) < 0 ||
	    open_boot_file(&bf->dtb_out, "device tree file", dtb_out, O_WRONLY | O_CREAT, e) < 0) {
		boot_files_close(bf);
		return -1;
	}
	return 0;
}

void boot_files_close(struct boot_files *bf)
{
	if (!bf->open)
		return;
	int *fds[] = {&bf->kernel, &bf->initrd, &bf->firmware, &bf->dtb_out};
	for (unsigned i = 0; i < sizeof(fds) / sizeof(fds[0]); i++) {
		if (*fds[i] >= 0)
			close(*fds[i]);
		*fds[i] = -1;
	}
	bf->open = false;
}
