/* Fuzz target for the virtio-9p server (src/virtio/p9_proto.c): the input
 * is a sequence of 9P requests run against a fresh server over a small
 * test-owned share, after Tversion and Tattach (fid 0) so the requests
 * reach the operations. Any malformed reply, any change to the "outside"
 * directory next to the share (the only escape bait, made here in a temp
 * directory) or a leaked descriptor aborts.
 *
 * Input: byte 0 flags (bit 0 read-only share, bit 1 save the fid table and
 * load it into a second server, bit 2 the bytes after the requests are a
 * state payload to load); bytes 1-2 the reply room (le16, at least 11);
 * then records of le16 length + request bytes (each handed to the server
 * in a buffer of exactly that length), ending at a zero length or the end.
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -Itests/unit -D_GNU_SOURCE
 *         tests/fuzz/fuzz_p9.c src/virtio/p9_proto.c src/state/stream.c -lz -o fuzz_p9
 *   ./fuzz_p9 CORPUS_DIR
 * Without clang (runs each file named on the command line once):
 *   cc -g -fsanitize=address,undefined -DFUZZ_DRIVER -Isrc -Itests/unit -D_GNU_SOURCE
 *         tests/fuzz/fuzz_p9.c src/virtio/p9_proto.c src/state/stream.c -lz -o fuzz_p9
 *   ./fuzz_p9 FILE...
 * tests/unit/test_p9_fuzz.c runs it over mutated request sequences in
 * `make test`. */
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "p9msg.h"
#include "state/stream.h"
#include "virtio/p9_proto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The fixture: TOP/root is shared, TOP/outside is the bait. */
static char fz_top[64], fz_root[96], fz_outside[96];
static uint8_t fz_out[P9_MAX_MSIZE];

static void fz_die(const char *why)
{
	fprintf(stderr, "fuzz_p9: %s\n", why);
	abort();
}

static void fz_put(const char *dir, const char *name, const char *text)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0)
		fz_die("cannot write the fixture");
	if (write(fd, text, strlen(text)) < 0)
		fz_die("cannot write the fixture");
	close(fd);
}

static int fz_rm_one(const char *p, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	if (ftw->level == 0)
		return 0; /* the share itself stays */
	return (type == FTW_DP ? rmdir(p) : unlink(p)) < 0 ? -1 : 0;
}

/* A request may have made a directory unreadable: open them all up first
 * (a pre-order walk changes a directory before reading it). */
static int fz_open_up(const char *p, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (type == FTW_D || type == FTW_DNR)
		chmod(p, 0700);
	return 0;
}

static void fz_empty_share(void)
{
	chmod(fz_root, 0755);
	nftw(fz_root, fz_open_up, 16, FTW_PHYS);
	if (nftw(fz_root, fz_rm_one, 16, FTW_DEPTH | FTW_PHYS) < 0)
		fz_die("cannot empty the share");
}

/* Empty the share (without following links: FTW_PHYS) and lay out the
 * same small tree again, so every input starts from one state. */
static void fz_reset_share(void)
{
	fz_empty_share();
	char p[256];
	fz_put(fz_root, "hello", "hello world\n");
	snprintf(p, sizeof(p), "%s/sub", fz_root);
	mkdir(p, 0755);
	fz_put(p, "f", "sub file\n");
	snprintf(p, sizeof(p), "%s/abs", fz_root);
	if (symlink(fz_outside, p) < 0)
		fz_die("cannot make the fixture's links");
	snprintf(p, sizeof(p), "%s/rel", fz_root);
	if (symlink("../outside", p) < 0)
		fz_die("cannot make the fixture's links");
	snprintf(p, sizeof(p), "%s/sub/up", fz_root);
	if (symlink("../../outside/secret", p) < 0)
		fz_die("cannot make the fixture's links");
}

static void fz_remove_all(void)
{
	if (!fz_top[0])
		return;
	fz_empty_share();
	char p[256];
	rmdir(fz_root);
	snprintf(p, sizeof(p), "%s/secret", fz_outside);
	unlink(p);
	rmdir(fz_outside);
	rmdir(fz_top);
}

static void fz_setup(void)
{
	if (fz_top[0])
		return;
	/* tmpfs when there is one: Tfsync and O_SYNC cost nothing there. */
	struct stat st;
	const char *base = stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) ? "/dev/shm" : "/tmp";
	snprintf(fz_top, sizeof(fz_top), "%s/rvisor-fuzz-p9-XXXXXX", base);
	if (!mkdtemp(fz_top))
		fz_die("mkdtemp");
	snprintf(fz_root, sizeof(fz_root), "%s/root", fz_top);
	snprintf(fz_outside, sizeof(fz_outside), "%s/outside", fz_top);
	if (mkdir(fz_root, 0755) < 0 || mkdir(fz_outside, 0755) < 0)
		fz_die("mkdir");
	fz_put(fz_outside, "secret", "secret\n");
	chmod(fz_outside, 0755);
	atexit(fz_remove_all);
}

