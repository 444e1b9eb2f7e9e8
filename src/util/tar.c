/* POSIX ustar writing and strict reading (util/tar.h). */
#include "util/tar.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool tar_name_ok(const char *name)
{
	size_t len = strlen(name);
	if (len == 0 || len > TAR_NAME_MAX || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return false;
	for (size_t k = 0; k < len; k++) {
		char c = name[k];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '.' || c == '_' || c == '-'))
			return false;
	}
	return true;
}

static int write_all(int fd, const void *buf, size_t len, struct error *e)
{
	const char *p = buf;
	while (len) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return err_errno(e, w < 0 ? errno : EIO, "archive: write");
		p += w, len -= (size_t)w;
	}
	return 0;
}

static unsigned checksum(const uint8_t *blk)
{
	unsigned sum = 0;
	for (int k = 0; k < TAR_BLOCK; k++)
		sum += (k >= 148 && k < 156) ? ' ' : blk[k];
	return sum;
}

static int write_header(int fd, const char *name, uint64_t size, struct error *e)
{
	if (!tar_name_ok(name))
		return err_set(e, ERR_INVALID, "archive: '%.120s' is not a valid member name",
			       name);
	if (size > TAR_MEMBER_MAX)
		return err_set(e, ERR_INVALID, "archive: member '%s' is too large", name);
	uint8_t blk[TAR_BLOCK] = {0};
	memcpy(blk, name, strlen(name));
	snprintf((char *)blk + 100, 8, "%07o", 0600);
	snprintf((char *)blk + 108, 8, "%07o", 0);
	snprintf((char *)blk + 116, 8, "%07o", 0);
	/* 11 octal digits hold 8 GiB - 1; larger sizes take the 12th byte
	 * too (allowed by ustar readers such as GNU tar for up to 64 GiB)
	 * or the base-256 form beyond. */
	if (size < (1ull << 33)) {
		snprintf((char *)blk + 124, 12, "%011llo", (unsigned long long)size);
	} else {
		blk[124] = 0x80;
		for (int k = 0; k < 8; k++)
			blk[135 - k] = (uint8_t)(size >> (8 * k));
	}
	snprintf((char *)blk + 136, 12, "%011o", 0);
	blk[156] = '0';
	memcpy(blk + 257, "ustar", 6);
	memcpy(blk + 263, "00", 2);
	snprintf((char *)blk + 148, 8, "%06o", checksum(blk));
	blk[155] = ' ';
	return write_all(fd, blk, sizeof(blk), e);
}

static int write_pad(int fd, uint64_t size, struct error *e)
{
	static const uint8_t zero[TAR_BLOCK];
	size_t pad = (TAR_BLOCK - size % TAR_BLOCK) % TAR_BLOCK;
	return pad ? write_all(fd, zero, pad, e) : 0;
}

int tar_write_bytes(int fd, const char *name, const void *buf, uint64_t len, struct error *e)
{
	if (write_header(fd, name, len, e) < 0 || write_all(fd, buf, len, e) < 0)
		return -1;
	return write_pad(fd, len, e);
}

int tar_write_file(int fd, const char *name, const char *path, struct error *e)
{
	int in = open(path, O_RDONLY | O_CLOEXEC);
	if (in < 0)
		return err_errno(e, errno, "archive: %s", path);
	struct stat sb;
	int rc = fstat(in, &sb) < 0 ? err_errno(e, errno, "archive: %s", path) : 0;
	if (rc == 0 && !S_ISREG(sb.st_mode))
		rc = err_set(e, ERR_INVALID, "archive: %s is not a regular file", path);
	if (rc == 0)
		rc = write_header(fd, name, (uint64_t)sb.st_size, e);
	uint64_t left = rc == 0 ? (uint64_t)sb.st_size : 0;
	/* On the heap, per call: as thread-local storage it was 64 KiB that
	 * every thread of every rvisor process zeroed when it started (16
	 * page faults each, a VM's vCPUs and device threads included). */
	enum { BUF = 1 << 16 };
	char *buf = left ? malloc(BUF) : NULL;
	if (left && !buf)
		rc = err_errno(e, ENOMEM, "archive: %s", path);
	while (rc == 0 && left) {
		ssize_t r = read(in, buf, left < BUF ? left : BUF);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			rc = err_errno(e, r < 0 ? errno : EIO, "archive: %s: read (file changed?)",
				       path);
		else if ((rc = write_all(fd, buf, (size_t)r, e)) == 0)
			left -= (uint64_t)r;
	}
	free(buf);
	close(in);
	return rc < 0 ? -1 : write_pad(fd, (uint64_t)sb.st_size, e);
}

int tar_finish(int fd, struct error *e)
{
	static const uint8_t zero[2 * TAR_BLOCK];
	return write_all(fd, zero, sizeof(zero), e);
}

