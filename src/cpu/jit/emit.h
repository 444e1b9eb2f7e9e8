/* x86-64 machine-code emitter: the few instruction forms the JIT uses. */
#ifndef RVISOR_CPU_JIT_EMIT_H
#define RVISOR_CPU_JIT_EMIT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Host registers by their encoding number. */
enum {
	RAX = 0,
	RCX = 1,
	RDX = 2,
	RBX = 3,
	RSP = 4,
	RBP = 5,
	RSI = 6,
	RDI = 7,
	R8 = 8,
	R9 = 9,
	R10 = 10,
	R11 = 11,
	R12 = 12,
	R13 = 13,
	R14 = 14,
	R15 = 15,
};

/* Condition codes (the low nibble of Jcc/SETcc). */
enum {
	CC_B = 0x2,  /* unsigned < */
	CC_AE = 0x3, /* unsigned >= */
	CC_E = 0x4,
	CC_NE = 0x5,
	CC_BE = 0x6, /* unsigned <= */
	CC_A = 0x7,  /* unsigned > */
	CC_P = 0xa,  /* parity: an unordered SSE compare */
	CC_NP = 0xb,
	CC_L = 0xc,  /* signed < */
	CC_GE = 0xd, /* signed >= */
};

/* ALU operation numbers: the /digit of 81/83 and (digit << 3) | 3 of the
 * reg, r/m forms. */
enum { ALU_ADD = 0, ALU_OR = 1, ALU_AND = 4, ALU_SUB = 5, ALU_XOR = 6, ALU_CMP = 7 };

/* Shift /digits of C1/D3. */
enum { SH_SHL = 4, SH_SHR = 5, SH_SAR = 7 };

/* An output buffer; `p` runs from `start` to at most `end`. Writers never
 * check room: the caller reserves the worst case of a whole block first. */
struct emit {
	uint8_t *start, *p, *end;
	uint8_t *label; /* the last position a jump was made to land on (here) */
};

/* The current position as a jump target: code before it may not be
 * assumed to have run when control arrives there (see fwd in translate.h). */
static inline uint8_t *here(struct emit *e)
{
	e->label = e->p;
	return e->p;
}

static inline void e8(struct emit *e, uint8_t b)
{
	*e->p++ = b;
}
static inline void e32(struct emit *e, uint32_t v)
{
	memcpy(e->p, &v, 4);
	e->p += 4;
}
static inline void e64(struct emit *e, uint64_t v)
{
	memcpy(e->p, &v, 8);
	e->p += 8;
}

static inline bool fits8(int64_t v)
{
	return v >= -128 && v <= 127;
}
static inline bool fits32(int64_t v)
{
	return v >= INT32_MIN && v <= INT32_MAX;
}

/* REX prefix: w = 64-bit operand; reg, index, base are register numbers
 * (their bit 3 goes into R, X, B). `force` emits it even when empty (byte
 * registers sil/dil). */
static inline void rex(struct emit *e, bool w, unsigned reg, unsigned index, unsigned base,
		       bool force)
{
	uint8_t r = (uint8_t)(0x40 | (w ? 8 : 0) | ((reg >> 3) & 1) << 2 | ((index >> 3) & 1) << 1 |
			      ((base >> 3) & 1));
	if (r != 0x40 || force)
		e8(e, r);
}

/* ModRM (+SIB, displacement) for [base + disp]. */
static inline void modrm_mem(struct emit *e, unsigned reg, unsigned base, int32_t disp)
{
	unsigned b = base & 7;
	unsigned mod = (disp == 0 && b != RBP) ? 0 : fits8(disp) ? 1 : 2;
	e8(e, (uint8_t)(mod << 6 | (reg & 7) << 3 | b));
	if (b == RSP)
		e8(e, 0x24); /* SIB: no index, base rsp/r12 */
	if (mod == 1)
		e8(e, (uint8_t)(int8_t)disp);
	else if (mod == 2)
		e32(e, (uint32_t)disp);
}

/* ModRM + SIB for [base + index] (base is not rbp/r13). */
static inline void modrm_sib(struct emit *e, unsigned reg, unsigned base, unsigned index)
{
	e8(e, (uint8_t)((reg & 7) << 3 | 4));
	e8(e, (uint8_t)((index & 7) << 3 | (base & 7)));
}

