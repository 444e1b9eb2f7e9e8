/* The destination of a live migration: accept, check, build, receive,
 * apply, and run only on the source's GO (docs/migration.md). */
#include "vmm/migrate_in.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "block/block.h"
#include "cpu/block.h"
#include "mem/bus.h"
#include "util/thread.h"
#include "vmm/builder.h"
#include "vmm/migrate_disks.h"
#include "vmm/migrate_nics.h"
#include "vmm/migrate_zstd.h"
#include "vmm/vm.h"

#define PEER "migration source"
/* HOTB blocks decoded (or translated) between two polls of the
 * connection. */
#define WARM_SLICE 4u

void migrate_in_init(struct migrate_in *in)
{
	memset(in, 0, sizeof(*in));
	in->listen_fd = in->rfd = in->wfd = in->uffd_dev = -1;
	postcopy_in_init(&in->pc);
	for (unsigned k = 0; k < MIG_STREAMS_MAX; k++)
		in->sfd[k] = -1;
	mig_trace_init(&in->trace, "destination");
}

int migrate_in_listen(struct migrate_in *in, const char *uri, struct error *e)
{
	char addr[600];
	const char *opt = strstr(uri, ",token-file=");
	size_t alen = opt ? (size_t)(opt - uri) : strlen(uri);
	if (alen >= sizeof(addr))
		return err_set(e, ERR_INVALID, "migration address too long");
	memcpy(addr, uri, alen);
	addr[alen] = 0;
	if (opt && mig_read_token(opt + strlen(",token-file="), &in->token, e) < 0)
		return -1;
	struct mig_addr a;
	if (mig_addr_parse(addr, &a, e) < 0)
		return -1;
	in->listen_fd = mig_listen(&a, in->bound, sizeof(in->bound), e);
	if (in->listen_fd < 0)
		return -1;
	/* Opened now, with the privileges this process starts with: a
	 * post-copy makes its userfaultfd through it after the sandbox has
	 * taken them (docs/migration.md, "Post-copy"). */
	in->uffd_dev = postcopy_open_device();
	/* Whoever connects first chooses what the stream names: never an
	 * open port without a token (docs/SECURITY.md). */
	if (!in->token.set && !mig_socket_is_local(in->listen_fd)) {
		close(in->listen_fd);
		in->listen_fd = -1;
		return err_set(e, ERR_INVALID,
			       "%s is not a loopback address: a migration listener reachable from "
			       "other hosts needs a pre-shared token (add ,token-file=FILE; the "
			       "source gives the same token with \"token_file\")",
			       addr);
	}
	return 0;
}

static int read_preamble(int fd, struct error *e)
{
	uint8_t p[MIG_PREAMBLE_LEN];
	size_t got = 0;
	while (got < sizeof(p)) {
		ssize_t k = read(fd, p + got, sizeof(p) - got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return err_errno(e, errno, "migration: reading the stream's preamble");
		if (k == 0)
			return err_set(e, ERR_INVALID,
				       "migration stream truncated: %zu of the %u bytes of its "
				       "preamble",
				       got, MIG_PREAMBLE_LEN);
		got += (size_t)k;
	}
	if (memcmp(p, MIG_MAGIC, 8) != 0)
		return err_set(e, ERR_INVALID,
			       "not an rvisor migration stream (no \"" MIG_MAGIC "\" preamble)");
	uint32_t version = mig_get32(p + 8);
	if (version != MIG_VERSION)
		return err_set(e, ERR_INVALID,
			       "migration stream of protocol version %u: this rvisor speaks "
			       "version %u only",
			       version, MIG_VERSION);
	if (mig_get32(p + 12) != MIG_PREAMBLE_LEN)
		return err_set(e, ERR_INVALID, "migration stream preamble has a length of %u",
			       mig_get32(p + 12));
	return 0;
}

/* The payload of the frame just read, taken over (the frame buffer is
 * handed to the snapshot reader, which frees it). */
static uint8_t *take_payload(struct migrate_in *in, size_t *len)
{
	uint8_t *b = in->f.buf;
	*len = in->f.len;
	in->f.buf = NULL;
	in->f.cap = in->f.len = 0;
	return b ? b : malloc(1);
}

/* DISK: one entry per disk of CONF, read-only ones as such, and every
 * writable one (on shared storage: the same path here) one of ours. */
static int read_disks(struct migrate_in *in, struct error *e)
{
	const uint32_t disk[] = {MIG_DISK, MIG_PCPY, MIG_CMPR};
	/* PCPY (post-copy asked) and CMPR (compression) may come first,
	 * once each, in this order: DISK follows. */
	if (mig_recv(in->rfd, &in->f, disk, 3, PEER, e) < 0)
		return -1;
	if (in->f.type == MIG_PCPY) {
		if (in->f.len != 0)
			return err_set(e, ERR_INVALID,
				       "migration stream refused: a PCPY frame of %zu bytes",
				       in->f.len);
		in->postcopy = true;
		if (mig_recv(in->rfd, &in->f, disk, 3, PEER, e) < 0)
			return -1;
		if (in->f.type == MIG_PCPY)
			return err_set(e, ERR_INVALID, "migration stream refused: a second PCPY");
	}
	if (in->f.type == MIG_CMPR) {
		uint32_t alg = in->f.len == MIG_CMPR_LEN ? mig_get32(in->f.buf) : 0;
		if (alg != MIG_COMPRESS_ZSTD)
			return err_set(e, ERR_INVALID,
				       "migration stream refused: CMPR asks for an unknown "
				       "compression (%zu bytes, algorithm %u; 1 = zstd is known)",
				       in->f.len, alg);
		if (in->postcopy)
			return err_set(e, ERR_INVALID,
				       "migration stream refused: compression with post-copy is "
				       "not supported");
		in->compress = alg;
		if (mig_recv(in->rfd, &in->f, disk, 1, PEER, e) < 0)
			return -1;
	}
	if (mig_disk_table_decode(in->f.buf, in->f.len, &in->disks,
				  "migration stream refused: DISK", e) < 0)
		return -1;
	const struct snapshot_config *c = &in->conf.cfg;
	if (in->disks.n != c->ndisks)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: DISK lists %u disks, the configuration "
			       "%u",
			       in->disks.n, c->ndisks);
	unsigned own = 0;
	for (unsigned k = 0; k < c->ndisks; k++) {
		const struct vm_disk *d = &c->disks[k];
		bool writable = in->disks.d[k].mode != MIG_DISK_READONLY;
		bool copy = in->disks.d[k].mode == MIG_DISK_COPY;
		if (writable && own > 0 && copy != in->copy)
			return err_set(e, ERR_INVALID,
				       "migration stream refused: DISK mixes copied and shared "
				       "writable disks");
		if (writable)
			in->copy = copy;
		if (writable == d->readonly)
			return err_set(e, ERR_INVALID,
				       "migration stream refused: disk %u (%.200s) is %s in the "
				       "configuration and %s in DISK",
				       k, d->path, d->readonly ? "read-only" : "writable",
				       writable ? "writable" : "read-only");
		if (d->readonly)
			continue;
		if (copy && own < in->nown_disks) {
			own++; /* the target: any image of ours */
			continue;
		}
		if (own >= in->nown_disks || strcmp(in->own_disks[own], d->path) != 0)
			return err_set(
			    e, ERR_INVALID,
			    "migration stream refused: disk %u (%.200s) is writable and this "
			    "destination was not given it: name each writable disk (on shared "
			    "storage: its path; copied: the target), in order, with --disk PATH "
			    "next to --incoming%s%.200s",
			    k, d->path, own < in->nown_disks ? " (expected here: " : "",
			    own < in->nown_disks ? in->own_disks[own] : "");
		own++;
	}
	if (own != in->nown_disks)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: this destination was given %u writable "
			       "disks (--disk), the source's VM has %u",
			       in->nown_disks, own);
	return 0;
}

