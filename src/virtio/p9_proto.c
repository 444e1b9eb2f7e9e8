/* The 9P2000.L server of virtio-9p: message parsing with strict bounds, the
 * fid table, and every operation done relative to a confined descriptor
 * (see p9_proto.h for the confinement rules).
 *
 * Host descriptors: a fid holds an O_PATH descriptor and, once opened, a
 * second one. The server counts them (`nheld`) against its share of the
 * guest's descriptor budget (util/fdbudget.h) and keeps each one's number
 * below the budget's ceiling; beyond either, the request that would hold
 * one more fails with EMFILE, as a full descriptor table would, and the
 * VMM keeps the descriptors it needs for itself. */
#include "virtio/p9_proto.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "state/stream.h"
#include "util/fdbudget.h"

/* Message types (9P2000.L; R = T + 1). */
enum {
	P9_RLERROR = 7,
	P9_TSTATFS = 8,
	P9_TLOPEN = 12,
	P9_TLCREATE = 14,
	P9_TSYMLINK = 16,
	P9_TMKNOD = 18,
	P9_TRENAME = 20,
	P9_TREADLINK = 22,
	P9_TGETATTR = 24,
	P9_TSETATTR = 26,
	P9_TXATTRWALK = 30,
	P9_TXATTRCREATE = 32,
	P9_TREADDIR = 40,
	P9_TFSYNC = 50,
	P9_TLOCK = 52,
	P9_TGETLOCK = 54,
	P9_TLINK = 70,
	P9_TMKDIR = 72,
	P9_TRENAMEAT = 74,
	P9_TUNLINKAT = 76,
	P9_TVERSION = 100,
	P9_TATTACH = 104,
	P9_TFLUSH = 108,
	P9_TWALK = 110,
	P9_TREAD = 116,
	P9_TWRITE = 118,
	P9_TCLUNK = 120,
	P9_TREMOVE = 122,
};

#define P9_MAXWELEM 16
#define P9_NOTAG 0xffff
#define P9_QTDIR 0x80
#define P9_QTSYMLINK 0x02
#define P9_IOHDR 11	   /* size type tag count: Rread/Rreaddir header */
#define P9_MAX_TARGET 4095 /* symlink target bytes */
/* Files keep no set-user/group-ID bit: the server creates them with
 * rvisor's credentials (root, often), and a guest-made setuid program on
 * the host would hand a host user those credentials. */
#define P9_FILE_MODES 01777

/* Linux 9P2000.L open flags (include/net/9p/9p.h), independent of the
 * host's O_* values. */
#define P9_DOTL_ACCMODE 3
#define P9_DOTL_CREATE 0100
#define P9_DOTL_EXCL 0200
#define P9_DOTL_TRUNC 01000
#define P9_DOTL_APPEND 02000
#define P9_DOTL_DSYNC 010000
#define P9_DOTL_DIRECTORY 0200000
#define P9_DOTL_SYNC 04000000
#define P9_DOTL_AT_REMOVEDIR 0x200

/* Tsetattr valid bits. */
#define P9_ATTR_MODE 0x1
#define P9_ATTR_UID 0x2
#define P9_ATTR_GID 0x4
#define P9_ATTR_SIZE 0x8
#define P9_ATTR_ATIME 0x10
#define P9_ATTR_MTIME 0x20
#define P9_ATTR_ATIME_SET 0x80
#define P9_ATTR_MTIME_SET 0x100
#define P9_GETATTR_BASIC 0x7ffull

struct p9_fid {
	uint32_t id;
	int fd;		 /* O_PATH descriptor of the object; -1: dead fid */
	int ofd;	 /* open descriptor after Tlopen/Tlcreate, else -1 */
	uint32_t oflags; /* the P9_DOTL_* flags it was opened with */
	mode_t type;	 /* S_IFMT bits of the object */
	char *path;	 /* from the root, "" for the root; for state and ".." */
};

struct p9_server {
	int rootfd;    /* O_PATH of the shared directory */
	bool own_root; /* close rootfd with the server (else its owner does) */
	bool readonly;
	bool no_openat2; /* the host kernel lacks it: per-component O_NOFOLLOW */
	uint32_t msize;
	struct p9_fid **fids;
	unsigned nfids, capfids;
	unsigned nheld, max_held; /* descriptors the fids hold, and the most they may */
	/* quota=SIZE: the apparent sizes of the share's regular files may not
	 * grow past quota (0: no quota); used is counted at start and kept up
	 * by this server's own writes, truncates and unlinks. */
	uint64_t quota, used;
	uint8_t dirbuf[64 << 10];
	char name1[256], name2[256], target[P9_MAX_TARGET + 1];
};

/* --- Message cursor (reading) and builder (writing) --- */

struct rd {
	const uint8_t *p;
	size_t len, pos;
	bool err;
};

struct wr {
	uint8_t *p;
	size_t cap, pos;
	bool err;
};

static const uint8_t *rd_take(struct rd *c, size_t n)
{
	if (c->err || n > c->len - c->pos) {
		c->err = true;
		return NULL;
	}
	const uint8_t *q = c->p + c->pos;
	c->pos += n;
	return q;
}

static uint64_t rd_le(struct rd *c, unsigned n)
{
	const uint8_t *q = rd_take(c, n);
	uint64_t v = 0;
	if (q)
		for (unsigned k = 0; k < n; k++)
			v |= (uint64_t)q[k] << (8 * k);
	return v;
}
static uint8_t rd8(struct rd *c)
{
	return (uint8_t)rd_le(c, 1);
}
static uint16_t rd16(struct rd *c)
{
	return (uint16_t)rd_le(c, 2);
}
static uint32_t rd32(struct rd *c)
{
	return (uint32_t)rd_le(c, 4);
}
static uint64_t rd64(struct rd *c)
{
	return rd_le(c, 8);
}

/* A string: its bytes and length (not NUL-terminated). */
static const char *rd_str(struct rd *c, uint16_t *len)
{
	*len = rd16(c);
	return (const char *)rd_take(c, *len);
}

static void wr_le(struct wr *w, uint64_t v, unsigned n)
{
	if (w->err || n > w->cap - w->pos) {
		w->err = true;
		return;
	}
	for (unsigned k = 0; k < n; k++)
		w->p[w->pos++] = (uint8_t)(v >> (8 * k));
}
#define wr8(w, v) wr_le((w), (v), 1)
#define wr16(w, v) wr_le((w), (v), 2)
#define wr32(w, v) wr_le((w), (v), 4)
#define wr64(w, v) wr_le((w), (v), 8)

static void wr_bytes(struct wr *w, const void *p, size_t n)
{
	if (w->err || n > w->cap - w->pos) {
		w->err = true;
		return;
	}
	memcpy(w->p + w->pos, p, n);
	w->pos += n;
}

static void wr_str(struct wr *w, const char *s, size_t n)
{
	wr16(w, n);
	wr_bytes(w, s, n);
}

