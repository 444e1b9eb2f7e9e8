/* A minimal HTTP/1.1 client for a unix socket: one request, Connection:
 * close, the whole answer read (the daemon talking to a VM's API, and
 * `rvisor vm` talking to the daemon). */
#ifndef RVISOR_UTIL_UHTTP_H
#define RVISOR_UTIL_UHTTP_H

#include "util/error.h"

/* Largest answer body accepted (a VM list is small). */
#define UHTTP_MAX_BODY (16u << 20)

/* METHOD PATH with an optional JSON body on the unix socket `sock`, giving
 * up after timeout_ms for the whole exchange. Returns the HTTP status with
 * the malloc'd, NUL-terminated body in *body (may be empty), or -1 with e
 * set: ERR_NOT_FOUND when nobody listens there (no socket file, or refused),
 * ERR_IO otherwise. */
int uhttp_request(const char *sock, const char *method, const char *path, const char *json,
		  int timeout_ms, char **body, struct error *e);

#endif
