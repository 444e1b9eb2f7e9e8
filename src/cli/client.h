/* The daemon's client side shared by `rvisor volume` (and later verbs in
 * their own files): the directories, one request over the daemon's socket
 * (starting a daemon when none answers), exit statuses from HTTP ones. */
#ifndef RVISOR_CLI_CLIENT_H
#define RVISOR_CLI_CLIENT_H

#include <jansson.h>
#include <stdbool.h>

#include "daemon/daemon.h"

/* Exit statuses (docs/daemon.md): 0 success, 1 the operation failed (or
 * no daemon), 2 bad usage or input (400), 3 no such object (404). */
enum { CL_OK = 0, CL_FAILED = 1, CL_USAGE = 2, CL_NOT_FOUND = 3 };

struct dclient {
	struct daemon_dirs dirs;
	bool autostart;
	char sock[1100];
	const char *who; /* "rvisor volume", for messages */
};

/* Resolve the directories (options, environment, defaults); autostart
 * unless RVISOR_NO_AUTOSTART or no_autostart. Returns 0, or -1 after
 * printing why. */
int dclient_init(struct dclient *cl, const char *who, const char *state_opt, const char *run_opt,
		 bool no_autostart);
/* One request: the HTTP status with the parsed answer in *out (may be
 * NULL), or -1 (no daemon; printed). */
int dclient_call(struct dclient *cl, const char *method, const char *path, json_t *body,
		 json_t **out);
/* The exit status for an HTTP status; for an error, its fault_message is
 * printed after `verb`. */
int dclient_status(struct dclient *cl, const char *verb, int status, json_t *answer);

/* A size: bytes, or a number with K, M, G or T (binary; "iB" allowed).
 * Returns 0, or -1 when malformed or 0. */
int dclient_parse_size(const char *s, unsigned long long *bytes);
/* A byte count as "4.0G", "512M", "1023" into out. */
void dclient_format_size(unsigned long long bytes, char *out, size_t n);

#endif