static void wr_qid(struct wr *w, const struct stat *st)
{
	uint8_t t = S_ISDIR(st->st_mode) ? P9_QTDIR : S_ISLNK(st->st_mode) ? P9_QTSYMLINK : 0;
	wr8(w, t);
	wr32(w, 0);
	wr64(w, st->st_ino);
}

/* --- Confined lookups --- */

/* Copy a name from the guest into buf (NUL-terminated) and check that it
 * is one plain component. Returns 0 or an errno. */
static int get_name(struct rd *c, char *buf, size_t cap)
{
	uint16_t n;
	const char *s = rd_str(c, &n);
	if (!s)
		return EPROTO;
	if (n >= cap)
		return ENAMETOOLONG;
	memcpy(buf, s, n);
	buf[n] = 0;
	if (n == 0 || memchr(s, 0, n) || memchr(s, '/', n) || strcmp(buf, ".") == 0 ||
	    strcmp(buf, "..") == 0)
		return EINVAL;
	return 0;
}

/* Open one component `name` (already checked by get_name) under dirfd
 * without following any symlink. */
static int lookup_at(struct p9_server *s, int dirfd, const char *name, int flags, mode_t mode)
{
	flags |= O_NOFOLLOW | O_CLOEXEC;
	if (!s->no_openat2) {
		struct open_how how = {
		    .flags = (uint64_t)flags,
		    .mode = (flags & O_CREAT) ? mode : 0,
		    .resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS,
		};
		long fd = syscall(SYS_openat2, dirfd, name, &how, sizeof(how));
		if (fd >= 0 || errno != ENOSYS)
			return (int)fd;
		s->no_openat2 = true;
	}
	/* A single component that is not ".." cannot leave dirfd, and
	 * O_NOFOLLOW refuses a symlink in its place. */
	return openat(dirfd, name, flags, mode);
}

/* Is `path` a valid recorded path: "" or components separated by single
 * '/', none empty, ".", ".." or over NAME_MAX? */
static bool path_valid(const char *path, size_t len)
{
	if (len == 0)
		return true;
	size_t start = 0;
	for (size_t k = 0; k <= len; k++) {
		if (k < len && path[k] == 0)
			return false;
		if (k == len || path[k] == '/') {
			size_t n = k - start;
			if (n == 0 || n > 255 || (n == 1 && path[start] == '.') ||
			    (n == 2 && path[start] == '.' && path[start + 1] == '.'))
				return false;
			start = k + 1;
		}
	}
	return true;
}

/* O_PATH descriptor of a recorded path, one confined component at a
 * time from the root. Returns the descriptor or -1 (errno set). */
static int open_path(struct p9_server *s, const char *path)
{
	int fd = fcntl(s->rootfd, F_DUPFD_CLOEXEC, 0);
	const char *p = path;
	char comp[256];
	while (fd >= 0 && *p) {
		const char *e = strchr(p, '/');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == 0 || n >= sizeof(comp)) {
			close(fd);
			errno = EINVAL;
			return -1;
		}
		memcpy(comp, p, n);
		comp[n] = 0;
		int nfd = lookup_at(s, fd, comp, O_PATH, 0);
		int saved = errno;
		close(fd);
		errno = saved;
		fd = nfd;
		p += n + (e ? 1 : 0);
	}
	return fd;
}

static char *path_join(const char *dir, const char *name)
{
	size_t a = strlen(dir), b = strlen(name);
	char *p = malloc(a + b + 2);
	if (!p)
		return NULL;
	if (a == 0) {
		memcpy(p, name, b + 1);
	} else {
		memcpy(p, dir, a);
		p[a] = '/';
		memcpy(p + a + 1, name, b + 1);
	}
	return p;
}

/* The parent of a non-root recorded path ("" for a top-level name). */
static char *path_parent(const char *path, const char **last)
{
	const char *slash = strrchr(path, '/');
	if (!slash) {
		*last = path;
		return strdup("");
	}
	*last = slash + 1;
	return strndup(path, (size_t)(slash - path));
}

static void proc_path(char *buf, size_t n, int fd)
{
	snprintf(buf, n, "/proc/self/fd/%d", fd);
}

/* --- Fid table --- */

static struct p9_fid *fid_find(struct p9_server *s, uint32_t id, unsigned *idx)
{
	for (unsigned k = 0; k < s->nfids; k++)
		if (s->fids[k]->id == id) {
			if (idx)
				*idx = k;
			return s->fids[k];
		}
	return NULL;
}

/* A live fid, or NULL with *e = EBADF. */
static struct p9_fid *fid_get(struct p9_server *s, uint32_t id, int *e)
{
	struct p9_fid *f = fid_find(s, id, NULL);
	if (!f || f->fd < 0) {
		*e = EBADF;
		return NULL;
	}
	return f;
}

/* May the fids hold one more descriptor? The count and a free number
 * below the ceiling; held_take() checks the number it then gets. */
static bool held_room(struct p9_server *s)
{
	return s->nheld < s->max_held && fd_budget_room(s->rootfd);
}

/* A fid keeps fd from now on: fd, or -1 with errno EMFILE (fd closed)
 * when that would go beyond the budget. */
static int held_take(struct p9_server *s, int fd)
{
	if (fd < 0)
		return fd;
	if (s->nheld >= s->max_held) {
		close(fd);
		errno = EMFILE;
		return -1;
	}
	fd = fd_budget_admit(fd);
	if (fd >= 0)
		s->nheld++;
	return fd;
}

static void held_close(struct p9_server *s, int *fd)
{
	if (*fd >= 0) {
		close(*fd);
		s->nheld--;
		*fd = -1;
	}
}

static void fid_free(struct p9_server *s, struct p9_fid *f)
{
	held_close(s, &f->fd);
	held_close(s, &f->ofd);
	free(f->path);
	free(f);
}

static void fid_remove(struct p9_server *s, unsigned idx)
{
	fid_free(s, s->fids[idx]);
	s->fids[idx] = s->fids[--s->nfids];
}

/* Add a fid that owns fd (not yet held; -1 for a dead fid) and path (both
 * freed on failure). */
static int fid_add(struct p9_server *s, uint32_t id, int fd, mode_t type, char *path)
{
	struct p9_fid *f = NULL;
	if (s->nfids == s->capfids && s->nfids < P9_MAX_FIDS) {
		unsigned nc = s->capfids ? s->capfids * 2 : 64;
		struct p9_fid **n = realloc(s->fids, nc * sizeof(*n));
		if (n) {
			s->fids = n;
			s->capfids = nc;
		}
	}
	if (s->nfids < s->capfids && path)
		f = calloc(1, sizeof(*f));
	if (!f) {
		if (fd >= 0)
			close(fd);
		free(path);
		return s->nfids >= P9_MAX_FIDS ? ENFILE : ENOMEM;
	}
	if (fd >= 0 && (fd = held_take(s, fd)) < 0) {
		free(f);
		free(path);
		return EMFILE;
	}
	*f = (struct p9_fid){.id = id, .fd = fd, .ofd = -1, .type = type, .path = path};
	s->fids[s->nfids++] = f;
	return 0;
}

