/* virtio-console unit test: identity, output (transmit buffers reach the
 * console's output fd, a chain of several buffers in order), input typed on
 * the console's input fd reaches the guest's receive buffers (and not the
 * UART), input that arrives before any receive buffer waits for one, a
 * receive buffer without a writable part breaks the device (and a reset
 * recovers), and a save/load round trip of undelivered input. */
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "machine/board.h"
#include "state/stream.h"
#include "virtio/console.h"
#include "virtio/devices.h"
#include "virtio/mmio.h"
#include "vmm/vm.h"

#define SLOT 1
#define BASE (VIRT_VIRTIO_BASE + SLOT * VIRT_VIRTIO_SIZE)
#define RAM VM_RAM_BASE
#define RING(q) (RAM + 0x10000 + (uint64_t)(q)*0x4000)
#define DESC(q) RING(q)
#define AVAIL(q) (RING(q) + 0x1000)
#define USED(q) (RING(q) + 0x2000)
#define BUF (RAM + 0x40000)
#define QN 16

struct rig {
	struct vm *vm;
	struct board *b;
	struct virtio_mmio *t;
	int in[2], out[2]; /* pipes: the test writes in[1], reads out[0] */
	uint16_t avail[2];
};

static uint32_t rd(struct rig *r, uint64_t off)
{
	uint64_t v = 0xdeadbeef;
	CHECK(bus_read(&r->vm->bus, BASE + off, 4, &v));
	return (uint32_t)v;
}

static void wr(struct rig *r, uint64_t off, uint32_t v)
{
	CHECK(bus_write(&r->vm->bus, BASE + off, 4, v));
}

static void rig_open(struct rig *r)
{
	memset(r, 0, sizeof(*r));
	CHECK(pipe(r->in) == 0 && pipe(r->out) == 0);
	fcntl(r->out[0], F_SETFL, O_NONBLOCK);
	r->vm = calloc(1, sizeof(*r->vm));
	struct vm_config cfg = {.mem_size = 64ULL << 20, .ncpus = 1};
	if (!r->vm || vm_init(r->vm, &cfg) < 0)
		abort();
	r->b = board_create(r->vm, r->in[0], r->out[1]);
	struct vdev_ctx ctx = {0};
	CHECK(virtio_console_create(r->vm, r->b, SLOT, "", &ctx) == 0);
	for (unsigned k = 0; k < board_ndevices(r->b); k++) {
		void *dev;
		if (board_device(r->b, k, &dev) == &virtio_mmio_board_ops)
			r->t = dev;
	}
	CHECK(r->t != NULL);
	CHECK(board_console_start(r->b) == 0);
}

static void rig_close(struct rig *r)
{
	board_destroy(r->b);
	vm_destroy(r->vm);
	free(r->vm);
	close(r->in[0]);
	close(r->in[1]);
	close(r->out[0]);
	close(r->out[1]);
}

