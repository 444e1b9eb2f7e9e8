/* Sv57 translation: 5-level walk with 4 KiB pages, megapages, gigapages, 512 GiB terapages and 256 TiB petapages (loads,
 * stores, fetches), VAs that need bits 56..48, misaligned superpages at each level, invalid entries, non-canonical VAs. */
#include "test.h"
#include "vm.h"
#define RAM 0x80000000
#define PA_MEGA 0x80200000
#define VA_4K    0x40000000          /* root[0] -> l3[0] -> l2[1] -> l1 -> l0 */
#define VA_MEGA  0x40200000          /* l1[1]: megapage -> PA_MEGA */
#define VA_GIGA  0xc0000000          /* l2[3]: gigapage -> RAM */
#define VA_G39   0x4000000000        /* l2[256]: gigapage -> RAM */
#define VA_TERA  0x8000000000        /* l3[1]: terapage -> PA 0 */
#define VA_TBAD  0x10000000000       /* l3[2]: terapage, PPN not 512 GiB aligned */
#define VA_T47   0x800000000000      /* l3[256]: terapage -> PA 0 (non-canonical under Sv48) */
#define VA_PETA  0x1000000000000     /* root[1]: petapage -> PA 0 */
#define VA_PBAD  0x2000000000000     /* root[2]: petapage, PPN not 256 TiB aligned */
#define VA_HIGH  0xff00000000000000  /* root[256]: petapage -> PA 0 */
#define FAULT_LD(n, va, cause) \
	li a1, va;             \
	EXPECT_TRAP(1f);       \
	ld a0, 0(a1);          \
	1: CHECK_TRAP(cause, n); \
	CHECK_EQ(s10, va, n + 1)
#define FAULT_ST(n, va)        \
	li a1, va;             \
	EXPECT_TRAP(1f);       \
	sd a1, 0(a1);          \
	1: CHECK_TRAP(15, n);  \
	CHECK_EQ(s10, va, n + 1)
#define FAULT_X(n, va)           \
	li a1, va;               \
	EXPECT_TRAP(1f);         \
	jalr ra, 0(a1);          \
	1: CHECK_TRAP(12, n);    \
	CHECK_EQ(s10, va, n + 1)
/* a1 = alias of label at VA base (base maps PA base_pa) */
#define ALIAS(reg, label, base, base_pa) \
	la reg, label;                   \
	li t0, (base) - (base_pa);       \
	add reg, reg, t0
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	ZERO_TABLE(root)
	ZERO_TABLE(l3)
	ZERO_TABLE(l2)
	ZERO_TABLE(l1)
	ZERO_TABLE(l0)
	SET_PTR(root, 0, l3)
	SET_PTR(l3, 0, l2)
	SET_PTE_ADDR(l2, 2, RAM, PTE_RWX)           /* identity */
	SET_PTR(l2, 1, l1)
	SET_PTR(l1, 0, l0)
	SET_PTE_LABEL(l0, 0, pg0, PTE_RW)
	SET_PTE_LABEL(l0, 2, code_page, PTE_RX)
	SET_PTE_ADDR(l1, 1, PA_MEGA, PTE_RW)
	SET_PTE_ADDR(l1, 2, PA_MEGA + 0x1000, PTE_RW) /* misaligned megapage */
	SET_PTE_ADDR(l2, 3, RAM, PTE_RWX)
	SET_PTE_ADDR(l2, 4, PA_MEGA, PTE_RW)          /* misaligned gigapage */
	SET_PTE_ADDR(l2, 256, RAM, PTE_RWX)
	SET_PTE_ADDR(l3, 1, 0, PTE_RWX)
	SET_PTE_ADDR(l3, 2, RAM, PTE_RW)             /* misaligned terapage */
	SET_PTE_ADDR(l3, 256, 0, PTE_RWX)
	SET_PTE_ADDR(root, 1, 0, PTE_RWX)
	SET_PTE_ADDR(root, 2, 0x8000000000, PTE_RW)  /* misaligned petapage */
	SET_PTE_ADDR(root, 256, 0, PTE_RW)
	li a1, PA_MEGA
	li a2, 0x4848484848484848
	sd a2, 0(a1)
	SATP_SET(SATP_SV57, root)
	csrr a0, satp
	srli a0, a0, 60
	CHECK_EQ(a0, SATP_SV57, 1)
	ENTER_S(in_s)