/* After a rename of `from` to `to`, the fids under it move too. */
static void fids_renamed(struct p9_server *s, const char *from, const char *to)
{
	size_t n = strlen(from);
	for (unsigned k = 0; k < s->nfids; k++) {
		struct p9_fid *f = s->fids[k];
		if (strncmp(f->path, from, n) != 0 || (f->path[n] != 0 && f->path[n] != '/'))
			continue;
		char *np = malloc(strlen(to) + strlen(f->path + n) + 1);
		if (!np)
			continue; /* the path goes stale: only state save uses it */
		strcpy(np, to);
		strcat(np, f->path + n);
		free(f->path);
		f->path = np;
	}
}

/* --- Operations: each parses its whole request first, returns 0 with the
 * reply body written or a positive errno (Rlerror). --- */

static int st_of(int fd, struct stat *st)
{
	return fstatat(fd, "", st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) < 0 ? errno : 0;
}

static int op_version(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t msize = rd32(c);
	uint16_t vlen;
	const char *v = rd_str(c, &vlen);
	if (!v)
		return EPROTO;
	if (msize < P9_MIN_MSIZE)
		return EINVAL;
	while (s->nfids)
		fid_remove(s, s->nfids - 1);
	s->msize = msize < P9_MAX_MSIZE ? msize : P9_MAX_MSIZE;
	static const char ver[] = "9P2000.L";
	bool ok = vlen == sizeof(ver) - 1 && memcmp(v, ver, vlen) == 0;
	wr32(w, s->msize);
	if (ok)
		wr_str(w, ver, sizeof(ver) - 1);
	else
		wr_str(w, "unknown", 7);
	return 0;
}

static int op_attach(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	rd32(c); /* afid: no authentication */
	uint16_t n;
	rd_str(c, &n); /* uname */
	rd_str(c, &n); /* aname: there is one tree per device */
	rd32(c);       /* n_uname */
	if (c->err)
		return EPROTO;
	if (fid_find(s, fid, NULL))
		return EBADF;
	struct stat st;
	int e = st_of(s->rootfd, &st);
	if (e)
		return e;
	int fd = fcntl(s->rootfd, F_DUPFD_CLOEXEC, 0);
	if (fd < 0)
		return errno;
	e = fid_add(s, fid, fd, S_IFDIR, strdup(""));
	if (e)
		return e;
	wr_qid(w, &st);
	return 0;
}

static int op_walk(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c), newfid = rd32(c);
	uint16_t nw = rd16(c);
	if (c->err)
		return EPROTO;
	if (nw > P9_MAXWELEM)
		return EINVAL;
	if (w->cap - w->pos < 2 + 13u * nw)
		return EMSGSIZE; /* before the new fid exists */
	char names[P9_MAXWELEM][256];
	for (unsigned k = 0; k < nw; k++) {
		int e = get_name(c, names[k], sizeof(names[k]));
		if (e == EINVAL && strcmp(names[k], "..") == 0)
			e = 0;
		if (e)
			return e;
	}
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (newfid != fid && fid_find(s, newfid, NULL))
		return EBADF;
	if (newfid != fid && !held_room(s))
		return EMFILE; /* the new fid would hold one more descriptor */

	int cur = f->fd;
	mode_t type = f->type;
	char *path = strdup(f->path);
	if (!path)
		return ENOMEM;
	unsigned done = 0;
	wr16(w, 0); /* nwqid, patched below */
	for (; done < nw; done++) {
		int nfd;
		char *np;
		if (strcmp(names[done], "..") == 0) {
			const char *last;
			/* At the root ".." is the root: the guest never sees above it. */
			np = path[0] ? path_parent(path, &last) : strdup("");
			nfd = np ? open_path(s, np) : -1;
		} else {
			np = path_join(path, names[done]);
			nfd = np ? lookup_at(s, cur, names[done], O_PATH, 0) : -1;
		}
		struct stat st;
		int err = !np ? ENOMEM : nfd < 0 ? errno : st_of(nfd, &st);
		if (err) {
			if (nfd >= 0)
				close(nfd);
			free(np);
			if (done == 0) {
				free(path);
				return err;
			}
			break;
		}
		if (cur != f->fd)
			close(cur);
		cur = nfd;
		type = st.st_mode & S_IFMT;
		free(path);
		path = np;
		wr_qid(w, &st);
	}
	w->p[P9_HDR] = (uint8_t)done;
	w->p[P9_HDR + 1] = (uint8_t)(done >> 8);
	if (done < nw) { /* partial walk: newfid is not created */
		if (cur != f->fd)
			close(cur);
		free(path);
		return 0;
	}
	if (cur == f->fd) { /* nwname 0: a clone */
		cur = fcntl(f->fd, F_DUPFD_CLOEXEC, 0);
		if (cur < 0) {
			free(path);
			return errno;
		}
	}
	if (newfid == fid) {
		/* The fid keeps its count; its number must still qualify. */
		if (fd_budget_admit(cur) < 0) {
			free(path);
			return EMFILE;
		}
		held_close(s, &f->fd);
		held_close(s, &f->ofd);
		s->nheld++;
		free(f->path);
		f->fd = cur;
		f->type = type;
		f->path = path;
		return 0;
	}
	return fid_add(s, newfid, cur, type, path);
}

static int dotl_to_host(uint32_t fl)
{
	static const int acc[4] = {O_RDONLY, O_WRONLY, O_RDWR, O_RDONLY};
	int h = acc[fl & P9_DOTL_ACCMODE];
	if (fl & P9_DOTL_TRUNC)
		h |= O_TRUNC;
	if (fl & P9_DOTL_APPEND)
		h |= O_APPEND;
	if (fl & P9_DOTL_DSYNC)
		h |= O_DSYNC;
	if (fl & P9_DOTL_SYNC)
		h |= O_SYNC;
	if (fl & P9_DOTL_EXCL)
		h |= O_EXCL;
	return h;
}

static bool dotl_writes(uint32_t fl)
{
	uint32_t a = fl & P9_DOTL_ACCMODE;
	return a == 1 || a == 2 || (fl & P9_DOTL_TRUNC);
}

/* The quota's count: a regular file went from old to new bytes. */
static void quota_resized(struct p9_server *s, uint64_t old, uint64_t new)
{
	if (!s->quota)
		return;
	if (new >= old)
		s->used += new - old;
	else
		s->used -= old - new < s->used ? old - new : s->used;
}

/* The bytes unlinking (or renaming over) name in dirfd gives back: a
 * regular file's size when this is its last link, else 0. */
static uint64_t quota_freed_by(struct p9_server *s, int dirfd, const char *name)
{
	struct stat st;
	if (!s->quota || fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0 ||
	    !S_ISREG(st.st_mode) || st.st_nlink != 1)
		return 0;
	return (uint64_t)st.st_size;
}

