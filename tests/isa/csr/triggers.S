/* Debug trigger CSRs (Sdtrig) on a hart without triggers: tselect, tdata1-3
 * and tinfo are readable and writable from M without trapping; tselect reads
 * back 0 whatever is written (so trigger n > 0 does not exist), tdata1's
 * type field (bits 63..60) is 0 ("no trigger at this tselect") even after
 * writing an execute-breakpoint (mcontrol, type 2) into it, tinfo is 1 (the
 * value for a trigger that does not exist), and such a "breakpoint" never
 * fires. The probe of riscv-tests' rv64mi-p-breakpoint is check 3 to 5.
 * From S the same CSRs are M-only: illegal instruction. */
#include "test.h"
#define C ,
#define ILLEGAL(n, insn)     \
	EXPECT_TRAP(1f);     \
	insn;                \
	1: CHECK_TRAP(2, n)
#define LEGAL(n, insn)     \
	EXPECT_TRAP(1f);   \
	insn;              \
	1: CHECK_NO_TRAP(n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	csrw satp, zero
	/* every trigger CSR is accessible from M */
	LEGAL(1, csrr a0 C tselect)
	LEGAL(2, csrr a0 C tinfo)
	/* rv64mi-p-breakpoint's probe: select trigger 0, read tselect back,
	 * then look at tdata1's type */
	LEGAL(3, csrw tselect C zero)
	csrr a1, tselect
	CHECK_EQ(a1, 0, 4)
	csrr a0, tdata1
	srli a0, a0, 60
	CHECK_EQ(a0, 0, 5)
	/* a trigger index that does not exist reads back as something else */
	li a0, 5
	csrw tselect, a0
	csrr a1, tselect
	CHECK_EQ(a1, 0, 6)
	/* tinfo of a missing trigger is 1 */
	csrr a0, tinfo
	CHECK_EQ(a0, 1, 7)
	/* arm an M-mode execute breakpoint the way a debugger would: type 2
	 * (mcontrol), m = 1 (bit 6), execute = 1 (bit 2), tdata2 = address */
	csrw tselect, zero
	la a0, bp_target
	LEGAL(8, csrw tdata2 C a0)
	li a0, (2 << 60) | (1 << 6) | (1 << 2)
	LEGAL(9, csrw tdata1 C a0)
	LEGAL(10, csrw tdata3 C zero)
	csrr a0, tdata1
	CHECK_EQ(a0, 0, 11)
	csrr a0, tdata2
	CHECK_EQ(a0, 0, 12)
	csrr a0, tdata3
	CHECK_EQ(a0, 0, 13)
	/* the "breakpoint" does not fire (cause 3 would be recorded) */
	EXPECT_TRAP(1f)
bp_target:
	nop
1:	CHECK_NO_TRAP(14)
	/* csrrs/csrrc on them keep the same values and do not trap */
	li a0, -1
	LEGAL(15, csrrs a1 C tselect C a0)
	csrr a1, tselect
	CHECK_EQ(a1, 0, 16)
	LEGAL(17, csrrc a1 C tinfo C a0)
	csrr a1, tinfo
	CHECK_EQ(a1, 1, 18)
	/* from S they are M-only CSRs: illegal instruction */
	ENTER_S(in_s)
in_s:
	ILLEGAL(19, csrr a0 C tselect)
	ILLEGAL(20, csrw tdata1 C zero)
	ILLEGAL(21, csrr a0 C tinfo)
	GOTO_M
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
