/* User-mode networking (--net user): libslirp, a TCP/IP stack in user space
 * that terminates the guest's connections and re-issues them as ordinary
 * host sockets (QEMU's -netdev user). Addresses are QEMU's: network
 * 10.0.2.0/24, gateway and host alias 10.0.2.2, DNS 10.0.2.3, DHCP leases
 * from 10.0.2.15; IPv6 fec0::/64. restrict=on isolates the guest (slirp's
 * restricted mode: no connection leaves the virtual network) while hostfwd
 * still works.
 *
 * libslirp is not thread-safe: every call into it happens under `lock`.
 * The poll thread owns the host sockets (slirp_pollfds_fill, poll,
 * slirp_pollfds_poll) and the timers; frames from the guest are fed in by
 * the device's I/O thread (slirp_input), which then wakes the poll thread
 * so sockets slirp opened meanwhile are polled. Frames for the guest come
 * out of slirp's send_packet callback on either thread. */
#include <errno.h>
#include <limits.h>
#include <libslirp.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "net/backend.h"
#include "util/opts.h"

#define GUEST_ERRORS_LOGGED 5

struct utimer {
	struct utimer *next;
	SlirpTimerId id;
	void *cb_opaque;
	int64_t expire_ms;
	bool armed;
};

struct user {
	struct net_backend be;
	net_rx_fn rx;
	void *opaque;

	pthread_mutex_t lock; /* every slirp call, the timers, stop */
	Slirp *slirp;
	struct utimer *timers;
	bool stop;
	unsigned guest_errors;

	pthread_t thread;
	bool started;
	int wakefd;		/* eventfd: wakes the poll thread */
	atomic_bool wake_sent;	/* a wake-up is pending: do not write again */
	struct pollfd *pfd;	/* poll thread only */
	unsigned npfd, pfd_cap;
};

static int64_t mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void wake(struct user *u)
{
	if (atomic_exchange(&u->wake_sent, true))
		return;
	uint64_t one = 1;
	if (write(u->wakefd, &one, 8) < 0 && errno != EAGAIN)
		atomic_store(&u->wake_sent, false);
}

/* --- SlirpCb (called with lock held, from inside slirp) --- */

static ssize_t cb_send_packet(const void *buf, size_t len, void *opaque)
{
	struct user *u = opaque;
	if (len <= NET_MAX_FRAME)
		u->rx(u->opaque, buf, len);
	return (ssize_t)len;
}

static void cb_guest_error(const char *msg, void *opaque)
{
	struct user *u = opaque;
	if (u->guest_errors++ < GUEST_ERRORS_LOGGED)
		fprintf(stderr, "rvisor: --net user: guest error: %s\n", msg);
}

static int64_t cb_clock_get_ns(void *opaque)
{
	(void)opaque;
	return mono_ns();
}

static void *cb_timer_new_opaque(SlirpTimerId id, void *cb_opaque, void *opaque)
{
	struct user *u = opaque;
	struct utimer *t = calloc(1, sizeof(*t));
	if (!t)
		abort(); /* slirp has no way to report it */
	t->id = id;
	t->cb_opaque = cb_opaque;
	t->next = u->timers;
	u->timers = t;
	return t;
}

static void cb_timer_free(void *timer, void *opaque)
{
	struct user *u = opaque;
	for (struct utimer **p = &u->timers; *p; p = &(*p)->next) {
		if (*p == timer) {
			*p = (*p)->next;
			free(timer);
			return;
		}
	}
}

static void cb_timer_mod(void *timer, int64_t expire_ms, void *opaque)
{
	struct utimer *t = timer;
	t->expire_ms = expire_ms;
	t->armed = true;
	wake(opaque); /* the poll timeout may have to shrink */
}

static void cb_register_poll_fd(int fd, void *opaque)
{
	(void)fd;
	(void)opaque;
}

static void cb_notify(void *opaque)
{
	wake(opaque);
}

