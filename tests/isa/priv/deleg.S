/* Exception delegation: medeleg sends U/S traps to stvec with scause/sepc/stval and sstatus.SPP/SPIE/SIE, non-delegated
 * ones (and all traps taken from M) go to M, vectored xtvec mode does not affect exceptions, medeleg = 0 keeps traps in M. */
#include "test.h"
#define FIELD(reg, shift, mask, val, n) \
	srli t0, reg, shift;             \
	andi t0, t0, mask;               \
	CHECK_EQ(t0, val, n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	INSTALL_STRAP_HANDLER
	PMP_ALLOW_ALL
	li t0, (1 << 8) | (1 << 2) | (1 << 3)   /* ecall-from-U, illegal, breakpoint */
	csrw medeleg, t0
	csrw mideleg, zero
	li t0, 0x55
	csrw scause, t0
	/* U with SIE = 1 (no interrupt can be pending: mip = 0, mie = 0) */
	csrw mie, zero
	csrsi sstatus, 2
	ENTER_U(in_u)
in_u:
	/* ecall from U -> S */
	EXPECT_TRAP(1f)
2:	ecall
1:	CHECK_EQ(s6, 1, 1)
	CHECK_TRAP(8, 2)
	CHECK_EQ_ADDR(s9, 2b, 3)
	CHECK_EQ(s10, 0, 4)
	FIELD(s7, 8, 1, 0, 5)      /* SPP = U */
	FIELD(s7, 5, 1, 1, 6)      /* SPIE = SIE before the trap */
	FIELD(s7, 1, 1, 0, 7)      /* SIE cleared */
	/* illegal instruction from U -> S, stval = the bits */
	EXPECT_TRAP(1f)
2:	.word 0x0000000b
1:	CHECK_EQ(s6, 1, 8)
	CHECK_TRAP(2, 9)
	CHECK_EQ(s10, 0x0000000b, 10)
	CHECK_EQ_ADDR(s9, 2b, 11)
	/* ebreak from U -> S */
	EXPECT_TRAP(1f)
2:	ebreak
1:	CHECK_EQ(s6, 1, 12)
	CHECK_TRAP(3, 13)
	CHECK_EQ_ADDR(s9, 2b, 14)
	/* delegated ecall with no resume point: continue in S */
	GOTO_S
	/* ---- now in S */
	CHECK_EQ(s6, 1, 15)
	EXPECT_TRAP(1f)
	csrr a0, mscratch          /* illegal in S: delegated -> S, SPP = S */
1:	CHECK_EQ(s6, 1, 16)
	CHECK_TRAP(2, 17)
	FIELD(s7, 8, 1, 1, 18)
	/* ecall from S is not delegated -> M with MPP = S */
	EXPECT_TRAP(1f)
2:	ecall
1:	CHECK_EQ(s6, 3, 19)
	CHECK_TRAP(9, 20)
	CHECK_EQ_ADDR(s9, 2b, 21)
	FIELD(s7, 11, 3, 1, 22)
	/* the M trap did not touch scause */
	csrr a0, scause
	CHECK_EQ(a0, 2, 23)
	/* vectored stvec: exceptions still go to the base */
	csrr a1, stvec
	ori a2, a1, 1
	csrw stvec, a2
	EXPECT_TRAP(1f)
2:	ebreak
1:	CHECK_EQ(s6, 1, 24)
	CHECK_TRAP(3, 25)
	csrw stvec, a1
	GOTO_M
	/* ---- M: delegation never moves a trap taken in M down to S */
	EXPECT_TRAP(1f)
2:	.word 0x0000000b
1:	CHECK_EQ(s6, 3, 26)
	CHECK_TRAP(2, 27)
	CHECK_EQ(s10, 0x0000000b, 28)
	EXPECT_TRAP(1f)
	ebreak
1:	CHECK_EQ(s6, 3, 29)
	CHECK_TRAP(3, 30)
	/* vectored mtvec: exceptions go to the base */
	csrr a1, mtvec
	ori a2, a1, 1
	csrw mtvec, a2
	EXPECT_TRAP(1f)
	ecall
1:	CHECK_EQ(s6, 3, 31)
	CHECK_TRAP(11, 32)
	csrw mtvec, a1
	/* medeleg = 0: ecall from U goes to M */
	csrw medeleg, zero
	ENTER_U(in_u2)
in_u2:
	EXPECT_TRAP(1f)
2:	ecall
1:	CHECK_EQ(s6, 3, 33)
	CHECK_TRAP(8, 34)
	CHECK_EQ_ADDR(s9, 2b, 35)
	EXPECT_TRAP(1f)
	.word 0x0000000b
1:	CHECK_EQ(s6, 3, 36)
	CHECK_TRAP(2, 37)
	GOTO_M
	/* delegate only illegal: ecall from U goes to M, illegal to S */
	li t0, 1 << 2
	csrw medeleg, t0
	ENTER_U(in_u3)
in_u3:
	EXPECT_TRAP(1f)
	.word 0xffffffff
1:	CHECK_EQ(s6, 1, 38)
	CHECK_TRAP(2, 39)
	CHECK_EQ(s10, 0xffffffff, 40)
	EXPECT_TRAP(1f)
	ecall
1:	CHECK_EQ(s6, 3, 41)
	CHECK_TRAP(8, 42)
	GOTO_M
	csrw medeleg, zero
	TEST_PASS
	TRAP_RECORD_HANDLER
	STRAP_RECORD_HANDLER
TEST_END
