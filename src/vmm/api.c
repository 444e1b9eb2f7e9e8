/* The per-VM REST API: HTTP (libmicrohttpd on a unix socket) and JSON
 * (jansson) over the control operations of vmm/ops.h, by a route table. */
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
#include "util/error.h"
#include "util/http_json.h"
#include "vmm/api_json.h"
#include "vmm/ops.h"
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
};

/* Per-request body accumulator. */
struct request {
	char *body;
	size_t len;
	bool too_large;
};

/* --- responses --- */

static enum MHD_Result fault(struct MHD_Connection *c, unsigned status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static enum MHD_Result fault(struct MHD_Connection *c, unsigned status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	enum MHD_Result r = http_send_faultv(c, status, fmt, ap);
	va_end(ap);
	return r;
}

static enum MHD_Result no_content(struct MHD_Connection *c)
{
	return http_send_json(c, MHD_HTTP_NO_CONTENT, NULL);
}

/* 405 with the Allow header listing the methods of the resource. */
static enum MHD_Result not_allowed(struct MHD_Connection *c, const char *url, const char *method,
				   const char *allow)
{
	char msg[160];
	snprintf(msg, sizeof(msg), "%s does not allow %s (allowed: %s)", url, method, allow);
	struct MHD_Response *r = http_json_response(json_pack("{s:s}", "fault_message", msg));
	if (r)
		MHD_add_response_header(r, "Allow", allow);
	return http_queue(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
}

/* Every failed operation or request body is answered here: the error's
 * class gives the status (util/error.h: invalid 400, not found 404,
 * conflict 409, unsupported 501, I/O and internal 500). */
static enum MHD_Result reply_error(struct MHD_Connection *c, const struct error *e)
{
	return fault(c, (unsigned)err_http_status(e->cls), "%s", e->msg);
}

/* --- handlers (a->lock held, a->vm set): JSON to a typed request, the
 * operation (vmm/ops.h), the typed result to JSON --- */

/* What a handler gets: the body, and for a path with {index} the index as
 * written (text) and its value (valid when numeric: a decimal number
 * without leading zeros, small enough to be some device's). */
struct call {
	const struct request *q;
	const char *text;
	unsigned long index;
	bool numeric;
};

/* The VM's virtio devices and their counters: [{"slot", "kind",
 * "counters": {NAME: N...}}...], or NULL when out of memory. */
static json_t *devices_json(struct vm *vm)
{
	struct device_info d[VIRT_VIRTIO_COUNT];
	unsigned n = ops_devices(vm, d, VIRT_VIRTIO_COUNT);
	json_t *arr = json_array();
	for (unsigned k = 0; arr && k < n; k++) {
		json_t *counters = json_object();
		for (unsigned i = 0; counters && i < d[k].stats.n; i++)
			json_object_set_new(counters, d[k].stats.item[i].name,
					    json_integer((json_int_t)d[k].stats.item[i].value));
		json_t *o = json_pack("{s:i, s:s, s:o*}", "slot", (int)d[k].slot, "kind", d[k].kind,
				      "counters", counters);
		if (!o || json_array_append_new(arr, o) < 0) {
			json_decref(arr);
			return NULL;
		}
	}
	return arr;
}

static enum MHD_Result get_vm(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	(void)k;
	struct vm_info in;
	struct error e;
	if (ops_info(a->vm, &in, &e) < 0)
		return reply_error(c, &e);
	json_t *per = json_array();
	for (unsigned h = 0; h < in.vcpus && h < MACHINE_MAX_CPUS; h++)
		json_array_append_new(per, json_integer((json_int_t)in.vcpu_instret[h]));
	json_t *j =
	    json_pack("{s:s, s:i, s:I, s:I, s:o*, s:I, s:I, s:f, s:f, s:o*}", "state",
		      in.paused ? "paused" : "running", "vcpus", (int)in.vcpus, "memory_mib",
		      (json_int_t)in.memory_mib, "instructions_retired",
		      (json_int_t)in.instructions_retired, "vcpu_instructions_retired", per,
		      "snapshots_taken", (json_int_t)in.snapshots_taken, "migrations_started",
		      (json_int_t)in.migrations_started, "uptime_seconds", in.uptime_seconds,
		      "guest_time_seconds", in.guest_time_seconds, "devices", devices_json(a->vm));
	return http_send_json(c, MHD_HTTP_OK, j);
}

static enum MHD_Result get_devices(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	(void)k;
	return http_send_json(c, MHD_HTTP_OK, json_pack("{s:o*}", "devices", devices_json(a->vm)));
}

static enum MHD_Result patch_vm(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	struct vm_state_request r;
	struct error e;
	if (api_parse_vm_state_request(k->q->body, k->q->len, &r, &e) < 0 ||
	    ops_set_state(a->vm, &r, &e) < 0)
		return reply_error(c, &e);
	return no_content(c);
}

static enum MHD_Result put_snapshot(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	struct snapshot_request r;
	struct snapshot_result res;
	struct error e;
	if (api_parse_snapshot_request(k->q->body, k->q->len, &r, &e) < 0)
		return reply_error(c, &e);
	int rc = ops_snapshot_create(a->vm, a->no_snapshot, &r, &res, &e);
	snapshot_request_free(&r);
	if (rc < 0)
		return reply_error(c, &e);
	const struct snapshot_stats *st = &res.stats;
	if (res.diff)
		return http_send_json(c, MHD_HTTP_OK,
				      json_pack("{s:f, s:I, s:I, s:I}", "seconds", st->seconds,
						"state_bytes", (json_int_t)st->state_bytes,
						"mem_bytes", (json_int_t)st->mem_bytes,
						"dirty_pages", (json_int_t)st->dirty_pages));
	return http_send_json(c, MHD_HTTP_OK,
			      json_pack("{s:f, s:I, s:I}", "seconds", st->seconds, "state_bytes",
					(json_int_t)st->state_bytes, "mem_bytes",
					(json_int_t)st->mem_bytes));
}

static enum MHD_Result put_actions(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	struct action_request r;
	struct error e;
	if (api_parse_action_request(k->q->body, k->q->len, &r, &e) < 0 ||
	    ops_action(a->vm, &r, &e) < 0)
		return reply_error(c, &e);
	return no_content(c);
}

/* Balloon: Firecracker's shape (GET gives target, actual and the guest's
 * latest memory statistics). */
static enum MHD_Result get_balloon(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	(void)k;
	struct balloon_info in;
	struct error e;
	if (ops_balloon_get(a->vm, &in, &e) < 0)
		return reply_error(c, &e);
	json_t *stats = json_object();
	for (unsigned s = 0; s < BALLOON_NSTATS; s++)
		if (in.stats_valid & (1u << s))
			json_object_set_new(stats, virtio_balloon_stat_name(s),
					    json_integer((json_int_t)in.stats[s]));
	json_t *j = json_pack(
	    "{s:I, s:I, s:I, s:I, s:b, s:i, s:o, s:I, s:I, s:I}", "target_mib",
	    (json_int_t)(in.target_pages >> 8), "actual_mib", (json_int_t)(in.actual_pages >> 8),
	    "target_pages", (json_int_t)in.target_pages, "actual_pages",
	    (json_int_t)in.actual_pages, "deflate_on_oom", in.deflate_on_oom,
	    "stats_polling_interval_s", (int)in.stats_interval, "stats", stats, "stats_updates",
	    (json_int_t)in.stats_updates, "inflated_pages", (json_int_t)in.inflated_pages,
	    "deflated_pages", (json_int_t)in.deflated_pages);
	return http_send_json(c, MHD_HTTP_OK, j);
}

static enum MHD_Result put_balloon(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	struct balloon_request r;
	struct error e;
	if (api_parse_balloon_request(k->q->body, k->q->len, &r, &e) < 0 ||
	    ops_balloon_set(a->vm, &r, &e) < 0)
		return reply_error(c, &e);
	return no_content(c);
}

static json_t *migrate_json(const struct migrate_status *st)
{
	json_t *j = json_pack(
	    "{s:s, s:s, s:I, s:b, s:i, s:I, s:I, s:I, s:I, s:f, s:f, s:f, s:i, s:f, s:f}", "state",
	    migrate_phase_name(st->phase), "destination", st->destination, "downtime_limit_ms",
	    (json_int_t)st->downtime_limit_ms, "give_up", st->give_up, "round", (int)st->round,
	    "bytes_sent", (json_int_t)st->bytes_sent, "pages_sent", (json_int_t)st->pages_sent,
	    "zero_pages_sent", (json_int_t)st->zero_pages_sent, "dirty_pages",
	    (json_int_t)st->dirty_pages, "dirty_rate_pps", st->dirty_rate_pps, "bandwidth_bps",
	    st->bandwidth_bps, "expected_downtime_ms", st->expected_downtime_ms, "throttle_percent",
	    (int)st->throttle_pct, "total_ms", st->total_ms, "downtime_ms", st->downtime_ms);
	json_t *t = json_pack("{s:f, s:f, s:f, s:f, s:f, s:f, s:f, s:I}", "setup_ms", st->setup_ms,
			      "full_pass_ms", st->full_pass_ms, "drain_ms", st->drain_ms,
			      "pause_ms", st->pause_ms, "last_copy_ms", st->last_copy_ms,
			      "ready_ms", st->ready_ms, "confirm_ms", st->confirm_ms,
			      "last_copy_pages", (json_int_t)st->last_copy_pages);
	if (j) {
		json_object_set_new(j, "copy_disks", json_boolean(st->copy_disks));
		json_object_set_new(j, "max_bandwidth",
				    json_integer((json_int_t)st->max_bandwidth));
		json_object_set_new(j, "streams", json_integer((json_int_t)st->streams));
		json_object_set_new(j, "authenticated", json_boolean(st->authenticated));
		json_object_set_new(j, "disk_bytes_sent",
				    json_integer((json_int_t)st->disk_bytes_sent));
		json_object_set_new(j, "dirty_disk_bytes",
				    json_integer((json_int_t)st->dirty_disk_bytes));
		json_object_set_new(j, "compress", json_string(st->compress ? "zstd" : "none"));
	}
	if (j && st->compress) {
		/* The data payloads (RAM pages and disk bytes that are not
		 * zero runs) before compression and as sent. */
		json_t *c = json_pack("{s:i, s:I, s:I, s:f, s:I, s:I}", "level", st->compress_level,
				      "bytes_before", (json_int_t)st->compress_bytes_in,
				      "bytes_after", (json_int_t)st->compress_bytes_out, "ratio",
				      st->compress_bytes_out ? (double)st->compress_bytes_in /
								   (double)st->compress_bytes_out
							     : 1.0,
				      "frames_compressed", (json_int_t)st->compressed_frames,
				      "frames_raw", (json_int_t)st->raw_frames);
		if (c)
			json_object_set_new(j, "compression", c);
	}
	if (j && t)
		json_object_set_new(j, "timings", t);
	else
		json_decref(t);
	if (j && (st->postcopy || st->incoming)) {
		/* After the switch-over of a post-copy and until every page has
		 * arrived, neither side alone holds the whole VM. */
		json_t *pc = json_pack(
		    "{s:b, s:I, s:I, s:I, s:f}", "whole_vm_on_one_side",
		    !(st->phase == MIGRATE_POSTCOPY || st->phase == MIGRATE_POSTCOPY_PAUSED),
		    "pages_missing_at_switchover", (json_int_t)st->postcopy_pages, "pages_left",
		    (json_int_t)st->postcopy_pages_left, "pages_requested",
		    (json_int_t)st->postcopy_pages_requested, "postcopy_ms", st->postcopy_ms);
		if (pc && st->incoming)
			json_object_set_new(pc, "faults",
					    json_integer((json_int_t)st->postcopy_faults));
		json_object_set_new(j, "postcopy", json_boolean(true));
		json_object_set_new(j, "role",
				    json_string(st->incoming ? "destination" : "source"));
		if (pc)
			json_object_set_new(j, "postcopy_progress", pc);
	} else if (j) {
		json_object_set_new(j, "postcopy", json_boolean(false));
	}
	if (j && (st->phase == MIGRATE_FAILED || st->phase == MIGRATE_CANCELLED ||
		  st->phase == MIGRATE_POSTCOPY_PAUSED)) {
		json_object_set_new(j, "error", json_string(st->error));
		json_object_set_new(j, "resumed", json_boolean(st->resumed));
	}
	return j;
}

static enum MHD_Result put_migrate(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	struct migrate_request r;
	struct error e;
	if (api_parse_migrate_request(k->q->body, k->q->len, &r, &e) < 0)
		return reply_error(c, &e);
	int rc = ops_migrate_start(a->vm, a->no_snapshot, &r, &e);
	migrate_request_free(&r);
	if (rc < 0)
		return reply_error(c, &e);
	struct migrate_status st;
	ops_migrate_status(a->vm, &st, &e);
	return http_send_json(c, MHD_HTTP_ACCEPTED, migrate_json(&st));
}

static enum MHD_Result get_migrate(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	(void)k;
	struct migrate_status st;
	struct error e;
	if (ops_migrate_status(a->vm, &st, &e) < 0)
		return reply_error(c, &e);
	return http_send_json(c, MHD_HTTP_OK, migrate_json(&st));
}

static enum MHD_Result delete_migrate(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	(void)k;
	struct error e;
	if (ops_migrate_cancel(a->vm, &e) < 0)
		return reply_error(c, &e);
	return no_content(c);
}

/* A limiter as GET shows it ({"bandwidth", "ops"}). */
static json_t *limiter_json(const struct limiter_state *s)
{
	return json_pack("{s:{s:I, s:I, s:I}, s:{s:I, s:I, s:I}}", "bandwidth", "rate",
			 (json_int_t)s->bandwidth.rate, "size", (json_int_t)s->bandwidth.size,
			 "one_time_burst", (json_int_t)s->bandwidth.one_time_burst, "ops", "rate",
			 (json_int_t)s->ops.rate, "size", (json_int_t)s->ops.size, "one_time_burst",
			 (json_int_t)s->ops.one_time_burst);
}

/* Disk k of /disks/{index}: found, or the 404 (before the body is read,
 * so a wrong index is reported as such whatever the body). */
static bool disk_exists(struct api *a, const struct call *k, struct disk_info *in, struct error *e)
{
	if (!k->numeric)
		return ops_no_device(e, k->text, "disk", "disks", ops_disk_count(a->vm)) == 0;
	return ops_disk_get(a->vm, k->index, in, e) == 0;
}

static enum MHD_Result get_disk(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	struct disk_info in;
	struct error e;
	if (!disk_exists(a, k, &in, &e))
		return reply_error(c, &e);
	return http_send_json(c, MHD_HTTP_OK,
			      json_pack("{s:i, s:s, s:b, s:o, s:I, s:I}", "index", (int)in.index,
					"path", in.path, "read_only", in.read_only, "rate_limiter",
					limiter_json(&in.limiter), "requests_passed",
					(json_int_t)in.limiter.passed, "requests_throttled",
					(json_int_t)in.limiter.throttled));
}

static enum MHD_Result patch_disk(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	struct disk_info in;
	struct disk_limits_request r;
	struct error e;
	if (!disk_exists(a, k, &in, &e) ||
	    api_parse_disk_limits_request(k->q->body, k->q->len, &r, &e) < 0 ||
	    ops_disk_set_limits(a->vm, k->index, &r, &e) < 0)
		return reply_error(c, &e);
	return no_content(c);
}

static bool nic_exists(struct api *a, const struct call *k, struct nic_info *in, struct error *e)
{
	if (!k->numeric)
		return ops_no_device(e, k->text, "network interface", "network interfaces",
				     ops_nic_count(a->vm)) == 0;
	return ops_nic_get(a->vm, k->index, in, e) == 0;
}

static enum MHD_Result get_nic(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	struct nic_info in;
	struct error e;
	if (!nic_exists(a, k, &in, &e))
		return reply_error(c, &e);
	const struct virtio_net_stats *s = &in.stats;
	enum MHD_Result rc = http_send_json(
	    c, MHD_HTTP_OK,
	    json_pack("{s:i, s:s, s:o, s:o, s:{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I}}",
		      "index", (int)in.index, "options", in.options, "rx_rate_limiter",
		      limiter_json(&in.rx), "tx_rate_limiter", limiter_json(&in.tx), "counters",
		      "rx_frames", (json_int_t)s->rx_frames, "rx_bytes", (json_int_t)s->rx_bytes,
		      "rx_dropped", (json_int_t)s->rx_dropped, "rx_passed",
		      (json_int_t)in.rx.passed, "rx_throttled", (json_int_t)in.rx.throttled,
		      "tx_frames", (json_int_t)s->tx_frames, "tx_bytes", (json_int_t)s->tx_bytes,
		      "tx_dropped", (json_int_t)s->tx_dropped, "tx_passed",
		      (json_int_t)in.tx.passed, "tx_throttled", (json_int_t)in.tx.throttled));
	nic_info_free(&in);
	return rc;
}

static enum MHD_Result patch_nic(struct api *a, struct MHD_Connection *c, const struct call *k)
{
	struct nic_info in;
	struct nic_limits_request r;
	struct error e;
	if (!nic_exists(a, k, &in, &e))
		return reply_error(c, &e);
	nic_info_free(&in);
	if (api_parse_nic_limits_request(k->q->body, k->q->len, &r, &e) < 0 ||
	    ops_nic_set_limits(a->vm, k->index, &r, &e) < 0)
		return reply_error(c, &e);
	return no_content(c);
}

/* --- routing --- */

typedef enum MHD_Result (*handler_fn)(struct api *a, struct MHD_Connection *c,
				      const struct call *k);

/* The API: a path ending in "{index}" matches any non-empty rest of the
 * URL (the handler decides whether it names a device). A path's methods
 * are listed together: their order is the 405's Allow header. */
struct route {
	const char *method, *path;
	handler_fn fn;
};

static const struct route routes[] = {
    {"GET", "/vm", get_vm},
    {"PATCH", "/vm", patch_vm},
    {"GET", "/vm/devices", get_devices},
    {"PUT", "/snapshot/create", put_snapshot},
    {"PUT", "/actions", put_actions},
    {"GET", "/balloon", get_balloon},
    {"PUT", "/balloon", put_balloon},
    {"GET", "/disks/{index}", get_disk},
    {"PATCH", "/disks/{index}", patch_disk},
    {"GET", "/network-interfaces/{index}", get_nic},
    {"PATCH", "/network-interfaces/{index}", patch_nic},
    {"PUT", "/migrate", put_migrate},
    {"GET", "/migrate", get_migrate},
    {"DELETE", "/migrate", delete_migrate},
};

#define INDEX_PATTERN "{index}"

/* Does url match path? Sets *text to the index part for a pattern. */
static bool route_match(const char *path, const char *url, const char **text)
{
	const char *brace = strstr(path, INDEX_PATTERN);
	if (!brace)
		return strcmp(path, url) == 0;
	size_t n = (size_t)(brace - path);
	if (strncmp(path, url, n) != 0 || !url[n])
		return false;
	*text = url + n;
	return true;
}

static enum MHD_Result dispatch(struct api *a, struct MHD_Connection *c, const char *url,
				const char *method, const struct request *q)
{
	const struct route *hit = NULL;
	struct call k = {.q = q, .text = ""};
	bool path_known = false;
	char allow[64] = "";
	for (size_t r = 0; r < sizeof(routes) / sizeof(routes[0]); r++) {
		if (!route_match(routes[r].path, url, &k.text))
			continue;
		path_known = true;
		if (strcmp(routes[r].method, method) == 0)
			hit = &routes[r];
		snprintf(allow + strlen(allow), sizeof(allow) - strlen(allow), "%s%s",
			 *allow ? ", " : "", routes[r].method);
	}
	if (!path_known)
		return fault(c, MHD_HTTP_NOT_FOUND, "no such resource: %s", url);
	if (!hit)
		return not_allowed(c, url, method, allow);
	if (q->too_large)
		return fault(c, MHD_HTTP_CONTENT_TOO_LARGE, "request body larger than %u bytes",
			     API_MAX_BODY);
	if (!a->vm)
		return fault(c, MHD_HTTP_SERVICE_UNAVAILABLE,
			     "the VM is not running (starting, rebooting or exiting)");
	size_t len = strlen(k.text);
	k.numeric = len && len <= 9 && strspn(k.text, "0123456789") == len &&
		    (k.text[0] != '0' || len == 1);
	k.index = k.numeric ? strtoul(k.text, NULL, 10) : 0;
	return hit->fn(a, c, &k);
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
			 "API socket %s: cannot create a private directory beside it: %s", path,
			 strerror(errno));
		return -1;
	}
	/* The temporary name may be longer than sun_path allows even when
	 * path fits: then reach the directory through /proc/self/fd. */
	int dfd = -1;
	size_t dlen = strlen(dir);
	if (dlen + 3 > sizeof(sa.sun_path)) {
		dfd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
		snprintf(sa.sun_path, sizeof(sa.sun_path), "/proc/self/fd/%d/s", dfd);
	} else {
		/* Copied, not snprintf'd: the length is checked just above, and
		 * gcc at -O1 cannot see that (-Wformat-truncation). */
		memcpy(sa.sun_path, dir, dlen);
		memcpy(sa.sun_path + dlen, "/s", 3);
	}
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	const char *step = "socket";
	bool ok = fd >= 0 && (step = "bind", bind(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0) &&
		  (step = "chmod", chmod(sa.sun_path, 0600) == 0) && /* the API controls the VM */
		  (step = "listen", listen(fd, 16) == 0) &&
		  (step = "rename", rename(sa.sun_path, path) == 0);
	if (!ok) {
		snprintf(err, errlen, "API socket %s: %s: %s", path, step, strerror(errno));
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
		snprintf(err, errlen, "API socket %s: path too long (max %zu bytes)", path,
			 sizeof(sa.sun_path) - 1);
		return -1;
	}
	strcpy(sa.sun_path, path);
	struct stat st;
	if (lstat(path, &st) == 0) {
		if (!S_ISSOCK(st.st_mode)) {
			snprintf(err, errlen, "API socket %s: exists and is not a socket", path);
			return -1;
		}
		/* A socket file: in use if someone answers, else stale (the
		 * rename below replaces it). */
		int probe = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (probe >= 0 && connect(probe, (struct sockaddr *)&sa, sizeof(sa)) == 0) {
			close(probe);
			snprintf(err, errlen, "API socket %s: another process is serving it", path);
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
		snprintf(err, errlen, "API socket %s: cannot start the HTTP server", socket_path);
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
	free(a);
}