/* Open the object of f itself (never by name: a swapped path cannot
 * redirect it). Returns the descriptor or -errno. */
static int reopen(struct p9_fid *f, int hflags)
{
	hflags &= ~(O_CREAT | O_EXCL);
	int fd;
	if (S_ISDIR(f->type)) {
		fd = openat(f->fd, ".", hflags | O_DIRECTORY | O_CLOEXEC);
	} else if (S_ISLNK(f->type)) {
		return -ELOOP; /* the server never follows a symlink */
	} else {
		char pp[40];
		proc_path(pp, sizeof(pp), f->fd);
		/* Non-blocking: a FIFO or device must not hang the I/O thread. */
		int nb = S_ISREG(f->type) ? 0 : O_NONBLOCK;
		fd = open(pp, hflags | nb | O_CLOEXEC | O_NOCTTY);
	}
	if (fd < 0)
		return -errno;
	struct stat a, b;
	if (fstat(fd, &a) < 0 || fstat(f->fd, &b) < 0 || a.st_ino != b.st_ino ||
	    a.st_dev != b.st_dev) {
		close(fd);
		return -ESTALE;
	}
	return fd;
}

static int op_lopen(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c), fl = rd32(c);
	if (c->err)
		return EPROTO;
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (f->ofd >= 0)
		return EBADF;
	if (s->readonly && dotl_writes(fl))
		return EROFS;
	struct stat st;
	if ((e = st_of(f->fd, &st)))
		return e;
	if (!held_room(s))
		return EMFILE;
	int fd = reopen(f, dotl_to_host(fl));
	if (fd < 0)
		return -fd;
	if ((fl & P9_DOTL_TRUNC) && S_ISREG(st.st_mode))
		quota_resized(s, (uint64_t)st.st_size, 0);
	if ((fd = held_take(s, fd)) < 0)
		return EMFILE;
	f->ofd = fd;
	f->oflags = fl & ~(uint32_t)(P9_DOTL_CREATE | P9_DOTL_EXCL);
	wr_qid(w, &st);
	wr32(w, 0); /* iounit: msize decides */
	return 0;
}

static int op_lcreate(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	int e = get_name(c, s->name1, sizeof(s->name1));
	uint32_t fl = rd32(c), mode = rd32(c);
	rd32(c); /* gid: files belong to the host user */
	if (c->err)
		return EPROTO;
	if (e)
		return e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (f->ofd >= 0 || !S_ISDIR(f->type))
		return f->ofd >= 0 ? EBADF : ENOTDIR;
	if (s->readonly)
		return EROFS;
	/* The fid will hold one more descriptor: refuse before the file is
	 * made, as open(O_CREAT) does with a full descriptor table. */
	if (!held_room(s))
		return EMFILE;
	char *np = path_join(f->path, s->name1);
	if (!np)
		return ENOMEM;
	int ofd = lookup_at(s, f->fd, s->name1, dotl_to_host(fl) | O_CREAT, mode & P9_FILE_MODES);
	if (ofd < 0) {
		free(np);
		return errno;
	}
	char pp[40];
	proc_path(pp, sizeof(pp), ofd);
	int pfd = open(pp, O_PATH | O_CLOEXEC);
	struct stat st;
	if (pfd < 0 || fstat(ofd, &st) < 0) {
		e = errno;
		if (pfd >= 0)
			close(pfd);
		close(ofd);
		free(np);
		return e;
	}
	/* Another thread took the numbers below the ceiling meanwhile: the
	 * file exists, the fid stays as it was. */
	if ((unsigned)ofd >= fd_budget_ceiling() || (unsigned)pfd >= fd_budget_ceiling() ||
	    s->nheld >= s->max_held) {
		close(pfd);
		close(ofd);
		free(np);
		return EMFILE;
	}
	close(f->fd); /* pfd takes its place in the count */
	s->nheld++;   /* and ofd is one more */
	free(f->path);
	f->fd = pfd;
	f->ofd = ofd;
	f->oflags = fl & ~(uint32_t)(P9_DOTL_CREATE | P9_DOTL_EXCL | P9_DOTL_TRUNC);
	f->type = st.st_mode & S_IFMT;
	f->path = np;
	wr_qid(w, &st);
	wr32(w, 0);
	return 0;
}

/* The directory fid a creating operation works in. */
static struct p9_fid *dir_get(struct p9_server *s, uint32_t id, int *e)
{
	struct p9_fid *d = fid_get(s, id, e);
	if (d && !S_ISDIR(d->type)) {
		*e = ENOTDIR;
		return NULL;
	}
	if (d && s->readonly) {
		*e = EROFS;
		return NULL;
	}
	return d;
}

static int reply_new(int dirfd, const char *name, struct wr *w)
{
	struct stat st;
	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return errno;
	wr_qid(w, &st);
	return 0;
}

static int op_symlink(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	int e = get_name(c, s->name1, sizeof(s->name1));
	uint16_t tl;
	const char *t = rd_str(c, &tl);
	rd32(c); /* gid */
	if (c->err)
		return EPROTO;
	if (e)
		return e;
	if (tl == 0 || memchr(t, 0, tl))
		return EINVAL;
	if (tl > P9_MAX_TARGET)
		return ENAMETOOLONG;
	memcpy(s->target, t, tl);
	s->target[tl] = 0;
	struct p9_fid *d = dir_get(s, fid, &e);
	if (!d)
		return e;
	/* The target is only stored: the server never follows it. */
	if (symlinkat(s->target, d->fd, s->name1) < 0)
		return errno;
	return reply_new(d->fd, s->name1, w);
}

static int op_mknod(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	int e = get_name(c, s->name1, sizeof(s->name1));
	uint32_t mode = rd32(c);
	rd32(c); /* major */
	rd32(c); /* minor */
	rd32(c); /* gid */
	if (c->err)
		return EPROTO;
	if (e)
		return e;
	struct p9_fid *d = dir_get(s, fid, &e);
	if (!d)
		return e;
	/* Device nodes would give the guest host devices: refused. */
	mode_t type = mode & S_IFMT;
	if (type != S_IFIFO && type != S_IFSOCK && type != S_IFREG)
		return EPERM;
	if (mknodat(d->fd, s->name1, type | (mode & P9_FILE_MODES), 0) < 0)
		return errno;
	return reply_new(d->fd, s->name1, w);
}

static int op_mkdir(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	int e = get_name(c, s->name1, sizeof(s->name1));
	uint32_t mode = rd32(c);
	rd32(c); /* gid */
	if (c->err)
		return EPROTO;
	if (e)
		return e;
	struct p9_fid *d = dir_get(s, fid, &e);
	if (!d)
		return e;
	if (mkdirat(d->fd, s->name1, mode & 07777) < 0)
		return errno;
	return reply_new(d->fd, s->name1, w);
}

