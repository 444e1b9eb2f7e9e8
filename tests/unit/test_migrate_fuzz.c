/* Runs the migration receiver's fuzz target (tests/fuzz/fuzz_migrate.c)
 * over a real stream (made from a VM the way a source makes it) and its
 * mutations: truncations (every length up to 2000 bytes, then every
 * 97th), single bytes set to boundary values in every position of the
 * first 700 bytes and every 13th up to 3000, random multi-byte mutations,
 * each as it is and with its checksums recomputed. Passing means no
 * crash, no hang, no sanitizer report (when built with one), that the
 * untouched stream is accepted with its pages in place, and that a
 * truncated, damaged (without recomputed CRCs) or other-version stream
 * never is. A stream with disks (one read-only, one copied with BLK
 * frames) is accepted by a destination given the copy's target and
 * refused by one given none, or when a BLK frame falls outside its disk
 * or aims at the read-only one. A post-copy stream (PCPY, PMIS, DONE's
 * flag) is accepted with its missing pages, and refused when PMIS is
 * malformed, comes without PCPY, or DONE disagrees with it; its frames
 * are mutated too. A stream with HOTB (the source's recent blocks) right
 * after DISK is accepted; one naming another hart, a block outside RAM
 * or at an odd address, or coming after RAM or with post-copy is refused.
 * RVISOR_FUZZ_SEED_DIR=DIR writes the streams there (the
 * fuzz corpus's seeds). */
#include "../fuzz/fuzz_migrate.c"

#include "check.h"
#include "cpu/block.h"
#include "migstream.h"

static void put_ram(struct buf *b, struct vm *vm, uint64_t first, uint32_t n, bool zero)
{
	uint8_t h[MIG_RAM_HEAD];
	mig_put64(h, first);
	mig_put32(h + 8, n);
	mig_put32(h + 12, zero ? MIG_RAM_ZERO : 0);
	put_frame(b, MIG_RAM, h, sizeof(h), zero ? NULL : vm->bus.ram + (first << PAGE_SHIFT),
		  zero ? 0 : (size_t)n << PAGE_SHIFT);
}

static void put_blk(struct buf *s, uint32_t disk, uint64_t off, uint64_t len, bool zero)
{
	uint8_t h[MIG_BLK_HEAD];
	mig_put32(h, disk);
	mig_put32(h + 4, zero ? MIG_BLK_ZERO : 0);
	mig_put64(h + 8, off);
	mig_put64(h + 16, len);
	uint8_t *data = calloc(1, zero ? 1 : len);
	CHECK(data != NULL);
	memset(data, 0x5a, zero ? 0 : len);
	put_frame(s, MIG_BLK, h, sizeof(h), data, zero ? 0 : len);
	free(data);
}

/* A copy migration's stream: disk 0 read-only, disk 1 (1 MiB, qcow2)
 * copied; BLK frames for disk blk_disk at blk_off (512 bytes of data, then
 * 64 KiB of zeroes). */
static struct buf disk_stream(struct vm *vm, uint32_t blk_disk, uint64_t blk_off)
{
	struct buf s = {0};
	put_preamble(&s);
	vm->cfg.disks[0] = (struct vm_disk){.path = "base.raw", .format = "raw", .readonly = true};
	vm->cfg.disks[1] = (struct vm_disk){.path = "source.qcow2", .format = "qcow2"};
	vm->cfg.ndisks = 2;
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(snapshot_write_state(vm, &w, true) == 0);
	put_frame(&s, MIG_CONF, w.buf, w.len, NULL, 0);
	ss_writer_free(&w);
	struct mig_disk_table t = {.n = 2};
	t.d[0] = (struct mig_disk_entry){MIG_DISK_READONLY, MIG_FMT_RAW, 1 << 20};
	t.d[1] = (struct mig_disk_entry){MIG_DISK_COPY, MIG_FMT_QCOW2, 1 << 20};
	uint8_t table[MIG_DISK_TABLE_MAX];
	put_frame(&s, MIG_DISK, table, mig_disk_table_encode(&t, table), NULL, 0);
	put_blk(&s, blk_disk, blk_off, 512, false);
	put_ram(&s, vm, 0, 2, false);
	put_blk(&s, blk_disk, blk_off + 4096, 65536, true);
	ss_writer_init(&w);
	CHECK(snapshot_write_state(vm, &w, false) == 0);
	vm->cfg.ndisks = 0;
	put_frame(&s, MIG_STAT, w.buf, w.len, NULL, 0);
	ss_writer_free(&w);
	uint8_t flags[4] = {0};
	put_frame(&s, MIG_DONE, flags, 4, NULL, 0);
	return s;
}

