/* Where a migration's guest-visible pause goes: timestamps of the
 * switch-over on both sides, printed on stderr, only when the environment
 * says RVISOR_MIGRATE_TRACE=1 (off by default: nothing is measured then).
 * Each line is "rvisor-mtrace: ROLE T +MS EVENT", T the host's
 * CLOCK_MONOTONIC in seconds (the clock Python's time.monotonic reads, so
 * bench/migrate.py can put its own console timestamps next to them), MS
 * the milliseconds since the trace's start (the source's pause, the
 * destination's GO). */
#ifndef RVISOR_VMM_MIGRATE_TRACE_H
#define RVISOR_VMM_MIGRATE_TRACE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

struct vm;

struct mig_trace {
	bool on;
	const char *role; /* "source" or "destination" */
	uint64_t t0_ns;	  /* CLOCK_MONOTONIC of the start (0: not yet) */
	/* The destination's watcher: a thread sampling hart 0 and the
	 * console from GO until the guest's first console byte. */
	pthread_t watcher;
	bool watching;
	atomic_bool stop;
	struct vm *vm;
};

/* Off unless RVISOR_MIGRATE_TRACE is set to 1. */
void mig_trace_init(struct mig_trace *t, const char *role);
uint64_t mig_trace_now_ns(void);
/* The start of the times "+MS" count from (now). */
void mig_trace_start(struct mig_trace *t);
void mig_trace(const struct mig_trace *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The same, at a time taken earlier. */
void mig_trace_at(const struct mig_trace *t, uint64_t ns, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Destination, from REDY: watch vm's first hart and console in a thread
 * of its own until shortly after the guest's first console byte (at most
 * 200 ms after GO), then print the timeline; mig_trace_stop joins it.
 * No-ops when off. */
void mig_trace_watch(struct mig_trace *t, struct vm *vm);
void mig_trace_stop(struct mig_trace *t);

#endif
