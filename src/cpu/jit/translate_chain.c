/* JIT: a translation's entry code, its exits, the check code patched exits
 * enter, and the chaining code shared by a code cache's translations. */
#include "cpu/jit/translate.h"

#include <stdlib.h>

#if defined(__x86_64__)

/* Entry from jit_run: save the callee-saved host registers, rbx = hart,
 * load the mapped guest registers. Chained jumps enter after it. */
void emit_entry(struct emit *e, const uint8_t map[NFIXED])
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
		ld64(e, cache_regs[s], RBX, OFF_X(map[s]));
	instret_load(e);
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
void exit_to(struct tr *t, unsigned retired, bool dynamic, uint64_t target, struct insn *slot)
{
	struct emit *e = &t->e;
	struct jit *j = t->j;
	/* The next block takes every register whole: sign-extend the pending
	 * ones (tr.sx) here, on the exit's path only (the not-taken path of
	 * a branch goes on with them pending). */
	unsigned sx = t->sx, s32 = t->s32;
	sx_flush(t, sx);
	/* Mapped registers stay in host registers: the chaining code writes
	 * them back only when it returns to jit_run. The block's locals go
	 * home here (the fall-through path keeps its own dirty set). */
	writeback(t, t->dirty & LOCAL_SLOTS);
	t->sx = sx;
	t->s32 = s32;
	if (retired != t->synced)
		alu_ri(e, true, ALU_ADD, RINSTRET, (int32_t)(retired - t->synced));
	if (!dynamic && target == t->b->vpc) {
		/* A loop onto this block: check inline and go back past the
		 * loads of its locals, which are still in rdx and rdi. */
		uint8_t *out[4];
		unsigned n = 0;
		limit_check(e);
		out[n++] = jcc32(e, CC_AE);
		/* The page generation and link epoch change only through C (this
		 * hart's handlers and slow paths: its stores to code pages, its
		 * fences and translation changes) or through another thread's
		 * store, which this hart must fence (an event) to be sure to see.
		 * Every call to C in a block is followed by emit_stale_check,
		 * which raises an event when they changed; so the events check
		 * above covers them too. */
		patch32(jmp32(e), t->body_l);
		for (unsigned k = 0; k < n; k++)
			patch32(out[k], here(e));
	}
	if (dynamic) {
		/* Its own copy of the jump-cache candidate, so that each
		 * indirect jump site has its own host indirect jump (and branch
		 * prediction); anything else goes to the shared chaining code. */
		uint8_t *next[8];
		unsigned m = 0;
		st64(e, RCX, RBX, OFF_PC);
		mov_ri(e, RAX, (uint64_t)(uintptr_t)slot);
		limit_check(e);
		next[m++] = jcc32(e, CC_AE);
		emit_jcache_load(e);
		emit_candidate(e, j->entry_bytes + j->chk_bytes, next, &m);
		for (unsigned k = 0; k < m; k++)
			patch32(next[k], here(e));
		patch32(jmp32(e), j->rw + j->chain);
		return;
	}
	lea_rip(e, RDX, 5);
	uint8_t *site = jmp32(e);
	e64(e, (uint64_t)(uintptr_t)slot);
	patch32(site, here(e));
	mov_ri(e, RCX, target);
	st64(e, RCX, RBX, OFF_PC);
	mov_ri(e, RAX, (uint64_t)(uintptr_t)slot);
	/* An exit to the same guest page gets patched past the next block's
	 * page generation and epoch checks: this block passed them (or was
	 * entered by the run loop, which checks both) in its own page, which
	 * is the next block's, and they change only through C, whose every
	 * call here is followed by emit_stale_check (an event then), or
	 * through other threads, whose changes this hart must fence (an
	 * event) to be sure to see. The same argument as a loop's back edge. */
	bool near = ((target ^ t->b->vpc) >> PAGE_SHIFT) == 0;
	patch32(jmp32(e), j->rw + (near ? j->chain_static_near : j->chain_static));
}

/* A translation's check code, entered by patched exits (rdx = the exit's
 * site): the chaining conditions that can change after the jump was
 * patched (this block's page generation and link epoch, then events and
 * budget). Exits from a block on the same guest page enter at the events
 * and budget check (returned: its offset in the check code), since
 * neither the page generation nor the epoch can have changed unseen
 * since the exiting block was entered (see exit_to). Fixed size: chained
 * entries find the body at entry + chk_bytes. */
size_t emit_chk(struct tr *t, struct emit *e, uint8_t *fail[CHK_FAILS])
{
	uint8_t *start = e->p;
	mov_ri64(e, RAX, (uint64_t)(uintptr_t)t->genp);
	cmp_m32_i32(e, RAX, 0, (int32_t)t->b->gen);
	fail[0] = jcc32(e, CC_NE);
	mov_ri64(e, RAX, (uint64_t)(uintptr_t)&t->b->epoch);
	ld32(e, RAX, RAX, 0);
	alu_rm(e, false, ALU_CMP, RAX, RBX, OFF_LINK_EPOCH);
	fail[1] = jcc32(e, CC_NE);
	size_t near = (size_t)(e->p - start);
	limit_check(e);
	fail[2] = jcc32(e, CC_AE);
	return near;
}

/* After a call to C returned into the block (rax free): when this block's
 * page generation or the link epoch changed (a store to code, a fence, a
 * translation change), raise EV_RELOOKUP on the hart, so that the block's
 * next exit, a loop onto itself included, returns to the run loop, which
 * looks the block up again (the event itself asks nothing more). A call of
 * the translation's one copy (emit_stale_sub): written out at each of its
 * slow paths, the check was 78 of their ~200 bytes, and translations of
 * kernel code averaged 1.9 KB. The return point counts as a jump target,
 * as the end of the check written out did (rax is clobbered). */
