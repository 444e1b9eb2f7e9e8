/* util/thread: a spawned thread carries its name from its first instant
 * and runs the start hook of the thread that spawned it before its
 * function, and hands the hook on to the threads it spawns (how the
 * sandbox reaches threads started inside devices); threads spawned
 * before the hook was set, or after it was removed, do not run it. */
#include <pthread.h>
#include <stdbool.h>
#include <string.h>
#include <sys/prctl.h>

#include "check.h"
#include "util/thread.h"

struct log {
	pthread_mutex_t lock;
	char hooked[8][16]; /* names the hook saw, in order */
	int n;
};

static void hook(void *arg, const char *name)
{
	struct log *l = arg;
	pthread_mutex_lock(&l->lock);
	if (l->n < 8)
		strcpy(l->hooked[l->n++], name);
	pthread_mutex_unlock(&l->lock);
}

struct ctx {
	char seen_name[16]; /* the thread's name as its function first sees it */
	bool spawn_child;
};

static void *child_fn(void *arg)
{
	struct ctx *c = arg;
	prctl(PR_GET_NAME, c->seen_name, 0, 0, 0);
	return NULL;
}

static void *parent_fn(void *arg)
{
	struct ctx *c = arg;
	prctl(PR_GET_NAME, c->seen_name, 0, 0, 0);
	if (c->spawn_child) {
		/* A grandchild spawned by a hooked thread: the hook goes along. */
		static struct ctx gc;
		pthread_t t;
		if (thread_spawn(&t, child_fn, &gc, "grand%d", 7) == 0)
			pthread_join(t, NULL);
	}
	return NULL;
}

static bool hooked(struct log *l, const char *name)
{
	for (int k = 0; k < l->n; k++)
		if (strcmp(l->hooked[k], name) == 0)
			return true;
	return false;
}

int main(void)
{
	struct log l = {.lock = PTHREAD_MUTEX_INITIALIZER};
	pthread_t t;
	struct ctx before = {0}, with = {.spawn_child = true}, after = {0};

	CHECK(thread_spawn(&t, parent_fn, &before, "before%u", 1u) == 0);
	pthread_join(t, NULL);
	CHECK(strcmp(before.seen_name, "before1") == 0);

	thread_set_start_hook(hook, &l);
	CHECK(thread_spawn(&t, parent_fn, &with, "io-%s%u", "blk", 0u) == 0);
	pthread_join(t, NULL);
	CHECK(strcmp(with.seen_name, "io-blk0") == 0);
	thread_set_start_hook(NULL, NULL);

	CHECK(thread_spawn(&t, parent_fn, &after, "after%u", 2u) == 0);
	pthread_join(t, NULL);
	/* A long name is cut to the kernel's 15 characters. */
	struct ctx longname = {0};
	CHECK(thread_spawn(&t, child_fn, &longname, "%s", "a-very-long-thread-name") == 0);
	pthread_join(t, NULL);
	CHECK(strcmp(longname.seen_name, "a-very-long-thr") == 0);

	CHECK(l.n == 2);
	CHECK(hooked(&l, "io-blk0"));
	CHECK(hooked(&l, "grand7"));
	CHECK(!hooked(&l, "before1") && !hooked(&l, "after2"));
	CHECK_DONE();
}
