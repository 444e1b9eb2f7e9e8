/* SiFive CLINT as on QEMU virt: per-hart msip and mtimecmp, and mtime (the
 * VM's virtual clock). */
#ifndef RVISOR_MACHINE_CLINT_H
#define RVISOR_MACHINE_CLINT_H

#include <stdint.h>

struct machine_env;
struct clint;
struct board_dev_ops;

#define CLINT_MSIP 0x0
#define CLINT_MTIMECMP 0x4000
#define CLINT_MTIME 0xbff8

/* Map the CLINT at `base` on the guest bus. NULL on failure (message printed). */
struct clint *clint_create(const struct machine_env *env, uint64_t base);
void clint_destroy(struct clint *c);

extern const struct board_dev_ops clint_dev_ops;

#endif
