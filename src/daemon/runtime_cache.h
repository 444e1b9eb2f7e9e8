/* The latest answer of each running VM's own API (GET /vm), kept by the
 * daemon so that GET /vms and GET /vms/{name} never wait for a VM process
 * (docs/daemon.md, "Threading"). It is filled by the statistics collector
 * at every period and by the daemon's own operations right after they
 * change a VM (start, pause, resume), and emptied when a run ends. An entry
 * belongs to one run (its VM pid): a new run never shows the old one's. */
#ifndef RVISOR_DAEMON_RUNTIME_CACHE_H
#define RVISOR_DAEMON_RUNTIME_CACHE_H

#include <jansson.h>
#include <stdint.h>
#include <sys/types.h>

struct runtime_cache;

struct runtime_cache *rtc_new(void);
void rtc_free(struct runtime_cache *c);

/* Keep body (the VM's GET /vm answer: untrusted text, only a JSON object
 * is kept) as VM id's runtime for its run pid. asked is when the question
 * was sent (CLOCK_MONOTONIC seconds, rtc_now): an answer to an older
 * question than the one kept is ignored, so a collection that was under
 * way while an operation paused the VM cannot hide the pause. A body that
 * is not an object is ignored (the previous entry stays). */
void rtc_put(struct runtime_cache *c, int64_t id, pid_t pid, double asked, const char *body);
double rtc_now(void);

/* A copy of VM id's runtime for run pid (a new reference), with the wall
 * time it was collected in *at (unix seconds); NULL when none is known for
 * that run. Never blocks on anything but the cache's own lock. */
json_t *rtc_get(struct runtime_cache *c, int64_t id, pid_t pid, double *at);

/* Forget VM id (its run ended, or it was deleted). */
void rtc_drop(struct runtime_cache *c, int64_t id);

#endif
