/* run-args: --cpus 2 */
/* Code written by another hart through a store-TLB entry that hart filled before the page
 * became code. Each round: hart 1 stores into the code page (its store TLB now maps the
 * page, which is no longer code); hart 0 then runs the page's function (decoding it marks
 * the page as code again); hart 1, having only loaded since, rewrites the function through
 * that same entry (SW, or AMOSWAP.W every other round: the JIT's inline AMO uses the store
 * TLB too) and publishes the round (FENCE W,W, then a flag); hart 0 sees the flag, executes
 * FENCE.I and calls the function, which must return the new value. If the other hart's entry
 * outlived the mark, the rewrite did not go through the store slow path, the page's
 * generation did not move, and hart 0 runs its stale decoded block: FAIL(1).
 * Needs two harts (run-args above: tests/run-tests.sh passes them to rvisor run). */
#include "test.h"
#define ADDI_A0(imm) (0x00000513 | (((imm) & 0xfff) << 20)) /* addi a0, zero, imm */
#define RET 0x00008067
#define ROUNDS 200
#ifndef AMO_ROUNDS
#define AMO_ROUNDS 1 /* rounds r with r & AMO_ROUNDS rewrite with an AMO, the others with SW */
#endif
/* the flags, each on a cache line of its own: the round hart 0 started (GO), the round
 * whose store-TLB entry hart 1 filled (ARMED), the round whose old code hart 0 ran (RAN),
 * the round whose new code hart 1 wrote (NEW) */
#define GO 0
#define ARMED 64
#define RAN 128
#define NEW 192
TEST_BEGIN
	csrr t0, mhartid
	bnez t0, hart1
	la s2, code_page
	la s3, flags
	li t0, ADDI_A0(0)
	sw t0, 0(s2)
	li t0, RET
	sw t0, 4(s2)
	fence.i
	li s4, 1                      /* the round */
	li s5, ROUNDS
round:
	fence rw, w
	sd s4, GO(s3)
1:	ld t0, ARMED(s3)
	bne t0, s4, 1b
	fence r, rw
	/* run the old code: the previous round's value; this decodes the page again */
	fence.i
	li a0, -1
	jalr ra, 0(s2)
	addi t1, s4, -1
	andi t1, t1, 0x7ff
	beq a0, t1, 2f
	FAIL(2)
2:	fence rw, w
	sd s4, RAN(s3)
3:	ld t0, NEW(s3)
	bne t0, s4, 3b
	fence r, rw
	/* hart 1's new code, as FENCE.I after its publication promises */
	fence.i
	li a0, -1
	jalr ra, 0(s2)
	andi t1, s4, 0x7ff
	beq a0, t1, 4f
	FAIL(1)
4:	addi s4, s4, 1
	ble s4, s5, round
	TEST_PASS

hart1:
	la s2, code_page
	la s3, flags
	li s4, 1
5:	ld t0, GO(s3)
	bne t0, s4, 5b
	fence r, rw
	/* a store into the code page (past the function): takes the slow path while the
	 * page is code, which clears the mark, then fills the store-TLB entry */
	sd s4, 64(s2)
	fence rw, w
	sd s4, ARMED(s3)
	/* loads only until the rewrite: nothing here refills the store TLB */
6:	ld t0, RAN(s3)
	bne t0, s4, 6b
	fence r, rw
	andi t0, s4, 0x7ff
	slli t0, t0, 20
	li t1, ADDI_A0(0)
	or t0, t0, t1
	andi t2, s4, AMO_ROUNDS
	bnez t2, 7f
	sw t0, 0(s2)
	j 8f
7:	amoswap.w zero, t0, (s2)
8:	fence w, w
	sd s4, NEW(s3)
	addi s4, s4, 1
	j 5b

	.align 12
code_page:
	.skip 4096
flags:
	.skip 4096
TEST_END
