/* JIT: integer loads and stores on the inline TLB fast path, and their
 * slow paths (the interpreter's). */
#include "cpu/jit/translate.h"

#if defined(__x86_64__)

#include "cpu/csr.h"

/* Memory-access misses: the interpreter's slow paths; a fault takes the
 * trap here (instret first counts the instructions before the access). */
uint32_t jit_load_slow(struct hart *h, uint64_t va, uint32_t desc, uint64_t pc, uint32_t delta)
{
	unsigned size = desc & 15, rd = desc >> 8;
	uint64_t val, tval;
	int c = mem_load_slow(h, va, size, &val, &tval);
	if (unlikely(c)) {
		h->instret += delta;
		hart_trap(h, (uint64_t)c, tval, pc);
		return 1;
	}
	if (desc & 16) {
		unsigned sh = 64 - 8 * size;
		val = (uint64_t)((int64_t)(val << sh) >> sh);
	}
	h->x[rd] = val;
	return 0;
}

uint32_t jit_store_slow(struct hart *h, uint64_t va, uint64_t val, uint32_t size, uint64_t pc,
			uint32_t delta)
{
	uint64_t tval;
	int c = mem_store_slow(h, va, size, val, &tval);
	if (unlikely(c)) {
		h->instret += delta;
		hart_trap(h, (uint64_t)c, tval, pc);
		return 1;
	}
	return 0;
}

/* rax = the TLB entry's offset for the address in src: ((va >> 12) &
 * (TLB_SIZE - 1)) * 16, as (va >> 8) & ((TLB_SIZE - 1) << 4) (with BMI2,
 * the copy and the shift are one rorx: the rotated-in bits are masked). */
static void tlb_index(struct tr *t, unsigned src)
{
	struct emit *e = &t->e;
	if (t->j->bmi2) {
		rorx_ri(e, false, RAX, src, PAGE_SHIFT - 4);
	} else {
		alu_rr(e, false, 0x11, RAX, src); /* mov eax, src */
		shift_ri(e, false, SH_SHR, RAX, PAGE_SHIFT - 4);
	}
	alu_ri(e, false, ALU_AND, RAX, (TLB_SIZE - 1) << 4);
}

/* The TLB lookup of va = x[rs1] + imm; rcx = the masked address (the
 * page, on a hit), rax = the addend on a hit (falls through), or takes the
 * returned rel32 on a miss. With va NULL (FP accesses, AMOs) the address
 * is left in rsi; otherwise the access is at [rax + *va + *disp]: rs1's
 * host register itself, with imm as displacement, when it is mapped (the
 * slow path computes rsi then), else rsi. The load TLB is used, or the
 * store TLB when store. */
uint8_t *tlb_lookup(struct tr *t, bool store, const struct insn *i, int32_t imm, unsigned size,
		    unsigned *va, int32_t *disp)
{
	struct emit *e = &t->e;
	int c = hreg(t, i->rs1);
	int32_t mask = (int32_t)(-(int32_t)PAGE_SIZE | (int32_t)(size - 1));
	if (c >= 0 && va) {
		/* rcx = va masked first, and the index from it (the mask keeps
		 * the page bits): no copy of the address into rsi */
		*va = (unsigned)c;
		*disp = imm;
		if (imm)
			lea_rm(e, RCX, (unsigned)c, imm);
		else
			mov_rr(e, RCX, (unsigned)c);
		alu_ri(e, true, ALU_AND, RCX, mask);
		/* rorx reads the register itself when it holds va unchanged */
		tlb_index(t, t->j->bmi2 && !imm ? (unsigned)c : RCX);
	} else {
		if (c >= 0 && imm) {
			lea_rm(e, RSI, (unsigned)c, imm);
		} else {
			get_x(t, RSI, i->rs1, true);
			if (imm)
				alu_ri(e, true, ALU_ADD, RSI, imm);
		}
		if (va) {
			*va = RSI;
			*disp = 0;
		}
		tlb_index(t, RSI);
		mov_rr(e, RCX, RSI);
		alu_ri(e, true, ALU_AND, RCX, mask);
	}
	if (t->tlb_reg) {
		/* the entry is [RTLB + rax (+ the store TLB's distance)] */
		int32_t at = store ? TLB_STORE_DELTA : 0;
		op_sib(e, true, 0x3b, RCX, RTLB, RAX, at); /* cmp rcx, tag */
		uint8_t *miss = jcc32(e, CC_NE);
		op_sib(e, true, 0x8b, RAX, RTLB, RAX, at + 8); /* mov rax, addend */
		return miss;
	}
	alu_rm(e, true, ALU_ADD, RAX, RBX, store ? OFF_TLB_STORE : OFF_TLB_LOAD);
	alu_rm(e, true, ALU_CMP, RCX, RAX, 0);
	uint8_t *miss = jcc32(e, CC_NE);
	ld64(e, RAX, RAX, 8); /* addend */
	return miss;
}

