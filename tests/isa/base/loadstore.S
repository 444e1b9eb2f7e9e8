/* RV64I loads and stores of every width: LB/LBU/LH/LHU/LW/LWU/LD, SB/SH/SW/SD, sign/zero extension, offsets, neighbours untouched. */
#include "test.h"
#define TEST_LD(n, inst, exp, off) \
	la a1, ldata; \
	inst a0, off(a1); \
	CHECK_EQ(a0, exp, n)
TEST_BEGIN
	/* lb */
	TEST_LD(1, lb, 0x0000000000000001, 0)
	TEST_LD(2, lb, 0xffffffffffffff82, 1)
	TEST_LD(3, lb, 0x0000000000000003, 2)
	TEST_LD(4, lb, 0xffffffffffffff84, 3)
	TEST_LD(5, lb, 0x0000000000000075, 4)
	TEST_LD(6, lb, 0xffffffffffffff86, 5)
	TEST_LD(7, lb, 0xfffffffffffffff7, 6)
	TEST_LD(8, lb, 0x0000000000000008, 7)
	/* lbu */
	TEST_LD(9, lbu, 0x0000000000000001, 0)
	TEST_LD(10, lbu, 0x0000000000000082, 1)
	TEST_LD(11, lbu, 0x0000000000000003, 2)
	TEST_LD(12, lbu, 0x0000000000000084, 3)
	TEST_LD(13, lbu, 0x0000000000000075, 4)
	TEST_LD(14, lbu, 0x0000000000000086, 5)
	TEST_LD(15, lbu, 0x00000000000000f7, 6)
	TEST_LD(16, lbu, 0x0000000000000008, 7)
	/* lh */
	TEST_LD(17, lh, 0xffffffffffff8201, 0)
	TEST_LD(18, lh, 0xffffffffffff8403, 2)
	TEST_LD(19, lh, 0xffffffffffff8675, 4)
	TEST_LD(20, lh, 0x00000000000008f7, 6)
	TEST_LD(21, lh, 0x0000000000007788, 8)
	TEST_LD(22, lh, 0xffffffffffffffff, 16)
	TEST_LD(23, lh, 0xffffffffffff8000, 30)
	/* lhu */
	TEST_LD(24, lhu, 0x0000000000008201, 0)
	TEST_LD(25, lhu, 0x0000000000008403, 2)
	TEST_LD(26, lhu, 0x0000000000008675, 4)
	TEST_LD(27, lhu, 0x00000000000008f7, 6)
	TEST_LD(28, lhu, 0x0000000000007788, 8)
	TEST_LD(29, lhu, 0x000000000000ffff, 16)
	TEST_LD(30, lhu, 0x0000000000008000, 30)
	/* lw */
	TEST_LD(31, lw, 0xffffffff84038201, 0)
	TEST_LD(32, lw, 0x0000000008f78675, 4)
	TEST_LD(33, lw, 0x0000000055667788, 8)
	TEST_LD(34, lw, 0x0000000011223344, 12)
	TEST_LD(35, lw, 0xffffffffffffffff, 16)
	TEST_LD(36, lw, 0x000000007fffffff, 20)
	TEST_LD(37, lw, 0xffffffff80000000, 24)
	TEST_LD(38, lw, 0xffffffff80000000, 28)
	/* lwu */
	TEST_LD(39, lwu, 0x0000000084038201, 0)
	TEST_LD(40, lwu, 0x0000000008f78675, 4)
	TEST_LD(41, lwu, 0x0000000055667788, 8)
	TEST_LD(42, lwu, 0x0000000011223344, 12)
	TEST_LD(43, lwu, 0x00000000ffffffff, 16)
	TEST_LD(44, lwu, 0x000000007fffffff, 20)
	TEST_LD(45, lwu, 0x0000000080000000, 24)
	TEST_LD(46, lwu, 0x0000000080000000, 28)
	/* ld */
	TEST_LD(47, ld, 0x08f7867584038201, 0)
	TEST_LD(48, ld, 0x1122334455667788, 8)
	TEST_LD(49, ld, 0x7fffffffffffffff, 16)
	TEST_LD(50, ld, 0x8000000080000000, 24)
	/* negative offsets from a base past the data */
	la a1, ldata_end
	lb a0, -31(a1)
	CHECK_EQ(a0, 0xffffffffffffff82, 51)
	la a1, ldata_end
	lhu a0, -30(a1)
	CHECK_EQ(a0, 0x0000000000008403, 52)
	la a1, ldata_end
	lw a0, -4(a1)
	CHECK_EQ(a0, 0xffffffff80000000, 53)
	la a1, ldata_end
	ld a0, -16(a1)
	CHECK_EQ(a0, 0x7fffffffffffffff, 54)
	/* rd == base register */
	la a1, ldata
	ld a1, 8(a1)
	CHECK_EQ(a1, 0x1122334455667788, 55)
	la a1, ldata
	lb a1, 1(a1)
	CHECK_EQ(a1, 0xffffffffffffff82, 56)
	/* ---- stores: fill sbuf with 0xaa, store narrow values, check neighbours */
	la a1, sbuf
	li a2, 0xaaaaaaaaaaaaaaaa
	sd a2, 0(a1)
	sd a2, 8(a1)
	sd a2, 16(a1)
	li a0, 0x1234567812345678
	sb a0, 3(a1)
	ld a3, 0(a1)
	CHECK_EQ(a3, 0xaaaaaaaa78aaaaaa, 60)
	li a0, 0xffffffffffffbeef
	sh a0, 6(a1)
	ld a3, 0(a1)
	CHECK_EQ(a3, 0xbeefaaaa78aaaaaa, 61)
	li a0, 0x00000000deadbeef
	sw a0, 8(a1)
	ld a3, 8(a1)
	CHECK_EQ(a3, 0xaaaaaaaadeadbeef, 62)
	ld a3, 16(a1)
	CHECK_EQ(a3, 0xaaaaaaaaaaaaaaaa, 63)
	li a0, 0x0123456789abcdef
	sd a0, 16(a1)
	ld a3, 16(a1)
	CHECK_EQ(a3, 0x0123456789abcdef, 64)
	ld a3, 8(a1)
	CHECK_EQ(a3, 0xaaaaaaaadeadbeef, 65)
	/* byte order: little-endian */
	lbu a3, 16(a1)
	CHECK_EQ(a3, 0xef, 66)
	lbu a3, 23(a1)
	CHECK_EQ(a3, 0x01, 67)
	lhu a3, 18(a1)
	CHECK_EQ(a3, 0x89ab, 68)
	lwu a3, 20(a1)
	CHECK_EQ(a3, 0x01234567, 69)
	/* store then load back with sign/zero extension */
	li a0, 0x80
	sb a0, 0(a1)
	lb a3, 0(a1)
	CHECK_EQ(a3, -128, 70)
	lbu a3, 0(a1)
	CHECK_EQ(a3, 0x80, 71)
	li a0, 0x8001
	sh a0, 2(a1)
	lh a3, 2(a1)
	CHECK_EQ(a3, 0xffffffffffff8001, 72)
	lhu a3, 2(a1)
	CHECK_EQ(a3, 0x8001, 73)
	li a0, 0x87654321
	sw a0, 4(a1)
	lw a3, 4(a1)
	CHECK_EQ(a3, 0xffffffff87654321, 74)
	lwu a3, 4(a1)
	CHECK_EQ(a3, 0x87654321, 75)
	/* negative store offsets */
	la a4, sbuf_end
	li a0, 0x5a5a
	sh a0, -24(a4)
	lhu a3, 0(a1)
	CHECK_EQ(a3, 0x5a5a, 76)
	li a0, -1
	sd a0, -8(a4)
	ld a3, 16(a1)
	CHECK_EQ(a3, -1, 77)
	/* store x0 */
	sd zero, 16(a1)
	ld a3, 16(a1)
	CHECK_EQ(a3, 0, 78)
	/* store the base register itself */
	sd a1, 8(a1)
	ld a3, 8(a1)
	CHECK_EQ_REG(a3, a1, 79)
	/* large positive/negative 12-bit offsets */
	la a4, big
	addi a4, a4, 2047
	li a0, 0x1111
	sd a0, -2047(a4)
	la a5, big
	ld a3, 0(a5)
	CHECK_EQ(a3, 0x1111, 80)
	la a4, big
	li a0, 0x2222
	sw a0, 2040(a4)
	addi a4, a4, 2047
	lw a3, -7(a4)
	CHECK_EQ(a3, 0x2222, 81)
	/* a load right after a store to the same address sees the new value */
	li a0, 0x0bad0bad
	sw a0, 0(a1)
	lw a3, 0(a1)
	CHECK_EQ(a3, 0x0bad0bad, 82)
	TEST_PASS
TEST_END

	.data
	.align 3
ldata:
	.byte 0x01, 0x82, 0x03, 0x84, 0x75, 0x86, 0xf7, 0x08
	.dword 0x1122334455667788
	.dword 0x7fffffffffffffff
	.dword 0x8000000080000000
ldata_end:
	.align 3
sbuf:	.skip 24
sbuf_end:
	.align 3
big:	.skip 2056
