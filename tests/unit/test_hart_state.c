/* Hart state round trip: a program saved midway through the state stream and
 * restored into a fresh VM ends exactly as an uninterrupted run does. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cpu/hart.h"
#include "machine/elf.h"
#include "machine/htif.h"
#include "state/stream.h"
#include "util/file.h"
#include "vmm/vm.h"

#define PROG "build/isa/state/longrun.elf"

struct run {
	struct vm vm;
	struct htif ht;
};

static int setup(struct run *r, const uint8_t *elf, size_t len)
{
	struct vm_config cfg = {.mem_size = 64ULL << 20, .ncpus = 1};
	if (vm_init(&r->vm, &cfg, NULL) < 0)
		return -1;
	struct elf_image img;
	char err[128];
	if (elf_load(&r->vm.bus, elf, len, &img, err, sizeof(err)) < 0 || !img.has_tohost)
		return -1;
	if (htif_init(&r->ht, &r->vm.env, img.tohost, img.fromhost, img.has_fromhost) < 0)
		return -1;
	hart_reset(r->vm.harts[0], img.entry);
	return 0;
}

int main(void)
{
	size_t len;
	uint8_t *elf = file_read_all(PROG, &len);
	if (!elf) {
		fprintf(stderr, "%s missing: run 'make isa' first\n", PROG);
		return 1;
	}
	/* Reference: uninterrupted. */
	struct run *a = calloc(1, sizeof(*a));
	CHECK(setup(a, elf, len) == 0);
	struct hart *ha = a->vm.harts[0];
	CHECK(hart_run(ha) == HART_EXIT_STOP);
	CHECK(a->vm.exit_reason == VM_EXIT_TEST && a->vm.exit_code == 0);
	CHECK(ha->instret > 2000000);

	/* Interrupted: stop midway, save, restore into a fresh VM, finish. */
	struct run *b = calloc(1, sizeof(*b));
	CHECK(setup(b, elf, len) == 0);
	struct hart *hb = b->vm.harts[0];
	hb->stop_at_instret = 1000003;
	CHECK(hart_run(hb) == HART_EXIT_INSTRET);
	CHECK(hb->instret >= 1000003 && hb->instret < 1000003 + 300);
	struct ss_writer w;
	ss_writer_init(&w);
	ss_write_header(&w, b->vm.bus.ram_size, 1, "rv64imafdc");
	CHECK(hart_save(hb, &w) == 0);
	ss_write_end(&w);
	uint8_t *ram = malloc(b->vm.bus.ram_size);
	memcpy(ram, b->vm.bus.ram, b->vm.bus.ram_size);
	uint64_t saved_pc = hb->pc, saved_instret = hb->instret;
	vm_destroy(&b->vm);

	struct run *c = calloc(1, sizeof(*c));
	CHECK(setup(c, elf, len) == 0);
	memcpy(c->vm.bus.ram, ram, c->vm.bus.ram_size);
	struct ss_header hdr;
	size_t off;
	char err[128];
	CHECK(ss_read_header(w.buf, w.len, &hdr, &off, err, sizeof(err)) == 0);
	struct ss_reader r;
	CHECK(ss_next_section_fmt(w.buf, w.len, &off, hdr.format_version, &r, err, sizeof(err)) == 1);
	struct hart *hc = c->vm.harts[0];
	CHECK(hart_load(hc, &r) == 0);
	CHECK_EQ_U64(hc->pc, saved_pc);
	CHECK_EQ_U64(hc->instret, saved_instret);
	CHECK(ss_next_section_fmt(w.buf, w.len, &off, hdr.format_version, &r, err, sizeof(err)) == 0);
	CHECK(hart_run(hc) == HART_EXIT_STOP);
	CHECK(c->vm.exit_reason == VM_EXIT_TEST && c->vm.exit_code == 0);
	for (int k = 0; k < 32; k++)
		CHECK_EQ_U64(hc->x[k], ha->x[k]);
	CHECK_EQ_U64(hc->pc, ha->pc);
	CHECK_EQ_U64(hc->instret, ha->instret);
	CHECK(memcmp(c->vm.bus.ram, a->vm.bus.ram, a->vm.bus.ram_size) == 0);

	/* A truncated or damaged stream is refused without touching the hart. */
	struct hart *hd = hc;
	uint64_t pc_before = hd->pc;
	CHECK(ss_read_header(w.buf, w.len, &hdr, &off, err, sizeof(err)) == 0);
	CHECK(ss_next_section_fmt(w.buf, w.len - 40, &off, hdr.format_version, &r, err, sizeof(err)) == -1);
	CHECK(ss_read_header(w.buf, w.len, &hdr, &off, err, sizeof(err)) == 0);
	CHECK(ss_next_section_fmt(w.buf, w.len, &off, hdr.format_version, &r, err, sizeof(err)) == 1);
	r.len -= 8; /* a section shorter than its content */
	CHECK(hart_load(hd, &r) == -1);
	CHECK_EQ_U64(hd->pc, pc_before);
	w.buf[8] = 99; /* unknown format version */
	CHECK(ss_read_header(w.buf, w.len, &hdr, &off, err, sizeof(err)) == -1);
	CHECK(strstr(err, "version 99") != NULL);

	ss_writer_free(&w);
	free(ram);
	free(elf);
	vm_destroy(&a->vm);
	vm_destroy(&c->vm);
	free(a);
	free(b);
	free(c);
	CHECK_DONE();
}
