/* IEEE 754 arithmetic for the F and D extensions.
 *
 * Values travel as raw bit patterns (uint32_t for binary32, uint64_t for
 * binary64); every function ORs the RISC-V exception flags it raises into
 * *fl and returns RISC-V results (NaN results are the canonical NaN).
 *
 * RNE/RTZ/RDN/RUP run on the host FPU. Each operation loads MXCSR (mode +
 * clear flags; LDMXCSR is cheap) and is fenced with empty asm statements so
 * the compiler cannot move or fold it across the MXCSR accesses. Reading
 * the flags back (STMXCSR, 7-8 ns on the AMD hosts measured, more than the
 * rest of the instruction) is skipped when it cannot change fflags: NX is
 * already set and the result lies strictly between the minimum normal and
 * the maximum finite value, so the operation raised nothing but NX (every
 * NV result is a NaN, every DZ result infinite, every OF result infinite or
 * the maximum, every UF result at most the minimum normal in magnitude).
 * NX is sticky and rarely cleared, so this is the common case.
 *
 * RMM, which x86 lacks, takes the out-of-line path in fpu_soft.c: the
 * operation is computed in a wider format with round-to-odd (round toward
 * zero, then OR the inexact flag into the last bit), which keeps enough
 * information to round correctly once more to the target format in any
 * mode (binary32 through binary64, binary64 through the x87 80-bit
 * format). */
#ifndef RVISOR_CPU_FPU_H
#define RVISOR_CPU_FPU_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

enum { FPU_RNE = 0, FPU_RTZ = 1, FPU_RDN = 2, FPU_RUP = 3, FPU_RMM = 4 };
enum { FFLAG_NX = 1, FFLAG_UF = 2, FFLAG_OF = 4, FFLAG_DZ = 8, FFLAG_NV = 16 };
enum fpu_op { FPU_ADD, FPU_SUB, FPU_MUL, FPU_DIV, FPU_SQRT, FPU_FMA };
enum { FPU_S = 0, FPU_D = 1 };
/* Integer formats of FCVT, numbered like the rs2 / rs1 field of the encoding. */
enum { FPU_W = 0, FPU_WU = 1, FPU_L = 2, FPU_LU = 3 };

#define F32_CANON_NAN 0x7fc00000u
#define F64_CANON_NAN 0x7ff8000000000000ull
#define F32_SIGN 0x80000000u
#define F64_SIGN 0x8000000000000000ull
#define F32_INF 0x7f800000u
#define F64_INF 0x7ff0000000000000ull

#define FPU_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- out of line (fpu_soft.c) ---- */

/* Round (-1)^sign * sig * 2^exp to binary32 (fmt FPU_S, result in the low
 * 32 bits) or binary64, in any of the five modes; raises NX, UF (tiny after
 * rounding and inexact) and OF. sig may use all 64 bits. */
uint64_t fpu_round_pack(bool sign, int exp, uint64_t sig, int fmt, unsigned rm, uint32_t *fl);
/* FCVT.{W,WU,L,LU}.{S,D}: saturating, NaN -> the maximum; 32-bit results
 * are sign-extended to 64 bits. */
uint64_t fpu_to_int(uint64_t bits, int fmt, int kind, unsigned rm, uint32_t *fl);
/* FCVT.{S,D}.{W,WU,L,LU} (only the low 32 bits of v count for W/WU). */
uint64_t fpu_from_int(uint64_t v, int kind, int fmt, unsigned rm, uint32_t *fl);
/* FCVT.S.D and arithmetic through the round-to-odd path; any rm 0..4 (the
 * fast paths below use them only for RMM; the unit tests use them in every
 * mode to check them against the host FPU). */
uint32_t fpu_soft_cvt_s_d(uint64_t a, unsigned rm, uint32_t *fl);
uint32_t fpu_soft_s(enum fpu_op op, uint32_t a, uint32_t b, uint32_t c, unsigned rm, uint32_t *fl);
uint64_t fpu_soft_d(enum fpu_op op, uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl);

/* ---- bit-level helpers ---- */

