/* Board unit test: the device tree parses with libfdt and describes the
 * machine; the device registry hook (extra devices get FDT nodes and state
 * sections); a whole-board save/load; board_set_irq routing. */
#include <libfdt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "vmfixture.h"
#include "machine/board.h"
#include "state/stream.h"
#include "vmm/vm.h"

static const char *prop_str(const void *fdt, const char *path, const char *name)
{
	int node = fdt_path_offset(fdt, path);
	if (node < 0)
		return NULL;
	return fdt_getprop(fdt, node, name, NULL);
}

static uint64_t prop_u64(const void *fdt, const char *path, const char *name)
{
	int node = fdt_path_offset(fdt, path), len;
	const void *p = node < 0 ? NULL : fdt_getprop(fdt, node, name, &len);
	if (!p || len != 8)
		return ~0ULL;
	fdt64_t v; /* properties are only 4-byte aligned */
	memcpy(&v, p, sizeof(v));
	return fdt64_to_cpu(v);
}

static int prop_len(const void *fdt, const char *path, const char *name)
{
	int node = fdt_path_offset(fdt, path), len = -1;
	if (node < 0 || !fdt_getprop(fdt, node, name, &len))
		return -1;
	return len;
}

/* Whether the string-list property is exactly the NUL-separated `want`. */
static bool prop_list_is(const void *fdt, const char *path, const char *name, const char *want,
			 size_t want_len)
{
	int node = fdt_path_offset(fdt, path), len = -1;
	const void *p = node < 0 ? NULL : fdt_getprop(fdt, node, name, &len);
	return p && (size_t)len == want_len && memcmp(p, want, want_len) == 0;
}

#define EXTS "i\0m\0a\0f\0d\0c\0zicond\0zicsr\0zifencei\0zba\0zbb\0zbc\0zbs"

static uint32_t cell(const void *fdt, const char *path, const char *name, int k)
{
	int node = fdt_path_offset(fdt, path), len;
	const fdt32_t *p = node < 0 ? NULL : fdt_getprop(fdt, node, name, &len);
	if (!p || len < 4 * (k + 1))
		return 0xffffffffu;
	return fdt32_to_cpu(p[k]);
}

/* A stand-in for a later device (a virtio-mmio slot): node + state. */
struct fake {
	uint32_t value;
};

static int fake_fdt(void *dev, void *fdt, const struct board_fdt_ctx *ctx)
{
	(void)dev;
	int rc;
	if ((rc = fdt_begin_node(fdt, "virtio_mmio@10001000")) < 0 ||
	    (rc = fdt_property_u32(fdt, "interrupts", VIRT_VIRTIO_IRQ(0))) < 0 ||
	    (rc = fdt_property_u32(fdt, "interrupt-parent", ctx->plic_phandle)) < 0 ||
	    (rc = fdt_property_string(fdt, "compatible", "virtio,mmio")) < 0)
		return rc;
	return fdt_end_node(fdt);
}

static int fake_save(void *dev, struct ss_writer *w)
{
	ss_put_u32(w, ((struct fake *)dev)->value);
	return 0;
}

static int fake_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	uint32_t v = ss_get_u32(r);
	if (r->error || r->pos != r->len) {
		snprintf(err, errlen, "fake: bad section");
		return -1;
	}
	if (apply)
		((struct fake *)dev)->value = v;
	return 0;
}

static const struct board_dev_ops fake_ops = {
    .name = "fake",
    .section_id = SS_ID('F', 'A', 'K', 'E'),
    .version = 1,
    .fdt_soc = fake_fdt,
    .save = fake_save,
    .load = fake_load,
};

