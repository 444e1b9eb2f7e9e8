/* JIT: what the translator knows about the upper halves of the guest
 * registers in host registers (tr.sx, tr.s32): which sign extensions it may
 * leave out, which it must emit before an instruction, and what the
 * instruction's result is. */
#include "cpu/jit/translate.h"

#if defined(__x86_64__)

/* A register move (ADDI rd, rs, 0; ADD/OR/XOR with x0; SUB rs, x0) into
 * a cache slot: it copies the source's register whole. Returns the
 * source, or 0. */
static unsigned move_src(const struct tr *t, const struct insn *i, uint32_t raw)
{
	unsigned op = raw & 0x7f, f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	if (!slot_bit(t, i->rd))
		return 0;
	if (op == 0x13 && f3 == 0 && i->imm == 0)
		return i->rs1;
	if (op == 0x33 &&
	    ((f7 == 0 && (f3 == 0 || f3 == 4 || f3 == 6)) || (f7 == 0x20 && f3 == 0))) {
		if (i->rs2 == 0)
			return i->rs1;
		if (i->rs1 == 0 && f7 == 0)
			return i->rs2;
	}
	return 0;
}

/* What the translator knows of register r's host register right now. */
static enum sx_class class_of(const struct tr *t, unsigned r)
{
	unsigned bit = slot_bit(t, r);
	if (r == 0)
		return SX_S32;
	return (t->sx & bit) ? SX_PENDING : (t->s32 & bit) ? SX_S32 : SX_ANY;
}

/* AND, OR, XOR commute with sign extension (the upper half of a
 * sign-extended value is copies of bit 31): of two values that are
 * sign-extended 32-bit ones, pending or not, the result is one too,
 * pending when either was. */
static enum sx_class combine(enum sx_class a, enum sx_class b)
{
	if (a == SX_ANY || b == SX_ANY)
		return SX_ANY;
	return a == SX_PENDING || b == SX_PENDING ? SX_PENDING : SX_S32;
}

/* AND/OR/XOR (register forms) and ORI/XORI/ANDI with a negative mask
 * (sign-extended from 12 bits, so a sign-extended 32-bit value) into a
 * cache slot: the class of their result, computed from the operands'
 * registers as they are. */
static enum sx_class logic_class(const struct tr *t, const struct insn *i, uint32_t raw)
{
	unsigned op = raw & 0x7f, f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	if (!slot_bit(t, i->rd) || !(f3 == 4 || f3 == 6 || f3 == 7))
		return SX_ANY;
	if (op == 0x13)
		return class_of(t, i->rs1);
	if (op == 0x33 && f7 == 0)
		return combine(class_of(t, i->rs1), class_of(t, i->rs2));
	return SX_ANY;
}

bool cmp32_ok(const struct tr *t, unsigned k)
{
	const struct insn *i = &t->b->insns[k];
	if (inner_target(t->b, k) > 0 || (int)k == t->loop_k)
		return false;
	return class_of(t, i->rs1) != SX_ANY && class_of(t, i->rs2) != SX_ANY;
}

unsigned sx_need(const struct tr *t, unsigned k, uint32_t raw)
{
	const struct insn *i = &t->b->insns[k];
	unsigned op = raw & 0x7f, f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	unsigned src = slot_bit(t, i->rs1) | slot_bit(t, i->rs2);
	switch (op) {
	case 0x63:
		/* A branch to a join or to the loop head: none may be pending
		 * there. A branch that leaves the block: its operands, unless
		 * both are sign-extended 32-bit values (then it compares the
		 * low halves, with the same result); the exit fills in the
		 * rest, on the taken path only. */
		if (inner_target(t->b, k) > 0 || (int)k == t->loop_k)
			return t->sx;
		return cmp32_ok(t, k) ? 0 : src;
	case 0x6f: /* JAL: the exit fills them in (not rd's: put_x wrote the link) */
		return 0;
	case 0x67: /* JALR: its base */
		return slot_bit(t, i->rs1);
	case 0x37: /* LUI, AUIPC: no register sources */
	case 0x17:
		return 0;
	case 0x1b: /* OP-IMM-32 reads the low half */
		return 0;
	case 0x3b: /* OP-32 reads the low halves; the divisions move rdx */
		return f7 == 1 && f3 >= 4 ? t->sx : 0;
	case 0x13:
		if (f3 == 1 && (raw >> 26) == 0 && (i->imm & 63) >= 32)
			return 0; /* SLLI by 32 or more: the low half is all it keeps */
		if (f3 == 7 && i->imm >= 0)
			return 0; /* ANDI with a mask of at most 11 bits */
		if (move_src(t, i, raw) || logic_class(t, i, raw) == SX_PENDING)
			return 0;
		return src;
	case 0x33:
		if (move_src(t, i, raw) || logic_class(t, i, raw) == SX_PENDING)
			return 0;
		return src;
	case 0x03: /* a load's base */
		return slot_bit(t, i->rs1);
	case 0x23: /* a store's base; SB/SH/SW store the value's low half */
		return f3 <= 2 ? slot_bit(t, i->rs1) : src;
	default:
		return t->sx;
	}
}

enum sx_class sx_result(const struct tr *t, unsigned k, uint32_t raw)
{
	const struct insn *i = &t->b->insns[k];
	unsigned op = raw & 0x7f, f3 = rv_funct3(raw), f7 = rv_funct7(raw);
	if (!slot_bit(t, i->rd))
		return SX_ANY;
	unsigned moved = move_src(t, i, raw);
	if (moved)
		return class_of(t, moved);
	switch (op) {
	case 0x03: /* LB, LH, LW, LBU, LHU */
		return f3 == 0 || f3 == 1 || f3 == 2 || f3 == 4 || f3 == 5 ? SX_S32 : SX_ANY;
	case 0x37: /* LUI */
		return SX_S32;
	case 0x1b: /* the base OP-IMM-32 (not SLLI.UW): exact unless done_rd left it pending */
		return op_imm_base(raw, true) ? SX_S32 : SX_ANY;
	case 0x3b: /* the base OP-32 and M's W forms (not ADD.UW and the like) */
		return f7 == 0 || f7 == 0x20 || f7 == 1 ? SX_S32 : SX_ANY;
	case 0x13:
		if (f3 == 0 && i->rs1 == 0)
			return SX_S32; /* LI */
		if (f3 == 2 || f3 == 3 || (f3 == 7 && i->imm >= 0))
			return SX_S32; /* SLTI, SLTIU, ANDI with a small mask */
		return logic_class(t, i, raw);
	case 0x33:
		if (f7 == 0 && (f3 == 2 || f3 == 3))
			return SX_S32; /* SLT, SLTU */
		return logic_class(t, i, raw);
	default:
		return SX_ANY;
	}
}

#endif
