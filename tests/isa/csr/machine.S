/* Machine information and counters: misa = RV64 with I,M,A,F,D,C,S,U (no E), mhartid 0, vendor/arch/impl ids readable,
 * cycle/instret/mcycle/minstret increase, minstret/mcycle writable, mip/mie/mideleg WARL masks, menvcfg/satp in M. */
#include "test.h"
TEST_BEGIN
	/* misa: MXL = 2 (64-bit) */
	csrr a0, misa
	srli a1, a0, 62
	CHECK_EQ(a1, 2, 1)
	/* required extension letters */
	li a2, (1 << 0) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20)
	and a1, a0, a2
	CHECK_EQ_REG(a1, a2, 2)
	/* E (RV32E/64E) must not be set together with I */
	srli a1, a0, 4
	andi a1, a1, 1
	CHECK_EQ(a1, 0, 3)
	/* bits 26..61 are zero */
	slli a1, a0, 2
	srli a1, a1, 28
	CHECK_EQ(a1, 0, 4)
	/* hart 0 */
	csrr a0, mhartid
	CHECK_EQ(a0, 0, 5)
	/* ids are readable and stable */
	csrr a0, mvendorid
	csrr a1, mvendorid
	CHECK_EQ_REG(a0, a1, 6)
	csrr a0, marchid
	csrr a1, marchid
	CHECK_EQ_REG(a0, a1, 7)
	csrr a0, mimpid
	csrr a1, mimpid
	CHECK_EQ_REG(a0, a1, 8)
	/* cycle and instret increase (exact counts are not checked) */
	csrr a0, cycle
	li t0, 100
1:	addi t0, t0, -1
	bnez t0, 1b
	csrr a1, cycle
	bgtu a1, a0, 1f
	FAIL(9)
1:	csrr a0, instret
	li t0, 100
1:	addi t0, t0, -1
	bnez t0, 1b
	csrr a1, instret
	sub a2, a1, a0
	li t0, 200         /* at least the 200 loop instructions retired */
	bgeu a2, t0, 1f
	FAIL(10)
1:	/* user-level counters mirror the machine ones: instret >= minstret read just before */
	csrr a0, minstret
	csrr a1, instret
	bgeu a1, a0, 1f
	FAIL(11)
1:	csrr a0, mcycle
	csrr a1, cycle
	bgeu a1, a0, 1f
	FAIL(12)
1:	/* minstret/mcycle are writable: the counter continues from the written value */
	li a2, 0x10000000000
	csrw minstret, a2
	csrr a0, minstret
	bgeu a0, a2, 1f
	FAIL(13)
1:	li a3, 0x10100000000   /* ...and not far above it */
	bltu a0, a3, 1f
	FAIL(14)
1:	csrr a0, instret
	bgeu a0, a2, 1f
	FAIL(15)
1:	csrw mcycle, a2
	csrr a0, mcycle
	bgeu a0, a2, 1f
	FAIL(16)
1:	bltu a0, a3, 1f
	FAIL(17)
1:	csrr a0, cycle
	bgeu a0, a2, 1f
	FAIL(18)
1:
	/* mie: the six standard S/M interrupt enables are writable */
	li a2, 0xaaa
	csrw mie, a2
	csrr a0, mie
	and a0, a0, a2
	CHECK_EQ(a0, 0xaaa, 19)
	csrw mie, zero
	csrr a0, mie
	CHECK_EQ(a0, 0, 20)
	/* mideleg: SSIP/STIP/SEIP delegable; M-level bits are not */
	li a2, -1
	csrw mideleg, a2
	csrr a0, mideleg
	andi a1, a0, 0x222
	CHECK_EQ(a1, 0x222, 21)
	li t0, 0x888
	and a1, a0, t0
	CHECK_EQ(a1, 0, 22)
	csrw mideleg, zero
	csrr a0, mideleg
	li t0, 0xaaa   /* (with H, VS bits would be read-only one) */
	and a0, a0, t0
	CHECK_EQ(a0, 0, 23)
	/* medeleg: the usual exceptions are delegable (bit 11 "should" be read-only 0: not checked, QEMU keeps it) */
	li a2, (1 << 0) | (1 << 2) | (1 << 3) | (1 << 8) | (1 << 12) | (1 << 13) | (1 << 15)
	csrw medeleg, a2
	csrr a0, medeleg
	CHECK_EQ_REG(a0, a2, 24)
	csrw medeleg, zero
	/* mip: SSIP and STIP are software-writable from M */
	li a2, 0x22
	csrs mip, a2
	csrr a0, mip
	andi a0, a0, 0x22
	CHECK_EQ(a0, 0x22, 26)
	csrc mip, a2
	csrr a0, mip
	andi a0, a0, 0x22
	CHECK_EQ(a0, 0, 27)
	/* mip.MSIP/MTIP/MEIP are not writable through the CSR */
	csrr a1, mip
	li a2, 0x888
	csrs mip, a2
	csrr a0, mip
	CHECK_EQ_REG(a0, a1, 28)
	/* satp: Sv39 value round-trips (writes in M take effect only below M) */
	li a2, (8 << 60) | 0x80123
	csrw satp, a2
	csrr a0, satp
	CHECK_EQ_REG(a0, a2, 29)
	csrw satp, zero
	csrr a0, satp
	CHECK_EQ(a0, 0, 30)
	/* mscratch keeps all 64 bits */
	li a2, 0x8000000000000001
	csrw mscratch, a2
	csrr a0, mscratch
	CHECK_EQ_REG(a0, a2, 31)
	TEST_PASS
TEST_END
