/* User-mode networking (--net user): libslirp, a TCP/IP stack in user space
 * that terminates the guest's connections and re-issues them as ordinary
 * host sockets (QEMU's -netdev user). Addresses are QEMU's: network
 * 10.0.2.0/24, gateway and host alias 10.0.2.2, DNS 10.0.2.3, DHCP leases
 * from 10.0.2.15; IPv6 fec0::/64. restrict=on isolates the guest (slirp's
 * restricted mode: no connection leaves the virtual network) while hostfwd
 * still works.
 *
 * What the guest may reach on the host: services bound to the host's
 * loopback are closed to it (slirp's disable_host_loopback, and frames
 * addressed to 127.0.0.0/8, 0.0.0.0/8, ::1, :: or their v4-mapped forms are
 * dropped here) unless host_loopback=on; hostfwd listens on 127.0.0.1
 * unless given an address. How many host sockets it may make slirp open is
 * budgeted (util/fdbudget.h): slirp reports each socket it opens and closes
 * through register_poll_fd/unregister_poll_fd, and while the guest's share
 * is used (or no descriptor below the VMM's reserve is free) a frame that
 * would open one (a TCP SYN, UDP, an ICMP echo) is refused before slirp
 * sees it: a SYN gets a RST, so the guest's connect() fails at once; the
 * hostfwd listeners are not polled, so host clients wait in the backlog.
 *
 * libslirp writes to its sockets with send() without MSG_NOSIGNAL: a host
 * peer that reset a connection raises SIGPIPE in the writing thread. Both
 * threads that call into slirp block SIGPIPE, so such a write just fails
 * with EPIPE (rvisor also ignores SIGPIPE process-wide).
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
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "net/backend.h"
#include "util/fdbudget.h"
#include "util/opts.h"
#include "util/thread.h"

#define GUEST_ERRORS_LOGGED 5
#define MAX_LISTENERS 64      /* hostfwd TCP listeners watched for the budget */
#define BUDGET_RECHECK_MS 500 /* poll timeout while listeners wait for room */

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
	bool host_loopback; /* the guest may reach services on the host's loopback */

	/* The host sockets slirp holds for the guest, by descriptor number
	 * (from register/unregister_poll_fd): a set, so a socket slirp closes
	 * without unregistering is forgotten when its number comes back. */
	uint64_t *sockbits;
	unsigned sockcap; /* bits in sockbits */
	unsigned nsock, sock_max;
	bool budget_warned;
	int listeners[MAX_LISTENERS]; /* hostfwd TCP listening sockets */
	unsigned nlisteners;
	bool listeners_held; /* last round left them unpolled */

	pthread_t sender; /* the thread user_send last blocked SIGPIPE in */
	bool sender_blocked;

	pthread_t thread;
	bool started;
	int wakefd;	       /* eventfd: wakes the poll thread */
	atomic_bool wake_sent; /* a wake-up is pending: do not write again */
	struct pollfd *pfd;    /* poll thread only */
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
		fprintf(stderr, "rvisor: user network: guest error: %s\n", msg);
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

/* slirp opened a socket (a guest connection or flow, an accepted hostfwd
 * connection). */
static void cb_register_poll_fd(int fd, void *opaque)
{
	struct user *u = opaque;
	if (fd < 0)
		return;
	if ((unsigned)fd >= u->sockcap) {
		unsigned cap = u->sockcap ? u->sockcap : 1024;
		while (cap <= (unsigned)fd)
			cap *= 2;
		uint64_t *b = realloc(u->sockbits, cap / 8);
		if (!b)
			return; /* uncounted: the ceiling check still holds */
		memset(b + u->sockcap / 64, 0, (cap - u->sockcap) / 8);
		u->sockbits = b;
		u->sockcap = cap;
	}
	uint64_t bit = 1ull << (fd % 64);
	if (!(u->sockbits[fd / 64] & bit)) {
		u->sockbits[fd / 64] |= bit;
		u->nsock++;
	}
}

static void cb_unregister_poll_fd(int fd, void *opaque)
{
	struct user *u = opaque;
	if (fd < 0 || (unsigned)fd >= u->sockcap)
		return;
	uint64_t bit = 1ull << (fd % 64);
	if (u->sockbits[fd / 64] & bit) {
		u->sockbits[fd / 64] &= ~bit;
		u->nsock--;
	}
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
    .unregister_poll_fd = cb_unregister_poll_fd,
    .notify = cb_notify,
    .timer_new_opaque = cb_timer_new_opaque,
};

/* Lock held: the guest may not make slirp open another host socket now. */
static bool budget_full(struct user *u)
{
	return u->nsock >= u->sock_max || !fd_budget_room(u->wakefd);
}