/* The preamble and AUTH of a connection, before anything else is looked
 * at; then, with `strm`, the frame that follows it (STRM, or CONF on the
 * main connection) is read into in->f. */
static int open_connection(struct migrate_in *in, int fd, const uint32_t *next, unsigned nnext,
			   struct error *e)
{
	if (read_preamble(fd, e) < 0)
		return -1;
	const uint32_t auth[] = {MIG_AUTH};
	if (mig_recv(fd, &in->f, auth, 1, PEER, e) < 0)
		return -1;
	if (in->token.set && !mig_token_equal(&in->token, in->f.buf, in->f.len))
		return err_set(e, ERR_INVALID, "migration refused: authentication failed: %s",
			       in->f.len
				   ? "the source's token is not this destination's token-file's"
				   : "this destination requires a token and the source sent none "
				     "(give the source \"token_file\")");
	return mig_recv(fd, &in->f, next, nnext, PEER, e);
}

/* STRM: u32 count (2..MIG_STREAMS_MAX), u32 index, the nonce. */
static int read_strm(struct migrate_in *in, unsigned *index, struct error *e)
{
	if (in->f.len != MIG_STRM_LEN)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: a STRM frame of %zu bytes", in->f.len);
	uint32_t count = mig_get32(in->f.buf);
	*index = mig_get32(in->f.buf + 4);
	if (count < 2 || count > MIG_STREAMS_MAX)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: STRM announces %u RAM streams (2 to %u)",
			       count, MIG_STREAMS_MAX);
	if (*index > count)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: STRM index %u of %u streams", *index,
			       count);
	return (int)count;
}

int migrate_in_read_config(struct migrate_in *in, struct error *e)
{
	const uint32_t first[] = {MIG_CONF, MIG_STRM};
	if (open_connection(in, in->rfd, first, 2, e) < 0)
		return -1;
	if (in->f.type == MIG_STRM) {
		unsigned index;
		int count = read_strm(in, &index, e);
		if (count < 0)
			return -1;
		if (index != 0)
			return err_set(
			    e, ERR_INVALID,
			    "migration stream refused: the first connection's STRM names "
			    "RAM stream %u, not the main one (0)",
			    index);
		in->nstreams = (unsigned)count;
		memcpy(in->nonce, in->f.buf + 8, MIG_NONCE_LEN);
		const uint32_t conf[] = {MIG_CONF};
		if (mig_recv(in->rfd, &in->f, conf, 1, PEER, e) < 0)
			return -1;
	}
	size_t len;
	uint8_t *buf = take_payload(in, &len);
	char err[SNAPSHOT_ERRLEN];
	if (!buf)
		return err_errno(e, ENOMEM, "migration: configuration");
	int rc = snapshot_open_config_buf(&in->conf, buf, len, err, sizeof(err));
	in->have_conf = true; /* owns buf either way */
	if (rc < 0)
		return err_set(e, ERR_INVALID, "migration stream refused: configuration: %s", err);
	/* The stream names the host files the VM gets. A guest must never
	 * get write access to one on the stream's word alone: a writable disk
	 * is taken only when this destination's operator named it (--disk),
	 * and a 9p share (a host directory) is refused. */
	const struct snapshot_config *c = &in->conf.cfg;
	for (unsigned k = 0; k < c->ndevices; k++)
		if (strcmp(c->devices[k].kind, "share") == 0)
			return err_set(
			    e, ERR_INVALID,
			    "migration stream refused: it gives the guest a host directory "
			    "(share %.200s): shares do not migrate in this version",
			    c->devices[k].opts);
	return read_disks(in, e);
}

