/* virtio-net: one rx and one tx queue, the MAC and link status in config
 * space, frames to and from a back end (src/net: libslirp user mode, tap).
 * Offered: VIRTIO_NET_F_MAC, VIRTIO_NET_F_STATUS (link always up),
 * VIRTIO_NET_F_CSUM (the guest may leave a tx checksum to the device: it is
 * computed here, on the host, before the back end sees the frame) and
 * VIRTIO_NET_F_GUEST_CSUM (rx frames are marked DATA_VALID: slirp and a
 * host tap deliver checked frames, and the guest's own checksum pass is
 * the costly part for an interpreted CPU). Not offered: segmentation
 * offloads (TSO/UFO), mergeable rx buffers, control queue, multiqueue; so
 * every frame fits one rx buffer of 1526 bytes.
 *
 * TX (I/O thread): each chain's readable part is the header and one frame,
 * gathered into a buffer and sent. RX: the back end's thread appends frames
 * to a bounded queue here (a full queue drops: networks drop) and kicks
 * queue 0; the I/O thread then copies them into the driver's rx buffers and
 * stops (VIRTIO_CHAIN_STOP) when none is pending or no buffer is offered.
 * Both paths go through virtio_mmio_serve. While the device is frozen
 * (snapshots) frames keep queueing up to the bound.
 *
 * Rate limits (tx_bps=, tx_pps=, rx_bps=, rx_pps= and their _burst): one
 * limiter per direction, a frame costs its length (without the virtio
 * header) and one packet. A refused tx chain goes back to the ring
 * (VIRTIO_CHAIN_STOP) and the queue is retried when tokens are there
 * (virtio_mmio_kick_after); a refused rx frame stays at the head of the
 * bounded queue, which drops new frames when full: a slow link. */
#include "virtio/net.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "machine/board.h"
#include "net/backend.h"
#include "state/stream.h"
#include "util/opts.h"
#include "util/ratelimit.h"
#include "virtio/devices.h"
#include "virtio/mmio.h"

#define VIRTIO_ID_NET 1

/* Feature bits (§5.1.3). */
#define VIRTIO_NET_F_CSUM 0
#define VIRTIO_NET_F_GUEST_CSUM 1
#define VIRTIO_NET_F_MAC 5
#define VIRTIO_NET_F_STATUS 16
#define VIRTIO_NET_S_LINK_UP 1
#define VIRTIO_NET_HDR_F_NEEDS_CSUM 1
#define VIRTIO_NET_HDR_F_DATA_VALID 2

#define NET_HDR_LEN 12 /* struct virtio_net_hdr with num_buffers (VERSION_1) */
#define RXQ 0
#define TXQ 1
#define RX_PENDING_MAX 256 /* frames received but not yet in a guest buffer */

/* Config layout: mac[6], status (u16 LE). */
#define CFG_SIZE 8

/* Log-once kinds (0..3 are the transport's). */
#define WARN_TX_SHORT 8
#define WARN_TX_BIG 9
#define WARN_RX_SMALL 10
#define WARN_RX_DROP 11
#define WARN_TX_GSO 12
#define WARN_TX_CSUM 13

#define NET_STATE_VERSION 1

struct rx_frame {
	uint8_t *buf;
	uint32_t len, cap;
};

struct net {
	struct virtio_mmio *t;
	struct net_backend *be;
	bool be_held; /* be belongs to the VM's resources: stopped, not closed */
	uint8_t mac[6];
	uint16_t status;
	bool fresh_mac; /* a clone's new MAC: keep it over the snapshot's */

	/* Frames from the back end: a ring of RX_PENDING_MAX slots whose
	 * buffers are reused. */
	pthread_mutex_t rx_lock;
	struct rx_frame rxq[RX_PENDING_MAX];
	unsigned rx_head, rx_count;

	struct virtq_chain rx_chain, tx_chain; /* per queue: each under its lock */
	uint8_t tx_buf[NET_HDR_LEN + NET_MAX_FRAME];

	struct ratelimit rx_rl, tx_rl;

	/* Counters. */
	uint64_t stat_tx_frames, stat_tx_bytes, stat_tx_dropped;
	uint64_t stat_rx_frames, stat_rx_bytes, stat_rx_dropped; /* rx_dropped: rx_lock */
};

