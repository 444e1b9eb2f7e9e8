/* Virtqueue unit test: valid chains (direct, indirect, mixed directions),
 * used ring and notification suppression (flags, EVENT_IDX), and malformed
 * input: rings or buffers outside RAM, loops, zero and huge lengths, bad
 * indices, indirect inside indirect, readable after writable, an avail index
 * that jumps; then random descriptor tables (fuzz): errors, never a crash. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "virtio/virtqueue.h"
#include "vmm/vm.h"

#define RAM VM_RAM_BASE
#define RAM_SIZE (96ULL << 20)
#define DESC (RAM + 0x10000)
#define AVAIL (RAM + 0x20000)
#define USED (RAM + 0x30000)
#define IND (RAM + 0x40000)
#define BUF (RAM + 0x100000)
#define N 16

static struct vm *vm;

static void put_desc(uint64_t table, unsigned i, uint64_t addr, uint32_t len, uint16_t flags,
		     uint16_t next)
{
	uint8_t d[16];
	memcpy(d, &addr, 8);
	memcpy(d + 8, &len, 4);
	memcpy(d + 12, &flags, 2);
	memcpy(d + 14, &next, 2);
	CHECK(bus_copy_to_guest(&vm->bus, table + 16 * i, d, 16));
}

static void put16(uint64_t pa, uint16_t v)
{
	CHECK(bus_copy_to_guest(&vm->bus, pa, &v, 2));
}

static uint16_t get16(uint64_t pa)
{
	uint16_t v = 0;
	CHECK(bus_copy_from_guest(&vm->bus, pa, &v, 2));
	return v;
}

static uint32_t get32(uint64_t pa)
{
	uint32_t v = 0;
	CHECK(bus_copy_from_guest(&vm->bus, pa, &v, 4));
	return v;
}

static uint16_t avail_idx;

/* Make head available. */
static void offer(uint16_t head)
{
	put16(AVAIL + 4 + 2 * (avail_idx % N), head);
	avail_idx++;
	put16(AVAIL + 2, avail_idx);
}

static void setup(struct virtq *vq, bool event_idx)
{
	uint8_t zero[0x40000] = {0};
	bus_copy_to_guest(&vm->bus, DESC, zero, sizeof(zero));
	memset(vq, 0, sizeof(*vq));
	vq->num = N;
	vq->desc_pa = DESC;
	vq->avail_pa = AVAIL;
	vq->used_pa = USED;
	vq->event_idx = event_idx;
	char err[128];
	CHECK(virtq_map(vq, &vm->bus, err, sizeof(err)) == 0);
	avail_idx = 0;
}

static struct virtq_chain c;

static void test_map(void)
{
	struct virtq vq = {.num = N, .desc_pa = DESC, .avail_pa = AVAIL, .used_pa = USED};
	char err[128];
	CHECK(virtq_map(&vq, &vm->bus, err, sizeof(err)) == 0);
	vq.num = 12; /* not a power of two */
	CHECK(virtq_map(&vq, &vm->bus, err, sizeof(err)) < 0);
	vq.num = 512; /* over the maximum */
	CHECK(virtq_map(&vq, &vm->bus, err, sizeof(err)) < 0);
	vq.num = 0;
	CHECK(virtq_map(&vq, &vm->bus, err, sizeof(err)) < 0);
	vq.num = N;
	vq.desc_pa = DESC + 8; /* misaligned */
	CHECK(virtq_map(&vq, &vm->bus, err, sizeof(err)) < 0);
	vq.desc_pa = RAM + RAM_SIZE - 16 * N + 16; /* runs past the end of RAM */
	CHECK(virtq_map(&vq, &vm->bus, err, sizeof(err)) < 0);
	vq.desc_pa = 0x1000; /* not RAM at all */
	CHECK(virtq_map(&vq, &vm->bus, err, sizeof(err)) < 0);
	vq.desc_pa = DESC;
	vq.used_pa = RAM + RAM_SIZE - 4; /* used ring past the end */
	CHECK(virtq_map(&vq, &vm->bus, err, sizeof(err)) < 0);
	CHECK(vq.desc == NULL && vq.used == NULL);
	/* Popping from an unmapped queue is an error, not a crash. */
	CHECK(virtq_pop(&vq, &c) == VIRTQ_E_RING);
}

