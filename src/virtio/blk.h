/* virtio-blk (virtio 1.2 §5.2) over a block backend (src/block). */
#ifndef RVISOR_VIRTIO_BLK_H
#define RVISOR_VIRTIO_BLK_H

#include <stdbool.h>

#include "util/ratelimit.h"

struct vm;
struct board;
struct virtio_mmio;

#define VIRTIO_BLK_ID_BYTES 20 /* the serial: at most 20 bytes */

/* One --disk. */
struct virtio_blk_config {
	const char *path;
	const char *format; /* "raw", "qcow2" or NULL (probe) */
	bool format_probed; /* format came from a probe (block_open_opts) */
	bool readonly;
	bool direct;		     /* cache=none (O_DIRECT) */
	const char *serial;	     /* NULL = none */
	struct ratelimit_cfg limits; /* all zero = unlimited */
};

/* Open the image and create the device in virtio-mmio `slot`. Returns the
 * transport, or NULL after printing a message naming the file. */
struct virtio_mmio *virtio_blk_create(struct board *b, unsigned slot,
				      const struct virtio_blk_config *cfg);

/* The disk's rate limiter, for a change at run time (the REST API): NULL
 * when t is not a virtio-blk device. After ratelimit_set, call
 * virtio_mmio_kick(t, 0) so a request waiting under the old limits is
 * reconsidered at once. */
struct ratelimit *virtio_blk_ratelimit(struct virtio_mmio *t);

#endif