static void test_fdt(void)
{
	struct vm *vm = new_vm(3);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	CHECK(b != NULL);
	struct fake fk = {42};
	CHECK(board_add_device(b, &fake_ops, &fk, 0) == 0);
	CHECK(board_add_device(b, &fake_ops, &fk, 0) == -1); /* same section twice */

	struct board_fdt_params p = {.bootargs = "console=ttyS0 quiet",
				     .initrd_start = 0x87000000ULL,
				     .initrd_end = 0x87123456ULL,
				     .sstc = true};
	size_t size = 0;
	void *fdt = board_build_fdt(b, &p, &size, NULL);
	CHECK(fdt != NULL);
	if (!fdt)
		return;
	CHECK(fdt_check_header(fdt) == 0);
	CHECK_EQ_U64(fdt_totalsize(fdt), size);

	CHECK(strcmp(prop_str(fdt, "/", "model"), "riscv-virtio,qemu") == 0);
	CHECK(strcmp(prop_str(fdt, "/", "compatible"), "riscv-virtio") == 0);
	CHECK_EQ_U64(cell(fdt, "/", "#address-cells", 0), 2);
	/* The guest can tell it runs in a VM, and in which (systemd-detect-virt). */
	const char *hv = prop_str(fdt, "/hypervisor", "compatible");
	CHECK(hv != NULL && strcmp(hv, "rvisor") == 0);
	CHECK(strcmp(prop_str(fdt, "/chosen", "bootargs"), "console=ttyS0 quiet") == 0);
	CHECK(strcmp(prop_str(fdt, "/chosen", "stdout-path"), "/soc/serial@10000000") == 0);
	CHECK_EQ_U64(prop_u64(fdt, "/chosen", "linux,initrd-start"), 0x87000000ULL);
	CHECK_EQ_U64(prop_u64(fdt, "/chosen", "linux,initrd-end"), 0x87123456ULL);
	CHECK(fdt_path_offset(fdt, "/soc/serial@10000000") >= 0);

	CHECK_EQ_U64(cell(fdt, "/memory@80000000", "reg", 1), 0x80000000u);
	CHECK_EQ_U64(cell(fdt, "/memory@80000000", "reg", 3), vm->bus.ram_size);

	CHECK_EQ_U64(cell(fdt, "/cpus", "timebase-frequency", 0), 10000000);
	CHECK(fdt_path_offset(fdt, "/cpus/cpu@0") >= 0);
	CHECK(fdt_path_offset(fdt, "/cpus/cpu@2") >= 0);
	CHECK(fdt_path_offset(fdt, "/cpus/cpu@3") < 0);
	CHECK_EQ_U64(cell(fdt, "/cpus/cpu@2", "reg", 0), 2);
	CHECK(strcmp(prop_str(fdt, "/cpus/cpu@1", "riscv,isa"),
		     "rv64imafdc_zicond_zicsr_zifencei_zba_zbb_zbc_zbs_sstc") == 0);
	const char *isa_base = prop_str(fdt, "/cpus/cpu@1", "riscv,isa-base");
	CHECK(isa_base && strcmp(isa_base, "rv64i") == 0);
	CHECK(prop_list_is(fdt, "/cpus/cpu@1", "riscv,isa-extensions", EXTS "\0sstc",
			   sizeof(EXTS "\0sstc")));
	CHECK(strcmp(prop_str(fdt, "/cpus/cpu@1", "status"), "okay") == 0);
	CHECK(strncmp(prop_str(fdt, "/cpus/cpu@1", "mmu-type"), "riscv,sv", 8) == 0);
	CHECK(strcmp(prop_str(fdt, "/cpus/cpu@1/interrupt-controller", "compatible"),
		     "riscv,cpu-intc") == 0);

	/* Phandles connect: the PLIC's contexts point at each hart's intc. */
	int plic = fdt_path_offset(fdt, "/soc/plic@c000000");
	CHECK(plic >= 0);
	CHECK_EQ_U64(prop_len(fdt, "/soc/plic@c000000", "interrupts-extended"), 3 * 16);
	CHECK_EQ_U64(cell(fdt, "/soc/plic@c000000", "riscv,ndev", 0), 96);
	for (int k = 0; k < 3; k++) {
		char path[64];
		snprintf(path, sizeof(path), "/cpus/cpu@%d/interrupt-controller", k);
		uint32_t ph = cell(fdt, "/soc/plic@c000000", "interrupts-extended", 4 * k);
		CHECK(fdt_node_offset_by_phandle(fdt, ph) == fdt_path_offset(fdt, path));
		CHECK_EQ_U64(cell(fdt, "/soc/plic@c000000", "interrupts-extended", 4 * k + 1), 11);
		CHECK_EQ_U64(cell(fdt, "/soc/plic@c000000", "interrupts-extended", 4 * k + 3), 9);
		CHECK_EQ_U64(cell(fdt, "/soc/clint@2000000", "interrupts-extended", 4 * k + 1), 3);
		CHECK_EQ_U64(cell(fdt, "/soc/clint@2000000", "interrupts-extended", 4 * k + 3), 7);
	}
	uint32_t parent = cell(fdt, "/soc/serial@10000000", "interrupt-parent", 0);
	CHECK(fdt_node_offset_by_phandle(fdt, parent) == plic);
	CHECK_EQ_U64(cell(fdt, "/soc/serial@10000000", "interrupts", 0), 10);
	CHECK_EQ_U64(cell(fdt, "/soc/rtc@101000", "interrupts", 0), 11);
	CHECK(fdt_node_check_compatible(fdt, fdt_path_offset(fdt, "/soc/rtc@101000"),
					"google,goldfish-rtc") == 0);
	CHECK(fdt_node_check_compatible(fdt, fdt_path_offset(fdt, "/soc/test@100000"), "syscon") ==
	      0);
	CHECK(fdt_node_check_compatible(fdt, plic, "riscv,plic0") == 0);
	uint32_t regmap = cell(fdt, "/poweroff", "regmap", 0);
	CHECK(fdt_node_offset_by_phandle(fdt, regmap) == fdt_path_offset(fdt, "/soc/test@100000"));
	CHECK_EQ_U64(cell(fdt, "/poweroff", "value", 0), 0x5555);
	CHECK_EQ_U64(cell(fdt, "/reboot", "value", 0), 0x7777);
	/* The extra device's node. */
	CHECK_EQ_U64(cell(fdt, "/soc/virtio_mmio@10001000", "interrupts", 0), 1);
	free(fdt);

	/* No initrd, no Sstc, no bootargs. */
	struct board_fdt_params q = {0};
	fdt = board_build_fdt(b, &q, &size, NULL);
	CHECK(fdt && fdt_check_header(fdt) == 0);
	if (fdt) {
		CHECK(prop_len(fdt, "/chosen", "linux,initrd-start") < 0);
		CHECK(prop_len(fdt, "/chosen", "bootargs") < 0);
		CHECK(strcmp(prop_str(fdt, "/cpus/cpu@0", "riscv,isa"),
			     "rv64imafdc_zicond_zicsr_zifencei_zba_zbb_zbc_zbs") == 0);
		CHECK(prop_list_is(fdt, "/cpus/cpu@0", "riscv,isa-extensions", EXTS, sizeof(EXTS)));
	}
	free(fdt);

	/* rvisor's SBI: Linux powers off through SRST, and a syscon-poweroff
	 * node would fail to probe (-EBUSY) on every boot; reboot stays. */
	struct board_fdt_params s = {.vmm_sbi = true};
	fdt = board_build_fdt(b, &s, &size, NULL);
	CHECK(fdt && fdt_check_header(fdt) == 0);
	if (fdt) {
		CHECK(fdt_path_offset(fdt, "/poweroff") < 0);
		CHECK(fdt_node_offset_by_compatible(fdt, -1, "syscon-poweroff") < 0);
		CHECK_EQ_U64(cell(fdt, "/reboot", "value", 0), 0x7777);
		CHECK(fdt_path_offset(fdt, "/soc/test@100000") >= 0);
	}
	free(fdt);

	/* Eight harts and a long command line still fit. */
	board_destroy(b);
	free_vm(vm);
	vm = new_vm(8);
	b = board_create(&vm->env, -1, -1, NULL);
	static char longargs[20000];
	memset(longargs, 'a', sizeof(longargs) - 1);
	q.bootargs = longargs;
	fdt = board_build_fdt(b, &q, &size, NULL);
	CHECK(fdt && fdt_check_header(fdt) == 0);
	if (fdt) {
		CHECK(fdt_path_offset(fdt, "/cpus/cpu@7") >= 0);
		CHECK(strlen(prop_str(fdt, "/chosen", "bootargs")) == sizeof(longargs) - 1);
	}
	free(fdt);
	board_destroy(b);
	free_vm(vm);
}

