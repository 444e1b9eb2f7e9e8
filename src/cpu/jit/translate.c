/* JIT translator: one decoded block to x86-64 code (native integer ops, inline TLB loads/stores,
 * handler calls for the rest). */
#include "cpu/jit/jit.h"

#if defined(__x86_64__)

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "cpu/csr.h"
#include "cpu/fpu.h"
#include "cpu/jit/emit.h"

/* Host code addresses fields of the hart through rbx. */
#define OFF_X(r) ((int32_t)(offsetof(struct hart, x) + 8 * (unsigned)(r)))
#define OFF_PC ((int32_t)offsetof(struct hart, pc))
#define OFF_INSTRET ((int32_t)offsetof(struct hart, instret))
#define OFF_BLK_INSNS ((int32_t)offsetof(struct hart, blk_insns))
#define OFF_BLK_RETIRED ((int32_t)offsetof(struct hart, blk_retired))
#define OFF_LINK_SLOT ((int32_t)offsetof(struct hart, link_slot))
#define OFF_TLB_LOAD ((int32_t)offsetof(struct hart, tlb_load))
#define OFF_TLB_STORE ((int32_t)offsetof(struct hart, tlb_store))
#define OFF_EVENTS ((int32_t)offsetof(struct hart, events))
#define OFF_NEXT_CHECK ((int32_t)offsetof(struct hart, next_check))
#define OFF_LINK_EPOCH ((int32_t)offsetof(struct hart, link_epoch))
#define OFF_BUS ((int32_t)offsetof(struct hart, bus))
#define OFF_JCACHE ((int32_t)offsetof(struct hart, jcache))
#define OFF_F(r) ((int32_t)(offsetof(struct hart, f) + 8 * (unsigned)(r)))
#define OFF_MSTATUS ((int32_t)offsetof(struct hart, csr.mstatus))
#define OFF_FFLAGS ((int32_t)offsetof(struct hart, csr.fflags))
#define OFF_FRM ((int32_t)offsetof(struct hart, csr.frm))
/* Host registers that hold guest registers: a fixed mapping shared by
 * every translation, so chained blocks pass them along in host registers.
 * The guest registers are those GCC allocates first (a5..a0) plus sp, s0
 * and s1. Inside translated code the host register is the truth; h->x[] is
 * brought up to date before any call to C and before returning to jit_run,
 * and the host registers are reloaded after every call. */
#define NFIXED 9
static const uint8_t cache_guest[NFIXED] = {15, 14, 13, 12, 11, 10, 2, 8, 9};
/* Besides, each block keeps the two unmapped guest registers its native
 * instructions use most in rdx and rdi (free inside a block body): loaded
 * after the check code, stored when dirty at every exit and before calls. */
#define NLOCAL 2
#define NCACHE (NFIXED + NLOCAL)
static const unsigned cache_regs[NCACHE] = {RBP, R12, R13, R14, R15, R8, R9, R10, R11, RDX, RDI};
#define FIXED_SLOTS 0x1ffu	  /* slots 0-8 */
#define LOCAL_SLOTS 0x600u	  /* slots 9-10: rdx, rdi */
#define CALLER_SAVED_SLOTS 0x7e0u /* r8-r11, rdx, rdi */

_Static_assert(sizeof(struct tlb_entry) == 16 && offsetof(struct tlb_entry, addend) == 8,
	       "the inline TLB lookup scales the index by 16 and reads the addend at +8");
_Static_assert(TLB_SIZE == 256 && PAGE_SHIFT == 12,
	       "the inline TLB lookup assumes 256 4 KiB entries");

/* Out-of-line code after the block: memory-access misses, handler exits,
 * and handler calls for the cases an inline instruction leaves to the
 * interpreter (SLOW_CALL: FS not dirty, an unboxed single, a dynamic
 * rounding mode the host lacks, a NaN compare, a TLB miss of an FP access
 * or an AMO). */
enum { SLOW_LOAD, SLOW_STORE, HELPER_EXIT, SLOW_CALL };
struct slow {
	uint8_t kind;
	uint8_t size;
	bool sign;
	uint8_t reg;	    /* rd of a load, rs2 of a store */
	uint8_t nbranch;    /* rel32s that jump here */
	uint8_t *branch[6]; /* FMA.S: FS, three boxes, frm, a NaN result */
	uint8_t *resume;    /* where the fast path continues (loads, stores, calls) */
	uint64_t pc;
	uint32_t delta;	   /* instructions retired but not yet in instret */
	unsigned dirty;	   /* cache slots to store before calling C */
	struct insn *slot; /* helper exits and calls: the instruction's slot */
	struct insn *copy; /* calls: the handler's private copy */
};

struct tr {
	struct emit e;
	struct jit *j;
	struct block *b;
	unsigned synced;	/* instructions of the block already added to instret */
	uint8_t *chk;		/* the check code entered by patched exits */
	uint8_t *body;		/* after the entry and the check code */
	uint8_t *body_l;	/* after the loads of the block's locals */
	bool calls;		/* the code so far may call C (handler, slow path) */
	int8_t slot_of[33];	/* guest register -> cache slot, or -1 */
	uint8_t cached[NCACHE]; /* cache slot -> guest register */
	unsigned ncached;
	unsigned dirty;		      /* cache slots written since they were last stored */
	const _Atomic uint32_t *genp; /* the block's page generation */
	unsigned nslow;
	struct slow slow[JIT_BLOCK_MAX_INSNS]; /* at most one per instruction */
};

/* The stop entry after a handler's private copy: the handler's NEXT()
 * returns here, so exactly one instruction runs per call. */
static const struct insn *jit_stop(struct hart *h, const struct insn *i)
{
	(void)h;
	return i;
}

/* Memory-access misses: the interpreter's slow paths; a fault takes the
 * trap here (instret first counts the instructions before the access). */
static uint32_t jit_load_slow(struct hart *h, uint64_t va, uint32_t desc, uint64_t pc,
			      uint32_t delta)
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

static uint32_t jit_store_slow(struct hart *h, uint64_t va, uint64_t val, uint32_t size,
			       uint64_t pc, uint32_t delta)
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

/* ---- guest registers: a cache slot (host register) or h->x[] ---- */
static int hreg(const struct tr *t, unsigned r)
{
	return t->slot_of[r] >= 0 ? (int)cache_regs[t->slot_of[r]] : -1;
}
/* dst = x[r] (64-bit, or its low 32 bits zero-extended) */
static void get_x(struct tr *t, unsigned dst, unsigned r, bool w)
{
	int c = hreg(t, r);
	if (c >= 0)
		alu_rr(&t->e, w, 0x11, dst, (unsigned)c); /* mov */
	else if (w)
		ld64(&t->e, dst, RBX, OFF_X(r));
	else
		ld32(&t->e, dst, RBX, OFF_X(r));
}
/* dst = dst OP x[r] */
static void alu_x(struct tr *t, bool w, unsigned alu, unsigned dst, unsigned r)
{
	int c = hreg(t, r);
	if (c >= 0)
		alu_rr(&t->e, w, alu, dst, (unsigned)c);
	else
		alu_rm(&t->e, w, alu, dst, RBX, OFF_X(r));
}
/* x[r] = src */
static void put_x(struct tr *t, unsigned src, unsigned r)
{
	int c = hreg(t, r);
	if (c >= 0) {
		mov_rr(&t->e, (unsigned)c, src);
		t->dirty |= 1u << t->slot_of[r];
	} else {
		st64(&t->e, src, RBX, OFF_X(r));
	}
}
/* x[r] = sign-extended imm */
static void put_x_imm(struct tr *t, unsigned r, int32_t imm)
{
	int c = hreg(t, r);
	if (c >= 0) {
		mov_ri(&t->e, (unsigned)c, (uint64_t)(int64_t)imm);
		t->dirty |= 1u << t->slot_of[r];
	} else {
		st64_i(&t->e, RBX, OFF_X(r), imm);
	}
}
static void writeback(struct tr *t, unsigned mask)
{
	for (unsigned s = 0; s < t->ncached; s++)
		if (mask & (1u << s))
			st64(&t->e, cache_regs[s], RBX, OFF_X(t->cached[s]));
}
static void reload(struct tr *t, unsigned mask)
{
	for (unsigned s = 0; s < t->ncached; s++)
		if (mask & (1u << s))
			ld64(&t->e, cache_regs[s], RBX, OFF_X(t->cached[s]));
}
static unsigned all_cached(const struct tr *t)
{
	return (1u << t->ncached) - 1;
}

/* The fixed mapping; every mapped register may be dirty at a block's start
 * (a chained predecessor wrote it). */
