/* A VM's snapshot tree with its disks (docs/daemon.md "Snapshots"): each
 * snapshot freezes every writable disk's current top layer and the VM
 * goes on in new qcow2 overlays (STATE/vms/ID/layers); a running VM's
 * snapshot also keeps its memory and device state (STATE/vms/ID/snapshots)
 * and the VM goes on restored from it. Revert gives a VM new overlays over
 * a snapshot's layers (and its memory state at the next start); delete
 * merges a layer into its only child. The tables `snapshots` and
 * `vm_layers` are in the inventory. The daemon (routes_snapshots.c) serialises the
 * operations on a VM and runs the processes; this file decides the layers,
 * makes the files and records them. */
#ifndef RVISOR_DAEMON_SNAPSHOTS_H
#define RVISOR_DAEMON_SNAPSHOTS_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

#include "daemon/spec.h"

struct inventory;
struct vol_pool;
struct vm_spec;
typedef struct json_t json_t;

struct snap_store {
	struct inventory *inv;
	pthread_mutex_t *lock; /* the daemon's lock: guards inv */
	struct vol_pool *pool;
	char state[1024]; /* STATE */
};

/* What a VM's start runs from: the configuration's disks with each
 * layered one replaced by its top overlay, and the memory state to resume
 * from (both NULL for a cold boot). */
struct snap_start {
	char *restore_state, *restore_mem;
	bool clone; /* restore as a clone: a new identity (a linked clone's first start) */
};

/* Before a start (takes the lock): rewrite s's disks (already resolved by
 * vol_resolve_spec) to their top layers, and say whether the VM resumes
 * from a snapshot's memory state. config is the VM's configuration (JSON
 * text), vm_id its row. */
int snap_prepare_start(struct snap_store *st, int64_t vm_id, const char *config, struct vm_spec *s,
		       struct snap_start *out, struct error *e);
/* After a start that resumed from memory state: the next start boots. */
void snap_started(struct snap_store *st, int64_t vm_id);
void snap_start_free(struct snap_start *s);
/* The arguments of `rvisor run --restore` (argv[0] "run"), the disks as
 * prepared; NULL-terminated malloc'd array of pointers into s and the
 * other arguments (free the array only). */
char **snap_restore_args(const struct vm_spec *s, const char *api_sock, const struct snap_start *r);

/* Is url a VM's snapshot path (/vms/NAME/snapshots...)? */
bool snap_route_is(const char *url);

/* The steps a snapshot operation asks of the daemon, which holds the
 * VM's processes. Each returns 0, or -1 with e set. */
struct snap_vm_ops {
	void *d;
	/* Mark the VM busy with `op` (409 when it is busy, 404 when none):
	 * its id and whether it runs. */
	int (*begin)(void *d, const char *name, const char *op, int64_t *id, bool *running,
		     struct error *e);
	void (*end)(void *d, int64_t id);
	/* The busy VM's per-VM API socket path. */
	void (*sock)(void *d, int64_t id, char *out, size_t n);
	/* End the busy VM's run (graceful: the API's shutdown, which closes
	 * its disks cleanly; else SIGKILL) and wait for its exit. */
	int (*halt)(void *d, const char *name, bool graceful, struct error *e);
	/* Start the busy VM (as POST /vms/NAME/start). */
	int (*start)(void *d, const char *name, struct error *e);
};

/* A snapshot create body {"name", "description"}: unknown fields, wrong
 * types, a bad name, a description with control characters (other than
 * newline and tab) or longer than 1023 bytes refused naming the field
 * (ERR_INVALID). Pure: tests/fuzz/fuzz_storage.c feeds it hostile bodies. */
struct snap_create_req {
	char name[SPEC_NAME_MAX + 1];
	char description[1024];
};
int snap_parse_create(const char *body, size_t len, struct snap_create_req *r, struct error *e);

/* Serve a snapshot request for the VM in the url. Returns the HTTP status
 * with *out set (NULL for 204), or -1 with e set; *allow for a 405. */
int snap_handle(struct snap_store *st, const struct snap_vm_ops *ops, const char *method,
		const char *url, const char *body, size_t len, json_t **out, const char **allow,
		struct error *e);

/* What each disk of VM shows now (snap NULL; the VM must be stopped, or
 * its writable disks would change under a copy) or at snapshot snap: the
 * file (whose chain holds it) and its format, the disk's options and its
 * configured spec. Read-only disks: the configured file itself. */
struct snap_source {
	char path[1600];
	char format[8];
	char opts[SPEC_STR_MAX + 1];
	char spec[SPEC_STR_MAX + 1];
	bool readonly;
};
int snap_disk_sources(struct snap_store *st, const char *vm, const char *snap,
		      struct snap_source *out, unsigned *n, struct error *e);

/* VM vm's stored configuration, parsed (the caller's reference). Takes
 * the lock. NULL with e set: no such VM, or out of memory. */
json_t *snap_vm_config(struct snap_store *st, const char *vm, struct error *e);

/* Take a disks-only snapshot `name` of the stopped VM vm, which the
 * caller already holds busy (a linked clone of a stopped VM freezes its
 * disks this way). 0, or -1 with e set. */
int snap_create_held(struct snap_store *st, const struct snap_vm_ops *ops, const char *vm,
		     const char *name, const char *description, struct error *e);

/* Delete snapshot snap of the stopped VM vm, which the caller holds busy
 * (a linked clone that failed takes back the snapshot it made). */
int snap_delete_held(struct snap_store *st, const char *vm, const char *snap, struct error *e);

/* Snapshot snap of VM vm_id: its row id and its memory state files
 * (malloc'd; NULL for a disks-only snapshot). Takes the lock. */
int snap_find_info(struct snap_store *st, int64_t vm_id, const char *snap, int64_t *snap_id,
		   char **state_path, char **mem_path, struct error *e);

/* A new VM's layers row (lock held, in the caller's transaction): layered
 * from the start over the disks of `config`, each slot's top overlay in
 * tops (path or null), and a memory state its first start restores (as a
 * clone when restore_clone). */
int snap_layers_init(struct snap_store *st, int64_t vm_id, const char *config, json_t *tops,
		     const char *restore_state, const char *restore_mem, bool restore_clone,
		     struct error *e);

/* STATE/vms/ID/layers. */
void snap_layers_dir(const struct snap_store *st, int64_t vm_id, char *out, size_t n);

/* At daemon start (no lock needed, nothing runs yet): remove the VM's
 * layer and snapshot files that no row names, directly or as the backing
 * of a layer that is named (an operation cut short by a crash, a merge's
 * temporary). */
void snap_remove_unrecorded(struct snap_store *st, int64_t vm_id);

/* Remove the layer and snapshot files of a VM being deleted (its rows go
 * with the VM's by ON DELETE CASCADE). */
void snap_remove_vm_files(const char *state_dir, int64_t vm_id);

#endif
