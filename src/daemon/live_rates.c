/* Disk and NIC rate limits of a running managed VM (see live_rates.h). */
#include "daemon/live_rates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/uhttp.h"

#define RATES_API_MS 2000

/* Split one disk or device spec into its rate options (parsed into cfg,
 * rx/tx for a NIC) and the rest (kept in rest, in order). A disk's image
 * path may hold commas doubled. Returns 0, or -1 when a rate option does
 * not parse or rest does not fit. */
static int split(const char *spec, bool device, bool *nic, struct ratelimit_cfg cfg[2], char *rest,
		 size_t n)
{
	memset(cfg, 0, 2 * sizeof(*cfg));
	*nic = device && strncmp(spec, "net", 3) == 0 && (spec[3] == ',' || !spec[3]);
	const char *r = spec;
	if (!device) { /* the path: up to a comma that is not doubled */
		for (; *r && !(r[0] == ',' && r[1] != ','); r++)
			if (r[0] == ',')
				r++;
	} else {
		r += strcspn(r, ",");
	}
	if ((size_t)(r - spec) >= n)
		return -1;
	memcpy(rest, spec, (size_t)(r - spec));
	rest[r - spec] = 0;
	for (const char *o = *r ? r + 1 : NULL; o && *o;) {
		size_t len = strcspn(o, ",");
		char key[64], *val;
		snprintf(key, sizeof(key), "%.*s", (int)(len < 63 ? len : 63), o);
		val = strchr(key, '=');
		if (val)
			*val++ = 0;
		int hit = 0;
		char err[200];
		if (!device)
			hit = ratelimit_option(&cfg[0], "", "bps", "iops", key, val, err,
					       sizeof(err));
		else if (*nic)
			for (int d = 0; d < 2 && !hit; d++)
				hit = ratelimit_option(&cfg[d], d ? "tx_" : "rx_", "bps", "pps",
						       key, val, err, sizeof(err));
		if (hit < 0)
			return -1;
		if (!hit) {
			size_t k = strlen(rest);
			if (k + len + 2 > n)
				return -1;
			snprintf(rest + k, n - k, ",%.*s", (int)len, o);
		}
		o += len + (o[len] == ',');
	}
	return 0;
}

int live_rates_diff(bool devices, json_t *old, json_t *now, struct live_rate_change *out)
{
	size_t n = json_array_size(old);
	if (n != json_array_size(now))
		return -1;
	int changes = 0;
	unsigned nics = 0;
	for (size_t k = 0; k < n; k++) {
		const char *a = json_string_value(json_array_get(old, k)),
			   *b = json_string_value(json_array_get(now, k));
		if (!a || !b)
			return -1;
		char ra[4200], rb[4200];
		struct ratelimit_cfg ca[2], cb[2];
		bool na, nb;
		if (split(a, devices, &na, ca, ra, sizeof(ra)) < 0 ||
		    split(b, devices, &nb, cb, rb, sizeof(rb)) < 0 || strcmp(ra, rb) != 0)
			return -1;
		unsigned index = devices ? nics : (unsigned)k;
		nics += na;
		if (memcmp(ca, cb, sizeof(ca)) == 0)
			continue;
		if (changes == LIVE_RATES_MAX)
			return -1;
		out[changes] = (struct live_rate_change){.nic = na, .index = index};
		memcpy(out[changes].from, ca, sizeof(ca));
		memcpy(out[changes].to, cb, sizeof(cb));
		changes++;
	}
	return changes;
}

static json_t *limiter(const struct ratelimit_cfg *c)
{
	return json_pack("{s:{s:I, s:I}, s:{s:I, s:I}}", "bandwidth", "rate",
			 (json_int_t)c->bytes.rate, "size", (json_int_t)c->bytes.size, "ops",
			 "rate", (json_int_t)c->ops.rate, "size", (json_int_t)c->ops.size);
}

int live_rates_apply(const char *sock, const struct live_rate_change *c, bool undo, struct error *e)
{
	const struct ratelimit_cfg *v = undo ? c->from : c->to;
	char path[64];
	json_t *body;
	if (c->nic) {
		snprintf(path, sizeof(path), "/network-interfaces/%u", c->index);
		body = json_pack("{s:o, s:o}", "rx_rate_limiter", limiter(&v[0]), "tx_rate_limiter",
				 limiter(&v[1]));
	} else {
		snprintf(path, sizeof(path), "/disks/%u", c->index);
		body = json_pack("{s:o}", "rate_limiter", limiter(&v[0]));
	}
	char *text = body ? json_dumps(body, JSON_COMPACT) : NULL, *ans = NULL;
	json_decref(body);
	if (!text)
		return err_set(e, ERR_IO, "out of memory");
	int st = uhttp_request(sock, "PATCH", path, text, RATES_API_MS, &ans, e);
	free(text);
	int rc = 0;
	if (st < 0) {
		rc = err_prefix(e, "%s's rate limits: the VM's API", c->nic ? "a NIC" : "a disk");
	} else if (st >= 300) {
		json_t *j = json_loads(ans ? ans : "", 0, NULL);
		json_t *m = json_object_get(j, "fault_message");
		rc = err_set(e, ERR_CONFLICT, "PATCH %s: the VM refused the rate limits: %.300s",
			     path, json_is_string(m) ? json_string_value(m) : "");
		json_decref(j);
	}
	free(ans);
	return rc;
}
