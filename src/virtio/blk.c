/* virtio-blk: read, write, flush, get-id, discard, write-zeroes, read-only
 * disks, over the block layer (raw, qcow2). Requests run on the transport's
 * I/O thread; data moves through a bounce buffer (one host call per 1 MiB,
 * aligned for cache=none), so a request never touches the image outside the
 * sectors it names. A long request runs in slices of at most 1 MiB: between
 * two slices it may stop for a freeze (pause, snapshot) or, for
 * write-zeroes, for the rate limit, and continue later where it stopped. */
#include "virtio/blk.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "block/block.h"
#include "util/opts.h"
#include "virtio/devices.h"
#include "state/stream.h"
#include "virtio/mmio.h"

#define VIRTIO_ID_BLOCK 2

/* Feature bits (§5.2.3). */
#define VIRTIO_BLK_F_SIZE_MAX 1
#define VIRTIO_BLK_F_SEG_MAX 2
#define VIRTIO_BLK_F_RO 5
#define VIRTIO_BLK_F_BLK_SIZE 6
#define VIRTIO_BLK_F_FLUSH 9
#define VIRTIO_BLK_F_DISCARD 13
#define VIRTIO_BLK_F_WRITE_ZEROES 14

/* Request types and status. */
#define VIRTIO_BLK_T_IN 0
#define VIRTIO_BLK_T_OUT 1
#define VIRTIO_BLK_T_FLUSH 4
#define VIRTIO_BLK_T_GET_ID 8
#define VIRTIO_BLK_T_DISCARD 11
#define VIRTIO_BLK_T_WRITE_ZEROES 13
#define VIRTIO_BLK_S_OK 0
#define VIRTIO_BLK_S_IOERR 1
#define VIRTIO_BLK_S_UNSUPP 2
#define VIRTIO_BLK_WZ_F_UNMAP 1

#define SECTOR 512ULL
#define BOUNCE_SIZE (1u << 20)
/* The most a request does between two looks at the freeze flag and, for
 * write-zeroes, the rate limit: one bounce buffer of data, or 1 MiB of
 * range (a qcow2 v2 image writes real zeroes: ~16 cluster writes). */
#define SLICE_SIZE (1u << 20)
#define SIZE_MAX_SEG (1u << 20)	      /* size_max: bytes per segment */
#define SEG_MAX (VIRTQ_MAX_SIZE - 2)  /* data segments per request */
#define MAX_DISCARD_SECTORS 0x3fffffu /* ~2 GiB per range */
#define MAX_DISCARD_SEG 16u

/* Config layout (§5.2.4), little-endian. */
#define CFG_CAPACITY 0
#define CFG_SIZE_MAX 8
#define CFG_SEG_MAX 12
#define CFG_BLK_SIZE 20
#define CFG_MAX_DISCARD_SECTORS 36
#define CFG_MAX_DISCARD_SEG 40
#define CFG_DISCARD_ALIGN 44
#define CFG_MAX_WZ_SECTORS 48
#define CFG_MAX_WZ_SEG 52
#define CFG_WZ_MAY_UNMAP 56
#define CFG_SIZE 60

/* Log-once kinds (transport's warn_once; 0..3 are the transport's). */
#define WARN_HOST_IO 8
#define WARN_BAD_REQ 9
#define WARN_RO 10

struct blk {
	struct block_dev *bd;
	bool bd_held; /* bd belongs to the VM's resources (kept across reboots) */
	struct virtio_mmio *t;
	uint64_t capacity; /* sectors */
	bool readonly;
	char serial[VIRTIO_BLK_ID_BYTES];
	uint8_t config[CFG_SIZE];
	uint8_t *bounce;	  /* BOUNCE_SIZE, 4 KiB aligned */
	struct virtq_chain chain; /* the request being processed */
	struct ratelimit rl;	  /* bytes/s and requests/s */

