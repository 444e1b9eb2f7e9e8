/* Guest physical address space: RAM (one memfd mapping) plus MMIO regions. */
#ifndef RVISOR_MEM_BUS_H
#define RVISOR_MEM_BUS_H

#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct error;

#define PAGE_SHIFT 12
#define PAGE_SIZE (1ULL << PAGE_SHIFT)

/* An MMIO device's access callbacks. `off` is relative to the region base,
 * size is 1, 2, 4 or 8. A read returns the value zero-extended; an access the
 * device does not support returns false (the hart raises an access fault). */
struct mmio_ops {
	bool (*read)(void *dev, uint64_t off, unsigned size, uint64_t *val);
	bool (*write)(void *dev, uint64_t off, unsigned size, uint64_t val);
};

struct mmio_region {
	uint64_t base, size;
	const struct mmio_ops *ops;
	void *dev;
	const char *name;
};

#define BUS_MAX_REGIONS 32
#define BUS_MAX_RUNNERS 16

struct hart;

struct bus {
	/* RAM: guest physical [ram_base, ram_base + ram_size) maps to ram[]. */
	uint8_t *ram;
	uint64_t ram_base, ram_size;
	int ram_fd; /* the memfd behind ram, or -1 */
	/* RAM from a memory file (restore, clones): the file, kept open while
	 * ram maps it (-1 otherwise), and whether we hold a read lease on it
	 * (see bus_init_from_file); file_lease_errno says why not. */
	int file_fd;
	bool file_leased;
	int file_lease_errno;

	/* Per-RAM-page flags (one byte per 4 KiB page), see BUSPG_*. Written
	 * atomically: several vCPU threads share them. */
	_Atomic uint8_t *page_flags;
	/* Per-RAM-page code generation: bumped whenever a page that holds
	 * decoded blocks is written, which invalidates those blocks. */
	_Atomic uint32_t *page_gen;
	/* Bumped whenever any page changes flags in a way every hart's
	 * store-TLB must observe (a page became code or watched). */
	_Atomic uint64_t store_tlb_epoch;
	/* The harts running on this bus (inside hart_run; NULL: a free slot),
	 * whose store TLBs a new code mark must reach (cpu/hart.c,
	 * hart_mark_code). */
	_Atomic(struct hart *) runners[BUS_MAX_RUNNERS];

	/* Dirty log (diff snapshots, migration): one bit per RAM page, set by
	 * bus_note_write while dirty_log is on. Allocated at the first enable,
	 * freed by bus_destroy. */
	_Atomic uint64_t *dirty_bitmap;
	atomic_bool dirty_log;

	struct mmio_region regions[BUS_MAX_REGIONS];
	unsigned nregions;
};

enum {
	BUSPG_CODE = 1 << 0,	 /* decoded blocks exist for this page */
	BUSPG_WATCHED = 1 << 1,	 /* an MMIO region overlaps this RAM page */
	BUSPG_DIRTYLOG = 1 << 2, /* dirty log on, page not yet dirty: stores go slow */
	/* BUSPG_CODE, and no hart can still store to the page without
	 * seeing it (bus_seal_code): a decoder may trust the mark as is */
	BUSPG_SEALED = 1 << 3
};

/* Returns 0, or -1 with e set. */
int bus_init(struct bus *b, uint64_t ram_base, uint64_t ram_size, struct error *e);
/* RAM from a memory file (snapshot restore, clones): mapped MAP_PRIVATE,
 * lazily and copy-on-write; ram_fd = -1. The file size must be ram_size.
 *
 * A page the guest has not written is read from the file when touched, so
 * the file must not change while it is mapped: truncated, such pages fault
 * with SIGBUS; rewritten, they silently read the new contents. So the bus
 * keeps the file open (a dup of fd: the caller may close fd) and takes a
 * read lease on it (F_SETLEASE, F_RDLCK; the file's owner or CAP_LEASE):
 * the kernel then holds back any open for writing or truncation of the
 * file (up to /proc/sys/fs/lease-break-time, 45 s by default) and tells the
 * lease holder, with BUS_LEASE_SIGNAL, so that it can first copy RAM away
 * from the file (bus_file_detach) and let go. The signal is ignored
 * process-wide (a stray one must not kill) and only received by the
 * thread that blocks it and made itself the file's owner (vmm/memguard.c).
 * No lease (not the owner, a filesystem without leases, the file open for
 * writing elsewhere): file_leased is false, file_lease_errno says why. */
#define BUS_LEASE_SIGNAL (SIGRTMIN + 4)
int bus_init_from_file(struct bus *b, uint64_t ram_base, uint64_t ram_size, int fd,
		       struct error *e);
/* Has someone asked to open the leased memory file for writing or to
 * truncate it (they wait until the lease is released)? */
bool bus_file_break_pending(const struct bus *b);
/* Move RAM off the memory file: copy its contents (non-zero pages only)
 * into a new memfd that then replaces the mapping at the same address, so
 * host pointers, TLBs and decoded blocks stay valid; then release the lease
 * and close the file. Nothing may write guest RAM meanwhile (pause the VM).
 * Returns 0 with *copied (bytes), or -1 with a message in err (RAM is then
 * still the file's mapping). */
int bus_file_detach(struct bus *b, uint64_t *copied, char *err, size_t errlen);
void bus_destroy(struct bus *b);

/* Register an MMIO region. Regions may overlay RAM (e.g. HTIF tohost); such
 * RAM pages are then never accessed through a TLB fast path. Returns -1 when
 * the table is full or the region overlaps another MMIO region. */
