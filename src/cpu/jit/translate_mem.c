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

/* va = x[rs1] + imm into rsi (or, when va is not NULL, left in rs1's
 * host register when imm is 0: *va tells which); rax = the TLB entry (of
 * the load TLB, or of the store TLB when store); falls into the hit path
 * with rax = the addend, or takes the returned rel32 on a miss. */
uint8_t *tlb_lookup(struct tr *t, bool store, const struct insn *i, int32_t imm, unsigned size,
		    unsigned *va)
{
	struct emit *e = &t->e;
	int c = hreg(t, i->rs1);
	unsigned at = RSI;
	if (c >= 0 && !imm && va) {
		at = (unsigned)c; /* no copy: the access indexes it directly */
	} else if (c >= 0 && imm) {
		lea_rm(e, RSI, (unsigned)c, imm);
	} else {
		get_x(t, RSI, i->rs1, true);
		if (imm)
			alu_ri(e, true, ALU_ADD, RSI, imm);
	}
	if (va)
		*va = at;
	/* rax = ((va >> 12) & 255) * 16, as (va >> 8) & 0xff0 (with BMI2, the
	 * copy and the shift are one rorx: the rotated-in bits are masked) */
	if (t->j->bmi2) {
		/* from the guest register itself when it is the address, so as
		 * not to wait for the copy */
		rorx_ri(e, false, RAX, c >= 0 && !imm ? (unsigned)c : RSI, PAGE_SHIFT - 4);
	} else {
		alu_rr(e, false, 0x11, RAX, at); /* mov eax, va */
		shift_ri(e, false, SH_SHR, RAX, PAGE_SHIFT - 4);
	}
	alu_ri(e, false, ALU_AND, RAX, (TLB_SIZE - 1) << 4);
	mov_rr(e, RCX, at);
	alu_ri(e, true, ALU_AND, RCX, (int32_t)(-(int32_t)PAGE_SIZE | (int32_t)(size - 1)));
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
	uint8_t *miss = tlb_lookup(t, kind == SLOW_STORE, i, i->imm, size, &va);
	struct slow *s = add_slow(t, kind, miss, pc);
	s->va = (uint8_t)va;
	s->size = (uint8_t)size;
	s->delta = delta;
	s->dirty = dirty;
	return s;
}

/* LOAD (LB..LD, LBU..LWU): false for the reserved funct3. */
bool emit_load(struct tr *t, const struct insn *i, unsigned f3, uint64_t pc, unsigned k)
{
	struct emit *e = &t->e;
	if (f3 == 7)
		return false;
	unsigned size = 1u << (f3 & 3);
	bool sign = f3 < 3;
	struct slow *s = emit_tlb(t, SLOW_LOAD, i, size, pc, k);
	s->sign = sign;
	s->reg = i->rd;
	int c = hreg(t, i->rd);
	if (c >= 0) {
		ld_sib(e, size, sign, (unsigned)c, RAX, s->va);
		t->dirty |= 1u << t->slot_of[i->rd];
	} else {
		ld_sib(e, size, sign, RCX, RAX, s->va);
		put_x(t, RCX, i->rd);
	}
	s->resume = e->p;
	return true;
}

/* STORE (SB..SD): false for the reserved funct3 values. */
bool emit_store(struct tr *t, const struct insn *i, unsigned f3, uint64_t pc, unsigned k)
{
	struct emit *e = &t->e;
	if (f3 > 3)
		return false;
	unsigned size = 1u << f3;
	struct slow *s = emit_tlb(t, SLOW_STORE, i, size, pc, k);
	s->reg = i->rs2;
	int c = hreg(t, i->rs2);
	if (c >= 0) {
		st_sib(e, size, (unsigned)c, RAX, s->va);
	} else {
		get_x(t, RCX, i->rs2, true);
		st_sib(e, size, RCX, RAX, s->va);
	}
	s->resume = e->p;
	return true;
}

#endif
