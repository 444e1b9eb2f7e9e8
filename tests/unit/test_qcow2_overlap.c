/* qcow2 metadata-overlap attacks through the block layer: crafted images
 * whose L2 entry points a guest cluster at the active L1 table, the refcount
 * table, a refcount block or another L2 table, or whose refcounts claim the
 * header, an L2 table or a refcount block is free. The guest's write (or
 * write-zeroes, or discard) must fail with -EIO and leave the metadata as it
 * was; the image must come out marked corrupt (QEMU's incompatible bit 1:
 * `qemu-img info` says corrupt: true), read/write opens must be refused, and
 * the disk must fail later writes while reads still work. Also: the map of
 * metadata follows new L2 tables and refcount blocks, and covers the
 * snapshot table and snapshot L1 tables of an image QEMU snapshotted. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "block/block.h"
#include "block/qcow2.h"
#include "check.h"

#define CS 4096ull
#define GN 5	/* the guest cluster whose L2 entry is crafted (unallocated) */
#define GFREE 3 /* an unallocated guest cluster in the same L2 table */

static char dir[] = "/tmp/rvisor-qovl-XXXXXX";
static int have_qemu_img;

static const char *P(const char *name)
{
	static char buf[4][512];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof(buf[k]), "%s/%s", dir, name);
	return buf[k];
}

static uint8_t *read_all(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0)
		return NULL;
	uint8_t *d = malloc((size_t)st.st_size);
	*len = (size_t)st.st_size;
	if (read(fd, d, *len) != (ssize_t)*len) {
		free(d);
		d = NULL;
	}
	close(fd);
	return d;
}

static void write_all(const char *path, const uint8_t *d, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0 && write(fd, d, len) == (ssize_t)len);
	close(fd);
}

static struct block_dev *open_img(const char *path, bool ro, char *err)
{
	struct block_open_opts o = {.format = "qcow2", .readonly = ro};
	return block_open(path, &o, err, 512);
}

static void pattern(uint8_t *buf, size_t n, uint8_t seed)
{
	for (size_t k = 0; k < n; k++)
		buf[k] = (uint8_t)(seed + k * 13);
}

/* The image every attack starts from: 4 KiB clusters, 8 MiB, guest data at
 * 0 and at 2 MiB, so two L2 tables (L1[0] and L1[1]) exist. */
static struct {
	uint8_t *d;
	size_t len;
	uint64_t l1, rt, rb, l2a, l2b;
} base;

static void make_base(void)
{
	char err[512];
	struct qcow2_create_opts o = {.size = 8 << 20, .cluster_size = CS};
	CHECK(qcow2_create(P("base.qcow2"), &o, err, sizeof(err)) == 0);
	struct block_dev *bd = open_img(P("base.qcow2"), false, err);
	CHECK(bd != NULL);
	if (!bd)
		return;
	uint8_t buf[CS];
	pattern(buf, CS, 1);
	CHECK(block_pwrite(bd, buf, CS, 0) == (ssize_t)CS);
	pattern(buf, CS, 2);
	CHECK(block_pwrite(bd, buf, CS, 2 << 20) == (ssize_t)CS);
	block_close(bd);
	base.d = read_all(P("base.qcow2"), &base.len);
	CHECK(base.d != NULL);
	base.l1 = qcow2_be64(base.d + 40);
	base.rt = qcow2_be64(base.d + 48);
	base.rb = qcow2_be64(base.d + base.rt) & QCOW2_RTE_OFFSET_MASK;
	base.l2a = qcow2_be64(base.d + base.l1) & QCOW2_L1E_OFFSET_MASK;
	base.l2b = qcow2_be64(base.d + base.l1 + 8) & QCOW2_L1E_OFFSET_MASK;
	CHECK(base.l1 && base.rt && base.rb && base.l2a && base.l2b && base.l2a != base.l2b);
	/* The crafted guest clusters start unallocated. */
	CHECK(qcow2_be64(base.d + base.l2a + 8 * GN) == 0);
	CHECK(qcow2_be64(base.d + base.l2a + 8 * GFREE) == 0);
}

static uint8_t *copy_base(void)
{
	uint8_t *d = malloc(base.len);
	memcpy(d, base.d, base.len);
	return d;
}

/* L2 entry of guest cluster GN -> host cluster `host`, marked as owned
 * (COPIED), so that a write goes to it in place. */
static uint8_t *l2_points_at(uint64_t host)
{
	uint8_t *d = copy_base();
	qcow2_put64(d + base.l2a + 8 * GN, host | QCOW2_OFLAG_COPIED);
	return d;
}

