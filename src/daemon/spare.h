/* A spare keeper: an exec of rvisor made ahead, idle until a start hands
 * it its VM, so that a start's last exec (its dynamic loading and library
 * initialisation) is off the start's path (docs/daemon.md, "Spare
 * keeper"). One per daemon, replaced after use by the daemon's watcher. */
#ifndef RVISOR_DAEMON_SPARE_H
#define RVISOR_DAEMON_SPARE_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "daemon/supervisor.h"
#include "util/error.h"

/* Argument-area bytes a spare is started with (empty arguments): room for
 * the command lines of the keeper and of the VM it becomes. */
#define SPARE_ARG_ROOM 4096
/* The largest start message (the keeper's arguments). */
#define SPARE_MSG_MAX (60u << 10)

/* An idle spare: its pid, start time and pidfd, and the daemon's end of
 * the socket it waits on (pid 0 and fds -1: none). */
struct spare {
	pid_t pid;
	int64_t start;
	int pidfd, sock;
};

#define SPARE_NONE ((struct spare){.pid = 0, .pidfd = -1, .sock = -1})

/* Start a spare (`exe __spare STATE/vms/ ...`), a child of the caller.
 * Returns 0 with *s filled, or -1 with e set. */
int spare_spawn(const char *exe, const char *state_dir, struct spare *s, struct error *e);
/* Is s a spare still waiting? */
bool spare_alive(const struct spare *s);
/* End and reap the spare (if any); *s becomes SPARE_NONE. */
void spare_discard(struct spare *s);
/* sup_spawn's work done by the spare s: it becomes the VM's keeper (s is
 * SPARE_NONE after). Returns 0 with *r filled; 1 when the spare could not
 * take the VM (dead, or arguments too long: it is discarded and nothing
 * started; the caller spawns a keeper instead); -1 with e set when the
 * keeper took it and failed. */
int spare_use(struct spare *s, const char *exe, char *const run_args[], const char *exit_file,
	      const char *log_file, unsigned long long log_max, const char *console_sock,
	      long console_group, struct sup_run *r, struct error *e);

/* `rvisor __spare STATE/vms/ ...`: wait on fd 3 for a start message (the
 * keeper's arguments after `__keeper`, NUL separated), then be that
 * keeper (keeper_main, run_vm as there). Ends with 0 when the daemon
 * closes the socket or is gone without sending one. */
int spare_main(int argc, char **argv, int (*run_vm)(int argc, char **argv));

#endif
