/* The source of a live migration: pre-copy over the dirty log, throttled
 * convergence, stop-and-copy and the switch-over handshake that keeps
 * exactly one VM running (docs/migration.md). */
#include "vmm/migrate_out.h"

#include <errno.h>
#include <linux/sockios.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "block/block.h"
#include "machine/board.h"
#include "machine/console.h"
#include "state/stream.h"
#include "util/thread.h"
#include "vmm/migrate_disks.h"
#include "vmm/migrate_nics.h"
#include "vmm/migrate_trace.h"
#include "vmm/migrate_wire.h"
#include "vmm/migrate_zstd.h"
#include "cpu/block.h"
#include "vmm/postcopy.h"
#include "vmm/snapshot.h"
#include "vmm/vm.h"

#define PEER "migration destination"
#define CONNECT_MS 5000
#define REPLY_SECONDS 30
/* The longest wait, before the pause, for the bytes already written to
 * reach the destination (a link slower than the estimate said). */
#define DRAIN_MS_MAX 5000
/* Live rounds after the estimate fits, before the pause. */
#define LIVE_ROUNDS_MAX 4
_Static_assert(MIG_HOTB_MAX <= (size_t)MIG_RAM_MAX_PAGES << 12, "HOTB is encoded in sendbuf");

struct migrate_out {
	struct vm *vm;
	pthread_t thread;
	bool thread_started;
	atomic_bool cancel;
	pthread_mutex_t lock; /* st, fd, switched */
	struct migrate_status st;
	int fd;
	bool switched; /* GO sent: no more cancelling, no resuming */
	struct mig_addr addr;
	/* The dirty log: whether it was on before (diff snapshots), and
	 * every page taken from it, put back if the migration fails. */
	bool log_was_on, log_started;
	uint64_t *taken, *bits;
	uint8_t *sendbuf; /* MIG_RAM_MAX_PAGES pages */
	uint64_t words;
	struct timespec t_start, t_pause;
	struct mig_trace trace; /* RVISOR_MIGRATE_TRACE=1: the switch-over's timestamps */
	bool paused_here, user_paused;
	bool disks_released; /* the writable disks' locks handed over */
	bool nics_released;  /* the NICs' taps let go (migrate_nics.h) */
	/* Block migration: the copied disks (NULL: not copied), each one's
	 * dirty chunks of the latest fetch, and a read buffer (MIG_BLK_MAX,
	 * aligned for cache=none images). */
	struct block_dev *copy[MIG_DISK_MAX];
	uint64_t *blk_bits[MIG_DISK_MAX];
	uint8_t *blkbuf;
	struct mig_token token;
	/* max_bandwidth: bytes sent since t_cap started (the connection). */
	struct timespec t_cap;
	/* streams > 1: the RAM connections (fd, -1 when not open) and the
	 * session's nonce, which each of them repeats in its STRM. */
	unsigned nstreams;
	int sfd[MIG_STREAMS_MAX];
	uint8_t nonce[MIG_NONCE_LEN];
	/* Post-copy: the pages the destination still lacks (from the
	 * switch-over), and whether sends pace themselves (not then: the
	 * serving loop waits on the connection instead, so a page asked
	 * for is sent at once). */
	uint64_t *missing;
	bool no_pace, postcopy_when_stalled;
	/* st.compress: the compressor (one: this thread sends every frame). */
	struct mig_zstd_enc z;
	/* HOTB: each hart's recent blocks (MIG_HOT_MAX a hart, in hart
	 * order), listed in an instant's pause after the first full pass. */
	struct block_ref *hot;
	unsigned nhot[VM_MAX_CPUS];
};

const char *migrate_phase_name(enum migrate_phase p)
{
	static const char *const names[] = {
	    "none",	"setup",     "precopy", "stop-and-copy", "switchover",
	    "postcopy", "completed", "failed",	"cancelled",	 "postcopy-paused"};
	return (unsigned)p < sizeof(names) / sizeof(names[0]) ? names[p] : "?";
}

void migrate_request_free(struct migrate_request *r)
{
	free(r->destination);
	r->destination = NULL;
	free(r->token_file);
	r->token_file = NULL;
}

static double ms_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) * 1e-6;
}

/* *field = ms since t0, under the lock. */
static void stamp(struct migrate_out *mo, double *field, const struct timespec *t0)
{
	double ms = ms_since(t0);
	pthread_mutex_lock(&mo->lock);
	*field = ms;
	pthread_mutex_unlock(&mo->lock);
}

static void set_phase(struct migrate_out *mo, enum migrate_phase p)
{
	pthread_mutex_lock(&mo->lock);
	mo->st.phase = p;
	pthread_mutex_unlock(&mo->lock);
}

static void set_throttle(struct migrate_out *mo, unsigned pct)
{
	for (unsigned k = 0; k < mo->vm->ncpus; k++)
		atomic_store(&mo->vm->harts[k]->throttle_pct, pct);
	pthread_mutex_lock(&mo->lock);
	mo->st.throttle_pct = pct;
	pthread_mutex_unlock(&mo->lock);
}

static int cancelled(struct migrate_out *mo, struct error *e)
{
	if (atomic_load(&mo->cancel))
		return err_set(e, ERR_CONFLICT, "the migration was cancelled");
	return 0;
}

/* max_bandwidth: after sending, sleep until the bytes sent so far fit the
 * cap since the connection (in slices, so a cancel is seen soon). */
static int pace(struct migrate_out *mo, struct error *e)
{
	pthread_mutex_lock(&mo->lock);
	uint64_t cap = mo->st.max_bandwidth, sent = mo->st.bytes_sent;
	pthread_mutex_unlock(&mo->lock);
	if (!cap || mo->no_pace)
		return 0;
	for (;;) {
		double due_ms = (double)sent / (double)cap * 1e3 - ms_since(&mo->t_cap);
		if (due_ms <= 0)
			return 0;
		if (cancelled(mo, e) < 0)
			return -1;
		double ms = due_ms < 50 ? due_ms : 50;
		struct timespec ts = {0, (long)(ms * 1e6)};
		nanosleep(&ts, NULL);
	}
}

/* --- the dirty log (re-armed only with the vCPUs parked: bus.h) --- */

static void drop_store_tlbs(struct vm *vm)
{
	for (unsigned k = 0; k < vm->ncpus; k++)
		hart_request(vm->harts[k], EV_FENCE_I);
}

struct log_op {
	struct migrate_out *mo;
	bool start;
	bool hot; /* list the harts' recent blocks too (mo->hot) */
	uint64_t count;
	int rc;
};

static void log_op_paused(void *arg)
{
	struct log_op *op = arg;
	struct migrate_out *mo = op->mo;
	struct bus *bus = &mo->vm->bus;
	if (op->start) {
		mo->log_was_on = bus_dirty_log_on(bus);
		/* Pages a diff snapshot still needs are kept in `taken`. */
		if (mo->log_was_on)
			bus_dirty_log_fetch_and_clear(bus, mo->taken);
		else if (bus_dirty_log_enable(bus) < 0)
			op->rc = -1;
		mo->log_started = op->rc == 0;
	} else {
		op->count = bus_dirty_log_fetch_and_clear(bus, mo->bits);
		for (uint64_t k = 0; k < mo->words; k++)
			mo->taken[k] |= mo->bits[k];
	}
	for (unsigned k = 0; op->hot && k < mo->vm->ncpus; k++)
		mo->nhot[k] = block_cache_recent(mo->vm->harts[k],
						 mo->hot + (size_t)k * MIG_HOT_MAX, MIG_HOT_MAX);
	drop_store_tlbs(mo->vm);
}

/* The pages dirtied since the last call, into mo->bits; the count. */
static uint64_t fetch_dirty(struct migrate_out *mo)
{
	struct log_op op = {.mo = mo};
	uint64_t t0 = mo->trace.on ? mig_trace_now_ns() : 0;
	if (mo->paused_here)
		log_op_paused(&op);
	else
		vm_with_paused(mo->vm, log_op_paused, &op);
	if (!mo->paused_here)
		mig_trace_at(&mo->trace, t0,
			     "dirty log fetched (%llu pages) in an instant's pause of %.3f ms",
			     (unsigned long long)op.count,
			     (double)(mig_trace_now_ns() - t0) * 1e-6);
	return op.count;
}

/* --- sending pages --- */