/* Refcount of the host cluster at `host` -> 0: "free". */
static uint8_t *refcount_zero(uint64_t host)
{
	uint8_t *d = copy_base();
	uint64_t idx = host / CS; /* all in the first refcount block (16-bit) */
	d[base.rb + 2 * idx] = 0;
	d[base.rb + 2 * idx + 1] = 0;
	return d;
}

enum op { OP_WRITE, OP_WRITE_ZEROES, OP_DISCARD };

static bool grep_file(const char *path, const char *needle)
{
	size_t n;
	uint8_t *d = read_all(path, &n);
	bool found = d && memmem(d, n, needle, strlen(needle));
	free(d);
	return found;
}

/* Open the crafted image read/write, run the guest operation `op` at guest
 * cluster gc, and check the outcome (see the file comment). protect is the
 * host offset of the metadata cluster the attack aims at. */
static void attack(const char *name, uint8_t *img, enum op op, uint64_t gc, uint64_t protect,
		   bool refs_still_wrong)
{
	char err[512] = "", path[512];
	snprintf(path, sizeof(path), "%s", P(name));
	write_all(path, img, base.len);
	struct block_dev *bd = open_img(path, false, err);
	CHECK(bd != NULL);
	if (!bd) {
		free(img);
		return;
	}
	uint8_t buf[CS], rbuf[CS];
	memset(buf, 0xaa, sizeof(buf));
	long r = 0;
	switch (op) {
	case OP_WRITE:
		r = block_pwrite(bd, buf, CS, gc * CS);
		break;
	case OP_WRITE_ZEROES: /* part of a cluster: zeroes are written */
		r = block_write_zeroes(bd, gc * CS + 512, 512, false);
		break;
	case OP_DISCARD:
		r = block_discard(bd, gc * CS, CS);
		break;
	}
	if (op != OP_DISCARD && r != -EIO) {
		fprintf(stderr, "%s: guest operation returned %ld, expected -EIO\n", name, r);
		CHECK(0);
	}
	/* The disk now fails writes (even harmless ones) but reads go on. */
	pattern(rbuf, CS, 1);
	r = block_pwrite(bd, rbuf, 512, 0);
	if (r != -EIO) {
		fprintf(stderr, "%s: later write returned %ld, expected -EIO\n", name, r);
		CHECK(0);
	}
	CHECK(block_pread(bd, rbuf, CS, 0) == (ssize_t)CS);
	pattern(buf, CS, 1);
	CHECK(memcmp(rbuf, buf, CS) == 0);
	struct qcow2_info qi;
	qcow2_get_info(bd, &qi);
	CHECK(qi.corrupt);
	block_close(bd);

	/* Nothing changed in the file but the corrupt bit (and, for discard,
	 * the crafted L2 entry, cleared before the free was refused). */
	size_t alen;
	uint8_t *after = read_all(path, &alen);
	CHECK(after && alen == base.len);
	if (!after || alen != base.len) {
		free(after);
		free(img);
		return;
	}
	uint64_t incompat = qcow2_be64(after + 72);
	if (!(incompat & QCOW2_INCOMPAT_CORRUPT)) {
		fprintf(stderr, "%s: the image is not marked corrupt\n", name);
		CHECK(0);
	}
	qcow2_put64(after + 72, qcow2_be64(img + 72));
	if (memcmp(after + protect, img + protect, CS) != 0) {
		fprintf(stderr, "%s: the metadata cluster at %#llx was overwritten\n", name,
			(unsigned long long)protect);
		CHECK(0);
	}
	if (op == OP_DISCARD)
		memcpy(after + base.l2a + 8 * GN, img + base.l2a + 8 * GN, 8);
	for (size_t k = 0; k < base.len; k++)
		if (after[k] != img[k]) {
			fprintf(stderr, "%s: byte %#zx of the file changed\n", name, k);
			CHECK(0);
			break;
		}
	free(after);

	/* Read/write opens are refused (as QEMU does); read-only works. */
	bd = open_img(path, false, err);
	CHECK(bd == NULL && strstr(err, "corrupt") && strstr(err, "qemu-img check -r"));
	block_close(bd);
	bd = open_img(path, true, err);
	CHECK(bd != NULL);
	block_close(bd);
	/* rvisor img check says so. */
	FILE *out = fopen(P("check.out"), "w");
	struct qcow2_check_result cr;
	CHECK(out && qcow2_check(path, &cr, out, err, sizeof(err)) == 0);
	if (out)
		fclose(out);
	CHECK(grep_file(P("check.out"), "marked corrupt"));
	if (have_qemu_img) {
		char cmd[1200];
		snprintf(cmd, sizeof(cmd),
			 "qemu-img info --output=json '%s' | grep -q '\"corrupt\": true'", path);
		CHECK(system(cmd) == 0);
		if (refs_still_wrong) {
			snprintf(cmd, sizeof(cmd), "qemu-img check -q '%s' >/dev/null 2>&1", path);
			int st = system(cmd);
			CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 2);
		}
	}
	free(img);
}

