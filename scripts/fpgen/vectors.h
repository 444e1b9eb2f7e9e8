/* Test vectors. B(): NaN-box a binary32. */
#define B(x) (0xffffffff00000000ull | (uint32_t)(x))
#define S_ONE 0x3f800000u
#define S_TWO 0x40000000u
#define S_THREE 0x40400000u
#define S_HALF 0x3f000000u
#define S_E24 0x33800000u /* 2^-24 */
#define S_MAX 0x7f7fffffu
#define S_MINN 0x00800000u
#define S_INF 0x7f800000u
#define S_QNAN 0x7fc00000u
#define S_SNAN 0x7f800001u
#define D_ONE 0x3ff0000000000000ull
#define D_TWO 0x4000000000000000ull
#define D_THREE 0x4008000000000000ull
#define D_HALF 0x3fe0000000000000ull
#define D_E53 0x3ca0000000000000ull
#define D_MAX 0x7fefffffffffffffull
#define D_MINN 0x0010000000000000ull
#define D_INF 0x7ff0000000000000ull
#define D_QNAN 0x7ff8000000000000ull
#define D_SNAN 0x7ff0000000000001ull
#define NEG_S(x) ((x) ^ 0x80000000u)
#define NEG_D(x) ((x) ^ 0x8000000000000000ull)

static const uint32_t spec_s[] = {
	0, 0x80000000, S_ONE, NEG_S(S_ONE), S_INF, NEG_S(S_INF), S_QNAN, 0xffc00000, S_SNAN,
	0xff800001, 0x7fc12345, 0x7fa00000, 1, 0x80000001, 0x007fffff, S_MINN, NEG_S(S_MINN),
	S_MAX, NEG_S(S_MAX), 0x3f800001, S_THREE, 0x4b800000, S_E24,
};
static const uint64_t spec_d[] = {
	0, 0x8000000000000000, D_ONE, NEG_D(D_ONE), D_INF, NEG_D(D_INF), D_QNAN,
	0xfff8000000000000, D_SNAN, 0xfff0000000000001, 0x7ff8000012345678, 0x7ff4000000000000,
	1, 0x8000000000000001, 0x000fffffffffffff, D_MINN, NEG_D(D_MINN), D_MAX, NEG_D(D_MAX),
	0x3ff0000000000001, D_THREE, 0x4340000000000000, D_E53,
};
#define NS (sizeof(spec_s) / sizeof(spec_s[0]))
#define ND (sizeof(spec_d) / sizeof(spec_d[0]))

static uint32_t rand_s(void)
{
	uint64_t r = rnd64();
	switch (r % 5) {
	case 0: return spec_s[(r >> 8) % NS];
	case 1: return (uint32_t)(r >> 32);
	case 2: return ((r >> 8) & 1 ? S_ONE : S_TWO) + ((r >> 16) & 7) - 2;
	case 3: return (uint32_t)(((r >> 8) & 1) << 31) | (uint32_t)((r >> 16) & 0x01ffffff);
	default: return (uint32_t)(((r >> 8) & 1) << 31) | ((uint32_t)(0x3c + ((r >> 12) & 7)) << 24) | ((uint32_t)(r >> 20) & 0x00fc0000);
	}
}
static uint64_t rand_d(void)
{
	uint64_t r = rnd64();
	switch (r % 5) {
	case 0: return spec_d[(r >> 8) % ND];
	case 1: return rnd64();
	case 2: return ((r >> 8) & 1 ? D_ONE : D_TWO) + ((r >> 16) & 7) - 2;
	case 3: return (((r >> 8) & 1) << 63) | ((rnd64() >> 10) & 0x003fffffffffffffull);
	default: return (((r >> 8) & 1) << 63) | ((0x3c0 + ((r >> 12) & 0x3f)) << 52) | ((rnd64() >> 20) & 0x000ff00000000000ull);
	}
}

static char path[512];
static const char *P(const char *dir, const char *f)
{
	snprintf(path, sizeof(path), "%s/%s", dir, f);
	return path;
}

