/* qcow2 metadata overlap protection: where the image's metadata lives and the
 * check every write to the image file passes first (see qcow2.h). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "block/qcow2.h"

/* As QEMU (QCOW_MAX_SNAPSHOTS): more is a crafted image. */
#define MAX_SNAPSHOTS 65536

/* A sorted set of host cluster indices. L2 tables and refcount blocks are
 * single clusters, possibly millions of them: a binary search keeps the
 * check of a data write O(log n), and new tables (allocated at the end of
 * the file, so appended) are cheap to add. */
struct cset {
	uint64_t *v;
	size_t n, cap;
};

struct snap_l1 {
	uint64_t off, bytes;
};

struct qcow2_ovl {
	struct cset l2; /* L2 tables of the active L1 table */
	struct cset rb; /* refcount blocks */
	uint64_t snap_bytes;
	struct snap_l1 *snap_l1; /* internal snapshots' L1 tables */
	uint32_t nsnap_l1;
};

static size_t lower_bound(const struct cset *s, uint64_t c)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->v[mid] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool cset_any(const struct cset *s, uint64_t c0, uint64_t c1)
{
	size_t i = lower_bound(s, c0);
	return i < s->n && s->v[i] <= c1;
}

static int cset_push(struct cset *s, uint64_t c)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 64;
		uint64_t *v = realloc(s->v, cap * sizeof(*v));
		if (!v)
			return -ENOMEM;
		s->v = v;
		s->cap = cap;
	}
	s->v[s->n++] = c;
	return 0;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static void cset_sort(struct cset *s)
{
	if (!s->n)
		return;
	qsort(s->v, s->n, sizeof(*s->v), cmp_u64);
	size_t w = 1;
	for (size_t k = 1; k < s->n; k++)
		if (s->v[k] != s->v[w - 1])
			s->v[w++] = s->v[k];
	s->n = w;
}

static int cset_insert(struct cset *s, uint64_t c)
{
	size_t i = lower_bound(s, c);
	if (i < s->n && s->v[i] == c)
		return 0;
	int r = cset_push(s, c);
	if (r < 0)
		return r;
	memmove(s->v + i + 1, s->v + i, (s->n - 1 - i) * sizeof(*s->v));
	s->v[i] = c;
	return 0;
}

void qcow2_ovl_free(struct qcow2 *q)
{
	struct qcow2_ovl *o = q->ovl;
	if (!o)
		return;
	free(o->l2.v);
	free(o->rb.v);
	free(o->snap_l1);
	free(o);
	q->ovl = NULL;
}

/* Walk the snapshot table: its length and every snapshot's L1 table. */
static int read_snapshots(struct qcow2 *q, struct qcow2_ovl *o)
{
	if (q->nb_snapshots > MAX_SNAPSHOTS)
		return -EIO;
	if (!(o->snap_l1 = calloc(q->nb_snapshots, sizeof(*o->snap_l1))))
		return -ENOMEM;
	uint64_t p = q->snap_off;
	for (uint32_t s = 0; s < q->nb_snapshots; s++) {
		uint8_t h[40];
		int r = qcow2_pread_full(q->fd, h, sizeof(h), p);
		if (r < 0)
			return r;
		uint32_t l1_size = qcow2_be32(h + 8);
		uint32_t id_len = (uint32_t)h[12] << 8 | h[13],
			 name_len = (uint32_t)h[14] << 8 | h[15];
		uint32_t extra = qcow2_be32(h + 36);
		if (l1_size)
			o->snap_l1[o->nsnap_l1++] =
			    (struct snap_l1){qcow2_be64(h), (uint64_t)l1_size * 8};
		p += (40 + (uint64_t)extra + id_len + name_len + 7) & ~7ull;
	}
	o->snap_bytes = p - q->snap_off;
	return 0;
}

/* The map is built from the tables already in memory (L1, refcount table)
 * at the first write, then kept up to date by qcow2_ovl_add. */
static int build(struct qcow2 *q)
{
	struct qcow2_ovl *o = calloc(1, sizeof(*o));
	if (!o)
		return -ENOMEM;
	q->ovl = o;
	int r = 0;
	for (uint32_t i = 0; i < q->l1_size && r == 0; i++) {
		uint64_t off = q->l1[i] & QCOW2_L1E_OFFSET_MASK;
		if (off)
			r = cset_push(&o->l2, off >> q->cluster_bits);
	}
	for (uint64_t k = 0; k < q->rt_entries && r == 0; k++) {
		uint64_t off = q->rt[k] & QCOW2_RTE_OFFSET_MASK;
		if (off)
			r = cset_push(&o->rb, off >> q->cluster_bits);
	}
	if (r == 0 && q->nb_snapshots)
		r = read_snapshots(q, o);
	if (r < 0) {
		qcow2_ovl_free(q);
		return r;
	}
	cset_sort(&o->l2);
	cset_sort(&o->rb);
	return 0;
}

void qcow2_ovl_add(struct qcow2 *q, enum qcow2_meta kind, uint64_t off)
{
	if (!q->ovl)
		return; /* built from the tables when first needed */
	struct cset *s = kind == QCOW2_META_L2 ? &q->ovl->l2 : &q->ovl->rb;
	if (cset_insert(s, off >> q->cluster_bits) < 0)
		qcow2_ovl_free(q); /* rebuilt (from the tables) at the next check */
}

