/* SBI SRST extension (EID "SRST"): shutdown and reboot end or restart the VM. */
#include "cpu/hart.h"
#include "machine/sbi.h"
#include "cpu/hart.h"
#include "machine/env.h"
#include "mem/bus.h"

static struct sbi_ret srst_call(struct sbi *s, struct hart *h, uint64_t eid, uint64_t fid)
{
	(void)eid;
	if (fid != 0)
		return (struct sbi_ret){SBI_ERR_NOT_SUPPORTED, 0};
	uint32_t type = (uint32_t)h->x[10], reason = (uint32_t)h->x[11];
	switch (type) {
	case 0: /* shutdown; reason 1 = system failure */
		env_request_exit(s->env, VM_EXIT_POWEROFF, reason == 1 ? 1 : 0);
		return (struct sbi_ret){SBI_SUCCESS, 0};
	case 1: /* cold reboot */
	case 2: /* warm reboot */
		env_request_exit(s->env, VM_EXIT_REBOOT, 0);
		return (struct sbi_ret){SBI_SUCCESS, 0};
	}
	return (struct sbi_ret){SBI_ERR_INVALID_PARAM, 0};
}

const struct sbi_ext sbi_ext_srst = {"srst", 0x53525354, 0x53525354, srst_call, false};
