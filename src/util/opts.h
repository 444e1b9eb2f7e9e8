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
/* Parse v whole as an unsigned number in `base` (strtoull's: 0 also takes
 * 0x...) with an optional K/M/G (1024-based) suffix. False when malformed,
 * negative or overflowing. */
bool opts_parse_u64(const char *v, int base, uint64_t *out);
/* An unsigned number with an optional K/M/G (1024-based) suffix;
 * absent -> def. -1 on a malformed value (message in err). */
int opts_get_u64(struct opts *o, const char *key, uint64_t def, uint64_t *out, char *err,
		 unsigned errlen);
/* After the getters: the first item no getter asked for (an unknown
 * option), or NULL when every item was used. */
const char *opts_unused(const struct opts *o);

#endif
