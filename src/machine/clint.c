/* CLINT: msip drives MSIP; mtimecmp lives in each hart (csr.mtimecmp) and a
 * write makes the hart re-evaluate MTIP; mtime reads/writes the VM clock. */
#include "machine/clint.h"

#include <libfdt.h>
#include <stdatomic.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>

#include "machine/board.h"
#include "machine/fdt.h"
#include "state/stream.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

struct clint {
	const struct machine_env *env;
	uint64_t base;
};

/* Read `size` bytes at byte `sub` of a 64-bit register. */
static uint64_t part_read(uint64_t reg, uint64_t sub, unsigned size)
{
	return size == 8 ? reg : (reg >> (8 * sub)) & 0xffffffffu;
}

/* Merge a 4- or 8-byte write at byte `sub` into a 64-bit register. */
static uint64_t part_write(uint64_t reg, uint64_t sub, unsigned size, uint64_t val)
{
	if (size == 8)
		return val;
	uint64_t mask = 0xffffffffULL << (8 * sub);
	return (reg & ~mask) | ((val & 0xffffffffu) << (8 * sub));
}

/* 64-bit registers take 8-byte accesses or aligned 4-byte halves. */
static bool reg64_access_ok(uint64_t off, unsigned size)
{
	return (size == 8 && !(off & 7)) || (size == 4 && !(off & 3));
}

static bool clint_read(void *dev, uint64_t off, unsigned size, uint64_t *val)
{
	struct clint *c = dev;
	const struct machine_env *env = c->env;
	*val = 0;
	if (off < CLINT_MTIMECMP) {
		if (size != 4 || (off & 3))
			return false;
		uint64_t k = off / 4;
		if (k < env->ncpus)
			*val = (atomic_load(&env->harts[k]->mip) & MIP_MSIP) ? 1 : 0;
		return true;
	}
	if (!reg64_access_ok(off, size))
		return false;
	if (off >= CLINT_MTIME + 8)
		return true; /* hole */
	if (off >= CLINT_MTIME) {
		*val = part_read(vclock_now(env->clock), off & 7, size);
		return true;
	}
	uint64_t k = (off - CLINT_MTIMECMP) / 8;
	if (k < env->ncpus)
		*val = part_read(__atomic_load_n(&env->harts[k]->csr.mtimecmp, __ATOMIC_RELAXED),
				 off & 7, size);
	return true;
}

static bool clint_write(void *dev, uint64_t off, unsigned size, uint64_t val)
{
	struct clint *c = dev;
	const struct machine_env *env = c->env;
	if (off < CLINT_MTIMECMP) {
		if (size != 4 || (off & 3))
			return false;
		uint64_t k = off / 4;
		if (k < env->ncpus) {
			hart_set_irq(env->harts[k], MIP_MSIP, val & 1);
		}
		return true;
	}
	if (!reg64_access_ok(off, size))
		return false;
	if (off >= CLINT_MTIME + 8)
		return true; /* hole */
	if (off >= CLINT_MTIME) {
		/* Setting mtime moves the VM clock: every comparator re-evaluates. */
		struct vclock *clk = env->clock;
		uint64_t now = part_write(vclock_now(clk), off & 7, size, val);
		if (clk->paused_at >= 0)
			clk->paused_at = (int64_t)now;
		else
			clk->offset = (int64_t)(now - vclock_host_ticks());
		for (unsigned k = 0; k < env->ncpus; k++)
			hart_request(env->harts[k], EV_TIMER);
		return true;
	}
	uint64_t k = (off - CLINT_MTIMECMP) / 8;
	if (k < env->ncpus) {
		struct hart *h = env->harts[k];
		uint64_t cmp = __atomic_load_n(&h->csr.mtimecmp, __ATOMIC_RELAXED);
		__atomic_store_n(&h->csr.mtimecmp, part_write(cmp, off & 7, size, val),
				 __ATOMIC_RELAXED);
		hart_request(h, EV_TIMER);
	}
	return true;
}

static const struct mmio_ops clint_mmio = {.read = clint_read, .write = clint_write};