static void disk_streams(struct vm *vm)
{
	struct mig_fuzz_result res;
	struct buf s = disk_stream(vm, 1, 0);
	seed_out("seed-disks-copy", &s);
	CHECK(mig_fuzz_run(s.p, s.len, false, true, &res) == 0);
	if (res.rc)
		printf("disk stream refused: %s\n", res.e.msg);
	CHECK(mig_fuzz_run(s.p, s.len, false, false, &res) < 0 && strstr(res.e.msg, "writable"));
	free(s.p);
	s = disk_stream(vm, 1, (1 << 20) - 4096); /* the zeroes run past the end */
	CHECK(mig_fuzz_run(s.p, s.len, false, true, &res) < 0 &&
	      strstr(res.e.msg, "outside disk 1"));
	free(s.p);
	s = disk_stream(vm, 0, 0); /* BLK for the read-only disk */
	CHECK(mig_fuzz_run(s.p, s.len, false, true, &res) < 0 && strstr(res.e.msg, "not copied"));
	free(s.p);
}

/* The head of a stream of a VM without disks: the preamble, CONF (vm's
 * configuration), PCPY when pcpy, and an empty DISK table. */
static void put_head(struct buf *s, struct vm *vm, bool pcpy)
{
	put_preamble(s);
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(snapshot_write_state(vm, &w, true) == 0);
	put_frame(s, MIG_CONF, w.buf, w.len, NULL, 0);
	ss_writer_free(&w);
	if (pcpy)
		put_frame(s, MIG_PCPY, NULL, 0, NULL, 0);
	uint8_t disks[4] = {0};
	put_frame(s, MIG_DISK, disks, 4, NULL, 0);
}

/* STAT: vm's device and hart state. */
static void put_stat(struct buf *s, struct vm *vm)
{
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(snapshot_write_state(vm, &w, false) == 0);
	put_frame(s, MIG_STAT, w.buf, w.len, NULL, 0);
	ss_writer_free(&w);
}

/* A post-copy stream: PCPY (unless !pcpy) between CONF and DISK, PMIS
 * with pages 3 and last (its page count npages_said), DONE with flags. */
static struct buf postcopy_stream(struct vm *vm, bool pcpy, uint64_t npages_said, uint32_t done)
{
	uint64_t npages = vm->bus.ram_size >> PAGE_SHIFT;
	struct buf s = {0};
	put_head(&s, vm, pcpy);
	put_ram(&s, vm, 0, 2, false);
	size_t words = (size_t)(npages + 63) / 64, len = 8 + words * 8;
	uint8_t *pm = calloc(1, len);
	CHECK(pm != NULL);
	mig_put64(pm, npages_said);
	pm[8] = 1u << 3;
	pm[len - 1] = 0x80; /* the last page */
	put_frame(&s, MIG_PMIS, pm, len, NULL, 0);
	free(pm);
	put_stat(&s, vm);
	uint8_t flags[4];
	mig_put32(flags, done);
	put_frame(&s, MIG_DONE, flags, 4, NULL, 0);
	return s;
}

