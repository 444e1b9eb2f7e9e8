/* The daemon's optional TCP listeners (--metrics-listen, --web): parsing
 * HOST:PORT with a numeric host, and listening on it. */
#ifndef RVISOR_DAEMON_TCP_LISTEN_H
#define RVISOR_DAEMON_TCP_LISTEN_H

#include "util/error.h"

struct sockaddr_storage;

/* Check and parse addr, "HOST:PORT" with a numeric IPv4 or [IPv6] host.
 * 0, or -1 with e set (ERR_INVALID; messages name the option opt). */
int tcp_parse_addr(const char *opt, const char *addr, struct sockaddr_storage *out, unsigned *len,
		   struct error *e);

/* A listening socket (close-on-exec) on addr, or -1 with e set. */
int tcp_listen(const char *opt, const char *addr, struct error *e);

#endif
