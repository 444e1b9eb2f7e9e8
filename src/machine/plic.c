/* PLIC: priorities, pending/claimed bits, per-context enables, thresholds,
 * claim/complete; recomputes each hart's MEIP/SEIP after every change. */
#include "machine/plic.h"

#include <libfdt.h>
#include <pthread.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "machine/board.h"
#include "machine/fdt.h"
#include "state/stream.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

#define PLIC_MAX_CTX (2 * MACHINE_MAX_CPUS)

/* Register layout (offsets from the base). */
#define PLIC_PRIORITY 0x0
#define PLIC_PENDING 0x1000
#define PLIC_ENABLE 0x2000
#define PLIC_ENABLE_STRIDE 0x80
#define PLIC_CONTEXT 0x200000
#define PLIC_CONTEXT_STRIDE 0x1000

struct plic {
	const struct machine_env *env;
	uint64_t base;
	unsigned nctx;
	pthread_mutex_t lock; /* everything below */
	uint32_t priority[PLIC_NSRC];
	uint32_t pending[PLIC_WORDS], level[PLIC_WORDS], claimed[PLIC_WORDS];
	uint32_t enable[PLIC_MAX_CTX][PLIC_WORDS];
	uint32_t threshold[PLIC_MAX_CTX];
	bool line[PLIC_MAX_CTX]; /* last level driven into the hart */
};

/* Bits that name real sources (1..PLIC_NDEV) in word w. */
static uint32_t valid_mask(unsigned w)
{
	uint32_t m = 0xffffffffu;
	if (w == 0)
		m &= ~1u;
	unsigned hi = PLIC_NSRC - 32 * w; /* sources in this word */
	if (hi < 32)
		m &= (1u << hi) - 1;
	return m;
}

/* The best claimable source for a context: pending, enabled, not claimed,
 * priority above the threshold; ties go to the lowest id. 0 = none. */
static unsigned best_source(const struct plic *p, unsigned ctx)
{
	unsigned best = 0;
	uint32_t best_prio = p->threshold[ctx];
	for (unsigned w = 0; w < PLIC_WORDS; w++) {
		uint32_t bits = p->pending[w] & ~p->claimed[w] & p->enable[ctx][w];
		while (bits) {
			unsigned irq = 32 * w + (unsigned)__builtin_ctz(bits);
			bits &= bits - 1;
			if (p->priority[irq] > best_prio) {
				best_prio = p->priority[irq];
				best = irq;
			}
		}
	}
	return best;
}

/* Re-evaluate every context's output line (lock held). */
static void update_lines(struct plic *p)
{
	for (unsigned ctx = 0; ctx < p->nctx; ctx++) {
		bool level = best_source(p, ctx) != 0;
		if (level == p->line[ctx])
			continue;
		p->line[ctx] = level;
		hart_set_irq(p->env->harts[ctx / 2], (ctx & 1) ? MIP_SEIP : MIP_MEIP, level);
	}
}

void plic_set_irq(struct plic *p, unsigned irq, bool level)
{
	if (irq == 0 || irq >= PLIC_NSRC)
		return;
	unsigned w = irq / 32;
	uint32_t bit = 1u << (irq % 32);
	pthread_mutex_lock(&p->lock);
	if (level) {
		p->level[w] |= bit;
		/* The gateway forwards a new request once the last one completed. */
		if (!(p->claimed[w] & bit))
			p->pending[w] |= bit;
	} else {
		p->level[w] &= ~bit;
		p->pending[w] &= ~bit;
	}
	update_lines(p);
	pthread_mutex_unlock(&p->lock);
}

static uint32_t claim(struct plic *p, unsigned ctx)
{
	unsigned irq = best_source(p, ctx);
	if (irq) {
		p->pending[irq / 32] &= ~(1u << (irq % 32));
		p->claimed[irq / 32] |= 1u << (irq % 32);
		update_lines(p);
	}
	return irq;
}

static void complete(struct plic *p, unsigned ctx, uint32_t irq)
{
	if (irq == 0 || irq >= PLIC_NSRC)
		return;
	unsigned w = irq / 32;
	uint32_t bit = 1u << (irq % 32);
	/* A completion for a source not enabled for this context is ignored. */
	if (!(p->enable[ctx][w] & bit) || !(p->claimed[w] & bit))
		return;
	p->claimed[w] &= ~bit;
	if (p->level[w] & bit)
		p->pending[w] |= bit; /* still asserted: pending again */
	update_lines(p);
}