static bool is_listener(const struct user *u, int fd)
{
	for (unsigned k = 0; k < u->nlisteners; k++)
		if (u->listeners[k] == fd)
			return true;
	return false;
}

static int add_poll(int fd, int events, void *opaque)
{
	struct user *u = opaque;
	if (u->listeners_held && is_listener(u, fd))
		return -1; /* no accept() until there is room again */
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

/* Keep SIGPIPE from the calling thread for good (see the top of the file).
 * A SIGPIPE raised in it while blocked stays pending, harmlessly. */
static void block_sigpipe(void)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
}

static void *user_thread(void *arg)
{
	struct user *u = arg;
	block_sigpipe();
	pthread_mutex_lock(&u->lock);
	while (!u->stop) {
		uint32_t timeout = run_timers(u);
		u->npfd = 0;
		add_poll(u->wakefd, SLIRP_POLL_IN, u);
		u->listeners_held = u->nlisteners && budget_full(u);
		slirp_pollfds_fill(u->slirp, &timeout, add_poll, u);
		if (u->listeners_held && timeout > BUDGET_RECHECK_MS)
			timeout = BUDGET_RECHECK_MS; /* room may come from another device */
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
	/* Without an address, only this host's own clients may connect. */
	struct in_addr ha = {.s_addr = htonl(INADDR_LOOPBACK)}, ga = dhcp_start;
	int hp, gp;
	if ((*haddr && !inet_aton(haddr, &ha)) || (*gaddr && !inet_aton(gaddr, &ga)) ||
	    parse_port(hport, &hp) < 0 || parse_port(gport, &gp) < 0)
		goto syntax;
	errno = 0;
	if (slirp_add_hostfwd(u->slirp, udp, ha, hp, ga, gp) < 0) {
		int e = errno;
		snprintf(err, errlen, "hostfwd=%s: cannot listen on %s port %s:%d%s%s", spec,
			 udp ? "udp" : "tcp", *haddr ? haddr : "127.0.0.1", hp,
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

static int note_listener(int fd, int events, void *opaque)
{
	(void)events;
	struct user *u = opaque;
	int on = 0;
	socklen_t len = sizeof(on);
	if (u->nlisteners < MAX_LISTENERS &&
	    getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &on, &len) == 0 && on)
		u->listeners[u->nlisteners++] = fd;
	return -1;
}

/* Before the guest runs, the only sockets slirp polls are the hostfwd
 * ones: remember which listen (TCP), so accepts wait while the budget is
 * used (a UDP hostfwd socket opens nothing new). */
static void find_listeners(struct user *u)
{
	uint32_t timeout = UINT32_MAX;
	slirp_pollfds_fill(u->slirp, &timeout, note_listener, u);
}

static struct net_backend *user_open(struct opts *o, net_rx_fn rx, void *opaque, char *err,
				     size_t errlen)
{
	bool restrict_on, host_loopback;
	if (opts_get_bool(o, "restrict", false, &restrict_on, err, (unsigned)errlen) < 0 ||
	    opts_get_bool(o, "host_loopback", false, &host_loopback, err, (unsigned)errlen) < 0)
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
	u->host_loopback = host_loopback;
	u->sock_max = fd_budget_device_share();
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
	    /* 10.0.2.2 (and fec0::/64 hosts) reach 127.0.0.1 (::1) only when
	     * asked: a service bound there trusts this host's users only. */
	    .disable_host_loopback = !host_loopback,
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
	find_listeners(u);
	return &u->be;
}

static int user_start(struct net_backend *be, char *err, size_t errlen)
{
	struct user *u = (struct user *)be;
	int rc = thread_spawn(&u->thread, user_thread, u, "net-slirp");
	if (rc) {
		snprintf(err, errlen, "cannot start the slirp thread: %s", strerror(rc));
		return -1;
	}
	u->started = true;
	return 0;
}

/* --- frames from the guest, looked at before slirp sees them --- */

#define ETH_HLEN 14
#define ETHERTYPE_IPV4 0x0800
#define ETHERTYPE_IPV6 0x86dd
#define PROTO_ICMP 1
#define PROTO_TCP 6
#define PROTO_UDP 17
#define TCP_FIN 0x01
#define TCP_SYN 0x02
#define TCP_RST 0x04
#define TCP_ACK 0x10
#define TCP_URG 0x20
#define PORT_BOOTPS 67	/* slirp's own DHCP server: no socket */
#define PORT_DHCPV6 547 /* the same for DHCPv6 */

/* What a frame from the guest is, as far as the checks below care. */
struct frame_info {
	int family;	       /* 4, 6, or 0: not IP (ARP...): always passed on */
	const uint8_t *ip;     /* the IP header */
	const uint8_t *l4;     /* the transport header, NULL when not in this frame */
	size_t l4len;	       /* bytes from l4 to the end of the IP packet */
	uint8_t proto;	       /* IPPROTO_* */
	bool to_host_loopback; /* addressed to the host's loopback or "any" */
	bool opens_socket;     /* slirp may open a host socket for it */
	bool tcp_syn;	       /* a connection request (l4 is its TCP header) */
};

static uint16_t be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
	put16(p, (uint16_t)(v >> 16));
	put16(p + 2, (uint16_t)v);
}

/* 127.0.0.0/8 and 0.0.0.0/8 (a connect() to 0.0.0.0 reaches the host
 * itself): the host's loopback. */
static bool v4_host_local(const uint8_t *a)
{
	return a[0] == 127 || a[0] == 0;
}

static bool v6_host_local(const uint8_t *a)
{
	static const uint8_t zero[15], mapped[12] = {[10] = 0xff, [11] = 0xff};
	if (memcmp(a, zero, 15) == 0 && (a[15] == 0 || a[15] == 1))
		return true; /* :: and ::1 */
	return memcmp(a, mapped, 12) == 0 && v4_host_local(a + 12);
}

/* Does a transport header make slirp open a socket? l4 may be NULL (a
 * fragment without it): then the conservative answer, yes. */
static void classify_l4(struct frame_info *fi, bool v6)
{
	const uint8_t *t = fi->l4;
	switch (fi->proto) {
	case PROTO_TCP:
		if (!t || fi->l4len < 20) {
			fi->opens_socket = true;
			return;
		}
		/* slirp makes a connection of a segment with SYN alone. */
		fi->tcp_syn =
		    (t[13] & (TCP_SYN | TCP_FIN | TCP_RST | TCP_URG | TCP_ACK)) == TCP_SYN;
		fi->opens_socket = fi->tcp_syn;
		return;
	case PROTO_UDP:
		fi->opens_socket =
		    !t || fi->l4len < 8 || be16(t + 2) != (v6 ? PORT_DHCPV6 : PORT_BOOTPS);
		return;
	case PROTO_ICMP:
		fi->opens_socket = !v6 && (!t || fi->l4len < 1 || t[0] == 8); /* echo request */
		return;
	}
}

static void classify(const uint8_t *f, size_t len, struct frame_info *fi)
{
	memset(fi, 0, sizeof(*fi));
	if (len < ETH_HLEN + 20)
		return;
	uint16_t type = be16(f + 12);
	const uint8_t *ip = f + ETH_HLEN;
	size_t iplen = len - ETH_HLEN;
	if (type == ETHERTYPE_IPV4 && (ip[0] >> 4) == 4) {
		size_t ihl = (size_t)(ip[0] & 15) * 4, tot = be16(ip + 2);
		if (ihl < 20 || tot < ihl || tot > iplen)
			return; /* slirp drops it */
		fi->family = 4;
		fi->ip = ip;
		fi->proto = ip[9];
		fi->to_host_loopback = v4_host_local(ip + 16);
		/* A later fragment carries no header; slirp reassembles. */
		if ((be16(ip + 6) & 0x1fff) == 0) {
			fi->l4 = ip + ihl;
			fi->l4len = tot - ihl;
		}
		classify_l4(fi, false);
	} else if (type == ETHERTYPE_IPV6 && len >= ETH_HLEN + 40 && (ip[0] >> 4) == 6) {
		size_t plen = be16(ip + 4);
		if (plen > iplen - 40)
			return;
		fi->family = 6;
		fi->ip = ip;
		fi->proto = ip[6] == 58 ? PROTO_ICMP : ip[6]; /* slirp reads no extension headers */
		fi->to_host_loopback = v6_host_local(ip + 24);
		fi->l4 = ip + 40;
		fi->l4len = plen;
		classify_l4(fi, true);
	}
}

static uint32_t sum16(const uint8_t *p, size_t n, uint32_t sum)
{
	for (size_t k = 0; k + 1 < n; k += 2)
		sum += be16(p + k);
	if (n & 1)
		sum += (uint32_t)p[n - 1] << 8;
	return sum;
}

static uint16_t fold(uint32_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

/* Lock held: answer the guest's connection request (a SYN, fi->tcp_syn)
 * with RST|ACK from its destination, as a host refusing the port would. */
static void refuse_syn(struct user *u, const uint8_t *f, const struct frame_info *fi)
{
	uint8_t r[ETH_HLEN + 40 + 20] = {0};
	const uint8_t *t = fi->l4;
	size_t iph = fi->family == 4 ? 20 : 40, tcplen = 20;
	memcpy(r, f + 6, 6); /* back to the guest's MAC */
	memcpy(r + 6, f, 6); /* from the address it sent to */
	put16(r + 12, fi->family == 4 ? ETHERTYPE_IPV4 : ETHERTYPE_IPV6);
	uint8_t *ip = r + ETH_HLEN, *tcp = ip + iph;
	uint32_t sum;
	if (fi->family == 4) {
		ip[0] = 0x45;
		put16(ip + 2, (uint16_t)(iph + tcplen));
		put16(ip + 6, 0x4000); /* DF */
		ip[8] = 64;
		ip[9] = PROTO_TCP;
		memcpy(ip + 12, fi->ip + 16, 4);
		memcpy(ip + 16, fi->ip + 12, 4);
		put16(ip + 10, fold(sum16(ip, 20, 0)));
		sum = sum16(ip + 12, 8, PROTO_TCP + (uint32_t)tcplen);
	} else {
		ip[0] = 0x60;
		put16(ip + 4, (uint16_t)tcplen);
		ip[6] = PROTO_TCP;
		ip[7] = 64;
		memcpy(ip + 8, fi->ip + 24, 16);
		memcpy(ip + 24, fi->ip + 8, 16);
		sum = sum16(ip + 8, 32, PROTO_TCP + (uint32_t)tcplen);
	}
	size_t data = fi->l4len - (size_t)(t[12] >> 4) * 4;
	if (data > fi->l4len)
		data = 0;      /* a bad data offset: slirp would drop it anyway */
	memcpy(tcp, t + 2, 2); /* source port: the port asked for */
	memcpy(tcp + 2, t, 2);
	put32(tcp + 8, be32(t + 4) + 1 + (uint32_t)data); /* ack the SYN and its data */
	tcp[12] = 5 << 4;
	tcp[13] = TCP_RST | TCP_ACK;
	put16(tcp + 16, fold(sum16(tcp, tcplen, sum)));
	u->rx(u->opaque, r, ETH_HLEN + iph + tcplen);
}

/* Lock held: may the frame reach slirp? Otherwise it is refused here (a
 * SYN with a RST, anything else dropped, as a network drops). */
static bool admit_frame(struct user *u, const uint8_t *f, size_t len)
{
	struct frame_info fi;
	classify(f, len, &fi);
	if (!fi.family)
		return true;
	bool pass = true;
	if (fi.to_host_loopback && !u->host_loopback)
		pass = false;
	else if (fi.opens_socket && budget_full(u)) {
		if (!u->budget_warned) {
			u->budget_warned = true;
			if (u->nsock >= u->sock_max)
				fprintf(
				    stderr,
				    "rvisor: user network: the guest holds %u host sockets, its "
				    "budget for this NIC: new connections and flows are "
				    "refused\n",
				    u->nsock);
			else
				fprintf(stderr,
					"rvisor: user network: the guest's devices hold every host "
					"descriptor below %u (the rest is the VMM's): new "
					"connections and flows are refused\n",
					fd_budget_ceiling());
		}
		pass = false;
	}
	if (!pass && fi.tcp_syn)
		refuse_syn(u, f, &fi);
	return pass;
}

static int user_send(struct net_backend *be, const uint8_t *frame, size_t len)
{
	struct user *u = (struct user *)be;
	if (len > NET_MAX_FRAME)
		return -1;
	/* slirp_input writes to host sockets (data the guest sends on a
	 * connection goes out at once). One sender at a time: remember it. */
	if (!u->sender_blocked || !pthread_equal(u->sender, pthread_self())) {
		block_sigpipe();
		u->sender = pthread_self();
		u->sender_blocked = true;
	}
	pthread_mutex_lock(&u->lock);
	bool pass = admit_frame(u, frame, len);
	if (pass)
		slirp_input(u->slirp, frame, (int)len);
	pthread_mutex_unlock(&u->lock);
	if (!pass)
		return -1;
	wake(u); /* slirp may have opened a socket the poll thread must watch */
	return 0;
}

static void user_stop(struct net_backend *be)
{
	struct user *u = (struct user *)be;
	if (!u->started)
		return;
	pthread_mutex_lock(&u->lock);
	u->stop = true;
	pthread_mutex_unlock(&u->lock);
	atomic_store(&u->wake_sent, false);
	wake(u);
	pthread_join(u->thread, NULL);
	u->stop = false;
	u->started = false;
}

static void user_attach(struct net_backend *be, net_rx_fn rx, void *opaque)
{
	struct user *u = (struct user *)be;
	pthread_mutex_lock(&u->lock);
	u->rx = rx;
	u->opaque = opaque;
	pthread_mutex_unlock(&u->lock);
}

static void user_close(struct net_backend *be)
{
	struct user *u = (struct user *)be;
	user_stop(be);
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
	free(u->sockbits);
	pthread_mutex_destroy(&u->lock);
	free(u);
}

const struct net_backend_ops net_backend_user = {
    .name = "user",
    .open = user_open,
    .start = user_start,
    .send = user_send,
    .stop = user_stop,
    .attach = user_attach,
    .close = user_close,
};
