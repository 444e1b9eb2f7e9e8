/* Live migration between two daemons: the destination's incoming VMs and
 * the source's drive of the VM's own migration (see migrate.h). */
#include "daemon/migrate.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "daemon/events.h"
#include "daemon/inventory.h"
#include "daemon/migrate_peer.h"
#include "daemon/spec.h"
#include "util/opts.h"
#include "util/thread.h"
#include "util/uhttp.h"

#define PEER_MS 30000	     /* a request to the other daemon */
#define VM_API_MS 2000	     /* a request to a VM's own API */
#define LISTEN_WAIT_MS 10000 /* an incoming VM must be listening within this */
#define POLL_MS 100	     /* progress and incoming VMs are looked at this often */
#define SETTLE_WAIT_MS 15000 /* after the switch-over: the destination records it running */
#define TOKEN_MAX 256

/* A VM waiting here for its migration. */
struct incoming {
	struct incoming *next;
	struct migrate *m;
	int64_t id;
	char name[SPEC_NAME_MAX + 1];
	char sock[200];
	double deadline; /* CLOCK_MONOTONIC seconds */
	atomic_bool cancel;
	pthread_t thread;
	bool done; /* settled: the thread is ending */
};

struct migrate {
	struct mig_host h;
	pthread_mutex_t lock; /* the list */
	struct incoming *in;
	atomic_bool stopping;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void sleep_ms(unsigned ms)
{
	struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000};
	nanosleep(&ts, NULL);
}

struct migrate *migrate_new(const struct mig_host *h)
{
	struct migrate *m = calloc(1, sizeof(*m));
	if (!m)
		return NULL;
	m->h = *h;
	pthread_mutex_init(&m->lock, NULL);
	return m;
}

void migrate_free(struct migrate *m)
{
	if (!m)
		return;
	atomic_store(&m->stopping, true);
	pthread_mutex_lock(&m->lock);
	struct incoming *list = m->in;
	m->in = NULL;
	pthread_mutex_unlock(&m->lock);
	while (list) {
		struct incoming *i = list;
		list = i->next;
		pthread_join(i->thread, NULL);
		free(i);
	}
	pthread_mutex_destroy(&m->lock);
	free(m);
}

const char *migrate_state_of(struct migrate *m, int64_t id)
{
	if (!m)
		return NULL;
	const char *s = NULL;
	pthread_mutex_lock(&m->lock);
	for (struct incoming *i = m->in; i && !s; i = i->next)
		if (i->id == id && !i->done)
			s = "incoming";
	pthread_mutex_unlock(&m->lock);
	return s;
}

bool migrate_route_is(const char *method, const char *url)
{
	(void)method;
	if (strcmp(url, "/vms/incoming") == 0 || strncmp(url, "/vms/incoming/", 14) == 0)
		return true;
	size_t n = strlen(url);
	return strncmp(url, "/vms/", 5) == 0 && n > 13 && strcmp(url + n - 8, "/migrate") == 0 &&
	       !memchr(url + 5, '/', n - 13);
}

/* --- small helpers --- */

static json_t *parse_object(const char *body, size_t len, const char *const allowed[],
			    struct error *e)
{
	/* As every other route: duplicate keys refused, the bad byte named. */
	json_t *j = spec_load_body(body, len, e);
	if (!j)
		return NULL;
	if (!json_is_object(j)) {
		json_decref(j);
		err_set(e, ERR_INVALID, "the request body must be a JSON object");
		return NULL;
	}
	const char *k;
	json_t *v;
	json_object_foreach(j, k, v)
	{
		bool ok = false;
		for (unsigned a = 0; allowed[a] && !ok; a++)
			ok = strcmp(k, allowed[a]) == 0;
		if (!ok) {
			err_set(e, ERR_INVALID, "unknown field '%.80s'", k);
			json_decref(j);
			return NULL;
		}
	}
	return j;
}

/* An integer field in [lo, hi], or def when absent. */
static int get_uint(json_t *j, const char *key, long long lo, long long hi, long long def,
		    long long *out, struct error *e)
{
	json_t *v = json_object_get(j, key);
	if (!v) {
		*out = def;
		return 0;
	}
	if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi)
		return err_set(e, ERR_INVALID, "field '%s' must be an integer from %lld to %lld",
			       key, lo, hi);
	*out = json_integer_value(v);
	return 0;
}

