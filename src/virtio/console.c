/* virtio-console: one console port (no MULTIPORT) on the host terminal.
 * The transmit queue's bytes go to the console output (stdout), and the
 * host console's input (machine/console.c: the stdin thread with raw mode,
 * flow control and Ctrl-A x) is taken from the UART and delivered through
 * the receive queue instead: the device replaces the UART as the console's
 * sink, so the guest's virtio console (hvc1 under Linux 6.1, after the SBI
 * console's hvc0; boot with console=hvc1) is the interactive one. The
 * UART keeps its output.
 *
 * Input waits in a small ring until the driver offers receive buffers;
 * when the ring is full the console thread stops reading (flow control)
 * until the guest takes some. Guest buffers are untrusted: a receive
 * buffer without a writable part breaks the device (DEVICE_NEEDS_RESET),
 * output is read only within the validated chain. */
#include "virtio/console.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "machine/board.h"
#include "machine/console.h"
#include "state/stream.h"
#include "virtio/devices.h"
#include "virtio/mmio.h"

#define VIRTIO_ID_CONSOLE 3
#define Q_RX 0 /* receiveq(port0): host -> guest */
#define Q_TX 1 /* transmitq(port0): guest -> host */
#define RX_SIZE 4096
#define TX_CHUNK 4096

struct vcons {
	struct virtio_mmio *t;
	struct console *con;
	struct virtq_chain chain; /* I/O thread (one queue at a time) */
	uint8_t txbuf[TX_CHUNK];

	pthread_mutex_t lock; /* the input ring */
	uint8_t rx[RX_SIZE];
	unsigned rx_head, rx_len;
	bool rx_blocked; /* the console holds input we had no room for */

	atomic_ullong stat_rx_bytes, stat_tx_bytes;
};

/* The console's sink (console input thread). */
static size_t vcons_receive(void *ctx, const uint8_t *p, size_t n)
{
	struct vcons *d = ctx;
	pthread_mutex_lock(&d->lock);
	size_t room = RX_SIZE - d->rx_len, took = n < room ? n : room;
	for (size_t k = 0; k < took; k++)
		d->rx[(d->rx_head + d->rx_len + k) % RX_SIZE] = p[k];
	d->rx_len += (unsigned)took;
	if (took < n)
		d->rx_blocked = true;
	pthread_mutex_unlock(&d->lock);
	if (took)
		virtio_mmio_kick(d->t, Q_RX);
	return took;
}

static long rx_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	struct vcons *d = dev;
	if (c->write_len == 0)
		return VIRTIO_CHAIN_BAD;
	pthread_mutex_lock(&d->lock);
	if (d->rx_len == 0) {
		pthread_mutex_unlock(&d->lock);
		return VIRTIO_CHAIN_STOP; /* keep the buffer for the next input */
	}
	uint64_t n = d->rx_len < c->write_len ? d->rx_len : c->write_len;
	uint64_t first = n < RX_SIZE - d->rx_head ? n : RX_SIZE - d->rx_head;
	virtq_chain_write(vq, c, 0, d->rx + d->rx_head, first);
	if (n > first)
		virtq_chain_write(vq, c, first, d->rx, n - first);
	d->rx_head = (unsigned)((d->rx_head + n) % RX_SIZE);
	d->rx_len -= (unsigned)n;
	bool resume = d->rx_blocked;
	d->rx_blocked = false;
	pthread_mutex_unlock(&d->lock);
	if (resume)
		console_rx_ready(d->con);
	atomic_fetch_add(&d->stat_rx_bytes, n);
	return (long)n;
}

static long tx_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	struct vcons *d = dev;
	for (uint64_t off = 0; off < c->read_len;) {
		uint64_t n = c->read_len - off < TX_CHUNK ? c->read_len - off : TX_CHUNK;
		virtq_chain_read(vq, c, off, d->txbuf, n);
		console_write(d->con, d->txbuf, n);
		off += n;
	}
	atomic_fetch_add(&d->stat_tx_bytes, c->read_len);
	return 0;
}

