/* virtio-net unit test over the user-mode (libslirp, restrict=on) back end,
 * driving the device as a driver would: identity, features, config space
 * (MAC, link status, +1 MAC for a second NIC), an ARP request for the
 * gateway answered by slirp through the rx queue (marked DATA_VALID), an
 * ICMP echo whose checksum the device fills in (CSUM) answered by slirp, malformed guest input
 * (tx chain without a header, oversized frame, segmentation not offered,
 * rx buffer too small, rx buffer with a readable part: needs reset, reset
 * recovers), option errors, a save/load round trip with a clone's new
 * MAC kept over the snapshot's, and rate limits: a throttled tx chain is
 * left in the ring and sent by the device's own timed retry, a received
 * frame waits for rx tokens, a limit lifted at run time plus a kick
 * releases a waiting frame at once, and the option string rewritten with
 * new limits. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "virtio/devices.h"
#include "virtio/net.h"
#include "virtio_rig.h"

#define SLOT 3
#define RAM VM_RAM_BASE
#define TXHDR (RAM + 0x40000)
#define TXDATA (RAM + 0x50000)
#define RXBUF (RAM + 0x80000)
#define QN 16
#define RXQ 0
#define TXQ 1
/* VERSION_1, CSUM, GUEST_CSUM, MAC, STATUS */
#define DRV_FEATURES ((1ULL << VIRTIO_F_VERSION_1) | 3 | (1ULL << 5) | (1ULL << 16))
#define WAIT_MS 3000

static const uint8_t my_mac[6] = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};

/* A NIC in SLOT (and a second one in SLOT + 1 when opts2): the create
 * result; the rig is open either way (rig_close it). */
static int net_open(struct rig *r, const char *opts, const char *opts2, bool clone)
{
	rig_open(r, SLOT, NULL, -1, -1);
	struct vdev_ctx ctx = {.clone = clone};
	int rc = virtio_net_create(r->b, SLOT, opts, &ctx);
	if (rc == 0 && opts2)
		rc = virtio_net_create(r->b, SLOT + 1, opts2, &ctx);
	r->t = rig_transport(r->b, 0);
	return rc;
}

static void driver_init(struct rig *r)
{
	rig_driver_init(r, DRV_FEATURES, 2, QN);
}

/* Offer head on q and wait for its used entry: its length, or -1 when
 * none came. */
static long complete(struct rig *r, unsigned q, uint16_t head)
{
	uint16_t before = rig_used_idx(r, q);
	rig_offer(r, q, head);
	if (!rig_wait_used(r, q, (uint16_t)(before + 1), WAIT_MS))
		return -1;
	return rig_used_len(r, q, before);
}

