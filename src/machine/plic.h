/* SiFive/RISC-V PLIC as on QEMU virt: 96 level-triggered sources, two
 * contexts per hart (M-mode 2k, S-mode 2k+1) driving MEIP/SEIP. */
#ifndef RVISOR_MACHINE_PLIC_H
#define RVISOR_MACHINE_PLIC_H

#include <stdbool.h>
#include <stdint.h>

struct machine_env;
struct plic;
struct board_dev_ops;

#define PLIC_NDEV 96		  /* riscv,ndev: sources 1..96 */
#define PLIC_NSRC (PLIC_NDEV + 1) /* including the reserved source 0 */
#define PLIC_WORDS ((PLIC_NSRC + 31) / 32)
#define PLIC_PRIO_MASK 7u /* 7 priority levels, as QEMU virt */

/* Map the PLIC at `base` on the guest bus. NULL on failure (message printed). */
struct plic *plic_create(const struct machine_env *env, uint64_t base);
void plic_destroy(struct plic *p);
/* Drive source `irq` (1..PLIC_NDEV; others ignored). Any thread. */
void plic_set_irq(struct plic *p, unsigned irq, bool level);

extern const struct board_dev_ops plic_dev_ops;

#endif
