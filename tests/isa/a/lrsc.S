/* A extension LR/SC: success writes 0 and stores, failure writes nonzero and stores nothing, any SC ends the reservation, LR.W sign-extends, SC.W writes 32 bits. */
#include "test.h"
TEST_BEGIN
	la a1, rbuf
	li a2, 0x1122334455667788
	sd a2, 0(a1)
	/* lr.d reads, sc.d succeeds (0) and stores */
	lr.d a0, (a1)
	CHECK_EQ(a0, 0x1122334455667788, 1)
	li a3, 0x0102030405060708
	sc.d a4, a3, (a1)
	CHECK_EQ(a4, 0, 2)
	ld a5, 0(a1)
	CHECK_EQ(a5, 0x0102030405060708, 3)
	/* a second sc without a new lr fails (the reservation was consumed) */
	li a3, 0x55
	sc.d a4, a3, (a1)
	beqz a4, 1f
	ld a5, 0(a1)
	CHECK_EQ(a5, 0x0102030405060708, 4)
	j 2f
1:	FAIL(5)
2:
	/* sc with no reservation at all (fresh address) fails */
	la a2, rbuf_far
	li a3, 0x66
	sc.d a4, a3, (a2)
	beqz a4, 1f
	ld a5, 0(a2)
	CHECK_EQ(a5, 0, 6)
	j 2f
1:	FAIL(7)
2:
	/* lr on A, sc on B (another page) fails and also kills the reservation on A */
	lr.d a0, (a1)
	la a2, rbuf_far
	li a3, 0x77
	sc.d a4, a3, (a2)
	bnez a4, 1f
	FAIL(8)
1:	ld a5, 0(a2)
	CHECK_EQ(a5, 0, 9)
	li a3, 0x88
	sc.d a4, a3, (a1)
	bnez a4, 1f
	FAIL(10)
1:	ld a5, 0(a1)
	CHECK_EQ(a5, 0x0102030405060708, 11)
	/* lr, lr again, sc: pairs with the most recent lr -> succeeds */
	lr.d a0, (a1)
	lr.d a0, (a1)
	li a3, 0x99
	sc.d a4, a3, (a1)
	CHECK_EQ(a4, 0, 12)
	ld a5, 0(a1)
	CHECK_EQ(a5, 0x99, 13)
	/* lr.w sign-extends; sc.w stores the low 32 bits only */
	li a2, 0x1234567880000001
	sd a2, 0(a1)
	lr.w a0, (a1)
	CHECK_EQ(a0, 0xffffffff80000001, 14)
	li a3, 0xfedcba9800000042
	sc.w a4, a3, (a1)
	CHECK_EQ(a4, 0, 15)
	ld a5, 0(a1)
	CHECK_EQ(a5, 0x1234567800000042, 16)
	/* lr.w / sc.w on the upper word */
	addi a2, a1, 4
	lr.w a0, (a2)
	CHECK_EQ(a0, 0x12345678, 17)
	li a3, -1
	sc.w a4, a3, (a2)
	CHECK_EQ(a4, 0, 18)
	ld a5, 0(a1)
	CHECK_EQ(a5, 0xffffffff00000042, 19)
	/* failed sc.w does not store */
	li a3, 0
	sc.w a4, a3, (a2)
	bnez a4, 1f
	FAIL(20)
1:	ld a5, 0(a1)
	CHECK_EQ(a5, 0xffffffff00000042, 21)
	/* aq/rl variants */
	lr.d.aq a0, (a1)
	li a3, 7
	sc.d.rl a4, a3, (a1)
	CHECK_EQ(a4, 0, 22)
	lr.d.aqrl a0, (a1)
	CHECK_EQ(a0, 7, 23)
	li a3, 8
	sc.d.aqrl a4, a3, (a1)
	CHECK_EQ(a4, 0, 24)
	ld a5, 0(a1)
	CHECK_EQ(a5, 8, 25)
	/* rd == rs2 for sc: rd gets the status, memory the old rs2 */
	lr.d a0, (a1)
	li a3, 0x4242
	sc.d a3, a3, (a1)
	CHECK_EQ(a3, 0, 26)
	ld a5, 0(a1)
	CHECK_EQ(a5, 0x4242, 27)
	/* classic lr/sc increment loop */
	sd zero, 0(a1)
	li a6, 100
1:	lr.d a0, (a1)
	addi a0, a0, 3
	sc.d a4, a0, (a1)
	bnez a4, 1b
	addi a6, a6, -1
	bnez a6, 1b
	ld a5, 0(a1)
	CHECK_EQ(a5, 300, 28)
	/* an AMO between lr and sc: sc may fail or succeed, but must not break memory */
	lr.d a0, (a1)
	li a3, 1
	amoadd.d x0, a3, (a1)
	li a3, 0x500
	sc.d a4, a3, (a1)
	ld a5, 0(a1)
	beqz a4, 1f
	CHECK_EQ(a5, 301, 29)
	j 2f
1:	CHECK_EQ(a5, 0x500, 30)
2:
	/* sc.d to the lr address plus 8 (outside the doubleword) after lr: must not
	 * store to the lr address either way */
	sd zero, 0(a1)
	sd zero, 8(a1)
	lr.d a0, (a1)
	li a3, 0x123
	addi a2, a1, 8
	sc.d a4, a3, (a2)
	ld a5, 0(a1)
	CHECK_EQ(a5, 0, 31)
	TEST_PASS
TEST_END
	.data
	.align 6
rbuf:	.dword 0, 0
	.align 12
rbuf_far: .dword 0
