/* A minimal HTTP/1.1 client for a unix socket: one request, Connection:
 * close, the whole answer read (the daemon talking to a VM's API, and
 * `rvisor vm` talking to the daemon). */
#ifndef RVISOR_UTIL_UHTTP_H
#define RVISOR_UTIL_UHTTP_H

#include <stdbool.h>
#include <stddef.h>

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

/* The pieces of an exchange, for a client on another kind of socket (the
 * daemon's client of another daemon over TCP, daemon/migrate_peer.c).
 * Deadlines are uhttp_now_ms() values. */
long long uhttp_now_ms(void);

/* 0 once fd is ready for `events`, or -1 with errno (ETIMEDOUT at the
 * deadline). */
int uhttp_wait_fd(int fd, short events, long long deadline);

/* 0 once all n bytes are sent, or -1 with errno. */
int uhttp_send_all(int fd, const char *p, size_t n, long long deadline);

/* Why uhttp_read_answer gave no answer. */
enum uhttp_read_fail {
	UHTTP_READ_WAIT = -1,	   /* waiting for data failed (errno; ETIMEDOUT) */
	UHTTP_READ_RECV = -2,	   /* recv failed (errno) */
	UHTTP_READ_TOO_LARGE = -3, /* more than about max bytes */
	UHTTP_READ_NOMEM = -4,
	UHTTP_READ_NOT_HTTP = -5,
};

/* Reads the answer until the peer closes the connection (or resets it,
 * when reset_ends: what came is parsed), then parses it. Returns the HTTP
 * status with the malloc'd, NUL-terminated body in *body, or an
 * enum uhttp_read_fail. */
int uhttp_read_answer(int fd, long long deadline, size_t max, bool reset_ends, char **body);

#endif
