/* NS16550A: the register model follows QEMU's serial.c (the behaviour
 * Linux's 8250 driver is tested against); RX data arrive from the console
 * thread, TX bytes leave through console_write at once. */
#include "machine/uart.h"

#include <libfdt.h>
#include <pthread.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "machine/board.h"
#include "machine/console.h"
#include "machine/fdt.h"
#include "state/stream.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

struct uart {
	const struct machine_env *env;
	struct board *board;
	struct console *con;
	uint64_t base;
	unsigned irq;

	pthread_mutex_t lock; /* everything below */
	uint8_t ier, iir, fcr, lcr, mcr, lsr, msr, scr, dll, dlm;
	bool thr_ipending; /* THR-empty interrupt owed (cleared by reading IIR) */
	uint8_t fifo[UART_FIFO_SIZE];
	unsigned head, count;
	bool rx_blocked; /* the console holds input we could not take */
	bool irq_line;	 /* last level given to board_set_irq */
};

/* lock held */
static unsigned rx_capacity(const struct uart *u)
{
	return (u->fcr & UART_FCR_FE) ? UART_FIFO_SIZE : 1;
}

/* RX trigger level (FCR bits 7:6). */
static unsigned rx_trigger(const struct uart *u)
{
	static const unsigned itl[4] = {1, 4, 8, 14};
	return itl[u->fcr >> 6];
}

/* lock held: recompute IIR and the interrupt line. */
static void update_irq(struct uart *u, bool force)
{
	uint8_t id = UART_IIR_NO_INT;
	if ((u->ier & UART_IER_RLSI) && (u->lsr & UART_LSR_INT_ANY))
		id = UART_IIR_RLSI;
	else if ((u->ier & UART_IER_RDI) && (u->lsr & UART_LSR_DR))
		/* No character timer: below the trigger level, report the
		 * timeout interrupt at once (the driver treats both alike). */
		id = ((u->fcr & UART_FCR_FE) && u->count < rx_trigger(u)) ? UART_IIR_CTI
									  : UART_IIR_RDI;
	else if ((u->ier & UART_IER_THRI) && u->thr_ipending)
		id = UART_IIR_THRI;
	else if ((u->ier & UART_IER_MSI) && (u->msr & UART_MSR_DELTA))
		id = UART_IIR_MSI;
	u->iir = id | ((u->fcr & UART_FCR_FE) ? UART_IIR_FIFO : 0);
	bool level = id != UART_IIR_NO_INT;
	if (level != u->irq_line || force) {
		u->irq_line = level;
		board_set_irq(u->board, u->irq, level);
	}
}

/* lock held: tell the console the FIFO has room again, if it waits. */
static void rx_resume(struct uart *u)
{
	if (u->rx_blocked && !(u->mcr & UART_MCR_LOOP) && u->count < rx_capacity(u)) {
		u->rx_blocked = false;
		if (u->con)
			console_rx_ready(u->con);
	}
}

/* lock held: append to the RX FIFO; returns how many bytes it took. */
static size_t rx_push(struct uart *u, const uint8_t *p, size_t n, bool overrun)
{
	size_t k = 0;
	for (; k < n; k++) {
		if (u->count >= rx_capacity(u)) {
			if (overrun)
				u->lsr |= UART_LSR_OE;
			break;
		}
		u->fifo[(u->head + u->count) % UART_FIFO_SIZE] = p[k];
		u->count++;
	}
	if (u->count)
		u->lsr |= UART_LSR_DR;
	return k;
}

size_t uart_receive(void *uart, const uint8_t *p, size_t n)
{
	struct uart *u = uart;
	pthread_mutex_lock(&u->lock);
	size_t took = 0;
	if (!(u->mcr & UART_MCR_LOOP)) /* in loopback the line is disconnected */
		took = rx_push(u, p, n, false);
	if (took < n)
		u->rx_blocked = true;
	update_irq(u, false);
	pthread_mutex_unlock(&u->lock);
	return took;
}

/* lock held: take the oldest received byte (-1 when none), then update
 * LSR, the interrupt and the console's flow control. */
static int rx_pop(struct uart *u)
{
	int c = -1;
	if (u->count) {
		c = u->fifo[u->head];
		u->head = (u->head + 1) % UART_FIFO_SIZE;
		u->count--;
	}
	if (!u->count)
		u->lsr &= (uint8_t) ~(UART_LSR_DR | UART_LSR_BI);
	update_irq(u, false);
	rx_resume(u);
	return c;
}

int uart_getchar(struct uart *u)
{
	pthread_mutex_lock(&u->lock);
	int c = rx_pop(u);
	pthread_mutex_unlock(&u->lock);
	return c;
}