	/* A request stopped between two slices (I/O thread only). Its chain
	 * went back to the ring unconsumed, so it is the next one popped;
	 * this says how far it got. Never saved: a snapshot taken meanwhile
	 * records the request as not started, and the restored device runs it
	 * from the beginning, which gives the same result (every slice reads
	 * or writes the same bytes, zeroes or discards the same range). */
	struct {
		bool valid;
		uint32_t epoch;	    /* the queue's epoch (virtq.epoch) */
		uint16_t head, idx; /* the chain's head and its avail ring slot */
		uint32_t type;
		uint64_t sector;
		uint64_t done; /* bytes finished (data, or range bytes in order) */
	} resume;

	/* Counters (written by the I/O thread, read by virtio_blk_stats). */
	uint64_t stat_reads, stat_writes, stat_flushes, stat_errors;
	uint64_t stat_read_bytes, stat_write_bytes;
};

static void put32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static uint64_t blk_config_read(void *dev, uint32_t off, unsigned size)
{
	struct blk *d = dev;
	uint64_t v = 0;
	memcpy(&v, d->config + off, size);
	return v;
}

/* Is [sector, sector + bytes/512) on the disk, bytes a whole number of sectors? */
static bool range_ok(const struct blk *d, uint64_t sector, uint64_t bytes)
{
	if (bytes % SECTOR)
		return false;
	uint64_t n = bytes / SECTOR;
	return sector <= d->capacity && n <= d->capacity - sector;
}

static uint8_t io_status(struct blk *d, long rc, const char *what)
{
	if (rc >= 0)
		return VIRTIO_BLK_S_OK;
	__atomic_fetch_add(&d->stat_errors, 1, __ATOMIC_RELAXED);
	virtio_mmio_warn_once(d->t, WARN_HOST_IO, "%s on %s failed: %s", what, d->bd->path,
			      block_strerror((int)rc));
	return VIRTIO_BLK_S_IOERR;
}

/* The slice loops' results besides a status byte (VIRTIO_BLK_S_*). */
#define SLICES_YIELD (-1) /* a freeze is wanted: stop, continue after the thaw */
#define SLICES_WAIT (-2)  /* the rate limit: stop, a timed kick continues */

/* Disk -> guest: `len` bytes at byte offset `pos` into the chain's writable
 * part from offset 0, from d->resume.done on. */
static int do_read(struct blk *d, struct virtq *vq, uint64_t pos, uint64_t len)
{
	while (d->resume.done < len) {
		if (virtio_mmio_should_yield(d->t))
			return SLICES_YIELD;
		uint64_t done = d->resume.done;
		uint64_t n = len - done < BOUNCE_SIZE ? len - done : BOUNCE_SIZE;
		ssize_t rc = block_pread(d->bd, d->bounce, n, pos + done);
		if (rc < 0)
			return io_status(d, rc, "read");
		virtq_chain_write(vq, &d->chain, done, d->bounce, n);
		d->resume.done += n;
	}
	__atomic_fetch_add(&d->stat_reads, 1, __ATOMIC_RELAXED);
	__atomic_fetch_add(&d->stat_read_bytes, len, __ATOMIC_RELAXED);
	return VIRTIO_BLK_S_OK;
}

/* Guest -> disk: the chain's readable part from offset 16 (after the
 * header), from d->resume.done on. */
static int do_write(struct blk *d, struct virtq *vq, uint64_t pos, uint64_t len)
{
	while (d->resume.done < len) {
		if (virtio_mmio_should_yield(d->t))
			return SLICES_YIELD;
		uint64_t done = d->resume.done;
		uint64_t n = len - done < BOUNCE_SIZE ? len - done : BOUNCE_SIZE;
		virtq_chain_read(vq, &d->chain, 16 + done, d->bounce, n);
		ssize_t rc = block_pwrite(d->bd, d->bounce, n, pos + done);
		if (rc < 0)
			return io_status(d, rc, "write");
		d->resume.done += n;
	}
	__atomic_fetch_add(&d->stat_writes, 1, __ATOMIC_RELAXED);
	__atomic_fetch_add(&d->stat_write_bytes, len, __ATOMIC_RELAXED);
	return VIRTIO_BLK_S_OK;
}

