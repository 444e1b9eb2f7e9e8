/* Split virtqueue, device side: validated descriptor chains, used ring,
 * notification suppression. See virtqueue.h for the rules it enforces. */
#include "virtio/virtqueue.h"

#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "mem/bus.h"

/* Ring layouts (little-endian; the host is little-endian, as the guest).
 *   desc:  {u64 addr, u32 len, u16 flags, u16 next} x num
 *   avail: u16 flags, u16 idx, u16 ring[num], u16 used_event
 *   used:  u16 flags, u16 idx, {u32 id, u32 len} x num, u16 avail_event */
#define DESC_SIZE 16

uint64_t virtq_desc_bytes(unsigned num)
{
	return (uint64_t)DESC_SIZE * num;
}

uint64_t virtq_avail_bytes(unsigned num)
{
	return 6 + 2ULL * num;
}

uint64_t virtq_used_bytes(unsigned num)
{
	return 6 + 8ULL * num;
}

/* Guest-shared 16-bit fields: single-copy atomic accesses. */
static inline uint16_t ld16(const uint8_t *p, memory_order mo)
{
	return atomic_load_explicit((const _Atomic uint16_t *)(const void *)p, mo);
}

static inline void st16(uint8_t *p, uint16_t v, memory_order mo)
{
	atomic_store_explicit((_Atomic uint16_t *)(void *)p, v, mo);
}

int virtq_map(struct virtq *vq, struct bus *bus, char *err, unsigned errlen)
{
	unsigned n = vq->num;
	vq->desc = vq->avail = vq->used = NULL;
	vq->bus = bus;
	if (n == 0 || n > VIRTQ_MAX_SIZE || (n & (n - 1))) {
		snprintf(err, errlen, "queue size %u is not a power of two from 1 to %u", n,
			 VIRTQ_MAX_SIZE);
		return -1;
	}
	if ((vq->desc_pa & 15) || (vq->avail_pa & 1) || (vq->used_pa & 3)) {
		snprintf(err, errlen,
			 "misaligned ring address (desc %#llx, driver %#llx, device %#llx)",
			 (unsigned long long)vq->desc_pa, (unsigned long long)vq->avail_pa,
			 (unsigned long long)vq->used_pa);
		return -1;
	}
	uint8_t *d = bus_ram_ptr(bus, vq->desc_pa, virtq_desc_bytes(n));
	uint8_t *a = bus_ram_ptr(bus, vq->avail_pa, virtq_avail_bytes(n));
	uint8_t *u = bus_ram_ptr(bus, vq->used_pa, virtq_used_bytes(n));
	if (!d || !a || !u) {
		snprintf(err, errlen,
			 "ring outside guest RAM (desc %#llx, driver %#llx, device %#llx)",
			 (unsigned long long)vq->desc_pa, (unsigned long long)vq->avail_pa,
			 (unsigned long long)vq->used_pa);
		return -1;
	}
	vq->desc = d;
	vq->avail = a;
	vq->used = u;
	return 0;
}

void virtq_reset(struct virtq *vq)
{
	struct bus *bus = vq->bus;
	uint32_t epoch = vq->epoch;
	memset(vq, 0, sizeof(*vq));
	vq->bus = bus;
	vq->epoch = epoch + 1;
}

struct desc {
	uint64_t addr;
	uint32_t len;
	uint16_t flags, next;
};

static struct desc read_desc(const uint8_t *table, unsigned i)
{
	struct desc d;
	/* A plain copy: the driver must not change a descriptor it made
	 * available, and everything read is validated after this copy. */
	memcpy(&d.addr, table + DESC_SIZE * i, 8);
	memcpy(&d.len, table + DESC_SIZE * i + 8, 4);
	memcpy(&d.flags, table + DESC_SIZE * i + 12, 2);
	memcpy(&d.next, table + DESC_SIZE * i + 14, 2);
	return d;
}

