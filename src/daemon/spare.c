/* The spare keeper (see spare.h): started ahead by the daemon, handed a
 * VM's keeper arguments over a socket. */
#include "daemon/spare.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int spare_spawn(const char *exe, const char *state_dir, struct spare *s, struct error *e)
{
	*s = SPARE_NONE;
	char vms[1100];
	snprintf(vms, sizeof(vms), "%s/vms/", state_dir);
	/* Empty arguments make the room the keeper's command line takes
	 * later (sup_set_cmdline); the state directory names the daemon
	 * whose spare it is (a restarted daemon ends a stale one). */
	char **argv = calloc(SPARE_ARG_ROOM + 4, sizeof(*argv));
	if (!argv)
		return err_set(e, ERR_IO, "out of memory");
	argv[0] = "rvisor";
	argv[1] = "__spare";
	argv[2] = vms;
	for (int k = 0; k < SPARE_ARG_ROOM; k++)
		argv[3 + k] = "";
	/* A socket of messages: one start message, one report. Its ends
	 * close on exec: the spare's is placed at 3 in the child. */
	int sv[2];
	int nullfd = open("/dev/null", O_RDWR | O_CLOEXEC);
	if (nullfd < 0 || socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
		int en = errno;
		if (nullfd >= 0)
			close(nullfd);
		free(argv);
		return err_errno(e, en, "starting a spare keeper");
	}
	/* Nothing of the daemon's but its socket: /dev/null for 0..2 until a
	 * VM's log replaces 1 and 2. */
	pid_t pid = sup_fork_exec(exe, argv, nullfd, nullfd, sv[1]);
	int en = errno;
	free(argv);
	close(sv[1]);
	close(nullfd);
	if (pid < 0) {
		close(sv[0]);
		return err_errno(e, en, "starting a spare keeper: fork");
	}
	s->pid = pid;
	s->pidfd = (int)syscall(SYS_pidfd_open, pid, 0); /* our child: not recycled */
	s->start = proc_start_time(pid);
	s->sock = sv[0];
	return 0;
}

bool spare_alive(const struct spare *s)
{
	return s->pid > 0 && s->pidfd >= 0 && !sup_exited(s->pidfd);
}

void spare_discard(struct spare *s)
{
	if (s->pid > 0) {
		/* Idle, holding nothing: ended at once, not asked. */
		kill(s->pid, SIGKILL);
		while (waitpid(s->pid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	if (s->sock >= 0)
		close(s->sock);
	if (s->pidfd >= 0)
		close(s->pidfd);
	*s = SPARE_NONE;
}

/* The keeper's arguments after `__keeper`, NUL separated, into buf;
 * their length, or 0 when they do not fit in n bytes. */
static size_t start_message(char *buf, size_t n, char *const run_args[], const char *exit_file,
			    const char *log_file, unsigned long long log_max,
			    const char *console_sock, long console_group)
{
	char max[24], group[24];
	snprintf(max, sizeof(max), "%llu", log_max);
	snprintf(group, sizeof(group), "%ld", console_group);
	const char *head[] = {exit_file, log_file, max, console_sock ? console_sock : "-",
			      console_group >= 0 ? group : "-"};
	size_t w = 0;
	for (size_t k = 0; k < 5 || run_args[k - 5]; k++) {
		const char *a = k < 5 ? head[k] : run_args[k - 5];
		size_t len = strlen(a) + 1;
		if (len > n - w)
			return 0;
		memcpy(buf + w, a, len);
		w += len;
	}
	return w;
}

int spare_use(struct spare *s, const char *exe, char *const run_args[], const char *exit_file,
	      const char *log_file, unsigned long long log_max, const char *console_sock,
	      long console_group, struct sup_run *r, struct error *e)
{
	memset(r, 0, sizeof(*r));
	r->keeper_fd = r->vm_fd = -1;
	char *msg = malloc(SPARE_MSG_MAX);
	size_t len = msg ? start_message(msg, SPARE_MSG_MAX, run_args, exit_file, log_file, log_max,
					 console_sock, console_group)
			 : 0;
	unlink(exit_file); /* a file left by the previous run is not this run's */
	/* Sent whole or not at all (a socket of messages): when it fails the
	 * spare took nothing, and a keeper is started instead. */
	if (len == 0 || !spare_alive(s) || send(s->sock, msg, len, MSG_NOSIGNAL) != (ssize_t)len) {
		free(msg);
		spare_discard(s);
		return 1;
	}
	free(msg);
	r->keeper_pid = s->pid;
	r->keeper_start = s->start;
	r->keeper_fd = s->pidfd;
	int sock = s->sock;
	*s = SPARE_NONE; /* the run's now */
	int rc = sup_await_vm(sock, r, exe, log_file, e);
	close(sock);
	return rc;
}

int spare_main(int argc, char **argv, int (*run_vm)(int argc, char **argv))
{
	/* The argument area: argv[0] to the end of the last argument, one
	 * contiguous block as exec lays it out. */
	for (int k = 1; k < argc; k++)
		if (argv[k] != argv[k - 1] + strlen(argv[k - 1]) + 1)
			argc = 0;
	if (argc < 2) {
		fprintf(stderr, "rvisor __spare: internal command of the daemon\n");
		return 2;
	}
	char *area = argv[0];
	size_t area_len = (size_t)(argv[argc - 1] + strlen(argv[argc - 1]) + 1 - area);
	char *msg = malloc(SPARE_MSG_MAX + 1);
	if (!msg)
		return 1;
	ssize_t n;
	do
		n = recv(3, msg, SPARE_MSG_MAX + 1, MSG_TRUNC);
	while (n < 0 && errno == EINTR);
	if (n < 0) { /* no daemon's socket on fd 3: not started by a daemon */
		fprintf(stderr, "rvisor __spare: internal command of the daemon\n");
		return 2;
	}
	/* End of file: the daemon stopped, or was killed, before using this
	 * spare: nothing to keep. */
	if (n == 0)
		return 0;
	if ((size_t)n > SPARE_MSG_MAX || msg[n - 1] != 0)
		return 2;
	int kargc = 1;
	for (ssize_t k = 0; k < n; k++)
		kargc += msg[k] == 0;
	char **kargv = calloc((size_t)kargc + 1, sizeof(*kargv));
	if (!kargv)
		return 1;
	kargv[0] = "__keeper";
	int k = 1;
	for (char *p = msg; p < msg + n; p += strlen(p) + 1)
		kargv[k++] = p;
	/* The VM's log on 1 and 2, as the daemon gives an exec'd keeper. */
	int logfd = kargc > 2 ? open(kargv[2], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600) : -1;
	if (logfd < 0 || dup2(logfd, 1) < 0 || dup2(logfd, 2) < 0)
		return 1; /* no report: the daemon names the log */
	close(logfd);
	return keeper_take(kargc, kargv, area, area_len, run_vm);
}
