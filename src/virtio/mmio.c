/* virtio-mmio version 2 transport: registers, feature negotiation, queue
 * setup, interrupts, the I/O thread that runs the device's queue handlers,
 * the FDT node and the state section. */
#include "virtio/mmio.h"

#include <errno.h>
#include <libfdt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "machine/board.h"
#include "machine/fdt.h"
#include "state/stream.h"
#include "util/error.h"
#include "machine/env.h"
#include "mem/bus.h"
#include "util/thread.h"

#define WARN_FEATURES 0
#define WARN_QUEUE 1
#define WARN_NEEDS_RESET 2
#define WARN_ACCESS 3

void virtio_mmio_warn_once(struct virtio_mmio *t, unsigned kind, const char *fmt, ...)
{
	unsigned bit = 1u << (kind & 31);
	if (atomic_fetch_or(&t->warned, bit) & bit)
		return;
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fprintf(stderr, "rvisor: virtio-%s@%#llx: %s\n", t->ops->name, (unsigned long long)t->base,
		msg);
}

/* --- interrupts --- */

static void isr_update(struct virtio_mmio *t, uint32_t set, uint32_t clear)
{
	pthread_mutex_lock(&t->irq_lock);
	uint32_t old = t->isr;
	t->isr = (old | set) & ~clear;
	/* Level-triggered: the PLIC re-pends a source still high at completion. */
	if ((old != 0) != (t->isr != 0))
		board_set_irq(t->board, t->irq, t->isr != 0);
	pthread_mutex_unlock(&t->irq_lock);
	if (set)
		atomic_fetch_add(&t->stat_interrupts, 1);
}

static void kick(struct virtio_mmio *t, uint32_t mask);

bool virtio_mmio_should_yield(struct virtio_mmio *t)
{
	return atomic_load_explicit(&t->yield, memory_order_relaxed);
}

void virtio_mmio_notify_used(struct virtio_mmio *t, unsigned q)
{
	if (virtq_need_notify(&t->q[q].vq))
		isr_update(t, VIRTIO_INT_USED, 0);
}

unsigned virtio_mmio_serve(struct virtio_mmio *t, unsigned q, struct virtq_chain *c,
			   virtio_chain_fn fn, void *dev, const char *bad)
{
	struct virtq *vq = &t->q[q].vq;
	unsigned pushed = 0;
	for (;;) {
		virtq_set_kicks(vq, false);
		int rc;
		for (;;) {
			/* A freeze waits for the I/O thread: take no new chain. */
			if (virtio_mmio_should_yield(t)) {
				virtq_set_kicks(vq, true);
				kick(t, 1u << q); /* run again after the thaw */
				goto out;
			}
			if ((rc = virtq_pop(vq, c)) <= 0)
				break;
			long used = fn(dev, vq, c);
			if (used == VIRTIO_CHAIN_STOP || used == VIRTIO_CHAIN_YIELD) {
				virtq_unpop(vq);
				virtq_set_kicks(vq, true);
				if (used == VIRTIO_CHAIN_YIELD)
					kick(t, 1u << q);
				goto out;
			}
			if (used < 0 || used > (long)c->write_len) {
				virtio_mmio_set_needs_reset(t, bad);
				goto out;
			}
			virtq_push(vq, c->head, (uint32_t)used);
			pushed++;
		}
		if (rc < 0) {
			virtio_mmio_set_needs_reset(t, virtq_strerror(rc));
			goto out;
		}
		if (t->race_hook)
			t->race_hook(t);
		virtq_set_kicks(vq, true);
		if (!virtq_has_avail(vq))
			break;
	}
out:
	if (pushed && t->race_hook)
		t->race_hook(t);
	if (pushed)
		virtio_mmio_notify_used(t, q);
	return pushed;
}

void virtio_mmio_set_needs_reset(struct virtio_mmio *t, const char *why)
{
	virtio_mmio_warn_once(t, WARN_NEEDS_RESET, "%s: device needs reset", why);
	if (atomic_exchange(&t->needs_reset, true))
		return;
	/* Only once the driver is running does it expect the interrupt. */
	isr_update(t, VIRTIO_INT_CONFIG, 0);
}

void virtio_mmio_config_changed(struct virtio_mmio *t)
{
	pthread_mutex_lock(&t->lock);
	t->config_generation++;
	bool running = t->status & VIRTIO_STATUS_DRIVER_OK;
	pthread_mutex_unlock(&t->lock);
	/* Before DRIVER_OK the driver reads the config anyway. */
	if (running)
		isr_update(t, VIRTIO_INT_CONFIG, 0);
}

