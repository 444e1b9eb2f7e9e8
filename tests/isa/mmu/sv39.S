/* Sv39 translation: 4 KiB pages, 2 MiB megapages, 1 GiB gigapages (loads, stores, fetches), aliasing, misaligned superpages,
 * invalid/reserved PTEs, non-canonical VAs, reserved PTE bits, sfence.vma after PTE changes, satp=Bare and unsupported
 * satp modes, M-mode not translated.  Test code runs in S through an identity gigapage; traps go to M. */
#include "test.h"
#include "vm.h"
#define VA_4K   0x40000000      /* l1[0] -> l0: 4 KiB pages */
#define VA_MEGA 0x40200000      /* l1[1]: megapage -> PA 0x80200000 */
#define VA_MCODE 0x40400000     /* l1[2]: megapage -> PA 0x80000000 (code + data alias) */
#define VA_MBAD 0x40600000      /* l1[3]: megapage with a misaligned PPN */
#define VA_GIGA 0xc0000000      /* root[3]: gigapage -> PA 0x80000000 */
#define VA_GBAD 0x140000000     /* root[5]: gigapage with a misaligned PPN */
#define VA_HIGH 0xffffffc000000000 /* root[256]: gigapage -> PA 0x80000000 */
#define PA_MEGA 0x80200000
#define RAM 0x80000000
/* codes: n cause, n+1 stval */
#define FAULT_LD(n, va, cause) \
	li a1, va;             \
	EXPECT_TRAP(1f);       \
	ld a0, 0(a1);          \
	1: CHECK_TRAP(cause, n); \
	CHECK_EQ(s10, va, n + 1)
#define FAULT_ST(n, va, cause) \
	li a1, va;             \
	EXPECT_TRAP(1f);       \
	sd a1, 0(a1);          \
	1: CHECK_TRAP(cause, n); \
	CHECK_EQ(s10, va, n + 1)
/* codes: n cause, n+1 stval, n+2 mepc = target */
#define FAULT_X(n, va)           \
	li a1, va;               \
	EXPECT_TRAP(1f);         \
	jalr ra, 0(a1);          \
	1: CHECK_TRAP(12, n);    \
	CHECK_EQ(s10, va, n + 1); \
	CHECK_EQ(s9, va, n + 2)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	ZERO_TABLE(root)
	ZERO_TABLE(l1)
	ZERO_TABLE(l0)
	/* identity gigapage for code, data, tohost */
	SET_PTE_ADDR(root, 2, RAM, PTE_RWX)
	SET_PTR(root, 1, l1)
	SET_PTR(l1, 0, l0)
	SET_PTE_LABEL(l0, 0, pg0, PTE_RW)
	SET_PTE_LABEL(l0, 1, pg1, PTE_RW)
	SET_PTE_LABEL(l0, 2, code_page, PTE_RX)
	SET_PTE_LABEL(l0, 3, pg0, PTE_RW)        /* second VA for pg0 */
	/* l0[5] stays 0: invalid */
	SET_PTE_LABEL(l0, 6, pg1, PTE_V | PTE_W | PTE_A | PTE_D)   /* W without R: reserved */
	SET_PTE_LABEL(l0, 7, pg1, PTE_V)         /* pointer at the last level */
	SET_PTE_LABEL(l0, 8, pg0, PTE_RW)        /* remapped by the sfence test */
	SET_PTE_ADDR(l1, 1, PA_MEGA, PTE_RW)
	SET_PTE_ADDR(l1, 2, RAM, PTE_RWX)
	SET_PTE_ADDR(l1, 3, PA_MEGA + 0x1000, PTE_RWX)   /* PPN[0] != 0 */
	SET_PTE_ADDR(root, 3, RAM, PTE_RWX)
	SET_PTE_ADDR(root, 5, PA_MEGA, PTE_RWX)           /* PPN[1] != 0 */
	SET_PTE_ADDR(root, 256, RAM, PTE_RW)
	/* l1[4]: RW megapage with reserved bit 54 set; l1[5]: N bit on a megapage */
	SET_PTE_ADDR(l1, 4, RAM, PTE_RW)
	li t1, 1 << 54
	ld t2, 0(t0)
	or t2, t2, t1
	sd t2, 0(t0)
	SET_PTE_ADDR(l1, 5, RAM, PTE_RW)
	li t1, 1 << 63
	ld t2, 0(t0)
	or t2, t2, t1
	sd t2, 0(t0)
	/* l1[6]: non-leaf PTE with A set (reserved in non-leaf PTEs) -> l0 */
	SET_PTE_LABEL(l1, 6, l0, PTE_V | PTE_A)
	/* megapage contents written physically from M */
	li a1, PA_MEGA
	li a2, 0xabcdef0123456789
	sd a2, 0(a1)
	li a1, PA_MEGA + 0x1ffff8
	li a2, 0x5555666677778888
	sd a2, 0(a1)
	SATP_SET(SATP_SV39, root)
	/* M-mode is not translated: VA_4K is physical 0x40000000 (nothing there) */
	FAULT_LD(1, VA_4K, 5)
	ENTER_S(in_s)
