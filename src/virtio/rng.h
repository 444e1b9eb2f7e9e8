/* virtio-rng / entropy device (virtio 1.2 §5.4): the host's getrandom(). */
#ifndef RVISOR_VIRTIO_RNG_H
#define RVISOR_VIRTIO_RNG_H

struct vm;
struct board;
struct vdev_ctx;

/* --rng (no options). Returns 0, or -1 with ctx->err set. */
int virtio_rng_create(struct board *b, unsigned slot, const char *opts, const struct vdev_ctx *ctx);

#endif
