/* Decoded-block cache: guest code is decoded once into blocks of
 * pre-decoded instructions, found by virtual pc (jump cache) or physical
 * address (hash), and invalidated through the bus's page generations. */
#include "cpu/block.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "cpu/csr.h"
#include "cpu/jit/jit.h"
#include "cpu/mmu.h"

#define ARENA_SIZE (64u << 20)
#define BLOCK_MAX_INSNS 256
_Static_assert(BLOCK_MAX_INSNS <= JIT_BLOCK_MAX_INSNS, "the JIT reserves room for a whole block");

/* The terminator after a block's last instruction: falls through to the
 * next block (chained when possible). It retires nothing itself. */
static const struct insn *exec_block_end(struct hart *h, const struct insn *i)
{
	return insn_goto_n(h, i, (uint32_t)(i - h->blk_insns), h->pc + i->pc_off);
}

int block_cache_init(struct hart *h)
{
	h->arena_size = ARENA_SIZE;
	h->arena = mmap(NULL, h->arena_size, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (h->arena == MAP_FAILED) {
		h->arena = NULL;
		return -1;
	}
	/* Small pages: the arena's resident size grows with the code decoded
	 * since the last flush, and huge pages rounded it up by up to 2 MiB
	 * (a booted guest's peak RSS 46.8 -> 45.3 MiB without them; the
	 * boot's ~3000 more page faults did not show in its time). */
	h->arena_used = 0;
	return 0;
}

void block_cache_destroy(struct hart *h)
{
	if (h->arena)
		munmap(h->arena, h->arena_size);
	h->arena = NULL;
}

void hart_flush_blocks(struct hart *h)
{
	memset(h->jcache, 0, sizeof(h->jcache));
	memset(h->phash, 0, sizeof(h->phash));
	h->arena_used = 0;
	h->stat_cache_flushes++;
	if (h->jit)
		jit_flush(h->jit); /* translations belong to the blocks */
}

static inline unsigned jc_index(uint64_t pc)
{
	return (unsigned)(pc >> 1) & ((1u << JCACHE_BITS) - 1);
}

static inline unsigned ph_index(uint64_t pa)
{
	return (unsigned)((pa >> 1) ^ (pa >> (PHASH_BITS + 1))) & ((1u << PHASH_BITS) - 1);
}

/* Read a 16-bit parcel of guest code at physical pa (RAM only). */
static inline uint16_t code_u16(struct bus *b, uint64_t pa)
{
	uint16_t v;
	memcpy(&v, b->ram + (pa - b->ram_base), 2);
	return v;
}

/* Decode one instruction from its parcels. Returns its length. */
static unsigned decode_one(struct insn *d, uint16_t lo, uint16_t hi_or_0, bool have_hi)
{
	memset(d, 0, sizeof(*d));
	if ((lo & 3) != 3) {
		uint32_t x = rvc_expand(lo);
		d->len = 2;
		if (!x) {
			d->raw = lo;
			d->fn = insn_illegal_fn();
			return 2;
		}
		d->raw = x;
		decode_insn(d, x);
		return 2;
	}
	d->len = 4;
	(void)have_hi;
	d->raw = (uint32_t)lo | (uint32_t)hi_or_0 << 16;
	decode_insn(d, d->raw);
	return 4;
}

/* A block's size in the arena, rounded to 8 bytes (to 64 until session
 * 16: the instructions after the 56-byte header were not line-aligned
 * either way, and the rounding was ~10 % of a booted guest's 13.5 MB of
 * blocks). */
static size_t block_bytes(unsigned ninsn)
{
	size_t n = sizeof(struct block) + (ninsn + 1) * sizeof(struct insn);
	return (n + 7) & ~(size_t)7;
}

/* Reserve room for the largest block; arena_trim() gives back the rest. */
static struct block *arena_alloc(struct hart *h, unsigned ninsn_max)
{
	size_t need = block_bytes(ninsn_max);
	if (h->arena_used + need > h->arena_size)
		hart_flush_blocks(h);
	struct block *b = (struct block *)(h->arena + h->arena_used);
	h->arena_used += need;
	return b;
}

static void arena_trim(struct hart *h, struct block *b, unsigned ninsn_max)
{
	h->arena_used -= block_bytes(ninsn_max) - block_bytes(b->ninsn);
}

/* Make the conditional branches whose target is a later instruction of b
 * (or its end) go on inside it (insn_branch_inner): the skip over an `if`
 * body costs no block exit. The offsets only grow along a block (forward
 * JALs are followed, never backward ones), so the target is found by
 * walking on from the branch until the offsets pass it. */
static void mark_inner_branches(struct block *b)
{
	for (unsigned k = 0; k < b->ninsn; k++) {
		struct insn *d = &b->insns[k];
		if ((insn_raw32(d) & 0x7f) != 0x63 || d->imm <= 0)
			continue;
		int64_t to = (int64_t)d->pc_off + d->imm;
		/* insns[ninsn] is the terminator, at the fall-through pc */
		for (unsigned m = k + 1; m <= b->ninsn; m++) {
			int64_t off = b->insns[m].pc_off;
			if (off == to) {
				insn_branch_inner(d, m - k - 1);
				break;
			}
			if (off > to)
				break;
		}
	}
}

/* Build a block at (vpc, pa). A 4-byte instruction that crosses into the
 * next page is only decoded as the first instruction of a block, from
 * both pages; such blocks are not cached. */
static struct block *build_block(struct hart *h, uint64_t vpc, uint64_t pa, bool *cacheable,
				 uint64_t *fault_cause, uint64_t *fault_tval)
{
	struct bus *bus = h->bus;
	/* The generation before the mark: a write that does not see the mark
	 * may land after the bytes are read only if it bumps the generation
	 * after the mark (an AMO notes its write before making it), which
	 * then invalidates this block. When the mark is not sure (h was asked
	 * to stop while another hart fenced), the page may still be written
	 * unseen: the block is built for this one run and not cached. */
	uint32_t gen = bus_page_gen(bus, pa);
	bool sure = hart_mark_code(h, pa);
	uint64_t page_end = (pa & ~(PAGE_SIZE - 1)) + PAGE_SIZE;
	unsigned max = (unsigned)((page_end - pa) / 2);
	if (max > BLOCK_MAX_INSNS)
		max = BLOCK_MAX_INSNS;
	struct block *b = arena_alloc(h, max);
	b->vpc = vpc;
	b->pa = pa;
	b->gen = gen;
	b->genp = &bus->page_gen[bus_page_index(bus, pa)];
	b->jit = NULL;
	b->heat = 0;
	*cacheable = sure;

	uint64_t off = 0;
	unsigned n = 0;
	while (n < max && pa + off < page_end) {
		struct insn *d = &b->insns[n];
		uint16_t lo = code_u16(bus, pa + off);
		uint16_t hi = 0;
		if ((lo & 3) == 3) {
			if (pa + off + 2 >= page_end) {
				if (n > 0)
					break; /* let a block of its own handle the crossing */
				uint64_t pa2;
				int c = mmu_fetch_translate(h, vpc + 2, &pa2);
				if (c) {
					*fault_cause = (uint64_t)c;
					*fault_tval = vpc + 2;
					b->ninsn = 0;
					arena_trim(h, b, max);
					return NULL;
				}
				hi = code_u16(bus, pa2);
				*cacheable = false;
			} else {
				hi = code_u16(bus, pa + off + 2);
			}
		}
		unsigned len = decode_one(d, lo, hi, true);
		d->pc_off = (uint16_t)off;
		bool ends = insn_ends_block(d);
		if (len == 2 && d->fn != insn_illegal_fn())
			d->raw = lo; /* mtval of a compressed insn is its own 16 bits */
		off += len;
		n++;
		if (ends && *cacheable && (insn_raw32(d) & 0x7f) == 0x6f &&
		    d->fn != insn_illegal_fn()) {
			/* A forward JAL on this page (C.J or J over an else
			 * branch, a call to a function further down): the block
			 * goes on at its target, so the jump costs no block exit.
			 * Forward only, so offsets only grow and nothing is
			 * decoded twice; the link is written by jal_on. */
			int64_t to = (int64_t)d->pc_off + d->imm;
			if (to >= (int64_t)off && pa + (uint64_t)to < page_end) {
				d->fn = insn_jal_on_fn();
				off = (uint64_t)to;
				ends = false;
			}
		}
		if (ends || !*cacheable)
			break;
	}
	b->ninsn = (uint16_t)n;
	arena_trim(h, b, max);
	struct insn *t = &b->insns[n];
	memset(t, 0, sizeof(*t));
	t->fn = exec_block_end;
	t->pc_off = (uint16_t)off;
	mark_inner_branches(b);
	h->stat_blocks_decoded++;
	return b;
}

struct block *block_lookup(struct hart *h)
{
	uint64_t pc = h->pc;
	uint64_t pa;
	int c = mmu_fetch_translate(h, pc, &pa);
	if (unlikely(c)) {
		hart_trap(h, (uint64_t)c, pc, pc);
		return NULL;
	}
	struct bus *bus = h->bus;
	struct block *b = h->jcache[jc_index(pc)];
	if (likely(b && b->vpc == pc && b->pa == pa && b->gen == bus_page_gen(bus, pa))) {
		b->epoch = h->link_epoch;
		return b;
	}

	unsigned hi = ph_index(pa);
	for (b = h->phash[hi]; b; b = b->phash_next) {
		if (b->pa == pa && b->vpc == pc)
			break;
	}
	if (b && b->gen == bus_page_gen(bus, pa)) {
		h->jcache[jc_index(pc)] = b;
		b->epoch = h->link_epoch;
		return b;
	}
	bool cacheable;
	uint64_t cause = 0, tval = 0;
	b = build_block(h, pc, pa, &cacheable, &cause, &tval);
	if (!b) {
		hart_trap(h, cause, tval, pc);
		return NULL;
	}
	b->epoch = h->link_epoch;
	b->nolink = !cacheable;
	if (cacheable) {
		b->phash_next = h->phash[hi];
		h->phash[hi] = b;
		h->jcache[jc_index(pc)] = b;
	}
	return b;
}

unsigned block_cache_recent(struct hart *h, struct block_ref *out, unsigned max)
{
	unsigned n = 0;
	/* Two passes: the current translation context's blocks first. */
	for (int pass = 0; pass < 2; pass++) {
		for (unsigned k = 0; k < (1u << JCACHE_BITS) && n < max; k++) {
			const struct block *b = h->jcache[k];
			if (!b || b->gen != bus_page_gen(h->bus, b->pa) ||
			    (b->epoch == h->link_epoch) != (pass == 0))
				continue;
			out[n++] = (struct block_ref){b->vpc, b->pa, b->jit != NULL};
		}
	}
	return n;
}

int block_predecode(struct hart *h, const struct block_ref *r)
{
	struct bus *bus = h->bus;
	uint64_t pa = r->pa;
	if ((pa & 1) || (r->vpc & 1) || !bus_is_ram(bus, pa, 2))
		return 0;
	if ((pa & (PAGE_SIZE - 1)) == PAGE_SIZE - 2 && (code_u16(bus, pa) & 3) == 3)
		return 0; /* crosses a page: build_block would walk the page tables */
	unsigned hi = ph_index(pa);
	for (struct block *b = h->phash[hi]; b; b = b->phash_next)
		if (b->pa == pa && b->vpc == r->vpc && b->gen == bus_page_gen(bus, pa))
			return 0;
	bool cacheable;
	uint64_t cause, tval;
	struct block *b = build_block(h, r->vpc, pa, &cacheable, &cause, &tval);
	if (!b)
		return 0;
	/* Validated in no epoch: the first lookup checks vpc -> pa. */
	b->epoch = h->link_epoch - 1;
	b->phash_next = h->phash[hi];
	h->phash[hi] = b;
	h->jcache[jc_index(r->vpc)] = b;
	return 1;
}

/* Run insns (a block's, or a copy of its first instructions plus a
 * terminator) and account the retired ones as the run loop does. No
 * chaining: the link epoch moves first, so no exit follows a link. */
static void run_insns(struct hart *h, const struct insn *insns)
{
	h->link_epoch++;
	h->blk_insns = insns;
	const struct insn *i = insns;
	do
		i = i->fn(h, i);
	while (i);
	h->instret += h->blk_retired;
	h->link_slot = NULL; /* it may point into the caller's copy */
}

/* Copy the first n instructions of b into out and end them with a
 * terminator at the (n)th instruction's offset. */
static void copy_prefix(const struct block *b, unsigned n, struct insn *out)
{
	memcpy(out, b->insns, n * sizeof(*out));
	for (unsigned k = 0; k < n; k++) {
		out[k].link = NULL;
		int skip = insn_branch_skip(&out[k]);
		if (skip >= 0 && k + 1 + (unsigned)skip >= n)
			insn_branch_exit(&out[k]); /* its target is past the copy */
	}
	memset(&out[n], 0, sizeof(out[n]));
	out[n].fn = exec_block_end;
	out[n].pc_off = n < b->ninsn ? b->insns[n].pc_off : b->insns[b->ninsn].pc_off;
}

/* What the instruction i would store with the hart's current registers:
 * STORE, STORE-FP and the AMOs (SC and the read-modify-writes; LR only
 * reads), compressed ones included. */
static struct step_write store_range(const struct hart *h, const struct insn *i)
{
	uint32_t raw = insn_raw32(i);
	static const uint8_t fp_len[8] = {0, 2, 4, 8, 16, 0, 0, 0}; /* by funct3 */
	unsigned f3 = (raw >> 12) & 7, rs1 = (raw >> 15) & 31;
	int64_t simm = (int64_t)(((raw >> 25) << 5 | ((raw >> 7) & 0x1f)) ^ 0x800) - 0x800;
	struct step_write w = {0, 0};
	switch (raw & 0x7f) {
	case 0x23: /* STORE: sb sh sw sd */
		if (f3 <= 3)
			w = (struct step_write){h->x[rs1] + (uint64_t)simm, 1u << f3};
		break;
	case 0x27: /* STORE-FP: fsh fsw fsd */
		w = (struct step_write){h->x[rs1] + (uint64_t)simm, fp_len[f3]};
		break;
	case 0x2f: /* AMO: funct5 00010 is LR */
		if ((raw >> 27) != 2 && (f3 == 2 || f3 == 3))
			w = (struct step_write){h->x[rs1], f3 == 2 ? 4u : 8u};
		break;
	}
	return w;
}

bool block_step_one(struct hart *h, struct step_write *w)
{
	struct block *b = block_lookup(h);
	if (w)
		*w = b ? store_range(h, &b->insns[0]) : (struct step_write){0, 0};
	if (!b)
		return false;
	struct insn one[2];
	copy_prefix(b, 1, one);
	run_insns(h, one);
	return true;
}

void block_run_debug(struct hart *h)
{
	struct block *b = block_lookup(h);
	if (!b)
		return;
	unsigned n = b->ninsn;
	const struct hart_debug *d = h->dbg;
	for (unsigned k = 1; k < n && d; k++) {
		uint64_t pc = b->vpc + b->insns[k].pc_off;
		for (unsigned j = 0; j < d->nbp; j++) {
			if (d->bp[j] == pc) {
				n = k;
				break;
			}
		}
	}
	if (n == b->ninsn) {
		run_insns(h, b->insns);
		return;
	}
	struct insn copy[BLOCK_MAX_INSNS + 1];
	copy_prefix(b, n, copy);
	run_insns(h, copy);
}
