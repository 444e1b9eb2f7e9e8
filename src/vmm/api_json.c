/* JSON request bodies of the per-VM API into typed requests (api_json.h). */
#include "vmm/api_json.h"

#include <jansson.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vmm/migrate_wire.h"
#include "vmm/migrate_zstd.h"

/* The key whose value ends at byte `end` of body ("key": value), copied
 * into key; false when the text before `end` is not such a pair. Names
 * the field an integer too big for jansson was given to. */
static bool key_before(const char *body, size_t len, size_t end, char *key, size_t keylen)
{
	size_t p = end < len ? end : len;
	while (p > 0 && strchr("0123456789+-.eE \t\r\n", body[p - 1]))
		p--;
	if (p == 0 || body[p - 1] != ':')
		return false;
	p--;
	while (p > 0 && strchr(" \t\r\n", body[p - 1]))
		p--;
	if (p == 0 || body[p - 1] != '"')
		return false;
	size_t close = --p;
	while (p > 0 && body[p - 1] != '"')
		p--;
	if (p == 0 || close - p >= keylen)
		return false;
	memcpy(key, body + p, close - p);
	key[close - p] = 0;
	return true;
}

/* The body as a JSON object whose keys are all in `allowed` (NULL
 * terminated), or NULL with the error set. */
static json_t *parse_body(const char *body, size_t len, const char *const *allowed, struct error *e)
{
	if (!len) {
		err_set(e, ERR_INVALID, "the request needs a JSON body");
		return NULL;
	}
	json_error_t je;
	json_t *j = json_loadb(body, len, JSON_REJECT_DUPLICATES, &je);
	if (!j) {
		char key[64];
		if (json_error_code(&je) == json_error_numeric_overflow &&
		    key_before(body, len, (size_t)je.position, key, sizeof(key))) {
			err_set(e, ERR_INVALID,
				"field \"%s\": %s (line %d, column %d): more than the largest "
				"integer accepted (%lld)",
				key, je.text, je.line, je.column, LLONG_MAX);
			return NULL;
		}
		err_set(e, ERR_INVALID, "malformed JSON: %s (line %d, column %d)", je.text, je.line,
			je.column);
		return NULL;
	}
	if (!json_is_object(j)) {
		json_decref(j);
		err_set(e, ERR_INVALID, "the body must be a JSON object");
		return NULL;
	}
	const char *key;
	json_t *v;
	json_object_foreach(j, key, v)
	{
		bool ok = false;
		for (const char *const *a = allowed; *a && !ok; a++)
			ok = strcmp(*a, key) == 0;
		if (!ok) {
			err_set(e, ERR_INVALID, "unknown field \"%s\"", key);
			json_decref(j);
			return NULL;
		}
	}
	return j;
}

/* A required string field, or NULL with the error set. */
static const char *get_string(json_t *j, const char *key, struct error *e)
{
	json_t *v = json_object_get(j, key);
	if (!v || !json_is_string(v)) {
		err_set(e, ERR_INVALID, "field \"%s\" is required and must be a string", key);
		return NULL;
	}
	return json_string_value(v);
}

int api_parse_vm_state_request(const char *body, size_t len, struct vm_state_request *out,
			       struct error *e)
{
	static const char *const allowed[] = {"state", NULL};
	json_t *j = parse_body(body, len, allowed, e);
	if (!j)
		return -1;
	const char *state = get_string(j, "state", e);
	int rc = -1;
	if (state && strcmp(state, "paused") == 0)
		out->state = VM_STATE_PAUSED, rc = 0;
	else if (state && strcmp(state, "running") == 0)
		out->state = VM_STATE_RUNNING, rc = 0;
	else if (state)
		err_set(e, ERR_INVALID, "state must be \"paused\" or \"running\", not \"%s\"",
			state);
	json_decref(j);
	return rc;
}

