/* `rvisor run`'s resource options (--cpu-max, --cpu-weight, --cpu-pin,
 * --memory-limit, --pids-max) and putting them in force on the VM process
 * (vmm/limits.h, vmm/cgroup.h, docs/resources.md). */
#ifndef RVISOR_CLI_RUN_LIMITS_H
#define RVISOR_CLI_RUN_LIMITS_H

#include <getopt.h>
#include <stdint.h>
#include <stdio.h>

#include "vmm/limits.h"

/* getopt codes of the options, and their table (NULL-terminated). */
enum { RUN_LIMITS_OPT_FIRST = 650, RUN_LIMITS_OPT_LAST = 654 };
extern const struct option run_limits_options[];

/* The options' lines of `rvisor run --help`. */
void run_limits_usage(FILE *f);

/* Option c (RUN_LIMITS_OPT_FIRST..LAST) with its argument into l.
 * Returns 0, or -1 after a message. */
int run_limits_option(struct vm_limits *l, int c, const char *arg);

/* Put l in force on this process (call before the first thread, with the
 * guest RAM known): a group per VM process under $RVISOR_CGROUP_PARENT
 * (default "rvisor") with the caps, a cleanup process that removes it when
 * the VM process is gone and says when the kernel's OOM killer ended it
 * (not when a keeper of the daemon does that, RVISOR_CGROUP_REAPER=keeper),
 * and the pinning of every thread. A limit no cgroup can enforce is a
 * warning. *hold_fd: the descriptor whose last close (at the VM process's
 * exit) wakes the cleanup process, or -1; the sandbox's PID-namespace
 * relay keeps it, so the groups go once both processes have. Returns 0,
 * or -1 after a message. */
int run_limits_apply(struct vm_limits *l, uint64_t guest_ram, int *hold_fd);

/* The cgroup parent of this process's VMs: $RVISOR_CGROUP_PARENT or
 * "rvisor". */
const char *run_limits_parent(void);

#endif
