/* Starting and stopping a managed VM: admission, the command line from
 * its configuration (or its snapshot), the keeper and VM processes, the
 * wait until its API answers; a stop's power button, shutdown action and
 * SIGKILL (docs/daemon.md). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "daemon/admission.h"
#include "daemon/core.h"
#include "daemon/events.h"
#include "daemon/live.h"
#include "daemon/power.h"
#include "daemon/runtime_cache.h"
#include "daemon/spec.h"
#include "util/uhttp.h"

/* The calling thread's CPU time so far (ms): a start runs on one thread,
 * so the difference is the daemon's CPU for it (the log line). */
static double thread_cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
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
	dpath_vm(d, id, "console.log", p, sizeof(p));
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
int vmops_admit(struct daemon *d, const struct inv_vm *v, struct error *e)
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
int vmops_start(struct daemon *d, const char *name, const struct sup_peer *peer, bool inside,
		struct error *ep)
{
	struct inv_vm v;
	struct error e;
	struct vm_spec s;
	/* Where a start's time goes, for the log line (docs/daemon.md,
	 * "Performance"): checks, keeper and VM processes, the wait for the
	 * VM's API, the records. */
	double t_begin = rtc_now(), t_spawn = 0, t_spawned = 0, t_up = 0;
	double cpu_begin = thread_cpu_ms();
	bool used_spare = false;
	pthread_mutex_lock(&d->lock);
	int rc = daemon_lookup(d, name, &v, &e);
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
		else if ((rc = vmops_admit(d, &v, &e)) == 0 && !inside)
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
	dpath_vm_sock(d, v.id, sock, sizeof(sock));
	dpath_console_sock(d, v.id, csock, sizeof(csock));
	dpath_vm(d, v.id, "exit.json", ef, sizeof(ef));
	dpath_vm(d, v.id, "console.log", lf, sizeof(lf));
	dpath_vm(d, v.id, "snapshots", sd, sizeof(sd));
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
		else {
			t_spawn = rtc_now();
			/* The spare keeper when there is one: no exec on the path. */
			pthread_mutex_lock(&d->lock);
			struct spare sp = d->spare;
			d->spare = SPARE_NONE;
			if (sp.pid > 0)
				d->spare_taken = t_spawn;
			pthread_mutex_unlock(&d->lock);
			long group = d->has_group ? (long)d->group : -1;
			rc = sp.pid > 0 ? spare_use(&sp, d->o->exe, args, ef, lf, d->o->log_max,
						    csock, group, &run, &e)
					: 1;
			used_spare = rc != 1;
			if (rc == 1)
				rc = sup_spawn(d->o->exe, args, ef, lf, d->o->log_max, csock, group,
					       &run, &e);
			t_spawned = rtc_now();
		}
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
	 * time up to START_POLL_MAX_US (2 ms): a VM resumed from a snapshot is up in
	 * tens of milliseconds, and a fixed 50 ms pause cost as much again. */
	bool up = false;
	double until = rtc_now() + START_WAIT_MS / 1000.0;
	for (unsigned pause_us = 1000; rc == 0 && rtc_now() < until && !sup_exited(run.keeper_fd);
	     pause_us = pause_us * 2 < START_POLL_MAX_US ? pause_us * 2 : START_POLL_MAX_US) {
		char *body = NULL;
		struct error pe;
		double asked = rtc_now();
		up = uhttp_request(sock, "GET", "/vm", NULL, 1000, &body, &pe) == 200;
		if (up) {
			t_up = rtc_now();
			rtc_put(d->rtc, v.id, run.vm_pid, asked, body); /* shown at once */
		}
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
		rt_finish(d, r, "it did not start");
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
	double t_end = rtc_now();
	fprintf(stderr,
		"rvisor daemon: started VM '%s' (pid %d) in %.1f ms: checks %.1f, keeper and VM "
		"processes %.1f (%s), API up %.1f, recorded %.1f; daemon CPU %.1f ms\n",
		name, (int)run.vm_pid, (t_end - t_begin) * 1e3, (t_spawn - t_begin) * 1e3,
		(t_spawned - t_spawn) * 1e3, used_spare ? "the spare keeper" : "a new keeper",
		(t_up - t_spawned) * 1e3, (t_end - t_up) * 1e3, thread_cpu_ms() - cpu_begin);
	events_emit(d->events, "started", name, json_pack("{s:i}", "pid", (int)run.vm_pid));
	return 0;
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
	return st == 204 && rt_wait_exit(d, r, SHUTDOWN_WAIT_MS);
}

/* stop or kill (SIGKILL now). A stop presses the power button and waits
 * timeout_s for the guest to shut down (unless `force`, or the guest does
 * not take the press), then forces: the shutdown action, then SIGKILL.
 * last_exit.stopped_by says which step ended it. `inside`: the caller
 * already holds the VM busy (a snapshot stopping the VM it works on).
 * 0 once its exit is recorded, or -1 with e set (*not_running when it was not running). */
int vmops_stop(struct daemon *d, const char *name, bool graceful, bool force, unsigned timeout_s,
	       bool inside, bool *not_running, struct error *ep)
{
	struct inv_vm v;
	struct error e;
	*not_running = false;
	pthread_mutex_lock(&d->lock);
	int rc = daemon_lookup(d, name, &v, &e);
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
	dpath_vm_sock(d, r->id, sock, sizeof(sock));
	bool gone = false;
	if (graceful && !force) {
		r->stopped_by = "power-button";
		pthread_mutex_unlock(&d->lock);
		bool taken = power_button_press(sock, &e);
		if (!taken)
			fprintf(stderr, "rvisor daemon: stopping VM '%s': %s: forcing it\n", name,
				e.msg);
		pthread_mutex_lock(&d->lock);
		gone = taken ? rt_wait_exit(d, r, (int)timeout_s * 1000) : !r->watched;
	}
	if (graceful && !gone)
		gone = shutdown_action(d, r, sock);
	if (!gone) {
		r->stopped_by = "sigkill";
		sup_signal_vm(&r->run, SIGKILL);
		gone = rt_wait_exit(d, r, KILL_WAIT_MS);
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