static void choose_cached(struct tr *t)
{
	memset(t->slot_of, -1, sizeof(t->slot_of));
	for (unsigned s = 0; s < NFIXED; s++) {
		t->slot_of[cache_guest[s]] = (int8_t)s;
		t->cached[s] = cache_guest[s];
	}
	t->ncached = NFIXED;
	/* The block-local ones: unmapped registers with the most uses by
	 * natively translated instructions (at least 3). */
	unsigned uses[33] = {0};
	for (unsigned k = 0; k < t->b->ninsn; k++) {
		const struct insn *i = &t->b->insns[k];
		uint32_t raw = i->len == 2 ? rvc_expand((uint16_t)i->raw) : i->raw;
		switch (raw & 0x7f) {
		case 0x37:
		case 0x17:
		case 0x13:
		case 0x1b:
		case 0x33:
		case 0x3b:
		case 0x63:
		case 0x6f:
		case 0x67:
		case 0x03:
		case 0x23:
			if (i->fn == insn_illegal_fn())
				break;
			uses[i->rd]++;
			uses[i->rs1]++;
			uses[i->rs2]++;
			break;
		}
	}
	uses[0] = uses[32] = 0;
	for (unsigned s = 0; s < NFIXED; s++)
		uses[cache_guest[s]] = 0;
	while (t->ncached < NCACHE) {
		unsigned best = 0;
		for (unsigned r = 1; r < 32; r++)
			if (uses[r] > uses[best])
				best = r;
		if (uses[best] < 3)
			break;
		uses[best] = 0;
		t->slot_of[best] = (int8_t)t->ncached;
		t->cached[t->ncached++] = (uint8_t)best;
	}
	t->dirty = FIXED_SLOTS; /* the locals are loaded clean */
}

/* Entry from jit_run: save the callee-saved host registers, rbx = hart,
 * load the mapped guest registers. Chained jumps enter after it. */
static void emit_entry(struct emit *e)
{
	push_r(e, RBX);
	push_r(e, RBP);
	push_r(e, R12);
	push_r(e, R13);
	push_r(e, R14);
	push_r(e, R15);
	alu_ri(e, true, ALU_SUB, RSP, 8); /* calls need rsp 16-byte aligned */
	mov_rr(e, RBX, RDI);
	for (unsigned s = 0; s < NFIXED; s++)
		ld64(e, cache_regs[s], RBX, OFF_X(cache_guest[s]));
}

/* Restore the host registers saved by the entry code and return rax. */
static void epilogue(struct emit *e)
{
	alu_ri(e, true, ALU_ADD, RSP, 8);
	pop_r(e, R15);
	pop_r(e, R14);
	pop_r(e, R13);
	pop_r(e, R12);
	pop_r(e, RBP);
	pop_r(e, RBX);
	ret(e);
}

/* Bring instret up to `k` instructions of this block. */
static void sync_instret(struct tr *t, unsigned k)
{
	if (k != t->synced)
		alu_mi(&t->e, ALU_ADD, RBX, OFF_INSTRET, (int32_t)(k - t->synced));
	t->synced = k;
}

static void emit_candidate(struct emit *e, size_t body_off, uint8_t **next, unsigned *m);
static void emit_jcache_load(struct emit *e);

/* Leave the block: `retired` instructions of it retired, next pc in rcx
 * (dynamic) or `target`.
 * A static exit is a patchable direct jump:
 *	lea rdx, [rip + 5]	(rdx = the end of the jump, where the slot is)
 *	jmp rel32		(first to the stub; patched to the next block's check)
 *	.quad slot		(the exit's link slot, read through rdx)
 *	stub: h->pc = target; rax = slot; jmp chain_static
 * chain_static patches the jump to the check code of the exit's link when
 * it may chain there; a loop onto the block itself starts patched. A
 * dynamic exit (JALR) goes through the shared chaining code each time. */
static void exit_to(struct tr *t, unsigned retired, bool dynamic, uint64_t target,
		    struct insn *slot)
{
	struct emit *e = &t->e;
	struct jit *j = t->j;
	/* Mapped registers stay in host registers: the chaining code writes
	 * them back only when it returns to jit_run. The block's locals go
	 * home here (the fall-through path keeps its own dirty set). */
	writeback(t, t->dirty & LOCAL_SLOTS);
	if (retired != t->synced)
		alu_mi(e, ALU_ADD, RBX, OFF_INSTRET, (int32_t)(retired - t->synced));
	if (!dynamic && target == t->b->vpc) {
		/* A loop onto this block: check inline and go back past the
		 * loads of its locals, which are still in rdx and rdi. */
		uint8_t *out[4];
		unsigned n = 0;
		ld32(e, RAX, RBX, OFF_EVENTS);
		test_rr(e, false, RAX, RAX);
		out[n++] = jcc32(e, CC_NE);
		ld64(e, RAX, RBX, OFF_INSTRET);
		alu_rm(e, true, ALU_CMP, RAX, RBX, OFF_NEXT_CHECK);
		out[n++] = jcc32(e, CC_AE);
		/* The page generation and link epoch change only through C (this
		 * hart's handlers and slow paths: its stores to code pages, its
		 * fences and translation changes) or through another thread's
		 * store, which this hart must fence (an event) to be sure to see;
		 * the budget brings it back to the run loop's lookup anyway. So a
		 * loop that cannot have called C since its start skips them. */
		if (t->calls) {
			mov_ri(e, RAX, (uint64_t)(uintptr_t)t->genp);
			cmp_m32_i32(e, RAX, 0, (int32_t)t->b->gen);
			out[n++] = jcc32(e, CC_NE);
			mov_ri(e, RAX, (uint64_t)(uintptr_t)&t->b->epoch);
			ld32(e, RAX, RAX, 0);
			alu_rm(e, false, ALU_CMP, RAX, RBX, OFF_LINK_EPOCH);
			out[n++] = jcc32(e, CC_NE);
		}
		patch32(jmp32(e), t->body_l);
		for (unsigned k = 0; k < n; k++)
			patch32(out[k], e->p);
	}
	if (dynamic) {
		/* Its own copy of the jump-cache candidate, so that each
		 * indirect jump site has its own host indirect jump (and branch
		 * prediction); anything else goes to the shared chaining code. */
		uint8_t *next[8];
		unsigned m = 0;
		st64(e, RCX, RBX, OFF_PC);
		mov_ri(e, RAX, (uint64_t)(uintptr_t)slot);
		ld32(e, RDI, RBX, OFF_EVENTS);
		test_rr(e, false, RDI, RDI);
		next[m++] = jcc32(e, CC_NE);
		ld64(e, RDI, RBX, OFF_INSTRET);
		alu_rm(e, true, ALU_CMP, RDI, RBX, OFF_NEXT_CHECK);
		next[m++] = jcc32(e, CC_AE);
		emit_jcache_load(e);
		emit_candidate(e, j->entry_bytes + j->chk_bytes, next, &m);
		for (unsigned k = 0; k < m; k++)
			patch32(next[k], e->p);
		patch32(jmp32(e), j->rw + j->chain);
		return;
	}
	lea_rip(e, RDX, 5);
	uint8_t *site = jmp32(e);
	e64(e, (uint64_t)(uintptr_t)slot);
	patch32(site, e->p);
	mov_ri(e, RCX, target);
	st64(e, RCX, RBX, OFF_PC);
	mov_ri(e, RAX, (uint64_t)(uintptr_t)slot);
	patch32(jmp32(e), j->rw + j->chain_static);
}

/* A translation's check code, entered by patched exits (rdx = the exit's
 * site): the chaining conditions that can change after the jump was
 * patched (events, budget, this block's page generation and link epoch).
 * Fixed size: chained entries find the body at entry + chk_bytes. */
static void emit_chk(struct tr *t, struct emit *e, uint8_t *fail[4])
{
	ld32(e, RAX, RBX, OFF_EVENTS);
	test_rr(e, false, RAX, RAX);
	fail[0] = jcc32(e, CC_NE);
	ld64(e, RAX, RBX, OFF_INSTRET);
	alu_rm(e, true, ALU_CMP, RAX, RBX, OFF_NEXT_CHECK);
	fail[1] = jcc32(e, CC_AE);
	mov_ri64(e, RAX, (uint64_t)(uintptr_t)t->genp);
	cmp_m32_i32(e, RAX, 0, (int32_t)t->b->gen);
	fail[2] = jcc32(e, CC_NE);
	mov_ri64(e, RAX, (uint64_t)(uintptr_t)&t->b->epoch);
	ld32(e, RAX, RAX, 0);
	alu_rm(e, false, ALU_CMP, RAX, RBX, OFF_LINK_EPOCH);
	fail[3] = jcc32(e, CC_NE);
}

/* Where a failed check goes: the exit that jumped here continues as if
 * it had not been patched (h->pc = this block, rax = its slot). */
static void emit_chk_fail(struct tr *t, uint8_t *fail[4])
{
	struct emit *e = &t->e;
	for (unsigned k = 0; k < 4; k++)
		patch32(fail[k], e->p);
	ld64(e, RAX, RDX, 0);
	mov_ri(e, RCX, t->b->vpc);
	st64(e, RCX, RBX, OFF_PC);
	patch32(jmp32(e), t->j->rw + t->j->chain_static);
}

/* chain_static: a static exit's way on (rax = slot, rcx = h->pc = next pc,
 * rdx = the exit's site). When the exit's link may be chained to, patch
 * the exit's jump to the link's check code and enter its body; otherwise
 * the shared chaining code decides. */
