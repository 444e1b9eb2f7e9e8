/* The user-mode network back end (libslirp) attacked from both sides,
 * with the guest played by this test (hand-made Ethernet/IP/TCP frames
 * fed to the back end, its frames read back) and host peers on 127.0.0.1:
 * - the guest reaches services bound to the host's loopback: through
 *   10.0.2.2, fec0::2, and frames addressed straight to 127.0.0.1, 0.0.0.0,
 *   ::1 and ::ffff:127.0.0.1; only host_loopback=on opens 10.0.2.2;
 * - hostfwd without an address listens on every host address;
 * - a host peer resets a connection the guest keeps sending on (the
 *   process must not die of SIGPIPE, which is left at its default here);
 * - the guest opens more host sockets (TCP connections) than its
 *   descriptor budget: the excess is refused with a RST, the process keeps
 *   descriptors for itself, and a hostfwd client waits while the budget is
 *   used. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "net/backend.h"
#include "util/fdbudget.h"
#include "util/opts.h"

#define MAXQ 512
#define FRAME_MAX 1600

static const uint8_t guest_mac[6] = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};
static const uint8_t guest_ip[4] = {10, 0, 2, 15};
static const uint8_t host_ip[4] = {10, 0, 2, 2};
static const uint8_t guest_ip6[16] = {0xfe, 0xc0, [15] = 0x15};

/* Frames the back end sent to the guest. */
struct inbox {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	uint8_t frame[MAXQ][FRAME_MAX];
	size_t len[MAXQ];
	unsigned head, n;
};

static struct inbox inbox = {.lock = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER};
static uint8_t gw_mac[6];

static void on_rx(void *opaque, const uint8_t *f, size_t len)
{
	(void)opaque;
	pthread_mutex_lock(&inbox.lock);
	if (inbox.n < MAXQ && len <= FRAME_MAX) {
		unsigned k = (inbox.head + inbox.n++) % MAXQ;
		memcpy(inbox.frame[k], f, len);
		inbox.len[k] = len;
		pthread_cond_broadcast(&inbox.cond);
	}
	pthread_mutex_unlock(&inbox.lock);
}

static void inbox_clear(void)
{
	pthread_mutex_lock(&inbox.lock);
	inbox.n = 0;
	pthread_mutex_unlock(&inbox.lock);
}

/* The next frame for the guest within ms, into f; its length or 0. */
static size_t next_frame(uint8_t *f, int ms)
{
	struct timespec dl;
	clock_gettime(CLOCK_REALTIME, &dl);
	dl.tv_sec += ms / 1000;
	dl.tv_nsec += (long)(ms % 1000) * 1000000;
	if (dl.tv_nsec >= 1000000000) {
		dl.tv_sec++;
		dl.tv_nsec -= 1000000000;
	}
	size_t len = 0;
	pthread_mutex_lock(&inbox.lock);
	while (!inbox.n && pthread_cond_timedwait(&inbox.cond, &inbox.lock, &dl) == 0)
		;
	if (inbox.n) {
		len = inbox.len[inbox.head];
		memcpy(f, inbox.frame[inbox.head], len);
		inbox.head = (inbox.head + 1) % MAXQ;
		inbox.n--;
	}
	pthread_mutex_unlock(&inbox.lock);
	return len;
}

static struct net_backend *open_user(const char *spec)
{
	struct opts o;
	char err[200] = "";
	if (opts_parse(&o, spec, true, err, sizeof(err)) < 0)
		return NULL;
	opts_positional(&o);
	struct net_backend *be = net_backend_user.open(&o, on_rx, NULL, err, sizeof(err));
	opts_free(&o);
	if (!be) {
		fprintf(stderr, "open %s: %s\n", spec, err);
		return NULL;
	}
	if (be->ops->start(be, err, sizeof(err)) < 0) {
		fprintf(stderr, "start %s: %s\n", spec, err);
		be->ops->close(be);
		return NULL;
	}
	inbox_clear();
	return be;
}

/* --- frames from the guest --- */

static void put16(uint8_t *p, unsigned v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
	put16(p, v >> 16);
	put16(p + 2, v & 0xffff);
}

