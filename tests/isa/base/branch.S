/* RV64I conditional branches BEQ/BNE/BLT/BGE/BLTU/BGEU: taken and not taken, signed vs unsigned edges, backward, long-range and x0 operands. */
#include "test.h"
/* Taken: must skip FAIL.  Not taken: must fall through. */
#define BR_TAKEN(n, op, v1, v2) \
	li a1, v1; li a2, v2; \
	op a1, a2, 1f;         \
	FAIL(n);               \
	1:
#define BR_NOT_TAKEN(n, op, v1, v2) \
	li a1, v1; li a2, v2; \
	op a1, a2, 1f;         \
	j 2f;                  \
	1: FAIL(n);            \
	2:
TEST_BEGIN
	/* beq */
	BR_TAKEN(1, beq, 0x0, 0x0)
	BR_TAKEN(2, beq, 0x1, 0x1)
	BR_NOT_TAKEN(3, beq, 0x0, 0x1)
	BR_NOT_TAKEN(4, beq, 0x1, 0x0)
	BR_TAKEN(5, beq, 0xffffffffffffffff, 0xffffffffffffffff)
	BR_NOT_TAKEN(6, beq, 0xffffffffffffffff, 0x0)
	BR_NOT_TAKEN(7, beq, 0x0, 0xffffffffffffffff)
	BR_NOT_TAKEN(8, beq, 0xffffffffffffffff, 0x1)
	BR_NOT_TAKEN(9, beq, 0x8000000000000000, 0x7fffffffffffffff)
	BR_NOT_TAKEN(10, beq, 0x7fffffffffffffff, 0x8000000000000000)
	BR_TAKEN(11, beq, 0x8000000000000000, 0x8000000000000000)
	BR_NOT_TAKEN(12, beq, 0xffffffffffffffff, 0xfffffffffffffffe)
	BR_NOT_TAKEN(13, beq, 0x80000000, 0x7fffffff)
	BR_NOT_TAKEN(14, beq, 0xffffffff, 0x100000000)
	BR_NOT_TAKEN(15, beq, 0x100000000, 0x0)
	/* bne */
	BR_NOT_TAKEN(16, bne, 0x0, 0x0)
	BR_NOT_TAKEN(17, bne, 0x1, 0x1)
	BR_TAKEN(18, bne, 0x0, 0x1)
	BR_TAKEN(19, bne, 0x1, 0x0)
	BR_NOT_TAKEN(20, bne, 0xffffffffffffffff, 0xffffffffffffffff)
	BR_TAKEN(21, bne, 0xffffffffffffffff, 0x0)
	BR_TAKEN(22, bne, 0x0, 0xffffffffffffffff)
	BR_TAKEN(23, bne, 0xffffffffffffffff, 0x1)
	BR_TAKEN(24, bne, 0x8000000000000000, 0x7fffffffffffffff)
	BR_TAKEN(25, bne, 0x7fffffffffffffff, 0x8000000000000000)
	BR_NOT_TAKEN(26, bne, 0x8000000000000000, 0x8000000000000000)
	BR_TAKEN(27, bne, 0xffffffffffffffff, 0xfffffffffffffffe)
	BR_TAKEN(28, bne, 0x80000000, 0x7fffffff)
	BR_TAKEN(29, bne, 0xffffffff, 0x100000000)
	BR_TAKEN(30, bne, 0x100000000, 0x0)
	/* blt */
	BR_NOT_TAKEN(31, blt, 0x0, 0x0)
	BR_NOT_TAKEN(32, blt, 0x1, 0x1)
	BR_TAKEN(33, blt, 0x0, 0x1)
	BR_NOT_TAKEN(34, blt, 0x1, 0x0)
	BR_NOT_TAKEN(35, blt, 0xffffffffffffffff, 0xffffffffffffffff)
	BR_TAKEN(36, blt, 0xffffffffffffffff, 0x0)
	BR_NOT_TAKEN(37, blt, 0x0, 0xffffffffffffffff)
	BR_TAKEN(38, blt, 0xffffffffffffffff, 0x1)
	BR_TAKEN(39, blt, 0x8000000000000000, 0x7fffffffffffffff)
	BR_NOT_TAKEN(40, blt, 0x7fffffffffffffff, 0x8000000000000000)
	BR_NOT_TAKEN(41, blt, 0x8000000000000000, 0x8000000000000000)
	BR_NOT_TAKEN(42, blt, 0xffffffffffffffff, 0xfffffffffffffffe)
	BR_NOT_TAKEN(43, blt, 0x80000000, 0x7fffffff)
	BR_TAKEN(44, blt, 0xffffffff, 0x100000000)
	BR_NOT_TAKEN(45, blt, 0x100000000, 0x0)
	/* bge */
	BR_TAKEN(46, bge, 0x0, 0x0)
	BR_TAKEN(47, bge, 0x1, 0x1)
	BR_NOT_TAKEN(48, bge, 0x0, 0x1)
	BR_TAKEN(49, bge, 0x1, 0x0)
	BR_TAKEN(50, bge, 0xffffffffffffffff, 0xffffffffffffffff)
	BR_NOT_TAKEN(51, bge, 0xffffffffffffffff, 0x0)
	BR_TAKEN(52, bge, 0x0, 0xffffffffffffffff)
	BR_NOT_TAKEN(53, bge, 0xffffffffffffffff, 0x1)
	BR_NOT_TAKEN(54, bge, 0x8000000000000000, 0x7fffffffffffffff)
	BR_TAKEN(55, bge, 0x7fffffffffffffff, 0x8000000000000000)
	BR_TAKEN(56, bge, 0x8000000000000000, 0x8000000000000000)
	BR_TAKEN(57, bge, 0xffffffffffffffff, 0xfffffffffffffffe)
	BR_TAKEN(58, bge, 0x80000000, 0x7fffffff)
	BR_NOT_TAKEN(59, bge, 0xffffffff, 0x100000000)
	BR_TAKEN(60, bge, 0x100000000, 0x0)
	/* bltu */
	BR_NOT_TAKEN(61, bltu, 0x0, 0x0)
	BR_NOT_TAKEN(62, bltu, 0x1, 0x1)
	BR_TAKEN(63, bltu, 0x0, 0x1)
	BR_NOT_TAKEN(64, bltu, 0x1, 0x0)
	BR_NOT_TAKEN(65, bltu, 0xffffffffffffffff, 0xffffffffffffffff)
	BR_NOT_TAKEN(66, bltu, 0xffffffffffffffff, 0x0)
	BR_TAKEN(67, bltu, 0x0, 0xffffffffffffffff)
	BR_NOT_TAKEN(68, bltu, 0xffffffffffffffff, 0x1)
	BR_NOT_TAKEN(69, bltu, 0x8000000000000000, 0x7fffffffffffffff)
	BR_TAKEN(70, bltu, 0x7fffffffffffffff, 0x8000000000000000)
	BR_NOT_TAKEN(71, bltu, 0x8000000000000000, 0x8000000000000000)
	BR_NOT_TAKEN(72, bltu, 0xffffffffffffffff, 0xfffffffffffffffe)
	BR_NOT_TAKEN(73, bltu, 0x80000000, 0x7fffffff)
	BR_TAKEN(74, bltu, 0xffffffff, 0x100000000)
	BR_NOT_TAKEN(75, bltu, 0x100000000, 0x0)
	/* bgeu */
	BR_TAKEN(76, bgeu, 0x0, 0x0)
	BR_TAKEN(77, bgeu, 0x1, 0x1)
	BR_NOT_TAKEN(78, bgeu, 0x0, 0x1)
	BR_TAKEN(79, bgeu, 0x1, 0x0)
	BR_TAKEN(80, bgeu, 0xffffffffffffffff, 0xffffffffffffffff)
	BR_TAKEN(81, bgeu, 0xffffffffffffffff, 0x0)
	BR_NOT_TAKEN(82, bgeu, 0x0, 0xffffffffffffffff)
	BR_TAKEN(83, bgeu, 0xffffffffffffffff, 0x1)
	BR_TAKEN(84, bgeu, 0x8000000000000000, 0x7fffffffffffffff)
	BR_NOT_TAKEN(85, bgeu, 0x7fffffffffffffff, 0x8000000000000000)
	BR_TAKEN(86, bgeu, 0x8000000000000000, 0x8000000000000000)
	BR_TAKEN(87, bgeu, 0xffffffffffffffff, 0xfffffffffffffffe)
	BR_TAKEN(88, bgeu, 0x80000000, 0x7fffffff)
	BR_NOT_TAKEN(89, bgeu, 0xffffffff, 0x100000000)
	BR_TAKEN(90, bgeu, 0x100000000, 0x0)
	/* same register on both sides */
	li a1, -5
	beq a1, a1, 1f
	FAIL(91)
