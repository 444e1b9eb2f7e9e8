/* A guest that fills the code caches: 65536 distinct functions written, called, rewritten and called again (self-modifying
 * code in a loop, 3 passes); every sum is checked. Both engines must stay bounded (flush and refill) and correct. */
#include "test.h"
#define N 65536
#define ADDI_A0_A0 0x00050513 /* addi a0, a0, 0 */
#define RET 0x00008067
TEST_BEGIN
	li s4, 0 /* pass */
pass_loop:
	/* write N functions: addi a0, a0, (k + pass) & 0x7ff; ret */
	la s2, code_buf
	li s3, 0
	li s6, N
1:	add t1, s3, s4
	andi t1, t1, 0x7ff
	slli t1, t1, 20
	li t0, ADDI_A0_A0
	or t0, t0, t1
	sw t0, 0(s2)
	li t0, RET
	sw t0, 4(s2)
	addi s2, s2, 8
	addi s3, s3, 1
	blt s3, s6, 1b
	fence.i
	/* call each one; s5 is the expected sum */
	la s2, code_buf
	li s3, 0
	li a0, 0
	li s5, 0
2:	jalr ra, 0(s2)
	add t1, s3, s4
	andi t1, t1, 0x7ff
	add s5, s5, t1
	addi s2, s2, 8
	addi s3, s3, 1
	blt s3, s6, 2b
	beq a0, s5, 3f
	FAIL(1)
3:	addi s4, s4, 1
	li t0, 3
	blt s4, t0, pass_loop
	TEST_PASS
TEST_END

	.bss
	.align 12
code_buf:
	.skip N * 8
