/* virtio-balloon unit test, driving the device through its MMIO registers
 * as Linux's driver does: identity and features per option, option errors,
 * a new target (config space, generation, configuration interrupt), inflate
 * (pages freed on the host read zero again, decoded code on them is
 * invalidated, frame numbers outside RAM refused while the others are
 * handled), deflate, the statistics queue (the buffer is held, given back
 * on a refresh), a save/load round trip into a second VM (target, actual,
 * statistics, the held buffer) with refusals, and inflate on a VM whose RAM
 * is a memory file mapped MAP_PRIVATE (the page reads the file again). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "machine/board.h"
#include "state/stream.h"
#include "virtio/balloon.h"
#include "virtio/devices.h"
#include "virtio/mmio.h"
#include "vmm/vm.h"

#define SLOT 3
#define BASE (VIRT_VIRTIO_BASE + SLOT * VIRT_VIRTIO_SIZE)
#define IRQ VIRT_VIRTIO_IRQ(SLOT)
#define RAM VM_RAM_BASE
#define RING(q) (RAM + 0x10000 + (uint64_t)(q)*0x4000)
#define DESC(q) RING(q)
#define AVAIL(q) (RING(q) + 0x1000)
#define USED(q) (RING(q) + 0x2000)
#define BUF (RAM + 0x40000)
#define PAGES (RAM + 0x200000) /* test pages */
#define QN 16
#define F_STATS (1ULL << 1)
#define F_OOM (1ULL << 2)
#define F_V1 (1ULL << 32)

struct rig {
	struct vm *vm;
	struct board *b;
	struct virtio_mmio *t;
	uint16_t avail[3];
};

static uint32_t rd(struct rig *r, uint64_t off)
{
	uint64_t v = 0xdeadbeef;
	CHECK(bus_read(&r->vm->bus, BASE + off, 4, &v));
	return (uint32_t)v;
}

static void wr(struct rig *r, uint64_t off, uint32_t v)
{
	CHECK(bus_write(&r->vm->bus, BASE + off, 4, v));
}

static struct virtio_mmio *find_transport(struct board *b)
{
	for (unsigned k = 0; k < board_ndevices(b); k++) {
		void *dev;
		if (board_device(b, k, &dev) == &virtio_mmio_board_ops)
			return dev;
	}
	return NULL;
}

/* Returns the create status; r->t set on success. mem_file: RAM from it. */
static int rig_open(struct rig *r, const char *opts, const char *mem_file)
{
	memset(r, 0, sizeof(*r));
	r->vm = calloc(1, sizeof(*r->vm));
	struct vm_config cfg = {.mem_size = 64ULL << 20, .ncpus = 1, .mem_file = mem_file};
	if (!r->vm || vm_init(r->vm, &cfg) < 0)
		abort();
	r->b = board_create(r->vm, -1, -1);
	r->vm->board = r->b;
	struct vdev_ctx ctx = {0};
	int rc = virtio_balloon_create(r->vm, r->b, SLOT, opts, &ctx);
	r->t = rc == 0 ? find_transport(r->b) : NULL;
	CHECK(bus_write(&r->vm->bus, VIRT_PLIC_BASE + 4 * IRQ, 4, 1));
	return rc;
}

static void rig_close(struct rig *r)
{
	board_destroy(r->b);
	vm_destroy(r->vm);
	free(r->vm);
}

