/* The sandbox's dedicated user: a VM process started as root runs as an
 * unprivileged uid/gid of its own, and its threads keep only the
 * capabilities their kind needs (vmm/sandbox.c). */
#ifndef RVISOR_VMM_SANDBOX_USER_H
#define RVISOR_VMM_SANDBOX_USER_H

#include <stdbool.h>
#include <sys/types.h>

/* The default ids: SANDBOX_USER_BASE + the VM process's pid, as uid and
 * gid. Unique among running VMs (pids are), owned by no host user, and
 * counted apart by RLIMIT_NPROC. */
#define SANDBOX_USER_BASE 3000000000u

/* "UID[:GID]" (numbers; GID defaults to UID) into *uid, *gid; 0 is
 * refused (the point is not to be root). Returns 0 or -1. */
int sandbox_parse_user(const char *s, uid_t *uid, gid_t *gid);

/* Become uid/gid (no supplementary groups) for the whole process while it
 * has a single thread, keeping every capability it has
 * (SECBIT_NO_SETUID_FIXUP): set-up still opens taps and root's files;
 * each thread then drops what its kind does not need. Then RLIMIT_NPROC
 * to nproc (it counts the uid's threads). Returns true when done; false
 * with a warning on stderr saying what is skipped. */
bool sandbox_user_enter(uid_t uid, gid_t gid, unsigned long nproc);

#endif
