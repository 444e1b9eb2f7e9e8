/* Token-bucket rate limiter (bytes/s and ops/s) for device I/O. */
#include "util/ratelimit.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "util/opts.h"

#define NANO 1000000000LL
/* A wait is a hint for when to ask again: asking early costs a retry, so
 * cap it (a very low rate would otherwise give a deadline in years). */
#define MAX_WAIT_NS (10ULL * NANO)

uint64_t ratelimit_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * (uint64_t)NANO + (uint64_t)ts.tv_nsec;
}

static __int128 full(const struct ratelimit_bucket *b)
{
	return (__int128)b->cfg.size * NANO;
}

static void refill(struct ratelimit_bucket *b, uint64_t now)
{
	if (!b->cfg.rate || now <= b->last) {
		if (now > b->last)
			b->last = now;
		return;
	}
	uint64_t dt = now - b->last;
	b->last = now;
	__int128 room = full(b) - b->budget;
	if (room <= 0)
		return;
	/* Compare times rather than multiply: dt * rate may not fit. */
	if ((__int128)dt >= room / b->cfg.rate + 1)
		b->budget = full(b);
	else
		b->budget += (__int128)dt * b->cfg.rate;
	if (b->budget > full(b))
		b->budget = full(b);
}

/* Can the bucket pay `cost` now? 0 if so, else the ns until it can. */
static uint64_t bucket_wait(const struct ratelimit_bucket *b, uint64_t cost)
{
	if (!b->cfg.rate)
		return 0;
	uint64_t want = cost < b->cfg.size ? cost : b->cfg.size;
	__int128 have = b->budget + (__int128)b->otb * NANO;
	__int128 need = (__int128)want * NANO - have;
	if (need <= 0)
		return 0;
	__int128 ns = (need + b->cfg.rate - 1) / b->cfg.rate;
	return ns > (__int128)MAX_WAIT_NS ? MAX_WAIT_NS : (uint64_t)(ns ? ns : 1);
}

static void bucket_pay(struct ratelimit_bucket *b, uint64_t cost)
{
	if (!b->cfg.rate)
		return;
	uint64_t t = cost < b->otb ? cost : b->otb;
	b->otb -= t;
	b->budget -= (__int128)(cost - t) * NANO;
}

static void bucket_set(struct ratelimit_bucket *b, const struct ratelimit_bucket_cfg *c,
		       uint64_t now)
{
	struct ratelimit_bucket_cfg r = *c;
	if (r.rate && !r.size)
		r.size = r.rate;
	if (!r.rate)
		r = (struct ratelimit_bucket_cfg){0};
	/* Unchanged: keep its tokens and what is left of its one-time burst
	 * (a change to the other bucket must not re-grant it). */
	if (!memcmp(&r, &b->cfg, sizeof(r)))
		return;
	bool was_on = b->cfg.rate != 0;
	refill(b, now);
	b->cfg = *c;
	if (!c->rate) {
		b->cfg.size = 0;
		b->budget = 0;
		b->otb = 0;
		b->last = now;
		return;
	}
	if (!b->cfg.size)
		b->cfg.size = c->rate; /* one second's worth */
	b->otb = c->one_time_burst;
	if (!was_on) {
		b->budget = full(b);
		b->last = now;
	} else if (b->budget > full(b)) {
		b->budget = full(b);
	}
}

void ratelimit_init(struct ratelimit *rl, const struct ratelimit_cfg *cfg, uint64_t now)
{
	memset(rl, 0, sizeof(*rl));
	pthread_mutex_init(&rl->lock, NULL);
	bucket_set(&rl->bytes, &cfg->bytes, now);
	bucket_set(&rl->ops, &cfg->ops, now);
}

void ratelimit_destroy(struct ratelimit *rl)
{
	pthread_mutex_destroy(&rl->lock);
}

void ratelimit_set(struct ratelimit *rl, const struct ratelimit_cfg *cfg, uint64_t now)
{
	pthread_mutex_lock(&rl->lock);
	bucket_set(&rl->bytes, &cfg->bytes, now);
	bucket_set(&rl->ops, &cfg->ops, now);
	pthread_mutex_unlock(&rl->lock);
}

void ratelimit_get(struct ratelimit *rl, struct ratelimit_cfg *cfg)
{
	pthread_mutex_lock(&rl->lock);
	cfg->bytes = rl->bytes.cfg;
	cfg->ops = rl->ops.cfg;
	pthread_mutex_unlock(&rl->lock);
}

