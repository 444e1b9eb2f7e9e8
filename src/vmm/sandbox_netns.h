/* The sandbox's network namespace made ahead: a short-lived thread creates
 * it while the VM is being prepared, and sandbox_prepare moves the process
 * into it (setns) instead of creating it on the start's critical path. */
#ifndef RVISOR_VMM_SANDBOX_NETNS_H
#define RVISOR_VMM_SANDBOX_NETNS_H

#include <pthread.h>
#include <stdbool.h>

struct sandbox_netns {
	pthread_t thread;
	bool started;
	/* Written by the thread, read after the join: */
	int fd;		/* the new namespace (/proc/thread-self/ns/net), or -1 */
	int err;	/* errno of the failed step when fd is -1 */
	double cpu_ms;	/* the thread's CPU time, and its wall time: */
	double wall_ms; /* what the start no longer waits for (RVISOR_SANDBOX_TIMES) */
};

/* As root, start a thread that enters a new network namespace of its own
 * (only the thread: namespaces are per thread) and keeps a descriptor of
 * it; otherwise, or when the thread cannot start, nothing (fd stays -1
 * and sandbox_prepare makes the namespace itself). Must be called before
 * any other thread exists, and taken or discarded before the process
 * makes its next thread, changes uid or unshares its mount namespace
 * (which refuses a process whose threads share its file-system context). */
void sandbox_netns_start(struct sandbox_netns *n);

/* Wait for the thread; the namespace's descriptor (the caller closes it),
 * or -1 with errno set (never started, or the kernel refused). */
int sandbox_netns_take(struct sandbox_netns *n);

/* Wait for the thread and drop the namespace it made (the VM needs the
 * host's network after all, or the start failed). */
void sandbox_netns_discard(struct sandbox_netns *n);

#endif