/* The fault message of an error answer (or the body itself). */
static void answer_message(const char *body, char *out, size_t n)
{
	json_t *j = body ? json_loads(body, 0, NULL) : NULL;
	json_t *m = json_object_get(j, "fault_message");
	if (!json_is_string(m))
		m = json_object_get(j, "error");
	snprintf(out, n, "%.400s", json_is_string(m) ? json_string_value(m) : body ? body : "");
	json_decref(j);
}

/* A disk string's path (",," is a comma) and whether it is read-only. */
static int disk_of(const char *disk, char *path, size_t n, bool *ro, struct error *e)
{
	struct opts o;
	char err[256];
	if (opts_parse(&o, disk, true, err, sizeof(err)) < 0)
		return err_set(e, ERR_INVALID, "disk %.200s: %s", disk, err);
	const char *p = opts_positional(&o);
	int rc = 0;
	if (!p || !*p || strlen(p) >= n)
		rc = err_set(e, ERR_INVALID, "disk %.200s: no path", disk);
	else if (opts_get_bool(&o, "readonly", false, ro, err, sizeof(err)) < 0)
		rc = err_set(e, ERR_INVALID, "disk %.200s: %s", disk, err);
	else
		snprintf(path, n, "%s", p);
	opts_free(&o);
	return rc;
}

/* Disks this stage can move: files on storage both hosts see at the same
 * path (a pool volume is this daemon's own file). */
static int check_disks(const struct vm_spec *s, bool here, struct error *e)
{
	for (unsigned k = 0; k < s->ndisks; k++) {
		char p[SPEC_STR_MAX + 1];
		bool ro = false;
		if (strncmp(s->disks[k], "vol:", 4) == 0)
			return err_set(
			    e, ERR_UNSUPPORTED,
			    "disk %u is the pool volume '%.100s': a VM with pool volumes "
			    "cannot migrate between daemons yet (only disks on storage "
			    "both hosts share, at the same path)",
			    k, s->disks[k] + 4);
		if (disk_of(s->disks[k], p, sizeof(p), &ro, e) < 0)
			return -1;
		if (here && access(p, ro ? R_OK : R_OK | W_OK) < 0)
			return err_set(e, ERR_INVALID,
				       "disk %u %s: %s here (a migrated VM's disks must be on "
				       "storage both hosts share, at the same path)",
				       k, p, strerror(errno));
	}
	const char *what[] = {"kernel", "initrd", "firmware"};
	const char *path[] = {s->kernel, s->initrd, s->firmware};
	for (int k = 0; here && k < 3; k++)
		if (path[k] && access(path[k], R_OK) < 0)
			return err_set(e, ERR_INVALID, "%s %s: %s here", what[k], path[k],
				       strerror(errno));
	return 0;
}

static void vm_dir_path(const struct migrate *m, int64_t id, const char *leaf, char *out, size_t n)
{
	snprintf(out, n, "%s/vms/%lld/%s", m->h.state_dir, (long long)id, leaf);
}

/* A token file (0600, replaced if there) holding tok. */
static int write_token(const char *path, const char *tok, struct error *e)
{
	unlink(path);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		return err_errno(e, errno, "%s", path);
	size_t n = strlen(tok);
	bool ok = write(fd, tok, n) == (ssize_t)n;
	int en = errno;
	close(fd);
	if (!ok) {
		unlink(path);
		return err_errno(e, en, "%s: writing the token", path);
	}
	return 0;
}

/* --- the destination: incoming VMs --- */

/* Watch an incoming VM until it runs (its API answers: it has switched
 * over), its process ends (refused, the source gave up or died), or it is
 * cancelled or too late. */
static void *incoming_watch(void *arg)
{
	struct incoming *i = arg;
	struct migrate *m = i->m;
	bool running = false;
	const char *why = NULL;
	while (!atomic_load(&m->stopping)) {
		if (m->h.in_ended(m->h.ctx, i->id)) {
			why = "its process ended (the migration was refused or abandoned)";
			break;
		}
		char *body = NULL;
		struct error e;
		if (uhttp_request(i->sock, "GET", "/vm", NULL, VM_API_MS, &body, &e) == 200) {
			free(body);
			running = true;
			break;
		}
		free(body);
		if (atomic_load(&i->cancel)) {
			why = "the source cancelled the migration";
			break;
		}
		if (now_s() > i->deadline) {
			why = "the migration did not complete in time";
			break;
		}
		sleep_ms(POLL_MS);
	}
	if (atomic_load(&m->stopping) && !running && !why)
		return NULL; /* the daemon stops: the VM is left as it is */
	m->h.in_settle(m->h.ctx, i->id, running);
	pthread_mutex_lock(&m->lock);
	i->done = true;
	pthread_mutex_unlock(&m->lock);
	if (running) {
		fprintf(stderr, "rvisor daemon: VM '%s' migrated in and runs\n", i->name);
		events_emit(m->h.events, "migrated-in", i->name, NULL);
	} else {
		fprintf(stderr, "rvisor daemon: incoming VM '%s' forgotten: %s\n", i->name, why);
		events_emit(m->h.events, "incoming-failed", i->name,
			    json_pack("{s:s}", "reason", why));
	}
	return NULL;
}

