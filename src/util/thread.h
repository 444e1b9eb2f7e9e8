/* Every thread the VM process creates is spawned here, with a name (seen
 * in `top -H`, /proc/PID/task/TID/comm and gdb), so a later sandbox can
 * give each kind its own rules. docs/ARCHITECTURE.md has the table of
 * thread kinds and what each may do. */
#ifndef RVISOR_UTIL_THREAD_H
#define RVISOR_UTIL_THREAD_H

#include <pthread.h>

/* Start fn(arg) on a new thread named by the printf-style fmt (cut to the
 * kernel's 15 characters). Returns 0 or an errno value (nothing started). */
int thread_spawn(pthread_t *t, void *(*fn)(void *), void *arg, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
