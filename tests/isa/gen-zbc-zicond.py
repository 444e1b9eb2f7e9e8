#!/usr/bin/env python3
# Generates tests/isa/bitmanip/zbc.S and tests/isa/zicond/zicond.S: the
# expected values come from the spec's definitions computed here with
# Python's unbounded integers, independently of rvisor's C code. Run once
# after changing the vectors: python3 tests/isa/gen-zbc-zicond.py
import os

M = (1 << 64) - 1
HERE = os.path.dirname(os.path.abspath(__file__))


def product(a, b):
    """The full 127-bit carry-less product of two 64-bit values."""
    p = 0
    for i in range(64):
        if (b >> i) & 1:
            p ^= a << i
    return p


def clmul(a, b):
    return product(a, b) & M  # bits 63..0


def clmulh(a, b):
    return product(a, b) >> 64  # bits 127..64


def clmulr(a, b):
    return (product(a, b) >> 63) & M  # bits 126..63


def czero_eqz(a, b):
    return 0 if b == 0 else a


def czero_nez(a, b):
    return 0 if b != 0 else a


# Hand-checkable anchors for the reference itself: (x+1)^2 = x^2+1 over
# GF(2); x^63 * x^63 = x^126 (bit 62 of clmulh, bit 63 of clmulr, nothing in
# clmul); all-ones squared has exactly the even bits set.
assert clmul(3, 3) == 5
assert clmul(0xFF, 0xFF) == 0x5555
assert clmulh(1 << 63, 1 << 63) == 1 << 62
assert clmulr(1 << 63, 1 << 63) == 1 << 63
assert clmul(1 << 63, 1 << 63) == 0
assert clmulh(M, M) == 0x5555555555555555 and clmul(M, M) == 0x5555555555555555
assert clmulr(M, 1) == 1  # rs1 >> 63

VALUES = [
    0,
    1,
    3,
    M,
    1 << 63,
    0x123456789ABCDEF0,
    0xFEDCBA9876543210,
    0x5555555555555555,
]

h = lambda v: "0x%016x" % v


def emit_table(out, n, ops):
    for name, insn, fn, values in ops:
        out.append("\t/* %s */" % name)
        for a in values:
            for b in values:
                out.append("\tTEST_RR(%d, %s, %s, %s, %s)" % (n, insn, h(fn(a, b)), h(a), h(b)))
                n += 1
    return n


def emit_alias(out, n, insn, fn, a, b):
    out.append("\tTEST_RR_DEST1(%d, %s, %s, %s, %s)" % (n, insn, h(fn(a, b)), h(a), h(b)))
    out.append("\tTEST_RR_DEST2(%d, %s, %s, %s, %s)" % (n + 1, insn, h(fn(a, b)), h(a), h(b)))
    out.append("\tTEST_RR_SAME(%d, %s, %s, %s)" % (n + 2, insn, h(fn(a, a)), h(a)))
    return n + 3


def emit_x0(out, n, insn):
    # rd = x0: the result is discarded, x0 still reads 0, the sources and
    # a0 are untouched and the next instruction runs.
    out.append("\tli a0, 0x5a5a; li a1, -1; li a2, -1")
    out.append("\t%s x0, a1, a2" % insn)
    out.append("\tadd a3, x0, x0; CHECK_EQ(a3, 0, %d)" % n)
    out.append("\tCHECK_EQ(a0, 0x5a5a, %d)" % (n + 1))
    out.append("\tCHECK_EQ(a1, -1, %d)" % (n + 2))
    return n + 3


def emit_illegal(out, n, words):
    for enc, what in words:
        out.append("\tILL32(%d, 0x%08x) /* %s */" % (n, enc, what))
        n += 4
    return n


ILL32 = r"""/* codes: n cause, n+1 mtval, n+2 mepc, n+3 rd (a0) untouched */
#define ILL32(n, enc)                 \
	li a0, 0x5a5a;                \
	EXPECT_TRAP(1f);              \
	2: .word enc;                 \
	1: CHECK_TRAP(2, n);          \
	CHECK_EQ(s10, enc, n + 1);    \
	CHECK_EQ_ADDR(s9, 2b, n + 2); \
	CHECK_EQ(a0, 0x5a5a, n + 3)
"""


