/* The sandbox's seccomp-bpf programs, built by hand from an allow-list:
 * a binary search over syscall numbers, hot calls first. */
#ifndef RVISOR_VMM_SANDBOX_BPF_H
#define RVISOR_VMM_SANDBOX_BPF_H

#include <linux/filter.h>
#include <stdbool.h>
#include <stdint.h>

#define SANDBOX_BPF_MAX_CALLS 512
#define SANDBOX_BPF_MAX_CONDS 1024

/* One argument test: (args[arg] & mask) == value, on all 64 bits. */
struct sandbox_bpf_cond {
	unsigned arg;
	uint64_t mask, value;
};

/* A syscall and what it gets: action when it has no condition or when
 * any one of its conditions holds; the list's deny action otherwise. */
struct sandbox_bpf_call {
	int nr;
	uint32_t action;	/* a SECCOMP_RET_* value */
	unsigned first, nconds; /* in sandbox_bpf.conds */
};

/* What the search tree decides on: one call (lo == hi), or a run of
 * consecutive numbers whose calls all get the same action with no
 * condition (c the first of them), tested as a range: a shorter program,
 * which the kernel compiles in each thread the sandbox starts and runs on
 * each of its system calls. */
struct sandbox_bpf_range {
	uint32_t lo, hi;
	const struct sandbox_bpf_call *c;
};

/* An allow-list under construction (large: keep it off small stacks). */
struct sandbox_bpf {
	uint32_t deny; /* every call not in the list, and a failed condition */
	uint32_t arch; /* the AUDIT_ARCH_* value the program accepts */
	unsigned ncalls, nconds;
	struct sandbox_bpf_call calls[SANDBOX_BPF_MAX_CALLS];
	struct sandbox_bpf_cond conds[SANDBOX_BPF_MAX_CONDS];
	/* sandbox_bpf_emit's work space: a program is copied out at its size
	 * (one list emits every kind's program into the same pages). */
	struct sock_filter scratch[BPF_MAXINSNS];
	const struct sandbox_bpf_call *sorted[SANDBOX_BPF_MAX_CALLS];
	struct sandbox_bpf_range items[SANDBOX_BPF_MAX_CALLS];
};

/* An empty list for this architecture. */
void sandbox_bpf_init(struct sandbox_bpf *f, uint32_t deny);

/* Whether call nr is in f's list already. */
bool sandbox_bpf_has(const struct sandbox_bpf *f, int nr);

/* Add call nr with its action, allowed unconditionally (nconds 0) or when
 * one of conds holds. Returns 0, -EEXIST when nr is in the list already
 * (the first entry stays), -ENOSPC when the list is full or -EINVAL for a
 * negative number or an argument past 5. */
int sandbox_bpf_add(struct sandbox_bpf *f, int nr, uint32_t action, unsigned nconds,
		    const struct sandbox_bpf_cond *conds);

/* The program: the architecture checked (another kills the process),
 * syscall number -1 (a tracer's skipped call) answered ENOSYS, x32 calls
 * denied, then the nhot numbers of hot (those in the list) tested first, then
 * a binary search over the rest. *out's filter is malloc'd. Returns 0 or
 * -ENOMEM, or -E2BIG past BPF_MAXINSNS or a condition list too long. */
int sandbox_bpf_emit(struct sandbox_bpf *f, const int *hot, unsigned nhot, struct sock_fprog *out);

#endif
