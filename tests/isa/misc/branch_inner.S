/* A conditional branch to a later instruction of its own block goes on
 * inside the block (build_block's insn_branch_inner): taken, the skipped
 * instructions must neither run nor count in instret. Checked in a block
 * that runs ROUNDS times (hot: the JIT translates it from its third
 * entry), its branches taken on odd rounds and not on even ones:
 *   1. instret across a skip, read on both sides of the join;
 *   2. a trap on the join (mepc, and instret after it, the same as the
 *      cold rounds' per parity: the interpreter's count is the reference);
 *   3. a branch to the block's end (over the FENCE.I that ends it);
 *   4. a loop onto itself whose body skips a store (the JIT's page state
 *      ends at the join; its loads and stores share a base register);
 *   5. a loop left early by a branch to past its back edge (the JIT adds
 *      that branch's count out of line: SLOW_JOIN).
 * Under both engines the instret deltas must be the ones written below.
 * No FAIL or CHECK macro inside the blocks under test: their `j
 * write_tohost` is a forward JAL the block would follow, ending it there. */
#include "test.h"
#define ROUNDS 20
#define WORDS 8
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	li s4, 0
	li s5, ROUNDS
	j round
	.align 12                     /* everything below on one page */
round:
	fence.i                       /* ends its block: each round enters the next from the run loop */
	andi s0, s4, 1                /* 1 on odd rounds: the branches are taken */
	li a0, 0
	/* 1. a skip of three instructions */
	csrr s2, instret
	bnez s0, 1f
	addi a0, a0, 1
	addi a0, a0, 2
	addi a0, a0, 4
1:	csrr s3, instret
	sub s3, s3, s2                /* csrr, bnez, and the three ADDIs when not taken */
	bnez s0, 2f
	CHECK_EQ(a0, 7, 1)
	CHECK_EQ(s3, 5, 2)
	j 3f
2:	CHECK_EQ(a0, 0, 3)
	CHECK_EQ(s3, 2, 4)
	/* 2. a trap on the join: the illegal word ends the block */
3:	la s11, 5f
	csrr s2, instret
	bnez s0, 4f
	addi a0, a0, 1
	addi a0, a0, 1
4:	.word 0                       /* illegal */
	FAIL(5)
5:	csrr s3, instret
	sub s3, s3, s2
	la t0, 4b
	CHECK_EQ_REG(s9, t0, 6)       /* mepc: the illegal word's own pc */
	CHECK_EQ(s8, 2, 7)
	li t0, 2
	bgeu s4, t0, 6f
	bnez s4, 21f                  /* rounds 0 and 1 (cold, interpreted) set the count per parity */
	mv a6, s3
	j 8f
21:	mv a7, s3
	sub t0, a6, a7                /* not taken minus taken: the two skipped ADDIs */
	CHECK_EQ(t0, 2, 8)
	j 8f
6:	bnez s0, 7f
	CHECK_EQ_REG(s3, a6, 9)
	j 8f
7:	CHECK_EQ_REG(s3, a7, 10)
	/* 3. to the block's end, over the FENCE.I that ends it */
8:	li a1, 0
	csrr s2, instret
	beqz s0, 20f
	addi a1, a1, 1
	fence.i
20:	csrr s3, instret
	sub s3, s3, s2
	beqz s0, 10f
	CHECK_EQ(a1, 1, 11)
	CHECK_EQ(s3, 4, 12)          /* csrr, beqz, addi, fence.i */
	j 11f
10:	CHECK_EQ(a1, 0, 13)
	CHECK_EQ(s3, 2, 14)
	/* 4. a loop whose body skips a store on odd words */
11:	la a2, words
	li a3, WORDS
	li a4, 0
	csrr s2, instret
12:	ld t1, 0(a2)
	andi t2, t1, 1
	bnez t2, 13f
	sd t1, 8(a2)                  /* even words: copied to the next slot */
	addi a4, a4, 1
13:	addi a2, a2, 16
	addi a3, a3, -1
	bnez a3, 12b
	csrr s3, instret
	sub s3, s3, s2                /* 6 per odd word, 8 per even one, and the csrr */
	CHECK_EQ(a4, 4, 15)
	CHECK_EQ(s3, 57, 16)
	la a2, words
	li a3, WORDS
14:	ld t1, 0(a2)
	ld t2, 8(a2)
	andi t3, t1, 1
	bnez t3, 15f
	CHECK_EQ_REG(t1, t2, 17)      /* even: copied */
	j 16f
15:	CHECK_EQ(t2, 0, 18)           /* odd: left alone */
16:	sd zero, 8(a2)
	addi a2, a2, 16
	addi a3, a3, -1
	bnez a3, 14b
	/* 5. a loop left by a branch to past its back edge (early on odd
	 * rounds): the count of its last, partial iteration */
	li a5, 100
	beqz s0, 29f
	li a5, 4
29:	li a2, 10
	li a4, 0
	csrr s2, instret
30:	addi a4, a4, 1
	beq a4, a5, 31f               /* out of the loop: the block's code after its back edge */
	addi a2, a2, -1
	bnez a2, 30b
31:	csrr s3, instret
	sub s3, s3, s2
	bnez s0, 32f
	CHECK_EQ(a4, 10, 19)
	CHECK_EQ(s3, 41, 20)          /* csrr, 10 iterations of 4 */
	j 33f
32:	CHECK_EQ(a4, 4, 21)
	CHECK_EQ(s3, 15, 22)          /* csrr, 3 iterations of 4, ADDI and the taken BEQ */
33:	addi s4, s4, 1
	beq s4, s5, done
	j round                       /* backward, before this block's start: ends the block */
done:
	TEST_PASS
	TRAP_RECORD_HANDLER
	.data
	.align 4
words:                                /* {value, copy} pairs: 4 even and 4 odd values */
	.dword 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 9, 0
TEST_END