static void postcopy_streams(struct vm *vm)
{
	uint64_t npages = vm->bus.ram_size >> PAGE_SHIFT;
	struct mig_fuzz_result res;
	struct buf s = postcopy_stream(vm, true, npages, MIG_DONE_POSTCOPY);
	seed_out("seed-postcopy", &s);
	CHECK(mig_fuzz_one(s.p, s.len, false, &res) == 0);
	if (res.rc)
		printf("post-copy stream refused: %s\n", res.e.msg);
	CHECK(res.postcopy && res.missing_pages == 2 && res.missing_word0 == 1u << 3);
	/* Every bit of the PCPY and PMIS frames' heads flipped: refused. */
	size_t conf_end = MIG_PREAMBLE_LEN + MIG_FRAME_HEAD + 4;
	conf_end += MIG_FRAME_HEAD + (size_t)mig_get64(s.p + conf_end + 8) + 4;
	uint8_t *m = malloc(s.len);
	CHECK(m != NULL);
	for (size_t k = conf_end; k < conf_end + MIG_FRAME_HEAD + 4; k++)
		for (unsigned b = 0; b < 8; b++) {
			memcpy(m, s.p, s.len);
			m[k] ^= (uint8_t)(1u << b);
			CHECK(mig_fuzz_one(m, s.len, false, NULL) < 0);
		}
	for (unsigned it = 0; it < 400; it++) {
		memcpy(m, s.p, s.len);
		m[conf_end + rnd() % (s.len - conf_end)] ^= (uint8_t)(1u << (rnd() % 8));
		mig_fuzz_one(m, s.len, false, NULL);
		mig_fuzz_one(m, s.len, true, NULL);
	}
	free(m);
	free(s.p);
	s = postcopy_stream(vm, true, npages + 1, MIG_DONE_POSTCOPY); /* another count */
	CHECK(mig_fuzz_one(s.p, s.len, false, &res) < 0 && strstr(res.e.msg, "PMIS"));
	free(s.p);
	s = postcopy_stream(vm, false, npages, MIG_DONE_POSTCOPY); /* PMIS without PCPY */
	CHECK(mig_fuzz_one(s.p, s.len, false, &res) < 0 && strstr(res.e.msg, "PMIS"));
	free(s.p);
	s = postcopy_stream(vm, true, npages, 0); /* DONE without the flag */
	CHECK(mig_fuzz_one(s.p, s.len, false, &res) < 0 && strstr(res.e.msg, "DONE"));
	free(s.p);
	s = postcopy_stream(vm, true, npages, 4); /* an unknown DONE flag */
	CHECK(mig_fuzz_one(s.p, s.len, false, &res) < 0 && strstr(res.e.msg, "DONE"));
	free(s.p);
	/* PMIS marking a page past the end of a RAM that is not a multiple
	 * of 64 pages: the decoder alone. */
	uint64_t bits[2];
	uint8_t pm[8 + 16] = {0};
	struct error e = {0};
	mig_put64(pm, 100);
	pm[8 + 8 + 5] = 0x10; /* page 64 + 44 = 108 >= 100 */
	CHECK(mig_missing_decode(pm, sizeof(pm), 100, bits, &e) < 0 && strstr(e.msg, "past"));
	pm[8 + 8 + 5] = 0;
	pm[8 + 8 + 4] = 0x08; /* page 64 + 35 = 99: the last one */
	CHECK(mig_missing_decode(pm, sizeof(pm), 100, bits, &e) == 1);
}

/* A stream with HOTB (hart, count, its blocks) right after DISK, or
 * (late) after the first RAM frame; with PCPY when pcpy. */
static struct buf hot_stream(struct vm *vm, uint32_t hart, uint64_t pa, bool late, bool pcpy)
{
	struct buf s = {0};
	put_head(&s, vm, pcpy);
	struct block_ref refs[3] = {{0xffffffff80001000ull, VM_RAM_BASE + 0x1000, true},
				    {0x10626, VM_RAM_BASE + 0x5000, false},
				    {0x80000000ull, pa, false}};
	uint8_t hot[MIG_HOT_HEAD + 3 * MIG_HOT_ENTRY];
	if (late)
		put_ram(&s, vm, 0, 2, false);
	put_frame(&s, MIG_HOTB, hot, mig_hot_encode(hot, hart, refs, 3), NULL, 0);
	put_ram(&s, vm, 4, 2, false);
	put_stat(&s, vm);
	uint8_t flags[4] = {0};
	put_frame(&s, MIG_DONE, flags, 4, NULL, 0);
	return s;
}

