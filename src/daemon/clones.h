/* Clones of a managed VM (docs/daemon.md "Clones"): POST /vms/{name}/clone
 * {"name", "mode": "full", "from_snapshot"} makes a new stopped VM whose
 * writable disks are flat copies (new volumes) of the source's, now or at
 * one of its snapshots. */
#ifndef RVISOR_DAEMON_CLONES_H
#define RVISOR_DAEMON_CLONES_H

#include <stdbool.h>
#include <stddef.h>

#include "daemon/snapshots.h"

/* Is url a VM's clone path (/vms/NAME/clone)? */
bool clone_route_is(const char *url);

/* Serve a clone request (the source VM is held busy meanwhile). Returns
 * 201 with *out describing the clone, or -1 with e set; *allow for 405. */
int clone_handle(struct snap_store *st, const struct snap_vm_ops *ops, const char *method,
		 const char *url, const char *body, size_t len, json_t **out, const char **allow,
		 struct error *e);

#endif
