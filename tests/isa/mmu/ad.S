/* Sv39 Accessed/Dirty bits updated in the PTE in memory (as QEMU and rvisor do, no Svade faults): loads and fetches set A,
 * stores set A and D, on 4 KiB pages and megapages; faulting accesses and non-leaf PTEs are left untouched. */
#include "test.h"
#include "vm.h"
#define RAM 0x80000000
#define VA 0x40000000
#define PA_MEGA 0x80200000
#define VA_MEGA 0x40200000
/* n: the PTE in memory equals PTE(label, flags) */
#define PTE_IS(n, table, idx, label, flags) \
	LOAD_PTE(a0, table, idx)            \
	la t2, label;                       \
	srli t2, t2, 12;                    \
	slli t2, t2, 10;                    \
	ori t2, t2, flags;                  \
	CHECK_EQ_REG(a0, t2, n)
#define PTE_IS_ADDR(n, table, idx, addr, flags) \
	LOAD_PTE(a0, table, idx)                \
	li t2, addr;                            \
	srli t2, t2, 12;                        \
	slli t2, t2, 10;                        \
	ori t2, t2, flags;                      \
	CHECK_EQ_REG(a0, t2, n)
#define RWNA (PTE_V | PTE_R | PTE_W)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	ZERO_TABLE(root)
	ZERO_TABLE(l1)
	ZERO_TABLE(l0)
	SET_PTE_ADDR(root, 2, RAM, PTE_RWX)            /* identity (A/D preset) */
	SET_PTR(root, 1, l1)
	SET_PTR(l1, 0, l0)
	SET_PTE_LABEL(l0, 0, pg_a, RWNA)               /* A = D = 0 */
	SET_PTE_LABEL(l0, 1, pg_b, RWNA)
	SET_PTE_LABEL(l0, 2, code_page, PTE_V | PTE_R | PTE_X)
	SET_PTE_LABEL(l0, 3, pg_c, PTE_V | PTE_R)      /* read-only, A = 0 */
	SET_PTE_LABEL(l0, 4, pg_d, RWNA | PTE_A)       /* A = 1, D = 0 */
	SET_PTE_LABEL(l0, 5, pg_e, RWNA | PTE_U)       /* U page, A = 0 */
	SET_PTE_LABEL(l0, 6, pg_e, RWNA)               /* no X, A = 0 */
	SET_PTE_LABEL(l0, 7, pg_e, PTE_W | PTE_A)      /* invalid (V = 0) */
	SET_PTE_ADDR(l1, 1, PA_MEGA, RWNA)             /* megapage, A = D = 0 */
	SET_PTE_ADDR(l1, 2, PA_MEGA, RWNA)
	SATP_SET(SATP_SV39, root)
	ENTER_S(in_s)
in_s:
	/* load: A set, D not */
	li a1, VA
	ld a2, 0(a1)
	CHECK_EQ(a2, 0x0a0a0a0a0a0a0a0a, 1)
	PTE_IS(2, l0, 0, pg_a, RWNA | PTE_A)
	/* then store: D set too */
	sd a2, 8(a1)
	PTE_IS(3, l0, 0, pg_a, RWNA | PTE_A | PTE_D)
	/* store first: A and D */
	li a1, VA + 0x1000
	sw a1, 0(a1)
	PTE_IS(4, l0, 1, pg_b, RWNA | PTE_A | PTE_D)
	/* fetch: A */
	li a1, VA + 0x2000
	li a0, 0
	jalr ra, 0(a1)
	CHECK_EQ(a0, 0x77, 5)
	PTE_IS(6, l0, 2, code_page, PTE_V | PTE_R | PTE_X | PTE_A)
	/* store to a read-only page faults and leaves the PTE alone */
	li a1, VA + 0x3000
	EXPECT_TRAP(1f)
	sd a1, 0(a1)