/* The TLB fast path of a load or store; a miss branches to a new slow
 * entry. */
struct slow *emit_tlb(struct tr *t, unsigned kind, const struct insn *i, unsigned size, uint64_t pc,
		      unsigned k)
{
	unsigned delta = k - t->synced, dirty = t->dirty, va;
	int32_t disp;
	uint8_t *miss = tlb_lookup(t, kind == SLOW_STORE, i, i->imm, size, &va, &disp);
	struct slow *s = add_slow(t, kind, miss, pc);
	s->va = (uint8_t)va;
	s->va_disp = disp;
	s->size = (uint8_t)size;
	s->delta = delta;
	s->dirty = dirty;
	s->slot = &t->b->insns[k];
	return s;
}

/* Whether an access may check its address against the page state (t->pg_*)
 * instead of looking the TLB up: same mapped base register as the access
 * that found the page (so most likely the same page), and a store only on
 * a store's page (a store TLB entry is writable RAM, so readable too; a
 * load's is not writable). */
bool page_reuse(const struct tr *t, const struct insn *i, bool store)
{
	return t->pg_valid && (t->pg_store || !store) && i->rs1 == t->pg_base &&
	       hreg(t, i->rs1) >= 0;
}

/* The fast path of an access on the page in rcx: its address masked as
 * the TLB's tag is (page bits and the access's alignment bits) must equal
 * rcx, which holds a page or PAGE_NONE. Otherwise a SLOW_REFILL looks the
 * TLB up and comes back (a misaligned access goes on to its slow path).
 * The access follows at s->back, as [rax + base + imm]. */
/* A SLOW_REFILL entry for access k (kind SLOW_LOAD or SLOW_STORE), taken
 * by branch; it comes back to the access, which follows here. */
static struct slow *add_refill(struct tr *t, unsigned kind, uint8_t *branch, unsigned size,
			       uint64_t pc, unsigned k)
{
	struct slow *s = add_slow(t, SLOW_REFILL, branch, pc);
	s->access = (uint8_t)kind;
	s->size = (uint8_t)size;
	s->delta = k - t->synced;
	s->dirty = t->dirty;
	s->slot = &t->b->insns[k];
	s->back = here(&t->e);
	return s;
}

static struct slow *emit_reuse(struct tr *t, unsigned kind, const struct insn *i, unsigned size,
			       uint64_t pc, unsigned k)
{
	struct emit *e = &t->e;
	unsigned c = (unsigned)hreg(t, i->rs1);
	if (i->imm)
		lea_rm(e, RSI, c, i->imm);
	else
		mov_rr(e, RSI, c);
	alu_ri(e, true, ALU_AND, RSI, (int32_t)(-(int32_t)PAGE_SIZE | (int32_t)(size - 1)));
	alu_rr(e, true, ALU_CMP, RSI, RCX);
	struct slow *s = add_refill(t, kind, jcc32(e, CC_NE), size, pc, k);
	/* a load that refills from the load TLB leaves no page a store may
	 * use, while the state says there is one */
	s->poison = kind == SLOW_LOAD && t->pg_store;
	t->pg_used = true;
	return s;
}

/* The page state after an integer access (reuse: it checked the page
 * state rather than looking the TLB up): a lookup replaces it with its
 * own page, from the store TLB for a store; a reuse keeps it (a load's
 * refill makes it PAGE_NONE when it was a store's). A store whose value
 * went through rcx (both its value and base unmapped) ends it. */
