/* The daemon's inventory: the VMs it manages, in SQLite (WAL, a versioned
 * schema applied by migrations, every change one transaction). Schema and
 * rules: docs/daemon.md. Not thread-safe: the daemon holds its lock. */
#ifndef RVISOR_DAEMON_INVENTORY_H
#define RVISOR_DAEMON_INVENTORY_H

#include <stdbool.h>
#include <stdint.h>

#include "util/error.h"

/* The schema this rvisor writes (the last migration's number). */
#define INV_SCHEMA_VERSION 4

struct inventory;

enum inv_state { INV_STOPPED, INV_STARTING, INV_RUNNING };

struct inv_vm {
	int64_t id;
	char name[64];
	char *config;	      /* JSON text (daemon/spec.h) */
	char *running_config; /* the configuration of the current run, or NULL */
	enum inv_state state;
	/* The current run's processes (0 when stopped): pid and start time
	 * (/proc/PID/stat field 22) of the keeper and of the VM. */
	int64_t keeper_pid, keeper_start, vm_pid, vm_start;
	char *last_exit; /* JSON text, or NULL */
	char created_at[32], started_at[32];
};

/* Open (creating when absent) the database at path and bring its schema up
 * to INV_SCHEMA_VERSION; a newer schema is refused. */
struct inventory *inv_open(const char *path, struct error *e);
void inv_close(struct inventory *inv);
/* The database handle and file, for the other tables' modules
 * (daemon/volumes.c): same rules, same lock. */
struct sqlite3;
struct sqlite3 *inv_db(struct inventory *inv);
const char *inv_path(struct inventory *inv);
int inv_schema_version(struct inventory *inv);

/* Transactions around several steps (a create that also makes files). */
int inv_begin(struct inventory *inv, struct error *e);
int inv_commit(struct inventory *inv, struct error *e);
void inv_rollback(struct inventory *inv);

/* Insert a stopped VM (ERR_CONFLICT when the name is taken). */
int inv_create(struct inventory *inv, const char *name, const char *config, int64_t *id,
	       struct error *e);
/* One VM by name (ERR_NOT_FOUND), or all of them in name order. */
int inv_get(struct inventory *inv, const char *name, struct inv_vm *vm, struct error *e);
int inv_list(struct inventory *inv, struct inv_vm **vms, unsigned *n, struct error *e);
void inv_vm_free(struct inv_vm *vm);
void inv_vms_free(struct inv_vm *vms, unsigned n);

int inv_set_config(struct inventory *inv, int64_t id, const char *config, struct error *e);
/* A running VM's changes applied live (daemon/live.c): what it runs with
 * now, so that only the rest shows as pending. */
int inv_set_running_config(struct inventory *inv, int64_t id, const char *running_config,
			   struct error *e);
/* A run begins (state starting, processes recorded, last_exit kept) or is
 * confirmed (running). */
int inv_set_starting(struct inventory *inv, int64_t id, const char *running_config,
		     int64_t keeper_pid, int64_t keeper_start, int64_t vm_pid, int64_t vm_start,
		     struct error *e);
int inv_set_running(struct inventory *inv, int64_t id, struct error *e);
/* A run ended: stopped, processes cleared, its exit recorded. */
int inv_set_stopped(struct inventory *inv, int64_t id, const char *last_exit, struct error *e);
int inv_delete(struct inventory *inv, int64_t id, struct error *e);

const char *inv_state_name(enum inv_state s);

#endif
