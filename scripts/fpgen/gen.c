/* Generator for tests/isa/fp/vec_*.S: table-driven F/D tests.
 * Expected values come from rvisor's fpu library; QEMU validates them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "cpu/fpu.h"

typedef uint64_t (*model_fn)(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl);

enum { SRC_F, SRC_X };   /* source operands: fa0.. or a1 */
enum { RES_F, RES_X };   /* result: fa3 (raw 64) or a0 */

struct op {
	const char *name;  /* mnemonic */
	int nsrc;
	int src, res;
	int has_rm;
	int fmt;           /* format of FP sources: 0 S, 1 D */
	model_fn fn;
	int used[6];       /* stub used: rm 0..4 static, 5 = dyn */
};

#define U(x) fpu_unbox(x)
static uint64_t m_fadd_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; return fpu_box(fpu_add_s(U(a), U(b), rm, fl)); }
static uint64_t m_fsub_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; return fpu_box(fpu_sub_s(U(a), U(b), rm, fl)); }
static uint64_t m_fmul_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; return fpu_box(fpu_mul_s(U(a), U(b), rm, fl)); }
static uint64_t m_fdiv_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; return fpu_box(fpu_div_s(U(a), U(b), rm, fl)); }
static uint64_t m_fsqrt_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; return fpu_box(fpu_sqrt_s(U(a), rm, fl)); }
static uint64_t m_fadd_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; return fpu_add_d(a, b, rm, fl); }
static uint64_t m_fsub_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; return fpu_sub_d(a, b, rm, fl); }
static uint64_t m_fmul_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; return fpu_mul_d(a, b, rm, fl); }
static uint64_t m_fdiv_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; return fpu_div_d(a, b, rm, fl); }
static uint64_t m_fsqrt_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; return fpu_sqrt_d(a, rm, fl); }
#define FMA_S(nm, NA, NC) static uint64_t m_##nm##_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { return fpu_box(fpu_fma_s(U(a) ^ (NA ? F32_SIGN : 0), U(b), U(c) ^ (NC ? F32_SIGN : 0), rm, fl)); } \
 static uint64_t m_##nm##_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { return fpu_fma_d(a ^ (NA ? F64_SIGN : 0), b, c ^ (NC ? F64_SIGN : 0), rm, fl); }
FMA_S(fmadd, 0, 0) FMA_S(fmsub, 0, 1) FMA_S(fnmsub, 1, 0) FMA_S(fnmadd, 1, 1)
static uint64_t m_fsgnj_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; (void)fl; return fpu_box((U(a) & ~F32_SIGN) | (U(b) & F32_SIGN)); }
static uint64_t m_fsgnjn_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; (void)fl; return fpu_box((U(a) & ~F32_SIGN) | (~U(b) & F32_SIGN)); }
static uint64_t m_fsgnjx_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; (void)fl; return fpu_box(U(a) ^ (U(b) & F32_SIGN)); }
static uint64_t m_fsgnj_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; (void)fl; return (a & ~F64_SIGN) | (b & F64_SIGN); }
static uint64_t m_fsgnjn_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; (void)fl; return (a & ~F64_SIGN) | (~b & F64_SIGN); }
static uint64_t m_fsgnjx_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; (void)fl; return a ^ (b & F64_SIGN); }
static uint64_t m_fmin_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_box(fpu_minmax_s(U(a), U(b), 0, fl)); }
static uint64_t m_fmax_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_box(fpu_minmax_s(U(a), U(b), 1, fl)); }
static uint64_t m_fmin_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_minmax_d(a, b, 0, fl); }
static uint64_t m_fmax_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_minmax_d(a, b, 1, fl); }
static uint64_t m_fle_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_cmp_s(U(a), U(b), 0, fl); }
static uint64_t m_flt_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_cmp_s(U(a), U(b), 1, fl); }
static uint64_t m_feq_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_cmp_s(U(a), U(b), 2, fl); }
static uint64_t m_fle_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_cmp_d(a, b, 0, fl); }
static uint64_t m_flt_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_cmp_d(a, b, 1, fl); }
static uint64_t m_feq_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)c; (void)rm; return fpu_cmp_d(a, b, 2, fl); }
static uint64_t m_fclass_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; (void)rm; (void)fl; return fpu_class_s(U(a)); }
static uint64_t m_fclass_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; (void)rm; (void)fl; return fpu_class_d(a); }
static uint64_t m_fmv_x_w(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; (void)rm; (void)fl; return (uint64_t)(int64_t)(int32_t)(uint32_t)a; }
static uint64_t m_fmv_x_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; (void)rm; (void)fl; return a; }
static uint64_t m_fmv_w_x(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; (void)rm; (void)fl; return fpu_box((uint32_t)a); }
static uint64_t m_fmv_d_x(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; (void)rm; (void)fl; return a; }
static uint64_t m_fcvt_s_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; return fpu_box(fpu_cvt_s_d(a, rm, fl)); }
static uint64_t m_fcvt_d_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; (void)rm; return fpu_cvt_d_s(U(a), fl); }
#define TOI(k, K) \
 static uint64_t m_fcvt_##k##_s(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; return fpu_to_int(U(a), FPU_S, K, rm, fl); } \
 static uint64_t m_fcvt_##k##_d(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; return fpu_to_int(a, FPU_D, K, rm, fl); } \
 static uint64_t m_fcvt_s_##k(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; return fpu_box((uint32_t)fpu_from_int(a, K, FPU_S, rm, fl)); } \
 static uint64_t m_fcvt_d_##k(uint64_t a, uint64_t b, uint64_t c, unsigned rm, uint32_t *fl) { (void)b; (void)c; return fpu_from_int(a, K, FPU_D, rm, fl); }