in_s:
	/* ---- 4 KiB pages */
	li a1, VA_4K
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 3)
	li a4, VA_4K + 0xff8
	ld a0, 0(a4)
	CHECK_EQ(a0, 0x1111111111110ff8, 4)
	li a2, 0x4242
	sd a2, 8(a1)
	la a3, pg0
	ld a0, 8(a3)
	CHECK_EQ(a0, 0x4242, 5)
	li a1, VA_4K + 0x1000
	lw a0, 4(a1)
	CHECK_EQ(a0, 0x22222222, 6)
	/* the same PA through two VAs */
	li a1, VA_4K + 0x3000
	li a2, 0x7777
	sh a2, 16(a1)
	li a1, VA_4K
	lhu a0, 16(a1)
	CHECK_EQ(a0, 0x7777, 7)
	/* fetch through a 4 KiB page: the returned link is the identity address */
	li a1, VA_4K + 0x2000
	li a0, 0
	jalr ra, 0(a1)
ret1:	CHECK_EQ(a0, 0x77, 8)
	CHECK_EQ_ADDR(ra, ret1, 9)
	/* ---- megapages */
	li a1, VA_MEGA
	ld a0, 0(a1)
	CHECK_EQ(a0, 0xabcdef0123456789, 10)
	li a1, VA_MEGA + 0x1ffff8
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x5555666677778888, 11)
	li a1, VA_MEGA + 0x100
	li a2, 0x3131
	sd a2, 0(a1)
	li a1, PA_MEGA + 0x100     /* identity view */
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x3131, 12)
	/* fetch and load through a megapage alias of RAM */
	la a1, code_page
	li a2, VA_MCODE - RAM
	add a1, a1, a2
	li a0, 0
	jalr ra, 0(a1)
	CHECK_EQ(a0, 0x77, 13)
	la a1, pg1
	li a2, VA_MCODE - RAM
	add a1, a1, a2
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x2222222222222222, 14)
	/* ---- gigapage alias */
	la a1, pg0
	li a2, VA_GIGA - RAM
	add a1, a1, a2
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 15)
	la a1, code_page
	li a2, VA_GIGA - RAM
	add a1, a1, a2
	li a0, 0
	jalr ra, 0(a1)
	CHECK_EQ(a0, 0x77, 16)
	/* negative (sign-extended) canonical VA */
	la a1, pg1
	li a2, VA_HIGH - RAM
	add a1, a1, a2
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x2222222222222222, 17)
	/* ---- misaligned superpages fault */
	FAULT_LD(20, VA_MBAD, 13)
	FAULT_ST(22, VA_MBAD + 8, 15)
	FAULT_X(24, VA_MBAD + 0x10)
	FAULT_LD(27, VA_GBAD + 0x200000, 13)
	FAULT_X(29, VA_GBAD)
	/* ---- invalid PTEs */
	FAULT_LD(32, VA_4K + 0x5000, 13)
	FAULT_ST(34, VA_4K + 0x5008, 15)
	FAULT_X(36, VA_4K + 0x5010)
	FAULT_LD(39, 0x1000, 13)                 /* root[0] invalid */
	FAULT_LD(41, VA_4K + 0x6000, 13)         /* W without R */
	FAULT_ST(43, VA_4K + 0x6000, 15)
	FAULT_LD(45, VA_4K + 0x7000, 13)         /* non-leaf at level 0 */
	FAULT_LD(47, VA_MBAD + 0x200000, 13)     /* reserved bit 54 */
	FAULT_ST(49, VA_MBAD + 0x400000, 15)     /* N on a megapage */
	FAULT_LD(51, 0x40c00000, 13)             /* non-leaf with A set */
	/* ---- non-canonical VAs: bits 63..39 must equal bit 38 */
	FAULT_LD(53, 0x0000004000000000, 13)
	FAULT_ST(55, 0x0000004000000000, 15)
	FAULT_X(57, 0x0000004000001000)
	FAULT_LD(60, 0x8000000040000000, 13)     /* would be VA_4K if bits were ignored */
	FAULT_LD(62, 0x7fffffc000000000, 13)     /* would be VA_HIGH */
	FAULT_LD(64, 0xffffff8040000000, 13)
	/* ---- sfence.vma makes a PTE change visible */
	li a1, VA_4K + 0x8000
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 70)
	SET_PTE_LABEL(l0, 8, pg1, PTE_RW)
	sfence.vma
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x2222222222222222, 71)
	SET_PTE_LABEL(l0, 8, pg0, PTE_RW)
	sfence.vma a1                            /* by address */
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 72)
	SET_PTE_LABEL(l0, 8, pg1, PTE_RW)
	sfence.vma a1, zero
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x2222222222222222, 73)
	SET_PTE_RAW(l0, 8, 0)                    /* unmap */
	sfence.vma
	FAULT_LD(74, VA_4K + 0x8000, 13)
	SET_PTE_LABEL(l0, 8, pg0, PTE_RW)        /* map again */
	sfence.vma
	li a1, VA_4K + 0x8000
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 76)
	/* remapping an executed VA to another code page (after sfence.vma) runs the new code */
	SET_PTE_LABEL(l0, 2, code_page2, PTE_RX)
	sfence.vma
	li a1, VA_4K + 0x2000
	li a0, 0
	jalr ra, 0(a1)
	CHECK_EQ(a0, 0x88, 77)
	GOTO_M

	/* ---- satp = Bare: S accesses are physical again */
	csrw satp, zero
	sfence.vma
	ENTER_S(in_s_bare)
