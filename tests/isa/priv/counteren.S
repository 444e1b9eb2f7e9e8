/* mcounteren/scounteren gate cycle (CY), time (TM) and instret (IR) reads: S needs mcounteren, U needs both; M is never
 * gated.  (time is only checked if M-mode can read it: QEMU's spike machine has no rdtime and traps even in M.) */
#include "test.h"
#define C ,
#define ILLEGAL(n, insn)       \
	EXPECT_TRAP(1f);       \
	insn;                  \
	1: CHECK_TRAP(2, n)
#define LEGAL(n, insn)         \
	EXPECT_TRAP(1f);       \
	insn;                  \
	1: CHECK_NO_TRAP(n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	csrw medeleg, zero
	/* does this hart implement time at all (readable in M)? s2 = 1 if so */
	li s2, 1
	EXPECT_TRAP(1f)
	csrr a0, time
1:	li s11, 0
	li t0, -1
	beq s8, t0, 1f
	li s2, 0
1:
	/* M is never gated */
	csrw mcounteren, zero
	csrw scounteren, zero
	LEGAL(1, csrr a0 C cycle)
	LEGAL(2, csrr a0 C instret)
	/* all disabled: S and U trap */
	ENTER_S(s1)
s1:	ILLEGAL(3, csrr a0 C cycle)
	ILLEGAL(4, csrr a0 C instret)
	ILLEGAL(5, rdcycle a0)
	beqz s2, 1f
	ILLEGAL(6, csrr a0 C time)
1:	GOTO_M
	ENTER_U(u1)
u1:	ILLEGAL(7, csrr a0 C cycle)
	ILLEGAL(8, csrr a0 C instret)
	beqz s2, 1f
	ILLEGAL(9, csrr a0 C time)
1:	GOTO_M
	/* mcounteren = CY|TM|IR, scounteren = 0: S reads, U traps */
	li t0, 7
	csrw mcounteren, t0
	ENTER_S(s2_)
s2_:	LEGAL(10, csrr a0 C cycle)
	LEGAL(11, csrr a0 C instret)
	beqz s2, 1f
	LEGAL(12, csrr a0 C time)
1:	/* S can write scounteren */
	csrw scounteren, zero
	GOTO_M
	ENTER_U(u2)
u2:	ILLEGAL(13, csrr a0 C cycle)
	ILLEGAL(14, csrr a0 C instret)
	beqz s2, 1f
	ILLEGAL(15, csrr a0 C time)
1:	GOTO_M
	/* both enabled: U reads */
	li t0, 7
	csrw scounteren, t0
	ENTER_U(u3)
u3:	LEGAL(16, csrr a0 C cycle)
	LEGAL(17, csrr a0 C instret)
	beqz s2, 1f
	LEGAL(18, csrr a0 C time)
1:	/* reads still cannot write */
	ILLEGAL(19, csrw cycle C zero)
	GOTO_M
	/* per-bit: only CY enabled in both */
	li t0, 1
	csrw mcounteren, t0
	csrw scounteren, t0
	ENTER_U(u4)
u4:	LEGAL(20, csrr a0 C cycle)
	ILLEGAL(21, csrr a0 C instret)
	beqz s2, 1f
	ILLEGAL(22, csrr a0 C time)
1:	GOTO_M
	/* only IR in mcounteren, all in scounteren: U gets instret only */
	li t0, 4
	csrw mcounteren, t0
	li t0, 7
	csrw scounteren, t0
	ENTER_U(u5)
u5:	ILLEGAL(23, csrr a0 C cycle)
	LEGAL(24, csrr a0 C instret)
	GOTO_M
	/* scounteren set but mcounteren clear: S and U trap */
	csrw mcounteren, zero
	ENTER_S(s3)
s3:	ILLEGAL(25, csrr a0 C cycle)
	GOTO_M
	ENTER_U(u6)
u6:	ILLEGAL(26, csrr a0 C instret)
	GOTO_M
	/* the counters read from U increase */
	li t0, 7
	csrw mcounteren, t0
	csrw scounteren, t0
	ENTER_U(u7)
u7:	rdcycle a0
	rdinstret a1
	nop
	nop
	rdcycle a2
	rdinstret a3
	bgtu a2, a0, 1f
	FAIL(27)
1:	bgtu a3, a1, 1f
	FAIL(28)
1:	GOTO_M
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
