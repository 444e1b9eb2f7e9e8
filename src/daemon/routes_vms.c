/* The daemon API's VM routes: /info, /vms (list, create) and
 * /vms/{name}[/action] (show, modify, delete, start, stop, restart, kill,
 * pause, resume, console, logs). Starting and stopping themselves are
 * vm_lifecycle.c's. */
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon/console_relay.h"
#include "daemon/core.h"
#include "daemon/events.h"
#include "daemon/live.h"
#include "daemon/origins.h"
#include "daemon/routes.h"
#include "daemon/runtime_cache.h"
#include "daemon/spec.h"
#include "util/uhttp.h"

/* Ask VM id (run pid) for its GET /vm now and keep the answer: after an
 * operation changed it, so the next read shows the change. Called by the
 * operation's own thread, never by a read. */
void vmops_refresh_runtime(struct daemon *d, int64_t id, pid_t pid)
{
	char sock[200], *body = NULL;
	struct error e;
	dpath_vm_sock(d, id, sock, sizeof(sock));
	double asked = rtc_now();
	if (uhttp_request(sock, "GET", "/vm", NULL, VM_API_MS, &body, &e) == 200)
		rtc_put(d->rtc, id, pid, asked, body);
	free(body);
}

static enum MHD_Result op_list(struct daemon *d, struct MHD_Connection *c)
{
	struct inv_vm *vs;
	unsigned n;
	struct error e;
	pthread_mutex_lock(&d->lock);
	int rc = inv_list(d->inv, &vs, &n, &e);
	const char *busy[n ? n : 1];
	json_t *origin[n ? n : 1];
	for (unsigned k = 0; rc == 0 && k < n; k++) {
		struct vmrt *r = rt_find(d, vs[k].id, false);
		busy[k] = r ? r->busy : NULL;
		origin[k] = origin_json(d->inv, vs[k].id);
	}
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return api_reply_error(c, &e);
	json_t *a = json_array();
	for (unsigned k = 0; k < n; k++)
		json_array_append_new(a, api_vm_json(d, &vs[k], busy[k], true, origin[k]));
	inv_vms_free(vs, n);
	return http_send_json(c, MHD_HTTP_OK, json_pack("{s:o}", "vms", a));
}

static enum MHD_Result op_create(struct daemon *d, struct MHD_Connection *c,
				 const struct request *q)
{
	struct vm_spec s;
	struct error e;
	struct sup_peer pb;
	const struct sup_peer *peer = api_peer_to_check(d, c, &pb);
	if (spec_parse(q->body, q->len, &s, &e) < 0)
		return api_reply_error(c, &e);
	if (peer && sup_check_access(peer, &s, &e) < 0) {
		spec_free(&s);
		return api_reply_error(c, &e);
	}
	char *config = spec_to_json(&s);
	char name[sizeof(s.name)];
	strcpy(name, s.name);
	spec_free(&s);
	if (!config)
		return api_fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	/* The row and the VM's directory together, or neither. */
	pthread_mutex_lock(&d->lock);
	int64_t id;
	char dir[1200];
	int rc = vol_check_config_locked(&d->pool, config, &e);
	if (rc == 0)
		rc = inv_begin(d->inv, &e);
	if (rc == 0 && (rc = inv_create(d->inv, name, config, &id, &e)) == 0) {
		dpath_vm(d, id, NULL, dir, sizeof(dir));
		if (mkdir(dir, 0700) < 0)
			rc = err_errno(&e, errno, "creating VM '%s': %s", name, dir);
		else if ((rc = inv_commit(d->inv, &e)) < 0)
			rmdir(dir);
	}
	if (rc < 0)
		inv_rollback(d->inv);
	pthread_mutex_unlock(&d->lock);
	free(config);
	if (rc < 0)
		return api_reply_error(c, &e);
	fprintf(stderr, "rvisor daemon: created VM '%s' (id %lld)\n", name, (long long)id);
	events_emit(d->events, "created", name, NULL);
	return api_reply_vm(d, c, MHD_HTTP_CREATED, name);
}

/* modify: the configuration is replaced; on a running VM the fields that
 * can change live are put in force first (daemon/live.h: all of them or
 * the modify is refused) and recorded as what it runs with, so that only
 * the rest shows as pending until the next start. */
