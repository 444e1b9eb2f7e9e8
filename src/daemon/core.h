/* The daemon's shared state and the helpers its files share (internal to
 * src/daemon: the server, the routes, the VM lifecycle, the watcher and
 * re-adoption). docs/daemon.md describes what they do together. */
#ifndef RVISOR_DAEMON_CORE_H
#define RVISOR_DAEMON_CORE_H

#include <jansson.h>
#include <microhttpd.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "daemon/daemon.h"
#include "daemon/inventory.h"
#include "daemon/snapshots.h"
#include "daemon/spare.h"
#include "daemon/supervisor.h"
#include "daemon/volumes.h"
#include "util/http_json.h"
#include "util/error.h"

struct stats_target;

#define MAX_BODY (64u << 10)
#define START_WAIT_MS 10000    /* a started VM's API must answer within this */
#define START_POLL_MAX_US 2000 /* the longest pause between two asks while it starts */
#define KILL_WAIT_MS 5000      /* a killed VM's exit must be recorded within this */
#define VM_API_MS 2000	       /* a per-VM API request (status, pause) */
#define SHUTDOWN_WAIT_MS 5000  /* after the shutdown action, before SIGKILL */
/* A used spare keeper is replaced this long after: its exec then does not
 * compete for the CPU with the VM it just started. */
#define SPARE_REPLACE_DELAY_MS 100

/* A VM with a run in progress or an operation under way. */
struct vmrt {
	struct vmrt *next;
	int64_t id;
	struct sup_run run;
	bool watched;		/* the watcher records its exit */
	const char *busy;	/* the operation in progress, or NULL */
	const char *requested;	/* "stop" / "kill" once asked for */
	const char *stopped_by; /* a stop's step under way: power-button, shutdown, sigkill */
};

struct daemon {
	const struct daemon_opts *o;
	struct inventory *inv;
	pthread_mutex_t lock;	 /* inventory and runtime list */
	struct vol_pool pool;	 /* volumes (daemon/volumes.c) */
	struct snap_store snaps; /* snapshot trees (daemon/snapshots.c) */
	pthread_cond_t exited;
	struct vmrt *rt;
	atomic_bool stopping;
	pthread_t watcher;
	struct MHD_Daemon *mhd;
	struct offload *ops;	   /* requests run off the worker pool */
	struct runtime_cache *rtc; /* each running VM's latest GET /vm */
	int sock, lockfd;
	gid_t group;
	bool has_group;
	/* Monitoring (docs/monitoring.md). */
	struct stats *stats;
	struct events *events;
	struct metrics_server *metrics;
	struct web_server *web; /* --web, or NULL */
	struct migrate *mig;	/* migrations between daemons (daemon/migrate.h) */
	/* The spare keeper (daemon/spare.h), under lock: taken by a start,
	 * made and replaced by the watcher. */
	struct spare spare;
	double spare_taken; /* when it was last taken (rtc_now) */
};

/* One API request as the routes see it. */
struct request {
	char *body;
	size_t len;
	bool too_large;
	/* An offloaded request: what its thread needs. */
	struct daemon *d;
	struct MHD_Connection *c;
	const char *url, *method;
	bool dispatched; /* answered (or tried) on its own thread */
	bool threaded;	 /* its connection has a thread of its own (web) */
};

/* --- directories and per-VM paths (dirs.c) --- */
int dpath_mkdir_p(const char *path, mode_t mode, struct error *e);
/* STATE/vms/ID[/leaf] */
void dpath_vm(const struct daemon *d, int64_t id, const char *leaf, char *out, size_t n);
/* RUN/vm-ID.sock: the VM's own API. */
void dpath_vm_sock(const struct daemon *d, int64_t id, char *out, size_t n);
/* RUN/vm-ID.console: the keeper's console socket (daemon/console_relay.h). */
void dpath_console_sock(const struct daemon *d, int64_t id, char *out, size_t n);
void dpath_remove_vm_dir(const struct daemon *d, int64_t id);

/* --- the runtime list and the exit watcher (runs.c); lock held unless said --- */
struct vmrt *rt_find(struct daemon *d, int64_t id, bool create);
void rt_release(struct daemon *d, struct vmrt *r);
void rt_emit(struct daemon *d, const char *type, int64_t id, json_t *detail);
void rt_finish(struct daemon *d, struct vmrt *r, const char *why);
bool rt_wait_exit(struct daemon *d, struct vmrt *r, int ms);
/* The watcher thread's body (arg: the daemon; takes the lock itself). */
void *rt_watcher(void *arg);

/* --- answers (api_reply.c) --- */
json_t *api_json_or_null(const char *text);
enum MHD_Result api_fault(struct MHD_Connection *c, unsigned status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
enum MHD_Result api_not_allowed(struct MHD_Connection *c, const char *allow);
enum MHD_Result api_reply_error(struct MHD_Connection *c, const struct error *e);
/* A handler's answer in the modules' common shape (snap_handle,
 * vol_handle, ...): status >= 0 with out (taken), or -1 with e set, and
 * allow the path's methods when e is ERR_UNSUPPORTED. */
enum MHD_Result api_reply_status(struct MHD_Connection *c, int status, json_t *out,
				 const char *allow, const struct error *e);

int daemon_lookup(struct daemon *d, const char *name, struct inv_vm *v, struct error *e);
json_t *api_vm_json(struct daemon *d, const struct inv_vm *v, const char *busy, bool live,
		    json_t *origin);
enum MHD_Result api_reply_vm(struct daemon *d, struct MHD_Connection *c, unsigned status,
			     const char *name);
const struct sup_peer *api_peer_to_check(struct daemon *d, struct MHD_Connection *c,
					 struct sup_peer *p);

/* --- starting and stopping a VM (vm_lifecycle.c) --- */
int vmops_start(struct daemon *d, const char *name, const struct sup_peer *peer, bool inside,
		struct error *ep);
int vmops_stop(struct daemon *d, const char *name, bool graceful, bool force, unsigned timeout_s,
	       bool inside, bool *not_running, struct error *ep);
int vmops_console_socket(struct daemon *d, const char *name, char *sock, size_t n, struct error *e);

int vmops_admit(struct daemon *d, const struct inv_vm *v, struct error *e);
/* Ask VM id (run pid) for its GET /vm now and keep it (routes_vms.c). */
void vmops_refresh_runtime(struct daemon *d, int64_t id, pid_t pid);
/* The steps snapshot operations (and migrations) ask for: the VM named
 * busy with op / no longer (routes_snapshots.c). */
int snapops_begin(void *dp, const char *name, const char *op, int64_t *id, bool *running,
		  struct error *e);
void snapops_end(void *dp, int64_t id);

/* --- migrations between daemons (routes_migrate.c) --- */
/* d->mig from the daemon's options; 0, or -1 with e set. */
int migrate_start(struct daemon *d, struct error *e);
/* At re-adoption (lock held): r's row was waiting for its migration;
 * true when it was forgotten. */
bool incoming_left(struct daemon *d, struct vmrt *r, const struct inv_vm *v);

/* --- the statistics collector's view of the inventory (routes_monitoring.c) --- */
int mon_targets(void *ctx, struct stats_target **out, unsigned *n);
void mon_changed(void *ctx, const char *vm, const char *what, const char *field, long long value);
void mon_api_seen(void *ctx, const struct stats_target *t, double asked, const char *body);

/* --- re-adoption at start (readopt.c) --- */
int readopt_runs(struct daemon *d, struct error *e);

#endif
