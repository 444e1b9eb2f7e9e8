/* Page-table helpers for the mmu/ tests (include after test.h).
 *
 * Tables are 4 KiB pages in .bss, filled at run time.  All helpers clobber
 * t0-t2 only.  Leaf PTEs are written with A and D already set unless a test
 * asks otherwise, so the tests do not depend on hardware A/D updating
 * except where that is what they check. */
#ifndef RVISOR_VM_H
#define RVISOR_VM_H

#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_U 0x10
#define PTE_G 0x20
#define PTE_A 0x40
#define PTE_D 0x80
#define PTE_RW (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define PTE_RWX (PTE_RW | PTE_X)
#define PTE_RX (PTE_V | PTE_R | PTE_X | PTE_A)
#define PTE_RO (PTE_V | PTE_R | PTE_A)
#define PTE_XO (PTE_V | PTE_X | PTE_A)

#define SATP_BARE 0
#define SATP_SV39 8
#define SATP_SV48 9
#define SATP_SV57 10

#define MSTATUS_MPRV (1 << 17)
#define MSTATUS_SUM (1 << 18)
#define MSTATUS_MXR (1 << 19)

/* t0 = address of entry idx of table `table` */
#define PTE_SLOT(table, idx) \
	la t0, table;        \
	li t1, (idx) * 8;    \
	add t0, t0, t1;

/* table[idx] = PTE for the physical address in register `pa` (not t0/t1). */
#define SET_PTE_REG(table, idx, pa, flags) \
	PTE_SLOT(table, idx)               \
	srli t1, pa, 12;                   \
	slli t1, t1, 10;                   \
	ori t1, t1, flags;                 \
	sd t1, 0(t0);

/* table[idx] = PTE for the physical address of `label`. */
#define SET_PTE_LABEL(table, idx, label, flags) \
	la t2, label;                           \
	SET_PTE_REG(table, idx, t2, flags)

/* table[idx] = PTE for the constant physical address `addr`. */
#define SET_PTE_ADDR(table, idx, addr, flags) \
	li t2, addr;                          \
	SET_PTE_REG(table, idx, t2, flags)

/* table[idx] = pointer to the next-level table `next`. */
#define SET_PTR(table, idx, next) SET_PTE_LABEL(table, idx, next, PTE_V)

/* table[idx] = raw value */
#define SET_PTE_RAW(table, idx, val) \
	PTE_SLOT(table, idx)         \
	li t1, val;                  \
	sd t1, 0(t0);

/* reg = table[idx] as currently in memory */
#define LOAD_PTE(reg, table, idx) \
	PTE_SLOT(table, idx)      \
	ld reg, 0(t0);

/* Zero one 4 KiB table. */
#define ZERO_TABLE(table)     \
	la t0, table;         \
	li t1, 512;           \
	1: sd zero, 0(t0);    \
	addi t0, t0, 8;       \
	addi t1, t1, -1;      \
	bnez t1, 1b;

/* satp = mode | PPN(root), then flush. */
#define SATP_SET(mode, root)          \
	la t0, root;                  \
	srli t0, t0, 12;              \
	li t1, (mode) << 60;          \
	or t0, t0, t1;                \
	csrw satp, t0;                \
	sfence.vma;

/* The first 2 MiB of RAM (at 0x80000000) identity-mapped in 4 KiB S pages
 * (RWX): root[2] -> l1, l1[0] -> l0, l0's 512 leaves. */
#define IDMAP_RAM_2M(root, l1, l0)    \
	SET_PTR(root, 2, l1)          \
	SET_PTR(l1, 0, l0)            \
	la t0, l0;                    \
	li t2, 0x80000000;            \
	li t3, 512;                   \
	1: srli t1, t2, 12;           \
	slli t1, t1, 10;              \
	ori t1, t1, PTE_RWX;          \
	sd t1, 0(t0);                 \
	addi t0, t0, 8;               \
	li t4, 4096;                  \
	add t2, t2, t4;               \
	addi t3, t3, -1;              \
	bnez t3, 1b;

/* 4 KiB-index of VA at level lvl (0 = leaf level) */
#define VPN(va, lvl) (((va) >> (12 + 9 * (lvl))) & 0x1ff)

#endif
