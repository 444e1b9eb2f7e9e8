/* qcow2 consistency check: recount every reference (header, L1/L2 tables,
 * data clusters, refcount structures, snapshots) and compare with the stored
 * refcounts, as `qemu-img check` does (same messages, no repair). */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "block/qcow2.h"

#define ERR(...) (snprintf(err, errlen, __VA_ARGS__), -EINVAL)

struct ck {
	struct qcow2 *q;
	struct qcow2_check_result *r;
	FILE *out;
	uint32_t *refs; /* computed references per cluster */
	uint64_t nrefs;
	uint8_t *l2buf;
};

static void inc(struct ck *c, uint64_t off, uint64_t len)
{
	struct qcow2 *q = c->q;
	if (!len)
		return;
	if (off + len > q->file_size && off + len - q->file_size >= q->cs) {
		fprintf(c->out,
			"ERROR: counting reference for region exceeding the end of the file by one "
			"cluster or more: offset 0x%" PRIx64 " size 0x%" PRIx64 "\n",
			off, len);
		c->r->corruptions++;
		return;
	}
	for (uint64_t k = off >> q->cluster_bits; k <= (off + len - 1) >> q->cluster_bits; k++) {
		if (k >= c->nrefs)
			break;
		if (c->refs[k] < UINT32_MAX)
			c->refs[k]++;
		uint64_t end = (k + 1) << q->cluster_bits;
		if (end > c->r->image_end)
			c->r->image_end = end;
	}
}

/* Count the references of one L1 table (the active one or a snapshot's). */
static void walk_l1(struct ck *c, const uint64_t *l1, uint64_t l1_size, bool active)
{
	struct qcow2 *q = c->q;
	for (uint64_t i = 0; i < l1_size; i++) {
		uint64_t l2_off = l1[i] & QCOW2_L1E_OFFSET_MASK;
		if (!l2_off)
			continue;
		if (l2_off & (q->cs - 1)) {
			fprintf(c->out,
				"ERROR: l2_offset=%" PRIx64
				": Table is not cluster aligned; L1 entry "
				"corrupted\n",
				l2_off);
			c->r->corruptions++;
			continue;
		}
		inc(c, l2_off, q->cs);
		if (qcow2_pread_full(q->fd, c->l2buf, q->cs, l2_off) < 0) {
			fprintf(c->out, "ERROR: cannot read L2 table at 0x%" PRIx64 "\n", l2_off);
			c->r->corruptions++;
			continue;
		}
		for (uint64_t k = 0; k < q->l2_entries; k++) {
			uint64_t e = qcow2_be64(c->l2buf + 8 * k);
			if (e & QCOW2_OFLAG_COMPRESSED) {
				uint64_t off, len;
				qcow2_compressed_range(q, e, &off, &len);
				if (active)
					c->r->allocated_clusters++;
				uint64_t s = off & ~511ull;
				inc(c, s, off + len - s);
				continue;
			}
			uint64_t off = e & QCOW2_L2E_OFFSET_MASK;
			if (!off)
				continue;
			if (off & (q->cs - 1)) {
				fprintf(c->out,
					"ERROR offset=%" PRIx64
					": Cluster is not properly aligned; L2 "
					"entry corrupted.\n",
					off);
				c->r->corruptions++;
				continue;
			}
			if (active && !(q->version >= 3 && (e & QCOW2_OFLAG_ZERO)))
				c->r->allocated_clusters++;
			inc(c, off, q->cs);
		}
	}
}

static void walk_snapshots(struct ck *c)
{
	struct qcow2 *q = c->q;
	uint64_t p = q->snap_off;
	for (uint32_t s = 0; s < q->nb_snapshots; s++) {
		uint8_t h[40];
		if (qcow2_pread_full(q->fd, h, sizeof(h), p) < 0) {
			fprintf(c->out, "ERROR: snapshot table truncated\n");
			c->r->corruptions++;
			return;
		}
		uint64_t l1_off = qcow2_be64(h);
		uint32_t l1_size = qcow2_be32(h + 8);
		uint32_t id_len = (uint32_t)h[12] << 8 | h[13],
			 name_len = (uint32_t)h[14] << 8 | h[15];
		uint32_t extra = qcow2_be32(h + 36);
		p += (40 + (uint64_t)extra + id_len + name_len + 7) & ~7ull;
		if ((uint64_t)l1_size * 8 > QCOW2_MAX_L1_BYTES || (l1_off & (q->cs - 1)) ||
		    l1_off >= q->file_size || (uint64_t)l1_size * 8 > q->file_size - l1_off) {
			fprintf(c->out, "ERROR: snapshot %u has an invalid L1 table\n", s);
			c->r->corruptions++;
			continue;
		}
		inc(c, l1_off, (uint64_t)l1_size * 8);
		uint64_t *l1 = malloc((uint64_t)l1_size * 8 + 8);
		if (!l1 || qcow2_pread_full(q->fd, l1, (size_t)l1_size * 8, l1_off) < 0) {
			free(l1);
			c->r->corruptions++;
			continue;
		}
		for (uint32_t k = 0; k < l1_size; k++)
			l1[k] = qcow2_be64((uint8_t *)&l1[k]);
		walk_l1(c, l1, l1_size, false);
		free(l1);
	}
	inc(c, q->snap_off, p - q->snap_off);
}