bool virtio_mmio_broken(struct virtio_mmio *t)
{
	return atomic_load(&t->needs_reset);
}

struct virtq *virtio_mmio_vq(struct virtio_mmio *t, unsigned q)
{
	return &t->q[q].vq;
}

bool virtio_mmio_has_feature(struct virtio_mmio *t, unsigned bit)
{
	/* Written by the vCPU thread before DRIVER_OK, read afterwards. */
	return (__atomic_load_n(&t->driver_features, __ATOMIC_ACQUIRE) >> bit) & 1;
}

/* --- I/O thread --- */

static void kick(struct virtio_mmio *t, uint32_t mask)
{
	pthread_mutex_lock(&t->wlock);
	t->pending |= mask;
	pthread_cond_signal(&t->wcond);
	pthread_mutex_unlock(&t->wlock);
}

void virtio_mmio_kick(struct virtio_mmio *t, unsigned q)
{
	if (q < t->ops->nqueues)
		kick(t, 1u << q);
}

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void virtio_mmio_kick_after(struct virtio_mmio *t, unsigned q, uint64_t delay_ns)
{
	if (q >= t->ops->nqueues)
		return;
	uint64_t when = now_ns() + (delay_ns ? delay_ns : 1);
	pthread_mutex_lock(&t->wlock);
	/* The earlier of two requests wins: a retry is never postponed. */
	if (!t->timer_ns[q] || when < t->timer_ns[q])
		t->timer_ns[q] = when;
	pthread_cond_signal(&t->wcond);
	pthread_mutex_unlock(&t->wlock);
}

/* wlock held: move expired timers to pending; the earliest remaining
 * deadline (0 = none). */
static uint64_t expire_timers(struct virtio_mmio *t)
{
	uint64_t now = 0, next = 0;
	for (unsigned q = 0; q < t->ops->nqueues; q++) {
		if (!t->timer_ns[q])
			continue;
		if (!now)
			now = now_ns();
		if (t->timer_ns[q] <= now) {
			t->timer_ns[q] = 0;
			t->pending |= 1u << q;
		} else if (!next || t->timer_ns[q] < next) {
			next = t->timer_ns[q];
		}
	}
	return next;
}

static void *io_thread(void *arg)
{
	struct virtio_mmio *t = arg;
	pthread_mutex_lock(&t->wlock);
	for (;;) {
		for (;;) {
			uint64_t next = t->frozen ? 0 : expire_timers(t);
			if ((t->pending && !t->frozen) || t->stop)
				break;
			if (next) {
				struct timespec ts = {.tv_sec = (time_t)(next / 1000000000u),
						      .tv_nsec = (long)(next % 1000000000u)};
				pthread_cond_timedwait(&t->wcond, &t->wlock, &ts);
			} else {
				pthread_cond_wait(&t->wcond, &t->wlock);
			}
		}
		if (t->stop)
			break;
		uint32_t mask = t->pending;
		t->pending = 0;
		t->busy = true;
		pthread_mutex_unlock(&t->wlock);
		for (unsigned q = 0; q < t->ops->nqueues; q++) {
			if (!(mask & (1u << q)))
				continue;
			struct virtio_queue *vq = &t->q[q];
			pthread_mutex_lock(&vq->lock);
			if (vq->ready && !atomic_load(&t->needs_reset))
				t->ops->queue_notify(t->dev, t, q);
			pthread_mutex_unlock(&vq->lock);
		}
		pthread_mutex_lock(&t->wlock);
		t->busy = false;
		pthread_cond_broadcast(&t->idle_cond);
	}
	t->busy = false;
	pthread_cond_broadcast(&t->idle_cond);
	pthread_mutex_unlock(&t->wlock);
	return NULL;
}

void virtio_mmio_drain(struct virtio_mmio *t)
{
	pthread_mutex_lock(&t->wlock);
	while (((t->pending && !t->frozen) || t->busy) && !t->stop)
		pthread_cond_wait(&t->idle_cond, &t->wlock);
	pthread_mutex_unlock(&t->wlock);
}

