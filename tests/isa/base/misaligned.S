/* Misaligned loads/stores (LH/LHU/LW/LWU/LD, SH/SW/SD, incl. across a page boundary): either performed correctly
 * (rvisor) or trapping with mcause 4/6, mtval = address, mepc = the access, destination/memory untouched (QEMU spike). */
#include "test.h"
/* codes: n = value, n+1 = cause, n+2 = mtval, n+3 = mepc, n+4 = rd/memory untouched after a trap */
#define MIS_LOAD(n, inst, base, off, exp)       \
	la a1, base;                              \
	addi a1, a1, off;                         \
	li a0, 0x5a5a;                            \
	EXPECT_TRAP(1f);                          \
	2: inst a0, 0(a1);                        \
	1: li s11, 0;                             \
	li t5, -1;                                \
	bne s8, t5, 3f;                           \
	CHECK_EQ(a0, exp, n);                     \
	j 4f;                                     \
	3: CHECK_EQ(s8, 4, n + 1);                \
	CHECK_EQ_REG(s10, a1, n + 2);             \
	la t5, 2b; CHECK_EQ_REG(s9, t5, n + 3);   \
	CHECK_EQ(a0, 0x5a5a, n + 4);              \
	4:
/* Store v at base+off; afterwards the dword at base+dwoff must be exp_ok
 * (no trap) or exp_trap (trapped: memory untouched). */
#define MIS_STORE(n, inst, base, off, v, dwoff, exp_ok, exp_trap) \
	la a1, base;                              \
	addi a1, a1, off;                         \
	li a0, v;                                 \
	EXPECT_TRAP(1f);                          \
	2: inst a0, 0(a1);                        \
	1: li s11, 0;                             \
	la a2, base;                              \
	ld a3, dwoff(a2);                         \
	li t5, -1;                                \
	bne s8, t5, 3f;                           \
	CHECK_EQ(a3, exp_ok, n);                  \
	j 4f;                                     \
	3: CHECK_EQ(s8, 6, n + 1);                \
	CHECK_EQ_REG(s10, a1, n + 2);             \
	la t5, 2b; CHECK_EQ_REG(s9, t5, n + 3);   \
	CHECK_EQ(a3, exp_trap, n + 4);            \
	4:
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	/* ---- loads */
	MIS_LOAD(1, lh, mdata, 1, 0xffffffffffffa794)
	MIS_LOAD(6, lh, mdata, 3, 0xffffffffffffcdba)
	MIS_LOAD(11, lh, mdata, 7, 0x0000000000001906)
	MIS_LOAD(16, lhu, mdata, 1, 0x000000000000a794)
	MIS_LOAD(21, lhu, mdata, 5, 0x000000000000f3e0)
	MIS_LOAD(26, lhu, mdata, 15, 0x000000000000b19e)
	MIS_LOAD(31, lw, mdata, 1, 0xffffffffcdbaa794)
	MIS_LOAD(36, lw, mdata, 2, 0xffffffffe0cdbaa7)
	MIS_LOAD(41, lw, mdata, 3, 0xfffffffff3e0cdba)
	MIS_LOAD(46, lw, mdata, 5, 0x000000001906f3e0)
	MIS_LOAD(51, lw, mdata, 6, 0x000000002c1906f3)
	MIS_LOAD(56, lw, mdata, 7, 0x000000003f2c1906)
	MIS_LOAD(61, lwu, mdata, 1, 0x00000000cdbaa794)
	MIS_LOAD(66, lwu, mdata, 2, 0x00000000e0cdbaa7)
	MIS_LOAD(71, lwu, mdata, 3, 0x00000000f3e0cdba)
	MIS_LOAD(76, lwu, mdata, 7, 0x000000003f2c1906)
	MIS_LOAD(81, ld, mdata, 1, 0x1906f3e0cdbaa794)
	MIS_LOAD(86, ld, mdata, 2, 0x2c1906f3e0cdbaa7)
	MIS_LOAD(91, ld, mdata, 3, 0x3f2c1906f3e0cdba)
	MIS_LOAD(96, ld, mdata, 4, 0x523f2c1906f3e0cd)
	MIS_LOAD(101, ld, mdata, 5, 0x65523f2c1906f3e0)
	MIS_LOAD(106, ld, mdata, 6, 0x7865523f2c1906f3)
	MIS_LOAD(111, ld, mdata, 7, 0x8b7865523f2c1906)
	MIS_LOAD(116, ld, mdata, 12, 0xead7c4b19e8b7865)
	/* ---- loads crossing a 4 KiB page boundary */
	MIS_LOAD(121, lh, pdata, 7, 0xfffffffffffff9cc)
	MIS_LOAD(126, lw, pdata, 5, 0xfffffffff9cc9f72)
	MIS_LOAD(131, lwu, pdata, 6, 0x0000000026f9cc9f)
	MIS_LOAD(136, ld, pdata, 1, 0xf9cc9f724518ebbe)
	MIS_LOAD(141, ld, pdata, 4, 0x805326f9cc9f7245)
	MIS_LOAD(146, ld, pdata, 7, 0x07daad805326f9cc)
	/* ---- stores (sbuf is re-filled with 0x11..., dword under test printed as expected) */
	jal ra, fill_sbuf
	MIS_STORE(151, sh, sbuf, 1, 0xa1b2, 0, 0x1111111111a1b211, 0x1111111111111111)
	jal ra, fill_sbuf
	MIS_STORE(156, sh, sbuf, 7, 0xc3d4, 8, 0x11111111111111c3, 0x1111111111111111)
	ld a3, 0(a2)
	li t5, -1
	bne s8, t5, 1f
	CHECK_EQ(a3, 0xd411111111111111, 161)
