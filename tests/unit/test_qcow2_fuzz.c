/* Runs the qcow2 fuzz target (tests/fuzz/fuzz_qcow2.c) over a small corpus
 * of mutated images: every header byte set to boundary values, random
 * mutations of the header, L1, L2 and refcount tables, L2 entries aimed at
 * metadata (overlap attacks), truncations. Passing means no crash, no hang
 * (each input is bounded) and no sanitizer report when built with one. */
#include "../fuzz/fuzz_qcow2.c"

#include <time.h>

#include "check.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A small image with data, a zero cluster and a compressed-looking entry. */
static uint8_t *seed_image(size_t *len)
{
	char dir[] = "/tmp/rvisor-fuzz-XXXXXX", path[128], err[512];
	if (!mkdtemp(dir))
		return NULL;
	snprintf(path, sizeof(path), "%s/seed.qcow2", dir);
	struct qcow2_create_opts o = {.size = 256 * 1024, .cluster_size = 512};
	if (qcow2_create(path, &o, err, sizeof(err)) < 0)
		return NULL;
	struct block_open_opts rw = {.format = "qcow2"};
	struct block_dev *bd = block_open(path, &rw, err, sizeof(err));
	if (!bd)
		return NULL;
	uint8_t buf[4096];
	for (size_t k = 0; k < sizeof(buf); k++)
		buf[k] = (uint8_t)(k * 3);
	block_pwrite(bd, buf, sizeof(buf), 1000);
	block_pwrite(bd, buf, 700, 200 * 1024 + 3);
	block_write_zeroes(bd, 2048, 1024, false);
	block_close(bd);
	FILE *f = fopen(path, "rb");
	uint8_t *d = malloc(1 << 20);
	*len = fread(d, 1, 1 << 20, f);
	fclose(f);
	unlink(path);
	rmdir(dir);
	return d;
}

int main(void)
{
	size_t len;
	uint8_t *seed = seed_image(&len);
	CHECK(seed != NULL);
	if (!seed)
		CHECK_DONE();
	uint8_t *m = malloc(len);
	int runs = 0;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	LLVMFuzzerTestOneInput(seed, len);
	/* Every header byte (and the first extension) to boundary values. */
	static const uint8_t vals[] = {0x00, 0x01, 0x7f, 0x80, 0xff};
	for (size_t off = 0; off < 128; off++)
		for (size_t v = 0; v < sizeof(vals); v++) {
			memcpy(m, seed, len);
			m[off] = vals[v];
			LLVMFuzzerTestOneInput(m, len);
			runs++;
		}
	/* Random multi-byte damage anywhere in the metadata area. */
	uint64_t l1 = qcow2_be64(seed + 40), rt = qcow2_be64(seed + 48);
	for (int k = 0; k < 600; k++) {
		memcpy(m, seed, len);
		int n = 1 + (int)(rnd() % 4);
		for (int j = 0; j < n; j++) {
			uint64_t where;
			switch (rnd() % 4) {
			case 0:
				where = rnd() % 112;
				break;
			case 1:
				where = l1 + rnd() % 64;
				break;
			case 2:
				where = rt + rnd() % 64;
				break;
			default:
				where = rnd() % len;
				break;
			}
			if (where < len)
				m[where] = (uint8_t)rnd();
		}
		LLVMFuzzerTestOneInput(m, len);
		runs++;
	}
	/* Crafted overlaps: the L2 entry of a guest cluster the target writes
	 * (410, in L1[6]'s table) points at the L1 table, the refcount table or
	 * the refcount block; each also mutated. */
	uint64_t l2 = qcow2_be64(seed + l1 + 6 * 8) & QCOW2_L1E_OFFSET_MASK;
	CHECK(l2 && l2 + 512 <= len);
	const uint64_t targets[] = {l1, rt, qcow2_be64(seed + rt) & QCOW2_RTE_OFFSET_MASK};
	for (size_t t = 0; l2 && l2 + 512 <= len && t < sizeof(targets) / sizeof(targets[0]); t++) {
		memcpy(m, seed, len);
		qcow2_put64(m + l2 + 8 * (410 % 64), targets[t] | QCOW2_OFLAG_COPIED);
		LLVMFuzzerTestOneInput(m, len);
		runs++;
		for (int k = 0; k < 20; k++) {
			uint8_t *c = malloc(len);
			memcpy(c, m, len);
			c[l2 + rnd() % 512] = (uint8_t)rnd();
			LLVMFuzzerTestOneInput(c, len);
			free(c);
			runs++;
		}
	}
	/* Truncations. */
	for (size_t cut = 0; cut < len; cut += 97) {
		LLVMFuzzerTestOneInput(seed, cut);
		runs++;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%d mutated images in %.2f s\n", runs,
	       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	free(m);
	free(seed);
	CHECK_DONE();
}