void virtio_mmio_freeze(struct virtio_mmio *t, bool frozen)
{
	pthread_mutex_lock(&t->wlock);
	t->frozen = frozen;
	atomic_store(&t->yield, frozen || t->stop);
	if (frozen) {
		while (t->busy && !t->stop)
			pthread_cond_wait(&t->idle_cond, &t->wlock);
	} else {
		pthread_cond_signal(&t->wcond);
	}
	pthread_mutex_unlock(&t->wlock);
}

void virtio_mmio_freeze_all(struct board *b, bool frozen)
{
	for (unsigned k = 0; k < board_ndevices(b); k++) {
		void *dev;
		if (board_device(b, k, &dev) == &virtio_mmio_board_ops)
			virtio_mmio_freeze(dev, frozen);
	}
}

/* --- registers --- */

static uint64_t device_features(const struct virtio_mmio *t)
{
	return t->ops->features | (1ULL << VIRTIO_F_VERSION_1) |
	       (1ULL << VIRTIO_F_RING_INDIRECT_DESC) | (1ULL << VIRTIO_F_RING_EVENT_IDX);
}

/* t->lock held: back to the initial state (status 0). */
static void device_reset(struct virtio_mmio *t)
{
	for (unsigned q = 0; q < t->ops->nqueues; q++) {
		pthread_mutex_lock(&t->q[q].lock); /* waits for the request in flight */
		virtq_reset(&t->q[q].vq);
		t->q[q].ready = false;
		pthread_mutex_unlock(&t->q[q].lock);
	}
	if (t->ops->reset)
		t->ops->reset(t->dev);
	t->status = 0;
	t->device_features_sel = t->driver_features_sel = t->queue_sel = 0;
	__atomic_store_n(&t->driver_features, 0, __ATOMIC_RELEASE);
	atomic_store(&t->needs_reset, false);
	isr_update(t, 0, ~0u);
}

/* t->lock held: the selected queue, or NULL. */
static struct virtio_queue *sel_queue(struct virtio_mmio *t)
{
	return t->queue_sel < t->ops->nqueues ? &t->q[t->queue_sel] : NULL;
}

static void set_queue_ready(struct virtio_mmio *t, struct virtio_queue *q, bool ready)
{
	pthread_mutex_lock(&q->lock);
	if (ready && !q->ready) {
		char err[160];
		q->vq.event_idx = (t->driver_features >> VIRTIO_F_RING_EVENT_IDX) & 1;
		if (virtq_map(&q->vq, t->env->bus, err, sizeof(err)) < 0) {
			pthread_mutex_unlock(&q->lock);
			virtio_mmio_warn_once(t, WARN_QUEUE, "queue %u: %s", t->queue_sel, err);
			virtio_mmio_set_needs_reset(t, "bad queue configuration");
			return;
		}
		q->vq.last_avail_idx = q->vq.used_idx = 0;
		q->vq.signalled_used = 0;
		q->vq.signalled_valid = false;
		q->vq.epoch++;
		q->ready = true;
	} else if (!ready) {
		q->ready = false;
	}
	pthread_mutex_unlock(&q->lock);
}

/* t->lock held */
static void write_status(struct virtio_mmio *t, uint32_t val)
{
	if (val == 0) {
		device_reset(t);
		return;
	}
	val &= 0xff & ~VIRTIO_STATUS_NEEDS_RESET;
	if ((val & VIRTIO_STATUS_FEATURES_OK) && !(t->status & VIRTIO_STATUS_FEATURES_OK)) {
		uint64_t drv = t->driver_features;
		if (!(drv & (1ULL << VIRTIO_F_VERSION_1))) {
			virtio_mmio_warn_once(t, WARN_FEATURES,
					      "driver did not accept VIRTIO_F_VERSION_1 "
					      "(legacy drivers are not supported)");
			val &= ~VIRTIO_STATUS_FEATURES_OK;
		} else if (drv & ~device_features(t)) {
			virtio_mmio_warn_once(
			    t, WARN_FEATURES,
			    "driver accepted features %#llx that were not offered",
			    (unsigned long long)(drv & ~device_features(t)));
			val &= ~VIRTIO_STATUS_FEATURES_OK;
		}
	}
	bool start = (val & VIRTIO_STATUS_DRIVER_OK) && !(t->status & VIRTIO_STATUS_DRIVER_OK);
	t->status = val;
	if (start)
		kick(t, (1u << t->ops->nqueues) - 1); /* buffers added before DRIVER_OK */
}