static int add_seg(struct virtq *vq, struct virtq_chain *c, const struct desc *d)
{
	if (c->nseg >= vq->num)
		return VIRTQ_E_LOOP; /* longer than the queue: a loop or abuse */
	if (d->len == 0 || !bus_is_ram(vq->bus, d->addr, d->len))
		return VIRTQ_E_BUF;
	bool w = d->flags & VIRTQ_DESC_F_WRITE;
	if (!w && c->nseg > c->nread)
		return VIRTQ_E_ORDER;
	if (c->read_len + c->write_len + d->len > VIRTQ_MAX_CHAIN_BYTES)
		return VIRTQ_E_TOOBIG;
	c->seg[c->nseg++] = (struct virtq_seg){d->addr, d->len, w};
	if (w)
		c->write_len += d->len;
	else {
		c->read_len += d->len;
		c->nread++;
	}
	return 0;
}

/* Walk an indirect table (no nesting: INDIRECT inside it is an error). */
static int walk_indirect(struct virtq *vq, struct virtq_chain *c, const struct desc *id)
{
	if (id->len == 0 || id->len % DESC_SIZE || (id->flags & VIRTQ_DESC_F_NEXT))
		return VIRTQ_E_INDIRECT;
	unsigned n = id->len / DESC_SIZE;
	if (n > vq->num) /* never more descriptors than the queue size */
		return VIRTQ_E_INDIRECT;
	const uint8_t *table = bus_ram_ptr(vq->bus, id->addr, id->len);
	if (!table)
		return VIRTQ_E_INDIRECT;
	unsigned i = 0;
	for (unsigned steps = 0;; steps++) {
		if (steps >= n)
			return VIRTQ_E_LOOP;
		struct desc d = read_desc(table, i);
		if (d.flags & VIRTQ_DESC_F_INDIRECT)
			return VIRTQ_E_INDIRECT;
		int rc = add_seg(vq, c, &d);
		if (rc < 0)
			return rc;
		if (!(d.flags & VIRTQ_DESC_F_NEXT))
			return 0;
		if (d.next >= n)
			return VIRTQ_E_NEXT;
		i = d.next;
	}
}

bool virtq_has_avail(struct virtq *vq)
{
	if (!vq->avail)
		return false;
	return ld16(vq->avail + 2, memory_order_acquire) != vq->last_avail_idx;
}

void virtq_unpop(struct virtq *vq)
{
	vq->last_avail_idx--;
}

int virtq_pop(struct virtq *vq, struct virtq_chain *c)
{
	if (!vq->avail || !vq->desc || !vq->used)
		return VIRTQ_E_RING;
	uint16_t avail_idx = ld16(vq->avail + 2, memory_order_acquire);
	uint16_t pending = (uint16_t)(avail_idx - vq->last_avail_idx);
	if (pending == 0)
		return 0;
	if (pending > vq->num)
		return VIRTQ_E_AVAIL_IDX;
	uint16_t head =
	    ld16(vq->avail + 4 + 2 * (vq->last_avail_idx & (vq->num - 1)), memory_order_relaxed);
	if (head >= vq->num)
		return VIRTQ_E_HEAD;
	c->head = head;
	c->nseg = c->nread = 0;
	c->read_len = c->write_len = 0;
	unsigned i = head;
	for (unsigned steps = 0;; steps++) {
		if (steps >= vq->num)
			return VIRTQ_E_LOOP;
		struct desc d = read_desc(vq->desc, i);
		int rc;
		if (d.flags & VIRTQ_DESC_F_INDIRECT) {
			/* An indirect descriptor is the chain's only entry in the
			 * table (virtio 1.2 §2.7.5.3.1: not with NEXT). */
			if (steps != 0)
				return VIRTQ_E_INDIRECT;
			rc = walk_indirect(vq, c, &d);
			if (rc < 0)
				return rc;
			break;
		}
		rc = add_seg(vq, c, &d);
		if (rc < 0)
			return rc;
		if (!(d.flags & VIRTQ_DESC_F_NEXT))
			break;
		if (d.next >= vq->num)
			return VIRTQ_E_NEXT;
		i = d.next;
	}
	vq->last_avail_idx++;
	return 1;
}

void virtq_push(struct virtq *vq, uint16_t head, uint32_t len)
{
	unsigned slot = vq->used_idx & (vq->num - 1);
	uint8_t *e = vq->used + 4 + 8 * slot;
	uint32_t id = head;
	memcpy(e, &id, 4);
	memcpy(e + 4, &len, 4);
	bus_note_write(vq->bus, vq->used_pa + 4 + 8 * slot, 8);
	vq->used_idx++;
	/* Release: the entry is visible before the index that publishes it. */
	st16(vq->used + 2, vq->used_idx, memory_order_release);
	bus_note_write(vq->bus, vq->used_pa + 2, 2);
}

