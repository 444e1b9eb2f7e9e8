/* JIT translator: one decoded block to x86-64 code (native integer ops, inline TLB loads/stores,
 * handler calls for the rest). */
#include "cpu/jit/translate.h"

#if defined(__x86_64__)

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "cpu/csr.h"
#include "cpu/fpu.h"

/* The stop entry after a handler's private copy: the handler's NEXT()
 * returns here, so exactly one instruction runs per call. */
static const struct insn *jit_stop(struct hart *h, const struct insn *i)
{
	(void)h;
	return i;
}

/* The fixed mapping; every mapped register may be dirty at a block's start
 * (a chained predecessor wrote it). */
static void choose_cached(struct tr *t)
{
	const uint8_t *map = t->j->map;
	memset(t->slot_of, -1, sizeof(t->slot_of));
	for (unsigned s = 0; s < NFIXED; s++) {
		t->slot_of[map[s]] = (int8_t)s;
		t->cached[s] = map[s];
	}
	t->ncached = NFIXED;
	/* The block-local ones: unmapped registers with the most uses by
	 * natively translated instructions (at least 3). */
	unsigned uses[33] = {0};
	unsigned naccess = jit_reg_uses(t->b, t->b->ninsn, uses);
	uses[0] = uses[32] = 0;
	for (unsigned s = 0; s < NFIXED; s++)
		uses[map[s]] = 0;
	/* The TLB base takes rdi from the second local when the block's
	 * accesses save more than that local would (each access saves one
	 * instruction; a local saves about one per use beyond its load and
	 * store). */
	unsigned second = 0, first = 0;
	for (unsigned r = 1; r < 32; r++) {
		if (uses[r] > uses[first]) {
			second = first;
			first = r;
		} else if (uses[r] > uses[second]) {
			second = r;
		}
	}
	t->tlb_reg = naccess > 0 && (uses[second] < 3 || naccess + 2 >= uses[second]);
	unsigned limit = t->tlb_reg ? NCACHE - 1 : NCACHE;
	while (t->ncached < limit) {
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

struct slow *add_slow(struct tr *t, unsigned kind, uint8_t *branch, uint64_t pc)
{
	struct slow *s = &t->slow[t->nslow++];
	memset(s, 0, sizeof(*s));
	s->sx = t->sx;
	s->pair_open = t->pair_open;
	s->kind = (uint8_t)kind;
	s->branch[0] = branch;
	s->nbranch = 1;
	s->pc = pc;
	return s;
}

/* Whether the value put_x left in rax for x[r] (fwd in translate.h) is
 * still there after native instruction i: i is one that keeps the page
 * state (so leaves rax alone), not an access (they keep the state by
 * replacing it through rax), and does not write x[r]. */
static bool forwards(const struct insn *i, unsigned r, bool keeps)
{
	uint32_t op = insn_raw32(i) & 0x7f;
	return keeps && op != 0x03 && op != 0x23 && i->rd != r;
}

/* A private copy {instruction k, stop} for a call of its handler (one per
 * instruction at most: jit_reserve counts two entries per instruction). */
struct insn *handler_copy(struct tr *t, unsigned k)
{
	struct jit *j = t->j;
	struct insn *copy = &j->copies[j->ncopies];
	j->ncopies += 2;
	copy[0] = t->b->insns[k];
	copy[0].pc_off = 0;
	copy[0].link = NULL;	    /* never chains inside the interpreter */
	insn_branch_exit(&copy[0]); /* alone in the copy: no target inside it */
	memset(&copy[1], 0, sizeof(copy[1]));
	copy[1].fn = jit_stop;
	return copy;
}

/* Call the interpreter's handler for instruction k. */
static void emit_helper(struct tr *t, unsigned k, uint64_t pc)
{
	struct emit *e = &t->e;
	const struct insn *i = &t->b->insns[k];
	struct insn *copy = handler_copy(t, k);

	writeback(t, t->dirty); /* the handler sees and may change every register */
	t->dirty = 0;
	sync_instret(t, k); /* CSR accesses to instret/cycle see the exact count */
	instret_store(e);
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
	after_call(t, t->pair_open);
	emit_stale_check(t);
}

/* A SLOW_CALL entry for instruction k (its handler, out of line); the
 * caller adds branches to it and sets its resume point. */
struct slow *add_call(struct tr *t, unsigned k, uint8_t *branch, uint64_t pc)
{
	struct slow *s = add_slow(t, SLOW_CALL, branch, pc);
	s->delta = k - t->synced;
	s->dirty = t->dirty;
	s->slot = &t->b->insns[k];
	s->copy = handler_copy(t, k);
	return s;
}
void add_branch(struct slow *s, uint8_t *branch)
{
	if (s->nbranch == sizeof(s->branch) / sizeof(s->branch[0]))
		abort(); /* a translator bug */
	s->branch[s->nbranch++] = branch;
}

/* The instruction a branch to a later one of its block goes on at
 * (insn_branch_inner), or -1. */
int inner_target(const struct block *b, unsigned k)
{
	int skip = insn_branch_skip(&b->insns[k]);
	return skip < 0 ? -1 : (int)k + 1 + skip;
}

/* t->join[]: the instructions a forward branch inside the block lands on. */
static void find_joins(struct tr *t)
{
	const struct block *b = t->b;
	memset(t->join, 0, sizeof(t->join[0]) * (b->ninsn + 1u));
	memset(t->join_dirty, 0, sizeof(t->join_dirty[0]) * (b->ninsn + 1u));
	t->nfwd_jump = 0;
	for (unsigned k = 0; k < b->ninsn; k++) {
		int m = inner_target(b, k);
		if (m > 0)
			t->join[m] = true;
	}
}

/* Instruction k is a join (t->join[k]): the fall-through brings instret
 * to k, the forward branches to it land here (join_at, patched once the
 * body is emitted), and what they may have left dirty is dirty here. */
static void emit_join(struct tr *t, unsigned k)
{
	sx_flush(t, t->sx); /* the branches to here left none pending */
	t->s32 = 0;
	sync_instret(t, k);
	t->join_at[k] = here(&t->e);
	t->dirty |= t->join_dirty[k];
	t->pg_valid = false;
}

/* Translate instruction k natively; false when it needs its handler. */
static bool emit_native(struct tr *t, unsigned k, uint64_t pc)
{
	struct emit *e = &t->e;
	struct block *b = t->b;
	const struct insn *i = &b->insns[k];
	if (i->fn == insn_illegal_fn())
		return false;
	uint32_t raw = insn_raw32(i);
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
		uint64_t target = pc + (uint64_t)(int64_t)i->imm;
		int inner = inner_target(b, k);
		/* A loop's back edge after part of the count was added (a branch
		 * inside the block came first) or with a local written: it stores
		 * the locals and adds the rest of the count before its compare,
		 * on both paths, and jumps past the loop head's count. */
		bool back = (int)k == t->loop_k && (t->synced != 0 || (t->dirty & LOCAL_SLOTS));
		bool leaves = inner > 0 && (int)k < t->loop_k && inner > t->loop_k;
		if ((inner > 0 && !leaves) || back) {
			/* instret up to the branch on both paths (find_joins); the
			 * add and stores leave a forwarded register as it was */
			bool fwd = e->p == t->fwd_at && e->label != t->fwd_at;
			if (back) {
				writeback(t, t->dirty & LOCAL_SLOTS);
				t->dirty &= ~LOCAL_SLOTS;
			}
			sync_instret(t, k + 1);
			if (fwd)
				t->fwd_at = e->p;
		}
		int c1 = hreg(t, i->rs1);
		unsigned a = (unsigned)c1;
		if (c1 < 0) {
			a = RAX;
			get_x(t, RAX, i->rs1, true);
		}
		bool w = !cmp32_ok(t, k); /* (translate_sx.c) */
		if (i->rs2 == 0)
			test_rr(e, w, a, a); /* BEQZ, BNEZ, BLTZ, BGEZ: as cmp with 0 */
		else
			alu_x(t, w, ALU_CMP, a, i->rs2);
		if (leaves) {
			struct slow *s = add_slow(t, SLOW_JOIN, jcc32(e, (unsigned)ccs[f3]), pc);
			s->delta = k + 1 - t->synced;
			s->join = (uint16_t)inner;
			t->join_dirty[inner] |= t->dirty;
			return true;
		}
		if (inner > 0) {
			t->fwd_jump[t->nfwd_jump].site = jcc32(e, (unsigned)ccs[f3]);
			t->fwd_jump[t->nfwd_jump++].to = (uint16_t)inner;
			t->join_dirty[inner] |= t->dirty;
			return true;
		}
		if ((int)k == t->loop_k) {
			/* the loop head counts the iteration and checks (the
			 * locals are stored: nothing to do before the jump); a
			 * back edge that counted and stored above skips the count */
			patch32(jcc32(e, (unsigned)ccs[f3]), back ? t->head_check : t->head);
			return true;
		}
		if (target == b->vpc) {
			/* A loop's back edge onto this block: its exit (the inline
			 * checks and the jump back) right here, jumped over when not
			 * taken, so a looping iteration takes one host jump, not an
			 * out-of-line exit and a jump back. */
			uint8_t *stay = jcc32(e, (unsigned)ccs[f3] ^ 1);
			exit_to(t, k + 1, false, target, &b->insns[k]);
			patch32(stay, here(e));
			return true;
		}
		struct slow *s = add_slow(t, SLOW_EXIT, jcc32(e, (unsigned)ccs[f3]), pc);
		s->delta = k + 1;
		s->target = target;
		s->slot = &b->insns[k];
		s->dirty = t->dirty;
		s->synced = t->synced;
		return true;
	}
	case 0x6f: /* JAL */
		if (i->rd != 32) {
			mov_ri(e, RAX, pc + i->len);
			put_rd(t, i);
		}
		if (i->fn == insn_jal_on_fn())
			return true; /* the block goes on at its target */
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
	case 0x03:
		return emit_load(t, i, f3, pc, k);
	case 0x23:
		return emit_store(t, i, f3, pc, k);
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
	patch32(none, here(e));
	leave(t);
}

static void emit_slow(struct tr *t, struct slow *s)
{
	struct emit *e = &t->e;
	for (unsigned k = 0; k < s->nbranch; k++)
		patch32(s->branch[k], here(e));
	t->sx = s->sx; /* writeback fills them in (the block's code is done) */
	if (s->kind == SLOW_REFILL) {
		emit_refill(t, s);
		return;
	}
	if (s->kind == SLOW_JOIN) {
		if (s->delta)
			alu_ri(e, true, ALU_ADD, RINSTRET, (int32_t)s->delta);
		patch32(jmp32(e), t->join_at[s->join]);
		return;
	}
	if (s->kind == SLOW_EXIT) {
		/* exit_to as it would have run inline at the branch */
		unsigned dirty = t->dirty, synced = t->synced;
		t->dirty = s->dirty;
		t->synced = s->synced;
		exit_to(t, s->delta, false, s->target, s->slot);
		t->dirty = dirty;
		t->synced = synced;
		return;
	}
	/* A load's or store's address, first: it may be in rdi, the first
	 * argument register, when that holds the guest register. */
	if ((s->kind == SLOW_LOAD || s->kind == SLOW_STORE) && s->va_disp)
		lea_rm(e, RSI, s->va, s->va_disp);
	else if ((s->kind == SLOW_LOAD || s->kind == SLOW_STORE) && s->va != RSI)
		mov_rr(e, RSI, s->va);
	if (s->kind != HELPER_EXIT) {
		writeback(t, s->dirty);
		instret_store(e); /* the count at the fast path's point (delta short) */
	}
	switch (s->kind) {
	case SLOW_LOAD:
		mov_rr(e, RDI, RBX);
		mov_ri(e, RDX, (uint64_t)s->size | (s->sign ? 16u : 0u) | (uint64_t)s->reg << 8);
		mov_ri(e, RCX, s->pc);
		mov_ri(e, R8, s->delta);
		call_rel(e, t->j->rw + t->j->load_slow);
		break;
	case SLOW_STORE:
		mov_rr(e, RDI, RBX);
		ld64(e, RDX, RBX, OFF_X(s->reg));
		mov_ri(e, RCX, s->size);
		mov_ri(e, R8, s->pc);
		mov_ri(e, R9, s->delta);
		call_rel(e, t->j->rw + t->j->store_slow);
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
		patch32(cont, here(e));
		if (s->delta)
			alu_mi(e, ALU_SUB, RBX, OFF_INSTRET, (int32_t)s->delta);
		reload(t, all_cached(t));
		after_call(t, s->pair_open);
		emit_stale_check(t);
		patch32(jmp32(e), s->resume);
		return;
	}
	case HELPER_EXIT:
		emit_helper_exit(t, s);
		return;
	}
	/* Loads and stores: a nonzero result means the trap was taken: back
	 * to jit_run with rax = 0 (the shared ret0). */
	test_rr(e, false, RAX, RAX);
	patch32(jcc32(e, CC_NE), t->j->rw + t->j->ret0);
	here(e);
	/* The call clobbered the caller-saved host registers (their values
	 * are in h->x[]); a load's helper wrote x[rd]. */
	unsigned again = CALLER_SAVED_SLOTS;
	if (s->kind == SLOW_LOAD && s->reg < 32 && t->slot_of[s->reg] >= 0)
		again |= 1u << t->slot_of[s->reg];
	reload(t, again);
	/* ... and an unmapped rd's value into rsi, where the fast path left
	 * it (emit_load lets the next instruction take it from there). */
	if (s->kind == SLOW_LOAD && t->slot_of[s->reg] < 0)
		ld64(e, RSI, RBX, OFF_X(s->reg));
	after_call(t, s->pair_open);
	emit_stale_check(t);
	/* The block's later accesses may use the page state (t->pg_*): the
	 * call left no page in rcx, so they look the TLB up again. */
	if (t->pg_used)
		mov_ri(e, RCX, PAGE_NONE);
	patch32(jmp32(e), s->resume);
}

