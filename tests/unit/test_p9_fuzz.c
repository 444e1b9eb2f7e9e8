/* Runs the virtio-9p fuzz target (tests/fuzz/fuzz_p9.c) over 20,000
 * request sequences: seeds that drive every operation, then random
 * mutations of them (bytes set to boundary or random values, sizes and
 * counts changed, requests cut short, dropped, repeated or swapped, fids
 * spliced between requests) and wholly random requests. Passing means no
 * crash, every reply well formed, the outside bait untouched and no
 * descriptor leaked (and no sanitizer report when built with one). */
#include "../fuzz/fuzz_p9.c"

#include <time.h>

#include "check.h"

static uint64_t rng = 0x2545f4914f6cdd1dull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A fuzz input under construction: header, then records. */
struct input {
	uint8_t b[1 << 16];
	size_t n;
};

static void in_begin(struct input *in, uint8_t flags, uint16_t cap)
{
	in->b[0] = flags;
	in->b[1] = (uint8_t)cap;
	in->b[2] = (uint8_t)(cap >> 8);
	in->n = 3;
}

static void in_add(struct input *in, const struct p9msg *m)
{
	if (in->n + 2 + m->n > sizeof(in->b))
		return;
	in->b[in->n++] = (uint8_t)m->n;
	in->b[in->n++] = (uint8_t)(m->n >> 8);
	memcpy(in->b + in->n, m->b, m->n);
	in->n += m->n;
}

#define NSEEDS 8
static struct input seeds[NSEEDS];

static void walk1(struct p9msg *m, uint32_t fid, uint32_t nfid, const char *name)
{
	const char *names[] = {name};
	pm_walk(m, fid, nfid, name ? 1 : 0, names);
}

