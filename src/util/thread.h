/* Every thread the VM process creates is spawned here, with a name (seen
 * in `top -H`, /proc/PID/task/TID/comm and gdb), so the sandbox can give
 * each kind its own rules. docs/ARCHITECTURE.md has the table of thread
 * kinds and what each may do. */
#ifndef RVISOR_UTIL_THREAD_H
#define RVISOR_UTIL_THREAD_H

#include <pthread.h>

/* Start fn(arg) on a new thread named by the printf-style fmt (cut to the
 * kernel's 15 characters). Returns 0 or an errno value (nothing started).
 * The new thread names itself and runs the spawning thread's start hook
 * (below) before fn. */
int thread_spawn(pthread_t *t, void *(*fn)(void *), void *arg, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* A start hook runs first thing on every thread spawned afterwards by the
 * calling thread, and by the threads those spawn (it is inherited, as a
 * seccomp filter or a signal mask is), with the new thread's name. The
 * sandbox uses it to install each thread kind's seccomp filter before the
 * thread runs anything else: threads are spawned deep inside devices that
 * never see the VM, so the rule has to travel with the thread. fn NULL
 * removes it. A hook that cannot do its job must not return (the thread
 * would run unconfined): it ends the process. */
typedef void (*thread_start_hook)(void *arg, const char *name);
void thread_set_start_hook(thread_start_hook fn, void *arg);

/* A spawner creates the calling thread's threads for it: fn(arg, t, start,
 * p) must run pthread_create(t, NULL, start, p) on a thread that may
 * (start and p are thread_spawn's own: the new thread still names itself
 * and runs the caller's start hook), and return its result. The sandbox
 * uses it so that the main thread, whose seccomp filter forbids opening
 * files, can still start a 9p server that must open them: a filter only
 * narrows down the threads its thread creates. Per thread and not
 * inherited; fn NULL removes it. */
typedef int (*thread_spawner)(void *arg, pthread_t *t, void *(*start)(void *), void *p);
void thread_set_spawner(thread_spawner fn, void *arg);

#endif
