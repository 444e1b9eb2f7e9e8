/* Requests that may wait (on a VM process, a disk copy, a guest shutting
 * down) run off the HTTP server's worker pool, one thread each, while
 * their connection is suspended; the pool answers everything else from
 * state the daemon holds (docs/daemon.md, "Threading"). This module
 * classifies a request and keeps count of the ones under way, so the
 * daemon can wait for them before it stops its server. */
#ifndef RVISOR_DAEMON_OFFLOAD_H
#define RVISOR_DAEMON_OFFLOAD_H

#include <stdbool.h>

/* A request the pool answers itself: a GET of state the daemon holds
 * (/info, /vms, /vms/{name}, /vms/{name}/console, /vms/{name}/logs,
 * /stats, /metrics, /events). Everything else is offloaded. */
bool offload_quick(const char *method, const char *url);

struct offload;
/* At most max offloaded requests at once. NULL when out of memory. */
struct offload *offload_new(unsigned max);
/* Waits for every request under way, then frees. */
void offload_free(struct offload *o);

/* Reserve a place for one request: false when max are under way. */
bool offload_reserve(struct offload *o);
/* Run fn(arg) on a thread of its own in the place reserved (inline, on
 * the caller's thread, when no thread can be made); the place is given
 * back when fn returns. */
void offload_start(struct offload *o, void (*fn)(void *arg), void *arg);
/* Wait until no request is under way. */
void offload_drain(struct offload *o);

#endif
