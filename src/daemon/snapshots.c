/* A VM's snapshot tree with its disks (see snapshots.h, docs/daemon.md
 * "Snapshots"). Files: STATE/vms/ID/layers/dK-TOKEN.qcow2 (overlays, each
 * naming its lower layer: a sibling by file name, a base disk by absolute
 * path) and STATE/vms/ID/snapshots/TOKEN.state|.mem (a running VM's state
 * and memory). Rows: snapshots (the tree) and vm_layers (the VM's current
 * snapshot, its top overlays, and a memory state to resume from). */
#include "daemon/snapshots.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "daemon/inventory.h"
#include "daemon/layers.h"
#include "daemon/origins.h"
#include "daemon/spec.h"
#include "daemon/volumes.h"
#include "util/uhttp.h"

#define VM_API_MS 60000 /* a memory snapshot writes the guest's RAM */

/* --- paths and tokens --- */

static void vm_dir(const struct snap_store *st, int64_t id, const char *sub, char *out, size_t n)
{
	snprintf(out, n, "%.1000s/vms/%lld/%s", st->state, (long long)id, sub);
}

static void token(char *out, size_t n)
{
	uint32_t r = 0;
	if (getrandom(&r, sizeof(r), 0) != sizeof(r))
		r = (uint32_t)clock();
	snprintf(out, n, "%llx-%08x", (unsigned long long)time(NULL), r);
}

/* --- rows --- */

struct layers_row {
	bool exists;
	int64_t current; /* 0: none */
	char *bases;	 /* JSON text: the configuration's disks when layered */
	json_t *tops;	 /* array per slot: path or null */
	char *restore_state, *restore_mem;
	bool restore_clone; /* that restore takes a new identity (a clone's first start) */
};

static void layers_free(struct layers_row *l)
{
	free(l->bases);
	json_decref(l->tops);
	free(l->restore_state);
	free(l->restore_mem);
	memset(l, 0, sizeof(*l));
}

static char *dup_col(sqlite3_stmt *s, int k)
{
	const unsigned char *t = sqlite3_column_text(s, k);
	return t ? strdup((const char *)t) : NULL;
}

static int db_err(struct snap_store *st, struct error *e, const char *what)
{
	sqlite3 *db = inv_db(st->inv);
	return err_set(e, ERR_IO, "inventory %s: %s: %s", inv_path(st->inv), what,
		       sqlite3_errmsg(db));
}

/* Lock held. */
static int layers_get(struct snap_store *st, int64_t vm, struct layers_row *l, struct error *e)
{
	memset(l, 0, sizeof(*l));
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(inv_db(st->inv),
			       "SELECT current_id, bases, tops, restore_state, restore_mem, "
			       "restore_clone FROM vm_layers WHERE vm_id = ?",
			       -1, &s, NULL) != SQLITE_OK)
		return db_err(st, e, "reading a VM's layers");
	sqlite3_bind_int64(s, 1, vm);
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		l->exists = true;
		l->current = sqlite3_column_int64(s, 0);
		l->bases = dup_col(s, 1);
		const char *t = (const char *)sqlite3_column_text(s, 2);
		l->tops = t ? json_loads(t, 0, NULL) : NULL;
		l->restore_state = dup_col(s, 3);
		l->restore_mem = dup_col(s, 4);
		l->restore_clone = sqlite3_column_int(s, 5) != 0;
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_err(st, e, "reading a VM's layers");
	if (!l->tops)
		l->tops = json_array();
	return 0;
}

static int layers_put(struct snap_store *st, int64_t vm, const struct layers_row *l,
		      struct error *e)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(inv_db(st->inv),
			       "INSERT OR REPLACE INTO vm_layers(vm_id, current_id, bases, tops,"
			       " restore_state, restore_mem, restore_clone)"
			       " VALUES (?, ?, ?, ?, ?, ?, ?)",
			       -1, &s, NULL) != SQLITE_OK)
		return db_err(st, e, "writing a VM's layers");
	char *tops = json_dumps(l->tops, JSON_COMPACT);
	sqlite3_bind_int64(s, 1, vm);
	if (l->current)
		sqlite3_bind_int64(s, 2, l->current);
	else
		sqlite3_bind_null(s, 2);
	sqlite3_bind_text(s, 3, l->bases ? l->bases : "[]", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 4, tops ? tops : "[]", -1, SQLITE_TRANSIENT);
	if (l->restore_state)
		sqlite3_bind_text(s, 5, l->restore_state, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, 5);
	if (l->restore_mem)
		sqlite3_bind_text(s, 6, l->restore_mem, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, 6);
	sqlite3_bind_int(s, 7, l->restore_state && l->restore_clone);
	int rc = sqlite3_step(s);
	sqlite3_finalize(s);
	free(tops);
	return rc == SQLITE_DONE ? 0 : db_err(st, e, "writing a VM's layers");
}

struct snap_row {
	int64_t id, parent;
	char name[SPEC_NAME_MAX + 1];
	char *description;
	json_t *layers; /* array per slot: the frozen layer, or null */
	char *state_path, *mem_path;
	char created_at[32];
};

static void snap_row_free(struct snap_row *r)
{
	free(r->description);
	json_decref(r->layers);
	free(r->state_path);
	free(r->mem_path);
	memset(r, 0, sizeof(*r));
}

#define SNAP_COLUMNS "id, parent_id, name, description, layers, state_path, mem_path, created_at"

static void row_to_snap(sqlite3_stmt *s, struct snap_row *r)
{
	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(s, 0);
	r->parent = sqlite3_column_int64(s, 1);
	snprintf(r->name, sizeof(r->name), "%s", (const char *)sqlite3_column_text(s, 2));
	r->description = dup_col(s, 3);
	const char *t = (const char *)sqlite3_column_text(s, 4);
	r->layers = t ? json_loads(t, 0, NULL) : NULL;
	if (!r->layers)
		r->layers = json_array();
	r->state_path = dup_col(s, 5);
	r->mem_path = dup_col(s, 6);
	const unsigned char *c = sqlite3_column_text(s, 7);
	snprintf(r->created_at, sizeof(r->created_at), "%s", c ? (const char *)c : "");
}

