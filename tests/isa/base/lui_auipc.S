/* RV64I LUI and AUIPC: 20-bit upper immediates, sign extension of bit 31, pc-relative results. */
#include "test.h"
TEST_BEGIN
	lui a0, 0
	CHECK_EQ(a0, 0, 1)
	lui a0, 0x12345
	CHECK_EQ(a0, 0x12345000, 2)
	lui a0, 0x7ffff
	CHECK_EQ(a0, 0x7ffff000, 3)
	/* bit 31 of the result is sign-extended to 64 bits */
	lui a0, 0x80000
	CHECK_EQ(a0, 0xffffffff80000000, 4)
	lui a0, 0xfffff
	CHECK_EQ(a0, 0xfffffffffffff000, 5)
	lui a0, 0x80001
	CHECK_EQ(a0, 0xffffffff80001000, 6)
	/* lui + addiw builds a 32-bit constant */
	lui a0, 0x12345
	addiw a0, a0, 0x678
	CHECK_EQ(a0, 0x12345678, 7)
	/* the low 12 bits are cleared */
	li a0, -1
	lui a0, 1
	CHECK_EQ(a0, 0x1000, 8)

	/* auipc 0 gives the address of the auipc itself */
1:	auipc a0, 0
	la a1, 1b
	CHECK_EQ_REG(a0, a1, 9)
2:	auipc a0, 1
	la a1, 2b
	sub a0, a0, a1
	CHECK_EQ(a0, 0x1000, 10)
	/* negative offsets: 0xfffff -> -0x1000, 0x80000 -> -2^31 (sign-extended) */
3:	auipc a0, 0xfffff
	la a1, 3b
	sub a0, a0, a1
	CHECK_EQ(a0, -0x1000, 11)
4:	auipc a0, 0x80000
	la a1, 4b
	sub a0, a0, a1
	CHECK_EQ(a0, -0x80000000, 12)
5:	auipc a0, 0x7ffff
	la a1, 5b
	sub a0, a0, a1
	CHECK_EQ(a0, 0x7ffff000, 13)
	/* the result is 64-bit: pc is above 2^31 here, so no 32-bit wrap */
6:	auipc a0, 0
	srli a0, a0, 31
	CHECK_EQ(a0, 1, 14)
	/* auipc + jalr pair reaches a label */
	li a0, 0
	.option push
	.option norelax
7:	auipc t0, %pcrel_hi(8f)
	jalr ra, %pcrel_lo(7b)(t0)
	j 12f
8:	li a0, 77
	ret
12:	CHECK_EQ(a0, 77, 15)
	.option pop
	TEST_PASS
TEST_END
