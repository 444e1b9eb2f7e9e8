/* qcow2 format: reader and writer (versions 2 and 3), backing chains,
 * zlib-compressed clusters (read), zero clusters, discard.
 *
 * Every value read from the file is checked before use: table offsets must
 * be cluster-aligned and inside the file, table sizes are bounded, and a
 * corrupt entry fails the request with -EIO (never a crash). Every write to
 * the file, allocation and free first passes the metadata-overlap check
 * (qcow2_overlap.c): a crafted table cannot aim guest data at metadata.
 *
 * Crash safety: metadata is updated in an order that leaves an image that
 * `qemu-img check` finds free of corruption after a kill at any point (only
 * leaked clusters may remain):
 *   1. allocation: refcounts of new clusters are raised first (a new
 *      refcount block is written and synced before the refcount table entry
 *      that points to it; a grown refcount table and its blocks are written
 *      and synced before the header points to them);
 *   2. guest data (with copy-on-write padding) goes to the new clusters,
 *      and a new L2 table (not referenced yet) is written whole;
 *   3. fdatasync: refcounts, data and new L2 table are durable;
 *   4. then the L2 entries in an existing table, or the L1 entry that
 *      points to the new L2 table: no table ever points at a cluster whose
 *      refcount or contents are not on disk;
 *   5. clusters that are no longer referenced (discard, overwritten
 *      compressed clusters) have their refcounts lowered only after the
 *      L2 update is on disk (fdatasync first).
 * Writes into clusters that are already allocated (and not shared) touch no
 * metadata. block_flush() = fdatasync.
 *
 * Not supported (refused with a message): encryption, external data files,
 * extended L2 entries, zstd compression, writing images with internal
 * snapshots, and images whose dirty bit is set (lazy refcounts left
 * unrepaired: run `qemu-img check -r all`). O_DIRECT is dropped for qcow2
 * (metadata I/O is unaligned). Compressed clusters are read, never written.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "block/block.h"
#include "block/qcow2.h"

#define ERR(...) (snprintf(err, errlen, __VA_ARGS__), -EINVAL)

/* ---- small I/O helpers ---- */

