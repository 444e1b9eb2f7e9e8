/* qcow2 reader/writer through the block API: random writes against a memory
 * model, zero clusters, discard, backing-file copy-on-write, chain loops,
 * corrupted headers and tables (refused or -EIO, never a crash), and our own
 * check (plus qemu-img check/compare when installed). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "block/block.h"
#include "block/qcow2.h"
#include "check.h"

static char dir[] = "/tmp/rvisor-qcow2-XXXXXX";
static char path_buf[8][512];
static int have_qemu_img;

static const char *P(int slot, const char *name)
{
	snprintf(path_buf[slot], sizeof(path_buf[slot]), "%s/%s", dir, name);
	return path_buf[slot];
}

static uint64_t rng = 88172645463325252ull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static struct block_dev *open_img(const char *path, const char *fmt, bool ro, char *err)
{
	struct block_open_opts o = {.format = fmt, .readonly = ro};
	return block_open(path, &o, err, 512);
}

static void create(const char *path, uint64_t size, uint32_t cs, const char *backing,
		   const char *bfmt)
{
	char err[512];
	struct qcow2_create_opts o = {
	    .size = size, .cluster_size = cs, .backing = backing, .backing_fmt = bfmt};
	int r = qcow2_create(path, &o, err, sizeof(err));
	if (r < 0)
		fprintf(stderr, "create %s: %s\n", path, err);
	CHECK(r == 0);
}

/* Whole-image comparison with the model. */
static bool same_as(struct block_dev *bd, const uint8_t *model, uint64_t size)
{
	uint8_t *buf = malloc(size);
	bool ok = block_pread(bd, buf, size, 0) == (ssize_t)size && !memcmp(buf, model, size);
	if (!ok)
		for (uint64_t k = 0; k < size; k++)
			if (buf[k] != model[k]) {
				fprintf(stderr, "first difference at %#llx: %02x, expected %02x\n",
					(unsigned long long)k, buf[k], model[k]);
				break;
			}
	free(buf);
	return ok;
}

static bool check_clean(const char *path)
{
	struct qcow2_check_result r;
	char err[512];
	FILE *devnull = fopen("/dev/null", "w");
	int rc = qcow2_check(path, &r, devnull, err, sizeof(err));
	fclose(devnull);
	if (rc < 0 || r.corruptions || r.leaks)
		fprintf(stderr, "check %s: rc %d, %llu corruptions, %llu leaks %s\n", path, rc,
			(unsigned long long)r.corruptions, (unsigned long long)r.leaks,
			rc < 0 ? err : "");
	bool ok = rc == 0 && !r.corruptions && !r.leaks;
	if (have_qemu_img) {
		char cmd[1200];
		snprintf(cmd, sizeof(cmd), "qemu-img check -q '%s'", path);
		int st = system(cmd);
		if (st != 0)
			fprintf(stderr, "qemu-img check %s: status %d\n", path, st);
		ok = ok && st == 0;
	}
	return ok;
}

/* qemu-img compare of the image against the model written as raw. */
static bool qemu_compare(const char *path, const uint8_t *model, uint64_t size)
{
	if (!have_qemu_img)
		return true;
	const char *raw = P(7, "model.raw");
	FILE *f = fopen(raw, "wb");
	fwrite(model, 1, size, f);
	fclose(f);
	char cmd[1200];
	snprintf(cmd, sizeof(cmd), "qemu-img compare -q -f raw '%s' '%s'", raw, path);
	return system(cmd) == 0;
}

static void random_writes(struct block_dev *bd, uint8_t *model, uint64_t size, int n,
			  uint64_t maxlen)
{
	uint8_t *buf = malloc(maxlen);
	for (int k = 0; k < n; k++) {
		uint64_t len = 1 + rnd() % maxlen, off = rnd() % size;
		if (len > size - off)
			len = size - off;
		uint8_t pat = (uint8_t)rnd();
		for (uint64_t j = 0; j < len; j++)
			buf[j] = (uint8_t)(pat + j * 7);
		ssize_t r = block_pwrite(bd, buf, len, off);
		CHECK(r == (ssize_t)len);
		memcpy(model + off, buf, len);
		/* Read back a random range now and then. */
		uint64_t roff = rnd() % size, rlen = 1 + rnd() % maxlen;
		if (rlen > size - roff)
			rlen = size - roff;
		CHECK(block_pread(bd, buf, rlen, roff) == (ssize_t)rlen);
		CHECK(memcmp(buf, model + roff, rlen) == 0);
	}
	free(buf);
}

