/* Snapshot target paths: the checks, the temporaries and the order of
 * renames that switches a state file and its memory file as one step (see
 * snapshot_files.h). */
#include "vmm/snapshot_files.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "util/opts.h"
#include "vmm/snapshot.h"

#define TMP_SUFFIX ".tmp."
#define TMP_RANDOM 6 /* as mkstemp's XXXXXX */
#define PENDING_SUFFIX ".pending-"

static void msg(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void msg(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* --- names --- */

/* The directory of path (malloc'd; "." when it has none) and its file name
 * (*name points into path; empty when path ends with '/'). */
static char *split_path(const char *path, const char **name)
{
	const char *slash = strrchr(path, '/');
	*name = slash ? slash + 1 : path;
	if (!slash)
		return strdup(".");
	if (slash == path)
		return strdup("/");
	return strndup(path, (size_t)(slash - path));
}

static bool all_of(const char *s, size_t n, const char *set)
{
	for (size_t k = 0; k < n; k++)
		if (!s[k] || !strchr(set, s[k]))
			return false;
	return true;
}

static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/* s is what follows ".pending-": 32 lowercase hex digits, '-', 1..10 digits. */
static bool pending_tail(const char *s)
{
	if (strlen(s) < 34 || !all_of(s, 32, "0123456789abcdef") || s[32] != '-')
		return false;
	size_t d = strlen(s + 33);
	return d <= 10 && all_of(s + 33, d, "0123456789");
}

/* name is "<base>.tmp.XXXXXX": a temporary of target base. */
static bool is_tmp_of(const char *name, const char *base)
{
	size_t b = strlen(base), t = strlen(TMP_SUFFIX);
	return strlen(name) == b + t + TMP_RANDOM && strncmp(name, base, b) == 0 &&
	       memcmp(name + b, TMP_SUFFIX, t) == 0 && all_of(name + b + t, TMP_RANDOM, alnum);
}

/* name is "<base>.pending-<id>-<seq>": a pending memory file of base. */
static bool is_pending_of(const char *name, const char *base)
{
	size_t b = strlen(base), p = strlen(PENDING_SUFFIX);
	return strncmp(name, base, b) == 0 && strncmp(name + b, PENDING_SUFFIX, p) == 0 &&
	       pending_tail(name + b + p);
}

/* name has the shape of a save's own files (for any target): as a target
 * it would be taken for a stale one and removed. */
static bool looks_internal(const char *name)
{
	size_t n = strlen(name), t = strlen(TMP_SUFFIX);
	if (n > t + TMP_RANDOM && memcmp(name + n - TMP_RANDOM - t, TMP_SUFFIX, t) == 0 &&
	    all_of(name + n - TMP_RANDOM, TMP_RANDOM, alnum))
		return true;
	for (const char *p = strstr(name, PENDING_SUFFIX); p; p = strstr(p + 1, PENDING_SUFFIX))
		if (p > name && pending_tail(p + strlen(PENDING_SUFFIX)))
			return true;
	return false;
}

static char *pending_of(const char *base, const uint8_t id[16], uint32_t seq)
{
	size_t n = strlen(base) + SNAPFILES_SUFFIX_MAX + 1;
	char *s = malloc(n);
	if (!s)
		return NULL;
	int k = snprintf(s, n, "%s%s", base, PENDING_SUFFIX);
	for (unsigned i = 0; i < 16; i++)
		k += snprintf(s + k, n - (size_t)k, "%02x", id[i]);
	snprintf(s + k, n - (size_t)k, "-%u", (unsigned)seq);
	return s;
}

char *snapfiles_pending_name(const char *mem_path, const uint8_t lineage_id[16], uint32_t seq)
{
	return pending_of(mem_path, lineage_id, seq);
}

/* --- locks: a save holds an OFD write lock on each file it creates, so a
 * file of this shape without one was left by a save that died --- */

static void lock_live(int fd)
{
	struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
	fcntl(fd, F_OFD_SETLK, &fl); /* without locks, only the cleanup weakens */
}

static bool is_live(int fd)
{
	struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
	if (fcntl(fd, F_OFD_GETLK, &fl) < 0)
		return true; /* cannot tell: leave it alone */
	return fl.l_type != F_UNLCK;
}

/* Remove the stale temporaries (or pending memory files) of target `base`
 * in directory dirfd: regular files of exactly that shape nobody holds a
 * lock on. Nothing else in the directory is touched. */
static void remove_stale(int dirfd, const char *base, bool pending)
{
	int fd = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d) {
		if (fd >= 0)
			close(fd);
		return;
	}
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!(pending ? is_pending_of(e->d_name, base) : is_tmp_of(e->d_name, base)))
			continue;
		int f = openat(dirfd, e->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		if (f < 0)
			continue;
		struct stat st;
		if (fstat(f, &st) == 0 && S_ISREG(st.st_mode) && !is_live(f))
			unlinkat(dirfd, e->d_name, 0);
		close(f);
	}
	closedir(d);
}

