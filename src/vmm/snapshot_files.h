/* Where a snapshot's two files go: checks of the target paths against what
 * the VM uses, the temporaries, and the renames that make the state file and
 * the memory file replace the previous pair as one step.
 *
 * A save writes "<name>.tmp.XXXXXX" temporaries next to both targets (each
 * held under an OFD write lock while its save lives), fsyncs them, renames
 * the memory file's to "<mem>.pending-<lineage id in hex>-<sequence>" (the
 * name says which snapshot it belongs to), renames the state file's over
 * the state file (the commit: from here the snapshot is the new one), and
 * renames the pending memory file over the memory file; each rename is made
 * durable (directory fsync) before the next. So at every instant the state
 * file names a memory file that exists: the old pair (state and memory file
 * as they were) until the commit, after it the new state file and either
 * the pending file (restore finds it by name, snapfiles_settle) or the new
 * memory file. Temporaries and pending files nobody holds a lock on were
 * left by a killed save: a later save to the same target removes them
 * (temporaries before it starts, pending files after its commit). */
#ifndef RVISOR_VMM_SNAPSHOT_FILES_H
#define RVISOR_VMM_SNAPSHOT_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vmm/vm.h"

/* The longest suffix a save adds to a target's file name: ".pending-", 32
 * hex digits, "-" and a 32-bit sequence number. */
#define SNAPFILES_SUFFIX_MAX (9 + 32 + 1 + 10)

/* Check the targets of a snapshot of vm before anything is written. Each
 * must be a path of at most PATH_MAX - 1 bytes whose directory exists and
 * whose file name leaves room for the suffix; it must not be a symbolic
 * link, a directory or anything but a regular file; not something the VM
 * uses (its disks and their backing files, kernel, initrd, firmware, the
 * memory file it runs from, anything its process holds open or maps, a
 * directory it shares with the guest or anything below one); and not an
 * existing file unless overwrite is set. The two must be different files.
 * Returns 0, or SNAPSHOT_BAD_PATH / SNAPSHOT_CONFLICT (vmm/snapshot.h) with
 * a message naming the path and the reason. */
int snapfiles_check(const struct vm *vm, const char *snap_path, const char *mem_path,
		    bool overwrite, char *err, size_t errlen);

/* One save in progress. */
struct snapfiles {
	const char *snap, *mem;		  /* the targets, as given */
	const char *snap_name, *mem_name; /* their file names (in snap, mem) */
	int snap_dir, mem_dir;		  /* their directories */
	char *snap_tmp, *mem_tmp;	  /* the temporaries' names in them */
	char *mem_pending;		  /* the memory file's pending name */
	int snap_fd, mem_fd;		  /* the temporaries (write-locked) */
	bool overwrite;
	enum { SNAPFILES_TEMPS, SNAPFILES_PENDING, SNAPFILES_COMMITTED } stage;
};

/* Open the targets' directories, remove the stale temporaries of these two
 * targets and create both temporaries (mode 0600). Returns 0, or -1 with a
 * message (nothing left behind). */
int snapfiles_begin(struct snapfiles *t, const char *snap_path, const char *mem_path,
		    bool overwrite, char *err, size_t errlen);
/* Both temporaries are written and fsynced: switch them in (above). The
 * memory file's pending name carries lineage_id and seq. Returns 0 once the
 * state file is committed (a failure after that leaves a pending memory
 * file that restore and the next save handle), or -1 with a message when
 * the old pair is still in place. */
int snapfiles_commit(struct snapfiles *t, const uint8_t lineage_id[16], uint32_t seq, char *err,
		     size_t errlen);
/* Close everything; unless committed, remove what this save created. */
void snapfiles_close(struct snapfiles *t);

/* The pending name of memory file mem_path for (lineage_id, seq), malloc'd. */
char *snapfiles_pending_name(const char *mem_path, const uint8_t lineage_id[16], uint32_t seq);

/* Restore: the memory file (seq 0) or diff memory file (seq N) of snapshot
 * (lineage_id, seq) given as mem_path. When its save was stopped after the
 * commit, the file is still under its pending name next to mem_path (or
 * next to the file a symlink mem_path points to): it is renamed to that
 * name, finishing the save, or when that is not possible (its save still
 * runs, or the rename fails) *use is set to the pending name (malloc'd).
 * Otherwise *use = NULL: mem_path is the file. Returns 0, or -1 with a
 * message. */
int snapfiles_settle(const char *mem_path, const uint8_t lineage_id[16], uint32_t seq, char **use,
		     char *err, size_t errlen);

#endif