static void test_rw(uint32_t cs)
{
	char err[512];
	const uint64_t size = 5 * 1024 * 1024 + 3 * 512;
	const char *img = P(0, "rw.qcow2");
	create(img, size, cs, NULL, NULL);
	struct block_dev *bd = open_img(img, NULL, false, err);
	CHECK(bd && bd->size == size && strcmp(bd->fmt->name, "qcow2") == 0);
	if (!bd)
		return;
	uint8_t *model = calloc(1, size);
	CHECK(same_as(bd, model, size));
	random_writes(bd, model, size, cs >= 65536 ? 300 : 120, 3 * cs + 1000);
	CHECK(block_flush(bd) == 0);
	CHECK(same_as(bd, model, size));
	/* write_zeroes with and without unmap, discard of whole clusters. */
	CHECK(block_write_zeroes(bd, 1000, 5 * cs, true) == 0);
	memset(model + 1000, 0, 5 * cs);
	CHECK(block_write_zeroes(bd, 10 * cs + 17, 3 * cs, false) == 0);
	memset(model + 10 * cs + 17, 0, 3 * cs);
	CHECK(block_discard(bd, 20 * cs, 4 * cs) == 0);
	memset(model + 20 * cs, 0, 4 * cs);
	CHECK(same_as(bd, model, size));
	/* Writes into zero clusters (preallocated and not). */
	random_writes(bd, model, size, 50, 2 * cs);
	CHECK(same_as(bd, model, size));
	block_close(bd);
	CHECK(check_clean(img));
	CHECK(qemu_compare(img, model, size));
	/* Reopen: same content; read-only refuses writes. */
	bd = open_img(img, "qcow2", true, err);
	CHECK(bd && same_as(bd, model, size));
	if (bd) {
		CHECK(block_pwrite(bd, model, 512, 0) == -EROFS);
		block_close(bd);
	}
	/* Grow, then write past the old end. */
	bd = open_img(img, NULL, false, err);
	CHECK(bd != NULL);
	if (bd) {
		uint64_t nsize = 64ull << 20;
		CHECK(qcow2_resize(bd, nsize, err, sizeof(err)) == 0);
		CHECK(bd->size == nsize);
		CHECK(qcow2_resize(bd, 4096, err, sizeof(err)) < 0); /* shrink refused */
		uint8_t b[4096];
		memset(b, 0xee, sizeof(b));
		CHECK(block_pwrite(bd, b, sizeof(b), nsize - 5000) == (ssize_t)sizeof(b));
		uint8_t c[8192];
		CHECK(block_pread(bd, c, sizeof(c), nsize - 8192) == (ssize_t)sizeof(c));
		CHECK(c[0] == 0 && c[8192 - 5000] == 0xee && c[8192 - 905] == 0xee && c[8191] == 0);
		block_close(bd);
		CHECK(check_clean(img));
	}
	free(model);
}

static void write_file(const char *path, const uint8_t *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0 && write(fd, data, len) == (ssize_t)len);
	close(fd);
}

static void test_backing(void)
{
	char err[512];
	const uint64_t size = 2 << 20, cs = 65536;
	uint8_t *model = malloc(size), *base = malloc(size);
	for (uint64_t k = 0; k < size; k++)
		base[k] = (uint8_t)(k * 13 + (k >> 9));
	write_file(P(0, "base.raw"), base, size);
	/* mid.qcow2 over base.raw (format recorded), top.qcow2 over mid (probed). */
	create(P(1, "mid.qcow2"), size, 0, "base.raw", "raw");
	struct block_dev *mid = open_img(P(1, "mid.qcow2"), NULL, false, err);
	CHECK(mid != NULL);
	if (!mid)
		return;
	memcpy(model, base, size);
	CHECK(same_as(mid, model, size));
	uint8_t w[300];
	memset(w, 0x77, sizeof(w));
	CHECK(block_pwrite(mid, w, sizeof(w), cs + 100) == (ssize_t)sizeof(w));
	memcpy(model + cs + 100, w, sizeof(w));
	block_close(mid);
	create(P(2, "top.qcow2"), size + 4096, 0, "mid.qcow2", NULL);
	struct block_dev *top = open_img(P(2, "top.qcow2"), NULL, false, err);
	CHECK(top != NULL);
	if (!top)
		return;
	uint8_t *tm = calloc(1, size + 4096); /* beyond the backing size: zeroes */
	memcpy(tm, model, size);
	CHECK(same_as(top, tm, size + 4096));
	/* Partial-cluster writes copy the rest of the cluster from the chain. */
	random_writes(top, tm, size + 4096, 100, 3000);
	CHECK(same_as(top, tm, size + 4096));
	/* Discard over a backing file: the clusters read as zero (v3). */
	CHECK(block_discard(top, 4 * cs, 2 * cs) == 0);
	memset(tm + 4 * cs, 0, 2 * cs);
	CHECK(block_write_zeroes(top, 8 * cs, cs, true) == 0); /* unallocated: zero flag */
	memset(tm + 8 * cs, 0, cs);
	CHECK(same_as(top, tm, size + 4096));
	block_close(top);
	CHECK(check_clean(P(2, "top.qcow2")));
	CHECK(check_clean(P(1, "mid.qcow2")));
	CHECK(qemu_compare(P(2, "top.qcow2"), tm, size + 4096));
	/* The base was not written. */
	int fd = open(P(0, "base.raw"), O_RDONLY);
	uint8_t *b2 = malloc(size);
	CHECK(read(fd, b2, size) == (ssize_t)size && !memcmp(b2, base, size));
	close(fd);
	free(b2);
	free(tm);
	free(model);
	free(base);
}