/* Do the clusters of [c0, c1] meet those of the table [off, off+bytes)? */
static bool meets(const struct qcow2 *q, uint64_t c0, uint64_t c1, uint64_t off, uint64_t bytes)
{
	if (!bytes)
		return false;
	uint64_t t0 = off >> q->cluster_bits;
	uint64_t t1 = bytes - 1 > UINT64_MAX - off ? UINT64_MAX >> q->cluster_bits
						   : (off + bytes - 1) >> q->cluster_bits;
	return c0 <= t1 && t0 <= c1;
}

int qcow2_ovl_find(struct qcow2 *q, unsigned own, uint64_t off, uint64_t len)
{
	if (!len)
		return 0;
	if (!q->ovl) {
		int r = build(q);
		if (r < 0)
			return r;
	}
	const struct qcow2_ovl *o = q->ovl;
	/* Whole clusters: the slack after a table in its last cluster is
	 * still that table's cluster. */
	uint64_t c0 = off >> q->cluster_bits;
	uint64_t c1 = len - 1 > UINT64_MAX - off ? UINT64_MAX >> q->cluster_bits
						 : (off + len - 1) >> q->cluster_bits;
	unsigned check = ~own;
	if ((check & QCOW2_META_HEADER) && c0 == 0)
		return QCOW2_META_HEADER;
	if ((check & QCOW2_META_L1) && meets(q, c0, c1, q->l1_off, (uint64_t)q->l1_size * 8))
		return QCOW2_META_L1;
	if ((check & QCOW2_META_RT) &&
	    meets(q, c0, c1, q->rt_off, (uint64_t)q->rt_clusters << q->cluster_bits))
		return QCOW2_META_RT;
	if ((check & QCOW2_META_SNAPTAB) && q->nb_snapshots &&
	    meets(q, c0, c1, q->snap_off, o->snap_bytes))
		return QCOW2_META_SNAPTAB;
	if (check & QCOW2_META_SNAP_L1)
		for (uint32_t k = 0; k < o->nsnap_l1; k++)
			if (meets(q, c0, c1, o->snap_l1[k].off, o->snap_l1[k].bytes))
				return QCOW2_META_SNAP_L1;
	if ((check & QCOW2_META_L2) && cset_any(&o->l2, c0, c1))
		return QCOW2_META_L2;
	if ((check & QCOW2_META_RB) && cset_any(&o->rb, c0, c1))
		return QCOW2_META_RB;
	return 0;
}

const char *qcow2_meta_name(unsigned kind)
{
	switch (kind) {
	case QCOW2_META_HEADER:
		return "image header";
	case QCOW2_META_L1:
		return "active L1 table";
	case QCOW2_META_L2:
		return "active L2 table";
	case QCOW2_META_RT:
		return "refcount table";
	case QCOW2_META_RB:
		return "refcount block";
	case QCOW2_META_SNAPTAB:
		return "snapshot table";
	case QCOW2_META_SNAP_L1:
		return "inactive L1 table";
	default:
		return "metadata";
	}
}

/* Set the corrupt bit (in memory, and in the header of a v3 image: v2 has
 * no feature bits) and say so once. QEMU and rvisor then refuse to open the
 * image read/write until `qemu-img check -r all` repairs it. */
static void mark_corrupt(struct qcow2 *q, const char *what, uint64_t off, uint64_t len,
			 unsigned kind)
{
	q->incompat |= QCOW2_INCOMPAT_CORRUPT;
	bool saved = false;
	if (q->version >= 3) {
		uint8_t be[8];
		qcow2_put64(be, q->incompat);
		saved = qcow2_pwrite_full(q->fd, be, 8, 72) == 0 && fdatasync(q->fd) == 0;
	}
	fprintf(stderr,
		"rvisor: qcow2 image %s: refused to %s host offset %#" PRIx64 " (%" PRIu64
		" bytes): it overlaps the %s; %s, further writes fail with EIO (repair it "
		"with 'qemu-img check -r all')\n",
		q->name ? q->name : "(unnamed)", what, off, len, qcow2_meta_name(kind),
		saved		  ? "image marked corrupt"
		: q->version >= 3 ? "marking the image corrupt failed"
				  : "a version 2 image cannot be marked corrupt");
}

int qcow2_ovl_guard(struct qcow2 *q, unsigned own, const char *what, uint64_t off, uint64_t len)
{
	if (q->incompat & QCOW2_INCOMPAT_CORRUPT)
		return -EIO;
	int kind = qcow2_ovl_find(q, own, off, len);
	if (kind <= 0)
		return kind;
	mark_corrupt(q, what, off, len, (unsigned)kind);
	return -EIO;
}

int qcow2_pwrite_checked(struct qcow2 *q, unsigned own, const void *buf, size_t len, uint64_t off)
{
	int r = qcow2_ovl_guard(q, own, "write", off, len);
	return r < 0 ? r : qcow2_pwrite_full(q->fd, buf, len, off);
}
