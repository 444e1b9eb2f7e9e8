/* virtio-blk (virtio 1.2 §5.2) over a block backend (src/block). */
#ifndef RVISOR_VIRTIO_BLK_H
#define RVISOR_VIRTIO_BLK_H

#include <stdbool.h>

#include "util/error.h"
#include "util/ratelimit.h"
#include "virtio/devices.h"

struct vm;
struct board;
struct virtio_mmio;
struct block_dev;

#define VIRTIO_BLK_ID_BYTES 20 /* the serial: at most 20 bytes */

/* The disk kind's options "PATH[,format=raw|qcow2][,readonly=BOOL]
 * [,cache=writeback|none][,serial=S][,bps=N][,bps_burst=N][,iops=N]
 * [,iops_burst=N]" (",," in PATH is a comma) into d, whose strings then
 * point into *buf (the caller frees it when d is no longer used). Returns
 * 0, or -1 with e set (the reason alone). */
int virtio_blk_parse(const char *spec, struct vm_disk *d, char **buf, struct error *e);

/* Create the device in virtio-mmio `slot` on the image held in res, or
 * open the image (and hold it in res when res is not NULL: it then
 * outlives the device, for the next machine after a guest reboot).
 * Returns the transport, or NULL with e set (naming the image). */
struct virtio_mmio *virtio_blk_create(struct board *b, unsigned slot, const struct vm_disk *cfg,
				      struct vdev_resource *res, struct error *e);
/* The disk kind's create hook (devices.h): virtio_blk_parse, then
 * virtio_blk_create with ctx's limits over the options'. */
int virtio_blk_create_opts(struct board *b, unsigned slot, const char *opts,
			   const struct vdev_ctx *ctx);
/* The disk kind's stats hook: requests, bytes, errors, limiter counts. */
void virtio_blk_stats(struct virtio_mmio *t, struct vdev_stats *s);

/* The disk's rate limiter, for a change at run time (the REST API): NULL
 * when t is not a virtio-blk device. After ratelimit_set, call
 * virtio_mmio_kick(t, 0) so a request waiting under the old limits is
 * reconsidered at once. */
struct ratelimit *virtio_blk_ratelimit(struct virtio_mmio *t);
/* The disk's image (a migration hands its lock over): NULL when t is not
 * a virtio-blk device. */
struct block_dev *virtio_blk_image(struct virtio_mmio *t);

#endif
