/* SFENCE.VMA by address on superpages: after a megapage or gigapage PTE is
 * changed and one address inside it is fenced, every 4 KiB piece of the
 * superpage (not only the fenced one) must use the new mapping; a fence of an
 * unrelated address must leave other cached 4 KiB translations correct. */
#include "test.h"
#include "vm.h"
#define RAM 0x80000000
#define VA_MEGA 0x40000000      /* l1[0]: megapage -> PA_A, then PA_B */
#define VA_GIGA 0x100000000     /* root[4]: gigapage -> RAM */
#define PA_A 0x80200000
#define PA_B 0x80400000
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	ZERO_TABLE(root)
	ZERO_TABLE(l1)
	SET_PTE_ADDR(root, 2, RAM, PTE_RWX)      /* identity gigapage for code/data */
	SET_PTR(root, 1, l1)
	SET_PTE_ADDR(l1, 0, PA_A, PTE_RW)
	SET_PTE_ADDR(root, 4, RAM, PTE_RW)
	/* tag each 4 KiB piece: A+k*4K holds 0xA0+k, B+k*4K holds 0xB0+k */
	li a1, PA_A
	li a2, PA_B
	li a3, 0
1:	addi a4, a3, 0xa0
	sd a4, 0(a1)
	addi a4, a3, 0xb0
	sd a4, 0(a2)
	li a5, 4096
	add a1, a1, a5
	add a2, a2, a5
	addi a3, a3, 1
	li a5, 8
	bne a3, a5, 1b
	SATP_SET(SATP_SV39, root)
	ENTER_S(in_s)
in_s:
	/* fill the TLB with several pieces of the megapage */
	li a1, VA_MEGA
	ld a0, 0(a1)
	CHECK_EQ(a0, 0xa0, 1)
	li a2, VA_MEGA + 0x1000
	ld a0, 0(a2)
	CHECK_EQ(a0, 0xa1, 2)
	li a3, VA_MEGA + 0x5000
	ld a0, 0(a3)
	CHECK_EQ(a0, 0xa5, 3)
	/* remap the megapage, fence only its first page */
	SET_PTE_ADDR(l1, 0, PA_B, PTE_RW)
	sfence.vma a1
	ld a0, 0(a2)                             /* another piece: new mapping */
	CHECK_EQ(a0, 0xb1, 4)
	ld a0, 0(a3)
	CHECK_EQ(a0, 0xb5, 5)
	ld a0, 0(a1)
	CHECK_EQ(a0, 0xb0, 6)
	/* stores too */
	li a4, 0x77
	sd a4, 0(a2)
	SET_PTE_ADDR(l1, 0, PA_A, PTE_RW)
	sfence.vma a3
	ld a0, 0(a2)
	CHECK_EQ(a0, 0xa1, 7)
	li a5, PA_B + 0x1000                     /* the store went to B (identity map) */
	ld a0, 0(a5)
	CHECK_EQ(a0, 0x77, 8)
	/* gigapage: fill two far-apart pieces, remap, fence one */
	li a1, VA_GIGA + 0x200000
	ld a0, 0(a1)
	CHECK_EQ(a0, 0xa0, 9)
	li a2, VA_GIGA + 0x401000
	ld a0, 0(a2)
	CHECK_EQ(a0, 0x77, 10)                   /* PA_B + 4K, stored at check 8 */
	SET_PTE_ADDR(root, 4, 0, PTE_RW)         /* now PA 0: no RAM there */
	sfence.vma a1
	EXPECT_TRAP(2f)
	ld a0, 0(a2)
2:	CHECK_TRAP(5, 11)                       /* load access fault: new mapping used */
	/* a fence of an unrelated 4 KiB page leaves the others working */
	li a1, VA_MEGA + 0x1000
	ld a0, 0(a1)
	CHECK_EQ(a0, 0xa1, 12)
	li a2, 0x7000
	sfence.vma a2
	ld a0, 0(a1)
	CHECK_EQ(a0, 0xa1, 13)
	GOTO_M
	TEST_PASS
	.align 12
	TRAP_RECORD_HANDLER
TEST_END
	.bss
	.align 12
root:	.skip 4096
l1:	.skip 4096
