/* Stress of the notification and interrupt path of a virtio-blk disk: a
 * driver written after Linux 6.1's (virtio_ring.c split ring, virtio_mmio.c
 * vm_interrupt, virtio_blk.c queue_rq/virtblk_done, the PLIC driver's
 * claim/complete) runs on two threads against the real device, transport,
 * PLIC and hart interrupt line: one submits batches of reads, writes and
 * flushes and kicks when kick_prepare says so, the other takes the external
 * interrupt (SEIP), claims it, reads and acknowledges InterruptStatus and
 * reaps the used ring with the disable_cb / get_buf / enable_cb dance.
 * With EVENT_IDX on and off, plain, with a freeze/thaw storm (pause), and
 * under an ops rate limit (timed retries). The transport's race hook
 * stretches the device's side of the two notification handshakes (ring
 * seen empty / kicks re-enabled, used entry pushed / interrupt decided)
 * from a few instructions to microseconds, so a missing re-check or fence
 * shows up within a run rather than once in hours. Any request not
 * completed within 3 s is a lost wake-up: the test fails and dumps both
 * sides' indices and flags, the interrupt status, the PLIC and the hart
 * line. */
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cpu/hart.h"
#include "virtio/blk.h"
#include "virtio_rig.h"

#define SLOT 1
#define QN 64
#define NREQ (QN / 3) /* three descriptors per request */
#define HDRS (VM_RAM_BASE + 0x40000)
#define STATS (VM_RAM_BASE + 0x48000)
#define DATA (VM_RAM_BASE + 0x100000)
#define DATA_MAX (256u << 10)
#define DISK_BYTES (8u << 20)
#define STALL_S 3.0
#define PLIC_CTX 1 /* hart 0, S-mode: where Linux takes external interrupts */

static char path[] = "/tmp/rvisor-test-vstress-XXXXXX";

struct drv {
	struct rig r;
	bool event_idx;
	pthread_mutex_t lock; /* the virtqueue's spinlock */
	pthread_cond_t done_cond;
	/* Split ring driver state (Linux's vring_virtqueue). */
	uint16_t avail_idx_shadow, avail_flags_shadow, last_used_idx, num_added;
	bool event_triggered;
	bool busy[NREQ];
	uint32_t want_len[NREQ];
	unsigned inflight;
	/* Progress and verdicts. */
	atomic_ullong submitted, completed, kicks, irqs, spurious;
	atomic_bool stop_submit, stop_irq, failed;
	double last_progress;
	unsigned seed;
};

static uint64_t avail_pa(unsigned off)
{
	return RIG_AVAIL(0) + off;
}

static uint64_t used_pa(unsigned off)
{
	return RIG_USED(0) + off;
}

/* Guest RAM accessors as the driver does them (plain loads and stores). */
static uint16_t ld16(struct drv *d, uint64_t pa)
{
	uint16_t v;
	memcpy(&v, d->r.vm->bus.ram + (pa - VM_RAM_BASE), 2);
	return v;
}

static void st16(struct drv *d, uint64_t pa, uint16_t v)
{
	memcpy(d->r.vm->bus.ram + (pa - VM_RAM_BASE), &v, 2);
}

static uint32_t ld32(struct drv *d, uint64_t pa)
{
	uint32_t v;
	memcpy(&v, d->r.vm->bus.ram + (pa - VM_RAM_BASE), 4);
	return v;
}

#define virtio_mb() atomic_thread_fence(memory_order_seq_cst)
#define virtio_wmb() atomic_thread_fence(memory_order_release)
#define virtio_rmb() atomic_thread_fence(memory_order_acquire)

static bool more_used(struct drv *d)
{
	return d->last_used_idx != ld16(d, used_pa(2));
}

/* virtqueue_disable_cb_split */
static void disable_cb(struct drv *d)
{
	if (!(d->avail_flags_shadow & VIRTQ_AVAIL_F_NO_INTERRUPT)) {
		d->avail_flags_shadow |= VIRTQ_AVAIL_F_NO_INTERRUPT;
		if (d->event_triggered)
			return;
		if (d->event_idx)
			st16(d, avail_pa(4 + 2 * QN), 0); /* Linux: "a hack" */
		else
			st16(d, avail_pa(0), d->avail_flags_shadow);
	}
}