/* The state must describe the machine CONF made. */
static int same_machine(const struct snapshot_config *a, const struct snapshot_config *b,
			struct error *e)
{
	const char *what = NULL;
	if (a->mem_size != b->mem_size)
		what = "RAM size";
	else if (a->ncpus != b->ncpus)
		what = "vCPU count";
	else if (a->ndisks != b->ndisks)
		what = "disk count";
	else if (a->ndevices != b->ndevices)
		what = "device count";
	for (unsigned k = 0; !what && k < a->ndisks; k++)
		if (strcmp(a->disks[k].path, b->disks[k].path) != 0)
			what = "disks";
	for (unsigned k = 0; !what && k < a->ndevices; k++)
		if (strcmp(a->devices[k].kind, b->devices[k].kind) != 0)
			what = "devices";
	if (what)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: the state describes another machine "
			       "than the configuration it started with (%s differ)",
			       what);
	return 0;
}

/* The decompression context and buffer of rx, made at its first use. */
static int rx_ready(struct mig_rx *rx, struct error *e)
{
	if (!rx->dctx)
		rx->dctx = mig_zstd_dec_new();
	if (!rx->buf)
		rx->buf = malloc(MIG_ZSTD_MAX_IN);
	if (!rx->dctx || !rx->buf)
		return err_errno(e, ENOMEM, "migration: zstd decompression");
	return 0;
}

static void rx_free(struct mig_rx *rx)
{
	mig_zstd_dec_free(rx->dctx);
	free(rx->buf);
	*rx = (struct mig_rx){0};
}

/* A RAM frame f into ram; *pages and *zero_pages count them, *zin and
 * *zout the compressed payloads and what they made. Called by the RAM
 * streams' threads at once: each writes its own ranges, with its own rx.
 * zstd_ok: CMPR came. */
static int read_ram(const struct mig_frame *f, uint64_t *pages, uint64_t *zero_pages, uint8_t *ram,
		    uint64_t ram_size, int ram_fd, bool zstd_ok, struct mig_rx *rx, uint64_t *zin,
		    uint64_t *zout, struct bus *code_bus, struct error *e)
{
	const uint8_t *p = f->buf;
	uint64_t first;
	uint32_t n;
	bool zero, zstd;
	if (mig_ram_decode(p, f->len, ram_size >> PAGE_SHIFT, zstd_ok, &first, &n, &zero, &zstd,
			   e) < 0)
		return -1;
	uint8_t *dst = ram + (first << PAGE_SHIFT);
	off_t off = (off_t)(first << PAGE_SHIFT);
	size_t len = (size_t)n << PAGE_SHIFT;
	const uint8_t *data = p + MIG_RAM_HEAD;
	if (zstd) {
		/* Into a buffer of this thread's, never into guest RAM: the
		 * pages are taken only once they are exactly what the head
		 * announced. */
		char what[80];
		snprintf(what, sizeof(what), "RAM frame of pages %llu..+%u",
			 (unsigned long long)first, n);
		if (rx_ready(rx, e) < 0 ||
		    mig_zstd_decompress(rx->dctx, data, f->len - MIG_RAM_HEAD, rx->buf, len, what,
					e) < 0)
			return -1;
		*zin += f->len - MIG_RAM_HEAD;
		*zout += len;
		data = rx->buf;
	}
	if (ram_fd >= 0) {
		/* Through the memfd: no page faults in this process (the
		 * vCPUs map the pages when the guest touches them), and zero
		 * pages become holes. */
		int rc = 0;
		if (zero)
			rc = fallocate(ram_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off,
				       (off_t)len);
		for (size_t done = 0; !zero && done < len && rc == 0;) {
			ssize_t k = pwrite(ram_fd, data + done, len - done, off + (off_t)done);
			if (k < 0 && errno == EINTR)
				continue;
			if (k <= 0)
				rc = -1;
			else
				done += (size_t)k;
		}
		if (rc < 0)
			return err_errno(e, errno ? errno : EIO, "migration: writing guest RAM");
		*(zero ? zero_pages : pages) += n;
		if (code_bus) /* blocks warmed from these pages before are stale */
			bus_code_replaced(code_bus, code_bus->ram_base + (uint64_t)off, len);
		return 0;
	}
	if (!zero) {
		memcpy(dst, data, len);
		*pages += n;
		if (code_bus)
			bus_code_replaced(code_bus, code_bus->ram_base + (uint64_t)off, len);
		return 0;
	}
	/* Zero pages: a page that is already zero is left alone, so a hole
	 * of the destination's memfd stays unallocated. */
	for (uint32_t k = 0; k < n; k++) {
		uint8_t *pg = dst + ((size_t)k << PAGE_SHIFT);
		const uint64_t *q = (const uint64_t *)pg;
		bool is_zero = true;
		for (size_t j = 0; j < PAGE_SIZE / 8 && is_zero; j++)
			is_zero = q[j] == 0;
		if (!is_zero)
			memset(pg, 0, PAGE_SIZE);
	}
	*zero_pages += n;
	if (code_bus)
		bus_code_replaced(code_bus, code_bus->ram_base + (uint64_t)off, len);
	return 0;
}

