/* Full VM snapshots: the state stream file (machine config, harts, board
 * devices) plus a memory file holding guest RAM with zero pages as holes.
 *
 * Snapshot file = state stream (state/stream.h):
 *   header   ram size, vCPU count, ISA string
 *   "VMCF"   what restore needs to rebuild the machine (RAM size, vCPUs, the
 *            guest clock at pause, kernel/initrd/append/firmware paths for a
 *            later guest reboot, the disks given to `run` (v2: with their
 *            rate limits as last set; v3: with the format decided at VM
 *            build, probed or given), and (v2) the other virtio devices
 *            as kind + option string in slot order)
 *   "HART"   one per hart (cpu/hart_state.c)
 *   ...      one section per board device (board_save: CLINT, PLIC, UART,
 *            RTC, syscon, virtio-mmio)
 *   "END"
 * Memory file: exactly RAM-size bytes, offset = guest physical - RAM base;
 * only non-zero 4 KiB pages are written, the rest are holes. Restore maps it
 * MAP_PRIVATE (lazy, copy-on-write), so it must not be changed in place
 * while a VM restored from it runs (a new snapshot replaces it by rename,
 * and a VM never writes a snapshot over the memory file it runs from).
 *
 * Diff snapshots: the same state stream, and a diff memory file holding
 * only the RAM pages written since the previous snapshot of this VM (the
 * bus's dirty log, started by the first full snapshot):
 *   [0, RAM size)   those pages at their offsets (zero pages written too),
 *                   everything else a hole
 *   bitmap          one bit per 4 KiB page (u64 little-endian words, bit
 *                   pg % 64 of word pg / 64): the pages present
 *   trailer         "RVMDIFF2", u64 RAM size, u64 page count, 16-byte lineage
 *                   id, u32 sequence number, u32 zero (little-endian; the
 *                   older "RVMDIFF1" trailer stops after the page count)
 * so it is never mistaken for a full memory file (its size differs), and
 * restore does not depend on how a filesystem reports holes. Restore maps
 * the base (full) memory file and copies each diff's pages over it, in
 * order (snapshot_apply_mem_diff).
 *
 * Lineage: a full snapshot draws a random 16-byte id (sequence 0); each diff
 * after it takes the next sequence number. The state stream's VMCF (v2)
 * records both, a diff memory file's trailer too, and the full memory file
 * carries the id in the extended attribute "user.rvisor.lineage" where the
 * filesystem has them. Restoring snapshot N of a lineage needs exactly the
 * diffs 1..N of that lineage in order, and a base memory file whose
 * attribute (when present) names the lineage: anything else is refused
 * before the VM is built (snapshot_check_chain).
 */
#ifndef RVISOR_VMM_SNAPSHOT_H
#define RVISOR_VMM_SNAPSHOT_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "state/stream.h"
#include "util/error.h"
#include "vmm/vm.h"

/* The ISA a snapshot records: everything the CPU can run. Restore accepts a
 * recorded ISA that is a subset of this one (snapshot_isa_compatible), so
 * snapshots from before an extension was added still restore. */
#define SNAPSHOT_ISA "rv64imafdc_zicond_zicsr_zifencei_zba_zbb_zbc_zbs_sstc"
#define SNAPSHOT_VMCF SS_ID('V', 'M', 'C', 'F')
/* VMCF v1: no devices besides disks; v2 adds the other virtio devices
 * (kind and options, in slot order) and each disk's rate limits (u64 bps,
 * bps_burst, iops, iops_burst after its flags); v3 adds a u8 of disk flags
 * after the limits (VMCF_DISK_FORMAT_PROBED: the recorded format is the
 * result of the probe at VM build, not the user's). All are read; a v1/v2
 * disk may have no format (it was probed at every open): restore probes it
 * and accepts only raw (vm_disk_decide_format). */
#define SNAPSHOT_VMCF_VERSION 3
#define VMCF_DISK_FORMAT_PROBED 1u

/* True when a guest saved under ISA string `recorded` can run on a CPU with
 * ISA string `current`: the same base (rv64) and every single-letter and
 * every "_"-separated multi-letter extension of `recorded` also in
 * `current`. Malformed strings (empty or non-lowercase parts) are never
 * compatible. */
bool snapshot_isa_compatible(const char *recorded, const char *current);