static bool page_zero(const uint8_t *p)
{
	const uint64_t *q = (const uint64_t *)p;
	for (size_t k = 0; k < PAGE_SIZE / 8; k += 4)
		if (q[k] | q[k + 1] | q[k + 2] | q[k + 3])
			return false;
	return true;
}

/* With compression: replace *data (*len bytes) by its zstd frame when
 * that is smaller. Whether it did. */
static bool maybe_compress(struct migrate_out *mo, const uint8_t **data, size_t *len)
{
	if (!mo->st.compress)
		return false;
	size_t c = mig_zstd_compress(&mo->z, *data, *len);
	if (!c)
		return false;
	*data = mo->z.out;
	*len = c;
	return true;
}

/* GET /migrate's compression figures (under the lock): a data payload of
 * raw bytes sent as sent bytes. */
static void count_compressed(struct migrate_out *mo, size_t raw, size_t sent)
{
	if (!mo->st.compress || !raw)
		return;
	mo->st.compress_bytes_in += raw;
	mo->st.compress_bytes_out += sent;
	if (sent < raw)
		mo->st.compressed_frames++;
	else
		mo->st.raw_frames++;
}

/* One RAM frame: n zero pages, or n pages of data (a copy in sendbuf:
 * the guest may write the pages meanwhile, and the CRC must cover the
 * bytes sent; a page written now is dirty and goes again). */
static int send_run(struct migrate_out *mo, uint64_t first, uint32_t n, bool zero,
		    const uint8_t *data, struct error *e)
{
	if (cancelled(mo, e) < 0)
		return -1;
	uint8_t head[MIG_RAM_HEAD];
	size_t len = zero ? 0 : (size_t)n << PAGE_SHIFT;
	uint32_t flags = zero ? MIG_RAM_ZERO : 0;
	size_t raw = len;
	if (len && maybe_compress(mo, &data, &len))
		flags |= MIG_RAM_ZSTD;
	mig_put64(head, first);
	mig_put32(head + 8, n);
	mig_put32(head + 12, flags);
	/* Several streams: an aligned range of pages always over the same
	 * one (send_pages never makes a run cross a range's end). */
	int fd = mo->nstreams > 1 ? mo->sfd[(first / MIG_RAM_MAX_PAGES) % mo->nstreams] : mo->fd;
	if (mig_send2(fd, MIG_RAM, head, sizeof(head), data, len, e) < 0) {
		if (fd != mo->fd)
			err_prefix(
			    e, "RAM stream %llu",
			    (unsigned long long)(first / MIG_RAM_MAX_PAGES % mo->nstreams + 1));
		return -1;
	}
	pthread_mutex_lock(&mo->lock);
	mo->st.bytes_sent += MIG_FRAME_HEAD + MIG_RAM_HEAD + len + 4;
	count_compressed(mo, raw, len);
	if (zero)
		mo->st.zero_pages_sent += n;
	else
		mo->st.pages_sent += n;
	pthread_mutex_unlock(&mo->lock);
	return pace(mo, e);
}

/* Pages [pg, pg + n) into sendbuf: read from the memfd when there is one
 * (no page faults in this process, no page-table entries for the pages
 * left behind), else copied from the mapping. */
static int read_pages(struct migrate_out *mo, uint64_t pg, uint32_t n, struct error *e)
{
	const struct bus *bus = &mo->vm->bus;
	size_t len = (size_t)n << PAGE_SHIFT, done = 0;
	off_t off = (off_t)(pg << PAGE_SHIFT);
	if (bus->ram_fd < 0) {
		memcpy(mo->sendbuf, bus->ram + off, len);
		return 0;
	}
	while (done < len) {
		ssize_t k = pread(bus->ram_fd, mo->sendbuf + done, len - done, off + (off_t)done);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return err_errno(e, k < 0 ? errno : EIO, "migration: reading guest RAM");
		done += (size_t)k;
	}
	return 0;
}

/* Send the n pages now in sendbuf (from page first) as runs of data pages
 * and runs of zero pages (those left out with skip_zero). */
static int send_buffered(struct migrate_out *mo, uint64_t first, uint32_t n, bool skip_zero,
			 struct error *e)
{
	uint32_t start = 0;
	bool run_zero = false;
	for (uint32_t k = 0; k <= n; k++) {
		bool zero = k < n && page_zero(mo->sendbuf + ((size_t)k << PAGE_SHIFT));
		if (k > start && (k == n || zero != run_zero)) {
			if (!(run_zero && skip_zero) &&
			    send_run(mo, first + start, k - start, run_zero,
				     mo->sendbuf + ((size_t)start << PAGE_SHIFT), e) < 0)
				return -1;
			start = k;
		}
		if (k == start)
			run_zero = zero;
	}
	return 0;
}

/* Send pages [lo, hi) (only those set in bits when bits is given) in
 * contiguous pieces of at most MIG_RAM_MAX_PAGES; zero pages as zero runs
 * unless skip_zero (the first pass: the destination's RAM starts zeroed). */
static int send_pages(struct migrate_out *mo, uint64_t lo, uint64_t hi, const uint64_t *bits,
		      bool skip_zero, struct error *e)
{
	uint64_t pg = lo;
	while (pg < hi) {
		if (bits && !(bits[pg / 64] & (1ULL << (pg % 64)))) {
			pg = bits[pg / 64] >> (pg % 64) ? pg + 1 : (pg | 63) + 1;
			continue;
		}
		uint64_t end = pg + 1;
		uint64_t range_end = (pg / MIG_RAM_MAX_PAGES + 1) * MIG_RAM_MAX_PAGES;
		while (end < hi && end < range_end &&
		       (!bits || (bits[end / 64] & (1ULL << (end % 64)))))
			end++;
		if (read_pages(mo, pg, (uint32_t)(end - pg), e) < 0 ||
		    send_buffered(mo, pg, (uint32_t)(end - pg), skip_zero, e) < 0)
			return -1;
		pg = end;
	}
	return 0;
}

/* The first pass: every page that is not zero. A memfd's holes (RAM
 * never touched) are skipped without reading them. */
static int send_all_ram(struct migrate_out *mo, struct error *e)
{
	const struct bus *bus = &mo->vm->bus;
	uint64_t npages = bus->ram_size >> PAGE_SHIFT;
	if (bus->ram_fd < 0)
		return send_pages(mo, 0, npages, NULL, true, e);
	off_t pos = 0, size = (off_t)bus->ram_size;
	while (pos < size) {
		off_t data = lseek(bus->ram_fd, pos, SEEK_DATA);
		if (data < 0) {
			if (errno == ENXIO)
				break;
			return send_pages(mo, (uint64_t)pos >> PAGE_SHIFT, npages, NULL, true, e);
		}
		off_t hole = lseek(bus->ram_fd, data, SEEK_HOLE);
		if (hole < 0 || hole > size)
			hole = size;
		uint64_t lo = (uint64_t)data >> PAGE_SHIFT;
		uint64_t hi = ((uint64_t)hole + PAGE_SIZE - 1) >> PAGE_SHIFT;
		if (hi > npages)
			hi = npages;
		if (send_pages(mo, lo, hi, NULL, true, e) < 0)
			return -1;
		pos = (off_t)(hi << PAGE_SHIFT);
	}
	return 0;
}

/* Waits for the main connection to have something to read, watching the
 * RAM streams too: after the last RAM frame this side writes nothing more
 * on them, so a stream the destination dropped would otherwise go
 * unnoticed until the reply's timeout, with the VM paused all along. A
 * destination keeps its streams open until it runs, so any end of one
 * before it says ready is a failure (before GO: this side resumes). */
static int wait_main_watching_streams(struct migrate_out *mo, struct error *e)
{
	struct pollfd p[1 + MIG_STREAMS_MAX];
	unsigned n = 0;
	p[n++] = (struct pollfd){.fd = mo->fd, .events = POLLIN};
	for (unsigned k = 0; mo->nstreams > 1 && k < mo->nstreams; k++)
		p[n++] = (struct pollfd){.fd = mo->sfd[k], .events = POLLRDHUP};
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		int left = REPLY_SECONDS * 1000 - (int)ms_since(&t0);
		int r = left > 0 ? poll(p, n, left) : 0;
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return err_errno(e, errno, "migration: waiting for the destination");
		if (r == 0)
			return err_set(e, ERR_IO,
				       "migration: the destination sent nothing for %d seconds",
				       REPLY_SECONDS);
		if (p[0].revents)
			return 0;
		for (unsigned i = 1; i < n; i++) {
			if (!p[i].revents)
				continue;
			int err = 0;
			socklen_t len = sizeof(err);
			getsockopt(p[i].fd, SOL_SOCKET, SO_ERROR, &err, &len);
			if (err)
				return err_errno(e, err,
						 "migration: RAM stream %u, before the destination "
						 "was ready",
						 i);
			return err_set(e, ERR_IO,
				       "migration: the destination closed RAM stream %u before it "
				       "was ready",
				       i);
		}
	}
}

