/* Bare-metal harness for work(): M-mode, stack, call, report through HTIF. */
#include "test.h"
TEST_BEGIN
	la sp, stack_top
	li a0, ROUNDS
	call work
	TEST_PASS
TEST_END
	.bss
	.align 4
	.skip 16384
stack_top:
