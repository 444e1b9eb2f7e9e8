/* Starting VMs detached under a keeper, the keeper, pidfds and process
 * identity (see supervisor.h). */
#include "daemon/supervisor.h"

#include "daemon/console_relay.h"
#include "daemon/spec.h"
#include "util/file.h"
#include "vmm/cgroup.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

static int pidfd_open_(pid_t pid)
{
	return (int)syscall(SYS_pidfd_open, pid, 0);
}

int64_t proc_start_time(pid_t pid)
{
	char path[64], buf[1024];
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	if (file_read_text(path, buf, sizeof(buf)) <= 0)
		return 0;
	/* The command name may hold spaces and ')': fields resume after the
	 * last ')'. Field 3 (state) is the first after it; 22 is starttime. */
	char *p = strrchr(buf, ')');
	if (!p)
		return 0;
	p++;
	for (int field = 2; field < 21 && p; field++)
		p = strchr(p + 1, ' ');
	return p ? strtoll(p + 1, NULL, 10) : 0;
}

int sup_exited(int pidfd);

/* A pidfd for pid if it is still the live process that started at `start`. */
static int open_checked(pid_t pid, int64_t start)
{
	if (pid <= 0)
		return -1;
	int fd = pidfd_open_(pid);
	if (fd < 0)
		return -1;
	/* Checked after opening: the pidfd pins this process, so a match
	 * now means it is the one recorded. */
	if (proc_start_time(pid) != start || sup_exited(fd)) {
		/* another process, or a zombie nobody reaped (an init that does
		 * not wait): gone either way */
		close(fd);
		return -1;
	}
	return fd;
}

void sup_reopen(struct sup_run *r)
{
	r->keeper_fd = open_checked(r->keeper_pid, r->keeper_start);
	r->vm_fd = open_checked(r->vm_pid, r->vm_start);
}

void sup_close(struct sup_run *r)
{
	if (r->keeper_fd >= 0)
		close(r->keeper_fd);
	if (r->vm_fd >= 0)
		close(r->vm_fd);
	r->keeper_fd = r->vm_fd = -1;
}

int sup_exited(int pidfd)
{
	struct pollfd p = {.fd = pidfd, .events = POLLIN};
	return pidfd < 0 || (poll(&p, 1, 0) == 1 && (p.revents & (POLLIN | POLLHUP)));
}

void sup_reap(struct sup_run *r)
{
	if (r->keeper_pid > 0) {
		/* ECHILD for an adopted keeper: its parent is init now. */
		while (waitpid(r->keeper_pid, NULL, WNOHANG) < 0 && errno == EINTR)
			;
	}
}

int sup_signal_vm(struct sup_run *r, int sig)
{
	if (r->vm_fd < 0)
		return errno = ESRCH, -1;
	return (int)syscall(SYS_pidfd_send_signal, r->vm_fd, sig, NULL, 0);
}