TOI(w, FPU_W) TOI(wu, FPU_WU) TOI(l, FPU_L) TOI(lu, FPU_LU)

#define OP(nm, str, n, s, r, rmf, fmt) {str, n, s, r, rmf, fmt, m_##nm, {0}}
static struct op ops[] = {
	OP(fadd_s, "fadd.s", 2, SRC_F, RES_F, 1, 0), OP(fsub_s, "fsub.s", 2, SRC_F, RES_F, 1, 0),
	OP(fmul_s, "fmul.s", 2, SRC_F, RES_F, 1, 0), OP(fdiv_s, "fdiv.s", 2, SRC_F, RES_F, 1, 0),
	OP(fsqrt_s, "fsqrt.s", 1, SRC_F, RES_F, 1, 0),
	OP(fadd_d, "fadd.d", 2, SRC_F, RES_F, 1, 1), OP(fsub_d, "fsub.d", 2, SRC_F, RES_F, 1, 1),
	OP(fmul_d, "fmul.d", 2, SRC_F, RES_F, 1, 1), OP(fdiv_d, "fdiv.d", 2, SRC_F, RES_F, 1, 1),
	OP(fsqrt_d, "fsqrt.d", 1, SRC_F, RES_F, 1, 1),
	OP(fmadd_s, "fmadd.s", 3, SRC_F, RES_F, 1, 0), OP(fmsub_s, "fmsub.s", 3, SRC_F, RES_F, 1, 0),
	OP(fnmsub_s, "fnmsub.s", 3, SRC_F, RES_F, 1, 0), OP(fnmadd_s, "fnmadd.s", 3, SRC_F, RES_F, 1, 0),
	OP(fmadd_d, "fmadd.d", 3, SRC_F, RES_F, 1, 1), OP(fmsub_d, "fmsub.d", 3, SRC_F, RES_F, 1, 1),
	OP(fnmsub_d, "fnmsub.d", 3, SRC_F, RES_F, 1, 1), OP(fnmadd_d, "fnmadd.d", 3, SRC_F, RES_F, 1, 1),
	OP(fsgnj_s, "fsgnj.s", 2, SRC_F, RES_F, 0, 0), OP(fsgnjn_s, "fsgnjn.s", 2, SRC_F, RES_F, 0, 0),
	OP(fsgnjx_s, "fsgnjx.s", 2, SRC_F, RES_F, 0, 0), OP(fsgnj_d, "fsgnj.d", 2, SRC_F, RES_F, 0, 1),
	OP(fsgnjn_d, "fsgnjn.d", 2, SRC_F, RES_F, 0, 1), OP(fsgnjx_d, "fsgnjx.d", 2, SRC_F, RES_F, 0, 1),
	OP(fmin_s, "fmin.s", 2, SRC_F, RES_F, 0, 0), OP(fmax_s, "fmax.s", 2, SRC_F, RES_F, 0, 0),
	OP(fmin_d, "fmin.d", 2, SRC_F, RES_F, 0, 1), OP(fmax_d, "fmax.d", 2, SRC_F, RES_F, 0, 1),
	OP(feq_s, "feq.s", 2, SRC_F, RES_X, 0, 0), OP(flt_s, "flt.s", 2, SRC_F, RES_X, 0, 0),
	OP(fle_s, "fle.s", 2, SRC_F, RES_X, 0, 0), OP(feq_d, "feq.d", 2, SRC_F, RES_X, 0, 1),
	OP(flt_d, "flt.d", 2, SRC_F, RES_X, 0, 1), OP(fle_d, "fle.d", 2, SRC_F, RES_X, 0, 1),
	OP(fclass_s, "fclass.s", 1, SRC_F, RES_X, 0, 0), OP(fclass_d, "fclass.d", 1, SRC_F, RES_X, 0, 1),
	OP(fmv_x_w, "fmv.x.w", 1, SRC_F, RES_X, 0, 0), OP(fmv_x_d, "fmv.x.d", 1, SRC_F, RES_X, 0, 1),
	OP(fmv_w_x, "fmv.w.x", 1, SRC_X, RES_F, 0, 0), OP(fmv_d_x, "fmv.d.x", 1, SRC_X, RES_F, 0, 1),
	OP(fcvt_s_d, "fcvt.s.d", 1, SRC_F, RES_F, 1, 1), OP(fcvt_d_s, "fcvt.d.s", 1, SRC_F, RES_F, 1, 0),
	OP(fcvt_w_s, "fcvt.w.s", 1, SRC_F, RES_X, 1, 0), OP(fcvt_wu_s, "fcvt.wu.s", 1, SRC_F, RES_X, 1, 0),
	OP(fcvt_l_s, "fcvt.l.s", 1, SRC_F, RES_X, 1, 0), OP(fcvt_lu_s, "fcvt.lu.s", 1, SRC_F, RES_X, 1, 0),
	OP(fcvt_w_d, "fcvt.w.d", 1, SRC_F, RES_X, 1, 1), OP(fcvt_wu_d, "fcvt.wu.d", 1, SRC_F, RES_X, 1, 1),
	OP(fcvt_l_d, "fcvt.l.d", 1, SRC_F, RES_X, 1, 1), OP(fcvt_lu_d, "fcvt.lu.d", 1, SRC_F, RES_X, 1, 1),
	OP(fcvt_s_w, "fcvt.s.w", 1, SRC_X, RES_F, 1, 0), OP(fcvt_s_wu, "fcvt.s.wu", 1, SRC_X, RES_F, 1, 0),
	OP(fcvt_s_l, "fcvt.s.l", 1, SRC_X, RES_F, 1, 0), OP(fcvt_s_lu, "fcvt.s.lu", 1, SRC_X, RES_F, 1, 0),
	OP(fcvt_d_w, "fcvt.d.w", 1, SRC_X, RES_F, 1, 1), OP(fcvt_d_wu, "fcvt.d.wu", 1, SRC_X, RES_F, 1, 1),
	OP(fcvt_d_l, "fcvt.d.l", 1, SRC_X, RES_F, 1, 1), OP(fcvt_d_lu, "fcvt.d.lu", 1, SRC_X, RES_F, 1, 1),
};
#define NOPS (int)(sizeof(ops) / sizeof(ops[0]))

