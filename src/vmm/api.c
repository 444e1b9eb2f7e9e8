/* The per-VM REST API: libmicrohttpd on a unix socket, JSON with jansson. */
#include "vmm/api.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <microhttpd.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "machine/board.h"
#include "util/ratelimit.h"
#include "virtio/balloon.h"
#include "virtio/blk.h"
#include "virtio/mmio.h"
#include "virtio/net.h"
#include "vmm/snapshot.h"
#include "vmm/vm.h"
#include "util/thread.h"

/* Slow clients (slowloris): MHD's own timeout is an idle timeout, which a
 * client sending a byte now and then never hits. So every connection gets
 * a deadline for its whole request (from its start, or from the end of its
 * previous request on a kept-alive connection) and is dropped when it
 * passes; and once more than API_SOFT_CONNECTIONS are open, a new one
 * drops the connection nearest its deadline, so a new client always finds
 * a slot below MHD's hard limit. */
#define API_MAX_CONNECTIONS 64
#define API_SOFT_CONNECTIONS 32
#define API_REQUEST_SECONDS 5
#define API_POLL_MS 100 /* the serving loop's tick: how late a deadline may be seen */

/* One open connection, known from MHD's notify callback. Touched only on
 * the API thread (MHD calls back from MHD_run_wait there), so unlocked. */
struct conn {
	struct conn *prev, *next;
	int fd;
	uint64_t deadline_ns; /* CLOCK_MONOTONIC */
	bool dropped;	      /* shut down, MHD closes it on its next round */
};

struct api {
	struct MHD_Daemon *mhd;
	int fd;
	pthread_t thread; /* runs MHD (external polling) and the deadlines */
	atomic_bool stopping;
	struct conn *conns; /* API thread only */
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	pthread_mutex_t lock; /* held while a request is handled */
	struct vm *vm;	      /* NULL when detached */
	const char *no_snapshot;
	/* NIC option strings rewritten by PATCH /network-interfaces (the
	 * configuration points at them): kept until api_stop, since a
	 * configuration copied for a reboot may still use an older one. */
	char **owned;
	size_t nowned;
};

/* Per-request body accumulator. */
struct request {
	char *body;
	size_t len;
	bool too_large;
};

/* --- responses --- */

static enum MHD_Result send_json(struct MHD_Connection *c, unsigned status, json_t *j)
{
	char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
	json_decref(j);
	size_t n = text ? strlen(text) : 0;
	struct MHD_Response *r =
	    MHD_create_response_from_buffer(n, text ? text : (char *)"", MHD_RESPMEM_MUST_COPY);
	free(text);
	if (!r)
		return MHD_NO;
	if (n)
		MHD_add_response_header(r, "Content-Type", "application/json");
	enum MHD_Result rc = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return rc;
}

