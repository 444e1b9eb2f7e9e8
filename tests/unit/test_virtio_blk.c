/* virtio-mmio + virtio-blk unit test, driving the device as a driver would
 * through its MMIO registers: identification, feature negotiation (legacy
 * refused), queue setup, read/write/flush/get-id/discard/write-zeroes with
 * direct and indirect chains, range and type errors, read-only disks,
 * interrupts (InterruptStatus, PLIC pending, ACK), a malformed chain
 * (DEVICE_NEEDS_RESET, config interrupt, disk untouched, reset recovers), the
 * device-tree node, a save/load round trip into a second VM, and a rate
 * limit (a throttled request waits on the ring and is retried by the
 * device itself; a runtime change applies at once). */
#include <libfdt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "virtio/blk.h"
#include "virtio_rig.h"

#define SLOT 2
#define BASE (VIRT_VIRTIO_BASE + SLOT * VIRT_VIRTIO_SIZE)
#define IRQ VIRT_VIRTIO_IRQ(SLOT)
#define RAM VM_RAM_BASE
#define DESC RIG_DESC(0)
#define AVAIL RIG_AVAIL(0)
#define USED RIG_USED(0)
#define IND (RAM + 0x13000) /* in queue 0's ring area: zeroed with it */
#define HDR (RAM + 0x20000)
#define STAT (RAM + 0x21000)
#define DATA (RAM + 0x100000)
#define QN 16
#define DISK_SECTORS 2048 /* 1 MiB */

static char path[] = "/tmp/rvisor-test-blk-XXXXXX";
static uint8_t disk_ref[DISK_SECTORS * 512];

static bool open_direct;		 /* cache=none for the next blk_open */
static struct ratelimit_cfg open_limits; /* rate limits for the next blk_open */

static void blk_open(struct rig *r, bool readonly, const char *serial)
{
	rig_open(r, SLOT, NULL, -1, -1);
	struct vm_disk bc = {.path = path,
				       .format = "raw",
				       .readonly = readonly,
				       .serial = serial,
				       .direct = open_direct,
				       .limits = open_limits};
	r->t = virtio_blk_create(r->b, SLOT, &bc, NULL, NULL);
	CHECK(r->t != NULL);
	rig_plic_enable(r);
}

static void driver_init(struct rig *r, uint64_t drv)
{
	rig_driver_init(r, drv, 1, QN);
}

static void set_hdr(struct rig *r, uint32_t type, uint64_t sector)
{
	uint8_t h[16] = {0};
	memcpy(h, &type, 4);
	memcpy(h + 8, &sector, 8);
	bus_copy_to_guest(&r->vm->bus, HDR, h, 16);
	uint8_t junk = 0xee;
	bus_copy_to_guest(&r->vm->bus, STAT, &junk, 1);
}

static uint8_t status_byte(struct rig *r)
{
	uint8_t s = 0;
	bus_copy_from_guest(&r->vm->bus, STAT, &s, 1);
	return s;
}

