/* The table of virtio device kinds (see devices.h). */
#include "virtio/devices.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "machine/board.h"
#include "virtio/balloon.h"
#include "virtio/blk.h"
#include "virtio/console.h"
#include "virtio/input.h"
#include "virtio/mmio.h"
#include "util/opts.h"
#include "virtio/net.h"
#include "virtio/p9.h"
#include "virtio/rng.h"
#include "virtio/vsock.h"

static const struct vdev_kind kinds[] = {
    {"disk",
     "PATH[,format=raw|qcow2][,readonly=on][,cache=writeback|none][,serial=S][,bps=N]"
     "[,bps_burst=N][,iops=N][,iops_burst=N]: virtio-blk (the same as --disk; disks take "
     "the first slots, in order)",
     virtio_blk_create_opts, virtio_blk_stats, NULL},
    {"net",
     "user[,hostfwd=tcp:[HOSTADDR]:PORT-:PORT]...[,restrict=on][,host_loopback=on]"
     "[,net=10.0.2.0/24][,mac=M] (hostfwd listens on 127.0.0.1 unless HOSTADDR is given; "
     "services bound to the host's loopback are closed to the guest unless "
     "host_loopback=on, which lets it reach them as 10.0.2.2) | "
     "tap,ifname=NAME[,mac=M] (a tap created multi_queue can move with a live migration on "
     "one host); either with [,tx_bps=N][,tx_bps_burst=N][,tx_pps=N]"
     "[,tx_pps_burst=N] and the same with rx_ (rate limits; K/M/G = powers of 1024): "
     "virtio-net",
     virtio_net_create, virtio_net_kind_stats, virtio_net_kind_opts},
    {"rng", "(no options): virtio-rng, entropy from the host's getrandom()", virtio_rng_create,
     NULL, NULL},
    {"balloon",
     "[size=MIB][,deflate-on-oom=on][,stats=SECONDS]: virtio-balloon, target set at run time "
     "through the API (PUT /balloon)",
     virtio_balloon_create, virtio_balloon_kind_stats, NULL},
    {"console",
     "(no options): virtio-console on the terminal; typed input goes to it instead of the "
     "UART (Linux: --append console=hvc1)",
     virtio_console_create, virtio_console_stats, NULL},
    {"share", "HOSTDIR,tag=NAME[,readonly=on][,quota=SIZE]: virtio-9p share of a host directory",
     virtio_p9_create, NULL, NULL},
    {"vsock",
     "cid=N,socket=PATH: virtio-vsock; the host connects through PATH (CONNECT <port>), the "
     "guest reaches host port P at PATH_P",
     virtio_vsock_create, NULL, NULL},
    {"input",
     "(no options): virtio-input power button (KEY_POWER); the API's \"powerdown\" action "
     "(rvisor ctl powerdown) presses it and the guest shuts down cleanly",
     virtio_input_create, virtio_input_stats, NULL},
};

const struct vdev_kind *vdev_kind_find(const char *name)
{
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if (strcmp(kinds[k].name, name) == 0)
			return &kinds[k];
	return NULL;
}

const struct vdev_kind *vdev_kinds(unsigned *n)
{
	*n = sizeof(kinds) / sizeof(kinds[0]);
	return kinds;
}

void vdev_stat(struct vdev_stats *s, const char *name, uint64_t value)
{
	if (s->n < VDEV_STATS_MAX) {
		s->item[s->n].name = name;
		s->item[s->n++].value = value;
	}
}

#define ERR_DEVICE_FMT "%s device '%s'"

_Static_assert(VDEV_MAX_SLOTS == VIRT_VIRTIO_COUNT, "one resource per virtio slot");

void *vdev_held(const struct vdev_ctx *ctx)
{
	return ctx && ctx->res ? ctx->res->handle : NULL;
}

bool vdev_hold(const struct vdev_ctx *ctx, void *handle, void (*close)(void *handle))
{
	if (!ctx || !ctx->res)
		return false;
	ctx->res->handle = handle;
	ctx->res->close = close;
	return true;
}

void vm_resources_close(struct vm_resources *r)
{
	for (unsigned k = 0; k < VDEV_MAX_SLOTS; k++) {
		struct vdev_resource *s = &r->slot[k];
		if (s->handle && s->close)
			s->close(s->handle);
		s->handle = NULL;
		s->close = NULL;
	}
	boot_files_close(&r->boot);
}

int vdev_create_all(struct board *b, const struct vm_device *devs, unsigned n, unsigned first_slot,
		    bool clone, struct vm_resources *res, unsigned *failed, struct error *e)
{
	for (unsigned k = 0; k < n; k++) {
		const struct vm_device *d = &devs[k];
		const struct vdev_kind *kind = vdev_kind_find(d->kind);
		const char *opts = d->opts ? d->opts : "";
		if (failed)
			*failed = k;
		if (!kind)
			return err_set(e, ERR_INVALID, "unknown device kind '%s'", d->kind);
		if (first_slot + k >= VIRT_VIRTIO_COUNT)
			return err_set(e, ERR_INVALID,
				       ERR_DEVICE_FMT ": too many virtio devices (at most %d with "
						      "the disks)",
				       d->kind, opts, VIRT_VIRTIO_COUNT);
		struct vdev_ctx ctx = {.clone = clone,
				       .limits = &d->limits,
				       .err = e,
				       .res = res ? &res->slot[first_slot + k] : NULL};
		if (e)
			e->cls = ERR_NONE, e->msg[0] = 0;
		if (kind->create(b, first_slot + k, opts, &ctx) < 0) {
			if (e && !e->msg[0]) /* a device must say why; never leave it blank */
				err_set(e, ERR_INTERNAL, "cannot create the device");
			return err_prefix(e, ERR_DEVICE_FMT, d->kind, opts);
		}
	}
	return 0;
}

const char *vdev_error_reason(const struct error *e, const struct vm_device *d)
{
	char prefix[ERR_MSG_MAX];
	int n =
	    snprintf(prefix, sizeof(prefix), ERR_DEVICE_FMT ": ", d->kind, d->opts ? d->opts : "");
	if (n > 0 && (size_t)n < sizeof(prefix) && strncmp(e->msg, prefix, (size_t)n) == 0)
		return e->msg + n;
	return e->msg;
}

char *vdev_opts_now(const struct vm_device *d)
{
	const struct vdev_kind *kind = vdev_kind_find(d->kind);
	const char *opts = d->opts ? d->opts : "";
	if (kind && kind->opts_with_limits && d->limits.set)
		return kind->opts_with_limits(opts, &d->limits);
	return strdup(opts);
}

void vdev_stats(const struct vdev_kind *kind, struct virtio_mmio *t, struct vdev_stats *s)
{
	s->n = 0;
	vdev_stat(s, "notifies", atomic_load(&t->stat_notifies));
	vdev_stat(s, "interrupts", atomic_load(&t->stat_interrupts));
	if (kind && kind->stats)
		kind->stats(t, s);
}

int vdev_no_options(const char *opts, struct error *e)
{
	struct opts o;
	char err[160];
	if (opts_parse(&o, opts, false, err, sizeof(err)) < 0)
		return err_set(e, ERR_INVALID, "%s", err);
	const char *bad = opts_unused(&o);
	if (bad) {
		err_set(e, ERR_INVALID, "unknown option '%s' (the device has none)", bad);
		opts_free(&o);
		return -1;
	}
	opts_free(&o);
	return 0;
}