/* An octal field: digits, then NULs or spaces to its end. */
static bool octal(const uint8_t *f, size_t n, uint64_t *out)
{
	uint64_t v = 0;
	size_t k = 0;
	while (k < n && f[k] == ' ')
		k++;
	size_t digits = 0;
	for (; k < n && f[k] >= '0' && f[k] <= '7'; k++, digits++) {
		if (v >> 60)
			return false;
		v = v * 8 + (uint64_t)(f[k] - '0');
	}
	for (; k < n; k++)
		if (f[k] != 0 && f[k] != ' ')
			return false;
	*out = v;
	return digits > 0;
}

int tar_header_parse(const uint8_t blk[TAR_BLOCK], struct tar_member *m, struct error *e)
{
	bool zero = true;
	for (int k = 0; k < TAR_BLOCK && zero; k++)
		zero = blk[k] == 0;
	if (zero)
		return 0;
	uint64_t sum;
	if (!octal(blk + 148, 8, &sum) || sum != checksum(blk))
		return err_set(e, ERR_INVALID,
			       "archive: a header's checksum is wrong (not a tar "
			       "archive, or a damaged one)");
	if (memcmp(blk + 257, "ustar", 5) != 0)
		return err_set(e, ERR_INVALID, "archive: not a POSIX ustar archive");
	if (!memchr(blk, 0, 100))
		return err_set(e, ERR_INVALID,
			       "archive: a member name fills its field (over %d "
			       "characters)",
			       TAR_NAME_MAX);
	memset(m, 0, sizeof(*m));
	memcpy(m->name, blk, strnlen((const char *)blk, 100));
	if (blk[345] != 0)
		return err_set(e, ERR_INVALID,
			       "archive: member '%.99s' has a path prefix (only "
			       "plain names are allowed)",
			       m->name);
	if (!tar_name_ok(m->name))
		return err_set(e, ERR_INVALID,
			       "archive: member name '%.99s' refused (plain names only: letters, "
			       "digits, '.', '_', '-'; no '/', no '..')",
			       m->name);
	if (blk[156] != '0' && blk[156] != 0)
		return err_set(e, ERR_INVALID,
			       "archive: member '%s' is not a regular file (type '%c'; links, "
			       "directories and devices are refused)",
			       m->name, blk[156] >= 0x20 && blk[156] < 0x7f ? blk[156] : '?');
	uint64_t size = 0;
	if (blk[124] == 0x80) {
		for (int k = 125; k < 136; k++) {
			if (size >> 56)
				return err_set(e, ERR_INVALID,
					       "archive: member '%s': size out of "
					       "range",
					       m->name);
			size = size << 8 | blk[k];
		}
	} else if (!octal(blk + 124, 12, &size)) {
		return err_set(e, ERR_INVALID, "archive: member '%s': the size field is not octal",
			       m->name);
	}
	if (size > TAR_MEMBER_MAX)
		return err_set(e, ERR_INVALID, "archive: member '%s': size %llu out of range",
			       m->name, (unsigned long long)size);
	m->size = size;
	return 1;
}

static int read_block(int fd, uint64_t off, uint8_t *blk, struct error *e)
{
	ssize_t r = pread(fd, blk, TAR_BLOCK, (off_t)off);
	if (r < 0)
		return err_errno(e, errno, "archive: read");
	if (r != TAR_BLOCK)
		return err_set(e, ERR_INVALID, "archive: truncated (ends inside a header)");
	return 0;
}

int tar_index(int fd, struct tar_member *out, unsigned max, unsigned *n, struct error *e)
{
	*n = 0;
	struct stat sb;
	if (fstat(fd, &sb) < 0)
		return err_errno(e, errno, "archive: stat");
	if (!S_ISREG(sb.st_mode))
		return err_set(e, ERR_INVALID, "archive: not a regular file");
	uint64_t total = (uint64_t)sb.st_size, off = 0;
	uint8_t blk[TAR_BLOCK];
	for (;;) {
		if (read_block(fd, off, blk, e) < 0)
			return -1;
		struct tar_member m;
		int r = tar_header_parse(blk, &m, e);
		if (r < 0)
			return -1;
		if (r == 0) {
			if (read_block(fd, off + TAR_BLOCK, blk, e) < 0)
				return -1;
			if (tar_header_parse(blk, &m, e) != 0)
				return err_set(e, ERR_INVALID,
					       "archive: a lone zero block before more members");
			return 0;
		}
		m.offset = off + TAR_BLOCK;
		uint64_t padded = (m.size + TAR_BLOCK - 1) / TAR_BLOCK * TAR_BLOCK;
		if (m.offset > total || padded > total - m.offset)
			return err_set(
			    e, ERR_INVALID,
			    "archive: truncated (member '%s' needs %llu bytes, %llu left)", m.name,
			    (unsigned long long)m.size,
			    (unsigned long long)(total - (m.offset > total ? total : m.offset)));
		for (unsigned k = 0; k < *n; k++)
			if (strcmp(out[k].name, m.name) == 0)
				return err_set(e, ERR_INVALID, "archive: member '%s' appears twice",
					       m.name);
		if (*n >= max)
			return err_set(e, ERR_INVALID, "archive: more than %u members", max);
		out[(*n)++] = m;
		off = m.offset + padded;
	}
}
