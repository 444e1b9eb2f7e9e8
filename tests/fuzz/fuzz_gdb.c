/* Fuzz target for the GDB stub's protocol (src/vmm/gdbstub_proto.c): the
 * input is the byte stream a debugger sends, fed one byte at a time to the
 * receiver; every complete packet goes to the command handler over a fake
 * target (2 threads, 4 KiB of memory at 0x1000, 80 registers). Aborts when
 * a reply is longer than GDB_MAX_PACKET, when a framed reply does not parse
 * back to itself, when a callback is given a thread, register or memory
 * range outside what exists and accepts it, or when a resume leaves a
 * thread with an unknown mode.
 *
 * libFuzzer + ASan:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -D_GNU_SOURCE
 *         tests/fuzz/fuzz_gdb.c src/vmm/gdbstub_proto.c -o fuzz_gdb
 *   ./fuzz_gdb CORPUS_DIR
 * Without clang (runs each file named on the command line once):
 *   cc -g -fsanitize=address,undefined -DFUZZ_DRIVER -Isrc -D_GNU_SOURCE
 *         tests/fuzz/fuzz_gdb.c src/vmm/gdbstub_proto.c -o fuzz_gdb
 *   ./fuzz_gdb FILE...
 * tests/unit/test_gdb_fuzz.c runs it over mutated packet streams in
 * `make test`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vmm/gdbstub_proto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FAKE_BASE 0x1000u
#define FAKE_SIZE 4096u
#define FAKE_NREGS 80u

struct fake {
	uint8_t mem[FAKE_SIZE];
	uint64_t regs[2][FAKE_NREGS];
	unsigned nbp;
};

static void die(const char *what)
{
	fprintf(stderr, "fuzz_gdb: %s\n", what);
	abort();
}

static int f_get(void *ctx, unsigned thr, unsigned r, uint64_t *v)
{
	struct fake *f = ctx;
	if (thr >= 2 || r >= FAKE_NREGS)
		return -1;
	*v = f->regs[thr][r];
	return 0;
}

static int f_set(void *ctx, unsigned thr, unsigned r, uint64_t v)
{
	struct fake *f = ctx;
	if (thr >= 2 || r >= FAKE_NREGS)
		return -1;
	f->regs[thr][r] = v;
	return 0;
}

static size_t f_span(unsigned thr, uint64_t addr, size_t len)
{
	if (len > GDB_MAX_PACKET / 2)
		die("memory access longer than a packet can carry");
	if (thr >= 2 || addr < FAKE_BASE || addr >= FAKE_BASE + FAKE_SIZE)
		return 0;
	uint64_t room = FAKE_BASE + FAKE_SIZE - addr;
	return len < room ? len : (size_t)room;
}

static size_t f_read(void *ctx, unsigned thr, uint64_t addr, uint8_t *buf, size_t len)
{
	struct fake *f = ctx;
	size_t n = f_span(thr, addr, len);
	memcpy(buf, f->mem + (addr - FAKE_BASE) * (n > 0), n);
	return n;
}

static size_t f_write(void *ctx, unsigned thr, uint64_t addr, const uint8_t *buf, size_t len)
{
	struct fake *f = ctx;
	size_t n = f_span(thr, addr, len);
	memcpy(f->mem + (addr - FAKE_BASE) * (n > 0), buf, n);
	return n;
}

static int f_bp(void *ctx, bool insert, uint64_t addr)
{
	struct fake *f = ctx;
	(void)addr;
	if (insert) {
		if (f->nbp == 64)
			return -1;
		f->nbp++;
	} else if (f->nbp) {
		f->nbp--;
	}
	return 0;
}

static int f_watch(void *ctx, bool insert, uint64_t addr, uint64_t len)
{
	(void)ctx;
	(void)addr;
	return insert && (len == 0 || len > 8) ? -1 : 0;
}

static const char xml[] = "<?xml version=\"1.0\"?><target><architecture>riscv:rv64"
			  "</architecture></target>";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fake f;
	static struct gdb_rx rx, back;
	static char reply[GDB_MAX_PACKET + 1];
	static char framed[2 * GDB_MAX_PACKET + 8];
	memset(&f, 0, sizeof(f));
	struct gdb_target t = {.ctx = &f,
			       .nthreads = 2,
			       .target_xml = xml,
			       .ngregs = 33,
			       .get_reg = f_get,
			       .set_reg = f_set,
			       .read_mem = f_read,
			       .write_mem = f_write,
			       .breakpoint = f_bp,
			       .watchpoint = f_watch};
	struct gdb_session s;
	gdb_session_init(&s, &t);
	gdb_rx_init(&rx);
	for (size_t k = 0; k < size; k++) {
		if (gdb_rx_byte(&rx, data[k]) != GDB_RX_PACKET)
			continue;
		if (rx.len > GDB_MAX_PACKET)
			die("packet longer than the receive buffer");
		size_t n = 0;
		enum gdb_action act = gdb_handle(&s, rx.buf, rx.len, reply, &n);
		if (n > GDB_MAX_PACKET)
			die("reply longer than GDB_MAX_PACKET");
		if (act == GDB_ACT_RESUME)
			for (unsigned th = 0; th < GDB_MAX_THREADS; th++)
				if (s.resume[th] > GDB_RESUME_STEP)
					die("unknown resume mode");
		if (s.g_thread >= t.nthreads)
			die("Hg selected a thread that does not exist");
		/* The framed reply parses back to the same payload. */
		size_t fl = gdb_frame(reply, n, framed);
		if (fl > 2 * n + 4)
			die("framed reply longer than 2 * n + 4");
		gdb_rx_init(&back);
		enum gdb_rx_event ev = GDB_RX_NONE;
		for (size_t j = 0; j < fl; j++)
			ev = gdb_rx_byte(&back, (uint8_t)framed[j]);
		if (ev != GDB_RX_PACKET || back.len != n || memcmp(back.buf, reply, n) != 0)
			die("a framed reply does not parse back to itself");
	}
	char stop[64];
	if (gdb_stop_reply(&s, stop) >= sizeof(stop))
		die("stop reply too long");
	return 0;
}

#ifdef FUZZ_DRIVER
#include "fuzz_driver.h"
#endif
