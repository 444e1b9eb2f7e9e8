/* The daemon API's routes (docs/api/daemon.yaml): each family of paths
 * answers in a file of its own (routes_*.c); routes.c holds the one table
 * that finds a request's family. Adding a family is one handler, one
 * matcher and one line in that table. */
#ifndef RVISOR_DAEMON_ROUTES_H
#define RVISOR_DAEMON_ROUTES_H

#include <microhttpd.h>
#include <stdbool.h>

#include "daemon/core.h"

/* Answers the request (queues a response on c) or returns MHD_NO. */
typedef enum MHD_Result (*route_handler)(struct daemon *d, struct MHD_Connection *c,
					 const char *url, const char *method,
					 const struct request *q);

struct route {
	const char *family; /* for readers: what the paths are */
	/* The request's path (and method, where it tells) is this family's. */
	bool (*matches)(const char *method, const char *url);
	route_handler handle;
};

/* Answer q through the first route of the table that matches it. */
enum MHD_Result routes_dispatch(struct daemon *d, struct MHD_Connection *c, const char *url,
				const char *method, const struct request *q);

/* The families (routes_monitoring.c, routes_snapshots.c, routes_volumes.c,
 * routes_vms.c). */
bool route_monitoring_is(const char *method, const char *url);
enum MHD_Result route_monitoring(struct daemon *d, struct MHD_Connection *c, const char *url,
				 const char *method, const struct request *q);
bool route_snapshots_is(const char *method, const char *url);
enum MHD_Result route_snapshots(struct daemon *d, struct MHD_Connection *c, const char *url,
				const char *method, const struct request *q);
bool route_archive_is(const char *method, const char *url);
enum MHD_Result route_archive(struct daemon *d, struct MHD_Connection *c, const char *url,
			      const char *method, const struct request *q);
bool route_migrate_is(const char *method, const char *url);
enum MHD_Result route_migrate(struct daemon *d, struct MHD_Connection *c, const char *url,
			      const char *method, const struct request *q);
bool route_volumes_is(const char *method, const char *url);
enum MHD_Result route_volumes(struct daemon *d, struct MHD_Connection *c, const char *url,
			      const char *method, const struct request *q);
/* Every other path: /info and /vms[/{name}[/...]] (daemon/spec.h's
 * spec_route answers 404 and 405 for the rest). */
enum MHD_Result route_vms(struct daemon *d, struct MHD_Connection *c, const char *url,
			  const char *method, const struct request *q);

#endif
