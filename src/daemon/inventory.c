/* The daemon's inventory in SQLite: schema migrations and the VM table
 * (see inventory.h and docs/daemon.md). */
#include "daemon/inventory.h"

#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct inventory {
	sqlite3 *db;
	char path[4096];
};

/* Migration k (1-based) brings the schema from version k-1 to k. Never
 * edit one that has shipped: add the next. */
static const char *const migrations[] = {
    /* 1: the VM table */
    "CREATE TABLE vms ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " name TEXT NOT NULL UNIQUE,"
    " config TEXT NOT NULL,"
    " running_config TEXT,"
    " state TEXT NOT NULL DEFAULT 'stopped' CHECK (state IN ('stopped', 'starting', 'running')),"
    " keeper_pid INTEGER, keeper_start INTEGER, vm_pid INTEGER, vm_start INTEGER,"
    " last_exit TEXT,"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
    " started_at TEXT);",
    /* volumes: the storage pool STATE/volumes (daemon/volumes.c) */
    "CREATE TABLE volumes ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " name TEXT NOT NULL UNIQUE,"
    " format TEXT NOT NULL CHECK (format IN ('qcow2', 'raw')),"
    " size INTEGER NOT NULL,"
    " backing TEXT REFERENCES volumes(name),"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));",
    /* snapshot trees with disks (daemon/snapshots.c) */
    "CREATE TABLE snapshots ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " vm_id INTEGER NOT NULL REFERENCES vms(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL,"
    " parent_id INTEGER REFERENCES snapshots(id),"
    " description TEXT NOT NULL DEFAULT '',"
    " layers TEXT NOT NULL,"
    " state_path TEXT, mem_path TEXT,"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
    " UNIQUE (vm_id, name));"
    "CREATE TABLE vm_layers ("
    " vm_id INTEGER PRIMARY KEY REFERENCES vms(id) ON DELETE CASCADE,"
    " current_id INTEGER REFERENCES snapshots(id),"
    " bases TEXT NOT NULL, tops TEXT NOT NULL,"
    " restore_state TEXT, restore_mem TEXT);",
    /* 4: where a clone came from (daemon/origins.c): a linked clone's
     * disks are overlays over its source's frozen layers, which stay while
     * it exists; a clone's first start may restore its source snapshot's
     * memory as a clone (a new identity). */
    "CREATE TABLE vm_origins ("
    " vm_id INTEGER PRIMARY KEY REFERENCES vms(id) ON DELETE CASCADE,"
    " source_id INTEGER NOT NULL, source TEXT NOT NULL,"
    " snapshot_id INTEGER, snapshot TEXT,"
    " mode TEXT NOT NULL CHECK (mode IN ('full', 'linked')),"
    " layers TEXT NOT NULL DEFAULT '[]',"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
    "ALTER TABLE vm_layers ADD COLUMN restore_clone INTEGER NOT NULL DEFAULT 0;",
};

static int db_error(struct inventory *inv, struct error *e, const char *what)
{
	int code = sqlite3_errcode(inv->db);
	enum err_class cls = code == SQLITE_CONSTRAINT ? ERR_CONFLICT : ERR_IO;
	if (code == SQLITE_FULL)
		return err_set(e, ERR_IO, "inventory %s: %s: the disk is full", inv->path, what);
	return err_set(e, cls, "inventory %s: %s: %s", inv->path, what, sqlite3_errmsg(inv->db));
}