static void test_valid_chains(void)
{
	struct virtq vq;
	setup(&vq, false);
	CHECK(virtq_pop(&vq, &c) == 0); /* empty */

	/* Direct: 16-byte header, 2 data buffers (writable), status. */
	put_desc(DESC, 3, BUF, 16, VIRTQ_DESC_F_NEXT, 7);
	put_desc(DESC, 7, BUF + 0x1000, 4096, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 0);
	put_desc(DESC, 0, BUF + 0x3000, 512, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 1);
	put_desc(DESC, 1, BUF + 0x4000, 1, VIRTQ_DESC_F_WRITE, 0);
	offer(3);
	CHECK(virtq_pop(&vq, &c) == 1);
	CHECK_EQ_U64(c.head, 3);
	CHECK_EQ_U64(c.nseg, 4);
	CHECK_EQ_U64(c.nread, 1);
	CHECK_EQ_U64(c.read_len, 16);
	CHECK_EQ_U64(c.write_len, 4096 + 512 + 1);
	CHECK(c.seg[1].pa == BUF + 0x1000 && c.seg[1].write);
	CHECK(virtq_pop(&vq, &c) == 0);

	/* Chain data helpers: across segment boundaries. */
	uint8_t hdr[16];
	for (int k = 0; k < 16; k++)
		hdr[k] = (uint8_t)k;
	bus_copy_to_guest(&vm->bus, BUF, hdr, 16);
	uint8_t got[20] = {0};
	CHECK_EQ_U64(virtq_chain_read(&vq, &c, 4, got, 20), 12);
	CHECK(got[0] == 4 && got[11] == 15);
	uint8_t pat[600];
	memset(pat, 0xab, sizeof(pat));
	CHECK_EQ_U64(virtq_chain_write(&vq, &c, 4000, pat, 600), 600);
	CHECK(get16(BUF + 0x1000 + 4094) == 0xabab);
	CHECK(get16(BUF + 0x3000) == 0xabab);
	CHECK_EQ_U64(virtq_chain_write(&vq, &c, 4096 + 512, pat, 10), 1); /* only the status left */

	/* Used ring. */
	virtq_push(&vq, c.head, 4097);
	CHECK_EQ_U64(get16(USED + 2), 1);
	CHECK_EQ_U64(get32(USED + 4), 3);
	CHECK_EQ_U64(get32(USED + 8), 4097);

	/* Indirect: a table of 3 descriptors. */
	put_desc(IND, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 2);
	put_desc(IND, 2, BUF + 0x1000, 8192, VIRTQ_DESC_F_NEXT, 1);
	put_desc(IND, 1, BUF + 0x4000, 1, VIRTQ_DESC_F_WRITE, 0);
	put_desc(DESC, 5, IND, 48, VIRTQ_DESC_F_INDIRECT, 0);
	offer(5);
	CHECK(virtq_pop(&vq, &c) == 1);
	CHECK_EQ_U64(c.head, 5);
	CHECK_EQ_U64(c.nseg, 3);
	CHECK_EQ_U64(c.read_len, 16 + 8192);
	CHECK_EQ_U64(c.write_len, 1);
	virtq_push(&vq, c.head, 1);
	CHECK_EQ_U64(get16(USED + 2), 2);
	CHECK_EQ_U64(get32(USED + 12), 5);

	/* Wrap-around of the avail ring (N entries, idx past 65535). */
	setup(&vq, false);
	vq.last_avail_idx = vq.used_idx = 65530;
	avail_idx = 65530;
	put_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 1);
	put_desc(DESC, 1, BUF + 16, 1, VIRTQ_DESC_F_WRITE, 0);
	for (int k = 0; k < 12; k++) {
		offer(0);
		CHECK(virtq_pop(&vq, &c) == 1);
		virtq_push(&vq, 0, 1);
	}
	CHECK_EQ_U64(vq.last_avail_idx, (uint16_t)(65530 + 12));
	CHECK_EQ_U64(get16(USED + 2), (uint16_t)(65530 + 12));
}

