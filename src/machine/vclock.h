/* Virtual guest clock: host monotonic time scaled to the 10 MHz timebase,
 * plus an offset that snapshots and pauses carry. */
#ifndef RVISOR_MACHINE_VCLOCK_H
#define RVISOR_MACHINE_VCLOCK_H

#include <stdint.h>
#include <time.h>

#define TIMEBASE_HZ 10000000ULL

struct vclock {
	int64_t offset;	   /* mtime = host_ticks() + offset */
	int64_t paused_at; /* mtime frozen while paused, or -1 */
};

static inline uint64_t vclock_host_ticks(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * TIMEBASE_HZ +
	       (uint64_t)ts.tv_nsec / (1000000000ULL / TIMEBASE_HZ);
}

static inline uint64_t vclock_now(const struct vclock *c)
{
	if (c->paused_at >= 0)
		return (uint64_t)c->paused_at;
	return vclock_host_ticks() + (uint64_t)c->offset;
}

/* Start the clock at guest time `start`. */
static inline void vclock_init(struct vclock *c, uint64_t start)
{
	c->offset = (int64_t)(start - vclock_host_ticks());
	c->paused_at = -1;
}

#endif
