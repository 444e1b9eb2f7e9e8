/* Zicsr, Zifencei and the privileged instructions: ECALL, EBREAK, MRET,
 * SRET, WFI, SFENCE.VMA, FENCE.I. */
#include "cpu/csr.h"
#include "cpu/insn.h"
#include "cpu/mmu.h"

#define DEF(name) static const struct insn *exec_##name(struct hart *h, const struct insn *i)

static uint64_t instret_at(const struct hart *h, const struct insn *i)
{
	return h->instret + (uint64_t)(i - h->blk_insns);
}

/* The CSR number is in imm; rs1 holds the register or the 5-bit immediate. */
enum { CSR_OP_RW, CSR_OP_RS, CSR_OP_RC };

static const struct insn *csr_op(struct hart *h, const struct insn *i, int op, uint64_t src,
				 bool do_write)
{
	unsigned csr = (unsigned)i->imm;
	uint64_t old = 0;
	bool do_read = !(op == CSR_OP_RW && i->rd == 32);
	if (!csr_accessible(h, csr, do_write))
		return insn_illegal(h, i);
	if (do_read && csr_read(h, csr, &old, instret_at(h, i)) < 0)
		return insn_illegal(h, i);
	int effect = 0;
	if (do_write) {
		uint32_t pos = (uint32_t)(i - h->blk_insns) + 1;
		if (op == CSR_OP_RW)
			effect = csr_write(h, csr, src, pos);
		else
			effect = csr_modify(h, csr, old, op == CSR_OP_RS ? src : 0,
					    op == CSR_OP_RC ? src : 0, pos);
		if (effect < 0)
			return insn_illegal(h, i);
	}
	h->x[i->rd] = old;
	if (effect > 0) {
		/* The write may have unmasked an interrupt: look at block end. */
		atomic_fetch_or_explicit(&h->events, EV_IRQ, memory_order_relaxed);
		return insn_exit_next(h, i);
	}
	return i + 1;
}

DEF(csrrw)
{
	return csr_op(h, i, CSR_OP_RW, h->x[i->rs1], true);
}
DEF(csrrs)
{
	return csr_op(h, i, CSR_OP_RS, h->x[i->rs1], i->rs1 != 0);
}
DEF(csrrc)
{
	return csr_op(h, i, CSR_OP_RC, h->x[i->rs1], i->rs1 != 0);
}
DEF(csrrwi)
{
	return csr_op(h, i, CSR_OP_RW, i->rs1, true);
}
DEF(csrrsi)
{
	return csr_op(h, i, CSR_OP_RS, i->rs1, i->rs1 != 0);
}
DEF(csrrci)
{
	return csr_op(h, i, CSR_OP_RC, i->rs1, i->rs1 != 0);
}

DEF(ecall)
{
	if (h->priv == PRV_S && h->hooks.sbi_ecall) {
		/* The VMM provides SBI: the call completes like an instruction. */
		if (h->hooks.sbi_ecall(h->hooks.sbi_ctx, h))
			return insn_exit_next(h, i);
	}
	static const uint64_t cause[4] = {EXC_ECALL_U, EXC_ECALL_S, 0, EXC_ECALL_M};
	return insn_trap(h, i, cause[h->priv], 0);
}

DEF(ebreak)
{
	return insn_trap(h, i, EXC_BREAKPOINT, insn_pc(h, i));
}

DEF(mret)
{
	if (h->priv != PRV_M)
		return insn_illegal(h, i);
	struct hart_csrs *c = &h->csr;
	unsigned mpp = (c->mstatus & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT;
	uint64_t s = c->mstatus & ~(MSTATUS_MIE | MSTATUS_MPP);
	if (c->mstatus & MSTATUS_MPIE)
		s |= MSTATUS_MIE;
	s |= MSTATUS_MPIE;
	if (mpp != PRV_M)
		s &= ~MSTATUS_MPRV;
	c->mstatus = s;
	h->priv = mpp;
	hart_update_mode(h);
	atomic_fetch_or_explicit(&h->events, EV_IRQ, memory_order_relaxed);
	return insn_exit(h, i, c->mepc);
}

DEF(sret)
{
	struct hart_csrs *c = &h->csr;
	if (h->priv == PRV_U || (h->priv == PRV_S && (c->mstatus & MSTATUS_TSR)))
		return insn_illegal(h, i);
	unsigned spp = (c->mstatus & MSTATUS_SPP) ? PRV_S : PRV_U;
	uint64_t s = c->mstatus & ~(MSTATUS_SIE | MSTATUS_SPP | MSTATUS_MPRV);
	if (c->mstatus & MSTATUS_SPIE)
		s |= MSTATUS_SIE;
	s |= MSTATUS_SPIE;
	c->mstatus = s;
	h->priv = spp;
	hart_update_mode(h);
	atomic_fetch_or_explicit(&h->events, EV_IRQ, memory_order_relaxed);
	return insn_exit(h, i, c->sepc);
}

DEF(wfi)
{
	if (h->priv == PRV_U || (h->priv == PRV_S && (h->csr.mstatus & MSTATUS_TW)))
		return insn_illegal(h, i);
	h->wfi = true; /* the run loop parks the thread until an interrupt is pending */
	return insn_exit_next(h, i);
}

DEF(sfence_vma)
{
	if (h->priv == PRV_U || (h->priv == PRV_S && (h->csr.mstatus & MSTATUS_TVM)))
		return insn_illegal(h, i);
	if (i->rs1) /* one address (whatever the ASID: a superset is fine) */
		hart_flush_tlb_page(h, h->x[i->rs1]);
	else
		hart_flush_tlb(h);
	return insn_exit_next(h, i);
}

DEF(fence_i)
{
	/* Blocks are invalidated when their page is written (page generations),
	 * so FENCE.I only has to make this hart's stores visible to its own
	 * fetches: drop store-TLB entries that predate a code mark. */
	mmu_sync_store_tlb(h);
	return insn_exit_next(h, i);
}

DEF(illegal)
{
	return insn_illegal(h, i);
}

bool decode_system(struct insn *d, uint32_t raw)
{
	static const insn_fn csr_fns[8] = {NULL, exec_csrrw,  exec_csrrs,  exec_csrrc,
					   NULL, exec_csrrwi, exec_csrrsi, exec_csrrci};
	if ((raw & 0x7f) == 0x0f) {
		if (rv_funct3(raw) == 1) { /* FENCE.I */
			d->fn = exec_fence_i;
			return true;
		}
		return false;
	}
	unsigned f3 = rv_funct3(raw);
	if (f3 != 0) {
		if (!csr_fns[f3])
			return false;
		d->fn = csr_fns[f3];
		d->rd = rv_dest(rv_rd(raw));
		d->rs1 = rv_rs1(raw);
		d->imm = (int32_t)(raw >> 20);
		return true;
	}
	if (rv_rd(raw) != 0)
		return false;
	if ((raw >> 25) == 0x09) { /* SFENCE.VMA rs1, rs2 */
		d->fn = exec_sfence_vma;
		d->rs1 = rv_rs1(raw);
		d->rs2 = rv_rs2(raw);
		return true;
	}
	if (rv_rs1(raw) != 0)
		return false;
	switch (raw >> 20) {
	case 0x000:
		d->fn = exec_ecall;
		return true;
	case 0x001:
		d->fn = exec_ebreak;
		return true;
	case 0x302:
		d->fn = exec_mret;
		return true;
	case 0x102:
		d->fn = exec_sret;
		return true;
	case 0x105:
		d->fn = exec_wfi;
		return true;
	}
	return false;
}

insn_fn insn_illegal_fn(void)
{
	return exec_illegal;
}