/* virtqueue_enable_cb: prepare + poll; true when nothing more is used. */
static bool enable_cb(struct drv *d)
{
	if (d->event_triggered)
		d->event_triggered = false;
	if (d->avail_flags_shadow & VIRTQ_AVAIL_F_NO_INTERRUPT) {
		d->avail_flags_shadow &= (uint16_t)~VIRTQ_AVAIL_F_NO_INTERRUPT;
		if (!d->event_idx)
			st16(d, avail_pa(0), d->avail_flags_shadow);
	}
	st16(d, avail_pa(4 + 2 * QN), d->last_used_idx);
	virtio_mb();
	return !more_used(d);
}

/* virtqueue_get_buf_ctx_split: the next used request, or -1. */
static int get_buf(struct drv *d, uint32_t *len)
{
	if (!more_used(d))
		return -1;
	virtio_rmb();
	unsigned slot = d->last_used_idx & (QN - 1);
	uint32_t id = ld32(d, used_pa(4 + 8 * slot));
	*len = ld32(d, used_pa(8 + 8 * slot));
	d->last_used_idx++;
	if (!(d->avail_flags_shadow & VIRTQ_AVAIL_F_NO_INTERRUPT)) {
		st16(d, avail_pa(4 + 2 * QN), d->last_used_idx);
		virtio_mb();
	}
	return (int)id;
}

static void fail(struct drv *d, const char *why, ...) __attribute__((format(printf, 2, 3)));

/* virtblk_done (the vq lock held) */
static void blk_done(struct drv *d)
{
	uint32_t len;
	int id;
	do {
		disable_cb(d);
		while ((id = get_buf(d, &len)) >= 0) {
			if (id % 3 || id / 3 >= NREQ || !d->busy[id / 3]) {
				fail(d, "used id %d was not in flight", id);
				return;
			}
			unsigned k = (unsigned)id / 3;
			uint8_t st = d->r.vm->bus.ram[STATS + k - VM_RAM_BASE];
			if (st != 0 || len != d->want_len[k])
				fail(d, "request %u: status %u, used length %u (expected 0, %u)", k,
				     st, len, d->want_len[k]);
			d->busy[k] = false;
			d->inflight--;
			atomic_fetch_add(&d->completed, 1);
		}
	} while (!enable_cb(d));
	pthread_cond_broadcast(&d->done_cond);
}

/* The external interrupt: PLIC claim, vm_interrupt, complete. */
static void *irq_thread(void *arg)
{
	struct drv *d = arg;
	struct hart *h = d->r.vm->harts[0];
	uint64_t claim = VIRT_PLIC_BASE + 0x200004 + 0x1000 * PLIC_CTX;
	while (!atomic_load(&d->stop_irq)) {
		if (!(atomic_load(&h->mip) & MIP_SEIP)) {
			if (rand_r(&d->seed) % 4 == 0)
				usleep(20);
			else
				sched_yield();
			continue;
		}
		uint32_t irq;
		while ((irq = (uint32_t)bus_rd(d->r.vm, claim, 4)) != 0) {
			if (irq != d->r.irq)
				fail(d, "PLIC claimed source %u, not the disk's %u", irq, d->r.irq);
			atomic_fetch_add(&d->irqs, 1);
			uint32_t status = rig_rd(&d->r, VIRTIO_MMIO_INTERRUPT_STATUS);
			rig_wr(&d->r, VIRTIO_MMIO_INTERRUPT_ACK, status);
			if (status & VIRTIO_INT_USED) {
				pthread_mutex_lock(&d->lock);
				if (!more_used(d)) {
					atomic_fetch_add(&d->spurious, 1);
				} else {
					if (d->event_idx)
						d->event_triggered = true;
					blk_done(d);
				}
				pthread_mutex_unlock(&d->lock);
			}
			bus_wr(d->r.vm, claim, 4, irq);
		}
	}
	return NULL;
}

