/* The JIT leaves out the sign extension of a 32-bit operation's result in a host register
 * (x86 zeroes the upper half) until something reads the upper half: every such reader
 * must see the sign-extended value. The results here are 0x80000000 sign-extended
 * (0xffffffff80000000), whose upper half differs from the zero-extended one. They go to
 * a0-a5, which the JIT keeps in host registers from the start (before any remap), and
 * meet each kind of reader: a 64-bit shift right, a shift left by 31 (reads bit 32) and by
 * 32, a 64-bit store, a move to a register kept in memory, an unsigned compare, a join
 * after a branch inside the block, a load's slow path (from the UART: MMIO never hits), a
 * trap taken in a load's slow path, a SRLIW by 0, a JAL or JALR whose link replaces it,
 * and the next block after a fall-through at the end of a page. The loop
 * runs far beyond the hot threshold. */
#include "test.h"
#define ROUNDS 200
	.option norvc
TEST_BEGIN
	la s0, data
	li s1, ROUNDS
	li t3, 1
	slli t3, t3, 32               /* 0x100000000 */
	li t4, -1
	slli t4, t4, 31               /* 0xffffffff80000000, the expected value */
round:
	li a2, 0x7fffffff
	li a3, 1
	addw a0, a2, a3               /* 0x80000000 sign-extended */
	srli a4, a0, 32
	srli t0, t4, 32
	beq a4, t0, 1f
	FAIL(1)
1:	addw a1, a0, zero             /* a 32-bit move: pending again */
	slli a4, a1, 31               /* bit 32 of a1 lands in bit 63 */
	slli a5, t4, 31
	beq a4, a5, 2f
	FAIL(2)
2:	addw a1, a0, zero
	slli a4, a1, 32               /* takes the low half only */
	slli a5, t4, 32
	beq a4, a5, 3f
	FAIL(3)
3:	addw a1, a0, zero
	sd a1, 0(s0)                  /* a 64-bit store of the value */
	ld a4, 0(s0)
	beq a4, t4, 4f
	FAIL(4)
4:	addw a1, a0, zero
	mv t2, a1                     /* to a register in memory */
	beq t2, t4, 5f
	FAIL(5)
5:	addw a1, a0, zero
	mv a3, a1                     /* a move between host registers keeps it pending */
	bltu a3, t3, 6f               /* 0xffffffff80000000 < 0x100000000 is false */
	j 7f
6:	FAIL(6)
7:	mv a2, t3                     /* 0x100000000: not a sign-extended 32-bit value */
	li a4, 1
	bnez a4, 8f                   /* taken: a2 keeps that value */
	addw a2, a0, zero             /* pending on the fall-through path only */
8:	srli a5, a2, 32               /* 1, not 0: the join must not sign-extend a2 */
	li t0, 1
	beq a5, t0, 9f
	FAIL(7)
9:	li t1, 0x10000000             /* the UART */
	addw a1, a0, zero
	lbu a4, 5(t1)                 /* its line status: the load's slow path */
	srli a5, a1, 32
	srli t0, t4, 32
	beq a5, t0, 10f
	FAIL(8)
10:	srliw a1, a0, 0               /* a shift by 0: bit 31 stays, sign-extended */
	beq a1, t4, 11f
	FAIL(9)
11:	la t0, fault
	csrw mtvec, t0
	li a4, 0x7fffffff
	addiw a0, a4, 1               /* a0: a host register the call below clobbers */
	li t2, 0
	lbu a4, 0(zero)               /* nothing there: an access fault, which sees a0 */
	la t0, default_trap
	csrw mtvec, t0
	bnez t2, 13f                  /* the handler ran */
	FAIL(12)
13:
	addw a5, a0, zero             /* pending, then replaced by a link (bit 31 set: RAM */
	jal a5, 15f                   /* is at 0x80000000), which must not be sign-extended */
14:	FAIL(13)
15:	la t0, 14b
	beq a5, t0, 16f
	FAIL(14)
16:	la t1, 18f
	addw a5, a0, zero             /* the same with JALR */
	jalr a5, 0(t1)
17:	FAIL(15)
18:	la t0, 17b
	beq a5, t0, 19f
	FAIL(16)
19:	la t0, edge
	jr t0                         /* to the last two instructions of a page */
back:
	beq a5, t4, 12f
	FAIL(10)
12:	addi s1, s1, -1
	bnez s1, round
	TEST_PASS
fault:	srli t0, a0, 32               /* the trap sees the hart's state */
	srli t1, t4, 32
	beq t0, t1, 1f
	FAIL(11)
1:	li t2, 1
	csrr t0, mepc
	addi t0, t0, 4
	csrw mepc, t0
	mret
	.balign 4096
	.space 4096 - 8
edge:	addw a5, a0, zero             /* the page's last two instructions: the block ends */
	nop                           /* by falling through to the next page */
	j back                        /* the next block reads a5 whole */
	.data
	.balign 8
data:	.dword 0
TEST_END
