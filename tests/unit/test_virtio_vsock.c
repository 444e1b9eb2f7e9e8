/* virtio-vsock unit test, driving the device as a driver would through its
 * MMIO registers and rings in guest RAM, with the host side on real unix
 * sockets: identity and config (CID), CONNECT from the host (REQUEST,
 * RESPONSE, "OK <port>", early data kept, a client without its line
 * closed after a timeout), credit flow control both ways
 * (the device stops at the guest's buf_alloc and resumes on CREDIT_UPDATE;
 * it reports fwd_cnt as it consumes; a guest beyond its credit is reset),
 * guest connections to PATH_<port> (RESPONSE, data, half-close, RST when
 * nobody listens), malformed packets (short, len beyond the buffer or the
 * limit, bad type or op, forged CIDs, unknown connections): RST or dropped,
 * never a broken device; the connection limit; a device reset closes the
 * host sockets; a save/load round trip (CID, TRANSPORT_RESET event, rx
 * held until the guest handled it) and refused states. Host peers that go
 * away early (SIGPIPE is left at its default: the process must not die)
 * and a process whose descriptors below the budget's ceiling are all
 * taken (connections refused both ways, the device keeps working). */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "util/fdbudget.h"
#include "virtio/devices.h"
#include "virtio/vsock.h"
#include "virtio_rig.h"

#define SLOT 3
#define BASE (VIRT_VIRTIO_BASE + SLOT * VIRT_VIRTIO_SIZE)
#define RAM VM_RAM_BASE
#define QN 32
#define RXBUF(i) (RAM + 0x100000 + (uint64_t)(i)*0x2000) /* hdr at +0, data at +0x100 */
#define RX_DATA 4096
#define TXHDR (RAM + 0x200000)
#define TXDATA (RAM + 0x210000)
#define EVBUF (RAM + 0x300000)
#define HDR 44
#define CID 3

enum {
	OP_REQUEST = 1,
	OP_RESPONSE,
	OP_RST,
	OP_SHUTDOWN,
	OP_RW,
	OP_CREDIT_UPDATE,
	OP_CREDIT_REQUEST
};

struct hdr {
	uint64_t src_cid, dst_cid;
	uint32_t src_port, dst_port, len;
	uint16_t type, op;
	uint32_t flags, buf_alloc, fwd_cnt;
};

static char dir[] = "/tmp/rvisor-test-vsock-XXXXXX";
static char path[128];

static void encode(const struct hdr *h, uint8_t *p)
{
	memcpy(p + 0, &h->src_cid, 8);
	memcpy(p + 8, &h->dst_cid, 8);
	memcpy(p + 16, &h->src_port, 4);
	memcpy(p + 20, &h->dst_port, 4);
	memcpy(p + 24, &h->len, 4);
	memcpy(p + 28, &h->type, 2);
	memcpy(p + 30, &h->op, 2);
	memcpy(p + 32, &h->flags, 4);
	memcpy(p + 36, &h->buf_alloc, 4);
	memcpy(p + 40, &h->fwd_cnt, 4);
}

static void decode(const uint8_t *p, struct hdr *h)
{
	memcpy(&h->src_cid, p + 0, 8);
	memcpy(&h->dst_cid, p + 8, 8);
	memcpy(&h->src_port, p + 16, 4);
	memcpy(&h->dst_port, p + 20, 4);
	memcpy(&h->len, p + 24, 4);
	memcpy(&h->type, p + 28, 2);
	memcpy(&h->op, p + 30, 2);
	memcpy(&h->flags, p + 32, 4);
	memcpy(&h->buf_alloc, p + 36, 4);
	memcpy(&h->fwd_cnt, p + 40, 4);
}

/* Rx buffers as Linux 6.1 posts them: a 44-byte header descriptor and a
 * 4 KiB data descriptor, both device-writable. Slot i uses descriptors
 * 2i, 2i+1. */
static void post_rx(struct rig *r, bool kick)
{
	unsigned i = r->d.avail[0] % (QN / 2);
	rig_put_desc(r, 0, 2 * i, RXBUF(i), HDR, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT,
		     (uint16_t)(2 * i + 1));
	rig_put_desc(r, 0, 2 * i + 1, RXBUF(i) + 0x100, RX_DATA, VIRTQ_DESC_F_WRITE, 0);
	if (kick)
		rig_offer(r, 0, (uint16_t)(2 * i));
	else
		rig_post(r, 0, (uint16_t)(2 * i));
}

