/* What a boot loader (U-Boot) needs from the machine builder: a raw S-mode
 * binary as the kernel when the configuration says so (--uboot: S-mode
 * U-Boot's u-boot.bin has no Image header), the
 * OpenSBI fw_dynamic_info that fw_dynamic.bin reads from a2, and free space
 * inside the device tree for in-place edits; a gzip'd kernel is refused. */
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cpu/hart.h"
#include "vmm/builder.h"
#include "vmm/vm.h"

static void write_file(const char *path, const void *buf, size_t len)
{
	FILE *f = fopen(path, "wb");
	CHECK(f && fwrite(buf, 1, len, f) == len && fclose(f) == 0);
}

/* Free bytes inside the tree at guest address a1 of hart 0. */
static uint32_t fdt_free_space(struct vm *vm)
{
	uint64_t at = vm->harts[0]->x[11];
	const void *fdt = bus_ram_ptr(&vm->bus, at, 64);
	CHECK(fdt && fdt_check_header(fdt) == 0);
	uint32_t used = fdt_off_dt_strings(fdt) + fdt_size_dt_strings(fdt);
	return fdt_totalsize(fdt) - used;
}

int main(void)
{
	char dir[] = "/tmp/rvisor-test-payload-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char fw[sizeof(dir) + 16], payload[sizeof(dir) + 16], gz[sizeof(dir) + 16];
	snprintf(fw, sizeof(fw), "%s/fw.bin", dir);
	snprintf(payload, sizeof(payload), "%s/uboot.bin", dir);
	snprintf(gz, sizeof(gz), "%s/Image.gz", dir);
	const uint32_t loop[] = {0x10500073 /* wfi */, 0xffdff06f /* j -4 */};
	write_file(fw, loop, sizeof(loop));
	/* Like u-boot.bin: code from its first byte, no RISC-V Image magic. */
	uint8_t raw[4096];
	for (size_t k = 0; k < sizeof(raw); k++)
		raw[k] = (uint8_t)(k * 7 + 1);
	write_file(payload, raw, sizeof(raw));
	const uint8_t gzip_head[80] = {0x1f, 0x8b, 0x08, 0x00};
	write_file(gz, gzip_head, sizeof(gzip_head));

	/* rvisor's SBI + a raw S-mode payload: hart 0 enters it at RAM + 2 MiB
	 * in S-mode, and the tree has room for U-Boot's /chosen edits. */
	/* Not marked raw (a plain --kernel): refused as before, so a file
	 * that is no kernel never runs as code. */
	struct vm_config cfg = {.mem_size = 64ULL << 20, .ncpus = 1, .kernel = payload};
	struct vm_machine m;
	struct error e = {0};
	CHECK(vm_build(&m, &cfg, -1, -1, NULL, NULL, &e) == -1);
	CHECK(strstr(e.msg, payload) && strstr(e.msg, "neither a RISC-V Linux Image"));
	vm_machine_destroy(&m);

	cfg.kernel_raw = true;
	memset(&e, 0, sizeof(e));
	CHECK(vm_build(&m, &cfg, -1, -1, NULL, NULL, &e) == 0);
	CHECK_EQ_U64(m.vm->harts[0]->pc, VM_RAM_BASE + (2u << 20));
	CHECK_EQ_U64(m.vm->harts[0]->priv, PRV_S);
	CHECK(memcmp(bus_ram_ptr(&m.vm->bus, VM_RAM_BASE + (2u << 20), sizeof(raw)), raw,
		     sizeof(raw)) == 0);
	CHECK(fdt_free_space(m.vm) >= 12u << 10); /* U-Boot's CONFIG_SYS_FDT_PAD */
	vm_machine_destroy(&m);

	/* OpenSBI (a raw firmware) + the payload: every hart starts in the
	 * firmware, a2 points at a fw_dynamic_info naming the payload. */
	cfg.firmware = fw;
	cfg.ncpus = 2;
	memset(&e, 0, sizeof(e));
	CHECK(vm_build(&m, &cfg, -1, -1, NULL, NULL, &e) == 0);
	CHECK_EQ_U64(m.vm->harts[1]->pc, VM_RAM_BASE);
	uint64_t info_at = m.vm->harts[0]->x[12];
	CHECK(info_at != 0 && m.vm->harts[1]->x[12] == info_at);
	const uint64_t *info = bus_ram_ptr(&m.vm->bus, info_at, 48);
	CHECK(info != NULL);
	CHECK_EQ_U64(info[0], 0x4942534f); /* "OSBI" */
	CHECK_EQ_U64(info[1], 2);
	CHECK_EQ_U64(info[2], VM_RAM_BASE + (2u << 20));
	CHECK_EQ_U64(info[3], 1); /* S-mode */
	CHECK_EQ_U64(info[5], 0); /* boot hart */
	/* It is not inside the device tree. */
	const void *fdt = bus_ram_ptr(&m.vm->bus, m.vm->harts[0]->x[11], 64);
	CHECK(info_at >= m.vm->harts[0]->x[11] + fdt_totalsize(fdt));
	vm_machine_destroy(&m);

	/* A gzip'd kernel is refused, and the message says so. */
	struct vm_config bad = {
	    .mem_size = 64ULL << 20, .ncpus = 1, .kernel = gz, .kernel_raw = true};
	memset(&e, 0, sizeof(e));
	CHECK(vm_build(&m, &bad, -1, -1, NULL, NULL, &e) == -1);
	CHECK(strstr(e.msg, gz) && strstr(e.msg, "gzip"));
	vm_machine_destroy(&m);

	unlink(fw);
	unlink(payload);
	unlink(gz);
	rmdir(dir);
	CHECK_DONE();
}
