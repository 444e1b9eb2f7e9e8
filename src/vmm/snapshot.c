/* Full VM snapshots: save to a state stream + sparse memory file, and the
 * check-everything-then-apply restore. */
#include "vmm/snapshot.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>

#include "machine/board.h"
#include "util/error.h"
#include "util/file.h"
#include "vmm/snapshot_files.h"

#define HART_SECTION SS_ID('H', 'A', 'R', 'T')
#define END_SECTION SS_ID('E', 'N', 'D', 0)
#define NO_STRING 0xffffffffu
#define MAX_STRING 4096u

/* --- writing --- */

static void put_str(struct ss_writer *w, const char *s)
{
	if (!s) {
		ss_put_u32(w, NO_STRING);
		return;
	}
	size_t n = strlen(s);
	ss_put_u32(w, (uint32_t)n);
	ss_put_bytes(w, s, n);
}

static void put_vmcf(struct ss_writer *w, const struct vm *vm, uint64_t mtime,
		     const uint8_t *lineage_id, uint32_t lineage_seq)
{
	const struct vm_config *c = &vm->cfg;
	ss_begin(w, SNAPSHOT_VMCF, 0, SNAPSHOT_VMCF_VERSION);
	ss_put_u64(w, c->mem_size);
	ss_put_u32(w, vm->ncpus);
	ss_put_u64(w, mtime);
	put_str(w, c->kernel);
	put_str(w, c->initrd);
	put_str(w, c->append);
	put_str(w, c->firmware);
	ss_put_u32(w, c->ndisks);
	for (unsigned k = 0; k < c->ndisks; k++) {
		put_str(w, c->disks[k].path);
		put_str(w, c->disks[k].format);
		put_str(w, c->disks[k].serial);
		ss_put_u8(w, c->disks[k].readonly);
		ss_put_u8(w, c->disks[k].direct);
		ss_put_u64(w, c->disks[k].limits.bytes.rate);
		ss_put_u64(w, c->disks[k].limits.bytes.size);
		ss_put_u64(w, c->disks[k].limits.ops.rate);
		ss_put_u64(w, c->disks[k].limits.ops.size);
		ss_put_u8(w, c->disks[k].format_probed ? VMCF_DISK_FORMAT_PROBED : 0);
	}
	ss_put_u32(w, c->ndevices);
	for (unsigned k = 0; k < c->ndevices; k++) {
		/* The options that recreate the device as it is now: limits
		 * changed through the API included. */
		char *opts = vdev_opts_now(&c->devices[k]);
		if (!opts)
			w->failed = true;
		put_str(w, c->devices[k].kind);
		put_str(w, opts ? opts : c->devices[k].opts);
		free(opts);
	}
	ss_put_bytes(w, lineage_id, 16);
	ss_put_u32(w, lineage_seq);
	ss_end(w);
}

/* Header, VMCF, then (unless config_only) every hart and board device,
 * END. Returns -1 when a device refused or memory ran out. */
static int write_stream(struct vm *vm, struct ss_writer *w, const uint8_t *lineage_id,
			uint32_t lineage_seq, bool config_only)
{
	ss_write_header(w, vm->bus.ram_size, vm->ncpus, SNAPSHOT_ISA);
	put_vmcf(w, vm, vclock_now(&vm->clock), lineage_id, lineage_seq);
	int rc = 0;
	for (unsigned k = 0; k < vm->ncpus && rc == 0 && !config_only; k++)
		rc = hart_save(vm->harts[k], w);
	if (rc == 0 && !config_only)
		rc = board_save(vm->board, w);
	ss_write_end(w);
	return rc < 0 || w->failed ? -1 : 0;
}

int snapshot_write_state(struct vm *vm, struct ss_writer *w, bool config_only)
{
	if (!vm->board)
		return -1;
	return write_stream(vm, w, vm->lineage_id, vm->lineage_seq, config_only);
}

static bool page_is_zero(const uint8_t *p)
{
	const uint64_t *q = (const uint64_t *)p;
	for (size_t k = 0; k < PAGE_SIZE / 8; k += 8) {
		if (q[k] | q[k + 1] | q[k + 2] | q[k + 3] | q[k + 4] | q[k + 5] | q[k + 6] |
		    q[k + 7])
			return false;
	}
	return true;
}

static int pwrite_all(int fd, const uint8_t *p, size_t n, off_t off)
{
	while (n) {
		ssize_t k = pwrite(fd, p, n, off);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += k;
		n -= (size_t)k;
		off += k;
	}
	return 0;
}