/* Create "<base>.tmp.XXXXXX" in dirfd (mode 0600, locked). Returns the fd
 * with its name in *out (malloc'd), or -1 with errno set. */
static int create_tmp(int dirfd, const char *base, char **out)
{
	size_t b = strlen(base) + strlen(TMP_SUFFIX), n = b + TMP_RANDOM + 1;
	char *name = malloc(n);
	if (!name) {
		errno = ENOMEM;
		return -1;
	}
	snprintf(name, n, "%s%s", base, TMP_SUFFIX);
	for (unsigned tries = 0; tries < 100; tries++) {
		uint8_t r[TMP_RANDOM];
		if (getrandom(r, sizeof(r), GRND_NONBLOCK) != (ssize_t)sizeof(r)) {
			struct timespec ts;
			clock_gettime(CLOCK_MONOTONIC, &ts);
			for (unsigned k = 0; k < TMP_RANDOM; k++)
				r[k] = (uint8_t)((uint64_t)ts.tv_nsec >> (5 * k)) + (uint8_t)tries;
		}
		for (unsigned k = 0; k < TMP_RANDOM; k++)
			name[b + k] = alnum[r[k] % (sizeof(alnum) - 1)];
		name[b + TMP_RANDOM] = 0;
		int fd =
		    openat(dirfd, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0) {
			lock_live(fd);
			*out = name;
			return fd;
		}
		if (errno != EEXIST)
			break;
	}
	int e = errno;
	free(name);
	errno = e;
	return -1;
}