static inline float fpu_f32(uint32_t v)
{
	float f;
	memcpy(&f, &v, 4);
	return f;
}
static inline double fpu_f64(uint64_t v)
{
	double f;
	memcpy(&f, &v, 8);
	return f;
}
static inline uint32_t fpu_u32(float f)
{
	uint32_t v;
	memcpy(&v, &f, 4);
	return v;
}
static inline uint64_t fpu_u64(double f)
{
	uint64_t v;
	memcpy(&v, &f, 8);
	return v;
}

static inline bool f32_isnan(uint32_t v)
{
	return (uint32_t)(v << 1) > 0xff000000u;
}
static inline bool f64_isnan(uint64_t v)
{
	return (v << 1) > 0xffe0000000000000ull;
}
static inline bool f32_issnan(uint32_t v)
{
	return f32_isnan(v) && !(v & 0x00400000u);
}
static inline bool f64_issnan(uint64_t v)
{
	return f64_isnan(v) && !(v & 0x0008000000000000ull);
}
static inline bool f32_isinf(uint32_t v)
{
	return (uint32_t)(v << 1) == 0xff000000u;
}
static inline bool f64_isinf(uint64_t v)
{
	return (v << 1) == 0xffe0000000000000ull;
}
static inline bool f32_iszero(uint32_t v)
{
	return (uint32_t)(v << 1) == 0;
}
static inline bool f64_iszero(uint64_t v)
{
	return (v << 1) == 0;
}
static inline uint32_t f32_canon(uint32_t v)
{
	return f32_isnan(v) ? F32_CANON_NAN : v;
}
static inline uint64_t f64_canon(uint64_t v)
{
	return f64_isnan(v) ? F64_CANON_NAN : v;
}

/* NaN boxing: a binary32 in a 64-bit register must have the upper half all
 * ones, anything else reads as the canonical NaN. */
static inline uint32_t fpu_unbox(uint64_t v)
{
	return (v >> 32) == 0xffffffffu ? (uint32_t)v : F32_CANON_NAN;
}
static inline uint64_t fpu_box(uint32_t v)
{
	return 0xffffffff00000000ull | v;
}

/* ---- host FPU access ---- */

#if defined(__x86_64__) || defined(__i386__)
static inline uint32_t fpu_mxcsr_get(void)
{
	uint32_t v;
	__asm__ volatile("stmxcsr %0" : "=m"(v));
	return v;
}
static inline void fpu_mxcsr_set(uint32_t v)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(v));
}
/* MXCSR for RISC-V rounding modes 0..3 (RNE, RTZ, RDN, RUP): all
 * exceptions masked, FTZ/DAZ off, flags clear, and the mode's rounding
 * control (MXCSR.RC: 0 nearest, 1 down, 2 up, 3 toward zero). The JIT
 * loads from this table too. */
static const uint32_t fpu_mxcsr_for_rm[4] = {0x1f80, 0x7f80, 0x3f80, 0x5f80};
/* MXCSR flag bits IE DE ZE OE UE PE -> fflags NV - DZ OF UF NX (DE is
 * dropped), indexed by MXCSR & 63; the JIT maps its flags with it too. */
static const uint8_t fpu_mxcsr_fflags[64] = {
#define M_(m)                                                                                      \
	((((m)&1) << 4) | (((m)&4) << 1) | (((m) >> 1) & 4) | (((m) >> 3) & 2) | (((m) >> 5) & 1))
#define M4_(m) M_(m), M_((m) + 1), M_((m) + 2), M_((m) + 3)
#define M16_(m) M4_(m), M4_((m) + 4), M4_((m) + 8), M4_((m) + 12)
    M16_(0), M16_(16), M16_(32), M16_(48)
#undef M16_
#undef M4_
#undef M_
};
/* Prepare the SSE unit for one operation in mode rm (0..3): all exceptions
 * masked, FTZ/DAZ off, the RISC-V mode's rounding control, flags clear.
 * Loading unconditionally is cheaper than reading MXCSR to compare. */
