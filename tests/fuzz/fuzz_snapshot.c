/* Fuzz target for the state-stream and snapshot reader: the input is a
 * snapshot file. It goes through snapshot_open_buf (header, VMCF, framing,
 * checksums) and, when that accepts it, snapshot_apply onto a VM of the
 * right shape (2 harts, 64 MiB, the board's devices and a virtio-rng), which
 * runs every hart and device loader in check-only mode and then applies.
 * Each input runs twice: as it is, and with its section checksums
 * recomputed, so mutations reach the parsers behind the CRC too.
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -I/usr/include/slirp \
 *         -D_GNU_SOURCE tests/fuzz/fuzz_snapshot.c ALL_SOURCES_BUT_SRC_CLI \
 *         -lfdt -lz -lmicrohttpd -ljansson -lslirp -lm -o fuzz_snapshot
 *   ./fuzz_snapshot CORPUS_DIR
 * tests/unit/test_snapshot_fuzz.c runs it over mutated snapshots in
 * `make test`. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/streamtools.h"
#include "machine/board.h"
#include "virtio/devices.h"
#include "virtio/rng.h"
#include "vmm/snapshot.h"
#include "vmm/vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_MEM (64ULL << 20)
#define FUZZ_CPUS 2

/* The VM snapshots are applied to (built once per process). */
static struct vm *fuzz_vm(void)
{
	static struct vm *vm;
	if (vm)
		return vm;
	vm = calloc(1, sizeof(*vm));
	struct vm_config cfg = {.mem_size = FUZZ_MEM, .ncpus = FUZZ_CPUS};
	if (!vm || vm_init(vm, &cfg, NULL) < 0)
		abort();
	vm->board = board_create(&vm->env, -1, -1, NULL);
	const struct vdev_ctx ctx = {0};
	if (!vm->board || virtio_rng_create(vm->board, 0, "", &ctx) < 0)
		abort();
	return vm;
}

/* Open and apply one stream; 0 when it was applied. */
static int fuzz_one(const uint8_t *data, size_t size, bool reseal)
{
	uint8_t *copy = malloc(size ? size : 1);
	if (!copy)
		return -1;
	memcpy(copy, data, size);
	if (reseal)
		ss_test_reseal(copy, size);
	struct snapshot s;
	char err[512];
	int rc = snapshot_open_buf(&s, copy, size, err, sizeof(err));
	if (rc == 0)
		rc = snapshot_apply(&s, fuzz_vm(), err, sizeof(err));
	snapshot_close(&s); /* frees copy */
	return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_one(data, size, false);
	fuzz_one(data, size, true);
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
