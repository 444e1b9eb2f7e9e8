/* Admission control of VM starts against the host's RAM and CPUs (admission.h). */
#include "daemon/admission.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "vmm/limits.h"

#define ALLOWANCE_MIB (LIMITS_VMM_ALLOWANCE >> 20)

void admission_add(struct admission_load *load, uint64_t memory_mib, unsigned cpus)
{
	load->memory_mib += memory_mib + ALLOWANCE_MIB;
	load->cpus += cpus;
	load->nvms++;
}

int admission_check(const struct admission_host *h, const struct admission_load *running,
		    const char *name, uint64_t memory_mib, unsigned cpus, struct error *e)
{
	uint64_t want = memory_mib + ALLOWANCE_MIB;
	double mem_budget = (double)h->ram_mib * h->memory_ratio;
	double cpu_budget = (double)h->cpus * h->cpu_ratio;
	if ((double)(running->memory_mib + want) > mem_budget)
		return err_set(e, ERR_CONFLICT,
			       "VM '%s' cannot start: memory committed would be %llu MiB (%llu "
			       "MiB for this VM: %llu MiB of guest RAM + %llu MiB for rvisor; "
			       "%llu MiB for the %u VM(s) running), over the host's %llu MiB x "
			       "memory overcommit %g = %.0f MiB",
			       name, (unsigned long long)(running->memory_mib + want),
			       (unsigned long long)want, (unsigned long long)memory_mib,
			       (unsigned long long)ALLOWANCE_MIB,
			       (unsigned long long)running->memory_mib, running->nvms,
			       (unsigned long long)h->ram_mib, h->memory_ratio, mem_budget);
	if ((double)(running->cpus + cpus) > cpu_budget)
		return err_set(e, ERR_CONFLICT,
			       "VM '%s' cannot start: vCPUs committed would be %u (%u for this "
			       "VM, %u for the %u VM(s) running), over the host's %u CPUs x cpu "
			       "overcommit %g = %.2f",
			       name, running->cpus + cpus, cpus, running->cpus, running->nvms,
			       h->cpus, h->cpu_ratio, cpu_budget);
	return 0;
}

void admission_host_probe(struct admission_host *h)
{
	long pages = sysconf(_SC_PHYS_PAGES), psz = sysconf(_SC_PAGESIZE);
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	h->ram_mib = pages > 0 && psz > 0 ? (uint64_t)pages * (uint64_t)psz >> 20 : 0;
	h->cpus = cpus > 0 ? (unsigned)cpus : 1;
}

int admission_parse_ratio(const char *s, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || *end || !(v >= 0.01 && v <= 1000))
		return -1;
	*out = v;
	return 0;
}