static void test_chain_refused(void)
{
	char err[512];
	/* a -> b -> a */
	create(P(0, "loop_a.qcow2"), 1 << 20, 0, "loop_b.qcow2", "qcow2");
	create(P(1, "loop_b.qcow2"), 1 << 20, 0, "loop_a.qcow2", "qcow2");
	struct block_dev *bd = open_img(P(0, "loop_a.qcow2"), NULL, true, err);
	CHECK(bd == NULL && strstr(err, "loop"));
	/* Self loop. */
	create(P(2, "self.qcow2"), 1 << 20, 0, "self.qcow2", NULL);
	bd = open_img(P(2, "self.qcow2"), NULL, false, err);
	CHECK(bd == NULL && strstr(err, "loop"));
	/* 20 images deep. */
	char name[64], prev[64] = "";
	for (int k = 0; k < 20; k++) {
		snprintf(name, sizeof(name), "deep%d.qcow2", k);
		create(P(3, name), 1 << 20, 0, k ? prev : NULL, k ? "qcow2" : NULL);
		snprintf(prev, sizeof(prev), "%s", name);
	}
	bd = open_img(P(3, name), NULL, true, err);
	CHECK(bd == NULL && strstr(err, "deeper"));
	if (bd || !strstr(err, "deeper"))
		fprintf(stderr, "deep chain: %s\n", bd ? "opened" : err);
	/* 16 deep is fine. */
	bd = open_img(P(3, "deep15.qcow2"), NULL, true, err);
	CHECK(bd != NULL);
	block_close(bd);
	/* Missing backing file. */
	create(P(4, "orphan.qcow2"), 1 << 20, 0, "nonexistent.qcow2", NULL);
	bd = open_img(P(4, "orphan.qcow2"), NULL, true, err);
	CHECK(bd == NULL && strstr(err, "nonexistent"));
}

/* Patch bytes of a copy of the reference image and try to open / read it. */
static uint8_t *ref;
static size_t ref_len;

static struct block_dev *patched(const char *name, size_t off, const void *bytes, size_t n,
				 char *err)
{
	uint8_t *d = malloc(ref_len);
	memcpy(d, ref, ref_len);
	memcpy(d + off, bytes, n);
	write_file(P(5, name), d, ref_len);
	free(d);
	return open_img(P(5, name), "qcow2", false, err);
}

static void be32(uint8_t *p, uint32_t v)
{
	qcow2_put32(p, v);
}

static void expect_refused(const char *name, size_t off, const void *bytes, size_t n,
			   const char *msg)
{
	char err[512] = "";
	struct block_dev *bd = patched(name, off, bytes, n, err);
	if (bd) {
		fprintf(stderr, "%s: opened, expected '%s'\n", name, msg);
		CHECK(0);
		block_close(bd);
	} else if (!strstr(err, msg)) {
		fprintf(stderr, "%s: message '%s' lacks '%s'\n", name, err, msg);
		CHECK(0);
	}
}