/* Every snapshot of the VM in creation order (lock held). */
static int snaps_list(struct snap_store *st, int64_t vm, struct snap_row **out, unsigned *n,
		      struct error *e)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(inv_db(st->inv),
			       "SELECT " SNAP_COLUMNS " FROM snapshots WHERE vm_id = ? ORDER BY id",
			       -1, &s, NULL) != SQLITE_OK)
		return db_err(st, e, "listing snapshots");
	sqlite3_bind_int64(s, 1, vm);
	int rc;
	unsigned cap = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 8;
			struct snap_row *g = realloc(*out, cap * sizeof(**out));
			if (!g)
				break;
			*out = g;
		}
		row_to_snap(s, &(*out)[(*n)++]);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		for (unsigned k = 0; k < *n; k++)
			snap_row_free(&(*out)[k]);
		free(*out);
		*out = NULL, *n = 0;
		return db_err(st, e, "listing snapshots");
	}
	return 0;
}

static void snaps_free(struct snap_row *r, unsigned n)
{
	for (unsigned k = 0; k < n; k++)
		snap_row_free(&r[k]);
	free(r);
}

static struct snap_row *snap_find(struct snap_row *r, unsigned n, const char *name)
{
	for (unsigned k = 0; k < n; k++)
		if (strcmp(r[k].name, name) == 0)
			return &r[k];
	return NULL;
}

static const char *snap_name_of(struct snap_row *r, unsigned n, int64_t id)
{
	for (unsigned k = 0; k < n; k++)
		if (r[k].id == id)
			return r[k].name;
	return NULL;
}

/* --- the VM as configured --- */

struct vmview {
	int64_t id;
	char *config;
	char *disks_json; /* the configuration's disks, JSON text */
	struct vm_spec spec;
	struct layer_disk disks[SPEC_MAX_DISKS];
	unsigned ndisks;
};

static void vmview_free(struct vmview *v)
{
	free(v->config);
	free(v->disks_json);
	spec_free(&v->spec);
	memset(v, 0, sizeof(*v));
}

/* The VM's configuration with its disks resolved (volumes to files). */
static int vmview_load(struct snap_store *st, const char *name, struct vmview *v, struct error *e)
{
	memset(v, 0, sizeof(*v));
	struct inv_vm row;
	pthread_mutex_lock(st->lock);
	int rc = inv_get(st->inv, name, &row, e);
	pthread_mutex_unlock(st->lock);
	if (rc < 0)
		return -1;
	v->id = row.id;
	v->config = row.config;
	row.config = NULL;
	inv_vm_free(&row);
	json_t *o = json_loads(v->config, 0, NULL);
	v->disks_json = json_dumps(
	    json_object_get(o, "disks") ? json_object_get(o, "disks") : json_array(), JSON_COMPACT);
	json_decref(o);
	if (spec_parse(v->config, strlen(v->config), &v->spec, e) < 0 ||
	    vol_resolve_spec(st->pool, &v->spec, e) < 0) {
		vmview_free(v);
		return -1;
	}
	v->ndisks = v->spec.ndisks;
	for (unsigned k = 0; k < v->ndisks; k++)
		if (layer_disk_parse(v->spec.disks[k], &v->disks[k], e) < 0) {
			vmview_free(v);
			return -1;
		}
	return 0;
}

/* The layers recorded are for these disks (the configuration did not
 * change its disks since). */
static int layers_match(const struct vmview *v, const struct layers_row *l, struct error *e)
{
	if (!l->exists || !l->bases || strcmp(l->bases, v->disks_json) == 0)
		return 0;
	return err_set(e, ERR_CONFLICT,
		       "the VM's disks changed since its snapshots were taken (then %.300s, now "
		       "%.300s): put them back (its disks are layered since its first snapshot)",
		       l->bases, v->disks_json);
}

/* The file slot k reads and writes now: its top overlay, or the disk. */
static const char *current_file(const struct vmview *v, const struct layers_row *l, unsigned k,
				const char **fmt)
{
	json_t *t = json_array_get(l->tops, k);
	if (json_is_string(t)) {
		*fmt = "qcow2";
		return json_string_value(t);
	}
	*fmt = v->disks[k].format;
	return v->disks[k].path;
}

/* --- start --- */

int snap_prepare_start(struct snap_store *st, int64_t vm_id, const char *config, struct vm_spec *s,
		       struct snap_start *out, struct error *e)
{
	memset(out, 0, sizeof(*out));
	struct layers_row l;
	pthread_mutex_lock(st->lock);
	int rc = layers_get(st, vm_id, &l, e);
	pthread_mutex_unlock(st->lock);
	if (rc < 0 || !l.exists) {
		layers_free(&l);
		return rc;
	}
	json_t *o = json_loads(config, 0, NULL);
	char *now = json_dumps(
	    json_object_get(o, "disks") ? json_object_get(o, "disks") : json_array(), JSON_COMPACT);
	json_decref(o);
	if (l.bases && now && strcmp(l.bases, now) != 0)
		rc = err_set(
		    e, ERR_CONFLICT,
		    "its disks changed since its snapshots were taken (then %.300s, now "
		    "%.300s): put them back (its disks are layered since its first snapshot)",
		    l.bases, now);
	free(now);
	for (unsigned k = 0; rc == 0 && k < s->ndisks; k++) {
		json_t *t = json_array_get(l.tops, k);
		if (!json_is_string(t))
			continue;
		struct layer_disk d;
		if ((rc = layer_disk_parse(s->disks[k], &d, e)) < 0)
			break;
		char *spec;
		if (asprintf(&spec, "%s,format=qcow2%s", json_string_value(t), d.opts) < 0) {
			rc = err_set(e, ERR_IO, "out of memory");
			break;
		}
		free(s->disks[k]);
		s->disks[k] = spec;
	}
	if (rc == 0 && l.restore_state && l.restore_mem) {
		out->restore_state = l.restore_state;
		out->restore_mem = l.restore_mem;
		out->clone = l.restore_clone;
		l.restore_state = l.restore_mem = NULL;
	}
	layers_free(&l);
	return rc;
}

