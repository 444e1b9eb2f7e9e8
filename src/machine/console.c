/* Serial console host side: output writes, the input thread (poll + read,
 * flow-controlled), terminal raw mode and its restore, the Ctrl-A escape.
 *
 * Output may go to a pipe or a socket whose reader goes away (`rvisor run
 * | head`, a supervisor that exits): the write then fails with EPIPE, and
 * must not raise SIGPIPE, whose default action would end the VM. Sockets
 * are written with MSG_NOSIGNAL; pipes with SIGPIPE blocked in the writing
 * thread for the write, and a SIGPIPE it raised consumed. The VM keeps
 * running; its output is dropped (and counted). */
#include "machine/console.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"
#include "util/error.h"
#include "util/thread.h"

#define CONSOLE_READ 64		   /* bytes per read() of input */
#define CONSOLE_WRITE_WAIT_MS 1000 /* longest wait for a full output fd */
#define CTRL_A 0x01

struct console {
	const struct machine_env *env;
	int in_fd, out_fd;
	enum { OUT_PLAIN, OUT_PIPE, OUT_SOCKET } out_kind; /* how out_fd raises SIGPIPE */
	int wake_fd; /* eventfd: stop requests and "the sink has room" */
	console_sink_fn sink;
	void *sink_ctx;
	pthread_t thread;
	bool thread_started;
	bool escapes; /* Ctrl-A commands: only when input is a terminal */
	bool raw;     /* this console put the terminal in raw mode */
	atomic_bool stop;
	atomic_bool out_stalled; /* the output fd stayed full: drop until it drains */
	/* console_stamp_output: times of the first and latest output. */
	atomic_bool stamp;
	_Atomic uint64_t first_out_ns, last_out_ns;
};

/* ---- Terminal restore ----
 * Process-wide state, unavoidably global: atexit handlers and signal
 * handlers cannot be handed a struct console. Only one console (one VM per
 * process) puts the terminal in raw mode at a time. raw_fd >= 0 while the
 * terminal is raw; the handlers restore saved_tio on it. */
static struct termios saved_tio;
static volatile sig_atomic_t raw_fd = -1;
static bool atexit_registered;
static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGABRT};
#define NFATAL (sizeof(fatal_signals) / sizeof(fatal_signals[0]))
static bool handler_installed[NFATAL];

static void restore_terminal(void)
{
	int fd = raw_fd;
	if (fd >= 0) {
		tcsetattr(fd, TCSANOW, &saved_tio); /* async-signal-safe */
		raw_fd = -1;
	}
}

void console_restore_terminal(void)
{
	restore_terminal();
}

/* Restore the terminal, then die of the signal as if unhandled. */
static void fatal_signal(int sig)
{
	restore_terminal();
	signal(sig, SIG_DFL);
	raise(sig); /* delivered once this handler returns (sig is blocked) */
}

/* Install the handler only where the disposition is the default: a
 * handler someone else installed stays theirs (and is expected to end in
 * exit() or a VM exit, both of which restore the terminal). */
static void install_handlers(void)
{
	for (size_t k = 0; k < NFATAL; k++) {
		struct sigaction old;
		if (sigaction(fatal_signals[k], NULL, &old) < 0 || old.sa_handler != SIG_DFL ||
		    (old.sa_flags & SA_SIGINFO))
			continue;
		struct sigaction sa;
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = fatal_signal;
		sigemptyset(&sa.sa_mask);
		if (sigaction(fatal_signals[k], &sa, NULL) == 0)
			handler_installed[k] = true;
	}
}

static void remove_handlers(void)
{
	for (size_t k = 0; k < NFATAL; k++) {
		if (handler_installed[k]) {
			signal(fatal_signals[k], SIG_DFL);
			handler_installed[k] = false;
		}
	}
}