static void emit_chain_static(struct tr *t, struct emit *e, uint8_t *to_chain, uint8_t *to_ret)
{
	struct jit *j = t->j;
	uint8_t *dyn[6];
	unsigned n = 0;
	ld32(e, RSI, RBX, OFF_EVENTS);
	test_rr(e, false, RSI, RSI);
	patch32(jcc32(e, CC_NE), to_ret);
	ld64(e, RSI, RBX, OFF_INSTRET);
	alu_rm(e, true, ALU_CMP, RSI, RBX, OFF_NEXT_CHECK);
	patch32(jcc32(e, CC_AE), to_ret);
	ld64(e, RSI, RAX, (int32_t)offsetof(struct insn, link));
	test_rr(e, true, RSI, RSI);
	dyn[n++] = jcc32(e, CC_E);
	alu_rm(e, true, ALU_CMP, RCX, RSI, (int32_t)offsetof(struct block, vpc));
	dyn[n++] = jcc32(e, CC_NE);
	op_mem(e, false, 0x8b, RDI, RSI, (int32_t)offsetof(struct block, epoch));
	alu_rm(e, false, ALU_CMP, RDI, RBX, OFF_LINK_EPOCH);
	dyn[n++] = jcc32(e, CC_NE);
	alu_mi(e, ALU_CMP, RSI, (int32_t)offsetof(struct block, jit), 0);
	dyn[n++] = jcc32(e, CC_E);
	/* The page generation: bus->page_gen[(nb->pa - ram_base) >> 12]. */
	ld64(e, RDI, RBX, OFF_BUS);
	ld64(e, RCX, RSI, (int32_t)offsetof(struct block, pa));
	alu_rm(e, true, ALU_SUB, RCX, RDI, (int32_t)offsetof(struct bus, ram_base));
	shift_ri(e, true, SH_SHR, RCX, PAGE_SHIFT - 2);
	alu_ri(e, true, ALU_AND, RCX, -4);
	alu_rm(e, true, ALU_ADD, RCX, RDI, (int32_t)offsetof(struct bus, page_gen));
	ld32(e, RCX, RCX, 0);
	alu_rm(e, false, ALU_CMP, RCX, RSI, (int32_t)offsetof(struct block, gen));
	dyn[n++] = jcc32(e, CC_NE);
	/* Patch: rel32 at rdx - 4 (through the writable view) = chk - rdx. */
	ld64(e, RSI, RSI, (int32_t)offsetof(struct block, jit));
	alu_ri(e, true, ALU_ADD, RSI, (int32_t)j->entry_bytes);
	mov_rr(e, RCX, RSI);
	alu_rr(e, true, ALU_SUB, RCX, RDX);
	mov_ri(e, RDI, (uint64_t)(j->rw - j->rx));
	alu_rr(e, true, ALU_ADD, RDI, RDX);
	op_mem(e, false, 0x89, RCX, RDI, -4); /* mov [rdi - 4], ecx */
	alu_ri(e, true, ALU_ADD, RSI, (int32_t)j->chk_bytes);
	jmp_r(e, RSI);
	for (unsigned k = 0; k < n; k++)
		patch32(dyn[k], e->p);
	ld64(e, RCX, RBX, OFF_PC);
	patch32(jmp32(e), to_chain);
}

/* The chaining code, shared by every exit of the cache's translations: with
 * rax = the exit's slot and rcx = the next pc (already in h->pc, instret
 * counted), jump into the next block's translation when the interpreter
 * would chain (insn_goto_n's conditions): no event, budget left, and a
 * block for that vpc that was validated in the current link epoch, whose
 * page generation is unchanged. The candidates are the exit's link, then
 * the jump cache's entry for the pc (indirect jumps and returns, whose
 * target changes). Otherwise return the slot to jit_run, for the run loop. */
/* With rdx = a candidate block for the next pc in rcx: jump into its body
 * when it may be chained to (translated, same vpc, validated in this link
 * epoch, page generation unchanged); the branches that fail go to next[]. */
static void emit_candidate(struct emit *e, size_t body_off, uint8_t **next, unsigned *m)
{
	test_rr(e, true, RDX, RDX);
	next[(*m)++] = jcc32(e, CC_E);
	alu_mi(e, ALU_CMP, RDX, (int32_t)offsetof(struct block, jit), 0);
	next[(*m)++] = jcc32(e, CC_E);
	alu_rm(e, true, ALU_CMP, RCX, RDX, (int32_t)offsetof(struct block, vpc));
	next[(*m)++] = jcc32(e, CC_NE);
	op_mem(e, false, 0x8b, RDI, RDX, (int32_t)offsetof(struct block, epoch));
	alu_rm(e, false, ALU_CMP, RDI, RBX, OFF_LINK_EPOCH);
	next[(*m)++] = jcc32(e, CC_NE);
	/* The page generation: bus->page_gen[(nb->pa - ram_base) >> 12]
	 * (rdi, rsi: the only scratch registers left). */
	ld64(e, RDI, RBX, OFF_BUS);
	ld64(e, RSI, RDX, (int32_t)offsetof(struct block, pa));
	alu_rm(e, true, ALU_SUB, RSI, RDI, (int32_t)offsetof(struct bus, ram_base));
	shift_ri(e, true, SH_SHR, RSI, PAGE_SHIFT - 2);
	alu_ri(e, true, ALU_AND, RSI, -4);
	alu_rm(e, true, ALU_ADD, RSI, RDI, (int32_t)offsetof(struct bus, page_gen));
	ld32(e, RSI, RSI, 0);
	alu_rm(e, false, ALU_CMP, RSI, RDX, (int32_t)offsetof(struct block, gen));
	next[(*m)++] = jcc32(e, CC_NE);
	ld64(e, RSI, RDX, (int32_t)offsetof(struct block, jit));
	alu_ri(e, true, ALU_ADD, RSI, (int32_t)body_off);
	jmp_r(e, RSI);
}

/* rdx = h->jcache[(pc >> 1) & (size - 1)] for the pc in rcx, as block_lookup. */
static void emit_jcache_load(struct emit *e)
{
	mov_rr(e, RDX, RCX);
	shift_ri(e, true, SH_SHR, RDX, 1);
	alu_ri(e, false, ALU_AND, RDX, (1 << JCACHE_BITS) - 1);
	shift_ri(e, false, SH_SHL, RDX, 3);
	alu_rr(e, true, ALU_ADD, RDX, RBX);
	ld64(e, RDX, RDX, OFF_JCACHE);
}

static uint8_t *emit_chain(struct emit *e, size_t body_off, uint8_t **ret_wb)
{
	uint8_t *out[16], *next[8];
	unsigned n = 0, m = 0;
	ld32(e, RDI, RBX, OFF_EVENTS);
	test_rr(e, false, RDI, RDI);
	out[n++] = jcc32(e, CC_NE);
	ld64(e, RDI, RBX, OFF_INSTRET);
	alu_rm(e, true, ALU_CMP, RDI, RBX, OFF_NEXT_CHECK);
	out[n++] = jcc32(e, CC_AE);
	ld64(e, RDX, RAX, (int32_t)offsetof(struct insn, link));
	emit_candidate(e, body_off, next, &m);
	/* Second candidate: the jump cache's entry for the pc. */
	for (unsigned k = 0; k < m; k++)
		patch32(next[k], e->p);
	m = 0;
	emit_jcache_load(e);
	emit_candidate(e, body_off, next, &m);
	for (unsigned k = 0; k < m; k++)
		patch32(next[k], e->p);
	for (unsigned k = 0; k < n; k++)
		patch32(out[k], e->p);
	/* Back to jit_run: the guest registers go home first. */
	*ret_wb = e->p;
	for (unsigned s = 0; s < NFIXED; s++)
		st64(e, cache_regs[s], RBX, OFF_X(cache_guest[s]));
	uint8_t *ret_at = e->p;
	epilogue(e); /* also the shared return of every translation (j->ret) */
	return ret_at;
}

/* Return rax to jit_run through the shared epilogue. */
static void leave(struct tr *t)
{
	patch32(jmp32(&t->e), t->j->rw + t->j->ret);
}

static struct slow *add_slow(struct tr *t, unsigned kind, uint8_t *branch, uint64_t pc)
{
	struct slow *s = &t->slow[t->nslow++];
	memset(s, 0, sizeof(*s));
	s->kind = (uint8_t)kind;
	s->branch[0] = branch;
	s->nbranch = 1;
	s->pc = pc;
	return s;
}

/* A private copy {instruction k, stop} for a call of its handler (one per
 * instruction at most: jit_reserve counts two entries per instruction). */
static struct insn *handler_copy(struct tr *t, unsigned k)
{
	struct jit *j = t->j;
	struct insn *copy = &j->copies[j->ncopies];
	j->ncopies += 2;
	copy[0] = t->b->insns[k];
	copy[0].pc_off = 0;
	copy[0].link = NULL; /* never chains inside the interpreter */
	memset(&copy[1], 0, sizeof(copy[1]));
	copy[1].fn = jit_stop;
	return copy;
}

