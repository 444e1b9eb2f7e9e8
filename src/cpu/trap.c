/* Trap entry, interrupt selection (priority and delegation) and timer lines. */
#include "cpu/csr.h"
#include "cpu/insn.h"

void hart_trap(struct hart *h, uint64_t cause, uint64_t tval, uint64_t epc)
{
	h->link_slot = NULL; /* the trap, not the last exit, decides the next block */
	struct hart_csrs *c = &h->csr;
	bool interrupt = cause >> 63;
	unsigned code = cause & 63;
	uint64_t deleg = interrupt ? c->mideleg : c->medeleg;

	if (h->priv <= PRV_S && ((deleg >> code) & 1)) {
		c->scause = cause;
		c->sepc = epc;
		c->stval = tval;
		uint64_t s = c->mstatus & ~(MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE);
		if (h->priv == PRV_S)
			s |= MSTATUS_SPP;
		if (c->mstatus & MSTATUS_SIE)
			s |= MSTATUS_SPIE;
		c->mstatus = s;
		h->priv = PRV_S;
		h->pc = (c->stvec & ~3ULL) + ((interrupt && (c->stvec & 1)) ? 4ULL * code : 0);
	} else {
		c->mcause = cause;
		c->mepc = epc;
		c->mtval = tval;
		uint64_t s = c->mstatus & ~(MSTATUS_MPP | MSTATUS_MPIE | MSTATUS_MIE);
		s |= (uint64_t)h->priv << MSTATUS_MPP_SHIFT;
		if (c->mstatus & MSTATUS_MIE)
			s |= MSTATUS_MPIE;
		c->mstatus = s;
		h->priv = PRV_M;
		h->pc = (c->mtvec & ~3ULL) + ((interrupt && (c->mtvec & 1)) ? 4ULL * code : 0);
	}
	hart_update_mode(h);
	atomic_fetch_or_explicit(&h->events, EV_IRQ, memory_order_relaxed);
	/* An exception is a step of the run loop's check schedule like a
	 * retired instruction: otherwise an instruction that traps to itself
	 * (or a fetch fault at mtvec) never advances instret, and the timer,
	 * throttle and budget checks never come. Interrupts are not counted:
	 * entering their handler masks them, so they cannot loop alone (and
	 * the engines may take them at different block boundaries). */
	if (!interrupt && h->next_check > h->instret)
		h->next_check--;
}

const struct insn *insn_trap(struct hart *h, const struct insn *i, uint64_t cause, uint64_t tval)
{
	h->blk_retired = (uint32_t)(i - h->blk_insns);
	hart_trap(h, cause, tval, insn_pc(h, i));
	return NULL;
}

/* Interrupt priority, highest first (privileged spec 3.1.9). */
static const unsigned irq_order[] = {IRQ_MEI, IRQ_MSI, IRQ_MTI, IRQ_SEI, IRQ_SSI, IRQ_STI};

uint64_t hart_pending_interrupt(const struct hart *h)
{
	const struct hart_csrs *c = &h->csr;
	uint64_t pending = hart_mip(h) & c->mie;
	if (!pending)
		return 0;
	uint64_t m_pending = pending & ~c->mideleg;
	uint64_t s_pending = pending & c->mideleg;
	bool m_enabled = h->priv < PRV_M || (c->mstatus & MSTATUS_MIE);
	bool s_enabled = h->priv < PRV_S || (h->priv == PRV_S && (c->mstatus & MSTATUS_SIE));
	uint64_t take = (m_enabled ? m_pending : 0) | (s_enabled ? s_pending : 0);
	if (!take)
		return 0;
	for (unsigned k = 0; k < sizeof(irq_order) / sizeof(irq_order[0]); k++) {
		if ((take >> irq_order[k]) & 1)
			return (1ULL << 63) | irq_order[k];
	}
	return 0;
}

static void set_line(struct hart *h, uint64_t bit, bool level)
{
	uint64_t old = level ? atomic_fetch_or(&h->mip, bit) : atomic_fetch_and(&h->mip, ~bit);
	if (((old & bit) != 0) != level)
		atomic_fetch_or_explicit(&h->events, EV_IRQ, memory_order_relaxed);
}

void hart_update_timers(struct hart *h)
{
	uint64_t now = hart_mtime(h);
	set_line(h, MIP_MTIP, now >= __atomic_load_n(&h->csr.mtimecmp, __ATOMIC_RELAXED));
	if (h->csr.menvcfg & MENVCFG_STCE)
		set_line(h, MIP_STIP, now >= h->csr.stimecmp);
	else
		set_line(h, MIP_STIP, now >= h->sbi_timecmp);
}
