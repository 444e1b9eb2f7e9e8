/* A extension AMO*.D (swap/add/and/or/xor/min/max/minu/maxu, plain/aq/rl/aqrl): old value in rd, 64-bit signed/unsigned compares. */
#include "test.h"
/* mem[amo_buf] = mem0 (64 bits), then inst rd, v, (amo_buf):
 * n: rd = old value (sign-extended for .w), n+1: memory afterwards (64 bits, so
 * the untouched upper word of a .w access is checked too). */
#define TEST_AMO(n, inst, mem0, v, exp_rd, exp_mem) \
	la a1, amo_buf;                             \
	li a2, mem0;                                \
	sd a2, 0(a1);                               \
	li a3, v;                                   \
	inst a0, a3, (a1);                          \
	CHECK_EQ(a0, exp_rd, n);                    \
	ld a4, 0(a1);                               \
	CHECK_EQ(a4, exp_mem, n + 1)
TEST_BEGIN

	/* amoswap.d */
	TEST_AMO(1, amoswap.d, 0x0000000000000005, 0x0000000000000003, 0x0000000000000005, 0x0000000000000003)
	TEST_AMO(3, amoswap.d.aq, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x0000000000000001)
	TEST_AMO(5, amoswap.d.rl, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
	TEST_AMO(7, amoswap.d.aqrl, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0x0000000000000001)
	TEST_AMO(9, amoswap.d, 0x123456789abcdef0, 0x80000000ffffffff, 0x123456789abcdef0, 0x80000000ffffffff)
	TEST_AMO(11, amoswap.d, 0x00000000ffffffff, 0xffffffff00000001, 0x00000000ffffffff, 0xffffffff00000001)
	/* amoadd.d */
	TEST_AMO(13, amoadd.d, 0x0000000000000005, 0x0000000000000003, 0x0000000000000005, 0x0000000000000008)
	TEST_AMO(15, amoadd.d.aq, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x8000000000000000)
	TEST_AMO(17, amoadd.d.rl, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
	TEST_AMO(19, amoadd.d.aqrl, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xffffffffffffffff)
	TEST_AMO(21, amoadd.d, 0x123456789abcdef0, 0x80000000ffffffff, 0x123456789abcdef0, 0x923456799abcdeef)
	TEST_AMO(23, amoadd.d, 0x00000000ffffffff, 0xffffffff00000001, 0x00000000ffffffff, 0x0000000000000000)
	/* amoand.d */
	TEST_AMO(25, amoand.d, 0x0000000000000005, 0x0000000000000003, 0x0000000000000005, 0x0000000000000001)
	TEST_AMO(27, amoand.d.aq, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x0000000000000001)
	TEST_AMO(29, amoand.d.rl, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0x8000000000000000)
	TEST_AMO(31, amoand.d.aqrl, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0x0000000000000000)
	TEST_AMO(33, amoand.d, 0x123456789abcdef0, 0x80000000ffffffff, 0x123456789abcdef0, 0x000000009abcdef0)
	TEST_AMO(35, amoand.d, 0x00000000ffffffff, 0xffffffff00000001, 0x00000000ffffffff, 0x0000000000000001)
	/* amoor.d */
	TEST_AMO(37, amoor.d, 0x0000000000000005, 0x0000000000000003, 0x0000000000000005, 0x0000000000000007)
	TEST_AMO(39, amoor.d.aq, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff)
	TEST_AMO(41, amoor.d.rl, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
	TEST_AMO(43, amoor.d.aqrl, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xffffffffffffffff)
	TEST_AMO(45, amoor.d, 0x123456789abcdef0, 0x80000000ffffffff, 0x123456789abcdef0, 0x92345678ffffffff)
	TEST_AMO(47, amoor.d, 0x00000000ffffffff, 0xffffffff00000001, 0x00000000ffffffff, 0xffffffffffffffff)
	/* amoxor.d */
	TEST_AMO(49, amoxor.d, 0x0000000000000005, 0x0000000000000003, 0x0000000000000005, 0x0000000000000006)
	TEST_AMO(51, amoxor.d.aq, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x7ffffffffffffffe)
	TEST_AMO(53, amoxor.d.rl, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
	TEST_AMO(55, amoxor.d.aqrl, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xffffffffffffffff)
	TEST_AMO(57, amoxor.d, 0x123456789abcdef0, 0x80000000ffffffff, 0x123456789abcdef0, 0x923456786543210f)
	TEST_AMO(59, amoxor.d, 0x00000000ffffffff, 0xffffffff00000001, 0x00000000ffffffff, 0xfffffffffffffffe)
	/* amomin.d */
	TEST_AMO(61, amomin.d, 0x0000000000000005, 0x0000000000000003, 0x0000000000000005, 0x0000000000000003)
	TEST_AMO(63, amomin.d.aq, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x0000000000000001)
	TEST_AMO(65, amomin.d.rl, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0x8000000000000000)
	TEST_AMO(67, amomin.d.aqrl, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xfffffffffffffffe)
	TEST_AMO(69, amomin.d, 0x123456789abcdef0, 0x80000000ffffffff, 0x123456789abcdef0, 0x80000000ffffffff)
	TEST_AMO(71, amomin.d, 0x00000000ffffffff, 0xffffffff00000001, 0x00000000ffffffff, 0xffffffff00000001)
	/* amomax.d */
	TEST_AMO(73, amomax.d, 0x0000000000000005, 0x0000000000000003, 0x0000000000000005, 0x0000000000000005)
	TEST_AMO(75, amomax.d.aq, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff)
	TEST_AMO(77, amomax.d.rl, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
	TEST_AMO(79, amomax.d.aqrl, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0x0000000000000001)
	TEST_AMO(81, amomax.d, 0x123456789abcdef0, 0x80000000ffffffff, 0x123456789abcdef0, 0x123456789abcdef0)
	TEST_AMO(83, amomax.d, 0x00000000ffffffff, 0xffffffff00000001, 0x00000000ffffffff, 0x00000000ffffffff)
	/* amominu.d */
	TEST_AMO(85, amominu.d, 0x0000000000000005, 0x0000000000000003, 0x0000000000000005, 0x0000000000000003)
	TEST_AMO(87, amominu.d.aq, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x0000000000000001)
	TEST_AMO(89, amominu.d.rl, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0x8000000000000000)
	TEST_AMO(91, amominu.d.aqrl, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0x0000000000000001)
	TEST_AMO(93, amominu.d, 0x123456789abcdef0, 0x80000000ffffffff, 0x123456789abcdef0, 0x123456789abcdef0)
	TEST_AMO(95, amominu.d, 0x00000000ffffffff, 0xffffffff00000001, 0x00000000ffffffff, 0x00000000ffffffff)
	/* amomaxu.d */
	TEST_AMO(97, amomaxu.d, 0x0000000000000005, 0x0000000000000003, 0x0000000000000005, 0x0000000000000005)
	TEST_AMO(99, amomaxu.d.aq, 0x7fffffffffffffff, 0x0000000000000001, 0x7fffffffffffffff, 0x7fffffffffffffff)
	TEST_AMO(101, amomaxu.d.rl, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
	TEST_AMO(103, amomaxu.d.aqrl, 0xfffffffffffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xfffffffffffffffe)
	TEST_AMO(105, amomaxu.d, 0x123456789abcdef0, 0x80000000ffffffff, 0x123456789abcdef0, 0x80000000ffffffff)
	TEST_AMO(107, amomaxu.d, 0x00000000ffffffff, 0xffffffff00000001, 0x00000000ffffffff, 0xffffffff00000001)
	/* rd == rs2 */
	la a1, amo_buf
	li a2, 0x100000000
	sd a2, 0(a1)
	li a3, -1
	amoswap.d a3, a3, (a1)
	CHECK_EQ(a3, 0x100000000, 109)
	ld a4, 0(a1)
	CHECK_EQ(a4, -1, 110)
	/* the neighbouring dword is untouched */
	la a1, amo_buf
	li a2, 0x77
	sd a2, 8(a1)
	li a3, 5
	amoadd.d x0, a3, (a1)
	ld a4, 8(a1)
	CHECK_EQ(a4, 0x77, 111)
	TEST_PASS
TEST_END
	.data
	.align 3
amo_buf:	.dword 0
amo_buf2:	.dword 0
