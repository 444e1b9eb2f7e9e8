/* The rvisor daemon (docs/daemon.md): its directories, and serving its
 * REST API (docs/api/daemon.yaml) over the inventory and the supervisor
 * until SIGTERM or SIGINT. */
#ifndef RVISOR_DAEMON_DAEMON_H
#define RVISOR_DAEMON_DAEMON_H

#include <stdbool.h>
#include <stddef.h>

#include "util/error.h"

#define DAEMON_SOCKET_NAME "rvisor.sock"
#define DAEMON_LOG_MAX_DEFAULT (1ull << 20)

struct daemon_dirs {
	char state[1024], run[1024];
	bool system; /* root mode: /var/lib/rvisor, /run/rvisor, group access */
};

/* The directories: the options when given, else $RVISOR_STATE_DIR /
 * $RVISOR_RUN_DIR, else the mode's defaults (docs/daemon.md). Relative
 * paths are made absolute. */
int daemon_dirs_resolve(const char *state_opt, const char *run_opt, struct daemon_dirs *d,
			struct error *e);

struct daemon_opts {
	struct daemon_dirs dirs;
	const char *group;	    /* root mode: the group allowed on the socket, or NULL */
	const char *exe;	    /* the rvisor binary VMs are run with */
	unsigned long long log_max; /* bytes per console log file (two kept) */
	int ready_fd;		    /* written "ok" and closed once serving, or -1 */
	/* Admission control (daemon/admission.h): committed memory and vCPUs
	 * may reach the host's RAM and CPUs times these (0: the defaults). */
	double memory_overcommit, cpu_overcommit;
	const char *metrics_listen; /* HOST:PORT serving GET /metrics over TCP, or NULL */
	/* The web listener (daemon/web.h, docs/web.md): off when NULL. */
	const char *web_listen;	    /* HOST:PORT */
	const char *web_token_file; /* or NULL: a random token in RUN/web-token */
	const char *web_root;	    /* or NULL: found next to the binary */
	/* Migrations between daemons (daemon/migrate.h): incoming VMs listen
	 * on this numeric host (a port each); NULL: none accepted. */
	const char *migrate_listen;
};

/* Serve until SIGTERM/SIGINT/SIGHUP (blocked by the caller in every
 * thread). Returns 0, or -1 with e set when it could not start. */
int daemon_serve(const struct daemon_opts *o, struct error *e);

#endif
