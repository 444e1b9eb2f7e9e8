/* virtio-balloon: the host sets a target (config num_pages) and raises a
 * configuration interrupt; the guest allocates that many pages and sends
 * their frame numbers on the inflate queue, and rvisor frees them on the
 * host: a hole is punched in the RAM memfd (MAP_SHARED), or, for a VM
 * restored from a snapshot (RAM = the memory file mapped MAP_PRIVATE), the
 * private copy is dropped with MADV_DONTNEED (the page then reads as the
 * file's content again, which the guest must not rely on anyway: a
 * ballooned page's content is undefined). Deflating needs no host work: the
 * guest simply touches the pages again. The statistics queue carries the
 * guest's memory statistics: the device keeps the guest's buffer and gives
 * it back when it wants a fresh report (on a GET /balloon, and every
 * `stats` seconds when asked).
 *
 * Every frame number is untrusted: one outside guest RAM is refused with a
 * log line (the others in the request are still handled). A freed page goes
 * through bus_note_write, like device DMA, so decoded code cached for it is
 * invalidated and the dirty log (diff snapshots) records that it changed. */
#include "virtio/balloon.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "machine/board.h"
#include "state/stream.h"
#include "util/opts.h"
#include "virtio/devices.h"
#include "virtio/mmio.h"
#include "machine/env.h"
#include "mem/bus.h"

#define VIRTIO_ID_BALLOON 5
#define VIRTIO_BALLOON_F_STATS_VQ 1
#define VIRTIO_BALLOON_F_DEFLATE_ON_OOM 2

#define Q_INFLATE 0
#define Q_DEFLATE 1
#define Q_STATS 2

#define CFG_NUM_PAGES 0
#define CFG_ACTUAL 4
#define CFG_SIZE 8

/* Balloon pages are always 4 KiB (VIRTIO_BALLOON_PFN_SHIFT), whatever the
 * guest's page size. */
#define BALLOON_PFN_SHIFT 12
#define PFNS_PER_READ 256
#define STAT_BYTES 10 /* struct virtio_balloon_stat: le16 tag, le64 val, packed */
#define MAX_STAT_ENTRIES 64
#define MAX_INTERVAL (24u * 3600u)

/* Log-once kinds (0..3 are the transport's). */
#define WARN_BAD_PFN 8
#define WARN_HOST 9
#define WARN_BAD_LEN 10

struct balloon {
	const struct machine_env *env;
	struct virtio_mmio *t;
	uint64_t ram_pages;
	bool deflate_on_oom;
	unsigned interval; /* seconds between statistics polls, 0 = none */

	/* Config space: num_pages written by the host (API thread), actual by
	 * the driver (vCPU thread, transport lock held). */
	_Atomic uint32_t num_pages, actual;

	struct virtq_chain chain; /* I/O thread */

	/* The statistics buffer the device holds (queue 2's lock). */
	bool held;
	uint16_t held_head;
	uint64_t next_poll_ns;
	atomic_bool refresh; /* the host wants a fresh report */

	pthread_mutex_t lock; /* the report below; cond: a new one arrived */
	pthread_cond_t cond;
	uint32_t stats_valid;
	uint64_t stats[BALLOON_NSTATS];
	uint64_t stats_updates;

	atomic_ullong stat_inflated, stat_deflated, stat_refused;
};

static const char *const stat_names[BALLOON_NSTATS] = {
    "swap_in",	    "swap_out",		"major_faults", "minor_faults",	       "free_memory",
    "total_memory", "available_memory", "disk_caches",	"hugetlb_allocations", "hugetlb_failures",
};

const char *virtio_balloon_stat_name(unsigned k)
{
	return k < BALLOON_NSTATS ? stat_names[k] : NULL;
}

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* --- config space --- */

static void config_image(struct balloon *d, uint8_t cfg[CFG_SIZE])
{
	uint32_t n = atomic_load(&d->num_pages), a = atomic_load(&d->actual);
	memcpy(cfg + CFG_NUM_PAGES, &n, 4);
	memcpy(cfg + CFG_ACTUAL, &a, 4);
}