static const SlirpCb user_callbacks = {
    .send_packet = cb_send_packet,
    .guest_error = cb_guest_error,
    .clock_get_ns = cb_clock_get_ns,
    .timer_free = cb_timer_free,
    .timer_mod = cb_timer_mod,
    .register_poll_fd = cb_register_poll_fd,
    .unregister_poll_fd = cb_register_poll_fd,
    .notify = cb_notify,
    .timer_new_opaque = cb_timer_new_opaque,
};

static int add_poll(int fd, int events, void *opaque)
{
	struct user *u = opaque;
	if (u->npfd == u->pfd_cap) {
		unsigned cap = u->pfd_cap ? 2 * u->pfd_cap : 16;
		struct pollfd *p = realloc(u->pfd, cap * sizeof(*p));
		if (!p)
			return -1; /* not polled this round */
		u->pfd = p;
		u->pfd_cap = cap;
	}
	short ev = 0;
	if (events & SLIRP_POLL_IN)
		ev |= POLLIN;
	if (events & SLIRP_POLL_OUT)
		ev |= POLLOUT;
	if (events & SLIRP_POLL_PRI)
		ev |= POLLPRI;
	if (events & SLIRP_POLL_ERR)
		ev |= POLLERR;
	if (events & SLIRP_POLL_HUP)
		ev |= POLLHUP;
	u->pfd[u->npfd] = (struct pollfd){.fd = fd, .events = ev};
	return (int)u->npfd++;
}

static int get_revents(int idx, void *opaque)
{
	struct user *u = opaque;
	if (idx < 0 || (unsigned)idx >= u->npfd)
		return 0;
	short re = u->pfd[idx].revents;
	int ev = 0;
	if (re & POLLIN)
		ev |= SLIRP_POLL_IN;
	if (re & POLLOUT)
		ev |= SLIRP_POLL_OUT;
	if (re & POLLPRI)
		ev |= SLIRP_POLL_PRI;
	if (re & (POLLERR | POLLNVAL))
		ev |= SLIRP_POLL_ERR;
	if (re & POLLHUP)
		ev |= SLIRP_POLL_HUP;
	return ev;
}

/* lock held: run the expired timers; the ms until the next one (or
 * UINT32_MAX). A timer callback may free or re-arm timers: rescan. */
static uint32_t run_timers(struct user *u)
{
	for (;;) {
		int64_t now = mono_ns() / 1000000;
		struct utimer *due = NULL;
		int64_t next = -1;
		for (struct utimer *t = u->timers; t; t = t->next) {
			if (!t->armed)
				continue;
			if (t->expire_ms <= now) {
				due = t;
				break;
			}
			if (next < 0 || t->expire_ms - now < next)
				next = t->expire_ms - now;
		}
		if (!due)
			return next < 0 ? UINT32_MAX : (uint32_t)(next > INT_MAX ? INT_MAX : next);
		due->armed = false;
		slirp_handle_timer(u->slirp, due->id, due->cb_opaque);
	}
}

static void *user_thread(void *arg)
{
	struct user *u = arg;
	pthread_mutex_lock(&u->lock);
	while (!u->stop) {
		uint32_t timeout = run_timers(u);
		u->npfd = 0;
		add_poll(u->wakefd, SLIRP_POLL_IN, u);
		slirp_pollfds_fill(u->slirp, &timeout, add_poll, u);
		pthread_mutex_unlock(&u->lock);
		int n = poll(u->pfd, u->npfd, timeout == UINT32_MAX ? -1 : (int)timeout);
		if (n > 0 && (u->pfd[0].revents & POLLIN)) {
			/* Read first, then allow new writes: a wake() in between is
			 * skipped, but the fill below runs after it and sees what it
			 * announced. The other order could consume a write made
			 * after the flag was cleared and leave the flag set with the
			 * eventfd empty: every later wake-up would be lost. */
			uint64_t v;
			if (read(u->wakefd, &v, 8) < 0) {
				/* EAGAIN: nothing to consume */
			}
			atomic_store(&u->wake_sent, false);
		}
		pthread_mutex_lock(&u->lock);
		if (u->stop)
			break;
		slirp_pollfds_poll(u->slirp, n < 0 && errno != EINTR, get_revents, u);
	}
	pthread_mutex_unlock(&u->lock);
	return NULL;
}