/* ModRM + SIB (+ disp8/disp32) for [base + index + disp] (base is not
 * rbp/r13). */
static inline void modrm_sib_d(struct emit *e, unsigned reg, unsigned base, unsigned index,
			       int32_t disp)
{
	unsigned mod = disp == 0 ? 0 : fits8(disp) ? 1 : 2;
	e8(e, (uint8_t)(mod << 6 | (reg & 7) << 3 | 4));
	e8(e, (uint8_t)((index & 7) << 3 | (base & 7)));
	if (mod == 1)
		e8(e, (uint8_t)(int8_t)disp);
	else if (mod == 2)
		e32(e, (uint32_t)disp);
}

/* op reg, [base + index + disp] (or the reverse, by opcode), 64-bit when
 * w; base is not rbp/r13 when disp is 0 (mod 0 there means no base). */
static inline void op_sib(struct emit *e, bool w, uint8_t opc, unsigned reg, unsigned base,
			  unsigned index, int32_t disp)
{
	rex(e, w, reg, index, base, false);
	e8(e, opc);
	modrm_sib_d(e, reg, base, index, disp);
}

/* lea r, [base + index] (base is not rbp/r13) */
static inline void lea_sib(struct emit *e, unsigned r, unsigned base, unsigned index)
{
	rex(e, true, r, index, base, false);
	e8(e, 0x8d);
	modrm_sib(e, r, base, index);
}

static inline void modrm_reg(struct emit *e, unsigned reg, unsigned rm)
{
	e8(e, (uint8_t)(0xc0 | (reg & 7) << 3 | (rm & 7)));
}

/* op reg, [base + disp] (or the reverse, by opcode), 64-bit when w. */
static inline void op_mem(struct emit *e, bool w, uint8_t opc, unsigned reg, unsigned base,
			  int32_t disp)
{
	rex(e, w, reg, 0, base, false);
	e8(e, opc);
	modrm_mem(e, reg, base, disp);
}

