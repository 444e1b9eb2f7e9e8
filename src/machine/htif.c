/* HTIF: a write of 1 to tohost ends the run with status 0; an odd value v
 * ends it with status v >> 1 ("FAIL test N"); device 1 command 1 prints a
 * character (the console of riscv-tests style programs). */
#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

#include "machine/htif.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

static void htif_command(struct htif *ht, uint64_t v)
{
	unsigned dev = (unsigned)(v >> 56), cmd = (unsigned)(v >> 48) & 0xff;
	uint64_t payload = v & ((1ULL << 48) - 1);
	if (dev == 0 && cmd == 0 && (payload & 1)) {
		int code = (int)(payload >> 1);
		if (code != 0)
			fprintf(stderr, "FAIL test %d\n", code);
		env_request_exit(ht->env, VM_EXIT_TEST, code > 255 ? 255 : code);
	} else if (dev == 1 && cmd == 1) {
		char ch = (char)payload;
		if (write(STDOUT_FILENO, &ch, 1) < 0) {
		}
		ht->fromhost = (1ULL << 56) | (1ULL << 48);
	} else if (v != 0) {
		fprintf(stderr, "rvisor: unsupported HTIF request %#llx\n", (unsigned long long)v);
	}
}

static bool htif_read(void *dev, uint64_t off, unsigned size, uint64_t *val)
{
	struct htif *ht = dev;
	uint64_t addr = ht->base + off;
	uint64_t word = 0, base = 0;
	if (addr >= ht->tohost_addr && addr < ht->tohost_addr + 8) {
		word = ht->tohost;
		base = ht->tohost_addr;
	} else if (addr >= ht->fromhost_addr && addr < ht->fromhost_addr + 8) {
		word = ht->fromhost;
		base = ht->fromhost_addr;
	} else {
		*val = 0;
		return true;
	}
	unsigned shift = (unsigned)(addr - base) * 8;
	*val = size == 8 ? word : (word >> shift) & ((1ULL << (size * 8)) - 1);
	return true;
}

static bool htif_write(void *dev, uint64_t off, unsigned size, uint64_t val)
{
	struct htif *ht = dev;
	uint64_t addr = ht->base + off;
	if (addr >= ht->tohost_addr && addr < ht->tohost_addr + 8) {
		if (size == 8) {
			ht->tohost = 0;
			htif_command(ht, val);
		} else if (addr == ht->tohost_addr && size == 4) {
			/* 32-bit programs write the low word first. */
			ht->tohost = (ht->tohost & ~0xffffffffULL) | (uint32_t)val;
			htif_command(ht, ht->tohost);
			ht->tohost = 0;
		}
	} else if (addr >= ht->fromhost_addr && addr < ht->fromhost_addr + 8) {
		ht->fromhost = size == 8 ? val : 0;
	}
	return true;
}

static const struct mmio_ops htif_ops = {htif_read, htif_write};

int htif_init(struct htif *ht, const struct machine_env *env, uint64_t tohost, uint64_t fromhost,
	      bool has_fromhost)
{
	ht->env = env;
	ht->tohost_addr = tohost;
	ht->fromhost_addr = has_fromhost ? fromhost : tohost + 8;
	ht->tohost = ht->fromhost = 0;
	/* One region covering both words when they are near (the usual layout). */
	uint64_t lo = tohost < ht->fromhost_addr ? tohost : ht->fromhost_addr;
	uint64_t hi = (tohost > ht->fromhost_addr ? tohost : ht->fromhost_addr) + 8;
	if (hi - lo > PAGE_SIZE) {
		lo = tohost;
		hi = tohost + 8;
	}
	ht->base = lo;
	return bus_add_mmio(env->bus, lo, hi - lo, &htif_ops, ht, "htif");
}