static void hot_streams(struct vm *vm)
{
	struct mig_fuzz_result res;
	struct buf s = hot_stream(vm, 1, VM_RAM_BASE + 0x2002, false, false);
	seed_out("seed-hotb", &s);
	CHECK(mig_fuzz_one(s.p, s.len, false, &res) == 0);
	if (res.rc)
		printf("HOTB stream refused: %s\n", res.e.msg);
	free(s.p);
	static const struct {
		uint32_t hart;
		uint64_t pa;
		bool late, pcpy;
		const char *why;
	} bad[] = {{2, VM_RAM_BASE, false, false, "hart 2"},
		   {0, VM_RAM_BASE + 3, false, false, "not code"},
		   {0, VM_RAM_BASE - 2, false, false, "not code"},
		   {0, VM_RAM_BASE + MIG_FUZZ_MEM, false, false, "not code"},
		   {0, VM_RAM_BASE, true, false, "HOTB after RAM"},
		   {0, VM_RAM_BASE, false, true, "HOTB"}};
	for (unsigned k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		s = hot_stream(vm, bad[k].hart, bad[k].pa, bad[k].late, bad[k].pcpy);
		CHECK(mig_fuzz_one(s.p, s.len, false, &res) < 0 && strstr(res.e.msg, bad[k].why));
		free(s.p);
	}
	/* The frame's own checks: a count the length does not hold, past the
	 * maximum, an unknown flag. */
	uint8_t p[MIG_HOT_HEAD + MIG_HOT_ENTRY] = {0};
	struct block_ref out[MIG_HOT_MAX];
	uint32_t hart, n;
	struct error e;
	mig_put32(p + 4, 2);
	CHECK(mig_hot_decode(p, sizeof(p), 1, VM_RAM_BASE, 1 << 20, &hart, out, &n, &e) < 0);
	mig_put32(p + 4, MIG_HOT_MAX + 1);
	CHECK(mig_hot_decode(p, sizeof(p), 1, VM_RAM_BASE, 1 << 20, &hart, out, &n, &e) < 0);
	mig_put32(p + 4, 1);
	mig_put64(p + MIG_HOT_HEAD + 8, VM_RAM_BASE);
	CHECK(mig_hot_decode(p, sizeof(p), 1, VM_RAM_BASE, 1 << 20, &hart, out, &n, &e) == 0 &&
	      n == 1 && out[0].pa == VM_RAM_BASE && !out[0].translated);
	mig_put32(p + MIG_HOT_HEAD + 16, 2);
	CHECK(mig_hot_decode(p, sizeof(p), 1, VM_RAM_BASE, 1 << 20, &hart, out, &n, &e) < 0);
}

