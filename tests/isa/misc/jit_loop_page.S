/* A hot loop whose first access is a store, entered right after a block that loaded from
 * the page that store writes: a code page (a function's), which has a load TLB entry but no
 * store TLB entry, since a store there must bump the page's generation. Under the JIT a loop
 * passes its page state (rcx = the last access's page, rax = its addend) from one iteration
 * to the next, so the loop's first access compares its page with rcx instead of looking
 * the TLB up. On entry that state must read "no page": the block before it left rcx = the
 * function's page, and rax is not that page's store addend. A JIT that enters with the
 * stale state stores straight into the code page (or through a wrong host address), the
 * function's old translation runs on, and it returns the old value.
 * Second part: a loop whose state comes from its store (so the next iteration's store may
 * use it) and whose load, off the same base, moves on to the function's page: that load
 * finds the page in the load TLB, so it must leave the state as "no page", or the next
 * iteration's store, to that page, goes straight in. The loops use only registers the JIT
 * keeps in host registers across blocks: a loop that writes a block-local register leaves
 * through its exit rather than its loop head, and starts from "no page" every iteration.
 * Third part: a branch inside the loop's block skips a store to func's page (always taken),
 * and the store after the join, off the same base, rewrites func: the state after the join
 * must read "no page", since the path that came there left the load's page, not the
 * skipped store's. */
#include "test.h"
#define ROUNDS 300 /* far beyond the hot threshold */
TEST_BEGIN
	la s0, func
	li s1, 0                      /* the round */
	li s3, ROUNDS
round:
	addi s1, s1, 1
	andi a3, s1, 0x3ff            /* this round's value */
	slli a1, a3, 20
	li a2, 0x00000513             /* addi a0, zero, 0 */
	or a1, a1, a2                 /* addi a0, zero, a3 */
	lw a2, 0(s0)                  /* a load from func's page, off the store's base */
	li a5, 3
	j store                       /* the block ends; its exit gets chained to the loop */
store:
	sw a1, 0(s0)                  /* rewrite func's instruction: same base, same page */
	addi a5, a5, -1
	bnez a5, store                /* the loop's back edge onto its own block */
	fence.i
	jal ra, func
	beq a0, a3, 1f
	FAIL(1)
1:	ori a3, a3, 0x400             /* the second part's value */
	slli a1, a3, 20
	li a2, 0x00000513
	or a1, a1, a2
	addi a4, s0, -8               /* two words before func: the end of dpage */
	li a5, 3
	j walk
walk:
	sw a1, 0(a4)                  /* dpage, dpage, then func's instruction */
	lw a2, 4(a4)                  /* dpage, then func's page (a load TLB entry) */
	addi a4, a4, 4
	addi a5, a5, -1
	bnez a5, walk
	fence.i
	jal ra, func
	beq a0, a3, 2f
	FAIL(2)
2:	xori a3, a3, 0x200            /* the third part's value (bit 10 set: never 0) */
	slli a1, a3, 20
	li a2, 0x00000513
	or a1, a1, a2
	li a5, 2
	lw a2, 0(s0)                  /* refills the load TLB entry the stores above dropped */
	la t0, skip
	jr t0                         /* ends the block (a J here would be followed into the loop) */
skip:
	lw a2, 0(s0)                  /* func's page: a load TLB entry */
	bnez a3, 3f                   /* always taken: the store below never runs */
	sw a2, 0(s0)
3:	sw a1, 0(s0)                  /* after the join: must look the store TLB up */
	addi a5, a5, -1
	bnez a5, skip
	fence.i
	jal ra, func
	beq a0, a3, 4f
	FAIL(3)
4:	bne s1, s3, round
	TEST_PASS
	.align 12
dpage:	.space 4096                   /* written, never run: a store TLB entry */
	.option push
	.option norvc
func:
	addi a0, zero, 0
	ret
	.option pop
	.align 12
TEST_END
