/* TAP networking (--net tap,ifname=NAME): frames go to and come from a host
 * tap interface (/dev/net/tun, IFF_TAP | IFF_NO_PI, no vnet header). The
 * interface is created or attached with TUNSETIFF: a persistent tap owned
 * by the user, or any name with CAP_NET_ADMIN. Setting it up (address,
 * bridge, up) is the host's business. A poll thread reads frames and hands
 * them to the device; sends are plain writes (a full tap queue drops).
 *
 * A tap created multi_queue (ip tuntap add ... multi_queue) is attached as
 * one queue of it. Such a tap can be held by two processes at once, which
 * is what a live migration on one host needs (docs/migration.md, "TAP
 * NICs"): each side detaches its queue (TUNSETQUEUE, IFF_DETACH_QUEUE)
 * while the other runs the guest and attaches it again (IFF_ATTACH_QUEUE)
 * when it takes over; neither needs a privilege for that, so it works under
 * the sandbox. A single-queue tap has one holder: nothing to hand over. */
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "net/backend.h"
#include "util/opts.h"
#include "util/thread.h"

struct tap {
	struct net_backend be;
	net_rx_fn rx;
	void *opaque;
	int fd, stopfd;
	pthread_t thread;
	bool started;
	bool multiqueue; /* one queue of a multi_queue tap: it can be handed over */
	bool detached;	 /* released (IFF_DETACH_QUEUE): frames go to other queues */
	bool restart;	 /* the thread ran when released: take starts it again */
	char ifname[IFNAMSIZ];
	uint8_t buf[NET_MAX_FRAME + 1];
};

