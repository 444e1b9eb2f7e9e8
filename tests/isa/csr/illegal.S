/* Illegal CSR accesses: writes to read-only CSRs (mvendorid/marchid/mimpid/mhartid/cycle/instret) and unknown CSR numbers
 * raise illegal instruction (cause 2) with mtval = the instruction bits, rd unchanged; rs1=x0 / uimm=0 reads are legal. */
#include "test.h"
#define C ,
/* codes: n cause, n+1 mepc, n+2 mtval == instruction bits, n+3 rd unchanged */
#define ILLEGAL_CSR(n, insn)                         \
	li a0, 0x5a5a;                               \
	EXPECT_TRAP(1f);                             \
	2: insn;                                     \
	1: CHECK_TRAP(2, n);                         \
	CHECK_EQ_ADDR(s9, 2b, n + 1);                \
	la t0, 2b;                                   \
	lhu t1, 0(t0);                               \
	lhu t2, 2(t0);                               \
	slli t2, t2, 16;                             \
	or t1, t1, t2;                               \
	CHECK_EQ_REG(s10, t1, n + 2);                \
	CHECK_EQ(a0, 0x5a5a, n + 3)
#define LEGAL(n, insn)             \
	EXPECT_TRAP(1f);           \
	insn;                      \
	1: CHECK_NO_TRAP(n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	li a1, 1
	li a2, -1
	/* reading read-only CSRs is legal in every read-only form */
	LEGAL(1, csrr a0 C mvendorid)
	LEGAL(2, csrr a0 C marchid)
	LEGAL(3, csrr a0 C mimpid)
	LEGAL(4, csrr a0 C mhartid)
	LEGAL(5, csrrc a0 C mvendorid C zero)
	LEGAL(6, csrrsi a0 C mhartid C 0)
	LEGAL(7, csrrci a0 C marchid C 0)
	LEGAL(8, csrr a0 C cycle)
	LEGAL(9, csrr a0 C instret)
	LEGAL(10, csrrsi a0 C cycle C 0)
	LEGAL(11, csrrc a0 C instret C zero)
	/* writing them is illegal */
	ILLEGAL_CSR(20, csrw mvendorid C a1)
	ILLEGAL_CSR(24, csrrw a0 C marchid C zero)     /* csrrw always writes, even x0 */
	ILLEGAL_CSR(28, csrrwi a0 C mimpid C 0)
	ILLEGAL_CSR(32, csrrs a0 C mhartid C a1)
	ILLEGAL_CSR(36, csrrsi a0 C mhartid C 1)
	ILLEGAL_CSR(40, csrrc a0 C mvendorid C a2)
	ILLEGAL_CSR(44, csrrci a0 C marchid C 31)
	ILLEGAL_CSR(48, csrw cycle C a1)
	ILLEGAL_CSR(52, csrrs a0 C cycle C a2)
	ILLEGAL_CSR(56, csrrw a0 C instret C a1)
	ILLEGAL_CSR(60, csrrsi a0 C instret C 4)
	/* the exact encoding: csrrw x0, mvendorid, a1 = 0xf1159073 */
	EXPECT_TRAP(1f)
	.word 0xf1159073
1:	CHECK_TRAP(2, 64)
	CHECK_EQ(s10, 0xf1159073, 65)
	/* unimplemented CSR numbers, read or write */
	ILLEGAL_CSR(70, csrr a0 C 0x8ff)
	ILLEGAL_CSR(74, csrw 0x8ff C a1)
	ILLEGAL_CSR(78, csrr a0 C 0x5c0)
	ILLEGAL_CSR(82, csrrwi a0 C 0x5c0 C 3)
	ILLEGAL_CSR(86, csrr a0 C 0xfff)
	ILLEGAL_CSR(90, csrr a0 C 0x7ff)
	ILLEGAL_CSR(94, csrrs a0 C 0x4c0 C zero)
	ILLEGAL_CSR(98, csrr a0 C 0xcc0)
	/* RV32-only counter halves do not exist on RV64 */
	ILLEGAL_CSR(102, csrr a0 C cycleh)
	ILLEGAL_CSR(106, csrr a0 C instreth)
	ILLEGAL_CSR(110, csrr a0 C 0xb80)    /* mcycleh */
	/* a trapping CSR instruction has no side effect on a writable CSR either */
	li a3, 0x1234
	csrw mscratch, a3
	ILLEGAL_CSR(114, csrrw a0 C 0x8ff C a3)
	csrr a0, mscratch
	CHECK_EQ(a0, 0x1234, 118)
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
