/* Rate limiter unit test, on an injected clock: the long-run rate of both
 * buckets, the burst, requests larger than the burst (debt), the one-time
 * burst, a change of limits while running, set/take from two threads, and
 * bytes-only charges (ratelimit_take_n without an op). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "check.h"
#include "util/ratelimit.h"

#define SEC 1000000000ULL

/* A client that asks for `req` bytes as fast as the limiter allows, on a
 * fake clock starting at *now, until `until`. Returns the bytes passed. */
static uint64_t drive(struct ratelimit *rl, uint64_t *now, uint64_t until, uint64_t req,
		      uint64_t *ops)
{
	uint64_t bytes = 0, n = 0;
	while (*now < until) {
		uint64_t wait = 0;
		if (ratelimit_take(rl, req, *now, &wait)) {
			bytes += req;
			n++;
		} else {
			CHECK(wait > 0);
			*now += wait;
		}
	}
	if (ops)
		*ops = n;
	return bytes;
}

static bool within(double got, double want, double tol)
{
	return got >= want * (1 - tol) && got <= want * (1 + tol);
}

static void test_off(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {0};
	ratelimit_init(&rl, &c, 0);
	CHECK(!ratelimit_active(&rl));
	uint64_t w = 0;
	for (int k = 0; k < 1000; k++)
		CHECK(ratelimit_take(&rl, 1ULL << 30, 5, &w));
	ratelimit_destroy(&rl);
}

static void test_long_run_and_burst(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {.bytes = {.rate = 1000000}}; /* 1 MB/s, burst 1 s */
	uint64_t now = 1000;
	ratelimit_init(&rl, &c, now);
	CHECK(ratelimit_active(&rl));
	/* The burst: a full bucket passes exactly its size at once. */
	uint64_t w = 0, passed = 0;
	while (ratelimit_take(&rl, 4096, now, &w))
		passed += 4096;
	CHECK(passed >= 1000000 - 4096 && passed <= 1000000);
	/* The wait is the time to refill the missing tokens. */
	uint64_t missing = 4096 - (1000000 - passed);
	CHECK(w >= missing * 1000 && w <= missing * 1000 + 1);
	CHECK(!ratelimit_take(&rl, 4096, now + w - 1, &w));
	CHECK(w == 1);
	CHECK(ratelimit_take(&rl, 4096, now + missing * 1000 + 1, &w));

	/* The long-run rate: 100 s of 64 KiB requests -> 100 MB (+ the burst
	 * spent above, already gone). */
	now += missing * 1000 + 1;
	uint64_t got = drive(&rl, &now, now + 100 * SEC, 65536, NULL);
	CHECK(within((double)got, 100e6, 0.001));
	ratelimit_destroy(&rl);
}

static void test_ops(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {.ops = {.rate = 200, .size = 50}};
	uint64_t now = 0, ops;
	ratelimit_init(&rl, &c, now);
	drive(&rl, &now, 60 * SEC, 4096, &ops);
	/* 60 s at 200/s plus the initial 50. */
	CHECK(ops >= 12000 + 50 - 1 && ops <= 12000 + 50 + 1);
	ratelimit_destroy(&rl);
}

static void test_both_or_neither(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {.bytes = {.rate = 1000, .size = 1000},
				  .ops = {.rate = 1, .size = 1}};
	uint64_t now = 0, w = 0;
	ratelimit_init(&rl, &c, now);
	CHECK(ratelimit_take(&rl, 100, now, &w));
	/* The ops bucket is empty: refused, and the bytes bucket keeps its
	 * 900 tokens (900 pass once an op token is back, 1 s later, when the
	 * bytes bucket is full again: 1000). */
	CHECK(!ratelimit_take(&rl, 100, now, &w));
	CHECK(w == SEC);
	CHECK(!ratelimit_take(&rl, 900, now, &w));
	now += SEC;
	CHECK(ratelimit_take(&rl, 1000, now, &w));
	CHECK(!ratelimit_take(&rl, 1, now, &w));
	ratelimit_destroy(&rl);
}

