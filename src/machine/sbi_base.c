/* SBI Base extension (EID 0x10): versions, implementation, probing. */
#include "cpu/hart.h"
#include "machine/sbi.h"

#define SBI_SPEC_VERSION ((2u << 24) | 0u) /* v2.0 */
#define SBI_IMPL_ID_RVISOR 0x7276	   /* "rv": not a registered id */
#define SBI_IMPL_VERSION 1

static struct sbi_ret base_call(struct sbi *s, struct hart *h, uint64_t eid, uint64_t fid)
{
	(void)s;
	(void)eid;
	switch (fid) {
	case 0:
		return (struct sbi_ret){SBI_SUCCESS, SBI_SPEC_VERSION};
	case 1:
		return (struct sbi_ret){SBI_SUCCESS, SBI_IMPL_ID_RVISOR};
	case 2:
		return (struct sbi_ret){SBI_SUCCESS, SBI_IMPL_VERSION};
	case 3: /* probe_extension */
		return (struct sbi_ret){SBI_SUCCESS, sbi_find_ext(h->x[10]) ? 1 : 0};
	case 4: /* mvendorid, marchid, mimpid: all zero */
	case 5:
	case 6:
		return (struct sbi_ret){SBI_SUCCESS, 0};
	}
	return (struct sbi_ret){SBI_ERR_NOT_SUPPORTED, 0};
}

const struct sbi_ext sbi_ext_base = {"base", 0x10, 0x10, base_call, false};
