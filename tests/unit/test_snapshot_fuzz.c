/* Runs the state-stream fuzz target (tests/fuzz/fuzz_snapshot.c) over a
 * real snapshot and its mutations: every truncation, single bytes set to
 * boundary values in every position of the first sections, and random
 * multi-byte mutations, each as it is and with its checksums recomputed.
 * Passing means no crash, no hang and no sanitizer report (when built with
 * one), and that the untouched snapshot applies while a damaged one without
 * recomputed checksums never does. */
#include "../fuzz/fuzz_snapshot.c"

#include <unistd.h>

#include "check.h"
#include "util/file.h"

static uint64_t rng = 0x2545f4914f6cdd1dull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

int main(void)
{
	char dir[] = "/tmp/rvisor-ssfuzz-XXXXXX", snap[128], mem[128], err[512];
	CHECK(mkdtemp(dir) != NULL);
	snprintf(snap, sizeof(snap), "%s/s.snap", dir);
	snprintf(mem, sizeof(mem), "%s/s.mem", dir);
	struct vm *vm = fuzz_vm();
	vm->harts[0]->pc = 0x80001234;
	vm->harts[1]->x[7] = 0x77;
	CHECK(snapshot_save(vm, snap, mem, NULL, err, sizeof(err)) == 0);
	size_t len;
	uint8_t *seed = file_read_all(snap, &len);
	CHECK(seed != NULL && len > 200);
	unlink(snap);
	unlink(mem);
	rmdir(dir);
	if (!seed)
		CHECK_DONE();

	CHECK(fuzz_one(seed, len, false) == 0);
	CHECK(vm->harts[0]->pc == 0x80001234);
	unsigned runs = 0, applied_damaged = 0;
	for (size_t n = 0; n < len; n++, runs++)
		CHECK(fuzz_one(seed, n, false) != 0);
	uint8_t *m = malloc(len + 64);
	static const uint8_t vals[] = {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff};
	size_t first = len < 1200 ? len : 1200;
	for (size_t k = 0; k < first; k++) {
		for (size_t v = 0; v < sizeof(vals); v++) {
			if (seed[k] == vals[v])
				continue;
			memcpy(m, seed, len);
			m[k] = vals[v];
			applied_damaged += fuzz_one(m, len, false) == 0;
			fuzz_one(m, len, true);
			runs += 2;
		}
	}
	for (unsigned it = 0; it < 6000; it++) {
		memcpy(m, seed, len);
		size_t mlen = len;
		unsigned nmut = 1 + (unsigned)(rnd() % 4);
		for (unsigned j = 0; j < nmut; j++) {
			size_t at = (size_t)(rnd() % len);
			switch (rnd() % 4) {
			case 0: m[at] = (uint8_t)rnd(); break;
			case 1: m[at] ^= (uint8_t)(1u << (rnd() % 8)); break;
			case 2: mlen = at + 1; break; /* truncate */
			default: /* a 32-bit field set to a boundary value */
				if (at + 4 <= mlen) {
					uint32_t b[] = {0, 1, 0x7fffffff, 0xffffffff, 64, 4096};
					uint32_t x = b[rnd() % 6];
					memcpy(m + at, &x, 4);
				}
			}
		}
		fuzz_one(m, mlen, false);
		fuzz_one(m, mlen, true);
		runs += 2;
	}
	/* A flipped byte without a recomputed checksum is never applied. */
	CHECK(applied_damaged == 0);
	printf("%u mutated snapshots run\n", runs);
	free(m);
	free(seed);
	CHECK_DONE();
}
