/* SBI v0.1 legacy calls (EIDs 0x00..0x08): console, timer, IPIs, fences,
 * shutdown. They return one value in a0; hart masks are guest virtual
 * addresses of a mask word. */
#include <unistd.h>

#include "cpu/csr.h"
#include "cpu/insn.h"
#include "machine/board.h"
#include "machine/sbi.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

static bool read_mask(struct hart *h, uint64_t va, uint64_t *mask)
{
	uint64_t tval;
	if (va == 0) {
		*mask = UINT64_MAX; /* a null mask means every hart */
		return true;
	}
	return mem_load(h, va, 8, mask, &tval) == 0;
}

static void ipi_one(struct sbi *s, struct hart *self, struct hart *t, void *arg)
{
	(void)s;
	(void)self;
	(void)arg;
	hart_set_irq(t, MIP_SSIP, true);
}

static void fence_one(struct sbi *s, struct hart *self, struct hart *t, void *arg)
{
	(void)s;
	hart_remote_fence(self, t, *(uint32_t *)arg);
}

static struct sbi_ret legacy_call(struct sbi *s, struct hart *h, uint64_t eid, uint64_t fid)
{
	(void)fid;
	uint64_t mask;
	switch (eid) {
	case 0x00: /* set_timer */
		h->sbi_timecmp = h->x[10];
		hart_update_timers(h);
		return (struct sbi_ret){0, 0};
	case 0x01: { /* console_putchar */
		char c = (char)h->x[10];
		if (write(s->console_fd, &c, 1) < 0)
			return (struct sbi_ret){SBI_ERR_FAILED, 0};
		return (struct sbi_ret){0, 0};
	}
	case 0x02: /* console_getchar: the console's input, -1 when none waits */
		return (struct sbi_ret){s->board ? board_console_getchar(s->board) : -1, 0};
	case 0x03: /* clear_ipi */
		h->csr.mip_sw &= ~MIP_SSIP;
		atomic_fetch_and(&h->mip, ~MIP_SSIP);
		return (struct sbi_ret){0, 0};
	case 0x04: /* send_ipi(mask *) */
		if (!read_mask(h, h->x[10], &mask))
			return (struct sbi_ret){SBI_ERR_INVALID_ADDRESS, 0};
		return (struct sbi_ret){
		    sbi_for_each_hart(s, mask & ((1ULL << s->env->ncpus) - 1), 0, ipi_one, h, NULL),
		    0};
	case 0x05:   /* remote_fence_i */
	case 0x06:   /* remote_sfence_vma */
	case 0x07: { /* remote_sfence_vma_asid */
		uint32_t ev = eid == 0x05 ? EV_FENCE_I : EV_TLB_FLUSH;
		if (!read_mask(h, h->x[10], &mask))
			return (struct sbi_ret){SBI_ERR_INVALID_ADDRESS, 0};
		return (struct sbi_ret){sbi_for_each_hart(s, mask & ((1ULL << s->env->ncpus) - 1),
							  0, fence_one, h, &ev),
					0};
	}
	case 0x08: /* shutdown */
		env_request_exit(s->env, VM_EXIT_POWEROFF, 0);
		return (struct sbi_ret){0, 0};
	}
	return (struct sbi_ret){SBI_ERR_NOT_SUPPORTED, 0};
}

const struct sbi_ext sbi_ext_legacy = {"legacy", 0x00, 0x08, legacy_call, true};
