/* FENCE variants (fence, fence rw,rw, fence.tso, pause hint) execute as ordering no-ops in a single hart; memory stays coherent around them. */
#include "test.h"
TEST_BEGIN
	la a1, fdata
	li a0, 0x1234
	sd a0, 0(a1)
	fence
	ld a2, 0(a1)
	CHECK_EQ(a2, 0x1234, 1)
	li a0, 0x5678
	sw a0, 8(a1)
	fence rw, rw
	lw a2, 8(a1)
	CHECK_EQ(a2, 0x5678, 2)
	fence w, r
	fence r, w
	fence io, io
	fence iorw, iorw
	fence.tso
	/* pause (Zihintpause) is a fence hint with pred=W and succ=0 */
	.word 0x0100000f
	/* registers are not touched by fences */
	CHECK_EQ(a0, 0x5678, 3)
	li a0, 0xabcd
	sh a0, 4(a1)
	fence w, w
	lhu a2, 4(a1)
	CHECK_EQ(a2, 0xabcd, 4)
	/* fence with non-zero rd/rs1 fields (reserved for future use, must execute as a normal fence) */
	.word 0x0ff5850f   /* fence iorw,iorw with rs1=a1, rd=a0 */
	CHECK_EQ(a0, 0xabcd, 5)
	TEST_PASS
TEST_END
	.data
	.align 3
fdata:	.dword 0, 0
