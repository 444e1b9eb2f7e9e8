/* The virt board: creates the devices, keeps the device registry (device
 * tree hooks, state sections), routes device interrupts to the PLIC. */
#include "machine/board.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "machine/clint.h"
#include "machine/console.h"
#include "machine/plic.h"
#include "machine/rtc.h"
#include "machine/syscon.h"
#include "machine/uart.h"
#include "state/stream.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"
#include "util/error.h"

struct board_device {
	const struct board_dev_ops *ops;
	void *dev;
	uint32_t instance;
};

struct board {
	const struct machine_env *env;
	struct console *console;
	struct plic *plic;
	struct uart *uart;
	struct board_device devs[BOARD_MAX_DEVICES];
	unsigned ndevs;
};

int board_add_device(struct board *b, const struct board_dev_ops *ops, void *dev, uint32_t instance)
{
	if (b->ndevs >= BOARD_MAX_DEVICES)
		return -1;
	for (unsigned k = 0; ops->section_id && k < b->ndevs; k++) {
		if (b->devs[k].ops->section_id == ops->section_id &&
		    b->devs[k].instance == instance)
			return -1;
	}
	b->devs[b->ndevs++] = (struct board_device){ops, dev, instance};
	return 0;
}

const struct machine_env *board_env(const struct board *b)
{
	return b->env;
}

unsigned board_ndevices(const struct board *b)
{
	return b->ndevs;
}

const struct board_dev_ops *board_device(const struct board *b, unsigned k, void **dev)
{
	if (k >= b->ndevs)
		return NULL;
	if (dev)
		*dev = b->devs[k].dev;
	return b->devs[k].ops;
}

/* Register a freshly created built-in device (NULL: its create failed
 * with errno set), or undo it on failure. */
static int add_builtin(struct board *b, const struct board_dev_ops *ops, void *dev,
		       const char *what, struct error *e)
{
	if (!dev)
		return err_errno(e, errno ? errno : ENOMEM, "the board's %s", what);
	if (board_add_device(b, ops, dev, 0) < 0) {
		ops->destroy(dev);
		return err_set(e, ERR_INTERNAL, "the board's %s: no room in its device table",
			       what);
	}
	return 0;
}

struct board *board_create(const struct machine_env *env, int console_in, int console_out,
			   struct error *e)
{
	struct board *b = calloc(1, sizeof(*b));
	if (!b) {
		err_errno(e, ENOMEM, "the board");
		return NULL;
	}
	b->env = env;
	errno = 0;
	b->console = console_create(env, console_in, console_out);
	if (!b->console) {
		err_errno(e, errno ? errno : ENOMEM, "the board's console");
		goto fail;
	}
	/* The PLIC first: the others raise interrupts through it. The order
	 * of registration is the order of the nodes under /soc. */
	errno = 0;
	struct plic *plic = plic_create(env, VIRT_PLIC_BASE);
	if (add_builtin(b, &plic_dev_ops, plic, "PLIC", e) < 0)
		goto fail;
	b->plic = plic;
	errno = 0;
	if (add_builtin(b, &syscon_dev_ops, syscon_create(env, VIRT_SYSCON_BASE), "syscon", e) <
		0 ||
	    add_builtin(b, &rtc_dev_ops, rtc_create(env, b, VIRT_RTC_BASE, VIRT_RTC_IRQ), "RTC",
			e) < 0 ||
	    add_builtin(b, &clint_dev_ops, clint_create(env, VIRT_CLINT_BASE), "CLINT", e) < 0)
		goto fail;
	errno = 0;
	struct uart *uart = uart_create(env, b, VIRT_UART_BASE, VIRT_UART_IRQ, b->console);
	if (add_builtin(b, &uart_dev_ops, uart, "UART", e) < 0)
		goto fail;
	b->uart = uart;
	return b;
fail:
	board_destroy(b);
	return NULL;
}

void board_destroy(struct board *b)
{
	if (!b)
		return;
	/* The console thread feeds the UART: stop it before devices go. */
	console_stop(b->console);
	for (unsigned k = b->ndevs; k-- > 0;) {
		if (b->devs[k].dev == (void *)b->plic)
			b->plic = NULL; /* last: devices above may still raise lines */
		if (b->devs[k].ops->destroy)
			b->devs[k].ops->destroy(b->devs[k].dev);
	}
	b->ndevs = 0;
	console_destroy(b->console);
	free(b);
}

void board_set_irq(struct board *b, unsigned irq, bool level)
{
	if (b->plic)
		plic_set_irq(b->plic, irq, level);
}

struct console *board_console(struct board *b)
{
	return b->console;
}

int board_console_getchar(struct board *b)
{
	return b->uart ? uart_getchar(b->uart) : -1;
}

int board_console_start(struct board *b, struct error *e)
{
	return console_start(b->console, e);
}

void board_console_stop(struct board *b)
{
	console_stop(b->console);
}

int board_save(struct board *b, struct ss_writer *w)
{
	for (unsigned k = 0; k < b->ndevs; k++) {
		const struct board_device *d = &b->devs[k];
		if (!d->ops->section_id || !d->ops->save)
			continue;
		ss_begin(w, d->ops->section_id, d->instance, d->ops->version);
		if (d->ops->save(d->dev, w) < 0)
			return -1;
		ss_end(w);
	}
	return w->failed ? -1 : 0;
}

int board_load_section(struct board *b, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	char dummy[160];
	if (!err || !errlen) {
		err = dummy;
		errlen = sizeof(dummy);
	}
	for (unsigned k = 0; k < b->ndevs; k++) {
		const struct board_device *d = &b->devs[k];
		if (!d->ops->section_id || d->ops->section_id != r->id ||
		    d->instance != r->instance)
			continue;
		if (!d->ops->load) {
			snprintf(err, errlen, "%s: state cannot be loaded", d->ops->name);
			return -1;
		}
		/* Parse from a copy: validation must not move the caller's cursor. */
		struct ss_reader copy = *r;
		copy.pos = 0;
		copy.error = false;
		if (d->ops->load(d->dev, &copy, apply, err, errlen) < 0)
			return -1;
		if (apply)
			*r = copy;
		return 0;
	}
	return 1;
}

int board_load(struct board *b, struct ss_reader *r)
{
	char err[160];
	return board_load_section(b, r, true, err, sizeof(err));
}