/* The tx chain of header (TXHDR, 12 bytes) and frame (TXDATA, len). */
static long send_chain(struct rig *r, uint32_t len)
{
	rig_put_desc(r, TXQ, 0, TXHDR, 12, VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc(r, TXQ, 1, TXDATA, len, 0, 0);
	return complete(r, TXQ, 0);
}

static uint16_t csum16(const uint8_t *p, size_t n)
{
	uint32_t sum = 0;
	for (size_t k = 0; k + 1 < n; k += 2)
		sum += (uint32_t)p[k] << 8 | p[k + 1];
	if (n & 1)
		sum += (uint32_t)p[n - 1] << 8;
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

/* An ICMP echo request to 10.0.2.2 (gateway MAC gw) whose ICMP checksum
 * is left to the device (NEEDS_CSUM, csum_start 34, csum_offset off). */
static long send_ping(struct rig *r, const uint8_t gw[6], uint16_t off)
{
	uint8_t f[50] = {0};
	memcpy(f, gw, 6);
	memcpy(f + 6, my_mac, 6);
	f[12] = 0x08;
	uint8_t *ip = f + 14;
	ip[0] = 0x45, ip[3] = 36, ip[5] = 1, ip[8] = 64, ip[9] = 1;
	memcpy(ip + 12, (uint8_t[]){10, 0, 2, 15}, 4);
	memcpy(ip + 16, (uint8_t[]){10, 0, 2, 2}, 4);
	uint16_t c = csum16(ip, 20);
	ip[10] = (uint8_t)(c >> 8), ip[11] = (uint8_t)c;
	uint8_t *icmp = ip + 20;
	icmp[0] = 8, icmp[4] = 0x12, icmp[5] = 0x34, icmp[7] = 1;
	memcpy(icmp + 8, "rvisor!!", 8);
	uint8_t hdr[12] = {1, 0, 0, 0, 0, 0, 34, 0, (uint8_t)off, (uint8_t)(off >> 8), 0, 0};
	rig_put(r, TXHDR, hdr, 12);
	rig_put(r, TXDATA, f, 50);
	return send_chain(r, 50);
}

/* Send hdr (12 bytes, gso_type gso) + frame of len bytes at TXDATA as one
 * tx chain of two descriptors; returns the used length or -1. */
static long send_frame(struct rig *r, const uint8_t *frame, uint32_t len, uint8_t gso)
{
	uint8_t hdr[12] = {0};
	hdr[1] = gso;
	rig_put(r, TXHDR, hdr, 12);
	if (frame)
		rig_put(r, TXDATA, frame, len);
	return send_chain(r, len);
}

static void arp_request(uint8_t *f, const uint8_t mac[6])
{
	memset(f, 0, 42);
	memset(f, 0xff, 6);
	memcpy(f + 6, mac, 6);
	f[12] = 0x08, f[13] = 0x06;			/* ARP */
	f[14] = 0, f[15] = 1, f[16] = 8, f[17] = 0;	/* Ethernet, IPv4 */
	f[18] = 6, f[19] = 4, f[20] = 0, f[21] = 1;	/* request */
	memcpy(f + 22, mac, 6);
	memcpy(f + 28, (uint8_t[]){10, 0, 2, 15}, 4); /* sender 10.0.2.15 */
	memcpy(f + 38, (uint8_t[]){10, 0, 2, 2}, 4);  /* who has 10.0.2.2 */
}

/* One rx buffer of len bytes (descriptor RX head 0); returns the used
 * length, or -1 when nothing arrived. */
static long receive(struct rig *r, uint32_t len, uint8_t *out)
{
	rig_put_desc(r, RXQ, 0, RXBUF, len, VIRTQ_DESC_F_WRITE, 0);
	long n = complete(r, RXQ, 0);
	if (out && n >= 0 && n <= 2048)
		rig_get(r, RXBUF, out, (size_t)n);
	return n;
}

static bool is_arp_reply(const uint8_t *p, long n)
{
	const uint8_t *f = p + 12;
	return n >= 12 + 42 && p[10] == 1 && f[12] == 0x08 && f[13] == 0x06 && f[21] == 2 &&
	       !memcmp(f + 28, (uint8_t[]){10, 0, 2, 2}, 4) && !memcmp(f, my_mac, 6) &&
	       !memcmp(f + 32, my_mac, 6);
}

static void test_identity_and_arp(void)
{
	struct rig r;
	CHECK(net_open(&r, "user,restrict=on", "user,restrict=on", false) == 0);
	CHECK(r.t && rig_transport(r.b, 1));
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_DEVICE_ID), 1);
	uint64_t f = rig_features(&r);
	CHECK(f & (1ULL << 5));	 /* MAC */
	CHECK(f & (1ULL << 16)); /* STATUS */
	CHECK(f & (1ULL << VIRTIO_F_VERSION_1));
	for (unsigned k = 0; k < 6; k++)
		CHECK_EQ_U64(rig_cfg8(&r, k), my_mac[k]);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 4) >> 16, 1); /* link up */
	uint64_t v = bus_rd(r.vm, r.base + VIRT_VIRTIO_SIZE + VIRTIO_MMIO_CONFIG + 5, 1);
	CHECK_EQ_U64(v, 0x57); /* the second NIC: +1 */

	driver_init(&r);
	uint8_t frame[2048];
	arp_request(frame, my_mac);
	CHECK_EQ_U64(send_frame(&r, frame, 42, 0), 0);
	uint8_t got[2048];
	long n = receive(&r, 1526, got);
	CHECK(is_arp_reply(got, n));
	CHECK_EQ_U64(got[0], 2); /* GUEST_CSUM: DATA_VALID */
	CHECK(!virtio_mmio_broken(r.t));

	/* CSUM: the device fills in the ICMP checksum; slirp, which checks
	 * it, answers the echo. Offsets outside the frame: dropped. */
	uint8_t gw[6];
	memcpy(gw, got + 12 + 6, 6);
	CHECK_EQ_U64(send_ping(&r, gw, 2), 0);
	n = receive(&r, 1526, got);
	CHECK(n >= 12 + 42 && got[12 + 23] == 1 && got[12 + 34] == 0 &&
	      !memcmp(got + 12 + 42, "rvisor!!", 8)); /* ICMP echo reply */
	CHECK_EQ_U64(send_ping(&r, gw, 40), 0);
	CHECK_EQ_U64(receive(&r, 1526, NULL), -1);
	CHECK(!virtio_mmio_broken(r.t));
	driver_init(&r); /* take back the rx buffer offered above */
	CHECK_EQ_U64(send_frame(&r, frame, 42, 0), 0);
	n = receive(&r, 1526, got);
	CHECK(is_arp_reply(got, n));

	/* Malformed tx: no full header, an oversized frame, GSO not offered:
	 * each is consumed and dropped, the device keeps working. */
	rig_put_desc(&r, TXQ, 0, TXHDR, 8, 0, 0);
	CHECK(complete(&r, TXQ, 0) >= 0);
	static uint8_t big[70000];
	CHECK_EQ_U64(send_frame(&r, big, sizeof(big), 0), 0);
	CHECK_EQ_U64(send_frame(&r, frame, 42, 1), 0);
	CHECK(!virtio_mmio_broken(r.t));
	CHECK_EQ_U64(receive(&r, 1526, NULL), -1); /* none of them reached slirp */
	/* The rx buffer stays offered: the next ARP reply lands in it. */
	CHECK_EQ_U64(send_frame(&r, frame, 42, 0), 0);
	CHECK(rig_wait_used(&r, RXQ, 2, WAIT_MS));
	rig_get(&r, RXBUF, got, 54);
	CHECK(is_arp_reply(got, 54));

	/* An rx buffer too small for the frame: the frame is dropped, the
	 * buffer stays available. */
	CHECK_EQ_U64(send_frame(&r, frame, 42, 0), 0);
	CHECK_EQ_U64(receive(&r, 20, NULL), -1);
	CHECK(!virtio_mmio_broken(r.t));
	/* The too-small buffer (still offered) gets replaced by a good one
	 * only after a reset; an rx buffer with a readable part breaks the
	 * device (needs reset), reset recovers. */
	driver_init(&r);
	rig_put_desc(&r, RXQ, 0, RXBUF, 12, VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc(&r, RXQ, 1, RXBUF + 64, 1514, VIRTQ_DESC_F_WRITE, 0);
	rig_offer(&r, RXQ, 0);
	for (int k = 0; k < 100 && !virtio_mmio_broken(r.t); k++)
		usleep(10000);
	CHECK(virtio_mmio_broken(r.t));
	CHECK(rig_rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
	driver_init(&r);
	CHECK(!virtio_mmio_broken(r.t));
	CHECK_EQ_U64(send_frame(&r, frame, 42, 0), 0);
	n = receive(&r, 1526, got);
	CHECK(is_arp_reply(got, n));
	/* Two-buffer rx chain (header and frame apart) works too. */
	CHECK_EQ_U64(send_frame(&r, frame, 42, 0), 0);
	rig_put_desc(&r, RXQ, 0, RXBUF, 12, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc(&r, RXQ, 1, RXBUF + 12, 1514, VIRTQ_DESC_F_WRITE, 0);
	CHECK(complete(&r, RXQ, 0) >= 0);
	rig_get(&r, RXBUF, got, 54);
	CHECK(is_arp_reply(got, 54));
	rig_close(&r);
}

static void test_options(void)
{
	struct rig r;
	static const char *bad[] = {
	    "",
	    "bogus",
	    "user,mac=01:00:00:00:00:01",
	    "user,mac=52:54:00:12:34",
	    "user,mac=00:00:00:00:00:00",
	    "user,hostfwd=tcp:127.0.0.1:x-:22",
	    "user,hostfwd=sctp::2222-:22",
	    "user,hostfwd=tcp:127.0.0.1:2222",
	    "user,net=10.0.2.1/24",
	    "user,net=10.0.2.0/31",
	    "user,restrict=maybe",
	    "user,frobnicate=1",
	    "tap",
	    "tap,ifname=",
	    "tap,ifname=averyveryverylongname0",
	};
	for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		int rc = net_open(&r, bad[k], NULL, false);
		if (rc != -1)
			fprintf(stderr, "accepted: --net %s\n", bad[k]);
		CHECK(rc == -1);
		rig_close(&r);
	}
	CHECK(net_open(&r, "user,mac=02:00:00:aa:bb:cc,net=192.168.7.0/24,restrict=off", NULL,
		       false) == 0);
	CHECK_EQ_U64(rig_cfg8(&r, 0), 0x02);
	CHECK_EQ_U64(rig_cfg8(&r, 5), 0xcc);
	rig_close(&r);
}

static void test_save_load(void)
{
	struct rig r, r2;
	CHECK(net_open(&r, "user,restrict=on,mac=52:54:00:aa:bb:cc", NULL, false) == 0);
	driver_init(&r);
	uint8_t frame[64];
	static const uint8_t mac[6] = {0x52, 0x54, 0x00, 0xaa, 0xbb, 0xcc};
	arp_request(frame, mac);
	CHECK_EQ_U64(send_frame(&r, frame, 42, 0), 0);
	struct ss_writer w;
	rig_save(&r, &w);
	uint8_t *ram = rig_ram_copy(&r);
	struct rig_driver drv = r.d;
	rig_close(&r);

	/* Restored with the same options: same MAC, queues go on. */
	char err[256] = "";
	CHECK(net_open(&r2, "user,restrict=on,mac=52:54:00:aa:bb:cc", NULL, false) == 0);
	memcpy(r2.vm->bus.ram, ram, r2.vm->bus.ram_size);
	CHECK(rig_load_all(r2.b, &w, false, err, sizeof(err)) == 0);
	CHECK(rig_load_all(r2.b, &w, true, err, sizeof(err)) == 0);
	r2.d = drv;
	CHECK_EQ_U64(rig_cfg8(&r2, 3), 0xaa);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_CONFIG + 4) >> 16, 1);
	CHECK(rig_rd(&r2, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_DRIVER_OK);
	CHECK_EQ_U64(rig_used_idx(&r2, TXQ), 1);
	uint8_t got[2048];
	CHECK_EQ_U64(send_frame(&r2, frame, 42, 0), 0); /* the queued reply was lost */
	long n = receive(&r2, 1526, got);
	CHECK(n >= 54 && got[12 + 21] == 2 && !memcmp(got + 12, mac, 6));

	/* A corrupt device payload (bad status) is refused; truncation too. */
	size_t off = 0;
	struct ss_reader sr;
	while (rig_next_virt(&w, &off, &sr)) {
		CHECK(rig_load_cut(r2.b, &sr, 1, false, err, sizeof(err)) == -1);
		struct ss_reader t;
		uint8_t *copy = rig_section_copy(&sr, &t);
		copy[sr.len - 1] = 0x80; /* status high byte */
		CHECK(board_load_section(r2.b, &t, false, err, sizeof(err)) == -1);
		CHECK(strstr(err, "status") != NULL);
		free(copy);
	}
	rig_close(&r2);

	/* A clone without mac=: a new MAC, kept over the snapshot's. */
	struct ss_writer w2;
	CHECK(net_open(&r, "user,restrict=on", NULL, false) == 0);
	rig_save(&r, &w2);
	rig_close(&r);
	CHECK(net_open(&r2, "user,restrict=on", NULL, true) == 0);
	CHECK(rig_load_all(r2.b, &w2, true, err, sizeof(err)) == 0);
	uint8_t m[6];
	for (unsigned k = 0; k < 6; k++)
		m[k] = (uint8_t)rig_cfg8(&r2, k);
	CHECK(m[0] == 0x52 && m[1] == 0x54 && m[2] == 0x00);
	CHECK(memcmp(m, my_mac, 6) != 0);
	rig_close(&r2);
	/* ... but mac= given to a clone is kept as given. */
	CHECK(net_open(&r2, "user,restrict=on,mac=52:54:00:aa:bb:cc", NULL, true) == 0);
	CHECK_EQ_U64(rig_cfg8(&r2, 5), 0xcc);
	rig_close(&r2);
	ss_writer_free(&w2);
	ss_writer_free(&w);
	free(ram);
}

