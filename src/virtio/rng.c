/* virtio-rng: every device-writable buffer the driver offers is filled from
 * the host's getrandom() (the kernel CSPRNG, never blocking once the host
 * booted). It is how a guest, and in particular each clone restored from
 * one snapshot, gets entropy of its own: Linux's hw_random core feeds what
 * it reads here into the guest's CRNG (see docs/ARCHITECTURE.md, "Clone
 * identity"). The device has no state of its own: the transport's section
 * carries the queue. */
#include "virtio/rng.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "virtio/devices.h"
#include "virtio/mmio.h"

#define VIRTIO_ID_RNG 4
/* Bytes per request: Linux asks for at most a page-sized buffer; a larger
 * one gets this much (a short write is allowed, §5.4.6.1). */
#define RNG_MAX_REQUEST (64u << 10)

struct rng {
	struct virtio_mmio *t;
	struct virtq_chain chain;
	uint8_t buf[RNG_MAX_REQUEST];
	uint64_t stat_bytes;
};

static long rng_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	struct rng *d = dev;
	if (c->write_len == 0)
		return VIRTIO_CHAIN_BAD; /* nothing for the device to write */
	size_t n = c->write_len < RNG_MAX_REQUEST ? (size_t)c->write_len : RNG_MAX_REQUEST;
	size_t got = 0;
	while (got < n) {
		ssize_t k = getrandom(d->buf + got, n - got, 0);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			virtio_mmio_warn_once(d->t, 8, "getrandom: %s", strerror(errno));
			break;
		}
		got += (size_t)k;
	}
	uint64_t w = virtq_chain_write(vq, c, 0, d->buf, got);
	d->stat_bytes += w;
	return (long)w;
}

static void rng_queue_notify(void *dev, struct virtio_mmio *t, unsigned q)
{
	struct rng *d = dev;
	virtio_mmio_serve(t, q, &d->chain, rng_chain, d,
			  "virtio-rng request without a writable buffer");
}

static void rng_destroy(void *dev)
{
	free(dev);
}

static const struct virtio_dev_ops rng_ops = {
    .name = "rng",
    .device_id = VIRTIO_ID_RNG,
    .nqueues = 1,
    .queue_notify = rng_queue_notify,
    .destroy = rng_destroy,
};

int virtio_rng_create(struct board *b, unsigned slot, const char *opts, const struct vdev_ctx *ctx)
{
	if (vdev_no_options(opts, ctx->err) < 0)
		return -1;
	struct rng *d = calloc(1, sizeof(*d));
	if (!d)
		return err_set(ctx->err, ERR_IO, "out of memory");
	d->t = virtio_mmio_create(b, slot, &rng_ops, d, ctx->err);
	return d->t ? 0 : -1;
}