void emit_stale_check(struct tr *t)
{
	struct emit *e = &t->e;
	if (t->nstale_call >= sizeof(t->stale_call) / sizeof(t->stale_call[0]))
		abort(); /* more calls than slow paths and helpers: a translator bug */
	t->stale_call[t->nstale_call++] = call32(e);
	here(e);
}

/* The stale check's one copy, a subroutine after the translation's slow
 * paths, when anything calls it. */
void emit_stale_sub(struct tr *t)
{
	struct emit *e = &t->e;
	if (!t->nstale_call)
		return;
	uint8_t *sub = here(e);
	for (unsigned k = 0; k < t->nstale_call; k++)
		patch32(t->stale_call[k], sub);
	mov_ri(e, RAX, (uint64_t)(uintptr_t)t->genp);
	cmp_m32_i32(e, RAX, 0, (int32_t)t->b->gen);
	uint8_t *stale = jcc32(e, CC_NE);
	mov_ri(e, RAX, (uint64_t)(uintptr_t)&t->b->epoch);
	ld32(e, RAX, RAX, 0);
	alu_rm(e, false, ALU_CMP, RAX, RBX, OFF_LINK_EPOCH);
	uint8_t *fresh = jcc32(e, CC_E);
	patch32(stale, here(e));
	lock_or_m32_i8(e, RBX, OFF_EVENTS, EV_RELOOKUP);
	patch32(fresh, here(e));
	/* Any event (this one, or one the call raised on its own hart, which
	 * does not go through hart_raise) ends the run at the next check. */
	cmp_m32_0(e, RBX, OFF_EVENTS);
	uint8_t *none = jcc32(e, CC_E);
	st64_i(e, RBX, OFF_JIT_LIMIT, 0);
	patch32(none, here(e));
	e8(e, 0xc3); /* ret */
}

/* Where a failed check goes: the exit that jumped here continues as if
 * it had not been patched (h->pc = this block, rax = its slot). */
void emit_chk_fail(struct tr *t, uint8_t *fail[CHK_FAILS])
{
	struct emit *e = &t->e;
	for (unsigned k = 0; k < CHK_FAILS; k++)
		patch32(fail[k], here(e));
	ld64(e, RAX, RDX, 0);
	mov_ri(e, RCX, t->b->vpc);
	st64(e, RCX, RBX, OFF_PC);
	patch32(jmp32(e), t->j->rw + t->j->chain_static);
}

/* chain_static: a static exit's way on (rax = slot, rcx = h->pc = next pc,
 * rdx = the exit's site). When the exit's link may be chained to, patch
 * the exit's jump to the link's check code (at chk_off in it) and enter
 * its body; otherwise the shared chaining code decides. */
void emit_chain_static(struct tr *t, struct emit *e, uint8_t *to_chain, uint8_t *to_ret,
		       size_t chk_off)
{
	struct jit *j = t->j;
	uint8_t *dyn[6];
	unsigned n = 0;
	limit_check(e);
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
	/* The page generation, through the block's pointer to it. */
	ld64(e, RCX, RSI, (int32_t)offsetof(struct block, genp));
	ld32(e, RCX, RCX, 0);
	alu_rm(e, false, ALU_CMP, RCX, RSI, (int32_t)offsetof(struct block, gen));
	dyn[n++] = jcc32(e, CC_NE);
	/* Patch: rel32 at rdx - 4 (through the writable view) = chk - rdx. */
	ld64(e, RSI, RSI, (int32_t)offsetof(struct block, jit));
	alu_ri(e, true, ALU_ADD, RSI, (int32_t)(j->entry_bytes + chk_off));
	mov_rr(e, RCX, RSI);
	alu_rr(e, true, ALU_SUB, RCX, RDX);
	mov_ri(e, RDI, (uint64_t)(j->rw - j->rx));
	alu_rr(e, true, ALU_ADD, RDI, RDX);
	op_mem(e, false, 0x89, RCX, RDI, -4); /* mov [rdi - 4], ecx */
	alu_ri(e, true, ALU_ADD, RSI, (int32_t)(j->chk_bytes - chk_off));
	jmp_r(e, RSI);
	for (unsigned k = 0; k < n; k++)
		patch32(dyn[k], here(e));
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
	/* The page generation, through the block's pointer to it (rsi: the
	 * only scratch register left). */
	ld64(e, RSI, RDX, (int32_t)offsetof(struct block, genp));
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

uint8_t *emit_chain(struct emit *e, const uint8_t map[NFIXED], size_t body_off, uint8_t **ret_wb)
{
	uint8_t *out[16], *next[8];
	unsigned n = 0, m = 0;
	limit_check(e);
	out[n++] = jcc32(e, CC_AE);
	ld64(e, RDX, RAX, (int32_t)offsetof(struct insn, link));
	emit_candidate(e, body_off, next, &m);
	/* Second candidate: the jump cache's entry for the pc. */
	for (unsigned k = 0; k < m; k++)
		patch32(next[k], here(e));
	m = 0;
	emit_jcache_load(e);
	emit_candidate(e, body_off, next, &m);
	for (unsigned k = 0; k < m; k++)
		patch32(next[k], here(e));
	for (unsigned k = 0; k < n; k++)
		patch32(out[k], here(e));
	/* Back to jit_run: the guest registers go home first. */
	*ret_wb = e->p;
	for (unsigned s = 0; s < NFIXED; s++)
		st64(e, cache_regs[s], RBX, OFF_X(map[s]));
	instret_store(e);
	uint8_t *ret_at = e->p;
	epilogue(e); /* also the shared return of every translation (j->ret) */
	return ret_at;
}

#endif