void snap_started(struct snap_store *st, int64_t vm_id)
{
	pthread_mutex_lock(st->lock);
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(inv_db(st->inv),
			       "UPDATE vm_layers SET restore_state = NULL, restore_mem = NULL,"
			       " restore_clone = 0 WHERE vm_id = ?",
			       -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(s, 1, vm_id);
		sqlite3_step(s);
	}
	sqlite3_finalize(s);
	pthread_mutex_unlock(st->lock);
}

void snap_start_free(struct snap_start *s)
{
	free(s->restore_state);
	free(s->restore_mem);
	memset(s, 0, sizeof(*s));
}

char **snap_restore_args(const struct vm_spec *s, const char *api_sock, const struct snap_start *r)
{
	size_t n = 0, max = 8 + 2 * s->ndisks + 1;
	char **a = calloc(max, sizeof(*a));
	if (!a)
		return NULL;
	a[n++] = "run";
	a[n++] = "--api-socket";
	a[n++] = (char *)api_sock;
	a[n++] = "--restore";
	a[n++] = r->restore_state;
	a[n++] = "--mem-file";
	a[n++] = r->restore_mem;
	if (r->clone)
		a[n++] = "--clone";
	for (unsigned k = 0; k < s->ndisks; k++)
		a[n++] = "--disk", a[n++] = s->disks[k];
	a[n] = NULL;
	return a;
}

/* --- JSON --- */

static json_t *snap_json(const struct snap_row *r, struct snap_row *all, unsigned n,
			 int64_t current)
{
	const char *parent = r->parent ? snap_name_of(all, n, r->parent) : NULL;
	return json_pack("{s:s, s:o, s:s, s:s, s:b, s:b, s:O}", "name", r->name, "parent",
			 parent ? json_string(parent) : json_null(), "description",
			 r->description ? r->description : "", "created_at", r->created_at,
			 "memory", r->state_path != NULL, "current", r->id == current, "layers",
			 r->layers);
}

static int op_list(struct snap_store *st, const char *vm, json_t **out, struct error *e)
{
	struct inv_vm row;
	pthread_mutex_lock(st->lock);
	int rc = inv_get(st->inv, vm, &row, e);
	struct snap_row *all = NULL;
	unsigned n = 0;
	struct layers_row l = {0};
	if (rc == 0) {
		rc = snaps_list(st, row.id, &all, &n, e);
		if (rc == 0)
			rc = layers_get(st, row.id, &l, e);
		inv_vm_free(&row);
	}
	pthread_mutex_unlock(st->lock);
	if (rc < 0) {
		snaps_free(all, n);
		return -1;
	}
	json_t *a = json_array();
	for (unsigned k = 0; k < n; k++)
		json_array_append_new(a, snap_json(&all[k], all, n, l.current));
	const char *cur = l.current ? snap_name_of(all, n, l.current) : NULL;
	*out = json_pack("{s:o, s:o, s:b}", "snapshots", a, "current",
			 cur ? json_string(cur) : json_null(), "resumes_from_memory",
			 l.restore_state != NULL);
	snaps_free(all, n);
	layers_free(&l);
	return 200;
}

/* --- create --- */

static int snap_create_field(const char *k, json_t *v, const char *t, void *ctx, struct error *e)
{
	struct snap_create_req *r = ctx;
	(void)v; /* every field here is a string */
	int rc = 0;
	if (strcmp(k, "name") == 0) {
		if (!t || !spec_name_ok(t))
			rc = err_set(e, ERR_INVALID, "field 'name' must be a snapshot name (%s)",
				     SPEC_NAME_RULE);
		else
			snprintf(r->name, sizeof(r->name), "%s", t);
	} else if (strcmp(k, "description") == 0) {
		bool ctl = false;
		for (const char *c = t; c && *c; c++)
			ctl |= (unsigned char)*c < 0x20 && *c != '\n' && *c != '\t';
		if (!t || strlen(t) >= sizeof(r->description) || ctl)
			rc = err_set(e, ERR_INVALID,
				     "field 'description' must be a string of at most %zu "
				     "bytes without control characters",
				     sizeof(r->description) - 1);
		else
			snprintf(r->description, sizeof(r->description), "%s", t);
	} else {
		rc = err_set(e, ERR_INVALID,
			     "unknown field '%.80s' (known fields: name, description)", k);
	}
	return rc;
}

int snap_parse_create(const char *body, size_t len, struct snap_create_req *r, struct error *e)
{
	memset(r, 0, sizeof(*r));
	int rc = spec_each_field(body, len, snap_create_field, r, e);
	if (rc == 0 && !r->name[0])
		rc = err_set(e, ERR_INVALID, "field 'name' is required");
	return rc;
}

/* A per-VM API request; 0 on a 2xx answer, else -1 with e set. */
static int vm_api(const char *sock, const char *method, const char *path, const char *json,
		  struct error *e)
{
	char *body = NULL;
	int st = uhttp_request(sock, method, path, json, VM_API_MS, &body, e);
	int rc = 0;
	if (st < 0) {
		rc = err_prefix(e, "%s %s", method, path);
	} else if (st >= 300) {
		json_t *j = json_loads(body, 0, NULL);
		json_t *m = json_object_get(j, "fault_message");
		rc = err_set(e, ERR_IO, "%s %s: %d %.400s", method, path, st,
			     json_is_string(m) ? json_string_value(m) : body);
		json_decref(j);
	}
	free(body);
	return rc;
}

static void unlink_all(char (*files)[1300], unsigned n)
{
	for (unsigned k = 0; k < n; k++)
		if (files[k][0])
			unlink(files[k]);
}

/* Take snapshot req of VM vm, which the caller holds busy (id, running):
 * 0, or -1 with e set. */