static uint64_t balloon_config_read(void *dev, uint32_t off, unsigned size)
{
	uint8_t cfg[CFG_SIZE];
	config_image(dev, cfg);
	uint64_t v = 0;
	memcpy(&v, cfg + off, size);
	return v;
}

static void balloon_config_write(void *dev, uint32_t off, unsigned size, uint64_t val)
{
	struct balloon *d = dev;
	uint8_t cfg[CFG_SIZE];
	config_image(d, cfg);
	memcpy(cfg + off, &val, size);
	/* num_pages belongs to the host: only `actual` takes the write. */
	if (off + size > CFG_ACTUAL) {
		uint32_t a;
		memcpy(&a, cfg + CFG_ACTUAL, 4);
		atomic_store(&d->actual, a);
	}
}

/* --- inflate / deflate --- */

/* Give [pa, pa + len) of guest RAM back to the host. */
static void free_range(struct balloon *d, uint64_t pa, uint64_t len)
{
	struct bus *bus = d->env->bus;
	uint64_t off = pa - bus->ram_base;
	int rc = bus->ram_fd >= 0
		     ? fallocate(bus->ram_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
				 (off_t)off, (off_t)len)
		     : madvise(bus->ram + off, len, MADV_DONTNEED);
	if (rc < 0)
		virtio_mmio_warn_once(d->t, WARN_HOST, "cannot free guest pages on the host: %s",
				      strerror(errno));
	/* The content changed under the CPU engine: as for DMA. */
	bus_note_write(bus, pa, len);
	atomic_fetch_add(&d->stat_inflated, len >> PAGE_SHIFT);
}

/* An array of le32 page frame numbers (4 KiB frames). Consecutive frames
 * are freed with one host call. */
static long pages_chain(struct balloon *d, struct virtq *vq, struct virtq_chain *c, bool inflate)
{
	struct bus *bus = d->env->bus;
	if (c->read_len % 4)
		virtio_mmio_warn_once(d->t, WARN_BAD_LEN,
				      "%s request of %llu bytes is not whole 32-bit frame numbers",
				      inflate ? "inflate" : "deflate",
				      (unsigned long long)c->read_len);
	uint64_t n = c->read_len / 4, run_pa = 0, run_len = 0;
	uint32_t pfns[PFNS_PER_READ];
	for (uint64_t done = 0; done < n;) {
		uint64_t k = n - done < PFNS_PER_READ ? n - done : PFNS_PER_READ;
		virtq_chain_read(vq, c, done * 4, pfns, k * 4);
		done += k;
		for (uint64_t i = 0; i < k; i++) {
			uint64_t pa = (uint64_t)pfns[i] << BALLOON_PFN_SHIFT;
			if (!bus_is_ram(bus, pa, PAGE_SIZE)) {
				atomic_fetch_add(&d->stat_refused, 1);
				virtio_mmio_warn_once(
				    d->t, WARN_BAD_PFN,
				    "%s: page frame %#x is not guest RAM: ignored",
				    inflate ? "inflate" : "deflate", pfns[i]);
				continue;
			}
			if (!inflate) {
				atomic_fetch_add(&d->stat_deflated, 1);
				continue;
			}
			if (run_len && pa == run_pa + run_len) {
				run_len += PAGE_SIZE;
				continue;
			}
			if (run_len)
				free_range(d, run_pa, run_len);
			run_pa = pa;
			run_len = PAGE_SIZE;
		}
	}
	if (run_len)
		free_range(d, run_pa, run_len);
	return 0; /* nothing written into the chain */
}

static long inflate_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	return pages_chain(dev, vq, c, true);
}

static long deflate_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	return pages_chain(dev, vq, c, false);
}

/* --- statistics --- */