static void vsock_open(struct rig *r, const char *opts)
{
	rig_open(r, SLOT, NULL, -1, -1);
	struct vdev_ctx ctx = {0};
	CHECK(virtio_vsock_create(r->b, SLOT, opts, &ctx) == 0);
	r->t = rig_transport(r->b, 0);
	CHECK(r->t != NULL);
}

/* Linux's order: the rx buffers and the event buffer are offered before
 * DRIVER_OK. */
static void driver_init(struct rig *r)
{
	uint64_t drv = (1ULL << VIRTIO_F_VERSION_1) | (1ULL << VIRTIO_F_RING_EVENT_IDX);
	CHECK(rig_negotiate(r, drv) & VIRTIO_STATUS_FEATURES_OK);
	rig_queues(r, 3, QN);
	rig_wr(r, VIRTIO_MMIO_QUEUE_SEL, 3);
	CHECK_EQ_U64(rig_rd(r, VIRTIO_MMIO_QUEUE_NUM_MAX), 0); /* three queues only */
	for (unsigned k = 0; k < QN / 2; k++)
		post_rx(r, false);
	rig_put_desc(r, 2, 0, EVBUF, 4, VIRTQ_DESC_F_WRITE, 0);
	rig_post(r, 2, 0);
	rig_driver_ok(r);
}

/* The next packet the device put on rx, within ms milliseconds: returns
 * its used length (header included) with h and up to cap payload bytes
 * filled, or -1. The buffer is offered again. */
static long rx_packet(struct rig *r, struct hdr *h, void *payload, size_t cap, int ms)
{
	uint32_t id, len;
	if (!rig_next_used(r, 0, &id, &len, ms))
		return -1;
	CHECK(id % 2 == 0 && id < QN);
	CHECK(len >= HDR && len <= HDR + RX_DATA);
	uint8_t raw[HDR];
	rig_get(r, RXBUF(id / 2), raw, HDR);
	decode(raw, h);
	CHECK_EQ_U64(len, HDR + h->len);
	if (payload && h->len <= cap)
		rig_get(r, RXBUF(id / 2) + 0x100, payload, h->len);
	post_rx(r, true);
	return (long)len;
}

/* A packet from the guest: the header and payload in their own
 * descriptors (read_len = 44 + chain_payload), processed before return. */
static void tx_raw(struct rig *r, const struct hdr *h, const void *payload, uint32_t chain_payload)
{
	uint8_t raw[HDR];
	encode(h, raw);
	rig_put(r, TXHDR, raw, HDR);
	if (chain_payload) {
		if (payload)
			rig_put(r, TXDATA, payload, chain_payload);
		rig_put_desc(r, 1, 0, TXHDR, HDR, VIRTQ_DESC_F_NEXT, 1);
		rig_put_desc(r, 1, 1, TXDATA, chain_payload, 0, 0);
	} else {
		rig_put_desc(r, 1, 0, TXHDR, HDR, 0, 0);
	}
	CHECK(rig_process(r, 1, 0) >= 0);
}

static struct hdr guest_hdr(uint32_t gport, uint32_t hport, uint16_t op, uint32_t len)
{
	return (struct hdr){.src_cid = CID,
			    .dst_cid = 2,
			    .src_port = gport,
			    .dst_port = hport,
			    .len = len,
			    .type = 1,
			    .op = op,
			    .buf_alloc = 256 << 10};
}

static void tx(struct rig *r, uint32_t gport, uint32_t hport, uint16_t op, const void *p,
	       uint32_t len)
{
	struct hdr h = guest_hdr(gport, hport, op, len);
	tx_raw(r, &h, p, len);
}

static int unix_connect(const char *p)
{
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_un a = {.sun_family = AF_UNIX};
	CHECK(strlen(p) < sizeof(a.sun_path));
	memcpy(a.sun_path, p, strlen(p));
	CHECK(fd >= 0 && connect(fd, (struct sockaddr *)&a, sizeof(a)) == 0);
	return fd;
}

static int unix_listen(const char *p)
{
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_un a = {.sun_family = AF_UNIX};
	CHECK(strlen(p) < sizeof(a.sun_path));
	memcpy(a.sun_path, p, strlen(p));
	unlink(p);
	CHECK(fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0 && listen(fd, 4) == 0);
	return fd;
}