static void driver_init(struct rig *r)
{
	wr(r, VIRTIO_MMIO_STATUS, 0);
	wr(r, VIRTIO_MMIO_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
	wr(r, VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
	wr(r, VIRTIO_MMIO_DRIVER_FEATURES, 1); /* VERSION_1 */
	wr(r, VIRTIO_MMIO_STATUS,
	   VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK);
	static uint8_t zero[0x8000];
	bus_copy_to_guest(&r->vm->bus, RING(0), zero, sizeof(zero));
	for (unsigned q = 0; q < 2; q++) {
		wr(r, VIRTIO_MMIO_QUEUE_SEL, q);
		wr(r, VIRTIO_MMIO_QUEUE_NUM, QN);
		wr(r, VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)DESC(q));
		wr(r, VIRTIO_MMIO_QUEUE_DRIVER_LOW, (uint32_t)AVAIL(q));
		wr(r, VIRTIO_MMIO_QUEUE_DEVICE_LOW, (uint32_t)USED(q));
		wr(r, VIRTIO_MMIO_QUEUE_READY, 1);
		r->avail[q] = 0;
	}
	wr(r, VIRTIO_MMIO_STATUS,
	   VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK |
	       VIRTIO_STATUS_DRIVER_OK);
}

static void put_desc(struct rig *r, unsigned q, unsigned i, uint64_t addr, uint32_t len,
		     uint16_t flags, uint16_t next)
{
	uint8_t d[16];
	memcpy(d, &addr, 8);
	memcpy(d + 8, &len, 4);
	memcpy(d + 12, &flags, 2);
	memcpy(d + 14, &next, 2);
	CHECK(bus_copy_to_guest(&r->vm->bus, DESC(q) + 16 * i, d, 16));
}

static void offer(struct rig *r, unsigned q, uint16_t head)
{
	bus_copy_to_guest(&r->vm->bus, AVAIL(q) + 4 + 2 * (r->avail[q] % QN), &head, 2);
	r->avail[q]++;
	__atomic_thread_fence(__ATOMIC_RELEASE);
	bus_copy_to_guest(&r->vm->bus, AVAIL(q) + 2, &r->avail[q], 2);
	wr(r, VIRTIO_MMIO_QUEUE_NOTIFY, q);
	virtio_mmio_drain(r->t);
}

static uint16_t get16(struct rig *r, uint64_t pa)
{
	uint16_t v = 0;
	bus_copy_from_guest(&r->vm->bus, pa, &v, 2);
	return v;
}

static uint32_t get32(struct rig *r, uint64_t pa)
{
	uint32_t v = 0;
	bus_copy_from_guest(&r->vm->bus, pa, &v, 4);
	return v;
}

/* Wait (up to 2 s) until the used ring of q holds `want` entries. */
static bool wait_used(struct rig *r, unsigned q, uint16_t want)
{
	for (int k = 0; k < 200; k++) {
		virtio_mmio_drain(r->t);
		if (get16(r, USED(q) + 2) == want)
			return true;
		usleep(10000);
	}
	return false;
}

static size_t read_out(struct rig *r, char *buf, size_t n)
{
	struct pollfd p = {.fd = r->out[0], .events = POLLIN};
	if (poll(&p, 1, 1000) <= 0)
		return 0;
	ssize_t k = read(r->out[0], buf, n);
	return k > 0 ? (size_t)k : 0;
}

static void test_console(void)
{
	struct rig r;
	rig_open(&r);
	CHECK_EQ_U64(rd(&r, VIRTIO_MMIO_DEVICE_ID), 3);
	/* Typed before the driver is up: kept until a receive buffer comes. */
	CHECK(write(r.in[1], "early", 5) == 5);
	usleep(50000);
	driver_init(&r);

	/* Output: two buffers in one chain, in order. */
	bus_copy_to_guest(&r.vm->bus, BUF, "hello, ", 7);
	bus_copy_to_guest(&r.vm->bus, BUF + 0x100, "world\n", 6);
	put_desc(&r, 1, 0, BUF, 7, VIRTQ_DESC_F_NEXT, 1);
	put_desc(&r, 1, 1, BUF + 0x100, 6, 0, 0);
	offer(&r, 1, 0);
	CHECK_EQ_U64(get16(&r, USED(1) + 2), 1);
	CHECK_EQ_U64(get32(&r, USED(1) + 8), 0);
	char out[64] = "";
	size_t n = read_out(&r, out, sizeof(out) - 1);
	CHECK_EQ_U64(n, 13);
	CHECK(memcmp(out, "hello, world\n", 13) == 0);

	/* Input: the early bytes, then new ones, each into a receive buffer. */
	put_desc(&r, 0, 0, BUF + 0x1000, 64, VIRTQ_DESC_F_WRITE, 0);
	offer(&r, 0, 0);
	CHECK(wait_used(&r, 0, 1));
	CHECK_EQ_U64(get32(&r, USED(0) + 8), 5);
	char in[64] = "";
	bus_copy_from_guest(&r.vm->bus, BUF + 0x1000, in, 5);
	CHECK(memcmp(in, "early", 5) == 0);
	put_desc(&r, 0, 1, BUF + 0x2000, 3, VIRTQ_DESC_F_WRITE, 0);
	put_desc(&r, 0, 2, BUF + 0x3000, 64, VIRTQ_DESC_F_WRITE, 0);
	offer(&r, 0, 1);
	offer(&r, 0, 2);
	CHECK(write(r.in[1], "ls -l\r", 6) == 6);
	CHECK(wait_used(&r, 0, 3));
	CHECK_EQ_U64(get32(&r, USED(0) + 4 + 8), 1); /* head 1 first: 3 bytes */
	CHECK_EQ_U64(get32(&r, USED(0) + 8 + 8), 3);
	CHECK_EQ_U64(get32(&r, USED(0) + 8 + 16), 3);
	bus_copy_from_guest(&r.vm->bus, BUF + 0x2000, in, 3);
	bus_copy_from_guest(&r.vm->bus, BUF + 0x3000, in + 3, 3);
	CHECK(memcmp(in, "ls -l\r", 6) == 0);
	/* The UART got none of it (the SBI getchar reads the UART's input). */
	CHECK_EQ_U64(board_console_getchar(r.b), (uint64_t)-1);

	/* Undelivered input survives a save/load into a second device. */
	CHECK(write(r.in[1], "pending", 7) == 7);
	usleep(100000);
	virtio_mmio_drain(r.t);
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(board_save(r.b, &w) == 0);
	ss_write_end(&w);
	uint8_t *ram = malloc(r.vm->bus.ram_size); /* RAM goes with the state */
	memcpy(ram, r.vm->bus.ram, r.vm->bus.ram_size);

	/* A receive buffer the device cannot write: broken until reset. */
	put_desc(&r, 0, 3, BUF + 0x4000, 16, 0, 0);
	offer(&r, 0, 3);
	CHECK(wait_used(&r, 0, 3));
	CHECK(rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
	driver_init(&r);
	CHECK(!(rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET));
	uint16_t av0 = 3;
	rig_close(&r);

	struct rig r2;
	rig_open(&r2);
	memcpy(r2.vm->bus.ram, ram, r2.vm->bus.ram_size);
	free(ram);
	size_t off = 0;
	struct ss_reader sr;
	char err[256] = "";
	while (ss_next_section(w.buf, w.len, &off, &sr, err, sizeof(err)) == 1) {
		if (sr.id != SS_ID('V', 'I', 'R', 'T'))
			continue;
		struct ss_reader t = sr;
		t.len -= 2;
		CHECK(board_load_section(r2.b, &t, false, err, sizeof(err)) == -1);
		t = sr;
		CHECK(board_load_section(r2.b, &t, false, err, sizeof(err)) == 0);
		t = sr;
		CHECK(board_load_section(r2.b, &t, true, err, sizeof(err)) == 0);
	}
	r2.avail[0] = av0;
	r2.avail[1] = 1;
	put_desc(&r2, 0, 4, BUF + 0x5000, 64, VIRTQ_DESC_F_WRITE, 0);
	offer(&r2, 0, 4);
	CHECK(wait_used(&r2, 0, 4));
	CHECK_EQ_U64(get32(&r2, USED(0) + 8 + 24), 7);
	bus_copy_from_guest(&r2.vm->bus, BUF + 0x5000, in, 7);
	CHECK(memcmp(in, "pending", 7) == 0);
	rig_close(&r2);
	ss_writer_free(&w);
}

static void test_options(void)
{
	struct vm vm;
	struct vm_config cfg = {.mem_size = 64ULL << 20, .ncpus = 1};
	CHECK(vm_init(&vm, &cfg) == 0);
	struct board *b = board_create(&vm, -1, -1);
	struct vdev_ctx ctx = {0};
	unsigned n = board_ndevices(b);
	CHECK(virtio_console_create(&vm, b, SLOT, "bogus=1", &ctx) == -1);
	CHECK_EQ_U64(board_ndevices(b), n); /* nothing was added */
	CHECK(virtio_console_create(&vm, b, SLOT, "", &ctx) == 0);
	CHECK(virtio_console_create(&vm, b, SLOT + 1, "", &ctx) == -1); /* one terminal */
	CHECK_EQ_U64(board_ndevices(b), n + 1);
	board_destroy(b);
	vm_destroy(&vm);
}

int main(void)
{
	test_options();
	test_console();
	CHECK_DONE();
}
