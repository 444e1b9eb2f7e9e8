/* `rvisor vm console` and `rvisor vm logs --follow` (see vm_console.h):
 * connect to the keeper's console socket, speak its hello, then copy
 * bytes between it and the terminal until Ctrl-], the end of input or
 * the VM's end. */
#include "cli/vm_console.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

#include "daemon/console_relay.h"

#define HELLO_WAIT_MS 10000

/* The terminal's settings while it is raw. Process-wide on purpose: the
 * atexit handler that restores them cannot be handed a context, and one
 * process attaches one terminal. */
static struct termios saved_tio;
static int raw_fd = -1;

static void restore_terminal(void)
{
	if (raw_fd >= 0) {
		tcsetattr(raw_fd, TCSAFLUSH, &saved_tio);
		raw_fd = -1;
	}
}

static int enter_raw(int fd)
{
	struct termios t;
	if (tcgetattr(fd, &saved_tio) < 0)
		return -1;
	t = saved_tio;
	cfmakeraw(&t);
	static bool registered;
	if (!registered)
		atexit(restore_terminal), registered = true;
	if (tcsetattr(fd, TCSAFLUSH, &t) < 0)
		return -1;
	raw_fd = fd;
	return 0;
}

static bool write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t k = write(fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return false;
		p += k;
		n -= (size_t)k;
	}
	return true;
}

static bool send_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t k = send(fd, p, n, MSG_NOSIGNAL);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return false;
		p += k;
		n -= (size_t)k;
	}
	return true;
}

/* Keystrokes for the guest, never waiting: when the guest has not read
 * the last ~300 KiB (the keeper's, the pipe's and the socket's buffers
 * are full) more are dropped, so Ctrl-] always works. false when the
 * keeper is gone. */
static bool send_keys(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t k = send(fd, p, n, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return true;
		if (k <= 0)
			return false;
		p += k;
		n -= (size_t)k;
	}
	return true;
}

/* Read exactly n bytes (waiting up to HELLO_WAIT_MS for each piece). */
static bool recv_exact(int fd, char *p, size_t n)
{
	while (n) {
		struct pollfd pf = {.fd = fd, .events = POLLIN};
		if (poll(&pf, 1, HELLO_WAIT_MS) <= 0)
			return false;
		ssize_t k = recv(fd, p, n, 0);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return false;
		p += k;
		n -= (size_t)k;
	}
	return true;
}

struct attached {
	int fd;
	bool writer, held; /* holds the input; another client holds it */
	size_t history;	   /* bytes of history that follow the answer */
};

/* Connect and say hello; 0, or -1 with the reason printed. */
static int attach(const char *sock, const char *mode, size_t history, struct attached *a)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", sock);
	a->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (a->fd < 0 || connect(a->fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		fprintf(stderr, "rvisor vm: console %s: %s\n", sock, strerror(errno));
		if (a->fd >= 0)
			close(a->fd);
		return -1;
	}
	char hello[RELAY_HELLO_MAX], line[RELAY_HELLO_MAX + 1];
	int n = snprintf(hello, sizeof(hello), RELAY_PROTO " %s %zu\n", mode, history);
	size_t len = 0;
	/* A refusal may come before the hello is read: its answer is
	 * there to read all the same. */
	(void)send_all(a->fd, hello, (size_t)n);
	bool ok = true;
	/* The answer line, a byte at a time: what follows it is the
	 * console's, not ours to consume. */
	while (ok && len < sizeof(line) - 1 && (len == 0 || line[len - 1] != '\n'))
		ok = recv_exact(a->fd, line + len, 1), len += ok;
	line[len] = 0;
	char role[16];
	int end = 0;
	if (ok && sscanf(line, RELAY_PROTO " OK %15s %zu%n", role, &a->history, &end) == 2) {
		a->writer = strcmp(role, "write") == 0;
		a->held = strncmp(line + end, " input-held", 11) == 0;
		return 0;
	}
	if (strncmp(line, RELAY_PROTO " ERR ", sizeof(RELAY_PROTO " ERR ") - 1) == 0)
		fprintf(stderr, "rvisor vm: console: %s", line + sizeof(RELAY_PROTO " ERR ") - 1);
	else
		fprintf(stderr, "rvisor vm: console %s: no valid answer from the VM's keeper\n",
			sock);
	close(a->fd);
	return -1;
}

