/* Smoke test: arithmetic and a branch reach tohost = 1. */
#include "test.h"
TEST_BEGIN
	li a0, 40
	addi a0, a0, 2
	CHECK_EQ(a0, 42, 1)
	TEST_PASS
TEST_END