static void test_ratelimit(void)
{
	struct rig r;
	/* One tx frame per 200 ms, a burst of one. */
	CHECK(net_open(&r, "user,restrict=on,tx_pps=5,tx_pps_burst=1", NULL, false) == 0);
	struct ratelimit *tx = virtio_net_ratelimit(r.t, true), *rx = virtio_net_ratelimit(r.t, false);
	CHECK(tx && rx && tx->ops.cfg.rate == 5 && tx->ops.cfg.size == 1 && !rx->bytes.cfg.rate);
	CHECK(!virtio_net_ratelimit(NULL, true));
	if (!tx || !rx) {
		rig_close(&r);
		return;
	}
	driver_init(&r);
	uint8_t frame[2048];
	arp_request(frame, my_mac);
	/* The first frame passes at once... */
	CHECK(send_frame(&r, frame, 42, 0) == 0);
	uint8_t got[2048];
	CHECK(is_arp_reply(got, receive(&r, 2048, got)));
	/* ...the second is not used after its kick; the device's timed retry
	 * sends it ~200 ms later (wait_used only drains, never kicks). */
	uint16_t before = rig_used_idx(&r, TXQ);
	double t0 = rig_now();
	CHECK(send_frame(&r, frame, 42, 0) == 0);
	double waited = rig_now() - t0;
	CHECK(waited >= 0.12 && waited < 2);
	CHECK_EQ_U64(rig_used_idx(&r, TXQ), (uint16_t)(before + 1));
	CHECK(tx->stat_throttled >= 1 && tx->stat_passed == 2);
	CHECK(is_arp_reply(got, receive(&r, 2048, got)));

	/* rx: one frame a second, the bucket emptied: slirp's reply waits in
	 * the device's queue, not dropped, until the limit is lifted (plus a
	 * kick, as the API does), then arrives at once. */
	ratelimit_set(tx, &(struct ratelimit_cfg){{0}, {0}}, ratelimit_now_ns());
	ratelimit_set(rx, &(struct ratelimit_cfg){.ops = {.rate = 1, .size = 1}}, ratelimit_now_ns());
	uint64_t w;
	while (ratelimit_take(rx, 0, ratelimit_now_ns(), &w))
		;
	CHECK(send_frame(&r, frame, 42, 0) == 0);
	rig_put_desc(&r, RXQ, 0, RXBUF, 2048, VIRTQ_DESC_F_WRITE, 0);
	uint16_t rx_before = rig_used_idx(&r, RXQ);
	rig_offer(&r, RXQ, 0);
	usleep(300000);
	virtio_mmio_drain(r.t);
	CHECK_EQ_U64(rig_used_idx(&r, RXQ), rx_before); /* waiting */
	ratelimit_set(rx, &(struct ratelimit_cfg){{0}, {0}}, ratelimit_now_ns());
	virtio_mmio_kick(r.t, RXQ);
	t0 = rig_now();
	CHECK(rig_wait_used(&r, RXQ, (uint16_t)(rx_before + 1), WAIT_MS));
	CHECK(rig_now() - t0 < 0.5);
	struct virtio_net_stats st;
	virtio_net_stats(r.t, &st);
	CHECK(st.rx_dropped == 0 && st.tx_frames == 3 && st.rx_frames == 3);
	rig_close(&r);

	/* The recorded option string: limits replaced, the rest kept as given
	 * (escaped commas too), sizes left out when they are the default. */
	struct ratelimit_cfg rl = {.bytes = {.rate = 2048, .size = 512}};
	struct ratelimit_cfg tl = {.ops = {.rate = 10}};
	char *o = virtio_net_opts_with_limits(
	    "user,tx_bps=5,hostfwd=tcp::1-:2,rx_pps_burst=3,mac=52:54:00:00:00:01,rx_pps=9", &rl,
	    &tl);
	CHECK(o && strcmp(o, "user,hostfwd=tcp::1-:2,mac=52:54:00:00:00:01,rx_bps=2048,"
			     "rx_bps_burst=512,tx_pps=10") == 0);
	free(o);
	struct ratelimit_cfg off = {{0}, {0}};
	o = virtio_net_opts_with_limits("tap,ifname=a,,b,tx_pps=1", &off, &off);
	CHECK(o && strcmp(o, "tap,ifname=a,,b") == 0);
	free(o);
}

int main(void)
{
	test_identity_and_arp();
	test_options();
	test_save_load();
	test_ratelimit();
	CHECK_DONE();
}