/* --- options --- */

/* "10.0.2.0/24": network and prefix. */
static int parse_net(const char *s, struct in_addr *net, struct in_addr *mask, char *err,
		     size_t errlen)
{
	char buf[64];
	snprintf(buf, sizeof(buf), "%s", s);
	unsigned prefix = 24;
	char *slash = strchr(buf, '/');
	if (slash) {
		*slash = 0;
		char *end;
		errno = 0;
		unsigned long p = strtoul(slash + 1, &end, 10);
		if (!slash[1] || *end || errno || p < 1 || p > 27) {
			snprintf(err, errlen, "net=%s: the prefix length must be 1..27", s);
			return -1;
		}
		prefix = (unsigned)p;
	}
	if (!inet_aton(buf, net)) {
		snprintf(err, errlen, "net=%s: expected an IPv4 network such as 10.0.2.0/24", s);
		return -1;
	}
	uint32_t m = prefix ? ~0u << (32 - prefix) : 0;
	mask->s_addr = htonl(m);
	if (ntohl(net->s_addr) & ~m) {
		snprintf(err, errlen, "net=%s: host bits are set (the network is %s/%u)", s,
			 inet_ntoa((struct in_addr){htonl(ntohl(net->s_addr) & m)}), prefix);
		return -1;
	}
	return 0;
}

static int parse_port(const char *s, int *port)
{
	char *end;
	errno = 0;
	unsigned long p = strtoul(s, &end, 10);
	if (!*s || *end || errno || p < 1 || p > 65535)
		return -1;
	*port = (int)p;
	return 0;
}

/* QEMU's syntax: [tcp|udp]:[hostaddr]:hostport-[guestaddr]:guestport. */
static int add_hostfwd(struct user *u, const char *spec, struct in_addr dhcp_start, char *err,
		       size_t errlen)
{
	char buf[256];
	if (strlen(spec) >= sizeof(buf))
		goto syntax;
	strcpy(buf, spec);
	char *proto = buf, *haddr = strchr(proto, ':');
	if (!haddr)
		goto syntax;
	*haddr++ = 0;
	char *hport = strchr(haddr, ':');
	if (!hport)
		goto syntax;
	*hport++ = 0;
	char *gaddr = strchr(hport, '-');
	if (!gaddr)
		goto syntax;
	*gaddr++ = 0;
	char *gport = strchr(gaddr, ':');
	if (!gport)
		goto syntax;
	*gport++ = 0;
	int udp;
	if (!strcmp(proto, "tcp") || !*proto)
		udp = 0;
	else if (!strcmp(proto, "udp"))
		udp = 1;
	else
		goto syntax;
	struct in_addr ha = {.s_addr = htonl(INADDR_ANY)}, ga = dhcp_start;
	int hp, gp;
	if ((*haddr && !inet_aton(haddr, &ha)) || (*gaddr && !inet_aton(gaddr, &ga)) ||
	    parse_port(hport, &hp) < 0 || parse_port(gport, &gp) < 0)
		goto syntax;
	errno = 0;
	if (slirp_add_hostfwd(u->slirp, udp, ha, hp, ga, gp) < 0) {
		int e = errno;
		snprintf(err, errlen, "hostfwd=%s: cannot listen on %s port %s:%d%s%s", spec,
			 udp ? "udp" : "tcp", *haddr ? haddr : "0.0.0.0", hp,
			 e ? ": " : " (already in use?)", e ? strerror(e) : "");
		return -1;
	}
	return 0;
syntax:
	snprintf(err, errlen,
		 "bad hostfwd '%s' (expected [tcp|udp]:[hostaddr]:hostport-[guestaddr]:guestport, "
		 "ports 1..65535)",
		 spec);
	return -1;
}

static void user_close(struct net_backend *be);