/* rename that never replaces an existing `to`. */
static int rename_noreplace(int dirfd, const char *from, const char *to)
{
	if (renameat2(dirfd, from, dirfd, to, RENAME_NOREPLACE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS)
		return -1;
	/* A filesystem without RENAME_NOREPLACE: link refuses an existing
	 * name as well. */
	if (linkat(dirfd, from, dirfd, to, 0) < 0)
		return -1;
	unlinkat(dirfd, from, 0);
	return 0;
}

/* --- what the VM uses --- */

struct held {
	dev_t dev;
	ino_t ino;
	bool dir;
	char what[112];
};

struct heldset {
	struct held *v;
	size_t n, cap;
	bool oom;
};

static const struct held *held_find(const struct heldset *h, dev_t dev, ino_t ino)
{
	for (size_t k = 0; k < h->n; k++)
		if (h->v[k].dev == dev && h->v[k].ino == ino)
			return &h->v[k];
	return NULL;
}

/* Record (dev, ino) as `what`; the first description of a file stays. */
static void held_add(struct heldset *h, dev_t dev, ino_t ino, bool dir, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void held_add(struct heldset *h, dev_t dev, ino_t ino, bool dir, const char *fmt, ...)
{
	if (held_find(h, dev, ino))
		return;
	if (h->n == h->cap) {
		size_t cap = h->cap ? 2 * h->cap : 32;
		struct held *v = realloc(h->v, cap * sizeof(*v));
		if (!v) {
			h->oom = true;
			return;
		}
		h->v = v;
		h->cap = cap;
	}
	struct held *x = &h->v[h->n++];
	x->dev = dev;
	x->ino = ino;
	x->dir = dir;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(x->what, sizeof(x->what), fmt, ap);
	va_end(ap);
}

/* A file named in the VM's configuration (followed as the VM did). */
static void held_path(struct heldset *h, const char *path, const char *what)
{
	struct stat st;
	if (path && stat(path, &st) == 0)
		held_add(h, st.st_dev, st.st_ino, S_ISDIR(st.st_mode), "%s", what);
}

/* The files the process maps (/proc/self/maps): with ram_only, just the
 * mappings inside guest RAM (a restored VM's memory file). */
static void held_maps(struct heldset *h, const struct vm *vm, bool ram_only)
{
	FILE *f = fopen("/proc/self/maps", "re");
	if (!f)
		return;
	uintptr_t ram = (uintptr_t)vm->bus.ram, ram_end = ram + vm->bus.ram_size;
	char *line = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, f) > 0) {
		unsigned long lo, hi, off, ino;
		unsigned maj, min;
		char perms[8];
		if (sscanf(line, "%lx-%lx %7s %lx %x:%x %lu", &lo, &hi, perms, &off, &maj, &min,
			   &ino) != 7 ||
		    ino == 0)
			continue;
		bool in_ram = ram && lo >= ram && hi <= ram_end;
		if (in_ram)
			held_add(h, makedev(maj, min), (ino_t)ino, false,
				 "the memory file this VM runs from");
		else if (!ram_only)
			held_add(h, makedev(maj, min), (ino_t)ino, false,
				 "a file mapped into this VM's process (the rvisor binary or a "
				 "library)");
	}
	free(line);
	fclose(f);
}

/* The files and directories the process holds open (/proc/self/fd): disk
 * images and their backing files, 9p share roots and fids, logs. */
static void held_fds(struct heldset *h)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || atoi(e->d_name) == dirfd(d))
			continue;
		struct stat st;
		if (fstatat(dirfd(d), e->d_name, &st, 0) < 0)
			continue;
		if (S_ISREG(st.st_mode))
			held_add(h, st.st_dev, st.st_ino, false,
				 "a file this VM's process holds open (a disk image, a backing "
				 "file or a log)");
		else if (S_ISDIR(st.st_mode))
			held_add(h, st.st_dev, st.st_ino, true,
				 "a directory this VM's process holds open (shared with the "
				 "guest)");
	}
	closedir(d);
}

/* Everything the VM was given or holds, most precise description first. */
static void held_collect(struct heldset *h, const struct vm *vm)
{
	const struct vm_config *c = &vm->cfg;
	held_maps(h, vm, true);
	for (unsigned k = 0; k < c->ndisks; k++) {
		char what[64];
		snprintf(what, sizeof(what), "disk %u of this VM", k);
		held_path(h, c->disks[k].path, what);
	}
	held_path(h, c->mem_file, "the memory file this VM was restored from");
	held_path(h, c->kernel, "this VM's kernel");
	held_path(h, c->initrd, "this VM's initrd");
	held_path(h, c->firmware, "this VM's firmware");
	for (unsigned k = 0; k < c->ndevices; k++) {
		if (!c->devices[k].kind || strcmp(c->devices[k].kind, "share") != 0 ||
		    !c->devices[k].opts)
			continue;
		struct opts o;
		char e[128];
		if (opts_parse(&o, c->devices[k].opts, true, e, sizeof(e)) < 0)
			continue;
		held_path(h, opts_positional(&o), "the directory this VM shares with the guest");
		opts_free(&o);
	}
	held_fds(h);
	held_maps(h, vm, false);
}

