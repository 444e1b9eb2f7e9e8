/* The JIT translator's internal interface, shared by translate*.c: the
 * hart field offsets host code uses, the guest register cache, the
 * translation state, and the per-group emitters. Not for use outside
 * src/cpu/jit. */
#ifndef RVISOR_CPU_JIT_TRANSLATE_H
#define RVISOR_CPU_JIT_TRANSLATE_H

#include "cpu/jit/jit.h"

#if defined(__x86_64__)

#include <stddef.h>
#include <string.h>

#include "cpu/hart.h"
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
#define OFF_JIT_LIMIT ((int32_t)offsetof(struct hart, jit_limit))
#define OFF_LINK_EPOCH ((int32_t)offsetof(struct hart, link_epoch))
#define OFF_JCACHE ((int32_t)offsetof(struct hart, jcache))
#define OFF_JIT_PAIR ((int32_t)offsetof(struct hart, jit_pair))
#define OFF_F(r) ((int32_t)(offsetof(struct hart, f) + 8 * (unsigned)(r)))
#define OFF_MSTATUS ((int32_t)offsetof(struct hart, csr.mstatus))
#define OFF_FFLAGS ((int32_t)offsetof(struct hart, csr.fflags))
#define OFF_FRM ((int32_t)offsetof(struct hart, csr.frm))
/* Host registers that hold guest registers: a fixed mapping (j->map)
 * shared by every translation of a code cache, so chained blocks pass them
 * along in host registers. remap.c chooses the guest registers from where
 * the hart spends its time. Inside translated code the host register is
 * the truth; h->x[] is brought up to date before any call to C and before
 * returning to jit_run, and the host registers are reloaded after every
 * call. */
#define NFIXED JIT_NFIXED
/* Besides, each block keeps the two unmapped guest registers its native
 * instructions use most in rdx and rdi (free inside a block body): loaded
 * after the check code, stored when dirty at every exit and before calls. */
#define NLOCAL 2
#define NCACHE (NFIXED + NLOCAL)
static const unsigned cache_regs[NCACHE] = {RBP, R12, R13, R14, R15, R8, R9, R10, RDX, RDI};
#define FIXED_SLOTS 0xffu	  /* slots 0-7 */
#define LOCAL_SLOTS 0x300u	  /* slots 8-9: rdx, rdi */
#define CALLER_SAVED_SLOTS 0x3e0u /* r8-r10, rdx, rdi */
/* instret lives in r11 inside translated code, across chained blocks: the
 * exits add their counts to it and the checks compare it with next_check
 * without going through memory. h->instret is brought up to date before
 * every call to C and on the way back to jit_run; r11 is reloaded after
 * every call (the call may change instret: traps, CSR writes, and it
 * clobbers r11 anyway). */
#define RINSTRET R11
/* A block with loads or stores may give its second local register (rdi)
 * to the base of the load TLB (h->tlb_load) instead: loaded with the
 * locals, reloaded after every call to C (which may change the mode), so
 * that the lookup indexes it directly ([rdi + index]) rather than adding
 * the pointer from the hart at each access. The store TLB of the same mode
 * is at a fixed distance from it (mmu.c selects both arrays by one mode). */
#define RTLB RDI
#define TLB_STORE_DELTA ((int32_t)(sizeof(struct tlb_entry) * TLB_SIZE * TLBM_COUNT))
_Static_assert(offsetof(struct hart, tlb[ACC_STORE][0]) - offsetof(struct hart, tlb[ACC_LOAD][0]) ==
		   (size_t)TLB_STORE_DELTA,
	       "the store TLB of a mode is TLB_STORE_DELTA bytes after its load TLB");

_Static_assert(sizeof(struct tlb_entry) == 16 && offsetof(struct tlb_entry, addend) == 8,
	       "the inline TLB lookup scales the index by 16 and reads the addend at +8");
_Static_assert(TLB_BITS <= 20 && PAGE_SHIFT == 12,
	       "the inline TLB lookup takes the index from bits 12..31 of a 32-bit rotate");

/* Out-of-line code after the block: memory-access misses, handler exits,
 * and handler calls for the cases an inline instruction leaves to the
 * interpreter (SLOW_CALL: FS not dirty, an unboxed single, a dynamic
 * rounding mode the host lacks, a NaN compare, a TLB miss of an FP access
 * or an AMO). */