static void arith_s(void)
{
	/* results that differ per rounding mode, in every mode encoding */
	static const uint32_t two[][2] = {
		{S_ONE, S_E24},                /* tie: 1 or 1+2^-23 */
		{S_ONE, 0x33c00000},           /* 1 + 1.5*2^-24: above the tie */
		{S_ONE, 0x33000000},           /* 1 + 2^-25: below the tie */
		{0x3f800001, S_E24},           /* tie to even upwards */
		{NEG_S(S_ONE), NEG_S(S_E24)},  /* negative tie */
		{S_ONE, NEG_S(0x33000000)},    /* 1 - 2^-25: tie below 1 */
		{S_MAX, S_MAX},                /* overflow */
		{NEG_S(S_MAX), NEG_S(S_MAX)},
		{S_ONE, NEG_S(S_ONE)},         /* exact zero: -0 only in RDN */
		{0x80000000, 0},
		{0x80000000, 0x80000000},
		{S_MINN, 0x80000001},          /* exact subnormal result */
		{0x40490fdb, 0x402df854},      /* pi + e */
	};
	for (unsigned k = 0; k < sizeof(two) / sizeof(two[0]); k++)
		entry_all("fadd.s", B(two[k][0]), B(two[k][1]), 0);
	for (unsigned k = 0; k < sizeof(two) / sizeof(two[0]); k += 3)
		entry_all("fsub.s", B(two[k][0]), B(NEG_S(two[k][1])), 0);
	entry_all("fsub.s", B(S_ONE), B(S_ONE), 0);
	static const uint32_t mul[][2] = {
		{0x3f800001, 0x3f800001},      /* 1 + 2^-22 + 2^-46 */
		{0x3fffffff, 0x3fffffff},
		{NEG_S(0x3f800001), 0x3f800001},
		{S_MAX, S_TWO},                /* overflow */
		{0x3f7fffff, S_MINN},          /* 2^-126 - 2^-150: tiny, rounds to 2^-126 in RNE */
		{0x00000001, S_HALF},          /* 2^-150: tie between 0 and 2^-149 */
		{0x80000003, S_HALF},          /* -1.5 * 2^-149 */
		{0x0ff00000, 0x0ff00000},      /* underflow to 0 */
		{0x1f800000, 0x20000000},      /* exact 2^-128 subnormal: no flags */
		{0x3eaaaaab, S_THREE},
	};
	for (unsigned k = 0; k < sizeof(mul) / sizeof(mul[0]); k++)
		entry_all("fmul.s", B(mul[k][0]), B(mul[k][1]), 0);
	static const uint32_t dv[][2] = {
		{S_ONE, S_THREE}, {S_TWO, S_THREE}, {NEG_S(S_ONE), S_THREE}, {S_ONE, 0x41200000},
		{S_MAX, S_HALF},                /* overflow */
		{0x00000001, S_TWO},            /* underflow tie */
		{0x00000003, 0x40800000},       /* 0.75 * 2^-149 */
		{S_MINN, 0x3f800001},           /* tiny before and after rounding */
	};
	for (unsigned k = 0; k < sizeof(dv) / sizeof(dv[0]); k++)
		entry_all("fdiv.s", B(dv[k][0]), B(dv[k][1]), 0);
	static const uint32_t sq[] = {S_TWO, S_THREE, 0x40a00000, 0x00000001, 0x3f800001, 0x7f7fffff};
	for (unsigned k = 0; k < sizeof(sq) / sizeof(sq[0]); k++)
		entry_all("fsqrt.s", B(sq[k]), 0, 0);

	/* specials, one random mode each */
	const char *two_ops[] = {"fadd.s", "fsub.s", "fmul.s", "fdiv.s"};
	for (int o = 0; o < 4; o++)
		for (unsigned i = 0; i < NS; i += 2)
			for (unsigned j = 1; j < NS; j += 3)
				entry_rand(two_ops[o], B(spec_s[i]), B(spec_s[j]), 0);
	for (unsigned i = 0; i < NS; i++)
		entry_rand("fsqrt.s", B(spec_s[i]), 0, 0);
	/* named cases */
	entry_rand("fadd.s", B(S_INF), B(NEG_S(S_INF)), 0);  /* NV */
	entry_rand("fsub.s", B(S_INF), B(S_INF), 0);         /* NV */
	entry_rand("fmul.s", B(S_INF), B(0), 0);             /* NV */
	entry_rand("fdiv.s", B(0), B(0x80000000), 0);        /* NV */
	entry_rand("fdiv.s", B(S_INF), B(S_INF), 0);         /* NV */
	entry_all("fdiv.s", B(S_ONE), B(0), 0);              /* DZ +inf */
	entry_rand("fdiv.s", B(S_ONE), B(0x80000000), 0);    /* DZ -inf */
	entry_rand("fdiv.s", B(S_INF), B(0), 0);             /* inf, no DZ */
	entry_rand("fdiv.s", B(S_QNAN), B(0), 0);            /* NaN, no flags */
	entry_rand("fsqrt.s", B(NEG_S(S_ONE)), 0, 0);        /* NV */
	entry_rand("fsqrt.s", B(0x80000000), 0, 0);          /* -0 */
	entry_rand("fsqrt.s", B(0x80000001), 0, 0);          /* NV */
	entry_rand("fadd.s", B(0x7fc12345), B(S_ONE), 0);    /* payload dropped */
	entry_rand("fadd.s", B(S_ONE), B(0xff812345), 0);    /* sNaN: NV */
	entry_rand("fmul.s", B(0xffc00000), B(S_ONE), 0);    /* negative qNaN -> canonical */
	/* improperly boxed operands read as the canonical NaN (no NV) */
	entry_rand("fadd.s", 0x000000003f800000ull, B(S_ONE), 0);
	entry_rand("fadd.s", B(S_ONE), 0xfffffffe3f800000ull, 0);
	entry_rand("fmul.s", 0x7fffffff7f800001ull, B(S_ONE), 0);
	entry_rand("fsqrt.s", 0x3ff0000000000000ull, 0, 0);
	entry_rand("fdiv.s", 0x00000000ffffffffull, B(0), 0);
	/* random */
	for (int n = 0; n < 160; n++)
		entry_rand(two_ops[n % 4], B(rand_s()), B(rand_s()), 0);
	for (int n = 0; n < 40; n++)
		entry_rand("fsqrt.s", B(rand_s()), 0, 0);
}

