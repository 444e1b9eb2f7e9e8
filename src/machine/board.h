/* The QEMU-virt-compatible board: devices on the bus and the device tree.
 *
 * Memory map (as QEMU virt, see ../shared/guest/qemu-virt.dts):
 *   0x0010_0000  syscon (poweroff 0x5555 / reboot 0x7777)
 *   0x0010_1000  goldfish RTC (irq 11)
 *   0x0200_0000  CLINT (msip, mtimecmp, mtime)
 *   0x0c00_0000  PLIC (contexts: hart k M-mode = 2k, S-mode = 2k+1)
 *   0x1000_0000  NS16550A UART (irq 10)
 *   0x1000_1000  virtio-mmio slots, 0x1000 apart (irq 1..8 for the first
 *                eight, as QEMU virt; then 12..27)
 *   0x8000_0000  RAM
 *
 * Every device is one `struct board_dev_ops` (kvmtool style): its device-tree
 * node(s), its state-stream section and its teardown. The built-in devices
 * register themselves in board_create(); later devices (virtio-mmio) use
 * board_add_device() and then appear in the device tree and in snapshots
 * with no other change here.
 */
#ifndef RVISOR_MACHINE_BOARD_H
#define RVISOR_MACHINE_BOARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct error;

struct machine_env;
struct board;
struct console;
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

#define VIRT_SYSCON_SIZE 0x1000ULL
#define VIRT_RTC_SIZE 0x1000ULL
#define VIRT_CLINT_SIZE 0x10000ULL
#define VIRT_PLIC_SIZE 0x600000ULL
#define VIRT_UART_SIZE 0x100ULL
#define VIRT_VIRTIO_SIZE 0x1000ULL
#define VIRT_VIRTIO_COUNT 24
/* Slots 0..7 -> PLIC sources 1..8 (QEMU virt); 8..23 -> 12..27 (past the
 * UART's 10 and the RTC's 11). */
#define VIRT_VIRTIO_IRQ(slot) ((slot) < 8 ? 1u + (slot) : 4u + (slot))

struct board_fdt_params {
	const char *bootargs;
	uint64_t initrd_start, initrd_end; /* 0, 0 = no initrd */
	bool sstc;			   /* advertise Sstc in riscv,isa */
	/* rvisor provides SBI (no --firmware): the guest powers off through
	 * SBI SRST, so the tree leaves out syscon-poweroff (see syscon.c). */
	bool vmm_sbi;
};

/* Create the board's devices on the guest bus. The UART uses the given file
 * descriptors for the console (stdin/stdout normally; -1 = none). Returns
 * NULL with e set (naming the device) on failure. (The devices' own
 * create functions return NULL with errno set.) */
struct board *board_create(const struct machine_env *env, int console_in, int console_out,
			   struct error *e);
/* Stops the console and frees every device. The bus has no way to unmap a
 * region, so the VM must not run (or touch MMIO) afterwards: destroy it. */
void board_destroy(struct board *b);
/* Build the flattened device tree. Returns a malloc'd blob, or NULL with e
 * set. */
void *board_build_fdt(struct board *b, const struct board_fdt_params *p, size_t *size,
		      struct error *e);
/* Console: start/stop the host side (terminal raw mode, input thread).
 * Start returns 0 or -1 with e set; stop is idempotent. */
int board_console_start(struct board *b, struct error *e);
void board_console_stop(struct board *b);
/* The host console (machine/console.h), for a device that takes its input
 * instead of the UART (virtio-console: console_set_sink before
 * board_console_start) or writes to its output. */
struct console *board_console(struct board *b);
/* One byte of console input (shared with the UART), or -1 when none. */
int board_console_getchar(struct board *b);
/* The PLIC interrupt line API for devices (any thread). Level-triggered:
 * a device holds its line at 1 while it wants service. */
void board_set_irq(struct board *b, unsigned irq, bool level);

/* Save/load every board device's state.
 *
 * board_save writes one section per device, {ops->section_id, instance,
 * ops->version}. board_load takes ONE section (a reader from
 * ss_next_section) and applies it to the device that owns it: it returns 0
 * when applied, 1 when no board device owns the section (the caller hands
 * it to someone else), -1 when the section is malformed or of a version the
 * device does not know (nothing is applied). board_load_section is the same
 * with a validate-only mode (apply = false: parse fully, change nothing), so
 * a stream loader can check every section before applying any, and with a
 * message saying why a section was refused. */
int board_save(struct board *b, struct ss_writer *w);
int board_load(struct board *b, struct ss_reader *r);
int board_load_section(struct board *b, struct ss_reader *r, bool apply, char *err, size_t errlen);

/* --- Device registry (for the board's own devices and later ones) --- */

/* Fixed phandles of the generated tree (devices reference each other). */
#define BOARD_PHANDLE_PLIC 1u
#define BOARD_PHANDLE_SYSCON 2u
#define BOARD_PHANDLE_CPU(k) (3u + 2u * (k))
#define BOARD_PHANDLE_CPU_INTC(k) (4u + 2u * (k))

struct board_fdt_ctx {
	unsigned ncpus;
	uint32_t plic_phandle;	 /* interrupt-parent for PLIC sources */
	uint32_t syscon_phandle; /* regmap for poweroff/reboot */
	bool vmm_sbi;		 /* board_fdt_params.vmm_sbi */
};

/* One device. The fdt hooks use libfdt's sequential-write API (the tree is
 * open at /soc for fdt_soc, at the root for fdt_root); they return 0 or a
 * negative libfdt error. save writes the section payload only (the board
 * frames it); load parses r (r->version says which payload version) into
 * temporaries, refuses with -1 and a message in err on any problem, and
 * changes the device only when apply is true. Any hook may be NULL. */
struct board_dev_ops {
	const char *name;
	uint32_t section_id; /* SS_ID(...); 0 = no state */
	uint32_t version;    /* payload version board_save writes */
	int (*fdt_soc)(void *dev, void *fdt, const struct board_fdt_ctx *ctx);
	int (*fdt_root)(void *dev, void *fdt, const struct board_fdt_ctx *ctx);
	int (*save)(void *dev, struct ss_writer *w);
	int (*load)(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen);
	void (*destroy)(void *dev); /* called by board_destroy, in reverse order */
};

#define BOARD_MAX_DEVICES 40

/* Register a device (its MMIO is already on the bus). `instance` tells
 * sections of several devices of one kind apart (e.g. the virtio slot).
 * Nodes appear in the tree in registration order. Returns 0, or -1 when the
 * table is full or (section_id, instance) is taken. Virtio-mmio devices are
 * meant to come in this way, with an fdt_soc hook that writes
 * virtio_mmio@<VIRT_VIRTIO_BASE + slot * 0x1000> {compatible "virtio,mmio",
 * interrupts <VIRT_VIRTIO_IRQ(slot)>, interrupt-parent <plic_phandle>}. */
int board_add_device(struct board *b, const struct board_dev_ops *ops, void *dev,
		     uint32_t instance);

/* Accessors (fdt.c and devices). */
const struct machine_env *board_env(const struct board *b);
unsigned board_ndevices(const struct board *b);
const struct board_dev_ops *board_device(const struct board *b, unsigned k, void **dev);

#endif
