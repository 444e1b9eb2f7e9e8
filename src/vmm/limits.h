/* A VM process's resource limits (CPU cap, weight and pinning, memory cap,
 * pids cap): their option grammar, shared by `rvisor run` and the daemon's
 * VM configuration, and the VMM allowance a memory cap adds to guest RAM
 * (docs/resources.md). Pure functions: vmm/cgroup.h applies them. */
#ifndef RVISOR_VMM_LIMITS_H
#define RVISOR_VMM_LIMITS_H

#include <sched.h>
#include <stdbool.h>
#include <stdint.h>

#include "util/error.h"

/* What the VM process takes besides guest RAM: code and data of rvisor
 * and its libraries, thread stacks, the JIT's code cache, device buffers,
 * libslirp. A guest-RAM-sized process plus this is the memory cap of
 * --memory-limit auto and what admission control counts per VM. */
#define LIMITS_VMM_ALLOWANCE (128ULL << 20)

#define LIMITS_WEIGHT_MIN 1
#define LIMITS_WEIGHT_MAX 10000
#define LIMITS_WEIGHT_DEFAULT 100 /* cgroup v2's default cpu.weight */
#define LIMITS_PIDS_MIN 1
#define LIMITS_PIDS_MAX 4194304
#define LIMITS_CPU_MAX_MIN 0.01 /* host CPUs; a smaller quota starves the VM */
#define LIMITS_MAX_VCPU_PIN 64	/* host CPUs named by --cpu-pin vcpus= */

struct vm_limits {
	double cpu_max;	     /* host CPUs the process may use (0.5: half of one); 0: no cap */
	unsigned cpu_weight; /* 1..10000 on cgroup v2's scale (100 normal); 0: not set */
	cpu_set_t cpu_pin;   /* host CPUs the process's threads run on */
	unsigned npin;	     /* CPUs in cpu_pin; 0: no pinning */
	/* vCPU k runs on host CPU vcpu_pin[k % nvcpu_pin] (--cpu-pin vcpus=);
	 * nvcpu_pin 0: vCPUs run where the process may. */
	unsigned vcpu_pin[LIMITS_MAX_VCPU_PIN];
	unsigned nvcpu_pin;
	uint64_t memory_max; /* bytes; 0: no cap (resolved from memory_auto) */
	bool memory_auto;    /* memory_max = guest RAM + LIMITS_VMM_ALLOWANCE */
	unsigned pids_max;   /* processes and threads; 0: no cap */
};

/* Each parser fills its field(s) of l from the option's text, or returns
 * -1 with e set (ERR_INVALID) saying what is expected. */
/* A positive number of host CPUs, at most the host's CPU count. */
int limits_parse_cpu_max(struct vm_limits *l, const char *s, struct error *e);
/* An integer 1..10000 (100 = a normal share). */
int limits_parse_cpu_weight(struct vm_limits *l, const char *s, struct error *e);
/* A list of host CPU numbers and ranges: "0", "0,1", "0-3,6" (cpu_pin:
 * every thread of the process); or "vcpus=" and one host CPU per vCPU, in
 * vCPU order, ranges expanded in order: "vcpus=1,0", "vcpus=0-3"
 * (vcpu_pin: vCPU k on the k-th, wrapping around when the VM has more
 * vCPUs; the process's other threads are not pinned by it). */
int limits_parse_cpu_pin(struct vm_limits *l, const char *s, struct error *e);
/* "auto" (guest RAM + allowance), "off", or a size (512M, 1G). */
int limits_parse_memory(struct vm_limits *l, const char *s, struct error *e);
/* An integer 16..4194304. */
int limits_parse_pids(struct vm_limits *l, const char *s, struct error *e);

/* Resolve memory_auto once the guest RAM is known. A cap below guest RAM
 * plus the allowance is kept (a guest that uses its RAM is then OOM-killed:
 * the caller warns). */
void limits_resolve(struct vm_limits *l, uint64_t guest_ram);

/* Does l ask for anything that needs a cgroup (all but pinning)? */
bool limits_need_cgroup(const struct vm_limits *l);

/* cgroup v1's cpu.shares for a v2 weight: 1024 is v1's normal share, 100
 * v2's, so shares = weight * 1024 / 100 (at least 2, v1's minimum). */
unsigned long limits_v1_shares(unsigned weight);

#endif
