/* The daemon's client side shared by `rvisor vm|volume|snapshot ...`: the
 * verb and the options every client verb takes, the directories, one
 * request over the daemon's socket (starting a daemon when none answers),
 * exit statuses from HTTP ones, the answer as JSON. */
#ifndef RVISOR_CLI_CLIENT_H
#define RVISOR_CLI_CLIENT_H

#include <getopt.h>
#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "daemon/daemon.h"

/* Exit statuses (docs/daemon.md): 0 success, 1 the operation failed (or
 * no daemon), 2 bad usage or input (400), 3 no such object (404). */
enum { CL_OK = 0, CL_FAILED = 1, CL_USAGE = 2, CL_NOT_FOUND = 3 };

/* A verb of a client command. */
struct cl_verb {
	const char *name, *args, *what;
	const char *opts; /* letters of the options it takes (the command's own) */
	int nargs;	  /* positional arguments (names) it takes */
};

/* Take the verb from argv: the first argument that is not an option (the
 * options named in with_value, NULL-ended, take the next argument). It is
 * removed from argv. NULL when there is none; *unknown (printed after
 * `who`) when it is not one of the n verbs. */
const struct cl_verb *cl_take_verb(int *argc, char **argv, const struct cl_verb *verbs, size_t n,
				   const char *const *with_value, const char *who, bool *unknown);

/* The options every client takes (getopt_long values), and their
 * long_options rows: --state-dir, --run-dir, --no-autostart, -o/--output. */
enum { CL_O_STATE = 280, CL_O_RUN, CL_O_NOAUTO };
#define CL_COMMON_OPTIONS                                                                          \
	{"state-dir", required_argument, NULL, CL_O_STATE},                                        \
	    {"run-dir", required_argument, NULL, CL_O_RUN},                                        \
	    {"no-autostart", no_argument, NULL, CL_O_NOAUTO},                                      \
	    {"output", required_argument, NULL, 'o'},                                              \
	{                                                                                          \
		"help", no_argument, NULL, 'h'                                                     \
	}

struct cl_common {
	const char *state_opt, *run_opt;
	bool noauto;
	bool json_out; /* -o json */
};

/* getopt_long's c (with optarg) when it is a common option: 1 taken, 0
 * not one of them, -1 a bad value (printed after `who`). */
int cl_common_option(struct cl_common *co, const char *who, int c, const char *arg);

/* The verb vb takes the option of letter (getopt_long's c, lo[li]):
 * 0, or -1 after printing that it does not apply. */
int cl_option_applies(const char *who, const struct cl_verb *vb, char letter, int c,
		      const struct option *lo, int li);

/* o's string member k, or "-" (for tables). */
const char *cl_str(json_t *o, const char *k);

/* An answer as scripts read it (-o json): indented, on stdout. */
void cl_print_json(json_t *j);

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
/* dclient_init with the common options. */
int dclient_init_common(struct dclient *cl, const char *who, const struct cl_common *co);
/* One request: the HTTP status with the answer's text in *answer (may be
 * NULL; freed by the caller), or -1 (no daemon; printed). */
int dclient_call_text(struct dclient *cl, const char *method, const char *path, json_t *body,
		      char **answer);
/* One request: the HTTP status with the parsed answer in *out (may be
 * NULL), or -1 (no daemon; printed). */
int dclient_call(struct dclient *cl, const char *method, const char *path, json_t *body,
		 json_t **out);
/* The exit status for an HTTP status; for an error, its fault_message is
 * printed after `verb`. */
int dclient_status(struct dclient *cl, const char *verb, int status, json_t *answer);

/* One request and its exit status (dclient_call, then dclient_status
 * with `verb`): *answer is the parsed answer (may be NULL). */
int dclient_run(struct dclient *cl, const char *verb, const char *method, const char *path,
		json_t *body, json_t **answer);

/* A size: bytes, or a number with K, M, G or T (binary; "iB" allowed).
 * Returns 0, or -1 when malformed or 0. */
int dclient_parse_size(const char *s, unsigned long long *bytes);
/* A byte count as "4.0G", "512M", "1023" into out. */
void dclient_format_size(unsigned long long bytes, char *out, size_t n);

#endif