/* The held directory dirfd is in (itself or an ancestor), or NULL. */
static const struct held *inside_held_dir(const struct heldset *h, int dirfd)
{
	int cur = openat(dirfd, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	for (unsigned depth = 0; cur >= 0 && depth < PATH_MAX; depth++) {
		struct stat st, up;
		if (fstat(cur, &st) < 0)
			break;
		const struct held *x = held_find(h, st.st_dev, st.st_ino);
		if (x && x->dir) {
			close(cur);
			return x;
		}
		int parent = openat(cur, "..", O_PATH | O_DIRECTORY | O_CLOEXEC);
		if (parent < 0 || fstat(parent, &up) < 0 ||
		    (up.st_dev == st.st_dev && up.st_ino == st.st_ino)) {
			if (parent >= 0)
				close(parent);
			break; /* the root */
		}
		close(cur);
		cur = parent;
	}
	if (cur >= 0)
		close(cur);
	return NULL;
}

/* --- checks --- */

struct target {
	const char *label, *path, *name;
	bool exists;
	struct stat st, dir;
};

/* At most the first 64 bytes of a path, for a message about its length. */
#define HEAD 64

static int check_target(const struct heldset *h, struct target *t, bool overwrite, char *err,
			size_t errlen)
{
	size_t len = strlen(t->path), max = PATH_MAX - 1 - SNAPFILES_SUFFIX_MAX;
	if (!len) {
		msg(err, errlen, "the %s path is empty", t->label);
		return SNAPSHOT_BAD_PATH;
	}
	if (len > max) {
		msg(err, errlen,
		    "the %s path is %zu bytes long; rvisor takes at most %zu (PATH_MAX %d, less "
		    "%d for the names of its temporary files): \"%.*s...\"",
		    t->label, len, max, PATH_MAX, SNAPFILES_SUFFIX_MAX, HEAD, t->path);
		return SNAPSHOT_BAD_PATH;
	}
	char *dir = split_path(t->path, &t->name);
	if (!dir) {
		msg(err, errlen, "out of memory");
		return SNAPSHOT_FAILED;
	}
	int rc = SNAPSHOT_BAD_PATH, dfd = -1;
	size_t nlen = strlen(t->name);
	if (!nlen || strcmp(t->name, ".") == 0 || strcmp(t->name, "..") == 0) {
		msg(err, errlen, "%s %s: names a directory, not a file", t->label, t->path);
		goto out;
	}
	if (nlen > NAME_MAX - SNAPFILES_SUFFIX_MAX) {
		msg(err, errlen,
		    "%s %s: its file name is %zu bytes long; rvisor takes at most %d (NAME_MAX %d, "
		    "less %d for the names of its temporary files)",
		    t->label, t->path, nlen, NAME_MAX - SNAPFILES_SUFFIX_MAX, NAME_MAX,
		    SNAPFILES_SUFFIX_MAX);
		goto out;
	}
	if (looks_internal(t->name)) {
		msg(err, errlen,
		    "%s %s: the name has the shape of rvisor's temporary files (NAME.tmp.XXXXXX, "
		    "NAME.pending-ID-N), which a later snapshot would remove: choose another",
		    t->label, t->path);
		goto out;
	}
	dfd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0 || fstat(dfd, &t->dir) < 0) {
		msg(err, errlen, "%s %s: its directory %s: %s", t->label, t->path, dir,
		    strerror(errno));
		goto out;
	}
	t->exists = fstatat(dfd, t->name, &t->st, AT_SYMLINK_NOFOLLOW) == 0;
	if (!t->exists && errno != ENOENT) {
		msg(err, errlen, "%s %s: %s", t->label, t->path, strerror(errno));
		goto out;
	}
	const struct held *x = t->exists ? held_find(h, t->st.st_dev, t->st.st_ino) : NULL;
	if (t->exists && S_ISLNK(t->st.st_mode)) {
		msg(err, errlen,
		    "%s %s: is a symbolic link; rvisor neither follows nor replaces one (give the "
		    "path of the file itself)",
		    t->label, t->path);
	} else if (t->exists && S_ISDIR(t->st.st_mode)) {
		msg(err, errlen, "%s %s: is a directory", t->label, t->path);
	} else if (t->exists && !S_ISREG(t->st.st_mode)) {
		msg(err, errlen,
		    "%s %s: exists and is not a regular file (a socket, pipe or device)", t->label,
		    t->path);
	} else if (x) {
		msg(err, errlen, "%s %s: is %s; a snapshot never replaces it", t->label, t->path,
		    x->what);
		rc = SNAPSHOT_CONFLICT;
	} else if ((x = inside_held_dir(h, dfd))) {
		msg(err, errlen, "%s %s: is inside %s, where the guest could read or change it",
		    t->label, t->path, x->what);
		rc = SNAPSHOT_CONFLICT;
	} else if (t->exists && !overwrite) {
		msg(err, errlen,
		    "%s %s: exists; replacing it needs the overwrite option (API \"overwrite\": "
		    "true, rvisor ctl snapshot ... --overwrite)",
		    t->label, t->path);
		rc = SNAPSHOT_CONFLICT;
	} else {
		rc = 0;
	}
out:
	if (dfd >= 0)
		close(dfd);
	free(dir);
	return rc;
}