/* Read exactly n bytes within 2 s (or what came before EOF). */
static size_t read_n(int fd, void *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		struct pollfd p = {.fd = fd, .events = POLLIN};
		if (poll(&p, 1, 2000) <= 0)
			break;
		ssize_t k = read(fd, (char *)buf + got, n - got);
		if (k <= 0)
			break;
		got += (size_t)k;
	}
	return got;
}

/* True when the peer closed fd (EOF or reset) within ms milliseconds. */
static bool closed_within(int fd, int ms)
{
	char c;
	struct pollfd p = {.fd = fd, .events = POLLIN};
	if (poll(&p, 1, ms) <= 0)
		return false;
	return read(fd, &c, 1) <= 0;
}

static bool closed(int fd)
{
	return closed_within(fd, 2000);
}

/* A connection waiting on lfd (accepted and closed), or -1. */
static int accept_nonblock(int lfd)
{
	struct pollfd p = {.fd = lfd, .events = POLLIN};
	if (poll(&p, 1, 200) <= 0)
		return -1;
	int fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
	if (fd >= 0)
		close(fd);
	return fd;
}

static bool broken(struct rig *r)
{
	return rig_rd(r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET;
}

static void test_identity(void)
{
	struct rig r;
	char opts[256];
	snprintf(opts, sizeof(opts), "cid=%u,socket=%s", 0x12345678u, path);
	vsock_open(&r, opts);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_DEVICE_ID), 19);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG), 0x12345678u);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 4), 0);
	uint64_t v = 0;
	CHECK(bus_read(&r.vm->bus, BASE + VIRTIO_MMIO_CONFIG, 8, &v) && v == 0x12345678u);
	CHECK(bus_read(&r.vm->bus, BASE + VIRTIO_MMIO_CONFIG + 1, 1, &v) && v == 0x56);
	CHECK(access(path, F_OK) == 0);
	rig_close(&r);
	CHECK(access(path, F_OK) != 0); /* removed with the device */
}

/* Host CONNECT: returns the unix fd and the host port; *r has the
 * established connection to guest port 5000 with guest buf_alloc ba. */
static int host_open(struct rig *r, uint32_t *hport, uint32_t ba, const char *early)
{
	int fd = unix_connect(path);
	char line[64];
	snprintf(line, sizeof(line), "CONNECT 5000\n%s", early);
	CHECK(write(fd, line, strlen(line)) == (ssize_t)strlen(line));
	struct hdr h;
	CHECK(rx_packet(r, &h, NULL, 0, 2000) == HDR);
	CHECK_EQ_U64(h.op, OP_REQUEST);
	CHECK_EQ_U64(h.src_cid, 2);
	CHECK_EQ_U64(h.dst_cid, CID);
	CHECK_EQ_U64(h.dst_port, 5000);
	CHECK_EQ_U64(h.type, 1);
	CHECK_EQ_U64(h.buf_alloc, VSOCK_BUF_ALLOC);
	CHECK(h.src_port >= VSOCK_LOCAL_PORT_FIRST);
	*hport = h.src_port;
	struct hdr resp = guest_hdr(5000, h.src_port, OP_RESPONSE, 0);
	resp.buf_alloc = ba;
	tx_raw(r, &resp, NULL, 0);
	char ok[32];
	snprintf(line, sizeof(line), "OK %u\n", h.src_port);
	size_t n = read_n(fd, ok, strlen(line));
	CHECK(n == strlen(line) && memcmp(ok, line, n) == 0);
	return fd;
}

