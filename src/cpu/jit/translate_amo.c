/* JIT: AMOs with host atomic instructions. */
#include "cpu/jit/translate.h"

#if defined(__x86_64__)

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
bool emit_amo(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc)
{
	struct emit *e = &t->e;
	unsigned f3 = rv_funct3(raw), f5 = raw >> 27;
	if ((f3 != 2 && f3 != 3) || (f5 != 0 && f5 != 1 && f5 != 4 && f5 != 8 && f5 != 12))
		return false;
	bool w = f3 == 3;
	unsigned size = w ? 8 : 4;
	struct slow *s = add_call(t, k, tlb_lookup(t, true, i, 0, size, NULL, NULL), pc);
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
		uint8_t *again = here(e);
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
	s->resume = here(e);
	return true;
}

#endif
