/* A VM's disk layers as files (see layers.h). */
#include "daemon/layers.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "block/block.h"
#include "block/qcow2.h"

#define MERGE_CHUNK (64u << 10)

int layer_disk_parse(const char *spec, struct layer_disk *d, struct error *e)
{
	memset(d, 0, sizeof(*d));
	size_t w = 0;
	const char *r = spec;
	for (; *r && !(r[0] == ',' && r[1] != ','); r++) {
		if (r[0] == ',')
			r++;
		if (w + 1 < sizeof(d->path))
			d->path[w++] = *r;
	}
	for (const char *o = *r ? r + 1 : NULL; o && *o;) {
		size_t len = strcspn(o, ",");
		if (len > 7 && strncmp(o, "format=", 7) == 0)
			snprintf(d->format, sizeof(d->format), "%.*s", (int)(len - 7), o + 7);
		else if (len)
			snprintf(d->opts + strlen(d->opts), sizeof(d->opts) - strlen(d->opts),
				 ",%.*s", (int)len, o);
		if ((len == 8 && strncmp(o, "readonly", 8) == 0) ||
		    (len > 9 && strncmp(o, "readonly=", 9) == 0 &&
		     (strncmp(o + 9, "on", len - 9) == 0 || strncmp(o + 9, "true", len - 9) == 0 ||
		      strncmp(o + 9, "yes", len - 9) == 0 || strncmp(o + 9, "1", len - 9) == 0)))
			d->readonly = true;
		o += len + (o[len] == ',');
	}
	if (!d->format[0]) {
		char err[512];
		const struct block_format *f = block_probe(d->path, err, sizeof(err));
		if (!f)
			return err_set(e, ERR_INVALID, "disk %s", err);
		snprintf(d->format, sizeof(d->format), "%s", f->name);
	}
	return 0;
}

bool layer_in_dir(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return strncmp(path, dir, n) == 0 && path[n] == '/' && !strchr(path + n + 1, '/');
}

/* The virtual size of an image, read without opening it as a disk: the
 * lower layer of a running VM's snapshot is still open (and locked) by
 * the VM. */
int layer_image_size(const char *path, const char *fmt, uint64_t *size, struct error *e)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	if (fd < 0 || fstat(fd, &sb) < 0) {
		int en = errno;
		if (fd >= 0)
			close(fd);
		return err_errno(e, en, "layer %s", path);
	}
	int rc = 0;
	if (strcmp(fmt, "qcow2") == 0) {
		struct qcow2 q = {0};
		char err[512];
		if (qcow2_load(&q, fd, true, true, err, sizeof(err)) < 0)
			rc = err_set(e, ERR_IO, "layer %s: %s", path, err);
		else
			*size = q.size;
		qcow2_unload(&q);
	} else {
		*size = (uint64_t)sb.st_size;
	}
	close(fd);
	return rc;
}

/* A new empty qcow2 overlay at path over `lower` (format lower_fmt), named
 * by file name when it is in the same directory. */
