/* CSR read/write with the privilege rules and WARL behaviour of each field. */
#include "cpu/csr.h"

#include "cpu/insn.h"

#define MSTATUS_WMASK                                                                              \
	(MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP | MSTATUS_MPP |     \
	 MSTATUS_FS | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_TVM | MSTATUS_TW |        \
	 MSTATUS_TSR)
#define SSTATUS_RMASK                                                                              \
	(MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR |       \
	 MSTATUS_UXL | MSTATUS_SD)
#define SSTATUS_WMASK                                                                              \
	(MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR)

#define MIE_MASK (MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP)
#define MIDELEG_MASK (MIP_SSIP | MIP_STIP | MIP_SEIP)
#define MEDELEG_MASK 0xb3ffULL
#define MCOUNTEREN_MASK 0xffffffffULL

static uint64_t read_mstatus(const struct hart *h)
{
	uint64_t s = h->csr.mstatus & ~MSTATUS_SD;
	if ((s & MSTATUS_FS) == MSTATUS_FS)
		s |= MSTATUS_SD;
	return s;
}

/* Counter access: cycle/time/instret and hpmcounters from S/U need the
 * mcounteren (and, from U, scounteren) bit. */
static bool counter_enabled(const struct hart *h, unsigned csr)
{
	unsigned bit = csr & 31;
	if (h->priv < PRV_M && !((h->csr.mcounteren >> bit) & 1))
		return false;
	if (h->priv < PRV_S && !((h->csr.scounteren >> bit) & 1))
		return false;
	return true;
}

static bool stimecmp_enabled(const struct hart *h)
{
	if (h->priv == PRV_M)
		return true;
	return (h->csr.menvcfg & MENVCFG_STCE) && ((h->csr.mcounteren >> 1) & 1);
}

bool csr_accessible(struct hart *h, unsigned csr, bool write)
{
	if (write && (csr >> 10) == 3)
		return false;
	if (h->priv < ((csr >> 8) & 3))
		return false;
	switch (csr) {
	case CSR_FFLAGS:
	case CSR_FRM:
	case CSR_FCSR:
		return fp_enabled(h);
	case CSR_SATP:
		return !(h->priv == PRV_S && (h->csr.mstatus & MSTATUS_TVM));
	case CSR_STIMECMP:
		return stimecmp_enabled(h);
	default:
		return true;
	}
}

