/* The daemon API's monitoring routes (docs/monitoring.md): /metrics,
 * /stats, /events and /vms/{name}/stats, and the statistics collector's
 * view of the inventory. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/core.h"
#include "daemon/events.h"
#include "daemon/metrics.h"
#include "daemon/routes.h"
#include "daemon/runtime_cache.h"
#include "daemon/spec.h"
#include "daemon/stats.h"

static struct stats_target *target_of(struct daemon *d, const struct inv_vm *v,
				      struct stats_target *t)
{
	memset(t, 0, sizeof(*t));
	snprintf(t->name, sizeof(t->name), "%s", v->name);
	t->id = v->id;
	t->state = inv_state_name(v->state);
	if (v->state != INV_STOPPED) {
		t->vm_pid = (pid_t)v->vm_pid;
		t->vm_start = v->vm_start;
	}
	dpath_vm_sock(d, v->id, t->sock, sizeof(t->sock));
	t->last_exit = v->last_exit ? strdup(v->last_exit) : NULL;
	return t;
}

/* The statistics collector's list of VMs (stats_list_fn). */
int mon_targets(void *ctx, struct stats_target **out, unsigned *n)
{
	struct daemon *d = ctx;
	struct inv_vm *vs;
	struct error e;
	pthread_mutex_lock(&d->lock);
	int rc = inv_list(d->inv, &vs, n, &e);
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return -1;
	*out = calloc(*n ? *n : 1, sizeof(**out));
	for (unsigned k = 0; k < *n && *out; k++)
		target_of(d, &vs[k], &(*out)[k]);
	inv_vms_free(vs, *n);
	return *out ? 0 : -1;
}

/* A snapshot or migration the collector saw (made through the VM's own
 * API): an event. */
void mon_changed(void *ctx, const char *vm, const char *what, const char *field, long long value)
{
	struct daemon *d = ctx;
	events_emit(d->events, what, vm, json_pack("{s:I}", field, (json_int_t)value));
}

/* A running VM's GET /vm as the collector saw it: the runtime cache. */
void mon_api_seen(void *ctx, const struct stats_target *t, double asked, const char *body)
{
	struct daemon *d = ctx;
	rtc_put(d->rtc, t->id, t->vm_pid, asked, body);
}

/* GET /vms/{name}/stats: name without '/'. */
static bool vm_stats_path(const char *url)
{
	size_t ul = strlen(url);
	return strncmp(url, "/vms/", 5) == 0 && ul > 11 && strcmp(url + ul - 6, "/stats") == 0 &&
	       !memchr(url + 5, '/', ul - 11);
}

bool route_monitoring_is(const char *method, const char *url)
{
	(void)method;
	return vm_stats_path(url) || strcmp(url, "/metrics") == 0 || strcmp(url, "/stats") == 0 ||
	       strcmp(url, "/events") == 0;
}

/* GET /metrics, /stats, /events and /vms/{name}/stats. */
enum MHD_Result route_monitoring(struct daemon *d, struct MHD_Connection *c, const char *url,
				 const char *method, const struct request *q)
{
	size_t ul = strlen(url);
	if (strcmp(method, "GET") != 0)
		return api_not_allowed(c, "GET");
	if (strcmp(url, "/stats") == 0)
		return http_send_json(c, MHD_HTTP_OK, stats_all(d->stats));
	if (strcmp(url, "/metrics") == 0) {
		size_t n = 0;
		char *t = stats_metrics_text(d->stats, &n);
		struct MHD_Response *r =
		    t ? MHD_create_response_from_buffer(n, t, MHD_RESPMEM_MUST_FREE) : NULL;
		if (!r) {
			free(t);
			return MHD_NO;
		}
		MHD_add_response_header(r, "Content-Type", METRICS_CONTENT_TYPE);
		enum MHD_Result rc = MHD_queue_response(c, MHD_HTTP_OK, r);
		MHD_destroy_response(r);
		return rc;
	}
	if (strcmp(url, "/events") == 0) {
		const char *s = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "since");
		const char *f = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "follow");
		bool follow = f && (strcmp(f, "true") == 0 || strcmp(f, "1") == 0);
		char *end = NULL;
		unsigned long long since = s ? strtoull(s, &end, 10) : 0;
		if (s && (!*s || *end || *s == '-'))
			return api_fault(c, MHD_HTTP_BAD_REQUEST,
					 "since '%.40s': give an event's sequence number", s);
		if (!s && follow)
			since = events_last_seq(d->events); /* only what happens from now */
		bool busy;
		/* A thread-per-connection server cannot suspend: wait on its thread. */
		struct MHD_Response *r =
		    events_response(d->events, q->threaded ? NULL : c, since, follow, &busy);
		if (!r)
			return busy ? api_fault(c, MHD_HTTP_SERVICE_UNAVAILABLE,
						"too many event streams open (at most %d)",
						EVENTS_FOLLOWERS_MAX)
				    : MHD_NO;
		enum MHD_Result rc = MHD_queue_response(c, MHD_HTTP_OK, r);
		MHD_destroy_response(r);
		return rc;
	}
	char name[SPEC_NAME_MAX + 2];
	snprintf(name, sizeof(name), "%.*s", (int)(ul - 11 < sizeof(name) - 1 ? ul - 11 : 0),
		 url + 5);
	struct inv_vm v;
	struct error e;
	pthread_mutex_lock(&d->lock);
	int rc = daemon_lookup(d, name, &v, &e);
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return api_reply_error(c, &e);
	struct stats_target t;
	target_of(d, &v, &t);
	inv_vm_free(&v);
	json_t *j = stats_one(d->stats, &t);
	free(t.last_exit);
	return j ? http_send_json(c, MHD_HTTP_OK, j) : api_fault(c, 500, "out of memory");
}
