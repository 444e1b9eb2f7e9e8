/* Control and status registers: numbers, mstatus fields, access. */
#ifndef RVISOR_CPU_CSR_H
#define RVISOR_CPU_CSR_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu/hart.h"

enum {
	CSR_FFLAGS = 0x001,
	CSR_FRM = 0x002,
	CSR_FCSR = 0x003,
	CSR_CYCLE = 0xc00,
	CSR_TIME = 0xc01,
	CSR_INSTRET = 0xc02,
	CSR_SSTATUS = 0x100,
	CSR_SIE = 0x104,
	CSR_STVEC = 0x105,
	CSR_SCOUNTEREN = 0x106,
	CSR_SENVCFG = 0x10a,
	CSR_SSCRATCH = 0x140,
	CSR_SEPC = 0x141,
	CSR_SCAUSE = 0x142,
	CSR_STVAL = 0x143,
	CSR_SIP = 0x144,
	CSR_STIMECMP = 0x14d,
	CSR_SATP = 0x180,
	CSR_MVENDORID = 0xf11,
	CSR_MARCHID = 0xf12,
	CSR_MIMPID = 0xf13,
	CSR_MHARTID = 0xf14,
	CSR_MCONFIGPTR = 0xf15,
	CSR_MSTATUS = 0x300,
	CSR_MISA = 0x301,
	CSR_MEDELEG = 0x302,
	CSR_MIDELEG = 0x303,
	CSR_MIE = 0x304,
	CSR_MTVEC = 0x305,
	CSR_MCOUNTEREN = 0x306,
	CSR_MENVCFG = 0x30a,
	CSR_MCOUNTINHIBIT = 0x320,
	CSR_MSCRATCH = 0x340,
	CSR_MEPC = 0x341,
	CSR_MCAUSE = 0x342,
	CSR_MTVAL = 0x343,
	CSR_MIP = 0x344,
	CSR_PMPCFG0 = 0x3a0,
	CSR_PMPADDR0 = 0x3b0,
	CSR_TSELECT = 0x7a0,
	CSR_TDATA1 = 0x7a1,
	CSR_TDATA2 = 0x7a2,
	CSR_TDATA3 = 0x7a3,
	CSR_TINFO = 0x7a4,
	CSR_MCYCLE = 0xb00,
	CSR_MINSTRET = 0xb02,
};

#define MSTATUS_SIE (1ULL << 1)
#define MSTATUS_MIE (1ULL << 3)
#define MSTATUS_SPIE (1ULL << 5)
#define MSTATUS_MPIE (1ULL << 7)
#define MSTATUS_SPP (1ULL << 8)
#define MSTATUS_MPP_SHIFT 11
#define MSTATUS_MPP (3ULL << 11)
#define MSTATUS_MPRV (1ULL << 17)
#define MSTATUS_SUM (1ULL << 18)
#define MSTATUS_MXR (1ULL << 19)
#define MSTATUS_TVM (1ULL << 20)
#define MSTATUS_TW (1ULL << 21)
#define MSTATUS_TSR (1ULL << 22)
#define MSTATUS_UXL (3ULL << 32)
#define MSTATUS_SXL (3ULL << 34)
#define MSTATUS_SD (1ULL << 63)

#define MENVCFG_STCE (1ULL << 63)

#define SATP_MODE_SHIFT 60
#define SATP_MODE_BARE 0
#define SATP_MODE_SV39 8
#define SATP_MODE_SV48 9
#define SATP_MODE_SV57 10
#define SATP_PPN_MASK ((1ULL << 44) - 1)

/* CSR access from instruction i (for exact instret). Return 0, or -1 when the
 * access is illegal (unknown CSR, privilege, read-only, disabled counter).
 * csr_write returns 1 when the write may change translation or interrupt
 * state, so the caller must leave its block. blk_pos counts the instructions
 * of the running block retired once this one retires (for minstret writes). */
int csr_read(struct hart *h, unsigned csr, uint64_t *val, uint64_t instret_now);
int csr_write(struct hart *h, unsigned csr, uint64_t val, uint32_t blk_pos);
/* CSRRS/CSRRC write: set the bits in `set`, clear those in `clear`; `old` is
 * what csr_read returned. Same result as csr_write(old | set & ~clear) except
 * for mip/sip, whose read value includes device lines that the
 * read-modify-write must not copy into the software-writable bits. */
int csr_modify(struct hart *h, unsigned csr, uint64_t old, uint64_t set, uint64_t clear,
	       uint32_t blk_pos);
/* True when the CSR exists and the current privilege may access it (write
 * access additionally requires a writable CSR). */
bool csr_accessible(struct hart *h, unsigned csr, bool write);

/* Effective mip (device-driven bits | software-written bits). */
static inline uint64_t hart_mip(const struct hart *h)
{
	return atomic_load_explicit(&h->mip, memory_order_relaxed) | h->csr.mip_sw;
}

/* Trap entry for an exception (cause < 64) or an interrupt (cause has bit 63). */
void hart_trap(struct hart *h, uint64_t cause, uint64_t tval, uint64_t epc);
/* Return the cause (with bit 63) of the interrupt to take now, or 0. */
uint64_t hart_pending_interrupt(const struct hart *h);
/* Re-evaluate timer lines (MTIP from mtimecmp, STIP from stimecmp/SBI). */
void hart_update_timers(struct hart *h);

#endif
