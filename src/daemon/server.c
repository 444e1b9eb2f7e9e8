/* The daemon's server: the lock and the socket, libmicrohttpd's workers
 * and the offloaded requests, the web listener's way in, and the order
 * of start and stop (docs/daemon.md, "Threading"). Routes: routes.h. */
#include "daemon/daemon.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "daemon/core.h"
#include "daemon/events.h"
#include "daemon/inventory.h"
#include "daemon/metrics.h"
#include "daemon/migrate.h"
#include "daemon/offload.h"
#include "daemon/routes.h"
#include "daemon/runtime_cache.h"
#include "daemon/stats.h"
#include "daemon/web.h"
#include "util/thread.h"

/* The HTTP server (docs/daemon.md, "Threading"): a pool of worker threads
 * answers reads from the inventory and the runtime cache; requests that
 * may wait run on threads of their own (daemon/offload.h). */
#define HTTP_WORKERS 4
#define HTTP_CONNECTIONS 1000 /* open at once, idle or suspended included */
#define OFFLOADED_MAX 64      /* offloaded requests under way at once */

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

/* An offloaded request's thread (daemon/offload.h). */
static void run_offloaded(void *arg)
{
	struct request *q = arg;
	struct MHD_Connection *c = q->c;
	routes_dispatch(q->d, c, q->url, q->method, q);
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
			return api_fault(c, MHD_HTTP_FORBIDDEN,
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
		return routes_dispatch(d, c, url, method, q);
	/* It may wait: on a thread of its own, the connection suspended (the
	 * thread queues the answer, then resumes it). url and method stay
	 * valid while the connection lives. */
	if (!offload_reserve(d->ops))
		return api_fault(c, MHD_HTTP_SERVICE_UNAVAILABLE,
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

/* The same dispatch as the unix socket's, for /api/... over TCP. */
static enum MHD_Result web_dispatch(void *ctx, struct MHD_Connection *c, const char *url,
				    const char *method, const char *body, size_t len,
				    bool too_large)
{
	const struct request q = {
	    .body = (char *)body, .len = len, .too_large = too_large, .threaded = true};
	return routes_dispatch(ctx, c, url, method, &q);
}

static int web_console_socket(void *ctx, const char *name, char *out, size_t n, struct error *e)
{
	return vmops_console_socket(ctx, name, out, n, e);
}

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

int daemon_serve(const struct daemon_opts *o, struct error *e)
{
	struct daemon dd = {.o = o, .sock = -1, .lockfd = -1, .spare = SPARE_NONE}, *d = &dd;
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
	if (dpath_mkdir_p(dirs->state, 0700, e) < 0 || dpath_mkdir_p(p, 0700, e) < 0 ||
	    dpath_mkdir_p(dirs->run, d->has_group ? 0750 : 0700, e) < 0)
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
	    readopt_runs(d, e) < 0 || (d->sock = make_socket(d, e)) < 0)
		goto out;
	if (migrate_start(d, e) < 0)
		goto out;
	if (thread_spawn(&d->watcher, rt_watcher, d, "watcher") != 0) {
		err_set(e, ERR_IO, "cannot start the watcher thread");
		goto out;
	}
	if (!(d->stats =
		  stats_start(mon_targets, mon_changed, mon_api_seen, d, STATS_PERIOD_MS, e)) ||
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
	/* The watcher has ended: no spare is made after this one goes. */
	spare_discard(&d->spare);
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
