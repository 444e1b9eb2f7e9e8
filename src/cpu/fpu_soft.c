/* Software halves of the FPU: rounding and packing in all five RISC-V modes,
 * float <-> integer conversions, and the round-to-odd path that gives
 * round-to-nearest-max-magnitude (RMM) on a host that only has the IEEE
 * modes. See fpu.h. */
#include "cpu/fpu.h"

#include <fenv.h>
#include <float.h>
#include <math.h>

#if LDBL_MANT_DIG < 55
#error "the binary64 RMM path needs a long double of at least 55 significant bits"
#endif

/* Split sig >> shift (shift >= 1) into the kept part, the first dropped
 * bit (round) and whether any further dropped bit is set (sticky). */
static inline uint64_t shr_round(uint64_t sig, int shift, bool *rnd, bool *sticky)
{
	if (shift >= 65) {
		*rnd = false;
		*sticky = sig != 0;
		return 0;
	}
	if (shift == 64) {
		*rnd = sig >> 63;
		*sticky = (sig << 1) != 0;
		return 0;
	}
	*rnd = (sig >> (shift - 1)) & 1;
	*sticky = (sig & ((1ull << (shift - 1)) - 1)) != 0;
	return sig >> shift;
}

/* Whether the kept magnitude q is incremented. */
static inline bool round_up(unsigned rm, bool sign, bool odd, bool rnd, bool sticky)
{
	switch (rm) {
	case FPU_RNE:
		return rnd && (sticky || odd);
	case FPU_RTZ:
		return false;
	case FPU_RDN:
		return sign && (rnd || sticky);
	case FPU_RUP:
		return !sign && (rnd || sticky);
	default: /* FPU_RMM */
		return rnd;
	}
}

uint64_t fpu_round_pack(bool sign, int exp, uint64_t sig, int fmt, unsigned rm, uint32_t *fl)
{
	const int p = fmt == FPU_D ? 53 : 24; /* significand bits */
	const int bias = fmt == FPU_D ? 1023 : 127;
	const int emin = 1 - bias, emax = bias;
	const uint64_t sgn = (uint64_t)sign << (fmt == FPU_D ? 63 : 31);
	const uint64_t inf = fmt == FPU_D ? F64_INF : F32_INF;

	if (sig == 0)
		return sgn;
	int lz = __builtin_clzll(sig);
	sig <<= lz;
	int e = exp + 63 - lz; /* exponent of the leading bit */
	int shift = 64 - p;
	bool rnd, sticky, tiny = false;
	uint64_t q;

	if (e < emin) {
		/* Tiny after rounding unless rounding to p bits with an unbounded
		 * exponent carries up to 2^emin. */
		tiny = true;
		if (e == emin - 1) {
			q = shr_round(sig, shift, &rnd, &sticky);
			if (round_up(rm, sign, q & 1, rnd, sticky) && q + 1 == (1ull << p))
				tiny = false;
		}
		shift += emin - e; /* subnormal: the last bit is fixed at 2^(emin-p+1) */
	}
	q = shr_round(sig, shift, &rnd, &sticky);
	q += round_up(rm, sign, q & 1, rnd, sticky);
	if (rnd || sticky)
		*fl |= tiny ? FFLAG_NX | FFLAG_UF : FFLAG_NX;

	if (e < emin) /* q <= 2^(p-1): a carry into bit p-1 makes the minimum normal */
		return sgn | q;
	if (q >> p) { /* rounding carried out: q == 2^p */
		q >>= 1;
		e++;
	}
	if (e > emax) {
		*fl |= FFLAG_OF | FFLAG_NX;
		bool to_inf = rm == FPU_RNE || rm == FPU_RMM || (rm == FPU_RUP && !sign) ||
			      (rm == FPU_RDN && sign);
		return sgn | (to_inf ? inf : inf - 1);
	}
	return sgn | ((uint64_t)(e + bias) << (p - 1)) | (q & ((1ull << (p - 1)) - 1));
}

/* ---- conversions ---- */

/* Finite value as (-1)^sign * sig * 2^exp; returns false for NaN/inf
 * (*sig == 0 then means infinity). */
static bool unpack(uint64_t bits, int fmt, bool *sign, int *exp, uint64_t *sig)
{
	unsigned e;
	uint64_t m;
	if (fmt == FPU_D) {
		*sign = bits >> 63;
		e = (bits >> 52) & 0x7ff;
		m = bits & 0xfffffffffffffull;
		if (e == 0x7ff) {
			*sig = m;
			return false;
		}
		*sig = e ? m | (1ull << 52) : m;
		*exp = (e ? (int)e : 1) - 1075;
	} else {
		bits = (uint32_t)bits;
		*sign = bits >> 31;
		e = (bits >> 23) & 0xff;
		m = bits & 0x7fffff;
		if (e == 0xff) {
			*sig = m;
			return false;
		}
		*sig = e ? m | (1u << 23) : m;
		*exp = (e ? (int)e : 1) - 150;
	}
	return true;
}

