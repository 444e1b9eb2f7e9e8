/* RV64I JAL and JALR: link value pc+4, target = (rs1 + imm) & ~1, rd == rs1, x0 link, backward and long jumps. */
#include "test.h"
TEST_BEGIN
	.option push
	.option norvc
	/* jal: ra = address of the next instruction */
	li ra, 0
	jal ra, 1f
ret1:	FAIL(1)
1:	CHECK_EQ_ADDR(ra, ret1, 2)
	/* jal with another link register */
	jal t0, 1f
ret2:	FAIL(3)
1:	CHECK_EQ_ADDR(t0, ret2, 4)
	/* jal x0 (j) writes nothing */
	li a0, 5
	jal x0, 1f
	FAIL(5)
1:	CHECK_EQ(a0, 5, 6)
	/* backward jal */
	li a0, 0
	j 2f
1:	addi a0, a0, 1
	j 3f
2:	jal ra, 1b
	FAIL(7)
3:	CHECK_EQ(a0, 1, 8)

	/* jalr: call and return */
	li a0, 0
	la t1, func_add7
	jalr ra, 0(t1)
ret3:	CHECK_EQ(a0, 7, 9)
	/* the link points after the jalr */
	la t1, func_getra
	jalr ra, 0(t1)
ret4:	CHECK_EQ_ADDR(a0, ret4, 10)
	/* positive and negative immediates */
	la t1, func_add7
	addi t1, t1, -12
	li a0, 0
	jalr ra, 12(t1)
	CHECK_EQ(a0, 7, 11)
	la t1, func_add7
	addi t1, t1, 100
	li a0, 0
	jalr ra, -100(t1)
	CHECK_EQ(a0, 7, 12)
	/* bit 0 of the target is cleared: odd rs1 */
	la t1, func_add7
	addi t1, t1, 1
	li a0, 0
	jalr ra, 0(t1)
	CHECK_EQ(a0, 7, 13)
	/* bit 0 of the target is cleared: odd immediate */
	la t1, func_add7
	li a0, 0
	jalr ra, 1(t1)
	CHECK_EQ(a0, 7, 14)
	/* odd rs1 + odd imm: the sum (func_pad + 2) is used as is */
	la t1, func_pad
	addi t1, t1, 1
	li a0, 0
	jalr ra, 1(t1)
	CHECK_EQ(a0, 9, 15)
	/* rd == rs1: target uses the old value */
	la t0, func_getra_t0
	jalr t0, 0(t0)
ret5:	CHECK_EQ_ADDR(a0, ret5, 16)
	CHECK_EQ_ADDR(t0, ret5, 17)
	/* jalr x0 (jr): no link */
	li ra, 0x55
	la t1, 1f
	jalr x0, 0(t1)
	FAIL(18)
1:	CHECK_EQ(ra, 0x55, 19)
	/* jal across more than 4 KiB (beyond branch range) */
	li a0, 0
	jal ra, far_target
	j after_far
	.skip 8192
far_target:
	li a0, 21
	ret
after_far:
	CHECK_EQ(a0, 21, 20)
	/* jalr to a 2-byte aligned target (legal with C) */
	la t1, half_target
	andi a0, t1, 3
	CHECK_EQ(a0, 2, 21)
	li a0, 0
	jalr ra, 0(t1)
	CHECK_EQ(a0, 33, 22)
	.option pop
	TEST_PASS

	.option push
	.option norvc
func_add7:
	addi a0, a0, 7
	ret
func_getra:
	mv a0, ra
	ret
func_getra_t0:
	mv a0, t0
	jr t0
func_pad:
	/* func_pad+0: wrong entry; func_pad+2 is the target of rs1+1 + imm 1 */
	.option rvc
	c.j 1f
	c.li a0, 9
	c.jr ra
1:	FAIL(30)
	.align 2
	c.nop
	.option norvc
half_target:
	li a0, 33
	ret
	.option pop
TEST_END
