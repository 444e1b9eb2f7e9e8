/* mstatus.MPRV: with MPP = S or U, M-mode loads/stores/AMOs are translated and permission-checked as that mode (SUM, MXR
 * apply, A bit set), faults go to M with stval = va; with MPP = M or MPRV = 0 they are physical. */
#include "test.h"
#include "vm.h"
#define RAM 0x80000000
#define VA 0x40000000
#define V_S   (VA + 0x0000)    /* S RW */
#define V_U   (VA + 0x1000)    /* U RW */
#define V_XO  (VA + 0x2000)    /* S X only */
#define V_RO  (VA + 0x3000)    /* S R, A = 0 */
/* MPRV = 1 with MPP = mode (0 = U, 1 = S, 3 = M); clobbers t0 */
#define MPRV_AS(mode)            \
	li t0, 3 << 11;          \
	csrc mstatus, t0;        \
	li t0, ((mode) << 11) | MSTATUS_MPRV; \
	csrs mstatus, t0;
#define MPRV_OFF                 \
	li t0, MSTATUS_MPRV;     \
	csrc mstatus, t0;
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	ZERO_TABLE(root)
	ZERO_TABLE(l1)
	ZERO_TABLE(l0)
	SET_PTE_ADDR(root, 2, RAM, PTE_RWX | PTE_G)
	SET_PTR(root, 1, l1)
	SET_PTR(l1, 0, l0)
	SET_PTE_LABEL(l0, 0, pg_s, PTE_RW)
	SET_PTE_LABEL(l0, 1, pg_u, PTE_RW | PTE_U)
	SET_PTE_LABEL(l0, 2, pg_x, PTE_XO)
	SET_PTE_LABEL(l0, 3, pg_ro, PTE_V | PTE_R)
	SATP_SET(SATP_SV39, root)
	li t0, MSTATUS_SUM | MSTATUS_MXR
	csrc mstatus, t0
	/* MPRV = 0: physical */
	li a1, V_S
	EXPECT_TRAP(1f)
	ld a0, 0(a1)
1:	CHECK_TRAP(5, 1)
	/* MPRV = 1, MPP = S: translated */
	MPRV_AS(1)
	li a1, V_S
	ld a0, 0(a1)
	li a2, 0x1234
	sd a2, 8(a1)
	li a3, 5
	addi a6, a1, 8
	amoadd.d a4, a3, (a6)
	lr.d a5, (a1)
	MPRV_OFF
	CHECK_EQ(a0, 0x5151515151515151, 2)
	CHECK_EQ(a4, 0x1234, 3)
	CHECK_EQ(a5, 0x5151515151515151, 4)
	la a1, pg_s
	ld a0, 8(a1)
	CHECK_EQ(a0, 0x1239, 5)
	/* the A bit of a translated access is set */
	MPRV_AS(1)
	li a1, V_RO
	ld a0, 0(a1)
	MPRV_OFF
	CHECK_EQ(a0, 0x5454545454545454, 6)
	LOAD_PTE(a0, l0, 3)
	andi a0, a0, PTE_A
	CHECK_EQ(a0, PTE_A, 7)
	/* store to a read-only page as S: page fault 15 to M, stval = va, mepc = the store */
	MPRV_AS(1)
	li a1, V_RO + 8
	EXPECT_TRAP(1f)
2:	sd a1, 0(a1)
1:	MPRV_OFF
	CHECK_TRAP(15, 8)
	CHECK_EQ(s10, V_RO + 8, 9)
	CHECK_EQ_ADDR(s9, 2b, 10)
	srli t0, s7, 11                  /* the trap came from M */
	andi t0, t0, 3
	CHECK_EQ(t0, 3, 11)
	/* U page as S: needs SUM */
	MPRV_AS(1)
	li a1, V_U
	EXPECT_TRAP(1f)
	ld a0, 0(a1)
1:	MPRV_OFF
	CHECK_TRAP(13, 12)
	CHECK_EQ(s10, V_U, 13)
	li t0, MSTATUS_SUM
	csrs mstatus, t0
	MPRV_AS(1)
	li a1, V_U
	EXPECT_TRAP(1f)
	ld a0, 0(a1)
1:	MPRV_OFF
	CHECK_NO_TRAP(14)
	CHECK_EQ(a0, 0x5252525252525252, 15)
	li t0, MSTATUS_SUM
	csrc mstatus, t0
	/* MPP = U: U page ok, S page faults */
	MPRV_AS(0)
	li a1, V_U
	EXPECT_TRAP(1f)
	ld a0, 0(a1)
1:	MPRV_OFF
	CHECK_NO_TRAP(16)
	CHECK_EQ(a0, 0x5252525252525252, 17)
	MPRV_AS(0)
	li a1, V_S
	EXPECT_TRAP(1f)
	sd a1, 0(a1)
1:	MPRV_OFF
	CHECK_TRAP(15, 18)
	/* X-only page: MXR decides */
	MPRV_AS(1)
	li a1, V_XO
	EXPECT_TRAP(1f)
	ld a0, 0(a1)
1:	MPRV_OFF
	CHECK_TRAP(13, 19)
	li t0, MSTATUS_MXR
	csrs mstatus, t0
	MPRV_AS(1)
	li a1, V_XO
	EXPECT_TRAP(1f)
	ld a0, 0(a1)
1:	MPRV_OFF
	CHECK_NO_TRAP(20)
	CHECK_EQ(a0, 0x5353535353535353, 21)
	li t0, MSTATUS_MXR
	csrc mstatus, t0
	/* MPP = M: physical even with MPRV = 1 */
	MPRV_AS(3)
	li a1, V_S
	EXPECT_TRAP(1f)
	ld a0, 0(a1)
1:	MPRV_OFF
	CHECK_TRAP(5, 22)
	MPRV_AS(3)
	la a1, pg_u
	ld a0, 0(a1)
	MPRV_OFF
	CHECK_EQ(a0, 0x5252525252525252, 23)
	/* instruction fetch in M is never translated: we kept running at physical
	 * addresses all along; with satp pointing at an empty table it still works */
	ZERO_TABLE(empty)
	SATP_SET(SATP_SV39, empty)
	MPRV_AS(1)
	nop
	MPRV_OFF
	csrw satp, zero
	sfence.vma
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
	.data
	.align 12
pg_s:	.dword 0x5151515151515151, 0
	.align 12
pg_u:	.dword 0x5252525252525252
	.align 12
pg_x:	.dword 0x5353535353535353
	.align 12
pg_ro:	.dword 0x5454545454545454, 0
	.align 12
	.bss
	.align 12
root:	.skip 4096
l1:	.skip 4096
l0:	.skip 4096
empty:	.skip 4096