static void set_half(uint64_t *v, bool high, uint32_t val)
{
	*v = high ? (*v & 0xffffffffULL) | (uint64_t)val << 32 : (*v & ~0xffffffffULL) | val;
}

/* t->lock held */
static void write_queue_reg(struct virtio_mmio *t, uint64_t off, uint32_t val)
{
	struct virtio_queue *q = sel_queue(t);
	if (!q)
		return;
	if (off == VIRTIO_MMIO_QUEUE_READY) {
		set_queue_ready(t, q, val & 1);
		return;
	}
	pthread_mutex_lock(&q->lock);
	if (q->ready) { /* §4.2.2.3: not while the queue is ready */
		pthread_mutex_unlock(&q->lock);
		return;
	}
	switch (off) {
	case VIRTIO_MMIO_QUEUE_NUM:
		q->vq.num = (uint16_t)(val > 0xffff ? 0 : val); /* checked at QueueReady */
		break;
	case VIRTIO_MMIO_QUEUE_DESC_LOW:
	case VIRTIO_MMIO_QUEUE_DESC_HIGH:
		set_half(&q->vq.desc_pa, off == VIRTIO_MMIO_QUEUE_DESC_HIGH, val);
		break;
	case VIRTIO_MMIO_QUEUE_DRIVER_LOW:
	case VIRTIO_MMIO_QUEUE_DRIVER_HIGH:
		set_half(&q->vq.avail_pa, off == VIRTIO_MMIO_QUEUE_DRIVER_HIGH, val);
		break;
	case VIRTIO_MMIO_QUEUE_DEVICE_LOW:
	case VIRTIO_MMIO_QUEUE_DEVICE_HIGH:
		set_half(&q->vq.used_pa, off == VIRTIO_MMIO_QUEUE_DEVICE_HIGH, val);
		break;
	}
	pthread_mutex_unlock(&q->lock);
}

static bool mmio_read(void *dev, uint64_t off, unsigned size, uint64_t *val)
{
	struct virtio_mmio *t = dev;
	*val = 0;
	pthread_mutex_lock(&t->lock);
	if (off >= VIRTIO_MMIO_CONFIG) {
		uint64_t c = off - VIRTIO_MMIO_CONFIG;
		if (t->ops->config_read && c + size <= t->ops->config_size)
			*val = t->ops->config_read(t->dev, (uint32_t)c, size);
		pthread_mutex_unlock(&t->lock);
		return true;
	}
	if (size != 4 || (off & 3)) {
		pthread_mutex_unlock(&t->lock);
		virtio_mmio_warn_once(t, WARN_ACCESS, "%u-byte register read at %#llx ignored",
				      size, (unsigned long long)off);
		return true;
	}
	struct virtio_queue *q = sel_queue(t);
	uint64_t dfeat = device_features(t);
	switch (off) {
	case VIRTIO_MMIO_MAGIC_VALUE:
		*val = VIRTIO_MMIO_MAGIC;
		break;
	case VIRTIO_MMIO_VERSION:
		*val = 2;
		break;
	case VIRTIO_MMIO_DEVICE_ID:
		*val = t->ops->device_id;
		break;
	case VIRTIO_MMIO_VENDOR_ID:
		*val = VIRTIO_MMIO_VENDOR;
		break;
	case VIRTIO_MMIO_DEVICE_FEATURES:
		*val = t->device_features_sel == 0   ? (uint32_t)dfeat
		       : t->device_features_sel == 1 ? (uint32_t)(dfeat >> 32)
						     : 0;
		break;
	case VIRTIO_MMIO_QUEUE_NUM_MAX:
		*val = q ? VIRTQ_MAX_SIZE : 0;
		break;
	case VIRTIO_MMIO_QUEUE_NUM:
		*val = q ? q->vq.num : 0;
		break;
	case VIRTIO_MMIO_QUEUE_READY:
		*val = q ? q->ready : 0;
		break;
	case VIRTIO_MMIO_QUEUE_DESC_LOW:
		*val = q ? (uint32_t)q->vq.desc_pa : 0;
		break;
	case VIRTIO_MMIO_QUEUE_DESC_HIGH:
		*val = q ? (uint32_t)(q->vq.desc_pa >> 32) : 0;
		break;
	case VIRTIO_MMIO_QUEUE_DRIVER_LOW:
		*val = q ? (uint32_t)q->vq.avail_pa : 0;
		break;
	case VIRTIO_MMIO_QUEUE_DRIVER_HIGH:
		*val = q ? (uint32_t)(q->vq.avail_pa >> 32) : 0;
		break;
	case VIRTIO_MMIO_QUEUE_DEVICE_LOW:
		*val = q ? (uint32_t)q->vq.used_pa : 0;
		break;
	case VIRTIO_MMIO_QUEUE_DEVICE_HIGH:
		*val = q ? (uint32_t)(q->vq.used_pa >> 32) : 0;
		break;
	case VIRTIO_MMIO_INTERRUPT_STATUS:
		pthread_mutex_lock(&t->irq_lock);
		*val = t->isr;
		pthread_mutex_unlock(&t->irq_lock);
		break;
	case VIRTIO_MMIO_STATUS:
		*val = t->status | (atomic_load(&t->needs_reset) ? VIRTIO_STATUS_NEEDS_RESET : 0);
		break;
	case VIRTIO_MMIO_SHM_LEN_LOW:
	case VIRTIO_MMIO_SHM_LEN_HIGH:
		*val = 0xffffffffu; /* no shared memory regions */
		break;
	case VIRTIO_MMIO_CONFIG_GENERATION:
		*val = t->config_generation;
		break;
	default:
		break;
	}
	pthread_mutex_unlock(&t->lock);
	return true;
}