in_s:
	/* 4 KiB pages */
	li a1, VA_4K
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 2)
	li a2, 0x99
	sd a2, 8(a1)
	la a3, pg0
	ld a0, 8(a3)
	CHECK_EQ(a0, 0x99, 3)
	li a1, VA_4K + 0x2000
	li a0, 0
	jalr ra, 0(a1)
	CHECK_EQ(a0, 0x77, 4)
	/* megapage */
	li a1, VA_MEGA
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x4848484848484848, 5)
	/* gigapage */
	ALIAS(a1, pg0, VA_GIGA, RAM)
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 6)
	/* gigapage at a VA using bit 38 (non-canonical under Sv39) */
	ALIAS(a1, pg0, VA_G39, RAM)
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 7)
	ALIAS(a1, code_page, VA_G39, RAM)
	li a0, 0
	jalr ra, 0(a1)
	CHECK_EQ(a0, 0x77, 8)
	/* terapage: loads, stores, fetches */
	ALIAS(a1, pg0, VA_TERA, 0)
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 9)
	li a2, 0x5a
	sd a2, 16(a1)
	la a3, pg0
	ld a0, 16(a3)
	CHECK_EQ(a0, 0x5a, 10)
	ALIAS(a1, code_page, VA_TERA, 0)
	li a0, 0
	jalr ra, 0(a1)
	CHECK_EQ(a0, 0x77, 11)
	/* terapage at a VA using bit 47 */
	ALIAS(a1, pg0, VA_T47, 0)
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 12)
	/* petapage: loads, stores, fetches */
	ALIAS(a1, pg0, VA_PETA, 0)
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 13)
	li a2, 0x6b
	sd a2, 16(a1)
	la a3, pg0
	ld a0, 16(a3)
	CHECK_EQ(a0, 0x6b, 14)
	ALIAS(a1, code_page, VA_PETA, 0)
	li a0, 0
	jalr ra, 0(a1)
	CHECK_EQ(a0, 0x77, 15)
	/* canonical negative VA */
	ALIAS(a1, pg0, VA_HIGH, 0)
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 16)
	/* misaligned superpages */
	FAULT_LD(20, VA_4K + 0x400000, 13)
	FAULT_LD(22, 0x100000000, 13)
	FAULT_ST(24, VA_TBAD + 0x80000000)
	FAULT_X(26, VA_TBAD)
	FAULT_LD(28, VA_PBAD + 0x8000000000, 13)
	FAULT_X(30, VA_PBAD)
	/* invalid entries at each level */
	FAULT_LD(32, 0x3000000000000, 13)            /* root[3] */
	FAULT_LD(34, 0x18000000000, 13)              /* l3[3] */
	FAULT_LD(36, 0x140000000, 13)                /* l2[5] */
	FAULT_ST(38, VA_4K + 0x600000)               /* l1[3] */
	FAULT_LD(40, VA_4K + 0x1000, 13)             /* l0[1] */
	/* non-canonical: bits 63..57 must equal bit 56 */
	FAULT_LD(42, 0x0100000000000000, 13)
	FAULT_ST(44, 0x0200000040000000)             /* would be VA_4K */
	FAULT_LD(46, 0x7f00000000000000, 13)         /* would be VA_HIGH */
	FAULT_X(48, 0x8000000040002000)
	FAULT_LD(50, 0xfe00000000000000, 13)
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
pg0:	.dword 0x1111111111111111, 0, 0
	.align 12
	.bss
	.align 12
root:	.skip 4096
l3:	.skip 4096
l2:	.skip 4096
l1:	.skip 4096
l0:	.skip 4096