static void arith_d(void)
{
	static const uint64_t two[][2] = {
		{D_ONE, D_E53}, {D_ONE, 0x3ca8000000000000}, {D_ONE, 0x3c90000000000000},
		{0x3ff0000000000001, D_E53}, {NEG_D(D_ONE), NEG_D(D_E53)},
		{D_ONE, NEG_D(0x3c90000000000000)}, {D_MAX, D_MAX}, {NEG_D(D_MAX), NEG_D(D_MAX)},
		{D_ONE, NEG_D(D_ONE)}, {0x8000000000000000, 0}, {0x8000000000000000, 0x8000000000000000},
		{D_MINN, 0x8000000000000001}, {0x400921fb54442d18, 0x4005bf0a8b145769},
		{0x3fb999999999999a, 0x3fc999999999999a}, /* 0.1 + 0.2 */
	};
	for (unsigned k = 0; k < sizeof(two) / sizeof(two[0]); k++)
		entry_all("fadd.d", two[k][0], two[k][1], 0);
	for (unsigned k = 0; k < sizeof(two) / sizeof(two[0]); k += 3)
		entry_all("fsub.d", two[k][0], NEG_D(two[k][1]), 0);
	entry_all("fsub.d", D_ONE, D_ONE, 0);
	static const uint64_t mul[][2] = {
		{0x3ff0000000000001, 0x3ff0000000000001}, {0x3fffffffffffffff, 0x3fffffffffffffff},
		{NEG_D(0x3ff0000000000001), 0x3ff0000000000001}, {D_MAX, D_TWO},
		{0x3fefffffffffffff, D_MINN}, {1, D_HALF}, {0x8000000000000003, D_HALF},
		{0x1ff0000000000000, 0x1ff0000000000000}, {0x1ff0000000000000, 0x2000000000000000},
		{0x3fd5555555555555, D_THREE},
	};
	for (unsigned k = 0; k < sizeof(mul) / sizeof(mul[0]); k++)
		entry_all("fmul.d", mul[k][0], mul[k][1], 0);
	static const uint64_t dv[][2] = {
		{D_ONE, D_THREE}, {D_TWO, D_THREE}, {NEG_D(D_ONE), D_THREE}, {D_ONE, 0x4024000000000000},
		{D_MAX, D_HALF}, {1, D_TWO}, {3, 0x4010000000000000}, {D_MINN, 0x3ff0000000000001},
	};
	for (unsigned k = 0; k < sizeof(dv) / sizeof(dv[0]); k++)
		entry_all("fdiv.d", dv[k][0], dv[k][1], 0);
	static const uint64_t sq[] = {D_TWO, D_THREE, 0x4014000000000000, 1, 0x3ff0000000000001, D_MAX};
	for (unsigned k = 0; k < sizeof(sq) / sizeof(sq[0]); k++)
		entry_all("fsqrt.d", sq[k], 0, 0);

	const char *two_ops[] = {"fadd.d", "fsub.d", "fmul.d", "fdiv.d"};
	for (int o = 0; o < 4; o++)
		for (unsigned i = 0; i < ND; i += 2)
			for (unsigned j = 1; j < ND; j += 3)
				entry_rand(two_ops[o], spec_d[i], spec_d[j], 0);
	for (unsigned i = 0; i < ND; i++)
		entry_rand("fsqrt.d", spec_d[i], 0, 0);
	entry_rand("fadd.d", D_INF, NEG_D(D_INF), 0);
	entry_rand("fsub.d", D_INF, D_INF, 0);
	entry_rand("fmul.d", 0x8000000000000000, D_INF, 0);
	entry_rand("fdiv.d", 0, 0, 0);
	entry_rand("fdiv.d", NEG_D(D_INF), D_INF, 0);
	entry_all("fdiv.d", NEG_D(D_ONE), 0, 0);
	entry_rand("fdiv.d", D_ONE, 0x8000000000000000, 0);
	entry_rand("fdiv.d", D_INF, 0, 0);
	entry_rand("fsqrt.d", NEG_D(D_ONE), 0, 0);
	entry_rand("fsqrt.d", 0x8000000000000000, 0, 0);
	entry_rand("fsqrt.d", NEG_D(D_INF), 0, 0);
	entry_rand("fadd.d", 0x7ff8000012345678, D_ONE, 0);
	entry_rand("fadd.d", D_ONE, 0xfff0000000000001, 0);
	/* a binary32 NaN box is just a NaN to the D instructions */
	entry_rand("fadd.d", B(S_ONE), D_ONE, 0);
	for (int n = 0; n < 160; n++)
		entry_rand(two_ops[n % 4], rand_d(), rand_d(), 0);
	for (int n = 0; n < 40; n++)
		entry_rand("fsqrt.d", rand_d(), 0, 0);
}

