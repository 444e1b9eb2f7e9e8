/* The "sifive,test" syscon of QEMU virt: a write at offset 0 powers off
 * (0x5555), fails with a code (0x3333 | code << 16) or reboots (0x7777). */
#ifndef RVISOR_MACHINE_SYSCON_H
#define RVISOR_MACHINE_SYSCON_H

#include <stdint.h>

struct machine_env;
struct syscon;
struct board_dev_ops;

#define SYSCON_FAIL 0x3333
#define SYSCON_PASS 0x5555
#define SYSCON_RESET 0x7777

/* Map the syscon at `base` on the guest bus. NULL on failure (message printed). */
struct syscon *syscon_create(const struct machine_env *env, uint64_t base);
void syscon_destroy(struct syscon *s);

extern const struct board_dev_ops syscon_dev_ops;

#endif
