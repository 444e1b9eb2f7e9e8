/* RV64I AND/OR/XOR and ANDI/ORI/XORI (immediates are sign-extended to 64 bits) */
#include "test.h"
TEST_BEGIN
	/* and */
	TEST_RR(1, and, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
	TEST_RR(2, and, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000)
	TEST_RR(3, and, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
	TEST_RR(4, and, 0x000f000f000f000f, 0x00ff00ff00ff00ff, 0xf00ff00ff00ff00f)
	TEST_RR(5, and, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)
	TEST_RR(6, and, 0x1234567800000000, 0x123456789abcdef0, 0xffffffff00000000)
	/* or */
	TEST_RR(7, or, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
	TEST_RR(8, or, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
	TEST_RR(9, or, 0xfff0fff0fff0fff0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
	TEST_RR(10, or, 0xf0fff0fff0fff0ff, 0x00ff00ff00ff00ff, 0xf00ff00ff00ff00f)
	TEST_RR(11, or, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff)
	TEST_RR(12, or, 0xffffffff9abcdef0, 0x123456789abcdef0, 0xffffffff00000000)
	/* xor */
	TEST_RR(13, xor, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000)
	TEST_RR(14, xor, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000)
	TEST_RR(15, xor, 0xf0f0f0f0f0f0f0f0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
	TEST_RR(16, xor, 0xf0f0f0f0f0f0f0f0, 0x00ff00ff00ff00ff, 0xf00ff00ff00ff00f)
	TEST_RR(17, xor, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff)
	TEST_RR(18, xor, 0xedcba9879abcdef0, 0x123456789abcdef0, 0xffffffff00000000)
	/* andi */
	TEST_RI(19, andi, 0x0000000000000000, 0xff00ff00ff00ff00, 240)
	TEST_RI(20, andi, 0xff00ff00ff00ff00, 0xff00ff00ff00ff00, -241)
	TEST_RI(21, andi, 0x000000000000000f, 0x00ff00ff00ff00ff, 1807)
	TEST_RI(22, andi, 0xffffffffffffffff, 0xffffffffffffffff, -1)
	TEST_RI(23, andi, 0x123456789abcd800, 0x123456789abcdef0, -2048)
	TEST_RI(24, andi, 0x00000000000006f0, 0x123456789abcdef0, 2047)
	TEST_RI(25, andi, 0x0000000000000000, 0x0000000000000000, -1)
	/* ori */
	TEST_RI(26, ori, 0xff00ff00ff00fff0, 0xff00ff00ff00ff00, 240)
	TEST_RI(27, ori, 0xffffffffffffff0f, 0xff00ff00ff00ff00, -241)
	TEST_RI(28, ori, 0x00ff00ff00ff07ff, 0x00ff00ff00ff00ff, 1807)
	TEST_RI(29, ori, 0xffffffffffffffff, 0xffffffffffffffff, -1)
	TEST_RI(30, ori, 0xfffffffffffffef0, 0x123456789abcdef0, -2048)
	TEST_RI(31, ori, 0x123456789abcdfff, 0x123456789abcdef0, 2047)
	TEST_RI(32, ori, 0xffffffffffffffff, 0x0000000000000000, -1)
	/* xori */
	TEST_RI(33, xori, 0xff00ff00ff00fff0, 0xff00ff00ff00ff00, 240)
	TEST_RI(34, xori, 0x00ff00ff00ff000f, 0xff00ff00ff00ff00, -241)
	TEST_RI(35, xori, 0x00ff00ff00ff07f0, 0x00ff00ff00ff00ff, 1807)
	TEST_RI(36, xori, 0x0000000000000000, 0xffffffffffffffff, -1)
	TEST_RI(37, xori, 0xedcba987654326f0, 0x123456789abcdef0, -2048)
	TEST_RI(38, xori, 0x123456789abcd90f, 0x123456789abcdef0, 2047)
	TEST_RI(39, xori, 0xffffffffffffffff, 0x0000000000000000, -1)
	/* xori rd, rs, -1 == not */
	TEST_RI(40, xori, 0xaaaa5555aaaa5555, 0x5555aaaa5555aaaa, -1)
	/* aliasing */
	TEST_RR_DEST1(41, and, 0x0000000000000f00, 0x000000000000ff00, 0x0000000000000ff0)
	TEST_RR_DEST2(42, or, 0x000000000000fff0, 0x000000000000ff00, 0x0000000000000ff0)
	TEST_RR_SAME(43, xor, 0x0000000000000000, 0x0000000000001234)
	TEST_RR_SAME(44, and, 0x0000000000001234, 0x0000000000001234)
	TEST_RR_SAME(45, or, 0x8000000000000000, 0x8000000000000000)
	TEST_PASS
TEST_END
