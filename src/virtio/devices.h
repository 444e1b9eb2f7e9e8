/* The virtio device kinds (disk, net, rng, balloon, console, share, vsock,
 * input):
 * one table entry per kind with one option grammar (util/opts.h), and their
 * creation in the machine's virtio-mmio slots.
 *
 * A device is described by its kind and its option string exactly as the
 * user gave it (struct vm_device), plus its run-time settings (limits
 * changed through the API, struct vdev_limits). A snapshot records the
 * option string that recreates the device with those settings
 * (vdev_opts_now), so restore recreates the same device set in the same
 * slots by calling the same create hook (the device's state section then
 * overwrites whatever create set up; ctx->clone asks for a new identity).
 * Disks are the one kind kept typed in a VM's configuration (struct
 * vm_disk, parsed by virtio_blk_parse from the same grammar), because
 * their format is decided once and snapshots record them field by field;
 * they take the first slots. A new device kind is one file in src/virtio/
 * with a create function, plus one line in the table in devices.c: nothing
 * else in the machine or the snapshot code changes. */
#ifndef RVISOR_VIRTIO_DEVICES_H
#define RVISOR_VIRTIO_DEVICES_H

#include <stdbool.h>
#include <stdint.h>

#include "machine/loader.h"
#include "util/error.h"
#include "util/ratelimit.h"

struct board;
struct virtio_mmio;

#define VDEV_MAX_SLOTS 24 /* VIRT_VIRTIO_COUNT (machine/board.h) */

/* A device's run-time settings: its rate limits as last set through the
 * API. set = false: the option string's limits apply. A disk's are in
 * lim[0]; a NIC's rx in lim[0], tx in lim[1]. */
struct vdev_limits {
	bool set;
	struct ratelimit_cfg lim[2];
};

/* One virtio device other than a disk: its kind, its option string as
 * given (--net OPTS, --device KIND,OPTS...) and its run-time settings.
 * Strings live as long as the configuration that holds the entry. */
struct vm_device {
	const char *kind;
	const char *opts;
	struct vdev_limits limits;
};

/* One disk: the typed form of the disk kind's options (virtio_blk_parse).
 * Strings live as long as the configuration that holds the entry. */
struct vm_disk {
	const char *path;
	/* "raw", "qcow2", or NULL until vm_disk_decide_format has probed it;
	 * format_probed says the format came from that probe, not the user. */
	const char *format;
	bool format_probed;
	const char *serial; /* NULL = none */
	bool readonly;
	bool direct; /* cache=none */
	/* An incoming migration's disk on shared storage: opened without its
	 * image lock, taken at the switch-over (block_open_opts.handover). */
	bool handover;
	/* Rate limits (bytes/s and requests/s; all zero = none), changed at
	 * run time through the API. */
	struct ratelimit_cfg limits;
};

/* A host resource a device opened (a disk image, a network back end with
 * its tap or hostfwd sockets, a listening socket, a share's root), held
 * for the VM's life: the device built in the same slot after a guest
 * reboot takes it instead of opening anything again (and resets only its
 * guest-visible state), so nothing is opened after the first build. */
struct vdev_resource {
	void *handle; /* NULL: not opened yet */
	void (*close)(void *handle);
};

/* Every slot's resource, and the boot files (kernel, initrd, firmware,
 * device tree dump; opened by the first boot). Owned by the VM's owner
 * (vmm/lifecycle.c: kept across builds, closed by vm_resources_close). */
struct vm_resources {
	struct vdev_resource slot[VDEV_MAX_SLOTS];
	struct boot_files boot;
};
void vm_resources_close(struct vm_resources *r);

/* What a device is created with besides its options. */
struct vdev_ctx {
	bool clone; /* restoring as a clone: take a new identity (e.g. MAC) */
	/* The run-time settings to apply over the option string's (NULL or
	 * !set: none). */
	const struct vdev_limits *limits;
	/* Where a failed create says why (NULL: nowhere): the reason alone,
	 * naming the file, port or value at fault; vdev_create_all puts the
	 * device in front. */
	struct error *err;
	/* Where the device's host resource is held (NULL: the device owns
	 * what it opens and closes it when destroyed). With a handle there,
	 * the device takes it; without, it opens one and puts it there
	 * (vdev_hold). */
	struct vdev_resource *res;
};

/* The handle held for the device being created, or NULL. */
void *vdev_held(const struct vdev_ctx *ctx);
/* Put a handle the device just opened where ctx holds resources. Returns
 * true when held there (the device must not close it), false when the
 * device owns it (ctx->res NULL). */
bool vdev_hold(const struct vdev_ctx *ctx, void *handle, void (*close)(void *handle));

/* A device's counters, for GET /vm and GET /vm/devices: name/value pairs
 * (names are JSON keys, static strings). */
#define VDEV_STATS_MAX 16
struct vdev_stats {
	unsigned n;
	struct {
		const char *name;
		uint64_t value;
	} item[VDEV_STATS_MAX];
};
/* Append one counter (ignored when full). */
void vdev_stat(struct vdev_stats *s, const char *name, uint64_t value);

struct vdev_kind {
	const char *name;  /* kind: "rng", "net", ... (--device NAME,...) */
	const char *usage; /* option syntax for --help, one line */
	/* Create the device in virtio-mmio `slot` from `opts` (its option
	 * string, never NULL). Returns 0, or -1 with ctx->err set. */
	int (*create)(struct board *b, unsigned slot, const char *opts, const struct vdev_ctx *ctx);
	/* Optional: add the device's counters to s (t is a device of this
	 * kind). */
	void (*stats)(struct virtio_mmio *t, struct vdev_stats *s);
	/* Optional: the option string that recreates a device of this kind
	 * with limits (set) in place of its own (malloc'd; NULL when out of
	 * memory). */
	char *(*opts_with_limits)(const char *opts, const struct vdev_limits *limits);
};

/* The kind called `name`, or NULL. */
const struct vdev_kind *vdev_kind_find(const char *name);
/* Every kind, for --help: kinds[0..n). */
const struct vdev_kind *vdev_kinds(unsigned *n);

/* Create devs[0..n) in slots first_slot, first_slot + 1, ..., each with
 * its slot's resource in res (NULL: none held). Returns 0, or
 * -1 with e set ("KIND device 'OPTS': reason") and *failed (when not NULL)
 * the index of the device at fault. */
int vdev_create_all(struct board *b, const struct vm_device *devs, unsigned n, unsigned first_slot,
		    bool clone, struct vm_resources *res, unsigned *failed, struct error *e);

/* For a kind that takes no options: refuse any in opts (ERR_INVALID,
 * naming the first). Returns 0 or -1. */
int vdev_no_options(const char *opts, struct error *e);

/* The reason of an error from vdev_create_all about d (past its "KIND
 * device 'OPTS': " prefix), for a caller that names the device its own
 * way (the CLI: "--net OPTS: reason"). */
const char *vdev_error_reason(const struct error *e, const struct vm_device *d);

/* The option string that recreates d as it is now, run-time settings
 * included (what a snapshot records and the API shows). malloc'd; NULL
 * when out of memory. */
char *vdev_opts_now(const struct vm_device *d);

/* The device in `slot` of the board (its transport) and its counters:
 * the transport's (notifies, interrupts) then the kind's. */
void vdev_stats(const struct vdev_kind *kind, struct virtio_mmio *t, struct vdev_stats *s);

#endif
