/* qcow2 internals shared by the reader/writer (qcow2.c), the consistency
 * check (qcow2_check.c) and image creation/resize (qcow2_create.c). */
#ifndef RVISOR_BLOCK_QCOW2_H
#define RVISOR_BLOCK_QCOW2_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "block/block.h"

#define QCOW2_MAGIC 0x514649fbu
#define QCOW2_MAX_CHAIN 16	       /* deepest backing chain accepted */
#define QCOW2_MAX_L1_BYTES (32u << 20) /* as QEMU */
#define QCOW2_MAX_RT_BYTES (8u << 20)  /* refcount table, as QEMU */
#define QCOW2_L2_CACHE 16	       /* L2 tables kept in memory */
#define QCOW2_RB_CACHE 8	       /* refcount blocks kept in memory */

#define QCOW2_INCOMPAT_DIRTY (1ull << 0)
#define QCOW2_INCOMPAT_CORRUPT (1ull << 1)
#define QCOW2_INCOMPAT_DATA_FILE (1ull << 2)
#define QCOW2_INCOMPAT_COMPRESSION (1ull << 3)
#define QCOW2_INCOMPAT_EXTL2 (1ull << 4)

#define QCOW2_OFLAG_COPIED (1ull << 63)
#define QCOW2_OFLAG_COMPRESSED (1ull << 62)
#define QCOW2_OFLAG_ZERO 1ull
#define QCOW2_L1E_OFFSET_MASK 0x00fffffffffffe00ull
#define QCOW2_L2E_OFFSET_MASK 0x00fffffffffffe00ull
#define QCOW2_RTE_OFFSET_MASK 0xfffffffffffffe00ull

#define QCOW2_EXT_END 0u
#define QCOW2_EXT_BACKING_FMT 0xe2792acau
#define QCOW2_EXT_FEATURE_TABLE 0x6803f857u
#define QCOW2_EXT_BITMAPS 0x23852875u
#define QCOW2_EXT_CRYPTO 0x0537be77u
#define QCOW2_EXT_DATA_FILE 0x44415441u

struct qcow2_ovl;

struct qcow2_cache_ent {
	uint64_t off;  /* host offset of the table; 0 = empty slot */
	uint64_t used; /* LRU stamp */
	void *data;
};

/* An open qcow2 image (block_dev.priv). */
struct qcow2 {
	int fd;
	bool ro;
	uint32_t version;
	uint32_t cluster_bits;
	uint64_t cs;   /* cluster size */
	uint64_t size; /* virtual size */
	uint64_t l1_off;
	uint32_t l1_size;
	uint64_t *l1; /* host byte order */
	uint64_t rt_off;
	uint32_t rt_clusters;
	uint64_t rt_entries;
	uint64_t *rt; /* host byte order */
	uint32_t refcount_order;
	uint64_t rb_entries; /* refcounts per refcount block */
	uint64_t refcount_max;
	uint64_t incompat, compat, autoclear;
	uint32_t header_len;
	uint32_t nb_snapshots;
	uint64_t snap_off;
	uint64_t l2_entries; /* entries per L2 table */
	uint64_t file_size;  /* host file length (grows as clusters are allocated) */
	uint64_t free_hint;  /* no free cluster below this index */
	bool has_bitmaps;
	char *backing_file;
	char *backing_fmt;
	struct block_dev *backing;
	struct qcow2_cache_ent l2c[QCOW2_L2_CACHE];
	struct qcow2_cache_ent rbc[QCOW2_RB_CACHE];
	uint64_t stamp;
	uint8_t *cbuf;	     /* one cluster of scratch */
	uint8_t *zin;	     /* compressed input (two clusters) */
	uint8_t *zout;	     /* last decompressed cluster */
	uint64_t zout_entry; /* its L2 entry, 0 = none */

	/* Overlap protection (qcow2_overlap.c): the image path for messages
	 * (may be NULL) and the metadata map, built at the first write. */
	const char *name;
	struct qcow2_ovl *ovl;
};

/* Parse and validate the header, extensions, L1 and refcount tables of the
 * image on fd (no backing file opened). for_check relaxes the refusals that
 * only matter for I/O (dirty bit, corrupt bit). */
int qcow2_load(struct qcow2 *q, int fd, bool ro, bool for_check, char *err, size_t errlen);
void qcow2_unload(struct qcow2 *q);

/* Big-endian helpers. */
static inline uint64_t qcow2_be64(const uint8_t *p)
{
	uint64_t v = 0;
	for (int k = 0; k < 8; k++)
		v = v << 8 | p[k];
	return v;
}
static inline uint32_t qcow2_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline void qcow2_put64(uint8_t *p, uint64_t v)
{
	for (int k = 7; k >= 0; k--, v >>= 8)
		p[k] = (uint8_t)v;
}
static inline void qcow2_put32(uint8_t *p, uint32_t v)
{
	for (int k = 3; k >= 0; k--, v >>= 8)
		p[k] = (uint8_t)v;
}

