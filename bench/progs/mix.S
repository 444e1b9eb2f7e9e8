/* Instruction mix: loads/stores through an array, multiply/divide, calls and
 * returns, compressed instructions, data-dependent branches. */
#include "test.h"
TEST_BEGIN
	la sp, stack_top
	li s0, 8000000           /* iterations */
	li s1, 88172645463325252 /* xorshift state */
	la s3, table
	li s2, 0
loop:
	/* xorshift64 */
	slli t0, s1, 13
	xor s1, s1, t0
	srli t0, s1, 7
	xor s1, s1, t0
	slli t0, s1, 17
	xor s1, s1, t0
	/* table update */
	andi t1, s1, 1023
	slli t1, t1, 3
	add t1, t1, s3
	ld t2, 0(t1)
	add t2, t2, s1
	sd t2, 0(t1)
	lw t3, 4(t1)
	sh t3, 2(t1)
	lbu t4, 1(t1)
	add s2, s2, t4
	/* arithmetic */
	mul t5, s1, s2
	srli t6, s1, 40
	ori t6, t6, 1
	remu t5, t5, t6
	add s2, s2, t5
	/* call */
	mv a0, s2
	call helper
	mv s2, a0
	/* data-dependent branch */
	andi t0, s1, 1
	beqz t0, 1f
	addi s2, s2, 3
1:	addi s0, s0, -1
	bnez s0, loop
	TEST_PASS
helper:
	addi sp, sp, -16
	sd ra, 8(sp)
	srli a1, a0, 3
	xor a0, a0, a1
	ld ra, 8(sp)
	addi sp, sp, 16
	ret
TEST_END
	.section .data
	.align 3
table:	.zero 8192
	.zero 4096
stack_top:
