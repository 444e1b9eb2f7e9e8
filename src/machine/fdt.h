/* Device-tree helpers shared by the board's devices (libfdt sequential-write
 * API): reg, cell lists, interrupts. board_build_fdt lives in fdt.c. */
#ifndef RVISOR_MACHINE_FDT_H
#define RVISOR_MACHINE_FDT_H

#include <stddef.h>
#include <stdint.h>

struct board_fdt_ctx;

/* reg = <base size> with #address-cells = #size-cells = 2. */
int bfdt_reg(void *fdt, uint64_t base, uint64_t size);
/* name = <cells[0] ... cells[n-1]>. */
int bfdt_cells(void *fdt, const char *name, const uint32_t *cells, size_t n);
/* interrupts = <irq>; interrupt-parent = <the PLIC>. */
int bfdt_plic_irq(void *fdt, const struct board_fdt_ctx *ctx, unsigned irq);
/* A string list property from a NUL-separated literal: pass sizeof(lit). */
int bfdt_strings(void *fdt, const char *name, const char *list, size_t len);

#endif