/* SLOW_EXIT: a taken conditional branch's exit, out of line so that the
 * not-taken path runs straight on (emitted with the translation state of
 * the branch). */
/* SLOW_REFILL: an access whose address left the page of the access before
 * it (t->pg_*): the full TLB lookup, back to the access on a hit, on to a
 * SLOW_LOAD/SLOW_STORE entry on a miss. */
/* SLOW_JOIN: a branch inside the block that leaves its loop (to after
 * the back edge): the taken path adds its count out of line, so that the
 * loop's iterations do not (see join below). */
enum { SLOW_LOAD, SLOW_STORE, HELPER_EXIT, SLOW_CALL, SLOW_EXIT, SLOW_REFILL, SLOW_JOIN };
struct slow {
	uint8_t kind;
	uint8_t size;
	bool sign;
	uint8_t reg;	    /* rd of a load, rs2 of a store */
	uint8_t va;	    /* loads, stores: the host register holding the address */
	int32_t va_disp;    /* ... plus this displacement */
	uint8_t nbranch;    /* rel32s that jump here */
	uint8_t *branch[6]; /* FMA.S: FS, three boxes, frm, a NaN result */
	uint8_t *resume;    /* where the fast path continues (loads, stores, calls) */
	uint8_t *back;	    /* SLOW_REFILL: the access instruction, entered with rax = addend */
	uint8_t access;	    /* SLOW_REFILL: SLOW_LOAD or SLOW_STORE */
	bool poison;	    /* SLOW_REFILL: then rcx = PAGE_NONE */
	bool pair_clear;    /* SLOW_REFILL of a paired load: h->jit_pair = 0 first */
	bool pair_open;	    /* a call here must clear h->jit_pair (tr.pair_of) */
	uint16_t join;	    /* SLOW_JOIN: the instruction it goes on at */
	uint64_t pc;
	uint32_t delta;	   /* instructions retired but not yet in instret */
	unsigned dirty;	   /* cache slots to store before calling C */
	unsigned sx;	   /* ... of which these are to be sign-extended first (tr.sx) */
	struct insn *slot; /* the instruction's slot (helper exits and calls, accesses) */
	struct insn *copy; /* calls: the handler's private copy */
	/* SLOW_EXIT: the branch target and the state exit_to needs (delta is
	 * the retired count there) */
	uint64_t target;
	unsigned synced;
};