static struct op *find(const char *n)
{
	for (int i = 0; i < NOPS; i++)
		if (!strcmp(ops[i].name, n))
			return &ops[i];
	fprintf(stderr, "no op %s\n", n);
	exit(1);
}

/* ---- output ---- */
static FILE *out;
static int nent;
static const char *rmname[] = {"rne", "rtz", "rdn", "rup", "rmm", "dyn"};
static char body[1 << 24];
static size_t blen;

static void emitf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#include <stdarg.h>
static void emitf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	blen += vsnprintf(body + blen, sizeof(body) - blen, fmt, ap);
	va_end(ap);
}

static const char *flagstr(uint32_t f)
{
	static char b[16];
	b[0] = 0;
	if (f & 16) strcat(b, "NV ");
	if (f & 8) strcat(b, "DZ ");
	if (f & 4) strcat(b, "OF ");
	if (f & 2) strcat(b, "UF ");
	if (f & 1) strcat(b, "NX ");
	if (!b[0]) strcpy(b, "-");
	else b[strlen(b) - 1] = 0;
	return b;
}

/* variant: 0..4 static rm, 5 dyn; frm: value in frm (for dyn: the mode) */
static void entry_v(const char *name, int variant, unsigned frm, uint64_t a, uint64_t b, uint64_t c)
{
	struct op *o = find(name);
	if (!o->has_rm)
		variant = 0;
	unsigned rm = o->has_rm ? (variant == 5 ? frm : (unsigned)variant) : 0;
	uint32_t fl = 0;
	uint64_t r = o->fn(a, b, c, rm, &fl);
	o->used[variant] = 1;
	int stub = (int)(o - ops) * 6 + variant;
	emitf("\t# %d: %s%s%s frm=%u", nent + 1 + nent / 255, o->name, o->has_rm ? " " : "",
	      o->has_rm ? rmname[variant] : "", frm);
	emitf(" -> %s\n", flagstr(fl));
	emitf("\tENTRY(%d, %u, %#llx, %#llx, %#llx, %#llx, %u)\n", stub, frm,
	      (unsigned long long)a, (unsigned long long)b, (unsigned long long)c,
	      (unsigned long long)r, fl);
	nent++;
}