static void read_stats(struct balloon *d, struct virtq *vq, const struct virtq_chain *c)
{
	uint8_t buf[STAT_BYTES * MAX_STAT_ENTRIES];
	uint64_t n = c->read_len / STAT_BYTES;
	if (n > MAX_STAT_ENTRIES)
		n = MAX_STAT_ENTRIES;
	virtq_chain_read(vq, c, 0, buf, n * STAT_BYTES);
	pthread_mutex_lock(&d->lock);
	for (uint64_t k = 0; k < n; k++) {
		uint16_t tag;
		uint64_t val;
		memcpy(&tag, buf + k * STAT_BYTES, 2);
		memcpy(&val, buf + k * STAT_BYTES + 2, 8);
		if (tag < BALLOON_NSTATS) { /* newer tags: ignored */
			d->stats[tag] = val;
			d->stats_valid |= 1u << tag;
		}
	}
	d->stats_updates++;
	pthread_cond_broadcast(&d->cond);
	pthread_mutex_unlock(&d->lock);
}

static void stats_notify(struct balloon *d, struct virtio_mmio *t)
{
	struct virtq *vq = virtio_mmio_vq(t, Q_STATS);
	uint64_t now = now_ns();
	bool pushed = false;
	bool due = d->interval && now >= d->next_poll_ns;
	if (d->held && (atomic_exchange(&d->refresh, false) || due)) {
		/* Returning the buffer is the request for a new report. */
		virtq_push(vq, d->held_head, 0);
		d->held = false;
		pushed = true;
	}
	for (;;) {
		int rc;
		while ((rc = virtq_pop(vq, &d->chain)) > 0) {
			if (d->held) { /* a second buffer: give the older one back */
				virtq_push(vq, d->held_head, 0);
				pushed = true;
			}
			read_stats(d, vq, &d->chain);
			d->held = true;
			d->held_head = d->chain.head;
			atomic_store(&d->refresh, false);
			d->next_poll_ns = now + (uint64_t)d->interval * 1000000000u;
		}
		if (rc < 0) {
			virtio_mmio_set_needs_reset(t, virtq_strerror(rc));
			break;
		}
		/* Move avail_event (EVENT_IDX) past what we took, or the
		 * driver's next buffer comes without a kick. */
		virtq_set_kicks(vq, true);
		if (!virtq_has_avail(vq))
			break;
	}
	if (pushed)
		virtio_mmio_notify_used(t, Q_STATS);
	if (d->held && d->interval)
		virtio_mmio_kick_after(t, Q_STATS,
				       d->next_poll_ns > now ? d->next_poll_ns - now : 1);
}

static void balloon_queue_notify(void *dev, struct virtio_mmio *t, unsigned q)
{
	struct balloon *d = dev;
	switch (q) {
	case Q_INFLATE:
		virtio_mmio_serve(t, q, &d->chain, inflate_chain, d, "malformed inflate request");
		break;
	case Q_DEFLATE:
		virtio_mmio_serve(t, q, &d->chain, deflate_chain, d, "malformed deflate request");
		break;
	case Q_STATS:
		stats_notify(d, t);
		break;
	}
}

static void balloon_reset(void *dev)
{
	struct balloon *d = dev;
	/* The driver forgot its balloon: the guest owns every page again. */
	atomic_store(&d->actual, 0);
	d->held = false;
	atomic_store(&d->refresh, false);
}

/* --- control --- */

struct balloon *virtio_balloon_find(struct board *b)
{
	for (unsigned k = 0; b && k < board_ndevices(b); k++) {
		void *dev;
		if (board_device(b, k, &dev) != &virtio_mmio_board_ops)
			continue;
		struct virtio_mmio *t = dev;
		if (t->ops->device_id == VIRTIO_ID_BALLOON)
			return t->dev;
	}
	return NULL;
}

int virtio_balloon_set_target(struct balloon *d, uint64_t mib)
{
	if (mib > (d->ram_pages >> (20 - PAGE_SHIFT)))
		return -1;
	atomic_store(&d->num_pages, (uint32_t)(mib << (20 - PAGE_SHIFT)));
	virtio_mmio_config_changed(d->t);
	return 0;
}

