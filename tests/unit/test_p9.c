/* The virtio-9p server driven directly with hand-built 9P2000.L messages
 * against a temporary directory: ordinary file work, every way out of the
 * shared root the guest could try (.., symlinks absolute and relative,
 * names with '/', a directory or file swapped for a symlink between walk
 * and use), malformed messages, a read-only share, the fid table's
 * save/load round trip, and a guest holding open more files than its
 * budget of host descriptors (it gets EMFILE; the process keeps its own
 * descriptors). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "p9msg.h"
#include "state/stream.h"
#include "util/fdbudget.h"

static uint8_t rep[P9_MAX_MSIZE];
static size_t rlen;
static struct p9msg m;
static char top[64], root[128], outside[160];

/* Send m; returns 0 for a normal reply or the Rlerror code. */
static uint32_t xfer_cap(struct p9_server *s, size_t cap)
{
	uint8_t type = m.n > 4 ? m.b[4] : 0;
	rlen = p9_server_handle(s, m.b, m.n, rep, cap);
	CHECK(rlen >= 7 && rlen <= cap);
	CHECK_EQ_U64(pm_get32(rep), rlen);
	if (rep[4] == 7)
		return pm_get32(rep + 7);
	CHECK_EQ_U64(rep[4], type + 1);
	return 0;
}
static uint32_t xfer(struct p9_server *s)
{
	return xfer_cap(s, sizeof(rep));
}

static void put_file(const char *dir, const char *name, const char *text)
{
	char p[300];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static char *host_read(const char *rel)
{
	static char buf[4096];
	char p[300];
	snprintf(p, sizeof(p), "%s/%s", root, rel);
	int fd = open(p, O_RDONLY);
	if (fd < 0)
		return NULL;
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n < 0 ? 0 : n] = 0;
	return buf;
}

static bool host_exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

static struct p9_server *start(bool ro)
{
	char err[256];
	struct p9_server *s = p9_server_new(root, ro, err, sizeof(err));
	CHECK(s != NULL);
	pm_version(&m, 65536, "9P2000.L");
	CHECK(xfer(s) == 0);
	pm_attach(&m, 0);
	CHECK(xfer(s) == 0);
	return s;
}

static uint32_t walk(struct p9_server *s, uint32_t fid, uint32_t nfid, unsigned n,
		     const char *const *names)
{
	pm_walk(&m, fid, nfid, n, names);
	return xfer(s);
}
#define WALK(s, fid, nfid, ...)                                                                    \
	walk(s, fid, nfid, sizeof((const char *[]){__VA_ARGS__}) / sizeof(const char *),           \
	     (const char *[]){__VA_ARGS__})

static unsigned nwqid(void)
{
	return rep[7] | rep[8] << 8;
}

static uint64_t qid_path(unsigned k) /* qid k of an Rwalk */
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | rep[9 + 13 * k + 5 + i];
	return v;
}

static bool fid_alive(struct p9_server *s, uint32_t fid)
{
	pm_getattr(&m, fid);
	return xfer(s) == 0;
}