static void test_notify(void)
{
	struct virtq vq;
	/* Flags mode. */
	setup(&vq, false);
	put_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 1);
	put_desc(DESC, 1, BUF + 16, 1, VIRTQ_DESC_F_WRITE, 0);
	offer(0);
	CHECK(virtq_pop(&vq, &c) == 1);
	virtq_push(&vq, 0, 1);
	CHECK(virtq_need_notify(&vq));
	put16(AVAIL, VIRTQ_AVAIL_F_NO_INTERRUPT);
	CHECK(!virtq_need_notify(&vq));
	virtq_set_kicks(&vq, false);
	CHECK(get16(USED) & VIRTQ_USED_F_NO_NOTIFY);
	virtq_set_kicks(&vq, true);
	CHECK(!(get16(USED) & VIRTQ_USED_F_NO_NOTIFY));

	/* EVENT_IDX mode: used_event at avail + 4 + 2N, avail_event at used + 4 + 8N. */
	setup(&vq, true);
	put_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 1);
	put_desc(DESC, 1, BUF + 16, 1, VIRTQ_DESC_F_WRITE, 0);
	uint64_t used_event = AVAIL + 4 + 2 * N, avail_event = USED + 4 + 8 * N;
	for (int k = 0; k < 4; k++) {
		offer(0);
		CHECK(virtq_pop(&vq, &c) == 1);
	}
	put16(used_event, 0); /* interrupt when used idx passes 0 */
	virtq_push(&vq, 0, 1);
	CHECK(virtq_need_notify(&vq)); /* first check always notifies */
	virtq_push(&vq, 0, 1);
	CHECK(!virtq_need_notify(&vq)); /* 1 -> 2 does not cross used_event 0 */
	put16(used_event, 3);
	virtq_push(&vq, 0, 1); /* 3 */
	CHECK(!virtq_need_notify(&vq));
	virtq_push(&vq, 0, 1); /* 4: crosses 3 */
	CHECK(virtq_need_notify(&vq));
	CHECK(!virtq_need_notify(&vq)); /* nothing new */
	virtq_set_kicks(&vq, true);
	CHECK_EQ_U64(get16(avail_event), 4);
	CHECK(virtq_need_event(5, 6, 5) && !virtq_need_event(5, 5, 4) &&
	      virtq_need_event(0xffff, 0, 0xfffe));
}

/* Each malformed chain yields its error, consumes nothing, never crashes. */
static void expect_err(struct virtq *vq, uint16_t head, int err)
{
	uint16_t before = vq->last_avail_idx;
	offer(head);
	int rc = virtq_pop(vq, &c);
	if (rc != err)
		fprintf(stderr, "  head %u: got %d, expected %d\n", head, rc, err);
	CHECK(rc == err);
	CHECK(vq->last_avail_idx == before);
	/* Drop the offered entry for the next case. */
	avail_idx--;
	put16(AVAIL + 2, avail_idx);
}