bool virtq_need_notify(struct virtq *vq)
{
	/* Our used idx store must be visible before we read the driver's
	 * suppression fields (it re-checks used idx after writing them). */
	atomic_thread_fence(memory_order_seq_cst);
	uint16_t old = vq->signalled_used, new_idx = vq->used_idx;
	bool valid = vq->signalled_valid;
	vq->signalled_used = new_idx;
	vq->signalled_valid = true;
	if (!vq->event_idx)
		return !(ld16(vq->avail, memory_order_relaxed) & VIRTQ_AVAIL_F_NO_INTERRUPT);
	if (!valid)
		return true;
	uint16_t used_event = ld16(vq->avail + 4 + 2 * vq->num, memory_order_relaxed);
	return virtq_need_event(used_event, new_idx, old);
}

void virtq_set_kicks(struct virtq *vq, bool enable)
{
	if (vq->event_idx) {
		/* avail_event: kick me when avail idx passes this. While
		 * suppressed we simply leave it behind. */
		if (enable) {
			st16(vq->used + 4 + 8 * vq->num, vq->last_avail_idx, memory_order_relaxed);
			bus_note_write(vq->bus, vq->used_pa + 4 + 8 * vq->num, 2);
		}
	} else {
		uint16_t f = ld16(vq->used, memory_order_relaxed);
		f = enable ? (uint16_t)(f & ~VIRTQ_USED_F_NO_NOTIFY)
			   : (uint16_t)(f | VIRTQ_USED_F_NO_NOTIFY);
		st16(vq->used, f, memory_order_relaxed);
		bus_note_write(vq->bus, vq->used_pa, 2);
	}
	if (enable)
		atomic_thread_fence(memory_order_seq_cst);
}

uint64_t virtq_chain_read(struct virtq *vq, const struct virtq_chain *c, uint64_t off, void *dst,
			  uint64_t len)
{
	uint64_t done = 0;
	for (unsigned k = 0; k < c->nread && done < len; k++) {
		const struct virtq_seg *s = &c->seg[k];
		if (off >= s->len) {
			off -= s->len;
			continue;
		}
		uint64_t n = s->len - off;
		if (n > len - done)
			n = len - done;
		if (!bus_copy_from_guest(vq->bus, s->pa + off, (uint8_t *)dst + done, n))
			break; /* cannot happen: checked at pop */
		done += n;
		off = 0;
	}
	return done;
}

uint64_t virtq_chain_write(struct virtq *vq, const struct virtq_chain *c, uint64_t off,
			   const void *src, uint64_t len)
{
	uint64_t done = 0;
	for (unsigned k = c->nread; k < c->nseg && done < len; k++) {
		const struct virtq_seg *s = &c->seg[k];
		if (off >= s->len) {
			off -= s->len;
			continue;
		}
		uint64_t n = s->len - off;
		if (n > len - done)
			n = len - done;
		if (!bus_copy_to_guest(vq->bus, s->pa + off, (const uint8_t *)src + done, n))
			break;
		done += n;
		off = 0;
	}
	return done;
}

const char *virtq_strerror(int rc)
{
	switch (rc) {
	case VIRTQ_E_RING:
		return "rings outside guest RAM";
	case VIRTQ_E_AVAIL_IDX:
		return "avail index moved by more than the queue size";
	case VIRTQ_E_HEAD:
		return "descriptor head index out of range";
	case VIRTQ_E_NEXT:
		return "descriptor next index out of range";
	case VIRTQ_E_LOOP:
		return "descriptor chain loops or is longer than the queue";
	case VIRTQ_E_BUF:
		return "descriptor buffer outside guest RAM or empty";
	case VIRTQ_E_INDIRECT:
		return "bad indirect descriptor table";
	case VIRTQ_E_ORDER:
		return "device-readable descriptor after a writable one";
	case VIRTQ_E_TOOBIG:
		return "descriptor chain longer than 1 GiB";
	default:
		return "malformed descriptor chain";
	}
}
