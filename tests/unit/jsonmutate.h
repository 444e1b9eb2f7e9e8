/* Mutated JSON request bodies for the parsers' unit tests
 * (test_api_fuzz.c, test_daemon_fuzz.c, test_storage_fuzz.c): the libFuzzer
 * targets in tests/fuzz explore further; these runs are what every `make
 * unit` run checks, deterministic (a fixed xorshift seed). */
#ifndef RVISOR_TEST_JSONMUTATE_H
#define RVISOR_TEST_JSONMUTATE_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

/* Feeds run() every seed cut short at each length, and with each byte set
 * to each JSON delimiter in turn; then, for about 3 seconds or 200000
 * inputs, random seeds with one to four random edits each (a token spliced
 * in, a run deleted, a random byte, a piece of itself duplicated). Returns
 * how many inputs ran. */
static inline unsigned json_mutate(const char *const *seeds, size_t nseeds,
				   const char *const *tokens, size_t ntokens,
				   void (*run)(const char *b, size_t n))
{
	uint64_t rng = 0x9e3779b97f4a7c15ull;
#define JM_RND() (rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17, rng)
	char m[1024];
	unsigned runs = 0;
	struct timespec t0, t;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (size_t s = 0; s < nseeds; s++) {
		const char *b = seeds[s];
		size_t len = strlen(b);
		for (size_t n = 0; n < len; n++, runs++)
			run(b, n);
		static const char vals[] = {0, '"', '\\', '{', '}', '[', ']', ',', ':', '0', '-'};
		for (size_t k = 0; k < len; k++)
			for (size_t v = 0; v < sizeof(vals); v++, runs++) {
				memcpy(m, b, len);
				m[k] = vals[v];
				run(m, len);
			}
	}
	for (;; runs++) {
		if ((runs & 255) == 0) {
			clock_gettime(CLOCK_MONOTONIC, &t);
			if (runs >= 200000 ||
			    (double)(t.tv_sec - t0.tv_sec) + (t.tv_nsec - t0.tv_nsec) * 1e-9 > 3.0)
				break;
		}
		const char *b = seeds[JM_RND() % nseeds];
		size_t len = strlen(b);
		memcpy(m, b, len);
		unsigned edits = 1 + JM_RND() % 4;
		for (unsigned k = 0; k < edits; k++) {
			size_t at = len ? JM_RND() % (len + 1) : 0;
			switch (JM_RND() % 4) {
			case 0: /* splice a token in */ {
				const char *tk = tokens[JM_RND() % ntokens];
				size_t tl = strlen(tk);
				if (len + tl < sizeof(m)) {
					memmove(m + at + tl, m + at, len - at);
					memcpy(m + at, tk, tl);
					len += tl;
				}
				break;
			}
			case 1: /* delete a run */ {
				size_t d = JM_RND() % 8;
				if (at + d > len)
					d = len - at;
				memmove(m + at, m + at + d, len - at - d);
				len -= d;
				break;
			}
			case 2: /* a random byte */
				if (at < len)
					m[at] = (char)JM_RND();
				break;
			default: /* duplicate a piece of itself */ {
				size_t from = len ? JM_RND() % len : 0, d = JM_RND() % 24;
				if (from + d > len)
					d = len - from;
				if (len + d < sizeof(m)) {
					memmove(m + at + d, m + at, len - at);
					memmove(m + at, m + (from >= at ? from + d : from), d);
					len += d;
				}
				break;
			}
			}
		}
		run(m, len);
	}
#undef JM_RND
	return runs;
}

#endif