/* The first conditional branch back to the block's start (a loop's back
 * edge), as emit_native translates it natively; -1 when there is none. */
int jit_find_loop(const struct block *b)
{
	for (unsigned k = 0; k < b->ninsn; k++) {
		const struct insn *i = &b->insns[k];
		uint32_t raw = insn_raw32(i);
		unsigned f3 = rv_funct3(raw);
		if ((raw & 0x7f) != 0x63 || i->fn == insn_illegal_fn() || f3 == 2 || f3 == 3)
			continue;
		if (b->vpc + i->pc_off + (uint64_t)(int64_t)i->imm == b->vpc)
			return (int)k;
	}
	return -1;
}

/* The page state through instructions 0..loop_k (the back edge), as
 * emit_load and emit_store leave it, without emitting. */
static void page_through_loop(struct tr *t)
{
	for (unsigned k = 0; k <= (unsigned)t->loop_k; k++) {
		const struct insn *i = &t->b->insns[k];
		uint32_t raw = insn_raw32(i);
		if (t->join[k] || !keeps_page(t, i, raw)) {
			t->pg_valid = false;
			continue;
		}
		bool store = (raw & 0x7f) == 0x23;
		if (store || (raw & 0x7f) == 0x03) /* a loop's block has no pairs (find_pairs) */
			page_after_access(t, i, store, page_reuse(t, i, store));
	}
}