/* A 3-descriptor request: header, data (dir per type), status. */
static long request(struct rig *r, uint32_t type, uint64_t sector, uint32_t len)
{
	set_hdr(r, type, sector);
	bool in = type == 0 || type == 8;
	rig_put_desc(r, 0, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
	if (len) {
		rig_put_desc(r, 0, 1, DATA, len, VIRTQ_DESC_F_NEXT | (in ? VIRTQ_DESC_F_WRITE : 0),
			     2);
		rig_put_desc(r, 0, 2, STAT, 1, VIRTQ_DESC_F_WRITE, 0);
	} else {
		rig_put_desc(r, 0, 1, STAT, 1, VIRTQ_DESC_F_WRITE, 0);
	}
	return rig_process(r, 0, 0);
}

static void read_disk(uint8_t *buf)
{
	FILE *f = fopen(path, "rb");
	CHECK(f && fread(buf, 1, sizeof(disk_ref), f) == sizeof(disk_ref));
	if (f)
		fclose(f);
}

static const uint64_t ALL = (1ULL << VIRTIO_F_VERSION_1) | (1ULL << VIRTIO_F_RING_EVENT_IDX) |
			    (1ULL << VIRTIO_F_RING_INDIRECT_DESC) | (1ULL << 9) /* FLUSH */ |
			    (1ULL << 13) | (1ULL << 14) | (1ULL << 1) | (1ULL << 2) | (1ULL << 6);

static void test_identity_and_features(void)
{
	struct rig r;
	blk_open(&r, false, "SER-0001");
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_MAGIC_VALUE), 0x74726976);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_VERSION), 2);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_DEVICE_ID), 2);
	uint64_t f = rig_features(&r);
	CHECK(f & (1ULL << VIRTIO_F_VERSION_1));
	CHECK((f & ALL) == ALL);
	CHECK(!(f & (1ULL << 5))); /* not read-only */
	/* Config space: capacity (two 32-bit reads, as Linux does), seg_max, blk_size. */
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 0), DISK_SECTORS);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 4), 0);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 12), VIRTQ_MAX_SIZE - 2);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 20), 512);
	uint64_t v = 0;
	CHECK(bus_read(&r.vm->bus, BASE + VIRTIO_MMIO_CONFIG + 56, 1, &v) && v == 1);
	CHECK(bus_read(&r.vm->bus, BASE + VIRTIO_MMIO_CONFIG + 0x200, 4, &v) && v == 0);

	/* Legacy (no VERSION_1) and unoffered features are refused. */
	uint64_t legacy = ALL & ~(1ULL << VIRTIO_F_VERSION_1);
	CHECK(!(rig_negotiate(&r, legacy) & VIRTIO_STATUS_FEATURES_OK));
	CHECK(!(rig_negotiate(&r, ALL | (1ULL << 40)) & VIRTIO_STATUS_FEATURES_OK));
	CHECK(rig_negotiate(&r, 1ULL << VIRTIO_F_VERSION_1) & VIRTIO_STATUS_FEATURES_OK);

	/* Bad queue configuration: not a power of two -> not ready, NEEDS_RESET. */
	rig_wr(&r, VIRTIO_MMIO_QUEUE_SEL, 0);
	rig_wr(&r, VIRTIO_MMIO_QUEUE_NUM, 12);
	rig_wr(&r, VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)DESC);
	rig_wr(&r, VIRTIO_MMIO_QUEUE_DRIVER_LOW, (uint32_t)AVAIL);
	rig_wr(&r, VIRTIO_MMIO_QUEUE_DEVICE_LOW, (uint32_t)USED);
	rig_wr(&r, VIRTIO_MMIO_QUEUE_READY, 1);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_QUEUE_READY), 0);
	CHECK(rig_rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
	/* A queue that does not exist. */
	rig_wr(&r, VIRTIO_MMIO_QUEUE_SEL, 1);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_QUEUE_NUM_MAX), 0);
	rig_wr(&r, VIRTIO_MMIO_STATUS, 0);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_STATUS), 0);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_INTERRUPT_STATUS), 0);

	/* Device tree node. */
	struct board_fdt_params fp = {.bootargs = "x"};
	size_t sz;
	void *fdt = board_build_fdt(r.b, &fp, &sz, NULL);
	CHECK(fdt != NULL);
	int node = fdt ? fdt_path_offset(fdt, "/soc/virtio_mmio@10003000") : -1;
	CHECK(node >= 0);
	if (node >= 0) {
		const char *compat = fdt_getprop(fdt, node, "compatible", NULL);
		CHECK(compat && strcmp(compat, "virtio,mmio") == 0);
		int len;
		const fdt32_t *irq = fdt_getprop(fdt, node, "interrupts", &len);
		CHECK(irq && len == 4 && fdt32_to_cpu(*irq) == IRQ);
		const fdt32_t *par = fdt_getprop(fdt, node, "interrupt-parent", &len);
		CHECK(par && fdt32_to_cpu(*par) == BOARD_PHANDLE_PLIC);
	}
	free(fdt);
	rig_close(&r);
}