/* mov r64, [base + disp] */
static inline void ld64(struct emit *e, unsigned r, unsigned base, int32_t disp)
{
	op_mem(e, true, 0x8b, r, base, disp);
}
/* mov [base + disp], r64 */
static inline void st64(struct emit *e, unsigned r, unsigned base, int32_t disp)
{
	op_mem(e, true, 0x89, r, base, disp);
}
/* mov r32, [base + disp] (zero-extends) */
static inline void ld32(struct emit *e, unsigned r, unsigned base, int32_t disp)
{
	op_mem(e, false, 0x8b, r, base, disp);
}
/* alu r64, [base + disp] */
static inline void alu_rm(struct emit *e, bool w, unsigned alu, unsigned r, unsigned base,
			  int32_t disp)
{
	op_mem(e, w, (uint8_t)(alu << 3 | 3), r, base, disp);
}
/* alu dst, src (registers) */
static inline void alu_rr(struct emit *e, bool w, unsigned alu, unsigned dst, unsigned src)
{
	rex(e, w, src, 0, dst, false);
	e8(e, (uint8_t)(alu << 3 | 1));
	modrm_reg(e, src, dst);
}
/* alu r, imm32 (sign-extended) */
static inline void alu_ri(struct emit *e, bool w, unsigned alu, unsigned r, int32_t imm)
{
	rex(e, w, 0, 0, r, false);
	if (fits8(imm)) {
		e8(e, 0x83);
		modrm_reg(e, alu, r);
		e8(e, (uint8_t)(int8_t)imm);
	} else {
		e8(e, 0x81);
		modrm_reg(e, alu, r);
		e32(e, (uint32_t)imm);
	}
}
/* alu qword [base + disp], imm32 (sign-extended) */
static inline void alu_mi(struct emit *e, unsigned alu, unsigned base, int32_t disp, int32_t imm)
{
	rex(e, true, 0, 0, base, false);
	e8(e, fits8(imm) ? 0x83 : 0x81);
	modrm_mem(e, alu, base, disp);
	if (fits8(imm))
		e8(e, (uint8_t)(int8_t)imm);
	else
		e32(e, (uint32_t)imm);
}
/* mov dst, src (64-bit) */
static inline void mov_rr(struct emit *e, unsigned dst, unsigned src)
{
	alu_rr(e, true, 0x11, dst, src); /* 0x89 = (0x11 << 3) | 1 */
}
/* Load a 64-bit constant in the shortest form. */
static inline void mov_ri(struct emit *e, unsigned r, uint64_t v)
{
	if (v <= UINT32_MAX) { /* mov r32, imm32 zero-extends */
		rex(e, false, 0, 0, r, false);
		e8(e, (uint8_t)(0xb8 | (r & 7)));
		e32(e, (uint32_t)v);
	} else if (fits32((int64_t)v)) { /* mov r64, simm32 */
		rex(e, true, 0, 0, r, false);
		e8(e, 0xc7);
		modrm_reg(e, 0, r);
		e32(e, (uint32_t)v);
	} else {
		rex(e, true, 0, 0, r, false);
		e8(e, (uint8_t)(0xb8 | (r & 7)));
		e64(e, v);
	}
}
/* lea r, [base + disp] (64-bit) */
static inline void lea_rm(struct emit *e, unsigned r, unsigned base, int32_t disp)
{
	op_mem(e, true, 0x8d, r, base, disp);
}
/* mov r64, imm64 in its 10-byte form (fixed-size code) */
static inline void mov_ri64(struct emit *e, unsigned r, uint64_t v)
{
	rex(e, true, 0, 0, r, false);
	e8(e, (uint8_t)(0xb8 | (r & 7)));
	e64(e, v);
}
/* cmp dword [base + disp], imm32 in its imm32 form (fixed-size code) */
static inline void cmp_m32_i32(struct emit *e, unsigned base, int32_t disp, int32_t imm)
{
	rex(e, false, 0, 0, base, false);
	e8(e, 0x81);
	modrm_mem(e, ALU_CMP, base, disp);
	e32(e, (uint32_t)imm);
}
/* lea r, [rip + disp32] */
static inline void lea_rip(struct emit *e, unsigned r, int32_t disp)
{
	rex(e, true, r, 0, 0, false);
	e8(e, 0x8d);
	e8(e, (uint8_t)((r & 7) << 3 | 5));
	e32(e, (uint32_t)disp);
}
/* jmp r64 */
static inline void jmp_r(struct emit *e, unsigned r)
{
	rex(e, false, 0, 0, r, false);
	e8(e, 0xff);
	modrm_reg(e, 4, r);
}
/* mov qword [base + disp], simm32 */
static inline void st64_i(struct emit *e, unsigned base, int32_t disp, int32_t imm)
{
	rex(e, true, 0, 0, base, false);
	e8(e, 0xc7);
	modrm_mem(e, 0, base, disp);
	e32(e, (uint32_t)imm);
}
/* shift r by imm8 */
static inline void shift_ri(struct emit *e, bool w, unsigned sh, unsigned r, uint8_t n)
{
	rex(e, w, 0, 0, r, false);
	e8(e, 0xc1);
	modrm_reg(e, sh, r);
	e8(e, n);
}
/* shift r by cl */
static inline void shift_rcl(struct emit *e, bool w, unsigned sh, unsigned r)
{
	rex(e, w, 0, 0, r, false);
	e8(e, 0xd3);
	modrm_reg(e, sh, r);
}
/* BMI2 rorx: dst = src rotated right by n (32-bit unless w; flags
 * untouched, any destination: a copy and a shift in one instruction). */
static inline void rorx_ri(struct emit *e, bool w, unsigned dst, unsigned src, uint8_t n)
{
	e8(e, 0xc4);
	e8(e, (uint8_t)((0xe0 ^ ((dst >> 3) & 1) << 7 ^ ((src >> 3) & 1) << 5) | 0x03));
	e8(e, (uint8_t)((w ? 0x80 : 0) | 0x78 | 3)); /* vvvv unused, F2 */
	e8(e, 0xf0);
	modrm_reg(e, dst, src);
	e8(e, n);
}
/* BMI2 shlx/shrx/sarx dst, src, count (VEX.LZ.{66,F2,F3}.0F38.W F7): a
 * three-operand shift by a register other than cl that leaves the flags
 * alone; the count is masked to 5 or 6 bits, as RISC-V's. */