void sup_kill_children(pid_t pid)
{
	char p[96], kids[512];
	snprintf(p, sizeof(p), "/proc/%d/task/%d/children", (int)pid, (int)pid);
	int fd = open(p, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	ssize_t k = read(fd, kids, sizeof(kids) - 1);
	close(fd);
	kids[k > 0 ? k : 0] = 0;
	char *save = NULL;
	for (char *t = strtok_r(kids, " \n", &save); t; t = strtok_r(NULL, " \n", &save))
		kill((pid_t)atoi(t), SIGKILL);
}

pid_t sup_fork_exec(const char *exe, char *const argv[], int fd0, int fd12, int fd3)
{
	pid_t pid = fork();
	if (pid != 0)
		return pid;
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	/* Move fd3 out of 0..3's way before placing it at 3. */
	int w = fd3 < 4 ? fcntl(fd3, F_DUPFD_CLOEXEC, 4) : fd3;
	if (w < 0 || dup2(fd0, 0) < 0 || dup2(fd12, 1) < 0 || dup2(fd12, 2) < 0 || dup2(w, 3) < 0)
		_exit(127);
	syscall(SYS_close_range, 4, ~0U, 0);
	execv(exe, argv);
	_exit(127);
}

int sup_spawn(const char *exe, char *const run_args[], const char *exit_file, const char *log_file,
	      unsigned long long log_max, const char *console_sock, long console_group,
	      struct sup_run *r, struct error *e)
{
	memset(r, 0, sizeof(*r));
	r->keeper_fd = r->vm_fd = -1;
	size_t n = 0;
	while (run_args[n])
		n++;
	char **argv = calloc(n + 8, sizeof(*argv));
	char max[24], group[24];
	if (!argv)
		return err_set(e, ERR_IO, "out of memory");
	snprintf(max, sizeof(max), "%llu", log_max);
	snprintf(group, sizeof(group), "%ld", console_group);
	argv[0] = "rvisor";
	argv[1] = "__keeper";
	argv[2] = (char *)exit_file;
	argv[3] = (char *)log_file;
	argv[4] = max;
	argv[5] = console_sock ? (char *)console_sock : "-";
	argv[6] = console_group >= 0 ? group : "-";
	memcpy(argv + 7, run_args, n * sizeof(*argv));
	int p[2];
	int logfd = open(log_file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	int nullfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (logfd < 0 || nullfd < 0 || pipe2(p, O_CLOEXEC) < 0) {
		int en = errno;
		if (logfd >= 0)
			close(logfd);
		if (nullfd >= 0)
			close(nullfd);
		free(argv);
		return err_errno(e, en, "%s", logfd < 0 ? log_file : "starting the VM");
	}
	unlink(exit_file); /* a file left by the previous run is not this run's */
	pid_t pid = sup_fork_exec(exe, argv, nullfd, logfd, p[1]);
	int en = errno;
	free(argv);
	close(p[1]);
	close(logfd);
	close(nullfd);
	if (pid < 0) {
		close(p[0]);
		return err_errno(e, en, "starting the VM: fork");
	}
	r->keeper_pid = pid;
	r->keeper_fd = pidfd_open_(pid); /* our unreaped child: cannot be recycled */
	r->keeper_start = proc_start_time(pid);
	int rc = sup_await_vm(p[0], r, exe, log_file, e);
	close(p[0]);
	return rc;
}

int sup_await_vm(int fd, struct sup_run *r, const char *exe, const char *log_file, struct error *e)
{
	/* The keeper reports "VMPID VMSTART\n" once the VM is forked. */
	char buf[64];
	size_t got = 0;
	struct pollfd pf = {.fd = fd, .events = POLLIN};
	while (got < sizeof(buf) - 1 && !memchr(buf, '\n', got) && poll(&pf, 1, 10000) > 0) {
		ssize_t k = read(fd, buf + got, sizeof(buf) - 1 - got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		got += (size_t)k;
	}
	buf[got] = 0;
	long long vpid = 0, vstart = 0;
	if (sscanf(buf, "%lld %lld", &vpid, &vstart) != 2 || vpid <= 0) {
		kill(r->keeper_pid, SIGKILL);
		waitpid(r->keeper_pid, NULL, 0);
		if (r->keeper_fd >= 0)
			close(r->keeper_fd);
		r->keeper_fd = -1;
		return err_set(e, ERR_IO,
			       "starting the VM: its keeper process (%s) failed (see %s)", exe,
			       log_file);
	}
	r->vm_pid = (pid_t)vpid;
	r->vm_start = vstart;
	r->vm_fd = open_checked(r->vm_pid, r->vm_start);
	return 0;
}

/* The path part of a `--disk`/`--share` spec ("a,,b" is "a,b") into out,
 * and whether its options say read-only. */
static void spec_path(const char *spec, char *out, size_t n, bool *readonly)
{
	size_t w = 0;
	const char *r = spec;
	for (; *r && !(r[0] == ',' && r[1] != ','); r++) {
		if (r[0] == ',')
			r++;
		if (w + 1 < n)
			out[w++] = *r;
	}
	out[w] = 0;
	*readonly = false;
	for (const char *o = *r ? r + 1 : NULL; o && *o;) {
		size_t len = strcspn(o, ",");
		if ((len == 8 && strncmp(o, "readonly", 8) == 0) ||
		    (len > 9 && strncmp(o, "readonly=", 9) == 0 &&
		     (strncmp(o + 9, "on", len - 9) == 0 || strncmp(o + 9, "true", len - 9) == 0 ||
		      strncmp(o + 9, "yes", len - 9) == 0 || strncmp(o + 9, "1", len - 9) == 0)))
			*readonly = true;
		o += len + (o[len] == ',');
	}
}

/* Check, as the peer (a forked child taking its identity), that each
 * path allows its access mode; the first refusal names what and why. */
static int check_paths(const struct sup_peer *p, int n, char (*path)[SPEC_STR_MAX + 1],
		       const int *mode, const char *const *what, struct error *e)
{
	enum { MAXC = 3 + SPEC_MAX_DISKS + SPEC_MAX_DEVICES };
	if (n == 0)
		return 0;
	int pp[2];
	if (pipe2(pp, O_CLOEXEC) < 0)
		return err_errno(e, errno, "checking file access");
	pid_t pid = fork();
	if (pid == 0) {
		int bad = -1, en = 0;
		if (setgroups((size_t)p->ngroups, p->groups) < 0 || setgid(p->gid) < 0 ||
		    setuid(p->uid) < 0) {
			bad = MAXC, en = errno;
		} else {
			for (int k = 0; k < n && bad < 0; k++)
				if (access(path[k], mode[k]) < 0)
					bad = k, en = errno;
		}
		int msg[2] = {bad, en};
		if (write(pp[1], msg, sizeof(msg)) < 0)
			_exit(2);
		_exit(0);
	}
	close(pp[1]);
	int msg[2] = {MAXC, EIO};
	if (pid < 0 || read(pp[0], msg, sizeof(msg)) != (ssize_t)sizeof(msg))
		msg[0] = MAXC, msg[1] = pid < 0 ? errno : EIO;
	close(pp[0]);
	if (pid > 0)
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
	if (msg[0] < 0)
		return 0;
	if (msg[0] >= n)
		return err_set(e, ERR_IO, "checking file access as uid %u: %s", (unsigned)p->uid,
			       strerror(msg[1]));
	int k = msg[0];
	return err_set(e, ERR_INVALID, "%s %s: uid %u may not %s it: %s", what[k], path[k],
		       (unsigned)p->uid,
		       (mode[k] & W_OK) ? (mode[k] & X_OK ? "write in" : "read and write")
					: (mode[k] & X_OK ? "enter" : "read"),
		       strerror(msg[1]));
}

int sup_check_path(const struct sup_peer *p, const char *path, int mode, const char *what,
		   struct error *e)
{
	char one[1][SPEC_STR_MAX + 1];
	snprintf(one[0], sizeof(one[0]), "%s", path);
	const char *w[1] = {what};
	return check_paths(p, 1, one, &mode, w, e);
}

int sup_check_access(const struct sup_peer *p, const struct vm_spec *s, struct error *e)
{
	/* What to check, gathered before the fork (the daemon is threaded:
	 * the child only makes system calls). */
	enum { MAXC = 3 + SPEC_MAX_DISKS + SPEC_MAX_DEVICES };
	char path[MAXC][SPEC_STR_MAX + 1];
	int mode[MAXC];
	const char *what[MAXC];
	int n = 0;
	const char *boot[] = {s->kernel, s->initrd, s->firmware};
	const char *bootname[] = {"kernel", "initrd", "firmware"};
	for (int k = 0; k < 3; k++)
		if (boot[k]) {
			snprintf(path[n], sizeof(path[n]), "%s", boot[k]);
			mode[n] = R_OK, what[n++] = bootname[k];
		}
	for (unsigned k = 0; k < s->ndisks; k++) {
		bool ro;
		if (strncmp(s->disks[k], "vol:", 4) == 0)
			continue; /* the daemon's pool (daemon/volumes.c), not a host file */
		spec_path(s->disks[k], path[n], sizeof(path[n]), &ro);
		mode[n] = ro ? R_OK : R_OK | W_OK, what[n++] = "disk";
	}
	for (unsigned k = 0; k < s->ndevices; k++) {
		const char *d = s->devices[k];
		bool ro;
		if (strncmp(d, "net,", 4) == 0 && strncmp(d + 4, "tap", 3) == 0 &&
		    (d[7] == 0 || d[7] == ','))
			return err_set(e, ERR_INVALID,
				       "device '%s': a tap NIC needs root (uid %u may not attach "
				       "one through the daemon)",
				       d, (unsigned)p->uid);
		if (strncmp(d, "share,", 6) == 0) {
			spec_path(d + 6, path[n], sizeof(path[n]), &ro);
			mode[n] = ro ? R_OK | X_OK : R_OK | W_OK | X_OK, what[n++] = "share";
		} else if (strncmp(d, "vsock,", 6) == 0) {
			const char *sk = strstr(d, "socket=");
			if (sk) {
				size_t len = strcspn(sk + 7, ",");
				snprintf(path[n], sizeof(path[n]), "%.*s", (int)len, sk + 7);
				char *slash = strrchr(path[n], '/');
				if (slash && slash != path[n])
					*slash = 0;
				else if (slash)
					slash[1] = 0;
				mode[n] = W_OK | X_OK, what[n++] = "vsock socket directory";
			}
		}
	}
	return check_paths(p, n, path, mode, what, e);
}

static void iso_now(char *out, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

char *sup_exit_record(const char *exit_file, const char *requested, const char *stopped_by,
		      const char *why)
{
	json_t *o = json_load_file(exit_file, 0, NULL);
	if (!json_is_object(o)) {
		json_decref(o);
		char at[32];
		iso_now(at, sizeof(at));
		o = json_pack("{s:s, s:n, s:n, s:s, s:s}", "reason", "lost", "status", "signal",
			      "at", at, "detail", why ? why : "no exit record");
	}
	json_object_set_new(o, "requested", requested ? json_string(requested) : json_null());
	if (stopped_by)
		json_object_set_new(o, "stopped_by", json_string(stopped_by));
	char *t = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	return t;
}

/* Write the VM's exit to path atomically (write a temporary, fsync,
 * rename): a reader sees all of it or nothing. */
static void write_exit(const char *path, int wstatus, const struct cgroup_outcome *cg)
{
	char at[32], tmp[4200];
	iso_now(at, sizeof(at));
	json_t *o;
	if (cg->oom_kills && WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL) {
		char detail[200];
		snprintf(detail, sizeof(detail),
			 "the kernel's OOM killer ended the VM process: it reached its memory "
			 "limit of %llu MiB (memory_limit)",
			 (unsigned long long)(cg->memory_max >> 20));
		o = json_pack("{s:s, s:n, s:i, s:s, s:s}", "reason", "oom_killed", "status",
			      "signal", SIGKILL, "at", at, "detail", detail);
	} else if (WIFEXITED(wstatus))
		o = json_pack("{s:s, s:i, s:n, s:s}", "reason", "exited", "status",
			      WEXITSTATUS(wstatus), "signal", "at", at);
	else
		o = json_pack("{s:s, s:n, s:i, s:s}", "reason", "signaled", "status", "signal",
			      WTERMSIG(wstatus), "at", at);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	char *text = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || !text || write(fd, text, strlen(text)) != (ssize_t)strlen(text) ||
	    fsync(fd) < 0 || rename(tmp, path) < 0)
		fprintf(stderr, "rvisor keeper: %s: cannot record the VM's exit: %s\n", path,
			strerror(errno));
	if (fd >= 0)
		close(fd);
	free(text);
}

/* The VM's command line in place of its keeper's, in the process's own
 * argument area (what ps and /proc/PID/cmdline show, and what re-adoption
 * reads: a VM must not look like a keeper): argv[first..] moved to where
 * argv[0] ("__keeper", after the binary's name) was, the rest of the area
 * zeroed, so the process shows as `rvisor run ...`. Returns the moved
 * strings as an argv, or NULL (nothing changed) when they are not one
 * contiguous area. */
static char **vm_cmdline(int argc, char **argv, int first)
{
	for (int k = 1; k < argc; k++)
		if (argv[k] != argv[k - 1] + strlen(argv[k - 1]) + 1)
			return NULL;
	char **out = calloc((size_t)(argc - first + 1), sizeof(*out));
	if (!out)
		return NULL;
	char *end = argv[argc - 1] + strlen(argv[argc - 1]) + 1, *w = argv[0];
	/* Left to right, each string moves left: none is overwritten
	 * before it is moved. */
	for (int k = first; k < argc; k++) {
		size_t len = strlen(argv[k]) + 1;
		memmove(w, argv[k], len);
		out[k - first] = w;
		w += len;
	}
	memset(w, 0, (size_t)(end - w));
	return out;
}

void sup_set_cmdline(char *area, size_t len, int argc, char *const *argv)
{
	size_t w = 0;
	for (int k = 0; k < argc && w + 1 < len; k++) {
		size_t n = strlen(argv[k]) + 1;
		if (n > len - 1 - w)
			n = len - 1 - w; /* cut short: what shows is what fits */
		memcpy(area + w, argv[k], n);
		w += n;
	}
	/* The rest zeroed, the last byte too: the kernel shows the area up
	 * to there, not the environment after it. */
	memset(area + w, 0, len - w);
}

/* The keeper's work (keeper_main), its arguments in argv; area (len
 * bytes) is the process's own argument area when argv is not in it (a
 * spare keeper's, daemon/spare.h: the command line of the keeper and of
 * its VM are written there), NULL when it is. */
static int keeper_body(int argc, char **argv, char *area, size_t area_len,
		       int (*run_vm)(int argc, char **argv))
{
	char *end = NULL, *gend = NULL;
	unsigned long long log_max = argc >= 4 ? strtoull(argv[3], &end, 10) : 0;
	struct relay_access access = {0};
	if (argc >= 6 && strcmp(argv[5], "-") != 0) {
		access.group = (gid_t)strtoul(argv[5], &gend, 10);
		access.has_group = true;
	}
	if (argc < 7 || strcmp(argv[6], "run") != 0 || !end || *end || log_max < 4096 ||
	    (gend && *gend)) {
		fprintf(stderr, "rvisor __keeper: internal command of the daemon\n");
		return 2;
	}
	const char *exit_file = argv[1], *log_file = argv[2];
	const char *console_sock = strcmp(argv[4], "-") != 0 ? argv[4] : NULL;
	if (area) /* shown as a keeper of its VM, as an exec'd one is */
		sup_set_cmdline(area, area_len, argc, argv);
	/* A session of its own: signals for the daemon's terminal or process
	 * group never reach the VM. */
	setsid();
	struct sigaction ign = {.sa_handler = SIG_IGN};
	sigaction(SIGINT, &ign, NULL);
	sigaction(SIGHUP, &ign, NULL);
	sigaction(SIGTERM, &ign, NULL);
	/* A viewer or the VM's input gone must not end the keeper: writes
	 * fail with EPIPE instead. */
	sigaction(SIGPIPE, &ign, NULL);
	int out[2], in[2];
	if (pipe2(out, O_CLOEXEC) < 0 || pipe2(in, O_CLOEXEC) < 0) {
		fprintf(stderr, "rvisor __keeper: pipe: %s\n", strerror(errno));
		return 1;
	}
	/* The console socket exists before the VM does: once the daemon
	 * sees the VM's API, viewers can attach. Without it the VM runs all
	 * the same (logged, not attachable). */
	struct error e;
	int lfd = console_sock ? relay_listen(console_sock, &access, &e) : -1;
	if (console_sock && lfd < 0)
		fprintf(stderr, "rvisor __keeper: %s (the console cannot be attached)\n", e.msg);
	pid_t vm = fork();
	if (vm == 0) {
		struct sigaction dfl = {.sa_handler = SIG_DFL};
		sigaction(SIGINT, &dfl, NULL);
		sigaction(SIGHUP, &dfl, NULL);
		sigaction(SIGTERM, &dfl, NULL);
		/* SIGPIPE stays ignored in a fork: rvisor ignores it in every
		 * command (cli/main.c); an exec's main ignores it again. */
		if (!run_vm)
			sigaction(SIGPIPE, &dfl, NULL);
		close(3);
		dup2(in[0], 0);
		dup2(out[1], 1);
		dup2(out[1], 2);
		/* This keeper removes the VM's cgroups and reads its OOM kills. */
		setenv("RVISOR_CGROUP_REAPER", "keeper", 1);
		/* The keeper is a fresh, single-threaded exec of rvisor: the VM
		 * runs in this fork of it rather than in one more exec, whose
		 * dynamic loading (some 20 libraries) was the largest part of a
		 * start from a snapshot (docs/daemon.md, "Performance"). What an
		 * exec would have closed is closed. */
		char **vm_argv = NULL;
		if (area && run_vm) {
			sup_set_cmdline(area, area_len, argc - 6, argv + 6);
			vm_argv = argv + 6;
		} else if (run_vm) {
			vm_argv = vm_cmdline(argc, argv, 6);
		}
		if (vm_argv) {
			syscall(SYS_close_range, 3, ~0U, 0);
			fflush(NULL);
			exit(run_vm(argc - 6, vm_argv));
		}
		argv[5] = "rvisor";
		execv("/proc/self/exe", argv + 5);
		fprintf(stderr, "rvisor __keeper: cannot run the VM: %s\n", strerror(errno));
		_exit(127);
	}
	close(out[1]);
	close(in[0]);
	if (vm < 0) {
		fprintf(stderr, "rvisor __keeper: fork: %s\n", strerror(errno));
		return 1;
	}
	char msg[64];
	int n = snprintf(msg, sizeof(msg), "%d %lld\n", (int)vm, (long long)proc_start_time(vm));
	if (write(3, msg, (size_t)n) != n) {
		/* The daemon is gone before learning the VM: it must not run
		 * unknown to the inventory. */
		kill(vm, SIGKILL);
	}
	close(3);
	relay_run(out[0], in[1], lfd, console_sock, &access, log_file, log_max);
	close(out[0]);
	int st;
	while (waitpid(vm, &st, 0) < 0)
		if (errno != EINTR)
			return 1;
	/* The VM's cgroups (vmm/cgroup.h), made when it had limits: what the
	 * OOM killer did there, then their removal. */
	struct cgroup_outcome cg;
	struct error ce = {0};
	const char *parent = getenv("RVISOR_CGROUP_PARENT");
	if (cgroup_vm_reap(parent && *parent ? parent : CGROUP_PARENT_DEFAULT, vm, &cg, &ce) < 0)
		fprintf(stderr, "rvisor keeper: %s\n", ce.msg);
	write_exit(exit_file, st, &cg);
	return 0;
}

int keeper_main(int argc, char **argv, int (*run_vm)(int argc, char **argv))
{
	return keeper_body(argc, argv, NULL, 0, run_vm);
}

int keeper_take(int argc, char **argv, char *area, size_t area_len,
		int (*run_vm)(int argc, char **argv))
{
	return keeper_body(argc, argv, area, area_len, run_vm);
}

pid_t sup_guest_process(pid_t pid)
{
	char path[64], ns[64], kids[64];
	snprintf(path, sizeof(path), "/proc/%d/ns/pid", (int)pid);
	ssize_t n = readlink(path, ns, sizeof(ns) - 1);
	snprintf(path, sizeof(path), "/proc/%d/ns/pid_for_children", (int)pid);
	ssize_t k = readlink(path, kids, sizeof(kids) - 1);
	if (n <= 0 || k <= 0 || (n == k && memcmp(ns, kids, (size_t)n) == 0))
		return pid;
	/* The relay's children, from the kernel's list: the statistics
	 * collector asks for every VM each second, and a scan of all of /proc
	 * per VM was most of the daemon's CPU time (and of its API's tail
	 * latency) on a busy host. The scan stays for kernels without the
	 * list (CONFIG_PROC_CHILDREN). */
	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", (int)pid, (int)pid);
	int cfd = open(path, O_RDONLY | O_CLOEXEC);
	if (cfd >= 0) {
		char list[256];
		ssize_t got = read(cfd, list, sizeof(list) - 1);
		close(cfd);
		list[got > 0 ? got : 0] = 0;
		char *save = NULL;
		for (char *t = strtok_r(list, " \n", &save); t; t = strtok_r(NULL, " \n", &save)) {
			char other[64];
			snprintf(path, sizeof(path), "/proc/%.20s/ns/pid", t);
			ssize_t m = readlink(path, other, sizeof(other) - 1);
			if (m > 0 && (m != n || memcmp(other, ns, (size_t)n) != 0))
				return (pid_t)atoi(t);
		}
		return pid;
	}
	DIR *d = opendir("/proc");
	if (!d)
		return pid;
	pid_t found = pid;
	struct dirent *de;
	while (found == pid && (de = readdir(d))) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		char buf[512], other[64];
		snprintf(path, sizeof(path), "/proc/%.20s/stat", de->d_name);
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		ssize_t got = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (got <= 0)
			continue;
		buf[got] = 0;
		char *p = strrchr(buf, ')');
		int ppid;
		if (!p || sscanf(p + 2, "%*c %d", &ppid) != 1 || ppid != (int)pid)
			continue;
		snprintf(path, sizeof(path), "/proc/%.20s/ns/pid", de->d_name);
		ssize_t m = readlink(path, other, sizeof(other) - 1);
		if (m > 0 && (m != n || memcmp(other, ns, (size_t)n) != 0))
			found = (pid_t)atoi(de->d_name);
	}
	closedir(d);
	return found;
}
