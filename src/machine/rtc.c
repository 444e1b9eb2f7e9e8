/* Goldfish RTC: time registers, alarm (served by a small thread sleeping
 * until the deadline on CLOCK_REALTIME), interrupt through the PLIC. */
#include "machine/rtc.h"

#include <libfdt.h>
#include <pthread.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "machine/board.h"
#include "machine/fdt.h"
#include "state/stream.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"
#include "util/thread.h"

struct rtc {
	const struct machine_env *env;
	struct board *board;
	uint64_t base;
	unsigned irq;

	pthread_mutex_t lock; /* everything below */
	pthread_cond_t cond;  /* alarm changes, stop */
	pthread_t thread;
	bool thread_started, stop;

	int64_t offset_ns;   /* guest time = host realtime + offset */
	uint32_t time_high;  /* latched by a TIME_LOW read / a TIME_HIGH write */
	uint64_t alarm_next; /* ns since the epoch, guest time */
	bool alarm_running;  /* armed, not yet fired */
	bool irq_enabled, irq_pending;
	bool irq_line; /* last level given to board_set_irq */
};

static int64_t host_realtime_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* lock held */
static uint64_t rtc_now(const struct rtc *r)
{
	return (uint64_t)host_realtime_ns() + (uint64_t)r->offset_ns;
}

/* lock held */
static void update_irq(struct rtc *r, bool force)
{
	bool level = r->irq_pending && r->irq_enabled;
	if (level != r->irq_line || force) {
		r->irq_line = level;
		board_set_irq(r->board, r->irq, level);
	}
}

/* lock held: fire the alarm if it is due. */
static void check_alarm(struct rtc *r)
{
	if (r->alarm_running && rtc_now(r) >= r->alarm_next) {
		r->alarm_running = false;
		r->irq_pending = true;
		update_irq(r, false);
	}
}

/* lock held: (re)arm after alarm_next changed. */
static void set_alarm(struct rtc *r)
{
	r->alarm_running = true;
	check_alarm(r); /* a deadline in the past fires at once */
	pthread_cond_signal(&r->cond);
}

static void *alarm_thread(void *arg)
{
	struct rtc *r = arg;
	pthread_mutex_lock(&r->lock);
	while (!r->stop) {
		check_alarm(r);
		if (!r->alarm_running) {
			pthread_cond_wait(&r->cond, &r->lock);
			continue;
		}
		/* Not due yet: sleep until the deadline (at most an hour at a time;
		 * the condition variable uses CLOCK_REALTIME, as the RTC does). */
		uint64_t left = r->alarm_next - rtc_now(r);
		if (left > 3600ULL * 1000000000ULL)
			left = 3600ULL * 1000000000ULL;
		int64_t host_deadline = host_realtime_ns() + (int64_t)left;
		struct timespec ts = {.tv_sec = (time_t)(host_deadline / 1000000000LL),
				      .tv_nsec = (long)(host_deadline % 1000000000LL)};
		pthread_cond_timedwait(&r->cond, &r->lock, &ts);
	}
	pthread_mutex_unlock(&r->lock);
	return NULL;
}

static bool rtc_read(void *dev, uint64_t off, unsigned size, uint64_t *val)
{
	struct rtc *r = dev;
	if (size != 4 || (off & 3))
		return false;
	uint32_t v = 0;
	pthread_mutex_lock(&r->lock);
	switch (off) {
	case RTC_TIME_LOW: {
		uint64_t now = rtc_now(r);
		r->time_high = (uint32_t)(now >> 32);
		v = (uint32_t)now;
		break;
	}
	case RTC_TIME_HIGH:
		v = r->time_high;
		break;
	case RTC_ALARM_LOW:
		v = (uint32_t)r->alarm_next;
		break;
	case RTC_ALARM_HIGH:
		v = (uint32_t)(r->alarm_next >> 32);
		break;
	case RTC_IRQ_ENABLED:
		v = r->irq_enabled;
		break;
	case RTC_ALARM_STATUS:
		v = r->alarm_running;
		break;
	default:
		break;
	}
	pthread_mutex_unlock(&r->lock);
	*val = v;
	return true;
}

static bool rtc_write(void *dev, uint64_t off, unsigned size, uint64_t val64)
{
	struct rtc *r = dev;
	if (size != 4 || (off & 3))
		return false;
	uint32_t val = (uint32_t)val64;
	pthread_mutex_lock(&r->lock);
	switch (off) {
	case RTC_TIME_LOW: { /* set the time: TIME_HIGH first, then TIME_LOW */
		uint64_t want = (uint64_t)r->time_high << 32 | val;
		r->offset_ns = (int64_t)(want - (uint64_t)host_realtime_ns());
		if (r->alarm_running) {
			check_alarm(r);
			pthread_cond_signal(&r->cond);
		}
		break;
	}
	case RTC_TIME_HIGH:
		r->time_high = val;
		break;
	case RTC_ALARM_LOW: /* ALARM_HIGH first, then ALARM_LOW arms */
		r->alarm_next = (r->alarm_next & ~0xffffffffULL) | val;
		set_alarm(r);
		break;
	case RTC_ALARM_HIGH:
		r->alarm_next = (r->alarm_next & 0xffffffffULL) | (uint64_t)val << 32;
		break;
	case RTC_IRQ_ENABLED:
		r->irq_enabled = val & 1;
		update_irq(r, false);
		break;
	case RTC_CLEAR_ALARM:
		r->alarm_running = false;
		pthread_cond_signal(&r->cond);
		break;
	case RTC_CLEAR_INTERRUPT:
		r->irq_pending = false;
		update_irq(r, false);
		break;
	default:
		break;
	}
	pthread_mutex_unlock(&r->lock);
	return true;
}

