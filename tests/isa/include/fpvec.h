/* The runner of the generated F/D table tests (tests/isa/fp/vec_*.S, made
 * by scripts/fpgen). Each 48-byte entry: .dword a, b, c, expected result;
 * .word stub index, frm, expected fflags, 0. The runner loads fa0..fa2 (and
 * a1 = a) from the entry, sets frm, calls stub k (16 bytes at stubs + 16k),
 * and compares a0 and fflags. A failing entry i exits with FAIL code
 * i + 1 + i / 255 (never a multiple of 256, so QEMU's 8-bit exit status
 * never reads a failure as 0). Include after test.h. */
#ifndef RVISOR_FPVEC_H
#define RVISOR_FPVEC_H

#define ENTRY(stub, frm, a, b, c, res, fl) .dword a, b, c, res; .word stub, frm, fl, 0;

#define FPVEC_RUNNER                    \
	TEST_BEGIN                      \
	la s0, vectors;                 \
	la s1, vectors_end;             \
	li s2, 0;                       \
	fpvec_loop:                     \
	bgeu s0, s1, fpvec_pass;        \
	fld fa0, 0(s0);                 \
	fld fa1, 8(s0);                 \
	fld fa2, 16(s0);                \
	ld a1, 0(s0);                   \
	lwu t0, 36(s0);                 \
	csrw frm, t0;                   \
	csrw fflags, zero;              \
	li a0, 0x5a5a5a5a5a5a5a5a;      \
	lwu t0, 32(s0);                 \
	slli t0, t0, 4;                 \
	la t1, stubs;                   \
	add t1, t1, t0;                 \
	jalr ra, 0(t1);                 \
	csrr t2, fflags;                \
	ld t0, 24(s0);                  \
	bne a0, t0, fpvec_fail;         \
	lwu t0, 40(s0);                 \
	bne t2, t0, fpvec_fail;         \
	addi s0, s0, 48;                \
	addi s2, s2, 1;                 \
	j fpvec_loop;                   \
	fpvec_fail:                     \
	li t0, 255;                     \
	divu t0, s2, t0;                \
	add t6, s2, t0;                 \
	addi t6, t6, 1;                 \
	slli t6, t6, 1;                 \
	ori t6, t6, 1;                  \
	j write_tohost;                 \
	fpvec_pass:                     \
	TEST_PASS

#endif