1:	bne a1, a1, 2f
	blt a1, a1, 2f
	bltu a1, a1, 2f
	bge a1, a1, 1f
2:	FAIL(92)
1:	bgeu a1, a1, 1f
	FAIL(93)
1:
	/* x0 operands (beqz/bnez/bltz/bgez/blez/bgtz pseudo-ops) */
	li a1, -1
	bltz a1, 1f
	FAIL(94)
1:	bgez a1, 2f
	blez a1, 1f
2:	FAIL(95)
1:	bgtz a1, 2f
	j 1f
2:	FAIL(96)
1:	li a1, 0
	bnez a1, 2f
	bltz a1, 2f
	bgtz a1, 2f
	beqz a1, 1f
2:	FAIL(97)
1:	bgez a1, 1f
	FAIL(98)
1:	blez a1, 1f
	FAIL(99)
1:	bltu zero, a1, 2f   /* 0 <u 0 false */
	li a1, 1
	bltu zero, a1, 1f   /* snez */
2:	FAIL(100)
1:
	/* backward branch loop: count 10 iterations */
	li a0, 0
	li a1, 10
1:	addi a0, a0, 1
	addi a1, a1, -1
	bnez a1, 1b
	CHECK_EQ(a0, 10, 101)
	/* backward unsigned loop */
	li a0, 0
	li a1, 0
	li a2, 5
1:	addi a0, a0, 3
	addi a1, a1, 1
	bltu a1, a2, 1b
	CHECK_EQ(a0, 15, 102)

	/* long forward/backward branches (close to the +-4 KiB limit) */
	li a0, 0
	beqz a0, far_fwd
	FAIL(103)
back_target:
	li a0, 2
	j after_far
	.option push
	.option norvc
	.skip 4000
	.option pop
far_fwd:
	li a0, 1
	li a1, 1
	beq a0, a1, back_target
	FAIL(104)
after_far:
	CHECK_EQ(a0, 2, 105)

	/* a not-taken branch has no side effect on its operands */
	li a1, 7
	li a2, 8
	beq a1, a2, 2f
	CHECK_EQ(a1, 7, 106)
	CHECK_EQ(a2, 8, 107)
	j 1f
2:	FAIL(108)
1:
	/* branch to a 2-byte aligned target (legal with C) */
	li a1, 1
	bnez a1, odd_target
	FAIL(109)
	.option push
	.option rvc
	.align 2
	c.nop
odd_target:
	.option pop
	la a2, odd_target
	andi a2, a2, 3
	CHECK_EQ(a2, 2, 110)
	TEST_PASS
TEST_END
