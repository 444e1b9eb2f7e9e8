/* constamp: timestamps a VMM's console output for bench/migrate.py.
 *
 * Reads standard input (the VMM's console pipe, handed over by the bench)
 * and writes each chunk to standard output as one record: a header line
 * "SECONDS LENGTH\n", SECONDS the host's CLOCK_MONOTONIC taken as soon as
 * read() returned (the clock of Python's time.monotonic and of rvisor's
 * RVISOR_MIGRATE_TRACE lines), then the chunk's LENGTH bytes unchanged.
 * Taking the time here, in a small process the bench runs at a higher
 * priority when it can, instead of in a Python thread, leaves the
 * interpreter's scheduling out of the figure, for every VMM alike.
 *
 * SIGTERM ends it while it waits for input, never inside a record:
 * nothing it read is lost, and whoever reads the console next finds the
 * rest in the pipe. */
#define _GNU_SOURCE /* ppoll */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_term(int sig)
{
	(void)sig;
	stop = 1;
}

static int write_all(const char *p, size_t n)
{
	while (n) {
		ssize_t k = write(STDOUT_FILENO, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

int main(void)
{
	/* SIGTERM is blocked but while waiting in ppoll: it can neither cut
	 * a record short nor be missed just before a wait. */
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigset_t term, waiting;
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigprocmask(SIG_BLOCK, &term, &waiting);
	sigdelset(&waiting, SIGTERM);
	char buf[65536];
	while (!stop) {
		struct pollfd in = {.fd = STDIN_FILENO, .events = POLLIN};
		if (ppoll(&in, 1, NULL, &waiting) < 0) {
			if (errno == EINTR)
				continue;
			return 1;
		}
		ssize_t n = read(STDIN_FILENO, buf, sizeof(buf));
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0;
		char head[64];
		int h = snprintf(head, sizeof(head), "%lld.%09ld %zd\n", (long long)ts.tv_sec,
				 ts.tv_nsec, n);
		if (write_all(head, (size_t)h) < 0 || write_all(buf, (size_t)n) < 0)
			return 1;
	}
	return 0;
}