static void test_basic(void)
{
	struct p9_server *s = start(false);
	/* Read a host file. */
	CHECK(WALK(s, 0, 1, "hello") == 0 && nwqid() == 1);
	pm_lopen(&m, 1, 0);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 116, 1, 0, 100, NULL);
	CHECK(xfer(s) == 0);
	CHECK(pm_get32(rep + 7) == 5 && memcmp(rep + 11, "world", 5) == 0);
	/* A read count far above msize is clamped to what fits. */
	pm_rw(&m, 116, 1, 0, 0xffffffffu, NULL);
	CHECK(xfer_cap(s, 300) == 0 && pm_get32(rep + 7) == 5);
	pm_fid(&m, 120, 1);
	CHECK(xfer(s) == 0);
	CHECK(!fid_alive(s, 1));

	/* Create and write a file, the host sees it. */
	CHECK(WALK(s, 0, 2) == 0); /* clone of the root */
	pm_lcreate(&m, 2, "new.txt", 2 /* RDWR */);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 118, 2, 0, 6, "abcdef");
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == 6);
	pm_fid(&m, 50, 2); /* fsync (old form without datasync) */
	CHECK(xfer(s) == 0);
	char *t = host_read("new.txt");
	CHECK(t && strcmp(t, "abcdef") == 0);
	/* Truncate through setattr, getattr sees the size. */
	pm_setattr_size(&m, 2, 0x8, 0, 3);
	CHECK(xfer(s) == 0);
	pm_getattr(&m, 2);
	CHECK(xfer(s) == 0);
	uint64_t size = 0;
	for (int i = 7; i >= 0; i--)
		size = size << 8 | rep[7 + 8 + 13 + 12 + 16 + i];
	CHECK_EQ_U64(size, 3);
	pm_setattr_size(&m, 2, 0x1, 0600, 0); /* chmod */
	CHECK(xfer(s) == 0);
	struct stat st;
	char p[300];
	snprintf(p, sizeof(p), "%s/new.txt", root);
	CHECK(stat(p, &st) == 0 && (st.st_mode & 0777) == 0600);
	/* No set-user/group-ID file: the bits are dropped, the rest kept. */
	pm_setattr_size(&m, 2, 0x1, 06755, 0);
	CHECK(xfer(s) == 0);
	CHECK(stat(p, &st) == 0 && (st.st_mode & 07777) == 0755);
	pm_setattr_size(&m, 2, 0x1, 0600, 0);
	CHECK(xfer(s) == 0);
	CHECK(WALK(s, 0, 20) == 0);
	pm_begin(&m, 14);
	pm_le(&m, 20, 4);
	pm_str(&m, "suid");
	pm_le(&m, 2 | 0100, 4);
	pm_le(&m, 06755, 4);
	pm_le(&m, 0, 4);
	pm_end(&m);
	CHECK(xfer(s) == 0);
	pm_fid(&m, 120, 20);
	CHECK(xfer(s) == 0);
	snprintf(p, sizeof(p), "%s/suid", root);
	CHECK(stat(p, &st) == 0 && (st.st_mode & 07777) == 0755);
	unlink(p);
	snprintf(p, sizeof(p), "%s/new.txt", root);

	/* mkdir, rename, readdir, symlink, readlink, link, unlink. */
	pm_mkdir(&m, 0, "dir");
	CHECK(xfer(s) == 0);
	pm_renameat(&m, 0, "new.txt", 0, "renamed.txt");
	CHECK(xfer(s) == 0);
	CHECK(host_read("renamed.txt") != NULL && host_read("new.txt") == NULL);
	CHECK(WALK(s, 0, 3, "dir") == 0);
	pm_rename(&m, 2, 3, "moved.txt"); /* fid 2 is renamed.txt */
	CHECK(xfer(s) == 0);
	t = host_read("dir/moved.txt");
	CHECK(t && strcmp(t, "abc") == 0);
	pm_symlink(&m, 3, "ln", "../../anything");
	CHECK(xfer(s) == 0);
	CHECK(WALK(s, 3, 4, "ln") == 0 && rep[9] == 0x02);
	pm_fid(&m, 22, 4);
	CHECK(xfer(s) == 0);
	CHECK(rep[7] == 14 && memcmp(rep + 9, "../../anything", 14) == 0);
	CHECK(WALK(s, 3, 5, "moved.txt") == 0);
	pm_link(&m, 0, 5, "hardlink");
	CHECK(xfer(s) == 0);
	t = host_read("hardlink");
	CHECK(t && strcmp(t, "abc") == 0);
	CHECK(WALK(s, 0, 6) == 0);
	pm_lopen(&m, 6, 0);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 40, 6, 0, 8000, NULL); /* readdir */
	CHECK(xfer(s) == 0);
	uint32_t cnt = pm_get32(rep + 7);
	CHECK(cnt > 0 && cnt + 11 == rlen);
	bool saw_hello = false, saw_dir = false;
	uint64_t last_off = 0;
	for (size_t o = 11; o + 24 <= rlen;) {
		unsigned nl = rep[o + 22] | rep[o + 23] << 8;
		if (nl == 5 && memcmp(rep + o + 24, "hello", 5) == 0)
			saw_hello = true;
		if (nl == 3 && memcmp(rep + o + 24, "dir", 3) == 0)
			saw_dir = rep[o] == 0x80;
		memcpy(&last_off, rep + o + 13, 8);
		o += 24 + nl;
	}
	CHECK(saw_hello && saw_dir);
	pm_rw(&m, 40, 6, last_off, 8000, NULL); /* past the end: empty */
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == 0);
	pm_unlinkat(&m, 0, "hardlink", 0);
	CHECK(xfer(s) == 0 && host_read("hardlink") == NULL);
	pm_fid(&m, 122, 5); /* Tremove dir/moved.txt */
	CHECK(xfer(s) == 0 && host_read("dir/moved.txt") == NULL && !fid_alive(s, 5));
	pm_unlinkat(&m, 3, "ln", 0);
	CHECK(xfer(s) == 0);
	pm_unlinkat(&m, 0, "dir", 0x200);
	CHECK(xfer(s) == 0);
	pm_fid(&m, 8, 0); /* statfs */
	CHECK(xfer(s) == 0 && rlen == 7 + 60);
	/* Unknown types, xattrs, flush, locks. */
	pm_begin(&m, 200);
	pm_end(&m);
	CHECK(xfer(s) == EOPNOTSUPP);
	pm_begin(&m, 30);
	pm_le(&m, 0, 4);
	pm_le(&m, 9, 4);
	pm_str(&m, "user.x");
	pm_end(&m);
	CHECK(xfer(s) == EOPNOTSUPP);
	pm_begin(&m, 108);
	pm_le(&m, 5, 2);
	pm_end(&m);
	CHECK(xfer(s) == 0);
	pm_begin(&m, 52);
	pm_le(&m, 0, 4);
	pm_le(&m, 0, 1);
	pm_le(&m, 0, 4);
	pm_le(&m, 0, 8);
	pm_le(&m, 0, 8);
	pm_le(&m, 1, 4);
	pm_str(&m, "c");
	pm_end(&m);
	CHECK(xfer(s) == 0 && rep[7] == 0);
	p9_server_free(s);
}

