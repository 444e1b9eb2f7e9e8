/* Fuzz target for the live-migration receiver (vmm/migrate_in.c): the
 * input is what a source sends (preamble, CONF, RAM frames, STAT, DONE).
 * It goes through migrate_in_read_config and migrate_in_read_memory (every
 * check a destination makes before it runs anything), into a RAM buffer
 * of the stream's size (streams claiming more than 256 MiB stop after the
 * configuration); an accepted stream's state is then applied to a VM of
 * the seed's shape (2 harts, 64 MiB, the board and a virtio-rng). Each
 * input runs three times: as it is, and with its frame CRCs and the state
 * streams' section CRCs recomputed, so mutations reach the parsers behind
 * them, by a destination given no writable disk and (resealed) by one
 * given one (MIG_FUZZ_OWN_DISK: a copy target or the shared path), so the
 * DISK table and the BLK frames of a stream with disks are checked too
 * (BLK frames are validated, never written: no target is opened). A
 * post-copy stream (PCPY after CONF, PMIS before STAT, DONE's post-copy
 * flag) is checked the same way; its missing pages' list is kept in the
 * result. So is a compressed one (CMPR after CONF, RAM and BLK frames
 * with the ZSTD flag: each decompressed into a buffer of its exact
 * announced size before it reaches RAM; tests/unit/test_migrate_zstd.c,
 * corpus seeds seed-zstd and seed-zstd-disk). So are HOTB frames (the
 * source's recent blocks, after DISK: validated and kept, not decoded
 * here: no VM receives this RAM; seed seed-hotb).
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -I/usr/include/slirp \
 *         -D_GNU_SOURCE tests/fuzz/fuzz_migrate.c ALL_SOURCES_BUT_SRC_CLI \
 *         -lfdt -lz -lzstd -lmicrohttpd -ljansson -lslirp -lm -o fuzz_migrate
 *   ./fuzz_migrate CORPUS_DIR
 * tests/unit/test_migrate_fuzz.c runs it over mutated streams in `make
 * test`. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

#include "../unit/streamtools.h"
#include "machine/board.h"
#include "virtio/devices.h"
#include "virtio/rng.h"
#include "vmm/migrate_in.h"
#include "vmm/snapshot.h"
#include "vmm/vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MIG_FUZZ_MEM (64ULL << 20)
#define MIG_FUZZ_CPUS 2
#define MIG_FUZZ_MAX_RAM (256ULL << 20)

/* The VM accepted states are applied to (built once per process). */
static struct vm *mig_fuzz_vm(void)
{
	static struct vm *vm;
	if (vm)
		return vm;
	vm = calloc(1, sizeof(*vm));
	struct vm_config cfg = {.mem_size = MIG_FUZZ_MEM, .ncpus = MIG_FUZZ_CPUS};
	struct error e = {0};
	if (!vm || vm_init(vm, &cfg, &e) < 0)
		abort();
	vm->board = board_create(&vm->env, -1, -1, &e);
	const struct vdev_ctx ctx = {0};
	if (!vm->board || virtio_rng_create(vm->board, 0, "", &ctx) < 0)
		abort();
	return vm;
}

/* Recompute the CRC of every frame (and the section CRCs of CONF and
 * STAT payloads); stops at the first frame whose length does not fit. */
static void mig_reseal(uint8_t *p, size_t n)
{
	size_t off = MIG_PREAMBLE_LEN;
	while (off <= n && n - off >= MIG_FRAME_HEAD + 4) {
		uint32_t type = mig_get32(p + off);
		uint64_t len = mig_get64(p + off + 8);
		if (len > n - off - MIG_FRAME_HEAD - 4)
			return;
		uint8_t *payload = p + off + MIG_FRAME_HEAD;
		if (type == MIG_CONF || type == MIG_STAT)
			ss_test_reseal(payload, (size_t)len);
		mig_put32(payload + len, (uint32_t)crc32(0, p + off, (uInt)(MIG_FRAME_HEAD + len)));
		off += MIG_FRAME_HEAD + (size_t)len + 4;
	}
}

/* What a run saw: its result, and (when accepted) two RAM words. */
struct mig_fuzz_result {
	int rc;
	struct error e;
	uint64_t word0, word_last;	       /* RAM offset 0 and the last word of RAM */
	bool postcopy;			       /* PCPY came */
	uint64_t missing_pages, missing_word0; /* PMIS: pages set, its first word */
};

/* The one writable disk a destination is given in the third run. */
#define MIG_FUZZ_OWN_DISK "fuzz-disk.qcow2"

static int mig_fuzz_run(const uint8_t *data, size_t size, bool reseal, bool own_disk,
			struct mig_fuzz_result *res)
{
	struct mig_fuzz_result local;
	if (!res)
		res = &local;
	memset(res, 0, sizeof(*res));
	res->rc = -1;
	uint8_t *copy = malloc(size ? size : 1);
	int fd = memfd_create("fuzz-migrate", MFD_CLOEXEC);
	if (!copy || fd < 0) {
		free(copy);
		if (fd >= 0)
			close(fd);
		return -1;
	}
	memcpy(copy, data, size);
	if (reseal)
		mig_reseal(copy, size);
	bool written = (size_t)pwrite(fd, copy, size, 0) == size;
	free(copy);
	struct migrate_in in;
	migrate_in_init(&in);
	in.rfd = fd; /* read from the start; nothing is written back */
	if (own_disk) {
		in.own_disks[0] = MIG_FUZZ_OWN_DISK;
		in.nown_disks = 1;
	}
	if (!written || migrate_in_read_config(&in, &res->e) < 0) {
		migrate_in_close(&in);
		return res->rc;
	}
	uint64_t ram_size = in.conf.cfg.mem_size;
	if (ram_size <= MIG_FUZZ_MAX_RAM) {
		uint8_t *ram = mmap(NULL, ram_size, PROT_READ | PROT_WRITE,
				    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (ram != MAP_FAILED) {
			res->rc = migrate_in_read_memory(&in, ram, ram_size, -1, &res->e);
			res->postcopy = in.postcopy;
			for (uint64_t k = 0; in.missing && k < (ram_size / 4096 + 63) / 64; k++)
				res->missing_pages += (uint64_t)__builtin_popcountll(in.missing[k]);
			res->missing_word0 = in.missing ? in.missing[0] : 0;
			res->word0 = *(uint64_t *)ram;
			res->word_last = *(uint64_t *)(ram + ram_size - 8);
			munmap(ram, ram_size);
		}
	}
	if (res->rc == 0) {
		char err[512];
		struct vm *vm = mig_fuzz_vm();
		if (vm->bus.ram_size == ram_size && vm->ncpus == in.state.cfg.ncpus &&
		    snapshot_apply(&in.state, vm, err, sizeof(err)) < 0) {
			res->rc = -1;
			err_set(&res->e, ERR_INVALID, "apply: %s", err);
		}
	}
	migrate_in_close(&in);
	return res->rc;
}

static int mig_fuzz_one(const uint8_t *data, size_t size, bool reseal, struct mig_fuzz_result *res)
{
	return mig_fuzz_run(data, size, reseal, false, res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mig_fuzz_one(data, size, false, NULL);
	mig_fuzz_one(data, size, true, NULL);
	mig_fuzz_run(data, size, true, true, NULL);
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
