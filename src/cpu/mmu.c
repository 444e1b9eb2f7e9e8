/* Address translation (Bare, Sv39, Sv48, Sv57), A/D updates, software TLB
 * fill, and the slow paths of loads, stores, atomics and fetches. */
#include "cpu/mmu.h"

#include <string.h>

#include "cpu/csr.h"
#include "cpu/insn.h"

#define PTE_V (1ULL << 0)
#define PTE_R (1ULL << 1)
#define PTE_W (1ULL << 2)
#define PTE_X (1ULL << 3)
#define PTE_U (1ULL << 4)
#define PTE_A (1ULL << 6)
#define PTE_D (1ULL << 7)
#define PTE_PPN_SHIFT 10
#define PTE_PPN_MASK ((1ULL << 44) - 1)
#define PTE_RESERVED (0x3ffULL << 54) /* N, PBMT and reserved bits: not supported */

static int fault_cause(int acc)
{
	return acc == ACC_FETCH ? EXC_INSN_PAGE : acc == ACC_LOAD ? EXC_LOAD_PAGE : EXC_STORE_PAGE;
}

static int access_cause(int acc)
{
	return acc == ACC_FETCH	 ? EXC_INSN_ACCESS
	       : acc == ACC_LOAD ? EXC_LOAD_ACCESS
				 : EXC_STORE_ACCESS;
}