/* HOTB: the blocks kept for warming (with post-copy, refused before:
 * its pages are not all here). At most MIG_HOT_MAX per hart in all. */
static int read_hot(struct migrate_in *in, uint64_t ram_size, struct error *e)
{
	unsigned ncpus = in->conf.cfg.ncpus;
	uint32_t hart, n;
	struct block_ref *refs = malloc(MIG_HOT_MAX * sizeof(*refs));
	if (!refs)
		return err_errno(e, ENOMEM, "migration: HOTB");
	uint64_t ram_base = in->vm ? in->vm->bus.ram_base : VM_RAM_BASE;
	if (mig_hot_decode(in->f.buf, in->f.len, ncpus, ram_base, ram_size, &hart, refs, &n, e) <
	    0) {
		free(refs);
		return -1;
	}
	if (in->nhot + n > (size_t)MIG_HOT_MAX * ncpus) {
		free(refs);
		return err_set(e, ERR_INVALID,
			       "migration stream refused: more than %u HOTB blocks per hart",
			       MIG_HOT_MAX);
	}
	struct block_ref *r2 = realloc(in->hot_refs, (in->nhot + n) * sizeof(*r2) + 1);
	if (r2)
		in->hot_refs = r2;
	uint32_t *h2 = r2 ? realloc(in->hot_hart, (in->nhot + n) * sizeof(*h2) + 1) : NULL;
	if (h2)
		in->hot_hart = h2;
	if (!r2 || !h2) {
		free(refs);
		return err_errno(e, ENOMEM, "migration: HOTB");
	}
	bool *s2 = realloc(in->hot_done, (in->nhot + n) * sizeof(*s2) + 1);
	if (!s2) {
		free(refs);
		return err_errno(e, ENOMEM, "migration: HOTB");
	}
	in->hot_done = s2;
	for (uint32_t k = 0; k < n; k++) {
		in->hot_refs[in->nhot + k] = refs[k];
		in->hot_hart[in->nhot + k] = hart;
		in->hot_done[in->nhot + k] = false;
	}
	in->nhot += n;
	in->hot_undecoded += n;
	free(refs);
	return 0;
}

/* HOTB's blocks decoded into the VM's harts (their vCPU threads are
 * parked, or not started yet) while the connection is quiet: each once
 * its page has come (its generation moved from 0: read_ram bumps it),
 * sweeping round them as pages arrive. Up to max blocks; false when none
 * could be decoded now. Not translated ahead: measured, translating
 * them too made the pause longer (docs/migration.md). */
static bool warm(struct migrate_in *in, unsigned max)
{
	/* A sweep that found no page come costs a pass over the whole
	 * list: not again within a millisecond (the last pages, in the
	 * pause, come one frame after another). */
	uint64_t now = mig_trace_now_ns();
	if (!in->hot_undecoded || now < in->hot_sweep_after_ns)
		return false;
	struct bus *bus = &in->vm->bus;
	unsigned work = 0;
	for (unsigned seen = 0; work < max && seen < in->nhot && in->hot_undecoded; seen++) {
		unsigned k = in->hot_cursor;
		in->hot_cursor = (k + 1) % in->nhot;
		if (in->hot_done[k] || bus_page_gen(bus, in->hot_refs[k].pa) == 0)
			continue; /* done, or its page is not here yet */
		struct hart *h = in->vm->harts[in->hot_hart[k]];
		in->hot_warmed += (unsigned)block_predecode(h, &in->hot_refs[k]);
		in->hot_done[k] = true;
		in->hot_undecoded--;
		work++;
	}
	if (!work)
		in->hot_sweep_after_ns = now + 1000000;
	return work > 0;
}

/* Slices of warming while nothing waits on fd: the next frame is never
 * held up by more than one slice (a few to tens of µs). */
static void warm_while_quiet(struct migrate_in *in, int fd)
{
	if (!in->vm || !in->hot_done)
		return;
	struct pollfd p = {.fd = fd, .events = POLLIN};
	while (poll(&p, 1, 0) == 0 && warm(in, WARM_SLICE))
		;
}