/* Refcount entry k of a refcount block (any refcount_order 0..6). */
uint64_t qcow2_rb_get(uint32_t order, const uint8_t *rb, uint64_t k);
void qcow2_rb_set(uint32_t order, uint8_t *rb, uint64_t k, uint64_t v);

/* Stored refcount of cluster index idx (0 when not covered). */
int qcow2_refcount(struct qcow2 *q, uint64_t idx, uint64_t *out);

/* Full pread/pwrite; pread fails with -EIO on a short read. */
int qcow2_pread_full(int fd, void *buf, size_t len, uint64_t off);
int qcow2_pwrite_full(int fd, const void *buf, size_t len, uint64_t off);

/* Compressed L2 entry: host offset and byte count of the compressed data. */
void qcow2_compressed_range(const struct qcow2 *q, uint64_t entry, uint64_t *off, uint64_t *len);

/* Image creation (qcow2 v3, refcount_order 4). cluster_size 0 = 64 KiB.
 * backing may be NULL; backing_fmt NULL = not recorded (probed on open). */
struct qcow2_create_opts {
	uint64_t size;
	uint32_t cluster_size;
	const char *backing;
	const char *backing_fmt;
};
int qcow2_create(const char *path, const struct qcow2_create_opts *o, char *err, size_t errlen);

/* Grow the virtual size (shrinking is refused). */
int qcow2_resize(struct block_dev *bd, uint64_t new_size, char *err, size_t errlen);

/* Image facts for `rvisor img info`. */
struct qcow2_info {
	uint32_t version;
	uint64_t cluster_size;
	uint32_t refcount_bits;
	const char *backing_file; /* NULL when none; valid while bd is open */
	const char *backing_fmt;
	bool lazy_refcounts;
	bool corrupt;
	uint32_t nb_snapshots;
};
void qcow2_get_info(struct block_dev *bd, struct qcow2_info *info);

/* Consistency check of the image at path (opened read-only). Messages go to
 * out in QEMU's wording. Returns 0 on success (counts filled in) or a
 * negative errno with err set when the image could not be checked. */
struct qcow2_check_result {
	uint64_t corruptions;
	uint64_t leaks;
	uint64_t allocated_clusters; /* data clusters referenced by the active L1 */
	uint64_t total_clusters;     /* virtual size in clusters */
	uint64_t image_end;
};
int qcow2_check(const char *path, struct qcow2_check_result *r, FILE *out, char *err,
		size_t errlen);

/* ---- metadata overlap protection (qcow2_overlap.c) ----
 * Before anything is written to the image file, the target range is checked
 * against the image's metadata; a write of guest data (or of a new table)
 * over metadata means the image is corrupt (or crafted): the write is
 * refused with -EIO, the corrupt bit is set in the header (as QEMU does) and
 * every later write fails with -EIO. Reads continue. */
enum qcow2_meta {
	QCOW2_META_HEADER = 1u << 0,  /* cluster 0: header, extensions, backing name */
	QCOW2_META_L1 = 1u << 1,      /* active L1 table */
	QCOW2_META_L2 = 1u << 2,      /* an L2 table the active L1 points to */
	QCOW2_META_RT = 1u << 3,      /* refcount table */
	QCOW2_META_RB = 1u << 4,      /* a refcount block */
	QCOW2_META_SNAPTAB = 1u << 5, /* snapshot table */
	QCOW2_META_SNAP_L1 = 1u << 6, /* an internal snapshot's L1 table */
};

/* Which kind of metadata (one enum qcow2_meta bit) the clusters holding
 * [off, off+len) overlap, not counting the kinds in `own` (those a metadata
 * write may touch: its own table). 0 = none; < 0 = the map could not be
 * built (errno). */
int qcow2_ovl_find(struct qcow2 *q, unsigned own, uint64_t off, uint64_t len);
/* 0 when [off, off+len) may be written (or allocated, or freed: `what`
 * says which, for the message); otherwise marks the image corrupt and
 * returns -EIO. Also -EIO once the image has been marked corrupt. */
int qcow2_ovl_guard(struct qcow2 *q, unsigned own, const char *what, uint64_t off, uint64_t len);
/* qcow2_ovl_guard, then pwrite. */
int qcow2_pwrite_checked(struct qcow2 *q, unsigned own, const void *buf, size_t len, uint64_t off);
/* A cluster became an L2 table (active L1 entry) or a refcount block. */
void qcow2_ovl_add(struct qcow2 *q, enum qcow2_meta kind, uint64_t off);
void qcow2_ovl_free(struct qcow2 *q);
/* Human name of one qcow2_meta bit ("active L1 table"). */
const char *qcow2_meta_name(unsigned kind);

#endif