struct tr {
	struct emit e;
	struct jit *j;
	struct block *b;
	unsigned synced;	/* instructions of the block already added to instret */
	uint8_t *chk;		/* the check code entered by patched exits */
	uint8_t *body;		/* after the entry and the check code */
	uint8_t *body_l;	/* after the loads of the block's locals */
	int loop_k;		/* the loop's back edge (a branch to the block's start), or -1 */
	uint8_t *head;		/* where that back edge goes: count, checks, the body */
	uint8_t *head_check;	/* ... past the count: for a back edge that added it */
	int8_t slot_of[33];	/* guest register -> cache slot, or -1 */
	uint8_t cached[NCACHE]; /* cache slot -> guest register */
	unsigned ncached;
	unsigned dirty; /* cache slots written since they were last stored */
	/* Lazy sign extension: cache slots whose host register holds a
	 * 32-bit operation's result with its upper half not yet filled in
	 * (x86 zeroes it): the guest value is the low half sign-extended.
	 * The movsxd is left out where the next readers of the register take
	 * only its low half (32-bit operations, narrow stores, shifts left by
	 * 32 or more) or overwrite it, and emitted before anything else reads
	 * it (sx_need) and by writeback (slow paths, calls). None is pending
	 * at a join, the loop head or an exit: the state there is the
	 * interpreter's (a branch out of the block extends them on its exit
	 * path only). put_x, writing a register whole, clears its mark.
	 * sx_new: the instruction just emitted left its rd pending
	 * (done_rd). Always a subset of dirty. */
	unsigned sx;
	bool sx_new;
	/* Cache slots known to hold exactly a sign-extended 32-bit value (a
	 * narrow load's, a 32-bit operation's once extended, LUI's, a
	 * comparison's): a SEXT.W of one is a plain move, and logic
	 * operations and branches treat it as they treat a pending one
	 * (translate_sx.c). Forgotten at joins. */
	unsigned s32;
	bool tlb_reg;		      /* RTLB holds h->tlb_load (not a local) */
	const _Atomic uint32_t *genp; /* the block's page generation */
	/* The page state: while valid, rcx holds a page (a TLB tag: a hit
	 * leaves the masked address there) or PAGE_NONE, and rax that page's
	 * addend. An integer access off the same mapped base register as the
	 * access that found it compares its masked address with rcx (and,
	 * cmp, jne) instead of looking the TLB up. Native instructions that
	 * leave rax and rcx alone keep it (keeps_page); anything else ends it.
	 * In a loop, the state at the back edge carries over to the next
	 * iteration (loop_page); the block's entry starts it as PAGE_NONE. */
	bool pg_valid;
	bool pg_store;	 /* from the store TLB: stores may use it too (loads always may) */
	uint8_t pg_base; /* the guest base register of the access that found it */
	bool pg_used;	 /* an access used it: slow paths leave rcx = PAGE_NONE */
	/* Load/store pairs: a load and a later store of the block to the same
	 * address (same base register, unchanged between them, same offset;
	 * the store no wider than the load) where every path to the store
	 * passes the load, as a probability update does (p = *a; ...; *a =
	 * p'). The load looks the store TLB up and leaves its addend in
	 * h->jit_pair, and the store uses it without a lookup; when the store
	 * TLB misses, the load takes the load TLB (its refill) and leaves 0
	 * there, and the store then looks up itself. Any call to C between
	 * them (a slow path, a handler) clears it, since C may change the
	 * TLB. pair_of[k]: the store of load k, or the load of store k, or
	 * -1. At most one pair open at a time (pair_open). */
	int16_t pair_of[JIT_BLOCK_MAX_INSNS];
	bool pair_open;
	/* Store forwarding: put_x just stored host register fwd_host into
	 * unmapped x[fwd_r], and the store ends at fwd_at. While nothing has
	 * been emitted since (e.p == fwd_at) and no jump lands there
	 * (e.label != fwd_at), the register still holds x[fwd_r]: a read of
	 * it that follows at once takes the register instead of reloading
	 * the value just stored (a store-to-load forwarding round trip, ~5
	 * cycles on the dependency chain, for each result that passes
	 * through an unmapped register). When that register is rax, the
	 * native instructions that leave rax alone (forwards, translate.c)
	 * move fwd_at past their code, so a read a few instructions later
	 * still takes it. */
	uint8_t fwd_r, fwd_host;
	const uint8_t *fwd_at;
	/* Forward branches inside the block: a conditional branch whose
	 * target is a later instruction of the block (the skip over an `if`
	 * body) jumps to that instruction's code instead of leaving the
	 * block. Both paths bring instret up to date before the join (the
	 * branch before its compare, the fall-through at the join), so that
	 * after it instret counts from the join's index whichever path came.
	 * join_dirty[m]: the dirty slots of the branches to instruction m
	 * (the fall-through's are added: a slot stored while clean writes the
	 * value memory has). The page state ends at a join. A branch out of
	 * the block's loop (its target past the back edge) adds its count out
	 * of line instead (SLOW_JOIN): inside a loop the add on the not-taken
	 * path would run every iteration, a second add on instret's chain
	 * beside the back edge's. */
	bool join[JIT_BLOCK_MAX_INSNS + 1];
	unsigned join_dirty[JIT_BLOCK_MAX_INSNS + 1];
	uint8_t *join_at[JIT_BLOCK_MAX_INSNS + 1]; /* a join's code, once emitted */
	struct {
		uint8_t *site; /* rel32 of the jcc */
		uint16_t to;
	} fwd_jump[JIT_BLOCK_MAX_INSNS];
	unsigned nfwd_jump;
	unsigned nslow;
	/* at most two per instruction (an access's refill and its slow path)
	 * and the loop head's */
	struct slow slow[2 * JIT_BLOCK_MAX_INSNS + 1];
	/* The calls of the translation's stale check (emit_stale_check: one
	 * after each helper call and each slow path), patched to its one copy
	 * at the translation's end (emit_stale_sub). */
	uint8_t *stale_call[3 * JIT_BLOCK_MAX_INSNS + 1];
	unsigned nstale_call;
};

