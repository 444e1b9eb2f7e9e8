/* The raw format: the file is the disk. Discard punches holes. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "block/block.h"

static bool raw_probe(const uint8_t *head, size_t len)
{
	(void)head;
	(void)len;
	return true;
}

static int raw_open(struct block_dev *bd, int fd, char *err, size_t errlen)
{
	(void)err;
	(void)errlen;
	off_t end = lseek(fd, 0, SEEK_END);
	if (end < 0)
		return -errno;
	bd->size = (uint64_t)end;
	return 0;
}

static ssize_t raw_pread(struct block_dev *bd, void *buf, size_t len, uint64_t off)
{
	size_t done = 0;
	while (done < len) {
		ssize_t n = pread(bd->fd, (char *)buf + done, len - done, (off_t)(off + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (n == 0)
			return -EIO;
		done += (size_t)n;
	}
	return (ssize_t)done;
}

static ssize_t raw_pwrite(struct block_dev *bd, const void *buf, size_t len, uint64_t off)
{
	size_t done = 0;
	while (done < len) {
		ssize_t n =
		    pwrite(bd->fd, (const char *)buf + done, len - done, (off_t)(off + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -errno : -EIO;
		done += (size_t)n;
	}
	return (ssize_t)done;
}

static int raw_flush(struct block_dev *bd)
{
	return fdatasync(bd->fd) < 0 ? -errno : 0;
}

static int raw_discard(struct block_dev *bd, uint64_t off, uint64_t len)
{
	if (fallocate(bd->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t)off, (off_t)len) <
	    0)
		return errno == EOPNOTSUPP ? 0 : -errno; /* discard is advisory */
	return 0;
}

static int raw_write_zeroes(struct block_dev *bd, uint64_t off, uint64_t len, bool may_unmap)
{
	int mode = may_unmap ? (FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE) : FALLOC_FL_ZERO_RANGE;
	if (fallocate(bd->fd, mode, (off_t)off, (off_t)len) == 0)
		return 0;
	return block_fill_zeroes(bd, off, len); /* no fallocate support */
}

const struct block_format block_format_raw = {
    .name = "raw",
    .probe = raw_probe,
    .open = raw_open,
    .pread = raw_pread,
    .pwrite = raw_pwrite,
    .flush = raw_flush,
    .discard = raw_discard,
    .write_zeroes = raw_write_zeroes,
};
