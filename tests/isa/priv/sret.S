/* SRET from M and S to S and U (SPP), SIE <- SPIE, SPIE <- 1, SPP <- U; SRET in U and MRET in S/U are illegal (mtval = bits). */
#include "test.h"
#define FIELD(reg, shift, mask, val, n) \
	srli t0, reg, shift;             \
	andi t0, t0, mask;               \
	CHECK_EQ(t0, val, n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	/* sret from M with SPP = S: lands in S at sepc; SIE <- SPIE(1), SPIE <- 1, SPP <- U */
	li t0, (1 << 8) | (1 << 5)
	csrs mstatus, t0
	csrci mstatus, 2
	la t0, in_s
	csrw sepc, t0
	sret
	FAIL(1)
in_s:
	csrr a0, sstatus
	FIELD(a0, 8, 1, 0, 2)     /* SPP = U */
	FIELD(a0, 5, 1, 1, 3)     /* SPIE = 1 */
	FIELD(a0, 1, 1, 1, 4)     /* SIE = old SPIE */
	csrci sstatus, 2
	EXPECT_TRAP(1f)
	csrr a0, mscratch         /* we are in S: M CSR traps */
1:	CHECK_TRAP(2, 5)
	EXPECT_TRAP(1f)
	csrr a0, sscratch
1:	CHECK_NO_TRAP(6)
	/* sret from S with SPP = S and SPIE = 0: stays in S, SIE <- 0 */
	li t0, (1 << 8)
	csrs sstatus, t0
	li t0, (1 << 5) | (1 << 1)
	csrc sstatus, t0
	la t0, in_s2
	csrw sepc, t0
	sret
	FAIL(7)
in_s2:
	csrr a0, sstatus
	FIELD(a0, 1, 1, 0, 8)
	FIELD(a0, 5, 1, 1, 9)
	FIELD(a0, 8, 1, 0, 10)
	EXPECT_TRAP(1f)
	csrr a0, sscratch
1:	CHECK_NO_TRAP(11)
	/* mret in S is illegal */
	EXPECT_TRAP(1f)
2:	mret
1:	CHECK_TRAP(2, 12)
	CHECK_EQ(s10, 0x30200073, 13)
	CHECK_EQ_ADDR(s9, 2b, 14)
	/* sret from S with SPP = U: lands in U */
	li t0, (1 << 8)
	csrc sstatus, t0
	la t0, in_u
	csrw sepc, t0
	sret
	FAIL(15)
in_u:
	EXPECT_TRAP(1f)
	csrr a0, sscratch         /* we are in U: S CSR traps */
1:	CHECK_TRAP(2, 16)
	EXPECT_TRAP(1f)
2:	sret
1:	CHECK_TRAP(2, 17)
	CHECK_EQ(s10, 0x10200073, 18)
	CHECK_EQ_ADDR(s9, 2b, 19)
	EXPECT_TRAP(1f)
2:	mret
1:	CHECK_TRAP(2, 20)
	CHECK_EQ(s10, 0x30200073, 21)
	GOTO_M
	/* sret from M with SPP = U goes to U */
	li t0, (1 << 8)
	csrc mstatus, t0
	la t0, in_u2
	csrw sepc, t0
	sret
	FAIL(22)
in_u2:
	EXPECT_TRAP(1f)
	csrr a0, sstatus
1:	CHECK_TRAP(2, 23)
	GOTO_M
	csrr a0, mscratch
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
