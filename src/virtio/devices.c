/* The table of virtio device kinds (see devices.h). */
#include "virtio/devices.h"

#include <stdio.h>
#include <string.h>

#include "machine/board.h"
#include "virtio/balloon.h"
#include "virtio/console.h"
#include "virtio/net.h"
#include "virtio/p9.h"
#include "virtio/rng.h"
#include "virtio/vsock.h"

static const struct vdev_kind kinds[] = {
    {"net",
     "user[,hostfwd=tcp:[HOSTADDR]:PORT-:PORT]...[,restrict=on][,host_loopback=on]"
     "[,net=10.0.2.0/24][,mac=M] (hostfwd listens on 127.0.0.1 unless HOSTADDR is given; "
     "services bound to the host's loopback are closed to the guest unless "
     "host_loopback=on, which lets it reach them as 10.0.2.2) | "
     "tap,ifname=NAME[,mac=M]; either with [,tx_bps=N][,tx_bps_burst=N][,tx_pps=N]"
     "[,tx_pps_burst=N] and the same with rx_ (rate limits; K/M/G = powers of 1024): "
     "virtio-net",
     virtio_net_create},
    {"rng", "(no options): virtio-rng, entropy from the host's getrandom()", virtio_rng_create},
    {"balloon",
     "[size=MIB][,deflate-on-oom=on][,stats=SECONDS]: virtio-balloon, target set at run time "
     "through the API (PUT /balloon)",
     virtio_balloon_create},
    {"console",
     "(no options): virtio-console on the terminal; typed input goes to it instead of the "
     "UART (Linux: --append console=hvc1)",
     virtio_console_create},
    {"share", "HOSTDIR,tag=NAME[,readonly=on]: virtio-9p share of a host directory",
     virtio_p9_create},
    {"vsock",
     "cid=N,socket=PATH: virtio-vsock; the host connects through PATH (CONNECT <port>), the "
     "guest reaches host port P at PATH_P",
     virtio_vsock_create},
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

int vdev_create_all(struct board *b, const struct vm_device *devs, unsigned n, unsigned first_slot,
		    const struct vdev_ctx *ctx)
{
	for (unsigned k = 0; k < n; k++) {
		const struct vm_device *d = &devs[k];
		const struct vdev_kind *kind = vdev_kind_find(d->kind);
		if (!kind) {
			fprintf(stderr, "rvisor: unknown device kind '%s'\n", d->kind);
			return -1;
		}
		if (first_slot + k >= VIRT_VIRTIO_COUNT) {
			fprintf(stderr,
				"rvisor: too many virtio devices (at most %d with the disks)\n",
				VIRT_VIRTIO_COUNT);
			return -1;
		}
		if (kind->create(b, first_slot + k, d->opts ? d->opts : "", ctx) < 0)
			return -1;
	}
	return 0;
}