/* ratelimit_take_n with no op (the later slices of one request): only the
 * bytes bucket decides, the ops bucket (even empty) neither holds it up
 * nor pays, and it is not counted as a request. */
static void test_bytes_only(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {.bytes = {.rate = 1000, .size = 1000},
				  .ops = {.rate = 1, .size = 1}};
	uint64_t now = 0, w = 0;
	ratelimit_init(&rl, &c, now);
	CHECK(ratelimit_take(&rl, 100, now, &w)); /* the op of the request */
	CHECK(ratelimit_take_n(&rl, 400, 0, now, &w));
	CHECK(ratelimit_take_n(&rl, 500, 0, now, &w));
	CHECK(!ratelimit_take_n(&rl, 1, 0, now, &w)); /* bytes bucket empty */
	CHECK(w == SEC / 1000);
	CHECK_EQ_U64(rl.stat_passed, 1);
	now += SEC;
	CHECK(ratelimit_take_n(&rl, 1000, 0, now, &w));
	/* The ops bucket still holds the token it refilled: one request. */
	CHECK(ratelimit_take(&rl, 0, now, &w));
	CHECK(!ratelimit_take(&rl, 0, now, &w));
	ratelimit_destroy(&rl);
}

static void test_larger_than_burst(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {.bytes = {.rate = 1000, .size = 1000}};
	uint64_t now = 0, w = 0;
	ratelimit_init(&rl, &c, now);
	/* A 5000-byte request passes on a full bucket and leaves 4000 of
	 * debt: the next byte waits 4 s + 1 ms. */
	CHECK(ratelimit_take(&rl, 5000, now, &w));
	CHECK(!ratelimit_take(&rl, 1, now, &w));
	CHECK(w == 4 * SEC + SEC / 1000);
	/* Half-refilled: a big request waits for the full bucket. */
	now += 4 * SEC + SEC / 2;
	CHECK(!ratelimit_take(&rl, 5000, now, &w));
	CHECK(w == SEC / 2);
	/* Long run with requests 3x the burst: still 1000 B/s. */
	uint64_t got = drive(&rl, &now, now + 300 * SEC, 3000, NULL);
	CHECK(within((double)got, 300000, 0.02));
	ratelimit_destroy(&rl);
}

static void test_one_time_burst(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {.bytes = {.rate = 1000, .size = 1000, .one_time_burst = 5000}};
	uint64_t now = 0, w = 0, passed = 0;
	ratelimit_init(&rl, &c, now);
	while (ratelimit_take(&rl, 100, now, &w))
		passed += 100;
	CHECK_EQ_U64(passed, 6000);
	/* Never refilled: 10 s later only the bucket's 1000 pass at once. */
	now += 10 * SEC;
	passed = 0;
	while (ratelimit_take(&rl, 100, now, &w))
		passed += 100;
	CHECK_EQ_U64(passed, 1000);
	/* Setting the same limits again re-grants nothing; a changed bucket
	 * gets its new one-time burst. */
	ratelimit_set(&rl, &c, now);
	CHECK(!ratelimit_take(&rl, 100, now, &passed));
	c.bytes.one_time_burst = 300;
	ratelimit_set(&rl, &c, now);
	CHECK(ratelimit_take(&rl, 300, now, &passed));
	CHECK(!ratelimit_take(&rl, 1, now, &passed));
	ratelimit_destroy(&rl);
}

