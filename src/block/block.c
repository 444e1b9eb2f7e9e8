/* Block layer front: format lookup and probing, open/close, range checks. */
#include "block/block.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct block_format *const formats[] = {
	&block_format_qcow2,
	&block_format_raw, /* last: it accepts anything */
};

const struct block_format *block_format_find(const char *name)
{
	for (size_t k = 0; k < sizeof(formats) / sizeof(formats[0]); k++)
		if (strcmp(formats[k]->name, name) == 0)
			return formats[k];
	return NULL;
}

struct block_dev *block_open(const char *path, const struct block_open_opts *o, char *err,
			     size_t errlen)
{
	int flags = (o->readonly ? O_RDONLY : O_RDWR) | O_CLOEXEC | (o->direct ? O_DIRECT : 0);
	int fd = open(path, flags);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	/* Image locking (as QEMU does, with OFD locks, which QEMU also uses):
	 * a writer excludes every other user, readers share. Two VMs (e.g.
	 * clones of one snapshot) writing one image would corrupt it. */
	struct flock lk = {.l_type = o->readonly ? F_RDLCK : F_WRLCK, .l_whence = SEEK_SET};
	if (fcntl(fd, F_OFD_SETLK, &lk) < 0 && (errno == EAGAIN || errno == EACCES)) {
		snprintf(err, errlen,
			 "%s: in use by another process (image locked%s); give each VM its own image "
			 "or overlay, or open it read-only everywhere",
			 path, o->readonly ? " for writing" : "");
		close(fd);
		return NULL;
	}
	const struct block_format *fmt = NULL;
	if (o->format) {
		fmt = block_format_find(o->format);
		if (!fmt) {
			snprintf(err, errlen, "%s: unknown format '%s' (raw or qcow2)", path, o->format);
			close(fd);
			return NULL;
		}
	} else {
		uint8_t head[512] = {0};
		ssize_t n = pread(fd, head, sizeof(head), 0);
		if (n < 0 && errno == EINVAL && o->direct) {
			/* O_DIRECT wants an aligned buffer: probe through a second fd. */
			int pfd = open(path, O_RDONLY | O_CLOEXEC);
			n = pfd >= 0 ? pread(pfd, head, sizeof(head), 0) : -1;
			if (pfd >= 0)
				close(pfd);
		}
		for (size_t k = 0; k < sizeof(formats) / sizeof(formats[0]) && n >= 0; k++)
			if (formats[k]->probe(head, (size_t)n)) {
				fmt = formats[k];
				break;
			}
		if (!fmt) {
			snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
			close(fd);
			return NULL;
		}
	}
	struct block_dev *bd = calloc(1, sizeof(*bd));
	if (!bd || !(bd->path = strdup(path))) {
		snprintf(err, errlen, "%s: out of memory", path);
		free(bd);
		close(fd);
		return NULL;
	}
	bd->fmt = fmt;
	bd->fd = fd;
	bd->readonly = o->readonly;
	bd->direct = o->direct;
	char ferr[256] = "";
	if (fmt->open(bd, fd, ferr, sizeof(ferr)) < 0) {
		snprintf(err, errlen, "%s: %s", path, ferr[0] ? ferr : "cannot open image");
		close(fd);
		free(bd->path);
		free(bd);
		return NULL;
	}
	return bd;
}

void block_close(struct block_dev *bd)
{
	if (!bd)
		return;
	if (bd->fmt->close)
		bd->fmt->close(bd);
	if (bd->fd >= 0)
		close(bd->fd);
	free(bd->path);
	free(bd);
}

static bool range_ok(const struct block_dev *bd, uint64_t off, uint64_t len)
{
	return off <= bd->size && len <= bd->size - off;
}

ssize_t block_pread(struct block_dev *bd, void *buf, size_t len, uint64_t off)
{
	if (!range_ok(bd, off, len))
		return -EINVAL;
	return bd->fmt->pread(bd, buf, len, off);
}

ssize_t block_pwrite(struct block_dev *bd, const void *buf, size_t len, uint64_t off)
{
	if (bd->readonly)
		return -EROFS;
	if (!range_ok(bd, off, len))
		return -EINVAL;
	return bd->fmt->pwrite(bd, buf, len, off);
}

int block_flush(struct block_dev *bd)
{
	return bd->readonly ? 0 : bd->fmt->flush(bd);
}

int block_discard(struct block_dev *bd, uint64_t off, uint64_t len)
{
	if (bd->readonly)
		return -EROFS;
	if (!range_ok(bd, off, len))
		return -EINVAL;
	return bd->fmt->discard ? bd->fmt->discard(bd, off, len) : 0;
}

int block_write_zeroes(struct block_dev *bd, uint64_t off, uint64_t len, bool may_unmap)
{
	if (bd->readonly)
		return -EROFS;
	if (!range_ok(bd, off, len))
		return -EINVAL;
	return bd->fmt->write_zeroes(bd, off, len, may_unmap);
}

int block_fill_zeroes(struct block_dev *bd, uint64_t off, uint64_t len)
{
	static const uint8_t zeroes[65536];
	while (len) {
		size_t n = len < sizeof(zeroes) ? (size_t)len : sizeof(zeroes);
		ssize_t w = bd->fmt->pwrite(bd, zeroes, n, off);
		if (w < 0)
			return (int)w;
		off += n;
		len -= n;
	}
	return 0;
}