ZICOND_MACROS = r"""/* czero.eqz / czero.nez: OP (0x33), funct7 0000111, funct3 101 / 111 */
.macro czero_eqz rd, rs1, rs2
	.insn r 0x33, 5, 7, \rd, \rs1, \rs2
.endm
.macro czero_nez rd, rs1, rs2
	.insn r 0x33, 7, 7, \rd, \rs1, \rs2
.endm
"""


def r_type(f7, f3, rd=10, rs1=11, rs2=12):
    return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | 0x33


def write(path, header, ops, extra, preamble=""):
    out = [header, '#include "test.h"', ILL32.rstrip()]
    if preamble:
        out.append(preamble.rstrip())
    out += ["TEST_BEGIN", "\tINSTALL_RECORD_HANDLER"]
    n = emit_table(out, 1, ops)
    n = extra(out, n)
    assert n < 256, "FAIL codes must stay below 256 (QEMU exit status)"
    out += ["\tTEST_PASS", "\tTRAP_RECORD_HANDLER", "TEST_END", ""]
    with open(os.path.join(HERE, path), "w") as f:
        f.write("\n".join(out))


def zbc_extra(out, n):
    out.append("\t/* aliasing: rd = rs1, rd = rs2, rd = rs1 = rs2 */")
    for insn, fn in (("clmul", clmul), ("clmulh", clmulh), ("clmulr", clmulr)):
        n = emit_alias(out, n, insn, fn, 0xFEDCBA9876543210, 0x123456789ABCDEF0)
    out.append("\t/* rd = x0 */")
    for insn in ("clmul", "clmulh", "clmulr"):
        n = emit_x0(out, n, insn)
    out.append("\t/* the unused funct3 of funct7 0000101 (between clmul* and min/max) */")
    n = emit_illegal(out, n, [(r_type(0x05, 0), "funct7 0000101, funct3 000")])
    return n


def zicond_extra(out, n):
    out.append("\t/* aliasing: rd = rs1, rd = rs2, rd = rs1 = rs2 */")
    for insn, fn in (("czero_eqz", czero_eqz), ("czero_nez", czero_nez)):
        n = emit_alias(out, n, insn, fn, 0x123456789ABCDEF0, 0)
        n = emit_alias(out, n, insn, fn, 0x123456789ABCDEF0, 1 << 63)
    out.append("\t/* rd = x0 */")
    for insn in ("czero_eqz", "czero_nez"):
        n = emit_x0(out, n, insn)
    out.append("\t/* the other funct3 of funct7 0000111 are reserved */")
    n = emit_illegal(out, n, [(r_type(0x07, f3), "funct7 0000111, funct3 %d" % f3)
                              for f3 in (0, 1, 2, 3, 4, 6)])
    return n


write("bitmanip/zbc.S",
      "/* Zbc carry-less multiply: CLMUL (bits 63..0), CLMULH (127..64), CLMULR (126..63) of the\n"
      " * 128-bit product; aliasing, rd = x0, a neighbouring reserved encoding. Generated by\n"
      " * tests/isa/gen-zbc-zicond.py (expected values from its Python reference). */",
      [("clmul", "clmul", clmul, VALUES),
       ("clmulh", "clmulh", clmulh, VALUES),
       ("clmulr", "clmulr", clmulr, VALUES)],
      zbc_extra)

write("zicond/zicond.S",
      "/* Zicond: CZERO.EQZ (rd = rs2 == 0 ? 0 : rs1), CZERO.NEZ (rd = rs2 != 0 ? 0 : rs1); aliasing,\n"
      " * rd = x0, the reserved funct3 of funct7 0000111. Generated by tests/isa/gen-zbc-zicond.py.\n"
      " * binutils 2.40 does not know Zicond: the instructions are written with .insn. */",
      [("czero.eqz", "czero_eqz", czero_eqz, VALUES),
       ("czero.nez", "czero_nez", czero_nez, VALUES)],
      zicond_extra,
      preamble=ZICOND_MACROS)
