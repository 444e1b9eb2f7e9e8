/* Admission control: a VM starts only when the memory and vCPUs committed
 * to running VMs, with it, stay within the host's RAM and CPUs times the
 * daemon's overcommit ratios (docs/daemon.md, "Admission control"). Pure
 * functions: the server gives the numbers. */
#ifndef RVISOR_DAEMON_ADMISSION_H
#define RVISOR_DAEMON_ADMISSION_H

#include <stdint.h>

#include "util/error.h"

#define ADMISSION_MEMORY_RATIO_DEFAULT 1.0
#define ADMISSION_CPU_RATIO_DEFAULT 4.0

/* The host and the daemon's ratios. */
struct admission_host {
	uint64_t ram_mib;
	unsigned cpus;
	double memory_ratio, cpu_ratio;
};

/* What VMs take: memory counts guest RAM plus the VMM allowance
 * (vmm/limits.h) per VM. */
struct admission_load {
	uint64_t memory_mib; /* guest RAM, the allowance added by admission_check */
	unsigned cpus;
	unsigned nvms;
};

/* Add a VM of memory_mib guest RAM and cpus vCPUs to load. */
void admission_add(struct admission_load *load, uint64_t memory_mib, unsigned cpus);

/* May a VM `name` of memory_mib and cpus start beside `running`? Returns 0,
 * or -1 with e set (ERR_CONFLICT) giving the numbers. */
int admission_check(const struct admission_host *h, const struct admission_load *running,
		    const char *name, uint64_t memory_mib, unsigned cpus, struct error *e);

/* The host's RAM (MiB) and online CPUs into h (ratios untouched). */
void admission_host_probe(struct admission_host *h);

/* A ratio given as text: a number from 0.01 to 1000. Returns 0, or -1. */
int admission_parse_ratio(const char *s, double *out);

#endif