/* Call the interpreter's handler for instruction k. */
static void emit_helper(struct tr *t, unsigned k, uint64_t pc)
{
	t->calls = true;
	struct emit *e = &t->e;
	const struct insn *i = &t->b->insns[k];
	struct insn *copy = handler_copy(t, k);

	writeback(t, t->dirty); /* the handler sees and may change every register */
	t->dirty = 0;
	sync_instret(t, k); /* CSR accesses to instret/cycle see the exact count */
	mov_ri(e, RAX, pc);
	st64(e, RAX, RBX, OFF_PC);
	mov_ri(e, RSI, (uint64_t)(uintptr_t)copy);
	st64(e, RSI, RBX, OFF_BLK_INSNS);
	mov_rr(e, RDI, RBX);
	call_abs(e, (const void *)i->fn);
	test_rr(e, true, RAX, RAX);
	struct slow *s = add_slow(t, HELPER_EXIT, jcc32(e, CC_E), pc);
	s->slot = &t->b->insns[k];
	reload(t, all_cached(t));
}

/* va = x[rs1] + imm into rsi; rax = the TLB entry (of the load TLB, or
 * of the store TLB when store); falls into the hit path with rax = the
 * addend, or takes the returned rel32 on a miss. */
static uint8_t *tlb_lookup(struct tr *t, bool store, const struct insn *i, int32_t imm,
			   unsigned size)
{
	t->calls = true; /* its slow path */
	struct emit *e = &t->e;
	int c = hreg(t, i->rs1);
	if (c >= 0 && imm) {
		lea_rm(e, RSI, (unsigned)c, imm);
	} else {
		get_x(t, RSI, i->rs1, true);
		if (imm)
			alu_ri(e, true, ALU_ADD, RSI, imm);
	}
	/* rax = ((va >> 12) & 255) * 16, as (va >> 8) & 0xff0 */
	alu_rr(e, false, 0x11, RAX, RSI); /* mov eax, esi */
	shift_ri(e, false, SH_SHR, RAX, PAGE_SHIFT - 4);
	alu_ri(e, false, ALU_AND, RAX, (TLB_SIZE - 1) << 4);
	alu_rm(e, true, ALU_ADD, RAX, RBX, store ? OFF_TLB_STORE : OFF_TLB_LOAD);
	mov_rr(e, RCX, RSI);
	alu_ri(e, true, ALU_AND, RCX, (int32_t)(-(int32_t)PAGE_SIZE | (int32_t)(size - 1)));
	alu_rm(e, true, ALU_CMP, RCX, RAX, 0);
	uint8_t *miss = jcc32(e, CC_NE);
	ld64(e, RAX, RAX, 8); /* addend */
	return miss;
}

/* The TLB fast path of a load or store; a miss branches to a new slow
 * entry. */
static struct slow *emit_tlb(struct tr *t, unsigned kind, const struct insn *i, unsigned size,
			     uint64_t pc, unsigned k)
{
	unsigned delta = k - t->synced, dirty = t->dirty;
	uint8_t *miss = tlb_lookup(t, kind == SLOW_STORE, i, i->imm, size);
	struct slow *s = add_slow(t, kind, miss, pc);
	s->size = (uint8_t)size;
	s->delta = delta;
	s->dirty = dirty;
	return s;
}

/* The host register an instruction computes rd in: rd's own when it is
 * mapped (no copy through rax), else rax. */
static unsigned dst_of(const struct tr *t, const struct insn *i)
{
	int c = hreg(t, i->rd);
	return c >= 0 ? (unsigned)c : RAX;
}
/* dst = x[r] unless dst already is x[r]'s host register (32-bit operations
 * ignore the upper half, so nothing is zero-extended then). */
static void into(struct tr *t, unsigned dst, unsigned r, bool w)
{
	if (hreg(t, r) != (int)dst)
		get_x(t, dst, r, w);
}
/* rd = dst (a result computed by dst_of's choice), sign-extended from 32
 * bits when w32. */
static void done_rd(struct tr *t, const struct insn *i, unsigned dst, bool w32)
{
	if (w32)
		movsxd_rr(&t->e, dst, dst);
	if (dst == RAX)
		put_x(t, RAX, i->rd);
	else
		t->dirty |= 1u << t->slot_of[i->rd];
}

/* Destination helpers: rax holds the 64-bit result. */
static void put_rd(struct tr *t, const struct insn *i)
{
	put_x(t, RAX, i->rd);
}
/* Sign-extend eax into rax, then store. */
static void put_rd_w(struct tr *t, const struct insn *i)
{
	movsxd_rr(&t->e, RAX, RAX);
	put_x(t, RAX, i->rd);
}

/* OP-IMM and OP-IMM-32 (base encodings only). Returns false when the
 * instruction is not one of those translated natively. */
static bool emit_op_imm(struct tr *t, const struct insn *i, uint32_t raw, bool w32)
{
	struct emit *e = &t->e;
	unsigned f3 = rv_funct3(raw), f6 = raw >> 26, f7 = rv_funct7(raw);
	bool base = w32 ? (f3 == 0 || (f3 == 1 && f7 == 0) || (f3 == 5 && (f7 == 0 || f7 == 0x20)))
			: (f3 != 1 && f3 != 5) || (f3 == 1 && f6 == 0) ||
			      (f3 == 5 && (f6 == 0 || f6 == 0x10));
	if (!base)
		return false; /* bitmanip: its handler */
	if (i->rd == 32)
		return true; /* no side effects */
	if (!w32) {
		switch (f3) {
		case 0: {
			if (i->rs1 == 0) {
				put_x_imm(t, i->rd, i->imm);
				return true;
			}
			unsigned d = dst_of(t, i);
			int c = hreg(t, i->rs1);
			if (c >= 0 && c != (int)d && i->imm) {
				lea_rm(e, d, (unsigned)c, i->imm);
			} else {
				into(t, d, i->rs1, true);
				if (i->imm)
					alu_ri(e, true, ALU_ADD, d, i->imm);
			}
			done_rd(t, i, d, false);
			return true;
		}
		case 2:
		case 3:
			get_x(t, RAX, i->rs1, true);
			alu_ri(e, true, ALU_CMP, RAX, i->imm);
			setcc_zx(e, f3 == 2 ? CC_L : CC_B, RAX);
			break;
		case 4:
		case 6:
		case 7: {
			unsigned d = dst_of(t, i);
			into(t, d, i->rs1, true);
			alu_ri(e, true, f3 == 4 ? ALU_XOR : f3 == 6 ? ALU_OR : ALU_AND, d, i->imm);
			done_rd(t, i, d, false);
			return true;
		}
		case 1: {
			if (f6 != 0)
				return false;
			unsigned d = dst_of(t, i);
			into(t, d, i->rs1, true);
			shift_ri(e, true, SH_SHL, d, (uint8_t)(i->imm & 63));
			done_rd(t, i, d, false);
			return true;
		}
		case 5: {
			if (f6 != 0 && f6 != 0x10)
				return false;
			unsigned d = dst_of(t, i);
			into(t, d, i->rs1, true);
			shift_ri(e, true, f6 ? SH_SAR : SH_SHR, d, (uint8_t)(i->imm & 63));
			done_rd(t, i, d, false);
			return true;
		}
		default:
			return false;
		}
		put_rd(t, i);
		return true;
	}
	unsigned d = dst_of(t, i);
	switch (f3) {
	case 0:
		into(t, d, i->rs1, false);
		if (i->imm)
			alu_ri(e, false, ALU_ADD, d, i->imm);
		break;
	case 1:
		if (f7 != 0)
			return false;
		into(t, d, i->rs1, false);
		shift_ri(e, false, SH_SHL, d, (uint8_t)(i->imm & 31));
		break;
	case 5:
		if (f7 != 0 && f7 != 0x20)
			return false;
		into(t, d, i->rs1, false);
		shift_ri(e, false, f7 ? SH_SAR : SH_SHR, d, (uint8_t)(i->imm & 31));
		break;
	default:
		return false;
	}
	done_rd(t, i, d, true);
	return true;
}

/* DIV/DIVU/REM/REMU (f3 4..7) and their W forms with x86 div/idiv, which
 * fault where RISC-V defines results: a zero divisor gives a quotient of all
 * ones and the dividend as remainder; the most negative dividend over -1
 * gives itself and a remainder of 0. rdx (a block local, maybe) is stored
 * when dirty and reloaded after. */
