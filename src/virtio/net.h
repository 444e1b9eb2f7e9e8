/* virtio-net (virtio 1.2 §5.1) over a network back end (src/net/). */
#ifndef RVISOR_VIRTIO_NET_H
#define RVISOR_VIRTIO_NET_H

struct vm;
struct board;
struct vdev_ctx;

/* --net user[,hostfwd=...][,restrict=on][,net=A.B.C.D/N][,mac=M] or
 * --net tap,ifname=NAME[,mac=M]. Returns 0, or -1 after a message. */
int virtio_net_create(struct vm *vm, struct board *b, unsigned slot, const char *opts,
		      const struct vdev_ctx *ctx);

#endif
