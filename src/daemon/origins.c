/* Where a clone came from (see origins.h). */
#include "daemon/origins.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/inventory.h"

static int db_err(struct inventory *inv, struct error *e, const char *what)
{
	return err_set(e, ERR_IO, "inventory %s: %s: %s", inv_path(inv), what,
		       sqlite3_errmsg(inv_db(inv)));
}

int origin_record(struct inventory *inv, int64_t vm_id, int64_t source_id, const char *source,
		  int64_t snap_id, const char *snap, bool linked, json_t *layers, struct error *e)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(inv_db(inv),
			       "INSERT INTO vm_origins(vm_id, source_id, source, snapshot_id, "
			       "snapshot, mode, layers) VALUES (?, ?, ?, ?, ?, ?, ?)",
			       -1, &s, NULL) != SQLITE_OK)
		return db_err(inv, e, "recording a clone's origin");
	char *lj = json_dumps(layers ? layers : json_array(), JSON_COMPACT);
	sqlite3_bind_int64(s, 1, vm_id);
	sqlite3_bind_int64(s, 2, source_id);
	sqlite3_bind_text(s, 3, source, -1, SQLITE_TRANSIENT);
	if (snap_id)
		sqlite3_bind_int64(s, 4, snap_id);
	else
		sqlite3_bind_null(s, 4);
	if (snap)
		sqlite3_bind_text(s, 5, snap, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, 5);
	sqlite3_bind_text(s, 6, linked ? "linked" : "full", -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 7, lj ? lj : "[]", -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(s);
	sqlite3_finalize(s);
	free(lj);
	return rc == SQLITE_DONE ? 0 : db_err(inv, e, "recording a clone's origin");
}

int origin_dependents(struct inventory *inv, int64_t source_id, int64_t snap_id, char *out,
		      size_t n, struct error *e)
{
	out[0] = 0;
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(inv_db(inv),
			       "SELECT v.name FROM vm_origins o JOIN vms v ON v.id = o.vm_id "
			       "WHERE o.mode = 'linked' AND o.source_id = ?1 AND "
			       "(?2 = 0 OR o.snapshot_id = ?2) ORDER BY v.name",
			       -1, &s, NULL) != SQLITE_OK)
		return db_err(inv, e, "reading clones' origins");
	sqlite3_bind_int64(s, 1, source_id);
	sqlite3_bind_int64(s, 2, snap_id);
	int count = 0, rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		size_t k = strlen(out);
		snprintf(out + k, n - k, "%s%s", count ? ", " : "",
			 (const char *)sqlite3_column_text(s, 0));
		count++;
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? count : db_err(inv, e, "reading clones' origins");
}

bool origin_layer_shared(struct inventory *inv, const char *path)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(inv_db(inv),
			       "SELECT 1 FROM vm_origins o, json_each(o.layers) j "
			       "WHERE o.mode = 'linked' AND j.value = ? LIMIT 1",
			       -1, &s, NULL) != SQLITE_OK)
		return true;
	sqlite3_bind_text(s, 1, path, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc != SQLITE_DONE;
}

json_t *origin_json(struct inventory *inv, int64_t vm_id)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(inv_db(inv),
			       "SELECT source, snapshot, mode, source_id IN (SELECT id FROM vms) "
			       "FROM vm_origins WHERE vm_id = ?",
			       -1, &s, NULL) != SQLITE_OK)
		return json_null();
	sqlite3_bind_int64(s, 1, vm_id);
	json_t *o = json_null();
	if (sqlite3_step(s) == SQLITE_ROW) {
		const char *snap = (const char *)sqlite3_column_text(s, 1);
		o = json_pack("{s:s, s:o, s:s, s:b}", "source",
			      (const char *)sqlite3_column_text(s, 0), "snapshot",
			      snap ? json_string(snap) : json_null(), "mode",
			      (const char *)sqlite3_column_text(s, 2), "source_exists",
			      sqlite3_column_int(s, 3) != 0);
		if (!o)
			o = json_null();
	}
	sqlite3_finalize(s);
	return o;
}
