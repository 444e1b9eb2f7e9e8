/* The memory-file guard: keeps a restored VM's RAM its own when the
 * snapshot memory file it is mapped from is changed while the VM runs. */
#ifndef RVISOR_VMM_MEMGUARD_H
#define RVISOR_VMM_MEMGUARD_H

#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct vm;

/* The exit status of a VM whose RAM was lost because its memory file was
 * truncated under it (only possible when the file could not be leased). */
#define MEMGUARD_EXIT_STATUS 3

struct memguard {
	struct vm *vm;
	pthread_t thread;
	bool thread_started;
	atomic_bool stop;
	/* For the SIGBUS handler: the RAM range, and its message. */
	uint8_t *ram;
	uint64_t ram_size;
	bool registered;
	char msg[PATH_MAX + 320];
	size_t msglen;
};

/* While vm_run runs a VM whose RAM is a memory file (vm->bus.file_fd >= 0):
 *  - with a lease on the file (see bus_init_from_file), a thread waits for
 *    the lease to be broken (someone opens the file for writing or
 *    truncates it) and then, with the VM paused, copies RAM off the file
 *    (bus_file_detach) and releases the lease: the writer goes on, the VM
 *    keeps its memory and runs on;
 *  - without one, a warning says so at start;
 *  - either way, a SIGBUS inside guest RAM (the file was truncated after
 *    all) stops the process with a message naming the file and exit status
 *    MEMGUARD_EXIT_STATUS instead of a bare crash.
 * Does nothing for RAM that is not a memory file. */
void memguard_start(struct memguard *g, struct vm *vm);
void memguard_stop(struct memguard *g);

#endif