in_s_bare:
	FAULT_LD(80, VA_4K, 5)                   /* physical 0x40000000: access fault */
	la a1, pg0
	ld a0, 0(a1)
	CHECK_EQ(a0, 0x1111111111111111, 82)
	GOTO_M
	/* ---- unsupported satp modes are ignored: satp keeps its value */
	la t0, root
	srli t0, t0, 12
	li t1, SATP_SV39 << 60
	or s2, t0, t1
	csrw satp, s2
	li a2, (1 << 60) | 0x12345
	csrw satp, a2
	csrr a0, satp
	CHECK_EQ_REG(a0, s2, 83)
	li a2, (7 << 60) | 0x12345
	csrw satp, a2
	csrr a0, satp
	CHECK_EQ_REG(a0, s2, 84)
	li a2, (11 << 60) | 0x12345
	csrw satp, a2
	csrr a0, satp
	CHECK_EQ_REG(a0, s2, 85)
	li a2, (15 << 60) | 0x12345
	csrw satp, a2
	csrr a0, satp
	CHECK_EQ_REG(a0, s2, 86)
	/* Bare with a non-zero PPN/ASID is allowed to read back as zero or as written: skip.
	 * Sv39 with another root is a supported write */
	li a2, (SATP_SV39 << 60) | 0x80001
	csrw satp, a2
	csrr a0, satp
	CHECK_EQ_REG(a0, a2, 87)
	csrw satp, zero
	csrr a0, satp
	CHECK_EQ(a0, 0, 88)
	sfence.vma
	TEST_PASS

	/* a page of code reachable at VA_4K + 0x2000 */
	.align 12
code_page:
	li a0, 0x77
	ret
	.align 12
code_page2:
	li a0, 0x88
	ret
	.align 12
	TRAP_RECORD_HANDLER
TEST_END

	.data
	.align 12
pg0:
	.dword 0x1111111111111111
	.skip 4096 - 16
	.dword 0x1111111111110ff8
pg1:
	.dword 0x2222222222222222
	.dword 0x2222222222222222
	.skip 4096 - 16
	.bss
	.align 12
root:	.skip 4096
l1:	.skip 4096
l0:	.skip 4096