static void test_io(void)
{
	struct rig r;
	blk_open(&r, false, "SER-0001");
	driver_init(&r, ALL);

	/* Read sectors 10..17 (4 KiB). */
	CHECK_EQ_U64(request(&r, 0, 10, 4096), 4097);
	CHECK_EQ_U64(status_byte(&r), 0);
	uint8_t buf[8192];
	bus_copy_from_guest(&r.vm->bus, DATA, buf, 4096);
	CHECK(memcmp(buf, disk_ref + 10 * 512, 4096) == 0);

	/* Interrupt raised, visible in the PLIC; ACK drops it. */
	CHECK(rig_rd(&r, VIRTIO_MMIO_INTERRUPT_STATUS) & VIRTIO_INT_USED);
	CHECK(rig_plic_pending(&r));
	rig_wr(&r, VIRTIO_MMIO_INTERRUPT_ACK, VIRTIO_INT_USED);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_INTERRUPT_STATUS), 0);
	CHECK(!rig_plic_pending(&r));

	/* Write 3 sectors at 100. */
	for (int k = 0; k < 1536; k++)
		buf[k] = (uint8_t)(k * 7 + 3);
	bus_copy_to_guest(&r.vm->bus, DATA, buf, 1536);
	CHECK_EQ_U64(request(&r, 1, 100, 1536), 1);
	CHECK_EQ_U64(status_byte(&r), 0);
	memcpy(disk_ref + 100 * 512, buf, 1536);
	CHECK_EQ_U64(request(&r, 4, 0, 0), 1); /* flush */
	CHECK_EQ_U64(status_byte(&r), 0);
	static uint8_t now[sizeof(disk_ref)];
	read_disk(now);
	CHECK(memcmp(now, disk_ref, sizeof(disk_ref)) == 0);

	/* Get ID: 20 bytes, zero-padded. */
	memset(buf, 0xff, 32);
	bus_copy_to_guest(&r.vm->bus, DATA, buf, 32);
	CHECK_EQ_U64(request(&r, 8, 0, 20), 21);
	bus_copy_from_guest(&r.vm->bus, DATA, buf, 21);
	CHECK(memcmp(buf, "SER-0001\0\0\0\0\0\0\0\0\0\0\0\0", 20) == 0);

	/* Errors: past the end, overflowing sector, partial sector, unknown type. */
	CHECK_EQ_U64(request(&r, 0, DISK_SECTORS - 1, 1024), 1);
	CHECK_EQ_U64(status_byte(&r), 1);
	CHECK_EQ_U64(request(&r, 1, 1ULL << 63, 512), 1);
	CHECK_EQ_U64(status_byte(&r), 1);
	CHECK_EQ_U64(request(&r, 1, ~0ULL, 512), 1);
	CHECK_EQ_U64(status_byte(&r), 1);
	CHECK_EQ_U64(request(&r, 0, 0, 100), 1);
	CHECK_EQ_U64(status_byte(&r), 1);
	CHECK_EQ_U64(request(&r, 77, 0, 0), 1);
	CHECK_EQ_U64(status_byte(&r), 2);

	/* Discard and write-zeroes: {sector, num, flags}. */
	uint8_t seg[32] = {0};
	uint64_t s0 = 200;
	uint32_t n0 = 4, unmap = 1;
	memcpy(seg, &s0, 8);
	memcpy(seg + 8, &n0, 4);
	memcpy(seg + 12, &unmap, 4);
	bus_copy_to_guest(&r.vm->bus, DATA, seg, 16);
	CHECK_EQ_U64(request(&r, 13, 0, 16), 1); /* write zeroes with unmap */
	CHECK_EQ_U64(status_byte(&r), 0);
	memset(disk_ref + 200 * 512, 0, 4 * 512);
	uint64_t s1 = 300;
	memcpy(seg, &s1, 8);
	memset(seg + 12, 0, 4);
	bus_copy_to_guest(&r.vm->bus, DATA, seg, 16);
	CHECK_EQ_U64(request(&r, 11, 0, 16), 1); /* discard */
	CHECK_EQ_U64(status_byte(&r), 0);
	read_disk(now);
	/* Discarded sectors read back as zero (raw punches a hole) or old data;
	 * nothing else may change. */
	CHECK(memcmp(now, disk_ref, 300 * 512) == 0);
	CHECK(memcmp(now + 304 * 512, disk_ref + 304 * 512, sizeof(disk_ref) - 304 * 512) == 0);
	memcpy(disk_ref + 300 * 512, now + 300 * 512, 4 * 512);
	/* Discard with the unmap flag, and a range past the end: refused. */
	memcpy(seg + 12, &unmap, 4);
	bus_copy_to_guest(&r.vm->bus, DATA, seg, 16);
	CHECK_EQ_U64(request(&r, 11, 0, 16), 1);
	CHECK_EQ_U64(status_byte(&r), 2);
	uint64_t s2 = DISK_SECTORS - 1;
	memcpy(seg, &s2, 8);
	memset(seg + 12, 0, 4);
	bus_copy_to_guest(&r.vm->bus, DATA, seg, 16);
	CHECK_EQ_U64(request(&r, 13, 0, 16), 1);
	CHECK_EQ_U64(status_byte(&r), 1);

	/* Indirect: header + two data buffers + status in one table; the
	 * status shares the last writable buffer. */
	set_hdr(&r, 0, 50);
	rig_put_desc_at(&r, IND, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc_at(&r, IND, 1, DATA, 512, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 2);
	rig_put_desc_at(&r, IND, 2, DATA + 0x2000, 513, VIRTQ_DESC_F_WRITE, 0);
	rig_put_desc(&r, 0, 5, IND, 48, VIRTQ_DESC_F_INDIRECT, 0);
	CHECK_EQ_U64(rig_process(&r, 0, 5), 1025);
	bus_copy_from_guest(&r.vm->bus, DATA, buf, 512);
	bus_copy_from_guest(&r.vm->bus, DATA + 0x2000, buf + 512, 513);
	CHECK(memcmp(buf, disk_ref + 50 * 512, 1024) == 0);
	CHECK_EQ_U64(buf[1024], 0);

	read_disk(now);
	CHECK(memcmp(now, disk_ref, sizeof(disk_ref)) == 0);

	/* Malformed chain (a loop): NEEDS_RESET + config interrupt, disk
	 * untouched, later kicks ignored; a reset brings the device back. */
	rig_wr(&r, VIRTIO_MMIO_INTERRUPT_ACK, 3);
	set_hdr(&r, 1, 0);
	rig_put_desc(&r, 0, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc(&r, 0, 1, DATA, 512, VIRTQ_DESC_F_NEXT, 0);
	CHECK(rig_process(&r, 0, 0) == -1);
	CHECK(rig_rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
	CHECK(rig_rd(&r, VIRTIO_MMIO_INTERRUPT_STATUS) & VIRTIO_INT_CONFIG);
	CHECK(rig_plic_pending(&r));
	rig_put_desc(&r, 0, 1, STAT, 1, VIRTQ_DESC_F_WRITE, 0);
	CHECK(rig_process(&r, 0, 0) == -1); /* broken until reset */
	read_disk(now);
	CHECK(memcmp(now, disk_ref, sizeof(disk_ref)) == 0);
	driver_init(&r, ALL); /* resets first */
	CHECK(!(rig_rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET));
	CHECK_EQ_U64(request(&r, 0, 0, 512), 513);
	CHECK_EQ_U64(status_byte(&r), 0);

	/* Chain without a status byte: needs reset. */
	set_hdr(&r, 0, 0);
	rig_put_desc(&r, 0, 0, HDR, 16, 0, 0);
	CHECK(rig_process(&r, 0, 0) == -1);
	CHECK(rig_rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
	rig_close(&r);
}

static void test_readonly(void)
{
	struct rig r;
	blk_open(&r, true, NULL);
	CHECK(rig_features(&r) & (1ULL << 5));
	driver_init(&r, ALL | (1ULL << 5));
	uint8_t buf[1024];
	memset(buf, 0x5a, sizeof(buf));
	bus_copy_to_guest(&r.vm->bus, DATA, buf, sizeof(buf));
	CHECK_EQ_U64(request(&r, 1, 0, 1024), 1);
	CHECK_EQ_U64(status_byte(&r), 1);
	uint8_t seg[16] = {0};
	uint32_t n = 8;
	memcpy(seg + 8, &n, 4);
	bus_copy_to_guest(&r.vm->bus, DATA, seg, 16);
	CHECK_EQ_U64(request(&r, 13, 0, 16), 1);
	CHECK_EQ_U64(status_byte(&r), 1);
	CHECK_EQ_U64(request(&r, 11, 0, 16), 1);
	CHECK_EQ_U64(status_byte(&r), 1);
	CHECK_EQ_U64(request(&r, 0, 0, 1024), 1025); /* reads work */
	CHECK_EQ_U64(status_byte(&r), 0);
	CHECK_EQ_U64(request(&r, 8, 0, 20), 21); /* no serial: zeroes */
	static uint8_t now[sizeof(disk_ref)];
	read_disk(now);
	CHECK(memcmp(now, disk_ref, sizeof(disk_ref)) == 0);
	rig_close(&r);
}

static void test_save_load(void)
{
	struct rig r, r2;
	blk_open(&r, false, "A");
	driver_init(&r, ALL);
	for (int k = 0; k < 5; k++)
		CHECK_EQ_U64(request(&r, 0, (uint64_t)k, 512), 513);
	struct ss_writer w;
	rig_save(&r, &w);

	/* Like a real restore, the second VM opens the disk after the first
	 * is gone (the image is locked while a VM writes it). Guest RAM comes
	 * along in a real snapshot: carry it over here. */
	uint32_t status = rig_rd(&r, VIRTIO_MMIO_STATUS);
	uint32_t isr = rig_rd(&r, VIRTIO_MMIO_INTERRUPT_STATUS);
	struct rig_driver drv = r.d;
	uint8_t *ram = rig_ram_copy(&r);
	rig_close(&r);
	blk_open(&r2, false, "A");
	memcpy(r2.vm->bus.ram, ram, r2.vm->bus.ram_size);
	free(ram);
	char err[256] = "";
	CHECK(rig_load_all(r2.b, &w, false, err, sizeof(err)) == 0);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_QUEUE_READY), 0); /* validation changes nothing */
	CHECK(rig_load_all(r2.b, &w, true, err, sizeof(err)) == 0);
	if (err[0])
		fprintf(stderr, "load: %s\n", err);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_STATUS), status);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_INTERRUPT_STATUS), isr);
	CHECK(rig_plic_pending(&r2));
	rig_wr(&r2, VIRTIO_MMIO_QUEUE_SEL, 0);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_QUEUE_READY), 1);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_QUEUE_NUM), QN);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_QUEUE_DESC_LOW), (uint32_t)DESC);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_QUEUE_DEVICE_LOW), (uint32_t)USED);
	/* The queue goes on where it was: the 6th request is used entry 5. */
	r2.d = drv;
	CHECK_EQ_U64(request(&r2, 0, 9, 512), 513);
	CHECK_EQ_U64(rig_get16(&r2, USED + 2), 6);
	uint8_t buf[512];
	bus_copy_from_guest(&r2.vm->bus, DATA, buf, 512);
	CHECK(memcmp(buf, disk_ref + 9 * 512, 512) == 0);

	/* Frozen (snapshots): kicks are remembered, nothing is processed
	 * until thawed. */
	virtio_mmio_freeze_all(r2.b, true);
	set_hdr(&r2, 0, 0);
	rig_submit(&r2, 0, 0);
	usleep(20000);
	CHECK_EQ_U64(rig_get16(&r2, USED + 2), 6);
	virtio_mmio_freeze_all(r2.b, false);
	virtio_mmio_drain(r2.t);
	CHECK_EQ_U64(rig_get16(&r2, USED + 2), 7);

	/* Refused: a truncated section, another device's state, a different disk. */
	size_t off = 0;
	struct ss_reader sr;
	while (rig_next_virt(&w, &off, &sr)) {
		CHECK(rig_load_cut(r2.b, &sr, 3, true, err, sizeof(err)) == -1);
		struct ss_reader t = sr;
		t.version = 99;
		CHECK(board_load_section(r2.b, &t, true, err, sizeof(err)) == -1);
	}
	rig_close(&r2);
	CHECK(truncate(path, 512 * 1024) == 0);
	blk_open(&r2, false, "A");
	CHECK(rig_load_all(r2.b, &w, false, err, sizeof(err)) < 0);
	CHECK(strstr(err, "sectors") != NULL);
	CHECK(truncate(path, sizeof(disk_ref)) == 0);
	memset(disk_ref + 512 * 1024, 0, sizeof(disk_ref) - 512 * 1024); /* cut and regrown */
	rig_close(&r2);

	ss_writer_free(&w);
}