uint64_t fpu_to_int(uint64_t bits, int fmt, int kind, unsigned rm, uint32_t *fl)
{
	const bool is_signed = kind == FPU_W || kind == FPU_L;
	const bool is32 = kind == FPU_W || kind == FPU_WU;
	/* Largest magnitude for each sign. */
	const uint64_t pos_max = is32 ? (is_signed ? 0x7fffffffull : 0xffffffffull)
				      : (is_signed ? 0x7fffffffffffffffull : ~0ull);
	const uint64_t neg_max = is_signed ? (is32 ? 0x80000000ull : 0x8000000000000000ull) : 0;
	bool sign, rnd = false, sticky = false, huge = false;
	int exp = 0;
	uint64_t sig, mag;

	if (!unpack(bits, fmt, &sign, &exp, &sig)) {
		if (sig != 0)
			sign = false; /* NaN converts like +inf */
		huge = true;
		mag = 0;
	} else if (exp >= 0) {
		if (sig != 0 && (exp >= 64 || sig > (~0ull >> exp)))
			huge = true;
		mag = sig << (exp & 63);
	} else {
		mag = shr_round(sig, -exp, &rnd, &sticky);
		mag += round_up(rm, sign, mag & 1, rnd, sticky);
	}

	uint64_t res;
	if (huge || mag > (sign ? neg_max : pos_max)) {
		*fl |= FFLAG_NV;
		res = sign ? (is_signed ? -neg_max : 0) : pos_max;
	} else {
		if (rnd || sticky)
			*fl |= FFLAG_NX;
		res = sign ? -mag : mag;
	}
	return is32 ? (uint64_t)(int64_t)(int32_t)res : res;
}

uint64_t fpu_from_int(uint64_t v, int kind, int fmt, unsigned rm, uint32_t *fl)
{
	bool sign = false;
	uint64_t mag;
	switch (kind) {
	case FPU_W: {
		int32_t s = (int32_t)v;
		sign = s < 0;
		mag = sign ? -(uint64_t)(int64_t)s : (uint64_t)s;
		break;
	}
	case FPU_WU:
		mag = (uint32_t)v;
		break;
	case FPU_L:
		sign = (int64_t)v < 0;
		mag = sign ? -v : v;
		break;
	default:
		mag = v;
		break;
	}
	return fpu_round_pack(sign, 0, mag, fmt, rm, fl);
}

uint32_t fpu_soft_cvt_s_d(uint64_t a, unsigned rm, uint32_t *fl)
{
	bool sign;
	int exp;
	uint64_t sig;
	if (!unpack(a, FPU_D, &sign, &exp, &sig)) {
		if (sig == 0)
			return (sign ? F32_SIGN : 0) | F32_INF;
		if (f64_issnan(a))
			*fl |= FFLAG_NV;
		return F32_CANON_NAN;
	}
	return (uint32_t)fpu_round_pack(sign, exp, sig, FPU_S, rm, fl);
}

/* ---- arithmetic through round-to-odd ---- */

/* NaN operands, and the invalid inf * 0 of FMA: true when the result is
 * decided (the canonical NaN). */
static bool nan_operands(enum fpu_op op, int fmt, uint64_t a, uint64_t b, uint64_t c, uint32_t *fl)
{
	const int n = op == FPU_SQRT ? 1 : op == FPU_FMA ? 3 : 2;
	const uint64_t in[3] = {a, b, c};
	bool nan = false;
	for (int k = 0; k < n; k++) {
		bool isn = fmt == FPU_D ? f64_isnan(in[k]) : f32_isnan((uint32_t)in[k]);
		bool iss = fmt == FPU_D ? f64_issnan(in[k]) : f32_issnan((uint32_t)in[k]);
		nan |= isn;
		if (iss)
			*fl |= FFLAG_NV;
	}
	if (op == FPU_FMA) {
		bool inf0 = fmt == FPU_D
				? (f64_isinf(a) && f64_iszero(b)) || (f64_iszero(a) && f64_isinf(b))
				: (f32_isinf((uint32_t)a) && f32_iszero((uint32_t)b)) ||
				      (f32_iszero((uint32_t)a) && f32_isinf((uint32_t)b));
		if (inf0) {
			*fl |= FFLAG_NV;
			return true;
		}
	}
	return nan;
}

/* binary32 operation in binary64 on the SSE unit (hardware rounding mode
 * hwrm 0..3); binary32 operands make every result exact or normal there. */
