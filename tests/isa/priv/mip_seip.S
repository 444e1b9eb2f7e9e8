/* mip.SEIP with the PLIC asserting the S-context line (UART irq 10, IER.THRI): reads of mip return software bit OR line,
 * but CSRRS/CSRRC (csrs mip SSIP, zero mask, csrc of another bit, immediate forms, sip from S) must not latch the line
 * into the software bit, so SEIP reads 0 once the line drops; the software SEIP bit itself still sets and clears. */
#include "test.h"
#define SSIP 2
#define STIP 0x20
#define SEIP 0x200
#define PLIC 0x0c000000
#define PLIC_S0_ENABLE (PLIC + 0x2080)   /* context 1 = hart 0, S-mode */
#define PLIC_S0_THRESHOLD (PLIC + 0x201000)
#define PLIC_S0_CLAIM (PLIC + 0x201004)
#define PLIC_M0_ENABLE (PLIC + 0x2000)
#define UART 0x10000000
#define UART_IRQ 10
/* The UART raises its line when THR-empty interrupts are enabled (THR is empty); wait (bounded) until SEIP shows it. */
#define LINE_ON(n)            \
	li t0, 2;             \
	li t1, UART;          \
	sb t0, 1(t1);         \
	li t2, 10000;         \
8:	csrr t0, mip;         \
	andi t0, t0, SEIP;    \
	bnez t0, 9f;          \
	addi t2, t2, -1;      \
	bnez t2, 8b;          \
	FAIL(n);              \
9:
/* As an S-mode driver would: claim (must be the UART), silence the UART, complete. */
#define LINE_OFF(n)             \
	li t1, PLIC_S0_CLAIM;   \
	lw t3, 0(t1);           \
	li t0, UART;            \
	sb zero, 1(t0);         \
	sw t3, 0(t1);           \
	CHECK_EQ(t3, UART_IRQ, n)
#define SEIP_IS(val, n)         \
	csrr t0, mip;           \
	li t1, SEIP;            \
	and t0, t0, t1;         \
	CHECK_EQ(t0, val, n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	csrci mstatus, 0xa      /* no interrupt is ever taken here */
	csrw mie, zero
	csrw mideleg, zero
	csrw mip, zero
	/* PLIC: UART priority 1, enabled for hart 0's S context only, threshold 0 */
	li t0, PLIC + 4 * UART_IRQ
	li t1, 1
	sw t1, 0(t0)
	li t0, PLIC_M0_ENABLE
	sw zero, 0(t0)
	li t0, PLIC_S0_ENABLE
	li t1, 1 << UART_IRQ
	sw t1, 0(t0)
	li t0, PLIC_S0_THRESHOLD
	sw zero, 0(t0)
	SEIP_IS(0, 1)

	/* ---- the line alone shows in mip and goes away with it */
	LINE_ON(2)
	SEIP_IS(SEIP, 3)
	LINE_OFF(4)
	SEIP_IS(0, 5)

	/* ---- csrs mip, SSIP (OpenSBI's IPI delivery) while the line is up */
	LINE_ON(10)
	li t0, SSIP
	csrs mip, t0
	csrr t1, mip
	andi t1, t1, SSIP
	CHECK_EQ(t1, SSIP, 11)
	csrc mip, t0
	csrr t1, mip
	andi t1, t1, SSIP
	CHECK_EQ(t1, 0, 12)
	LINE_OFF(13)
	SEIP_IS(0, 14)
	csrw mip, zero

	/* ---- csrrs with a register holding 0: reads the OR, writes nothing */
	LINE_ON(20)
	li t0, 0
	csrrs t4, mip, t0
	li t1, SEIP
	and t4, t4, t1
	CHECK_EQ(t4, SEIP, 21)
	LINE_OFF(22)
	SEIP_IS(0, 23)
	csrw mip, zero

	/* ---- csrrc of another bit (STIP) */
	LINE_ON(30)
	li t0, STIP
	csrrc t4, mip, t0
	LINE_OFF(31)
	SEIP_IS(0, 32)
	csrw mip, zero

	/* ---- immediate forms */
	LINE_ON(40)
	csrrsi t4, mip, SSIP
	csrrci t4, mip, SSIP
	csrrci t4, mip, 0       /* no write at all */
	LINE_OFF(41)
	SEIP_IS(0, 42)
	csrw mip, zero

	/* ---- the software SEIP bit: set and cleared by csrs/csrc, ORed with the line */
	li t0, SEIP
	csrs mip, t0
	SEIP_IS(SEIP, 50)
	LINE_ON(51)
	LINE_OFF(52)
	SEIP_IS(SEIP, 53)       /* the software bit outlives the line */
	LINE_ON(54)
	li t0, SEIP
	csrc mip, t0            /* clears the software bit only */
	SEIP_IS(SEIP, 55)       /* the line still shows */
	LINE_OFF(56)
	SEIP_IS(0, 57)
	/* csrw writes the software bit whatever the line says */
	LINE_ON(58)
	csrw mip, zero
	SEIP_IS(SEIP, 59)
	LINE_OFF(60)
	SEIP_IS(0, 61)

	/* ---- S-mode IPI handling through sip (delegated SSI/SEI) while the line is up */
	li t0, SSIP | SEIP
	csrw mideleg, t0
	LINE_ON(70)
	ENTER_S(s_part)
s_part:
	csrsi sip, SSIP
	csrci sip, SSIP
	li t0, STIP
	csrc sip, t0
	GOTO_M
	LINE_OFF(71)
	SEIP_IS(0, 72)
	csrw mideleg, zero
	csrw mip, zero
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