static uint64_t net_config_read(void *dev, uint32_t off, unsigned size)
{
	struct net *d = dev;
	uint8_t cfg[CFG_SIZE];
	memcpy(cfg, d->mac, 6);
	cfg[6] = (uint8_t)d->status;
	cfg[7] = (uint8_t)(d->status >> 8);
	uint64_t v = 0;
	memcpy(&v, cfg + off, size);
	return v;
}

/* The back end's thread: queue a frame and have the I/O thread deliver it. */
static void net_rx(void *opaque, const uint8_t *frame, size_t len)
{
	struct net *d = opaque;
	pthread_mutex_lock(&d->rx_lock);
	if (d->rx_count == RX_PENDING_MAX) {
		d->stat_rx_dropped++;
		pthread_mutex_unlock(&d->rx_lock);
		return;
	}
	struct rx_frame *f = &d->rxq[(d->rx_head + d->rx_count) % RX_PENDING_MAX];
	if (f->cap < len) {
		uint32_t cap = len < 2048 ? 2048 : (uint32_t)len;
		uint8_t *p = realloc(f->buf, cap);
		if (!p) {
			d->stat_rx_dropped++;
			pthread_mutex_unlock(&d->rx_lock);
			return;
		}
		f->buf = p;
		f->cap = cap;
	}
	memcpy(f->buf, frame, len);
	f->len = (uint32_t)len;
	d->rx_count++;
	pthread_mutex_unlock(&d->rx_lock);
	virtio_mmio_kick(d->t, RXQ);
}

static long rx_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	struct net *d = dev;
	if (c->nread)
		return VIRTIO_CHAIN_BAD; /* rx buffers are device-writable only */
	pthread_mutex_lock(&d->rx_lock);
	while (d->rx_count) {
		struct rx_frame *f = &d->rxq[d->rx_head];
		uint64_t wait;
		if (!ratelimit_take(&d->rx_rl, f->len, ratelimit_now_ns(), &wait)) {
			/* The frame stays queued; new ones queue behind it. */
			pthread_mutex_unlock(&d->rx_lock);
			virtio_mmio_kick_after(d->t, RXQ, wait);
			return VIRTIO_CHAIN_STOP;
		}
		d->rx_head = (d->rx_head + 1) % RX_PENDING_MAX;
		d->rx_count--;
		if (c->write_len < NET_HDR_LEN + (uint64_t)f->len) {
			/* Only a driver that posts buffers smaller than a frame gets
			 * here (without offloads frames are at most 1514 bytes). */
			d->stat_rx_dropped++;
			virtio_mmio_warn_once(d->t, WARN_RX_SMALL,
					      "rx buffer of %llu bytes is too small for a "
					      "%u-byte frame: dropped",
					      (unsigned long long)c->write_len, f->len);
			continue;
		}
		uint8_t hdr[NET_HDR_LEN] = {0};
		if (virtio_mmio_has_feature(d->t, VIRTIO_NET_F_GUEST_CSUM))
			hdr[0] = VIRTIO_NET_HDR_F_DATA_VALID;
		hdr[10] = 1; /* num_buffers */
		virtq_chain_write(vq, c, 0, hdr, NET_HDR_LEN);
		virtq_chain_write(vq, c, NET_HDR_LEN, f->buf, f->len);
		d->stat_rx_frames++;
		d->stat_rx_bytes += f->len;
		long used = NET_HDR_LEN + (long)f->len;
		pthread_mutex_unlock(&d->rx_lock);
		return used;
	}
	pthread_mutex_unlock(&d->rx_lock);
	return VIRTIO_CHAIN_STOP;
}

/* NEEDS_CSUM: the Internet checksum of the frame from csum_start on goes
 * at csum_start + csum_offset (the guest seeded it with the pseudo-header
 * sum). 0, or -1 when the offsets fall outside the frame (dropped). */
static int tx_checksum(struct net *d, size_t len)
{
	uint8_t *frame = d->tx_buf + NET_HDR_LEN;
	uint16_t start, off;
	memcpy(&start, d->tx_buf + 6, 2);
	memcpy(&off, d->tx_buf + 8, 2);
	if ((size_t)start + off + 2 > len) {
		d->stat_tx_dropped++;
		virtio_mmio_warn_once(d->t, WARN_TX_CSUM,
				      "tx checksum at %u+%u is outside the %zu-byte frame: dropped",
				      start, off, len);
		return -1;
	}
	uint64_t sum = 0;
	size_t k = start;
	for (; k + 1 < len; k += 2)
		sum += (uint32_t)frame[k] << 8 | frame[k + 1];
	if (k < len)
		sum += (uint32_t)frame[k] << 8;
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	uint16_t c = (uint16_t)~sum;
	frame[start + off] = (uint8_t)(c >> 8);
	frame[start + off + 1] = (uint8_t)c;
	return 0;
}