static double op_in_double(enum fpu_op op, double x, double y, double z, unsigned hwrm,
			   uint32_t *hf)
{
	double r;
	fpu_hw_enter(hwrm);
	FPU_BARRIER(x);
	FPU_BARRIER(y);
	FPU_BARRIER(z);
	switch (op) {
	case FPU_ADD:
		r = x + y;
		break;
	case FPU_SUB:
		r = x - y;
		break;
	case FPU_MUL:
		r = x * y;
		break;
	case FPU_DIV:
		r = x / y;
		break;
	case FPU_SQRT:
		r = sqrt(x);
		break;
	default:
		r = fma(x, y, z);
		break;
	}
	FPU_BARRIER(r);
	*hf = fpu_hw_flags();
	return r;
}

/* binary64 operation in the x87 80-bit format (64-bit significand, wide
 * exponent: binary64 operands never overflow or underflow there). */
static long double op_in_ldouble(enum fpu_op op, double x, double y, double z, int mode,
				 uint32_t *hf)
{
	fesetround(mode);
	feclearexcept(FE_ALL_EXCEPT);
	volatile long double vx = x, vy = y, vz = z, vr;
	switch (op) {
	case FPU_ADD:
		vr = vx + vy;
		break;
	case FPU_SUB:
		vr = vx - vy;
		break;
	case FPU_MUL:
		vr = vx * vy;
		break;
	case FPU_DIV:
		vr = vx / vy;
		break;
	case FPU_SQRT:
		vr = sqrtl(vx);
		break;
	default:
		vr = fmal(vx, vy, vz);
		break;
	}
	long double r = vr;
	int e = fetestexcept(FE_ALL_EXCEPT);
	fesetround(FE_TONEAREST);
	*hf = (e & FE_INVALID ? FFLAG_NV : 0) | (e & FE_DIVBYZERO ? FFLAG_DZ : 0) |
	      (e & FE_INEXACT ? FFLAG_NX : 0);
	return r;
}

static bool cancels(enum fpu_op op)
{
	return op == FPU_ADD || op == FPU_SUB || op == FPU_FMA;
}

uint32_t fpu_soft_s(enum fpu_op op, uint32_t a, uint32_t b, uint32_t c, unsigned rm, uint32_t *fl)
{
	if (nan_operands(op, FPU_S, a, b, c, fl))
		return F32_CANON_NAN;
	/* only the operands the operation reads (an unused sNaN would raise NV) */
	double x = fpu_f32(a), y = op == FPU_SQRT ? 0 : fpu_f32(b),
	       z = op == FPU_FMA ? fpu_f32(c) : 0;
	uint32_t hf;
	double r = op_in_double(op, x, y, z, FPU_RTZ, &hf);
	if (r == 0 && rm == FPU_RDN && cancels(op)) /* exact zero sum: -0 in RDN */
		r = op_in_double(op, x, y, z, FPU_RDN, &hf);
	*fl |= hf & (FFLAG_NV | FFLAG_DZ);
	uint64_t v = fpu_u64(r);
	if (f64_isnan(v))
		return F32_CANON_NAN;
	if (f64_isinf(v) || r == 0) /* exact: infinite operand, x/0, or a zero */
		return (uint32_t)(v >> 32) & 0xff800000u;
	bool sign;
	int exp;
	uint64_t sig;
	unpack(v, FPU_D, &sign, &exp, &sig);
	if (hf & FFLAG_NX)
		sig |= 1; /* round to odd */
	return (uint32_t)fpu_round_pack(sign, exp, sig, FPU_S, rm, fl);
}

uint64_t fpu_soft_d(enum fpu_op op, uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl)
{
	if (nan_operands(op, FPU_D, a, b, c, fl))
		return F64_CANON_NAN;
	double x = fpu_f64(a), y = op == FPU_SQRT ? 0 : fpu_f64(b),
	       z = op == FPU_FMA ? fpu_f64(c) : 0;
	uint32_t hf;
	long double r = op_in_ldouble(op, x, y, z, FE_TOWARDZERO, &hf);
	if (r == 0 && rm == FPU_RDN && cancels(op))
		r = op_in_ldouble(op, x, y, z, FE_DOWNWARD, &hf);
	*fl |= hf & (FFLAG_NV | FFLAG_DZ);
	if (isnan(r))
		return F64_CANON_NAN;
	bool sign = signbit(r);
	if (isinf(r) || r == 0)
		return (sign ? F64_SIGN : 0) | (isinf(r) ? F64_INF : 0);
	int e;
	long double m = ldexpl(frexpl(fabsl(r), &e), 64); /* [2^63, 2^64) */
	uint64_t sig = (uint64_t)m;
	if ((hf & FFLAG_NX) || m != (long double)sig)
		sig |= 1; /* round to odd */
	return fpu_round_pack(sign, e - 64, sig, FPU_D, rm, fl);
}
