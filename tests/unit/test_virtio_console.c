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
#include "virtio/console.h"
#include "virtio/devices.h"
#include "virtio_rig.h"

#define SLOT 1
#define RAM VM_RAM_BASE
#define BUF (RAM + 0x40000)
#define QN 16

/* The board console's pipes: the test writes in[1], reads out[0]. */
struct pipes {
	int in[2], out[2];
};

static void con_open(struct rig *r, struct pipes *p)
{
	CHECK(pipe(p->in) == 0 && pipe(p->out) == 0);
	fcntl(p->out[0], F_SETFL, O_NONBLOCK);
	rig_open(r, SLOT, NULL, p->in[0], p->out[1]);
	struct vdev_ctx ctx = {0};
	CHECK(virtio_console_create(r->b, SLOT, "", &ctx) == 0);
	r->t = rig_transport(r->b, 0);
	CHECK(r->t != NULL);
	CHECK(board_console_start(r->b, NULL) == 0);
}

static void con_close(struct rig *r, struct pipes *p)
{
	rig_close(r);
	close(p->in[0]);
	close(p->in[1]);
	close(p->out[0]);
	close(p->out[1]);
}

static void driver_init(struct rig *r)
{
	rig_driver_init(r, 1ULL << VIRTIO_F_VERSION_1, 2, QN);
}

/* Wait (up to 2 s) until the used ring of q holds `want` entries. */
static bool wait_used(struct rig *r, unsigned q, uint16_t want)
{
	return rig_wait_used(r, q, want, 2000);
}

static size_t read_out(struct pipes *pp, char *buf, size_t n)
{
	struct pollfd p = {.fd = pp->out[0], .events = POLLIN};
	if (poll(&p, 1, 1000) <= 0)
		return 0;
	ssize_t k = read(pp->out[0], buf, n);
	return k > 0 ? (size_t)k : 0;
}

static void test_console(void)
{
	struct rig r;
	struct pipes p;
	con_open(&r, &p);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_DEVICE_ID), 3);
	/* Typed before the driver is up: kept until a receive buffer comes. */
	CHECK(write(p.in[1], "early", 5) == 5);
	usleep(50000);
	driver_init(&r);

	/* Output: two buffers in one chain, in order. */
	bus_copy_to_guest(&r.vm->bus, BUF, "hello, ", 7);
	bus_copy_to_guest(&r.vm->bus, BUF + 0x100, "world\n", 6);
	rig_put_desc(&r, 1, 0, BUF, 7, VIRTQ_DESC_F_NEXT, 1);
	rig_put_desc(&r, 1, 1, BUF + 0x100, 6, 0, 0);
	rig_submit(&r, 1, 0);
	CHECK_EQ_U64(rig_get16(&r, RIG_USED(1) + 2), 1);
	CHECK_EQ_U64(rig_get32(&r, RIG_USED(1) + 8), 0);
	char out[64] = "";
	size_t n = read_out(&p, out, sizeof(out) - 1);
	CHECK_EQ_U64(n, 13);
	CHECK(memcmp(out, "hello, world\n", 13) == 0);

	/* Input: the early bytes, then new ones, each into a receive buffer. */
	rig_put_desc(&r, 0, 0, BUF + 0x1000, 64, VIRTQ_DESC_F_WRITE, 0);
	rig_submit(&r, 0, 0);
	CHECK(wait_used(&r, 0, 1));
	CHECK_EQ_U64(rig_get32(&r, RIG_USED(0) + 8), 5);
	char in[64] = "";
	bus_copy_from_guest(&r.vm->bus, BUF + 0x1000, in, 5);
	CHECK(memcmp(in, "early", 5) == 0);
	rig_put_desc(&r, 0, 1, BUF + 0x2000, 3, VIRTQ_DESC_F_WRITE, 0);
	rig_put_desc(&r, 0, 2, BUF + 0x3000, 64, VIRTQ_DESC_F_WRITE, 0);
	rig_submit(&r, 0, 1);
	rig_submit(&r, 0, 2);
	CHECK(write(p.in[1], "ls -l\r", 6) == 6);
	CHECK(wait_used(&r, 0, 3));
	CHECK_EQ_U64(rig_get32(&r, RIG_USED(0) + 4 + 8), 1); /* head 1 first: 3 bytes */
	CHECK_EQ_U64(rig_get32(&r, RIG_USED(0) + 8 + 8), 3);
	CHECK_EQ_U64(rig_get32(&r, RIG_USED(0) + 8 + 16), 3);
	bus_copy_from_guest(&r.vm->bus, BUF + 0x2000, in, 3);
	bus_copy_from_guest(&r.vm->bus, BUF + 0x3000, in + 3, 3);
	CHECK(memcmp(in, "ls -l\r", 6) == 0);
	/* The UART got none of it (the SBI getchar reads the UART's input). */
	CHECK_EQ_U64(board_console_getchar(r.b), (uint64_t)-1);

	/* Undelivered input survives a save/load into a second device. */
	CHECK(write(p.in[1], "pending", 7) == 7);
	usleep(100000);
	virtio_mmio_drain(r.t);
	struct ss_writer w;
	rig_save(&r, &w);
	uint8_t *ram = rig_ram_copy(&r); /* RAM goes with the state */
	struct rig_driver drv = r.d;

	/* A receive buffer the device cannot write: broken until reset. */
	rig_put_desc(&r, 0, 3, BUF + 0x4000, 16, 0, 0);
	rig_submit(&r, 0, 3);
	CHECK(wait_used(&r, 0, 3));
	CHECK(rig_rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
	driver_init(&r);
	CHECK(!(rig_rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET));
	con_close(&r, &p);

	struct rig r2;
	struct pipes p2;
	con_open(&r2, &p2);
	memcpy(r2.vm->bus.ram, ram, r2.vm->bus.ram_size);
	free(ram);
	size_t off = 0;
	struct ss_reader sr;
	char err[256] = "";
	while (rig_next_virt(&w, &off, &sr)) {
		CHECK(rig_load_cut(r2.b, &sr, 2, false, err, sizeof(err)) == -1);
		struct ss_reader t = sr;
		CHECK(board_load_section(r2.b, &t, false, err, sizeof(err)) == 0);
		t = sr;
		CHECK(board_load_section(r2.b, &t, true, err, sizeof(err)) == 0);
	}
	r2.d = drv;
	rig_put_desc(&r2, 0, 4, BUF + 0x5000, 64, VIRTQ_DESC_F_WRITE, 0);
	rig_submit(&r2, 0, 4);
	CHECK(wait_used(&r2, 0, 4));
	CHECK_EQ_U64(rig_get32(&r2, RIG_USED(0) + 8 + 24), 7);
	bus_copy_from_guest(&r2.vm->bus, BUF + 0x5000, in, 7);
	CHECK(memcmp(in, "pending", 7) == 0);
	con_close(&r2, &p2);
	ss_writer_free(&w);
}

static void test_options(void)
{
	struct vm vm;
	struct vm_config cfg = {.mem_size = 64ULL << 20, .ncpus = 1};
	CHECK(vm_init(&vm, &cfg, NULL) == 0);
	struct board *b = board_create(&vm.env, -1, -1, NULL);
	struct vdev_ctx ctx = {0};
	unsigned n = board_ndevices(b);
	CHECK(virtio_console_create(b, SLOT, "bogus=1", &ctx) == -1);
	CHECK_EQ_U64(board_ndevices(b), n); /* nothing was added */
	CHECK(virtio_console_create(b, SLOT, "", &ctx) == 0);
	CHECK(virtio_console_create(b, SLOT + 1, "", &ctx) == -1); /* one terminal */
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
