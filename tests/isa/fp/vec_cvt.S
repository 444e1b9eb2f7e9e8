/* F/D: all FCVT forms at the limits and in every rounding mode
 *
 * GENERATED table test: each entry runs one instruction (a stub below,
 * static rounding mode or dyn with the given frm) on raw 64-bit operands
 * (fa0, fa1, fa2; integer sources in a1) and checks the raw 64-bit
 * result (FP results include the NaN box; integer results in a0) and
 * fflags. Expected values were computed on the host and checked on
 * QEMU. A failing entry exits with FAIL(n), n = the number in its
 * comment (multiples of 256 are skipped so no failure reads as 0).
 */
#include "test.h"
#include "fpvec.h"

FPVEC_RUNNER

	# stub k = op * 6 + mode encoding (rne rtz rdn rup rmm dyn), 16 bytes each
	.option push
	.option norvc
	.align 4
stubs:
	.org stubs + 240 * 16
	fcvt.s.d fa3, fa0, rne
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.d fa3, fa0, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.d fa3, fa0, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.d fa3, fa0, rup
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.d fa3, fa0, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.d fa3, fa0, dyn
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 0, 0x21, fa3, fa0, x0	# fcvt.d.s rne
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 1, 0x21, fa3, fa0, x0	# fcvt.d.s rtz
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 2, 0x21, fa3, fa0, x0	# fcvt.d.s rdn
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 3, 0x21, fa3, fa0, x0	# fcvt.d.s rup
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 4, 0x21, fa3, fa0, x0	# fcvt.d.s rmm
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 7, 0x21, fa3, fa0, x0	# fcvt.d.s dyn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.w.s a0, fa0, rne
	nop
	ret
	nop
	fcvt.w.s a0, fa0, rtz
	nop
	ret
	nop
	fcvt.w.s a0, fa0, rdn
	nop
	ret
	nop
	fcvt.w.s a0, fa0, rup
	nop
	ret
	nop
	fcvt.w.s a0, fa0, rmm
	nop
	ret
	nop
	fcvt.w.s a0, fa0, dyn
	nop
	ret
	nop
	fcvt.wu.s a0, fa0, rne
	nop
	ret
	nop
	fcvt.wu.s a0, fa0, rtz
	nop
	ret
	nop
	fcvt.wu.s a0, fa0, rdn
	nop
	ret
	nop
	fcvt.wu.s a0, fa0, rup
	nop
	ret
	nop
	fcvt.wu.s a0, fa0, rmm
	nop
	ret
	nop
	fcvt.wu.s a0, fa0, dyn
	nop
	ret
	nop
	fcvt.l.s a0, fa0, rne
	nop
	ret
	nop
	fcvt.l.s a0, fa0, rtz
	nop
	ret
	nop
	fcvt.l.s a0, fa0, rdn
	nop
	ret
	nop
	fcvt.l.s a0, fa0, rup
	nop
	ret
	nop
	fcvt.l.s a0, fa0, rmm
	nop
	ret
	nop
	fcvt.l.s a0, fa0, dyn
	nop
	ret
	nop
	fcvt.lu.s a0, fa0, rne
	nop
	ret
	nop
	fcvt.lu.s a0, fa0, rtz
	nop
	ret
	nop
	fcvt.lu.s a0, fa0, rdn
	nop
	ret
	nop
	fcvt.lu.s a0, fa0, rup
	nop
	ret
	nop
	fcvt.lu.s a0, fa0, rmm
	nop
	ret
	nop
	fcvt.lu.s a0, fa0, dyn
	nop
	ret
	nop
	fcvt.w.d a0, fa0, rne
	nop
	ret
	nop
	fcvt.w.d a0, fa0, rtz
	nop
	ret
	nop
	fcvt.w.d a0, fa0, rdn
	nop
	ret
	nop
	fcvt.w.d a0, fa0, rup
	nop
	ret
	nop
	fcvt.w.d a0, fa0, rmm
	nop
	ret
	nop
	fcvt.w.d a0, fa0, dyn
	nop
	ret
	nop
	fcvt.wu.d a0, fa0, rne
	nop
	ret
	nop
	fcvt.wu.d a0, fa0, rtz
	nop
	ret
	nop
	fcvt.wu.d a0, fa0, rdn
	nop
	ret
	nop
	fcvt.wu.d a0, fa0, rup
	nop
	ret
	nop
	fcvt.wu.d a0, fa0, rmm
	nop
	ret
	nop
	fcvt.wu.d a0, fa0, dyn
	nop
	ret
	nop
	fcvt.l.d a0, fa0, rne
	nop
	ret
	nop
	fcvt.l.d a0, fa0, rtz
	nop
	ret
	nop
	fcvt.l.d a0, fa0, rdn
	nop
	ret
	nop
	fcvt.l.d a0, fa0, rup
	nop
	ret
	nop
	fcvt.l.d a0, fa0, rmm
	nop
	ret
	nop
	fcvt.l.d a0, fa0, dyn
	nop
	ret
	nop
	fcvt.lu.d a0, fa0, rne
	nop
	ret
	nop
	fcvt.lu.d a0, fa0, rtz
	nop
	ret
	nop
	fcvt.lu.d a0, fa0, rdn
	nop
	ret
	nop
	fcvt.lu.d a0, fa0, rup
	nop
	ret
	nop
	fcvt.lu.d a0, fa0, rmm
	nop
	ret
	nop
	fcvt.lu.d a0, fa0, dyn
	nop
	ret
	nop
	fcvt.s.w fa3, a1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.w fa3, a1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.w fa3, a1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.w fa3, a1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.w fa3, a1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.w fa3, a1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.wu fa3, a1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.wu fa3, a1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.wu fa3, a1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.wu fa3, a1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.wu fa3, a1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.wu fa3, a1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.l fa3, a1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.l fa3, a1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.l fa3, a1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.l fa3, a1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.l fa3, a1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.l fa3, a1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.lu fa3, a1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.lu fa3, a1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.lu fa3, a1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.lu fa3, a1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.lu fa3, a1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.s.lu fa3, a1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 0, 0x69, fa3, a1, x0	# fcvt.d.w rne
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 1, 0x69, fa3, a1, x0	# fcvt.d.w rtz
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 2, 0x69, fa3, a1, x0	# fcvt.d.w rdn
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 3, 0x69, fa3, a1, x0	# fcvt.d.w rup
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 4, 0x69, fa3, a1, x0	# fcvt.d.w rmm
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 7, 0x69, fa3, a1, x0	# fcvt.d.w dyn
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 0, 0x69, fa3, a1, x1	# fcvt.d.wu rne
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 1, 0x69, fa3, a1, x1	# fcvt.d.wu rtz
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 2, 0x69, fa3, a1, x1	# fcvt.d.wu rdn
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 3, 0x69, fa3, a1, x1	# fcvt.d.wu rup
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 4, 0x69, fa3, a1, x1	# fcvt.d.wu rmm
	fmv.x.d a0, fa3
	ret
	nop
	.insn r 0x53, 7, 0x69, fa3, a1, x1	# fcvt.d.wu dyn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.l fa3, a1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.l fa3, a1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.l fa3, a1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.l fa3, a1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.l fa3, a1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.l fa3, a1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.lu fa3, a1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.lu fa3, a1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.lu fa3, a1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.lu fa3, a1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.lu fa3, a1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fcvt.d.lu fa3, a1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	.option pop

	.section .data
	.align 3
