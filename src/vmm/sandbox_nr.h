/* The syscall numbers the sandbox's allow-lists name, by name: a table
 * made from the kernel headers when rvisor is built, so that building the
 * filters at start looks nothing up at run time (libseccomp's resolver
 * cost page faults in the freshly forked VM process, and rvisor no longer
 * loads libseccomp at all). */
#ifndef RVISOR_VMM_SANDBOX_NR_H
#define RVISOR_VMM_SANDBOX_NR_H

/* name's number on this architecture, or -1 when it has no such call or
 * the table does not know it (a name added to a list must be added to
 * the table in vmm/sandbox_nr.c too: test_sandbox_bpf checks it). */
int sandbox_nr_of(const char *name);

#endif
