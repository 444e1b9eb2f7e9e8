/* The Prometheus text exposition format (version 0.0.4) of the daemon's
 * statistics (docs/monitoring.md lists the metrics), and the optional TCP
 * listener that serves it alone (`rvisor daemon --metrics-listen`). */
#ifndef RVISOR_DAEMON_METRICS_H
#define RVISOR_DAEMON_METRICS_H

#include <jansson.h>
#include <stddef.h>

#include "util/error.h"

#define METRICS_CONTENT_TYPE "text/plain; version=0.0.4; charset=utf-8"

/* The text of a collection (stats_all's object): malloc'd, its length in
 * *len; NULL when out of memory. */
char *metrics_render(const json_t *all, size_t *len);

/* Check and parse HOST:PORT, a numeric IPv4 or [IPv6] host. 0, or -1
 * with e set (ERR_INVALID, naming the option). */
struct sockaddr_storage;
int metrics_parse_addr(const char *addr, struct sockaddr_storage *out, unsigned *len,
		       struct error *e);

struct stats;
struct metrics_server;
/* Serve GET /metrics (only) over HTTP on addr, "HOST:PORT" with a numeric
 * IPv4 or IPv6 ([::1]:PORT) host. NULL with e set when it cannot listen. */
struct metrics_server *metrics_listen(const char *addr, struct stats *s, struct error *e);
void metrics_server_stop(struct metrics_server *m);

#endif
