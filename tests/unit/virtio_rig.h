/* The driver side of the virtio device unit tests: a VM with a board and a
 * virtio-mmio transport ("rig"), register access, feature negotiation and
 * the status sequence, split virtqueues in guest RAM, descriptor chains,
 * the used ring, and state save/load plumbing. Include after check.h. */
#ifndef RVISOR_TEST_VIRTIO_RIG_H
#define RVISOR_TEST_VIRTIO_RIG_H
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "machine/board.h"
#include "state/stream.h"
#include "virtio/mmio.h"
#include "vmfixture.h"
#include "vmm/vm.h"

/* Queue q's rings: descriptors at RIG_DESC(q), avail 4 KiB on, used 8 KiB
 * on, 16 KiB per queue from RAM + 64 KiB; tests keep their buffers clear
 * of the queues they use (all of them fit below RAM + 0x30000). */
#define RIG_MAXQ VIRTIO_MMIO_MAX_QUEUES
#define RIG_RING_SIZE 0x4000
#define RIG_DESC(q) (VM_RAM_BASE + 0x10000 + (uint64_t)RIG_RING_SIZE * (q))
#define RIG_AVAIL(q) (RIG_DESC(q) + 0x1000)
#define RIG_USED(q) (RIG_DESC(q) + 0x2000)

/* What the driver keeps outside guest RAM. A restored device goes on with
 * the rings of the saved one: hand this over with the RAM. */
struct rig_driver {
	unsigned nq, qn;	  /* queues set up, and their size */
	uint16_t avail[RIG_MAXQ]; /* next avail idx per queue */
	uint16_t seen[RIG_MAXQ];  /* used entries taken with rig_next_used */
};

struct rig {
	struct vm *vm;
	struct board *b;
	struct virtio_mmio *t; /* the device under test */
	uint64_t base;	       /* its registers (slot's window) */
	unsigned irq;	       /* its PLIC source */
	struct rig_driver d;
};

/* A VM (RAM from mem_file unless NULL) with a board whose UART uses the
 * fds con_in/con_out (-1: none), set up for a device in slot. The test
 * creates its device, then sets r->t (rig_transport). */
static inline void rig_open(struct rig *r, unsigned slot, const char *mem_file, int con_in,
			    int con_out)
{
	memset(r, 0, sizeof(*r));
	r->vm = new_vm_file(1, mem_file);
	r->b = board_create(&r->vm->env, con_in, con_out, NULL);
	r->base = VIRT_VIRTIO_BASE + (uint64_t)slot * VIRT_VIRTIO_SIZE;
	r->irq = VIRT_VIRTIO_IRQ(slot);
}

static inline void rig_close(struct rig *r)
{
	board_destroy(r->b);
	free_vm(r->vm);
}

/* The nth virtio-mmio transport on the board, in creation order. */
static inline struct virtio_mmio *rig_transport(struct board *b, unsigned nth)
{
	for (unsigned k = 0; k < board_ndevices(b); k++) {
		void *dev;
		if (board_device(b, k, &dev) == &virtio_mmio_board_ops && nth-- == 0)
			return dev;
	}
	return NULL;
}

static inline uint32_t rig_rd(struct rig *r, uint64_t off)
{
	return (uint32_t)bus_rd(r->vm, r->base + off, 4);
}

static inline void rig_wr(struct rig *r, uint64_t off, uint32_t v)
{
	bus_wr(r->vm, r->base + off, 4, v);
}

/* A byte of the device's config space (fields that are not 32-bit
 * aligned, like a MAC address). */
static inline uint8_t rig_cfg8(struct rig *r, unsigned off)
{
	return (uint8_t)bus_rd(r->vm, r->base + VIRTIO_MMIO_CONFIG + off, 1);
}

/* PLIC: source priority 1, so the device's pending bit can be observed. */
static inline void rig_plic_enable(struct rig *r)
{
	bus_wr(r->vm, VIRT_PLIC_BASE + 4 * r->irq, 4, 1);
}