static uint64_t features(struct rig *r)
{
	wr(r, VIRTIO_MMIO_DEVICE_FEATURES_SEL, 1);
	uint64_t f = (uint64_t)rd(r, VIRTIO_MMIO_DEVICE_FEATURES) << 32;
	wr(r, VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
	return f | rd(r, VIRTIO_MMIO_DEVICE_FEATURES);
}

static void driver_init(struct rig *r, uint64_t drv)
{
	wr(r, VIRTIO_MMIO_STATUS, 0);
	wr(r, VIRTIO_MMIO_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
	wr(r, VIRTIO_MMIO_DRIVER_FEATURES_SEL, 0);
	wr(r, VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)drv);
	wr(r, VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
	wr(r, VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(drv >> 32));
	wr(r, VIRTIO_MMIO_STATUS,
	   VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK);
	CHECK(rd(r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_FEATURES_OK);
	static uint8_t zero[0xc000];
	bus_copy_to_guest(&r->vm->bus, RING(0), zero, sizeof(zero));
	for (unsigned q = 0; q < 3; q++) {
		wr(r, VIRTIO_MMIO_QUEUE_SEL, q);
		wr(r, VIRTIO_MMIO_QUEUE_NUM, QN);
		wr(r, VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)DESC(q));
		wr(r, VIRTIO_MMIO_QUEUE_DRIVER_LOW, (uint32_t)AVAIL(q));
		wr(r, VIRTIO_MMIO_QUEUE_DEVICE_LOW, (uint32_t)USED(q));
		wr(r, VIRTIO_MMIO_QUEUE_READY, 1);
		CHECK_EQ_U64(rd(r, VIRTIO_MMIO_QUEUE_READY), 1);
		r->avail[q] = 0;
	}
	wr(r, VIRTIO_MMIO_STATUS,
	   VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK |
	       VIRTIO_STATUS_DRIVER_OK);
}

static uint16_t get16(struct rig *r, uint64_t pa)
{
	uint16_t v = 0;
	bus_copy_from_guest(&r->vm->bus, pa, &v, 2);
	return v;
}

/* One readable buffer of len bytes at BUF + 0x1000 * head, on queue q. */
static void submit(struct rig *r, unsigned q, uint16_t head, const void *data, uint32_t len)
{
	uint64_t buf = BUF + 0x1000ULL * head;
	bus_copy_to_guest(&r->vm->bus, buf, data, len);
	uint8_t d[16] = {0};
	memcpy(d, &buf, 8);
	memcpy(d + 8, &len, 4);
	bus_copy_to_guest(&r->vm->bus, DESC(q) + 16 * head, d, 16);
	bus_copy_to_guest(&r->vm->bus, AVAIL(q) + 4 + 2 * (r->avail[q] % QN), &head, 2);
	r->avail[q]++;
	__atomic_thread_fence(__ATOMIC_RELEASE);
	bus_copy_to_guest(&r->vm->bus, AVAIL(q) + 2, &r->avail[q], 2);
	wr(r, VIRTIO_MMIO_QUEUE_NOTIFY, q);
	virtio_mmio_drain(r->t);
}

static void fill_page(struct rig *r, uint64_t pa, uint8_t v)
{
	uint8_t p[4096];
	memset(p, v, sizeof(p));
	bus_copy_to_guest(&r->vm->bus, pa, p, sizeof(p));
}

/* 0..255: every byte of the page is that value; -1: mixed. */
static int page_value(struct rig *r, uint64_t pa)
{
	uint8_t p[4096];
	bus_copy_from_guest(&r->vm->bus, pa, p, sizeof(p));
	for (size_t k = 1; k < sizeof(p); k++)
		if (p[k] != p[0])
			return -1;
	return p[0];
}

static void test_options(void)
{
	struct rig r;
	CHECK(rig_open(&r, "", NULL) == 0);
	CHECK_EQ_U64(rd(&r, VIRTIO_MMIO_DEVICE_ID), 5);
	CHECK_EQ_U64(features(&r) & (F_STATS | F_OOM), F_STATS);
	CHECK_EQ_U64(rd(&r, VIRTIO_MMIO_CONFIG + 0), 0);
	rig_close(&r);
	CHECK(rig_open(&r, "size=16,deflate-on-oom=on,stats=3", NULL) == 0);
	CHECK_EQ_U64(features(&r) & (F_STATS | F_OOM), F_STATS | F_OOM);
	CHECK_EQ_U64(rd(&r, VIRTIO_MMIO_CONFIG + 0), 16 * 256);
	rig_close(&r);
	CHECK(rig_open(&r, "bogus=1", NULL) == -1);
	rig_close(&r);
	CHECK(rig_open(&r, "size=65", NULL) == -1); /* more than the 64 MiB of RAM */
	rig_close(&r);
	CHECK(rig_open(&r, "deflate-on-oom=maybe", NULL) == -1);
	rig_close(&r);
}

static void test_target_and_pages(void)
{
	struct rig r;
	CHECK(rig_open(&r, "", NULL) == 0);
	struct balloon *d = virtio_balloon_find(r.b);
	CHECK(d != NULL);
	driver_init(&r, F_V1 | F_STATS);

	/* New target: config, generation, configuration interrupt. */
	uint32_t gen = rd(&r, VIRTIO_MMIO_CONFIG_GENERATION);
	CHECK(virtio_balloon_set_target(d, 8) == 0);
	CHECK_EQ_U64(rd(&r, VIRTIO_MMIO_CONFIG + 0), 8 * 256);
	CHECK(rd(&r, VIRTIO_MMIO_CONFIG_GENERATION) != gen);
	CHECK(rd(&r, VIRTIO_MMIO_INTERRUPT_STATUS) & VIRTIO_INT_CONFIG);
	wr(&r, VIRTIO_MMIO_INTERRUPT_ACK, VIRTIO_INT_CONFIG);
	CHECK(virtio_balloon_set_target(d, 65) == -1);
	CHECK_EQ_U64(rd(&r, VIRTIO_MMIO_CONFIG + 0), 8 * 256);
	/* The driver writes actual; num_pages is the host's. */
	wr(&r, VIRTIO_MMIO_CONFIG + 4, 3);
	wr(&r, VIRTIO_MMIO_CONFIG + 0, 12345);
	CHECK_EQ_U64(rd(&r, VIRTIO_MMIO_CONFIG + 4), 3);
	CHECK_EQ_U64(rd(&r, VIRTIO_MMIO_CONFIG + 0), 8 * 256);

	/* Inflate: two adjacent pages, a code page, and refused frames. */
	uint64_t p0 = PAGES, p1 = PAGES + 0x1000, p2 = PAGES + 0x5000, keep = PAGES + 0x2000;
	fill_page(&r, p0, 0xaa);
	fill_page(&r, p1, 0xbb);
	fill_page(&r, p2, 0xcc);
	fill_page(&r, keep, 0xdd);
	bus_mark_code(&r.vm->bus, p2);
	uint32_t gen_code = bus_page_gen(&r.vm->bus, p2);
	uint32_t pfns[] = {(uint32_t)(p0 >> 12),
			   (uint32_t)(p1 >> 12),
			   0,
			   0xffffffffu,
			   (uint32_t)((RAM + r.vm->bus.ram_size) >> 12),
			   (uint32_t)(p2 >> 12)};
	submit(&r, 0, 0, pfns, sizeof(pfns));
	CHECK_EQ_U64(get16(&r, USED(0) + 2), 1);
	CHECK_EQ_U64(page_value(&r, p0), 0);
	CHECK_EQ_U64(page_value(&r, p1), 0);
	CHECK_EQ_U64(page_value(&r, p2), 0);
	CHECK_EQ_U64(page_value(&r, keep), 0xdd);
	CHECK(bus_page_gen(&r.vm->bus, p2) != gen_code);
	CHECK(!virtio_mmio_broken(r.t));
	struct balloon_info in;
	virtio_balloon_info(d, false, 0, &in);
	CHECK_EQ_U64(in.inflated_pages, 3);
	CHECK_EQ_U64(in.refused_pfns, 3);
	CHECK_EQ_U64(in.actual_pages, 3);
	CHECK_EQ_U64(in.target_pages, 8 * 256);

	/* Deflate: accounting only; the pages are the guest's again. */
	submit(&r, 1, 1, pfns, 8);
	CHECK_EQ_U64(get16(&r, USED(1) + 2), 1);
	virtio_balloon_info(d, false, 0, &in);
	CHECK_EQ_U64(in.deflated_pages, 2);
	fill_page(&r, p0, 0x11);
	CHECK_EQ_U64(page_value(&r, p0), 0x11);

	/* A reset forgets the guest's balloon. */
	wr(&r, VIRTIO_MMIO_STATUS, 0);
	CHECK_EQ_U64(rd(&r, VIRTIO_MMIO_CONFIG + 4), 0);
	rig_close(&r);
}

static void put_stat(uint8_t *p, uint16_t tag, uint64_t val)
{
	memcpy(p, &tag, 2);
	memcpy(p + 2, &val, 8);
}

static int load_all(struct board *b, const struct ss_writer *w, bool apply, char *err, size_t n)
{
	size_t off = 0;
	struct ss_reader rd;
	int rc;
	while ((rc = ss_next_section(w->buf, w->len, &off, &rd, err, n)) == 1)
		if (board_load_section(b, &rd, apply, err, n) < 0)
			return -1;
	return rc;
}

static void test_stats_and_state(void)
{
	struct rig r, r2;
	CHECK(rig_open(&r, "stats=0", NULL) == 0);
	struct balloon *d = virtio_balloon_find(r.b);
	driver_init(&r, F_V1 | F_STATS);
	uint8_t st[30];
	put_stat(st, 4, 1000);	    /* free_memory */
	put_stat(st + 10, 5, 2000); /* total_memory */
	put_stat(st + 20, 77, 5);   /* unknown tag: ignored */
	submit(&r, 2, 2, st, sizeof(st));
	CHECK_EQ_U64(get16(&r, USED(2) + 2), 0); /* held by the device */
	struct balloon_info in;
	virtio_balloon_info(d, false, 0, &in);
	CHECK_EQ_U64(in.stats_valid, (1u << 4) | (1u << 5));
	CHECK_EQ_U64(in.stats[4], 1000);
	CHECK_EQ_U64(in.stats[5], 2000);
	CHECK_EQ_U64(in.stats_updates, 1);
	CHECK(in.stats_enabled);
	/* A refresh gives the buffer back; no answer comes here: timeout. */
	virtio_balloon_info(d, true, 50, &in);
	virtio_mmio_drain(r.t);
	CHECK_EQ_U64(get16(&r, USED(2) + 2), 1);
	CHECK_EQ_U64(get16(&r, USED(2) + 4), 2);
	CHECK_EQ_U64(in.stats_updates, 1);
	/* The guest's next report (another buffer) is held again. */
	put_stat(st, 4, 900);
	submit(&r, 2, 3, st, 10);
	virtio_balloon_info(d, false, 0, &in);
	CHECK_EQ_U64(in.stats[4], 900);
	CHECK_EQ_U64(in.stats_updates, 2);

	CHECK(virtio_balloon_set_target(d, 20) == 0);
	wr(&r, VIRTIO_MMIO_CONFIG + 4, 77);
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(board_save(r.b, &w) == 0);
	ss_write_end(&w);
	uint8_t *ram = malloc(r.vm->bus.ram_size);
	CHECK(ram != NULL);
	memcpy(ram, r.vm->bus.ram, r.vm->bus.ram_size);
	uint16_t av2 = r.avail[2];
	rig_close(&r);

	CHECK(rig_open(&r2, "stats=0", NULL) == 0);
	memcpy(r2.vm->bus.ram, ram, r2.vm->bus.ram_size);
	free(ram);
	struct balloon *d2 = virtio_balloon_find(r2.b);
	char err[256] = "";
	CHECK(load_all(r2.b, &w, false, err, sizeof(err)) == 0);
	virtio_balloon_info(d2, false, 0, &in);
	CHECK_EQ_U64(in.target_pages, 0); /* validation changes nothing */
	CHECK(load_all(r2.b, &w, true, err, sizeof(err)) == 0);
	virtio_balloon_info(d2, false, 0, &in);
	CHECK_EQ_U64(in.target_pages, 20 * 256);
	CHECK_EQ_U64(in.actual_pages, 77);
	CHECK_EQ_U64(in.stats_valid, (1u << 4) | (1u << 5));
	CHECK_EQ_U64(in.stats[4], 900);
	CHECK_EQ_U64(in.stats[5], 2000);
	CHECK_EQ_U64(rd(&r2, VIRTIO_MMIO_CONFIG + 0), 20 * 256);
	/* The buffer held at the save is given back on the next refresh. */
	r2.avail[2] = av2;
	virtio_balloon_info(d2, true, 50, &in);
	virtio_mmio_drain(r2.t);
	CHECK_EQ_U64(get16(&r2, USED(2) + 2), 2);
	CHECK_EQ_U64(get16(&r2, USED(2) + 4 + 8), 3);

	/* Refused: truncated, another version, a target beyond RAM. */
	size_t off = 0;
	struct ss_reader sr;
	while (ss_next_section(w.buf, w.len, &off, &sr, err, sizeof(err)) == 1) {
		if (sr.id != SS_ID('V', 'I', 'R', 'T'))
			continue;
		struct ss_reader t = sr;
		t.len -= 3;
		CHECK(board_load_section(r2.b, &t, false, err, sizeof(err)) == -1);
		/* The device payload starts after the transport's part; its
		 * first u32 is num_pages: make it larger than RAM. */
		uint8_t *copy = malloc(sr.len);
		memcpy(copy, sr.p, sr.len);
		size_t dev_off = sr.len - (4 + 4 + 1 + 4 + 4 + 8 * BALLOON_NSTATS);
		uint32_t huge = 1u << 30;
		memcpy(copy + dev_off, &huge, 4);
		t = sr;
		t.p = copy;
		CHECK(board_load_section(r2.b, &t, false, err, sizeof(err)) == -1);
		CHECK(strstr(err, "out of range") != NULL);
		/* The device-state version is just before its u64 length. */
		memcpy(copy, sr.p, sr.len);
		uint32_t v99 = 99;
		memcpy(copy + dev_off - 12, &v99, 4);
		CHECK(board_load_section(r2.b, &t, false, err, sizeof(err)) == -1);
		CHECK(strstr(err, "version") != NULL);
		free(copy);
	}
	rig_close(&r2);
	ss_writer_free(&w);
}

/* A restored VM: RAM is a file mapped MAP_PRIVATE; a freed page drops the
 * private copy and reads the file again. */
static void test_private_ram(void)
{
	char path[] = "/tmp/rvisor-test-balloon-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	CHECK(ftruncate(fd, 64 << 20) == 0);
	uint8_t page[4096];
	memset(page, 0x5a, sizeof(page));
	CHECK(pwrite(fd, page, sizeof(page), (off_t)(PAGES - RAM)) == (ssize_t)sizeof(page));
	close(fd);
	struct rig r;
	CHECK(rig_open(&r, "", path) == 0);
	CHECK(r.vm->bus.ram_fd < 0);
	driver_init(&r, F_V1);
	CHECK_EQ_U64(page_value(&r, PAGES), 0x5a);
	fill_page(&r, PAGES, 0x33); /* private copy */
	CHECK_EQ_U64(page_value(&r, PAGES), 0x33);
	uint32_t pfn = (uint32_t)(PAGES >> 12);
	submit(&r, 0, 0, &pfn, 4);
	CHECK_EQ_U64(page_value(&r, PAGES), 0x5a);
	rig_close(&r);
	unlink(path);
}

int main(void)
{
	test_options();
	test_target_and_pages();
	test_stats_and_state();
	test_private_ram();
	CHECK_DONE();
}