/* Wait until the incoming VM says where it listens (its first line of
 * output: "rvisor: waiting for a migration on ADDR"). */
static int wait_listening(struct migrate *m, int64_t id, char *addr, size_t n, struct error *e)
{
	char lf[1200];
	vm_dir_path(m, id, "console.log", lf, sizeof(lf));
	static const char mark[] = "waiting for a migration on ";
	double until = now_s() + LISTEN_WAIT_MS / 1000.0;
	for (;;) {
		char buf[4096];
		ssize_t k = -1;
		int fd = open(lf, O_RDONLY | O_CLOEXEC);
		if (fd >= 0) {
			k = read(fd, buf, sizeof(buf) - 1);
			close(fd);
		}
		if (k > 0) {
			buf[k] = 0;
			char *at = strstr(buf, mark), *end = at ? strchr(at, '\n') : NULL;
			if (end) {
				at += sizeof(mark) - 1;
				*end = 0;
				if (end > at && end[-1] == '\r')
					end[-1] = 0;
				snprintf(addr, n, "%s", at);
				return 0;
			}
		}
		bool ended = m->h.in_ended(m->h.ctx, id);
		if (ended || now_s() > until) {
			char *nl = k > 0 ? strrchr(buf, '\n') : NULL;
			while (nl && nl > buf && nl[1] == 0) {
				*nl = 0;
				nl = strrchr(buf, '\n');
			}
			return err_set(e, ERR_IO, "the incoming VM %s: %.400s",
				       ended ? "ended at once" : "did not listen in time",
				       k > 0 ? (nl ? nl + 1 : buf) : "no output");
		}
		sleep_ms(20);
	}
}

/* `run --incoming ...` for spec s: the stream brings the machine; the
 * writable disks (shared storage) are named as this host's operator's
 * word (docs/migration.md), and the resource limits apply here too. */
static char **incoming_args(const struct vm_spec *s, const char *uri, const char *sock,
			    const char *sandbox_dir, struct spec_numbers *num, struct error *e)
{
	char **all = spec_run_args(s, sock, num);
	char **a = calloc(8 + 2 * SPEC_MAX_DISKS + 12, sizeof(*a));
	if (!all || !a) {
		free(all);
		free(a);
		err_set(e, ERR_IO, "out of memory");
		return NULL;
	}
	size_t n = 0;
	a[n++] = "run";
	a[n++] = "--incoming";
	a[n++] = (char *)uri;
	a[n++] = "--api-socket";
	a[n++] = (char *)sock;
	a[n++] = "--sandbox-dir";
	a[n++] = (char *)sandbox_dir;
	for (unsigned k = 0; k < s->ndisks; k++) {
		char p[SPEC_STR_MAX + 1];
		bool ro = false;
		if (disk_of(s->disks[k], p, sizeof(p), &ro, e) < 0) {
			free(all);
			free(a);
			return NULL;
		}
		if (!ro)
			a[n++] = "--disk", a[n++] = s->disks[k];
	}
	static const char *const limits[] = {"--cpu-max", "--cpu-weight", "--pids-max", "--cpu-pin",
					     "--memory-limit"};
	for (size_t k = 1; all[k] && all[k + 1]; k++)
		for (size_t l = 0; l < sizeof(limits) / sizeof(limits[0]); l++)
			if (strcmp(all[k], limits[l]) == 0) {
				a[n++] = all[k], a[n++] = all[k + 1];
				break;
			}
	free(all);
	return a;
}

