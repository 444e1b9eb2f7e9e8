/* virtio-input (virtio 1.2 §5.8): a power button the host can press. */
#ifndef RVISOR_VIRTIO_INPUT_H
#define RVISOR_VIRTIO_INPUT_H

#include <stdint.h>

struct board;
struct vdev_ctx;
struct virtio_mmio;
struct vdev_stats;
struct input;

#define VIRTIO_ID_INPUT 18

/* Config space selectors (§5.8.2). */
#define VIRTIO_INPUT_CFG_UNSET 0x00
#define VIRTIO_INPUT_CFG_ID_NAME 0x01
#define VIRTIO_INPUT_CFG_ID_SERIAL 0x02
#define VIRTIO_INPUT_CFG_ID_DEVIDS 0x03
#define VIRTIO_INPUT_CFG_PROP_BITS 0x10
#define VIRTIO_INPUT_CFG_EV_BITS 0x11
#define VIRTIO_INPUT_CFG_ABS_INFO 0x12

/* Linux input event codes the device uses (linux/input-event-codes.h). */
#define INPUT_EV_SYN 0x00
#define INPUT_EV_KEY 0x01
#define INPUT_SYN_REPORT 0
#define INPUT_KEY_POWER 116

/* Events the device holds while the guest has no buffer for them (a
 * press that finds a full queue is refused, not half-sent). */
#define INPUT_PENDING_MAX 64

/* --device input (no options). Returns 0, or -1 with ctx->err set. */
int virtio_input_create(struct board *b, unsigned slot, const char *opts,
			const struct vdev_ctx *ctx);
/* The board's input device, or NULL. */
struct input *virtio_input_find(struct board *b);
/* Press and release the power button: KEY_POWER 1, SYN_REPORT, KEY_POWER
 * 0, SYN_REPORT, delivered in the guest's event buffers as it offers them.
 * Any thread. Returns 0, or -1 when INPUT_PENDING_MAX events are already
 * waiting for the guest (it is not reading them). */
int virtio_input_power_button(struct input *d);
/* Counters (GET /vm/devices). */
void virtio_input_stats(struct virtio_mmio *t, struct vdev_stats *s);

#endif
