/* The archive writer and strict reader of `vm export`/`vm import`
 * (util/tar.c): a written archive reads back member by member; truncated
 * archives, bad checksums, path names, "..", links and duplicates are
 * refused with ERR_INVALID; then the fuzz target (tests/fuzz/fuzz_tar.c)
 * runs over mutations of a valid archive for a bounded time. */
#include "../fuzz/fuzz_tar.c"

#include <time.h>

#include "check.h"

static size_t archive(uint8_t **out)
{
	int fd = memfd_create("t", MFD_CLOEXEC);
	struct error e;
	CHECK(tar_write_bytes(fd, "manifest.json", "{\"v\":1}", 7, &e) == 0);
	static uint8_t disk[70000];
	for (size_t k = 0; k < sizeof(disk); k++)
		disk[k] = (uint8_t)(k * 7);
	CHECK(tar_write_bytes(fd, "disk0.qcow2", disk, sizeof(disk), &e) == 0);
	CHECK(tar_finish(fd, &e) == 0);
	off_t len = lseek(fd, 0, SEEK_END);
	*out = malloc((size_t)len);
	CHECK(pread(fd, *out, (size_t)len, 0) == len);
	close(fd);
	return (size_t)len;
}

static unsigned checksum(const uint8_t *blk)
{
	unsigned sum = 0;
	for (int k = 0; k < 512; k++)
		sum += (k >= 148 && k < 156) ? ' ' : blk[k];
	return sum;
}

static void set_field(uint8_t *blk, size_t off, const char *s, size_t n)
{
	memset(blk + off, 0, n);
	memcpy(blk + off, s, strlen(s));
	snprintf((char *)blk + 148, 8, "%06o", checksum(blk));
	blk[155] = ' ';
}

int main(void)
{
	uint8_t *a;
	size_t len = archive(&a);
	CHECK(len == 512 + 512 + 512 + 70144 + 1024);
	LLVMFuzzerTestOneInput(a, len);
	CHECK(fuzz_tar_members == 2);

	int fd = memfd_create("t", MFD_CLOEXEC);
	CHECK(write(fd, a, len) == (ssize_t)len);
	struct tar_member m[4];
	unsigned n;
	struct error e;
	CHECK(tar_index(fd, m, 4, &n, &e) == 0 && n == 2);
	CHECK(strcmp(m[0].name, "manifest.json") == 0 && m[0].size == 7 && m[0].offset == 512);
	CHECK(strcmp(m[1].name, "disk0.qcow2") == 0 && m[1].size == 70000 && m[1].offset == 1536);
	uint8_t b[8];
	CHECK(pread(fd, b, 7, 512) == 7 && memcmp(b, "{\"v\":1}", 7) == 0);
	CHECK(tar_index(fd, m, 1, &n, &e) < 0 && strstr(e.msg, "more than 1 members"));
	close(fd);

	/* Truncations: inside data, inside a header, before the end blocks. */
	size_t cuts[] = {len - 1024 - 100, 1024 + 200, len - 512, len - 1024, 0};
	for (size_t k = 0; k < sizeof(cuts) / sizeof(cuts[0]); k++) {
		LLVMFuzzerTestOneInput(a, cuts[k]);
		CHECK(fuzz_tar_members == -1);
	}

	struct {
		size_t off, n;
		const char *val;
		const char *msg;
	} bad[] = {
	    {0, 100, "../x", "refused"},	 {0, 100, "a/b", "refused"},
	    {0, 100, "..", "refused"},		 {0, 100, "/etc", "refused"},
	    {156, 1, "2", "not a regular file"}, {156, 1, "1", "not a regular file"},
	    {156, 1, "5", "not a regular file"}, {124, 12, "1x", "not octal"},
	    {345, 155, "dir", "prefix"},	 {257, 6, "zip", "ustar"},
	};
	for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		uint8_t *c = malloc(len);
		memcpy(c, a, len);
		set_field(c, bad[k].off, bad[k].val, bad[k].n);
		fd = memfd_create("t", MFD_CLOEXEC);
		CHECK(write(fd, c, len) == (ssize_t)len);
		e.msg[0] = 0;
		CHECK(tar_index(fd, m, 4, &n, &e) < 0 && e.cls == ERR_INVALID);
		if (!strstr(e.msg, bad[k].msg))
			fprintf(stderr, "case %zu: message '%s'\n", k, e.msg), check_failures++;
		close(fd);
		free(c);
	}
	/* A damaged checksum; a duplicate name. */
	uint8_t *c = malloc(len);
	memcpy(c, a, len);
	c[10] ^= 1;
	LLVMFuzzerTestOneInput(c, len);
	CHECK(fuzz_tar_members == -1);
	memcpy(c, a, len);
	set_field(c + 1024, 0, "manifest.json", 100);
	LLVMFuzzerTestOneInput(c, len);
	CHECK(fuzz_tar_members == -1);
	CHECK(!tar_name_ok("") && !tar_name_ok(".") && tar_name_ok("disk-0.qcow2"));

	/* Mutations for a bounded time (no timing in the verdict). */
	srand(12);
	struct timespec t0, t;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (unsigned it = 0;; it++) {
		memcpy(c, a, len);
		size_t l = len;
		for (int k = rand() % 4 + 1; k > 0; k--) {
			size_t at = (size_t)rand() % (rand() % 2 ? 1536 : len);
			c[at] = (uint8_t)(rand() % 3 == 0 ? 0 : rand() % 3 == 0 ? 0xff : rand());
		}
		if (rand() % 4 == 0)
			l = (size_t)rand() % len;
		LLVMFuzzerTestOneInput(c, l);
		clock_gettime(CLOCK_MONOTONIC, &t);
		if (it > 2000 && (t.tv_sec - t0.tv_sec) >= 1)
			break;
	}
	free(c);
	free(a);
	CHECK_DONE();
}