/* Nothing may appear in, or vanish from, the directory outside. */
static void check_outside_untouched(void)
{
	char p[300];
	snprintf(p, sizeof(p), "%s/secret", outside);
	CHECK(host_exists(p));
	static const char *const names[] = {"x", "evil", "new", "d", "l", "h", "r"};
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
		snprintf(p, sizeof(p), "%s/%s", outside, names[k]);
		CHECK(!host_exists(p));
	}
	snprintf(p, sizeof(p), "%s/p9-escape-test", outside);
	CHECK(!host_exists(p));
}

static void test_escapes(void)
{
	struct p9_server *s = start(false);
	char p[300];
	/* ".." at the root is the root. */
	CHECK(WALK(s, 0, 1) == 0);
	CHECK(WALK(s, 0, 2, "..") == 0 && nwqid() == 1);
	struct stat rs;
	CHECK(stat(root, &rs) == 0);
	CHECK_EQ_U64(qid_path(0), rs.st_ino);
	CHECK(WALK(s, 0, 3, "..", "..", "..") == 0 && nwqid() == 3);
	CHECK_EQ_U64(qid_path(2), rs.st_ino);
	/* ".." past the root then a name that exists only outside. */
	CHECK(WALK(s, 0, 4, "..", "outside", "secret") == 0 && nwqid() == 1);
	CHECK(!fid_alive(s, 4)); /* a partial walk creates no fid */
	CHECK(WALK(s, 0, 4, "sub", "..", "..", "outside") == 0 && nwqid() == 3);
	CHECK(!fid_alive(s, 4));

	/* Symlinks to outside, absolute and relative, used as directories. */
	static const char *const links[] = {"abs", "rel", "up"};
	for (size_t k = 0; k < 3; k++) {
		CHECK(WALK(s, 0, 5, links[k], "secret") == 0 && nwqid() == 1);
		CHECK(!fid_alive(s, 5));
		CHECK(WALK(s, 0, 5, links[k], "secret", "x") == 0 && nwqid() == 1);
		CHECK(!fid_alive(s, 5));
		/* The link itself is a fid, but never opened or followed. */
		CHECK(WALK(s, 0, 5, links[k]) == 0 && rep[9] == 0x02);
		pm_lopen(&m, 5, 0);
		CHECK(xfer(s) == ELOOP);
		pm_lopen(&m, 5, 0200000); /* O_DIRECTORY */
		CHECK(xfer(s) == ELOOP);
		pm_lcreate(&m, 5, "x", 2);
		CHECK(xfer(s) == ENOTDIR);
		pm_mkdir(&m, 5, "d");
		CHECK(xfer(s) == ENOTDIR);
		pm_symlink(&m, 5, "l", "x");
		CHECK(xfer(s) == ENOTDIR);
		pm_renameat(&m, 0, "hello", 5, "r");
		CHECK(xfer(s) == ENOTDIR);
		pm_setattr_size(&m, 5, 0x1, 0777, 0);
		CHECK(xfer(s) == EOPNOTSUPP);
		pm_setattr_size(&m, 5, 0x8, 0, 0);
		CHECK(xfer(s) == EINVAL);
		CHECK(WALK(s, 5, 6, "secret") == ENOTDIR);
		pm_fid(&m, 120, 5);
		CHECK(xfer(s) == 0);
	}
	/* A symlink in the middle of the chain to a file outside. */
	CHECK(WALK(s, 0, 5, "sub", "fileln") == 0 && rep[9 + 13] == 0x02);
	pm_lopen(&m, 5, 0);
	CHECK(xfer(s) == ELOOP);
	pm_fid(&m, 120, 5);
	xfer(s);

	/* Names that are not one component. */
	/* Absolute bait names point into the test's own "outside" directory,
	 * never at real host files: a confinement regression must only ever
	 * damage the test's temporary tree (this test runs as root in CI). */
	char abs_bait[200];
	snprintf(abs_bait, sizeof(abs_bait), "%s/secret", outside);
	const char *const bad[] = {"../x", "a/b",    "..", ".",
				   "",	   abs_bait, "x/", "../outside/secret"};
	for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		bool dotdot = strcmp(bad[k], "..") == 0;
		if (!dotdot) {
			CHECK(WALK(s, 0, 7, bad[k]) == EINVAL);
			CHECK(!fid_alive(s, 7));
		}
		CHECK(WALK(s, 0, 7, "sub") == 0);
		pm_lcreate(&m, 7, bad[k], 2);
		CHECK(xfer(s) == EINVAL);
		pm_mkdir(&m, 0, bad[k]);
		CHECK(xfer(s) == EINVAL);
		pm_symlink(&m, 0, bad[k], "x");
		CHECK(xfer(s) == EINVAL);
		CHECK(WALK(s, 0, 8, "hello") == 0);
		pm_link(&m, 0, 8, bad[k]);
		CHECK(xfer(s) == EINVAL);
		pm_renameat(&m, 0, "hello", 0, bad[k]);
		CHECK(xfer(s) == EINVAL);
		pm_renameat(&m, 0, bad[k], 0, "r");
		CHECK(xfer(s) == EINVAL);
		pm_rename(&m, 8, 0, bad[k]);
		CHECK(xfer(s) == EINVAL);
		pm_unlinkat(&m, 0, bad[k], 0);
		CHECK(xfer(s) == EINVAL);
		pm_fid(&m, 120, 7);
		xfer(s);
		pm_fid(&m, 120, 8);
		xfer(s);
	}
	/* A name with a NUL inside ("x\0/../..") is refused too. */
	pm_begin(&m, 72);
	pm_le(&m, 0, 4);
	pm_le(&m, 4, 2);
	memcpy(m.b + m.n, "x\0..", 4);
	m.n += 4;
	pm_le(&m, 0755, 4);
	pm_le(&m, 0, 4);
	pm_end(&m);
	CHECK(xfer(s) == EINVAL);
	CHECK(host_read("hello") != NULL);
	check_outside_untouched();

	/* Races, made deterministic by swapping between two requests. A
	 * directory walked to, then replaced by a symlink to a directory outside: creating
	 * in it lands in the original directory, never outside. */
	CHECK(WALK(s, 0, 10, "race") == 0);
	char a[300], b[300];
	snprintf(a, sizeof(a), "%s/race", root);
	snprintf(b, sizeof(b), "%s/race.old", root);
	CHECK(rename(a, b) == 0 && symlink(outside, a) == 0);
	pm_lcreate(&m, 10, "p9-escape-test", 2);
	CHECK(xfer(s) == 0);
	snprintf(p, sizeof(p), "%s/race.old/p9-escape-test", root);
	CHECK(host_exists(p));
	snprintf(p, sizeof(p), "%s/p9-escape-test", outside);
	CHECK(!host_exists(p));
	/* A new walk through the swapped name stops at the symlink. */
	CHECK(WALK(s, 0, 11, "race", "secret") == 0 && nwqid() == 1);
	CHECK(!fid_alive(s, 11));
	/* A directory fid opened after the swap lists the original. */
	CHECK(WALK(s, 0, 11, "race.old") == 0);
	CHECK(rename(b, a) != 0 || 1); /* (race is a symlink now: no-op check) */
	/* A file walked to, then replaced by a symlink to a file outside:
	 * Tlopen opens the original file, not the symlink's target. */
	CHECK(WALK(s, 0, 12, "victim") == 0);
	snprintf(a, sizeof(a), "%s/victim", root);
	snprintf(b, sizeof(b), "%s/victim.old", root);
	snprintf(p, sizeof(p), "%s/secret", outside);
	CHECK(rename(a, b) == 0 && symlink(p, a) == 0);
	pm_lopen(&m, 12, 0);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 116, 12, 0, 100, NULL);
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == 6 && memcmp(rep + 11, "victim", 6) == 0);
	/* Tremove/Trename of a fid whose name now is a symlink to outside:
	 * refused (ESTALE), the symlink and its target stay. */
	CHECK(WALK(s, 0, 13, "victim2") == 0);
	snprintf(a, sizeof(a), "%s/victim2", root);
	CHECK(unlink(a) == 0 && symlink(p, a) == 0);
	pm_rename(&m, 13, 0, "r2");
	CHECK(xfer(s) == ESTALE);
	pm_setattr_size(&m, 13, 0x8, 0, 0); /* truncates the unlinked original */
	CHECK(xfer(s) == 0);
	pm_fid(&m, 122, 13);
	CHECK(xfer(s) == ESTALE);
	CHECK(host_exists(a) && host_exists(p));
	char *t = host_read("../outside/secret");
	CHECK(t && strcmp(t, "secret") == 0);
	check_outside_untouched();
	p9_server_free(s);
}