/* The outside directory holds "secret" and nothing else, unchanged; the
 * share's parent holds only root and outside. */
static void fz_check_outside(void)
{
	static const char *const want[] = {"outside", "root", "secret"};
	const char *dirs[] = {fz_top, fz_outside};
	unsigned seen = 0;
	for (unsigned k = 0; k < 2; k++) {
		DIR *d = opendir(dirs[k]);
		if (!d)
			fz_die("the test directory vanished");
		struct dirent *e;
		while ((e = readdir(d))) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			unsigned j = 0;
			while (j < 3 && strcmp(e->d_name, want[j]))
				j++;
			if (j == 3 || (k == 0) != (j < 2))
				fz_die("a name appeared outside the share");
			seen |= 1u << j;
		}
		closedir(d);
	}
	if (seen != 7)
		fz_die("a name vanished outside the share");
	char p[256], buf[32];
	snprintf(p, sizeof(p), "%s/secret", fz_outside);
	struct stat st;
	int fd = open(p, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, buf, sizeof(buf)) : -1;
	if (fd < 0 || n != 7 || memcmp(buf, "secret\n", 7) || fstat(fd, &st) < 0 ||
	    (st.st_mode & 07777) != 0644)
		fz_die("the outside file changed");
	close(fd);
	if (stat(fz_outside, &st) < 0 || (st.st_mode & 07777) != 0755)
		fz_die("the outside directory's mode changed");
}

/* A reply must be one complete message of its own announced size: the
 * matching R-type or Rlerror, within the room given. */
static void fz_check_reply(const uint8_t *req, size_t reqlen, size_t n, size_t cap)
{
	if (n < 7 || n > cap || pm_get32(fz_out) != n)
		fz_die("malformed reply length");
	uint8_t t = fz_out[4];
	if (t == 7) {
		if (n != 11)
			fz_die("Rlerror of the wrong size");
		return;
	}
	if (reqlen < 7 || t != (uint8_t)(req[4] + 1) || fz_out[5] != req[5] || fz_out[6] != req[6])
		fz_die("reply type or tag does not match the request");
}

static void fz_send(struct p9_server *s, const uint8_t *req, size_t len, size_t cap)
{
	/* Exactly len bytes: a read past the request is a sanitizer report. */
	uint8_t *copy = malloc(len ? len : 1);
	if (!copy)
		return;
	memcpy(copy, req, len);
	size_t n = p9_server_handle(s, copy, len, fz_out, cap);
	fz_check_reply(copy, len, n, cap);
	free(copy);
}

static void fz_load(struct p9_server *s, const uint8_t *p, size_t len)
{
	char err[256];
	struct ss_reader r = {.p = p, .len = len, .version = 1};
	if (p9_server_load(s, &r, false, err, sizeof(err)) == 0) {
		r.pos = 0;
		r.error = false;
		if (p9_server_load(s, &r, true, err, sizeof(err)) < 0)
			fz_die("state accepted by validation fails on apply");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fz_setup();
	fz_reset_share();
	if (size < 3)
		return 0;
	uint8_t flags = data[0];
	size_t cap = (size_t)data[1] | (size_t)data[2] << 8;
	if (cap < 11)
		cap = 11;
	char err[256];
	struct p9_server *s = p9_server_new(fz_root, flags & 1, err, sizeof(err));
	if (!s)
		fz_die(err);
	struct p9msg m;
	pm_version(&m, 65536, "9P2000.L");
	fz_send(s, m.b, m.n, sizeof(fz_out));
	pm_attach(&m, 0);
	fz_send(s, m.b, m.n, sizeof(fz_out));

	size_t pos = 3;
	while (size - pos >= 2) {
		size_t len = (size_t)data[pos] | (size_t)data[pos + 1] << 8;
		pos += 2;
		if (len == 0)
			break;
		if (len > size - pos)
			len = size - pos;
		fz_send(s, data + pos, len, cap);
		pos += len;
	}
	if (flags & 2) {
		struct ss_writer w;
		ss_writer_init(&w);
		if (p9_server_save(s, &w) == 0) {
			struct p9_server *s2 = p9_server_new(fz_root, flags & 1, err, sizeof(err));
			if (!s2)
				fz_die(err);
			struct ss_reader r = {.p = w.buf, .len = w.len, .version = 1};
			if (p9_server_load(s2, &r, false, err, sizeof(err)) < 0)
				fz_die("saved state does not load");
			fz_load(s2, w.buf, w.len);
			/* The restored table must serve (or refuse) requests. */
			pm_getattr(&m, 0);
			fz_send(s2, m.b, m.n, sizeof(fz_out));
			pm_fid(&m, 120, 1);
			fz_send(s2, m.b, m.n, sizeof(fz_out));
			p9_server_free(s2);
		}
		ss_writer_free(&w);
	}
	if ((flags & 4) && pos < size)
		fz_load(s, data + pos, size - pos);
	p9_server_free(s);
	fz_check_outside();
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