/* Discard / write-zeroes: an array of {u64 sector, u32 num_sectors, u32 flags}.
 * The ranges are worked through in order, SLICE_SIZE bytes at a time, from
 * d->resume.done (bytes of the ranges already done, counted in order).
 * Write-zeroes pays each slice's bytes to the rate limit before doing it:
 * whatever the image does underneath (a hole, a zero flag, or real zeroes
 * written cluster by cluster in a qcow2 v2 image), the guest asked for that
 * many bytes to be written. Discard moves no data (it only deallocates) and
 * costs its one op. */
static int do_ranges(struct blk *d, struct virtq *vq, uint32_t type, uint64_t len)
{
	if (len == 0 || len % 16 || len / 16 > MAX_DISCARD_SEG)
		return VIRTIO_BLK_S_IOERR;
	uint8_t segs[16 * MAX_DISCARD_SEG];
	virtq_chain_read(vq, &d->chain, 16, segs, len);
	/* Check every range before changing anything. */
	for (uint64_t k = 0; k < len / 16; k++) {
		uint64_t sector;
		uint32_t num, flags;
		memcpy(&sector, segs + 16 * k, 8);
		memcpy(&num, segs + 16 * k + 8, 4);
		memcpy(&flags, segs + 16 * k + 12, 4);
		if (flags & ~(uint32_t)VIRTIO_BLK_WZ_F_UNMAP)
			return VIRTIO_BLK_S_UNSUPP;
		if (type == VIRTIO_BLK_T_DISCARD && flags)
			return VIRTIO_BLK_S_UNSUPP;
		if (num > MAX_DISCARD_SECTORS || !range_ok(d, sector, num * SECTOR))
			return VIRTIO_BLK_S_IOERR;
	}
	uint64_t start = 0; /* of range k, in the ranges' bytes counted in order */
	for (uint64_t k = 0; k < len / 16; k++) {
		uint64_t sector;
		uint32_t num, flags;
		memcpy(&sector, segs + 16 * k, 8);
		memcpy(&num, segs + 16 * k + 8, 4);
		memcpy(&flags, segs + 16 * k + 12, 4);
		uint64_t bytes = num * SECTOR;
		while (d->resume.done < start + bytes) {
			if (virtio_mmio_should_yield(d->t))
				return SLICES_YIELD;
			uint64_t off = d->resume.done - start;
			uint64_t n = bytes - off < SLICE_SIZE ? bytes - off : SLICE_SIZE;
			uint64_t wait;
			if (type == VIRTIO_BLK_T_WRITE_ZEROES &&
			    !ratelimit_take_n(&d->rl, n, 0, ratelimit_now_ns(), &wait)) {
				virtio_mmio_kick_after(d->t, 0, wait);
				return SLICES_WAIT;
			}
			uint64_t at = sector * SECTOR + off;
			int rc =
			    type == VIRTIO_BLK_T_DISCARD
				? block_discard(d->bd, at, n)
				: block_write_zeroes(d->bd, at, n, flags & VIRTIO_BLK_WZ_F_UNMAP);
			if (rc < 0)
				return io_status(d, rc,
						 type == VIRTIO_BLK_T_DISCARD ? "discard"
									      : "write-zeroes");
			d->resume.done += n;
		}
		start += bytes;
	}
	return VIRTIO_BLK_S_OK;
}

/* One request, or what is left of it. Returns the bytes written into the
 * chain (used length), -1 when the chain cannot carry a status (the device
 * needs a reset), VIRTIO_CHAIN_STOP when the rate limit says to wait, or
 * VIRTIO_CHAIN_YIELD when a freeze stopped it between two slices (both
 * leave d->resume saying how far it got). */
