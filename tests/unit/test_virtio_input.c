/* virtio-input unit test, through the virtqueue as a driver sees it: the
 * identity and config space (name, ids, EV_KEY bits with only KEY_POWER,
 * nothing for other selectors), a config space that stays in bounds for
 * every select/subsel a guest may write, a power button press delivered as
 * KEY_POWER 1, SYN, KEY_POWER 0, SYN into the event buffers (a press made
 * before any buffer waits for one), status buffers consumed, an event
 * buffer too short for an event breaking the device, a guest that never
 * reads its events getting no unbounded queue, and undelivered events
 * surviving a save/load. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "virtio/devices.h"
#include "virtio/input.h"
#include "virtio_rig.h"

#define SLOT 2
#define BUF (VM_RAM_BASE + 0x40000)
#define QN 16
#define CFG(off) (VIRTIO_MMIO_CONFIG + (off))

static void in_open(struct rig *r)
{
	rig_open(r, SLOT, NULL, -1, -1);
	struct vdev_ctx ctx = {0};
	CHECK(virtio_input_create(r->b, SLOT, "", &ctx) == 0);
	r->t = rig_transport(r->b, 0);
	CHECK(r->t != NULL);
}

static void sel(struct rig *r, uint8_t select, uint8_t subsel)
{
	bus_wr(r->vm, r->base + CFG(0), 1, select);
	bus_wr(r->vm, r->base + CFG(1), 1, subsel);
}

/* The 8-byte event the device wrote into the buffer at pa. */
static void get_event(struct rig *r, uint64_t pa, unsigned *type, unsigned *code, unsigned *value)
{
	*type = rig_get16(r, pa);
	*code = rig_get16(r, pa + 2);
	*value = rig_get32(r, pa + 4);
}

static void test_config(void)
{
	struct rig r;
	in_open(&r);
	CHECK_EQ_U64(rig_rd(&r, VIRTIO_MMIO_DEVICE_ID), VIRTIO_ID_INPUT);
	rig_driver_init(&r, 1ULL << VIRTIO_F_VERSION_1, 2, QN);

	sel(&r, VIRTIO_INPUT_CFG_ID_NAME, 0);
	unsigned n = rig_cfg8(&r, 2);
	char name[129] = "";
	for (unsigned i = 0; i < n && i < 128; i++)
		name[i] = (char)rig_cfg8(&r, 8 + i);
	CHECK(strcmp(name, "rvisor power button") == 0);

	sel(&r, VIRTIO_INPUT_CFG_ID_DEVIDS, 0);
	CHECK_EQ_U64(rig_cfg8(&r, 2), 8);
	CHECK_EQ_U64(rig_cfg8(&r, 8), 0x06); /* BUS_VIRTUAL */

	/* EV_KEY: a bitmap with the single bit KEY_POWER (116). */
	sel(&r, VIRTIO_INPUT_CFG_EV_BITS, INPUT_EV_KEY);
	n = rig_cfg8(&r, 2);
	CHECK_EQ_U64(n, INPUT_KEY_POWER / 8 + 1);
	unsigned bits = 0;
	for (unsigned i = 0; i < n; i++)
		for (unsigned b = 0; b < 8; b++)
			if (rig_cfg8(&r, 8 + i) >> b & 1) {
				bits++;
				CHECK_EQ_U64(i * 8 + b, INPUT_KEY_POWER);
			}
	CHECK_EQ_U64(bits, 1);
	/* No other event type, no properties, no axes, no serial. */
	const uint8_t none[][2] = {{VIRTIO_INPUT_CFG_EV_BITS, 2},  {VIRTIO_INPUT_CFG_EV_BITS, 3},
				   {VIRTIO_INPUT_CFG_EV_BITS, 0},  {VIRTIO_INPUT_CFG_PROP_BITS, 0},
				   {VIRTIO_INPUT_CFG_ABS_INFO, 0}, {VIRTIO_INPUT_CFG_ID_SERIAL, 0},
				   {VIRTIO_INPUT_CFG_UNSET, 0},	   {VIRTIO_INPUT_CFG_ID_NAME, 1}};
	for (unsigned k = 0; k < sizeof(none) / sizeof(none[0]); k++) {
		sel(&r, none[k][0], none[k][1]);
		CHECK_EQ_U64(rig_cfg8(&r, 2), 0);
	}

	/* Fuzz-safe: every select/subsel pair, and reads of every width at
	 * every offset (up to and past the end), stay in bounds, report a
	 * size within the union, and echo select/subsel. Writes elsewhere
	 * in the config space change nothing. */
	for (unsigned s = 0; s < 256; s++)
		for (unsigned ss = 0; ss < 256; ss += 17) {
			sel(&r, (uint8_t)s, (uint8_t)ss);
			CHECK(rig_cfg8(&r, 2) <= 128);
			if (rig_cfg8(&r, 0) != s || rig_cfg8(&r, 1) != ss)
				CHECK(0);
		}
	for (unsigned off = 0; off < 160; off++) {
		bus_wr(r.vm, r.base + CFG(off < 136 ? off : 135), 1, 0xff);
		(void)bus_rd(r.vm, r.base + CFG(off), 1);
		if (off % 4 == 0)
			(void)bus_rd(r.vm, r.base + CFG(off), 4);
	}
	sel(&r, VIRTIO_INPUT_CFG_ID_DEVIDS, 0);
	bus_wr(r.vm, r.base + CFG(2), 1, 0x77); /* size is the device's */
	CHECK_EQ_U64(rig_cfg8(&r, 2), 8);
	rig_close(&r);
}

