/* A live migration's disks (docs/migration.md, "Disks"): the DISK table
 * each side builds from its images, and the image lock handover of disks
 * on shared storage at the switch-over. */
#ifndef RVISOR_VMM_MIGRATE_DISKS_H
#define RVISOR_VMM_MIGRATE_DISKS_H

#include <stdbool.h>

#include "util/error.h"
#include "vmm/migrate_wire.h"

struct vm;
struct block_dev;

/* Disk k's open image (disk k is in virtio slot k), or NULL. */
struct block_dev *migrate_disk_image(struct vm *vm, unsigned k);
/* The table of vm's disks as opened: read-only ones READONLY, writable
 * ones SHARED (COPY with copy); formats and sizes from the images. -1
 * with e set when a disk has no image. */
int migrate_disk_table(struct vm *vm, bool copy, struct mig_disk_table *t, struct error *e);
/* Two views of the disks (the source's, the destination's) agree: the
 * same count, modes, formats (but for copied disks: the target may have
 * another format) and sizes. -1 with e set naming the first
 * difference (`theirs` is the peer's, named by peer). */
int migrate_disk_tables_match(const struct mig_disk_table *ours,
			      const struct mig_disk_table *theirs, const char *peer,
			      struct error *e);
/* The writable disks' locks: released (flushed first) by the paused
 * source at the switch-over; taken (all, or none: those taken are
 * released again on a failure) by the destination at GO, and by the
 * source when the destination did not take them. -1 with e set. */
int migrate_disks_release(struct vm *vm, struct error *e);
/* reload: see block_handover_take. */
int migrate_disks_take(struct vm *vm, bool reload, struct error *e);
/* Whether vm has a writable disk (a lock to hand over). */
bool migrate_has_shared_disk(const struct vm *vm);

#endif