int bus_add_mmio(struct bus *b, uint64_t base, uint64_t size, const struct mmio_ops *ops, void *dev,
		 const char *name);

static inline bool bus_is_ram(const struct bus *b, uint64_t pa, uint64_t len)
{
	return pa >= b->ram_base && pa - b->ram_base < b->ram_size &&
	       len <= b->ram_size - (pa - b->ram_base);
}

/* Host pointer for guest physical RAM, or NULL when [pa, pa+len) is not all RAM. */
static inline void *bus_ram_ptr(const struct bus *b, uint64_t pa, uint64_t len)
{
	return bus_is_ram(b, pa, len) ? b->ram + (pa - b->ram_base) : NULL;
}

static inline uint64_t bus_page_index(const struct bus *b, uint64_t pa)
{
	return (pa - b->ram_base) >> PAGE_SHIFT;
}

/* True when a RAM page may be mapped by a TLB fast path for the access kind. */
static inline bool bus_page_fast_ok(struct bus *b, uint64_t pa, bool store)
{
	uint8_t f =
	    atomic_load_explicit(&b->page_flags[bus_page_index(b, pa)], memory_order_relaxed);
	if (f & BUSPG_WATCHED)
		return false;
	return !store || !(f & (BUSPG_CODE | BUSPG_DIRTYLOG));
}

/* Slow-path physical accesses (MMIO dispatch, watched pages, code pages).
 * Return false on an access fault (no RAM or device there, or the device
 * refused). Values are little-endian, zero-extended. */
bool bus_read(struct bus *b, uint64_t pa, unsigned size, uint64_t *val);
bool bus_write(struct bus *b, uint64_t pa, unsigned size, uint64_t val);

/* Mark a RAM page as holding decoded code; stores to it then take the slow
 * path, which invalidates the page's blocks (bus_note_write). New
 * store-TLB fills refuse the page from here on, and store_tlb_epoch moves,
 * but entries other harts filled before may still map it: returns true
 * when the mark is not sealed yet, i.e. when the caller must make every
 * running hart's store TLB drop the page (hart_mark_code) and then call
 * bus_seal_code; false when it is sealed code already. */
bool bus_mark_code(struct bus *b, uint64_t pa);
/* No store-TLB entry maps the page any more, and no store through one is
 * under way: the page's mark is sealed (unless a write cleared it since). */
void bus_seal_code(struct bus *b, uint64_t pa);
/* Called after every write to RAM that did not use a TLB fast path
 * (including device DMA): invalidates decoded blocks on the touched pages
 * (clears their code mark and bumps their generation) and, while the dirty
 * log is on, marks them dirty and clears their BUSPG_DIRTYLOG (so later
 * guest stores to them may use the store-TLB fast path). */
void bus_note_write(struct bus *b, uint64_t pa, uint64_t len);

/* RAM replaced from outside the guest and its devices (a migration's
 * pages, written through the memfd or copied while no hart runs, perhaps
 * while a block is decoded from them): every block decoded from these
 * pages before is stale, whether or not the page is flagged as code
 * (the flag is not ordered against such writes). Call after the write. */
void bus_code_replaced(struct bus *b, uint64_t pa, uint64_t len);

static inline uint32_t bus_page_gen(struct bus *b, uint64_t pa)
{
	return atomic_load_explicit(&b->page_gen[bus_page_index(b, pa)], memory_order_acquire);
}

/* Copy between host buffers and guest RAM for loaders and devices (DMA).
 * Return false when the range is not entirely RAM. */
bool bus_copy_to_guest(struct bus *b, uint64_t pa, const void *src, uint64_t len);
bool bus_copy_from_guest(struct bus *b, uint64_t pa, void *dst, uint64_t len);

/* Dirty log. The bitmap holds bus_dirty_words() 64-bit words, bit (pg % 64)
 * of word (pg / 64) for RAM page pg. While the log is on, every clean page
 * carries BUSPG_DIRTYLOG, so no store-TLB entry may map it; the first write
 * (slow-path store, AMO, A/D update, DMA) sets its bit.
 *
 * bus_dirty_log_enable and bus_dirty_log_fetch_and_clear re-arm
 * BUSPG_DIRTYLOG on pages that store-TLB entries may still map: call them
 * with the vCPUs paused and make every hart drop its store-TLB entries
 * before it executes again (hart_request(h, EV_FENCE_I) on each hart, as
 * snapshot.c does; both also bump store_tlb_epoch). Device threads may
 * write concurrently: such writes always set their bit. */
static inline uint64_t bus_dirty_words(const struct bus *b)
{
	return ((b->ram_size >> PAGE_SHIFT) + 63) / 64;
}
/* Start logging with every page clean (clears the bitmap if the log was
 * already on). Returns -1 when the bitmap cannot be allocated. */
int bus_dirty_log_enable(struct bus *b);
/* Stop logging: pages lose BUSPG_DIRTYLOG, the bitmap is left as is. */
void bus_dirty_log_disable(struct bus *b);
static inline bool bus_dirty_log_on(const struct bus *b)
{
	return atomic_load(&b->dirty_log);
}
/* Copy the bitmap to out (bus_dirty_words() words), clear it and re-arm
 * BUSPG_DIRTYLOG on the pages that were dirty. Returns the number of dirty
 * pages; 0 (out zeroed) when the log is off. */
uint64_t bus_dirty_log_fetch_and_clear(struct bus *b, uint64_t *out);
/* OR `bits` back into the bitmap (a consumer of fetch_and_clear failed). */
void bus_dirty_log_merge(struct bus *b, const uint64_t *bits);

#endif
