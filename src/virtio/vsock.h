/* virtio-vsock (virtio 1.2 §5.10) with a Firecracker-style host side: the
 * host reaches the guest through one AF_UNIX socket (CONNECT <port>), the
 * guest reaches host port P through the unix socket PATH_P. */
#ifndef RVISOR_VIRTIO_VSOCK_H
#define RVISOR_VIRTIO_VSOCK_H

struct vm;
struct board;
struct vdev_ctx;

/* Limits, visible to the tests. */
#define VSOCK_MAX_CONNS 64		  /* host sockets + guest connections at once */
#define VSOCK_BUF_ALLOC (256u << 10)	  /* guest -> host bytes buffered per connection */
#define VSOCK_TO_GUEST_BUF (64u << 10)	  /* host -> guest bytes buffered per connection */
#define VSOCK_MAX_PAYLOAD (64u << 10)	  /* largest packet payload accepted from the guest */
#define VSOCK_LOCAL_PORT_FIRST (1u << 30) /* host ports given to CONNECT connections */
#define VSOCK_HANDSHAKE_SECONDS 5	  /* for a host client's CONNECT line */

/* --vsock cid=N,socket=PATH. Returns 0, or -1 with ctx->err set. */
int virtio_vsock_create(struct board *b, unsigned slot, const char *opts,
			const struct vdev_ctx *ctx);

#endif
