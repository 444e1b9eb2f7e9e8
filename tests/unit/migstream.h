/* Building migration streams by hand, for the tests of the receiver
 * (test_migrate_fuzz.c, test_migrate_zstd.c): a growing buffer, frames
 * with their CRC, the preamble with AUTH, and the fuzz corpus's seeds.
 * Included after tests/fuzz/fuzz_migrate.c, which brings the wire's
 * definitions (vmm/migrate_wire.h) and zlib's crc32. */
#ifndef RVISOR_TEST_MIGSTREAM_H
#define RVISOR_TEST_MIGSTREAM_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* xorshift64 for mutations; a test sets rng to its own seed first. */
static uint64_t rng = 1;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

struct buf {
	uint8_t *p;
	size_t len, cap;
};

static void put(struct buf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			abort();
	}
	if (n)
		memcpy(b->p + b->len, p, n);
	b->len += n;
}

/* A frame of type whose payload is a then c, with its CRC. */
static void put_frame(struct buf *b, uint32_t type, const void *a, size_t alen, const void *c,
		      size_t clen)
{
	uint8_t head[MIG_FRAME_HEAD], tail[4];
	mig_put32(head, type);
	mig_put32(head + 4, 0);
	mig_put64(head + 8, alen + clen);
	size_t start = b->len;
	put(b, head, sizeof(head));
	put(b, a, alen);
	put(b, c, clen);
	mig_put32(tail, (uint32_t)crc32(0, b->p + start, (uInt)(b->len - start)));
	put(b, tail, 4);
}

/* The preamble of this protocol version, then an empty AUTH. */
static void put_preamble(struct buf *s)
{
	uint8_t pre[MIG_PREAMBLE_LEN];
	memcpy(pre, MIG_MAGIC, 8);
	mig_put32(pre + 8, MIG_VERSION);
	mig_put32(pre + 12, MIG_PREAMBLE_LEN);
	put(s, pre, sizeof(pre));
	put_frame(s, MIG_AUTH, NULL, 0, NULL, 0);
}

/* Up to max_edits random edits of the len bytes at m, each at an offset of
 * from or later: a random byte, a flipped bit, a truncation there, or a
 * 32-bit field set to one of the nbounds boundary values. Returns the
 * length left. */
static size_t mutate_once(uint8_t *m, size_t len, size_t from, unsigned max_edits,
			  const uint32_t *bounds, unsigned nbounds)
{
	size_t mlen = len;
	unsigned nmut = 1 + (unsigned)(rnd() % max_edits);
	for (unsigned j = 0; j < nmut; j++) {
		size_t at = from + (size_t)(rnd() % (len - from));
		switch (rnd() % 4) {
		case 0:
			m[at] = (uint8_t)rnd();
			break;
		case 1:
			m[at] ^= (uint8_t)(1u << (rnd() % 8));
			break;
		case 2:
			mlen = at + 1; /* truncate */
			break;
		default:
			if (at + 4 <= mlen) {
				uint32_t x = bounds[rnd() % nbounds];
				memcpy(m + at, &x, 4);
			}
		}
	}
	return mlen;
}

/* The fuzz corpus's seeds: the streams a test builds, into
 * RVISOR_FUZZ_SEED_DIR when it is set. */
static void seed_out(const char *name, const struct buf *b)
{
	const char *dir = getenv("RVISOR_FUZZ_SEED_DIR");
	if (!dir)
		return;
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	CHECK(f && fwrite(b->p, 1, b->len, f) == b->len);
	fclose(f);
}
#endif
