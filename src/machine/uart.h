/* NS16550A UART as on QEMU virt (reg-shift 0, 3.6864 MHz): registers,
 * RX FIFO fed by the console, TX straight to the console, interrupts. */
#ifndef RVISOR_MACHINE_UART_H
#define RVISOR_MACHINE_UART_H

#include <stddef.h>
#include <stdint.h>

struct machine_env;
struct board;
struct console;
struct uart;
struct board_dev_ops;

#define UART_CLOCK_HZ 3686400
#define UART_FIFO_SIZE 256 /* RX FIFO depth (a 16550A has 16: deeper is harmless) */

/* Register indexes. */
enum {
	UART_RBR_THR = 0,
	UART_IER = 1,
	UART_IIR_FCR = 2,
	UART_LCR = 3,
	UART_MCR = 4,
	UART_LSR = 5,
	UART_MSR = 6,
	UART_SCR = 7
};

#define UART_IER_RDI 0x01
#define UART_IER_THRI 0x02
#define UART_IER_RLSI 0x04
#define UART_IER_MSI 0x08
#define UART_IIR_NO_INT 0x01
#define UART_IIR_MSI 0x00
#define UART_IIR_THRI 0x02
#define UART_IIR_RDI 0x04
#define UART_IIR_RLSI 0x06
#define UART_IIR_CTI 0x0c
#define UART_IIR_FIFO 0xc0
#define UART_FCR_FE 0x01
#define UART_FCR_RFR 0x02
#define UART_FCR_XFR 0x04
#define UART_LCR_DLAB 0x80
#define UART_MCR_OUT2 0x08
#define UART_MCR_LOOP 0x10
#define UART_LSR_DR 0x01
#define UART_LSR_OE 0x02
#define UART_LSR_BI 0x10
#define UART_LSR_THRE 0x20
#define UART_LSR_TEMT 0x40
#define UART_LSR_INT_ANY 0x1e
#define UART_MSR_DELTA 0x0f
#define UART_MSR_CTS 0x10
#define UART_MSR_DSR 0x20
#define UART_MSR_DCD 0x80

/* Map the UART at `base` on the guest bus, interrupting through board irq `irq`,
 * writing to and fed by `con` (which may be NULL: output discarded). NULL
 * on failure (message printed). */
struct uart *uart_create(const struct machine_env *env, struct board *b, uint64_t base,
			 unsigned irq, struct console *con);
void uart_destroy(struct uart *u);
/* Receive bytes (the console's sink; any thread). Returns how many the RX
 * FIFO took; when fewer than n, console_rx_ready() follows once it drains. */
size_t uart_receive(void *uart, const uint8_t *p, size_t n);

/* Take one received byte, or -1 when none is waiting (the SBI console's
 * getchar reads the same input as the UART). */
int uart_getchar(struct uart *u);

extern const struct board_dev_ops uart_dev_ops;

#endif
