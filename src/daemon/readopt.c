/* Re-adoption when the daemon starts: the runs the inventory records are
 * watched again or recorded as ended, and nothing it does not know is
 * left (keepers, VM directories, sockets; docs/daemon.md). */
#include <dirent.h>
#include <stdbool.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon/core.h"
#include "daemon/runtime_cache.h"
#include "daemon/snapshots.h"
#include "util/uhttp.h"

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
		/* argv: rvisor \0 __keeper \0 STATE/vms/ID/exit.json \0 ...,
		 * or a spare keeper's: rvisor \0 __spare \0 STATE/vms/ \0 ... */
		char *a1 = memchr(cmd, 0, (size_t)n);
		bool spare = a1 && strcmp(a1 + 1, "__spare") == 0;
		if (!a1 || (!spare && strcmp(a1 + 1, "__keeper") != 0))
			continue;
		char *a2 = a1 + 1 + strlen(a1 + 1) + 1;
		if (a2 >= cmd + n || strncmp(a2, prefix, strlen(prefix)) != 0)
			continue;
		if (spare) {
			/* A previous daemon's spare that did not end with it
			 * (stopped, or not yet scheduled): it holds no VM. */
			if (strcmp(a2, prefix) == 0) {
				fprintf(stderr,
					"rvisor daemon: ending a previous daemon's spare "
					"keeper %d\n",
					(int)pid);
				kill(pid, SIGKILL);
			}
			continue;
		}
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
			dpath_remove_vm_dir(d, id);
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
			dpath_console_sock(d, id, p, sizeof(p));
		else
			dpath_vm_sock(d, id, p, sizeof(p));
		unlink(p);
	}
	closedir(dir);
}

/* Re-adopt the runs the inventory records (docs/daemon.md). */
int readopt_runs(struct daemon *d, struct error *e)
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
			dpath_vm_sock(d, v->id, sock, sizeof(sock));
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
		rt_finish(d, r, why);
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