/* BLK: a piece of a copied disk, written into its target. */
static int read_blk(struct migrate_in *in, struct error *e)
{
	const uint8_t *p = in->f.buf;
	if (in->f.len < MIG_BLK_HEAD)
		return err_set(e, ERR_INVALID, "migration stream refused: a BLK frame of %zu bytes",
			       in->f.len);
	uint32_t k = mig_get32(p), flags = mig_get32(p + 4);
	uint64_t off = mig_get64(p + 8), len = mig_get64(p + 16);
	bool zero = flags & MIG_BLK_ZERO, zstd = flags & MIG_BLK_ZSTD;
	uint32_t known = MIG_BLK_ZERO | (in->compress == MIG_COMPRESS_ZSTD ? MIG_BLK_ZSTD : 0);
	struct block_dev *bd = k < MIG_DISK_MAX ? in->targets[k] : NULL;
	if (k >= in->disks.n || in->disks.d[k].mode != MIG_DISK_COPY)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: BLK for disk %u, which is not copied", k);
	if ((flags & ~known) || (zero && zstd))
		return err_set(e, ERR_INVALID,
			       "migration stream refused: BLK frame with unknown flags 0x%x",
			       flags);
	uint64_t size = in->disks.d[k].size;
	if (len < 1 || len > MIG_BLK_MAX || off > size || len > size - off)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: BLK bytes %llu..+%llu are outside disk "
			       "%u's %llu",
			       (unsigned long long)off, (unsigned long long)len, k,
			       (unsigned long long)size);
	size_t want = MIG_BLK_HEAD + (zero ? 0 : (size_t)len);
	if (zstd ? in->f.len <= MIG_BLK_HEAD || in->f.len >= want : in->f.len != want)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: a%s BLK frame of %llu bytes holds %zu "
			       "(%s%zu expected)",
			       zstd ? " compressed" : "", (unsigned long long)len, in->f.len,
			       zstd ? "fewer than " : "", want);
	const uint8_t *data = p + MIG_BLK_HEAD;
	if (zstd) {
		char what[96];
		snprintf(what, sizeof(what), "BLK frame of disk %u bytes %llu..+%llu", k,
			 (unsigned long long)off, (unsigned long long)len);
		if (rx_ready(&in->rx, e) < 0 ||
		    mig_zstd_decompress(in->rx.dctx, data, in->f.len - MIG_BLK_HEAD, in->rx.buf,
					(size_t)len, what, e) < 0)
			return -1;
		in->compressed_bytes += in->f.len - MIG_BLK_HEAD;
		in->decompressed_bytes += len;
		data = in->rx.buf;
	}
	if (!bd) /* the fuzz target and tests: checked, not written */
		return 0;
	int r = zero ? block_write_zeroes(bd, off, len, true)
		     : (int)block_pwrite(bd, data, (size_t)len, off);
	if (r < 0)
		return err_set(e, ERR_INVALID, "migration: writing the copy of disk %u (%s): %s", k,
			       bd->path, block_strerror(r));
	in->disk_bytes += len;
	return 0;
}

int migrate_in_read_memory(struct migrate_in *in, uint8_t *ram, uint64_t ram_size, int ram_fd,
			   struct error *e)
{
	if (!in->have_conf || ram_size != in->conf.cfg.mem_size)
		return err_set(e, ERR_INTERNAL, "migration: RAM of the wrong size");
	for (;;) {
		/* PMIS: once, before STAT, and only when post-copy was asked;
		 * HOTB only without post-copy. */
		uint32_t body[] = {MIG_RAM, MIG_STAT, MIG_BLK, MIG_HOTB};
		if (in->postcopy)
			body[3] = MIG_PMIS;
		unsigned nbody = in->postcopy && in->missing ? 3 : 4;
		warm_while_quiet(in, in->rfd);
		if (mig_recv(in->rfd, &in->f, body, nbody, PEER, e) < 0)
			return -1;
		if (in->f.type == MIG_HOTB) {
			if (in->hot_closed)
				return err_set(e, ERR_INVALID,
					       "migration stream refused: HOTB after RAM, BLK or "
					       "STAT");
			if (read_hot(in, ram_size, e) < 0)
				return -1;
			continue;
		}
		in->hot_closed = true;
		if (in->f.type == MIG_PMIS) {
			uint64_t npages = ram_size >> PAGE_SHIFT;
			in->missing = calloc((npages + 63) / 64 + 1, sizeof(uint64_t));
			if (!in->missing)
				return err_errno(e, ENOMEM, "migration: the missing pages' list");
			if (mig_missing_decode(in->f.buf, in->f.len, npages, in->missing, e) < 0)
				return -1;
			continue;
		}
		if (in->f.type == MIG_BLK) {
			if (read_blk(in, e) < 0)
				return -1;
			continue;
		}
		if (in->f.type == MIG_RAM) {
			if (read_ram(&in->f, &in->pages, &in->zero_pages, ram, ram_size, ram_fd,
				     in->compress == MIG_COMPRESS_ZSTD, &in->rx,
				     &in->compressed_bytes, &in->decompressed_bytes,
				     in->vm ? &in->vm->bus : NULL, e) < 0)
				return -1;
			continue;
		}
		mig_trace(&in->trace, "STAT read");
		size_t len;
		uint8_t *buf = take_payload(in, &len);
		char err[SNAPSHOT_ERRLEN];
		if (!buf)
			return err_errno(e, ENOMEM, "migration: state");
		int rc = snapshot_open_buf(&in->state, buf, len, err, sizeof(err));
		in->have_state = true;
		if (rc < 0)
			return err_set(e, ERR_INVALID, "migration stream refused: state: %s", err);
		if (same_machine(&in->conf.cfg, &in->state.cfg, e) < 0)
			return -1;
		break;
	}
	const uint32_t done[] = {MIG_DONE};
	if (mig_recv(in->rfd, &in->f, done, 1, PEER, e) < 0)
		return -1;
	uint32_t flags = in->f.len == 4 ? mig_get32(in->f.buf) : 0;
	if ((in->f.len != 0 && in->f.len != 4) || (flags & ~(MIG_DONE_PAUSED | MIG_DONE_POSTCOPY)))
		return err_set(e, ERR_INVALID, "migration stream refused: a malformed DONE frame");
	if (!(flags & MIG_DONE_POSTCOPY) != !in->missing)
		return err_set(e, ERR_INVALID,
			       "migration stream refused: DONE %s post-copy, and the missing "
			       "pages' list (PMIS) %s",
			       flags & MIG_DONE_POSTCOPY ? "announces" : "does not announce",
			       in->missing ? "came" : "did not come");
	in->user_paused = flags & MIG_DONE_PAUSED;
	return 0;
}

/* The RAM connections STRM announced: each within 30 s, authenticated
 * as the main one, with its STRM (the same count and nonce, an index not
 * seen yet). */
