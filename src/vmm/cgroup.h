/* The VM process's control groups: where the host has them writable, a
 * group per VM process (PARENT/vm-PID beneath the group the process was
 * started in, in cgroup v2 when its unified hierarchy has the controllers,
 * else in each v1 controller's hierarchy) holding the limits of
 * vmm/limits.h; reaped after the process is gone, with the kernel's OOM
 * kills counted (docs/resources.md). */
#ifndef RVISOR_VMM_CGROUP_H
#define RVISOR_VMM_CGROUP_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "util/error.h"
#include "vmm/limits.h"

#define CGROUP_PARENT_DEFAULT "rvisor"

enum cgroup_ctl { CGROUP_CPU, CGROUP_MEMORY, CGROUP_PIDS, CGROUP_NCTL };

struct cgroup_vm {
	bool v2;			 /* the groups are one v2 group */
	char dir[CGROUP_NCTL][PATH_MAX]; /* the VM's group per controller; "" when none */
	/* The limits asked for and not enforced, and why ("" when all are):
	 * for the caller's warning. */
	char unenforced[1024];
};

/* Is name usable as the parent group's name (letters, digits, '.', '_',
 * '-'; not "." or "..")? */
bool cgroup_parent_ok(const char *name);

/* Make pid's groups for the limits in l (the controllers they need only),
 * write the limits, and move pid (all its threads) in; first remove the
 * empty groups of processes that are gone (a crash leaves them behind).
 * A controller with no writable hierarchy is named in g->unenforced, not
 * an error. Returns 0, or -1 with e set when a group made cannot take a
 * limit or the process (the groups are removed again). */
int cgroup_vm_enter(struct cgroup_vm *g, const char *parent, pid_t pid, const struct vm_limits *l,
		    struct error *e);

/* Change the limits of the running VM process pid for the controllers in
 * which (a limit absent from l is written as none): in its own groups
 * under parent, or, for a controller it started without, in a group made
 * now beneath the group it is in (where cgroup_vm_reap finds it) and the
 * process moved in, with also (> 0: the VM process under the sandbox's
 * PID-namespace relay pid). dirs[c] says where each was written. Returns 0, or -1
 * with e set (ERR_CONFLICT when no hierarchy can take it or the kernel
 * refuses the value, e.g. a memory cap below what the VM uses); the
 * controllers before the failing one keep their new values. */
int cgroup_vm_update(const char *parent, pid_t pid, pid_t also, const struct vm_limits *l,
		     const bool which[CGROUP_NCTL], char dirs[CGROUP_NCTL][PATH_MAX],
		     struct error *e);

/* What the kernel did to a reaped group's process. */
struct cgroup_outcome {
	bool found;	     /* pid had groups under parent */
	uint64_t oom_kills;  /* the memory cgroup's OOM kills */
	uint64_t memory_max; /* its memory cap in bytes (0: none) */
};

/* After pid is gone (called by a process that did not enter the groups:
 * the VM's keeper or its cleanup process): read what happened in pid's
 * groups under parent, then remove them (and the parent, when empty).
 * Returns 0, or -1 with e set when a group cannot be removed. */
int cgroup_vm_reap(const char *parent, pid_t pid, struct cgroup_outcome *o, struct error *e);

#endif