static void test_l2_entry_attacks(void)
{
	/* A guest write lands where the crafted L2 entry says. */
	attack("l2_to_l1", l2_points_at(base.l1), OP_WRITE, GN, base.l1, true);
	attack("l2_to_rt", l2_points_at(base.rt), OP_WRITE, GN, base.rt, true);
	attack("l2_to_rb", l2_points_at(base.rb), OP_WRITE, GN, base.rb, true);
	attack("l2_to_l2", l2_points_at(base.l2b), OP_WRITE, GN, base.l2b, true);
	/* Write-zeroes of part of the cluster writes zeroes there. */
	attack("l2_to_l1_wz", l2_points_at(base.l1), OP_WRITE_ZEROES, GN, base.l1, true);
	/* Discard would free the L1 table's cluster (its refcount to 0): the
	 * next allocation would hand it out. */
	attack("l2_to_l1_discard", l2_points_at(base.l1), OP_DISCARD, GN, base.rb, false);
}

static void test_refcount_attacks(void)
{
	/* Refcounts that call a metadata cluster free: a write to an
	 * unallocated guest cluster would be given that cluster. */
	attack("rc_header", refcount_zero(0), OP_WRITE, GFREE, 0, true);
	attack("rc_l2", refcount_zero(base.l2b), OP_WRITE, GFREE, base.l2b, true);
	/* A write where no L2 table exists yet (4 MiB: L1[2]): the new L2
	 * table would be put over the refcount block. */
	attack("rc_rb", refcount_zero(base.rb), OP_WRITE, (4 << 20) / CS, base.rb, true);
}

/* Version 2 has no feature bits: the write is still refused and the disk
 * fails later writes; the file is left untouched. */
static void test_v2(void)
{
	if (!have_qemu_img)
		return;
	char cmd[1200], err[512];
	const char *path = P("v2.qcow2");
	snprintf(cmd, sizeof(cmd),
		 "qemu-img create -q -f qcow2 -o compat=0.10,cluster_size=4096 '%s' 1M", path);
	CHECK(system(cmd) == 0);
	struct block_dev *bd = open_img(path, false, err);
	uint8_t buf[CS];
	pattern(buf, CS, 3);
	CHECK(bd && block_pwrite(bd, buf, CS, 0) == (ssize_t)CS);
	block_close(bd);
	size_t len;
	uint8_t *d = read_all(path, &len);
	CHECK(d != NULL);
	if (!d)
		return;
	uint64_t l1 = qcow2_be64(d + 40);
	uint64_t l2 = qcow2_be64(d + l1) & QCOW2_L1E_OFFSET_MASK;
	qcow2_put64(d + l2 + 8 * GN, l1 | QCOW2_OFLAG_COPIED);
	write_all(path, d, len);
	bd = open_img(path, false, err);
	CHECK(bd != NULL);
	if (bd) {
		CHECK(block_pwrite(bd, buf, CS, GN * CS) == -EIO);
		CHECK(block_pwrite(bd, buf, CS, 0) == -EIO);
		block_close(bd);
	}
	size_t alen;
	uint8_t *after = read_all(path, &alen);
	CHECK(after && alen == len && memcmp(after, d, len) == 0);
	free(after);
	free(d);
}

/* Every table the image's tables name is in the map, as its own kind. */
static bool map_matches_tables(struct qcow2 *q)
{
	bool ok = true;
	for (uint32_t i = 0; i < q->l1_size; i++) {
		uint64_t off = q->l1[i] & QCOW2_L1E_OFFSET_MASK;
		if (off && qcow2_ovl_find(q, 0, off + 8, 8) != QCOW2_META_L2) {
			fprintf(stderr, "L2 table at %#llx not in the map\n",
				(unsigned long long)off);
			ok = false;
		}
	}
	for (uint64_t k = 0; k < q->rt_entries; k++) {
		uint64_t off = q->rt[k] & QCOW2_RTE_OFFSET_MASK;
		if (off && qcow2_ovl_find(q, 0, off, 1) != QCOW2_META_RB) {
			fprintf(stderr, "refcount block at %#llx not in the map\n",
				(unsigned long long)off);
			ok = false;
		}
	}
	return ok;
}

/* The map is built at the first write and follows what later writes
 * allocate: new L2 tables, new refcount blocks, a grown refcount table and
 * a moved L1 table (resize). */