static bool mmio_write(void *dev, uint64_t off, unsigned size, uint64_t val64)
{
	struct virtio_mmio *t = dev;
	pthread_mutex_lock(&t->lock);
	if (off >= VIRTIO_MMIO_CONFIG) {
		uint64_t c = off - VIRTIO_MMIO_CONFIG;
		if (t->ops->config_write && c + size <= t->ops->config_size)
			t->ops->config_write(t->dev, (uint32_t)c, size, val64);
		pthread_mutex_unlock(&t->lock);
		return true;
	}
	if (size != 4 || (off & 3)) {
		pthread_mutex_unlock(&t->lock);
		virtio_mmio_warn_once(t, WARN_ACCESS, "%u-byte register write at %#llx ignored",
				      size, (unsigned long long)off);
		return true;
	}
	uint32_t val = (uint32_t)val64;
	switch (off) {
	case VIRTIO_MMIO_DEVICE_FEATURES_SEL:
		t->device_features_sel = val;
		break;
	case VIRTIO_MMIO_DRIVER_FEATURES:
		/* Frozen once FEATURES_OK is set (§3.1.1). */
		if (!(t->status & VIRTIO_STATUS_FEATURES_OK) && t->driver_features_sel < 2) {
			uint64_t f = t->driver_features;
			set_half(&f, t->driver_features_sel == 1, val);
			__atomic_store_n(&t->driver_features, f, __ATOMIC_RELEASE);
		}
		break;
	case VIRTIO_MMIO_DRIVER_FEATURES_SEL:
		t->driver_features_sel = val;
		break;
	case VIRTIO_MMIO_QUEUE_SEL:
		t->queue_sel = val;
		break;
	case VIRTIO_MMIO_QUEUE_NUM:
	case VIRTIO_MMIO_QUEUE_READY:
	case VIRTIO_MMIO_QUEUE_DESC_LOW:
	case VIRTIO_MMIO_QUEUE_DESC_HIGH:
	case VIRTIO_MMIO_QUEUE_DRIVER_LOW:
	case VIRTIO_MMIO_QUEUE_DRIVER_HIGH:
	case VIRTIO_MMIO_QUEUE_DEVICE_LOW:
	case VIRTIO_MMIO_QUEUE_DEVICE_HIGH:
		write_queue_reg(t, off, val);
		break;
	case VIRTIO_MMIO_QUEUE_NOTIFY: {
		unsigned q = val & 0xffff;
		atomic_fetch_add(&t->stat_notifies, 1);
		if (q < t->ops->nqueues && (t->status & VIRTIO_STATUS_DRIVER_OK))
			kick(t, 1u << q);
		break;
	}
	case VIRTIO_MMIO_INTERRUPT_ACK:
		isr_update(t, 0, val);
		break;
	case VIRTIO_MMIO_STATUS:
		write_status(t, val);
		break;
	default:
		break; /* read-only or unknown: ignored */
	}
	pthread_mutex_unlock(&t->lock);
	return true;
}

static const struct mmio_ops virtio_mmio_ops = {.read = mmio_read, .write = mmio_write};

/* --- board device: FDT node, state, teardown --- */