int qcow2_check(const char *path, struct qcow2_check_result *r, FILE *out, char *err, size_t errlen)
{
	memset(r, 0, sizeof(*r));
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return ERR("%s: %s", path, strerror(errno));
	struct qcow2 q;
	char lerr[256];
	int ret = qcow2_load(&q, fd, true, true, lerr, sizeof(lerr));
	if (ret < 0) {
		qcow2_unload(&q);
		close(fd);
		return ERR("%s: %s", path, lerr);
	}
	if (q.has_bitmaps) {
		qcow2_unload(&q);
		close(fd);
		return ERR("%s: checking images with persistent bitmaps is not supported", path);
	}
	if (q.incompat & QCOW2_INCOMPAT_CORRUPT)
		fprintf(out,
			"Warning: the image is marked corrupt (incompatible feature bit 1): it "
			"cannot be opened read/write until 'qemu-img check -r all' has "
			"repaired it\n");
	struct ck c = {.q = &q, .r = r, .out = out};
	c.nrefs = ((q.file_size + q.cs - 1) >> q.cluster_bits) + 1;
	c.refs = calloc(c.nrefs, sizeof(uint32_t));
	c.l2buf = malloc(q.cs);
	if (!c.refs || !c.l2buf) {
		ret = ERR("out of memory");
		goto out;
	}
	r->total_clusters = (q.size + q.cs - 1) >> q.cluster_bits;

	inc(&c, 0, q.cs); /* header */
	inc(&c, q.l1_off, (uint64_t)q.l1_size * 8);
	walk_l1(&c, q.l1, q.l1_size, true);
	if (q.nb_snapshots)
		walk_snapshots(&c);
	inc(&c, q.rt_off, (uint64_t)q.rt_clusters * q.cs);
	for (uint64_t b = 0; b < q.rt_entries; b++) {
		uint64_t off = q.rt[b] & QCOW2_RTE_OFFSET_MASK;
		if (!off)
			continue;
		if (off >= q.file_size) {
			fprintf(out, "ERROR refcount block %" PRIu64 " is outside image\n", b);
			r->corruptions++;
			q.rt[b] = 0; /* its refcounts read as 0 below */
			continue;
		}
		inc(&c, off, q.cs);
	}

	/* Stored against computed. A refcount on a cluster wholly past the end
	 * of the file (its refcount landed, its data never did: a crash during
	 * allocation) takes no space: like qemu-img, it is not a leak. */
	uint64_t file_clusters = (q.file_size + q.cs - 1) >> q.cluster_bits;
	for (uint64_t k = 0; k < c.nrefs; k++) {
		uint64_t stored;
		if (qcow2_refcount(&q, k, &stored) < 0) {
			fprintf(out, "ERROR: cannot read the refcount of cluster %" PRIu64 "\n", k);
			r->corruptions++;
			continue;
		}
		uint64_t ref = c.refs[k];
		if (ref > q.refcount_max) {
			fprintf(out, "ERROR: overflow cluster offset=0x%" PRIx64 "\n",
				k << q.cluster_bits);
			r->corruptions++;
			continue;
		}
		if (stored == ref)
			continue;
		if (stored > ref && k >= file_clusters)
			continue;
		if (stored > ref) {
			fprintf(out,
				"Leaked cluster %" PRIu64 " refcount=%" PRIu64 " reference=%" PRIu64
				"\n",
				k, stored, ref);
			r->leaks++;
		} else {
			fprintf(out,
				"ERROR cluster %" PRIu64 " refcount=%" PRIu64 " reference=%" PRIu64
				"\n",
				k, stored, ref);
			r->corruptions++;
		}
	}

	/* COPIED flags of the active tables: set exactly when the refcount is 1. */
	for (uint64_t i = 0; i < q.l1_size; i++) {
		uint64_t l2_off = q.l1[i] & QCOW2_L1E_OFFSET_MASK, rc;
		if (!l2_off || (l2_off & (q.cs - 1)) || l2_off >= q.file_size)
			continue;
		if (qcow2_refcount(&q, l2_off >> q.cluster_bits, &rc) < 0)
			continue;
		if ((rc == 1) != !!(q.l1[i] & QCOW2_OFLAG_COPIED)) {
			fprintf(out,
				"ERROR OFLAG_COPIED L2 cluster: l1_index=%" PRIu64
				" l1_entry=%" PRIx64 " refcount=%" PRIu64 "\n",
				i, q.l1[i], rc);
			r->corruptions++;
		}
		if (qcow2_pread_full(fd, c.l2buf, q.cs, l2_off) < 0)
			continue;
		for (uint64_t k = 0; k < q.l2_entries; k++) {
			uint64_t e = qcow2_be64(c.l2buf + 8 * k);
			uint64_t off = e & QCOW2_L2E_OFFSET_MASK;
			if ((e & QCOW2_OFLAG_COMPRESSED) || !off || (off & (q.cs - 1)) ||
			    off >= q.file_size)
				continue;
			if (qcow2_refcount(&q, off >> q.cluster_bits, &rc) < 0)
				continue;
			if ((rc == 1) != !!(e & QCOW2_OFLAG_COPIED)) {
				fprintf(out,
					"ERROR OFLAG_COPIED data cluster: l2_entry=%" PRIx64
					" refcount=%" PRIu64 "\n",
					e, rc);
				r->corruptions++;
			}
		}
	}
	ret = 0;
out:
	free(c.refs);
	free(c.l2buf);
	qcow2_unload(&q);
	close(fd);
	return ret;
}