/* virtio_queue_rq for one request (vq lock held); false when the ring is
 * full. */
static bool add_request(struct drv *d)
{
	unsigned k = 0;
	while (k < NREQ && d->busy[k])
		k++;
	if (k == NREQ)
		return false;
	uint32_t type, len = 0;
	unsigned pick = rand_r(&d->seed) % 10;
	type = pick < 5 ? 0 : pick < 9 ? 1 : 4; /* read, write, flush */
	if (type != 4)
		len = 512 * (1 + rand_r(&d->seed) % (DATA_MAX / 512));
	uint64_t sector = len ? rand_r(&d->seed) % ((DISK_BYTES - len) / 512 + 1) : 0;
	uint8_t hdr[16] = {0};
	memcpy(hdr, &type, 4);
	memcpy(hdr + 8, &sector, 8);
	rig_put(&d->r, HDRS + 16 * k, hdr, 16);
	d->r.vm->bus.ram[STATS + k - VM_RAM_BASE] = 0xee;
	unsigned head = 3 * k;
	uint16_t dflag = type == 0 ? VIRTQ_DESC_F_WRITE : 0;
	rig_put_desc(&d->r, 0, head, HDRS + 16 * k, 16, VIRTQ_DESC_F_NEXT, (uint16_t)(head + 1));
	if (len) {
		rig_put_desc(&d->r, 0, head + 1, DATA + (uint64_t)k * DATA_MAX, len,
			     VIRTQ_DESC_F_NEXT | dflag, (uint16_t)(head + 2));
		rig_put_desc(&d->r, 0, head + 2, STATS + k, 1, VIRTQ_DESC_F_WRITE, 0);
	} else {
		rig_put_desc(&d->r, 0, head + 1, STATS + k, 1, VIRTQ_DESC_F_WRITE, 0);
	}
	d->want_len[k] = (type == 0 ? len : 0) + 1;
	d->busy[k] = true;
	d->inflight++;
	/* virtqueue_add_split: ring entry, wmb, index. */
	st16(d, avail_pa(4 + 2 * (d->avail_idx_shadow & (QN - 1))), (uint16_t)head);
	virtio_wmb();
	d->avail_idx_shadow++;
	st16(d, avail_pa(2), d->avail_idx_shadow);
	d->num_added++;
	atomic_fetch_add(&d->submitted, 1);
	return true;
}

/* virtqueue_kick_prepare_split (vq lock held) */
static bool kick_prepare(struct drv *d)
{
	virtio_mb();
	uint16_t old = (uint16_t)(d->avail_idx_shadow - d->num_added), new = d->avail_idx_shadow;
	d->num_added = 0;
	if (d->event_idx)
		return virtq_need_event(ld16(d, used_pa(4 + 8 * QN)), new, old);
	return !(ld16(d, used_pa(0)) & VIRTQ_USED_F_NO_NOTIFY);
}

static void *submit_thread(void *arg)
{
	struct drv *d = arg;
	while (!atomic_load(&d->stop_submit)) {
		/* A batch (blk-mq with bd->last on the final one). */
		unsigned n = 1 + rand_r(&d->seed) % 4;
		pthread_mutex_lock(&d->lock);
		bool added = false;
		for (unsigned j = 0; j < n && add_request(d); j++)
			added = true;
		bool kick = added && kick_prepare(d);
		if (!added) {
			/* Ring full: wait for completions (like a stopped hw queue). */
			struct timespec ts;
			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_nsec += 50 * 1000 * 1000;
			if (ts.tv_nsec >= 1000000000) {
				ts.tv_sec++;
				ts.tv_nsec -= 1000000000;
			}
			pthread_cond_timedwait(&d->done_cond, &d->lock, &ts);
		}
		pthread_mutex_unlock(&d->lock);
		if (kick) {
			atomic_fetch_add(&d->kicks, 1);
			rig_wr(&d->r, VIRTIO_MMIO_QUEUE_NOTIFY, 0);
		}
		if (rand_r(&d->seed) % 8 == 0)
			usleep(rand_r(&d->seed) % 200);
	}
	return NULL;
}

