/* Where a clone came from (table vm_origins, docs/daemon.md "Clones"):
 * its source VM and snapshot, full or linked, and for a linked clone the
 * source's frozen layers its disks are overlays over. Those layers must
 * stay as they are while the clone exists: the source's snapshot, and the
 * source itself, cannot be deleted meanwhile (409 naming the clones), and
 * no merge rewrites one of them. Every function takes the daemon's lock
 * as held (it guards the inventory). */
#ifndef RVISOR_DAEMON_ORIGINS_H
#define RVISOR_DAEMON_ORIGINS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

struct inventory;

/* Record clone vm_id's origin (in the caller's transaction). snap_id 0
 * and snap NULL: none. layers: JSON array of the shared files (linked). */
int origin_record(struct inventory *inv, int64_t vm_id, int64_t source_id, const char *source,
		  int64_t snap_id, const char *snap, bool linked, json_t *layers, struct error *e);

/* The linked clones that depend on VM source_id (snap_id 0), or on its
 * snapshot snap_id: their names, comma-separated, in out (truncated to n).
 * Returns how many, or -1 with e set when the inventory failed. */
int origin_dependents(struct inventory *inv, int64_t source_id, int64_t snap_id, char *out,
		      size_t n, struct error *e);

/* Is path one of the layers a linked clone shares? (An inventory failure
 * answers true: a merge that is not sure leaves the layer alone.) */
bool origin_layer_shared(struct inventory *inv, const char *path);

/* VM vm_id's origin as the API shows it ({source, snapshot, mode}), or
 * JSON null when it is not a clone. */
json_t *origin_json(struct inventory *inv, int64_t vm_id);

#endif
