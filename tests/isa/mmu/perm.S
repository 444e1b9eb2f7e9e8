/* Sv39 permission checks: R/W/X faults with stval = va (causes 13/15/12), MXR makes X-only pages readable, S access to U
 * pages needs SUM, S never executes U pages (even with SUM), U cannot touch S pages (SUM irrelevant), U fetches U pages. */
#include "test.h"
#include "vm.h"
#define RAM 0x80000000
#define VA 0x40000000
#define V_RW   (VA + 0x0000)   /* S RW        -> pg_rw  */
#define V_RO   (VA + 0x1000)   /* S R         -> pg_ro  */
#define V_XO   (VA + 0x2000)   /* S X only    -> xo_page */
#define V_URW  (VA + 0x3000)   /* U RW        -> pg_urw */
#define V_UX   (VA + 0x4000)   /* U X only    -> ux_page */
#define V_URO  (VA + 0x5000)   /* U R         -> pg_uro */
#define V_SRX  (VA + 0x6000)   /* S RX        -> xo_page */
#define FAULT(n, insn, va, cause) \
	li a1, va;                \
	EXPECT_TRAP(1f);          \
	insn;                     \
	1: CHECK_TRAP(cause, n);  \
	CHECK_EQ(s10, va, n + 1)
#define OK(n, insn, va)           \
	li a1, va;                \
	EXPECT_TRAP(1f);          \
	insn;                     \
	1: CHECK_NO_TRAP(n)
#define LD ld a0, 0(a1)
#define ST sd a1, 0(a1)
#define FX jalr ra, 0(a1)
/* U-side: run insn, then put the cause (or -1) into reg; checked in M */
#define U_TRY(reg, insn, va) \
	li a1, va;           \
	EXPECT_TRAP(1f);     \
	insn;                \
	1: li s11, 0;        \
	mv reg, s8
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	ZERO_TABLE(root)
	ZERO_TABLE(l1_id)
	ZERO_TABLE(l1_t)
	ZERO_TABLE(l0_t)
	/* identity map of the first 2 MiB of RAM in 4 KiB S pages ... */
	IDMAP_RAM_2M(root, l1_id, l0_id)
	/* ... except the U code pages */
	la t2, ucode_start
	la t3, ucode_end
1:	li t0, RAM
	sub t0, t2, t0
	srli t0, t0, 12
	slli t0, t0, 3
	la t1, l0_id
	add t0, t0, t1
	srli t1, t2, 12
	slli t1, t1, 10
	ori t1, t1, PTE_RX | PTE_U
	sd t1, 0(t0)
	li t4, 4096
	add t2, t2, t4
	bltu t2, t3, 1b
	/* test pages */
	SET_PTR(root, 1, l1_t)
	SET_PTR(l1_t, 0, l0_t)
	SET_PTE_LABEL(l0_t, 0, pg_rw, PTE_RW)
	SET_PTE_LABEL(l0_t, 1, pg_ro, PTE_RO)
	SET_PTE_LABEL(l0_t, 2, xo_page, PTE_XO)
	SET_PTE_LABEL(l0_t, 3, pg_urw, PTE_RW | PTE_U)
	SET_PTE_LABEL(l0_t, 4, ux_page, PTE_XO | PTE_U)
	SET_PTE_LABEL(l0_t, 5, pg_uro, PTE_RO | PTE_U)
	SET_PTE_LABEL(l0_t, 6, xo_page, PTE_RX)
	SATP_SET(SATP_SV39, root)
	li t0, MSTATUS_SUM | MSTATUS_MXR
	csrc mstatus, t0

	/* ================= S-mode */
	ENTER_S(in_s)
in_s:
	OK(1, LD, V_RW)
	CHECK_EQ(a0, 0xaaaa0000aaaa0000, 2)
	OK(3, ST, V_RW + 8)
	OK(4, LD, V_RO)
	CHECK_EQ(a0, 0xbbbb0000bbbb0000, 5)
	FAULT(6, ST, V_RO + 8, 15)
	li a1, V_RO                        /* the faulting store wrote nothing */
	ld a0, 8(a1)
	CHECK_EQ(a0, 0xbbbb1111bbbb1111, 8)
	/* X-only: fetch ok, load faults unless MXR */
	li a0, 0
	OK(9, FX, V_XO)
	CHECK_EQ(a0, 0x77, 10)
	FAULT(11, LD, V_XO + 0x100, 13)
	FAULT(13, ST, V_XO + 0x100, 15)
	li t0, MSTATUS_MXR
	csrs sstatus, t0
	OK(15, LD, V_XO + 0x100)
	CHECK_EQ(a0, 0x5858585858585858, 16)
	FAULT(17, ST, V_XO + 0x100, 15)    /* MXR does not grant W */
	li t0, MSTATUS_MXR
	csrc sstatus, t0
	/* no X: fetch faults */
	FAULT(19, FX, V_RW, 12)
	CHECK_EQ(s9, V_RW, 21)
	FAULT(22, FX, V_RO + 0x10, 12)
	/* RX page: both */
	OK(24, LD, V_SRX + 0x100)
	li a0, 0
	OK(25, FX, V_SRX)
	CHECK_EQ(a0, 0x77, 26)
	/* U pages from S without SUM: loads/stores fault */
	FAULT(27, LD, V_URW, 13)
	FAULT(29, ST, V_URW, 15)
	FAULT(31, LD, V_URO, 13)
	/* with SUM: allowed (store still needs W) */
	li t0, MSTATUS_SUM
	csrs sstatus, t0
	OK(33, LD, V_URW)
	CHECK_EQ(a0, 0xcccc0000cccc0000, 34)
	OK(35, ST, V_URW + 8)
	OK(36, LD, V_URO)
	CHECK_EQ(a0, 0xdddd0000dddd0000, 37)
	FAULT(38, ST, V_URO, 15)
	/* S never executes U pages, SUM or not */
	FAULT(40, FX, V_UX, 12)
	/* SUM + MXR: S may read a U X-only page */
	FAULT(42, LD, V_UX + 0x100, 13)
	li t0, MSTATUS_MXR
	csrs sstatus, t0
	OK(44, LD, V_UX + 0x100)
	CHECK_EQ(a0, 0x5959595959595959, 45)
	li t0, MSTATUS_SUM | MSTATUS_MXR
	csrc sstatus, t0
	FAULT(46, FX, V_UX, 12)
	GOTO_M

	/* ================= U-mode (results collected in registers, checked in M) */
	ENTER_U(u_part1)