int csr_read(struct hart *h, unsigned csr, uint64_t *val, uint64_t instret_now)
{
	if (!csr_accessible(h, csr, false))
		return -1;
	struct hart_csrs *c = &h->csr;
	switch (csr) {
	case CSR_FFLAGS:
		*val = c->fflags;
		return 0;
	case CSR_FRM:
		*val = c->frm;
		return 0;
	case CSR_FCSR:
		*val = c->fflags | (c->frm << 5);
		return 0;
	case CSR_CYCLE:
	case CSR_INSTRET:
		if (!counter_enabled(h, csr))
			return -1;
		*val = instret_now;
		return 0;
	case CSR_TIME:
		if (!counter_enabled(h, csr))
			return -1;
		*val = hart_mtime(h);
		return 0;
	case CSR_MCYCLE:
	case CSR_MINSTRET:
		*val = instret_now;
		return 0;
	case CSR_SSTATUS:
		*val = read_mstatus(h) & SSTATUS_RMASK;
		return 0;
	case CSR_SIE:
		*val = c->mie & c->mideleg;
		return 0;
	case CSR_STVEC:
		*val = c->stvec;
		return 0;
	case CSR_SCOUNTEREN:
		*val = c->scounteren;
		return 0;
	case CSR_SENVCFG:
		*val = c->senvcfg;
		return 0;
	case CSR_SSCRATCH:
		*val = c->sscratch;
		return 0;
	case CSR_SEPC:
		*val = c->sepc;
		return 0;
	case CSR_SCAUSE:
		*val = c->scause;
		return 0;
	case CSR_STVAL:
		*val = c->stval;
		return 0;
	case CSR_SIP:
		*val = hart_mip(h) & c->mideleg;
		return 0;
	case CSR_STIMECMP:
		*val = c->stimecmp;
		return 0;
	case CSR_SATP:
		*val = c->satp;
		return 0;
	case CSR_MVENDORID:
	case CSR_MARCHID:
	case CSR_MIMPID:
	case CSR_MCONFIGPTR:
		*val = 0;
		return 0;
	case CSR_MHARTID:
		*val = h->mhartid;
		return 0;
	case CSR_MSTATUS:
		*val = read_mstatus(h);
		return 0;
	case CSR_MISA:
		*val = c->misa;
		return 0;
	case CSR_MEDELEG:
		*val = c->medeleg;
		return 0;
	case CSR_MIDELEG:
		*val = c->mideleg;
		return 0;
	case CSR_MIE:
		*val = c->mie;
		return 0;
	case CSR_MTVEC:
		*val = c->mtvec;
		return 0;
	case CSR_MCOUNTEREN:
		*val = c->mcounteren;
		return 0;
	case CSR_MENVCFG:
		*val = c->menvcfg;
		return 0;
	case CSR_MCOUNTINHIBIT:
		*val = c->mcountinhibit;
		return 0;
	case CSR_MSCRATCH:
		*val = c->mscratch;
		return 0;
	case CSR_MEPC:
		*val = c->mepc;
		return 0;
	case CSR_MCAUSE:
		*val = c->mcause;
		return 0;
	case CSR_MTVAL:
		*val = c->mtval;
		return 0;
	case CSR_MIP:
		*val = hart_mip(h);
		return 0;
	/* Debug triggers (Sdtrig), implemented as hardware without any: tselect
	 * is hardwired to 0 (a debugger that writes n and reads back something
	 * else knows trigger n does not exist), tdata1's type 0 says "no trigger
	 * at this tselect", and tinfo reads 1 as the spec asks for a trigger
	 * that does not exist. Writes are ignored (WARL). So M-mode probes such
	 * as riscv-tests' rv64mi-p-breakpoint find no triggers instead of
	 * taking an illegal-instruction trap. */
	case CSR_TSELECT:
	case CSR_TDATA1:
	case CSR_TDATA2:
	case CSR_TDATA3:
		*val = 0;
		return 0;
	case CSR_TINFO:
		*val = 1;
		return 0;
	default:
		break;
	}
	if (csr >= CSR_PMPCFG0 && csr < CSR_PMPCFG0 + 16) {
		if (csr & 1)
			return -1; /* odd pmpcfg registers exist only on RV32 */
		uint64_t v = 0;
		for (int k = 7; k >= 0; k--)
			v = (v << 8) | c->pmpcfg[(csr - CSR_PMPCFG0) * 4 + k];
		*val = v;
		return 0;
	}
	if (csr >= CSR_PMPADDR0 && csr < CSR_PMPADDR0 + 64) {
		*val = c->pmpaddr[csr - CSR_PMPADDR0];
		return 0;
	}
	/* hpmcounters and their events read as zero. */
	if ((csr >= 0xc03 && csr <= 0xc1f)) {
		if (!counter_enabled(h, csr))
			return -1;
		*val = 0;
		return 0;
	}
	if ((csr >= 0xb03 && csr <= 0xb1f) || (csr >= 0x323 && csr <= 0x33f)) {
		*val = 0;
		return 0;
	}
	return -1;
}

