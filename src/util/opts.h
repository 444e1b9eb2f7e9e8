/* Option strings of the QEMU kind: "VALUE,key=value,key,..." (a device's
 * --net/--share/... argument, or a recorded device in a snapshot).
 *
 * ",," inside a value is a literal comma (as in QEMU), so a path may hold
 * commas. The first item may be positional (no '='); later items without
 * '=' are flags (value NULL). */
#ifndef RVISOR_UTIL_OPTS_H
#define RVISOR_UTIL_OPTS_H

#include <stdbool.h>
#include <stdint.h>

#define OPTS_MAX 32

struct opts {
	char *buf; /* the split copy; the strings below point into it */
	unsigned n;
	struct {
		const char *key; /* NULL for the positional first item */
		const char *val; /* NULL for a flag */
		bool used;	 /* set by the getters, for opts_unused */
	} item[OPTS_MAX];
};

/* Split spec. positional: the first item is a value even without '='.
 * Returns 0, or -1 with a message in err (too many items, empty key). */
int opts_parse(struct opts *o, const char *spec, bool positional, char *err, unsigned errlen);
void opts_free(struct opts *o);

/* The positional value, or NULL. */
const char *opts_positional(struct opts *o);
/* The value of `key` (the last one given), or NULL when absent; a flag
 * given without '=' yields "on". */
const char *opts_get(struct opts *o, const char *key);
/* on/off, yes/no, true/false, 1/0; absent -> def. -1 on another value
 * (message in err). */
int opts_get_bool(struct opts *o, const char *key, bool def, bool *out, char *err, unsigned errlen);
/* The boolean grammar alone: on/off, yes/no, true/false (any case), 1/0. */
bool opts_parse_bool(const char *v, bool *out);
/* The one size parser of rvisor (options, --memory, rvisor img): decimal
 * digits, then optionally a unit K, M, G, T or P (powers of 1024, any case)
 * that may be followed by "i" and/or "B" ("4M", "4MiB", "4mb"), or "B"
 * alone for bytes. Without a unit the number counts 1 << default_shift
 * bytes (0: bytes; 20: MiB, as --memory). False when malformed, signed or
 * overflowing. */
bool opts_parse_size(const char *s, unsigned default_shift, uint64_t *out);
/* A number: opts_parse_size(v, 0, out), or with base 0 also 0x... hex
 * (no unit). */
bool opts_parse_u64(const char *v, int base, uint64_t *out);
/* An unsigned number with an optional K/M/G (1024-based) suffix;
 * absent -> def. -1 on a malformed value (message in err). */
int opts_get_u64(struct opts *o, const char *key, uint64_t def, uint64_t *out, char *err,
		 unsigned errlen);
/* After the getters: the first item no getter asked for (an unknown
 * option), or NULL when every item was used. */
const char *opts_unused(const struct opts *o);

#endif
