/* Assembles a complete virt machine for `rvisor run`: board devices, SBI or
 * firmware, kernel, initrd and device tree, and the harts' boot state. */
#ifndef RVISOR_MACHINE_VIRT_H
#define RVISOR_MACHINE_VIRT_H

#include <stddef.h>

#include "machine/htif.h"
#include "machine/sbi.h"

struct vm;
struct vm_config;
struct board;

struct virt {
	struct vm *vm;
	struct board *board;
	struct sbi sbi;
	struct htif htif;
	bool firmware_mode; /* an M-mode firmware runs (else rvisor provides SBI) */
};

/* Build the machine described by vm->cfg. Returns 0, or -1 after printing a
 * message that names the file and the problem (the caller exits with 2). */
int virt_setup(struct virt *m, struct vm *vm, int console_in, int console_out);
void virt_teardown(struct virt *m);

#endif
