/* virtio-input (virtio 1.2 §5.8, device id 18): a power button. The device
 * reports EV_KEY with the one key KEY_POWER; the host presses it
 * (virtio_input_power_button, the API's "powerdown" action) and the guest's
 * evdev user (systemd-logind, the default guest's rvpower) shuts down.
 *
 * Queue 0 (eventq) holds buffers the driver offers; each gets one 8-byte
 * event (le16 type, le16 code, le32 value). Events wait in a small ring
 * until a buffer is there. Queue 1 (statusq) carries what the driver
 * writes back (LEDs...): read and dropped. The config space answers the
 * select/subsel the driver wrote; any other select reads as size 0, so no
 * value the guest writes there makes the device read outside its tables. */
#include "virtio/input.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "machine/board.h"
#include "state/stream.h"
#include "virtio/devices.h"
#include "virtio/mmio.h"

#define Q_EVENT 0
#define Q_STATUS 1
#define INPUT_NAME "rvisor power button"
#define INPUT_STATE_VERSION 1
/* Config layout: u8 select, subsel, size; u8 reserved[5]; u8 u[128]. */
#define CFG_SIZE 136
#define CFG_U 8

struct input_event_le {
	uint16_t type, code;
	uint32_t value;
};

struct input {
	struct virtio_mmio *t;
	struct virtq_chain chain;
	uint8_t select, subsel; /* config registers (t->lock) */
	pthread_mutex_t lock;	/* the pending ring and counters */
	struct input_event_le pending[INPUT_PENDING_MAX];
	unsigned head, count;
	uint64_t stat_presses, stat_events, stat_status;
};

/* The config space for the current select/subsel into cfg[CFG_SIZE]. */
static void input_config(const struct input *d, uint8_t *cfg)
{
	memset(cfg, 0, CFG_SIZE);
	cfg[0] = d->select;
	cfg[1] = d->subsel;
	uint8_t *u = cfg + CFG_U, size = 0;
	switch (d->select) {
	case VIRTIO_INPUT_CFG_ID_NAME:
		if (d->subsel == 0) {
			size = sizeof(INPUT_NAME) - 1;
			memcpy(u, INPUT_NAME, size);
		}
		break;
	case VIRTIO_INPUT_CFG_ID_DEVIDS:
		if (d->subsel == 0) {
			/* bustype BUS_VIRTUAL, vendor/product/version: QEMU's
			 * virtio-input ids, little-endian u16 each. */
			const uint16_t ids[4] = {0x06, 0x0627, 0x0001, 0x0001};
			for (unsigned i = 0; i < 4; i++) {
				u[2 * i] = (uint8_t)ids[i];
				u[2 * i + 1] = (uint8_t)(ids[i] >> 8);
			}
			size = 8;
		}
		break;
	case VIRTIO_INPUT_CFG_EV_BITS:
		if (d->subsel == INPUT_EV_KEY) {
			u[INPUT_KEY_POWER / 8] = (uint8_t)(1u << (INPUT_KEY_POWER % 8));
			size = INPUT_KEY_POWER / 8 + 1;
		}
		break;
	default: /* ID_SERIAL, PROP_BITS, ABS_INFO, anything else: none */
		break;
	}
	cfg[2] = size;
}

static uint64_t input_config_read(void *dev, uint32_t off, unsigned size)
{
	uint8_t cfg[CFG_SIZE];
	input_config(dev, cfg);
	uint64_t v = 0;
	for (unsigned i = 0; i < size && off + i < CFG_SIZE; i++)
		v |= (uint64_t)cfg[off + i] << (8 * i);
	return v;
}

static void input_config_write(void *dev, uint32_t off, unsigned size, uint64_t val)
{
	struct input *d = dev;
	/* Only select (byte 0) and subsel (byte 1) are driver-writable. */
	for (unsigned i = 0; i < size; i++) {
		if (off + i == 0)
			d->select = (uint8_t)(val >> (8 * i));
		else if (off + i == 1)
			d->subsel = (uint8_t)(val >> (8 * i));
	}
}

static long input_event_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	struct input *d = dev;
	if (c->write_len < sizeof(struct input_event_le))
		return VIRTIO_CHAIN_BAD;
	pthread_mutex_lock(&d->lock);
	if (!d->count) {
		pthread_mutex_unlock(&d->lock);
		return VIRTIO_CHAIN_STOP; /* the buffer waits for the next event */
	}
	struct input_event_le ev = d->pending[d->head];
	d->head = (d->head + 1) % INPUT_PENDING_MAX;
	d->count--;
	d->stat_events++;
	pthread_mutex_unlock(&d->lock);
	uint8_t b[8] = {(uint8_t)ev.type,	   (uint8_t)(ev.type >> 8),
			(uint8_t)ev.code,	   (uint8_t)(ev.code >> 8),
			(uint8_t)ev.value,	   (uint8_t)(ev.value >> 8),
			(uint8_t)(ev.value >> 16), (uint8_t)(ev.value >> 24)};
	return (long)virtq_chain_write(vq, c, 0, b, sizeof(b));
}

static long input_status_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	struct input *d = dev;
	(void)vq;
	(void)c;
	pthread_mutex_lock(&d->lock);
	d->stat_status++;
	pthread_mutex_unlock(&d->lock);
	return 0; /* LED and similar feedback: nothing to show it on */
}

static void input_queue_notify(void *dev, struct virtio_mmio *t, unsigned q)
{
	struct input *d = dev;
	if (q == Q_EVENT)
		virtio_mmio_serve(t, q, &d->chain, input_event_chain, d,
				  "virtio-input event buffer shorter than an event");
	else
		virtio_mmio_serve(t, q, &d->chain, input_status_chain, d, "virtio-input status");
}