static int accept_streams(struct migrate_in *in, struct error *e)
{
	for (unsigned n = 0; n < in->nstreams; n++) {
		struct pollfd pfd = {.fd = in->listen_fd, .events = POLLIN};
		int pr;
		do
			pr = poll(&pfd, 1, 30000);
		while (pr < 0 && errno == EINTR);
		if (pr <= 0)
			return err_set(e, ERR_INVALID,
				       "migration refused: %u of the %u RAM streams announced "
				       "connected within 30 s",
				       n, in->nstreams);
		int fd = accept4(in->listen_fd, NULL, NULL, SOCK_CLOEXEC);
		if (fd < 0)
			return err_errno(e, errno, "migration: accepting RAM stream");
		mig_set_timeouts(fd, MIG_IDLE_SECONDS);
		const uint32_t strm[] = {MIG_STRM};
		unsigned index = 0;
		int count = open_connection(in, fd, strm, 1, e) < 0 ? -1 : read_strm(in, &index, e);
		if (count >= 0 && ((unsigned)count != in->nstreams || index == 0 ||
				   memcmp(in->f.buf + 8, in->nonce, MIG_NONCE_LEN) != 0 ||
				   in->sfd[index - 1] >= 0))
			count = err_set(e, ERR_INVALID,
					"migration refused: a connection that is not one of this "
					"migration's RAM streams (stream %u of %d, another "
					"session or a repeat)",
					index, count);
		if (count < 0) {
			if (e->cls != ERR_CONFLICT)
				mig_send_abort(fd, e->msg);
			close(fd);
			return -1;
		}
		in->sfd[index - 1] = fd;
	}
	return 0;
}

int migrate_in_prepare(struct migrate_in *in, struct vm_config *cfg, struct error *e)
{
	int fd;
	do
		fd = accept4(in->listen_fd, NULL, NULL, SOCK_CLOEXEC);
	while (fd < 0 && errno == EINTR);
	if (fd < 0)
		return err_errno(e, errno, "migration: waiting on %s", in->bound);
	in->rfd = in->wfd = fd;
	mig_set_timeouts(fd, MIG_IDLE_SECONDS);
	int rc = migrate_in_read_config(in, e);
	if (rc == 0 && in->nstreams)
		rc = accept_streams(in, e);
	/* Nobody else gets to talk to this VM. */
	close(in->listen_fd);
	in->listen_fd = -1;
	/* Post-copy asked: refused now (before anything is built or sent)
	 * unless this host lets this process use userfaultfd. */
	if (rc == 0 && in->postcopy) {
		int ufd = postcopy_uffd_open(in->uffd_dev, e);
		if (ufd < 0) {
			err_prefix(e, "migration refused");
			rc = -1;
		} else {
			close(ufd);
		}
	}
	if (rc < 0) {
		if (e->cls != ERR_CONFLICT) /* not the source's own abandon */
			mig_send_abort(in->wfd, e->msg);
		return -1;
	}
	/* This host's own settings, which the stream does not carry: the CPU
	 * engine (the JIT unless told otherwise: without it the guest ran
	 * interpreted here, several times slower than at the source) and the
	 * vCPUs' host CPUs. */
	const struct vm_config host = *cfg;
	memset(cfg, 0, sizeof(*cfg));
	snapshot_vm_config(&in->conf, cfg);
	cfg->cpu_engine = host.cpu_engine;
	memcpy(cfg->vcpu_pin, host.vcpu_pin, sizeof(cfg->vcpu_pin));
	cfg->nvcpu_pin = host.nvcpu_pin;
	/* Writable disks on shared storage: opened without their lock, which
	 * the source hands over at the switch-over. Copied ones: the
	 * operator's targets, ours from the start. */
	for (unsigned k = 0, own = 0; k < cfg->ndisks; k++) {
		struct vm_disk *d = &cfg->disks[k];
		if (d->readonly)
			continue;
		if (!in->copy) {
			d->handover = true;
			continue;
		}
		d->path = in->own_disks[own];
		d->format = in->own_formats[own++];
		d->format_probed = false;
		if (!d->format) {
			const struct block_format *f =
			    block_probe(d->path, in->probe_err, sizeof(in->probe_err));
			if (!f) {
				err_set(e, ERR_INVALID, "migration: copy target %s", in->probe_err);
				mig_send_abort(in->wfd, e->msg);
				return -1;
			}
			d->format = f->name;
			d->format_probed = true;
		}
	}
	cfg->dtb_out = host.dtb_out;
	cfg->timeout = host.timeout;
	return 0;
}

/* A refusal: tell the source, unless it is the one that gave up or the
 * link is gone. */
static int refuse(struct migrate_in *in, struct error *e)
{
	if (e->cls != ERR_CONFLICT && e->cls != ERR_IO)
		mig_send_abort(in->wfd, e->msg[0] ? e->msg
						  : "the destination could not build the VM "
						    "(its log says why)");
	return -1;
}

/* One RAM stream's receiver (a thread): RAM frames until its DONE. On a
 * failure it wakes the main connection's reader (whose error then is
 * "truncated"; the stream's own error is the one reported). */
struct ram_stream {
	struct migrate_in *in;
	unsigned index;
	uint8_t *ram;
	uint64_t ram_size;
	int ram_fd;
	uint64_t pages, zero_pages, zin, zout;
	atomic_bool *failed_first;
	pthread_t thread;
	int rc;
	struct error e;
};

static void *ram_stream_thread(void *arg)
{
	struct ram_stream *s = arg;
	struct mig_frame f = {0};
	struct mig_rx rx = {0};
	const uint32_t body[] = {MIG_RAM, MIG_DONE};
	char peer[64];
	snprintf(peer, sizeof(peer), "migration source (RAM stream %u)", s->index + 1);
	s->rc = -1;
	for (;;) {
		if (mig_recv(s->in->sfd[s->index], &f, body, 2, peer, &s->e) < 0)
			break;
		if (f.type == MIG_DONE) {
			if (f.len == 0)
				s->rc = 0;
			else
				err_set(&s->e, ERR_INVALID,
					"migration stream refused: RAM stream %u ends with a "
					"DONE of %zu bytes",
					s->index + 1, f.len);
			break;
		}
		if (read_ram(&f, &s->pages, &s->zero_pages, s->ram, s->ram_size, s->ram_fd,
			     s->in->compress == MIG_COMPRESS_ZSTD, &rx, &s->zin, &s->zout,
			     s->in->vm ? &s->in->vm->bus : NULL, &s->e) < 0)
			break;
	}
	free(f.buf);
	rx_free(&rx);
	if (s->rc < 0) {
		bool expected = false;
		if (atomic_compare_exchange_strong(s->failed_first, &expected, true))
			shutdown(s->in->rfd, SHUT_RD);
	}
	return NULL;
}

/* RAM over the main connection, or its streams too (each a thread,
 * joined before the state is applied: every page is in RAM then). */
static int receive_memory(struct migrate_in *in, struct vm *vm, struct error *e)
{
	struct ram_stream rs[MIG_STREAMS_MAX];
	atomic_bool failed_first = false;
	unsigned started = 0;
	in->vm = vm;
	for (; started < in->nstreams; started++) {
		rs[started] = (struct ram_stream){.in = in,
						  .index = started,
						  .ram = vm->bus.ram,
						  .ram_size = vm->bus.ram_size,
						  .ram_fd = vm->bus.ram_fd,
						  .failed_first = &failed_first};
		if (thread_spawn(&rs[started].thread, ram_stream_thread, &rs[started],
				 "migrate-rx") != 0)
			break;
	}
	/* The main connection is silent while the streams carry the RAM
	 * (they have the idle limit meanwhile, and any failure of theirs
	 * wakes it): no limit on it then, but TCP keepalives, so that a
	 * source host that vanished is still noticed. */
	if (in->nstreams) {
		mig_set_timeouts(in->rfd, 0);
		int on = 1, idle = MIG_IDLE_SECONDS / 2, intvl = 5, cnt = 6;
		setsockopt(in->rfd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof(on));
		setsockopt(in->rfd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof(idle));
		setsockopt(in->rfd, IPPROTO_TCP, TCP_KEEPINTVL, &intvl, sizeof(intvl));
		setsockopt(in->rfd, IPPROTO_TCP, TCP_KEEPCNT, &cnt, sizeof(cnt));
	}
	int rc = started == in->nstreams
		     ? migrate_in_read_memory(in, vm->bus.ram, vm->bus.ram_size, vm->bus.ram_fd, e)
		     : err_set(e, ERR_IO, "migration: cannot start a RAM stream's thread");
	if (in->nstreams)
		mig_set_timeouts(in->rfd, MIG_IDLE_SECONDS);
	/* A stream that failed first (and so cut the main reader short)
	 * has the error to report; else the main connection's stands. */
	bool stream_first = atomic_exchange(&failed_first, true);
	if (rc < 0) /* wake the streams still reading */
		for (unsigned k = 0; k < in->nstreams; k++)
			shutdown(in->sfd[k], SHUT_RDWR);
	bool take_stream_error = rc == 0 || stream_first;
	for (unsigned k = 0; k < started; k++) {
		pthread_join(rs[k].thread, NULL);
		in->pages += rs[k].pages;
		in->zero_pages += rs[k].zero_pages;
		in->compressed_bytes += rs[k].zin;
		in->decompressed_bytes += rs[k].zout;
		if (rs[k].rc < 0 && take_stream_error) {
			*e = rs[k].e;
			rc = -1;
			take_stream_error = false;
		}
	}
	return rc;
}

int migrate_in_build(struct migrate_in *in, struct vm_machine *m, const struct vm_config *cfg,
		     int console_in, int console_out, struct vm_resources *res, struct error *e)
{
	struct vm_build_restore r = {
	    .snap = &in->conf, .path = "(migration stream)", .state_later = true};
	if (vm_build(m, cfg, console_in, console_out, &r, res, e) < 0) {
		if (e->cls == ERR_CONFLICT || e->cls == ERR_IO)
			e->cls = ERR_INVALID; /* ours, to be reported to the source */
		return refuse(in, e);
	}
	struct vm *vm = m->vm;
	/* A tap the source still holds (one host, multi_queue) must carry
	 * its frames to the source until GO: our queue waits detached. */
	if (migrate_nics_release(vm, e) < 0) {
		e->cls = ERR_INVALID;
		return refuse(in, e);
	}
	/* Our view of the disks: the same images as the source's? */
	struct mig_disk_table ours;
	if (migrate_disk_table(vm, in->copy, &ours, e) < 0 ||
	    migrate_disk_tables_match(&ours, &in->disks, "source", e) < 0) {
		e->cls = ERR_INVALID;
		err_prefix(e, "migration refused");
		return refuse(in, e);
	}
	for (unsigned k = 0; k < ours.n; k++)
		if (ours.d[k].mode == MIG_DISK_COPY)
			in->targets[k] = migrate_disk_image(vm, k);
	uint8_t table[MIG_DISK_TABLE_MAX];
	if (mig_send(in->wfd, MIG_ACPT, table, mig_disk_table_encode(&ours, table), e) < 0)
		return -1;
	/* Made now, while the source still runs the VM (snapshot.h); freed
	 * by migrate_in_close, out of the guest's pause too. */
	in->scratch = snapshot_scratch_new(vm);
	if (!in->scratch) {
		err_errno(e, ENOMEM, "migration: the state's scratch hart");
		return refuse(in, e);
	}
	return 0;
}

