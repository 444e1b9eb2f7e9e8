/* Live migration between two daemons (docs/daemon.md, "Migration between
 * daemons"): `rvisor vm migrate NAME --to HOST:PORT`. The source daemon
 * asks the destination daemon, over its web listener with its token, to
 * accept the VM (POST /vms/incoming: a row in state "incoming" and a VM
 * process waiting with `rvisor run --incoming` on the destination's
 * --migrate-listen address, behind a one-time token), then drives the
 * VM's own PUT /migrate with that token and follows GET /migrate. At the
 * end the VM leaves the source's inventory and runs in the destination's;
 * on a failure it runs on at the source and the destination forgets it.
 * The daemon (routes_migrate.c) keeps the runs and the busy marks: this module
 * asks it through struct mig_host. */
#ifndef RVISOR_DAEMON_MIGRATE_H
#define RVISOR_DAEMON_MIGRATE_H

#include <jansson.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/error.h"

struct inventory;
struct events;

/* An incoming VM's process must have switched over within this (unless
 * the request says otherwise): a source that never connects, or stops
 * mid-way without saying so, does not leave it waiting for ever. */
#define MIG_INCOMING_TIMEOUT_DEFAULT 600
#define MIG_INCOMING_TIMEOUT_MAX 86400
/* A file in an incoming VM's directory, there until it runs: a daemon
 * restarted meanwhile forgets the VM unless it has switched over. */
#define MIG_INCOMING_MARK "incoming"

/* What migrations ask of the daemon (daemon/routes_migrate.c). */
struct mig_host {
	void *ctx;
	struct inventory *inv;
	pthread_mutex_t *lock; /* guards inv */
	struct events *events;
	const char *state_dir, *run_dir;
	const char *listen; /* --migrate-listen HOST: incoming VMs listen there; NULL: none */
	/* Source. Hold VM name busy for op (ERR_CONFLICT when it is), with
	 * its row id and whether it runs; end gives it back. */
	int (*begin)(void *ctx, const char *name, const char *op, int64_t *id, bool *running,
		     struct error *e);
	void (*end)(void *ctx, int64_t id);
	/* Source, once the destination runs the VM (busy held): wait for its
	 * process to end (SIGKILL after a while: the destination runs it),
	 * then remove its row and its files, never its volumes. */
	int (*forget)(void *ctx, int64_t id, struct error *e);
	/* Destination. Record VM name with config (its row and directory,
	 * held busy "incoming"). */
	int (*in_create)(void *ctx, const char *name, const char *config, int64_t *id,
			 struct error *e);
	/* Start `rvisor args...` (args[0] "run") for it under a keeper, as a
	 * start does; recorded as starting. */
	int (*in_spawn)(void *ctx, int64_t id, const char *config, char *const args[],
			struct error *e);
	/* Has its keeper ended? */
	bool (*in_ended)(void *ctx, int64_t id);
	/* The end of an incoming VM: running (recorded running and watched
	 * like any run), or not (its processes killed, its row and directory
	 * removed). */
	void (*in_settle)(void *ctx, int64_t id, bool running);
};

struct migrate;
struct migrate *migrate_new(const struct mig_host *h);
/* Ends the incoming watches (their VMs are left as they are). */
void migrate_free(struct migrate *m);

/* "incoming" while VM id waits for its migration here, else NULL. */
const char *migrate_state_of(struct migrate *m, int64_t id);

/* POST /vms/incoming, DELETE /vms/incoming/NAME, POST /vms/NAME/migrate? */
bool migrate_route_is(const char *method, const char *url);
/* Handle one: the HTTP status with the answer in *out, or -1 with e set
 * (ERR_UNSUPPORTED with *allow set: method not allowed). May take as
 * long as the migration (the caller runs it off the worker pool). */
int migrate_handle(struct migrate *m, const char *method, const char *url, const char *body,
		   size_t len, json_t **out, const char **allow, struct error *e);

#endif