void virtio_balloon_info(struct balloon *d, bool fresh, unsigned wait_ms, struct balloon_info *out)
{
	memset(out, 0, sizeof(*out));
	bool running =
	    virtio_mmio_has_feature(d->t, VIRTIO_BALLOON_F_STATS_VQ) && !virtio_mmio_broken(d->t);
	pthread_mutex_lock(&d->lock);
	if (fresh && running && wait_ms && !env_is_paused(d->env)) {
		uint64_t gen = d->stats_updates;
		atomic_store(&d->refresh, true);
		virtio_mmio_kick(d->t, Q_STATS);
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		uint64_t ns = (uint64_t)ts.tv_nsec + (uint64_t)wait_ms * 1000000u;
		ts.tv_sec += (time_t)(ns / 1000000000u);
		ts.tv_nsec = (long)(ns % 1000000000u);
		while (d->stats_updates == gen)
			if (pthread_cond_timedwait(&d->cond, &d->lock, &ts) == ETIMEDOUT)
				break;
	}
	out->stats_valid = d->stats_valid;
	memcpy(out->stats, d->stats, sizeof(out->stats));
	out->stats_updates = d->stats_updates;
	pthread_mutex_unlock(&d->lock);
	out->target_pages = atomic_load(&d->num_pages);
	out->actual_pages = atomic_load(&d->actual);
	out->stats_interval = d->interval;
	out->deflate_on_oom = d->deflate_on_oom;
	out->stats_enabled = running;
	out->inflated_pages = atomic_load(&d->stat_inflated);
	out->deflated_pages = atomic_load(&d->stat_deflated);
	out->refused_pfns = atomic_load(&d->stat_refused);
}

/* --- state --- */

/* Payload v1: u32 num_pages, actual; u8 held; u32 held_head; u32 stats_valid;
 * BALLOON_NSTATS x u64 stats. Freed pages need nothing here: they are zero
 * pages in the snapshot's memory file (holes), like any other zero page. */
#define BALLOON_STATE_VERSION 1

static int balloon_save(void *dev, struct ss_writer *w)
{
	struct balloon *d = dev;
	ss_put_u32(w, atomic_load(&d->num_pages));
	ss_put_u32(w, atomic_load(&d->actual));
	ss_put_u8(w, d->held);
	ss_put_u32(w, d->held_head);
	pthread_mutex_lock(&d->lock);
	ss_put_u32(w, d->stats_valid);
	for (unsigned k = 0; k < BALLOON_NSTATS; k++)
		ss_put_u64(w, d->stats[k]);
	pthread_mutex_unlock(&d->lock);
	return w->failed ? -1 : 0;
}

static int balloon_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct balloon *d = dev;
	if (r->version != BALLOON_STATE_VERSION) {
		snprintf(err, errlen,
			 "virtio-balloon state version %u is not supported (this rvisor reads %u)",
			 r->version, BALLOON_STATE_VERSION);
		return -1;
	}
	uint32_t num = ss_get_u32(r), actual = ss_get_u32(r);
	uint8_t held = ss_get_u8(r);
	uint32_t head = ss_get_u32(r), valid = ss_get_u32(r);
	uint64_t stats[BALLOON_NSTATS];
	for (unsigned k = 0; k < BALLOON_NSTATS; k++)
		stats[k] = ss_get_u64(r);
	if (r->error || r->pos != r->len) {
		snprintf(err, errlen, "virtio-balloon state is truncated or oversized");
		return -1;
	}
	if (num > d->ram_pages || actual > d->ram_pages || held > 1 || head >= VIRTQ_MAX_SIZE ||
	    (valid >> BALLOON_NSTATS)) {
		snprintf(
		    err, errlen,
		    "virtio-balloon state is out of range (target %u, actual %u pages of %llu)",
		    num, actual, (unsigned long long)d->ram_pages);
		return -1;
	}
	if (!apply)
		return 0;
	atomic_store(&d->num_pages, num);
	atomic_store(&d->actual, actual);
	d->held = held;
	d->held_head = (uint16_t)head;
	d->next_poll_ns = 0; /* a restored VM reports at once */
	pthread_mutex_lock(&d->lock);
	d->stats_valid = valid;
	memcpy(d->stats, stats, sizeof(stats));
	pthread_mutex_unlock(&d->lock);
	return 0;
}

static void balloon_destroy(void *dev)
{
	struct balloon *d = dev;
	pthread_mutex_destroy(&d->lock);
	pthread_cond_destroy(&d->cond);
	free(d);
}

