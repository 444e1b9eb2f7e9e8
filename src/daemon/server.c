/* The daemon: directories, its API over libmicrohttpd + jansson on a unix
 * socket, the VM operations on the inventory and the supervisor, the
 * exit watcher and re-adoption at start (docs/daemon.md). */
#include "daemon/daemon.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <jansson.h>
#include <microhttpd.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "daemon/admission.h"
#include "daemon/clones.h"
#include "daemon/live.h"
#include "daemon/origins.h"
#include "daemon/vmarchive.h"
#include "daemon/console_relay.h"
#include "daemon/events.h"
#include "daemon/inventory.h"
#include "daemon/metrics.h"
#include "daemon/migrate.h"
#include "daemon/offload.h"
#include "daemon/power.h"
#include "daemon/runtime_cache.h"
#include "daemon/snapshots.h"
#include "daemon/spec.h"
#include "daemon/stats.h"
#include "daemon/supervisor.h"
#include "daemon/volumes.h"
#include "daemon/web.h"
#include "util/thread.h"
#include "util/uhttp.h"

#define MAX_BODY (64u << 10)
#define START_WAIT_MS 10000    /* a started VM's API must answer within this */
#define START_POLL_MAX_US 8000 /* the longest pause between two asks while it starts */
#define KILL_WAIT_MS 5000      /* a killed VM's exit must be recorded within this */
#define VM_API_MS 2000	       /* a per-VM API request (status, pause) */
#define SHUTDOWN_WAIT_MS 5000  /* after the shutdown action, before SIGKILL */
/* The HTTP server (docs/daemon.md, "Threading"): a pool of worker threads
 * answers reads from the inventory and the runtime cache; requests that
 * may wait run on threads of their own (daemon/offload.h). */
#define HTTP_WORKERS 4
#define HTTP_CONNECTIONS 1000 /* open at once, idle or suspended included */
#define OFFLOADED_MAX 64      /* offloaded requests under way at once */

/* A VM with a run in progress or an operation under way. */
struct vmrt {
	struct vmrt *next;
	int64_t id;
	struct sup_run run;
	bool watched;		/* the watcher records its exit */
	const char *busy;	/* the operation in progress, or NULL */
	const char *requested;	/* "stop" / "kill" once asked for */
	const char *stopped_by; /* a stop's step under way: power-button, shutdown, sigkill */
};

struct daemon {
	const struct daemon_opts *o;
	struct inventory *inv;
	pthread_mutex_t lock;	 /* inventory and runtime list */
	struct vol_pool pool;	 /* volumes (daemon/volumes.c) */
	struct snap_store snaps; /* snapshot trees (daemon/snapshots.c) */
	pthread_cond_t exited;
	struct vmrt *rt;
	atomic_bool stopping;
	pthread_t watcher;
	struct MHD_Daemon *mhd;
	struct offload *ops;	   /* requests run off the worker pool */
	struct runtime_cache *rtc; /* each running VM's latest GET /vm */
	int sock, lockfd;
	gid_t group;
	bool has_group;
	/* Monitoring (docs/monitoring.md). */
	struct stats *stats;
	struct events *events;
	struct metrics_server *metrics;
	struct web_server *web; /* --web, or NULL */
	struct migrate *mig;	/* migrations between daemons (daemon/migrate.h) */
};

/* --- directories --- */

static int abs_into(const char *p, char *out, size_t n, struct error *e)
{
	char cwd[1024] = "";
	if (p[0] != '/' && !getcwd(cwd, sizeof(cwd)))
		return err_errno(e, errno, "getcwd");
	if ((size_t)snprintf(out, n, "%s%s%s", cwd, *cwd ? "/" : "", p) >= n)
		return err_set(e, ERR_INVALID, "%s: path too long", p);
	return 0;
}

int daemon_dirs_resolve(const char *state_opt, const char *run_opt, struct daemon_dirs *d,
			struct error *e)
{
	memset(d, 0, sizeof(*d));
	d->system = geteuid() == 0;
	const char *st = state_opt ? state_opt : getenv("RVISOR_STATE_DIR");
	const char *rn = run_opt ? run_opt : getenv("RVISOR_RUN_DIR");
	char buf[1024];
	if (st && *st) {
		if (abs_into(st, d->state, sizeof(d->state), e) < 0)
			return -1;
	} else if (d->system) {
		snprintf(d->state, sizeof(d->state), "/var/lib/rvisor");
	} else {
		const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
		if (x && *x == '/')
			snprintf(buf, sizeof(buf), "%s/rvisor", x);
		else if (home && *home == '/')
			snprintf(buf, sizeof(buf), "%s/.local/share/rvisor", home);
		else
			return err_set(e, ERR_INVALID,
				       "no state directory: set HOME or XDG_DATA_HOME, or give "
				       "--state-dir");
		snprintf(d->state, sizeof(d->state), "%s", buf);
	}
	if (rn && *rn) {
		if (abs_into(rn, d->run, sizeof(d->run), e) < 0)
			return -1;
	} else if (d->system) {
		snprintf(d->run, sizeof(d->run), "/run/rvisor");
	} else {
		const char *x = getenv("XDG_RUNTIME_DIR");
		if (x && *x == '/')
			snprintf(d->run, sizeof(d->run), "%.1000s/rvisor", x);
		else
			snprintf(d->run, sizeof(d->run), "%.1000s/run", d->state);
	}
	/* Sockets live in the run directory: sun_path has 108 bytes. */
	if (strlen(d->run) + sizeof("/vm-9999999999.console") >
	    sizeof(((struct sockaddr_un *)0)->sun_path))
		return err_set(e, ERR_INVALID,
			       "run directory %s: too long for unix socket paths (at most %zu "
			       "bytes)",
			       d->run,
			       sizeof(((struct sockaddr_un *)0)->sun_path) -
				   sizeof("/vm-9999999999.console"));
	return 0;
}

static int mkdir_p(const char *path, mode_t mode, struct error *e)
{
	char p[1024];
	snprintf(p, sizeof(p), "%s", path);
	for (char *s = p + 1; *s; s++)
		if (*s == '/') {
			*s = 0;
			if (mkdir(p, 0755) < 0 && errno != EEXIST)
				return err_errno(e, errno, "%s: mkdir", p);
			*s = '/';
		}
	if (mkdir(p, mode) < 0 && errno != EEXIST)
		return err_errno(e, errno, "%s: mkdir", p);
	struct stat st;
	if (stat(p, &st) < 0 || !S_ISDIR(st.st_mode))
		return err_set(e, ERR_INVALID, "%s: not a directory", p);
	return 0;
}

static void vm_path(const struct daemon *d, int64_t id, const char *leaf, char *out, size_t n)
{
	if (leaf)
		snprintf(out, n, "%s/vms/%lld/%s", d->o->dirs.state, (long long)id, leaf);
	else
		snprintf(out, n, "%s/vms/%lld", d->o->dirs.state, (long long)id);
}

static void vm_sock(const struct daemon *d, int64_t id, char *out, size_t n)
{
	snprintf(out, n, "%.150s/vm-%lld.sock", d->o->dirs.run, (long long)id);
}

/* The keeper's console socket (daemon/console_relay.h). */
static void vm_console_sock(const struct daemon *d, int64_t id, char *out, size_t n)
{
	snprintf(out, n, "%.150s/vm-%lld.console", d->o->dirs.run, (long long)id);
}

/* Remove a VM's directory: only the files the daemon makes there. */
static void remove_vm_dir(const struct daemon *d, int64_t id)
{
	static const char *const files[] = {"console.log",   "console.log.1",	"exit.json",
					    "exit.json.tmp", MIG_INCOMING_MARK, "incoming.token"};
	char p[1200];
	snap_remove_vm_files(d->o->dirs.state, id);
	for (size_t k = 0; k < sizeof(files) / sizeof(files[0]); k++) {
		vm_path(d, id, files[k], p, sizeof(p));
		unlink(p);
	}
	vm_path(d, id, NULL, p, sizeof(p));
	if (rmdir(p) < 0 && errno != ENOENT)
		fprintf(stderr, "rvisor daemon: %s: left in place: %s\n", p, strerror(errno));
}

/* --- runtime list (lock held) --- */

static struct vmrt *rt_find(struct daemon *d, int64_t id, bool create)
{
	for (struct vmrt *r = d->rt; r; r = r->next)
		if (r->id == id)
			return r;
	if (!create)
		return NULL;
	struct vmrt *r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	r->id = id;
	r->run.keeper_fd = r->run.vm_fd = -1;
	r->next = d->rt;
	d->rt = r;
	return r;
}

/* Forget r when nothing runs and nothing is under way. */
static void rt_release(struct daemon *d, struct vmrt *r)
{
	if (r->watched || r->busy || r->run.keeper_fd >= 0)
		return;
	for (struct vmrt **p = &d->rt; *p; p = &(*p)->next)
		if (*p == r) {
			*p = r->next;
			free(r);
			return;
		}
}

static json_t *json_or_null(const char *text);

/* An event about the VM of row id (lock held): its name from the
 * inventory. */