/* Join and free the watches that have ended. */
static void sweep(struct migrate *m)
{
	pthread_mutex_lock(&m->lock);
	struct incoming *ended = NULL;
	for (struct incoming **p = &m->in; *p;) {
		struct incoming *i = *p;
		if (i->done) {
			*p = i->next;
			i->next = ended;
			ended = i;
		} else {
			p = &i->next;
		}
	}
	pthread_mutex_unlock(&m->lock);
	while (ended) {
		struct incoming *i = ended;
		ended = i->next;
		pthread_join(i->thread, NULL);
		free(i);
	}
}

static int op_incoming(struct migrate *m, const char *body, size_t len, json_t **out,
		       struct error *e)
{
	sweep(m);
	if (!m->h.listen)
		return err_set(e, ERR_UNSUPPORTED,
			       "this daemon accepts no migrations (start it with "
			       "--migrate-listen ADDRESS)");
	static const char *const allowed[] = {"name", "config", "timeout_seconds", NULL};
	json_t *j = parse_object(body, len, allowed, e);
	if (!j)
		return -1;
	json_t *name = json_object_get(j, "name"), *config = json_object_get(j, "config");
	long long timeout;
	if (!json_is_string(name) || !json_is_object(config)) {
		json_decref(j);
		return err_set(e, ERR_INVALID,
			       "expected {\"name\": VM name, \"config\": its configuration}");
	}
	if (get_uint(j, "timeout_seconds", 1, MIG_INCOMING_TIMEOUT_MAX,
		     MIG_INCOMING_TIMEOUT_DEFAULT, &timeout, e) < 0) {
		json_decref(j);
		return -1;
	}
	/* The configuration as a create would take it, under the name given. */
	json_object_set(config, "name", name);
	char *text = json_dumps(config, JSON_COMPACT);
	json_decref(j);
	struct vm_spec s;
	int rc = text ? spec_parse(text, strlen(text), &s, e) : err_set(e, ERR_IO, "out of memory");
	free(text);
	if (rc < 0)
		return -1;
	if (check_disks(&s, true, e) < 0) {
		err_prefix(e, "VM '%s' cannot migrate here", s.name);
		spec_free(&s);
		return -1;
	}
	char *cfg = spec_to_json(&s);
	int64_t id;
	if (!cfg || m->h.in_create(m->h.ctx, s.name, cfg, &id, e) < 0) {
		if (!cfg)
			err_set(e, ERR_IO, "out of memory");
		free(cfg);
		spec_free(&s);
		return -1;
	}
	/* The one-time token the VM process takes (read at its listen, then
	 * removed here) and the source daemon is given. */
	unsigned char rnd[16];
	char tok[2 * sizeof(rnd) + 1], tf[1200], sd[1200], sock[200], uri[1400], addr[320];
	vm_dir_path(m, id, "incoming.token", tf, sizeof(tf));
	vm_dir_path(m, id, "snapshots", sd, sizeof(sd));
	snprintf(sock, sizeof(sock), "%.150s/vm-%lld.sock", m->h.run_dir, (long long)id);
	bool v6 = strchr(m->h.listen, ':') != NULL;
	snprintf(uri, sizeof(uri), "tcp:%s%s%s:0,token-file=%s", v6 ? "[" : "", m->h.listen,
		 v6 ? "]" : "", tf);
	struct spec_numbers num;
	char **args = NULL;
	if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd))
		rc = err_errno(e, errno, "no random bytes for the migration token");
	for (size_t k = 0; rc == 0 && k < sizeof(rnd); k++)
		snprintf(tok + 2 * k, 3, "%02x", rnd[k]);
	if (rc == 0 && mkdir(sd, 0700) < 0 && errno != EEXIST)
		rc = err_errno(e, errno, "%s", sd);
	if (rc == 0)
		rc = write_token(tf, tok, e);
	if (rc == 0 && !(args = incoming_args(&s, uri, sock, sd, &num, e)))
		rc = -1;
	if (rc == 0)
		rc = m->h.in_spawn(m->h.ctx, id, cfg, args, e);
	free(args);
	free(cfg);
	if (rc == 0)
		rc = wait_listening(m, id, addr, sizeof(addr), e);
	unlink(tf);
	struct incoming *i = rc == 0 ? calloc(1, sizeof(*i)) : NULL;
	if (rc == 0 && !i)
		rc = err_set(e, ERR_IO, "out of memory");
	if (rc == 0) {
		i->m = m, i->id = id, i->deadline = now_s() + (double)timeout;
		snprintf(i->name, sizeof(i->name), "%s", s.name);
		snprintf(i->sock, sizeof(i->sock), "%s", sock);
		pthread_mutex_lock(&m->lock);
		i->next = m->in;
		m->in = i;
		if (thread_spawn(&i->thread, incoming_watch, i, "mig-incoming") != 0) {
			m->in = i->next;
			free(i);
			rc = err_set(e, ERR_IO, "cannot start a thread for the incoming VM");
		}
		pthread_mutex_unlock(&m->lock);
	}
	if (rc < 0) {
		err_prefix(e, "VM '%s' cannot migrate here", s.name);
		m->h.in_settle(m->h.ctx, id, false);
		spec_free(&s);
		return -1;
	}
	fprintf(stderr, "rvisor daemon: VM '%s' incoming on %s\n", s.name, addr);
	events_emit(m->h.events, "incoming", s.name, json_pack("{s:s}", "address", addr));
	*out = json_pack("{s:s, s:s, s:s, s:I}", "name", s.name, "address", addr, "token", tok,
			 "timeout_seconds", (json_int_t)timeout);
	explicit_bzero(tok, sizeof(tok));
	spec_free(&s);
	return 201;
}