static long handle(struct blk *d, struct virtq *vq)
{
	struct virtq_chain *c = &d->chain;
	if (c->read_len < 16 || c->write_len < 1) {
		virtio_mmio_warn_once(d->t, WARN_BAD_REQ,
				      "request without a header or a status byte "
				      "(%llu readable, %llu writable bytes)",
				      (unsigned long long)c->read_len,
				      (unsigned long long)c->write_len);
		return -1;
	}
	uint8_t hdr[16];
	virtq_chain_read(vq, c, 0, hdr, 16);
	uint32_t type;
	uint64_t sector;
	memcpy(&type, hdr, 4);
	memcpy(&sector, hdr + 8, 8);
	uint64_t in_len = c->write_len - 1;  /* data the device may write */
	uint64_t out_len = c->read_len - 16; /* data after the header */
	/* The chain popped last: is it the request that stopped part-way? */
	uint16_t idx = (uint16_t)(vq->last_avail_idx - 1);
	bool resuming = d->resume.valid && d->resume.epoch == vq->epoch &&
			d->resume.head == c->head && d->resume.idx == idx &&
			d->resume.type == type && d->resume.sector == sector;
	if (!resuming) {
		/* Every request is an op; reads and writes also cost their bytes
		 * up front (write-zeroes pays per slice in do_ranges; flush and
		 * discard move no data). A resumed request has paid already. */
		uint64_t cost = 0;
		if (type == VIRTIO_BLK_T_IN)
			cost = in_len;
		else if (type == VIRTIO_BLK_T_OUT)
			cost = out_len;
		uint64_t wait;
		if (!ratelimit_take(&d->rl, cost, ratelimit_now_ns(), &wait)) {
			/* The chain goes back to the ring; the I/O thread retries it. */
			virtio_mmio_kick_after(d->t, 0, wait);
			return VIRTIO_CHAIN_STOP;
		}
		d->resume.valid = false;
		d->resume.done = 0;
	}
	uint64_t used = 0;
	int st;
	switch (type) {
	case VIRTIO_BLK_T_IN:
		if (!range_ok(d, sector, in_len)) {
			virtio_mmio_warn_once(
			    d->t, WARN_BAD_REQ,
			    "read of %llu bytes at sector %llu is outside the disk "
			    "or not whole sectors",
			    (unsigned long long)in_len, (unsigned long long)sector);
			st = VIRTIO_BLK_S_IOERR;
			break;
		}
		st = do_read(d, vq, sector * SECTOR, in_len);
		used = st == VIRTIO_BLK_S_OK ? in_len : 0;
		break;
	case VIRTIO_BLK_T_OUT:
		if (d->readonly) {
			virtio_mmio_warn_once(d->t, WARN_RO, "write to read-only disk %s refused",
					      d->bd->path);
			st = VIRTIO_BLK_S_IOERR;
			break;
		}
		if (!range_ok(d, sector, out_len)) {
			virtio_mmio_warn_once(
			    d->t, WARN_BAD_REQ,
			    "write of %llu bytes at sector %llu is outside the disk "
			    "or not whole sectors",
			    (unsigned long long)out_len, (unsigned long long)sector);
			st = VIRTIO_BLK_S_IOERR;
			break;
		}
		st = do_write(d, vq, sector * SECTOR, out_len);
		break;
	case VIRTIO_BLK_T_FLUSH:
		__atomic_fetch_add(&d->stat_flushes, 1, __ATOMIC_RELAXED);
		st = io_status(d, block_flush(d->bd), "flush");
		break;
	case VIRTIO_BLK_T_GET_ID: {
		uint64_t n = in_len < VIRTIO_BLK_ID_BYTES ? in_len : VIRTIO_BLK_ID_BYTES;
		used = virtq_chain_write(vq, c, 0, d->serial, n);
		st = VIRTIO_BLK_S_OK;
		break;
	}
	case VIRTIO_BLK_T_DISCARD:
	case VIRTIO_BLK_T_WRITE_ZEROES:
		if (d->readonly) {
			st = VIRTIO_BLK_S_IOERR;
			break;
		}
		st = do_ranges(d, vq, type, out_len);
		break;
	default:
		st = VIRTIO_BLK_S_UNSUPP;
		break;
	}
	if (st == SLICES_YIELD || st == SLICES_WAIT) {
		/* Stopped between two slices: remember how far it got. */
		d->resume.valid = true;
		d->resume.epoch = vq->epoch;
		d->resume.head = c->head;
		d->resume.idx = idx;
		d->resume.type = type;
		d->resume.sector = sector;
		return st == SLICES_YIELD ? VIRTIO_CHAIN_YIELD : VIRTIO_CHAIN_STOP;
	}
	d->resume.valid = false;
	/* The status is the last byte the driver gave us to write. */
	uint8_t status = (uint8_t)st;
	virtq_chain_write(vq, c, c->write_len - 1, &status, 1);
	return (long)used + 1;
}

