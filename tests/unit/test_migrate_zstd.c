/* The migration receiver with compressed frames (docs/migration.md,
 * "Compression"), through the fuzz target (tests/fuzz/fuzz_migrate.c):
 * a stream announcing zstd (CMPR after CONF) whose RAM frames are zstd
 * frames (and one raw) is accepted with its pages in place, and so is a
 * copy migration's stream with a compressed BLK frame. Refused, with a
 * message naming the frame: a compressed frame without CMPR (as a
 * destination that does not know CMPR refuses it at CMPR itself), a zstd
 * frame that decompresses to fewer or more bytes than the head announces
 * (said in its own content size, or lying about it), one without its
 * content size, garbage, bytes after the zstd frame, a compressed payload
 * no smaller than the pages, ZERO and ZSTD together, CMPR with an unknown
 * algorithm or with post-copy. Then its bytes are mutated (each as it is
 * and with its CRCs recomputed, so the mutations reach the decompressor):
 * no crash, no write outside the RAM buffer (ASan in the fuzz build).
 * RVISOR_FUZZ_SEED_DIR=DIR writes the streams there (the corpus's seeds).
 * Also the encoder: a page that does not shrink goes raw. */
#include "../fuzz/fuzz_migrate.c"

#include <zstd.h>

#include "check.h"
#include "migstream.h"
#include "vmm/migrate_zstd.h"

/* The preamble, AUTH, CONF (with disks when given) and CMPR (algorithm
 * alg; none when 0), PCPY first when pcpy. */
static void put_head(struct buf *s, struct vm *vm, uint32_t alg, bool pcpy)
{
	put_preamble(s);
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(snapshot_write_state(vm, &w, true) == 0);
	put_frame(s, MIG_CONF, w.buf, w.len, NULL, 0);
	ss_writer_free(&w);
	if (pcpy)
		put_frame(s, MIG_PCPY, NULL, 0, NULL, 0);
	if (alg) {
		uint8_t a[MIG_CMPR_LEN];
		mig_put32(a, alg);
		put_frame(s, MIG_CMPR, a, sizeof(a), NULL, 0);
	}
}

static void put_tail(struct buf *s, struct vm *vm)
{
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(snapshot_write_state(vm, &w, false) == 0);
	put_frame(s, MIG_STAT, w.buf, w.len, NULL, 0);
	ss_writer_free(&w);
	uint8_t flags[4] = {0};
	put_frame(s, MIG_DONE, flags, 4, NULL, 0);
}

/* A RAM frame of n pages from first, with flags and the payload given. */
static void put_ram_payload(struct buf *s, uint64_t first, uint32_t n, uint32_t flags,
			    const void *p, size_t len)
{
	uint8_t h[MIG_RAM_HEAD];
	mig_put64(h, first);
	mig_put32(h + 8, n);
	mig_put32(h + 12, flags);
	put_frame(s, MIG_RAM, h, sizeof(h), p, len);
}

static struct mig_zstd_enc enc;

/* Pages [first, first + n) of vm compressed as the source does. */
static void put_ram_zstd(struct buf *s, struct vm *vm, uint64_t first, uint32_t n)
{
	size_t len = (size_t)n << PAGE_SHIFT;
	size_t c = mig_zstd_compress(&enc, vm->bus.ram + (first << PAGE_SHIFT), len);
	CHECK(c > 0 && c < len);
	put_ram_payload(s, first, n, MIG_RAM_ZSTD, enc.out, c);
}

/* The good stream: CMPR, pages 0..1 and 4..5 compressed, the last page
 * raw (it did not shrink, as a source may send it). */
static struct buf good_stream(struct vm *vm, uint32_t alg)
{
	uint64_t npages = vm->bus.ram_size >> PAGE_SHIFT;
	struct buf s = {0};
	put_head(&s, vm, alg, false);
	uint8_t disks[4] = {0};
	put_frame(&s, MIG_DISK, disks, 4, NULL, 0);
	put_ram_zstd(&s, vm, 0, 2);
	put_ram_zstd(&s, vm, 4, 2);
	put_ram_payload(&s, npages - 1, 1, 0, vm->bus.ram + ((npages - 1) << PAGE_SHIFT),
			PAGE_SIZE);
	put_tail(&s, vm);
	return s;
}