static void test_map_follows_allocation(void)
{
	char err[512];
	const char *path = P("grow.qcow2");
	struct qcow2_create_opts o = {.size = 64 * 1024, .cluster_size = 512};
	CHECK(qcow2_create(path, &o, err, sizeof(err)) == 0);
	struct block_dev *bd = open_img(path, false, err);
	CHECK(bd != NULL);
	if (!bd)
		return;
	struct qcow2 *q = bd->priv;
	uint8_t buf[512];
	pattern(buf, sizeof(buf), 4);
	CHECK(block_pwrite(bd, buf, sizeof(buf), 0) == 512); /* builds the map */
	CHECK(map_matches_tables(q));
	uint64_t rt0 = q->rt_off;
	CHECK(qcow2_resize(bd, 9 << 20, err, sizeof(err)) == 0);
	uint8_t *big = malloc(1 << 20);
	pattern(big, 1 << 20, 5);
	for (uint64_t off = 0; off < (9u << 20); off += 1 << 20)
		CHECK(block_pwrite(bd, big, 1 << 20, off) == 1 << 20);
	free(big);
	CHECK(q->rt_off != rt0); /* the refcount table grew (and moved) */
	CHECK(map_matches_tables(q));
	/* Own tables are exempt only for their own kind. */
	CHECK(qcow2_ovl_find(q, QCOW2_META_L1, q->l1_off, 8) == 0);
	CHECK(qcow2_ovl_find(q, 0, q->l1_off, 8) == QCOW2_META_L1);
	CHECK(qcow2_ovl_find(q, QCOW2_META_RT, q->rt_off, 8) == 0);
	CHECK(qcow2_ovl_find(q, 0, q->rt_off + 512, 1) == QCOW2_META_RT);
	CHECK(qcow2_ovl_find(q, QCOW2_META_HEADER, 0, 512) == 0);
	CHECK(qcow2_ovl_find(q, 0, 72, 8) == QCOW2_META_HEADER);
	struct qcow2_info qi;
	qcow2_get_info(bd, &qi);
	CHECK(!qi.corrupt);
	block_close(bd);
	struct qcow2_check_result cr;
	FILE *devnull = fopen("/dev/null", "w");
	CHECK(qcow2_check(path, &cr, devnull, err, sizeof(err)) == 0 && !cr.corruptions &&
	      !cr.leaks);
	fclose(devnull);
}

/* An image with an internal snapshot (QEMU's): its snapshot table and the
 * snapshot's L1 table are metadata too. */
static void test_snapshot_tables(void)
{
	if (!have_qemu_img)
		return;
	char cmd[1200], err[512];
	const char *path = P("snap.qcow2");
	snprintf(cmd, sizeof(cmd),
		 "qemu-img create -q -f qcow2 '%s' 1M && qemu-io -c 'write -P 7 0 64k' '%s' "
		 ">/dev/null && qemu-img snapshot -c s1 '%s' && qemu-io -c 'write -P 8 0 4k' '%s' "
		 ">/dev/null",
		 path, path, path, path);
	if (system(cmd) != 0) {
		fprintf(stderr, "qemu-io unavailable: snapshot tables not checked\n");
		return;
	}
	int fd = open(path, O_RDONLY);
	struct qcow2 q;
	CHECK(fd >= 0 && qcow2_load(&q, fd, true, true, err, sizeof(err)) == 0);
	CHECK(q.nb_snapshots == 1);
	uint8_t h[12];
	CHECK(qcow2_pread_full(fd, h, sizeof(h), q.snap_off) == 0);
	uint64_t sl1 = qcow2_be64(h);
	CHECK(sl1 != q.l1_off && qcow2_be32(h + 8) > 0);
	CHECK(qcow2_ovl_find(&q, 0, q.snap_off, 1) == QCOW2_META_SNAPTAB);
	CHECK(qcow2_ovl_find(&q, 0, sl1, 8) == QCOW2_META_SNAP_L1);
	CHECK(qcow2_ovl_find(&q, 0, q.l1_off, 8) == QCOW2_META_L1);
	CHECK(map_matches_tables(&q));
	/* The data cluster the active L2 names is guest data. */
	uint8_t e[8];
	uint64_t l2 = q.l1[0] & QCOW2_L1E_OFFSET_MASK;
	CHECK(qcow2_pread_full(fd, e, 8, l2) == 0);
	uint64_t data = qcow2_be64(e) & QCOW2_L2E_OFFSET_MASK;
	CHECK(data && qcow2_ovl_find(&q, 0, data, 4096) == 0);
	qcow2_unload(&q);
	close(fd);
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	have_qemu_img = system("qemu-img --version >/dev/null 2>&1") == 0;
	make_base();
	if (base.d) {
		test_l2_entry_attacks();
		test_refcount_attacks();
	}
	test_v2();
	test_map_follows_allocation();
	test_snapshot_tables();
	free(base.d);
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
	CHECK_DONE();
}