static unsigned get16(const uint8_t *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static uint32_t get32(const uint8_t *p)
{
	return (uint32_t)get16(p) << 16 | get16(p + 2);
}

static uint32_t sum(const uint8_t *p, size_t n, uint32_t s)
{
	for (size_t k = 0; k + 1 < n; k += 2)
		s += get16(p + k);
	if (n & 1)
		s += (uint32_t)p[n - 1] << 8;
	return s;
}

static uint16_t fold(uint32_t s)
{
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

/* Learn the gateway's MAC (and let slirp learn ours). */
static bool arp(struct net_backend *be)
{
	uint8_t f[42] = {0};
	memset(f, 0xff, 6);
	memcpy(f + 6, guest_mac, 6);
	put16(f + 12, 0x0806);
	put16(f + 14, 1);
	put16(f + 16, 0x0800);
	f[18] = 6, f[19] = 4;
	put16(f + 20, 1);
	memcpy(f + 22, guest_mac, 6);
	memcpy(f + 28, guest_ip, 4);
	memcpy(f + 38, host_ip, 4);
	net_backend_send(be, f, sizeof(f));
	uint8_t r[FRAME_MAX];
	size_t n;
	while ((n = next_frame(r, 2000)) != 0)
		if (n >= 42 && get16(r + 12) == 0x0806 && get16(r + 20) == 2) {
			memcpy(gw_mac, r + 22, 6);
			return true;
		}
	return false;
}

/* A TCP segment from the guest (its 10.0.2.15 or fec0::15, port sport) to
 * dst:dport; dst is 4 or 16 bytes (IPv4 or IPv6). Returns the send result. */
static int tcp_send(struct net_backend *be, const uint8_t *dst, size_t dstlen, unsigned sport,
		    unsigned dport, uint32_t seq, uint32_t ack, uint8_t flags, const void *data,
		    size_t dlen)
{
	uint8_t f[FRAME_MAX] = {0};
	bool v6 = dstlen == 16;
	size_t iph = v6 ? 40 : 20, tlen = 20 + dlen;
	memcpy(f, gw_mac, 6);
	memcpy(f + 6, guest_mac, 6);
	put16(f + 12, v6 ? 0x86dd : 0x0800);
	uint8_t *ip = f + 14, *t = ip + iph;
	uint32_t ps;
	if (v6) {
		ip[0] = 0x60;
		put16(ip + 4, (unsigned)tlen);
		ip[6] = 6;
		ip[7] = 64;
		memcpy(ip + 8, guest_ip6, 16);
		memcpy(ip + 24, dst, 16);
		ps = sum(ip + 8, 32, 6 + (uint32_t)tlen);
	} else {
		ip[0] = 0x45;
		put16(ip + 2, (unsigned)(iph + tlen));
		ip[8] = 64;
		ip[9] = 6;
		memcpy(ip + 12, guest_ip, 4);
		memcpy(ip + 16, dst, 4);
		put16(ip + 10, fold(sum(ip, 20, 0)));
		ps = sum(ip + 12, 8, 6 + (uint32_t)tlen);
	}
	put16(t, sport);
	put16(t + 2, dport);
	put32(t + 4, seq);
	put32(t + 8, ack);
	t[12] = 5 << 4;
	t[13] = flags;
	put16(t + 14, 65535);
	memcpy(t + 20, data, dlen);
	put16(t + 16, fold(sum(t, tlen, ps)));
	return net_backend_send(be, f, 14 + iph + tlen);
}

#define SYN 0x02
#define RST 0x04
#define PSH 0x08
#define ACK 0x10

/* A TCP segment to the guest's port gport: its flags, seq and ack. */
struct seg {
	uint8_t flags;
	uint32_t seq, ack;
};

static bool tcp_parse(const uint8_t *f, size_t n, unsigned gport, struct seg *s)
{
	const uint8_t *t;
	if (n >= 14 + 40 && get16(f + 12) == 0x0800 && f[14 + 9] == 6)
		t = f + 14 + (f[14] & 15) * 4;
	else if (n >= 14 + 60 && get16(f + 12) == 0x86dd && f[14 + 6] == 6)
		t = f + 14 + 40;
	else
		return false;
	if (t + 20 > f + n || get16(t + 2) != gport)
		return false;
	s->flags = t[13];
	s->seq = get32(t + 4);
	s->ack = get32(t + 8);
	return true;
}

/* Wait for the answer to the guest's port gport: a TCP segment (true) or
 * nothing within ms (false). Other frames are skipped. */
static bool tcp_answer(unsigned gport, int ms, struct seg *s)
{
	uint8_t f[FRAME_MAX];
	size_t n;
	while ((n = next_frame(f, ms)) != 0)
		if (tcp_parse(f, n, gport, s))
			return true;
	return false;
}

/* --- host side --- */

static int listener(const char *addr, int *port)
{
	int fd = socket(strchr(addr, ':') ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_storage ss = {0};
	socklen_t len;
	if (strchr(addr, ':')) {
		struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
		a->sin6_family = AF_INET6;
		inet_pton(AF_INET6, addr, &a->sin6_addr);
		len = sizeof(*a);
	} else {
		struct sockaddr_in *a = (struct sockaddr_in *)&ss;
		a->sin_family = AF_INET;
		inet_pton(AF_INET, addr, &a->sin_addr);
		len = sizeof(*a);
	}
	if (fd < 0 || bind(fd, (struct sockaddr *)&ss, len) < 0 || listen(fd, 4096) < 0) {
		if (!strchr(addr, ':')) { /* IPv6 may be off on the host */
			perror("listener");
			exit(1);
		}
		if (fd >= 0)
			close(fd);
		return -1;
	}
	getsockname(fd, (struct sockaddr *)&ss, &len);
	*port = ntohs(((struct sockaddr_in *)&ss)->sin_port); /* same offset for v6 */
	return fd;
}

/* A connection waiting on lfd within ms, accepted; -1 when none. */
static int accept_within(int lfd, int ms)
{
	struct pollfd p = {.fd = lfd, .events = POLLIN};
	if (poll(&p, 1, ms) <= 0)
		return -1;
	return accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
}

static int free_tcp_port(void)
{
	int port, fd = listener("127.0.0.1", &port);
	close(fd);
	return port;
}

/* The address the host socket listening on TCP port `port` is bound to,
 * from /proc/net/tcp ("0100007F" for 127.0.0.1), into addr. */
static bool listen_address(int port, char addr[9])
{
	FILE *f = fopen("/proc/net/tcp", "r");
	char line[256];
	bool found = false;
	while (f && fgets(line, sizeof(line), f)) {
		unsigned p, st;
		char a[9];
		if (sscanf(line, " %*u: %8[0-9A-F]:%x %*[0-9A-F]:%*x %x", a, &p, &st) == 3 &&
		    (int)p == port && st == 0x0a) {
			memcpy(addr, a, 9);
			found = true;
		}
	}
	if (f)
		fclose(f);
	return found;
}

/* --- the attacks --- */

static uint8_t v4(uint8_t a, uint8_t b, uint8_t c, uint8_t d, uint8_t out[4])
{
	out[0] = a, out[1] = b, out[2] = c, out[3] = d;
	return 0;
}

/* The guest asks for dst:port from source port gport: did the host
 * listener get the connection? A refused request must get an answer (RST
 * or ICMP) rather than silence, so the guest fails at once. */
static bool reaches(struct net_backend *be, int lfd, const uint8_t *dst, size_t dlen, int port,
		    unsigned gport)
{
	tcp_send(be, dst, dlen, gport, (unsigned)port, 1000, 0, SYN, NULL, 0);
	int c = accept_within(lfd, 400);
	if (c >= 0) {
		close(c);
		return true;
	}
	return false;
}

static void test_host_loopback(void)
{
	int port, lfd = listener("127.0.0.1", &port);
	int port6, lfd6 = listener("::1", &port6);
	uint8_t a[4], a6[16] = {0};
	struct seg s;

	struct net_backend *be = open_user("user");
	CHECK(be && arp(be));
	if (!be)
		return;
	/* 10.0.2.2 is the host, but not its loopback. */
	CHECK(!reaches(be, lfd, host_ip, 4, port, 40001));
	/* Straight to the host's loopback, bypassing the alias: refused
	 * with a RST at once. */
	inbox_clear();
	v4(127, 0, 0, 1, a);
	CHECK(!reaches(be, lfd, a, 4, port, 40002));
	CHECK(tcp_answer(40002, 500, &s) && (s.flags & RST) && s.ack == 1001);
	int port2, lfd2 = listener("127.1.2.3", &port2);
	v4(127, 1, 2, 3, a);
	CHECK(!reaches(be, lfd2, a, 4, port2, 40003));
	close(lfd2);
	v4(0, 0, 0, 0, a);
	CHECK(!reaches(be, lfd, a, 4, port, 40004));
	uint8_t fec2[16] = {0xfe, 0xc0, [15] = 2}; /* the IPv6 host alias */
	if (lfd6 >= 0) {
		a6[15] = 1; /* ::1 */
		inbox_clear();
		CHECK(!reaches(be, lfd6, a6, 16, port6, 40005));
		CHECK(tcp_answer(40005, 500, &s) && (s.flags & RST) && s.ack == 1001);
		uint8_t mapped[16] = {[10] = 0xff, [11] = 0xff, 127, 0, 0, 1};
		CHECK(!reaches(be, lfd, mapped, 16, port, 40006));
		CHECK(!reaches(be, lfd6, fec2, 16, port6, 40007));
	} else {
		fprintf(stderr, "no IPv6 on this host: IPv6 checks skipped\n");
	}
	be->ops->close(be);

	/* The option opens the alias (and only it leads to the loopback). */
	be = open_user("user,host_loopback=on");
	CHECK(be && arp(be));
	if (be) {
		CHECK(reaches(be, lfd, host_ip, 4, port, 40011));
		if (lfd6 >= 0)
			CHECK(reaches(be, lfd6, fec2, 16, port6, 40012));
		be->ops->close(be);
	}
	close(lfd);
	if (lfd6 >= 0)
		close(lfd6);
}

static void test_hostfwd_address(void)
{
	int p1 = free_tcp_port(), p2 = free_tcp_port();
	char spec[160], addr[9];
	snprintf(spec, sizeof(spec), "user,hostfwd=tcp::%d-:80,hostfwd=tcp:0.0.0.0:%d-:81", p1, p2);
	struct net_backend *be = open_user(spec);
	CHECK(be != NULL);
	if (!be)
		return;
	/* No address: loopback only. */
	CHECK(listen_address(p1, addr) && strcmp(addr, "0100007F") == 0);
	/* An address given is used as given. */
	CHECK(listen_address(p2, addr) && strcmp(addr, "00000000") == 0);
	be->ops->close(be);
}

/* A guest connection to a host service, both sides sending: the host
 * peer fills the connection towards the guest (which reads nothing), then
 * resets it (SO_LINGER 0) while the guest keeps sending, as a client that
 * quits early does (`curl | head` through hostfwd). Without care, slirp's
 * next write to that socket raises SIGPIPE and kills the process. */
static void test_peer_reset(void)
{
	int port, lfd = listener("127.0.0.1", &port);
	struct net_backend *be = open_user("user,host_loopback=on");
	CHECK(be && arp(be));
	if (!be)
		return;
	static uint8_t chunk[1400];
	static char big[1 << 20];
	memset(chunk, 'x', sizeof(chunk));
	for (unsigned round = 0; round < 6; round++) {
		unsigned gport = 41000 + round;
		uint32_t seq = 5000;
		struct seg s;
		tcp_send(be, host_ip, 4, gport, (unsigned)port, seq, 0, SYN, NULL, 0);
		bool up = tcp_answer(gport, 2000, &s) && s.flags == (SYN | ACK);
		CHECK(up);
		if (!up)
			break;
		seq++;
		uint32_t ack = s.seq + 1;
		tcp_send(be, host_ip, 4, gport, (unsigned)port, seq, ack, ACK, NULL, 0);
		int c = accept_within(lfd, 2000);
		CHECK(c >= 0);
		if (c < 0)
			break;
		fcntl(c, F_SETFL, O_NONBLOCK);
		CHECK(send(c, big, sizeof(big), MSG_NOSIGNAL) > 0);
		for (unsigned k = 0; k < 60; k++) {
			tcp_send(be, host_ip, 4, gport, (unsigned)port, seq, ack, ACK | PSH, chunk,
				 sizeof(chunk));
			seq += sizeof(chunk);
			if (k == 10 + round && c >= 0) {
				struct linger l = {1, 0};
				setsockopt(c, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
				close(c);
				c = -1;
			}
			usleep(500 * (round % 3));
		}
		if (c >= 0)
			close(c);
		inbox_clear();
	}
	/* The host peer ends its side first (FIN) and leaves; its kernel
	 * answers the guest's next bytes with a RST, and slirp's write after
	 * that fails with EPIPE at once (the socket was half-closed). */
	for (unsigned round = 0; round < 3; round++) {
		unsigned gport = 42000 + round;
		uint32_t seq = 9000;
		struct seg s;
		tcp_send(be, host_ip, 4, gport, (unsigned)port, seq, 0, SYN, NULL, 0);
		bool up = tcp_answer(gport, 2000, &s) && s.flags == (SYN | ACK);
		CHECK(up);
		if (!up)
			break;
		seq++;
		uint32_t ack = s.seq + 1;
		tcp_send(be, host_ip, 4, gport, (unsigned)port, seq, ack, ACK, NULL, 0);
		int c = accept_within(lfd, 2000);
		CHECK(c >= 0);
		if (c < 0)
			break;
		shutdown(c, SHUT_WR);
		usleep(100000);
		close(c);
		for (unsigned k = 0; k < 4; k++) {
			tcp_send(be, host_ip, 4, gport, (unsigned)port, seq, ack, ACK | PSH, chunk,
				 sizeof(chunk));
			seq += sizeof(chunk);
			usleep(50000);
		}
		inbox_clear();
	}
	be->ops->close(be);
	close(lfd);
}

/* Descriptors the process holds. */
static unsigned open_fds(void)
{
	unsigned n = 0;
	for (int fd = 0; fd < (int)fd_budget_limit(); fd++)
		if (fcntl(fd, F_GETFD) >= 0)
			n++;
	return n;
}

static void test_socket_budget(void)
{
	/* A small limit, as `ulimit -n` gives: 600 -> the guest's descriptors
	 * stay below 344, one device holds at most 172. */
	struct rlimit old, rl;
	getrlimit(RLIMIT_NOFILE, &old);
	rl = old;
	rl.rlim_cur = 600;
	CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
	int port, lfd = listener("127.0.0.1", &port);
	int fwd = free_tcp_port();
	char spec[120];
	snprintf(spec, sizeof(spec), "user,host_loopback=on,hostfwd=tcp:127.0.0.1:%d-:80", fwd);
	struct net_backend *be = open_user(spec);
	CHECK(be && arp(be));
	if (!be)
		return;
	unsigned share = fd_budget_device_share();
	CHECK(share == 172);

	/* 400 connection requests: each one the back end passes costs a host
	 * socket (the listener's backlog holds the connections). */
	unsigned passed = 0, refused = 0, silent = 0;
	for (unsigned k = 0; k < 400; k++) {
		struct seg s;
		unsigned gport = 20000 + k;
		tcp_send(be, host_ip, 4, gport, (unsigned)port, 77, 0, SYN, NULL, 0);
		if (!tcp_answer(gport, 2000, &s))
			silent++;
		else if (s.flags == (SYN | ACK))
			passed++;
		else if ((s.flags & RST) && s.ack == 78)
			refused++;
	}
	CHECK(passed == share);
	CHECK(refused == 400 - share);
	CHECK(silent == 0);
	/* The process keeps its own descriptors. */
	CHECK(open_fds() < fd_budget_ceiling());
	int probe = dup(lfd);
	CHECK(probe >= 0);
	if (probe >= 0)
		close(probe);

	/* A host client of hostfwd waits while the budget is used: no
	 * connection reaches the guest (no SYN to its port 80)... */
	int cl = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)fwd)};
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	CHECK(connect(cl, (struct sockaddr *)&a, sizeof(a)) == 0); /* the backlog */
	inbox_clear();
	uint8_t f[FRAME_MAX];
	bool syn_to_guest = false;
	size_t n;
	while ((n = next_frame(f, 1500)) != 0) {
		struct seg s;
		if (tcp_parse(f, n, 80, &s) && s.flags == SYN)
			syn_to_guest = true;
	}
	CHECK(!syn_to_guest);
	/* ...and gets through once guest connections are gone: RST them. */
	for (unsigned k = 0; k < 400; k++)
		tcp_send(be, host_ip, 4, 20000 + k, (unsigned)port, 78, 0, RST, NULL, 0);
	while ((n = next_frame(f, 3000)) != 0) {
		struct seg s;
		if (tcp_parse(f, n, 80, &s) && s.flags == SYN) {
			syn_to_guest = true;
			break;
		}
	}
	CHECK(syn_to_guest);
	close(cl);
	be->ops->close(be);
	close(lfd);

	/* The ceiling holds whatever the device counts: with every
	 * descriptor below it taken, a request is refused. */
	be = open_user("user,host_loopback=on");
	CHECK(be && arp(be));
	lfd = listener("127.0.0.1", &port);
	int held[700], nheld = 0;
	for (;;) {
		int fd = dup(lfd);
		if (fd < 0)
			break;
		held[nheld++] = fd;
		if ((unsigned)fd + 1 >= fd_budget_ceiling())
			break;
	}
	struct seg s;
	tcp_send(be, host_ip, 4, 30000, (unsigned)port, 5, 0, SYN, NULL, 0);
	CHECK(tcp_answer(30000, 2000, &s) && (s.flags & RST));
	CHECK(accept_within(lfd, 300) < 0);
	while (nheld)
		close(held[--nheld]);
	tcp_send(be, host_ip, 4, 30001, (unsigned)port, 5, 0, SYN, NULL, 0);
	CHECK(tcp_answer(30001, 2000, &s) && s.flags == (SYN | ACK));
	if (be)
		be->ops->close(be);
	close(lfd);
	setrlimit(RLIMIT_NOFILE, &old);
}

int main(void)
{
	/* The library must not rely on the CLI ignoring SIGPIPE. */
	signal(SIGPIPE, SIG_DFL);
	test_host_loopback();
	test_hostfwd_address();
	test_peer_reset();
	test_socket_budget();
	CHECK_DONE();
}
