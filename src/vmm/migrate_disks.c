/* A migration's disks: the DISK table and the image lock handover. */
#include "vmm/migrate_disks.h"

#include <errno.h>
#include <string.h>

#include "block/block.h"
#include "machine/board.h"
#include "virtio/blk.h"
#include "virtio/mmio.h"
#include "vmm/vm.h"

struct block_dev *migrate_disk_image(struct vm *vm, unsigned k)
{
	struct board *b = vm->board;
	for (unsigned j = 0; b && j < board_ndevices(b); j++) {
		void *dev;
		if (board_device(b, j, &dev) == &virtio_mmio_board_ops &&
		    ((struct virtio_mmio *)dev)->slot == k)
			return virtio_blk_image(dev);
	}
	return NULL;
}

int migrate_disk_table(struct vm *vm, bool copy, struct mig_disk_table *t, struct error *e)
{
	memset(t, 0, sizeof(*t));
	for (unsigned k = 0; k < vm->cfg.ndisks && k < MIG_DISK_MAX; k++) {
		struct block_dev *bd = migrate_disk_image(vm, k);
		int fmt = bd ? mig_disk_format_of(bd->fmt->name) : -1;
		if (fmt < 0)
			return err_set(e, ERR_INTERNAL, "migration: disk %u (%s) has no image", k,
				       vm->cfg.disks[k].path);
		t->d[k].mode = vm->cfg.disks[k].readonly ? MIG_DISK_READONLY
			       : copy			 ? MIG_DISK_COPY
							 : MIG_DISK_SHARED;
		t->d[k].format = (uint32_t)fmt;
		t->d[k].size = bd->size;
		t->n = k + 1;
	}
	return 0;
}

int migrate_disk_tables_match(const struct mig_disk_table *ours,
			      const struct mig_disk_table *theirs, const char *peer,
			      struct error *e)
{
	if (ours->n != theirs->n)
		return err_set(e, ERR_INVALID, "the %s has %u disks, this side %u", peer, theirs->n,
			       ours->n);
	for (unsigned k = 0; k < ours->n; k++) {
		const struct mig_disk_entry *a = &ours->d[k], *b = &theirs->d[k];
		if (a->mode != b->mode)
			return err_set(e, ERR_INVALID, "disk %u is %s on the %s, %s on this side",
				       k, b->mode == MIG_DISK_READONLY ? "read-only" : "writable",
				       peer,
				       a->mode == MIG_DISK_READONLY ? "read-only" : "writable");
		if (a->mode == MIG_DISK_COPY && a->size != b->size)
			return err_set(e, ERR_INVALID,
				       "disk %u: the copy's target must have the disk's virtual "
				       "size: %llu bytes on the %s, %llu on this side",
				       k, (unsigned long long)b->size, peer,
				       (unsigned long long)a->size);
		if (a->mode != MIG_DISK_COPY && (a->format != b->format || a->size != b->size))
			return err_set(
			    e, ERR_INVALID,
			    "disk %u is not the same image on both sides (not shared "
			    "storage?): a %llu-byte %s image on the %s, a %llu-byte %s "
			    "one on this side",
			    k, (unsigned long long)b->size, mig_disk_format_name(b->format), peer,
			    (unsigned long long)a->size, mig_disk_format_name(a->format));
	}
	return 0;
}

bool migrate_has_shared_disk(const struct vm *vm)
{
	for (unsigned k = 0; k < vm->cfg.ndisks; k++)
		if (!vm->cfg.disks[k].readonly)
			return true;
	return false;
}

int migrate_disks_release(struct vm *vm, struct error *e)
{
	for (unsigned k = 0; k < vm->cfg.ndisks; k++) {
		struct block_dev *bd = migrate_disk_image(vm, k);
		char err[512];
		if (bd && block_handover_release(bd, err, sizeof(err)) < 0) {
			/* Take back those already released: this side keeps them. */
			struct error ignored;
			migrate_disks_take(vm, false, &ignored);
			return err_set(e, ERR_IO, "migration: disk %u: %s", k, err);
		}
	}
	return 0;
}

int migrate_disks_take(struct vm *vm, bool reload, struct error *e)
{
	for (unsigned k = 0; k < vm->cfg.ndisks; k++) {
		struct block_dev *bd = migrate_disk_image(vm, k);
		char err[512];
		int r = bd ? block_handover_take(bd, reload, err, sizeof(err)) : 0;
		if (r < 0) {
			err_set(e, ERR_IO, "migration: taking disk %u: %s", k, err);
			for (unsigned j = 0; j < k; j++) {
				struct block_dev *taken = migrate_disk_image(vm, j);
				char ignored[512];
				if (taken)
					block_handover_release(taken, ignored, sizeof(ignored));
			}
			return -1;
		}
	}
	return 0;
}