static enum MHD_Result fault(struct MHD_Connection *c, unsigned status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static enum MHD_Result fault(struct MHD_Connection *c, unsigned status, const char *fmt, ...)
{
	/* Allocated: a message quoting a long path keeps its reason. */
	char *msg = NULL;
	va_list ap;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	json_t *m = msg ? json_string(msg) : json_string("out of memory");
	if (!m) {
		/* Not UTF-8 (a path cut inside a character): keep the ASCII. */
		for (char *p = msg; *p; p++)
			if ((unsigned char)*p >= 0x80)
				*p = '?';
		m = json_string(msg);
	}
	free(msg);
	json_t *j = json_object();
	json_object_set_new(j, "fault_message", m);
	return send_json(c, status, j);
}

static enum MHD_Result no_content(struct MHD_Connection *c)
{
	return send_json(c, MHD_HTTP_NO_CONTENT, NULL);
}

/* 405 with the Allow header listing the methods of the resource. */
static enum MHD_Result not_allowed(struct MHD_Connection *c, const char *url, const char *method,
				   const char *allow)
{
	char msg[160];
	snprintf(msg, sizeof(msg), "%s does not allow %s (allowed: %s)", url, method, allow);
	json_t *j = json_pack("{s:s}", "fault_message", msg);
	char *text = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	struct MHD_Response *r = MHD_create_response_from_buffer(
	    text ? strlen(text) : 0, text ? text : (char *)"", MHD_RESPMEM_MUST_COPY);
	free(text);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", "application/json");
	MHD_add_response_header(r, "Allow", allow);
	enum MHD_Result rc = MHD_queue_response(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
	MHD_destroy_response(r);
	return rc;
}

/* --- request bodies --- */

/* Parse the body as a JSON object whose keys are all in `allowed` (NULL
 * terminated). On error, queues the 400 and returns NULL with *rc set. */
static json_t *parse_body(struct MHD_Connection *c, const struct request *q,
			  const char *const *allowed, enum MHD_Result *rc)
{
	json_error_t je;
	json_t *j = q->len ? json_loadb(q->body, q->len, JSON_REJECT_DUPLICATES, &je) : NULL;
	if (!q->len) {
		*rc = fault(c, MHD_HTTP_BAD_REQUEST, "the request needs a JSON body");
		return NULL;
	}
	if (!j) {
		*rc = fault(c, MHD_HTTP_BAD_REQUEST, "malformed JSON: %s (line %d, column %d)",
			    je.text, je.line, je.column);
		return NULL;
	}
	if (!json_is_object(j)) {
		json_decref(j);
		*rc = fault(c, MHD_HTTP_BAD_REQUEST, "the body must be a JSON object");
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
			*rc = fault(c, MHD_HTTP_BAD_REQUEST, "unknown field \"%s\"", key);
			json_decref(j);
			return NULL;
		}
	}
	return j;
}

/* A required string field; queues a 400 and returns NULL when absent or not a string. */
static const char *get_string(struct MHD_Connection *c, json_t *j, const char *key,
			      enum MHD_Result *rc)
{
	json_t *v = json_object_get(j, key);
	if (!v || !json_is_string(v)) {
		*rc = fault(c, MHD_HTTP_BAD_REQUEST,
			    "field \"%s\" is required and must be a string", key);
		return NULL;
	}
	return json_string_value(v);
}

/* --- endpoints (a->lock held, a->vm set) --- */

static enum MHD_Result get_vm(struct api *a, struct MHD_Connection *c)
{
	struct vm *vm = a->vm;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	pthread_mutex_lock(&vm->lock);
	bool paused = vm->paused;
	double up = vm->running ? (double)(now.tv_sec - vm->started.tv_sec) +
				      (double)(now.tv_nsec - vm->started.tv_nsec) * 1e-9
				: 0.0;
	pthread_mutex_unlock(&vm->lock);
	double guest = (double)vclock_now(&vm->clock) / (double)TIMEBASE_HZ;
	json_t *j =
	    json_pack("{s:s, s:i, s:I, s:I, s:f, s:f}", "state", paused ? "paused" : "running",
		      "vcpus", (int)vm->ncpus, "memory_mib", (json_int_t)(vm->bus.ram_size >> 20),
		      "instructions_retired", (json_int_t)vm_instret(vm), "uptime_seconds", up,
		      "guest_time_seconds", guest);
	return send_json(c, MHD_HTTP_OK, j);
}

static enum MHD_Result patch_vm(struct api *a, struct MHD_Connection *c, const struct request *q)
{
	static const char *const allowed[] = {"state", NULL};
	enum MHD_Result rc;
	json_t *j = parse_body(c, q, allowed, &rc);
	if (!j)
		return rc;
	const char *state = get_string(c, j, "state", &rc);
	if (!state) {
		json_decref(j);
		return rc;
	}
	int r;
	if (strcmp(state, "paused") == 0) {
		r = vm_pause(a->vm);
	} else if (strcmp(state, "running") == 0) {
		r = vm_resume(a->vm);
	} else {
		rc = fault(c, MHD_HTTP_BAD_REQUEST,
			   "state must be \"paused\" or \"running\", not \"%s\"", state);
		json_decref(j);
		return rc;
	}
	json_decref(j);
	if (r < 0)
		return fault(c, MHD_HTTP_CONFLICT, "the VM is shutting down");
	return no_content(c);
}

static enum MHD_Result put_snapshot(struct api *a, struct MHD_Connection *c,
				    const struct request *q)
{
	static const char *const allowed[] = {"snapshot_path", "mem_file_path", "snapshot_type",
					      "overwrite", NULL};
	enum MHD_Result rc;
	json_t *j = parse_body(c, q, allowed, &rc);
	if (!j)
		return rc;
	const char *snap = get_string(c, j, "snapshot_path", &rc);
	const char *mem = snap ? get_string(c, j, "mem_file_path", &rc) : NULL;
	if (!snap || !mem) {
		json_decref(j);
		return rc;
	}
	json_t *t = json_object_get(j, "snapshot_type");
	const char *type = t && json_is_string(t) ? json_string_value(t) : "full";
	json_t *ow = json_object_get(j, "overwrite");
	if (t && !json_is_string(t)) {
		rc = fault(c, MHD_HTTP_BAD_REQUEST, "field \"snapshot_type\" must be a string");
	} else if (ow && !json_is_boolean(ow)) {
		rc = fault(c, MHD_HTTP_BAD_REQUEST, "field \"overwrite\" must be true or false");
	} else if (strcmp(type, "full") != 0 && strcmp(type, "diff") != 0) {
		rc = fault(c, MHD_HTTP_BAD_REQUEST,
			   "snapshot_type must be \"full\" or \"diff\", not \"%s\"", type);
	} else if (!*snap || !*mem || strcmp(snap, mem) == 0) {
		rc = fault(c, MHD_HTTP_BAD_REQUEST,
			   "snapshot_path and mem_file_path must be two different non-empty paths");
	} else if (a->no_snapshot) {
		rc = fault(c, MHD_HTTP_BAD_REQUEST, "this VM cannot be snapshotted: %s",
			   a->no_snapshot);
	} else if (strcmp(type, "diff") == 0 && !bus_dirty_log_on(&a->vm->bus)) {
		rc =
		    fault(c, MHD_HTTP_BAD_REQUEST,
			  "a diff snapshot needs a previous snapshot of this VM (since it started, "
			  "was restored or rebooted): take a \"full\" one first");
	} else if (!vm_is_paused(a->vm)) {
		rc = fault(c, MHD_HTTP_CONFLICT, "the VM must be paused to take a snapshot");
	} else {
		char *err = malloc(SNAPSHOT_ERRLEN);
		struct snapshot_stats st;
		bool diff = strcmp(type, "diff") == 0;
		unsigned flags =
		    (diff ? SNAPSHOT_DIFF : 0) | (json_is_true(ow) ? SNAPSHOT_OVERWRITE : 0);
		int r = err ? snapshot_create(a->vm, snap, mem, flags, &st, err, SNAPSHOT_ERRLEN)
			    : SNAPSHOT_FAILED;
		if (r == SNAPSHOT_CONFLICT) {
			rc = fault(c, MHD_HTTP_CONFLICT, "snapshot refused: %s", err);
		} else if (r == SNAPSHOT_BAD_PATH) {
			rc = fault(c, MHD_HTTP_BAD_REQUEST, "snapshot refused: %s", err);
		} else if (r < 0) {
			rc = fault(c, MHD_HTTP_BAD_REQUEST, "snapshot failed: %s",
				   err ? err : "out of memory");
		} else if (diff) {
			rc = send_json(c, MHD_HTTP_OK,
				       json_pack("{s:f, s:I, s:I, s:I}", "seconds", st.seconds,
						 "state_bytes", (json_int_t)st.state_bytes,
						 "mem_bytes", (json_int_t)st.mem_bytes,
						 "dirty_pages", (json_int_t)st.dirty_pages));
		} else {
			rc = send_json(c, MHD_HTTP_OK,
				       json_pack("{s:f, s:I, s:I}", "seconds", st.seconds,
						 "state_bytes", (json_int_t)st.state_bytes,
						 "mem_bytes", (json_int_t)st.mem_bytes));
		}
		free(err);
	}
	json_decref(j);
	return rc;
}

static enum MHD_Result put_actions(struct api *a, struct MHD_Connection *c, const struct request *q)
{
	static const char *const allowed[] = {"action_type", NULL};
	enum MHD_Result rc;
	json_t *j = parse_body(c, q, allowed, &rc);
	if (!j)
		return rc;
	const char *act = get_string(c, j, "action_type", &rc);
	if (!act) {
		json_decref(j);
		return rc;
	}
	if (strcmp(act, "shutdown") == 0) {
		vm_request_exit(a->vm, VM_EXIT_POWEROFF, 0);
		rc = no_content(c);
	} else if (strcmp(act, "reboot") == 0) {
		vm_request_exit(a->vm, VM_EXIT_REBOOT, 0);
		rc = no_content(c);
	} else {
		rc = fault(c, MHD_HTTP_BAD_REQUEST,
			   "action_type must be \"shutdown\" or \"reboot\", not \"%s\"", act);
	}
	json_decref(j);
	return rc;
}

/* Balloon: Firecracker's shape (GET gives target, actual and the guest's
 * latest memory statistics, refreshed for the request when the guest
 * answers within a second). */
#define BALLOON_STATS_WAIT_MS 1000

static enum MHD_Result get_balloon(struct api *a, struct MHD_Connection *c)
{
	struct balloon *d = virtio_balloon_find(a->vm->board);
	if (!d)
		return fault(c, MHD_HTTP_BAD_REQUEST, "this VM has no balloon device (--balloon)");
	struct balloon_info in;
	virtio_balloon_info(d, true, BALLOON_STATS_WAIT_MS, &in);
	json_t *stats = json_object();
	for (unsigned k = 0; k < BALLOON_NSTATS; k++)
		if (in.stats_valid & (1u << k))
			json_object_set_new(stats, virtio_balloon_stat_name(k),
					    json_integer((json_int_t)in.stats[k]));
	json_t *j = json_pack(
	    "{s:I, s:I, s:I, s:I, s:b, s:i, s:o, s:I, s:I, s:I}", "target_mib",
	    (json_int_t)(in.target_pages >> 8), "actual_mib", (json_int_t)(in.actual_pages >> 8),
	    "target_pages", (json_int_t)in.target_pages, "actual_pages",
	    (json_int_t)in.actual_pages, "deflate_on_oom", in.deflate_on_oom,
	    "stats_polling_interval_s", (int)in.stats_interval, "stats", stats, "stats_updates",
	    (json_int_t)in.stats_updates, "inflated_pages", (json_int_t)in.inflated_pages,
	    "deflated_pages", (json_int_t)in.deflated_pages);
	return send_json(c, MHD_HTTP_OK, j);
}

static enum MHD_Result put_balloon(struct api *a, struct MHD_Connection *c, const struct request *q)
{
	static const char *const allowed[] = {"amount_mib", NULL};
	enum MHD_Result rc;
	json_t *j = parse_body(c, q, allowed, &rc);
	if (!j)
		return rc;
	json_t *v = json_object_get(j, "amount_mib");
	json_int_t mib = v && json_is_integer(v) ? json_integer_value(v) : -1;
	json_decref(j);
	struct balloon *d = virtio_balloon_find(a->vm->board);
	if (mib < 0)
		return fault(c, MHD_HTTP_BAD_REQUEST,
			     "field \"amount_mib\" is required and must be an integer >= 0");
	if (!d)
		return fault(c, MHD_HTTP_BAD_REQUEST, "this VM has no balloon device (--balloon)");
	if (virtio_balloon_set_target(d, (uint64_t)mib) < 0)
		return fault(c, MHD_HTTP_BAD_REQUEST,
			     "amount_mib %lld is more than the VM's %llu MiB of RAM",
			     (long long)mib, (unsigned long long)(a->vm->bus.ram_size >> 20));
	return no_content(c);
}

/* --- disks: /disks/{index} (rate limits) --- */

/* The virtio-mmio transport in `slot` (disk k is in slot k), or NULL. */
static struct virtio_mmio *find_slot(struct board *b, unsigned slot)
{
	for (unsigned k = 0; b && k < board_ndevices(b); k++) {
		void *dev;
		if (board_device(b, k, &dev) == &virtio_mmio_board_ops &&
		    ((struct virtio_mmio *)dev)->slot == slot)
			return dev;
	}
	return NULL;
}

static json_t *bucket_json(const struct ratelimit_bucket *b)
{
	return json_pack("{s:I, s:I, s:I}", "rate", (json_int_t)b->cfg.rate, "size",
			 (json_int_t)b->cfg.size, "one_time_burst", (json_int_t)b->otb);
}

/* A limiter as GET shows it ({"bandwidth", "ops"}), and its counters. */
static json_t *limiter_json(struct ratelimit *rl, uint64_t *passed, uint64_t *throttled)
{
	pthread_mutex_lock(&rl->lock);
	json_t *lim = json_pack("{s:o, s:o}", "bandwidth", bucket_json(&rl->bytes), "ops",
				bucket_json(&rl->ops));
	*passed = rl->stat_passed, *throttled = rl->stat_throttled;
	pthread_mutex_unlock(&rl->lock);
	return lim;
}

static enum MHD_Result get_disk(struct api *a, struct MHD_Connection *c, unsigned k,
				struct ratelimit *rl)
{
	uint64_t passed, throttled;
	json_t *lim = limiter_json(rl, &passed, &throttled);
	const struct vm_disk *d = &a->vm->cfg.disks[k];
	return send_json(c, MHD_HTTP_OK,
			 json_pack("{s:i, s:s, s:b, s:o, s:I, s:I}", "index", (int)k, "path",
				   d->path, "read_only", d->readonly, "rate_limiter", lim,
				   "requests_passed", (json_int_t)passed, "requests_throttled",
				   (json_int_t)throttled));
}

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

/* One bucket of a PATCH body: {"size", "refill_time_ms"} (Firecracker's
 * TokenBucket: size tokens every refill_time_ms) or {"rate"[, "size"]}
 * (tokens per second, burst size), either with "one_time_burst". A rate
 * or size of 0 turns the bucket off. */
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
	*b = (struct ratelimit_bucket_cfg){
	    .rate = size || has_rate ? rate : 0, .size = rate ? size : 0, .one_time_burst = otb};
	if (!b->rate)
		*b = (struct ratelimit_bucket_cfg){0};
	return true;
}

