/* The sandbox's spawner thread: creates the threads the main thread asks
 * for once the main thread's own filter forbids what they need. */
#include "vmm/sandbox_spawn.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>

#include "util/thread.h"

/* One request at a time (only the main thread hands requests over); the
 * caller waits for its answer. */
struct sandbox_spawner {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t thread;
	bool quit;
	bool pending; /* a request waits for the spawner */
	bool answered;
	void *(*start)(void *);
	void *p;
	sigset_t mask; /* the caller's signal mask: the new thread's own */
	pthread_t made;
	int rc;
};

static void *spawner_main(void *arg)
{
	struct sandbox_spawner *sp = arg;
	pthread_mutex_lock(&sp->mu);
	for (;;) {
		while (!sp->pending && !sp->quit)
			pthread_cond_wait(&sp->cv, &sp->mu);
		if (sp->quit)
			break;
		/* A new thread inherits its creator's signal mask: give it the
		 * caller's (memguard's thread relies on a blocked signal). */
		sigset_t old;
		pthread_sigmask(SIG_SETMASK, &sp->mask, &old);
		sp->rc = pthread_create(&sp->made, NULL, sp->start, sp->p);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		sp->pending = false;
		sp->answered = true;
		pthread_cond_broadcast(&sp->cv);
	}
	pthread_mutex_unlock(&sp->mu);
	return NULL;
}

int sandbox_spawner_request(void *arg, pthread_t *t, void *(*start)(void *), void *p)
{
	struct sandbox_spawner *sp = arg;
	sigset_t mask;
	pthread_sigmask(SIG_SETMASK, NULL, &mask);
	pthread_mutex_lock(&sp->mu);
	while (sp->pending || sp->answered)
		pthread_cond_wait(&sp->cv, &sp->mu);
	sp->start = start;
	sp->p = p;
	sp->mask = mask;
	sp->pending = true;
	pthread_cond_broadcast(&sp->cv);
	while (!sp->answered)
		pthread_cond_wait(&sp->cv, &sp->mu);
	int rc = sp->rc;
	if (rc == 0)
		*t = sp->made;
	sp->answered = false;
	pthread_cond_broadcast(&sp->cv);
	pthread_mutex_unlock(&sp->mu);
	return rc;
}

int sandbox_spawner_start(struct sandbox_spawner **out)
{
	struct sandbox_spawner *sp = calloc(1, sizeof(*sp));
	if (!sp)
		return ENOMEM;
	pthread_mutex_init(&sp->mu, NULL);
	pthread_cond_init(&sp->cv, NULL);
	int rc = thread_spawn(&sp->thread, spawner_main, sp, "spawner");
	if (rc) {
		pthread_mutex_destroy(&sp->mu);
		pthread_cond_destroy(&sp->cv);
		free(sp);
		return rc;
	}
	*out = sp;
	return 0;
}

void sandbox_spawner_stop(struct sandbox_spawner *sp)
{
	if (!sp)
		return;
	pthread_mutex_lock(&sp->mu);
	sp->quit = true;
	pthread_cond_broadcast(&sp->cv);
	pthread_mutex_unlock(&sp->mu);
	pthread_join(sp->thread, NULL);
	pthread_mutex_destroy(&sp->mu);
	pthread_cond_destroy(&sp->cv);
	free(sp);
}
