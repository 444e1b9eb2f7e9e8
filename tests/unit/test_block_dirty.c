/* Dirty tracking of the block layer (block migration): the chunks a
 * write, a discard or a write-zeroes touched since the last fetch, for raw
 * and qcow2; nothing recorded before the start or after the stop; a fetch
 * clears what it returns. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "block/block.h"
#include "block/qcow2.h"
#include "check.h"

static char dir[] = "/tmp/rvisor-blkdirty-XXXXXX";

static bool bit(const uint64_t *b, uint64_t c)
{
	return b[c / 64] >> (c % 64) & 1;
}

static void dirty(const char *path, const char *fmt)
{
	char err[512];
	struct block_open_opts o = {.format = fmt};
	struct block_dev *bd = block_open(path, &o, err, sizeof(err));
	CHECK(bd != NULL);
	if (!bd)
		return;
	uint64_t words = block_dirty_words(bd);
	CHECK(words == 2); /* 8 MiB: 128 chunks of 64 KiB */
	uint64_t bits[4] = {0};
	uint8_t buf[8192];
	memset(buf, 0x5a, sizeof(buf));
	CHECK(block_pwrite(bd, buf, 512, 0) == 512); /* before the start: not recorded */
	CHECK(block_dirty_start(bd) == 0);
	CHECK(block_dirty_fetch(bd, bits) == 0);
	/* A write across a chunk boundary marks both chunks. */
	CHECK(block_pwrite(bd, buf, 8192, BLOCK_DIRTY_CHUNK - 4096) == 8192);
	CHECK(block_write_zeroes(bd, 5 * BLOCK_DIRTY_CHUNK, 512, false) == 0);
	CHECK(block_discard(bd, 7 * BLOCK_DIRTY_CHUNK, BLOCK_DIRTY_CHUNK) == 0);
	CHECK(block_pread(bd, buf, 512, 9 * BLOCK_DIRTY_CHUNK) == 512); /* reads are not */
	CHECK(block_dirty_fetch(bd, bits) == 4);
	CHECK(bit(bits, 0) && bit(bits, 1) && bit(bits, 5) && bit(bits, 7) && !bit(bits, 9));
	CHECK(block_dirty_fetch(bd, bits) == 0 && bits[0] == 0);   /* cleared */
	CHECK(block_pwrite(bd, buf, 512, (8 << 20) - 512) == 512); /* the last chunk */
	CHECK(block_dirty_fetch(bd, bits) == 1 && bit(bits, 127));
	block_dirty_stop(bd);
	CHECK(block_pwrite(bd, buf, 512, 0) == 512);
	CHECK(block_dirty_fetch(bd, bits) == 0);
	block_close(bd);
}

int main(void)
{
	CHECK(mkdtemp(dir) != NULL);
	char raw[600], q[600], err[512];
	snprintf(raw, sizeof(raw), "%s/d.raw", dir);
	snprintf(q, sizeof(q), "%s/d.qcow2", dir);
	int fd = open(raw, O_CREAT | O_RDWR | O_EXCL, 0600);
	CHECK(fd >= 0 && ftruncate(fd, 8 << 20) == 0);
	close(fd);
	struct qcow2_create_opts o = {.size = 8 << 20, .cluster_size = 65536};
	CHECK(qcow2_create(q, &o, err, sizeof(err)) == 0);
	dirty(raw, "raw");
	dirty(q, "qcow2");
	unlink(raw);
	unlink(q);
	rmdir(dir);
	CHECK_DONE();
}
