/* The source daemon's client of another daemon's API over TCP: one
 * HTTP/1.1 request to its web listener (`rvisor daemon --web`, the API
 * under /api) with the bearer token that listener requires (docs/web.md),
 * for migrations between daemons (daemon/migrate.h). */
#ifndef RVISOR_DAEMON_MIGRATE_PEER_H
#define RVISOR_DAEMON_MIGRATE_PEER_H

#include <stddef.h>

#include "util/error.h"

/* Largest answer accepted (a VM's description). */
#define PEER_MAX_ANSWER (1u << 20)

/* Split "HOST:PORT" or "[V6]:PORT" into host (no brackets) and port.
 * 0, or -1 with e set (ERR_INVALID). */
int peer_split(const char *hostport, char *host, size_t hn, char *port, size_t pn, struct error *e);

/* METHOD /api PATH on the daemon at hostport with token, a JSON body (or
 * NULL), giving up after timeout_ms for the whole exchange. Returns the
 * HTTP status with the malloc'd body in *body, or -1 with e set
 * (ERR_IO: unreachable, timed out, not HTTP). */
int peer_request(const char *hostport, const char *token, const char *method, const char *path,
		 const char *json, int timeout_ms, char **body, struct error *e);

#endif
