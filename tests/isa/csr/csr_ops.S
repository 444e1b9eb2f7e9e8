/* Zicsr semantics: CSRRW/CSRRS/CSRRC and CSRRWI/CSRRSI/CSRRCI old-value/new-value behaviour, rd==rs1, rd=x0, rs1=x0/uimm=0 read-only forms, on mscratch/sscratch/mtval/stval/mcause. */
#include "test.h"
TEST_BEGIN
	/* mscratch round trip, all 64 bits */
	li a1, 0x0123456789abcdef
	csrw mscratch, a1
	csrr a0, mscratch
	CHECK_EQ(a0, 0x0123456789abcdef, 1)
	li a1, -1
	csrw mscratch, a1
	csrr a0, mscratch
	CHECK_EQ(a0, -1, 2)
	csrw mscratch, zero
	csrr a0, mscratch
	CHECK_EQ(a0, 0, 3)
	/* csrrw returns the old value */
	li a1, 0x1111
	csrw mscratch, a1
	li a2, 0x2222
	csrrw a0, mscratch, a2
	CHECK_EQ(a0, 0x1111, 4)
	csrr a0, mscratch
	CHECK_EQ(a0, 0x2222, 5)
	/* csrrs sets bits */
	li a2, 0xf000000000000001
	csrrs a0, mscratch, a2
	CHECK_EQ(a0, 0x2222, 6)
	csrr a0, mscratch
	CHECK_EQ(a0, 0xf000000000002223, 7)
	/* csrrc clears bits */
	li a2, 0x7000000000000003
	csrrc a0, mscratch, a2
	CHECK_EQ(a0, 0xf000000000002223, 8)
	csrr a0, mscratch
	CHECK_EQ(a0, 0x8000000000002220, 9)
	/* immediate forms: 5-bit zero-extended uimm */
	csrrwi a0, mscratch, 31
	CHECK_EQ(a0, 0x8000000000002220, 10)
	csrr a0, mscratch
	CHECK_EQ(a0, 31, 11)
	csrrci a0, mscratch, 0x15
	CHECK_EQ(a0, 31, 12)
	csrr a0, mscratch
	CHECK_EQ(a0, 0x0a, 13)
	csrrsi a0, mscratch, 0x10
	CHECK_EQ(a0, 0x0a, 14)
	csrr a0, mscratch
	CHECK_EQ(a0, 0x1a, 15)
	csrrwi a0, mscratch, 0
	csrr a0, mscratch
	CHECK_EQ(a0, 0, 16)
	/* csrrs/csrrc with rs1 = x0 and uimm = 0 only read */
	li a1, 0x5a5a
	csrw mscratch, a1
	csrrs a0, mscratch, zero
	CHECK_EQ(a0, 0x5a5a, 17)
	csrrc a0, mscratch, zero
	CHECK_EQ(a0, 0x5a5a, 18)
	csrrsi a0, mscratch, 0
	CHECK_EQ(a0, 0x5a5a, 19)
	csrrci a0, mscratch, 0
	CHECK_EQ(a0, 0x5a5a, 20)
	csrr a0, mscratch
	CHECK_EQ(a0, 0x5a5a, 21)
	/* rd == rs1: swap */
	li a0, 0x777
	csrrw a0, mscratch, a0
	CHECK_EQ(a0, 0x5a5a, 22)
	csrr a0, mscratch
	CHECK_EQ(a0, 0x777, 23)
	li a0, 0x8
	csrrs a0, mscratch, a0
	CHECK_EQ(a0, 0x777, 24)
	csrr a0, mscratch
	CHECK_EQ(a0, 0x77f, 25)
	/* rd = x0 still writes */
	li a1, 0x999
	csrrw zero, mscratch, a1
	csrr a0, mscratch
	CHECK_EQ(a0, 0x999, 26)
	csrrs zero, mscratch, 0x6   /* assembler picks csrrsi */
	csrr a0, mscratch
	CHECK_EQ(a0, 0x99f, 27)
	csrrci zero, mscratch, 0xf
	csrr a0, mscratch
	CHECK_EQ(a0, 0x990, 28)
	/* other plain read/write CSRs */
	li a1, 0xfedcba9876543210
	csrw sscratch, a1
	csrr a0, sscratch
	CHECK_EQ(a0, 0xfedcba9876543210, 29)
	csrw mtval, a1
	csrr a0, mtval
	CHECK_EQ(a0, 0xfedcba9876543210, 30)
	csrw stval, a1
	csrr a0, stval
	CHECK_EQ(a0, 0xfedcba9876543210, 31)
	li a1, 0x8000000000000005
	csrw mcause, a1
	csrr a0, mcause
	CHECK_EQ(a0, 0x8000000000000005, 32)
	li a1, 13
	csrw scause, a1
	csrr a0, scause
	CHECK_EQ(a0, 13, 33)
	/* mepc/sepc hold aligned addresses (bit 0 behaviour not checked) */
	la a1, 1f
	csrw mepc, a1
	csrr a0, mepc
	CHECK_EQ_REG(a0, a1, 34)
	csrw sepc, a1
	csrr a0, sepc
	CHECK_EQ_REG(a0, a1, 35)
1:	/* mscratch and sscratch are different registers */
	li a1, 1
	csrw mscratch, a1
	li a1, 2
	csrw sscratch, a1
	csrr a0, mscratch
	CHECK_EQ(a0, 1, 36)
	/* mtvec: direct mode with a 4-byte-aligned base round-trips; vectored (mode 1) too */
	csrr s2, mtvec
	la a1, 2f
	csrw mtvec, a1
	csrr a0, mtvec
	CHECK_EQ_REG(a0, a1, 37)
	ori a1, a1, 1
	csrw mtvec, a1
	csrr a0, mtvec
	CHECK_EQ_REG(a0, a1, 38)
	csrw mtvec, s2
	TEST_PASS
	.align 6
2:	FAIL(99)
TEST_END