static void test_save_load(void)
{
	struct vm *vm = new_vm(2);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	struct fake fk = {7};
	CHECK(board_add_device(b, &fake_ops, &fk, 3) == 0);
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(board_save(b, &w) == 0);
	ss_write_end(&w);

	struct vm *vm2 = new_vm(2);
	struct board *b2 = board_create(&vm2->env, -1, -1, NULL);
	struct fake fk2 = {0};
	CHECK(board_add_device(b2, &fake_ops, &fk2, 3) == 0);
	size_t off = 0;
	struct ss_reader r;
	char err[160] = "";
	int rc, n = 0;
	/* Pass 1 validates everything, pass 2 applies. */
	for (int pass = 0; pass < 2; pass++) {
		off = 0;
		n = 0;
		while ((rc = ss_next_section(w.buf, w.len, &off, &r, err, sizeof(err))) == 1) {
			CHECK(board_load_section(b2, &r, pass == 1, err, sizeof(err)) == 0);
			n++;
		}
		CHECK(rc == 0);
		if (pass == 0)
			CHECK_EQ_U64(fk2.value, 0);
	}
	CHECK_EQ_U64(n, 6); /* plic, syscon, rtc, clint, uart, fake */
	CHECK_EQ_U64(fk2.value, 7);

	/* A section no board device owns is left to the caller. */
	struct ss_writer w2;
	ss_writer_init(&w2);
	ss_begin(&w2, SS_ID('H', 'A', 'R', 'T'), 0, 1);
	ss_put_u32(&w2, 1);
	ss_end(&w2);
	ss_begin(&w2, SS_ID('F', 'A', 'K', 'E'), 9, 1); /* unknown instance */
	ss_put_u32(&w2, 1);
	ss_end(&w2);
	ss_write_end(&w2);
	off = 0;
	while (ss_next_section(w2.buf, w2.len, &off, &r, err, sizeof(err)) == 1)
		CHECK(board_load(b2, &r) == 1);
	ss_writer_free(&w2);

	/* board_set_irq routes to the PLIC; bad numbers are ignored. */
	CHECK(bus_write(&vm2->bus, VIRT_PLIC_BASE + 4 * 3, 4, 1));
	CHECK(bus_write(&vm2->bus, VIRT_PLIC_BASE + 0x2000 + 0x80 * 3, 4, 1u << 3));
	board_set_irq(b2, 3, true);
	CHECK(atomic_load(&vm2->harts[1]->mip) & MIP_SEIP);
	board_set_irq(b2, 3, false);
	CHECK(!(atomic_load(&vm2->harts[1]->mip) & MIP_SEIP));
	board_set_irq(b2, 0xffffffffu, true);

	ss_writer_free(&w);
	board_destroy(b2);
	free_vm(vm2);
	board_destroy(b);
	free_vm(vm);
}

int main(void)
{
	test_fdt();
	test_save_load();
	CHECK_DONE();
}