bool migrate_in_sandbox_early(const struct migrate_in *in, struct vm *vm)
{
	return !in->postcopy && !migrate_nics_any(vm);
}

int migrate_in_receive(struct migrate_in *in, struct vm *vm, struct error *e)
{
	int rc = receive_memory(in, vm, e);
	mig_trace(&in->trace, "STAT and DONE received (HOTB: %u blocks, %u decoded)", in->nhot,
		  in->hot_warmed);
	char err[SNAPSHOT_ERRLEN];
	if (rc == 0 && snapshot_apply_scratch(&in->state, vm, in->scratch, err, sizeof(err)) < 0) {
		err_set(e, ERR_INVALID, "migration stream refused: state: %s", err);
		rc = -1;
	}
	if (rc < 0)
		return refuse(in, e);
	mig_trace(&in->trace, "state applied");
	/* The copied disks, durable before we say we are ready. */
	for (unsigned k = 0; k < MIG_DISK_MAX; k++) {
		int r = in->targets[k] ? block_flush(in->targets[k]) : 0;
		if (r < 0) {
			err_set(e, ERR_INVALID, "migration: flushing the copy of disk %u (%s): %s",
				k, in->targets[k]->path, block_strerror(r));
			return refuse(in, e);
		}
	}
	/* Post-copy: the stale pages out, guest RAM under userfaultfd,
	 * before this side says it is ready (a failure here is a refusal:
	 * the source resumes). */
	if (in->missing) {
		int r = postcopy_in_arm(&in->pc, vm->bus.ram, vm->bus.ram_size, vm->bus.ram_fd,
					in->missing, in->uffd_dev, e);
		in->missing = NULL; /* the post-copy's now */
		if (r < 0) {
			e->cls = ERR_INVALID;
			return refuse(in, e);
		}
	}
	rc = mig_send(in->wfd, MIG_REDY, NULL, 0, e);
	mig_trace(&in->trace, "REDY sent");
	mig_trace_watch(&in->trace, vm);
	return rc;
}

bool migrate_in_switch_before_sandbox(const struct migrate_in *in, struct vm *vm)
{
	return in->pc.uffd >= 0 || migrate_nics_any(vm);
}

void migrate_in_abandon(struct migrate_in *in, const char *why)
{
	if (in->wfd >= 0)
		mig_send_abort(in->wfd, why);
}

int migrate_in_switch(struct migrate_in *in, struct vm *vm, struct error *e)
{
	const uint32_t go[] = {MIG_GO};
	if (mig_recv(in->rfd, &in->f, go, 1, PEER, e) < 0)
		return -1;
	mig_trace_start(&in->trace);
	mig_trace(&in->trace, "GO received");
	/* The source has let its taps go, flushed its writable disks and
	 * released their locks: take them (all or none), reloading what we
	 * had read. A failure here: this VM does not run, and the source,
	 * told so, takes its taps and disks back and resumes. */
	if (migrate_nics_take(vm, e) < 0 || migrate_disks_take(vm, true, e) < 0) {
		struct error ignored;
		migrate_nics_release(vm, &ignored); /* the source takes them back */
		err_prefix(e, "the switch-over failed on the destination, which does not run");
		mig_send_abort(in->wfd, e->msg);
		return -1;
	}
	if (in->user_paused)
		vm_pause(vm);
	/* The source has let go: from here this VM runs, whatever happens to
	 * the link (the source stays paused without our RUNG). */
	struct error ignored;
	mig_send(in->wfd, MIG_RUNG, NULL, 0, &ignored);
	mig_trace(&in->trace, "RUNG sent");
	/* Post-copy: the pages left come now; a guest touching one first
	 * waits for it. Nothing may read RAM through the memfd meanwhile
	 * (snapshots, a reboot: refused while `migrating`). */
	if (in->pc.uffd >= 0) {
		in->pc.busy = &vm->migrating;
		atomic_store(&vm->migrating, true);
		vm->postcopy_in = &in->pc;
		if (postcopy_in_start(&in->pc, in->rfd, in->wfd, e) < 0)
			fprintf(stderr, "rvisor: %s\n", e->msg);
	}
	return 0;
}

void migrate_in_close(struct migrate_in *in)
{
	mig_trace_stop(&in->trace);
	snapshot_scratch_free(in->scratch);
	postcopy_in_stop(&in->pc);
	free(in->missing);
	free(in->hot_refs);
	free(in->hot_hart);
	free(in->hot_done);
	if (in->uffd_dev >= 0)
		close(in->uffd_dev);
	if (in->listen_fd >= 0)
		close(in->listen_fd);
	if (in->rfd >= 0)
		close(in->rfd);
	if (in->wfd >= 0 && in->wfd != in->rfd)
		close(in->wfd);
	for (unsigned k = 0; k < MIG_STREAMS_MAX; k++)
		if (in->sfd[k] >= 0)
			close(in->sfd[k]);
	if (in->have_conf)
		snapshot_close(&in->conf);
	if (in->have_state)
		snapshot_close(&in->state);
	free(in->f.buf);
	rx_free(&in->rx);
	explicit_bzero(&in->token, sizeof(in->token));
	migrate_in_init(in);
}
