/* A extension AMO*.W (swap/add/and/or/xor/min/max/minu/maxu, plain/aq/rl/aqrl): old value sign-extended into rd, 32-bit result, neighbouring word untouched. */
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

	/* amoswap.w */
	TEST_AMO(1, amoswap.w, 0xa5a5a5a500000005, 0x0000000000000003, 0x0000000000000005, 0xa5a5a5a500000003)
	TEST_AMO(3, amoswap.w.aq, 0xa5a5a5a57fffffff, 0x0000000000000001, 0x000000007fffffff, 0xa5a5a5a500000001)
	TEST_AMO(5, amoswap.w.rl, 0xa5a5a5a580000000, 0x00000000ffffffff, 0xffffffff80000000, 0xa5a5a5a5ffffffff)
	TEST_AMO(7, amoswap.w.aqrl, 0xa5a5a5a5fffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xa5a5a5a500000001)
	TEST_AMO(9, amoswap.w, 0xa5a5a5a512345678, 0x87654321f0f0f0f0, 0x0000000012345678, 0xa5a5a5a5f0f0f0f0)
	/* amoadd.w */
	TEST_AMO(11, amoadd.w, 0xa5a5a5a500000005, 0x0000000000000003, 0x0000000000000005, 0xa5a5a5a500000008)
	TEST_AMO(13, amoadd.w.aq, 0xa5a5a5a57fffffff, 0x0000000000000001, 0x000000007fffffff, 0xa5a5a5a580000000)
	TEST_AMO(15, amoadd.w.rl, 0xa5a5a5a580000000, 0x00000000ffffffff, 0xffffffff80000000, 0xa5a5a5a57fffffff)
	TEST_AMO(17, amoadd.w.aqrl, 0xa5a5a5a5fffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xa5a5a5a5ffffffff)
	TEST_AMO(19, amoadd.w, 0xa5a5a5a512345678, 0x87654321f0f0f0f0, 0x0000000012345678, 0xa5a5a5a503254768)
	/* amoand.w */
	TEST_AMO(21, amoand.w, 0xa5a5a5a500000005, 0x0000000000000003, 0x0000000000000005, 0xa5a5a5a500000001)
	TEST_AMO(23, amoand.w.aq, 0xa5a5a5a57fffffff, 0x0000000000000001, 0x000000007fffffff, 0xa5a5a5a500000001)
	TEST_AMO(25, amoand.w.rl, 0xa5a5a5a580000000, 0x00000000ffffffff, 0xffffffff80000000, 0xa5a5a5a580000000)
	TEST_AMO(27, amoand.w.aqrl, 0xa5a5a5a5fffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xa5a5a5a500000000)
	TEST_AMO(29, amoand.w, 0xa5a5a5a512345678, 0x87654321f0f0f0f0, 0x0000000012345678, 0xa5a5a5a510305070)
	/* amoor.w */
	TEST_AMO(31, amoor.w, 0xa5a5a5a500000005, 0x0000000000000003, 0x0000000000000005, 0xa5a5a5a500000007)
	TEST_AMO(33, amoor.w.aq, 0xa5a5a5a57fffffff, 0x0000000000000001, 0x000000007fffffff, 0xa5a5a5a57fffffff)
	TEST_AMO(35, amoor.w.rl, 0xa5a5a5a580000000, 0x00000000ffffffff, 0xffffffff80000000, 0xa5a5a5a5ffffffff)
	TEST_AMO(37, amoor.w.aqrl, 0xa5a5a5a5fffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xa5a5a5a5ffffffff)
	TEST_AMO(39, amoor.w, 0xa5a5a5a512345678, 0x87654321f0f0f0f0, 0x0000000012345678, 0xa5a5a5a5f2f4f6f8)
	/* amoxor.w */
	TEST_AMO(41, amoxor.w, 0xa5a5a5a500000005, 0x0000000000000003, 0x0000000000000005, 0xa5a5a5a500000006)
	TEST_AMO(43, amoxor.w.aq, 0xa5a5a5a57fffffff, 0x0000000000000001, 0x000000007fffffff, 0xa5a5a5a57ffffffe)
	TEST_AMO(45, amoxor.w.rl, 0xa5a5a5a580000000, 0x00000000ffffffff, 0xffffffff80000000, 0xa5a5a5a57fffffff)
	TEST_AMO(47, amoxor.w.aqrl, 0xa5a5a5a5fffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xa5a5a5a5ffffffff)
	TEST_AMO(49, amoxor.w, 0xa5a5a5a512345678, 0x87654321f0f0f0f0, 0x0000000012345678, 0xa5a5a5a5e2c4a688)
	/* amomin.w */
	TEST_AMO(51, amomin.w, 0xa5a5a5a500000005, 0x0000000000000003, 0x0000000000000005, 0xa5a5a5a500000003)
	TEST_AMO(53, amomin.w.aq, 0xa5a5a5a57fffffff, 0x0000000000000001, 0x000000007fffffff, 0xa5a5a5a500000001)
	TEST_AMO(55, amomin.w.rl, 0xa5a5a5a580000000, 0x00000000ffffffff, 0xffffffff80000000, 0xa5a5a5a580000000)
	TEST_AMO(57, amomin.w.aqrl, 0xa5a5a5a5fffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xa5a5a5a5fffffffe)
	TEST_AMO(59, amomin.w, 0xa5a5a5a512345678, 0x87654321f0f0f0f0, 0x0000000012345678, 0xa5a5a5a5f0f0f0f0)
	/* amomax.w */
	TEST_AMO(61, amomax.w, 0xa5a5a5a500000005, 0x0000000000000003, 0x0000000000000005, 0xa5a5a5a500000005)
	TEST_AMO(63, amomax.w.aq, 0xa5a5a5a57fffffff, 0x0000000000000001, 0x000000007fffffff, 0xa5a5a5a57fffffff)
	TEST_AMO(65, amomax.w.rl, 0xa5a5a5a580000000, 0x00000000ffffffff, 0xffffffff80000000, 0xa5a5a5a5ffffffff)
	TEST_AMO(67, amomax.w.aqrl, 0xa5a5a5a5fffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xa5a5a5a500000001)
	TEST_AMO(69, amomax.w, 0xa5a5a5a512345678, 0x87654321f0f0f0f0, 0x0000000012345678, 0xa5a5a5a512345678)
	/* amominu.w */
	TEST_AMO(71, amominu.w, 0xa5a5a5a500000005, 0x0000000000000003, 0x0000000000000005, 0xa5a5a5a500000003)
	TEST_AMO(73, amominu.w.aq, 0xa5a5a5a57fffffff, 0x0000000000000001, 0x000000007fffffff, 0xa5a5a5a500000001)
	TEST_AMO(75, amominu.w.rl, 0xa5a5a5a580000000, 0x00000000ffffffff, 0xffffffff80000000, 0xa5a5a5a580000000)
	TEST_AMO(77, amominu.w.aqrl, 0xa5a5a5a5fffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xa5a5a5a500000001)
	TEST_AMO(79, amominu.w, 0xa5a5a5a512345678, 0x87654321f0f0f0f0, 0x0000000012345678, 0xa5a5a5a512345678)
	/* amomaxu.w */
	TEST_AMO(81, amomaxu.w, 0xa5a5a5a500000005, 0x0000000000000003, 0x0000000000000005, 0xa5a5a5a500000005)
	TEST_AMO(83, amomaxu.w.aq, 0xa5a5a5a57fffffff, 0x0000000000000001, 0x000000007fffffff, 0xa5a5a5a57fffffff)
	TEST_AMO(85, amomaxu.w.rl, 0xa5a5a5a580000000, 0x00000000ffffffff, 0xffffffff80000000, 0xa5a5a5a5ffffffff)
	TEST_AMO(87, amomaxu.w.aqrl, 0xa5a5a5a5fffffffe, 0x0000000000000001, 0xfffffffffffffffe, 0xa5a5a5a5fffffffe)
	TEST_AMO(89, amomaxu.w, 0xa5a5a5a512345678, 0x87654321f0f0f0f0, 0x0000000012345678, 0xa5a5a5a5f0f0f0f0)
	/* .w on the upper word of a dword (address +4) */
	la a1, amo_buf
	li a2, 0x8000000112345678
	sd a2, 0(a1)
	li a3, 0x7fffffff
	addi a5, a1, 4
	amoadd.w a0, a3, (a5)
	CHECK_EQ(a0, 0xffffffff80000001, 91)
	ld a4, 0(a1)
	CHECK_EQ(a4, 0x0000000012345678, 92)
	la a1, amo_buf
	li a2, 0x8000000112345678
	sd a2, 0(a1)
	li a3, 0x7fffffff
	addi a5, a1, 4
	amoswap.w a0, a3, (a5)
	CHECK_EQ(a0, 0xffffffff80000001, 93)
	ld a4, 0(a1)
	CHECK_EQ(a4, 0x7fffffff12345678, 94)
	la a1, amo_buf
	li a2, 0x8000000112345678
	sd a2, 0(a1)
	li a3, 0x7fffffff
	addi a5, a1, 4
	amomaxu.w a0, a3, (a5)
	CHECK_EQ(a0, 0xffffffff80000001, 95)
	ld a4, 0(a1)
	CHECK_EQ(a4, 0x8000000112345678, 96)
	/* rd == rs2: rd gets the old value, memory the op on the old rs2 */
	la a1, amo_buf
	li a2, 10
	sd a2, 0(a1)
	li a3, 32
	amoadd.w a3, a3, (a1)
	CHECK_EQ(a3, 10, 97)
	ld a4, 0(a1)
	CHECK_EQ(a4, 42, 98)
	/* rd == x0: memory still updated */
	li a3, 1
	amoor.w x0, a3, (a1)
	ld a4, 0(a1)
	CHECK_EQ(a4, 43, 99)
	TEST_PASS
TEST_END
	.data
	.align 3
amo_buf:	.dword 0
amo_buf2:	.dword 0