static int create_held(struct snap_store *st, const struct snap_vm_ops *ops, const char *vm,
		       bool running, const struct snap_create_req *r, struct error *e)
{
	struct snap_create_req req = *r;
	struct vmview v;
	struct layers_row l = {0};
	struct snap_row *all = NULL;
	unsigned n = 0;
	char made[SPEC_MAX_DISKS + 2][1300] = {{0}};
	unsigned nmade = 0;
	char tok[40], dir[1200], snapdir[1200], state[1300] = "", mem[1300] = "";
	bool paused = false, recorded = false;
	int rc = vmview_load(st, vm, &v, e);
	if (rc < 0)
		goto out_noview;
	pthread_mutex_lock(st->lock);
	rc = layers_get(st, v.id, &l, e);
	if (rc == 0)
		rc = snaps_list(st, v.id, &all, &n, e);
	pthread_mutex_unlock(st->lock);
	if (rc == 0)
		rc = layers_match(&v, &l, e);
	if (rc == 0 && snap_find(all, n, req.name))
		rc = err_set(e, ERR_CONFLICT, "VM '%s' already has a snapshot named '%s'", vm,
			     req.name);
	token(tok, sizeof(tok));
	vm_dir(st, v.id, "layers", dir, sizeof(dir));
	vm_dir(st, v.id, "snapshots", snapdir, sizeof(snapdir));
	if (rc == 0 && ((mkdir(dir, 0700) < 0 && errno != EEXIST) ||
			(mkdir(snapdir, 0700) < 0 && errno != EEXIST)))
		rc = err_errno(e, errno, "%s", dir);
	/* A running VM: paused, its memory and device state written. */
	char sock[200];
	if (rc == 0 && running) {
		ops->sock(ops->d, v.id, sock, sizeof(sock));
		snprintf(state, sizeof(state), "%s/%s.state", snapdir, tok);
		snprintf(mem, sizeof(mem), "%s/%s.mem", snapdir, tok);
		char *req_json = NULL;
		json_t *j = json_pack("{s:s, s:s}", "snapshot_path", state, "mem_file_path", mem);
		req_json = json_dumps(j, JSON_COMPACT);
		json_decref(j);
		rc = vm_api(sock, "PATCH", "/vm", "{\"state\":\"paused\"}", e);
		paused = rc == 0;
		if (rc == 0 && (rc = vm_api(sock, "PUT", "/snapshot/create", req_json, e)) == 0) {
			snprintf(made[nmade++], sizeof(made[0]), "%s", state);
			snprintf(made[nmade++], sizeof(made[0]), "%s", mem);
		}
		free(req_json);
		if (rc < 0)
			err_prefix(e, "VM '%s': the memory snapshot failed", vm);
	}
	/* Each writable disk's current file is frozen; the VM goes on in a
	 * new overlay over it. */
	json_t *layers = json_array(), *tops = json_array();
	for (unsigned k = 0; k < v.ndisks; k++) {
		const char *fmt, *cur = current_file(&v, &l, k, &fmt);
		if (rc < 0 || v.disks[k].readonly) {
			json_array_append_new(layers, json_null());
			json_array_append(tops, json_array_get(l.tops, k)
						    ? json_array_get(l.tops, k)
						    : json_null());
			continue;
		}
		char top[1300];
		snprintf(top, sizeof(top), "%s/d%u-%s.qcow2", dir, k, tok);
		if ((rc = layer_make_overlay(top, cur, fmt, e)) == 0)
			snprintf(made[nmade++], sizeof(made[0]), "%s", top);
		json_array_append_new(layers, json_string(cur));
		json_array_append_new(tops, json_string(top));
	}
	/* Recorded in one transaction: the snapshot, the VM's new tops and
	 * (running) the memory state it resumes from. */
	if (rc == 0) {
		pthread_mutex_lock(st->lock);
		char *lj = json_dumps(layers, JSON_COMPACT);
		sqlite3_stmt *s = NULL;
		rc = inv_begin(st->inv, e);
		if (rc == 0 &&
		    sqlite3_prepare_v2(inv_db(st->inv),
				       "INSERT INTO snapshots(vm_id, name, parent_id, description, "
				       "layers, state_path, mem_path) VALUES (?, ?, ?, ?, ?, ?, ?)",
				       -1, &s, NULL) != SQLITE_OK)
			rc = db_err(st, e, "recording a snapshot");
		if (rc == 0) {
			sqlite3_bind_int64(s, 1, v.id);
			sqlite3_bind_text(s, 2, req.name, -1, SQLITE_TRANSIENT);
			if (l.current)
				sqlite3_bind_int64(s, 3, l.current);
			else
				sqlite3_bind_null(s, 3);
			sqlite3_bind_text(s, 4, req.description, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(s, 5, lj, -1, SQLITE_TRANSIENT);
			if (running) {
				sqlite3_bind_text(s, 6, state, -1, SQLITE_TRANSIENT);
				sqlite3_bind_text(s, 7, mem, -1, SQLITE_TRANSIENT);
			} else {
				sqlite3_bind_null(s, 6);
				sqlite3_bind_null(s, 7);
			}
			if (sqlite3_step(s) != SQLITE_DONE)
				rc = db_err(st, e, "recording a snapshot");
		}
		sqlite3_finalize(s);
		if (rc == 0) {
			json_decref(l.tops);
			l.tops = json_incref(tops);
			l.current = sqlite3_last_insert_rowid(inv_db(st->inv));
			free(l.bases);
			l.bases = strdup(v.disks_json);
			free(l.restore_state);
			free(l.restore_mem);
			l.restore_state = running ? strdup(state) : NULL;
			l.restore_mem = running ? strdup(mem) : NULL;
			rc = layers_put(st, v.id, &l, e);
		}
		if (rc == 0)
			rc = inv_commit(st->inv, e);
		else
			inv_rollback(st->inv);
		recorded = rc == 0;
		free(lj);
		pthread_mutex_unlock(st->lock);
	}
	json_decref(layers);
	json_decref(tops);
	if (!recorded) {
		unlink_all(made, nmade);
		if (paused) {
			struct error re;
			vm_api(sock, "PATCH", "/vm", "{\"state\":\"running\"}", &re);
		}
		goto out;
	}
	/* The running VM goes on from the memory state just written, in its
	 * new overlays: its process is replaced (shut down cleanly, so its
	 * disks are closed, then restored). */
	if (running) {
		struct error he;
		if (ops->halt(ops->d, vm, true, &he) < 0 || ops->start(ops->d, vm, &he) < 0) {
			rc = err_set(e, ERR_IO,
				     "snapshot '%s' of VM '%s' taken, but the VM did not go on: %s "
				     "(start it again: it resumes from the snapshot)",
				     req.name, vm, he.msg);
			goto out;
		}
	}
	fprintf(stderr, "rvisor daemon: VM '%s': snapshot '%s'%s\n", vm, req.name,
		running ? " (with memory)" : " (disks)");
out:
	vmview_free(&v);
out_noview:
	layers_free(&l);
	snaps_free(all, n);
	return rc < 0 ? -1 : 0;
}

int snap_create_held(struct snap_store *st, const struct snap_vm_ops *ops, const char *vm,
		     const char *name, const char *description, struct error *e)
{
	struct snap_create_req req = {0};
	snprintf(req.name, sizeof(req.name), "%s", name);
	snprintf(req.description, sizeof(req.description), "%s", description);
	return create_held(st, ops, vm, false, &req, e);
}

static int op_create(struct snap_store *st, const struct snap_vm_ops *ops, const char *vm,
		     const char *body, size_t len, json_t **out, struct error *e)
{
	struct snap_create_req req;
	if (snap_parse_create(body, len, &req, e) < 0)
		return -1;
	int64_t id;
	bool running;
	if (ops->begin(ops->d, vm, "snapshot", &id, &running, e) < 0)
		return -1;
	int rc = create_held(st, ops, vm, running, &req, e);
	*out = NULL;
	if (rc == 0)
		rc = op_list(st, vm, out, e) < 0 ? -1 : 0;
	ops->end(ops->d, id);
	return rc < 0 ? -1 : 201;
}

/* --- revert --- */

static int op_revert(struct snap_store *st, const struct snap_vm_ops *ops, const char *vm,
		     const char *snap, json_t **out, struct error *e)
{
	int64_t id;
	bool running;
	if (ops->begin(ops->d, vm, "snapshot revert", &id, &running, e) < 0)
		return -1;
	struct vmview v;
	struct layers_row l = {0};
	struct snap_row *all = NULL, *s = NULL;
	unsigned n = 0;
	char made[SPEC_MAX_DISKS][1300] = {{0}};
	unsigned nmade = 0;
	char tok[40], dir[1200];
	int rc = vmview_load(st, vm, &v, e);
	if (rc < 0)
		goto out_noview;
	pthread_mutex_lock(st->lock);
	rc = layers_get(st, v.id, &l, e);
	if (rc == 0)
		rc = snaps_list(st, v.id, &all, &n, e);
	pthread_mutex_unlock(st->lock);
	if (rc == 0 && !(s = snap_find(all, n, snap)))
		rc = err_set(e, ERR_NOT_FOUND, "VM '%s' has no snapshot named '%s'", vm, snap);
	if (rc == 0)
		rc = layers_match(&v, &l, e);
	if (rc == 0 && json_array_size(s->layers) != v.ndisks)
		rc = err_set(e, ERR_CONFLICT, "snapshot '%s' has %zu disks, the VM %u", snap,
			     json_array_size(s->layers), v.ndisks);
	/* The running VM's state is replaced: it is killed. */
	if (rc == 0 && running)
		rc = ops->halt(ops->d, vm, false, e);
	token(tok, sizeof(tok));
	vm_dir(st, v.id, "layers", dir, sizeof(dir));
	json_t *tops = json_array();
	for (unsigned k = 0; k < v.ndisks; k++) {
		json_t *layer = json_array_get(s ? s->layers : NULL, k);
		if (rc < 0 || !json_is_string(layer)) {
			json_array_append_new(tops, json_null());
			continue;
		}
		const char *lower = json_string_value(layer);
		const char *fmt = layer_in_dir(lower, dir) ? "qcow2" : v.disks[k].format;
		char top[1300];
		snprintf(top, sizeof(top), "%s/d%u-%s.qcow2", dir, k, tok);
		if ((rc = layer_make_overlay(top, lower, fmt, e)) == 0)
			snprintf(made[nmade++], sizeof(made[0]), "%s", top);
		json_array_append_new(tops, json_string(top));
	}
	json_t *old = json_incref(l.tops);
	if (rc == 0) {
		pthread_mutex_lock(st->lock);
		json_decref(l.tops);
		l.tops = json_incref(tops);
		l.current = s->id;
		free(l.restore_state);
		free(l.restore_mem);
		l.restore_state = s->state_path ? strdup(s->state_path) : NULL;
		l.restore_mem = s->mem_path ? strdup(s->mem_path) : NULL;
		if (!l.bases)
			l.bases = strdup(v.disks_json);
		rc = layers_put(st, v.id, &l, e);
		pthread_mutex_unlock(st->lock);
	}
	json_decref(tops);
	if (rc < 0) {
		unlink_all(made, nmade);
		json_decref(old);
		goto out;
	}
	/* The old tops held the state left behind: no snapshot has them. */
	size_t i;
	json_t *t;
	json_array_foreach(old, i,
			   t) if (json_is_string(t) && layer_in_dir(json_string_value(t), dir))
	    unlink(json_string_value(t));
	json_decref(old);
	if (running && ops->start(ops->d, vm, e) < 0) {
		err_prefix(e, "VM '%s' reverted to '%s' but did not start", vm, snap);
		rc = -1;
		goto out;
	}
	fprintf(stderr, "rvisor daemon: VM '%s': reverted to snapshot '%s'\n", vm, snap);
	rc = op_list(st, vm, out, e) < 0 ? -1 : 0;
out:
	vmview_free(&v);
out_noview:
	layers_free(&l);
	snaps_free(all, n);
	ops->end(ops->d, id);
	return rc < 0 ? -1 : 200;
}

/* --- delete --- */

/* Delete snapshot snap of VM vm, which the caller holds busy: 0, or -1
 * with e set. */
static int delete_held(struct snap_store *st, const char *vm, bool running, const char *snap,
		       struct error *e)
{
	struct inv_vm row;
	struct layers_row l = {0};
	struct snap_row *all = NULL, *s = NULL;
	unsigned n = 0;
	char dir[1200];
	pthread_mutex_lock(st->lock);
	int rc = inv_get(st->inv, vm, &row, e);
	if (rc == 0) {
		inv_vm_free(&row);
		rc = layers_get(st, row.id, &l, e);
		if (rc == 0)
			rc = snaps_list(st, row.id, &all, &n, e);
	}
	if (rc == 0 && !(s = snap_find(all, n, snap)))
		rc = err_set(e, ERR_NOT_FOUND, "VM '%s' has no snapshot named '%s'", vm, snap);
	char users[512];
	int nusers =
	    rc == 0 ? origin_dependents(st->inv, row.id, s->id, users, sizeof(users), e) : 0;
	if (nusers < 0)
		rc = -1;
	else if (nusers > 0)
		rc = err_set(e, ERR_CONFLICT,
			     "snapshot '%s' of VM '%s' holds the disk layers of its linked "
			     "clone(s) %s: delete them first",
			     snap, vm, users);
	if (rc == 0 && l.restore_state && s->state_path &&
	    strcmp(l.restore_state, s->state_path) == 0 && !running)
		rc = err_set(e, ERR_CONFLICT,
			     "VM '%s' resumes from snapshot '%s''s memory state at its next start: "
			     "start it first, or revert to another snapshot",
			     vm, snap);
	/* The row goes first (its children take its parent); the files
	 * after, so a failure there leaves only unused files. */
	if (rc == 0) {
		vm_dir(st, row.id, "layers", dir, sizeof(dir));
		sqlite3_stmt *q = NULL;
		rc = inv_begin(st->inv, e);
		if (rc == 0 && sqlite3_prepare_v2(inv_db(st->inv),
						  "UPDATE snapshots SET parent_id = ?1 WHERE "
						  "parent_id = ?2; ",
						  -1, &q, NULL) == SQLITE_OK) {
			if (s->parent)
				sqlite3_bind_int64(q, 1, s->parent);
			else
				sqlite3_bind_null(q, 1);
			sqlite3_bind_int64(q, 2, s->id);
			if (sqlite3_step(q) != SQLITE_DONE)
				rc = db_err(st, e, "deleting a snapshot");
		} else if (rc == 0) {
			rc = db_err(st, e, "deleting a snapshot");
		}
		sqlite3_finalize(q);
		q = NULL;
		if (rc == 0 && l.current == s->id) {
			l.current = s->parent;
			rc = layers_put(st, row.id, &l, e);
		}
		if (rc == 0 &&
		    (sqlite3_prepare_v2(inv_db(st->inv), "DELETE FROM snapshots WHERE id = ?", -1,
					&q, NULL) != SQLITE_OK ||
		     (sqlite3_bind_int64(q, 1, s->id), sqlite3_step(q)) != SQLITE_DONE))
			rc = db_err(st, e, "deleting a snapshot");
		sqlite3_finalize(q);
		if (rc == 0)
			rc = inv_commit(st->inv, e);
		else
			inv_rollback(st->inv);
	}
	pthread_mutex_unlock(st->lock);
	if (rc == 0) {
		/* Its memory state (a VM restored from it maps it privately:
		 * unlinking does not change what it runs from). */
		if (s->state_path)
			unlink(s->state_path);
		if (s->mem_path)
			unlink(s->mem_path);
		/* Each of its layers that is ours and has exactly one child is
		 * merged into that child; a layer two children share stays. A
		 * child a running VM writes (its top) is not rewritten. */
		size_t i;
		json_t *layer;
		json_array_foreach(s->layers, i, layer)
		{
			const char *L = json_string_value(layer);
			if (!L || !layer_in_dir(L, dir))
				continue;
			char child[1600] = "", bk[1600];
			unsigned nchild = 0;
			DIR *dd = opendir(dir);
			struct dirent *de;
			while (dd && (de = readdir(dd))) {
				if (de->d_name[0] == '.' || !strstr(de->d_name, ".qcow2") ||
				    strstr(de->d_name, ".merge"))
					continue;
				char p[1600];
				snprintf(p, sizeof(p), "%s/%s", dir, de->d_name);
				layer_backing_of(p, bk, sizeof(bk));
				if (strcmp(bk, L) == 0)
					nchild++, snprintf(child, sizeof(child), "%s", p);
			}
			if (dd)
				closedir(dd);
			bool child_is_top = false;
			size_t j;
			json_t *t;
			json_array_foreach(l.tops, j, t) child_is_top |=
			    json_is_string(t) && strcmp(json_string_value(t), child) == 0;
			/* A layer a linked clone's overlay names is never
			 * rewritten (its view would stay, its file would not). */
			pthread_mutex_lock(st->lock);
			bool shared = nchild == 1 && origin_layer_shared(st->inv, child);
			pthread_mutex_unlock(st->lock);
			struct error me;
			if (nchild == 1 && !(running && child_is_top) && !shared &&
			    layer_merge(L, child, &me) < 0)
				fprintf(stderr, "rvisor daemon: VM '%s': layer %s kept: %s\n", vm,
					L, me.msg);
		}
		fprintf(stderr, "rvisor daemon: VM '%s': deleted snapshot '%s'\n", vm, snap);
	}
	layers_free(&l);
	snaps_free(all, n);
	return rc < 0 ? -1 : 0;
}

int snap_delete_held(struct snap_store *st, const char *vm, const char *snap, struct error *e)
{
	return delete_held(st, vm, false, snap, e);
}

static int op_delete(struct snap_store *st, const struct snap_vm_ops *ops, const char *vm,
		     const char *snap, struct error *e)
{
	int64_t id;
	bool running;
	if (ops->begin(ops->d, vm, "snapshot delete", &id, &running, e) < 0)
		return -1;
	int rc = delete_held(st, vm, running, snap, e);
	ops->end(ops->d, id);
	return rc < 0 ? -1 : 204;
}

/* --- routing --- */

bool snap_route_is(const char *url)
{
	if (strncmp(url, "/vms/", 5) != 0)
		return false;
	const char *slash = strchr(url + 5, '/');
	return slash && strncmp(slash, "/snapshots", 10) == 0 &&
	       (slash[10] == 0 || slash[10] == '/');
}

static int name_part(const char *s, size_t n, char *out, const char *what, struct error *e)
{
	if (n > SPEC_NAME_MAX)
		return err_set(e, ERR_INVALID, "'%.80s...' is not a valid %s name (%s)", s, what,
			       SPEC_NAME_RULE);
	memcpy(out, s, n);
	out[n] = 0;
	if (!spec_name_ok(out))
		return err_set(e, ERR_INVALID, "'%.80s' is not a valid %s name (%s)", out, what,
			       SPEC_NAME_RULE);
	return 0;
}

int snap_handle(struct snap_store *st, const struct snap_vm_ops *ops, const char *method,
		const char *url, const char *body, size_t len, json_t **out, const char **allow,
		struct error *e)
{
	*out = NULL;
	*allow = NULL;
	const char *vmn = url + 5, *slash = strchr(vmn, '/');
	char vm[SPEC_NAME_MAX + 1], snap[SPEC_NAME_MAX + 1];
	if (name_part(vmn, (size_t)(slash - vmn), vm, "VM", e) < 0)
		return -1;
	const char *rest = slash + strlen("/snapshots");
	bool get = strcmp(method, "GET") == 0, post = strcmp(method, "POST") == 0;
	if (!*rest) {
		*allow = "GET, POST";
		if (get)
			return op_list(st, vm, out, e);
		if (post)
			return op_create(st, ops, vm, body, len, out, e);
		return err_set(e, ERR_UNSUPPORTED, "this path allows only GET, POST");
	}
	/* The method is checked before the snapshot's name: a 405 names the
	 * path's methods whatever the name. */
	const char *sn = rest + 1, *s2 = strchr(sn, '/');
	if (s2 && strcmp(s2, "/revert") != 0)
		return err_set(e, ERR_NOT_FOUND,
			       "no such resource: %.200s (a snapshot's actions: revert)", url);
	*allow = s2 ? "POST" : "DELETE";
	if (strcmp(method, s2 ? "POST" : "DELETE") != 0)
		return err_set(e, ERR_UNSUPPORTED, "this path allows only %s", *allow);
	if (name_part(sn, s2 ? (size_t)(s2 - sn) : strlen(sn), snap, "snapshot", e) < 0)
		return -1;
	if (!s2)
		return op_delete(st, ops, vm, snap, e);
	return op_revert(st, ops, vm, snap, out, e);
}

/* --- a VM deleted --- */

static void remove_dir_files(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		char p[1400];
		snprintf(p, sizeof(p), "%s/%s", dir, de->d_name);
		unlink(p);
	}
	closedir(d);
	rmdir(dir);
}