static inline void shiftx_rr(struct emit *e, bool w, unsigned sh, unsigned dst, unsigned src,
			     unsigned count)
{
	uint8_t pp = sh == SH_SHL ? 1 : sh == SH_SAR ? 2 : 3;
	e8(e, 0xc4);
	e8(e, (uint8_t)((0xe0 ^ ((dst >> 3) & 1) << 7 ^ ((src >> 3) & 1) << 5) | 0x02));
	e8(e, (uint8_t)((w ? 0x80 : 0) | (~count & 15) << 3 | pp));
	e8(e, 0xf7);
	modrm_reg(e, dst, src);
}
/* movsxd dst, [base + disp] */
static inline void movsxd_rm(struct emit *e, unsigned dst, unsigned base, int32_t disp)
{
	op_mem(e, true, 0x63, dst, base, disp);
}
/* movsxd dst, src32 */
static inline void movsxd_rr(struct emit *e, unsigned dst, unsigned src)
{
	rex(e, true, dst, 0, src, false);
	e8(e, 0x63);
	modrm_reg(e, dst, src);
}
/* dst = the low `bits` (8 or 16) of src, zero-extended (movzx r32, which
 * clears the upper half too) or sign-extended to 64 bits (movsx r64). */
static inline void movx_rr(struct emit *e, unsigned bits, bool sign, unsigned dst, unsigned src)
{
	/* without a REX prefix, byte registers 4-7 are ah..bh, not spl..dil */
	rex(e, sign, dst, 0, src, bits == 8 && src >= 4 && src < 8);
	e8(e, 0x0f);
	e8(e, (uint8_t)((sign ? 0xbe : 0xb6) | (bits == 16 ? 1 : 0)));
	modrm_reg(e, dst, src);
}
/* imul dst, [base + disp] */
static inline void imul_rm(struct emit *e, bool w, unsigned dst, unsigned base, int32_t disp)
{
	rex(e, w, dst, 0, base, false);
	e8(e, 0x0f);
	e8(e, 0xaf);
	modrm_mem(e, dst, base, disp);
}
/* imul dst, src */
static inline void imul_rr(struct emit *e, bool w, unsigned dst, unsigned src)
{
	rex(e, w, dst, 0, src, false);
	e8(e, 0x0f);
	e8(e, 0xaf);
	modrm_reg(e, dst, src);
}
/* setcc r8 (al/cl/dl/bl only) then movzx r32, r8 */
static inline void setcc_zx(struct emit *e, unsigned cc, unsigned r)
{
	e8(e, 0x0f);
	e8(e, (uint8_t)(0x90 | cc));
	modrm_reg(e, 0, r);
	e8(e, 0x0f);
	e8(e, 0xb6);
	modrm_reg(e, r, r);
}
/* test a, b (64-bit when w) */
static inline void test_rr(struct emit *e, bool w, unsigned a, unsigned b)
{
	rex(e, w, b, 0, a, false);
	e8(e, 0x85);
	modrm_reg(e, b, a);
}

/* mov dword [base + disp], imm32 */
static inline void st32_i(struct emit *e, unsigned base, int32_t disp, int32_t imm)
{
	rex(e, false, 0, 0, base, false);
	e8(e, 0xc7);
	modrm_mem(e, 0, base, disp);
	e32(e, (uint32_t)imm);
}
/* test byte [base + disp], imm8 */
static inline void test_m8_i8(struct emit *e, unsigned base, int32_t disp, uint8_t imm)
{
	rex(e, false, 0, 0, base, false);
	e8(e, 0xf6);
	modrm_mem(e, 0, base, disp);
	e8(e, imm);
}
/* lock or dword [base + disp], imm8 */
static inline void lock_or_m32_i8(struct emit *e, unsigned base, int32_t disp, uint8_t imm)
{
	e8(e, 0xf0);
	rex(e, false, 0, 0, base, false);
	e8(e, 0x83);
	modrm_mem(e, ALU_OR, base, disp);
	e8(e, imm);
}
/* cmp dword [base + disp], 0 */
static inline void cmp_m32_0(struct emit *e, unsigned base, int32_t disp)
{
	rex(e, false, 0, 0, base, false);
	e8(e, 0x83);
	modrm_mem(e, ALU_CMP, base, disp);
	e8(e, 0);
}
/* not r (64-bit when w) */
static inline void not_r(struct emit *e, bool w, unsigned r)
{
	rex(e, w, 0, 0, r, false);
	e8(e, 0xf7);
	modrm_reg(e, 2, r);
}
/* rol r64, 1 */
static inline void rol1(struct emit *e, unsigned r)
{
	rex(e, true, 0, 0, r, false);
	e8(e, 0xd1);
	modrm_reg(e, 0, r);
}