static void fma_tests(void)
{
	const char *fs[] = {"fmadd.s", "fmsub.s", "fnmsub.s", "fnmadd.s"};
	const char *fd[] = {"fmadd.d", "fmsub.d", "fnmsub.d", "fnmadd.d"};
	for (int o = 0; o < 4; o++) {
		/* signs of each form */
		entry_rand(fs[o], B(S_TWO), B(S_THREE), B(S_ONE));
		entry_rand(fd[o], D_TWO, D_THREE, D_ONE);
		/* exact zeros: -0 in RDN for x + (-x), signs of zero products */
		entry_all(fs[o], B(S_ONE), B(S_ONE), B(S_ONE));
		entry_all(fd[o], D_ONE, D_ONE, D_ONE);
		entry_all(fs[o], B(0), B(S_ONE), B(0));
		entry_all(fd[o], 0x8000000000000000, D_ONE, 0);
		entry_rand(fs[o], B(0x80000000), B(S_ONE), B(0x80000000));
		entry_rand(fd[o], 0, D_ONE, 0x8000000000000000);
	}
	/* single rounding: (1+2^-23)^2 - 1 = 2^-22 + 2^-46 exactly */
	entry_all("fmadd.s", B(0x3f800001), B(0x3f800001), B(NEG_S(S_ONE)));
	entry_all("fmadd.d", 0x3ff0000000000001, 0x3ff0000000000001, NEG_D(D_ONE));
	/* ties and near-ties of the fused result */
	entry_all("fmadd.s", B(S_E24), B(S_ONE), B(S_ONE));
	entry_all("fmadd.s", B(S_E24), B(0x3f7fffff), B(S_ONE));
	entry_all("fmadd.s", B(S_E24), B(0x3f800001), B(S_ONE));
	entry_all("fnmadd.s", B(S_E24), B(S_ONE), B(S_ONE));
	entry_all("fmadd.d", D_E53, D_ONE, D_ONE);
	entry_all("fmadd.d", D_E53, 0x3fefffffffffffff, D_ONE);
	entry_all("fmsub.d", D_E53, 0x3ff0000000000001, NEG_D(D_ONE));
	/* product overflow cancelled by the addend: no overflow */
	entry_all("fmadd.s", B(S_MAX), B(S_TWO), B(NEG_S(S_MAX)));
	entry_all("fmsub.d", D_MAX, D_TWO, D_MAX);
	/* overflow and underflow of the fused result */
	entry_all("fmadd.s", B(S_MAX), B(S_MAX), B(NEG_S(S_MAX)));
	entry_all("fnmsub.d", D_MAX, D_TWO, D_MAX);
	entry_all("fmadd.s", B(S_MINN), B(S_HALF), B(0x80000001));
	entry_all("fmadd.d", D_MINN, 0x3fdfffffffffffff, 0x8000000000000001);
	/* invalid: inf * 0 (even with a quiet NaN addend), inf - inf, sNaN */
	for (int f = 0; f < 2; f++) {
		const char **ops4 = f ? fd : fs;
		uint64_t inf = f ? D_INF : B(S_INF), zero = f ? 0 : B(0), one = f ? D_ONE : B(S_ONE);
		uint64_t qnan = f ? D_QNAN : B(S_QNAN), snan = f ? D_SNAN : B(S_SNAN);
		uint64_t ninf = f ? NEG_D(D_INF) : B(NEG_S(S_INF)), two = f ? D_TWO : B(S_TWO);
		for (int o = 0; o < 4; o++) {
			entry_rand(ops4[o], inf, zero, qnan);
			entry_rand(ops4[o], zero, ninf, one);
			entry_rand(ops4[o], inf, one, o & 1 ? inf : ninf);  /* inf - inf */
			entry_rand(ops4[o], inf, one, o & 1 ? ninf : inf);  /* inf, exact */
			entry_rand(ops4[o], one, one, snan);
			entry_rand(ops4[o], snan, zero, inf);
			entry_rand(ops4[o], qnan, zero, inf);  /* quiet NaN times 0: no NV */
			entry_rand(ops4[o], one, qnan, one);
			entry_rand(ops4[o], two, inf, one);
			entry_rand(ops4[o], zero, one, inf);
		}
	}
	/* improperly boxed operands */
	entry_rand("fmadd.s", 0x3f800000ull, B(S_ONE), B(S_ONE));
	entry_rand("fmadd.s", B(S_INF), B(0), 0x7f800001ull); /* unboxed = qNaN, inf*0 still NV */
	/* random */
	for (int n = 0; n < 120; n++)
		entry_rand(fs[n % 4], B(rand_s()), B(rand_s()), B(rand_s()));
	for (int n = 0; n < 120; n++)
		entry_rand(fd[n % 4], rand_d(), rand_d(), rand_d());
	/* cancellation: c near -(a*b) */
	for (int n = 0; n < 60; n++) {
		uint32_t fl = 0, a = rand_s(), b = rand_s();
		uint32_t p = fpu_mul_s(a, b, FPU_RNE, &fl);
		entry_rand("fmsub.s", B(a), B(b), B(p + (uint32_t)(rnd64() % 3) - 1));
		uint64_t ad = rand_d(), bd = rand_d();
		uint64_t pd = fpu_mul_d(ad, bd, FPU_RNE, &fl);
		entry_rand("fmsub.d", ad, bd, pd + rnd64() % 3 - 1);
	}
}