/* A limiter of a PATCH body, {"bandwidth": B, "ops": B} (buckets as
 * parse_bucket; one not given is left as in *cfg). Absent: an error when
 * required, else nothing changes. */
static bool parse_limiter(json_t *lim, const char *name, bool required, struct ratelimit_cfg *cfg,
			  char *err, size_t errlen)
{
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
			ok = parse_bucket(v, key, &cfg->bytes, e, sizeof(e));
		else if (strcmp(key, "ops") == 0)
			ok = parse_bucket(v, key, &cfg->ops, e, sizeof(e));
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

static enum MHD_Result patch_disk(struct api *a, struct MHD_Connection *c, unsigned k,
				  struct virtio_mmio *t, struct ratelimit *rl,
				  const struct request *q)
{
	static const char *const allowed[] = {"rate_limiter", NULL};
	enum MHD_Result rc;
	json_t *j = parse_body(c, q, allowed, &rc);
	if (!j)
		return rc;
	struct ratelimit_cfg cfg;
	ratelimit_get(rl, &cfg);
	char err[256] = "";
	bool ok = parse_limiter(json_object_get(j, "rate_limiter"), "rate_limiter", true, &cfg, err,
				sizeof(err));
	json_decref(j);
	if (!ok)
		return fault(c, MHD_HTTP_BAD_REQUEST, "%s", err);
	ratelimit_set(rl, &cfg, ratelimit_now_ns());
	/* A snapshot records the limits as they are now. */
	struct vm_disk *d = &a->vm->cfg.disks[k];
	d->bps = cfg.bytes.rate, d->bps_burst = cfg.bytes.size;
	d->iops = cfg.ops.rate, d->iops_burst = cfg.ops.size;
	/* A request waiting under the old limits is reconsidered now. */
	virtio_mmio_kick(t, 0);
	return no_content(c);
}

/* The front shared by /disks/{index} and /network-interfaces/{index}: an
 * index after prefix, GET or PATCH, a body within bounds, a running VM.
 * Returns true with *text (the index as given), *index (valid when
 * *numeric: a decimal number without leading zeros, small enough to be
 * some device's) and *get set, or false with the refusal in *res. */
static bool indexed_route(struct api *a, struct MHD_Connection *c, const char *url,
			  const char *prefix, const char *method, const struct request *q,
			  const char **text, unsigned long *index, bool *numeric, bool *get,
			  enum MHD_Result *res)
{
	const char *idx = url + strlen(prefix);
	size_t len = strlen(idx);
	*text = idx;
	*numeric =
	    len && len <= 9 && strspn(idx, "0123456789") == len && (idx[0] != '0' || len == 1);
	*index = *numeric ? strtoul(idx, NULL, 10) : 0;
	*get = strcmp(method, "GET") == 0;
	if (!len)
		*res = fault(c, MHD_HTTP_NOT_FOUND, "no such resource: %s", url);
	else if (!*get && strcmp(method, "PATCH") != 0)
		*res = not_allowed(c, url, method, "GET, PATCH");
	else if (q->too_large)
		*res = fault(c, MHD_HTTP_CONTENT_TOO_LARGE, "request body larger than %u bytes",
			     API_MAX_BODY);
	else if (!a->vm)
		*res = fault(c, MHD_HTTP_SERVICE_UNAVAILABLE,
			     "the VM is not running (starting, rebooting or exiting)");
	else
		return true;
	return false;
}

/* 404 for an index that names no device, quoting it as the user gave it
 * (printable ASCII, at most 40 characters) and saying which exist:
 * "no disk '7' (the VM has 2 disks: 0..1)". */
static enum MHD_Result no_device(struct MHD_Connection *c, const char *text, const char *one,
				 const char *many, unsigned count)
{
	char q[48];
	size_t n = 0;
	for (; text[n] && n < 40; n++)
		q[n] = text[n] >= 0x20 && text[n] < 0x7f ? text[n] : '?';
	snprintf(q + n, sizeof(q) - n, "%s", text[n] ? "..." : "");
	if (!count)
		return fault(c, MHD_HTTP_NOT_FOUND, "no %s '%s' (the VM has no %s)", one, q, many);
	if (count == 1)
		return fault(c, MHD_HTTP_NOT_FOUND, "no %s '%s' (the VM has 1 %s: 0)", one, q, one);
	return fault(c, MHD_HTTP_NOT_FOUND, "no %s '%s' (the VM has %u %s: 0..%u)", one, q, count,
		     many, count - 1);
}

static enum MHD_Result disk_route(struct api *a, struct MHD_Connection *c, const char *url,
				  const char *method, const struct request *q)
{
	const char *text;
	unsigned long k;
	bool numeric, get;
	enum MHD_Result res;
	if (!indexed_route(a, c, url, "/disks/", method, q, &text, &k, &numeric, &get, &res))
		return res;
	struct virtio_mmio *t =
	    numeric && k < a->vm->cfg.ndisks ? find_slot(a->vm->board, (unsigned)k) : NULL;
	struct ratelimit *rl = virtio_blk_ratelimit(t);
	if (!rl)
		return no_device(c, text, "disk", "disks", a->vm->cfg.ndisks);
	return get ? get_disk(a, c, (unsigned)k, rl) : patch_disk(a, c, (unsigned)k, t, rl, q);
}

/* --- NICs: /network-interfaces/{index} (rate limits) --- */

/* NIC n (in --net order): its index in vm->cfg.devices and its transport
 * (devices are in the slots after the disks), or NULL. */
static struct virtio_mmio *find_nic(struct vm *vm, unsigned long n, unsigned *dev)
{
	unsigned long seen = 0;
	for (unsigned k = 0; k < vm->cfg.ndevices; k++) {
		struct virtio_mmio *t = find_slot(vm->board, vm->cfg.ndisks + k);
		if (!virtio_net_ratelimit(t, false))
			continue;
		if (seen++ == n) {
			*dev = k;
			return t;
		}
	}
	return NULL;
}

static unsigned count_nics(struct vm *vm)
{
	unsigned n = 0, dev;
	while (find_nic(vm, n, &dev))
		n++;
	return n;
}

static enum MHD_Result get_nic(struct api *a, struct MHD_Connection *c, unsigned long n,
			       unsigned dev, struct virtio_mmio *t)
{
	uint64_t rxp, rxt, txp, txt;
	json_t *rx = limiter_json(virtio_net_ratelimit(t, false), &rxp, &rxt);
	json_t *tx = limiter_json(virtio_net_ratelimit(t, true), &txp, &txt);
	struct virtio_net_stats s;
	virtio_net_stats(t, &s);
	return send_json(
	    c, MHD_HTTP_OK,
	    json_pack("{s:i, s:s, s:o, s:o, s:{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I}}",
		      "index", (int)n, "options", a->vm->cfg.devices[dev].opts, "rx_rate_limiter",
		      rx, "tx_rate_limiter", tx, "counters", "rx_frames", (json_int_t)s.rx_frames,
		      "rx_bytes", (json_int_t)s.rx_bytes, "rx_dropped", (json_int_t)s.rx_dropped,
		      "rx_passed", (json_int_t)rxp, "rx_throttled", (json_int_t)rxt, "tx_frames",
		      (json_int_t)s.tx_frames, "tx_bytes", (json_int_t)s.tx_bytes, "tx_dropped",
		      (json_int_t)s.tx_dropped, "tx_passed", (json_int_t)txp, "tx_throttled",
		      (json_int_t)txt));
}

static enum MHD_Result patch_nic(struct api *a, struct MHD_Connection *c, unsigned dev,
				 struct virtio_mmio *t, const struct request *q)
{
	static const char *const allowed[] = {"rx_rate_limiter", "tx_rate_limiter", NULL};
	enum MHD_Result rc;
	json_t *j = parse_body(c, q, allowed, &rc);
	if (!j)
		return rc;
	struct ratelimit *rl[2] = {virtio_net_ratelimit(t, false), virtio_net_ratelimit(t, true)};
	struct ratelimit_cfg cfg[2];
	ratelimit_get(rl[0], &cfg[0]);
	ratelimit_get(rl[1], &cfg[1]);
	char err[256] = "";
	json_t *rx = json_object_get(j, "rx_rate_limiter"),
	       *tx = json_object_get(j, "tx_rate_limiter");
	bool ok = parse_limiter(rx, "rx_rate_limiter", false, &cfg[0], err, sizeof(err)) &&
		  parse_limiter(tx, "tx_rate_limiter", false, &cfg[1], err, sizeof(err));
	if (ok && !rx && !tx) {
		snprintf(err, sizeof(err), "give \"rx_rate_limiter\" or \"tx_rate_limiter\"");
		ok = false;
	}
	json_decref(j);
	if (!ok)
		return fault(c, MHD_HTTP_BAD_REQUEST, "%s", err);
	/* A snapshot (and a reboot) records the limits as they are now: in
	 * the NIC's option string. */
	char **grown = realloc(a->owned, (a->nowned + 1) * sizeof(*grown));
	if (grown)
		a->owned = grown;
	char *opts =
	    grown ? virtio_net_opts_with_limits(a->vm->cfg.devices[dev].opts, &cfg[0], &cfg[1])
		  : NULL;
	if (!opts)
		return fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	a->owned[a->nowned++] = opts;
	a->vm->cfg.devices[dev].opts = opts;
	ratelimit_set(rl[0], &cfg[0], ratelimit_now_ns());
	ratelimit_set(rl[1], &cfg[1], ratelimit_now_ns());
	/* A frame waiting under the old limits is reconsidered now. */
	virtio_mmio_kick(t, 0);
	virtio_mmio_kick(t, 1);
	return no_content(c);
}

static enum MHD_Result nic_route(struct api *a, struct MHD_Connection *c, const char *url,
				 const char *method, const struct request *q)
{
	const char *text;
	unsigned long n;
	bool numeric, get;
	enum MHD_Result res;
	if (!indexed_route(a, c, url, "/network-interfaces/", method, q, &text, &n, &numeric, &get,
			   &res))
		return res;
	unsigned dev;
	struct virtio_mmio *t = numeric ? find_nic(a->vm, n, &dev) : NULL;
	if (!t)
		return no_device(c, text, "network interface", "network interfaces",
				 count_nics(a->vm));
	return get ? get_nic(a, c, n, dev, t) : patch_nic(a, c, dev, t, q);
}

/* --- dispatch --- */

struct route {
	const char *path, *method;
};

static const struct route routes[] = {
    {"/vm", "GET"},	 {"/vm", "PATCH"},    {"/snapshot/create", "PUT"},
    {"/actions", "PUT"}, {"/balloon", "GET"}, {"/balloon", "PUT"},
};

static enum MHD_Result dispatch(struct api *a, struct MHD_Connection *c, const char *url,
				const char *method, const struct request *q)
{
	if (strncmp(url, "/disks/", strlen("/disks/")) == 0)
		return disk_route(a, c, url, method, q);
	if (strncmp(url, "/network-interfaces/", strlen("/network-interfaces/")) == 0)
		return nic_route(a, c, url, method, q);
	bool path_known = false, allowed = false;
	char allow[64] = "";
	for (size_t k = 0; k < sizeof(routes) / sizeof(routes[0]); k++) {
		if (strcmp(routes[k].path, url) != 0)
			continue;
		path_known = true;
		allowed |= strcmp(routes[k].method, method) == 0;
		snprintf(allow + strlen(allow), sizeof(allow) - strlen(allow), "%s%s",
			 *allow ? ", " : "", routes[k].method);
	}
	if (!path_known)
		return fault(c, MHD_HTTP_NOT_FOUND, "no such resource: %s", url);
	if (!allowed)
		return not_allowed(c, url, method, allow);
	if (q->too_large)
		return fault(c, MHD_HTTP_CONTENT_TOO_LARGE, "request body larger than %u bytes",
			     API_MAX_BODY);
	if (!a->vm)
		return fault(c, MHD_HTTP_SERVICE_UNAVAILABLE,
			     "the VM is not running (starting, rebooting or exiting)");
	if (strcmp(url, "/vm") == 0)
		return strcmp(method, "GET") == 0 ? get_vm(a, c) : patch_vm(a, c, q);
	if (strcmp(url, "/snapshot/create") == 0)
		return put_snapshot(a, c, q);
	if (strcmp(url, "/balloon") == 0)
		return strcmp(method, "GET") == 0 ? get_balloon(a, c) : put_balloon(a, c, q);
	return put_actions(a, c, q);
}

/* --- connections: deadlines and the soft limit (API thread only) --- */

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Give the connection a fresh API_REQUEST_SECONDS. */
static void conn_extend(struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci =
	    MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	struct conn *k = ci ? ci->socket_context : NULL;
	if (k)
		k->deadline_ns = now_ns() + API_REQUEST_SECONDS * 1000000000ull;
}

/* Drop a connection: shutdown() makes its socket read EOF, so MHD closes
 * it on its next round (on this thread, so the fd is still MHD's). */
static void conn_drop(struct conn *k)
{
	shutdown(k->fd, SHUT_RDWR);
	k->dropped = true;
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
			  enum MHD_ConnectionNotificationCode toe)
{
	struct api *a = cls;
	struct conn *k = *socket_context;
	if (toe == MHD_CONNECTION_NOTIFY_CLOSED) {
		if (k) {
			if (k->prev)
				k->prev->next = k->next;
			else
				a->conns = k->next;
			if (k->next)
				k->next->prev = k->prev;
			free(k);
		}
		*socket_context = NULL;
		return;
	}
	const union MHD_ConnectionInfo *ci =
	    MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
	k = ci ? calloc(1, sizeof(*k)) : NULL;
	if (!k)
		return; /* untracked: MHD's idle timeout still applies */
	k->fd = ci->connect_fd;
	k->deadline_ns = now_ns() + API_REQUEST_SECONDS * 1000000000ull;
	k->next = a->conns;
	if (a->conns)
		a->conns->prev = k;
	a->conns = k;
	*socket_context = k;
	/* Over the soft limit: make room by dropping the open connection
	 * nearest its deadline (not this new one). */
	unsigned live = 0;
	struct conn *first = NULL;
	for (struct conn *p = a->conns; p; p = p->next) {
		if (p->dropped)
			continue;
		live++;
		if (p != k && (!first || p->deadline_ns < first->deadline_ns))
			first = p;
	}
	if (live > API_SOFT_CONNECTIONS && first)
		conn_drop(first);
}

/* The API thread: serve, and drop connections past their deadline. */
static void *api_loop(void *arg)
{
	struct api *a = arg;
	while (!atomic_load(&a->stopping)) {
		MHD_run_wait(a->mhd, API_POLL_MS);
		uint64_t now = now_ns();
		for (struct conn *k = a->conns; k; k = k->next)
			if (!k->dropped && now > k->deadline_ns)
				conn_drop(k);
	}
	return NULL;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	(void)version;
	struct api *a = cls;
	struct request *q = *con_cls;
	if (!q) {
		q = calloc(1, sizeof(*q));
		if (!q)
			return MHD_NO;
		*con_cls = q;
		return MHD_YES;
	}
	if (*upload_size) {
		if (!q->too_large && q->len + *upload_size <= API_MAX_BODY) {
			char *nb = realloc(q->body, q->len + *upload_size);
			if (!nb)
				return MHD_NO;
			memcpy(nb + q->len, upload, *upload_size);
			q->body = nb;
			q->len += *upload_size;
		} else {
			q->too_large = true; /* keep reading, answer 413 at the end */
		}
		*upload_size = 0;
		return MHD_YES;
	}
	pthread_mutex_lock(&a->lock);
	enum MHD_Result rc = dispatch(a, c, url, method, q);
	pthread_mutex_unlock(&a->lock);
	/* Handling may have taken long (a snapshot): the answer gets its own
	 * time to be sent. */
	conn_extend(c);
	return rc;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	(void)cls, (void)toe;
	conn_extend(c); /* a kept-alive connection: the next request's time */
	struct request *q = *con_cls;
	if (q) {
		free(q->body);
		free(q);
	}
	*con_cls = NULL;
}

/* --- lifecycle --- */

/* Bind and listen on a new unix socket at `path` that is private (0600)
 * from the first instant anyone can reach it: it is bound inside a fresh
 * 0700 directory next to path (so no other user can connect while it is
 * made 0600 and listening) and then renamed into place, which is atomic.
 * Unlike a umask around bind(), nothing process-wide changes, so other
 * threads creating files meanwhile are unaffected. */
static int bind_private(const char *path, char *err, size_t errlen)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	char dir[sizeof(sa.sun_path) + 32];
	const char *slash = strrchr(path, '/'); /* "a/b" -> "a", "/b" -> "", "b" -> "." */
	snprintf(dir, sizeof(dir), "%.*s/.rvisor-api-XXXXXX", slash ? (int)(slash - path) : 1,
		 slash ? path : ".");
	if (!mkdtemp(dir)) {
		snprintf(err, errlen,
			 "--api-socket %s: cannot create a private directory beside it: %s", path,
			 strerror(errno));
		return -1;
	}
	/* The temporary name may be longer than sun_path allows even when
	 * path fits: then reach the directory through /proc/self/fd. */
	int dfd = -1;
	if (strlen(dir) + 3 > sizeof(sa.sun_path)) {
		dfd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
		snprintf(sa.sun_path, sizeof(sa.sun_path), "/proc/self/fd/%d/s", dfd);
	} else {
		snprintf(sa.sun_path, sizeof(sa.sun_path), "%s/s", dir);
	}
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	const char *step = "socket";
	bool ok = fd >= 0 && (step = "bind", bind(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0) &&
		  (step = "chmod", chmod(sa.sun_path, 0600) == 0) && /* the API controls the VM */
		  (step = "listen", listen(fd, 16) == 0) &&
		  (step = "rename", rename(sa.sun_path, path) == 0);
	if (!ok) {
		snprintf(err, errlen, "--api-socket %s: %s: %s", path, step, strerror(errno));
		unlink(sa.sun_path);
	}
	if (dfd >= 0)
		close(dfd);
	rmdir(dir);
	if (!ok && fd >= 0)
		close(fd);
	return ok ? fd : -1;
}

static int make_socket(const char *path, char *err, size_t errlen)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	if (strlen(path) >= sizeof(sa.sun_path)) {
		snprintf(err, errlen, "--api-socket %s: path too long (max %zu bytes)", path,
			 sizeof(sa.sun_path) - 1);
		return -1;
	}
	strcpy(sa.sun_path, path);
	struct stat st;
	if (lstat(path, &st) == 0) {
		if (!S_ISSOCK(st.st_mode)) {
			snprintf(err, errlen, "--api-socket %s: exists and is not a socket", path);
			return -1;
		}
		/* A socket file: in use if someone answers, else stale (the
		 * rename below replaces it). */
		int probe = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (probe >= 0 && connect(probe, (struct sockaddr *)&sa, sizeof(sa)) == 0) {
			close(probe);
			snprintf(err, errlen, "--api-socket %s: another process is serving it",
				 path);
			return -1;
		}
		if (probe >= 0)
			close(probe);
	}
	return bind_private(path, err, errlen);
}