int api_parse_snapshot_request(const char *body, size_t len, struct snapshot_request *out,
			       struct error *e)
{
	static const char *const allowed[] = {"snapshot_path", "mem_file_path", "snapshot_type",
					      "overwrite", NULL};
	*out = (struct snapshot_request){0};
	json_t *j = parse_body(body, len, allowed, e);
	if (!j)
		return -1;
	const char *snap = get_string(j, "snapshot_path", e);
	const char *mem = snap ? get_string(j, "mem_file_path", e) : NULL;
	if (!snap || !mem) {
		json_decref(j);
		return -1;
	}
	json_t *t = json_object_get(j, "snapshot_type");
	const char *type = t && json_is_string(t) ? json_string_value(t) : "full";
	json_t *ow = json_object_get(j, "overwrite");
	int rc = -1;
	if (t && !json_is_string(t)) {
		err_set(e, ERR_INVALID, "field \"snapshot_type\" must be a string");
	} else if (ow && !json_is_boolean(ow)) {
		err_set(e, ERR_INVALID, "field \"overwrite\" must be true or false");
	} else if (strcmp(type, "full") != 0 && strcmp(type, "diff") != 0) {
		err_set(e, ERR_INVALID, "snapshot_type must be \"full\" or \"diff\", not \"%s\"",
			type);
	} else if (!*snap || !*mem || strcmp(snap, mem) == 0) {
		err_set(e, ERR_INVALID,
			"snapshot_path and mem_file_path must be two different non-empty paths");
	} else {
		out->snapshot_path = strdup(snap);
		out->mem_file_path = strdup(mem);
		out->diff = strcmp(type, "diff") == 0;
		out->overwrite = json_is_true(ow);
		if (out->snapshot_path && out->mem_file_path)
			rc = 0;
		else {
			snapshot_request_free(out);
			err_set(e, ERR_IO, "out of memory");
		}
	}
	json_decref(j);
	return rc;
}

int api_parse_action_request(const char *body, size_t len, struct action_request *out,
			     struct error *e)
{
	static const char *const allowed[] = {"action_type", NULL};
	json_t *j = parse_body(body, len, allowed, e);
	if (!j)
		return -1;
	const char *act = get_string(j, "action_type", e);
	int rc = -1;
	if (act && strcmp(act, "shutdown") == 0)
		out->action = VM_ACTION_SHUTDOWN, rc = 0;
	else if (act && strcmp(act, "reboot") == 0)
		out->action = VM_ACTION_REBOOT, rc = 0;
	else if (act && strcmp(act, "powerdown") == 0)
		out->action = VM_ACTION_POWERDOWN, rc = 0;
	else if (act)
		err_set(e, ERR_INVALID,
			"action_type must be \"shutdown\", \"reboot\" or \"powerdown\", not \"%s\"",
			act);
	json_decref(j);
	return rc;
}

int api_parse_balloon_request(const char *body, size_t len, struct balloon_request *out,
			      struct error *e)
{
	static const char *const allowed[] = {"amount_mib", NULL};
	json_t *j = parse_body(body, len, allowed, e);
	if (!j)
		return -1;
	json_t *v = json_object_get(j, "amount_mib");
	json_int_t mib = v && json_is_integer(v) ? json_integer_value(v) : -1;
	json_decref(j);
	if (mib < 0)
		return err_set(e, ERR_INVALID,
			       "field \"amount_mib\" is required and must be an integer >= 0");
	out->amount_mib = (uint64_t)mib;
	return 0;
}