static int vmmio_fdt(void *dev, void *fdt, const struct board_fdt_ctx *ctx)
{
	struct virtio_mmio *t = dev;
	char name[40];
	snprintf(name, sizeof(name), "virtio_mmio@%llx", (unsigned long long)t->base);
	int rc;
	if ((rc = fdt_begin_node(fdt, name)) < 0 || (rc = bfdt_plic_irq(fdt, ctx, t->irq)) < 0 ||
	    (rc = bfdt_reg(fdt, t->base, VIRT_VIRTIO_SIZE)) < 0 ||
	    (rc = fdt_property_string(fdt, "compatible", "virtio,mmio")) < 0)
		return rc;
	return fdt_end_node(fdt);
}

/* Section "VIRT" (instance = slot) v1:
 *   u32 device_id, status; u8 needs_reset; u32 device_features_sel,
 *   driver_features_sel, queue_sel; u64 driver_features; u32 config_generation,
 *   isr, nqueues; per queue: u8 ready, u16 num, u64 desc, driver, device,
 *   u16 last_avail_idx, used_idx, signalled_used, u8 signalled_valid;
 *   u32 device state version, u64 length, device state bytes.
 * In-flight requests: save takes every queue lock, so the request a device
 * is processing completes first (drain); buffers the driver made available
 * but the device had not popped stay in guest RAM and are processed after a
 * load (every ready queue is kicked). For the saved indices to match a RAM
 * image taken at another moment, the snapshot freezes the device
 * (virtio_mmio_freeze) around saving both. */
#define VIRTIO_MMIO_STATE_VERSION 1

static void put_u16(struct ss_writer *w, uint16_t v)
{
	ss_put_bytes(w, &v, 2);
}

static uint16_t get_u16(struct ss_reader *r)
{
	uint16_t v = 0;
	ss_get_bytes(r, &v, 2);
	return v;
}

static int vmmio_save(void *dev, struct ss_writer *w)
{
	struct virtio_mmio *t = dev;
	pthread_mutex_lock(&t->lock);
	for (unsigned q = 0; q < t->ops->nqueues; q++)
		pthread_mutex_lock(&t->q[q].lock);
	ss_put_u32(w, t->ops->device_id);
	ss_put_u32(w, t->status);
	ss_put_u8(w, atomic_load(&t->needs_reset));
	ss_put_u32(w, t->device_features_sel);
	ss_put_u32(w, t->driver_features_sel);
	ss_put_u32(w, t->queue_sel);
	ss_put_u64(w, t->driver_features);
	ss_put_u32(w, t->config_generation);
	pthread_mutex_lock(&t->irq_lock);
	ss_put_u32(w, t->isr);
	pthread_mutex_unlock(&t->irq_lock);
	ss_put_u32(w, t->ops->nqueues);
	for (unsigned q = 0; q < t->ops->nqueues; q++) {
		const struct virtio_queue *vq = &t->q[q];
		ss_put_u8(w, vq->ready);
		put_u16(w, vq->vq.num);
		ss_put_u64(w, vq->vq.desc_pa);
		ss_put_u64(w, vq->vq.avail_pa);
		ss_put_u64(w, vq->vq.used_pa);
		put_u16(w, vq->vq.last_avail_idx);
		put_u16(w, vq->vq.used_idx);
		put_u16(w, vq->vq.signalled_used);
		ss_put_u8(w, vq->vq.signalled_valid);
	}
	struct ss_writer dw;
	ss_writer_init(&dw);
	int rc = t->ops->save ? t->ops->save(t->dev, &dw) : 0;
	ss_put_u32(w, t->ops->state_version);
	ss_put_u64(w, dw.len);
	ss_put_bytes(w, dw.buf, dw.len);
	if (dw.failed)
		rc = -1;
	ss_writer_free(&dw);
	for (unsigned q = t->ops->nqueues; q-- > 0;)
		pthread_mutex_unlock(&t->q[q].lock);
	pthread_mutex_unlock(&t->lock);
	return rc < 0 || w->failed ? -1 : 0;
}

