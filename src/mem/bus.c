/* Guest physical address space: memfd-backed RAM and MMIO dispatch. */
#include "mem/bus.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "util/error.h"

/* The page tables of ram_size bytes of RAM. */
static int alloc_pages(struct bus *b, struct error *e)
{
	uint64_t npages = b->ram_size >> PAGE_SHIFT;
	b->page_flags = calloc(npages, sizeof(*b->page_flags));
	b->page_gen = calloc(npages, sizeof(*b->page_gen));
	if (!b->page_flags || !b->page_gen) {
		bus_destroy(b);
		return err_set(e, ERR_IO, "guest RAM: out of memory for its page tables");
	}
	return 0;
}

int bus_init(struct bus *b, uint64_t ram_base, uint64_t ram_size, struct error *e)
{
	memset(b, 0, sizeof(*b));
	b->ram_base = ram_base;
	b->ram_size = ram_size;
	b->file_fd = -1;
	b->ram_fd = memfd_create("rvisor-ram", MFD_CLOEXEC);
	if (b->ram_fd < 0)
		return err_errno(e, errno, "guest RAM: memfd_create");
	if (ftruncate(b->ram_fd, (off_t)ram_size) < 0) {
		int errnum = errno;
		close(b->ram_fd);
		return err_errno(e, errnum, "guest RAM: cannot size it to %llu bytes",
				 (unsigned long long)ram_size);
	}
	void *p =
	    mmap(NULL, ram_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, b->ram_fd, 0);
	if (p == MAP_FAILED) {
		int errnum = errno;
		close(b->ram_fd);
		return err_errno(e, errnum, "guest RAM: cannot map %llu bytes",
				 (unsigned long long)ram_size);
	}
	b->ram = p;
	return alloc_pages(b, e);
}

/* The read lease of bus_init_from_file. BUS_LEASE_SIGNAL is set to be
 * ignored unless someone handles it: the kernel sends it to the process
 * until the guard thread makes itself the file's owner, and a delivered
 * real-time signal would otherwise kill. A thread that blocks it still
 * receives it (blocked signals are queued even when ignored). */
static void take_lease(struct bus *b)
{
	struct sigaction old;
	if (sigaction(BUS_LEASE_SIGNAL, NULL, &old) == 0 && old.sa_handler == SIG_DFL &&
	    !(old.sa_flags & SA_SIGINFO)) {
		struct sigaction ign = {.sa_handler = SIG_IGN};
		sigemptyset(&ign.sa_mask);
		sigaction(BUS_LEASE_SIGNAL, &ign, NULL);
	}
	if (fcntl(b->file_fd, F_SETSIG, BUS_LEASE_SIGNAL) < 0 ||
	    fcntl(b->file_fd, F_SETLEASE, F_RDLCK) < 0) {
		b->file_lease_errno = errno;
		return;
	}
	b->file_leased = true;
}

/* Restore and clones: guest RAM is a memory file mapped MAP_PRIVATE, so
 * pages are read lazily on first touch and guest writes stay private
 * (copy-on-write); several VMs can share one file. The file must be exactly
 * ram_size bytes. The lease is taken before the size is checked and the
 * file mapped, so what was checked is what stays mapped. */
int bus_init_from_file(struct bus *b, uint64_t ram_base, uint64_t ram_size, int fd, struct error *e)
{
	memset(b, 0, sizeof(*b));
	b->ram_base = ram_base;
	b->ram_size = ram_size;
	b->ram_fd = -1;
	b->file_fd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	if (b->file_fd < 0)
		return err_errno(e, errno, "memory file");
	take_lease(b);
	off_t end = lseek(b->file_fd, 0, SEEK_END);
	if (end < 0 || (uint64_t)end != ram_size) {
		bus_destroy(b);
		return err_set(e, ERR_INVALID,
			       "memory file: %lld bytes, the snapshot's RAM is %llu",
			       (long long)end, (unsigned long long)ram_size);
	}
	void *p = mmap(NULL, ram_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_NORESERVE,
		       b->file_fd, 0);
	if (p == MAP_FAILED) {
		int errnum = errno;
		bus_destroy(b);
		return err_errno(e, errnum, "memory file: cannot map it");
	}
	b->ram = p;
	return alloc_pages(b, e);
}

bool bus_file_break_pending(const struct bus *b)
{
	/* While a break is pending, F_GETLEASE reports the type the lease is
	 * being broken to (F_UNLCK). */
	return b->file_fd >= 0 && b->file_leased && fcntl(b->file_fd, F_GETLEASE) == F_UNLCK;
}

