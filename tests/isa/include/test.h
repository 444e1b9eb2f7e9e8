/* Macros for rvisor's bare-metal instruction tests (HTIF tohost protocol).
 *
 * A test file includes this header, then writes:
 *     TEST_BEGIN
 *        ... code; on failure `FAIL(n)` (n >= 1 names the check) ...
 *     TEST_PASS
 *     TEST_END
 * Execution starts in M-mode at _start with a trap vector installed at
 * `trap_vector` that, by default, fails the test with code 1000 + mcause
 * (override by defining your own handler and writing mtvec).
 * Registers: the macros use t5/t6 (x30/x31) only at the points they expand.
 */
#ifndef RVISOR_TEST_H
#define RVISOR_TEST_H

#define TEST_BEGIN                                     \
	.section .text.init;                           \
	.globl _start;                                 \
	_start:                                        \
	la t6, default_trap;                           \
	csrw mtvec, t6;                                \
	li t6, (1 << 13); /* mstatus.FS = Initial */  \
	csrs mstatus, t6;                              \
	csrwi fcsr, 0;                                 \
	j test_main;                                   \
	.align 2;                                      \
	default_trap:                                  \
	csrr t6, mcause;                               \
	addi t6, t6, 1000;                             \
	slli t6, t6, 1;                                \
	ori t6, t6, 1;                                 \
	j write_tohost;                                \
	test_main:

/* End the run: exit status 0. */
#define TEST_PASS   \
	li t6, 1;   \
	j write_tohost;

/* End the run: exit status n, stderr "FAIL test n". */
#define FAIL(n)                    \
	li t6, ((n) << 1) | 1;     \
	j write_tohost;

#define TEST_END                       \
	write_tohost:                  \
	la t5, tohost;                 \
	sd t6, 0(t5);                  \
	1: j 1b;                       \
	.section .tohost, "aw", @progbits; \
	.align 6;                      \
	.globl tohost;                 \
	tohost: .dword 0;              \
	.type tohost, @object; .size tohost, 8;              \
	.align 6;                      \
	.globl fromhost;               \
	fromhost: .dword 0;            \
	.type fromhost, @object; .size fromhost, 8;

/* Compare a register with an immediate; FAIL(n) when different. */
#define CHECK_EQ(reg, val, n)  \
	li t5, val;            \
	beq reg, t5, 9f;       \
	FAIL(n);               \
	9:

/* ---------------------------------------------------------------------
 * Helpers for tests that expect traps or change privilege.
 *
 * Register convention while these are in use (tests must not use these
 * registers for anything else):
 *   s6  = privilege of the handler that took the last trap (3 = M, 1 = S)
 *   s7  = mstatus (M handler) / sstatus (S handler) read at trap entry
 *   s8  = mcause/scause of the last recorded trap (-1 = no trap since
 *         EXPECT_TRAP)
 *   s9  = mepc/sepc of the last recorded trap
 *   s10 = mtval/stval of the last recorded trap
 *   s11 = resume address for the next trap (0 = none expected)
 * The recording handler (TRAP_RECORD_HANDLER, installed by
 * INSTALL_RECORD_HANDLER) clobbers t6 only.  On a trap it records
 * mcause/mepc/mtval/mstatus and:
 *   - if s11 != 0: resumes at s11 in the privilege the trap came from
 *     (mret with the MPP the trap set), then clears s11;
 *   - else if the trap is an ecall (cause 8, 9 or 11): returns to M-mode
 *     just after the ecall (this is how GOTO_M works);
 *   - else: fails the test with code 1000 + mcause.
 * --------------------------------------------------------------------- */

/* Compare two registers; FAIL(n) when different. */
#define CHECK_EQ_REG(a, b, n) \
	beq a, b, 9f;         \
	FAIL(n);              \
	9:

/* Compare a register with the address of a label; FAIL(n) when different. */
#define CHECK_EQ_ADDR(reg, label, n) \
	la t5, label;                \
	beq reg, t5, 9f;             \
	FAIL(n);                     \
	9:

#define TRAP_RECORD_HANDLER                            \
	.align 2;                                      \
	trap_record:                                   \
	li s6, 3;                                      \
	csrr s7, mstatus;                              \
	csrr s8, mcause;                               \
	csrr s9, mepc;                                 \
	csrr s10, mtval;                               \
	beqz s11, 1f;                                  \
	csrw mepc, s11;                                \
	li s11, 0;                                     \
	mret;                                          \
	1: /* no resume point: ecall = go to M */      \
	li t6, 8;                                      \
	beq s8, t6, 2f;                                \
	li t6, 9;                                      \
	beq s8, t6, 2f;                                \
	li t6, 11;                                     \
	beq s8, t6, 2f;                                \
	addi t6, s8, 1000;                             \
	slli t6, t6, 1;                                \
	ori t6, t6, 1;                                 \
	j write_tohost;                                \
	2: li t6, (3 << 11);                           \
	csrs mstatus, t6; /* MPP = M */                \
	addi s9, s9, 4;                                \
	csrw mepc, s9;                                 \
	mret;

