/* JIT: native integer operations (OP, OP-IMM, OP-32, OP-IMM-32, M). */
#include "cpu/jit/translate.h"

#if defined(__x86_64__)

/* OP-IMM and OP-IMM-32 (base encodings only). Returns false when the
 * instruction is not one of those translated natively. */
bool emit_op_imm(struct tr *t, const struct insn *i, uint32_t raw, bool w32)
{
	struct emit *e = &t->e;
	unsigned f3 = rv_funct3(raw), f6 = raw >> 26, f7 = rv_funct7(raw);
	if (!op_imm_base(raw, w32))
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
			int c = xreg(t, i->rs1);
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
		if (i->imm == 0) { /* sext.w: one movsxd from rs1's register or slot */
			int c = xreg(t, i->rs1);
			if (c >= 0 && (t->s32 & slot_bit(t, i->rs1))) {
				/* already sign-extended (a narrow load's value, say):
				 * a move, which the host renames away */
				if ((unsigned)c != d)
					mov_rr(e, d, (unsigned)c);
				done_rd(t, i, d, false);
				return true;
			}
			if (c >= 0)
				movsxd_rr(e, d, (unsigned)c);
			else
				movsxd_rm(e, d, RBX, OFF_X(i->rs1));
			done_rd(t, i, d, false);
			return true;
		}
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
		if (!f7 && (i->imm & 31)) {
			/* SRLIW by 1 or more: bit 31 is 0, and x86 zeroed the upper
			 * half, so the value is already sign-extended */
			done_rd(t, i, d, false);
			return true;
		}
		break;
	default:
		return false;
	}
	done_rd(t, i, d, true);
	return true;
}

/* SLLI rd, rs, s1 then SRLI or SRAI rd, rd, s2 (instructions k and k+1):
 * the zero- and sign-extension idioms of code built without Zba/Zbb
 * (zext.w, zext.h, sext.h, sext.b) and the bit-field moves around them,
 * as one or two host instructions instead of a copy and two shifts.
 * Logical pairs whose kept field is at most 32 bits wide (s1 or s2 at
 * least 32), arithmetic ones with s1 = s2 = 32, 48 or 56. Emits the
 * pair's result into rd and returns true, or emits nothing: the caller
 * then translates k alone, and emits nothing for k+1 after a true. The
 * field lies in rs's low half whenever s1 >= 32, where a pending upper
 * half (tr.sx) is left as it is, as SLLI alone leaves it. */
bool emit_shift_pair(struct tr *t, unsigned k)
{
	struct emit *e = &t->e;
	const struct block *b = t->b;
	if (k + 1 >= b->ninsn || t->join[k + 1])
		return false;
	const struct insn *i = &b->insns[k], *n = &b->insns[k + 1];
	if (i->fn == insn_illegal_fn() || n->fn == insn_illegal_fn())
		return false;
	uint32_t r1 = insn_raw32(i), r2 = insn_raw32(n);
	if ((r1 & 0x7f) != 0x13 || rv_funct3(r1) != 1 || (r1 >> 26) != 0)
		return false; /* not SLLI */
	if ((r2 & 0x7f) != 0x13 || rv_funct3(r2) != 5 || ((r2 >> 26) & ~0x10u) != 0)
		return false; /* not SRLI/SRAI */
	if (i->rd == 32 || n->rd != i->rd || n->rs1 != i->rd || i->rs1 == 0)
		return false;
	unsigned s1 = (unsigned)i->imm & 63, s2 = (unsigned)n->imm & 63;
	bool arith = (r2 >> 26) != 0;
	unsigned top = s1 > s2 ? s1 : s2, bits = 64 - top;
	if (arith ? (s1 != s2 || (s1 != 32 && s1 != 48 && s1 != 56)) : top < 32)
		return false;
	unsigned d = dst_of(t, i);
	int c = xreg(t, i->rs1);
	if (c < 0) {
		get_x(t, d, i->rs1, true);
		c = (int)d;
	}
	unsigned src = (unsigned)c;
	if (arith) {
		if (bits == 32)
			movsxd_rr(e, d, src);
		else
			movx_rr(e, bits, true, d, src);
		done_rd(t, i, d, false);
		return true;
	}
	if (s2 > s1) { /* the field first moves down */
		if (src != d)
			mov_rr(e, d, src);
		shift_ri(e, true, SH_SHR, d, (uint8_t)(s2 - s1));
		src = d;
	}
	if (bits == 32)
		alu_rr(e, false, 0x11, d, src); /* mov r32, r32: zero-extends */
	else if (bits == 16 || bits == 8)
		movx_rr(e, bits, false, d, src);
	else {
		if (src != d)
			mov_rr(e, d, src);
		alu_ri(e, false, ALU_AND, d, (int32_t)((1u << bits) - 1));
	}
	if (s1 > s2)
		shift_ri(e, true, SH_SHL, d, (uint8_t)(s1 - s2));
	done_rd(t, i, d, false);
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
		patch32(ok, here(e));
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
	patch32(zero, here(e));
	if (!rem)
		mov_ri(e, RAX, ~0ull); /* the remainder is the dividend, already in rax */
	patch32(done, here(e));
	if (ovf)
		patch32(ovf, here(e));
	if (w32)
		movsxd_rr(e, RAX, RAX);
	if (rdx_slot >= 0)
		reload(t, 1u << rdx_slot);
	put_x(t, RAX, i->rd);
}

/* OP and OP-32 (base, MUL/MULW and the divisions). */
bool emit_op(struct tr *t, const struct insn *i, uint32_t raw, bool w32)
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
	if (sh >= 0 && t->j->bmi2) {
		/* shlx/shrx/sarx straight from the operands' registers into rd's */
		unsigned d = dst_of(t, i);
		int src = hreg(t, i->rs1), cnt = hreg(t, i->rs2);
		if (cnt < 0) {
			get_x(t, RCX, i->rs2, false);
			cnt = RCX;
		}
		if (src < 0) {
			get_x(t, RAX, i->rs1, w);
			src = RAX;
		}
		shiftx_rr(e, w, (unsigned)sh, d, (unsigned)src, (unsigned)cnt);
		done_rd(t, i, d, !w);
		return true;
	}
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
		bool keeps = alu == ALU_ADD || alu == ALU_OR || alu == ALU_XOR;
		if (!mul &&
		    ((keeps && i->rs1 == 0) || ((keeps || alu == ALU_SUB) && i->rs2 == 0))) {
			/* a move (C.MV is ADD rd, x0, rs2): rd = the other operand */
			into(t, d, i->rs1 == 0 ? i->rs2 : i->rs1, w);
			done_rd(t, i, d, !w);
			return true;
		}
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

#endif
