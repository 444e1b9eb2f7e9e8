/* The daemon's optional web listener (`rvisor daemon --web ADDR:PORT`,
 * docs/web.md): the dashboard's static files, a token login that opens a
 * cookie session, the daemon's API under /api (handed to the very request
 * handler the unix socket uses, the prefix removed) and a running VM's
 * console as a WebSocket at /api/vms/NAME/console/ws. */
#ifndef RVISOR_DAEMON_WEB_H
#define RVISOR_DAEMON_WEB_H

#include <microhttpd.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/error.h"

#define WEB_COOKIE "rvisor_session"
#define WEB_TOKEN_FILE "web-token" /* in the run directory, when generated */

/* What the web listener asks of the daemon (daemon/server.c, routes.c). */
struct web_api {
	void *ctx;
	/* Answer an API request on c exactly as the unix socket would; url
	 * without the /api prefix, body[0..len) the request body (too_large:
	 * it was cut at the daemon's limit). */
	enum MHD_Result (*dispatch)(void *ctx, struct MHD_Connection *c, const char *url,
				    const char *method, const char *body, size_t len,
				    bool too_large);
	/* The console socket of running VM name into out, or -1 with e set
	 * (the API's errors: not found, not running). */
	int (*console_socket)(void *ctx, const char *name, char *out, size_t n, struct error *e);
};

struct web_opts {
	const char *listen;	/* HOST:PORT */
	const char *token_file; /* or NULL: a random token, written to RUN/web-token */
	const char *root;	/* the web root, or NULL: found next to exe */
	const char *exe;	/* the rvisor binary */
	const char *run_dir;
};

struct web_server;
/* Listen and serve; prints the URL (and a generated token) on stderr. NULL
 * with e set when it cannot. */
struct web_server *web_start(const struct web_opts *o, const struct web_api *api, struct error *e);
/* End the consoles, then stop serving. */
void web_stop(struct web_server *w);

/* The console relay descriptor a WebSocket request holds until its
 * upgrade (daemon/web_console.c takes it from there). */
int *web_request_relay_fd(void *con_cls);

#endif
