/* Save and load a hart's architectural state ("HART" section, version 1). */
#include "cpu/hart.h"

#include <string.h>

#include "cpu/csr.h"
#include "state/stream.h"

#define HART_SECTION SS_ID('H', 'A', 'R', 'T')
#define HART_VERSION 1

/* The CSR fields in stream order. Append only: the order is the format. */
/* clang-format does not settle on one layout for this list. */
// clang-format off
#define HART_CSR_FIELDS(X)                                                      \
	X(mstatus) X(misa) X(medeleg) X(mideleg) X(mie) X(mip_sw) X(mtvec)      \
	X(mscratch) X(mepc) X(mcause) X(mtval) X(mcounteren) X(menvcfg)         \
	X(mcountinhibit) X(stvec) X(sscratch) X(sepc) X(scause) X(stval)       \
	X(satp) X(scounteren) X(senvcfg) X(stimecmp) X(mtimecmp)
// clang-format on

int hart_save(const struct hart *h, struct ss_writer *w)
{
	ss_begin(w, HART_SECTION, (uint32_t)h->mhartid, HART_VERSION);
	for (int k = 1; k < 32; k++)
		ss_put_u64(w, h->x[k]);
	for (int k = 0; k < 32; k++)
		ss_put_u64(w, h->f[k]);
	ss_put_u64(w, h->pc);
	ss_put_u8(w, (uint8_t)h->priv);
	ss_put_u8(w, h->wfi);
	ss_put_u64(w, h->instret);
#define PUT(f) ss_put_u64(w, h->csr.f);
	HART_CSR_FIELDS(PUT)
#undef PUT
	ss_put_bytes(w, h->csr.pmpcfg, sizeof(h->csr.pmpcfg));
	for (int k = 0; k < 64; k++)
		ss_put_u64(w, h->csr.pmpaddr[k]);
	ss_put_u32(w, h->csr.fflags);
	ss_put_u32(w, h->csr.frm);
	ss_put_u8(w, h->resv_valid);
	ss_put_u64(w, h->resv_addr);
	ss_put_u64(w, h->resv_value);
	ss_put_u64(w, h->sbi_timecmp);
	ss_put_u32(w, (uint32_t)atomic_load(&h->hsm_state));
	ss_put_u64(w, atomic_load(&h->mip));
	ss_end(w);
	return w->failed ? -1 : 0;
}

static int load(struct hart *h, struct ss_reader *r, bool keep_code)
{
	if (r->id != HART_SECTION || r->version != HART_VERSION)
		return -1;
	uint64_t x[32], f[32];
	x[0] = 0;
	for (int k = 1; k < 32; k++)
		x[k] = ss_get_u64(r);
	for (int k = 0; k < 32; k++)
		f[k] = ss_get_u64(r);
	uint64_t pc = ss_get_u64(r);
	unsigned priv = ss_get_u8(r);
	bool wfi = ss_get_u8(r);
	uint64_t instret = ss_get_u64(r);
	struct hart_csrs c = {0};
#define GET(fld) c.fld = ss_get_u64(r);
	HART_CSR_FIELDS(GET)
#undef GET
	ss_get_bytes(r, c.pmpcfg, sizeof(c.pmpcfg));
	for (int k = 0; k < 64; k++)
		c.pmpaddr[k] = ss_get_u64(r);
	c.fflags = ss_get_u32(r) & 31;
	c.frm = ss_get_u32(r) & 7;
	bool resv_valid = ss_get_u8(r);
	uint64_t resv_addr = ss_get_u64(r);
	uint64_t resv_value = ss_get_u64(r);
	uint64_t sbi_timecmp = ss_get_u64(r);
	int hsm = (int)ss_get_u32(r);
	uint64_t mip = ss_get_u64(r);
	if (r->error || r->pos != r->len || (priv != PRV_M && priv != PRV_S && priv != PRV_U))
		return -1;
	/* Everything parsed: apply. */
	memcpy(h->x, x, sizeof(uint64_t) * 32);
	h->x[32] = 0;
	memcpy(h->f, f, sizeof(h->f));
	h->pc = pc;
	h->priv = priv;
	h->wfi = wfi;
	h->instret = instret;
	h->csr = c;
	h->resv_valid = resv_valid;
	h->resv_addr = resv_addr;
	h->resv_value = resv_value;
	h->sbi_timecmp = sbi_timecmp;
	atomic_store(&h->hsm_state, hsm);
	atomic_store(&h->mip, mip);
	hart_update_mode(h);
	hart_flush_tlb(h);
	if (!keep_code)
		hart_flush_blocks(h);
	atomic_store(&h->events, EV_IRQ);
	return 0;
}

int hart_load(struct hart *h, struct ss_reader *r)
{
	return load(h, r, false);
}

int hart_load_keep_code(struct hart *h, struct ss_reader *r)
{
	return load(h, r, true);
}
