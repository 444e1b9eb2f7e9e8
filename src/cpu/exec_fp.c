/* F and D extensions: decoder and handlers. The arithmetic is in fpu.h
 * (host FPU fast paths) and fpu_soft.c (RMM, conversions). */
#include "cpu/fpu.h"
#include "cpu/insn.h"

/* Every FP instruction: FS must not be Off. Instructions with a rounding
 * mode resolve it here; static 5/6 are rejected by the decoder, dynamic
 * with frm >= 5 is illegal. */
#define FP_CHECK(h, i)                                                                             \
	do {                                                                                       \
		if (unlikely(!fp_enabled(h)))                                                      \
			return insn_illegal(h, i);                                                 \
	} while (0)

#define FP_RM(h, i, rm)                                                                            \
	unsigned rm = (i)->rm;                                                                     \
	FP_CHECK(h, i);                                                                            \
	if (rm == 7) {                                                                             \
		rm = (h)->csr.frm;                                                                 \
		if (unlikely(rm > FPU_RMM))                                                        \
			return insn_illegal(h, i);                                                 \
	}

/* Operands: binary32 sources are unboxed (improperly boxed -> canonical NaN). */
#define FS1 fpu_unbox(h->f[i->rs1])
#define FS2 fpu_unbox(h->f[i->rs2])
#define FS3 fpu_unbox(h->f[i->rs3])
#define FD1 h->f[i->rs1]
#define FD2 h->f[i->rs2]
#define FD3 h->f[i->rs3]

/* Write an integer result and any flags (FS becomes dirty only when the
 * flags change FP state). */
static inline void set_int_result(struct hart *h, const struct insn *i, uint64_t v, uint32_t fl)
{
	h->x[i->rd] = v;
	if (fl) {
		h->csr.fflags |= fl;
		fp_set_dirty(h);
	}
}

/* ---- loads and stores ---- */

static const struct insn *op_flw(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	uint64_t v, tval;
	int cause = mem_load(h, h->x[i->rs1] + (int64_t)i->imm, 4, &v, &tval);
	if (unlikely(cause))
		return insn_trap(h, i, cause, tval);
	h->f[i->rd] = fpu_box((uint32_t)v);
	fp_set_dirty(h);
	NEXT(h, i);
}

static const struct insn *op_fld(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	uint64_t v, tval;
	int cause = mem_load(h, h->x[i->rs1] + (int64_t)i->imm, 8, &v, &tval);
	if (unlikely(cause))
		return insn_trap(h, i, cause, tval);
	h->f[i->rd] = v;
	fp_set_dirty(h);
	NEXT(h, i);
}

static const struct insn *op_fsw(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	uint64_t tval;
	int cause = mem_store(h, h->x[i->rs1] + (int64_t)i->imm, 4, (uint32_t)h->f[i->rs2], &tval);
	if (unlikely(cause))
		return insn_trap(h, i, cause, tval);
	NEXT(h, i);
}

static const struct insn *op_fsd(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	uint64_t tval;
	int cause = mem_store(h, h->x[i->rs1] + (int64_t)i->imm, 8, h->f[i->rs2], &tval);
	if (unlikely(cause))
		return insn_trap(h, i, cause, tval);
	NEXT(h, i);
}

/* ---- arithmetic ---- */