#define BALLOON_OPS(feat)                                                                          \
	{                                                                                          \
		.name = "balloon", .device_id = VIRTIO_ID_BALLOON, .features = (feat),             \
		.nqueues = 3, .config_size = CFG_SIZE, .config_read = balloon_config_read,         \
		.config_write = balloon_config_write, .queue_notify = balloon_queue_notify,        \
		.reset = balloon_reset, .state_version = BALLOON_STATE_VERSION,                    \
		.save = balloon_save, .load = balloon_load, .destroy = balloon_destroy,            \
	}

/* The statistics queue is always offered; DEFLATE_ON_OOM only when asked. */
static const struct virtio_dev_ops balloon_ops = BALLOON_OPS(1ULL << VIRTIO_BALLOON_F_STATS_VQ);
static const struct virtio_dev_ops balloon_ops_oom =
    BALLOON_OPS((1ULL << VIRTIO_BALLOON_F_STATS_VQ) | (1ULL << VIRTIO_BALLOON_F_DEFLATE_ON_OOM));

int virtio_balloon_create(struct board *b, unsigned slot, const char *opts,
			  const struct vdev_ctx *ctx)
{
	/* On restore the state section sets target and actual. */
	struct opts o;
	char err[160];
	if (opts_parse(&o, opts, false, err, sizeof(err)) < 0)
		return err_set(ctx->err, ERR_INVALID, "%s", err);
	uint64_t size_mib = 0, interval = 0;
	bool oom = false;
	uint64_t ram_mib = board_env(b)->bus->ram_size >> 20;
	const char *bad;
	if (opts_get_u64(&o, "size", 0, &size_mib, err, sizeof(err)) < 0 ||
	    opts_get_bool(&o, "deflate-on-oom", false, &oom, err, sizeof(err)) < 0 ||
	    opts_get_u64(&o, "stats", 0, &interval, err, sizeof(err)) < 0) {
		err_set(ctx->err, ERR_INVALID, "%s", err);
		opts_free(&o);
		return -1;
	}
	if ((bad = opts_unused(&o))) {
		err_set(ctx->err, ERR_INVALID,
			"unknown option '%s' (size=MIB, deflate-on-oom=on, stats=SECONDS)", bad);
		opts_free(&o);
		return -1;
	}
	opts_free(&o);
	if (size_mib > ram_mib)
		return err_set(ctx->err, ERR_INVALID,
			       "size=%llu MiB is more than the %llu MiB of RAM",
			       (unsigned long long)size_mib, (unsigned long long)ram_mib);
	if (interval > MAX_INTERVAL)
		return err_set(ctx->err, ERR_INVALID, "stats=%llu: at most %u seconds",
			       (unsigned long long)interval, MAX_INTERVAL);
	struct balloon *d = calloc(1, sizeof(*d));
	if (!d)
		return err_set(ctx->err, ERR_IO, "out of memory");
	d->env = board_env(b);
	d->ram_pages = d->env->bus->ram_size >> PAGE_SHIFT;
	d->deflate_on_oom = oom;
	d->interval = (unsigned)interval;
	atomic_store(&d->num_pages, (uint32_t)(size_mib << (20 - PAGE_SHIFT)));
	pthread_mutex_init(&d->lock, NULL);
	pthread_cond_init(&d->cond, NULL);
	d->t = virtio_mmio_create(b, slot, oom ? &balloon_ops_oom : &balloon_ops, d, ctx->err);
	return d->t ? 0 : -1;
}

void virtio_balloon_kind_stats(struct virtio_mmio *t, struct vdev_stats *s)
{
	struct balloon *d = t->dev;
	vdev_stat(s, "target_pages", atomic_load(&d->num_pages));
	vdev_stat(s, "actual_pages", atomic_load(&d->actual));
	vdev_stat(s, "inflated_pages", atomic_load(&d->stat_inflated));
	vdev_stat(s, "deflated_pages", atomic_load(&d->stat_deflated));
	vdev_stat(s, "refused_pfns", atomic_load(&d->stat_refused));
}