static void build_seeds(void)
{
	struct p9msg m;
	static const char data[] = "written by the fuzzer";
	/* 0: read and write a file, read a directory, attributes. */
	struct input *in = &seeds[0];
	in_begin(in, 0, 8192);
	walk1(&m, 0, 1, "hello"), in_add(in, &m);
	pm_lopen(&m, 1, 2), in_add(in, &m);
	pm_rw(&m, 116, 1, 0, 100, NULL), in_add(in, &m);
	pm_rw(&m, 118, 1, 3, sizeof(data), data), in_add(in, &m);
	pm_getattr(&m, 1), in_add(in, &m);
	pm_setattr_size(&m, 1, 0x8 | 0x1, 0600, 5), in_add(in, &m);
	pm_fid(&m, 50, 1), in_add(in, &m);
	walk1(&m, 0, 2, NULL), in_add(in, &m);
	pm_lopen(&m, 2, 0), in_add(in, &m);
	pm_rw(&m, 40, 2, 0, 4096, NULL), in_add(in, &m);
	pm_rw(&m, 40, 2, 2, 40, NULL), in_add(in, &m);
	pm_fid(&m, 8, 2), in_add(in, &m);
	pm_fid(&m, 120, 2), in_add(in, &m);
	pm_fid(&m, 120, 1), in_add(in, &m);
	/* 1: create, mkdir, symlinks, links, renames, removal. */
	in = &seeds[1];
	in_begin(in, 2, 8192);
	walk1(&m, 0, 1, "sub"), in_add(in, &m);
	walk1(&m, 0, 2, NULL), in_add(in, &m);
	pm_lcreate(&m, 2, "new", 2 | 0100), in_add(in, &m);
	pm_rw(&m, 118, 2, 0, sizeof(data), data), in_add(in, &m);
	pm_mkdir(&m, 1, "d"), in_add(in, &m);
	pm_symlink(&m, 1, "ln", "../../outside"), in_add(in, &m);
	pm_link(&m, 0, 2, "hard"), in_add(in, &m);
	pm_renameat(&m, 0, "hard", 1, "hard2"), in_add(in, &m);
	pm_rename(&m, 2, 1, "moved"), in_add(in, &m);
	pm_unlinkat(&m, 1, "d", 0x200), in_add(in, &m);
	walk1(&m, 1, 3, "ln"), in_add(in, &m);
	pm_fid(&m, 22, 3), in_add(in, &m);
	pm_lopen(&m, 3, 0), in_add(in, &m);
	pm_fid(&m, 122, 3), in_add(in, &m);
	/* 2: escapes: "..", links out, names with '/'. */
	in = &seeds[2];
	in_begin(in, 0, 8192);
	const char *up[] = {"..", "..", "sub", "..", "abs", "secret"};
	pm_walk(&m, 0, 1, 6, up), in_add(in, &m);
	walk1(&m, 0, 2, "rel"), in_add(in, &m);
	pm_lopen(&m, 2, 0), in_add(in, &m);
	walk1(&m, 0, 3, "../outside"), in_add(in, &m);
	const char *sub_up[] = {"sub", "up"};
	pm_walk(&m, 0, 4, 2, sub_up), in_add(in, &m);
	pm_lopen(&m, 4, 2), in_add(in, &m);
	pm_setattr_size(&m, 4, 0x1 | 0x8, 0777, 0), in_add(in, &m);
	pm_lcreate(&m, 2, "evil", 2 | 0100), in_add(in, &m);
	pm_renameat(&m, 0, "abs", 0, "abs2"), in_add(in, &m);
	pm_link(&m, 0, 2, "hl"), in_add(in, &m);
	/* 3: a read-only share. */
	in = &seeds[3];
	in_begin(in, 1, 8192);
	walk1(&m, 0, 1, "hello"), in_add(in, &m);
	pm_lopen(&m, 1, 01000 | 1), in_add(in, &m);
	pm_lopen(&m, 1, 0), in_add(in, &m);
	pm_rw(&m, 116, 1, 0, 50, NULL), in_add(in, &m);
	pm_mkdir(&m, 0, "x"), in_add(in, &m);
	pm_unlinkat(&m, 0, "hello", 0), in_add(in, &m);
	/* 4: mknod, locks, statfs, xattrs, a second Tversion. */
	in = &seeds[4];
	in_begin(in, 2, 300);
	pm_begin(&m, 18), pm_le(&m, 0, 4), pm_str(&m, "fifo"), pm_le(&m, 010644, 4);
	pm_le(&m, 0, 4), pm_le(&m, 0, 4), pm_le(&m, 0, 4);
	pm_end(&m), in_add(in, &m);
	walk1(&m, 0, 1, "fifo"), in_add(in, &m);
	pm_lopen(&m, 1, 0), in_add(in, &m);
	pm_rw(&m, 116, 1, 0, 10, NULL), in_add(in, &m);
	pm_begin(&m, 52), pm_le(&m, 1, 4), pm_le(&m, 1, 1), pm_le(&m, 0, 4), pm_le(&m, 0, 8);
	pm_le(&m, 100, 8), pm_le(&m, 7, 4), pm_str(&m, "client"), pm_end(&m), in_add(in, &m);
	pm_begin(&m, 54), pm_le(&m, 1, 4), pm_le(&m, 0, 1), pm_le(&m, 0, 8), pm_le(&m, 0, 8);
	pm_le(&m, 7, 4), pm_str(&m, "client"), pm_end(&m), in_add(in, &m);
	pm_fid(&m, 8, 0), in_add(in, &m);
	pm_begin(&m, 30), pm_le(&m, 0, 4), pm_le(&m, 5, 4), pm_str(&m, "user.x"), pm_end(&m);
	in_add(in, &m);
	pm_begin(&m, 108), pm_le(&m, 1, 2), pm_end(&m), in_add(in, &m);
	pm_version(&m, 4096, "9P2000.L"), in_add(in, &m);
	pm_attach(&m, 7), in_add(in, &m);
	walk1(&m, 7, 8, "sub"), in_add(in, &m);
	/* 5: a saved open directory and file, then a state payload. */
	in = &seeds[5];
	in_begin(in, 2 | 4, 8192);
	walk1(&m, 0, 1, "sub"), in_add(in, &m);
	pm_lopen(&m, 1, 0), in_add(in, &m);
	walk1(&m, 0, 2, "hello"), in_add(in, &m);
	pm_lopen(&m, 2, 2), in_add(in, &m);
	in->b[in->n++] = 0, in->b[in->n++] = 0;
	static const uint8_t st[] = {0, 0, 1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 2, 2, 0, 0, 0,
				     3, 0, 0, 0, 's', 'u', 'b', 9, 0, 0, 0, 0, 0,
				     0, 0, 0, 0, 0, 0, 0};
	memcpy(in->b + in->n, st, sizeof(st)), in->n += sizeof(st);
	/* 6: a deep tree and a long readdir with a small reply room. */
	in = &seeds[6];
	in_begin(in, 0, 256);
	walk1(&m, 0, 1, NULL), in_add(in, &m);
	for (int k = 0; k < 6; k++) {
		char name[16];
		snprintf(name, sizeof(name), "n%d", k);
		pm_mkdir(&m, 1, name), in_add(in, &m);
		walk1(&m, 1, 1, name), in_add(in, &m);
	}
	pm_lopen(&m, 1, 0), in_add(in, &m);
	pm_rw(&m, 40, 1, 0, 200, NULL), in_add(in, &m);
	const char *back[] = {"..", "..", "..", "..", "..", "..", "..", ".."};
	pm_walk(&m, 1, 2, 8, back), in_add(in, &m);
	pm_fid(&m, 122, 1), in_add(in, &m);
	/* 7: large I/O near the negotiated msize. */
	in = &seeds[7];
	in_begin(in, 0, 65535);
	walk1(&m, 0, 1, NULL), in_add(in, &m);
	pm_lcreate(&m, 1, "big", 2 | 0100), in_add(in, &m);
	static uint8_t blob[8000];
	memset(blob, 0xa5, sizeof(blob));
	pm_rw(&m, 118, 1, 0, sizeof(blob) - 100, blob), in_add(in, &m);
	pm_rw(&m, 116, 1, 0, 60000, NULL), in_add(in, &m);
	pm_rw(&m, 116, 1, UINT64_MAX, 10, NULL), in_add(in, &m);
}

