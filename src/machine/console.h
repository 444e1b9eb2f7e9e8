/* The host side of the serial console: unbuffered output to a file
 * descriptor, an input thread feeding a sink (the UART's RX FIFO) with flow
 * control, terminal raw mode with restore on every exit path, and the
 * Ctrl-A escape (Ctrl-A x quits, Ctrl-A Ctrl-A sends Ctrl-A). */
#ifndef RVISOR_MACHINE_CONSOLE_H
#define RVISOR_MACHINE_CONSOLE_H

#include <stddef.h>
#include <stdint.h>

struct machine_env;
struct console;
struct error;

/* Where input goes: returns how many of the n bytes it took. When it takes
 * fewer, it must call console_rx_ready() once it has room again. */
typedef size_t (*console_sink_fn)(void *ctx, const uint8_t *p, size_t n);

/* in_fd/out_fd may be -1 (no input / output is discarded). NULL with errno
 * set on failure. */
struct console *console_create(const struct machine_env *env, int in_fd, int out_fd);
void console_destroy(struct console *c); /* stops it first */
void console_set_sink(struct console *c, console_sink_fn fn, void *ctx);
/* Raw mode when in_fd is the foreground terminal, then the input thread.
 * Returns 0, or -1 with e set. */
int console_start(struct console *c, struct error *e);
/* Stop the input thread and restore the terminal (idempotent). */
void console_stop(struct console *c);
/* Guest output. Waits at most about a second for a full pipe or terminal;
 * after that, output is dropped until the fd drains. */
void console_write(struct console *c, const uint8_t *p, size_t n);
/* Output timestamps, for a migration's trace (vmm/migrate_trace.h): from
 * console_stamp_output on, console_write notes the CLOCK_MONOTONIC time
 * (ns) of the first and the latest output; 0 until then. Off by default
 * (no clock read per byte). */
void console_stamp_output(struct console *c);
uint64_t console_first_output_ns(struct console *c);
uint64_t console_last_output_ns(struct console *c);
/* The sink has room again: resume reading input (any thread). */
void console_rx_ready(struct console *c);
/* Put the terminal back as it was if a console made it raw. Async-signal-
 * safe: for a fatal signal handler that ends the process with _exit. */
void console_restore_terminal(void);

#endif