/* ---- SSE scalar instructions (xmm registers by number) ---- */
enum {
	PFX_NONE = 0,
	PFX_66 = 0x66, /* packed double / the double forms of (u)comis */
	PFX_F2 = 0xf2, /* scalar double */
	PFX_F3 = 0xf3, /* scalar single */
};
enum {
	SSE_MOV_LOAD = 0x10, /* movss/movsd xmm, m */
	SSE_MOV_STORE = 0x11,
	SSE_SQRT = 0x51,
	SSE_ADD = 0x58,
	SSE_MUL = 0x59,
	SSE_SUB = 0x5c,
	SSE_DIV = 0x5e,
	SSE_UCOMI = 0x2e,
	SSE_COMI = 0x2f,
};
/* [prefix] 0F opc with xmm x and [base + disp] */
static inline void sse_rm(struct emit *e, uint8_t prefix, uint8_t opc, unsigned x, unsigned base,
			  int32_t disp)
{
	if (prefix)
		e8(e, prefix);
	rex(e, false, x, 0, base, false);
	e8(e, 0x0f);
	e8(e, opc);
	modrm_mem(e, x, base, disp);
}
/* [prefix] 0F opc with xmm x and xmm y */
static inline void sse_rr(struct emit *e, uint8_t prefix, uint8_t opc, unsigned x, unsigned y)
{
	if (prefix)
		e8(e, prefix);
	rex(e, false, x, 0, y, false);
	e8(e, 0x0f);
	e8(e, opc);
	modrm_reg(e, x, y);
}
/* movq r64, xmm (w) or movd r32, xmm */
static inline void movq_rx(struct emit *e, bool w, unsigned r, unsigned x)
{
	e8(e, 0x66);
	rex(e, w, x, 0, r, false);
	e8(e, 0x0f);
	e8(e, 0x7e);
	modrm_reg(e, x, r);
}
/* FMA3 vfm*213s{s,d} x, v, [base + disp] (x = +-(x * v) +- m; opcode
 * a9 add, ab sub, ad negated add, af negated sub): VEX.LIG.66.0F38.W(dbl);
 * x, v < 8. */
static inline void vfma213_m(struct emit *e, bool dbl, uint8_t opc, unsigned x, unsigned v,
			     unsigned base, int32_t disp)
{
	e8(e, 0xc4);
	e8(e, (uint8_t)((0xe0 ^ ((base >> 3) & 1) << 5) | 0x02));   /* ~R ~X ~B, map 0F38 */
	e8(e, (uint8_t)((dbl ? 0x80 : 0) | (~v & 15) << 3 | 0x01)); /* W, ~vvvv, L0, pp 66 */
	e8(e, opc);
	modrm_mem(e, x, base, disp);
}
/* ldmxcsr [base + disp] (load: true) or stmxcsr */
static inline void mxcsr(struct emit *e, bool load, unsigned base, int32_t disp)
{
	rex(e, false, 0, 0, base, false);
	e8(e, 0x0f);
	e8(e, 0xae);
	modrm_mem(e, load ? 2 : 3, base, disp);
}