static void test_corrupt(void)
{
	char err[512];
	const char *img = P(0, "ref.qcow2");
	create(img, 4 << 20, 0, NULL, NULL);
	struct block_dev *bd = open_img(img, NULL, false, err);
	uint8_t buf[70000];
	memset(buf, 0x42, sizeof(buf));
	CHECK(bd && block_pwrite(bd, buf, sizeof(buf), 0) == (ssize_t)sizeof(buf));
	block_close(bd);
	int fd = open(img, O_RDONLY);
	struct stat st;
	fstat(fd, &st);
	ref_len = (size_t)st.st_size;
	ref = malloc(ref_len);
	CHECK(read(fd, ref, ref_len) == (ssize_t)ref_len);
	close(fd);
	uint64_t l1 = qcow2_be64(ref + 40), rt = qcow2_be64(ref + 48);
	uint64_t l2 = qcow2_be64(ref + l1) & QCOW2_L1E_OFFSET_MASK;

	uint8_t b[8];
	expect_refused("magic", 0, "QFI\0", 4, "magic");
	be32(b, 4);
	expect_refused("version", 4, b, 4, "version 4");
	be32(b, 30);
	expect_refused("cbits", 20, b, 4, "cluster_bits");
	be32(b, 8);
	expect_refused("cbits8", 20, b, 4, "cluster_bits");
	be32(b, 1);
	expect_refused("crypt", 32, b, 4, "encrypted");
	qcow2_put64(b, 1ull << 40);
	expect_refused("incompat", 72, b, 8, "incompatible");
	qcow2_put64(b, QCOW2_INCOMPAT_DIRTY);
	expect_refused("dirty", 72, b, 8, "qemu-img check -r all");
	qcow2_put64(b, QCOW2_INCOMPAT_CORRUPT);
	expect_refused("corruptbit", 72, b, 8, "corrupt");
	qcow2_put64(b, QCOW2_INCOMPAT_DATA_FILE);
	expect_refused("datafile", 72, b, 8, "external data file");
	qcow2_put64(b, QCOW2_INCOMPAT_EXTL2);
	expect_refused("extl2", 72, b, 8, "extended L2");
	be32(b, 7);
	expect_refused("rcorder", 96, b, 4, "refcount_order");
	qcow2_put64(b, 1ull << 50);
	expect_refused("l1off", 40, b, 8, "L1 table");
	qcow2_put64(b, l1 + 8);
	expect_refused("l1misalign", 40, b, 8, "L1 table");
	be32(b, 0x7fffffff);
	expect_refused("l1size", 36, b, 4, "L1 table too large");
	be32(b, 0);
	expect_refused("l1small", 36, b, 4, "L1 table too small");
	qcow2_put64(b, rt + 512);
	expect_refused("rtmis", 48, b, 8, "refcount table");
	be32(b, 100000);
	expect_refused("rtsize", 56, b, 4, "refcount table");
	qcow2_put64(b, 1ull << 62);
	expect_refused("vsize", 24, b, 8, "too large");
	be32(b, 3);
	expect_refused("hdrlen", 100, b, 4, "header length");
	uint8_t bl[12];
	qcow2_put64(bl, 112);
	be32(bl + 8, 0xffff);
	expect_refused("backing_len", 8, bl, 12, "backing");
	qcow2_put64(b, 200);
	expect_refused("backing_bad", 8, b, 8, "backing");
	/* Header extension overrunning the cluster. */
	uint8_t ext[8];
	be32(ext, QCOW2_EXT_BACKING_FMT);
	be32(ext + 4, 0x7fffffff);
	expect_refused("ext", 104, ext, 8, "overruns");

	/* Tables pointing outside the file or misaligned: I/O fails with -EIO. */
	uint8_t e[8];
	qcow2_put64(e, QCOW2_OFLAG_COPIED | (1ull << 45));
	bd = patched("l1past", l1, e, 8, err);
	CHECK(bd != NULL);
	if (bd) {
		CHECK(block_pread(bd, buf, 4096, 0) == -EIO);
		CHECK(block_pwrite(bd, buf, 4096, 0) == -EIO);
		block_close(bd);
	}
	qcow2_put64(e, QCOW2_OFLAG_COPIED | (l2 + 512));
	bd = patched("l1mis", l1, e, 8, err);
	CHECK(bd && block_pread(bd, buf, 4096, 0) == -EIO);
	block_close(bd);
	qcow2_put64(e, QCOW2_OFLAG_COPIED | (1ull << 45));
	bd = patched("l2past", l2, e, 8, err);
	CHECK(bd && block_pread(bd, buf, 4096, 0) == -EIO);
	block_close(bd);
	qcow2_put64(e, QCOW2_OFLAG_COMPRESSED | 0x3fffffffffffffffull);
	bd = patched("l2comp", l2, e, 8, err);
	CHECK(bd && block_pread(bd, buf, 4096, 0) == -EIO);
	block_close(bd);
	qcow2_put64(e, 1ull << 50);
	bd = patched("rtpast", rt, e, 8, err);
	CHECK(bd != NULL); /* found when a refcount is needed */
	if (bd) {
		CHECK(block_pwrite(bd, buf, 4096, 1 << 20) < 0);
		block_close(bd);
	}
	/* Our check reports a damaged table instead of failing. */
	qcow2_put64(e, QCOW2_OFLAG_COPIED | (1ull << 45));
	bd = patched("l2past2", l2, e, 8, err);
	block_close(bd);
	struct qcow2_check_result r;
	FILE *devnull = fopen("/dev/null", "w");
	CHECK(qcow2_check(P(5, "l2past2"), &r, devnull, err, sizeof(err)) == 0 && r.corruptions);
	fclose(devnull);
	free(ref);
}

