/* The daemon's storage pool: volumes (qcow2 or raw images) in
 * STATE/volumes, recorded in the inventory's `volumes` table, served under
 * /volumes (docs/api/daemon.yaml), and referenced by VM configurations as
 * "vol:NAME[,opts]" disks (docs/daemon.md, "Volumes"). */
#ifndef RVISOR_DAEMON_VOLUMES_H
#define RVISOR_DAEMON_VOLUMES_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

#define VOL_DISK_PREFIX "vol:"
#define VOL_MAX_PENDING 16 /* volumes being made at once */

#include "daemon/spec.h"

#define VOL_SIZE_MAX (1ull << 44) /* 16 TiB */

struct inventory;
struct sup_peer;
struct vm_spec;
typedef struct json_t json_t;

struct vol_pool {
	struct inventory *inv;
	pthread_mutex_t *lock; /* the daemon's lock: guards inv and pending */
	char dir[1100];	       /* STATE/volumes */
	/* Names of volumes whose files are being made (lock held): a second
	 * create of the same name is refused before any copy starts. */
	char pending[VOL_MAX_PENDING][64];
};

/* Make STATE/volumes, and remove what a create or delete cut short left
 * there: temporary files, and volume files no row records. Called before
 * serving (no lock needed). */
int vol_pool_open(struct vol_pool *p, struct inventory *inv, pthread_mutex_t *lock,
		  const char *state_dir, struct error *e);

/* A request body: POST /volumes (create, or import with source) or, with
 * !create, POST /volumes/{name}/resize. Unknown fields, wrong types and
 * bad combinations are refused naming the field (ERR_INVALID). Pure:
 * tests/fuzz/fuzz_storage.c feeds it hostile bodies. */
struct vol_request {
	char name[SPEC_NAME_MAX + 1];
	char format[8]; /* qcow2 (the default) or raw; "" for an import */
	uint64_t size;	/* 0: not given */
	char backing[SPEC_NAME_MAX + 1];
	char source[SPEC_STR_MAX + 1];
};
int vol_parse_request(const char *body, size_t len, bool create, struct vol_request *r,
		      struct error *e);

/* Is url one of the pool's paths (/volumes, /volumes/...)? */
bool vol_route_is(const char *url);

/* Serve one request on a pool path. peer (NULL: no check needed) is the
 * client whose access to an imported host file is checked. Returns the
 * HTTP status (2xx) with *out set (NULL for 204), or -1 with e set; on an
 * unsupported method *allow names the path's methods (answer 405). */
int vol_handle(struct vol_pool *p, const struct sup_peer *peer, const char *method, const char *url,
	       const char *body, size_t len, json_t **out, const char **allow, struct error *e);

/* For VM configurations (lock held): every "vol:NAME" disk of the
 * configuration (JSON text) names a recorded volume (ERR_INVALID
 * otherwise). */
int vol_check_config_locked(struct vol_pool *p, const char *config, struct error *e);

/* Rewrite every "vol:NAME[,opts]" disk of s into "PATH,format=FMT[,opts]"
 * for `rvisor run` (takes the lock). */
int vol_resolve_spec(struct vol_pool *p, struct vm_spec *s, struct error *e);

/* A new qcow2 volume holding a flat copy of what the image src (format
 * src_fmt, its backing chain included) shows: a full clone's disk. Takes
 * the lock; nothing is left on failure. */
int vol_create_copy(struct vol_pool *p, const char *name, const char *src, const char *src_fmt,
		    struct error *e);
/* The same flat copy into a new temporary file of the pool (tmp, n: its
 * path; removed by vol_pool_open after a crash): an export's disk. The
 * caller unlinks it. */
int vol_flatten_tmp(struct vol_pool *p, const char *src, const char *src_fmt, char *tmp, size_t n,
		    struct error *e);
/* A new temporary file of the pool, opened (fd returned), path in tmp. */
int vol_tmp_file(struct vol_pool *p, const char *what, char *tmp, size_t n, struct error *e);
/* A new volume imported from the image file src with the checks of
 * POST /volumes {"source"} (no backing file, no corruption), no access
 * check (src is the daemon's own file). */
int vol_create_import(struct vol_pool *p, const char *name, const char *src, struct error *e);
/* Delete a volume (as DELETE /volumes/{name}; takes the lock). */
int vol_delete(struct vol_pool *p, const char *name, struct error *e);

/* Is this disk spec a volume reference? */
bool vol_is_ref(const char *disk);

#endif
