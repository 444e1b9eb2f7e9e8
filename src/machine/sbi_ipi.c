/* SBI IPI extension (EID "sPI"): raise SSIP on the named harts. */
#include "cpu/hart.h"
#include "machine/sbi.h"

static void send_one(struct sbi *s, struct hart *self, struct hart *target, void *arg)
{
	(void)s;
	(void)self;
	(void)arg;
	hart_set_irq(target, MIP_SSIP, true);
}

static struct sbi_ret ipi_call(struct sbi *s, struct hart *h, uint64_t eid, uint64_t fid)
{
	(void)eid;
	if (fid != 0)
		return (struct sbi_ret){SBI_ERR_NOT_SUPPORTED, 0};
	return (struct sbi_ret){sbi_for_each_hart(s, h->x[10], h->x[11], send_one, h, NULL), 0};
}

const struct sbi_ext sbi_ext_ipi = {"ipi", 0x735049, 0x735049, ipi_call, false};
