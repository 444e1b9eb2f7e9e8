/* SBI HSM extension (EID "HSM"): hart start, stop, status, suspend. */
#include "cpu/hart.h"
#include "machine/sbi.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

static struct sbi_ret hsm_call(struct sbi *s, struct hart *h, uint64_t eid, uint64_t fid)
{
	(void)eid;
	const struct machine_env *env = s->env;
	uint64_t id = h->x[10];
	switch (fid) {
	case 0: { /* hart_start(hartid, start_addr, opaque) */
		if (id >= env->ncpus)
			return (struct sbi_ret){SBI_ERR_INVALID_PARAM, 0};
		if (!bus_is_ram(env->bus, h->x[11], 4))
			return (struct sbi_ret){SBI_ERR_INVALID_ADDRESS, 0};
		if (hart_hsm_start(env->harts[id], h->x[11], h->x[12]) < 0)
			return (struct sbi_ret){SBI_ERR_ALREADY_AVAILABLE, 0};
		return (struct sbi_ret){SBI_SUCCESS, 0};
	}
	case 1: /* hart_stop(): the run loop parks this hart */
		atomic_store(&h->hsm_state, HSM_STOPPED);
		return (struct sbi_ret){SBI_SUCCESS, 0};
	case 2: /* hart_get_status(hartid) */
		if (id >= env->ncpus)
			return (struct sbi_ret){SBI_ERR_INVALID_PARAM, 0};
		return (struct sbi_ret){SBI_SUCCESS,
					(uint64_t)atomic_load(&env->harts[id]->hsm_state)};
	case 3:				 /* hart_suspend(type, resume_addr, opaque) */
		if ((uint32_t)id == 0) { /* default retentive suspend: behaves as WFI */
			h->wfi = true;
			return (struct sbi_ret){SBI_SUCCESS, 0};
		}
		return (struct sbi_ret){SBI_ERR_NOT_SUPPORTED, 0};
	}
	return (struct sbi_ret){SBI_ERR_NOT_SUPPORTED, 0};
}

const struct sbi_ext sbi_ext_hsm = {"hsm", 0x48534D, 0x48534D, hsm_call, false};
