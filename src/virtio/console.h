/* virtio-console (virtio 1.2 §5.3): one console port on the host terminal. */
#ifndef RVISOR_VIRTIO_CONSOLE_H
#define RVISOR_VIRTIO_CONSOLE_H

struct vm;
struct board;
struct vdev_ctx;

/* --console (no options). Takes the host console's input from the UART.
 * Returns 0, or -1 after a message. */
int virtio_console_create(struct board *b, unsigned slot, const char *opts,
			  const struct vdev_ctx *ctx);

#endif