static enum MHD_Result op_modify(struct daemon *d, struct MHD_Connection *c, const char *name,
				 const struct request *q)
{
	struct inv_vm v;
	struct vm_spec s;
	struct error e;
	struct sup_peer pb;
	const struct sup_peer *peer = api_peer_to_check(d, c, &pb);
	char *config = NULL;
	struct vmrt *r = NULL;
	pthread_mutex_lock(&d->lock);
	int rc = daemon_lookup(d, name, &v, &e);
	if (rc == 0) {
		r = rt_find(d, v.id, false);
		if (r && r->busy)
			rc = err_set(&e, ERR_CONFLICT, "VM '%s' is busy: %s in progress", name,
				     r->busy);
		else if ((rc = spec_parse_patch(v.config, q->body, q->len, &s, &e)) == 0 && peer &&
			 (rc = sup_check_access(peer, &s, &e)) < 0) {
			spec_free(&s);
		} else if (rc == 0) {
			config = spec_to_json(&s);
			spec_free(&s);
			rc = !config ? err_set(&e, ERR_IO, "out of memory")
				     : vol_check_config_locked(&d->pool, config, &e);
		}
		if (rc < 0)
			inv_vm_free(&v);
	}
	bool have_v = rc == 0;
	bool live = rc == 0 && v.state == INV_RUNNING && r && r->watched && v.running_config;
	if (rc == 0 && !live)
		rc = inv_set_config(d->inv, v.id, config, &e);
	if (live)
		r->busy = "modify";
	pthread_mutex_unlock(&d->lock);
	if (live) {
		char sock[200], *now = NULL;
		json_t *applied = NULL;
		dpath_vm_sock(d, v.id, sock, sizeof(sock));
		struct live_target t = {(pid_t)v.vm_pid, v.vm_start, sock, live_cgroup_parent()};
		rc = live_apply(&t, v.running_config, config, &now, &applied, &e);
		pthread_mutex_lock(&d->lock);
		if (rc == 0 && (rc = inv_begin(d->inv, &e)) == 0) {
			if (inv_set_config(d->inv, v.id, config, &e) < 0 ||
			    inv_set_running_config(d->inv, v.id, now, &e) < 0)
				rc = -1, inv_rollback(d->inv);
			else
				rc = inv_commit(d->inv, &e);
		}
		r->busy = NULL;
		rt_release(d, r);
		pthread_mutex_unlock(&d->lock);
		if (rc == 0 && json_array_size(applied)) {
			char *names = json_dumps(applied, JSON_COMPACT);
			fprintf(stderr, "rvisor daemon: VM '%s': applied live: %s\n", name,
				names ? names : "?");
			free(names);
		}
		json_decref(applied);
		free(now);
	}
	if (have_v)
		inv_vm_free(&v);
	free(config);
	if (rc < 0)
		return api_reply_error(c, &e);
	events_emit(d->events, "modified", name, NULL);
	return api_reply_vm(d, c, MHD_HTTP_OK, name);
}

static enum MHD_Result op_start(struct daemon *d, struct MHD_Connection *c, const char *name)
{
	struct error e;
	struct sup_peer pb;
	if (vmops_start(d, name, api_peer_to_check(d, c, &pb), false, &e) < 0)
		return api_reply_error(c, &e);
	return api_reply_vm(d, c, MHD_HTTP_OK, name);
}

static enum MHD_Result op_stop(struct daemon *d, struct MHD_Connection *c, const char *name,
			       bool graceful, bool force, unsigned timeout_s)
{
	struct error e;
	bool not_running;
	if (vmops_stop(d, name, graceful, force, timeout_s, false, &not_running, &e) < 0)
		return api_reply_error(c, &e);
	return api_reply_vm(d, c, MHD_HTTP_OK, name);
}

/* restart: stop (graceful, as stop) when running, then start. */
static enum MHD_Result op_restart(struct daemon *d, struct MHD_Connection *c, const char *name,
				  bool force, unsigned timeout_s)
{
	struct error e;
	struct sup_peer pb;
	bool not_running;
	if ((vmops_stop(d, name, true, force, timeout_s, false, &not_running, &e) < 0 &&
	     !not_running) ||
	    vmops_start(d, name, api_peer_to_check(d, c, &pb), false, &e) < 0)
		return api_reply_error(c, &e);
	return api_reply_vm(d, c, MHD_HTTP_OK, name);
}

