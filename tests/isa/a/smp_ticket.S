/* run-args: --cpus 2 */
/* A ticket lock as Linux's riscv64 kernel has it (AMOADD.W.AQRL takes a ticket in the upper
 * half; the owner in the lower half is read with LW and handed on with SH), taken ROUNDS
 * times by each of two harts around a non-atomic increment, while hart 0 sends hart 1
 * machine software interrupts through the CLINT every 32 rounds (hart 1's handler clears
 * its MSIP and counts). The increment must lose nothing (FAIL 1), no two harts may be inside
 * at once (FAIL 2), the lock must end free with every ticket served (FAIL 3), and the
 * interrupts must have been taken (FAIL 4). A ticket taken twice or an owner store lost
 * leaves both harts spinning: the run's timeout. Linux under OpenSBI on two harts hung that
 * way once in a while (tests/guest/slow_opensbi_smp.py). Needs two harts (run-args). */
#include "test.h"
#define ROUNDS 10000
#define CLINT_MSIP 0x2000000
/* the lock word, the counter, who is inside, the harts done, hart 1's interrupt count, the
 * harts at the start */
#define LOCK 0
#define COUNT 64
#define INSIDE 128
#define DONE 192
#define IPIS 256
#define READY 320
TEST_BEGIN
	la s2, shared
	csrr s3, mhartid
	li s4, ROUNDS
	li s11, 0                     /* interrupts taken (hart 1) */
	li s5, CLINT_MSIP + 4         /* hart 1's MSIP */
	beqz s3, 1f
	la t0, msi_handler
	csrw mtvec, t0
	li t0, (1 << 3)               /* mie.MSIE */
	csrw mie, t0
	csrsi mstatus, 8              /* mstatus.MIE */
	/* both harts run the rounds at once: neither starts before the other is here */
1:	addi t0, s2, READY
	li t1, 1
	amoadd.d t1, t1, (t0)
2:	ld t1, READY(s2)
	li t0, 2
	bne t1, t0, 2b
round:
	/* lock: take a ticket, wait for the owner to reach it */
	li t0, 0x10000
	amoadd.w.aqrl t1, t0, (s2)      /* LOCK is at 0 */
	srliw t2, t1, 16
	slli t3, t1, 48
	srli t3, t3, 48
	beq t2, t3, 3f
2:	lw t3, LOCK(s2)
	slli t3, t3, 48
	srli t3, t3, 48
	bne t2, t3, 2b
3:	fence r, rw
	/* inside: mark who is, a non-atomic increment, check nobody came in */
	addi t4, s3, 1
	sd t4, INSIDE(s2)
	ld t5, COUNT(s2)
	addi t5, t5, 1
	sd t5, COUNT(s2)
	ld t6, INSIDE(s2)
	beq t6, t4, 4f
	FAIL(2)
4:	sd zero, INSIDE(s2)
	/* unlock: the owner + 1, as a 16-bit store */
	fence rw, w
	lw t3, LOCK(s2)
	addiw t3, t3, 1
	slli t3, t3, 48
	srli t3, t3, 48
	sh t3, LOCK(s2)
	/* hart 0: an interrupt for hart 1 every 32 rounds */
	bnez s3, 5f
	andi t0, s4, 31
	bnez t0, 5f
	li t0, 1
	sw t0, 0(s5)
5:	addi s4, s4, -1
	bnez s4, round

	li t0, 1
	addi t2, s2, DONE
	amoadd.d t1, t0, (t2)
6:	ld t0, DONE(s2)
	li t1, 2
	bne t0, t1, 6b
	fence r, rw
	bnez s3, 8f
	/* one more interrupt; hart 1 reports its count once it has taken one */
	li t0, 1
	sw t0, 0(s5)
11:	ld t0, IPIS(s2)
	beqz t0, 11b
	ld t0, COUNT(s2)
	li t1, 2 * ROUNDS
	beq t0, t1, 7f
	FAIL(1)
7:	lwu t0, LOCK(s2)
	li t1, ((2 * ROUNDS) & 0xffff) * 0x10001
	beq t0, t1, 9f
	FAIL(3)
9:	ld t0, IPIS(s2)
	bnez t0, 10f
	FAIL(4)
10:	TEST_PASS
8:	beqz s11, 8b
	sd s11, IPIS(s2)
12:	wfi
	j 12b

	/* hart 1's machine software interrupt: clear MSIP, count in s11; t6 (which the
	 * interrupted code may be using) waits in mscratch */
	.align 2
msi_handler:
	csrw mscratch, t6
	li t6, CLINT_MSIP + 4
	sw zero, 0(t6)
	addi s11, s11, 1
	csrr t6, mscratch
	mret
TEST_END

	.data
	.align 6
shared:
	.fill 384, 1, 0