/* cache=none: O_DIRECT through the aligned bounce buffer; 4 KiB blocks. */
static void test_direct(void)
{
	struct rig r;
	open_direct = true;
	blk_open(&r, false, NULL);
	open_direct = false;
	if (!r.t) { /* e.g. a filesystem without O_DIRECT: nothing to test */
		fprintf(stderr, "O_DIRECT not supported for %s: skipped\n", path);
		check_failures--;
		rig_close(&r);
		return;
	}
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 20), 4096);
	driver_init(&r, ALL);
	CHECK_EQ_U64(request(&r, 0, 8, 8192), 8193);
	CHECK_EQ_U64(status_byte(&r), 0);
	uint8_t buf[8192];
	bus_copy_from_guest(&r.vm->bus, DATA, buf, 8192);
	CHECK(memcmp(buf, disk_ref + 8 * 512, 8192) == 0);
	for (int k = 0; k < 4096; k++)
		buf[k] = (uint8_t)(k ^ 0x5a);
	bus_copy_to_guest(&r.vm->bus, DATA + 1, buf, 4096); /* unaligned guest buffer */
	set_hdr(&r, 1, 64);
	rig_put_desc(&r, 0, 0, HDR, 16, VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc(&r, 0, 1, DATA + 1, 4096, VIRTQ_DESC_F_NEXT, 2);
	rig_put_desc(&r, 0, 2, STAT, 1, VIRTQ_DESC_F_WRITE, 0);
	CHECK_EQ_U64(rig_process(&r, 0, 0), 1);
	CHECK_EQ_U64(status_byte(&r), 0);
	memcpy(disk_ref + 64 * 512, buf, 4096);
	CHECK_EQ_U64(request(&r, 4, 0, 0), 1);
	static uint8_t now[sizeof(disk_ref)];
	read_disk(now);
	CHECK(memcmp(now, disk_ref, sizeof(disk_ref)) == 0);
	rig_close(&r);
}