static long tx_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	struct net *d = dev;
	/* A writable part is not used by the protocol; it is left untouched. */
	if (c->read_len < NET_HDR_LEN) {
		d->stat_tx_dropped++;
		virtio_mmio_warn_once(d->t, WARN_TX_SHORT,
				      "tx chain of %llu bytes has no virtio-net header: dropped",
				      (unsigned long long)c->read_len);
		return 0;
	}
	if (c->read_len > NET_HDR_LEN + (uint64_t)NET_MAX_FRAME) {
		d->stat_tx_dropped++;
		virtio_mmio_warn_once(
		    d->t, WARN_TX_BIG, "tx frame of %llu bytes is over %u: dropped",
		    (unsigned long long)(c->read_len - NET_HDR_LEN), NET_MAX_FRAME);
		return 0;
	}
	uint64_t wait;
	if (!ratelimit_take(&d->tx_rl, c->read_len - NET_HDR_LEN, ratelimit_now_ns(), &wait)) {
		/* The chain goes back to the ring; the I/O thread retries it. */
		virtio_mmio_kick_after(d->t, TXQ, wait);
		return VIRTIO_CHAIN_STOP;
	}
	size_t n = (size_t)virtq_chain_read(vq, c, 0, d->tx_buf, c->read_len);
	/* gso_type (byte 1): no segmentation offload was offered. */
	if (d->tx_buf[1] != 0) {
		d->stat_tx_dropped++;
		virtio_mmio_warn_once(d->t, WARN_TX_GSO,
				      "tx frame asks for segmentation (gso_type %u), which was "
				      "not offered: dropped",
				      d->tx_buf[1]);
		return 0;
	}
	size_t len = n - NET_HDR_LEN;
	if ((d->tx_buf[0] & VIRTIO_NET_HDR_F_NEEDS_CSUM) && tx_checksum(d, len) < 0)
		return 0;
	if (len < 14 || net_backend_send(d->be, d->tx_buf + NET_HDR_LEN, len) < 0) {
		d->stat_tx_dropped++;
		return 0;
	}
	d->stat_tx_frames++;
	d->stat_tx_bytes += len;
	return 0;
}

static void net_queue_notify(void *dev, struct virtio_mmio *t, unsigned q)
{
	struct net *d = dev;
	if (q == RXQ)
		virtio_mmio_serve(t, q, &d->rx_chain, rx_chain, d,
				  "virtio-net rx buffer with a device-readable part");
	else
		virtio_mmio_serve(t, q, &d->tx_chain, tx_chain, d, "virtio-net tx chain");
}

static void net_reset(void *dev)
{
	struct net *d = dev;
	/* What the driver had not taken is gone with the old rings. */
	pthread_mutex_lock(&d->rx_lock);
	d->rx_count = 0;
	pthread_mutex_unlock(&d->rx_lock);
}

/* State v1: mac[6], u16 status. Frames queued for the guest are not saved
 * (a restored NIC lost them, as a network may), nor is the back end's
 * state (slirp's connections, a tap's queue). */
static int net_save(void *dev, struct ss_writer *w)
{
	struct net *d = dev;
	ss_put_bytes(w, d->mac, 6);
	ss_put_u8(w, (uint8_t)d->status);
	ss_put_u8(w, (uint8_t)(d->status >> 8));
	return 0;
}

static int net_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct net *d = dev;
	if (r->version != NET_STATE_VERSION) {
		snprintf(err, errlen,
			 "virtio-net state version %u is not supported (this rvisor "
			 "reads %u)",
			 r->version, NET_STATE_VERSION);
		return -1;
	}
	uint8_t mac[6];
	ss_get_bytes(r, mac, 6);
	uint16_t status = ss_get_u8(r);
	status |= (uint16_t)(ss_get_u8(r) << 8);
	if (r->error || r->pos != r->len) {
		snprintf(err, errlen, "virtio-net state is truncated or oversized");
		return -1;
	}
	if (status & ~VIRTIO_NET_S_LINK_UP) {
		snprintf(err, errlen, "virtio-net state: bad status %#x", status);
		return -1;
	}
	if (mac[0] & 1) {
		snprintf(err, errlen, "virtio-net state: multicast MAC");
		return -1;
	}
	if (!apply)
		return 0;
	if (!d->fresh_mac)
		memcpy(d->mac, mac, 6);
	d->status = status;
	return 0;
}