vectors:
	# 1: fcvt.w.d rne frm=4 -> NV
	ENTRY(276, 4, 0x7ff8000000000000, 0, 0, 0x7fffffff, 16)
	# 2: fcvt.wu.d dyn frm=1 -> NV
	ENTRY(287, 1, 0x7ff8000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 3: fcvt.l.d rdn frm=2 -> NV
	ENTRY(290, 2, 0x7ff8000000000000, 0, 0, 0x7fffffffffffffff, 16)
	# 4: fcvt.lu.d rne frm=2 -> NV
	ENTRY(294, 2, 0x7ff8000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 5: fcvt.w.d dyn frm=3 -> NV
	ENTRY(281, 3, 0xfff8000000000000, 0, 0, 0x7fffffff, 16)
	# 6: fcvt.wu.d rne frm=2 -> NV
	ENTRY(282, 2, 0xfff8000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 7: fcvt.l.d rdn frm=0 -> NV
	ENTRY(290, 0, 0xfff8000000000000, 0, 0, 0x7fffffffffffffff, 16)
	# 8: fcvt.lu.d rne frm=1 -> NV
	ENTRY(294, 1, 0xfff8000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 9: fcvt.w.d rtz frm=3 -> NV
	ENTRY(277, 3, 0x7ff0000000000001, 0, 0, 0x7fffffff, 16)
	# 10: fcvt.wu.d rmm frm=0 -> NV
	ENTRY(286, 0, 0x7ff0000000000001, 0, 0, 0xffffffffffffffff, 16)
	# 11: fcvt.l.d rdn frm=2 -> NV
	ENTRY(290, 2, 0x7ff0000000000001, 0, 0, 0x7fffffffffffffff, 16)
	# 12: fcvt.lu.d dyn frm=4 -> NV
	ENTRY(299, 4, 0x7ff0000000000001, 0, 0, 0xffffffffffffffff, 16)
	# 13: fcvt.w.d rmm frm=2 -> NV
	ENTRY(280, 2, 0x7ff0000000000000, 0, 0, 0x7fffffff, 16)
	# 14: fcvt.wu.d rne frm=4 -> NV
	ENTRY(282, 4, 0x7ff0000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 15: fcvt.l.d rne frm=0 -> NV
	ENTRY(288, 0, 0x7ff0000000000000, 0, 0, 0x7fffffffffffffff, 16)
	# 16: fcvt.lu.d dyn frm=3 -> NV
	ENTRY(299, 3, 0x7ff0000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 17: fcvt.w.d dyn frm=1 -> NV
	ENTRY(281, 1, 0xfff0000000000000, 0, 0, 0xffffffff80000000, 16)
	# 18: fcvt.wu.d rmm frm=0 -> NV
	ENTRY(286, 0, 0xfff0000000000000, 0, 0, 0, 16)
	# 19: fcvt.l.d dyn frm=1 -> NV
	ENTRY(293, 1, 0xfff0000000000000, 0, 0, 0x8000000000000000, 16)
	# 20: fcvt.lu.d dyn frm=4 -> NV
	ENTRY(299, 4, 0xfff0000000000000, 0, 0, 0, 16)
	# 21: fcvt.w.d rmm frm=1 -> -
	ENTRY(280, 1, 0, 0, 0, 0, 0)
	# 22: fcvt.wu.d rtz frm=0 -> -
	ENTRY(283, 0, 0, 0, 0, 0, 0)
	# 23: fcvt.l.d dyn frm=3 -> -
	ENTRY(293, 3, 0, 0, 0, 0, 0)
	# 24: fcvt.lu.d rup frm=0 -> -
	ENTRY(297, 0, 0, 0, 0, 0, 0)
	# 25: fcvt.w.d rtz frm=1 -> -
	ENTRY(277, 1, 0x8000000000000000, 0, 0, 0, 0)
	# 26: fcvt.wu.d dyn frm=3 -> -
	ENTRY(287, 3, 0x8000000000000000, 0, 0, 0, 0)
	# 27: fcvt.l.d rmm frm=0 -> -
	ENTRY(292, 0, 0x8000000000000000, 0, 0, 0, 0)
	# 28: fcvt.lu.d rne frm=3 -> -
	ENTRY(294, 3, 0x8000000000000000, 0, 0, 0, 0)
	# 29: fcvt.w.d rne frm=1 -> NX
	ENTRY(276, 1, 0xbfe0000000000000, 0, 0, 0, 1)
	# 30: fcvt.w.d rtz frm=4 -> NX
	ENTRY(277, 4, 0xbfe0000000000000, 0, 0, 0, 1)
	# 31: fcvt.w.d rdn frm=0 -> NX
	ENTRY(278, 0, 0xbfe0000000000000, 0, 0, 0xffffffffffffffff, 1)
	# 32: fcvt.w.d rup frm=1 -> NX
	ENTRY(279, 1, 0xbfe0000000000000, 0, 0, 0, 1)
	# 33: fcvt.w.d rmm frm=1 -> NX
	ENTRY(280, 1, 0xbfe0000000000000, 0, 0, 0xffffffffffffffff, 1)
	# 34: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0xbfe0000000000000, 0, 0, 0, 1)
	# 35: fcvt.w.d dyn frm=1 -> NX
	ENTRY(281, 1, 0xbfe0000000000000, 0, 0, 0, 1)
	# 36: fcvt.w.d dyn frm=2 -> NX
	ENTRY(281, 2, 0xbfe0000000000000, 0, 0, 0xffffffffffffffff, 1)
	# 37: fcvt.w.d dyn frm=3 -> NX
	ENTRY(281, 3, 0xbfe0000000000000, 0, 0, 0, 1)
	# 38: fcvt.w.d dyn frm=4 -> NX
	ENTRY(281, 4, 0xbfe0000000000000, 0, 0, 0xffffffffffffffff, 1)
	# 39: fcvt.wu.d rne frm=4 -> NX
	ENTRY(282, 4, 0xbfe0000000000000, 0, 0, 0, 1)
	# 40: fcvt.wu.d rtz frm=4 -> NX
	ENTRY(283, 4, 0xbfe0000000000000, 0, 0, 0, 1)
	# 41: fcvt.wu.d rdn frm=0 -> NV
	ENTRY(284, 0, 0xbfe0000000000000, 0, 0, 0, 16)
	# 42: fcvt.wu.d rup frm=4 -> NX
	ENTRY(285, 4, 0xbfe0000000000000, 0, 0, 0, 1)
	# 43: fcvt.wu.d rmm frm=2 -> NV
	ENTRY(286, 2, 0xbfe0000000000000, 0, 0, 0, 16)
	# 44: fcvt.wu.d dyn frm=0 -> NX
	ENTRY(287, 0, 0xbfe0000000000000, 0, 0, 0, 1)
	# 45: fcvt.wu.d dyn frm=1 -> NX
	ENTRY(287, 1, 0xbfe0000000000000, 0, 0, 0, 1)
	# 46: fcvt.wu.d dyn frm=2 -> NV
	ENTRY(287, 2, 0xbfe0000000000000, 0, 0, 0, 16)
	# 47: fcvt.wu.d dyn frm=3 -> NX
	ENTRY(287, 3, 0xbfe0000000000000, 0, 0, 0, 1)
	# 48: fcvt.wu.d dyn frm=4 -> NV
	ENTRY(287, 4, 0xbfe0000000000000, 0, 0, 0, 16)
	# 49: fcvt.l.d rne frm=1 -> NX
	ENTRY(288, 1, 0xbfe0000000000000, 0, 0, 0, 1)
	# 50: fcvt.l.d rtz frm=3 -> NX
	ENTRY(289, 3, 0xbfe0000000000000, 0, 0, 0, 1)
	# 51: fcvt.l.d rdn frm=1 -> NX
	ENTRY(290, 1, 0xbfe0000000000000, 0, 0, 0xffffffffffffffff, 1)
	# 52: fcvt.l.d rup frm=1 -> NX
	ENTRY(291, 1, 0xbfe0000000000000, 0, 0, 0, 1)
	# 53: fcvt.l.d rmm frm=3 -> NX
	ENTRY(292, 3, 0xbfe0000000000000, 0, 0, 0xffffffffffffffff, 1)
	# 54: fcvt.l.d dyn frm=0 -> NX
	ENTRY(293, 0, 0xbfe0000000000000, 0, 0, 0, 1)
	# 55: fcvt.l.d dyn frm=1 -> NX
	ENTRY(293, 1, 0xbfe0000000000000, 0, 0, 0, 1)
	# 56: fcvt.l.d dyn frm=2 -> NX
	ENTRY(293, 2, 0xbfe0000000000000, 0, 0, 0xffffffffffffffff, 1)
	# 57: fcvt.l.d dyn frm=3 -> NX
	ENTRY(293, 3, 0xbfe0000000000000, 0, 0, 0, 1)
	# 58: fcvt.l.d dyn frm=4 -> NX
	ENTRY(293, 4, 0xbfe0000000000000, 0, 0, 0xffffffffffffffff, 1)
	# 59: fcvt.lu.d rne frm=4 -> NX
	ENTRY(294, 4, 0xbfe0000000000000, 0, 0, 0, 1)
	# 60: fcvt.lu.d rtz frm=0 -> NX
	ENTRY(295, 0, 0xbfe0000000000000, 0, 0, 0, 1)
	# 61: fcvt.lu.d rdn frm=3 -> NV
	ENTRY(296, 3, 0xbfe0000000000000, 0, 0, 0, 16)
	# 62: fcvt.lu.d rup frm=0 -> NX
	ENTRY(297, 0, 0xbfe0000000000000, 0, 0, 0, 1)
	# 63: fcvt.lu.d rmm frm=0 -> NV
	ENTRY(298, 0, 0xbfe0000000000000, 0, 0, 0, 16)
	# 64: fcvt.lu.d dyn frm=0 -> NX
	ENTRY(299, 0, 0xbfe0000000000000, 0, 0, 0, 1)
	# 65: fcvt.lu.d dyn frm=1 -> NX
	ENTRY(299, 1, 0xbfe0000000000000, 0, 0, 0, 1)
	# 66: fcvt.lu.d dyn frm=2 -> NV
	ENTRY(299, 2, 0xbfe0000000000000, 0, 0, 0, 16)
	# 67: fcvt.lu.d dyn frm=3 -> NX
	ENTRY(299, 3, 0xbfe0000000000000, 0, 0, 0, 1)
	# 68: fcvt.lu.d dyn frm=4 -> NV
	ENTRY(299, 4, 0xbfe0000000000000, 0, 0, 0, 16)
	# 69: fcvt.w.d rne frm=1 -> NX
	ENTRY(276, 1, 0x3fe0000000000000, 0, 0, 0, 1)
	# 70: fcvt.w.d rtz frm=0 -> NX
	ENTRY(277, 0, 0x3fe0000000000000, 0, 0, 0, 1)
	# 71: fcvt.w.d rdn frm=3 -> NX
	ENTRY(278, 3, 0x3fe0000000000000, 0, 0, 0, 1)
	# 72: fcvt.w.d rup frm=1 -> NX
	ENTRY(279, 1, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 73: fcvt.w.d rmm frm=1 -> NX
	ENTRY(280, 1, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 74: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0x3fe0000000000000, 0, 0, 0, 1)
	# 75: fcvt.w.d dyn frm=1 -> NX
	ENTRY(281, 1, 0x3fe0000000000000, 0, 0, 0, 1)
	# 76: fcvt.w.d dyn frm=2 -> NX
	ENTRY(281, 2, 0x3fe0000000000000, 0, 0, 0, 1)
	# 77: fcvt.w.d dyn frm=3 -> NX
	ENTRY(281, 3, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 78: fcvt.w.d dyn frm=4 -> NX
	ENTRY(281, 4, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 79: fcvt.wu.d rne frm=2 -> NX
	ENTRY(282, 2, 0x3fe0000000000000, 0, 0, 0, 1)
	# 80: fcvt.wu.d rtz frm=3 -> NX
	ENTRY(283, 3, 0x3fe0000000000000, 0, 0, 0, 1)
	# 81: fcvt.wu.d rdn frm=4 -> NX
	ENTRY(284, 4, 0x3fe0000000000000, 0, 0, 0, 1)
	# 82: fcvt.wu.d rup frm=2 -> NX
	ENTRY(285, 2, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 83: fcvt.wu.d rmm frm=0 -> NX
	ENTRY(286, 0, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 84: fcvt.wu.d dyn frm=0 -> NX
	ENTRY(287, 0, 0x3fe0000000000000, 0, 0, 0, 1)
	# 85: fcvt.wu.d dyn frm=1 -> NX
	ENTRY(287, 1, 0x3fe0000000000000, 0, 0, 0, 1)
	# 86: fcvt.wu.d dyn frm=2 -> NX
	ENTRY(287, 2, 0x3fe0000000000000, 0, 0, 0, 1)
	# 87: fcvt.wu.d dyn frm=3 -> NX
	ENTRY(287, 3, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 88: fcvt.wu.d dyn frm=4 -> NX
	ENTRY(287, 4, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 89: fcvt.l.d rne frm=3 -> NX
	ENTRY(288, 3, 0x3fe0000000000000, 0, 0, 0, 1)
	# 90: fcvt.l.d rtz frm=3 -> NX
	ENTRY(289, 3, 0x3fe0000000000000, 0, 0, 0, 1)
	# 91: fcvt.l.d rdn frm=3 -> NX
	ENTRY(290, 3, 0x3fe0000000000000, 0, 0, 0, 1)
	# 92: fcvt.l.d rup frm=4 -> NX
	ENTRY(291, 4, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 93: fcvt.l.d rmm frm=1 -> NX
	ENTRY(292, 1, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 94: fcvt.l.d dyn frm=0 -> NX
	ENTRY(293, 0, 0x3fe0000000000000, 0, 0, 0, 1)
	# 95: fcvt.l.d dyn frm=1 -> NX
	ENTRY(293, 1, 0x3fe0000000000000, 0, 0, 0, 1)
	# 96: fcvt.l.d dyn frm=2 -> NX
	ENTRY(293, 2, 0x3fe0000000000000, 0, 0, 0, 1)
	# 97: fcvt.l.d dyn frm=3 -> NX
	ENTRY(293, 3, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 98: fcvt.l.d dyn frm=4 -> NX
	ENTRY(293, 4, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 99: fcvt.lu.d rne frm=1 -> NX
	ENTRY(294, 1, 0x3fe0000000000000, 0, 0, 0, 1)
	# 100: fcvt.lu.d rtz frm=0 -> NX
	ENTRY(295, 0, 0x3fe0000000000000, 0, 0, 0, 1)
	# 101: fcvt.lu.d rdn frm=3 -> NX
	ENTRY(296, 3, 0x3fe0000000000000, 0, 0, 0, 1)
	# 102: fcvt.lu.d rup frm=1 -> NX
	ENTRY(297, 1, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 103: fcvt.lu.d rmm frm=2 -> NX
	ENTRY(298, 2, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 104: fcvt.lu.d dyn frm=0 -> NX
	ENTRY(299, 0, 0x3fe0000000000000, 0, 0, 0, 1)
	# 105: fcvt.lu.d dyn frm=1 -> NX
	ENTRY(299, 1, 0x3fe0000000000000, 0, 0, 0, 1)
	# 106: fcvt.lu.d dyn frm=2 -> NX
	ENTRY(299, 2, 0x3fe0000000000000, 0, 0, 0, 1)
	# 107: fcvt.lu.d dyn frm=3 -> NX
	ENTRY(299, 3, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 108: fcvt.lu.d dyn frm=4 -> NX
	ENTRY(299, 4, 0x3fe0000000000000, 0, 0, 0x1, 1)
	# 109: fcvt.w.d rne frm=4 -> NX
	ENTRY(276, 4, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 110: fcvt.w.d rtz frm=0 -> NX
	ENTRY(277, 0, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 111: fcvt.w.d rdn frm=0 -> NX
	ENTRY(278, 0, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 112: fcvt.w.d rup frm=2 -> NX
	ENTRY(279, 2, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 113: fcvt.w.d rmm frm=1 -> NX
	ENTRY(280, 1, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 114: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 115: fcvt.w.d dyn frm=1 -> NX
	ENTRY(281, 1, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 116: fcvt.w.d dyn frm=2 -> NX
	ENTRY(281, 2, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 117: fcvt.w.d dyn frm=3 -> NX
	ENTRY(281, 3, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 118: fcvt.w.d dyn frm=4 -> NX
	ENTRY(281, 4, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 119: fcvt.wu.d rne frm=2 -> NX
	ENTRY(282, 2, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 120: fcvt.wu.d rtz frm=3 -> NX
	ENTRY(283, 3, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 121: fcvt.wu.d rdn frm=4 -> NX
	ENTRY(284, 4, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 122: fcvt.wu.d rup frm=0 -> NX
	ENTRY(285, 0, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 123: fcvt.wu.d rmm frm=2 -> NX
	ENTRY(286, 2, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 124: fcvt.wu.d dyn frm=0 -> NX
	ENTRY(287, 0, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 125: fcvt.wu.d dyn frm=1 -> NX
	ENTRY(287, 1, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 126: fcvt.wu.d dyn frm=2 -> NX
	ENTRY(287, 2, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 127: fcvt.wu.d dyn frm=3 -> NX
	ENTRY(287, 3, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 128: fcvt.wu.d dyn frm=4 -> NX
	ENTRY(287, 4, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 129: fcvt.l.d rne frm=3 -> NX
	ENTRY(288, 3, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 130: fcvt.l.d rtz frm=2 -> NX
	ENTRY(289, 2, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 131: fcvt.l.d rdn frm=0 -> NX
	ENTRY(290, 0, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 132: fcvt.l.d rup frm=2 -> NX
	ENTRY(291, 2, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 133: fcvt.l.d rmm frm=2 -> NX
	ENTRY(292, 2, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 134: fcvt.l.d dyn frm=0 -> NX
	ENTRY(293, 0, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 135: fcvt.l.d dyn frm=1 -> NX
	ENTRY(293, 1, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 136: fcvt.l.d dyn frm=2 -> NX
	ENTRY(293, 2, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 137: fcvt.l.d dyn frm=3 -> NX
	ENTRY(293, 3, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 138: fcvt.l.d dyn frm=4 -> NX
	ENTRY(293, 4, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 139: fcvt.lu.d rne frm=1 -> NX
	ENTRY(294, 1, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 140: fcvt.lu.d rtz frm=3 -> NX
	ENTRY(295, 3, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 141: fcvt.lu.d rdn frm=1 -> NX
	ENTRY(296, 1, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 142: fcvt.lu.d rup frm=2 -> NX
	ENTRY(297, 2, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 143: fcvt.lu.d rmm frm=2 -> NX
	ENTRY(298, 2, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 144: fcvt.lu.d dyn frm=0 -> NX
	ENTRY(299, 0, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 145: fcvt.lu.d dyn frm=1 -> NX
	ENTRY(299, 1, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 146: fcvt.lu.d dyn frm=2 -> NX
	ENTRY(299, 2, 0x3ff8000000000000, 0, 0, 0x1, 1)
	# 147: fcvt.lu.d dyn frm=3 -> NX
	ENTRY(299, 3, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 148: fcvt.lu.d dyn frm=4 -> NX
	ENTRY(299, 4, 0x3ff8000000000000, 0, 0, 0x2, 1)
	# 149: fcvt.w.d rne frm=3 -> NX
	ENTRY(276, 3, 0x4004000000000000, 0, 0, 0x2, 1)
	# 150: fcvt.w.d rtz frm=3 -> NX
	ENTRY(277, 3, 0x4004000000000000, 0, 0, 0x2, 1)
	# 151: fcvt.w.d rdn frm=0 -> NX
	ENTRY(278, 0, 0x4004000000000000, 0, 0, 0x2, 1)
	# 152: fcvt.w.d rup frm=4 -> NX
	ENTRY(279, 4, 0x4004000000000000, 0, 0, 0x3, 1)
	# 153: fcvt.w.d rmm frm=2 -> NX
	ENTRY(280, 2, 0x4004000000000000, 0, 0, 0x3, 1)
	# 154: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0x4004000000000000, 0, 0, 0x2, 1)
	# 155: fcvt.w.d dyn frm=1 -> NX
	ENTRY(281, 1, 0x4004000000000000, 0, 0, 0x2, 1)
	# 156: fcvt.w.d dyn frm=2 -> NX
	ENTRY(281, 2, 0x4004000000000000, 0, 0, 0x2, 1)
	# 157: fcvt.w.d dyn frm=3 -> NX
	ENTRY(281, 3, 0x4004000000000000, 0, 0, 0x3, 1)
	# 158: fcvt.w.d dyn frm=4 -> NX
	ENTRY(281, 4, 0x4004000000000000, 0, 0, 0x3, 1)
	# 159: fcvt.wu.d rne frm=4 -> NX
	ENTRY(282, 4, 0x4004000000000000, 0, 0, 0x2, 1)
	# 160: fcvt.wu.d rtz frm=2 -> NX
	ENTRY(283, 2, 0x4004000000000000, 0, 0, 0x2, 1)
	# 161: fcvt.wu.d rdn frm=0 -> NX
	ENTRY(284, 0, 0x4004000000000000, 0, 0, 0x2, 1)
	# 162: fcvt.wu.d rup frm=4 -> NX
	ENTRY(285, 4, 0x4004000000000000, 0, 0, 0x3, 1)
	# 163: fcvt.wu.d rmm frm=3 -> NX
	ENTRY(286, 3, 0x4004000000000000, 0, 0, 0x3, 1)
	# 164: fcvt.wu.d dyn frm=0 -> NX
	ENTRY(287, 0, 0x4004000000000000, 0, 0, 0x2, 1)
	# 165: fcvt.wu.d dyn frm=1 -> NX
	ENTRY(287, 1, 0x4004000000000000, 0, 0, 0x2, 1)
	# 166: fcvt.wu.d dyn frm=2 -> NX
	ENTRY(287, 2, 0x4004000000000000, 0, 0, 0x2, 1)
	# 167: fcvt.wu.d dyn frm=3 -> NX
	ENTRY(287, 3, 0x4004000000000000, 0, 0, 0x3, 1)
	# 168: fcvt.wu.d dyn frm=4 -> NX
	ENTRY(287, 4, 0x4004000000000000, 0, 0, 0x3, 1)
	# 169: fcvt.l.d rne frm=3 -> NX
	ENTRY(288, 3, 0x4004000000000000, 0, 0, 0x2, 1)
	# 170: fcvt.l.d rtz frm=3 -> NX
	ENTRY(289, 3, 0x4004000000000000, 0, 0, 0x2, 1)
	# 171: fcvt.l.d rdn frm=1 -> NX
	ENTRY(290, 1, 0x4004000000000000, 0, 0, 0x2, 1)
	# 172: fcvt.l.d rup frm=4 -> NX
	ENTRY(291, 4, 0x4004000000000000, 0, 0, 0x3, 1)
	# 173: fcvt.l.d rmm frm=0 -> NX
	ENTRY(292, 0, 0x4004000000000000, 0, 0, 0x3, 1)
	# 174: fcvt.l.d dyn frm=0 -> NX
	ENTRY(293, 0, 0x4004000000000000, 0, 0, 0x2, 1)
	# 175: fcvt.l.d dyn frm=1 -> NX
	ENTRY(293, 1, 0x4004000000000000, 0, 0, 0x2, 1)
	# 176: fcvt.l.d dyn frm=2 -> NX
	ENTRY(293, 2, 0x4004000000000000, 0, 0, 0x2, 1)
	# 177: fcvt.l.d dyn frm=3 -> NX
	ENTRY(293, 3, 0x4004000000000000, 0, 0, 0x3, 1)
	# 178: fcvt.l.d dyn frm=4 -> NX
	ENTRY(293, 4, 0x4004000000000000, 0, 0, 0x3, 1)
	# 179: fcvt.lu.d rne frm=3 -> NX
	ENTRY(294, 3, 0x4004000000000000, 0, 0, 0x2, 1)
	# 180: fcvt.lu.d rtz frm=3 -> NX
	ENTRY(295, 3, 0x4004000000000000, 0, 0, 0x2, 1)
	# 181: fcvt.lu.d rdn frm=3 -> NX
	ENTRY(296, 3, 0x4004000000000000, 0, 0, 0x2, 1)
	# 182: fcvt.lu.d rup frm=2 -> NX
	ENTRY(297, 2, 0x4004000000000000, 0, 0, 0x3, 1)
	# 183: fcvt.lu.d rmm frm=3 -> NX
	ENTRY(298, 3, 0x4004000000000000, 0, 0, 0x3, 1)
	# 184: fcvt.lu.d dyn frm=0 -> NX
	ENTRY(299, 0, 0x4004000000000000, 0, 0, 0x2, 1)
	# 185: fcvt.lu.d dyn frm=1 -> NX
	ENTRY(299, 1, 0x4004000000000000, 0, 0, 0x2, 1)
	# 186: fcvt.lu.d dyn frm=2 -> NX
	ENTRY(299, 2, 0x4004000000000000, 0, 0, 0x2, 1)
	# 187: fcvt.lu.d dyn frm=3 -> NX
	ENTRY(299, 3, 0x4004000000000000, 0, 0, 0x3, 1)
	# 188: fcvt.lu.d dyn frm=4 -> NX
	ENTRY(299, 4, 0x4004000000000000, 0, 0, 0x3, 1)
	# 189: fcvt.w.d rne frm=4 -> NX
	ENTRY(276, 4, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 190: fcvt.w.d rtz frm=0 -> NX
	ENTRY(277, 0, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 191: fcvt.w.d rdn frm=0 -> NX
	ENTRY(278, 0, 0xc004000000000000, 0, 0, 0xfffffffffffffffd, 1)
	# 192: fcvt.w.d rup frm=4 -> NX
	ENTRY(279, 4, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 193: fcvt.w.d rmm frm=0 -> NX
	ENTRY(280, 0, 0xc004000000000000, 0, 0, 0xfffffffffffffffd, 1)
	# 194: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 195: fcvt.w.d dyn frm=1 -> NX
	ENTRY(281, 1, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 196: fcvt.w.d dyn frm=2 -> NX
	ENTRY(281, 2, 0xc004000000000000, 0, 0, 0xfffffffffffffffd, 1)
	# 197: fcvt.w.d dyn frm=3 -> NX
	ENTRY(281, 3, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 198: fcvt.w.d dyn frm=4 -> NX
	ENTRY(281, 4, 0xc004000000000000, 0, 0, 0xfffffffffffffffd, 1)
	# 199: fcvt.wu.d rne frm=2 -> NV
	ENTRY(282, 2, 0xc004000000000000, 0, 0, 0, 16)
	# 200: fcvt.wu.d rtz frm=2 -> NV
	ENTRY(283, 2, 0xc004000000000000, 0, 0, 0, 16)
	# 201: fcvt.wu.d rdn frm=3 -> NV
	ENTRY(284, 3, 0xc004000000000000, 0, 0, 0, 16)
	# 202: fcvt.wu.d rup frm=4 -> NV
	ENTRY(285, 4, 0xc004000000000000, 0, 0, 0, 16)
	# 203: fcvt.wu.d rmm frm=2 -> NV
	ENTRY(286, 2, 0xc004000000000000, 0, 0, 0, 16)
	# 204: fcvt.wu.d dyn frm=0 -> NV
	ENTRY(287, 0, 0xc004000000000000, 0, 0, 0, 16)
	# 205: fcvt.wu.d dyn frm=1 -> NV
	ENTRY(287, 1, 0xc004000000000000, 0, 0, 0, 16)
	# 206: fcvt.wu.d dyn frm=2 -> NV
	ENTRY(287, 2, 0xc004000000000000, 0, 0, 0, 16)
	# 207: fcvt.wu.d dyn frm=3 -> NV
	ENTRY(287, 3, 0xc004000000000000, 0, 0, 0, 16)
	# 208: fcvt.wu.d dyn frm=4 -> NV
	ENTRY(287, 4, 0xc004000000000000, 0, 0, 0, 16)
	# 209: fcvt.l.d rne frm=2 -> NX
	ENTRY(288, 2, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 210: fcvt.l.d rtz frm=0 -> NX
	ENTRY(289, 0, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 211: fcvt.l.d rdn frm=1 -> NX
	ENTRY(290, 1, 0xc004000000000000, 0, 0, 0xfffffffffffffffd, 1)
	# 212: fcvt.l.d rup frm=1 -> NX
	ENTRY(291, 1, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 213: fcvt.l.d rmm frm=0 -> NX
	ENTRY(292, 0, 0xc004000000000000, 0, 0, 0xfffffffffffffffd, 1)
	# 214: fcvt.l.d dyn frm=0 -> NX
	ENTRY(293, 0, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 215: fcvt.l.d dyn frm=1 -> NX
	ENTRY(293, 1, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 216: fcvt.l.d dyn frm=2 -> NX
	ENTRY(293, 2, 0xc004000000000000, 0, 0, 0xfffffffffffffffd, 1)
	# 217: fcvt.l.d dyn frm=3 -> NX
	ENTRY(293, 3, 0xc004000000000000, 0, 0, 0xfffffffffffffffe, 1)
	# 218: fcvt.l.d dyn frm=4 -> NX
	ENTRY(293, 4, 0xc004000000000000, 0, 0, 0xfffffffffffffffd, 1)
	# 219: fcvt.lu.d rne frm=1 -> NV
	ENTRY(294, 1, 0xc004000000000000, 0, 0, 0, 16)
	# 220: fcvt.lu.d rtz frm=3 -> NV
	ENTRY(295, 3, 0xc004000000000000, 0, 0, 0, 16)
	# 221: fcvt.lu.d rdn frm=1 -> NV
	ENTRY(296, 1, 0xc004000000000000, 0, 0, 0, 16)
	# 222: fcvt.lu.d rup frm=0 -> NV
	ENTRY(297, 0, 0xc004000000000000, 0, 0, 0, 16)
	# 223: fcvt.lu.d rmm frm=1 -> NV
	ENTRY(298, 1, 0xc004000000000000, 0, 0, 0, 16)
	# 224: fcvt.lu.d dyn frm=0 -> NV
	ENTRY(299, 0, 0xc004000000000000, 0, 0, 0, 16)
	# 225: fcvt.lu.d dyn frm=1 -> NV
	ENTRY(299, 1, 0xc004000000000000, 0, 0, 0, 16)
	# 226: fcvt.lu.d dyn frm=2 -> NV
	ENTRY(299, 2, 0xc004000000000000, 0, 0, 0, 16)
	# 227: fcvt.lu.d dyn frm=3 -> NV
	ENTRY(299, 3, 0xc004000000000000, 0, 0, 0, 16)
	# 228: fcvt.lu.d dyn frm=4 -> NV
	ENTRY(299, 4, 0xc004000000000000, 0, 0, 0, 16)
	# 229: fcvt.w.d rne frm=2 -> NX
	ENTRY(276, 2, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 230: fcvt.w.d rtz frm=0 -> NX
	ENTRY(277, 0, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 231: fcvt.w.d rdn frm=4 -> NX
	ENTRY(278, 4, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 232: fcvt.w.d rup frm=4 -> NX
	ENTRY(279, 4, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 233: fcvt.w.d rmm frm=3 -> NX
	ENTRY(280, 3, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 234: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 235: fcvt.w.d dyn frm=1 -> NX
	ENTRY(281, 1, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 236: fcvt.w.d dyn frm=2 -> NX
	ENTRY(281, 2, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 237: fcvt.w.d dyn frm=3 -> NX
	ENTRY(281, 3, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 238: fcvt.w.d dyn frm=4 -> NX
	ENTRY(281, 4, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 239: fcvt.wu.d rne frm=4 -> NV
	ENTRY(282, 4, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 240: fcvt.wu.d rtz frm=4 -> NX
	ENTRY(283, 4, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 241: fcvt.wu.d rdn frm=0 -> NV
	ENTRY(284, 0, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 242: fcvt.wu.d rup frm=2 -> NX
	ENTRY(285, 2, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 243: fcvt.wu.d rmm frm=3 -> NV
	ENTRY(286, 3, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 244: fcvt.wu.d dyn frm=0 -> NV
	ENTRY(287, 0, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 245: fcvt.wu.d dyn frm=1 -> NX
	ENTRY(287, 1, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 246: fcvt.wu.d dyn frm=2 -> NV
	ENTRY(287, 2, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 247: fcvt.wu.d dyn frm=3 -> NX
	ENTRY(287, 3, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 248: fcvt.wu.d dyn frm=4 -> NV
	ENTRY(287, 4, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 249: fcvt.l.d rne frm=3 -> NX
	ENTRY(288, 3, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 250: fcvt.l.d rtz frm=0 -> NX
	ENTRY(289, 0, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 251: fcvt.l.d rdn frm=4 -> NX
	ENTRY(290, 4, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 252: fcvt.l.d rup frm=1 -> NX
	ENTRY(291, 1, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 253: fcvt.l.d rmm frm=2 -> NX
	ENTRY(292, 2, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 254: fcvt.l.d dyn frm=0 -> NX
	ENTRY(293, 0, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 255: fcvt.l.d dyn frm=1 -> NX
	ENTRY(293, 1, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 257: fcvt.l.d dyn frm=2 -> NX
	ENTRY(293, 2, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 258: fcvt.l.d dyn frm=3 -> NX
	ENTRY(293, 3, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 259: fcvt.l.d dyn frm=4 -> NX
	ENTRY(293, 4, 0xbfefffffffffffff, 0, 0, 0xffffffffffffffff, 1)
	# 260: fcvt.lu.d rne frm=1 -> NV
	ENTRY(294, 1, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 261: fcvt.lu.d rtz frm=4 -> NX
	ENTRY(295, 4, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 262: fcvt.lu.d rdn frm=0 -> NV
	ENTRY(296, 0, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 263: fcvt.lu.d rup frm=4 -> NX
	ENTRY(297, 4, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 264: fcvt.lu.d rmm frm=1 -> NV
	ENTRY(298, 1, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 265: fcvt.lu.d dyn frm=0 -> NV
	ENTRY(299, 0, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 266: fcvt.lu.d dyn frm=1 -> NX
	ENTRY(299, 1, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 267: fcvt.lu.d dyn frm=2 -> NV
	ENTRY(299, 2, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 268: fcvt.lu.d dyn frm=3 -> NX
	ENTRY(299, 3, 0xbfefffffffffffff, 0, 0, 0, 1)
	# 269: fcvt.lu.d dyn frm=4 -> NV
	ENTRY(299, 4, 0xbfefffffffffffff, 0, 0, 0, 16)
	# 270: fcvt.w.d rne frm=4 -> -
	ENTRY(276, 4, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 271: fcvt.w.d rtz frm=0 -> -
	ENTRY(277, 0, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 272: fcvt.w.d rdn frm=0 -> -
	ENTRY(278, 0, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 273: fcvt.w.d rup frm=0 -> -
	ENTRY(279, 0, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 274: fcvt.w.d rmm frm=1 -> -
	ENTRY(280, 1, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 275: fcvt.w.d dyn frm=0 -> -
	ENTRY(281, 0, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 276: fcvt.w.d dyn frm=1 -> -
	ENTRY(281, 1, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 277: fcvt.w.d dyn frm=2 -> -
	ENTRY(281, 2, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 278: fcvt.w.d dyn frm=3 -> -
	ENTRY(281, 3, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 279: fcvt.w.d dyn frm=4 -> -
	ENTRY(281, 4, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 280: fcvt.wu.d rne frm=1 -> NV
	ENTRY(282, 1, 0xbff0000000000000, 0, 0, 0, 16)
	# 281: fcvt.wu.d rtz frm=3 -> NV
	ENTRY(283, 3, 0xbff0000000000000, 0, 0, 0, 16)
	# 282: fcvt.wu.d rdn frm=0 -> NV
	ENTRY(284, 0, 0xbff0000000000000, 0, 0, 0, 16)
	# 283: fcvt.wu.d rup frm=4 -> NV
	ENTRY(285, 4, 0xbff0000000000000, 0, 0, 0, 16)
	# 284: fcvt.wu.d rmm frm=1 -> NV
	ENTRY(286, 1, 0xbff0000000000000, 0, 0, 0, 16)
	# 285: fcvt.wu.d dyn frm=0 -> NV
	ENTRY(287, 0, 0xbff0000000000000, 0, 0, 0, 16)
	# 286: fcvt.wu.d dyn frm=1 -> NV
	ENTRY(287, 1, 0xbff0000000000000, 0, 0, 0, 16)
	# 287: fcvt.wu.d dyn frm=2 -> NV
	ENTRY(287, 2, 0xbff0000000000000, 0, 0, 0, 16)
	# 288: fcvt.wu.d dyn frm=3 -> NV
	ENTRY(287, 3, 0xbff0000000000000, 0, 0, 0, 16)
	# 289: fcvt.wu.d dyn frm=4 -> NV
	ENTRY(287, 4, 0xbff0000000000000, 0, 0, 0, 16)
	# 290: fcvt.l.d rne frm=3 -> -
	ENTRY(288, 3, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 291: fcvt.l.d rtz frm=3 -> -
	ENTRY(289, 3, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 292: fcvt.l.d rdn frm=1 -> -
	ENTRY(290, 1, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 293: fcvt.l.d rup frm=2 -> -
	ENTRY(291, 2, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 294: fcvt.l.d rmm frm=3 -> -
	ENTRY(292, 3, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 295: fcvt.l.d dyn frm=0 -> -
	ENTRY(293, 0, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 296: fcvt.l.d dyn frm=1 -> -
	ENTRY(293, 1, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 297: fcvt.l.d dyn frm=2 -> -
	ENTRY(293, 2, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 298: fcvt.l.d dyn frm=3 -> -
	ENTRY(293, 3, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 299: fcvt.l.d dyn frm=4 -> -
	ENTRY(293, 4, 0xbff0000000000000, 0, 0, 0xffffffffffffffff, 0)
	# 300: fcvt.lu.d rne frm=3 -> NV
	ENTRY(294, 3, 0xbff0000000000000, 0, 0, 0, 16)
	# 301: fcvt.lu.d rtz frm=4 -> NV
	ENTRY(295, 4, 0xbff0000000000000, 0, 0, 0, 16)
	# 302: fcvt.lu.d rdn frm=3 -> NV
	ENTRY(296, 3, 0xbff0000000000000, 0, 0, 0, 16)
	# 303: fcvt.lu.d rup frm=4 -> NV
	ENTRY(297, 4, 0xbff0000000000000, 0, 0, 0, 16)
	# 304: fcvt.lu.d rmm frm=2 -> NV
	ENTRY(298, 2, 0xbff0000000000000, 0, 0, 0, 16)
	# 305: fcvt.lu.d dyn frm=0 -> NV
	ENTRY(299, 0, 0xbff0000000000000, 0, 0, 0, 16)
	# 306: fcvt.lu.d dyn frm=1 -> NV
	ENTRY(299, 1, 0xbff0000000000000, 0, 0, 0, 16)
	# 307: fcvt.lu.d dyn frm=2 -> NV
	ENTRY(299, 2, 0xbff0000000000000, 0, 0, 0, 16)
	# 308: fcvt.lu.d dyn frm=3 -> NV
	ENTRY(299, 3, 0xbff0000000000000, 0, 0, 0, 16)
	# 309: fcvt.lu.d dyn frm=4 -> NV
	ENTRY(299, 4, 0xbff0000000000000, 0, 0, 0, 16)
	# 310: fcvt.w.d rne frm=4 -> NX
	ENTRY(276, 4, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 311: fcvt.w.d rtz frm=4 -> NX
	ENTRY(277, 4, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 312: fcvt.w.d rdn frm=0 -> NX
	ENTRY(278, 0, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 313: fcvt.w.d rup frm=2 -> NX
	ENTRY(279, 2, 0x3ff4000000000000, 0, 0, 0x2, 1)
	# 314: fcvt.w.d rmm frm=2 -> NX
	ENTRY(280, 2, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 315: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 316: fcvt.w.d dyn frm=1 -> NX
	ENTRY(281, 1, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 317: fcvt.w.d dyn frm=2 -> NX
	ENTRY(281, 2, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 318: fcvt.w.d dyn frm=3 -> NX
	ENTRY(281, 3, 0x3ff4000000000000, 0, 0, 0x2, 1)
	# 319: fcvt.w.d dyn frm=4 -> NX
	ENTRY(281, 4, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 320: fcvt.wu.d rne frm=2 -> NX
	ENTRY(282, 2, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 321: fcvt.wu.d rtz frm=4 -> NX
	ENTRY(283, 4, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 322: fcvt.wu.d rdn frm=3 -> NX
	ENTRY(284, 3, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 323: fcvt.wu.d rup frm=4 -> NX
	ENTRY(285, 4, 0x3ff4000000000000, 0, 0, 0x2, 1)
	# 324: fcvt.wu.d rmm frm=3 -> NX
	ENTRY(286, 3, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 325: fcvt.wu.d dyn frm=0 -> NX
	ENTRY(287, 0, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 326: fcvt.wu.d dyn frm=1 -> NX
	ENTRY(287, 1, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 327: fcvt.wu.d dyn frm=2 -> NX
	ENTRY(287, 2, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 328: fcvt.wu.d dyn frm=3 -> NX
	ENTRY(287, 3, 0x3ff4000000000000, 0, 0, 0x2, 1)
	# 329: fcvt.wu.d dyn frm=4 -> NX
	ENTRY(287, 4, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 330: fcvt.l.d rne frm=1 -> NX
	ENTRY(288, 1, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 331: fcvt.l.d rtz frm=3 -> NX
	ENTRY(289, 3, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 332: fcvt.l.d rdn frm=1 -> NX
	ENTRY(290, 1, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 333: fcvt.l.d rup frm=4 -> NX
	ENTRY(291, 4, 0x3ff4000000000000, 0, 0, 0x2, 1)
	# 334: fcvt.l.d rmm frm=3 -> NX
	ENTRY(292, 3, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 335: fcvt.l.d dyn frm=0 -> NX
	ENTRY(293, 0, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 336: fcvt.l.d dyn frm=1 -> NX
	ENTRY(293, 1, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 337: fcvt.l.d dyn frm=2 -> NX
	ENTRY(293, 2, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 338: fcvt.l.d dyn frm=3 -> NX
	ENTRY(293, 3, 0x3ff4000000000000, 0, 0, 0x2, 1)
	# 339: fcvt.l.d dyn frm=4 -> NX
	ENTRY(293, 4, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 340: fcvt.lu.d rne frm=1 -> NX
	ENTRY(294, 1, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 341: fcvt.lu.d rtz frm=0 -> NX
	ENTRY(295, 0, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 342: fcvt.lu.d rdn frm=3 -> NX
	ENTRY(296, 3, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 343: fcvt.lu.d rup frm=1 -> NX
	ENTRY(297, 1, 0x3ff4000000000000, 0, 0, 0x2, 1)
	# 344: fcvt.lu.d rmm frm=0 -> NX
	ENTRY(298, 0, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 345: fcvt.lu.d dyn frm=0 -> NX
	ENTRY(299, 0, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 346: fcvt.lu.d dyn frm=1 -> NX
	ENTRY(299, 1, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 347: fcvt.lu.d dyn frm=2 -> NX
	ENTRY(299, 2, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 348: fcvt.lu.d dyn frm=3 -> NX
	ENTRY(299, 3, 0x3ff4000000000000, 0, 0, 0x2, 1)
	# 349: fcvt.lu.d dyn frm=4 -> NX
	ENTRY(299, 4, 0x3ff4000000000000, 0, 0, 0x1, 1)
	# 350: fcvt.w.d rne frm=4 -> NX
	ENTRY(276, 4, 0x1, 0, 0, 0, 1)
	# 351: fcvt.w.d rtz frm=4 -> NX
	ENTRY(277, 4, 0x1, 0, 0, 0, 1)
	# 352: fcvt.w.d rdn frm=3 -> NX
	ENTRY(278, 3, 0x1, 0, 0, 0, 1)
	# 353: fcvt.w.d rup frm=2 -> NX
	ENTRY(279, 2, 0x1, 0, 0, 0x1, 1)
	# 354: fcvt.w.d rmm frm=2 -> NX
	ENTRY(280, 2, 0x1, 0, 0, 0, 1)
	# 355: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0x1, 0, 0, 0, 1)
	# 356: fcvt.w.d dyn frm=1 -> NX
	ENTRY(281, 1, 0x1, 0, 0, 0, 1)
	# 357: fcvt.w.d dyn frm=2 -> NX
	ENTRY(281, 2, 0x1, 0, 0, 0, 1)
	# 358: fcvt.w.d dyn frm=3 -> NX
	ENTRY(281, 3, 0x1, 0, 0, 0x1, 1)
	# 359: fcvt.w.d dyn frm=4 -> NX
	ENTRY(281, 4, 0x1, 0, 0, 0, 1)
	# 360: fcvt.wu.d rne frm=3 -> NX
	ENTRY(282, 3, 0x1, 0, 0, 0, 1)
	# 361: fcvt.wu.d rtz frm=2 -> NX
	ENTRY(283, 2, 0x1, 0, 0, 0, 1)
	# 362: fcvt.wu.d rdn frm=4 -> NX
	ENTRY(284, 4, 0x1, 0, 0, 0, 1)
	# 363: fcvt.wu.d rup frm=4 -> NX
	ENTRY(285, 4, 0x1, 0, 0, 0x1, 1)
	# 364: fcvt.wu.d rmm frm=0 -> NX
	ENTRY(286, 0, 0x1, 0, 0, 0, 1)
	# 365: fcvt.wu.d dyn frm=0 -> NX
	ENTRY(287, 0, 0x1, 0, 0, 0, 1)
	# 366: fcvt.wu.d dyn frm=1 -> NX
	ENTRY(287, 1, 0x1, 0, 0, 0, 1)
	# 367: fcvt.wu.d dyn frm=2 -> NX
	ENTRY(287, 2, 0x1, 0, 0, 0, 1)
	# 368: fcvt.wu.d dyn frm=3 -> NX
	ENTRY(287, 3, 0x1, 0, 0, 0x1, 1)
	# 369: fcvt.wu.d dyn frm=4 -> NX
	ENTRY(287, 4, 0x1, 0, 0, 0, 1)
	# 370: fcvt.l.d rne frm=4 -> NX
	ENTRY(288, 4, 0x1, 0, 0, 0, 1)
	# 371: fcvt.l.d rtz frm=4 -> NX
	ENTRY(289, 4, 0x1, 0, 0, 0, 1)
	# 372: fcvt.l.d rdn frm=4 -> NX
	ENTRY(290, 4, 0x1, 0, 0, 0, 1)
	# 373: fcvt.l.d rup frm=0 -> NX
	ENTRY(291, 0, 0x1, 0, 0, 0x1, 1)
	# 374: fcvt.l.d rmm frm=3 -> NX
	ENTRY(292, 3, 0x1, 0, 0, 0, 1)
	# 375: fcvt.l.d dyn frm=0 -> NX
	ENTRY(293, 0, 0x1, 0, 0, 0, 1)
	# 376: fcvt.l.d dyn frm=1 -> NX
	ENTRY(293, 1, 0x1, 0, 0, 0, 1)
	# 377: fcvt.l.d dyn frm=2 -> NX
	ENTRY(293, 2, 0x1, 0, 0, 0, 1)
	# 378: fcvt.l.d dyn frm=3 -> NX
	ENTRY(293, 3, 0x1, 0, 0, 0x1, 1)
	# 379: fcvt.l.d dyn frm=4 -> NX
	ENTRY(293, 4, 0x1, 0, 0, 0, 1)
	# 380: fcvt.lu.d rne frm=2 -> NX
	ENTRY(294, 2, 0x1, 0, 0, 0, 1)
	# 381: fcvt.lu.d rtz frm=4 -> NX
	ENTRY(295, 4, 0x1, 0, 0, 0, 1)
	# 382: fcvt.lu.d rdn frm=0 -> NX
	ENTRY(296, 0, 0x1, 0, 0, 0, 1)
	# 383: fcvt.lu.d rup frm=1 -> NX
	ENTRY(297, 1, 0x1, 0, 0, 0x1, 1)
	# 384: fcvt.lu.d rmm frm=0 -> NX
	ENTRY(298, 0, 0x1, 0, 0, 0, 1)
	# 385: fcvt.lu.d dyn frm=0 -> NX
	ENTRY(299, 0, 0x1, 0, 0, 0, 1)
	# 386: fcvt.lu.d dyn frm=1 -> NX
	ENTRY(299, 1, 0x1, 0, 0, 0, 1)
	# 387: fcvt.lu.d dyn frm=2 -> NX
	ENTRY(299, 2, 0x1, 0, 0, 0, 1)
	# 388: fcvt.lu.d dyn frm=3 -> NX
	ENTRY(299, 3, 0x1, 0, 0, 0x1, 1)
	# 389: fcvt.lu.d dyn frm=4 -> NX
	ENTRY(299, 4, 0x1, 0, 0, 0, 1)
	# 390: fcvt.w.d rne frm=1 -> -
	ENTRY(276, 1, 0x41dfffffffc00000, 0, 0, 0x7fffffff, 0)
	# 391: fcvt.wu.d rtz frm=3 -> -
	ENTRY(283, 3, 0x41dfffffffc00000, 0, 0, 0x7fffffff, 0)
	# 392: fcvt.l.d rdn frm=3 -> -
	ENTRY(290, 3, 0x41dfffffffc00000, 0, 0, 0x7fffffff, 0)
	# 393: fcvt.lu.d dyn frm=2 -> -
	ENTRY(299, 2, 0x41dfffffffc00000, 0, 0, 0x7fffffff, 0)
	# 394: fcvt.w.d rdn frm=1 -> NX
	ENTRY(278, 1, 0x41dfffffffe00000, 0, 0, 0x7fffffff, 1)
	# 395: fcvt.wu.d rdn frm=0 -> NX
	ENTRY(284, 0, 0x41dfffffffe00000, 0, 0, 0x7fffffff, 1)
	# 396: fcvt.l.d rup frm=0 -> NX
	ENTRY(291, 0, 0x41dfffffffe00000, 0, 0, 0x80000000, 1)
	# 397: fcvt.lu.d rdn frm=0 -> NX
	ENTRY(296, 0, 0x41dfffffffe00000, 0, 0, 0x7fffffff, 1)
	# 398: fcvt.w.d rne frm=0 -> NV
	ENTRY(276, 0, 0x41e0000000000000, 0, 0, 0x7fffffff, 16)
	# 399: fcvt.wu.d dyn frm=3 -> -
	ENTRY(287, 3, 0x41e0000000000000, 0, 0, 0xffffffff80000000, 0)
	# 400: fcvt.l.d rdn frm=2 -> -
	ENTRY(290, 2, 0x41e0000000000000, 0, 0, 0x80000000, 0)
	# 401: fcvt.lu.d rtz frm=1 -> -
	ENTRY(295, 1, 0x41e0000000000000, 0, 0, 0x80000000, 0)
	# 402: fcvt.w.d rdn frm=0 -> -
	ENTRY(278, 0, 0xc1e0000000000000, 0, 0, 0xffffffff80000000, 0)
	# 403: fcvt.wu.d rtz frm=1 -> NV
	ENTRY(283, 1, 0xc1e0000000000000, 0, 0, 0, 16)
	# 404: fcvt.l.d rne frm=3 -> -
	ENTRY(288, 3, 0xc1e0000000000000, 0, 0, 0xffffffff80000000, 0)
	# 405: fcvt.lu.d rtz frm=2 -> NV
	ENTRY(295, 2, 0xc1e0000000000000, 0, 0, 0, 16)
	# 406: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0xc1e0000000100000, 0, 0, 0xffffffff80000000, 1)
	# 407: fcvt.wu.d rtz frm=3 -> NV
	ENTRY(283, 3, 0xc1e0000000100000, 0, 0, 0, 16)
	# 408: fcvt.l.d rdn frm=1 -> NX
	ENTRY(290, 1, 0xc1e0000000100000, 0, 0, 0xffffffff7fffffff, 1)
	# 409: fcvt.lu.d rtz frm=3 -> NV
	ENTRY(295, 3, 0xc1e0000000100000, 0, 0, 0, 16)
	# 410: fcvt.w.d rtz frm=3 -> NV
	ENTRY(277, 3, 0xc1e0000000200000, 0, 0, 0xffffffff80000000, 16)
	# 411: fcvt.wu.d rdn frm=3 -> NV
	ENTRY(284, 3, 0xc1e0000000200000, 0, 0, 0, 16)
	# 412: fcvt.l.d dyn frm=3 -> -
	ENTRY(293, 3, 0xc1e0000000200000, 0, 0, 0xffffffff7fffffff, 0)
	# 413: fcvt.lu.d rne frm=1 -> NV
	ENTRY(294, 1, 0xc1e0000000200000, 0, 0, 0, 16)
	# 414: fcvt.w.d rne frm=2 -> NV
	ENTRY(276, 2, 0x41efffffffe00000, 0, 0, 0x7fffffff, 16)
	# 415: fcvt.wu.d rmm frm=0 -> -
	ENTRY(286, 0, 0x41efffffffe00000, 0, 0, 0xffffffffffffffff, 0)
	# 416: fcvt.l.d rtz frm=2 -> -
	ENTRY(289, 2, 0x41efffffffe00000, 0, 0, 0xffffffff, 0)
	# 417: fcvt.lu.d rup frm=1 -> -
	ENTRY(297, 1, 0x41efffffffe00000, 0, 0, 0xffffffff, 0)
	# 418: fcvt.w.d rup frm=3 -> NV
	ENTRY(279, 3, 0x41effffffff00000, 0, 0, 0x7fffffff, 16)
	# 419: fcvt.wu.d rdn frm=2 -> NX
	ENTRY(284, 2, 0x41effffffff00000, 0, 0, 0xffffffffffffffff, 1)
	# 420: fcvt.l.d rne frm=2 -> NX
	ENTRY(288, 2, 0x41effffffff00000, 0, 0, 0x100000000, 1)
	# 421: fcvt.lu.d rmm frm=2 -> NX
	ENTRY(298, 2, 0x41effffffff00000, 0, 0, 0x100000000, 1)
	# 422: fcvt.w.d rdn frm=2 -> NV
	ENTRY(278, 2, 0x41f0000000000000, 0, 0, 0x7fffffff, 16)
	# 423: fcvt.wu.d rdn frm=1 -> NV
	ENTRY(284, 1, 0x41f0000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 424: fcvt.l.d rmm frm=2 -> -
	ENTRY(292, 2, 0x41f0000000000000, 0, 0, 0x100000000, 0)
	# 425: fcvt.lu.d rne frm=0 -> -
	ENTRY(294, 0, 0x41f0000000000000, 0, 0, 0x100000000, 0)
	# 426: fcvt.w.d rmm frm=4 -> NV
	ENTRY(280, 4, 0x43dfffffffffffff, 0, 0, 0x7fffffff, 16)
	# 427: fcvt.wu.d rdn frm=3 -> NV
	ENTRY(284, 3, 0x43dfffffffffffff, 0, 0, 0xffffffffffffffff, 16)
	# 428: fcvt.l.d dyn frm=0 -> -
	ENTRY(293, 0, 0x43dfffffffffffff, 0, 0, 0x7ffffffffffffc00, 0)
	# 429: fcvt.lu.d rdn frm=4 -> -
	ENTRY(296, 4, 0x43dfffffffffffff, 0, 0, 0x7ffffffffffffc00, 0)
	# 430: fcvt.w.d rne frm=1 -> NV
	ENTRY(276, 1, 0x43e0000000000000, 0, 0, 0x7fffffff, 16)
	# 431: fcvt.wu.d rtz frm=1 -> NV
	ENTRY(283, 1, 0x43e0000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 432: fcvt.l.d rdn frm=2 -> NV
	ENTRY(290, 2, 0x43e0000000000000, 0, 0, 0x7fffffffffffffff, 16)
	# 433: fcvt.lu.d rtz frm=4 -> -
	ENTRY(295, 4, 0x43e0000000000000, 0, 0, 0x8000000000000000, 0)
	# 434: fcvt.w.d dyn frm=4 -> NV
	ENTRY(281, 4, 0xc3e0000000000000, 0, 0, 0xffffffff80000000, 16)
	# 435: fcvt.wu.d dyn frm=0 -> NV
	ENTRY(287, 0, 0xc3e0000000000000, 0, 0, 0, 16)
	# 436: fcvt.l.d rtz frm=1 -> -
	ENTRY(289, 1, 0xc3e0000000000000, 0, 0, 0x8000000000000000, 0)
	# 437: fcvt.lu.d dyn frm=1 -> NV
	ENTRY(299, 1, 0xc3e0000000000000, 0, 0, 0, 16)
	# 438: fcvt.w.d rmm frm=0 -> NV
	ENTRY(280, 0, 0xc3e0000000000001, 0, 0, 0xffffffff80000000, 16)
	# 439: fcvt.wu.d rtz frm=4 -> NV
	ENTRY(283, 4, 0xc3e0000000000001, 0, 0, 0, 16)
	# 440: fcvt.l.d rup frm=1 -> NV
	ENTRY(291, 1, 0xc3e0000000000001, 0, 0, 0x8000000000000000, 16)
	# 441: fcvt.lu.d rup frm=2 -> NV
	ENTRY(297, 2, 0xc3e0000000000001, 0, 0, 0, 16)
	# 442: fcvt.w.d rmm frm=3 -> NV
	ENTRY(280, 3, 0x43efffffffffffff, 0, 0, 0x7fffffff, 16)
	# 443: fcvt.wu.d rdn frm=0 -> NV
	ENTRY(284, 0, 0x43efffffffffffff, 0, 0, 0xffffffffffffffff, 16)
	# 444: fcvt.l.d rmm frm=0 -> NV
	ENTRY(292, 0, 0x43efffffffffffff, 0, 0, 0x7fffffffffffffff, 16)
	# 445: fcvt.lu.d rtz frm=3 -> -
	ENTRY(295, 3, 0x43efffffffffffff, 0, 0, 0xfffffffffffff800, 0)
	# 446: fcvt.w.d rne frm=3 -> NV
	ENTRY(276, 3, 0x43f0000000000000, 0, 0, 0x7fffffff, 16)
	# 447: fcvt.wu.d rtz frm=4 -> NV
	ENTRY(283, 4, 0x43f0000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 448: fcvt.l.d rup frm=1 -> NV
	ENTRY(291, 1, 0x43f0000000000000, 0, 0, 0x7fffffffffffffff, 16)
	# 449: fcvt.lu.d rmm frm=0 -> NV
	ENTRY(298, 0, 0x43f0000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 450: fcvt.w.d rmm frm=1 -> NV
	ENTRY(280, 1, 0x7fefffffffffffff, 0, 0, 0x7fffffff, 16)
	# 451: fcvt.wu.d rmm frm=3 -> NV
	ENTRY(286, 3, 0x7fefffffffffffff, 0, 0, 0xffffffffffffffff, 16)
	# 452: fcvt.l.d rmm frm=4 -> NV
	ENTRY(292, 4, 0x7fefffffffffffff, 0, 0, 0x7fffffffffffffff, 16)
	# 453: fcvt.lu.d dyn frm=3 -> NV
	ENTRY(299, 3, 0x7fefffffffffffff, 0, 0, 0xffffffffffffffff, 16)
	# 454: fcvt.w.d rmm frm=0 -> NV
	ENTRY(280, 0, 0xffefffffffffffff, 0, 0, 0xffffffff80000000, 16)
	# 455: fcvt.wu.d rmm frm=0 -> NV
	ENTRY(286, 0, 0xffefffffffffffff, 0, 0, 0, 16)
	# 456: fcvt.l.d rdn frm=3 -> NV
	ENTRY(290, 3, 0xffefffffffffffff, 0, 0, 0x8000000000000000, 16)
	# 457: fcvt.lu.d rtz frm=0 -> NV
	ENTRY(295, 0, 0xffefffffffffffff, 0, 0, 0, 16)
	# 458: fcvt.w.s rne frm=1 -> NV
	ENTRY(252, 1, 0xffffffff7fc00000, 0, 0, 0x7fffffff, 16)
	# 459: fcvt.wu.s rne frm=2 -> NV
	ENTRY(258, 2, 0xffffffff7fc00000, 0, 0, 0xffffffffffffffff, 16)
	# 460: fcvt.l.s dyn frm=0 -> NV
	ENTRY(269, 0, 0xffffffff7fc00000, 0, 0, 0x7fffffffffffffff, 16)
	# 461: fcvt.lu.s rne frm=3 -> NV
	ENTRY(270, 3, 0xffffffff7fc00000, 0, 0, 0xffffffffffffffff, 16)
	# 462: fcvt.w.s rmm frm=2 -> NV
	ENTRY(256, 2, 0xffffffffffc00000, 0, 0, 0x7fffffff, 16)
	# 463: fcvt.wu.s rmm frm=1 -> NV
	ENTRY(262, 1, 0xffffffffffc00000, 0, 0, 0xffffffffffffffff, 16)
	# 464: fcvt.l.s rmm frm=4 -> NV
	ENTRY(268, 4, 0xffffffffffc00000, 0, 0, 0x7fffffffffffffff, 16)
	# 465: fcvt.lu.s dyn frm=3 -> NV
	ENTRY(275, 3, 0xffffffffffc00000, 0, 0, 0xffffffffffffffff, 16)
	# 466: fcvt.w.s rdn frm=1 -> NV
	ENTRY(254, 1, 0xffffffff7f800001, 0, 0, 0x7fffffff, 16)
	# 467: fcvt.wu.s dyn frm=4 -> NV
	ENTRY(263, 4, 0xffffffff7f800001, 0, 0, 0xffffffffffffffff, 16)
	# 468: fcvt.l.s rtz frm=1 -> NV
	ENTRY(265, 1, 0xffffffff7f800001, 0, 0, 0x7fffffffffffffff, 16)
	# 469: fcvt.lu.s rdn frm=0 -> NV
	ENTRY(272, 0, 0xffffffff7f800001, 0, 0, 0xffffffffffffffff, 16)
	# 470: fcvt.w.s rup frm=0 -> NV
	ENTRY(255, 0, 0xffffffff7f800000, 0, 0, 0x7fffffff, 16)
	# 471: fcvt.wu.s rne frm=3 -> NV
	ENTRY(258, 3, 0xffffffff7f800000, 0, 0, 0xffffffffffffffff, 16)
	# 472: fcvt.l.s rtz frm=3 -> NV
	ENTRY(265, 3, 0xffffffff7f800000, 0, 0, 0x7fffffffffffffff, 16)
	# 473: fcvt.lu.s rmm frm=1 -> NV
	ENTRY(274, 1, 0xffffffff7f800000, 0, 0, 0xffffffffffffffff, 16)
	# 474: fcvt.w.s rup frm=1 -> NV
	ENTRY(255, 1, 0xffffffffff800000, 0, 0, 0xffffffff80000000, 16)
	# 475: fcvt.wu.s rtz frm=1 -> NV
	ENTRY(259, 1, 0xffffffffff800000, 0, 0, 0, 16)
	# 476: fcvt.l.s rup frm=2 -> NV
	ENTRY(267, 2, 0xffffffffff800000, 0, 0, 0x8000000000000000, 16)
	# 477: fcvt.lu.s rup frm=3 -> NV
	ENTRY(273, 3, 0xffffffffff800000, 0, 0, 0, 16)
	# 478: fcvt.w.s dyn frm=0 -> -
	ENTRY(257, 0, 0xffffffff00000000, 0, 0, 0, 0)
	# 479: fcvt.wu.s rdn frm=1 -> -
	ENTRY(260, 1, 0xffffffff00000000, 0, 0, 0, 0)
	# 480: fcvt.l.s rtz frm=2 -> -
	ENTRY(265, 2, 0xffffffff00000000, 0, 0, 0, 0)
	# 481: fcvt.lu.s rtz frm=0 -> -
	ENTRY(271, 0, 0xffffffff00000000, 0, 0, 0, 0)
	# 482: fcvt.w.s rtz frm=2 -> -
	ENTRY(253, 2, 0xffffffff80000000, 0, 0, 0, 0)
	# 483: fcvt.wu.s rup frm=0 -> -
	ENTRY(261, 0, 0xffffffff80000000, 0, 0, 0, 0)
	# 484: fcvt.l.s rtz frm=0 -> -
	ENTRY(265, 0, 0xffffffff80000000, 0, 0, 0, 0)
	# 485: fcvt.lu.s rmm frm=1 -> -
	ENTRY(274, 1, 0xffffffff80000000, 0, 0, 0, 0)
	# 486: fcvt.w.s rne frm=3 -> NX
	ENTRY(252, 3, 0xffffffffbf000000, 0, 0, 0, 1)
	# 487: fcvt.w.s rtz frm=4 -> NX
	ENTRY(253, 4, 0xffffffffbf000000, 0, 0, 0, 1)
	# 488: fcvt.w.s rdn frm=1 -> NX
	ENTRY(254, 1, 0xffffffffbf000000, 0, 0, 0xffffffffffffffff, 1)
	# 489: fcvt.w.s rup frm=0 -> NX
	ENTRY(255, 0, 0xffffffffbf000000, 0, 0, 0, 1)
	# 490: fcvt.w.s rmm frm=0 -> NX
	ENTRY(256, 0, 0xffffffffbf000000, 0, 0, 0xffffffffffffffff, 1)
	# 491: fcvt.w.s dyn frm=0 -> NX
	ENTRY(257, 0, 0xffffffffbf000000, 0, 0, 0, 1)
	# 492: fcvt.w.s dyn frm=1 -> NX
	ENTRY(257, 1, 0xffffffffbf000000, 0, 0, 0, 1)
	# 493: fcvt.w.s dyn frm=2 -> NX
	ENTRY(257, 2, 0xffffffffbf000000, 0, 0, 0xffffffffffffffff, 1)
	# 494: fcvt.w.s dyn frm=3 -> NX
	ENTRY(257, 3, 0xffffffffbf000000, 0, 0, 0, 1)
	# 495: fcvt.w.s dyn frm=4 -> NX
	ENTRY(257, 4, 0xffffffffbf000000, 0, 0, 0xffffffffffffffff, 1)
	# 496: fcvt.wu.s rne frm=4 -> NX
	ENTRY(258, 4, 0xffffffffbf000000, 0, 0, 0, 1)
	# 497: fcvt.wu.s rtz frm=0 -> NX
	ENTRY(259, 0, 0xffffffffbf000000, 0, 0, 0, 1)
	# 498: fcvt.wu.s rdn frm=1 -> NV
	ENTRY(260, 1, 0xffffffffbf000000, 0, 0, 0, 16)
	# 499: fcvt.wu.s rup frm=2 -> NX
	ENTRY(261, 2, 0xffffffffbf000000, 0, 0, 0, 1)
	# 500: fcvt.wu.s rmm frm=2 -> NV
	ENTRY(262, 2, 0xffffffffbf000000, 0, 0, 0, 16)
	# 501: fcvt.wu.s dyn frm=0 -> NX
	ENTRY(263, 0, 0xffffffffbf000000, 0, 0, 0, 1)
	# 502: fcvt.wu.s dyn frm=1 -> NX
	ENTRY(263, 1, 0xffffffffbf000000, 0, 0, 0, 1)
	# 503: fcvt.wu.s dyn frm=2 -> NV
	ENTRY(263, 2, 0xffffffffbf000000, 0, 0, 0, 16)
	# 504: fcvt.wu.s dyn frm=3 -> NX
	ENTRY(263, 3, 0xffffffffbf000000, 0, 0, 0, 1)
	# 505: fcvt.wu.s dyn frm=4 -> NV
	ENTRY(263, 4, 0xffffffffbf000000, 0, 0, 0, 16)
	# 506: fcvt.l.s rne frm=2 -> NX
	ENTRY(264, 2, 0xffffffffbf000000, 0, 0, 0, 1)
	# 507: fcvt.l.s rtz frm=0 -> NX
	ENTRY(265, 0, 0xffffffffbf000000, 0, 0, 0, 1)
	# 508: fcvt.l.s rdn frm=3 -> NX
	ENTRY(266, 3, 0xffffffffbf000000, 0, 0, 0xffffffffffffffff, 1)
	# 509: fcvt.l.s rup frm=4 -> NX
	ENTRY(267, 4, 0xffffffffbf000000, 0, 0, 0, 1)
	# 510: fcvt.l.s rmm frm=0 -> NX
	ENTRY(268, 0, 0xffffffffbf000000, 0, 0, 0xffffffffffffffff, 1)
	# 511: fcvt.l.s dyn frm=0 -> NX
	ENTRY(269, 0, 0xffffffffbf000000, 0, 0, 0, 1)
	# 513: fcvt.l.s dyn frm=1 -> NX
	ENTRY(269, 1, 0xffffffffbf000000, 0, 0, 0, 1)
	# 514: fcvt.l.s dyn frm=2 -> NX
	ENTRY(269, 2, 0xffffffffbf000000, 0, 0, 0xffffffffffffffff, 1)
	# 515: fcvt.l.s dyn frm=3 -> NX
	ENTRY(269, 3, 0xffffffffbf000000, 0, 0, 0, 1)
	# 516: fcvt.l.s dyn frm=4 -> NX
	ENTRY(269, 4, 0xffffffffbf000000, 0, 0, 0xffffffffffffffff, 1)
	# 517: fcvt.lu.s rne frm=1 -> NX
	ENTRY(270, 1, 0xffffffffbf000000, 0, 0, 0, 1)
	# 518: fcvt.lu.s rtz frm=0 -> NX
	ENTRY(271, 0, 0xffffffffbf000000, 0, 0, 0, 1)
	# 519: fcvt.lu.s rdn frm=3 -> NV
	ENTRY(272, 3, 0xffffffffbf000000, 0, 0, 0, 16)
	# 520: fcvt.lu.s rup frm=0 -> NX
	ENTRY(273, 0, 0xffffffffbf000000, 0, 0, 0, 1)
	# 521: fcvt.lu.s rmm frm=1 -> NV
	ENTRY(274, 1, 0xffffffffbf000000, 0, 0, 0, 16)
	# 522: fcvt.lu.s dyn frm=0 -> NX
	ENTRY(275, 0, 0xffffffffbf000000, 0, 0, 0, 1)
	# 523: fcvt.lu.s dyn frm=1 -> NX
	ENTRY(275, 1, 0xffffffffbf000000, 0, 0, 0, 1)
	# 524: fcvt.lu.s dyn frm=2 -> NV
	ENTRY(275, 2, 0xffffffffbf000000, 0, 0, 0, 16)
	# 525: fcvt.lu.s dyn frm=3 -> NX
	ENTRY(275, 3, 0xffffffffbf000000, 0, 0, 0, 1)
	# 526: fcvt.lu.s dyn frm=4 -> NV
	ENTRY(275, 4, 0xffffffffbf000000, 0, 0, 0, 16)
	# 527: fcvt.w.s rne frm=2 -> NX
	ENTRY(252, 2, 0xffffffff3f000000, 0, 0, 0, 1)
	# 528: fcvt.w.s rtz frm=2 -> NX
	ENTRY(253, 2, 0xffffffff3f000000, 0, 0, 0, 1)
	# 529: fcvt.w.s rdn frm=4 -> NX
	ENTRY(254, 4, 0xffffffff3f000000, 0, 0, 0, 1)
	# 530: fcvt.w.s rup frm=0 -> NX
	ENTRY(255, 0, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 531: fcvt.w.s rmm frm=3 -> NX
	ENTRY(256, 3, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 532: fcvt.w.s dyn frm=0 -> NX
	ENTRY(257, 0, 0xffffffff3f000000, 0, 0, 0, 1)
	# 533: fcvt.w.s dyn frm=1 -> NX
	ENTRY(257, 1, 0xffffffff3f000000, 0, 0, 0, 1)
	# 534: fcvt.w.s dyn frm=2 -> NX
	ENTRY(257, 2, 0xffffffff3f000000, 0, 0, 0, 1)
	# 535: fcvt.w.s dyn frm=3 -> NX
	ENTRY(257, 3, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 536: fcvt.w.s dyn frm=4 -> NX
	ENTRY(257, 4, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 537: fcvt.wu.s rne frm=2 -> NX
	ENTRY(258, 2, 0xffffffff3f000000, 0, 0, 0, 1)
	# 538: fcvt.wu.s rtz frm=3 -> NX
	ENTRY(259, 3, 0xffffffff3f000000, 0, 0, 0, 1)
	# 539: fcvt.wu.s rdn frm=4 -> NX
	ENTRY(260, 4, 0xffffffff3f000000, 0, 0, 0, 1)
	# 540: fcvt.wu.s rup frm=0 -> NX
	ENTRY(261, 0, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 541: fcvt.wu.s rmm frm=0 -> NX
	ENTRY(262, 0, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 542: fcvt.wu.s dyn frm=0 -> NX
	ENTRY(263, 0, 0xffffffff3f000000, 0, 0, 0, 1)
	# 543: fcvt.wu.s dyn frm=1 -> NX
	ENTRY(263, 1, 0xffffffff3f000000, 0, 0, 0, 1)
	# 544: fcvt.wu.s dyn frm=2 -> NX
	ENTRY(263, 2, 0xffffffff3f000000, 0, 0, 0, 1)
	# 545: fcvt.wu.s dyn frm=3 -> NX
	ENTRY(263, 3, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 546: fcvt.wu.s dyn frm=4 -> NX
	ENTRY(263, 4, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 547: fcvt.l.s rne frm=2 -> NX
	ENTRY(264, 2, 0xffffffff3f000000, 0, 0, 0, 1)
	# 548: fcvt.l.s rtz frm=3 -> NX
	ENTRY(265, 3, 0xffffffff3f000000, 0, 0, 0, 1)
	# 549: fcvt.l.s rdn frm=4 -> NX
	ENTRY(266, 4, 0xffffffff3f000000, 0, 0, 0, 1)
	# 550: fcvt.l.s rup frm=2 -> NX
	ENTRY(267, 2, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 551: fcvt.l.s rmm frm=0 -> NX
	ENTRY(268, 0, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 552: fcvt.l.s dyn frm=0 -> NX
	ENTRY(269, 0, 0xffffffff3f000000, 0, 0, 0, 1)
	# 553: fcvt.l.s dyn frm=1 -> NX
	ENTRY(269, 1, 0xffffffff3f000000, 0, 0, 0, 1)
	# 554: fcvt.l.s dyn frm=2 -> NX
	ENTRY(269, 2, 0xffffffff3f000000, 0, 0, 0, 1)
	# 555: fcvt.l.s dyn frm=3 -> NX
	ENTRY(269, 3, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 556: fcvt.l.s dyn frm=4 -> NX
	ENTRY(269, 4, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 557: fcvt.lu.s rne frm=4 -> NX
	ENTRY(270, 4, 0xffffffff3f000000, 0, 0, 0, 1)
	# 558: fcvt.lu.s rtz frm=3 -> NX
	ENTRY(271, 3, 0xffffffff3f000000, 0, 0, 0, 1)
	# 559: fcvt.lu.s rdn frm=1 -> NX
	ENTRY(272, 1, 0xffffffff3f000000, 0, 0, 0, 1)
	# 560: fcvt.lu.s rup frm=1 -> NX
	ENTRY(273, 1, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 561: fcvt.lu.s rmm frm=3 -> NX
	ENTRY(274, 3, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 562: fcvt.lu.s dyn frm=0 -> NX
	ENTRY(275, 0, 0xffffffff3f000000, 0, 0, 0, 1)
	# 563: fcvt.lu.s dyn frm=1 -> NX
	ENTRY(275, 1, 0xffffffff3f000000, 0, 0, 0, 1)
	# 564: fcvt.lu.s dyn frm=2 -> NX
	ENTRY(275, 2, 0xffffffff3f000000, 0, 0, 0, 1)
	# 565: fcvt.lu.s dyn frm=3 -> NX
	ENTRY(275, 3, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 566: fcvt.lu.s dyn frm=4 -> NX
	ENTRY(275, 4, 0xffffffff3f000000, 0, 0, 0x1, 1)
	# 567: fcvt.w.s rne frm=4 -> NX
	ENTRY(252, 4, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 568: fcvt.w.s rtz frm=3 -> NX
	ENTRY(253, 3, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 569: fcvt.w.s rdn frm=0 -> NX
	ENTRY(254, 0, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 570: fcvt.w.s rup frm=1 -> NX
	ENTRY(255, 1, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 571: fcvt.w.s rmm frm=0 -> NX
	ENTRY(256, 0, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 572: fcvt.w.s dyn frm=0 -> NX
	ENTRY(257, 0, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 573: fcvt.w.s dyn frm=1 -> NX
	ENTRY(257, 1, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 574: fcvt.w.s dyn frm=2 -> NX
	ENTRY(257, 2, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 575: fcvt.w.s dyn frm=3 -> NX
	ENTRY(257, 3, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 576: fcvt.w.s dyn frm=4 -> NX
	ENTRY(257, 4, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 577: fcvt.wu.s rne frm=2 -> NX
	ENTRY(258, 2, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 578: fcvt.wu.s rtz frm=2 -> NX
	ENTRY(259, 2, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 579: fcvt.wu.s rdn frm=0 -> NX
	ENTRY(260, 0, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 580: fcvt.wu.s rup frm=0 -> NX
	ENTRY(261, 0, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 581: fcvt.wu.s rmm frm=3 -> NX
	ENTRY(262, 3, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 582: fcvt.wu.s dyn frm=0 -> NX
	ENTRY(263, 0, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 583: fcvt.wu.s dyn frm=1 -> NX
	ENTRY(263, 1, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 584: fcvt.wu.s dyn frm=2 -> NX
	ENTRY(263, 2, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 585: fcvt.wu.s dyn frm=3 -> NX
	ENTRY(263, 3, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 586: fcvt.wu.s dyn frm=4 -> NX
	ENTRY(263, 4, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 587: fcvt.l.s rne frm=4 -> NX
	ENTRY(264, 4, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 588: fcvt.l.s rtz frm=0 -> NX
	ENTRY(265, 0, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 589: fcvt.l.s rdn frm=1 -> NX
	ENTRY(266, 1, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 590: fcvt.l.s rup frm=2 -> NX
	ENTRY(267, 2, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 591: fcvt.l.s rmm frm=3 -> NX
	ENTRY(268, 3, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 592: fcvt.l.s dyn frm=0 -> NX
	ENTRY(269, 0, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 593: fcvt.l.s dyn frm=1 -> NX
	ENTRY(269, 1, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 594: fcvt.l.s dyn frm=2 -> NX
	ENTRY(269, 2, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 595: fcvt.l.s dyn frm=3 -> NX
	ENTRY(269, 3, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 596: fcvt.l.s dyn frm=4 -> NX
	ENTRY(269, 4, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 597: fcvt.lu.s rne frm=3 -> NX
	ENTRY(270, 3, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 598: fcvt.lu.s rtz frm=4 -> NX
	ENTRY(271, 4, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 599: fcvt.lu.s rdn frm=0 -> NX
	ENTRY(272, 0, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 600: fcvt.lu.s rup frm=4 -> NX
	ENTRY(273, 4, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 601: fcvt.lu.s rmm frm=3 -> NX
	ENTRY(274, 3, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 602: fcvt.lu.s dyn frm=0 -> NX
	ENTRY(275, 0, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 603: fcvt.lu.s dyn frm=1 -> NX
	ENTRY(275, 1, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 604: fcvt.lu.s dyn frm=2 -> NX
	ENTRY(275, 2, 0xffffffff3fc00000, 0, 0, 0x1, 1)
	# 605: fcvt.lu.s dyn frm=3 -> NX
	ENTRY(275, 3, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 606: fcvt.lu.s dyn frm=4 -> NX
	ENTRY(275, 4, 0xffffffff3fc00000, 0, 0, 0x2, 1)
	# 607: fcvt.w.s rne frm=1 -> NX
	ENTRY(252, 1, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 608: fcvt.w.s rtz frm=0 -> NX
	ENTRY(253, 0, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 609: fcvt.w.s rdn frm=4 -> NX
	ENTRY(254, 4, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 610: fcvt.w.s rup frm=1 -> NX
	ENTRY(255, 1, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 611: fcvt.w.s rmm frm=3 -> NX
	ENTRY(256, 3, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 612: fcvt.w.s dyn frm=0 -> NX
	ENTRY(257, 0, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 613: fcvt.w.s dyn frm=1 -> NX
	ENTRY(257, 1, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 614: fcvt.w.s dyn frm=2 -> NX
	ENTRY(257, 2, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 615: fcvt.w.s dyn frm=3 -> NX
	ENTRY(257, 3, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 616: fcvt.w.s dyn frm=4 -> NX
	ENTRY(257, 4, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 617: fcvt.wu.s rne frm=4 -> NX
	ENTRY(258, 4, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 618: fcvt.wu.s rtz frm=4 -> NX
	ENTRY(259, 4, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 619: fcvt.wu.s rdn frm=3 -> NX
	ENTRY(260, 3, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 620: fcvt.wu.s rup frm=4 -> NX
	ENTRY(261, 4, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 621: fcvt.wu.s rmm frm=0 -> NX
	ENTRY(262, 0, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 622: fcvt.wu.s dyn frm=0 -> NX
	ENTRY(263, 0, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 623: fcvt.wu.s dyn frm=1 -> NX
	ENTRY(263, 1, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 624: fcvt.wu.s dyn frm=2 -> NX
	ENTRY(263, 2, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 625: fcvt.wu.s dyn frm=3 -> NX
	ENTRY(263, 3, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 626: fcvt.wu.s dyn frm=4 -> NX
	ENTRY(263, 4, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 627: fcvt.l.s rne frm=3 -> NX
	ENTRY(264, 3, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 628: fcvt.l.s rtz frm=2 -> NX
	ENTRY(265, 2, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 629: fcvt.l.s rdn frm=4 -> NX
	ENTRY(266, 4, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 630: fcvt.l.s rup frm=0 -> NX
	ENTRY(267, 0, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 631: fcvt.l.s rmm frm=2 -> NX
	ENTRY(268, 2, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 632: fcvt.l.s dyn frm=0 -> NX
	ENTRY(269, 0, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 633: fcvt.l.s dyn frm=1 -> NX
	ENTRY(269, 1, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 634: fcvt.l.s dyn frm=2 -> NX
	ENTRY(269, 2, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 635: fcvt.l.s dyn frm=3 -> NX
	ENTRY(269, 3, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 636: fcvt.l.s dyn frm=4 -> NX
	ENTRY(269, 4, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 637: fcvt.lu.s rne frm=1 -> NX
	ENTRY(270, 1, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 638: fcvt.lu.s rtz frm=2 -> NX
	ENTRY(271, 2, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 639: fcvt.lu.s rdn frm=4 -> NX
	ENTRY(272, 4, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 640: fcvt.lu.s rup frm=2 -> NX
	ENTRY(273, 2, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 641: fcvt.lu.s rmm frm=0 -> NX
	ENTRY(274, 0, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 642: fcvt.lu.s dyn frm=0 -> NX
	ENTRY(275, 0, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 643: fcvt.lu.s dyn frm=1 -> NX
	ENTRY(275, 1, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 644: fcvt.lu.s dyn frm=2 -> NX
	ENTRY(275, 2, 0xffffffff40200000, 0, 0, 0x2, 1)
	# 645: fcvt.lu.s dyn frm=3 -> NX
	ENTRY(275, 3, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 646: fcvt.lu.s dyn frm=4 -> NX
	ENTRY(275, 4, 0xffffffff40200000, 0, 0, 0x3, 1)
	# 647: fcvt.w.s rne frm=1 -> NX
	ENTRY(252, 1, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 648: fcvt.w.s rtz frm=4 -> NX
	ENTRY(253, 4, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 649: fcvt.w.s rdn frm=4 -> NX
	ENTRY(254, 4, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffd, 1)
	# 650: fcvt.w.s rup frm=4 -> NX
	ENTRY(255, 4, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 651: fcvt.w.s rmm frm=2 -> NX
	ENTRY(256, 2, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffd, 1)
	# 652: fcvt.w.s dyn frm=0 -> NX
	ENTRY(257, 0, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 653: fcvt.w.s dyn frm=1 -> NX
	ENTRY(257, 1, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 654: fcvt.w.s dyn frm=2 -> NX
	ENTRY(257, 2, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffd, 1)
	# 655: fcvt.w.s dyn frm=3 -> NX
	ENTRY(257, 3, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 656: fcvt.w.s dyn frm=4 -> NX
	ENTRY(257, 4, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffd, 1)
	# 657: fcvt.wu.s rne frm=1 -> NV
	ENTRY(258, 1, 0xffffffffc0200000, 0, 0, 0, 16)
	# 658: fcvt.wu.s rtz frm=4 -> NV
	ENTRY(259, 4, 0xffffffffc0200000, 0, 0, 0, 16)
	# 659: fcvt.wu.s rdn frm=4 -> NV
	ENTRY(260, 4, 0xffffffffc0200000, 0, 0, 0, 16)
	# 660: fcvt.wu.s rup frm=1 -> NV
	ENTRY(261, 1, 0xffffffffc0200000, 0, 0, 0, 16)
	# 661: fcvt.wu.s rmm frm=1 -> NV
	ENTRY(262, 1, 0xffffffffc0200000, 0, 0, 0, 16)
	# 662: fcvt.wu.s dyn frm=0 -> NV
	ENTRY(263, 0, 0xffffffffc0200000, 0, 0, 0, 16)
	# 663: fcvt.wu.s dyn frm=1 -> NV
	ENTRY(263, 1, 0xffffffffc0200000, 0, 0, 0, 16)
	# 664: fcvt.wu.s dyn frm=2 -> NV
	ENTRY(263, 2, 0xffffffffc0200000, 0, 0, 0, 16)
	# 665: fcvt.wu.s dyn frm=3 -> NV
	ENTRY(263, 3, 0xffffffffc0200000, 0, 0, 0, 16)
	# 666: fcvt.wu.s dyn frm=4 -> NV
	ENTRY(263, 4, 0xffffffffc0200000, 0, 0, 0, 16)
	# 667: fcvt.l.s rne frm=4 -> NX
	ENTRY(264, 4, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 668: fcvt.l.s rtz frm=0 -> NX
	ENTRY(265, 0, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 669: fcvt.l.s rdn frm=3 -> NX
	ENTRY(266, 3, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffd, 1)
	# 670: fcvt.l.s rup frm=1 -> NX
	ENTRY(267, 1, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 671: fcvt.l.s rmm frm=1 -> NX
	ENTRY(268, 1, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffd, 1)
	# 672: fcvt.l.s dyn frm=0 -> NX
	ENTRY(269, 0, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 673: fcvt.l.s dyn frm=1 -> NX
	ENTRY(269, 1, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 674: fcvt.l.s dyn frm=2 -> NX
	ENTRY(269, 2, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffd, 1)
	# 675: fcvt.l.s dyn frm=3 -> NX
	ENTRY(269, 3, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffe, 1)
	# 676: fcvt.l.s dyn frm=4 -> NX
	ENTRY(269, 4, 0xffffffffc0200000, 0, 0, 0xfffffffffffffffd, 1)
	# 677: fcvt.lu.s rne frm=1 -> NV
	ENTRY(270, 1, 0xffffffffc0200000, 0, 0, 0, 16)
	# 678: fcvt.lu.s rtz frm=3 -> NV
	ENTRY(271, 3, 0xffffffffc0200000, 0, 0, 0, 16)
	# 679: fcvt.lu.s rdn frm=0 -> NV
	ENTRY(272, 0, 0xffffffffc0200000, 0, 0, 0, 16)
	# 680: fcvt.lu.s rup frm=0 -> NV
	ENTRY(273, 0, 0xffffffffc0200000, 0, 0, 0, 16)
	# 681: fcvt.lu.s rmm frm=2 -> NV
	ENTRY(274, 2, 0xffffffffc0200000, 0, 0, 0, 16)
	# 682: fcvt.lu.s dyn frm=0 -> NV
	ENTRY(275, 0, 0xffffffffc0200000, 0, 0, 0, 16)
	# 683: fcvt.lu.s dyn frm=1 -> NV
	ENTRY(275, 1, 0xffffffffc0200000, 0, 0, 0, 16)
	# 684: fcvt.lu.s dyn frm=2 -> NV
	ENTRY(275, 2, 0xffffffffc0200000, 0, 0, 0, 16)
	# 685: fcvt.lu.s dyn frm=3 -> NV
	ENTRY(275, 3, 0xffffffffc0200000, 0, 0, 0, 16)
	# 686: fcvt.lu.s dyn frm=4 -> NV
	ENTRY(275, 4, 0xffffffffc0200000, 0, 0, 0, 16)
	# 687: fcvt.w.s rne frm=1 -> NX
	ENTRY(252, 1, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 688: fcvt.w.s rtz frm=0 -> NX
	ENTRY(253, 0, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 689: fcvt.w.s rdn frm=1 -> NX
	ENTRY(254, 1, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 690: fcvt.w.s rup frm=0 -> NX
	ENTRY(255, 0, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 691: fcvt.w.s rmm frm=3 -> NX
	ENTRY(256, 3, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 692: fcvt.w.s dyn frm=0 -> NX
	ENTRY(257, 0, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 693: fcvt.w.s dyn frm=1 -> NX
	ENTRY(257, 1, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 694: fcvt.w.s dyn frm=2 -> NX
	ENTRY(257, 2, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 695: fcvt.w.s dyn frm=3 -> NX
	ENTRY(257, 3, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 696: fcvt.w.s dyn frm=4 -> NX
	ENTRY(257, 4, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 697: fcvt.wu.s rne frm=2 -> NV
	ENTRY(258, 2, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 698: fcvt.wu.s rtz frm=0 -> NX
	ENTRY(259, 0, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 699: fcvt.wu.s rdn frm=1 -> NV
	ENTRY(260, 1, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 700: fcvt.wu.s rup frm=1 -> NX
	ENTRY(261, 1, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 701: fcvt.wu.s rmm frm=1 -> NV
	ENTRY(262, 1, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 702: fcvt.wu.s dyn frm=0 -> NV
	ENTRY(263, 0, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 703: fcvt.wu.s dyn frm=1 -> NX
	ENTRY(263, 1, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 704: fcvt.wu.s dyn frm=2 -> NV
	ENTRY(263, 2, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 705: fcvt.wu.s dyn frm=3 -> NX
	ENTRY(263, 3, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 706: fcvt.wu.s dyn frm=4 -> NV
	ENTRY(263, 4, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 707: fcvt.l.s rne frm=3 -> NX
	ENTRY(264, 3, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 708: fcvt.l.s rtz frm=0 -> NX
	ENTRY(265, 0, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 709: fcvt.l.s rdn frm=3 -> NX
	ENTRY(266, 3, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 710: fcvt.l.s rup frm=2 -> NX
	ENTRY(267, 2, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 711: fcvt.l.s rmm frm=2 -> NX
	ENTRY(268, 2, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 712: fcvt.l.s dyn frm=0 -> NX
	ENTRY(269, 0, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 713: fcvt.l.s dyn frm=1 -> NX
	ENTRY(269, 1, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 714: fcvt.l.s dyn frm=2 -> NX
	ENTRY(269, 2, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 715: fcvt.l.s dyn frm=3 -> NX
	ENTRY(269, 3, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 716: fcvt.l.s dyn frm=4 -> NX
	ENTRY(269, 4, 0xffffffffbf7fffff, 0, 0, 0xffffffffffffffff, 1)
	# 717: fcvt.lu.s rne frm=3 -> NV
	ENTRY(270, 3, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 718: fcvt.lu.s rtz frm=0 -> NX
	ENTRY(271, 0, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 719: fcvt.lu.s rdn frm=3 -> NV
	ENTRY(272, 3, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 720: fcvt.lu.s rup frm=1 -> NX
	ENTRY(273, 1, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 721: fcvt.lu.s rmm frm=0 -> NV
	ENTRY(274, 0, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 722: fcvt.lu.s dyn frm=0 -> NV
	ENTRY(275, 0, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 723: fcvt.lu.s dyn frm=1 -> NX
	ENTRY(275, 1, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 724: fcvt.lu.s dyn frm=2 -> NV
	ENTRY(275, 2, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 725: fcvt.lu.s dyn frm=3 -> NX
	ENTRY(275, 3, 0xffffffffbf7fffff, 0, 0, 0, 1)
	# 726: fcvt.lu.s dyn frm=4 -> NV
	ENTRY(275, 4, 0xffffffffbf7fffff, 0, 0, 0, 16)
	# 727: fcvt.w.s rne frm=3 -> -
	ENTRY(252, 3, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 728: fcvt.w.s rtz frm=2 -> -
	ENTRY(253, 2, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 729: fcvt.w.s rdn frm=0 -> -
	ENTRY(254, 0, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 730: fcvt.w.s rup frm=1 -> -
	ENTRY(255, 1, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 731: fcvt.w.s rmm frm=0 -> -
	ENTRY(256, 0, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 732: fcvt.w.s dyn frm=0 -> -
	ENTRY(257, 0, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 733: fcvt.w.s dyn frm=1 -> -
	ENTRY(257, 1, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 734: fcvt.w.s dyn frm=2 -> -
	ENTRY(257, 2, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 735: fcvt.w.s dyn frm=3 -> -
	ENTRY(257, 3, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 736: fcvt.w.s dyn frm=4 -> -
	ENTRY(257, 4, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 737: fcvt.wu.s rne frm=4 -> NV
	ENTRY(258, 4, 0xffffffffbf800000, 0, 0, 0, 16)
	# 738: fcvt.wu.s rtz frm=0 -> NV
	ENTRY(259, 0, 0xffffffffbf800000, 0, 0, 0, 16)
	# 739: fcvt.wu.s rdn frm=0 -> NV
	ENTRY(260, 0, 0xffffffffbf800000, 0, 0, 0, 16)
	# 740: fcvt.wu.s rup frm=1 -> NV
	ENTRY(261, 1, 0xffffffffbf800000, 0, 0, 0, 16)
	# 741: fcvt.wu.s rmm frm=3 -> NV
	ENTRY(262, 3, 0xffffffffbf800000, 0, 0, 0, 16)
	# 742: fcvt.wu.s dyn frm=0 -> NV
	ENTRY(263, 0, 0xffffffffbf800000, 0, 0, 0, 16)
	# 743: fcvt.wu.s dyn frm=1 -> NV
	ENTRY(263, 1, 0xffffffffbf800000, 0, 0, 0, 16)
	# 744: fcvt.wu.s dyn frm=2 -> NV
	ENTRY(263, 2, 0xffffffffbf800000, 0, 0, 0, 16)
	# 745: fcvt.wu.s dyn frm=3 -> NV
	ENTRY(263, 3, 0xffffffffbf800000, 0, 0, 0, 16)
	# 746: fcvt.wu.s dyn frm=4 -> NV
	ENTRY(263, 4, 0xffffffffbf800000, 0, 0, 0, 16)
	# 747: fcvt.l.s rne frm=2 -> -
	ENTRY(264, 2, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 748: fcvt.l.s rtz frm=3 -> -
	ENTRY(265, 3, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 749: fcvt.l.s rdn frm=4 -> -
	ENTRY(266, 4, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 750: fcvt.l.s rup frm=0 -> -
	ENTRY(267, 0, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 751: fcvt.l.s rmm frm=3 -> -
	ENTRY(268, 3, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 752: fcvt.l.s dyn frm=0 -> -
	ENTRY(269, 0, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 753: fcvt.l.s dyn frm=1 -> -
	ENTRY(269, 1, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 754: fcvt.l.s dyn frm=2 -> -
	ENTRY(269, 2, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 755: fcvt.l.s dyn frm=3 -> -
	ENTRY(269, 3, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 756: fcvt.l.s dyn frm=4 -> -
	ENTRY(269, 4, 0xffffffffbf800000, 0, 0, 0xffffffffffffffff, 0)
	# 757: fcvt.lu.s rne frm=2 -> NV
	ENTRY(270, 2, 0xffffffffbf800000, 0, 0, 0, 16)
	# 758: fcvt.lu.s rtz frm=4 -> NV
	ENTRY(271, 4, 0xffffffffbf800000, 0, 0, 0, 16)
	# 759: fcvt.lu.s rdn frm=4 -> NV
	ENTRY(272, 4, 0xffffffffbf800000, 0, 0, 0, 16)
	# 760: fcvt.lu.s rup frm=2 -> NV
	ENTRY(273, 2, 0xffffffffbf800000, 0, 0, 0, 16)
	# 761: fcvt.lu.s rmm frm=2 -> NV
	ENTRY(274, 2, 0xffffffffbf800000, 0, 0, 0, 16)
	# 762: fcvt.lu.s dyn frm=0 -> NV
	ENTRY(275, 0, 0xffffffffbf800000, 0, 0, 0, 16)
	# 763: fcvt.lu.s dyn frm=1 -> NV
	ENTRY(275, 1, 0xffffffffbf800000, 0, 0, 0, 16)
	# 764: fcvt.lu.s dyn frm=2 -> NV
	ENTRY(275, 2, 0xffffffffbf800000, 0, 0, 0, 16)
	# 765: fcvt.lu.s dyn frm=3 -> NV
	ENTRY(275, 3, 0xffffffffbf800000, 0, 0, 0, 16)
	# 766: fcvt.lu.s dyn frm=4 -> NV
	ENTRY(275, 4, 0xffffffffbf800000, 0, 0, 0, 16)
	# 767: fcvt.w.s rne frm=2 -> NX
	ENTRY(252, 2, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 769: fcvt.w.s rtz frm=4 -> NX
	ENTRY(253, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 770: fcvt.w.s rdn frm=4 -> NX
	ENTRY(254, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 771: fcvt.w.s rup frm=4 -> NX
	ENTRY(255, 4, 0xffffffff3fa00000, 0, 0, 0x2, 1)
	# 772: fcvt.w.s rmm frm=1 -> NX
	ENTRY(256, 1, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 773: fcvt.w.s dyn frm=0 -> NX
	ENTRY(257, 0, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 774: fcvt.w.s dyn frm=1 -> NX
	ENTRY(257, 1, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 775: fcvt.w.s dyn frm=2 -> NX
	ENTRY(257, 2, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 776: fcvt.w.s dyn frm=3 -> NX
	ENTRY(257, 3, 0xffffffff3fa00000, 0, 0, 0x2, 1)
	# 777: fcvt.w.s dyn frm=4 -> NX
	ENTRY(257, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 778: fcvt.wu.s rne frm=3 -> NX
	ENTRY(258, 3, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 779: fcvt.wu.s rtz frm=4 -> NX
	ENTRY(259, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 780: fcvt.wu.s rdn frm=3 -> NX
	ENTRY(260, 3, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 781: fcvt.wu.s rup frm=4 -> NX
	ENTRY(261, 4, 0xffffffff3fa00000, 0, 0, 0x2, 1)
	# 782: fcvt.wu.s rmm frm=3 -> NX
	ENTRY(262, 3, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 783: fcvt.wu.s dyn frm=0 -> NX
	ENTRY(263, 0, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 784: fcvt.wu.s dyn frm=1 -> NX
	ENTRY(263, 1, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 785: fcvt.wu.s dyn frm=2 -> NX
	ENTRY(263, 2, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 786: fcvt.wu.s dyn frm=3 -> NX
	ENTRY(263, 3, 0xffffffff3fa00000, 0, 0, 0x2, 1)
	# 787: fcvt.wu.s dyn frm=4 -> NX
	ENTRY(263, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 788: fcvt.l.s rne frm=2 -> NX
	ENTRY(264, 2, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 789: fcvt.l.s rtz frm=4 -> NX
	ENTRY(265, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 790: fcvt.l.s rdn frm=0 -> NX
	ENTRY(266, 0, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 791: fcvt.l.s rup frm=1 -> NX
	ENTRY(267, 1, 0xffffffff3fa00000, 0, 0, 0x2, 1)
	# 792: fcvt.l.s rmm frm=3 -> NX
	ENTRY(268, 3, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 793: fcvt.l.s dyn frm=0 -> NX
	ENTRY(269, 0, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 794: fcvt.l.s dyn frm=1 -> NX
	ENTRY(269, 1, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 795: fcvt.l.s dyn frm=2 -> NX
	ENTRY(269, 2, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 796: fcvt.l.s dyn frm=3 -> NX
	ENTRY(269, 3, 0xffffffff3fa00000, 0, 0, 0x2, 1)
	# 797: fcvt.l.s dyn frm=4 -> NX
	ENTRY(269, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 798: fcvt.lu.s rne frm=4 -> NX
	ENTRY(270, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 799: fcvt.lu.s rtz frm=3 -> NX
	ENTRY(271, 3, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 800: fcvt.lu.s rdn frm=4 -> NX
	ENTRY(272, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 801: fcvt.lu.s rup frm=4 -> NX
	ENTRY(273, 4, 0xffffffff3fa00000, 0, 0, 0x2, 1)
	# 802: fcvt.lu.s rmm frm=2 -> NX
	ENTRY(274, 2, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 803: fcvt.lu.s dyn frm=0 -> NX
	ENTRY(275, 0, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 804: fcvt.lu.s dyn frm=1 -> NX
	ENTRY(275, 1, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 805: fcvt.lu.s dyn frm=2 -> NX
	ENTRY(275, 2, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 806: fcvt.lu.s dyn frm=3 -> NX
	ENTRY(275, 3, 0xffffffff3fa00000, 0, 0, 0x2, 1)
	# 807: fcvt.lu.s dyn frm=4 -> NX
	ENTRY(275, 4, 0xffffffff3fa00000, 0, 0, 0x1, 1)
	# 808: fcvt.w.s rne frm=4 -> NX
	ENTRY(252, 4, 0xffffffff00000001, 0, 0, 0, 1)
	# 809: fcvt.w.s rtz frm=0 -> NX
	ENTRY(253, 0, 0xffffffff00000001, 0, 0, 0, 1)
	# 810: fcvt.w.s rdn frm=1 -> NX
	ENTRY(254, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 811: fcvt.w.s rup frm=0 -> NX
	ENTRY(255, 0, 0xffffffff00000001, 0, 0, 0x1, 1)
	# 812: fcvt.w.s rmm frm=1 -> NX
	ENTRY(256, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 813: fcvt.w.s dyn frm=0 -> NX
	ENTRY(257, 0, 0xffffffff00000001, 0, 0, 0, 1)
	# 814: fcvt.w.s dyn frm=1 -> NX
	ENTRY(257, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 815: fcvt.w.s dyn frm=2 -> NX
	ENTRY(257, 2, 0xffffffff00000001, 0, 0, 0, 1)
	# 816: fcvt.w.s dyn frm=3 -> NX
	ENTRY(257, 3, 0xffffffff00000001, 0, 0, 0x1, 1)
	# 817: fcvt.w.s dyn frm=4 -> NX
	ENTRY(257, 4, 0xffffffff00000001, 0, 0, 0, 1)
	# 818: fcvt.wu.s rne frm=4 -> NX
	ENTRY(258, 4, 0xffffffff00000001, 0, 0, 0, 1)
	# 819: fcvt.wu.s rtz frm=4 -> NX
	ENTRY(259, 4, 0xffffffff00000001, 0, 0, 0, 1)
	# 820: fcvt.wu.s rdn frm=1 -> NX
	ENTRY(260, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 821: fcvt.wu.s rup frm=2 -> NX
	ENTRY(261, 2, 0xffffffff00000001, 0, 0, 0x1, 1)
	# 822: fcvt.wu.s rmm frm=0 -> NX
	ENTRY(262, 0, 0xffffffff00000001, 0, 0, 0, 1)
	# 823: fcvt.wu.s dyn frm=0 -> NX
	ENTRY(263, 0, 0xffffffff00000001, 0, 0, 0, 1)
	# 824: fcvt.wu.s dyn frm=1 -> NX
	ENTRY(263, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 825: fcvt.wu.s dyn frm=2 -> NX
	ENTRY(263, 2, 0xffffffff00000001, 0, 0, 0, 1)
	# 826: fcvt.wu.s dyn frm=3 -> NX
	ENTRY(263, 3, 0xffffffff00000001, 0, 0, 0x1, 1)
	# 827: fcvt.wu.s dyn frm=4 -> NX
	ENTRY(263, 4, 0xffffffff00000001, 0, 0, 0, 1)
	# 828: fcvt.l.s rne frm=1 -> NX
	ENTRY(264, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 829: fcvt.l.s rtz frm=0 -> NX
	ENTRY(265, 0, 0xffffffff00000001, 0, 0, 0, 1)
	# 830: fcvt.l.s rdn frm=3 -> NX
	ENTRY(266, 3, 0xffffffff00000001, 0, 0, 0, 1)
	# 831: fcvt.l.s rup frm=2 -> NX
	ENTRY(267, 2, 0xffffffff00000001, 0, 0, 0x1, 1)
	# 832: fcvt.l.s rmm frm=3 -> NX
	ENTRY(268, 3, 0xffffffff00000001, 0, 0, 0, 1)
	# 833: fcvt.l.s dyn frm=0 -> NX
	ENTRY(269, 0, 0xffffffff00000001, 0, 0, 0, 1)
	# 834: fcvt.l.s dyn frm=1 -> NX
	ENTRY(269, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 835: fcvt.l.s dyn frm=2 -> NX
	ENTRY(269, 2, 0xffffffff00000001, 0, 0, 0, 1)
	# 836: fcvt.l.s dyn frm=3 -> NX
	ENTRY(269, 3, 0xffffffff00000001, 0, 0, 0x1, 1)
	# 837: fcvt.l.s dyn frm=4 -> NX
	ENTRY(269, 4, 0xffffffff00000001, 0, 0, 0, 1)
	# 838: fcvt.lu.s rne frm=1 -> NX
	ENTRY(270, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 839: fcvt.lu.s rtz frm=0 -> NX
	ENTRY(271, 0, 0xffffffff00000001, 0, 0, 0, 1)
	# 840: fcvt.lu.s rdn frm=1 -> NX
	ENTRY(272, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 841: fcvt.lu.s rup frm=0 -> NX
	ENTRY(273, 0, 0xffffffff00000001, 0, 0, 0x1, 1)
	# 842: fcvt.lu.s rmm frm=1 -> NX
	ENTRY(274, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 843: fcvt.lu.s dyn frm=0 -> NX
	ENTRY(275, 0, 0xffffffff00000001, 0, 0, 0, 1)
	# 844: fcvt.lu.s dyn frm=1 -> NX
	ENTRY(275, 1, 0xffffffff00000001, 0, 0, 0, 1)
	# 845: fcvt.lu.s dyn frm=2 -> NX
	ENTRY(275, 2, 0xffffffff00000001, 0, 0, 0, 1)
	# 846: fcvt.lu.s dyn frm=3 -> NX
	ENTRY(275, 3, 0xffffffff00000001, 0, 0, 0x1, 1)
	# 847: fcvt.lu.s dyn frm=4 -> NX
	ENTRY(275, 4, 0xffffffff00000001, 0, 0, 0, 1)
	# 848: fcvt.w.s rmm frm=1 -> -
	ENTRY(256, 1, 0xffffffff4effffff, 0, 0, 0x7fffff80, 0)
	# 849: fcvt.wu.s rup frm=0 -> -
	ENTRY(261, 0, 0xffffffff4effffff, 0, 0, 0x7fffff80, 0)
	# 850: fcvt.l.s rne frm=1 -> -
	ENTRY(264, 1, 0xffffffff4effffff, 0, 0, 0x7fffff80, 0)
	# 851: fcvt.lu.s rdn frm=3 -> -
	ENTRY(272, 3, 0xffffffff4effffff, 0, 0, 0x7fffff80, 0)
	# 852: fcvt.w.s dyn frm=0 -> NV
	ENTRY(257, 0, 0xffffffff4f000000, 0, 0, 0x7fffffff, 16)
	# 853: fcvt.wu.s rmm frm=0 -> -
	ENTRY(262, 0, 0xffffffff4f000000, 0, 0, 0xffffffff80000000, 0)
	# 854: fcvt.l.s rup frm=2 -> -
	ENTRY(267, 2, 0xffffffff4f000000, 0, 0, 0x80000000, 0)
	# 855: fcvt.lu.s rtz frm=0 -> -
	ENTRY(271, 0, 0xffffffff4f000000, 0, 0, 0x80000000, 0)
	# 856: fcvt.w.s rtz frm=3 -> -
	ENTRY(253, 3, 0xffffffffcf000000, 0, 0, 0xffffffff80000000, 0)
	# 857: fcvt.wu.s rdn frm=3 -> NV
	ENTRY(260, 3, 0xffffffffcf000000, 0, 0, 0, 16)
	# 858: fcvt.l.s rne frm=4 -> -
	ENTRY(264, 4, 0xffffffffcf000000, 0, 0, 0xffffffff80000000, 0)
	# 859: fcvt.lu.s rdn frm=1 -> NV
	ENTRY(272, 1, 0xffffffffcf000000, 0, 0, 0, 16)
	# 860: fcvt.w.s rmm frm=1 -> NV
	ENTRY(256, 1, 0xffffffffcf000001, 0, 0, 0xffffffff80000000, 16)
	# 861: fcvt.wu.s rup frm=0 -> NV
	ENTRY(261, 0, 0xffffffffcf000001, 0, 0, 0, 16)
	# 862: fcvt.l.s dyn frm=2 -> -
	ENTRY(269, 2, 0xffffffffcf000001, 0, 0, 0xffffffff7fffff00, 0)
	# 863: fcvt.lu.s rtz frm=2 -> NV
	ENTRY(271, 2, 0xffffffffcf000001, 0, 0, 0, 16)
	# 864: fcvt.w.s rmm frm=0 -> NV
	ENTRY(256, 0, 0xffffffff4f7fffff, 0, 0, 0x7fffffff, 16)
	# 865: fcvt.wu.s dyn frm=2 -> -
	ENTRY(263, 2, 0xffffffff4f7fffff, 0, 0, 0xffffffffffffff00, 0)
	# 866: fcvt.l.s rmm frm=1 -> -
	ENTRY(268, 1, 0xffffffff4f7fffff, 0, 0, 0xffffff00, 0)
	# 867: fcvt.lu.s dyn frm=2 -> -
	ENTRY(275, 2, 0xffffffff4f7fffff, 0, 0, 0xffffff00, 0)
	# 868: fcvt.w.s dyn frm=3 -> NV
	ENTRY(257, 3, 0xffffffff4f800000, 0, 0, 0x7fffffff, 16)
	# 869: fcvt.wu.s rtz frm=0 -> NV
	ENTRY(259, 0, 0xffffffff4f800000, 0, 0, 0xffffffffffffffff, 16)
	# 870: fcvt.l.s rmm frm=4 -> -
	ENTRY(268, 4, 0xffffffff4f800000, 0, 0, 0x100000000, 0)
	# 871: fcvt.lu.s rup frm=4 -> -
	ENTRY(273, 4, 0xffffffff4f800000, 0, 0, 0x100000000, 0)
	# 872: fcvt.w.s rne frm=0 -> NV
	ENTRY(252, 0, 0xffffffff5effffff, 0, 0, 0x7fffffff, 16)
	# 873: fcvt.wu.s rne frm=1 -> NV
	ENTRY(258, 1, 0xffffffff5effffff, 0, 0, 0xffffffffffffffff, 16)
	# 874: fcvt.l.s rdn frm=3 -> -
	ENTRY(266, 3, 0xffffffff5effffff, 0, 0, 0x7fffff8000000000, 0)
	# 875: fcvt.lu.s rup frm=3 -> -
	ENTRY(273, 3, 0xffffffff5effffff, 0, 0, 0x7fffff8000000000, 0)
	# 876: fcvt.w.s rdn frm=3 -> NV
	ENTRY(254, 3, 0xffffffff5f000000, 0, 0, 0x7fffffff, 16)
	# 877: fcvt.wu.s rmm frm=0 -> NV
	ENTRY(262, 0, 0xffffffff5f000000, 0, 0, 0xffffffffffffffff, 16)
	# 878: fcvt.l.s rne frm=1 -> NV
	ENTRY(264, 1, 0xffffffff5f000000, 0, 0, 0x7fffffffffffffff, 16)
	# 879: fcvt.lu.s rup frm=0 -> -
	ENTRY(273, 0, 0xffffffff5f000000, 0, 0, 0x8000000000000000, 0)
	# 880: fcvt.w.s rne frm=4 -> NV
	ENTRY(252, 4, 0xffffffffdf000000, 0, 0, 0xffffffff80000000, 16)
	# 881: fcvt.wu.s rup frm=4 -> NV
	ENTRY(261, 4, 0xffffffffdf000000, 0, 0, 0, 16)
	# 882: fcvt.l.s dyn frm=3 -> -
	ENTRY(269, 3, 0xffffffffdf000000, 0, 0, 0x8000000000000000, 0)
	# 883: fcvt.lu.s rne frm=0 -> NV
	ENTRY(270, 0, 0xffffffffdf000000, 0, 0, 0, 16)
	# 884: fcvt.w.s rmm frm=3 -> NV
	ENTRY(256, 3, 0xffffffffdf000001, 0, 0, 0xffffffff80000000, 16)
	# 885: fcvt.wu.s rdn frm=4 -> NV
	ENTRY(260, 4, 0xffffffffdf000001, 0, 0, 0, 16)
	# 886: fcvt.l.s rtz frm=4 -> NV
	ENTRY(265, 4, 0xffffffffdf000001, 0, 0, 0x8000000000000000, 16)
	# 887: fcvt.lu.s dyn frm=4 -> NV
	ENTRY(275, 4, 0xffffffffdf000001, 0, 0, 0, 16)
	# 888: fcvt.w.s rup frm=1 -> NV
	ENTRY(255, 1, 0xffffffff5f7fffff, 0, 0, 0x7fffffff, 16)
	# 889: fcvt.wu.s rup frm=3 -> NV
	ENTRY(261, 3, 0xffffffff5f7fffff, 0, 0, 0xffffffffffffffff, 16)
	# 890: fcvt.l.s rup frm=3 -> NV
	ENTRY(267, 3, 0xffffffff5f7fffff, 0, 0, 0x7fffffffffffffff, 16)
	# 891: fcvt.lu.s rup frm=0 -> -
	ENTRY(273, 0, 0xffffffff5f7fffff, 0, 0, 0xffffff0000000000, 0)
	# 892: fcvt.w.s rne frm=0 -> NV
	ENTRY(252, 0, 0xffffffff5f800000, 0, 0, 0x7fffffff, 16)
	# 893: fcvt.wu.s rmm frm=0 -> NV
	ENTRY(262, 0, 0xffffffff5f800000, 0, 0, 0xffffffffffffffff, 16)
	# 894: fcvt.l.s rmm frm=1 -> NV
	ENTRY(268, 1, 0xffffffff5f800000, 0, 0, 0x7fffffffffffffff, 16)
	# 895: fcvt.lu.s rne frm=0 -> NV
	ENTRY(270, 0, 0xffffffff5f800000, 0, 0, 0xffffffffffffffff, 16)
	# 896: fcvt.w.s rmm frm=1 -> NV
	ENTRY(256, 1, 0xffffffff7f7fffff, 0, 0, 0x7fffffff, 16)
	# 897: fcvt.wu.s rmm frm=2 -> NV
	ENTRY(262, 2, 0xffffffff7f7fffff, 0, 0, 0xffffffffffffffff, 16)
	# 898: fcvt.l.s rmm frm=3 -> NV
	ENTRY(268, 3, 0xffffffff7f7fffff, 0, 0, 0x7fffffffffffffff, 16)
	# 899: fcvt.lu.s rmm frm=1 -> NV
	ENTRY(274, 1, 0xffffffff7f7fffff, 0, 0, 0xffffffffffffffff, 16)
	# 900: fcvt.w.s rmm frm=0 -> NV
	ENTRY(256, 0, 0xffffffffff7fffff, 0, 0, 0xffffffff80000000, 16)
	# 901: fcvt.wu.s rmm frm=0 -> NV
	ENTRY(262, 0, 0xffffffffff7fffff, 0, 0, 0, 16)
	# 902: fcvt.l.s rtz frm=2 -> NV
	ENTRY(265, 2, 0xffffffffff7fffff, 0, 0, 0x8000000000000000, 16)
	# 903: fcvt.lu.s dyn frm=4 -> NV
	ENTRY(275, 4, 0xffffffffff7fffff, 0, 0, 0, 16)
	# 904: fcvt.w.s rdn frm=3 -> NV
	ENTRY(254, 3, 0xbf800000, 0, 0, 0x7fffffff, 16)
	# 905: fcvt.wu.s dyn frm=0 -> NV
	ENTRY(263, 0, 0xbf800000, 0, 0, 0xffffffffffffffff, 16)
	# 906: fcvt.l.s rup frm=3 -> NV
	ENTRY(267, 3, 0xbf800000, 0, 0, 0x7fffffffffffffff, 16)
	# 907: fcvt.lu.s dyn frm=1 -> NV
	ENTRY(275, 1, 0xbf800000, 0, 0, 0xffffffffffffffff, 16)
	# 908: fcvt.s.w rne frm=2 -> -
	ENTRY(300, 2, 0, 0, 0, 0xffffffff00000000, 0)
	# 909: fcvt.d.w dyn frm=1 -> -
	ENTRY(329, 1, 0, 0, 0, 0, 0)
	# 910: fcvt.s.wu rdn frm=4 -> -
	ENTRY(308, 4, 0, 0, 0, 0xffffffff00000000, 0)
	# 911: fcvt.d.wu rtz frm=2 -> -
	ENTRY(331, 2, 0, 0, 0, 0, 0)
	# 912: fcvt.s.l dyn frm=1 -> -
	ENTRY(317, 1, 0, 0, 0, 0xffffffff00000000, 0)
	# 913: fcvt.d.l rup frm=1 -> -
	ENTRY(339, 1, 0, 0, 0, 0, 0)
	# 914: fcvt.s.lu rne frm=3 -> -
	ENTRY(318, 3, 0, 0, 0, 0xffffffff00000000, 0)
	# 915: fcvt.d.lu rtz frm=2 -> -
	ENTRY(343, 2, 0, 0, 0, 0, 0)
	# 916: fcvt.s.w rne frm=1 -> -
	ENTRY(300, 1, 0x1, 0, 0, 0xffffffff3f800000, 0)
	# 917: fcvt.d.w dyn frm=4 -> -
	ENTRY(329, 4, 0x1, 0, 0, 0x3ff0000000000000, 0)
	# 918: fcvt.s.wu rmm frm=0 -> -
	ENTRY(310, 0, 0x1, 0, 0, 0xffffffff3f800000, 0)
	# 919: fcvt.d.wu dyn frm=2 -> -
	ENTRY(335, 2, 0x1, 0, 0, 0x3ff0000000000000, 0)
	# 920: fcvt.s.l rne frm=1 -> -
	ENTRY(312, 1, 0x1, 0, 0, 0xffffffff3f800000, 0)
	# 921: fcvt.d.l rup frm=3 -> -
	ENTRY(339, 3, 0x1, 0, 0, 0x3ff0000000000000, 0)
	# 922: fcvt.s.lu dyn frm=2 -> -
	ENTRY(323, 2, 0x1, 0, 0, 0xffffffff3f800000, 0)
	# 923: fcvt.d.lu rne frm=4 -> -
	ENTRY(342, 4, 0x1, 0, 0, 0x3ff0000000000000, 0)
	# 924: fcvt.s.w rtz frm=3 -> -
	ENTRY(301, 3, 0xffffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 925: fcvt.d.w rne frm=0 -> -
	ENTRY(324, 0, 0xffffffffffffffff, 0, 0, 0xbff0000000000000, 0)
	# 926: fcvt.s.wu rtz frm=3 -> NX
	ENTRY(307, 3, 0xffffffffffffffff, 0, 0, 0xffffffff4f7fffff, 1)
	# 927: fcvt.d.wu rdn frm=3 -> -
	ENTRY(332, 3, 0xffffffffffffffff, 0, 0, 0x41efffffffe00000, 0)
	# 928: fcvt.s.l dyn frm=1 -> -
	ENTRY(317, 1, 0xffffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 929: fcvt.d.l rtz frm=4 -> -
	ENTRY(337, 4, 0xffffffffffffffff, 0, 0, 0xbff0000000000000, 0)
	# 930: fcvt.s.lu rne frm=2 -> NX
	ENTRY(318, 2, 0xffffffffffffffff, 0, 0, 0xffffffff5f800000, 1)
	# 931: fcvt.d.lu rne frm=1 -> NX
	ENTRY(342, 1, 0xffffffffffffffff, 0, 0, 0x43f0000000000000, 1)
	# 932: fcvt.s.w rne frm=4 -> NX
	ENTRY(300, 4, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 933: fcvt.s.w rtz frm=0 -> NX
	ENTRY(301, 0, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 934: fcvt.s.w rdn frm=1 -> NX
	ENTRY(302, 1, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 935: fcvt.s.w rup frm=2 -> NX
	ENTRY(303, 2, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 936: fcvt.s.w rmm frm=0 -> NX
	ENTRY(304, 0, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 937: fcvt.s.w dyn frm=0 -> NX
	ENTRY(305, 0, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 938: fcvt.s.w dyn frm=1 -> NX
	ENTRY(305, 1, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 939: fcvt.s.w dyn frm=2 -> NX
	ENTRY(305, 2, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 940: fcvt.s.w dyn frm=3 -> NX
	ENTRY(305, 3, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 941: fcvt.s.w dyn frm=4 -> NX
	ENTRY(305, 4, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 942: fcvt.d.w rmm frm=2 -> -
	ENTRY(328, 2, 0x7fffffff, 0, 0, 0x41dfffffffc00000, 0)
	# 943: fcvt.s.wu rne frm=1 -> NX
	ENTRY(306, 1, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 944: fcvt.s.wu rtz frm=3 -> NX
	ENTRY(307, 3, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 945: fcvt.s.wu rdn frm=0 -> NX
	ENTRY(308, 0, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 946: fcvt.s.wu rup frm=4 -> NX
	ENTRY(309, 4, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 947: fcvt.s.wu rmm frm=1 -> NX
	ENTRY(310, 1, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 948: fcvt.s.wu dyn frm=0 -> NX
	ENTRY(311, 0, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 949: fcvt.s.wu dyn frm=1 -> NX
	ENTRY(311, 1, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 950: fcvt.s.wu dyn frm=2 -> NX
	ENTRY(311, 2, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 951: fcvt.s.wu dyn frm=3 -> NX
	ENTRY(311, 3, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 952: fcvt.s.wu dyn frm=4 -> NX
	ENTRY(311, 4, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 953: fcvt.d.wu rup frm=1 -> -
	ENTRY(333, 1, 0x7fffffff, 0, 0, 0x41dfffffffc00000, 0)
	# 954: fcvt.s.l rne frm=1 -> NX
	ENTRY(312, 1, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 955: fcvt.s.l rtz frm=4 -> NX
	ENTRY(313, 4, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 956: fcvt.s.l rdn frm=4 -> NX
	ENTRY(314, 4, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 957: fcvt.s.l rup frm=1 -> NX
	ENTRY(315, 1, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 958: fcvt.s.l rmm frm=3 -> NX
	ENTRY(316, 3, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 959: fcvt.s.l dyn frm=0 -> NX
	ENTRY(317, 0, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 960: fcvt.s.l dyn frm=1 -> NX
	ENTRY(317, 1, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 961: fcvt.s.l dyn frm=2 -> NX
	ENTRY(317, 2, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 962: fcvt.s.l dyn frm=3 -> NX
	ENTRY(317, 3, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 963: fcvt.s.l dyn frm=4 -> NX
	ENTRY(317, 4, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 964: fcvt.d.l rdn frm=4 -> -
	ENTRY(338, 4, 0x7fffffff, 0, 0, 0x41dfffffffc00000, 0)
	# 965: fcvt.s.lu rne frm=1 -> NX
	ENTRY(318, 1, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 966: fcvt.s.lu rtz frm=2 -> NX
	ENTRY(319, 2, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 967: fcvt.s.lu rdn frm=1 -> NX
	ENTRY(320, 1, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 968: fcvt.s.lu rup frm=0 -> NX
	ENTRY(321, 0, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 969: fcvt.s.lu rmm frm=2 -> NX
	ENTRY(322, 2, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 970: fcvt.s.lu dyn frm=0 -> NX
	ENTRY(323, 0, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 971: fcvt.s.lu dyn frm=1 -> NX
	ENTRY(323, 1, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 972: fcvt.s.lu dyn frm=2 -> NX
	ENTRY(323, 2, 0x7fffffff, 0, 0, 0xffffffff4effffff, 1)
	# 973: fcvt.s.lu dyn frm=3 -> NX
	ENTRY(323, 3, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 974: fcvt.s.lu dyn frm=4 -> NX
	ENTRY(323, 4, 0x7fffffff, 0, 0, 0xffffffff4f000000, 1)
	# 975: fcvt.d.lu dyn frm=4 -> -
	ENTRY(347, 4, 0x7fffffff, 0, 0, 0x41dfffffffc00000, 0)
	# 976: fcvt.s.w rup frm=1 -> -
	ENTRY(303, 1, 0x80000000, 0, 0, 0xffffffffcf000000, 0)
	# 977: fcvt.d.w rdn frm=3 -> -
	ENTRY(326, 3, 0x80000000, 0, 0, 0xc1e0000000000000, 0)
	# 978: fcvt.s.wu dyn frm=2 -> -
	ENTRY(311, 2, 0x80000000, 0, 0, 0xffffffff4f000000, 0)
	# 979: fcvt.d.wu rtz frm=4 -> -
	ENTRY(331, 4, 0x80000000, 0, 0, 0x41e0000000000000, 0)
	# 980: fcvt.s.l rmm frm=3 -> -
	ENTRY(316, 3, 0x80000000, 0, 0, 0xffffffff4f000000, 0)
	# 981: fcvt.d.l rup frm=0 -> -
	ENTRY(339, 0, 0x80000000, 0, 0, 0x41e0000000000000, 0)
	# 982: fcvt.s.lu rup frm=3 -> -
	ENTRY(321, 3, 0x80000000, 0, 0, 0xffffffff4f000000, 0)
	# 983: fcvt.d.lu rmm frm=4 -> -
	ENTRY(346, 4, 0x80000000, 0, 0, 0x41e0000000000000, 0)
	# 984: fcvt.s.w rmm frm=4 -> -
	ENTRY(304, 4, 0xffffffff80000000, 0, 0, 0xffffffffcf000000, 0)
	# 985: fcvt.d.w rmm frm=0 -> -
	ENTRY(328, 0, 0xffffffff80000000, 0, 0, 0xc1e0000000000000, 0)
	# 986: fcvt.s.wu rne frm=3 -> -
	ENTRY(306, 3, 0xffffffff80000000, 0, 0, 0xffffffff4f000000, 0)
	# 987: fcvt.d.wu rmm frm=3 -> -
	ENTRY(334, 3, 0xffffffff80000000, 0, 0, 0x41e0000000000000, 0)
	# 988: fcvt.s.l rmm frm=3 -> -
	ENTRY(316, 3, 0xffffffff80000000, 0, 0, 0xffffffffcf000000, 0)
	# 989: fcvt.d.l rmm frm=0 -> -
	ENTRY(340, 0, 0xffffffff80000000, 0, 0, 0xc1e0000000000000, 0)
	# 990: fcvt.s.lu rmm frm=3 -> NX
	ENTRY(322, 3, 0xffffffff80000000, 0, 0, 0xffffffff5f800000, 1)
	# 991: fcvt.d.lu rdn frm=4 -> -
	ENTRY(344, 4, 0xffffffff80000000, 0, 0, 0x43effffffff00000, 0)
	# 992: fcvt.s.w rmm frm=1 -> -
	ENTRY(304, 1, 0xffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 993: fcvt.d.w dyn frm=3 -> -
	ENTRY(329, 3, 0xffffffff, 0, 0, 0xbff0000000000000, 0)
	# 994: fcvt.s.wu rtz frm=4 -> NX
	ENTRY(307, 4, 0xffffffff, 0, 0, 0xffffffff4f7fffff, 1)
	# 995: fcvt.d.wu rdn frm=3 -> -
	ENTRY(332, 3, 0xffffffff, 0, 0, 0x41efffffffe00000, 0)
	# 996: fcvt.s.l rtz frm=3 -> NX
	ENTRY(313, 3, 0xffffffff, 0, 0, 0xffffffff4f7fffff, 1)
	# 997: fcvt.d.l rmm frm=2 -> -
	ENTRY(340, 2, 0xffffffff, 0, 0, 0x41efffffffe00000, 0)
	# 998: fcvt.s.lu rtz frm=1 -> NX
	ENTRY(319, 1, 0xffffffff, 0, 0, 0xffffffff4f7fffff, 1)
	# 999: fcvt.d.lu dyn frm=1 -> -
	ENTRY(347, 1, 0xffffffff, 0, 0, 0x41efffffffe00000, 0)
	# 1000: fcvt.s.w rne frm=3 -> NX
	ENTRY(300, 3, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1001: fcvt.s.w rtz frm=4 -> NX
	ENTRY(301, 4, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1002: fcvt.s.w rdn frm=3 -> NX
	ENTRY(302, 3, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1003: fcvt.s.w rup frm=2 -> NX
	ENTRY(303, 2, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1004: fcvt.s.w rmm frm=3 -> NX
	ENTRY(304, 3, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1005: fcvt.s.w dyn frm=0 -> NX
	ENTRY(305, 0, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1006: fcvt.s.w dyn frm=1 -> NX
	ENTRY(305, 1, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1007: fcvt.s.w dyn frm=2 -> NX
	ENTRY(305, 2, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1008: fcvt.s.w dyn frm=3 -> NX
	ENTRY(305, 3, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1009: fcvt.s.w dyn frm=4 -> NX
	ENTRY(305, 4, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1010: fcvt.d.w rmm frm=3 -> -
	ENTRY(328, 3, 0x1000001, 0, 0, 0x4170000010000000, 0)
	# 1011: fcvt.s.wu rne frm=4 -> NX
	ENTRY(306, 4, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1012: fcvt.s.wu rtz frm=3 -> NX
	ENTRY(307, 3, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1013: fcvt.s.wu rdn frm=0 -> NX
	ENTRY(308, 0, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1014: fcvt.s.wu rup frm=1 -> NX
	ENTRY(309, 1, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1015: fcvt.s.wu rmm frm=0 -> NX
	ENTRY(310, 0, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1016: fcvt.s.wu dyn frm=0 -> NX
	ENTRY(311, 0, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1017: fcvt.s.wu dyn frm=1 -> NX
	ENTRY(311, 1, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1018: fcvt.s.wu dyn frm=2 -> NX
	ENTRY(311, 2, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1019: fcvt.s.wu dyn frm=3 -> NX
	ENTRY(311, 3, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1020: fcvt.s.wu dyn frm=4 -> NX
	ENTRY(311, 4, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1021: fcvt.d.wu rne frm=1 -> -
	ENTRY(330, 1, 0x1000001, 0, 0, 0x4170000010000000, 0)
	# 1022: fcvt.s.l rne frm=4 -> NX
	ENTRY(312, 4, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1023: fcvt.s.l rtz frm=4 -> NX
	ENTRY(313, 4, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1025: fcvt.s.l rdn frm=4 -> NX
	ENTRY(314, 4, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1026: fcvt.s.l rup frm=1 -> NX
	ENTRY(315, 1, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1027: fcvt.s.l rmm frm=3 -> NX
	ENTRY(316, 3, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1028: fcvt.s.l dyn frm=0 -> NX
	ENTRY(317, 0, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1029: fcvt.s.l dyn frm=1 -> NX
	ENTRY(317, 1, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1030: fcvt.s.l dyn frm=2 -> NX
	ENTRY(317, 2, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1031: fcvt.s.l dyn frm=3 -> NX
	ENTRY(317, 3, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1032: fcvt.s.l dyn frm=4 -> NX
	ENTRY(317, 4, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1033: fcvt.d.l rne frm=2 -> -
	ENTRY(336, 2, 0x1000001, 0, 0, 0x4170000010000000, 0)
	# 1034: fcvt.s.lu rne frm=2 -> NX
	ENTRY(318, 2, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1035: fcvt.s.lu rtz frm=2 -> NX
	ENTRY(319, 2, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1036: fcvt.s.lu rdn frm=4 -> NX
	ENTRY(320, 4, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1037: fcvt.s.lu rup frm=1 -> NX
	ENTRY(321, 1, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1038: fcvt.s.lu rmm frm=3 -> NX
	ENTRY(322, 3, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1039: fcvt.s.lu dyn frm=0 -> NX
	ENTRY(323, 0, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1040: fcvt.s.lu dyn frm=1 -> NX
	ENTRY(323, 1, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1041: fcvt.s.lu dyn frm=2 -> NX
	ENTRY(323, 2, 0x1000001, 0, 0, 0xffffffff4b800000, 1)
	# 1042: fcvt.s.lu dyn frm=3 -> NX
	ENTRY(323, 3, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1043: fcvt.s.lu dyn frm=4 -> NX
	ENTRY(323, 4, 0x1000001, 0, 0, 0xffffffff4b800001, 1)
	# 1044: fcvt.d.lu dyn frm=1 -> -
	ENTRY(347, 1, 0x1000001, 0, 0, 0x4170000010000000, 0)
	# 1045: fcvt.s.w rne frm=2 -> NX
	ENTRY(300, 2, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1046: fcvt.s.w rtz frm=3 -> NX
	ENTRY(301, 3, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1047: fcvt.s.w rdn frm=4 -> NX
	ENTRY(302, 4, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1048: fcvt.s.w rup frm=1 -> NX
	ENTRY(303, 1, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1049: fcvt.s.w rmm frm=2 -> NX
	ENTRY(304, 2, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1050: fcvt.s.w dyn frm=0 -> NX
	ENTRY(305, 0, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1051: fcvt.s.w dyn frm=1 -> NX
	ENTRY(305, 1, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1052: fcvt.s.w dyn frm=2 -> NX
	ENTRY(305, 2, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1053: fcvt.s.w dyn frm=3 -> NX
	ENTRY(305, 3, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1054: fcvt.s.w dyn frm=4 -> NX
	ENTRY(305, 4, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1055: fcvt.d.w rmm frm=1 -> -
	ENTRY(328, 1, 0x1000003, 0, 0, 0x4170000030000000, 0)
	# 1056: fcvt.s.wu rne frm=4 -> NX
	ENTRY(306, 4, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1057: fcvt.s.wu rtz frm=0 -> NX
	ENTRY(307, 0, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1058: fcvt.s.wu rdn frm=1 -> NX
	ENTRY(308, 1, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1059: fcvt.s.wu rup frm=1 -> NX
	ENTRY(309, 1, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1060: fcvt.s.wu rmm frm=0 -> NX
	ENTRY(310, 0, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1061: fcvt.s.wu dyn frm=0 -> NX
	ENTRY(311, 0, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1062: fcvt.s.wu dyn frm=1 -> NX
	ENTRY(311, 1, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1063: fcvt.s.wu dyn frm=2 -> NX
	ENTRY(311, 2, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1064: fcvt.s.wu dyn frm=3 -> NX
	ENTRY(311, 3, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1065: fcvt.s.wu dyn frm=4 -> NX
	ENTRY(311, 4, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1066: fcvt.d.wu rmm frm=3 -> -
	ENTRY(334, 3, 0x1000003, 0, 0, 0x4170000030000000, 0)
	# 1067: fcvt.s.l rne frm=2 -> NX
	ENTRY(312, 2, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1068: fcvt.s.l rtz frm=3 -> NX
	ENTRY(313, 3, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1069: fcvt.s.l rdn frm=1 -> NX
	ENTRY(314, 1, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1070: fcvt.s.l rup frm=0 -> NX
	ENTRY(315, 0, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1071: fcvt.s.l rmm frm=1 -> NX
	ENTRY(316, 1, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1072: fcvt.s.l dyn frm=0 -> NX
	ENTRY(317, 0, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1073: fcvt.s.l dyn frm=1 -> NX
	ENTRY(317, 1, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1074: fcvt.s.l dyn frm=2 -> NX
	ENTRY(317, 2, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1075: fcvt.s.l dyn frm=3 -> NX
	ENTRY(317, 3, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1076: fcvt.s.l dyn frm=4 -> NX
	ENTRY(317, 4, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1077: fcvt.d.l dyn frm=2 -> -
	ENTRY(341, 2, 0x1000003, 0, 0, 0x4170000030000000, 0)
	# 1078: fcvt.s.lu rne frm=2 -> NX
	ENTRY(318, 2, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1079: fcvt.s.lu rtz frm=4 -> NX
	ENTRY(319, 4, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1080: fcvt.s.lu rdn frm=3 -> NX
	ENTRY(320, 3, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1081: fcvt.s.lu rup frm=1 -> NX
	ENTRY(321, 1, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1082: fcvt.s.lu rmm frm=2 -> NX
	ENTRY(322, 2, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1083: fcvt.s.lu dyn frm=0 -> NX
	ENTRY(323, 0, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1084: fcvt.s.lu dyn frm=1 -> NX
	ENTRY(323, 1, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1085: fcvt.s.lu dyn frm=2 -> NX
	ENTRY(323, 2, 0x1000003, 0, 0, 0xffffffff4b800001, 1)
	# 1086: fcvt.s.lu dyn frm=3 -> NX
	ENTRY(323, 3, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1087: fcvt.s.lu dyn frm=4 -> NX
	ENTRY(323, 4, 0x1000003, 0, 0, 0xffffffff4b800002, 1)
	# 1088: fcvt.d.lu dyn frm=4 -> -
	ENTRY(347, 4, 0x1000003, 0, 0, 0x4170000030000000, 0)
	# 1089: fcvt.s.w rne frm=2 -> NX
	ENTRY(300, 2, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1090: fcvt.s.w rtz frm=4 -> NX
	ENTRY(301, 4, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800001, 1)
	# 1091: fcvt.s.w rdn frm=0 -> NX
	ENTRY(302, 0, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1092: fcvt.s.w rup frm=0 -> NX
	ENTRY(303, 0, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800001, 1)
	# 1093: fcvt.s.w rmm frm=3 -> NX
	ENTRY(304, 3, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1094: fcvt.s.w dyn frm=0 -> NX
	ENTRY(305, 0, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1095: fcvt.s.w dyn frm=1 -> NX
	ENTRY(305, 1, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800001, 1)
	# 1096: fcvt.s.w dyn frm=2 -> NX
	ENTRY(305, 2, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1097: fcvt.s.w dyn frm=3 -> NX
	ENTRY(305, 3, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800001, 1)
	# 1098: fcvt.s.w dyn frm=4 -> NX
	ENTRY(305, 4, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1099: fcvt.d.w rup frm=2 -> -
	ENTRY(327, 2, 0xfffffffffefffffd, 0, 0, 0xc170000030000000, 0)
	# 1100: fcvt.s.wu rne frm=1 -> NX
	ENTRY(306, 1, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7f0000, 1)
	# 1101: fcvt.s.wu rtz frm=2 -> NX
	ENTRY(307, 2, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7effff, 1)
	# 1102: fcvt.s.wu rdn frm=3 -> NX
	ENTRY(308, 3, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7effff, 1)
	# 1103: fcvt.s.wu rup frm=4 -> NX
	ENTRY(309, 4, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7f0000, 1)
	# 1104: fcvt.s.wu rmm frm=3 -> NX
	ENTRY(310, 3, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7f0000, 1)
	# 1105: fcvt.s.wu dyn frm=0 -> NX
	ENTRY(311, 0, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7f0000, 1)
	# 1106: fcvt.s.wu dyn frm=1 -> NX
	ENTRY(311, 1, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7effff, 1)
	# 1107: fcvt.s.wu dyn frm=2 -> NX
	ENTRY(311, 2, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7effff, 1)
	# 1108: fcvt.s.wu dyn frm=3 -> NX
	ENTRY(311, 3, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7f0000, 1)
	# 1109: fcvt.s.wu dyn frm=4 -> NX
	ENTRY(311, 4, 0xfffffffffefffffd, 0, 0, 0xffffffff4f7f0000, 1)
	# 1110: fcvt.d.wu rmm frm=2 -> -
	ENTRY(334, 2, 0xfffffffffefffffd, 0, 0, 0x41efdfffffa00000, 0)
	# 1111: fcvt.s.l rne frm=2 -> NX
	ENTRY(312, 2, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1112: fcvt.s.l rtz frm=0 -> NX
	ENTRY(313, 0, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800001, 1)
	# 1113: fcvt.s.l rdn frm=4 -> NX
	ENTRY(314, 4, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1114: fcvt.s.l rup frm=4 -> NX
	ENTRY(315, 4, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800001, 1)
	# 1115: fcvt.s.l rmm frm=0 -> NX
	ENTRY(316, 0, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1116: fcvt.s.l dyn frm=0 -> NX
	ENTRY(317, 0, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1117: fcvt.s.l dyn frm=1 -> NX
	ENTRY(317, 1, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800001, 1)
	# 1118: fcvt.s.l dyn frm=2 -> NX
	ENTRY(317, 2, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1119: fcvt.s.l dyn frm=3 -> NX
	ENTRY(317, 3, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800001, 1)
	# 1120: fcvt.s.l dyn frm=4 -> NX
	ENTRY(317, 4, 0xfffffffffefffffd, 0, 0, 0xffffffffcb800002, 1)
	# 1121: fcvt.d.l rtz frm=1 -> -
	ENTRY(337, 1, 0xfffffffffefffffd, 0, 0, 0xc170000030000000, 0)
	# 1122: fcvt.s.lu rne frm=4 -> NX
	ENTRY(318, 4, 0xfffffffffefffffd, 0, 0, 0xffffffff5f800000, 1)
	# 1123: fcvt.s.lu rtz frm=0 -> NX
	ENTRY(319, 0, 0xfffffffffefffffd, 0, 0, 0xffffffff5f7fffff, 1)
	# 1124: fcvt.s.lu rdn frm=3 -> NX
	ENTRY(320, 3, 0xfffffffffefffffd, 0, 0, 0xffffffff5f7fffff, 1)
	# 1125: fcvt.s.lu rup frm=2 -> NX
	ENTRY(321, 2, 0xfffffffffefffffd, 0, 0, 0xffffffff5f800000, 1)
	# 1126: fcvt.s.lu rmm frm=0 -> NX
	ENTRY(322, 0, 0xfffffffffefffffd, 0, 0, 0xffffffff5f800000, 1)
	# 1127: fcvt.s.lu dyn frm=0 -> NX
	ENTRY(323, 0, 0xfffffffffefffffd, 0, 0, 0xffffffff5f800000, 1)
	# 1128: fcvt.s.lu dyn frm=1 -> NX
	ENTRY(323, 1, 0xfffffffffefffffd, 0, 0, 0xffffffff5f7fffff, 1)
	# 1129: fcvt.s.lu dyn frm=2 -> NX
	ENTRY(323, 2, 0xfffffffffefffffd, 0, 0, 0xffffffff5f7fffff, 1)
	# 1130: fcvt.s.lu dyn frm=3 -> NX
	ENTRY(323, 3, 0xfffffffffefffffd, 0, 0, 0xffffffff5f800000, 1)
	# 1131: fcvt.s.lu dyn frm=4 -> NX
	ENTRY(323, 4, 0xfffffffffefffffd, 0, 0, 0xffffffff5f800000, 1)
	# 1132: fcvt.d.lu rup frm=3 -> NX
	ENTRY(345, 3, 0xfffffffffefffffd, 0, 0, 0x43efffffffffe000, 1)
	# 1133: fcvt.s.w rtz frm=0 -> -
	ENTRY(301, 0, 0x20000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1134: fcvt.d.w rtz frm=2 -> -
	ENTRY(325, 2, 0x20000000000001, 0, 0, 0x3ff0000000000000, 0)
	# 1135: fcvt.s.wu dyn frm=2 -> -
	ENTRY(311, 2, 0x20000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1136: fcvt.d.wu rtz frm=0 -> -
	ENTRY(331, 0, 0x20000000000001, 0, 0, 0x3ff0000000000000, 0)
	# 1137: fcvt.s.l rne frm=0 -> NX
	ENTRY(312, 0, 0x20000000000001, 0, 0, 0xffffffff5a000000, 1)
	# 1138: fcvt.d.l rtz frm=2 -> NX
	ENTRY(337, 2, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1139: fcvt.s.lu rup frm=1 -> NX
	ENTRY(321, 1, 0x20000000000001, 0, 0, 0xffffffff5a000001, 1)
	# 1140: fcvt.d.lu rtz frm=0 -> NX
	ENTRY(343, 0, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1141: fcvt.s.w dyn frm=2 -> -
	ENTRY(305, 2, 0x20000000000003, 0, 0, 0xffffffff40400000, 0)
	# 1142: fcvt.d.w rdn frm=4 -> -
	ENTRY(326, 4, 0x20000000000003, 0, 0, 0x4008000000000000, 0)
	# 1143: fcvt.s.wu dyn frm=4 -> -
	ENTRY(311, 4, 0x20000000000003, 0, 0, 0xffffffff40400000, 0)
	# 1144: fcvt.d.wu rne frm=4 -> -
	ENTRY(330, 4, 0x20000000000003, 0, 0, 0x4008000000000000, 0)
	# 1145: fcvt.s.l rmm frm=1 -> NX
	ENTRY(316, 1, 0x20000000000003, 0, 0, 0xffffffff5a000000, 1)
	# 1146: fcvt.d.l rtz frm=3 -> NX
	ENTRY(337, 3, 0x20000000000003, 0, 0, 0x4340000000000001, 1)
	# 1147: fcvt.s.lu rmm frm=3 -> NX
	ENTRY(322, 3, 0x20000000000003, 0, 0, 0xffffffff5a000000, 1)
	# 1148: fcvt.d.lu rne frm=0 -> NX
	ENTRY(342, 0, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1149: fcvt.s.w rne frm=2 -> -
	ENTRY(300, 2, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1150: fcvt.s.w rtz frm=4 -> -
	ENTRY(301, 4, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1151: fcvt.s.w rdn frm=1 -> -
	ENTRY(302, 1, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1152: fcvt.s.w rup frm=1 -> -
	ENTRY(303, 1, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1153: fcvt.s.w rmm frm=1 -> -
	ENTRY(304, 1, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1154: fcvt.s.w dyn frm=0 -> -
	ENTRY(305, 0, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1155: fcvt.s.w dyn frm=1 -> -
	ENTRY(305, 1, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1156: fcvt.s.w dyn frm=2 -> -
	ENTRY(305, 2, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1157: fcvt.s.w dyn frm=3 -> -
	ENTRY(305, 3, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1158: fcvt.s.w dyn frm=4 -> -
	ENTRY(305, 4, 0x7fffffffffffffff, 0, 0, 0xffffffffbf800000, 0)
	# 1159: fcvt.d.w dyn frm=0 -> -
	ENTRY(329, 0, 0x7fffffffffffffff, 0, 0, 0xbff0000000000000, 0)
	# 1160: fcvt.s.wu rne frm=1 -> NX
	ENTRY(306, 1, 0x7fffffffffffffff, 0, 0, 0xffffffff4f800000, 1)
	# 1161: fcvt.s.wu rtz frm=0 -> NX
	ENTRY(307, 0, 0x7fffffffffffffff, 0, 0, 0xffffffff4f7fffff, 1)
	# 1162: fcvt.s.wu rdn frm=1 -> NX
	ENTRY(308, 1, 0x7fffffffffffffff, 0, 0, 0xffffffff4f7fffff, 1)
	# 1163: fcvt.s.wu rup frm=1 -> NX
	ENTRY(309, 1, 0x7fffffffffffffff, 0, 0, 0xffffffff4f800000, 1)
	# 1164: fcvt.s.wu rmm frm=1 -> NX
	ENTRY(310, 1, 0x7fffffffffffffff, 0, 0, 0xffffffff4f800000, 1)
	# 1165: fcvt.s.wu dyn frm=0 -> NX
	ENTRY(311, 0, 0x7fffffffffffffff, 0, 0, 0xffffffff4f800000, 1)
	# 1166: fcvt.s.wu dyn frm=1 -> NX
	ENTRY(311, 1, 0x7fffffffffffffff, 0, 0, 0xffffffff4f7fffff, 1)
	# 1167: fcvt.s.wu dyn frm=2 -> NX
	ENTRY(311, 2, 0x7fffffffffffffff, 0, 0, 0xffffffff4f7fffff, 1)
	# 1168: fcvt.s.wu dyn frm=3 -> NX
	ENTRY(311, 3, 0x7fffffffffffffff, 0, 0, 0xffffffff4f800000, 1)
	# 1169: fcvt.s.wu dyn frm=4 -> NX
	ENTRY(311, 4, 0x7fffffffffffffff, 0, 0, 0xffffffff4f800000, 1)
	# 1170: fcvt.d.wu rup frm=0 -> -
	ENTRY(333, 0, 0x7fffffffffffffff, 0, 0, 0x41efffffffe00000, 0)
	# 1171: fcvt.s.l rne frm=2 -> NX
	ENTRY(312, 2, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1172: fcvt.s.l rtz frm=0 -> NX
	ENTRY(313, 0, 0x7fffffffffffffff, 0, 0, 0xffffffff5effffff, 1)
	# 1173: fcvt.s.l rdn frm=0 -> NX
	ENTRY(314, 0, 0x7fffffffffffffff, 0, 0, 0xffffffff5effffff, 1)
	# 1174: fcvt.s.l rup frm=0 -> NX
	ENTRY(315, 0, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1175: fcvt.s.l rmm frm=3 -> NX
	ENTRY(316, 3, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1176: fcvt.s.l dyn frm=0 -> NX
	ENTRY(317, 0, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1177: fcvt.s.l dyn frm=1 -> NX
	ENTRY(317, 1, 0x7fffffffffffffff, 0, 0, 0xffffffff5effffff, 1)
	# 1178: fcvt.s.l dyn frm=2 -> NX
	ENTRY(317, 2, 0x7fffffffffffffff, 0, 0, 0xffffffff5effffff, 1)
	# 1179: fcvt.s.l dyn frm=3 -> NX
	ENTRY(317, 3, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1180: fcvt.s.l dyn frm=4 -> NX
	ENTRY(317, 4, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1181: fcvt.d.l dyn frm=4 -> NX
	ENTRY(341, 4, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1182: fcvt.s.lu rne frm=1 -> NX
	ENTRY(318, 1, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1183: fcvt.s.lu rtz frm=0 -> NX
	ENTRY(319, 0, 0x7fffffffffffffff, 0, 0, 0xffffffff5effffff, 1)
	# 1184: fcvt.s.lu rdn frm=1 -> NX
	ENTRY(320, 1, 0x7fffffffffffffff, 0, 0, 0xffffffff5effffff, 1)
	# 1185: fcvt.s.lu rup frm=2 -> NX
	ENTRY(321, 2, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1186: fcvt.s.lu rmm frm=0 -> NX
	ENTRY(322, 0, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1187: fcvt.s.lu dyn frm=0 -> NX
	ENTRY(323, 0, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1188: fcvt.s.lu dyn frm=1 -> NX
	ENTRY(323, 1, 0x7fffffffffffffff, 0, 0, 0xffffffff5effffff, 1)
	# 1189: fcvt.s.lu dyn frm=2 -> NX
	ENTRY(323, 2, 0x7fffffffffffffff, 0, 0, 0xffffffff5effffff, 1)
	# 1190: fcvt.s.lu dyn frm=3 -> NX
	ENTRY(323, 3, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1191: fcvt.s.lu dyn frm=4 -> NX
	ENTRY(323, 4, 0x7fffffffffffffff, 0, 0, 0xffffffff5f000000, 1)
	# 1192: fcvt.d.lu rup frm=3 -> NX
	ENTRY(345, 3, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1193: fcvt.s.w dyn frm=3 -> -
	ENTRY(305, 3, 0x8000000000000000, 0, 0, 0xffffffff00000000, 0)
	# 1194: fcvt.d.w rne frm=4 -> -
	ENTRY(324, 4, 0x8000000000000000, 0, 0, 0, 0)
	# 1195: fcvt.s.wu rne frm=1 -> -
	ENTRY(306, 1, 0x8000000000000000, 0, 0, 0xffffffff00000000, 0)
	# 1196: fcvt.d.wu rup frm=3 -> -
	ENTRY(333, 3, 0x8000000000000000, 0, 0, 0, 0)
	# 1197: fcvt.s.l rne frm=3 -> -
	ENTRY(312, 3, 0x8000000000000000, 0, 0, 0xffffffffdf000000, 0)
	# 1198: fcvt.d.l rdn frm=2 -> -
	ENTRY(338, 2, 0x8000000000000000, 0, 0, 0xc3e0000000000000, 0)
	# 1199: fcvt.s.lu rtz frm=0 -> -
	ENTRY(319, 0, 0x8000000000000000, 0, 0, 0xffffffff5f000000, 0)
	# 1200: fcvt.d.lu rmm frm=1 -> -
	ENTRY(346, 1, 0x8000000000000000, 0, 0, 0x43e0000000000000, 0)
	# 1201: fcvt.s.w rne frm=3 -> -
	ENTRY(300, 3, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1202: fcvt.s.w rtz frm=0 -> -
	ENTRY(301, 0, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1203: fcvt.s.w rdn frm=4 -> -
	ENTRY(302, 4, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1204: fcvt.s.w rup frm=4 -> -
	ENTRY(303, 4, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1205: fcvt.s.w rmm frm=1 -> -
	ENTRY(304, 1, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1206: fcvt.s.w dyn frm=0 -> -
	ENTRY(305, 0, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1207: fcvt.s.w dyn frm=1 -> -
	ENTRY(305, 1, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1208: fcvt.s.w dyn frm=2 -> -
	ENTRY(305, 2, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1209: fcvt.s.w dyn frm=3 -> -
	ENTRY(305, 3, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1210: fcvt.s.w dyn frm=4 -> -
	ENTRY(305, 4, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1211: fcvt.d.w rdn frm=0 -> -
	ENTRY(326, 0, 0x8000000000000001, 0, 0, 0x3ff0000000000000, 0)
	# 1212: fcvt.s.wu rne frm=4 -> -
	ENTRY(306, 4, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1213: fcvt.s.wu rtz frm=4 -> -
	ENTRY(307, 4, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1214: fcvt.s.wu rdn frm=0 -> -
	ENTRY(308, 0, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1215: fcvt.s.wu rup frm=4 -> -
	ENTRY(309, 4, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1216: fcvt.s.wu rmm frm=2 -> -
	ENTRY(310, 2, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1217: fcvt.s.wu dyn frm=0 -> -
	ENTRY(311, 0, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1218: fcvt.s.wu dyn frm=1 -> -
	ENTRY(311, 1, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1219: fcvt.s.wu dyn frm=2 -> -
	ENTRY(311, 2, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1220: fcvt.s.wu dyn frm=3 -> -
	ENTRY(311, 3, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1221: fcvt.s.wu dyn frm=4 -> -
	ENTRY(311, 4, 0x8000000000000001, 0, 0, 0xffffffff3f800000, 0)
	# 1222: fcvt.d.wu rdn frm=1 -> -
	ENTRY(332, 1, 0x8000000000000001, 0, 0, 0x3ff0000000000000, 0)
	# 1223: fcvt.s.l rne frm=4 -> NX
	ENTRY(312, 4, 0x8000000000000001, 0, 0, 0xffffffffdf000000, 1)
	# 1224: fcvt.s.l rtz frm=3 -> NX
	ENTRY(313, 3, 0x8000000000000001, 0, 0, 0xffffffffdeffffff, 1)
	# 1225: fcvt.s.l rdn frm=1 -> NX
	ENTRY(314, 1, 0x8000000000000001, 0, 0, 0xffffffffdf000000, 1)
	# 1226: fcvt.s.l rup frm=1 -> NX
	ENTRY(315, 1, 0x8000000000000001, 0, 0, 0xffffffffdeffffff, 1)
	# 1227: fcvt.s.l rmm frm=0 -> NX
	ENTRY(316, 0, 0x8000000000000001, 0, 0, 0xffffffffdf000000, 1)
	# 1228: fcvt.s.l dyn frm=0 -> NX
	ENTRY(317, 0, 0x8000000000000001, 0, 0, 0xffffffffdf000000, 1)
	# 1229: fcvt.s.l dyn frm=1 -> NX
	ENTRY(317, 1, 0x8000000000000001, 0, 0, 0xffffffffdeffffff, 1)
	# 1230: fcvt.s.l dyn frm=2 -> NX
	ENTRY(317, 2, 0x8000000000000001, 0, 0, 0xffffffffdf000000, 1)
	# 1231: fcvt.s.l dyn frm=3 -> NX
	ENTRY(317, 3, 0x8000000000000001, 0, 0, 0xffffffffdeffffff, 1)
	# 1232: fcvt.s.l dyn frm=4 -> NX
	ENTRY(317, 4, 0x8000000000000001, 0, 0, 0xffffffffdf000000, 1)
	# 1233: fcvt.d.l rtz frm=4 -> NX
	ENTRY(337, 4, 0x8000000000000001, 0, 0, 0xc3dfffffffffffff, 1)
	# 1234: fcvt.s.lu rne frm=2 -> NX
	ENTRY(318, 2, 0x8000000000000001, 0, 0, 0xffffffff5f000000, 1)
	# 1235: fcvt.s.lu rtz frm=4 -> NX
	ENTRY(319, 4, 0x8000000000000001, 0, 0, 0xffffffff5f000000, 1)
	# 1236: fcvt.s.lu rdn frm=3 -> NX
	ENTRY(320, 3, 0x8000000000000001, 0, 0, 0xffffffff5f000000, 1)
	# 1237: fcvt.s.lu rup frm=0 -> NX
	ENTRY(321, 0, 0x8000000000000001, 0, 0, 0xffffffff5f000001, 1)
	# 1238: fcvt.s.lu rmm frm=3 -> NX
	ENTRY(322, 3, 0x8000000000000001, 0, 0, 0xffffffff5f000000, 1)
	# 1239: fcvt.s.lu dyn frm=0 -> NX
	ENTRY(323, 0, 0x8000000000000001, 0, 0, 0xffffffff5f000000, 1)
	# 1240: fcvt.s.lu dyn frm=1 -> NX
	ENTRY(323, 1, 0x8000000000000001, 0, 0, 0xffffffff5f000000, 1)
	# 1241: fcvt.s.lu dyn frm=2 -> NX
	ENTRY(323, 2, 0x8000000000000001, 0, 0, 0xffffffff5f000000, 1)
	# 1242: fcvt.s.lu dyn frm=3 -> NX
	ENTRY(323, 3, 0x8000000000000001, 0, 0, 0xffffffff5f000001, 1)
	# 1243: fcvt.s.lu dyn frm=4 -> NX
	ENTRY(323, 4, 0x8000000000000001, 0, 0, 0xffffffff5f000000, 1)
	# 1244: fcvt.d.lu rmm frm=4 -> NX
	ENTRY(346, 4, 0x8000000000000001, 0, 0, 0x43e0000000000000, 1)
	# 1245: fcvt.s.w rup frm=3 -> -
	ENTRY(303, 3, 0xfffffffffffffc00, 0, 0, 0xffffffffc4800000, 0)
	# 1246: fcvt.d.w rup frm=4 -> -
	ENTRY(327, 4, 0xfffffffffffffc00, 0, 0, 0xc090000000000000, 0)
	# 1247: fcvt.s.wu rne frm=2 -> -
	ENTRY(306, 2, 0xfffffffffffffc00, 0, 0, 0xffffffff4f7ffffc, 0)
	# 1248: fcvt.d.wu rup frm=3 -> -
	ENTRY(333, 3, 0xfffffffffffffc00, 0, 0, 0x41efffff80000000, 0)
	# 1249: fcvt.s.l rtz frm=1 -> -
	ENTRY(313, 1, 0xfffffffffffffc00, 0, 0, 0xffffffffc4800000, 0)
	# 1250: fcvt.d.l rmm frm=3 -> -
	ENTRY(340, 3, 0xfffffffffffffc00, 0, 0, 0xc090000000000000, 0)
	# 1251: fcvt.s.lu rne frm=0 -> NX
	ENTRY(318, 0, 0xfffffffffffffc00, 0, 0, 0xffffffff5f800000, 1)
	# 1252: fcvt.d.lu rtz frm=1 -> NX
	ENTRY(343, 1, 0xfffffffffffffc00, 0, 0, 0x43efffffffffffff, 1)
	# 1253: fcvt.s.w rne frm=1 -> NX
	ENTRY(300, 1, 0x123456789abcdef0, 0, 0, 0xffffffffceca8642, 1)
	# 1254: fcvt.s.w rtz frm=3 -> NX
	ENTRY(301, 3, 0x123456789abcdef0, 0, 0, 0xffffffffceca8642, 1)
	# 1255: fcvt.s.w rdn frm=4 -> NX
	ENTRY(302, 4, 0x123456789abcdef0, 0, 0, 0xffffffffceca8643, 1)
	# 1256: fcvt.s.w rup frm=4 -> NX
	ENTRY(303, 4, 0x123456789abcdef0, 0, 0, 0xffffffffceca8642, 1)
	# 1257: fcvt.s.w rmm frm=3 -> NX
	ENTRY(304, 3, 0x123456789abcdef0, 0, 0, 0xffffffffceca8642, 1)
	# 1258: fcvt.s.w dyn frm=0 -> NX
	ENTRY(305, 0, 0x123456789abcdef0, 0, 0, 0xffffffffceca8642, 1)
	# 1259: fcvt.s.w dyn frm=1 -> NX
	ENTRY(305, 1, 0x123456789abcdef0, 0, 0, 0xffffffffceca8642, 1)
	# 1260: fcvt.s.w dyn frm=2 -> NX
	ENTRY(305, 2, 0x123456789abcdef0, 0, 0, 0xffffffffceca8643, 1)
	# 1261: fcvt.s.w dyn frm=3 -> NX
	ENTRY(305, 3, 0x123456789abcdef0, 0, 0, 0xffffffffceca8642, 1)
	# 1262: fcvt.s.w dyn frm=4 -> NX
	ENTRY(305, 4, 0x123456789abcdef0, 0, 0, 0xffffffffceca8642, 1)
	# 1263: fcvt.d.w rmm frm=1 -> -
	ENTRY(328, 1, 0x123456789abcdef0, 0, 0, 0xc1d950c844000000, 0)
	# 1264: fcvt.s.wu rne frm=2 -> NX
	ENTRY(306, 2, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcdf, 1)
	# 1265: fcvt.s.wu rtz frm=4 -> NX
	ENTRY(307, 4, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcde, 1)
	# 1266: fcvt.s.wu rdn frm=3 -> NX
	ENTRY(308, 3, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcde, 1)
	# 1267: fcvt.s.wu rup frm=0 -> NX
	ENTRY(309, 0, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcdf, 1)
	# 1268: fcvt.s.wu rmm frm=0 -> NX
	ENTRY(310, 0, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcdf, 1)
	# 1269: fcvt.s.wu dyn frm=0 -> NX
	ENTRY(311, 0, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcdf, 1)
	# 1270: fcvt.s.wu dyn frm=1 -> NX
	ENTRY(311, 1, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcde, 1)
	# 1271: fcvt.s.wu dyn frm=2 -> NX
	ENTRY(311, 2, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcde, 1)
	# 1272: fcvt.s.wu dyn frm=3 -> NX
	ENTRY(311, 3, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcdf, 1)
	# 1273: fcvt.s.wu dyn frm=4 -> NX
	ENTRY(311, 4, 0x123456789abcdef0, 0, 0, 0xffffffff4f1abcdf, 1)
	# 1274: fcvt.d.wu rup frm=2 -> -
	ENTRY(333, 2, 0x123456789abcdef0, 0, 0, 0x41e3579bde000000, 0)
	# 1275: fcvt.s.l rne frm=2 -> NX
	ENTRY(312, 2, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1276: fcvt.s.l rtz frm=4 -> NX
	ENTRY(313, 4, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b3, 1)
	# 1277: fcvt.s.l rdn frm=1 -> NX
	ENTRY(314, 1, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b3, 1)
	# 1278: fcvt.s.l rup frm=1 -> NX
	ENTRY(315, 1, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1279: fcvt.s.l rmm frm=2 -> NX
	ENTRY(316, 2, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1281: fcvt.s.l dyn frm=0 -> NX
	ENTRY(317, 0, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1282: fcvt.s.l dyn frm=1 -> NX
	ENTRY(317, 1, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b3, 1)
	# 1283: fcvt.s.l dyn frm=2 -> NX
	ENTRY(317, 2, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b3, 1)
	# 1284: fcvt.s.l dyn frm=3 -> NX
	ENTRY(317, 3, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1285: fcvt.s.l dyn frm=4 -> NX
	ENTRY(317, 4, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1286: fcvt.d.l rmm frm=0 -> NX
	ENTRY(340, 0, 0x123456789abcdef0, 0, 0, 0x43b23456789abcdf, 1)
	# 1287: fcvt.s.lu rne frm=1 -> NX
	ENTRY(318, 1, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1288: fcvt.s.lu rtz frm=3 -> NX
	ENTRY(319, 3, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b3, 1)
	# 1289: fcvt.s.lu rdn frm=4 -> NX
	ENTRY(320, 4, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b3, 1)
	# 1290: fcvt.s.lu rup frm=1 -> NX
	ENTRY(321, 1, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1291: fcvt.s.lu rmm frm=3 -> NX
	ENTRY(322, 3, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1292: fcvt.s.lu dyn frm=0 -> NX
	ENTRY(323, 0, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1293: fcvt.s.lu dyn frm=1 -> NX
	ENTRY(323, 1, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b3, 1)
	# 1294: fcvt.s.lu dyn frm=2 -> NX
	ENTRY(323, 2, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b3, 1)
	# 1295: fcvt.s.lu dyn frm=3 -> NX
	ENTRY(323, 3, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1296: fcvt.s.lu dyn frm=4 -> NX
	ENTRY(323, 4, 0x123456789abcdef0, 0, 0, 0xffffffff5d91a2b4, 1)
	# 1297: fcvt.d.lu rne frm=1 -> NX
	ENTRY(342, 1, 0x123456789abcdef0, 0, 0, 0x43b23456789abcdf, 1)
	# 1298: fcvt.s.w rne frm=2 -> NX
	ENTRY(300, 2, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1299: fcvt.s.w rtz frm=2 -> NX
	ENTRY(301, 2, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1300: fcvt.s.w rdn frm=3 -> NX
	ENTRY(302, 3, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1301: fcvt.s.w rup frm=4 -> NX
	ENTRY(303, 4, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800001, 1)
	# 1302: fcvt.s.w rmm frm=1 -> NX
	ENTRY(304, 1, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800001, 1)
	# 1303: fcvt.s.w dyn frm=0 -> NX
	ENTRY(305, 0, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1304: fcvt.s.w dyn frm=1 -> NX
	ENTRY(305, 1, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1305: fcvt.s.w dyn frm=2 -> NX
	ENTRY(305, 2, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1306: fcvt.s.w dyn frm=3 -> NX
	ENTRY(305, 3, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800001, 1)
	# 1307: fcvt.s.w dyn frm=4 -> NX
	ENTRY(305, 4, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800001, 1)
	# 1308: fcvt.d.w rtz frm=2 -> -
	ENTRY(325, 2, 0xdeadbeef01000001, 0, 0, 0x4170000010000000, 0)
	# 1309: fcvt.s.wu rne frm=1 -> NX
	ENTRY(306, 1, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1310: fcvt.s.wu rtz frm=2 -> NX
	ENTRY(307, 2, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1311: fcvt.s.wu rdn frm=3 -> NX
	ENTRY(308, 3, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1312: fcvt.s.wu rup frm=1 -> NX
	ENTRY(309, 1, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800001, 1)
	# 1313: fcvt.s.wu rmm frm=0 -> NX
	ENTRY(310, 0, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800001, 1)
	# 1314: fcvt.s.wu dyn frm=0 -> NX
	ENTRY(311, 0, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1315: fcvt.s.wu dyn frm=1 -> NX
	ENTRY(311, 1, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1316: fcvt.s.wu dyn frm=2 -> NX
	ENTRY(311, 2, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800000, 1)
	# 1317: fcvt.s.wu dyn frm=3 -> NX
	ENTRY(311, 3, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800001, 1)
	# 1318: fcvt.s.wu dyn frm=4 -> NX
	ENTRY(311, 4, 0xdeadbeef01000001, 0, 0, 0xffffffff4b800001, 1)
	# 1319: fcvt.d.wu rtz frm=1 -> -
	ENTRY(331, 1, 0xdeadbeef01000001, 0, 0, 0x4170000010000000, 0)
	# 1320: fcvt.s.l rne frm=4 -> NX
	ENTRY(312, 4, 0xdeadbeef01000001, 0, 0, 0xffffffffde054904, 1)
	# 1321: fcvt.s.l rtz frm=3 -> NX
	ENTRY(313, 3, 0xdeadbeef01000001, 0, 0, 0xffffffffde054904, 1)
	# 1322: fcvt.s.l rdn frm=0 -> NX
	ENTRY(314, 0, 0xdeadbeef01000001, 0, 0, 0xffffffffde054905, 1)
	# 1323: fcvt.s.l rup frm=4 -> NX
	ENTRY(315, 4, 0xdeadbeef01000001, 0, 0, 0xffffffffde054904, 1)
	# 1324: fcvt.s.l rmm frm=0 -> NX
	ENTRY(316, 0, 0xdeadbeef01000001, 0, 0, 0xffffffffde054904, 1)
	# 1325: fcvt.s.l dyn frm=0 -> NX
	ENTRY(317, 0, 0xdeadbeef01000001, 0, 0, 0xffffffffde054904, 1)
	# 1326: fcvt.s.l dyn frm=1 -> NX
	ENTRY(317, 1, 0xdeadbeef01000001, 0, 0, 0xffffffffde054904, 1)
	# 1327: fcvt.s.l dyn frm=2 -> NX
	ENTRY(317, 2, 0xdeadbeef01000001, 0, 0, 0xffffffffde054905, 1)
	# 1328: fcvt.s.l dyn frm=3 -> NX
	ENTRY(317, 3, 0xdeadbeef01000001, 0, 0, 0xffffffffde054904, 1)
	# 1329: fcvt.s.l dyn frm=4 -> NX
	ENTRY(317, 4, 0xdeadbeef01000001, 0, 0, 0xffffffffde054904, 1)
	# 1330: fcvt.d.l rdn frm=3 -> NX
	ENTRY(338, 3, 0xdeadbeef01000001, 0, 0, 0xc3c0a920887f8000, 1)
	# 1331: fcvt.s.lu rne frm=2 -> NX
	ENTRY(318, 2, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbf, 1)
	# 1332: fcvt.s.lu rtz frm=4 -> NX
	ENTRY(319, 4, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbe, 1)
	# 1333: fcvt.s.lu rdn frm=1 -> NX
	ENTRY(320, 1, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbe, 1)
	# 1334: fcvt.s.lu rup frm=0 -> NX
	ENTRY(321, 0, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbf, 1)
	# 1335: fcvt.s.lu rmm frm=2 -> NX
	ENTRY(322, 2, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbf, 1)
	# 1336: fcvt.s.lu dyn frm=0 -> NX
	ENTRY(323, 0, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbf, 1)
	# 1337: fcvt.s.lu dyn frm=1 -> NX
	ENTRY(323, 1, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbe, 1)
	# 1338: fcvt.s.lu dyn frm=2 -> NX
	ENTRY(323, 2, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbe, 1)
	# 1339: fcvt.s.lu dyn frm=3 -> NX
	ENTRY(323, 3, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbf, 1)
	# 1340: fcvt.s.lu dyn frm=4 -> NX
	ENTRY(323, 4, 0xdeadbeef01000001, 0, 0, 0xffffffff5f5eadbf, 1)
	# 1341: fcvt.d.lu rtz frm=3 -> NX
	ENTRY(343, 3, 0xdeadbeef01000001, 0, 0, 0x43ebd5b7dde02000, 1)
	# 1342: fcvt.s.w rne frm=4 -> -
	ENTRY(300, 4, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1343: fcvt.s.w rtz frm=0 -> -
	ENTRY(301, 0, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1344: fcvt.s.w rdn frm=1 -> -
	ENTRY(302, 1, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1345: fcvt.s.w rup frm=2 -> -
	ENTRY(303, 2, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1346: fcvt.s.w rmm frm=3 -> -
	ENTRY(304, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1347: fcvt.s.w dyn frm=0 -> -
	ENTRY(305, 0, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1348: fcvt.s.w dyn frm=1 -> -
	ENTRY(305, 1, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1349: fcvt.s.w dyn frm=2 -> -
	ENTRY(305, 2, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1350: fcvt.s.w dyn frm=3 -> -
	ENTRY(305, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1351: fcvt.s.w dyn frm=4 -> -
	ENTRY(305, 4, 0x7ffffffffffffdff, 0, 0, 0xffffffffc4004000, 0)
	# 1352: fcvt.d.w rdn frm=2 -> -
	ENTRY(326, 2, 0x7ffffffffffffdff, 0, 0, 0xc080080000000000, 0)
	# 1353: fcvt.s.wu rne frm=3 -> NX
	ENTRY(306, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffe, 1)
	# 1354: fcvt.s.wu rtz frm=4 -> NX
	ENTRY(307, 4, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffd, 1)
	# 1355: fcvt.s.wu rdn frm=3 -> NX
	ENTRY(308, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffd, 1)
	# 1356: fcvt.s.wu rup frm=4 -> NX
	ENTRY(309, 4, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffe, 1)
	# 1357: fcvt.s.wu rmm frm=0 -> NX
	ENTRY(310, 0, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffe, 1)
	# 1358: fcvt.s.wu dyn frm=0 -> NX
	ENTRY(311, 0, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffe, 1)
	# 1359: fcvt.s.wu dyn frm=1 -> NX
	ENTRY(311, 1, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffd, 1)
	# 1360: fcvt.s.wu dyn frm=2 -> NX
	ENTRY(311, 2, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffd, 1)
	# 1361: fcvt.s.wu dyn frm=3 -> NX
	ENTRY(311, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffe, 1)
	# 1362: fcvt.s.wu dyn frm=4 -> NX
	ENTRY(311, 4, 0x7ffffffffffffdff, 0, 0, 0xffffffff4f7ffffe, 1)
	# 1363: fcvt.d.wu rup frm=2 -> -
	ENTRY(333, 2, 0x7ffffffffffffdff, 0, 0, 0x41efffffbfe00000, 0)
	# 1364: fcvt.s.l rne frm=3 -> NX
	ENTRY(312, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1365: fcvt.s.l rtz frm=3 -> NX
	ENTRY(313, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff5effffff, 1)
	# 1366: fcvt.s.l rdn frm=1 -> NX
	ENTRY(314, 1, 0x7ffffffffffffdff, 0, 0, 0xffffffff5effffff, 1)
	# 1367: fcvt.s.l rup frm=0 -> NX
	ENTRY(315, 0, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1368: fcvt.s.l rmm frm=2 -> NX
	ENTRY(316, 2, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1369: fcvt.s.l dyn frm=0 -> NX
	ENTRY(317, 0, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1370: fcvt.s.l dyn frm=1 -> NX
	ENTRY(317, 1, 0x7ffffffffffffdff, 0, 0, 0xffffffff5effffff, 1)
	# 1371: fcvt.s.l dyn frm=2 -> NX
	ENTRY(317, 2, 0x7ffffffffffffdff, 0, 0, 0xffffffff5effffff, 1)
	# 1372: fcvt.s.l dyn frm=3 -> NX
	ENTRY(317, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1373: fcvt.s.l dyn frm=4 -> NX
	ENTRY(317, 4, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1374: fcvt.d.l rdn frm=0 -> NX
	ENTRY(338, 0, 0x7ffffffffffffdff, 0, 0, 0x43dfffffffffffff, 1)
	# 1375: fcvt.s.lu rne frm=3 -> NX
	ENTRY(318, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1376: fcvt.s.lu rtz frm=3 -> NX
	ENTRY(319, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff5effffff, 1)
	# 1377: fcvt.s.lu rdn frm=3 -> NX
	ENTRY(320, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff5effffff, 1)
	# 1378: fcvt.s.lu rup frm=4 -> NX
	ENTRY(321, 4, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1379: fcvt.s.lu rmm frm=3 -> NX
	ENTRY(322, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1380: fcvt.s.lu dyn frm=0 -> NX
	ENTRY(323, 0, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1381: fcvt.s.lu dyn frm=1 -> NX
	ENTRY(323, 1, 0x7ffffffffffffdff, 0, 0, 0xffffffff5effffff, 1)
	# 1382: fcvt.s.lu dyn frm=2 -> NX
	ENTRY(323, 2, 0x7ffffffffffffdff, 0, 0, 0xffffffff5effffff, 1)
	# 1383: fcvt.s.lu dyn frm=3 -> NX
	ENTRY(323, 3, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1384: fcvt.s.lu dyn frm=4 -> NX
	ENTRY(323, 4, 0x7ffffffffffffdff, 0, 0, 0xffffffff5f000000, 1)
	# 1385: fcvt.d.lu rmm frm=4 -> NX
	ENTRY(346, 4, 0x7ffffffffffffdff, 0, 0, 0x43dfffffffffffff, 1)
	# 1386: fcvt.d.l rne frm=3 -> NX
	ENTRY(336, 3, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1387: fcvt.d.l rtz frm=0 -> NX
	ENTRY(337, 0, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1388: fcvt.d.l rdn frm=1 -> NX
	ENTRY(338, 1, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1389: fcvt.d.l rup frm=0 -> NX
	ENTRY(339, 0, 0x20000000000001, 0, 0, 0x4340000000000001, 1)
	# 1390: fcvt.d.l rmm frm=3 -> NX
	ENTRY(340, 3, 0x20000000000001, 0, 0, 0x4340000000000001, 1)
	# 1391: fcvt.d.l dyn frm=0 -> NX
	ENTRY(341, 0, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1392: fcvt.d.l dyn frm=1 -> NX
	ENTRY(341, 1, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1393: fcvt.d.l dyn frm=2 -> NX
	ENTRY(341, 2, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1394: fcvt.d.l dyn frm=3 -> NX
	ENTRY(341, 3, 0x20000000000001, 0, 0, 0x4340000000000001, 1)
	# 1395: fcvt.d.l dyn frm=4 -> NX
	ENTRY(341, 4, 0x20000000000001, 0, 0, 0x4340000000000001, 1)
	# 1396: fcvt.d.lu rne frm=3 -> NX
	ENTRY(342, 3, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1397: fcvt.d.lu rtz frm=2 -> NX
	ENTRY(343, 2, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1398: fcvt.d.lu rdn frm=3 -> NX
	ENTRY(344, 3, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1399: fcvt.d.lu rup frm=2 -> NX
	ENTRY(345, 2, 0x20000000000001, 0, 0, 0x4340000000000001, 1)
	# 1400: fcvt.d.lu rmm frm=2 -> NX
	ENTRY(346, 2, 0x20000000000001, 0, 0, 0x4340000000000001, 1)
	# 1401: fcvt.d.lu dyn frm=0 -> NX
	ENTRY(347, 0, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1402: fcvt.d.lu dyn frm=1 -> NX
	ENTRY(347, 1, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1403: fcvt.d.lu dyn frm=2 -> NX
	ENTRY(347, 2, 0x20000000000001, 0, 0, 0x4340000000000000, 1)
	# 1404: fcvt.d.lu dyn frm=3 -> NX
	ENTRY(347, 3, 0x20000000000001, 0, 0, 0x4340000000000001, 1)
	# 1405: fcvt.d.lu dyn frm=4 -> NX
	ENTRY(347, 4, 0x20000000000001, 0, 0, 0x4340000000000001, 1)
	# 1406: fcvt.d.l rne frm=1 -> NX
	ENTRY(336, 1, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1407: fcvt.d.l rtz frm=0 -> NX
	ENTRY(337, 0, 0x20000000000003, 0, 0, 0x4340000000000001, 1)
	# 1408: fcvt.d.l rdn frm=4 -> NX
	ENTRY(338, 4, 0x20000000000003, 0, 0, 0x4340000000000001, 1)
	# 1409: fcvt.d.l rup frm=1 -> NX
	ENTRY(339, 1, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1410: fcvt.d.l rmm frm=2 -> NX
	ENTRY(340, 2, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1411: fcvt.d.l dyn frm=0 -> NX
	ENTRY(341, 0, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1412: fcvt.d.l dyn frm=1 -> NX
	ENTRY(341, 1, 0x20000000000003, 0, 0, 0x4340000000000001, 1)
	# 1413: fcvt.d.l dyn frm=2 -> NX
	ENTRY(341, 2, 0x20000000000003, 0, 0, 0x4340000000000001, 1)
	# 1414: fcvt.d.l dyn frm=3 -> NX
	ENTRY(341, 3, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1415: fcvt.d.l dyn frm=4 -> NX
	ENTRY(341, 4, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1416: fcvt.d.lu rne frm=2 -> NX
	ENTRY(342, 2, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1417: fcvt.d.lu rtz frm=2 -> NX
	ENTRY(343, 2, 0x20000000000003, 0, 0, 0x4340000000000001, 1)
	# 1418: fcvt.d.lu rdn frm=3 -> NX
	ENTRY(344, 3, 0x20000000000003, 0, 0, 0x4340000000000001, 1)
	# 1419: fcvt.d.lu rup frm=0 -> NX
	ENTRY(345, 0, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1420: fcvt.d.lu rmm frm=3 -> NX
	ENTRY(346, 3, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1421: fcvt.d.lu dyn frm=0 -> NX
	ENTRY(347, 0, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1422: fcvt.d.lu dyn frm=1 -> NX
	ENTRY(347, 1, 0x20000000000003, 0, 0, 0x4340000000000001, 1)
	# 1423: fcvt.d.lu dyn frm=2 -> NX
	ENTRY(347, 2, 0x20000000000003, 0, 0, 0x4340000000000001, 1)
	# 1424: fcvt.d.lu dyn frm=3 -> NX
	ENTRY(347, 3, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1425: fcvt.d.lu dyn frm=4 -> NX
	ENTRY(347, 4, 0x20000000000003, 0, 0, 0x4340000000000002, 1)
	# 1426: fcvt.d.l rne frm=2 -> NX
	ENTRY(336, 2, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1427: fcvt.d.l rtz frm=4 -> NX
	ENTRY(337, 4, 0x7fffffffffffffff, 0, 0, 0x43dfffffffffffff, 1)
	# 1428: fcvt.d.l rdn frm=4 -> NX
	ENTRY(338, 4, 0x7fffffffffffffff, 0, 0, 0x43dfffffffffffff, 1)
	# 1429: fcvt.d.l rup frm=0 -> NX
	ENTRY(339, 0, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1430: fcvt.d.l rmm frm=2 -> NX
	ENTRY(340, 2, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1431: fcvt.d.l dyn frm=0 -> NX
	ENTRY(341, 0, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1432: fcvt.d.l dyn frm=1 -> NX
	ENTRY(341, 1, 0x7fffffffffffffff, 0, 0, 0x43dfffffffffffff, 1)
	# 1433: fcvt.d.l dyn frm=2 -> NX
	ENTRY(341, 2, 0x7fffffffffffffff, 0, 0, 0x43dfffffffffffff, 1)
	# 1434: fcvt.d.l dyn frm=3 -> NX
	ENTRY(341, 3, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1435: fcvt.d.l dyn frm=4 -> NX
	ENTRY(341, 4, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1436: fcvt.d.lu rne frm=4 -> NX
	ENTRY(342, 4, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1437: fcvt.d.lu rtz frm=3 -> NX
	ENTRY(343, 3, 0x7fffffffffffffff, 0, 0, 0x43dfffffffffffff, 1)
	# 1438: fcvt.d.lu rdn frm=0 -> NX
	ENTRY(344, 0, 0x7fffffffffffffff, 0, 0, 0x43dfffffffffffff, 1)
	# 1439: fcvt.d.lu rup frm=2 -> NX
	ENTRY(345, 2, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1440: fcvt.d.lu rmm frm=0 -> NX
	ENTRY(346, 0, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1441: fcvt.d.lu dyn frm=0 -> NX
	ENTRY(347, 0, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1442: fcvt.d.lu dyn frm=1 -> NX
	ENTRY(347, 1, 0x7fffffffffffffff, 0, 0, 0x43dfffffffffffff, 1)
	# 1443: fcvt.d.lu dyn frm=2 -> NX
	ENTRY(347, 2, 0x7fffffffffffffff, 0, 0, 0x43dfffffffffffff, 1)
	# 1444: fcvt.d.lu dyn frm=3 -> NX
	ENTRY(347, 3, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1445: fcvt.d.lu dyn frm=4 -> NX
	ENTRY(347, 4, 0x7fffffffffffffff, 0, 0, 0x43e0000000000000, 1)
	# 1446: fcvt.s.d rne frm=2 -> -
	ENTRY(240, 2, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1447: fcvt.s.d rtz frm=4 -> -
	ENTRY(241, 4, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1448: fcvt.s.d rdn frm=0 -> -
	ENTRY(242, 0, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1449: fcvt.s.d rup frm=0 -> -
	ENTRY(243, 0, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1450: fcvt.s.d rmm frm=1 -> -
	ENTRY(244, 1, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1451: fcvt.s.d dyn frm=0 -> -
	ENTRY(245, 0, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1452: fcvt.s.d dyn frm=1 -> -
	ENTRY(245, 1, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1453: fcvt.s.d dyn frm=2 -> -
	ENTRY(245, 2, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1454: fcvt.s.d dyn frm=3 -> -
	ENTRY(245, 3, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1455: fcvt.s.d dyn frm=4 -> -
	ENTRY(245, 4, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1456: fcvt.s.d rne frm=4 -> NX
	ENTRY(240, 4, 0x3ff0000010000000, 0, 0, 0xffffffff3f800000, 1)
	# 1457: fcvt.s.d rtz frm=3 -> NX
	ENTRY(241, 3, 0x3ff0000010000000, 0, 0, 0xffffffff3f800000, 1)
	# 1458: fcvt.s.d rdn frm=4 -> NX
	ENTRY(242, 4, 0x3ff0000010000000, 0, 0, 0xffffffff3f800000, 1)
	# 1459: fcvt.s.d rup frm=4 -> NX
	ENTRY(243, 4, 0x3ff0000010000000, 0, 0, 0xffffffff3f800001, 1)
	# 1460: fcvt.s.d rmm frm=0 -> NX
	ENTRY(244, 0, 0x3ff0000010000000, 0, 0, 0xffffffff3f800001, 1)
	# 1461: fcvt.s.d dyn frm=0 -> NX
	ENTRY(245, 0, 0x3ff0000010000000, 0, 0, 0xffffffff3f800000, 1)
	# 1462: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x3ff0000010000000, 0, 0, 0xffffffff3f800000, 1)
	# 1463: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x3ff0000010000000, 0, 0, 0xffffffff3f800000, 1)
	# 1464: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0x3ff0000010000000, 0, 0, 0xffffffff3f800001, 1)
	# 1465: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x3ff0000010000000, 0, 0, 0xffffffff3f800001, 1)
	# 1466: fcvt.s.d rne frm=2 -> NX
	ENTRY(240, 2, 0x3ff0000018000000, 0, 0, 0xffffffff3f800001, 1)
	# 1467: fcvt.s.d rtz frm=4 -> NX
	ENTRY(241, 4, 0x3ff0000018000000, 0, 0, 0xffffffff3f800000, 1)
	# 1468: fcvt.s.d rdn frm=3 -> NX
	ENTRY(242, 3, 0x3ff0000018000000, 0, 0, 0xffffffff3f800000, 1)
	# 1469: fcvt.s.d rup frm=4 -> NX
	ENTRY(243, 4, 0x3ff0000018000000, 0, 0, 0xffffffff3f800001, 1)
	# 1470: fcvt.s.d rmm frm=2 -> NX
	ENTRY(244, 2, 0x3ff0000018000000, 0, 0, 0xffffffff3f800001, 1)
	# 1471: fcvt.s.d dyn frm=0 -> NX
	ENTRY(245, 0, 0x3ff0000018000000, 0, 0, 0xffffffff3f800001, 1)
	# 1472: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x3ff0000018000000, 0, 0, 0xffffffff3f800000, 1)
	# 1473: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x3ff0000018000000, 0, 0, 0xffffffff3f800000, 1)
	# 1474: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0x3ff0000018000000, 0, 0, 0xffffffff3f800001, 1)
	# 1475: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x3ff0000018000000, 0, 0, 0xffffffff3f800001, 1)
	# 1476: fcvt.s.d rne frm=2 -> NX
	ENTRY(240, 2, 0x3ff0000008000000, 0, 0, 0xffffffff3f800000, 1)
	# 1477: fcvt.s.d rtz frm=4 -> NX
	ENTRY(241, 4, 0x3ff0000008000000, 0, 0, 0xffffffff3f800000, 1)
	# 1478: fcvt.s.d rdn frm=0 -> NX
	ENTRY(242, 0, 0x3ff0000008000000, 0, 0, 0xffffffff3f800000, 1)
	# 1479: fcvt.s.d rup frm=4 -> NX
	ENTRY(243, 4, 0x3ff0000008000000, 0, 0, 0xffffffff3f800001, 1)
	# 1480: fcvt.s.d rmm frm=0 -> NX
	ENTRY(244, 0, 0x3ff0000008000000, 0, 0, 0xffffffff3f800000, 1)
	# 1481: fcvt.s.d dyn frm=0 -> NX
	ENTRY(245, 0, 0x3ff0000008000000, 0, 0, 0xffffffff3f800000, 1)
	# 1482: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x3ff0000008000000, 0, 0, 0xffffffff3f800000, 1)
	# 1483: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x3ff0000008000000, 0, 0, 0xffffffff3f800000, 1)
	# 1484: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0x3ff0000008000000, 0, 0, 0xffffffff3f800001, 1)
	# 1485: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x3ff0000008000000, 0, 0, 0xffffffff3f800000, 1)
	# 1486: fcvt.s.d rne frm=2 -> NX
	ENTRY(240, 2, 0xbff0000010000000, 0, 0, 0xffffffffbf800000, 1)
	# 1487: fcvt.s.d rtz frm=2 -> NX
	ENTRY(241, 2, 0xbff0000010000000, 0, 0, 0xffffffffbf800000, 1)
	# 1488: fcvt.s.d rdn frm=3 -> NX
	ENTRY(242, 3, 0xbff0000010000000, 0, 0, 0xffffffffbf800001, 1)
	# 1489: fcvt.s.d rup frm=0 -> NX
	ENTRY(243, 0, 0xbff0000010000000, 0, 0, 0xffffffffbf800000, 1)
	# 1490: fcvt.s.d rmm frm=1 -> NX
	ENTRY(244, 1, 0xbff0000010000000, 0, 0, 0xffffffffbf800001, 1)
	# 1491: fcvt.s.d dyn frm=0 -> NX
	ENTRY(245, 0, 0xbff0000010000000, 0, 0, 0xffffffffbf800000, 1)
	# 1492: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0xbff0000010000000, 0, 0, 0xffffffffbf800000, 1)
	# 1493: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0xbff0000010000000, 0, 0, 0xffffffffbf800001, 1)
	# 1494: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0xbff0000010000000, 0, 0, 0xffffffffbf800000, 1)
	# 1495: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0xbff0000010000000, 0, 0, 0xffffffffbf800001, 1)
	# 1496: fcvt.s.d rne frm=3 -> NX
	ENTRY(240, 3, 0x3ff0000030000000, 0, 0, 0xffffffff3f800002, 1)
	# 1497: fcvt.s.d rtz frm=3 -> NX
	ENTRY(241, 3, 0x3ff0000030000000, 0, 0, 0xffffffff3f800001, 1)
	# 1498: fcvt.s.d rdn frm=1 -> NX
	ENTRY(242, 1, 0x3ff0000030000000, 0, 0, 0xffffffff3f800001, 1)
	# 1499: fcvt.s.d rup frm=0 -> NX
	ENTRY(243, 0, 0x3ff0000030000000, 0, 0, 0xffffffff3f800002, 1)
	# 1500: fcvt.s.d rmm frm=2 -> NX
	ENTRY(244, 2, 0x3ff0000030000000, 0, 0, 0xffffffff3f800002, 1)
	# 1501: fcvt.s.d dyn frm=0 -> NX
	ENTRY(245, 0, 0x3ff0000030000000, 0, 0, 0xffffffff3f800002, 1)
	# 1502: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x3ff0000030000000, 0, 0, 0xffffffff3f800001, 1)
	# 1503: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x3ff0000030000000, 0, 0, 0xffffffff3f800001, 1)
	# 1504: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0x3ff0000030000000, 0, 0, 0xffffffff3f800002, 1)
	# 1505: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x3ff0000030000000, 0, 0, 0xffffffff3f800002, 1)
	# 1506: fcvt.s.d rne frm=2 -> -
	ENTRY(240, 2, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1507: fcvt.s.d rtz frm=3 -> -
	ENTRY(241, 3, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1508: fcvt.s.d rdn frm=3 -> -
	ENTRY(242, 3, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1509: fcvt.s.d rup frm=1 -> -
	ENTRY(243, 1, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1510: fcvt.s.d rmm frm=1 -> -
	ENTRY(244, 1, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1511: fcvt.s.d dyn frm=0 -> -
	ENTRY(245, 0, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1512: fcvt.s.d dyn frm=1 -> -
	ENTRY(245, 1, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1513: fcvt.s.d dyn frm=2 -> -
	ENTRY(245, 2, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1514: fcvt.s.d dyn frm=3 -> -
	ENTRY(245, 3, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1515: fcvt.s.d dyn frm=4 -> -
	ENTRY(245, 4, 0x47efffffe0000000, 0, 0, 0xffffffff7f7fffff, 0)
	# 1516: fcvt.s.d rne frm=4 -> NX
	ENTRY(240, 4, 0x47efffffefffffff, 0, 0, 0xffffffff7f7fffff, 1)
	# 1517: fcvt.s.d rtz frm=4 -> NX
	ENTRY(241, 4, 0x47efffffefffffff, 0, 0, 0xffffffff7f7fffff, 1)
	# 1518: fcvt.s.d rdn frm=3 -> NX
	ENTRY(242, 3, 0x47efffffefffffff, 0, 0, 0xffffffff7f7fffff, 1)
	# 1519: fcvt.s.d rup frm=4 -> OF NX
	ENTRY(243, 4, 0x47efffffefffffff, 0, 0, 0xffffffff7f800000, 5)
	# 1520: fcvt.s.d rmm frm=2 -> NX
	ENTRY(244, 2, 0x47efffffefffffff, 0, 0, 0xffffffff7f7fffff, 1)
	# 1521: fcvt.s.d dyn frm=0 -> NX
	ENTRY(245, 0, 0x47efffffefffffff, 0, 0, 0xffffffff7f7fffff, 1)
	# 1522: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x47efffffefffffff, 0, 0, 0xffffffff7f7fffff, 1)
	# 1523: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x47efffffefffffff, 0, 0, 0xffffffff7f7fffff, 1)
	# 1524: fcvt.s.d dyn frm=3 -> OF NX
	ENTRY(245, 3, 0x47efffffefffffff, 0, 0, 0xffffffff7f800000, 5)
	# 1525: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x47efffffefffffff, 0, 0, 0xffffffff7f7fffff, 1)
	# 1526: fcvt.s.d rne frm=4 -> OF NX
	ENTRY(240, 4, 0x47effffff0000000, 0, 0, 0xffffffff7f800000, 5)
	# 1527: fcvt.s.d rtz frm=4 -> NX
	ENTRY(241, 4, 0x47effffff0000000, 0, 0, 0xffffffff7f7fffff, 1)
	# 1528: fcvt.s.d rdn frm=0 -> NX
	ENTRY(242, 0, 0x47effffff0000000, 0, 0, 0xffffffff7f7fffff, 1)
	# 1529: fcvt.s.d rup frm=0 -> OF NX
	ENTRY(243, 0, 0x47effffff0000000, 0, 0, 0xffffffff7f800000, 5)
	# 1530: fcvt.s.d rmm frm=1 -> OF NX
	ENTRY(244, 1, 0x47effffff0000000, 0, 0, 0xffffffff7f800000, 5)
	# 1531: fcvt.s.d dyn frm=0 -> OF NX
	ENTRY(245, 0, 0x47effffff0000000, 0, 0, 0xffffffff7f800000, 5)
	# 1532: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x47effffff0000000, 0, 0, 0xffffffff7f7fffff, 1)
	# 1533: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x47effffff0000000, 0, 0, 0xffffffff7f7fffff, 1)
	# 1534: fcvt.s.d dyn frm=3 -> OF NX
	ENTRY(245, 3, 0x47effffff0000000, 0, 0, 0xffffffff7f800000, 5)
	# 1535: fcvt.s.d dyn frm=4 -> OF NX
	ENTRY(245, 4, 0x47effffff0000000, 0, 0, 0xffffffff7f800000, 5)
	# 1537: fcvt.s.d rne frm=2 -> OF NX
	ENTRY(240, 2, 0x47f0000000000000, 0, 0, 0xffffffff7f800000, 5)
	# 1538: fcvt.s.d rtz frm=3 -> OF NX
	ENTRY(241, 3, 0x47f0000000000000, 0, 0, 0xffffffff7f7fffff, 5)
	# 1539: fcvt.s.d rdn frm=3 -> OF NX
	ENTRY(242, 3, 0x47f0000000000000, 0, 0, 0xffffffff7f7fffff, 5)
	# 1540: fcvt.s.d rup frm=1 -> OF NX
	ENTRY(243, 1, 0x47f0000000000000, 0, 0, 0xffffffff7f800000, 5)
	# 1541: fcvt.s.d rmm frm=2 -> OF NX
	ENTRY(244, 2, 0x47f0000000000000, 0, 0, 0xffffffff7f800000, 5)
	# 1542: fcvt.s.d dyn frm=0 -> OF NX
	ENTRY(245, 0, 0x47f0000000000000, 0, 0, 0xffffffff7f800000, 5)
	# 1543: fcvt.s.d dyn frm=1 -> OF NX
	ENTRY(245, 1, 0x47f0000000000000, 0, 0, 0xffffffff7f7fffff, 5)
	# 1544: fcvt.s.d dyn frm=2 -> OF NX
	ENTRY(245, 2, 0x47f0000000000000, 0, 0, 0xffffffff7f7fffff, 5)
	# 1545: fcvt.s.d dyn frm=3 -> OF NX
	ENTRY(245, 3, 0x47f0000000000000, 0, 0, 0xffffffff7f800000, 5)
	# 1546: fcvt.s.d dyn frm=4 -> OF NX
	ENTRY(245, 4, 0x47f0000000000000, 0, 0, 0xffffffff7f800000, 5)
	# 1547: fcvt.s.d rne frm=3 -> OF NX
	ENTRY(240, 3, 0x7fefffffffffffff, 0, 0, 0xffffffff7f800000, 5)
	# 1548: fcvt.s.d rtz frm=3 -> OF NX
	ENTRY(241, 3, 0x7fefffffffffffff, 0, 0, 0xffffffff7f7fffff, 5)
	# 1549: fcvt.s.d rdn frm=1 -> OF NX
	ENTRY(242, 1, 0x7fefffffffffffff, 0, 0, 0xffffffff7f7fffff, 5)
	# 1550: fcvt.s.d rup frm=0 -> OF NX
	ENTRY(243, 0, 0x7fefffffffffffff, 0, 0, 0xffffffff7f800000, 5)
	# 1551: fcvt.s.d rmm frm=3 -> OF NX
	ENTRY(244, 3, 0x7fefffffffffffff, 0, 0, 0xffffffff7f800000, 5)
	# 1552: fcvt.s.d dyn frm=0 -> OF NX
	ENTRY(245, 0, 0x7fefffffffffffff, 0, 0, 0xffffffff7f800000, 5)
	# 1553: fcvt.s.d dyn frm=1 -> OF NX
	ENTRY(245, 1, 0x7fefffffffffffff, 0, 0, 0xffffffff7f7fffff, 5)
	# 1554: fcvt.s.d dyn frm=2 -> OF NX
	ENTRY(245, 2, 0x7fefffffffffffff, 0, 0, 0xffffffff7f7fffff, 5)
	# 1555: fcvt.s.d dyn frm=3 -> OF NX
	ENTRY(245, 3, 0x7fefffffffffffff, 0, 0, 0xffffffff7f800000, 5)
	# 1556: fcvt.s.d dyn frm=4 -> OF NX
	ENTRY(245, 4, 0x7fefffffffffffff, 0, 0, 0xffffffff7f800000, 5)
	# 1557: fcvt.s.d rne frm=2 -> OF NX
	ENTRY(240, 2, 0xffefffffffffffff, 0, 0, 0xffffffffff800000, 5)
	# 1558: fcvt.s.d rtz frm=0 -> OF NX
	ENTRY(241, 0, 0xffefffffffffffff, 0, 0, 0xffffffffff7fffff, 5)
	# 1559: fcvt.s.d rdn frm=3 -> OF NX
	ENTRY(242, 3, 0xffefffffffffffff, 0, 0, 0xffffffffff800000, 5)
	# 1560: fcvt.s.d rup frm=1 -> OF NX
	ENTRY(243, 1, 0xffefffffffffffff, 0, 0, 0xffffffffff7fffff, 5)
	# 1561: fcvt.s.d rmm frm=2 -> OF NX
	ENTRY(244, 2, 0xffefffffffffffff, 0, 0, 0xffffffffff800000, 5)
	# 1562: fcvt.s.d dyn frm=0 -> OF NX
	ENTRY(245, 0, 0xffefffffffffffff, 0, 0, 0xffffffffff800000, 5)
	# 1563: fcvt.s.d dyn frm=1 -> OF NX
	ENTRY(245, 1, 0xffefffffffffffff, 0, 0, 0xffffffffff7fffff, 5)
	# 1564: fcvt.s.d dyn frm=2 -> OF NX
	ENTRY(245, 2, 0xffefffffffffffff, 0, 0, 0xffffffffff800000, 5)
	# 1565: fcvt.s.d dyn frm=3 -> OF NX
	ENTRY(245, 3, 0xffefffffffffffff, 0, 0, 0xffffffffff7fffff, 5)
	# 1566: fcvt.s.d dyn frm=4 -> OF NX
	ENTRY(245, 4, 0xffefffffffffffff, 0, 0, 0xffffffffff800000, 5)
	# 1567: fcvt.s.d rne frm=4 -> OF NX
	ENTRY(240, 4, 0xc7effffff0000000, 0, 0, 0xffffffffff800000, 5)
	# 1568: fcvt.s.d rtz frm=0 -> NX
	ENTRY(241, 0, 0xc7effffff0000000, 0, 0, 0xffffffffff7fffff, 1)
	# 1569: fcvt.s.d rdn frm=0 -> OF NX
	ENTRY(242, 0, 0xc7effffff0000000, 0, 0, 0xffffffffff800000, 5)
	# 1570: fcvt.s.d rup frm=1 -> NX
	ENTRY(243, 1, 0xc7effffff0000000, 0, 0, 0xffffffffff7fffff, 1)
	# 1571: fcvt.s.d rmm frm=3 -> OF NX
	ENTRY(244, 3, 0xc7effffff0000000, 0, 0, 0xffffffffff800000, 5)
	# 1572: fcvt.s.d dyn frm=0 -> OF NX
	ENTRY(245, 0, 0xc7effffff0000000, 0, 0, 0xffffffffff800000, 5)
	# 1573: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0xc7effffff0000000, 0, 0, 0xffffffffff7fffff, 1)
	# 1574: fcvt.s.d dyn frm=2 -> OF NX
	ENTRY(245, 2, 0xc7effffff0000000, 0, 0, 0xffffffffff800000, 5)
	# 1575: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0xc7effffff0000000, 0, 0, 0xffffffffff7fffff, 1)
	# 1576: fcvt.s.d dyn frm=4 -> OF NX
	ENTRY(245, 4, 0xc7effffff0000000, 0, 0, 0xffffffffff800000, 5)
	# 1577: fcvt.s.d rne frm=1 -> -
	ENTRY(240, 1, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1578: fcvt.s.d rtz frm=3 -> -
	ENTRY(241, 3, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1579: fcvt.s.d rdn frm=1 -> -
	ENTRY(242, 1, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1580: fcvt.s.d rup frm=1 -> -
	ENTRY(243, 1, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1581: fcvt.s.d rmm frm=3 -> -
	ENTRY(244, 3, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1582: fcvt.s.d dyn frm=0 -> -
	ENTRY(245, 0, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1583: fcvt.s.d dyn frm=1 -> -
	ENTRY(245, 1, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1584: fcvt.s.d dyn frm=2 -> -
	ENTRY(245, 2, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1585: fcvt.s.d dyn frm=3 -> -
	ENTRY(245, 3, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1586: fcvt.s.d dyn frm=4 -> -
	ENTRY(245, 4, 0x3810000000000000, 0, 0, 0xffffffff00800000, 0)
	# 1587: fcvt.s.d rne frm=1 -> NX
	ENTRY(240, 1, 0x380ffffff0000000, 0, 0, 0xffffffff00800000, 1)
	# 1588: fcvt.s.d rtz frm=3 -> UF NX
	ENTRY(241, 3, 0x380ffffff0000000, 0, 0, 0xffffffff007fffff, 3)
	# 1589: fcvt.s.d rdn frm=0 -> UF NX
	ENTRY(242, 0, 0x380ffffff0000000, 0, 0, 0xffffffff007fffff, 3)
	# 1590: fcvt.s.d rup frm=1 -> NX
	ENTRY(243, 1, 0x380ffffff0000000, 0, 0, 0xffffffff00800000, 1)
	# 1591: fcvt.s.d rmm frm=1 -> NX
	ENTRY(244, 1, 0x380ffffff0000000, 0, 0, 0xffffffff00800000, 1)
	# 1592: fcvt.s.d dyn frm=0 -> NX
	ENTRY(245, 0, 0x380ffffff0000000, 0, 0, 0xffffffff00800000, 1)
	# 1593: fcvt.s.d dyn frm=1 -> UF NX
	ENTRY(245, 1, 0x380ffffff0000000, 0, 0, 0xffffffff007fffff, 3)
	# 1594: fcvt.s.d dyn frm=2 -> UF NX
	ENTRY(245, 2, 0x380ffffff0000000, 0, 0, 0xffffffff007fffff, 3)
	# 1595: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0x380ffffff0000000, 0, 0, 0xffffffff00800000, 1)
	# 1596: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x380ffffff0000000, 0, 0, 0xffffffff00800000, 1)
	# 1597: fcvt.s.d rne frm=4 -> UF NX
	ENTRY(240, 4, 0x380fffffe0000000, 0, 0, 0xffffffff00800000, 3)
	# 1598: fcvt.s.d rtz frm=3 -> UF NX
	ENTRY(241, 3, 0x380fffffe0000000, 0, 0, 0xffffffff007fffff, 3)
	# 1599: fcvt.s.d rdn frm=1 -> UF NX
	ENTRY(242, 1, 0x380fffffe0000000, 0, 0, 0xffffffff007fffff, 3)
	# 1600: fcvt.s.d rup frm=4 -> UF NX
	ENTRY(243, 4, 0x380fffffe0000000, 0, 0, 0xffffffff00800000, 3)
	# 1601: fcvt.s.d rmm frm=2 -> UF NX
	ENTRY(244, 2, 0x380fffffe0000000, 0, 0, 0xffffffff00800000, 3)
	# 1602: fcvt.s.d dyn frm=0 -> UF NX
	ENTRY(245, 0, 0x380fffffe0000000, 0, 0, 0xffffffff00800000, 3)
	# 1603: fcvt.s.d dyn frm=1 -> UF NX
	ENTRY(245, 1, 0x380fffffe0000000, 0, 0, 0xffffffff007fffff, 3)
	# 1604: fcvt.s.d dyn frm=2 -> UF NX
	ENTRY(245, 2, 0x380fffffe0000000, 0, 0, 0xffffffff007fffff, 3)
	# 1605: fcvt.s.d dyn frm=3 -> UF NX
	ENTRY(245, 3, 0x380fffffe0000000, 0, 0, 0xffffffff00800000, 3)
	# 1606: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0x380fffffe0000000, 0, 0, 0xffffffff00800000, 3)
	# 1607: fcvt.s.d rne frm=3 -> UF NX
	ENTRY(240, 3, 0x380fffffe8000000, 0, 0, 0xffffffff00800000, 3)
	# 1608: fcvt.s.d rtz frm=3 -> UF NX
	ENTRY(241, 3, 0x380fffffe8000000, 0, 0, 0xffffffff007fffff, 3)
	# 1609: fcvt.s.d rdn frm=0 -> UF NX
	ENTRY(242, 0, 0x380fffffe8000000, 0, 0, 0xffffffff007fffff, 3)
	# 1610: fcvt.s.d rup frm=0 -> NX
	ENTRY(243, 0, 0x380fffffe8000000, 0, 0, 0xffffffff00800000, 1)
	# 1611: fcvt.s.d rmm frm=3 -> UF NX
	ENTRY(244, 3, 0x380fffffe8000000, 0, 0, 0xffffffff00800000, 3)
	# 1612: fcvt.s.d dyn frm=0 -> UF NX
	ENTRY(245, 0, 0x380fffffe8000000, 0, 0, 0xffffffff00800000, 3)
	# 1613: fcvt.s.d dyn frm=1 -> UF NX
	ENTRY(245, 1, 0x380fffffe8000000, 0, 0, 0xffffffff007fffff, 3)
	# 1614: fcvt.s.d dyn frm=2 -> UF NX
	ENTRY(245, 2, 0x380fffffe8000000, 0, 0, 0xffffffff007fffff, 3)
	# 1615: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0x380fffffe8000000, 0, 0, 0xffffffff00800000, 1)
	# 1616: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0x380fffffe8000000, 0, 0, 0xffffffff00800000, 3)
	# 1617: fcvt.s.d rne frm=2 -> -
	ENTRY(240, 2, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1618: fcvt.s.d rtz frm=4 -> -
	ENTRY(241, 4, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1619: fcvt.s.d rdn frm=3 -> -
	ENTRY(242, 3, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1620: fcvt.s.d rup frm=4 -> -
	ENTRY(243, 4, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1621: fcvt.s.d rmm frm=0 -> -
	ENTRY(244, 0, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1622: fcvt.s.d dyn frm=0 -> -
	ENTRY(245, 0, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1623: fcvt.s.d dyn frm=1 -> -
	ENTRY(245, 1, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1624: fcvt.s.d dyn frm=2 -> -
	ENTRY(245, 2, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1625: fcvt.s.d dyn frm=3 -> -
	ENTRY(245, 3, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1626: fcvt.s.d dyn frm=4 -> -
	ENTRY(245, 4, 0x36a0000000000000, 0, 0, 0xffffffff00000001, 0)
	# 1627: fcvt.s.d rne frm=2 -> UF NX
	ENTRY(240, 2, 0x3690000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1628: fcvt.s.d rtz frm=3 -> UF NX
	ENTRY(241, 3, 0x3690000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1629: fcvt.s.d rdn frm=4 -> UF NX
	ENTRY(242, 4, 0x3690000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1630: fcvt.s.d rup frm=2 -> UF NX
	ENTRY(243, 2, 0x3690000000000000, 0, 0, 0xffffffff00000001, 3)
	# 1631: fcvt.s.d rmm frm=1 -> UF NX
	ENTRY(244, 1, 0x3690000000000000, 0, 0, 0xffffffff00000001, 3)
	# 1632: fcvt.s.d dyn frm=0 -> UF NX
	ENTRY(245, 0, 0x3690000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1633: fcvt.s.d dyn frm=1 -> UF NX
	ENTRY(245, 1, 0x3690000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1634: fcvt.s.d dyn frm=2 -> UF NX
	ENTRY(245, 2, 0x3690000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1635: fcvt.s.d dyn frm=3 -> UF NX
	ENTRY(245, 3, 0x3690000000000000, 0, 0, 0xffffffff00000001, 3)
	# 1636: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0x3690000000000000, 0, 0, 0xffffffff00000001, 3)
	# 1637: fcvt.s.d rne frm=2 -> UF NX
	ENTRY(240, 2, 0x3690000000000001, 0, 0, 0xffffffff00000001, 3)
	# 1638: fcvt.s.d rtz frm=0 -> UF NX
	ENTRY(241, 0, 0x3690000000000001, 0, 0, 0xffffffff00000000, 3)
	# 1639: fcvt.s.d rdn frm=3 -> UF NX
	ENTRY(242, 3, 0x3690000000000001, 0, 0, 0xffffffff00000000, 3)
	# 1640: fcvt.s.d rup frm=2 -> UF NX
	ENTRY(243, 2, 0x3690000000000001, 0, 0, 0xffffffff00000001, 3)
	# 1641: fcvt.s.d rmm frm=3 -> UF NX
	ENTRY(244, 3, 0x3690000000000001, 0, 0, 0xffffffff00000001, 3)
	# 1642: fcvt.s.d dyn frm=0 -> UF NX
	ENTRY(245, 0, 0x3690000000000001, 0, 0, 0xffffffff00000001, 3)
	# 1643: fcvt.s.d dyn frm=1 -> UF NX
	ENTRY(245, 1, 0x3690000000000001, 0, 0, 0xffffffff00000000, 3)
	# 1644: fcvt.s.d dyn frm=2 -> UF NX
	ENTRY(245, 2, 0x3690000000000001, 0, 0, 0xffffffff00000000, 3)
	# 1645: fcvt.s.d dyn frm=3 -> UF NX
	ENTRY(245, 3, 0x3690000000000001, 0, 0, 0xffffffff00000001, 3)
	# 1646: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0x3690000000000001, 0, 0, 0xffffffff00000001, 3)
	# 1647: fcvt.s.d rne frm=4 -> UF NX
	ENTRY(240, 4, 0xb690000000000000, 0, 0, 0xffffffff80000000, 3)
	# 1648: fcvt.s.d rtz frm=3 -> UF NX
	ENTRY(241, 3, 0xb690000000000000, 0, 0, 0xffffffff80000000, 3)
	# 1649: fcvt.s.d rdn frm=3 -> UF NX
	ENTRY(242, 3, 0xb690000000000000, 0, 0, 0xffffffff80000001, 3)
	# 1650: fcvt.s.d rup frm=0 -> UF NX
	ENTRY(243, 0, 0xb690000000000000, 0, 0, 0xffffffff80000000, 3)
	# 1651: fcvt.s.d rmm frm=1 -> UF NX
	ENTRY(244, 1, 0xb690000000000000, 0, 0, 0xffffffff80000001, 3)
	# 1652: fcvt.s.d dyn frm=0 -> UF NX
	ENTRY(245, 0, 0xb690000000000000, 0, 0, 0xffffffff80000000, 3)
	# 1653: fcvt.s.d dyn frm=1 -> UF NX
	ENTRY(245, 1, 0xb690000000000000, 0, 0, 0xffffffff80000000, 3)
	# 1654: fcvt.s.d dyn frm=2 -> UF NX
	ENTRY(245, 2, 0xb690000000000000, 0, 0, 0xffffffff80000001, 3)
	# 1655: fcvt.s.d dyn frm=3 -> UF NX
	ENTRY(245, 3, 0xb690000000000000, 0, 0, 0xffffffff80000000, 3)
	# 1656: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0xb690000000000000, 0, 0, 0xffffffff80000001, 3)
	# 1657: fcvt.s.d rne frm=4 -> UF NX
	ENTRY(240, 4, 0x3680000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1658: fcvt.s.d rtz frm=4 -> UF NX
	ENTRY(241, 4, 0x3680000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1659: fcvt.s.d rdn frm=4 -> UF NX
	ENTRY(242, 4, 0x3680000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1660: fcvt.s.d rup frm=1 -> UF NX
	ENTRY(243, 1, 0x3680000000000000, 0, 0, 0xffffffff00000001, 3)
	# 1661: fcvt.s.d rmm frm=1 -> UF NX
	ENTRY(244, 1, 0x3680000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1662: fcvt.s.d dyn frm=0 -> UF NX
	ENTRY(245, 0, 0x3680000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1663: fcvt.s.d dyn frm=1 -> UF NX
	ENTRY(245, 1, 0x3680000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1664: fcvt.s.d dyn frm=2 -> UF NX
	ENTRY(245, 2, 0x3680000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1665: fcvt.s.d dyn frm=3 -> UF NX
	ENTRY(245, 3, 0x3680000000000000, 0, 0, 0xffffffff00000001, 3)
	# 1666: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0x3680000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1667: fcvt.s.d rne frm=2 -> UF NX
	ENTRY(240, 2, 0x1, 0, 0, 0xffffffff00000000, 3)
	# 1668: fcvt.s.d rtz frm=4 -> UF NX
	ENTRY(241, 4, 0x1, 0, 0, 0xffffffff00000000, 3)
	# 1669: fcvt.s.d rdn frm=3 -> UF NX
	ENTRY(242, 3, 0x1, 0, 0, 0xffffffff00000000, 3)
	# 1670: fcvt.s.d rup frm=0 -> UF NX
	ENTRY(243, 0, 0x1, 0, 0, 0xffffffff00000001, 3)
	# 1671: fcvt.s.d rmm frm=1 -> UF NX
	ENTRY(244, 1, 0x1, 0, 0, 0xffffffff00000000, 3)
	# 1672: fcvt.s.d dyn frm=0 -> UF NX
	ENTRY(245, 0, 0x1, 0, 0, 0xffffffff00000000, 3)
	# 1673: fcvt.s.d dyn frm=1 -> UF NX
	ENTRY(245, 1, 0x1, 0, 0, 0xffffffff00000000, 3)
	# 1674: fcvt.s.d dyn frm=2 -> UF NX
	ENTRY(245, 2, 0x1, 0, 0, 0xffffffff00000000, 3)
	# 1675: fcvt.s.d dyn frm=3 -> UF NX
	ENTRY(245, 3, 0x1, 0, 0, 0xffffffff00000001, 3)
	# 1676: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0x1, 0, 0, 0xffffffff00000000, 3)
	# 1677: fcvt.s.d rne frm=1 -> UF NX
	ENTRY(240, 1, 0x8000000000000001, 0, 0, 0xffffffff80000000, 3)
	# 1678: fcvt.s.d rtz frm=0 -> UF NX
	ENTRY(241, 0, 0x8000000000000001, 0, 0, 0xffffffff80000000, 3)
	# 1679: fcvt.s.d rdn frm=0 -> UF NX
	ENTRY(242, 0, 0x8000000000000001, 0, 0, 0xffffffff80000001, 3)
	# 1680: fcvt.s.d rup frm=2 -> UF NX
	ENTRY(243, 2, 0x8000000000000001, 0, 0, 0xffffffff80000000, 3)
	# 1681: fcvt.s.d rmm frm=0 -> UF NX
	ENTRY(244, 0, 0x8000000000000001, 0, 0, 0xffffffff80000000, 3)
	# 1682: fcvt.s.d dyn frm=0 -> UF NX
	ENTRY(245, 0, 0x8000000000000001, 0, 0, 0xffffffff80000000, 3)
	# 1683: fcvt.s.d dyn frm=1 -> UF NX
	ENTRY(245, 1, 0x8000000000000001, 0, 0, 0xffffffff80000000, 3)
	# 1684: fcvt.s.d dyn frm=2 -> UF NX
	ENTRY(245, 2, 0x8000000000000001, 0, 0, 0xffffffff80000001, 3)
	# 1685: fcvt.s.d dyn frm=3 -> UF NX
	ENTRY(245, 3, 0x8000000000000001, 0, 0, 0xffffffff80000000, 3)
	# 1686: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0x8000000000000001, 0, 0, 0xffffffff80000000, 3)
	# 1687: fcvt.s.d rne frm=2 -> NX
	ENTRY(240, 2, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaab, 1)
	# 1688: fcvt.s.d rtz frm=4 -> NX
	ENTRY(241, 4, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaaa, 1)
	# 1689: fcvt.s.d rdn frm=3 -> NX
	ENTRY(242, 3, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaaa, 1)
	# 1690: fcvt.s.d rup frm=1 -> NX
	ENTRY(243, 1, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaab, 1)
	# 1691: fcvt.s.d rmm frm=2 -> NX
	ENTRY(244, 2, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaab, 1)
	# 1692: fcvt.s.d dyn frm=0 -> NX
	ENTRY(245, 0, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaab, 1)
	# 1693: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaaa, 1)
	# 1694: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaaa, 1)
	# 1695: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaab, 1)
	# 1696: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x3fd5555555555555, 0, 0, 0xffffffff3eaaaaab, 1)
	# 1697: fcvt.s.d rne frm=2 -> NX
	ENTRY(240, 2, 0x400921fb54442d18, 0, 0, 0xffffffff40490fdb, 1)
	# 1698: fcvt.s.d rtz frm=3 -> NX
	ENTRY(241, 3, 0x400921fb54442d18, 0, 0, 0xffffffff40490fda, 1)
	# 1699: fcvt.s.d rdn frm=4 -> NX
	ENTRY(242, 4, 0x400921fb54442d18, 0, 0, 0xffffffff40490fda, 1)
	# 1700: fcvt.s.d rup frm=2 -> NX
	ENTRY(243, 2, 0x400921fb54442d18, 0, 0, 0xffffffff40490fdb, 1)
	# 1701: fcvt.s.d rmm frm=1 -> NX
	ENTRY(244, 1, 0x400921fb54442d18, 0, 0, 0xffffffff40490fdb, 1)
	# 1702: fcvt.s.d dyn frm=0 -> NX
	ENTRY(245, 0, 0x400921fb54442d18, 0, 0, 0xffffffff40490fdb, 1)
	# 1703: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x400921fb54442d18, 0, 0, 0xffffffff40490fda, 1)
	# 1704: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x400921fb54442d18, 0, 0, 0xffffffff40490fda, 1)
	# 1705: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0x400921fb54442d18, 0, 0, 0xffffffff40490fdb, 1)
	# 1706: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x400921fb54442d18, 0, 0, 0xffffffff40490fdb, 1)
	# 1707: fcvt.s.d dyn frm=0 -> -
	ENTRY(245, 0, 0, 0, 0, 0xffffffff00000000, 0)
	# 1708: fcvt.s.d rne frm=2 -> -
	ENTRY(240, 2, 0x8000000000000000, 0, 0, 0xffffffff80000000, 0)
	# 1709: fcvt.s.d rtz frm=0 -> -
	ENTRY(241, 0, 0x3ff0000000000000, 0, 0, 0xffffffff3f800000, 0)
	# 1710: fcvt.s.d dyn frm=4 -> -
	ENTRY(245, 4, 0xbff0000000000000, 0, 0, 0xffffffffbf800000, 0)
	# 1711: fcvt.s.d rup frm=4 -> -
	ENTRY(243, 4, 0x7ff0000000000000, 0, 0, 0xffffffff7f800000, 0)
	# 1712: fcvt.s.d rmm frm=1 -> -
	ENTRY(244, 1, 0xfff0000000000000, 0, 0, 0xffffffffff800000, 0)
	# 1713: fcvt.s.d rdn frm=0 -> -
	ENTRY(242, 0, 0x7ff8000000000000, 0, 0, 0xffffffff7fc00000, 0)
	# 1714: fcvt.s.d rne frm=0 -> -
	ENTRY(240, 0, 0xfff8000000000000, 0, 0, 0xffffffff7fc00000, 0)
	# 1715: fcvt.s.d rdn frm=1 -> NV
	ENTRY(242, 1, 0x7ff0000000000001, 0, 0, 0xffffffff7fc00000, 16)
	# 1716: fcvt.s.d rmm frm=4 -> NV
	ENTRY(244, 4, 0xfff0000000000001, 0, 0, 0xffffffff7fc00000, 16)
	# 1717: fcvt.s.d rup frm=0 -> -
	ENTRY(243, 0, 0x7ff8000012345678, 0, 0, 0xffffffff7fc00000, 0)
	# 1718: fcvt.s.d rtz frm=4 -> NV
	ENTRY(241, 4, 0x7ff4000000000000, 0, 0, 0xffffffff7fc00000, 16)
	# 1719: fcvt.s.d rdn frm=1 -> UF NX
	ENTRY(242, 1, 0x1, 0, 0, 0xffffffff00000000, 3)
	# 1720: fcvt.s.d rtz frm=0 -> UF NX
	ENTRY(241, 0, 0x8000000000000001, 0, 0, 0xffffffff80000000, 3)
	# 1721: fcvt.s.d rne frm=2 -> UF NX
	ENTRY(240, 2, 0xfffffffffffff, 0, 0, 0xffffffff00000000, 3)
	# 1722: fcvt.s.d rmm frm=2 -> UF NX
	ENTRY(244, 2, 0x10000000000000, 0, 0, 0xffffffff00000000, 3)
	# 1723: fcvt.s.d rup frm=4 -> UF NX
	ENTRY(243, 4, 0x8010000000000000, 0, 0, 0xffffffff80000000, 3)
	# 1724: fcvt.s.d rtz frm=4 -> OF NX
	ENTRY(241, 4, 0x7fefffffffffffff, 0, 0, 0xffffffff7f7fffff, 5)
	# 1725: fcvt.s.d rne frm=3 -> OF NX
	ENTRY(240, 3, 0xffefffffffffffff, 0, 0, 0xffffffffff800000, 5)
	# 1726: fcvt.s.d rup frm=0 -> NX
	ENTRY(243, 0, 0x3ff0000000000001, 0, 0, 0xffffffff3f800001, 1)
	# 1727: fcvt.s.d rtz frm=3 -> -
	ENTRY(241, 3, 0x4008000000000000, 0, 0, 0xffffffff40400000, 0)
	# 1728: fcvt.s.d rtz frm=2 -> -
	ENTRY(241, 2, 0x4340000000000000, 0, 0, 0xffffffff5a000000, 0)
	# 1729: fcvt.s.d dyn frm=1 -> -
	ENTRY(245, 1, 0x3ca0000000000000, 0, 0, 0xffffffff25000000, 0)
	# 1730: fcvt.d.s rmm frm=3 -> -
	ENTRY(250, 3, 0xffffffff00000000, 0, 0, 0, 0)
	# 1731: fcvt.d.s dyn frm=2 -> -
	ENTRY(251, 2, 0xffffffff80000000, 0, 0, 0x8000000000000000, 0)
	# 1732: fcvt.d.s rtz frm=2 -> -
	ENTRY(247, 2, 0xffffffff3f800000, 0, 0, 0x3ff0000000000000, 0)
	# 1733: fcvt.d.s rdn frm=4 -> -
	ENTRY(248, 4, 0xffffffffbf800000, 0, 0, 0xbff0000000000000, 0)
	# 1734: fcvt.d.s rmm frm=3 -> -
	ENTRY(250, 3, 0xffffffff7f800000, 0, 0, 0x7ff0000000000000, 0)
	# 1735: fcvt.d.s rmm frm=2 -> -
	ENTRY(250, 2, 0xffffffffff800000, 0, 0, 0xfff0000000000000, 0)
	# 1736: fcvt.d.s dyn frm=4 -> -
	ENTRY(251, 4, 0xffffffff7fc00000, 0, 0, 0x7ff8000000000000, 0)
	# 1737: fcvt.d.s rtz frm=4 -> -
	ENTRY(247, 4, 0xffffffffffc00000, 0, 0, 0x7ff8000000000000, 0)
	# 1738: fcvt.d.s dyn frm=1 -> NV
	ENTRY(251, 1, 0xffffffff7f800001, 0, 0, 0x7ff8000000000000, 16)
	# 1739: fcvt.d.s rdn frm=1 -> NV
	ENTRY(248, 1, 0xffffffffff800001, 0, 0, 0x7ff8000000000000, 16)
	# 1740: fcvt.d.s rdn frm=2 -> -
	ENTRY(248, 2, 0xffffffff7fc12345, 0, 0, 0x7ff8000000000000, 0)
	# 1741: fcvt.d.s rdn frm=3 -> NV
	ENTRY(248, 3, 0xffffffff7fa00000, 0, 0, 0x7ff8000000000000, 16)
	# 1742: fcvt.d.s rtz frm=1 -> -
	ENTRY(247, 1, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1743: fcvt.d.s rup frm=4 -> -
	ENTRY(249, 4, 0xffffffff80000001, 0, 0, 0xb6a0000000000000, 0)
	# 1744: fcvt.d.s rdn frm=1 -> -
	ENTRY(248, 1, 0xffffffff007fffff, 0, 0, 0x380fffffc0000000, 0)
	# 1745: fcvt.d.s rne frm=1 -> -
	ENTRY(246, 1, 0xffffffff00800000, 0, 0, 0x3810000000000000, 0)
	# 1746: fcvt.d.s rtz frm=3 -> -
	ENTRY(247, 3, 0xffffffff80800000, 0, 0, 0xb810000000000000, 0)
	# 1747: fcvt.d.s rne frm=0 -> -
	ENTRY(246, 0, 0xffffffff7f7fffff, 0, 0, 0x47efffffe0000000, 0)
	# 1748: fcvt.d.s rup frm=2 -> -
	ENTRY(249, 2, 0xffffffffff7fffff, 0, 0, 0xc7efffffe0000000, 0)
	# 1749: fcvt.d.s rmm frm=0 -> -
	ENTRY(250, 0, 0xffffffff3f800001, 0, 0, 0x3ff0000020000000, 0)
	# 1750: fcvt.d.s rne frm=1 -> -
	ENTRY(246, 1, 0xffffffff40400000, 0, 0, 0x4008000000000000, 0)
	# 1751: fcvt.d.s rmm frm=3 -> -
	ENTRY(250, 3, 0xffffffff4b800000, 0, 0, 0x4170000000000000, 0)
	# 1752: fcvt.d.s rmm frm=4 -> -
	ENTRY(250, 4, 0xffffffff33800000, 0, 0, 0x3e70000000000000, 0)
	# 1753: fcvt.d.s rne frm=1 -> -
	ENTRY(246, 1, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1754: fcvt.d.s rtz frm=4 -> -
	ENTRY(247, 4, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1755: fcvt.d.s rdn frm=0 -> -
	ENTRY(248, 0, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1756: fcvt.d.s rup frm=0 -> -
	ENTRY(249, 0, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1757: fcvt.d.s rmm frm=0 -> -
	ENTRY(250, 0, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1758: fcvt.d.s dyn frm=0 -> -
	ENTRY(251, 0, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1759: fcvt.d.s dyn frm=1 -> -
	ENTRY(251, 1, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1760: fcvt.d.s dyn frm=2 -> -
	ENTRY(251, 2, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1761: fcvt.d.s dyn frm=3 -> -
	ENTRY(251, 3, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1762: fcvt.d.s dyn frm=4 -> -
	ENTRY(251, 4, 0xffffffff00000001, 0, 0, 0x36a0000000000000, 0)
	# 1763: fcvt.d.s dyn frm=4 -> -
	ENTRY(251, 4, 0x3f800000, 0, 0, 0x7ff8000000000000, 0)
	# 1764: fcvt.d.s rtz frm=2 -> -
	ENTRY(247, 2, 0xffffffff807fffff, 0, 0, 0xb80fffffc0000000, 0)
	# 1765: fcvt.w.d dyn frm=0 -> NX
	ENTRY(281, 0, 0xbd10000000000000, 0, 0, 0, 1)
	# 1766: fcvt.w.s rup frm=4 -> NV
	ENTRY(255, 4, 0xffffffffed476f31, 0, 0, 0xffffffff80000000, 16)
	# 1767: fcvt.s.w rtz frm=3 -> NX
	ENTRY(301, 3, 0xcb6260e51e7, 0, 0, 0xffffffff4e183947, 1)
	# 1768: fcvt.d.w rne frm=0 -> -
	ENTRY(324, 0, 0x10e5e0, 0, 0, 0x4130e5e000000000, 0)
	# 1769: fcvt.s.d dyn frm=1 -> OF NX
	ENTRY(245, 1, 0x76c516adff6bfaee, 0, 0, 0xffffffff7f7fffff, 5)
	# 1770: fcvt.wu.d dyn frm=4 -> NV
	ENTRY(287, 4, 0x430817d21ff05507, 0, 0, 0xffffffffffffffff, 16)
	# 1771: fcvt.wu.s rdn frm=2 -> NV
	ENTRY(260, 2, 0xffffffff52a00000, 0, 0, 0xffffffffffffffff, 16)
	# 1772: fcvt.s.wu rne frm=1 -> NX
	ENTRY(306, 1, 0xb38e44e, 0, 0, 0xffffffff4d338e45, 1)
	# 1773: fcvt.d.wu rtz frm=0 -> -
	ENTRY(331, 0, 0x3d, 0, 0, 0x404e800000000000, 0)
	# 1774: fcvt.s.d dyn frm=4 -> -
	ENTRY(245, 4, 0x3ad0000000000000, 0, 0, 0xffffffff16800000, 0)
	# 1775: fcvt.l.d rtz frm=2 -> NV
	ENTRY(289, 2, 0xfff0000000000001, 0, 0, 0x7fffffffffffffff, 16)
	# 1776: fcvt.l.s rdn frm=2 -> NX
	ENTRY(266, 2, 0xffffffff3f800003, 0, 0, 0x1, 1)
	# 1777: fcvt.s.l rdn frm=4 -> NX
	ENTRY(314, 4, 0xd7b6866b2, 0, 0, 0xffffffff5157b686, 1)
	# 1778: fcvt.d.l dyn frm=1 -> NX
	ENTRY(341, 1, 0x18640539b692b08b, 0, 0, 0x43b8640539b692b0, 1)
	# 1779: fcvt.s.d rtz frm=3 -> UF NX
	ENTRY(241, 3, 0x31da4fdb73b8a7, 0, 0, 0xffffffff00000000, 3)
	# 1780: fcvt.lu.d rup frm=1 -> NV
	ENTRY(297, 1, 0xc1c58122c91108d0, 0, 0, 0, 16)
	# 1781: fcvt.lu.s rtz frm=4 -> -
	ENTRY(271, 4, 0xffffffff48800000, 0, 0, 0x40000, 0)
	# 1782: fcvt.s.lu rtz frm=3 -> -
	ENTRY(319, 3, 0x18bf530, 0, 0, 0xffffffff4bc5fa98, 0)
	# 1783: fcvt.d.lu rtz frm=4 -> -
	ENTRY(343, 4, 0xa, 0, 0, 0x4024000000000000, 0)
	# 1784: fcvt.s.d rup frm=4 -> NX
	ENTRY(243, 4, 0x41068eb6fde4d8d7, 0, 0, 0xffffffff483475b8, 1)
	# 1785: fcvt.w.d rdn frm=0 -> NX
	ENTRY(278, 0, 0x1e537a4045952b2e, 0, 0, 0, 1)
	# 1786: fcvt.w.s dyn frm=1 -> NV
	ENTRY(257, 1, 0xffffffff7fc12345, 0, 0, 0x7fffffff, 16)
	# 1787: fcvt.s.w rtz frm=3 -> NX
	ENTRY(301, 3, 0xee6988dca, 0, 0, 0xffffffffcdcb3b91, 1)
	# 1788: fcvt.d.w rmm frm=1 -> -
	ENTRY(328, 1, 0xe, 0, 0, 0x402c000000000000, 0)
	# 1789: fcvt.s.d rmm frm=4 -> -
	ENTRY(244, 4, 0xbe50000000000000, 0, 0, 0xffffffffb2800000, 0)
	# 1790: fcvt.wu.d dyn frm=2 -> NV
	ENTRY(287, 2, 0x42f0000000000004, 0, 0, 0xffffffffffffffff, 16)
	# 1791: fcvt.wu.s rdn frm=0 -> NV
	ENTRY(260, 0, 0xffffffff57952cb4, 0, 0, 0xffffffffffffffff, 16)
	# 1793: fcvt.s.wu rmm frm=2 -> -
	ENTRY(310, 2, 0x4d, 0, 0, 0xffffffff429a0000, 0)
	# 1794: fcvt.d.wu rtz frm=1 -> -
	ENTRY(331, 1, 0x10afc, 0, 0, 0x40f0afc000000000, 0)
	# 1795: fcvt.s.d rup frm=2 -> -
	ENTRY(243, 2, 0x43b0000000000000, 0, 0, 0xffffffff5d800000, 0)
	# 1796: fcvt.l.d rne frm=4 -> NV
	ENTRY(288, 4, 0xf30143c806973028, 0, 0, 0x8000000000000000, 16)
	# 1797: fcvt.l.s dyn frm=0 -> -
	ENTRY(269, 0, 0xffffffff3f800000, 0, 0, 0x1, 0)
	# 1798: fcvt.s.l rup frm=4 -> NX
	ENTRY(315, 4, 0x434fb72, 0, 0, 0xffffffff4c869f6f, 1)
	# 1799: fcvt.d.l rtz frm=3 -> NX
	ENTRY(337, 3, 0xa2dbf4846edf08bd, 0, 0, 0xc3d74902dee4483d, 1)
	# 1800: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x3ffffffffffffffe, 0, 0, 0xffffffff3fffffff, 1)
	# 1801: fcvt.lu.d rdn frm=4 -> -
	ENTRY(296, 4, 0x43d0000000000004, 0, 0, 0x4000000000001000, 0)
	# 1802: fcvt.lu.s rtz frm=3 -> NV
	ENTRY(271, 3, 0xffffffffc0180000, 0, 0, 0, 16)
	# 1803: fcvt.s.lu rne frm=1 -> NX
	ENTRY(318, 1, 0xe59a80c8ab72f84, 0, 0, 0xffffffff5d659a81, 1)
	# 1804: fcvt.d.lu dyn frm=1 -> -
	ENTRY(347, 1, 0xb862bb07, 0, 0, 0x41e70c5760e00000, 0)
	# 1805: fcvt.s.d dyn frm=1 -> -
	ENTRY(245, 1, 0xb950000000000000, 0, 0, 0xffffffff8a800000, 0)
	# 1806: fcvt.w.d rtz frm=2 -> NX
	ENTRY(277, 2, 0x27f87d60bc0a91, 0, 0, 0, 1)
	# 1807: fcvt.w.s dyn frm=3 -> NX
	ENTRY(257, 3, 0xffffffff8037b1eb, 0, 0, 0, 1)
	# 1808: fcvt.s.w rne frm=3 -> -
	ENTRY(300, 3, 0x4440, 0, 0, 0xffffffff46888000, 0)
	# 1809: fcvt.d.w rup frm=3 -> -
	ENTRY(327, 3, 0x36f28655d, 0, 0, 0x41dbca1957400000, 0)
	# 1810: fcvt.s.d dyn frm=3 -> OF NX
	ENTRY(245, 3, 0x60963f1096613ce4, 0, 0, 0xffffffff7f800000, 5)
	# 1811: fcvt.wu.d rtz frm=2 -> NX
	ENTRY(283, 2, 0x413fffffffffffff, 0, 0, 0x1fffff, 1)
	# 1812: fcvt.wu.s rtz frm=2 -> NV
	ENTRY(259, 2, 0xffffffff50c40000, 0, 0, 0xffffffffffffffff, 16)
	# 1813: fcvt.s.wu rne frm=4 -> -
	ENTRY(306, 4, 0xa1b, 0, 0, 0xffffffff4521b000, 0)
	# 1814: fcvt.d.wu rdn frm=2 -> -
	ENTRY(332, 2, 0x3f2ec6e1c874d90, 0, 0, 0x41bc874d90000000, 0)
	# 1815: fcvt.s.d rtz frm=0 -> NX
	ENTRY(241, 0, 0x43cec538a1f97f27, 0, 0, 0xffffffff5e7629c5, 1)
	# 1816: fcvt.l.d rtz frm=4 -> NV
	ENTRY(289, 4, 0x7ff8000012345678, 0, 0, 0x7fffffffffffffff, 16)
	# 1817: fcvt.l.s rne frm=4 -> NX
	ENTRY(264, 4, 0xffffffffbfa00000, 0, 0, 0xffffffffffffffff, 1)
	# 1818: fcvt.s.l rdn frm=1 -> NX
	ENTRY(314, 1, 0xafc7fd1fb58, 0, 0, 0xffffffff552fc7fd, 1)
	# 1819: fcvt.d.l rne frm=1 -> -
	ENTRY(336, 1, 0x79911d22e, 0, 0, 0x421e644748b80000, 0)
	# 1820: fcvt.s.d rup frm=0 -> -
	ENTRY(243, 0, 0x3ed0000000000000, 0, 0, 0xffffffff36800000, 0)
	# 1821: fcvt.lu.d rtz frm=0 -> NX
	ENTRY(295, 0, 0xbfd6a27758d1efab, 0, 0, 0, 1)
	# 1822: fcvt.lu.s dyn frm=2 -> NX
	ENTRY(275, 2, 0xffffffff46000002, 0, 0, 0x2000, 1)
	# 1823: fcvt.s.lu rtz frm=0 -> NX
	ENTRY(319, 0, 0x40bda0aba4610, 0, 0, 0xffffffff58817b41, 1)
	# 1824: fcvt.d.lu rup frm=0 -> -
	ENTRY(345, 0, 0x16c9e, 0, 0, 0x40f6c9e000000000, 0)
	# 1825: fcvt.s.d rdn frm=4 -> NX
	ENTRY(242, 4, 0x3870000000000002, 0, 0, 0xffffffff03800000, 1)
	# 1826: fcvt.w.d rmm frm=1 -> NX
	ENTRY(280, 1, 0x4000000000000005, 0, 0, 0x2, 1)
	# 1827: fcvt.w.s rtz frm=3 -> NX
	ENTRY(253, 3, 0xffffffffc8cfc33d, 0, 0, 0xfffffffffff981e7, 1)
	# 1828: fcvt.s.w rne frm=3 -> NX
	ENTRY(300, 3, 0xc9ad5e3318d9, 0, 0, 0xffffffff4ebc6632, 1)
	# 1829: fcvt.d.w rtz frm=4 -> -
	ENTRY(325, 4, 0x2eae2873dba, 0, 0, 0xc1bd78c246000000, 0)
	# 1830: fcvt.s.d dyn frm=4 -> -
	ENTRY(245, 4, 0xbe80000000000000, 0, 0, 0xffffffffb4000000, 0)
	# 1831: fcvt.wu.d dyn frm=2 -> NV
	ENTRY(287, 2, 0xc100000000000000, 0, 0, 0, 16)
	# 1832: fcvt.wu.s rtz frm=2 -> NV
	ENTRY(259, 2, 0xffffffff5e9c0000, 0, 0, 0xffffffffffffffff, 16)
	# 1833: fcvt.s.wu rne frm=2 -> -
	ENTRY(306, 2, 0x37, 0, 0, 0xffffffff425c0000, 0)
	# 1834: fcvt.d.wu rup frm=4 -> -
	ENTRY(333, 4, 0, 0, 0, 0, 0)
	# 1835: fcvt.s.d rmm frm=0 -> NX
	ENTRY(244, 0, 0x3e516a6ef9f52f23, 0, 0, 0xffffffff328b5378, 1)
	# 1836: fcvt.l.d rdn frm=2 -> NX
	ENTRY(290, 2, 0x3feffffffffffffe, 0, 0, 0, 1)
	# 1837: fcvt.l.s rmm frm=2 -> NX
	ENTRY(268, 2, 0xffffffff80000001, 0, 0, 0, 1)
	# 1838: fcvt.s.l rdn frm=3 -> NX
	ENTRY(314, 3, 0x13b647f42cc6b, 0, 0, 0xffffffff579db23f, 1)
	# 1839: fcvt.d.l rtz frm=3 -> -
	ENTRY(337, 3, 0x223c0, 0, 0, 0x41011e0000000000, 0)
	# 1840: fcvt.s.d rup frm=4 -> UF NX
	ENTRY(243, 4, 0x800580eb937168d0, 0, 0, 0xffffffff80000000, 3)
	# 1841: fcvt.lu.d rdn frm=2 -> NX
	ENTRY(296, 2, 0x40c0000000000002, 0, 0, 0x2000, 1)
	# 1842: fcvt.lu.s rmm frm=0 -> -
	ENTRY(274, 0, 0xffffffff50300000, 0, 0, 0x2c0000000, 0)
	# 1843: fcvt.s.lu rmm frm=3 -> -
	ENTRY(322, 3, 0x463c78, 0, 0, 0xffffffff4a8c78f0, 0)
	# 1844: fcvt.d.lu rmm frm=3 -> NX
	ENTRY(346, 3, 0x22d70fd73e8f17, 0, 0, 0x43416b87eb9f478c, 1)
	# 1845: fcvt.s.d rne frm=2 -> NX
	ENTRY(240, 2, 0x3e60000000000004, 0, 0, 0xffffffff33000000, 1)
	# 1846: fcvt.w.d rtz frm=1 -> NX
	ENTRY(277, 1, 0xa81e2f32d3b9ffde, 0, 0, 0, 1)
	# 1847: fcvt.w.s rmm frm=3 -> NX
	ENTRY(256, 3, 0xffffffff80000001, 0, 0, 0, 1)
	# 1848: fcvt.s.w rdn frm=4 -> NX
	ENTRY(302, 4, 0x711566f9201271, 0, 0, 0xffffffffccdbfdb2, 1)
	# 1849: fcvt.d.w rdn frm=1 -> -
	ENTRY(326, 1, 0x41f3, 0, 0, 0x40d07cc000000000, 0)
	# 1850: fcvt.s.d rmm frm=1 -> UF NX
	ENTRY(244, 1, 0x229780bfaca67bba, 0, 0, 0xffffffff00000000, 3)
	# 1851: fcvt.wu.d rtz frm=3 -> NV
	ENTRY(283, 3, 0xc250000000000000, 0, 0, 0, 16)
	# 1852: fcvt.wu.s rmm frm=0 -> NV
	ENTRY(262, 0, 0xffffffffc09592b7, 0, 0, 0, 16)
	# 1853: fcvt.s.wu rup frm=4 -> NX
	ENTRY(309, 4, 0xd93615e56552, 0, 0, 0xffffffff4daf2b2b, 1)
	# 1854: fcvt.d.wu rtz frm=2 -> -
	ENTRY(331, 2, 0x2fcbf73dbb162, 0, 0, 0x41dcf6ec58800000, 0)
	# 1855: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x4464b8588499fe3a, 0, 0, 0xffffffff6325c2c4, 1)
	# 1856: fcvt.l.d rmm frm=2 -> NX
	ENTRY(292, 2, 0x3d00000000000000, 0, 0, 0, 1)
	# 1857: fcvt.l.s rup frm=3 -> NX
	ENTRY(267, 3, 0xffffffff3fffffff, 0, 0, 0x2, 1)
	# 1858: fcvt.s.l rdn frm=1 -> NX
	ENTRY(314, 1, 0x15a728360bf, 0, 0, 0xffffffff53ad3941, 1)
	# 1859: fcvt.d.l rup frm=2 -> -
	ENTRY(339, 2, 0x62fd3bb6bf71b, 0, 0, 0x4318bf4eedafdc6c, 0)
	# 1860: fcvt.s.d rne frm=1 -> -
	ENTRY(240, 1, 0x3ef0000000000000, 0, 0, 0xffffffff37800000, 0)
	# 1861: fcvt.lu.d rdn frm=2 -> NV
	ENTRY(296, 2, 0xc190000000000000, 0, 0, 0, 16)
	# 1862: fcvt.lu.s rtz frm=2 -> NV
	ENTRY(271, 2, 0xffffffffc656b83e, 0, 0, 0, 16)
	# 1863: fcvt.s.lu rne frm=1 -> -
	ENTRY(318, 1, 0x222751c, 0, 0, 0xffffffff4c089d47, 0)
	# 1864: fcvt.d.lu rne frm=1 -> -
	ENTRY(342, 1, 0x11585bcd7ad164, 0, 0, 0x4331585bcd7ad164, 0)
	# 1865: fcvt.s.d rne frm=0 -> NX
	ENTRY(240, 0, 0xba40000000000001, 0, 0, 0xffffffff92000000, 1)
	# 1866: fcvt.w.d rne frm=2 -> NV
	ENTRY(276, 2, 0xffefffffffffffff, 0, 0, 0xffffffff80000000, 16)
	# 1867: fcvt.w.s rtz frm=1 -> NV
	ENTRY(253, 1, 0xffffffffe8463c23, 0, 0, 0xffffffff80000000, 16)
	# 1868: fcvt.s.w rmm frm=0 -> NX
	ENTRY(304, 0, 0x11517f79815ad, 0, 0, 0xffffffffcd067ea5, 1)
	# 1869: fcvt.d.w rne frm=0 -> -
	ENTRY(324, 0, 0x94cc, 0, 0, 0x40e2998000000000, 0)
	# 1870: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0x3a568d9d57dc5b, 0, 0, 0xffffffff00000000, 3)
	# 1871: fcvt.wu.d rdn frm=4 -> NV
	ENTRY(284, 4, 0x4400000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 1872: fcvt.wu.s rne frm=2 -> NV
	ENTRY(258, 2, 0xffffffff58a00000, 0, 0, 0xffffffffffffffff, 16)
	# 1873: fcvt.s.wu rup frm=0 -> NX
	ENTRY(309, 0, 0xfd6f2b19bc69320, 0, 0, 0xffffffff4f1bc694, 1)
	# 1874: fcvt.d.wu rtz frm=1 -> -
	ENTRY(331, 1, 0x36f545854e11, 0, 0, 0x41d1615384400000, 0)
	# 1875: fcvt.s.d rmm frm=4 -> NX
	ENTRY(244, 4, 0x3c2fffffffffffff, 0, 0, 0xffffffff21800000, 1)
	# 1876: fcvt.l.d dyn frm=4 -> NV
	ENTRY(293, 4, 0x7ff0000000000001, 0, 0, 0x7fffffffffffffff, 16)
	# 1877: fcvt.l.s rne frm=0 -> NX
	ENTRY(264, 0, 0xffffffff40000003, 0, 0, 0x2, 1)
	# 1878: fcvt.s.l rmm frm=4 -> -
	ENTRY(316, 4, 0x1e8, 0, 0, 0xffffffff43f40000, 0)
	# 1879: fcvt.d.l rne frm=2 -> -
	ENTRY(336, 2, 0x314, 0, 0, 0x4088a00000000000, 0)
	# 1880: fcvt.s.d dyn frm=0 -> -
	ENTRY(245, 0, 0x3f90000000000000, 0, 0, 0xffffffff3c800000, 0)
	# 1881: fcvt.lu.d dyn frm=1 -> NX
	ENTRY(299, 1, 0x3fe0000000000000, 0, 0, 0, 1)
	# 1882: fcvt.lu.s rtz frm=4 -> -
	ENTRY(271, 4, 0xffffffff4c7fffff, 0, 0, 0x3fffffc, 0)
	# 1883: fcvt.s.lu rup frm=3 -> -
	ENTRY(321, 3, 0xc0562, 0, 0, 0xffffffff49405620, 0)
	# 1884: fcvt.d.lu rne frm=2 -> -
	ENTRY(342, 2, 0xd02, 0, 0, 0x40aa040000000000, 0)
	# 1885: fcvt.s.d rmm frm=1 -> NX
	ENTRY(244, 1, 0x3c8f6b7b8ca56327, 0, 0, 0xffffffff247b5bdc, 1)
	# 1886: fcvt.w.d dyn frm=1 -> NX
	ENTRY(281, 1, 0xbd90000000000000, 0, 0, 0, 1)
	# 1887: fcvt.w.s rne frm=2 -> NX
	ENTRY(252, 2, 0xffffffff21e59385, 0, 0, 0, 1)
	# 1888: fcvt.s.w dyn frm=2 -> -
	ENTRY(305, 2, 0xcb7bf, 0, 0, 0xffffffff494b7bf0, 0)
	# 1889: fcvt.d.w dyn frm=4 -> -
	ENTRY(329, 4, 0xb2929ff8292, 0, 0, 0x41c4ffc149000000, 0)
	# 1890: fcvt.s.d dyn frm=3 -> NX
	ENTRY(245, 3, 0x4000000000000004, 0, 0, 0xffffffff40000001, 1)
	# 1891: fcvt.wu.d rmm frm=3 -> NV
	ENTRY(286, 3, 0xc0e0000000000000, 0, 0, 0, 16)
	# 1892: fcvt.wu.s dyn frm=1 -> NV
	ENTRY(263, 1, 0xffffffffd3a8d234, 0, 0, 0, 16)
	# 1893: fcvt.s.wu rne frm=3 -> NX
	ENTRY(306, 3, 0x37afebb, 0, 0, 0xffffffff4c5ebfaf, 1)
	# 1894: fcvt.d.wu rne frm=1 -> -
	ENTRY(330, 1, 0xb1d910db6b3f2d6, 0, 0, 0x41e6d67e5ac00000, 0)
	# 1895: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x3f83fafc18b36167, 0, 0, 0xffffffff3c1fd7e1, 1)
	# 1896: fcvt.l.d rtz frm=4 -> NX
	ENTRY(289, 4, 0x801c98dd7eda0b2a, 0, 0, 0, 1)
	# 1897: fcvt.l.s rup frm=0 -> NX
	ENTRY(267, 0, 0xffffffff808e35cb, 0, 0, 0, 1)
	# 1898: fcvt.s.l rdn frm=3 -> NX
	ENTRY(314, 3, 0x1693987139a49249, 0, 0, 0xffffffff5db49cc3, 1)
	# 1899: fcvt.d.l rup frm=0 -> NX
	ENTRY(339, 0, 0x4e9ea6c8619b32, 0, 0, 0x4353a7a9b21866cd, 1)
	# 1900: fcvt.s.d rne frm=3 -> UF NX
	ENTRY(240, 3, 0xa945948c5a1dba3a, 0, 0, 0xffffffff80000000, 3)
	# 1901: fcvt.lu.d rmm frm=2 -> NX
	ENTRY(298, 2, 0x4128000012345678, 0, 0, 0xc0000, 1)
	# 1902: fcvt.lu.s dyn frm=0 -> -
	ENTRY(275, 0, 0xffffffff4e6c0000, 0, 0, 0x3b000000, 0)
	# 1903: fcvt.s.lu rdn frm=1 -> NX
	ENTRY(320, 1, 0x68eee1c, 0, 0, 0xffffffff4cd1ddc3, 1)
	# 1904: fcvt.d.lu rmm frm=0 -> -
	ENTRY(346, 0, 0xcd1a549408, 0, 0, 0x4269a34a92810000, 0)
	# 1905: fcvt.s.d rdn frm=1 -> -
	ENTRY(242, 1, 0x4740000000000000, 0, 0, 0xffffffff7a000000, 0)
	# 1906: fcvt.w.d rtz frm=1 -> NX
	ENTRY(277, 1, 0x4000000000000005, 0, 0, 0x2, 1)
	# 1907: fcvt.w.s rdn frm=0 -> NX
	ENTRY(254, 0, 0xffffffff01c1ff8f, 0, 0, 0, 1)
	# 1908: fcvt.s.w rtz frm=2 -> NX
	ENTRY(301, 2, 0x2db0d78c82c, 0, 0, 0xffffffff4d578c82, 1)
	# 1909: fcvt.d.w rup frm=3 -> -
	ENTRY(327, 3, 0x60, 0, 0, 0x4058000000000000, 0)
	# 1910: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0xc46a84616db7394a, 0, 0, 0xffffffffe354230b, 1)
	# 1911: fcvt.wu.d rtz frm=0 -> NV
	ENTRY(283, 0, 0xc39c1f5270486d8e, 0, 0, 0, 16)
	# 1912: fcvt.wu.s rne frm=3 -> NX
	ENTRY(258, 3, 0xffffffff441a609f, 0, 0, 0x26a, 1)
	# 1913: fcvt.s.wu rdn frm=1 -> NX
	ENTRY(308, 1, 0x4bf620469, 0, 0, 0xffffffff4f3f6204, 1)
	# 1914: fcvt.d.wu dyn frm=1 -> -
	ENTRY(335, 1, 0x153f, 0, 0, 0x40b53f0000000000, 0)
	# 1915: fcvt.s.d rup frm=1 -> NX
	ENTRY(243, 1, 0x3a8fc9b45e9ef815, 0, 0, 0xffffffff147e4da3, 1)
	# 1916: fcvt.l.d rne frm=4 -> NV
	ENTRY(288, 4, 0xffefffffffffffff, 0, 0, 0x8000000000000000, 16)
	# 1917: fcvt.l.s rtz frm=0 -> NX
	ENTRY(265, 0, 0xffffffff9a90a43a, 0, 0, 0, 1)
	# 1918: fcvt.s.l rtz frm=4 -> NX
	ENTRY(313, 4, 0xd348f430bbd62, 0, 0, 0xffffffff595348f4, 1)
	# 1919: fcvt.d.l rtz frm=2 -> -
	ENTRY(337, 2, 0x11f5, 0, 0, 0x40b1f50000000000, 0)
	# 1920: fcvt.s.d rup frm=1 -> OF NX
	ENTRY(243, 1, 0x6f04b8bd2f8d0a51, 0, 0, 0xffffffff7f800000, 5)
	# 1921: fcvt.lu.d rmm frm=3 -> NX
	ENTRY(298, 3, 0x42d248d517af072d, 0, 0, 0x4923545ebc1d, 1)
	# 1922: fcvt.lu.s rmm frm=4 -> -
	ENTRY(274, 4, 0xffffffff5e000000, 0, 0, 0x2000000000000000, 0)
	# 1923: fcvt.s.lu rtz frm=2 -> NX
	ENTRY(319, 2, 0xd0b5387, 0, 0, 0xffffffff4d50b538, 1)
	# 1924: fcvt.d.lu dyn frm=0 -> -
	ENTRY(347, 0, 0xda5bac3704, 0, 0, 0x426b4b7586e08000, 0)
	# 1925: fcvt.s.d dyn frm=2 -> NX
	ENTRY(245, 2, 0x3c7fffffffffffff, 0, 0, 0xffffffff23ffffff, 1)
	# 1926: fcvt.w.d rdn frm=2 -> NX
	ENTRY(278, 2, 0x6a4190535fd6e45, 0, 0, 0, 1)
	# 1927: fcvt.w.s rne frm=1 -> NX
	ENTRY(252, 1, 0xffffffff00979859, 0, 0, 0, 1)
	# 1928: fcvt.s.w dyn frm=4 -> NX
	ENTRY(305, 4, 0xed7cc8d6c04aede, 0, 0, 0xffffffff4ed8095e, 1)
	# 1929: fcvt.d.w rne frm=2 -> -
	ENTRY(324, 2, 0xf6036b, 0, 0, 0x416ec06d60000000, 0)
	# 1930: fcvt.s.d rdn frm=2 -> UF NX
	ENTRY(242, 2, 0x80350e58ad1e6a55, 0, 0, 0xffffffff80000001, 3)
	# 1931: fcvt.wu.d rdn frm=3 -> NV
	ENTRY(284, 3, 0x43e9e9087527a0a7, 0, 0, 0xffffffffffffffff, 16)
	# 1932: fcvt.wu.s rne frm=3 -> NV
	ENTRY(258, 3, 0xffffffffd5a0715f, 0, 0, 0, 16)
	# 1933: fcvt.s.wu dyn frm=2 -> -
	ENTRY(311, 2, 0x75, 0, 0, 0xffffffff42ea0000, 0)
	# 1934: fcvt.d.wu rup frm=0 -> -
	ENTRY(333, 0, 0x5817b899336, 0, 0, 0x41dee264cd800000, 0)
	# 1935: fcvt.s.d rmm frm=4 -> -
	ENTRY(244, 4, 0xbc20000000000000, 0, 0, 0xffffffffa1000000, 0)
	# 1936: fcvt.l.d rup frm=3 -> NX
	ENTRY(291, 3, 0x3d50000000000000, 0, 0, 0x1, 1)
	# 1937: fcvt.l.s rmm frm=0 -> NX
	ENTRY(268, 0, 0xffffffff16cd46d0, 0, 0, 0, 1)
	# 1938: fcvt.s.l rne frm=4 -> NX
	ENTRY(312, 4, 0xda2d4a547a2b50, 0, 0, 0xffffffff5b5a2d4a, 1)
	# 1939: fcvt.d.l rup frm=4 -> -
	ENTRY(339, 4, 0x5, 0, 0, 0x4014000000000000, 0)
	# 1940: fcvt.s.d rup frm=4 -> -
	ENTRY(243, 4, 0xbf20000000000000, 0, 0, 0xffffffffb9000000, 0)
	# 1941: fcvt.lu.d rtz frm=3 -> -
	ENTRY(295, 3, 0x4270000000000000, 0, 0, 0x10000000000, 0)
	# 1942: fcvt.lu.s rtz frm=0 -> -
	ENTRY(271, 0, 0xffffffff49000000, 0, 0, 0x80000, 0)
	# 1943: fcvt.s.lu rdn frm=0 -> NX
	ENTRY(320, 0, 0x39edbe4524, 0, 0, 0xffffffff5267b6f9, 1)
	# 1944: fcvt.d.lu dyn frm=4 -> -
	ENTRY(347, 4, 0xb1bbc04ff02fc, 0, 0, 0x4326377809fe05f8, 0)
	# 1945: fcvt.s.d rup frm=1 -> -
	ENTRY(243, 1, 0xc770000000000000, 0, 0, 0xfffffffffb800000, 0)
	# 1946: fcvt.w.d rdn frm=1 -> NX
	ENTRY(278, 1, 0x3feffffffffffffe, 0, 0, 0, 1)
	# 1947: fcvt.w.s rtz frm=2 -> NX
	ENTRY(253, 2, 0xffffffff8b5803ed, 0, 0, 0, 1)
	# 1948: fcvt.s.w rne frm=2 -> -
	ENTRY(300, 2, 0x11200b32832, 0, 0, 0xffffffff4b332832, 0)
	# 1949: fcvt.d.w rmm frm=3 -> -
	ENTRY(328, 3, 0x3, 0, 0, 0x4008000000000000, 0)
	# 1950: fcvt.s.d dyn frm=4 -> UF NX
	ENTRY(245, 4, 0x8018357903b589a4, 0, 0, 0xffffffff80000000, 3)
	# 1951: fcvt.wu.d rne frm=0 -> NV
	ENTRY(282, 0, 0xc0c0000000000000, 0, 0, 0, 16)
	# 1952: fcvt.wu.s rup frm=3 -> -
	ENTRY(261, 3, 0xffffffff4eb80000, 0, 0, 0x5c000000, 0)
	# 1953: fcvt.s.wu rmm frm=4 -> -
	ENTRY(310, 4, 0x10, 0, 0, 0xffffffff41800000, 0)
	# 1954: fcvt.d.wu rup frm=3 -> -
	ENTRY(333, 3, 0, 0, 0, 0, 0)
	# 1955: fcvt.s.d rmm frm=1 -> NX
	ENTRY(244, 1, 0xc1634d80dce286a9, 0, 0, 0xffffffffcb1a6c07, 1)
	# 1956: fcvt.l.d rdn frm=2 -> -
	ENTRY(290, 2, 0x4340000000000000, 0, 0, 0x20000000000000, 0)
	# 1957: fcvt.l.s rdn frm=3 -> NX
	ENTRY(266, 3, 0xffffffff40000004, 0, 0, 0x2, 1)
	# 1958: fcvt.s.l rup frm=3 -> -
	ENTRY(315, 3, 0x1ad5c0, 0, 0, 0xffffffff49d6ae00, 0)
	# 1959: fcvt.d.l dyn frm=1 -> -
	ENTRY(341, 1, 0x1e, 0, 0, 0x403e000000000000, 0)
	# 1960: fcvt.s.d rne frm=3 -> NV
	ENTRY(240, 3, 0xfff0000000000001, 0, 0, 0xffffffff7fc00000, 16)
	# 1961: fcvt.lu.d rtz frm=1 -> -
	ENTRY(295, 1, 0x40e0000000000000, 0, 0, 0x8000, 0)
	# 1962: fcvt.lu.s rmm frm=3 -> NX
	ENTRY(274, 3, 0xffffffff464bc846, 0, 0, 0x32f2, 1)
	# 1963: fcvt.s.lu rdn frm=1 -> -
	ENTRY(320, 1, 0x1, 0, 0, 0xffffffff3f800000, 0)
	# 1964: fcvt.d.lu rdn frm=3 -> -
	ENTRY(344, 3, 0x5a91a, 0, 0, 0x4116a46800000000, 0)
	# 1965: fcvt.s.d dyn frm=1 -> NX
	ENTRY(245, 1, 0x4470000000000005, 0, 0, 0xffffffff63800000, 1)
	# 1966: fcvt.w.d rup frm=4 -> NX
	ENTRY(279, 4, 0x3ff0000000000001, 0, 0, 0x2, 1)
	# 1967: fcvt.w.s dyn frm=4 -> NX
	ENTRY(257, 4, 0xffffffffc2d63b54, 0, 0, 0xffffffffffffff95, 1)
	# 1968: fcvt.s.w rne frm=3 -> NX
	ENTRY(300, 3, 0x1d196d50, 0, 0, 0xffffffff4de8cb6a, 1)
	# 1969: fcvt.d.w dyn frm=4 -> -
	ENTRY(329, 4, 0x2657, 0, 0, 0x40c32b8000000000, 0)
	# 1970: fcvt.s.d rmm frm=3 -> -
	ENTRY(244, 3, 0x8000000000000000, 0, 0, 0xffffffff80000000, 0)
	# 1971: fcvt.wu.d rup frm=3 -> NX
	ENTRY(285, 3, 0x40d0000000000002, 0, 0, 0x4001, 1)
	# 1972: fcvt.wu.s rdn frm=0 -> NV
	ENTRY(260, 0, 0xffffffff601ab35c, 0, 0, 0xffffffffffffffff, 16)
	# 1973: fcvt.s.wu rne frm=1 -> -
	ENTRY(306, 1, 0x4a, 0, 0, 0xffffffff42940000, 0)
	# 1974: fcvt.d.wu rtz frm=4 -> -
	ENTRY(331, 4, 0xc30bba0, 0, 0, 0x41a8617740000000, 0)
	# 1975: fcvt.s.d rtz frm=0 -> -
	ENTRY(241, 0, 0x3aa0000000000000, 0, 0, 0xffffffff15000000, 0)
	# 1976: fcvt.l.d rtz frm=2 -> NX
	ENTRY(289, 2, 0x3cd0000000000000, 0, 0, 0, 1)
	# 1977: fcvt.l.s rne frm=0 -> NX
	ENTRY(264, 0, 0xffffffffbdf1a0b0, 0, 0, 0, 1)
	# 1978: fcvt.s.l rmm frm=3 -> NX
	ENTRY(316, 3, 0x28471e56b1, 0, 0, 0xffffffff52211c79, 1)
	# 1979: fcvt.d.l dyn frm=0 -> -
	ENTRY(341, 0, 0x36026655b9f12, 0, 0, 0x430b01332adcf890, 0)
	# 1980: fcvt.s.d dyn frm=1 -> -
	ENTRY(245, 1, 0x3e50000000000000, 0, 0, 0xffffffff32800000, 0)
	# 1981: fcvt.lu.d rmm frm=4 -> -
	ENTRY(298, 4, 0x42f4000000000000, 0, 0, 0x1400000000000, 0)
	# 1982: fcvt.lu.s rdn frm=4 -> NV
	ENTRY(272, 4, 0xffffffffd35c0000, 0, 0, 0, 16)
	# 1983: fcvt.s.lu rne frm=4 -> -
	ENTRY(318, 4, 0x21d, 0, 0, 0xffffffff44074000, 0)
	# 1984: fcvt.d.lu dyn frm=4 -> -
	ENTRY(347, 4, 0xaaa6b8a8c6cbf, 0, 0, 0x432554d71518d97e, 0)
	# 1985: fcvt.s.d rtz frm=1 -> NX
	ENTRY(241, 1, 0x4490000000000002, 0, 0, 0xffffffff64800000, 1)
	# 1986: fcvt.w.d rmm frm=2 -> NX
	ENTRY(280, 2, 0x10000000000000, 0, 0, 0, 1)
	# 1987: fcvt.w.s rtz frm=1 -> NX
	ENTRY(253, 1, 0xffffffffbd000000, 0, 0, 0, 1)
	# 1988: fcvt.s.w rmm frm=2 -> NX
	ENTRY(304, 2, 0x81fe911de, 0, 0, 0xffffffff4dff488f, 1)
	# 1989: fcvt.d.w rdn frm=0 -> -
	ENTRY(326, 0, 0x7b399680f88, 0, 0, 0xc1d9a5fc1e000000, 0)
	# 1990: fcvt.s.d rne frm=4 -> NX
	ENTRY(240, 4, 0x4000000000000002, 0, 0, 0xffffffff40000000, 1)
	# 1991: fcvt.wu.d rmm frm=4 -> NV
	ENTRY(286, 4, 0xc0b4f739f33ead28, 0, 0, 0, 16)
	# 1992: fcvt.wu.s rup frm=0 -> NV
	ENTRY(261, 0, 0xffffffffd27c0000, 0, 0, 0, 16)
	# 1993: fcvt.s.wu rne frm=3 -> NX
	ENTRY(306, 3, 0x1aba2ac6, 0, 0, 0xffffffff4dd5d156, 1)
	# 1994: fcvt.d.wu rne frm=3 -> -
	ENTRY(330, 3, 0x6d90f75, 0, 0, 0x419b643dd4000000, 0)
	# 1995: fcvt.s.d dyn frm=4 -> NX
	ENTRY(245, 4, 0x3a0cbe6169aec431, 0, 0, 0xffffffff1065f30b, 1)
	# 1996: fcvt.l.d rdn frm=1 -> -
	ENTRY(290, 1, 0x4340000000000000, 0, 0, 0x20000000000000, 0)
	# 1997: fcvt.l.s rne frm=0 -> NX
	ENTRY(264, 0, 0xffffffff3f800005, 0, 0, 0x1, 1)
	# 1998: fcvt.s.l rtz frm=3 -> NX
	ENTRY(313, 3, 0x127548fc5c3092, 0, 0, 0xffffffff5993aa47, 1)
	# 1999: fcvt.d.l rup frm=0 -> -
	ENTRY(339, 0, 0x1, 0, 0, 0x3ff0000000000000, 0)
	# 2000: fcvt.s.d rmm frm=4 -> -
	ENTRY(244, 4, 0xbc90000000000000, 0, 0, 0xffffffffa4800000, 0)
	# 2001: fcvt.lu.d dyn frm=3 -> NV
	ENTRY(299, 3, 0x4400000000000000, 0, 0, 0xffffffffffffffff, 16)
	# 2002: fcvt.lu.s rdn frm=4 -> NV
	ENTRY(272, 4, 0xffffffffd2400000, 0, 0, 0, 16)
	# 2003: fcvt.s.lu rmm frm=3 -> -
	ENTRY(322, 3, 0x7446, 0, 0, 0xffffffff46e88c00, 0)
	# 2004: fcvt.d.lu rdn frm=1 -> -
	ENTRY(344, 1, 0x1d, 0, 0, 0x403d000000000000, 0)
	# 2005: fcvt.s.d rne frm=0 -> UF NX
	ENTRY(240, 0, 0xb68cdcbae929b847, 0, 0, 0xffffffff80000000, 3)
	# 2006: fcvt.w.d rdn frm=1 -> NX
	ENTRY(278, 1, 0x3ffffffffffffffe, 0, 0, 0x1, 1)
	# 2007: fcvt.w.s rup frm=0 -> NX
	ENTRY(255, 0, 0xffffffff80f54c23, 0, 0, 0, 1)
	# 2008: fcvt.s.w rmm frm=4 -> -
	ENTRY(304, 4, 0xe4, 0, 0, 0xffffffff43640000, 0)
	# 2009: fcvt.d.w rdn frm=0 -> -
	ENTRY(326, 0, 0x26, 0, 0, 0x4043000000000000, 0)
	# 2010: fcvt.s.d rup frm=0 -> -
	ENTRY(243, 0, 0xfff0000000000000, 0, 0, 0xffffffffff800000, 0)
	# 2011: fcvt.wu.d rdn frm=2 -> NV
	ENTRY(284, 2, 0x431fffffffffffff, 0, 0, 0xffffffffffffffff, 16)
	# 2012: fcvt.wu.s rne frm=2 -> NV
	ENTRY(258, 2, 0xffffffffcae00000, 0, 0, 0, 16)
	# 2013: fcvt.s.wu rdn frm=2 -> -
	ENTRY(308, 2, 0x48c24f, 0, 0, 0xffffffff4a91849e, 0)
	# 2014: fcvt.d.wu rup frm=2 -> -
	ENTRY(333, 2, 0x29c38b9, 0, 0, 0x4184e1c5c8000000, 0)
	# 2015: fcvt.s.d rup frm=0 -> -
	ENTRY(243, 0, 0x4460000000000000, 0, 0, 0xffffffff63000000, 0)
	# 2016: fcvt.l.d rtz frm=1 -> NX
	ENTRY(289, 1, 0x80339c7b59ee33e2, 0, 0, 0, 1)
	# 2017: fcvt.l.s rtz frm=2 -> -
	ENTRY(265, 2, 0xffffffff40000000, 0, 0, 0x2, 0)
	# 2018: fcvt.s.l dyn frm=4 -> -
	ENTRY(317, 4, 0x7af203, 0, 0, 0xffffffff4af5e406, 0)
	# 2019: fcvt.d.l rne frm=3 -> -
	ENTRY(336, 3, 0x188fd315, 0, 0, 0x41b88fd315000000, 0)
	# 2020: fcvt.s.d rup frm=4 -> UF NX
	ENTRY(243, 4, 0x3d669f77716ca5, 0, 0, 0xffffffff00000001, 3)
	# 2021: fcvt.lu.d rtz frm=4 -> NV
	ENTRY(295, 4, 0xc0c0000000000000, 0, 0, 0, 16)
	# 2022: fcvt.lu.s rne frm=4 -> -
	ENTRY(270, 4, 0xffffffff5b800000, 0, 0, 0x100000000000000, 0)
	# 2023: fcvt.s.lu rmm frm=4 -> NX
	ENTRY(322, 4, 0x30f8211dcc, 0, 0, 0xffffffff5243e084, 1)
	# 2024: fcvt.d.lu rmm frm=4 -> -
	ENTRY(346, 4, 0x55, 0, 0, 0x4055400000000000, 0)
	# 2025: fcvt.s.d rup frm=2 -> NX
	ENTRY(243, 2, 0xb8f52f4c5f2f205a, 0, 0, 0xffffffff87a97a62, 1)
	# 2026: fcvt.w.d dyn frm=4 -> NX
	ENTRY(281, 4, 0x4000000000000005, 0, 0, 0x2, 1)
	# 2027: fcvt.w.s dyn frm=4 -> -
	ENTRY(257, 4, 0xffffffff43d40000, 0, 0, 0x1a8, 0)
	# 2028: fcvt.s.w rdn frm=1 -> NX
	ENTRY(302, 1, 0xdd315f5edf1a, 0, 0, 0xffffffff4ebebdbe, 1)
	# 2029: fcvt.d.w rne frm=0 -> -
	ENTRY(324, 0, 0x68bb, 0, 0, 0x40da2ec000000000, 0)
	# 2030: fcvt.s.d rmm frm=3 -> NX
	ENTRY(244, 3, 0x3ff0000000000002, 0, 0, 0xffffffff3f800000, 1)
	# 2031: fcvt.wu.d dyn frm=4 -> NX
	ENTRY(287, 4, 0x411214309ffee55e, 0, 0, 0x4850c, 1)
	# 2032: fcvt.wu.s rmm frm=3 -> NV
	ENTRY(262, 3, 0xffffffffd7f9bc43, 0, 0, 0, 16)
	# 2033: fcvt.s.wu rne frm=4 -> NX
	ENTRY(306, 4, 0x23b3837eb48f12, 0, 0, 0xffffffff4efd691e, 1)
	# 2034: fcvt.d.wu rtz frm=1 -> -
	ENTRY(331, 1, 0x19, 0, 0, 0x4039000000000000, 0)
	# 2035: fcvt.s.d rne frm=0 -> NX
	ENTRY(240, 0, 0x3a48000012345678, 0, 0, 0xffffffff12400001, 1)
	# 2036: fcvt.l.d rdn frm=3 -> NX
	ENTRY(290, 3, 0x3ce0000000000000, 0, 0, 0, 1)
	# 2037: fcvt.l.s dyn frm=0 -> NX
	ENTRY(269, 0, 0xffffffff40000004, 0, 0, 0x2, 1)
	# 2038: fcvt.s.l rdn frm=1 -> NX
	ENTRY(314, 1, 0xfcd7ed4, 0, 0, 0xffffffff4d7cd7ed, 1)
	# 2039: fcvt.d.l rne frm=0 -> -
	ENTRY(336, 0, 0x700e1f, 0, 0, 0x415c0387c0000000, 0)
	# 2040: fcvt.s.d dyn frm=4 -> -
	ENTRY(245, 4, 0, 0, 0, 0xffffffff00000000, 0)
	# 2041: fcvt.lu.d rmm frm=4 -> NX
	ENTRY(298, 4, 0x4280000000000002, 0, 0, 0x20000000000, 1)
	# 2042: fcvt.lu.s rmm frm=1 -> NV
	ENTRY(274, 1, 0xffffffffc5d40000, 0, 0, 0, 16)
	# 2043: fcvt.s.lu rdn frm=3 -> -
	ENTRY(320, 3, 0xb467, 0, 0, 0xffffffff47346700, 0)
	# 2044: fcvt.d.lu rne frm=1 -> -
	ENTRY(342, 1, 0x1c51ab, 0, 0, 0x413c51ab00000000, 0)
	# 2045: fcvt.s.d rne frm=1 -> -
	ENTRY(240, 1, 0x3e98000000000000, 0, 0, 0xffffffff34c00000, 0)
	# 2046: fcvt.w.d rup frm=4 -> NX
	ENTRY(279, 4, 0x8014ec4cfc87429e, 0, 0, 0, 1)
	# 2047: fcvt.w.s rne frm=4 -> NV
	ENTRY(252, 4, 0xffffffffff800001, 0, 0, 0x7fffffff, 16)
	# 2049: fcvt.s.w rdn frm=0 -> NX
	ENTRY(302, 0, 0xae326cb9e30b7a, 0, 0, 0xffffffffce8c39ea, 1)
	# 2050: fcvt.d.w rdn frm=4 -> -
	ENTRY(326, 4, 0x6d83b3f69ecf79a, 0, 0, 0x41da7b3de6800000, 0)
	# 2051: fcvt.s.d rup frm=1 -> OF NX
	ENTRY(243, 1, 0x7b0a1c81ab879b82, 0, 0, 0xffffffff7f800000, 5)
	# 2052: fcvt.wu.d rmm frm=0 -> NV
	ENTRY(286, 0, 0xc146d9dd99cb679e, 0, 0, 0, 16)
	# 2053: fcvt.wu.s rup frm=2 -> NV
	ENTRY(261, 2, 0xffffffff54bd5bf6, 0, 0, 0xffffffffffffffff, 16)
	# 2054: fcvt.s.wu rup frm=0 -> -
	ENTRY(309, 0, 0x1e2b, 0, 0, 0xffffffff45f15800, 0)
	# 2055: fcvt.d.wu rmm frm=4 -> -
	ENTRY(334, 4, 0x11, 0, 0, 0x4031000000000000, 0)
	# 2056: fcvt.s.d rne frm=3 -> NX
	ENTRY(240, 3, 0xbf4c3484db3bddab, 0, 0, 0xffffffffba61a427, 1)
	# 2057: fcvt.l.d rup frm=3 -> -
	ENTRY(291, 3, 0x3ff0000000000000, 0, 0, 0x1, 0)
	# 2058: fcvt.l.s rne frm=4 -> NV
	ENTRY(264, 4, 0xffffffff7fa00000, 0, 0, 0x7fffffffffffffff, 16)
	# 2059: fcvt.s.l rdn frm=0 -> -
	ENTRY(314, 0, 0x55fb5, 0, 0, 0xffffffff48abf6a0, 0)
	# 2060: fcvt.d.l rup frm=3 -> -
	ENTRY(339, 3, 0x8aec28b28, 0, 0, 0x42215d8516500000, 0)
	# 2061: fcvt.s.d rdn frm=3 -> -
	ENTRY(242, 3, 0x3ef0000000000000, 0, 0, 0xffffffff37800000, 0)
	# 2062: fcvt.lu.d rdn frm=1 -> NV
	ENTRY(296, 1, 0xc219edaba8019789, 0, 0, 0, 16)
	# 2063: fcvt.lu.s rne frm=3 -> -
	ENTRY(270, 3, 0xffffffff4eb83dc2, 0, 0, 0x5c1ee100, 0)
	# 2064: fcvt.s.lu dyn frm=3 -> -
	ENTRY(323, 3, 0xad1d, 0, 0, 0xffffffff472d1d00, 0)
	# 2065: fcvt.d.lu dyn frm=0 -> NX
	ENTRY(347, 0, 0x8e9e194b01235f, 0, 0, 0x4361d3c32960246c, 1)
	# 2066: fcvt.s.d rdn frm=4 -> -
	ENTRY(242, 4, 0xc130000000000000, 0, 0, 0xffffffffc9800000, 0)
vectors_end:

TEST_END
