/* A long deterministic computation (LCG, memory, AMOs, M-ext, a trap round
 * trip through S-mode) whose final registers the state round-trip unit test
 * compares between an uninterrupted run and one saved and restored midway. */
#include "test.h"
TEST_BEGIN
	la sp, stack_top
	li s0, 200000            /* iterations */
	li s1, 12345             /* LCG state */
	li s2, 0                 /* checksum */
	la s3, buffer
	li s4, 6364136223846793005
	li s5, 1442695040888963407
	la t0, s_handler
	csrw stvec, t0
	li t0, -1                /* PMP: let S-mode reach all memory */
	csrw pmpaddr0, t0
	li t0, 0x1f              /* NAPOT, RWX */
	csrw pmpcfg0, t0
	li t0, 1 << 3            /* delegate breakpoints to S */
	csrw medeleg, t0
	la t0, m_handler
	csrw mtvec, t0
loop:
	mul s1, s1, s4
	add s1, s1, s5
	srli t1, s1, 33
	andi t2, t1, 255
	slli t2, t2, 3
	add t2, t2, s3
	ld t3, 0(t2)
	xor t3, t3, s1
	sd t3, 0(t2)
	amoadd.d t4, t1, (t2)
	add s2, s2, t4
	divu t5, s1, s0
	xor s2, s2, t5
	andi t6, s0, 1023
	bnez t6, 1f
	/* every 1024 iterations: go to S-mode and back via ebreak */
	la t0, 2f
	csrw mepc, t0
	li t0, 1 << 11           /* MPP = S */
	csrw mstatus, t0
	mret
2:	ebreak                   /* delegated: lands in s_handler */
3:	nop
1:	addi s0, s0, -1
	bnez s0, loop
	TEST_PASS
	.align 2
s_handler:                       /* S-mode: count, then ecall back to M */
	addi s2, s2, 1
	ecall
	.align 2
m_handler:                       /* M-mode: only ecall from S is expected */
	csrr t0, mcause
	li t1, 9
	beq t0, t1, 4f
	FAIL(2)
4:	la t0, 3b
	csrw mepc, t0
	li t0, 3 << 11           /* MPP = M */
	csrs mstatus, t0
	mret
TEST_END
	.section .data
	.align 3
buffer: .zero 2048
	.zero 4096
stack_top:
