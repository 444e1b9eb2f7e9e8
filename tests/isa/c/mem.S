/* RV64C loads/stores: C.LW/C.LD/C.SW/C.SD (rd'/rs1', scaled offsets, max offsets) and C.LWSP/C.LDSP/C.SWSP/C.SDSP, C.LW sign extension. */
#include "test.h"
TEST_BEGIN
	.option push
	.option rvc
	mv s2, sp
	/* c.lw sign-extends; offsets are multiples of 4 up to 124 */
	la a1, cdata
	c.lw a0, 0(a1)
	CHECK_EQ(a0, 0xffffffff89abcdef, 1)
	c.lw a0, 4(a1)
	CHECK_EQ(a0, 0x01234567, 2)
	c.lw s0, 124(a1)
	CHECK_EQ(s0, 0xffffffff80000001, 3)
	/* c.ld: offsets multiples of 8 up to 248 */
	c.ld a0, 0(a1)
	CHECK_EQ(a0, 0x0123456789abcdef, 4)
	c.ld a2, 248(a1)
	CHECK_EQ(a2, 0xfedcba9876543210, 5)
	c.ld a1, 8(a1)      /* rd == base */
	CHECK_EQ(a1, 0x1111111122222222, 6)
	/* c.sw stores 32 bits, c.sd 64 */
	la a1, cbuf
	li a0, -1
	sd a0, 0(a1)
	sd a0, 8(a1)
	li a2, 0x1234567800000042
	c.sw a2, 4(a1)
	ld a3, 0(a1)
	CHECK_EQ(a3, 0x00000042ffffffff, 7)
	li a2, 0x0bad0bad0bad0bad
	c.sd a2, 8(a1)
	ld a3, 8(a1)
	CHECK_EQ(a3, 0x0bad0bad0bad0bad, 8)
	la s1, cbig
	li a2, 0x5151
	c.sw a2, 124(s1)
	lw a3, 124(s1)
	CHECK_EQ(a3, 0x5151, 9)
	li a2, 0x6262
	c.sd a2, 248(s1)
	ld a3, 248(s1)
	CHECK_EQ(a3, 0x6262, 10)
	/* sp-relative forms: lwsp/swsp offsets up to 252, ldsp/sdsp up to 504 */
	la sp, cbig
	li t0, 0x80000000
	c.swsp t0, 0(sp)
	c.lwsp t1, 0(sp)
	CHECK_EQ(t1, 0xffffffff80000000, 11)
	li t0, 0x7eadbeef
	c.swsp t0, 252(sp)
	lw t1, 252(sp)
	CHECK_EQ(t1, 0x7eadbeef, 12)
	c.lwsp t2, 252(sp)
	CHECK_EQ(t2, 0x7eadbeef, 13)
	li t0, 0x1122334455667788
	c.sdsp t0, 504(sp)
	ld t1, 504(sp)
	CHECK_EQ(t1, 0x1122334455667788, 14)
	c.ldsp t3, 504(sp)
	CHECK_EQ(t3, 0x1122334455667788, 15)
	li t0, -2
	c.sdsp t0, 16(sp)
	c.ldsp ra, 16(sp)
	CHECK_EQ(ra, -2, 16)
	/* c.lwsp into any register (x1..x31) */
	li t0, 0x55
	c.swsp t0, 8(sp)
	c.lwsp a7, 8(sp)
	CHECK_EQ(a7, 0x55, 17)
	/* c.sdsp sp stores sp itself */
	c.sdsp sp, 24(sp)
	ld t0, 24(sp)
	CHECK_EQ_REG(t0, sp, 18)
	mv sp, s2
	.option pop
	TEST_PASS
TEST_END
	.data
	.align 3
cdata:
	.dword 0x0123456789abcdef
	.dword 0x1111111122222222
	.skip 108
	.word 0x80000001        /* at offset 124 */
	.skip 120
	.dword 0xfedcba9876543210 /* at offset 248 */
	.align 3
cbuf:	.dword 0, 0
	.align 3
cbig:	.skip 512
