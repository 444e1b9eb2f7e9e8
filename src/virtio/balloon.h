/* virtio-balloon (virtio 1.2 §5.5): the host asks the guest to give back
 * memory (a target in pages); the pages the guest hands over are freed on
 * the host. Also the control hook the VMM (REST API) uses on a running VM. */
#ifndef RVISOR_VIRTIO_BALLOON_H
#define RVISOR_VIRTIO_BALLOON_H

#include <stdbool.h>
#include <stdint.h>

struct vm;
struct board;
struct vdev_ctx;
struct vdev_stats;
struct virtio_mmio;
struct balloon;

/* Memory statistics tags the guest reports (§5.5.6.3), in this order in
 * struct balloon_info's stats[]. */
#define BALLOON_NSTATS 10

struct balloon_info {
	uint64_t target_pages, actual_pages; /* 4 KiB pages */
	unsigned stats_interval;	     /* seconds between polls, 0 = on request only */
	bool deflate_on_oom;
	bool stats_enabled; /* the driver runs the statistics queue */
	/* The guest's latest report: stats[k] valid when bit k of stats_valid. */
	uint32_t stats_valid;
	uint64_t stats[BALLOON_NSTATS];
	uint64_t stats_updates; /* reports received since boot or restore */
	uint64_t inflated_pages, deflated_pages, refused_pfns;
};

/* --balloon [size=MIB][,deflate-on-oom=on][,stats=SECONDS]. Returns 0, or -1
 * with ctx->err set. */
int virtio_balloon_create(struct board *b, unsigned slot, const char *opts,
			  const struct vdev_ctx *ctx);
/* The balloon kind's stats hook: pages in and out, refusals. */
void virtio_balloon_kind_stats(struct virtio_mmio *t, struct vdev_stats *s);

/* --- Control (API thread; never from a device's I/O thread) --- */

/* The machine's balloon, or NULL when it has none (the first one when
 * several were given). */
struct balloon *virtio_balloon_find(struct board *b);
/* Name of stats[k] as the REST API reports it (Firecracker's names). */
const char *virtio_balloon_stat_name(unsigned k);
/* New target in MiB (0 = give everything back). Raises a configuration
 * change interrupt for a running driver. Returns -1 when larger than RAM. */
int virtio_balloon_set_target(struct balloon *d, uint64_t mib);
/* A snapshot of the device's numbers. With fresh = true, first ask the
 * guest for new statistics and wait for them up to wait_ms (not while the
 * VM is paused: the guest cannot answer). */
void virtio_balloon_info(struct balloon *d, bool fresh, unsigned wait_ms, struct balloon_info *out);

#endif
