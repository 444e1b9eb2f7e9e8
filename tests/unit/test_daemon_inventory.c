/* The daemon's inventory (daemon/inventory.c) on a database in a temporary
 * directory: the schema is created by its migrations and recorded; a
 * database from a newer rvisor is refused, not altered; a name is unique;
 * a rolled-back transaction leaves nothing; a run's processes and its exit
 * are recorded and cleared as the states change; data survives reopening. */
#include "daemon/inventory.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

int main(void)
{
	char dir[] = "/tmp/rvisor-inv-XXXXXX", db[128];
	if (!mkdtemp(dir))
		return 1;
	snprintf(db, sizeof(db), "%s/inventory.db", dir);
	struct error e = {0};
	struct inventory *inv = inv_open(db, &e);
	CHECK(inv != NULL);
	if (!inv)
		return 1;
	CHECK(inv_schema_version(inv) == INV_SCHEMA_VERSION);

	int64_t id1, id2;
	CHECK(inv_create(inv, "b", "{\"name\":\"b\"}", &id1, &e) == 0);
	CHECK(inv_create(inv, "a", "{\"name\":\"a\"}", &id2, &e) == 0);
	CHECK(inv_create(inv, "a", "{\"name\":\"a\"}", &id2, &e) < 0 && e.cls == ERR_CONFLICT &&
	      strcmp(e.msg, "a VM named 'a' already exists") == 0);

	/* A transaction rolled back leaves no row. */
	int64_t id3;
	CHECK(inv_begin(inv, &e) == 0);
	CHECK(inv_create(inv, "c", "{}", &id3, &e) == 0);
	inv_rollback(inv);
	struct inv_vm v;
	CHECK(inv_get(inv, "c", &v, &e) < 0 && e.cls == ERR_NOT_FOUND);

	struct inv_vm *vs;
	unsigned n;
	CHECK(inv_list(inv, &vs, &n, &e) == 0 && n == 2);
	CHECK(n == 2 && strcmp(vs[0].name, "a") == 0 && strcmp(vs[1].name, "b") == 0);
	inv_vms_free(vs, n);

	/* A run: starting with its processes, running, stopped with its exit. */
	CHECK(inv_set_starting(inv, id1, "{\"name\":\"b\"}", 10, 11, 12, 13, &e) == 0);
	CHECK(inv_get(inv, "b", &v, &e) == 0);
	CHECK(v.state == INV_STARTING && v.keeper_pid == 10 && v.keeper_start == 11 &&
	      v.vm_pid == 12 && v.vm_start == 13 && v.running_config && v.started_at[0]);
	inv_vm_free(&v);
	CHECK(inv_set_running(inv, id1, &e) == 0);
	CHECK(inv_set_config(inv, id1, "{\"name\":\"b\",\"cpus\":2}", &e) == 0);
	CHECK(inv_get(inv, "b", &v, &e) == 0);
	CHECK(v.state == INV_RUNNING && strcmp(v.running_config, "{\"name\":\"b\"}") == 0 &&
	      strcmp(v.config, "{\"name\":\"b\",\"cpus\":2}") == 0);
	inv_vm_free(&v);
	CHECK(inv_set_stopped(inv, id1, "{\"reason\":\"exited\"}", &e) == 0);
	inv_close(inv);

	/* Reopened: the same data, no migration run twice. */
	inv = inv_open(db, &e);
	CHECK(inv != NULL);
	CHECK(inv_get(inv, "b", &v, &e) == 0);
	CHECK(v.state == INV_STOPPED && v.keeper_pid == 0 && v.vm_pid == 0 && !v.running_config &&
	      v.last_exit && strcmp(v.last_exit, "{\"reason\":\"exited\"}") == 0);
	inv_vm_free(&v);
	CHECK(inv_delete(inv, id1, &e) == 0);
	CHECK(inv_delete(inv, id1, &e) < 0 && e.cls == ERR_NOT_FOUND);
	inv_close(inv);

	/* The file is in WAL mode with one migration row per version. */
	sqlite3 *s;
	sqlite3_stmt *st;
	CHECK(sqlite3_open(db, &s) == SQLITE_OK);
	CHECK(sqlite3_prepare_v2(s, "PRAGMA journal_mode", -1, &st, NULL) == SQLITE_OK &&
	      sqlite3_step(st) == SQLITE_ROW &&
	      strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0);
	sqlite3_finalize(st);
	CHECK(sqlite3_prepare_v2(s, "SELECT COUNT(*) FROM schema_migrations", -1, &st, NULL) ==
		  SQLITE_OK &&
	      sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == INV_SCHEMA_VERSION);
	sqlite3_finalize(st);
	/* A newer rvisor's database: refused with the versions named. */
	CHECK(sqlite3_exec(s, "INSERT INTO schema_migrations(version) VALUES (99)", NULL, NULL,
			   NULL) == SQLITE_OK);
	sqlite3_close(s);
	inv = inv_open(db, &e);
	CHECK(inv == NULL && e.cls == ERR_UNSUPPORTED && strstr(e.msg, "schema version 99") &&
	      strstr(e.msg, "newer"));
	inv_close(inv);

	char cmd[256];
	snprintf(cmd, sizeof(cmd), "%s/inventory.db", dir);
	unlink(cmd);
	snprintf(cmd, sizeof(cmd), "%s/inventory.db-wal", dir);
	unlink(cmd);
	snprintf(cmd, sizeof(cmd), "%s/inventory.db-shm", dir);
	unlink(cmd);
	rmdir(dir);
	CHECK_DONE();
}
