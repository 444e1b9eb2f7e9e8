/* A small POSIX ustar writer and a strict reader for the archives of
 * `rvisor vm export` / `vm import` (docs/daemon.md, "Export and import").
 * The reader treats the archive as untrusted: only regular-file members
 * with plain names (no '/', no "." or "..", letters, digits, '.', '_',
 * '-'), valid header checksums, octal sizes in range, no duplicates, data
 * inside the file, and the end-of-archive blocks present. Nothing is ever
 * extracted by name to the file system: callers copy a member's bytes
 * (offset, size) into files they name themselves. */
#ifndef RVISOR_UTIL_TAR_H
#define RVISOR_UTIL_TAR_H

#include <stdbool.h>
#include <stdint.h>

#include "util/error.h"

#define TAR_BLOCK 512
#define TAR_NAME_MAX 99		    /* ustar name field, without a prefix */
#define TAR_MEMBER_MAX (1ull << 44) /* 16 TiB: the pool's largest volume */
#define TAR_MEMBERS_MAX 64

struct tar_member {
	char name[TAR_NAME_MAX + 1];
	uint64_t size;
	uint64_t offset; /* of the data, from the archive's start */
};

/* Is name acceptable as a member name (see above)? */
bool tar_name_ok(const char *name);

/* Append a member holding len bytes of buf, or the whole regular file at
 * path, to the archive being written at fd (sequential writes). */
int tar_write_bytes(int fd, const char *name, const void *buf, uint64_t len, struct error *e);
int tar_write_file(int fd, const char *name, const char *path, struct error *e);
/* Write the two zero blocks that end an archive. */
int tar_finish(int fd, struct error *e);

/* One 512-byte header: 1 with m filled, 0 for an all-zero block (the
 * end), -1 with e set (ERR_INVALID) for anything refused. Pure. */
int tar_header_parse(const uint8_t blk[TAR_BLOCK], struct tar_member *m, struct error *e);

/* The members of the archive at fd (read with pread; its size is
 * checked against every member's data, so a truncated archive is
 * refused): at most max of them into out, *n set. ERR_INVALID for a
 * malformed archive, ERR_IO for a read failure. */
int tar_index(int fd, struct tar_member *out, unsigned max, unsigned *n, struct error *e);

#endif