/* A held back end's close (vdev_resource). */
static void backend_close(void *handle)
{
	struct net_backend *be = handle;
	be->ops->close(be);
}

static void net_destroy(void *dev)
{
	struct net *d = dev;
	if (d->be && d->be_held)
		d->be->ops->stop(d->be); /* no rx call after this; kept for a reboot */
	else if (d->be)
		d->be->ops->close(d->be); /* no rx call after this */
	for (unsigned k = 0; k < RX_PENDING_MAX; k++)
		free(d->rxq[k].buf);
	pthread_mutex_destroy(&d->rx_lock);
	ratelimit_destroy(&d->rx_rl);
	ratelimit_destroy(&d->tx_rl);
	free(d);
}

static const struct virtio_dev_ops net_ops = {
    .name = "net",
    .device_id = VIRTIO_ID_NET,
    .features = (1ULL << VIRTIO_NET_F_CSUM) | (1ULL << VIRTIO_NET_F_GUEST_CSUM) |
		(1ULL << VIRTIO_NET_F_MAC) | (1ULL << VIRTIO_NET_F_STATUS),
    .nqueues = 2,
    .config_size = CFG_SIZE,
    .config_read = net_config_read,
    .queue_notify = net_queue_notify,
    .reset = net_reset,
    .state_version = NET_STATE_VERSION,
    .save = net_save,
    .load = net_load,
    .destroy = net_destroy,
};

static int parse_mac(const char *s, uint8_t mac[6])
{
	unsigned v[6];
	char tail;
	if (sscanf(s, "%2x:%2x:%2x:%2x:%2x:%2x%c", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
		   &tail) != 6 ||
	    strlen(s) != 17)
		return -1;
	for (int k = 0; k < 6; k++)
		mac[k] = (uint8_t)v[k];
	return 0;
}

/* mac (a mac= value), or without one QEMU's default + 1 per NIC before
 * this one. */
static int mac_of(const char *mac, unsigned index, uint8_t out[6], char *err, size_t errlen)
{
	if (mac) {
		if (parse_mac(mac, out) < 0 || (out[0] & 1) || !memcmp(out, "\0\0\0\0\0\0", 6)) {
			snprintf(err, errlen,
				 "mac=%s: expected a unicast MAC such as 52:54:00:12:34:56", mac);
			return -1;
		}
		return 0;
	}
	memcpy(out, "\x52\x54\x00\x12\x34\x56", 6);
	out[5] = (uint8_t)(0x56 + index);
	out[4] = (uint8_t)(0x34 + ((0x56 + index) >> 8));
	return 0;
}

int virtio_net_mac(const char *opts, unsigned index, uint8_t mac[6], char *err, size_t errlen)
{
	struct opts o;
	if (opts_parse(&o, opts, true, err, (unsigned)errlen) < 0)
		return -1;
	int rc = mac_of(opts_get(&o, "mac"), index, mac, err, errlen);
	opts_free(&o);
	return rc;
}

/* NICs already on this board (created before this one). */
static unsigned nics_before(struct board *b)
{
	unsigned n = 0;
	for (unsigned k = 0; k < board_ndevices(b); k++) {
		void *dev;
		if (board_device(b, k, &dev) == &virtio_mmio_board_ops &&
		    ((struct virtio_mmio *)dev)->ops == &net_ops)
			n++;
	}
	return n;
}