static void test_host_connect(void)
{
	struct rig r;
	char opts[256];
	snprintf(opts, sizeof(opts), "cid=%d,socket=%s", CID, path);
	vsock_open(&r, opts);
	driver_init(&r);

	/* Bytes sent right after the CONNECT line reach the guest. */
	uint32_t hp;
	int fd = host_open(&r, &hp, 8192, "early");
	struct hdr h;
	char buf[70000];
	CHECK(rx_packet(&r, &h, buf, sizeof(buf), 2000) == HDR + 5);
	CHECK(h.op == OP_RW && h.src_port == hp && h.dst_port == 5000 &&
	      memcmp(buf, "early", 5) == 0);

	/* The guest's credit (8192) bounds what is sent until it updates. */
	static char big[10000];
	memset(big, 'x', sizeof(big));
	CHECK(write(fd, big, sizeof(big)) == (ssize_t)sizeof(big));
	uint32_t got = 0;
	long n;
	while ((n = rx_packet(&r, &h, NULL, 0, 300)) > 0) {
		CHECK_EQ_U64(h.op, OP_RW);
		got += h.len;
	}
	CHECK_EQ_U64(got, 8192 - 5);
	struct hdr cu = guest_hdr(5000, hp, OP_CREDIT_UPDATE, 0);
	cu.buf_alloc = 8192;
	cu.fwd_cnt = 8192; /* the guest consumed everything */
	tx_raw(&r, &cu, NULL, 0);
	while ((n = rx_packet(&r, &h, NULL, 0, 300)) > 0)
		got += h.len;
	CHECK_EQ_U64(got, sizeof(big));

	/* Guest -> host, and the device's credit reports: fwd_cnt comes back
	 * in a CREDIT_UPDATE once a quarter of buf_alloc was consumed. */
	static uint8_t chunk[4096];
	for (int k = 0; k < 17; k++) {
		memset(chunk, 'a' + k, sizeof(chunk));
		struct hdr rw = guest_hdr(5000, hp, OP_RW, sizeof(chunk));
		rw.buf_alloc = 8192;
		rw.fwd_cnt = 5 + (uint32_t)sizeof(big); /* everything read */
		tx_raw(&r, &rw, chunk, sizeof(chunk));
	}
	static uint8_t in[17 * 4096];
	CHECK(read_n(fd, in, sizeof(in)) == sizeof(in));
	CHECK(in[0] == 'a' && in[16 * 4096] == 'a' + 16);
	bool update = false;
	while (rx_packet(&r, &h, NULL, 0, 500) > 0)
		if (h.op == OP_CREDIT_UPDATE && h.fwd_cnt >= VSOCK_BUF_ALLOC / 4)
			update = true;
	CHECK(update);
	/* CREDIT_REQUEST is answered with the current fwd_cnt. */
	tx(&r, 5000, hp, OP_CREDIT_REQUEST, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR);
	CHECK(h.op == OP_CREDIT_UPDATE && h.fwd_cnt == 17 * 4096);

	/* Host half-close: SHUTDOWN(SEND); the guest's close: RST, EOF. */
	shutdown(fd, SHUT_WR);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR);
	CHECK(h.op == OP_SHUTDOWN && h.flags == 2);
	struct hdr sd = guest_hdr(5000, hp, OP_SHUTDOWN, 0);
	sd.flags = 3;
	tx_raw(&r, &sd, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR);
	CHECK(h.op == OP_RST && h.dst_port == 5000 && h.src_port == hp);
	CHECK(closed(fd));
	close(fd);

	/* A guest beyond its credit is reset: the host does not read, so
	 * the device's buffer (and the socket's) fills up. */
	fd = host_open(&r, &hp, 1 << 20, "");
	bool reset = false;
	memset(chunk, 'z', sizeof(chunk));
	for (int k = 0; k < 512 && !reset; k++) {
		tx(&r, 5000, hp, OP_RW, chunk, sizeof(chunk));
		while (rx_packet(&r, &h, NULL, 0, 0) > 0)
			reset |= h.op == OP_RST;
	}
	CHECK(reset);
	CHECK(!broken(&r));
	close(fd);

	/* Refused by the guest (RST to the REQUEST): the host socket closes
	 * without "OK". */
	fd = unix_connect(path);
	CHECK(write(fd, "CONNECT 7\n", 10) == 10);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR && h.op == OP_REQUEST && h.dst_port == 7);
	tx(&r, 7, h.src_port, OP_RST, NULL, 0);
	CHECK(closed(fd));
	close(fd);

	/* Malformed CONNECT lines: closed, nothing sent to the guest. */
	static const char *bad[] = {
	    "CONNECT x\n", "CONNECT 5000 1\n",	    "CONNECT \n",
	    "HELLO 1\n",   "CONNECT 99999999999\n", "CONNECT 12345678901234567890123456\n"};
	for (unsigned k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		fd = unix_connect(path);
		CHECK(write(fd, bad[k], strlen(bad[k])) == (ssize_t)strlen(bad[k]));
		CHECK(closed(fd));
		close(fd);
	}
	fd = unix_connect(path);
	CHECK(write(fd, "CONNECT 5", 9) == 9);
	shutdown(fd, SHUT_WR); /* EOF before the newline */
	CHECK(closed(fd));
	close(fd);
	CHECK(rx_packet(&r, &h, NULL, 0, 200) == -1);

	/* The connection limit: the one too many is closed at once. */
	int fds[VSOCK_MAX_CONNS + 1];
	for (unsigned k = 0; k < VSOCK_MAX_CONNS; k++)
		fds[k] = unix_connect(path);
	usleep(100000);
	fds[VSOCK_MAX_CONNS] = unix_connect(path);
	CHECK(closed(fds[VSOCK_MAX_CONNS]));
	for (unsigned k = 0; k <= VSOCK_MAX_CONNS; k++)
		close(fds[k]);
	usleep(500000); /* the host thread sees the EOFs and frees the slots */

	/* A device reset closes every host connection. */
	fd = host_open(&r, &hp, 8192, "");
	rig_wr(&r, VIRTIO_MMIO_STATUS, 0);
	CHECK(closed(fd));
	close(fd);
	rig_close(&r);
}

