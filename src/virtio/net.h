/* virtio-net (virtio 1.2 §5.1) over a network back end (src/net/). */
#ifndef RVISOR_VIRTIO_NET_H
#define RVISOR_VIRTIO_NET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/ratelimit.h"

struct vm;
struct virtio_mmio;
struct board;
struct vdev_ctx;
struct vdev_limits;
struct vdev_stats;

/* --net user[,hostfwd=...][,restrict=on][,net=A.B.C.D/N][,mac=M] or
 * --net tap,ifname=NAME[,mac=M], either with rate limits
 * [,tx_bps=N][,tx_bps_burst=N][,tx_pps=N][,tx_pps_burst=N] and the same
 * with rx_ (guest to network, network to guest; bytes and frames per
 * second, K/M/G = powers of 1024); ctx->limits (set) replace the options'
 * limits. Returns 0, or -1 with ctx->err set. */
int virtio_net_create(struct board *b, unsigned slot, const char *opts, const struct vdev_ctx *ctx);

/* The MAC of a NIC built from opts (a --net option string) as the
 * index-th NIC of a machine that is not a clone: its mac= option, else
 * QEMU's default 52:54:00:12:34:56 + index. Returns 0, or -1 (err set)
 * when mac= is not a unicast MAC. */
int virtio_net_mac(const char *opts, unsigned index, uint8_t mac[6], char *err, size_t errlen);

/* The NIC's rx or tx limiter, or NULL when t is not a virtio-net device.
 * After ratelimit_set, kick both queues so a waiting frame is
 * reconsidered. */
struct ratelimit *virtio_net_ratelimit(struct virtio_mmio *t, bool tx);

/* The NIC's network back end, or NULL when t is not a virtio-net device. */
struct net_backend;
struct net_backend *virtio_net_backend(struct virtio_mmio *t);

struct virtio_net_stats {
	uint64_t tx_frames, tx_bytes, tx_dropped, rx_frames, rx_bytes, rx_dropped;
};
/* t must be a virtio-net device (virtio_net_ratelimit non-NULL). */
void virtio_net_stats(struct virtio_mmio *t, struct virtio_net_stats *s);

/* opts (a --net option string) with its rate-limit options replaced by
 * rx's and tx's (rates and sizes; buckets off are left out): what a
 * snapshot records after the limits were changed at run time. malloc'd,
 * NULL when out of memory. */
char *virtio_net_opts_with_limits(const char *opts, const struct ratelimit_cfg *rx,
				  const struct ratelimit_cfg *tx);

/* The net kind's hooks (devices.h): the option string with the run-time
 * limits, and the counters. */
char *virtio_net_kind_opts(const char *opts, const struct vdev_limits *limits);
void virtio_net_kind_stats(struct virtio_mmio *t, struct vdev_stats *s);

#endif