static uint64_t rng = 0x243f6a8885a308d3ull;
static uint64_t rnd64(void)
{
	rng ^= rng >> 12; rng ^= rng << 25; rng ^= rng >> 27;
	return rng * 0x2545f4914f6cdd1dull;
}

/* every mode statically (with frm set to a different mode) and dynamically */
static void entry_all(const char *name, uint64_t a, uint64_t b, uint64_t c)
{
	struct op *o = find(name);
	if (!o->has_rm) {
		entry_v(name, 0, 0, a, b, c);
		return;
	}
	for (int v = 0; v < 5; v++)
		entry_v(name, v, (unsigned)(v + 1 + rnd64() % 4) % 5, a, b, c);
	for (unsigned f = 0; f < 5; f++)
		entry_v(name, 5, f, a, b, c);
}
/* one random mode encoding */
static void entry_rand(const char *name, uint64_t a, uint64_t b, uint64_t c)
{
	int v = (int)(rnd64() % 6);
	entry_v(name, v, v == 5 ? (unsigned)(rnd64() % 5) : (unsigned)(rnd64() % 5), a, b, c);
}

static void begin(const char *path)
{
	out = fopen(path, "w");
	if (!out) { perror(path); exit(1); }
	nent = 0;
	blen = 0;
	for (int i = 0; i < NOPS; i++)
		memset(ops[i].used, 0, sizeof(ops[i].used));
}

static void end(const char *title)
{
	fprintf(out, "/* %s\n *\n"
		" * GENERATED table test: each entry runs one instruction (a stub below,\n"
		" * static rounding mode or dyn with the given frm) on raw 64-bit operands\n"
		" * (fa0, fa1, fa2; integer sources in a1) and checks the raw 64-bit\n"
		" * result (FP results include the NaN box; integer results in a0) and\n"
		" * fflags. Expected values were computed on the host and checked on\n"
		" * QEMU. A failing entry exits with FAIL(n), n = the number in its\n"
		" * comment (multiples of 256 are skipped so no failure reads as 0).\n */\n",
		title);
	fputs("#include \"test.h\"\n#include \"fpvec.h\"\n\nFPVEC_RUNNER\n\n"
	      "\t# stub k = op * 6 + mode encoding (rne rtz rdn rup rmm dyn), 16 bytes each\n"
	      "\t.option push\n\t.option norvc\n\t.align 4\nstubs:\n", out);
	int last = -1;
	for (int i = 0; i < NOPS; i++) {
		for (int v = 0; v < 6; v++) {
			if (!ops[i].used[v])
				continue;
			int k = i * 6 + v;
			if (k != last + 1)
				fprintf(out, "\t.org stubs + %d * 16\n", k);
			last = k;
			char args[64];
			const char *dst = ops[i].res == RES_F ? "fa3" : "a0";
			const char *s1 = ops[i].src == SRC_X ? "a1" : "fa0";
			if (ops[i].nsrc == 1)
				snprintf(args, sizeof(args), "%s, %s", dst, s1);
			else if (ops[i].nsrc == 2)
				snprintf(args, sizeof(args), "%s, %s, fa1", dst, s1);
			else
				snprintf(args, sizeof(args), "%s, %s, fa1, fa2", dst, s1);
			/* binutils takes no rounding mode on the exact conversions */
			const char *nm = ops[i].name;
			int rmnum = v == 5 ? 7 : v;
			if (!strcmp(nm, "fcvt.d.s"))
				fprintf(out, "\t.insn r 0x53, %d, 0x21, fa3, fa0, x0\t# %s %s\n", rmnum, nm, rmname[v]);
			else if (!strcmp(nm, "fcvt.d.w") || !strcmp(nm, "fcvt.d.wu"))
				fprintf(out, "\t.insn r 0x53, %d, 0x69, fa3, a1, %s\t# %s %s\n", rmnum,
					nm[8] == 'u' ? "x1" : "x0", nm, rmname[v]);
			else
				fprintf(out, "\t%s %s%s%s\n", nm, args, ops[i].has_rm ? ", " : "",
					ops[i].has_rm ? rmname[v] : "");
			if (ops[i].res == RES_F)
				fprintf(out, "\tfmv.x.d a0, fa3\n");
			else
				fprintf(out, "\tnop\n");
			fprintf(out, "\tret\n\tnop\n");
		}
	}
	fputs("\t.option pop\n\n\t.section .data\n\t.align 3\nvectors:\n", out);
	fwrite(body, 1, blen, out);
	fputs("vectors_end:\n\nTEST_END\n", out);
	fclose(out);
	fprintf(stderr, "%d entries\n", nent);
}

#include "vectors.h"

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : ".";
	gen_all(dir);
	return 0;
}