static void test_guest_connect(void)
{
	struct rig r;
	char opts[256], p6000[160];
	snprintf(opts, sizeof(opts), "cid=%d,socket=%s", CID, path);
	snprintf(p6000, sizeof(p6000), "%s_6000", path);
	vsock_open(&r, opts);
	driver_init(&r);
	int lfd = unix_listen(p6000);
	/* A host client that never completes its CONNECT line (checked at
	 * the end: it is closed after VSOCK_HANDSHAKE_SECONDS). */
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int idle = unix_connect(path);
	CHECK(write(idle, "CONN", 4) == 4);

	tx(&r, 1234, 6000, OP_REQUEST, NULL, 0);
	struct hdr h;
	char buf[4096];
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR);
	CHECK(h.op == OP_RESPONSE && h.src_port == 6000 && h.dst_port == 1234 && h.dst_cid == CID);
	int fd = accept(lfd, NULL, NULL);
	CHECK(fd >= 0);
	tx(&r, 1234, 6000, OP_RW, "hello", 5);
	CHECK(read_n(fd, buf, 5) == 5 && memcmp(buf, "hello", 5) == 0);
	CHECK(write(fd, "world", 5) == 5);
	CHECK(rx_packet(&r, &h, buf, sizeof(buf), 2000) == HDR + 5);
	CHECK(h.op == OP_RW && memcmp(buf, "world", 5) == 0);
	/* Guest half-close: the host reads EOF, then answers; the host's
	 * close completes the connection (RST). */
	struct hdr sd = guest_hdr(1234, 6000, OP_SHUTDOWN, 0);
	sd.flags = 2;
	tx_raw(&r, &sd, NULL, 0);
	CHECK(read_n(fd, buf, 1) == 0);
	CHECK(write(fd, "bye", 3) == 3);
	close(fd);
	CHECK(rx_packet(&r, &h, buf, sizeof(buf), 2000) == HDR + 3);
	CHECK(h.op == OP_RW && memcmp(buf, "bye", 3) == 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR);
	CHECK(h.op == OP_SHUTDOWN && h.flags == 2);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR);
	CHECK(h.op == OP_RST && h.dst_port == 1234);
	/* Now unknown: data for it is answered with RST. */
	tx(&r, 1234, 6000, OP_RW, "late", 4);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR && h.op == OP_RST);

	/* Nobody listens on PATH_6001: RST. */
	tx(&r, 1235, 6001, OP_REQUEST, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR);
	CHECK(h.op == OP_RST && h.src_port == 6001 && h.dst_port == 1235);

	CHECK(closed_within(idle, (VSOCK_HANDSHAKE_SECONDS + 3) * 1000));
	clock_gettime(CLOCK_MONOTONIC, &t1);
	CHECK(t1.tv_sec - t0.tv_sec >= VSOCK_HANDSHAKE_SECONDS - 1);
	close(idle);
	close(lfd);
	unlink(p6000);
	rig_close(&r);
}