static int op_readlink(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	if (c->err)
		return EPROTO;
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (!S_ISLNK(f->type))
		return EINVAL;
	ssize_t n = readlinkat(f->fd, "", s->target, sizeof(s->target));
	if (n < 0)
		return errno;
	if (w->cap - w->pos < 2 + (size_t)n)
		return EMSGSIZE;
	wr_str(w, s->target, (size_t)n);
	return 0;
}

static int op_getattr(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	rd64(c); /* request mask: the basic set is always returned */
	if (c->err)
		return EPROTO;
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	struct stat st;
	if ((e = st_of(f->fd, &st)))
		return e;
	wr64(w, P9_GETATTR_BASIC);
	wr_qid(w, &st);
	wr32(w, st.st_mode);
	wr32(w, st.st_uid);
	wr32(w, st.st_gid);
	wr64(w, st.st_nlink);
	wr64(w, st.st_rdev);
	wr64(w, (uint64_t)st.st_size);
	wr64(w, (uint64_t)st.st_blksize);
	wr64(w, (uint64_t)st.st_blocks);
	wr64(w, (uint64_t)st.st_atim.tv_sec);
	wr64(w, (uint64_t)st.st_atim.tv_nsec);
	wr64(w, (uint64_t)st.st_mtim.tv_sec);
	wr64(w, (uint64_t)st.st_mtim.tv_nsec);
	wr64(w, (uint64_t)st.st_ctim.tv_sec);
	wr64(w, (uint64_t)st.st_ctim.tv_nsec);
	for (unsigned k = 0; k < 4; k++)
		wr64(w, 0); /* btime, gen, data_version: not in the basic set */
	return 0;
}

static int op_setattr(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)w;
	uint32_t fid = rd32(c), valid = rd32(c), mode = rd32(c), uid = rd32(c), gid = rd32(c);
	uint64_t size = rd64(c);
	uint64_t as = rd64(c), ans = rd64(c), ms = rd64(c), mns = rd64(c);
	if (c->err)
		return EPROTO;
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (s->readonly)
		return EROFS;
	char pp[40];
	proc_path(pp, sizeof(pp), f->fd);
	if (valid & P9_ATTR_MODE) {
		/* chmod through the descriptor's own inode, never a symlink's
		 * target (Linux has no mode on symlinks anyway). */
		if (S_ISLNK(f->type))
			return EOPNOTSUPP;
		if (chmod(pp, mode & (S_ISDIR(f->type) ? 07777 : P9_FILE_MODES)) < 0)
			return errno;
	}
	if (valid & (P9_ATTR_UID | P9_ATTR_GID)) {
		uid_t u = (valid & P9_ATTR_UID) ? (uid_t)uid : (uid_t)-1;
		gid_t g = (valid & P9_ATTR_GID) ? (gid_t)gid : (gid_t)-1;
		if (fchownat(f->fd, "", u, g, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) < 0)
			return errno;
	}
	if (valid & P9_ATTR_SIZE) {
		if (size > INT64_MAX)
			return EFBIG;
		if (!S_ISREG(f->type))
			return S_ISDIR(f->type) ? EISDIR : EINVAL;
		struct stat st;
		uint64_t old = s->quota && fstat(f->fd, &st) == 0 ? (uint64_t)st.st_size : size;
		if (size > old && size - old > (s->used < s->quota ? s->quota - s->used : 0))
			return ENOSPC;
		int r = (f->ofd >= 0 && dotl_writes(f->oflags)) ? ftruncate(f->ofd, (off_t)size)
								: truncate(pp, (off_t)size);
		if (r < 0)
			return errno;
		quota_resized(s, old, size);
	}
	if (valid & (P9_ATTR_ATIME | P9_ATTR_MTIME)) {
		struct timespec ts[2] = {{.tv_nsec = UTIME_OMIT}, {.tv_nsec = UTIME_OMIT}};
		if (valid & P9_ATTR_ATIME)
			ts[0] = (valid & P9_ATTR_ATIME_SET)
				    ? (struct timespec){(time_t)as, (long)(ans % 1000000000)}
				    : (struct timespec){0, UTIME_NOW};
		if (valid & P9_ATTR_MTIME)
			ts[1] = (valid & P9_ATTR_MTIME_SET)
				    ? (struct timespec){(time_t)ms, (long)(mns % 1000000000)}
				    : (struct timespec){0, UTIME_NOW};
		if (utimensat(f->fd, "", ts, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) < 0)
			return errno;
	}
	return 0;
}

static int op_readdir(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	uint64_t off = rd64(c);
	uint32_t count = rd32(c);
	if (c->err)
		return EPROTO;
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (f->ofd < 0 || !S_ISDIR(f->type))
		return EBADF;
	if (off > INT64_MAX)
		return EINVAL;
	size_t room = w->cap - w->pos - 4;
	if (count > room)
		count = (uint32_t)room;
	if (lseek(f->ofd, (off_t)off, SEEK_SET) < 0)
		return errno;
	/* A host dirent is never bigger than its 9P form (24 + name bytes),
	 * so reading `count` bytes of them is enough to fill the reply. */
	size_t want = count < sizeof(s->dirbuf) ? count : sizeof(s->dirbuf);
	if (want < 1024)
		want = 1024;
	long n = syscall(SYS_getdents64, f->ofd, s->dirbuf, want);
	if (n < 0)
		return errno;
	size_t cpos = w->pos;
	wr32(w, 0);
	uint32_t used = 0;
	for (long k = 0; k < n;) {
		const uint8_t *d = s->dirbuf + k;
		uint64_t ino, doff;
		uint16_t reclen;
		memcpy(&ino, d, 8);
		memcpy(&doff, d + 8, 8);
		memcpy(&reclen, d + 16, 2);
		if (reclen < 20 || (long)reclen > n - k)
			break;
		uint8_t dtype = d[18];
		const char *name = (const char *)d + 19;
		size_t nl = strnlen(name, reclen - 19u);
		size_t need = 13 + 8 + 1 + 2 + nl;
		if (used + need > count)
			break;
		wr8(w, dtype == DT_DIR ? P9_QTDIR : dtype == DT_LNK ? P9_QTSYMLINK : 0);
		wr32(w, 0);
		wr64(w, ino);
		wr64(w, doff);
		wr8(w, dtype);
		wr_str(w, name, nl);
		used += (uint32_t)need;
		k += reclen;
	}
	for (unsigned b = 0; b < 4; b++)
		w->p[cpos + b] = (uint8_t)(used >> (8 * b));
	return 0;
}

static int op_read(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	uint64_t off = rd64(c);
	uint32_t count = rd32(c);
	if (c->err)
		return EPROTO;
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (f->ofd < 0 || (f->oflags & P9_DOTL_ACCMODE) == 1)
		return EBADF;
	if (off > INT64_MAX)
		return EINVAL;
	size_t room = w->cap - w->pos - 4;
	if (count > room)
		count = (uint32_t)room;
	ssize_t n;
	do
		n = pread(f->ofd, w->p + w->pos + 4, count, (off_t)off);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return errno;
	wr32(w, (uint32_t)n);
	w->pos += (size_t)n;
	return 0;
}

