/* The virtio devices other than disks (--net, --rng, --vsock, --balloon,
 * --share, --console, or --device KIND,OPTS): one table entry per kind, and
 * their creation in the machine's virtio-mmio slots.
 *
 * A device is described by its kind and its option string exactly as the
 * user gave it (struct vm_device). A snapshot records that pair, so restore
 * recreates the same device set in the same slots by calling the same
 * create hook (the device's state section then overwrites whatever create
 * set up; ctx->clone asks for a new identity). A new device kind is one file in
 * src/virtio/ with a create function, plus one line in the table in
 * devices.c: nothing else in the machine or the snapshot code changes. */
#ifndef RVISOR_VIRTIO_DEVICES_H
#define RVISOR_VIRTIO_DEVICES_H

#include <stdbool.h>

struct board;

/* One virtio device other than a disk: its kind and its option string as
 * given (--net OPTS, --device KIND,OPTS...). Strings live as long as the
 * configuration that holds the entry. */
struct vm_device {
	const char *kind;
	const char *opts;
};

struct vdev_ctx {
	bool clone; /* restoring as a clone: take a new identity (e.g. MAC) */
};

struct vdev_kind {
	const char *name;  /* kind: "rng", "net", ... (--device NAME,...) */
	const char *usage; /* option syntax for --help, one line */
	/* Create the device in virtio-mmio `slot` from `opts` (its option
	 * string, never NULL). Returns 0, or -1 after printing a message that
	 * starts with "rvisor: --<name> <opts>: " and says what is wrong. */
	int (*create)(struct board *b, unsigned slot, const char *opts, const struct vdev_ctx *ctx);
};

/* The kind called `name`, or NULL. */
const struct vdev_kind *vdev_kind_find(const char *name);
/* Every kind, for --help: kinds[0..n). */
const struct vdev_kind *vdev_kinds(unsigned *n);

/* Create devs[0..n) in slots first_slot, first_slot + 1, ...
 * Returns 0, or -1 after a message. */
int vdev_create_all(struct board *b, const struct vm_device *devs, unsigned n, unsigned first_slot,
		    const struct vdev_ctx *ctx);

#endif