static void test_malformed(void)
{
	struct p9_server *s = start(false);
	/* Short messages: no tag to answer, an Rlerror anyway. */
	for (size_t n = 0; n < 7; n++) {
		uint8_t b[7] = {7, 0, 0, 0, 110, 1, 0};
		rlen = p9_server_handle(s, b, n, rep, sizeof(rep));
		CHECK(rlen == 11 && rep[4] == 7 && pm_get32(rep + 7) == EPROTO);
	}
	/* Size field larger or smaller than the buffer. */
	pm_fid(&m, 120, 0);
	m.b[0] = 200;
	CHECK(xfer(s) == EPROTO);
	pm_fid(&m, 120, 0);
	m.b[0] = 3;
	CHECK(xfer(s) == EPROTO);
	pm_fid(&m, 120, 0);
	m.b[0] = 9; /* truncated fid */
	CHECK(xfer(s) == EPROTO);
	/* A string length past the end of the message. */
	pm_walk(&m, 0, 1, 1, (const char *[]){"hello"});
	m.b[17] = 0xff; /* first name's length, low byte */
	CHECK(xfer(s) == EPROTO);
	CHECK(!fid_alive(s, 1));
	pm_walk(&m, 0, 1, 2, (const char *[]){"sub", "f"});
	m.n -= 1; /* the last name is one byte short */
	pm_end(&m);
	CHECK(xfer(s) == EPROTO);
	/* Too many names, unknown fids, duplicate fids. */
	static const char *const many[17] = {"a", "a", "a", "a", "a", "a", "a", "a", "a",
					     "a", "a", "a", "a", "a", "a", "a", "a"};
	CHECK(walk(s, 0, 1, 17, many) == EINVAL);
	CHECK(WALK(s, 77, 1, "hello") == EBADF);
	pm_fid(&m, 120, 77);
	CHECK(xfer(s) == EBADF);
	pm_rw(&m, 116, 77, 0, 10, NULL);
	CHECK(xfer(s) == EBADF);
	pm_attach(&m, 0);
	CHECK(xfer(s) == EBADF);
	CHECK(WALK(s, 0, 1, "hello") == 0);
	CHECK(WALK(s, 0, 1, "sub") == EBADF); /* newfid in use */
	pm_rw(&m, 116, 1, 0, 10, NULL);	      /* not open */
	CHECK(xfer(s) == EBADF);
	pm_lopen(&m, 1, 0);
	CHECK(xfer(s) == 0);
	pm_lopen(&m, 1, 0);
	CHECK(xfer(s) == EBADF);	 /* already open */
	pm_rw(&m, 118, 1, 0, 4, "abcd"); /* opened read-only */
	CHECK(xfer(s) == EBADF);
	/* Twrite count larger than the data sent. */
	CHECK(WALK(s, 0, 2) == 0);
	pm_lcreate(&m, 2, "w", 2);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 118, 2, 0, 4, "abcd");
	m.b[7 + 4 + 8] = 200;
	CHECK(xfer(s) == EPROTO);
	pm_rw(&m, 118, 2, (uint64_t)1 << 63, 4, "abcd");
	CHECK(xfer(s) == EINVAL);
	/* Too small a reply buffer: Rlerror, nothing done. */
	CHECK(WALK(s, 0, 3, "sub") == 0);
	pm_walk(&m, 0, 4, 1, (const char *[]){"sub"});
	CHECK(xfer_cap(s, 11) == EMSGSIZE);
	CHECK(!fid_alive(s, 4));
	pm_walk(&m, 0, 4, 1, (const char *[]){"sub"});
	CHECK(xfer_cap(s, 7 + 2 + 13 - 1) == EMSGSIZE);
	CHECK(!fid_alive(s, 4));
	pm_walk(&m, 0, 4, 1, (const char *[]){"sub"});
	/* Linux's reply buffers are exactly the reply's size: Rwalk with its
	 * qids, Rread with its count, Rgetattr 160 bytes. */
	CHECK(xfer_cap(s, 7 + 2 + 13) == 0 && rlen == 22 && fid_alive(s, 4));
	pm_getattr(&m, 4);
	CHECK(xfer_cap(s, 159) == EMSGSIZE);
	CHECK(xfer_cap(s, 160) == 0 && rlen == 160);
	pm_fid(&m, 120, 4);
	CHECK(xfer_cap(s, 11) == 0 && rlen == 7); /* 11: room for an Rlerror */
	pm_rw(&m, 116, 1, 0, 100, NULL);
	CHECK(xfer_cap(s, 7 + 4 + 3) == 0 && rlen == 14 && pm_get32(rep + 7) == 3);
	/* msize: too small refused, larger capped, a message above it refused. */
	pm_version(&m, 100, "9P2000.L");
	CHECK(xfer(s) == EINVAL);
	pm_version(&m, 0xffffffffu, "9P2000.L");
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == P9_MAX_MSIZE);
	CHECK(!fid_alive(s, 0)); /* Tversion clunks every fid */
	pm_version(&m, 4096, "9P2000.u");
	CHECK(xfer(s) == 0 && rep[11] == 7 && memcmp(rep + 13, "unknown", 7) == 0);
	pm_version(&m, 4096, "9P2000.L");
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == 4096);
	pm_attach(&m, 0);
	CHECK(xfer(s) == 0);
	static uint8_t big[8000];
	memset(big, 'x', sizeof(big));
	struct p9msg *bm = malloc(sizeof(*bm));
	CHECK(WALK(s, 0, 2) == 0);
	pm_lcreate(&m, 2, "w2", 2);
	CHECK(xfer(s) == 0);
	pm_rw(bm, 118, 2, 0, 5000, big);
	m = *bm;
	CHECK(xfer(s) == EMSGSIZE);
	free(bm);
	/* Rread never exceeds msize. */
	pm_rw(&m, 118, 2, 0, 3000, big);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 118, 2, 3000, 3000, big);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 116, 2, 0, 100000, NULL);
	CHECK(xfer(s) == 0 && rlen == 4096 && pm_get32(rep + 7) == 4096 - 11);
	p9_server_free(s);
}