static int op_write(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	uint64_t off = rd64(c);
	uint32_t count = rd32(c);
	const uint8_t *data = rd_take(c, count);
	if (c->err)
		return EPROTO;
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (s->readonly)
		return EROFS;
	if (f->ofd < 0 || (f->oflags & P9_DOTL_ACCMODE) == 0 || (f->oflags & 3) == 3)
		return EBADF;
	if (off > INT64_MAX)
		return EINVAL;
	struct stat st;
	uint64_t old = 0;
	if (s->quota && fstat(f->ofd, &st) == 0 && S_ISREG(st.st_mode)) {
		old = (uint64_t)st.st_size;
		/* A write past the quota is cut short where it ends, and one
		 * that cannot add a byte fails, as on a full disk. */
		uint64_t room = s->used < s->quota ? s->quota - s->used : 0;
		if ((f->oflags & P9_DOTL_APPEND) && off < old)
			off = old;
		if (off + count > old + room) {
			if (off >= old + room)
				return ENOSPC;
			count = (uint32_t)(old + room - off);
		}
	} else {
		st.st_mode = 0;
	}
	ssize_t n;
	do
		n = pwrite(f->ofd, data, count, (off_t)off);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return errno;
	if (S_ISREG(st.st_mode) && off + (uint64_t)n > old)
		s->used += off + (uint64_t)n - old;
	wr32(w, (uint32_t)n);
	return 0;
}

static int op_clunk(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)w;
	uint32_t fid = rd32(c);
	if (c->err)
		return EPROTO;
	unsigned idx;
	if (!fid_find(s, fid, &idx))
		return EBADF;
	fid_remove(s, idx);
	return 0;
}

/* The parent directory of f and f's name in it, checked to still be f's
 * object (Tremove, Trename work on a fid rather than a name). */
static int parent_of(struct p9_server *s, struct p9_fid *f, int *pfd, const char **last)
{
	if (!f->path[0])
		return EBUSY; /* the root */
	char *pp = path_parent(f->path, last);
	if (!pp)
		return ENOMEM;
	*pfd = open_path(s, pp);
	int e = errno;
	free(pp);
	if (*pfd < 0)
		return e;
	struct stat a, b;
	if (fstatat(*pfd, *last, &a, AT_SYMLINK_NOFOLLOW) < 0 || fstat(f->fd, &b) < 0 ||
	    a.st_ino != b.st_ino || a.st_dev != b.st_dev) {
		close(*pfd);
		return ESTALE;
	}
	return 0;
}

static int op_remove(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)w;
	uint32_t fid = rd32(c);
	if (c->err)
		return EPROTO;
	unsigned idx;
	struct p9_fid *f = fid_find(s, fid, &idx);
	if (!f)
		return EBADF;
	int e = f->fd < 0 ? EBADF : s->readonly ? EROFS : 0, pfd = -1;
	const char *last;
	if (!e)
		e = parent_of(s, f, &pfd, &last);
	if (!e) {
		uint64_t freed = quota_freed_by(s, pfd, last);
		if (unlinkat(pfd, last, S_ISDIR(f->type) ? AT_REMOVEDIR : 0) < 0)
			e = errno;
		else
			quota_resized(s, freed, 0);
		close(pfd);
	}
	fid_remove(s, idx); /* Tremove clunks even when it fails */
	return e;
}

static int op_statfs(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	if (c->err)
		return EPROTO;
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	struct statfs sf;
	if (fstatfs(f->fd, &sf) < 0)
		return errno;
	uint64_t fsid;
	memcpy(&fsid, &sf.f_fsid, sizeof(fsid));
	wr32(w, (uint32_t)sf.f_type);
	wr32(w, (uint32_t)sf.f_bsize);
	wr64(w, sf.f_blocks);
	wr64(w, sf.f_bfree);
	wr64(w, sf.f_bavail);
	wr64(w, sf.f_files);
	wr64(w, sf.f_ffree);
	wr64(w, fsid);
	wr32(w, (uint32_t)sf.f_namelen);
	return 0;
}

static int op_fsync(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)w;
	uint32_t fid = rd32(c);
	if (c->err)
		return EPROTO;
	/* datasync[4] was added later: optional. */
	uint32_t datasync = c->len - c->pos >= 4 ? rd32(c) : 0;
	int e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (f->ofd < 0)
		return EBADF;
	if ((datasync ? fdatasync(f->ofd) : fsync(f->ofd)) < 0)
		return errno;
	return 0;
}

/* Locks are advisory between clients of this one server, which has one
 * client: granting every request is exact. */
static int op_lock(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	rd8(c);
	rd32(c);
	rd64(c);
	rd64(c);
	rd32(c);
	uint16_t n;
	rd_str(c, &n);
	if (c->err)
		return EPROTO;
	int e;
	if (!fid_get(s, fid, &e))
		return e;
	wr8(w, 0); /* P9_LOCK_SUCCESS */
	return 0;
}

static int op_getlock(struct p9_server *s, struct rd *c, struct wr *w)
{
	uint32_t fid = rd32(c);
	rd8(c);
	uint64_t start = rd64(c), len = rd64(c);
	uint32_t pid = rd32(c);
	uint16_t n;
	const char *id = rd_str(c, &n);
	if (c->err)
		return EPROTO;
	int e;
	if (!fid_get(s, fid, &e))
		return e;
	if (n > 128)
		return EINVAL;
	wr8(w, 2); /* P9_LOCK_TYPE_UNLCK: nothing conflicts */
	wr64(w, start);
	wr64(w, len);
	wr32(w, pid);
	wr_str(w, id, n);
	return 0;
}

static int op_link(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)w;
	uint32_t dfid = rd32(c), fid = rd32(c);
	int e = get_name(c, s->name1, sizeof(s->name1));
	if (c->err)
		return EPROTO;
	if (e)
		return e;
	struct p9_fid *d = dir_get(s, dfid, &e);
	if (!d)
		return e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	if (S_ISDIR(f->type))
		return EPERM;
	if (linkat(f->fd, "", d->fd, s->name1, AT_EMPTY_PATH) == 0)
		return 0;
	/* AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH; the /proc link names the
	 * same inode (never a symlink's target: those are refused). */
	if ((errno != ENOENT && errno != EPERM) || S_ISLNK(f->type))
		return errno;
	char pp[40];
	proc_path(pp, sizeof(pp), f->fd);
	if (linkat(AT_FDCWD, pp, d->fd, s->name1, AT_SYMLINK_FOLLOW) < 0)
		return errno;
	return 0;
}

