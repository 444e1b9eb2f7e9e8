/* F: FADD/FSUB/FMUL/FDIV/FSQRT.S in every rounding mode, specials, NaN boxing
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
	fadd.s fa3, fa0, fa1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fadd.s fa3, fa0, fa1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fadd.s fa3, fa0, fa1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fadd.s fa3, fa0, fa1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fadd.s fa3, fa0, fa1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fadd.s fa3, fa0, fa1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fsub.s fa3, fa0, fa1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fsub.s fa3, fa0, fa1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fsub.s fa3, fa0, fa1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fsub.s fa3, fa0, fa1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fsub.s fa3, fa0, fa1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fsub.s fa3, fa0, fa1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fmul.s fa3, fa0, fa1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fmul.s fa3, fa0, fa1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fmul.s fa3, fa0, fa1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fmul.s fa3, fa0, fa1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fmul.s fa3, fa0, fa1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fmul.s fa3, fa0, fa1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.s fa3, fa0, fa1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.s fa3, fa0, fa1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.s fa3, fa0, fa1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.s fa3, fa0, fa1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.s fa3, fa0, fa1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.s fa3, fa0, fa1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.s fa3, fa0, rne
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.s fa3, fa0, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.s fa3, fa0, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.s fa3, fa0, rup
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.s fa3, fa0, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.s fa3, fa0, dyn
	fmv.x.d a0, fa3
	ret
	nop
	.option pop

	.section .data
	.align 3
vectors:
	# 1: fadd.s rne frm=3 -> NX
	ENTRY(0, 3, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800000, 1)
	# 2: fadd.s rtz frm=4 -> NX
	ENTRY(1, 4, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800000, 1)
	# 3: fadd.s rdn frm=4 -> NX
	ENTRY(2, 4, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800000, 1)
	# 4: fadd.s rup frm=1 -> NX
	ENTRY(3, 1, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800001, 1)
	# 5: fadd.s rmm frm=0 -> NX
	ENTRY(4, 0, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800001, 1)
	# 6: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800000, 1)
	# 7: fadd.s dyn frm=1 -> NX
	ENTRY(5, 1, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800000, 1)
	# 8: fadd.s dyn frm=2 -> NX
	ENTRY(5, 2, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800000, 1)
	# 9: fadd.s dyn frm=3 -> NX
	ENTRY(5, 3, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800001, 1)
	# 10: fadd.s dyn frm=4 -> NX
	ENTRY(5, 4, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800001, 1)
	# 11: fadd.s rne frm=1 -> NX
	ENTRY(0, 1, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800001, 1)
	# 12: fadd.s rtz frm=2 -> NX
	ENTRY(1, 2, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800000, 1)
	# 13: fadd.s rdn frm=3 -> NX
	ENTRY(2, 3, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800000, 1)
	# 14: fadd.s rup frm=1 -> NX
	ENTRY(3, 1, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800001, 1)
	# 15: fadd.s rmm frm=2 -> NX
	ENTRY(4, 2, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800001, 1)
	# 16: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800001, 1)
	# 17: fadd.s dyn frm=1 -> NX
	ENTRY(5, 1, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800000, 1)
	# 18: fadd.s dyn frm=2 -> NX
	ENTRY(5, 2, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800000, 1)
	# 19: fadd.s dyn frm=3 -> NX
	ENTRY(5, 3, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800001, 1)
	# 20: fadd.s dyn frm=4 -> NX
	ENTRY(5, 4, 0xffffffff3f800000, 0xffffffff33c00000, 0, 0xffffffff3f800001, 1)
	# 21: fadd.s rne frm=2 -> NX
	ENTRY(0, 2, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800000, 1)
	# 22: fadd.s rtz frm=2 -> NX
	ENTRY(1, 2, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800000, 1)
	# 23: fadd.s rdn frm=0 -> NX
	ENTRY(2, 0, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800000, 1)
	# 24: fadd.s rup frm=0 -> NX
	ENTRY(3, 0, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800001, 1)
	# 25: fadd.s rmm frm=0 -> NX
	ENTRY(4, 0, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800000, 1)
	# 26: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800000, 1)
	# 27: fadd.s dyn frm=1 -> NX
	ENTRY(5, 1, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800000, 1)
	# 28: fadd.s dyn frm=2 -> NX
	ENTRY(5, 2, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800000, 1)
	# 29: fadd.s dyn frm=3 -> NX
	ENTRY(5, 3, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800001, 1)
	# 30: fadd.s dyn frm=4 -> NX
	ENTRY(5, 4, 0xffffffff3f800000, 0xffffffff33000000, 0, 0xffffffff3f800000, 1)
	# 31: fadd.s rne frm=2 -> NX
	ENTRY(0, 2, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800002, 1)
	# 32: fadd.s rtz frm=2 -> NX
	ENTRY(1, 2, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800001, 1)
	# 33: fadd.s rdn frm=3 -> NX
	ENTRY(2, 3, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800001, 1)
	# 34: fadd.s rup frm=1 -> NX
	ENTRY(3, 1, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800002, 1)
	# 35: fadd.s rmm frm=2 -> NX
	ENTRY(4, 2, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800002, 1)
	# 36: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800002, 1)
	# 37: fadd.s dyn frm=1 -> NX
	ENTRY(5, 1, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800001, 1)
	# 38: fadd.s dyn frm=2 -> NX
	ENTRY(5, 2, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800001, 1)
	# 39: fadd.s dyn frm=3 -> NX
	ENTRY(5, 3, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800002, 1)
	# 40: fadd.s dyn frm=4 -> NX
	ENTRY(5, 4, 0xffffffff3f800001, 0xffffffff33800000, 0, 0xffffffff3f800002, 1)
	# 41: fadd.s rne frm=1 -> NX
	ENTRY(0, 1, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800000, 1)
	# 42: fadd.s rtz frm=2 -> NX
	ENTRY(1, 2, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800000, 1)
	# 43: fadd.s rdn frm=1 -> NX
	ENTRY(2, 1, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800001, 1)
	# 44: fadd.s rup frm=4 -> NX
	ENTRY(3, 4, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800000, 1)
	# 45: fadd.s rmm frm=0 -> NX
	ENTRY(4, 0, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800001, 1)
	# 46: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800000, 1)
	# 47: fadd.s dyn frm=1 -> NX
	ENTRY(5, 1, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800000, 1)
	# 48: fadd.s dyn frm=2 -> NX
	ENTRY(5, 2, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800001, 1)
	# 49: fadd.s dyn frm=3 -> NX
	ENTRY(5, 3, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800000, 1)
	# 50: fadd.s dyn frm=4 -> NX
	ENTRY(5, 4, 0xffffffffbf800000, 0xffffffffb3800000, 0, 0xffffffffbf800001, 1)
	# 51: fadd.s rne frm=3 -> NX
	ENTRY(0, 3, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f800000, 1)
	# 52: fadd.s rtz frm=4 -> NX
	ENTRY(1, 4, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f7fffff, 1)
	# 53: fadd.s rdn frm=1 -> NX
	ENTRY(2, 1, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f7fffff, 1)
	# 54: fadd.s rup frm=2 -> NX
	ENTRY(3, 2, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f800000, 1)
	# 55: fadd.s rmm frm=2 -> NX
	ENTRY(4, 2, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f800000, 1)
	# 56: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f800000, 1)
	# 57: fadd.s dyn frm=1 -> NX
	ENTRY(5, 1, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f7fffff, 1)
	# 58: fadd.s dyn frm=2 -> NX
	ENTRY(5, 2, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f7fffff, 1)
	# 59: fadd.s dyn frm=3 -> NX
	ENTRY(5, 3, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f800000, 1)
	# 60: fadd.s dyn frm=4 -> NX
	ENTRY(5, 4, 0xffffffff3f800000, 0xffffffffb3000000, 0, 0xffffffff3f800000, 1)
	# 61: fadd.s rne frm=4 -> OF NX
	ENTRY(0, 4, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f800000, 5)
	# 62: fadd.s rtz frm=4 -> OF NX
	ENTRY(1, 4, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f7fffff, 5)
	# 63: fadd.s rdn frm=4 -> OF NX
	ENTRY(2, 4, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f7fffff, 5)
	# 64: fadd.s rup frm=4 -> OF NX
	ENTRY(3, 4, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f800000, 5)
	# 65: fadd.s rmm frm=3 -> OF NX
	ENTRY(4, 3, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f800000, 5)
	# 66: fadd.s dyn frm=0 -> OF NX
	ENTRY(5, 0, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f800000, 5)
	# 67: fadd.s dyn frm=1 -> OF NX
	ENTRY(5, 1, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f7fffff, 5)
	# 68: fadd.s dyn frm=2 -> OF NX
	ENTRY(5, 2, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f7fffff, 5)
	# 69: fadd.s dyn frm=3 -> OF NX
	ENTRY(5, 3, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f800000, 5)
	# 70: fadd.s dyn frm=4 -> OF NX
	ENTRY(5, 4, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0, 0xffffffff7f800000, 5)
	# 71: fadd.s rne frm=1 -> OF NX
	ENTRY(0, 1, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff800000, 5)
	# 72: fadd.s rtz frm=3 -> OF NX
	ENTRY(1, 3, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff7fffff, 5)
	# 73: fadd.s rdn frm=0 -> OF NX
	ENTRY(2, 0, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff800000, 5)
	# 74: fadd.s rup frm=4 -> OF NX
	ENTRY(3, 4, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff7fffff, 5)
	# 75: fadd.s rmm frm=2 -> OF NX
	ENTRY(4, 2, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff800000, 5)
	# 76: fadd.s dyn frm=0 -> OF NX
	ENTRY(5, 0, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff800000, 5)
	# 77: fadd.s dyn frm=1 -> OF NX
	ENTRY(5, 1, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff7fffff, 5)
	# 78: fadd.s dyn frm=2 -> OF NX
	ENTRY(5, 2, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff800000, 5)
	# 79: fadd.s dyn frm=3 -> OF NX
	ENTRY(5, 3, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff7fffff, 5)
	# 80: fadd.s dyn frm=4 -> OF NX
	ENTRY(5, 4, 0xffffffffff7fffff, 0xffffffffff7fffff, 0, 0xffffffffff800000, 5)
	# 81: fadd.s rne frm=2 -> -
	ENTRY(0, 2, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff00000000, 0)
	# 82: fadd.s rtz frm=3 -> -
	ENTRY(1, 3, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff00000000, 0)
	# 83: fadd.s rdn frm=3 -> -
	ENTRY(2, 3, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff80000000, 0)
	# 84: fadd.s rup frm=2 -> -
	ENTRY(3, 2, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff00000000, 0)
	# 85: fadd.s rmm frm=1 -> -
	ENTRY(4, 1, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff00000000, 0)
	# 86: fadd.s dyn frm=0 -> -
	ENTRY(5, 0, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff00000000, 0)
	# 87: fadd.s dyn frm=1 -> -
	ENTRY(5, 1, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff00000000, 0)
	# 88: fadd.s dyn frm=2 -> -
	ENTRY(5, 2, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff80000000, 0)
	# 89: fadd.s dyn frm=3 -> -
	ENTRY(5, 3, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff00000000, 0)
	# 90: fadd.s dyn frm=4 -> -
	ENTRY(5, 4, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff00000000, 0)
	# 91: fadd.s rne frm=3 -> -
	ENTRY(0, 3, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 92: fadd.s rtz frm=0 -> -
	ENTRY(1, 0, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 93: fadd.s rdn frm=4 -> -
	ENTRY(2, 4, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff80000000, 0)
	# 94: fadd.s rup frm=4 -> -
	ENTRY(3, 4, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 95: fadd.s rmm frm=2 -> -
	ENTRY(4, 2, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 96: fadd.s dyn frm=0 -> -
	ENTRY(5, 0, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 97: fadd.s dyn frm=1 -> -
	ENTRY(5, 1, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 98: fadd.s dyn frm=2 -> -
	ENTRY(5, 2, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff80000000, 0)
	# 99: fadd.s dyn frm=3 -> -
	ENTRY(5, 3, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 100: fadd.s dyn frm=4 -> -
	ENTRY(5, 4, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 101: fadd.s rne frm=1 -> -
	ENTRY(0, 1, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 102: fadd.s rtz frm=2 -> -
	ENTRY(1, 2, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 103: fadd.s rdn frm=1 -> -
	ENTRY(2, 1, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 104: fadd.s rup frm=0 -> -
	ENTRY(3, 0, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 105: fadd.s rmm frm=2 -> -
	ENTRY(4, 2, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 106: fadd.s dyn frm=0 -> -
	ENTRY(5, 0, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 107: fadd.s dyn frm=1 -> -
	ENTRY(5, 1, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 108: fadd.s dyn frm=2 -> -
	ENTRY(5, 2, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 109: fadd.s dyn frm=3 -> -
	ENTRY(5, 3, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 110: fadd.s dyn frm=4 -> -
	ENTRY(5, 4, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 111: fadd.s rne frm=1 -> -
	ENTRY(0, 1, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 112: fadd.s rtz frm=4 -> -
	ENTRY(1, 4, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 113: fadd.s rdn frm=1 -> -
	ENTRY(2, 1, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 114: fadd.s rup frm=2 -> -
	ENTRY(3, 2, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 115: fadd.s rmm frm=3 -> -
	ENTRY(4, 3, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 116: fadd.s dyn frm=0 -> -
	ENTRY(5, 0, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 117: fadd.s dyn frm=1 -> -
	ENTRY(5, 1, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 118: fadd.s dyn frm=2 -> -
	ENTRY(5, 2, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 119: fadd.s dyn frm=3 -> -
	ENTRY(5, 3, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 120: fadd.s dyn frm=4 -> -
	ENTRY(5, 4, 0xffffffff00800000, 0xffffffff80000001, 0, 0xffffffff007fffff, 0)
	# 121: fadd.s rne frm=1 -> NX
	ENTRY(0, 1, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8418, 1)
	# 122: fadd.s rtz frm=4 -> NX
	ENTRY(1, 4, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8417, 1)
	# 123: fadd.s rdn frm=4 -> NX
	ENTRY(2, 4, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8417, 1)
	# 124: fadd.s rup frm=0 -> NX
	ENTRY(3, 0, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8418, 1)
	# 125: fadd.s rmm frm=0 -> NX
	ENTRY(4, 0, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8418, 1)
	# 126: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8418, 1)
	# 127: fadd.s dyn frm=1 -> NX
	ENTRY(5, 1, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8417, 1)
	# 128: fadd.s dyn frm=2 -> NX
	ENTRY(5, 2, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8417, 1)
	# 129: fadd.s dyn frm=3 -> NX
	ENTRY(5, 3, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8418, 1)
	# 130: fadd.s dyn frm=4 -> NX
	ENTRY(5, 4, 0xffffffff40490fdb, 0xffffffff402df854, 0, 0xffffffff40bb8418, 1)
	# 131: fsub.s rne frm=1 -> NX
	ENTRY(6, 1, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800000, 1)
	# 132: fsub.s rtz frm=2 -> NX
	ENTRY(7, 2, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800000, 1)
	# 133: fsub.s rdn frm=4 -> NX
	ENTRY(8, 4, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800000, 1)
	# 134: fsub.s rup frm=0 -> NX
	ENTRY(9, 0, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800001, 1)
	# 135: fsub.s rmm frm=3 -> NX
	ENTRY(10, 3, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800001, 1)
	# 136: fsub.s dyn frm=0 -> NX
	ENTRY(11, 0, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800000, 1)
	# 137: fsub.s dyn frm=1 -> NX
	ENTRY(11, 1, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800000, 1)
	# 138: fsub.s dyn frm=2 -> NX
	ENTRY(11, 2, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800000, 1)
	# 139: fsub.s dyn frm=3 -> NX
	ENTRY(11, 3, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800001, 1)
	# 140: fsub.s dyn frm=4 -> NX
	ENTRY(11, 4, 0xffffffff3f800000, 0xffffffffb3800000, 0, 0xffffffff3f800001, 1)
	# 141: fsub.s rne frm=3 -> NX
	ENTRY(6, 3, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800002, 1)
	# 142: fsub.s rtz frm=0 -> NX
	ENTRY(7, 0, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800001, 1)
	# 143: fsub.s rdn frm=1 -> NX
	ENTRY(8, 1, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800001, 1)
	# 144: fsub.s rup frm=4 -> NX
	ENTRY(9, 4, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800002, 1)
	# 145: fsub.s rmm frm=2 -> NX
	ENTRY(10, 2, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800002, 1)
	# 146: fsub.s dyn frm=0 -> NX
	ENTRY(11, 0, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800002, 1)
	# 147: fsub.s dyn frm=1 -> NX
	ENTRY(11, 1, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800001, 1)
	# 148: fsub.s dyn frm=2 -> NX
	ENTRY(11, 2, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800001, 1)
	# 149: fsub.s dyn frm=3 -> NX
	ENTRY(11, 3, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800002, 1)
	# 150: fsub.s dyn frm=4 -> NX
	ENTRY(11, 4, 0xffffffff3f800001, 0xffffffffb3800000, 0, 0xffffffff3f800002, 1)
	# 151: fsub.s rne frm=3 -> OF NX
	ENTRY(6, 3, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f800000, 5)
	# 152: fsub.s rtz frm=4 -> OF NX
	ENTRY(7, 4, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f7fffff, 5)
	# 153: fsub.s rdn frm=0 -> OF NX
	ENTRY(8, 0, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f7fffff, 5)
	# 154: fsub.s rup frm=4 -> OF NX
	ENTRY(9, 4, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f800000, 5)
	# 155: fsub.s rmm frm=1 -> OF NX
	ENTRY(10, 1, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f800000, 5)
	# 156: fsub.s dyn frm=0 -> OF NX
	ENTRY(11, 0, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f800000, 5)
	# 157: fsub.s dyn frm=1 -> OF NX
	ENTRY(11, 1, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f7fffff, 5)
	# 158: fsub.s dyn frm=2 -> OF NX
	ENTRY(11, 2, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f7fffff, 5)
	# 159: fsub.s dyn frm=3 -> OF NX
	ENTRY(11, 3, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f800000, 5)
	# 160: fsub.s dyn frm=4 -> OF NX
	ENTRY(11, 4, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0, 0xffffffff7f800000, 5)
	# 161: fsub.s rne frm=1 -> -
	ENTRY(6, 1, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 162: fsub.s rtz frm=4 -> -
	ENTRY(7, 4, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 163: fsub.s rdn frm=4 -> -
	ENTRY(8, 4, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 164: fsub.s rup frm=2 -> -
	ENTRY(9, 2, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 165: fsub.s rmm frm=3 -> -
	ENTRY(10, 3, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 166: fsub.s dyn frm=0 -> -
	ENTRY(11, 0, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 167: fsub.s dyn frm=1 -> -
	ENTRY(11, 1, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 168: fsub.s dyn frm=2 -> -
	ENTRY(11, 2, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 169: fsub.s dyn frm=3 -> -
	ENTRY(11, 3, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 170: fsub.s dyn frm=4 -> -
	ENTRY(11, 4, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 171: fsub.s rne frm=1 -> NX
	ENTRY(6, 1, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8418, 1)
	# 172: fsub.s rtz frm=4 -> NX
	ENTRY(7, 4, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8417, 1)
	# 173: fsub.s rdn frm=4 -> NX
	ENTRY(8, 4, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8417, 1)
	# 174: fsub.s rup frm=0 -> NX
	ENTRY(9, 0, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8418, 1)
	# 175: fsub.s rmm frm=2 -> NX
	ENTRY(10, 2, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8418, 1)
	# 176: fsub.s dyn frm=0 -> NX
	ENTRY(11, 0, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8418, 1)
	# 177: fsub.s dyn frm=1 -> NX
	ENTRY(11, 1, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8417, 1)
	# 178: fsub.s dyn frm=2 -> NX
	ENTRY(11, 2, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8417, 1)
	# 179: fsub.s dyn frm=3 -> NX
	ENTRY(11, 3, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8418, 1)
	# 180: fsub.s dyn frm=4 -> NX
	ENTRY(11, 4, 0xffffffff40490fdb, 0xffffffffc02df854, 0, 0xffffffff40bb8418, 1)
	# 181: fsub.s rne frm=2 -> -
	ENTRY(6, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff00000000, 0)
	# 182: fsub.s rtz frm=0 -> -
	ENTRY(7, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff00000000, 0)
	# 183: fsub.s rdn frm=1 -> -
	ENTRY(8, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff80000000, 0)
	# 184: fsub.s rup frm=0 -> -
	ENTRY(9, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff00000000, 0)
	# 185: fsub.s rmm frm=2 -> -
	ENTRY(10, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff00000000, 0)
	# 186: fsub.s dyn frm=0 -> -
	ENTRY(11, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff00000000, 0)
	# 187: fsub.s dyn frm=1 -> -
	ENTRY(11, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff00000000, 0)
	# 188: fsub.s dyn frm=2 -> -
	ENTRY(11, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff80000000, 0)
	# 189: fsub.s dyn frm=3 -> -
	ENTRY(11, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff00000000, 0)
	# 190: fsub.s dyn frm=4 -> -
	ENTRY(11, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff00000000, 0)
	# 191: fmul.s rne frm=2 -> NX
	ENTRY(12, 2, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800002, 1)
	# 192: fmul.s rtz frm=3 -> NX
	ENTRY(13, 3, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800002, 1)
	# 193: fmul.s rdn frm=3 -> NX
	ENTRY(14, 3, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800002, 1)
	# 194: fmul.s rup frm=1 -> NX
	ENTRY(15, 1, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800003, 1)
	# 195: fmul.s rmm frm=2 -> NX
	ENTRY(16, 2, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800002, 1)
	# 196: fmul.s dyn frm=0 -> NX
	ENTRY(17, 0, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800002, 1)
	# 197: fmul.s dyn frm=1 -> NX
	ENTRY(17, 1, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800002, 1)
	# 198: fmul.s dyn frm=2 -> NX
	ENTRY(17, 2, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800002, 1)
	# 199: fmul.s dyn frm=3 -> NX
	ENTRY(17, 3, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800003, 1)
	# 200: fmul.s dyn frm=4 -> NX
	ENTRY(17, 4, 0xffffffff3f800001, 0xffffffff3f800001, 0, 0xffffffff3f800002, 1)
	# 201: fmul.s rne frm=2 -> NX
	ENTRY(12, 2, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407ffffe, 1)
	# 202: fmul.s rtz frm=3 -> NX
	ENTRY(13, 3, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407ffffe, 1)
	# 203: fmul.s rdn frm=4 -> NX
	ENTRY(14, 4, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407ffffe, 1)
	# 204: fmul.s rup frm=1 -> NX
	ENTRY(15, 1, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407fffff, 1)
	# 205: fmul.s rmm frm=3 -> NX
	ENTRY(16, 3, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407ffffe, 1)
	# 206: fmul.s dyn frm=0 -> NX
	ENTRY(17, 0, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407ffffe, 1)
	# 207: fmul.s dyn frm=1 -> NX
	ENTRY(17, 1, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407ffffe, 1)
	# 208: fmul.s dyn frm=2 -> NX
	ENTRY(17, 2, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407ffffe, 1)
	# 209: fmul.s dyn frm=3 -> NX
	ENTRY(17, 3, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407fffff, 1)
	# 210: fmul.s dyn frm=4 -> NX
	ENTRY(17, 4, 0xffffffff3fffffff, 0xffffffff3fffffff, 0, 0xffffffff407ffffe, 1)
	# 211: fmul.s rne frm=3 -> NX
	ENTRY(12, 3, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800002, 1)
	# 212: fmul.s rtz frm=3 -> NX
	ENTRY(13, 3, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800002, 1)
	# 213: fmul.s rdn frm=0 -> NX
	ENTRY(14, 0, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800003, 1)
	# 214: fmul.s rup frm=2 -> NX
	ENTRY(15, 2, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800002, 1)
	# 215: fmul.s rmm frm=0 -> NX
	ENTRY(16, 0, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800002, 1)
	# 216: fmul.s dyn frm=0 -> NX
	ENTRY(17, 0, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800002, 1)
	# 217: fmul.s dyn frm=1 -> NX
	ENTRY(17, 1, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800002, 1)
	# 218: fmul.s dyn frm=2 -> NX
	ENTRY(17, 2, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800003, 1)
	# 219: fmul.s dyn frm=3 -> NX
	ENTRY(17, 3, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800002, 1)
	# 220: fmul.s dyn frm=4 -> NX
	ENTRY(17, 4, 0xffffffffbf800001, 0xffffffff3f800001, 0, 0xffffffffbf800002, 1)
	# 221: fmul.s rne frm=3 -> OF NX
	ENTRY(12, 3, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f800000, 5)
	# 222: fmul.s rtz frm=4 -> OF NX
	ENTRY(13, 4, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f7fffff, 5)
	# 223: fmul.s rdn frm=4 -> OF NX
	ENTRY(14, 4, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f7fffff, 5)
	# 224: fmul.s rup frm=0 -> OF NX
	ENTRY(15, 0, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f800000, 5)
	# 225: fmul.s rmm frm=1 -> OF NX
	ENTRY(16, 1, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f800000, 5)
	# 226: fmul.s dyn frm=0 -> OF NX
	ENTRY(17, 0, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f800000, 5)
	# 227: fmul.s dyn frm=1 -> OF NX
	ENTRY(17, 1, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f7fffff, 5)
	# 228: fmul.s dyn frm=2 -> OF NX
	ENTRY(17, 2, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f7fffff, 5)
	# 229: fmul.s dyn frm=3 -> OF NX
	ENTRY(17, 3, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f800000, 5)
	# 230: fmul.s dyn frm=4 -> OF NX
	ENTRY(17, 4, 0xffffffff7f7fffff, 0xffffffff40000000, 0, 0xffffffff7f800000, 5)
	# 231: fmul.s rne frm=4 -> UF NX
	ENTRY(12, 4, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff00800000, 3)
	# 232: fmul.s rtz frm=0 -> UF NX
	ENTRY(13, 0, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff007fffff, 3)
	# 233: fmul.s rdn frm=4 -> UF NX
	ENTRY(14, 4, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff007fffff, 3)
	# 234: fmul.s rup frm=0 -> UF NX
	ENTRY(15, 0, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff00800000, 3)
	# 235: fmul.s rmm frm=0 -> UF NX
	ENTRY(16, 0, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff00800000, 3)
	# 236: fmul.s dyn frm=0 -> UF NX
	ENTRY(17, 0, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff00800000, 3)
	# 237: fmul.s dyn frm=1 -> UF NX
	ENTRY(17, 1, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff007fffff, 3)
	# 238: fmul.s dyn frm=2 -> UF NX
	ENTRY(17, 2, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff007fffff, 3)
	# 239: fmul.s dyn frm=3 -> UF NX
	ENTRY(17, 3, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff00800000, 3)
	# 240: fmul.s dyn frm=4 -> UF NX
	ENTRY(17, 4, 0xffffffff3f7fffff, 0xffffffff00800000, 0, 0xffffffff00800000, 3)
	# 241: fmul.s rne frm=3 -> UF NX
	ENTRY(12, 3, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000000, 3)
	# 242: fmul.s rtz frm=0 -> UF NX
	ENTRY(13, 0, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000000, 3)
	# 243: fmul.s rdn frm=3 -> UF NX
	ENTRY(14, 3, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000000, 3)
	# 244: fmul.s rup frm=2 -> UF NX
	ENTRY(15, 2, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000001, 3)
	# 245: fmul.s rmm frm=3 -> UF NX
	ENTRY(16, 3, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000001, 3)
	# 246: fmul.s dyn frm=0 -> UF NX
	ENTRY(17, 0, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000000, 3)
	# 247: fmul.s dyn frm=1 -> UF NX
	ENTRY(17, 1, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000000, 3)
	# 248: fmul.s dyn frm=2 -> UF NX
	ENTRY(17, 2, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000000, 3)
	# 249: fmul.s dyn frm=3 -> UF NX
	ENTRY(17, 3, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000001, 3)
	# 250: fmul.s dyn frm=4 -> UF NX
	ENTRY(17, 4, 0xffffffff00000001, 0xffffffff3f000000, 0, 0xffffffff00000001, 3)
	# 251: fmul.s rne frm=1 -> UF NX
	ENTRY(12, 1, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000002, 3)
	# 252: fmul.s rtz frm=0 -> UF NX
	ENTRY(13, 0, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000001, 3)
	# 253: fmul.s rdn frm=0 -> UF NX
	ENTRY(14, 0, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000002, 3)
	# 254: fmul.s rup frm=1 -> UF NX
	ENTRY(15, 1, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000001, 3)
	# 255: fmul.s rmm frm=0 -> UF NX
	ENTRY(16, 0, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000002, 3)
	# 257: fmul.s dyn frm=0 -> UF NX
	ENTRY(17, 0, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000002, 3)
	# 258: fmul.s dyn frm=1 -> UF NX
	ENTRY(17, 1, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000001, 3)
	# 259: fmul.s dyn frm=2 -> UF NX
	ENTRY(17, 2, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000002, 3)
	# 260: fmul.s dyn frm=3 -> UF NX
	ENTRY(17, 3, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000001, 3)
	# 261: fmul.s dyn frm=4 -> UF NX
	ENTRY(17, 4, 0xffffffff80000003, 0xffffffff3f000000, 0, 0xffffffff80000002, 3)
	# 262: fmul.s rne frm=4 -> UF NX
	ENTRY(12, 4, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000000, 3)
	# 263: fmul.s rtz frm=3 -> UF NX
	ENTRY(13, 3, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000000, 3)
	# 264: fmul.s rdn frm=1 -> UF NX
	ENTRY(14, 1, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000000, 3)
	# 265: fmul.s rup frm=1 -> UF NX
	ENTRY(15, 1, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000001, 3)
	# 266: fmul.s rmm frm=0 -> UF NX
	ENTRY(16, 0, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000000, 3)
	# 267: fmul.s dyn frm=0 -> UF NX
	ENTRY(17, 0, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000000, 3)
	# 268: fmul.s dyn frm=1 -> UF NX
	ENTRY(17, 1, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000000, 3)
	# 269: fmul.s dyn frm=2 -> UF NX
	ENTRY(17, 2, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000000, 3)
	# 270: fmul.s dyn frm=3 -> UF NX
	ENTRY(17, 3, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000001, 3)
	# 271: fmul.s dyn frm=4 -> UF NX
	ENTRY(17, 4, 0xffffffff0ff00000, 0xffffffff0ff00000, 0, 0xffffffff00000000, 3)
	# 272: fmul.s rne frm=4 -> -
	ENTRY(12, 4, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 273: fmul.s rtz frm=3 -> -
	ENTRY(13, 3, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 274: fmul.s rdn frm=0 -> -
	ENTRY(14, 0, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 275: fmul.s rup frm=0 -> -
	ENTRY(15, 0, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 276: fmul.s rmm frm=2 -> -
	ENTRY(16, 2, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 277: fmul.s dyn frm=0 -> -
	ENTRY(17, 0, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 278: fmul.s dyn frm=1 -> -
	ENTRY(17, 1, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 279: fmul.s dyn frm=2 -> -
	ENTRY(17, 2, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 280: fmul.s dyn frm=3 -> -
	ENTRY(17, 3, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 281: fmul.s dyn frm=4 -> -
	ENTRY(17, 4, 0xffffffff1f800000, 0xffffffff20000000, 0, 0xffffffff00400000, 0)
	# 282: fmul.s rne frm=1 -> NX
	ENTRY(12, 1, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800000, 1)
	# 283: fmul.s rtz frm=4 -> NX
	ENTRY(13, 4, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800000, 1)
	# 284: fmul.s rdn frm=4 -> NX
	ENTRY(14, 4, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800000, 1)
	# 285: fmul.s rup frm=0 -> NX
	ENTRY(15, 0, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800001, 1)
	# 286: fmul.s rmm frm=0 -> NX
	ENTRY(16, 0, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800000, 1)
	# 287: fmul.s dyn frm=0 -> NX
	ENTRY(17, 0, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800000, 1)
	# 288: fmul.s dyn frm=1 -> NX
	ENTRY(17, 1, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800000, 1)
	# 289: fmul.s dyn frm=2 -> NX
	ENTRY(17, 2, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800000, 1)
	# 290: fmul.s dyn frm=3 -> NX
	ENTRY(17, 3, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800001, 1)
	# 291: fmul.s dyn frm=4 -> NX
	ENTRY(17, 4, 0xffffffff3eaaaaab, 0xffffffff40400000, 0, 0xffffffff3f800000, 1)
	# 292: fdiv.s rne frm=4 -> NX
	ENTRY(18, 4, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaab, 1)
	# 293: fdiv.s rtz frm=2 -> NX
	ENTRY(19, 2, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaaa, 1)
	# 294: fdiv.s rdn frm=0 -> NX
	ENTRY(20, 0, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaaa, 1)
	# 295: fdiv.s rup frm=2 -> NX
	ENTRY(21, 2, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaab, 1)
	# 296: fdiv.s rmm frm=3 -> NX
	ENTRY(22, 3, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaab, 1)
	# 297: fdiv.s dyn frm=0 -> NX
	ENTRY(23, 0, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaab, 1)
	# 298: fdiv.s dyn frm=1 -> NX
	ENTRY(23, 1, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaaa, 1)
	# 299: fdiv.s dyn frm=2 -> NX
	ENTRY(23, 2, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaaa, 1)
	# 300: fdiv.s dyn frm=3 -> NX
	ENTRY(23, 3, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaab, 1)
	# 301: fdiv.s dyn frm=4 -> NX
	ENTRY(23, 4, 0xffffffff3f800000, 0xffffffff40400000, 0, 0xffffffff3eaaaaab, 1)
	# 302: fdiv.s rne frm=3 -> NX
	ENTRY(18, 3, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaab, 1)
	# 303: fdiv.s rtz frm=0 -> NX
	ENTRY(19, 0, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaaa, 1)
	# 304: fdiv.s rdn frm=3 -> NX
	ENTRY(20, 3, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaaa, 1)
	# 305: fdiv.s rup frm=4 -> NX
	ENTRY(21, 4, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaab, 1)
	# 306: fdiv.s rmm frm=1 -> NX
	ENTRY(22, 1, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaab, 1)
	# 307: fdiv.s dyn frm=0 -> NX
	ENTRY(23, 0, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaab, 1)
	# 308: fdiv.s dyn frm=1 -> NX
	ENTRY(23, 1, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaaa, 1)
	# 309: fdiv.s dyn frm=2 -> NX
	ENTRY(23, 2, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaaa, 1)
	# 310: fdiv.s dyn frm=3 -> NX
	ENTRY(23, 3, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaab, 1)
	# 311: fdiv.s dyn frm=4 -> NX
	ENTRY(23, 4, 0xffffffff40000000, 0xffffffff40400000, 0, 0xffffffff3f2aaaab, 1)
	# 312: fdiv.s rne frm=1 -> NX
	ENTRY(18, 1, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaab, 1)
	# 313: fdiv.s rtz frm=0 -> NX
	ENTRY(19, 0, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaaa, 1)
	# 314: fdiv.s rdn frm=3 -> NX
	ENTRY(20, 3, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaab, 1)
	# 315: fdiv.s rup frm=0 -> NX
	ENTRY(21, 0, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaaa, 1)
	# 316: fdiv.s rmm frm=0 -> NX
	ENTRY(22, 0, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaab, 1)
	# 317: fdiv.s dyn frm=0 -> NX
	ENTRY(23, 0, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaab, 1)
	# 318: fdiv.s dyn frm=1 -> NX
	ENTRY(23, 1, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaaa, 1)
	# 319: fdiv.s dyn frm=2 -> NX
	ENTRY(23, 2, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaab, 1)
	# 320: fdiv.s dyn frm=3 -> NX
	ENTRY(23, 3, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaaa, 1)
	# 321: fdiv.s dyn frm=4 -> NX
	ENTRY(23, 4, 0xffffffffbf800000, 0xffffffff40400000, 0, 0xffffffffbeaaaaab, 1)
	# 322: fdiv.s rne frm=3 -> NX
	ENTRY(18, 3, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccd, 1)
	# 323: fdiv.s rtz frm=2 -> NX
	ENTRY(19, 2, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccc, 1)
	# 324: fdiv.s rdn frm=0 -> NX
	ENTRY(20, 0, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccc, 1)
	# 325: fdiv.s rup frm=1 -> NX
	ENTRY(21, 1, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccd, 1)
	# 326: fdiv.s rmm frm=2 -> NX
	ENTRY(22, 2, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccd, 1)
	# 327: fdiv.s dyn frm=0 -> NX
	ENTRY(23, 0, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccd, 1)
	# 328: fdiv.s dyn frm=1 -> NX
	ENTRY(23, 1, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccc, 1)
	# 329: fdiv.s dyn frm=2 -> NX
	ENTRY(23, 2, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccc, 1)
	# 330: fdiv.s dyn frm=3 -> NX
	ENTRY(23, 3, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccd, 1)
	# 331: fdiv.s dyn frm=4 -> NX
	ENTRY(23, 4, 0xffffffff3f800000, 0xffffffff41200000, 0, 0xffffffff3dcccccd, 1)
	# 332: fdiv.s rne frm=3 -> OF NX
	ENTRY(18, 3, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f800000, 5)
	# 333: fdiv.s rtz frm=2 -> OF NX
	ENTRY(19, 2, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f7fffff, 5)
	# 334: fdiv.s rdn frm=0 -> OF NX
	ENTRY(20, 0, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f7fffff, 5)
	# 335: fdiv.s rup frm=0 -> OF NX
	ENTRY(21, 0, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f800000, 5)
	# 336: fdiv.s rmm frm=0 -> OF NX
	ENTRY(22, 0, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f800000, 5)
	# 337: fdiv.s dyn frm=0 -> OF NX
	ENTRY(23, 0, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f800000, 5)
	# 338: fdiv.s dyn frm=1 -> OF NX
	ENTRY(23, 1, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f7fffff, 5)
	# 339: fdiv.s dyn frm=2 -> OF NX
	ENTRY(23, 2, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f7fffff, 5)
	# 340: fdiv.s dyn frm=3 -> OF NX
	ENTRY(23, 3, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f800000, 5)
	# 341: fdiv.s dyn frm=4 -> OF NX
	ENTRY(23, 4, 0xffffffff7f7fffff, 0xffffffff3f000000, 0, 0xffffffff7f800000, 5)
	# 342: fdiv.s rne frm=2 -> UF NX
	ENTRY(18, 2, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000000, 3)
	# 343: fdiv.s rtz frm=2 -> UF NX
	ENTRY(19, 2, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000000, 3)
	# 344: fdiv.s rdn frm=1 -> UF NX
	ENTRY(20, 1, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000000, 3)
	# 345: fdiv.s rup frm=2 -> UF NX
	ENTRY(21, 2, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000001, 3)
	# 346: fdiv.s rmm frm=2 -> UF NX
	ENTRY(22, 2, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000001, 3)
	# 347: fdiv.s dyn frm=0 -> UF NX
	ENTRY(23, 0, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000000, 3)
	# 348: fdiv.s dyn frm=1 -> UF NX
	ENTRY(23, 1, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000000, 3)
	# 349: fdiv.s dyn frm=2 -> UF NX
	ENTRY(23, 2, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000000, 3)
	# 350: fdiv.s dyn frm=3 -> UF NX
	ENTRY(23, 3, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000001, 3)
	# 351: fdiv.s dyn frm=4 -> UF NX
	ENTRY(23, 4, 0xffffffff00000001, 0xffffffff40000000, 0, 0xffffffff00000001, 3)
	# 352: fdiv.s rne frm=2 -> UF NX
	ENTRY(18, 2, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000001, 3)
	# 353: fdiv.s rtz frm=4 -> UF NX
	ENTRY(19, 4, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000000, 3)
	# 354: fdiv.s rdn frm=1 -> UF NX
	ENTRY(20, 1, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000000, 3)
	# 355: fdiv.s rup frm=4 -> UF NX
	ENTRY(21, 4, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000001, 3)
	# 356: fdiv.s rmm frm=2 -> UF NX
	ENTRY(22, 2, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000001, 3)
	# 357: fdiv.s dyn frm=0 -> UF NX
	ENTRY(23, 0, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000001, 3)
	# 358: fdiv.s dyn frm=1 -> UF NX
	ENTRY(23, 1, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000000, 3)
	# 359: fdiv.s dyn frm=2 -> UF NX
	ENTRY(23, 2, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000000, 3)
	# 360: fdiv.s dyn frm=3 -> UF NX
	ENTRY(23, 3, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000001, 3)
	# 361: fdiv.s dyn frm=4 -> UF NX
	ENTRY(23, 4, 0xffffffff00000003, 0xffffffff40800000, 0, 0xffffffff00000001, 3)
	# 362: fdiv.s rne frm=4 -> UF NX
	ENTRY(18, 4, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff007fffff, 3)
	# 363: fdiv.s rtz frm=3 -> UF NX
	ENTRY(19, 3, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff007fffff, 3)
	# 364: fdiv.s rdn frm=1 -> UF NX
	ENTRY(20, 1, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff007fffff, 3)
	# 365: fdiv.s rup frm=4 -> UF NX
	ENTRY(21, 4, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff00800000, 3)
	# 366: fdiv.s rmm frm=3 -> UF NX
	ENTRY(22, 3, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff007fffff, 3)
	# 367: fdiv.s dyn frm=0 -> UF NX
	ENTRY(23, 0, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff007fffff, 3)
	# 368: fdiv.s dyn frm=1 -> UF NX
	ENTRY(23, 1, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff007fffff, 3)
	# 369: fdiv.s dyn frm=2 -> UF NX
	ENTRY(23, 2, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff007fffff, 3)
	# 370: fdiv.s dyn frm=3 -> UF NX
	ENTRY(23, 3, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff00800000, 3)
	# 371: fdiv.s dyn frm=4 -> UF NX
	ENTRY(23, 4, 0xffffffff00800000, 0xffffffff3f800001, 0, 0xffffffff007fffff, 3)
	# 372: fsqrt.s rne frm=2 -> NX
	ENTRY(24, 2, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f3, 1)
	# 373: fsqrt.s rtz frm=4 -> NX
	ENTRY(25, 4, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f3, 1)
	# 374: fsqrt.s rdn frm=1 -> NX
	ENTRY(26, 1, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f3, 1)
	# 375: fsqrt.s rup frm=2 -> NX
	ENTRY(27, 2, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f4, 1)
	# 376: fsqrt.s rmm frm=1 -> NX
	ENTRY(28, 1, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f3, 1)
	# 377: fsqrt.s dyn frm=0 -> NX
	ENTRY(29, 0, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f3, 1)
	# 378: fsqrt.s dyn frm=1 -> NX
	ENTRY(29, 1, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f3, 1)
	# 379: fsqrt.s dyn frm=2 -> NX
	ENTRY(29, 2, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f3, 1)
	# 380: fsqrt.s dyn frm=3 -> NX
	ENTRY(29, 3, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f4, 1)
	# 381: fsqrt.s dyn frm=4 -> NX
	ENTRY(29, 4, 0xffffffff40000000, 0, 0, 0xffffffff3fb504f3, 1)
	# 382: fsqrt.s rne frm=1 -> NX
	ENTRY(24, 1, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d7, 1)
	# 383: fsqrt.s rtz frm=3 -> NX
	ENTRY(25, 3, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d7, 1)
	# 384: fsqrt.s rdn frm=1 -> NX
	ENTRY(26, 1, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d7, 1)
	# 385: fsqrt.s rup frm=1 -> NX
	ENTRY(27, 1, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d8, 1)
	# 386: fsqrt.s rmm frm=2 -> NX
	ENTRY(28, 2, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d7, 1)
	# 387: fsqrt.s dyn frm=0 -> NX
	ENTRY(29, 0, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d7, 1)
	# 388: fsqrt.s dyn frm=1 -> NX
	ENTRY(29, 1, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d7, 1)
	# 389: fsqrt.s dyn frm=2 -> NX
	ENTRY(29, 2, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d7, 1)
	# 390: fsqrt.s dyn frm=3 -> NX
	ENTRY(29, 3, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d8, 1)
	# 391: fsqrt.s dyn frm=4 -> NX
	ENTRY(29, 4, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d7, 1)
	# 392: fsqrt.s rne frm=2 -> NX
	ENTRY(24, 2, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbd, 1)
	# 393: fsqrt.s rtz frm=0 -> NX
	ENTRY(25, 0, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbc, 1)
	# 394: fsqrt.s rdn frm=1 -> NX
	ENTRY(26, 1, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbc, 1)
	# 395: fsqrt.s rup frm=0 -> NX
	ENTRY(27, 0, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbd, 1)
	# 396: fsqrt.s rmm frm=2 -> NX
	ENTRY(28, 2, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbd, 1)
	# 397: fsqrt.s dyn frm=0 -> NX
	ENTRY(29, 0, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbd, 1)
	# 398: fsqrt.s dyn frm=1 -> NX
	ENTRY(29, 1, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbc, 1)
	# 399: fsqrt.s dyn frm=2 -> NX
	ENTRY(29, 2, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbc, 1)
	# 400: fsqrt.s dyn frm=3 -> NX
	ENTRY(29, 3, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbd, 1)
	# 401: fsqrt.s dyn frm=4 -> NX
	ENTRY(29, 4, 0xffffffff40a00000, 0, 0, 0xffffffff400f1bbd, 1)
	# 402: fsqrt.s rne frm=1 -> NX
	ENTRY(24, 1, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f3, 1)
	# 403: fsqrt.s rtz frm=4 -> NX
	ENTRY(25, 4, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f3, 1)
	# 404: fsqrt.s rdn frm=4 -> NX
	ENTRY(26, 4, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f3, 1)
	# 405: fsqrt.s rup frm=1 -> NX
	ENTRY(27, 1, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f4, 1)
	# 406: fsqrt.s rmm frm=0 -> NX
	ENTRY(28, 0, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f3, 1)
	# 407: fsqrt.s dyn frm=0 -> NX
	ENTRY(29, 0, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f3, 1)
	# 408: fsqrt.s dyn frm=1 -> NX
	ENTRY(29, 1, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f3, 1)
	# 409: fsqrt.s dyn frm=2 -> NX
	ENTRY(29, 2, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f3, 1)
	# 410: fsqrt.s dyn frm=3 -> NX
	ENTRY(29, 3, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f4, 1)
	# 411: fsqrt.s dyn frm=4 -> NX
	ENTRY(29, 4, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f3, 1)
	# 412: fsqrt.s rne frm=2 -> NX
	ENTRY(24, 2, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 413: fsqrt.s rtz frm=4 -> NX
	ENTRY(25, 4, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 414: fsqrt.s rdn frm=3 -> NX
	ENTRY(26, 3, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 415: fsqrt.s rup frm=2 -> NX
	ENTRY(27, 2, 0xffffffff3f800001, 0, 0, 0xffffffff3f800001, 1)
	# 416: fsqrt.s rmm frm=0 -> NX
	ENTRY(28, 0, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 417: fsqrt.s dyn frm=0 -> NX
	ENTRY(29, 0, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 418: fsqrt.s dyn frm=1 -> NX
	ENTRY(29, 1, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 419: fsqrt.s dyn frm=2 -> NX
	ENTRY(29, 2, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 420: fsqrt.s dyn frm=3 -> NX
	ENTRY(29, 3, 0xffffffff3f800001, 0, 0, 0xffffffff3f800001, 1)
	# 421: fsqrt.s dyn frm=4 -> NX
	ENTRY(29, 4, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 422: fsqrt.s rne frm=4 -> NX
	ENTRY(24, 4, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 423: fsqrt.s rtz frm=3 -> NX
	ENTRY(25, 3, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 424: fsqrt.s rdn frm=0 -> NX
	ENTRY(26, 0, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 425: fsqrt.s rup frm=1 -> NX
	ENTRY(27, 1, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f800000, 1)
	# 426: fsqrt.s rmm frm=3 -> NX
	ENTRY(28, 3, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 427: fsqrt.s dyn frm=0 -> NX
	ENTRY(29, 0, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 428: fsqrt.s dyn frm=1 -> NX
	ENTRY(29, 1, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 429: fsqrt.s dyn frm=2 -> NX
	ENTRY(29, 2, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 430: fsqrt.s dyn frm=3 -> NX
	ENTRY(29, 3, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f800000, 1)
	# 431: fsqrt.s dyn frm=4 -> NX
	ENTRY(29, 4, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 432: fadd.s dyn frm=2 -> -
	ENTRY(5, 2, 0xffffffff00000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 433: fadd.s dyn frm=3 -> -
	ENTRY(5, 3, 0xffffffff00000000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 434: fadd.s dyn frm=3 -> -
	ENTRY(5, 3, 0xffffffff00000000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 435: fadd.s rmm frm=0 -> -
	ENTRY(4, 0, 0xffffffff00000000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 436: fadd.s dyn frm=2 -> -
	ENTRY(5, 2, 0xffffffff00000000, 0xffffffff80000001, 0, 0xffffffff80000001, 0)
	# 437: fadd.s rne frm=0 -> -
	ENTRY(0, 0, 0xffffffff00000000, 0xffffffff80800000, 0, 0xffffffff80800000, 0)
	# 438: fadd.s rup frm=0 -> -
	ENTRY(3, 0, 0xffffffff00000000, 0xffffffff3f800001, 0, 0xffffffff3f800001, 0)
	# 439: fadd.s rdn frm=4 -> -
	ENTRY(2, 4, 0xffffffff00000000, 0xffffffff33800000, 0, 0xffffffff33800000, 0)
	# 440: fadd.s rup frm=0 -> -
	ENTRY(3, 0, 0xffffffff3f800000, 0xffffffff80000000, 0, 0xffffffff3f800000, 0)
	# 441: fadd.s rtz frm=0 -> -
	ENTRY(1, 0, 0xffffffff3f800000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 442: fadd.s rmm frm=3 -> -
	ENTRY(4, 3, 0xffffffff3f800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 443: fadd.s rdn frm=3 -> -
	ENTRY(2, 3, 0xffffffff3f800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 444: fadd.s rmm frm=4 -> NX
	ENTRY(4, 4, 0xffffffff3f800000, 0xffffffff80000001, 0, 0xffffffff3f800000, 1)
	# 445: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff3f800000, 0xffffffff80800000, 0, 0xffffffff3f800000, 1)
	# 446: fadd.s rdn frm=4 -> NX
	ENTRY(2, 4, 0xffffffff3f800000, 0xffffffff3f800001, 0, 0xffffffff40000000, 1)
	# 447: fadd.s rdn frm=1 -> NX
	ENTRY(2, 1, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f800000, 1)
	# 448: fadd.s rmm frm=4 -> -
	ENTRY(4, 4, 0xffffffff7f800000, 0xffffffff80000000, 0, 0xffffffff7f800000, 0)
	# 449: fadd.s rtz frm=0 -> -
	ENTRY(1, 0, 0xffffffff7f800000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 450: fadd.s rtz frm=4 -> -
	ENTRY(1, 4, 0xffffffff7f800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 451: fadd.s rne frm=0 -> -
	ENTRY(0, 0, 0xffffffff7f800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 452: fadd.s dyn frm=3 -> -
	ENTRY(5, 3, 0xffffffff7f800000, 0xffffffff80000001, 0, 0xffffffff7f800000, 0)
	# 453: fadd.s rup frm=3 -> -
	ENTRY(3, 3, 0xffffffff7f800000, 0xffffffff80800000, 0, 0xffffffff7f800000, 0)
	# 454: fadd.s rup frm=4 -> -
	ENTRY(3, 4, 0xffffffff7f800000, 0xffffffff3f800001, 0, 0xffffffff7f800000, 0)
	# 455: fadd.s rne frm=2 -> -
	ENTRY(0, 2, 0xffffffff7f800000, 0xffffffff33800000, 0, 0xffffffff7f800000, 0)
	# 456: fadd.s rdn frm=0 -> -
	ENTRY(2, 0, 0xffffffff7fc00000, 0xffffffff80000000, 0, 0xffffffff7fc00000, 0)
	# 457: fadd.s rup frm=2 -> -
	ENTRY(3, 2, 0xffffffff7fc00000, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 0)
	# 458: fadd.s rne frm=3 -> -
	ENTRY(0, 3, 0xffffffff7fc00000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 459: fadd.s rtz frm=4 -> -
	ENTRY(1, 4, 0xffffffff7fc00000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 460: fadd.s rtz frm=3 -> -
	ENTRY(1, 3, 0xffffffff7fc00000, 0xffffffff80000001, 0, 0xffffffff7fc00000, 0)
	# 461: fadd.s rdn frm=1 -> -
	ENTRY(2, 1, 0xffffffff7fc00000, 0xffffffff80800000, 0, 0xffffffff7fc00000, 0)
	# 462: fadd.s rup frm=4 -> -
	ENTRY(3, 4, 0xffffffff7fc00000, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 0)
	# 463: fadd.s dyn frm=4 -> -
	ENTRY(5, 4, 0xffffffff7fc00000, 0xffffffff33800000, 0, 0xffffffff7fc00000, 0)
	# 464: fadd.s rne frm=2 -> NV
	ENTRY(0, 2, 0xffffffff7f800001, 0xffffffff80000000, 0, 0xffffffff7fc00000, 16)
	# 465: fadd.s dyn frm=0 -> NV
	ENTRY(5, 0, 0xffffffff7f800001, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 16)
	# 466: fadd.s rmm frm=1 -> NV
	ENTRY(4, 1, 0xffffffff7f800001, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 16)
	# 467: fadd.s rdn frm=3 -> NV
	ENTRY(2, 3, 0xffffffff7f800001, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 16)
	# 468: fadd.s rup frm=0 -> NV
	ENTRY(3, 0, 0xffffffff7f800001, 0xffffffff80000001, 0, 0xffffffff7fc00000, 16)
	# 469: fadd.s rtz frm=4 -> NV
	ENTRY(1, 4, 0xffffffff7f800001, 0xffffffff80800000, 0, 0xffffffff7fc00000, 16)
	# 470: fadd.s rup frm=2 -> NV
	ENTRY(3, 2, 0xffffffff7f800001, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 16)
	# 471: fadd.s rup frm=3 -> NV
	ENTRY(3, 3, 0xffffffff7f800001, 0xffffffff33800000, 0, 0xffffffff7fc00000, 16)
	# 472: fadd.s dyn frm=2 -> -
	ENTRY(5, 2, 0xffffffff7fc12345, 0xffffffff80000000, 0, 0xffffffff7fc00000, 0)
	# 473: fadd.s rup frm=0 -> -
	ENTRY(3, 0, 0xffffffff7fc12345, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 0)
	# 474: fadd.s rup frm=3 -> -
	ENTRY(3, 3, 0xffffffff7fc12345, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 475: fadd.s rne frm=4 -> -
	ENTRY(0, 4, 0xffffffff7fc12345, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 476: fadd.s dyn frm=1 -> -
	ENTRY(5, 1, 0xffffffff7fc12345, 0xffffffff80000001, 0, 0xffffffff7fc00000, 0)
	# 477: fadd.s rtz frm=3 -> -
	ENTRY(1, 3, 0xffffffff7fc12345, 0xffffffff80800000, 0, 0xffffffff7fc00000, 0)
	# 478: fadd.s rdn frm=0 -> -
	ENTRY(2, 0, 0xffffffff7fc12345, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 0)
	# 479: fadd.s rtz frm=3 -> -
	ENTRY(1, 3, 0xffffffff7fc12345, 0xffffffff33800000, 0, 0xffffffff7fc00000, 0)
	# 480: fadd.s rtz frm=0 -> -
	ENTRY(1, 0, 0xffffffff00000001, 0xffffffff80000000, 0, 0xffffffff00000001, 0)
	# 481: fadd.s rmm frm=1 -> -
	ENTRY(4, 1, 0xffffffff00000001, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 482: fadd.s rup frm=4 -> -
	ENTRY(3, 4, 0xffffffff00000001, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 483: fadd.s rne frm=4 -> -
	ENTRY(0, 4, 0xffffffff00000001, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 484: fadd.s rdn frm=0 -> -
	ENTRY(2, 0, 0xffffffff00000001, 0xffffffff80000001, 0, 0xffffffff80000000, 0)
	# 485: fadd.s rup frm=2 -> -
	ENTRY(3, 2, 0xffffffff00000001, 0xffffffff80800000, 0, 0xffffffff807fffff, 0)
	# 486: fadd.s rdn frm=1 -> NX
	ENTRY(2, 1, 0xffffffff00000001, 0xffffffff3f800001, 0, 0xffffffff3f800001, 1)
	# 487: fadd.s rup frm=4 -> NX
	ENTRY(3, 4, 0xffffffff00000001, 0xffffffff33800000, 0, 0xffffffff33800001, 1)
	# 488: fadd.s dyn frm=1 -> -
	ENTRY(5, 1, 0xffffffff007fffff, 0xffffffff80000000, 0, 0xffffffff007fffff, 0)
	# 489: fadd.s rmm frm=0 -> -
	ENTRY(4, 0, 0xffffffff007fffff, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 490: fadd.s rmm frm=0 -> -
	ENTRY(4, 0, 0xffffffff007fffff, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 491: fadd.s dyn frm=2 -> -
	ENTRY(5, 2, 0xffffffff007fffff, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 492: fadd.s rmm frm=3 -> -
	ENTRY(4, 3, 0xffffffff007fffff, 0xffffffff80000001, 0, 0xffffffff007ffffe, 0)
	# 493: fadd.s rdn frm=0 -> -
	ENTRY(2, 0, 0xffffffff007fffff, 0xffffffff80800000, 0, 0xffffffff80000001, 0)
	# 494: fadd.s rtz frm=3 -> NX
	ENTRY(1, 3, 0xffffffff007fffff, 0xffffffff3f800001, 0, 0xffffffff3f800001, 1)
	# 495: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff007fffff, 0xffffffff33800000, 0, 0xffffffff33800000, 1)
	# 496: fadd.s rmm frm=2 -> -
	ENTRY(4, 2, 0xffffffff80800000, 0xffffffff80000000, 0, 0xffffffff80800000, 0)
	# 497: fadd.s rne frm=1 -> -
	ENTRY(0, 1, 0xffffffff80800000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 498: fadd.s dyn frm=0 -> -
	ENTRY(5, 0, 0xffffffff80800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 499: fadd.s rne frm=4 -> -
	ENTRY(0, 4, 0xffffffff80800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 500: fadd.s rmm frm=1 -> -
	ENTRY(4, 1, 0xffffffff80800000, 0xffffffff80000001, 0, 0xffffffff80800001, 0)
	# 501: fadd.s rtz frm=3 -> -
	ENTRY(1, 3, 0xffffffff80800000, 0xffffffff80800000, 0, 0xffffffff81000000, 0)
	# 502: fadd.s rdn frm=4 -> NX
	ENTRY(2, 4, 0xffffffff80800000, 0xffffffff3f800001, 0, 0xffffffff3f800000, 1)
	# 503: fadd.s rtz frm=0 -> NX
	ENTRY(1, 0, 0xffffffff80800000, 0xffffffff33800000, 0, 0xffffffff337fffff, 1)
	# 504: fadd.s rdn frm=0 -> -
	ENTRY(2, 0, 0xffffffffff7fffff, 0xffffffff80000000, 0, 0xffffffffff7fffff, 0)
	# 505: fadd.s rdn frm=3 -> -
	ENTRY(2, 3, 0xffffffffff7fffff, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 506: fadd.s rmm frm=1 -> -
	ENTRY(4, 1, 0xffffffffff7fffff, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 507: fadd.s dyn frm=4 -> -
	ENTRY(5, 4, 0xffffffffff7fffff, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 508: fadd.s rmm frm=0 -> NX
	ENTRY(4, 0, 0xffffffffff7fffff, 0xffffffff80000001, 0, 0xffffffffff7fffff, 1)
	# 509: fadd.s rdn frm=0 -> OF NX
	ENTRY(2, 0, 0xffffffffff7fffff, 0xffffffff80800000, 0, 0xffffffffff800000, 5)
	# 510: fadd.s rup frm=2 -> NX
	ENTRY(3, 2, 0xffffffffff7fffff, 0xffffffff3f800001, 0, 0xffffffffff7ffffe, 1)
	# 511: fadd.s rmm frm=2 -> NX
	ENTRY(4, 2, 0xffffffffff7fffff, 0xffffffff33800000, 0, 0xffffffffff7fffff, 1)
	# 513: fadd.s dyn frm=4 -> -
	ENTRY(5, 4, 0xffffffff40400000, 0xffffffff80000000, 0, 0xffffffff40400000, 0)
	# 514: fadd.s rdn frm=1 -> -
	ENTRY(2, 1, 0xffffffff40400000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 515: fadd.s rmm frm=4 -> -
	ENTRY(4, 4, 0xffffffff40400000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 516: fadd.s rup frm=0 -> -
	ENTRY(3, 0, 0xffffffff40400000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 517: fadd.s rdn frm=0 -> NX
	ENTRY(2, 0, 0xffffffff40400000, 0xffffffff80000001, 0, 0xffffffff403fffff, 1)
	# 518: fadd.s rne frm=3 -> NX
	ENTRY(0, 3, 0xffffffff40400000, 0xffffffff80800000, 0, 0xffffffff40400000, 1)
	# 519: fadd.s rne frm=0 -> NX
	ENTRY(0, 0, 0xffffffff40400000, 0xffffffff3f800001, 0, 0xffffffff40800000, 1)
	# 520: fadd.s rtz frm=4 -> NX
	ENTRY(1, 4, 0xffffffff40400000, 0xffffffff33800000, 0, 0xffffffff40400000, 1)
	# 521: fadd.s rdn frm=3 -> -
	ENTRY(2, 3, 0xffffffff33800000, 0xffffffff80000000, 0, 0xffffffff33800000, 0)
	# 522: fadd.s rup frm=4 -> -
	ENTRY(3, 4, 0xffffffff33800000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 523: fadd.s rne frm=0 -> -
	ENTRY(0, 0, 0xffffffff33800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 524: fadd.s rmm frm=2 -> -
	ENTRY(4, 2, 0xffffffff33800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 525: fadd.s rdn frm=2 -> NX
	ENTRY(2, 2, 0xffffffff33800000, 0xffffffff80000001, 0, 0xffffffff337fffff, 1)
	# 526: fadd.s rtz frm=0 -> NX
	ENTRY(1, 0, 0xffffffff33800000, 0xffffffff80800000, 0, 0xffffffff337fffff, 1)
	# 527: fadd.s rdn frm=1 -> NX
	ENTRY(2, 1, 0xffffffff33800000, 0xffffffff3f800001, 0, 0xffffffff3f800001, 1)
	# 528: fadd.s rmm frm=4 -> -
	ENTRY(4, 4, 0xffffffff33800000, 0xffffffff33800000, 0, 0xffffffff34000000, 0)
	# 529: fsub.s rup frm=1 -> -
	ENTRY(9, 1, 0xffffffff00000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 530: fsub.s rdn frm=2 -> -
	ENTRY(8, 2, 0xffffffff00000000, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 531: fsub.s rtz frm=4 -> -
	ENTRY(7, 4, 0xffffffff00000000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 532: fsub.s rup frm=1 -> -
	ENTRY(9, 1, 0xffffffff00000000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 533: fsub.s rtz frm=4 -> -
	ENTRY(7, 4, 0xffffffff00000000, 0xffffffff80000001, 0, 0xffffffff00000001, 0)
	# 534: fsub.s rup frm=2 -> -
	ENTRY(9, 2, 0xffffffff00000000, 0xffffffff80800000, 0, 0xffffffff00800000, 0)
	# 535: fsub.s rne frm=4 -> -
	ENTRY(6, 4, 0xffffffff00000000, 0xffffffff3f800001, 0, 0xffffffffbf800001, 0)
	# 536: fsub.s dyn frm=4 -> -
	ENTRY(11, 4, 0xffffffff00000000, 0xffffffff33800000, 0, 0xffffffffb3800000, 0)
	# 537: fsub.s rmm frm=2 -> -
	ENTRY(10, 2, 0xffffffff3f800000, 0xffffffff80000000, 0, 0xffffffff3f800000, 0)
	# 538: fsub.s rne frm=0 -> -
	ENTRY(6, 0, 0xffffffff3f800000, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 539: fsub.s dyn frm=4 -> -
	ENTRY(11, 4, 0xffffffff3f800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 540: fsub.s rdn frm=0 -> -
	ENTRY(8, 0, 0xffffffff3f800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 541: fsub.s rtz frm=2 -> NX
	ENTRY(7, 2, 0xffffffff3f800000, 0xffffffff80000001, 0, 0xffffffff3f800000, 1)
	# 542: fsub.s rne frm=3 -> NX
	ENTRY(6, 3, 0xffffffff3f800000, 0xffffffff80800000, 0, 0xffffffff3f800000, 1)
	# 543: fsub.s dyn frm=3 -> -
	ENTRY(11, 3, 0xffffffff3f800000, 0xffffffff3f800001, 0, 0xffffffffb4000000, 0)
	# 544: fsub.s rdn frm=4 -> -
	ENTRY(8, 4, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff3f7fffff, 0)
	# 545: fsub.s rdn frm=3 -> -
	ENTRY(8, 3, 0xffffffff7f800000, 0xffffffff80000000, 0, 0xffffffff7f800000, 0)
	# 546: fsub.s rtz frm=3 -> NV
	ENTRY(7, 3, 0xffffffff7f800000, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 16)
	# 547: fsub.s rmm frm=2 -> -
	ENTRY(10, 2, 0xffffffff7f800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 548: fsub.s rdn frm=0 -> -
	ENTRY(8, 0, 0xffffffff7f800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 549: fsub.s rmm frm=4 -> -
	ENTRY(10, 4, 0xffffffff7f800000, 0xffffffff80000001, 0, 0xffffffff7f800000, 0)
	# 550: fsub.s rne frm=3 -> -
	ENTRY(6, 3, 0xffffffff7f800000, 0xffffffff80800000, 0, 0xffffffff7f800000, 0)
	# 551: fsub.s dyn frm=0 -> -
	ENTRY(11, 0, 0xffffffff7f800000, 0xffffffff3f800001, 0, 0xffffffff7f800000, 0)
	# 552: fsub.s rne frm=1 -> -
	ENTRY(6, 1, 0xffffffff7f800000, 0xffffffff33800000, 0, 0xffffffff7f800000, 0)
	# 553: fsub.s rtz frm=0 -> -
	ENTRY(7, 0, 0xffffffff7fc00000, 0xffffffff80000000, 0, 0xffffffff7fc00000, 0)
	# 554: fsub.s rne frm=2 -> -
	ENTRY(6, 2, 0xffffffff7fc00000, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 0)
	# 555: fsub.s rdn frm=4 -> -
	ENTRY(8, 4, 0xffffffff7fc00000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 556: fsub.s rmm frm=0 -> -
	ENTRY(10, 0, 0xffffffff7fc00000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 557: fsub.s dyn frm=2 -> -
	ENTRY(11, 2, 0xffffffff7fc00000, 0xffffffff80000001, 0, 0xffffffff7fc00000, 0)
	# 558: fsub.s rmm frm=0 -> -
	ENTRY(10, 0, 0xffffffff7fc00000, 0xffffffff80800000, 0, 0xffffffff7fc00000, 0)
	# 559: fsub.s dyn frm=1 -> -
	ENTRY(11, 1, 0xffffffff7fc00000, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 0)
	# 560: fsub.s rdn frm=1 -> -
	ENTRY(8, 1, 0xffffffff7fc00000, 0xffffffff33800000, 0, 0xffffffff7fc00000, 0)
	# 561: fsub.s rup frm=0 -> NV
	ENTRY(9, 0, 0xffffffff7f800001, 0xffffffff80000000, 0, 0xffffffff7fc00000, 16)
	# 562: fsub.s rdn frm=2 -> NV
	ENTRY(8, 2, 0xffffffff7f800001, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 16)
	# 563: fsub.s rtz frm=2 -> NV
	ENTRY(7, 2, 0xffffffff7f800001, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 16)
	# 564: fsub.s rup frm=2 -> NV
	ENTRY(9, 2, 0xffffffff7f800001, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 16)
	# 565: fsub.s rtz frm=4 -> NV
	ENTRY(7, 4, 0xffffffff7f800001, 0xffffffff80000001, 0, 0xffffffff7fc00000, 16)
	# 566: fsub.s rdn frm=3 -> NV
	ENTRY(8, 3, 0xffffffff7f800001, 0xffffffff80800000, 0, 0xffffffff7fc00000, 16)
	# 567: fsub.s rdn frm=2 -> NV
	ENTRY(8, 2, 0xffffffff7f800001, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 16)
	# 568: fsub.s rdn frm=1 -> NV
	ENTRY(8, 1, 0xffffffff7f800001, 0xffffffff33800000, 0, 0xffffffff7fc00000, 16)
	# 569: fsub.s dyn frm=1 -> -
	ENTRY(11, 1, 0xffffffff7fc12345, 0xffffffff80000000, 0, 0xffffffff7fc00000, 0)
	# 570: fsub.s dyn frm=3 -> -
	ENTRY(11, 3, 0xffffffff7fc12345, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 0)
	# 571: fsub.s rtz frm=0 -> -
	ENTRY(7, 0, 0xffffffff7fc12345, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 572: fsub.s rne frm=0 -> -
	ENTRY(6, 0, 0xffffffff7fc12345, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 573: fsub.s rne frm=3 -> -
	ENTRY(6, 3, 0xffffffff7fc12345, 0xffffffff80000001, 0, 0xffffffff7fc00000, 0)
	# 574: fsub.s rmm frm=4 -> -
	ENTRY(10, 4, 0xffffffff7fc12345, 0xffffffff80800000, 0, 0xffffffff7fc00000, 0)
	# 575: fsub.s rtz frm=1 -> -
	ENTRY(7, 1, 0xffffffff7fc12345, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 0)
	# 576: fsub.s rdn frm=3 -> -
	ENTRY(8, 3, 0xffffffff7fc12345, 0xffffffff33800000, 0, 0xffffffff7fc00000, 0)
	# 577: fsub.s rtz frm=3 -> -
	ENTRY(7, 3, 0xffffffff00000001, 0xffffffff80000000, 0, 0xffffffff00000001, 0)
	# 578: fsub.s rtz frm=0 -> -
	ENTRY(7, 0, 0xffffffff00000001, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 579: fsub.s rne frm=1 -> -
	ENTRY(6, 1, 0xffffffff00000001, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 580: fsub.s rmm frm=0 -> -
	ENTRY(10, 0, 0xffffffff00000001, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 581: fsub.s rtz frm=1 -> -
	ENTRY(7, 1, 0xffffffff00000001, 0xffffffff80000001, 0, 0xffffffff00000002, 0)
	# 582: fsub.s rmm frm=2 -> -
	ENTRY(10, 2, 0xffffffff00000001, 0xffffffff80800000, 0, 0xffffffff00800001, 0)
	# 583: fsub.s rmm frm=3 -> NX
	ENTRY(10, 3, 0xffffffff00000001, 0xffffffff3f800001, 0, 0xffffffffbf800001, 1)
	# 584: fsub.s dyn frm=2 -> NX
	ENTRY(11, 2, 0xffffffff00000001, 0xffffffff33800000, 0, 0xffffffffb3800000, 1)
	# 585: fsub.s rmm frm=3 -> -
	ENTRY(10, 3, 0xffffffff007fffff, 0xffffffff80000000, 0, 0xffffffff007fffff, 0)
	# 586: fsub.s rne frm=3 -> -
	ENTRY(6, 3, 0xffffffff007fffff, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 587: fsub.s rne frm=2 -> -
	ENTRY(6, 2, 0xffffffff007fffff, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 588: fsub.s rmm frm=4 -> -
	ENTRY(10, 4, 0xffffffff007fffff, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 589: fsub.s rdn frm=1 -> -
	ENTRY(8, 1, 0xffffffff007fffff, 0xffffffff80000001, 0, 0xffffffff00800000, 0)
	# 590: fsub.s rne frm=0 -> -
	ENTRY(6, 0, 0xffffffff007fffff, 0xffffffff80800000, 0, 0xffffffff00ffffff, 0)
	# 591: fsub.s rtz frm=2 -> NX
	ENTRY(7, 2, 0xffffffff007fffff, 0xffffffff3f800001, 0, 0xffffffffbf800000, 1)
	# 592: fsub.s rne frm=1 -> NX
	ENTRY(6, 1, 0xffffffff007fffff, 0xffffffff33800000, 0, 0xffffffffb3800000, 1)
	# 593: fsub.s rmm frm=1 -> -
	ENTRY(10, 1, 0xffffffff80800000, 0xffffffff80000000, 0, 0xffffffff80800000, 0)
	# 594: fsub.s rdn frm=4 -> -
	ENTRY(8, 4, 0xffffffff80800000, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 595: fsub.s rup frm=1 -> -
	ENTRY(9, 1, 0xffffffff80800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 596: fsub.s rne frm=3 -> -
	ENTRY(6, 3, 0xffffffff80800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 597: fsub.s rtz frm=1 -> -
	ENTRY(7, 1, 0xffffffff80800000, 0xffffffff80000001, 0, 0xffffffff807fffff, 0)
	# 598: fsub.s rtz frm=0 -> -
	ENTRY(7, 0, 0xffffffff80800000, 0xffffffff80800000, 0, 0xffffffff00000000, 0)
	# 599: fsub.s rup frm=3 -> NX
	ENTRY(9, 3, 0xffffffff80800000, 0xffffffff3f800001, 0, 0xffffffffbf800001, 1)
	# 600: fsub.s rtz frm=1 -> NX
	ENTRY(7, 1, 0xffffffff80800000, 0xffffffff33800000, 0, 0xffffffffb3800000, 1)
	# 601: fsub.s rtz frm=0 -> -
	ENTRY(7, 0, 0xffffffffff7fffff, 0xffffffff80000000, 0, 0xffffffffff7fffff, 0)
	# 602: fsub.s rtz frm=4 -> -
	ENTRY(7, 4, 0xffffffffff7fffff, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 603: fsub.s rtz frm=0 -> -
	ENTRY(7, 0, 0xffffffffff7fffff, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 604: fsub.s dyn frm=1 -> -
	ENTRY(11, 1, 0xffffffffff7fffff, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 605: fsub.s dyn frm=0 -> NX
	ENTRY(11, 0, 0xffffffffff7fffff, 0xffffffff80000001, 0, 0xffffffffff7fffff, 1)
	# 606: fsub.s rdn frm=1 -> NX
	ENTRY(8, 1, 0xffffffffff7fffff, 0xffffffff80800000, 0, 0xffffffffff7fffff, 1)
	# 607: fsub.s rne frm=4 -> NX
	ENTRY(6, 4, 0xffffffffff7fffff, 0xffffffff3f800001, 0, 0xffffffffff7fffff, 1)
	# 608: fsub.s rtz frm=3 -> NX
	ENTRY(7, 3, 0xffffffffff7fffff, 0xffffffff33800000, 0, 0xffffffffff7fffff, 1)
	# 609: fsub.s rup frm=2 -> -
	ENTRY(9, 2, 0xffffffff40400000, 0xffffffff80000000, 0, 0xffffffff40400000, 0)
	# 610: fsub.s dyn frm=2 -> -
	ENTRY(11, 2, 0xffffffff40400000, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 611: fsub.s rdn frm=2 -> -
	ENTRY(8, 2, 0xffffffff40400000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 612: fsub.s rdn frm=3 -> -
	ENTRY(8, 3, 0xffffffff40400000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 613: fsub.s rtz frm=0 -> NX
	ENTRY(7, 0, 0xffffffff40400000, 0xffffffff80000001, 0, 0xffffffff40400000, 1)
	# 614: fsub.s rtz frm=2 -> NX
	ENTRY(7, 2, 0xffffffff40400000, 0xffffffff80800000, 0, 0xffffffff40400000, 1)
	# 615: fsub.s rne frm=3 -> -
	ENTRY(6, 3, 0xffffffff40400000, 0xffffffff3f800001, 0, 0xffffffff3fffffff, 0)
	# 616: fsub.s rmm frm=3 -> NX
	ENTRY(10, 3, 0xffffffff40400000, 0xffffffff33800000, 0, 0xffffffff40400000, 1)
	# 617: fsub.s rtz frm=2 -> -
	ENTRY(7, 2, 0xffffffff33800000, 0xffffffff80000000, 0, 0xffffffff33800000, 0)
	# 618: fsub.s rmm frm=0 -> -
	ENTRY(10, 0, 0xffffffff33800000, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 619: fsub.s rtz frm=3 -> -
	ENTRY(7, 3, 0xffffffff33800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 620: fsub.s rdn frm=0 -> -
	ENTRY(8, 0, 0xffffffff33800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 621: fsub.s rtz frm=2 -> NX
	ENTRY(7, 2, 0xffffffff33800000, 0xffffffff80000001, 0, 0xffffffff33800000, 1)
	# 622: fsub.s rtz frm=2 -> NX
	ENTRY(7, 2, 0xffffffff33800000, 0xffffffff80800000, 0, 0xffffffff33800000, 1)
	# 623: fsub.s dyn frm=4 -> NX
	ENTRY(11, 4, 0xffffffff33800000, 0xffffffff3f800001, 0, 0xffffffffbf800001, 1)
	# 624: fsub.s dyn frm=3 -> -
	ENTRY(11, 3, 0xffffffff33800000, 0xffffffff33800000, 0, 0xffffffff00000000, 0)
	# 625: fmul.s rtz frm=0 -> -
	ENTRY(13, 0, 0xffffffff00000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 626: fmul.s rdn frm=4 -> NV
	ENTRY(14, 4, 0xffffffff00000000, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 16)
	# 627: fmul.s dyn frm=0 -> -
	ENTRY(17, 0, 0xffffffff00000000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 628: fmul.s rup frm=4 -> -
	ENTRY(15, 4, 0xffffffff00000000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 629: fmul.s rtz frm=2 -> -
	ENTRY(13, 2, 0xffffffff00000000, 0xffffffff80000001, 0, 0xffffffff80000000, 0)
	# 630: fmul.s rne frm=1 -> -
	ENTRY(12, 1, 0xffffffff00000000, 0xffffffff80800000, 0, 0xffffffff80000000, 0)
	# 631: fmul.s rtz frm=0 -> -
	ENTRY(13, 0, 0xffffffff00000000, 0xffffffff3f800001, 0, 0xffffffff00000000, 0)
	# 632: fmul.s dyn frm=0 -> -
	ENTRY(17, 0, 0xffffffff00000000, 0xffffffff33800000, 0, 0xffffffff00000000, 0)
	# 633: fmul.s rne frm=0 -> -
	ENTRY(12, 0, 0xffffffff3f800000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 634: fmul.s rne frm=3 -> -
	ENTRY(12, 3, 0xffffffff3f800000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 635: fmul.s rne frm=4 -> -
	ENTRY(12, 4, 0xffffffff3f800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 636: fmul.s rup frm=1 -> -
	ENTRY(15, 1, 0xffffffff3f800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 637: fmul.s rup frm=1 -> -
	ENTRY(15, 1, 0xffffffff3f800000, 0xffffffff80000001, 0, 0xffffffff80000001, 0)
	# 638: fmul.s dyn frm=4 -> -
	ENTRY(17, 4, 0xffffffff3f800000, 0xffffffff80800000, 0, 0xffffffff80800000, 0)
	# 639: fmul.s rtz frm=3 -> -
	ENTRY(13, 3, 0xffffffff3f800000, 0xffffffff3f800001, 0, 0xffffffff3f800001, 0)
	# 640: fmul.s dyn frm=3 -> -
	ENTRY(17, 3, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff33800000, 0)
	# 641: fmul.s rtz frm=2 -> NV
	ENTRY(13, 2, 0xffffffff7f800000, 0xffffffff80000000, 0, 0xffffffff7fc00000, 16)
	# 642: fmul.s rmm frm=3 -> -
	ENTRY(16, 3, 0xffffffff7f800000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 643: fmul.s rup frm=3 -> -
	ENTRY(15, 3, 0xffffffff7f800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 644: fmul.s rup frm=3 -> -
	ENTRY(15, 3, 0xffffffff7f800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 645: fmul.s dyn frm=3 -> -
	ENTRY(17, 3, 0xffffffff7f800000, 0xffffffff80000001, 0, 0xffffffffff800000, 0)
	# 646: fmul.s dyn frm=2 -> -
	ENTRY(17, 2, 0xffffffff7f800000, 0xffffffff80800000, 0, 0xffffffffff800000, 0)
	# 647: fmul.s rtz frm=1 -> -
	ENTRY(13, 1, 0xffffffff7f800000, 0xffffffff3f800001, 0, 0xffffffff7f800000, 0)
	# 648: fmul.s rdn frm=2 -> -
	ENTRY(14, 2, 0xffffffff7f800000, 0xffffffff33800000, 0, 0xffffffff7f800000, 0)
	# 649: fmul.s rup frm=2 -> -
	ENTRY(15, 2, 0xffffffff7fc00000, 0xffffffff80000000, 0, 0xffffffff7fc00000, 0)
	# 650: fmul.s rmm frm=0 -> -
	ENTRY(16, 0, 0xffffffff7fc00000, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 0)
	# 651: fmul.s rup frm=0 -> -
	ENTRY(15, 0, 0xffffffff7fc00000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 652: fmul.s rne frm=3 -> -
	ENTRY(12, 3, 0xffffffff7fc00000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 653: fmul.s rup frm=1 -> -
	ENTRY(15, 1, 0xffffffff7fc00000, 0xffffffff80000001, 0, 0xffffffff7fc00000, 0)
	# 654: fmul.s rtz frm=1 -> -
	ENTRY(13, 1, 0xffffffff7fc00000, 0xffffffff80800000, 0, 0xffffffff7fc00000, 0)
	# 655: fmul.s rup frm=3 -> -
	ENTRY(15, 3, 0xffffffff7fc00000, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 0)
	# 656: fmul.s rup frm=3 -> -
	ENTRY(15, 3, 0xffffffff7fc00000, 0xffffffff33800000, 0, 0xffffffff7fc00000, 0)
	# 657: fmul.s rup frm=0 -> NV
	ENTRY(15, 0, 0xffffffff7f800001, 0xffffffff80000000, 0, 0xffffffff7fc00000, 16)
	# 658: fmul.s rtz frm=2 -> NV
	ENTRY(13, 2, 0xffffffff7f800001, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 16)
	# 659: fmul.s rne frm=4 -> NV
	ENTRY(12, 4, 0xffffffff7f800001, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 16)
	# 660: fmul.s rmm frm=1 -> NV
	ENTRY(16, 1, 0xffffffff7f800001, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 16)
	# 661: fmul.s rtz frm=3 -> NV
	ENTRY(13, 3, 0xffffffff7f800001, 0xffffffff80000001, 0, 0xffffffff7fc00000, 16)
	# 662: fmul.s rup frm=3 -> NV
	ENTRY(15, 3, 0xffffffff7f800001, 0xffffffff80800000, 0, 0xffffffff7fc00000, 16)
	# 663: fmul.s rup frm=1 -> NV
	ENTRY(15, 1, 0xffffffff7f800001, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 16)
	# 664: fmul.s rdn frm=4 -> NV
	ENTRY(14, 4, 0xffffffff7f800001, 0xffffffff33800000, 0, 0xffffffff7fc00000, 16)
	# 665: fmul.s dyn frm=4 -> -
	ENTRY(17, 4, 0xffffffff7fc12345, 0xffffffff80000000, 0, 0xffffffff7fc00000, 0)
	# 666: fmul.s rdn frm=1 -> -
	ENTRY(14, 1, 0xffffffff7fc12345, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 0)
	# 667: fmul.s dyn frm=4 -> -
	ENTRY(17, 4, 0xffffffff7fc12345, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 668: fmul.s rne frm=3 -> -
	ENTRY(12, 3, 0xffffffff7fc12345, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 669: fmul.s rne frm=2 -> -
	ENTRY(12, 2, 0xffffffff7fc12345, 0xffffffff80000001, 0, 0xffffffff7fc00000, 0)
	# 670: fmul.s rne frm=3 -> -
	ENTRY(12, 3, 0xffffffff7fc12345, 0xffffffff80800000, 0, 0xffffffff7fc00000, 0)
	# 671: fmul.s dyn frm=3 -> -
	ENTRY(17, 3, 0xffffffff7fc12345, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 0)
	# 672: fmul.s rne frm=2 -> -
	ENTRY(12, 2, 0xffffffff7fc12345, 0xffffffff33800000, 0, 0xffffffff7fc00000, 0)
	# 673: fmul.s rup frm=4 -> -
	ENTRY(15, 4, 0xffffffff00000001, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 674: fmul.s rdn frm=2 -> -
	ENTRY(14, 2, 0xffffffff00000001, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 675: fmul.s rdn frm=4 -> -
	ENTRY(14, 4, 0xffffffff00000001, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 676: fmul.s rup frm=2 -> -
	ENTRY(15, 2, 0xffffffff00000001, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 677: fmul.s rtz frm=0 -> UF NX
	ENTRY(13, 0, 0xffffffff00000001, 0xffffffff80000001, 0, 0xffffffff80000000, 3)
	# 678: fmul.s dyn frm=2 -> UF NX
	ENTRY(17, 2, 0xffffffff00000001, 0xffffffff80800000, 0, 0xffffffff80000001, 3)
	# 679: fmul.s rdn frm=1 -> UF NX
	ENTRY(14, 1, 0xffffffff00000001, 0xffffffff3f800001, 0, 0xffffffff00000001, 3)
	# 680: fmul.s rne frm=2 -> UF NX
	ENTRY(12, 2, 0xffffffff00000001, 0xffffffff33800000, 0, 0xffffffff00000000, 3)
	# 681: fmul.s rmm frm=0 -> -
	ENTRY(16, 0, 0xffffffff007fffff, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 682: fmul.s rup frm=4 -> -
	ENTRY(15, 4, 0xffffffff007fffff, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 683: fmul.s rtz frm=0 -> -
	ENTRY(13, 0, 0xffffffff007fffff, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 684: fmul.s rup frm=1 -> -
	ENTRY(15, 1, 0xffffffff007fffff, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 685: fmul.s rdn frm=0 -> UF NX
	ENTRY(14, 0, 0xffffffff007fffff, 0xffffffff80000001, 0, 0xffffffff80000001, 3)
	# 686: fmul.s rmm frm=3 -> UF NX
	ENTRY(16, 3, 0xffffffff007fffff, 0xffffffff80800000, 0, 0xffffffff80000000, 3)
	# 687: fmul.s rne frm=1 -> NX
	ENTRY(12, 1, 0xffffffff007fffff, 0xffffffff3f800001, 0, 0xffffffff00800000, 1)
	# 688: fmul.s rtz frm=4 -> UF NX
	ENTRY(13, 4, 0xffffffff007fffff, 0xffffffff33800000, 0, 0xffffffff00000000, 3)
	# 689: fmul.s rdn frm=0 -> -
	ENTRY(14, 0, 0xffffffff80800000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 690: fmul.s dyn frm=0 -> -
	ENTRY(17, 0, 0xffffffff80800000, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 691: fmul.s rmm frm=3 -> -
	ENTRY(16, 3, 0xffffffff80800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 692: fmul.s rup frm=4 -> -
	ENTRY(15, 4, 0xffffffff80800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 693: fmul.s rup frm=3 -> UF NX
	ENTRY(15, 3, 0xffffffff80800000, 0xffffffff80000001, 0, 0xffffffff00000001, 3)
	# 694: fmul.s rtz frm=2 -> UF NX
	ENTRY(13, 2, 0xffffffff80800000, 0xffffffff80800000, 0, 0xffffffff00000000, 3)
	# 695: fmul.s dyn frm=0 -> -
	ENTRY(17, 0, 0xffffffff80800000, 0xffffffff3f800001, 0, 0xffffffff80800001, 0)
	# 696: fmul.s rmm frm=1 -> UF NX
	ENTRY(16, 1, 0xffffffff80800000, 0xffffffff33800000, 0, 0xffffffff80000001, 3)
	# 697: fmul.s rne frm=0 -> -
	ENTRY(12, 0, 0xffffffffff7fffff, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 698: fmul.s dyn frm=4 -> -
	ENTRY(17, 4, 0xffffffffff7fffff, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 699: fmul.s rne frm=4 -> -
	ENTRY(12, 4, 0xffffffffff7fffff, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 700: fmul.s dyn frm=1 -> -
	ENTRY(17, 1, 0xffffffffff7fffff, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 701: fmul.s rup frm=0 -> -
	ENTRY(15, 0, 0xffffffffff7fffff, 0xffffffff80000001, 0, 0xffffffff34ffffff, 0)
	# 702: fmul.s dyn frm=3 -> -
	ENTRY(17, 3, 0xffffffffff7fffff, 0xffffffff80800000, 0, 0xffffffff407fffff, 0)
	# 703: fmul.s rtz frm=4 -> OF NX
	ENTRY(13, 4, 0xffffffffff7fffff, 0xffffffff3f800001, 0, 0xffffffffff7fffff, 5)
	# 704: fmul.s rmm frm=4 -> -
	ENTRY(16, 4, 0xffffffffff7fffff, 0xffffffff33800000, 0, 0xfffffffff37fffff, 0)
	# 705: fmul.s rmm frm=4 -> -
	ENTRY(16, 4, 0xffffffff40400000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 706: fmul.s rne frm=1 -> -
	ENTRY(12, 1, 0xffffffff40400000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 707: fmul.s rup frm=1 -> -
	ENTRY(15, 1, 0xffffffff40400000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 708: fmul.s rtz frm=3 -> -
	ENTRY(13, 3, 0xffffffff40400000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 709: fmul.s rtz frm=0 -> -
	ENTRY(13, 0, 0xffffffff40400000, 0xffffffff80000001, 0, 0xffffffff80000003, 0)
	# 710: fmul.s rne frm=1 -> -
	ENTRY(12, 1, 0xffffffff40400000, 0xffffffff80800000, 0, 0xffffffff81400000, 0)
	# 711: fmul.s rup frm=3 -> NX
	ENTRY(15, 3, 0xffffffff40400000, 0xffffffff3f800001, 0, 0xffffffff40400002, 1)
	# 712: fmul.s rtz frm=1 -> -
	ENTRY(13, 1, 0xffffffff40400000, 0xffffffff33800000, 0, 0xffffffff34400000, 0)
	# 713: fmul.s rne frm=4 -> -
	ENTRY(12, 4, 0xffffffff33800000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 714: fmul.s rdn frm=3 -> -
	ENTRY(14, 3, 0xffffffff33800000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 715: fmul.s rne frm=1 -> -
	ENTRY(12, 1, 0xffffffff33800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 716: fmul.s rmm frm=2 -> -
	ENTRY(16, 2, 0xffffffff33800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 717: fmul.s rup frm=0 -> UF NX
	ENTRY(15, 0, 0xffffffff33800000, 0xffffffff80000001, 0, 0xffffffff80000000, 3)
	# 718: fmul.s dyn frm=0 -> UF NX
	ENTRY(17, 0, 0xffffffff33800000, 0xffffffff80800000, 0, 0xffffffff80000000, 3)
	# 719: fmul.s dyn frm=3 -> -
	ENTRY(17, 3, 0xffffffff33800000, 0xffffffff3f800001, 0, 0xffffffff33800001, 0)
	# 720: fmul.s rdn frm=4 -> -
	ENTRY(14, 4, 0xffffffff33800000, 0xffffffff33800000, 0, 0xffffffff27800000, 0)
	# 721: fdiv.s rne frm=4 -> NV
	ENTRY(18, 4, 0xffffffff00000000, 0xffffffff80000000, 0, 0xffffffff7fc00000, 16)
	# 722: fdiv.s rdn frm=4 -> -
	ENTRY(20, 4, 0xffffffff00000000, 0xffffffff7f800000, 0, 0xffffffff00000000, 0)
	# 723: fdiv.s rmm frm=1 -> -
	ENTRY(22, 1, 0xffffffff00000000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 724: fdiv.s rdn frm=1 -> -
	ENTRY(20, 1, 0xffffffff00000000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 725: fdiv.s rmm frm=3 -> -
	ENTRY(22, 3, 0xffffffff00000000, 0xffffffff80000001, 0, 0xffffffff80000000, 0)
	# 726: fdiv.s rdn frm=2 -> -
	ENTRY(20, 2, 0xffffffff00000000, 0xffffffff80800000, 0, 0xffffffff80000000, 0)
	# 727: fdiv.s rtz frm=1 -> -
	ENTRY(19, 1, 0xffffffff00000000, 0xffffffff3f800001, 0, 0xffffffff00000000, 0)
	# 728: fdiv.s dyn frm=3 -> -
	ENTRY(23, 3, 0xffffffff00000000, 0xffffffff33800000, 0, 0xffffffff00000000, 0)
	# 729: fdiv.s rne frm=0 -> DZ
	ENTRY(18, 0, 0xffffffff3f800000, 0xffffffff80000000, 0, 0xffffffffff800000, 8)
	# 730: fdiv.s rmm frm=4 -> -
	ENTRY(22, 4, 0xffffffff3f800000, 0xffffffff7f800000, 0, 0xffffffff00000000, 0)
	# 731: fdiv.s rdn frm=4 -> -
	ENTRY(20, 4, 0xffffffff3f800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 732: fdiv.s rdn frm=0 -> -
	ENTRY(20, 0, 0xffffffff3f800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 733: fdiv.s rne frm=4 -> OF NX
	ENTRY(18, 4, 0xffffffff3f800000, 0xffffffff80000001, 0, 0xffffffffff800000, 5)
	# 734: fdiv.s rmm frm=1 -> -
	ENTRY(22, 1, 0xffffffff3f800000, 0xffffffff80800000, 0, 0xfffffffffe800000, 0)
	# 735: fdiv.s rne frm=0 -> NX
	ENTRY(18, 0, 0xffffffff3f800000, 0xffffffff3f800001, 0, 0xffffffff3f7ffffe, 1)
	# 736: fdiv.s dyn frm=3 -> -
	ENTRY(23, 3, 0xffffffff3f800000, 0xffffffff33800000, 0, 0xffffffff4b800000, 0)
	# 737: fdiv.s rmm frm=4 -> -
	ENTRY(22, 4, 0xffffffff7f800000, 0xffffffff80000000, 0, 0xffffffffff800000, 0)
	# 738: fdiv.s dyn frm=3 -> NV
	ENTRY(23, 3, 0xffffffff7f800000, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 16)
	# 739: fdiv.s rne frm=0 -> -
	ENTRY(18, 0, 0xffffffff7f800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 740: fdiv.s rmm frm=4 -> -
	ENTRY(22, 4, 0xffffffff7f800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 741: fdiv.s rdn frm=0 -> -
	ENTRY(20, 0, 0xffffffff7f800000, 0xffffffff80000001, 0, 0xffffffffff800000, 0)
	# 742: fdiv.s rtz frm=2 -> -
	ENTRY(19, 2, 0xffffffff7f800000, 0xffffffff80800000, 0, 0xffffffffff800000, 0)
	# 743: fdiv.s rne frm=3 -> -
	ENTRY(18, 3, 0xffffffff7f800000, 0xffffffff3f800001, 0, 0xffffffff7f800000, 0)
	# 744: fdiv.s rup frm=0 -> -
	ENTRY(21, 0, 0xffffffff7f800000, 0xffffffff33800000, 0, 0xffffffff7f800000, 0)
	# 745: fdiv.s rmm frm=3 -> -
	ENTRY(22, 3, 0xffffffff7fc00000, 0xffffffff80000000, 0, 0xffffffff7fc00000, 0)
	# 746: fdiv.s rdn frm=4 -> -
	ENTRY(20, 4, 0xffffffff7fc00000, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 0)
	# 747: fdiv.s rmm frm=1 -> -
	ENTRY(22, 1, 0xffffffff7fc00000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 748: fdiv.s rup frm=1 -> -
	ENTRY(21, 1, 0xffffffff7fc00000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 749: fdiv.s rdn frm=3 -> -
	ENTRY(20, 3, 0xffffffff7fc00000, 0xffffffff80000001, 0, 0xffffffff7fc00000, 0)
	# 750: fdiv.s rtz frm=2 -> -
	ENTRY(19, 2, 0xffffffff7fc00000, 0xffffffff80800000, 0, 0xffffffff7fc00000, 0)
	# 751: fdiv.s rdn frm=3 -> -
	ENTRY(20, 3, 0xffffffff7fc00000, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 0)
	# 752: fdiv.s rdn frm=0 -> -
	ENTRY(20, 0, 0xffffffff7fc00000, 0xffffffff33800000, 0, 0xffffffff7fc00000, 0)
	# 753: fdiv.s rne frm=2 -> NV
	ENTRY(18, 2, 0xffffffff7f800001, 0xffffffff80000000, 0, 0xffffffff7fc00000, 16)
	# 754: fdiv.s rdn frm=1 -> NV
	ENTRY(20, 1, 0xffffffff7f800001, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 16)
	# 755: fdiv.s rup frm=4 -> NV
	ENTRY(21, 4, 0xffffffff7f800001, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 16)
	# 756: fdiv.s dyn frm=1 -> NV
	ENTRY(23, 1, 0xffffffff7f800001, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 16)
	# 757: fdiv.s rup frm=1 -> NV
	ENTRY(21, 1, 0xffffffff7f800001, 0xffffffff80000001, 0, 0xffffffff7fc00000, 16)
	# 758: fdiv.s dyn frm=1 -> NV
	ENTRY(23, 1, 0xffffffff7f800001, 0xffffffff80800000, 0, 0xffffffff7fc00000, 16)
	# 759: fdiv.s rtz frm=3 -> NV
	ENTRY(19, 3, 0xffffffff7f800001, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 16)
	# 760: fdiv.s rmm frm=3 -> NV
	ENTRY(22, 3, 0xffffffff7f800001, 0xffffffff33800000, 0, 0xffffffff7fc00000, 16)
	# 761: fdiv.s rne frm=3 -> -
	ENTRY(18, 3, 0xffffffff7fc12345, 0xffffffff80000000, 0, 0xffffffff7fc00000, 0)
	# 762: fdiv.s rne frm=2 -> -
	ENTRY(18, 2, 0xffffffff7fc12345, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 0)
	# 763: fdiv.s rne frm=2 -> -
	ENTRY(18, 2, 0xffffffff7fc12345, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 764: fdiv.s rmm frm=4 -> -
	ENTRY(22, 4, 0xffffffff7fc12345, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 765: fdiv.s rdn frm=1 -> -
	ENTRY(20, 1, 0xffffffff7fc12345, 0xffffffff80000001, 0, 0xffffffff7fc00000, 0)
	# 766: fdiv.s rdn frm=3 -> -
	ENTRY(20, 3, 0xffffffff7fc12345, 0xffffffff80800000, 0, 0xffffffff7fc00000, 0)
	# 767: fdiv.s rtz frm=0 -> -
	ENTRY(19, 0, 0xffffffff7fc12345, 0xffffffff3f800001, 0, 0xffffffff7fc00000, 0)
	# 769: fdiv.s rne frm=4 -> -
	ENTRY(18, 4, 0xffffffff7fc12345, 0xffffffff33800000, 0, 0xffffffff7fc00000, 0)
	# 770: fdiv.s rtz frm=2 -> DZ
	ENTRY(19, 2, 0xffffffff00000001, 0xffffffff80000000, 0, 0xffffffffff800000, 8)
	# 771: fdiv.s rne frm=4 -> -
	ENTRY(18, 4, 0xffffffff00000001, 0xffffffff7f800000, 0, 0xffffffff00000000, 0)
	# 772: fdiv.s rmm frm=3 -> -
	ENTRY(22, 3, 0xffffffff00000001, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 773: fdiv.s rmm frm=3 -> -
	ENTRY(22, 3, 0xffffffff00000001, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 774: fdiv.s rne frm=0 -> -
	ENTRY(18, 0, 0xffffffff00000001, 0xffffffff80000001, 0, 0xffffffffbf800000, 0)
	# 775: fdiv.s rup frm=0 -> -
	ENTRY(21, 0, 0xffffffff00000001, 0xffffffff80800000, 0, 0xffffffffb4000000, 0)
	# 776: fdiv.s rmm frm=4 -> UF NX
	ENTRY(22, 4, 0xffffffff00000001, 0xffffffff3f800001, 0, 0xffffffff00000001, 3)
	# 777: fdiv.s rne frm=1 -> -
	ENTRY(18, 1, 0xffffffff00000001, 0xffffffff33800000, 0, 0xffffffff01000000, 0)
	# 778: fdiv.s dyn frm=4 -> DZ
	ENTRY(23, 4, 0xffffffff007fffff, 0xffffffff80000000, 0, 0xffffffffff800000, 8)
	# 779: fdiv.s dyn frm=4 -> -
	ENTRY(23, 4, 0xffffffff007fffff, 0xffffffff7f800000, 0, 0xffffffff00000000, 0)
	# 780: fdiv.s dyn frm=1 -> -
	ENTRY(23, 1, 0xffffffff007fffff, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 781: fdiv.s rdn frm=3 -> -
	ENTRY(20, 3, 0xffffffff007fffff, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 782: fdiv.s rne frm=3 -> -
	ENTRY(18, 3, 0xffffffff007fffff, 0xffffffff80000001, 0, 0xffffffffcafffffe, 0)
	# 783: fdiv.s rtz frm=4 -> -
	ENTRY(19, 4, 0xffffffff007fffff, 0xffffffff80800000, 0, 0xffffffffbf7ffffe, 0)
	# 784: fdiv.s dyn frm=0 -> UF NX
	ENTRY(23, 0, 0xffffffff007fffff, 0xffffffff3f800001, 0, 0xffffffff007ffffe, 3)
	# 785: fdiv.s rmm frm=4 -> -
	ENTRY(22, 4, 0xffffffff007fffff, 0xffffffff33800000, 0, 0xffffffff0c7ffffe, 0)
	# 786: fdiv.s rtz frm=1 -> DZ
	ENTRY(19, 1, 0xffffffff80800000, 0xffffffff80000000, 0, 0xffffffff7f800000, 8)
	# 787: fdiv.s rup frm=2 -> -
	ENTRY(21, 2, 0xffffffff80800000, 0xffffffff7f800000, 0, 0xffffffff80000000, 0)
	# 788: fdiv.s rmm frm=3 -> -
	ENTRY(22, 3, 0xffffffff80800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 789: fdiv.s rup frm=2 -> -
	ENTRY(21, 2, 0xffffffff80800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 790: fdiv.s rup frm=4 -> -
	ENTRY(21, 4, 0xffffffff80800000, 0xffffffff80000001, 0, 0xffffffff4b000000, 0)
	# 791: fdiv.s rne frm=4 -> -
	ENTRY(18, 4, 0xffffffff80800000, 0xffffffff80800000, 0, 0xffffffff3f800000, 0)
	# 792: fdiv.s rne frm=3 -> UF NX
	ENTRY(18, 3, 0xffffffff80800000, 0xffffffff3f800001, 0, 0xffffffff807fffff, 3)
	# 793: fdiv.s rtz frm=4 -> -
	ENTRY(19, 4, 0xffffffff80800000, 0xffffffff33800000, 0, 0xffffffff8c800000, 0)
	# 794: fdiv.s dyn frm=4 -> DZ
	ENTRY(23, 4, 0xffffffffff7fffff, 0xffffffff80000000, 0, 0xffffffff7f800000, 8)
	# 795: fdiv.s rtz frm=0 -> -
	ENTRY(19, 0, 0xffffffffff7fffff, 0xffffffff7f800000, 0, 0xffffffff80000000, 0)
	# 796: fdiv.s rdn frm=1 -> -
	ENTRY(20, 1, 0xffffffffff7fffff, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 797: fdiv.s rne frm=3 -> -
	ENTRY(18, 3, 0xffffffffff7fffff, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 798: fdiv.s rne frm=3 -> OF NX
	ENTRY(18, 3, 0xffffffffff7fffff, 0xffffffff80000001, 0, 0xffffffff7f800000, 5)
	# 799: fdiv.s rtz frm=3 -> OF NX
	ENTRY(19, 3, 0xffffffffff7fffff, 0xffffffff80800000, 0, 0xffffffff7f7fffff, 5)
	# 800: fdiv.s dyn frm=0 -> NX
	ENTRY(23, 0, 0xffffffffff7fffff, 0xffffffff3f800001, 0, 0xffffffffff7ffffd, 1)
	# 801: fdiv.s dyn frm=0 -> OF NX
	ENTRY(23, 0, 0xffffffffff7fffff, 0xffffffff33800000, 0, 0xffffffffff800000, 5)
	# 802: fdiv.s rmm frm=2 -> DZ
	ENTRY(22, 2, 0xffffffff40400000, 0xffffffff80000000, 0, 0xffffffffff800000, 8)
	# 803: fdiv.s rup frm=3 -> -
	ENTRY(21, 3, 0xffffffff40400000, 0xffffffff7f800000, 0, 0xffffffff00000000, 0)
	# 804: fdiv.s dyn frm=3 -> -
	ENTRY(23, 3, 0xffffffff40400000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 805: fdiv.s rne frm=2 -> -
	ENTRY(18, 2, 0xffffffff40400000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 806: fdiv.s rdn frm=1 -> OF NX
	ENTRY(20, 1, 0xffffffff40400000, 0xffffffff80000001, 0, 0xffffffffff800000, 5)
	# 807: fdiv.s rmm frm=2 -> -
	ENTRY(22, 2, 0xffffffff40400000, 0xffffffff80800000, 0, 0xffffffffff400000, 0)
	# 808: fdiv.s rmm frm=2 -> NX
	ENTRY(22, 2, 0xffffffff40400000, 0xffffffff3f800001, 0, 0xffffffff403fffff, 1)
	# 809: fdiv.s rne frm=3 -> -
	ENTRY(18, 3, 0xffffffff40400000, 0xffffffff33800000, 0, 0xffffffff4c400000, 0)
	# 810: fdiv.s rmm frm=2 -> DZ
	ENTRY(22, 2, 0xffffffff33800000, 0xffffffff80000000, 0, 0xffffffffff800000, 8)
	# 811: fdiv.s rtz frm=4 -> -
	ENTRY(19, 4, 0xffffffff33800000, 0xffffffff7f800000, 0, 0xffffffff00000000, 0)
	# 812: fdiv.s rmm frm=0 -> -
	ENTRY(22, 0, 0xffffffff33800000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 813: fdiv.s rmm frm=0 -> -
	ENTRY(22, 0, 0xffffffff33800000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 814: fdiv.s rtz frm=3 -> -
	ENTRY(19, 3, 0xffffffff33800000, 0xffffffff80000001, 0, 0xfffffffffe000000, 0)
	# 815: fdiv.s rdn frm=0 -> -
	ENTRY(20, 0, 0xffffffff33800000, 0xffffffff80800000, 0, 0xfffffffff2800000, 0)
	# 816: fdiv.s dyn frm=4 -> NX
	ENTRY(23, 4, 0xffffffff33800000, 0xffffffff3f800001, 0, 0xffffffff337ffffe, 1)
	# 817: fdiv.s rdn frm=0 -> -
	ENTRY(20, 0, 0xffffffff33800000, 0xffffffff33800000, 0, 0xffffffff3f800000, 0)
	# 818: fsqrt.s rne frm=2 -> -
	ENTRY(24, 2, 0xffffffff00000000, 0, 0, 0xffffffff00000000, 0)
	# 819: fsqrt.s rmm frm=0 -> -
	ENTRY(28, 0, 0xffffffff80000000, 0, 0, 0xffffffff80000000, 0)
	# 820: fsqrt.s dyn frm=0 -> -
	ENTRY(29, 0, 0xffffffff3f800000, 0, 0, 0xffffffff3f800000, 0)
	# 821: fsqrt.s rtz frm=4 -> NV
	ENTRY(25, 4, 0xffffffffbf800000, 0, 0, 0xffffffff7fc00000, 16)
	# 822: fsqrt.s rup frm=3 -> -
	ENTRY(27, 3, 0xffffffff7f800000, 0, 0, 0xffffffff7f800000, 0)
	# 823: fsqrt.s rup frm=4 -> NV
	ENTRY(27, 4, 0xffffffffff800000, 0, 0, 0xffffffff7fc00000, 16)
	# 824: fsqrt.s rtz frm=0 -> -
	ENTRY(25, 0, 0xffffffff7fc00000, 0, 0, 0xffffffff7fc00000, 0)
	# 825: fsqrt.s rtz frm=4 -> -
	ENTRY(25, 4, 0xffffffffffc00000, 0, 0, 0xffffffff7fc00000, 0)
	# 826: fsqrt.s rne frm=1 -> NV
	ENTRY(24, 1, 0xffffffff7f800001, 0, 0, 0xffffffff7fc00000, 16)
	# 827: fsqrt.s rdn frm=0 -> NV
	ENTRY(26, 0, 0xffffffffff800001, 0, 0, 0xffffffff7fc00000, 16)
	# 828: fsqrt.s dyn frm=4 -> -
	ENTRY(29, 4, 0xffffffff7fc12345, 0, 0, 0xffffffff7fc00000, 0)
	# 829: fsqrt.s rup frm=1 -> NV
	ENTRY(27, 1, 0xffffffff7fa00000, 0, 0, 0xffffffff7fc00000, 16)
	# 830: fsqrt.s rtz frm=1 -> NX
	ENTRY(25, 1, 0xffffffff00000001, 0, 0, 0xffffffff1a3504f3, 1)
	# 831: fsqrt.s rne frm=1 -> NV
	ENTRY(24, 1, 0xffffffff80000001, 0, 0, 0xffffffff7fc00000, 16)
	# 832: fsqrt.s rmm frm=2 -> NX
	ENTRY(28, 2, 0xffffffff007fffff, 0, 0, 0xffffffff1fffffff, 1)
	# 833: fsqrt.s rup frm=2 -> -
	ENTRY(27, 2, 0xffffffff00800000, 0, 0, 0xffffffff20000000, 0)
	# 834: fsqrt.s rtz frm=4 -> NV
	ENTRY(25, 4, 0xffffffff80800000, 0, 0, 0xffffffff7fc00000, 16)
	# 835: fsqrt.s rdn frm=3 -> NX
	ENTRY(26, 3, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 836: fsqrt.s rdn frm=0 -> NV
	ENTRY(26, 0, 0xffffffffff7fffff, 0, 0, 0xffffffff7fc00000, 16)
	# 837: fsqrt.s rdn frm=3 -> NX
	ENTRY(26, 3, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 838: fsqrt.s rtz frm=2 -> NX
	ENTRY(25, 2, 0xffffffff40400000, 0, 0, 0xffffffff3fddb3d7, 1)
	# 839: fsqrt.s rne frm=4 -> -
	ENTRY(24, 4, 0xffffffff4b800000, 0, 0, 0xffffffff45800000, 0)
	# 840: fsqrt.s rne frm=3 -> -
	ENTRY(24, 3, 0xffffffff33800000, 0, 0, 0xffffffff39800000, 0)
	# 841: fadd.s rdn frm=0 -> NV
	ENTRY(2, 0, 0xffffffff7f800000, 0xffffffffff800000, 0, 0xffffffff7fc00000, 16)
	# 842: fsub.s rne frm=2 -> NV
	ENTRY(6, 2, 0xffffffff7f800000, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 16)
	# 843: fmul.s rdn frm=0 -> NV
	ENTRY(14, 0, 0xffffffff7f800000, 0xffffffff00000000, 0, 0xffffffff7fc00000, 16)
	# 844: fdiv.s rup frm=2 -> NV
	ENTRY(21, 2, 0xffffffff00000000, 0xffffffff80000000, 0, 0xffffffff7fc00000, 16)
	# 845: fdiv.s rup frm=0 -> NV
	ENTRY(21, 0, 0xffffffff7f800000, 0xffffffff7f800000, 0, 0xffffffff7fc00000, 16)
	# 846: fdiv.s rne frm=4 -> DZ
	ENTRY(18, 4, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 847: fdiv.s rtz frm=3 -> DZ
	ENTRY(19, 3, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 848: fdiv.s rdn frm=4 -> DZ
	ENTRY(20, 4, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 849: fdiv.s rup frm=1 -> DZ
	ENTRY(21, 1, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 850: fdiv.s rmm frm=1 -> DZ
	ENTRY(22, 1, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 851: fdiv.s dyn frm=0 -> DZ
	ENTRY(23, 0, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 852: fdiv.s dyn frm=1 -> DZ
	ENTRY(23, 1, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 853: fdiv.s dyn frm=2 -> DZ
	ENTRY(23, 2, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 854: fdiv.s dyn frm=3 -> DZ
	ENTRY(23, 3, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 855: fdiv.s dyn frm=4 -> DZ
	ENTRY(23, 4, 0xffffffff3f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 8)
	# 856: fdiv.s dyn frm=0 -> DZ
	ENTRY(23, 0, 0xffffffff3f800000, 0xffffffff80000000, 0, 0xffffffffff800000, 8)
	# 857: fdiv.s rup frm=1 -> -
	ENTRY(21, 1, 0xffffffff7f800000, 0xffffffff00000000, 0, 0xffffffff7f800000, 0)
	# 858: fdiv.s dyn frm=1 -> -
	ENTRY(23, 1, 0xffffffff7fc00000, 0xffffffff00000000, 0, 0xffffffff7fc00000, 0)
	# 859: fsqrt.s rdn frm=0 -> NV
	ENTRY(26, 0, 0xffffffffbf800000, 0, 0, 0xffffffff7fc00000, 16)
	# 860: fsqrt.s rtz frm=4 -> -
	ENTRY(25, 4, 0xffffffff80000000, 0, 0, 0xffffffff80000000, 0)
	# 861: fsqrt.s rup frm=1 -> NV
	ENTRY(27, 1, 0xffffffff80000001, 0, 0, 0xffffffff7fc00000, 16)
	# 862: fadd.s rdn frm=1 -> -
	ENTRY(2, 1, 0xffffffff7fc12345, 0xffffffff3f800000, 0, 0xffffffff7fc00000, 0)
	# 863: fadd.s rmm frm=0 -> NV
	ENTRY(4, 0, 0xffffffff3f800000, 0xffffffffff812345, 0, 0xffffffff7fc00000, 16)
	# 864: fmul.s dyn frm=0 -> -
	ENTRY(17, 0, 0xffffffffffc00000, 0xffffffff3f800000, 0, 0xffffffff7fc00000, 0)
	# 865: fadd.s rmm frm=4 -> -
	ENTRY(4, 4, 0x3f800000, 0xffffffff3f800000, 0, 0xffffffff7fc00000, 0)
	# 866: fadd.s rtz frm=3 -> -
	ENTRY(1, 3, 0xffffffff3f800000, 0xfffffffe3f800000, 0, 0xffffffff7fc00000, 0)
	# 867: fmul.s rup frm=3 -> -
	ENTRY(15, 3, 0x7fffffff7f800001, 0xffffffff3f800000, 0, 0xffffffff7fc00000, 0)
	# 868: fsqrt.s rtz frm=0 -> -
	ENTRY(25, 0, 0x3ff0000000000000, 0, 0, 0xffffffff7fc00000, 0)
	# 869: fdiv.s rtz frm=0 -> -
	ENTRY(19, 0, 0xffffffff, 0xffffffff00000000, 0, 0xffffffff7fc00000, 0)
	# 870: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff00800000, 0xffffffff7f7fffff, 0, 0xffffffff7f7fffff, 1)
	# 871: fsub.s dyn frm=2 -> NX
	ENTRY(11, 2, 0xffffffffbe380000, 0xffffffff0105c1db, 0, 0xffffffffbe380001, 1)
	# 872: fmul.s dyn frm=0 -> NX
	ENTRY(17, 0, 0xffffffff3f800001, 0xffffffff2d546227, 0, 0xffffffff2d546229, 1)
	# 873: fdiv.s rmm frm=1 -> NX
	ENTRY(22, 1, 0xffffffff3da80000, 0xffffffffbc900000, 0, 0xffffffffc0955555, 1)
	# 874: fadd.s rmm frm=4 -> NX
	ENTRY(4, 4, 0xffffffffaed1a191, 0xffffffffe893e9d4, 0, 0xffffffffe893e9d4, 1)
	# 875: fsub.s rtz frm=3 -> -
	ENTRY(7, 3, 0xffffffff4b757800, 0xffffffffbf800000, 0, 0xffffffff4b757801, 0)
	# 876: fmul.s rmm frm=0 -> NX
	ENTRY(16, 0, 0xffffffff7f7fffff, 0xffffffff3f7ffffe, 0, 0xffffffff7f7ffffd, 1)
	# 877: fdiv.s rne frm=2 -> NX
	ENTRY(18, 2, 0xffffffff3ffffffe, 0xffffffff80c024f2, 0, 0xfffffffffeaa89d9, 1)
	# 878: fadd.s rmm frm=1 -> NV
	ENTRY(4, 1, 0xffffffff7f800001, 0xffffffff3fffffff, 0, 0xffffffff7fc00000, 16)
	# 879: fsub.s rdn frm=0 -> NV
	ENTRY(8, 0, 0xffffffff7f800001, 0xffffffff80800000, 0, 0xffffffff7fc00000, 16)
	# 880: fmul.s rmm frm=3 -> UF NX
	ENTRY(16, 3, 0xffffffff80800000, 0xffffffff815b9e0e, 0, 0xffffffff00000000, 3)
	# 881: fdiv.s rmm frm=3 -> NX
	ENTRY(22, 3, 0xffffffffa315f0f3, 0xffffffff40000004, 0, 0xffffffffa295f0ee, 1)
	# 882: fadd.s rdn frm=4 -> NX
	ENTRY(2, 4, 0xffffffff40000003, 0xffffffff7f7fffff, 0, 0xffffffff7f7fffff, 1)
	# 883: fsub.s rtz frm=2 -> NX
	ENTRY(7, 2, 0xffffffff8b5841fe, 0xffffffff8139ef46, 0, 0xffffffff8b5841f2, 1)
	# 884: fmul.s rtz frm=2 -> NV
	ENTRY(13, 2, 0xffffffffbcf80000, 0xffffffffff800001, 0, 0xffffffff7fc00000, 16)
	# 885: fdiv.s rne frm=4 -> NX
	ENTRY(18, 4, 0xffffffff3e300000, 0xffffffffc1400000, 0, 0xffffffffbc6aaaab, 1)
	# 886: fadd.s rdn frm=4 -> NX
	ENTRY(2, 4, 0xffffffff3f800004, 0xffffffff00800000, 0, 0xffffffff3f800004, 1)
	# 887: fsub.s dyn frm=0 -> NX
	ENTRY(11, 0, 0xffffffff72a5e2cc, 0xffffffff3ffffffe, 0, 0xffffffff72a5e2cc, 1)
	# 888: fmul.s rne frm=3 -> UF NX
	ENTRY(12, 3, 0xffffffff0207f699, 0xffffffff8042e0d0, 0, 0xffffffff80000000, 3)
	# 889: fdiv.s dyn frm=4 -> -
	ENTRY(23, 4, 0xffffffffbfbc0000, 0xffffffff4b800000, 0, 0xffffffffb3bc0000, 0)
	# 890: fadd.s rne frm=4 -> NX
	ENTRY(0, 4, 0xffffffff3c340000, 0xffffffff8136c4cc, 0, 0xffffffff3c340000, 1)
	# 891: fsub.s rup frm=2 -> NX
	ENTRY(9, 2, 0xffffffff3f2c0000, 0xffffffff010df1d1, 0, 0xffffffff3f2c0000, 1)
	# 892: fmul.s rtz frm=3 -> -
	ENTRY(13, 3, 0xffffffff646efad5, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 893: fdiv.s rmm frm=1 -> NX
	ENTRY(22, 1, 0xffffffff43b00000, 0xffffffff85aabd1d, 0, 0xfffffffffd83f1bd, 1)
	# 894: fadd.s rup frm=3 -> NX
	ENTRY(3, 3, 0xffffffff007fffff, 0xffffffff0127f391, 0, 0xffffffff0167f391, 1)
	# 895: fsub.s dyn frm=0 -> NX
	ENTRY(11, 0, 0xffffffff5b570b60, 0xffffffff3f800004, 0, 0xffffffff5b570b60, 1)
	# 896: fmul.s rmm frm=4 -> NX
	ENTRY(16, 4, 0xffffffff8d1a3473, 0xffffffffbd280000, 0, 0xffffffff0aca64d7, 1)
	# 897: fdiv.s rne frm=1 -> OF NX
	ENTRY(18, 1, 0xffffffff43200000, 0xffffffff81a704a4, 0, 0xffffffffff800000, 5)
	# 898: fadd.s rup frm=1 -> NX
	ENTRY(3, 1, 0xffffffff539076c1, 0xffffffffbe7770c9, 0, 0xffffffff539076c1, 1)
	# 899: fsub.s rdn frm=2 -> NX
	ENTRY(8, 2, 0xffffffff3fffffff, 0xffffffff6414e4a4, 0, 0xffffffffe414e4a4, 1)
	# 900: fmul.s rup frm=1 -> UF NX
	ENTRY(15, 1, 0xffffffffbd300000, 0xffffffff81faf2ef, 0, 0xffffffff002b21c2, 3)
	# 901: fdiv.s rup frm=0 -> NX
	ENTRY(21, 0, 0xffffffff423c0000, 0xffffffff3b3c9d93, 0, 0xffffffff467f2a22, 1)
	# 902: fadd.s rne frm=2 -> NX
	ENTRY(0, 2, 0xffffffff3fd00000, 0xffffffff8ae277ca, 0, 0xffffffff3fd00000, 1)
	# 903: fsub.s rdn frm=1 -> NX
	ENTRY(8, 1, 0xffffffff008d9d2a, 0xffffffffbd440000, 0, 0xffffffff3d440000, 1)
	# 904: fmul.s rmm frm=0 -> NX
	ENTRY(16, 0, 0xffffffff40000002, 0xffffffff81f6740f, 0, 0xffffffff82767413, 1)
	# 905: fdiv.s rne frm=3 -> -
	ENTRY(18, 3, 0xffffffff40000001, 0xffffffff3f800001, 0, 0xffffffff40000000, 0)
	# 906: fadd.s rmm frm=1 -> NX
	ENTRY(4, 1, 0xffffffff80716101, 0xffffffffdc1b0d2f, 0, 0xffffffffdc1b0d2f, 1)
	# 907: fsub.s rmm frm=3 -> NX
	ENTRY(10, 3, 0xffffffff3eb151d0, 0xffffffff4b800000, 0, 0xffffffffcb800000, 1)
	# 908: fmul.s dyn frm=0 -> UF NX
	ENTRY(17, 0, 0xffffffff815fabda, 0xffffffff00d10491, 0, 0xffffffff80000000, 3)
	# 909: fdiv.s rmm frm=4 -> NX
	ENTRY(22, 4, 0xffffffff42140000, 0xffffffff40000001, 0, 0xffffffff4193ffff, 1)
	# 910: fadd.s rdn frm=1 -> -
	ENTRY(2, 1, 0xffffffff40000001, 0xffffffffbddc0000, 0, 0xffffffff3ff24002, 0)
	# 911: fsub.s rmm frm=3 -> -
	ENTRY(10, 3, 0xffffffff81b3ce28, 0xffffffff80000000, 0, 0xffffffff81b3ce28, 0)
	# 912: fmul.s rup frm=1 -> NV
	ENTRY(15, 1, 0xffffffff7fa00000, 0xffffffff147c341f, 0, 0xffffffff7fc00000, 16)
	# 913: fdiv.s rdn frm=3 -> -
	ENTRY(20, 3, 0xfffffffffe27c5dd, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 914: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff1ec75e60, 0xffffffff3e600000, 0, 0xffffffff3e600000, 1)
	# 915: fsub.s rtz frm=0 -> NX
	ENTRY(7, 0, 0xffffffff3fcc0000, 0xffffffff93df2876, 0, 0xffffffff3fcc0000, 1)
	# 916: fmul.s rne frm=4 -> NX
	ENTRY(12, 4, 0xffffffffbe380000, 0xffffffffb6f193c6, 0, 0xffffffff35ada236, 1)
	# 917: fdiv.s rtz frm=0 -> NX
	ENTRY(19, 0, 0xffffffffc1b40000, 0xffffffff3f800003, 0, 0xffffffffc1b3fffb, 1)
	# 918: fadd.s dyn frm=0 -> NX
	ENTRY(5, 0, 0xffffffff40000001, 0xffffffff41395f6c, 0, 0xffffffff41595f6c, 1)
	# 919: fsub.s rmm frm=0 -> NV
	ENTRY(10, 0, 0xffffffff3f800003, 0xffffffff7f800001, 0, 0xffffffff7fc00000, 16)
	# 920: fmul.s rdn frm=4 -> NX
	ENTRY(14, 4, 0xffffffff60254acc, 0xffffffff3f7c0000, 0, 0xffffffff6022b5a0, 1)
	# 921: fdiv.s rmm frm=2 -> -
	ENTRY(22, 2, 0xffffffff00a97845, 0xffffffff80000001, 0, 0xffffffffcb297845, 0)
	# 922: fadd.s rne frm=1 -> NX
	ENTRY(0, 1, 0xffffffff3fffffff, 0xffffffff80800000, 0, 0xffffffff3fffffff, 1)
	# 923: fsub.s rtz frm=4 -> NX
	ENTRY(7, 4, 0xffffffff81305b55, 0xffffffff8beb16a7, 0, 0xffffffff0beb16a1, 1)
	# 924: fmul.s rtz frm=3 -> NX
	ENTRY(13, 3, 0xffffffff3db19d27, 0xffffffff40000001, 0, 0xffffffff3e319d28, 1)
	# 925: fdiv.s rup frm=2 -> NX
	ENTRY(21, 2, 0xffffffff3f7ffffe, 0xffffffff40000005, 0, 0xffffffff3efffff5, 1)
	# 926: fadd.s rtz frm=2 -> NX
	ENTRY(1, 2, 0xffffffffc1480000, 0xffffffff81deb820, 0, 0xffffffffc1480000, 1)
	# 927: fsub.s rup frm=3 -> NV
	ENTRY(9, 3, 0xffffffffc3b00000, 0xffffffff7f800001, 0, 0xffffffff7fc00000, 16)
	# 928: fmul.s dyn frm=4 -> NX
	ENTRY(17, 4, 0xffffffffc38c0000, 0xffffffff3f800003, 0, 0xffffffffc38c0003, 1)
	# 929: fdiv.s rtz frm=1 -> -
	ENTRY(19, 1, 0xffffffffc22c0000, 0xffffffff33800000, 0, 0xffffffffce2c0000, 0)
	# 930: fadd.s rtz frm=1 -> NX
	ENTRY(1, 1, 0xffffffff3e5c0000, 0xffffffff65dea69f, 0, 0xffffffff65dea69f, 1)
	# 931: fsub.s rdn frm=3 -> -
	ENTRY(8, 3, 0xffffffff3f800001, 0xffffffff3f800004, 0, 0xffffffffb4c00000, 0)
	# 932: fmul.s rtz frm=2 -> NX
	ENTRY(13, 2, 0xffffffff805d9df3, 0xffffffff5b313d9b, 0, 0xffffffff9c01a178, 1)
	# 933: fdiv.s dyn frm=4 -> UF NX
	ENTRY(23, 4, 0xffffffff80000001, 0xffffffff3f800004, 0, 0xffffffff80000001, 3)
	# 934: fadd.s rup frm=1 -> NX
	ENTRY(3, 1, 0xffffffff4b800000, 0xffffffff626002d4, 0, 0xffffffff626002d5, 1)
	# 935: fsub.s rdn frm=1 -> NX
	ENTRY(8, 1, 0xffffffff40000003, 0xffffffff81be2337, 0, 0xffffffff40000003, 1)
	# 936: fmul.s rtz frm=0 -> OF NX
	ENTRY(13, 0, 0xfffffffff9c0503f, 0xffffffffe3542ef3, 0, 0xffffffff7f7fffff, 5)
	# 937: fdiv.s rdn frm=4 -> NX
	ENTRY(20, 4, 0xffffffff3fffffff, 0xffffffff00c56988, 0, 0xffffffff7ea5fcd8, 1)
	# 938: fadd.s rmm frm=1 -> -
	ENTRY(4, 1, 0xffffffffc0180000, 0xffffffff3f8c0000, 0, 0xffffffffbfa40000, 0)
	# 939: fsub.s rne frm=2 -> -
	ENTRY(6, 2, 0xffffffff00000000, 0xffffffff1d85f0a0, 0, 0xffffffff9d85f0a0, 0)
	# 940: fmul.s rmm frm=1 -> -
	ENTRY(16, 1, 0xffffffff816384b1, 0xffffffffff800000, 0, 0xffffffff7f800000, 0)
	# 941: fdiv.s rdn frm=2 -> -
	ENTRY(20, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0)
	# 942: fadd.s rtz frm=1 -> NX
	ENTRY(1, 1, 0xffffffff40000001, 0xffffffff3f800003, 0, 0xffffffff40400002, 1)
	# 943: fsub.s rup frm=0 -> NV
	ENTRY(9, 0, 0xffffffffff800001, 0xffffffff81754d37, 0, 0xffffffff7fc00000, 16)
	# 944: fmul.s rmm frm=1 -> NX
	ENTRY(16, 1, 0xffffffff3a920f36, 0xffffffff098ee7e4, 0, 0xffffffff04a3117c, 1)
	# 945: fdiv.s rmm frm=2 -> NX
	ENTRY(22, 2, 0xffffffffbc900000, 0xffffffff49a4bc69, 0, 0xffffffffb25fc6b9, 1)
	# 946: fadd.s rne frm=4 -> -
	ENTRY(0, 4, 0xffffffffbeec0000, 0xffffffffc2600000, 0, 0xffffffffc261d800, 0)
	# 947: fsub.s rdn frm=4 -> -
	ENTRY(8, 4, 0xffffffffb898532e, 0xffffffffff800000, 0, 0xffffffff7f800000, 0)
	# 948: fmul.s rtz frm=2 -> NX
	ENTRY(13, 2, 0xffffffff3f7ffffe, 0xffffffff40000002, 0, 0xffffffff40000000, 1)
	# 949: fdiv.s rdn frm=1 -> -
	ENTRY(20, 1, 0xffffffffff800000, 0xffffffff0d79b850, 0, 0xffffffffff800000, 0)
	# 950: fadd.s rmm frm=2 -> NX
	ENTRY(4, 2, 0xffffffff3fffffff, 0xffffffff8003e0a3, 0, 0xffffffff3fffffff, 1)
	# 951: fsub.s rmm frm=3 -> NX
	ENTRY(10, 3, 0xffffffffa97137a3, 0xffffffff80e621ec, 0, 0xffffffffa97137a3, 1)
	# 952: fmul.s rne frm=2 -> UF NX
	ENTRY(12, 2, 0xffffffff81754e86, 0xffffffff00a0f86b, 0, 0xffffffff80000000, 3)
	# 953: fdiv.s rtz frm=3 -> NX
	ENTRY(19, 3, 0xffffffffbf700000, 0xffffffff0a1050cd, 0, 0xfffffffff4d4dde3, 1)
	# 954: fadd.s rne frm=3 -> -
	ENTRY(0, 3, 0xffffffff3f800000, 0xffffffff45278fa0, 0, 0xffffffff45279fa0, 0)
	# 955: fsub.s rtz frm=3 -> -
	ENTRY(7, 3, 0xffffffff80800000, 0xffffffff819a62ea, 0, 0xffffffff0174c5d4, 0)
	# 956: fmul.s rmm frm=4 -> NV
	ENTRY(16, 4, 0xffffffff41000000, 0xffffffff7fa00000, 0, 0xffffffff7fc00000, 16)
	# 957: fdiv.s rne frm=0 -> NX
	ENTRY(18, 0, 0xfffffffffa898248, 0xffffffff6a7e3f0a, 0, 0xffffffffcf8a751a, 1)
	# 958: fadd.s dyn frm=3 -> NX
	ENTRY(5, 3, 0xffffffff3c340000, 0xffffffff08443184, 0, 0xffffffff3c340001, 1)
	# 959: fsub.s dyn frm=0 -> NX
	ENTRY(11, 0, 0xffffffff02b4ad13, 0xffffffff3ffffffe, 0, 0xffffffffbffffffe, 1)
	# 960: fmul.s rne frm=0 -> NX
	ENTRY(12, 0, 0xffffffff410c0000, 0xffffffff001b2367, 0, 0xffffffff00ed75c5, 1)
	# 961: fdiv.s rup frm=3 -> -
	ENTRY(21, 3, 0xffffffff018ac675, 0xffffffff00000001, 0, 0xffffffff4c0ac675, 0)
	# 962: fadd.s rdn frm=3 -> NX
	ENTRY(2, 3, 0xffffffffc3a00000, 0xffffffff40000001, 0, 0xffffffffc39f0000, 1)
	# 963: fsub.s rtz frm=4 -> -
	ENTRY(7, 4, 0xffffffff00a56f58, 0xffffffff00000000, 0, 0xffffffff00a56f58, 0)
	# 964: fmul.s dyn frm=4 -> -
	ENTRY(17, 4, 0xffffffffc1dc0000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 965: fdiv.s rup frm=1 -> -
	ENTRY(21, 1, 0xffffffff0107622a, 0xffffffff40000000, 0, 0xffffffff0087622a, 0)
	# 966: fadd.s rne frm=0 -> NV
	ENTRY(0, 0, 0xffffffff3f800002, 0xffffffffff800001, 0, 0xffffffff7fc00000, 16)
	# 967: fsub.s rmm frm=3 -> NX
	ENTRY(10, 3, 0xffffffff3f800005, 0xffffffff006ec1c2, 0, 0xffffffff3f800005, 1)
	# 968: fmul.s rmm frm=1 -> NX
	ENTRY(16, 1, 0xffffffffbe180000, 0xffffffff407cc67e, 0, 0xffffffffbf1615db, 1)
	# 969: fdiv.s rup frm=3 -> NX
	ENTRY(21, 3, 0xffffffffbc0c0000, 0xffffffff40000004, 0, 0xffffffffbb8bfffb, 1)
	# 970: fadd.s rdn frm=4 -> -
	ENTRY(2, 4, 0xffffffffbc780000, 0xffffffff3ec40000, 0, 0xffffffff3ebc4000, 0)
	# 971: fsub.s rtz frm=4 -> NX
	ENTRY(7, 4, 0xffffffff806f33c5, 0xffffffff3f800000, 0, 0xffffffffbf800000, 1)
	# 972: fmul.s rdn frm=1 -> UF NX
	ENTRY(14, 1, 0xffffffff8174500e, 0xffffffff8122bdf4, 0, 0xffffffff00000000, 3)
	# 973: fdiv.s rup frm=4 -> NX
	ENTRY(21, 4, 0xfffffffff357e2f6, 0xfffffffffa9aab22, 0, 0xffffffff3832a9a3, 1)
	# 974: fadd.s dyn frm=1 -> -
	ENTRY(5, 1, 0xffffffffff800000, 0xffffffff3ffffffe, 0, 0xffffffffff800000, 0)
	# 975: fsub.s rup frm=0 -> NX
	ENTRY(9, 0, 0xffffffff3d780000, 0xffffffffed6421f7, 0, 0xffffffff6d6421f8, 1)
	# 976: fmul.s dyn frm=2 -> -
	ENTRY(17, 2, 0xffffffff3f5c0000, 0xffffffff80800000, 0, 0xffffffff806e0000, 0)
	# 977: fdiv.s rne frm=0 -> UF NX
	ENTRY(18, 0, 0xffffffff0003ab78, 0xffffffff3fffffff, 0, 0xffffffff0001d5bc, 3)
	# 978: fadd.s rtz frm=2 -> NX
	ENTRY(1, 2, 0xffffffff01268ef8, 0xffffffff41540000, 0, 0xffffffff41540000, 1)
	# 979: fsub.s rtz frm=2 -> NX
	ENTRY(7, 2, 0xffffffff3f840000, 0xffffffff007fffff, 0, 0xffffffff3f83ffff, 1)
	# 980: fmul.s rmm frm=1 -> UF NX
	ENTRY(16, 1, 0xffffffff007fffff, 0xffffffff009648ec, 0, 0xffffffff00000000, 3)
	# 981: fdiv.s dyn frm=2 -> NX
	ENTRY(23, 2, 0xffffffff426c0000, 0xffffffff1598cfc4, 0, 0xffffffff6c45ae6c, 1)
	# 982: fadd.s rdn frm=1 -> NX
	ENTRY(2, 1, 0xffffffff816f144e, 0xffffffff40000001, 0, 0xffffffff40000000, 1)
	# 983: fsub.s rmm frm=2 -> -
	ENTRY(10, 2, 0xffffffffbcf80000, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 984: fmul.s rne frm=1 -> -
	ENTRY(12, 1, 0xffffffff80000000, 0xffffffffc3e00000, 0, 0xffffffff00000000, 0)
	# 985: fdiv.s rdn frm=0 -> NX
	ENTRY(20, 0, 0xffffffffd5296a53, 0xffffffffeb72f374, 0, 0xffffffff293283c3, 1)
	# 986: fadd.s rne frm=1 -> NV
	ENTRY(0, 1, 0xffffffff7f800001, 0xffffffff42440000, 0, 0xffffffff7fc00000, 16)
	# 987: fsub.s dyn frm=3 -> NX
	ENTRY(11, 3, 0xffffffff3f7ffffe, 0xffffffff40ac0000, 0, 0xffffffffc08c0000, 1)
	# 988: fmul.s rdn frm=0 -> -
	ENTRY(14, 0, 0xffffffff3f800000, 0xffffffff7fc00000, 0, 0xffffffff7fc00000, 0)
	# 989: fdiv.s dyn frm=4 -> NX
	ENTRY(23, 4, 0xffffffff3aad253a, 0xffffffff3f7fffff, 0, 0xffffffff3aad253b, 1)
	# 990: fadd.s rne frm=1 -> NX
	ENTRY(0, 1, 0xffffffff803e7da0, 0xffffffff284e06c0, 0, 0xffffffff284e06c0, 1)
	# 991: fsub.s rdn frm=2 -> NX
	ENTRY(8, 2, 0xffffffff816a3e66, 0xffffffffc2080000, 0, 0xffffffff4207ffff, 1)
	# 992: fmul.s rdn frm=2 -> -
	ENTRY(14, 2, 0xffffffff7fc12345, 0xffffffff7fc00000, 0, 0xffffffff7fc00000, 0)
	# 993: fdiv.s dyn frm=1 -> OF NX
	ENTRY(23, 1, 0xffffffff7f7fffff, 0xffffffff0141c1f1, 0, 0xffffffff7f7fffff, 5)
	# 994: fadd.s rup frm=0 -> NX
	ENTRY(3, 0, 0xffffffff4b800000, 0xffffffff800ab4e5, 0, 0xffffffff4b800000, 1)
	# 995: fsub.s rtz frm=4 -> NX
	ENTRY(7, 4, 0xffffffffbfa40000, 0xffffffff014a8641, 0, 0xffffffffbfa40000, 1)
	# 996: fmul.s rtz frm=3 -> NX
	ENTRY(13, 3, 0xffffffffc1d80000, 0xffffffff81f0a63f, 0, 0xffffffff044b0c45, 1)
	# 997: fdiv.s rne frm=1 -> NX
	ENTRY(18, 1, 0xffffffff6b24bf5c, 0xffffffff40000002, 0, 0xffffffff6aa4bf59, 1)
	# 998: fadd.s rne frm=2 -> NX
	ENTRY(0, 2, 0xffffffff52817502, 0xffffffff1f50ad25, 0, 0xffffffff52817502, 1)
	# 999: fsub.s rtz frm=2 -> NX
	ENTRY(7, 2, 0xffffffff01b9f450, 0xffffffffbf74841a, 0, 0xffffffff3f74841a, 1)
	# 1000: fmul.s dyn frm=4 -> NX
	ENTRY(17, 4, 0xffffffffeb07dde3, 0xffffffffc2e00000, 0, 0xffffffff6e6dc44d, 1)
	# 1001: fdiv.s dyn frm=0 -> -
	ENTRY(23, 0, 0xffffffff3d480000, 0xffffffff3f800000, 0, 0xffffffff3d480000, 0)
	# 1002: fadd.s rne frm=0 -> NX
	ENTRY(0, 0, 0xffffffff40000001, 0xffffffff40000004, 0, 0xffffffff40800002, 1)
	# 1003: fsub.s rne frm=3 -> NX
	ENTRY(6, 3, 0xffffffff803d1ae9, 0xffffffff3f800002, 0, 0xffffffffbf800002, 1)
	# 1004: fmul.s rdn frm=1 -> -
	ENTRY(14, 1, 0xffffffff6f87e6a3, 0xffffffff00000001, 0, 0xffffffff2507e6a3, 0)
	# 1005: fdiv.s rdn frm=4 -> NX
	ENTRY(20, 4, 0xffffffff3f800003, 0xffffffff88a671b3, 0, 0xfffffffff644def6, 1)
	# 1006: fadd.s rtz frm=3 -> NX
	ENTRY(1, 3, 0xffffffff33800000, 0xffffffff809b0fc4, 0, 0xffffffff337fffff, 1)
	# 1007: fsub.s rmm frm=0 -> -
	ENTRY(10, 0, 0xffffffff80f94617, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 1008: fmul.s dyn frm=4 -> -
	ENTRY(17, 4, 0xffffffff3f800000, 0xffffffff5006536e, 0, 0xffffffff5006536e, 0)
	# 1009: fdiv.s rne frm=0 -> -
	ENTRY(18, 0, 0xffffffff7fc00000, 0xffffffff808273a0, 0, 0xffffffff7fc00000, 0)
	# 1010: fadd.s rmm frm=4 -> -
	ENTRY(4, 4, 0xffffffff81d40c30, 0xffffffff80800000, 0, 0xffffffff81f40c30, 0)
	# 1011: fsub.s rne frm=0 -> NX
	ENTRY(6, 0, 0xffffffff007fffff, 0xffffffff2150d66e, 0, 0xffffffffa150d66e, 1)
	# 1012: fmul.s rdn frm=4 -> NX
	ENTRY(14, 4, 0xffffffff007fffff, 0xffffffff405c0000, 0, 0xffffffff015bfffe, 1)
	# 1013: fdiv.s rmm frm=0 -> NX
	ENTRY(22, 0, 0xffffffff408c0000, 0xffffffff41bfd179, 0, 0xffffffff3e3ad7f2, 1)
	# 1014: fadd.s rdn frm=3 -> NX
	ENTRY(2, 3, 0xffffffff40000005, 0xffffffff553b6fdb, 0, 0xffffffff553b6fdb, 1)
	# 1015: fsub.s rne frm=2 -> NX
	ENTRY(6, 2, 0xffffffff2276d58c, 0xffffffff812439df, 0, 0xffffffff2276d58c, 1)
	# 1016: fmul.s rdn frm=0 -> -
	ENTRY(14, 0, 0xffffffffbf800000, 0xffffffff40000004, 0, 0xffffffffc0000004, 0)
	# 1017: fdiv.s rdn frm=3 -> NX
	ENTRY(20, 3, 0xffffffffc3cc0000, 0xffffffff6ddb4d9c, 0, 0xffffffff956e22d8, 1)
	# 1018: fadd.s dyn frm=1 -> NX
	ENTRY(5, 1, 0xffffffff004e8563, 0xffffffffba36c3a4, 0, 0xffffffffba36c3a3, 1)
	# 1019: fsub.s rup frm=4 -> NX
	ENTRY(9, 4, 0xffffffff40000001, 0xffffffff80800000, 0, 0xffffffff40000002, 1)
	# 1020: fmul.s rne frm=0 -> NX
	ENTRY(12, 0, 0xffffffff3f7fffff, 0xffffffff3f800003, 0, 0xffffffff3f800002, 1)
	# 1021: fdiv.s rup frm=1 -> OF NX
	ENTRY(21, 1, 0xffffffff7f7fffff, 0xffffffffbe9c0000, 0, 0xffffffffff7fffff, 5)
	# 1022: fadd.s rdn frm=0 -> -
	ENTRY(2, 0, 0xffffffff803a9c2e, 0xffffffff8058fb1c, 0, 0xffffffff8093974a, 0)
	# 1023: fsub.s dyn frm=4 -> NX
	ENTRY(11, 4, 0xffffffff3f800005, 0xffffffffe2ac02dc, 0, 0xffffffff62ac02dc, 1)
	# 1025: fmul.s dyn frm=0 -> -
	ENTRY(17, 0, 0xffffffff3f800002, 0xffffffff7fc00000, 0, 0xffffffff7fc00000, 0)
	# 1026: fdiv.s rmm frm=3 -> NX
	ENTRY(22, 3, 0xffffffff40000002, 0xffffffff009e012f, 0, 0xffffffff7ecf62ea, 1)
	# 1027: fadd.s rtz frm=2 -> NX
	ENTRY(1, 2, 0xffffffffbf800000, 0xffffffff80e11464, 0, 0xffffffffbf800000, 1)
	# 1028: fsub.s rmm frm=4 -> -
	ENTRY(10, 4, 0xffffffffeeed8b80, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 1029: fmul.s dyn frm=3 -> NX
	ENTRY(17, 3, 0xffffffff54690283, 0xffffffff3f8c0000, 0, 0xffffffff547edac0, 1)
	# 1030: fdiv.s rtz frm=4 -> NX
	ENTRY(19, 4, 0xffffffff40000005, 0xffffffff015341c1, 0, 0xffffffff7e1b1c1f, 1)
	# 1031: fsqrt.s rdn frm=4 -> NX
	ENTRY(26, 4, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 1032: fsqrt.s rmm frm=2 -> NX
	ENTRY(28, 2, 0xffffffff55167a6e, 0, 0, 0xffffffff4a444575, 1)
	# 1033: fsqrt.s dyn frm=3 -> NX
	ENTRY(29, 3, 0xffffffff3ffffffe, 0, 0, 0xffffffff3fb504f3, 1)
	# 1034: fsqrt.s rup frm=1 -> NX
	ENTRY(27, 1, 0xffffffff27d158a0, 0, 0, 0xffffffff33a3b220, 1)
	# 1035: fsqrt.s rtz frm=2 -> NV
	ENTRY(25, 2, 0xffffffff81f85c14, 0, 0, 0xffffffff7fc00000, 16)
	# 1036: fsqrt.s rdn frm=3 -> -
	ENTRY(26, 3, 0xffffffff3f800000, 0, 0, 0xffffffff3f800000, 0)
	# 1037: fsqrt.s rne frm=4 -> NX
	ENTRY(24, 4, 0xffffffff3dd40000, 0, 0, 0xffffffff3ea4bae7, 1)
	# 1038: fsqrt.s rne frm=0 -> NV
	ENTRY(24, 0, 0xffffffffc2ec0000, 0, 0, 0xffffffff7fc00000, 16)
	# 1039: fsqrt.s rup frm=0 -> -
	ENTRY(27, 0, 0xffffffff3f800000, 0, 0, 0xffffffff3f800000, 0)
	# 1040: fsqrt.s rmm frm=0 -> NX
	ENTRY(28, 0, 0xffffffff40000003, 0, 0, 0xffffffff3fb504f5, 1)
	# 1041: fsqrt.s rtz frm=2 -> NX
	ENTRY(25, 2, 0xffffffff676d794a, 0, 0, 0xffffffff5376901d, 1)
	# 1042: fsqrt.s rmm frm=2 -> NV
	ENTRY(28, 2, 0xffffffffbf800000, 0, 0, 0xffffffff7fc00000, 16)
	# 1043: fsqrt.s dyn frm=2 -> NX
	ENTRY(29, 2, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 1044: fsqrt.s rup frm=1 -> NX
	ENTRY(27, 1, 0xffffffff00fb3b7f, 0, 0, 0xffffffff20335369, 1)
	# 1045: fsqrt.s rmm frm=2 -> NX
	ENTRY(28, 2, 0xffffffff3df00000, 0, 0, 0xffffffff3eaf456f, 1)
	# 1046: fsqrt.s dyn frm=2 -> NX
	ENTRY(29, 2, 0xffffffff3cd80000, 0, 0, 0xffffffff3e2646e1, 1)
	# 1047: fsqrt.s rdn frm=2 -> NX
	ENTRY(26, 2, 0xffffffff00890782, 0, 0, 0xffffffff2004700f, 1)
	# 1048: fsqrt.s dyn frm=3 -> NX
	ENTRY(29, 3, 0xffffffff3e000000, 0, 0, 0xffffffff3eb504f4, 1)
	# 1049: fsqrt.s rup frm=1 -> NV
	ENTRY(27, 1, 0xffffffffd1d9162d, 0, 0, 0xffffffff7fc00000, 16)
	# 1050: fsqrt.s rdn frm=0 -> NX
	ENTRY(26, 0, 0xffffffff7f7fffff, 0, 0, 0xffffffff5f7fffff, 1)
	# 1051: fsqrt.s rmm frm=2 -> NX
	ENTRY(28, 2, 0xffffffff40000001, 0, 0, 0xffffffff3fb504f4, 1)
	# 1052: fsqrt.s rup frm=2 -> NV
	ENTRY(27, 2, 0xffffffffbf800000, 0, 0, 0xffffffff7fc00000, 16)
	# 1053: fsqrt.s rdn frm=4 -> NV
	ENTRY(26, 4, 0xffffffff810fb28f, 0, 0, 0xffffffff7fc00000, 16)
	# 1054: fsqrt.s rtz frm=3 -> NX
	ENTRY(25, 3, 0xffffffff02c45d8c, 0, 0, 0xffffffff211e8a1c, 1)
	# 1055: fsqrt.s rmm frm=1 -> NV
	ENTRY(28, 1, 0xffffffffd02bd9ac, 0, 0, 0xffffffff7fc00000, 16)
	# 1056: fsqrt.s rmm frm=3 -> NX
	ENTRY(28, 3, 0xffffffff3f800001, 0, 0, 0xffffffff3f800000, 1)
	# 1057: fsqrt.s rdn frm=2 -> NX
	ENTRY(26, 2, 0xffffffff42a80000, 0, 0, 0xffffffff4112a475, 1)
	# 1058: fsqrt.s rmm frm=2 -> NX
	ENTRY(28, 2, 0xffffffff3f800003, 0, 0, 0xffffffff3f800001, 1)
	# 1059: fsqrt.s rmm frm=3 -> NX
	ENTRY(28, 3, 0xffffffff01cb1f1f, 0, 0, 0xffffffff20a13e69, 1)
	# 1060: fsqrt.s dyn frm=2 -> NX
	ENTRY(29, 2, 0xffffffff01b4e4f1, 0, 0, 0xffffffff20982a7a, 1)
	# 1061: fsqrt.s rdn frm=1 -> NX
	ENTRY(26, 1, 0xffffffff40680000, 0, 0, 0xffffffff3ff3b469, 1)
	# 1062: fsqrt.s rtz frm=3 -> NV
	ENTRY(25, 3, 0xffffffffc3d80000, 0, 0, 0xffffffff7fc00000, 16)
	# 1063: fsqrt.s rup frm=0 -> NX
	ENTRY(27, 0, 0xffffffff40680000, 0, 0, 0xffffffff3ff3b46a, 1)
	# 1064: fsqrt.s rmm frm=3 -> NV
	ENTRY(28, 3, 0xffffffffe5d051b2, 0, 0, 0xffffffff7fc00000, 16)
	# 1065: fsqrt.s rmm frm=2 -> NX
	ENTRY(28, 2, 0xffffffff53cec4d6, 0, 0, 0xffffffff49a2af5e, 1)
	# 1066: fsqrt.s rdn frm=2 -> NV
	ENTRY(26, 2, 0xffffffffbd4c0000, 0, 0, 0xffffffff7fc00000, 16)
	# 1067: fsqrt.s rtz frm=3 -> NX
	ENTRY(25, 3, 0xffffffff006e4f11, 0, 0, 0xffffffff1feda6ba, 1)
	# 1068: fsqrt.s dyn frm=0 -> NX
	ENTRY(29, 0, 0xffffffff40000004, 0, 0, 0xffffffff3fb504f6, 1)
	# 1069: fsqrt.s rmm frm=0 -> NV
	ENTRY(28, 0, 0xffffffffff800001, 0, 0, 0xffffffff7fc00000, 16)
	# 1070: fsqrt.s rdn frm=4 -> NV
	ENTRY(26, 4, 0xffffffffbd3c0000, 0, 0, 0xffffffff7fc00000, 16)
vectors_end:

TEST_END