/* Write the non-zero pages of RAM [lo, hi) (byte offsets), coalescing runs. */
static int write_range(int fd, const uint8_t *ram, uint64_t lo, uint64_t hi, uint64_t *written)
{
	uint64_t run = UINT64_MAX;
	for (uint64_t off = lo; off <= hi; off += PAGE_SIZE) {
		bool data = off < hi && !page_is_zero(ram + off);
		if (data && run == UINT64_MAX)
			run = off;
		/* Flush a run at a zero page, at the end, or every 4 MiB. */
		if (run != UINT64_MAX && (!data || off + PAGE_SIZE - run >= (4u << 20))) {
			uint64_t end = data ? off + PAGE_SIZE : off;
			if (pwrite_all(fd, ram + run, end - run, (off_t)run) < 0)
				return -1;
			*written += end - run;
			run = UINT64_MAX;
		}
	}
	return 0;
}

/* Guest RAM -> memory file. With a memfd, its holes (never-touched RAM)
 * are skipped without reading them, which would allocate shmem pages. */
static int write_memory(int fd, const struct bus *bus, uint64_t *written)
{
	if (ftruncate(fd, (off_t)bus->ram_size) < 0)
		return -1;
	if (bus->ram_fd < 0)
		return write_range(fd, bus->ram, 0, bus->ram_size, written);
	off_t pos = 0, size = (off_t)bus->ram_size;
	while (pos < size) {
		off_t data = lseek(bus->ram_fd, pos, SEEK_DATA);
		if (data < 0) {
			if (errno == ENXIO)
				break; /* only holes remain */
			return write_range(fd, bus->ram, (uint64_t)pos, bus->ram_size, written);
		}
		off_t hole = lseek(bus->ram_fd, data, SEEK_HOLE);
		if (hole < 0 || hole > size)
			hole = size;
		uint64_t lo = (uint64_t)data & ~(PAGE_SIZE - 1);
		uint64_t hi = ((uint64_t)hole + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
		if (hi > bus->ram_size)
			hi = bus->ram_size;
		if (write_range(fd, bus->ram, lo, hi, written) < 0)
			return -1;
		pos = (off_t)hi;
	}
	return 0;
}

static int random_id(uint8_t id[16])
{
	size_t got = 0;
	while (got < 16) {
		ssize_t k = getrandom(id + got, 16 - got, 0);
		if (k < 0 && errno != EINTR)
			return -1;
		if (k > 0)
			got += (size_t)k;
	}
	return 0;
}

static void put_le64(uint8_t *p, uint64_t v)
{
	for (unsigned k = 0; k < 8; k++)
		p[k] = (uint8_t)(v >> (8 * k));
}

static uint64_t get_le64(const uint8_t *p)
{
	uint64_t v = 0;
	for (unsigned k = 0; k < 8; k++)
		v |= (uint64_t)p[k] << (8 * k);
	return v;
}

/* Diff memory file: the dirty pages at their offsets (zero pages too: they
 * must overwrite the base), the page bitmap, the trailer. */
static int write_memory_diff(int fd, const struct bus *bus, const uint64_t *bits, uint64_t ndirty,
			     const uint8_t *lineage_id, uint32_t lineage_seq, uint64_t *written)
{
	uint64_t words = bus_dirty_words(bus), npages = bus->ram_size >> PAGE_SHIFT;
	if (ftruncate(fd, (off_t)bus->ram_size) < 0)
		return -1;
	uint64_t pg = 0;
	while (pg < npages) {
		if (!(bits[pg / 64] & (1ULL << (pg % 64)))) {
			pg++;
			continue;
		}
		uint64_t end = pg + 1;
		while (end < npages && end - pg < 1024 && (bits[end / 64] & (1ULL << (end % 64))))
			end++;
		uint64_t off = pg << PAGE_SHIFT, n = (end - pg) << PAGE_SHIFT;
		if (pwrite_all(fd, bus->ram + off, n, (off_t)off) < 0)
			return -1;
		*written += n;
		pg = end;
	}
	size_t tail = words * 8 + SNAPSHOT_DIFF_TRAILER;
	uint8_t *t = malloc(tail);
	if (!t) {
		errno = ENOMEM;
		return -1;
	}
	for (uint64_t k = 0; k < words; k++)
		put_le64(t + 8 * k, bits[k]);
	memcpy(t + words * 8, SNAPSHOT_DIFF_MAGIC, 8);
	put_le64(t + words * 8 + 8, bus->ram_size);
	put_le64(t + words * 8 + 16, ndirty);
	memcpy(t + words * 8 + 24, lineage_id, 16);
	put_le64(t + words * 8 + 40, lineage_seq);
	int rc = pwrite_all(fd, t, tail, (off_t)bus->ram_size);
	free(t);
	return rc;
}

/* Every hart drops its store-TLB entries before it executes again (the
 * dirty log was just (re-)armed; the VM is paused). */
static void drop_store_tlbs(struct vm *vm)
{
	for (unsigned k = 0; k < vm->ncpus; k++)
		hart_request(vm->harts[k], EV_FENCE_I);
}

int snapshot_save(struct vm *vm, const char *snap_path, const char *mem_path,
		  struct snapshot_stats *st, char *err, size_t errlen)
{
	return snapshot_create(vm, snap_path, mem_path, 0, st, err, errlen);
}

int snapshot_save_diff(struct vm *vm, const char *snap_path, const char *mem_path,
		       struct snapshot_stats *st, char *err, size_t errlen)
{
	return snapshot_create(vm, snap_path, mem_path, SNAPSHOT_DIFF, st, err, errlen);
}

int snapshot_precheck(struct vm *vm, bool diff, bool never_run_ok, struct error *e)
{
	if (diff && !bus_dirty_log_on(&vm->bus))
		return err_set(e, ERR_INVALID,
			       "a diff snapshot needs a previous snapshot of this VM (since it "
			       "started, was restored or rebooted): take a \"full\" one first");
	/* A migration takes the dirty log's pages: a snapshot taking them too
	 * would hide them from it. */
	if (atomic_load(&vm->migrating))
		return err_set(e, ERR_CONFLICT,
			       "a migration of this VM is in progress: snapshot it after the "
			       "migration ends (or cancel it)");
	pthread_mutex_lock(&vm->lock);
	bool quiet = vm->paused || (never_run_ok && !vm->running);
	pthread_mutex_unlock(&vm->lock);
	if (!quiet)
		return err_set(e, ERR_CONFLICT, "the VM must be paused to take a snapshot");
	return 0;
}

int snapshot_create(struct vm *vm, const char *snap_path, const char *mem_path, unsigned flags,
		    struct snapshot_stats *st, char *err, size_t errlen)
{
	bool diff = flags & SNAPSHOT_DIFF;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (!vm->board) {
		snprintf(err, errlen, "the VM has no board to save");
		return SNAPSHOT_FAILED;
	}
	struct error *pe = malloc(sizeof(*pe));
	if (!pe || snapshot_precheck(vm, diff, true, pe) < 0) {
		snprintf(err, errlen, "%s", pe ? pe->msg : "out of memory");
		free(pe);
		return SNAPSHOT_FAILED;
	}
	free(pe);
	/* Where the files go, before anything is written. */
	int bad = snapfiles_check(vm, snap_path, mem_path, flags & SNAPSHOT_OVERWRITE, err, errlen);
	if (bad < 0)
		return bad;

	/* This snapshot's place in its lineage (committed on success). */
	uint8_t lineage_id[16];
	uint32_t lineage_seq = 0;
	if (diff) {
		memcpy(lineage_id, vm->lineage_id, 16);
		lineage_seq = vm->lineage_seq + 1;
	} else if (random_id(lineage_id) < 0) {
		snprintf(err, errlen, "getrandom: %s", strerror(errno));
		return SNAPSHOT_FAILED;
	}

	/* The state stream, built in memory. */
	struct ss_writer w;
	ss_writer_init(&w);
	if (write_stream(vm, &w, lineage_id, lineage_seq, false) < 0) {
		snprintf(err, errlen,
			 "cannot serialize the VM state (out of memory or a device refused)");
		ss_writer_free(&w);
		return SNAPSHOT_FAILED;
	}

	struct snapfiles files;
	if (snapfiles_begin(&files, snap_path, mem_path, flags & SNAPSHOT_OVERWRITE, err, errlen) <
	    0) {
		snapfiles_close(&files);
		ss_writer_free(&w);
		return SNAPSHOT_FAILED;
	}
	uint64_t mem_written = 0;
	/* Dirty log: the pages written since the previous snapshot are taken
	 * (and the log re-armed) before RAM is read, so a write racing with
	 * the save (device DMA) lands in the next diff. A full snapshot starts
	 * the log. On failure the bits are put back (or the log stopped, when
	 * this snapshot started it). */
	bool was_on = bus_dirty_log_on(&vm->bus);
	uint64_t *bits = calloc(bus_dirty_words(&vm->bus), sizeof(*bits)), ndirty = 0;
	if (!bits) {
		snprintf(err, errlen, "out of memory for the dirty bitmap");
		snapfiles_close(&files);
		ss_writer_free(&w);
		return SNAPSHOT_FAILED;
	}
	if (was_on) {
		ndirty = bus_dirty_log_fetch_and_clear(&vm->bus, bits);
	} else if (bus_dirty_log_enable(&vm->bus) < 0) {
		snprintf(err, errlen, "out of memory for the dirty bitmap");
		free(bits);
		snapfiles_close(&files);
		ss_writer_free(&w);
		return SNAPSHOT_FAILED;
	}
	drop_store_tlbs(vm);
	/* Snapshot files are private (they hold guest memory), whatever the
	 * umask. */
	int fs = files.snap_fd, fm = files.mem_fd;
	fchmod(fs, 0600);
	fchmod(fm, 0600);
	if ((diff ? write_memory_diff(fm, &vm->bus, bits, ndirty, lineage_id, lineage_seq,
				      &mem_written)
		  : write_memory(fm, &vm->bus, &mem_written)) < 0 ||
	    fsync(fm) < 0) {
		snprintf(err, errlen, "memory file %s: %s", mem_path, strerror(errno));
		goto fail;
	}
	if (pwrite_all(fs, w.buf, w.len, 0) < 0 || fsync(fs) < 0) {
		snprintf(err, errlen, "snapshot file %s: %s", snap_path, strerror(errno));
		goto fail;
	}
	/* The base memory file names its lineage where the filesystem keeps
	 * extended attributes (restore checks it when present). */
	if (!diff)
		fsetxattr(fm, SNAPSHOT_LINEAGE_XATTR, lineage_id, 16, 0);
	/* The switch (vmm/snapshot_files.h): the previous pair stays whole
	 * until the state file is renamed into place. */
	if (snapfiles_commit(&files, lineage_id, lineage_seq, err, errlen) < 0)
		goto fail;
	snapfiles_close(&files);
	memcpy(vm->lineage_id, lineage_id, 16);
	vm->lineage_seq = lineage_seq;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (st) {
		st->seconds =
		    (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
		st->state_bytes = w.len;
		st->mem_bytes = mem_written;
		st->dirty_pages = diff ? ndirty : 0;
	}
	free(bits);
	ss_writer_free(&w);
	return 0;
fail:
	snapfiles_close(&files); /* removes the temporaries */
	if (was_on)
		bus_dirty_log_merge(&vm->bus, bits);
	else
		bus_dirty_log_disable(&vm->bus);
	free(bits);
	ss_writer_free(&w);
	return SNAPSHOT_FAILED;
}

/* A diff memory file's trailer (and page bitmap). */
struct diff_info {
	bool v2; /* RVMDIFF2: has a lineage */
	uint8_t lineage_id[16];
	uint32_t lineage_seq;
	uint8_t *bitmap; /* words * 8 bytes, malloc'd */
};

/* Open a diff memory file for RAM of ram_size bytes and read its bitmap and
 * trailer (the file's size tells which trailer it has). Returns the file
 * descriptor, or -1 with a message. */
static int open_diff(const char *path, uint64_t ram_size, struct diff_info *di, char *err,
		     size_t errlen)
{
	memset(di, 0, sizeof(*di));
	uint64_t npages = ram_size >> PAGE_SHIFT, words = (npages + 63) / 64;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	struct stat sb;
	if (fstat(fd, &sb) < 0)
		sb.st_size = 0;
	uint64_t size = (uint64_t)sb.st_size, base = ram_size + words * 8;
	size_t trailer;
	if (size == base + SNAPSHOT_DIFF_TRAILER) {
		trailer = SNAPSHOT_DIFF_TRAILER;
		di->v2 = true;
	} else if (size == base + SNAPSHOT_DIFF_TRAILER_V1) {
		trailer = SNAPSHOT_DIFF_TRAILER_V1;
	} else {
		snprintf(err, errlen,
			 "%s: not a diff memory file of a VM with %llu bytes of RAM (its size is "
			 "%llu bytes)",
			 path, (unsigned long long)ram_size, (unsigned long long)size);
		close(fd);
		return -1;
	}
	size_t tail = words * 8 + trailer;
	uint8_t *t = malloc(tail);
	if (!t) {
		snprintf(err, errlen, "out of memory");
		close(fd);
		return -1;
	}
	size_t got = 0;
	while (got < tail) {
		ssize_t k = pread(fd, t + got, tail - got, (off_t)(ram_size + got));
		if (k <= 0) {
			snprintf(err, errlen, "%s: %s", path,
				 k < 0 ? strerror(errno) : "short read");
			goto bad;
		}
		got += (size_t)k;
	}
	const uint8_t *tr = t + words * 8;
	if (memcmp(tr, di->v2 ? SNAPSHOT_DIFF_MAGIC : SNAPSHOT_DIFF_MAGIC_V1, 8) != 0 ||
	    get_le64(tr + 8) != ram_size) {
		snprintf(err, errlen, "%s: not a diff memory file (bad trailer)", path);
		goto bad;
	}
	if (npages % 64 && get_le64(t + 8 * (words - 1)) >> (npages % 64)) {
		snprintf(err, errlen, "%s: corrupt page bitmap", path);
		goto bad;
	}
	if (di->v2) {
		memcpy(di->lineage_id, tr + 24, 16);
		di->lineage_seq = (uint32_t)get_le64(tr + 40);
	}
	di->bitmap = t;
	return fd;
bad:
	free(t);
	close(fd);
	return -1;
}

int snapshot_settle_mem(const struct snapshot *s, const char **path, uint32_t seq, char **owned,
			char *err, size_t errlen)
{
	*owned = NULL;
	if (!s->cfg.has_lineage)
		return 0; /* a v1 snapshot: its save did not leave pending files */
	if (snapfiles_settle(*path, s->cfg.lineage_id, seq, owned, err, errlen) < 0)
		return -1;
	if (*owned)
		*path = *owned;
	return 0;
}

int snapshot_check_chain(const struct snapshot *s, const char *mem_path, const char *const *diffs,
			 unsigned ndiffs, char *err, size_t errlen)
{
	const struct snapshot_config *c = &s->cfg;
	if (!c->has_lineage)
		return 0; /* a v1 snapshot: nothing to check against */
	uint8_t id[16];
	if (getxattr(mem_path, SNAPSHOT_LINEAGE_XATTR, id, sizeof(id)) == (ssize_t)sizeof(id) &&
	    memcmp(id, c->lineage_id, 16) != 0) {
		snprintf(err, errlen,
			 "%s is the memory file of another snapshot lineage than this snapshot's "
			 "(give the full snapshot's memory file this chain started from)",
			 mem_path);
		return -1;
	}
	if (ndiffs != c->lineage_seq) {
		if (c->lineage_seq == 0)
			snprintf(err, errlen,
				 "this is a full snapshot: it takes no --mem-diff (%u given)",
				 ndiffs);
		else
			snprintf(
			    err, errlen,
			    "this is diff snapshot %u of its lineage: it needs the %u diff memory "
			    "files 1..%u in order after the full one (%u given)",
			    c->lineage_seq, c->lineage_seq, c->lineage_seq, ndiffs);
		return -1;
	}
	for (unsigned k = 0; k < ndiffs; k++) {
		struct diff_info di;
		int fd = open_diff(diffs[k], c->mem_size, &di, err, errlen);
		if (fd < 0)
			return -1;
		close(fd);
		free(di.bitmap);
		if (!di.v2)
			continue; /* an old diff without a lineage */
		if (memcmp(di.lineage_id, c->lineage_id, 16) != 0) {
			snprintf(err, errlen, "%s belongs to another snapshot lineage", diffs[k]);
			return -1;
		}
		if (di.lineage_seq != k + 1) {
			snprintf(err, errlen,
				 "%s is diff %u of its lineage but was given as diff %u (diffs go "
				 "oldest first)",
				 diffs[k], di.lineage_seq, k + 1);
			return -1;
		}
	}
	return 0;
}

int snapshot_apply_mem_diff(struct bus *bus, const char *path, char *err, size_t errlen)
{
	uint64_t npages = bus->ram_size >> PAGE_SHIFT;
	struct diff_info di;
	int fd = open_diff(path, bus->ram_size, &di, err, errlen);
	if (fd < 0)
		return -1;
	const uint8_t *t = di.bitmap;
	int rc = -1;
	uint64_t pg = 0;
	while (pg < npages) {
		if (!(get_le64(t + 8 * (pg / 64)) & (1ULL << (pg % 64)))) {
			pg++;
			continue;
		}
		uint64_t end = pg + 1;
		while (end < npages && end - pg < 1024 &&
		       (get_le64(t + 8 * (end / 64)) & (1ULL << (end % 64))))
			end++;
		uint64_t off = pg << PAGE_SHIFT, n = (end - pg) << PAGE_SHIFT, done = 0;
		while (done < n) {
			ssize_t k = pread(fd, bus->ram + off + done, n - done, (off_t)(off + done));
			if (k <= 0) {
				snprintf(err, errlen, "%s: %s", path,
					 k < 0 ? strerror(errno) : "short read");
				goto out;
			}
			done += (uint64_t)k;
		}
		pg = end;
	}
	rc = 0;
out:
	free(di.bitmap);
	close(fd);
	return rc;
}

/* A length-prefixed string; *out = NULL for "absent". False when malformed. */
static bool get_str(struct ss_reader *r, char **out)
{
	*out = NULL;
	uint32_t n = ss_get_u32(r);
	if (r->error)
		return false;
	if (n == NO_STRING)
		return true;
	if (n > MAX_STRING || n > r->len - r->pos)
		return false;
	char *s = malloc(n + 1);
	if (!s)
		return false;
	ss_get_bytes(r, s, n);
	s[n] = 0;
	if (memchr(s, 0, n)) {
		free(s);
		return false;
	}
	*out = s;
	return true;
}

static int parse_vmcf(struct ss_reader *r, struct snapshot_config *c, char *err, size_t errlen)
{
	if (r->id != SNAPSHOT_VMCF) {
		snprintf(err, errlen, "the first section is not the machine configuration (VMCF)");
		return -1;
	}
	if (r->version < 1 || r->version > SNAPSHOT_VMCF_VERSION) {
		snprintf(err, errlen,
			 "machine configuration section version %u is not supported (this rvisor "
			 "reads %u)",
			 r->version, SNAPSHOT_VMCF_VERSION);
		return -1;
	}
	c->mem_size = ss_get_u64(r);
	c->ncpus = ss_get_u32(r);
	c->mtime = ss_get_u64(r);
	bool ok = get_str(r, &c->kernel) && get_str(r, &c->initrd) && get_str(r, &c->append) &&
		  get_str(r, &c->firmware);
	uint32_t nd = ok ? ss_get_u32(r) : 0;
	if (ok && nd > VM_MAX_DISKS)
		ok = false;
	for (uint32_t k = 0; ok && k < nd; k++) {
		struct vm_disk *d = &c->disks[k];
		char *path = NULL, *format = NULL, *serial = NULL;
		ok = get_str(r, &path);
		ok = ok && get_str(r, &format);
		ok = ok && get_str(r, &serial);
		d->path = path;
		d->format = format;
		d->serial = serial;
		d->readonly = ss_get_u8(r) != 0;
		d->direct = ss_get_u8(r) != 0;
		if (r->version >= 2) { /* v1 disks have no limits */
			d->limits.bytes.rate = ss_get_u64(r);
			d->limits.bytes.size = ss_get_u64(r);
			d->limits.ops.rate = ss_get_u64(r);
			d->limits.ops.size = ss_get_u64(r);
		}
		if (r->version >= 3) { /* v1, v2: no flags (the format is the user's or NULL) */
			uint8_t flags = ss_get_u8(r);
			d->format_probed = flags & VMCF_DISK_FORMAT_PROBED;
			ok = ok && !(flags & ~VMCF_DISK_FORMAT_PROBED) &&
			     (!d->format_probed || format);
		}
		c->ndisks = k + 1;
		ok = ok && path;
	}
	uint32_t ndev = ok && r->version >= 2 ? ss_get_u32(r) : 0;
	if (ndev > VM_MAX_DEVICES)
		ok = false;
	for (uint32_t k = 0; ok && k < ndev; k++) {
		char *kind = NULL, *opts = NULL;
		ok = get_str(r, &kind);
		ok = ok && get_str(r, &opts);
		c->devices[k].kind = kind;
		c->devices[k].opts = opts;
		c->ndevices = k + 1;
		ok = ok && kind && opts;
	}
	if (ok && r->version >= 2) {
		ss_get_bytes(r, c->lineage_id, 16);
		c->lineage_seq = ss_get_u32(r);
		c->has_lineage = true;
	}
	if (!ok || r->error || r->pos != r->len) {
		snprintf(err, errlen, "the machine configuration section (VMCF) is malformed");
		return -1;
	}
	return 0;
}

static void free_config(struct snapshot_config *c)
{
	free(c->kernel);
	free(c->initrd);
	free(c->append);
	free(c->firmware);
	for (unsigned k = 0; k < c->ndisks; k++) {
		free((char *)c->disks[k].path);
		free((char *)c->disks[k].format);
		free((char *)c->disks[k].serial);
	}
	for (unsigned k = 0; k < c->ndevices; k++) {
		free((char *)c->devices[k].kind);
		free((char *)c->devices[k].opts);
	}
	memset(c, 0, sizeof(*c));
}

/* Split an ISA string "rvNN<letters>[_ext...]": *base_len covers "rvNN",
 * *letters_len the single letters after it. False when malformed. */
static bool isa_split(const char *isa, size_t *base_len, size_t *letters_len)
{
	if (strncmp(isa, "rv", 2) != 0)
		return false;
	size_t k = 2;
	while (isa[k] >= '0' && isa[k] <= '9')
		k++;
	if (k == 2)
		return false;
	*base_len = k;
	while (isa[k] >= 'a' && isa[k] <= 'z')
		k++;
	*letters_len = k - *base_len;
	return *letters_len > 0 && (isa[k] == 0 || isa[k] == '_');
}

/* Is the multi-letter extension ext[0..len) one of the "_"-separated
 * extensions of the tail `list` ("_zicsr_zba...")? */
static bool isa_has_ext(const char *list, const char *ext, size_t len)
{
	for (const char *p = list; *p == '_'; p += strcspn(p + 1, "_") + 1)
		if (strcspn(p + 1, "_") == len && memcmp(p + 1, ext, len) == 0)
			return true;
	return false;
}

bool snapshot_isa_compatible(const char *recorded, const char *current)
{
	size_t rb, rl, cb, cl;
	if (!isa_split(recorded, &rb, &rl) || !isa_split(current, &cb, &cl) || rb != cb ||
	    memcmp(recorded, current, rb) != 0)
		return false;
	for (size_t k = rb; k < rb + rl; k++)
		if (!memchr(current + cb, recorded[k], cl))
			return false;
	const char *tail = current + cb + cl;
	for (const char *p = recorded + rb + rl; *p; p += 1 + strcspn(p + 1, "_")) {
		size_t len = strcspn(p + 1, "_");
		if (len == 0)
			return false;
		for (size_t k = 1; k <= len; k++)
			if (!((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= '0' && p[k] <= '9')))
				return false;
		if (!isa_has_ext(tail, p + 1, len))
			return false;
	}
	return true;
}

static int open_buf(struct snapshot *s, uint8_t *buf, size_t len, bool config_only, char *err,
		    size_t errlen);

int snapshot_open_buf(struct snapshot *s, uint8_t *buf, size_t len, char *err, size_t errlen)
{
	return open_buf(s, buf, len, false, err, errlen);
}

int snapshot_open_config_buf(struct snapshot *s, uint8_t *buf, size_t len, char *err, size_t errlen)
{
	return open_buf(s, buf, len, true, err, errlen);
}

static int open_buf(struct snapshot *s, uint8_t *buf, size_t len, bool config_only, char *err,
		    size_t errlen)
{
	memset(s, 0, sizeof(*s));
	s->buf = buf;
	s->len = len;
	size_t off;
	if (ss_read_header(buf, len, &s->hdr, &off, err, errlen) < 0)
		return -1;
	if (!snapshot_isa_compatible(s->hdr.isa, SNAPSHOT_ISA)) {
		snprintf(err, errlen,
			 "snapshot is for ISA %s, this rvisor emulates %s (a snapshot may use only "
			 "extensions this rvisor has)",
			 s->hdr.isa, SNAPSHOT_ISA);
		return -1;
	}
	struct ss_reader r;
	int rc = ss_next_section_fmt(buf, len, &off, s->hdr.format_version, &r, err, errlen);
	if (rc <= 0) {
		if (rc == 0)
			snprintf(err, errlen, "snapshot has no machine configuration (VMCF)");
		return -1;
	}
	if (parse_vmcf(&r, &s->cfg, err, errlen) < 0)
		return -1;
	const struct snapshot_config *c = &s->cfg;
	if (c->mem_size != s->hdr.ram_size || c->ncpus != s->hdr.ncpus) {
		snprintf(err, errlen,
			 "snapshot header and machine configuration disagree on the machine shape");
		return -1;
	}
	if (c->ncpus < 1 || c->ncpus > VM_MAX_CPUS || c->mem_size < (1u << 20) ||
	    c->mem_size > (64ULL << 30) || (c->mem_size & (PAGE_SIZE - 1))) {
		snprintf(err, errlen,
			 "snapshot machine shape is out of range (%u vCPUs, %llu bytes of RAM)",
			 c->ncpus, (unsigned long long)c->mem_size);
		return -1;
	}
	s->sections_off = off;
	/* Framing of every section up to END, and one HART per vCPU. */
	bool seen[VM_MAX_CPUS] = {false};
	for (;;) {
		rc = ss_next_section_fmt(buf, len, &off, s->hdr.format_version, &r, err, errlen);
		if (rc < 0)
			return -1;
		if (rc == 0)
			break;
		if (config_only) {
			snprintf(err, errlen,
				 "a machine configuration stream has a section after its VMCF");
			return -1;
		}
		if (r.id == SNAPSHOT_VMCF) {
			snprintf(err, errlen, "snapshot has two machine configuration sections");
			return -1;
		}
		if (r.id == HART_SECTION) {
			if (r.instance >= c->ncpus || seen[r.instance]) {
				snprintf(err, errlen,
					 "snapshot has an unexpected hart section (hart %u)",
					 r.instance);
				return -1;
			}
			seen[r.instance] = true;
		}
	}
	if (off != len) {
		snprintf(err, errlen, "snapshot has %zu bytes after its END section", len - off);
		return -1;
	}
	for (unsigned k = 0; k < c->ncpus && !config_only; k++) {
		if (!seen[k]) {
			snprintf(err, errlen, "snapshot has no state for hart %u", k);
			return -1;
		}
	}
	return 0;
}

int snapshot_open(struct snapshot *s, const char *path, char *err, size_t errlen)
{
	size_t len;
	uint8_t *buf = file_read_all(path, &len);
	if (!buf) {
		memset(s, 0, sizeof(*s));
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	return snapshot_open_buf(s, buf, len, err, errlen);
}

void snapshot_close(struct snapshot *s)
{
	free_config(&s->cfg);
	free(s->buf);
	memset(s, 0, sizeof(*s));
}

void snapshot_vm_config(const struct snapshot *s, struct vm_config *cfg)
{
	const struct snapshot_config *c = &s->cfg;
	cfg->mem_size = c->mem_size;
	cfg->ncpus = c->ncpus;
	cfg->kernel = c->kernel;
	cfg->initrd = c->initrd;
	cfg->append = c->append;
	cfg->firmware = c->firmware;
	cfg->ndisks = c->ndisks;
	for (unsigned k = 0; k < c->ndisks; k++)
		cfg->disks[k] = c->disks[k];
	cfg->ndevices = c->ndevices;
	for (unsigned k = 0; k < c->ndevices; k++)
		cfg->devices[k] = c->devices[k];
}

/* One pass over the sections: validate (apply = false) or apply. */
static int walk_sections(const struct snapshot *s, struct vm *vm, struct hart *scratch, bool apply,
			 bool keep_code, char *err, size_t errlen)
{
	size_t off = s->sections_off;
	struct ss_reader r;
	int rc;
	char why[160];
	/* (id, instance) of the device sections seen: a duplicate would leave
	 * another device of the same kind unrestored. */
	struct {
		uint32_t id, instance;
	} seen[BOARD_MAX_DEVICES];
	unsigned nseen = 0;
	while ((rc = ss_next_section_fmt(s->buf, s->len, &off, s->hdr.format_version, &r, err,
					 errlen)) == 1) {
		if (r.id != HART_SECTION) {
			for (unsigned k = 0; k < nseen; k++) {
				if (seen[k].id == r.id && seen[k].instance == r.instance) {
					snprintf(err, errlen,
						 "snapshot has two state sections for one device "
						 "(instance %u)",
						 r.instance);
					return -1;
				}
			}
			if (nseen == BOARD_MAX_DEVICES) {
				snprintf(err, errlen,
					 "snapshot has more device sections than a board can hold");
				return -1;
			}
			seen[nseen].id = r.id;
			seen[nseen++].instance = r.instance;
		}
		if (r.id == HART_SECTION) {
			/* snapshot_open checked the instance. */
			struct hart *h = apply ? vm->harts[r.instance] : scratch;
			if ((keep_code ? hart_load_keep_code(h, &r) : hart_load(h, &r)) < 0) {
				snprintf(err, errlen,
					 "hart %u: state section is malformed or of an unknown "
					 "version (%u)",
					 r.instance, r.version);
				return -1;
			}
			continue;
		}
		int b = board_load_section(vm->board, &r, apply, why, sizeof(why));
		if (b < 0) {
			snprintf(err, errlen, "%s", why);
			return -1;
		}
		if (b == 1) {
			char id[5];
			memcpy(id, &r.id, 4);
			id[4] = 0;
			for (int k = 0; k < 4; k++)
				if (id[k] < 0x20 || id[k] > 0x7e)
					id[k] = '?';
			snprintf(err, errlen,
				 "no device of this machine owns state section \"%s\" instance %u",
				 id, r.instance);
			return -1;
		}
	}
	return rc < 0 ? -1 : 0;
}

static int apply(const struct snapshot *s, struct vm *vm, struct hart *scratch, bool keep_code,
		 char *err, size_t errlen);

struct hart *snapshot_scratch_new(struct vm *vm)
{
	struct hart *scratch = aligned_alloc(64, (sizeof(struct hart) + 63) & ~(size_t)63);
	if (scratch && hart_init(scratch, &vm->bus, 0) < 0) {
		free(scratch);
		return NULL;
	}
	return scratch;
}

void snapshot_scratch_free(struct hart *scratch)
{
	if (!scratch)
		return;
	hart_destroy(scratch);
	free(scratch);
}

int snapshot_apply(const struct snapshot *s, struct vm *vm, char *err, size_t errlen)
{
	struct hart *scratch = snapshot_scratch_new(vm);
	if (!scratch) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	int rc = apply(s, vm, scratch, false, err, errlen);
	snapshot_scratch_free(scratch);
	return rc;
}

int snapshot_apply_scratch(const struct snapshot *s, struct vm *vm, struct hart *scratch, char *err,
			   size_t errlen)
{
	return apply(s, vm, scratch, true, err, errlen);
}

static int apply(const struct snapshot *s, struct vm *vm, struct hart *scratch, bool keep_code,
		 char *err, size_t errlen)
{
	if (vm->ncpus != s->cfg.ncpus || vm->bus.ram_size != s->cfg.mem_size || !vm->board) {
		snprintf(err, errlen, "the VM does not have the snapshot's shape");
		return -1;
	}
	/* Every stateful board device must find its section. */
	for (unsigned k = 0; k < board_ndevices(vm->board); k++) {
		void *dev;
		const struct board_dev_ops *ops = board_device(vm->board, k, &dev);
		if (!ops->section_id)
			continue;
		/* The instance is not exposed: count sections with the id, and
		 * compare with the number of devices with the id. */
		unsigned want = 0, have = 0;
		for (unsigned j = 0; j < board_ndevices(vm->board); j++) {
			void *d2;
			if (board_device(vm->board, j, &d2)->section_id == ops->section_id)
				want++;
		}
		size_t off = s->sections_off;
		struct ss_reader r;
		while (ss_next_section_fmt(s->buf, s->len, &off, s->hdr.format_version, &r, err,
					   errlen) == 1)
			if (r.id == ops->section_id)
				have++;
		if (have != want) {
			snprintf(err, errlen,
				 "snapshot has %u state section(s) for %s, this machine has %u "
				 "such device(s)",
				 have, ops->name, want);
			return -1;
		}
	}
	if (walk_sections(s, vm, scratch, false, false, err, errlen) < 0)
		return -1;
	/* Everything checked: apply. Cannot fail past the checks above. */
	if (walk_sections(s, vm, NULL, true, keep_code, err, errlen) < 0)
		return -1;
	vclock_init(&vm->clock, s->cfg.mtime);
	return 0;
}