static void test_bad_packets(void)
{
	struct rig r;
	char opts[256];
	snprintf(opts, sizeof(opts), "cid=%d,socket=%s", CID, path);
	vsock_open(&r, opts);
	driver_init(&r);
	struct hdr h, g;

	/* Shorter than a header: dropped. */
	rig_put_desc(&r, 1, 0, TXHDR, 20, 0, 0);
	rig_offer(&r, 1, 0);
	virtio_mmio_drain(r.t);
	CHECK_EQ_U64(rig_get16(&r, RIG_USED(1) + 2), 1);
	CHECK(rx_packet(&r, &h, NULL, 0, 100) == -1);

	/* len beyond the chain, beyond the limit (the chain is long enough). */
	g = guest_hdr(1000, 6000, OP_REQUEST, 100);
	tx_raw(&r, &g, NULL, 10);
	CHECK(rx_packet(&r, &h, NULL, 0, 1000) == HDR && h.op == OP_RST && h.dst_port == 1000);
	g = guest_hdr(1001, 6000, OP_RW, VSOCK_MAX_PAYLOAD + 1);
	tx_raw(&r, &g, NULL, VSOCK_MAX_PAYLOAD + 1);
	CHECK(rx_packet(&r, &h, NULL, 0, 1000) == HDR && h.op == OP_RST && h.dst_port == 1001);
	/* Seqpacket type, unknown op, INVALID op. */
	g = guest_hdr(1002, 6000, OP_REQUEST, 0);
	g.type = 2;
	tx_raw(&r, &g, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 1000) == HDR && h.op == OP_RST && h.dst_port == 1002);
	g = guest_hdr(1003, 6000, 99, 0);
	tx_raw(&r, &g, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 1000) == HDR && h.op == OP_RST && h.dst_port == 1003);
	g = guest_hdr(1004, 6000, 0, 0);
	tx_raw(&r, &g, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 1000) == HDR && h.op == OP_RST && h.dst_port == 1004);
	/* Forged source or another destination CID: no answer at all. */
	g = guest_hdr(1005, 6000, OP_REQUEST, 0);
	g.src_cid = 5;
	tx_raw(&r, &g, NULL, 0);
	g = guest_hdr(1006, 6000, OP_REQUEST, 0);
	g.dst_cid = 7;
	tx_raw(&r, &g, NULL, 0);
	g = guest_hdr(1007, 6000, OP_REQUEST, 0);
	g.src_cid = CID | (1ULL << 40);
	tx_raw(&r, &g, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 200) == -1);
	/* Unknown connections: RST, except for an RST. */
	tx(&r, 1008, 6000, OP_SHUTDOWN, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 1000) == HDR && h.op == OP_RST && h.dst_port == 1008);
	tx(&r, 1009, 6000, OP_RST, NULL, 0);
	tx(&r, 1010, 6000, OP_RESPONSE, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 1000) == HDR && h.op == OP_RST && h.dst_port == 1010);
	CHECK(rx_packet(&r, &h, NULL, 0, 200) == -1);
	/* A flood of packets for no connection while rx has no room: the RST
	 * queue is bounded, nothing breaks. */
	for (int k = 0; k < 300; k++)
		tx(&r, 2000 + (uint32_t)k, 6000, OP_RW, "x", 1);
	int rsts = 0;
	while (rx_packet(&r, &h, NULL, 0, 200) > 0)
		rsts += h.op == OP_RST;
	CHECK(rsts > 0 && rsts <= 300);
	CHECK(!broken(&r));

	/* An rx buffer without room for a header is a driver bug. */
	int fd = unix_connect(path);
	CHECK(write(fd, "CONNECT 1\n", 10) == 10);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR && h.op == OP_REQUEST);
	rig_wr(&r, VIRTIO_MMIO_STATUS, 0);
	CHECK(closed(fd));
	close(fd);
	driver_init(&r);
	uint16_t before = rig_get16(&r, RIG_USED(0) + 2);
	rig_put_desc(&r, 0, 0, RXBUF(0), 10, VIRTQ_DESC_F_WRITE, 0);
	/* Replace the ring's buffers: only the tiny one is at avail. */
	r.d.avail[0] = 0;
	rig_put(&r, RIG_AVAIL(0) + 2, &r.d.avail[0], 2);
	rig_offer(&r, 0, 0);
	virtio_mmio_drain(r.t);
	CHECK(broken(&r));
	CHECK_EQ_U64(rig_get16(&r, RIG_USED(0) + 2), before);
	rig_close(&r);
}

