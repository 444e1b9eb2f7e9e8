/* The sandbox's private root: a mount namespace of the VM process's own and,
 * once the VM is built, pivot_root into an empty read-only tmpfs that holds
 * only the host directories the VM still reaches by path (the API and vsock
 * sockets' directories, --sandbox-dir) and a /proc. Everything else (disks,
 * boot files, shares, taps) is held by descriptor by then. */
#ifndef RVISOR_VMM_SANDBOX_FS_H
#define RVISOR_VMM_SANDBOX_FS_H

#include <stdbool.h>

#define SANDBOX_MAX_DIRS 8

/* The directories kept (bind-mounted at the same path in the new root). */
struct sandbox_dirs {
	char *dir[SANDBOX_MAX_DIRS]; /* owned, absolute */
	unsigned n;
};

/* Keep dir (absolute, or relative to the working directory), or the
 * directory a socket or file path is in (of_file). Returns 0, or -1 when
 * the table is full or the name too long. */
int sandbox_dirs_add(struct sandbox_dirs *d, const char *path, bool of_file);
void sandbox_dirs_free(struct sandbox_dirs *d);

/* Before any thread exists (unshare(CLONE_NEWNS) refuses a process whose
 * threads share its filesystem state): a mount namespace of its own whose
 * mounts propagate nowhere. Returns true when made; false with a warning
 * on stderr that says what is skipped and why. */
bool sandbox_fs_unshare(void);

/* A new procfs instance, mounted nowhere yet (fsopen/fsmount): it shows
 * the caller's PID namespace, and a Landlock rule can name it before it
 * is the private root's /proc. Returns its mount's descriptor, or -1
 * (the pivot then mounts a /proc of its own). */
int sandbox_fs_proc(void);

/* pivot_root into the private root. Run on the main thread with its
 * capabilities (CAP_SYS_ADMIN), after the VM is built; every thread shares
 * the new root. Its /proc is proc_fd (sandbox_fs_proc) when >= 0. The
 * working directory is kept when it is one of dirs, else "/". Returns true
 * when done; false with a warning on stderr (the process keeps the host's
 * root). */
bool sandbox_fs_pivot(const struct sandbox_dirs *dirs, int proc_fd);

#endif