/* Whether the loop's iterations pass the page state on through its back
 * edge, and if so, the state its body starts with (t->pg_*): the state an
 * iteration leaves, when an iteration started with it leaves one at least
 * as usable (a page, from the store TLB if it was). Then the block's entry
 * starts it as PAGE_NONE, so that the first iteration's accesses look the
 * TLB up, and each later one finds the last iteration's page in rcx. */
static bool loop_page(struct tr *t)
{
	t->pg_valid = false;
	if (t->loop_k < 0)
		return false;
	page_through_loop(t);
	if (!t->pg_valid)
		return false;
	bool store = t->pg_store;
	uint8_t base = t->pg_base;
	page_through_loop(t);
	bool carry = t->pg_valid && (t->pg_store || !store);
	t->pg_valid = carry;
	t->pg_store = store;
	t->pg_base = base;
	return carry;
}

/* A loop's head, after the loads of the locals: entered from the back
 * edge, it adds the iteration's count and checks events and budget (as a
 * loop's inline exit does); the block's entry jumps over it. A failed
 * check leaves as the back edge's exit would (a SLOW_EXIT whose count is
 * already in instret, no local dirty: the back edge uses the head only
 * then). */
static void emit_loop_head(struct tr *t, bool carry)
{
	struct emit *e = &t->e;
	struct block *b = t->b;
	unsigned n = (unsigned)t->loop_k + 1;
	if (carry) /* the page state starts as no page */
		mov_ri(e, RCX, PAGE_NONE);
	uint8_t *first = jmp32(e);
	t->head = here(e);
	alu_ri(e, true, ALU_ADD, RINSTRET, (int32_t)n);
	t->head_check = here(e);
	limit_check(e);
	uint8_t *limit = jcc32(e, CC_AE);
	patch32(first, here(e));
	struct slow *s = add_slow(t, SLOW_EXIT, limit, b->vpc + b->insns[t->loop_k].pc_off);
	s->delta = n;
	s->synced = n;
	s->dirty = FIXED_SLOTS;
	s->target = b->vpc;
	s->slot = &b->insns[t->loop_k];
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
	t.nstale_call = 0;
	t.genp = &h->bus->page_gen[bus_page_index(h->bus, b->pa)];
	t.e.start = t.e.p = j->rw + j->used;
	t.e.end = j->rw + j->size;
	t.e.label = NULL;
	t.fwd_at = NULL;
	t.sx = 0;
	t.s32 = 0;
	struct emit *e = &t.e;

	choose_cached(&t);
	if (j->used == 0) { /* a fresh cache: the chaining code first */
		uint8_t probe[256], *fail[CHK_FAILS];
		struct emit pe = {probe, probe, probe + sizeof(probe), NULL};
		emit_entry(&pe, j->map);
		patch32(jmp32(&pe), pe.p); /* entry code ends jumping over the check */
		j->entry_bytes = (size_t)(pe.p - probe);
		j->chk_near = emit_chk(&t, &pe, fail);
		j->chk_bytes = (size_t)(pe.p - probe) - j->entry_bytes;
		j->chain = 0;
		uint8_t *ret_wb;
		j->ret =
		    (size_t)(emit_chain(e, j->map, j->entry_bytes + j->chk_bytes, &ret_wb) - j->rw);
		j->chain_static = (size_t)(e->p - j->rw);
		emit_chain_static(&t, e, j->rw + j->chain, ret_wb, 0);
		j->chain_static_near = (size_t)(e->p - j->rw);
		emit_chain_static(&t, e, j->rw + j->chain, ret_wb, j->chk_near);
		j->ret0 = (size_t)(e->p - j->rw);
		alu_rr(e, false, ALU_XOR, RAX, RAX);
		patch32(jmp32(e), j->rw + j->ret);
		j->load_slow = (size_t)(e->p - j->rw);
		mov_ri(e, RAX, (uint64_t)(uintptr_t)jit_load_slow);
		jmp_r(e, RAX);
		j->store_slow = (size_t)(e->p - j->rw);
		mov_ri(e, RAX, (uint64_t)(uintptr_t)jit_store_slow);
		jmp_r(e, RAX);
		j->used = (size_t)((e->p - j->rw + 15) & ~15);
		e->start = e->p = j->rw + j->used;
	}
	emit_entry(e, j->map);
	uint8_t *over = jmp32(e);
	t.chk = e->p;
	uint8_t *fail[CHK_FAILS];
	emit_chk(&t, e, fail);
	t.body = here(e);
	patch32(over, t.body);
	reload(&t, all_cached(&t) & LOCAL_SLOTS);
	tlb_reg_load(&t);
	t.body_l = here(e);
	t.loop_k = jit_find_loop(b);
	find_joins(&t);
	find_pairs(&t);
	t.pair_open = false;
	bool carry = loop_page(&t);
	if (t.loop_k >= 0)
		emit_loop_head(&t, carry);
	if ((size_t)(t.chk - e->start) != j->entry_bytes ||
	    (size_t)(t.body - t.chk) != j->chk_bytes)
		abort(); /* chained jumps skip exactly the entry code */
	/* Page reuse only in loops, where it pays each iteration: elsewhere
	 * its out-of-line refills and slow paths that find the page again
	 * make translations larger than they save (inside Linux, 23 % more
	 * translations and 58 % more code-cache flushes with it everywhere). */
	t.pg_used = false;
	bool paired = false; /* instruction k was emitted with k - 1 (emit_shift_pair) */
	for (unsigned k = 0; k < b->ninsn; k++) {
		uint64_t pc = b->vpc + b->insns[k].pc_off;
		if (t.join[k])
			emit_join(&t, k);
		const struct insn *i = &b->insns[k];
		uint32_t raw = insn_raw32(i);
		bool keeps = keeps_page(&t, i, raw);
		if (t.loop_k < 0 || !keeps)
			t.pg_valid = false;
		/* a pending register is never what put_x stored from, so the
		 * sign extensions leave a forwarded register valid */
		bool fwd_ok = e->p == t.fwd_at && e->label != t.fwd_at;
		sx_flush(&t, sx_need(&t, k, raw));
		if (fwd_ok)
			t.fwd_at = e->p;
		unsigned rd_bit = slot_bit(&t, i->rd);
		enum sx_class res = sx_result(&t, k, raw);
		t.sx_new = false;
		bool fwd = e->p == t.fwd_at && e->label != t.fwd_at && t.fwd_host == RAX;
		if (paired)
			paired = false;
		else if ((paired = emit_shift_pair(&t, k)))
			;
		else if (!emit_native(&t, k, pc))
			emit_helper(&t, k, pc);
		if (fwd && e->p != t.fwd_at && forwards(i, t.fwd_r, keeps))
			t.fwd_at = e->p;
		t.sx &= ~rd_bit;
		t.s32 &= ~rd_bit;
		if (t.sx_new || res == SX_PENDING)
			t.sx |= rd_bit;
		else if (res == SX_S32)
			t.s32 |= rd_bit;
	}
	if (t.join[b->ninsn])
		emit_join(&t, b->ninsn);
	for (unsigned n = 0; n < t.nfwd_jump; n++)
		patch32(t.fwd_jump[n].site, t.join_at[t.fwd_jump[n].to]);
	const struct insn *end = &b->insns[b->ninsn];
	exit_to(&t, b->ninsn, false, b->vpc + end->pc_off, (struct insn *)end);
	for (unsigned s = 0; s < t.nslow; s++)
		emit_slow(&t, &t.slow[s]);
	emit_chk_fail(&t, fail);
	emit_stale_sub(&t);

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
	 * each translation's bytes into $JIT_DUMP_DIR/<vpc>-<host address>-<offset
	 * in the code memfd, as perf shows JIT samples>-<CLOCK_MONOTONIC ns>.bin,
	 * for objdump -D -b binary -mi386:x86-64. The time tells which of the
	 * translations a code-cache flush put at one address a perf sample
	 * (perf record -k CLOCK_MONOTONIC) hit: bench/cpu/jit_perf.py. */
	if (getenv("JIT_DUMP_DIR")) {
		char fn[512];
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		snprintf(fn, sizeof(fn), "%s/%llx-%p-%zx-%llu.bin", getenv("JIT_DUMP_DIR"),
			 (unsigned long long)b->vpc, (void *)(j->rx + (e->start - j->rw)),
			 (size_t)(e->start - j->rw),
			 (unsigned long long)now.tv_sec * 1000000000ull +
			     (unsigned long long)now.tv_nsec);
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