int qcow2_pread_full(int fd, void *buf, size_t len, uint64_t off)
{
	size_t done = 0;
	while (done < len) {
		ssize_t n = pread(fd, (char *)buf + done, len - done, (off_t)(off + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (n == 0)
			return -EIO;
		done += (size_t)n;
	}
	return 0;
}

/* Read, with zeroes past the end of the file. */
static int pread_upto(int fd, void *buf, size_t len, uint64_t off)
{
	size_t done = 0;
	while (done < len) {
		ssize_t n = pread(fd, (char *)buf + done, len - done, (off_t)(off + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (n == 0) {
			memset((char *)buf + done, 0, len - done);
			break;
		}
		done += (size_t)n;
	}
	return 0;
}

int qcow2_pwrite_full(int fd, const void *buf, size_t len, uint64_t off)
{
	size_t done = 0;
	while (done < len) {
		ssize_t n = pwrite(fd, (const char *)buf + done, len - done, (off_t)(off + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -errno : -EIO;
		done += (size_t)n;
	}
	return 0;
}

static int sync_fd(struct qcow2 *q)
{
	return fdatasync(q->fd) < 0 ? -errno : 0;
}

/* ---- refcount entries ---- */

uint64_t qcow2_rb_get(uint32_t order, const uint8_t *rb, uint64_t k)
{
	switch (order) {
	case 0:
	case 1:
	case 2: {
		uint32_t bits = 1u << order;
		uint64_t bit = k * bits;
		return (uint64_t)(rb[bit / 8] >> (bit % 8)) & ((1u << bits) - 1);
	}
	case 3:
		return rb[k];
	case 4:
		return (uint64_t)rb[2 * k] << 8 | rb[2 * k + 1];
	case 5:
		return qcow2_be32(rb + 4 * k);
	default:
		return qcow2_be64(rb + 8 * k);
	}
}

void qcow2_rb_set(uint32_t order, uint8_t *rb, uint64_t k, uint64_t v)
{
	switch (order) {
	case 0:
	case 1:
	case 2: {
		uint32_t bits = 1u << order;
		uint64_t bit = k * bits;
		uint8_t mask = (uint8_t)(((1u << bits) - 1) << (bit % 8));
		rb[bit / 8] = (uint8_t)((rb[bit / 8] & ~mask) | ((v << (bit % 8)) & mask));
		break;
	}
	case 3:
		rb[k] = (uint8_t)v;
		break;
	case 4:
		rb[2 * k] = (uint8_t)(v >> 8);
		rb[2 * k + 1] = (uint8_t)v;
		break;
	case 5:
		qcow2_put32(rb + 4 * k, (uint32_t)v);
		break;
	default:
		qcow2_put64(rb + 8 * k, v);
	}
}

/* Byte range of entry k inside a refcount block (to write it back). */
static void rb_entry_bytes(uint32_t order, uint64_t k, uint64_t *start, uint64_t *len)
{
	if (order < 3) {
		*start = (k << order) / 8;
		*len = 1;
	} else {
		*len = 1ull << (order - 3);
		*start = k * *len;
	}
}

void qcow2_compressed_range(const struct qcow2 *q, uint64_t entry, uint64_t *off, uint64_t *len)
{
	uint32_t x = 62 - (q->cluster_bits - 8);
	uint64_t host = entry & ((1ull << x) - 1);
	uint64_t nsect = ((entry >> x) & ((1ull << (q->cluster_bits - 8)) - 1)) + 1;
	*off = host;
	*len = nsect * 512 - (host & 511);
}

/* ---- table caches ---- */

/* A table (L2 table or refcount block) at host offset off, through cache c.
 * The offset must already be validated. */
static int cache_get(struct qcow2 *q, struct qcow2_cache_ent *c, int n, uint64_t off, bool l2,
		     void **out)
{
	int victim = 0;
	for (int k = 0; k < n; k++) {
		if (c[k].off == off && c[k].data) {
			c[k].used = ++q->stamp;
			*out = c[k].data;
			return 0;
		}
		if (c[k].used < c[victim].used)
			victim = k;
	}
	struct qcow2_cache_ent *e = &c[victim];
	if (!e->data && !(e->data = malloc(q->cs)))
		return -ENOMEM;
	e->off = 0;
	int r = qcow2_pread_full(q->fd, e->data, q->cs, off);
	if (r < 0)
		return r;
	if (l2) {
		uint64_t *t = e->data;
		for (uint64_t k = 0; k < q->l2_entries; k++)
			t[k] = qcow2_be64((uint8_t *)&t[k]);
	}
	e->off = off;
	e->used = ++q->stamp;
	*out = e->data;
	return 0;
}

/* Put a freshly built table (host order for L2) into the cache. */
static int cache_put(struct qcow2 *q, struct qcow2_cache_ent *c, int n, uint64_t off,
		     const void *data)
{
	int victim = 0;
	for (int k = 0; k < n; k++) {
		if (c[k].off == off) {
			victim = k;
			break;
		}
		if (c[k].used < c[victim].used)
			victim = k;
	}
	struct qcow2_cache_ent *e = &c[victim];
	if (!e->data && !(e->data = malloc(q->cs)))
		return -ENOMEM;
	memcpy(e->data, data, q->cs);
	e->off = off;
	e->used = ++q->stamp;
	return 0;
}

static void cache_drop(struct qcow2_cache_ent *c, int n, uint64_t off)
{
	for (int k = 0; k < n; k++)
		if (c[k].off == off)
			c[k].off = 0;
}

/* Is [off, off+len) a valid place for a table: aligned and inside the file? */
static bool table_ok(const struct qcow2 *q, uint64_t off, uint64_t len)
{
	return off && (off & (q->cs - 1)) == 0 && off <= q->file_size && len <= q->file_size - off;
}

/* The refcount block covering cluster idx; *rb = NULL when there is none. */
static int refblock(struct qcow2 *q, uint64_t idx, uint8_t **rb, uint64_t *rb_off)
{
	uint64_t b = idx / q->rb_entries;
	*rb = NULL;
	*rb_off = 0;
	if (b >= q->rt_entries || !(q->rt[b] & QCOW2_RTE_OFFSET_MASK))
		return 0;
	uint64_t off = q->rt[b] & QCOW2_RTE_OFFSET_MASK;
	if (!table_ok(q, off, q->cs))
		return -EIO;
	*rb_off = off;
	return cache_get(q, q->rbc, QCOW2_RB_CACHE, off, false, (void **)rb);
}

int qcow2_refcount(struct qcow2 *q, uint64_t idx, uint64_t *out)
{
	uint8_t *rb;
	uint64_t rb_off;
	int r = refblock(q, idx, &rb, &rb_off);
	if (r < 0)
		return r;
	*out = rb ? qcow2_rb_get(q->refcount_order, rb, idx % q->rb_entries) : 0;
	return 0;
}

/* Set the refcount of cluster idx, which must be covered by a refcount block. */
static int set_refcount(struct qcow2 *q, uint64_t idx, uint64_t v)
{
	uint8_t *rb;
	uint64_t rb_off, start, len;
	int r = refblock(q, idx, &rb, &rb_off);
	if (r < 0)
		return r;
	if (!rb)
		return -EIO;
	uint64_t k = idx % q->rb_entries;
	qcow2_rb_set(q->refcount_order, rb, k, v);
	rb_entry_bytes(q->refcount_order, k, &start, &len);
	return qcow2_pwrite_checked(q, QCOW2_META_RB, rb + start, len, rb_off + start);
}

/* Lower the refcount of every cluster in [off, off+len). */
static int unref_range(struct qcow2 *q, uint64_t off, uint64_t len)
{
	if (!len)
		return 0;
	/* An L2 entry that names a metadata cluster must not free it. */
	int r = qcow2_ovl_guard(q, 0, "free", off, len);
	if (r < 0)
		return r;
	for (uint64_t c = off >> q->cluster_bits; c <= (off + len - 1) >> q->cluster_bits; c++) {
		uint64_t rc;
		if ((r = qcow2_refcount(q, c, &rc)) < 0)
			return r;
		if (rc == 0)
			return -EIO; /* already free: corrupt; leave it alone */
		if ((r = set_refcount(q, c, rc - 1)) < 0)
			return r;
		if (rc == 1 && c < q->free_hint)
			q->free_hint = c;
	}
	return 0;
}

/* Create the refcount block for the range holding cluster idx (which is
 * free), placed in cluster idx itself so that it describes itself. The block
 * is on disk (synced) before the refcount table entry that points to it. */
static int new_refblock(struct qcow2 *q, uint64_t idx)
{
	uint64_t b = idx / q->rb_entries;
	memset(q->cbuf, 0, q->cs);
	qcow2_rb_set(q->refcount_order, q->cbuf, idx % q->rb_entries, 1);
	uint64_t off = idx << q->cluster_bits;
	int r = qcow2_pwrite_checked(q, 0, q->cbuf, q->cs, off);
	if (r < 0 || (r = sync_fd(q)) < 0)
		return r;
	if (off + q->cs > q->file_size)
		q->file_size = off + q->cs;
	uint8_t be[8];
	qcow2_put64(be, off);
	if ((r = qcow2_pwrite_checked(q, QCOW2_META_RT, be, 8, q->rt_off + 8 * b)) < 0)
		return r;
	q->rt[b] = off;
	qcow2_ovl_add(q, QCOW2_META_RB, off);
	return cache_put(q, q->rbc, QCOW2_RB_CACHE, off, q->cbuf);
}

/* Grow the refcount table so that it has an entry for refcount block
 * need_b. The new table and the refcount blocks describing it go after the
 * end of the file (in clusters no old refcount block covers); they are
 * written and synced before the header points to them; the old table is
 * freed last (a crash in between leaks it). */
static int grow_refcount_table(struct qcow2 *q, uint64_t need_b)
{
	uint64_t cov_end = q->rt_entries * q->rb_entries;
	uint64_t fend = (q->file_size + q->cs - 1) >> q->cluster_bits;
	uint64_t E = fend > cov_end ? fend : cov_end;
	uint64_t entries = need_b + 1, rtc = 0, nrb = 0;
	if (entries < q->rt_entries * 3 / 2)
		entries = q->rt_entries * 3 / 2;
	for (int it = 0; it < 64; it++) {
		uint64_t nrtc = (entries * 8 + q->cs - 1) >> q->cluster_bits;
		uint64_t total = nrtc + nrb;
		uint64_t b0 = E / q->rb_entries, b1 = (E + total - 1) / q->rb_entries;
		uint64_t nnrb = b1 - b0 + 1;
		if (b1 + 1 > entries)
			entries = b1 + 1;
		nrtc = (entries * 8 + q->cs - 1) >> q->cluster_bits;
		if (nrtc == rtc && nnrb == nrb)
			break;
		rtc = nrtc;
		nrb = nnrb;
	}
	if (rtc * q->cs > QCOW2_MAX_RT_BYTES)
		return -EFBIG;
	uint64_t total = rtc + nrb, b0 = E / q->rb_entries;
	uint64_t new_entries = rtc * q->cs / 8;
	uint8_t *area = calloc(total, q->cs);
	uint64_t *rt = calloc(new_entries, 8);
	if (!area || !rt) {
		free(area);
		free(rt);
		return -ENOMEM;
	}
	/* Layout: [E, E+rtc) table, then the refcount blocks b0, b0+1, ... */
	memcpy(rt, q->rt, q->rt_entries * 8);
	for (uint64_t k = 0; k < nrb; k++)
		rt[b0 + k] = (E + rtc + k) << q->cluster_bits;
	for (uint64_t k = 0; k < new_entries; k++)
		qcow2_put64(area + 8 * k, rt[k]);
	for (uint64_t c = E; c < E + total; c++) {
		uint8_t *blk = area + (rtc + c / q->rb_entries - b0) * q->cs;
		qcow2_rb_set(q->refcount_order, blk, c % q->rb_entries, 1);
	}
	uint64_t off = E << q->cluster_bits;
	int r = qcow2_pwrite_checked(q, 0, area, total * q->cs, off);
	free(area);
	if (r < 0 || (r = sync_fd(q)) < 0) {
		free(rt);
		return r;
	}
	uint8_t h[12];
	qcow2_put64(h, off);
	qcow2_put32(h + 8, (uint32_t)rtc);
	if ((r = qcow2_pwrite_checked(q, QCOW2_META_HEADER, h, 12, 48)) < 0 ||
	    (r = sync_fd(q)) < 0) {
		free(rt);
		return r;
	}
	uint64_t old_off = q->rt_off, old_len = (uint64_t)q->rt_clusters * q->cs;
	free(q->rt);
	q->rt = rt;
	q->rt_entries = new_entries;
	q->rt_off = off;
	q->rt_clusters = (uint32_t)rtc;
	for (uint64_t k = 0; k < nrb; k++)
		qcow2_ovl_add(q, QCOW2_META_RB, rt[b0 + k]);
	if ((E + total) << q->cluster_bits > q->file_size)
		q->file_size = (E + total) << q->cluster_bits;
	unref_range(q, old_off, old_len); /* failure only leaks */
	return 0;
}

/* Allocate n contiguous clusters with refcount 1. The refcounts are written
 * but not synced: the caller syncs before using the clusters. */
static int alloc_clusters(struct qcow2 *q, uint64_t n, uint64_t *out)
{
	uint64_t idx = q->free_hint;
	for (;;) {
		uint64_t k, rc = 0;
		bool rescan = false;
		for (k = 0; k < n; k++) {
			uint64_t c = idx + k;
			if (c >= (1ull << (56 - q->cluster_bits)))
				return -EFBIG;
			if (c / q->rb_entries >= q->rt_entries) {
				int r = grow_refcount_table(q, c / q->rb_entries);
				if (r < 0)
					return r;
				rescan = true;
				break;
			}
			if (!(q->rt[c / q->rb_entries] & QCOW2_RTE_OFFSET_MASK)) {
				int r = new_refblock(q, c);
				if (r < 0)
					return r;
				break;
			}
			int r = qcow2_refcount(q, c, &rc);
			if (r < 0)
				return r;
			if (rc)
				break;
		}
		if (k == n) {
			/* Refcounts that claim metadata is free are corrupt: do
			 * not hand it out. */
			int r = qcow2_ovl_guard(q, 0, "allocate", idx << q->cluster_bits,
						n << q->cluster_bits);
			if (r < 0)
				return r;
		}
		if (rescan)
			continue;
		if (k < n) {
			/* Past the end of the file only leaked clusters (a crash
			 * between allocation and use) have refcounts: a long run of
			 * them means the refcounts are corrupt. */
			if (idx + k > (q->file_size >> q->cluster_bits) + 65536)
				return -EIO;
			if (idx == q->free_hint && k == 0)
				q->free_hint = idx + 1;
			idx += k + 1;
			continue;
		}
		for (k = 0; k < n; k++) {
			int r = set_refcount(q, idx + k, 1);
			if (r < 0)
				return r;
		}
		if (idx == q->free_hint)
			q->free_hint = idx + n;
		uint64_t off = idx << q->cluster_bits;
		if (off + n * q->cs > q->file_size)
			q->file_size = off + n * q->cs;
		*out = off;
		return 0;
	}
}

static int alloc_cluster(struct qcow2 *q, uint64_t *out)
{
	return alloc_clusters(q, 1, out);
}

/* ---- header ---- */

static char *dup_n(const uint8_t *p, size_t n)
{
	char *s = malloc(n + 1);
	if (s) {
		memcpy(s, p, n);
		s[n] = 0;
	}
	return s;
}

int qcow2_load(struct qcow2 *q, int fd, bool ro, bool for_check, char *err, size_t errlen)
{
	memset(q, 0, sizeof(*q));
	q->fd = fd;
	q->ro = ro;
	struct stat st;
	if (fstat(fd, &st) < 0)
		return ERR("cannot stat: %s", strerror(errno));
	q->file_size = (uint64_t)st.st_size;
	uint8_t h[104] = {0};
	if (q->file_size < 72 || qcow2_pread_full(fd, h, q->file_size < 104 ? 72 : 104, 0) < 0)
		return ERR("qcow2 header truncated");
	if (qcow2_be32(h) != QCOW2_MAGIC)
		return ERR("not a qcow2 image (bad magic)");
	q->version = qcow2_be32(h + 4);
	if (q->version != 2 && q->version != 3)
		return ERR("unsupported qcow2 version %u (2 and 3 are supported)", q->version);
	uint64_t backing_off = qcow2_be64(h + 8);
	uint32_t backing_len = qcow2_be32(h + 16);
	q->cluster_bits = qcow2_be32(h + 20);
	if (q->cluster_bits < 9 || q->cluster_bits > 21)
		return ERR("cluster_bits %u out of range (9..21)", q->cluster_bits);
	q->cs = 1ull << q->cluster_bits;
	q->l2_entries = q->cs / 8;
	q->size = qcow2_be64(h + 24);
	if (qcow2_be32(h + 32))
		return ERR("encrypted qcow2 images are not supported");
	q->l1_size = qcow2_be32(h + 36);
	q->l1_off = qcow2_be64(h + 40);
	q->rt_off = qcow2_be64(h + 48);
	q->rt_clusters = qcow2_be32(h + 56);
	q->nb_snapshots = qcow2_be32(h + 60);
	q->snap_off = qcow2_be64(h + 64);
	q->refcount_order = 4;
	q->header_len = 72;
	if (q->version == 3) {
		if (q->file_size < 104)
			return ERR("qcow2 header truncated");
		q->incompat = qcow2_be64(h + 72);
		q->compat = qcow2_be64(h + 80);
		q->autoclear = qcow2_be64(h + 88);
		q->refcount_order = qcow2_be32(h + 96);
		q->header_len = qcow2_be32(h + 100);
		if (q->header_len < 104 || q->header_len > q->cs || q->header_len % 8)
			return ERR("bad header length %u", q->header_len);
	}
	uint64_t known = QCOW2_INCOMPAT_DIRTY | QCOW2_INCOMPAT_CORRUPT | QCOW2_INCOMPAT_DATA_FILE |
			 QCOW2_INCOMPAT_COMPRESSION | QCOW2_INCOMPAT_EXTL2;
	if (q->incompat & ~known)
		return ERR("unsupported qcow2 incompatible features %#llx",
			   (unsigned long long)(q->incompat & ~known));
	if (q->incompat & QCOW2_INCOMPAT_DATA_FILE)
		return ERR("qcow2 images with an external data file are not supported");
	if (q->incompat & QCOW2_INCOMPAT_EXTL2)
		return ERR("qcow2 images with extended L2 entries are not supported");
	if (q->incompat & QCOW2_INCOMPAT_COMPRESSION) {
		uint8_t ct = 0;
		if (q->header_len > 104)
			qcow2_pread_full(fd, &ct, 1, 104);
		if (ct != 0)
			return ERR("qcow2 compression type %u is not supported (only zlib)", ct);
	}
	if (!for_check && (q->incompat & QCOW2_INCOMPAT_DIRTY))
		return ERR("image is dirty (lazy refcounts not written back): run "
			   "'qemu-img check -r all' on it first");
	if (!for_check && !ro && (q->incompat & QCOW2_INCOMPAT_CORRUPT))
		return ERR("image is marked corrupt: repair it with 'qemu-img check -r all' or "
			   "open it read-only");
	if (q->refcount_order > 6)
		return ERR("refcount_order %u out of range (0..6)", q->refcount_order);
	q->rb_entries = (q->cs * 8) >> q->refcount_order;
	q->refcount_max =
	    q->refcount_order == 6 ? UINT64_MAX : (1ull << (1u << q->refcount_order)) - 1;
	if (q->size > (1ull << 60))
		return ERR("virtual size %llu too large", (unsigned long long)q->size);
	if (!ro && q->nb_snapshots)
		return ERR("writing qcow2 images with internal snapshots is not supported; "
			   "open it read-only");

	/* Header extensions. */
	uint8_t *c0 = malloc(q->cs);
	if (!c0)
		return ERR("out of memory");
	if (q->file_size < q->header_len || pread_upto(fd, c0, q->cs, 0) < 0) {
		free(c0);
		return ERR("cannot read the header cluster");
	}
	int ret = 0;
	uint64_t p = q->header_len;
	while (p + 8 <= q->cs) {
		uint32_t type = qcow2_be32(c0 + p), len = qcow2_be32(c0 + p + 4);
		p += 8;
		if (type == QCOW2_EXT_END)
			break;
		if (len > q->cs - p) {
			ret = ERR("header extension %#x overruns the header cluster", type);
			break;
		}
		if (type == QCOW2_EXT_BACKING_FMT) {
			free(q->backing_fmt);
			q->backing_fmt = dup_n(c0 + p, len);
		} else if (type == QCOW2_EXT_CRYPTO) {
			ret = ERR("encrypted qcow2 images are not supported");
			break;
		} else if (type == QCOW2_EXT_DATA_FILE) {
			ret = ERR("qcow2 images with an external data file are not supported");
			break;
		} else if (type == QCOW2_EXT_BITMAPS) {
			q->has_bitmaps = true;
		}
		p += (len + 7) & ~7ull;
	}
	if (!ret && backing_off) {
		if (backing_len == 0 || backing_len > 1023 || backing_off >= q->cs ||
		    backing_len > q->cs - backing_off)
			ret = ERR("bad backing file name location");
		else if (!(q->backing_file = dup_n(c0 + backing_off, backing_len)))
			ret = ERR("out of memory");
		else if (strlen(q->backing_file) != backing_len)
			ret = ERR("backing file name contains a NUL byte");
	}
	free(c0);
	if (ret)
		return ret;

	/* L1 table. */
	uint64_t need_l2 = (q->size + q->cs - 1) >> q->cluster_bits;
	uint64_t need_l1 = (need_l2 + q->l2_entries - 1) / q->l2_entries;
	if ((uint64_t)q->l1_size * 8 > QCOW2_MAX_L1_BYTES)
		return ERR("L1 table too large (%u entries)", q->l1_size);
	if (q->l1_size < need_l1)
		return ERR("L1 table too small for the virtual size");
	if (q->l1_size && !table_ok(q, q->l1_off, (uint64_t)q->l1_size * 8))
		return ERR("L1 table offset %#llx invalid (misaligned or outside the file)",
			   (unsigned long long)q->l1_off);
	q->l1 = calloc(q->l1_size ? q->l1_size : 1, 8);
	if (!q->l1)
		return ERR("out of memory");
	if (q->l1_size) {
		if (qcow2_pread_full(fd, q->l1, (size_t)q->l1_size * 8, q->l1_off) < 0)
			return ERR("cannot read the L1 table");
		for (uint32_t k = 0; k < q->l1_size; k++)
			q->l1[k] = qcow2_be64((uint8_t *)&q->l1[k]);
	}

	/* Refcount table. */
	uint64_t rt_bytes = (uint64_t)q->rt_clusters * q->cs;
	if (q->rt_clusters == 0 || rt_bytes > QCOW2_MAX_RT_BYTES)
		return ERR("refcount table size (%u clusters) invalid", q->rt_clusters);
	if (!table_ok(q, q->rt_off, rt_bytes))
		return ERR("refcount table offset %#llx invalid (misaligned or outside the file)",
			   (unsigned long long)q->rt_off);
	q->rt_entries = rt_bytes / 8;
	if (!(q->rt = malloc(rt_bytes)))
		return ERR("out of memory");
	if (qcow2_pread_full(fd, q->rt, rt_bytes, q->rt_off) < 0)
		return ERR("cannot read the refcount table");
	for (uint64_t k = 0; k < q->rt_entries; k++) {
		q->rt[k] = qcow2_be64((uint8_t *)&q->rt[k]);
		uint64_t off = q->rt[k] & QCOW2_RTE_OFFSET_MASK;
		if (off && (off & (q->cs - 1)))
			return ERR("refcount block %llu misaligned", (unsigned long long)k);
	}
	if (q->nb_snapshots && (q->snap_off & (q->cs - 1)))
		return ERR("snapshot table misaligned");

	q->cbuf = malloc(q->cs);
	q->zin = malloc(2 * q->cs);
	q->zout = malloc(q->cs);
	if (!q->cbuf || !q->zin || !q->zout)
		return ERR("out of memory");
	return 0;
}

void qcow2_unload(struct qcow2 *q)
{
	qcow2_ovl_free(q);
	free(q->l1);
	free(q->rt);
	free(q->backing_file);
	free(q->backing_fmt);
	for (int k = 0; k < QCOW2_L2_CACHE; k++)
		free(q->l2c[k].data);
	for (int k = 0; k < QCOW2_RB_CACHE; k++)
		free(q->rbc[k].data);
	free(q->cbuf);
	free(q->zin);
	free(q->zout);
	memset(q, 0, sizeof(*q));
}

/* ---- backing chain ---- */

/* Images being opened by this thread, outermost first: loop and depth check. */
static _Thread_local struct {
	dev_t dev;
	ino_t ino;
} chain[QCOW2_MAX_CHAIN + 1];
static _Thread_local int chain_depth;
static _Thread_local char chain_err[256]; /* passed up the chain verbatim */

static int open_backing(struct block_dev *bd, struct qcow2 *q, char *err, size_t errlen)
{
	char path[PATH_MAX];
	const char *name = q->backing_file;
	if (name[0] != '/' && strchr(bd->path, '/')) {
		char *dir = strdup(bd->path);
		if (!dir)
			return ERR("out of memory");
		int n = snprintf(path, sizeof(path), "%s/%s", dirname(dir), name);
		free(dir);
		if (n >= (int)sizeof(path))
			return ERR("backing file path too long");
	} else {
		snprintf(path, sizeof(path), "%s", name);
	}
	if (chain_depth >= QCOW2_MAX_CHAIN) {
		snprintf(chain_err, sizeof(chain_err),
			 "backing chain deeper than %d images (at '%s')", QCOW2_MAX_CHAIN, name);
		return ERR("%s", chain_err);
	}
	struct stat st;
	if (stat(path, &st) == 0)
		for (int k = 0; k < chain_depth; k++)
			if (chain[k].dev == st.st_dev && chain[k].ino == st.st_ino) {
				snprintf(chain_err, sizeof(chain_err),
					 "backing file loop: '%s' is already in the chain", name);
				return ERR("%s", chain_err);
			}
	const char *fmt = q->backing_fmt;
	if (fmt && !block_format_find(fmt))
		return ERR("backing file '%s': unsupported format '%s'", name, fmt);
	struct block_open_opts o = {.format = fmt, .readonly = true};
	char berr[512];
	q->backing = block_open(path, &o, berr, sizeof(berr));
	if (!q->backing && chain_err[0])
		return ERR("%s", chain_err);
	if (!q->backing)
		return ERR("backing file: %s", berr);
	return 0;
}

/* ---- open / close ---- */

static bool qcow2_probe(const uint8_t *head, size_t len)
{
	return len >= 4 && qcow2_be32(head) == QCOW2_MAGIC;
}

static void qcow2_close(struct block_dev *bd)
{
	struct qcow2 *q = bd->priv;
	if (!q)
		return;
	if (!q->ro)
		fdatasync(q->fd);
	block_close(q->backing);
	qcow2_unload(q);
	free(q);
	bd->priv = NULL;
}

static int qcow2_open(struct block_dev *bd, int fd, char *err, size_t errlen)
{
	struct qcow2 *q = calloc(1, sizeof(*q));
	if (!q)
		return ERR("out of memory");
	if (bd->direct) {
		int fl = fcntl(fd, F_GETFL);
		if (fl >= 0)
			fcntl(fd, F_SETFL, fl & ~O_DIRECT);
	}
	int r = qcow2_load(q, fd, bd->readonly, false, err, errlen);
	struct stat st;
	if (chain_depth == 0)
		chain_err[0] = 0;
	if (!r && fstat(fd, &st) == 0) {
		chain[chain_depth].dev = st.st_dev;
		chain[chain_depth].ino = st.st_ino;
		chain_depth++;
		if (q->backing_file)
			r = open_backing(bd, q, err, errlen);
		chain_depth--;
	}
	if (!r && !q->ro && q->autoclear) {
		/* Autoclear features (e.g. bitmaps) we do not maintain: clear them. */
		uint8_t z[8] = {0};
		if (qcow2_pwrite_full(fd, z, 8, 88) < 0 || fdatasync(fd) < 0)
			r = ERR("cannot update the header: %s", strerror(errno));
		q->autoclear = 0;
	}
	if (r) {
		block_close(q->backing);
		qcow2_unload(q);
		free(q);
		return r;
	}
	q->name = bd->path;
	bd->priv = q;
	bd->size = q->size;
	return 0;
}

/* ---- lookups ---- */

/* The L2 table for guest cluster gc: *l2 = NULL if none. */
static int l2_table(struct qcow2 *q, uint64_t gc, uint64_t **l2, uint64_t *l2_off)
{
	uint64_t i1 = gc / q->l2_entries;
	*l2 = NULL;
	*l2_off = 0;
	if (i1 >= q->l1_size)
		return -EIO;
	uint64_t off = q->l1[i1] & QCOW2_L1E_OFFSET_MASK;
	if (!off)
		return 0;
	if (!table_ok(q, off, q->cs))
		return -EIO;
	*l2_off = off;
	return cache_get(q, q->l2c, QCOW2_L2_CACHE, off, true, (void **)l2);
}

static int l2_entry(struct qcow2 *q, uint64_t gc, uint64_t *e)
{
	uint64_t *l2, l2_off;
	int r = l2_table(q, gc, &l2, &l2_off);
	*e = 0;
	if (r < 0)
		return r;
	if (l2)
		*e = l2[gc % q->l2_entries];
	return 0;
}

static bool is_zero_entry(const struct qcow2 *q, uint64_t e)
{
	return q->version >= 3 && !(e & QCOW2_OFLAG_COMPRESSED) && (e & QCOW2_OFLAG_ZERO);
}

/* Host offset of a standard (not compressed) entry, validated. */
static int data_offset(const struct qcow2 *q, uint64_t e, uint64_t *off)
{
	*off = e & QCOW2_L2E_OFFSET_MASK;
	if ((*off & (q->cs - 1)) || (*off && *off >= q->file_size))
		return -EIO;
	return 0;
}

static int read_compressed(struct qcow2 *q, uint64_t e)
{
	if (q->zout_entry == e)
		return 0;
	uint64_t off, len;
	qcow2_compressed_range(q, e, &off, &len);
	if (len > 2 * q->cs || off >= q->file_size)
		return -EIO;
	if (len > q->file_size - off)
		len = q->file_size - off; /* the last one may end early */
	int r = qcow2_pread_full(q->fd, q->zin, len, off);
	if (r < 0)
		return r;
	z_stream z = {0};
	if (inflateInit2(&z, -12) != Z_OK)
		return -ENOMEM;
	z.next_in = q->zin;
	z.avail_in = (uInt)len;
	z.next_out = q->zout;
	z.avail_out = (uInt)q->cs;
	int zr = inflate(&z, Z_FINISH);
	inflateEnd(&z);
	if ((zr != Z_STREAM_END && zr != Z_BUF_ERROR) || z.avail_out != 0)
		return -EIO;
	q->zout_entry = e;
	return 0;
}

/* Guest bytes [off, off+len) that the entry e does not hold (unallocated). */
static int read_backing(struct qcow2 *q, void *buf, size_t len, uint64_t off)
{
	if (!q->backing) {
		memset(buf, 0, len);
		return 0;
	}
	uint64_t bsize = q->backing->size;
	size_t have = off >= bsize ? 0 : (size_t)(bsize - off < len ? bsize - off : len);
	if (have) {
		ssize_t r = block_pread(q->backing, buf, have, off);
		if (r < 0)
			return (int)r;
	}
	memset((char *)buf + have, 0, len - have);
	return 0;
}

/* Read guest bytes inside one cluster described by entry e. */
static int read_in_cluster(struct qcow2 *q, uint64_t e, void *buf, size_t len, uint64_t off)
{
	uint64_t in = off & (q->cs - 1);
	if (e & QCOW2_OFLAG_COMPRESSED) {
		int r = read_compressed(q, e);
		if (r < 0)
			return r;
		memcpy(buf, q->zout + in, len);
		return 0;
	}
	if (is_zero_entry(q, e)) {
		memset(buf, 0, len);
		return 0;
	}
	uint64_t host;
	int r = data_offset(q, e, &host);
	if (r < 0)
		return r;
	if (!host)
		return read_backing(q, buf, len, off);
	return pread_upto(q->fd, buf, len, host + in);
}

static ssize_t qcow2_pread(struct block_dev *bd, void *buf, size_t len, uint64_t off)
{
	struct qcow2 *q = bd->priv;
	size_t done = 0;
	while (done < len) {
		uint64_t pos = off + done, gc = pos >> q->cluster_bits;
		size_t n = (size_t)(q->cs - (pos & (q->cs - 1)));
		if (n > len - done)
			n = len - done;
		uint64_t e;
		int r = l2_entry(q, gc, &e);
		if (r == 0)
			r = read_in_cluster(q, e, (char *)buf + done, n, pos);
		if (r < 0)
			return r;
		done += n;
	}
	return (ssize_t)done;
}

/* ---- writes ---- */

/* Does entry e name a cluster we may overwrite in place? */
static bool in_place(const struct qcow2 *q, uint64_t e)
{
	return (e & QCOW2_OFLAG_COPIED) && !(e & QCOW2_OFLAG_COMPRESSED) && !is_zero_entry(q, e) &&
	       (e & QCOW2_L2E_OFFSET_MASK);
}

/* Write [len bytes at guest off], all inside the L2 table of guest cluster
 * range [gc0, gc1]. Follows the ordering in the file header. */
static int write_slice(struct qcow2 *q, const uint8_t *buf, size_t len, uint64_t off)
{
	uint64_t gc0 = off >> q->cluster_bits, gc1 = (off + len - 1) >> q->cluster_bits;
	uint64_t i1 = gc0 / q->l2_entries;
	uint64_t *l2, l2_off;
	int r = l2_table(q, gc0, &l2, &l2_off);
	if (r < 0)
		return r;
	if (l2_off && !(q->l1[i1] & QCOW2_OFLAG_COPIED))
		return -ENOTSUP; /* shared L2 table (internal snapshots) */

	/* Pass 1: in-place writes; count clusters needing allocation. */
	uint64_t nalloc = 0;
	for (uint64_t gc = gc0; gc <= gc1; gc++) {
		uint64_t e = l2 ? l2[gc % q->l2_entries] : 0;
		uint64_t s = gc == gc0 ? off : gc << q->cluster_bits;
		uint64_t end = gc == gc1 ? off + len : (gc + 1) << q->cluster_bits;
		if (in_place(q, e)) {
			uint64_t host;
			if ((r = data_offset(q, e, &host)) < 0)
				return r;
			r = qcow2_pwrite_checked(q, 0, buf + (s - off), end - s,
						 host + (s & (q->cs - 1)));
			if (r < 0)
				return r;
		} else {
			nalloc++;
		}
	}
	if (!nalloc)
		return 0;

	/* Pass 2: allocate (refcounts first), then sync. */
	uint64_t *newl2 = NULL, new_l2_off = 0;
	uint64_t *hosts = calloc(gc1 - gc0 + 1, sizeof(uint64_t));
	uint64_t *olds = calloc(gc1 - gc0 + 1, sizeof(uint64_t));
	if (!hosts || !olds) {
		r = -ENOMEM;
		goto out;
	}
	if (!l2) {
		if (!(newl2 = calloc(1, q->cs))) {
			r = -ENOMEM;
			goto out;
		}
		if ((r = alloc_cluster(q, &new_l2_off)) < 0)
			goto out;
	}
	for (uint64_t gc = gc0; gc <= gc1; gc++) {
		uint64_t e = l2 ? l2[gc % q->l2_entries] : 0;
		if (in_place(q, e))
			continue;
		uint64_t host = e & QCOW2_L2E_OFFSET_MASK;
		if (is_zero_entry(q, e) && host && (e & QCOW2_OFLAG_COPIED)) {
			if ((r = data_offset(q, e, &host)) < 0)
				goto out;
			hosts[gc - gc0] = host; /* preallocated zero cluster: reuse */
			continue;
		}
		olds[gc - gc0] = e;
		if ((r = alloc_cluster(q, &hosts[gc - gc0])) < 0)
			goto out;
	}
	/* No sync yet: the refcounts only need to reach the disk before the
	 * L2 entries that use them (the sync after the data covers both). */

	/* Pass 3: data, with copy-on-write padding for partial clusters. */
	for (uint64_t gc = gc0; gc <= gc1; gc++) {
		uint64_t host = hosts[gc - gc0];
		if (!host)
			continue;
		uint64_t e = l2 ? l2[gc % q->l2_entries] : 0;
		uint64_t cstart = gc << q->cluster_bits;
		uint64_t s = gc == gc0 ? off : cstart;
		uint64_t end = gc == gc1 ? off + len : cstart + q->cs;
		if (s == cstart && end == cstart + q->cs) {
			r = qcow2_pwrite_checked(q, 0, buf + (s - off), q->cs, host);
		} else {
			if (is_zero_entry(q, e))
				memset(q->cbuf, 0, q->cs);
			else if ((r = read_in_cluster(q, e, q->cbuf, q->cs, cstart)) < 0)
				goto out;
			memcpy(q->cbuf + (s - cstart), buf + (s - off), end - s);
			r = qcow2_pwrite_checked(q, 0, q->cbuf, q->cs, host);
		}
		if (r < 0)
			goto out;
	}
	/* Pass 4: L2 entries. A new L2 table is not referenced yet: it is
	 * written with the data, before the sync, and the L1 entry after. */
	uint64_t *t = l2 ? l2 : newl2;
	uint64_t lo = UINT64_MAX, hi = 0;
	for (uint64_t gc = gc0; gc <= gc1; gc++) {
		if (!hosts[gc - gc0])
			continue;
		uint64_t k = gc % q->l2_entries;
		t[k] = hosts[gc - gc0] | QCOW2_OFLAG_COPIED;
		lo = k < lo ? k : lo;
		hi = k > hi ? k : hi;
	}
	if (!l2) {
		uint8_t *be = q->cbuf;
		for (uint64_t k = 0; k < q->l2_entries; k++)
			qcow2_put64(be + 8 * k, newl2[k]);
		if ((r = qcow2_pwrite_checked(q, 0, be, q->cs, new_l2_off)) < 0)
			goto out;
	}
	if ((r = sync_fd(q)) < 0) {
		if (l2)
			cache_drop(q->l2c, QCOW2_L2_CACHE, l2_off);
		goto out;
	}
	if (l2) {
		/* Entries lo..hi of the cached table (it is in host order). */
		size_t n = (size_t)(hi - lo + 1);
		uint8_t *be = malloc(n * 8);
		if (!be) {
			cache_drop(q->l2c, QCOW2_L2_CACHE, l2_off);
			r = -ENOMEM;
			goto out;
		}
		for (size_t k = 0; k < n; k++)
			qcow2_put64(be + 8 * k, l2[lo + k]);
		r = qcow2_pwrite_checked(q, QCOW2_META_L2, be, n * 8, l2_off + lo * 8);
		free(be);
		if (r < 0) {
			cache_drop(q->l2c, QCOW2_L2_CACHE, l2_off);
			goto out;
		}
	} else {
		uint8_t l1e[8];
		qcow2_put64(l1e, new_l2_off | QCOW2_OFLAG_COPIED);
		if ((r = qcow2_pwrite_checked(q, QCOW2_META_L1, l1e, 8, q->l1_off + 8 * i1)) < 0)
			goto out;
		q->l1[i1] = new_l2_off | QCOW2_OFLAG_COPIED;
		qcow2_ovl_add(q, QCOW2_META_L2, new_l2_off);
		if ((r = cache_put(q, q->l2c, QCOW2_L2_CACHE, new_l2_off, newl2)) < 0)
			goto out;
	}

	/* Pass 5: release what the old entries held (compressed data). */
	bool synced = false;
	for (uint64_t gc = gc0; gc <= gc1; gc++) {
		uint64_t e = olds[gc - gc0];
		if (!(e & QCOW2_OFLAG_COMPRESSED))
			continue; /* unallocated/zero/shared: nothing we own */
		if (!synced && (r = sync_fd(q)) < 0)
			goto out;
		synced = true;
		uint64_t coff, clen;
		qcow2_compressed_range(q, e, &coff, &clen);
		uint64_t s = coff & ~511ull;
		unref_range(q, s, coff + clen - s); /* failure only leaks */
		if (q->zout_entry == e)
			q->zout_entry = 0;
	}
	r = 0;
out:
	free(newl2);
	free(hosts);
	free(olds);
	return r;
}

static ssize_t qcow2_pwrite(struct block_dev *bd, const void *buf, size_t len, uint64_t off)
{
	struct qcow2 *q = bd->priv;
	size_t done = 0;
	uint64_t span = q->l2_entries * q->cs; /* guest bytes per L2 table */
	while (done < len) {
		uint64_t pos = off + done;
		size_t n = (size_t)(span - pos % span);
		if (n > len - done)
			n = len - done;
		int r = write_slice(q, (const uint8_t *)buf + done, n, pos);
		if (r < 0)
			return r;
		done += n;
	}
	return (ssize_t)done;
}

static int qcow2_flush(struct block_dev *bd)
{
	struct qcow2 *q = bd->priv;
	return sync_fd(q);
}

/* Make whole guest clusters [gc0, gc1] (inside one L2 table) read as zero
 * (zero = true: zero flag) or unallocated (zero = false), freeing their host
 * clusters. keep_alloc keeps an allocated cluster with the zero flag. */
static int clear_clusters(struct qcow2 *q, uint64_t gc0, uint64_t gc1, bool zero, bool keep_alloc)
{
	uint64_t *l2, l2_off;
	int r = l2_table(q, gc0, &l2, &l2_off);
	if (r < 0)
		return r;
	if (!l2) {
		if (!zero || !q->backing)
			return 0; /* already reads as zero */
		/* Zero flags over a backing file need an L2 table: write zeroes. */
		return -EAGAIN;
	}
	if (!(q->l1[gc0 / q->l2_entries] & QCOW2_OFLAG_COPIED))
		return -ENOTSUP;
	uint64_t n = gc1 - gc0 + 1, k0 = gc0 % q->l2_entries;
	uint64_t *olds = malloc(n * 8);
	uint8_t *be = malloc(n * 8);
	if (!olds || !be) {
		free(olds);
		free(be);
		return -ENOMEM;
	}
	bool changed = false, frees = false;
	for (uint64_t k = 0; k < n; k++) {
		uint64_t e = l2[k0 + k], ne;
		if (keep_alloc && (in_place(q, e) || is_zero_entry(q, e)))
			ne = e | QCOW2_OFLAG_ZERO;
		else
			ne = zero ? QCOW2_OFLAG_ZERO : 0;
		/* The old host cluster is released unless the new entry keeps it. */
		olds[k] = (ne & QCOW2_L2E_OFFSET_MASK) ? 0 : e;
		changed |= ne != e;
		frees |= (olds[k] & QCOW2_OFLAG_COMPRESSED) ||
			 ((olds[k] & QCOW2_OFLAG_COPIED) && (olds[k] & QCOW2_L2E_OFFSET_MASK));
		l2[k0 + k] = ne;
		qcow2_put64(be + 8 * k, ne);
	}
	/* Already so (a range zeroed or discarded again, slice after slice):
	 * nothing to write. */
	r = changed ? qcow2_pwrite_checked(q, QCOW2_META_L2, be, n * 8, l2_off + k0 * 8) : 0;
	free(be);
	if (r < 0) {
		cache_drop(q->l2c, QCOW2_L2_CACHE, l2_off);
		free(olds);
		return r;
	}
	/* The sync orders the L2 change before the refcounts it releases;
	 * with nothing released, an L2 change lost in a crash is a zeroing
	 * the guest had not flushed yet. */
	if (!frees) {
		free(olds);
		return 0;
	}
	if ((r = sync_fd(q)) < 0) {
		free(olds);
		return r;
	}
	for (uint64_t k = 0; k < n; k++) {
		uint64_t e = olds[k];
		if (e & QCOW2_OFLAG_COMPRESSED) {
			uint64_t coff, clen;
			qcow2_compressed_range(q, e, &coff, &clen);
			uint64_t s = coff & ~511ull;
			unref_range(q, s, coff + clen - s);
			if (q->zout_entry == e)
				q->zout_entry = 0;
		} else if ((e & QCOW2_OFLAG_COPIED) && (e & QCOW2_L2E_OFFSET_MASK)) {
			unref_range(q, e & QCOW2_L2E_OFFSET_MASK, q->cs); /* failure only leaks */
		}
	}
	free(olds);
	return 0;
}

/* Write real zeroes over [off, off+len) up to 1 MiB per write (not
 * block_fill_zeroes' 64 KiB): each write allocates its clusters and syncs
 * once, so a megabyte costs one fdatasync rather than sixteen. */
static int fill_zeroes(struct block_dev *bd, uint64_t off, uint64_t len)
{
	size_t chunk = len < (1u << 20) ? (size_t)len : (1u << 20);
	if (!chunk)
		return 0;
	uint8_t *zeroes = calloc(1, chunk);
	if (!zeroes)
		return -ENOMEM;
	ssize_t w = 0;
	for (uint64_t done = 0; done < len && w >= 0; done += chunk) {
		size_t n = len - done < chunk ? (size_t)(len - done) : chunk;
		w = qcow2_pwrite(bd, zeroes, n, off + done);
	}
	free(zeroes);
	return w < 0 ? (int)w : 0;
}

/* Apply clear_clusters to the whole clusters of [off, off+len); partial
 * clusters at the ends are written with zeroes when partial_zero. */
static int clear_range(struct block_dev *bd, uint64_t off, uint64_t len, bool zero, bool keep_alloc,
		       bool partial_zero)
{
	struct qcow2 *q = bd->priv;
	uint64_t end = off + len;
	uint64_t a = (off + q->cs - 1) & ~(q->cs - 1), b = end & ~(q->cs - 1);
	int r;
	if (a >= b) {
		return partial_zero ? fill_zeroes(bd, off, len) : 0;
	}
	if (partial_zero && off < a && (r = fill_zeroes(bd, off, a - off)) < 0)
		return r;
	for (uint64_t gc = a >> q->cluster_bits; gc < b >> q->cluster_bits;) {
		uint64_t last = (gc / q->l2_entries + 1) * q->l2_entries - 1;
		if (last >= b >> q->cluster_bits)
			last = (b >> q->cluster_bits) - 1;
		r = clear_clusters(q, gc, last, zero, keep_alloc);
		if (r == -EAGAIN)
			r = !partial_zero ? 0
					  : fill_zeroes(bd, gc << q->cluster_bits,
							(last - gc + 1) << q->cluster_bits);
		if (r < 0)
			return r;
		gc = last + 1;
	}
	if (partial_zero && b < end && (r = fill_zeroes(bd, b, end - b)) < 0)
		return r;
	return 0;
}

static int qcow2_discard(struct block_dev *bd, uint64_t off, uint64_t len)
{
	struct qcow2 *q = bd->priv;
	/* With a backing file, v3 makes discarded clusters read as zero (as
	 * QEMU does); otherwise they become unallocated. Partial clusters are
	 * left alone (discard is advisory). */
	bool zero = q->backing && q->version >= 3;
	return clear_range(bd, off, len, zero, false, false);
}

/* Version 2 has no zero flag. A cluster that is unallocated with no
 * backing file already reads as zero and is left alone: writing zeroes
 * there allocated it (a guest zeroing a fresh 1 GiB disk grew the image by
 * 1 GiB, at one cluster allocation and sync per 64 KiB). With may_unmap
 * and no backing file, whole clusters are deallocated as by a discard
 * (they read as zero again). Everything else gets real zeroes. */
static int write_zeroes_v2(struct block_dev *bd, uint64_t off, uint64_t len, bool may_unmap)
{
	struct qcow2 *q = bd->priv;
	if (may_unmap && !q->backing)
		return clear_range(bd, off, len, false, false, true);
	uint64_t end = off + len, run = off; /* [run, pos) still to be filled */
	for (uint64_t pos = off; pos < end;) {
		uint64_t gc = pos >> q->cluster_bits;
		uint64_t next = (gc + 1) << q->cluster_bits;
		uint64_t e;
		int r = l2_entry(q, gc, &e);
		if (r < 0)
			return r;
		if (e == 0 && !q->backing) {
			if (pos > run && (r = fill_zeroes(bd, run, pos - run)) < 0)
				return r;
			run = next < end ? next : end;
		}
		pos = next < end ? next : end;
	}
	return end > run ? fill_zeroes(bd, run, end - run) : 0;
}

static int qcow2_write_zeroes(struct block_dev *bd, uint64_t off, uint64_t len, bool may_unmap)
{
	struct qcow2 *q = bd->priv;
	if (q->version < 3)
		return write_zeroes_v2(bd, off, len, may_unmap);
	return clear_range(bd, off, len, true, !may_unmap, true);
}

/* ---- resize ---- */

int qcow2_resize(struct block_dev *bd, uint64_t new_size, char *err, size_t errlen)
{
	struct qcow2 *q = bd->priv;
	if (new_size < q->size)
		return ERR("shrinking a qcow2 image is not supported");
	if (new_size > (1ull << 60))
		return ERR("size too large");
	uint64_t span = q->l2_entries * q->cs;
	uint64_t need = (new_size + span - 1) / span;
	if (need * 8 > QCOW2_MAX_L1_BYTES)
		return ERR("size too large for this cluster size");
	uint8_t h[24];
	int r;
	if (need <= q->l1_size) {
		qcow2_put64(h, new_size);
		if ((r = qcow2_pwrite_checked(q, QCOW2_META_HEADER, h, 8, 24)) < 0 ||
		    (r = sync_fd(q)) < 0)
			return ERR("cannot write the header: %s", strerror(-r));
	} else {
		/* A bigger L1 table in new clusters; the header switches to it in
		 * one sector write; the old table is freed last. */
		uint64_t bytes = need * 8, ncl = (bytes + q->cs - 1) >> q->cluster_bits, off;
		uint8_t *t = calloc(ncl, q->cs);
		uint64_t *l1 = calloc(need, 8);
		if (!t || !l1) {
			free(t);
			free(l1);
			return ERR("out of memory");
		}
		for (uint64_t k = 0; k < q->l1_size; k++) {
			qcow2_put64(t + 8 * k, q->l1[k]);
			l1[k] = q->l1[k];
		}
		if ((r = alloc_clusters(q, ncl, &off)) < 0 || (r = sync_fd(q)) < 0 ||
		    (r = qcow2_pwrite_checked(q, 0, t, ncl * q->cs, off)) < 0 ||
		    (r = sync_fd(q)) < 0) {
			free(t);
			free(l1);
			return ERR("cannot write the new L1 table: %s", strerror(-r));
		}
		free(t);
		qcow2_put64(h, new_size);
		qcow2_put32(h + 8, 0); /* crypt_method */
		qcow2_put32(h + 12, (uint32_t)need);
		qcow2_put64(h + 16, off);
		if ((r = qcow2_pwrite_checked(q, QCOW2_META_HEADER, h, 24, 24)) < 0 ||
		    (r = sync_fd(q)) < 0) {
			free(l1);
			return ERR("cannot write the header: %s", strerror(-r));
		}
		uint64_t old_off = q->l1_off, old_bytes = (uint64_t)q->l1_size * 8;
		free(q->l1);
		q->l1 = l1;
		q->l1_off = off;
		q->l1_size = (uint32_t)need;
		if (old_bytes)
			unref_range(q, old_off, old_bytes); /* failure only leaks */
		sync_fd(q);
	}
	q->size = new_size;
	bd->size = new_size;
	return 0;
}

/* ---- info ---- */

void qcow2_get_info(struct block_dev *bd, struct qcow2_info *info)
{
	struct qcow2 *q = bd->priv;
	memset(info, 0, sizeof(*info));
	info->version = q->version;
	info->cluster_size = q->cs;
	info->refcount_bits = 1u << q->refcount_order;
	info->backing_file = q->backing_file;
	info->backing_fmt = q->backing_fmt;
	info->lazy_refcounts = q->compat & 1;
	info->corrupt = q->incompat & QCOW2_INCOMPAT_CORRUPT;
	info->nb_snapshots = q->nb_snapshots;
}

const struct block_format block_format_qcow2 = {
    .name = "qcow2",
    .probe = qcow2_probe,
    .open = qcow2_open,
    .pread = qcow2_pread,
    .pwrite = qcow2_pwrite,
    .flush = qcow2_flush,
    .discard = qcow2_discard,
    .write_zeroes = qcow2_write_zeroes,
    .close = qcow2_close,
};