static void test_malformed(void)
{
	struct virtq vq;
	setup(&vq, false);
	/* Head out of range. */
	expect_err(&vq, N, VIRTQ_E_HEAD);
	expect_err(&vq, 0xffff, VIRTQ_E_HEAD);
	/* Buffer outside RAM, straddling its end, zero length. */
	put_desc(DESC, 0, 0x1000, 16, 0, 0);
	expect_err(&vq, 0, VIRTQ_E_BUF);
	put_desc(DESC, 0, RAM + RAM_SIZE - 8, 16, 0, 0);
	expect_err(&vq, 0, VIRTQ_E_BUF);
	put_desc(DESC, 0, ~0ULL - 4, 16, 0, 0); /* address + length wraps */
	expect_err(&vq, 0, VIRTQ_E_BUF);
	put_desc(DESC, 0, BUF, 0, 0, 0);
	expect_err(&vq, 0, VIRTQ_E_BUF);
	/* Huge length: all of RAM is fine, more is outside RAM. */
	put_desc(DESC, 0, RAM, 0xffffffffu, 0, 0);
	expect_err(&vq, 0, VIRTQ_E_BUF);
	/* Next out of range. */
	put_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, N);
	expect_err(&vq, 0, VIRTQ_E_NEXT);
	/* Loops: to itself, and a 3-cycle. */
	put_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 0);
	expect_err(&vq, 0, VIRTQ_E_LOOP);
	put_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 1);
	put_desc(DESC, 1, BUF, 16, VIRTQ_DESC_F_NEXT, 2);
	put_desc(DESC, 2, BUF, 16, VIRTQ_DESC_F_NEXT, 0);
	expect_err(&vq, 0, VIRTQ_E_LOOP);
	/* Readable after writable. */
	put_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT | VIRTQ_DESC_F_WRITE, 1);
	put_desc(DESC, 1, BUF, 16, 0, 0);
	expect_err(&vq, 0, VIRTQ_E_ORDER);

	/* Indirect tables: zero length, not a multiple of 16, outside RAM,
	 * larger than the queue, with NEXT, after a direct descriptor, nested,
	 * looping inside, next out of the table. */
	put_desc(DESC, 0, IND, 0, VIRTQ_DESC_F_INDIRECT, 0);
	expect_err(&vq, 0, VIRTQ_E_INDIRECT);
	put_desc(DESC, 0, IND, 24, VIRTQ_DESC_F_INDIRECT, 0);
	expect_err(&vq, 0, VIRTQ_E_INDIRECT);
	put_desc(DESC, 0, RAM + RAM_SIZE - 16, 32, VIRTQ_DESC_F_INDIRECT, 0);
	expect_err(&vq, 0, VIRTQ_E_INDIRECT);
	put_desc(DESC, 0, IND, 16 * (N + 1), VIRTQ_DESC_F_INDIRECT, 0);
	expect_err(&vq, 0, VIRTQ_E_INDIRECT);
	put_desc(DESC, 0, IND, 32, VIRTQ_DESC_F_INDIRECT | VIRTQ_DESC_F_NEXT, 1);
	put_desc(DESC, 1, BUF, 1, VIRTQ_DESC_F_WRITE, 0);
	expect_err(&vq, 0, VIRTQ_E_INDIRECT);
	put_desc(IND, 0, BUF, 16, 0, 0);
	put_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 1);
	put_desc(DESC, 1, IND, 16, VIRTQ_DESC_F_INDIRECT, 0);
	expect_err(&vq, 0, VIRTQ_E_INDIRECT);
	put_desc(IND, 0, IND + 0x100, 16, VIRTQ_DESC_F_INDIRECT, 0); /* indirect inside indirect */
	put_desc(IND + 0x100, 0, BUF, 16, 0, 0);
	put_desc(DESC, 0, IND, 16, VIRTQ_DESC_F_INDIRECT, 0);
	expect_err(&vq, 0, VIRTQ_E_INDIRECT);
	put_desc(IND, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 1);
	put_desc(IND, 1, BUF, 16, VIRTQ_DESC_F_NEXT, 0);
	put_desc(DESC, 0, IND, 32, VIRTQ_DESC_F_INDIRECT, 0);
	expect_err(&vq, 0, VIRTQ_E_LOOP);
	put_desc(IND, 1, BUF, 16, VIRTQ_DESC_F_NEXT, 2);
	expect_err(&vq, 0, VIRTQ_E_NEXT);
	put_desc(IND, 1, 0x2000, 16, 0, 0); /* buffer outside RAM inside the table */
	expect_err(&vq, 0, VIRTQ_E_BUF);

	/* Too many bytes in total: N whole-RAM buffers (16 x 96 MiB > 1 GiB). */
	for (unsigned k = 0; k < N; k++)
		put_desc(DESC, k, RAM, (uint32_t)RAM_SIZE, VIRTQ_DESC_F_NEXT, (uint16_t)(k + 1));
	put_desc(DESC, N - 1, RAM, (uint32_t)RAM_SIZE, 0, 0);
	expect_err(&vq, 0, VIRTQ_E_TOOBIG);

	/* Avail idx jumping by more than the queue size. */
	avail_idx = (uint16_t)(vq.last_avail_idx + N + 1);
	put16(AVAIL + 2, avail_idx);
	CHECK(virtq_pop(&vq, &c) == VIRTQ_E_AVAIL_IDX);
	avail_idx = vq.last_avail_idx;
	put16(AVAIL + 2, avail_idx);

	/* After all that, a good chain still works. */
	put_desc(DESC, 0, BUF, 16, VIRTQ_DESC_F_NEXT, 1);
	put_desc(DESC, 1, BUF + 16, 1, VIRTQ_DESC_F_WRITE, 0);
	offer(0);
	CHECK(virtq_pop(&vq, &c) == 1);
}