static int enter_raw_mode(int fd, struct error *e)
{
	if (raw_fd >= 0)
		return 0; /* another console already holds the terminal */
	struct termios tio;
	if (tcgetattr(fd, &tio) < 0)
		return err_errno(e, errno, "console: cannot read the terminal's settings");
	saved_tio = tio;
	/* As cfmakeraw, but output processing (OPOST) stays as it was, so host
	 * messages still start at column 0. ISIG off: Ctrl-C goes to the guest. */
	tio.c_iflag &=
	    ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
	tio.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
	tio.c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
	tio.c_cflag |= CS8;
	tio.c_cc[VMIN] = 1;
	tio.c_cc[VTIME] = 0;
	if (!atexit_registered) {
		atexit(restore_terminal);
		atexit_registered = true;
	}
	raw_fd = fd;
	install_handlers();
	if (tcsetattr(fd, TCSANOW, &tio) < 0) {
		int errnum = errno;
		raw_fd = -1;
		remove_handlers();
		return err_errno(e, errnum, "console: cannot put the terminal in raw mode");
	}
	return 0;
}

/* ---- Output ---- */

/* write() to a pipe without SIGPIPE, whatever the process's disposition:
 * blocked, a SIGPIPE the write raises stays pending on this thread and is
 * taken off before the old mask returns. */
static ssize_t pipe_write(int fd, const void *p, size_t n)
{
	sigset_t pipe_set, old;
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
	ssize_t w = write(fd, p, n);
	int e = errno;
	if (w < 0 && e == EPIPE && !sigismember(&old, SIGPIPE)) {
		sigset_t pending;
		struct timespec zero = {0, 0};
		if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE))
			sigtimedwait(&pipe_set, NULL, &zero);
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return w;
}

static ssize_t out_write(struct console *c, const uint8_t *p, size_t n)
{
	switch (c->out_kind) {
	case OUT_SOCKET:
		return send(c->out_fd, p, n, MSG_NOSIGNAL);
	case OUT_PIPE:
		return pipe_write(c->out_fd, p, n);
	default:
		return write(c->out_fd, p, n); /* a terminal or a file: no SIGPIPE */
	}
}

static void stamp_output(struct console *c)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	uint64_t ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec, zero = 0;
	atomic_compare_exchange_strong(&c->first_out_ns, &zero, ns);
	atomic_store(&c->last_out_ns, ns);
}

void console_stamp_output(struct console *c)
{
	atomic_store(&c->first_out_ns, 0);
	atomic_store(&c->last_out_ns, 0);
	atomic_store(&c->stamp, true);
}

uint64_t console_first_output_ns(struct console *c)
{
	return atomic_load(&c->first_out_ns);
}

uint64_t console_last_output_ns(struct console *c)
{
	return atomic_load(&c->last_out_ns);
}

void console_write(struct console *c, const uint8_t *p, size_t n)
{
	if (c->out_fd < 0)
		return;
	if (__builtin_expect(atomic_load_explicit(&c->stamp, memory_order_relaxed), 0))
		stamp_output(c);
	while (n > 0) {
		bool stalled = atomic_load(&c->out_stalled);
		struct pollfd pfd = {.fd = c->out_fd, .events = POLLOUT};
		int pr = poll(&pfd, 1, stalled ? 0 : CONSOLE_WRITE_WAIT_MS);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr == 0) {
			/* Nobody reads: drop rather than hold the vCPU. */
			atomic_store(&c->out_stalled, true);
			return;
		}
		if (pr < 0 || (pfd.revents & (POLLERR | POLLNVAL)))
			return;
		ssize_t w = out_write(c, p, n);
		if (w < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return; /* EPIPE, EIO...: gone */
		}
		atomic_store(&c->out_stalled, false);
		p += w;
		n -= (size_t)w;
	}
}

/* ---- Input ---- */

static void wake(struct console *c)
{
	uint64_t one = 1;
	if (write(c->wake_fd, &one, sizeof(one)) < 0) {
		/* EAGAIN: the counter is saturated, the thread wakes anyway */
	}
}

void console_rx_ready(struct console *c)
{
	wake(c);
}

static void quit(struct console *c)
{
	static const char msg[] = "\r\nrvisor: terminated (Ctrl-A x)\r\n";
	if (write(STDERR_FILENO, msg, sizeof(msg) - 1) < 0) {
		/* nothing to do */
	}
	env_request_exit(c->env, VM_EXIT_SIGNAL, 0);
}

/* Apply the Ctrl-A escape to n input bytes; the result (at most 2n bytes)
 * goes to out. Returns its length; *quit_now is set by Ctrl-A x. */