static void cvt_tests(void)
{
	const char *toi_s[] = {"fcvt.w.s", "fcvt.wu.s", "fcvt.l.s", "fcvt.lu.s"};
	const char *toi_d[] = {"fcvt.w.d", "fcvt.wu.d", "fcvt.l.d", "fcvt.lu.d"};
	const char *fromi_s[] = {"fcvt.s.w", "fcvt.s.wu", "fcvt.s.l", "fcvt.s.lu"};
	const char *fromi_d[] = {"fcvt.d.w", "fcvt.d.wu", "fcvt.d.l", "fcvt.d.lu"};
	/* float -> int at the limits, in every mode */
	static const uint64_t lim_d[] = {
		D_QNAN, 0xfff8000000000000, D_SNAN, D_INF, NEG_D(D_INF), 0, 0x8000000000000000,
		0xbfe0000000000000,  /* -0.5 */
		0x3fe0000000000000,  /* 0.5 */
		0x3ff8000000000000,  /* 1.5 */
		0x4004000000000000,  /* 2.5 */
		0xc004000000000000,  /* -2.5 */
		0xbfefffffffffffff,  /* -0.99.. */
		0xbff0000000000000,  /* -1 */
		0x3ff4000000000000,  /* 1.25 */
		1,                   /* tiny */
		0x41dfffffffc00000,  /* INT32_MAX */
		0x41dfffffffe00000,  /* INT32_MAX + 0.5 */
		0x41e0000000000000,  /* 2^31 */
		0xc1e0000000000000,  /* INT32_MIN */
		0xc1e0000000100000,  /* INT32_MIN - 0.5 */
		0xc1e0000000200000,  /* INT32_MIN - 1 */
		0x41efffffffe00000,  /* UINT32_MAX */
		0x41effffffff00000,  /* UINT32_MAX + 0.5 */
		0x41f0000000000000,  /* 2^32 */
		0x43dfffffffffffff,  /* largest below 2^63 */
		0x43e0000000000000,  /* 2^63 */
		0xc3e0000000000000,  /* INT64_MIN */
		0xc3e0000000000001,
		0x43efffffffffffff,  /* largest below 2^64 */
		0x43f0000000000000,  /* 2^64 */
		D_MAX, NEG_D(D_MAX),
	};
	for (unsigned k = 0; k < sizeof(lim_d) / sizeof(lim_d[0]); k++)
		for (int o = 0; o < 4; o++) {
			/* every mode for the rounding cases, one for the rest */
			if (k >= 7 && k <= 15)
				entry_all(toi_d[o], lim_d[k], 0, 0);
			else
				entry_rand(toi_d[o], lim_d[k], 0, 0);
		}
	static const uint32_t lim_s[] = {
		S_QNAN, 0xffc00000, S_SNAN, S_INF, NEG_S(S_INF), 0, 0x80000000,
		0xbf000000, 0x3f000000, 0x3fc00000, 0x40200000, 0xc0200000, 0xbf7fffff, 0xbf800000,
		0x3fa00000, 1,
		0x4effffff,  /* 2^31 - 128 */
		0x4f000000,  /* 2^31 */
		0xcf000000,  /* INT32_MIN */
		0xcf000001,
		0x4f7fffff,  /* 2^32 - 256 */
		0x4f800000,  /* 2^32 */
		0x5effffff, 0x5f000000, 0xdf000000, 0xdf000001, 0x5f7fffff, 0x5f800000, S_MAX,
		NEG_S(S_MAX),
	};
	for (unsigned k = 0; k < sizeof(lim_s) / sizeof(lim_s[0]); k++)
		for (int o = 0; o < 4; o++) {
			if (k >= 7 && k <= 15)
				entry_all(toi_s[o], B(lim_s[k]), 0, 0);
			else
				entry_rand(toi_s[o], B(lim_s[k]), 0, 0);
		}
	for (int o = 0; o < 4; o++) /* unboxed: canonical NaN -> max */
		entry_rand(toi_s[o], 0x00000000bf800000ull, 0, 0);
	/* int -> float */
	static const uint64_t ints[] = {
		0, 1, ~0ull, 0x7fffffff, 0x80000000, 0xffffffff80000000, 0x00000000ffffffff,
		0x1000001,            /* 2^24 + 1: binary32 tie */
		0x1000003,            /* 2^24 + 3: tie, rounds up to even */
		0xfffffffffefffffd,   /* -(2^24 + 3) */
		0x20000000000001,     /* 2^53 + 1 */
		0x20000000000003,
		0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000001, 0xfffffffffffffc00,
		0x123456789abcdef0,   /* upper junk for the W forms */
		0xdeadbeef01000001,
		0x7ffffffffffffdff,
	};
	for (unsigned k = 0; k < sizeof(ints) / sizeof(ints[0]); k++)
		for (int o = 0; o < 4; o++) {
			/* every mode where binary32 rounds, one mode otherwise */
			if (k == 3 || (k >= 7 && k <= 9) || k == 12 || k == 14 || k >= 16)
				entry_all(fromi_s[o], ints[k], 0, 0);
			else
				entry_rand(fromi_s[o], ints[k], 0, 0);
			entry_rand(fromi_d[o], ints[k], 0, 0);
		}
	for (unsigned k = 10; k < 13; k++)
		for (int o = 2; o < 4; o++)
			entry_all(fromi_d[o], ints[k], 0, 0);
	/* fcvt.s.d: overflow, underflow, inexact, ties, NaNs */
	static const uint64_t sd[] = {
		D_ONE, 0x3ff0000010000000, /* 1 + 2^-24: tie */
		0x3ff0000018000000, 0x3ff0000008000000, 0xbff0000010000000,
		0x3ff0000030000000,        /* tie to even upwards */
		0x47efffffe0000000,        /* binary32 max */
		0x47efffffefffffff,        /* just below the overflow threshold */
		0x47efffffF0000000,        /* the overflow threshold: tie */
		0x47f0000000000000, D_MAX, NEG_D(D_MAX), 0xc7efffffF0000000,
		0x3810000000000000,        /* 2^-126 */
		0x380ffffff0000000,        /* 2^-126 (1 - 2^-25): tiny before, not after rounding */
		0x380fffffe0000000,        /* 2^-126 (1 - 2^-24): exact subnormal */
		0x380fffffe8000000,
		0x36a0000000000000,        /* 2^-149 */
		0x3690000000000000,        /* 2^-150: tie with 0 */
		0x3690000000000001, 0xb690000000000000, 0x3680000000000000, 1, 0x8000000000000001,
		0x3fd5555555555555, 0x400921fb54442d18,
	};
	for (unsigned k = 0; k < sizeof(sd) / sizeof(sd[0]); k++)
		entry_all("fcvt.s.d", sd[k], 0, 0);
	for (unsigned i = 0; i < ND; i++)
		entry_rand("fcvt.s.d", spec_d[i], 0, 0);
	for (unsigned i = 0; i < NS; i++)
		entry_rand("fcvt.d.s", B(spec_s[i]), 0, 0);
	entry_all("fcvt.d.s", B(0x00000001), 0, 0);
	entry_rand("fcvt.d.s", 0x000000003f800000ull, 0, 0); /* unboxed -> canonical, no NV */
	entry_rand("fcvt.d.s", B(0x807fffff), 0, 0);
	/* random */
	for (int n = 0; n < 60; n++) {
		uint64_t d = rand_d();
		if (n & 1)
			d = (d & 0x800fffffffffffffull) | ((uint64_t)(0x3fd + rnd64() % 68) << 52);
		entry_rand(toi_d[n % 4], d, 0, 0);
		uint32_t s = rand_s();
		if (n & 1)
			s = (s & 0x807fffff) | ((uint32_t)(125 + rnd64() % 68) << 23);
		entry_rand(toi_s[n % 4], B(s), 0, 0);
		entry_rand(fromi_s[n % 4], rnd64() >> (rnd64() % 64), 0, 0);
		entry_rand(fromi_d[n % 4], rnd64() >> (rnd64() % 64), 0, 0);
		d = rand_d();
		if (n & 1)
			d = (d & 0x800fffffffffffffull) | ((uint64_t)(0x360 + rnd64() % 0x120) << 52);
		entry_rand("fcvt.s.d", d, 0, 0);
	}
}

