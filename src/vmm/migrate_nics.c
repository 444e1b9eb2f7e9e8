/* A live migration's NICs: the host endpoint handover. */
#include "vmm/migrate_nics.h"

#include "machine/board.h"
#include "net/backend.h"
#include "virtio/mmio.h"
#include "virtio/net.h"
#include "vmm/vm.h"

/* The back end of the board's k-th device, when it is a NIC with
 * something to hand over; NULL otherwise. */
static struct net_backend *nic_backend(struct vm *vm, unsigned k)
{
	void *dev;
	if (board_device(vm->board, k, &dev) != &virtio_mmio_board_ops)
		return NULL;
	struct net_backend *be = virtio_net_backend(dev);
	return be && be->ops->release && be->ops->take ? be : NULL;
}

bool migrate_nics_any(struct vm *vm)
{
	for (unsigned k = 0; vm->board && k < board_ndevices(vm->board); k++)
		if (nic_backend(vm, k))
			return true;
	return false;
}

int migrate_nics_take(struct vm *vm, struct error *e)
{
	int rc = 0;
	for (unsigned k = 0; vm->board && k < board_ndevices(vm->board); k++) {
		struct net_backend *be = nic_backend(vm, k);
		char err[256];
		if (be && be->ops->take(be, err, sizeof(err)) < 0 && rc == 0)
			rc = err_set(e, ERR_IO, "migration: NIC: %s", err);
	}
	return rc;
}

int migrate_nics_release(struct vm *vm, struct error *e)
{
	for (unsigned k = 0; vm->board && k < board_ndevices(vm->board); k++) {
		struct net_backend *be = nic_backend(vm, k);
		char err[256];
		if (be && be->ops->release(be, err, sizeof(err)) < 0) {
			/* Take back those already released: this side keeps them. */
			for (unsigned j = 0; j < k; j++) {
				struct net_backend *done = nic_backend(vm, j);
				char ignored[256];
				if (done)
					done->ops->take(done, ignored, sizeof(ignored));
			}
			return err_set(e, ERR_IO, "migration: NIC: %s", err);
		}
	}
	return 0;
}