void page_after_access(struct tr *t, const struct insn *i, bool store, bool reuse)
{
	if (!reuse) {
		t->pg_valid = true;
		t->pg_base = (uint8_t)i->rs1;
		t->pg_store = store;
	}
	if (store && !reuse && hreg(t, i->rs2) < 0 && hreg(t, i->rs1) < 0)
		t->pg_valid = false;
}

/* Whether native instruction i leaves rax and rcx alone, so that the last
 * access's page (t->pg_*) survives it: the common ALU forms computed
 * straight into a mapped rd (see emit_op_imm, emit_op), BMI2's register
 * shifts between mapped registers, LUI, branches on a mapped rs1 (a taken
 * one leaves the block), FENCE. Loads and stores keep
 * or replace it themselves. Anything else (handler calls, FP, AMOs,
 * jumps, operations through rax or cl) ends it. */
bool keeps_page(const struct tr *t, const struct insn *i, uint32_t raw)
{
	if (i->fn == insn_illegal_fn())
		return false;
	unsigned f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	bool rd_ok = i->rd == 32 || hreg(t, i->rd) >= 0;
	switch (raw & 0x7f) {
	case 0x03: /* the encodings emit_load and emit_store translate */
		return f3 != 7;
	case 0x23:
		return f3 <= 3;
	case 0x37: /* LUI */
		return true;
	case 0x13: {
		if (!op_imm_base(raw, false))
			return false; /* bitmanip: a handler call */
		if (i->rd == 32 || (f3 == 0 && i->rs1 == 0))
			return true; /* nothing, or an immediate into rd */
		return rd_ok && f3 != 2 && f3 != 3;
	}
	case 0x1b:
		return rd_ok && op_imm_base(raw, true);
	case 0x33:
	case 0x3b: {
		bool logic = (raw & 0x7f) == 0x33 && (f3 == 4 || f3 == 6 || f3 == 7);
		bool add = f3 == 0 && (f7 == 0 || f7 == 1);
		bool sub = f3 == 0 && f7 == 0x20;
		bool shift = (f3 == 1 && f7 == 0) || (f3 == 5 && (f7 == 0 || f7 == 0x20));
		if (shift) /* shlx/shrx/sarx between mapped registers */
			return t->j->bmi2 && i->rd != 32 && hreg(t, i->rd) >= 0 &&
			       hreg(t, i->rs1) >= 0 && hreg(t, i->rs2) >= 0;
		if (!(f7 == 0 && logic) && !add && !sub)
			return false;
		return i->rd != 32 && hreg(t, i->rd) >= 0 &&
		       !(sub && i->rd == i->rs2 && i->rd != i->rs1);
	}
	case 0x63:
		return f3 != 2 && f3 != 3 && hreg(t, i->rs1) >= 0;
	case 0x0f:
		return f3 == 0;
	}
	return false;
}

/* SLOW_REFILL: the access is not on the page in rcx: the full TLB lookup
 * (it leaves rcx = the new page, rax = its addend on a hit, as the page
 * state wants), back to the access; a miss goes on to the access's slow
 * path. A load on a store's page state makes it PAGE_NONE instead (its
 * page may be read-only). */
void emit_refill(struct tr *t, struct slow *s)
{
	struct emit *e = &t->e;
	const struct insn *i = s->slot;
	unsigned va;
	int32_t disp;
	if (s->pair_clear)
		st64_i(e, RBX, OFF_JIT_PAIR, 0);
	uint8_t *miss = tlb_lookup(t, s->access == SLOW_STORE, i, i->imm, s->size, &va, &disp);
	if (s->poison)
		mov_ri(e, RCX, PAGE_NONE);
	patch32(jmp32(e), s->back);
	struct slow *m = add_slow(t, s->access, miss, s->pc);
	m->va = (uint8_t)va;
	m->va_disp = disp;
	m->size = s->size;
	m->sign = s->sign;
	m->reg = s->reg;
	m->delta = s->delta;
	m->dirty = s->dirty;
	m->slot = s->slot;
	m->resume = s->resume;
	m->pair_open = s->pair_open;
}

/* A load's access, [rax + base + disp] into rd, and where its slow path s
 * resumes; rsi (not rcx, which may hold the page) receives the value of an
 * unmapped rd. */