/* ---- locked read-modify-write on [base] (host atomics for AMOs) ---- */
/* xchg [base], r (implicitly locked) */
static inline void xchg_m(struct emit *e, bool w, unsigned r, unsigned base)
{
	rex(e, w, r, 0, base, false);
	e8(e, 0x87);
	modrm_mem(e, r, base, 0);
}
/* lock xadd [base], r */
static inline void lock_xadd_m(struct emit *e, bool w, unsigned r, unsigned base)
{
	e8(e, 0xf0);
	rex(e, w, r, 0, base, false);
	e8(e, 0x0f);
	e8(e, 0xc1);
	modrm_mem(e, r, base, 0);
}
/* lock cmpxchg [base], r (compares with rax) */
static inline void lock_cmpxchg_m(struct emit *e, bool w, unsigned r, unsigned base)
{
	e8(e, 0xf0);
	rex(e, w, r, 0, base, false);
	e8(e, 0x0f);
	e8(e, 0xb1);
	modrm_mem(e, r, base, 0);
}

/* Loads of 1/2/4/8 bytes from [base + index] into r: zero- or
 * sign-extended to 64 bits. */
static inline void ld_sib_d(struct emit *e, unsigned size, bool sign, unsigned r, unsigned base,
			    unsigned index, int32_t disp)
{
	switch (size) {
	case 1:
	case 2:
		rex(e, sign, r, index, base, false);
		e8(e, 0x0f);
		e8(e, (uint8_t)((sign ? 0xbe : 0xb6) | (size == 2 ? 1 : 0)));
		break;
	case 4:
		rex(e, sign, r, index, base, false);
		e8(e, sign ? 0x63 : 0x8b);
		break;
	default:
		rex(e, true, r, index, base, false);
		e8(e, 0x8b);
		break;
	}
	modrm_sib_d(e, r, base, index, disp);
}
static inline void ld_sib(struct emit *e, unsigned size, bool sign, unsigned r, unsigned base,
			  unsigned index)
{
	ld_sib_d(e, size, sign, r, base, index, 0);
}
/* Stores of 1/2/4/8 bytes of r to [base + index + disp]. */
static inline void st_sib_d(struct emit *e, unsigned size, unsigned r, unsigned base,
			    unsigned index, int32_t disp)
{
	if (size == 2)
		e8(e, 0x66);
	rex(e, size == 8, r, index, base, size == 1 && r >= 4 && r < 8);
	e8(e, size == 1 ? 0x88 : 0x89);
	modrm_sib_d(e, r, base, index, disp);
}
static inline void st_sib(struct emit *e, unsigned size, unsigned r, unsigned base, unsigned index)
{
	st_sib_d(e, size, r, base, index, 0);
}

/* Jumps and calls. A rel32 is patched by jit_patch() once its target is
 * known; these return the address of the rel32 field. */
static inline uint8_t *jcc32(struct emit *e, unsigned cc)
{
	e8(e, 0x0f);
	e8(e, (uint8_t)(0x80 | cc));
	uint8_t *at = e->p;
	e32(e, 0);
	return at;
}
static inline uint8_t *jmp32(struct emit *e)
{
	e8(e, 0xe9);
	uint8_t *at = e->p;
	e32(e, 0);
	return at;
}
/* Point the rel32 at `at` (in the same buffer) to `target`. */
static inline void patch32(uint8_t *at, const uint8_t *target)
{
	int32_t rel = (int32_t)(target - (at + 4));
	memcpy(at, &rel, 4);
}
/* call rel32; returns the rel32 to patch, as jmp32 */
static inline uint8_t *call32(struct emit *e)
{
	e8(e, 0xe8);
	uint8_t *at = e->p;
	e32(e, 0);
	return at;
}
/* call rel32 to `target` (in the same buffer) */
static inline void call_rel(struct emit *e, const uint8_t *target)
{
	patch32(call32(e), target);
}
/* call an absolute address (through rax) */
static inline void call_abs(struct emit *e, const void *fn)
{
	mov_ri(e, RAX, (uint64_t)(uintptr_t)fn);
	e8(e, 0xff);
	modrm_reg(e, 2, RAX);
}
static inline void push_r(struct emit *e, unsigned r)
{
	rex(e, false, 0, 0, r, false);
	e8(e, (uint8_t)(0x50 | (r & 7)));
}
static inline void pop_r(struct emit *e, unsigned r)
{
	rex(e, false, 0, 0, r, false);
	e8(e, (uint8_t)(0x58 | (r & 7)));
}
static inline void ret(struct emit *e)
{
	e8(e, 0xc3);
}

#endif