/* DELETE /vms/incoming/NAME: the source gives up before the switch-over. */
static int op_incoming_cancel(struct migrate *m, const char *name, struct error *e)
{
	/* Its watch ends it (or finds it running: it switched over first);
	 * looked up by name each time, as a sweep may free it once done. */
	for (int k = 0; k < 100; k++) {
		bool found = false;
		pthread_mutex_lock(&m->lock);
		for (struct incoming *i = m->in; i && !found; i = i->next)
			if (strcmp(i->name, name) == 0 && !i->done) {
				found = true;
				atomic_store(&i->cancel, true);
			}
		pthread_mutex_unlock(&m->lock);
		if (!found)
			return k ? 204
				 : err_set(e, ERR_NOT_FOUND, "no VM '%.80s' is incoming here",
					   name);
		sleep_ms(POLL_MS);
	}
	return 204;
}

/* --- the source --- */

/* A stored configuration as JSON (null when unreadable). */
static json_t *config_json(const char *text)
{
	json_t *j = text ? json_loads(text, 0, NULL) : NULL;
	return j ? j : json_null();
}

struct source {
	struct migrate *m;
	const char *name, *to;
	char token[TOKEN_MAX + 1]; /* the destination daemon's web token */
	int64_t id;
	char sock[200];
};

/* The VM's state at the destination daemon ("running", "incoming"...), or
 * "" when it has none or cannot be asked. */
static void dest_state(const struct source *s, char *out, size_t n)
{
	char path[128], *body = NULL;
	struct error e;
	snprintf(path, sizeof(path), "/vms/%s", s->name);
	*out = 0;
	if (peer_request(s->to, s->token, "GET", path, NULL, VM_API_MS * 2, &body, &e) == 200) {
		json_t *j = json_loads(body, 0, NULL);
		json_t *st = json_object_get(j, "state");
		if (json_is_string(st))
			snprintf(out, n, "%s", json_string_value(st));
		json_decref(j);
	}
	free(body);
}

/* The error of a refused request to the destination daemon. */
static int dest_refused(const struct source *s, int st, const char *body, struct error *e)
{
	char msg[512];
	answer_message(body, msg, sizeof(msg));
	enum err_class c = st == 400 || st == 401 || st == 403 ? ERR_INVALID
			   : st == 409			       ? ERR_CONFLICT
			   : st == 404 || st == 501	       ? ERR_UNSUPPORTED
							       : ERR_IO;
	return err_set(e, c, "the destination daemon %s refused VM '%s' (%d): %s%s", s->to, s->name,
		       st, st == 401 ? "wrong or missing token (give its web token): " : "", msg);
}

/* Follow the VM's migration to its end: 0 when the destination runs it
 * (*status the last GET /migrate), or -1 with e set and *resumed saying
 * whether the VM runs on here. */