int main(void)
{
	rng = 0x9b05688c2b3e6c1full;
	struct vm *vm = mig_fuzz_vm();
	vm->harts[0]->pc = 0x80001234;
	vm->harts[1]->x[7] = 0x77;
	uint64_t npages = vm->bus.ram_size >> PAGE_SHIFT;
	*(uint64_t *)vm->bus.ram = 0x1122334455667788ull;
	*(uint64_t *)(vm->bus.ram + vm->bus.ram_size - 8) = 0x99aabbccddeeff00ull;
	memset(vm->bus.ram + 5 * PAGE_SIZE, 0xa5, PAGE_SIZE);

	/* The stream, as vmm/migrate_out.c writes it. */
	struct buf s = {0};
	uint8_t pre[MIG_PREAMBLE_LEN];
	memcpy(pre, MIG_MAGIC, 8);
	mig_put32(pre + 8, MIG_VERSION);
	mig_put32(pre + 12, MIG_PREAMBLE_LEN);
	put(&s, pre, sizeof(pre));
	put_frame(&s, MIG_AUTH, NULL, 0, NULL, 0);
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(snapshot_write_state(vm, &w, true) == 0);
	put_frame(&s, MIG_CONF, w.buf, w.len, NULL, 0);
	ss_writer_free(&w);
	uint8_t disks[4] = {0}; /* DISK: no disks */
	put_frame(&s, MIG_DISK, disks, 4, NULL, 0);
	put_ram(&s, vm, 0, 2, false);
	put_ram(&s, vm, 4, 2, false);
	put_ram(&s, vm, 5, 1, true); /* the page became zero: sent again as such */
	put_ram(&s, vm, npages - 1, 1, false);
	put_stat(&s, vm);
	uint8_t flags[4] = {0};
	put_frame(&s, MIG_DONE, flags, 4, NULL, 0);
	seed_out("seed-no-disks", &s);
	vm->harts[0]->pc = 0;

	struct mig_fuzz_result res;
	CHECK(mig_fuzz_one(s.p, s.len, false, &res) == 0);
	if (res.rc)
		printf("refused: %s\n", res.e.msg);
	CHECK(res.word0 == 0x1122334455667788ull && res.word_last == 0x99aabbccddeeff00ull);
	CHECK(vm->harts[0]->pc == 0x80001234);
	CHECK(mig_fuzz_one(s.p, s.len, true, NULL) == 0);
	disk_streams(vm);
	postcopy_streams(vm);
	hot_streams(vm);

	/* Another protocol version, said so. */
	uint8_t *m = malloc(s.len + 64);
	memcpy(m, s.p, s.len);
	mig_put32(m + 8, 1);
	CHECK(mig_fuzz_one(m, s.len, false, &res) < 0 && strstr(res.e.msg, "version 1") &&
	      strstr(res.e.msg, "version 2 only"));

	/* Several streams: STRM (count, index 0, nonce) after AUTH on the main
	 * connection is taken; a count out of 2..8 or another index refused. */
	size_t after_auth = MIG_PREAMBLE_LEN + MIG_FRAME_HEAD + 4;
	struct buf sm = {0};
	uint8_t strm[MIG_STRM_LEN] = {0};
	for (unsigned bad = 0; bad < 4; bad++) {
		static const uint32_t count[] = {4, 1, 9, 4}, index[] = {0, 0, 0, 2};
		sm.len = 0;
		put(&sm, s.p, after_auth);
		mig_put32(strm, count[bad]);
		mig_put32(strm + 4, index[bad]);
		memset(strm + 8, 0x5a, MIG_NONCE_LEN);
		put_frame(&sm, MIG_STRM, strm, sizeof(strm), NULL, 0);
		put(&sm, s.p + after_auth, s.len - after_auth);
		int rc = mig_fuzz_one(sm.p, sm.len, false, &res);
		if (bad == 0 ? rc != 0 : rc == 0 || !strstr(res.e.msg, "STRM"))
			printf("STRM case %u: rc %d: %s\n", bad, rc, res.e.msg);
		CHECK(bad == 0 ? rc == 0 : rc < 0 && strstr(res.e.msg, "STRM"));
	}
	unsigned strm_runs = 0;
	uint8_t *ms = malloc(sm.len);
	for (size_t k = after_auth; k < after_auth + MIG_FRAME_HEAD + MIG_STRM_LEN + 4; k++)
		for (size_t v = 0; v < 3; v++, strm_runs++) {
			memcpy(ms, sm.p, sm.len);
			ms[k] ^= (uint8_t)(1u << (v * 3));
			CHECK(mig_fuzz_one(ms, sm.len, false, NULL) < 0);
		}
	free(ms);
	free(sm.p);

	unsigned runs = strm_runs, accepted_damaged = 0;
	/* Truncations: every length in the first 2000 bytes, then every 97th,
	 * and every frame boundary of the tail (the last bytes). */
	for (size_t n = 0; n < s.len; n += n < 2000 || n + 64 > s.len ? 1 : 97, runs++) {
		CHECK(mig_fuzz_one(s.p, n, false, &res) < 0);
		if (n > MIG_PREAMBLE_LEN && res.rc == 0)
			printf("truncation at %zu accepted\n", n);
	}
	static const uint8_t vals[] = {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff};
	/* Every byte of the preamble, CONF and the first RAM frame's head,
	 * then every 13th byte up to 3000. */
	size_t first = s.len < 3000 ? s.len : 3000;
	for (size_t k = 0; k < first; k += k < 700 ? 1 : 13) {
		for (size_t v = 0; v < sizeof(vals); v++) {
			if (s.p[k] == vals[v])
				continue;
			memcpy(m, s.p, s.len);
			m[k] = vals[v];
			accepted_damaged += mig_fuzz_one(m, s.len, false, NULL) == 0;
			mig_fuzz_one(m, s.len, true, NULL);
			runs += 2;
		}
	}
	for (unsigned it = 0; it < 1500; it++) {
		static const uint32_t bounds[] = {0, 1, 0x7fffffff, 0xffffffff, 1024, 4096};
		memcpy(m, s.p, s.len);
		size_t mlen = mutate_once(m, s.len, 0, 4, bounds, 6);
		mig_fuzz_one(m, mlen, false, NULL);
		mig_fuzz_one(m, mlen, true, NULL);
		runs += 2;
	}
	/* A byte changed without recomputed checksums is never accepted. */
	CHECK(accepted_damaged == 0);
	printf("%u mutated migration streams run\n", runs);
	free(m);
	free(s.p);
	CHECK_DONE();
}