static int vmmio_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct virtio_mmio *t = dev;
	if (r->version != VIRTIO_MMIO_STATE_VERSION) {
		snprintf(err, errlen,
			 "virtio-mmio state version %u is not supported (this rvisor reads %u)",
			 r->version, VIRTIO_MMIO_STATE_VERSION);
		return -1;
	}
	uint32_t device_id = ss_get_u32(r), status = ss_get_u32(r);
	uint8_t needs_reset = ss_get_u8(r);
	uint32_t dsel = ss_get_u32(r), drsel = ss_get_u32(r), qsel = ss_get_u32(r);
	uint64_t drv = ss_get_u64(r);
	uint32_t gen = ss_get_u32(r), isr = ss_get_u32(r), nq = ss_get_u32(r);
	if (!r->error && (device_id != t->ops->device_id || nq != t->ops->nqueues)) {
		snprintf(
		    err, errlen,
		    "virtio-mmio slot %u: the state is for device %u with %u queues, this machine "
		    "has virtio-%s (device %u, %u queues)",
		    t->slot, device_id, nq, t->ops->name, t->ops->device_id, t->ops->nqueues);
		return -1;
	}
	struct virtio_queue qs[VIRTIO_MMIO_MAX_QUEUES];
	memset(qs, 0, sizeof(qs));
	for (unsigned q = 0; q < nq && !r->error; q++) {
		struct virtio_queue *vq = &qs[q];
		uint8_t ready = ss_get_u8(r);
		vq->vq.num = get_u16(r);
		vq->vq.desc_pa = ss_get_u64(r);
		vq->vq.avail_pa = ss_get_u64(r);
		vq->vq.used_pa = ss_get_u64(r);
		vq->vq.last_avail_idx = get_u16(r);
		vq->vq.used_idx = get_u16(r);
		vq->vq.signalled_used = get_u16(r);
		uint8_t sv = ss_get_u8(r);
		if (r->error)
			break;
		if (ready > 1 || sv > 1) {
			snprintf(err, errlen, "virtio-mmio slot %u queue %u: bad flags", t->slot,
				 q);
			return -1;
		}
		vq->ready = ready;
		vq->vq.signalled_valid = sv;
		vq->vq.event_idx = (drv >> VIRTIO_F_RING_EVENT_IDX) & 1;
		char qerr[160];
		if (ready && virtq_map(&vq->vq, t->env->bus, qerr, sizeof(qerr)) < 0) {
			snprintf(err, errlen, "virtio-mmio slot %u queue %u: %s", t->slot, q, qerr);
			return -1;
		}
	}
	uint32_t dver = ss_get_u32(r);
	uint64_t dlen = ss_get_u64(r);
	if (r->error || dlen != r->len - r->pos) {
		snprintf(err, errlen,
			 "virtio-mmio slot %u: state section is truncated or oversized", t->slot);
		return -1;
	}
	if (needs_reset > 1 || (status & ~0xffu) || (drv & ~device_features(t)) || (isr & ~3u)) {
		snprintf(err, errlen, "virtio-mmio slot %u: state is out of range", t->slot);
		return -1;
	}
	struct ss_reader dr = {.p = r->p + r->pos,
			       .len = (size_t)dlen,
			       .version = dver,
			       .id = r->id,
			       .instance = r->instance};
	if (t->ops->load) {
		if (t->ops->load(t->dev, &dr, false, err, errlen) < 0)
			return -1;
	} else if (dlen) {
		snprintf(err, errlen, "virtio-mmio slot %u: unexpected device state", t->slot);
		return -1;
	}
	r->pos = r->len;
	if (!apply)
		return 0;

	virtio_mmio_drain(t);
	pthread_mutex_lock(&t->lock);
	for (unsigned q = 0; q < nq; q++) {
		pthread_mutex_lock(&t->q[q].lock);
		uint32_t epoch = t->q[q].vq.epoch;
		t->q[q].ready = qs[q].ready;
		t->q[q].vq = qs[q].vq;
		t->q[q].vq.bus = t->env->bus;
		t->q[q].vq.epoch = epoch + 1;
		pthread_mutex_unlock(&t->q[q].lock);
	}
	t->status = status;
	atomic_store(&t->needs_reset, needs_reset);
	t->device_features_sel = dsel;
	t->driver_features_sel = drsel;
	t->queue_sel = qsel;
	__atomic_store_n(&t->driver_features, drv, __ATOMIC_RELEASE);
	t->config_generation = gen;
	if (t->ops->load) {
		dr.pos = 0;
		dr.error = false;
		t->ops->load(t->dev, &dr, true, err, errlen);
	}
	pthread_mutex_lock(&t->irq_lock);
	t->isr = isr;
	board_set_irq(t->board, t->irq, isr != 0);
	pthread_mutex_unlock(&t->irq_lock);
	if (status & VIRTIO_STATUS_DRIVER_OK)
		kick(t, (1u << nq) - 1);
	pthread_mutex_unlock(&t->lock);
	return 0;
}