static void test_runtime_change(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {.bytes = {.rate = 1000000}};
	uint64_t now = 0;
	ratelimit_init(&rl, &c, now);
	uint64_t a = drive(&rl, &now, 20 * SEC, 65536, NULL);
	CHECK(within((double)a, 21e6, 0.01)); /* 20 s + the 1 s burst */
	/* Faster: takes effect at the next request. */
	c.bytes.rate = 4000000;
	ratelimit_set(&rl, &c, now);
	struct ratelimit_cfg g;
	ratelimit_get(&rl, &g);
	CHECK_EQ_U64(g.bytes.rate, 4000000);
	CHECK_EQ_U64(g.bytes.size, 4000000);
	uint64_t t0 = now;
	uint64_t b = drive(&rl, &now, t0 + 20 * SEC, 65536, NULL);
	CHECK(within((double)b, 80e6, 0.06)); /* the bucket was nearly empty */
	/* Slower, with a smaller burst: the held tokens are cut to it. */
	c.bytes.rate = 100000;
	c.bytes.size = 200000;
	ratelimit_set(&rl, &c, now);
	uint64_t d = drive(&rl, &now, now + 20 * SEC, 65536, NULL);
	CHECK(d <= 2000000 + 200000 + 65536 && d >= 2000000 - 65536);
	/* Off, then on again (full). */
	struct ratelimit_cfg off = {0};
	ratelimit_set(&rl, &off, now);
	uint64_t w = 0;
	CHECK(ratelimit_take(&rl, 1ULL << 40, now, &w));
	ratelimit_set(&rl, &c, now);
	CHECK(ratelimit_take(&rl, 200000, now, &w));
	CHECK(!ratelimit_take(&rl, 1, now, &w));
	ratelimit_destroy(&rl);
}

/* The device thread takes while another thread flips the limits; the
 * outcome is only checked for consistency (no crash, sane waits). */
struct race {
	struct ratelimit *rl;
	atomic_bool stop;
};

static void *setter(void *arg)
{
	struct race *r = arg;
	for (uint64_t k = 0; k < 20000; k++) {
		struct ratelimit_cfg c = {.bytes = {.rate = (k % 3) * 1000},
					  .ops = {.rate = (k % 5) * 10, .size = 1 + k % 7}};
		ratelimit_set(r->rl, &c, k * 1000);
	}
	atomic_store(&r->stop, true);
	return NULL;
}

static void test_threads(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {0};
	ratelimit_init(&rl, &c, 0);
	struct race r = {.rl = &rl};
	pthread_t th;
	CHECK(pthread_create(&th, NULL, setter, &r) == 0);
	uint64_t now = 0, bad = 0;
	while (!atomic_load(&r.stop)) {
		uint64_t w = 0;
		if (!ratelimit_take(&rl, 512, now, &w) && (w == 0 || w > 10 * SEC))
			bad++;
		now += 1000;
	}
	pthread_join(th, NULL);
	CHECK_EQ_U64(bad, 0);
	ratelimit_destroy(&rl);
}

/* The time waited (stat_wait_ns): from a request's first refusal to its
 * pass, once per request however often it is refused meanwhile; nothing
 * for requests that pass at once. */
static void test_wait_time(void)
{
	struct ratelimit rl;
	struct ratelimit_cfg c = {.ops = {.rate = 10, .size = 1}};
	ratelimit_init(&rl, &c, 1000);
	uint64_t w = 0;
	CHECK(ratelimit_take(&rl, 0, 1000, &w)); /* the one token */
	CHECK_EQ_U64(rl.stat_wait_ns, 0);
	CHECK(!ratelimit_take(&rl, 0, 1000 + SEC / 100, &w)); /* refused at +10 ms */
	CHECK(!ratelimit_take(&rl, 0, 1000 + SEC / 20, &w));  /* again at +50 ms */
	CHECK(ratelimit_take(&rl, 0, 1000 + SEC / 10, &w));   /* passes at +100 ms */
	CHECK_EQ_U64(rl.stat_wait_ns, SEC / 10 - SEC / 100);  /* 90 ms waited */
	CHECK_EQ_U64(rl.stat_throttled, 2);
	CHECK(ratelimit_take(&rl, 0, 1000 + SEC, &w)); /* at once: no more wait */
	CHECK_EQ_U64(rl.stat_wait_ns, SEC / 10 - SEC / 100);
	ratelimit_destroy(&rl);
}

int main(void)
{
	test_off();
	test_long_run_and_burst();
	test_ops();
	test_both_or_neither();
	test_bytes_only();
	test_larger_than_burst();
	test_one_time_burst();
	test_runtime_change();
	test_threads();
	test_wait_time();
	CHECK_DONE();
}
