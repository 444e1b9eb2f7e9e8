/* Online modify of a running managed VM (docs/daemon.md "Online
 * modify"): which configuration fields change while the VM runs, putting
 * them in force on its process (its cgroups and CPU affinity, its balloon
 * through the per-VM API), and which stay pending until the next start.
 * Live: cpu_max, cpu_weight, memory_limit, pids_max, cpu_pin, balloon_mib
 * (the last when the running VM has a balloon device), and disks or
 * devices that changed only in rate-limit options (daemon/live_rates.h).
 * Everything else (vCPUs, memory size, boot source, other disk or device
 * changes) is pending. */
#ifndef RVISOR_DAEMON_LIVE_H
#define RVISOR_DAEMON_LIVE_H

#include <jansson.h>
#include <stdint.h>
#include <sys/types.h>

#include "util/error.h"

/* The top-level fields where config differs from what the VM runs with
 * (running_config; NULL when it is not running): a JSON array of names,
 * empty when nothing is pending. */
json_t *live_pending(const char *config, const char *running_config);

/* The running VM: its process, its per-VM API socket, the cgroup parent
 * its groups are under (as `rvisor run`: $RVISOR_CGROUP_PARENT, default
 * "rvisor"). */
struct live_target {
	pid_t pid;
	int64_t start; /* its start time (/proc/PID/stat): a recycled pid is refused */
	const char *api_sock;
	const char *cgroup_parent;
};

/* The cgroup parent the daemon's VMs use. */
const char *live_cgroup_parent(void);

/* Apply the live fields where new_config differs from running_config (both
 * canonical configuration JSON): all of them or none (what was applied is
 * put back when a later one is refused). Returns 0 with *running_out the
 * configuration the VM runs with now (malloc'd) and *applied the names
 * put in force (a JSON array), or -1 with e set: ERR_CONFLICT saying why
 * a value cannot be applied (no cgroup can take it, the kernel refused
 * it, the VM's API refused the balloon target). */
int live_apply(const struct live_target *t, const char *running_config, const char *new_config,
	       char **running_out, json_t **applied, struct error *e);

/* After a start: set the balloon target of config (balloon_mib) through
 * the VM's API. A refusal is only logged: the VM runs. */
void live_start_balloon(const char *name, const char *api_sock, const char *config);

#endif
