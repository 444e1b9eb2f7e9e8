/* The keeper's side of a managed VM's serial console: the VM's output
 * goes to the bounded log on disk and to every attached viewer; one
 * viewer's keystrokes go to the VM's input (docs/daemon.md, "Console").
 *
 * Viewers connect to a unix socket (RUN/vm-ID.console) and speak a
 * one-line hello, then raw bytes both ways:
 *   viewer -> keeper:  "RVISOR-CONSOLE/1 read|write HISTORY_BYTES\n"
 *   keeper -> viewer:  "RVISOR-CONSOLE/1 OK read|write LENGTH[ input-held]\n",
 *                      LENGTH bytes of history: at most HISTORY_BYTES of
 *                      the log's end (from a line start), then the live
 *                      output until the VM ends (the keeper closes the
 *                      connection);
 *                      or "RVISOR-CONSOLE/1 ERR MESSAGE\n" and close.
 * The first viewer asking for write holds the input until it leaves;
 * later ones are read-only ("input-held"). The guest never waits for a
 * viewer: one whose backlog passes RELAY_BACKLOG_MAX is disconnected. */
#ifndef RVISOR_DAEMON_CONSOLE_RELAY_H
#define RVISOR_DAEMON_CONSOLE_RELAY_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "util/error.h"

#define RELAY_PROTO "RVISOR-CONSOLE/1"
#define RELAY_MAX_VIEWERS 16
#define RELAY_BACKLOG_MAX (4u << 20) /* bytes queued for one slow viewer */
#define RELAY_HELLO_MAX 128

/* Who may attach: the keeper's own uid, root, and (root mode) members of
 * the daemon's group: the daemon socket's rule. */
struct relay_access {
	bool has_group;
	gid_t group;
};

/* Listen on path (replacing a stale socket file): mode 0600, or 0660 with
 * the group. Returns the listening fd (close-on-exec, non-blocking), or -1
 * with e set. */
int relay_listen(const char *path, const struct relay_access *a, struct error *e);

/* Relay until the VM's output ends: vm_out is the VM's stdout/stderr
 * (read), vm_in its stdin (written, may be -1), listen_fd the viewers'
 * socket (may be -1). The log is fd 1 (and 2), rotated to log_file.1 at
 * log_max bytes. At the end every viewer is sent what is queued for it
 * (for up to a second) and closed; the socket file is removed. */
void relay_run(int vm_out, int vm_in, int listen_fd, const char *sock_path,
	       const struct relay_access *a, const char *log_file, unsigned long long log_max);

/* The last `want` bytes of a console log (log_file.1 then log_file),
 * starting after a newline when cut: malloc'd in *out with its length.
 * 0, or -1 (out of memory; no log is an empty history). */
int relay_history(const char *log_file, size_t want, char **out, size_t *len);

/* A viewer's hello line (without its newline): 0 with *write and
 * *history set, or -1 when it is not `RVISOR-CONSOLE/1 read|write N`. */
int relay_parse_hello(const char *line, bool *write, unsigned long long *history);

/* Where the last `lines` lines of buf[0..len) start (a last line without
 * its newline counts); buf itself when it has no more. */
const char *relay_tail_lines(const char *buf, size_t len, unsigned long lines);

#endif