#define INSTALL_RECORD_HANDLER \
	la t6, trap_record;    \
	csrw mtvec, t6;        \
	li s11, 0;             \
	li s8, -1;

/* S-mode counterpart for traps delegated with medeleg/mideleg: records
 * s6 = 1, s7 = sstatus, s8 = scause, s9 = sepc, s10 = stval; resumes at s11
 * (sret, so in the privilege the trap came from) and clears s11; with
 * s11 == 0 an ecall from U (delegated) continues in S after the ecall
 * (GOTO_S), anything else fails with code 2000 + scause.  Clobbers t6. */
#define STRAP_RECORD_HANDLER                           \
	.align 2;                                      \
	strap_record:                                  \
	li s6, 1;                                      \
	csrr s7, sstatus;                              \
	csrr s8, scause;                               \
	csrr s9, sepc;                                 \
	csrr s10, stval;                               \
	beqz s11, 1f;                                  \
	csrw sepc, s11;                                \
	li s11, 0;                                     \
	sret;                                          \
	1: li t6, 8;                                   \
	bne s8, t6, 2f;                                \
	li t6, (1 << 8);                               \
	csrs sstatus, t6; /* SPP = S */                \
	addi t6, s9, 4;                                \
	csrw sepc, t6;                                 \
	sret;                                          \
	2: li t6, 2000;                                \
	add t6, t6, s8;                                \
	slli t6, t6, 1;                                \
	ori t6, t6, 1;                                 \
	j write_tohost;

#define INSTALL_STRAP_HANDLER  \
	la t6, strap_record;   \
	csrw stvec, t6;

/* Arm: the next trap resumes at `resume`; s8 = -1 until a trap happens. */
#define EXPECT_TRAP(resume) \
	la s11, resume;     \
	li s6, 0;           \
	li s8, -1;

/* After the resume label: check the recorded cause (and disarm). */
#define CHECK_TRAP(cause, n) \
	li s11, 0;           \
	CHECK_EQ(s8, cause, n)

/* After the resume label: check that no trap happened (and disarm). */
#define CHECK_NO_TRAP(n) \
	li s11, 0;       \
	CHECK_EQ(s8, -1, n)

/* Jump to `label` in privilege mode `prv` (0 = U, 1 = S, 3 = M) via mret.
 * Clobbers t6.  Other mstatus fields are left alone, but note that the mret
 * itself sets MIE = MPIE and MPIE = 1 (and MPP = U). */
#define ENTER_MODE(prv, label)           \
	li t6, (3 << 11);                \
	csrc mstatus, t6;                \
	li t6, ((prv) << 11);            \
	csrs mstatus, t6;                \
	la t6, label;                    \
	csrw mepc, t6;                   \
	mret;

#define ENTER_S(label) ENTER_MODE(1, label)
#define ENTER_U(label) ENTER_MODE(0, label)

/* From S or U (with the recording handler installed): continue in M-mode
 * at the next instruction. */
#define GOTO_M     \
	li s11, 0; \
	ecall;

/* From U with medeleg[8] set and the S recording handler installed:
 * continue in S-mode at the next instruction. */
#define GOTO_S     \
	li s11, 0; \
	ecall;

/* Let S/U-mode access all of memory through PMP (entry 0: NAPOT, RWX). */
#define PMP_ALLOW_ALL        \
	li t6, -1;           \
	csrw pmpaddr0, t6;   \
	li t6, 0x1f;         \
	csrw pmpcfg0, t6;

/* ---------------------------------------------------------------------
 * Table-style checks of one instruction.  Result in a0, sources in a1/a2.
 * --------------------------------------------------------------------- */

/* rd = op(rs1, rs2) */
#define TEST_RR(n, inst, exp, v1, v2) \
	li a1, v1;                     \
	li a2, v2;                     \
	inst a0, a1, a2;               \
	CHECK_EQ(a0, exp, n)

/* rd = op(rs1, imm) */
#define TEST_RI(n, inst, exp, v1, imm) \
	li a1, v1;                      \
	inst a0, a1, imm;               \
	CHECK_EQ(a0, exp, n)

/* rd = op(rs1) */
#define TEST_R1(n, inst, exp, v1) \
	li a1, v1;                 \
	inst a0, a1;               \
	CHECK_EQ(a0, exp, n)

/* rd == rs1 == rs2 */
#define TEST_RR_SAME(n, inst, exp, v1) \
	li a1, v1;                      \
	inst a1, a1, a1;                \
	CHECK_EQ(a1, exp, n)

/* rd == rs1 */
#define TEST_RR_DEST1(n, inst, exp, v1, v2) \
	li a1, v1;                           \
	li a2, v2;                           \
	inst a1, a1, a2;                     \
	CHECK_EQ(a1, exp, n)

/* rd == rs2 */
#define TEST_RR_DEST2(n, inst, exp, v1, v2) \
	li a1, v1;                           \
	li a2, v2;                           \
	inst a2, a1, a2;                     \
	CHECK_EQ(a2, exp, n)

#endif