struct freezer {
	struct drv *d;
	atomic_bool stop;
};

static void *freeze_thread(void *arg)
{
	struct freezer *f = arg;
	unsigned seed = 99;
	while (!atomic_load(&f->stop)) {
		virtio_mmio_freeze(f->d->r.t, true);
		usleep(rand_r(&seed) % 2000);
		virtio_mmio_freeze(f->d->r.t, false);
		usleep(rand_r(&seed) % 3000);
	}
	return NULL;
}

static void dump(struct drv *d)
{
	struct virtio_mmio *t = d->r.t;
	struct virtq *vq = &t->q[0].vq;
	pthread_mutex_lock(&t->wlock);
	fprintf(stderr,
		"  transport: pending=%#x busy=%d frozen=%d timer=%llu isr=%#x needs_reset=%d\n",
		t->pending, t->busy, t->frozen, (unsigned long long)t->timer_ns[0], t->isr,
		(int)atomic_load(&t->needs_reset));
	pthread_mutex_unlock(&t->wlock);
	fprintf(stderr,
		"  device: last_avail=%u used_idx=%u signalled_used=%u valid=%d event_idx=%d\n",
		vq->last_avail_idx, vq->used_idx, vq->signalled_used, vq->signalled_valid,
		vq->event_idx);
	fprintf(stderr,
		"  ring: avail.idx=%u avail.flags=%#x used_event=%u used.idx=%u used.flags=%#x "
		"avail_event=%u\n",
		ld16(d, avail_pa(2)), ld16(d, avail_pa(0)), ld16(d, avail_pa(4 + 2 * QN)),
		ld16(d, used_pa(2)), ld16(d, used_pa(0)), ld16(d, used_pa(4 + 8 * QN)));
	fprintf(stderr,
		"  driver: avail_shadow=%u flags_shadow=%#x last_used=%u inflight=%u "
		"event_triggered=%d\n",
		d->avail_idx_shadow, d->avail_flags_shadow, d->last_used_idx, d->inflight,
		d->event_triggered);
	fprintf(stderr, "  plic: pending word0=%#x; hart mip=%#llx\n",
		(uint32_t)bus_rd(d->r.vm, VIRT_PLIC_BASE + 0x1000, 4),
		(unsigned long long)atomic_load(&d->r.vm->harts[0]->mip));
	fprintf(stderr,
		"  counts: submitted=%llu completed=%llu kicks=%llu irqs=%llu spurious=%llu\n",
		atomic_load(&d->submitted), atomic_load(&d->completed), atomic_load(&d->kicks),
		atomic_load(&d->irqs), atomic_load(&d->spurious));
}