static inline void fpu_hw_enter(unsigned rm)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(fpu_mxcsr_for_rm[rm & 3]));
}
/* The RISC-V flags the operation since fpu_hw_enter() raised. */
static inline uint32_t fpu_hw_flags(void)
{
	return fpu_mxcsr_fflags[fpu_mxcsr_get() & 63];
}
/* Pin a value in an SSE register at this point of the instruction stream. */
#define FPU_BARRIER(x) __asm__ volatile("" : "+x"(x))
#else
#include <fenv.h>
static inline void fpu_hw_enter(unsigned rm)
{
	static const int modes[4] = {FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD};
	if (fegetround() != modes[rm & 3])
		fesetround(modes[rm & 3]);
	feclearexcept(FE_ALL_EXCEPT);
}
static inline uint32_t fpu_hw_flags(void)
{
	int e = fetestexcept(FE_ALL_EXCEPT);
	return (e & FE_INVALID ? FFLAG_NV : 0) | (e & FE_DIVBYZERO ? FFLAG_DZ : 0) |
	       (e & FE_OVERFLOW ? FFLAG_OF : 0) | (e & FE_UNDERFLOW ? FFLAG_UF : 0) |
	       (e & FE_INEXACT ? FFLAG_NX : 0);
}
#define FPU_BARRIER(x) __asm__ volatile("" : "+m"(x))
#endif

/* Merge the flags of the operation that produced r into *fl, unless that
 * cannot change *fl (see the top of this file). */
static inline void fpu_hw_merge_s(uint32_t r, uint32_t *fl)
{
	if ((*fl & FFLAG_NX) &&
	    (uint32_t)((r & 0x7fffffffu) - 0x00800001u) < 0x7f7fffffu - 0x00800001u)
		return;
	*fl |= fpu_hw_flags();
}
static inline void fpu_hw_merge_d(uint64_t r, uint32_t *fl)
{
	if ((*fl & FFLAG_NX) && ((r & ~F64_SIGN) - 0x0010000000000001ull) <
				    0x7fefffffffffffffull - 0x0010000000000001ull)
		return;
	*fl |= fpu_hw_flags();
}

/* ---- arithmetic (rm 0..4, already validated) ---- */

#define FPU_DEF_BINOP(name, OPC, OP)                                                               \
	static inline uint32_t fpu_##name##_s(uint32_t a, uint32_t b, unsigned rm, uint32_t *fl)   \
	{                                                                                          \
		if (FPU_UNLIKELY(rm == FPU_RMM))                                                   \
			return fpu_soft_s(OPC, a, b, 0, rm, fl);                                   \
		float x = fpu_f32(a), y = fpu_f32(b), r;                                           \
		fpu_hw_enter(rm);                                                                  \
		FPU_BARRIER(x);                                                                    \
		FPU_BARRIER(y);                                                                    \
		r = x OP y;                                                                        \
		FPU_BARRIER(r);                                                                    \
		uint32_t v = fpu_u32(r);                                                           \
		fpu_hw_merge_s(v, fl);                                                             \
		return f32_canon(v);                                                               \
	}                                                                                          \
	static inline uint64_t fpu_##name##_d(uint64_t a, uint64_t b, unsigned rm, uint32_t *fl)   \
	{                                                                                          \
		if (FPU_UNLIKELY(rm == FPU_RMM))                                                   \
			return fpu_soft_d(OPC, a, b, 0, rm, fl);                                   \
		double x = fpu_f64(a), y = fpu_f64(b), r;                                          \
		fpu_hw_enter(rm);                                                                  \
		FPU_BARRIER(x);                                                                    \
		FPU_BARRIER(y);                                                                    \
		r = x OP y;                                                                        \
		FPU_BARRIER(r);                                                                    \
		uint64_t v = fpu_u64(r);                                                           \
		fpu_hw_merge_d(v, fl);                                                             \
		return f64_canon(v);                                                               \
	}

FPU_DEF_BINOP(add, FPU_ADD, +)
FPU_DEF_BINOP(sub, FPU_SUB, -)
FPU_DEF_BINOP(mul, FPU_MUL, *)
FPU_DEF_BINOP(div, FPU_DIV, /)
#undef FPU_DEF_BINOP

static inline uint32_t fpu_sqrt_s(uint32_t a, unsigned rm, uint32_t *fl)
{
	if (FPU_UNLIKELY(rm == FPU_RMM))
		return fpu_soft_s(FPU_SQRT, a, 0, 0, rm, fl);
	float x = fpu_f32(a), r;
	fpu_hw_enter(rm);
	FPU_BARRIER(x);
#if defined(__x86_64__) || defined(__i386__)
	__asm__("sqrtss %1, %0" : "=x"(r) : "x"(x));
#else
	r = sqrtf(x);
#endif
	FPU_BARRIER(r);
	uint32_t v = fpu_u32(r);
	fpu_hw_merge_s(v, fl);
	return f32_canon(v);
}