/* A stream with CMPR whose one RAM frame (pages 4.., n in the head) has
 * the payload given. */
static struct buf bad_stream(struct vm *vm, uint32_t n, uint32_t flags, const void *p, size_t len)
{
	struct buf s = {0};
	put_head(&s, vm, MIG_COMPRESS_ZSTD, false);
	uint8_t disks[4] = {0};
	put_frame(&s, MIG_DISK, disks, 4, NULL, 0);
	put_ram_payload(&s, 4, n, flags, p, len);
	put_tail(&s, vm);
	return s;
}

/* bad_stream is refused, its message holding want (and naming the frame
 * when named). */
static void refused(struct vm *vm, const char *what, uint32_t n, uint32_t flags, const void *p,
		    size_t len, const char *want, bool named)
{
	struct buf s = bad_stream(vm, n, flags, p, len);
	struct mig_fuzz_result res;
	int rc = mig_fuzz_one(s.p, s.len, false, &res);
	bool ok = rc < 0 && strstr(res.e.msg, want) &&
		  (!named || strstr(res.e.msg, "RAM frame of pages 4..+"));
	if (!ok)
		printf("%s: rc %d: %s\n", what, rc, rc < 0 ? res.e.msg : "accepted");
	CHECK(ok);
	free(s.p);
}

/* A copy migration's stream: disk 0 (1 MiB, raw) copied, with one BLK
 * frame of 64 KiB compressed (or raw, or lying about its length). */
static struct buf blk_stream(struct vm *vm, uint64_t said_len)
{
	struct buf s = {0};
	vm->cfg.disks[0] = (struct vm_disk){.path = "source.raw", .format = "raw"};
	vm->cfg.ndisks = 1;
	put_head(&s, vm, MIG_COMPRESS_ZSTD, false);
	struct mig_disk_table t = {.n = 1};
	t.d[0] = (struct mig_disk_entry){MIG_DISK_COPY, MIG_FMT_RAW, 1 << 20};
	uint8_t table[MIG_DISK_TABLE_MAX];
	put_frame(&s, MIG_DISK, table, mig_disk_table_encode(&t, table), NULL, 0);
	uint8_t *data = malloc(65536);
	CHECK(data != NULL);
	for (size_t k = 0; k < 65536; k++)
		data[k] = (uint8_t)("disk bytes "[k % 11]);
	size_t c = mig_zstd_compress(&enc, data, 65536);
	CHECK(c > 0 && c < 65536);
	uint8_t h[MIG_BLK_HEAD];
	mig_put32(h, 0);
	mig_put32(h + 4, MIG_BLK_ZSTD);
	mig_put64(h + 8, 4096);
	mig_put64(h + 16, said_len);
	put_frame(&s, MIG_BLK, h, sizeof(h), enc.out, c);
	free(data);
	put_ram_zstd(&s, vm, 0, 2);
	put_tail(&s, vm);
	vm->cfg.ndisks = 0;
	return s;
}

static void mutate(const struct buf *s, size_t from)
{
	uint8_t *m = malloc(s->len);
	CHECK(m != NULL);
	unsigned runs = 0;
	for (unsigned it = 0; it < 1500; it++, runs += 2) {
		static const uint32_t bounds[] = {0, 1, 2, 3, 0xffffffff, 4096, 8192};
		memcpy(m, s->p, s->len);
		size_t mlen = mutate_once(m, s->len, from, 3, bounds, 7);
		mig_fuzz_one(m, mlen, false, NULL);
		mig_fuzz_one(m, mlen, true, NULL);
	}
	free(m);
	printf("%u mutated compressed streams run\n", runs);
}

