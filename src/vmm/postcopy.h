/* Post-copy on the destination of a live migration: guest RAM registered
 * with userfaultfd (missing mode), a page the guest touches before it has
 * arrived asked from the source (PREQ) while the source pushes the rest
 * (docs/migration.md, "Post-copy"). */
#ifndef RVISOR_VMM_POSTCOPY_H
#define RVISOR_VMM_POSTCOPY_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "util/error.h"

struct migrate_status;

enum postcopy_in_phase {
	POSTCOPY_IN_NONE,
	POSTCOPY_IN_RUNNING, /* pages still at the source */
	POSTCOPY_IN_DONE,    /* every page is here: the VM is whole */
	POSTCOPY_IN_PAUSED,  /* the link failed: vCPUs touching a missing page wait */
};

struct postcopy_in {
	int uffd;     /* registered on guest RAM, or -1 */
	int rfd, wfd; /* the migration's main connection */
	int stop_fd;  /* an eventfd: the thread ends (postcopy_in_stop) */
	uint8_t *ram; /* the guest RAM mapping (never touched by this side) */
	uint64_t npages;
	uint64_t *missing;   /* pages not here yet (owned) */
	uint64_t *requested; /* of those, asked for (owned) */
	/* The VM's `migrating`: true while pages are missing, which keeps
	 * snapshots and reboots off a RAM with holes; cleared when whole. */
	_Atomic bool *busy;
	pthread_t thread;
	bool thread_started;
	pthread_mutex_t lock; /* what status reads */
	enum postcopy_in_phase phase;
	uint64_t pages_missing_at_start, pages_left, pages_requested, pages_received, faults;
	struct timespec t_start;
	double total_ms;
	char error[ERR_MSG_MAX];
};

/* The way to a userfaultfd this process may use: /dev/userfaultfd opened
 * now (the caller keeps it; -1 when absent or not allowed) for a later
 * USERFAULTFD_IOC_NEW, which works after a uid change and in a forked
 * child (a userfaultfd is bound to the memory of the process making it). */
int postcopy_open_device(void);
/* Make a userfaultfd (through dev_fd when >= 0, else userfaultfd(2)) and
 * check its API; returns it, or -1 with e set saying what the host lacks
 * and how to allow it. */
int postcopy_uffd_open(int dev_fd, struct error *e);

/* Before the vCPUs start: punch the missing pages out of the RAM memfd
 * (their pre-copied contents are stale), register the mapping with a new
 * userfaultfd. Takes missing over (freed by postcopy_in_stop). Returns 0,
 * or -1 with e set. */
int postcopy_in_arm(struct postcopy_in *pc, uint8_t *ram, uint64_t ram_size, int ram_fd,
		    uint64_t *missing, int dev_fd, struct error *e);
/* Start the fault-handling thread on the connection (after GO). */
int postcopy_in_start(struct postcopy_in *pc, int rfd, int wfd, struct error *e);
/* The state for GET /migrate on the destination. */
void postcopy_in_status(struct postcopy_in *pc, struct migrate_status *out);
/* End the thread and free (the userfaultfd is closed only when the
 * post-copy completed or no vCPU can be waiting on it any more). */
void postcopy_in_stop(struct postcopy_in *pc);
void postcopy_in_init(struct postcopy_in *pc);

#endif
