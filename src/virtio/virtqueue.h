/* Split virtqueues (virtio 1.2 §2.7), device side: descriptor chains with
 * bounds checks, indirect descriptors, used-ring updates, notification
 * suppression (flags and VIRTIO_F_EVENT_IDX).
 *
 * Everything the guest wrote is untrusted: a chain is validated completely
 * (every index, every length, every buffer inside guest RAM, no loops, no
 * indirect table inside an indirect table, at most `num` descriptors) before
 * the device sees it. Guest RAM is reached only through the bus: the rings
 * through bus_ram_ptr() with their full size checked, and every device write
 * into RAM is followed by bus_note_write().
 *
 * Memory ordering: the driver runs on other host threads. The avail index is
 * read with acquire before the ring entries it publishes; used entries are
 * written before the used index is stored with release; the event-index and
 * flags checks that decide a notification sit after a full fence. */
#ifndef RVISOR_VIRTIO_VIRTQUEUE_H
#define RVISOR_VIRTIO_VIRTQUEUE_H

#include <stdbool.h>
#include <stdint.h>

struct bus;

#define VIRTQ_MAX_SIZE 256 /* QueueNumMax offered by rvisor's devices */

/* Descriptor flags and ring flags (virtio 1.2 §2.7.5, §2.7.6, §2.7.8). */
#define VIRTQ_DESC_F_NEXT 1
#define VIRTQ_DESC_F_WRITE 2
#define VIRTQ_DESC_F_INDIRECT 4
#define VIRTQ_AVAIL_F_NO_INTERRUPT 1
#define VIRTQ_USED_F_NO_NOTIFY 1

/* Errors from virtq_pop (negative). Each means the driver broke the rules:
 * the device enters DEVICE_NEEDS_RESET. */
enum virtq_err {
	VIRTQ_E_RING = -1,	/* the rings are not (or no longer) in RAM */
	VIRTQ_E_AVAIL_IDX = -2, /* avail idx moved by more than the queue size */
	VIRTQ_E_HEAD = -3,	/* head index >= queue size */
	VIRTQ_E_NEXT = -4,	/* next index >= table size */
	VIRTQ_E_LOOP = -5,	/* more descriptors than the queue size: a loop */
	VIRTQ_E_BUF = -6,	/* a buffer outside RAM, or of length 0 */
	VIRTQ_E_INDIRECT = -7,	/* bad indirect table (size, place, nesting, NEXT) */
	VIRTQ_E_ORDER = -8,	/* a device-readable buffer after a writable one */
	VIRTQ_E_TOOBIG = -9,	/* total length over VIRTQ_MAX_CHAIN_BYTES */
};

#define VIRTQ_MAX_CHAIN_BYTES (1ULL << 30)

struct virtq {
	/* Set by the transport (driver configuration). */
	uint16_t num;			     /* queue size, a power of two <= VIRTQ_MAX_SIZE */
	uint64_t desc_pa, avail_pa, used_pa; /* guest physical addresses */
	bool event_idx;			     /* VIRTIO_F_EVENT_IDX negotiated */

	/* Device state (saved). */
	uint16_t last_avail_idx; /* next avail entry to pop */
	uint16_t used_idx;	 /* our copy of used->idx */
	uint16_t signalled_used; /* used idx at the last notification check */
	bool signalled_valid;	 /* false: the next check notifies */

	/* Host pointers, from virtq_map(). */
	struct bus *bus;
	uint8_t *desc, *avail, *used;

	/* Bumped whenever the ring starts afresh (made ready, reset, loaded;
	 * not saved): what a device remembers about a chain (a request it
	 * processes in slices) holds only within one epoch. */
	uint32_t epoch;
};

/* One buffer of a chain: guest physical address, length, direction. */
struct virtq_seg {
	uint64_t pa;
	uint32_t len;
	bool write; /* device-writable */
};

struct virtq_chain {
	uint16_t head;		      /* head index: the id written to the used ring */
	unsigned nseg, nread;	      /* segments, of which the first nread are readable */
	uint64_t read_len, write_len; /* total bytes per direction */
	struct virtq_seg seg[VIRTQ_MAX_SIZE];
};

/* Bytes the rings occupy for a queue of num entries (with event fields). */
uint64_t virtq_desc_bytes(unsigned num);
uint64_t virtq_avail_bytes(unsigned num);
uint64_t virtq_used_bytes(unsigned num);

/* Check the configuration (num a power of two, aligned ring addresses, every
 * ring wholly in RAM) and cache host pointers. Returns 0 or -1 with a reason
 * in err. Resets nothing: the caller sets last_avail_idx/used_idx. */
int virtq_map(struct virtq *vq, struct bus *bus, char *err, unsigned errlen);
/* Forget the configuration and state (device reset); a new epoch. */
void virtq_reset(struct virtq *vq);

/* Pop the next available chain. Returns 1 with c filled, 0 when the ring is
 * empty, or a negative enum virtq_err (nothing consumed). */
int virtq_pop(struct virtq *vq, struct virtq_chain *c);
/* Give back the chain popped last (nothing of it was used): the next pop
 * returns it again. */
void virtq_unpop(struct virtq *vq);
/* What a negative virtq_pop result means, for a log line. */
const char *virtq_strerror(int rc);
/* Put a completed chain on the used ring (len = bytes the device wrote). */
void virtq_push(struct virtq *vq, uint16_t head, uint32_t len);
/* True when the driver wants an interrupt for the entries pushed since the
 * last call (VIRTQ_AVAIL_F_NO_INTERRUPT or used_event). Issues a full fence. */
bool virtq_need_notify(struct virtq *vq);
/* Ask the driver not to kick while the device is working (suppress = true),
 * or to kick again for anything after last_avail_idx (false). After
 * re-enabling, the caller must check virtq_has_avail() again (a full fence
 * is issued here). */
void virtq_set_kicks(struct virtq *vq, bool enable);
bool virtq_has_avail(struct virtq *vq);

/* Chain data helpers over the device-readable part (offset from its start)
 * and the writable part. They copy min(len, what is left) bytes and return
 * the count; writes go through bus_copy_to_guest. */
uint64_t virtq_chain_read(struct virtq *vq, const struct virtq_chain *c, uint64_t off, void *dst,
			  uint64_t len);
uint64_t virtq_chain_write(struct virtq *vq, const struct virtq_chain *c, uint64_t off,
			   const void *src, uint64_t len);

/* Standard vring_need_event (virtio 1.2 §2.7.10). */
static inline bool virtq_need_event(uint16_t event, uint16_t new_idx, uint16_t old_idx)
{
	return (uint16_t)(new_idx - event - 1) < (uint16_t)(new_idx - old_idx);
}

#endif