void snap_remove_vm_files(const char *state_dir, int64_t vm_id)
{
	char p[1200];
	snprintf(p, sizeof(p), "%.1000s/vms/%lld/layers", state_dir, (long long)vm_id);
	remove_dir_files(p);
	snprintf(p, sizeof(p), "%.1000s/vms/%lld/snapshots", state_dir, (long long)vm_id);
	remove_dir_files(p);
}

/* --- leftovers of operations cut short --- */

/* Is path one of the n strings of set? */
static bool in_set(char (*set)[1600], unsigned n, const char *path)
{
	for (unsigned k = 0; k < n; k++)
		if (strcmp(set[k], path) == 0)
			return true;
	return false;
}

void snap_remove_unrecorded(struct snap_store *st, int64_t vm_id)
{
	enum { MAXF = 512 };
	char layers[1200], snaps[1200];
	vm_dir(st, vm_id, "layers", layers, sizeof(layers));
	vm_dir(st, vm_id, "snapshots", snaps, sizeof(snaps));
	char(*keep)[1600] = calloc(MAXF, sizeof(*keep));
	if (!keep)
		return;
	unsigned n = 0;
	struct layers_row l;
	struct snap_row *all = NULL;
	unsigned ns = 0;
	struct error e;
	/* What the rows name: the tops, every snapshot's layers and memory
	 * state, the state to resume from. */
	if (layers_get(st, vm_id, &l, &e) < 0 || snaps_list(st, vm_id, &all, &ns, &e) < 0) {
		layers_free(&l);
		free(keep);
		return; /* the inventory failed: remove nothing */
	}
	size_t i;
	json_t *t;
	json_array_foreach(l.tops, i, t) if (json_is_string(t) && n < MAXF)
	    snprintf(keep[n++], sizeof(keep[0]), "%s", json_string_value(t));
	const char *rs[] = {l.restore_state, l.restore_mem};
	for (int k = 0; k < 2; k++)
		if (rs[k] && n < MAXF)
			snprintf(keep[n++], sizeof(keep[0]), "%s", rs[k]);
	for (unsigned k = 0; k < ns; k++) {
		json_array_foreach(all[k].layers, i, t) if (json_is_string(t) && n < MAXF)
		    snprintf(keep[n++], sizeof(keep[0]), "%s", json_string_value(t));
		const char *sm[] = {all[k].state_path, all[k].mem_path};
		for (int j = 0; j < 2; j++)
			if (sm[j] && n < MAXF)
				snprintf(keep[n++], sizeof(keep[0]), "%s", sm[j]);
	}
	/* ... and the layers under them (a layer two children share stays
	 * when its snapshot goes). */
	for (unsigned k = 0; k < n && n < MAXF; k++) {
		char b[1600];
		if (!layer_in_dir(keep[k], layers))
			continue;
		layer_backing_of(keep[k], b, sizeof(b));
		if (b[0] && layer_in_dir(b, layers) && !in_set(keep, n, b))
			snprintf(keep[n++], sizeof(keep[0]), "%s", b);
	}
	bool full = n >= MAXF; /* not sure of the set: remove nothing */
	const char *dirs[] = {layers, snaps};
	for (int k = 0; k < 2 && !full; k++) {
		DIR *d = opendir(dirs[k]);
		struct dirent *de;
		while (d && (de = readdir(d))) {
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			char p[1600];
			snprintf(p, sizeof(p), "%s/%s", dirs[k], de->d_name);
			if (in_set(keep, n, p))
				continue;
			fprintf(stderr,
				"rvisor daemon: removing %s (no snapshot or VM records it)\n", p);
			unlink(p);
		}
		if (d)
			closedir(d);
	}
	layers_free(&l);
	snaps_free(all, ns);
	free(keep);
}

