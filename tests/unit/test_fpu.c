/* FPU helpers (src/cpu/fpu.h, fpu_soft.c).
 *
 * The software paths (round-to-odd arithmetic, rounding/packing, integer
 * conversions) work in all five rounding modes; in RNE/RTZ/RDN/RUP they
 * are checked bit for bit, flags included, against the host FPU on
 * special and random operands. RMM, which the host lacks, is checked on
 * hand-computed values. */
#include <fenv.h>
#include <stdint.h>
#include <stdio.h>

#include "check.h"
#include "cpu/fpu.h"

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd64(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

static const uint32_t special_s[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000, 0x7fc00000,
    0xffc00000, 0x7f800001, 0x7fa00000, 0x00000001, 0x80000001, 0x007fffff, 0x00800000,
    0x80800000, 0x7f7fffff, 0xff7fffff, 0x3f800001, 0x3fffffff, 0x4b800000, 0x33800000,
    0x34000000, 0x00400000, 0x3effffff, 0x5f000000, 0xdf000000, 0x4f000000, 0xcf000000,
};
static const uint64_t special_d[] = {
    0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000,
    0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 0xfff8000000000000,
    0x7ff0000000000001, 0x7ff4000000000000, 0x0000000000000001, 0x8000000000000001,
    0x000fffffffffffff, 0x0010000000000000, 0x8010000000000000, 0x7fefffffffffffff,
    0xffefffffffffffff, 0x3ff0000000000001, 0x3fffffffffffffff, 0x4340000000000000,
    0x3ca0000000000000, 0x3cb0000000000000, 0x0008000000000000, 0x43e0000000000000,
    0xc3e0000000000000, 0x41e0000000000000, 0xc1e0000000000000, 0x36a0000000000000,
    0x3810000000000000, 0x47efffffe0000000,
};
#define NSPEC_S (sizeof(special_s) / sizeof(special_s[0]))
#define NSPEC_D (sizeof(special_d) / sizeof(special_d[0]))

/* Operands that exercise rounding: specials, random bits, values near a
 * few magnitudes (ties, cancellation, underflow, overflow). */
static uint32_t pick_s(void)
{
	uint64_t r = rnd64();
	switch (r % 6) {
	case 0:
		return special_s[(r >> 8) % NSPEC_S];
	case 1:
		return (uint32_t)(r >> 32);
	case 2: { /* around 1.0 with few low bits set */
		uint32_t base = (r >> 8) & 1 ? 0x3f800000 : 0x40000000;
		return base + ((r >> 16) & 7) - 2;
	}
	case 3: /* small exponent range around the subnormal boundary */
		return (uint32_t)(((r >> 8) & 1) << 31) | (uint32_t)((r >> 16) & 0x01ffffff);
	case 4: /* near the overflow boundary */
		return (uint32_t)(((r >> 8) & 1) << 31) |
		       (0x7e000000 + (uint32_t)((r >> 16) & 0x017fffff));
	default: /* moderate range, few significant bits (exact results, ties) */
		return (uint32_t)(((r >> 8) & 1) << 31) |
		       ((uint32_t)(0x3c + ((r >> 12) & 7)) << 24) |
		       ((uint32_t)(r >> 20) & 0x00fc0000);
	}
}

static uint64_t pick_d(void)
{
	uint64_t r = rnd64();
	switch (r % 6) {
	case 0:
		return special_d[(r >> 8) % NSPEC_D];
	case 1:
		return rnd64();
	case 2: {
		uint64_t base = (r >> 8) & 1 ? 0x3ff0000000000000 : 0x4000000000000000;
		return base + ((r >> 16) & 7) - 2;
	}
	case 3:
		return (((r >> 8) & 1) << 63) | ((rnd64() >> 10) & 0x003fffffffffffff);
	case 4:
		return (((r >> 8) & 1) << 63) |
		       (0x7fc0000000000000 + (rnd64() >> 12) % 0x002fffffffffffff);
	default:
		return (((r >> 8) & 1) << 63) | ((0x3c0 + ((r >> 12) & 0x3f)) << 52) |
		       ((rnd64() >> 20) & 0x000ff00000000000);
	}
}

static const char *opname[] = {"add", "sub", "mul", "div", "sqrt", "fma"};
static int mismatches;
static unsigned long n_uf, n_of, n_nx, n_cases; /* coverage counters */

static uint32_t hw_s(enum fpu_op op, uint32_t a, uint32_t b, uint32_t c, unsigned rm, uint32_t *fl)
{
	switch (op) {
	case FPU_ADD:
		return fpu_add_s(a, b, rm, fl);
	case FPU_SUB:
		return fpu_sub_s(a, b, rm, fl);
	case FPU_MUL:
		return fpu_mul_s(a, b, rm, fl);
	case FPU_DIV:
		return fpu_div_s(a, b, rm, fl);
	case FPU_SQRT:
		return fpu_sqrt_s(a, rm, fl);
	default:
		return fpu_fma_s(a, b, c, rm, fl);
	}
}

static uint64_t hw_d(enum fpu_op op, uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl)
{
	switch (op) {
	case FPU_ADD:
		return fpu_add_d(a, b, rm, fl);
	case FPU_SUB:
		return fpu_sub_d(a, b, rm, fl);
	case FPU_MUL:
		return fpu_mul_d(a, b, rm, fl);
	case FPU_DIV:
		return fpu_div_d(a, b, rm, fl);
	case FPU_SQRT:
		return fpu_sqrt_d(a, rm, fl);
	default:
		return fpu_fma_d(a, b, c, rm, fl);
	}
}

static void cmp_s(enum fpu_op op, uint32_t a, uint32_t b, uint32_t c, unsigned rm)
{
	uint32_t fh = 0, fs = 0;
	uint32_t rh = hw_s(op, a, b, c, rm, &fh);
	uint32_t rs = fpu_soft_s(op, a, b, c, rm, &fs);
	/* with NX already set the flag read may be skipped: same outcome */
	uint32_t fh2 = FFLAG_NX;
	if (hw_s(op, a, b, c, rm, &fh2) != rs || fh2 != (fs | FFLAG_NX))
		fh = ~0u;
	n_cases++;
	n_uf += !!(fs & FFLAG_UF);
	n_of += !!(fs & FFLAG_OF);
	n_nx += !!(fs & FFLAG_NX);
	if (rh != rs || fh != fs) {
		if (mismatches++ < 20)
			fprintf(stderr, "%s.s rm=%u %08x %08x %08x: hw %08x/%02x soft %08x/%02x\n",
				opname[op], rm, a, b, c, rh, fh, rs, fs);
		check_failures++;
	}
}

static void cmp_d(enum fpu_op op, uint64_t a, uint64_t b, uint64_t c, unsigned rm)
{
	uint32_t fh = 0, fs = 0;
	uint64_t rh = hw_d(op, a, b, c, rm, &fh);
	uint64_t rs = fpu_soft_d(op, a, b, c, rm, &fs);
	uint32_t fh2 = FFLAG_NX;
	if (hw_d(op, a, b, c, rm, &fh2) != rs || fh2 != (fs | FFLAG_NX))
		fh = ~0u;
	n_cases++;
	n_uf += !!(fs & FFLAG_UF);
	n_of += !!(fs & FFLAG_OF);
	n_nx += !!(fs & FFLAG_NX);
	if (rh != rs || fh != fs) {
		if (mismatches++ < 20)
			fprintf(stderr,
				"%s.d rm=%u %016llx %016llx %016llx: hw %016llx/%02x soft "
				"%016llx/%02x\n",
				opname[op], rm, (unsigned long long)a, (unsigned long long)b,
				(unsigned long long)c, (unsigned long long)rh, fh,
				(unsigned long long)rs, fs);
		check_failures++;
	}
}

static void test_soft_vs_hw(void)
{
	for (unsigned rm = 0; rm < 4; rm++) {
		for (int op = 0; op <= FPU_FMA; op++) {
			for (unsigned i = 0; i < NSPEC_S; i++)
				for (unsigned j = 0; j < NSPEC_S; j++)
					cmp_s(op, special_s[i], special_s[j],
					      special_s[(i + j) % NSPEC_S], rm);
			for (unsigned i = 0; i < NSPEC_D; i++)
				for (unsigned j = 0; j < NSPEC_D; j++)
					cmp_d(op, special_d[i], special_d[j],
					      special_d[(i * 7 + j) % NSPEC_D], rm);
			for (int n = 0; n < 40000; n++) {
				cmp_s(op, pick_s(), pick_s(), pick_s(), rm);
				cmp_d(op, pick_d(), pick_d(), pick_d(), rm);
			}
			/* products and quotients landing near the subnormal boundary,
			 * where tininess after rounding matters */
			for (int n = 0;
			     n < 40000 && (op == FPU_MUL || op == FPU_DIV || op == FPU_FMA); n++) {
				uint32_t ea = 40 + (uint32_t)(rnd64() % 60),
					 eb = 127 + 127 - ea - 3 + (uint32_t)(rnd64() % 6);
				if (op == FPU_DIV)
					eb = ea + 127 + 126 - 127 - 3 + (uint32_t)(rnd64() % 6) -
					     126 + 2;
				uint32_t a = (ea << 23) | (uint32_t)(rnd64() & 0x807fffff);
				uint32_t b = (eb << 23) | (uint32_t)(rnd64() & 0x807fffff);
				if (rnd64() & 1)
					b |= 0x7fffff; /* long carry chains */
				cmp_s(op, a, b, (uint32_t)(rnd64() & 0x80ffffff), rm);
				uint64_t ead = 300 + rnd64() % 400,
					 ebd = 1023 + 1022 - ead - 3 + rnd64() % 6;
				if (op == FPU_DIV)
					ebd = ead - 1022 + 1023 + 3 - rnd64() % 6;
				uint64_t ad = (ead << 52) | (rnd64() & 0x800fffffffffffffull);
				uint64_t bd = (ebd << 52) | (rnd64() & 0x800fffffffffffffull);
				if (rnd64() & 1)
					bd |= 0xfffffffffffffull;
				cmp_d(op, ad, bd, rnd64() & 0x801fffffffffffffull, rm);
			}
			/* FMA with cancellation: c close to -a*b */
			for (int n = 0; n < 20000 && op == FPU_FMA; n++) {
				uint32_t a = pick_s(), b = pick_s(), fl = 0;
				uint32_t p = fpu_mul_s(a, b, FPU_RNE, &fl) ^ F32_SIGN;
				cmp_s(op, a, b, p + (uint32_t)(rnd64() % 5) - 2, rm);
				uint64_t ad = pick_d(), bd = pick_d();
				uint64_t pd = fpu_mul_d(ad, bd, FPU_RNE, &fl) ^ F64_SIGN;
				cmp_d(op, ad, bd, pd + rnd64() % 5 - 2, rm);
			}
		}
	}
}

/* FCVT.S.D: software rounding against cvtsd2ss. */
static void test_cvt_s_d(void)
{
	for (unsigned rm = 0; rm < 4; rm++) {
		for (int n = 0; n < 200000; n++) {
			uint64_t a = n < (int)NSPEC_D ? special_d[n] : pick_d();
			if (n % 3 == 0) /* bias towards binary32 range */
				a = (a & 0x800fffffffffffffull) |
				    ((uint64_t)(0x360 + rnd64() % 0x120) << 52);
			uint32_t fh = 0, fs = 0;
			uint32_t rh = fpu_cvt_s_d(a, rm, &fh);
			uint32_t rs = fpu_soft_cvt_s_d(a, rm, &fs);
			uint32_t fh2 = FFLAG_NX;
			if (fpu_cvt_s_d(a, rm, &fh2) != rs || fh2 != (fs | FFLAG_NX))
				fh = ~0u;
			if (rh != rs || fh != fs) {
				if (mismatches++ < 20)
					fprintf(
					    stderr,
					    "cvt.s.d rm=%u %016llx: hw %08x/%02x soft %08x/%02x\n",
					    rm, (unsigned long long)a, rh, fh, rs, fs);
				check_failures++;
			}
		}
	}
}

/* Integer -> float against the host's cvtsi2sd/ss (signed 64-bit). */
static void test_from_int(void)
{
	for (unsigned rm = 0; rm < 4; rm++) {
		for (int n = 0; n < 200000; n++) {
			int64_t v = (int64_t)rnd64() >> (rnd64() % 64);
			uint32_t fh, fs;
			fpu_hw_enter(rm);
			int64_t vv = v;
			__asm__ volatile("" : "+r"(vv));
			double d = (double)vv;
			float f = (float)vv;
			FPU_BARRIER(d);
			FPU_BARRIER(f);
			fh = fpu_hw_flags();
			/* the two conversions share the flags: compare against both */
			fs = 0;
			uint64_t rd = fpu_from_int((uint64_t)v, FPU_L, FPU_D, rm, &fs);
			uint32_t fs2 = 0;
			uint32_t rf = (uint32_t)fpu_from_int((uint64_t)v, FPU_L, FPU_S, rm, &fs2);
			CHECK_EQ_U64(rd, fpu_u64(d));
			CHECK_EQ_U64(rf, fpu_u32(f));
			CHECK_EQ_U64(fs | fs2, fh);
			if (v >= INT32_MIN && v <= INT32_MAX) {
				fs = 0;
				CHECK_EQ_U64(fpu_from_int((uint64_t)v, FPU_W, FPU_S, rm, &fs),
					     fpu_u32(f));
				CHECK_EQ_U64(fpu_from_int((uint64_t)v, FPU_W, FPU_D, rm, &fs),
					     fpu_u64(d));
			}
		}
	}
	uint32_t fl = 0;
	/* Unsigned and limits, in RMM and others. */
	CHECK_EQ_U64(fpu_from_int(~0ull, FPU_LU, FPU_D, FPU_RNE, &fl), 0x43f0000000000000ull);
	CHECK_EQ_U64(fl, FFLAG_NX);
	fl = 0;
	CHECK_EQ_U64(fpu_from_int(~0ull, FPU_LU, FPU_D, FPU_RTZ, &fl), 0x43efffffffffffffull);
	CHECK_EQ_U64(fpu_from_int(~0ull, FPU_LU, FPU_S, FPU_RDN, &fl), 0x5f7fffffull);
	CHECK_EQ_U64(fpu_from_int(~0ull, FPU_LU, FPU_S, FPU_RMM, &fl), 0x5f800000ull);
	CHECK_EQ_U64(fpu_from_int(0x80000000ull, FPU_W, FPU_S, FPU_RNE, &fl), 0xcf000000ull);
	CHECK_EQ_U64(fpu_from_int(0xffffffffull, FPU_WU, FPU_D, FPU_RNE, &fl),
		     0x41efffffffe00000ull);
	CHECK_EQ_U64(fpu_from_int(0x8000000000000000ull, FPU_L, FPU_D, FPU_RNE, &fl),
		     0xc3e0000000000000ull);
	fl = 0;
	CHECK_EQ_U64(fpu_from_int(0, FPU_L, FPU_D, FPU_RDN, &fl), 0); /* +0, even in RDN */
	CHECK_EQ_U64(fl, 0);
	/* 2^24 + 1: a tie in binary32 */
	CHECK_EQ_U64(fpu_from_int(0x1000001, FPU_W, FPU_S, FPU_RNE, &fl), 0x4b800000ull);
	CHECK_EQ_U64(fpu_from_int(0x1000001, FPU_W, FPU_S, FPU_RMM, &fl), 0x4b800001ull);
	CHECK_EQ_U64(fpu_from_int(0x1000003, FPU_W, FPU_S, FPU_RMM, &fl), 0x4b800002ull);
	CHECK_EQ_U64(fpu_from_int(-0x1000001ll, FPU_L, FPU_S, FPU_RMM, &fl), 0xcb800001ull);
	/* 2^53 + 1 in binary64 */
	CHECK_EQ_U64(fpu_from_int(0x20000000000001ull, FPU_LU, FPU_D, FPU_RNE, &fl),
		     0x4340000000000000ull);
	CHECK_EQ_U64(fpu_from_int(0x20000000000001ull, FPU_LU, FPU_D, FPU_RMM, &fl),
		     0x4340000000000001ull);
}

/* Float -> integer: in range against cvtsd2si in the same mode; the limits
 * by hand. */
static void test_to_int(void)
{
	for (unsigned rm = 0; rm < 4; rm++) {
		for (int n = 0; n < 200000; n++) {
			uint64_t a = pick_d();
			if (n & 1) /* values in int64 range, many fractional */
				a = (a & 0x800fffffffffffffull) |
				    ((uint64_t)(0x3fd + rnd64() % 65) << 52);
			double x = fpu_f64(a);
			if (!(x > -9.2e18 && x < 9.2e18))
				continue;
			int64_t r;
			fpu_hw_enter(rm);
			FPU_BARRIER(x);
			__asm__ volatile("cvtsd2si %1, %0" : "=r"(r) : "x"(x));
			uint32_t fh = fpu_hw_flags() & FFLAG_NX, fs = 0;
			CHECK_EQ_U64(fpu_to_int(a, FPU_D, FPU_L, rm, &fs), (uint64_t)r);
			CHECK_EQ_U64(fs, fh);
			if (r >= INT32_MIN && r <= INT32_MAX) {
				fs = 0;
				CHECK_EQ_U64(fpu_to_int(a, FPU_D, FPU_W, rm, &fs), (uint64_t)r);
				CHECK_EQ_U64(fs, fh);
			}
			if (r >= 0) {
				fs = 0;
				CHECK_EQ_U64(fpu_to_int(a, FPU_D, FPU_LU, rm, &fs), (uint64_t)r);
				CHECK_EQ_U64(fs, fh);
			}
		}
	}
	struct {
		uint64_t in;
		int fmt, kind;
		unsigned rm;
		uint64_t out;
		uint32_t fl;
	} t[] = {
	    /* NaN -> maximum, +-inf saturate */
	    {0x7ff8000000000000, FPU_D, FPU_W, FPU_RNE, 0x7fffffff, FFLAG_NV},
	    {0xfff8000000000000, FPU_D, FPU_W, FPU_RNE, 0x7fffffff, FFLAG_NV},
	    {0x7ff8000000000000, FPU_D, FPU_WU, FPU_RNE, ~0ull, FFLAG_NV},
	    {0x7ff8000000000000, FPU_D, FPU_L, FPU_RNE, 0x7fffffffffffffff, FFLAG_NV},
	    {0x7ff8000000000000, FPU_D, FPU_LU, FPU_RNE, ~0ull, FFLAG_NV},
	    {0xfff0000000000000, FPU_D, FPU_W, FPU_RNE, 0xffffffff80000000, FFLAG_NV},
	    {0xfff0000000000000, FPU_D, FPU_L, FPU_RNE, 0x8000000000000000, FFLAG_NV},
	    {0xfff0000000000000, FPU_D, FPU_LU, FPU_RNE, 0, FFLAG_NV},
	    {0x7f800000, FPU_S, FPU_WU, FPU_RNE, ~0ull, FFLAG_NV},
	    {0x7fc00000, FPU_S, FPU_L, FPU_RNE, 0x7fffffffffffffff, FFLAG_NV},
	    /* INT_MIN exact, INT_MAX + 1 overflows */
	    {0xc1e0000000000000, FPU_D, FPU_W, FPU_RNE, 0xffffffff80000000, 0},
	    {0x41e0000000000000, FPU_D, FPU_W, FPU_RNE, 0x7fffffff, FFLAG_NV},
	    {0xc1e0000000100000, FPU_D, FPU_W, FPU_RTZ, 0xffffffff80000000, FFLAG_NX},
	    {0xc1e0000000100000, FPU_D, FPU_W, FPU_RDN, 0xffffffff80000000, FFLAG_NV},
	    {0x41efffffffe00000, FPU_D, FPU_W, FPU_RNE, 0x7fffffff, FFLAG_NV},
	    {0x41efffffffe00000, FPU_D, FPU_WU, FPU_RNE, 0xffffffffffffffff, 0},
	    {0x41f0000000000000, FPU_D, FPU_WU, FPU_RNE, 0xffffffffffffffff, FFLAG_NV},
	    {0x43e0000000000000, FPU_D, FPU_L, FPU_RNE, 0x7fffffffffffffff, FFLAG_NV},
	    {0xc3e0000000000000, FPU_D, FPU_L, FPU_RNE, 0x8000000000000000, 0},
	    {0x43efffffffffffff, FPU_D, FPU_LU, FPU_RNE, 0xfffffffffffff800, 0},
	    {0x43f0000000000000, FPU_D, FPU_LU, FPU_RNE, ~0ull, FFLAG_NV},
	    {0x5f800000, FPU_S, FPU_LU, FPU_RNE, ~0ull, FFLAG_NV},
	    {0x5f7fffff, FPU_S, FPU_LU, FPU_RNE, 0xffffff0000000000, 0},
	    /* negative to unsigned */
	    {0xbff0000000000000, FPU_D, FPU_WU, FPU_RNE, 0, FFLAG_NV},
	    {0xbfe0000000000000, FPU_D, FPU_WU, FPU_RNE, 0, FFLAG_NX}, /* -0.5 -> -0 */
	    {0xbfe0000000000000, FPU_D, FPU_WU, FPU_RMM, 0, FFLAG_NV}, /* -0.5 -> -1 */
	    {0xbfe0000000000000, FPU_D, FPU_LU, FPU_RDN, 0, FFLAG_NV},
	    {0xbfe0000000000000, FPU_D, FPU_LU, FPU_RUP, 0, FFLAG_NX},
	    {0x8000000000000000, FPU_D, FPU_LU, FPU_RNE, 0, 0},
	    /* -0.5 and 2.5 in each mode */
	    {0xbfe0000000000000, FPU_D, FPU_W, FPU_RNE, 0, FFLAG_NX},
	    {0xbfe0000000000000, FPU_D, FPU_W, FPU_RTZ, 0, FFLAG_NX},
	    {0xbfe0000000000000, FPU_D, FPU_W, FPU_RDN, ~0ull, FFLAG_NX},
	    {0xbfe0000000000000, FPU_D, FPU_W, FPU_RUP, 0, FFLAG_NX},
	    {0xbfe0000000000000, FPU_D, FPU_W, FPU_RMM, ~0ull, FFLAG_NX},
	    {0x4004000000000000, FPU_D, FPU_L, FPU_RNE, 2, FFLAG_NX},
	    {0x4004000000000000, FPU_D, FPU_L, FPU_RMM, 3, FFLAG_NX},
	    {0xc0200000, FPU_S, FPU_L, FPU_RMM, (uint64_t)-3, FFLAG_NX},
	    {0xc0200000, FPU_S, FPU_L, FPU_RNE, (uint64_t)-2, FFLAG_NX},
	    {0x3f400000, FPU_S, FPU_L, FPU_RMM, 1, FFLAG_NX}, /* 0.75 */
	    {0x3e800000, FPU_S, FPU_L, FPU_RMM, 0, FFLAG_NX}, /* 0.25 */
	    {0x00000001, FPU_S, FPU_L, FPU_RUP, 1, FFLAG_NX}, /* tiny */
	    {0x80000001, FPU_S, FPU_L, FPU_RDN, ~0ull, FFLAG_NX},
	    /* WU results are sign-extended */
	    {0x4f000000, FPU_S, FPU_WU, FPU_RNE, 0xffffffff80000000, 0},
	};
	for (unsigned k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
		uint32_t fl = 0;
		uint64_t r = fpu_to_int(t[k].in, t[k].fmt, t[k].kind, t[k].rm, &fl);
		if (r != t[k].out || fl != t[k].fl) {
			fprintf(stderr, "to_int case %u: %#llx/%02x, expected %#llx/%02x\n", k,
				(unsigned long long)r, fl, (unsigned long long)t[k].out, t[k].fl);
			check_failures++;
		}
	}
}

/* RMM on hand-computed values. */
static void test_rmm(void)
{
	uint32_t fl;
#define S_CASE(expr, res, flags)                                                                   \
	do {                                                                                       \
		fl = 0;                                                                            \
		CHECK_EQ_U64(expr, res);                                                           \
		CHECK_EQ_U64(fl, flags);                                                           \
	} while (0)
	/* 1 + 2^-24: tie between 1 and 1+2^-23 -> away from zero */
	S_CASE(fpu_add_s(0x3f800000, 0x33800000, FPU_RMM, &fl), 0x3f800001, FFLAG_NX);
	S_CASE(fpu_add_s(0x3f800000, 0x33800000, FPU_RNE, &fl), 0x3f800000, FFLAG_NX);
	S_CASE(fpu_add_s(0xbf800000, 0xb3800000, FPU_RMM, &fl), 0xbf800001, FFLAG_NX);
	/* 1+2^-23 + 2^-24: tie, RNE goes to even (1+2^-22), RMM too */
	S_CASE(fpu_add_s(0x3f800001, 0x33800000, FPU_RMM, &fl), 0x3f800002, FFLAG_NX);
	/* just below / above a tie: 1 + 2^-24 -+ 2^-48 */
	S_CASE(fpu_fma_s(0x33800000, 0x3f7fffff, 0x3f800000, FPU_RMM, &fl), 0x3f800000, FFLAG_NX);
	S_CASE(fpu_fma_s(0x33800000, 0x3f800001, 0x3f800000, FPU_RMM, &fl), 0x3f800001, FFLAG_NX);
	S_CASE(fpu_fma_s(0x33800000, 0x3f800000, 0x3f800000, FPU_RMM, &fl), 0x3f800001, FFLAG_NX);
	S_CASE(fpu_add_s(0x3f800000, 0x337fffff, FPU_RMM, &fl), 0x3f800000, FFLAG_NX);
	/* binary64: 1 + 2^-53 */
	S_CASE(fpu_add_d(0x3ff0000000000000, 0x3ca0000000000000, FPU_RMM, &fl), 0x3ff0000000000001,
	       FFLAG_NX);
	S_CASE(fpu_add_d(0x3ff0000000000000, 0x3ca0000000000000, FPU_RNE, &fl), 0x3ff0000000000000,
	       FFLAG_NX);
	S_CASE(fpu_sub_d(0xbff0000000000000, 0x3ca0000000000000, FPU_RMM, &fl), 0xbff0000000000001,
	       FFLAG_NX);
	/* (1+2^-52)*(1+2^-52) = 1 + 2^-51 + 2^-104: just above ... rounds to 1+2^-51 */
	S_CASE(fpu_mul_d(0x3ff0000000000001, 0x3ff0000000000001, FPU_RMM, &fl), 0x3ff0000000000002,
	       FFLAG_NX);
	/* 3 * (1 + 2^-52) / 2 ... exact midpoints through fma: 1 + 2^-53 */
	S_CASE(fpu_fma_d(0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, FPU_RMM, &fl),
	       0x3ff0000000000001, FFLAG_NX);
	S_CASE(fpu_fma_d(0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, FPU_RNE, &fl),
	       0x3ff0000000000000, FFLAG_NX);
	/* division: 1 / 3 in RMM == RNE (no tie) */
	S_CASE(fpu_div_d(0x3ff0000000000000, 0x4008000000000000, FPU_RMM, &fl), 0x3fd5555555555555,
	       FFLAG_NX);
	S_CASE(fpu_div_s(0x3f800000, 0x40400000, FPU_RMM, &fl), 0x3eaaaaab, FFLAG_NX);
	/* subnormal tie: 2^-149 * 0.5 = 2^-150, halfway between 0 and 2^-149 */
	S_CASE(fpu_mul_s(0x00000001, 0x3f000000, FPU_RMM, &fl), 0x00000001, FFLAG_NX | FFLAG_UF);
	S_CASE(fpu_mul_s(0x00000001, 0x3f000000, FPU_RNE, &fl), 0x00000000, FFLAG_NX | FFLAG_UF);
	S_CASE(fpu_mul_s(0x80000003, 0x3f000000, FPU_RMM, &fl), 0x80000002, FFLAG_NX | FFLAG_UF);
	S_CASE(fpu_mul_d(0x0000000000000001, 0x3fe0000000000000, FPU_RMM, &fl), 0x1,
	       FFLAG_NX | FFLAG_UF);
	S_CASE(fpu_mul_d(0x0000000000000003, 0x3fe0000000000000, FPU_RMM, &fl), 0x2,
	       FFLAG_NX | FFLAG_UF);
	/* overflow goes to infinity in RMM */
	S_CASE(fpu_mul_s(0x7f7fffff, 0x40000000, FPU_RMM, &fl), 0x7f800000, FFLAG_OF | FFLAG_NX);
	S_CASE(fpu_mul_d(0xffefffffffffffff, 0x4000000000000000, FPU_RMM, &fl), 0xfff0000000000000,
	       FFLAG_OF | FFLAG_NX);
	/* exact cancellation gives +0 in RMM */
	S_CASE(fpu_sub_s(0x3f800000, 0x3f800000, FPU_RMM, &fl), 0, 0);
	S_CASE(fpu_sub_d(0x3ff0000000000000, 0x3ff0000000000000, FPU_RMM, &fl), 0, 0);
	S_CASE(fpu_sub_d(0x3ff0000000000000, 0x3ff0000000000000, FPU_RDN, &fl), 0x8000000000000000,
	       0);
	/* NaNs and invalid */
	S_CASE(fpu_add_s(0x7f800001, 0x3f800000, FPU_RMM, &fl), F32_CANON_NAN, FFLAG_NV);
	S_CASE(fpu_sqrt_d(0xbff0000000000000, FPU_RMM, &fl), F64_CANON_NAN, FFLAG_NV);
	S_CASE(fpu_div_d(0x3ff0000000000000, 0x8000000000000000, FPU_RMM, &fl), 0xfff0000000000000,
	       FFLAG_DZ);
	S_CASE(fpu_fma_d(F64_INF, 0, F64_CANON_NAN, FPU_RMM, &fl), F64_CANON_NAN, FFLAG_NV);
	S_CASE(fpu_fma_d(F64_INF, 0, F64_CANON_NAN, FPU_RNE, &fl), F64_CANON_NAN, FFLAG_NV);
	S_CASE(fpu_fma_s(0, F32_INF, F32_CANON_NAN, FPU_RUP, &fl), F32_CANON_NAN, FFLAG_NV);
	S_CASE(fpu_fma_s(0x3f800000, F32_INF, 0xff800000, FPU_RTZ, &fl), F32_CANON_NAN, FFLAG_NV);
	/* sqrt in RMM: sqrt(2) */
	S_CASE(fpu_sqrt_d(0x4000000000000000, FPU_RMM, &fl), 0x3ff6a09e667f3bcd, FFLAG_NX);
	/* cvt.s.d RMM: 1 + 2^-24 exactly */
	S_CASE(fpu_cvt_s_d(0x3ff0000010000000, FPU_RMM, &fl), 0x3f800001, FFLAG_NX);
	S_CASE(fpu_cvt_s_d(0x3ff0000010000000, FPU_RNE, &fl), 0x3f800000, FFLAG_NX);
	S_CASE(fpu_cvt_s_d(0x47efffffefffffff, FPU_RMM, &fl), 0x7f7fffff, FFLAG_NX);
	S_CASE(fpu_cvt_s_d(0x47efffffF0000000, FPU_RMM, &fl), 0x7f800000, FFLAG_OF | FFLAG_NX);
#undef S_CASE
}

static void test_misc(void)
{
	uint32_t fl = 0;
	CHECK_EQ_U64(fpu_unbox(0xffffffff3f800000ull), 0x3f800000);
	CHECK_EQ_U64(fpu_unbox(0xfffffffe3f800000ull), F32_CANON_NAN);
	CHECK_EQ_U64(fpu_unbox(0x3f800000ull), F32_CANON_NAN);
	CHECK_EQ_U64(fpu_cvt_d_s(0x00000001, &fl), 0x36a0000000000000ull);
	CHECK_EQ_U64(fpu_cvt_d_s(0x807fffff, &fl), 0xb80fffffc0000000ull);
	CHECK_EQ_U64(fpu_cvt_d_s(0x3f800000, &fl), 0x3ff0000000000000ull);
	CHECK_EQ_U64(fpu_cvt_d_s(0xff800000, &fl), 0xfff0000000000000ull);
	CHECK_EQ_U64(fl, 0);
	CHECK_EQ_U64(fpu_cvt_d_s(0x7f800001, &fl), F64_CANON_NAN);
	CHECK_EQ_U64(fl, FFLAG_NV);
	/* exhaustive-ish cvt.d.s against the host for finite values */
	for (int n = 0; n < 100000; n++) {
		uint32_t a = (uint32_t)rnd64();
		if (f32_isnan(a))
			continue;
		fl = 0;
		CHECK_EQ_U64(fpu_cvt_d_s(a, &fl), fpu_u64((double)fpu_f32(a)));
	}
	fl = 0;
	CHECK_EQ_U64(fpu_minmax_d(0x8000000000000000, 0, false, &fl), 0x8000000000000000);
	CHECK_EQ_U64(fpu_minmax_d(0, 0x8000000000000000, true, &fl), 0);
	CHECK_EQ_U64(fpu_minmax_s(0x7fc00000, 0x3f800000, false, &fl), 0x3f800000);
	CHECK_EQ_U64(fl, 0);
	CHECK_EQ_U64(fpu_minmax_s(0x7f800001, 0x3f800000, true, &fl), 0x3f800000);
	CHECK_EQ_U64(fl, FFLAG_NV);
	fl = 0;
	CHECK_EQ_U64(fpu_minmax_s(0x7f800001, 0xffc00001, true, &fl), F32_CANON_NAN);
	CHECK_EQ_U64(fpu_cmp_d(F64_CANON_NAN, 0, 2, &fl), 0);
	CHECK_EQ_U64(fl, FFLAG_NV); /* from the min/max sNaN above */
	fl = 0;
	CHECK_EQ_U64(fpu_cmp_d(F64_CANON_NAN, 0, 2, &fl), 0);
	CHECK_EQ_U64(fl, 0);
	CHECK_EQ_U64(fpu_cmp_d(F64_CANON_NAN, 0, 0, &fl), 0);
	CHECK_EQ_U64(fl, FFLAG_NV);
	fl = 0;
	CHECK_EQ_U64(fpu_cmp_s(0x80000000, 0, 2, &fl), 1);
	CHECK_EQ_U64(fpu_cmp_s(0x80000000, 0, 1, &fl), 0);
	CHECK_EQ_U64(fpu_cmp_s(0x80000000, 0, 0, &fl), 1);
	CHECK_EQ_U64(fl, 0);
	CHECK_EQ_U64(fpu_class_s(0xff800000), 1);
	CHECK_EQ_U64(fpu_class_s(0x7f800001), 0x100);
	CHECK_EQ_U64(fpu_class_s(0x7fc00000), 0x200);
	CHECK_EQ_U64(fpu_class_d(0x800fffffffffffff), 4);
	CHECK_EQ_U64(fpu_class_d(0x0000000000000000), 0x10);
}

int main(void)
{
	test_soft_vs_hw();
	printf("soft vs hw: %lu operations (%lu inexact, %lu underflow, %lu overflow)\n", n_cases,
	       n_nx, n_uf, n_of);
	test_cvt_s_d();
	test_from_int();
	test_to_int();
	test_rmm();
	test_misc();
	CHECK_DONE();
}