int api_parse_migrate_request(const char *body, size_t len, struct migrate_request *out,
			      struct error *e)
{
	static const char *const allowed[] = {"destination", "downtime_ms",    "give_up",
					      "copy_disks",  "max_bandwidth",  "token_file",
					      "streams",     "postcopy",       "postcopy_when",
					      "compress",    "compress_level", NULL};
	*out = (struct migrate_request){0};
	json_t *j = parse_body(body, len, allowed, e);
	if (!j)
		return -1;
	const char *dest = get_string(j, "destination", e);
	json_t *dt = json_object_get(j, "downtime_ms");
	json_t *gu = json_object_get(j, "give_up");
	json_t *cd = json_object_get(j, "copy_disks");
	json_t *mb = json_object_get(j, "max_bandwidth");
	json_t *tf = json_object_get(j, "token_file");
	json_t *ns = json_object_get(j, "streams");
	json_t *pc = json_object_get(j, "postcopy");
	json_t *pw = json_object_get(j, "postcopy_when");
	json_t *cm = json_object_get(j, "compress");
	json_t *cl = json_object_get(j, "compress_level");
	bool zstd = cm && json_is_string(cm) && strcmp(json_string_value(cm), "zstd") == 0;
	int rc = -1;
	if (!dest) {
		/* get_string set the error */
	} else if (dt && (!json_is_integer(dt) || json_integer_value(dt) < 1 ||
			  json_integer_value(dt) > MIGRATE_MAX_DOWNTIME_MS)) {
		err_set(e, ERR_INVALID, "field \"downtime_ms\" must be an integer from 1 to %u",
			MIGRATE_MAX_DOWNTIME_MS);
	} else if (gu && !json_is_boolean(gu)) {
		err_set(e, ERR_INVALID, "field \"give_up\" must be true or false");
	} else if (cd && !json_is_boolean(cd)) {
		err_set(e, ERR_INVALID, "field \"copy_disks\" must be true or false");
	} else if (mb && (!json_is_integer(mb) || json_integer_value(mb) < MIGRATE_MIN_BANDWIDTH)) {
		err_set(e, ERR_INVALID,
			"field \"max_bandwidth\" must be an integer of at least %u (bytes/s)",
			MIGRATE_MIN_BANDWIDTH);
	} else if (ns && (!json_is_integer(ns) || json_integer_value(ns) < 1 ||
			  json_integer_value(ns) > MIGRATE_MAX_STREAMS)) {
		err_set(e, ERR_INVALID, "field \"streams\" must be an integer from 1 to %u",
			MIGRATE_MAX_STREAMS);
	} else if (tf && (!json_is_string(tf) || !*json_string_value(tf) ||
			  strlen(json_string_value(tf)) > 4096)) {
		err_set(e, ERR_INVALID, "field \"token_file\" must be a path of 1 to 4096 bytes");
	} else if (pc && !json_is_boolean(pc)) {
		err_set(e, ERR_INVALID, "field \"postcopy\" must be true or false");
	} else if (pw &&
		   (!json_is_string(pw) || (strcmp(json_string_value(pw), "first-pass") != 0 &&
					    strcmp(json_string_value(pw), "stalled") != 0))) {
		err_set(e, ERR_INVALID,
			"field \"postcopy_when\" must be \"first-pass\" (switch over after the "
			"first full pass) or \"stalled\" (when the rounds stop shrinking)");
	} else if (pw && !json_is_true(pc)) {
		err_set(e, ERR_INVALID, "field \"postcopy_when\" needs \"postcopy\": true");
	} else if (cm &&
		   (!json_is_string(cm) || (!zstd && strcmp(json_string_value(cm), "none")))) {
		err_set(e, ERR_INVALID, "field \"compress\" must be \"none\" or \"zstd\"");
	} else if (cl && (!json_is_integer(cl) || json_integer_value(cl) < MIG_ZSTD_LEVEL_MIN ||
			  json_integer_value(cl) > MIG_ZSTD_LEVEL_MAX)) {
		err_set(e, ERR_INVALID, "field \"compress_level\" must be an integer from %d to %d",
			MIG_ZSTD_LEVEL_MIN, MIG_ZSTD_LEVEL_MAX);
	} else if (cl && !zstd) {
		err_set(e, ERR_INVALID, "field \"compress_level\" needs \"compress\": \"zstd\"");
	} else if (zstd && json_is_true(pc)) {
		err_set(e, ERR_INVALID,
			"\"compress\" is not supported with \"postcopy\": choose one");
	} else if (!*dest || strlen(dest) > 512) {
		err_set(e, ERR_INVALID,
			"field \"destination\" must be tcp:HOST:PORT or unix:PATH (1 to 512 "
			"bytes)");
	} else {
		out->destination = strdup(dest);
		out->downtime_ms = dt ? (uint64_t)json_integer_value(dt) : 0;
		out->give_up = json_is_true(gu);
		out->copy_disks = json_is_true(cd);
		out->max_bandwidth = mb ? (uint64_t)json_integer_value(mb) : 0;
		out->streams = ns ? (unsigned)json_integer_value(ns) : 1;
		out->postcopy = json_is_true(pc);
		out->postcopy_when_stalled = pw && strcmp(json_string_value(pw), "stalled") == 0;
		out->compress = zstd ? MIG_COMPRESS_ZSTD : 0;
		out->compress_level = cl ? (int)json_integer_value(cl) : 0;
		out->token_file = tf ? strdup(json_string_value(tf)) : NULL;
		if (out->destination && (!tf || out->token_file)) {
			rc = 0;
		} else {
			migrate_request_free(out);
			err_set(e, ERR_IO, "out of memory");
		}
	}
	json_decref(j);
	return rc;
}

