/* HTIF (Spike-style tohost/fromhost) for bare-metal test programs. */
#ifndef RVISOR_MACHINE_HTIF_H
#define RVISOR_MACHINE_HTIF_H

#include <stdbool.h>
#include <stdint.h>

struct machine_env;

struct htif {
	const struct machine_env *env;
	uint64_t base; /* start of the MMIO region */
	uint64_t tohost_addr, fromhost_addr;
	uint64_t tohost, fromhost;
};

/* Map the tohost (and fromhost, when given) words as a device. */
int htif_init(struct htif *ht, const struct machine_env *env, uint64_t tohost, uint64_t fromhost,
	      bool has_fromhost);

#endif