/* pause / resume: the per-VM API's PATCH /vm. */
static enum MHD_Result op_pause(struct daemon *d, struct MHD_Connection *c, const char *name,
				bool pause)
{
	struct inv_vm v;
	struct error e;
	pthread_mutex_lock(&d->lock);
	int rc = daemon_lookup(d, name, &v, &e);
	if (rc == 0) {
		struct vmrt *r = rt_find(d, v.id, false);
		if (r && r->busy)
			rc = err_set(&e, ERR_CONFLICT, "VM '%s' is busy: %s in progress", name,
				     r->busy);
		else if (v.state != INV_RUNNING)
			rc = err_set(&e, ERR_CONFLICT, "VM '%s' is not running", name);
		if (rc < 0)
			inv_vm_free(&v);
	}
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return api_reply_error(c, &e);
	char sock[200], *body = NULL;
	dpath_vm_sock(d, v.id, sock, sizeof(sock));
	int64_t id = v.id;
	pid_t vm_pid = (pid_t)v.vm_pid;
	inv_vm_free(&v);
	int st = uhttp_request(sock, "PATCH", "/vm",
			       pause ? "{\"state\":\"paused\"}" : "{\"state\":\"running\"}",
			       VM_API_MS, &body, &e);
	if (st < 0)
		return api_fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "VM '%s': %s", name, e.msg);
	if (st >= 300) {
		json_t *j = json_loads(body, 0, NULL);
		json_t *m = json_object_get(j, "fault_message");
		enum MHD_Result res = api_fault(c, (unsigned)st, "VM '%s': %s", name,
						json_is_string(m) ? json_string_value(m) : body);
		json_decref(j);
		free(body);
		return res;
	}
	free(body);
	vmops_refresh_runtime(d, id, vm_pid);
	events_emit(d->events, pause ? "paused" : "resumed", name, NULL);
	return api_reply_vm(d, c, MHD_HTTP_OK, name);
}

static enum MHD_Result op_delete(struct daemon *d, struct MHD_Connection *c, const char *name,
				 bool force)
{
	struct inv_vm v;
	struct error e;
	pthread_mutex_lock(&d->lock);
	if (daemon_lookup(d, name, &v, &e) < 0) {
		pthread_mutex_unlock(&d->lock);
		return api_reply_error(c, &e);
	}
	int rc = 0;
	struct vmrt *r = rt_find(d, v.id, false);
	if (r && r->busy)
		rc = err_set(&e, ERR_CONFLICT, "VM '%s' is busy: %s in progress", name, r->busy);
	else if (v.state != INV_STOPPED && !force)
		rc = err_set(&e, ERR_CONFLICT,
			     "VM '%s' is running: stop it first, or delete with force", name);
	char users[512];
	int nusers = rc == 0 ? origin_dependents(d->inv, v.id, 0, users, sizeof(users), &e) : 0;
	if (nusers != 0) /* its layers are theirs too (daemon/origins.h) */
		rc = nusers < 0
			 ? -1
			 : err_set(&e, ERR_CONFLICT,
				   "VM '%s' holds the disk layers of its linked clone(s) %s: "
				   "delete them first",
				   name, users);
	if (rc == 0 && r && r->watched) {
		r->busy = r->requested = "kill";
		sup_signal_vm(&r->run, SIGKILL);
		if (!rt_wait_exit(d, r, KILL_WAIT_MS))
			rc = err_set(&e, ERR_IO, "VM '%s' did not end after SIGKILL", name);
		r->busy = NULL;
		rt_release(d, r);
	}
	if (rc == 0 && (rc = inv_delete(d->inv, v.id, &e)) == 0) {
		dpath_remove_vm_dir(d, v.id);
		rtc_drop(d->rtc, v.id);
	}
	inv_vm_free(&v);
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return api_reply_error(c, &e);
	fprintf(stderr, "rvisor daemon: deleted VM '%s'\n", name);
	events_emit(d->events, "deleted", name, NULL);
	return http_send_json(c, MHD_HTTP_NO_CONTENT, NULL);
}

/* Where a running VM's console is attached (the keeper's socket: the
 * daemon is not in the way of the bytes, and a console stays attached
 * while the daemon restarts). */
int vmops_console_socket(struct daemon *d, const char *name, char *sock, size_t n, struct error *e)
{
	struct inv_vm v;
	pthread_mutex_lock(&d->lock);
	int rc = daemon_lookup(d, name, &v, e);
	if (rc == 0 && v.state == INV_STOPPED)
		rc = err_set(e, ERR_CONFLICT, "VM '%s' is not running", name);
	int64_t id = rc == 0 ? v.id : 0;
	if (rc == 0)
		inv_vm_free(&v);
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return -1;
	dpath_console_sock(d, id, sock, n);
	if (access(sock, F_OK) < 0)
		return err_set(e, ERR_CONFLICT,
			       "VM '%s' has no console socket (started by an rvisor without "
			       "console attach: restart it)",
			       name);
	return 0;
}