static inline bool rig_plic_pending(struct rig *r)
{
	return (bus_rd(r->vm, VIRT_PLIC_BASE + 0x1000, 4) >> r->irq) & 1;
}

/* Guest RAM; a copy that fails is a failed check. */
static inline void rig_put(struct rig *r, uint64_t pa, const void *p, size_t n)
{
	CHECK(bus_copy_to_guest(&r->vm->bus, pa, p, n));
}

static inline void rig_get(struct rig *r, uint64_t pa, void *p, size_t n)
{
	CHECK(bus_copy_from_guest(&r->vm->bus, pa, p, n));
}

static inline uint16_t rig_get16(struct rig *r, uint64_t pa)
{
	uint16_t v = 0;
	rig_get(r, pa, &v, 2);
	return v;
}

static inline uint32_t rig_get32(struct rig *r, uint64_t pa)
{
	uint32_t v = 0;
	rig_get(r, pa, &v, 4);
	return v;
}

static inline uint64_t rig_features(struct rig *r)
{
	rig_wr(r, VIRTIO_MMIO_DEVICE_FEATURES_SEL, 1);
	uint64_t f = (uint64_t)rig_rd(r, VIRTIO_MMIO_DEVICE_FEATURES) << 32;
	rig_wr(r, VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
	return f | rig_rd(r, VIRTIO_MMIO_DEVICE_FEATURES);
}

/* Reset, ACKNOWLEDGE, DRIVER, the driver's features, FEATURES_OK: returns
 * the status the device shows then (FEATURES_OK cleared: refused). */
static inline uint32_t rig_negotiate(struct rig *r, uint64_t drv)
{
	rig_wr(r, VIRTIO_MMIO_STATUS, 0);
	rig_wr(r, VIRTIO_MMIO_STATUS, VIRTIO_STATUS_ACKNOWLEDGE);
	rig_wr(r, VIRTIO_MMIO_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
	rig_wr(r, VIRTIO_MMIO_DRIVER_FEATURES_SEL, 0);
	rig_wr(r, VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)drv);
	rig_wr(r, VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
	rig_wr(r, VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(drv >> 32));
	rig_wr(r, VIRTIO_MMIO_STATUS,
	       VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK);
	return rig_rd(r, VIRTIO_MMIO_STATUS);
}

/* Queues 0..nq-1 with qn entries each, on zeroed rings, made ready. */
static inline void rig_queues(struct rig *r, unsigned nq, unsigned qn)
{
	static const uint8_t zero[RIG_RING_SIZE];
	CHECK(nq <= RIG_MAXQ);
	r->d = (struct rig_driver){.nq = nq, .qn = qn};
	for (unsigned q = 0; q < nq; q++) {
		rig_put(r, RIG_DESC(q), zero, sizeof(zero));
		rig_wr(r, VIRTIO_MMIO_QUEUE_SEL, q);
		CHECK_EQ_U64(rig_rd(r, VIRTIO_MMIO_QUEUE_NUM_MAX), VIRTQ_MAX_SIZE);
		CHECK_EQ_U64(rig_rd(r, VIRTIO_MMIO_QUEUE_READY), 0);
		rig_wr(r, VIRTIO_MMIO_QUEUE_NUM, qn);
		rig_wr(r, VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)RIG_DESC(q));
		rig_wr(r, VIRTIO_MMIO_QUEUE_DESC_HIGH, (uint32_t)(RIG_DESC(q) >> 32));
		rig_wr(r, VIRTIO_MMIO_QUEUE_DRIVER_LOW, (uint32_t)RIG_AVAIL(q));
		rig_wr(r, VIRTIO_MMIO_QUEUE_DRIVER_HIGH, (uint32_t)(RIG_AVAIL(q) >> 32));
		rig_wr(r, VIRTIO_MMIO_QUEUE_DEVICE_LOW, (uint32_t)RIG_USED(q));
		rig_wr(r, VIRTIO_MMIO_QUEUE_DEVICE_HIGH, (uint32_t)(RIG_USED(q) >> 32));
		rig_wr(r, VIRTIO_MMIO_QUEUE_READY, 1);
		CHECK_EQ_U64(rig_rd(r, VIRTIO_MMIO_QUEUE_READY), 1);
	}
}

static inline void rig_driver_ok(struct rig *r)
{
	rig_wr(r, VIRTIO_MMIO_STATUS,
	       VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK |
		   VIRTIO_STATUS_DRIVER_OK);
}

/* The whole driver init (resetting the device first). A driver that
 * offers buffers before DRIVER_OK does the three steps itself. */
static inline void rig_driver_init(struct rig *r, uint64_t drv, unsigned nq, unsigned qn)
{
	CHECK(rig_negotiate(r, drv) & VIRTIO_STATUS_FEATURES_OK);
	rig_queues(r, nq, qn);
	rig_driver_ok(r);
}

static inline void rig_put_desc_at(struct rig *r, uint64_t table, unsigned i, uint64_t addr,
				   uint32_t len, uint16_t flags, uint16_t next)
{
	uint8_t d[16];
	memcpy(d, &addr, 8);
	memcpy(d + 8, &len, 4);
	memcpy(d + 12, &flags, 2);
	memcpy(d + 14, &next, 2);
	rig_put(r, table + 16 * i, d, 16);
}

/* Descriptor i of queue q's table. */
static inline void rig_put_desc(struct rig *r, unsigned q, unsigned i, uint64_t addr, uint32_t len,
				uint16_t flags, uint16_t next)
{
	rig_put_desc_at(r, RIG_DESC(q), i, addr, len, flags, next);
}

/* Make the chain at head available on q, without a kick. */
static inline void rig_post(struct rig *r, unsigned q, uint16_t head)
{
	if (!r->d.qn) { /* a test bug: no rig_queues, no handed-over rig_driver */
		fprintf(stderr, "rig_post: queue size 0\n");
		abort();
	}
	rig_put(r, RIG_AVAIL(q) + 4 + 2 * (r->d.avail[q] % r->d.qn), &head, 2);
	r->d.avail[q]++;
	__atomic_thread_fence(__ATOMIC_RELEASE);
	rig_put(r, RIG_AVAIL(q) + 2, &r->d.avail[q], 2);
}

/* rig_post and kick. */
static inline void rig_offer(struct rig *r, unsigned q, uint16_t head)
{
	rig_post(r, q, head);
	rig_wr(r, VIRTIO_MMIO_QUEUE_NOTIFY, q);
}

/* rig_offer, and wait until the device is done with the kick. */
static inline void rig_submit(struct rig *r, unsigned q, uint16_t head)
{
	rig_offer(r, q, head);
	virtio_mmio_drain(r->t);
}

static inline uint16_t rig_used_idx(struct rig *r, unsigned q)
{
	return rig_get16(r, RIG_USED(q) + 2);
}

/* Used entry i (a used->idx value, wrapped here) of q: id and length. */
static inline uint32_t rig_used_id(struct rig *r, unsigned q, uint16_t i)
{
	return rig_get32(r, RIG_USED(q) + 4 + 8 * (i % r->d.qn));
}

static inline uint32_t rig_used_len(struct rig *r, unsigned q, uint16_t i)
{
	return rig_get32(r, RIG_USED(q) + 8 + 8 * (i % r->d.qn));
}

/* rig_submit of a chain the device completes at once: the length of the
 * one used entry it added (checked to be head), or -1 when it added none. */
static inline long rig_process(struct rig *r, unsigned q, uint16_t head)
{
	uint16_t before = rig_used_idx(r, q);
	rig_submit(r, q, head);
	uint16_t used = rig_used_idx(r, q);
	if (used == before)
		return -1;
	CHECK_EQ_U64(used, (uint16_t)(before + 1));
	CHECK_EQ_U64(rig_used_id(r, q, before), head);
	return rig_used_len(r, q, before);
}

static inline double rig_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Wait up to ms milliseconds, letting the device finish its kicks before
 * each look, until used->idx of q is idx (equal) or is not idx (!equal).
 * ms = 0 looks once. */
static inline bool rig_wait_idx(struct rig *r, unsigned q, uint16_t idx, bool equal, int ms)
{
	double end = rig_now() + ms / 1000.0;
	for (;;) {
		virtio_mmio_drain(r->t);
		if ((rig_used_idx(r, q) == idx) == equal)
			return true;
		if (rig_now() >= end)
			return false;
		usleep(1000);
	}
}

/* Until q's used ring holds `want` entries (within ms milliseconds). */
static inline bool rig_wait_used(struct rig *r, unsigned q, uint16_t want, int ms)
{
	return rig_wait_idx(r, q, want, true, ms);
}

/* The next used entry of q not taken yet (within ms milliseconds): its id
 * and length; false when none came. */
static inline bool rig_next_used(struct rig *r, unsigned q, uint32_t *id, uint32_t *len, int ms)
{
	if (!rig_wait_idx(r, q, r->d.seen[q], false, ms))
		return false;
	*id = rig_used_id(r, q, r->d.seen[q]);
	*len = rig_used_len(r, q, r->d.seen[q]);
	r->d.seen[q]++;
	return true;
}

/* The board's state into a new writer (ss_writer_free it). */
static inline void rig_save(struct rig *r, struct ss_writer *w)
{
	ss_writer_init(w);
	CHECK(board_save(r->b, w) == 0);
	ss_write_end(w);
}

/* A malloc'ed copy of guest RAM: a snapshot carries it with the state. */
static inline uint8_t *rig_ram_copy(struct rig *r)
{
	uint8_t *ram = malloc(r->vm->bus.ram_size);
	if (!ram)
		abort();
	memcpy(ram, r->vm->bus.ram, r->vm->bus.ram_size);
	return ram;
}

/* Every section of w into board_load_section: 0 when all were taken,
 * -1 (err set) at the first refused or malformed one. */
static inline int rig_load_all(struct board *b, const struct ss_writer *w, bool apply, char *err,
			       size_t n)
{
	size_t off = 0;
	struct ss_reader sr;
	int rc;
	while ((rc = ss_next_section(w->buf, w->len, &off, &sr, err, n)) == 1)
		if (board_load_section(b, &sr, apply, err, n) < 0)
			return -1;
	return rc;
}

/* board_load_section of sr cut short by its last `cut` bytes. */
static inline int rig_load_cut(struct board *b, const struct ss_reader *sr, size_t cut, bool apply,
			       char *err, size_t n)
{
	struct ss_reader t = *sr;
	t.len -= cut;
	return board_load_section(b, &t, apply, err, n);
}

/* A malloc'ed copy of sr's bytes to corrupt, and *t: sr reading the copy. */
static inline uint8_t *rig_section_copy(const struct ss_reader *sr, struct ss_reader *t)
{
	uint8_t *copy = malloc(sr->len);
	if (!copy)
		abort();
	memcpy(copy, sr->p, sr->len);
	*t = *sr;
	t->p = copy;
	return copy;
}

/* The next virtio transport section of w from *off (start at 0), for
 * tests that corrupt one. */
static inline bool rig_next_virt(const struct ss_writer *w, size_t *off, struct ss_reader *sr)
{
	char err[256];
	while (ss_next_section(w->buf, w->len, off, sr, err, sizeof(err)) == 1)
		if (sr->id == SS_ID('V', 'I', 'R', 'T'))
			return true;
	return false;
}
#endif