u_after1:
	CHECK_EQ(s2, -1, 50)               /* U load U RW */
	CHECK_EQ(s3, -1, 51)               /* U store U RW */
	CHECK_EQ(s4, 13, 52)               /* U load S page */
	CHECK_EQ(s5, 15, 53)               /* U store S page */
	CHECK_EQ(a2, 12, 54)               /* U fetch S page */
	CHECK_EQ(a3, 15, 55)               /* U store U RO */
	CHECK_EQ(a4, -1, 56)               /* U load U RO */
	CHECK_EQ(a5, 13, 57)               /* U load U X-only, MXR = 0 */
	CHECK_EQ(a6, -1, 58)               /* U fetch U X-only */
	CHECK_EQ(a7, 0x99, 59)             /* ...which ran */
	CHECK_EQ(t3, 0xcccc0000cccc0000, 60)
	/* SUM does not let U touch S pages; MXR lets U read U X-only pages */
	li t0, MSTATUS_SUM | MSTATUS_MXR
	csrs mstatus, t0
	ENTER_U(u_part2)
u_after2:
	CHECK_EQ(s2, 13, 61)               /* U load S page with SUM */
	CHECK_EQ(s3, 15, 62)               /* U store S page with SUM */
	CHECK_EQ(s4, -1, 63)               /* U load U X-only with MXR */
	CHECK_EQ(a0, 0x5959595959595959, 64)
	CHECK_EQ(s5, 13, 65)               /* U load of S X-only with MXR: still S page */
	li t0, MSTATUS_SUM | MSTATUS_MXR
	csrc mstatus, t0
	csrw satp, zero
	sfence.vma
	TEST_PASS
	TRAP_RECORD_HANDLER

	/* ---- U code, mapped with U = 1 at its identity address */
	.align 12
ucode_start:
u_part1:
	U_TRY(s2, LD, V_URW)
	mv t3, a0
	U_TRY(s3, ST, V_URW + 8)
	U_TRY(s4, LD, V_RW)
	U_TRY(s5, ST, V_RW)
	U_TRY(a2, FX, V_SRX)
	U_TRY(a3, ST, V_URO)
	U_TRY(a4, LD, V_URO)
	U_TRY(a5, LD, V_UX + 0x100)
	li a0, 0
	U_TRY(a6, FX, V_UX)
	mv a7, a0
	GOTO_M
	j u_after1
u_part2:
	U_TRY(s2, LD, V_RW)
	U_TRY(s3, ST, V_RW)
	U_TRY(s5, LD, V_XO + 0x100)
	U_TRY(s4, LD, V_UX + 0x100)
	GOTO_M
	j u_after2
	.align 12
ucode_end:
	/* ---- an S X-only code page; data at +0x100 */
xo_page:
	li a0, 0x77
	ret
	.org xo_page + 0x100
	.dword 0x5858585858585858
	.align 12
	/* ---- a U X-only code page; data at +0x100 */
ux_page:
	li a0, 0x99
	ret
	.org ux_page + 0x100
	.dword 0x5959595959595959
	.align 12
TEST_END

	.data
	.align 12
pg_rw:	.dword 0xaaaa0000aaaa0000
	.align 12
pg_ro:	.dword 0xbbbb0000bbbb0000
	.dword 0xbbbb1111bbbb1111
	.align 12
pg_urw:	.dword 0xcccc0000cccc0000
	.align 12
pg_uro:	.dword 0xdddd0000dddd0000
	.align 12
	.bss
	.align 12
root:	.skip 4096
l1_id:	.skip 4096
l0_id:	.skip 4096
l1_t:	.skip 4096
l0_t:	.skip 4096