static bool page_is_zero(const uint8_t *p)
{
	const uint64_t *w = (const uint64_t *)p;
	for (size_t k = 0; k < PAGE_SIZE / 8; k++)
		if (w[k])
			return false;
	return true;
}

/* Copy the non-zero pages of ram[lo, hi) to dst. In a hole of the file
 * (where every page the guest never wrote reads as zero), only pages that
 * are resident (mincore: mapped, cached or copied-on-write) can hold
 * anything, so the others are skipped without faulting them in. */
static uint64_t copy_range(const struct bus *b, uint8_t *dst, uint64_t lo, uint64_t hi, bool hole)
{
	uint64_t copied = 0;
	unsigned char vec[256];
	for (uint64_t off = lo; off < hi;) {
		uint64_t n = (hi - off) >> PAGE_SHIFT;
		if (n > sizeof(vec))
			n = sizeof(vec);
		if (hole && mincore(b->ram + off, n << PAGE_SHIFT, vec) < 0)
			memset(vec, 1, n);
		for (uint64_t k = 0; k < n; k++, off += PAGE_SIZE) {
			if ((hole && !(vec[k] & 1)) || page_is_zero(b->ram + off))
				continue;
			memcpy(dst + off, b->ram + off, PAGE_SIZE);
			copied += PAGE_SIZE;
		}
	}
	return copied;
}

int bus_file_detach(struct bus *b, uint64_t *copied, char *err, size_t errlen)
{
	*copied = 0;
	if (b->file_fd < 0)
		return 0;
	int mfd = memfd_create("rvisor-ram", MFD_CLOEXEC);
	if (mfd < 0 || ftruncate(mfd, (off_t)b->ram_size) < 0) {
		snprintf(err, errlen, "cannot create guest RAM: %s", strerror(errno));
		if (mfd >= 0)
			close(mfd);
		return -1;
	}
	uint8_t *dst =
	    mmap(NULL, b->ram_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, mfd, 0);
	if (dst == MAP_FAILED) {
		snprintf(err, errlen, "cannot map new guest RAM: %s", strerror(errno));
		close(mfd);
		return -1;
	}
	/* The file's data and holes as they are (the lease keeps it unchanged). */
	for (off_t pos = 0; (uint64_t)pos < b->ram_size;) {
		off_t data = lseek(b->file_fd, pos, SEEK_DATA);
		if (data < 0 || (uint64_t)data > b->ram_size)
			data = (off_t)b->ram_size;
		*copied += copy_range(b, dst, (uint64_t)pos, (uint64_t)data, true);
		if ((uint64_t)data >= b->ram_size)
			break;
		off_t hole = lseek(b->file_fd, data, SEEK_HOLE);
		if (hole < 0 || (uint64_t)hole > b->ram_size)
			hole = (off_t)b->ram_size;
		*copied += copy_range(b, dst, (uint64_t)data, (uint64_t)hole, false);
		pos = hole;
	}
	/* Atomically put the copy where RAM is: the old mapping goes. */
	if (mremap(dst, b->ram_size, b->ram_size, MREMAP_MAYMOVE | MREMAP_FIXED, b->ram) ==
	    MAP_FAILED) {
		snprintf(err, errlen, "cannot move guest RAM: %s", strerror(errno));
		munmap(dst, b->ram_size);
		close(mfd);
		return -1;
	}
	__atomic_store_n(&b->ram_fd, mfd, __ATOMIC_RELEASE);
	if (b->file_leased)
		fcntl(b->file_fd, F_SETLEASE, F_UNLCK);
	close(b->file_fd);
	b->file_fd = -1;
	b->file_leased = false;
	return 0;
}

void bus_destroy(struct bus *b)
{
	if (b->ram)
		munmap(b->ram, b->ram_size);
	if (b->ram_fd >= 0)
		close(b->ram_fd);
	if (b->file_fd >= 0)
		close(b->file_fd); /* releases the lease */
	b->file_fd = -1;
	b->file_leased = false;
	free((void *)b->page_flags);
	free((void *)b->page_gen);
	free((void *)b->dirty_bitmap);
	b->dirty_bitmap = NULL;
	atomic_store(&b->dirty_log, false);
	b->ram = NULL;
	b->ram_fd = -1;
	b->page_flags = NULL;
	b->page_gen = NULL;
}