/* --- rate limiters --- */

/* A non-negative integer field of a bucket, absent -> *present = false. */
static bool bucket_u64(json_t *o, const char *key, uint64_t *out, bool *present, char *err,
		       size_t errlen)
{
	json_t *v = json_object_get(o, key);
	*present = v != NULL;
	if (!v)
		return true;
	if (!json_is_integer(v) || json_integer_value(v) < 0) {
		snprintf(err, errlen, "\"%s\" must be a non-negative integer", key);
		return false;
	}
	*out = (uint64_t)json_integer_value(v);
	return true;
}

/* One bucket: {"size", "refill_time_ms"} (Firecracker's TokenBucket: size
 * tokens every refill_time_ms) or {"rate"[, "size"]} (tokens per second,
 * burst size), either with "one_time_burst". A rate or size of 0 turns the
 * bucket off. */
static bool parse_bucket(json_t *o, const char *name, struct ratelimit_bucket_cfg *b, char *err,
			 size_t errlen)
{
	char e[160];
	if (!json_is_object(o)) {
		snprintf(err, errlen, "\"%s\" must be an object", name);
		return false;
	}
	const char *key;
	json_t *v;
	json_object_foreach(o, key, v)
	{
		if (strcmp(key, "size") && strcmp(key, "refill_time_ms") && strcmp(key, "rate") &&
		    strcmp(key, "one_time_burst")) {
			snprintf(err, errlen, "%s: unknown field \"%s\"", name, key);
			return false;
		}
	}
	uint64_t size = 0, refill = 0, rate = 0, otb = 0;
	bool has_size, has_refill, has_rate, has_otb;
	if (!bucket_u64(o, "size", &size, &has_size, e, sizeof(e)) ||
	    !bucket_u64(o, "refill_time_ms", &refill, &has_refill, e, sizeof(e)) ||
	    !bucket_u64(o, "rate", &rate, &has_rate, e, sizeof(e)) ||
	    !bucket_u64(o, "one_time_burst", &otb, &has_otb, e, sizeof(e))) {
		snprintf(err, errlen, "%s: %s", name, e);
		return false;
	}
	if (has_rate == has_refill) {
		snprintf(err, errlen,
			 "%s: give either \"size\" and \"refill_time_ms\", or \"rate\" (with an "
			 "optional \"size\")",
			 name);
		return false;
	}
	if (has_refill) {
		if (!has_size) {
			snprintf(err, errlen, "%s: \"refill_time_ms\" needs \"size\"", name);
			return false;
		}
		if (size && !refill) {
			snprintf(err, errlen, "%s: \"refill_time_ms\" must be positive", name);
			return false;
		}
		unsigned __int128 r = size ? (unsigned __int128)size * 1000 / refill : 0;
		if (size && r == 0) {
			snprintf(err, errlen,
				 "%s: %llu tokens every %llu ms is less than one per second", name,
				 (unsigned long long)size, (unsigned long long)refill);
			return false;
		}
		if (r > RATELIMIT_MAX) {
			snprintf(
			    err, errlen,
			    "%s: %llu tokens every %llu ms is more than the maximum rate of %llu "
			    "per second",
			    name, (unsigned long long)size, (unsigned long long)refill,
			    (unsigned long long)RATELIMIT_MAX);
			return false;
		}
		rate = (uint64_t)r;
	}
	/* Every amount within what a limiter takes (util/ratelimit.h), the
	 * "rate" form's as much as the computed rate above. (Today jansson
	 * already refuses an integer above RATELIMIT_MAX, naming it; this
	 * keeps the rule if either bound changes.) */
	const struct {
		const char *key;
		uint64_t v;
	} amounts[] = {{"rate", rate}, {"size", size}, {"one_time_burst", otb}};
	for (unsigned i = 0; i < sizeof(amounts) / sizeof(amounts[0]); i++)
		if (amounts[i].v > RATELIMIT_MAX) {
			snprintf(err, errlen, "%s: \"%s\" %llu is more than the maximum of %llu",
				 name, amounts[i].key, (unsigned long long)amounts[i].v,
				 (unsigned long long)RATELIMIT_MAX);
			return false;
		}
	*b = (struct ratelimit_bucket_cfg){
	    .rate = size || has_rate ? rate : 0, .size = rate ? size : 0, .one_time_burst = otb};
	if (!b->rate)
		*b = (struct ratelimit_bucket_cfg){0};
	return true;
}

