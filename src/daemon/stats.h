/* Per-VM statistics (docs/monitoring.md): collected by the daemon from each
 * running VM's per-VM API (GET /vm: instructions per hart, device counters)
 * and from the host (/proc/PID/stat, the vCPU threads' /proc/PID/task/TID/
 * stat, /proc/PID/smaps_rollup), with rates between two samples. A
 * background thread samples every VM once per period and keeps the result
 * (JSON, and the Prometheus text of daemon/metrics.h) in a cache, so
 * readers never wait for the VMs. */
#ifndef RVISOR_DAEMON_STATS_H
#define RVISOR_DAEMON_STATS_H

#include <jansson.h>
#include <stdint.h>
#include <sys/types.h>

#include "util/error.h"

/* One VM as the inventory knows it, for a collection. */
struct stats_target {
	char name[64];
	int64_t id;
	const char *state; /* inv_state_name: stopped, starting, running */
	pid_t vm_pid;	   /* 0 when stopped */
	int64_t vm_start;  /* its start time (/proc/PID/stat field 22) */
	char sock[200];	   /* its per-VM API socket */
	char *last_exit;   /* JSON text or NULL (malloc'd) */
};
void stats_targets_free(struct stats_target *t, unsigned n);

/* The daemon's side: every VM it manages now (malloc'd array, entries
 * freed with stats_targets_free). 0, or -1. */
typedef int (*stats_list_fn)(void *ctx, struct stats_target **t, unsigned *n);

#define STATS_PERIOD_MS 1000 /* the daemon's collection period */

struct stats;

/* A count that grew between two samples of a run: `what` "snapshot" or
 * "migration" for VM vm, `field` the count's name, its new value. */
typedef void (*stats_change_fn)(void *ctx, const char *vm, const char *what, const char *field,
				long long value);

/* The answer of a running VM's API to GET /vm (body: untrusted text) at a
 * collection, asked at CLOCK_MONOTONIC time `asked` (seconds), for the
 * daemon's runtime cache (daemon/runtime_cache.h). */
typedef void (*stats_api_fn)(void *ctx, const struct stats_target *t, double asked,
			     const char *body);

/* Start the collector thread: every period_ms, list the VMs and sample
 * each; changed (or NULL) hears of counts that grew, api_seen (or NULL) of
 * each VM API answer. Returns NULL with e set when it cannot start. */
struct stats *stats_start(stats_list_fn list, stats_change_fn changed, stats_api_fn api_seen,
			  void *ctx, unsigned period_ms, struct error *e);
void stats_stop(struct stats *s);

/* The latest collection: {"collected_at": unix seconds, "collect_seconds":
 * how long it took, "vms": [VmStats...]} (a new reference). Empty until
 * the first collection ends (the thread starts with one). */
json_t *stats_all(struct stats *s);
/* One VM sampled now (a new reference), its rates against the cached
 * sample of the same run. */
json_t *stats_one(struct stats *s, const struct stats_target *t);
/* The Prometheus text of the latest collection (malloc'd copy, length in
 * *len), or NULL when out of memory. */
char *stats_metrics_text(struct stats *s, size_t *len);

/* Sample one VM (no rates): the JSON object of docs/api/daemon.yaml
 * VmStats. mono is the sample's CLOCK_MONOTONIC time in seconds. */
json_t *stats_sample(const struct stats_target *t, double *mono);
/* The same, also handing out the API's answer (malloc'd, or NULL when it
 * did not answer 200) in *api_body. */
json_t *stats_sample_api(const struct stats_target *t, double *mono, char **api_body);
/* The per-VM API's GET /vm answer (body: untrusted text) into a sample o
 * that has "cpu" and "memory" objects: state paused, uptime, instructions
 * (total and per vCPU, with vcpu_secs[k] the host CPU time of thread vcpuK
 * when known, else < 0), guest memory, disks, NICs, balloon, counts. Only
 * fields of the expected types are taken; at most STATS_MAX_VCPUS vCPUs. */
#define STATS_MAX_VCPUS 64
void stats_apply_vm_api(json_t *o, const char *body, const double *vcpu_secs, unsigned nsecs);
/* Add the rate fields to cur from prev (same run, earlier sample). */
void stats_add_rates(json_t *cur, double cur_mono, const json_t *prev, double prev_mono);

#endif
