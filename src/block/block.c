/* Block layer front: format lookup and probing, open/close, range checks. */
#include "block/block.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct block_format *const formats[] = {
    &block_format_qcow2, &block_format_raw, /* last: it accepts anything */
};

const struct block_format *block_format_find(const char *name)
{
	for (size_t k = 0; k < sizeof(formats) / sizeof(formats[0]); k++)
		if (strcmp(formats[k]->name, name) == 0)
			return formats[k];
	return NULL;
}

const struct block_format *block_probe_head(const uint8_t *head, size_t len)
{
	for (size_t k = 0; k < sizeof(formats) / sizeof(formats[0]); k++)
		if (formats[k]->probe(head, len))
			return formats[k];
	return &block_format_raw; /* not reached: raw accepts anything */
}

const struct block_format *block_probe(const char *path, char *err, size_t errlen)
{
	uint8_t head[BLOCK_PROBE_BYTES];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? pread(fd, head, sizeof(head), 0) : -1;
	int e = errno;
	if (fd >= 0)
		close(fd);
	if (n < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(e));
		return NULL;
	}
	return block_probe_head(head, (size_t)n);
}

const char *block_strerror(int neg_errno)
{
	if (neg_errno == -EPERM)
		return "refused: it would put an image header into the first sector of a disk "
		       "whose format was probed as raw (give format=raw to allow it)";
	return strerror(-neg_errno);
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
	bool handover = o->handover && !o->readonly;
	if (!handover && fcntl(fd, F_OFD_SETLK, &lk) < 0 && (errno == EAGAIN || errno == EACCES)) {
		snprintf(
		    err, errlen,
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
			snprintf(err, errlen, "%s: unknown format '%s' (raw or qcow2)", path,
				 o->format);
			close(fd);
			return NULL;
		}
	} else {
		uint8_t head[BLOCK_PROBE_BYTES] = {0};
		ssize_t n = pread(fd, head, sizeof(head), 0);
		if (n < 0 && errno == EINVAL && o->direct) {
			/* O_DIRECT wants an aligned buffer: probe through a second fd. */
			int pfd = open(path, O_RDONLY | O_CLOEXEC);
			n = pfd >= 0 ? pread(pfd, head, sizeof(head), 0) : -1;
			if (pfd >= 0)
				close(pfd);
		}
		if (n < 0) {
			snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
			close(fd);
			return NULL;
		}
		fmt = block_probe_head(head, (size_t)n);
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
	pthread_mutex_init(&bd->lock, NULL);
	bd->readonly = o->readonly;
	bd->direct = o->direct;
	bd->probe_guard = (!o->format || o->format_probed) && fmt == &block_format_raw;
	bd->handed_over = handover;
	char ferr[256] = "";
	/* In the handover state the format loads read-only: it writes
	 * nothing (e.g. a qcow2 header update) while the source owns it. */
	bd->readonly = o->readonly || handover;
	int r = fmt->open(bd, fd, ferr, sizeof(ferr));
	bd->readonly = o->readonly;
	if (r < 0) {
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
	pthread_mutex_destroy(&bd->lock);
	free(bd->dirty);
	free(bd->path);
	free(bd);
}

static int set_lock(struct block_dev *bd, short type)
{
	struct flock lk = {.l_type = type, .l_whence = SEEK_SET};
	return fcntl(bd->fd, F_OFD_SETLK, &lk) < 0 ? -errno : 0;
}

static int handover_release_unlocked(struct block_dev *bd, char *err, size_t errlen)
{
	if (bd->readonly || bd->handed_over)
		return 0;
	int r = bd->fmt->flush(bd);
	if (r < 0) {
		snprintf(err, errlen, "%s: flushing before handing the image over: %s", bd->path,
			 strerror(-r));
		return r;
	}
	bd->handed_over = true; /* before the unlock: no write slips in after it */
	r = set_lock(bd, F_UNLCK);
	if (r < 0) {
		bd->handed_over = false;
		snprintf(err, errlen, "%s: releasing the image lock: %s", bd->path, strerror(-r));
	}
	return r;
}

static int handover_take_unlocked(struct block_dev *bd, bool reload, char *err, size_t errlen)
{
	if (bd->readonly || !bd->handed_over)
		return 0;
	int r = set_lock(bd, F_WRLCK);
	if (r == -EACCES)
		r = -EAGAIN;
	if (r < 0) {
		snprintf(err, errlen, "%s: %s", bd->path,
			 r == -EAGAIN ? "in use by another process (image locked)" : strerror(-r));
		return r;
	}
	if (!reload) {
		bd->handed_over = false;
		return 0;
	}
	/* The format's state afresh, writable (a qcow2's tables and caches
	 * were read before the other side's last writes). */
	uint64_t size = bd->size;
	if (bd->fmt->close)
		bd->fmt->close(bd);
	char ferr[256] = "";
	r = bd->fmt->open(bd, bd->fd, ferr, sizeof(ferr));
	if (r == 0 && bd->size != size) {
		snprintf(ferr, sizeof(ferr), "its size changed from %llu to %llu bytes",
			 (unsigned long long)size, (unsigned long long)bd->size);
		if (bd->fmt->close)
			bd->fmt->close(bd);
		r = -EIO;
	}
	if (r < 0) {
		/* No usable format state: reads and writes fail from now on
		 * (a qcow2 without priv would crash: keep it handed over). */
		snprintf(err, errlen, "%s: reloading the image after taking it: %s", bd->path,
			 ferr[0] ? ferr : strerror(-r));
		set_lock(bd, F_UNLCK);
		bd->size = 0; /* every request is then out of range */
		return r < 0 ? r : -EIO;
	}
	bd->handed_over = false;
	return 0;
}

static bool range_ok(const struct block_dev *bd, uint64_t off, uint64_t len)
{
	return off <= bd->size && len <= bd->size - off;
}

static ssize_t pread_unlocked(struct block_dev *bd, void *buf, size_t len, uint64_t off)
{
	if (!range_ok(bd, off, len))
		return -EINVAL;
	return bd->fmt->pread(bd, buf, len, off);
}

/* The probe guard (block_dev.probe_guard): would the image's first bytes,
 * with this write applied, probe as a format other than raw? Then the
 * write is refused with -EPERM, as QEMU does. Zeroes and discards cannot
 * create a header (an all-zero start probes raw): only writes are checked. */
static int probe_guard_check(struct block_dev *bd, const void *buf, size_t len, uint64_t off)
{
	size_t n = bd->size < BLOCK_PROBE_BYTES ? (size_t)bd->size : BLOCK_PROBE_BYTES;
	if (off >= n || len == 0)
		return 0;
	/* Aligned and one 4 KiB block long, so an O_DIRECT image reads it too. */
	uint8_t head[4096] __attribute__((aligned(4096)));
	if (off > 0 || len < n) {
		size_t rl = bd->size >= sizeof(head) ? sizeof(head) : n;
		ssize_t r = bd->fmt->pread(bd, head, rl, 0);
		if (r < 0)
			return (int)r;
	}
	size_t m = len < n - off ? len : n - (size_t)off;
	memcpy(head + off, buf, m);
	return block_probe_head(head, n) == &block_format_raw ? 0 : -EPERM;
}

static ssize_t pwrite_unlocked(struct block_dev *bd, const void *buf, size_t len, uint64_t off)
{
	if (bd->readonly)
		return -EROFS;
	if (bd->handed_over)
		return -EBUSY;
	if (!range_ok(bd, off, len))
		return -EINVAL;
	if (bd->probe_guard) {
		int r = probe_guard_check(bd, buf, len, off);
		if (r < 0)
			return r;
	}
	return bd->fmt->pwrite(bd, buf, len, off);
}

static int flush_unlocked(struct block_dev *bd)
{
	return bd->readonly || bd->handed_over ? 0 : bd->fmt->flush(bd);
}

static int discard_unlocked(struct block_dev *bd, uint64_t off, uint64_t len)
{
	if (bd->readonly)
		return -EROFS;
	if (bd->handed_over)
		return -EBUSY;
	if (!range_ok(bd, off, len))
		return -EINVAL;
	return bd->fmt->discard ? bd->fmt->discard(bd, off, len) : 0;
}

static int write_zeroes_unlocked(struct block_dev *bd, uint64_t off, uint64_t len, bool may_unmap)
{
	if (bd->readonly)
		return -EROFS;
	if (bd->handed_over)
		return -EBUSY;
	if (!range_ok(bd, off, len))
		return -EINVAL;
	return bd->fmt->write_zeroes(bd, off, len, may_unmap);
}

/* --- the locked entry points, and dirty tracking --- */

/* Chunks [off, off + len) touched: dirty (under bd->lock). */
static void mark_dirty(struct block_dev *bd, uint64_t off, uint64_t len)
{
	if (!bd->dirty || !len)
		return;
	uint64_t first = off >> BLOCK_DIRTY_SHIFT, last = (off + len - 1) >> BLOCK_DIRTY_SHIFT;
	for (uint64_t c = first; c <= last && c < bd->dirty_chunks; c++)
		bd->dirty[c / 64] |= 1ULL << (c % 64);
}

ssize_t block_pread(struct block_dev *bd, void *buf, size_t len, uint64_t off)
{
	pthread_mutex_lock(&bd->lock);
	ssize_t r = pread_unlocked(bd, buf, len, off);
	pthread_mutex_unlock(&bd->lock);
	return r;
}

ssize_t block_pwrite(struct block_dev *bd, const void *buf, size_t len, uint64_t off)
{
	pthread_mutex_lock(&bd->lock);
	ssize_t r = pwrite_unlocked(bd, buf, len, off);
	if (r >= 0 || r == -EIO) /* a failed write may have changed some sectors */
		mark_dirty(bd, off, len);
	pthread_mutex_unlock(&bd->lock);
	return r;
}

int block_flush(struct block_dev *bd)
{
	pthread_mutex_lock(&bd->lock);
	int r = flush_unlocked(bd);
	pthread_mutex_unlock(&bd->lock);
	return r;
}

int block_discard(struct block_dev *bd, uint64_t off, uint64_t len)
{
	pthread_mutex_lock(&bd->lock);
	int r = discard_unlocked(bd, off, len);
	if (r != -EROFS && r != -EBUSY && r != -EINVAL)
		mark_dirty(bd, off, len);
	pthread_mutex_unlock(&bd->lock);
	return r;
}

int block_write_zeroes(struct block_dev *bd, uint64_t off, uint64_t len, bool may_unmap)
{
	pthread_mutex_lock(&bd->lock);
	int r = write_zeroes_unlocked(bd, off, len, may_unmap);
	if (r != -EROFS && r != -EBUSY && r != -EINVAL)
		mark_dirty(bd, off, len);
	pthread_mutex_unlock(&bd->lock);
	return r;
}

int block_handover_release(struct block_dev *bd, char *err, size_t errlen)
{
	pthread_mutex_lock(&bd->lock);
	int r = handover_release_unlocked(bd, err, errlen);
	pthread_mutex_unlock(&bd->lock);
	return r;
}

int block_handover_take(struct block_dev *bd, bool reload, char *err, size_t errlen)
{
	pthread_mutex_lock(&bd->lock);
	int r = handover_take_unlocked(bd, reload, err, errlen);
	pthread_mutex_unlock(&bd->lock);
	return r;
}

int block_dirty_start(struct block_dev *bd)
{
	pthread_mutex_lock(&bd->lock);
	int r = 0;
	if (!bd->dirty) {
		bd->dirty_chunks = (bd->size + BLOCK_DIRTY_CHUNK - 1) >> BLOCK_DIRTY_SHIFT;
		bd->dirty =
		    calloc(block_dirty_words(bd) ? block_dirty_words(bd) : 1, sizeof(uint64_t));
		r = bd->dirty ? 0 : -ENOMEM;
	}
	pthread_mutex_unlock(&bd->lock);
	return r;
}

void block_dirty_stop(struct block_dev *bd)
{
	pthread_mutex_lock(&bd->lock);
	free(bd->dirty);
	bd->dirty = NULL;
	pthread_mutex_unlock(&bd->lock);
}

uint64_t block_dirty_words(const struct block_dev *bd)
{
	return (((bd->size + BLOCK_DIRTY_CHUNK - 1) >> BLOCK_DIRTY_SHIFT) + 63) / 64;
}

uint64_t block_dirty_fetch(struct block_dev *bd, uint64_t *bits)
{
	uint64_t n = 0, words = block_dirty_words(bd);
	pthread_mutex_lock(&bd->lock);
	for (uint64_t k = 0; k < words; k++) {
		bits[k] = bd->dirty ? bd->dirty[k] : 0;
		if (bd->dirty)
			bd->dirty[k] = 0;
		n += (uint64_t)__builtin_popcountll(bits[k]);
	}
	pthread_mutex_unlock(&bd->lock);
	return n;
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
