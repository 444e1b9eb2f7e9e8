/* SBI TIME extension (EID "TIME"): set_timer drives the hart's STIP. */
#include "cpu/csr.h"
#include "machine/sbi.h"

static struct sbi_ret time_call(struct sbi *s, struct hart *h, uint64_t eid, uint64_t fid)
{
	(void)s;
	(void)eid;
	if (fid != 0)
		return (struct sbi_ret){SBI_ERR_NOT_SUPPORTED, 0};
	h->sbi_timecmp = h->x[10];
	hart_update_timers(h);
	return (struct sbi_ret){SBI_SUCCESS, 0};
}

const struct sbi_ext sbi_ext_time = {"time", 0x54494D45, 0x54494D45, time_call, false};