static void test_save_load(void)
{
	struct rig r, r2;
	char opts[256];
	snprintf(opts, sizeof(opts), "cid=%d,socket=%s", CID, path);
	vsock_open(&r, opts);
	driver_init(&r);
	uint32_t hp;
	int fd = host_open(&r, &hp, 8192, "");
	/* Nothing on the event queue while running. */
	virtio_mmio_drain(r.t);
	CHECK_EQ_U64(rig_get16(&r, RIG_USED(2) + 2), 0);
	struct ss_writer w;
	rig_save(&r, &w);
	struct rig_driver drv = r.d;
	uint8_t *ram = rig_ram_copy(&r);
	rig_close(&r);
	CHECK(closed(fd)); /* connections end with the device */
	close(fd);

	/* Restore with the same CID. */
	vsock_open(&r2, opts);
	memcpy(r2.vm->bus.ram, ram, r2.vm->bus.ram_size);
	char err[256] = "";
	CHECK(rig_load_all(r2.b, &w, false, err, sizeof(err)) == 0);
	CHECK(rig_load_all(r2.b, &w, true, err, sizeof(err)) == 0);
	if (err[0])
		fprintf(stderr, "load: %s\n", err);
	r2.d = drv;
	CHECK(rig_rd(&r2, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DRIVER_OK);
	/* TRANSPORT_RESET (id 0) in the guest's event buffer. */
	virtio_mmio_drain(r2.t);
	CHECK_EQ_U64(rig_get16(&r2, RIG_USED(2) + 2), 1);
	uint32_t id = 0xffffffff, len = 0;
	rig_get(&r2, RIG_USED(2) + 8, &len, 4);
	rig_get(&r2, EVBUF, &id, 4);
	CHECK_EQ_U64(len, 4);
	CHECK_EQ_U64(id, 0);
	/* rx waits until the guest handled it (gave an event buffer back). */
	fd = unix_connect(path);
	CHECK(write(fd, "CONNECT 5000\n", 13) == 13);
	struct hdr h;
	CHECK(rx_packet(&r2, &h, NULL, 0, 300) == -1);
	rig_offer(&r2, 2, 0);
	CHECK(rx_packet(&r2, &h, NULL, 0, 2000) == HDR && h.op == OP_REQUEST && h.dst_port == 5000);
	virtio_mmio_drain(r2.t);
	CHECK_EQ_U64(rig_get16(&r2, RIG_USED(2) + 2), 1); /* one event only */
	close(fd);

	/* A second save carries the delivered state. */
	struct ss_writer w2;
	rig_save(&r2, &w2);
	rig_close(&r2);

	/* Another CID given at restore wins (the guest re-reads it after
	 * the reset); refused: a truncated section, a reserved CID. */
	char opts9[256];
	snprintf(opts9, sizeof(opts9), "cid=9,socket=%s", path);
	vsock_open(&r2, opts9);
	memcpy(r2.vm->bus.ram, ram, r2.vm->bus.ram_size);
	CHECK(rig_load_all(r2.b, &w2, true, err, sizeof(err)) == 0);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_CONFIG), 9);
	size_t off = 0;
	struct ss_reader sr;
	while (rig_next_virt(&w, &off, &sr)) {
		CHECK(rig_load_cut(r2.b, &sr, 1, false, err, sizeof(err)) == -1);
		/* The device payload ends with u64 cid, u8 pending. */
		struct ss_reader t;
		uint8_t *copy = rig_section_copy(&sr, &t);
		uint64_t two = 2;
		memcpy(copy + sr.len - 9, &two, 8);
		CHECK(board_load_section(r2.b, &t, false, err, sizeof(err)) == -1);
		CHECK(strstr(err, "CID 2") != NULL);
		copy[sr.len - 1] = 7;
		memcpy(copy + sr.len - 9, &(uint64_t){CID}, 8);
		CHECK(board_load_section(r2.b, &t, false, err, sizeof(err)) == -1);
		free(copy);
	}
	rig_close(&r2);
	free(ram);
	ss_writer_free(&w);
	ss_writer_free(&w2);
}

/* Host peers that leave while the guest still sends to them, on both
 * kinds of connection: a host client of CONNECT, and a host listener the
 * guest connected to. Each is closed with bytes unread (a reset). */
