/* Access faults on unmapped physical addresses (0x4000_0000, nothing there on QEMU spike or rvisor's board): loads cause 5,
 * stores cause 7, AMOs 7 (5 accepted: QEMU 7.2), LR cause 5, instruction fetch cause 1; mtval = the address, mepc = the access (fetch: the target). */
#include "test.h"
#define HOLE 0x40000000
#define C ,
/* codes: n cause, n+1 mtval, n+2 mepc, n+3 rd untouched */
#define FAULT(n, insn, cause, addr) \
	li a1, addr;                 \
	li a0, 0x5a5a;               \
	li a2, 1;                    \
	EXPECT_TRAP(1f);             \
	2: insn;                     \
	1: CHECK_TRAP(cause, n);     \
	CHECK_EQ(s10, addr, n + 1);  \
	CHECK_EQ_ADDR(s9, 2b, n + 2); \
	CHECK_EQ(a0, 0x5a5a, n + 3)
/* AMOs: spec says 7; QEMU 7.2 reports 5 (load access fault), so both are accepted */
#define FAULT_AMO(n, insn, addr)     \
	li a1, addr;                 \
	li a0, 0x5a5a;               \
	li a2, 1;                    \
	EXPECT_TRAP(1f);             \
	2: insn;                     \
	1: li s11, 0;                \
	li t0, 7;                    \
	beq s8, t0, 3f;              \
	CHECK_EQ(s8, 5, n);          \
	3: CHECK_EQ(s10, addr, n + 1); \
	CHECK_EQ_ADDR(s9, 2b, n + 2); \
	CHECK_EQ(a0, 0x5a5a, n + 3)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	FAULT(1, lb a0 C 0(a1), 5, HOLE)
	FAULT(5, lhu a0 C 0(a1), 5, HOLE + 0x102)
	FAULT(9, lw a0 C 0(a1), 5, HOLE + 0x2004)
	FAULT(13, ld a0 C 0(a1), 5, HOLE + 0x8)
	FAULT(17, sb a2 C 0(a1), 7, HOLE + 0x1)
	FAULT(21, sh a2 C 0(a1), 7, HOLE + 0x2)
	FAULT(25, sw a2 C 0(a1), 7, HOLE + 0x4)
	FAULT(29, sd a2 C 0(a1), 7, HOLE + 0x10)
	FAULT_AMO(33, amoadd.d a0 C a2 C (a1), HOLE + 0x20)
	FAULT_AMO(37, amoswap.w a0 C a2 C (a1), HOLE + 0x24)
	FAULT(41, lr.d a0 C (a1), 5, HOLE + 0x28)
	/* loads at a 12-bit offset from the base: mtval is the effective address */
	li a1, HOLE + 0x800
	EXPECT_TRAP(1f)
	ld a0, -0x7f8(a1)
1:	CHECK_TRAP(5, 45)
	CHECK_EQ(s10, HOLE + 8, 46)
	/* from S and U as well */
	ENTER_S(in_s)
in_s:
	FAULT(50, ld a0 C 0(a1), 5, HOLE + 0x30)
	FAULT(54, sd a2 C 0(a1), 7, HOLE + 0x38)
	GOTO_M
	ENTER_U(in_u)
in_u:
	FAULT(58, lw a0 C 0(a1), 5, HOLE + 0x40)
	GOTO_M
	/* instruction fetch: mepc = mtval = the target; ra holds the link */
	li a1, HOLE + 0x100
	EXPECT_TRAP(1f)
	jalr ra, 0(a1)
ret1:
1:	CHECK_TRAP(1, 62)
	CHECK_EQ(s9, HOLE + 0x100, 63)
	CHECK_EQ(s10, HOLE + 0x100, 64)
	CHECK_EQ_ADDR(ra, ret1, 65)
	/* fetch fault from S */
	ENTER_S(in_s2)
in_s2:
	li a1, HOLE + 0x200
	EXPECT_TRAP(1f)
	jr a1
1:	CHECK_TRAP(1, 66)
	CHECK_EQ(s9, HOLE + 0x200, 67)
	CHECK_EQ(s10, HOLE + 0x200, 68)
	GOTO_M
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