static int recv_reply(struct migrate_out *mo, uint32_t type, bool watch_streams, struct error *e)
{
	if (watch_streams && wait_main_watching_streams(mo, e) < 0)
		return -1;
	struct mig_frame f = {0};
	const uint32_t allowed[] = {type};
	int rc = mig_recv(mo->fd, &f, allowed, 1, PEER, e);
	free(f.buf);
	return rc;
}

/* --- copying disks (block migration) --- */

static bool chunk_zero(const uint8_t *p, size_t len)
{
	const uint64_t *q = (const uint64_t *)p;
	for (size_t k = 0; k < len / 8; k++)
		if (q[k])
			return false;
	for (size_t k = len & ~(size_t)7; k < len; k++)
		if (p[k])
			return false;
	return true;
}

static int send_blk(struct migrate_out *mo, unsigned disk, uint64_t off, uint64_t len, bool zero,
		    const uint8_t *data, struct error *e)
{
	if (cancelled(mo, e) < 0)
		return -1;
	uint8_t head[MIG_BLK_HEAD];
	size_t dlen = zero ? 0 : (size_t)len, raw = dlen;
	uint32_t flags = zero ? MIG_BLK_ZERO : 0;
	if (dlen && maybe_compress(mo, &data, &dlen))
		flags |= MIG_BLK_ZSTD;
	mig_put32(head, disk);
	mig_put32(head + 4, flags);
	mig_put64(head + 8, off);
	mig_put64(head + 16, len);
	if (mig_send2(mo->fd, MIG_BLK, head, sizeof(head), data, dlen, e) < 0)
		return -1;
	pthread_mutex_lock(&mo->lock);
	mo->st.bytes_sent += MIG_FRAME_HEAD + MIG_BLK_HEAD + dlen + 4;
	count_compressed(mo, raw, dlen);
	mo->st.disk_bytes_sent += len;
	pthread_mutex_unlock(&mo->lock);
	return pace(mo, e);
}

/* Chunks [lo, hi) of copied disk k (those set in bits, unless NULL): read
 * through the format up to MIG_BLK_MAX at a time, sent as runs of data
 * and of zeroes (the target may hold anything: zeroes are written too). */
static int send_disk_chunks(struct migrate_out *mo, unsigned k, uint64_t lo, uint64_t hi,
			    const uint64_t *bits, struct error *e)
{
	struct block_dev *bd = mo->copy[k];
	const uint64_t per = MIG_BLK_MAX / BLOCK_DIRTY_CHUNK;
	for (uint64_t c = lo; c < hi;) {
		if (bits && !(bits[c / 64] >> (c % 64) & 1)) {
			c = bits[c / 64] >> (c % 64) ? c + 1 : (c | 63) + 1;
			continue;
		}
		uint64_t end = c + 1;
		while (end < hi && end - c < per && (!bits || (bits[end / 64] >> (end % 64) & 1)))
			end++;
		uint64_t off = c * BLOCK_DIRTY_CHUNK, stop = end * BLOCK_DIRTY_CHUNK;
		if (stop > bd->size)
			stop = bd->size;
		ssize_t r = block_pread(bd, mo->blkbuf, (size_t)(stop - off), off);
		if (r < 0)
			return err_set(e, ERR_IO, "migration: reading disk %u (%s): %s", k,
				       bd->path, block_strerror((int)r));
		/* Runs of zero and non-zero chunks. */
		uint64_t run = off;
		bool run_zero = false;
		for (uint64_t p = off;;) {
			bool at_end = p >= stop;
			uint64_t n = at_end			    ? 0
				     : stop - p < BLOCK_DIRTY_CHUNK ? stop - p
								    : BLOCK_DIRTY_CHUNK;
			bool z = !at_end && chunk_zero(mo->blkbuf + (p - off), (size_t)n);
			if (p > run && (at_end || z != run_zero)) {
				if (send_blk(mo, k, run, p - run, run_zero,
					     mo->blkbuf + (run - off), e) < 0)
					return -1;
				run = p;
			}
			if (at_end)
				break;
			if (p == run)
				run_zero = z;
			p += n;
		}
		c = end;
	}
	return 0;
}

static uint64_t disk_chunks(const struct block_dev *bd)
{
	return (bd->size + BLOCK_DIRTY_CHUNK - 1) / BLOCK_DIRTY_CHUNK;
}

/* Start tracking every copied disk (before the first pass reads it). */
static int start_disk_copy(struct migrate_out *mo, struct error *e)
{
	for (unsigned k = 0; k < mo->vm->cfg.ndisks && k < MIG_DISK_MAX; k++) {
		if (mo->vm->cfg.disks[k].readonly)
			continue;
		struct block_dev *bd = migrate_disk_image(mo->vm, k);
		if (!bd)
			continue;
		mo->blk_bits[k] = calloc(block_dirty_words(bd) + 1, sizeof(uint64_t));
		if (!mo->blk_bits[k] || block_dirty_start(bd) < 0)
			return err_errno(e, ENOMEM, "migration: dirty tracking of disk %u", k);
		mo->copy[k] = bd;
	}
	if (!mo->blkbuf && posix_memalign((void **)&mo->blkbuf, 4096, MIG_BLK_MAX) != 0) {
		mo->blkbuf = NULL;
		return err_errno(e, ENOMEM, "migration: disk copy buffer");
	}
	return 0;
}

static void stop_disk_copy(struct migrate_out *mo)
{
	for (unsigned k = 0; k < MIG_DISK_MAX; k++) {
		if (mo->copy[k])
			block_dirty_stop(mo->copy[k]);
		mo->copy[k] = NULL;
		free(mo->blk_bits[k]);
		mo->blk_bits[k] = NULL;
	}
}

/* The chunks dirtied since the last fetch into each disk's bits (or-ed
 * into what they hold with keep: the stop-and-copy adds to the latest
 * round's, not sent yet); the bytes the bits then cover. */
static uint64_t fetch_disk_dirty(struct migrate_out *mo, bool keep)
{
	uint64_t bytes = 0;
	for (unsigned k = 0; k < MIG_DISK_MAX; k++) {
		struct block_dev *bd = mo->copy[k];
		if (!bd)
			continue;
		uint64_t words = block_dirty_words(bd), *bits = mo->blk_bits[k];
		if (!keep) {
			bytes += block_dirty_fetch(bd, bits) * BLOCK_DIRTY_CHUNK;
			continue;
		}
		uint64_t *fresh = calloc(words + 1, sizeof(uint64_t)), n = 0;
		if (fresh)
			block_dirty_fetch(bd, fresh);
		for (uint64_t w = 0; w < words; w++) {
			bits[w] |= fresh ? fresh[w] : ~0ULL; /* no memory: the whole disk */
			n += (uint64_t)__builtin_popcountll(bits[w]);
		}
		free(fresh);
		bytes += n * BLOCK_DIRTY_CHUNK;
	}
	return bytes;
}

static int send_disks_dirty(struct migrate_out *mo, struct error *e)
{
	for (unsigned k = 0; k < MIG_DISK_MAX; k++)
		if (mo->copy[k] &&
		    send_disk_chunks(mo, k, 0, disk_chunks(mo->copy[k]), mo->blk_bits[k], e) < 0)
			return -1;
	return 0;
}

static int send_disks_whole(struct migrate_out *mo, struct error *e)
{
	for (unsigned k = 0; k < MIG_DISK_MAX; k++)
		if (mo->copy[k] &&
		    send_disk_chunks(mo, k, 0, disk_chunks(mo->copy[k]), NULL, e) < 0)
			return -1;
	return 0;
}

/* --- the phases --- */

/* DISK, and the destination's view of the same disks back in ACPT: on
 * shared storage both sides see the same images. */