struct api *api_start(const char *socket_path, char *err, size_t errlen)
{
	struct api *a = calloc(1, sizeof(*a));
	if (!a) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	a->fd = make_socket(socket_path, err, errlen);
	if (a->fd < 0) {
		free(a);
		return NULL;
	}
	snprintf(a->path, sizeof(a->path), "%s", socket_path);
	pthread_mutex_init(&a->lock, NULL);
	/* External polling: our own thread runs MHD, so the deadlines are
	 * enforced on the thread that owns the connections. */
	a->mhd = MHD_start_daemon(
	    MHD_USE_EPOLL, 0, NULL, NULL, on_request, a, MHD_OPTION_LISTEN_SOCKET, a->fd,
	    MHD_OPTION_NOTIFY_COMPLETED, on_completed, a, MHD_OPTION_NOTIFY_CONNECTION,
	    on_connection, a, MHD_OPTION_CONNECTION_LIMIT, (unsigned)API_MAX_CONNECTIONS,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)API_REQUEST_SECONDS,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(128u << 10), MHD_OPTION_END);
	if (a->mhd && thread_spawn(&a->thread, api_loop, a, "api") != 0) {
		MHD_stop_daemon(a->mhd);
		a->mhd = NULL;
	}
	if (!a->mhd) {
		snprintf(err, errlen, "--api-socket %s: cannot start the HTTP server", socket_path);
		close(a->fd);
		unlink(socket_path);
		pthread_mutex_destroy(&a->lock);
		free(a);
		return NULL;
	}
	return a;
}

void api_attach(struct api *a, struct vm *vm, const char *no_snapshot)
{
	pthread_mutex_lock(&a->lock);
	a->vm = vm;
	a->no_snapshot = no_snapshot;
	pthread_mutex_unlock(&a->lock);
}

void api_detach(struct api *a)
{
	pthread_mutex_lock(&a->lock);
	a->vm = NULL;
	a->no_snapshot = NULL;
	pthread_mutex_unlock(&a->lock);
}

void api_stop(struct api *a)
{
	if (!a)
		return;
	/* A shutdown request makes the VM exit while its 204 may still be
	 * queued: let open connections finish (bounded) before stopping, so
	 * the client gets its answer. */
	for (int k = 0; k < 200; k++) {
		const union MHD_DaemonInfo *di =
		    MHD_get_daemon_info(a->mhd, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
		if (!di || di->num_connections == 0)
			break;
		usleep(5000);
	}
	atomic_store(&a->stopping, true);
	pthread_join(a->thread, NULL);
	MHD_stop_daemon(a->mhd);
	close(a->fd);
	unlink(a->path);
	pthread_mutex_destroy(&a->lock);
	for (size_t k = 0; k < a->nowned; k++)
		free(a->owned[k]);
	free(a->owned);
	free(a);
}