/* lock held */
static uint8_t reg_read(struct uart *u, unsigned reg)
{
	uint8_t v = 0;
	switch (reg) {
	case UART_RBR_THR:
		if (u->lcr & UART_LCR_DLAB)
			return u->dll;
		{
			int c = rx_pop(u);
			return c < 0 ? 0 : (uint8_t)c; /* an empty FIFO reads as 0 */
		}
	case UART_IER:
		return (u->lcr & UART_LCR_DLAB) ? u->dlm : u->ier;
	case UART_IIR_FCR:
		v = u->iir;
		if ((v & 0x0f) == UART_IIR_THRI) {
			u->thr_ipending = false;
			update_irq(u, false);
		}
		return v;
	case UART_LCR:
		return u->lcr;
	case UART_MCR:
		return u->mcr;
	case UART_LSR:
		v = u->lsr;
		if (u->lsr & (UART_LSR_BI | UART_LSR_OE)) {
			u->lsr &= (uint8_t) ~(UART_LSR_BI | UART_LSR_OE);
			update_irq(u, false);
		}
		return v;
	case UART_MSR:
		if (u->mcr & UART_MCR_LOOP) {
			/* Loopback: modem outputs feed the inputs (OUT2->DCD,
			 * OUT1->RI, RTS->CTS, DTR->DSR). */
			return (uint8_t)(((u->mcr & 0x0c) << 4) | ((u->mcr & 0x02) << 3) |
					 ((u->mcr & 0x01) << 5));
		}
		v = u->msr;
		if (u->msr & UART_MSR_DELTA) {
			u->msr &= 0xf0;
			update_irq(u, false);
		}
		return v;
	default:
		return u->scr;
	}
}

/* lock held */
static void reg_write(struct uart *u, unsigned reg, uint8_t v)
{
	switch (reg) {
	case UART_RBR_THR:
		if (u->lcr & UART_LCR_DLAB) {
			u->dll = v;
			return;
		}
		if (u->mcr & UART_MCR_LOOP) {
			rx_push(u, &v, 1, true);
		} else {
			if (u->con)
				console_write(u->con, &v, 1);
		}
		/* Transmission is instantaneous: THR empties at once. */
		u->lsr |= UART_LSR_THRE | UART_LSR_TEMT;
		u->thr_ipending = true;
		update_irq(u, false);
		return;
	case UART_IER: {
		if (u->lcr & UART_LCR_DLAB) {
			u->dlm = v;
			return;
		}
		uint8_t changed = (u->ier ^ v) & 0x0f;
		u->ier = v & 0x0f;
		/* Enabling THRI with THR empty raises it (as QEMU; Linux's THRE
		 * test relies on it). */
		if (changed & UART_IER_THRI)
			u->thr_ipending = (u->ier & UART_IER_THRI) && (u->lsr & UART_LSR_THRE);
		update_irq(u, false);
		return;
	}
	case UART_IIR_FCR:
		if ((v ^ u->fcr) & UART_FCR_FE)
			v |= UART_FCR_RFR | UART_FCR_XFR; /* toggling FIFO mode flushes */
		if (v & UART_FCR_RFR) {
			u->head = u->count = 0;
			u->lsr &= (uint8_t) ~(UART_LSR_DR | UART_LSR_BI);
		}
		if (v & UART_FCR_XFR) {
			u->lsr |= UART_LSR_THRE | UART_LSR_TEMT;
			u->thr_ipending = true;
		}
		u->fcr = v & 0xc9;
		update_irq(u, false);
		rx_resume(u);
		return;
	case UART_LCR:
		u->lcr = v;
		return;
	case UART_MCR:
		u->mcr = v & 0x1f;
		update_irq(u, false);
		rx_resume(u);
		return;
	case UART_LSR:
	case UART_MSR:
		return; /* read-only */
	default:
		u->scr = v;
		return;
	}
}

/* Byte registers at offsets 0..7 (reg-shift 0), mirrored across the
 * region; wider accesses use the low byte, as QEMU's serial_mm. */
static bool uart_read(void *dev, uint64_t off, unsigned size, uint64_t *val)
{
	struct uart *u = dev;
	(void)size;
	pthread_mutex_lock(&u->lock);
	*val = reg_read(u, (unsigned)(off & 7));
	pthread_mutex_unlock(&u->lock);
	return true;
}

static bool uart_write(void *dev, uint64_t off, unsigned size, uint64_t val)
{
	struct uart *u = dev;
	(void)size;
	pthread_mutex_lock(&u->lock);
	reg_write(u, (unsigned)(off & 7), (uint8_t)val);
	pthread_mutex_unlock(&u->lock);
	return true;
}

static const struct mmio_ops uart_mmio = {.read = uart_read, .write = uart_write};

