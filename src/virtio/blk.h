/* virtio-blk (virtio 1.2 §5.2) over a block backend (src/block). */
#ifndef RVISOR_VIRTIO_BLK_H
#define RVISOR_VIRTIO_BLK_H

#include <stdbool.h>

struct vm;
struct board;
struct virtio_mmio;

#define VIRTIO_BLK_ID_BYTES 20 /* the serial: at most 20 bytes */

/* One --disk. */
struct virtio_blk_config {
	const char *path;
	const char *format; /* "raw", "qcow2" or NULL (probe) */
	bool readonly;
	bool direct;	    /* cache=none (O_DIRECT) */
	const char *serial; /* NULL = none */
};

/* Open the image and create the device in virtio-mmio `slot`. Returns the
 * transport, or NULL after printing a message naming the file. */
struct virtio_mmio *virtio_blk_create(struct vm *vm, struct board *b, unsigned slot,
				      const struct virtio_blk_config *cfg);

#endif