static void emit_div(struct tr *t, const struct insn *i, unsigned f3, bool w32)
{
	struct emit *e = &t->e;
	bool w = !w32, sign = !(f3 & 1), rem = f3 >= 6;
	int rdx_slot = -1;
	for (unsigned s = NFIXED; s < t->ncached; s++)
		if (cache_regs[s] == RDX)
			rdx_slot = (int)s;
	if (rdx_slot >= 0 && (t->dirty & (1u << rdx_slot))) {
		writeback(t, 1u << rdx_slot);
		t->dirty &= ~(1u << rdx_slot);
	}
	get_x(t, RAX, i->rs1, w);
	get_x(t, RCX, i->rs2, w);
	test_rr(e, w, RCX, RCX);
	uint8_t *zero = jcc32(e, CC_E), *ovf = NULL, *ok = NULL;
	if (sign) {
		alu_ri(e, w, ALU_CMP, RCX, -1);
		ok = jcc32(e, CC_NE);
		/* rcx = -1: the quotient is -rs1 (wrapping: the most negative
		 * stays itself), the remainder 0; no division. */
		if (rem)
			alu_rr(e, false, ALU_XOR, RAX, RAX);
		else {
			rex(e, w, 0, 0, RAX, false); /* neg rax */
			e8(e, 0xf7);
			modrm_reg(e, 3, RAX);
		}
		ovf = jmp32(e);
		patch32(ok, e->p);
		if (w) {
			e8(e, 0x48); /* cqo */
			e8(e, 0x99);
		} else {
			e8(e, 0x99); /* cdq */
		}
	} else {
		alu_rr(e, false, ALU_XOR, RDX, RDX);
	}
	rex(e, w, 0, 0, RCX, false); /* div/idiv rcx */
	e8(e, 0xf7);
	modrm_reg(e, sign ? 7 : 6, RCX);
	if (rem)
		mov_rr(e, RAX, RDX);
	uint8_t *done = jmp32(e);
	patch32(zero, e->p);
	if (!rem)
		mov_ri(e, RAX, ~0ull); /* the remainder is the dividend, already in rax */
	patch32(done, e->p);
	if (ovf)
		patch32(ovf, e->p);
	if (w32)
		movsxd_rr(e, RAX, RAX);
	if (rdx_slot >= 0)
		reload(t, 1u << rdx_slot);
	put_x(t, RAX, i->rd);
}

/* OP and OP-32 (base, MUL/MULW and the divisions). */
static bool emit_op(struct tr *t, const struct insn *i, uint32_t raw, bool w32)
{
	struct emit *e = &t->e;
	unsigned f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	int alu = -1, sh = -1, cc = -1;
	bool mul = false;
	if (f7 == 0) {
		static const int alus[8] = {ALU_ADD, -1, -1, -1, ALU_XOR, -1, ALU_OR, ALU_AND};
		alu = alus[f3];
		sh = f3 == 1 ? SH_SHL : f3 == 5 ? SH_SHR : -1;
		cc = f3 == 2 ? CC_L : f3 == 3 ? CC_B : -1;
		if (w32 && f3 != 0 && f3 != 1 && f3 != 5)
			return false;
	} else if (f7 == 0x20 && (f3 == 0 || f3 == 5)) {
		alu = f3 == 0 ? ALU_SUB : -1;
		sh = f3 == 5 ? SH_SAR : -1;
	} else if (f7 == 1 && f3 == 0) {
		mul = true;
	} else if (f7 == 1 && f3 >= 4) {
		emit_div(t, i, f3, w32);
		return true;
	} else {
		return false;
	}
	if (i->rd == 32)
		return true;
	bool w = !w32;
	if (sh >= 0) {
		get_x(t, RCX, i->rs2, false);
		if (w)
			get_x(t, RAX, i->rs1, true);
		else
			get_x(t, RAX, i->rs1, false);
		shift_rcl(e, w, (unsigned)sh, RAX);
	} else if (cc < 0) {
		/* add/sub/logic/mul straight into rd's register; when rd is
		 * rs2 (and not rs1), a commutative op takes rs1 as its source. */
		unsigned d = dst_of(t, i);
		bool commutes = mul || alu != ALU_SUB;
		if (d != RAX && i->rd == i->rs2 && i->rd != i->rs1 && !commutes)
			d = RAX;
		unsigned src = i->rs2;
		if (d != RAX && i->rd == i->rs2 && i->rd != i->rs1) {
			src = i->rs1;
		} else {
			into(t, d, i->rs1, w);
		}
		if (mul) {
			if (hreg(t, src) >= 0)
				imul_rr(e, w, d, (unsigned)hreg(t, src));
			else
				imul_rm(e, w, d, RBX, OFF_X(src));
		} else {
			alu_x(t, w, (unsigned)alu, d, src);
		}
		done_rd(t, i, d, !w);
		return true;
	} else {
		if (w)
			get_x(t, RAX, i->rs1, true);
		else
			get_x(t, RAX, i->rs1, false);
		if (mul) {
			if (hreg(t, i->rs2) >= 0)
				imul_rr(e, w, RAX, (unsigned)hreg(t, i->rs2));
			else
				imul_rm(e, w, RAX, RBX, OFF_X(i->rs2));
		} else if (cc >= 0) {
			alu_x(t, true, ALU_CMP, RAX, i->rs2);
			setcc_zx(e, (unsigned)cc, RAX);
		} else {
			alu_x(t, w, (unsigned)alu, RAX, i->rs2);
		}
	}
	if (w)
		put_rd(t, i);
	else
		put_rd_w(t, i);
	return true;
}

/* ---- F/D inline (SSE2) ----
 * The fast path runs only when the interpreter's result is sure to be the
 * host's: FS is Dirty (with SD), single operands are properly NaN-boxed,
 * the rounding mode is one of the four the host has (static, or frm 0..3).
 * Anything else goes to the instruction's handler out of line (SLOW_CALL),
 * which also takes the traps. Arithmetic sets MXCSR's rounding control and
 * clears its flags (LDMXCSR), runs the scalar SSE instruction, maps MXCSR's
 * flags to fflags (DE dropped, as by the interpreter's fpu_hw_flags) and
 * replaces a NaN result by the canonical NaN. */

/* MXCSR for RISC-V rounding modes 0..3: all exceptions masked, FTZ/DAZ off,
 * flags clear; RC: RNE 0, RTZ 3, RDN 1, RUP 2. */
static const uint32_t jit_mxcsr_rm[4] = {0x1f80, 0x7f80, 0x3f80, 0x5f80};
/* MXCSR flags IE DE ZE OE UE PE -> fflags NV - DZ OF UF NX. */
static const uint8_t jit_mxcsr_fflags[64] = {
#define M_(m)                                                                                      \
	((((m)&1) << 4) | (((m)&4) << 1) | (((m) >> 1) & 4) | (((m) >> 3) & 2) | (((m) >> 5) & 1))
#define M4_(m) M_(m), M_((m) + 1), M_((m) + 2), M_((m) + 3)
#define M16_(m) M4_(m), M4_((m) + 4), M4_((m) + 8), M4_((m) + 12)
    M16_(0), M16_(16), M16_(32), M16_(48)
#undef M16_
#undef M4_
#undef M_
};

/* A SLOW_CALL entry for instruction k (its handler, out of line); the
 * caller adds branches to it and sets its resume point. */
static struct slow *add_call(struct tr *t, unsigned k, uint8_t *branch, uint64_t pc)
{
	t->calls = true;
	struct slow *s = add_slow(t, SLOW_CALL, branch, pc);
	s->delta = k - t->synced;
	s->dirty = t->dirty;
	s->slot = &t->b->insns[k];
	s->copy = handler_copy(t, k);
	return s;
}
static void add_branch(struct slow *s, uint8_t *branch)
{
	if (s->nbranch == sizeof(s->branch) / sizeof(s->branch[0]))
		abort(); /* a translator bug */
	s->branch[s->nbranch++] = branch;
}

/* Every inline FP instruction starts here: FS must be Dirty and SD set
 * (then the interpreter's fp_set_dirty changes nothing); otherwise the
 * handler runs (illegal instruction when FS is Off). */
static struct slow *fp_begin(struct tr *t, unsigned k, uint64_t pc)
{
	struct emit *e = &t->e;
	ld64(e, RAX, RBX, OFF_MSTATUS);
	rol1(e, RAX); /* SD (bit 63) to bit 0, FS (bits 13-14) to 14-15 */
	alu_ri(e, false, ALU_AND, RAX, 0xc001);
	alu_ri(e, false, ALU_CMP, RAX, 0xc001);
	return add_call(t, k, jcc32(e, CC_NE), pc);
}

/* A single operand must be NaN-boxed (else the handler reads the
 * canonical NaN). */
static void fp_boxed(struct tr *t, struct slow *s, unsigned r)
{
	cmp_m32_i32(&t->e, RBX, OFF_F(r) + 4, -1);
	add_branch(s, jcc32(&t->e, CC_NE));
}

/* f[rd] = the single in the low 32 bits of eax (or a constant), boxed. */
static void fp_put_s(struct tr *t, unsigned rd)
{
	op_mem(&t->e, false, 0x89, RAX, RBX, OFF_F(rd));
	st32_i(&t->e, RBX, OFF_F(rd) + 4, -1);
}

/* Load MXCSR for rounding mode field rm (0..3, or 7: frm, which must be
 * 0..3 or the handler runs). */
static void fp_round(struct tr *t, struct slow *s, unsigned rm)
{
	struct emit *e = &t->e;
	if (rm == 7) {
		ld32(e, RAX, RBX, OFF_FRM);
		alu_ri(e, false, ALU_CMP, RAX, 3);
		add_branch(s, jcc32(e, CC_A));
		shift_ri(e, false, SH_SHL, RAX, 2);
		mov_ri(e, RCX, (uint64_t)(uintptr_t)jit_mxcsr_rm);
		alu_rr(e, true, ALU_ADD, RAX, RCX);
	} else {
		mov_ri(e, RAX, (uint64_t)(uintptr_t)&jit_mxcsr_rm[rm]);
	}
	mxcsr(e, true, RAX, 0);
}

