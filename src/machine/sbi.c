/* SBI dispatcher: reads a7 (extension) and a6 (function), calls the
 * extension's handler, writes a0 (error) and a1 (value). */
#include "machine/sbi.h"

#include "cpu/hart.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

static const struct sbi_ext *const extensions[] = {
    &sbi_ext_base, &sbi_ext_time, &sbi_ext_ipi,	 &sbi_ext_rfence,
    &sbi_ext_hsm,  &sbi_ext_srst, &sbi_ext_dbcn, &sbi_ext_legacy,
};

void sbi_init(struct sbi *s, const struct machine_env *env, struct board *board, int console_fd)
{
	s->env = env;
	s->board = board;
	s->console_fd = console_fd;
	s->calls = 0;
}

const struct sbi_ext *sbi_find_ext(uint64_t eid)
{
	for (unsigned k = 0; k < sizeof(extensions) / sizeof(extensions[0]); k++) {
		if (eid >= extensions[k]->eid_min && eid <= extensions[k]->eid_max)
			return extensions[k];
	}
	return NULL;
}

bool sbi_ecall(void *ctx, struct hart *h)
{
	struct sbi *s = ctx;
	uint64_t eid = h->x[17], fid = h->x[16];
	__atomic_fetch_add(&s->calls, 1, __ATOMIC_RELAXED);
	const struct sbi_ext *ext = sbi_find_ext(eid);
	if (!ext) {
		h->x[10] = (uint64_t)(int64_t)SBI_ERR_NOT_SUPPORTED;
		return true;
	}
	struct sbi_ret r = ext->call(s, h, eid, fid);
	h->x[10] = (uint64_t)r.error;
	if (!ext->legacy)
		h->x[11] = r.value;
	return true;
}

int64_t sbi_for_each_hart(struct sbi *s, uint64_t mask, uint64_t base,
			  void (*fn)(struct sbi *s, struct hart *self, struct hart *target,
				     void *arg),
			  struct hart *self, void *arg)
{
	const struct machine_env *env = s->env;
	if (base == UINT64_MAX) { /* all harts */
		for (unsigned k = 0; k < env->ncpus; k++)
			fn(s, self, env->harts[k], arg);
		return SBI_SUCCESS;
	}
	for (unsigned bit = 0; bit < 64; bit++) {
		if (!((mask >> bit) & 1))
			continue;
		uint64_t id = base + bit;
		if (id < base || id >= env->ncpus)
			return SBI_ERR_INVALID_PARAM;
	}
	for (unsigned bit = 0; bit < 64; bit++) {
		if ((mask >> bit) & 1)
			fn(s, self, env->harts[base + bit], arg);
	}
	return SBI_SUCCESS;
}
