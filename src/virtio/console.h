/* virtio-console (virtio 1.2 §5.3): one console port on the host terminal. */
#ifndef RVISOR_VIRTIO_CONSOLE_H
#define RVISOR_VIRTIO_CONSOLE_H

struct vm;
struct board;
struct vdev_ctx;
struct vdev_stats;
struct virtio_mmio;

/* --console (no options). Takes the host console's input from the UART.
 * Returns 0, or -1 with ctx->err set. */
int virtio_console_create(struct board *b, unsigned slot, const char *opts,
			  const struct vdev_ctx *ctx);
/* The console kind's stats hook: bytes in and out. */
void virtio_console_stats(struct virtio_mmio *t, struct vdev_stats *s);

#endif
