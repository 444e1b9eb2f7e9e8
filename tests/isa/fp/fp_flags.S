/* F/D exception flags: they accumulate across instructions, fcsr shows
 * frm and fflags together, instructions that raise nothing leave them
 * alone, and an integer destination of x0 still raises flags. */
#include "test.h"

#define CHECK_FLAGS(val, n) \
	csrr t4, fflags;    \
	CHECK_EQ(t4, val, n)

TEST_BEGIN
	li t0, 0x3ff0000000000000	/* 1.0 */
	fmv.d.x fs0, t0
	li t0, 0x4008000000000000	/* 3.0 */
	fmv.d.x fs1, t0
	fmv.d.x fs2, zero		/* +0 */
	li t0, 0x7fefffffffffffff	/* max */
	fmv.d.x fs3, t0
	li t0, 0x0010000000000000	/* min normal */
	fmv.d.x fs4, t0
	li t0, 0x7ff0000000000001	/* sNaN */
	fmv.d.x fs5, t0
	li t0, 0x7ff8000000000000	/* qNaN */
	fmv.d.x fs6, t0

	csrw fflags, zero
	fdiv.d fa0, fs0, fs1		/* NX */
	CHECK_FLAGS(0x01, 1)
	fdiv.d fa0, fs0, fs2		/* DZ */
	CHECK_FLAGS(0x09, 2)
	fadd.d fa0, fs0, fs0		/* exact: nothing new */
	CHECK_FLAGS(0x09, 3)
	fsqrt.d fa0, fs6		/* quiet NaN in: nothing new */
	CHECK_FLAGS(0x09, 4)
	fmul.d fa0, fs3, fs1		/* OF NX */
	CHECK_FLAGS(0x0d, 5)
	fmul.d fa0, fs4, fs4		/* UF NX */
	CHECK_FLAGS(0x0f, 6)
	fadd.d fa0, fs5, fs0		/* NV */
	CHECK_FLAGS(0x1f, 7)
	li t0, 3
	fsrm t0				/* frm = RUP */
	csrr t1, fcsr
	CHECK_EQ(t1, 0x7f, 8)

	/* each flag alone, from zero */
	csrw fflags, zero
	fsqrt.d fa0, fs5		/* sNaN: NV only */
	CHECK_FLAGS(0x10, 10)
	csrw fflags, zero
	fsub.d fa0, fs3, fs4		/* max - tiny in RUP: max, NX only */
	CHECK_FLAGS(0x01, 11)
	fmv.x.d t1, fa0
	CHECK_EQ(t1, 0x7fefffffffffffff, 12)
	csrw fflags, zero
	fsub.d fa0, fs3, fs4, rtz	/* static RTZ beats frm: max - ulp, NX */
	CHECK_FLAGS(0x01, 13)
	fmv.x.d t1, fa0
	CHECK_EQ(t1, 0x7feffffffffffffe, 14)
	csrw fflags, zero
	fadd.d fa0, fs3, fs4		/* max + tiny in RUP: overflow to inf */
	CHECK_FLAGS(0x05, 15)
	fmv.x.d t1, fa0
	CHECK_EQ(t1, 0x7ff0000000000000, 16)
	csrwi frm, 0

	/* with NX already set, flags raised by results at the edges of the
	 * normal range still accumulate */
	li t0, 0x3fefffffffffffff	/* 1 - 2^-53 */
	fmv.d.x fs7, t0
	csrwi fflags, 0x01
	fmul.d fa0, fs7, fs4		/* tiny, rounds to the min normal: UF NX */
	CHECK_FLAGS(0x03, 60)
	fmv.x.d t1, fa0
	CHECK_EQ(t1, 0x0010000000000000, 61)
	csrwi fflags, 0x01
	fmul.d fa0, fs3, fs1, rtz	/* overflow to max in RTZ: OF NX */
	CHECK_FLAGS(0x05, 62)
	fmv.x.d t1, fa0
	CHECK_EQ(t1, 0x7fefffffffffffff, 63)
	csrwi fflags, 0x01
	fdiv.d fa0, fs3, fs1		/* max / 3: no new flag */
	CHECK_FLAGS(0x01, 64)
	li t0, 0x3f7fffff		/* binary32: (1 - 2^-24) * 2^-126 */
	fmv.w.x ft0, t0
	li t0, 0x00800000
	fmv.w.x ft1, t0
	csrwi fflags, 0x01
	fmul.s ft2, ft0, ft1		/* 2^-126 - 2^-150: rounds to 2^-126, UF NX */
	CHECK_FLAGS(0x03, 50)
	fmv.x.w t1, ft2
	CHECK_EQ(t1, 0x00800000, 51)
	li t0, 0x7f7fffff
	fmv.w.x ft3, t0
	csrwi fflags, 0x01
	fadd.s ft2, ft3, ft3, rdn	/* overflow to max in RDN: OF NX */
	CHECK_FLAGS(0x05, 52)
	csrwi fflags, 0x01
	fsqrt.s ft2, ft1		/* 2^-63, exact: nothing new */
	CHECK_FLAGS(0x01, 53)

	/* no flags from moves, sign injection, classify, loads/stores, even on NaNs */
	csrw fflags, zero
	fsgnj.d fa0, fs5, fs5
	fsgnjn.d fa0, fs5, fs6
	fclass.d t1, fs5
	fmv.x.d t1, fs5
	fmv.d.x fa1, t1
	la t0, scratch
	fsd fs5, 0(t0)
	fld fa2, 0(t0)
	fsw fs5, 0(t0)
	flw fa2, 0(t0)
	feq.d t1, fs6, fs0		/* quiet compare of a quiet NaN */
	fmax.d fa0, fs6, fs0
	CHECK_FLAGS(0, 20)
	fmv.x.d t1, fa0			/* fmax(qNaN, 1) = 1 */
	CHECK_EQ(t1, 0x3ff0000000000000, 21)
	fsgnjn.d fa0, fs5, fs6		/* sNaN payload kept by sign injection */
	fmv.x.d t1, fa0
	CHECK_EQ(t1, 0xfff0000000000001, 22)

	/* integer destination x0: the result is dropped, the flags are not */
	csrw fflags, zero
	fcvt.w.d zero, fs6
	CHECK_FLAGS(0x10, 30)
	CHECK_EQ(x0, 0, 31)
	csrw fflags, zero
	flt.d zero, fs0, fs6
	CHECK_FLAGS(0x10, 32)
	csrw fflags, zero
	feq.d zero, fs5, fs0
	CHECK_FLAGS(0x10, 33)
	csrw fflags, zero
	fcvt.l.d zero, fs1		/* exact */
	fcvt.wu.d zero, fs0
	CHECK_FLAGS(0, 34)
	fdiv.d fa0, fs0, fs1
	fcvt.l.d zero, fa0		/* 0.333 -> 0: NX */
	CHECK_FLAGS(0x01, 35)
	CHECK_EQ(x0, 0, 36)
	/* integer destinations get exactly 0 or 1 */
	li t1, -1
	flt.d t1, fs0, fs1
	CHECK_EQ(t1, 1, 37)
	li t1, -1
	fle.d t1, fs1, fs0
	CHECK_EQ(t1, 0, 38)

	/* fflags writes are independent of frm and vice versa */
	csrwi fflags, 0x1f
	csrwi frm, 2
	csrr t1, fcsr
	CHECK_EQ(t1, 0x5f, 40)
	fadd.d fa0, fs0, fs0		/* exact: flags unchanged */
	csrr t1, fcsr
	CHECK_EQ(t1, 0x5f, 41)
	csrw fcsr, zero

	TEST_PASS

	.data
	.align 3
scratch: .dword 0
TEST_END
