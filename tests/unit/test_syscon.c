/* syscon unit test: poweroff, failure code and reboot requests become VM
 * exits; other writes and odd accesses are ignored; save/load. */
#include <stdlib.h>

#include "check.h"
#include "vmfixture.h"
#include "machine/board.h"
#include "machine/syscon.h"
#include "state/stream.h"
#include "vmm/vm.h"

/* Write `val` (size bytes at offset off) on a fresh VM; return its exit. */
static enum vm_exit_reason try_write(uint64_t off, unsigned size, uint64_t val, int *code)
{
	struct vm *vm = new_vm(1);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	CHECK(b != NULL);
	CHECK(bus_write(&vm->bus, VIRT_SYSCON_BASE + off, size, val));
	enum vm_exit_reason why = vm->exit_reason;
	*code = vm->exit_code;
	if (why != VM_EXIT_NONE)
		CHECK(atomic_load(&vm->harts[0]->events) & EV_STOP);
	board_destroy(b);
	vm_destroy(vm);
	free(vm);
	return why;
}

int main(void)
{
	int code;
	CHECK(try_write(0, 4, SYSCON_PASS, &code) == VM_EXIT_POWEROFF);
	CHECK_EQ_U64(code, 0);
	CHECK(try_write(0, 4, SYSCON_RESET, &code) == VM_EXIT_REBOOT);
	CHECK_EQ_U64(code, 0);
	CHECK(try_write(0, 4, SYSCON_FAIL | (3u << 16), &code) == VM_EXIT_POWEROFF);
	CHECK_EQ_U64(code, 3);
	CHECK(try_write(0, 4, 0x1234, &code) == VM_EXIT_NONE);
	CHECK(try_write(4, 4, SYSCON_PASS, &code) == VM_EXIT_NONE);
	CHECK(try_write(0, 1, 0x55, &code) == VM_EXIT_NONE);
	CHECK(try_write(0xffc, 4, SYSCON_PASS, &code) == VM_EXIT_NONE);

	struct vm *vm = new_vm(1);
	struct board *b = board_create(&vm->env, -1, -1, NULL);
	uint64_t v = 1;
	CHECK(bus_read(&vm->bus, VIRT_SYSCON_BASE, 4, &v));
	CHECK_EQ_U64(v, 0);
	CHECK(bus_read(&vm->bus, VIRT_SYSCON_BASE + 0xfff, 1, &v));
	CHECK(!bus_read(&vm->bus, VIRT_SYSCON_BASE + 0xffe, 4, &v)); /* straddles the end */

	/* Save/load: an empty section; anything inside it is refused. */
	struct ss_writer w;
	ss_writer_init(&w);
	CHECK(board_save(b, &w) == 0);
	ss_write_end(&w);
	size_t off = 0;
	struct ss_reader r;
	char err[160];
	bool found = false;
	while (ss_next_section(w.buf, w.len, &off, &r, err, sizeof(err)) == 1) {
		if (r.id != SS_ID('S', 'Y', 'S', 'C'))
			continue;
		found = true;
		CHECK_EQ_U64(r.len, 0);
		CHECK(board_load(b, &r) == 0);
		struct ss_reader t = r;
		t.len = 1;
		CHECK(board_load(b, &t) == -1);
	}
	CHECK(found);
	ss_writer_free(&w);
	board_destroy(b);
	vm_destroy(vm);
	free(vm);
	CHECK_DONE();
}
