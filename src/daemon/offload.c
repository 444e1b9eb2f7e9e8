/* Offloaded requests: classification and the count of those under way
 * (see offload.h). */
#include "daemon/offload.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/thread.h"

struct offload {
	pthread_mutex_t lock;
	pthread_cond_t idle; /* running dropped to 0 */
	unsigned max, running;
};

/* "/vms/NAME" (suffix NULL) or "/vms/NAME/SUFFIX", NAME without '/'. */
static bool vm_path_is(const char *url, const char *suffix)
{
	if (strncmp(url, "/vms/", 5) != 0)
		return false;
	const char *name = url + 5, *slash = strchr(name, '/');
	if (!suffix)
		return *name && !slash;
	return slash && slash > name && strcmp(slash + 1, suffix) == 0;
}

bool offload_quick(const char *method, const char *url)
{
	if (strcmp(method, "GET") != 0)
		return false;
	static const char *const fixed[] = {"/info", "/vms", "/stats", "/metrics", "/events"};
	for (size_t k = 0; k < sizeof(fixed) / sizeof(fixed[0]); k++)
		if (strcmp(url, fixed[k]) == 0)
			return true;
	/* Not /vms/{name}/stats: it samples the VM now. */
	return vm_path_is(url, NULL) || vm_path_is(url, "console") || vm_path_is(url, "logs");
}

struct offload *offload_new(unsigned max)
{
	struct offload *o = calloc(1, sizeof(*o));
	if (!o)
		return NULL;
	pthread_mutex_init(&o->lock, NULL);
	pthread_cond_init(&o->idle, NULL);
	o->max = max;
	return o;
}

void offload_drain(struct offload *o)
{
	if (!o)
		return;
	pthread_mutex_lock(&o->lock);
	while (o->running)
		pthread_cond_wait(&o->idle, &o->lock);
	pthread_mutex_unlock(&o->lock);
}

void offload_free(struct offload *o)
{
	if (!o)
		return;
	offload_drain(o);
	pthread_cond_destroy(&o->idle);
	pthread_mutex_destroy(&o->lock);
	free(o);
}

bool offload_reserve(struct offload *o)
{
	pthread_mutex_lock(&o->lock);
	bool ok = o->running < o->max;
	if (ok)
		o->running++;
	pthread_mutex_unlock(&o->lock);
	return ok;
}

struct job {
	struct offload *o;
	void (*fn)(void *);
	void *arg;
};

static void release(struct offload *o)
{
	pthread_mutex_lock(&o->lock);
	if (--o->running == 0)
		pthread_cond_broadcast(&o->idle);
	pthread_mutex_unlock(&o->lock);
}

static void *run_job(void *p)
{
	struct job j = *(struct job *)p;
	free(p);
	j.fn(j.arg);
	release(j.o);
	return NULL;
}

void offload_start(struct offload *o, void (*fn)(void *arg), void *arg)
{
	struct job *j = malloc(sizeof(*j));
	pthread_t t;
	if (j) {
		*j = (struct job){o, fn, arg};
		if (thread_spawn(&t, run_job, j, "api-op") == 0) {
			pthread_detach(t);
			return;
		}
		free(j);
	}
	fn(arg);
	release(o);
}
