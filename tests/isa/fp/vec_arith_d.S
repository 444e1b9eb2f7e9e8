/* D: FADD/FSUB/FMUL/FDIV/FSQRT.D in every rounding mode and specials
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
	.org stubs + 30 * 16
	fadd.d fa3, fa0, fa1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fadd.d fa3, fa0, fa1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fadd.d fa3, fa0, fa1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fadd.d fa3, fa0, fa1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fadd.d fa3, fa0, fa1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fadd.d fa3, fa0, fa1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fsub.d fa3, fa0, fa1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fsub.d fa3, fa0, fa1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fsub.d fa3, fa0, fa1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fsub.d fa3, fa0, fa1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fsub.d fa3, fa0, fa1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fsub.d fa3, fa0, fa1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fmul.d fa3, fa0, fa1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fmul.d fa3, fa0, fa1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fmul.d fa3, fa0, fa1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fmul.d fa3, fa0, fa1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fmul.d fa3, fa0, fa1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fmul.d fa3, fa0, fa1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.d fa3, fa0, fa1, rne
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.d fa3, fa0, fa1, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.d fa3, fa0, fa1, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.d fa3, fa0, fa1, rup
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.d fa3, fa0, fa1, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fdiv.d fa3, fa0, fa1, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.d fa3, fa0, rne
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.d fa3, fa0, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.d fa3, fa0, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.d fa3, fa0, rup
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.d fa3, fa0, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fsqrt.d fa3, fa0, dyn
	fmv.x.d a0, fa3
	ret
	nop
	.option pop

	.section .data
	.align 3
vectors:
	# 1: fadd.d rne frm=4 -> NX
	ENTRY(30, 4, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000000, 1)
	# 2: fadd.d rtz frm=2 -> NX
	ENTRY(31, 2, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000000, 1)
	# 3: fadd.d rdn frm=1 -> NX
	ENTRY(32, 1, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000000, 1)
	# 4: fadd.d rup frm=4 -> NX
	ENTRY(33, 4, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000001, 1)
	# 5: fadd.d rmm frm=3 -> NX
	ENTRY(34, 3, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000001, 1)
	# 6: fadd.d dyn frm=0 -> NX
	ENTRY(35, 0, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000000, 1)
	# 7: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000000, 1)
	# 8: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000000, 1)
	# 9: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000001, 1)
	# 10: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000001, 1)
	# 11: fadd.d rne frm=1 -> NX
	ENTRY(30, 1, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000001, 1)
	# 12: fadd.d rtz frm=3 -> NX
	ENTRY(31, 3, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000000, 1)
	# 13: fadd.d rdn frm=0 -> NX
	ENTRY(32, 0, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000000, 1)
	# 14: fadd.d rup frm=0 -> NX
	ENTRY(33, 0, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000001, 1)
	# 15: fadd.d rmm frm=0 -> NX
	ENTRY(34, 0, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000001, 1)
	# 16: fadd.d dyn frm=0 -> NX
	ENTRY(35, 0, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000001, 1)
	# 17: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000000, 1)
	# 18: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000000, 1)
	# 19: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000001, 1)
	# 20: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0x3ff0000000000000, 0x3ca8000000000000, 0, 0x3ff0000000000001, 1)
	# 21: fadd.d rne frm=1 -> NX
	ENTRY(30, 1, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000000, 1)
	# 22: fadd.d rtz frm=0 -> NX
	ENTRY(31, 0, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000000, 1)
	# 23: fadd.d rdn frm=0 -> NX
	ENTRY(32, 0, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000000, 1)
	# 24: fadd.d rup frm=4 -> NX
	ENTRY(33, 4, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000001, 1)
	# 25: fadd.d rmm frm=2 -> NX
	ENTRY(34, 2, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000000, 1)
	# 26: fadd.d dyn frm=0 -> NX
	ENTRY(35, 0, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000000, 1)
	# 27: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000000, 1)
	# 28: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000000, 1)
	# 29: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000001, 1)
	# 30: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0x3ff0000000000000, 0x3c90000000000000, 0, 0x3ff0000000000000, 1)
	# 31: fadd.d rne frm=3 -> NX
	ENTRY(30, 3, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000002, 1)
	# 32: fadd.d rtz frm=0 -> NX
	ENTRY(31, 0, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000001, 1)
	# 33: fadd.d rdn frm=1 -> NX
	ENTRY(32, 1, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000001, 1)
	# 34: fadd.d rup frm=4 -> NX
	ENTRY(33, 4, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000002, 1)
	# 35: fadd.d rmm frm=1 -> NX
	ENTRY(34, 1, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000002, 1)
	# 36: fadd.d dyn frm=0 -> NX
	ENTRY(35, 0, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000002, 1)
	# 37: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000001, 1)
	# 38: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000001, 1)
	# 39: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000002, 1)
	# 40: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0x3ff0000000000001, 0x3ca0000000000000, 0, 0x3ff0000000000002, 1)
	# 41: fadd.d rne frm=4 -> NX
	ENTRY(30, 4, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000000, 1)
	# 42: fadd.d rtz frm=4 -> NX
	ENTRY(31, 4, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000000, 1)
	# 43: fadd.d rdn frm=0 -> NX
	ENTRY(32, 0, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000001, 1)
	# 44: fadd.d rup frm=0 -> NX
	ENTRY(33, 0, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000000, 1)
	# 45: fadd.d rmm frm=2 -> NX
	ENTRY(34, 2, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000001, 1)
	# 46: fadd.d dyn frm=0 -> NX
	ENTRY(35, 0, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000000, 1)
	# 47: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000000, 1)
	# 48: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000001, 1)
	# 49: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000000, 1)
	# 50: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0xbff0000000000000, 0xbca0000000000000, 0, 0xbff0000000000001, 1)
	# 51: fadd.d rne frm=4 -> NX
	ENTRY(30, 4, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3ff0000000000000, 1)
	# 52: fadd.d rtz frm=3 -> NX
	ENTRY(31, 3, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3fefffffffffffff, 1)
	# 53: fadd.d rdn frm=0 -> NX
	ENTRY(32, 0, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3fefffffffffffff, 1)
	# 54: fadd.d rup frm=2 -> NX
	ENTRY(33, 2, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3ff0000000000000, 1)
	# 55: fadd.d rmm frm=1 -> NX
	ENTRY(34, 1, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3ff0000000000000, 1)
	# 56: fadd.d dyn frm=0 -> NX
	ENTRY(35, 0, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3ff0000000000000, 1)
	# 57: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3fefffffffffffff, 1)
	# 58: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3fefffffffffffff, 1)
	# 59: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3ff0000000000000, 1)
	# 60: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0x3ff0000000000000, 0xbc90000000000000, 0, 0x3ff0000000000000, 1)
	# 61: fadd.d rne frm=2 -> OF NX
	ENTRY(30, 2, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 62: fadd.d rtz frm=2 -> OF NX
	ENTRY(31, 2, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 5)
	# 63: fadd.d rdn frm=4 -> OF NX
	ENTRY(32, 4, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 5)
	# 64: fadd.d rup frm=0 -> OF NX
	ENTRY(33, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 65: fadd.d rmm frm=0 -> OF NX
	ENTRY(34, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 66: fadd.d dyn frm=0 -> OF NX
	ENTRY(35, 0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 67: fadd.d dyn frm=1 -> OF NX
	ENTRY(35, 1, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 5)
	# 68: fadd.d dyn frm=2 -> OF NX
	ENTRY(35, 2, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 5)
	# 69: fadd.d dyn frm=3 -> OF NX
	ENTRY(35, 3, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 70: fadd.d dyn frm=4 -> OF NX
	ENTRY(35, 4, 0x7fefffffffffffff, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 71: fadd.d rne frm=3 -> OF NX
	ENTRY(30, 3, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xfff0000000000000, 5)
	# 72: fadd.d rtz frm=2 -> OF NX
	ENTRY(31, 2, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xffefffffffffffff, 5)
	# 73: fadd.d rdn frm=0 -> OF NX
	ENTRY(32, 0, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xfff0000000000000, 5)
	# 74: fadd.d rup frm=4 -> OF NX
	ENTRY(33, 4, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xffefffffffffffff, 5)
	# 75: fadd.d rmm frm=2 -> OF NX
	ENTRY(34, 2, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xfff0000000000000, 5)
	# 76: fadd.d dyn frm=0 -> OF NX
	ENTRY(35, 0, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xfff0000000000000, 5)
	# 77: fadd.d dyn frm=1 -> OF NX
	ENTRY(35, 1, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xffefffffffffffff, 5)
	# 78: fadd.d dyn frm=2 -> OF NX
	ENTRY(35, 2, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xfff0000000000000, 5)
	# 79: fadd.d dyn frm=3 -> OF NX
	ENTRY(35, 3, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xffefffffffffffff, 5)
	# 80: fadd.d dyn frm=4 -> OF NX
	ENTRY(35, 4, 0xffefffffffffffff, 0xffefffffffffffff, 0, 0xfff0000000000000, 5)
	# 81: fadd.d rne frm=1 -> -
	ENTRY(30, 1, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0)
	# 82: fadd.d rtz frm=3 -> -
	ENTRY(31, 3, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0)
	# 83: fadd.d rdn frm=4 -> -
	ENTRY(32, 4, 0x3ff0000000000000, 0xbff0000000000000, 0, 0x8000000000000000, 0)
	# 84: fadd.d rup frm=4 -> -
	ENTRY(33, 4, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0)
	# 85: fadd.d rmm frm=0 -> -
	ENTRY(34, 0, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0)
	# 86: fadd.d dyn frm=0 -> -
	ENTRY(35, 0, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0)
	# 87: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0)
	# 88: fadd.d dyn frm=2 -> -
	ENTRY(35, 2, 0x3ff0000000000000, 0xbff0000000000000, 0, 0x8000000000000000, 0)
	# 89: fadd.d dyn frm=3 -> -
	ENTRY(35, 3, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0)
	# 90: fadd.d dyn frm=4 -> -
	ENTRY(35, 4, 0x3ff0000000000000, 0xbff0000000000000, 0, 0, 0)
	# 91: fadd.d rne frm=1 -> -
	ENTRY(30, 1, 0x8000000000000000, 0, 0, 0, 0)
	# 92: fadd.d rtz frm=2 -> -
	ENTRY(31, 2, 0x8000000000000000, 0, 0, 0, 0)
	# 93: fadd.d rdn frm=4 -> -
	ENTRY(32, 4, 0x8000000000000000, 0, 0, 0x8000000000000000, 0)
	# 94: fadd.d rup frm=1 -> -
	ENTRY(33, 1, 0x8000000000000000, 0, 0, 0, 0)
	# 95: fadd.d rmm frm=3 -> -
	ENTRY(34, 3, 0x8000000000000000, 0, 0, 0, 0)
	# 96: fadd.d dyn frm=0 -> -
	ENTRY(35, 0, 0x8000000000000000, 0, 0, 0, 0)
	# 97: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0x8000000000000000, 0, 0, 0, 0)
	# 98: fadd.d dyn frm=2 -> -
	ENTRY(35, 2, 0x8000000000000000, 0, 0, 0x8000000000000000, 0)
	# 99: fadd.d dyn frm=3 -> -
	ENTRY(35, 3, 0x8000000000000000, 0, 0, 0, 0)
	# 100: fadd.d dyn frm=4 -> -
	ENTRY(35, 4, 0x8000000000000000, 0, 0, 0, 0)
	# 101: fadd.d rne frm=2 -> -
	ENTRY(30, 2, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 102: fadd.d rtz frm=2 -> -
	ENTRY(31, 2, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 103: fadd.d rdn frm=3 -> -
	ENTRY(32, 3, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 104: fadd.d rup frm=2 -> -
	ENTRY(33, 2, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 105: fadd.d rmm frm=3 -> -
	ENTRY(34, 3, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 106: fadd.d dyn frm=0 -> -
	ENTRY(35, 0, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 107: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 108: fadd.d dyn frm=2 -> -
	ENTRY(35, 2, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 109: fadd.d dyn frm=3 -> -
	ENTRY(35, 3, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 110: fadd.d dyn frm=4 -> -
	ENTRY(35, 4, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 111: fadd.d rne frm=2 -> -
	ENTRY(30, 2, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 112: fadd.d rtz frm=2 -> -
	ENTRY(31, 2, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 113: fadd.d rdn frm=1 -> -
	ENTRY(32, 1, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 114: fadd.d rup frm=1 -> -
	ENTRY(33, 1, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 115: fadd.d rmm frm=2 -> -
	ENTRY(34, 2, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 116: fadd.d dyn frm=0 -> -
	ENTRY(35, 0, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 117: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 118: fadd.d dyn frm=2 -> -
	ENTRY(35, 2, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 119: fadd.d dyn frm=3 -> -
	ENTRY(35, 3, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 120: fadd.d dyn frm=4 -> -
	ENTRY(35, 4, 0x10000000000000, 0x8000000000000001, 0, 0xfffffffffffff, 0)
	# 121: fadd.d rne frm=2 -> NX
	ENTRY(30, 2, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 122: fadd.d rtz frm=0 -> NX
	ENTRY(31, 0, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 123: fadd.d rdn frm=3 -> NX
	ENTRY(32, 3, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 124: fadd.d rup frm=0 -> NX
	ENTRY(33, 0, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4241, 1)
	# 125: fadd.d rmm frm=0 -> NX
	ENTRY(34, 0, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4241, 1)
	# 126: fadd.d dyn frm=0 -> NX
	ENTRY(35, 0, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 127: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 128: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 129: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4241, 1)
	# 130: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0x400921fb54442d18, 0x4005bf0a8b145769, 0, 0x40177082efac4241, 1)
	# 131: fadd.d rne frm=1 -> NX
	ENTRY(30, 1, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333334, 1)
	# 132: fadd.d rtz frm=0 -> NX
	ENTRY(31, 0, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333333, 1)
	# 133: fadd.d rdn frm=1 -> NX
	ENTRY(32, 1, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333333, 1)
	# 134: fadd.d rup frm=0 -> NX
	ENTRY(33, 0, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333334, 1)
	# 135: fadd.d rmm frm=0 -> NX
	ENTRY(34, 0, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333334, 1)
	# 136: fadd.d dyn frm=0 -> NX
	ENTRY(35, 0, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333334, 1)
	# 137: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333333, 1)
	# 138: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333333, 1)
	# 139: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333334, 1)
	# 140: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0x3fb999999999999a, 0x3fc999999999999a, 0, 0x3fd3333333333334, 1)
	# 141: fsub.d rne frm=1 -> NX
	ENTRY(36, 1, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000000, 1)
	# 142: fsub.d rtz frm=3 -> NX
	ENTRY(37, 3, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000000, 1)
	# 143: fsub.d rdn frm=3 -> NX
	ENTRY(38, 3, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000000, 1)
	# 144: fsub.d rup frm=1 -> NX
	ENTRY(39, 1, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000001, 1)
	# 145: fsub.d rmm frm=0 -> NX
	ENTRY(40, 0, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000001, 1)
	# 146: fsub.d dyn frm=0 -> NX
	ENTRY(41, 0, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000000, 1)
	# 147: fsub.d dyn frm=1 -> NX
	ENTRY(41, 1, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000000, 1)
	# 148: fsub.d dyn frm=2 -> NX
	ENTRY(41, 2, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000000, 1)
	# 149: fsub.d dyn frm=3 -> NX
	ENTRY(41, 3, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000001, 1)
	# 150: fsub.d dyn frm=4 -> NX
	ENTRY(41, 4, 0x3ff0000000000000, 0xbca0000000000000, 0, 0x3ff0000000000001, 1)
	# 151: fsub.d rne frm=4 -> NX
	ENTRY(36, 4, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000002, 1)
	# 152: fsub.d rtz frm=4 -> NX
	ENTRY(37, 4, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000001, 1)
	# 153: fsub.d rdn frm=1 -> NX
	ENTRY(38, 1, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000001, 1)
	# 154: fsub.d rup frm=0 -> NX
	ENTRY(39, 0, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000002, 1)
	# 155: fsub.d rmm frm=1 -> NX
	ENTRY(40, 1, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000002, 1)
	# 156: fsub.d dyn frm=0 -> NX
	ENTRY(41, 0, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000002, 1)
	# 157: fsub.d dyn frm=1 -> NX
	ENTRY(41, 1, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000001, 1)
	# 158: fsub.d dyn frm=2 -> NX
	ENTRY(41, 2, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000001, 1)
	# 159: fsub.d dyn frm=3 -> NX
	ENTRY(41, 3, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000002, 1)
	# 160: fsub.d dyn frm=4 -> NX
	ENTRY(41, 4, 0x3ff0000000000001, 0xbca0000000000000, 0, 0x3ff0000000000002, 1)
	# 161: fsub.d rne frm=2 -> OF NX
	ENTRY(36, 2, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 162: fsub.d rtz frm=3 -> OF NX
	ENTRY(37, 3, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7fefffffffffffff, 5)
	# 163: fsub.d rdn frm=0 -> OF NX
	ENTRY(38, 0, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7fefffffffffffff, 5)
	# 164: fsub.d rup frm=0 -> OF NX
	ENTRY(39, 0, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 165: fsub.d rmm frm=3 -> OF NX
	ENTRY(40, 3, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 166: fsub.d dyn frm=0 -> OF NX
	ENTRY(41, 0, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 167: fsub.d dyn frm=1 -> OF NX
	ENTRY(41, 1, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7fefffffffffffff, 5)
	# 168: fsub.d dyn frm=2 -> OF NX
	ENTRY(41, 2, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7fefffffffffffff, 5)
	# 169: fsub.d dyn frm=3 -> OF NX
	ENTRY(41, 3, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 170: fsub.d dyn frm=4 -> OF NX
	ENTRY(41, 4, 0x7fefffffffffffff, 0xffefffffffffffff, 0, 0x7ff0000000000000, 5)
	# 171: fsub.d rne frm=1 -> -
	ENTRY(36, 1, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 172: fsub.d rtz frm=2 -> -
	ENTRY(37, 2, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 173: fsub.d rdn frm=3 -> -
	ENTRY(38, 3, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 174: fsub.d rup frm=1 -> -
	ENTRY(39, 1, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 175: fsub.d rmm frm=3 -> -
	ENTRY(40, 3, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 176: fsub.d dyn frm=0 -> -
	ENTRY(41, 0, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 177: fsub.d dyn frm=1 -> -
	ENTRY(41, 1, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 178: fsub.d dyn frm=2 -> -
	ENTRY(41, 2, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 179: fsub.d dyn frm=3 -> -
	ENTRY(41, 3, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 180: fsub.d dyn frm=4 -> -
	ENTRY(41, 4, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 181: fsub.d rne frm=3 -> NX
	ENTRY(36, 3, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 182: fsub.d rtz frm=0 -> NX
	ENTRY(37, 0, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 183: fsub.d rdn frm=3 -> NX
	ENTRY(38, 3, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 184: fsub.d rup frm=1 -> NX
	ENTRY(39, 1, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4241, 1)
	# 185: fsub.d rmm frm=3 -> NX
	ENTRY(40, 3, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4241, 1)
	# 186: fsub.d dyn frm=0 -> NX
	ENTRY(41, 0, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 187: fsub.d dyn frm=1 -> NX
	ENTRY(41, 1, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 188: fsub.d dyn frm=2 -> NX
	ENTRY(41, 2, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4240, 1)
	# 189: fsub.d dyn frm=3 -> NX
	ENTRY(41, 3, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4241, 1)
	# 190: fsub.d dyn frm=4 -> NX
	ENTRY(41, 4, 0x400921fb54442d18, 0xc005bf0a8b145769, 0, 0x40177082efac4241, 1)
	# 191: fsub.d rne frm=4 -> -
	ENTRY(36, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 192: fsub.d rtz frm=3 -> -
	ENTRY(37, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 193: fsub.d rdn frm=0 -> -
	ENTRY(38, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 194: fsub.d rup frm=1 -> -
	ENTRY(39, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 195: fsub.d rmm frm=3 -> -
	ENTRY(40, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 196: fsub.d dyn frm=0 -> -
	ENTRY(41, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 197: fsub.d dyn frm=1 -> -
	ENTRY(41, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 198: fsub.d dyn frm=2 -> -
	ENTRY(41, 2, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 199: fsub.d dyn frm=3 -> -
	ENTRY(41, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 200: fsub.d dyn frm=4 -> -
	ENTRY(41, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 201: fmul.d rne frm=1 -> NX
	ENTRY(42, 1, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000002, 1)
	# 202: fmul.d rtz frm=3 -> NX
	ENTRY(43, 3, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000002, 1)
	# 203: fmul.d rdn frm=4 -> NX
	ENTRY(44, 4, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000002, 1)
	# 204: fmul.d rup frm=1 -> NX
	ENTRY(45, 1, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000003, 1)
	# 205: fmul.d rmm frm=1 -> NX
	ENTRY(46, 1, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000002, 1)
	# 206: fmul.d dyn frm=0 -> NX
	ENTRY(47, 0, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000002, 1)
	# 207: fmul.d dyn frm=1 -> NX
	ENTRY(47, 1, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000002, 1)
	# 208: fmul.d dyn frm=2 -> NX
	ENTRY(47, 2, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000002, 1)
	# 209: fmul.d dyn frm=3 -> NX
	ENTRY(47, 3, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000003, 1)
	# 210: fmul.d dyn frm=4 -> NX
	ENTRY(47, 4, 0x3ff0000000000001, 0x3ff0000000000001, 0, 0x3ff0000000000002, 1)
	# 211: fmul.d rne frm=2 -> NX
	ENTRY(42, 2, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400ffffffffffffe, 1)
	# 212: fmul.d rtz frm=4 -> NX
	ENTRY(43, 4, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400ffffffffffffe, 1)
	# 213: fmul.d rdn frm=1 -> NX
	ENTRY(44, 1, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400ffffffffffffe, 1)
	# 214: fmul.d rup frm=4 -> NX
	ENTRY(45, 4, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400fffffffffffff, 1)
	# 215: fmul.d rmm frm=1 -> NX
	ENTRY(46, 1, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400ffffffffffffe, 1)
	# 216: fmul.d dyn frm=0 -> NX
	ENTRY(47, 0, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400ffffffffffffe, 1)
	# 217: fmul.d dyn frm=1 -> NX
	ENTRY(47, 1, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400ffffffffffffe, 1)
	# 218: fmul.d dyn frm=2 -> NX
	ENTRY(47, 2, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400ffffffffffffe, 1)
	# 219: fmul.d dyn frm=3 -> NX
	ENTRY(47, 3, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400fffffffffffff, 1)
	# 220: fmul.d dyn frm=4 -> NX
	ENTRY(47, 4, 0x3fffffffffffffff, 0x3fffffffffffffff, 0, 0x400ffffffffffffe, 1)
	# 221: fmul.d rne frm=4 -> NX
	ENTRY(42, 4, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000002, 1)
	# 222: fmul.d rtz frm=3 -> NX
	ENTRY(43, 3, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000002, 1)
	# 223: fmul.d rdn frm=3 -> NX
	ENTRY(44, 3, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000003, 1)
	# 224: fmul.d rup frm=0 -> NX
	ENTRY(45, 0, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000002, 1)
	# 225: fmul.d rmm frm=0 -> NX
	ENTRY(46, 0, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000002, 1)
	# 226: fmul.d dyn frm=0 -> NX
	ENTRY(47, 0, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000002, 1)
	# 227: fmul.d dyn frm=1 -> NX
	ENTRY(47, 1, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000002, 1)
	# 228: fmul.d dyn frm=2 -> NX
	ENTRY(47, 2, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000003, 1)
	# 229: fmul.d dyn frm=3 -> NX
	ENTRY(47, 3, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000002, 1)
	# 230: fmul.d dyn frm=4 -> NX
	ENTRY(47, 4, 0xbff0000000000001, 0x3ff0000000000001, 0, 0xbff0000000000002, 1)
	# 231: fmul.d rne frm=4 -> OF NX
	ENTRY(42, 4, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7ff0000000000000, 5)
	# 232: fmul.d rtz frm=2 -> OF NX
	ENTRY(43, 2, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7fefffffffffffff, 5)
	# 233: fmul.d rdn frm=4 -> OF NX
	ENTRY(44, 4, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7fefffffffffffff, 5)
	# 234: fmul.d rup frm=2 -> OF NX
	ENTRY(45, 2, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7ff0000000000000, 5)
	# 235: fmul.d rmm frm=2 -> OF NX
	ENTRY(46, 2, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7ff0000000000000, 5)
	# 236: fmul.d dyn frm=0 -> OF NX
	ENTRY(47, 0, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7ff0000000000000, 5)
	# 237: fmul.d dyn frm=1 -> OF NX
	ENTRY(47, 1, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7fefffffffffffff, 5)
	# 238: fmul.d dyn frm=2 -> OF NX
	ENTRY(47, 2, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7fefffffffffffff, 5)
	# 239: fmul.d dyn frm=3 -> OF NX
	ENTRY(47, 3, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7ff0000000000000, 5)
	# 240: fmul.d dyn frm=4 -> OF NX
	ENTRY(47, 4, 0x7fefffffffffffff, 0x4000000000000000, 0, 0x7ff0000000000000, 5)
	# 241: fmul.d rne frm=4 -> UF NX
	ENTRY(42, 4, 0x3fefffffffffffff, 0x10000000000000, 0, 0x10000000000000, 3)
	# 242: fmul.d rtz frm=4 -> UF NX
	ENTRY(43, 4, 0x3fefffffffffffff, 0x10000000000000, 0, 0xfffffffffffff, 3)
	# 243: fmul.d rdn frm=1 -> UF NX
	ENTRY(44, 1, 0x3fefffffffffffff, 0x10000000000000, 0, 0xfffffffffffff, 3)
	# 244: fmul.d rup frm=2 -> UF NX
	ENTRY(45, 2, 0x3fefffffffffffff, 0x10000000000000, 0, 0x10000000000000, 3)
	# 245: fmul.d rmm frm=1 -> UF NX
	ENTRY(46, 1, 0x3fefffffffffffff, 0x10000000000000, 0, 0x10000000000000, 3)
	# 246: fmul.d dyn frm=0 -> UF NX
	ENTRY(47, 0, 0x3fefffffffffffff, 0x10000000000000, 0, 0x10000000000000, 3)
	# 247: fmul.d dyn frm=1 -> UF NX
	ENTRY(47, 1, 0x3fefffffffffffff, 0x10000000000000, 0, 0xfffffffffffff, 3)
	# 248: fmul.d dyn frm=2 -> UF NX
	ENTRY(47, 2, 0x3fefffffffffffff, 0x10000000000000, 0, 0xfffffffffffff, 3)
	# 249: fmul.d dyn frm=3 -> UF NX
	ENTRY(47, 3, 0x3fefffffffffffff, 0x10000000000000, 0, 0x10000000000000, 3)
	# 250: fmul.d dyn frm=4 -> UF NX
	ENTRY(47, 4, 0x3fefffffffffffff, 0x10000000000000, 0, 0x10000000000000, 3)
	# 251: fmul.d rne frm=2 -> UF NX
	ENTRY(42, 2, 0x1, 0x3fe0000000000000, 0, 0, 3)
	# 252: fmul.d rtz frm=4 -> UF NX
	ENTRY(43, 4, 0x1, 0x3fe0000000000000, 0, 0, 3)
	# 253: fmul.d rdn frm=3 -> UF NX
	ENTRY(44, 3, 0x1, 0x3fe0000000000000, 0, 0, 3)
	# 254: fmul.d rup frm=2 -> UF NX
	ENTRY(45, 2, 0x1, 0x3fe0000000000000, 0, 0x1, 3)
	# 255: fmul.d rmm frm=2 -> UF NX
	ENTRY(46, 2, 0x1, 0x3fe0000000000000, 0, 0x1, 3)
	# 257: fmul.d dyn frm=0 -> UF NX
	ENTRY(47, 0, 0x1, 0x3fe0000000000000, 0, 0, 3)
	# 258: fmul.d dyn frm=1 -> UF NX
	ENTRY(47, 1, 0x1, 0x3fe0000000000000, 0, 0, 3)
	# 259: fmul.d dyn frm=2 -> UF NX
	ENTRY(47, 2, 0x1, 0x3fe0000000000000, 0, 0, 3)
	# 260: fmul.d dyn frm=3 -> UF NX
	ENTRY(47, 3, 0x1, 0x3fe0000000000000, 0, 0x1, 3)
	# 261: fmul.d dyn frm=4 -> UF NX
	ENTRY(47, 4, 0x1, 0x3fe0000000000000, 0, 0x1, 3)
	# 262: fmul.d rne frm=2 -> UF NX
	ENTRY(42, 2, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000002, 3)
	# 263: fmul.d rtz frm=2 -> UF NX
	ENTRY(43, 2, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000001, 3)
	# 264: fmul.d rdn frm=3 -> UF NX
	ENTRY(44, 3, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000002, 3)
	# 265: fmul.d rup frm=0 -> UF NX
	ENTRY(45, 0, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000001, 3)
	# 266: fmul.d rmm frm=1 -> UF NX
	ENTRY(46, 1, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000002, 3)
	# 267: fmul.d dyn frm=0 -> UF NX
	ENTRY(47, 0, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000002, 3)
	# 268: fmul.d dyn frm=1 -> UF NX
	ENTRY(47, 1, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000001, 3)
	# 269: fmul.d dyn frm=2 -> UF NX
	ENTRY(47, 2, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000002, 3)
	# 270: fmul.d dyn frm=3 -> UF NX
	ENTRY(47, 3, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000001, 3)
	# 271: fmul.d dyn frm=4 -> UF NX
	ENTRY(47, 4, 0x8000000000000003, 0x3fe0000000000000, 0, 0x8000000000000002, 3)
	# 272: fmul.d rne frm=2 -> -
	ENTRY(42, 2, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 273: fmul.d rtz frm=4 -> -
	ENTRY(43, 4, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 274: fmul.d rdn frm=0 -> -
	ENTRY(44, 0, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 275: fmul.d rup frm=0 -> -
	ENTRY(45, 0, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 276: fmul.d rmm frm=2 -> -
	ENTRY(46, 2, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 277: fmul.d dyn frm=0 -> -
	ENTRY(47, 0, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 278: fmul.d dyn frm=1 -> -
	ENTRY(47, 1, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 279: fmul.d dyn frm=2 -> -
	ENTRY(47, 2, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 280: fmul.d dyn frm=3 -> -
	ENTRY(47, 3, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 281: fmul.d dyn frm=4 -> -
	ENTRY(47, 4, 0x1ff0000000000000, 0x1ff0000000000000, 0, 0x4000000000000, 0)
	# 282: fmul.d rne frm=4 -> -
	ENTRY(42, 4, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 283: fmul.d rtz frm=4 -> -
	ENTRY(43, 4, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 284: fmul.d rdn frm=1 -> -
	ENTRY(44, 1, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 285: fmul.d rup frm=2 -> -
	ENTRY(45, 2, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 286: fmul.d rmm frm=2 -> -
	ENTRY(46, 2, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 287: fmul.d dyn frm=0 -> -
	ENTRY(47, 0, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 288: fmul.d dyn frm=1 -> -
	ENTRY(47, 1, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 289: fmul.d dyn frm=2 -> -
	ENTRY(47, 2, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 290: fmul.d dyn frm=3 -> -
	ENTRY(47, 3, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 291: fmul.d dyn frm=4 -> -
	ENTRY(47, 4, 0x1ff0000000000000, 0x2000000000000000, 0, 0x8000000000000, 0)
	# 292: fmul.d rne frm=2 -> NX
	ENTRY(42, 2, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3ff0000000000000, 1)
	# 293: fmul.d rtz frm=2 -> NX
	ENTRY(43, 2, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3fefffffffffffff, 1)
	# 294: fmul.d rdn frm=1 -> NX
	ENTRY(44, 1, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3fefffffffffffff, 1)
	# 295: fmul.d rup frm=2 -> NX
	ENTRY(45, 2, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3ff0000000000000, 1)
	# 296: fmul.d rmm frm=2 -> NX
	ENTRY(46, 2, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3ff0000000000000, 1)
	# 297: fmul.d dyn frm=0 -> NX
	ENTRY(47, 0, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3ff0000000000000, 1)
	# 298: fmul.d dyn frm=1 -> NX
	ENTRY(47, 1, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3fefffffffffffff, 1)
	# 299: fmul.d dyn frm=2 -> NX
	ENTRY(47, 2, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3fefffffffffffff, 1)
	# 300: fmul.d dyn frm=3 -> NX
	ENTRY(47, 3, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3ff0000000000000, 1)
	# 301: fmul.d dyn frm=4 -> NX
	ENTRY(47, 4, 0x3fd5555555555555, 0x4008000000000000, 0, 0x3ff0000000000000, 1)
	# 302: fdiv.d rne frm=4 -> NX
	ENTRY(48, 4, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555555, 1)
	# 303: fdiv.d rtz frm=2 -> NX
	ENTRY(49, 2, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555555, 1)
	# 304: fdiv.d rdn frm=3 -> NX
	ENTRY(50, 3, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555555, 1)
	# 305: fdiv.d rup frm=4 -> NX
	ENTRY(51, 4, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555556, 1)
	# 306: fdiv.d rmm frm=2 -> NX
	ENTRY(52, 2, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555555, 1)
	# 307: fdiv.d dyn frm=0 -> NX
	ENTRY(53, 0, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555555, 1)
	# 308: fdiv.d dyn frm=1 -> NX
	ENTRY(53, 1, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555555, 1)
	# 309: fdiv.d dyn frm=2 -> NX
	ENTRY(53, 2, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555555, 1)
	# 310: fdiv.d dyn frm=3 -> NX
	ENTRY(53, 3, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555556, 1)
	# 311: fdiv.d dyn frm=4 -> NX
	ENTRY(53, 4, 0x3ff0000000000000, 0x4008000000000000, 0, 0x3fd5555555555555, 1)
	# 312: fdiv.d rne frm=4 -> NX
	ENTRY(48, 4, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555555, 1)
	# 313: fdiv.d rtz frm=3 -> NX
	ENTRY(49, 3, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555555, 1)
	# 314: fdiv.d rdn frm=4 -> NX
	ENTRY(50, 4, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555555, 1)
	# 315: fdiv.d rup frm=1 -> NX
	ENTRY(51, 1, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555556, 1)
	# 316: fdiv.d rmm frm=1 -> NX
	ENTRY(52, 1, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555555, 1)
	# 317: fdiv.d dyn frm=0 -> NX
	ENTRY(53, 0, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555555, 1)
	# 318: fdiv.d dyn frm=1 -> NX
	ENTRY(53, 1, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555555, 1)
	# 319: fdiv.d dyn frm=2 -> NX
	ENTRY(53, 2, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555555, 1)
	# 320: fdiv.d dyn frm=3 -> NX
	ENTRY(53, 3, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555556, 1)
	# 321: fdiv.d dyn frm=4 -> NX
	ENTRY(53, 4, 0x4000000000000000, 0x4008000000000000, 0, 0x3fe5555555555555, 1)
	# 322: fdiv.d rne frm=3 -> NX
	ENTRY(48, 3, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555555, 1)
	# 323: fdiv.d rtz frm=3 -> NX
	ENTRY(49, 3, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555555, 1)
	# 324: fdiv.d rdn frm=3 -> NX
	ENTRY(50, 3, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555556, 1)
	# 325: fdiv.d rup frm=0 -> NX
	ENTRY(51, 0, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555555, 1)
	# 326: fdiv.d rmm frm=2 -> NX
	ENTRY(52, 2, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555555, 1)
	# 327: fdiv.d dyn frm=0 -> NX
	ENTRY(53, 0, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555555, 1)
	# 328: fdiv.d dyn frm=1 -> NX
	ENTRY(53, 1, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555555, 1)
	# 329: fdiv.d dyn frm=2 -> NX
	ENTRY(53, 2, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555556, 1)
	# 330: fdiv.d dyn frm=3 -> NX
	ENTRY(53, 3, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555555, 1)
	# 331: fdiv.d dyn frm=4 -> NX
	ENTRY(53, 4, 0xbff0000000000000, 0x4008000000000000, 0, 0xbfd5555555555555, 1)
	# 332: fdiv.d rne frm=4 -> NX
	ENTRY(48, 4, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb999999999999a, 1)
	# 333: fdiv.d rtz frm=4 -> NX
	ENTRY(49, 4, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb9999999999999, 1)
	# 334: fdiv.d rdn frm=1 -> NX
	ENTRY(50, 1, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb9999999999999, 1)
	# 335: fdiv.d rup frm=4 -> NX
	ENTRY(51, 4, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb999999999999a, 1)
	# 336: fdiv.d rmm frm=0 -> NX
	ENTRY(52, 0, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb999999999999a, 1)
	# 337: fdiv.d dyn frm=0 -> NX
	ENTRY(53, 0, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb999999999999a, 1)
	# 338: fdiv.d dyn frm=1 -> NX
	ENTRY(53, 1, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb9999999999999, 1)
	# 339: fdiv.d dyn frm=2 -> NX
	ENTRY(53, 2, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb9999999999999, 1)
	# 340: fdiv.d dyn frm=3 -> NX
	ENTRY(53, 3, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb999999999999a, 1)
	# 341: fdiv.d dyn frm=4 -> NX
	ENTRY(53, 4, 0x3ff0000000000000, 0x4024000000000000, 0, 0x3fb999999999999a, 1)
	# 342: fdiv.d rne frm=1 -> OF NX
	ENTRY(48, 1, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7ff0000000000000, 5)
	# 343: fdiv.d rtz frm=4 -> OF NX
	ENTRY(49, 4, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7fefffffffffffff, 5)
	# 344: fdiv.d rdn frm=4 -> OF NX
	ENTRY(50, 4, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7fefffffffffffff, 5)
	# 345: fdiv.d rup frm=4 -> OF NX
	ENTRY(51, 4, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7ff0000000000000, 5)
	# 346: fdiv.d rmm frm=0 -> OF NX
	ENTRY(52, 0, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7ff0000000000000, 5)
	# 347: fdiv.d dyn frm=0 -> OF NX
	ENTRY(53, 0, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7ff0000000000000, 5)
	# 348: fdiv.d dyn frm=1 -> OF NX
	ENTRY(53, 1, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7fefffffffffffff, 5)
	# 349: fdiv.d dyn frm=2 -> OF NX
	ENTRY(53, 2, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7fefffffffffffff, 5)
	# 350: fdiv.d dyn frm=3 -> OF NX
	ENTRY(53, 3, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7ff0000000000000, 5)
	# 351: fdiv.d dyn frm=4 -> OF NX
	ENTRY(53, 4, 0x7fefffffffffffff, 0x3fe0000000000000, 0, 0x7ff0000000000000, 5)
	# 352: fdiv.d rne frm=2 -> UF NX
	ENTRY(48, 2, 0x1, 0x4000000000000000, 0, 0, 3)
	# 353: fdiv.d rtz frm=0 -> UF NX
	ENTRY(49, 0, 0x1, 0x4000000000000000, 0, 0, 3)
	# 354: fdiv.d rdn frm=1 -> UF NX
	ENTRY(50, 1, 0x1, 0x4000000000000000, 0, 0, 3)
	# 355: fdiv.d rup frm=0 -> UF NX
	ENTRY(51, 0, 0x1, 0x4000000000000000, 0, 0x1, 3)
	# 356: fdiv.d rmm frm=2 -> UF NX
	ENTRY(52, 2, 0x1, 0x4000000000000000, 0, 0x1, 3)
	# 357: fdiv.d dyn frm=0 -> UF NX
	ENTRY(53, 0, 0x1, 0x4000000000000000, 0, 0, 3)
	# 358: fdiv.d dyn frm=1 -> UF NX
	ENTRY(53, 1, 0x1, 0x4000000000000000, 0, 0, 3)
	# 359: fdiv.d dyn frm=2 -> UF NX
	ENTRY(53, 2, 0x1, 0x4000000000000000, 0, 0, 3)
	# 360: fdiv.d dyn frm=3 -> UF NX
	ENTRY(53, 3, 0x1, 0x4000000000000000, 0, 0x1, 3)
	# 361: fdiv.d dyn frm=4 -> UF NX
	ENTRY(53, 4, 0x1, 0x4000000000000000, 0, 0x1, 3)
	# 362: fdiv.d rne frm=4 -> UF NX
	ENTRY(48, 4, 0x3, 0x4010000000000000, 0, 0x1, 3)
	# 363: fdiv.d rtz frm=4 -> UF NX
	ENTRY(49, 4, 0x3, 0x4010000000000000, 0, 0, 3)
	# 364: fdiv.d rdn frm=0 -> UF NX
	ENTRY(50, 0, 0x3, 0x4010000000000000, 0, 0, 3)
	# 365: fdiv.d rup frm=0 -> UF NX
	ENTRY(51, 0, 0x3, 0x4010000000000000, 0, 0x1, 3)
	# 366: fdiv.d rmm frm=2 -> UF NX
	ENTRY(52, 2, 0x3, 0x4010000000000000, 0, 0x1, 3)
	# 367: fdiv.d dyn frm=0 -> UF NX
	ENTRY(53, 0, 0x3, 0x4010000000000000, 0, 0x1, 3)
	# 368: fdiv.d dyn frm=1 -> UF NX
	ENTRY(53, 1, 0x3, 0x4010000000000000, 0, 0, 3)
	# 369: fdiv.d dyn frm=2 -> UF NX
	ENTRY(53, 2, 0x3, 0x4010000000000000, 0, 0, 3)
	# 370: fdiv.d dyn frm=3 -> UF NX
	ENTRY(53, 3, 0x3, 0x4010000000000000, 0, 0x1, 3)
	# 371: fdiv.d dyn frm=4 -> UF NX
	ENTRY(53, 4, 0x3, 0x4010000000000000, 0, 0x1, 3)
	# 372: fdiv.d rne frm=1 -> UF NX
	ENTRY(48, 1, 0x10000000000000, 0x3ff0000000000001, 0, 0xfffffffffffff, 3)
	# 373: fdiv.d rtz frm=2 -> UF NX
	ENTRY(49, 2, 0x10000000000000, 0x3ff0000000000001, 0, 0xfffffffffffff, 3)
	# 374: fdiv.d rdn frm=4 -> UF NX
	ENTRY(50, 4, 0x10000000000000, 0x3ff0000000000001, 0, 0xfffffffffffff, 3)
	# 375: fdiv.d rup frm=2 -> UF NX
	ENTRY(51, 2, 0x10000000000000, 0x3ff0000000000001, 0, 0x10000000000000, 3)
	# 376: fdiv.d rmm frm=0 -> UF NX
	ENTRY(52, 0, 0x10000000000000, 0x3ff0000000000001, 0, 0xfffffffffffff, 3)
	# 377: fdiv.d dyn frm=0 -> UF NX
	ENTRY(53, 0, 0x10000000000000, 0x3ff0000000000001, 0, 0xfffffffffffff, 3)
	# 378: fdiv.d dyn frm=1 -> UF NX
	ENTRY(53, 1, 0x10000000000000, 0x3ff0000000000001, 0, 0xfffffffffffff, 3)
	# 379: fdiv.d dyn frm=2 -> UF NX
	ENTRY(53, 2, 0x10000000000000, 0x3ff0000000000001, 0, 0xfffffffffffff, 3)
	# 380: fdiv.d dyn frm=3 -> UF NX
	ENTRY(53, 3, 0x10000000000000, 0x3ff0000000000001, 0, 0x10000000000000, 3)
	# 381: fdiv.d dyn frm=4 -> UF NX
	ENTRY(53, 4, 0x10000000000000, 0x3ff0000000000001, 0, 0xfffffffffffff, 3)
	# 382: fsqrt.d rne frm=2 -> NX
	ENTRY(54, 2, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcd, 1)
	# 383: fsqrt.d rtz frm=0 -> NX
	ENTRY(55, 0, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcc, 1)
	# 384: fsqrt.d rdn frm=1 -> NX
	ENTRY(56, 1, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcc, 1)
	# 385: fsqrt.d rup frm=0 -> NX
	ENTRY(57, 0, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcd, 1)
	# 386: fsqrt.d rmm frm=3 -> NX
	ENTRY(58, 3, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcd, 1)
	# 387: fsqrt.d dyn frm=0 -> NX
	ENTRY(59, 0, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcd, 1)
	# 388: fsqrt.d dyn frm=1 -> NX
	ENTRY(59, 1, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcc, 1)
	# 389: fsqrt.d dyn frm=2 -> NX
	ENTRY(59, 2, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcc, 1)
	# 390: fsqrt.d dyn frm=3 -> NX
	ENTRY(59, 3, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcd, 1)
	# 391: fsqrt.d dyn frm=4 -> NX
	ENTRY(59, 4, 0x4000000000000000, 0, 0, 0x3ff6a09e667f3bcd, 1)
	# 392: fsqrt.d rne frm=3 -> NX
	ENTRY(54, 3, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584caa, 1)
	# 393: fsqrt.d rtz frm=4 -> NX
	ENTRY(55, 4, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584caa, 1)
	# 394: fsqrt.d rdn frm=1 -> NX
	ENTRY(56, 1, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584caa, 1)
	# 395: fsqrt.d rup frm=2 -> NX
	ENTRY(57, 2, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584cab, 1)
	# 396: fsqrt.d rmm frm=0 -> NX
	ENTRY(58, 0, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584caa, 1)
	# 397: fsqrt.d dyn frm=0 -> NX
	ENTRY(59, 0, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584caa, 1)
	# 398: fsqrt.d dyn frm=1 -> NX
	ENTRY(59, 1, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584caa, 1)
	# 399: fsqrt.d dyn frm=2 -> NX
	ENTRY(59, 2, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584caa, 1)
	# 400: fsqrt.d dyn frm=3 -> NX
	ENTRY(59, 3, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584cab, 1)
	# 401: fsqrt.d dyn frm=4 -> NX
	ENTRY(59, 4, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584caa, 1)
	# 402: fsqrt.d rne frm=3 -> NX
	ENTRY(54, 3, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a8, 1)
	# 403: fsqrt.d rtz frm=0 -> NX
	ENTRY(55, 0, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a7, 1)
	# 404: fsqrt.d rdn frm=1 -> NX
	ENTRY(56, 1, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a7, 1)
	# 405: fsqrt.d rup frm=4 -> NX
	ENTRY(57, 4, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a8, 1)
	# 406: fsqrt.d rmm frm=0 -> NX
	ENTRY(58, 0, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a8, 1)
	# 407: fsqrt.d dyn frm=0 -> NX
	ENTRY(59, 0, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a8, 1)
	# 408: fsqrt.d dyn frm=1 -> NX
	ENTRY(59, 1, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a7, 1)
	# 409: fsqrt.d dyn frm=2 -> NX
	ENTRY(59, 2, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a7, 1)
	# 410: fsqrt.d dyn frm=3 -> NX
	ENTRY(59, 3, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a8, 1)
	# 411: fsqrt.d dyn frm=4 -> NX
	ENTRY(59, 4, 0x4014000000000000, 0, 0, 0x4001e3779b97f4a8, 1)
	# 412: fsqrt.d rne frm=3 -> -
	ENTRY(54, 3, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 413: fsqrt.d rtz frm=3 -> -
	ENTRY(55, 3, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 414: fsqrt.d rdn frm=0 -> -
	ENTRY(56, 0, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 415: fsqrt.d rup frm=4 -> -
	ENTRY(57, 4, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 416: fsqrt.d rmm frm=1 -> -
	ENTRY(58, 1, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 417: fsqrt.d dyn frm=0 -> -
	ENTRY(59, 0, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 418: fsqrt.d dyn frm=1 -> -
	ENTRY(59, 1, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 419: fsqrt.d dyn frm=2 -> -
	ENTRY(59, 2, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 420: fsqrt.d dyn frm=3 -> -
	ENTRY(59, 3, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 421: fsqrt.d dyn frm=4 -> -
	ENTRY(59, 4, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 422: fsqrt.d rne frm=3 -> NX
	ENTRY(54, 3, 0x3ff0000000000001, 0, 0, 0x3ff0000000000000, 1)
	# 423: fsqrt.d rtz frm=4 -> NX
	ENTRY(55, 4, 0x3ff0000000000001, 0, 0, 0x3ff0000000000000, 1)
	# 424: fsqrt.d rdn frm=4 -> NX
	ENTRY(56, 4, 0x3ff0000000000001, 0, 0, 0x3ff0000000000000, 1)
	# 425: fsqrt.d rup frm=0 -> NX
	ENTRY(57, 0, 0x3ff0000000000001, 0, 0, 0x3ff0000000000001, 1)
	# 426: fsqrt.d rmm frm=2 -> NX
	ENTRY(58, 2, 0x3ff0000000000001, 0, 0, 0x3ff0000000000000, 1)
	# 427: fsqrt.d dyn frm=0 -> NX
	ENTRY(59, 0, 0x3ff0000000000001, 0, 0, 0x3ff0000000000000, 1)
	# 428: fsqrt.d dyn frm=1 -> NX
	ENTRY(59, 1, 0x3ff0000000000001, 0, 0, 0x3ff0000000000000, 1)
	# 429: fsqrt.d dyn frm=2 -> NX
	ENTRY(59, 2, 0x3ff0000000000001, 0, 0, 0x3ff0000000000000, 1)
	# 430: fsqrt.d dyn frm=3 -> NX
	ENTRY(59, 3, 0x3ff0000000000001, 0, 0, 0x3ff0000000000001, 1)
	# 431: fsqrt.d dyn frm=4 -> NX
	ENTRY(59, 4, 0x3ff0000000000001, 0, 0, 0x3ff0000000000000, 1)
	# 432: fsqrt.d rne frm=3 -> NX
	ENTRY(54, 3, 0x7fefffffffffffff, 0, 0, 0x5fefffffffffffff, 1)
	# 433: fsqrt.d rtz frm=4 -> NX
	ENTRY(55, 4, 0x7fefffffffffffff, 0, 0, 0x5fefffffffffffff, 1)
	# 434: fsqrt.d rdn frm=4 -> NX
	ENTRY(56, 4, 0x7fefffffffffffff, 0, 0, 0x5fefffffffffffff, 1)
	# 435: fsqrt.d rup frm=4 -> NX
	ENTRY(57, 4, 0x7fefffffffffffff, 0, 0, 0x5ff0000000000000, 1)
	# 436: fsqrt.d rmm frm=3 -> NX
	ENTRY(58, 3, 0x7fefffffffffffff, 0, 0, 0x5fefffffffffffff, 1)
	# 437: fsqrt.d dyn frm=0 -> NX
	ENTRY(59, 0, 0x7fefffffffffffff, 0, 0, 0x5fefffffffffffff, 1)
	# 438: fsqrt.d dyn frm=1 -> NX
	ENTRY(59, 1, 0x7fefffffffffffff, 0, 0, 0x5fefffffffffffff, 1)
	# 439: fsqrt.d dyn frm=2 -> NX
	ENTRY(59, 2, 0x7fefffffffffffff, 0, 0, 0x5fefffffffffffff, 1)
	# 440: fsqrt.d dyn frm=3 -> NX
	ENTRY(59, 3, 0x7fefffffffffffff, 0, 0, 0x5ff0000000000000, 1)
	# 441: fsqrt.d dyn frm=4 -> NX
	ENTRY(59, 4, 0x7fefffffffffffff, 0, 0, 0x5fefffffffffffff, 1)
	# 442: fadd.d rdn frm=2 -> -
	ENTRY(32, 2, 0, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 443: fadd.d rup frm=1 -> -
	ENTRY(33, 1, 0, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 444: fadd.d rup frm=1 -> -
	ENTRY(33, 1, 0, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 445: fadd.d rtz frm=1 -> -
	ENTRY(31, 1, 0, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 446: fadd.d rmm frm=1 -> -
	ENTRY(34, 1, 0, 0x8000000000000001, 0, 0x8000000000000001, 0)
	# 447: fadd.d rne frm=1 -> -
	ENTRY(30, 1, 0, 0x8010000000000000, 0, 0x8010000000000000, 0)
	# 448: fadd.d rtz frm=3 -> -
	ENTRY(31, 3, 0, 0x3ff0000000000001, 0, 0x3ff0000000000001, 0)
	# 449: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0, 0x3ca0000000000000, 0, 0x3ca0000000000000, 0)
	# 450: fadd.d rne frm=0 -> -
	ENTRY(30, 0, 0x3ff0000000000000, 0x8000000000000000, 0, 0x3ff0000000000000, 0)
	# 451: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0x3ff0000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 452: fadd.d dyn frm=2 -> -
	ENTRY(35, 2, 0x3ff0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 453: fadd.d rdn frm=3 -> -
	ENTRY(32, 3, 0x3ff0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 454: fadd.d rne frm=3 -> NX
	ENTRY(30, 3, 0x3ff0000000000000, 0x8000000000000001, 0, 0x3ff0000000000000, 1)
	# 455: fadd.d rdn frm=2 -> NX
	ENTRY(32, 2, 0x3ff0000000000000, 0x8010000000000000, 0, 0x3fefffffffffffff, 1)
	# 456: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0x3ff0000000000000, 0x3ff0000000000001, 0, 0x4000000000000001, 1)
	# 457: fadd.d rtz frm=4 -> NX
	ENTRY(31, 4, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000000, 1)
	# 458: fadd.d rtz frm=1 -> -
	ENTRY(31, 1, 0x7ff0000000000000, 0x8000000000000000, 0, 0x7ff0000000000000, 0)
	# 459: fadd.d rup frm=4 -> -
	ENTRY(33, 4, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 460: fadd.d rup frm=3 -> -
	ENTRY(33, 3, 0x7ff0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 461: fadd.d rup frm=4 -> -
	ENTRY(33, 4, 0x7ff0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 462: fadd.d rup frm=3 -> -
	ENTRY(33, 3, 0x7ff0000000000000, 0x8000000000000001, 0, 0x7ff0000000000000, 0)
	# 463: fadd.d rne frm=4 -> -
	ENTRY(30, 4, 0x7ff0000000000000, 0x8010000000000000, 0, 0x7ff0000000000000, 0)
	# 464: fadd.d rmm frm=4 -> -
	ENTRY(34, 4, 0x7ff0000000000000, 0x3ff0000000000001, 0, 0x7ff0000000000000, 0)
	# 465: fadd.d rmm frm=3 -> -
	ENTRY(34, 3, 0x7ff0000000000000, 0x3ca0000000000000, 0, 0x7ff0000000000000, 0)
	# 466: fadd.d rdn frm=3 -> -
	ENTRY(32, 3, 0x7ff8000000000000, 0x8000000000000000, 0, 0x7ff8000000000000, 0)
	# 467: fadd.d rmm frm=2 -> -
	ENTRY(34, 2, 0x7ff8000000000000, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 468: fadd.d rmm frm=0 -> -
	ENTRY(34, 0, 0x7ff8000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 469: fadd.d rdn frm=3 -> -
	ENTRY(32, 3, 0x7ff8000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 470: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0x7ff8000000000000, 0x8000000000000001, 0, 0x7ff8000000000000, 0)
	# 471: fadd.d rdn frm=1 -> -
	ENTRY(32, 1, 0x7ff8000000000000, 0x8010000000000000, 0, 0x7ff8000000000000, 0)
	# 472: fadd.d dyn frm=4 -> -
	ENTRY(35, 4, 0x7ff8000000000000, 0x3ff0000000000001, 0, 0x7ff8000000000000, 0)
	# 473: fadd.d rne frm=2 -> -
	ENTRY(30, 2, 0x7ff8000000000000, 0x3ca0000000000000, 0, 0x7ff8000000000000, 0)
	# 474: fadd.d rup frm=3 -> NV
	ENTRY(33, 3, 0x7ff0000000000001, 0x8000000000000000, 0, 0x7ff8000000000000, 16)
	# 475: fadd.d rup frm=2 -> NV
	ENTRY(33, 2, 0x7ff0000000000001, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 476: fadd.d rtz frm=0 -> NV
	ENTRY(31, 0, 0x7ff0000000000001, 0xfff8000000000000, 0, 0x7ff8000000000000, 16)
	# 477: fadd.d rtz frm=0 -> NV
	ENTRY(31, 0, 0x7ff0000000000001, 0x7ff8000012345678, 0, 0x7ff8000000000000, 16)
	# 478: fadd.d dyn frm=2 -> NV
	ENTRY(35, 2, 0x7ff0000000000001, 0x8000000000000001, 0, 0x7ff8000000000000, 16)
	# 479: fadd.d rtz frm=4 -> NV
	ENTRY(31, 4, 0x7ff0000000000001, 0x8010000000000000, 0, 0x7ff8000000000000, 16)
	# 480: fadd.d dyn frm=0 -> NV
	ENTRY(35, 0, 0x7ff0000000000001, 0x3ff0000000000001, 0, 0x7ff8000000000000, 16)
	# 481: fadd.d rdn frm=4 -> NV
	ENTRY(32, 4, 0x7ff0000000000001, 0x3ca0000000000000, 0, 0x7ff8000000000000, 16)
	# 482: fadd.d rtz frm=4 -> -
	ENTRY(31, 4, 0x7ff8000012345678, 0x8000000000000000, 0, 0x7ff8000000000000, 0)
	# 483: fadd.d rne frm=1 -> -
	ENTRY(30, 1, 0x7ff8000012345678, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 484: fadd.d rmm frm=4 -> -
	ENTRY(34, 4, 0x7ff8000012345678, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 485: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0x7ff8000012345678, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 486: fadd.d rup frm=0 -> -
	ENTRY(33, 0, 0x7ff8000012345678, 0x8000000000000001, 0, 0x7ff8000000000000, 0)
	# 487: fadd.d rtz frm=1 -> -
	ENTRY(31, 1, 0x7ff8000012345678, 0x8010000000000000, 0, 0x7ff8000000000000, 0)
	# 488: fadd.d dyn frm=4 -> -
	ENTRY(35, 4, 0x7ff8000012345678, 0x3ff0000000000001, 0, 0x7ff8000000000000, 0)
	# 489: fadd.d rtz frm=0 -> -
	ENTRY(31, 0, 0x7ff8000012345678, 0x3ca0000000000000, 0, 0x7ff8000000000000, 0)
	# 490: fadd.d rtz frm=0 -> -
	ENTRY(31, 0, 0x1, 0x8000000000000000, 0, 0x1, 0)
	# 491: fadd.d dyn frm=0 -> -
	ENTRY(35, 0, 0x1, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 492: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0x1, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 493: fadd.d rtz frm=0 -> -
	ENTRY(31, 0, 0x1, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 494: fadd.d rup frm=2 -> -
	ENTRY(33, 2, 0x1, 0x8000000000000001, 0, 0, 0)
	# 495: fadd.d rtz frm=0 -> -
	ENTRY(31, 0, 0x1, 0x8010000000000000, 0, 0x800fffffffffffff, 0)
	# 496: fadd.d rtz frm=2 -> NX
	ENTRY(31, 2, 0x1, 0x3ff0000000000001, 0, 0x3ff0000000000001, 1)
	# 497: fadd.d rtz frm=0 -> NX
	ENTRY(31, 0, 0x1, 0x3ca0000000000000, 0, 0x3ca0000000000000, 1)
	# 498: fadd.d rne frm=4 -> -
	ENTRY(30, 4, 0xfffffffffffff, 0x8000000000000000, 0, 0xfffffffffffff, 0)
	# 499: fadd.d rmm frm=2 -> -
	ENTRY(34, 2, 0xfffffffffffff, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 500: fadd.d rne frm=2 -> -
	ENTRY(30, 2, 0xfffffffffffff, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 501: fadd.d rup frm=0 -> -
	ENTRY(33, 0, 0xfffffffffffff, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 502: fadd.d rdn frm=1 -> -
	ENTRY(32, 1, 0xfffffffffffff, 0x8000000000000001, 0, 0xffffffffffffe, 0)
	# 503: fadd.d dyn frm=1 -> -
	ENTRY(35, 1, 0xfffffffffffff, 0x8010000000000000, 0, 0x8000000000000001, 0)
	# 504: fadd.d rne frm=4 -> NX
	ENTRY(30, 4, 0xfffffffffffff, 0x3ff0000000000001, 0, 0x3ff0000000000001, 1)
	# 505: fadd.d rne frm=2 -> NX
	ENTRY(30, 2, 0xfffffffffffff, 0x3ca0000000000000, 0, 0x3ca0000000000000, 1)
	# 506: fadd.d rup frm=3 -> -
	ENTRY(33, 3, 0x8010000000000000, 0x8000000000000000, 0, 0x8010000000000000, 0)
	# 507: fadd.d rne frm=2 -> -
	ENTRY(30, 2, 0x8010000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 508: fadd.d rtz frm=3 -> -
	ENTRY(31, 3, 0x8010000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 509: fadd.d rdn frm=2 -> -
	ENTRY(32, 2, 0x8010000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 510: fadd.d rmm frm=2 -> -
	ENTRY(34, 2, 0x8010000000000000, 0x8000000000000001, 0, 0x8010000000000001, 0)
	# 511: fadd.d rne frm=3 -> -
	ENTRY(30, 3, 0x8010000000000000, 0x8010000000000000, 0, 0x8020000000000000, 0)
	# 513: fadd.d rmm frm=0 -> NX
	ENTRY(34, 0, 0x8010000000000000, 0x3ff0000000000001, 0, 0x3ff0000000000001, 1)
	# 514: fadd.d rne frm=3 -> NX
	ENTRY(30, 3, 0x8010000000000000, 0x3ca0000000000000, 0, 0x3ca0000000000000, 1)
	# 515: fadd.d rmm frm=1 -> -
	ENTRY(34, 1, 0xffefffffffffffff, 0x8000000000000000, 0, 0xffefffffffffffff, 0)
	# 516: fadd.d rmm frm=2 -> -
	ENTRY(34, 2, 0xffefffffffffffff, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 517: fadd.d rdn frm=0 -> -
	ENTRY(32, 0, 0xffefffffffffffff, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 518: fadd.d rdn frm=2 -> -
	ENTRY(32, 2, 0xffefffffffffffff, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 519: fadd.d rmm frm=2 -> NX
	ENTRY(34, 2, 0xffefffffffffffff, 0x8000000000000001, 0, 0xffefffffffffffff, 1)
	# 520: fadd.d rdn frm=2 -> OF NX
	ENTRY(32, 2, 0xffefffffffffffff, 0x8010000000000000, 0, 0xfff0000000000000, 5)
	# 521: fadd.d rtz frm=4 -> NX
	ENTRY(31, 4, 0xffefffffffffffff, 0x3ff0000000000001, 0, 0xffeffffffffffffe, 1)
	# 522: fadd.d rdn frm=2 -> NX
	ENTRY(32, 2, 0xffefffffffffffff, 0x3ca0000000000000, 0, 0xffefffffffffffff, 1)
	# 523: fadd.d rmm frm=3 -> -
	ENTRY(34, 3, 0x4008000000000000, 0x8000000000000000, 0, 0x4008000000000000, 0)
	# 524: fadd.d rdn frm=0 -> -
	ENTRY(32, 0, 0x4008000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 525: fadd.d rup frm=0 -> -
	ENTRY(33, 0, 0x4008000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 526: fadd.d rmm frm=4 -> -
	ENTRY(34, 4, 0x4008000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 527: fadd.d rup frm=0 -> NX
	ENTRY(33, 0, 0x4008000000000000, 0x8000000000000001, 0, 0x4008000000000000, 1)
	# 528: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0x4008000000000000, 0x8010000000000000, 0, 0x4008000000000000, 1)
	# 529: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0x4008000000000000, 0x3ff0000000000001, 0, 0x4010000000000000, 1)
	# 530: fadd.d rne frm=1 -> NX
	ENTRY(30, 1, 0x4008000000000000, 0x3ca0000000000000, 0, 0x4008000000000000, 1)
	# 531: fadd.d rmm frm=0 -> -
	ENTRY(34, 0, 0x3ca0000000000000, 0x8000000000000000, 0, 0x3ca0000000000000, 0)
	# 532: fadd.d rdn frm=3 -> -
	ENTRY(32, 3, 0x3ca0000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 533: fadd.d rdn frm=4 -> -
	ENTRY(32, 4, 0x3ca0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 534: fadd.d rdn frm=3 -> -
	ENTRY(32, 3, 0x3ca0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 535: fadd.d rne frm=0 -> NX
	ENTRY(30, 0, 0x3ca0000000000000, 0x8000000000000001, 0, 0x3ca0000000000000, 1)
	# 536: fadd.d rdn frm=1 -> NX
	ENTRY(32, 1, 0x3ca0000000000000, 0x8010000000000000, 0, 0x3c9fffffffffffff, 1)
	# 537: fadd.d rdn frm=0 -> NX
	ENTRY(32, 0, 0x3ca0000000000000, 0x3ff0000000000001, 0, 0x3ff0000000000001, 1)
	# 538: fadd.d rtz frm=1 -> -
	ENTRY(31, 1, 0x3ca0000000000000, 0x3ca0000000000000, 0, 0x3cb0000000000000, 0)
	# 539: fsub.d rmm frm=0 -> -
	ENTRY(40, 0, 0, 0x8000000000000000, 0, 0, 0)
	# 540: fsub.d rup frm=1 -> -
	ENTRY(39, 1, 0, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 541: fsub.d rup frm=4 -> -
	ENTRY(39, 4, 0, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 542: fsub.d dyn frm=0 -> -
	ENTRY(41, 0, 0, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 543: fsub.d rmm frm=1 -> -
	ENTRY(40, 1, 0, 0x8000000000000001, 0, 0x1, 0)
	# 544: fsub.d rne frm=2 -> -
	ENTRY(36, 2, 0, 0x8010000000000000, 0, 0x10000000000000, 0)
	# 545: fsub.d dyn frm=3 -> -
	ENTRY(41, 3, 0, 0x3ff0000000000001, 0, 0xbff0000000000001, 0)
	# 546: fsub.d rne frm=2 -> -
	ENTRY(36, 2, 0, 0x3ca0000000000000, 0, 0xbca0000000000000, 0)
	# 547: fsub.d dyn frm=3 -> -
	ENTRY(41, 3, 0x3ff0000000000000, 0x8000000000000000, 0, 0x3ff0000000000000, 0)
	# 548: fsub.d rdn frm=4 -> -
	ENTRY(38, 4, 0x3ff0000000000000, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 549: fsub.d rdn frm=4 -> -
	ENTRY(38, 4, 0x3ff0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 550: fsub.d rmm frm=2 -> -
	ENTRY(40, 2, 0x3ff0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 551: fsub.d rup frm=2 -> NX
	ENTRY(39, 2, 0x3ff0000000000000, 0x8000000000000001, 0, 0x3ff0000000000001, 1)
	# 552: fsub.d rne frm=4 -> NX
	ENTRY(36, 4, 0x3ff0000000000000, 0x8010000000000000, 0, 0x3ff0000000000000, 1)
	# 553: fsub.d rmm frm=4 -> -
	ENTRY(40, 4, 0x3ff0000000000000, 0x3ff0000000000001, 0, 0xbcb0000000000000, 0)
	# 554: fsub.d rdn frm=2 -> -
	ENTRY(38, 2, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3fefffffffffffff, 0)
	# 555: fsub.d rmm frm=3 -> -
	ENTRY(40, 3, 0x7ff0000000000000, 0x8000000000000000, 0, 0x7ff0000000000000, 0)
	# 556: fsub.d dyn frm=4 -> NV
	ENTRY(41, 4, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 557: fsub.d rmm frm=3 -> -
	ENTRY(40, 3, 0x7ff0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 558: fsub.d rmm frm=1 -> -
	ENTRY(40, 1, 0x7ff0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 559: fsub.d rdn frm=4 -> -
	ENTRY(38, 4, 0x7ff0000000000000, 0x8000000000000001, 0, 0x7ff0000000000000, 0)
	# 560: fsub.d rdn frm=1 -> -
	ENTRY(38, 1, 0x7ff0000000000000, 0x8010000000000000, 0, 0x7ff0000000000000, 0)
	# 561: fsub.d rmm frm=2 -> -
	ENTRY(40, 2, 0x7ff0000000000000, 0x3ff0000000000001, 0, 0x7ff0000000000000, 0)
	# 562: fsub.d rdn frm=2 -> -
	ENTRY(38, 2, 0x7ff0000000000000, 0x3ca0000000000000, 0, 0x7ff0000000000000, 0)
	# 563: fsub.d rdn frm=0 -> -
	ENTRY(38, 0, 0x7ff8000000000000, 0x8000000000000000, 0, 0x7ff8000000000000, 0)
	# 564: fsub.d rmm frm=4 -> -
	ENTRY(40, 4, 0x7ff8000000000000, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 565: fsub.d rne frm=3 -> -
	ENTRY(36, 3, 0x7ff8000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 566: fsub.d rtz frm=2 -> -
	ENTRY(37, 2, 0x7ff8000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 567: fsub.d rtz frm=1 -> -
	ENTRY(37, 1, 0x7ff8000000000000, 0x8000000000000001, 0, 0x7ff8000000000000, 0)
	# 568: fsub.d rne frm=1 -> -
	ENTRY(36, 1, 0x7ff8000000000000, 0x8010000000000000, 0, 0x7ff8000000000000, 0)
	# 569: fsub.d rup frm=4 -> -
	ENTRY(39, 4, 0x7ff8000000000000, 0x3ff0000000000001, 0, 0x7ff8000000000000, 0)
	# 570: fsub.d rne frm=0 -> -
	ENTRY(36, 0, 0x7ff8000000000000, 0x3ca0000000000000, 0, 0x7ff8000000000000, 0)
	# 571: fsub.d rdn frm=2 -> NV
	ENTRY(38, 2, 0x7ff0000000000001, 0x8000000000000000, 0, 0x7ff8000000000000, 16)
	# 572: fsub.d dyn frm=4 -> NV
	ENTRY(41, 4, 0x7ff0000000000001, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 573: fsub.d rmm frm=2 -> NV
	ENTRY(40, 2, 0x7ff0000000000001, 0xfff8000000000000, 0, 0x7ff8000000000000, 16)
	# 574: fsub.d rmm frm=4 -> NV
	ENTRY(40, 4, 0x7ff0000000000001, 0x7ff8000012345678, 0, 0x7ff8000000000000, 16)
	# 575: fsub.d rdn frm=4 -> NV
	ENTRY(38, 4, 0x7ff0000000000001, 0x8000000000000001, 0, 0x7ff8000000000000, 16)
	# 576: fsub.d rtz frm=0 -> NV
	ENTRY(37, 0, 0x7ff0000000000001, 0x8010000000000000, 0, 0x7ff8000000000000, 16)
	# 577: fsub.d rtz frm=3 -> NV
	ENTRY(37, 3, 0x7ff0000000000001, 0x3ff0000000000001, 0, 0x7ff8000000000000, 16)
	# 578: fsub.d rtz frm=3 -> NV
	ENTRY(37, 3, 0x7ff0000000000001, 0x3ca0000000000000, 0, 0x7ff8000000000000, 16)
	# 579: fsub.d dyn frm=3 -> -
	ENTRY(41, 3, 0x7ff8000012345678, 0x8000000000000000, 0, 0x7ff8000000000000, 0)
	# 580: fsub.d rup frm=2 -> -
	ENTRY(39, 2, 0x7ff8000012345678, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 581: fsub.d rne frm=3 -> -
	ENTRY(36, 3, 0x7ff8000012345678, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 582: fsub.d rmm frm=4 -> -
	ENTRY(40, 4, 0x7ff8000012345678, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 583: fsub.d rtz frm=0 -> -
	ENTRY(37, 0, 0x7ff8000012345678, 0x8000000000000001, 0, 0x7ff8000000000000, 0)
	# 584: fsub.d rmm frm=0 -> -
	ENTRY(40, 0, 0x7ff8000012345678, 0x8010000000000000, 0, 0x7ff8000000000000, 0)
	# 585: fsub.d rdn frm=3 -> -
	ENTRY(38, 3, 0x7ff8000012345678, 0x3ff0000000000001, 0, 0x7ff8000000000000, 0)
	# 586: fsub.d rmm frm=2 -> -
	ENTRY(40, 2, 0x7ff8000012345678, 0x3ca0000000000000, 0, 0x7ff8000000000000, 0)
	# 587: fsub.d rmm frm=1 -> -
	ENTRY(40, 1, 0x1, 0x8000000000000000, 0, 0x1, 0)
	# 588: fsub.d rup frm=3 -> -
	ENTRY(39, 3, 0x1, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 589: fsub.d rne frm=2 -> -
	ENTRY(36, 2, 0x1, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 590: fsub.d rdn frm=3 -> -
	ENTRY(38, 3, 0x1, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 591: fsub.d dyn frm=4 -> -
	ENTRY(41, 4, 0x1, 0x8000000000000001, 0, 0x2, 0)
	# 592: fsub.d rmm frm=2 -> -
	ENTRY(40, 2, 0x1, 0x8010000000000000, 0, 0x10000000000001, 0)
	# 593: fsub.d rne frm=1 -> NX
	ENTRY(36, 1, 0x1, 0x3ff0000000000001, 0, 0xbff0000000000001, 1)
	# 594: fsub.d rtz frm=0 -> NX
	ENTRY(37, 0, 0x1, 0x3ca0000000000000, 0, 0xbc9fffffffffffff, 1)
	# 595: fsub.d rtz frm=4 -> -
	ENTRY(37, 4, 0xfffffffffffff, 0x8000000000000000, 0, 0xfffffffffffff, 0)
	# 596: fsub.d rtz frm=4 -> -
	ENTRY(37, 4, 0xfffffffffffff, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 597: fsub.d rtz frm=1 -> -
	ENTRY(37, 1, 0xfffffffffffff, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 598: fsub.d rmm frm=1 -> -
	ENTRY(40, 1, 0xfffffffffffff, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 599: fsub.d rup frm=3 -> -
	ENTRY(39, 3, 0xfffffffffffff, 0x8000000000000001, 0, 0x10000000000000, 0)
	# 600: fsub.d dyn frm=2 -> -
	ENTRY(41, 2, 0xfffffffffffff, 0x8010000000000000, 0, 0x1fffffffffffff, 0)
	# 601: fsub.d rmm frm=4 -> NX
	ENTRY(40, 4, 0xfffffffffffff, 0x3ff0000000000001, 0, 0xbff0000000000001, 1)
	# 602: fsub.d rmm frm=1 -> NX
	ENTRY(40, 1, 0xfffffffffffff, 0x3ca0000000000000, 0, 0xbca0000000000000, 1)
	# 603: fsub.d rup frm=4 -> -
	ENTRY(39, 4, 0x8010000000000000, 0x8000000000000000, 0, 0x8010000000000000, 0)
	# 604: fsub.d dyn frm=0 -> -
	ENTRY(41, 0, 0x8010000000000000, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 605: fsub.d rne frm=4 -> -
	ENTRY(36, 4, 0x8010000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 606: fsub.d rne frm=3 -> -
	ENTRY(36, 3, 0x8010000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 607: fsub.d rne frm=2 -> -
	ENTRY(36, 2, 0x8010000000000000, 0x8000000000000001, 0, 0x800fffffffffffff, 0)
	# 608: fsub.d rtz frm=1 -> -
	ENTRY(37, 1, 0x8010000000000000, 0x8010000000000000, 0, 0, 0)
	# 609: fsub.d rdn frm=4 -> NX
	ENTRY(38, 4, 0x8010000000000000, 0x3ff0000000000001, 0, 0xbff0000000000002, 1)
	# 610: fsub.d dyn frm=0 -> NX
	ENTRY(41, 0, 0x8010000000000000, 0x3ca0000000000000, 0, 0xbca0000000000000, 1)
	# 611: fsub.d rmm frm=1 -> -
	ENTRY(40, 1, 0xffefffffffffffff, 0x8000000000000000, 0, 0xffefffffffffffff, 0)
	# 612: fsub.d rtz frm=0 -> -
	ENTRY(37, 0, 0xffefffffffffffff, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 613: fsub.d rne frm=3 -> -
	ENTRY(36, 3, 0xffefffffffffffff, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 614: fsub.d rmm frm=3 -> -
	ENTRY(40, 3, 0xffefffffffffffff, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 615: fsub.d rmm frm=3 -> NX
	ENTRY(40, 3, 0xffefffffffffffff, 0x8000000000000001, 0, 0xffefffffffffffff, 1)
	# 616: fsub.d rup frm=2 -> NX
	ENTRY(39, 2, 0xffefffffffffffff, 0x8010000000000000, 0, 0xffeffffffffffffe, 1)
	# 617: fsub.d dyn frm=2 -> OF NX
	ENTRY(41, 2, 0xffefffffffffffff, 0x3ff0000000000001, 0, 0xfff0000000000000, 5)
	# 618: fsub.d rdn frm=1 -> OF NX
	ENTRY(38, 1, 0xffefffffffffffff, 0x3ca0000000000000, 0, 0xfff0000000000000, 5)
	# 619: fsub.d rup frm=3 -> -
	ENTRY(39, 3, 0x4008000000000000, 0x8000000000000000, 0, 0x4008000000000000, 0)
	# 620: fsub.d rtz frm=1 -> -
	ENTRY(37, 1, 0x4008000000000000, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 621: fsub.d dyn frm=1 -> -
	ENTRY(41, 1, 0x4008000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 622: fsub.d rne frm=2 -> -
	ENTRY(36, 2, 0x4008000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 623: fsub.d rup frm=4 -> NX
	ENTRY(39, 4, 0x4008000000000000, 0x8000000000000001, 0, 0x4008000000000001, 1)
	# 624: fsub.d rup frm=1 -> NX
	ENTRY(39, 1, 0x4008000000000000, 0x8010000000000000, 0, 0x4008000000000001, 1)
	# 625: fsub.d rdn frm=0 -> -
	ENTRY(38, 0, 0x4008000000000000, 0x3ff0000000000001, 0, 0x3fffffffffffffff, 0)
	# 626: fsub.d rtz frm=0 -> NX
	ENTRY(37, 0, 0x4008000000000000, 0x3ca0000000000000, 0, 0x4007ffffffffffff, 1)
	# 627: fsub.d rtz frm=0 -> -
	ENTRY(37, 0, 0x3ca0000000000000, 0x8000000000000000, 0, 0x3ca0000000000000, 0)
	# 628: fsub.d rup frm=1 -> -
	ENTRY(39, 1, 0x3ca0000000000000, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 629: fsub.d rmm frm=3 -> -
	ENTRY(40, 3, 0x3ca0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 630: fsub.d rtz frm=1 -> -
	ENTRY(37, 1, 0x3ca0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 631: fsub.d rtz frm=3 -> NX
	ENTRY(37, 3, 0x3ca0000000000000, 0x8000000000000001, 0, 0x3ca0000000000000, 1)
	# 632: fsub.d rtz frm=0 -> NX
	ENTRY(37, 0, 0x3ca0000000000000, 0x8010000000000000, 0, 0x3ca0000000000000, 1)
	# 633: fsub.d rmm frm=2 -> NX
	ENTRY(40, 2, 0x3ca0000000000000, 0x3ff0000000000001, 0, 0xbff0000000000001, 1)
	# 634: fsub.d rup frm=0 -> -
	ENTRY(39, 0, 0x3ca0000000000000, 0x3ca0000000000000, 0, 0, 0)
	# 635: fmul.d dyn frm=3 -> -
	ENTRY(47, 3, 0, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 636: fmul.d rup frm=4 -> NV
	ENTRY(45, 4, 0, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 637: fmul.d rup frm=1 -> -
	ENTRY(45, 1, 0, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 638: fmul.d rdn frm=1 -> -
	ENTRY(44, 1, 0, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 639: fmul.d rtz frm=4 -> -
	ENTRY(43, 4, 0, 0x8000000000000001, 0, 0x8000000000000000, 0)
	# 640: fmul.d rne frm=0 -> -
	ENTRY(42, 0, 0, 0x8010000000000000, 0, 0x8000000000000000, 0)
	# 641: fmul.d rdn frm=0 -> -
	ENTRY(44, 0, 0, 0x3ff0000000000001, 0, 0, 0)
	# 642: fmul.d rup frm=0 -> -
	ENTRY(45, 0, 0, 0x3ca0000000000000, 0, 0, 0)
	# 643: fmul.d rdn frm=2 -> -
	ENTRY(44, 2, 0x3ff0000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 644: fmul.d dyn frm=1 -> -
	ENTRY(47, 1, 0x3ff0000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 645: fmul.d rmm frm=3 -> -
	ENTRY(46, 3, 0x3ff0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 646: fmul.d rdn frm=0 -> -
	ENTRY(44, 0, 0x3ff0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 647: fmul.d rtz frm=3 -> -
	ENTRY(43, 3, 0x3ff0000000000000, 0x8000000000000001, 0, 0x8000000000000001, 0)
	# 648: fmul.d dyn frm=2 -> -
	ENTRY(47, 2, 0x3ff0000000000000, 0x8010000000000000, 0, 0x8010000000000000, 0)
	# 649: fmul.d rne frm=0 -> -
	ENTRY(42, 0, 0x3ff0000000000000, 0x3ff0000000000001, 0, 0x3ff0000000000001, 0)
	# 650: fmul.d rdn frm=3 -> -
	ENTRY(44, 3, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x3ca0000000000000, 0)
	# 651: fmul.d rmm frm=4 -> NV
	ENTRY(46, 4, 0x7ff0000000000000, 0x8000000000000000, 0, 0x7ff8000000000000, 16)
	# 652: fmul.d rtz frm=2 -> -
	ENTRY(43, 2, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 653: fmul.d rdn frm=4 -> -
	ENTRY(44, 4, 0x7ff0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 654: fmul.d rtz frm=0 -> -
	ENTRY(43, 0, 0x7ff0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 655: fmul.d rdn frm=4 -> -
	ENTRY(44, 4, 0x7ff0000000000000, 0x8000000000000001, 0, 0xfff0000000000000, 0)
	# 656: fmul.d rne frm=0 -> -
	ENTRY(42, 0, 0x7ff0000000000000, 0x8010000000000000, 0, 0xfff0000000000000, 0)
	# 657: fmul.d rne frm=3 -> -
	ENTRY(42, 3, 0x7ff0000000000000, 0x3ff0000000000001, 0, 0x7ff0000000000000, 0)
	# 658: fmul.d dyn frm=4 -> -
	ENTRY(47, 4, 0x7ff0000000000000, 0x3ca0000000000000, 0, 0x7ff0000000000000, 0)
	# 659: fmul.d rdn frm=1 -> -
	ENTRY(44, 1, 0x7ff8000000000000, 0x8000000000000000, 0, 0x7ff8000000000000, 0)
	# 660: fmul.d rne frm=4 -> -
	ENTRY(42, 4, 0x7ff8000000000000, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 661: fmul.d dyn frm=4 -> -
	ENTRY(47, 4, 0x7ff8000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 662: fmul.d rtz frm=4 -> -
	ENTRY(43, 4, 0x7ff8000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 663: fmul.d rtz frm=2 -> -
	ENTRY(43, 2, 0x7ff8000000000000, 0x8000000000000001, 0, 0x7ff8000000000000, 0)
	# 664: fmul.d rmm frm=4 -> -
	ENTRY(46, 4, 0x7ff8000000000000, 0x8010000000000000, 0, 0x7ff8000000000000, 0)
	# 665: fmul.d rtz frm=1 -> -
	ENTRY(43, 1, 0x7ff8000000000000, 0x3ff0000000000001, 0, 0x7ff8000000000000, 0)
	# 666: fmul.d dyn frm=0 -> -
	ENTRY(47, 0, 0x7ff8000000000000, 0x3ca0000000000000, 0, 0x7ff8000000000000, 0)
	# 667: fmul.d dyn frm=0 -> NV
	ENTRY(47, 0, 0x7ff0000000000001, 0x8000000000000000, 0, 0x7ff8000000000000, 16)
	# 668: fmul.d rne frm=2 -> NV
	ENTRY(42, 2, 0x7ff0000000000001, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 669: fmul.d rup frm=3 -> NV
	ENTRY(45, 3, 0x7ff0000000000001, 0xfff8000000000000, 0, 0x7ff8000000000000, 16)
	# 670: fmul.d rdn frm=4 -> NV
	ENTRY(44, 4, 0x7ff0000000000001, 0x7ff8000012345678, 0, 0x7ff8000000000000, 16)
	# 671: fmul.d rup frm=2 -> NV
	ENTRY(45, 2, 0x7ff0000000000001, 0x8000000000000001, 0, 0x7ff8000000000000, 16)
	# 672: fmul.d rne frm=4 -> NV
	ENTRY(42, 4, 0x7ff0000000000001, 0x8010000000000000, 0, 0x7ff8000000000000, 16)
	# 673: fmul.d rdn frm=3 -> NV
	ENTRY(44, 3, 0x7ff0000000000001, 0x3ff0000000000001, 0, 0x7ff8000000000000, 16)
	# 674: fmul.d rtz frm=0 -> NV
	ENTRY(43, 0, 0x7ff0000000000001, 0x3ca0000000000000, 0, 0x7ff8000000000000, 16)
	# 675: fmul.d rtz frm=2 -> -
	ENTRY(43, 2, 0x7ff8000012345678, 0x8000000000000000, 0, 0x7ff8000000000000, 0)
	# 676: fmul.d rtz frm=1 -> -
	ENTRY(43, 1, 0x7ff8000012345678, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 677: fmul.d rtz frm=2 -> -
	ENTRY(43, 2, 0x7ff8000012345678, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 678: fmul.d rne frm=4 -> -
	ENTRY(42, 4, 0x7ff8000012345678, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 679: fmul.d dyn frm=3 -> -
	ENTRY(47, 3, 0x7ff8000012345678, 0x8000000000000001, 0, 0x7ff8000000000000, 0)
	# 680: fmul.d dyn frm=2 -> -
	ENTRY(47, 2, 0x7ff8000012345678, 0x8010000000000000, 0, 0x7ff8000000000000, 0)
	# 681: fmul.d rtz frm=2 -> -
	ENTRY(43, 2, 0x7ff8000012345678, 0x3ff0000000000001, 0, 0x7ff8000000000000, 0)
	# 682: fmul.d rmm frm=4 -> -
	ENTRY(46, 4, 0x7ff8000012345678, 0x3ca0000000000000, 0, 0x7ff8000000000000, 0)
	# 683: fmul.d rdn frm=1 -> -
	ENTRY(44, 1, 0x1, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 684: fmul.d rtz frm=0 -> -
	ENTRY(43, 0, 0x1, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 685: fmul.d dyn frm=1 -> -
	ENTRY(47, 1, 0x1, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 686: fmul.d dyn frm=4 -> -
	ENTRY(47, 4, 0x1, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 687: fmul.d rdn frm=3 -> UF NX
	ENTRY(44, 3, 0x1, 0x8000000000000001, 0, 0x8000000000000001, 3)
	# 688: fmul.d dyn frm=4 -> UF NX
	ENTRY(47, 4, 0x1, 0x8010000000000000, 0, 0x8000000000000000, 3)
	# 689: fmul.d rne frm=2 -> UF NX
	ENTRY(42, 2, 0x1, 0x3ff0000000000001, 0, 0x1, 3)
	# 690: fmul.d dyn frm=0 -> UF NX
	ENTRY(47, 0, 0x1, 0x3ca0000000000000, 0, 0, 3)
	# 691: fmul.d rdn frm=4 -> -
	ENTRY(44, 4, 0xfffffffffffff, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 692: fmul.d rmm frm=0 -> -
	ENTRY(46, 0, 0xfffffffffffff, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 693: fmul.d rmm frm=2 -> -
	ENTRY(46, 2, 0xfffffffffffff, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 694: fmul.d rup frm=1 -> -
	ENTRY(45, 1, 0xfffffffffffff, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 695: fmul.d dyn frm=1 -> UF NX
	ENTRY(47, 1, 0xfffffffffffff, 0x8000000000000001, 0, 0x8000000000000000, 3)
	# 696: fmul.d dyn frm=3 -> UF NX
	ENTRY(47, 3, 0xfffffffffffff, 0x8010000000000000, 0, 0x8000000000000000, 3)
	# 697: fmul.d rdn frm=4 -> UF NX
	ENTRY(44, 4, 0xfffffffffffff, 0x3ff0000000000001, 0, 0xfffffffffffff, 3)
	# 698: fmul.d rtz frm=4 -> UF NX
	ENTRY(43, 4, 0xfffffffffffff, 0x3ca0000000000000, 0, 0, 3)
	# 699: fmul.d dyn frm=4 -> -
	ENTRY(47, 4, 0x8010000000000000, 0x8000000000000000, 0, 0, 0)
	# 700: fmul.d rne frm=4 -> -
	ENTRY(42, 4, 0x8010000000000000, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 701: fmul.d rdn frm=0 -> -
	ENTRY(44, 0, 0x8010000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 702: fmul.d dyn frm=3 -> -
	ENTRY(47, 3, 0x8010000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 703: fmul.d dyn frm=0 -> UF NX
	ENTRY(47, 0, 0x8010000000000000, 0x8000000000000001, 0, 0, 3)
	# 704: fmul.d dyn frm=0 -> UF NX
	ENTRY(47, 0, 0x8010000000000000, 0x8010000000000000, 0, 0, 3)
	# 705: fmul.d rup frm=3 -> -
	ENTRY(45, 3, 0x8010000000000000, 0x3ff0000000000001, 0, 0x8010000000000001, 0)
	# 706: fmul.d rup frm=3 -> UF NX
	ENTRY(45, 3, 0x8010000000000000, 0x3ca0000000000000, 0, 0x8000000000000000, 3)
	# 707: fmul.d rup frm=4 -> -
	ENTRY(45, 4, 0xffefffffffffffff, 0x8000000000000000, 0, 0, 0)
	# 708: fmul.d dyn frm=4 -> -
	ENTRY(47, 4, 0xffefffffffffffff, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 709: fmul.d dyn frm=1 -> -
	ENTRY(47, 1, 0xffefffffffffffff, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 710: fmul.d rup frm=2 -> -
	ENTRY(45, 2, 0xffefffffffffffff, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 711: fmul.d rtz frm=3 -> -
	ENTRY(43, 3, 0xffefffffffffffff, 0x8000000000000001, 0, 0x3ccfffffffffffff, 0)
	# 712: fmul.d rtz frm=3 -> -
	ENTRY(43, 3, 0xffefffffffffffff, 0x8010000000000000, 0, 0x400fffffffffffff, 0)
	# 713: fmul.d rmm frm=4 -> OF NX
	ENTRY(46, 4, 0xffefffffffffffff, 0x3ff0000000000001, 0, 0xfff0000000000000, 5)
	# 714: fmul.d rtz frm=2 -> -
	ENTRY(43, 2, 0xffefffffffffffff, 0x3ca0000000000000, 0, 0xfc9fffffffffffff, 0)
	# 715: fmul.d dyn frm=2 -> -
	ENTRY(47, 2, 0x4008000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 716: fmul.d rmm frm=2 -> -
	ENTRY(46, 2, 0x4008000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 717: fmul.d rdn frm=0 -> -
	ENTRY(44, 0, 0x4008000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 718: fmul.d rmm frm=2 -> -
	ENTRY(46, 2, 0x4008000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 719: fmul.d dyn frm=4 -> -
	ENTRY(47, 4, 0x4008000000000000, 0x8000000000000001, 0, 0x8000000000000003, 0)
	# 720: fmul.d rdn frm=1 -> -
	ENTRY(44, 1, 0x4008000000000000, 0x8010000000000000, 0, 0x8028000000000000, 0)
	# 721: fmul.d rtz frm=1 -> NX
	ENTRY(43, 1, 0x4008000000000000, 0x3ff0000000000001, 0, 0x4008000000000001, 1)
	# 722: fmul.d rne frm=4 -> -
	ENTRY(42, 4, 0x4008000000000000, 0x3ca0000000000000, 0, 0x3cb8000000000000, 0)
	# 723: fmul.d rdn frm=3 -> -
	ENTRY(44, 3, 0x3ca0000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 724: fmul.d dyn frm=1 -> -
	ENTRY(47, 1, 0x3ca0000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 725: fmul.d rtz frm=0 -> -
	ENTRY(43, 0, 0x3ca0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 726: fmul.d rdn frm=0 -> -
	ENTRY(44, 0, 0x3ca0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 727: fmul.d rmm frm=4 -> UF NX
	ENTRY(46, 4, 0x3ca0000000000000, 0x8000000000000001, 0, 0x8000000000000000, 3)
	# 728: fmul.d rmm frm=4 -> UF NX
	ENTRY(46, 4, 0x3ca0000000000000, 0x8010000000000000, 0, 0x8000000000000001, 3)
	# 729: fmul.d rmm frm=0 -> -
	ENTRY(46, 0, 0x3ca0000000000000, 0x3ff0000000000001, 0, 0x3ca0000000000001, 0)
	# 730: fmul.d rup frm=0 -> -
	ENTRY(45, 0, 0x3ca0000000000000, 0x3ca0000000000000, 0, 0x3950000000000000, 0)
	# 731: fdiv.d rdn frm=4 -> NV
	ENTRY(50, 4, 0, 0x8000000000000000, 0, 0x7ff8000000000000, 16)
	# 732: fdiv.d rne frm=2 -> -
	ENTRY(48, 2, 0, 0x7ff0000000000000, 0, 0, 0)
	# 733: fdiv.d rne frm=4 -> -
	ENTRY(48, 4, 0, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 734: fdiv.d dyn frm=4 -> -
	ENTRY(53, 4, 0, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 735: fdiv.d rtz frm=1 -> -
	ENTRY(49, 1, 0, 0x8000000000000001, 0, 0x8000000000000000, 0)
	# 736: fdiv.d rtz frm=0 -> -
	ENTRY(49, 0, 0, 0x8010000000000000, 0, 0x8000000000000000, 0)
	# 737: fdiv.d rdn frm=3 -> -
	ENTRY(50, 3, 0, 0x3ff0000000000001, 0, 0, 0)
	# 738: fdiv.d rtz frm=2 -> -
	ENTRY(49, 2, 0, 0x3ca0000000000000, 0, 0, 0)
	# 739: fdiv.d rmm frm=3 -> DZ
	ENTRY(52, 3, 0x3ff0000000000000, 0x8000000000000000, 0, 0xfff0000000000000, 8)
	# 740: fdiv.d dyn frm=1 -> -
	ENTRY(53, 1, 0x3ff0000000000000, 0x7ff0000000000000, 0, 0, 0)
	# 741: fdiv.d rne frm=1 -> -
	ENTRY(48, 1, 0x3ff0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 742: fdiv.d rtz frm=4 -> -
	ENTRY(49, 4, 0x3ff0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 743: fdiv.d rne frm=4 -> OF NX
	ENTRY(48, 4, 0x3ff0000000000000, 0x8000000000000001, 0, 0xfff0000000000000, 5)
	# 744: fdiv.d dyn frm=4 -> -
	ENTRY(53, 4, 0x3ff0000000000000, 0x8010000000000000, 0, 0xffd0000000000000, 0)
	# 745: fdiv.d rmm frm=3 -> NX
	ENTRY(52, 3, 0x3ff0000000000000, 0x3ff0000000000001, 0, 0x3feffffffffffffe, 1)
	# 746: fdiv.d rmm frm=3 -> -
	ENTRY(52, 3, 0x3ff0000000000000, 0x3ca0000000000000, 0, 0x4340000000000000, 0)
	# 747: fdiv.d rmm frm=2 -> -
	ENTRY(52, 2, 0x7ff0000000000000, 0x8000000000000000, 0, 0xfff0000000000000, 0)
	# 748: fdiv.d rdn frm=0 -> NV
	ENTRY(50, 0, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 749: fdiv.d rne frm=0 -> -
	ENTRY(48, 0, 0x7ff0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 750: fdiv.d rup frm=4 -> -
	ENTRY(51, 4, 0x7ff0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 751: fdiv.d rdn frm=2 -> -
	ENTRY(50, 2, 0x7ff0000000000000, 0x8000000000000001, 0, 0xfff0000000000000, 0)
	# 752: fdiv.d rmm frm=0 -> -
	ENTRY(52, 0, 0x7ff0000000000000, 0x8010000000000000, 0, 0xfff0000000000000, 0)
	# 753: fdiv.d rne frm=3 -> -
	ENTRY(48, 3, 0x7ff0000000000000, 0x3ff0000000000001, 0, 0x7ff0000000000000, 0)
	# 754: fdiv.d rne frm=1 -> -
	ENTRY(48, 1, 0x7ff0000000000000, 0x3ca0000000000000, 0, 0x7ff0000000000000, 0)
	# 755: fdiv.d rtz frm=0 -> -
	ENTRY(49, 0, 0x7ff8000000000000, 0x8000000000000000, 0, 0x7ff8000000000000, 0)
	# 756: fdiv.d rne frm=3 -> -
	ENTRY(48, 3, 0x7ff8000000000000, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 757: fdiv.d rtz frm=3 -> -
	ENTRY(49, 3, 0x7ff8000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 758: fdiv.d rdn frm=2 -> -
	ENTRY(50, 2, 0x7ff8000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 759: fdiv.d rmm frm=0 -> -
	ENTRY(52, 0, 0x7ff8000000000000, 0x8000000000000001, 0, 0x7ff8000000000000, 0)
	# 760: fdiv.d rup frm=2 -> -
	ENTRY(51, 2, 0x7ff8000000000000, 0x8010000000000000, 0, 0x7ff8000000000000, 0)
	# 761: fdiv.d dyn frm=2 -> -
	ENTRY(53, 2, 0x7ff8000000000000, 0x3ff0000000000001, 0, 0x7ff8000000000000, 0)
	# 762: fdiv.d rne frm=2 -> -
	ENTRY(48, 2, 0x7ff8000000000000, 0x3ca0000000000000, 0, 0x7ff8000000000000, 0)
	# 763: fdiv.d rup frm=4 -> NV
	ENTRY(51, 4, 0x7ff0000000000001, 0x8000000000000000, 0, 0x7ff8000000000000, 16)
	# 764: fdiv.d rdn frm=1 -> NV
	ENTRY(50, 1, 0x7ff0000000000001, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 765: fdiv.d rne frm=3 -> NV
	ENTRY(48, 3, 0x7ff0000000000001, 0xfff8000000000000, 0, 0x7ff8000000000000, 16)
	# 766: fdiv.d rmm frm=1 -> NV
	ENTRY(52, 1, 0x7ff0000000000001, 0x7ff8000012345678, 0, 0x7ff8000000000000, 16)
	# 767: fdiv.d rup frm=3 -> NV
	ENTRY(51, 3, 0x7ff0000000000001, 0x8000000000000001, 0, 0x7ff8000000000000, 16)
	# 769: fdiv.d rmm frm=0 -> NV
	ENTRY(52, 0, 0x7ff0000000000001, 0x8010000000000000, 0, 0x7ff8000000000000, 16)
	# 770: fdiv.d rdn frm=2 -> NV
	ENTRY(50, 2, 0x7ff0000000000001, 0x3ff0000000000001, 0, 0x7ff8000000000000, 16)
	# 771: fdiv.d rne frm=3 -> NV
	ENTRY(48, 3, 0x7ff0000000000001, 0x3ca0000000000000, 0, 0x7ff8000000000000, 16)
	# 772: fdiv.d rdn frm=4 -> -
	ENTRY(50, 4, 0x7ff8000012345678, 0x8000000000000000, 0, 0x7ff8000000000000, 0)
	# 773: fdiv.d rmm frm=3 -> -
	ENTRY(52, 3, 0x7ff8000012345678, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 774: fdiv.d rmm frm=2 -> -
	ENTRY(52, 2, 0x7ff8000012345678, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 775: fdiv.d dyn frm=3 -> -
	ENTRY(53, 3, 0x7ff8000012345678, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 776: fdiv.d rne frm=4 -> -
	ENTRY(48, 4, 0x7ff8000012345678, 0x8000000000000001, 0, 0x7ff8000000000000, 0)
	# 777: fdiv.d rne frm=1 -> -
	ENTRY(48, 1, 0x7ff8000012345678, 0x8010000000000000, 0, 0x7ff8000000000000, 0)
	# 778: fdiv.d rtz frm=3 -> -
	ENTRY(49, 3, 0x7ff8000012345678, 0x3ff0000000000001, 0, 0x7ff8000000000000, 0)
	# 779: fdiv.d rup frm=0 -> -
	ENTRY(51, 0, 0x7ff8000012345678, 0x3ca0000000000000, 0, 0x7ff8000000000000, 0)
	# 780: fdiv.d rne frm=4 -> DZ
	ENTRY(48, 4, 0x1, 0x8000000000000000, 0, 0xfff0000000000000, 8)
	# 781: fdiv.d dyn frm=2 -> -
	ENTRY(53, 2, 0x1, 0x7ff0000000000000, 0, 0, 0)
	# 782: fdiv.d dyn frm=2 -> -
	ENTRY(53, 2, 0x1, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 783: fdiv.d rtz frm=1 -> -
	ENTRY(49, 1, 0x1, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 784: fdiv.d rtz frm=3 -> -
	ENTRY(49, 3, 0x1, 0x8000000000000001, 0, 0xbff0000000000000, 0)
	# 785: fdiv.d dyn frm=3 -> -
	ENTRY(53, 3, 0x1, 0x8010000000000000, 0, 0xbcb0000000000000, 0)
	# 786: fdiv.d rdn frm=3 -> UF NX
	ENTRY(50, 3, 0x1, 0x3ff0000000000001, 0, 0, 3)
	# 787: fdiv.d rup frm=0 -> -
	ENTRY(51, 0, 0x1, 0x3ca0000000000000, 0, 0x20000000000000, 0)
	# 788: fdiv.d rne frm=2 -> DZ
	ENTRY(48, 2, 0xfffffffffffff, 0x8000000000000000, 0, 0xfff0000000000000, 8)
	# 789: fdiv.d rdn frm=4 -> -
	ENTRY(50, 4, 0xfffffffffffff, 0x7ff0000000000000, 0, 0, 0)
	# 790: fdiv.d dyn frm=3 -> -
	ENTRY(53, 3, 0xfffffffffffff, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 791: fdiv.d rtz frm=1 -> -
	ENTRY(49, 1, 0xfffffffffffff, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 792: fdiv.d rmm frm=0 -> -
	ENTRY(52, 0, 0xfffffffffffff, 0x8000000000000001, 0, 0xc32ffffffffffffe, 0)
	# 793: fdiv.d rdn frm=2 -> -
	ENTRY(50, 2, 0xfffffffffffff, 0x8010000000000000, 0, 0xbfeffffffffffffe, 0)
	# 794: fdiv.d rdn frm=0 -> UF NX
	ENTRY(50, 0, 0xfffffffffffff, 0x3ff0000000000001, 0, 0xffffffffffffe, 3)
	# 795: fdiv.d rdn frm=0 -> -
	ENTRY(50, 0, 0xfffffffffffff, 0x3ca0000000000000, 0, 0x35ffffffffffffe, 0)
	# 796: fdiv.d rdn frm=4 -> DZ
	ENTRY(50, 4, 0x8010000000000000, 0x8000000000000000, 0, 0x7ff0000000000000, 8)
	# 797: fdiv.d rne frm=1 -> -
	ENTRY(48, 1, 0x8010000000000000, 0x7ff0000000000000, 0, 0x8000000000000000, 0)
	# 798: fdiv.d rdn frm=0 -> -
	ENTRY(50, 0, 0x8010000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 799: fdiv.d rdn frm=4 -> -
	ENTRY(50, 4, 0x8010000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 800: fdiv.d rup frm=3 -> -
	ENTRY(51, 3, 0x8010000000000000, 0x8000000000000001, 0, 0x4330000000000000, 0)
	# 801: fdiv.d rtz frm=0 -> -
	ENTRY(49, 0, 0x8010000000000000, 0x8010000000000000, 0, 0x3ff0000000000000, 0)
	# 802: fdiv.d rmm frm=0 -> UF NX
	ENTRY(52, 0, 0x8010000000000000, 0x3ff0000000000001, 0, 0x800fffffffffffff, 3)
	# 803: fdiv.d rmm frm=0 -> -
	ENTRY(52, 0, 0x8010000000000000, 0x3ca0000000000000, 0, 0x8360000000000000, 0)
	# 804: fdiv.d rdn frm=4 -> DZ
	ENTRY(50, 4, 0xffefffffffffffff, 0x8000000000000000, 0, 0x7ff0000000000000, 8)
	# 805: fdiv.d rtz frm=4 -> -
	ENTRY(49, 4, 0xffefffffffffffff, 0x7ff0000000000000, 0, 0x8000000000000000, 0)
	# 806: fdiv.d dyn frm=1 -> -
	ENTRY(53, 1, 0xffefffffffffffff, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 807: fdiv.d rup frm=4 -> -
	ENTRY(51, 4, 0xffefffffffffffff, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 808: fdiv.d rtz frm=1 -> OF NX
	ENTRY(49, 1, 0xffefffffffffffff, 0x8000000000000001, 0, 0x7fefffffffffffff, 5)
	# 809: fdiv.d rup frm=4 -> OF NX
	ENTRY(51, 4, 0xffefffffffffffff, 0x8010000000000000, 0, 0x7ff0000000000000, 5)
	# 810: fdiv.d dyn frm=3 -> NX
	ENTRY(53, 3, 0xffefffffffffffff, 0x3ff0000000000001, 0, 0xffeffffffffffffd, 1)
	# 811: fdiv.d rdn frm=0 -> OF NX
	ENTRY(50, 0, 0xffefffffffffffff, 0x3ca0000000000000, 0, 0xfff0000000000000, 5)
	# 812: fdiv.d rne frm=1 -> DZ
	ENTRY(48, 1, 0x4008000000000000, 0x8000000000000000, 0, 0xfff0000000000000, 8)
	# 813: fdiv.d dyn frm=1 -> -
	ENTRY(53, 1, 0x4008000000000000, 0x7ff0000000000000, 0, 0, 0)
	# 814: fdiv.d rne frm=0 -> -
	ENTRY(48, 0, 0x4008000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 815: fdiv.d rmm frm=4 -> -
	ENTRY(52, 4, 0x4008000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 816: fdiv.d rdn frm=1 -> OF NX
	ENTRY(50, 1, 0x4008000000000000, 0x8000000000000001, 0, 0xfff0000000000000, 5)
	# 817: fdiv.d rup frm=2 -> -
	ENTRY(51, 2, 0x4008000000000000, 0x8010000000000000, 0, 0xffe8000000000000, 0)
	# 818: fdiv.d rdn frm=4 -> NX
	ENTRY(50, 4, 0x4008000000000000, 0x3ff0000000000001, 0, 0x4007fffffffffffe, 1)
	# 819: fdiv.d rup frm=1 -> -
	ENTRY(51, 1, 0x4008000000000000, 0x3ca0000000000000, 0, 0x4358000000000000, 0)
	# 820: fdiv.d dyn frm=3 -> DZ
	ENTRY(53, 3, 0x3ca0000000000000, 0x8000000000000000, 0, 0xfff0000000000000, 8)
	# 821: fdiv.d rmm frm=3 -> -
	ENTRY(52, 3, 0x3ca0000000000000, 0x7ff0000000000000, 0, 0, 0)
	# 822: fdiv.d rup frm=3 -> -
	ENTRY(51, 3, 0x3ca0000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 823: fdiv.d dyn frm=0 -> -
	ENTRY(53, 0, 0x3ca0000000000000, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 824: fdiv.d rne frm=3 -> -
	ENTRY(48, 3, 0x3ca0000000000000, 0x8000000000000001, 0, 0xffc0000000000000, 0)
	# 825: fdiv.d rne frm=2 -> -
	ENTRY(48, 2, 0x3ca0000000000000, 0x8010000000000000, 0, 0xfc80000000000000, 0)
	# 826: fdiv.d rup frm=1 -> NX
	ENTRY(51, 1, 0x3ca0000000000000, 0x3ff0000000000001, 0, 0x3c9fffffffffffff, 1)
	# 827: fdiv.d rdn frm=4 -> -
	ENTRY(50, 4, 0x3ca0000000000000, 0x3ca0000000000000, 0, 0x3ff0000000000000, 0)
	# 828: fsqrt.d rmm frm=2 -> -
	ENTRY(58, 2, 0, 0, 0, 0, 0)
	# 829: fsqrt.d dyn frm=4 -> -
	ENTRY(59, 4, 0x8000000000000000, 0, 0, 0x8000000000000000, 0)
	# 830: fsqrt.d rdn frm=4 -> -
	ENTRY(56, 4, 0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0)
	# 831: fsqrt.d rne frm=0 -> NV
	ENTRY(54, 0, 0xbff0000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 832: fsqrt.d rdn frm=1 -> -
	ENTRY(56, 1, 0x7ff0000000000000, 0, 0, 0x7ff0000000000000, 0)
	# 833: fsqrt.d dyn frm=0 -> NV
	ENTRY(59, 0, 0xfff0000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 834: fsqrt.d dyn frm=0 -> -
	ENTRY(59, 0, 0x7ff8000000000000, 0, 0, 0x7ff8000000000000, 0)
	# 835: fsqrt.d rne frm=2 -> -
	ENTRY(54, 2, 0xfff8000000000000, 0, 0, 0x7ff8000000000000, 0)
	# 836: fsqrt.d rmm frm=4 -> NV
	ENTRY(58, 4, 0x7ff0000000000001, 0, 0, 0x7ff8000000000000, 16)
	# 837: fsqrt.d rmm frm=1 -> NV
	ENTRY(58, 1, 0xfff0000000000001, 0, 0, 0x7ff8000000000000, 16)
	# 838: fsqrt.d rne frm=0 -> -
	ENTRY(54, 0, 0x7ff8000012345678, 0, 0, 0x7ff8000000000000, 0)
	# 839: fsqrt.d rup frm=4 -> NV
	ENTRY(57, 4, 0x7ff4000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 840: fsqrt.d rup frm=2 -> -
	ENTRY(57, 2, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 841: fsqrt.d rmm frm=0 -> NV
	ENTRY(58, 0, 0x8000000000000001, 0, 0, 0x7ff8000000000000, 16)
	# 842: fsqrt.d rne frm=4 -> NX
	ENTRY(54, 4, 0xfffffffffffff, 0, 0, 0x1fffffffffffffff, 1)
	# 843: fsqrt.d rup frm=1 -> -
	ENTRY(57, 1, 0x10000000000000, 0, 0, 0x2000000000000000, 0)
	# 844: fsqrt.d rdn frm=1 -> NV
	ENTRY(56, 1, 0x8010000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 845: fsqrt.d rdn frm=0 -> NX
	ENTRY(56, 0, 0x7fefffffffffffff, 0, 0, 0x5fefffffffffffff, 1)
	# 846: fsqrt.d rtz frm=2 -> NV
	ENTRY(55, 2, 0xffefffffffffffff, 0, 0, 0x7ff8000000000000, 16)
	# 847: fsqrt.d rup frm=3 -> NX
	ENTRY(57, 3, 0x3ff0000000000001, 0, 0, 0x3ff0000000000001, 1)
	# 848: fsqrt.d dyn frm=1 -> NX
	ENTRY(59, 1, 0x4008000000000000, 0, 0, 0x3ffbb67ae8584caa, 1)
	# 849: fsqrt.d rne frm=4 -> NX
	ENTRY(54, 4, 0x4340000000000000, 0, 0, 0x4196a09e667f3bcd, 1)
	# 850: fsqrt.d rup frm=4 -> NX
	ENTRY(57, 4, 0x3ca0000000000000, 0, 0, 0x3e46a09e667f3bcd, 1)
	# 851: fadd.d dyn frm=2 -> NV
	ENTRY(35, 2, 0x7ff0000000000000, 0xfff0000000000000, 0, 0x7ff8000000000000, 16)
	# 852: fsub.d rdn frm=1 -> NV
	ENTRY(38, 1, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 853: fmul.d rdn frm=3 -> NV
	ENTRY(44, 3, 0x8000000000000000, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 854: fdiv.d rdn frm=3 -> NV
	ENTRY(50, 3, 0, 0, 0, 0x7ff8000000000000, 16)
	# 855: fdiv.d rne frm=0 -> NV
	ENTRY(48, 0, 0xfff0000000000000, 0x7ff0000000000000, 0, 0x7ff8000000000000, 16)
	# 856: fdiv.d rne frm=2 -> DZ
	ENTRY(48, 2, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 857: fdiv.d rtz frm=0 -> DZ
	ENTRY(49, 0, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 858: fdiv.d rdn frm=1 -> DZ
	ENTRY(50, 1, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 859: fdiv.d rup frm=2 -> DZ
	ENTRY(51, 2, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 860: fdiv.d rmm frm=3 -> DZ
	ENTRY(52, 3, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 861: fdiv.d dyn frm=0 -> DZ
	ENTRY(53, 0, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 862: fdiv.d dyn frm=1 -> DZ
	ENTRY(53, 1, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 863: fdiv.d dyn frm=2 -> DZ
	ENTRY(53, 2, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 864: fdiv.d dyn frm=3 -> DZ
	ENTRY(53, 3, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 865: fdiv.d dyn frm=4 -> DZ
	ENTRY(53, 4, 0xbff0000000000000, 0, 0, 0xfff0000000000000, 8)
	# 866: fdiv.d dyn frm=0 -> DZ
	ENTRY(53, 0, 0x3ff0000000000000, 0x8000000000000000, 0, 0xfff0000000000000, 8)
	# 867: fdiv.d rtz frm=4 -> -
	ENTRY(49, 4, 0x7ff0000000000000, 0, 0, 0x7ff0000000000000, 0)
	# 868: fsqrt.d rtz frm=4 -> NV
	ENTRY(55, 4, 0xbff0000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 869: fsqrt.d rtz frm=0 -> -
	ENTRY(55, 0, 0x8000000000000000, 0, 0, 0x8000000000000000, 0)
	# 870: fsqrt.d rdn frm=2 -> NV
	ENTRY(56, 2, 0xfff0000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 871: fadd.d rtz frm=3 -> -
	ENTRY(31, 3, 0x7ff8000012345678, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 872: fadd.d rup frm=1 -> NV
	ENTRY(33, 1, 0x3ff0000000000000, 0xfff0000000000001, 0, 0x7ff8000000000000, 16)
	# 873: fadd.d rne frm=3 -> -
	ENTRY(30, 3, 0xffffffff3f800000, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0)
	# 874: fadd.d rne frm=2 -> -
	ENTRY(30, 2, 0x3fc0000000000000, 0, 0, 0x3fc0000000000000, 0)
	# 875: fsub.d rtz frm=1 -> NX
	ENTRY(37, 1, 0x2b13e7a0002821, 0x80315bc152f164e3, 0, 0x3ee5b522f178f3, 1)
	# 876: fmul.d rtz frm=2 -> NX
	ENTRY(43, 2, 0x2f853ff1119938, 0xe12463b7d36299cf, 0, 0xa164158146ba3604, 1)
	# 877: fdiv.d dyn frm=1 -> NX
	ENTRY(53, 1, 0x4000000000000005, 0xe9f3167f2db46, 0, 0x7fe1820f63740db6, 1)
	# 878: fadd.d rmm frm=4 -> -
	ENTRY(34, 4, 0x7ff0000000000000, 0x3eb0000000000000, 0, 0x7ff0000000000000, 0)
	# 879: fsub.d rne frm=0 -> -
	ENTRY(36, 0, 0xfff8000000000000, 0x802aaee59a4ba467, 0, 0x7ff8000000000000, 0)
	# 880: fmul.d rdn frm=4 -> -
	ENTRY(44, 4, 0x10000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 881: fdiv.d dyn frm=4 -> NX
	ENTRY(53, 4, 0x3ff0000000000005, 0x3ff0000000000001, 0, 0x3ff0000000000004, 1)
	# 882: fadd.d rne frm=4 -> NX
	ENTRY(30, 4, 0xbd40000000000000, 0x7cbed8d8befb06c6, 0, 0x7cbed8d8befb06c6, 1)
	# 883: fsub.d rdn frm=1 -> NX
	ENTRY(38, 1, 0x8e863123b35fd9c7, 0x7f6886ff94738aab, 0, 0xff6886ff94738aac, 1)
	# 884: fmul.d rtz frm=2 -> -
	ENTRY(43, 2, 0x3e10000000000000, 0x3fefffffffffffff, 0, 0x3e0fffffffffffff, 0)
	# 885: fdiv.d rne frm=0 -> -
	ENTRY(48, 0, 0xbd70000000000000, 0x4000000000000000, 0, 0xbd60000000000000, 0)
	# 886: fadd.d rmm frm=4 -> NX
	ENTRY(34, 4, 0x3ca0000000000000, 0x8022f9acea30bb84, 0, 0x3ca0000000000000, 1)
	# 887: fsub.d rne frm=2 -> NV
	ENTRY(36, 2, 0xfff8000000000000, 0x7ff0000000000001, 0, 0x7ff8000000000000, 16)
	# 888: fmul.d rdn frm=3 -> UF NX
	ENTRY(44, 3, 0x3c30000000000000, 0xfffffffffffff, 0, 0, 3)
	# 889: fdiv.d rdn frm=0 -> -
	ENTRY(50, 0, 0x3fefffffffffffff, 0x3e90000000000000, 0, 0x414fffffffffffff, 0)
	# 890: fadd.d rmm frm=2 -> NX
	ENTRY(34, 2, 0x958ec60b055cd, 0x30737cebcff0bc7, 0, 0x30737cebcff0bda, 1)
	# 891: fsub.d rup frm=2 -> NX
	ENTRY(39, 2, 0xfa50a42058981d9b, 0xdc265cc229659, 0, 0xfa50a42058981d9b, 1)
	# 892: fmul.d rmm frm=0 -> NX
	ENTRY(46, 0, 0xffefffffffffffff, 0x919317467d7bbfec, 0, 0x519317467d7bbfeb, 1)
	# 893: fdiv.d rmm frm=4 -> NX
	ENTRY(52, 4, 0xa96bb361d4a6f005, 0xb12573cf8e2b5cf7, 0, 0x3834a905525ff91f, 1)
	# 894: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0x801030b499eeb1d6, 0x4000000000000003, 0, 0x4000000000000003, 1)
	# 895: fsub.d rdn frm=1 -> NX
	ENTRY(38, 1, 0xbc80000000000000, 0x10000000000000, 0, 0xbc80000000000001, 1)
	# 896: fmul.d rup frm=3 -> -
	ENTRY(45, 3, 0x3c10000000000000, 0xbff0000000000000, 0, 0xbc10000000000000, 0)
	# 897: fdiv.d rdn frm=2 -> UF NX
	ENTRY(50, 2, 0x3ff0000000000003, 0xffefffffffffffff, 0, 0x8004000000000001, 3)
	# 898: fadd.d rne frm=0 -> NX
	ENTRY(30, 0, 0x5248041dd19463fb, 0x800a906a3328b268, 0, 0x5248041dd19463fb, 1)
	# 899: fsub.d rne frm=1 -> -
	ENTRY(36, 1, 0xbdd0000000000000, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0)
	# 900: fmul.d rmm frm=2 -> UF NX
	ENTRY(46, 2, 0x80263dc8b3a39811, 0xfe9dc612f7304, 0, 0x8000000000000000, 3)
	# 901: fdiv.d rne frm=0 -> NX
	ENTRY(48, 0, 0x3ff0000000000001, 0x869c7277feddf50a, 0, 0xf941ff90136f8d9e, 1)
	# 902: fadd.d dyn frm=4 -> NV
	ENTRY(35, 4, 0x3d40000000000000, 0xfff0000000000001, 0, 0x7ff8000000000000, 16)
	# 903: fsub.d rup frm=3 -> NX
	ENTRY(39, 3, 0x9fb1bc844392a, 0x3ffffffffffffffe, 0, 0xbffffffffffffffd, 1)
	# 904: fmul.d dyn frm=1 -> -
	ENTRY(47, 1, 0x4000000000000000, 0x8014288bb2887ebe, 0, 0x8024288bb2887ebe, 0)
	# 905: fdiv.d dyn frm=3 -> NX
	ENTRY(53, 3, 0x19a361d54cf0e1, 0x8011ccbd24391f24, 0, 0xbff70bbfa103792c, 1)
	# 906: fadd.d rdn frm=3 -> -
	ENTRY(32, 3, 0x3fe0000000000000, 0xbd80000000000000, 0, 0x3fdfffffffff8000, 0)
	# 907: fsub.d rdn frm=2 -> -
	ENTRY(38, 2, 0x3e80000000000000, 0x3d40000000000000, 0, 0x3e7ffffe00000000, 0)
	# 908: fmul.d rup frm=1 -> -
	ENTRY(45, 1, 0x3ff0000000000000, 0x1, 0, 0x1, 0)
	# 909: fdiv.d rtz frm=4 -> NX
	ENTRY(49, 4, 0xd1087d3405cbb081, 0xbaac3c4983217176, 0, 0x564bc10bc66654f6, 1)
	# 910: fadd.d rdn frm=1 -> NX
	ENTRY(32, 1, 0x4000000000000002, 0x2c2deee618354d, 0, 0x4000000000000002, 1)
	# 911: fsub.d rtz frm=0 -> NX
	ENTRY(37, 0, 0x9e5fedf8d804a63f, 0x3c00000000000000, 0, 0xbc00000000000000, 1)
	# 912: fmul.d rmm frm=2 -> -
	ENTRY(46, 2, 0x7ff8000000000000, 0x8000000000000001, 0, 0x7ff8000000000000, 0)
	# 913: fdiv.d dyn frm=1 -> -
	ENTRY(53, 1, 0x4000000000000005, 0xbcd0000000000000, 0, 0xc320000000000005, 0)
	# 914: fadd.d rne frm=1 -> -
	ENTRY(30, 1, 0xbcf0000000000000, 0x3ca0000000000000, 0, 0xbcef000000000000, 0)
	# 915: fsub.d rdn frm=3 -> NV
	ENTRY(38, 3, 0x3fffffffffffffff, 0x7ff0000000000001, 0, 0x7ff8000000000000, 16)
	# 916: fmul.d rmm frm=2 -> -
	ENTRY(46, 2, 0x7ff8000012345678, 0x3c60000000000000, 0, 0x7ff8000000000000, 0)
	# 917: fdiv.d dyn frm=2 -> NX
	ENTRY(53, 2, 0xbdd0000000000000, 0x31d63701049ff, 0, 0xfdd48c0d1ea03149, 1)
	# 918: fadd.d rdn frm=3 -> NX
	ENTRY(32, 3, 0xf4760e2b5cbb8892, 0x325d9f38ef06d9, 0, 0xf4760e2b5cbb8892, 1)
	# 919: fsub.d rne frm=2 -> -
	ENTRY(36, 2, 0x7ff0000000000000, 0x959bf773f47651e6, 0, 0x7ff0000000000000, 0)
	# 920: fmul.d rdn frm=3 -> -
	ENTRY(44, 3, 0x4000000000000000, 0x3ce0000000000000, 0, 0x3cf0000000000000, 0)
	# 921: fdiv.d rdn frm=2 -> NV
	ENTRY(50, 2, 0x7ff0000000000001, 0x3ff0000000000005, 0, 0x7ff8000000000000, 16)
	# 922: fadd.d rtz frm=4 -> NX
	ENTRY(31, 4, 0x62934c3b17db6ef9, 0xfae502b8aa1891d, 0, 0x62934c3b17db6ef9, 1)
	# 923: fsub.d rmm frm=2 -> -
	ENTRY(40, 2, 0x3d90000000000000, 0xbee0000000000000, 0, 0x3ee0000080000000, 0)
	# 924: fmul.d rup frm=2 -> -
	ENTRY(45, 2, 0x3d20000000000000, 0x3ff0000000000003, 0, 0x3d20000000000003, 0)
	# 925: fdiv.d rdn frm=0 -> -
	ENTRY(50, 0, 0x8021ebfae7662242, 0x3fe0000000000000, 0, 0x8031ebfae7662242, 0)
	# 926: fadd.d rmm frm=0 -> NX
	ENTRY(34, 0, 0x4a220cb675b7c378, 0x250da2e2febef52, 0, 0x4a220cb675b7c378, 1)
	# 927: fsub.d rup frm=3 -> NX
	ENTRY(39, 3, 0xc892f7bb6f29d091, 0x4000000000000000, 0, 0xc892f7bb6f29d091, 1)
	# 928: fmul.d rtz frm=0 -> -
	ENTRY(43, 0, 0x803209374ce0f2db, 0x4000000000000000, 0, 0x804209374ce0f2db, 0)
	# 929: fdiv.d rdn frm=4 -> NX
	ENTRY(50, 4, 0xbef0000000000000, 0x703b70cf7c052c62, 0, 0x8ea2a88f7a3d7421, 1)
	# 930: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0xbe00000000000000, 0xe7fc351c29b5f2cd, 0, 0xe7fc351c29b5f2ce, 1)
	# 931: fsub.d dyn frm=1 -> -
	ENTRY(41, 1, 0x7ff0000000000000, 0xf462ba77eea58300, 0, 0x7ff0000000000000, 0)
	# 932: fmul.d rne frm=0 -> -
	ENTRY(42, 0, 0x801f253d790968dc, 0x4340000000000000, 0, 0x836f253d790968dc, 0)
	# 933: fdiv.d rmm frm=3 -> NX
	ENTRY(52, 3, 0x306505873973b2, 0x4000000000000005, 0, 0x206505873973ad, 1)
	# 934: fadd.d rup frm=0 -> -
	ENTRY(33, 0, 0xbc90000000000000, 0xbc40000000000000, 0, 0xbc90800000000000, 0)
	# 935: fsub.d rup frm=0 -> NX
	ENTRY(39, 0, 0x10720ed144ba5f, 0x4000000000000001, 0, 0xc000000000000000, 1)
	# 936: fmul.d rne frm=3 -> UF NX
	ENTRY(42, 3, 0x8030b4565ef59b50, 0x80258fc494cdbe04, 0, 0, 3)
	# 937: fdiv.d rup frm=0 -> NX
	ENTRY(51, 0, 0x3ff0000000000000, 0x803957e8160d69e0, 0, 0xffa433d7b7fa8b3c, 1)
	# 938: fadd.d dyn frm=4 -> NX
	ENTRY(35, 4, 0xbc80000000000000, 0x3ffffffffffffffe, 0, 0x3ffffffffffffffe, 1)
	# 939: fsub.d rne frm=2 -> NX
	ENTRY(36, 2, 0x4340000000000000, 0xbf80000000000000, 0, 0x4340000000000000, 1)
	# 940: fmul.d rup frm=4 -> NX
	ENTRY(45, 4, 0x3ff0000000000003, 0x4000000000000004, 0, 0x4000000000000008, 1)
	# 941: fdiv.d dyn frm=3 -> NV
	ENTRY(53, 3, 0x7ff0000000000001, 0x80247e985180c9da, 0, 0x7ff8000000000000, 16)
	# 942: fadd.d rne frm=2 -> NX
	ENTRY(30, 2, 0x3ff0000000000004, 0x1e5e5c9ae47118, 0, 0x3ff0000000000004, 1)
	# 943: fsub.d rup frm=2 -> -
	ENTRY(39, 2, 0xc41a098cd68e9511, 0xfff0000000000000, 0, 0x7ff0000000000000, 0)
	# 944: fmul.d rup frm=0 -> -
	ENTRY(45, 0, 0x3c60000000000000, 0xbe40000000000000, 0, 0xbab0000000000000, 0)
	# 945: fdiv.d rdn frm=1 -> -
	ENTRY(50, 1, 0x33effeaed084db1b, 0x3dd0000000000000, 0, 0x360ffeaed084db1b, 0)
	# 946: fadd.d rup frm=1 -> -
	ENTRY(33, 1, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 947: fsub.d rmm frm=1 -> NX
	ENTRY(40, 1, 0x3919680f0a8172, 0x68cd39197b75a113, 0, 0xe8cd39197b75a113, 1)
	# 948: fmul.d rdn frm=4 -> -
	ENTRY(44, 4, 0xbd70000000000000, 0xc65d726a813f63ba, 0, 0x43dd726a813f63ba, 0)
	# 949: fdiv.d rtz frm=3 -> NX
	ENTRY(49, 3, 0x3e60000000000000, 0x5a99126db8774b68, 0, 0x23b46bd39eab3f18, 1)
	# 950: fadd.d rdn frm=1 -> NX
	ENTRY(32, 1, 0x80309e3e0c8db292, 0xe8e5cc714c46553f, 0, 0xe8e5cc714c465540, 1)
	# 951: fsub.d dyn frm=4 -> NX
	ENTRY(41, 4, 0x803a8ba0cb3fb317, 0x7fefffffffffffff, 0, 0xffefffffffffffff, 1)
	# 952: fmul.d dyn frm=1 -> NX
	ENTRY(47, 1, 0x2cfa25b63b4d876c, 0x7fefffffffffffff, 0, 0x6cfa25b63b4d876b, 1)
	# 953: fdiv.d rup frm=3 -> -
	ENTRY(51, 3, 0x5bb0cc4e8a176262, 0x3c90000000000000, 0, 0x5f10cc4e8a176262, 0)
	# 954: fadd.d rdn frm=3 -> NX
	ENTRY(32, 3, 0x801b5d1450723730, 0xc40cb3cd151b44b0, 0, 0xc40cb3cd151b44b1, 1)
	# 955: fsub.d rup frm=3 -> NX
	ENTRY(39, 3, 0xfffffffffffff, 0x3ca3604eaa8fd4, 0, 0x8038a3604eaa8fd4, 1)
	# 956: fmul.d rne frm=3 -> NX
	ENTRY(42, 3, 0xa1d0a2e468ba3d54, 0x60dce039990bba1a, 0, 0xc2be0634186fa96c, 1)
	# 957: fdiv.d dyn frm=4 -> NX
	ENTRY(53, 4, 0x3ff0000000000004, 0x3feffffffffffffe, 0, 0x3ff0000000000005, 1)
	# 958: fadd.d dyn frm=2 -> NX
	ENTRY(35, 2, 0x3c40000000000000, 0x1dbf8db824a476, 0, 0x3c40000000000000, 1)
	# 959: fsub.d rne frm=4 -> -
	ENTRY(36, 4, 0x8000000000000000, 0x3fffffffffffffff, 0, 0xbfffffffffffffff, 0)
	# 960: fmul.d dyn frm=4 -> NX
	ENTRY(47, 4, 0xd13dd1ab13257c94, 0x2f9ea8f421fb774f, 0, 0xc0ec9200a27aa7c6, 1)
	# 961: fdiv.d rmm frm=0 -> NX
	ENTRY(52, 0, 0xbe30000000000000, 0x5633e69e3f96790a, 0, 0xa7e9ba4028a0e8bc, 1)
	# 962: fadd.d rmm frm=2 -> NX
	ENTRY(34, 2, 0x11c6b149a0fff3, 0x3e80000000000000, 0, 0x3e80000000000000, 1)
	# 963: fsub.d rdn frm=3 -> NX
	ENTRY(38, 3, 0xe51077077222852c, 0x4000000000000002, 0, 0xe51077077222852d, 1)
	# 964: fmul.d dyn frm=2 -> -
	ENTRY(47, 2, 0x7ff0000000000000, 0x3ff0000000000002, 0, 0x7ff0000000000000, 0)
	# 965: fdiv.d dyn frm=1 -> -
	ENTRY(53, 1, 0x3d90000000000000, 0xbff0000000000000, 0, 0xbd90000000000000, 0)
	# 966: fadd.d rtz frm=4 -> NX
	ENTRY(31, 4, 0x3f10000000000000, 0x357d905bdd6f73, 0, 0x3f10000000000000, 1)
	# 967: fsub.d rup frm=2 -> NX
	ENTRY(39, 2, 0x4000000000000001, 0x3e74a88c53244b5, 0, 0x4000000000000001, 1)
	# 968: fmul.d dyn frm=3 -> NX
	ENTRY(47, 3, 0x3feffffffffffffe, 0x80278bdde91b633a, 0, 0x80278bdde91b6338, 1)
	# 969: fdiv.d rup frm=4 -> -
	ENTRY(51, 4, 0x803525c3857a398c, 0x3ca0000000000000, 0, 0x838525c3857a398c, 0)
	# 970: fadd.d rdn frm=2 -> NX
	ENTRY(32, 2, 0x3de0000000000000, 0x6c9982c2000e5, 0, 0x3de0000000000000, 1)
	# 971: fsub.d rne frm=4 -> NX
	ENTRY(36, 4, 0x4000000000000004, 0x4bc08753b3c74651, 0, 0xcbc08753b3c74651, 1)
	# 972: fmul.d dyn frm=0 -> -
	ENTRY(47, 0, 0x3feffffffffffffe, 0x3c10000000000000, 0, 0x3c0ffffffffffffe, 0)
	# 973: fdiv.d rdn frm=1 -> -
	ENTRY(50, 1, 0x128b9bb3660190, 0x3ca0000000000000, 0, 0x3628b9bb3660190, 0)
	# 974: fadd.d rmm frm=0 -> NX
	ENTRY(34, 0, 0x6bc7f9df04f037ed, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 1)
	# 975: fsub.d rtz frm=3 -> NX
	ENTRY(37, 3, 0x3ffffffffffffffe, 0x8038bdf05d5e70ac, 0, 0x3ffffffffffffffe, 1)
	# 976: fmul.d dyn frm=0 -> NX
	ENTRY(47, 0, 0x9663293bb55c7636, 0xb5a5a1db0c6714e3, 0, 0xc19e7f39a15ef2a, 1)
	# 977: fdiv.d rdn frm=2 -> NX
	ENTRY(50, 2, 0xcc8b40f70dad952c, 0x3fefffffffffffff, 0, 0xcc8b40f70dad952d, 1)
	# 978: fadd.d dyn frm=3 -> NX
	ENTRY(35, 3, 0x3c50000000000000, 0x1a869dbf0f48cc5a, 0, 0x3c50000000000001, 1)
	# 979: fsub.d rtz frm=2 -> -
	ENTRY(37, 2, 0xfff0000000000000, 0x80059d132a0cc9d4, 0, 0xfff0000000000000, 0)
	# 980: fmul.d rtz frm=1 -> -
	ENTRY(43, 1, 0x209aac82c437b205, 0x3dc0000000000000, 0, 0x1e6aac82c437b205, 0)
	# 981: fdiv.d rdn frm=0 -> NV
	ENTRY(50, 0, 0x265f40913ece66, 0xfff0000000000001, 0, 0x7ff8000000000000, 16)
	# 982: fadd.d dyn frm=1 -> NX
	ENTRY(35, 1, 0x3ff0000000000004, 0x801573c38e501cc5, 0, 0x3ff0000000000003, 1)
	# 983: fsub.d rup frm=2 -> NX
	ENTRY(39, 2, 0xbfc0000000000000, 0x3fefffffffffffff, 0, 0xbff1ffffffffffff, 1)
	# 984: fmul.d rup frm=4 -> UF NX
	ENTRY(45, 4, 0x2b5085aa07fb06, 0x3ca0000000000000, 0, 0x2, 3)
	# 985: fdiv.d rtz frm=4 -> -
	ENTRY(49, 4, 0x3db0000000000000, 0xbd40000000000000, 0, 0xc060000000000000, 0)
	# 986: fadd.d rne frm=3 -> -
	ENTRY(30, 3, 0x4000000000000002, 0x3df0000000000000, 0, 0x4000000000080002, 0)
	# 987: fsub.d rmm frm=2 -> NX
	ENTRY(40, 2, 0x3d40000000000000, 0x8010000000000000, 0, 0x3d40000000000000, 1)
	# 988: fmul.d rup frm=4 -> -
	ENTRY(45, 4, 0x3ffffffffffffffe, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 989: fdiv.d rdn frm=0 -> NX
	ENTRY(50, 0, 0x3c80000000000000, 0x51fdfe84f3e79a76, 0, 0x2a7111e8be77c72d, 1)
	# 990: fadd.d rne frm=1 -> -
	ENTRY(30, 1, 0x3dc0000000000000, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0)
	# 991: fsub.d rup frm=0 -> NX
	ENTRY(39, 0, 0x4000000000000001, 0x7dcc62dd22f3f446, 0, 0xfdcc62dd22f3f445, 1)
	# 992: fmul.d rtz frm=3 -> NX
	ENTRY(43, 3, 0x9d2bbc30e1626b87, 0x58b13b1b2ee6ec28, 0, 0xb5edde69029780a5, 1)
	# 993: fdiv.d rup frm=1 -> NX
	ENTRY(51, 1, 0x4000000000000001, 0x3fffffffffffffff, 0, 0x3ff0000000000002, 1)
	# 994: fadd.d rup frm=0 -> NX
	ENTRY(33, 0, 0x5d6b7c3961191ec6, 0xbf40000000000000, 0, 0x5d6b7c3961191ec6, 1)
	# 995: fsub.d rne frm=3 -> -
	ENTRY(36, 3, 0x7ff8000000000000, 0, 0, 0x7ff8000000000000, 0)
	# 996: fmul.d dyn frm=1 -> UF NX
	ENTRY(47, 1, 0x8017811190982687, 0x8ed9bed33147ad8e, 0, 0, 3)
	# 997: fdiv.d rdn frm=4 -> -
	ENTRY(50, 4, 0x8010000000000000, 0xbe30000000000000, 0, 0x1d0000000000000, 0)
	# 998: fadd.d rup frm=0 -> NX
	ENTRY(33, 0, 0x3fefffffffffffff, 0x3fa0000000000000, 0, 0x3ff0800000000000, 1)
	# 999: fsub.d rtz frm=0 -> NX
	ENTRY(37, 0, 0x8000000000000001, 0x3d50000000000000, 0, 0xbd50000000000000, 1)
	# 1000: fmul.d rmm frm=4 -> NX
	ENTRY(46, 4, 0x3fefffffffffffff, 0xcf24a36d1c92ee59, 0, 0xcf24a36d1c92ee58, 1)
	# 1001: fdiv.d rdn frm=3 -> UF NX
	ENTRY(50, 3, 0x8010000000000000, 0x3ffffffffffffffe, 0, 0x8008000000000001, 3)
	# 1002: fadd.d rdn frm=3 -> NX
	ENTRY(32, 3, 0x92eb00adbb8d156c, 0x3ff0000000000004, 0, 0x3ff0000000000003, 1)
	# 1003: fsub.d rne frm=4 -> NV
	ENTRY(36, 4, 0x7ff4000000000000, 0x3d50000000000000, 0, 0x7ff8000000000000, 16)
	# 1004: fmul.d rne frm=3 -> NX
	ENTRY(42, 3, 0x3ff0000000000001, 0xaddcc9936308b002, 0, 0xaddcc9936308b004, 1)
	# 1005: fdiv.d rne frm=2 -> OF NX
	ENTRY(48, 2, 0x4000000000000003, 0x800698f6bfec133d, 0, 0xfff0000000000000, 5)
	# 1006: fadd.d rne frm=1 -> -
	ENTRY(30, 1, 0, 0x3ff0000000000003, 0, 0x3ff0000000000003, 0)
	# 1007: fsub.d dyn frm=0 -> -
	ENTRY(41, 0, 0x4008000000000000, 0x8000000000000000, 0, 0x4008000000000000, 0)
	# 1008: fmul.d dyn frm=0 -> -
	ENTRY(47, 0, 0x3e00000000000000, 0x4000000000000004, 0, 0x3e10000000000004, 0)
	# 1009: fdiv.d rtz frm=0 -> NX
	ENTRY(49, 0, 0x2ebfd895046e8fa6, 0x3ffffffffffffffe, 0, 0x2eafd895046e8fa7, 1)
	# 1010: fadd.d rmm frm=1 -> NX
	ENTRY(34, 1, 0xc64f7600fcee9423, 0x801a3c5df9d196f4, 0, 0xc64f7600fcee9423, 1)
	# 1011: fsub.d rup frm=1 -> NX
	ENTRY(39, 1, 0x80150b176a11fc32, 0xda81f9ff4d15599e, 0, 0x5a81f9ff4d15599e, 1)
	# 1012: fmul.d rmm frm=2 -> -
	ENTRY(46, 2, 0xfff0000000000000, 0x3c50000000000000, 0, 0xfff0000000000000, 0)
	# 1013: fdiv.d dyn frm=1 -> UF NX
	ENTRY(53, 1, 0x39b779761168d0, 0x7062ac7c6fdefe91, 0, 0, 3)
	# 1014: fadd.d rup frm=2 -> NX
	ENTRY(33, 2, 0x60b58ab2e7e87c21, 0x4000000000000002, 0, 0x60b58ab2e7e87c22, 1)
	# 1015: fsub.d dyn frm=3 -> NX
	ENTRY(41, 3, 0x4008000000000000, 0xfffffffffffff, 0, 0x4008000000000000, 1)
	# 1016: fmul.d rne frm=4 -> UF NX
	ENTRY(42, 4, 0x1d895eadeb5f4de9, 0x8010000000000000, 0, 0x8000000000000000, 3)
	# 1017: fdiv.d rdn frm=2 -> DZ
	ENTRY(50, 2, 0x875fc7a8d268de23, 0x8000000000000000, 0, 0x7ff0000000000000, 8)
	# 1018: fadd.d rup frm=0 -> NX
	ENTRY(33, 0, 0x3c10000000000000, 0x803f92956c3e1888, 0, 0x3c10000000000000, 1)
	# 1019: fsub.d rdn frm=2 -> NX
	ENTRY(38, 2, 0x6a4533de175ec0aa, 0xc494c3e947252329, 0, 0x6a4533de175ec0aa, 1)
	# 1020: fmul.d rtz frm=3 -> NX
	ENTRY(43, 3, 0x2954c8bc1a58d805, 0x384e5daa897d542e, 0, 0x21b3b9067f13f4cc, 1)
	# 1021: fdiv.d rup frm=3 -> OF NX
	ENTRY(51, 3, 0xc7977626816c99bc, 0xe75c0841a8fd7, 0, 0xffefffffffffffff, 5)
	# 1022: fadd.d rmm frm=3 -> NX
	ENTRY(34, 3, 0x8039e0b7f03124ec, 0x80292e527908ac3f, 0, 0x80433bf0965abd86, 1)
	# 1023: fsub.d rup frm=4 -> -
	ENTRY(39, 4, 0xbe80000000000000, 0x3ff0000000000002, 0, 0xbff0000020000002, 0)
	# 1025: fmul.d rne frm=0 -> -
	ENTRY(42, 0, 0xbdc0000000000000, 0x3feffffffffffffe, 0, 0xbdbffffffffffffe, 0)
	# 1026: fdiv.d rtz frm=2 -> OF NX
	ENTRY(49, 2, 0x715f1e065001c35a, 0x37b7a763a9fcae, 0, 0x7fefffffffffffff, 5)
	# 1027: fadd.d rtz frm=3 -> NX
	ENTRY(31, 3, 0x31b27bb7d692fb, 0x94f772bdbbc1e597, 0, 0x94f772bdbbc1e596, 1)
	# 1028: fsub.d rdn frm=1 -> NX
	ENTRY(38, 1, 0x281d6389476790a3, 0x4340000000000000, 0, 0xc340000000000000, 1)
	# 1029: fmul.d dyn frm=3 -> NX
	ENTRY(47, 3, 0x76c925c00dc2102e, 0x3ff0000000000001, 0, 0x76c925c00dc21030, 1)
	# 1030: fdiv.d rtz frm=1 -> -
	ENTRY(49, 1, 0x801ede7fec9159f4, 0x3e30000000000000, 0, 0x81dede7fec9159f4, 0)
	# 1031: fadd.d rtz frm=0 -> NV
	ENTRY(31, 0, 0x3ff0000000000001, 0xfff0000000000001, 0, 0x7ff8000000000000, 16)
	# 1032: fsub.d rne frm=1 -> -
	ENTRY(36, 1, 0x801e289cce37c287, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 1033: fmul.d rup frm=0 -> NX
	ENTRY(45, 0, 0x4000000000000001, 0x3ff0000000000005, 0, 0x4000000000000007, 1)
	# 1034: fdiv.d rne frm=4 -> -
	ENTRY(48, 4, 0x4340000000000000, 0xbf70000000000000, 0, 0xc3c0000000000000, 0)
	# 1035: fsqrt.d dyn frm=4 -> NV
	ENTRY(59, 4, 0xee9ef70a5e21f0b0, 0, 0, 0x7ff8000000000000, 16)
	# 1036: fsqrt.d rdn frm=1 -> NV
	ENTRY(56, 1, 0xfff0000000000001, 0, 0, 0x7ff8000000000000, 16)
	# 1037: fsqrt.d rne frm=4 -> NX
	ENTRY(54, 4, 0x3feffffffffffffe, 0, 0, 0x3fefffffffffffff, 1)
	# 1038: fsqrt.d dyn frm=3 -> NX
	ENTRY(59, 3, 0x230c66b76435fb, 0, 0, 0x2008b066dc6b4efe, 1)
	# 1039: fsqrt.d rdn frm=1 -> NV
	ENTRY(56, 1, 0x8a67a1dcacd945f3, 0, 0, 0x7ff8000000000000, 16)
	# 1040: fsqrt.d rup frm=1 -> NX
	ENTRY(57, 1, 0x3ff0000000000003, 0, 0, 0x3ff0000000000002, 1)
	# 1041: fsqrt.d rmm frm=0 -> NV
	ENTRY(58, 0, 0xfff0000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 1042: fsqrt.d rdn frm=2 -> NV
	ENTRY(56, 2, 0x801d8d70c0d2f1ac, 0, 0, 0x7ff8000000000000, 16)
	# 1043: fsqrt.d rup frm=3 -> -
	ENTRY(57, 3, 0x1, 0, 0, 0x1e60000000000000, 0)
	# 1044: fsqrt.d dyn frm=3 -> NX
	ENTRY(59, 3, 0x3ff0000000000004, 0, 0, 0x3ff0000000000002, 1)
	# 1045: fsqrt.d dyn frm=3 -> NX
	ENTRY(59, 3, 0x4000000000000004, 0, 0, 0x3ff6a09e667f3bd0, 1)
	# 1046: fsqrt.d dyn frm=4 -> NV
	ENTRY(59, 4, 0x80028925ce5c722f, 0, 0, 0x7ff8000000000000, 16)
	# 1047: fsqrt.d rdn frm=1 -> NX
	ENTRY(56, 1, 0x3ffffffffffffffe, 0, 0, 0x3ff6a09e667f3bcb, 1)
	# 1048: fsqrt.d dyn frm=4 -> NX
	ENTRY(59, 4, 0x14b003fa75198222, 0, 0, 0x2a5001fd1ae920e2, 1)
	# 1049: fsqrt.d rdn frm=0 -> NV
	ENTRY(56, 0, 0x8036d669d8bf5894, 0, 0, 0x7ff8000000000000, 16)
	# 1050: fsqrt.d rmm frm=2 -> NV
	ENTRY(58, 2, 0xbda0000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 1051: fsqrt.d rmm frm=1 -> NV
	ENTRY(58, 1, 0xdc3cee6c2efb6348, 0, 0, 0x7ff8000000000000, 16)
	# 1052: fsqrt.d rup frm=1 -> NX
	ENTRY(57, 1, 0x3c80000000000000, 0, 0, 0x3e36a09e667f3bcd, 1)
	# 1053: fsqrt.d rmm frm=4 -> NX
	ENTRY(58, 4, 0x446c56debb15c6be, 0, 0, 0x422e1d355eef4d91, 1)
	# 1054: fsqrt.d rup frm=1 -> NV
	ENTRY(57, 1, 0xbcd0000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 1055: fsqrt.d dyn frm=1 -> NV
	ENTRY(59, 1, 0xbfd0000000000000, 0, 0, 0x7ff8000000000000, 16)
	# 1056: fsqrt.d rmm frm=1 -> -
	ENTRY(58, 1, 0x3c90000000000000, 0, 0, 0x3e40000000000000, 0)
	# 1057: fsqrt.d rtz frm=0 -> NX
	ENTRY(55, 0, 0x20858548fb74840d, 0, 0, 0x303a3e0a4725db3e, 1)
	# 1058: fsqrt.d rne frm=0 -> NX
	ENTRY(54, 0, 0x3819b5528d80c8, 0, 0, 0x2013a30a1651077e, 1)
	# 1059: fsqrt.d dyn frm=3 -> NV
	ENTRY(59, 3, 0xb9a043ad47634f56, 0, 0, 0x7ff8000000000000, 16)
	# 1060: fsqrt.d rdn frm=4 -> NX
	ENTRY(56, 4, 0x37e3aca0acde1e, 0, 0, 0x20138cfa4c47bee6, 1)
	# 1061: fsqrt.d rdn frm=2 -> NX
	ENTRY(56, 2, 0x3fe0000000000000, 0, 0, 0x3fe6a09e667f3bcc, 1)
	# 1062: fsqrt.d rdn frm=0 -> NX
	ENTRY(56, 0, 0x27aa2ffd1b6eac, 0, 0, 0x200b84c31270ad38, 1)
	# 1063: fsqrt.d rdn frm=4 -> NX
	ENTRY(56, 4, 0x4000000000000004, 0, 0, 0x3ff6a09e667f3bcf, 1)
	# 1064: fsqrt.d rne frm=0 -> -
	ENTRY(54, 0, 0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0)
	# 1065: fsqrt.d rmm frm=3 -> -
	ENTRY(58, 3, 0x3ff0000000000000, 0, 0, 0x3ff0000000000000, 0)
	# 1066: fsqrt.d rtz frm=2 -> NX
	ENTRY(55, 2, 0x3f60000000000000, 0, 0, 0x3fa6a09e667f3bcc, 1)
	# 1067: fsqrt.d rmm frm=1 -> NX
	ENTRY(58, 1, 0x3ec0000000000000, 0, 0, 0x3f56a09e667f3bcd, 1)
	# 1068: fsqrt.d rmm frm=1 -> NX
	ENTRY(58, 1, 0x3ffffffffffffffe, 0, 0, 0x3ff6a09e667f3bcc, 1)
	# 1069: fsqrt.d rdn frm=4 -> NX
	ENTRY(56, 4, 0x3ffffffffffffffe, 0, 0, 0x3ff6a09e667f3bcb, 1)
	# 1070: fsqrt.d rtz frm=4 -> NX
	ENTRY(55, 4, 0x3ff0000000000003, 0, 0, 0x3ff0000000000001, 1)
	# 1071: fsqrt.d rtz frm=3 -> NX
	ENTRY(55, 3, 0x2b236c3692202f, 0, 0, 0x200d7816eb5f2146, 1)
	# 1072: fsqrt.d rtz frm=3 -> NV
	ENTRY(55, 3, 0x8038d5cf874344d2, 0, 0, 0x7ff8000000000000, 16)
	# 1073: fsqrt.d rne frm=1 -> NX
	ENTRY(54, 1, 0x7fb62b6a8711476b, 0, 0, 0x5fd2d576803eb642, 1)
	# 1074: fsqrt.d rdn frm=3 -> NV
	ENTRY(56, 3, 0x8024db9eefe9b2ed, 0, 0, 0x7ff8000000000000, 16)
vectors_end:

TEST_END