int virtio_net_create(struct board *b, unsigned slot, const char *opts, const struct vdev_ctx *ctx)
{
	struct opts o;
	char err[256];
	if (opts_parse(&o, opts, true, err, sizeof(err)) < 0)
		return err_set(ctx->err, ERR_INVALID, "%s", err);
	struct net *d = NULL;
	const char *type = opts_positional(&o);
	const struct net_backend_ops *bops = type ? net_backend_find(type) : NULL;
	if (!bops) {
		snprintf(err, sizeof(err), "%s (expected user or tap)",
			 type ? "unknown network back end" : "the back end comes first");
		goto fail;
	}
	d = calloc(1, sizeof(*d));
	if (!d) {
		snprintf(err, sizeof(err), "out of memory");
		goto fail;
	}
	pthread_mutex_init(&d->rx_lock, NULL);
	struct ratelimit_cfg lim[2]; /* rx, tx */
	memset(lim, 0, sizeof(lim));
	for (unsigned k = 0; k < o.n; k++) {
		const char *key = o.item[k].key;
		int r = 0;
		for (int dir = 0; key && dir < 2 && !r; dir++)
			r = ratelimit_option(&lim[dir], dir ? "tx_" : "rx_", "bps", "pps", key,
					     o.item[k].val, err, sizeof(err));
		if (r < 0) {
			ratelimit_init(&d->rx_rl, &lim[0], 0); /* net_destroy destroys them */
			ratelimit_init(&d->tx_rl, &lim[0], 0);
			goto fail;
		}
		if (r)
			o.item[k].used = true;
	}
	bool lim_bad = ratelimit_option_check(&lim[0], "rx_", "bps", "pps", err, sizeof(err)) < 0 ||
		       ratelimit_option_check(&lim[1], "tx_", "bps", "pps", err, sizeof(err)) < 0;
	/* Limits set through the API since the VM was built replace the
	 * options' (a reboot keeps them). */
	if (ctx->limits && ctx->limits->set)
		memcpy(lim, ctx->limits->lim, sizeof(lim));
	ratelimit_init(&d->rx_rl, &lim[0], ratelimit_now_ns());
	ratelimit_init(&d->tx_rl, &lim[1], ratelimit_now_ns());
	if (lim_bad)
		goto fail;
	d->status = VIRTIO_NET_S_LINK_UP;
	const char *mac = opts_get(&o, "mac");
	if (!mac && ctx->clone) {
		/* A clone is a new machine on the network: a fresh locally
		 * administered MAC in QEMU's 52:54:00 range. */
		uint8_t rnd[3];
		if (getrandom(rnd, 3, 0) != 3) {
			snprintf(err, sizeof(err), "getrandom failed");
			goto fail;
		}
		memcpy(d->mac, "\x52\x54\x00", 3);
		memcpy(d->mac + 3, rnd, 3);
		d->fresh_mac = true;
	} else if (mac_of(mac, nics_before(b), d->mac, err, sizeof(err)) < 0) {
		goto fail;
	}
	/* The back end (tap, or the user network with its hostfwd sockets)
	 * opened by the VM's first build is kept across reboots: like the
	 * network outside a machine, it outlives the guest's reboot. Its
	 * options were checked when it was opened. */
	d->be = vdev_held(ctx);
	bool reused = d->be != NULL;
	if (reused) {
		d->be_held = true;
		d->be->ops->attach(d->be, net_rx, d);
	} else {
		d->be = bops->open(&o, net_rx, d, err, sizeof(err));
		if (!d->be)
			goto fail;
		d->be_held = vdev_hold(ctx, d->be, backend_close);
	}
	const char *bad = reused ? NULL : opts_unused(&o);
	if (bad) {
		snprintf(err, sizeof(err), "unknown option '%s' for a %s network", bad, bops->name);
		goto fail;
	}
	opts_free(&o);
	d->t = virtio_mmio_create(b, slot, &net_ops, d, ctx->err);
	if (!d->t) /* net_destroy ran */
		return -1;
	if (d->be->ops->start(d->be, err, sizeof(err)) < 0) /* the board tears d down */
		return err_set(ctx->err, ERR_INVALID, "%s", err);
	return 0;
fail:
	err_set(ctx->err, ERR_INVALID, "%s", err);
	opts_free(&o);
	if (d)
		net_destroy(d);
	return -1;
}

struct ratelimit *virtio_net_ratelimit(struct virtio_mmio *t, bool tx)
{
	if (!t || t->ops != &net_ops)
		return NULL;
	struct net *d = t->dev;
	return tx ? &d->tx_rl : &d->rx_rl;
}

struct net_backend *virtio_net_backend(struct virtio_mmio *t)
{
	if (!t || t->ops != &net_ops)
		return NULL;
	return ((struct net *)t->dev)->be;
}

