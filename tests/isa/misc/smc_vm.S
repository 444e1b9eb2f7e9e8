/* Self-modifying code under Sv39: code written through a RW alias (or physically from M) and executed through other
 * virtual aliases after FENCE.I; remapping an executed VA with sfence.vma runs the new page's code. */
#include "test.h"
#include "vm.h"
#define RAM 0x80000000
#define VA_X 0x40000000      /* xpage, RX */
#define VA_W 0x40001000      /* xpage, RW */
#define VA_X2 0x40002000     /* xpage, RX (second exec alias) */
#define ADDI_A0(imm) (0x00000513 | (((imm) & 0xfff) << 20))
#define CALL(va) li t0, va; li a0, -1; jalr ra, 0(t0)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	ZERO_TABLE(root)
	ZERO_TABLE(l1)
	ZERO_TABLE(l0)
	SET_PTE_ADDR(root, 2, RAM, PTE_RWX)
	SET_PTR(root, 1, l1)
	SET_PTR(l1, 0, l0)
	SET_PTE_LABEL(l0, 0, xpage, PTE_RX)
	SET_PTE_LABEL(l0, 1, xpage, PTE_RW)
	SET_PTE_LABEL(l0, 2, xpage, PTE_RX)
	SATP_SET(SATP_SV39, root)
	ENTER_S(in_s)
in_s:
	CALL(VA_X)
	CHECK_EQ(a0, 1, 1)
	CALL(VA_X2)
	CHECK_EQ(a0, 1, 2)
	la t1, xpage
	li a0, -1
	jalr ra, 0(t1)                /* identity alias */
	CHECK_EQ(a0, 1, 3)
	/* write through the RW alias, execute through all three */
	li t1, VA_W
	li t2, ADDI_A0(2)
	sw t2, 0(t1)
	fence.i
	CALL(VA_X)
	CHECK_EQ(a0, 2, 4)
	CALL(VA_X2)
	CHECK_EQ(a0, 2, 5)
	la t1, xpage
	li a0, -1
	jalr ra, 0(t1)
	CHECK_EQ(a0, 2, 6)
	/* many rewrites */
	li s2, 0
1:	li t1, VA_W
	li t2, ADDI_A0(0)
	slli t3, s2, 20
	or t2, t2, t3
	sw t2, 0(t1)
	fence.i
	CALL(VA_X)
	beq a0, s2, 2f
	FAIL(7)
2:	addi s2, s2, 1
	li t0, 64
	blt s2, t0, 1b
	GOTO_M
	/* M writes the code physically; S runs it after fence.i */
	la t1, xpage
	li t2, ADDI_A0(0x345)
	sw t2, 0(t1)
	ENTER_S(in_s2)
in_s2:
	fence.i
	CALL(VA_X2)
	CHECK_EQ(a0, 0x345, 8)
	/* remap VA_X to another code page */
	SET_PTE_LABEL(l0, 0, xpage2, PTE_RX)
	sfence.vma
	CALL(VA_X)
	CHECK_EQ(a0, 0x66, 9)
	CALL(VA_X2)                   /* the other alias is unchanged */
	CHECK_EQ(a0, 0x345, 10)
	/* unmap: now fetch faults */
	SET_PTE_RAW(l0, 0, 0)
	sfence.vma
	li t0, VA_X
	EXPECT_TRAP(1f)
	jalr ra, 0(t0)
1:	CHECK_TRAP(12, 11)
	GOTO_M
	csrw satp, zero
	sfence.vma
	TEST_PASS
	TRAP_RECORD_HANDLER
	.align 12
xpage:
	.option push
	.option norvc
	addi a0, zero, 1
	ret
	.option pop
	.align 12
xpage2:
	li a0, 0x66
	ret
	.align 12
TEST_END
	.bss
	.align 12
root:	.skip 4096
l1:	.skip 4096
l0:	.skip 4096