static void fail(struct drv *d, const char *why, ...)
{
	if (atomic_exchange(&d->failed, true))
		return;
	va_list ap;
	va_start(ap, why);
	fprintf(stderr, "FAIL: ");
	vfprintf(stderr, why, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	check_failures++;
}

/* The transport's race hook: now and then a pause of a few to a hundred
 * microseconds where the device has looked at the ring but not yet
 * re-enabled kicks, or pushed but not yet decided on the interrupt. The
 * driver's threads run on meanwhile. Only the I/O thread calls it. */
static void widen(struct virtio_mmio *t)
{
	static unsigned seed = 5;
	(void)t;
	unsigned r = rand_r(&seed);
	if (r % 3 == 0)
		usleep(r % 100);
	else if (r % 3 == 1)
		sched_yield();
}

/* One configuration for `secs` seconds. */
static void stress(bool event_idx, bool freeze, bool limit, double secs)
{
	static struct drv d; /* large: keep it off the stack */
	memset(&d, 0, sizeof(d));
	d.event_idx = event_idx;
	d.seed = (unsigned)(event_idx * 4 + freeze * 2 + limit + 1);
	pthread_mutex_init(&d.lock, NULL);
	pthread_cond_init(&d.done_cond, NULL);
	rig_open(&d.r, SLOT, NULL, -1, -1);
	struct vm_disk bc = {.path = path, .format = "raw"};
	if (limit)
		bc.limits.ops = (struct ratelimit_bucket_cfg){.rate = 3000, .size = 4};
	d.r.t = virtio_blk_create(d.r.b, SLOT, &bc, NULL, NULL);
	CHECK(d.r.t != NULL);
	if (!d.r.t) {
		rig_close(&d.r);
		return;
	}
	d.r.t->race_hook = widen;
	rig_plic_enable(&d.r);
	bus_wr(d.r.vm, VIRT_PLIC_BASE + 0x2000 + 0x80 * PLIC_CTX, 4, 1u << d.r.irq);
	bus_wr(d.r.vm, VIRT_PLIC_BASE + 0x200000 + 0x1000 * PLIC_CTX, 4, 0);
	uint64_t feat = (1ULL << VIRTIO_F_VERSION_1) | (1ULL << 9) /* FLUSH */;
	if (event_idx)
		feat |= 1ULL << VIRTIO_F_RING_EVENT_IDX;
	rig_driver_init(&d.r, feat, 1, QN);

	pthread_t sub, irq, frz;
	struct freezer fz = {.d = &d};
	pthread_create(&irq, NULL, irq_thread, &d);
	pthread_create(&sub, NULL, submit_thread, &d);
	if (freeze)
		pthread_create(&frz, NULL, freeze_thread, &fz);
	double end = rig_now() + secs;
	unsigned long long seen = 0;
	double last = rig_now();
	while (!atomic_load(&d.failed)) {
		usleep(20000);
		double now = rig_now();
		unsigned long long c = atomic_load(&d.completed);
		pthread_mutex_lock(&d.lock);
		bool idle = d.inflight == 0;
		pthread_mutex_unlock(&d.lock);
		if (c != seen || idle) {
			seen = c;
			last = now;
		} else if (now - last > STALL_S) {
			fail(&d, "no request completed for %.1f s with %u in flight", STALL_S,
			     d.inflight);
			break;
		}
		if (now >= end)
			break;
	}
	if (freeze) {
		atomic_store(&fz.stop, true);
		pthread_join(frz, NULL);
		virtio_mmio_freeze(d.r.t, false);
	}
	atomic_store(&d.stop_submit, true);
	pthread_join(sub, NULL);
	/* Everything submitted completes once the submitter stops. */
	for (int k = 0; k < 300 && !atomic_load(&d.failed); k++) {
		pthread_mutex_lock(&d.lock);
		bool idle = d.inflight == 0;
		pthread_mutex_unlock(&d.lock);
		if (idle)
			break;
		if (k == 299)
			fail(&d, "%u requests never completed", d.inflight);
		usleep(10000);
	}
	if (atomic_load(&d.failed))
		dump(&d);
	atomic_store(&d.stop_irq, true);
	pthread_join(irq, NULL);
	fprintf(stderr,
		"event_idx=%d freeze=%d limit=%d: %llu requests, %llu kicks, %llu interrupts "
		"(%llu with nothing new)\n",
		event_idx, freeze, limit, atomic_load(&d.completed), atomic_load(&d.kicks),
		atomic_load(&d.irqs), atomic_load(&d.spurious));
	CHECK(atomic_load(&d.completed) > 50);
	rig_close(&d.r);
	pthread_mutex_destroy(&d.lock);
	pthread_cond_destroy(&d.done_cond);
}

int main(void)
{
	int fd = mkstemp(path);
	if (fd < 0 || ftruncate(fd, DISK_BYTES) < 0)
		return 1;
	close(fd);
	for (int ev = 0; ev < 2; ev++) {
		stress(ev, false, false, 2.0);
		stress(ev, true, false, 1.5);
		stress(ev, false, true, 1.5);
	}
	unlink(path);
	CHECK_DONE();
}
