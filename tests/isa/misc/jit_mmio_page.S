/* A hot block whose accesses share a base register, the first of them to MMIO: the UART's
 * scratch register (a store, then a load back) and its line status register (two loads).
 * Under the JIT a later access off the same base register only checks that its address
 * lies in the page of the access before it, whose TLB entry the translation keeps in host
 * registers; an MMIO page has no TLB entry, so after such an access's slow path the block
 * must end (or look the page up again), never go on with a stale or missing host address.
 * A JIT that resumes there anyway reads or writes a wrong host address (it crashed). */
#include "test.h"
#define UART 0x10000000
#define ITERS 2000 /* far beyond the hot threshold */
TEST_BEGIN
	li s0, UART
	li s1, 0                      /* the sum of the scratch values read back */
	li s2, 0                      /* the iteration */
	li s3, ITERS
	li s4, 0                      /* the sum of the line status pairs that differ */
loop:
	sb s2, 7(s0)                  /* scratch = iteration & 255 */
	lbu t1, 7(s0)                 /* read back, same base and page */
	add s1, s1, t1
	lbu t2, 5(s0)                 /* LSR twice: both the same */
	lbu t3, 5(s0)
	xor t2, t2, t3
	add s4, s4, t2
	addi s2, s2, 1
	bne s2, s3, loop
	bnez s4, 2f
	/* sum of (i & 255) for i < 2000: 7 * (255 * 256 / 2) + sum of 0..207 */
	li t0, 7 * 32640 + 207 * 208 / 2
	beq s1, t0, 1f
	FAIL(1)
2:	FAIL(2)
1:	TEST_PASS
TEST_END