static void emit_by_id(struct daemon *d, const char *type, int64_t id, json_t *detail)
{
	struct inv_vm *vs;
	unsigned n;
	struct error e;
	if (inv_list(d->inv, &vs, &n, &e) < 0) {
		json_decref(detail);
		return;
	}
	const char *name = NULL;
	for (unsigned k = 0; k < n && !name; k++)
		if (vs[k].id == id)
			name = vs[k].name;
	if (name)
		events_emit(d->events, type, name, detail);
	else
		json_decref(detail);
	inv_vms_free(vs, n);
}

/* A run ended: reap, record its exit (one transaction), remove its
 * socket. `why` explains a run that left no exit record. A VM that
 * outlived its keeper (killed on its own) is killed: nothing could record
 * its exit, and nothing may run that the inventory does not know. */
static void finish_run(struct daemon *d, struct vmrt *r, const char *why)
{
	char ef[1200], sock[200];
	vm_path(d, r->id, "exit.json", ef, sizeof(ef));
	sup_reap(&r->run);
	if (r->run.vm_fd >= 0 && !sup_exited(r->run.vm_fd)) {
		fprintf(stderr, "rvisor daemon: VM %lld outlived its keeper: killing it\n",
			(long long)r->id);
		sup_signal_vm(&r->run, SIGKILL);
		why = "its keeper was killed; the VM was killed with it";
	}
	char *rec = sup_exit_record(ef, r->requested, r->requested ? r->stopped_by : NULL, why);
	struct error e;
	if (inv_set_stopped(d->inv, r->id, rec, &e) < 0)
		fprintf(stderr, "rvisor daemon: recording the exit of VM %lld: %s\n",
			(long long)r->id, e.msg);
	emit_by_id(d, "stopped", r->id, json_pack("{s:o}", "exit", json_or_null(rec)));
	free(rec);
	rtc_drop(d->rtc, r->id);
	vm_sock(d, r->id, sock, sizeof(sock));
	unlink(sock);
	vm_console_sock(d, r->id, sock, sizeof(sock)); /* a keeper killed with -9 */
	unlink(sock);
	sup_close(&r->run);
	r->watched = false;
	r->requested = r->stopped_by = NULL;
	pthread_cond_broadcast(&d->exited);
}

/* Wait (lock held) until r's run has ended and been recorded. */
static bool wait_exit(struct daemon *d, struct vmrt *r, int ms)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += ms / 1000;
	ts.tv_nsec += (long)(ms % 1000) * 1000000;
	if (ts.tv_nsec >= 1000000000)
		ts.tv_sec++, ts.tv_nsec -= 1000000000;
	while (r->watched)
		if (pthread_cond_timedwait(&d->exited, &d->lock, &ts) != 0)
			break;
	return !r->watched;
}

/* The watcher: records the exit of every watched run as its keeper ends. */
static void *watcher(void *arg)
{
	struct daemon *d = arg;
	while (!atomic_load(&d->stopping)) {
		struct pollfd fds[256];
		unsigned n = 0;
		pthread_mutex_lock(&d->lock);
		for (struct vmrt *r = d->rt; r && n < 256; r = r->next)
			if (r->watched && r->run.keeper_fd >= 0)
				fds[n++] =
				    (struct pollfd){.fd = r->run.keeper_fd, .events = POLLIN};
		pthread_mutex_unlock(&d->lock);
		poll(fds, n, 200);
		pthread_mutex_lock(&d->lock);
		for (struct vmrt *r = d->rt, *next; r; r = next) {
			next = r->next;
			if (r->watched && sup_exited(r->run.keeper_fd)) {
				finish_run(d, r, "its keeper ended without an exit record");
				rt_release(d, r);
			}
		}
		pthread_mutex_unlock(&d->lock);
	}
	return NULL;
}

/* --- JSON views --- */

static json_t *json_or_null(const char *text)
{
	json_t *j = text ? json_loads(text, 0, NULL) : NULL;
	return j ? j : json_null();
}

/* A VM as the API shows it; when `live` and it runs, with its per-VM API's
 * latest GET /vm as "runtime" (and state "paused" when it says so) from
 * the runtime cache: this never waits for the VM process. origin (taken;
 * NULL: none) is its clone origin, read with the lock held (origins.h). */
static json_t *vm_json(struct daemon *d, const struct inv_vm *v, const char *busy, bool live,
		       json_t *origin)
{
	json_t *o = json_pack(
	    "{s:s, s:I, s:s, s:o, s:b, s:s, s:o, s:o}", "name", v->name, "id", (json_int_t)v->id,
	    "state", inv_state_name(v->state), "config", json_or_null(v->config), "pending_changes",
	    v->running_config && v->config && strcmp(v->running_config, v->config) != 0,
	    "created_at", v->created_at, "last_exit", json_or_null(v->last_exit), "operation",
	    busy ? json_string(busy) : json_null());
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
	vm_sock(d, v->id, sock, sizeof(sock));
	json_object_set_new(o, "api_socket", json_string(sock));
	char csock[200];
	vm_console_sock(d, v->id, csock, sizeof(csock));
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

/* Ask VM id (run pid) for its GET /vm now and keep the answer: after an
 * operation changed it, so the next read shows the change. Called by the
 * operation's own thread, never by a read. */
static void refresh_runtime(struct daemon *d, int64_t id, pid_t pid)
{
	char sock[200], *body = NULL;
	struct error e;
	vm_sock(d, id, sock, sizeof(sock));
	double asked = rtc_now();
	if (uhttp_request(sock, "GET", "/vm", NULL, VM_API_MS, &body, &e) == 200)
		rtc_put(d->rtc, id, pid, asked, body);
	free(body);
}

/* --- HTTP --- */

struct request {
	char *body;
	size_t len;
	bool too_large;
	/* An offloaded request: what its thread needs. */
	struct daemon *d;
	struct MHD_Connection *c;
	const char *url, *method;
	bool dispatched; /* answered (or tried) on its own thread */
	bool threaded;	 /* its connection has a thread of its own (web) */
};

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
	char *msg = NULL;
	va_list ap;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	json_t *m = msg ? json_string(msg) : NULL;
	if (!m && msg) {
		for (char *p = msg; *p; p++)
			if ((unsigned char)*p >= 0x80)
				*p = '?';
		m = json_string(msg);
	}
	free(msg);
	return send_json(c, status, json_pack("{s:o}", "fault_message", m ? m : json_string("?")));
}

