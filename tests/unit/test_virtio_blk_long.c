/* virtio-blk long requests: a guest's WRITE_ZEROES over 64-128 MiB of a
 * qcow2 compat=0.10 image (which writes real zeroes) must pay the disk's
 * bps limit and take the limit's time, must not hold a freeze (the pause
 * and snapshot path, which the API waits for) for longer than one slice,
 * with or without a limit, must continue after the thaw, and a snapshot
 * taken while it is half done must restore to a device that runs it to the
 * end. Also a long read frozen part-way gives the right data, and a
 * discard costs one op. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "block/block.h"
#include "check.h"
#include "virtio/blk.h"
#include "virtio_rig.h"

#define SLOT 0
#define HDR (VM_RAM_BASE + 0x40000)
#define SEG (VM_RAM_BASE + 0x41000)
#define STAT (VM_RAM_BASE + 0x42000)
#define DATA (VM_RAM_BASE + 0x100000)
#define QN 16
#define MIB (1ULL << 20)

static const uint64_t FEATURES = (1ULL << VIRTIO_F_VERSION_1) | (1ULL << VIRTIO_F_RING_EVENT_IDX) |
				 (1ULL << 13) /* DISCARD */ | (1ULL << 14) /* WRITE_ZEROES */;

static char dir[] = "/tmp/rvisor-test-blklong-XXXXXX";
static char img[256], base[256];

static void run(const char *cmd)
{
	int st = system(cmd);
	if (st != 0) {
		fprintf(stderr, "command failed (status %d): %s\n", st, cmd);
		check_failures++;
	}
}

/* A fresh image: qcow2 compat=0.10 of `mib` MiB (on a raw backing file of
 * the same size when backing), or raw. */
static void make_image(const char *fmt, unsigned mib, bool backing)
{
	char cmd[1024];
	unlink(img);
	unlink(base);
	if (strcmp(fmt, "raw") == 0) {
		snprintf(cmd, sizeof(cmd), "qemu-img create -q -f raw '%s' %uM", img, mib);
	} else if (backing) {
		snprintf(cmd, sizeof(cmd),
			 "qemu-img create -q -f raw '%s' %uM && qemu-img create -q -f qcow2 -o "
			 "compat=0.10 -b '%s' -F raw '%s' %uM",
			 base, mib, base, img, mib);
	} else {
		snprintf(cmd, sizeof(cmd), "qemu-img create -q -f qcow2 -o compat=0.10 '%s' %uM",
			 img, mib);
	}
	run(cmd);
}

/* Write `len` bytes of `v` at `off` of the image (through the block layer,
 * before any VM opens it), or read them back and compare. */
static void fill_image(const char *fmt, uint64_t off, uint64_t len, uint8_t v)
{
	char err[256];
	struct block_open_opts o = {.format = fmt};
	struct block_dev *bd = block_open(img, &o, err, sizeof(err));
	CHECK(bd != NULL);
	if (!bd)
		return;
	uint8_t *buf = malloc(len);
	memset(buf, v, len);
	CHECK(block_pwrite(bd, buf, len, off) == (ssize_t)len);
	free(buf);
	block_close(bd);
}

static bool image_is(const char *fmt, uint64_t off, uint64_t len, uint8_t v)
{
	char err[256];
	struct block_open_opts o = {.format = fmt, .readonly = true};
	struct block_dev *bd = block_open(img, &o, err, sizeof(err));
	if (!bd) {
		fprintf(stderr, "%s\n", err);
		return false;
	}
	uint8_t *buf = malloc(len);
	bool ok = block_pread(bd, buf, len, off) == (ssize_t)len;
	for (uint64_t k = 0; ok && k < len; k++)
		ok = buf[k] == v;
	free(buf);
	block_close(bd);
	return ok;
}

static void open_disk(struct rig *r, const char *fmt, const struct ratelimit_cfg *limits)
{
	rig_open(r, SLOT, NULL, -1, -1);
	struct vm_disk bc = {.path = img, .format = fmt};
	if (limits)
		bc.limits = *limits;
	r->t = virtio_blk_create(r->b, SLOT, &bc, NULL, NULL);
	CHECK(r->t != NULL);
}