static int send_disks(struct migrate_out *mo, struct error *e)
{
	struct mig_disk_table ours, theirs;
	uint8_t table[MIG_DISK_TABLE_MAX];
	if (migrate_disk_table(mo->vm, mo->st.copy_disks, &ours, e) < 0 ||
	    mig_send(mo->fd, MIG_DISK, table, mig_disk_table_encode(&ours, table), e) < 0)
		return -1;
	struct mig_frame f = {0};
	const uint32_t acpt[] = {MIG_ACPT};
	int rc = mig_recv(mo->fd, &f, acpt, 1, PEER, e);
	if (rc == 0)
		rc = mig_disk_table_decode(f.buf, f.len, &theirs, "the destination's ACPT", e);
	free(f.buf);
	if (rc == 0 && migrate_disk_tables_match(&ours, &theirs, PEER, e) < 0) {
		err_prefix(e, "migration refused");
		rc = -1;
	}
	return rc;
}

/* After the destination refused to run at GO (it told us), or did not
 * answer: take the writable disks back. The destination releases what it
 * took before it says so, but the lock may lag behind its message: retry
 * for up to `seconds`. */
static int take_back_disks(struct migrate_out *mo, int seconds, bool reload, struct error *e)
{
	if (!mo->disks_released)
		return 0;
	for (int tries = seconds * 20;; tries--) {
		if (migrate_disks_take(mo->vm, reload, e) == 0) {
			mo->disks_released = false;
			return 0;
		}
		if (tries <= 0)
			return -1;
		struct timespec ts = {0, 50 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
}

/* Connection `index` (0: the main one, 1..nstreams: RAM): connect,
 * preamble, AUTH and, with several streams, STRM. The fd goes into *slot
 * (under the lock: a cancel shuts it down). */
static int open_stream(struct migrate_out *mo, unsigned index, int *slot, struct error *e)
{
	int fd = mig_connect(&mo->addr, CONNECT_MS, e);
	if (fd < 0) {
		if (index)
			err_prefix(e, "migration: RAM stream %u", index);
		return -1;
	}
	pthread_mutex_lock(&mo->lock);
	*slot = fd;
	pthread_mutex_unlock(&mo->lock);
	if (cancelled(mo, e) < 0)
		return -1;
	mig_set_timeouts(fd, REPLY_SECONDS);
	/* A small send buffer: the time a round takes to send is then the
	 * time the destination takes to take it, which the downtime
	 * estimate relies on (a loopback TCP buffer holds megabytes). */
	int sndbuf = MIG_SOCKET_BUFFER;
	setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof(sndbuf));
	uint8_t pre[MIG_PREAMBLE_LEN];
	memcpy(pre, MIG_MAGIC, 8);
	mig_put32(pre + 8, MIG_VERSION);
	mig_put32(pre + 12, MIG_PREAMBLE_LEN);
	if (index == 0)
		clock_gettime(CLOCK_MONOTONIC, &mo->t_cap);
	if (send(fd, pre, sizeof(pre), MSG_NOSIGNAL) != (ssize_t)sizeof(pre))
		return err_errno(e, errno, "migration: sending the preamble");
	if (mig_send(fd, MIG_AUTH, mo->token.b, mo->token.len, e) < 0)
		return -1;
	if (mo->nstreams > 1) {
		uint8_t strm[MIG_STRM_LEN];
		mig_put32(strm, mo->nstreams);
		mig_put32(strm + 4, index);
		memcpy(strm + 8, mo->nonce, MIG_NONCE_LEN);
		if (mig_send(fd, MIG_STRM, strm, sizeof(strm), e) < 0)
			return -1;
	}
	return 0;
}

/* HOTB, one frame a hart with recent blocks (mo->hot, listed by
 * log_op_paused). */
static int send_hot(struct migrate_out *mo, struct error *e)
{
	unsigned total = 0;
	for (unsigned k = 0; k < mo->vm->ncpus; k++) {
		if (!mo->nhot[k])
			continue;
		size_t len =
		    mig_hot_encode(mo->sendbuf, k, mo->hot + (size_t)k * MIG_HOT_MAX, mo->nhot[k]);
		if (mig_send(mo->fd, MIG_HOTB, mo->sendbuf, len, e) < 0)
			return -1;
		pthread_mutex_lock(&mo->lock);
		mo->st.bytes_sent += len + MIG_FRAME_HEAD + 4;
		pthread_mutex_unlock(&mo->lock);
		total += mo->nhot[k];
	}
	mig_trace(&mo->trace, "HOTB sent (%u blocks)", total);
	return 0;
}

static int setup(struct migrate_out *mo, struct error *e)
{
	if (mo->nstreams > 1 && getrandom(mo->nonce, sizeof(mo->nonce), 0) != sizeof(mo->nonce))
		return err_errno(e, errno, "migration: a nonce for the streams");
	if (open_stream(mo, 0, &mo->fd, e) < 0)
		return -1;
	int fd = mo->fd;
	struct ss_writer w;
	ss_writer_init(&w);
	int rc = snapshot_write_state(mo->vm, &w, true);
	if (rc < 0)
		err_set(e, ERR_IO, "migration: cannot serialize the configuration");
	else
		rc = mig_send(fd, MIG_CONF, w.buf, w.len, e);
	ss_writer_free(&w);
	/* Post-copy asked before the destination builds anything: one that
	 * cannot (no userfaultfd) refuses now, and this VM runs on. */
	if (rc == 0 && mo->st.postcopy)
		rc = mig_send(fd, MIG_PCPY, NULL, 0, e);
	/* Compression, announced before the destination builds anything: one
	 * that does not know CMPR refuses it now, and this VM runs on. */
	if (rc == 0 && mo->st.compress) {
		uint8_t alg[MIG_CMPR_LEN];
		mig_put32(alg, mo->st.compress);
		rc = mig_send(fd, MIG_CMPR, alg, sizeof(alg), e);
	}
	/* The RAM streams, before DISK: the destination accepts them once
	 * it has read the configuration, then builds the VM. */
	for (unsigned k = 1; rc == 0 && k <= mo->nstreams && mo->nstreams > 1; k++)
		rc = open_stream(mo, k, &mo->sfd[k - 1], e);
	explicit_bzero(mo->token.b, sizeof(mo->token.b)); /* not needed any more */
	if (rc < 0 || send_disks(mo, e) < 0)
		return -1;
	if (mo->st.copy_disks && start_disk_copy(mo, e) < 0)
		return -1;
	stamp(mo, &mo->st.setup_ms, &mo->t_start);
	/* In the same pause: the code each hart ran last (HOTB), for the
	 * destination to decode while the RAM comes and the guest runs here
	 * (not with post-copy: the pages are not all there before it runs). */
	struct log_op op = {.mo = mo, .start = true, .hot = mo->hot && !mo->st.postcopy};
	vm_with_paused(mo->vm, log_op_paused, &op);
	if (op.rc < 0)
		return err_set(e, ERR_IO, "migration: out of memory for the dirty log");
	return op.hot ? send_hot(mo, e) : 0;
}

/* Bytes written on fd that the peer has not acknowledged (TCP) or not
 * read (unix socket) yet; 0 when the kernel cannot tell. */
static uint64_t unacked_bytes(int fd)
{
	int n = 0;
	return fd >= 0 && ioctl(fd, SIOCOUTQ, &n) == 0 && n > 0 ? (uint64_t)n : 0;
}

/* With the VM still running: wait until every byte written so far has
 * reached the destination (at most DRAIN_MS_MAX). Bytes still in the
 * socket buffers, or in a shaped link's queue, would otherwise go ahead
 * of the last pages and the state, inside the downtime: a 100 Mbit/s
 * link with half a MiB in flight is 40 ms of pause for nothing. */
static int drain(struct migrate_out *mo, struct error *e)
{
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		uint64_t left = unacked_bytes(mo->fd);
		for (unsigned k = 0; mo->nstreams > 1 && k < mo->nstreams; k++)
			left += unacked_bytes(mo->sfd[k]);
		if (left == 0 || ms_since(&t0) >= DRAIN_MS_MAX)
			break;
		if (cancelled(mo, e) < 0)
			return -1;
		struct timespec ts = {0, 500 * 1000};
		nanosleep(&ts, NULL);
	}
	double ms = ms_since(&t0);
	pthread_mutex_lock(&mo->lock);
	mo->st.drain_ms += ms;
	pthread_mutex_unlock(&mo->lock);
	return 0;
}

/* The estimate fits: the pages (and disk chunks) of that last fetch
 * (ndirty pages) go now, with the VM still running, and the connections
 * drain; again with what the guest dirtied meanwhile while that halves
 * (at most LIVE_ROUNDS_MAX rounds). The pause then carries only the
 * pages of the last short round, over an empty link: on a slow link
 * every page in the pause is downtime. */
