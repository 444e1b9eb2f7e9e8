/* A chained call into a function after the function's page was rewritten. The function
 * (on a page of its own, between two pages that are never written) is made hot, then called
 * from a hot block whose JAL exit gets chained (patched) to it; then the program rewrites it
 * (SW + FENCE.I) and calls it again through that same chained exit. The translation's check
 * code sees the change and hands the exit to the chaining code, which must check the
 * candidate's page generation (through block.genp) too: a check of another page's counter
 * would patch the exit again and enter the old translation, which returns the old value. */
#include "test.h"
#define ADDI_A0(imm) (0x00000513 | (((imm) & 0xfff) << 20)) /* addi a0, zero, imm */
#define ITERS 200
#define PATCH_AT 100
TEST_BEGIN
	la s2, func
	/* make func hot: func_pre's FENCE.I ends its block, so the run loop looks func up
	 * (and heats it) on every call */
	li s4, 0
1:	jal ra, func_pre
	CHECK_EQ(a0, 1, 1)
	addi s4, s4, 1
	li t0, 50
	blt s4, t0, 1b
	/* call it from a hot block (looked up by the run loop after each FENCE.I), whose exit
	 * is chained to func; rewrite func once, midway */
	li s3, 1                      /* the expected result */
	li s4, 0
	li s5, ITERS
	li s6, PATCH_AT
2:	fence.i
	jal ra, func
	beq a0, s3, 3f
	FAIL(2)
3:	addi s4, s4, 1
	bne s4, s6, 4f
	li t0, ADDI_A0(2)
	sw t0, 0(s2)
	fence.i
	li s3, 2
4:	bne s4, s5, 2b
	TEST_PASS
	.align 12
	.option push
	.option norvc
func_pre:
	fence.i
func:
	addi a0, zero, 1
	ret
	.option pop
	.align 12
TEST_END
