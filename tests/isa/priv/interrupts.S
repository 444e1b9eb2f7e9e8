/* Interrupts from software-set mip.SSIP/STIP (no CLINT needed): vectored mtvec/stvec, mcause/scause with bit 63, xepc = next
 * instruction, MIE/SIE global enables per mode, mideleg, S interrupts taken in U regardless of SIE, M-targeted ones taken in
 * S/U regardless of MIE, delegated ones never taken in M, priority (M over S target; SSI before STI), WFI wakes on pending. */
#include "test.h"
/* File conventions: s4 = interrupt log pointer, s5 = vector index of the
 * last interrupt.  Each interrupt handler logs (priv << 8 | index), clears
 * the enable bit of the interrupt it took (mie / sie) and returns to xepc. */
#define FIELD(reg, shift, mask, val, n) \
	srli t0, reg, shift;             \
	andi t0, t0, mask;               \
	CHECK_EQ(t0, val, n)
#define RESET_LOG        \
	la s4, ilog;     \
	sd zero, 0(s4);  \
	sd zero, 8(s4);  \
	sd zero, 16(s4); \
	li s8, -1;       \
	li s5, -1;
#define LOG_IS(i, val, n) \
	la t1, ilog;      \
	ld t1, (8 * (i))(t1); \
	CHECK_EQ(t1, val, n)
#define SSIP 2
#define STIP 0x20
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	la t0, mvec
	ori t0, t0, 1           /* vectored */
	csrw mtvec, t0
	csrr t1, mtvec
	CHECK_EQ_REG(t1, t0, 1)
	la t0, svec
	ori t0, t0, 1
	csrw stvec, t0
	li t0, 1 << 8           /* ecall from U goes to S (GOTO_S) */
	csrw medeleg, t0
	csrw mideleg, zero
	csrw mie, zero
	csrci mstatus, 0xa      /* MIE = SIE = 0 */

	/* ---- M-mode, not delegated: pending + enabled but MIE = 0 -> nothing */
	RESET_LOG
	li t0, SSIP
	csrs mie, t0
	csrs mip, t0
	nop
	nop
	CHECK_EQ(s5, -1, 2)
	/* wfi completes because an enabled interrupt is pending (even with MIE = 0) */
	wfi
	CHECK_EQ(s5, -1, 3)
	/* setting MIE takes it right after the csrsi */
	csrsi mstatus, 8
i1:	CHECK_EQ(s5, 1, 4)               /* vector 1 of mtvec */
	CHECK_EQ(s6, 3, 5)
	CHECK_EQ(s8, 0x8000000000000001, 6)
	CHECK_EQ_ADDR(s9, i1, 7)
	CHECK_EQ(s10, 0, 8)
	FIELD(s7, 3, 1, 0, 9)            /* MIE = 0 in the handler */
	FIELD(s7, 7, 1, 1, 10)           /* MPIE = 1 */
	FIELD(s7, 11, 3, 3, 11)          /* MPP = M */
	LOG_IS(0, 0x301, 12)
	csrr t0, mip                     /* still pending, only disabled */
	andi t0, t0, SSIP
	CHECK_EQ(t0, SSIP, 13)
	li t0, SSIP
	csrc mip, t0
	/* STIP, vector 5 */
	RESET_LOG
	li t0, STIP
	csrs mie, t0
	csrs mip, t0
i2:	CHECK_EQ(s5, 5, 14)
	CHECK_EQ(s8, 0x8000000000000005, 15)
	CHECK_EQ_ADDR(s9, i2, 16)
	li t0, STIP
	csrc mip, t0
	/* priority: SSI before STI when both become pending and enabled together */
	RESET_LOG
	csrci mstatus, 8
	li t0, SSIP | STIP
	csrs mip, t0
	csrs mie, t0
	csrsi mstatus, 8
	LOG_IS(0, 0x301, 17)
	LOG_IS(1, 0x305, 18)
	LOG_IS(2, 0, 19)
	li t0, SSIP | STIP
	csrc mip, t0
	csrci mstatus, 8

	/* ---- delegated SSI is never taken in M, whatever MIE/SIE say */
	RESET_LOG
	li t0, SSIP | STIP
	csrw mideleg, t0
	li t0, SSIP
	csrs mie, t0
	csrs mip, t0
	csrsi mstatus, 0xa
	nop
	nop
	CHECK_EQ(s5, -1, 20)
	csrci mstatus, 0xa
	/* in S with SIE = 0: still not taken; setting SIE takes it in S */
	ENTER_S(s_part)
s_part:
	nop
	CHECK_EQ(s5, -1, 21)
	csrsi sstatus, 2
i3:	CHECK_EQ(s5, 1, 22)              /* vector 1 of stvec */
	CHECK_EQ(s6, 1, 23)
	CHECK_EQ(s8, 0x8000000000000001, 24)
	CHECK_EQ_ADDR(s9, i3, 25)
	CHECK_EQ(s10, 0, 26)
	FIELD(s7, 8, 1, 1, 27)           /* SPP = S */
	FIELD(s7, 5, 1, 1, 28)           /* SPIE = 1 */
	FIELD(s7, 1, 1, 0, 29)           /* SIE = 0 in the handler */
	LOG_IS(0, 0x101, 30)
	/* the S handler cleared sie.SSIE, which is mie.SSIE */
	csrr t0, sie
	andi t0, t0, SSIP
	CHECK_EQ(t0, 0, 31)
	/* sip shows the delegated pending bit; S may clear SSIP itself */
	csrr t0, sip
	andi t0, t0, SSIP
	CHECK_EQ(t0, SSIP, 32)
	csrci sip, SSIP
	csrr t0, sip
	andi t0, t0, SSIP
	CHECK_EQ(t0, 0, 33)
	/* priority among S interrupts: SSI then STI (S sets SSIP itself) */
	RESET_LOG
	csrci sstatus, 2
	li t0, SSIP | STIP
	csrs sie, t0
	csrsi sip, SSIP
	GOTO_M
	li t0, STIP
	csrs mip, t0            /* only M can raise STIP */
	ENTER_S(s_part2)
