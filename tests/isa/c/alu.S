/* RV64C integer ops: C.LI, C.LUI, C.ADDI, C.ADDIW, C.ADDI16SP, C.ADDI4SPN, C.SLLI/SRLI/SRAI, C.ANDI, C.MV, C.ADD, C.SUB/XOR/OR/AND/SUBW/ADDW, C.NOP and HINT encodings. */
#include "test.h"
TEST_BEGIN
	.option push
	.option rvc
	/* c.li: 6-bit signed immediate */
	li a0, 0x1234
	c.li a0, 31
	CHECK_EQ(a0, 31, 1)
	c.li a0, -32
	CHECK_EQ(a0, -32, 2)
	c.li a0, 0
	CHECK_EQ(a0, 0, 3)
	c.li t1, -1
	CHECK_EQ(t1, -1, 4)
	/* c.lui: nzimm[17:12], sign-extended from bit 17 */
	c.lui a0, 1
	CHECK_EQ(a0, 0x1000, 5)
	c.lui a0, 0x1f
	CHECK_EQ(a0, 0x1f000, 6)
	c.lui a0, 0xfffe0
	CHECK_EQ(a0, 0xfffffffffffe0000, 7)
	c.lui t2, 0xfffff
	CHECK_EQ(t2, 0xfffffffffffff000, 8)
	/* c.addi: 6-bit signed, 64-bit add */
	li a0, 100
	c.addi a0, 31
	CHECK_EQ(a0, 131, 9)
	c.addi a0, -32
	CHECK_EQ(a0, 99, 10)
	li a0, 0x7fffffffffffffff
	c.addi a0, 1
	CHECK_EQ(a0, 0x8000000000000000, 11)
	li a0, 0xffffffff
	c.addi a0, 1
	CHECK_EQ(a0, 0x100000000, 12)
	/* c.addiw: 32-bit add, sign-extended result */
	li a0, 0x7fffffff
	c.addiw a0, 1
	CHECK_EQ(a0, 0xffffffff80000000, 13)
	li a0, 0x12345678ffffffff
	c.addiw a0, 1
	CHECK_EQ(a0, 0, 14)
	li a0, 0x00000000deadbeef
	c.addiw a0, 0          /* sext.w */
	CHECK_EQ(a0, 0xffffffffdeadbeef, 15)
	li a0, 0x80000000
	c.addiw a0, -1
	CHECK_EQ(a0, 0x7fffffff, 16)
	/* c.addi16sp: nzimm multiple of 16 in [-512, 496] */
	mv s2, sp
	li sp, 0x10000
	c.addi16sp sp, 496
	CHECK_EQ(sp, 0x10000 + 496, 17)
	c.addi16sp sp, -512
	CHECK_EQ(sp, 0x10000 - 16, 18)
	c.addi16sp sp, 16
	CHECK_EQ(sp, 0x10000, 19)
	/* c.addi4spn: rd' = sp + nzuimm (multiple of 4, 4..1020) */
	c.addi4spn a0, sp, 4
	CHECK_EQ(a0, 0x10004, 20)
	c.addi4spn s0, sp, 1020
	CHECK_EQ(s0, 0x10000 + 1020, 21)
	c.addi4spn a5, sp, 512
	CHECK_EQ(a5, 0x10200, 22)
	li sp, -8
	c.addi4spn s1, sp, 8
	CHECK_EQ(s1, 0, 23)
	mv sp, s2
	/* c.slli (any rd), shamt 1..63 */
	li a0, 1
	c.slli a0, 63
	CHECK_EQ(a0, 0x8000000000000000, 24)
	li t3, 0x00000000ffffffff
	c.slli t3, 32
	CHECK_EQ(t3, 0xffffffff00000000, 25)
	li a0, 0x8000000000000001
	c.slli a0, 1
	CHECK_EQ(a0, 2, 26)
	/* c.srli / c.srai (rd' only) */
	li a0, 0x8000000000000000
	c.srli a0, 63
	CHECK_EQ(a0, 1, 27)
	li a0, 0x8000000000000000
	c.srai a0, 63
	CHECK_EQ(a0, -1, 28)
	li s1, 0xf0f0f0f0f0f0f0f0
	c.srli s1, 4
	CHECK_EQ(s1, 0x0f0f0f0f0f0f0f0f, 29)
	li s1, 0xf0f0f0f0f0f0f0f0
	c.srai s1, 4
	CHECK_EQ(s1, 0xff0f0f0f0f0f0f0f, 30)
	li a2, 0x80000000
	c.srai a2, 32
	CHECK_EQ(a2, 0, 31)
	li a2, 0xffffffff00000000
	c.srli a2, 32
	CHECK_EQ(a2, 0xffffffff, 32)
	/* c.andi: 6-bit signed immediate, sign-extended */
	li a0, 0x123456789abcdef0
	c.andi a0, -1
	CHECK_EQ(a0, 0x123456789abcdef0, 33)
	li a0, 0x123456789abcdef0
	c.andi a0, 0x1f
	CHECK_EQ(a0, 0x10, 34)
	li a0, 0x123456789abcdeff
	c.andi a0, -32
	CHECK_EQ(a0, 0x123456789abcdee0, 35)
	li a0, -1
	c.andi a0, 0
	CHECK_EQ(a0, 0, 36)
	/* c.mv / c.add (any registers) */
	li t4, 0x5555aaaa5555aaaa
	c.mv a0, t4
	CHECK_EQ(a0, 0x5555aaaa5555aaaa, 37)
	li a0, 0x7fffffffffffffff
	li t4, 1
	c.add a0, t4
	CHECK_EQ(a0, 0x8000000000000000, 38)
	li t0, 0xffffffff
	c.add t0, t0
	CHECK_EQ(t0, 0x1fffffffe, 39)
	/* c.sub / c.xor / c.or / c.and (rd', rs2') */
	li a0, 10
	li a1, 20
	c.sub a0, a1
	CHECK_EQ(a0, -10, 40)
	li a0, 0xff00ff00ff00ff00
	li a1, 0x0ff00ff00ff00ff0
	c.xor a0, a1
	CHECK_EQ(a0, 0xf0f0f0f0f0f0f0f0, 41)
	li a0, 0xff00ff00ff00ff00
	c.or a0, a1
	CHECK_EQ(a0, 0xfff0fff0fff0fff0, 42)
	li a0, 0xff00ff00ff00ff00
	c.and a0, a1
	CHECK_EQ(a0, 0x0f000f000f000f00, 43)
	li s0, 0x8000000000000000
	li s1, 1
	c.sub s0, s1
	CHECK_EQ(s0, 0x7fffffffffffffff, 44)
	/* c.subw / c.addw: 32-bit, sign-extended */
	li a4, 0x7fffffff
	li a5, 1
	c.addw a4, a5
	CHECK_EQ(a4, 0xffffffff80000000, 45)
	li a4, 0x1234567800000000
	li a5, 0x0000000100000001
	c.addw a4, a5
	CHECK_EQ(a4, 1, 46)
	li a4, 0x80000000
	li a5, 1
	c.subw a4, a5
	CHECK_EQ(a4, 0x7fffffff, 47)
	li a4, 0
	li a5, 1
	c.subw a4, a5
	CHECK_EQ(a4, -1, 48)
	li a4, 0xffffffff00000005
	li a5, 0x0000000700000003
	c.subw a4, a5
	CHECK_EQ(a4, 2, 49)
	/* same register as both operands */
	li a3, 0x40000000
	c.addw a3, a3
	CHECK_EQ(a3, 0xffffffff80000000, 50)
	li a3, 1234
	c.sub a3, a3
	CHECK_EQ(a3, 0, 51)
	/* c.nop and HINT encodings execute as no-ops, no trap, no register change */
	li a0, 0x77
	li s0, 0x88
	c.nop
	.half 0x0005   /* c.nop with nzimm != 0 (hint) */
	.half 0x4001   /* c.li x0, 0 (hint) */
	.half 0x8006   /* c.mv x0, ra (hint) */
	.half 0x9006   /* c.add x0, ra (hint) */
	.half 0x8001   /* c.srli s0, 0 (RV64 hint) */
	.half 0x8401   /* c.srai s0, 0 (RV64 hint) */
	.half 0x0002   /* c.slli x0, 0 (hint) */
	CHECK_EQ(a0, 0x77, 52)
	CHECK_EQ(s0, 0x88, 53)
	.option pop
	TEST_PASS
TEST_END
