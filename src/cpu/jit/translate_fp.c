/* JIT: F/D instructions inline with SSE2/FMA3. */
#include "cpu/jit/translate.h"

#if defined(__x86_64__)

#include "cpu/csr.h"
#include "cpu/fpu.h"

/* ---- F/D inline (SSE2) ----
 * The fast path runs only when the interpreter's result is sure to be the
 * host's: FS is Dirty (with SD), single operands are properly NaN-boxed,
 * the rounding mode is one of the four the host has (static, or frm 0..3).
 * Anything else goes to the instruction's handler out of line (SLOW_CALL),
 * which also takes the traps. Arithmetic sets MXCSR's rounding control and
 * clears its flags (LDMXCSR), runs the scalar SSE instruction, maps MXCSR's
 * flags to fflags (DE dropped, as by the interpreter's fpu_hw_flags) and
 * replaces a NaN result by the canonical NaN. */

/* The MXCSR values and the flag map are fpu.h's (fpu_mxcsr_for_rm,
 * fpu_mxcsr_fflags): the interpreter's own. */

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
		mov_ri(e, RCX, (uint64_t)(uintptr_t)fpu_mxcsr_for_rm);
		alu_rr(e, true, ALU_ADD, RAX, RCX);
	} else {
		mov_ri(e, RAX, (uint64_t)(uintptr_t)&fpu_mxcsr_for_rm[rm]);
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
	mov_ri(e, RCX, (uint64_t)(uintptr_t)fpu_mxcsr_fflags);
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
	patch32(read, here(e));
	fp_flags(t);
	sse_rr(e, dbl ? PFX_66 : PFX_NONE, SSE_UCOMI, 0, 0); /* a NaN result: unordered */
	uint8_t *num = jcc32(e, CC_NP);
	if (dbl) {
		mov_ri(e, RAX, F64_CANON_NAN);
		st64(e, RAX, RBX, OFF_F(rd));
	} else {
		st32_i(e, RBX, OFF_F(rd), (int32_t)F32_CANON_NAN);
	}
	patch32(num, here(e));
	patch32(normal, here(e));
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
	s->resume = here(e);
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
	s->resume = here(e);
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
	s->resume = here(e);
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
	s->resume = here(e);
	return true;
}

/* FLW/FLD/FSW/FSD: the TLB fast path; a miss runs the handler. */
bool emit_fp_mem(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc,
		 bool store)
{
	struct emit *e = &t->e;
	unsigned size = rv_funct3(raw) == 3 ? 8 : 4;
	struct slow *s = fp_begin(t, k, pc);
	add_branch(s, tlb_lookup(t, store, i, i->imm, size, NULL, NULL));
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
	s->resume = here(e);
	return true;
}

/* FMADD/FMSUB/FNMSUB/FNMADD.{S,D} with the host's FMA3 (when it has it):
 * vfmadd/vfmsub/vfnmadd/vfnmsub213 compute +-(rs1 * rs2) +- rs3 with one
 * rounding, as the interpreter's fma() on sign-flipped operands. A NaN
 * result goes to the handler, which raises NV for inf * 0 even when rs3 is
 * a quiet NaN. */
bool emit_fp_fma(struct tr *t, unsigned k, uint32_t raw, uint64_t pc)
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
	s->resume = here(e);
	return true;
}

/* OP-FP: the inline subset; false for the rest (FMIN/FMAX, FCLASS,
 * conversions, RMM: their handlers). */
bool emit_op_fp(struct tr *t, unsigned k, const struct insn *i, uint32_t raw, uint64_t pc)
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

#endif