static int follow(const struct source *s, json_t **status, bool *resumed, struct error *e)
{
	*resumed = true;
	for (;;) {
		char *body = NULL;
		struct error pe;
		int st = uhttp_request(s->sock, "GET", "/migrate", NULL, VM_API_MS, &body, &pe);
		json_t *j = st == 200 ? json_loads(body, 0, NULL) : NULL;
		free(body);
		const char *phase = json_string_value(json_object_get(j, "state"));
		if (phase) {
			json_decref(*status);
			*status = json_incref(j);
		}
		if (phase && strcmp(phase, "completed") == 0) {
			json_decref(j);
			return 0;
		}
		if (phase && (strcmp(phase, "failed") == 0 || strcmp(phase, "cancelled") == 0)) {
			json_t *r = json_object_get(j, "resumed");
			*resumed = !json_is_false(r);
			const char *why = json_string_value(json_object_get(j, "error"));
			err_set(e, ERR_CONFLICT, "the migration %s: %.600s", phase,
				why ? why : "no reason given");
			json_decref(j);
			return -1;
		}
		json_decref(j);
		if (!phase) {
			/* Its API is gone: the process exited after the switch-over
			 * (the destination runs it) or died. The destination says. */
			char ds[32];
			dest_state(s, ds, sizeof(ds));
			if (strcmp(ds, "running") == 0 || strcmp(ds, "paused") == 0)
				return 0;
			if (strcmp(ds, "incoming") != 0) {
				*resumed = false;
				return err_set(e, ERR_IO,
					       "the VM's process stopped answering during the "
					       "migration (%s) and the destination does not run it",
					       pe.msg);
			}
		}
		sleep_ms(POLL_MS);
	}
}

