/* F/D illegal-instruction cases: every FP instruction (and the FP CSRs)
 * with mstatus.FS = Off, dynamic rounding with an invalid frm, static
 * rounding modes 5 and 6, reserved encodings. Also: FS becomes Dirty when
 * FP registers are written.
 *
 * The trap handler records mcause in s8 and mtval in s9 and skips the
 * instruction (2 or 4 bytes). */
#include "test.h"

	.align 2
handler:
	csrr s8, mcause
	csrr s9, mtval
	csrr t3, mepc
	lhu t4, 0(t3)
	andi t4, t4, 3
	li t0, 3
	addi t3, t3, 2
	bne t4, t0, 1f
	addi t3, t3, 2
1:	csrw mepc, t3
	mret

/* The instruction (assembled uncompressed) must raise illegal instruction
 * with mtval = its bits. */
#define ILL32(n, ...)                 \
	li s8, 0;                     \
	li s9, 0;                     \
	la s7, 8f;                    \
	.option push;                 \
	.option norvc;                \
8:	__VA_ARGS__;                  \
	.option pop;                  \
	CHECK_EQ(s8, 2, n);           \
	lwu t0, 0(s7);                \
	beq s9, t0, 9f;               \
	FAIL(n + 128);                \
9:

/* A compressed instruction: mtval holds the 16 original bits. */
#define ILL16(n, ...)                 \
	li s8, 0;                     \
	li s9, 0;                     \
	la s7, 8f;                    \
8:	__VA_ARGS__;                  \
	CHECK_EQ(s8, 2, n);           \
	lhu t0, 0(s7);                \
	beq s9, t0, 9f;               \
	FAIL(n + 128);                \
9:

/* The instruction must not trap. */
#define NOTRAP(n, ...)                \
	li s8, 0;                     \
	__VA_ARGS__;                  \
	CHECK_EQ(s8, 0, n);

#define FS_OFF li t0, (3 << 13); csrc mstatus, t0
#define FS_INITIAL FS_OFF; li t0, (1 << 13); csrs mstatus, t0

TEST_BEGIN
	la t0, handler
	csrw mtvec, t0
	la s0, buf
	addi sp, s0, 64
	li t0, 0x3ff0000000000000
	fmv.d.x fa1, t0
	fmv.d.x fa2, t0

	/* ---- FS = Off: everything FP is illegal ---- */
	FS_OFF
	ILL32(1, flw fa0, 0(s0))
	ILL32(2, fld fa0, 0(s0))
	ILL32(3, fsw fa1, 0(s0))
	ILL32(4, fsd fa1, 0(s0))
	ILL32(5, fadd.s fa0, fa1, fa2)
	ILL32(6, fadd.d fa0, fa1, fa2)
	ILL32(7, fmul.d fa0, fa1, fa2, rtz)
	ILL32(8, fdiv.s fa0, fa1, fa2)
	ILL32(9, fsqrt.d fa0, fa1)
	ILL32(10, fmadd.d fa0, fa1, fa2, fa1)
	ILL32(11, fnmsub.s fa0, fa1, fa2, fa1)
	ILL32(12, fsgnj.d fa0, fa1, fa2)
	ILL32(13, fsgnjx.s fa0, fa1, fa2)
	ILL32(14, fmin.d fa0, fa1, fa2)
	ILL32(15, fmax.s fa0, fa1, fa2)
	ILL32(16, feq.d a0, fa1, fa2)
	ILL32(17, flt.s a0, fa1, fa2)
	ILL32(18, fle.d a0, fa1, fa2)
	ILL32(19, fclass.d a0, fa1)
	ILL32(20, fclass.s a0, fa1)
	ILL32(21, fmv.x.w a0, fa1)
	ILL32(22, fmv.x.d a0, fa1)
	ILL32(23, fmv.w.x fa0, a0)
	ILL32(24, fmv.d.x fa0, a0)
	ILL32(25, fcvt.w.d a0, fa1, rtz)
	ILL32(26, fcvt.lu.s a0, fa1)
	ILL32(27, fcvt.s.l fa0, a0)
	ILL32(28, fcvt.d.wu fa0, a0)
	ILL32(29, fcvt.s.d fa0, fa1)
	ILL32(30, fcvt.d.s fa0, fa1)
	ILL32(31, csrr a0, fflags)
	ILL32(32, csrr a0, frm)
	ILL32(33, csrw fcsr, zero)
	/* compressed loads and stores */
	ILL16(34, c.fld fa0, 0(s0))
	ILL16(35, c.fsd fa1, 8(s0))
	ILL16(36, c.fldsp fa0, 16(sp))
	ILL16(37, c.fsdsp fa1, 24(sp))
	/* x0 destination: still illegal, x0 unchanged */
	ILL32(38, fmv.x.d x0, fa1)
	CHECK_EQ(x0, 0, 39)

	/* ---- FS = Initial: legal, and writing an FP register makes it Dirty ---- */
	FS_INITIAL
	NOTRAP(40, fadd.d fa0, fa1, fa2)
	csrr t1, mstatus
	srli t2, t1, 13
	andi t2, t2, 3
	CHECK_EQ(t2, 3, 41)
	bltz t1, 1f		/* SD (bit 63) */
	FAIL(42)