/* fflags |= the flags MXCSR collected (through [rsp], the entry code's
 * alignment slot). */
static void fp_flags(struct tr *t)
{
	struct emit *e = &t->e;
	mxcsr(e, false, RSP, 0);
	ld32(e, RAX, RSP, 0);
	alu_ri(e, false, ALU_AND, RAX, 63);
	mov_ri(e, RCX, (uint64_t)(uintptr_t)jit_mxcsr_fflags);
	ld_sib(e, 1, false, RAX, RCX, RAX);
	op_mem(e, false, 0x09, RAX, RBX, OFF_FFLAGS); /* or [fflags], eax */
}

/* f[rd] = xmm0 (the result of an arithmetic instruction run after
 * fp_round), fflags |= its flags, a NaN made canonical. */
static void fp_result(struct tr *t, bool dbl, unsigned rd)
{
	struct emit *e = &t->e;
	uint8_t pfx = dbl ? PFX_F2 : PFX_F3;
	sse_rm(e, pfx, SSE_MOV_STORE, 0, RBX, OFF_F(rd));
	if (!dbl)
		st32_i(e, RBX, OFF_F(rd) + 4, -1);
	/* Reading MXCSR back costs more than the rest: skip it, as the
	 * interpreter does (fpu_hw_merge_*), when it cannot change fflags: NX
	 * already set and a result strictly between the minimum normal and the
	 * maximum finite magnitude (no NV, DZ, OF or UF result lies there; nor
	 * a NaN, which needs no canonicalizing then). */
	test_m8_i8(e, RBX, OFF_FFLAGS, FFLAG_NX);
	uint8_t *read = jcc32(e, CC_E);
	movq_rx(e, dbl, RAX, 0);
	if (dbl) {
		shift_ri(e, true, SH_SHL, RAX, 1); /* the magnitude, doubled */
		mov_ri(e, RCX, 2 * 0x0010000000000001ull);
		alu_rr(e, true, ALU_SUB, RAX, RCX);
		mov_ri(e, RCX, 2 * (0x7fefffffffffffffull - 0x0010000000000001ull));
		alu_rr(e, true, ALU_CMP, RAX, RCX);
	} else {
		alu_ri(e, false, ALU_AND, RAX, 0x7fffffff);
		alu_ri(e, false, ALU_SUB, RAX, 0x00800001);
		alu_ri(e, false, ALU_CMP, RAX, 0x7f7fffff - 0x00800001);
	}
	uint8_t *normal = jcc32(e, CC_B);
	patch32(read, e->p);
	fp_flags(t);
	sse_rr(e, dbl ? PFX_66 : PFX_NONE, SSE_UCOMI, 0, 0); /* a NaN result: unordered */
	uint8_t *num = jcc32(e, CC_NP);
	if (dbl) {
		mov_ri(e, RAX, F64_CANON_NAN);
		st64(e, RAX, RBX, OFF_F(rd));
	} else {
		st32_i(e, RBX, OFF_F(rd), (int32_t)F32_CANON_NAN);
	}
	patch32(num, e->p);
	patch32(normal, e->p);
}

/* FADD/FSUB/FMUL/FDIV/FSQRT.{S,D} with rounding mode field rm. */
static bool emit_fp_arith(struct tr *t, unsigned k, uint32_t raw, uint64_t pc, uint8_t opc)
{
	struct emit *e = &t->e;
	bool dbl = (raw >> 25) & 1;
	unsigned rm = rv_funct3(raw), rd = rv_rd(raw), rs1 = rv_rs1(raw), rs2 = rv_rs2(raw);
	if (rm == FPU_RMM)
		return false; /* no host mode: the handler's soft path */
	uint8_t pfx = dbl ? PFX_F2 : PFX_F3;
	struct slow *s = fp_begin(t, k, pc);
	if (!dbl) {
		fp_boxed(t, s, rs1);
		if (opc != SSE_SQRT)
			fp_boxed(t, s, rs2);
	}
	fp_round(t, s, rm);
	if (opc == SSE_SQRT) {
		sse_rm(e, pfx, SSE_SQRT, 0, RBX, OFF_F(rs1));
	} else {
		sse_rm(e, pfx, SSE_MOV_LOAD, 0, RBX, OFF_F(rs1));
		sse_rm(e, pfx, opc, 0, RBX, OFF_F(rs2));
	}
	fp_result(t, dbl, rd);
	s->resume = e->p;
	return true;
}

/* FEQ (ucomis: invalid only for signaling NaNs), FLT and FLE (comis:
 * invalid for any NaN); ordered operands raise no flag (DE is not one), a
 * NaN goes to the handler. */
static bool emit_fp_cmp(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc)
{
	struct emit *e = &t->e;
	bool dbl = (raw >> 25) & 1;
	unsigned f3 = rv_funct3(raw), rs1 = rv_rs1(raw), rs2 = rv_rs2(raw);
	struct slow *s = fp_begin(t, k, pc);
	if (!dbl) {
		fp_boxed(t, s, rs1);
		fp_boxed(t, s, rs2);
	}
	sse_rm(e, dbl ? PFX_F2 : PFX_F3, SSE_MOV_LOAD, 0, RBX, OFF_F(rs1));
	sse_rm(e, dbl ? PFX_66 : PFX_NONE, f3 == 2 ? SSE_UCOMI : SSE_COMI, 0, RBX, OFF_F(rs2));
	add_branch(s, jcc32(e, CC_P));
	if (i->rd != 32) {
		setcc_zx(e, f3 == 2 ? CC_E : f3 == 1 ? CC_B : CC_BE, RAX);
		put_x(t, RAX, i->rd);
	}
	s->resume = e->p;
	return true;
}

/* FSGNJ/FSGNJN/FSGNJX: bit operations on the raw values. */
static bool emit_fp_sgnj(struct tr *t, unsigned k, uint32_t raw, uint64_t pc)
{
	struct emit *e = &t->e;
	bool dbl = (raw >> 25) & 1, w = dbl;
	unsigned f3 = rv_funct3(raw), rd = rv_rd(raw), rs1 = rv_rs1(raw), rs2 = rv_rs2(raw);
	unsigned top = dbl ? 63 : 31;
	struct slow *s = fp_begin(t, k, pc);
	if (!dbl) {
		fp_boxed(t, s, rs1);
		fp_boxed(t, s, rs2);
	}
	op_mem(e, w, 0x8b, RAX, RBX, OFF_F(rs1));
	op_mem(e, w, 0x8b, RCX, RBX, OFF_F(rs2));
	if (f3 == 1)
		not_r(e, w, RCX);
	shift_ri(e, w, SH_SHR, RCX, (uint8_t)top); /* rcx = the sign bit alone */
	shift_ri(e, w, SH_SHL, RCX, (uint8_t)top);
	if (f3 == 2) {
		alu_rr(e, w, ALU_XOR, RAX, RCX);
	} else {
		shift_ri(e, w, SH_SHL, RAX, 1); /* clear rs1's sign */
		shift_ri(e, w, SH_SHR, RAX, 1);
		alu_rr(e, w, ALU_OR, RAX, RCX);
	}
	if (dbl)
		st64(e, RAX, RBX, OFF_F(rd));
	else
		fp_put_s(t, rd);
	s->resume = e->p;
	return true;
}

/* FMV.X.W/FMV.X.D (f3 0, funct7 0x70/0x71) and FMV.W.X/FMV.D.X (0x78/0x79). */
static bool emit_fp_mv(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc,
		       bool to_x)
{
	struct emit *e = &t->e;
	bool dbl = (raw >> 25) & 1;
	unsigned rd = rv_rd(raw), rs1 = rv_rs1(raw);
	struct slow *s = fp_begin(t, k, pc);
	if (to_x) {
		if (i->rd != 32) {
			/* FMV.X.W: the low 32 bits as they are, sign-extended */
			op_mem(e, true, dbl ? 0x8b : 0x63, RAX, RBX, OFF_F(rs1));
			put_x(t, RAX, i->rd);
		}
	} else {
		get_x(t, RAX, rs1, dbl);
		if (dbl)
			st64(e, RAX, RBX, OFF_F(rd));
		else
			fp_put_s(t, rd);
	}
	s->resume = e->p;
	return true;
}

/* FLW/FLD/FSW/FSD: the TLB fast path; a miss runs the handler. */
static bool emit_fp_mem(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc,
			bool store)
{
	struct emit *e = &t->e;
	unsigned size = rv_funct3(raw) == 3 ? 8 : 4;
	struct slow *s = fp_begin(t, k, pc);
	add_branch(s, tlb_lookup(t, store, i, i->imm, size));
	if (store) {
		op_mem(e, size == 8, 0x8b, RCX, RBX, OFF_F(rv_rs2(raw)));
		st_sib(e, size, RCX, RSI, RAX);
	} else {
		unsigned rd = rv_rd(raw);
		ld_sib(e, size, false, RCX, RSI, RAX);
		if (size == 8) {
			st64(e, RCX, RBX, OFF_F(rd));
		} else {
			op_mem(e, false, 0x89, RCX, RBX, OFF_F(rd));
			st32_i(e, RBX, OFF_F(rd) + 4, -1);
		}
	}
	s->resume = e->p;
	return true;
}