struct clint *clint_create(const struct machine_env *env, uint64_t base)
{
	struct clint *c = calloc(1, sizeof(*c));
	if (!c)
		return NULL;
	c->env = env;
	c->base = base;
	if (bus_add_mmio(env->bus, base, VIRT_CLINT_SIZE, &clint_mmio, c, "clint") < 0) {
		errno = EADDRINUSE; /* the address range is taken (board_create says so) */
		free(c);
		return NULL;
	}
	return c;
}

void clint_destroy(struct clint *c)
{
	free(c);
}

static void clint_dev_destroy(void *dev)
{
	clint_destroy(dev);
}

static int clint_fdt(void *dev, void *fdt, const struct board_fdt_ctx *ctx)
{
	struct clint *c = dev;
	static const char compat[] = "sifive,clint0\0riscv,clint0";
	uint32_t ext[4 * MACHINE_MAX_CPUS];
	for (unsigned k = 0; k < ctx->ncpus && k < MACHINE_MAX_CPUS; k++) {
		ext[4 * k + 0] = BOARD_PHANDLE_CPU_INTC(k);
		ext[4 * k + 1] = IRQ_MSI;
		ext[4 * k + 2] = BOARD_PHANDLE_CPU_INTC(k);
		ext[4 * k + 3] = IRQ_MTI;
	}
	char name[32];
	snprintf(name, sizeof(name), "clint@%llx", (unsigned long long)c->base);
	int rc;
	if ((rc = fdt_begin_node(fdt, name)) < 0 ||
	    (rc = bfdt_cells(fdt, "interrupts-extended", ext, 4 * (size_t)ctx->ncpus)) < 0 ||
	    (rc = bfdt_reg(fdt, c->base, VIRT_CLINT_SIZE)) < 0 ||
	    (rc = bfdt_strings(fdt, "compatible", compat, sizeof(compat))) < 0)
		return rc;
	return fdt_end_node(fdt);
}

/* Section "CLNT" v1: u32 ncpus, then u32 msip per hart. mtimecmp belongs
 * to each hart's section and mtime to the VM clock. */
#define CLINT_STATE_VERSION 1

static int clint_save(void *dev, struct ss_writer *w)
{
	struct clint *c = dev;
	ss_put_u32(w, c->env->ncpus);
	for (unsigned k = 0; k < c->env->ncpus; k++)
		ss_put_u32(w, (atomic_load(&c->env->harts[k]->mip) & MIP_MSIP) ? 1 : 0);
	return w->failed ? -1 : 0;
}

static int clint_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct clint *c = dev;
	if (r->version != CLINT_STATE_VERSION) {
		snprintf(err, errlen,
			 "CLINT state version %u is not supported (this rvisor reads %u)",
			 r->version, CLINT_STATE_VERSION);
		return -1;
	}
	uint32_t n = ss_get_u32(r);
	if (!r->error && n != c->env->ncpus) {
		snprintf(err, errlen, "CLINT state is for %u harts, this machine has %u", n,
			 c->env->ncpus);
		return -1;
	}
	uint32_t msip[MACHINE_MAX_CPUS] = {0};
	bool bad = false;
	for (unsigned k = 0; k < c->env->ncpus; k++) {
		msip[k] = ss_get_u32(r);
		bad |= msip[k] > 1;
	}
	if (r->error || r->pos != r->len || bad) {
		snprintf(err, errlen, "CLINT state section is %s",
			 bad ? "out of range" : "truncated or oversized");
		return -1;
	}
	if (apply) {
		for (unsigned k = 0; k < c->env->ncpus; k++) {
			hart_set_irq(c->env->harts[k], MIP_MSIP, msip[k]);
			hart_request(c->env->harts[k], EV_TIMER);
		}
	}
	return 0;
}

const struct board_dev_ops clint_dev_ops = {
    .name = "clint",
    .section_id = SS_ID('C', 'L', 'N', 'T'),
    .version = CLINT_STATE_VERSION,
    .fdt_soc = clint_fdt,
    .save = clint_save,
    .load = clint_load,
    .destroy = clint_dev_destroy,
};
