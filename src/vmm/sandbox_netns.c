/* The sandbox's network namespace, made on a short-lived thread ahead of
 * sandbox_prepare (creating one costs 0.5-0.7 ms of kernel time, and far
 * more by the wall clock while the kernel tears another one down). */
#include "vmm/sandbox_netns.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <time.h>
#include <unistd.h>

static double ms_of(const struct timespec *t)
{
	return (double)t->tv_sec * 1e3 + (double)t->tv_nsec / 1e6;
}

static void *make_netns(void *arg)
{
	struct sandbox_netns *n = arg;
	prctl(PR_SET_NAME, "sandbox-netns", 0, 0, 0); /* for top -H; only a name */
	/* unshare moves only this thread; the descriptor keeps the namespace
	 * alive once the thread is gone. */
	if (unshare(CLONE_NEWNET) < 0)
		n->err = errno;
	else if ((n->fd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC)) < 0)
		n->err = errno;
	struct timespec cpu, wall;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
	clock_gettime(CLOCK_MONOTONIC, &wall);
	n->cpu_ms = ms_of(&cpu);
	n->wall_ms = ms_of(&wall) - n->wall_ms; /* held the start time */
	return NULL;
}

void sandbox_netns_start(struct sandbox_netns *n)
{
	*n = (struct sandbox_netns){.fd = -1, .err = ENOENT};
	if (geteuid() != 0)
		return;
	struct timespec wall;
	clock_gettime(CLOCK_MONOTONIC, &wall);
	n->wall_ms = ms_of(&wall);
	/* Not thread_spawn: this thread ends before the sandbox exists and
	 * never runs under it, so it has no kind (no start hook is set yet
	 * anyway). */
	n->started = pthread_create(&n->thread, NULL, make_netns, n) == 0;
}

int sandbox_netns_take(struct sandbox_netns *n)
{
	if (n->started) {
		pthread_join(n->thread, NULL);
		n->started = false;
	}
	int fd = n->fd;
	n->fd = -1;
	if (fd < 0)
		errno = n->err;
	return fd;
}

void sandbox_netns_discard(struct sandbox_netns *n)
{
	int fd = sandbox_netns_take(n);
	if (fd >= 0)
		close(fd);
}