/* 405 with the Allow header listing the path's methods. */
static enum MHD_Result not_allowed(struct MHD_Connection *c, const char *allow)
{
	json_t *j = json_pack("{s:s+}", "fault_message", "this path allows only ", allow);
	char *text = j ? json_dumps(j, JSON_COMPACT) : NULL;
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

static enum MHD_Result reply_error(struct MHD_Connection *c, const struct error *e)
{
	return fault(c, (unsigned)err_http_status(e->cls), "%s", e->msg);
}

/* The VM named `name` (lock held): its row, and its runtime entry when
 * one exists. */
static int lookup(struct daemon *d, const char *name, struct inv_vm *v, struct error *e)
{
	if (!spec_name_ok(name))
		return err_set(e, ERR_INVALID, "'%.80s' is not a valid VM name (%s)", name,
			       SPEC_NAME_RULE);
	return inv_get(d->inv, name, v, e);
}

static enum MHD_Result reply_vm(struct daemon *d, struct MHD_Connection *c, unsigned status,
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
		return reply_error(c, &e);
	json_t *j = vm_json(d, &v, busy, true, origin);
	inv_vm_free(&v);
	return send_json(c, status, j);
}

/* The client whose files a configuration may name, or NULL when nothing
 * needs checking: in user mode every client is the daemon's own user, and
 * root may open anything anyway. A web listener's client (TCP) has no
 * user: its token gives the daemon's own authority (docs/SECURITY.md). */
static const struct sup_peer *peer_to_check(struct daemon *d, struct MHD_Connection *c,
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
		return reply_error(c, &e);
	json_t *a = json_array();
	for (unsigned k = 0; k < n; k++)
		json_array_append_new(a, vm_json(d, &vs[k], busy[k], true, origin[k]));
	inv_vms_free(vs, n);
	return send_json(c, MHD_HTTP_OK, json_pack("{s:o}", "vms", a));
}

static enum MHD_Result op_create(struct daemon *d, struct MHD_Connection *c,
				 const struct request *q)
{
	struct vm_spec s;
	struct error e;
	struct sup_peer pb;
	const struct sup_peer *peer = peer_to_check(d, c, &pb);
	if (spec_parse(q->body, q->len, &s, &e) < 0)
		return reply_error(c, &e);
	if (peer && sup_check_access(peer, &s, &e) < 0) {
		spec_free(&s);
		return reply_error(c, &e);
	}
	char *config = spec_to_json(&s);
	char name[sizeof(s.name)];
	strcpy(name, s.name);
	spec_free(&s);
	if (!config)
		return fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
	/* The row and the VM's directory together, or neither. */
	pthread_mutex_lock(&d->lock);
	int64_t id;
	char dir[1200];
	int rc = vol_check_config_locked(&d->pool, config, &e);
	if (rc == 0)
		rc = inv_begin(d->inv, &e);
	if (rc == 0 && (rc = inv_create(d->inv, name, config, &id, &e)) == 0) {
		vm_path(d, id, NULL, dir, sizeof(dir));
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
		return reply_error(c, &e);
	fprintf(stderr, "rvisor daemon: created VM '%s' (id %lld)\n", name, (long long)id);
	events_emit(d->events, "created", name, NULL);
	return reply_vm(d, c, MHD_HTTP_CREATED, name);
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
	const struct sup_peer *peer = peer_to_check(d, c, &pb);
	char *config = NULL;
	struct vmrt *r = NULL;
	pthread_mutex_lock(&d->lock);
	int rc = lookup(d, name, &v, &e);
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
		vm_sock(d, v.id, sock, sizeof(sock));
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
		return reply_error(c, &e);
	events_emit(d->events, "modified", name, NULL);
	return reply_vm(d, c, MHD_HTTP_OK, name);
}

/* Every file a configuration names must be there before a start (a
 * configuration error, 400: 404 means no such VM). */
static int check_files(const struct vm_spec *s, struct error *e)
{
	const char *what[] = {"kernel", "initrd", "firmware"};
	const char *path[] = {s->kernel, s->initrd, s->firmware};
	for (int k = 0; k < 3; k++)
		if (path[k] && access(path[k], R_OK) < 0)
			return err_set(e, ERR_INVALID, "%s %s: %s", what[k], path[k],
				       strerror(errno));
	for (unsigned k = 0; k < s->ndisks; k++) {
		char p[SPEC_STR_MAX + 1], *w = p;
		if (vol_is_ref(s->disks[k]))
			continue; /* the pool's: checked when resolved */
		for (const char *r = s->disks[k]; *r && !(r[0] == ',' && r[1] != ','); r++) {
			if (r[0] == ',')
				r++;
			*w++ = *r;
		}
		*w = 0;
		if (access(p, R_OK) < 0)
			return err_set(e, ERR_INVALID, "disk %s: %s", p, strerror(errno));
	}
	return 0;
}

/* The last line of a VM's log: why it did not start. */
static void log_tail(struct daemon *d, int64_t id, char *out, size_t n)
{
	char p[1200], buf[4096];
	vm_path(d, id, "console.log", p, sizeof(p));
	snprintf(out, n, "no message (see %.400s)", p);
	int fd = open(p, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	off_t end = lseek(fd, 0, SEEK_END);
	off_t from = end > (off_t)sizeof(buf) - 1 ? end - (off_t)sizeof(buf) + 1 : 0;
	ssize_t k = pread(fd, buf, sizeof(buf) - 1, from);
	close(fd);
	if (k <= 0)
		return;
	buf[k] = 0;
	while (k > 0 && (buf[k - 1] == '\n' || buf[k - 1] == '\r'))
		buf[--k] = 0;
	char *line = strrchr(buf, '\n');
	snprintf(out, n, "%.500s", line ? line + 1 : buf);
}

/* args (as spec_run_args makes them) with --sandbox-dir dir added: the
 * VM's snapshot directory stays reachable inside its sandbox's private
 * root, where the daemon's snapshots write memory and device state
 * through the VM's API. NULL (args freed) when out of memory. */
static char **with_sandbox_dir(char **args, const char *dir)
{
	size_t n = 0;
	while (args[n])
		n++;
	char **a = realloc(args, (n + 3) * sizeof(*a));
	if (!a) {
		free(args);
		return NULL;
	}
	a[n] = "--sandbox-dir";
	a[n + 1] = (char *)dir;
	a[n + 2] = NULL;
	return a;
}

/* Admission control (daemon/admission.h): may v start beside the VMs
 * running or starting? Called with the lock held. Returns 0, or -1 with e
 * set (ERR_CONFLICT with the numbers). */
static int admit(struct daemon *d, const struct inv_vm *v, struct error *e)
{
	struct admission_host h = {
	    .memory_ratio = d->o->memory_overcommit > 0 ? d->o->memory_overcommit
							: ADMISSION_MEMORY_RATIO_DEFAULT,
	    .cpu_ratio =
		d->o->cpu_overcommit > 0 ? d->o->cpu_overcommit : ADMISSION_CPU_RATIO_DEFAULT};
	admission_host_probe(&h);
	struct inv_vm *vms;
	unsigned n;
	if (inv_list(d->inv, &vms, &n, e) < 0)
		return -1;
	struct admission_load load = {0};
	for (unsigned i = 0; i < n; i++) {
		struct vmrt *o = rt_find(d, vms[i].id, false);
		bool starting = o && o->busy && strcmp(o->busy, "start") == 0;
		if (vms[i].id == v->id || (vms[i].state == INV_STOPPED && !starting))
			continue;
		const char *cfg = vms[i].running_config ? vms[i].running_config : vms[i].config;
		struct vm_spec s;
		struct error pe;
		if (cfg && spec_parse(cfg, strlen(cfg), &s, &pe) == 0) {
			admission_add(&load, s.memory_mib, s.cpus);
			spec_free(&s);
		}
	}
	inv_vms_free(vms, n);
	struct vm_spec me;
	if (spec_parse(v->config, strlen(v->config), &me, e) < 0)
		return -1;
	int rc = admission_check(&h, &load, v->name, me.memory_mib, me.cpus, e);
	spec_free(&me);
	return rc;
}

/* Start the VM; 0 once its API answers, or -1 with e set. `inside`: for
 * an operation that already holds the VM busy (a snapshot's). */
static int do_start(struct daemon *d, const char *name, const struct sup_peer *peer, bool inside,
		    struct error *ep)
{
	struct inv_vm v;
	struct error e;
	struct vm_spec s;
	pthread_mutex_lock(&d->lock);
	int rc = lookup(d, name, &v, &e);
	struct vmrt *r = NULL;
	if (rc == 0) {
		r = rt_find(d, v.id, true);
		if (!r)
			rc = err_set(&e, ERR_IO, "out of memory");
		else if (r->busy && !inside)
			rc = err_set(&e, ERR_CONFLICT, "VM '%s' is busy: %s in progress", name,
				     r->busy);
		else if (v.state != INV_STOPPED)
			rc = err_set(&e, ERR_CONFLICT, "VM '%s' is already running", name);
		else if ((rc = admit(d, &v, &e)) == 0 && !inside)
			r->busy = "start";
		if (rc < 0) {
			if (r)
				rt_release(d, r);
			inv_vm_free(&v);
		}
	}
	pthread_mutex_unlock(&d->lock);
	if (rc < 0) {
		*ep = e;
		return -1;
	}
	char sock[200], csock[200], ef[1200], lf[1200], sd[1200];
	vm_sock(d, v.id, sock, sizeof(sock));
	vm_console_sock(d, v.id, csock, sizeof(csock));
	vm_path(d, v.id, "exit.json", ef, sizeof(ef));
	vm_path(d, v.id, "console.log", lf, sizeof(lf));
	vm_path(d, v.id, "snapshots", sd, sizeof(sd));
	struct spec_numbers num;
	char **args = NULL;
	struct sup_run run;
	struct snap_start from = {0};
	rc = spec_parse(v.config, strlen(v.config), &s, &e);
	if (rc == 0) {
		if ((rc = check_files(&s, &e)) < 0 ||
		    (peer && (rc = sup_check_access(peer, &s, &e)) < 0))
			err_prefix(&e, "VM '%s' cannot start", name);
		else if ((rc = vol_resolve_spec(&d->pool, &s, &e)) < 0 ||
			 (rc = snap_prepare_start(&d->snaps, v.id, v.config, &s, &from, &e)) < 0)
			err_prefix(&e, "VM '%s' cannot start", name);
		else if (mkdir(sd, 0700) < 0 && errno != EEXIST)
			rc = err_errno(&e, errno, "VM '%s' cannot start: %s", name, sd);
		else if (!(args = from.restore_state ? snap_restore_args(&s, sock, &from)
						     : spec_run_args(&s, sock, &num)) ||
			 !(args = with_sandbox_dir(args, sd)))
			rc = err_set(&e, ERR_IO, "out of memory");
		else
			rc = sup_spawn(d->o->exe, args, ef, lf, d->o->log_max, csock,
				       d->has_group ? (long)d->group : -1, &run, &e);
	}
	pthread_mutex_lock(&d->lock);
	if (rc == 0) {
		r->run = run;
		if (inv_set_starting(d->inv, v.id, v.config, run.keeper_pid, run.keeper_start,
				     run.vm_pid, run.vm_start, &e) < 0) {
			/* Not recorded: it must not run, nor its keeper linger. */
			sup_signal_vm(&r->run, SIGKILL);
			struct pollfd pf = {.fd = run.keeper_fd, .events = POLLIN};
			poll(&pf, 1, KILL_WAIT_MS);
			sup_reap(&r->run);
			sup_close(&r->run);
			rc = -1;
		}
	}
	pthread_mutex_unlock(&d->lock);
	free(args);
	/* Up once its API answers (503 until its machine runs); failed if its
	 * keeper ends first. Asked again after 1 ms, then twice as long each
	 * time up to START_POLL_MAX_US: a VM resumed from a snapshot is up in
	 * tens of milliseconds, and a fixed 50 ms pause cost as much again. */
	bool up = false;
	double until = rtc_now() + START_WAIT_MS / 1000.0;
	for (unsigned pause_us = 1000; rc == 0 && rtc_now() < until && !sup_exited(run.keeper_fd);
	     pause_us = pause_us * 2 < START_POLL_MAX_US ? pause_us * 2 : START_POLL_MAX_US) {
		char *body = NULL;
		struct error pe;
		double asked = rtc_now();
		up = uhttp_request(sock, "GET", "/vm", NULL, 1000, &body, &pe) == 200;
		if (up)
			rtc_put(d->rtc, v.id, run.vm_pid, asked, body); /* shown at once */
		free(body);
		if (up)
			break;
		usleep(pause_us);
	}
	pthread_mutex_lock(&d->lock);
	if (rc == 0 && up && inv_set_running(d->inv, v.id, &e) == 0) {
		r->watched = true;
		if (from.restore_state) {
			pthread_mutex_unlock(&d->lock);
			snap_started(&d->snaps, v.id);
			pthread_mutex_lock(&d->lock);
		}
	} else if (rc == 0) {
		/* Did not come up: make sure it is gone, record why. */
		char tail[512];
		sup_signal_vm(&r->run, SIGKILL);
		pthread_mutex_unlock(&d->lock);
		struct pollfd pf = {.fd = run.keeper_fd, .events = POLLIN};
		poll(&pf, 1, KILL_WAIT_MS);
		pthread_mutex_lock(&d->lock);
		r->watched = true;
		finish_run(d, r, "it did not start");
		log_tail(d, v.id, tail, sizeof(tail));
		rc = err_set(&e, ERR_IO, "VM '%s' did not start: %s", name,
			     up ? "the inventory could not record it" : tail);
	}
	spec_free(&s);
	snap_start_free(&from);
	if (!inside)
		r->busy = NULL;
	rt_release(d, r);
	pthread_mutex_unlock(&d->lock);
	if (rc == 0) /* the balloon's target, once the VM's API answers */
		live_start_balloon(name, sock, v.config);
	inv_vm_free(&v);
	if (rc < 0) {
		*ep = e;
		return -1;
	}
	fprintf(stderr, "rvisor daemon: started VM '%s' (pid %d)\n", name, (int)run.vm_pid);
	events_emit(d->events, "started", name, json_pack("{s:i}", "pid", (int)run.vm_pid));
	return 0;
}

static enum MHD_Result op_start(struct daemon *d, struct MHD_Connection *c, const char *name)
{
	struct error e;
	struct sup_peer pb;
	if (do_start(d, name, peer_to_check(d, c, &pb), false, &e) < 0)
		return reply_error(c, &e);
	return reply_vm(d, c, MHD_HTTP_OK, name);
}

/* The shutdown action (the VMM powers the machine off at once) and a
 * wait for the exit, lock held; false when it did not end. */
static bool shutdown_action(struct daemon *d, struct vmrt *r, const char *sock)
{
	r->stopped_by = "shutdown";
	pthread_mutex_unlock(&d->lock);
	char *body = NULL;
	struct error e;
	int st = uhttp_request(sock, "PUT", "/actions", "{\"action_type\":\"shutdown\"}", VM_API_MS,
			       &body, &e);
	free(body);
	pthread_mutex_lock(&d->lock);
	return st == 204 && wait_exit(d, r, SHUTDOWN_WAIT_MS);
}

/* stop or kill (SIGKILL now). A stop presses the power button and waits
 * timeout_s for the guest to shut down (unless `force`, or the guest does
 * not take the press), then forces: the shutdown action, then SIGKILL.
 * last_exit.stopped_by says which step ended it. `inside`: the caller
 * already holds the VM busy (a snapshot stopping the VM it works on).
 * 0 once its exit is recorded, or -1 with e set (*not_running when it was not running). */
static int do_stop(struct daemon *d, const char *name, bool graceful, bool force,
		   unsigned timeout_s, bool inside, bool *not_running, struct error *ep)
{
	struct inv_vm v;
	struct error e;
	*not_running = false;
	pthread_mutex_lock(&d->lock);
	int rc = lookup(d, name, &v, &e);
	struct vmrt *r = NULL;
	if (rc == 0) {
		r = rt_find(d, v.id, false);
		if (r && r->busy && !inside)
			rc = err_set(&e, ERR_CONFLICT, "VM '%s' is busy: %s in progress", name,
				     r->busy);
		else if (v.state != INV_RUNNING || !r || !r->watched)
			rc = err_set(&e, ERR_CONFLICT, "VM '%s' is not running", name),
			*not_running = true;
		else if (inside)
			r->requested = graceful ? "stop" : "kill";
		else
			r->busy = r->requested = graceful ? "stop" : "kill";
		inv_vm_free(&v);
	}
	if (rc < 0) {
		pthread_mutex_unlock(&d->lock);
		*ep = e;
		return -1;
	}
	char sock[200];
	vm_sock(d, r->id, sock, sizeof(sock));
	bool gone = false;
	if (graceful && !force) {
		r->stopped_by = "power-button";
		pthread_mutex_unlock(&d->lock);
		bool taken = power_button_press(sock, &e);
		if (!taken)
			fprintf(stderr, "rvisor daemon: stopping VM '%s': %s: forcing it\n", name,
				e.msg);
		pthread_mutex_lock(&d->lock);
		gone = taken ? wait_exit(d, r, (int)timeout_s * 1000) : !r->watched;
	}
	if (graceful && !gone)
		gone = shutdown_action(d, r, sock);
	if (!gone) {
		r->stopped_by = "sigkill";
		sup_signal_vm(&r->run, SIGKILL);
		gone = wait_exit(d, r, KILL_WAIT_MS);
	}
	if (!inside)
		r->busy = NULL;
	rt_release(d, r);
	pthread_mutex_unlock(&d->lock);
	if (!gone)
		return err_set(ep, ERR_IO, "VM '%s' did not end after SIGKILL within %d s", name,
			       KILL_WAIT_MS / 1000);
	fprintf(stderr, "rvisor daemon: %s VM '%s'\n", graceful ? "stopped" : "killed", name);
	return 0;
}

static enum MHD_Result op_stop(struct daemon *d, struct MHD_Connection *c, const char *name,
			       bool graceful, bool force, unsigned timeout_s)
{
	struct error e;
	bool not_running;
	if (do_stop(d, name, graceful, force, timeout_s, false, &not_running, &e) < 0)
		return reply_error(c, &e);
	return reply_vm(d, c, MHD_HTTP_OK, name);
}

/* restart: stop (graceful, as stop) when running, then start. */
static enum MHD_Result op_restart(struct daemon *d, struct MHD_Connection *c, const char *name,
				  bool force, unsigned timeout_s)
{
	struct error e;
	struct sup_peer pb;
	bool not_running;
	if ((do_stop(d, name, true, force, timeout_s, false, &not_running, &e) < 0 &&
	     !not_running) ||
	    do_start(d, name, peer_to_check(d, c, &pb), false, &e) < 0)
		return reply_error(c, &e);
	return reply_vm(d, c, MHD_HTTP_OK, name);
}

/* pause / resume: the per-VM API's PATCH /vm. */
static enum MHD_Result op_pause(struct daemon *d, struct MHD_Connection *c, const char *name,
				bool pause)
{
	struct inv_vm v;
	struct error e;
	pthread_mutex_lock(&d->lock);
	int rc = lookup(d, name, &v, &e);
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
		return reply_error(c, &e);
	char sock[200], *body = NULL;
	vm_sock(d, v.id, sock, sizeof(sock));
	int64_t id = v.id;
	pid_t vm_pid = (pid_t)v.vm_pid;
	inv_vm_free(&v);
	int st = uhttp_request(sock, "PATCH", "/vm",
			       pause ? "{\"state\":\"paused\"}" : "{\"state\":\"running\"}",
			       VM_API_MS, &body, &e);
	if (st < 0)
		return fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "VM '%s': %s", name, e.msg);
	if (st >= 300) {
		json_t *j = json_loads(body, 0, NULL);
		json_t *m = json_object_get(j, "fault_message");
		enum MHD_Result res = fault(c, (unsigned)st, "VM '%s': %s", name,
					    json_is_string(m) ? json_string_value(m) : body);
		json_decref(j);
		free(body);
		return res;
	}
	free(body);
	refresh_runtime(d, id, vm_pid);
	events_emit(d->events, pause ? "paused" : "resumed", name, NULL);
	return reply_vm(d, c, MHD_HTTP_OK, name);
}

static enum MHD_Result op_delete(struct daemon *d, struct MHD_Connection *c, const char *name,
				 bool force)
{
	struct inv_vm v;
	struct error e;
	pthread_mutex_lock(&d->lock);
	if (lookup(d, name, &v, &e) < 0) {
		pthread_mutex_unlock(&d->lock);
		return reply_error(c, &e);
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
		if (!wait_exit(d, r, KILL_WAIT_MS))
			rc = err_set(&e, ERR_IO, "VM '%s' did not end after SIGKILL", name);
		r->busy = NULL;
		rt_release(d, r);
	}
	if (rc == 0 && (rc = inv_delete(d->inv, v.id, &e)) == 0) {
		remove_vm_dir(d, v.id);
		rtc_drop(d->rtc, v.id);
	}
	inv_vm_free(&v);
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return reply_error(c, &e);
	fprintf(stderr, "rvisor daemon: deleted VM '%s'\n", name);
	events_emit(d->events, "deleted", name, NULL);
	return send_json(c, MHD_HTTP_NO_CONTENT, NULL);
}

/* Where a running VM's console is attached (the keeper's socket: the
 * daemon is not in the way of the bytes, and a console stays attached
 * while the daemon restarts). */
static int console_socket_of(struct daemon *d, const char *name, char *sock, size_t n,
			     struct error *e)
{
	struct inv_vm v;
	pthread_mutex_lock(&d->lock);
	int rc = lookup(d, name, &v, e);
	if (rc == 0 && v.state == INV_STOPPED)
		rc = err_set(e, ERR_CONFLICT, "VM '%s' is not running", name);
	int64_t id = rc == 0 ? v.id : 0;
	if (rc == 0)
		inv_vm_free(&v);
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return -1;
	vm_console_sock(d, id, sock, n);
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
	if (console_socket_of(d, name, sock, sizeof(sock), &e) < 0)
		return reply_error(c, &e);
	return send_json(c, MHD_HTTP_OK,
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
			return fault(c, MHD_HTTP_BAD_REQUEST,
				     "query 'tail' must be a number of lines from 0 to 1000000");
	}
	struct inv_vm v;
	struct error e;
	pthread_mutex_lock(&d->lock);
	int rc = lookup(d, name, &v, &e);
	int64_t id = rc == 0 ? v.id : 0;
	if (rc == 0)
		inv_vm_free(&v);
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return reply_error(c, &e);
	char lf[1200], *text;
	size_t len;
	vm_path(d, id, "console.log", lf, sizeof(lf));
	if (relay_history(lf, (size_t)(2 * d->o->log_max), &text, &len) < 0)
		return fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
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
	return send_json(c, MHD_HTTP_OK,
			 json_pack("{s:s, s:s, s:s, s:i, s:i}", "state_dir", d->o->dirs.state,
				   "run_dir", d->o->dirs.run, "mode",
				   d->o->dirs.system ? "system" : "user", "pid", (int)getpid(),
				   "schema_version", inv_schema_version(d->inv)));
}

/* The peer may use the API: our uid, root, or (root mode) the group. */
static bool peer_allowed(struct daemon *d, struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci =
	    MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
	struct ucred cr;
	socklen_t l = sizeof(cr);
	if (!ci || getsockopt(ci->connect_fd, SOL_SOCKET, SO_PEERCRED, &cr, &l) < 0)
		return false;
	if (cr.uid == 0 || cr.uid == geteuid())
		return true;
	if (!d->has_group)
		return false;
	if (cr.gid == d->group)
		return true;
	gid_t groups[256];
	l = sizeof(groups);
	if (getsockopt(ci->connect_fd, SOL_SOCKET, SO_PEERGROUPS, groups, &l) < 0)
		return false;
	for (size_t k = 0; k < l / sizeof(gid_t); k++)
		if (groups[k] == d->group)
			return true;
	return false;
}

/* --- the steps snapshot operations ask for (daemon/snapshots.h) --- */

static int snapops_begin(void *dp, const char *name, const char *op, int64_t *id, bool *running,
			 struct error *e)
{
	struct daemon *d = dp;
	struct inv_vm v;
	pthread_mutex_lock(&d->lock);
	int rc = lookup(d, name, &v, e);
	if (rc == 0) {
		struct vmrt *r = rt_find(d, v.id, true);
		if (!r)
			rc = err_set(e, ERR_IO, "out of memory");
		else if (r->busy)
			rc = err_set(e, ERR_CONFLICT, "VM '%s' is busy: %s in progress", name,
				     r->busy);
		else
			r->busy = op, *id = v.id, *running = v.state != INV_STOPPED;
		inv_vm_free(&v);
	}
	pthread_mutex_unlock(&d->lock);
	return rc;
}

static void snapops_end(void *dp, int64_t id)
{
	struct daemon *d = dp;
	pthread_mutex_lock(&d->lock);
	struct vmrt *r = rt_find(d, id, false);
	if (r) {
		r->busy = NULL;
		rt_release(d, r);
	}
	pthread_mutex_unlock(&d->lock);
}

static void snapops_sock(void *dp, int64_t id, char *out, size_t n)
{
	vm_sock(dp, id, out, n);
}

static int snapops_halt(void *dp, const char *name, bool graceful, struct error *e)
{
	bool not_running;
	/* Never the power button: the guest must not run on past the state
	 * just saved; the shutdown action closes the disks cleanly. */
	int rc = do_stop(dp, name, graceful, true, 30, true, &not_running, e);
	return rc < 0 && !not_running ? -1 : 0;
}

static int snapops_start(void *dp, const char *name, struct error *e)
{
	return do_start(dp, name, NULL, true, e);
}

/* --- migration between daemons (daemon/migrate.h) --- */

#define FORGET_WAIT_MS 10000 /* a migrated VM's process ends within this */

static int migops_forget(void *dp, int64_t id, struct error *e)
{
	struct daemon *d = dp;
	pthread_mutex_lock(&d->lock);
	struct vmrt *r = rt_find(d, id, false);
	if (r && r->watched && !wait_exit(d, r, FORGET_WAIT_MS)) {
		sup_signal_vm(&r->run, SIGKILL); /* the destination runs it */
		wait_exit(d, r, KILL_WAIT_MS);
	}
	int rc = r && r->watched ? err_set(e, ERR_IO, "its process here did not end")
				 : inv_delete(d->inv, id, e);
	if (rc == 0) {
		remove_vm_dir(d, id);
		rtc_drop(d->rtc, id);
	}
	if (r) {
		r->busy = NULL;
		rt_release(d, r);
	}
	pthread_mutex_unlock(&d->lock);
	return rc;
}

static int migops_in_create(void *dp, const char *name, const char *config, int64_t *id,
			    struct error *e)
{
	struct daemon *d = dp;
	char dir[1200];
	pthread_mutex_lock(&d->lock);
	struct inv_vm v;
	int rc = inv_begin(d->inv, e);
	if (rc == 0 && (rc = inv_create(d->inv, name, config, id, e)) == 0 &&
	    (rc = inv_get(d->inv, name, &v, e)) == 0) {
		rc = admit(d, &v, e); /* it will run here: as a start */
		inv_vm_free(&v);
	}
	if (rc == 0) {
		/* The mark tells a restarted daemon that this row waits for
		 * its migration (see incoming_left). */
		char mark[1200];
		vm_path(d, *id, NULL, dir, sizeof(dir));
		vm_path(d, *id, MIG_INCOMING_MARK, mark, sizeof(mark));
		int fd = -1;
		if (mkdir(dir, 0700) < 0 ||
		    (fd = open(mark, O_WRONLY | O_CREAT | O_CLOEXEC, 0600)) < 0)
			rc = err_errno(e, errno, "%s", dir), remove_vm_dir(d, *id);
		else if (close(fd), (rc = inv_commit(d->inv, e)) < 0)
			remove_vm_dir(d, *id);
	}
	if (rc < 0)
		inv_rollback(d->inv);
	struct vmrt *r = rc == 0 ? rt_find(d, *id, true) : NULL;
	if (r)
		r->busy = "incoming";
	else if (rc == 0 && inv_delete(d->inv, *id, e) == 0)
		rc = err_set(e, ERR_IO, "out of memory"), remove_vm_dir(d, *id);
	pthread_mutex_unlock(&d->lock);
	return rc;
}

static int migops_in_spawn(void *dp, int64_t id, const char *config, char *const args[],
			   struct error *e)
{
	struct daemon *d = dp;
	char csock[200], ef[1200], lf[1200];
	vm_console_sock(d, id, csock, sizeof(csock));
	vm_path(d, id, "exit.json", ef, sizeof(ef));
	vm_path(d, id, "console.log", lf, sizeof(lf));
	struct sup_run run;
	if (sup_spawn(d->o->exe, args, ef, lf, d->o->log_max, csock,
		      d->has_group ? (long)d->group : -1, &run, e) < 0)
		return -1;
	pthread_mutex_lock(&d->lock);
	struct vmrt *r = rt_find(d, id, false);
	r->run = run;
	int rc = inv_set_starting(d->inv, id, config, run.keeper_pid, run.keeper_start, run.vm_pid,
				  run.vm_start, e);
	pthread_mutex_unlock(&d->lock);
	return rc; /* when not recorded, in_settle ends it */
}

static bool migops_in_ended(void *dp, int64_t id)
{
	struct daemon *d = dp;
	pthread_mutex_lock(&d->lock);
	struct vmrt *r = rt_find(d, id, false);
	bool ended = !r || r->run.keeper_fd < 0 || sup_exited(r->run.keeper_fd);
	pthread_mutex_unlock(&d->lock);
	return ended;
}

static void migops_in_settle(void *dp, int64_t id, bool running)
{
	struct daemon *d = dp;
	struct error e;
	pthread_mutex_lock(&d->lock);
	struct vmrt *r = rt_find(d, id, false);
	char mark[1200];
	vm_path(d, id, MIG_INCOMING_MARK, mark, sizeof(mark));
	if (running && r && inv_set_running(d->inv, id, &e) == 0) {
		unlink(mark);
		r->watched = true; /* a run like any other from here */
		r->busy = NULL;
		pid_t pid = r->run.vm_pid;
		pthread_mutex_unlock(&d->lock);
		refresh_runtime(d, id, pid);
		return;
	}
	if (r && r->run.keeper_fd >= 0) {
		int kfd = r->run.keeper_fd;
		sup_signal_vm(&r->run, SIGKILL);
		pthread_mutex_unlock(&d->lock);
		struct pollfd pf = {.fd = kfd, .events = POLLIN};
		poll(&pf, 1, KILL_WAIT_MS);
		pthread_mutex_lock(&d->lock);
		sup_reap(&r->run);
		sup_close(&r->run);
	}
	if (inv_delete(d->inv, id, &e) < 0)
		fprintf(stderr, "rvisor daemon: forgetting incoming VM %lld: %s\n", (long long)id,
			e.msg);
	remove_vm_dir(d, id);
	rtc_drop(d->rtc, id);
	char sock[200];
	vm_sock(d, id, sock, sizeof(sock));
	unlink(sock);
	vm_console_sock(d, id, sock, sizeof(sock));
	unlink(sock);
	if (r) {
		r->busy = NULL;
		rt_release(d, r);
	}
	pthread_mutex_unlock(&d->lock);
}

/* At daemon start (lock held): a row that was waiting for its migration
 * when the daemon ended. A VM that switched over meanwhile (its API
 * answers) is adopted as any run; one still waiting, or gone, is ended
 * and forgotten (the source resumed it or will, at its link's timeout).
 * True when r was forgotten. */
static bool incoming_left(struct daemon *d, struct vmrt *r, const struct inv_vm *v)
{
	char mark[1200], sock[200], *body = NULL;
	vm_path(d, v->id, MIG_INCOMING_MARK, mark, sizeof(mark));
	if (access(mark, F_OK) < 0)
		return false;
	struct error e;
	vm_sock(d, v->id, sock, sizeof(sock));
	if (r->run.keeper_fd >= 0 && r->run.vm_fd >= 0 &&
	    uhttp_request(sock, "GET", "/vm", NULL, VM_API_MS, &body, &e) == 200) {
		free(body);
		unlink(mark);
		return false;
	}
	free(body);
	fprintf(stderr,
		"rvisor daemon: incoming VM '%s' had not switched over when the daemon "
		"ended: forgetting it\n",
		v->name);
	if (r->run.vm_fd >= 0)
		sup_signal_vm(&r->run, SIGKILL);
	if (r->run.keeper_fd >= 0) {
		sup_kill_children(r->run.keeper_pid);
		struct pollfd pf = {.fd = r->run.keeper_fd, .events = POLLIN};
		poll(&pf, 1, KILL_WAIT_MS);
	}
	sup_close(&r->run);
	r->watched = false;
	if (inv_delete(d->inv, v->id, &e) < 0)
		fprintf(stderr, "rvisor daemon: %s\n", e.msg);
	remove_vm_dir(d, v->id);
	unlink(sock);
	vm_console_sock(d, v->id, sock, sizeof(sock));
	unlink(sock);
	rt_release(d, r);
	return true;
}

/* --- monitoring (docs/monitoring.md) --- */

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
	vm_sock(d, v->id, t->sock, sizeof(t->sock));
	t->last_exit = v->last_exit ? strdup(v->last_exit) : NULL;
	return t;
}

/* The statistics collector's list of VMs (stats_list_fn). */
static int stats_targets(void *ctx, struct stats_target **out, unsigned *n)
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
static void stats_changed(void *ctx, const char *vm, const char *what, const char *field,
			  long long value)
{
	struct daemon *d = ctx;
	events_emit(d->events, what, vm, json_pack("{s:I}", field, (json_int_t)value));
}

/* A running VM's GET /vm as the collector saw it: the runtime cache. */
static void stats_api_seen(void *ctx, const struct stats_target *t, double asked, const char *body)
{
	struct daemon *d = ctx;
	rtc_put(d->rtc, t->id, t->vm_pid, asked, body);
}

/* GET /metrics, /stats, /events and /vms/{name}/stats; *handled false for
 * every other path. */
static enum MHD_Result monitoring(struct daemon *d, struct MHD_Connection *c, const char *url,
				  const char *method, const struct request *q, bool *handled)
{
	size_t ul = strlen(url);
	bool vm_stats = strncmp(url, "/vms/", 5) == 0 && ul > 11 &&
			strcmp(url + ul - 6, "/stats") == 0 && !memchr(url + 5, '/', ul - 11);
	*handled = vm_stats || strcmp(url, "/metrics") == 0 || strcmp(url, "/stats") == 0 ||
		   strcmp(url, "/events") == 0;
	if (!*handled)
		return MHD_NO;
	if (strcmp(method, "GET") != 0)
		return not_allowed(c, "GET");
	if (strcmp(url, "/stats") == 0)
		return send_json(c, MHD_HTTP_OK, stats_all(d->stats));
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
			return fault(c, MHD_HTTP_BAD_REQUEST,
				     "since '%.40s': give an event's sequence number", s);
		if (!s && follow)
			since = events_last_seq(d->events); /* only what happens from now */
		bool busy;
		/* A thread-per-connection server cannot suspend: wait on its thread. */
		struct MHD_Response *r =
		    events_response(d->events, q->threaded ? NULL : c, since, follow, &busy);
		if (!r)
			return busy ? fault(c, MHD_HTTP_SERVICE_UNAVAILABLE,
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
	int rc = lookup(d, name, &v, &e);
	pthread_mutex_unlock(&d->lock);
	if (rc < 0)
		return reply_error(c, &e);
	struct stats_target t;
	target_of(d, &v, &t);
	inv_vm_free(&v);
	json_t *j = stats_one(d->stats, &t);
	free(t.last_exit);
	return j ? send_json(c, MHD_HTTP_OK, j) : fault(c, 500, "out of memory");
}

static enum MHD_Result dispatch(struct daemon *d, struct MHD_Connection *c, const char *url,
				const char *method, const struct request *q)
{
	if (q->too_large)
		return fault(c, MHD_HTTP_CONTENT_TOO_LARGE, "request body larger than %u bytes",
			     MAX_BODY);
	bool handled;
	enum MHD_Result mr = monitoring(d, c, url, method, q, &handled);
	if (handled)
		return mr;
	struct spec_route r;
	struct error e;
	if (snap_route_is(url) || clone_route_is(url)) {
		const struct snap_vm_ops ops = {
		    d, snapops_begin, snapops_end, snapops_sock, snapops_halt, snapops_start};
		json_t *out;
		const char *allow;
		int st = snap_route_is(url) ? snap_handle(&d->snaps, &ops, method, url, q->body,
							  q->len, &out, &allow, &e)
					    : clone_handle(&d->snaps, &ops, method, url, q->body,
							   q->len, &out, &allow, &e);
		if (st < 0)
			return e.cls == ERR_UNSUPPORTED && allow ? not_allowed(c, allow)
								 : reply_error(c, &e);
		return send_json(c, (unsigned)st, out);
	}
	if (archive_route_is(method, url)) {
		const struct snap_vm_ops ops = {
		    d, snapops_begin, snapops_end, snapops_sock, snapops_halt, snapops_start};
		struct sup_peer pb;
		json_t *out;
		const char *allow;
		int st = archive_handle(&d->snaps, &ops, peer_to_check(d, c, &pb), method, url,
					q->body, q->len, &out, &allow, &e);
		if (st < 0)
			return e.cls == ERR_UNSUPPORTED && allow ? not_allowed(c, allow)
								 : reply_error(c, &e);
		return send_json(c, (unsigned)st, out);
	}
	if (migrate_route_is(method, url)) {
		json_t *out;
		const char *allow;
		int st = migrate_handle(d->mig, method, url, q->body, q->len, &out, &allow, &e);
		if (st < 0)
			return e.cls == ERR_UNSUPPORTED && allow ? not_allowed(c, allow)
								 : reply_error(c, &e);
		return send_json(c, (unsigned)st, out);
	}
	if (vol_route_is(url)) {
		struct sup_peer pb;
		json_t *out;
		const char *allow;
		int st = vol_handle(&d->pool, peer_to_check(d, c, &pb), method, url, q->body,
				    q->len, &out, &allow, &e);
		if (st < 0)
			return e.cls == ERR_UNSUPPORTED && allow ? not_allowed(c, allow)
								 : reply_error(c, &e);
		return send_json(c, (unsigned)st, out);
	}
	if (spec_route(method, url, &r, &e) < 0)
		return e.cls == ERR_UNSUPPORTED ? not_allowed(c, r.allow) : reply_error(c, &e);
	switch (r.op) {
	case SPEC_OP_INFO:
		return op_info(d, c);
	case SPEC_OP_LIST:
		return op_list(d, c);
	case SPEC_OP_CREATE:
		return op_create(d, c, q);
	case SPEC_OP_SHOW:
		return reply_vm(d, c, MHD_HTTP_OK, r.name);
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
			return reply_error(c, &e);
		return op_stop(d, c, r.name, true, force, t);
	}
	case SPEC_OP_RESTART: {
		unsigned t;
		bool force;
		if (spec_parse_stop(q->body, q->len, &t, &force, &e) < 0)
			return reply_error(c, &e);
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
	return fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "unrouted request");
}

/* An offloaded request's thread (daemon/offload.h). */
static void run_offloaded(void *arg)
{
	struct request *q = arg;
	struct MHD_Connection *c = q->c;
	dispatch(q->d, c, q->url, q->method, q);
	/* q may be freed as soon as the connection resumes. */
	MHD_resume_connection(c);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	(void)version;
	struct daemon *d = cls;
	struct request *q = *con_cls;
	if (!q) {
		/* Checked before the request is read. */
		if (!peer_allowed(d, c))
			return fault(c, MHD_HTTP_FORBIDDEN,
				     "this user may not use the rvisor daemon's socket");
		q = calloc(1, sizeof(*q));
		if (!q)
			return MHD_NO;
		*con_cls = q;
		return MHD_YES;
	}
	if (*upload_size) {
		if (!q->too_large && q->len + *upload_size <= MAX_BODY) {
			char *nb = realloc(q->body, q->len + *upload_size);
			if (!nb)
				return MHD_NO;
			memcpy(nb + q->len, upload, *upload_size);
			q->body = nb;
			q->len += *upload_size;
		} else {
			q->too_large = true;
		}
		*upload_size = 0;
		return MHD_YES;
	}
	if (q->dispatched)
		return MHD_NO; /* its thread queued no answer: close */
	if (offload_quick(method, url))
		return dispatch(d, c, url, method, q);
	/* It may wait: on a thread of its own, the connection suspended (the
	 * thread queues the answer, then resumes it). url and method stay
	 * valid while the connection lives. */
	if (!offload_reserve(d->ops))
		return fault(c, MHD_HTTP_SERVICE_UNAVAILABLE,
			     "too many operations under way (at most %u): try again",
			     OFFLOADED_MAX);
	q->d = d, q->c = c, q->url = url, q->method = method, q->dispatched = true;
	MHD_suspend_connection(c);
	offload_start(d->ops, run_offloaded, q);
	return MHD_YES;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	(void)cls, (void)c, (void)toe;
	struct request *q = *con_cls;
	if (q) {
		free(q->body);
		free(q);
	}
	*con_cls = NULL;
}

/* --- the web listener's way in (daemon/web.h) --- */

/* The same dispatch as the unix socket's, for /api/... over TCP. */
static enum MHD_Result web_dispatch(void *ctx, struct MHD_Connection *c, const char *url,
				    const char *method, const char *body, size_t len,
				    bool too_large)
{
	const struct request q = {
	    .body = (char *)body, .len = len, .too_large = too_large, .threaded = true};
	return dispatch(ctx, c, url, method, &q);
}

static int web_console_socket(void *ctx, const char *name, char *out, size_t n, struct error *e)
{
	return console_socket_of(ctx, name, out, n, e);
}

/* --- start: socket, lock, re-adoption --- */

static int make_socket(struct daemon *d, struct error *e)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	if ((size_t)snprintf(sa.sun_path, sizeof(sa.sun_path), "%s/%s", d->o->dirs.run,
			     DAEMON_SOCKET_NAME) >= sizeof(sa.sun_path))
		return err_set(e, ERR_INVALID, "%s: socket path too long", d->o->dirs.run);
	/* We hold the lock: a socket file there is a dead daemon's. */
	unlink(sa.sun_path);
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	mode_t mode = d->has_group ? 0660 : 0600;
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    chmod(sa.sun_path, mode) < 0 ||
	    (d->has_group && chown(sa.sun_path, (uid_t)-1, d->group) < 0) || listen(fd, 256) < 0) {
		int en = errno;
		if (fd >= 0)
			close(fd);
		return err_errno(e, en, "%s", sa.sun_path);
	}
	return fd;
}