/* Wait (up to 5 s) until the used ring holds `want` entries; the seconds
 * it took, or -1. */
static double wait_used(struct rig *r, uint16_t want)
{
	double t0 = rig_now();
	return rig_wait_used(r, 0, want, 5000) ? rig_now() - t0 : -1;
}

static void test_ratelimit(void)
{
	struct rig r;
	open_limits = (struct ratelimit_cfg){.ops = {.rate = 5, .size = 1}};
	blk_open(&r, false, NULL);
	open_limits = (struct ratelimit_cfg){0};
	driver_init(&r, ALL);
	struct ratelimit *rl = virtio_blk_ratelimit(r.t);
	CHECK(rl != NULL);
	if (!rl) {
		rig_close(&r);
		return;
	}
	/* The bucket holds one op: the first read runs at once. */
	CHECK_EQ_U64(request(&r, 0, 0, 4096), 4097);
	CHECK(status_byte(&r) == 0);
	/* The second waits for a token (200 ms): not used after the kick,
	 * then completed by the device's timed retry without another kick. */
	double t0 = rig_now();
	CHECK(request(&r, 0, 8, 4096) == -1);
	double waited = wait_used(&r, 2);
	CHECK(waited >= 0);
	CHECK(rig_now() - t0 >= 0.15 && rig_now() - t0 < 2);
	CHECK(status_byte(&r) == 0);
	CHECK(memcmp(r.vm->bus.ram + (DATA - RAM), disk_ref + 8 * 512, 4096) == 0);
	CHECK(rl->stat_throttled >= 1);
	/* Throttled under a slow limit (one op a second, the bucket emptied
	 * here)... */
	struct ratelimit_cfg slow = {.ops = {.rate = 1, .size = 1}};
	ratelimit_set(rl, &slow, ratelimit_now_ns());
	uint64_t w;
	while (ratelimit_take(rl, 0, ratelimit_now_ns(), &w))
		;
	CHECK(request(&r, 0, 16, 4096) == -1);
	/* ...the limit is lifted at run time: the request runs at once. */
	struct ratelimit_cfg off = {0};
	ratelimit_set(rl, &off, ratelimit_now_ns());
	virtio_mmio_kick(r.t, 0);
	waited = wait_used(&r, 3);
	CHECK(waited >= 0 && waited < 0.5);
	CHECK(memcmp(r.vm->bus.ram + (DATA - RAM), disk_ref + 16 * 512, 4096) == 0);
	/* Flush is an op too. */
	ratelimit_set(rl, &(struct ratelimit_cfg){.ops = {.rate = 1, .size = 1}},
		      ratelimit_now_ns());
	CHECK_EQ_U64(request(&r, 4, 0, 0), 1);
	CHECK(request(&r, 4, 0, 0) == -1);
	ratelimit_set(rl, &off, ratelimit_now_ns());
	virtio_mmio_kick(r.t, 0);
	CHECK(wait_used(&r, 5) >= 0);
	rig_close(&r);
}

int main(void)
{
	int fd = mkstemp(path);
	if (fd < 0)
		return 1;
	srand(7);
	for (size_t k = 0; k < sizeof(disk_ref); k++)
		disk_ref[k] = (uint8_t)rand();
	if (write(fd, disk_ref, sizeof(disk_ref)) != (ssize_t)sizeof(disk_ref))
		return 1;
	close(fd);
	test_identity_and_features();
	test_io();
	test_readonly();
	test_save_load();
	test_direct();
	test_ratelimit();
	unlink(path);
	CHECK_DONE();
}