1:
	jal ra, fill_sbuf
	MIS_STORE(162, sw, sbuf, 1, 0xdeadbeef, 0, 0x111111deadbeef11, 0x1111111111111111)
	ld a3, 8(a2)
	li t5, -1
	bne s8, t5, 1f
	CHECK_EQ(a3, 0x1111111111111111, 167)
1:
	jal ra, fill_sbuf
	MIS_STORE(168, sw, sbuf, 3, 0x12345678, 0, 0x1112345678111111, 0x1111111111111111)
	ld a3, 8(a2)
	li t5, -1
	bne s8, t5, 1f
	CHECK_EQ(a3, 0x1111111111111111, 173)
1:
	jal ra, fill_sbuf
	MIS_STORE(174, sw, sbuf, 6, 0x8899aabb, 8, 0x1111111111118899, 0x1111111111111111)
	ld a3, 0(a2)
	li t5, -1
	bne s8, t5, 1f
	CHECK_EQ(a3, 0xaabb111111111111, 179)
1:
	jal ra, fill_sbuf
	MIS_STORE(180, sd, sbuf, 1, 0x123456789abcdef, 8, 0x1111111111111101, 0x1111111111111111)
	ld a3, 0(a2)
	li t5, -1
	bne s8, t5, 1f
	CHECK_EQ(a3, 0x23456789abcdef11, 185)
1:
	jal ra, fill_sbuf
	MIS_STORE(186, sd, sbuf, 4, 0xfedcba9876543210, 8, 0x11111111fedcba98, 0x1111111111111111)
	ld a3, 0(a2)
	li t5, -1
	bne s8, t5, 1f
	CHECK_EQ(a3, 0x7654321011111111, 191)
1:
	jal ra, fill_sbuf
	MIS_STORE(192, sd, sbuf, 7, 0x8877665544332211, 8, 0x1188776655443322, 0x1111111111111111)
	ld a3, 0(a2)
	li t5, -1
	bne s8, t5, 1f
	CHECK_EQ(a3, 0x1111111111111111, 197)
1:
	/* ---- stores crossing a page boundary */
	jal ra, fill_pbuf
	MIS_STORE(198, sw, pbuf, 6, 0xcafef00d, 0, 0xf00d111111111111, 0x1111111111111111)
	ld a3, 8(a2)
	li t5, -1
	bne s8, t5, 1f
	CHECK_EQ(a3, 0x111111111111cafe, 203)
1:
	jal ra, fill_pbuf
	MIS_STORE(204, sd, pbuf, 3, 0x1020304050607080, 0, 0x4050607080111111, 0x1111111111111111)
	ld a3, 8(a2)
	li t5, -1
	bne s8, t5, 1f
	CHECK_EQ(a3, 0x1111111111102030, 209)
1:
	TEST_PASS

fill_sbuf:
	la t0, sbuf
	li t1, 0x1111111111111111
	sd t1, 0(t0)
	sd t1, 8(t0)
	ret
fill_pbuf:
	la t0, pbuf
	li t1, 0x1111111111111111
	sd t1, 0(t0)
	sd t1, 8(t0)
	ret
	TRAP_RECORD_HANDLER
TEST_END

	.data
	.align 3
mdata:
	.dword 0x06f3e0cdbaa79481
	.dword 0x9e8b7865523f2c19
	.dword 0x362310fdead7c4b1
	.dword 0xcebba895826f5c49
	.align 3
sbuf:	.skip 16
	.align 12
	.skip 4096 - 8
pdata:
	.dword 0xcc9f724518ebbe91
	.dword 0x3407daad805326f9
	.align 12
	.skip 4096 - 8
pbuf:	.skip 16