/* ---- guest registers: a cache slot (host register) or h->x[] ---- */
static inline int hreg(const struct tr *t, unsigned r)
{
	return t->slot_of[r] >= 0 ? (int)cache_regs[t->slot_of[r]] : -1;
}
/* The host register that holds x[r] right now: its mapped one, or the
 * register put_x just stored it from (fwd); -1 when it is only in h->x[]. */
static inline int xreg(const struct tr *t, unsigned r)
{
	int c = hreg(t, r);
	if (c < 0 && r == t->fwd_r && t->e.p == t->fwd_at && t->e.label != t->fwd_at)
		c = t->fwd_host;
	return c;
}
/* dst = x[r] (64-bit, or its low 32 bits zero-extended) */
static inline void get_x(struct tr *t, unsigned dst, unsigned r, bool w)
{
	int c = xreg(t, r);
	if (c == (int)dst && w)
		return;
	if (r == 0)
		mov_ri(&t->e, dst, 0); /* not xor: flags may be live */
	else if (c >= 0)
		alu_rr(&t->e, w, 0x11, dst, (unsigned)c); /* mov */
	else if (w)
		ld64(&t->e, dst, RBX, OFF_X(r));
	else
		ld32(&t->e, dst, RBX, OFF_X(r));
}
/* dst = dst OP x[r] */
static inline void alu_x(struct tr *t, bool w, unsigned alu, unsigned dst, unsigned r)
{
	int c = xreg(t, r);
	if (c >= 0)
		alu_rr(&t->e, w, alu, dst, (unsigned)c);
	else
		alu_rm(&t->e, w, alu, dst, RBX, OFF_X(r));
}
/* x[r] = src */
static inline void put_x(struct tr *t, unsigned src, unsigned r)
{
	int c = hreg(t, r);
	if (c >= 0) {
		mov_rr(&t->e, (unsigned)c, src);
		t->dirty |= 1u << t->slot_of[r];
		t->sx &= ~(1u << t->slot_of[r]); /* written whole (tr.sx) */
	} else {
		st64(&t->e, src, RBX, OFF_X(r));
		t->fwd_r = (uint8_t)r;
		t->fwd_host = (uint8_t)src;
		t->fwd_at = t->e.p;
	}
}
/* x[r] = sign-extended imm */
static inline void put_x_imm(struct tr *t, unsigned r, int32_t imm)
{
	int c = hreg(t, r);
	if (c >= 0) {
		mov_ri(&t->e, (unsigned)c, (uint64_t)(int64_t)imm);
		t->dirty |= 1u << t->slot_of[r];
		t->sx &= ~(1u << t->slot_of[r]); /* written whole (tr.sx) */
	} else {
		st64_i(&t->e, RBX, OFF_X(r), imm);
	}
}
/* Fill in the upper halves of the pending slots in mask (tr.sx). */
static inline void sx_flush(struct tr *t, unsigned mask)
{
	mask &= t->sx;
	for (unsigned s = 0; s < t->ncached; s++)
		if (mask & (1u << s))
			movsxd_rr(&t->e, cache_regs[s], cache_regs[s]);
	t->sx &= ~mask;
	t->s32 |= mask;
}
/* OP-IMM (w32 false) or OP-IMM-32 in a base encoding, as emit_op_imm
 * translates it natively; the other funct6/funct7 values are bitmanip
 * (SLLI.UW, CLZ, RORI, ...), left to their handlers. */
static inline bool op_imm_base(uint32_t raw, bool w32)
{
	unsigned f3 = rv_funct3(raw), f6 = raw >> 26, f7 = rv_funct7(raw);
	if (w32)
		return f3 == 0 || (f3 == 1 && f7 == 0) || (f3 == 5 && (f7 == 0 || f7 == 0x20));
	return (f3 != 1 && f3 != 5) || (f3 == 1 && f6 == 0) || (f3 == 5 && (f6 == 0 || f6 == 0x10));
}
/* The cache slot bit of guest register r (0 when it has none). */
static inline unsigned slot_bit(const struct tr *t, unsigned r)
{
	return r < 32 && t->slot_of[r] >= 0 ? 1u << t->slot_of[r] : 0;
}
static inline void writeback(struct tr *t, unsigned mask)
{
	sx_flush(t, mask);
	for (unsigned s = 0; s < t->ncached; s++)
		if (mask & (1u << s))
			st64(&t->e, cache_regs[s], RBX, OFF_X(t->cached[s]));
}
static inline void reload(struct tr *t, unsigned mask)
{
	for (unsigned s = 0; s < t->ncached; s++)
		if (mask & (1u << s))
			ld64(&t->e, cache_regs[s], RBX, OFF_X(t->cached[s]));
}
static inline unsigned all_cached(const struct tr *t)
{
	return (1u << t->ncached) - 1;
}