/* Post (and kick) a discard (11) or write-zeroes (13) of one range. */
static void post_range(struct rig *r, uint32_t type, uint64_t sector, uint32_t num)
{
	uint8_t h[16] = {0}, seg[16] = {0}, junk = 0xee;
	memcpy(h, &type, 4);
	memcpy(seg, &sector, 8);
	memcpy(seg + 8, &num, 4);
	rig_put(r, HDR, h, 16);
	rig_put(r, SEG, seg, 16);
	rig_put(r, STAT, &junk, 1);
	rig_put_desc(r, 0, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc(r, 0, 1, SEG, 16, VIRTQ_DESC_F_NEXT, 2);
	rig_put_desc(r, 0, 2, STAT, 1, VIRTQ_DESC_F_WRITE, 0);
	rig_offer(r, 0, 0);
}

/* Post (and kick) a read of `len` bytes at `sector` into DATA. */
static void post_read(struct rig *r, uint64_t sector, uint32_t len)
{
	uint8_t h[16] = {0}, junk = 0xee;
	memcpy(h + 8, &sector, 8);
	rig_put(r, HDR, h, 16);
	rig_put(r, STAT, &junk, 1);
	rig_put_desc(r, 0, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc(r, 0, 1, DATA, len, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 2);
	rig_put_desc(r, 0, 2, STAT, 1, VIRTQ_DESC_F_WRITE, 0);
	rig_offer(r, 0, 0);
}

static uint8_t status_byte(struct rig *r)
{
	uint8_t s = 0;
	rig_get(r, STAT, &s, 1);
	return s;
}

/* Freeze the device; the seconds the freeze took. */
static double timed_freeze(struct rig *r)
{
	double t0 = rig_now();
	virtio_mmio_freeze(r->t, true);
	return rig_now() - t0;
}

/* A WRITE_ZEROES of 64 MiB under bps=1M (a 1 MiB bucket): it must wait for
 * the limit (63 s), a freeze in the middle is prompt and nothing moves
 * while frozen, and once the limit is lifted it finishes where it was. */
static void test_limit_and_freeze(void)
{
	make_image("qcow2", 128, false);
	fill_image("qcow2", 0, MIB, 0xab);
	fill_image("qcow2", 40 * MIB, MIB, 0xab);
	fill_image("qcow2", 64 * MIB, MIB, 0xcd); /* just past the range */
	struct rig r;
	struct ratelimit_cfg lim = {.bytes = {.rate = MIB}};
	open_disk(&r, "qcow2", &lim);
	rig_driver_init(&r, FEATURES, 1, QN);
	struct ratelimit *rl = virtio_blk_ratelimit(r.t);

	double t0 = rig_now();
	post_range(&r, 13, 0, 64 * 2048);
	usleep(1500 * 1000);
	/* 1.5 s into a 63 s job: not done, and the limiter made it wait. */
	CHECK_EQ_U64(rig_used_idx(&r, 0), 0);
	CHECK(rl->stat_throttled >= 1);

	double f = timed_freeze(&r);
	fprintf(stderr, "freeze during a limited write-zeroes: %.1f ms\n", f * 1e3);
	CHECK(f < 0.1);
	/* Frozen: the request is neither finished nor consumed. */
	CHECK_EQ_U64(rig_used_idx(&r, 0), 0);
	CHECK_EQ_U64(r.t->q[0].vq.last_avail_idx, 0);
	usleep(300 * 1000);
	CHECK_EQ_U64(rig_used_idx(&r, 0), 0);
	virtio_mmio_freeze(r.t, false);

	/* The limit lifted at run time: the rest goes at once. */
	struct ratelimit_cfg off = {0};
	ratelimit_set(rl, &off, ratelimit_now_ns());
	virtio_mmio_kick(r.t, 0);
	CHECK(rig_wait_used(&r, 0, 1, 20000));
	CHECK_EQ_U64(status_byte(&r), 0);
	CHECK_EQ_U64(rig_used_len(&r, 0, 0), 1);
	fprintf(stderr, "limited write-zeroes took %.2f s (limit lifted at 1.8 s)\n",
		rig_now() - t0);
	rig_close(&r);
	CHECK(image_is("qcow2", 0, MIB, 0));
	CHECK(image_is("qcow2", 40 * MIB, MIB, 0));
	CHECK(image_is("qcow2", 64 * MIB, MIB, 0xcd));
}

/* Without a limit, on an overlay where zeroes must really be written (the
 * backing file shows through unallocated clusters): a freeze requested
 * while the device is busy with a 128 MiB write-zeroes returns after one
 * slice, and the request then completes. */
static void test_busy_freeze(void)
{
	make_image("qcow2", 128, true);
	struct rig r;
	open_disk(&r, "qcow2", NULL);
	rig_driver_init(&r, FEATURES, 1, QN);
	struct stat st0, st;
	CHECK(stat(img, &st0) == 0);
	post_range(&r, 13, 0, 128 * 2048);
	/* Busy for sure: the image has grown by a few clusters' worth. */
	for (int k = 0;
	     k < 5000 && stat(img, &st) == 0 && st.st_size < st0.st_size + (off_t)(4 * MIB); k++)
		usleep(1000);
	double f = timed_freeze(&r);
	bool done_early = rig_used_idx(&r, 0) != 0;
	fprintf(stderr, "freeze during a busy write-zeroes: %.1f ms%s\n", f * 1e3,
		done_early ? " (the request had completed: not a measure)" : "");
	/* One slice: a 1 MiB write and its fdatasync (a few ms; 200 ms leaves
	 * room for a loaded host disk). Before: the rest of the 128 MiB. */
	CHECK(f < 0.2);
	CHECK(!done_early);
	virtio_mmio_freeze(r.t, false);
	CHECK(rig_wait_used(&r, 0, 1, 60000));
	CHECK_EQ_U64(status_byte(&r), 0);
	rig_close(&r);
	CHECK(image_is("qcow2", 127 * MIB, MIB, 0));
}

/* A snapshot taken while a write-zeroes is half done (frozen between two
 * slices) restores into a device that runs it to the end. */
static void test_snapshot_mid_request(void)
{
	make_image("qcow2", 128, false);
	fill_image("qcow2", 60 * MIB, MIB, 0xab);
	struct rig r;
	struct ratelimit_cfg lim = {.bytes = {.rate = MIB}};
	open_disk(&r, "qcow2", &lim);
	rig_driver_init(&r, FEATURES, 1, QN);
	post_range(&r, 13, 0, 64 * 2048);
	usleep(800 * 1000);
	CHECK(timed_freeze(&r) < 0.1);
	CHECK_EQ_U64(rig_used_idx(&r, 0), 0);
	struct ss_writer w;
	rig_save(&r, &w);
	struct rig_driver drv = r.d;
	uint8_t *ram = rig_ram_copy(&r);
	rig_close(&r); /* frozen to the end: the original never finishes it */
	CHECK(image_is("qcow2", 60 * MIB, MIB, 0xab));

	struct rig r2;
	open_disk(&r2, "qcow2", NULL);
	memcpy(r2.vm->bus.ram, ram, r2.vm->bus.ram_size);
	free(ram);
	char err[256] = "";
	CHECK(rig_load_all(r2.b, &w, true, err, sizeof(err)) == 0);
	if (err[0])
		fprintf(stderr, "load: %s\n", err);
	r2.d = drv;
	CHECK(rig_wait_used(&r2, 0, 1, 20000));
	CHECK_EQ_U64(status_byte(&r2), 0);
	rig_close(&r2);
	ss_writer_free(&w);
	CHECK(image_is("qcow2", 60 * MIB, MIB, 0));
}

/* A 32 MiB read (one chain) frozen right after the kick: whether the
 * freeze caught it part-way or not, the data the guest gets after the thaw
 * is the disk's, and a frozen device has either completed the chain or not
 * consumed it. Then a discard: one op, no bytes. */
static void test_read_and_discard(void)
{
	make_image("raw", 32, false);
	struct rig r;
	struct ratelimit_cfg lim = {.bytes = {.rate = 512 * MIB}};
	open_disk(&r, "raw", &lim);
	rig_driver_init(&r, FEATURES, 1, QN);
	struct ratelimit *rl = virtio_blk_ratelimit(r.t);
	const uint8_t *d = r.vm->bus.ram + (DATA - VM_RAM_BASE);
	for (uint16_t k = 0; k < 4; k++) {
		/* Another pattern each time, through the open device's file. */
		uint8_t v = (uint8_t)(0x30 + k);
		uint8_t *buf = malloc(32 * MIB);
		memset(buf, v, 32 * MIB);
		FILE *f = fopen(img, "r+b");
		CHECK(f && fwrite(buf, 1, 32 * MIB, f) == 32 * MIB);
		if (f)
			fclose(f);
		free(buf);
		memset(r.vm->bus.ram + (DATA - VM_RAM_BASE), 0, 32 * MIB);
		post_read(&r, 0, 32 * MIB);
		usleep(k * 2000);
		virtio_mmio_freeze(r.t, true);
		uint16_t used = rig_used_idx(&r, 0);
		CHECK(used == k + 1 || r.t->q[0].vq.last_avail_idx == k);
		virtio_mmio_freeze(r.t, false);
		CHECK(rig_wait_used(&r, 0, k + 1, 20000));
		CHECK_EQ_U64(status_byte(&r), 0);
		CHECK_EQ_U64(rig_used_len(&r, 0, k), 32 * MIB + 1);
		bool same = true;
		for (uint64_t j = 0; j < 32 * MIB && same; j++)
			same = d[j] == v;
		CHECK(same);
	}

	/* Discard of the whole disk under a bytes limit it would overdraw
	 * 32 times: it passes at once (one op). */
	ratelimit_set(rl, &(struct ratelimit_cfg){.bytes = {.rate = MIB}}, ratelimit_now_ns());
	double t0 = rig_now();
	post_range(&r, 11, 0, 32 * 2048);
	CHECK(rig_wait_used(&r, 0, 5, 5000));
	CHECK(rig_now() - t0 < 1);
	CHECK_EQ_U64(status_byte(&r), 0);
	rig_close(&r);
}

int main(void)
{
	if (system("qemu-img --version >/dev/null 2>&1") != 0) {
		fprintf(stderr, "qemu-img not installed (scripts/deps.sh): skipped\n");
		return 77;
	}
	if (!mkdtemp(dir))
		return 1;
	snprintf(img, sizeof(img), "%s/disk.img", dir);
	snprintf(base, sizeof(base), "%s/base.raw", dir);
	test_limit_and_freeze();
	test_busy_freeze();
	test_snapshot_mid_request();
	test_read_and_discard();
	unlink(img);
	unlink(base);
	rmdir(dir);
	CHECK_DONE();
}
