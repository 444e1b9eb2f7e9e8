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
#include "virtio/balloon.h"
#include "virtio/devices.h"
#include "virtio_rig.h"

#define SLOT 3
#define RAM VM_RAM_BASE
#define BUF (RAM + 0x40000)
#define PAGES (RAM + 0x200000) /* test pages */
#define QN 16
#define F_STATS (1ULL << 1)
#define F_OOM (1ULL << 2)
#define F_V1 (1ULL << 32)

/* Returns the create status; r->t set on success. mem_file: RAM from it. */
static int balloon_open(struct rig *r, const char *opts, const char *mem_file)
{
	rig_open(r, SLOT, mem_file, -1, -1);
	r->vm->board = r->b;
	struct vdev_ctx ctx = {0};
	int rc = virtio_balloon_create(r->b, SLOT, opts, &ctx);
	r->t = rc == 0 ? rig_transport(r->b, 0) : NULL;
	rig_plic_enable(r);
	return rc;
}

static void driver_init(struct rig *r, uint64_t drv)
{
	rig_driver_init(r, drv, 3, QN);
}

/* One readable buffer of len bytes at BUF + 0x1000 * head, on queue q. */
static void submit(struct rig *r, unsigned q, uint16_t head, const void *data, uint32_t len)
{
	uint64_t buf = BUF + 0x1000ULL * head;
	rig_put(r, buf, data, len);
	rig_put_desc(r, q, head, buf, len, 0, 0);
	rig_submit(r, q, head);
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
	CHECK(balloon_open(&r, "", NULL) == 0);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_DEVICE_ID), 5);
	CHECK_EQ_U64(rig_features(&r) & (F_STATS | F_OOM), F_STATS);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 0), 0);
	rig_close(&r);
	CHECK(balloon_open(&r, "size=16,deflate-on-oom=on,stats=3", NULL) == 0);
	CHECK_EQ_U64(rig_features(&r) & (F_STATS | F_OOM), F_STATS | F_OOM);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 0), 16 * 256);
	rig_close(&r);
	CHECK(balloon_open(&r, "bogus=1", NULL) == -1);
	rig_close(&r);
	CHECK(balloon_open(&r, "size=65", NULL) == -1); /* more than the 64 MiB of RAM */
	rig_close(&r);
	CHECK(balloon_open(&r, "deflate-on-oom=maybe", NULL) == -1);
	rig_close(&r);
}

static void test_target_and_pages(void)
{
	struct rig r;
	CHECK(balloon_open(&r, "", NULL) == 0);
	struct balloon *d = virtio_balloon_find(r.b);
	CHECK(d != NULL);
	driver_init(&r, F_V1 | F_STATS);

	/* New target: config, generation, configuration interrupt. */
	uint32_t gen = rig_rd(&r, VIRTIO_MMIO_CONFIG_GENERATION);
	CHECK(virtio_balloon_set_target(d, 8) == 0);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 0), 8 * 256);
	CHECK(rig_rd(&r, VIRTIO_MMIO_CONFIG_GENERATION) != gen);
	CHECK(rig_rd(&r, VIRTIO_MMIO_INTERRUPT_STATUS) & VIRTIO_INT_CONFIG);
	rig_wr(&r, VIRTIO_MMIO_INTERRUPT_ACK, VIRTIO_INT_CONFIG);
	CHECK(virtio_balloon_set_target(d, 65) == -1);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 0), 8 * 256);
	/* The driver writes actual; num_pages is the host's. */
	rig_wr(&r, VIRTIO_MMIO_CONFIG + 4, 3);
	rig_wr(&r, VIRTIO_MMIO_CONFIG + 0, 12345);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 4), 3);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 0), 8 * 256);

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
	CHECK_EQ_U64(rig_get16(&r, RIG_USED(0) + 2), 1);
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
	CHECK_EQ_U64(rig_get16(&r, RIG_USED(1) + 2), 1);
	virtio_balloon_info(d, false, 0, &in);
	CHECK_EQ_U64(in.deflated_pages, 2);
	fill_page(&r, p0, 0x11);
	CHECK_EQ_U64(page_value(&r, p0), 0x11);

	/* A reset forgets the guest's balloon. */
	rig_wr(&r, VIRTIO_MMIO_STATUS, 0);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_CONFIG + 4), 0);
	rig_close(&r);
}

