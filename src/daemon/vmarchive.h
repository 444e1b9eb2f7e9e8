/* VM archives (docs/daemon.md "Export and import"): POST /vms/{name}/export
 * {"path", "from_snapshot", "readonly"} writes one POSIX tar file holding
 * manifest.json (format version, the VM's configuration with its disks
 * renamed to archive members) and each disk flattened to qcow2;
 * POST /vms/import {"path", "name"} checks such a file as untrusted input
 * and records a new stopped VM on new volumes, all or nothing. */
#ifndef RVISOR_DAEMON_VMARCHIVE_H
#define RVISOR_DAEMON_VMARCHIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "daemon/snapshots.h"

#define ARCHIVE_FORMAT "rvisor-vm-archive"
#define ARCHIVE_VERSION 1
#define ARCHIVE_MANIFEST "manifest.json"
#define ARCHIVE_MANIFEST_MAX (1u << 20)

struct sup_peer;

/* Is this (method, url) an export (/vms/NAME/export) or an import
 * (/vms/import: every method, answered 405 but for POST; spec_parse
 * refuses "import" as a VM name)? */
bool archive_route_is(const char *method, const char *url);

/* Serve it; peer (NULL: no check) is the client whose access to the
 * archive's host path is checked. Returns 201 with *out set, or -1 with e
 * set; *allow for a 405. */
int archive_handle(struct snap_store *st, const struct snap_vm_ops *ops,
		   const struct sup_peer *peer, const char *method, const char *url,
		   const char *body, size_t len, json_t **out, const char **allow, struct error *e);

#endif