static int op_migrate(struct migrate *m, const char *name, const char *body, size_t len,
		      json_t **out, struct error *e)
{
	static const char *const allowed[] = {
	    "to",      "token",	  "downtime_ms",     "max_bandwidth",
	    "streams", "give_up", "timeout_seconds", "compress",
	    NULL};
	json_t *j = parse_object(body, len, allowed, e);
	if (!j)
		return -1;
	struct source s = {.m = m, .name = name};
	const char *to = json_string_value(json_object_get(j, "to"));
	const char *tok = json_string_value(json_object_get(j, "token"));
	long long downtime, bandwidth, streams, timeout;
	char host[256], port[8];
	int rc = 0;
	if (!to || !tok)
		rc = err_set(e, ERR_INVALID,
			     "expected {\"to\": \"HOST:PORT\" (the destination daemon's web "
			     "listener), \"token\": its web token}");
	else if (peer_split(to, host, sizeof(host), port, sizeof(port), e) < 0)
		rc = err_prefix(e, "field 'to'");
	else if (!*tok || strlen(tok) > TOKEN_MAX || strpbrk(tok, " \t\r\n"))
		rc = err_set(e, ERR_INVALID, "field 'token': 1 to %d characters without blanks",
			     TOKEN_MAX);
	else if (get_uint(j, "downtime_ms", 1, 60000, 0, &downtime, e) < 0 ||
		 get_uint(j, "max_bandwidth", 4096, 1ll << 40, 0, &bandwidth, e) < 0 ||
		 get_uint(j, "streams", 1, 8, 1, &streams, e) < 0 ||
		 get_uint(j, "timeout_seconds", 1, MIG_INCOMING_TIMEOUT_MAX,
			  MIG_INCOMING_TIMEOUT_DEFAULT, &timeout, e) < 0)
		rc = -1;
	json_t *give_up = json_object_get(j, "give_up");
	if (rc == 0 && give_up && !json_is_boolean(give_up))
		rc = err_set(e, ERR_INVALID, "field 'give_up' must be true or false");
	/* Passed on to the VM's own PUT /migrate (docs/migration.md,
	 * "Compression"). */
	json_t *compress = json_object_get(j, "compress");
	const char *cz = json_string_value(compress);
	if (rc == 0 && compress && (!cz || (strcmp(cz, "none") != 0 && strcmp(cz, "zstd") != 0)))
		rc = err_set(e, ERR_INVALID, "field 'compress' must be \"none\" or \"zstd\"");
	if (rc < 0) {
		json_decref(j);
		return -1;
	}
	s.to = to;
	snprintf(s.token, sizeof(s.token), "%s", tok);
	bool running;
	if (m->h.begin(m->h.ctx, name, "migrate", &s.id, &running, e) < 0) {
		json_decref(j);
		return -1;
	}
	snprintf(s.sock, sizeof(s.sock), "%.150s/vm-%lld.sock", m->h.run_dir, (long long)s.id);
	char tf[1200] = "";
	json_t *status = NULL, *incoming = NULL, *req = NULL;
	char *text = NULL, *ans = NULL;
	bool asked = false, resumed = true;
	/* What this stage can move: a running VM, its disks on shared storage,
	 * no snapshot tree or layers (files of this host). */
	struct inv_vm v;
	pthread_mutex_lock(m->h.lock);
	rc = inv_get(m->h.inv, name, &v, e);
	bool layered = false;
	if (rc == 0) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(inv_db(m->h.inv),
				       "SELECT 1 FROM vm_layers WHERE vm_id = ?1 UNION ALL "
				       "SELECT 1 FROM snapshots WHERE vm_id = ?1",
				       -1, &st, NULL) == SQLITE_OK) {
			sqlite3_bind_int64(st, 1, s.id);
			layered = sqlite3_step(st) == SQLITE_ROW;
		}
		sqlite3_finalize(st);
	}
	pthread_mutex_unlock(m->h.lock);
	if (rc < 0)
		goto done;
	struct vm_spec spec;
	const char *cfg = v.running_config ? v.running_config : v.config;
	if (!running)
		rc = err_set(e, ERR_CONFLICT, "VM '%s' is not running (only a running VM migrates)",
			     name);
	else if (layered)
		rc = err_set(e, ERR_UNSUPPORTED,
			     "VM '%s' has snapshots or disk layers (files of this host): it cannot "
			     "migrate between daemons yet",
			     name);
	else if ((rc = spec_parse(cfg, strlen(cfg), &spec, e)) == 0) {
		rc = check_disks(&spec, false, e);
		spec_free(&spec);
	}
	if (rc == 0) {
		req = json_pack("{s:s, s:o, s:I}", "name", name, "config", config_json(v.config),
				"timeout_seconds", (json_int_t)timeout);
	}
	inv_vm_free(&v);
	if (rc < 0)
		goto done;
	/* 1. The destination accepts it: where to send it, with which token. */
	text = req ? json_dumps(req, JSON_COMPACT) : NULL;
	int st = text ? peer_request(to, s.token, "POST", "/vms/incoming", text, PEER_MS, &ans, e)
		      : err_set(e, ERR_IO, "out of memory");
	if (st < 0) {
		rc = err_prefix(e, "VM '%s' cannot migrate", name);
		goto done;
	}
	if (st != 201) {
		rc = dest_refused(&s, st, ans, e);
		goto done;
	}
	asked = true;
	incoming = json_loads(ans, 0, NULL);
	const char *addr = json_string_value(json_object_get(incoming, "address"));
	const char *itok = json_string_value(json_object_get(incoming, "token"));
	if (!addr || !itok || strncmp(addr, "tcp:", 4) != 0 || strlen(addr) > 300) {
		rc = err_set(e, ERR_IO,
			     "the destination daemon %s answered without an address "
			     "and a token",
			     to);
		goto done;
	}
	/* A wildcard listener is reached at the address its daemon was. */
	char dest[400];
	const char *ap = strrchr(addr, ':');
	bool wildcard =
	    strncmp(addr, "tcp:0.0.0.0:", 12) == 0 || strncmp(addr, "tcp:[::]:", 9) == 0;
	bool v6 = strchr(host, ':') != NULL;
	if (wildcard)
		snprintf(dest, sizeof(dest), "tcp:%s%s%s%s", v6 ? "[" : "", host, v6 ? "]" : "",
			 ap);
	else
		snprintf(dest, sizeof(dest), "%s", addr);
	/* 2. The VM's own migration, the token in a file its sandbox sees. */
	vm_dir_path(m, s.id, "snapshots/migrate.token", tf, sizeof(tf));
	if ((rc = write_token(tf, itok, e)) < 0)
		goto done;
	json_t *put = json_pack("{s:s, s:s}", "destination", dest, "token_file", tf);
	if (downtime)
		json_object_set_new(put, "downtime_ms", json_integer(downtime));
	if (bandwidth)
		json_object_set_new(put, "max_bandwidth", json_integer(bandwidth));
	if (streams > 1)
		json_object_set_new(put, "streams", json_integer(streams));
	if (give_up)
		json_object_set(put, "give_up", give_up);
	if (compress)
		json_object_set(put, "compress", compress);
	free(text);
	text = json_dumps(put, JSON_COMPACT);
	json_decref(put);
	free(ans);
	ans = NULL;
	st = text ? uhttp_request(s.sock, "PUT", "/migrate", text, VM_API_MS * 5, &ans, e) : -1;
	if (st != 202) {
		char msg[512];
		answer_message(ans, msg, sizeof(msg));
		rc =
		    st < 0 ? -1 : err_set(e, st == 501 ? ERR_UNSUPPORTED : ERR_CONFLICT, "%s", msg);
		err_prefix(e, "VM '%s': its migration did not start", name);
		goto done;
	}
	fprintf(stderr, "rvisor daemon: migrating VM '%s' to %s (%s)\n", name, to, dest);
	events_emit(m->h.events, "migrating", name, json_pack("{s:s}", "to", to));
	/* 3. To its end. */
	rc = follow(&s, &status, &resumed, e);
	if (rc < 0 && !resumed) {
		/* Paused after the switch-over without the destination's word:
		 * its daemon knows whether it runs there. */
		char ds[32];
		dest_state(&s, ds, sizeof(ds));
		if (strcmp(ds, "running") == 0 || strcmp(ds, "paused") == 0) {
			fprintf(stderr, "rvisor daemon: VM '%s': %s; but the destination runs it\n",
				name, e->msg);
			rc = 0;
		} else {
			err_prefix(e,
				   "VM '%s' stays paused here (the destination daemon %s says "
				   "'%s'): check before resuming it",
				   name, to, ds);
		}
	}
	if (rc == 0) {
		/* The destination records it running within its watch period. */
		char ds[32] = "";
		for (double until = now_s() + SETTLE_WAIT_MS / 1000.0; now_s() < until;
		     sleep_ms(POLL_MS)) {
			dest_state(&s, ds, sizeof(ds));
			if (strcmp(ds, "running") == 0 || strcmp(ds, "paused") == 0)
				break;
		}
		asked = false;
	}
