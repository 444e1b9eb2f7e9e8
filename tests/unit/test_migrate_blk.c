/* The destination's BLK frames (block migration, vmm/migrate_in.c): pieces
 * of a copied disk written into its target through the block layer, zero
 * runs as zeroes; refused: a disk that is not copied, unknown flags, a
 * range outside the disk, a payload that is not exactly the bytes
 * announced. Then mutated BLK frames (CRC recomputed): never a crash, and
 * the target never grows past its size. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "block/block.h"
#include "check.h"
#include "vmm/migrate_in.h"

#define DISK_SIZE (1u << 20)
#define RAM_SIZE (64u << 10)

static char dir[] = "/tmp/rvisor-migblk-XXXXXX";

static size_t frame(uint8_t *out, uint32_t type, const uint8_t *p, size_t len)
{
	mig_put32(out, type);
	mig_put32(out + 4, 0);
	mig_put64(out + 8, len);
	memcpy(out + MIG_FRAME_HEAD, p, len);
	mig_put32(out + MIG_FRAME_HEAD + len,
		  (uint32_t)crc32(0, out, (uInt)(MIG_FRAME_HEAD + len)));
	return MIG_FRAME_HEAD + len + 4;
}

static size_t blk(uint8_t *out, uint32_t disk, uint32_t flags, uint64_t off, uint64_t len,
		  size_t datalen, uint8_t fill)
{
	uint8_t *p = malloc(MIG_BLK_HEAD + datalen + 1);
	mig_put32(p, disk);
	mig_put32(p + 4, flags);
	mig_put64(p + 8, off);
	mig_put64(p + 16, len);
	memset(p + MIG_BLK_HEAD, fill, datalen);
	size_t n = frame(out, MIG_BLK, p, MIG_BLK_HEAD + datalen);
	free(p);
	return n;
}

/* Run read_memory over bytes; returns its result (e gets the refusal). */
static int run(struct block_dev *target, const uint8_t *bytes, size_t n, struct error *e)
{
	int fd = memfd_create("migblk", MFD_CLOEXEC);
	if (fd < 0 || pwrite(fd, bytes, n, 0) != (ssize_t)n)
		return -2;
	struct migrate_in in;
	migrate_in_init(&in);
	in.rfd = fd;
	in.have_conf = true;
	in.conf.cfg.mem_size = RAM_SIZE;
	in.disks.n = 2;
	in.disks.d[0] = (struct mig_disk_entry){.mode = MIG_DISK_COPY, .size = DISK_SIZE};
	in.disks.d[1] = (struct mig_disk_entry){.mode = MIG_DISK_READONLY, .size = DISK_SIZE};
	in.targets[0] = target;
	static uint8_t ram[RAM_SIZE];
	memset(e, 0, sizeof(*e));
	int rc = migrate_in_read_memory(&in, ram, RAM_SIZE, -1, e);
	in.have_conf = false; /* nothing of a real configuration to free */
	migrate_in_close(&in);
	return rc;
}

int main(void)
{
	CHECK(mkdtemp(dir) != NULL);
	char path[600], err[512];
	snprintf(path, sizeof(path), "%s/target.raw", dir);
	int fd = open(path, O_CREAT | O_RDWR | O_EXCL, 0600);
	CHECK(fd >= 0 && ftruncate(fd, DISK_SIZE) == 0);
	close(fd);
	struct block_open_opts o = {.format = "raw"};
	struct block_dev *bd = block_open(path, &o, err, sizeof(err));
	CHECK(bd != NULL);
	if (!bd)
		CHECK_DONE();
	uint8_t *s = malloc(4 * (MIG_BLK_HEAD + MIG_BLK_MAX + 64));
	struct error e;
	/* Data, then a zero run over part of it; the stream then stops
	 * (truncated before STAT): what was written stays written. */
	size_t n = blk(s, 0, 0, 8192, 16384, 16384, 0xab);
	n += blk(s + n, 0, MIG_BLK_ZERO, 12288, 4096, 0, 0);
	n += blk(s + n, 0, 0, DISK_SIZE - 512, 512, 512, 0xcd); /* the last sector */
	CHECK(run(bd, s, n, &e) < 0 && strstr(e.msg, "truncated"));
	uint8_t got[16384];
	CHECK(block_pread(bd, got, sizeof(got), 8192) == (ssize_t)sizeof(got));
	CHECK(got[0] == 0xab && got[4095] == 0xab && got[4096] == 0 && got[8191] == 0 &&
	      got[8192] == 0xab && got[16383] == 0xab);
	CHECK(block_pread(bd, got, 512, DISK_SIZE - 512) == 512 && got[0] == 0xcd &&
	      got[511] == 0xcd);
	/* Refusals. */
	static const struct {
		uint32_t disk, flags;
		uint64_t off, len;
		size_t datalen;
		const char *msg;
	} bad[] = {
	    {1, 0, 0, 512, 512, "not copied"},
	    {7, 0, 0, 512, 512, "not copied"},
	    {0, 2, 0, 512, 512, "unknown flags"},
	    {0, 0, DISK_SIZE - 256, 512, 512, "outside disk"},
	    {0, 0, UINT64_MAX - 100, 512, 512, "outside disk"},
	    {0, 0, 0, 0, 0, "outside disk"},
	    {0, 0, 0, 1024, 512, "expected"},
	    {0, MIG_BLK_ZERO, 0, 1024, 16, "expected"},
	};
	for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		n = blk(s, bad[k].disk, bad[k].flags, bad[k].off, bad[k].len, bad[k].datalen, 0x11);
		int rc = run(bd, s, n, &e);
		if (rc == 0 || !strstr(e.msg, bad[k].msg))
			fprintf(stderr, "bad[%zu]: %s\n", k, e.msg);
		CHECK(rc < 0 && strstr(e.msg, bad[k].msg));
	}
	/* A short head. */
	uint8_t tiny[8] = {0};
	n = frame(s, MIG_BLK, tiny, sizeof(tiny));
	CHECK(run(bd, s, n, &e) < 0 && strstr(e.msg, "BLK frame of 8 bytes"));
	/* Mutations of a valid frame, CRC recomputed. */
	uint64_t rng = 0x9e3779b97f4a7c15ull;
	unsigned runs = 0;
	for (int k = 0; k < 3000; k++, runs++) {
		n = blk(s, 0, 0, 4096, 4096, 4096, 0x22);
		for (int m = 0; m < 1 + k % 4; m++) {
			rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
			size_t at = MIG_FRAME_HEAD + (rng >> 8) % MIG_BLK_HEAD;
			s[at] ^= (uint8_t)(1u << (rng % 8));
		}
		size_t len = (size_t)mig_get64(s + 8);
		mig_put32(s + MIG_FRAME_HEAD + len,
			  (uint32_t)crc32(0, s, (uInt)(MIG_FRAME_HEAD + len)));
		run(bd, s, n, &e);
	}
	struct stat st;
	CHECK(stat(path, &st) == 0 && st.st_size == DISK_SIZE);
	printf("%u mutated BLK frames run\n", runs);
	block_close(bd);
	free(s);
	unlink(path);
	rmdir(dir);
	CHECK_DONE();
}