/* Signals that end an attached console cleanly (the terminal restored):
 * blocked, and read from a signalfd in the loop. */
static int signals_fd(sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGQUIT);
	sigprocmask(SIG_BLOCK, &set, old);
	return signalfd(-1, &set, SFD_CLOEXEC);
}

int vm_console_attach(const char *sock, const char *name, bool read_only)
{
	struct attached a;
	if (attach(sock, read_only ? "read" : "write", VM_CONSOLE_HISTORY, &a) < 0)
		return 1;
	bool tty = isatty(STDIN_FILENO);
	sigset_t old;
	int sfd = signals_fd(&old);
	if (tty && enter_raw(STDIN_FILENO) < 0) {
		fprintf(stderr, "rvisor vm console: cannot put the terminal in raw mode: %s\n",
			strerror(errno));
		tty = false;
	}
	const char *nl = tty ? "\r\n" : "\n";
	fprintf(stderr, "Connected to VM '%s' (detach with Ctrl-])%s%s", name,
		a.writer ? ""
		: a.held ? ": read-only, another client holds the console's input"
			 : ": read-only",
		nl);
	const char *why = NULL;
	bool in_open = true;
	char buf[16384];
	while (!why) {
		struct pollfd p[3] = {{.fd = in_open ? STDIN_FILENO : -1, .events = POLLIN},
				      {.fd = a.fd, .events = POLLIN},
				      {.fd = sfd, .events = POLLIN}};
		if (poll(p, 3, -1) < 0) {
			if (errno == EINTR)
				continue;
			why = strerror(errno);
			break;
		}
		if (p[1].revents) {
			ssize_t n = recv(a.fd, buf, sizeof(buf), 0);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				why = "the VM stopped";
				break;
			}
			if (!write_all(STDOUT_FILENO, buf, (size_t)n)) {
				why = "the output was closed";
				break;
			}
		}
		if (p[0].revents) {
			ssize_t n = read(STDIN_FILENO, buf, sizeof(buf));
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				why = "end of input", in_open = false;
				break;
			}
			char *esc = memchr(buf, VM_CONSOLE_ESCAPE, (size_t)n);
			size_t take = esc ? (size_t)(esc - buf) : (size_t)n;
			if (a.writer && take && !send_keys(a.fd, buf, take)) {
				why = "the VM stopped";
				break;
			}
			if (esc)
				why = "detached";
		}
		if (p[2].revents) {
			struct signalfd_siginfo si;
			if (read(sfd, &si, sizeof(si)) == (ssize_t)sizeof(si))
				why = strsignal((int)si.ssi_signo);
		}
	}
	restore_terminal();
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (sfd >= 0)
		close(sfd);
	close(a.fd);
	fprintf(stderr, "\n%s from VM '%s' (%s)\n",
		strcmp(why, "the VM stopped") == 0 ? "Disconnected" : "Detached", name, why);
	return 0;
}

int vm_console_follow(const char *sock, long tail)
{
	struct attached a;
	if (attach(sock, "read", RELAY_BACKLOG_MAX / 2, &a) < 0)
		return 1;
	char *h = malloc(a.history + 1);
	if (!h || !recv_exact(a.fd, h, a.history)) {
		fprintf(stderr, "rvisor vm logs: the console's history did not arrive\n");
		free(h);
		close(a.fd);
		return 1;
	}
	const char *from = tail >= 0 ? relay_tail_lines(h, a.history, (unsigned long)tail) : h;
	bool ok = write_all(STDOUT_FILENO, from, a.history - (size_t)(from - h));
	free(h);
	char buf[16384];
	while (ok) {
		ssize_t n = recv(a.fd, buf, sizeof(buf), 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break; /* the VM stopped */
		ok = write_all(STDOUT_FILENO, buf, (size_t)n);
	}
	close(a.fd);
	return 0;
}
