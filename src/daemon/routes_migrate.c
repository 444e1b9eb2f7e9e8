/* The daemon's side of migrations between daemons (daemon/migrate.h):
 * the steps migrate.c asks of it, the /migrations... routes, and what a
 * restarted daemon does with a VM that was waiting for its migration. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon/core.h"
#include "daemon/migrate.h"
#include "daemon/routes.h"
#include "daemon/runtime_cache.h"
#include "util/uhttp.h"

#define FORGET_WAIT_MS 10000 /* a migrated VM's process ends within this */

static int migops_forget(void *dp, int64_t id, struct error *e)
{
	struct daemon *d = dp;
	pthread_mutex_lock(&d->lock);
	struct vmrt *r = rt_find(d, id, false);
	if (r && r->watched && !rt_wait_exit(d, r, FORGET_WAIT_MS)) {
		sup_signal_vm(&r->run, SIGKILL); /* the destination runs it */
		rt_wait_exit(d, r, KILL_WAIT_MS);
	}
	int rc = r && r->watched ? err_set(e, ERR_IO, "its process here did not end")
				 : inv_delete(d->inv, id, e);
	if (rc == 0) {
		dpath_remove_vm_dir(d, id);
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
		rc = vmops_admit(d, &v, e); /* it will run here: as a start */
		inv_vm_free(&v);
	}
	if (rc == 0) {
		/* The mark tells a restarted daemon that this row waits for
		 * its migration (see incoming_left). */
		char mark[1200];
		dpath_vm(d, *id, NULL, dir, sizeof(dir));
		dpath_vm(d, *id, MIG_INCOMING_MARK, mark, sizeof(mark));
		int fd = -1;
		if (mkdir(dir, 0700) < 0 ||
		    (fd = open(mark, O_WRONLY | O_CREAT | O_CLOEXEC, 0600)) < 0)
			rc = err_errno(e, errno, "%s", dir), dpath_remove_vm_dir(d, *id);
		else if (close(fd), (rc = inv_commit(d->inv, e)) < 0)
			dpath_remove_vm_dir(d, *id);
	}
	if (rc < 0)
		inv_rollback(d->inv);
	struct vmrt *r = rc == 0 ? rt_find(d, *id, true) : NULL;
	if (r)
		r->busy = "incoming";
	else if (rc == 0 && inv_delete(d->inv, *id, e) == 0)
		rc = err_set(e, ERR_IO, "out of memory"), dpath_remove_vm_dir(d, *id);
	pthread_mutex_unlock(&d->lock);
	return rc;
}

static int migops_in_spawn(void *dp, int64_t id, const char *config, char *const args[],
			   struct error *e)
{
	struct daemon *d = dp;
	char csock[200], ef[1200], lf[1200];
	dpath_console_sock(d, id, csock, sizeof(csock));
	dpath_vm(d, id, "exit.json", ef, sizeof(ef));
	dpath_vm(d, id, "console.log", lf, sizeof(lf));
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
	dpath_vm(d, id, MIG_INCOMING_MARK, mark, sizeof(mark));
	if (running && r && inv_set_running(d->inv, id, &e) == 0) {
		unlink(mark);
		r->watched = true; /* a run like any other from here */
		r->busy = NULL;
		pid_t pid = r->run.vm_pid;
		pthread_mutex_unlock(&d->lock);
		vmops_refresh_runtime(d, id, pid);
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
	dpath_remove_vm_dir(d, id);
	rtc_drop(d->rtc, id);
	char sock[200];
	dpath_vm_sock(d, id, sock, sizeof(sock));
	unlink(sock);
	dpath_console_sock(d, id, sock, sizeof(sock));
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
bool incoming_left(struct daemon *d, struct vmrt *r, const struct inv_vm *v)
{
	char mark[1200], sock[200], *body = NULL;
	dpath_vm(d, v->id, MIG_INCOMING_MARK, mark, sizeof(mark));
	if (access(mark, F_OK) < 0)
		return false;
	struct error e;
	dpath_vm_sock(d, v->id, sock, sizeof(sock));
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
	dpath_remove_vm_dir(d, v->id);
	unlink(sock);
	dpath_console_sock(d, v->id, sock, sizeof(sock));
	unlink(sock);
	rt_release(d, r);
	return true;
}

bool route_migrate_is(const char *method, const char *url)
{
	return migrate_route_is(method, url);
}

enum MHD_Result route_migrate(struct daemon *d, struct MHD_Connection *c, const char *url,
			      const char *method, const struct request *q)
{
	json_t *out = NULL;
	const char *allow = NULL;
	struct error e;
	int st = migrate_handle(d->mig, method, url, q->body, q->len, &out, &allow, &e);
	return api_reply_status(c, st, out, allow, &e);
}

int migrate_start(struct daemon *d, struct error *e)
{
	const struct mig_host mh = {.ctx = d,
				    .inv = d->inv,
				    .lock = &d->lock,
				    .events = d->events,
				    .state_dir = d->o->dirs.state,
				    .run_dir = d->o->dirs.run,
				    .listen = d->o->migrate_listen,
				    .begin = snapops_begin,
				    .end = snapops_end,
				    .forget = migops_forget,
				    .in_create = migops_in_create,
				    .in_spawn = migops_in_spawn,
				    .in_ended = migops_in_ended,
				    .in_settle = migops_in_settle};
	if (!(d->mig = migrate_new(&mh)))
		return err_set(e, ERR_IO, "out of memory");
	return 0;
}