static void *tap_thread(void *arg)
{
	struct tap *t = arg;
	for (;;) {
		struct pollfd p[2] = {{.fd = t->fd, .events = POLLIN},
				      {.fd = t->stopfd, .events = POLLIN}};
		if (poll(p, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (p[1].revents)
			break;
		if (p[0].revents & (POLLERR | POLLNVAL)) {
			fprintf(stderr, "rvisor: tap %s failed; no more frames received\n",
				t->ifname);
			break;
		}
		/* Drain what is queued before polling again. */
		for (;;) {
			ssize_t n = read(t->fd, t->buf, sizeof(t->buf));
			if (n < 0)
				break; /* EAGAIN, or a transient error: poll again */
			if (n > 0 && (size_t)n <= NET_MAX_FRAME)
				t->rx(t->opaque, t->buf, (size_t)n);
		}
	}
	return NULL;
}

static void tap_close(struct net_backend *be);

static struct net_backend *tap_open(struct opts *o, net_rx_fn rx, void *opaque, char *err,
				    size_t errlen)
{
	const char *ifname = opts_get(o, "ifname");
	if (!ifname || !*ifname) {
		snprintf(err, errlen, "tap needs ifname=NAME (the host tap interface)");
		return NULL;
	}
	if (strlen(ifname) >= IFNAMSIZ) {
		snprintf(err, errlen, "ifname=%s: interface names are at most %d characters",
			 ifname, IFNAMSIZ - 1);
		return NULL;
	}
	struct tap *t = calloc(1, sizeof(*t));
	if (!t) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	t->be.ops = &net_backend_tap;
	t->rx = rx;
	t->opaque = opaque;
	t->stopfd = -1;
	snprintf(t->ifname, sizeof(t->ifname), "%s", ifname);
	t->fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
	if (t->fd < 0) {
		int e = errno;
		if (e == ENOENT || e == ENODEV || e == ENXIO)
			snprintf(
			    err, errlen,
			    "/dev/net/tun is missing (no tun driver or not in this container): "
			    "%s",
			    strerror(e));
		else if (e == EACCES || e == EPERM)
			snprintf(err, errlen, "no permission to open /dev/net/tun: %s",
				 strerror(e));
		else
			snprintf(err, errlen, "cannot open /dev/net/tun: %s", strerror(e));
		tap_close(&t->be);
		return NULL;
	}
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
	memcpy(ifr.ifr_name, t->ifname, sizeof(t->ifname));
	int rc = ioctl(t->fd, TUNSETIFF, &ifr);
	if (rc < 0 && errno == EINVAL) {
		/* A multi_queue tap refuses a single-queue attach (a tun
		 * device refuses both, EINVAL again). */
		ifr.ifr_flags = IFF_TAP | IFF_NO_PI | IFF_MULTI_QUEUE;
		rc = ioctl(t->fd, TUNSETIFF, &ifr);
		t->multiqueue = rc == 0;
	}
	if (rc < 0) {
		int e = errno;
		if (e == EPERM || e == EACCES)
			snprintf(err, errlen,
				 "no permission to attach tap interface %s (it must be a "
				 "persistent tap owned by this user, or rvisor needs "
				 "CAP_NET_ADMIN): %s",
				 t->ifname, strerror(e));
		else if (e == EBUSY)
			snprintf(err, errlen,
				 "tap interface %s is in use by another process, or is not a "
				 "tap (a migration to the same host needs a tap created "
				 "multi_queue, which both processes may hold: ip tuntap add "
				 "dev %s mode tap multi_queue): %s",
				 t->ifname, t->ifname, strerror(e));
		else
			snprintf(err, errlen, "cannot attach tap interface %s: %s", t->ifname,
				 strerror(e));
		tap_close(&t->be);
		return NULL;
	}
	t->stopfd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (t->stopfd < 0) {
		snprintf(err, errlen, "eventfd: %s", strerror(errno));
		tap_close(&t->be);
		return NULL;
	}
	return &t->be;
}

static int tap_start(struct net_backend *be, char *err, size_t errlen)
{
	struct tap *t = (struct tap *)be;
	if (t->detached) { /* released: the thread starts when taken */
		t->restart = true;
		return 0;
	}
	int rc = thread_spawn(&t->thread, tap_thread, t, "net-tap");
	if (rc) {
		snprintf(err, errlen, "cannot start the tap thread: %s", strerror(rc));
		return -1;
	}
	t->started = true;
	return 0;
}

static int tap_send(struct net_backend *be, const uint8_t *frame, size_t len)
{
	struct tap *t = (struct tap *)be;
	for (;;) {
		ssize_t n = write(t->fd, frame, len);
		if (n == (ssize_t)len)
			return 0;
		if (n < 0 && errno == EINTR)
			continue;
		return -1; /* EAGAIN (queue full), interface down...: dropped */
	}
}

static void tap_stop(struct net_backend *be)
{
	struct tap *t = (struct tap *)be;
	if (!t->started)
		return;
	uint64_t one = 1;
	if (write(t->stopfd, &one, 8) < 0)
		perror("rvisor: tap: eventfd");
	pthread_join(t->thread, NULL);
	/* Consume the stop request: a later start polls a quiet eventfd. */
	if (read(t->stopfd, &one, 8) < 0) {
		/* nothing pending */
	}
	t->started = false;
}

/* TUNSETQUEUE on our own queue: IFF_ATTACH_QUEUE or IFF_DETACH_QUEUE. */
static int tap_queue(struct tap *t, short flag, char *err, size_t errlen)
{
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	ifr.ifr_flags = flag;
	if (ioctl(t->fd, TUNSETQUEUE, &ifr) == 0)
		return 0;
	snprintf(err, errlen, "cannot %s tap interface %s's queue: %s",
		 flag == IFF_ATTACH_QUEUE ? "attach" : "detach", t->ifname, strerror(errno));
	return -1;
}

static int tap_release(struct net_backend *be, char *err, size_t errlen)
{
	struct tap *t = (struct tap *)be;
	if (!t->multiqueue || t->detached)
		return 0;
	/* The thread first: a detached queue polls as an error. */
	bool was_started = t->started;
	tap_stop(be);
	if (tap_queue(t, IFF_DETACH_QUEUE, err, errlen) < 0) {
		char ignored[128];
		if (was_started)
			tap_start(be, ignored, sizeof(ignored));
		return -1;
	}
	t->detached = true;
	t->restart = was_started;
	return 0;
}

static int tap_take(struct net_backend *be, char *err, size_t errlen)
{
	struct tap *t = (struct tap *)be;
	if (t->detached) {
		if (tap_queue(t, IFF_ATTACH_QUEUE, err, errlen) < 0)
			return -1;
		t->detached = false;
	}
	if (!t->restart)
		return 0;
	t->restart = false;
	return tap_start(be, err, errlen);
}

static void tap_attach(struct net_backend *be, net_rx_fn rx, void *opaque)
{
	struct tap *t = (struct tap *)be;
	t->rx = rx;
	t->opaque = opaque;
}

static void tap_close(struct net_backend *be)
{
	struct tap *t = (struct tap *)be;
	tap_stop(be);
	if (t->stopfd >= 0)
		close(t->stopfd);
	if (t->fd >= 0)
		close(t->fd);
	free(t);
}

const struct net_backend_ops net_backend_tap = {
    .name = "tap",
    .open = tap_open,
    .start = tap_start,
    .send = tap_send,
    .stop = tap_stop,
    .attach = tap_attach,
    .close = tap_close,
    .release = tap_release,
    .take = tap_take,
};