static struct net_backend *user_open(struct opts *o, net_rx_fn rx, void *opaque, char *err,
				     size_t errlen)
{
	bool restrict_on;
	if (opts_get_bool(o, "restrict", false, &restrict_on, err, (unsigned)errlen) < 0)
		return NULL;
	struct in_addr net = {.s_addr = htonl(0x0a000200)}, mask = {.s_addr = htonl(0xffffff00)};
	const char *netspec = opts_get(o, "net");
	if (netspec && parse_net(netspec, &net, &mask, err, errlen) < 0)
		return NULL;
	uint32_t n = ntohl(net.s_addr);
	struct in_addr host = {htonl(n + 2)}, dns = {htonl(n + 3)}, dhcp = {htonl(n + 15)};

	struct user *u = calloc(1, sizeof(*u));
	if (!u) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	u->be.ops = &net_backend_user;
	u->rx = rx;
	u->opaque = opaque;
	pthread_mutex_init(&u->lock, NULL);
	u->wakefd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (u->wakefd < 0) {
		snprintf(err, errlen, "eventfd: %s", strerror(errno));
		user_close(&u->be);
		return NULL;
	}
	SlirpConfig cfg = {
	    .version = 4,
	    .restricted = restrict_on,
	    .in_enabled = true,
	    .vnetwork = net,
	    .vnetmask = mask,
	    .vhost = host,
	    .in6_enabled = true,
	    .vprefix_len = 64,
	    .vdhcp_start = dhcp,
	    .vnameserver = dns,
	};
	inet_pton(AF_INET6, "fec0::", &cfg.vprefix_addr6);
	inet_pton(AF_INET6, "fec0::2", &cfg.vhost6);
	inet_pton(AF_INET6, "fec0::3", &cfg.vnameserver6);
	u->slirp = slirp_new(&cfg, &user_callbacks, u);
	if (!u->slirp) {
		snprintf(err, errlen, "libslirp refused the configuration");
		user_close(&u->be);
		return NULL;
	}
	for (unsigned k = 0; k < o->n; k++) {
		if (!o->item[k].key || strcmp(o->item[k].key, "hostfwd") != 0)
			continue;
		o->item[k].used = true;
		if (!o->item[k].val || add_hostfwd(u, o->item[k].val, dhcp, err, errlen) < 0) {
			if (!o->item[k].val)
				snprintf(err, errlen, "hostfwd needs a value");
			user_close(&u->be);
			return NULL;
		}
	}
	return &u->be;
}

static int user_start(struct net_backend *be, char *err, size_t errlen)
{
	struct user *u = (struct user *)be;
	int rc = pthread_create(&u->thread, NULL, user_thread, u);
	if (rc) {
		snprintf(err, errlen, "cannot start the slirp thread: %s", strerror(rc));
		return -1;
	}
	u->started = true;
	return 0;
}

static int user_send(struct net_backend *be, const uint8_t *frame, size_t len)
{
	struct user *u = (struct user *)be;
	if (len > NET_MAX_FRAME)
		return -1;
	pthread_mutex_lock(&u->lock);
	slirp_input(u->slirp, frame, (int)len);
	pthread_mutex_unlock(&u->lock);
	wake(u); /* slirp may have opened a socket the poll thread must watch */
	return 0;
}

static void user_close(struct net_backend *be)
{
	struct user *u = (struct user *)be;
	if (u->started) {
		pthread_mutex_lock(&u->lock);
		u->stop = true;
		pthread_mutex_unlock(&u->lock);
		atomic_store(&u->wake_sent, false);
		wake(u);
		pthread_join(u->thread, NULL);
	}
	if (u->slirp)
		slirp_cleanup(u->slirp);
	while (u->timers) { /* slirp_cleanup frees its own; be safe */
		struct utimer *t = u->timers;
		u->timers = t->next;
		free(t);
	}
	if (u->wakefd >= 0)
		close(u->wakefd);
	free(u->pfd);
	pthread_mutex_destroy(&u->lock);
	free(u);
}

const struct net_backend_ops net_backend_user = {
    .name = "user",
    .open = user_open,
    .start = user_start,
    .send = user_send,
    .close = user_close,
};
