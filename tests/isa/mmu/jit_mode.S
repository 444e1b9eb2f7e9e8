/* Translated loads and stores respect the data mode they run under (S with SUM, S
 * without, ...): one function, `probe` (a load, a block of its own), is called from S-mode
 * on a U page alternately with SUM set (allowed) and clear (a load page fault, cause 13),
 * many times, so that it is translated and entered under both modes. The JIT looks up the
 * current mode's TLB (h->tlb_load) at run time; a translation that baked in the TLB of the
 * mode it was made under (tried in session 17: a register more for guest values, but
 * larger code) would have to be dropped under another mode, and fails this test when it
 * is not (FAIL 3: it loads where the hardware faults). */
#include "test.h"
#include "vm.h"
#define VA 0x40000000
#define V_URW (VA + 0x0000) /* U RW -> pg_urw */
#define ROUNDS 200
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	ZERO_TABLE(root)
	ZERO_TABLE(l1_id)
	ZERO_TABLE(l1_t)
	ZERO_TABLE(l0_t)
	/* identity map of the first 2 MiB of RAM in 4 KiB S pages */
	IDMAP_RAM_2M(root, l1_id, l0_id)
	/* the U page */
	SET_PTR(root, 1, l1_t)
	SET_PTR(l1_t, 0, l0_t)
	SET_PTE_LABEL(l0_t, 0, pg_urw, PTE_RW | PTE_U)
	SATP_SET(SATP_SV39, root)
	li t0, MSTATUS_SUM | MSTATUS_MXR
	csrc mstatus, t0
	ENTER_S(in_s)
in_s:
	li s1, ROUNDS
	li s2, MSTATUS_SUM
	li s3, 0x1234567876543210
	la s4, probe
round:
	csrs sstatus, s2              /* SUM: S may load from U pages */
	li a1, V_URW
	li a0, 0
	EXPECT_TRAP(1f)
	jalr ra, 0(s4)                /* probe starts a block of its own */
1:	CHECK_NO_TRAP(1)
	CHECK_EQ_REG(a0, s3, 2)
	csrc sstatus, s2              /* no SUM: the same load faults */
	li a1, V_URW
	li a0, 0
	EXPECT_TRAP(2f)
	jalr ra, 0(s4)
2:	CHECK_TRAP(13, 3)
	CHECK_EQ(a0, 0, 4)
	addi s1, s1, -1
	bnez s1, round
	GOTO_M
	csrw satp, zero
	sfence.vma
	TEST_PASS
	TRAP_RECORD_HANDLER
	.align 6
probe:
	ld a0, 0(a1)
	ret
TEST_END
	.data
	.align 12
pg_urw:	.dword 0x1234567876543210
	.align 12
	.bss
	.align 12
root:	.skip 4096
l1_id:	.skip 4096
l0_id:	.skip 4096
l1_t:	.skip 4096
l0_t:	.skip 4096
