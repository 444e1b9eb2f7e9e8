/* CPU-bound loop: a counted loop of dependent ALU ops (the interpreter's
 * dispatch rate). 100M iterations x 5 instructions. */
#include "test.h"
TEST_BEGIN
	li t0, 100000000
	li a0, 0
	li a1, 3
1:	add a0, a0, a1
	xor a1, a1, a0
	slli a2, a0, 1
	addi t0, t0, -1
	bnez t0, 1b
	TEST_PASS
TEST_END
