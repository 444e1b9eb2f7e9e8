/* Host file descriptors the guest can make rvisor hold (9p fids, slirp
 * sockets, vsock connections), kept below a ceiling so the VMM always has
 * descriptors left for its own work (snapshots, API connections, reboots).
 *
 * The rule: a descriptor held on the guest's behalf must have a number
 * below fd_budget_ceiling(). The kernel hands out the lowest free number,
 * so every number from the ceiling up to the soft RLIMIT_NOFILE stays free
 * for the VMM whatever the guest does. On top of that each device holds at
 * most fd_budget_device_share() descriptors, so one device cannot take the
 * others' share. Nothing here keeps state: the numbers come from the
 * current limit. */
#ifndef RVISOR_UTIL_FDBUDGET_H
#define RVISOR_UTIL_FDBUDGET_H

#include <stdbool.h>
#include <stddef.h>

/* Descriptors kept for the VMM: at least this many (a quarter of the
 * limit when that is more; half of a limit under 512). */
#define FD_BUDGET_VMM_RESERVE 256u

/* Raise the soft RLIMIT_NOFILE to the hard limit. Returns 0, or -1 with a
 * message in err (the old limit stays; not fatal). */
int fd_budget_raise_limit(char *err, size_t errlen);

/* The soft RLIMIT_NOFILE (capped to INT_MAX). */
unsigned fd_budget_limit(void);

/* Descriptor numbers from here up are the VMM's. */
unsigned fd_budget_ceiling(void);

/* How many descriptors one device may hold (half the guest's part). */
unsigned fd_budget_device_share(void);

/* Keep fd for the guest: fd itself when its number is below the ceiling;
 * otherwise it is closed and -1 returned with errno EMFILE. A negative fd
 * is returned unchanged (errno untouched). */
int fd_budget_admit(int fd);

/* Is there a free descriptor below the ceiling now (so that a descriptor
 * opened next by a library, e.g. libslirp, is admissible)? `any_fd` is a
 * descriptor the caller holds (duplicated briefly to find the lowest free
 * number). */
bool fd_budget_room(int any_fd);

#endif