/* Bring instret up to `k` instructions of this block. */
static inline void sync_instret(struct tr *t, unsigned k)
{
	if (k != t->synced)
		alu_ri(&t->e, true, ALU_ADD, RINSTRET, (int32_t)(k - t->synced));
	t->synced = k;
}

/* h->instret = r11 (before a call to C or a return to jit_run). */
static inline void instret_store(struct emit *e)
{
	st64(e, RINSTRET, RBX, OFF_INSTRET);
}
/* r11 = h->instret (on entry and after a call to C). */
static inline void instret_load(struct emit *e)
{
	ld64(e, RINSTRET, RBX, OFF_INSTRET);
}
/* RTLB = h->tlb_load, when the block keeps it there. */
static inline void tlb_reg_load(struct tr *t)
{
	if (t->tlb_reg)
		ld64(&t->e, RTLB, RBX, OFF_TLB_LOAD);
}
/* cmp r11, [h->jit_limit]: at or above it (jae), translated code goes back
 * to the run loop: the instruction budget to the next timer check is used
 * up, or an event was raised (which sets the limit to 0), so this one
 * compare stands for the run loop's tests of both. */
static inline void limit_check(struct emit *e)
{
	alu_rm(e, true, ALU_CMP, RINSTRET, RBX, OFF_JIT_LIMIT);
}

/* After a call to C returned into the block: instret and the TLB base
 * (the call clobbered both registers and may have changed either), and,
 * when it came between a paired load and its store (pair_open: tr's at
 * an inline call, the slow entry's out of line), h->jit_pair = 0, since C
 * may have changed the TLB the load's addend came from. */
static inline void after_call(struct tr *t, bool pair_open)
{
	instret_load(&t->e);
	tlb_reg_load(t);
	if (pair_open)
		st64_i(&t->e, RBX, OFF_JIT_PAIR, 0);
}

/* Return rax to jit_run through the shared epilogue. */
static inline void leave(struct tr *t)
{
	patch32(jmp32(&t->e), t->j->rw + t->j->ret);
}

/* The host register an instruction computes rd in: rd's own when it is
 * mapped (no copy through rax), else rax. */
static inline unsigned dst_of(const struct tr *t, const struct insn *i)
{
	int c = hreg(t, i->rd);
	return c >= 0 ? (unsigned)c : RAX;
}
/* dst = x[r] unless dst already is x[r]'s host register (32-bit operations
 * ignore the upper half, so nothing is zero-extended then). */
static inline void into(struct tr *t, unsigned dst, unsigned r, bool w)
{
	if (xreg(t, r) != (int)dst)
		get_x(t, dst, r, w);
}
/* rd = dst (a result computed by dst_of's choice), sign-extended from 32
 * bits when w32. */
static inline void done_rd(struct tr *t, const struct insn *i, unsigned dst, bool w32)
{
	if (w32 && dst == RAX)
		movsxd_rr(&t->e, dst, dst);
	else if (w32)
		t->sx_new = true; /* a cache slot: sign-extended when read (tr.sx) */
	if (dst == RAX)
		put_x(t, RAX, i->rd);
	else
		t->dirty |= 1u << t->slot_of[i->rd];
}

/* Destination helpers: rax holds the 64-bit result. */
static inline void put_rd(struct tr *t, const struct insn *i)
{
	put_x(t, RAX, i->rd);
}
/* Sign-extend eax into rax, then store. */
static inline void put_rd_w(struct tr *t, const struct insn *i)
{
	movsxd_rr(&t->e, RAX, RAX);
	put_x(t, RAX, i->rd);
}

/* remap.c: the uses of each guest register by the instructions of b (its
 * first n) that translate natively (uses[32], the decoder's sink for x0,
 * included); returns how many of them access memory. */
unsigned jit_reg_uses(const struct block *b, unsigned n, unsigned uses[33]);
/* translate.c: the block's loop, a branch back to its start (the first),
 * or -1. */
int jit_find_loop(const struct block *b);

