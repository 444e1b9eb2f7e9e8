/* Illegal instructions raise cause 2 with mtval = the instruction bits (32-bit and 16-bit, incl. all-zero -> 0 and all-ones),
 * mepc = the instruction, no register written; reserved encodings of RV64I/M/A opcodes; also from U-mode. */
#include "test.h"
/* codes: n cause, n+1 mtval, n+2 mepc, n+3 rd (a0) untouched */
#define ILL32(n, enc)              \
	li a0, 0x5a5a;             \
	EXPECT_TRAP(1f);           \
	2: .word enc;              \
	1: CHECK_TRAP(2, n);       \
	CHECK_EQ(s10, enc, n + 1); \
	CHECK_EQ_ADDR(s9, 2b, n + 2); \
	CHECK_EQ(a0, 0x5a5a, n + 3)
#define ILL16(n, enc)              \
	li a0, 0x5a5a;             \
	EXPECT_TRAP(1f);           \
	2: .half enc;              \
	1: CHECK_TRAP(2, n);       \
	CHECK_EQ(s10, enc, n + 1); \
	CHECK_EQ_ADDR(s9, 2b, n + 2); \
	CHECK_EQ(a0, 0x5a5a, n + 3)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	.option push
	.option norvc
	ILL32(1, 0xffffffff)         /* all ones */
	ILL32(5, 0x0000000b)         /* custom-0 opcode, rd = x0 */
	ILL32(9, 0x0000050b)         /* custom-0, rd = a0 */
	ILL32(13, 0x0000007f)        /* >= 80-bit instruction prefix */
	ILL32(17, 0xfe000533)        /* OP with funct7 = 0x7f */
	ILL32(21, 0xfe00151b)        /* slliw with funct7 = 0x7f */
	ILL32(25, 0x0200151b)        /* slliw with shamt[5] = 1 */
	ILL32(29, 0x80055513)        /* OP-IMM funct3 = 5, imm[11:6] = 0x20 */
	ILL32(33, 0x42051513)        /* OP-IMM funct3 = 1, imm[11:6] = 0x10 */
	ILL32(37, 0x00007503)        /* LOAD funct3 = 7 */
	ILL32(41, 0x00006023)        /* STORE funct3 = 6 */
	ILL32(45, 0xf800252f)        /* AMO funct5 = 0x1f */
	ILL32(49, 0x0000452f)        /* AMO funct3 = 4 (RV128 .q) */
	ILL32(53, 0x0200153b)        /* OP-32 funct7 = 1, funct3 = 1 */
	ILL32(57, 0x0000251b)        /* OP-IMM-32 funct3 = 2 */
	ILL32(61, 0x00001567)        /* JALR funct3 = 1 */
	ILL32(65, 0x00002063)        /* BRANCH funct3 = 2 */
	ILL32(69, 0x00004073)        /* SYSTEM funct3 = 4 */
	ILL32(73, 0x00000573)        /* ECALL with rd != 0 */
	ILL32(77, 0x00100573)        /* EBREAK with rd != 0 */
	ILL32(81, 0x7b200073)        /* DRET outside debug mode */
	.option pop
	/* 16-bit: all-zero halfword -> mtval 0; a reserved C encoding */
	ILL16(85, 0x0000)
	ILL16(89, 0x8002)     /* c.jr x0 */
	/* a 32-bit illegal instruction at a 2-mod-4 address */
	li a0, 0x5a5a
	EXPECT_TRAP(1f)
	.option push
	.option rvc
	.balign 4
	c.nop
	.option pop
2:	.word 0xfe000533
1:	CHECK_TRAP(2, 93)
	CHECK_EQ(s10, 0xfe000533, 94)
	CHECK_EQ_ADDR(s9, 2b, 95)
	andi t0, s9, 3
	CHECK_EQ(t0, 2, 96)
	/* from U-mode too */
	ENTER_U(in_u)
in_u:
	ILL32(97, 0xffffffff)
	ILL32(101, 0x0000050b)
	ILL16(105, 0x0000)
	GOTO_M
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