bool ratelimit_active(struct ratelimit *rl)
{
	pthread_mutex_lock(&rl->lock);
	bool on = rl->bytes.cfg.rate || rl->ops.cfg.rate;
	pthread_mutex_unlock(&rl->lock);
	return on;
}

bool ratelimit_take(struct ratelimit *rl, uint64_t bytes, uint64_t now, uint64_t *wait_ns)
{
	return ratelimit_take_n(rl, bytes, 1, now, wait_ns);
}

bool ratelimit_take_n(struct ratelimit *rl, uint64_t bytes, uint64_t ops, uint64_t now,
		      uint64_t *wait_ns)
{
	pthread_mutex_lock(&rl->lock);
	refill(&rl->bytes, now);
	refill(&rl->ops, now);
	/* No op asked: the ops bucket (even in debt) does not hold it up. */
	uint64_t wb = bucket_wait(&rl->bytes, bytes), wo = ops ? bucket_wait(&rl->ops, ops) : 0;
	bool ok = !wb && !wo;
	if (ok) {
		/* Both or neither: a request refused by one bucket takes nothing
		 * from the other. */
		bucket_pay(&rl->bytes, bytes);
		bucket_pay(&rl->ops, ops);
		if (ops)
			rl->stat_passed++;
		if (rl->blocked) {
			rl->stat_wait_ns += now > rl->blocked ? now - rl->blocked : 0;
			rl->blocked = 0;
		}
	} else {
		*wait_ns = wb > wo ? wb : wo;
		rl->stat_throttled++;
		if (!rl->blocked)
			rl->blocked = now ? now : 1;
	}
	pthread_mutex_unlock(&rl->lock);
	return ok;
}

int ratelimit_parse_amount(const char *v, uint64_t *out)
{
	uint64_t n;
	if (!v || *v < '0' || *v > '9')
		return -1;
	if (!opts_parse_u64(v, 10, &n)) {
		/* Digits and a known suffix that do not fit in 64 bits are a
		 * number too large, not a malformed one. */
		size_t d = strspn(v, "0123456789");
		bool shape = !v[d] || (strchr("kKmMgG", v[d]) && !v[d + 1]);
		return shape ? -2 : -1;
	}
	if (n == 0)
		return -1;
	if (n > RATELIMIT_MAX)
		return -2;
	*out = n;
	return 0;
}

int ratelimit_option(struct ratelimit_cfg *cfg, const char *prefix, const char *bytes,
		     const char *ops, const char *key, const char *val, char *err, size_t errlen)
{
	size_t pl = strlen(prefix);
	if (strncmp(key, prefix, pl) != 0)
		return 0;
	const char *k = key + pl;
	struct ratelimit_bucket_cfg *b;
	size_t bl;
	if (strncmp(k, bytes, bl = strlen(bytes)) == 0)
		b = &cfg->bytes;
	else if (strncmp(k, ops, bl = strlen(ops)) == 0)
		b = &cfg->ops;
	else
		return 0;
	uint64_t *f;
	if (k[bl] == 0)
		f = &b->rate;
	else if (strcmp(k + bl, "_burst") == 0)
		f = &b->size;
	else
		return 0;
	int rc = ratelimit_parse_amount(val, f);
	if (rc == -2) {
		snprintf(err, errlen, "%s=%s: more than the maximum of %llu", key, val,
			 (unsigned long long)RATELIMIT_MAX);
		return -1;
	}
	if (rc < 0) {
		snprintf(err, errlen,
			 "%s%s%s: expected a positive whole number, optionally with a K, M or G "
			 "suffix (powers of 1024)",
			 key, val ? "=" : "", val ? val : "");
		return -1;
	}
	return 1;
}

int ratelimit_option_check(const struct ratelimit_cfg *cfg, const char *prefix, const char *bytes,
			   const char *ops, char *err, size_t errlen)
{
	bool b = cfg->bytes.size && !cfg->bytes.rate;
	if (b || (cfg->ops.size && !cfg->ops.rate)) {
		const char *n = b ? bytes : ops;
		snprintf(err, errlen, "%s%s_burst needs %s%s (a burst without a rate)", prefix, n,
			 prefix, n);
		return -1;
	}
	return 0;
}
