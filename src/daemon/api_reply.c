/* The daemon API's answers: JSON bodies, faults with the message in
 * fault_message, 405 with Allow, a VM as the API shows it, and who the
 * client is when its files must be checked. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "daemon/core.h"
#include "daemon/live.h"
#include "daemon/migrate.h"
#include "daemon/origins.h"
#include "daemon/runtime_cache.h"
#include "daemon/spec.h"
#include "util/http_json.h"

json_t *api_json_or_null(const char *text)
{
	json_t *j = text ? json_loads(text, 0, NULL) : NULL;
	return j ? j : json_null();
}

enum MHD_Result api_fault(struct MHD_Connection *c, unsigned status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	enum MHD_Result r = http_send_faultv(c, status, fmt, ap);
	va_end(ap);
	return r;
}

/* 405 with the Allow header listing the path's methods. */
enum MHD_Result api_not_allowed(struct MHD_Connection *c, const char *allow)
{
	struct MHD_Response *r = http_json_response(
	    json_pack("{s:s+}", "fault_message", "this path allows only ", allow));
	if (r)
		MHD_add_response_header(r, "Allow", allow);
	return http_queue(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
}

enum MHD_Result api_reply_error(struct MHD_Connection *c, const struct error *e)
{
	return api_fault(c, (unsigned)err_http_status(e->cls), "%s", e->msg);
}

/* The VM named `name` (lock held): its row, and its runtime entry when
 * one exists. */
int daemon_lookup(struct daemon *d, const char *name, struct inv_vm *v, struct error *e)
{
	if (!spec_name_ok(name))
		return err_set(e, ERR_INVALID, "'%.80s' is not a valid VM name (%s)", name,
			       SPEC_NAME_RULE);
	return inv_get(d->inv, name, v, e);
}

/* A VM as the API shows it; when `live` and it runs, with its per-VM API's
 * latest GET /vm as "runtime" (and state "paused" when it says so) from
 * the runtime cache: this never waits for the VM process. origin (taken;
 * NULL: none) is its clone origin, read with the lock held (origins.h). */
json_t *api_vm_json(struct daemon *d, const struct inv_vm *v, const char *busy, bool live,
		    json_t *origin)
{
	json_t *o =
	    json_pack("{s:s, s:I, s:s, s:o, s:b, s:s, s:o, s:o}", "name", v->name, "id",
		      (json_int_t)v->id, "state", inv_state_name(v->state), "config",
		      api_json_or_null(v->config), "pending_changes",
		      v->running_config && v->config && strcmp(v->running_config, v->config) != 0,
		      "created_at", v->created_at, "last_exit", api_json_or_null(v->last_exit),
		      "operation", busy ? json_string(busy) : json_null());
	json_object_set_new(o, "pending", live_pending(v->config, v->running_config));
	const char *mstate = migrate_state_of(d->mig, v->id);
	if (mstate) /* waiting for its migration here */
		json_object_set_new(o, "state", json_string(mstate));
	json_object_set_new(o, "origin", origin ? origin : json_null());
	if (v->state == INV_STOPPED)
		return o;
	json_object_set_new(o, "started_at", json_string(v->started_at));
	json_object_set_new(o, "pids",
			    json_pack("{s:I, s:I}", "keeper", (json_int_t)v->keeper_pid, "vm",
				      (json_int_t)v->vm_pid));
	char sock[200];
	dpath_vm_sock(d, v->id, sock, sizeof(sock));
	json_object_set_new(o, "api_socket", json_string(sock));
	char csock[200];
	dpath_console_sock(d, v->id, csock, sizeof(csock));
	json_object_set_new(o, "console_socket", json_string(csock));
	if (!live || v->state != INV_RUNNING)
		return o;
	double at = 0;
	json_t *rt = rtc_get(d->rtc, v->id, (pid_t)v->vm_pid, &at);
	if (rt) {
		json_t *s = json_object_get(rt, "state");
		if (json_is_string(s) && strcmp(json_string_value(s), "paused") == 0)
			json_object_set_new(o, "state", json_string("paused"));
		json_object_set_new(o, "runtime", rt);
		json_object_set_new(o, "runtime_collected_at", json_real(at));
	} else {
		json_object_set_new(o, "runtime", json_null());
		json_object_set_new(o, "runtime_error",
				    json_string("the VM's API has not answered yet"));
	}
	return o;
}

enum MHD_Result api_reply_vm(struct daemon *d, struct MHD_Connection *c, unsigned status,
			     const char *name)
{
	struct inv_vm v;
	struct error e;
	pthread_mutex_lock(&d->lock);
	int rc = inv_get(d->inv, name, &v, &e);
	struct vmrt *r = rc == 0 ? rt_find(d, v.id, false) : NULL;
	const char *busy = r ? r->busy : NULL;
	json_t *origin = rc == 0 ? origin_json(d->inv, v.id) : NULL;
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return api_reply_error(c, &e);
	json_t *j = api_vm_json(d, &v, busy, true, origin);
	inv_vm_free(&v);
	return http_send_json(c, status, j);
}

/* The client whose files a configuration may name, or NULL when nothing
 * needs checking: in user mode every client is the daemon's own user, and
 * root may open anything anyway. A web listener's client (TCP) has no
 * user: its token gives the daemon's own authority (docs/SECURITY.md). */
const struct sup_peer *api_peer_to_check(struct daemon *d, struct MHD_Connection *c,
					 struct sup_peer *p)
{
	const union MHD_ConnectionInfo *ci =
	    MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
	struct ucred cr;
	socklen_t l = sizeof(cr);
	int domain = 0;
	socklen_t dl = sizeof(domain);
	if (!d->o->dirs.system || !ci ||
	    getsockopt(ci->connect_fd, SOL_SOCKET, SO_DOMAIN, &domain, &dl) < 0 ||
	    domain != AF_UNIX || getsockopt(ci->connect_fd, SOL_SOCKET, SO_PEERCRED, &cr, &l) < 0 ||
	    cr.uid == 0)
		return NULL;
	p->uid = cr.uid, p->gid = cr.gid;
	l = sizeof(p->groups);
	p->ngroups = getsockopt(ci->connect_fd, SOL_SOCKET, SO_PEERGROUPS, p->groups, &l) == 0
			 ? (int)(l / sizeof(gid_t))
			 : 0;
	return p;
}

enum MHD_Result api_reply_status(struct MHD_Connection *c, int status, json_t *out,
				 const char *allow, const struct error *e)
{
	if (status >= 0)
		return http_send_json(c, (unsigned)status, out);
	return e->cls == ERR_UNSUPPORTED && allow ? api_not_allowed(c, allow)
						  : api_reply_error(c, e);
}