static void vmmio_destroy(void *dev)
{
	struct virtio_mmio *t = dev;
	if (t->thread_started) {
		pthread_mutex_lock(&t->wlock);
		t->stop = true;
		atomic_store(&t->yield, true);
		pthread_cond_broadcast(&t->wcond);
		pthread_mutex_unlock(&t->wlock);
		pthread_join(t->thread, NULL);
	}
	if (t->ops->destroy)
		t->ops->destroy(t->dev);
	for (unsigned q = 0; q < VIRTIO_MMIO_MAX_QUEUES; q++)
		pthread_mutex_destroy(&t->q[q].lock);
	pthread_mutex_destroy(&t->lock);
	pthread_mutex_destroy(&t->irq_lock);
	pthread_mutex_destroy(&t->wlock);
	pthread_cond_destroy(&t->wcond);
	pthread_cond_destroy(&t->idle_cond);
	free(t);
}

const struct board_dev_ops virtio_mmio_board_ops = {
    .name = "virtio-mmio",
    .section_id = SS_ID('V', 'I', 'R', 'T'),
    .version = VIRTIO_MMIO_STATE_VERSION,
    .fdt_soc = vmmio_fdt,
    .save = vmmio_save,
    .load = vmmio_load,
    .destroy = vmmio_destroy,
};

struct virtio_mmio *virtio_mmio_create(struct board *b, unsigned slot,
				       const struct virtio_dev_ops *ops, void *dev, struct error *e)
{
	if (slot >= VIRT_VIRTIO_COUNT || ops->nqueues == 0 ||
	    ops->nqueues > VIRTIO_MMIO_MAX_QUEUES) {
		if (ops->destroy)
			ops->destroy(dev);
		err_set(e, ERR_INVALID, "virtio-%s: no virtio-mmio slot %u", ops->name, slot);
		return NULL;
	}
	struct virtio_mmio *t = calloc(1, sizeof(*t));
	if (!t) {
		if (ops->destroy)
			ops->destroy(dev);
		err_errno(e, ENOMEM, "virtio-%s", ops->name);
		return NULL;
	}
	t->env = board_env(b);
	t->board = b;
	t->slot = slot;
	t->irq = VIRT_VIRTIO_IRQ(slot);
	t->base = VIRT_VIRTIO_BASE + (uint64_t)slot * VIRT_VIRTIO_SIZE;
	t->ops = ops;
	t->dev = dev;
	pthread_mutex_init(&t->lock, NULL);
	pthread_mutex_init(&t->irq_lock, NULL);
	pthread_mutex_init(&t->wlock, NULL);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC); /* kick_after deadlines */
	pthread_cond_init(&t->wcond, &ca);
	pthread_condattr_destroy(&ca);
	pthread_cond_init(&t->idle_cond, NULL);
	for (unsigned q = 0; q < VIRTIO_MMIO_MAX_QUEUES; q++) {
		pthread_mutex_init(&t->q[q].lock, NULL);
		t->q[q].vq.bus = t->env->bus;
	}
	if (bus_add_mmio(t->env->bus, t->base, VIRT_VIRTIO_SIZE, &virtio_mmio_ops, t,
			 "virtio-mmio") < 0) {
		vmmio_destroy(t);
		err_set(e, ERR_INTERNAL, "virtio-%s: cannot map slot %u at %#llx (in use)",
			ops->name, slot,
			(unsigned long long)VIRT_VIRTIO_BASE + slot * VIRT_VIRTIO_SIZE);
		return NULL;
	}
	int rc = thread_spawn(&t->thread, io_thread, t, "io-%s%u", ops->name, slot);
	if (rc != 0) {
		vmmio_destroy(t); /* note: the MMIO region stays mapped; the VM is not started */
		err_errno(e, rc, "virtio-%s: cannot start the I/O thread", ops->name);
		return NULL;
	}
	t->thread_started = true;
	if (board_add_device(b, &virtio_mmio_board_ops, t, slot) < 0) {
		vmmio_destroy(t);
		err_set(e, ERR_INTERNAL, "virtio-%s: cannot register slot %u with the board",
			ops->name, slot);
		return NULL;
	}
	return t;
}
