/* virtio-9p (virtio 1.2 §5.14 / the 9P2000.L transport Linux mounts with
 * `mount -t 9p -o trans=virtio,version=9p2000.L TAG DIR`): a host
 * directory shared with the guest, confined to that directory. */
#ifndef RVISOR_VIRTIO_P9_H
#define RVISOR_VIRTIO_P9_H

struct vm;
struct board;
struct vdev_ctx;

#define P9_TAG_MAX 64 /* bytes of the mount tag */

/* --share HOSTDIR,tag=NAME[,readonly=on]. Returns 0, or -1 with ctx->err
 * set. */
int virtio_p9_create(struct board *b, unsigned slot, const char *opts, const struct vdev_ctx *ctx);

#endif