int snapfiles_check(const struct vm *vm, const char *snap_path, const char *mem_path,
		    bool overwrite, char *err, size_t errlen)
{
	struct heldset h = {0};
	held_collect(&h, vm);
	if (h.oom) {
		free(h.v);
		msg(err, errlen, "out of memory");
		return SNAPSHOT_FAILED;
	}
	struct target s = {.label = "snapshot file", .path = snap_path};
	struct target m = {.label = "memory file", .path = mem_path};
	int rc = check_target(&h, &s, overwrite, err, errlen);
	if (rc == 0)
		rc = check_target(&h, &m, overwrite, err, errlen);
	free(h.v);
	if (rc < 0)
		return rc;
	if ((s.dir.st_dev == m.dir.st_dev && s.dir.st_ino == m.dir.st_ino &&
	     strcmp(s.name, m.name) == 0) ||
	    (s.exists && m.exists && s.st.st_dev == m.st.st_dev && s.st.st_ino == m.st.st_ino)) {
		msg(err, errlen, "snapshot file %s and memory file %s are the same file", snap_path,
		    mem_path);
		return SNAPSHOT_BAD_PATH;
	}
	return 0;
}

/* --- a save --- */

int snapfiles_begin(struct snapfiles *t, const char *snap_path, const char *mem_path,
		    bool overwrite, char *err, size_t errlen)
{
	memset(t, 0, sizeof(*t));
	t->snap_dir = t->mem_dir = t->snap_fd = t->mem_fd = -1;
	t->snap = snap_path;
	t->mem = mem_path;
	t->overwrite = overwrite;
	t->stage = SNAPFILES_TEMPS;
	char *sd = split_path(snap_path, &t->snap_name), *md = split_path(mem_path, &t->mem_name);
	int rc = -1;
	if (!sd || !md) {
		msg(err, errlen, "out of memory");
		goto out;
	}
	t->snap_dir = open(sd, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (t->snap_dir < 0) {
		msg(err, errlen, "snapshot file %s: its directory %s: %s", snap_path, sd,
		    strerror(errno));
		goto out;
	}
	t->mem_dir = open(md, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (t->mem_dir < 0) {
		msg(err, errlen, "memory file %s: its directory %s: %s", mem_path, md,
		    strerror(errno));
		goto out;
	}
	/* Temporaries a killed save left (RAM-sized for a memory file). */
	remove_stale(t->snap_dir, t->snap_name, false);
	remove_stale(t->mem_dir, t->mem_name, false);
	t->snap_fd = create_tmp(t->snap_dir, t->snap_name, &t->snap_tmp);
	if (t->snap_fd < 0) {
		msg(err, errlen, "snapshot file %s: cannot create a file next to it: %s", snap_path,
		    strerror(errno));
		goto out;
	}
	t->mem_fd = create_tmp(t->mem_dir, t->mem_name, &t->mem_tmp);
	if (t->mem_fd < 0) {
		msg(err, errlen, "memory file %s: cannot create a file next to it: %s", mem_path,
		    strerror(errno));
		goto out;
	}
	rc = 0;
out:
	free(sd);
	free(md);
	return rc;
}

int snapfiles_commit(struct snapfiles *t, const uint8_t lineage_id[16], uint32_t seq, char *err,
		     size_t errlen)
{
	t->mem_pending = pending_of(t->mem_name, lineage_id, seq);
	if (!t->mem_pending) {
		msg(err, errlen, "out of memory");
		return -1;
	}
	/* 1. The new memory file under the name that says whose it is. */
	if (rename_noreplace(t->mem_dir, t->mem_tmp, t->mem_pending) < 0) {
		msg(err, errlen, "memory file %s: cannot rename the new one next to it: %s", t->mem,
		    strerror(errno));
		return -1;
	}
	t->stage = SNAPFILES_PENDING;
	if (fsync(t->mem_dir) < 0) {
		msg(err, errlen, "memory file %s: its directory: %s", t->mem, strerror(errno));
		return -1;
	}
	/* 2. The commit: the state file, which names that memory file. */
	int rc = t->overwrite ? renameat(t->snap_dir, t->snap_tmp, t->snap_dir, t->snap_name)
			      : rename_noreplace(t->snap_dir, t->snap_tmp, t->snap_name);
	if (rc < 0) {
		msg(err, errlen, "snapshot file %s: %s", t->snap,
		    errno == EEXIST ? "appeared while the snapshot was written; not replaced"
				    : strerror(errno));
		return -1;
	}
	t->stage = SNAPFILES_COMMITTED;
	fsync(t->snap_dir);
	/* 3. The memory file takes its name (restore finds a pending one, so
	 * a failure here loses nothing), and pending files of killed saves go. */
	if (renameat(t->mem_dir, t->mem_pending, t->mem_dir, t->mem_name) == 0)
		fsync(t->mem_dir);
	remove_stale(t->mem_dir, t->mem_name, true);
	return 0;
}

void snapfiles_close(struct snapfiles *t)
{
	if (t->stage != SNAPFILES_COMMITTED) {
		if (t->stage == SNAPFILES_PENDING)
			unlinkat(t->mem_dir, t->mem_pending, 0);
		else if (t->mem_fd >= 0)
			unlinkat(t->mem_dir, t->mem_tmp, 0);
		if (t->snap_fd >= 0)
			unlinkat(t->snap_dir, t->snap_tmp, 0);
	}
	/* Closing the temporaries drops their locks. */
	int fds[] = {t->snap_fd, t->mem_fd, t->snap_dir, t->mem_dir};
	for (unsigned k = 0; k < 4; k++)
		if (fds[k] >= 0)
			close(fds[k]);
	free(t->snap_tmp);
	free(t->mem_tmp);
	free(t->mem_pending);
	memset(t, 0, sizeof(*t));
	t->snap_dir = t->mem_dir = t->snap_fd = t->mem_fd = -1;
}

/* --- restore --- */

int snapfiles_settle(const char *mem_path, const uint8_t lineage_id[16], uint32_t seq, char **use,
		     char *err, size_t errlen)
{
	*use = NULL;
	char *real = realpath(mem_path, NULL);
	const char *path = real ? real : mem_path;
	char *pending = pending_of(path, lineage_id, seq);
	if (!pending) {
		free(real);
		msg(err, errlen, "out of memory");
		return -1;
	}
	int fd = open(pending, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		if (fd >= 0)
			close(fd);
		free(pending);
		free(real);
		return 0; /* nothing pending: the memory file is path */
	}
	/* The save that wrote the state file committed it and stopped before
	 * the memory file got its name: finish that, unless it still runs. */
	bool live = is_live(fd);
	close(fd);
	if (!live && rename(pending, path) == 0) {
		char *copy = strdup(path);
		const char *name;
		char *dir = copy ? split_path(copy, &name) : NULL;
		int dfd = dir ? open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
		if (dfd >= 0) {
			fsync(dfd);
			close(dfd);
		}
		free(dir);
		free(copy);
		free(pending);
		free(real);
		return 0;
	}
	free(real);
	*use = pending;
	return 0;
}