static enum MHD_Result op_console(struct daemon *d, struct MHD_Connection *c, const char *name)
{
	char sock[200];
	struct error e;
	if (vmops_console_socket(d, name, sock, sizeof(sock), &e) < 0)
		return api_reply_error(c, &e);
	return http_send_json(c, MHD_HTTP_OK,
			      json_pack("{s:s, s:s}", "socket", sock, "protocol", RELAY_PROTO));
}

/* The console's history from the log ring on disk, as text: all of it,
 * or its last `tail` lines. */
static enum MHD_Result op_logs(struct daemon *d, struct MHD_Connection *c, const char *name)
{
	const char *t = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "tail");
	unsigned long lines = 0;
	if (t) {
		char *end;
		errno = 0;
		lines = strtoul(t, &end, 10);
		if (!*t || *end || t[0] == '-' || errno || lines > 1000000)
			return api_fault(
			    c, MHD_HTTP_BAD_REQUEST,
			    "query 'tail' must be a number of lines from 0 to 1000000");
	}
	struct inv_vm v;
	struct error e;
	pthread_mutex_lock(&d->lock);
	int rc = daemon_lookup(d, name, &v, &e);
	int64_t id = rc == 0 ? v.id : 0;
	if (rc == 0)
		inv_vm_free(&v);
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return api_reply_error(c, &e);
	char lf[1200], *text;
	size_t len;
	dpath_vm(d, id, "console.log", lf, sizeof(lf));
	if (relay_history(lf, (size_t)(2 * d->o->log_max), &text, &len) < 0)
		return api_fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	const char *from = t ? relay_tail_lines(text, len, lines) : text;
	struct MHD_Response *r = MHD_create_response_from_buffer(
	    len - (size_t)(from - text), (void *)from, MHD_RESPMEM_MUST_COPY);
	free(text);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", "text/plain; charset=utf-8");
	enum MHD_Result res = MHD_queue_response(c, MHD_HTTP_OK, r);
	MHD_destroy_response(r);
	return res;
}

static enum MHD_Result op_info(struct daemon *d, struct MHD_Connection *c)
{
	pthread_mutex_lock(&d->lock);
	pid_t spare = d->spare.pid;
	pthread_mutex_unlock(&d->lock);
	return http_send_json(
	    c, MHD_HTTP_OK,
	    json_pack("{s:s, s:s, s:s, s:i, s:i, s:o}", "state_dir", d->o->dirs.state, "run_dir",
		      d->o->dirs.run, "mode", d->o->dirs.system ? "system" : "user", "pid",
		      (int)getpid(), "schema_version", inv_schema_version(d->inv),
		      "spare_keeper_pid", spare > 0 ? json_integer(spare) : json_null()));
}

enum MHD_Result route_vms(struct daemon *d, struct MHD_Connection *c, const char *url,
			  const char *method, const struct request *q)
{
	struct spec_route r;
	struct error e;
	if (spec_route(method, url, &r, &e) < 0)
		return e.cls == ERR_UNSUPPORTED ? api_not_allowed(c, r.allow)
						: api_reply_error(c, &e);
	switch (r.op) {
	case SPEC_OP_INFO:
		return op_info(d, c);
	case SPEC_OP_LIST:
		return op_list(d, c);
	case SPEC_OP_CREATE:
		return op_create(d, c, q);
	case SPEC_OP_SHOW:
		return api_reply_vm(d, c, MHD_HTTP_OK, r.name);
	case SPEC_OP_MODIFY:
		return op_modify(d, c, r.name, q);
	case SPEC_OP_DELETE: {
		const char *f = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "force");
		return op_delete(d, c, r.name,
				 f && (strcmp(f, "true") == 0 || strcmp(f, "1") == 0));
	}
	case SPEC_OP_START:
		return op_start(d, c, r.name);
	case SPEC_OP_STOP: {
		unsigned t;
		bool force;
		if (spec_parse_stop(q->body, q->len, &t, &force, &e) < 0)
			return api_reply_error(c, &e);
		return op_stop(d, c, r.name, true, force, t);
	}
	case SPEC_OP_RESTART: {
		unsigned t;
		bool force;
		if (spec_parse_stop(q->body, q->len, &t, &force, &e) < 0)
			return api_reply_error(c, &e);
		return op_restart(d, c, r.name, force, t);
	}
	case SPEC_OP_KILL:
		return op_stop(d, c, r.name, false, false, 0);
	case SPEC_OP_PAUSE:
	case SPEC_OP_RESUME:
		return op_pause(d, c, r.name, r.op == SPEC_OP_PAUSE);
	case SPEC_OP_CONSOLE:
		return op_console(d, c, r.name);
	case SPEC_OP_LOGS:
		return op_logs(d, c, r.name);
	}
	return api_fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "unrouted request");
}