/* Random descriptor tables, indirect tables and avail entries. */
static void test_fuzz(void)
{
	struct virtq vq;
	setup(&vq, true);
	srand(12345);
	static const uint64_t addrs[] = {BUF, IND,	  RAM,	 RAM + RAM_SIZE - 16,
					 0,   0x10001000, ~0ULL, RAM + RAM_SIZE};
	unsigned ok = 0, errs = 0;
	for (int iter = 0; iter < 200000; iter++) {
		for (unsigned k = 0; k < N; k++) {
			uint64_t a = addrs[rand() % 8] + (uint64_t)(rand() % 64);
			uint32_t len =
			    (rand() % 4) ? (uint32_t)(rand() % 5000) : (uint32_t)rand() * 2u;
			uint16_t flags = (uint16_t)(rand() & 7);
			uint16_t next = (uint16_t)((rand() % 8) ? rand() % N : rand());
			put_desc(DESC, k, a, len, flags, next);
			if (k < 8)
				put_desc(IND, k, addrs[rand() % 4] + (uint64_t)(rand() % 64),
					 (uint32_t)(rand() % 300), (uint16_t)(rand() & 7),
					 (uint16_t)(rand() % 10));
		}
		if (rand() % 16 == 0) {
			put16(AVAIL + 2, (uint16_t)rand());
		} else {
			put16(AVAIL + 4 + 2 * (vq.last_avail_idx % N),
			      (uint16_t)(rand() % (N + 2)));
			put16(AVAIL + 2, (uint16_t)(vq.last_avail_idx + 1));
		}
		int rc = virtq_pop(&vq, &c);
		CHECK(rc >= VIRTQ_E_TOOBIG && rc <= 1);
		if (rc == 1) {
			ok++;
			CHECK(c.nseg >= 1 && c.nseg <= N);
			for (unsigned s = 0; s < c.nseg; s++)
				CHECK(bus_is_ram(&vm->bus, c.seg[s].pa, c.seg[s].len) &&
				      c.seg[s].len);
			virtq_push(&vq, c.head, 0);
			virtq_need_notify(&vq);
		} else if (rc < 0) {
			errs++;
		}
	}
	printf("fuzz: %u chains accepted, %u rejected\n", ok, errs);
	CHECK(ok > 100 && errs > 1000);
}

int main(void)
{
	vm = calloc(1, sizeof(*vm));
	struct vm_config cfg = {.mem_size = RAM_SIZE, .ncpus = 1};
	if (!vm || vm_init(vm, &cfg, NULL) < 0)
		return 1;
	test_map();
	test_valid_chains();
	test_notify();
	test_malformed();
	test_fuzz();
	vm_destroy(vm);
	free(vm);
	CHECK_DONE();
}
