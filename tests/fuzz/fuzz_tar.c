/* Fuzz target for the archive reader of `rvisor vm import` (util/tar.c):
 * the input is an archive file. Besides crashes and sanitizer reports, it
 * aborts when the reader breaks its contract: a refusal must be
 * ERR_INVALID with a message; every accepted member has a valid plain
 * name, a size in range, and its data inside the input.
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -D_GNU_SOURCE \
 *         tests/fuzz/fuzz_tar.c src/util/tar.c src/util/error.c -o fuzz_tar
 *   ./fuzz_tar CORPUS_DIR
 * tests/unit/test_tar.c runs it over mutated archives in `make unit`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "util/tar.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void tar_fail(const char *what)
{
	fprintf(stderr, "fuzz_tar: %s\n", what);
	abort();
}

/* Members accepted from the last input (for the tests); -1: refused. */
static int fuzz_tar_members;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz_tar", MFD_CLOEXEC);
	if (fd < 0 || (size && write(fd, data, size) != (ssize_t)size))
		tar_fail("memfd");
	struct tar_member m[TAR_MEMBERS_MAX];
	unsigned n;
	struct error e = {0};
	if (tar_index(fd, m, TAR_MEMBERS_MAX, &n, &e) < 0) {
		if (e.cls != ERR_INVALID || !e.msg[0])
			tar_fail("a refusal that is not ERR_INVALID with a message");
		fuzz_tar_members = -1;
	} else {
		for (unsigned k = 0; k < n; k++) {
			if (!tar_name_ok(m[k].name))
				tar_fail("a bad member name accepted");
			if (m[k].size > TAR_MEMBER_MAX || m[k].offset > size ||
			    m[k].size > size - m[k].offset)
				tar_fail("a member's data outside the archive");
		}
		fuzz_tar_members = (int)n;
	}
	close(fd);
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