static void test_readonly(void)
{
	struct p9_server *s = start(true);
	CHECK(WALK(s, 0, 1, "hello") == 0);
	pm_lopen(&m, 1, 1);
	CHECK(xfer(s) == EROFS);
	pm_lopen(&m, 1, 01000); /* O_TRUNC */
	CHECK(xfer(s) == EROFS);
	pm_lopen(&m, 1, 0);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 118, 1, 0, 1, "x");
	CHECK(xfer(s) == EROFS);
	pm_lcreate(&m, 0, "n", 2);
	CHECK(xfer(s) == EROFS);
	pm_mkdir(&m, 0, "n");
	CHECK(xfer(s) == EROFS);
	pm_symlink(&m, 0, "n", "x");
	CHECK(xfer(s) == EROFS);
	pm_link(&m, 0, 1, "n");
	CHECK(xfer(s) == EROFS);
	pm_renameat(&m, 0, "hello", 0, "n");
	CHECK(xfer(s) == EROFS);
	pm_rename(&m, 1, 0, "n");
	CHECK(xfer(s) == EROFS);
	pm_unlinkat(&m, 0, "hello", 0);
	CHECK(xfer(s) == EROFS);
	pm_setattr_size(&m, 1, 0x8, 0, 0);
	CHECK(xfer(s) == EROFS);
	pm_fid(&m, 122, 1);
	CHECK(xfer(s) == EROFS);
	char *t = host_read("hello");
	CHECK(t && strcmp(t, "world") == 0);
	CHECK(host_read("n") == NULL);
	p9_server_free(s);
}