done:
	if (*tf)
		unlink(tf);
	if (asked && resumed) {
		/* It runs on here: the destination forgets it (its own watch
		 * does so too when the VM process ends). */
		char path[128], *b = NULL;
		struct error ie;
		snprintf(path, sizeof(path), "/vms/incoming/%s", name);
		peer_request(to, s.token, "DELETE", path, NULL, PEER_MS, &b, &ie);
		free(b);
	}
	if (rc == 0) {
		struct error fe;
		if (m->h.forget(m->h.ctx, s.id, &fe) < 0)
			fprintf(stderr, "rvisor daemon: VM '%s' migrated, but: %s\n", name, fe.msg);
		fprintf(stderr, "rvisor daemon: VM '%s' migrated to %s\n", name, to);
		events_emit(m->h.events, "migrated", name, json_pack("{s:s}", "to", to));
		*out = json_pack("{s:s, s:s, s:o}", "name", name, "to", to, "migration",
				 status ? json_incref(status) : json_null());
	} else {
		m->h.end(m->h.ctx, s.id);
		if (resumed)
			err_prefix(e, "VM '%s' runs on here", name);
	}
	explicit_bzero(s.token, sizeof(s.token));
	json_decref(status);
	json_decref(incoming);
	json_decref(req);
	json_decref(j);
	free(text);
	free(ans);
	return rc < 0 ? -1 : 200;
}

int migrate_handle(struct migrate *m, const char *method, const char *url, const char *body,
		   size_t len, json_t **out, const char **allow, struct error *e)
{
	*out = NULL;
	*allow = NULL;
	if (strcmp(url, "/vms/incoming") == 0) {
		if (strcmp(method, "POST") != 0)
			return *allow = "POST", err_set(e, ERR_UNSUPPORTED, "method not allowed");
		return op_incoming(m, body, len, out, e);
	}
	if (strncmp(url, "/vms/incoming/", 14) == 0) {
		if (strcmp(method, "DELETE") != 0)
			return *allow = "DELETE", err_set(e, ERR_UNSUPPORTED, "method not allowed");
		if (!spec_name_ok(url + 14))
			return err_set(e, ERR_INVALID, "'%.80s' is not a valid VM name (%s)",
				       url + 14, SPEC_NAME_RULE);
		return op_incoming_cancel(m, url + 14, e);
	}
	if (strcmp(method, "POST") != 0)
		return *allow = "POST", err_set(e, ERR_UNSUPPORTED, "method not allowed");
	char name[SPEC_NAME_MAX + 2];
	size_t n = strlen(url) - 13;
	snprintf(name, sizeof(name), "%.*s", (int)(n < sizeof(name) - 1 ? n : sizeof(name) - 1),
		 url + 5);
	if (n > SPEC_NAME_MAX || !spec_name_ok(name))
		return err_set(e, ERR_INVALID, "'%.80s' is not a valid VM name (%s)", name,
			       SPEC_NAME_RULE);
	return op_migrate(m, name, body, len, out, e);
}
