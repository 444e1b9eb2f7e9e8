/* ECALL/EBREAK from M, S and U (causes 11/9/8 and 3, mepc = the instruction, mtval 0), trap entry (MPP, MPIE <- MIE, MIE <- 0)
 * and MRET (to S, U and M; MIE <- MPIE, MPIE <- 1, MPP <- U; MPRV kept when returning to M). */
#include "test.h"
#define MSTATUS_FIELD(reg, shift, mask, val, n) \
	srli t0, reg, shift;                     \
	andi t0, t0, mask;                       \
	CHECK_EQ(t0, val, n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	li s2, 0x1234           /* callee registers survive traps */
	/* ---- ecall from M */
	EXPECT_TRAP(1f)
2:	ecall
1:	CHECK_TRAP(11, 1)
	CHECK_EQ_ADDR(s9, 2b, 2)
	CHECK_EQ(s10, 0, 3)
	CHECK_EQ(s6, 3, 4)
	MSTATUS_FIELD(s7, 11, 3, 3, 5)     /* MPP = M */
	/* trap entry with MIE = 1: MPIE <- 1, MIE <- 0; mret restores MIE */
	csrw mie, zero
	csrsi mstatus, 8
	EXPECT_TRAP(1f)
	ecall
1:	CHECK_TRAP(11, 6)
	MSTATUS_FIELD(s7, 3, 1, 0, 7)      /* MIE cleared on entry */
	MSTATUS_FIELD(s7, 7, 1, 1, 8)      /* MPIE = old MIE */
	csrr a0, mstatus
	MSTATUS_FIELD(a0, 3, 1, 1, 9)      /* MIE = MPIE after mret */
	MSTATUS_FIELD(a0, 7, 1, 1, 10)     /* MPIE = 1 after mret */
	/* trap entry with MIE = 0: MPIE <- 0 */
	csrci mstatus, 8
	EXPECT_TRAP(1f)
	ecall
1:	MSTATUS_FIELD(s7, 7, 1, 0, 11)
	csrr a0, mstatus
	MSTATUS_FIELD(a0, 3, 1, 0, 12)
	/* ---- ebreak from M */
	EXPECT_TRAP(1f)
2:	ebreak
1:	CHECK_TRAP(3, 13)
	CHECK_EQ_ADDR(s9, 2b, 14)
	CHECK_EQ(s2, 0x1234, 15)

	/* ---- mret to S: ecall from S is cause 9 */
	ENTER_S(in_s)
in_s:
	EXPECT_TRAP(1f)
2:	ecall
1:	CHECK_TRAP(9, 20)
	CHECK_EQ_ADDR(s9, 2b, 21)
	CHECK_EQ(s10, 0, 22)
	MSTATUS_FIELD(s7, 11, 3, 1, 23)    /* MPP = S */
	/* still in S after the mret back: S CSRs ok, M CSRs trap */
	EXPECT_TRAP(1f)
	csrr a0, sscratch
1:	CHECK_NO_TRAP(24)
	EXPECT_TRAP(1f)
	csrr a0, mscratch
1:	CHECK_TRAP(2, 25)
	/* ebreak from S */
	EXPECT_TRAP(1f)
2:	ebreak
1:	CHECK_TRAP(3, 26)
	CHECK_EQ_ADDR(s9, 2b, 27)
	MSTATUS_FIELD(s7, 11, 3, 1, 28)
	GOTO_M
	/* back in M through the handler's mret: MPP is now U, MPIE 1 */
	CHECK_EQ(s8, 9, 29)
	csrr a0, mstatus
	MSTATUS_FIELD(a0, 11, 3, 0, 30)
	MSTATUS_FIELD(a0, 7, 1, 1, 31)
	EXPECT_TRAP(1f)
	csrr a0, mscratch
1:	CHECK_NO_TRAP(32)

	/* ---- mret to U: ecall from U is cause 8 */
	ENTER_U(in_u)
in_u:
	EXPECT_TRAP(1f)
2:	ecall
1:	CHECK_TRAP(8, 40)
	CHECK_EQ_ADDR(s9, 2b, 41)
	CHECK_EQ(s10, 0, 42)
	MSTATUS_FIELD(s7, 11, 3, 0, 43)    /* MPP = U */
	EXPECT_TRAP(1f)
	csrr a0, sscratch                  /* S CSR from U: illegal */
1:	CHECK_TRAP(2, 44)
	EXPECT_TRAP(1f)
2:	ebreak
1:	CHECK_TRAP(3, 45)
	CHECK_EQ_ADDR(s9, 2b, 46)
	CHECK_EQ(s2, 0x1234, 47)
	GOTO_M
	CHECK_EQ(s8, 8, 48)

	/* ---- mret with MPP = M stays in M */
	ENTER_MODE(3, in_m)
in_m:
	EXPECT_TRAP(1f)
	csrr a0, mscratch
1:	CHECK_NO_TRAP(50)
	EXPECT_TRAP(1f)
	ecall
1:	CHECK_TRAP(11, 51)

	/* (mret to S/U clearing MPRV, priv 1.12, is not checked: QEMU 7.2 keeps MPRV) */
	/* mret with MPP = M keeps MPRV */
	li t0, 1 << 17
	csrs mstatus, t0
	ENTER_MODE(3, in_m2)
in_m2:
	csrr a0, mstatus
	MSTATUS_FIELD(a0, 17, 1, 1, 53)
	li t0, 1 << 17
	csrc mstatus, t0

	/* ---- mret jumps to mepc exactly, including a 2-byte aligned target */
	la t0, half
	csrw mepc, t0
	li t0, 3 << 11
	csrs mstatus, t0
	mret
	FAIL(54)
	.option push
	.option rvc
	.align 2
	c.nop
half:
	.option pop
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
