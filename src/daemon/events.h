/* The daemon's lifecycle events (docs/monitoring.md): every change of the
 * inventory (created, started, paused, resumed, snapshot, migration,
 * stopped with its reason, deleted, modified) is one event with a sequence
 * number, kept in memory (the latest EVENTS_KEPT) and streamed to
 * followers of GET /events as JSON lines. events_emit is the one hook the
 * places that change the inventory call. */
#ifndef RVISOR_DAEMON_EVENTS_H
#define RVISOR_DAEMON_EVENTS_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#define EVENTS_KEPT 1024
#define EVENTS_FOLLOWERS_MAX 16	  /* streams at once (each holds a connection) */
#define EVENTS_HEARTBEAT_MS 10000 /* an empty line on a quiet stream */

struct events;
struct events *events_new(void);
/* Ends every stream (followers see the end of their response), then frees. */
void events_free(struct events *ev);
/* Stop: every stream ends at its next wait (before the HTTP server stops). */
void events_shutdown(struct events *ev);

/* Record one event: type (a word, see above) about VM vm; detail (an
 * object, or NULL; its reference is taken) adds fields. Thread-safe, never
 * blocks on a follower. */
void events_emit(struct events *ev, const char *type, const char *vm, json_t *detail);

/* The sequence number of the latest event (0 before the first). */
uint64_t events_last_seq(struct events *ev);

struct MHD_Response;
struct MHD_Connection;
/* The body of GET /events on connection conn: the kept events with seq >
 * since, then (follow) every new one as it happens, with an empty line
 * after a quiet EVENTS_HEARTBEAT_MS. A follower waiting for an event holds
 * no thread: conn is suspended until one comes (the HTTP server must allow
 * suspend/resume). conn NULL: the server gives each connection a thread of
 * its own (the web listener) and the follower waits on it instead. NULL when out of memory or when
 * EVENTS_FOLLOWERS_MAX streams are open (*busy set). */
struct MHD_Response *events_response(struct events *ev, struct MHD_Connection *conn, uint64_t since,
				     bool follow, bool *busy);

#endif