static void input_reset(void *dev)
{
	struct input *d = dev;
	d->select = d->subsel = 0;
	pthread_mutex_lock(&d->lock);
	d->head = d->count = 0; /* a reset driver wants no stale press */
	pthread_mutex_unlock(&d->lock);
}

/* Payload v1: u8 select, subsel; u32 count; count x (u16 type, code as
 * u32 each, u32 value). */
static int input_save(void *dev, struct ss_writer *w)
{
	struct input *d = dev;
	ss_put_u8(w, d->select);
	ss_put_u8(w, d->subsel);
	pthread_mutex_lock(&d->lock);
	ss_put_u32(w, d->count);
	for (unsigned i = 0; i < d->count; i++) {
		const struct input_event_le *ev = &d->pending[(d->head + i) % INPUT_PENDING_MAX];
		ss_put_u32(w, ev->type);
		ss_put_u32(w, ev->code);
		ss_put_u32(w, ev->value);
	}
	pthread_mutex_unlock(&d->lock);
	return 0;
}

static int input_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct input *d = dev;
	if (r->version != INPUT_STATE_VERSION) {
		snprintf(err, errlen,
			 "virtio-input state version %u is not supported (this rvisor reads %u)",
			 r->version, INPUT_STATE_VERSION);
		return -1;
	}
	uint8_t sel = ss_get_u8(r), sub = ss_get_u8(r);
	uint32_t n = ss_get_u32(r);
	if (n > INPUT_PENDING_MAX) {
		snprintf(err, errlen, "virtio-input state holds %u events (at most %u)", n,
			 INPUT_PENDING_MAX);
		return -1;
	}
	struct input_event_le ev[INPUT_PENDING_MAX];
	for (uint32_t i = 0; i < n; i++) {
		uint32_t type = ss_get_u32(r), code = ss_get_u32(r);
		ev[i] = (struct input_event_le){(uint16_t)type, (uint16_t)code, ss_get_u32(r)};
		if (type > 0xffff || code > 0xffff) {
			snprintf(err, errlen, "virtio-input state: event %u is out of range", i);
			return -1;
		}
	}
	if (r->error || r->pos != r->len) {
		snprintf(err, errlen, "virtio-input state is truncated or oversized");
		return -1;
	}
	if (!apply)
		return 0;
	d->select = sel;
	d->subsel = sub;
	pthread_mutex_lock(&d->lock);
	memcpy(d->pending, ev, n * sizeof(ev[0]));
	d->head = 0;
	d->count = n;
	pthread_mutex_unlock(&d->lock);
	return 0;
}

static void input_destroy(void *dev)
{
	struct input *d = dev;
	pthread_mutex_destroy(&d->lock);
	free(d);
}

static const struct virtio_dev_ops input_ops = {
    .name = "input",
    .device_id = VIRTIO_ID_INPUT,
    .nqueues = 2,
    .config_size = CFG_SIZE,
    .config_read = input_config_read,
    .config_write = input_config_write,
    .queue_notify = input_queue_notify,
    .reset = input_reset,
    .state_version = INPUT_STATE_VERSION,
    .save = input_save,
    .load = input_load,
    .destroy = input_destroy,
};

int virtio_input_create(struct board *b, unsigned slot, const char *opts,
			const struct vdev_ctx *ctx)
{
	if (vdev_no_options(opts, ctx->err) < 0)
		return -1;
	struct input *d = calloc(1, sizeof(*d));
	if (!d)
		return err_set(ctx->err, ERR_IO, "out of memory");
	pthread_mutex_init(&d->lock, NULL);
	d->t = virtio_mmio_create(b, slot, &input_ops, d, ctx->err);
	return d->t ? 0 : -1;
}

struct input *virtio_input_find(struct board *b)
{
	for (unsigned k = 0; b && k < board_ndevices(b); k++) {
		void *dev;
		if (board_device(b, k, &dev) != &virtio_mmio_board_ops)
			continue;
		struct virtio_mmio *t = dev;
		if (t->ops == &input_ops)
			return t->dev;
	}
	return NULL;
}

int virtio_input_power_button(struct input *d)
{
	const struct input_event_le press[] = {{INPUT_EV_KEY, INPUT_KEY_POWER, 1},
					       {INPUT_EV_SYN, INPUT_SYN_REPORT, 0},
					       {INPUT_EV_KEY, INPUT_KEY_POWER, 0},
					       {INPUT_EV_SYN, INPUT_SYN_REPORT, 0}};
	const unsigned n = sizeof(press) / sizeof(press[0]);
	pthread_mutex_lock(&d->lock);
	if (d->count + n > INPUT_PENDING_MAX) {
		pthread_mutex_unlock(&d->lock);
		return -1;
	}
	for (unsigned i = 0; i < n; i++)
		d->pending[(d->head + d->count++) % INPUT_PENDING_MAX] = press[i];
	d->stat_presses++;
	pthread_mutex_unlock(&d->lock);
	virtio_mmio_kick(d->t, Q_EVENT);
	return 0;
}

void virtio_input_stats(struct virtio_mmio *t, struct vdev_stats *s)
{
	struct input *d = t->dev;
	pthread_mutex_lock(&d->lock);
	vdev_stat(s, "power_button_presses", d->stat_presses);
	vdev_stat(s, "events_delivered", d->stat_events);
	vdev_stat(s, "events_pending", d->count);
	vdev_stat(s, "status_buffers", d->stat_status);
	pthread_mutex_unlock(&d->lock);
}