/* Kill keepers of this state directory that the inventory does not know
 * (the daemon died between starting one and recording it), and their VMs. */
static void kill_unknown_keepers(struct daemon *d)
{
	DIR *dir = opendir("/proc");
	if (!dir)
		return;
	char prefix[1100];
	snprintf(prefix, sizeof(prefix), "%s/vms/", d->o->dirs.state);
	struct dirent *de;
	while ((de = readdir(dir))) {
		pid_t pid = (pid_t)atoi(de->d_name);
		if (pid <= 0 || pid == getpid())
			continue;
		char p[64], cmd[2048];
		snprintf(p, sizeof(p), "/proc/%d/cmdline", (int)pid);
		int fd = open(p, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		ssize_t n = read(fd, cmd, sizeof(cmd) - 1);
		close(fd);
		if (n <= 0)
			continue;
		cmd[n] = 0;
		/* argv: rvisor \0 __keeper \0 STATE/vms/ID/exit.json \0 ... */
		char *a1 = memchr(cmd, 0, (size_t)n);
		if (!a1 || strcmp(a1 + 1, "__keeper") != 0)
			continue;
		char *a2 = a1 + 1 + strlen(a1 + 1) + 1;
		if (a2 >= cmd + n || strncmp(a2, prefix, strlen(prefix)) != 0)
			continue;
		int64_t id = strtoll(a2 + strlen(prefix), NULL, 10);
		struct vmrt *r = rt_find(d, id, false);
		if (r && r->run.keeper_pid == pid)
			continue;
		fprintf(stderr,
			"rvisor daemon: killing keeper %d and its VM: unknown to the "
			"inventory\n",
			(int)pid);
		sup_kill_children(pid);
		kill(pid, SIGKILL);
	}
	closedir(dir);
}

/* Directories under STATE/vms that no inventory row owns (a create or a
 * delete cut short) are removed. */
static void remove_unknown_dirs(struct daemon *d, const struct inv_vm *vs, unsigned n)
{
	char p[1100];
	snprintf(p, sizeof(p), "%s/vms", d->o->dirs.state);
	DIR *dir = opendir(p);
	if (!dir)
		return;
	struct dirent *de;
	while ((de = readdir(dir))) {
		char *end;
		long long id = strtoll(de->d_name, &end, 10);
		if (de->d_name[0] == '.' || *end)
			continue;
		bool known = false;
		for (unsigned k = 0; k < n && !known; k++)
			known = vs[k].id == id;
		if (!known) {
			fprintf(stderr, "rvisor daemon: removing %s/%s (no VM in the inventory)\n",
				p, de->d_name);
			remove_vm_dir(d, id);
		}
	}
	closedir(dir);
}

/* VM sockets of runs that are not being watched (a VM killed with its
 * keeper, or unknown to the inventory) are removed: a dead VM cannot. */
static void remove_unknown_sockets(struct daemon *d)
{
	DIR *dir = opendir(d->o->dirs.run);
	if (!dir)
		return;
	struct dirent *de;
	while ((de = readdir(dir))) {
		long long id;
		int end = 0, cend = 0;
		if (sscanf(de->d_name, "vm-%lld.sock%n", &id, &end) != 1 || de->d_name[end])
			if (sscanf(de->d_name, "vm-%lld.console%n", &id, &cend) != 1 ||
			    de->d_name[cend])
				continue;
		struct vmrt *r = rt_find(d, id, false);
		if (r && r->watched)
			continue;
		char p[200];
		if (cend)
			vm_console_sock(d, id, p, sizeof(p));
		else
			vm_sock(d, id, p, sizeof(p));
		unlink(p);
	}
	closedir(dir);
}

/* Re-adopt the runs the inventory records (docs/daemon.md). */
static int readopt(struct daemon *d, struct error *e)
{
	struct inv_vm *vs;
	unsigned n;
	if (inv_list(d->inv, &vs, &n, e) < 0)
		return -1;
	for (unsigned k = 0; k < n; k++) {
		struct inv_vm *v = &vs[k];
		if (v->state == INV_STOPPED)
			continue;
		struct vmrt *r = rt_find(d, v->id, true);
		if (!r)
			continue;
		r->run = (struct sup_run){.keeper_pid = (pid_t)v->keeper_pid,
					  .keeper_start = v->keeper_start,
					  .vm_pid = (pid_t)v->vm_pid,
					  .vm_start = v->vm_start};
		sup_reopen(&r->run);
		r->watched = true;
		if (incoming_left(d, r, v))
			continue;
		if (r->run.keeper_fd >= 0 && r->run.vm_fd >= 0) {
			/* Both processes are the ones recorded (pidfd and start
			 * time): adopted. A VM whose API does not answer now (busy
			 * with a long snapshot, its socket removed) is adopted too:
			 * killing it would lose the guest's work, and kill and stop
			 * (which ends in SIGKILL) still reach it. */
			char sock[200], *body = NULL;
			vm_sock(d, v->id, sock, sizeof(sock));
			struct error pe;
			double asked = rtc_now();
			bool answers =
			    uhttp_request(sock, "GET", "/vm", NULL, VM_API_MS, &body, &pe) == 200;
			if (answers)
				rtc_put(d->rtc, v->id, (pid_t)v->vm_pid, asked, body);
			free(body);
			fprintf(stderr, "rvisor daemon: re-adopted VM '%s' (pid %d)%s%s\n", v->name,
				(int)v->vm_pid, answers ? "" : "; its API does not answer: ",
				answers ? "" : pe.msg);
			if (v->state == INV_STARTING)
				inv_set_running(d->inv, v->id, e);
			continue;
		}
		if (r->run.keeper_fd >= 0) {
			/* The keeper lives but its VM is not the process recorded
			 * (ended, or never verified): nothing may run that the
			 * inventory does not know; the keeper reports the exit to
			 * the watcher. */
			fprintf(stderr,
				"rvisor daemon: VM '%s' is not the process recorded: ending it\n",
				v->name);
			sup_kill_children(r->run.keeper_pid);
			continue;
		}
		if (r->run.vm_fd >= 0) {
			fprintf(stderr,
				"rvisor daemon: VM '%s' (pid %d) lost its keeper: killing it\n",
				v->name, (int)v->vm_pid);
			sup_signal_vm(&r->run, SIGKILL);
		}
		char why[160];
		snprintf(why, sizeof(why), "%s",
			 r->run.vm_fd >= 0 ? "its keeper was gone; the VM was killed"
					   : "its processes were gone when the daemon started and "
					     "left no exit record");
		finish_run(d, r, why);
		fprintf(stderr, "rvisor daemon: VM '%s' ended while the daemon was down\n",
			v->name);
		rt_release(d, r);
	}
	kill_unknown_keepers(d);
	remove_unknown_dirs(d, vs, n);
	for (unsigned k = 0; k < n; k++)
		snap_remove_unrecorded(&d->snaps, vs[k].id);
	remove_unknown_sockets(d);
	inv_vms_free(vs, n);
	return 0;
}

int daemon_serve(const struct daemon_opts *o, struct error *e)
{
	struct daemon dd = {.o = o, .sock = -1, .lockfd = -1}, *d = &dd;
	const struct daemon_dirs *dirs = &o->dirs;
	if (o->group) {
		struct group *g = getgrnam(o->group);
		if (!g)
			return err_set(e, ERR_INVALID, "group '%s' does not exist", o->group);
		d->group = g->gr_gid;
		d->has_group = true;
	}
	/* Each open API connection is a descriptor: room for the server's
	 * limit (a soft limit of 1024 is common) where the hard one allows. */
	struct rlimit nofile;
	if (getrlimit(RLIMIT_NOFILE, &nofile) == 0 && nofile.rlim_cur < 4 * HTTP_CONNECTIONS) {
		nofile.rlim_cur =
		    nofile.rlim_max < 4 * HTTP_CONNECTIONS ? nofile.rlim_max : 4 * HTTP_CONNECTIONS;
		setrlimit(RLIMIT_NOFILE, &nofile);
	}
	char p[1100];
	snprintf(p, sizeof(p), "%s/vms", dirs->state);
	if (mkdir_p(dirs->state, 0700, e) < 0 || mkdir_p(p, 0700, e) < 0 ||
	    mkdir_p(dirs->run, d->has_group ? 0750 : 0700, e) < 0)
		return -1;
	/* The run directory guards the sockets: owner only (or + group). */
	if (chmod(dirs->run, d->has_group ? 0750 : 0700) < 0 ||
	    (d->has_group && chown(dirs->run, (uid_t)-1, d->group) < 0))
		return err_errno(e, errno, "%s", dirs->run);
	snprintf(p, sizeof(p), "%s/daemon.lock", dirs->run);
	d->lockfd = open(p, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (d->lockfd < 0)
		return err_errno(e, errno, "%s", p);
	if (flock(d->lockfd, LOCK_EX | LOCK_NB) < 0) {
		close(d->lockfd);
		return err_set(e, ERR_CONFLICT, "another rvisor daemon serves %s (lock %s)",
			       dirs->run, p);
	}
	snprintf(p, sizeof(p), "%s/inventory.db", dirs->state);
	d->inv = inv_open(p, e);
	pthread_mutex_init(&d->lock, NULL);
	pthread_cond_init(&d->exited, NULL);
	int rc = -1;
	d->snaps = (struct snap_store){.inv = d->inv, .lock = &d->lock, .pool = &d->pool};
	snprintf(d->snaps.state, sizeof(d->snaps.state), "%s", dirs->state);
	/* Events first: runs that ended while the daemon was down are events
	 * of the new stream. */
	if (!(d->events = events_new()) || !(d->ops = offload_new(OFFLOADED_MAX)) ||
	    !(d->rtc = rtc_new())) {
		err_set(e, ERR_IO, "out of memory");
		goto out;
	}
	if (!d->inv || vol_pool_open(&d->pool, d->inv, &d->lock, dirs->state, e) < 0 ||
	    readopt(d, e) < 0 || (d->sock = make_socket(d, e)) < 0)
		goto out;
	const struct mig_host mh = {.ctx = d,
				    .inv = d->inv,
				    .lock = &d->lock,
				    .events = d->events,
				    .state_dir = dirs->state,
				    .run_dir = dirs->run,
				    .listen = o->migrate_listen,
				    .begin = snapops_begin,
				    .end = snapops_end,
				    .forget = migops_forget,
				    .in_create = migops_in_create,
				    .in_spawn = migops_in_spawn,
				    .in_ended = migops_in_ended,
				    .in_settle = migops_in_settle};
	if (!(d->mig = migrate_new(&mh))) {
		err_set(e, ERR_IO, "out of memory");
		goto out;
	}
	if (thread_spawn(&d->watcher, watcher, d, "watcher") != 0) {
		err_set(e, ERR_IO, "cannot start the watcher thread");
		goto out;
	}
	if (!(d->stats = stats_start(stats_targets, stats_changed, stats_api_seen, d,
				     STATS_PERIOD_MS, e)) ||
	    (o->metrics_listen && !(d->metrics = metrics_listen(o->metrics_listen, d->stats, e)))) {
		atomic_store(&d->stopping, true);
		pthread_join(d->watcher, NULL);
		goto out;
	}
	/* A pool of workers polling with epoll, not a thread per connection:
	 * reads are answered at once from state the daemon holds, requests
	 * that may wait are offloaded, event streams are suspended between
	 * events (docs/daemon.md, "Threading"). */
	d->mhd = MHD_start_daemon(
	    MHD_USE_EPOLL_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME, 0, NULL, NULL, on_request, d,
	    MHD_OPTION_LISTEN_SOCKET, d->sock, MHD_OPTION_THREAD_POOL_SIZE, (unsigned)HTTP_WORKERS,
	    MHD_OPTION_NOTIFY_COMPLETED, on_completed, d, MHD_OPTION_CONNECTION_LIMIT,
	    (unsigned)HTTP_CONNECTIONS, MHD_OPTION_CONNECTION_TIMEOUT, 30u,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(32u << 10), MHD_OPTION_END);
	if (!d->mhd) {
		err_set(e, ERR_IO, "cannot start the HTTP server");
		atomic_store(&d->stopping, true);
		pthread_join(d->watcher, NULL);
		goto out;
	}
	if (o->web_listen) {
		const struct web_opts wo = {.listen = o->web_listen,
					    .token_file = o->web_token_file,
					    .root = o->web_root,
					    .exe = o->exe,
					    .run_dir = dirs->run};
		const struct web_api api = {d, web_dispatch, web_console_socket};
		if (!(d->web = web_start(&wo, &api, e))) {
			MHD_stop_daemon(d->mhd);
			atomic_store(&d->stopping, true);
			pthread_join(d->watcher, NULL);
			goto out;
		}
	}
	fprintf(stderr, "rvisor daemon: serving %s/%s (state %s, pid %d)\n", dirs->run,
		DAEMON_SOCKET_NAME, dirs->state, (int)getpid());
	if (o->ready_fd >= 0) {
		if (write(o->ready_fd, "ok\n", 3) != 3) {
			/* the starter is gone: serve anyway */
		}
		close(o->ready_fd);
	}
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	int sig = 0;
	sigwait(&set, &sig);
	fprintf(stderr, "rvisor daemon: signal %d: stopping (VMs keep running)\n", sig);
	/* No new connections; the offloaded requests finish and resume their
	 * connections, event streams end: the server may stop only when no
	 * connection is suspended. */
	MHD_quiesce_daemon(d->mhd);
	offload_drain(d->ops);
	events_shutdown(d->events); /* event streams end, so their connections do */
	metrics_server_stop(d->metrics);
	d->metrics = NULL;
	web_stop(d->web);
	d->web = NULL;
	MHD_stop_daemon(d->mhd);
	atomic_store(&d->stopping, true);
	pthread_join(d->watcher, NULL);
	rc = 0;
out:
	migrate_free(d->mig);
	metrics_server_stop(d->metrics);
	stats_stop(d->stats);
	events_free(d->events);
	offload_free(d->ops);
	rtc_free(d->rtc);
	if (d->sock >= 0) {
		close(d->sock);
		snprintf(p, sizeof(p), "%s/%s", dirs->run, DAEMON_SOCKET_NAME);
		unlink(p);
	}
	while (d->rt) {
		struct vmrt *r = d->rt;
		d->rt = r->next;
		sup_close(&r->run);
		free(r);
	}
	inv_close(d->inv);
	pthread_cond_destroy(&d->exited);
	pthread_mutex_destroy(&d->lock);
	close(d->lockfd);
	return rc;
}