s_part2:
	csrsi sstatus, 2
	LOG_IS(0, 0x101, 34)
	LOG_IS(1, 0x105, 35)
	LOG_IS(2, 0, 36)
	csrci sstatus, 2
	GOTO_M
	li t0, STIP
	csrc mip, t0

	/* ---- in U, a delegated interrupt is taken regardless of SIE */
	RESET_LOG
	li t0, SSIP
	csrs mie, t0
	csrs mip, t0
	csrci mstatus, 2        /* SIE = 0 */
	ENTER_U(u_part)
u_part:
	CHECK_EQ(s5, 1, 40)
	CHECK_EQ(s6, 1, 41)
	CHECK_EQ_ADDR(s9, u_part, 42)    /* taken before the first U instruction */
	FIELD(s7, 8, 1, 0, 43)           /* SPP = U */
	FIELD(s7, 5, 1, 0, 44)           /* SPIE = SIE = 0 */
	GOTO_S
	GOTO_M
	li t0, SSIP
	csrc mip, t0

	/* ---- a non-delegated interrupt is taken in S and U regardless of MIE */
	RESET_LOG
	csrw mideleg, zero
	csrci mstatus, 0xa
	li t0, STIP
	csrs mie, t0
	csrs mip, t0            /* MIE = 0: not taken in M */
	CHECK_EQ(s5, -1, 45)
	li t0, 0x80
	csrc mstatus, t0        /* MPIE = 0, so MIE stays 0 after the mret to S */
	ENTER_S(s_part3)
s_part3:
	CHECK_EQ(s5, 5, 46)
	CHECK_EQ(s6, 3, 47)
	CHECK_EQ_ADDR(s9, s_part3, 48)
	FIELD(s7, 11, 3, 1, 49)          /* MPP = S */
	FIELD(s7, 7, 1, 0, 56)           /* MPIE = MIE in S = 0 */
	GOTO_M
	RESET_LOG
	li t0, 0x88
	csrc mstatus, t0        /* MIE = MPIE = 0 */
	li t0, STIP
	csrs mie, t0
	ENTER_U(u_part2)
u_part2:
	CHECK_EQ(s5, 5, 50)
	CHECK_EQ(s6, 3, 51)
	FIELD(s7, 11, 3, 0, 52)          /* MPP = U */
	FIELD(s7, 7, 1, 0, 55)           /* MPIE = MIE in U = 0 */
	GOTO_S
	GOTO_M
	li t0, STIP
	csrc mip, t0

	/* ---- M-targeted beats S-targeted: in S with SSI to M and STI to S both pending */
	RESET_LOG
	li t0, STIP
	csrw mideleg, t0
	li t0, SSIP | STIP
	csrs mie, t0
	csrs mip, t0
	csrsi mstatus, 2        /* SIE = 1 */
	ENTER_S(s_part4)
s_part4:
	LOG_IS(0, 0x301, 53)
	LOG_IS(1, 0x105, 54)
	GOTO_M
	li t0, SSIP | STIP
	csrc mip, t0
	csrw mie, zero
	csrw mideleg, zero
	TEST_PASS

	/* ---- vector tables (4-byte jumps) and interrupt handlers */
	.option push
	.option norvc
	.align 8
mvec:
	j trap_record
	j mint1
	j mint_bad
	j mint_bad
	j mint_bad
	j mint5
	j mint_bad
	j mint_bad
	j mint_bad
	j mint_bad
	j mint_bad
	j mint_bad
	j mint_bad
	j mint_bad
	j mint_bad
	j mint_bad
	.align 8
svec:
	j strap_record
	j sint1
	j sint_bad
	j sint_bad
	j sint_bad
	j sint5
	j sint_bad
	j sint_bad
	j sint_bad
	j sint_bad
	j sint_bad
	j sint_bad
	j sint_bad
	j sint_bad
	j sint_bad
	j sint_bad
	.option pop
mint1:	li s5, 1
	j mint
mint5:	li s5, 5
	j mint
mint_bad:
	FAIL(250)
mint:	li s6, 3
	csrr s7, mstatus
	csrr s8, mcause
	csrr s9, mepc
	csrr s10, mtval
	li t6, 1
	sll t6, t6, s5
	csrc mie, t6
	ori t6, s5, 0x300
	sd t6, 0(s4)
	addi s4, s4, 8
	mret
sint1:	li s5, 1
	j sint
sint5:	li s5, 5
	j sint
sint_bad:
	FAIL(251)
sint:	li s6, 1
	csrr s7, sstatus
	csrr s8, scause
	csrr s9, sepc
	csrr s10, stval
	li t6, 1
	sll t6, t6, s5
	csrc sie, t6
	ori t6, s5, 0x100
	sd t6, 0(s4)
	addi s4, s4, 8
	sret
	TRAP_RECORD_HANDLER
	STRAP_RECORD_HANDLER
TEST_END
	.data
	.align 3
ilog:	.dword 0, 0, 0, 0