static int last_live_rounds(struct migrate_out *mo, uint64_t ndirty, struct error *e)
{
	for (unsigned round = 1;; round++) {
		if (send_disks_dirty(mo, e) < 0 ||
		    send_pages(mo, 0, mo->vm->bus.ram_size >> PAGE_SHIFT, mo->bits, false, e) < 0)
			return -1;
		memset(mo->bits, 0, mo->words * sizeof(uint64_t));
		for (unsigned k = 0; k < MIG_DISK_MAX; k++)
			if (mo->copy[k])
				memset(mo->blk_bits[k], 0,
				       block_dirty_words(mo->copy[k]) * sizeof(uint64_t));
		mig_trace(&mo->trace, "live round %u sent", round);
		if (drain(mo, e) < 0)
			return -1;
		mig_trace(&mo->trace, "drained");
		if (round == LIVE_ROUNDS_MAX)
			return 0;
		/* Chunks count as pages here: only the trend matters. */
		uint64_t n = fetch_dirty(mo) + fetch_disk_dirty(mo, false) / PAGE_SIZE;
		if (n == 0 || n * 2 > ndirty)
			return 0; /* not worth another round: these go paused */
		ndirty = n;
	}
}

/* Pre-copy rounds until the estimate fits (returns 0: stop-and-copy
 * now; 1: switch over to post-copy now), or -1 with e set (giving up
 * included). */
static int precopy(struct migrate_out *mo, struct error *e)
{
	set_phase(mo, MIGRATE_PRECOPY);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (send_disks_whole(mo, e) < 0 || send_all_ram(mo, e) < 0)
		return -1;
	stamp(mo, &mo->st.full_pass_ms, &t0);
	uint64_t prev = UINT64_MAX;
	unsigned at_max = 0, throttle = 0;
	for (unsigned round = 1;; round++) {
		struct timespec r0;
		clock_gettime(CLOCK_MONOTONIC, &r0);
		uint64_t ndirty = fetch_dirty(mo);
		uint64_t dbytes = fetch_disk_dirty(mo, false);
		pthread_mutex_lock(&mo->lock);
		double secs = ms_since(&t0) / 1e3;
		double bw = secs > 0 ? (double)mo->st.bytes_sent / secs : 0;
		/* Nothing sent yet (an all-zero guest) means no bandwidth
		 * figure: only "nothing dirty" fits then. */
		double left = (double)ndirty * PAGE_SIZE + (double)dbytes;
		/* Compressed, the data left takes what the data so far took
		 * on the wire per byte (the bandwidth counts wire bytes, and
		 * its seconds the compressing too). */
		if (mo->st.compress && mo->st.compress_bytes_in)
			left *=
			    (double)mo->st.compress_bytes_out / (double)mo->st.compress_bytes_in;
		double expect = left == 0 ? 0 : bw > 0 ? left / bw * 1e3 : 1e9;
		mo->st.round = round;
		mo->st.dirty_pages = ndirty;
		mo->st.dirty_disk_bytes = dbytes;
		mo->st.bandwidth_bps = bw;
		mo->st.expected_downtime_ms = expect;
		uint64_t limit = mo->st.downtime_limit_ms;
		pthread_mutex_unlock(&mo->lock);
		if (expect <= (double)limit)
			return last_live_rounds(mo, ndirty, e) < 0 ? -1 : 0;
		bool stalled = prev != UINT64_MAX && ndirty * 10 > prev * 9;
		/* Post-copy: after the first pass, or instead of throttling. */
		if (mo->st.postcopy &&
		    (!mo->postcopy_when_stalled || stalled || round >= MIGRATE_MAX_ROUNDS))
			return 1;
		if (throttle == MIGRATE_THROTTLE_MAX && stalled)
			at_max++;
		if (at_max >= MIGRATE_ROUNDS_AT_MAX || round >= MIGRATE_MAX_ROUNDS) {
			if (mo->st.give_up)
				return err_set(e, ERR_CONFLICT,
					       "the migration does not converge: %llu pages dirty "
					       "after round %u at %u%% throttle would need %.0f ms "
					       "of downtime (limit %llu ms); given up as asked",
					       (unsigned long long)ndirty, round, throttle, expect,
					       (unsigned long long)limit);
			/* Finish over the limit: these pages go with the
			 * stop-and-copy, behind an empty link. */
			return drain(mo, e) < 0 ? -1 : 0;
		}
		if (send_disks_dirty(mo, e) < 0 ||
		    send_pages(mo, 0, mo->vm->bus.ram_size >> PAGE_SHIFT, mo->bits, false, e) < 0)
			return -1;
		double rsecs = ms_since(&r0) / 1e3;
		pthread_mutex_lock(&mo->lock);
		mo->st.dirty_rate_pps = rsecs > 0 ? (double)ndirty / rsecs : 0;
		pthread_mutex_unlock(&mo->lock);
		/* Rounds that stop shrinking: slow the vCPUs a step more. */
		if (stalled && throttle < MIGRATE_THROTTLE_MAX) {
			throttle += MIGRATE_THROTTLE_STEP;
			if (throttle > MIGRATE_THROTTLE_MAX)
				throttle = MIGRATE_THROTTLE_MAX;
			set_throttle(mo, throttle);
		}
		prev = ndirty;
	}
}

/* PMIS: the pages the destination must not use as it has them. */
static int send_missing(struct migrate_out *mo, const uint64_t *bits, struct error *e)
{
	uint64_t npages = mo->vm->bus.ram_size >> PAGE_SHIFT;
	size_t len = 8 + mo->words * 8;
	uint8_t *p = malloc(len);
	if (!p)
		return err_errno(e, ENOMEM, "migration: the missing pages' list");
	mig_put64(p, npages);
	for (uint64_t k = 0; k < mo->words; k++)
		mig_put64(p + 8 + k * 8, bits[k]);
	int rc = mig_send(mo->fd, MIG_PMIS, p, len, e);
	free(p);
	pthread_mutex_lock(&mo->lock);
	mo->st.bytes_sent += len + MIG_FRAME_HEAD + 4;
	pthread_mutex_unlock(&mo->lock);
	return rc;
}

/* Paused: the last pages (with post-copy: only their list), the state,
 * DONE; then the handshake. Returns 0 when the destination runs, -1 with
 * e set; mo->switched tells whether the failure came after GO. */