/* A limiter, {"bandwidth": B, "ops": B} (buckets as parse_bucket; one not
 * given is left as it is). Absent: an error when required, else nothing
 * changes. */
static bool parse_limiter(json_t *lim, const char *name, bool required, struct limiter_update *u,
			  char *err, size_t errlen)
{
	*u = (struct limiter_update){0};
	if (!lim && !required)
		return true;
	if (!lim || !json_is_object(lim)) {
		snprintf(err, errlen, "field \"%s\" %smust be an object", name,
			 required ? "is required and " : "");
		return false;
	}
	char e[200];
	const char *key;
	json_t *v;
	json_object_foreach(lim, key, v)
	{
		bool ok;
		if (strcmp(key, "bandwidth") == 0)
			ok = u->set_bytes = parse_bucket(v, key, &u->bytes, e, sizeof(e));
		else if (strcmp(key, "ops") == 0)
			ok = u->set_ops = parse_bucket(v, key, &u->ops, e, sizeof(e));
		else {
			snprintf(err, errlen, "%s: unknown field \"%s\" (expected bandwidth, ops)",
				 name, key);
			return false;
		}
		if (!ok) {
			snprintf(err, errlen, "%s: %s", name, e);
			return false;
		}
	}
	return true;
}

int api_parse_disk_limits_request(const char *body, size_t len, struct disk_limits_request *out,
				  struct error *e)
{
	static const char *const allowed[] = {"rate_limiter", NULL};
	json_t *j = parse_body(body, len, allowed, e);
	if (!j)
		return -1;
	char err[256] = "";
	bool ok = parse_limiter(json_object_get(j, "rate_limiter"), "rate_limiter", true,
				&out->limiter, err, sizeof(err));
	json_decref(j);
	return ok ? 0 : err_set(e, ERR_INVALID, "%s", err);
}

int api_parse_nic_limits_request(const char *body, size_t len, struct nic_limits_request *out,
				 struct error *e)
{
	static const char *const allowed[] = {"rx_rate_limiter", "tx_rate_limiter", NULL};
	json_t *j = parse_body(body, len, allowed, e);
	if (!j)
		return -1;
	char err[256] = "";
	json_t *rx = json_object_get(j, "rx_rate_limiter"),
	       *tx = json_object_get(j, "tx_rate_limiter");
	bool ok = parse_limiter(rx, "rx_rate_limiter", false, &out->rx, err, sizeof(err)) &&
		  parse_limiter(tx, "tx_rate_limiter", false, &out->tx, err, sizeof(err));
	if (ok && !rx && !tx) {
		snprintf(err, sizeof(err), "give \"rx_rate_limiter\" or \"tx_rate_limiter\"");
		ok = false;
	}
	out->set_rx = rx != NULL, out->set_tx = tx != NULL;
	json_decref(j);
	return ok ? 0 : err_set(e, ERR_INVALID, "%s", err);
}
