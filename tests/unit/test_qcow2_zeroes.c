/* qcow2 write-zeroes and discard as virtio-blk issues them (1 MiB slices):
 * on a compat=0.10 image (no zero flag) zeroing a fresh disk must not
 * allocate it (it grew by the whole range), data and backing data must
 * read as zero afterwards, unmap deallocates, and zeroing or discarding
 * the same range again slice by slice leaves a consistent image (qcow2
 * check, qemu-img check and compare against a raw model). */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "block/block.h"
#include "block/qcow2.h"
#include "check.h"

#define MIB (1ULL << 20)
#define DISK (64 * MIB)

static char dir[] = "/tmp/rvisor-test-qzero-XXXXXX";
static char img[256], base[256], raw[256];
static uint8_t *model; /* what the guest must read: DISK bytes */

static void run(const char *cmd)
{
	int st = system(cmd);
	if (st != 0) {
		fprintf(stderr, "command failed (status %d): %s\n", st, cmd);
		check_failures++;
	}
}

static struct block_dev *open_img(const char *path, const char *fmt)
{
	char err[256];
	struct block_open_opts o = {.format = fmt};
	struct block_dev *bd = block_open(path, &o, err, sizeof(err));
	if (!bd)
		fprintf(stderr, "%s\n", err);
	CHECK(bd != NULL);
	return bd;
}

static off_t file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? st.st_size : -1;
}

/* The guest's write: the model follows. */
static void put(struct block_dev *bd, uint64_t off, uint64_t len, uint8_t v)
{
	uint8_t *buf = malloc(len);
	memset(buf, v, len);
	CHECK(block_pwrite(bd, buf, len, off) == (ssize_t)len);
	memset(model + off, v, len);
	free(buf);
}

/* virtio-blk's way: 1 MiB slices. */
static void zero(struct block_dev *bd, uint64_t off, uint64_t len, bool unmap, bool discard)
{
	for (uint64_t done = 0; done < len;) {
		uint64_t n = len - done < MIB ? len - done : MIB;
		int rc = discard ? block_discard(bd, off + done, n)
				 : block_write_zeroes(bd, off + done, n, unmap);
		CHECK_EQ_U64(rc, 0);
		done += n;
	}
	if (!discard)
		memset(model + off, 0, len);
}

static bool same_as_model(struct block_dev *bd)
{
	uint8_t *buf = malloc(MIB);
	bool ok = true;
	for (uint64_t off = 0; off < DISK && ok; off += MIB) {
		ok = block_pread(bd, buf, MIB, off) == (ssize_t)MIB &&
		     memcmp(buf, model + off, MIB) == 0;
		if (!ok)
			fprintf(stderr, "differs from the model in MiB %llu\n",
				(unsigned long long)(off / MIB));
	}
	free(buf);
	return ok;
}

/* rvisor's check, and qemu-img's check and compare with the model. */
static uint64_t check_image(void)
{
	struct qcow2_check_result res;
	char err[256];
	FILE *devnull = fopen("/dev/null", "w");
	CHECK(qcow2_check(img, &res, devnull, err, sizeof(err)) == 0);
	fclose(devnull);
	CHECK_EQ_U64(res.corruptions, 0);
	CHECK_EQ_U64(res.leaks, 0);
	char cmd[1024];
	snprintf(cmd, sizeof(cmd), "qemu-img check -q '%s'", img);
	run(cmd);
	FILE *f = fopen(raw, "wb");
	CHECK(f && fwrite(model, 1, DISK, f) == DISK);
	if (f)
		fclose(f);
	snprintf(cmd, sizeof(cmd), "qemu-img compare -q -f raw '%s' '%s'", raw, img);
	run(cmd);
	return res.allocated_clusters;
}

