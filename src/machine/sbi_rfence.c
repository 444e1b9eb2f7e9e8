/* SBI RFENCE extension (EID "RFNC"): remote FENCE.I and SFENCE.VMA. The
 * call returns once every named hart has fenced. Address and ASID ranges
 * widen to a full flush (the software TLB is small and cheap to refill). */
#include "cpu/hart.h"
#include "machine/sbi.h"

static void fence_one(struct sbi *s, struct hart *self, struct hart *target, void *arg)
{
	(void)s;
	hart_remote_fence(self, target, *(uint32_t *)arg);
}

static struct sbi_ret rfence_call(struct sbi *s, struct hart *h, uint64_t eid, uint64_t fid)
{
	(void)eid;
	uint32_t ev;
	switch (fid) {
	case 0:
		ev = EV_FENCE_I;
		break;
	case 1: /* remote_sfence_vma */
	case 2: /* remote_sfence_vma_asid */
		ev = EV_TLB_FLUSH;
		break;
	default: /* hypervisor fences: no H extension */
		return (struct sbi_ret){SBI_ERR_NOT_SUPPORTED, 0};
	}
	return (struct sbi_ret){sbi_for_each_hart(s, h->x[10], h->x[11], fence_one, h, &ev), 0};
}

const struct sbi_ext sbi_ext_rfence = {"rfence", 0x52464E43, 0x52464E43, rfence_call, false};
