/* Blocks go on through forward JALs on their page (build_block): the JAL
 * only writes its link and the block continues at the target. Checked here
 * in a block that runs 20 times (hot: the JIT translates it from its third
 * entry): a forward call's link, C.J and a JAL to the next instruction, an
 * AUIPC and a trapping instruction after followed jumps (their pc comes
 * from the block's offsets), and a backward JAL to before the block's start,
 * which ends the block (a negative offset once wrapped into a huge one that
 * passed the "forward" test: the block went on at a garbage offset). */
#include "test.h"
#define ROUNDS 20
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	li s4, 0
	li s5, ROUNDS
	j round
	.align 12                     /* everything below on one page */
round:
	fence.i                       /* ends its block: each round enters the next from the run loop */
	li a0, 0
	jal ra, callee                /* forward, with a link: followed */
after_call:
	la t0, after_call
	beq ra, t0, 1f
	FAIL(1)
1:	li t1, 7
	beq a0, t1, 2f
	FAIL(2)
2:	.option push
	.option rvc
	c.j 3f                        /* C.J forward */
	.option pop
	FAIL(3)
3:	jal zero, 4f                  /* to the next instruction */
4:	auipc a1, 0                   /* its pc: the block's start + its offset */
	la t2, 4b
	beq a1, t2, 5f
	FAIL(4)
5:	EXPECT_TRAP(6f)
	j bad                         /* forward: followed into the illegal word */
6:	CHECK_TRAP(2, 5)
	la t3, bad
	beq s9, t3, 7f                /* mepc: the illegal instruction's own pc */
	FAIL(6)
7:	addi s4, s4, 1
	beq s4, s5, done
	j round                       /* backward, before this block's start: ends the block */
callee:
	li a0, 7
	ret
bad:
	.word 0                       /* illegal */
	FAIL(8)
done:
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
