/* Writes to x0 are ignored (ALU, LUI/AUIPC, loads, M, A, CSR reads, JAL/JALR links) and x0 always reads 0. */
#include "test.h"
#define X0_IS_ZERO(n)     \
	add a0, x0, x0;   \
	CHECK_EQ(a0, 0, n)
TEST_BEGIN
	.option push
	.option norvc
	li a1, 0x1234
	li a2, -7
	addi x0, x0, 5
	X0_IS_ZERO(1)
	addi x0, a1, 1
	X0_IS_ZERO(2)
	add x0, a1, a2
	X0_IS_ZERO(3)
	sub x0, a1, a2
	X0_IS_ZERO(4)
	lui x0, 0x12345
	X0_IS_ZERO(5)
	auipc x0, 0x1
	X0_IS_ZERO(6)
	xori x0, x0, -1
	X0_IS_ZERO(7)
	ori x0, a2, 0
	X0_IS_ZERO(8)
	slli x0, a2, 3
	X0_IS_ZERO(9)
	addiw x0, a1, 1
	X0_IS_ZERO(10)
	sltu x0, x0, a1
	X0_IS_ZERO(11)
	mul x0, a1, a2
	X0_IS_ZERO(12)
	div x0, a1, a2
	X0_IS_ZERO(13)
	/* loads into x0 still perform the load, the value is dropped */
	la a3, xdata
	ld x0, 0(a3)
	X0_IS_ZERO(14)
	lb x0, 7(a3)
	X0_IS_ZERO(15)
	/* AMO with rd = x0 still writes memory */
	li a4, 5
	amoadd.d x0, a4, (a3)
	X0_IS_ZERO(16)
	ld a5, 0(a3)
	CHECK_EQ(a5, 0x1111111111111116, 17)
	/* CSR read into x0: write still happens */
	csrrw x0, mscratch, a1
	X0_IS_ZERO(18)
	csrr a5, mscratch
	CHECK_EQ(a5, 0x1234, 19)
	csrrs x0, mscratch, a2
	X0_IS_ZERO(20)
	csrr a5, mscratch
	CHECK_EQ(a5, -3, 21)  /* 0x1234 | -7 = ...fff9 | 0x1234 = ...fffd */
	/* jal/jalr with rd = x0 */
	jal x0, 1f
	FAIL(22)
1:	X0_IS_ZERO(23)
	la a3, 1f
	jalr x0, 0(a3)
	FAIL(24)
1:	X0_IS_ZERO(25)
	/* x0 used as source everywhere reads as 0 */
	sub a0, x0, a1
	CHECK_EQ(a0, -0x1234, 26)
	or a0, a1, x0
	CHECK_EQ(a0, 0x1234, 27)
	la a3, xdata
	sd x0, 8(a3)
	ld a5, 8(a3)
	CHECK_EQ(a5, 0, 28)
	slt a0, x0, a1
	CHECK_EQ(a0, 1, 29)
	.option pop
	TEST_PASS
TEST_END
	.data
	.align 3
xdata:	.dword 0x1111111111111111
	.dword 0x2222222222222222