static void misc_tests(void)
{
	/* sign injection: pure bit operations, NaN payloads kept, unboxed -> canonical */
	const char *sg_s[] = {"fsgnj.s", "fsgnjn.s", "fsgnjx.s"};
	const char *sg_d[] = {"fsgnj.d", "fsgnjn.d", "fsgnjx.d"};
	static const uint32_t sgv[][2] = {
		{S_ONE, NEG_S(S_ONE)}, {NEG_S(S_ONE), NEG_S(S_ONE)}, {NEG_S(S_TWO), S_ONE},
		{0x7f812345, NEG_S(S_ONE)}, {0xffc12345, 0}, {0x80000000, 0x80000000},
	};
	static const uint64_t sgd[][2] = {
		{D_ONE, NEG_D(D_ONE)}, {NEG_D(D_ONE), NEG_D(D_ONE)}, {NEG_D(D_TWO), D_ONE},
		{0x7ff0000000012345, NEG_D(D_ONE)}, {0xfff8000000012345, 0}, {0x8000000000000000, 0x8000000000000000},
	};
	for (int o = 0; o < 3; o++) {
		for (unsigned k = 0; k < 6; k++) {
			entry_rand(sg_s[o], B(sgv[k][0]), B(sgv[k][1]), 0);
			entry_rand(sg_d[o], sgd[k][0], sgd[k][1], 0);
		}
		entry_rand(sg_s[o], 0x000000003f800000ull, B(NEG_S(S_ONE)), 0);
		entry_rand(sg_s[o], B(S_ONE), 0x00000000bf800000ull, 0);
		entry_rand(sg_s[o], 0xfffffff0bf800000ull, 0xfffffff0bf800000ull, 0);
		entry_rand(sg_d[o], B(S_ONE), D_ONE, 0); /* D ops see the raw 64 bits */
		entry_rand(sg_d[o], D_ONE, B(S_ONE), 0);
	}
	/* min / max */
	static const uint32_t mm_s[][2] = {
		{0, 0x80000000}, {0x80000000, 0}, {S_ONE, S_TWO}, {S_TWO, S_ONE}, {NEG_S(S_ONE), S_ONE},
		{S_QNAN, S_ONE}, {S_ONE, S_QNAN}, {S_SNAN, S_ONE}, {NEG_S(S_ONE), 0xff800001},
		{S_QNAN, S_SNAN}, {S_QNAN, 0xffc00000}, {0x7fc12345, 0x7fc12345}, {NEG_S(S_INF), S_INF},
		{S_INF, S_MAX}, {1, 0x80000001}, {S_ONE, S_ONE},
	};
	static const uint64_t mm_d[][2] = {
		{0, 0x8000000000000000}, {0x8000000000000000, 0}, {D_ONE, D_TWO}, {D_TWO, D_ONE},
		{NEG_D(D_ONE), D_ONE}, {D_QNAN, D_ONE}, {D_ONE, D_QNAN}, {D_SNAN, D_ONE},
		{NEG_D(D_ONE), 0xfff0000000000001}, {D_QNAN, D_SNAN}, {D_QNAN, 0xfff8000000000000},
		{0x7ff8000012345678, 0x7ff8000012345678}, {NEG_D(D_INF), D_INF}, {D_INF, D_MAX},
		{1, 0x8000000000000001}, {D_ONE, D_ONE},
	};
	for (unsigned k = 0; k < sizeof(mm_s) / sizeof(mm_s[0]); k++) {
		entry_rand("fmin.s", B(mm_s[k][0]), B(mm_s[k][1]), 0);
		entry_rand("fmax.s", B(mm_s[k][0]), B(mm_s[k][1]), 0);
		entry_rand("fmin.d", mm_d[k][0], mm_d[k][1], 0);
		entry_rand("fmax.d", mm_d[k][0], mm_d[k][1], 0);
	}
	entry_rand("fmin.s", 0x3f800000ull, B(S_TWO), 0);   /* unboxed = qNaN -> other */
	entry_rand("fmax.s", B(S_TWO), 0x0ull, 0);
	/* compares */
	const char *cs[] = {"feq.s", "flt.s", "fle.s"};
	const char *cd[] = {"feq.d", "flt.d", "fle.d"};
	static const uint32_t cv_s[][2] = {
		{S_ONE, S_ONE}, {S_ONE, S_TWO}, {S_TWO, S_ONE}, {0, 0x80000000}, {0x80000000, 0},
		{S_QNAN, S_ONE}, {S_ONE, S_QNAN}, {S_SNAN, S_ONE}, {S_ONE, 0xff800001},
		{S_QNAN, S_QNAN}, {NEG_S(S_INF), S_INF}, {S_INF, S_INF}, {1, 0}, {0x80000001, 0x80000002},
	};
	static const uint64_t cv_d[][2] = {
		{D_ONE, D_ONE}, {D_ONE, D_TWO}, {D_TWO, D_ONE}, {0, 0x8000000000000000},
		{0x8000000000000000, 0}, {D_QNAN, D_ONE}, {D_ONE, D_QNAN}, {D_SNAN, D_ONE},
		{D_ONE, 0xfff0000000000001}, {D_QNAN, D_QNAN}, {NEG_D(D_INF), D_INF}, {D_INF, D_INF},
		{1, 0}, {0x8000000000000001, 0x8000000000000002},
	};
	for (int o = 0; o < 3; o++) {
		for (unsigned k = 0; k < sizeof(cv_s) / sizeof(cv_s[0]); k++) {
			entry_rand(cs[o], B(cv_s[k][0]), B(cv_s[k][1]), 0);
			entry_rand(cd[o], cv_d[k][0], cv_d[k][1], 0);
		}
		entry_rand(cs[o], 0x3f800000ull, B(S_ONE), 0); /* unboxed: quiet NaN */
	}
	/* fclass: all ten classes */
	static const uint32_t cl_s[] = {
		NEG_S(S_INF), NEG_S(S_ONE), 0x807fffff, 0x80000000, 0, 1, S_MAX, S_INF, S_SNAN,
		S_QNAN, 0xff800001, 0xffffffff, 0x7fbfffff, 0x80000001, S_MINN,
	};
	static const uint64_t cl_d[] = {
		NEG_D(D_INF), NEG_D(D_ONE), 0x800fffffffffffff, 0x8000000000000000, 0, 1, D_MAX, D_INF,
		D_SNAN, D_QNAN, 0xfff0000000000001, 0xffffffffffffffff, 0x7ff7ffffffffffff,
		0x8000000000000001, D_MINN, B(S_ONE),
	};
	for (unsigned k = 0; k < sizeof(cl_s) / sizeof(cl_s[0]); k++)
		entry_rand("fclass.s", B(cl_s[k]), 0, 0);
	entry_rand("fclass.s", 0x000000003f800000ull, 0, 0); /* unboxed: quiet NaN */
	entry_rand("fclass.s", 0x7ff0000000000001ull, 0, 0);
	for (unsigned k = 0; k < sizeof(cl_d) / sizeof(cl_d[0]); k++)
		entry_rand("fclass.d", cl_d[k], 0, 0);
	/* moves */
	static const uint64_t mv[] = {
		B(S_ONE), B(0x80000000), B(0x7f800001), 0x123456789abcdef0ull, 0x00000000ffffffffull,
		0xfff0000000000001ull, 0,
	};
	for (unsigned k = 0; k < sizeof(mv) / sizeof(mv[0]); k++) {
		entry_rand("fmv.x.w", mv[k], 0, 0);
		entry_rand("fmv.x.d", mv[k], 0, 0);
		entry_rand("fmv.w.x", mv[k], 0, 0);
		entry_rand("fmv.d.x", mv[k], 0, 0);
	}
}

static void gen_all(const char *dir)
{
	begin(P(dir, "vec_arith_s.S"));
	arith_s();
	end("F: FADD/FSUB/FMUL/FDIV/FSQRT.S in every rounding mode, specials, NaN boxing");
	begin(P(dir, "vec_arith_d.S"));
	arith_d();
	end("D: FADD/FSUB/FMUL/FDIV/FSQRT.D in every rounding mode and specials");
	begin(P(dir, "vec_fma.S"));
	fma_tests();
	end("F/D: FMADD/FMSUB/FNMSUB/FNMADD: single rounding, signs, invalid cases");
	begin(P(dir, "vec_cvt.S"));
	cvt_tests();
	end("F/D: all FCVT forms at the limits and in every rounding mode");
	begin(P(dir, "vec_misc.S"));
	misc_tests();
	end("F/D: FSGNJ*, FMIN/FMAX, FEQ/FLT/FLE, FCLASS, FMV");
}
