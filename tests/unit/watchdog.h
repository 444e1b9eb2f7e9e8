/* A watchdog for tests that run guest code with an instruction budget: a run that goes on too
 * long (a translation that never reaches its budget, e.g. a loop that retires nothing) is
 * stopped through EV_STOP, or, when even that is ignored, ends the process with a message,
 * instead of hanging the test suite. */
#ifndef RVISOR_TEST_WATCHDOG_H
#define RVISOR_TEST_WATCHDOG_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "cpu/hart.h"

struct watchdog {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	pthread_t thread;
	unsigned seconds;	 /* a run may take this long before it is stopped */
	struct hart *h;		 /* the hart of the armed run, NULL when disarmed */
	uint64_t run;		 /* counts armed runs: tells one run from the next */
	bool fired;		 /* the armed run was stopped */
	bool quit;		 /* watchdog_stop: the thread ends */
	void (*dump)(void *arg); /* prints what the run was (seed, program) */
	void *arg;
};

static struct timespec watchdog_deadline(unsigned seconds)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	ts.tv_sec += seconds;
	return ts;
}

/* Wait until the run `run` is over or `seconds` have passed; true when it
 * is still the armed run then. Called with the lock held. */
static bool watchdog_outlived(struct watchdog *w, uint64_t run, unsigned seconds)
{
	struct timespec until = watchdog_deadline(seconds);
	while (!w->quit && w->h && w->run == run)
		if (pthread_cond_timedwait(&w->cond, &w->lock, &until))
			break; /* timed out */
	return !w->quit && w->h && w->run == run;
}

static void *watchdog_main(void *arg)
{
	struct watchdog *w = arg;
	pthread_mutex_lock(&w->lock);
	while (!w->quit) {
		if (!w->h) {
			pthread_cond_wait(&w->cond, &w->lock);
			continue;
		}
		uint64_t run = w->run;
		if (!watchdog_outlived(w, run, w->seconds))
			continue;
		/* Too long: ask the hart to stop at its next events check. */
		w->fired = true;
		hart_request(w->h, EV_STOP);
		if (!watchdog_outlived(w, run, w->seconds))
			continue;
		/* It ignores events too: translated code that never checks them.
		 * Nothing can end the run; say what it was and end the process. */
		fprintf(stderr,
			"watchdog: a run went on for %u s and ignored a stop request for %u s\n",
			w->seconds, w->seconds);
		if (w->dump)
			w->dump(w->arg);
		fflush(stderr);
		_exit(1);
	}
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

/* Start the watchdog thread; dump(arg) describes the current run when the
 * process must end. Returns 0 or an errno value. */
static int watchdog_start(struct watchdog *w, unsigned seconds, void (*dump)(void *), void *arg)
{
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->cond, &ca);
	pthread_condattr_destroy(&ca);
	w->seconds = seconds;
	w->h = NULL;
	w->run = 0;
	w->fired = w->quit = false;
	w->dump = dump;
	w->arg = arg;
	return pthread_create(&w->thread, NULL, watchdog_main, w);
}

/* Watch a run of h (from now until watchdog_disarm). */
static void watchdog_arm(struct watchdog *w, struct hart *h)
{
	pthread_mutex_lock(&w->lock);
	w->h = h;
	w->run++;
	w->fired = false;
	pthread_cond_signal(&w->cond);
	pthread_mutex_unlock(&w->lock);
}

/* The run is over; true when the watchdog had to stop it. */
static bool watchdog_disarm(struct watchdog *w)
{
	pthread_mutex_lock(&w->lock);
	bool fired = w->fired;
	w->h = NULL;
	pthread_cond_signal(&w->cond);
	pthread_mutex_unlock(&w->lock);
	return fired;
}

static void watchdog_stop(struct watchdog *w)
{
	pthread_mutex_lock(&w->lock);
	w->quit = true;
	pthread_cond_signal(&w->cond);
	pthread_mutex_unlock(&w->lock);
	pthread_join(w->thread, NULL);
}

#endif