struct snapshot_stats {
	double seconds;	      /* wall time of snapshot_save */
	uint64_t state_bytes; /* snapshot file size */
	uint64_t mem_bytes;   /* RAM bytes written to the memory file */
	uint64_t dirty_pages; /* diff: pages in the diff memory file */
};

#define SNAPSHOT_DIFF_MAGIC_V1 "RVMDIFF1"
#define SNAPSHOT_DIFF_TRAILER_V1 24u
#define SNAPSHOT_DIFF_MAGIC "RVMDIFF2"
#define SNAPSHOT_DIFF_TRAILER 48u
#define SNAPSHOT_LINEAGE_XATTR "user.rvisor.lineage"

/* snapshot_create flags. */
#define SNAPSHOT_DIFF 1u      /* a diff snapshot (below) */
#define SNAPSHOT_OVERWRITE 2u /* an existing regular file at a target may be replaced */

/* Why snapshot_create failed (its negative return values). */
enum snapshot_error {
	SNAPSHOT_FAILED = -1,	/* writing failed (I/O, memory, VM state): nothing changed */
	SNAPSHOT_BAD_PATH = -2, /* a target path is unusable (too long, a directory, a
				 * symlink, not a regular file, both the same file) */
	SNAPSHOT_CONFLICT = -3, /* a target exists (no SNAPSHOT_OVERWRITE), is something
				 * the VM uses or is inside a directory it shares */
};

/* Room for any message of snapshot_create (it names up to two paths). */
#define SNAPSHOT_ERRLEN (2 * PATH_MAX + 1024)

/* Write a snapshot of a paused (or never started) VM: the state stream to
 * snap_path and guest RAM to mem_path (a diff memory file with
 * SNAPSHOT_DIFF). The paths are checked first (snapfiles_check in
 * vmm/snapshot_files.h: never a symlink, a directory or something the VM
 * uses; an existing file only with SNAPSHOT_OVERWRITE). Both files are
 * written to temporaries next to their final names and switched in so that
 * the pair at (snap_path, mem_path) is at every instant either the previous
 * snapshot or this one, also across a kill -9 or a power loss (the order of
 * renames is in vmm/snapshot_files.h); restore finishes an interrupted
 * switch (snapshot_settle_mem). vm->board must be set. Returns 0, or a
 * negative enum snapshot_error with a message in err (then the previous
 * files are as they were and no temporary is left). */
int snapshot_create(struct vm *vm, const char *snap_path, const char *mem_path, unsigned flags,
		    struct snapshot_stats *st, char *err, size_t errlen);

/* The VM-state preconditions of snapshot_create, in the order the API
 * reports them: a diff needs a previous snapshot of this VM (ERR_INVALID),
 * and the VM must be paused (ERR_CONFLICT; with never_run_ok, a VM whose
 * vCPUs were never started counts as paused). Returns 0, or -1 with e set.
 * Checked again by snapshot_create, so a caller may check first to get
 * the class. */
int snapshot_precheck(struct vm *vm, bool diff, bool never_run_ok, struct error *e);

/* snapshot_create without overwriting (flags 0): a full snapshot. */
int snapshot_save(struct vm *vm, const char *snap_path, const char *mem_path,
		  struct snapshot_stats *st, char *err, size_t errlen);

/* A diff snapshot of a paused VM (snapshot_create with SNAPSHOT_DIFF): the
 * memory file is a diff memory file (above) with the pages dirtied since
 * the previous snapshot (full or diff) taken of this VM; refused when there
 * was none. Every snapshot clears the dirty log; a failed one leaves it as
 * it was. A full snapshot starts the log. */
int snapshot_save_diff(struct vm *vm, const char *snap_path, const char *mem_path,
		       struct snapshot_stats *st, char *err, size_t errlen);
/* Copy a diff memory file's pages over RAM (restore: after the VM was built
 * from the base memory file, before snapshot_apply). Checks its size,
 * trailer and bitmap first. Returns 0, or -1 with a message. */
int snapshot_apply_mem_diff(struct bus *bus, const char *path, char *err, size_t errlen);

