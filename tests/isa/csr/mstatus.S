/* mstatus WARL fields and the sstatus view: MPP 0/1/3, SPP, xIE/xPIE, MPRV/SUM/MXR/TVM/TW/TSR writable, SXL=UXL=2, SD = (FS==3),
 * SD/WPRI/UBE/SBE/MBE not settable, sstatus shows and writes only the S fields. (MPP=2 legalisation is not checked: QEMU 7.2 keeps 2.) */
#include "test.h"
/* set mask in mstatus, check it reads back set, clear it, check clear */
#define RW_BITS(n, mask)          \
	li a2, mask;              \
	csrs mstatus, a2;         \
	csrr a0, mstatus;         \
	and a0, a0, a2;           \
	CHECK_EQ_REG(a0, a2, n);  \
	csrc mstatus, a2;         \
	csrr a0, mstatus;         \
	and a0, a0, a2;           \
	CHECK_EQ(a0, 0, n + 1)
TEST_BEGIN
	csrr s2, mstatus
	/* SXL and UXL report 64-bit */
	srli a0, s2, 32
	andi a0, a0, 0xf
	CHECK_EQ(a0, 0xa, 1)
	/* MPP holds 0, 1 and 3 */
	li a2, 3 << 11
	csrc mstatus, a2
	csrr a0, mstatus
	and a0, a0, a2
	CHECK_EQ(a0, 0, 2)
	li a1, 1 << 11
	csrs mstatus, a1
	csrr a0, mstatus
	and a0, a0, a2
	CHECK_EQ(a0, 1 << 11, 3)
	csrs mstatus, a2
	csrr a0, mstatus
	and a0, a0, a2
	CHECK_EQ(a0, 3 << 11, 4)
	/* single-bit fields */
	RW_BITS(5, 1 << 8)     /* SPP */
	RW_BITS(7, 1 << 1)     /* SIE */
	RW_BITS(9, 1 << 5)     /* SPIE */
	RW_BITS(11, 1 << 7)    /* MPIE */
	RW_BITS(13, 1 << 17)   /* MPRV */
	RW_BITS(15, 1 << 18)   /* SUM */
	RW_BITS(17, 1 << 19)   /* MXR */
	RW_BITS(19, 1 << 20)   /* TVM */
	RW_BITS(21, 1 << 21)   /* TW */
	RW_BITS(23, 1 << 22)   /* TSR */
	RW_BITS(25, 1 << 3)    /* MIE (no interrupt is enabled in mie) */
	/* FS: all four states, SD follows FS == Dirty */
	li a2, 3 << 13
	csrc mstatus, a2
	csrr a0, mstatus
	srli a1, a0, 63
	CHECK_EQ(a1, 0, 27)
	li a2, 1 << 13
	csrs mstatus, a2
	csrr a0, mstatus
	srli a1, a0, 63
	CHECK_EQ(a1, 0, 28)
	srli a1, a0, 13
	andi a1, a1, 3
	CHECK_EQ(a1, 1, 29)
	li a2, 3 << 13
	csrs mstatus, a2
	csrr a0, mstatus
	srli a1, a0, 63
	CHECK_EQ(a1, 1, 30)
	li a2, 1 << 13
	csrc mstatus, a2      /* FS = 2 (Clean) */
	csrr a0, mstatus
	srli a1, a0, 13
	andi a1, a1, 3
	CHECK_EQ(a1, 2, 31)
	srli a1, a0, 63
	CHECK_EQ(a1, 0, 32)
	/* SD cannot be written directly */
	li a2, 3 << 13
	csrc mstatus, a2
	li a2, 1 << 63
	csrs mstatus, a2
	csrr a0, mstatus
	srli a1, a0, 63
	CHECK_EQ(a1, 0, 33)
	/* writing all ones: WPRI bits 0, 2, 4, 23..31, UBE (6), SBE (36), MBE (37) stay zero */
	csrr s3, mstatus
	li a2, -1
	csrw mstatus, a2
	csrr a0, mstatus
	csrw mstatus, s3
	li a2, 0xff800055 | (3 << 36)
	and a1, a0, a2
	CHECK_EQ(a1, 0, 34)
	/* ...and the writable fields did get set */
	li a2, (1 << 1) | (1 << 3) | (1 << 5) | (1 << 7) | (1 << 8) | (3 << 11) | (3 << 13) | (0x3f << 17)
	and a1, a0, a2
	CHECK_EQ_REG(a1, a2, 35)
	srli a1, a0, 63      /* FS = 3 after the write: SD = 1 */
	CHECK_EQ(a1, 1, 36)
	/* ---- sstatus is a restricted view of mstatus */
	li a2, (1 << 3) | (1 << 7) | (3 << 11) | (1 << 17) | (1 << 20) | (1 << 21) | (1 << 22)
	csrs mstatus, a2          /* M-only fields set */
	csrr a0, sstatus
	and a1, a0, a2
	CHECK_EQ(a1, 0, 37)       /* not visible in sstatus */
	li a3, (1 << 1) | (1 << 5) | (1 << 8) | (1 << 18) | (1 << 19)
	csrs sstatus, a3          /* S fields set through sstatus */
	csrr a0, mstatus
	and a1, a0, a3
	CHECK_EQ_REG(a1, a3, 38)  /* visible in mstatus */
	csrr a0, sstatus
	and a1, a0, a3
	CHECK_EQ_REG(a1, a3, 39)
	csrw sstatus, zero        /* clearing sstatus leaves the M fields alone */
	csrr a0, mstatus
	and a1, a0, a2
	CHECK_EQ_REG(a1, a2, 40)
	and a1, a0, a3
	CHECK_EQ(a1, 0, 41)
	li a4, (1 << 3) | (1 << 11) | (1 << 22)
	csrs sstatus, a4          /* M fields cannot be set through sstatus */
	csrc mstatus, a2
	csrs sstatus, a4
	csrr a0, mstatus
	and a1, a0, a4
	CHECK_EQ(a1, 0, 42)
	/* sstatus.FS and SD mirror mstatus */
	li a2, 3 << 13
	csrs mstatus, a2
	csrr a0, sstatus
	srli a1, a0, 13
	andi a1, a1, 3
	CHECK_EQ(a1, 3, 43)
	srli a1, a0, 63
	CHECK_EQ(a1, 1, 44)
	/* sstatus.UXL reads 2 */
	srli a1, a0, 32
	andi a1, a1, 3
	CHECK_EQ(a1, 2, 45)
	csrw mstatus, s2
	TEST_PASS
TEST_END