/* quota=SIZE: a write past the quota is cut short where it ends, the next
 * one fails with ENOSPC, as does a truncate upwards; truncating down and
 * unlinking give the room back. */
static void test_quota(void)
{
	struct p9_server *s = start(false);
	uint64_t base = p9_server_set_quota(s, UINT64_MAX / 2);
	CHECK(base >= 5 + 6 + 7); /* hello, victim, victim2 at least */
	CHECK(p9_server_set_quota(s, base + 100) == base);
	static const char data[60] = "0123456789";
	pm_walk(&m, 0, 5, 0, NULL);
	CHECK(xfer(s) == 0);
	pm_lcreate(&m, 5, "q", 2); /* O_RDWR */
	CHECK(xfer(s) == 0);
	pm_rw(&m, 118, 5, 0, 60, data);
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == 60);
	pm_rw(&m, 118, 5, 60, 60, data);
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == 40); /* cut short */
	pm_rw(&m, 118, 5, 100, 1, data);
	CHECK(xfer(s) == ENOSPC);
	pm_rw(&m, 118, 5, 10, 20, data); /* inside the file: no growth */
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == 20);
	pm_setattr_size(&m, 5, 0x8, 0, 200);
	CHECK(xfer(s) == ENOSPC);
	pm_setattr_size(&m, 5, 0x8, 0, 50); /* gives 50 back */
	CHECK(xfer(s) == 0);
	pm_rw(&m, 118, 5, 50, 60, data);
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == 50);
	char qp[300];
	struct stat qst;
	snprintf(qp, sizeof(qp), "%s/q", root);
	CHECK(stat(qp, &qst) == 0 && qst.st_size == 100);
	pm_fid(&m, 120, 5); /* clunk */
	CHECK(xfer(s) == 0);
	pm_unlinkat(&m, 0, "q", 0); /* gives all 100 back */
	CHECK(xfer(s) == 0);
	pm_walk(&m, 0, 6, 0, NULL);
	CHECK(xfer(s) == 0);
	pm_lcreate(&m, 6, "q2", 2);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 118, 6, 0, 60, data);
	CHECK(xfer(s) == 0 && pm_get32(rep + 7) == 60);
	pm_fid(&m, 120, 6);
	CHECK(xfer(s) == 0);
	pm_unlinkat(&m, 0, "q2", 0);
	CHECK(xfer(s) == 0);
	/* A new server counts the share again: what is there now. */
	p9_server_free(s);
	s = start(false);
	CHECK(p9_server_set_quota(s, 1) == base);
	p9_server_free(s);
}