static int stop_and_copy(struct migrate_out *mo, bool postcopy, struct error *e)
{
	set_phase(mo, MIGRATE_STOP_COPY);
	clock_gettime(CLOCK_MONOTONIC, &mo->t_pause);
	mig_trace_start(&mo->trace);
	mig_trace(&mo->trace, "pausing");
	if (vm_pause_hold(mo->vm, &mo->user_paused) < 0)
		return err_set(e, ERR_CONFLICT, "the VM is shutting down");
	mo->paused_here = true;
	mig_trace(&mo->trace, "paused");
	if (mo->trace.on && mo->vm->board)
		mig_trace_at(&mo->trace, console_last_output_ns(board_console(mo->vm->board)),
			     "the last console byte before the pause");
	stamp(mo, &mo->st.pause_ms, &mo->t_pause);
	/* The pages of the last fetch, not sent yet, and those since. */
	uint64_t *pending = malloc(mo->words * sizeof(uint64_t));
	if (!pending)
		return err_errno(e, ENOMEM, "migration");
	memcpy(pending, mo->bits, mo->words * sizeof(uint64_t));
	fetch_dirty(mo);
	uint64_t npending = 0;
	for (uint64_t k = 0; k < mo->words; k++) {
		pending[k] |= mo->bits[k];
		npending += (uint64_t)__builtin_popcountll(pending[k]);
	}
	pthread_mutex_lock(&mo->lock);
	mo->st.last_copy_pages = postcopy ? 0 : npending;
	if (postcopy)
		mo->st.postcopy_pages = mo->st.postcopy_pages_left = npending;
	pthread_mutex_unlock(&mo->lock);
	/* The disks' last dirty chunks (the devices are frozen). */
	fetch_disk_dirty(mo, true);
	if (send_disks_dirty(mo, e) < 0) {
		free(pending);
		return -1;
	}
	int rc;
	if (postcopy) {
		rc = send_missing(mo, pending, e);
		mo->missing = pending; /* served after GO */
	} else {
		rc = send_pages(mo, 0, mo->vm->bus.ram_size >> PAGE_SHIFT, pending, false, e);
		free(pending);
	}
	/* Each RAM stream's end: the destination applies the state only
	 * once every stream has ended so. */
	for (unsigned k = 0; rc == 0 && k < mo->nstreams && mo->nstreams > 1; k++)
		if (mig_send(mo->sfd[k], MIG_DONE, NULL, 0, e) < 0) {
			err_prefix(e, "RAM stream %u", k + 1);
			rc = -1;
		}
	if (rc < 0)
		return -1;
	mig_trace(&mo->trace, "the last pages sent (%llu)", (unsigned long long)npending);
	struct ss_writer w;
	ss_writer_init(&w);
	rc = snapshot_write_state(mo->vm, &w, false);
	if (rc < 0)
		err_set(e, ERR_IO, "migration: cannot serialize the VM state (a device refused)");
	else
		rc = mig_send(mo->fd, MIG_STAT, w.buf, w.len, e);
	pthread_mutex_lock(&mo->lock);
	mo->st.bytes_sent += w.len + MIG_FRAME_HEAD + 4;
	pthread_mutex_unlock(&mo->lock);
	size_t stat_len = w.len;
	ss_writer_free(&w);
	uint8_t flags[4];
	mig_put32(flags,
		  (mo->user_paused ? MIG_DONE_PAUSED : 0) | (postcopy ? MIG_DONE_POSTCOPY : 0));
	if (rc < 0 || mig_send(mo->fd, MIG_DONE, flags, 4, e) < 0)
		return -1;
	mig_trace(&mo->trace, "STAT (%zu bytes) and DONE sent", stat_len);
	stamp(mo, &mo->st.last_copy_ms, &mo->t_pause);
	if (recv_reply(mo, MIG_REDY, true, e) < 0 || cancelled(mo, e) < 0)
		return -1;
	mig_trace(&mo->trace, "REDY received");
	stamp(mo, &mo->st.ready_ms, &mo->t_pause);
	/* Writable disks on shared storage: flushed, their locks let go for
	 * the destination to take at GO (the VM is paused: its devices are
	 * frozen and write nothing more). */
	if (!mo->st.copy_disks) {
		if (migrate_disks_release(mo->vm, e) < 0)
			return -1;
		mo->disks_released = migrate_has_shared_disk(mo->vm);
	}
	/* The NICs: a tap both sides hold (one host) carries frames to the
	 * destination only from here (it takes it at GO). */
	if (migrate_nics_release(mo->vm, e) < 0)
		return -1;
	mo->nics_released = true;
	/* GO: from here this VM never runs again on its own. A GO that
	 * could not be sent whole never reaches the destination whole (its
	 * CRC): it will not run, and this side may still resume. */
	pthread_mutex_lock(&mo->lock);
	mo->switched = true;
	mo->st.phase = MIGRATE_SWITCHOVER;
	pthread_mutex_unlock(&mo->lock);
	if (mig_send(mo->fd, MIG_GO, NULL, 0, e) < 0) {
		pthread_mutex_lock(&mo->lock);
		mo->switched = false;
		pthread_mutex_unlock(&mo->lock);
		return -1;
	}
	mig_trace(&mo->trace, "GO sent");
	if (recv_reply(mo, MIG_RUNG, false, e) < 0) {
		if (e->cls == ERR_CONFLICT) {
			/* Its ABRT: it does not run (it could not take the
			 * disks): as a failure before the switch-over. */
			struct error te = {0};
			if (take_back_disks(mo, 10, false, &te) == 0) {
				pthread_mutex_lock(&mo->lock);
				mo->switched = false;
				pthread_mutex_unlock(&mo->lock);
				return -1;
			}
			err_prefix(e,
				   "taking the disks back failed (%s), so the VM stays "
				   "paused here; the destination refused at the switch-over",
				   te.msg);
			return -1;
		}
		/* Holding the disks' locks again (when the destination does not)
		 * keeps a destination that has not taken them yet from ever
		 * running, and lets the operator resume this one. Reloaded: a
		 * destination that ran and died may have written them. */
		struct error te = {0};
		bool have_disks = take_back_disks(mo, 0, true, &te) == 0;
		/* The NICs stay let go: a destination that runs has them. A
		 * resume by hand takes them back (migrate_out_resumed). */
		err_prefix(e,
			   "the destination did not confirm that it runs after the "
			   "switch-over, so the VM stays paused here (it may be running "
			   "there: check before resuming this one%s)",
			   have_disks ? ""
				      : "; it holds the disks' locks, which this side could not "
					"take back");
		return -1;
	}
	stamp(mo, &mo->st.confirm_ms, &mo->t_pause);
	mig_trace(&mo->trace, "RUNG received");
	return 0;
}

/* A send failed (the destination closed): it may have said why first (an
 * ABRT we had not read, e.g. a refused token while the configuration was
 * on its way). That reason replaces the socket's error. */
static void peer_reason(struct migrate_out *mo, struct error *e)
{
	if (mo->fd < 0 || e->cls != ERR_IO || atomic_load(&mo->cancel))
		return;
	mig_set_timeouts(mo->fd, 1);
	struct mig_frame f = {0};
	struct error pe = {0};
	const uint32_t any[] = {MIG_ACPT, MIG_REDY, MIG_RUNG};
	for (int k = 0; k < 4 && mig_recv(mo->fd, &f, any, 3, PEER, &pe) == 0; k++)
		;
	free(f.buf);
	if (pe.cls == ERR_CONFLICT) /* its ABRT */
		*e = pe;
}

/* A failure before the switch-over: tell the destination, put the dirty
 * log back as it was, and let the VM run on as its user had it. */
static void fail(struct migrate_out *mo, const struct error *e)
{
	if (mo->fd >= 0 && e->cls != ERR_IO)
		mig_send_abort(mo->fd, e->msg);
	set_throttle(mo, 0);
	struct error de = {0};
	if (take_back_disks(mo, 10, false, &de) < 0)
		fprintf(stderr,
			"rvisor: migration: %s (the guest's writes fail until "
			"it is free)\n",
			de.msg);
	if (mo->nics_released) {
		struct error ne = {0};
		if (migrate_nics_take(mo->vm, &ne) < 0)
			fprintf(stderr,
				"rvisor: %s (taking the NIC back after the failed migration)\n",
				ne.msg);
		mo->nics_released = false;
	}
	struct bus *bus = &mo->vm->bus;
	if (mo->log_started) {
		if (mo->log_was_on)
			bus_dirty_log_merge(bus, mo->taken);
		else
			bus_dirty_log_disable(bus);
	}
	if (mo->paused_here) {
		vm_pause_release(mo->vm);
		if (!mo->user_paused)
			vm_resume(mo->vm);
	}
}

/* --- post-copy: after RUNG, the pages the destination lacks --- */

#define POSTCOPY_PUSH_PAGES 64u /* a pushed frame: small, so a page asked for waits little */

/* Clear the missing pages of [lo, hi) (they are being sent); the count. */
static uint64_t take_missing(struct migrate_out *mo, uint64_t lo, uint64_t hi)
{
	uint64_t n = 0;
	for (uint64_t k = lo; k < hi; k++)
		if (mo->missing[k / 64] >> (k % 64) & 1) {
			mo->missing[k / 64] &= ~(1ULL << (k % 64));
			n++;
		}
	return n;
}

/* Send the missing pages of [lo, hi) and mark them sent. */
static int send_missing_range(struct migrate_out *mo, uint64_t lo, uint64_t hi, bool asked,
			      uint64_t *left, struct error *e)
{
	if (send_pages(mo, lo, hi, mo->missing, false, e) < 0)
		return -1;
	uint64_t n = take_missing(mo, lo, hi);
	*left -= n;
	pthread_mutex_lock(&mo->lock);
	mo->st.postcopy_pages_left = *left;
	if (asked)
		mo->st.postcopy_pages_requested += n;
	pthread_mutex_unlock(&mo->lock);
	return 0;
}

