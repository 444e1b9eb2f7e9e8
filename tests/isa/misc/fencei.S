/* Self-modifying code with FENCE.I: rewrite a called function repeatedly, patch an instruction later in the running
 * straight-line code, patch code in another page from a loop, patch 16-bit instructions, sd/AMO writes to code. */
#include "test.h"
#define ADDI_A0(imm) (0x00000513 | (((imm) & 0xfff) << 20))   /* addi a0, zero, imm */
#define ADDI_A0_A0(imm) (0x00050513 | (((imm) & 0xfff) << 20)) /* addi a0, a0, imm */
#define RET 0x00008067
#define CLI_A0(imm) (0x4501 | (((imm) & 0x1f) << 2) | ((((imm) >> 5) & 1) << 12))   /* c.li a0, imm */
#define CNOP 0x0001
TEST_BEGIN
	/* ---- rewrite a function, execute, rewrite again */
	la s2, func_buf
	li t0, ADDI_A0(1)
	sw t0, 0(s2)
	li t0, RET
	sw t0, 4(s2)
	fence.i
	li a0, 0
	jalr ra, 0(s2)
	CHECK_EQ(a0, 1, 1)
	li t0, ADDI_A0(2)
	sw t0, 0(s2)
	fence.i
	jalr ra, 0(s2)
	CHECK_EQ(a0, 2, 2)
	/* the same call site, 200 different bodies */
	li s3, 0
1:	li t0, ADDI_A0(0)
	slli t1, s3, 20
	or t0, t0, t1
	sw t0, 0(s2)
	fence.i
	li a0, -1
	jalr ra, 0(s2)
	beq a0, s3, 2f
	FAIL(3)
2:	addi s3, s3, 1
	li t0, 200
	blt s3, t0, 1b
	/* grow the function: two instructions before the ret */
	li t0, ADDI_A0(10)
	sw t0, 0(s2)
	li t0, ADDI_A0_A0(5)
	sw t0, 4(s2)
	li t0, RET
	sw t0, 8(s2)
	fence.i
	jalr ra, 0(s2)
	CHECK_EQ(a0, 15, 4)
	/* 16-bit instructions: c.li a0, 7; c.nop; ret */
	li t0, CLI_A0(7)
	sh t0, 0(s2)
	li t0, CNOP
	sh t0, 2(s2)
	li t0, RET
	sw t0, 4(s2)
	fence.i
	jalr ra, 0(s2)
	CHECK_EQ(a0, 7, 5)
	li t0, CLI_A0(-3)
	sh t0, 0(s2)
	fence.i
	jalr ra, 0(s2)
	CHECK_EQ(a0, -3, 6)
	/* one sd writes two instructions */
	li t0, (RET << 32) | ADDI_A0(0x123)
	sd t0, 0(s2)
	fence.i
	jalr ra, 0(s2)
	CHECK_EQ(a0, 0x123, 7)
	/* an AMO writes an instruction */
	li t0, ADDI_A0(0x321)
	amoswap.w t1, t0, (s2)
	fence.i
	jalr ra, 0(s2)
	CHECK_EQ(a0, 0x321, 8)
	li t0, ADDI_A0(0x123)
	CHECK_EQ_REG(t1, t0, 9)

	/* ---- patch an instruction further down the running code */
	.option push
	.option norvc
	la t0, patch1
	li t1, ADDI_A0(55)
	sw t1, 0(t0)
	fence.i
patch1:	addi a0, zero, 11
	.option pop
	CHECK_EQ(a0, 55, 10)
	/* in a loop: each iteration patches the instruction it executes next */
	li s3, 1
	li s4, 0
1:	la t0, patch2
	li t1, ADDI_A0_A0(0)
	slli t2, s3, 20
	or t1, t1, t2
	sw t1, 0(t0)
	fence.i
	mv a0, s4
	.option push
	.option norvc
patch2:	addi a0, a0, 0
	.option pop
	mv s4, a0
	addi s3, s3, 1
	li t0, 20
	ble s3, t0, 1b
	CHECK_EQ(s4, 210, 11)          /* 1 + 2 + ... + 20 */

	/* ---- a loop in this page patching code in another page */
	la s2, far_func
	li s3, 0
	li s4, 0
1:	li t1, ADDI_A0(0)
	slli t2, s3, 20
	or t1, t1, t2
	sw t1, 0(s2)
	fence.i
	jalr ra, 0(s2)
	add s4, s4, a0
	addi s3, s3, 1
	li t0, 100
	blt s3, t0, 1b
	CHECK_EQ(s4, 4950, 12)         /* 0 + 1 + ... + 99 */
	/* the far page: patch its second instruction too (function body grows) */
	li t1, ADDI_A0_A0(1000)
	sw t1, 4(s2)
	fence.i
	jalr ra, 0(s2)
	CHECK_EQ(a0, 1099, 13)
	TEST_PASS

	.align 6
func_buf:
	.skip 64
	.align 12
far_func:
	.option push
	.option norvc
	addi a0, zero, 0
	addi a0, a0, 0
	ret
	.option pop
	.align 12
TEST_END