static bool plic_read(void *dev, uint64_t off, unsigned size, uint64_t *val)
{
	struct plic *p = dev;
	if (size != 4 || (off & 3))
		return false;
	uint32_t v = 0;
	pthread_mutex_lock(&p->lock);
	if (off < PLIC_PENDING) {
		uint64_t irq = off / 4;
		if (irq < PLIC_NSRC)
			v = p->priority[irq];
	} else if (off < PLIC_ENABLE) {
		uint64_t w = (off - PLIC_PENDING) / 4;
		if (w < PLIC_WORDS)
			v = p->pending[w];
	} else if (off < PLIC_CONTEXT) {
		uint64_t ctx = (off - PLIC_ENABLE) / PLIC_ENABLE_STRIDE;
		uint64_t w = (off - PLIC_ENABLE) % PLIC_ENABLE_STRIDE / 4;
		if (ctx < p->nctx && w < PLIC_WORDS)
			v = p->enable[ctx][w];
	} else {
		uint64_t ctx = (off - PLIC_CONTEXT) / PLIC_CONTEXT_STRIDE;
		uint64_t reg = (off - PLIC_CONTEXT) % PLIC_CONTEXT_STRIDE;
		if (ctx < p->nctx && reg == 0)
			v = p->threshold[ctx];
		else if (ctx < p->nctx && reg == 4)
			v = claim(p, (unsigned)ctx);
	}
	pthread_mutex_unlock(&p->lock);
	*val = v;
	return true;
}

static bool plic_write(void *dev, uint64_t off, unsigned size, uint64_t val64)
{
	struct plic *p = dev;
	if (size != 4 || (off & 3))
		return false;
	uint32_t val = (uint32_t)val64;
	pthread_mutex_lock(&p->lock);
	if (off < PLIC_PENDING) {
		uint64_t irq = off / 4;
		if (irq > 0 && irq < PLIC_NSRC) {
			p->priority[irq] = val & PLIC_PRIO_MASK;
			update_lines(p);
		}
	} else if (off < PLIC_ENABLE) {
		/* pending bits are read-only */
	} else if (off < PLIC_CONTEXT) {
		uint64_t ctx = (off - PLIC_ENABLE) / PLIC_ENABLE_STRIDE;
		uint64_t w = (off - PLIC_ENABLE) % PLIC_ENABLE_STRIDE / 4;
		if (ctx < p->nctx && w < PLIC_WORDS) {
			p->enable[ctx][w] = val & valid_mask((unsigned)w);
			update_lines(p);
		}
	} else {
		uint64_t ctx = (off - PLIC_CONTEXT) / PLIC_CONTEXT_STRIDE;
		uint64_t reg = (off - PLIC_CONTEXT) % PLIC_CONTEXT_STRIDE;
		if (ctx < p->nctx && reg == 0) {
			p->threshold[ctx] = val & PLIC_PRIO_MASK;
			update_lines(p);
		} else if (ctx < p->nctx && reg == 4) {
			complete(p, (unsigned)ctx, val);
		}
	}
	pthread_mutex_unlock(&p->lock);
	return true;
}

static const struct mmio_ops plic_mmio = {.read = plic_read, .write = plic_write};

struct plic *plic_create(const struct machine_env *env, uint64_t base)
{
	struct plic *p = calloc(1, sizeof(*p));
	if (!p)
		return NULL;
	p->env = env;
	p->base = base;
	p->nctx = 2 * env->ncpus;
	pthread_mutex_init(&p->lock, NULL);
	if (bus_add_mmio(env->bus, base, VIRT_PLIC_SIZE, &plic_mmio, p, "plic") < 0) {
		errno = EADDRINUSE; /* the address range is taken (board_create says so) */
		pthread_mutex_destroy(&p->lock);
		free(p);
		return NULL;
	}
	return p;
}

void plic_destroy(struct plic *p)
{
	if (!p)
		return;
	pthread_mutex_destroy(&p->lock);
	free(p);
}

static void plic_dev_destroy(void *dev)
{
	plic_destroy(dev);
}

static int plic_fdt(void *dev, void *fdt, const struct board_fdt_ctx *ctx)
{
	struct plic *p = dev;
	static const char compat[] = "sifive,plic-1.0.0\0riscv,plic0";
	uint32_t ext[4 * MACHINE_MAX_CPUS];
	for (unsigned k = 0; k < ctx->ncpus && k < MACHINE_MAX_CPUS; k++) {
		ext[4 * k + 0] = BOARD_PHANDLE_CPU_INTC(k);
		ext[4 * k + 1] = IRQ_MEI;
		ext[4 * k + 2] = BOARD_PHANDLE_CPU_INTC(k);
		ext[4 * k + 3] = IRQ_SEI;
	}
	char name[32];
	snprintf(name, sizeof(name), "plic@%llx", (unsigned long long)p->base);
	int rc;
	if ((rc = fdt_begin_node(fdt, name)) < 0 ||
	    (rc = fdt_property_u32(fdt, "phandle", ctx->plic_phandle)) < 0 ||
	    (rc = fdt_property_u32(fdt, "riscv,ndev", PLIC_NDEV)) < 0 ||
	    (rc = bfdt_reg(fdt, p->base, VIRT_PLIC_SIZE)) < 0 ||
	    (rc = bfdt_cells(fdt, "interrupts-extended", ext, 4 * (size_t)ctx->ncpus)) < 0 ||
	    (rc = fdt_property(fdt, "interrupt-controller", NULL, 0)) < 0 ||
	    (rc = bfdt_strings(fdt, "compatible", compat, sizeof(compat))) < 0 ||
	    (rc = fdt_property_u32(fdt, "#address-cells", 0)) < 0 ||
	    (rc = fdt_property_u32(fdt, "#interrupt-cells", 1)) < 0)
		return rc;
	return fdt_end_node(fdt);
}