/* --- what a clone copies --- */

json_t *snap_vm_config(struct snap_store *st, const char *vm, struct error *e)
{
	struct inv_vm sv;
	pthread_mutex_lock(st->lock);
	int rc = inv_get(st->inv, vm, &sv, e);
	pthread_mutex_unlock(st->lock);
	if (rc < 0)
		return NULL;
	json_t *o = json_loads(sv.config, 0, NULL);
	inv_vm_free(&sv);
	if (!o)
		err_set(e, ERR_IO, "out of memory");
	return o;
}

int snap_disk_sources(struct snap_store *st, const char *vm, const char *snap,
		      struct snap_source *out, unsigned *n, struct error *e)
{
	*n = 0;
	struct vmview v;
	if (vmview_load(st, vm, &v, e) < 0)
		return -1;
	struct layers_row l = {0};
	struct snap_row *all = NULL, *s = NULL;
	unsigned ns = 0;
	char dir[1200];
	vm_dir(st, v.id, "layers", dir, sizeof(dir));
	pthread_mutex_lock(st->lock);
	int rc = layers_get(st, v.id, &l, e);
	if (rc == 0)
		rc = snaps_list(st, v.id, &all, &ns, e);
	pthread_mutex_unlock(st->lock);
	if (rc == 0)
		rc = layers_match(&v, &l, e);
	if (rc == 0 && snap && !(s = snap_find(all, ns, snap)))
		rc = err_set(e, ERR_NOT_FOUND, "VM '%s' has no snapshot named '%s'", vm, snap);
	json_t *o = rc == 0 ? json_loads(v.config, 0, NULL) : NULL;
	for (unsigned k = 0; rc == 0 && k < v.ndisks; k++) {
		struct snap_source *d = &out[k];
		memset(d, 0, sizeof(*d));
		const char *fmt = v.disks[k].format, *path = v.disks[k].path;
		if (!v.disks[k].readonly) {
			json_t *layer = s ? json_array_get(s->layers, k) : NULL;
			if (json_is_string(layer)) {
				path = json_string_value(layer);
				fmt = layer_in_dir(path, dir) ? "qcow2" : v.disks[k].format;
			} else if (!s) {
				path = current_file(&v, &l, k, &fmt);
			}
		}
		snprintf(d->path, sizeof(d->path), "%s", path);
		snprintf(d->format, sizeof(d->format), "%s", fmt);
		snprintf(d->opts, sizeof(d->opts), "%s", v.disks[k].opts);
		d->readonly = v.disks[k].readonly;
		const char *cfg = json_string_value(json_array_get(json_object_get(o, "disks"), k));
		snprintf(d->spec, sizeof(d->spec), "%s", cfg ? cfg : "");
		(*n)++;
	}
	json_decref(o);
	layers_free(&l);
	snaps_free(all, ns);
	vmview_free(&v);
	return rc;
}