static int load(struct p9_server *s, const struct ss_writer *w, size_t len, bool apply)
{
	struct ss_reader r = {.p = w->buf, .len = len, .version = 1};
	char err[256];
	return p9_server_load(s, &r, apply, err, sizeof(err));
}

static void test_state(void)
{
	struct p9_server *s = start(false);
	pm_mkdir(&m, 0, "st");
	CHECK(xfer(s) == 0);
	CHECK(WALK(s, 0, 1, "st") == 0);
	pm_lcreate(&m, 1, "data", 2);
	CHECK(xfer(s) == 0);
	pm_rw(&m, 118, 1, 0, 7, "payload");
	CHECK(xfer(s) == 0);
	CHECK(WALK(s, 0, 2, "st") == 0);
	pm_lcreate(&m, 2, "gone", 2);
	CHECK(xfer(s) == 0);
	CHECK(WALK(s, 0, 3, "st") == 0); /* a directory fid, moved below */
	/* Renaming the directory moves the recorded paths of fids under it. */
	pm_renameat(&m, 0, "st", 0, "st2");
	CHECK(xfer(s) == 0);
	pm_fid(&m, 120, 0);
	CHECK(xfer(s) == 0);
	CHECK(WALK(s, 3, 4, "..") == 0); /* the root again, via the new path */
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(p9_server_save(s, &w) == 0);
	p9_server_free(s);

	char p[300];
	snprintf(p, sizeof(p), "%s/st2/gone", root);
	CHECK(unlink(p) == 0);
	char err[256];
	struct p9_server *s2 = p9_server_new(root, false, err, sizeof(err));
	/* Every truncation and a damaged path are refused without applying. */
	for (size_t cut = 0; cut < w.len; cut++)
		CHECK(load(s2, &w, cut, false) < 0);
	CHECK(load(s2, &w, w.len, false) == 0);
	CHECK(load(s2, &w, w.len, true) == 0);
	/* fid 1: st2/data, open read-write. */
	pm_rw(&m, 116, 1, 0, 100, NULL);
	CHECK(xfer(s2) == 0 && pm_get32(rep + 7) == 7 && memcmp(rep + 11, "payload", 7) == 0);
	pm_rw(&m, 118, 1, 7, 1, "!");
	CHECK(xfer(s2) == 0);
	CHECK(host_read("st2/data") && strcmp(host_read("st2/data"), "payload!") == 0);
	/* fid 2: its file is gone: dead, EBADF, but clunkable. */
	CHECK(!fid_alive(s2, 2));
	pm_rw(&m, 116, 2, 0, 10, NULL);
	CHECK(xfer(s2) == EBADF);
	pm_fid(&m, 120, 2);
	CHECK(xfer(s2) == 0);
	/* fid 3: the directory, fid 4: the root. */
	CHECK(WALK(s2, 3, 5, "data") == 0);
	CHECK(WALK(s2, 4, 6, "st2", "data") == 0 && nwqid() == 2);
	CHECK(fid_alive(s2, 0) == false);
	/* A saved path with ".." (a forged stream) is refused. */
	struct ss_writer f;
	ss_writer_init(&f);
	ss_put_u32(&f, 8192);
	ss_put_u32(&f, 1);
	ss_put_u32(&f, 9);
	ss_put_u8(&f, 0);
	ss_put_u32(&f, 0);
	ss_put_u32(&f, 5);
	ss_put_bytes(&f, "../..", 5);
	CHECK(load(s2, &f, f.len, false) < 0);
	ss_writer_free(&f);
	p9_server_free(s2);
	ss_writer_free(&w);
}

