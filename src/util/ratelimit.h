/* A rate limiter for a device's I/O: two token buckets, bytes per second and
 * operations per second (Firecracker's model: each bucket has a rate, a
 * size (the burst it can hold) and an optional one-time burst spent before
 * the bucket's own tokens).
 *
 * A request of N bytes costs N tokens from the bytes bucket and 1 from the
 * ops bucket; it passes when both buckets hold min(cost, size) tokens, so a
 * request larger than a bucket waits for a full bucket and then drives it
 * into debt, which later requests repay: the long-run rate holds exactly
 * whatever the request sizes. A bucket with rate 0 is off (unlimited).
 *
 * Thread-safe: the device asks from its I/O thread while ratelimit_set (the
 * REST API) changes the limits from another thread; a change applies to the
 * next request. Time is passed in (ns of CLOCK_MONOTONIC, see
 * ratelimit_now_ns) so tests can inject it. */
#ifndef RVISOR_UTIL_RATELIMIT_H
#define RVISOR_UTIL_RATELIMIT_H

#include <pthread.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

/* The largest rate, size or one-time burst a limiter takes: the largest
 * integer a JSON number in the API carries (jansson's json_int_t), so every
 * setting reads back as it was given. Larger ones are refused, naming the
 * value; for "no limit", use 0. */
#define RATELIMIT_MAX ((uint64_t)INT64_MAX)

/* One bucket's configuration. */
struct ratelimit_bucket_cfg {
	uint64_t rate;		 /* tokens per second; 0 = no limit */
	uint64_t size;		 /* tokens the bucket holds (the burst); 0 = rate (1 s) */
	uint64_t one_time_burst; /* extra tokens, spent first, never refilled */
};

struct ratelimit_cfg {
	struct ratelimit_bucket_cfg bytes, ops;
};

struct ratelimit_bucket {
	struct ratelimit_bucket_cfg cfg; /* size resolved (never 0 when rate != 0) */
	/* Tokens in units of 1e-9 token, so refills lose no fraction; negative
	 * is debt. */
	__int128 budget;
	uint64_t otb;  /* one-time burst left */
	uint64_t last; /* time of the last refill (ns) */
};

struct ratelimit {
	pthread_mutex_t lock;
	struct ratelimit_bucket bytes, ops;
	/* Counters: requests that passed, and refusals (each one a wait). */
	uint64_t stat_passed, stat_throttled;
	/* Time spent waiting (ns): from a request's first refusal to the next
	 * pass (the device asks again for the same request), summed; blocked
	 * holds the time of the first refusal while one is pending, else 0. */
	uint64_t stat_wait_ns, blocked;
};

/* Start with cfg (may be all zero: no limit), the buckets full at `now`. */
void ratelimit_init(struct ratelimit *rl, const struct ratelimit_cfg *cfg, uint64_t now);
void ratelimit_destroy(struct ratelimit *rl);

/* Change the limits (any thread). A bucket whose configuration is the same
 * is left alone; a changed one keeps the tokens it holds (at most the new
 * size, debt stays owed) and gets the new one-time burst; a bucket that
 * was off starts full. */
void ratelimit_set(struct ratelimit *rl, const struct ratelimit_cfg *cfg, uint64_t now);
void ratelimit_get(struct ratelimit *rl, struct ratelimit_cfg *cfg);

/* May an operation of `bytes` run at `now`? true: the tokens are taken.
 * false: nothing is taken and *wait_ns (> 0) says when to ask again. */
bool ratelimit_take(struct ratelimit *rl, uint64_t bytes, uint64_t now, uint64_t *wait_ns);
/* The same with `ops` operation tokens instead of 1: ops = 0 charges bytes
 * only, for the later slices of a request processed piece by piece (its
 * one op was taken with the first). stat_passed counts ops > 0 only. */
bool ratelimit_take_n(struct ratelimit *rl, uint64_t bytes, uint64_t ops, uint64_t now,
		      uint64_t *wait_ns);

/* Is any bucket on? */
bool ratelimit_active(struct ratelimit *rl);

/* Option parsing shared by --disk (bps=, iops=) and --net (tx_bps=,
 * rx_pps=...): one limiter's four options are PREFIX+BYTES, PREFIX+BYTES
 * "_burst", PREFIX+OPS and PREFIX+OPS "_burst" (e.g. "tx_", "bps", "pps").
 * A value is a positive whole number with an optional K, M or G suffix
 * (powers of 1024), at most RATELIMIT_MAX.
 *
 * ratelimit_option: 1 when key is one of the four (its value stored in
 * cfg: rate or size), 0 when it is not, -1 when the value is malformed
 * (message in err naming the option). */
/* 0 with *out set, -1 when v is not such a number, -2 when it is one but
 * above RATELIMIT_MAX. */
int ratelimit_parse_amount(const char *v, uint64_t *out);
int ratelimit_option(struct ratelimit_cfg *cfg, const char *prefix, const char *bytes,
		     const char *ops, const char *key, const char *val, char *err, size_t errlen);
/* After the options: -1 with a message when a burst was given without its
 * rate, else 0. */
int ratelimit_option_check(const struct ratelimit_cfg *cfg, const char *prefix, const char *bytes,
			   const char *ops, char *err, size_t errlen);

/* CLOCK_MONOTONIC in ns (the clock virtio_mmio_kick_after uses). */
uint64_t ratelimit_now_ns(void);

#endif
