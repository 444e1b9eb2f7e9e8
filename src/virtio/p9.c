/* virtio-9p: the transport glue of the 9P2000.L server in p9_proto.c. Each
 * chain is one request (its readable part) and room for the reply (its
 * writable part); Linux's zero-copy reads and writes put the data pages
 * after the header in the same chain, which reading and writing the chain
 * as one byte stream handles as is. Requests run one at a time on the
 * transport's I/O thread, so a Tflush never finds anything pending. */
#include "virtio/p9.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "state/stream.h"
#include "util/opts.h"
#include "virtio/devices.h"
#include "virtio/mmio.h"
#include "virtio/p9_proto.h"

#define VIRTIO_ID_9P 9
#define VIRTIO_9P_MOUNT_TAG 0
#define P9_STATE_VERSION 1
#define WARN_FDS 8 /* log-once kind (0..3 are the transport's) */

struct p9dev {
	struct virtio_mmio *t;
	struct p9_server *srv;
	uint8_t config[2 + P9_TAG_MAX]; /* le16 tag_len, tag (no NUL) */
	uint32_t config_size;
	struct virtq_chain chain;
	uint8_t *in, *out; /* P9_MAX_MSIZE each */
	uint64_t stat_requests, stat_errors;
};

static uint64_t p9_config_read(void *dev, uint32_t off, unsigned size)
{
	struct p9dev *d = dev;
	uint64_t v = 0;
	for (unsigned k = 0; k < size && off + k < d->config_size; k++)
		v |= (uint64_t)d->config[off + k] << (8 * k);
	return v;
}

static long p9_chain(void *dev, struct virtq *vq, struct virtq_chain *c)
{
	struct p9dev *d = dev;
	/* Every reply, even an Rlerror, needs 11 bytes; a request needs its
	 * 7-byte header. Less is not a 9P request. */
	if (c->read_len < P9_HDR || c->write_len < 11)
		return VIRTIO_CHAIN_BAD;
	uint64_t inlen = c->read_len < P9_MAX_MSIZE ? c->read_len : P9_MAX_MSIZE;
	inlen = virtq_chain_read(vq, c, 0, d->in, inlen);
	size_t outcap = c->write_len < P9_MAX_MSIZE ? (size_t)c->write_len : P9_MAX_MSIZE;
	size_t n = p9_server_handle(d->srv, d->in, (size_t)inlen, d->out, outcap);
	d->stat_requests++;
	if (d->out[4] == 7) {
		d->stat_errors++;
		uint32_t ecode = (uint32_t)d->out[7] | (uint32_t)d->out[8] << 8 |
				 (uint32_t)d->out[9] << 16 | (uint32_t)d->out[10] << 24;
		if (ecode == EMFILE)
			virtio_mmio_warn_once(d->t, WARN_FDS,
					      "the guest's open files reached their budget of "
					      "host descriptors: further opens fail with EMFILE");
	}
	return (long)virtq_chain_write(vq, c, 0, d->out, n);
}

static void p9_queue_notify(void *dev, struct virtio_mmio *t, unsigned q)
{
	struct p9dev *d = dev;
	virtio_mmio_serve(t, q, &d->chain, p9_chain, d,
			  "virtio-9p request without a header or room for a reply");
}

static void p9_reset(void *dev)
{
	struct p9dev *d = dev;
	p9_server_reset(d->srv);
}

static int p9_save(void *dev, struct ss_writer *w)
{
	struct p9dev *d = dev;
	return p9_server_save(d->srv, w);
}

static int p9_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct p9dev *d = dev;
	if (r->version != P9_STATE_VERSION) {
		snprintf(err, errlen,
			 "virtio-9p state version %u is not supported (this rvisor reads %u)",
			 r->version, P9_STATE_VERSION);
		return -1;
	}
	return p9_server_load(d->srv, r, apply, err, errlen);
}

static void p9_destroy(void *dev)
{
	struct p9dev *d = dev;
	if (!d)
		return;
	p9_server_free(d->srv);
	free(d->in);
	free(d->out);
	free(d);
}

