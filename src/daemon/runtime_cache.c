/* The daemon's cache of each running VM's GET /vm (see runtime_cache.h). */
#include "daemon/runtime_cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <time.h>

struct entry {
	struct entry *next;
	int64_t id;
	pid_t pid;
	double asked; /* CLOCK_MONOTONIC time of the question */
	double at;    /* wall time of the answer */
	json_t *runtime;
};

struct runtime_cache {
	pthread_mutex_t lock;
	struct entry *head; /* one per running VM: a short list */
};

static double wall_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double rtc_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

struct runtime_cache *rtc_new(void)
{
	struct runtime_cache *c = calloc(1, sizeof(*c));
	if (c)
		pthread_mutex_init(&c->lock, NULL);
	return c;
}

void rtc_free(struct runtime_cache *c)
{
	if (!c)
		return;
	while (c->head) {
		struct entry *x = c->head;
		c->head = x->next;
		json_decref(x->runtime);
		free(x);
	}
	pthread_mutex_destroy(&c->lock);
	free(c);
}

void rtc_put(struct runtime_cache *c, int64_t id, pid_t pid, double asked, const char *body)
{
	/* Parsed outside the lock: readers never wait for a parse. */
	json_t *j = body ? json_loads(body, 0, NULL) : NULL;
	if (!c || !json_is_object(j)) {
		json_decref(j);
		return;
	}
	double at = wall_now();
	pthread_mutex_lock(&c->lock);
	struct entry *x = c->head;
	while (x && x->id != id)
		x = x->next;
	if (!x && (x = calloc(1, sizeof(*x)))) {
		x->id = id;
		x->next = c->head;
		c->head = x;
	}
	if (x && (x->pid != pid || !x->runtime || asked >= x->asked)) {
		json_decref(x->runtime);
		x->runtime = j, x->pid = pid, x->asked = asked, x->at = at, j = NULL;
	}
	pthread_mutex_unlock(&c->lock);
	json_decref(j);
}

json_t *rtc_get(struct runtime_cache *c, int64_t id, pid_t pid, double *at)
{
	if (!c)
		return NULL;
	json_t *j = NULL;
	pthread_mutex_lock(&c->lock);
	for (struct entry *x = c->head; x; x = x->next)
		if (x->id == id) {
			if (x->pid == pid) {
				j = json_deep_copy(x->runtime);
				*at = x->at;
			}
			break;
		}
	pthread_mutex_unlock(&c->lock);
	return j;
}

void rtc_drop(struct runtime_cache *c, int64_t id)
{
	if (!c)
		return;
	pthread_mutex_lock(&c->lock);
	for (struct entry **p = &c->head; *p; p = &(*p)->next)
		if ((*p)->id == id) {
			struct entry *x = *p;
			*p = x->next;
			json_decref(x->runtime);
			free(x);
			break;
		}
	pthread_mutex_unlock(&c->lock);
}