static int exec(struct inventory *inv, const char *sql, struct error *e)
{
	if (sqlite3_exec(inv->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_error(inv, e, sql);
	return 0;
}

int inv_begin(struct inventory *inv, struct error *e)
{
	return exec(inv, "BEGIN IMMEDIATE", e);
}

int inv_commit(struct inventory *inv, struct error *e)
{
	if (exec(inv, "COMMIT", e) < 0) {
		inv_rollback(inv);
		return -1;
	}
	return 0;
}

void inv_rollback(struct inventory *inv)
{
	sqlite3_exec(inv->db, "ROLLBACK", NULL, NULL, NULL);
}

int inv_schema_version(struct inventory *inv)
{
	sqlite3_stmt *st;
	int v = -1;
	if (sqlite3_prepare_v2(inv->db, "SELECT MAX(version) FROM schema_migrations", -1, &st,
			       NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Each migration runs in one transaction with its schema_migrations row:
 * a crash leaves the schema before or after it, never between. */
static int migrate(struct inventory *inv, struct error *e)
{
	if (exec(inv,
		 "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
		 " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))",
		 e) < 0)
		return -1;
	int have = inv_schema_version(inv);
	int want = (int)(sizeof(migrations) / sizeof(migrations[0]));
	if (have > want)
		return err_set(e, ERR_UNSUPPORTED,
			       "inventory %s: its schema version %d is newer than this rvisor's "
			       "(%d): use a newer rvisor",
			       inv->path, have, want);
	for (int v = have + 1; v <= want; v++) {
		if (inv_begin(inv, e) < 0)
			return -1;
		char row[96];
		snprintf(row, sizeof(row), "INSERT INTO schema_migrations(version) VALUES (%d)", v);
		if (exec(inv, migrations[v - 1], e) < 0 || exec(inv, row, e) < 0) {
			inv_rollback(inv);
			return err_prefix(e, "migration to schema version %d", v);
		}
		if (inv_commit(inv, e) < 0)
			return -1;
	}
	return 0;
}

struct inventory *inv_open(const char *path, struct error *e)
{
	struct inventory *inv = calloc(1, sizeof(*inv));
	if (!inv) {
		err_set(e, ERR_IO, "out of memory");
		return NULL;
	}
	snprintf(inv->path, sizeof(inv->path), "%s", path);
	if (sqlite3_open_v2(path, &inv->db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK) {
		err_set(e, ERR_IO, "inventory %s: %s", path,
			inv->db ? sqlite3_errmsg(inv->db) : "cannot open");
		inv_close(inv);
		return NULL;
	}
	sqlite3_busy_timeout(inv->db, 5000);
	sqlite3_stmt *st;
	const char *mode = "";
	if (sqlite3_prepare_v2(inv->db, "PRAGMA journal_mode=WAL", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		mode = (const char *)sqlite3_column_text(st, 0);
	bool wal = mode && strcmp(mode, "wal") == 0;
	sqlite3_finalize(st);
	if (!wal) {
		db_error(inv, e, "cannot switch to WAL journaling");
		inv_close(inv);
		return NULL;
	}
	if (exec(inv, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL", e) < 0 ||
	    migrate(inv, e) < 0) {
		inv_close(inv);
		return NULL;
	}
	return inv;
}

sqlite3 *inv_db(struct inventory *inv)
{
	return inv->db;
}

const char *inv_path(struct inventory *inv)
{
	return inv->path;
}

void inv_close(struct inventory *inv)
{
	if (!inv)
		return;
	sqlite3_close(inv->db);
	free(inv);
}

const char *inv_state_name(enum inv_state s)
{
	return s == INV_RUNNING ? "running" : s == INV_STARTING ? "starting" : "stopped";
}

static char *dup_col(sqlite3_stmt *st, int k)
{
	const unsigned char *t = sqlite3_column_text(st, k);
	return t ? strdup((const char *)t) : NULL;
}

static void copy_col(sqlite3_stmt *st, int k, char *out, size_t n)
{
	const unsigned char *t = sqlite3_column_text(st, k);
	snprintf(out, n, "%s", t ? (const char *)t : "");
}

#define VM_COLUMNS                                                                                 \
	"id, name, config, running_config, state, keeper_pid, keeper_start, vm_pid, vm_start,"     \
	" last_exit, created_at, started_at"

static void row_to_vm(sqlite3_stmt *st, struct inv_vm *v)
{
	memset(v, 0, sizeof(*v));
	v->id = sqlite3_column_int64(st, 0);
	copy_col(st, 1, v->name, sizeof(v->name));
	v->config = dup_col(st, 2);
	v->running_config = dup_col(st, 3);
	const char *s = (const char *)sqlite3_column_text(st, 4);
	v->state = s && strcmp(s, "running") == 0    ? INV_RUNNING
		   : s && strcmp(s, "starting") == 0 ? INV_STARTING
						     : INV_STOPPED;
	v->keeper_pid = sqlite3_column_int64(st, 5);
	v->keeper_start = sqlite3_column_int64(st, 6);
	v->vm_pid = sqlite3_column_int64(st, 7);
	v->vm_start = sqlite3_column_int64(st, 8);
	v->last_exit = dup_col(st, 9);
	copy_col(st, 10, v->created_at, sizeof(v->created_at));
	copy_col(st, 11, v->started_at, sizeof(v->started_at));
}

void inv_vm_free(struct inv_vm *vm)
{
	free(vm->config);
	free(vm->running_config);
	free(vm->last_exit);
	vm->config = vm->running_config = vm->last_exit = NULL;
}

void inv_vms_free(struct inv_vm *vms, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		inv_vm_free(&vms[i]);
	free(vms);
}

int inv_get(struct inventory *inv, const char *name, struct inv_vm *vm, struct error *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(inv->db, "SELECT " VM_COLUMNS " FROM vms WHERE name = ?", -1, &st,
			       NULL) != SQLITE_OK)
		return db_error(inv, e, "reading a VM");
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		row_to_vm(st, vm);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return err_set(e, ERR_NOT_FOUND, "no VM named '%s'", name);
	return db_error(inv, e, "reading a VM");
}

int inv_list(struct inventory *inv, struct inv_vm **vms, unsigned *n, struct error *e)
{
	*vms = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(inv->db, "SELECT " VM_COLUMNS " FROM vms ORDER BY name", -1, &st,
			       NULL) != SQLITE_OK)
		return db_error(inv, e, "listing VMs");
	int rc;
	unsigned cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			struct inv_vm *g = realloc(*vms, cap * sizeof(**vms));
			if (!g) {
				sqlite3_finalize(st);
				inv_vms_free(*vms, *n);
				*vms = NULL, *n = 0;
				return err_set(e, ERR_IO, "out of memory");
			}
			*vms = g;
		}
		row_to_vm(st, &(*vms)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		inv_vms_free(*vms, *n);
		*vms = NULL, *n = 0;
		return db_error(inv, e, "listing VMs");
	}
	return 0;
}

/* One statement with text (T) and integer (I) parameters, given in `types`
 * order; expects it to change exactly one row when `one` is set. */
static int run(struct inventory *inv, struct error *e, bool one, const char *sql, const char *types,
	       ...)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(inv->db, sql, -1, &st, NULL) != SQLITE_OK)
		return db_error(inv, e, "preparing a statement");
	va_list ap;
	va_start(ap, types);
	for (int k = 0; types[k]; k++) {
		if (types[k] == 'T') {
			const char *t = va_arg(ap, const char *);
			if (t)
				sqlite3_bind_text(st, k + 1, t, -1, SQLITE_TRANSIENT);
			else
				sqlite3_bind_null(st, k + 1);
		} else {
			sqlite3_bind_int64(st, k + 1, va_arg(ap, int64_t));
		}
	}
	va_end(ap);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(inv, e, "writing");
	if (one && sqlite3_changes(inv->db) != 1)
		return err_set(e, ERR_NOT_FOUND, "inventory %s: the VM is no longer recorded",
			       inv->path);
	return 0;
}

int inv_create(struct inventory *inv, const char *name, const char *config, int64_t *id,
	       struct error *e)
{
	if (run(inv, e, true, "INSERT INTO vms(name, config) VALUES (?, ?)", "TT", name, config) <
	    0) {
		if (e && e->cls == ERR_CONFLICT)
			err_set(e, ERR_CONFLICT, "a VM named '%s' already exists", name);
		return -1;
	}
	*id = sqlite3_last_insert_rowid(inv->db);
	return 0;
}

int inv_set_config(struct inventory *inv, int64_t id, const char *config, struct error *e)
{
	return run(inv, e, true, "UPDATE vms SET config = ? WHERE id = ?", "TI", config, id);
}

int inv_set_running_config(struct inventory *inv, int64_t id, const char *running_config,
			   struct error *e)
{
	return run(inv, e, true, "UPDATE vms SET running_config = ? WHERE id = ?", "TI",
		   running_config, id);
}

int inv_set_starting(struct inventory *inv, int64_t id, const char *running_config,
		     int64_t keeper_pid, int64_t keeper_start, int64_t vm_pid, int64_t vm_start,
		     struct error *e)
{
	return run(inv, e, true,
		   "UPDATE vms SET state = 'starting', running_config = ?, keeper_pid = ?,"
		   " keeper_start = ?, vm_pid = ?, vm_start = ?,"
		   " started_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
		   "TIIIII", running_config, keeper_pid, keeper_start, vm_pid, vm_start, id);
}

int inv_set_running(struct inventory *inv, int64_t id, struct error *e)
{
	return run(inv, e, true, "UPDATE vms SET state = 'running' WHERE id = ?", "I", id);
}

int inv_set_stopped(struct inventory *inv, int64_t id, const char *last_exit, struct error *e)
{
	return run(inv, e, true,
		   "UPDATE vms SET state = 'stopped', running_config = NULL, keeper_pid = NULL,"
		   " keeper_start = NULL, vm_pid = NULL, vm_start = NULL, last_exit = ?"
		   " WHERE id = ?",
		   "TI", last_exit, id);
}

int inv_delete(struct inventory *inv, int64_t id, struct error *e)
{
	return run(inv, e, true, "DELETE FROM vms WHERE id = ?", "I", id);
}