1:
	FS_INITIAL
	NOTRAP(43, flw fa0, 0(s0))
	csrr t1, mstatus
	srli t2, t1, 13
	andi t2, t2, 3
	CHECK_EQ(t2, 3, 44)
	/* FS = Clean behaves the same */
	FS_OFF
	li t0, (2 << 13)
	csrs mstatus, t0
	NOTRAP(45, fmv.w.x fa0, zero)
	csrr t1, mstatus
	srli t2, t1, 13
	andi t2, t2, 3
	CHECK_EQ(t2, 3, 46)

	/* ---- invalid dynamic rounding mode ---- */
	csrwi frm, 5
	ILL32(50, fadd.s fa0, fa1, fa2)
	ILL32(51, fadd.d fa0, fa1, fa2, dyn)
	ILL32(52, fsqrt.s fa0, fa1)
	ILL32(53, fmadd.d fa0, fa1, fa2, fa1)
	ILL32(54, fcvt.w.s a0, fa1)
	ILL32(55, fcvt.s.d fa0, fa1)
	ILL32(56, .insn r 0x53, 7, 0x21, fa0, fa1, x0)	/* fcvt.d.s dyn */
	ILL32(57, .insn r 0x53, 7, 0x69, fa0, a0, x0)	/* fcvt.d.w dyn */
	ILL32(58, fcvt.d.lu fa0, a0)
	ILL32(59, fdiv.d fa0, fa1, fa2)
	/* a static mode still works, and so does everything without a mode */
	NOTRAP(60, fadd.s fa0, fa1, fa2, rne)
	NOTRAP(61, fmadd.d fa0, fa1, fa2, fa1, rmm)
	NOTRAP(62, fcvt.l.d a0, fa1, rtz)
	NOTRAP(63, fsgnj.d fa0, fa1, fa2)
	NOTRAP(64, fmin.s fa0, fa1, fa2)
	NOTRAP(65, feq.d a0, fa1, fa2)
	NOTRAP(66, fclass.s a0, fa1)
	NOTRAP(67, fmv.x.d a0, fa1)
	NOTRAP(68, fld fa0, 0(s0))
	NOTRAP(69, fsw fa1, 0(s0))
	csrwi frm, 6
	ILL32(70, fmul.s fa0, fa1, fa2)
	ILL32(71, fnmadd.s fa0, fa1, fa2, fa1)
	csrwi frm, 7
	ILL32(72, fsub.d fa0, fa1, fa2)
	ILL32(73, fcvt.s.lu fa0, a0)
	ILL32(74, fcvt.wu.d a0, fa1)
	csrr t1, frm
	CHECK_EQ(t1, 7, 75)
	csrwi frm, 4	/* RMM is valid */
	NOTRAP(76, fadd.d fa0, fa1, fa2)
	csrwi frm, 0

	/* ---- reserved static rounding modes 5 and 6 ---- */
	ILL32(80, .insn r 0x53, 5, 0x00, fa0, fa1, fa2)		/* fadd.s rm=5 */
	ILL32(81, .insn r 0x53, 6, 0x01, fa0, fa1, fa2)		/* fadd.d rm=6 */
	ILL32(82, .insn r 0x53, 5, 0x2d, fa0, fa1, x0)		/* fsqrt.d rm=5 */
	ILL32(83, .insn r4 0x43, 5, 0, fa0, fa1, fa2, fa1)	/* fmadd.s rm=5 */
	ILL32(84, .insn r4 0x4f, 6, 1, fa0, fa1, fa2, fa1)	/* fnmadd.d rm=6 */
	ILL32(85, .insn r 0x53, 6, 0x61, a0, fa1, x1)		/* fcvt.wu.d rm=6 */
	ILL32(86, .insn r 0x53, 5, 0x68, fa0, a0, x2)		/* fcvt.s.l rm=5 */
	ILL32(87, .insn r 0x53, 5, 0x20, fa0, fa1, x1)		/* fcvt.s.d rm=5 */
	ILL32(88, .insn r 0x53, 6, 0x21, fa0, fa1, x0)		/* fcvt.d.s rm=6 */

	/* ---- reserved encodings ---- */
	ILL32(90, .insn r 0x53, 0, 0x03, fa0, fa1, fa2)		/* fadd.q */
	ILL32(91, .insn r 0x53, 0, 0x02, fa0, fa1, fa2)		/* fadd.h */
	ILL32(92, .insn i 0x07, 4, fa0, 0(s0))			/* flq */
	ILL32(93, .insn s 0x27, 4, fa0, 0(s0))			/* fsq */
	ILL32(94, .insn i 0x07, 1, fa0, 0(s0))			/* flh */
	ILL32(95, .insn r 0x53, 0, 0x2c, fa0, fa1, x1)		/* fsqrt.s rs2=1 */
	ILL32(96, .insn r 0x53, 0, 0x20, fa0, fa1, x0)		/* fcvt.s.s */
	ILL32(97, .insn r 0x53, 0, 0x21, fa0, fa1, x1)		/* fcvt.d.d */
	ILL32(98, .insn r 0x53, 3, 0x10, fa0, fa1, fa2)		/* fsgnj funct3=3 */
	ILL32(99, .insn r 0x53, 2, 0x15, fa0, fa1, fa2)		/* fmin/fmax funct3=2 */
	ILL32(100, .insn r 0x53, 3, 0x51, a0, fa1, fa2)		/* fle/flt/feq funct3=3 */
	ILL32(101, .insn r 0x53, 0, 0x60, a0, fa1, x4)		/* fcvt.?.s rs2=4 */
	ILL32(102, .insn r 0x53, 0, 0x69, fa0, a0, x5)		/* fcvt.d.? rs2=5 */
	ILL32(103, .insn r 0x53, 2, 0x70, a0, fa1, x0)		/* fmv.x.w funct3=2 */
	ILL32(104, .insn r 0x53, 0, 0x71, a0, fa1, x1)		/* fmv.x.d rs2=1 */
	ILL32(105, .insn r 0x53, 1, 0x78, fa0, a0, x0)		/* fmv.w.x funct3=1 */
	ILL32(106, .insn r 0x53, 0, 0x7f, fa0, fa1, fa2)	/* unused funct7 */
	ILL32(107, .insn r4 0x43, 0, 3, fa0, fa1, fa2, fa1)	/* fmadd.q */

	TEST_PASS

	.data
	.align 4
buf:	.rept 16
	.dword 0x3ff0000000000000
	.endr
TEST_END