static void test_v2_fresh(void)
{
	char cmd[1024];
	snprintf(cmd, sizeof(cmd), "qemu-img create -q -f qcow2 -o compat=0.10 '%s' 64M", img);
	run(cmd);
	memset(model, 0, DISK);
	off_t before = file_size(img);
	struct block_dev *bd = open_img(img, "qcow2");
	if (!bd)
		return;
	/* A fresh disk already reads as zero: zeroing it allocates nothing. */
	zero(bd, 0, 32 * MIB, false, false);
	CHECK(file_size(img) - before < (off_t)MIB);
	/* Data, zeroed without unmap: zeroes written, clusters kept. */
	put(bd, 3 * MIB, 2 * MIB, 0x11);
	put(bd, 50 * MIB + 4096, 512, 0x22); /* a partial cluster */
	put(bd, 60 * MIB, MIB, 0x33);	     /* outside the range */
	zero(bd, 0, 59 * MIB + 512, false, false);
	CHECK(same_as_model(bd));
	block_close(bd);
	uint64_t kept = check_image();
	CHECK(kept >= 2 * MIB / 65536);
	/* With unmap, whole clusters go away (they read as zero again). */
	bd = open_img(img, "qcow2");
	zero(bd, 0, 59 * MIB + 512, true, false);
	CHECK(same_as_model(bd));
	block_close(bd);
	/* Left: the untouched MiB, and the partial cluster at the end of the
	 * range (written with zeroes, as a partial cluster is). */
	uint64_t left = check_image();
	CHECK(left >= MIB / 65536 && left <= MIB / 65536 + 1);
}

/* An overlay: zeroes must hide the backing file's data, whose clusters
 * are not allocated in the overlay (real zeroes, allocating). */
static void test_v2_backing(void)
{
	char cmd[1024];
	snprintf(cmd, sizeof(cmd),
		 "qemu-img create -q -f raw '%s' 64M && qemu-img create -q -f qcow2 -o "
		 "compat=0.10 -b '%s' -F raw '%s'",
		 base, base, img);
	run(cmd);
	struct block_dev *b = open_img(base, "raw");
	if (!b)
		return;
	memset(model, 0, DISK);
	put(b, 10 * MIB, 8 * MIB, 0x44);
	block_close(b);
	struct block_dev *bd = open_img(img, "qcow2");
	zero(bd, 12 * MIB + 512, 2 * MIB, false, false);
	zero(bd, 16 * MIB, 4 * MIB, true, false); /* unmap: the backing still shows otherwise */
	CHECK(same_as_model(bd));
	block_close(bd);
	check_image();
	/* The backing file is untouched. */
	b = open_img(base, "raw");
	uint8_t v = 0;
	CHECK(block_pread(b, &v, 1, 13 * MIB) == 1 && v == 0x44);
	block_close(b);
}

/* v3: zeroing and discarding a range twice, slice by slice (the second
 * time nothing changes), then data again. */
static void test_v3_again(void)
{
	char cmd[1024];
	unlink(img);
	snprintf(cmd, sizeof(cmd), "qemu-img create -q -f qcow2 '%s' 64M", img);
	run(cmd);
	memset(model, 0, DISK);
	struct block_dev *bd = open_img(img, "qcow2");
	if (!bd)
		return;
	put(bd, 0, 32 * MIB, 0x55);
	for (int k = 0; k < 2; k++)
		zero(bd, MIB, 16 * MIB, false, false); /* kept allocated, zero flag */
	for (int k = 0; k < 2; k++)
		zero(bd, 20 * MIB, 4 * MIB, true, false); /* deallocated */
	for (int k = 0; k < 2; k++)
		zero(bd, 26 * MIB, 4 * MIB, false, true); /* discard */
	memset(model + 26 * MIB, 0, 4 * MIB);		  /* no backing: discarded reads zero */
	put(bd, 2 * MIB, 4096, 0x66);
	CHECK(same_as_model(bd));
	block_close(bd);
	check_image();
}

int main(void)
{
	if (system("qemu-img --version >/dev/null 2>&1") != 0) {
		fprintf(stderr, "qemu-img not installed (scripts/deps.sh): skipped\n");
		return 77;
	}
	if (!mkdtemp(dir) || !(model = malloc(DISK)))
		return 1;
	snprintf(img, sizeof(img), "%s/disk.qcow2", dir);
	snprintf(base, sizeof(base), "%s/base.raw", dir);
	snprintf(raw, sizeof(raw), "%s/model.raw", dir);
	test_v2_fresh();
	test_v2_backing();
	test_v3_again();
	unlink(img);
	unlink(base);
	unlink(raw);
	rmdir(dir);
	free(model);
	CHECK_DONE();
}