static void test_peer_gone(void)
{
	struct rig r;
	char opts[256], p7000[160];
	snprintf(opts, sizeof(opts), "cid=%d,socket=%s", CID, path);
	snprintf(p7000, sizeof(p7000), "%s_7000", path);
	vsock_open(&r, opts);
	driver_init(&r);
	static uint8_t chunk[4096];
	memset(chunk, 'z', sizeof(chunk));
	struct hdr h;
	for (int round = 0; round < 4; round++) {
		uint32_t hp, gp = 5000;
		int fd;
		if (round % 2 == 0) {
			fd = host_open(&r, &hp, 8192, "");
		} else {
			int lfd = unix_listen(p7000);
			gp = 1300 + (uint32_t)round;
			hp = 7000;
			tx(&r, gp, hp, OP_REQUEST, NULL, 0);
			CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR && h.op == OP_RESPONSE);
			fd = accept(lfd, NULL, NULL);
			close(lfd);
			unlink(p7000);
		}
		CHECK(fd >= 0);
		tx(&r, gp, hp, OP_RW, chunk, sizeof(chunk));
		close(fd); /* unread bytes: the device's next write fails */
		bool rst = false;
		for (int k = 0; k < 40 && !rst; k++) {
			struct hdr rw = guest_hdr(gp, hp, OP_RW, sizeof(chunk));
			rw.fwd_cnt = 0;
			tx_raw(&r, &rw, chunk, sizeof(chunk));
			while (rx_packet(&r, &h, NULL, 0, 20) > 0)
				rst |= h.op == OP_RST && h.dst_port == gp;
		}
		CHECK(rst); /* the guest learns the connection is gone */
	}
	/* The device works on. */
	uint32_t hp;
	int fd = host_open(&r, &hp, 8192, "");
	tx(&r, 5000, hp, OP_RW, "still", 5);
	char buf[8];
	CHECK(read_n(fd, buf, 5) == 5 && memcmp(buf, "still", 5) == 0);
	close(fd);
	rig_close(&r);
}

/* The process's descriptors below the ceiling are all taken (by other
 * devices): a host client is disconnected and a guest connection reset,
 * and both work again once descriptors are free. */
static void test_fd_ceiling(void)
{
	struct rlimit old, rl;
	getrlimit(RLIMIT_NOFILE, &old);
	rl = old;
	rl.rlim_cur = 600;
	CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
	struct rig r;
	char opts[256], p6000[160];
	snprintf(opts, sizeof(opts), "cid=%d,socket=%s", CID, path);
	snprintf(p6000, sizeof(p6000), "%s_6000", path);
	vsock_open(&r, opts);
	driver_init(&r);
	int lfd = unix_listen(p6000);
	int held[600], nheld = 0;
	for (;;) {
		int fd = dup(lfd);
		if (fd < 0)
			break;
		held[nheld++] = fd;
		if ((unsigned)fd + 1 >= fd_budget_ceiling())
			break;
	}
	int cl = unix_connect(path);
	CHECK(closed(cl));
	close(cl);
	struct hdr h;
	tx(&r, 1400, 6000, OP_REQUEST, NULL, 0);
	CHECK(rx_packet(&r, &h, NULL, 0, 2000) == HDR && h.op == OP_RST && h.dst_port == 1400);
	CHECK(accept_nonblock(lfd) < 0);
	while (nheld)
		close(held[--nheld]);
	uint32_t hp;
	cl = host_open(&r, &hp, 8192, "");
	close(cl);
	tx(&r, 1401, 6000, OP_REQUEST, NULL, 0);
	bool up = false;
	while (rx_packet(&r, &h, NULL, 0, 1000) > 0)
		up |= h.op == OP_RESPONSE && h.dst_port == 1401;
	CHECK(up);
	close(lfd);
	unlink(p6000);
	rig_close(&r);
	setrlimit(RLIMIT_NOFILE, &old);
}

int main(void)
{
	signal(SIGPIPE, SIG_DFL); /* the library must not rely on rvisor's SIG_IGN */
	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof(path), "%s/v.sock", dir);
	test_identity();
	test_host_connect();
	test_guest_connect();
	test_bad_packets();
	test_save_load();
	test_peer_gone();
	test_fd_ceiling();
	rmdir(dir);
	CHECK_DONE();
}