static const struct virtio_dev_ops p9_ops = {
    .name = "9p",
    .device_id = VIRTIO_ID_9P,
    .features = 1ULL << VIRTIO_9P_MOUNT_TAG,
    .nqueues = 1,
    .config_size = 2 + P9_TAG_MAX,
    .config_read = p9_config_read,
    .queue_notify = p9_queue_notify,
    .reset = p9_reset,
    .state_version = P9_STATE_VERSION,
    .save = p9_save,
    .load = p9_load,
    .destroy = p9_destroy,
};

/* A share's root held across reboots (vdev_resource). */
struct p9_root {
	int fd;
};

static void p9_root_close(void *handle)
{
	struct p9_root *r = handle;
	close(r->fd);
	free(r);
}

int virtio_p9_create(struct board *b, unsigned slot, const char *opts, const struct vdev_ctx *ctx)
{
	struct opts o;
	char err[512];
	if (opts_parse(&o, opts, true, err, sizeof(err)) < 0)
		return err_set(ctx->err, ERR_INVALID, "%s", err);
	const char *dir = opts_positional(&o), *tag = opts_get(&o, "tag");
	bool ro = false;
	const char *bad = NULL;
	uint64_t quota = 0;
	if (opts_get_bool(&o, "readonly", false, &ro, err, sizeof(err)) < 0 ||
	    opts_get_u64(&o, "quota", 0, &quota, err, sizeof(err)) < 0)
		bad = err;
	else if (!dir || !*dir)
		bad = "the host directory is missing (HOSTDIR,tag=NAME)";
	else if (!tag || !*tag)
		bad = "tag=NAME is missing (the guest mounts the share by its tag)";
	else if (strlen(tag) > P9_TAG_MAX)
		bad = "the tag is longer than 64 bytes";
	if (!bad)
		for (const char *p = tag; *p; p++)
			if (!isgraph((unsigned char)*p))
				bad = "the tag must be printable ASCII without spaces";
	const char *unknown = bad ? NULL : opts_unused(&o);
	if (bad || unknown) {
		if (unknown)
			err_set(ctx->err, ERR_INVALID, "unknown option '%s'", unknown);
		else
			err_set(ctx->err, ERR_INVALID, "%s", bad);
		opts_free(&o);
		return -1;
	}
	struct p9dev *d = calloc(1, sizeof(*d));
	if (d) {
		d->in = malloc(P9_MAX_MSIZE);
		d->out = malloc(P9_MAX_MSIZE);
	}
	if (!d || !d->in || !d->out) {
		err_set(ctx->err, ERR_IO, "out of memory");
		p9_destroy(d);
		opts_free(&o);
		return -1;
	}
	/* The share's root, opened by the VM's first build and kept across
	 * reboots (a new server: no fid survives). */
	struct p9_root *root = vdev_held(ctx);
	int rootfd = root ? root->fd : p9_root_open(dir, err, sizeof(err));
	bool held = root != NULL;
	if (rootfd >= 0 && !held && (root = malloc(sizeof(*root)))) {
		root->fd = rootfd;
		held = vdev_hold(ctx, root, p9_root_close);
		if (!held)
			free(root);
	}
	d->srv = rootfd < 0 ? NULL : p9_server_new_at(rootfd, !held, ro, err, sizeof(err));
	if (!d->srv) {
		if (rootfd >= 0 && !held)
			close(rootfd);
		err_set(ctx->err, ERR_INVALID, "%s", err);
		p9_destroy(d);
		opts_free(&o);
		return -1;
	}
	/* Counted again by each build: the share may have changed. */
	if (quota)
		p9_server_set_quota(d->srv, quota);
	size_t tl = strlen(tag);
	d->config[0] = (uint8_t)tl;
	d->config[1] = (uint8_t)(tl >> 8);
	memcpy(d->config + 2, tag, tl);
	d->config_size = (uint32_t)(2 + tl);
	opts_free(&o);
	d->t = virtio_mmio_create(b, slot, &p9_ops, d, ctx->err);
	return d->t ? 0 : -1;
}