/* The machine description read back from a snapshot's VMCF section. */
struct snapshot_config {
	uint64_t mem_size;
	unsigned ncpus;
	uint64_t mtime;				   /* guest time at pause */
	char *kernel, *initrd, *append, *firmware; /* NULL when not given */
	struct vm_disk disks[VM_MAX_DISKS];	   /* strings owned here */
	unsigned ndisks;
	struct vm_device devices[VM_MAX_DEVICES]; /* strings owned here */
	unsigned ndevices;
	bool has_lineage; /* VMCF v2: the snapshot's lineage id and sequence */
	uint8_t lineage_id[16];
	uint32_t lineage_seq;
};

struct snapshot {
	uint8_t *buf; /* the whole snapshot file */
	size_t len;
	struct ss_header hdr;
	size_t sections_off; /* first section after VMCF */
	struct snapshot_config cfg;
};

/* Restore, before the memory files are opened: memory file `seq` of the
 * snapshot's lineage (0: the full one, N: diff N) given as *path. When the
 * save that wrote it was stopped after its state file was committed, the
 * file is still under its pending name next to *path: the rename is
 * finished, or when that cannot be done *path is replaced by the pending
 * name (malloc'd, returned in *owned for the caller to free). Nothing to do
 * for a snapshot without a lineage. Returns 0, or -1 with a message. */
int snapshot_settle_mem(const struct snapshot *s, const char **path, uint32_t seq, char **owned,
			char *err, size_t errlen);

/* Check that the memory files given for a restore belong to the snapshot:
 * the base memory file's lineage attribute (when it has one) and each
 * diff's trailer name the snapshot's lineage, and the diffs are its
 * sequence numbers 1..N in order. Files from before lineages existed (v1
 * snapshots, RVMDIFF1 diffs) are not checked. Returns 0, or -1 with a
 * message saying which file does not fit. */
int snapshot_check_chain(const struct snapshot *s, const char *mem_path, const char *const *diffs,
			 unsigned ndiffs, char *err, size_t errlen);

/* Read a snapshot file and check it completely before anything is built:
 * header (magic, format version, ISA), VMCF, the framing of every section
 * up to END, one HART section per vCPU. Returns 0, or -1 with a message. */
int snapshot_open(struct snapshot *s, const char *path, char *err, size_t errlen);
/* Same from a buffer (taken over: freed by snapshot_close). */
int snapshot_open_buf(struct snapshot *s, uint8_t *buf, size_t len, char *err, size_t errlen);
/* Same for a stream that holds only the header and the VMCF section (the
 * configuration a migration starts with): no hart or device sections. */
int snapshot_open_config_buf(struct snapshot *s, uint8_t *buf, size_t len, char *err,
			     size_t errlen);
void snapshot_close(struct snapshot *s);
/* The VM's state stream as a snapshot file holds it (header, VMCF with the
 * VM's lineage, harts, board devices, END), or with config_only the header
 * and VMCF alone: the migration wire's STAT and CONF. The VM must be paused
 * unless config_only. Returns 0, or -1 (a device refused, out of memory). */
int snapshot_write_state(struct vm *vm, struct ss_writer *w, bool config_only);
/* Fill a vm_config from the snapshot (strings point into s). */
void snapshot_vm_config(const struct snapshot *s, struct vm_config *cfg);
/* Apply the snapshot to a VM built from snapshot_vm_config (RAM already
 * from the memory file) with its board (vm->board) and devices created:
 * validates every section first (each hart into a scratch hart, each board
 * section in check-only mode, every stateful board device present), then
 * applies harts, devices and the guest clock. Never half-applies: returns
 * -1 with a message and changes nothing when any section is refused. */
int snapshot_apply(const struct snapshot *s, struct vm *vm, char *err, size_t errlen);
/* The same with the caller's scratch hart (hart_init'ed on vm's bus; its
 * contents are overwritten): a migration's destination makes it before
 * the source pauses, since making one (its block cache, fresh pages)
 * costs about a millisecond of the guest's pause. Unlike snapshot_apply,
 * the harts keep the blocks they have decoded (hart_load_keep_code): the
 * destination decodes the source's recent code from the RAM it received
 * while the source still runs, and bumps the generation of every page it
 * receives after that (migrate_in.c). */
int snapshot_apply_scratch(const struct snapshot *s, struct vm *vm, struct hart *scratch, char *err,
			   size_t errlen);
/* A scratch hart for snapshot_apply_scratch, or NULL (out of memory);
 * freed with snapshot_scratch_free. */
struct hart *snapshot_scratch_new(struct vm *vm);
void snapshot_scratch_free(struct hart *scratch);

#endif
