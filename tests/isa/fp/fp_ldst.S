/* F/D loads, stores and moves: FLW NaN-boxes, FSW stores the low 32 bits
 * of any register, FLD/FSD are raw; the compressed forms C.FLD, C.FSD,
 * C.FLDSP, C.FSDSP; FMV.X.W sign-extends, FMV.W.X boxes; all 32 FP
 * registers in every operand position (rd, rs1, rs2, rs3). */
#include "test.h"

/* Compare FP register f (raw 64 bits) with an immediate. */
#define CHECK_F(f, val, n)  \
	fmv.x.d t4, f;      \
	CHECK_EQ(t4, val, n)

TEST_BEGIN
	la s0, data
	mv sp, s0

	/* ---- FLW / FSW ---- */
	flw ft0, 0(s0)
	CHECK_F(ft0, 0xffffffff3f800000, 1)
	flw ft1, 4(s0)			/* a signaling NaN loads unchanged */
	CHECK_F(ft1, 0xffffffff7f800001, 2)
	addi s1, s0, 64
	flw ft2, -60(s1)		/* negative offset */
	CHECK_F(ft2, 0xffffffff7f800001, 3)
	csrr t1, fflags			/* loads raise no flags */
	CHECK_EQ(t1, 0, 4)
	li t0, 0x123456789abcdef0
	fmv.d.x ft3, t0			/* not a boxed single: FSW still stores bits 31:0 */
	fsw ft3, 32(s0)
	lwu t1, 32(s0)
	CHECK_EQ(t1, 0x9abcdef0, 5)
	lwu t1, 36(s0)			/* neighbour untouched */
	CHECK_EQ(t1, 0x55555555, 6)
	fsw ft1, -28(s1)		/* = 36(s0) */
	lwu t1, 36(s0)
	CHECK_EQ(t1, 0x7f800001, 7)
	lwu t1, 32(s0)
	CHECK_EQ(t1, 0x9abcdef0, 8)

	/* ---- FLD / FSD ---- */
	fld fs0, 8(s0)
	CHECK_F(fs0, 0xfff0000000000001, 9)
	fld fs1, 16(s0)			/* a boxed single loads raw */
	CHECK_F(fs1, 0xffffffff40490fdb, 10)
	fsd ft3, 40(s0)
	ld t1, 40(s0)
	CHECK_EQ(t1, 0x123456789abcdef0, 11)
	fsd fs0, -16(s1)		/* = 48(s0) */
	ld t1, 48(s0)
	CHECK_EQ(t1, 0xfff0000000000001, 12)
	csrr t1, fflags
	CHECK_EQ(t1, 0, 13)

	/* ---- compressed forms (rs1' / rd' in x8-x15 / f8-f15) ---- */
	c.fld fa5, 8(s0)
	CHECK_F(fa5, 0xfff0000000000001, 14)
	c.fld fs1, 248(s0)		/* largest offset */
	CHECK_F(fs1, 0x0123456789abcdef, 15)
	li t0, 0x0fedcba987654321
	fmv.d.x fa4, t0
	c.fsd fa4, 56(s0)
	ld t1, 56(s0)
	CHECK_EQ(t1, 0x0fedcba987654321, 16)
	c.fsd fa5, 240(s0)
	ld t1, 240(s0)
	CHECK_EQ(t1, 0xfff0000000000001, 17)
	c.fldsp ft5, 8(sp)
	CHECK_F(ft5, 0xfff0000000000001, 18)
	c.fldsp ft11, 504(sp)		/* largest offset, any register */
	CHECK_F(ft11, 0x1122334455667788, 19)
	c.fldsp f0, 248(sp)
	CHECK_F(f0, 0x0123456789abcdef, 20)
	c.fsdsp ft11, 64(sp)
	ld t1, 64(s0)
	CHECK_EQ(t1, 0x1122334455667788, 21)
	c.fsdsp f0, 496(sp)
	ld t1, 496(s0)
	CHECK_EQ(t1, 0x0123456789abcdef, 22)

	/* ---- moves ---- */
	li t0, 0x80000000
	fmv.w.x fa0, t0
	CHECK_F(fa0, 0xffffffff80000000, 23)
	fmv.x.w t1, fa0			/* sign-extends */
	CHECK_EQ(t1, 0xffffffff80000000, 24)
	li t0, 0xabcdef017f800001	/* upper bits ignored, sNaN kept */
	fmv.w.x fa1, t0
	CHECK_F(fa1, 0xffffffff7f800001, 25)
	fmv.x.w t1, fa1
	CHECK_EQ(t1, 0x7f800001, 26)
	fmv.x.w t1, ft3			/* unboxed register: raw low half */
	CHECK_EQ(t1, 0xffffffff9abcdef0, 27)
	fmv.x.d t1, ft3
	CHECK_EQ(t1, 0x123456789abcdef0, 28)
	fmv.d.x fa2, zero
	CHECK_F(fa2, 0, 29)
	fmv.x.w zero, fa1		/* x0 stays 0 */
	CHECK_EQ(x0, 0, 30)
	csrr t1, fflags
	CHECK_EQ(t1, 0, 31)

	/* ---- every FP register as rd and rs1 ---- */
	li t0, 0x4000000000000000
	.irp r, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
	addi t1, t0, \r
	fmv.d.x f\r, t1
	.endr
	li t2, 0
	.irp r, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
	fmv.x.d t1, f\r
	addi t3, t0, \r
	beq t1, t3, 1f
	ori t2, t2, 1
1:
	.endr
	CHECK_EQ(t2, 0, 32)
	/* rs2 / rs3 positions: fsgnj.d rd, f0, fK copies the sign of fK */
	li t0, 0x3ff0000000000000
	fmv.d.x f0, t0
	li t0, 0x8000000000000000
	.irp r, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
	fmv.d.x f\r, t0
	.endr
	li t2, 0
	li t3, 0xbff0000000000000
	.irp r, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
	fsgnj.d f31, f0, f\r
	fmv.x.d t1, f31
	beq t1, t3, 1f
	ori t2, t2, 1
1:
	fmv.d.x f31, t0
	.endr
	CHECK_EQ(t2, 0, 33)
	/* fmadd.d with each register as rs3: 1 * 1 + fK, fK = K */
	li t0, 0x3ff0000000000000
	fmv.d.x f0, t0
	.irp r, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
	li t1, \r
	fcvt.d.l f\r, t1
	.endr
	li t2, 0
	.irp r, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31
	fmadd.d f0, f0, f0, f\r		/* rd = rs1 = rs2: reads before the write */
	fcvt.l.d t1, f0
	li t3, \r + 1
	beq t1, t3, 1f
	ori t2, t2, 1
1:
	li t1, 0x3ff0000000000000
	fmv.d.x f0, t1
	.endr
	CHECK_EQ(t2, 0, 34)
	fmadd.s f31, f30, f29, f28	/* boxed? f28..f30 are D values: canonical NaN */
	fmv.x.d t1, f31
	CHECK_EQ(t1, 0xffffffff7fc00000, 35)

	TEST_PASS

	.data
	.align 6
data:
	.word 0x3f800000, 0x7f800001		/* 0 */
	.dword 0xfff0000000000001		/* 8 */
	.dword 0xffffffff40490fdb		/* 16 */
	.dword 0				/* 24 */
	.rept 27				/* 32 .. 247 */
	.dword 0x5555555555555555
	.endr
	.dword 0x0123456789abcdef		/* 248 */
	.fill 30, 8, 0				/* 256 .. 495 */
	.dword 0				/* 496 */
	.dword 0x1122334455667788		/* 504 */
TEST_END
