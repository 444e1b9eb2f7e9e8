/* Disk and NIC rate limits of a running managed VM (docs/daemon.md
 * "Online modify"): a modify whose disks (or devices) differ from what
 * the VM runs with only in rate-limit options (a disk's bps, bps_burst,
 * iops, iops_burst; a NIC's rx_/tx_ bps, pps and their _burst) is put in
 * force through the VM's API (PATCH /disks/K, /network-interfaces/N);
 * any other difference leaves the field pending until the next start. */
#ifndef RVISOR_DAEMON_LIVE_RATES_H
#define RVISOR_DAEMON_LIVE_RATES_H

#include <jansson.h>
#include <stdbool.h>

#include "util/error.h"
#include "util/ratelimit.h"

/* One disk's or NIC's limiter to change (a NIC has two: rx, tx). */
struct live_rate_change {
	bool nic;
	unsigned index; /* the VM's disk, or its K-th net device */
	struct ratelimit_cfg from[2], to[2];
};

#define LIVE_RATES_MAX 24 /* disks + devices */

/* Do the lists old and now (a configuration's "disks", or its "devices"
 * when devices) differ only in rate-limit options? Returns how many
 * limiters change (their changes in out), 0 when the lists are equal, or
 * -1 when they differ in anything else (or an option does not parse). */
int live_rates_diff(bool devices, json_t *old, json_t *now, struct live_rate_change *out);

/* Put c's new limits in force (undo: its old ones) through the VM's API
 * socket. 0, or -1 with e set (ERR_CONFLICT with the VM's reason). */
int live_rates_apply(const char *sock, const struct live_rate_change *c, bool undo,
		     struct error *e);

#endif
