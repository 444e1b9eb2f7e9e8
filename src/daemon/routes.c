/* The daemon API's dispatcher: one table from a request's path to the
 * file that answers it (routes.h). */
#include "daemon/routes.h"

#include <stddef.h>

/* In order: the first family that matches answers; the VMs' routes take
 * every path the others did not (their parser answers 404 and 405). */
static const struct route routes[] = {
    {"monitoring: /metrics, /stats, /events, /vms/{name}/stats", route_monitoring_is,
     route_monitoring},
    {"snapshots and clones: /vms/{name}/snapshots..., /vms/{name}/clone", route_snapshots_is,
     route_snapshots},
    {"export and import: /vms/{name}/export, /vms/import", route_archive_is, route_archive},
    {"migrations between daemons: /migrations...", route_migrate_is, route_migrate},
    {"volumes: /volumes...", route_volumes_is, route_volumes},
    {"VMs: /info, /vms, /vms/{name}[/action]", NULL, route_vms},
};

enum MHD_Result routes_dispatch(struct daemon *d, struct MHD_Connection *c, const char *url,
				const char *method, const struct request *q)
{
	if (q->too_large)
		return api_fault(c, MHD_HTTP_CONTENT_TOO_LARGE, "request body larger than %u bytes",
				 MAX_BODY);
	for (size_t k = 0; k < sizeof(routes) / sizeof(routes[0]); k++)
		if (!routes[k].matches || routes[k].matches(method, url))
			return routes[k].handle(d, c, url, method, q);
	return api_fault(c, MHD_HTTP_INTERNAL_SERVER_ERROR, "unrouted request");
}