int layer_make_overlay(const char *path, const char *lower, const char *lower_fmt, struct error *e)
{
	char err[512], dir[1200];
	uint64_t size = 0;
	if (layer_image_size(lower, lower_fmt, &size, e) < 0)
		return -1;
	snprintf(dir, sizeof(dir), "%s", path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = 0;
	const char *name = layer_in_dir(lower, dir) ? strrchr(lower, '/') + 1 : lower;
	struct qcow2_create_opts o = {.size = size, .backing = name, .backing_fmt = lower_fmt};
	if (qcow2_create(path, &o, err, sizeof(err)) < 0)
		return err_set(e, ERR_IO, "overlay %s: %s", path, err);
	chmod(path, 0600);
	return 0;
}

/* The backing file name recorded in the qcow2 header at path, as a path
 * (relative names resolved against path's directory); "" when none. */
void layer_backing_of(const char *path, char *out, size_t n)
{
	out[0] = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	struct qcow2 q = {0};
	char err[256];
	if (qcow2_load(&q, fd, true, true, err, sizeof(err)) == 0 && q.backing_file) {
		if (q.backing_file[0] == '/') {
			snprintf(out, n, "%s", q.backing_file);
		} else {
			const char *slash = strrchr(path, '/');
			snprintf(out, n, "%.*s/%s", slash ? (int)(slash - path) : 1,
				 slash ? path : ".", q.backing_file);
		}
	}
	qcow2_unload(&q);
	close(fd);
}

/* Merge layer L into its only child C: C is rewritten (as a new file
 * renamed over it) to hold every block where C's view differs from the
 * view of L's own backing, and to name L's backing; then L goes. What C
 * and everything over it show is unchanged. */
int layer_merge(const char *L, const char *C, struct error *e)
{
	char err[512], lb[1300], tmp[1400];
	int lfd = open(L, O_RDONLY | O_CLOEXEC);
	struct qcow2 q = {0};
	if (lfd < 0 || qcow2_load(&q, lfd, true, true, err, sizeof(err)) < 0) {
		if (lfd >= 0)
			close(lfd);
		return err_set(e, ERR_IO, "layer %s: cannot read its header", L);
	}
	char bname[1100] = "", bfmt[16] = "";
	if (q.backing_file)
		snprintf(bname, sizeof(bname), "%s", q.backing_file);
	if (q.backing_fmt)
		snprintf(bfmt, sizeof(bfmt), "%s", q.backing_fmt);
	qcow2_unload(&q);
	close(lfd);
	layer_backing_of(L, lb, sizeof(lb));
	struct block_open_opts ro = {.format = "qcow2", .readonly = true};
	struct block_dev *c = block_open(C, &ro, err, sizeof(err));
	if (!c)
		return err_set(e, ERR_IO, "layer %s", err);
	struct block_open_opts bo = {.format = bfmt[0] ? bfmt : NULL, .readonly = true};
	struct block_dev *b = lb[0] ? block_open(lb, &bo, err, sizeof(err)) : NULL;
	if (lb[0] && !b) {
		block_close(c);
		return err_set(e, ERR_IO, "layer %s", err);
	}
	snprintf(tmp, sizeof(tmp), "%s.merge", C);
	unlink(tmp);
	struct qcow2_create_opts co = {.size = c->size,
				       .backing = bname[0] ? bname : NULL,
				       .backing_fmt = bfmt[0] ? bfmt : NULL};
	int rc = 0;
	struct block_dev *w = NULL;
	if (qcow2_create(tmp, &co, err, sizeof(err)) < 0)
		rc = err_set(e, ERR_IO, "merge into %s: %s", C, err);
	struct block_open_opts wo = {.format = "qcow2"};
	if (rc == 0 && !(w = block_open(tmp, &wo, err, sizeof(err))))
		rc = err_set(e, ERR_IO, "merge into %s: %s", C, err);
	uint8_t *x = malloc(MERGE_CHUNK), *y = malloc(MERGE_CHUNK);
	if (rc == 0 && (!x || !y))
		rc = err_set(e, ERR_IO, "out of memory");
	for (uint64_t off = 0; rc == 0 && off < c->size; off += MERGE_CHUNK) {
		size_t len = c->size - off < MERGE_CHUNK ? (size_t)(c->size - off) : MERGE_CHUNK;
		if (block_pread(c, x, len, off) < 0)
			rc = err_set(e, ERR_IO, "merge: reading %s", C);
		else if (b && off < b->size) {
			size_t bl = b->size - off < len ? (size_t)(b->size - off) : len;
			memset(y, 0, len);
			if (block_pread(b, y, bl, off) < 0)
				rc = err_set(e, ERR_IO, "merge: reading %s", lb);
		} else {
			memset(y, 0, len);
		}
		if (rc == 0 && memcmp(x, y, len) != 0 && block_pwrite(w, x, len, off) < 0)
			rc = err_set(e, ERR_IO, "merge: writing %s", tmp);
	}
	free(x);
	free(y);
	if (w && block_flush(w) < 0 && rc == 0)
		rc = err_set(e, ERR_IO, "merge: flushing %s", tmp);
	if (w)
		block_close(w);
	block_close(c);
	if (b)
		block_close(b);
	if (rc == 0) {
		int fd = open(tmp, O_RDONLY | O_CLOEXEC);
		if (fd >= 0) {
			fsync(fd);
			close(fd);
		}
		chmod(tmp, 0600);
		if (rename(tmp, C) < 0)
			rc = err_errno(e, errno, "merge: %s", C);
	}
	if (rc < 0)
		unlink(tmp);
	else
		unlink(L);
	return rc;
}
