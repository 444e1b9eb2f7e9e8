/* The table of network back ends (see backend.h). */
#include "net/backend.h"

#include <string.h>

static const struct net_backend_ops *const backends[] = {&net_backend_user, &net_backend_tap};

const struct net_backend_ops *net_backend_find(const char *name)
{
	for (size_t k = 0; k < sizeof(backends) / sizeof(backends[0]); k++)
		if (strcmp(backends[k]->name, name) == 0)
			return backends[k];
	return NULL;
}
