/* Parsing and resolving a VM process's resource limits (limits.h). */
#include "vmm/limits.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/opts.h"

static long host_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? n : 1;
}

int limits_parse_cpu_max(struct vm_limits *l, const char *s, struct error *e)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	long n = host_cpus();
	if (errno || end == s || *end || !(v >= LIMITS_CPU_MAX_MIN) || v > (double)n)
		return err_set(e, ERR_INVALID,
			       "cpu cap '%s': expected a number of host CPUs from %g to %ld "
			       "(0.5: half of one CPU)",
			       s, LIMITS_CPU_MAX_MIN, n);
	l->cpu_max = v;
	return 0;
}

/* A decimal integer lo..hi into *out, or false. */
static bool parse_uint(const char *s, unsigned long lo, unsigned long hi, unsigned long *out)
{
	char *end;
	errno = 0;
	if (!*s || *s < '0' || *s > '9')
		return false;
	unsigned long v = strtoul(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

int limits_parse_cpu_weight(struct vm_limits *l, const char *s, struct error *e)
{
	unsigned long v;
	if (!parse_uint(s, LIMITS_WEIGHT_MIN, LIMITS_WEIGHT_MAX, &v))
		return err_set(e, ERR_INVALID,
			       "cpu weight '%s': expected an integer from %d to %d (%d is a "
			       "normal share)",
			       s, LIMITS_WEIGHT_MIN, LIMITS_WEIGHT_MAX, LIMITS_WEIGHT_DEFAULT);
	l->cpu_weight = (unsigned)v;
	return 0;
}

/* A list of host CPU numbers and ranges below n into set and, in the
 * order given (ranges expanded), into order (at most max). Returns 0, or
 * -1 for anything else. */
static int parse_cpu_list(const char *p, long n, cpu_set_t *set, unsigned *order, unsigned *norder,
			  unsigned max)
{
	CPU_ZERO(set);
	*norder = 0;
	for (;;) {
		char *end;
		if (*p < '0' || *p > '9')
			return -1;
		unsigned long a = strtoul(p, &end, 10), b = a;
		if (*end == '-') {
			if (end[1] < '0' || end[1] > '9')
				return -1;
			b = strtoul(end + 1, &end, 10);
		}
		if (a > b || b >= (unsigned long)n || b >= CPU_SETSIZE)
			return -1;
		for (unsigned long c = a; c <= b; c++) {
			CPU_SET(c, set);
			if (*norder >= max)
				return -1;
			order[(*norder)++] = (unsigned)c;
		}
		if (*end == 0)
			return 0;
		if (*end != ',')
			return -1;
		p = end + 1;
	}
}

int limits_parse_cpu_pin(struct vm_limits *l, const char *s, struct error *e)
{
	long n = host_cpus();
	cpu_set_t set;
	unsigned order[LIMITS_MAX_VCPU_PIN], norder;
	if (strncmp(s, "vcpus=", 6) == 0) {
		if (parse_cpu_list(s + 6, n, &set, order, &norder, LIMITS_MAX_VCPU_PIN) < 0)
			return err_set(e, ERR_INVALID,
				       "cpu pinning '%s': expected vcpus= and one host CPU per "
				       "vCPU, in order, from 0 to %ld (at most %d), e.g. vcpus=1,0",
				       s, n - 1, LIMITS_MAX_VCPU_PIN);
		memcpy(l->vcpu_pin, order, norder * sizeof(order[0]));
		l->nvcpu_pin = norder;
		return 0;
	}
	if (parse_cpu_list(s, n, &set, order, &norder, LIMITS_MAX_VCPU_PIN) < 0)
		return err_set(e, ERR_INVALID,
			       "cpu pinning '%s': expected host CPU numbers and ranges from 0 to "
			       "%ld, e.g. 0,1 or 0-1, or one host CPU per vCPU: vcpus=1,0",
			       s, n - 1);
	l->cpu_pin = set;
	l->npin = (unsigned)CPU_COUNT(&set);
	return 0;
}

int limits_parse_memory(struct vm_limits *l, const char *s, struct error *e)
{
	uint64_t v;
	if (strcmp(s, "auto") == 0) {
		l->memory_auto = true;
		l->memory_max = 0;
	} else if (strcmp(s, "off") == 0) {
		l->memory_auto = false;
		l->memory_max = 0;
	} else if (opts_parse_size(s, 20, &v) && v >= (16ULL << 20) && v <= (1ULL << 40)) {
		l->memory_auto = false;
		l->memory_max = v;
	} else {
		return err_set(e, ERR_INVALID,
			       "memory limit '%s': expected auto (guest RAM + %llu MiB), off, "
			       "or a size from 16M to 1T",
			       s, LIMITS_VMM_ALLOWANCE >> 20);
	}
	return 0;
}

int limits_parse_pids(struct vm_limits *l, const char *s, struct error *e)
{
	unsigned long v;
	if (!parse_uint(s, LIMITS_PIDS_MIN, LIMITS_PIDS_MAX, &v))
		return err_set(e, ERR_INVALID, "pids cap '%s': expected an integer from %d to %d",
			       s, LIMITS_PIDS_MIN, LIMITS_PIDS_MAX);
	l->pids_max = (unsigned)v;
	return 0;
}

void limits_resolve(struct vm_limits *l, uint64_t guest_ram)
{
	if (l->memory_auto)
		l->memory_max = guest_ram + LIMITS_VMM_ALLOWANCE;
}

bool limits_need_cgroup(const struct vm_limits *l)
{
	return l->cpu_max > 0 || l->cpu_weight || l->memory_max || l->memory_auto || l->pids_max;
}

unsigned long limits_v1_shares(unsigned weight)
{
	unsigned long s = (unsigned long)weight * 1024 / 100;
	return s < 2 ? 2 : s;
}
