/* mstatus.TVM (satp / sfence.vma illegal in S), TSR (sret illegal in S), TW (wfi illegal in S and U) and their absence of
 * effect in M; with the bits clear the same instructions are legal (wfi completes on a pending, locally enabled interrupt). */
#include "test.h"
#define C ,
#define TVM (1 << 20)
#define TW  (1 << 21)
#define TSR (1 << 22)
#define ILLEGAL_BITS(n, insn, bits) \
	EXPECT_TRAP(1f);            \
	insn;                       \
	1: CHECK_TRAP(2, n);        \
	CHECK_EQ(s10, bits, n + 1)
#define LEGAL(n, insn)     \
	EXPECT_TRAP(1f);   \
	insn;              \
	1: CHECK_NO_TRAP(n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	csrw satp, zero

	/* ---- TVM = 1 */
	li t0, TVM
	csrs mstatus, t0
	LEGAL(1, csrr a0 C satp)        /* M is not affected */
	LEGAL(2, csrw satp C zero)
	LEGAL(3, sfence.vma)
	ENTER_S(s1)
s1:	ILLEGAL_BITS(4, csrr a0 C satp, 0x18002573)
	ILLEGAL_BITS(6, csrw satp C zero, 0x18001073)
	ILLEGAL_BITS(8, sfence.vma, 0x12000073)
	ILLEGAL_BITS(10, sfence.vma a0, 0x12050073)
	ILLEGAL_BITS(12, sfence.vma a0 C a1, 0x12b50073)
	/* other S CSRs are still fine */
	LEGAL(14, csrr a0 C sscratch)
	GOTO_M
	li t0, TVM
	csrc mstatus, t0
	ENTER_S(s2)
s2:	LEGAL(15, csrr a0 C satp)
	LEGAL(16, csrw satp C zero)
	LEGAL(17, sfence.vma)
	LEGAL(18, sfence.vma a0 C a1)
	GOTO_M

	/* ---- TSR = 1 */
	li t0, TSR
	csrs mstatus, t0
	ENTER_S(s3)
s3:	ILLEGAL_BITS(20, sret, 0x10200073)
	GOTO_M
	/* sret in M with TSR = 1 is legal: returns to S (SPP = 1) */
	li t0, 1 << 8
	csrs mstatus, t0
	la t0, s4
	csrw sepc, t0
	sret
	FAIL(22)
s4:	LEGAL(23, csrr a0 C sscratch)   /* we are in S */
	EXPECT_TRAP(1f)
	csrr a0, mscratch
1:	CHECK_TRAP(2, 24)
	GOTO_M
	li t0, TSR
	csrc mstatus, t0
	/* TSR = 0: sret in S works (to S via SPP = 1) */
	ENTER_S(s5)
s5:	li t0, 1 << 8
	csrs sstatus, t0
	la t0, s6
	csrw sepc, t0
	sret
	FAIL(25)
s6:	LEGAL(26, csrr a0 C sscratch)
	GOTO_M

	/* ---- TW = 1.  An SSI is made pending and enabled in mie but is never
	 * taken: delegated to S, sstatus.SIE = 0 (SPIE = 0 too), and we only run
	 * in M/S (U would take it), so WFI always completes. */
	li t0, 0x22
	csrc mstatus, t0
	li t0, 2
	csrw mideleg, t0
	csrw mie, t0
	csrs mip, t0
	li t0, TW
	csrs mstatus, t0
	LEGAL(30, wfi)                 /* M is not affected (completes: SSI pending) */
	ENTER_S(s7)
s7:	ILLEGAL_BITS(31, wfi, 0x10500073)
	GOTO_M
	csrw mie, zero          /* U would take the delegated SSI: disable it */
	ENTER_U(u1)
u1:	ILLEGAL_BITS(33, wfi, 0x10500073)
	GOTO_M
	li t0, 2
	csrw mie, t0
	li t0, TW
	csrc mstatus, t0
	/* TW = 0: wfi in S completes (a locally enabled interrupt is pending,
	 * delegated and masked by SIE = 0, so it is not taken) */
	ENTER_S(s8)
s8:	LEGAL(35, wfi)
	GOTO_M
	/* wfi in M with TW = 0 */
	LEGAL(36, wfi)
	li t0, 2
	csrc mip, t0
	csrw mie, zero
	csrw mideleg, zero
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