static size_t filter_input(struct console *c, bool *esc, const uint8_t *in, size_t n, uint8_t *out,
			   bool *quit_now)
{
	size_t o = 0;
	for (size_t k = 0; k < n; k++) {
		uint8_t b = in[k];
		if (!c->escapes) {
			out[o++] = b;
		} else if (*esc) {
			*esc = false;
			if (b == 'x' || b == 'X') {
				*quit_now = true;
				return o;
			}
			out[o++] = CTRL_A;
			if (b != CTRL_A)
				out[o++] = b;
		} else if (b == CTRL_A) {
			*esc = true;
		} else {
			out[o++] = b;
		}
	}
	return o;
}

static void *input_thread(void *arg)
{
	struct console *c = arg;
	uint8_t in[CONSOLE_READ], pend[2 * CONSOLE_READ];
	size_t plen = 0, poff = 0;
	bool eof = false, esc = false;
	while (!atomic_load(&c->stop)) {
		if (poff < plen) {
			poff +=
			    c->sink ? c->sink(c->sink_ctx, pend + poff, plen - poff) : plen - poff;
			if (poff >= plen)
				poff = plen = 0;
		}
		/* Read more only once everything read so far was taken. */
		struct pollfd fds[2] = {
		    {.fd = c->wake_fd, .events = POLLIN},
		    {.fd = (!eof && plen == 0) ? c->in_fd : -1, .events = POLLIN}};
		if (poll(fds, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (fds[0].revents & POLLIN) {
			uint64_t v;
			if (read(c->wake_fd, &v, sizeof(v)) < 0) {
				/* EAGAIN: someone else drained it */
			}
		}
		if (atomic_load(&c->stop))
			break;
		if (!(fds[1].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL)))
			continue;
		ssize_t r = read(c->in_fd, in, sizeof(in));
		if (r < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (r <= 0) {
			eof = true; /* end of input: the VM keeps running */
			continue;
		}
		bool quit_now = false;
		plen = filter_input(c, &esc, in, (size_t)r, pend, &quit_now);
		poff = 0;
		if (quit_now) {
			quit(c);
			eof = true;
		}
	}
	return NULL;
}

/* ---- Lifecycle ---- */

struct console *console_create(const struct machine_env *env, int in_fd, int out_fd)
{
	struct console *c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	c->env = env;
	c->in_fd = in_fd;
	c->out_fd = out_fd;
	struct stat st;
	if (out_fd >= 0 && fstat(out_fd, &st) == 0)
		c->out_kind = S_ISSOCK(st.st_mode)   ? OUT_SOCKET
			      : S_ISFIFO(st.st_mode) ? OUT_PIPE
						     : OUT_PLAIN;
	/* The eventfd lives as long as the console, so a late
	 * console_rx_ready() from a vCPU never writes to a closed fd. */
	c->wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (c->wake_fd < 0) { /* errno says why */
		int errnum = errno;
		free(c);
		errno = errnum;
		return NULL;
	}
	return c;
}

void console_set_sink(struct console *c, console_sink_fn fn, void *ctx)
{
	c->sink = fn;
	c->sink_ctx = ctx;
}

int console_start(struct console *c, struct error *e)
{
	if (c->thread_started || c->in_fd < 0)
		return 0;
	if (isatty(c->in_fd)) {
		/* A background job must not touch the terminal (SIGTTOU/SIGTTIN
		 * would stop the process): then the console is output-only. */
		if (tcgetpgrp(c->in_fd) != getpgrp())
			return 0;
		if (enter_raw_mode(c->in_fd, e) < 0)
			return -1;
		c->raw = true;
		c->escapes = true;
	}
	atomic_store(&c->stop, false);
	int err = thread_spawn(&c->thread, input_thread, c, "console-in");
	if (err) {
		console_stop(c);
		return err_errno(e, err, "console: cannot start the input thread");
	}
	c->thread_started = true;
	return 0;
}

void console_stop(struct console *c)
{
	if (!c)
		return;
	if (c->thread_started) {
		atomic_store(&c->stop, true);
		wake(c);
		pthread_join(c->thread, NULL);
		c->thread_started = false;
	}
	if (c->raw) {
		restore_terminal();
		remove_handlers();
		c->raw = false;
	}
}

void console_destroy(struct console *c)
{
	if (!c)
		return;
	console_stop(c);
	close(c->wake_fd);
	free(c);
}
