/* The QEMU-virt-compatible board: devices on the bus and the device tree.
 *
 * Memory map (as QEMU virt, see ../shared/guest/qemu-virt.dts):
 *   0x0010_0000  syscon (poweroff 0x5555 / reboot 0x7777)
 *   0x0010_1000  goldfish RTC (irq 11)
 *   0x0200_0000  CLINT (msip, mtimecmp, mtime)
 *   0x0c00_0000  PLIC (contexts: hart k M-mode = 2k, S-mode = 2k+1)
 *   0x1000_0000  NS16550A UART (irq 10)
 *   0x1000_1000  virtio-mmio slots, 0x1000 apart (irq 1..8)
 *   0x8000_0000  RAM
 */
#ifndef RVISOR_MACHINE_BOARD_H
#define RVISOR_MACHINE_BOARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct vm;
struct board;
struct ss_writer;
struct ss_reader;

#define VIRT_SYSCON_BASE 0x00100000ULL
#define VIRT_RTC_BASE 0x00101000ULL
#define VIRT_CLINT_BASE 0x02000000ULL
#define VIRT_PLIC_BASE 0x0c000000ULL
#define VIRT_UART_BASE 0x10000000ULL
#define VIRT_VIRTIO_BASE 0x10001000ULL
#define VIRT_UART_IRQ 10
#define VIRT_RTC_IRQ 11

struct board_fdt_params {
	const char *bootargs;
	uint64_t initrd_start, initrd_end; /* 0, 0 = no initrd */
	bool sstc;                         /* advertise Sstc in riscv,isa */
};

/* Create the board's devices on vm->bus. The UART uses the given file
 * descriptors for the console (stdin/stdout normally). */
struct board *board_create(struct vm *vm, int console_in, int console_out);
void board_destroy(struct board *b);
/* Build the flattened device tree. Returns a malloc'd blob or NULL. */
void *board_build_fdt(struct board *b, const struct board_fdt_params *p, size_t *size);
/* Console: start/stop the host side (terminal raw mode, input thread). */
int board_console_start(struct board *b);
void board_console_stop(struct board *b);
/* The PLIC interrupt line API for devices (any thread). */
void board_set_irq(struct board *b, unsigned irq, bool level);
/* Save/load every board device's state. */
int board_save(struct board *b, struct ss_writer *w);
int board_load(struct board *b, struct ss_reader *r);

#endif