void virtio_net_stats(struct virtio_mmio *t, struct virtio_net_stats *s)
{
	struct net *d = t->dev;
	/* Counters written by the I/O thread: a snapshot of each, not of all. */
	s->tx_frames = __atomic_load_n(&d->stat_tx_frames, __ATOMIC_RELAXED);
	s->tx_bytes = __atomic_load_n(&d->stat_tx_bytes, __ATOMIC_RELAXED);
	s->tx_dropped = __atomic_load_n(&d->stat_tx_dropped, __ATOMIC_RELAXED);
	s->rx_frames = __atomic_load_n(&d->stat_rx_frames, __ATOMIC_RELAXED);
	s->rx_bytes = __atomic_load_n(&d->stat_rx_bytes, __ATOMIC_RELAXED);
	pthread_mutex_lock(&d->rx_lock);
	s->rx_dropped = d->stat_rx_dropped;
	pthread_mutex_unlock(&d->rx_lock);
}

/* Is `key` one of the rate-limit options (rx_/tx_ bps/pps[_burst])? */
static bool limit_key(const char *key, size_t len)
{
	static const char *const keys[] = {"rx_bps", "rx_bps_burst", "rx_pps", "rx_pps_burst",
					   "tx_bps", "tx_bps_burst", "tx_pps", "tx_pps_burst"};
	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++)
		if (strlen(keys[k]) == len && strncmp(keys[k], key, len) == 0)
			return true;
	return false;
}

char *virtio_net_opts_with_limits(const char *opts, const struct ratelimit_cfg *rx,
				  const struct ratelimit_cfg *tx)
{
	size_t cap = strlen(opts) + 8 * 40 + 1;
	char *out = malloc(cap);
	if (!out)
		return NULL;
	size_t n = 0;
	/* Copy every item but the limits, escapes (",,") as they are. */
	for (const char *p = opts; *p;) {
		const char *e = p;
		while (*e && !(e[0] == ',' && e[1] != ',')) {
			if (e[0] == ',')
				e++;
			e++;
		}
		size_t klen = strcspn(p, "=,");
		if (klen > (size_t)(e - p))
			klen = (size_t)(e - p);
		if (!limit_key(p, klen) || p == opts) {
			if (n)
				out[n++] = ',';
			memcpy(out + n, p, (size_t)(e - p));
			n += (size_t)(e - p);
		}
		p = *e ? e + 1 : e;
	}
	const struct ratelimit_cfg *c[2] = {rx, tx};
	for (int dir = 0; dir < 2; dir++) {
		const char *pre = dir ? "tx" : "rx";
		const struct ratelimit_bucket_cfg *b[2] = {&c[dir]->bytes, &c[dir]->ops};
		for (int k = 0; k < 2; k++) {
			if (!b[k]->rate)
				continue;
			const char *what = k ? "pps" : "bps";
			n += (size_t)snprintf(out + n, cap - n, "%s%s_%s=%llu", n ? "," : "", pre,
					      what, (unsigned long long)b[k]->rate);
			if (b[k]->size) /* else the default, one second's worth */
				n += (size_t)snprintf(out + n, cap - n, ",%s_%s_burst=%llu", pre,
						      what, (unsigned long long)b[k]->size);
		}
	}
	out[n] = 0;
	return out;
}

char *virtio_net_kind_opts(const char *opts, const struct vdev_limits *limits)
{
	return virtio_net_opts_with_limits(opts, &limits->lim[0], &limits->lim[1]);
}

void virtio_net_kind_stats(struct virtio_mmio *t, struct vdev_stats *s)
{
	struct virtio_net_stats n;
	virtio_net_stats(t, &n);
	vdev_stat(s, "rx_frames", n.rx_frames);
	vdev_stat(s, "rx_bytes", n.rx_bytes);
	vdev_stat(s, "rx_dropped", n.rx_dropped);
	vdev_stat(s, "tx_frames", n.tx_frames);
	vdev_stat(s, "tx_bytes", n.tx_bytes);
	vdev_stat(s, "tx_dropped", n.tx_dropped);
	struct net *d = t->dev;
	struct ratelimit *rl[2] = {&d->rx_rl, &d->tx_rl};
	static const char *const names[2][3] = {{"rx_passed", "rx_throttled", "rx_throttled_ns"},
						{"tx_passed", "tx_throttled", "tx_throttled_ns"}};
	for (int k = 0; k < 2; k++) {
		pthread_mutex_lock(&rl[k]->lock);
		uint64_t v[3] = {rl[k]->stat_passed, rl[k]->stat_throttled, rl[k]->stat_wait_ns};
		pthread_mutex_unlock(&rl[k]->lock);
		for (int i = 0; i < 3; i++)
			vdev_stat(s, names[k][i], v[i]);
	}
}