static void put_stat(uint8_t *p, uint16_t tag, uint64_t val)
{
	memcpy(p, &tag, 2);
	memcpy(p + 2, &val, 8);
}

static void test_stats_and_state(void)
{
	struct rig r, r2;
	CHECK(balloon_open(&r, "stats=0", NULL) == 0);
	struct balloon *d = virtio_balloon_find(r.b);
	driver_init(&r, F_V1 | F_STATS);
	uint8_t st[30];
	put_stat(st, 4, 1000);	    /* free_memory */
	put_stat(st + 10, 5, 2000); /* total_memory */
	put_stat(st + 20, 77, 5);   /* unknown tag: ignored */
	submit(&r, 2, 2, st, sizeof(st));
	CHECK_EQ_U64(rig_get16(&r, RIG_USED(2) + 2), 0); /* held by the device */
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
	CHECK_EQ_U64(rig_get16(&r, RIG_USED(2) + 2), 1);
	CHECK_EQ_U64(rig_get16(&r, RIG_USED(2) + 4), 2);
	CHECK_EQ_U64(in.stats_updates, 1);
	/* The guest's next report (another buffer) is held again. */
	put_stat(st, 4, 900);
	submit(&r, 2, 3, st, 10);
	virtio_balloon_info(d, false, 0, &in);
	CHECK_EQ_U64(in.stats[4], 900);
	CHECK_EQ_U64(in.stats_updates, 2);

	CHECK(virtio_balloon_set_target(d, 20) == 0);
	rig_wr(&r, VIRTIO_MMIO_CONFIG + 4, 77);
	struct ss_writer w;
	rig_save(&r, &w);
	uint8_t *ram = rig_ram_copy(&r);
	struct rig_driver drv = r.d;
	rig_close(&r);

	CHECK(balloon_open(&r2, "stats=0", NULL) == 0);
	memcpy(r2.vm->bus.ram, ram, r2.vm->bus.ram_size);
	free(ram);
	struct balloon *d2 = virtio_balloon_find(r2.b);
	char err[256] = "";
	CHECK(rig_load_all(r2.b, &w, false, err, sizeof(err)) == 0);
	virtio_balloon_info(d2, false, 0, &in);
	CHECK_EQ_U64(in.target_pages, 0); /* validation changes nothing */
	CHECK(rig_load_all(r2.b, &w, true, err, sizeof(err)) == 0);
	virtio_balloon_info(d2, false, 0, &in);
	CHECK_EQ_U64(in.target_pages, 20 * 256);
	CHECK_EQ_U64(in.actual_pages, 77);
	CHECK_EQ_U64(in.stats_valid, (1u << 4) | (1u << 5));
	CHECK_EQ_U64(in.stats[4], 900);
	CHECK_EQ_U64(in.stats[5], 2000);
	CHECK_EQ_U64(rig_rd(&r2, VIRTIO_MMIO_CONFIG + 0), 20 * 256);
	/* The buffer held at the save is given back on the next refresh. */
	r2.d = drv;
	virtio_balloon_info(d2, true, 50, &in);
	virtio_mmio_drain(r2.t);
	CHECK_EQ_U64(rig_get16(&r2, RIG_USED(2) + 2), 2);
	CHECK_EQ_U64(rig_get16(&r2, RIG_USED(2) + 4 + 8), 3);

	/* Refused: truncated, another version, a target beyond RAM. */
	size_t off = 0;
	struct ss_reader sr;
	while (rig_next_virt(&w, &off, &sr)) {
		CHECK(rig_load_cut(r2.b, &sr, 3, false, err, sizeof(err)) == -1);
		/* The device payload starts after the transport's part; its
		 * first u32 is num_pages: make it larger than RAM. */
		struct ss_reader t;
		uint8_t *copy = rig_section_copy(&sr, &t);
		size_t dev_off = sr.len - (4 + 4 + 1 + 4 + 4 + 8 * BALLOON_NSTATS);
		uint32_t huge = 1u << 30;
		memcpy(copy + dev_off, &huge, 4);
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
	CHECK(balloon_open(&r, "", path) == 0);
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
