/* RV64C control flow and traps: C.J, C.JR, C.JALR (link = pc+2), C.BEQZ/C.BNEZ, C.EBREAK (cause 3), the all-zero
 * illegal instruction (cause 2, mtval 0), reserved C encodings (cause 2, mtval = the 16 bits), mixed 16/32-bit streams. */
#include "test.h"
#define ILLEGAL16(n, enc)          \
	EXPECT_TRAP(1f);           \
	2: .half enc;              \
	1: CHECK_TRAP(2, n);       \
	CHECK_EQ(s10, enc, n + 1); \
	CHECK_EQ_ADDR(s9, 2b, n + 2)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	.option push
	.option rvc
	/* c.j forward and backward */
	li a0, 0
	c.j 2f
1:	c.addi a0, 1
	c.j 3f
2:	c.j 1b
	FAIL(1)
3:	CHECK_EQ(a0, 1, 2)
	/* c.beqz / c.bnez taken and not taken; values with upper bits set */
	li s0, 0
	c.beqz s0, 1f
	FAIL(3)
1:	c.bnez s0, 2f
	j 1f
2:	FAIL(4)
1:	li s1, 0x100000000   /* nonzero only in the upper half */
	c.beqz s1, 2f
	c.bnez s1, 1f
2:	FAIL(5)
1:	li s1, 0x8000000000000000
	c.bnez s1, 1f
	FAIL(6)
1:	/* backward c.bnez loop */
	li a5, 5
	li a0, 0
1:	c.addi a0, 2
	c.addi a5, -1
	c.bnez a5, 1b
	CHECK_EQ(a0, 10, 7)
	/* c.jr */
	la a3, 1f
	c.jr a3
	FAIL(8)
1:	/* c.jalr: ra = address after the 2-byte c.jalr */
	la t0, get_ra
	li ra, 0
	c.jalr t0
ret1:	CHECK_EQ_ADDR(a0, ret1, 9)
	/* c.jalr with rs1 = ra: target is the old ra */
	la ra, get_ra
	c.jalr ra
ret2:	CHECK_EQ_ADDR(a0, ret2, 10)
	/* c.jr to an odd-halfword target */
	la a3, half_tgt
	c.jr a3
	FAIL(11)
	.align 2
	c.nop
half_tgt:
	/* a 32-bit instruction at a 2-mod-4 address */
	lui a0, 0x12345
	addi a0, a0, 0x678
	CHECK_EQ(a0, 0x12345678, 12)
	/* c.ebreak: cause 3, mepc = its address; mtval = pc or 0 */
	EXPECT_TRAP(1f)
2:	c.ebreak
1:	CHECK_TRAP(3, 13)
	CHECK_EQ_ADDR(s9, 2b, 14)
	beqz s10, 3f
	CHECK_EQ_ADDR(s10, 2b, 15)
3:
	/* 32-bit ebreak, same cause */
	EXPECT_TRAP(1f)
2:	.option norvc
	ebreak
	.option rvc
1:	CHECK_TRAP(3, 16)
	CHECK_EQ_ADDR(s9, 2b, 17)
	/* the all-zero halfword is illegal, mtval = 0 */
	ILLEGAL16(20, 0x0000)
	/* reserved encodings */
	ILLEGAL16(23, 0x0004)   /* c.addi4spn with nzuimm = 0 */
	ILLEGAL16(26, 0x6101)   /* c.addi16sp with nzimm = 0 */
	ILLEGAL16(29, 0x6501)   /* c.lui a0 with nzimm = 0 */
	ILLEGAL16(32, 0x4002)   /* c.lwsp x0 */
	ILLEGAL16(35, 0x6002)   /* c.ldsp x0 */
	ILLEGAL16(38, 0x8002)   /* c.jr x0 */
	ILLEGAL16(41, 0x2001)   /* c.addiw x0 */
	/* c.jal does not exist on RV64: 0x2001-pattern is c.addiw; with rd != 0 it is legal */
	li a0, 5
	.half 0x2505            /* c.addiw a0, 1 */
	CHECK_EQ(a0, 6, 44)
	.option pop
	TEST_PASS

	.option push
	.option rvc
get_ra:
	c.mv a0, ra
	c.jr ra
	.option pop
	TRAP_RECORD_HANDLER
TEST_END