/* PREQ: u64 first page, u32 count, u32 zero; the range inside RAM. */
static int serve_request(struct migrate_out *mo, const struct mig_frame *f, uint64_t *left,
			 struct error *e)
{
	uint64_t npages = mo->vm->bus.ram_size >> PAGE_SHIFT;
	uint64_t first = f->len == MIG_PREQ_LEN ? mig_get64(f->buf) : 0;
	uint32_t n = f->len == MIG_PREQ_LEN ? mig_get32(f->buf + 8) : 0;
	if (f->len != MIG_PREQ_LEN || mig_get32(f->buf + 12) != 0 || n < 1 ||
	    n > MIG_RAM_MAX_PAGES || first >= npages || n > npages - first)
		return err_set(e, ERR_INVALID,
			       "the destination sent a malformed page request (%zu bytes, pages "
			       "%llu..+%u)",
			       f->len, (unsigned long long)first, n);
	return send_missing_range(mo, first, first + n, true, left, e);
}

/* The destination runs: answer its page requests first, push the other
 * missing pages in small frames meanwhile (paced by max_bandwidth here:
 * the wait is a poll on the connection), then PEND, until its PACK. */
static int postcopy_serve(struct migrate_out *mo, struct error *e)
{
	set_phase(mo, MIGRATE_POSTCOPY);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	mo->no_pace = true;
	uint64_t npages = mo->vm->bus.ram_size >> PAGE_SHIFT, cursor = 0;
	pthread_mutex_lock(&mo->lock);
	uint64_t left = mo->st.postcopy_pages_left, cap = mo->st.max_bandwidth;
	pthread_mutex_unlock(&mo->lock);
	bool pend_sent = false;
	struct mig_frame f = {0};
	int rc = 0;
	while (rc == 0) {
		if (!pend_sent && left == 0) {
			rc = mig_send(mo->fd, MIG_PEND, NULL, 0, e);
			pend_sent = true;
			continue;
		}
		int wait_ms = pend_sent ? MIG_IDLE_SECONDS * 1000 : 0;
		if (!pend_sent && cap) {
			pthread_mutex_lock(&mo->lock);
			double due =
			    (double)mo->st.bytes_sent / (double)cap * 1e3 - ms_since(&mo->t_cap);
			pthread_mutex_unlock(&mo->lock);
			wait_ms = due > 0 ? (int)due + 1 : 0;
		}
		struct pollfd p = {.fd = mo->fd, .events = POLLIN};
		int r = poll(&p, 1, wait_ms);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			rc = err_errno(e, errno, "post-copy: waiting on the destination");
			break;
		}
		if (r == 0 && pend_sent) {
			rc = err_set(e, ERR_IO,
				     "post-copy: the destination did not confirm it has every page "
				     "within %d seconds",
				     MIG_IDLE_SECONDS);
			break;
		}
		if (r > 0) {
			const uint32_t allowed[] = {MIG_PREQ, MIG_PACK};
			rc = mig_recv(mo->fd, &f, allowed, 2, PEER, e);
			if (rc == 0 && f.type == MIG_PACK) {
				if (pend_sent)
					break;
				rc = err_set(e, ERR_INVALID,
					     "the destination said it has every page before PEND");
			} else if (rc == 0) {
				rc = serve_request(mo, &f, &left, e);
			}
			continue;
		}
		/* Push: the next missing pages from the cursor on. */
		while (cursor < npages && !(mo->missing[cursor / 64] >> (cursor % 64) & 1))
			cursor = mo->missing[cursor / 64] >> (cursor % 64) ? cursor + 1
									   : (cursor | 63) + 1;
		if (cursor >= npages) {
			rc = err_set(e, ERR_INTERNAL, "post-copy: %llu pages left, none found",
				     (unsigned long long)left);
			break;
		}
		uint64_t end = cursor + POSTCOPY_PUSH_PAGES;
		rc = send_missing_range(mo, cursor, end < npages ? end : npages, false, &left, e);
		cursor = end;
	}
	free(f.buf);
	stamp(mo, &mo->st.postcopy_ms, &t0);
	return rc;
}

static void *migrate_thread(void *arg)
{
	struct migrate_out *mo = arg;
	struct error e = {0};
	int rc = setup(mo, &e);
	if (rc == 0)
		rc = precopy(mo, &e);
	bool postcopy = rc == 1, running_there = false;
	if (rc >= 0)
		rc = stop_and_copy(mo, postcopy, &e);
	if (rc == 0 && postcopy) {
		running_there = true;
		rc = postcopy_serve(mo, &e);
	}
	set_throttle(mo, 0);
	stop_disk_copy(mo);
	pthread_mutex_lock(&mo->lock);
	bool switched = mo->switched;
	pthread_mutex_unlock(&mo->lock);
	if (rc < 0 && !switched) {
		peer_reason(mo, &e);
		fail(mo, &e);
	} else if (mo->paused_here)
		vm_pause_release(mo->vm); /* stays paused, or exits below */
	pthread_mutex_lock(&mo->lock);
	mo->st.total_ms = ms_since(&mo->t_start);
	if (mo->paused_here)
		mo->st.downtime_ms = running_there ? mo->st.confirm_ms : ms_since(&mo->t_pause);
	if (rc == 0) {
		mo->st.phase = MIGRATE_COMPLETED;
	} else if (running_there) {
		/* The destination runs without the pages still here: neither
		 * side has the whole VM. This one stays paused with all of it
		 * as it was at the switch-over (docs/migration.md). */
		mo->st.phase = MIGRATE_POSTCOPY_PAUSED;
		mo->st.resumed = false;
		snprintf(
		    mo->st.error, sizeof(mo->st.error),
		    "post-copy failed after the switch-over (%.2000s): neither side has the whole "
		    "VM: the destination runs without %llu pages that only this side holds; "
		    "this side stays paused with the whole VM as it was at the switch-over: "
		    "stop the destination, then resume this one (PATCH /vm) only if what the "
		    "destination's devices did since may be lost (disk writes, packets sent)",
		    e.msg, (unsigned long long)mo->st.postcopy_pages_left);
		fprintf(stderr, "rvisor: migration: %s\n", mo->st.error);
	} else {
		mo->st.phase =
		    atomic_load(&mo->cancel) && !switched ? MIGRATE_CANCELLED : MIGRATE_FAILED;
		mo->st.resumed = !switched;
		snprintf(mo->st.error, sizeof(mo->st.error), "%s", e.msg);
	}
	if (mo->fd >= 0)
		close(mo->fd);
	mo->fd = -1;
	for (unsigned k = 0; k < MIG_STREAMS_MAX; k++) {
		if (mo->sfd[k] >= 0)
			close(mo->sfd[k]);
		mo->sfd[k] = -1;
	}
	pthread_mutex_unlock(&mo->lock);
	atomic_store(&mo->vm->migrating, false);
	if (rc == 0)
		vm_request_exit(mo->vm, VM_EXIT_MIGRATED, 0);
	return NULL;
}

static void join_and_free(struct migrate_out *mo)
{
	if (!mo)
		return;
	if (mo->thread_started)
		pthread_join(mo->thread, NULL);
	pthread_mutex_destroy(&mo->lock);
	free(mo->taken);
	free(mo->bits);
	free(mo->sendbuf);
	free(mo->hot);
	mig_zstd_enc_free(&mo->z);
	free(mo->blkbuf);
	free(mo->missing);
	free(mo);
}

static bool in_progress(const struct migrate_out *mo)
{
	return mo && mo->st.phase >= MIGRATE_SETUP && mo->st.phase <= MIGRATE_POSTCOPY;
}