/* FMADD/FMSUB/FNMSUB/FNMADD.{S,D} with the host's FMA3 (when it has it):
 * vfmadd/vfmsub/vfnmadd/vfnmsub213 compute +-(rs1 * rs2) +- rs3 with one
 * rounding, as the interpreter's fma() on sign-flipped operands. A NaN
 * result goes to the handler, which raises NV for inf * 0 even when rs3 is
 * a quiet NaN. */
static bool emit_fp_fma(struct tr *t, unsigned k, uint32_t raw, uint64_t pc)
{
	struct emit *e = &t->e;
	bool dbl = (raw >> 25) & 1;
	unsigned rm = rv_funct3(raw), rd = rv_rd(raw), rs1 = rv_rs1(raw), rs2 = rv_rs2(raw);
	unsigned rs3 = raw >> 27;
	if (!t->j->fma || rm == FPU_RMM)
		return false;
	/* FMADD, FMSUB, FNMSUB, FNMADD -> vfmadd, vfmsub, vfnmadd, vfnmsub */
	static const uint8_t opc[4] = {0xa9, 0xab, 0xad, 0xaf};
	uint8_t pfx = dbl ? PFX_F2 : PFX_F3;
	struct slow *s = fp_begin(t, k, pc);
	if (!dbl) {
		fp_boxed(t, s, rs1);
		fp_boxed(t, s, rs2);
		fp_boxed(t, s, rs3);
	}
	fp_round(t, s, rm);
	sse_rm(e, pfx, SSE_MOV_LOAD, 0, RBX, OFF_F(rs1));
	sse_rm(e, pfx, SSE_MOV_LOAD, 1, RBX, OFF_F(rs2));
	vfma213_m(e, dbl, opc[((raw & 0x7f) - 0x43) >> 2], 0, 1, RBX, OFF_F(rs3));
	sse_rr(e, dbl ? PFX_66 : PFX_NONE, SSE_UCOMI, 0, 0);
	add_branch(s, jcc32(e, CC_P));
	fp_result(t, dbl, rd);
	s->resume = e->p;
	return true;
}

/* OP-FP: the inline subset; false for the rest (FMIN/FMAX, FCLASS,
 * conversions, RMM: their handlers). */
static bool emit_op_fp(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc)
{
	unsigned f7 = rv_funct7(raw), f3 = rv_funct3(raw);
	switch (f7 >> 2) {
	case 0x00:
		return emit_fp_arith(t, k, raw, pc, SSE_ADD);
	case 0x01:
		return emit_fp_arith(t, k, raw, pc, SSE_SUB);
	case 0x02:
		return emit_fp_arith(t, k, raw, pc, SSE_MUL);
	case 0x03:
		return emit_fp_arith(t, k, raw, pc, SSE_DIV);
	case 0x0b:
		return emit_fp_arith(t, k, raw, pc, SSE_SQRT);
	case 0x04:
		return emit_fp_sgnj(t, k, raw, pc);
	case 0x14:
		return emit_fp_cmp(t, k, i, raw, pc);
	case 0x1c:
		return f3 == 0 && emit_fp_mv(t, k, i, raw, pc, true);
	case 0x1e:
		return emit_fp_mv(t, k, i, raw, pc, false);
	}
	return false;
}

/* ---- AMOs with host atomics ----
 * AMOSWAP/AMOADD/AMOXOR/AMOAND/AMOOR.{W,D} on the store TLB's fast path:
 * an entry there is writable RAM without code, watch or dirty-log marks,
 * where the handler's mem_amo_ptr would give the same pointer and note
 * nothing, and its alignment bits make a misaligned address miss. The
 * locked x86 instructions are sequentially consistent, like the
 * interpreter's __atomic builtins, so harts mixing both engines stay
 * atomic against each other. A miss runs the handler (faults, MMIO, code
 * pages, misalignment). LR/SC and AMOMIN/MAX stay handlers: the
 * reservation is the interpreter's. */
static bool emit_amo(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc)
{
	struct emit *e = &t->e;
	unsigned f3 = rv_funct3(raw), f5 = raw >> 27;
	if ((f3 != 2 && f3 != 3) || (f5 != 0 && f5 != 1 && f5 != 4 && f5 != 8 && f5 != 12))
		return false;
	bool w = f3 == 3;
	unsigned size = w ? 8 : 4;
	struct slow *s = add_call(t, k, tlb_lookup(t, true, i, 0, size), pc);
	lea_sib(e, RSI, RSI, RAX); /* the host address */
	get_x(t, RCX, i->rs2, w);
	unsigned res = RCX;
	if (f5 == 1) {
		xchg_m(e, w, RCX, RSI);
	} else if (f5 == 0) {
		lock_xadd_m(e, w, RCX, RSI);
	} else {
		/* fetch-and-op: a compare-exchange loop, with rdx (maybe a
		 * block local) saved on the stack */
		unsigned alu = f5 == 4 ? ALU_XOR : f5 == 8 ? ALU_OR : ALU_AND;
		push_r(e, RDX);
		op_mem(e, w, 0x8b, RAX, RSI, 0);
		uint8_t *again = e->p;
		alu_rr(e, w, 0x11, RDX, RAX); /* mov */
		alu_rr(e, w, alu, RDX, RCX);
		lock_cmpxchg_m(e, w, RDX, RSI);
		patch32(jcc32(e, CC_NE), again);
		pop_r(e, RDX);
		res = RAX;
	}
	if (i->rd != 32) {
		if (!w)
			movsxd_rr(e, res, res);
		put_x(t, res, i->rd);
	}
	s->resume = e->p;
	return true;
}

/* Translate instruction k natively; false when it needs its handler. */
static bool emit_native(struct tr *t, unsigned k, uint64_t pc)
{
	struct emit *e = &t->e;
	struct block *b = t->b;
	const struct insn *i = &b->insns[k];
	if (i->fn == insn_illegal_fn())
		return false;
	uint32_t raw = i->len == 2 ? rvc_expand((uint16_t)i->raw) : i->raw;
	unsigned f3 = rv_funct3(raw);
	switch (raw & 0x7f) {
	case 0x37: /* LUI */
		if (i->rd != 32)
			put_x_imm(t, i->rd, i->imm);
		return true;
	case 0x17: /* AUIPC */
		if (i->rd != 32) {
			mov_ri(e, RAX, pc + (uint64_t)(int64_t)i->imm);
			put_rd(t, i);
		}
		return true;
	case 0x13:
		return emit_op_imm(t, i, raw, false);
	case 0x1b:
		return emit_op_imm(t, i, raw, true);
	case 0x33:
		return emit_op(t, i, raw, false);
	case 0x3b:
		return emit_op(t, i, raw, true);
	case 0x63: { /* BRANCH: taken leaves the block */
		static const int ccs[8] = {CC_E, CC_NE, -1, -1, CC_L, CC_GE, CC_B, CC_AE};
		if (ccs[f3] < 0)
			return false;
		int c1 = hreg(t, i->rs1);
		if (c1 >= 0) {
			alu_x(t, true, ALU_CMP, (unsigned)c1, i->rs2);
		} else {
			get_x(t, RAX, i->rs1, true);
			alu_x(t, true, ALU_CMP, RAX, i->rs2);
		}
		uint8_t *skip = jcc32(e, (unsigned)ccs[f3] ^ 1);
		exit_to(t, k + 1, false, pc + (uint64_t)(int64_t)i->imm, &b->insns[k]);
		patch32(skip, e->p);
		return true;
	}
	case 0x6f: /* JAL */
		if (i->rd != 32) {
			mov_ri(e, RAX, pc + i->len);
			put_rd(t, i);
		}
		exit_to(t, k + 1, false, pc + (uint64_t)(int64_t)i->imm, &b->insns[k]);
		return true;
	case 0x67: /* JALR: the target is computed before rd is written */
		get_x(t, RCX, i->rs1, true);
		if (i->imm)
			alu_ri(e, true, ALU_ADD, RCX, i->imm);
		alu_ri(e, true, ALU_AND, RCX, -2);
		if (i->rd != 32) {
			mov_ri(e, RAX, pc + i->len);
			put_rd(t, i);
		}
		exit_to(t, k + 1, true, 0, &b->insns[k]);
		return true;
	case 0x03: { /* LOAD */
		if (f3 == 7)
			return false;
		unsigned size = 1u << (f3 & 3);
		bool sign = f3 < 3;
		struct slow *s = emit_tlb(t, SLOW_LOAD, i, size, pc, k);
		s->sign = sign;
		s->reg = i->rd;
		int c = hreg(t, i->rd);
		if (c >= 0) {
			ld_sib(e, size, sign, (unsigned)c, RSI, RAX);
			t->dirty |= 1u << t->slot_of[i->rd];
		} else {
			ld_sib(e, size, sign, RCX, RSI, RAX);
			put_x(t, RCX, i->rd);
		}
		s->resume = e->p;
		return true;
	}
	case 0x23: { /* STORE */
		if (f3 > 3)
			return false;
		unsigned size = 1u << f3;
		struct slow *s = emit_tlb(t, SLOW_STORE, i, size, pc, k);
		s->reg = i->rs2;
		int c = hreg(t, i->rs2);
		if (c >= 0) {
			st_sib(e, size, (unsigned)c, RSI, RAX);
		} else {
			get_x(t, RCX, i->rs2, true);
			st_sib(e, size, RCX, RSI, RAX);
		}
		s->resume = e->p;
		return true;
	}
	case 0x07: /* FLW, FLD (valid encodings only reach here) */
		return emit_fp_mem(t, k, i, raw, pc, false);
	case 0x27: /* FSW, FSD */
		return emit_fp_mem(t, k, i, raw, pc, true);
	case 0x53:
		return emit_op_fp(t, k, i, raw, pc);
	case 0x2f:
		return emit_amo(t, k, i, raw, pc);
	case 0x43:
	case 0x47:
	case 0x4b:
	case 0x4f:
		return emit_fp_fma(t, k, raw, pc);
	case 0x0f: /* FENCE: x86 only reorders a store before a later load */
		if (f3 != 0)
			return false;
		if (((raw >> 24) & 1) && ((raw >> 21) & 1)) { /* PW and SR: mfence */
			e8(e, 0x0f);
			e8(e, 0xae);
			e8(e, 0xf0);
		}
		return true;
	}
	return false;
}