/* Privilege that governs data accesses (MPRV). */
static unsigned data_priv(const struct hart *h)
{
	if (h->priv == PRV_M && (h->csr.mstatus & MSTATUS_MPRV))
		return (h->csr.mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT;
	return h->priv;
}

void hart_update_mode(struct hart *h)
{
	unsigned fp = h->priv, dp = data_priv(h);
	unsigned fm = fp == PRV_M ? TLBM_M : fp == PRV_S ? TLBM_S : TLBM_U;
	unsigned dm = dp == PRV_M   ? TLBM_M
		      : dp == PRV_S ? ((h->csr.mstatus & MSTATUS_SUM) ? TLBM_S_SUM : TLBM_S)
				    : TLBM_U;
	h->link_epoch++; /* block links were validated under the old context */
	h->tlb_fetch = h->tlb[ACC_FETCH][fm];
	h->tlb_load = h->tlb[ACC_LOAD][dm];
	h->tlb_store = h->tlb[ACC_STORE][dm];
}

/* An entry's index in h->tlb taken as one array. */
static uint32_t tlb_flat(const struct hart *h, const struct tlb_entry *e)
{
	return (uint32_t)(e - &h->tlb[0][0][0]);
}

/* Empty the entries filled since the last full flush whose index is at
 * least first (0: all of them; the store TLB's first: the store entries).
 * Only while the log is valid. */
static void tlb_clear_logged(struct hart *h, uint32_t first)
{
	struct tlb_entry *all = &h->tlb[0][0][0];
	for (unsigned k = 0; k < h->tlb_nlog; k++)
		if (h->tlb_log[k] >= first)
			all[h->tlb_log[k]].tag = ~0ULL;
}

void hart_flush_tlb(struct hart *h)
{
	/* tag all-ones: never page-aligned, so no access matches */
	if (h->tlb_log_valid)
		tlb_clear_logged(h, 0);
	else
		memset(h->tlb, 0xff, sizeof(h->tlb));
	h->tlb_nlog = 0;
	h->tlb_log_valid = true;
	h->tlb_nsuper = 0;
	h->tlb_super_overflow = false;
	h->link_epoch++;
	h->store_tlb_epoch = atomic_load(&h->bus->store_tlb_epoch);
}

void hart_flush_tlb_page(struct hart *h, uint64_t va)
{
	bool in_super = h->tlb_super_overflow;
	for (unsigned k = 0; k < h->tlb_nsuper && !in_super; k++)
		in_super = va >= h->tlb_super[k].lo && va < h->tlb_super[k].hi;
	if (in_super) {
		hart_flush_tlb(h);
		return;
	}
	uint64_t tag = va & ~(PAGE_SIZE - 1);
	unsigned idx = (va >> PAGE_SHIFT) & (TLB_SIZE - 1);
	for (unsigned a = 0; a < 3; a++)
		for (unsigned m = 0; m < TLBM_COUNT; m++)
			if (h->tlb[a][m][idx].tag == tag)
				h->tlb[a][m][idx].tag = ~0ULL;
	h->link_epoch++;
}

/* Remember that TLB entries now cover part of a superpage [lo, hi). */
static void note_superpage(struct hart *h, uint64_t lo, uint64_t hi)
{
	for (unsigned k = 0; k < h->tlb_nsuper; k++) {
		if (lo <= h->tlb_super[k].hi && hi >= h->tlb_super[k].lo) { /* touches: merge */
			if (lo < h->tlb_super[k].lo)
				h->tlb_super[k].lo = lo;
			if (hi > h->tlb_super[k].hi)
				h->tlb_super[k].hi = hi;
			return;
		}
	}
	if (h->tlb_nsuper == sizeof(h->tlb_super) / sizeof(h->tlb_super[0])) {
		h->tlb_super_overflow = true;
		return;
	}
	h->tlb_super[h->tlb_nsuper].lo = lo;
	h->tlb_super[h->tlb_nsuper].hi = hi;
	h->tlb_nsuper++;
}

void mmu_flush_store_tlb(struct hart *h)
{
	if (h->tlb_log_valid)
		tlb_clear_logged(h, tlb_flat(h, &h->tlb[ACC_STORE][0][0]));
	else
		memset(h->tlb[ACC_STORE], 0xff, sizeof(h->tlb[ACC_STORE]));
	h->store_tlb_epoch = atomic_load(&h->bus->store_tlb_epoch);
}

bool mmu_store_tlb_maps(const struct hart *h, uintptr_t host_page)
{
	/* Another thread's entries, which it rewrites as it runs: each word
	 * read once, atomically. A torn pair (tag and addend of different
	 * fills) matches no page that either fill mapped, unless the two
	 * fills were for the same page; a fill for host_page that is being
	 * written is tlb_fill's to catch (it checks the epoch after). */
	for (unsigned m = 0; m < TLBM_COUNT; m++) {
		const struct tlb_entry *t = h->tlb[ACC_STORE][m];
		for (unsigned k = 0; k < TLB_SIZE; k++) {
			uint64_t tag = __atomic_load_n(&t[k].tag, __ATOMIC_RELAXED);
			if (tag & (PAGE_SIZE - 1))
				continue; /* empty */
			if (tag + __atomic_load_n(&t[k].addend, __ATOMIC_RELAXED) == host_page)
				return true;
		}
	}
	return false;
}

int mmu_translate(struct hart *h, uint64_t va, int acc, uint64_t *pa_out)
{
	unsigned priv = acc == ACC_FETCH ? h->priv : data_priv(h);
	uint64_t satp = h->csr.satp;
	unsigned mode = satp >> SATP_MODE_SHIFT;
	h->walk_level = 0;
	if (priv == PRV_M || mode == SATP_MODE_BARE) {
		*pa_out = va;
		return 0;
	}
	unsigned levels = mode == SATP_MODE_SV39 ? 3 : mode == SATP_MODE_SV48 ? 4 : 5;
	unsigned vabits = 12 + 9 * levels;
	/* The address must be sign-extended from bit vabits-1. */
	if ((uint64_t)((int64_t)(va << (64 - vabits)) >> (64 - vabits)) != va)
		return fault_cause(acc);

	uint64_t mstatus = h->csr.mstatus;
	struct bus *bus = h->bus;
restart:;
	uint64_t table = (satp & SATP_PPN_MASK) << PAGE_SHIFT;
	for (int level = (int)levels - 1; level >= 0; level--) {
		uint64_t vpn = (va >> (PAGE_SHIFT + 9 * level)) & 511;
		uint64_t pte_pa = table + vpn * 8;
		_Atomic uint64_t *ptep = bus_ram_ptr(bus, pte_pa, 8);
		if (!ptep)
			return access_cause(acc);
		uint64_t pte = atomic_load_explicit(ptep, memory_order_relaxed);
		if (!(pte & PTE_V) || (!(pte & PTE_R) && (pte & PTE_W)) || (pte & PTE_RESERVED))
			return fault_cause(acc);
		uint64_t ppn = (pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK;
		if (!(pte & (PTE_R | PTE_X))) {
			if (pte & (PTE_A | PTE_D | PTE_U))
				return fault_cause(acc); /* reserved in non-leaf PTEs */
			table = ppn << PAGE_SHIFT;
			continue;
		}
		/* Leaf: permissions. */
		if (priv == PRV_U) {
			if (!(pte & PTE_U))
				return fault_cause(acc);
		} else if (pte & PTE_U) {
			if (acc == ACC_FETCH || !(mstatus & MSTATUS_SUM))
				return fault_cause(acc);
		}
		bool ok;
		if (acc == ACC_FETCH)
			ok = pte & PTE_X;
		else if (acc == ACC_LOAD)
			ok = (pte & PTE_R) || ((mstatus & MSTATUS_MXR) && (pte & PTE_X));
		else
			ok = pte & PTE_W;
		if (!ok)
			return fault_cause(acc);
		/* Superpages must be aligned. */
		uint64_t low_mask = (1ULL << (9 * level)) - 1;
		if (ppn & low_mask)
			return fault_cause(acc);
		/* Hardware A/D update, atomic with respect to other harts. */
		uint64_t want = pte | PTE_A | (acc == ACC_STORE ? PTE_D : 0);
		if (want != pte) {
			if (!atomic_compare_exchange_strong(ptep, &pte, want))
				goto restart;
			bus_note_write(bus, pte_pa, 8);
		}
		*pa_out = ((ppn & ~low_mask) << PAGE_SHIFT) |
			  (va & ((1ULL << (PAGE_SHIFT + 9 * level)) - 1));
		h->walk_level = (unsigned)level;
		return 0;
	}
	return fault_cause(acc);
}

/* Install a TLB entry for the page of va -> pa when it is plain RAM. */
static void tlb_fill(struct hart *h, struct tlb_entry *tlb, uint64_t va, uint64_t pa, bool store)
{
	struct bus *b = h->bus;
	uint64_t pa_page = pa & ~(PAGE_SIZE - 1);
	if (!bus_is_ram(b, pa_page, PAGE_SIZE) || !bus_page_fast_ok(b, pa_page, store))
		return;
	if (store && h->in_run && h->runner_slot < 0)
		return; /* no mark would look for the entry (hart_mark_code) */
	if (store)
		mmu_sync_store_tlb(h);
	uint64_t va_page = va & ~(PAGE_SIZE - 1);
	if (h->walk_level) {
		uint64_t size = 1ULL << (PAGE_SHIFT + 9 * h->walk_level);
		note_superpage(h, va & ~(size - 1), (va & ~(size - 1)) + size);
	}
	struct tlb_entry *e = &tlb[(va >> PAGE_SHIFT) & (TLB_SIZE - 1)];
	if (h->tlb_nlog < TLB_LOG_SIZE)
		h->tlb_log[h->tlb_nlog++] = tlb_flat(h, e);
	else
		h->tlb_log_valid = false;
	e->tag = va_page;
	e->addend = (uintptr_t)(b->ram + (pa_page - b->ram_base)) - va_page;
	if (store) {
		/* The page may have become code since bus_page_fast_ok looked:
		 * hart_mark_code bumps the epoch, then looks for entries that
		 * map the page. The entry first, then the epoch: either that
		 * look finds it or this sees the bump (and drops it). */
		atomic_thread_fence(memory_order_seq_cst);
		mmu_sync_store_tlb(h);
	}
}

/* Translate and access one naturally aligned or in-page chunk. */
static int load_chunk(struct hart *h, uint64_t va, unsigned size, uint64_t *val)
{
	uint64_t pa;
	int c = mmu_translate(h, va, ACC_LOAD, &pa);
	if (c)
		return c;
	tlb_fill(h, h->tlb_load, va, pa, false);
	if (!bus_read(h->bus, pa, size, val))
		return EXC_LOAD_ACCESS;
	return 0;
}

static int store_chunk(struct hart *h, uint64_t va, unsigned size, uint64_t val)
{
	uint64_t pa;
	int c = mmu_translate(h, va, ACC_STORE, &pa);
	if (c)
		return c;
	if (!bus_write(h->bus, pa, size, val))
		return EXC_STORE_ACCESS;
	/* Fill after the write: the write may have cleared the page's code mark. */
	tlb_fill(h, h->tlb_store, va, pa, true);
	return 0;
}

/* Misaligned accesses are performed (not trapped): byte by byte when they
 * cross a page, so a fault reports the first faulting byte's address. */
int mem_load_slow(struct hart *h, uint64_t va, unsigned size, uint64_t *val, uint64_t *tval)
{
	int c;
	if (likely((va & (size - 1)) == 0)) {
		c = load_chunk(h, va, size, val);
		if (c)
			*tval = va;
		return c;
	}
	uint64_t v = 0;
	for (unsigned k = 0; k < size; k++) {
		uint64_t byte;
		c = load_chunk(h, va + k, 1, &byte);
		if (c) {
			*tval = va + k;
			return c;
		}
		v |= byte << (8 * k);
	}
	*val = v;
	return 0;
}

int mem_store_slow(struct hart *h, uint64_t va, unsigned size, uint64_t val, uint64_t *tval)
{
	int c;
	if (likely((va & (size - 1)) == 0)) {
		c = store_chunk(h, va, size, val);
		if (c)
			*tval = va;
		return c;
	}
	/* Check every byte's translation first so a fault leaves memory untouched. */
	uint64_t pa;
	for (unsigned k = 0; k < size; k++) {
		if ((c = mmu_translate(h, va + k, ACC_STORE, &pa))) {
			*tval = va + k;
			return c;
		}
	}
	for (unsigned k = 0; k < size; k++) {
		if ((c = store_chunk(h, va + k, 1, (val >> (8 * k)) & 0xff))) {
			*tval = va + k;
			return c;
		}
	}
	return 0;
}

int mem_amo_ptr(struct hart *h, uint64_t va, unsigned size, bool is_load_only, void **host,
		uint64_t *pa_out, uint64_t *tval)
{
	*tval = va;
	if (va & (size - 1))
		return is_load_only ? EXC_LOAD_MISALIGNED : EXC_STORE_MISALIGNED;
	uint64_t pa;
	int c = mmu_translate(h, va, is_load_only ? ACC_LOAD : ACC_STORE, &pa);
	if (c)
		return c;
	void *p = bus_ram_ptr(h->bus, pa, size);
	if (!p || (atomic_load_explicit(&h->bus->page_flags[bus_page_index(h->bus, pa)],
					memory_order_relaxed) &
		   BUSPG_WATCHED))
		return is_load_only ? EXC_LOAD_ACCESS : EXC_STORE_ACCESS;
	if (!is_load_only) {
		/* The caller writes after the note: a mark of the page from now
		 * until this hart's next fence waits for that write
		 * (hart_mark_code). Published before the note's look at the
		 * flags: a mark that misses it is seen by the note, whose
		 * generation bump invalidates what that mark decodes. */
		atomic_store(&h->amo_host_page, (uintptr_t)p & ~(uintptr_t)(PAGE_SIZE - 1));
		bus_note_write(h->bus, pa, size);
		/* As a store would: the JIT's inline AMOs hit the store TLB. */
		tlb_fill(h, h->tlb_store, va, pa, true);
	}
	*host = p;
	*pa_out = pa;
	return 0;
}

int mmu_fetch_translate(struct hart *h, uint64_t va, uint64_t *pa)
{
	struct tlb_entry *e = &h->tlb_fetch[(va >> PAGE_SHIFT) & (TLB_SIZE - 1)];
	if (e->tag == (va & ~(PAGE_SIZE - 1))) {
		*pa = (uint64_t)((uintptr_t)(va + e->addend) - (uintptr_t)h->bus->ram) +
		      h->bus->ram_base;
		return 0;
	}
	int c = mmu_translate(h, va, ACC_FETCH, pa);
	if (c)
		return c;
	if (!bus_is_ram(h->bus, *pa, 2))
		return EXC_INSN_ACCESS;
	tlb_fill(h, h->tlb_fetch, va, *pa, false);
	return 0;
}

bool mmu_debug_translate(const struct hart *h, uint64_t va, uint64_t *pa_out)
{
	uint64_t satp = h->csr.satp;
	unsigned mode = satp >> SATP_MODE_SHIFT;
	if (h->priv == PRV_M || mode == SATP_MODE_BARE) {
		*pa_out = va;
		return true;
	}
	unsigned levels = mode == SATP_MODE_SV39 ? 3 : mode == SATP_MODE_SV48 ? 4 : 5;
	unsigned vabits = 12 + 9 * levels;
	if ((uint64_t)((int64_t)(va << (64 - vabits)) >> (64 - vabits)) != va)
		return false;
	uint64_t table = (satp & SATP_PPN_MASK) << PAGE_SHIFT;
	for (int level = (int)levels - 1; level >= 0; level--) {
		uint64_t vpn = (va >> (PAGE_SHIFT + 9 * level)) & 511;
		_Atomic uint64_t *ptep = bus_ram_ptr(h->bus, table + vpn * 8, 8);
		if (!ptep)
			return false;
		uint64_t pte = atomic_load_explicit(ptep, memory_order_relaxed);
		if (!(pte & PTE_V))
			return false;
		uint64_t base = ((pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK) << PAGE_SHIFT;
		if (pte & (PTE_R | PTE_X)) {
			uint64_t span = 1ULL << (PAGE_SHIFT + 9 * level);
			*pa_out = (base & ~(span - 1)) | (va & (span - 1));
			return true;
		}
		table = base;
	}
	return false;
}