int main(void)
{
	rng = 0x2545f4914f6cdd1dull;
	struct error e = {0};
	CHECK(mig_zstd_enc_init(&enc, MIG_ZSTD_LEVEL_DEFAULT, MIG_ZSTD_MAX_IN, &e) == 0);
	struct vm *vm = mig_fuzz_vm();
	vm->harts[0]->pc = 0x80001234;
	uint64_t npages = vm->bus.ram_size >> PAGE_SHIFT;
	*(uint64_t *)vm->bus.ram = 0x1122334455667788ull;
	memset(vm->bus.ram + 5 * PAGE_SIZE, 0xa5, PAGE_SIZE);
	/* The last page: random bytes, which do not shrink. */
	for (size_t k = 0; k < PAGE_SIZE; k += 8)
		*(uint64_t *)(vm->bus.ram + ((npages - 1) << PAGE_SHIFT) + k) = rnd();
	CHECK(mig_zstd_compress(&enc, vm->bus.ram + ((npages - 1) << PAGE_SHIFT), PAGE_SIZE) == 0);

	/* 1. Accepted, the pages in place. */
	struct mig_fuzz_result res;
	struct buf s = good_stream(vm, MIG_COMPRESS_ZSTD);
	seed_out("seed-zstd", &s);
	vm->harts[0]->pc = 0;
	CHECK(mig_fuzz_one(s.p, s.len, false, &res) == 0);
	if (res.rc)
		printf("compressed stream refused: %s\n", res.e.msg);
	CHECK(res.word0 == 0x1122334455667788ull);
	CHECK(res.word_last == *(uint64_t *)(vm->bus.ram + vm->bus.ram_size - 8));
	CHECK(vm->harts[0]->pc == 0x80001234);
	CHECK(mig_fuzz_one(s.p, s.len, true, NULL) == 0);

	/* 2. Compressed frames without CMPR: refused at the first one. */
	struct buf s2 = good_stream(vm, 0);
	CHECK(mig_fuzz_one(s2.p, s2.len, false, &res) < 0 && strstr(res.e.msg, "CMPR") &&
	      strstr(res.e.msg, "unknown flags 0x2"));
	free(s2.p);
	/* CMPR with another algorithm, or after PCPY. */
	s2 = good_stream(vm, 2);
	CHECK(mig_fuzz_one(s2.p, s2.len, false, &res) < 0 && strstr(res.e.msg, "CMPR") &&
	      strstr(res.e.msg, "algorithm 2"));
	free(s2.p);
	s2 = (struct buf){0};
	put_head(&s2, vm, MIG_COMPRESS_ZSTD, true);
	uint8_t disks[4] = {0};
	put_frame(&s2, MIG_DISK, disks, 4, NULL, 0);
	CHECK(mig_fuzz_one(s2.p, s2.len, false, &res) < 0 && strstr(res.e.msg, "post-copy"));
	free(s2.p);

	/* 3. Payloads that lie. */
	uint8_t *page = vm->bus.ram + 5 * PAGE_SIZE;
	size_t c1 = mig_zstd_compress(&enc, page, PAGE_SIZE);
	uint8_t one[256];
	CHECK(c1 > 0 && c1 + 1 < sizeof(one));
	memcpy(one, enc.out, c1);
	/* One page's frame under a head of two pages. */
	refused(vm, "short", 2, MIG_RAM_ZSTD, one, c1,
		"decompresses to 4096 bytes, its head says 8192", true);
	/* Two pages' frame under a head of one page. */
	size_t c2 = mig_zstd_compress(&enc, vm->bus.ram + 4 * PAGE_SIZE, 2 * PAGE_SIZE);
	refused(vm, "long", 1, MIG_RAM_ZSTD, enc.out, c2, "its head says 4096", true);
	/* The frame's content size patched to two pages: it says what the
	 * head says, and decompresses to less. */
	uint8_t fhd = one[4];
	unsigned fcs_flag = fhd >> 6, single = (fhd >> 5) & 1, did = fhd & 3;
	size_t fcs_at = 5 + (single ? 0 : 1) + (did ? (1u << (did - 1)) : 0);
	uint8_t lie[256];
	memcpy(lie, one, c1);
	if (fcs_flag == 1) { /* two bytes, value - 256 */
		lie[fcs_at] = (uint8_t)((8192 - 256) & 0xff);
		lie[fcs_at + 1] = (uint8_t)((8192 - 256) >> 8);
		refused(vm, "lying content size", 2, MIG_RAM_ZSTD, lie, c1, "does not decompress",
			true);
	} else {
		printf("unexpected zstd frame header 0x%02x: the lying-size case is skipped\n",
		       fhd);
		CHECK(0);
	}
	/* Without its content size. */
	ZSTD_CCtx *cc = ZSTD_createCCtx();
	ZSTD_CCtx_setParameter(cc, ZSTD_c_contentSizeFlag, 0);
	uint8_t nosize[256];
	ZSTD_inBuffer in = {page, PAGE_SIZE, 0};
	ZSTD_outBuffer out = {nosize, sizeof(nosize), 0};
	CHECK(ZSTD_compressStream2(cc, &out, &in, ZSTD_e_end) == 0);
	ZSTD_freeCCtx(cc);
	refused(vm, "no content size", 1, MIG_RAM_ZSTD, nosize, out.pos, "with its size", true);
	/* Garbage, a byte after the frame, a payload as long as the pages,
	 * ZERO and ZSTD at once. */
	uint8_t junk[600];
	for (size_t k = 0; k < sizeof(junk); k++)
		junk[k] = (uint8_t)rnd();
	refused(vm, "garbage", 1, MIG_RAM_ZSTD, junk, sizeof(junk), "RAM frame of pages 4..+1",
		true);
	memcpy(lie, one, c1);
	lie[c1] = 0;
	refused(vm, "trailing byte", 1, MIG_RAM_ZSTD, lie, c1 + 1, "not one whole zstd frame",
		true);
	refused(vm, "not smaller", 1, MIG_RAM_ZSTD, page, PAGE_SIZE, "fewer than", false);
	refused(vm, "zero and zstd", 1, MIG_RAM_ZSTD | MIG_RAM_ZERO, one, c1,
		"both zero and compressed", false);
	/* A damaged compressed frame (CRC recomputed: it reaches zstd). */
	memcpy(lie, one, c1);
	lie[c1 / 2] ^= 0x40;
	lie[c1 / 2 + 1] ^= 0x11;
	struct buf sd = bad_stream(vm, 1, MIG_RAM_ZSTD, lie, c1);
	int rc = mig_fuzz_one(sd.p, sd.len, false, &res);
	if (rc == 0) /* a damage zstd cannot see must still give one page */
		printf("a damaged zstd frame decompressed to a page\n");
	else
		CHECK(strstr(res.e.msg, "RAM frame of pages 4..+1") != NULL);
	free(sd.p);

	/* 4. BLK compressed: accepted by a destination given the target;
	 * refused when the head's length is not what it decompresses to. */
	struct buf sb = blk_stream(vm, 65536);
	seed_out("seed-zstd-disk", &sb);
	CHECK(mig_fuzz_run(sb.p, sb.len, false, true, &res) == 0);
	if (res.rc)
		printf("compressed BLK stream refused: %s\n", res.e.msg);
	free(sb.p);
	sb = blk_stream(vm, 65536 + 512);
	CHECK(mig_fuzz_run(sb.p, sb.len, false, true, &res) < 0 &&
	      strstr(res.e.msg, "BLK frame of disk 0 bytes 4096..+66048"));
	free(sb.p);

	/* 5. Mutations of the compressed stream after its CONF. */
	size_t conf_end = MIG_PREAMBLE_LEN + MIG_FRAME_HEAD + 4;
	conf_end += MIG_FRAME_HEAD + (size_t)mig_get64(s.p + conf_end + 8) + 4;
	mutate(&s, conf_end);
	free(s.p);
	mig_zstd_enc_free(&enc);
	CHECK_DONE();
}
