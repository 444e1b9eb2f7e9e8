/* A self-loop whose own handler call rewrites the loop's code: a loop on a page of its own
 * runs, unchanged, until it is hot (translated); then one iteration's AMOMAXU.W (a handler
 * call inside the block, not an exit) writes a new instruction into the loop itself. No
 * FENCE.I: rvisor (both engines, like QEMU) sees a store to code from the next block on, and
 * a loop onto its own block is a next block. The translated loop skips the check code when it
 * jumps back to itself, so this catches a JIT that forgets to notice, after a handler call,
 * that its own page changed: it would run the old addi until its instruction budget ran out. */
#include "test.h"
#define ADDI_S1_S1(imm) (0x00048493 | (((imm) & 0xfff) << 20)) /* addi s1, s1, imm */
#define ITERS 40000 /* 9 instructions each: several times the hot threshold of budget exits */
#define PATCH_AT 30000
TEST_BEGIN
	li s1, 0                      /* the sum */
	li s2, 0                      /* the iteration */
	li s3, ITERS
	li s4, PATCH_AT
	la s5, scratch                /* the AMO's target on the other iterations */
	la s6, patch_site
	sub s6, s6, s5                /* patch_site - scratch, added on iteration PATCH_AT */
	li s7, ADDI_S1_S1(100)        /* unsigned above the addi it replaces */
	j loop
	.align 12
loop:
	.option push
	.option norvc
	/* t0 = iteration == PATCH_AT ? patch_site : scratch, without a branch (one block) */
	xor t0, s2, s4
	seqz t0, t0
	neg t0, t0
	and t0, t0, s6
	add t0, t0, s5
	amomaxu.w zero, s7, (t0)
patch_site:
	addi s1, s1, 1
	addi s2, s2, 1
	bne s2, s3, loop
	.option pop
	/* iterations 0..PATCH_AT ran the old addi (the rewriting one had decoded it already),
	 * the later ones the new one */
	li t0, (PATCH_AT + 1) + (ITERS - PATCH_AT - 1) * 100
	beq s1, t0, 1f
	FAIL(1)
1:	TEST_PASS
	.align 12
TEST_END
	.data
	.align 3
scratch:
	.dword 0