static long blk_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	(void)c; /* d->chain */
	return handle(dev, vq);
}

static void blk_queue_notify(void *dev, struct virtio_mmio *t, unsigned q)
{
	struct blk *d = dev;
	virtio_mmio_serve(t, q, &d->chain, blk_chain, d, "malformed virtio-blk request");
}

/* Section payload v1: u64 capacity (sectors), u8 readonly. The image itself
 * is not in the state: it must be the same disk. */
#define BLK_STATE_VERSION 1

static int blk_save(void *dev, struct ss_writer *w)
{
	struct blk *d = dev;
	ss_put_u64(w, d->capacity);
	ss_put_u8(w, d->readonly);
	return w->failed ? -1 : 0;
}

static int blk_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct blk *d = dev;
	(void)apply;
	if (r->version != BLK_STATE_VERSION) {
		snprintf(err, errlen,
			 "virtio-blk state version %u is not supported (this rvisor reads %u)",
			 r->version, BLK_STATE_VERSION);
		return -1;
	}
	uint64_t cap = ss_get_u64(r);
	uint8_t ro = ss_get_u8(r);
	if (r->error || r->pos != r->len) {
		snprintf(err, errlen, "virtio-blk state is truncated or oversized");
		return -1;
	}
	if (cap != d->capacity || ro != d->readonly) {
		snprintf(
		    err, errlen,
		    "virtio-blk: the state is for a %llu-sector %s disk, %s has %llu sectors%s",
		    (unsigned long long)cap, ro ? "read-only" : "writable", d->bd->path,
		    (unsigned long long)d->capacity, d->readonly ? " (read-only)" : "");
		return -1;
	}
	if (apply)
		d->resume.valid = false; /* the queues start a new epoch anyway */
	return 0;
}

static void blk_destroy(void *dev)
{
	struct blk *d = dev;
	if (!d)
		return;
	if (d->bd) {
		if (!d->readonly)
			block_flush(d->bd);
		if (!d->bd_held)
			block_close(d->bd);
	}
	free(d->bounce);
	ratelimit_destroy(&d->rl);
	free(d);
}

#define BLK_FEATURES                                                                               \
	((1ULL << VIRTIO_BLK_F_SIZE_MAX) | (1ULL << VIRTIO_BLK_F_SEG_MAX) |                        \
	 (1ULL << VIRTIO_BLK_F_BLK_SIZE) | (1ULL << VIRTIO_BLK_F_FLUSH) |                          \
	 (1ULL << VIRTIO_BLK_F_DISCARD) | (1ULL << VIRTIO_BLK_F_WRITE_ZEROES))
#define BLK_OPS(feat)                                                                              \
	{                                                                                          \
		.name = "blk", .device_id = VIRTIO_ID_BLOCK, .features = (feat), .nqueues = 1,     \
		.config_size = CFG_SIZE, .config_read = blk_config_read,                           \
		.queue_notify = blk_queue_notify, .state_version = BLK_STATE_VERSION,              \
		.save = blk_save, .load = blk_load, .destroy = blk_destroy,                        \
	}

/* Feature sets differ (RO): one ops table per variant. */
static const struct virtio_dev_ops blk_ops_rw = BLK_OPS(BLK_FEATURES);
static const struct virtio_dev_ops blk_ops_ro = BLK_OPS(BLK_FEATURES | (1ULL << VIRTIO_BLK_F_RO));

/* A held image's close (vdev_resource). */
static void blk_image_close(void *handle)
{
	block_close(handle);
}

struct virtio_mmio *virtio_blk_create(struct board *b, unsigned slot, const struct vm_disk *cfg,
				      struct vdev_resource *res, struct error *e)
{
	if (cfg->serial && strlen(cfg->serial) > VIRTIO_BLK_ID_BYTES) {
		err_set(e, ERR_INVALID, "disk %s: serial '%s' is longer than %d bytes", cfg->path,
			cfg->serial, VIRTIO_BLK_ID_BYTES);
		return NULL;
	}
	struct blk *d = calloc(1, sizeof(*d));
	if (!d || posix_memalign((void **)&d->bounce, 4096, BOUNCE_SIZE) != 0) {
		err_set(e, ERR_IO, "disk %s: out of memory", cfg->path);
		free(d);
		return NULL;
	}
	ratelimit_init(&d->rl, &cfg->limits, ratelimit_now_ns());
	/* The image opened by the VM's first build, kept across reboots. */
	d->bd = res ? res->handle : NULL;
	d->bd_held = d->bd != NULL;
	if (!d->bd) {
		char err[512];
		struct block_open_opts o = {
		    .format = cfg->format, .readonly = cfg->readonly, .direct = cfg->direct};
		o.format_probed = cfg->format_probed;
		o.handover = cfg->handover;
		d->bd = block_open(cfg->path, &o, err, sizeof(err));
		if (!d->bd) {
			/* err starts with the image's path */
			err_set(e, ERR_INVALID, "disk %s", err);
			blk_destroy(d);
			return NULL;
		}
		if (res) {
			res->handle = d->bd;
			res->close = blk_image_close;
			d->bd_held = true;
		}
	}
	d->readonly = cfg->readonly;
	d->capacity = d->bd->size / SECTOR;
	if (cfg->serial)
		memcpy(d->serial, cfg->serial, strlen(cfg->serial)); /* zero-padded, no NUL at 20 */

	uint64_t cap = d->capacity;
	memcpy(d->config + CFG_CAPACITY, &cap, 8);
	put32(d->config + CFG_SIZE_MAX, SIZE_MAX_SEG);
	put32(d->config + CFG_SEG_MAX, SEG_MAX);
	/* cache=none: O_DIRECT wants aligned offsets: 4 KiB logical blocks. */
	put32(d->config + CFG_BLK_SIZE, cfg->direct ? 4096 : 512);
	put32(d->config + CFG_MAX_DISCARD_SECTORS, MAX_DISCARD_SECTORS);
	put32(d->config + CFG_MAX_DISCARD_SEG, MAX_DISCARD_SEG);
	put32(d->config + CFG_DISCARD_ALIGN, cfg->direct ? 8 : 1);
	put32(d->config + CFG_MAX_WZ_SECTORS, MAX_DISCARD_SECTORS);
	put32(d->config + CFG_MAX_WZ_SEG, MAX_DISCARD_SEG);
	d->config[CFG_WZ_MAY_UNMAP] = 1;

	d->t = virtio_mmio_create(b, slot, cfg->readonly ? &blk_ops_ro : &blk_ops_rw, d, e);
	if (!d->t) /* the transport destroyed d */
		err_prefix(e, "disk %s", cfg->path);
	return d->t;
}

struct ratelimit *virtio_blk_ratelimit(struct virtio_mmio *t)
{
	if (!t || (t->ops != &blk_ops_rw && t->ops != &blk_ops_ro))
		return NULL;
	return &((struct blk *)t->dev)->rl;
}

/* The option names of a disk, for the "bad option" message. */
#define DISK_OPTIONS                                                                               \
	"format=raw|qcow2, readonly=on|off, cache=writeback|none, serial=S, bps=N, bps_burst=N, "  \
	"iops=N, iops_burst=N"