/* Section "PLIC" v1: u32 nsrc, u32 nctx, u32 priority[nsrc],
 * u32 pending/level/claimed[words], then per context u32 enable[words],
 * u32 threshold. */
#define PLIC_STATE_VERSION 1

static int plic_save(void *dev, struct ss_writer *w)
{
	struct plic *p = dev;
	pthread_mutex_lock(&p->lock);
	ss_put_u32(w, PLIC_NSRC);
	ss_put_u32(w, p->nctx);
	for (unsigned i = 0; i < PLIC_NSRC; i++)
		ss_put_u32(w, p->priority[i]);
	for (unsigned i = 0; i < PLIC_WORDS; i++) {
		ss_put_u32(w, p->pending[i]);
		ss_put_u32(w, p->level[i]);
		ss_put_u32(w, p->claimed[i]);
	}
	for (unsigned c = 0; c < p->nctx; c++) {
		for (unsigned i = 0; i < PLIC_WORDS; i++)
			ss_put_u32(w, p->enable[c][i]);
		ss_put_u32(w, p->threshold[c]);
	}
	pthread_mutex_unlock(&p->lock);
	return w->failed ? -1 : 0;
}

struct plic_regs {
	uint32_t priority[PLIC_NSRC];
	uint32_t pending[PLIC_WORDS], level[PLIC_WORDS], claimed[PLIC_WORDS];
	uint32_t enable[PLIC_MAX_CTX][PLIC_WORDS];
	uint32_t threshold[PLIC_MAX_CTX];
};

static int plic_load(void *dev, struct ss_reader *r, bool apply, char *err, size_t errlen)
{
	struct plic *p = dev;
	if (r->version != PLIC_STATE_VERSION) {
		snprintf(err, errlen,
			 "PLIC state version %u is not supported (this rvisor reads %u)",
			 r->version, PLIC_STATE_VERSION);
		return -1;
	}
	uint32_t nsrc = ss_get_u32(r), nctx = ss_get_u32(r);
	if (!r->error && (nsrc != PLIC_NSRC || nctx != p->nctx)) {
		snprintf(err, errlen,
			 "PLIC state has %u sources and %u contexts, this machine %u and %u", nsrc,
			 nctx, PLIC_NSRC, p->nctx);
		return -1;
	}
	struct plic_regs *s = calloc(1, sizeof(*s));
	if (!s) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	bool bad = false;
	for (unsigned i = 0; i < PLIC_NSRC; i++) {
		s->priority[i] = ss_get_u32(r);
		bad |= s->priority[i] > PLIC_PRIO_MASK || (i == 0 && s->priority[i]);
	}
	for (unsigned i = 0; i < PLIC_WORDS; i++) {
		s->pending[i] = ss_get_u32(r);
		s->level[i] = ss_get_u32(r);
		s->claimed[i] = ss_get_u32(r);
		bad |= ((s->pending[i] | s->level[i] | s->claimed[i]) & ~valid_mask(i)) != 0;
	}
	for (unsigned c = 0; c < p->nctx; c++) {
		for (unsigned i = 0; i < PLIC_WORDS; i++) {
			s->enable[c][i] = ss_get_u32(r);
			bad |= (s->enable[c][i] & ~valid_mask(i)) != 0;
		}
		s->threshold[c] = ss_get_u32(r);
		bad |= s->threshold[c] > PLIC_PRIO_MASK;
	}
	if (r->error || r->pos != r->len || bad) {
		snprintf(err, errlen, "PLIC state section is %s",
			 r->error || r->pos != r->len ? "truncated or oversized" : "out of range");
		free(s);
		return -1;
	}
	if (apply) {
		pthread_mutex_lock(&p->lock);
		memcpy(p->priority, s->priority, sizeof(p->priority));
		memcpy(p->pending, s->pending, sizeof(p->pending));
		memcpy(p->level, s->level, sizeof(p->level));
		memcpy(p->claimed, s->claimed, sizeof(p->claimed));
		memcpy(p->enable, s->enable, sizeof(p->enable));
		memcpy(p->threshold, s->threshold, sizeof(p->threshold));
		/* Drive every line afresh: the harts may hold any value. */
		for (unsigned c = 0; c < p->nctx; c++) {
			p->line[c] = best_source(p, c) != 0;
			hart_set_irq(p->env->harts[c / 2], (c & 1) ? MIP_SEIP : MIP_MEIP,
				     p->line[c]);
		}
		pthread_mutex_unlock(&p->lock);
	}
	free(s);
	return 0;
}

const struct board_dev_ops plic_dev_ops = {
    .name = "plic",
    .section_id = SS_ID('P', 'L', 'I', 'C'),
    .version = PLIC_STATE_VERSION,
    .fdt_soc = plic_fdt,
    .save = plic_save,
    .load = plic_load,
    .destroy = plic_dev_destroy,
};