static inline uint64_t fpu_sqrt_d(uint64_t a, unsigned rm, uint32_t *fl)
{
	if (FPU_UNLIKELY(rm == FPU_RMM))
		return fpu_soft_d(FPU_SQRT, a, 0, 0, rm, fl);
	double x = fpu_f64(a), r;
	fpu_hw_enter(rm);
	FPU_BARRIER(x);
#if defined(__x86_64__) || defined(__i386__)
	__asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
#else
	r = sqrt(x);
#endif
	FPU_BARRIER(r);
	uint64_t v = fpu_u64(r);
	fpu_hw_merge_d(v, fl);
	return f64_canon(v);
}

/* a * b + c with one rounding (callers negate operands for FMSUB etc.).
 * RISC-V raises NV for inf * 0 even when c is a quiet NaN. */
static inline uint32_t fpu_fma_s(uint32_t a, uint32_t b, uint32_t c, unsigned rm, uint32_t *fl)
{
	if (FPU_UNLIKELY(rm == FPU_RMM))
		return fpu_soft_s(FPU_FMA, a, b, c, rm, fl);
	float x = fpu_f32(a), y = fpu_f32(b), z = fpu_f32(c), r;
	fpu_hw_enter(rm);
	FPU_BARRIER(x);
	FPU_BARRIER(y);
	FPU_BARRIER(z);
	r = fmaf(x, y, z);
	FPU_BARRIER(r);
	uint32_t v = fpu_u32(r);
	fpu_hw_merge_s(v, fl);
	if (FPU_UNLIKELY(f32_isnan(v))) {
		if ((f32_isinf(a) && f32_iszero(b)) || (f32_iszero(a) && f32_isinf(b)))
			*fl |= FFLAG_NV;
		return F32_CANON_NAN;
	}
	return v;
}

static inline uint64_t fpu_fma_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl)
{
	if (FPU_UNLIKELY(rm == FPU_RMM))
		return fpu_soft_d(FPU_FMA, a, b, c, rm, fl);
	double x = fpu_f64(a), y = fpu_f64(b), z = fpu_f64(c), r;
	fpu_hw_enter(rm);
	FPU_BARRIER(x);
	FPU_BARRIER(y);
	FPU_BARRIER(z);
	r = fma(x, y, z);
	FPU_BARRIER(r);
	uint64_t v = fpu_u64(r);
	fpu_hw_merge_d(v, fl);
	if (FPU_UNLIKELY(f64_isnan(v))) {
		if ((f64_isinf(a) && f64_iszero(b)) || (f64_iszero(a) && f64_isinf(b)))
			*fl |= FFLAG_NV;
		return F64_CANON_NAN;
	}
	return v;
}

/* FCVT.S.D (rounds). */
static inline uint32_t fpu_cvt_s_d(uint64_t a, unsigned rm, uint32_t *fl)
{
	if (FPU_UNLIKELY(rm == FPU_RMM))
		return fpu_soft_cvt_s_d(a, rm, fl);
	double x = fpu_f64(a);
	float r;
	fpu_hw_enter(rm);
	FPU_BARRIER(x);
	r = (float)x;
	FPU_BARRIER(r);
	uint32_t v = fpu_u32(r);
	fpu_hw_merge_s(v, fl);
	return f32_canon(v);
}

/* FCVT.D.S (exact; only a signaling NaN raises a flag). */
static inline uint64_t fpu_cvt_d_s(uint32_t a, uint32_t *fl)
{
	if (FPU_UNLIKELY(f32_isnan(a))) {
		if (f32_issnan(a))
			*fl |= FFLAG_NV;
		return F64_CANON_NAN;
	}
	uint32_t e = (a >> 23) & 0xff, m = a & 0x7fffff;
	uint64_t s = (uint64_t)(a >> 31) << 63;
	if (e == 0xff)
		return s | F64_INF;
	if (e == 0) {
		if (m == 0)
			return s;
		/* subnormal: normalize */
		int sh = __builtin_clz(m) - 8; /* brings the top bit to bit 23 */
		m <<= sh;
		return s | ((uint64_t)(1 - 127 - sh + 1023) << 52) |
		       ((uint64_t)(m & 0x7fffff) << 29);
	}
	return s | ((uint64_t)(e - 127 + 1023) << 52) | ((uint64_t)m << 29);
}