int virtio_blk_parse(const char *spec, struct vm_disk *d, char **buf, struct error *e)
{
	memset(d, 0, sizeof(*d));
	*buf = NULL;
	struct opts o;
	char err[200];
	if (opts_parse(&o, spec, true, err, sizeof(err)) < 0)
		return err_set(e, ERR_INVALID, "%s", err);
	/* The path is everything up to the first single comma, '=' or not. */
	if (o.n && o.item[0].key) {
		if (o.item[0].val)
			((char *)o.item[0].val)[-1] = '=';
		o.item[0].val = o.item[0].key;
		o.item[0].key = NULL;
	}
	const char *path = opts_positional(&o);
	if (!path || !*path) {
		opts_free(&o);
		return err_set(e, ERR_INVALID, "no image path");
	}
	d->path = path;
	struct ratelimit_cfg rl = {0};
	for (unsigned k = 1; k < o.n; k++) {
		const char *key = o.item[k].key, *val = o.item[k].val;
		int lim;
		if (strcmp(key, "format") == 0 && val &&
		    (strcmp(val, "raw") == 0 || strcmp(val, "qcow2") == 0)) {
			d->format = val;
		} else if (strcmp(key, "readonly") == 0 &&
			   (!val || opts_parse_bool(val, &d->readonly))) {
			if (!val)
				d->readonly = true;
		} else if (strcmp(key, "cache") == 0 && val &&
			   (strcmp(val, "writeback") == 0 || strcmp(val, "none") == 0)) {
			d->direct = strcmp(val, "none") == 0;
		} else if (strcmp(key, "serial") == 0 && val) {
			if (strlen(val) > VIRTIO_BLK_ID_BYTES) {
				err_set(e, ERR_INVALID, "serial is longer than %d characters",
					VIRTIO_BLK_ID_BYTES);
				goto fail;
			}
			for (const char *c = val; *c; c++)
				if (*c < 0x20 || *c > 0x7e) {
					err_set(e, ERR_INVALID, "serial must be printable ASCII");
					goto fail;
				}
			d->serial = val;
		} else if ((lim = ratelimit_option(&rl, "", "bps", "iops", key, val, err,
						   sizeof(err))) != 0) {
			if (lim < 0) {
				err_set(e, ERR_INVALID, "%s", err);
				goto fail;
			}
		} else {
			err_set(e, ERR_INVALID, "bad option '%s%s%s' (expected " DISK_OPTIONS ")",
				key, val ? "=" : "", val ? val : "");
			goto fail;
		}
	}
	if (ratelimit_option_check(&rl, "", "bps", "iops", err, sizeof(err)) < 0) {
		err_set(e, ERR_INVALID, "%s", err);
		goto fail;
	}
	d->limits = rl;
	*buf = o.buf; /* d's strings point into it */
	return 0;
fail:
	opts_free(&o);
	memset(d, 0, sizeof(*d));
	return -1;
}

int virtio_blk_create_opts(struct board *b, unsigned slot, const char *opts,
			   const struct vdev_ctx *ctx)
{
	struct vm_disk d;
	char *buf;
	if (virtio_blk_parse(opts, &d, &buf, ctx->err) < 0)
		return -1;
	if (ctx->limits && ctx->limits->set)
		d.limits = ctx->limits->lim[0];
	struct virtio_mmio *t = virtio_blk_create(b, slot, &d, ctx->res, ctx->err);
	free(buf);
	return t ? 0 : -1;
}

void virtio_blk_stats(struct virtio_mmio *t, struct vdev_stats *s)
{
	struct blk *d = t->dev;
	vdev_stat(s, "reads", __atomic_load_n(&d->stat_reads, __ATOMIC_RELAXED));
	vdev_stat(s, "read_bytes", __atomic_load_n(&d->stat_read_bytes, __ATOMIC_RELAXED));
	vdev_stat(s, "writes", __atomic_load_n(&d->stat_writes, __ATOMIC_RELAXED));
	vdev_stat(s, "write_bytes", __atomic_load_n(&d->stat_write_bytes, __ATOMIC_RELAXED));
	vdev_stat(s, "flushes", __atomic_load_n(&d->stat_flushes, __ATOMIC_RELAXED));
	vdev_stat(s, "errors", __atomic_load_n(&d->stat_errors, __ATOMIC_RELAXED));
	pthread_mutex_lock(&d->rl.lock);
	vdev_stat(s, "requests_passed", d->rl.stat_passed);
	vdev_stat(s, "requests_throttled", d->rl.stat_throttled);
	vdev_stat(s, "throttled_ns", d->rl.stat_wait_ns);
	pthread_mutex_unlock(&d->rl.lock);
}

struct block_dev *virtio_blk_image(struct virtio_mmio *t)
{
	if (!t || (t->ops != &blk_ops_rw && t->ops != &blk_ops_ro))
		return NULL;
	return ((struct blk *)t->dev)->bd;
}