static int op_renameat(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)w;
	uint32_t ofid = rd32(c);
	int e1 = get_name(c, s->name1, sizeof(s->name1));
	uint32_t nfid = rd32(c);
	int e2 = get_name(c, s->name2, sizeof(s->name2));
	if (c->err)
		return EPROTO;
	if (e1 || e2)
		return e1 ? e1 : e2;
	int e;
	struct p9_fid *od = dir_get(s, ofid, &e);
	if (!od)
		return e;
	struct p9_fid *nd = dir_get(s, nfid, &e);
	if (!nd)
		return e;
	uint64_t freed = quota_freed_by(s, nd->fd, s->name2); /* a replaced file */
	if (renameat(od->fd, s->name1, nd->fd, s->name2) < 0)
		return errno;
	quota_resized(s, freed, 0);
	char *from = path_join(od->path, s->name1), *to = path_join(nd->path, s->name2);
	if (from && to)
		fids_renamed(s, from, to);
	free(from);
	free(to);
	return 0;
}

static int op_rename(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)w;
	uint32_t fid = rd32(c), dfid = rd32(c);
	int e = get_name(c, s->name1, sizeof(s->name1));
	if (c->err)
		return EPROTO;
	if (e)
		return e;
	struct p9_fid *f = fid_get(s, fid, &e);
	if (!f)
		return e;
	struct p9_fid *d = dir_get(s, dfid, &e);
	if (!d)
		return e;
	int pfd;
	const char *last;
	if ((e = parent_of(s, f, &pfd, &last)))
		return e;
	uint64_t freed = quota_freed_by(s, d->fd, s->name1); /* a replaced file */
	int r = renameat(pfd, last, d->fd, s->name1);
	e = errno;
	close(pfd);
	if (r < 0)
		return e;
	quota_resized(s, freed, 0);
	char *from = strdup(f->path), *to = path_join(d->path, s->name1);
	if (from && to)
		fids_renamed(s, from, to);
	free(from);
	free(to);
	return 0;
}

static int op_unlinkat(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)w;
	uint32_t fid = rd32(c);
	int e = get_name(c, s->name1, sizeof(s->name1));
	uint32_t fl = rd32(c);
	if (c->err)
		return EPROTO;
	if (e)
		return e;
	struct p9_fid *d = dir_get(s, fid, &e);
	if (!d)
		return e;
	uint64_t freed = quota_freed_by(s, d->fd, s->name1);
	if (unlinkat(d->fd, s->name1, (fl & P9_DOTL_AT_REMOVEDIR) ? AT_REMOVEDIR : 0) < 0)
		return errno;
	quota_resized(s, freed, 0);
	return 0;
}

static int op_flush(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)s;
	(void)w;
	rd16(c); /* oldtag: requests complete in order, nothing is pending */
	return c->err ? EPROTO : 0;
}

static int op_xattr(struct p9_server *s, struct rd *c, struct wr *w)
{
	(void)s;
	(void)c;
	(void)w;
	return EOPNOTSUPP;
}

typedef int (*p9_op)(struct p9_server *s, struct rd *c, struct wr *w);

static p9_op op_for(uint8_t type)
{
	switch (type) {
	case P9_TVERSION:
		return op_version;
	case P9_TATTACH:
		return op_attach;
	case P9_TWALK:
		return op_walk;
	case P9_TLOPEN:
		return op_lopen;
	case P9_TLCREATE:
		return op_lcreate;
	case P9_TSYMLINK:
		return op_symlink;
	case P9_TMKNOD:
		return op_mknod;
	case P9_TMKDIR:
		return op_mkdir;
	case P9_TREADLINK:
		return op_readlink;
	case P9_TGETATTR:
		return op_getattr;
	case P9_TSETATTR:
		return op_setattr;
	case P9_TREADDIR:
		return op_readdir;
	case P9_TREAD:
		return op_read;
	case P9_TWRITE:
		return op_write;
	case P9_TCLUNK:
		return op_clunk;
	case P9_TREMOVE:
		return op_remove;
	case P9_TSTATFS:
		return op_statfs;
	case P9_TFSYNC:
		return op_fsync;
	case P9_TLOCK:
		return op_lock;
	case P9_TGETLOCK:
		return op_getlock;
	case P9_TLINK:
		return op_link;
	case P9_TRENAMEAT:
		return op_renameat;
	case P9_TRENAME:
		return op_rename;
	case P9_TUNLINKAT:
		return op_unlinkat;
	case P9_TFLUSH:
		return op_flush;
	case P9_TXATTRWALK:
	case P9_TXATTRCREATE:
		return op_xattr;
	default:
		return NULL;
	}
}

/* The body size of a successful reply to `type` without its variable
 * part (at least an Rlerror's 4). */
static size_t reply_fixed(uint8_t type)
{
	switch (type) {
	case P9_TLOPEN:
	case P9_TLCREATE:
		return 13 + 4;
	case P9_TSYMLINK:
	case P9_TMKNOD:
	case P9_TMKDIR:
	case P9_TATTACH:
		return 13;
	case P9_TGETATTR:
		return 8 + 13 + 3 * 4 + 15 * 8;
	case P9_TSTATFS:
		return 2 * 4 + 6 * 8 + 4;
	case P9_TVERSION:
		return 4 + 2 + 8;
	case P9_TGETLOCK:
		return 1 + 8 + 8 + 4 + 2;
	case P9_TXATTRWALK:
		return 8;
	default:
		return 4;
	}
}

static size_t lerror(uint8_t *out, uint16_t tag, uint32_t ecode)
{
	struct wr w = {.p = out, .cap = 11};
	wr32(&w, 11);
	wr8(&w, P9_RLERROR);
	wr16(&w, tag);
	wr32(&w, ecode);
	return 11;
}

size_t p9_server_handle(struct p9_server *s, const uint8_t *in, size_t inlen, uint8_t *out,
			size_t outcap)
{
	struct rd c = {.p = in, .len = inlen};
	uint32_t size = rd32(&c);
	uint8_t type = rd8(&c);
	uint16_t tag = rd16(&c);
	if (c.err)
		return lerror(out, P9_NOTAG, EPROTO);
	if (size < P9_HDR || size > inlen)
		return lerror(out, tag, EPROTO);
	/* Before Tversion the limit is the largest one: Tversion itself is
	 * checked against P9_MAX_MSIZE. */
	if (size > s->msize && type != P9_TVERSION)
		return lerror(out, tag, EMSGSIZE);
	c.len = size;
	if (outcap > s->msize && type != P9_TVERSION)
		outcap = s->msize;
	p9_op op = op_for(type);
	if (!op)
		return lerror(out, tag, EOPNOTSUPP);
	/* Linux sizes each reply buffer to its reply (Rwalk to its qids,
	 * Rread to its count). A request whose fixed reply cannot fit is
	 * refused before it does anything; the variable ones check their own
	 * room (Twalk) or have no side effects (Treadlink, Tgetlock). */
	if (outcap < P9_HDR + reply_fixed(type))
		return lerror(out, tag, EMSGSIZE);
	struct wr w = {.p = out, .cap = outcap, .pos = P9_HDR};
	int e = op(s, &c, &w);
	if (!e && w.err)
		e = EMSGSIZE;
	if (e)
		return lerror(out, tag, (uint32_t)e);
	size_t len = w.pos;
	w.pos = 0;
	wr32(&w, (uint32_t)len);
	wr8(&w, (uint8_t)(type + 1));
	wr16(&w, tag);
	return len;
}

