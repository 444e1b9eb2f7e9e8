/* Block backends: disk image formats behind one interface (raw, qcow2).
 * Devices (virtio-blk) and tools (rvisor img) only use this header. */
#ifndef RVISOR_BLOCK_BLOCK_H
#define RVISOR_BLOCK_BLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/types.h>

struct block_dev;

/* One image format. Every call returns 0 (or bytes for pread/pwrite) on
 * success and a negative errno on failure; none may crash on a malformed
 * image. Calls on one block_dev are serialized by the caller. */
struct block_format {
	const char *name;
	/* True when the first bytes of a file look like this format. */
	bool (*probe)(const uint8_t *head, size_t len);
	int (*open)(struct block_dev *bd, int fd, char *err, size_t errlen);
	ssize_t (*pread)(struct block_dev *bd, void *buf, size_t len, uint64_t off);
	ssize_t (*pwrite)(struct block_dev *bd, const void *buf, size_t len, uint64_t off);
	int (*flush)(struct block_dev *bd);
	/* Deallocate (discard) or zero a range; may_unmap allows holes. */
	int (*discard)(struct block_dev *bd, uint64_t off, uint64_t len);
	int (*write_zeroes)(struct block_dev *bd, uint64_t off, uint64_t len, bool may_unmap);
	void (*close)(struct block_dev *bd);
};

struct block_dev {
	const struct block_format *fmt;
	char *path;
	int fd;
	uint64_t size; /* virtual disk size in bytes */
	bool readonly;
	bool direct; /* cache=none: O_DIRECT */
	/* The format is raw by a probe, not by the user's word: block_pwrite
	 * refuses a write that would make the image's first bytes probe as
	 * another format (QEMU's guard for probed raw images), so a guest can
	 * never turn its disk into, say, a qcow2 image naming a host file as
	 * its backing file for the next open. */
	bool probe_guard;
	/* A live migration's image handover (shared storage): no image lock
	 * is held, the format's state was loaded read-only (nothing written,
	 * no metadata trusted), and every write is refused (-EBUSY) until
	 * block_handover_take. */
	bool handed_over;
	void *priv; /* the format's state */
	/* Serializes the block_* calls (the device's I/O thread and a
	 * migration copying the disk); formats are called under it. */
	pthread_mutex_t lock;
	/* Dirty tracking (block migration): one bit per BLOCK_DIRTY_CHUNK
	 * written, discarded or zeroed since the last block_dirty_fetch;
	 * NULL when off. Under lock. */
	uint64_t *dirty;
	uint64_t dirty_chunks;
};

struct block_open_opts {
	const char *format; /* "raw", "qcow2" or NULL to probe */
	/* format is the result of an earlier probe of this image (the VM's
	 * recorded decision), not the user's: the probe guard applies as if
	 * this open had probed. */
	bool format_probed;
	bool readonly;
	bool direct;
	/* A writable image a migration's destination opens before the
	 * switch-over, while the source still writes it: opened without its
	 * lock and in the handover state (block_dev.handed_over). */
	bool handover;
};

/* A probe looks at this many bytes from the start of the image. */
#define BLOCK_PROBE_BYTES 512

/* The format a probe picks for an image starting with head[0..len): the
 * first format whose probe accepts it (raw accepts anything). */
const struct block_format *block_probe_head(const uint8_t *head, size_t len);
/* Probe the image at path (opened read-only, not locked). Returns its
 * format, or NULL with a message naming the file in err. */
const struct block_format *block_probe(const char *path, char *err, size_t errlen);

/* Words for a negative errno returned by a block call; the probe guard's
 * refusal (-EPERM from block_pwrite) is named as such. */
const char *block_strerror(int neg_errno);

/* Open an image. On failure returns NULL with a message (naming the file
 * and the problem) in err. */
struct block_dev *block_open(const char *path, const struct block_open_opts *o, char *err,
			     size_t errlen);
void block_close(struct block_dev *bd);

/* The image lock handover of a live migration with shared storage. The
 * source, paused, releases: flush, then drop the lock (the image is then
 * the destination's to take). The destination (or the source taking its
 * image back when the destination did not) takes: the write lock, then
 * the format's state reloaded from the file, since the previous holder
 * wrote until its release. Both return 0, or a negative errno with a
 * message naming the image in err (-EAGAIN: another process holds the
 * lock). reload false keeps the format's state (the source taking back an
 * image nobody else wrote since its release). */
int block_handover_release(struct block_dev *bd, char *err, size_t errlen);
int block_handover_take(struct block_dev *bd, bool reload, char *err, size_t errlen);

ssize_t block_pread(struct block_dev *bd, void *buf, size_t len, uint64_t off);
ssize_t block_pwrite(struct block_dev *bd, const void *buf, size_t len, uint64_t off);
int block_flush(struct block_dev *bd);
int block_discard(struct block_dev *bd, uint64_t off, uint64_t len);
int block_write_zeroes(struct block_dev *bd, uint64_t off, uint64_t len, bool may_unmap);

/* Dirty tracking (block_dev.dirty) for a migration copying the disk:
 * start (0 or -ENOMEM), stop, and fetch: the chunks dirtied since the last
 * fetch into bits (block_dirty_words words), cleared; returns their count.
 * A chunk is marked once the call that changed it returns, so a copy that
 * fetched (cleared) before reading never misses a write. */
#define BLOCK_DIRTY_SHIFT 16
#define BLOCK_DIRTY_CHUNK (1ULL << BLOCK_DIRTY_SHIFT)
int block_dirty_start(struct block_dev *bd);
void block_dirty_stop(struct block_dev *bd);
uint64_t block_dirty_words(const struct block_dev *bd);
uint64_t block_dirty_fetch(struct block_dev *bd, uint64_t *bits);

/* For formats: write zeroes over [off, off+len) through the format's own
 * pwrite, 64 KiB at a time (the fallback when nothing cheaper exists). */
int block_fill_zeroes(struct block_dev *bd, uint64_t off, uint64_t len);

/* The formats (block_raw.c, qcow2.c) and the lookup by name. */
extern const struct block_format block_format_raw;
extern const struct block_format block_format_qcow2;
const struct block_format *block_format_find(const char *name);

#endif