/* translate_sx.c: what a register's upper half is known to be */
enum sx_class {
	SX_ANY,	    /* nothing known: the full 64-bit value */
	SX_S32,	    /* exactly a sign-extended 32-bit value */
	SX_PENDING, /* the low half right, the upper half to fill in (tr.sx) */
};
/* The pending slots instruction k needs sign-extended before it runs. */
unsigned sx_need(const struct tr *t, unsigned k, uint32_t raw);
/* What instruction k leaves in rd's slot, from the state before it runs
 * (after sx_need's sign extensions); done_rd may still leave a 32-bit
 * result pending (tr.sx_new). */
enum sx_class sx_result(const struct tr *t, unsigned k, uint32_t raw);
/* Branch k leaves the block and both its operands are sign-extended
 * 32-bit values (pending or not): it compares their low halves. */
bool cmp32_ok(const struct tr *t, unsigned k);

/* translate.c */
/* The instruction a branch to a later one of its block goes on at, or -1. */
int inner_target(const struct block *b, unsigned k);
struct slow *add_slow(struct tr *t, unsigned kind, uint8_t *branch, uint64_t pc);
struct insn *handler_copy(struct tr *t, unsigned k);
struct slow *add_call(struct tr *t, unsigned k, uint8_t *branch, uint64_t pc);
void add_branch(struct slow *s, uint8_t *branch);

/* translate_chain.c: entry code, exits, check code, chaining */
void emit_entry(struct emit *e, const uint8_t map[NFIXED]);
void exit_to(struct tr *t, unsigned retired, bool dynamic, uint64_t target, struct insn *slot);
/* The check code's failing branches: the page generation, the link epoch,
 * the limit. */
#define CHK_FAILS 3
size_t emit_chk(struct tr *t, struct emit *e, uint8_t *fail[CHK_FAILS]);
void emit_chk_fail(struct tr *t, uint8_t *fail[CHK_FAILS]);
void emit_stale_check(struct tr *t);
void emit_stale_sub(struct tr *t);
void emit_chain_static(struct tr *t, struct emit *e, uint8_t *to_chain, uint8_t *to_ret,
		       size_t chk_off);
uint8_t *emit_chain(struct emit *e, const uint8_t map[NFIXED], size_t body_off, uint8_t **ret_wb);

/* translate_mem.c: the inline TLB path, integer loads and stores */
/* rcx's value for "no page": no masked address equals it (the tag mask
 * keeps the page bits and at most the three alignment bits). */
#define PAGE_NONE 0x800u
bool keeps_page(const struct tr *t, const struct insn *i, uint32_t raw);
bool page_reuse(const struct tr *t, const struct insn *i, bool store);
void page_after_access(struct tr *t, const struct insn *i, bool store, bool reuse);
void emit_refill(struct tr *t, struct slow *s);
void find_pairs(struct tr *t);
uint32_t jit_load_slow(struct hart *h, uint64_t va, uint32_t desc, uint64_t pc, uint32_t delta);
uint32_t jit_store_slow(struct hart *h, uint64_t va, uint64_t val, uint32_t size, uint64_t pc,
			uint32_t delta);
uint8_t *tlb_lookup(struct tr *t, bool store, const struct insn *i, int32_t imm, unsigned size,
		    unsigned *va, int32_t *disp);
struct slow *emit_tlb(struct tr *t, unsigned kind, const struct insn *i, unsigned size, uint64_t pc,
		      unsigned k);
bool emit_load(struct tr *t, const struct insn *i, unsigned f3, uint64_t pc, unsigned k);
bool emit_store(struct tr *t, const struct insn *i, unsigned f3, uint64_t pc, unsigned k);

/* translate_int.c: OP, OP-IMM and their 32-bit forms */
bool emit_op_imm(struct tr *t, const struct insn *i, uint32_t raw, bool w32);
bool emit_op(struct tr *t, const struct insn *i, uint32_t raw, bool w32);
bool emit_shift_pair(struct tr *t, unsigned k);

/* translate_fp.c: F/D inline */
bool emit_fp_mem(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc,
		 bool store);
bool emit_op_fp(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc);
bool emit_fp_fma(struct tr *t, unsigned k, uint32_t raw, uint64_t pc);

/* translate_amo.c: AMOs with host atomics */
bool emit_amo(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc);

#endif
#endif
