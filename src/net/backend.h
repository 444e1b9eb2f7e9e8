/* Network back ends of virtio-net (--net user|tap,...): where the guest's
 * Ethernet frames go and where received ones come from. A back end is an
 * ops table (kvmtool/QEMU netdev shape): open from the option string, send
 * one frame (any thread, but one sender at a time), deliver received frames
 * through a callback from its own poll thread, close.
 *
 * Lifecycle: open (binds host resources: hostfwd sockets, the tap fd, so
 * errors are reported before the VM starts), start (the poll thread begins
 * calling rx; the receiver must be ready), close (stops and joins the
 * thread: no rx call runs after it returns). Across a guest reboot the back
 * end is kept: stop (the thread ends, the host resources stay), attach to
 * the new device, start again. */
#ifndef RVISOR_NET_BACKEND_H
#define RVISOR_NET_BACKEND_H

#include <stddef.h>
#include <stdint.h>

struct opts;

/* Largest frame either direction (without the virtio header). */
#define NET_MAX_FRAME 65535u

/* A received frame (Ethernet, no FCS), called on the back end's thread.
 * The buffer is valid only during the call. */
typedef void (*net_rx_fn)(void *opaque, const uint8_t *frame, size_t len);

struct net_backend;

struct net_backend_ops {
	const char *name; /* "user", "tap" */
	/* Parse the options this back end owns (marking them used) and bind
	 * host resources. Returns the back end or NULL with a message in err
	 * (without the "rvisor: --net OPTS: " prefix). */
	struct net_backend *(*open)(struct opts *o, net_rx_fn rx, void *opaque, char *err,
				    size_t errlen);
	/* Start the poll thread. 0, or -1 with a message in err. */
	int (*start)(struct net_backend *be, char *err, size_t errlen);
	/* Send one frame to the network. Returns 0, or -1 when it was dropped
	 * (the caller counts it; networks drop). */
	int (*send)(struct net_backend *be, const uint8_t *frame, size_t len);
	/* Stop the thread (no rx call runs after it returns), keeping the
	 * host resources for a later attach and start. */
	void (*stop)(struct net_backend *be);
	/* Deliver received frames to a new receiver (while stopped). */
	void (*attach)(struct net_backend *be, net_rx_fn rx, void *opaque);
	/* Stop the thread and free everything. */
	void (*close)(struct net_backend *be);
	/* A live migration's handover of the host endpoint between two
	 * processes that hold it at once (docs/migration.md, "TAP NICs"):
	 * release stops the thread and lets frames go to the other holder;
	 * take gets them back and restarts the thread if release stopped it.
	 * 0 (also when there is nothing to hand over), or -1 with a message
	 * in err (release: the back end is as it was). NULL: nothing to hand
	 * over (the user network's sockets are this process's own). */
	int (*release)(struct net_backend *be, char *err, size_t errlen);
	int (*take)(struct net_backend *be, char *err, size_t errlen);
};

/* Every back end starts with this, so the generic calls below work. */
struct net_backend {
	const struct net_backend_ops *ops;
};

extern const struct net_backend_ops net_backend_user; /* slirp.c */
extern const struct net_backend_ops net_backend_tap;  /* tap.c */

/* The back end called `name` ("user", "tap"), or NULL. */
const struct net_backend_ops *net_backend_find(const char *name);

static inline int net_backend_send(struct net_backend *be, const uint8_t *frame, size_t len)
{
	return be->ops->send(be, frame, len);
}

#endif