1:	CHECK_TRAP(15, 7)
	PTE_IS(8, l0, 3, pg_c, PTE_V | PTE_R)
	/* ...a load then sets A */
	ld a0, 0(a1)
	PTE_IS(9, l0, 3, pg_c, PTE_V | PTE_R | PTE_A)
	/* A already set: load keeps D clear, store sets D */
	li a1, VA + 0x4000
	ld a0, 0(a1)
	PTE_IS(10, l0, 4, pg_d, RWNA | PTE_A)
	sb a0, 1(a1)
	PTE_IS(11, l0, 4, pg_d, RWNA | PTE_A | PTE_D)
	/* U page from S without SUM: fault, no update */
	li a1, VA + 0x5000
	EXPECT_TRAP(1f)
	ld a0, 0(a1)
1:	CHECK_TRAP(13, 12)
	PTE_IS(13, l0, 5, pg_e, RWNA | PTE_U)
	/* fetch from a non-X page: fault, no update */
	li a1, VA + 0x6000
	EXPECT_TRAP(1f)
	jalr ra, 0(a1)
1:	CHECK_TRAP(12, 14)
	PTE_IS(15, l0, 6, pg_e, RWNA)
	/* invalid PTE: fault, not modified */
	li a1, VA + 0x7000
	EXPECT_TRAP(1f)
	sd a1, 0(a1)
1:	CHECK_TRAP(15, 16)
	PTE_IS(17, l0, 7, pg_e, PTE_W | PTE_A)
	/* megapage: load sets A on the level-1 leaf */
	li a1, VA_MEGA + 0x12340
	ld a0, 0(a1)
	PTE_IS_ADDR(18, l1, 1, PA_MEGA, RWNA | PTE_A)
	sd a0, 0(a1)
	PTE_IS_ADDR(19, l1, 1, PA_MEGA, RWNA | PTE_A | PTE_D)
	li a1, VA_MEGA + 0x200000 + 0x1fff00
	sh a0, 0(a1)
	PTE_IS_ADDR(20, l1, 2, PA_MEGA, RWNA | PTE_A | PTE_D)
	/* non-leaf PTEs never get A/D */
	PTE_IS(21, root, 1, l1, PTE_V)
	PTE_IS(22, l1, 0, l0, PTE_V)
	/* after clearing A/D in memory and sfence.vma, the next store sets them again */
	SET_PTE_LABEL(l0, 1, pg_b, RWNA)
	sfence.vma
	li a1, VA + 0x1000
	sd zero, 8(a1)
	PTE_IS(23, l0, 1, pg_b, RWNA | PTE_A | PTE_D)
	/* clearing only D: a store after sfence sets D again, a load does not */
	SET_PTE_LABEL(l0, 1, pg_b, RWNA | PTE_A)
	sfence.vma
	ld a0, 0(a1)
	PTE_IS(24, l0, 1, pg_b, RWNA | PTE_A)
	sd a0, 0(a1)
	PTE_IS(25, l0, 1, pg_b, RWNA | PTE_A | PTE_D)
	/* AMO is a store: sets D */
	SET_PTE_LABEL(l0, 4, pg_d, RWNA)
	sfence.vma
	li a1, VA + 0x4000
	li a2, 1
	amoadd.d a0, a2, (a1)
	PTE_IS(26, l0, 4, pg_d, RWNA | PTE_A | PTE_D)
	GOTO_M
	csrw satp, zero
	sfence.vma
	TEST_PASS
	TRAP_RECORD_HANDLER
	.align 12
code_page:
	li a0, 0x77
	ret
	.align 12
TEST_END
	.data
	.align 12
pg_a:	.dword 0x0a0a0a0a0a0a0a0a
	.align 12
pg_b:	.dword 0x0b0b0b0b0b0b0b0b
	.align 12
pg_c:	.dword 0x0c0c0c0c0c0c0c0c
	.align 12
pg_d:	.dword 0x0d0d0d0d0d0d0d0d
	.align 12
pg_e:	.dword 0x0e0e0e0e0e0e0e0e
	.align 12
	.bss
	.align 12
root:	.skip 4096
l1:	.skip 4096
l0:	.skip 4096
