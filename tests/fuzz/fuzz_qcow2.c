/* Fuzz target for the qcow2 reader/writer and check: the input is an image
 * file (in a memfd) opened through block_open as qcow2, read at a few
 * ranges, written, discarded, then checked.
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -D_GNU_SOURCE
 *         tests/fuzz/fuzz_qcow2.c src/block/[a-z]*.c -lz -o fuzz_qcow2
 *   ./fuzz_qcow2 CORPUS_DIR
 * Without clang (runs each file named on the command line once):
 *   cc -g -fsanitize=address,undefined -DFUZZ_DRIVER -Isrc -D_GNU_SOURCE
 *         tests/fuzz/fuzz_qcow2.c src/block/[a-z]*.c -lz -o fuzz_qcow2
 *   ./fuzz_qcow2 FILE...
 * tests/unit/test_qcow2_fuzz.c runs it over mutated headers in `make test`. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "block/block.h"
#include "block/qcow2.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void exercise(struct block_dev *bd, bool write)
{
	static uint8_t buf[3 * 65536 + 512];
	uint64_t sz = bd->size;
	const uint64_t offs[] = {0, sz / 2, sz > 70000 ? sz - 70000 : 0};
	for (size_t k = 0; k < sizeof(offs) / sizeof(offs[0]); k++) {
		uint64_t len = sz - offs[k] < 70000 ? sz - offs[k] : 70000;
		block_pread(bd, buf, len, offs[k]);
	}
	if (!write)
		return;
	memset(buf, 0x5a, sizeof(buf));
	uint64_t len = sz < 70000 ? sz : 70000;
	block_pwrite(bd, buf, len, sz - len);
	block_pwrite(bd, buf, len / 3, sz / 3);
	block_discard(bd, 0, sz / 2);
	block_write_zeroes(bd, sz / 4, len, true);
	block_flush(bd);
	block_pread(bd, buf, len, sz - len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz-qcow2", MFD_CLOEXEC);
	if (fd < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return 0;
	}
	char path[64], err[512];
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	struct block_open_opts ro = {.format = "qcow2", .readonly = true};
	struct block_dev *bd = block_open(path, &ro, err, sizeof(err));
	if (bd) {
		exercise(bd, false);
		block_close(bd);
		struct block_open_opts rw = {.format = "qcow2", .readonly = false};
		bd = block_open(path, &rw, err, sizeof(err));
		if (bd) {
			exercise(bd, true);
			block_close(bd);
		}
	}
	struct qcow2_check_result r;
	FILE *devnull = fopen("/dev/null", "w");
	if (devnull) {
		qcow2_check(path, &r, devnull, err, sizeof(err));
		fclose(devnull);
	}
	close(fd);
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