/* ---- operations without rounding ---- */

/* FMIN/FMAX: -0 < +0; one NaN -> the other operand; both -> canonical. */
static inline uint32_t fpu_minmax_s(uint32_t a, uint32_t b, bool max, uint32_t *fl)
{
	bool na = f32_isnan(a), nb = f32_isnan(b);
	if (FPU_UNLIKELY(na || nb)) {
		if (f32_issnan(a) || f32_issnan(b))
			*fl |= FFLAG_NV;
		if (na && nb)
			return F32_CANON_NAN;
		return na ? b : a;
	}
	float x = fpu_f32(a), y = fpu_f32(b);
	if (x < y)
		return max ? b : a;
	if (y < x)
		return max ? a : b;
	return max ? (a & b) : (a | b); /* equal: only the sign of zeros differs */
}

static inline uint64_t fpu_minmax_d(uint64_t a, uint64_t b, bool max, uint32_t *fl)
{
	bool na = f64_isnan(a), nb = f64_isnan(b);
	if (FPU_UNLIKELY(na || nb)) {
		if (f64_issnan(a) || f64_issnan(b))
			*fl |= FFLAG_NV;
		if (na && nb)
			return F64_CANON_NAN;
		return na ? b : a;
	}
	double x = fpu_f64(a), y = fpu_f64(b);
	if (x < y)
		return max ? b : a;
	if (y < x)
		return max ? a : b;
	return max ? (a & b) : (a | b);
}

/* Compares: kind 0 FLE, 1 FLT, 2 FEQ (the funct3 values). FEQ is quiet (NV
 * only for signaling NaNs), FLT/FLE signal NV for any NaN. */
static inline uint64_t fpu_cmp_s(uint32_t a, uint32_t b, unsigned kind, uint32_t *fl)
{
	if (FPU_UNLIKELY(f32_isnan(a) || f32_isnan(b))) {
		if (kind != 2 || f32_issnan(a) || f32_issnan(b))
			*fl |= FFLAG_NV;
		return 0;
	}
	float x = fpu_f32(a), y = fpu_f32(b);
	return kind == 0 ? x <= y : kind == 1 ? x < y : x == y;
}

static inline uint64_t fpu_cmp_d(uint64_t a, uint64_t b, unsigned kind, uint32_t *fl)
{
	if (FPU_UNLIKELY(f64_isnan(a) || f64_isnan(b))) {
		if (kind != 2 || f64_issnan(a) || f64_issnan(b))
			*fl |= FFLAG_NV;
		return 0;
	}
	double x = fpu_f64(a), y = fpu_f64(b);
	return kind == 0 ? x <= y : kind == 1 ? x < y : x == y;
}

/* FCLASS: one of ten bits. */
static inline uint64_t fpu_class_s(uint32_t v)
{
	unsigned s = v >> 31, e = (v >> 23) & 0xff, m = v & 0x7fffff, bit;
	if (e == 0xff)
		bit = m == 0 ? (s ? 0 : 7) : ((m >> 22) ? 9 : 8);
	else if (e == 0)
		bit = m == 0 ? (s ? 3 : 4) : (s ? 2 : 5);
	else
		bit = s ? 1 : 6;
	return 1u << bit;
}

static inline uint64_t fpu_class_d(uint64_t v)
{
	unsigned s = v >> 63, e = (v >> 52) & 0x7ff, bit;
	uint64_t m = v & 0xfffffffffffffull;
	if (e == 0x7ff)
		bit = m == 0 ? (s ? 0 : 7) : ((m >> 51) ? 9 : 8);
	else if (e == 0)
		bit = m == 0 ? (s ? 3 : 4) : (s ? 2 : 5);
	else
		bit = s ? 1 : 6;
	return 1u << bit;
}

#endif