static void load_access(struct tr *t, const struct insn *i, unsigned size, bool sign, unsigned base,
			int32_t disp, struct slow *s)
{
	struct emit *e = &t->e;
	int c = hreg(t, i->rd);
	if (c >= 0) {
		ld_sib_d(e, size, sign, (unsigned)c, RAX, base, disp);
		t->dirty |= 1u << t->slot_of[i->rd];
	} else {
		ld_sib_d(e, size, sign, RSI, RAX, base, disp);
		put_x(t, RSI, i->rd);
	}
	s->resume = here(e);
	/* The slow path comes back with rsi = x[rd] too (emit_slow), so the
	 * next instruction may still take the value from rsi (put_x's
	 * forwarding) rather than reload what was just stored: the loaded
	 * value is often the next instruction's operand, and a reload waits
	 * for the store (~5 cycles on the chain). */
	if (c < 0)
		e->label = NULL;
}

/* How far after a load its paired store may be. */
#define PAIR_WINDOW 48

/* Whether instruction i, between a paired load and its store, lets them
 * stay paired: one of the groups whose only integer register write is rd
 * (SYSTEM and AMOs are not, to keep this simple), and rd is not the base. */
static bool pair_keeps(const struct insn *i, unsigned base)
{
	switch (insn_raw32(i) & 0x7f) {
	case 0x03:
	case 0x07:
	case 0x0f:
	case 0x13:
	case 0x17:
	case 0x1b:
	case 0x23:
	case 0x27:
	case 0x33:
	case 0x37:
	case 0x3b:
	case 0x43:
	case 0x47:
	case 0x4b:
	case 0x4f:
	case 0x53:
	case 0x63:
	case 0x6f:
		return i->rd != base;
	}
	return false;
}

/* tr.pair_of: the block's load/store pairs (see translate.h), after the
 * cache slots are chosen (both accesses' base must be mapped: the store
 * addresses [addend + base + offset] as the lookup would). */
void find_pairs(struct tr *t)
{
	const struct block *b = t->b;
	unsigned n = b->ninsn;
	for (unsigned k = 0; k < n; k++)
		t->pair_of[k] = -1;
	/* Not in a loop's block: there the page state (page reuse) serves
	 * both accesses from the iteration before, cheaper still, and a pair
	 * would end it (7-Zip's compression, whose match finder loops, lost
	 * 2.6 % with pairs there too) */
	if (t->loop_k >= 0)
		return;
	for (unsigned k = 0; k < n; k++) {
		const struct insn *l = &b->insns[k];
		uint32_t raw = insn_raw32(l);
		unsigned f3 = rv_funct3(raw);
		if ((raw & 0x7f) != 0x03 || l->fn == insn_illegal_fn() || f3 == 7 ||
		    hreg(t, l->rs1) < 0 || l->rd == l->rs1)
			continue;
		int m = -1;
		for (unsigned j = k + 1; j < n && j <= k + PAIR_WINDOW; j++) {
			const struct insn *s = &b->insns[j];
			uint32_t sr = insn_raw32(s);
			if ((sr & 0x7f) == 0x23 && s->fn != insn_illegal_fn() && s->rs1 == l->rs1 &&
			    s->imm == l->imm) {
				if (rv_funct3(sr) <= (f3 & 3))
					m = (int)j;
				break;
			}
			if (!pair_keeps(s, l->rs1))
				break;
		}
		if (m < 0)
			continue;
		/* every path to the store passes the load: no forward branch
		 * from before the load lands after it, up to the store */
		bool dominated = true;
		for (unsigned j = 0; j < k && dominated; j++) {
			int to = inner_target(b, j);
			dominated = !(to > (int)k && to <= m);
		}
		if (!dominated)
			continue;
		t->pair_of[k] = (int16_t)m;
		t->pair_of[m] = (int16_t)k;
		k = (unsigned)m; /* one pair open at a time: h->jit_pair holds one */
	}
}

/* The load of a pair: its lookup in the store TLB, whose addend goes to
 * h->jit_pair for the store; a miss refills from the load TLB with
 * h->jit_pair = 0 (emit_refill), so that the store looks up itself. */
