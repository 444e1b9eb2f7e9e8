/* The daemon API's volume routes: /volumes... answered by the storage
 * pool (daemon/volumes.h). */
#include <stdbool.h>

#include "daemon/core.h"
#include "daemon/routes.h"
#include "daemon/volumes.h"

bool route_volumes_is(const char *method, const char *url)
{
	(void)method;
	return vol_route_is(url);
}

enum MHD_Result route_volumes(struct daemon *d, struct MHD_Connection *c, const char *url,
			      const char *method, const struct request *q)
{
	struct sup_peer pb;
	json_t *out = NULL;
	const char *allow = NULL;
	struct error e;
	int st = vol_handle(&d->pool, api_peer_to_check(d, c, &pb), method, url, q->body, q->len,
			    &out, &allow, &e);
	return api_reply_status(c, st, out, allow, &e);
}