int bus_add_mmio(struct bus *b, uint64_t base, uint64_t size, const struct mmio_ops *ops, void *dev,
		 const char *name)
{
	if (b->nregions == BUS_MAX_REGIONS || size == 0)
		return -1;
	for (unsigned k = 0; k < b->nregions; k++) {
		const struct mmio_region *r = &b->regions[k];
		if (base < r->base + r->size && r->base < base + size)
			return -1;
	}
	b->regions[b->nregions++] = (struct mmio_region){base, size, ops, dev, name};
	/* RAM pages under the region must never be reached through a TLB. */
	for (uint64_t pa = base & ~(PAGE_SIZE - 1); pa < base + size; pa += PAGE_SIZE) {
		if (bus_is_ram(b, pa, 1))
			atomic_fetch_or(&b->page_flags[bus_page_index(b, pa)], BUSPG_WATCHED);
	}
	atomic_fetch_add(&b->store_tlb_epoch, 1);
	return 0;
}

static const struct mmio_region *find_region(const struct bus *b, uint64_t pa, unsigned size)
{
	for (unsigned k = 0; k < b->nregions; k++) {
		const struct mmio_region *r = &b->regions[k];
		if (pa >= r->base && pa - r->base < r->size) {
			if (size > r->size - (pa - r->base))
				return NULL; /* straddles the region's end */
			return r;
		}
	}
	return NULL;
}

static uint64_t ram_read(const uint8_t *p, unsigned size)
{
	switch (size) {
	case 1:
		return *p;
	case 2: {
		uint16_t v;
		memcpy(&v, p, 2);
		return v;
	}
	case 4: {
		uint32_t v;
		memcpy(&v, p, 4);
		return v;
	}
	default: {
		uint64_t v;
		memcpy(&v, p, 8);
		return v;
	}
	}
}

bool bus_read(struct bus *b, uint64_t pa, unsigned size, uint64_t *val)
{
	const struct mmio_region *r = find_region(b, pa, size);
	if (r)
		return r->ops->read ? r->ops->read(r->dev, pa - r->base, size, val) : false;
	uint8_t *p = bus_ram_ptr(b, pa, size);
	if (!p)
		return false;
	*val = ram_read(p, size);
	return true;
}

bool bus_write(struct bus *b, uint64_t pa, unsigned size, uint64_t val)
{
	const struct mmio_region *r = find_region(b, pa, size);
	if (r)
		return r->ops->write ? r->ops->write(r->dev, pa - r->base, size, val) : false;
	uint8_t *p = bus_ram_ptr(b, pa, size);
	if (!p)
		return false;
	memcpy(p, &val, size); /* little-endian host */
	bus_note_write(b, pa, size);
	return true;
}

bool bus_mark_code(struct bus *b, uint64_t pa)
{
	_Atomic uint8_t *f = &b->page_flags[bus_page_index(b, pa)];
	if (atomic_load_explicit(f, memory_order_acquire) & BUSPG_SEALED)
		return false;
	atomic_fetch_or(f, BUSPG_CODE);
	/* Every hart must drop store-TLB entries that could bypass the mark:
	 * each does at its next check, the caller makes sure of it now. */
	atomic_fetch_add(&b->store_tlb_epoch, 1);
	return true;
}

void bus_seal_code(struct bus *b, uint64_t pa)
{
	_Atomic uint8_t *f = &b->page_flags[bus_page_index(b, pa)];
	uint8_t old = atomic_load(f);
	/* Only while the mark stands: a write that cleared it since has
	 * invalidated the page's blocks, and the next decode marks it again. */
	while ((old & (BUSPG_CODE | BUSPG_SEALED)) == BUSPG_CODE &&
	       !atomic_compare_exchange_weak(f, &old, (uint8_t)(old | BUSPG_SEALED)))
		;
}

void bus_code_replaced(struct bus *b, uint64_t pa, uint64_t len)
{
	if (len == 0)
		return;
	/* The bytes written (by this thread, perhaps in the kernel) before
	 * any bump is seen: a decoder reads the generation, then the bytes. */
	atomic_thread_fence(memory_order_seq_cst);
	uint64_t first = bus_page_index(b, pa), last = bus_page_index(b, pa + len - 1);
	for (uint64_t pg = first; pg <= last; pg++)
		atomic_fetch_add_explicit(&b->page_gen[pg], 1, memory_order_release);
}

