/* The image lock handover of a live migration with shared storage
 * (block_handover_release / block_handover_take, block_open_opts.handover):
 * a destination opens a writable image its source holds without the lock
 * and without writing; takes it only once released; and then sees every
 * write the source made before, qcow2 metadata included (its tables are
 * reloaded, not kept from its open). The source takes it back when the
 * destination does not. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "block/block.h"
#include "block/qcow2.h"
#include "check.h"

static char dir[] = "/tmp/rvisor-handover-XXXXXX";

static struct block_dev *open_img(const char *path, const char *fmt, bool handover)
{
	char err[512];
	struct block_open_opts o = {.format = fmt, .handover = handover};
	struct block_dev *bd = block_open(path, &o, err, sizeof(err));
	if (!bd)
		fprintf(stderr, "open %s: %s\n", path, err);
	return bd;
}

static void handover(const char *path, const char *fmt)
{
	char err[512];
	uint8_t a[4096], b[4096];
	memset(a, 0xa1, sizeof(a));
	struct block_dev *src = open_img(path, fmt, false);
	CHECK(src != NULL);
	CHECK(block_pwrite(src, a, sizeof(a), 0) == (ssize_t)sizeof(a));
	/* A plain second writer is refused (the lock); a handover open is not. */
	struct block_open_opts plain = {.format = fmt};
	CHECK(block_open(path, &plain, err, sizeof(err)) == NULL && strstr(err, "in use"));
	struct block_dev *dst = open_img(path, fmt, true);
	CHECK(dst != NULL && dst->handed_over && !dst->readonly);
	CHECK(dst->size == src->size);
	/* Before the switch-over the destination writes nothing... */
	CHECK(block_pwrite(dst, a, sizeof(a), 8192) == -EBUSY);
	CHECK(block_write_zeroes(dst, 0, 4096, false) == -EBUSY);
	CHECK(block_discard(dst, 0, 4096) == -EBUSY);
	CHECK(block_flush(dst) == 0);
	/* ...and cannot take the image while the source holds it. */
	CHECK(block_handover_take(dst, true, err, sizeof(err)) == -EAGAIN && strstr(err, "in use"));
	/* The source goes on writing: a new cluster (qcow2: new L2 entries,
	 * refcounts) the destination's open could not have seen. */
	memset(b, 0xb2, sizeof(b));
	CHECK(block_pwrite(src, b, sizeof(b), 1 << 20) == (ssize_t)sizeof(b));
	/* The switch-over: the source releases, and writes no more. */
	CHECK(block_handover_release(src, err, sizeof(err)) == 0 && src->handed_over);
	CHECK(block_pwrite(src, a, sizeof(a), 0) == -EBUSY);
	CHECK(block_handover_take(dst, true, err, sizeof(err)) == 0 && !dst->handed_over);
	uint8_t got[4096];
	CHECK(block_pread(dst, got, sizeof(got), 0) == (ssize_t)sizeof(got) &&
	      !memcmp(got, a, 4096));
	CHECK(block_pread(dst, got, sizeof(got), 1 << 20) == (ssize_t)sizeof(got) &&
	      !memcmp(got, b, 4096));
	CHECK(block_pwrite(dst, b, sizeof(b), 2 << 20) == (ssize_t)sizeof(b));
	/* Now the source cannot take it back... */
	CHECK(block_handover_take(src, true, err, sizeof(err)) == -EAGAIN);
	/* ...until the destination gives it up (a refused switch-over). */
	CHECK(block_handover_release(dst, err, sizeof(err)) == 0);
	CHECK(block_handover_take(src, true, err, sizeof(err)) == 0 && !src->handed_over);
	CHECK(block_pread(src, got, sizeof(got), 2 << 20) == (ssize_t)sizeof(got) &&
	      !memcmp(got, b, 4096));
	CHECK(block_pwrite(src, a, sizeof(a), 3 << 20) == (ssize_t)sizeof(a));
	block_close(dst);
	block_close(src);
	if (strcmp(fmt, "qcow2") == 0) {
		struct qcow2_check_result r;
		CHECK(qcow2_check(path, &r, NULL, err, sizeof(err)) == 0);
		CHECK(r.corruptions == 0 && r.leaks == 0);
	}
}

int main(void)
{
	CHECK(mkdtemp(dir) != NULL);
	char raw[600], q[600], err[512];
	snprintf(raw, sizeof(raw), "%s/disk.raw", dir);
	snprintf(q, sizeof(q), "%s/disk.qcow2", dir);
	int fd = open(raw, O_CREAT | O_RDWR | O_EXCL, 0600);
	CHECK(fd >= 0 && ftruncate(fd, 8 << 20) == 0);
	close(fd);
	struct qcow2_create_opts o = {.size = 8 << 20, .cluster_size = 65536};
	CHECK(qcow2_create(q, &o, err, sizeof(err)) == 0);
	handover(raw, "raw");
	handover(q, "qcow2");
	unlink(raw);
	unlink(q);
	rmdir(dir);
	CHECK_DONE();
}