uint32_t p9_server_msize(const struct p9_server *s)
{
	return s->msize;
}

int p9_root_open(const char *root, char *err, size_t errlen)
{
	int fd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		snprintf(err, errlen, "%s: %s", root,
			 errno == ENOTDIR ? "not a directory" : strerror(errno));
	return fd;
}

struct p9_server *p9_server_new_at(int rootfd, bool own_root, bool readonly, char *err,
				   size_t errlen)
{
	struct p9_server *s = calloc(1, sizeof(*s));
	if (!s) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	s->rootfd = rootfd;
	s->own_root = own_root;
	s->readonly = readonly;
	s->msize = P9_MAX_MSIZE;
	s->max_held = fd_budget_device_share();
	return s;
}

/* The apparent sizes of the regular files beneath dirfd (which it
 * closes), symlinks not followed, at most depth levels down. */
static uint64_t tree_size(int dirfd, int depth)
{
	DIR *d = fdopendir(dirfd);
	if (!d) {
		close(dirfd);
		return 0;
	}
	uint64_t sum = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		struct stat st;
		if (fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			continue;
		if (S_ISREG(st.st_mode)) {
			sum += (uint64_t)st.st_size;
		} else if (S_ISDIR(st.st_mode) && depth > 0) {
			int sub = openat(dirfd, e->d_name,
					 O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (sub >= 0)
				sum += tree_size(sub, depth - 1);
		}
	}
	closedir(d);
	return sum;
}

uint64_t p9_server_set_quota(struct p9_server *s, uint64_t quota)
{
	s->quota = quota;
	s->used = 0;
	int fd = quota ? openat(s->rootfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	if (fd >= 0)
		s->used = tree_size(fd, 64);
	return s->used;
}

struct p9_server *p9_server_new(const char *root, bool readonly, char *err, size_t errlen)
{
	int fd = p9_root_open(root, err, errlen);
	if (fd < 0)
		return NULL;
	struct p9_server *s = p9_server_new_at(fd, true, readonly, err, errlen);
	if (!s)
		close(fd);
	return s;
}

void p9_server_reset(struct p9_server *s)
{
	while (s->nfids)
		fid_remove(s, s->nfids - 1);
	s->msize = P9_MAX_MSIZE;
}

void p9_server_free(struct p9_server *s)
{
	if (!s)
		return;
	p9_server_reset(s);
	free(s->fids);
	if (s->own_root)
		close(s->rootfd);
	free(s);
}

/* --- State ---
 * Payload v1: u32 msize, u32 nfids, then per fid: u32 id, u8 flags (bit 0
 * dead, bit 1 open), u32 open flags (P9_DOTL_*), u32 path length, path. */
#define FID_DEAD 1
#define FID_OPEN 2

int p9_server_save(struct p9_server *s, struct ss_writer *w)
{
	ss_put_u32(w, s->msize);
	ss_put_u32(w, s->nfids);
	for (unsigned k = 0; k < s->nfids; k++) {
		const struct p9_fid *f = s->fids[k];
		ss_put_u32(w, f->id);
		ss_put_u8(w, (f->fd < 0 ? FID_DEAD : 0) | (f->ofd >= 0 ? FID_OPEN : 0));
		ss_put_u32(w, f->oflags);
		size_t n = strlen(f->path);
		ss_put_u32(w, (uint32_t)n);
		ss_put_bytes(w, f->path, n);
	}
	return w->failed ? -1 : 0;
}

/* Re-create a saved fid confined; a path that no longer resolves (or is
 * no longer openable the same way) leaves a dead fid. */
static void fid_restore(struct p9_server *s, uint32_t id, uint8_t flags, uint32_t oflags,
			char *path)
{
	int fd = (flags & FID_DEAD) ? -1 : open_path(s, path);
	struct stat st = {0};
	/* Beyond the budget (a smaller limit than when saved), dead too. */
	if (fd >= 0 && (st_of(fd, &st) || !held_room(s))) {
		close(fd);
		fd = -1;
	}
	if (fid_add(s, id, fd, st.st_mode & S_IFMT, path))
		return;
	struct p9_fid *f = s->fids[s->nfids - 1];
	if (f->fd < 0 || !(flags & FID_OPEN))
		return;
	int hflags = dotl_to_host(oflags) & ~O_TRUNC;
	if (s->readonly)
		hflags &= ~(O_WRONLY | O_RDWR);
	int ofd = held_take(s, reopen(f, hflags));
	if (ofd < 0) {
		held_close(s, &f->fd);
		return;
	}
	f->ofd = ofd;
	f->oflags = oflags;
}

int p9_server_load(struct p9_server *s, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	uint32_t msize = ss_get_u32(r), n = ss_get_u32(r);
	if (r->error || msize < P9_MIN_MSIZE || msize > P9_MAX_MSIZE || n > P9_MAX_FIDS) {
		snprintf(err, errlen, "virtio-9p state: bad msize %u or fid count %u", msize, n);
		return -1;
	}
	if (apply)
		p9_server_reset(s);
	size_t start = r->pos;
	for (uint32_t k = 0; k < n; k++) {
		uint32_t id = ss_get_u32(r);
		uint8_t flags = ss_get_u8(r);
		uint32_t oflags = ss_get_u32(r), plen = ss_get_u32(r);
		if (r->error || plen > 4096 || plen > r->len - r->pos || flags > 3) {
			snprintf(err, errlen, "virtio-9p state: fid %u is malformed", k);
			return -1;
		}
		const char *p = (const char *)r->p + r->pos;
		r->pos += plen;
		if (!path_valid(p, plen)) {
			snprintf(err, errlen, "virtio-9p state: fid %u has a bad path", id);
			return -1;
		}
		/* Duplicate ids: compare with the ones before (n is bounded). */
		struct ss_reader t = *r;
		t.pos = start;
		for (uint32_t j = 0; j < k; j++) {
			uint32_t other = ss_get_u32(&t);
			t.pos += 1 + 4;
			uint32_t ol = ss_get_u32(&t);
			t.pos += ol;
			if (other == id) {
				snprintf(err, errlen, "virtio-9p state: fid %u appears twice", id);
				return -1;
			}
		}
		if (apply) {
			char *path = strndup(p, plen);
			if (path)
				fid_restore(s, id, flags, oflags, path);
		}
	}
	if (r->error || r->pos != r->len) {
		snprintf(err, errlen, "virtio-9p state is truncated or oversized");
		return -1;
	}
	if (apply)
		s->msize = msize;
	return 0;
}