static void vcons_queue_notify(void *dev, struct virtio_mmio *t, unsigned q)
{
	struct vcons *d = dev;
	if (q == Q_RX)
		virtio_mmio_serve(t, q, &d->chain, rx_chain, d,
				  "virtio-console receive buffer without a writable part");
	else
		virtio_mmio_serve(t, q, &d->chain, tx_chain, d, "malformed virtio-console output");
}

/* Payload v1: u32 n, then the n bytes of input not yet delivered (they
 * were typed before the snapshot; a restored VM receives them). */
#define VCONS_STATE_VERSION 1

static int vcons_save(void *dev, struct ss_writer *w)
{
	struct vcons *d = dev;
	pthread_mutex_lock(&d->lock);
	ss_put_u32(w, d->rx_len);
	for (unsigned k = 0; k < d->rx_len; k++)
		ss_put_u8(w, d->rx[(d->rx_head + k) % RX_SIZE]);
	pthread_mutex_unlock(&d->lock);
	return w->failed ? -1 : 0;
}

static int vcons_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct vcons *d = dev;
	if (r->version != VCONS_STATE_VERSION) {
		snprintf(err, errlen,
			 "virtio-console state version %u is not supported (this rvisor reads %u)",
			 r->version, VCONS_STATE_VERSION);
		return -1;
	}
	uint32_t n = ss_get_u32(r);
	if (r->error || n > RX_SIZE || r->len - r->pos != n) {
		snprintf(err, errlen,
			 "virtio-console state is truncated, oversized or out of range");
		return -1;
	}
	if (!apply)
		return 0;
	pthread_mutex_lock(&d->lock);
	ss_get_bytes(r, d->rx, n);
	d->rx_head = 0;
	d->rx_len = n;
	pthread_mutex_unlock(&d->lock);
	return 0;
}

static void vcons_destroy(void *dev)
{
	struct vcons *d = dev;
	pthread_mutex_destroy(&d->lock);
	free(d);
}

static const struct virtio_dev_ops vcons_ops = {
    .name = "console",
    .device_id = VIRTIO_ID_CONSOLE,
    .nqueues = 2,
    .queue_notify = vcons_queue_notify,
    .state_version = VCONS_STATE_VERSION,
    .save = vcons_save,
    .load = vcons_load,
    .destroy = vcons_destroy,
};

int virtio_console_create(struct board *b, unsigned slot, const char *opts,
			  const struct vdev_ctx *ctx)
{
	if (vdev_no_options(opts, ctx->err) < 0)
		return -1;
	/* The terminal's input can feed one device only. */
	for (unsigned k = 0; k < board_ndevices(b); k++) {
		void *dev;
		if (board_device(b, k, &dev) == &virtio_mmio_board_ops &&
		    ((struct virtio_mmio *)dev)->ops == &vcons_ops) {
			return err_set(ctx->err, ERR_UNSUPPORTED,
				       "only one virtio console is supported");
		}
	}
	struct vcons *d = calloc(1, sizeof(*d));
	if (!d)
		return err_set(ctx->err, ERR_IO, "out of memory");
	d->con = board_console(b);
	pthread_mutex_init(&d->lock, NULL);
	d->t = virtio_mmio_create(b, slot, &vcons_ops, d, ctx->err);
	if (!d->t)
		return -1;
	/* From now on typed input reaches the guest through this device. The
	 * console's input thread starts later (board_console_start). */
	console_set_sink(d->con, vcons_receive, d);
	return 0;
}

void virtio_console_stats(struct virtio_mmio *t, struct vdev_stats *s)
{
	struct vcons *d = t->dev;
	vdev_stat(s, "rx_bytes", atomic_load(&d->stat_rx_bytes));
	vdev_stat(s, "tx_bytes", atomic_load(&d->stat_tx_bytes));
}
