/* The daemon's runtime list (a VM with a run in progress or an operation
 * under way) and the watcher thread that records each run's exit as its
 * keeper ends (docs/daemon.md, "Processes"). */
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "daemon/core.h"
#include "daemon/events.h"
#include "daemon/runtime_cache.h"

/* --- runtime list (lock held) --- */

struct vmrt *rt_find(struct daemon *d, int64_t id, bool create)
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
void rt_release(struct daemon *d, struct vmrt *r)
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

/* An event about the VM of row id (lock held): its name from the
 * inventory. */
void rt_emit(struct daemon *d, const char *type, int64_t id, json_t *detail)
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
void rt_finish(struct daemon *d, struct vmrt *r, const char *why)
{
	char ef[1200], sock[200];
	dpath_vm(d, r->id, "exit.json", ef, sizeof(ef));
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
	rt_emit(d, "stopped", r->id, json_pack("{s:o}", "exit", api_json_or_null(rec)));
	free(rec);
	rtc_drop(d->rtc, r->id);
	dpath_vm_sock(d, r->id, sock, sizeof(sock));
	unlink(sock);
	dpath_console_sock(d, r->id, sock, sizeof(sock)); /* a keeper killed with -9 */
	unlink(sock);
	sup_close(&r->run);
	r->watched = false;
	r->requested = r->stopped_by = NULL;
	pthread_cond_broadcast(&d->exited);
}

/* Wait (lock held) until r's run has ended and been recorded. */
bool rt_wait_exit(struct daemon *d, struct vmrt *r, int ms)
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

/* The spare keeper's upkeep (the watcher's, lock held): one that died is
 * reaped, and a new one made when there is none (a used one some time
 * after its start: SPARE_REPLACE_DELAY_MS). */
static void keep_spare(struct daemon *d)
{
	if (d->spare.pid > 0 && !spare_alive(&d->spare)) {
		fprintf(stderr, "rvisor daemon: spare keeper %d ended: replacing it\n",
			(int)d->spare.pid);
		spare_discard(&d->spare);
	}
	if (d->spare.pid > 0 || atomic_load(&d->stopping) ||
	    rtc_now() < d->spare_taken + SPARE_REPLACE_DELAY_MS / 1000.0)
		return;
	/* Made outside the lock (a fork and an exec); only this thread
	 * makes spares, so none is made twice. */
	struct spare s;
	struct error e;
	pthread_mutex_unlock(&d->lock);
	int rc = spare_spawn(d->o->exe, d->o->dirs.state, &s, &e);
	pthread_mutex_lock(&d->lock);
	if (rc < 0)
		fprintf(stderr, "rvisor daemon: %s (starts exec a keeper instead)\n", e.msg);
	else
		d->spare = s;
}

/* The watcher: records the exit of every watched run as its keeper ends,
 * and keeps the spare keeper. */
void *rt_watcher(void *arg)
{
	struct daemon *d = arg;
	while (!atomic_load(&d->stopping)) {
		struct pollfd fds[257];
		unsigned n = 0;
		pthread_mutex_lock(&d->lock);
		keep_spare(d);
		if (d->spare.pidfd >= 0) /* a spare that dies is replaced at once */
			fds[n++] = (struct pollfd){.fd = d->spare.pidfd, .events = POLLIN};
		for (struct vmrt *r = d->rt; r && n < 257; r = r->next)
			if (r->watched && r->run.keeper_fd >= 0)
				fds[n++] =
				    (struct pollfd){.fd = r->run.keeper_fd, .events = POLLIN};
		/* Sooner while a used spare waits for its replacement. */
		int wait_ms = d->spare.pid > 0 ? 200 : SPARE_REPLACE_DELAY_MS;
		pthread_mutex_unlock(&d->lock);
		poll(fds, n, wait_ms);
		pthread_mutex_lock(&d->lock);
		for (struct vmrt *r = d->rt, *next; r; r = next) {
			next = r->next;
			if (r->watched && sup_exited(r->run.keeper_fd)) {
				rt_finish(d, r, "its keeper ended without an exit record");
				rt_release(d, r);
			}
		}
		pthread_mutex_unlock(&d->lock);
	}
	return NULL;
}