/* A handler returned NULL (it left the block): count what it retired and
 * return its exit's slot when it chose a chainable exit (insn_goto). */
static void emit_helper_exit(struct tr *t, const struct slow *s)
{
	struct emit *e = &t->e;
	ld32(e, RAX, RBX, OFF_BLK_RETIRED);
	op_mem(e, true, 0x01, RAX, RBX, OFF_INSTRET); /* add [instret], rax */
	alu_rr(e, false, ALU_XOR, RAX, RAX);
	alu_mi(e, ALU_CMP, RBX, OFF_LINK_SLOT, 0);
	uint8_t *none = jcc32(e, CC_E);
	mov_ri(e, RAX, (uint64_t)(uintptr_t)s->slot);
	patch32(none, e->p);
	leave(t);
}

static void emit_slow(struct tr *t, struct slow *s)
{
	struct emit *e = &t->e;
	for (unsigned k = 0; k < s->nbranch; k++)
		patch32(s->branch[k], e->p);
	if (s->kind != HELPER_EXIT)
		writeback(t, s->dirty);
	switch (s->kind) {
	case SLOW_LOAD:
		mov_rr(e, RDI, RBX);
		mov_ri(e, RDX, (uint64_t)s->size | (s->sign ? 16u : 0u) | (uint64_t)s->reg << 8);
		mov_ri(e, RCX, s->pc);
		mov_ri(e, R8, s->delta);
		call_abs(e, (const void *)jit_load_slow);
		break;
	case SLOW_STORE:
		mov_rr(e, RDI, RBX);
		ld64(e, RDX, RBX, OFF_X(s->reg));
		mov_ri(e, RCX, s->size);
		mov_ri(e, R8, s->pc);
		mov_ri(e, R9, s->delta);
		call_abs(e, (const void *)jit_store_slow);
		break;
	case SLOW_CALL: {
		/* The instruction's handler does all of it; instret is brought to
		 * the instruction for it and back to the fast path's count after. */
		if (s->delta)
			alu_mi(e, ALU_ADD, RBX, OFF_INSTRET, (int32_t)s->delta);
		mov_ri(e, RAX, s->pc);
		st64(e, RAX, RBX, OFF_PC);
		mov_ri(e, RSI, (uint64_t)(uintptr_t)s->copy);
		st64(e, RSI, RBX, OFF_BLK_INSNS);
		mov_rr(e, RDI, RBX);
		call_abs(e, (const void *)s->copy[0].fn);
		test_rr(e, true, RAX, RAX);
		uint8_t *cont = jcc32(e, CC_NE);
		emit_helper_exit(t, s);
		patch32(cont, e->p);
		if (s->delta)
			alu_mi(e, ALU_SUB, RBX, OFF_INSTRET, (int32_t)s->delta);
		reload(t, all_cached(t));
		patch32(jmp32(e), s->resume);
		return;
	}
	case HELPER_EXIT:
		emit_helper_exit(t, s);
		return;
	}
	/* Loads and stores: a nonzero result means the trap was taken. */
	test_rr(e, false, RAX, RAX);
	uint8_t *ok = jcc32(e, CC_E);
	alu_rr(e, false, ALU_XOR, RAX, RAX);
	leave(t);
	patch32(ok, e->p);
	/* The call clobbered the caller-saved host registers (their values
	 * are in h->x[]); a load's helper wrote x[rd]. */
	unsigned again = CALLER_SAVED_SLOTS;
	if (s->kind == SLOW_LOAD && s->reg < 32 && t->slot_of[s->reg] >= 0)
		again |= 1u << t->slot_of[s->reg];
	reload(t, again);
	patch32(jmp32(e), s->resume);
}

void *jit_translate(struct hart *h, struct block *b)
{
	struct jit *j = h->jit;
	if (!j->scratch) {
		j->scratch = malloc(sizeof(struct tr)); /* too large for a vCPU stack frame */
		if (!j->scratch) {
			fprintf(stderr, "rvisor: JIT: cannot allocate the translator's state\n");
			abort();
		}
	}
	struct tr *tp = j->scratch;
#define t (*tp)
	t.j = j;
	t.b = b;
	t.synced = 0;
	t.nslow = 0;
	t.calls = false;
	t.genp = &h->bus->page_gen[bus_page_index(h->bus, b->pa)];
	t.e.start = t.e.p = j->rw + j->used;
	t.e.end = j->rw + j->size;
	struct emit *e = &t.e;

	choose_cached(&t);
	if (j->used == 0) { /* a fresh cache starts with the chaining code */
		uint8_t probe[256], *fail[4];
		struct emit pe = {probe, probe, probe + sizeof(probe)};
		emit_entry(&pe);
		patch32(jmp32(&pe), pe.p); /* entry code ends jumping over the check */
		j->entry_bytes = (size_t)(pe.p - probe);
		emit_chk(&t, &pe, fail);
		j->chk_bytes = (size_t)(pe.p - probe) - j->entry_bytes;
		j->chain = 0;
		uint8_t *ret_wb;
		j->ret = (size_t)(emit_chain(e, j->entry_bytes + j->chk_bytes, &ret_wb) - j->rw);
		j->chain_static = (size_t)(e->p - j->rw);
		emit_chain_static(&t, e, j->rw + j->chain, ret_wb);
		j->used = (size_t)((e->p - e->start + 15) & ~15);
		e->start = e->p = j->rw + j->used;
	}
	emit_entry(e);
	uint8_t *over = jmp32(e);
	t.chk = e->p;
	uint8_t *fail[4];
	emit_chk(&t, e, fail);
	t.body = e->p;
	patch32(over, t.body);
	reload(&t, all_cached(&t) & LOCAL_SLOTS);
	t.body_l = e->p;
	if ((size_t)(t.chk - e->start) != j->entry_bytes ||
	    (size_t)(t.body - t.chk) != j->chk_bytes)
		abort(); /* chained jumps skip exactly the entry code */
	for (unsigned k = 0; k < b->ninsn; k++) {
		uint64_t pc = b->vpc + b->insns[k].pc_off;
		if (!emit_native(&t, k, pc))
			emit_helper(&t, k, pc);
	}
	const struct insn *end = &b->insns[b->ninsn];
	exit_to(&t, b->ninsn, false, b->vpc + end->pc_off, (struct insn *)end);
	for (unsigned s = 0; s < t.nslow; s++)
		emit_slow(&t, &t.slow[s]);
	emit_chk_fail(&t, fail);

	size_t len = (size_t)(e->p - e->start);
	size_t limit = (size_t)b->ninsn * JIT_MAX_INSN_BYTES + 512;
	if (len > limit) {
		/* A translation larger than its instructions' worst case (a block
		 * of 256 of them may have written past the reserved room): a
		 * translator bug, not a guest condition. */
		fprintf(stderr, "rvisor: JIT: block at %#llx translated to %zu bytes (limit %zu)\n",
			(unsigned long long)b->vpc, len, limit);
		abort();
	}
#ifdef JIT_DUMP
	/* Developer aid (build with -DJIT_DUMP, run with --sandbox off):
	 * each translation's bytes into $JIT_DUMP_DIR/<vpc>-<host address>.bin,
	 * for objdump -D -b binary -mi386:x86-64. */
	if (getenv("JIT_DUMP_DIR")) {
		char fn[512];
		snprintf(fn, sizeof(fn), "%s/%llx-%p.bin", getenv("JIT_DUMP_DIR"),
			 (unsigned long long)b->vpc, (void *)(j->rx + (e->start - j->rw)));
		FILE *f = fopen(fn, "wb");
		if (f) {
			fwrite(e->start, 1, len, f);
			fclose(f);
		}
	}
#endif
	j->used = (j->used + len + 15) & ~(size_t)15;
	j->stat_translated++;
	return j->rx + (e->start - j->rw);
#undef t
}

#endif