#define DEF_ARITH2(name)                                                                           \
	static const struct insn *op_f##name##_s(struct hart *h, const struct insn *i)             \
	{                                                                                          \
		FP_RM(h, i, rm);                                                                   \
		h->f[i->rd] = fpu_box(fpu_##name##_s(FS1, FS2, rm, &h->csr.fflags));               \
		fp_set_dirty(h);                                                                   \
		NEXT(h, i);                                                                        \
	}                                                                                          \
	static const struct insn *op_f##name##_d(struct hart *h, const struct insn *i)             \
	{                                                                                          \
		FP_RM(h, i, rm);                                                                   \
		h->f[i->rd] = fpu_##name##_d(FD1, FD2, rm, &h->csr.fflags);                        \
		fp_set_dirty(h);                                                                   \
		NEXT(h, i);                                                                        \
	}
DEF_ARITH2(add)
DEF_ARITH2(sub)
DEF_ARITH2(mul)
DEF_ARITH2(div)

static const struct insn *op_fsqrt_s(struct hart *h, const struct insn *i)
{
	FP_RM(h, i, rm);
	h->f[i->rd] = fpu_box(fpu_sqrt_s(FS1, rm, &h->csr.fflags));
	fp_set_dirty(h);
	NEXT(h, i);
}

static const struct insn *op_fsqrt_d(struct hart *h, const struct insn *i)
{
	FP_RM(h, i, rm);
	h->f[i->rd] = fpu_sqrt_d(FD1, rm, &h->csr.fflags);
	fp_set_dirty(h);
	NEXT(h, i);
}

/* FMADD rs1*rs2+rs3, FMSUB rs1*rs2-rs3, FNMSUB -(rs1*rs2)+rs3,
 * FNMADD -(rs1*rs2)-rs3: negating an operand is exact, so these are one
 * fused operation on sign-flipped inputs. */
#define DEF_FMA(name, NA, NC)                                                                      \
	static const struct insn *op_##name##_s(struct hart *h, const struct insn *i)              \
	{                                                                                          \
		FP_RM(h, i, rm);                                                                   \
		h->f[i->rd] = fpu_box(fpu_fma_s(FS1 ^ ((NA) ? F32_SIGN : 0), FS2,                  \
						FS3 ^ ((NC) ? F32_SIGN : 0), rm, &h->csr.fflags)); \
		fp_set_dirty(h);                                                                   \
		NEXT(h, i);                                                                        \
	}                                                                                          \
	static const struct insn *op_##name##_d(struct hart *h, const struct insn *i)              \
	{                                                                                          \
		FP_RM(h, i, rm);                                                                   \
		h->f[i->rd] = fpu_fma_d(FD1 ^ ((NA) ? F64_SIGN : 0), FD2,                          \
					FD3 ^ ((NC) ? F64_SIGN : 0), rm, &h->csr.fflags);          \
		fp_set_dirty(h);                                                                   \
		NEXT(h, i);                                                                        \
	}
DEF_FMA(fmadd, 0, 0)
DEF_FMA(fmsub, 0, 1)
DEF_FMA(fnmsub, 1, 0)
DEF_FMA(fnmadd, 1, 1)

/* ---- sign injection, min/max (no rounding mode) ---- */

static const struct insn *op_fsgnj_s(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->f[i->rd] = fpu_box((FS1 & ~F32_SIGN) | (FS2 & F32_SIGN));
	fp_set_dirty(h);
	NEXT(h, i);
}
static const struct insn *op_fsgnjn_s(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->f[i->rd] = fpu_box((FS1 & ~F32_SIGN) | (~FS2 & F32_SIGN));
	fp_set_dirty(h);
	NEXT(h, i);
}
static const struct insn *op_fsgnjx_s(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->f[i->rd] = fpu_box(FS1 ^ (FS2 & F32_SIGN));
	fp_set_dirty(h);
	NEXT(h, i);
}
static const struct insn *op_fsgnj_d(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->f[i->rd] = (FD1 & ~F64_SIGN) | (FD2 & F64_SIGN);
	fp_set_dirty(h);
	NEXT(h, i);
}
static const struct insn *op_fsgnjn_d(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->f[i->rd] = (FD1 & ~F64_SIGN) | (~FD2 & F64_SIGN);
	fp_set_dirty(h);
	NEXT(h, i);
}
static const struct insn *op_fsgnjx_d(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->f[i->rd] = FD1 ^ (FD2 & F64_SIGN);
	fp_set_dirty(h);
	NEXT(h, i);
}

#define DEF_MINMAX(name, MAX)                                                                      \
	static const struct insn *op_##name##_s(struct hart *h, const struct insn *i)              \
	{                                                                                          \
		FP_CHECK(h, i);                                                                    \
		h->f[i->rd] = fpu_box(fpu_minmax_s(FS1, FS2, MAX, &h->csr.fflags));                \
		fp_set_dirty(h);                                                                   \
		NEXT(h, i);                                                                        \
	}                                                                                          \
	static const struct insn *op_##name##_d(struct hart *h, const struct insn *i)              \
	{                                                                                          \
		FP_CHECK(h, i);                                                                    \
		h->f[i->rd] = fpu_minmax_d(FD1, FD2, MAX, &h->csr.fflags);                         \
		fp_set_dirty(h);                                                                   \
		NEXT(h, i);                                                                        \
	}
DEF_MINMAX(fmin, false)
DEF_MINMAX(fmax, true)

/* ---- compares, classify, moves (integer destination) ---- */

#define DEF_CMP(name, KIND)                                                                        \
	static const struct insn *op_##name##_s(struct hart *h, const struct insn *i)              \
	{                                                                                          \
		FP_CHECK(h, i);                                                                    \
		uint32_t fl = 0;                                                                   \
		uint64_t v = fpu_cmp_s(FS1, FS2, KIND, &fl);                                       \
		set_int_result(h, i, v, fl);                                                       \
		NEXT(h, i);                                                                        \
	}                                                                                          \
	static const struct insn *op_##name##_d(struct hart *h, const struct insn *i)              \
	{                                                                                          \
		FP_CHECK(h, i);                                                                    \
		uint32_t fl = 0;                                                                   \
		uint64_t v = fpu_cmp_d(FD1, FD2, KIND, &fl);                                       \
		set_int_result(h, i, v, fl);                                                       \
		NEXT(h, i);                                                                        \
	}
DEF_CMP(fle, 0)
DEF_CMP(flt, 1)
DEF_CMP(feq, 2)

static const struct insn *op_fclass_s(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->x[i->rd] = fpu_class_s(FS1);
	NEXT(h, i);
}
static const struct insn *op_fclass_d(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->x[i->rd] = fpu_class_d(FD1);
	NEXT(h, i);
}

/* FMV.X.W takes the low 32 bits as they are (no unboxing), sign-extended. */
static const struct insn *op_fmv_x_w(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->x[i->rd] = (uint64_t)(int64_t)(int32_t)(uint32_t)FD1;
	NEXT(h, i);
}
static const struct insn *op_fmv_x_d(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->x[i->rd] = FD1;
	NEXT(h, i);
}
static const struct insn *op_fmv_w_x(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->f[i->rd] = fpu_box((uint32_t)h->x[i->rs1]);
	fp_set_dirty(h);
	NEXT(h, i);
}
static const struct insn *op_fmv_d_x(struct hart *h, const struct insn *i)
{
	FP_CHECK(h, i);
	h->f[i->rd] = h->x[i->rs1];
	fp_set_dirty(h);
	NEXT(h, i);
}

/* ---- conversions ---- */

static const struct insn *op_fcvt_s_d(struct hart *h, const struct insn *i)
{
	FP_RM(h, i, rm);
	h->f[i->rd] = fpu_box(fpu_cvt_s_d(FD1, rm, &h->csr.fflags));
	fp_set_dirty(h);
	NEXT(h, i);
}
static const struct insn *op_fcvt_d_s(struct hart *h, const struct insn *i)
{
	FP_RM(h, i, rm);
	(void)rm; /* exact, but the field must still be valid */
	h->f[i->rd] = fpu_cvt_d_s(FS1, &h->csr.fflags);
	fp_set_dirty(h);
	NEXT(h, i);
}

/* FCVT.{W,WU,L,LU}.{S,D}: the integer kind is in rs2 of the encoding. */
#define DEF_CVT_TO_INT(name, KIND)                                                                 \
	static const struct insn *op_fcvt_##name##_s(struct hart *h, const struct insn *i)         \
	{                                                                                          \
		FP_RM(h, i, rm);                                                                   \
		uint32_t fl = 0;                                                                   \
		uint64_t v = fpu_to_int(FS1, FPU_S, KIND, rm, &fl);                                \
		set_int_result(h, i, v, fl);                                                       \
		NEXT(h, i);                                                                        \
	}                                                                                          \
	static const struct insn *op_fcvt_##name##_d(struct hart *h, const struct insn *i)         \
	{                                                                                          \
		FP_RM(h, i, rm);                                                                   \
		uint32_t fl = 0;                                                                   \
		uint64_t v = fpu_to_int(FD1, FPU_D, KIND, rm, &fl);                                \
		set_int_result(h, i, v, fl);                                                       \
		NEXT(h, i);                                                                        \
	}
DEF_CVT_TO_INT(w, FPU_W)
DEF_CVT_TO_INT(wu, FPU_WU)
DEF_CVT_TO_INT(l, FPU_L)
DEF_CVT_TO_INT(lu, FPU_LU)

#define DEF_CVT_FROM_INT(name, KIND)                                                               \
	static const struct insn *op_fcvt_s_##name(struct hart *h, const struct insn *i)           \
	{                                                                                          \
		FP_RM(h, i, rm);                                                                   \
		h->f[i->rd] = fpu_box(                                                             \
		    (uint32_t)fpu_from_int(h->x[i->rs1], KIND, FPU_S, rm, &h->csr.fflags));        \
		fp_set_dirty(h);                                                                   \
		NEXT(h, i);                                                                        \
	}                                                                                          \
	static const struct insn *op_fcvt_d_##name(struct hart *h, const struct insn *i)           \
	{                                                                                          \
		FP_RM(h, i, rm);                                                                   \
		h->f[i->rd] = fpu_from_int(h->x[i->rs1], KIND, FPU_D, rm, &h->csr.fflags);         \
		fp_set_dirty(h);                                                                   \
		NEXT(h, i);                                                                        \
	}
DEF_CVT_FROM_INT(w, FPU_W)
DEF_CVT_FROM_INT(wu, FPU_WU)
DEF_CVT_FROM_INT(l, FPU_L)
DEF_CVT_FROM_INT(lu, FPU_LU)

/* ---- decoder ---- */

static const insn_fn fma_fns[4][2] = {
    {op_fmadd_s, op_fmadd_d},
    {op_fmsub_s, op_fmsub_d},
    {op_fnmsub_s, op_fnmsub_d},
    {op_fnmadd_s, op_fnmadd_d},
};
static const insn_fn to_int_fns[4][2] = {
    {op_fcvt_w_s, op_fcvt_w_d},
    {op_fcvt_wu_s, op_fcvt_wu_d},
    {op_fcvt_l_s, op_fcvt_l_d},
    {op_fcvt_lu_s, op_fcvt_lu_d},
};
static const insn_fn from_int_fns[4][2] = {
    {op_fcvt_s_w, op_fcvt_d_w},
    {op_fcvt_s_wu, op_fcvt_d_wu},
    {op_fcvt_s_l, op_fcvt_d_l},
    {op_fcvt_s_lu, op_fcvt_d_lu},
};

/* Rounding-mode fields 5 and 6 are reserved. */
static inline bool rm_valid(unsigned rm)
{
	return rm != 5 && rm != 6;
}

static bool decode_op_fp(struct insn *d, uint32_t raw)
{
	const unsigned f7 = rv_funct7(raw), f3 = rv_funct3(raw), rs2 = rv_rs2(raw);
	const unsigned fmt = f7 & 3; /* 0 = S, 1 = D */
	if (fmt > 1)
		return false;
	const bool dbl = fmt == 1;
	insn_fn fn = NULL;
	bool uses_rm = false, int_rd = false;

	switch (f7 >> 2) {
	case 0x00: /* FADD */
		fn = dbl ? op_fadd_d : op_fadd_s;
		uses_rm = true;
		break;
	case 0x01: /* FSUB */
		fn = dbl ? op_fsub_d : op_fsub_s;
		uses_rm = true;
		break;
	case 0x02: /* FMUL */
		fn = dbl ? op_fmul_d : op_fmul_s;
		uses_rm = true;
		break;
	case 0x03: /* FDIV */
		fn = dbl ? op_fdiv_d : op_fdiv_s;
		uses_rm = true;
		break;
	case 0x0b: /* FSQRT */
		if (rs2 != 0)
			return false;
		fn = dbl ? op_fsqrt_d : op_fsqrt_s;
		uses_rm = true;
		break;
	case 0x04: /* FSGNJ / FSGNJN / FSGNJX */
		if (f3 > 2)
			return false;
		if (dbl)
			fn = f3 == 0 ? op_fsgnj_d : f3 == 1 ? op_fsgnjn_d : op_fsgnjx_d;
		else
			fn = f3 == 0 ? op_fsgnj_s : f3 == 1 ? op_fsgnjn_s : op_fsgnjx_s;
		break;
	case 0x05: /* FMIN / FMAX */
		if (f3 > 1)
			return false;
		fn = f3 == 0 ? (dbl ? op_fmin_d : op_fmin_s) : (dbl ? op_fmax_d : op_fmax_s);
		break;
	case 0x08: /* FCVT.S.D (fmt S, rs2 = 1) / FCVT.D.S (fmt D, rs2 = 0) */
		if (rs2 != (dbl ? 0u : 1u))
			return false;
		fn = dbl ? op_fcvt_d_s : op_fcvt_s_d;
		uses_rm = true;
		break;
	case 0x14: /* FLE / FLT / FEQ */
		if (f3 > 2)
			return false;
		if (dbl)
			fn = f3 == 0 ? op_fle_d : f3 == 1 ? op_flt_d : op_feq_d;
		else
			fn = f3 == 0 ? op_fle_s : f3 == 1 ? op_flt_s : op_feq_s;
		int_rd = true;
		break;
	case 0x18: /* FCVT.{W,WU,L,LU}.{S,D} */
		if (rs2 > 3)
			return false;
		fn = to_int_fns[rs2][fmt];
		uses_rm = true;
		int_rd = true;
		break;
	case 0x1a: /* FCVT.{S,D}.{W,WU,L,LU} */
		if (rs2 > 3)
			return false;
		fn = from_int_fns[rs2][fmt];
		uses_rm = true;
		break;
	case 0x1c: /* FMV.X.{W,D} / FCLASS */
		if (rs2 != 0 || f3 > 1)
			return false;
		fn = f3 == 0 ? (dbl ? op_fmv_x_d : op_fmv_x_w) : (dbl ? op_fclass_d : op_fclass_s);
		int_rd = true;
		break;
	case 0x1e: /* FMV.{W,D}.X */
		if (rs2 != 0 || f3 != 0)
			return false;
		fn = dbl ? op_fmv_d_x : op_fmv_w_x;
		break;
	default:
		return false;
	}
	if (uses_rm && !rm_valid(f3))
		return false;
	d->fn = fn;
	d->rd = int_rd ? rv_dest(rv_rd(raw)) : (uint8_t)rv_rd(raw);
	d->rs1 = rv_rs1(raw);
	d->rs2 = rs2;
	d->rs3 = 0;
	d->rm = f3;
	d->imm = 0;
	return true;
}

bool decode_fp(struct insn *d, uint32_t raw)
{
	switch (raw & 0x7f) {
	case 0x07: /* LOAD-FP */
	case 0x27: /* STORE-FP */ {
		const bool load = (raw & 0x7f) == 0x07;
		const unsigned f3 = rv_funct3(raw);
		if (f3 != 2 && f3 != 3)
			return false;
		if (load) {
			d->fn = f3 == 2 ? op_flw : op_fld;
			d->imm = rv_imm_i(raw);
			d->rd = rv_rd(raw);
			d->rs2 = 0;
		} else {
			d->fn = f3 == 2 ? op_fsw : op_fsd;
			d->imm = rv_imm_s(raw);
			d->rd = 32;
			d->rs2 = rv_rs2(raw);
		}
		d->rs1 = rv_rs1(raw);
		d->rs3 = 0;
		d->rm = 0;
		return true;
	}
	case 0x43: /* FMADD */
	case 0x47: /* FMSUB */
	case 0x4b: /* FNMSUB */
	case 0x4f: /* FNMADD */ {
		const unsigned fmt = (raw >> 25) & 3, f3 = rv_funct3(raw);
		if (fmt > 1 || !rm_valid(f3))
			return false;
		d->fn = fma_fns[((raw & 0x7f) - 0x43) >> 2][fmt];
		d->rd = rv_rd(raw);
		d->rs1 = rv_rs1(raw);
		d->rs2 = rv_rs2(raw);
		d->rs3 = rv_rs3(raw);
		d->rm = f3;
		d->imm = 0;
		return true;
	}
	case 0x53: /* OP-FP */
		return decode_op_fp(d, raw);
	default:
		return false;
	}
}