/* --- what a linked clone starts from --- */

int snap_find_info(struct snap_store *st, int64_t vm_id, const char *snap, int64_t *snap_id,
		   char **state_path, char **mem_path, struct error *e)
{
	*state_path = *mem_path = NULL;
	struct snap_row *all = NULL, *s = NULL;
	unsigned n = 0;
	pthread_mutex_lock(st->lock);
	int rc = snaps_list(st, vm_id, &all, &n, e);
	pthread_mutex_unlock(st->lock);
	if (rc == 0 && !(s = snap_find(all, n, snap)))
		rc = err_set(e, ERR_NOT_FOUND, "no snapshot named '%s'", snap);
	if (rc == 0) {
		*snap_id = s->id;
		*state_path = s->state_path ? strdup(s->state_path) : NULL;
		*mem_path = s->mem_path ? strdup(s->mem_path) : NULL;
	}
	snaps_free(all, n);
	return rc;
}

int snap_layers_init(struct snap_store *st, int64_t vm_id, const char *config, json_t *tops,
		     const char *restore_state, const char *restore_mem, bool restore_clone,
		     struct error *e)
{
	json_t *o = json_loads(config, 0, NULL);
	struct layers_row l = {.exists = true, .tops = json_incref(tops)};
	l.bases = json_dumps(
	    json_object_get(o, "disks") ? json_object_get(o, "disks") : json_array(), JSON_COMPACT);
	json_decref(o);
	l.restore_state = restore_state ? strdup(restore_state) : NULL;
	l.restore_mem = restore_mem ? strdup(restore_mem) : NULL;
	l.restore_clone = restore_clone;
	int rc = l.bases ? layers_put(st, vm_id, &l, e) : err_set(e, ERR_IO, "out of memory");
	layers_free(&l);
	return rc;
}

void snap_layers_dir(const struct snap_store *st, int64_t vm_id, char *out, size_t n)
{
	vm_dir(st, vm_id, "layers", out, n);
}