struct uart *uart_create(const struct machine_env *env, struct board *b, uint64_t base,
			 unsigned irq, struct console *con)
{
	struct uart *u = calloc(1, sizeof(*u));
	if (!u)
		return NULL;
	u->env = env;
	u->board = b;
	u->con = con;
	u->base = base;
	u->irq = irq;
	pthread_mutex_init(&u->lock, NULL);
	u->lsr = UART_LSR_THRE | UART_LSR_TEMT;
	u->iir = UART_IIR_NO_INT;
	u->mcr = UART_MCR_OUT2;
	u->msr = UART_MSR_DCD | UART_MSR_DSR | UART_MSR_CTS;
	if (bus_add_mmio(env->bus, base, VIRT_UART_SIZE, &uart_mmio, u, "uart") < 0) {
		errno = EADDRINUSE; /* the address range is taken (board_create says so) */
		pthread_mutex_destroy(&u->lock);
		free(u);
		return NULL;
	}
	if (con)
		console_set_sink(con, uart_receive, u);
	return u;
}

void uart_destroy(struct uart *u)
{
	if (!u)
		return;
	pthread_mutex_destroy(&u->lock);
	free(u);
}

static void uart_dev_destroy(void *dev)
{
	uart_destroy(dev);
}

static int uart_fdt(void *dev, void *fdt, const struct board_fdt_ctx *ctx)
{
	struct uart *u = dev;
	char name[32];
	snprintf(name, sizeof(name), "serial@%llx", (unsigned long long)u->base);
	int rc;
	if ((rc = fdt_begin_node(fdt, name)) < 0 || (rc = bfdt_plic_irq(fdt, ctx, u->irq)) < 0 ||
	    (rc = fdt_property_u32(fdt, "clock-frequency", UART_CLOCK_HZ)) < 0 ||
	    (rc = bfdt_reg(fdt, u->base, VIRT_UART_SIZE)) < 0 ||
	    (rc = fdt_property_string(fdt, "compatible", "ns16550a")) < 0)
		return rc;
	return fdt_end_node(fdt);
}

/* Section "UART" v1: u8 ier, iir, fcr, lcr, mcr, lsr, msr, scr, dll, dlm,
 * thr_ipending; u32 count; the RX FIFO bytes, oldest first. */
#define UART_STATE_VERSION 1

static int uart_save(void *dev, struct ss_writer *w)
{
	struct uart *u = dev;
	pthread_mutex_lock(&u->lock);
	const uint8_t regs[] = {u->ier, u->iir, u->fcr, u->lcr, u->mcr,		u->lsr,
				u->msr, u->scr, u->dll, u->dlm, u->thr_ipending};
	ss_put_bytes(w, regs, sizeof(regs));
	ss_put_u32(w, u->count);
	for (unsigned k = 0; k < u->count; k++)
		ss_put_u8(w, u->fifo[(u->head + k) % UART_FIFO_SIZE]);
	pthread_mutex_unlock(&u->lock);
	return w->failed ? -1 : 0;
}

static int uart_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct uart *u = dev;
	if (r->version != UART_STATE_VERSION) {
		snprintf(err, errlen,
			 "UART state version %u is not supported (this rvisor reads %u)",
			 r->version, UART_STATE_VERSION);
		return -1;
	}
	uint8_t regs[11], fifo[UART_FIFO_SIZE];
	ss_get_bytes(r, regs, sizeof(regs));
	uint32_t count = ss_get_u32(r);
	if (!r->error && count > UART_FIFO_SIZE) {
		snprintf(err, errlen, "UART state holds %u RX bytes, the FIFO has %u", count,
			 UART_FIFO_SIZE);
		return -1;
	}
	ss_get_bytes(r, fifo, r->error ? 0 : count);
	if (r->error || r->pos != r->len) {
		snprintf(err, errlen, "UART state section is truncated or oversized");
		return -1;
	}
	if (regs[10] > 1 || (regs[0] & 0xf0) || (regs[4] & 0xe0) ||
	    (!(regs[2] & UART_FCR_FE) && count > 1)) {
		snprintf(err, errlen, "UART state section is out of range");
		return -1;
	}
	if (!apply)
		return 0;
	pthread_mutex_lock(&u->lock);
	u->ier = regs[0];
	u->iir = regs[1];
	u->fcr = regs[2] & 0xc9;
	u->lcr = regs[3];
	u->mcr = regs[4];
	u->lsr = regs[5];
	u->msr = regs[6];
	u->scr = regs[7];
	u->dll = regs[8];
	u->dlm = regs[9];
	u->thr_ipending = regs[10];
	u->head = 0;
	u->count = count;
	memcpy(u->fifo, fifo, count);
	update_irq(u, true);
	rx_resume(u);
	pthread_mutex_unlock(&u->lock);
	return 0;
}

const struct board_dev_ops uart_dev_ops = {
    .name = "uart",
    .section_id = SS_ID('U', 'A', 'R', 'T'),
    .version = UART_STATE_VERSION,
    .fdt_soc = uart_fdt,
    .save = uart_save,
    .load = uart_load,
    .destroy = uart_dev_destroy,
};