static const uint8_t edge[] = {0x00, 0x01, 0x02, 0x07, 0x7f, 0x80, 0xfe, 0xff};

/* Mutate in (a copy of a seed) in one to four random ways. */
static void mutate(struct input *in)
{
	int n = 1 + (int)(rnd() % 4);
	for (int j = 0; j < n && in->n > 3; j++) {
		size_t at = 3 + rnd() % (in->n - 3);
		switch (rnd() % 9) {
		case 0:
			in->b[at] = edge[rnd() % sizeof(edge)];
			break;
		case 1:
			in->b[at] = (uint8_t)rnd();
			break;
		case 2: /* a 32-bit field to an edge value */
			if (at + 4 <= in->n) {
				uint32_t v = (rnd() & 1) ? 0xffffffffu : (uint32_t)(rnd() % 16);
				memcpy(in->b + at, &v, 4);
			}
			break;
		case 3: /* cut the input short */
			in->n = at;
			break;
		case 4: { /* drop a span */
			size_t len = rnd() % 64;
			if (at + len <= in->n) {
				memmove(in->b + at, in->b + at + len, in->n - at - len);
				in->n -= len;
			}
			break;
		}
		case 5: { /* repeat a span */
			size_t len = rnd() % 128;
			if (at + len <= in->n && in->n + len <= sizeof(in->b)) {
				memmove(in->b + at + len, in->b + at, in->n - at);
				in->n += len;
			}
			break;
		}
		case 6: /* the flags and reply room */
			in->b[rnd() % 3] = (uint8_t)rnd();
			break;
		case 7: /* a small fid (the ones in use) anywhere */
			if (at + 4 <= in->n) {
				uint32_t v = (uint32_t)(rnd() % 10);
				memcpy(in->b + at, &v, 4);
			}
			break;
		default: { /* splice bytes from another seed */
			const struct input *o = &seeds[rnd() % NSEEDS];
			size_t from = 3 + rnd() % (o->n - 3), len = rnd() % 48;
			if (from + len <= o->n && at + len <= in->n)
				memcpy(in->b + at, o->b + from, len);
			break;
		}
		}
	}
}

/* A wholly random request of a known type (valid header) in each record. */
static void random_input(struct input *in)
{
	static const uint8_t types[] = {8,  12, 14, 16, 18, 20, 22, 24,	 26,  30,  32,	40,  50,
					52, 54, 70, 72, 74, 76, 100, 104, 108, 110, 116, 118, 120,
					122};
	in_begin(in, (uint8_t)rnd(), (uint16_t)(rnd() % 9000));
	int recs = 1 + (int)(rnd() % 8);
	for (int r = 0; r < recs; r++) {
		struct p9msg m;
		pm_begin(&m, types[rnd() % sizeof(types)]);
		size_t len = rnd() % 48;
		for (size_t k = 0; k < len; k++)
			pm_le(&m, (rnd() & 3) ? rnd() % 6 : rnd(), 1);
		if (rnd() % 4)
			pm_end(&m);
		in_add(in, &m);
	}
}

static unsigned count_fds(void)
{
	unsigned n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return 0;
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

int main(void)
{
	build_seeds();
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	LLVMFuzzerTestOneInput(seeds[0].b, seeds[0].n); /* the fixture's own descriptors */
	unsigned fds = count_fds();
	static struct input in;
	int runs = 0;
	for (int k = 0; k < NSEEDS; k++, runs++)
		LLVMFuzzerTestOneInput(seeds[k].b, seeds[k].n);
	/* Every byte of seed 0's first requests to each edge value. */
	for (size_t off = 3; off < 120 && off < seeds[0].n; off++)
		for (size_t v = 0; v < sizeof(edge); v++, runs++) {
			in = seeds[0];
			in.b[off] = edge[v];
			LLVMFuzzerTestOneInput(in.b, in.n);
		}
	while (runs < 16000) {
		in = seeds[rnd() % NSEEDS];
		mutate(&in);
		LLVMFuzzerTestOneInput(in.b, in.n);
		runs++;
	}
	while (runs < 20000) {
		random_input(&in);
		LLVMFuzzerTestOneInput(in.b, in.n);
		runs++;
	}
	CHECK_EQ_U64(count_fds(), fds);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%d inputs in %.1f s\n", runs,
	       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	CHECK_DONE();
}
