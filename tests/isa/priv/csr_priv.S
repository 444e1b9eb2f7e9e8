/* CSR privilege: S-mode accesses to M CSRs and U-mode accesses to S and M CSRs raise illegal instruction (mtval = bits,
 * rd unchanged); S-mode may read and write the S CSRs. */
#include "test.h"
#define C ,
/* codes: n cause, n+1 mtval == instruction bits, n+2 rd unchanged */
#define ILLEGAL(n, insn)                  \
	li a0, 0x5a5a;                    \
	EXPECT_TRAP(1f);                  \
	2: insn;                          \
	1: CHECK_TRAP(2, n);              \
	la t0, 2b;                        \
	lhu t1, 0(t0);                    \
	lhu t2, 2(t0);                    \
	slli t2, t2, 16;                  \
	or t1, t1, t2;                    \
	CHECK_EQ_REG(s10, t1, n + 1);     \
	CHECK_EQ(a0, 0x5a5a, n + 2)
#define LEGAL(n, insn)     \
	EXPECT_TRAP(1f);   \
	insn;              \
	1: CHECK_NO_TRAP(n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	csrw satp, zero
	li t0, 1 << 20
	csrc mstatus, t0      /* TVM = 0 */
	li t0, 0x77
	csrw mscratch, t0
	li a1, -1
	ENTER_S(in_s)
in_s:
	/* S reads M CSRs: illegal */
	ILLEGAL(1, csrr a0 C mstatus)
	ILLEGAL(4, csrr a0 C misa)
	ILLEGAL(7, csrr a0 C medeleg)
	ILLEGAL(10, csrr a0 C mideleg)
	ILLEGAL(13, csrr a0 C mie)
	ILLEGAL(16, csrr a0 C mtvec)
	ILLEGAL(19, csrr a0 C mcounteren)
	ILLEGAL(22, csrr a0 C mscratch)
	ILLEGAL(25, csrr a0 C mepc)
	ILLEGAL(28, csrr a0 C mcause)
	ILLEGAL(31, csrr a0 C mtval)
	ILLEGAL(34, csrr a0 C mip)
	ILLEGAL(37, csrr a0 C mhartid)
	ILLEGAL(40, csrr a0 C mvendorid)
	ILLEGAL(43, csrr a0 C pmpcfg0)
	ILLEGAL(46, csrr a0 C pmpaddr0)
	ILLEGAL(49, csrr a0 C mcycle)
	ILLEGAL(52, csrr a0 C minstret)
	ILLEGAL(55, csrr a0 C menvcfg)
	/* S writes M CSRs: illegal, and the value is unchanged (checked from M below) */
	ILLEGAL(58, csrw mscratch C a1)
	ILLEGAL(61, csrw mstatus C a1)
	ILLEGAL(64, csrw mtvec C a1)
	ILLEGAL(67, csrw medeleg C a1)
	/* S CSRs are accessible from S */
	LEGAL(70, csrr a0 C sstatus)
	LEGAL(71, csrr a0 C sie)
	LEGAL(72, csrr a0 C stvec)
	LEGAL(73, csrr a0 C scounteren)
	LEGAL(74, csrr a0 C sscratch)
	LEGAL(75, csrr a0 C sepc)
	LEGAL(76, csrr a0 C scause)
	LEGAL(77, csrr a0 C stval)
	LEGAL(78, csrr a0 C sip)
	LEGAL(79, csrr a0 C satp)
	li a1, 0x1234
	csrw sscratch, a1
	csrr a0, sscratch
	CHECK_EQ(a0, 0x1234, 80)
	csrrw a0, scause, a1
	csrr a0, scause
	CHECK_EQ(a0, 0x1234, 81)
	csrw satp, zero    /* bare: allowed with TVM = 0 */
	GOTO_M
	/* the S-mode writes above did not reach mscratch (set to -1 before) */
	csrr a0, mscratch
	CHECK_EQ(a0, 0x77, 82)
	ENTER_U(in_u)
in_u:
	/* U reads S and M CSRs: illegal */
	ILLEGAL(83, csrr a0 C sstatus)
	ILLEGAL(86, csrr a0 C sie)
	ILLEGAL(89, csrr a0 C stvec)
	ILLEGAL(92, csrr a0 C scounteren)
	ILLEGAL(95, csrr a0 C sscratch)
	ILLEGAL(98, csrr a0 C sepc)
	ILLEGAL(101, csrr a0 C scause)
	ILLEGAL(104, csrr a0 C stval)
	ILLEGAL(107, csrr a0 C sip)
	ILLEGAL(110, csrr a0 C satp)
	ILLEGAL(113, csrr a0 C mstatus)
	ILLEGAL(116, csrr a0 C mscratch)
	ILLEGAL(119, csrr a0 C mhartid)
	ILLEGAL(122, csrr a0 C misa)
	ILLEGAL(125, csrw sscratch C a1)
	ILLEGAL(128, csrw sstatus C a1)
	/* privileged instructions from U */
	ILLEGAL(131, sfence.vma)
	GOTO_M
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