static void write_mstatus(struct hart *h, uint64_t val, uint64_t mask)
{
	uint64_t old = h->csr.mstatus;
	uint64_t nv = (old & ~mask) | (val & mask);
	/* MPP is WARL: the reserved value 2 keeps the old field. */
	if (((nv & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT) == 2)
		nv = (nv & ~MSTATUS_MPP) | (old & MSTATUS_MPP);
	nv = (nv & ~(MSTATUS_UXL | MSTATUS_SXL)) | (2ULL << 32) | (2ULL << 34);
	h->csr.mstatus = nv & ~MSTATUS_SD;
	if ((old ^ nv) & MSTATUS_MXR)
		hart_flush_tlb(h);
	hart_update_mode(h);
}

/* The mip bits M-mode software may write: SSIP, SEIP, and STIP unless Sstc
 * drives it from stimecmp. */
static uint64_t mip_wmask(const struct hart *h)
{
	uint64_t wmask = MIP_SSIP | MIP_SEIP;
	if (!(h->csr.menvcfg & MENVCFG_STCE))
		wmask |= MIP_STIP;
	return wmask;
}

/* Set the software-writable mip bits in `set` and clear those in `clear`
 * (both limited to `wmask`); every other bit keeps its software value.
 * SEIP and STIP read as the OR of a device line (atomic mip) and the
 * software bit (mip_sw): only the software bit is written, so a line that
 * happens to be asserted is never latched into software state. SSIP can
 * also be raised by other threads (SBI IPIs set it in the atomic mip); a
 * software write of SSIP owns the whole bit, and a write that does not name
 * SSIP leaves it alone, so an IPI landing meanwhile is not lost. */
static void modify_mip(struct hart *h, uint64_t wmask, uint64_t set, uint64_t clear)
{
	const uint64_t sw_only = MIP_SEIP | MIP_STIP;
	set &= wmask;
	clear &= wmask & ~set;
	h->csr.mip_sw = (h->csr.mip_sw | (set & sw_only)) & ~(clear & sw_only);
	if (set & MIP_SSIP) {
		h->csr.mip_sw |= MIP_SSIP;
	} else if (clear & MIP_SSIP) {
		h->csr.mip_sw &= ~MIP_SSIP;
		atomic_fetch_and(&h->mip, ~MIP_SSIP);
	}
}

int csr_write(struct hart *h, unsigned csr, uint64_t val, uint32_t blk_pos)
{
	if (!csr_accessible(h, csr, true))
		return -1;
	struct hart_csrs *c = &h->csr;
	switch (csr) {
	case CSR_FFLAGS:
		c->fflags = val & 31;
		fp_set_dirty(h);
		return 0;
	case CSR_FRM:
		c->frm = val & 7;
		fp_set_dirty(h);
		return 0;
	case CSR_FCSR:
		c->fflags = val & 31;
		c->frm = (val >> 5) & 7;
		fp_set_dirty(h);
		return 0;
	case CSR_CYCLE:
	case CSR_TIME:
	case CSR_INSTRET:
		return -1;
	case CSR_MCYCLE:
	case CSR_MINSTRET:
		/* cycle and instret share one counter; the write applies to
		 * the count after this instruction retires. */
		h->instret = val - blk_pos;
		return 1;
	case CSR_SSTATUS:
		write_mstatus(h, val, SSTATUS_WMASK);
		return 1;
	case CSR_SIE:
		c->mie = (c->mie & ~c->mideleg) | (val & c->mideleg & MIE_MASK);
		return 1;
	case CSR_STVEC:
		c->stvec = (val & 3) >= 2 ? (val & ~3ULL) : val;
		return 0;
	case CSR_SCOUNTEREN:
		c->scounteren = val & MCOUNTEREN_MASK;
		return 0;
	case CSR_SENVCFG:
		c->senvcfg = val & 1; /* FIOM */
		return 0;
	case CSR_SSCRATCH:
		c->sscratch = val;
		return 0;
	case CSR_SEPC:
		c->sepc = val & ~1ULL;
		return 0;
	case CSR_SCAUSE:
		c->scause = val;
		return 0;
	case CSR_STVAL:
		c->stval = val;
		return 0;
	case CSR_SIP:
		modify_mip(h, c->mideleg & MIP_SSIP, val, ~val);
		return 1;
	case CSR_STIMECMP:
		c->stimecmp = val;
		hart_update_timers(h);
		return 1;
	case CSR_SATP: {
		uint64_t mode = val >> SATP_MODE_SHIFT;
		if (mode != SATP_MODE_BARE && mode != SATP_MODE_SV39 && mode != SATP_MODE_SV48 &&
		    mode != SATP_MODE_SV57)
			return 0; /* unsupported mode: the write is ignored */
		c->satp = mode == SATP_MODE_BARE ? 0 : val;
		hart_flush_tlb(h);
		return 1;
	}
	case CSR_MSTATUS:
		write_mstatus(h, val, MSTATUS_WMASK);
		return 1;
	case CSR_MISA:
		return 0; /* fixed: RV64IMAFDC + S + U */
	case CSR_MEDELEG:
		c->medeleg = val & MEDELEG_MASK;
		return 0;
	case CSR_MIDELEG:
		c->mideleg = val & MIDELEG_MASK;
		return 1;
	case CSR_MIE:
		c->mie = val & MIE_MASK;
		return 1;
	case CSR_MTVEC:
		c->mtvec = (val & 3) >= 2 ? (val & ~3ULL) : val;
		return 0;
	case CSR_MCOUNTEREN:
		c->mcounteren = val & MCOUNTEREN_MASK;
		return 0;
	case CSR_MENVCFG:
		c->menvcfg = val & (MENVCFG_STCE | 1);
		hart_update_timers(h);
		return 1;
	case CSR_MCOUNTINHIBIT:
		c->mcountinhibit = val & 0xfffffffdULL;
		return 0;
	case CSR_MSCRATCH:
		c->mscratch = val;
		return 0;
	case CSR_MEPC:
		c->mepc = val & ~1ULL;
		return 0;
	case CSR_MCAUSE:
		c->mcause = val;
		return 0;
	case CSR_MTVAL:
		c->mtval = val;
		return 0;
	case CSR_MIP:
		modify_mip(h, mip_wmask(h), val, ~val);
		return 1;
	case CSR_TSELECT: /* no triggers: see csr_read */
	case CSR_TDATA1:
	case CSR_TDATA2:
	case CSR_TDATA3:
	case CSR_TINFO:
		return 0;
	default:
		break;
	}
	if (csr >= CSR_PMPCFG0 && csr < CSR_PMPCFG0 + 16) {
		if (csr & 1)
			return -1;
		for (int k = 0; k < 8; k++) {
			uint8_t *cfg = &c->pmpcfg[(csr - CSR_PMPCFG0) * 4 + k];
			if (*cfg & 0x80)
				continue; /* locked */
			uint8_t nv = (uint8_t)(val >> (8 * k)) & 0x9f;
			if ((nv & 3) == 2)
				nv &= ~3; /* R=0 W=1 is reserved */
			*cfg = nv;
		}
		return 0;
	}
	if (csr >= CSR_PMPADDR0 && csr < CSR_PMPADDR0 + 64) {
		unsigned n = csr - CSR_PMPADDR0;
		if (c->pmpcfg[n] & 0x80)
			return 0;
		c->pmpaddr[n] = val & ((1ULL << 54) - 1);
		return 0;
	}
	if ((csr >= 0xb03 && csr <= 0xb1f) || (csr >= 0x323 && csr <= 0x33f))
		return 0; /* hpm counters/events: read-only zero */
	return -1;
}

int csr_modify(struct hart *h, unsigned csr, uint64_t old, uint64_t set, uint64_t clear,
	       uint32_t blk_pos)
{
	if (!csr_accessible(h, csr, true))
		return -1;
	switch (csr) {
	case CSR_MIP:
		/* The read value ORs in the device lines; the read-modify-write
		 * works on the software-writable bits only (privileged spec,
		 * mip.SEIP). */
		modify_mip(h, mip_wmask(h), set, clear);
		return 1;
	case CSR_SIP:
		modify_mip(h, h->csr.mideleg & MIP_SSIP, set, clear);
		return 1;
	default:
		return csr_write(h, csr, (old | set) & ~clear, blk_pos);
	}
}