int migrate_out_start(struct vm *vm, const char *no_migrate, const struct migrate_request *r,
		      struct error *e)
{
	if (no_migrate)
		return err_set(e, ERR_UNSUPPORTED, "this VM cannot be migrated: %s", no_migrate);
	struct migrate_out *old = vm->migration;
	if (old) {
		pthread_mutex_lock(&old->lock);
		bool busy = in_progress(old);
		pthread_mutex_unlock(&old->lock);
		if (busy)
			return err_set(e, ERR_CONFLICT,
				       "a migration of this VM is already in progress (to %s)",
				       old->st.destination);
	}
	/* The destination of a post-copy that is not whole yet: its RAM has
	 * holes where pages are still coming (they would go as zeroes). */
	if (vm->postcopy_in && atomic_load(&vm->migrating))
		return err_set(e, ERR_CONFLICT,
			       "this VM is still receiving its pages from its own migration "
			       "(post-copy): migrate it once its GET /migrate says completed");
	for (unsigned k = 0; k < vm->cfg.ndevices; k++)
		if (strcmp(vm->cfg.devices[k].kind, "share") == 0)
			return err_set(e, ERR_UNSUPPORTED,
				       "the VM has a share (%s): shares do not migrate yet",
				       vm->cfg.devices[k].opts);
	uint64_t limit = r->downtime_ms ? r->downtime_ms : MIGRATE_DEFAULT_DOWNTIME_MS;
	if (limit > MIGRATE_MAX_DOWNTIME_MS)
		return err_set(e, ERR_INVALID, "downtime_ms %llu: at most %u",
			       (unsigned long long)limit, MIGRATE_MAX_DOWNTIME_MS);
	struct migrate_out *mo = calloc(1, sizeof(*mo));
	if (!mo)
		return err_errno(e, ENOMEM, "migration");
	if (mig_addr_parse(r->destination, &mo->addr, e) < 0 ||
	    (r->token_file && mig_read_token(r->token_file, &mo->token, e) < 0)) {
		free(mo);
		return -1;
	}
	_Static_assert(MIGRATE_MAX_STREAMS == MIG_STREAMS_MAX, "one bound");
	if (r->streams > MIG_STREAMS_MAX) {
		free(mo);
		return err_set(e, ERR_INVALID, "streams %u: from 1 to %u", r->streams,
			       MIG_STREAMS_MAX);
	}
	if (r->postcopy && (r->copy_disks || r->streams > 1)) {
		free(mo);
		return err_set(e, ERR_INVALID,
			       "post-copy goes over one connection with disks on shared storage: "
			       "not with %s",
			       r->copy_disks ? "copy_disks" : "several streams");
	}
	if (r->compress && r->postcopy) {
		free(mo);
		return err_set(e, ERR_INVALID,
			       "compression is not supported with post-copy: choose one");
	}
	if (r->compress && r->compress != MIG_COMPRESS_ZSTD) {
		free(mo);
		return err_set(e, ERR_INVALID, "compress: an unknown algorithm %u", r->compress);
	}
	int level = r->compress_level ? r->compress_level : MIG_ZSTD_LEVEL_DEFAULT;
	if (r->compress && (level < MIG_ZSTD_LEVEL_MIN || level > MIG_ZSTD_LEVEL_MAX)) {
		free(mo);
		return err_set(e, ERR_INVALID, "compress_level %d: from %d to %d", level,
			       MIG_ZSTD_LEVEL_MIN, MIG_ZSTD_LEVEL_MAX);
	}
	if (r->max_bandwidth && r->max_bandwidth < MIGRATE_MIN_BANDWIDTH) {
		free(mo);
		return err_set(e, ERR_INVALID, "max_bandwidth %llu: at least %u bytes/s",
			       (unsigned long long)r->max_bandwidth, MIGRATE_MIN_BANDWIDTH);
	}
	mo->vm = vm;
	mo->fd = -1;
	for (unsigned k = 0; k < MIG_STREAMS_MAX; k++)
		mo->sfd[k] = -1;
	mo->nstreams = r->streams ? r->streams : 1;
	mo->words = bus_dirty_words(&vm->bus);
	mo->taken = calloc(mo->words, sizeof(uint64_t));
	mo->bits = calloc(mo->words, sizeof(uint64_t));
	mo->sendbuf = malloc((size_t)MIG_RAM_MAX_PAGES << PAGE_SHIFT);
	/* HOTB: a list of recent blocks per hart (no list: no HOTB). */
	mo->hot = malloc((size_t)vm->ncpus * MIG_HOT_MAX * sizeof(*mo->hot));
	pthread_mutex_init(&mo->lock, NULL);
	if (!mo->taken || !mo->bits || !mo->sendbuf) {
		join_and_free(mo);
		return err_errno(e, ENOMEM, "migration: dirty bitmaps");
	}
	if (r->compress && mig_zstd_enc_init(&mo->z, level, MIG_ZSTD_MAX_IN, e) < 0) {
		join_and_free(mo);
		return -1;
	}
	mo->st.compress = r->compress;
	mo->st.compress_level = r->compress ? level : 0;
	snprintf(mo->st.destination, sizeof(mo->st.destination), "%s", r->destination);
	mo->st.downtime_limit_ms = limit;
	mo->st.give_up = r->give_up;
	mo->st.copy_disks = r->copy_disks;
	mo->st.max_bandwidth = r->max_bandwidth;
	mo->st.streams = mo->nstreams;
	mo->st.authenticated = mo->token.set;
	mo->st.postcopy = r->postcopy;
	mo->postcopy_when_stalled = r->postcopy_when_stalled;
	mo->st.phase = MIGRATE_SETUP;
	clock_gettime(CLOCK_MONOTONIC, &mo->t_start);
	mig_trace_init(&mo->trace, "source");
	if (mo->trace.on && vm->board)
		console_stamp_output(board_console(vm->board));
	pthread_mutex_lock(&vm->lock);
	bool exiting = vm->exit_reason != VM_EXIT_NONE;
	pthread_mutex_unlock(&vm->lock);
	if (exiting) {
		join_and_free(mo);
		return err_set(e, ERR_CONFLICT, "the VM is shutting down");
	}
	atomic_store(&vm->migrating, true);
	if (thread_spawn(&mo->thread, migrate_thread, mo, "migrate") != 0) {
		atomic_store(&vm->migrating, false);
		join_and_free(mo);
		return err_set(e, ERR_IO, "cannot start the migration thread");
	}
	mo->thread_started = true;
	join_and_free(old);
	vm->migration = mo;
	return 0;
}

void migrate_out_status(struct vm *vm, struct migrate_status *out)
{
	struct migrate_out *mo = vm->migration;
	if (!mo && vm->postcopy_in) {
		postcopy_in_status(vm->postcopy_in, out);
		return;
	}
	if (!mo) {
		memset(out, 0, sizeof(*out));
		out->phase = MIGRATE_NONE;
		return;
	}
	pthread_mutex_lock(&mo->lock);
	*out = mo->st;
	if (in_progress(mo))
		out->total_ms = ms_since(&mo->t_start);
	pthread_mutex_unlock(&mo->lock);
}

/* Ask the thread to stop: the flag, and the socket shut down so that a
 * blocked send or receive returns now. */
static void request_cancel(struct migrate_out *mo)
{
	atomic_store(&mo->cancel, true);
	pthread_mutex_lock(&mo->lock);
	if (mo->fd >= 0 && !mo->switched)
		shutdown(mo->fd, SHUT_RDWR);
	for (unsigned k = 0; k < MIG_STREAMS_MAX && !mo->switched; k++)
		if (mo->sfd[k] >= 0)
			shutdown(mo->sfd[k], SHUT_RDWR);
	pthread_mutex_unlock(&mo->lock);
}

int migrate_out_cancel(struct vm *vm, struct error *e)
{
	struct migrate_out *mo = vm->migration;
	if (!mo)
		return err_set(e, ERR_NOT_FOUND, "no migration of this VM is in progress");
	pthread_mutex_lock(&mo->lock);
	bool busy = in_progress(mo), switched = mo->switched;
	pthread_mutex_unlock(&mo->lock);
	if (!busy)
		return err_set(e, ERR_NOT_FOUND,
			       "no migration of this VM is in progress (the last one %s)",
			       migrate_phase_name(mo->st.phase));
	if (switched)
		return err_set(e, ERR_CONFLICT,
			       "the migration has switched over to the destination: too late to "
			       "cancel");
	request_cancel(mo);
	pthread_join(mo->thread, NULL);
	mo->thread_started = false;
	return 0;
}

void migrate_out_resumed(struct vm *vm)
{
	struct migrate_out *mo = vm->migration;
	if (!mo)
		return;
	/* Only the migrate thread sets nics_released, and it has ended. */
	pthread_mutex_lock(&mo->lock);
	bool take = !in_progress(mo) && mo->nics_released;
	pthread_mutex_unlock(&mo->lock);
	if (!take)
		return;
	struct error e = {0};
	if (migrate_nics_take(vm, &e) < 0)
		fprintf(stderr, "rvisor: %s (taking the NIC back as the VM resumes here)\n", e.msg);
	mo->nics_released = false;
}

void migrate_out_destroy(struct vm *vm)
{
	struct migrate_out *mo = vm->migration;
	if (!mo)
		return;
	/* A post-copy still sending: this side goes away, the link with it. */
	pthread_mutex_lock(&mo->lock);
	if (mo->fd >= 0 && mo->st.phase == MIGRATE_POSTCOPY)
		shutdown(mo->fd, SHUT_RDWR);
	pthread_mutex_unlock(&mo->lock);
	request_cancel(mo);
	join_and_free(mo);
	vm->migration = NULL;
}