static void test_events(void)
{
	struct rig r;
	in_open(&r);
	struct input *d = virtio_input_find(r.b);
	CHECK(d != NULL);
	rig_driver_init(&r, 1ULL << VIRTIO_F_VERSION_1, 2, QN);

	/* A press before the guest offered any buffer: it waits. */
	CHECK(virtio_input_power_button(d) == 0);
	usleep(20000);
	virtio_mmio_drain(r.t);
	CHECK_EQ_U64(rig_used_idx(&r, 0), 0);
	for (unsigned i = 0; i < 6; i++) {
		rig_put_desc(&r, 0, i, BUF + 8 * i, 8, VIRTQ_DESC_F_WRITE, 0);
		rig_submit(&r, 0, (uint16_t)i);
	}
	CHECK(rig_wait_used(&r, 0, 4, 2000));
	const unsigned want[4][3] = {{INPUT_EV_KEY, INPUT_KEY_POWER, 1},
				     {INPUT_EV_SYN, INPUT_SYN_REPORT, 0},
				     {INPUT_EV_KEY, INPUT_KEY_POWER, 0},
				     {INPUT_EV_SYN, INPUT_SYN_REPORT, 0}};
	for (unsigned i = 0; i < 4; i++) {
		unsigned type, code, value;
		CHECK_EQ_U64(rig_used_id(&r, 0, (uint16_t)i), i);
		CHECK_EQ_U64(rig_used_len(&r, 0, (uint16_t)i), 8);
		get_event(&r, BUF + 8 * i, &type, &code, &value);
		CHECK_EQ_U64(type, want[i][0]);
		CHECK_EQ_U64(code, want[i][1]);
		CHECK_EQ_U64(value, want[i][2]);
	}
	/* Two buffers are left: a second press fills them, then the rest
	 * goes into buffers offered later. */
	usleep(20000);
	CHECK_EQ_U64(rig_used_idx(&r, 0), 4);
	CHECK(virtio_input_power_button(d) == 0);
	CHECK(rig_wait_used(&r, 0, 6, 2000));
	rig_put_desc(&r, 0, 6, BUF + 0x100, 8, VIRTQ_DESC_F_WRITE, 0);
	rig_put_desc(&r, 0, 7, BUF + 0x108, 8, VIRTQ_DESC_F_WRITE, 0);
	rig_submit(&r, 0, 6);
	rig_submit(&r, 0, 7);
	CHECK(rig_wait_used(&r, 0, 8, 2000));
	unsigned type, code, value;
	get_event(&r, BUF + 0x100, &type, &code, &value);
	CHECK(type == INPUT_EV_KEY && code == INPUT_KEY_POWER && value == 0);

	/* The status queue: what the driver writes is consumed. */
	rig_put_desc(&r, 1, 0, BUF + 0x200, 8, 0, 0);
	CHECK_EQ_U64(rig_process(&r, 1, 0), 0);

	/* A guest that reads no events: presses are refused once
	 * INPUT_PENDING_MAX events wait, instead of queueing forever. */
	unsigned ok = 0;
	for (unsigned i = 0; i < INPUT_PENDING_MAX; i++)
		ok += virtio_input_power_button(d) == 0;
	CHECK_EQ_U64(ok, INPUT_PENDING_MAX / 4);
	CHECK(virtio_input_power_button(d) == -1);

	/* Undelivered events survive a save/load into a second device. */
	virtio_mmio_drain(r.t);
	struct ss_writer w;
	rig_save(&r, &w);
	uint8_t *ram = rig_ram_copy(&r);
	struct rig_driver drv = r.d;

	/* An event buffer shorter than an event: broken until reset. */
	rig_put_desc(&r, 0, 8, BUF + 0x300, 4, VIRTQ_DESC_F_WRITE, 0);
	rig_submit(&r, 0, 8);
	virtio_mmio_drain(r.t);
	CHECK(rig_rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET);
	rig_driver_init(&r, 1ULL << VIRTIO_F_VERSION_1, 2, QN);
	CHECK(!(rig_rd(&r, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_NEEDS_RESET));
	rig_close(&r);

	struct rig r2;
	in_open(&r2);
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
	rig_put_desc(&r2, 0, 9, BUF + 0x400, 8, VIRTQ_DESC_F_WRITE, 0);
	rig_submit(&r2, 0, 9);
	CHECK(rig_wait_used(&r2, 0, 9, 2000));
	get_event(&r2, BUF + 0x400, &type, &code, &value);
	CHECK(type == INPUT_EV_KEY && code == INPUT_KEY_POWER && value == 1);
	rig_close(&r2);
	ss_writer_free(&w);
}

static void test_options(void)
{
	struct rig r;
	rig_open(&r, SLOT, NULL, -1, -1);
	struct vdev_ctx ctx = {0};
	unsigned n = board_ndevices(r.b);
	CHECK(virtio_input_create(r.b, SLOT, "bogus=1", &ctx) == -1);
	CHECK_EQ_U64(board_ndevices(r.b), n);
	CHECK(virtio_input_find(r.b) == NULL);
	CHECK(vdev_kind_find("input") != NULL);
	rig_close(&r);
}

int main(void)
{
	test_options();
	test_config();
	test_events();
	CHECK_DONE();
}