static void emit_pair_load(struct tr *t, const struct insn *i, unsigned size, bool sign,
			   uint64_t pc, unsigned k)
{
	struct emit *e = &t->e;
	unsigned va;
	int32_t disp;
	uint8_t *miss = tlb_lookup(t, true, i, i->imm, size, &va, &disp);
	st64(e, RAX, RBX, OFF_JIT_PAIR);
	struct slow *s = add_refill(t, SLOW_LOAD, miss, size, pc, k);
	s->pair_clear = true;
	s->sign = sign;
	s->reg = i->rd;
	load_access(t, i, size, sign, va, disp, s);
	t->pair_open = true;
	page_after_access(t, i, false, false);
}

/* The store of a pair: through h->jit_pair's addend when the load left
 * one, else the full lookup (a SLOW_REFILL). Ends the page state (rax
 * holds the pair's addend, rcx what it held). */
static void emit_pair_store(struct tr *t, const struct insn *i, unsigned size, uint64_t pc,
			    unsigned k)
{
	struct emit *e = &t->e;
	unsigned base = (unsigned)hreg(t, i->rs1);
	t->pair_open = false;
	ld64(e, RAX, RBX, OFF_JIT_PAIR);
	test_rr(e, true, RAX, RAX);
	struct slow *s = add_refill(t, SLOW_STORE, jcc32(e, CC_E), size, pc, k);
	s->reg = i->rs2;
	int c = hreg(t, i->rs2);
	if (c >= 0) {
		st_sib_d(e, size, (unsigned)c, RAX, base, i->imm);
	} else {
		get_x(t, RSI, i->rs2, true);
		st_sib_d(e, size, RSI, RAX, base, i->imm);
	}
	s->resume = here(e);
	t->pg_valid = false;
}

/* LOAD (LB..LD, LBU..LWU): false for the reserved funct3. */
bool emit_load(struct tr *t, const struct insn *i, unsigned f3, uint64_t pc, unsigned k)
{
	if (f3 == 7)
		return false;
	unsigned size = 1u << (f3 & 3);
	bool sign = f3 < 3;
	if (t->pair_of[k] >= 0) {
		emit_pair_load(t, i, size, sign, pc, k);
		return true;
	}
	bool reuse = page_reuse(t, i, false);
	struct slow *s = reuse ? emit_reuse(t, SLOW_LOAD, i, size, pc, k)
			       : emit_tlb(t, SLOW_LOAD, i, size, pc, k);
	s->sign = sign;
	s->reg = i->rd;
	/* the host address: [rax + base + imm] after the page check, [rax +
	 * va] after a lookup */
	unsigned base = reuse ? (unsigned)hreg(t, i->rs1) : s->va;
	int32_t disp = reuse ? i->imm : s->va_disp;
	load_access(t, i, size, sign, base, disp, s);
	page_after_access(t, i, false, reuse);
	return true;
}

/* STORE (SB..SD): false for the reserved funct3 values. */
bool emit_store(struct tr *t, const struct insn *i, unsigned f3, uint64_t pc, unsigned k)
{
	struct emit *e = &t->e;
	if (f3 > 3)
		return false;
	unsigned size = 1u << f3;
	if (t->pair_of[k] >= 0) {
		emit_pair_store(t, i, size, pc, k);
		return true;
	}
	bool reuse = page_reuse(t, i, true);
	struct slow *s = reuse ? emit_reuse(t, SLOW_STORE, i, size, pc, k)
			       : emit_tlb(t, SLOW_STORE, i, size, pc, k);
	s->reg = i->rs2;
	unsigned base = reuse ? (unsigned)hreg(t, i->rs1) : s->va;
	int32_t disp = reuse ? i->imm : s->va_disp;
	int c = hreg(t, i->rs2);
	/* an unmapped value goes through rsi when the address is elsewhere,
	 * else through rcx, which then no longer holds the page */
	unsigned tmp = base == RSI ? RCX : RSI;
	if (c >= 0) {
		st_sib_d(e, size, (unsigned)c, RAX, base, disp);
	} else {
		get_x(t, tmp, i->rs2, true);
		st_sib_d(e, size, tmp, RAX, base, disp);
	}
	s->resume = here(e);
	page_after_access(t, i, true, reuse);
	return true;
}

#endif
