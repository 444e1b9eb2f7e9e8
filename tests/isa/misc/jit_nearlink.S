/* A hot block's chained call into a function on the same page, right after that block's own
 * store rewrote the function (no FENCE.I: rvisor, like QEMU, sees a hart's stores to code
 * at once). Under the JIT an exit to a block on the same guest page is patched past the next
 * block's page generation and epoch checks, since those change only through calls into C
 * (each followed by a check that raises an event when the block's own page changed) or
 * through other harts (which this hart must fence to be sure to see). What still guards
 * such an entry is the events and budget check: the store's slow path bumped the page's
 * generation and raised the event, and the chained entry must leave there. One that skips
 * that check too enters the function's old translation, which returns the old value.
 * The store goes to a word on another page in every round but one (a branch-free select),
 * so the block stays hot and its exit stays patched. (Blocks get translated on their third
 * entry from the run loop; the FENCE.I before the block sends each round there.) */
#include "test.h"
#define ADDI_A0(imm) (0x00000513 | (((imm) & 0xfff) << 20)) /* addi a0, zero, imm */
#define ROUNDS 200
#define PATCH_AT 100
TEST_BEGIN
	la a1, func
	la a2, scratch
	li s1, 1                      /* the expected result */
	li s4, 0                      /* the round */
	li s5, ROUNDS
	li s6, PATCH_AT
	li s7, ADDI_A0(2)
	j round
	.align 12                     /* the loop and func share this page */
	/* func before the loop: a JAL backward is a block exit (the block
	 * builder follows forward JALs on a page into the block itself) */
	.option push
	.option norvc
func:
	addi a0, zero, 1
	ret
	.option pop
round:
	fence.i                       /* ends its block: the run loop enters the next (heats it) */
	xor a3, s4, s6
	sltu a3, zero, a3             /* 1, or 0 in the patching round */
	addi a3, a3, -1               /* 0, or all ones in the patching round */
	xor a4, a1, a2
	and a4, a4, a3
	xor a4, a4, a2                /* scratch, or func in the patching round */
	sw s7, 0(a4)
	jal ra, func                  /* chained, same page */
	beqz a3, 1f                   /* from the patching round on: 2 */
	li s1, 2
1:	beq a0, s1, 2f
	FAIL(1)
2:	addi s4, s4, 1
	bne s4, s5, round
	TEST_PASS
	.align 12
scratch:
	.word 0
	.align 12
TEST_END
