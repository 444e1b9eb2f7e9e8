/* QEMU-style option strings (see opts.h). */
#include "util/opts.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int opts_parse(struct opts *o, const char *spec, bool positional, char *err, unsigned errlen)
{
	memset(o, 0, sizeof(*o));
	size_t len = strlen(spec);
	o->buf = malloc(len + 1);
	if (!o->buf) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	if (!*spec)
		return 0;
	/* Unescape into buf, splitting items at single commas. */
	const char *r = spec;
	char *w = o->buf;
	for (;;) {
		if (o->n == OPTS_MAX) {
			snprintf(err, errlen, "more than %d options", OPTS_MAX);
			opts_free(o);
			return -1;
		}
		char *start = w;
		while (*r && !(r[0] == ',' && r[1] != ',')) {
			if (r[0] == ',' && r[1] == ',')
				r++;
			*w++ = *r++;
		}
		*w++ = 0;
		bool last = *r == 0;
		if (*r)
			r++;
		char *eq = strchr(start, '=');
		unsigned k = o->n++;
		if (k == 0 && positional && (!eq || !*start || eq == start)) {
			o->item[k].val = start;
		} else if (eq) {
			*eq = 0;
			o->item[k].key = start;
			o->item[k].val = eq + 1;
		} else {
			o->item[k].key = start;
		}
		if (o->item[k].key && !*o->item[k].key) {
			snprintf(err, errlen, "an empty option name");
			opts_free(o);
			return -1;
		}
		if (last)
			break;
	}
	return 0;
}

void opts_free(struct opts *o)
{
	free(o->buf);
	o->buf = NULL;
	o->n = 0;
}

const char *opts_positional(struct opts *o)
{
	if (o->n && !o->item[0].key) {
		o->item[0].used = true;
		return o->item[0].val;
	}
	return NULL;
}

const char *opts_get(struct opts *o, const char *key)
{
	const char *v = NULL;
	for (unsigned k = 0; k < o->n; k++) {
		if (o->item[k].key && strcmp(o->item[k].key, key) == 0) {
			o->item[k].used = true;
			v = o->item[k].val ? o->item[k].val : "on";
		}
	}
	return v;
}

bool opts_parse_bool(const char *v, bool *out)
{
	if (!strcasecmp(v, "on") || !strcasecmp(v, "yes") || !strcasecmp(v, "true") ||
	    !strcmp(v, "1")) {
		*out = true;
		return true;
	}
	if (!strcasecmp(v, "off") || !strcasecmp(v, "no") || !strcasecmp(v, "false") ||
	    !strcmp(v, "0")) {
		*out = false;
		return true;
	}
	return false;
}

int opts_get_bool(struct opts *o, const char *key, bool def, bool *out, char *err, unsigned errlen)
{
	const char *v = opts_get(o, key);
	if (!v) {
		*out = def;
		return 0;
	}
	if (opts_parse_bool(v, out))
		return 0;
	snprintf(err, errlen, "%s=%s: expected on or off (also yes/no, true/false, 1/0)", key, v);
	return -1;
}

bool opts_parse_size(const char *s, unsigned default_shift, uint64_t *out)
{
	if (!(*s >= '0' && *s <= '9'))
		return false; /* no sign, no space, not empty */
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno)
		return false;
	unsigned shift = default_shift;
	static const char units[] = "kmgtp";
	const char *u = *end ? strchr(units, tolower((unsigned char)*end)) : NULL;
	if (u) {
		shift = 10 * (unsigned)(u - units + 1);
		end++;
		if (*end == 'i' || *end == 'I')
			end++;
		if (*end == 'b' || *end == 'B')
			end++;
	} else if (*end == 'b' || *end == 'B') {
		shift = 0;
		end++;
	}
	if (*end || shift >= 64 || v > (UINT64_MAX >> shift))
		return false;
	*out = (uint64_t)v << shift;
	return true;
}

bool opts_parse_u64(const char *v, int base, uint64_t *out)
{
	if (base != 10 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X')) {
		char *end;
		errno = 0;
		unsigned long long n = strtoull(v + 2, &end, 16);
		if (errno || end == v + 2 || *end)
			return false;
		*out = n;
		return true;
	}
	return opts_parse_size(v, 0, out);
}

int opts_get_u64(struct opts *o, const char *key, uint64_t def, uint64_t *out, char *err,
		 unsigned errlen)
{
	const char *v = opts_get(o, key);
	if (!v) {
		*out = def;
		return 0;
	}
	if (opts_parse_u64(v, 0, out))
		return 0;
	snprintf(err, errlen, "%s=%s: expected a number (K, M, G suffixes allowed)", key, v);
	return -1;
}

const char *opts_unused(const struct opts *o)
{
	for (unsigned k = 0; k < o->n; k++)
		if (!o->item[k].used)
			return o->item[k].key ? o->item[k].key : o->item[k].val;
	return NULL;
}