/* The guest opens file after file and keeps them open (exec 3<f...,
 * tail -f f1 f2 ...): each costs a fid's O_PATH descriptor and an open
 * one. With the usual `ulimit -n` it would fill the process's table. */
static void test_fd_budget(void)
{
	struct rlimit old, rl;
	getrlimit(RLIMIT_NOFILE, &old);
	rl = old;
	rl.rlim_cur = 600; /* guest descriptors below 344, 172 per device */
	CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
	struct p9_server *s = start(false);
	uint32_t e = 0, opened = 0;
	for (uint32_t fid = 100; fid < 1100 && !e; fid++) {
		e = WALK(s, 0, fid, "hello");
		if (!e) {
			pm_lopen(&m, fid, 0);
			e = xfer(s);
			opened += !e;
		}
	}
	CHECK(e == EMFILE);
	/* 1 (the root), 2 per open file, 1 for the last walk: the share. */
	CHECK(opened == 85);
	/* The process still has the reserve: most of its table is free. */
	int probe[FD_BUDGET_VMM_RESERVE], np = 0;
	while (np < (int)FD_BUDGET_VMM_RESERVE && (probe[np] = dup(2)) >= 0)
		np++;
	CHECK(np == (int)FD_BUDGET_VMM_RESERVE);
	while (np)
		close(probe[--np]);
	/* No file is made beyond the budget: free one open file (2), take a
	 * directory fid (1) and a walked one (1), then create. */
	pm_fid(&m, 120, 100);
	CHECK(xfer(s) == 0);
	CHECK(WALK(s, 0, 3000) == 0);
	CHECK(WALK(s, 0, 3001, "hello") == 0);
	pm_lcreate(&m, 3000, "made-beyond", 2);
	CHECK(xfer(s) == EMFILE);
	char p[300];
	snprintf(p, sizeof(p), "%s/made-beyond", root);
	CHECK(!host_exists(p));
	/* Closing files gives the budget back. */
	for (uint32_t k = 101; k < 110; k++) {
		pm_fid(&m, 120, k);
		CHECK(xfer(s) == 0);
	}
	CHECK(WALK(s, 0, 2000, "hello") == 0);
	pm_lopen(&m, 2000, 0);
	CHECK(xfer(s) == 0);
	p9_server_free(s);

	/* Whatever the server counts, descriptors at or above the ceiling
	 * are never held for the guest: with every number below it taken
	 * (by other devices), opening fails too. */
	s = start(false);
	int held[400], nheld = 0;
	for (;;) {
		int fd = dup(2);
		if (fd < 0)
			break;
		held[nheld++] = fd;
		if ((unsigned)fd + 1 >= fd_budget_ceiling() || nheld == 400)
			break;
	}
	CHECK(WALK(s, 0, 1, "hello") == EMFILE);
	while (nheld)
		close(held[--nheld]);
	CHECK(WALK(s, 0, 1, "hello") == 0);
	p9_server_free(s);
	setrlimit(RLIMIT_NOFILE, &old);
}

int main(void)
{
	snprintf(top, sizeof(top), "/tmp/rvisor-p9-XXXXXX");
	if (!mkdtemp(top)) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(root, sizeof(root), "%s/root", top);
	snprintf(outside, sizeof(outside), "%s/outside", top);
	mkdir(root, 0755);
	mkdir(outside, 0755);
	char p[400];
	snprintf(p, sizeof(p), "%s/sub", root);
	mkdir(p, 0755);
	snprintf(p, sizeof(p), "%s/race", root);
	mkdir(p, 0755);
	put_file(root, "hello", "world");
	put_file(root, "victim", "victim");
	put_file(root, "victim2", "victim2");
	put_file(outside, "secret", "secret");
	snprintf(p, sizeof(p), "%s/abs", root);
	CHECK(symlink(outside, p) == 0);
	snprintf(p, sizeof(p), "%s/rel", root);
	CHECK(symlink("../outside", p) == 0);
	snprintf(p, sizeof(p), "%s/up", root);
	char up[300]; /* up to "/" with "..", then back down into outside */
	snprintf(up, sizeof(up), "../../../../../../..%s", outside);
	CHECK(symlink(up, p) == 0);
	snprintf(p, sizeof(p), "%s/sub/fileln", root);
	char q[300];
	snprintf(q, sizeof(q), "%s/secret", outside);
	CHECK(symlink(q, p) == 0);

	test_basic();
	test_escapes();
	test_malformed();
	test_readonly();
	test_quota();
	test_state();
	test_fd_budget();

	char cmd[200];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", top);
	CHECK_DONE();
}