void bus_note_write(struct bus *b, uint64_t pa, uint64_t len)
{
	if (len == 0)
		return;
	/* The write (the caller's, just done) before the look at the flags,
	 * against bus_mark_code's mark before its decoder reads the bytes:
	 * either this sees the mark (and invalidates what was decoded) or
	 * the decoder sees the bytes. x86 lets a load pass earlier stores. */
	atomic_thread_fence(memory_order_seq_cst);
	uint64_t first = bus_page_index(b, pa), last = bus_page_index(b, pa + len - 1);
	bool log = atomic_load_explicit(&b->dirty_log, memory_order_acquire);
	for (uint64_t pg = first; pg <= last; pg++) {
		uint8_t f = atomic_load_explicit(&b->page_flags[pg], memory_order_relaxed);
		if (f & BUSPG_CODE) {
			atomic_fetch_and(&b->page_flags[pg],
					 (uint8_t) ~(BUSPG_CODE | BUSPG_SEALED));
			atomic_fetch_add_explicit(&b->page_gen[pg], 1, memory_order_release);
		}
		if (log) {
			/* Flag first, then the bit: fetch_and_clear clears a
			 * word's bits before it re-arms their flags, so a page
			 * never ends up both clean and unflagged. */
			if (f & BUSPG_DIRTYLOG)
				atomic_fetch_and(&b->page_flags[pg], (uint8_t)~BUSPG_DIRTYLOG);
			_Atomic uint64_t *w = &b->dirty_bitmap[pg / 64];
			uint64_t bit = 1ULL << (pg % 64);
			if (!(atomic_load(w) & bit))
				atomic_fetch_or(w, bit);
		}
	}
}

int bus_dirty_log_enable(struct bus *b)
{
	uint64_t words = bus_dirty_words(b), npages = b->ram_size >> PAGE_SHIFT;
	if (!b->dirty_bitmap) {
		b->dirty_bitmap = calloc(words, sizeof(*b->dirty_bitmap));
		if (!b->dirty_bitmap)
			return -1;
	}
	/* Per word: clear the bits, then flag the pages (the order
	 * bus_note_write relies on when the log is already on). */
	for (uint64_t k = 0; k < words; k++) {
		atomic_store(&b->dirty_bitmap[k], 0);
		for (uint64_t pg = k * 64; pg < npages && pg < k * 64 + 64; pg++)
			atomic_fetch_or(&b->page_flags[pg], BUSPG_DIRTYLOG);
	}
	atomic_store(&b->dirty_log, true);
	atomic_fetch_add(&b->store_tlb_epoch, 1);
	return 0;
}

void bus_dirty_log_disable(struct bus *b)
{
	atomic_store(&b->dirty_log, false);
	uint64_t npages = b->ram_size >> PAGE_SHIFT;
	for (uint64_t pg = 0; pg < npages; pg++)
		atomic_fetch_and(&b->page_flags[pg], (uint8_t)~BUSPG_DIRTYLOG);
}

uint64_t bus_dirty_log_fetch_and_clear(struct bus *b, uint64_t *out)
{
	uint64_t words = bus_dirty_words(b), n = 0;
	if (!atomic_load(&b->dirty_log) || !b->dirty_bitmap) {
		memset(out, 0, words * sizeof(*out));
		return 0;
	}
	for (uint64_t k = 0; k < words; k++) {
		/* Clear the bits, then re-arm the flags: a concurrent
		 * bus_note_write clears a flag before it sets the bit, so a page
		 * never ends up both clean and unflagged. */
		uint64_t v = atomic_exchange(&b->dirty_bitmap[k], 0);
		out[k] = v;
		while (v) {
			unsigned bit = (unsigned)__builtin_ctzll(v);
			v &= v - 1;
			atomic_fetch_or(&b->page_flags[k * 64 + bit], BUSPG_DIRTYLOG);
			n++;
		}
	}
	atomic_fetch_add(&b->store_tlb_epoch, 1);
	return n;
}

void bus_dirty_log_merge(struct bus *b, const uint64_t *bits)
{
	if (!b->dirty_bitmap)
		return;
	for (uint64_t k = 0, words = bus_dirty_words(b); k < words; k++)
		if (bits[k])
			atomic_fetch_or(&b->dirty_bitmap[k], bits[k]);
}

bool bus_copy_to_guest(struct bus *b, uint64_t pa, const void *src, uint64_t len)
{
	uint8_t *p = bus_ram_ptr(b, pa, len);
	if (!p)
		return false;
	memcpy(p, src, len);
	bus_note_write(b, pa, len);
	return true;
}

bool bus_copy_from_guest(struct bus *b, uint64_t pa, void *dst, uint64_t len)
{
	const uint8_t *p = bus_ram_ptr(b, pa, len);
	if (!p)
		return false;
	memcpy(dst, p, len);
	return true;
}