/* Images QEMU wrote: compressed clusters, v2, small clusters. */
static void test_qemu_images(void)
{
	if (!have_qemu_img)
		return;
	const uint64_t size = 1 << 20;
	uint8_t *model = malloc(size);
	for (uint64_t k = 0; k < size; k++)
		model[k] = (k / 4096) % 3 ? (uint8_t)(k % 251) : 0;
	write_file(P(0, "q.raw"), model, size);
	static const char *const opts[] = {"-c", "-o compat=0.10", "-o cluster_size=512",
					   "-c -o cluster_size=4096", "-o refcount_bits=1"};
	for (size_t k = 0; k < sizeof(opts) / sizeof(opts[0]); k++) {
		char cmd[1200], err[512];
		snprintf(cmd, sizeof(cmd), "qemu-img convert -f raw -O qcow2 %s '%s' '%s'", opts[k],
			 P(0, "q.raw"), P(1, "q.qcow2"));
		CHECK(system(cmd) == 0);
		struct block_dev *bd = open_img(P(1, "q.qcow2"), NULL, false, err);
		CHECK(bd && same_as(bd, model, size));
		if (!bd)
			continue;
		/* Overwrite parts (compressed clusters are rewritten uncompressed). */
		uint8_t *m2 = malloc(size);
		memcpy(m2, model, size);
		random_writes(bd, m2, size, 40, 9000);
		CHECK(same_as(bd, m2, size));
		block_close(bd);
		CHECK(check_clean(P(1, "q.qcow2")));
		CHECK(qemu_compare(P(1, "q.qcow2"), m2, size));
		free(m2);
	}
	free(model);
}

/* Filling an image far past what its refcount table covered (512-byte
 * clusters: one table cluster covers 8 MiB) grows the table. */
static void test_refcount_table_growth(void)
{
	char err[512];
	const char *img = P(0, "grow.qcow2");
	create(img, 64 * 1024, 512, NULL, NULL);
	struct block_dev *bd = open_img(img, NULL, false, err);
	CHECK(bd != NULL);
	if (!bd)
		return;
	const uint64_t size = 9 << 20;
	CHECK(qcow2_resize(bd, size, err, sizeof(err)) == 0);
	uint8_t *model = malloc(size);
	for (uint64_t k = 0; k < size; k += 8)
		*(uint64_t *)(model + k) = k * 0x9e3779b97f4a7c15ull;
	for (uint64_t off = 0; off < size; off += 1 << 20)
		CHECK(block_pwrite(bd, model + off, 1 << 20, off) == 1 << 20);
	CHECK(same_as(bd, model, size));
	block_close(bd);
	CHECK(check_clean(img));
	CHECK(qemu_compare(img, model, size));
	bd = open_img(img, NULL, true, err);
	CHECK(bd && same_as(bd, model, size));
	block_close(bd);
	free(model);
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
#define TIMED(call)                                                                                \
	do {                                                                                       \
		double t0_ = now();                                                                \
		call;                                                                              \
		printf("%-32s %.2f s\n", #call, now() - t0_);                                      \
	} while (0)

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	have_qemu_img = system("qemu-img --version >/dev/null 2>&1") == 0;
	TIMED(test_rw(65536));
	TIMED(test_rw(512));
	TIMED(test_rw(4096));
	TIMED(test_backing());
	TIMED(test_refcount_table_growth());
	TIMED(test_chain_refused());
	TIMED(test_corrupt());
	TIMED(test_qemu_images());
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
	CHECK_DONE();
}