static const struct mmio_ops rtc_mmio = {.read = rtc_read, .write = rtc_write};

struct rtc *rtc_create(const struct machine_env *env, struct board *b, uint64_t base, unsigned irq)
{
	struct rtc *r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	r->env = env;
	r->board = b;
	r->base = base;
	r->irq = irq;
	pthread_mutex_init(&r->lock, NULL);
	pthread_cond_init(&r->cond, NULL);
	if (bus_add_mmio(env->bus, base, VIRT_RTC_SIZE, &rtc_mmio, r, "rtc") < 0) {
		rtc_destroy(r);
		errno = EADDRINUSE; /* the address range is taken (board_create says so) */
		return NULL;
	}
	int err = thread_spawn(&r->thread, alarm_thread, r, "rtc-alarm");
	if (err) {
		rtc_destroy(r);
		errno = err;
		return NULL;
	}
	r->thread_started = true;
	return r;
}

void rtc_destroy(struct rtc *r)
{
	if (!r)
		return;
	if (r->thread_started) {
		pthread_mutex_lock(&r->lock);
		r->stop = true;
		pthread_cond_signal(&r->cond);
		pthread_mutex_unlock(&r->lock);
		pthread_join(r->thread, NULL);
	}
	pthread_cond_destroy(&r->cond);
	pthread_mutex_destroy(&r->lock);
	free(r);
}

static void rtc_dev_destroy(void *dev)
{
	rtc_destroy(dev);
}

static int rtc_fdt(void *dev, void *fdt, const struct board_fdt_ctx *ctx)
{
	struct rtc *r = dev;
	char name[32];
	snprintf(name, sizeof(name), "rtc@%llx", (unsigned long long)r->base);
	int rc;
	if ((rc = fdt_begin_node(fdt, name)) < 0 || (rc = bfdt_plic_irq(fdt, ctx, r->irq)) < 0 ||
	    (rc = bfdt_reg(fdt, r->base, VIRT_RTC_SIZE)) < 0 ||
	    (rc = fdt_property_string(fdt, "compatible", "google,goldfish-rtc")) < 0)
		return rc;
	return fdt_end_node(fdt);
}

/* Section "GRTC" v1: i64 offset_ns (guest time - host realtime), u32
 * time_high, u64 alarm_next, u8 alarm_running, u8 irq_enabled,
 * u8 irq_pending. Restoring the offset keeps guest wall-clock time
 * continuous with the host's clock. */
#define RTC_STATE_VERSION 1

static int rtc_save(void *dev, struct ss_writer *w)
{
	struct rtc *r = dev;
	pthread_mutex_lock(&r->lock);
	ss_put_u64(w, (uint64_t)r->offset_ns);
	ss_put_u32(w, r->time_high);
	ss_put_u64(w, r->alarm_next);
	ss_put_u8(w, r->alarm_running);
	ss_put_u8(w, r->irq_enabled);
	ss_put_u8(w, r->irq_pending);
	pthread_mutex_unlock(&r->lock);
	return w->failed ? -1 : 0;
}

static int rtc_load(void *dev, struct ss_reader *rd, bool apply, char *err, size_t errlen)
{
	struct rtc *r = dev;
	if (rd->version != RTC_STATE_VERSION) {
		snprintf(err, errlen,
			 "RTC state version %u is not supported (this rvisor reads %u)",
			 rd->version, RTC_STATE_VERSION);
		return -1;
	}
	int64_t offset = (int64_t)ss_get_u64(rd);
	uint32_t time_high = ss_get_u32(rd);
	uint64_t alarm = ss_get_u64(rd);
	uint8_t running = ss_get_u8(rd), enabled = ss_get_u8(rd), pending = ss_get_u8(rd);
	if (rd->error || rd->pos != rd->len) {
		snprintf(err, errlen, "RTC state section is truncated or oversized");
		return -1;
	}
	if (running > 1 || enabled > 1 || pending > 1) {
		snprintf(err, errlen, "RTC state section is out of range");
		return -1;
	}
	if (apply) {
		pthread_mutex_lock(&r->lock);
		r->offset_ns = offset;
		r->time_high = time_high;
		r->alarm_next = alarm;
		r->alarm_running = running;
		r->irq_enabled = enabled;
		r->irq_pending = pending;
		update_irq(r, true);
		check_alarm(r);
		pthread_cond_signal(&r->cond);
		pthread_mutex_unlock(&r->lock);
	}
	return 0;
}

const struct board_dev_ops rtc_dev_ops = {
    .name = "rtc",
    .section_id = SS_ID('G', 'R', 'T', 'C'),
    .version = RTC_STATE_VERSION,
    .fdt_soc = rtc_fdt,
    .save = rtc_save,
    .load = rtc_load,
    .destroy = rtc_dev_destroy,
};
