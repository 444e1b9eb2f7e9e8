/* F/D: FMADD/FMSUB/FNMSUB/FNMADD: single rounding, signs, invalid cases
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
	.org stubs + 60 * 16
	fmadd.s fa3, fa0, fa1, fa2, rne
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.s fa3, fa0, fa1, fa2, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.s fa3, fa0, fa1, fa2, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.s fa3, fa0, fa1, fa2, rup
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.s fa3, fa0, fa1, fa2, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.s fa3, fa0, fa1, fa2, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.s fa3, fa0, fa1, fa2, rne
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.s fa3, fa0, fa1, fa2, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.s fa3, fa0, fa1, fa2, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.s fa3, fa0, fa1, fa2, rup
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.s fa3, fa0, fa1, fa2, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.s fa3, fa0, fa1, fa2, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.s fa3, fa0, fa1, fa2, rne
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.s fa3, fa0, fa1, fa2, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.s fa3, fa0, fa1, fa2, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.s fa3, fa0, fa1, fa2, rup
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.s fa3, fa0, fa1, fa2, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.s fa3, fa0, fa1, fa2, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.s fa3, fa0, fa1, fa2, rne
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.s fa3, fa0, fa1, fa2, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.s fa3, fa0, fa1, fa2, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.s fa3, fa0, fa1, fa2, rup
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.s fa3, fa0, fa1, fa2, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.s fa3, fa0, fa1, fa2, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.d fa3, fa0, fa1, fa2, rne
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.d fa3, fa0, fa1, fa2, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.d fa3, fa0, fa1, fa2, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.d fa3, fa0, fa1, fa2, rup
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.d fa3, fa0, fa1, fa2, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fmadd.d fa3, fa0, fa1, fa2, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.d fa3, fa0, fa1, fa2, rne
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.d fa3, fa0, fa1, fa2, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.d fa3, fa0, fa1, fa2, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.d fa3, fa0, fa1, fa2, rup
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.d fa3, fa0, fa1, fa2, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fmsub.d fa3, fa0, fa1, fa2, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.d fa3, fa0, fa1, fa2, rne
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.d fa3, fa0, fa1, fa2, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.d fa3, fa0, fa1, fa2, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.d fa3, fa0, fa1, fa2, rup
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.d fa3, fa0, fa1, fa2, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fnmsub.d fa3, fa0, fa1, fa2, dyn
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.d fa3, fa0, fa1, fa2, rne
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.d fa3, fa0, fa1, fa2, rtz
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.d fa3, fa0, fa1, fa2, rdn
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.d fa3, fa0, fa1, fa2, rup
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.d fa3, fa0, fa1, fa2, rmm
	fmv.x.d a0, fa3
	ret
	nop
	fnmadd.d fa3, fa0, fa1, fa2, dyn
	fmv.x.d a0, fa3
	ret
	nop
	.option pop

	.section .data
	.align 3
vectors:
	# 1: fmadd.s rdn frm=3 -> -
	ENTRY(62, 3, 0xffffffff40000000, 0xffffffff40400000, 0xffffffff3f800000, 0xffffffff40e00000, 0)
	# 2: fmadd.d dyn frm=1 -> -
	ENTRY(89, 1, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000, 0x401c000000000000, 0)
	# 3: fmadd.s rne frm=1 -> -
	ENTRY(60, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 4: fmadd.s rtz frm=4 -> -
	ENTRY(61, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 5: fmadd.s rdn frm=1 -> -
	ENTRY(62, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 6: fmadd.s rup frm=1 -> -
	ENTRY(63, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 7: fmadd.s rmm frm=2 -> -
	ENTRY(64, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 8: fmadd.s dyn frm=0 -> -
	ENTRY(65, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 9: fmadd.s dyn frm=1 -> -
	ENTRY(65, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 10: fmadd.s dyn frm=2 -> -
	ENTRY(65, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 11: fmadd.s dyn frm=3 -> -
	ENTRY(65, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 12: fmadd.s dyn frm=4 -> -
	ENTRY(65, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff40000000, 0)
	# 13: fmadd.d rne frm=1 -> -
	ENTRY(84, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 14: fmadd.d rtz frm=4 -> -
	ENTRY(85, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 15: fmadd.d rdn frm=4 -> -
	ENTRY(86, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 16: fmadd.d rup frm=0 -> -
	ENTRY(87, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 17: fmadd.d rmm frm=0 -> -
	ENTRY(88, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 18: fmadd.d dyn frm=0 -> -
	ENTRY(89, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 19: fmadd.d dyn frm=1 -> -
	ENTRY(89, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 20: fmadd.d dyn frm=2 -> -
	ENTRY(89, 2, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 21: fmadd.d dyn frm=3 -> -
	ENTRY(89, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 22: fmadd.d dyn frm=4 -> -
	ENTRY(89, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x4000000000000000, 0)
	# 23: fmadd.s rne frm=3 -> -
	ENTRY(60, 3, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 24: fmadd.s rtz frm=3 -> -
	ENTRY(61, 3, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 25: fmadd.s rdn frm=0 -> -
	ENTRY(62, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 26: fmadd.s rup frm=1 -> -
	ENTRY(63, 1, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 27: fmadd.s rmm frm=2 -> -
	ENTRY(64, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 28: fmadd.s dyn frm=0 -> -
	ENTRY(65, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 29: fmadd.s dyn frm=1 -> -
	ENTRY(65, 1, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 30: fmadd.s dyn frm=2 -> -
	ENTRY(65, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 31: fmadd.s dyn frm=3 -> -
	ENTRY(65, 3, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 32: fmadd.s dyn frm=4 -> -
	ENTRY(65, 4, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 33: fmadd.d rne frm=2 -> -
	ENTRY(84, 2, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 34: fmadd.d rtz frm=3 -> -
	ENTRY(85, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 35: fmadd.d rdn frm=3 -> -
	ENTRY(86, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 36: fmadd.d rup frm=4 -> -
	ENTRY(87, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 37: fmadd.d rmm frm=3 -> -
	ENTRY(88, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 38: fmadd.d dyn frm=0 -> -
	ENTRY(89, 0, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 39: fmadd.d dyn frm=1 -> -
	ENTRY(89, 1, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 40: fmadd.d dyn frm=2 -> -
	ENTRY(89, 2, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 41: fmadd.d dyn frm=3 -> -
	ENTRY(89, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 42: fmadd.d dyn frm=4 -> -
	ENTRY(89, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 43: fmadd.s rne frm=2 -> -
	ENTRY(60, 2, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffff80000000, 0xffffffff80000000, 0)
	# 44: fmadd.d rmm frm=3 -> -
	ENTRY(88, 3, 0, 0x3ff0000000000000, 0x8000000000000000, 0, 0)
	# 45: fmsub.s rmm frm=2 -> -
	ENTRY(70, 2, 0xffffffff40000000, 0xffffffff40400000, 0xffffffff3f800000, 0xffffffff40a00000, 0)
	# 46: fmsub.d rmm frm=0 -> -
	ENTRY(94, 0, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000, 0x4014000000000000, 0)
	# 47: fmsub.s rne frm=4 -> -
	ENTRY(66, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 48: fmsub.s rtz frm=3 -> -
	ENTRY(67, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 49: fmsub.s rdn frm=4 -> -
	ENTRY(68, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff80000000, 0)
	# 50: fmsub.s rup frm=2 -> -
	ENTRY(69, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 51: fmsub.s rmm frm=0 -> -
	ENTRY(70, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 52: fmsub.s dyn frm=0 -> -
	ENTRY(71, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 53: fmsub.s dyn frm=1 -> -
	ENTRY(71, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 54: fmsub.s dyn frm=2 -> -
	ENTRY(71, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff80000000, 0)
	# 55: fmsub.s dyn frm=3 -> -
	ENTRY(71, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 56: fmsub.s dyn frm=4 -> -
	ENTRY(71, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 57: fmsub.d rne frm=1 -> -
	ENTRY(90, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 58: fmsub.d rtz frm=4 -> -
	ENTRY(91, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 59: fmsub.d rdn frm=3 -> -
	ENTRY(92, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x8000000000000000, 0)
	# 60: fmsub.d rup frm=1 -> -
	ENTRY(93, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 61: fmsub.d rmm frm=2 -> -
	ENTRY(94, 2, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 62: fmsub.d dyn frm=0 -> -
	ENTRY(95, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 63: fmsub.d dyn frm=1 -> -
	ENTRY(95, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 64: fmsub.d dyn frm=2 -> -
	ENTRY(95, 2, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x8000000000000000, 0)
	# 65: fmsub.d dyn frm=3 -> -
	ENTRY(95, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 66: fmsub.d dyn frm=4 -> -
	ENTRY(95, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 67: fmsub.s rne frm=3 -> -
	ENTRY(66, 3, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 68: fmsub.s rtz frm=2 -> -
	ENTRY(67, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 69: fmsub.s rdn frm=0 -> -
	ENTRY(68, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 70: fmsub.s rup frm=1 -> -
	ENTRY(69, 1, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 71: fmsub.s rmm frm=3 -> -
	ENTRY(70, 3, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 72: fmsub.s dyn frm=0 -> -
	ENTRY(71, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 73: fmsub.s dyn frm=1 -> -
	ENTRY(71, 1, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 74: fmsub.s dyn frm=2 -> -
	ENTRY(71, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 75: fmsub.s dyn frm=3 -> -
	ENTRY(71, 3, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 76: fmsub.s dyn frm=4 -> -
	ENTRY(71, 4, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 77: fmsub.d rne frm=1 -> -
	ENTRY(90, 1, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 78: fmsub.d rtz frm=0 -> -
	ENTRY(91, 0, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 79: fmsub.d rdn frm=4 -> -
	ENTRY(92, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 80: fmsub.d rup frm=0 -> -
	ENTRY(93, 0, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 81: fmsub.d rmm frm=3 -> -
	ENTRY(94, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 82: fmsub.d dyn frm=0 -> -
	ENTRY(95, 0, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 83: fmsub.d dyn frm=1 -> -
	ENTRY(95, 1, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 84: fmsub.d dyn frm=2 -> -
	ENTRY(95, 2, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 85: fmsub.d dyn frm=3 -> -
	ENTRY(95, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 86: fmsub.d dyn frm=4 -> -
	ENTRY(95, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 87: fmsub.s rdn frm=1 -> -
	ENTRY(68, 1, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffff80000000, 0xffffffff80000000, 0)
	# 88: fmsub.d rup frm=2 -> -
	ENTRY(93, 2, 0, 0x3ff0000000000000, 0x8000000000000000, 0, 0)
	# 89: fnmsub.s dyn frm=2 -> -
	ENTRY(77, 2, 0xffffffff40000000, 0xffffffff40400000, 0xffffffff3f800000, 0xffffffffc0a00000, 0)
	# 90: fnmsub.d rup frm=0 -> -
	ENTRY(99, 0, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000, 0xc014000000000000, 0)
	# 91: fnmsub.s rne frm=4 -> -
	ENTRY(72, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 92: fnmsub.s rtz frm=3 -> -
	ENTRY(73, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 93: fnmsub.s rdn frm=1 -> -
	ENTRY(74, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff80000000, 0)
	# 94: fnmsub.s rup frm=0 -> -
	ENTRY(75, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 95: fnmsub.s rmm frm=1 -> -
	ENTRY(76, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 96: fnmsub.s dyn frm=0 -> -
	ENTRY(77, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 97: fnmsub.s dyn frm=1 -> -
	ENTRY(77, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 98: fnmsub.s dyn frm=2 -> -
	ENTRY(77, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff80000000, 0)
	# 99: fnmsub.s dyn frm=3 -> -
	ENTRY(77, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 100: fnmsub.s dyn frm=4 -> -
	ENTRY(77, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff00000000, 0)
	# 101: fnmsub.d rne frm=3 -> -
	ENTRY(96, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 102: fnmsub.d rtz frm=0 -> -
	ENTRY(97, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 103: fnmsub.d rdn frm=0 -> -
	ENTRY(98, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x8000000000000000, 0)
	# 104: fnmsub.d rup frm=2 -> -
	ENTRY(99, 2, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 105: fnmsub.d rmm frm=0 -> -
	ENTRY(100, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 106: fnmsub.d dyn frm=0 -> -
	ENTRY(101, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 107: fnmsub.d dyn frm=1 -> -
	ENTRY(101, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 108: fnmsub.d dyn frm=2 -> -
	ENTRY(101, 2, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x8000000000000000, 0)
	# 109: fnmsub.d dyn frm=3 -> -
	ENTRY(101, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 110: fnmsub.d dyn frm=4 -> -
	ENTRY(101, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0)
	# 111: fnmsub.s rne frm=2 -> -
	ENTRY(72, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 112: fnmsub.s rtz frm=0 -> -
	ENTRY(73, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 113: fnmsub.s rdn frm=4 -> -
	ENTRY(74, 4, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 114: fnmsub.s rup frm=2 -> -
	ENTRY(75, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 115: fnmsub.s rmm frm=0 -> -
	ENTRY(76, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 116: fnmsub.s dyn frm=0 -> -
	ENTRY(77, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 117: fnmsub.s dyn frm=1 -> -
	ENTRY(77, 1, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 118: fnmsub.s dyn frm=2 -> -
	ENTRY(77, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 119: fnmsub.s dyn frm=3 -> -
	ENTRY(77, 3, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 120: fnmsub.s dyn frm=4 -> -
	ENTRY(77, 4, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff00000000, 0)
	# 121: fnmsub.d rne frm=3 -> -
	ENTRY(96, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 122: fnmsub.d rtz frm=0 -> -
	ENTRY(97, 0, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 123: fnmsub.d rdn frm=4 -> -
	ENTRY(98, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 124: fnmsub.d rup frm=4 -> -
	ENTRY(99, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 125: fnmsub.d rmm frm=2 -> -
	ENTRY(100, 2, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 126: fnmsub.d dyn frm=0 -> -
	ENTRY(101, 0, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 127: fnmsub.d dyn frm=1 -> -
	ENTRY(101, 1, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 128: fnmsub.d dyn frm=2 -> -
	ENTRY(101, 2, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 129: fnmsub.d dyn frm=3 -> -
	ENTRY(101, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 130: fnmsub.d dyn frm=4 -> -
	ENTRY(101, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 131: fnmsub.s rmm frm=3 -> -
	ENTRY(76, 3, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffff80000000, 0xffffffff00000000, 0)
	# 132: fnmsub.d dyn frm=1 -> -
	ENTRY(101, 1, 0, 0x3ff0000000000000, 0x8000000000000000, 0x8000000000000000, 0)
	# 133: fnmadd.s rdn frm=3 -> -
	ENTRY(80, 3, 0xffffffff40000000, 0xffffffff40400000, 0xffffffff3f800000, 0xffffffffc0e00000, 0)
	# 134: fnmadd.d rmm frm=0 -> -
	ENTRY(106, 0, 0x4000000000000000, 0x4008000000000000, 0x3ff0000000000000, 0xc01c000000000000, 0)
	# 135: fnmadd.s rne frm=3 -> -
	ENTRY(78, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 136: fnmadd.s rtz frm=3 -> -
	ENTRY(79, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 137: fnmadd.s rdn frm=0 -> -
	ENTRY(80, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 138: fnmadd.s rup frm=0 -> -
	ENTRY(81, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 139: fnmadd.s rmm frm=2 -> -
	ENTRY(82, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 140: fnmadd.s dyn frm=0 -> -
	ENTRY(83, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 141: fnmadd.s dyn frm=1 -> -
	ENTRY(83, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 142: fnmadd.s dyn frm=2 -> -
	ENTRY(83, 2, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 143: fnmadd.s dyn frm=3 -> -
	ENTRY(83, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 144: fnmadd.s dyn frm=4 -> -
	ENTRY(83, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffc0000000, 0)
	# 145: fnmadd.d rne frm=1 -> -
	ENTRY(102, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 146: fnmadd.d rtz frm=4 -> -
	ENTRY(103, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 147: fnmadd.d rdn frm=1 -> -
	ENTRY(104, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 148: fnmadd.d rup frm=0 -> -
	ENTRY(105, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 149: fnmadd.d rmm frm=1 -> -
	ENTRY(106, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 150: fnmadd.d dyn frm=0 -> -
	ENTRY(107, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 151: fnmadd.d dyn frm=1 -> -
	ENTRY(107, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 152: fnmadd.d dyn frm=2 -> -
	ENTRY(107, 2, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 153: fnmadd.d dyn frm=3 -> -
	ENTRY(107, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 154: fnmadd.d dyn frm=4 -> -
	ENTRY(107, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0xc000000000000000, 0)
	# 155: fnmadd.s rne frm=2 -> -
	ENTRY(78, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 156: fnmadd.s rtz frm=4 -> -
	ENTRY(79, 4, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 157: fnmadd.s rdn frm=1 -> -
	ENTRY(80, 1, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 158: fnmadd.s rup frm=0 -> -
	ENTRY(81, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 159: fnmadd.s rmm frm=0 -> -
	ENTRY(82, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 160: fnmadd.s dyn frm=0 -> -
	ENTRY(83, 0, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 161: fnmadd.s dyn frm=1 -> -
	ENTRY(83, 1, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 162: fnmadd.s dyn frm=2 -> -
	ENTRY(83, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 163: fnmadd.s dyn frm=3 -> -
	ENTRY(83, 3, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 164: fnmadd.s dyn frm=4 -> -
	ENTRY(83, 4, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff00000000, 0xffffffff80000000, 0)
	# 165: fnmadd.d rne frm=4 -> -
	ENTRY(102, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 166: fnmadd.d rtz frm=3 -> -
	ENTRY(103, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 167: fnmadd.d rdn frm=4 -> -
	ENTRY(104, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 168: fnmadd.d rup frm=2 -> -
	ENTRY(105, 2, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 169: fnmadd.d rmm frm=2 -> -
	ENTRY(106, 2, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 170: fnmadd.d dyn frm=0 -> -
	ENTRY(107, 0, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 171: fnmadd.d dyn frm=1 -> -
	ENTRY(107, 1, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 172: fnmadd.d dyn frm=2 -> -
	ENTRY(107, 2, 0x8000000000000000, 0x3ff0000000000000, 0, 0x8000000000000000, 0)
	# 173: fnmadd.d dyn frm=3 -> -
	ENTRY(107, 3, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 174: fnmadd.d dyn frm=4 -> -
	ENTRY(107, 4, 0x8000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 175: fnmadd.s rmm frm=4 -> -
	ENTRY(82, 4, 0xffffffff80000000, 0xffffffff3f800000, 0xffffffff80000000, 0xffffffff00000000, 0)
	# 176: fnmadd.d rdn frm=0 -> -
	ENTRY(104, 0, 0, 0x3ff0000000000000, 0x8000000000000000, 0x8000000000000000, 0)
	# 177: fmadd.s rne frm=4 -> NX
	ENTRY(60, 4, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800000, 1)
	# 178: fmadd.s rtz frm=2 -> NX
	ENTRY(61, 2, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800000, 1)
	# 179: fmadd.s rdn frm=3 -> NX
	ENTRY(62, 3, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800000, 1)
	# 180: fmadd.s rup frm=4 -> NX
	ENTRY(63, 4, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800001, 1)
	# 181: fmadd.s rmm frm=1 -> NX
	ENTRY(64, 1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800001, 1)
	# 182: fmadd.s dyn frm=0 -> NX
	ENTRY(65, 0, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800000, 1)
	# 183: fmadd.s dyn frm=1 -> NX
	ENTRY(65, 1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800000, 1)
	# 184: fmadd.s dyn frm=2 -> NX
	ENTRY(65, 2, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800000, 1)
	# 185: fmadd.s dyn frm=3 -> NX
	ENTRY(65, 3, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800001, 1)
	# 186: fmadd.s dyn frm=4 -> NX
	ENTRY(65, 4, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0xffffffff34800001, 1)
	# 187: fmadd.d rne frm=2 -> NX
	ENTRY(84, 2, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000000, 1)
	# 188: fmadd.d rtz frm=0 -> NX
	ENTRY(85, 0, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000000, 1)
	# 189: fmadd.d rdn frm=4 -> NX
	ENTRY(86, 4, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000000, 1)
	# 190: fmadd.d rup frm=2 -> NX
	ENTRY(87, 2, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000001, 1)
	# 191: fmadd.d rmm frm=0 -> NX
	ENTRY(88, 0, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000001, 1)
	# 192: fmadd.d dyn frm=0 -> NX
	ENTRY(89, 0, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000000, 1)
	# 193: fmadd.d dyn frm=1 -> NX
	ENTRY(89, 1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000000, 1)
	# 194: fmadd.d dyn frm=2 -> NX
	ENTRY(89, 2, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000000, 1)
	# 195: fmadd.d dyn frm=3 -> NX
	ENTRY(89, 3, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000001, 1)
	# 196: fmadd.d dyn frm=4 -> NX
	ENTRY(89, 4, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x3cc0000000000001, 1)
	# 197: fmadd.s rne frm=3 -> NX
	ENTRY(60, 3, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 198: fmadd.s rtz frm=3 -> NX
	ENTRY(61, 3, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 199: fmadd.s rdn frm=3 -> NX
	ENTRY(62, 3, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 200: fmadd.s rup frm=2 -> NX
	ENTRY(63, 2, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 201: fmadd.s rmm frm=2 -> NX
	ENTRY(64, 2, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 202: fmadd.s dyn frm=0 -> NX
	ENTRY(65, 0, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 203: fmadd.s dyn frm=1 -> NX
	ENTRY(65, 1, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 204: fmadd.s dyn frm=2 -> NX
	ENTRY(65, 2, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 205: fmadd.s dyn frm=3 -> NX
	ENTRY(65, 3, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 206: fmadd.s dyn frm=4 -> NX
	ENTRY(65, 4, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 207: fmadd.s rne frm=2 -> NX
	ENTRY(60, 2, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 208: fmadd.s rtz frm=0 -> NX
	ENTRY(61, 0, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 209: fmadd.s rdn frm=4 -> NX
	ENTRY(62, 4, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 210: fmadd.s rup frm=2 -> NX
	ENTRY(63, 2, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 211: fmadd.s rmm frm=1 -> NX
	ENTRY(64, 1, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 212: fmadd.s dyn frm=0 -> NX
	ENTRY(65, 0, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 213: fmadd.s dyn frm=1 -> NX
	ENTRY(65, 1, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 214: fmadd.s dyn frm=2 -> NX
	ENTRY(65, 2, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 215: fmadd.s dyn frm=3 -> NX
	ENTRY(65, 3, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 216: fmadd.s dyn frm=4 -> NX
	ENTRY(65, 4, 0xffffffff33800000, 0xffffffff3f7fffff, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 217: fmadd.s rne frm=4 -> NX
	ENTRY(60, 4, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 218: fmadd.s rtz frm=4 -> NX
	ENTRY(61, 4, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 219: fmadd.s rdn frm=4 -> NX
	ENTRY(62, 4, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 220: fmadd.s rup frm=0 -> NX
	ENTRY(63, 0, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 221: fmadd.s rmm frm=1 -> NX
	ENTRY(64, 1, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 222: fmadd.s dyn frm=0 -> NX
	ENTRY(65, 0, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 223: fmadd.s dyn frm=1 -> NX
	ENTRY(65, 1, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 224: fmadd.s dyn frm=2 -> NX
	ENTRY(65, 2, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800000, 1)
	# 225: fmadd.s dyn frm=3 -> NX
	ENTRY(65, 3, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 226: fmadd.s dyn frm=4 -> NX
	ENTRY(65, 4, 0xffffffff33800000, 0xffffffff3f800001, 0xffffffff3f800000, 0xffffffff3f800001, 1)
	# 227: fnmadd.s rne frm=3 -> NX
	ENTRY(78, 3, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800000, 1)
	# 228: fnmadd.s rtz frm=4 -> NX
	ENTRY(79, 4, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800000, 1)
	# 229: fnmadd.s rdn frm=0 -> NX
	ENTRY(80, 0, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800001, 1)
	# 230: fnmadd.s rup frm=4 -> NX
	ENTRY(81, 4, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800000, 1)
	# 231: fnmadd.s rmm frm=0 -> NX
	ENTRY(82, 0, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800001, 1)
	# 232: fnmadd.s dyn frm=0 -> NX
	ENTRY(83, 0, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800000, 1)
	# 233: fnmadd.s dyn frm=1 -> NX
	ENTRY(83, 1, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800000, 1)
	# 234: fnmadd.s dyn frm=2 -> NX
	ENTRY(83, 2, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800001, 1)
	# 235: fnmadd.s dyn frm=3 -> NX
	ENTRY(83, 3, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800000, 1)
	# 236: fnmadd.s dyn frm=4 -> NX
	ENTRY(83, 4, 0xffffffff33800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffffbf800001, 1)
	# 237: fmadd.d rne frm=3 -> NX
	ENTRY(84, 3, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 238: fmadd.d rtz frm=3 -> NX
	ENTRY(85, 3, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 239: fmadd.d rdn frm=4 -> NX
	ENTRY(86, 4, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 240: fmadd.d rup frm=1 -> NX
	ENTRY(87, 1, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000001, 1)
	# 241: fmadd.d rmm frm=1 -> NX
	ENTRY(88, 1, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000001, 1)
	# 242: fmadd.d dyn frm=0 -> NX
	ENTRY(89, 0, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 243: fmadd.d dyn frm=1 -> NX
	ENTRY(89, 1, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 244: fmadd.d dyn frm=2 -> NX
	ENTRY(89, 2, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 245: fmadd.d dyn frm=3 -> NX
	ENTRY(89, 3, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000001, 1)
	# 246: fmadd.d dyn frm=4 -> NX
	ENTRY(89, 4, 0x3ca0000000000000, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ff0000000000001, 1)
	# 247: fmadd.d rne frm=1 -> NX
	ENTRY(84, 1, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 248: fmadd.d rtz frm=0 -> NX
	ENTRY(85, 0, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 249: fmadd.d rdn frm=0 -> NX
	ENTRY(86, 0, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 250: fmadd.d rup frm=4 -> NX
	ENTRY(87, 4, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000001, 1)
	# 251: fmadd.d rmm frm=2 -> NX
	ENTRY(88, 2, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 252: fmadd.d dyn frm=0 -> NX
	ENTRY(89, 0, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 253: fmadd.d dyn frm=1 -> NX
	ENTRY(89, 1, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 254: fmadd.d dyn frm=2 -> NX
	ENTRY(89, 2, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 255: fmadd.d dyn frm=3 -> NX
	ENTRY(89, 3, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000001, 1)
	# 257: fmadd.d dyn frm=4 -> NX
	ENTRY(89, 4, 0x3ca0000000000000, 0x3fefffffffffffff, 0x3ff0000000000000, 0x3ff0000000000000, 1)
	# 258: fmsub.d rne frm=2 -> NX
	ENTRY(90, 2, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000001, 1)
	# 259: fmsub.d rtz frm=2 -> NX
	ENTRY(91, 2, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000000, 1)
	# 260: fmsub.d rdn frm=1 -> NX
	ENTRY(92, 1, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000000, 1)
	# 261: fmsub.d rup frm=4 -> NX
	ENTRY(93, 4, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000001, 1)
	# 262: fmsub.d rmm frm=0 -> NX
	ENTRY(94, 0, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000001, 1)
	# 263: fmsub.d dyn frm=0 -> NX
	ENTRY(95, 0, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000001, 1)
	# 264: fmsub.d dyn frm=1 -> NX
	ENTRY(95, 1, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000000, 1)
	# 265: fmsub.d dyn frm=2 -> NX
	ENTRY(95, 2, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000000, 1)
	# 266: fmsub.d dyn frm=3 -> NX
	ENTRY(95, 3, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000001, 1)
	# 267: fmsub.d dyn frm=4 -> NX
	ENTRY(95, 4, 0x3ca0000000000000, 0x3ff0000000000001, 0xbff0000000000000, 0x3ff0000000000001, 1)
	# 268: fmadd.s rne frm=3 -> -
	ENTRY(60, 3, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 269: fmadd.s rtz frm=2 -> -
	ENTRY(61, 2, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 270: fmadd.s rdn frm=1 -> -
	ENTRY(62, 1, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 271: fmadd.s rup frm=1 -> -
	ENTRY(63, 1, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 272: fmadd.s rmm frm=1 -> -
	ENTRY(64, 1, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 273: fmadd.s dyn frm=0 -> -
	ENTRY(65, 0, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 274: fmadd.s dyn frm=1 -> -
	ENTRY(65, 1, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 275: fmadd.s dyn frm=2 -> -
	ENTRY(65, 2, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 276: fmadd.s dyn frm=3 -> -
	ENTRY(65, 3, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 277: fmadd.s dyn frm=4 -> -
	ENTRY(65, 4, 0xffffffff7f7fffff, 0xffffffff40000000, 0xffffffffff7fffff, 0xffffffff7f7fffff, 0)
	# 278: fmsub.d rne frm=2 -> -
	ENTRY(90, 2, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 279: fmsub.d rtz frm=4 -> -
	ENTRY(91, 4, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 280: fmsub.d rdn frm=0 -> -
	ENTRY(92, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 281: fmsub.d rup frm=0 -> -
	ENTRY(93, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 282: fmsub.d rmm frm=2 -> -
	ENTRY(94, 2, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 283: fmsub.d dyn frm=0 -> -
	ENTRY(95, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 284: fmsub.d dyn frm=1 -> -
	ENTRY(95, 1, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 285: fmsub.d dyn frm=2 -> -
	ENTRY(95, 2, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 286: fmsub.d dyn frm=3 -> -
	ENTRY(95, 3, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 287: fmsub.d dyn frm=4 -> -
	ENTRY(95, 4, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 0)
	# 288: fmadd.s rne frm=4 -> OF NX
	ENTRY(60, 4, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f800000, 5)
	# 289: fmadd.s rtz frm=2 -> OF NX
	ENTRY(61, 2, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f7fffff, 5)
	# 290: fmadd.s rdn frm=4 -> OF NX
	ENTRY(62, 4, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f7fffff, 5)
	# 291: fmadd.s rup frm=4 -> OF NX
	ENTRY(63, 4, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f800000, 5)
	# 292: fmadd.s rmm frm=2 -> OF NX
	ENTRY(64, 2, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f800000, 5)
	# 293: fmadd.s dyn frm=0 -> OF NX
	ENTRY(65, 0, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f800000, 5)
	# 294: fmadd.s dyn frm=1 -> OF NX
	ENTRY(65, 1, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f7fffff, 5)
	# 295: fmadd.s dyn frm=2 -> OF NX
	ENTRY(65, 2, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f7fffff, 5)
	# 296: fmadd.s dyn frm=3 -> OF NX
	ENTRY(65, 3, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f800000, 5)
	# 297: fmadd.s dyn frm=4 -> OF NX
	ENTRY(65, 4, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 0xffffffffff7fffff, 0xffffffff7f800000, 5)
	# 298: fnmsub.d rne frm=1 -> -
	ENTRY(96, 1, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 299: fnmsub.d rtz frm=4 -> -
	ENTRY(97, 4, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 300: fnmsub.d rdn frm=0 -> -
	ENTRY(98, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 301: fnmsub.d rup frm=2 -> -
	ENTRY(99, 2, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 302: fnmsub.d rmm frm=1 -> -
	ENTRY(100, 1, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 303: fnmsub.d dyn frm=0 -> -
	ENTRY(101, 0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 304: fnmsub.d dyn frm=1 -> -
	ENTRY(101, 1, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 305: fnmsub.d dyn frm=2 -> -
	ENTRY(101, 2, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 306: fnmsub.d dyn frm=3 -> -
	ENTRY(101, 3, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 307: fnmsub.d dyn frm=4 -> -
	ENTRY(101, 4, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0)
	# 308: fmadd.s rne frm=3 -> -
	ENTRY(60, 3, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 309: fmadd.s rtz frm=3 -> -
	ENTRY(61, 3, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 310: fmadd.s rdn frm=4 -> -
	ENTRY(62, 4, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 311: fmadd.s rup frm=0 -> -
	ENTRY(63, 0, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 312: fmadd.s rmm frm=1 -> -
	ENTRY(64, 1, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 313: fmadd.s dyn frm=0 -> -
	ENTRY(65, 0, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 314: fmadd.s dyn frm=1 -> -
	ENTRY(65, 1, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 315: fmadd.s dyn frm=2 -> -
	ENTRY(65, 2, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 316: fmadd.s dyn frm=3 -> -
	ENTRY(65, 3, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 317: fmadd.s dyn frm=4 -> -
	ENTRY(65, 4, 0xffffffff00800000, 0xffffffff3f000000, 0xffffffff80000001, 0xffffffff003fffff, 0)
	# 318: fmadd.d rne frm=4 -> UF NX
	ENTRY(84, 4, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7ffffffffffff, 3)
	# 319: fmadd.d rtz frm=0 -> UF NX
	ENTRY(85, 0, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7fffffffffffe, 3)
	# 320: fmadd.d rdn frm=3 -> UF NX
	ENTRY(86, 3, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7fffffffffffe, 3)
	# 321: fmadd.d rup frm=4 -> UF NX
	ENTRY(87, 4, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7ffffffffffff, 3)
	# 322: fmadd.d rmm frm=2 -> UF NX
	ENTRY(88, 2, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7ffffffffffff, 3)
	# 323: fmadd.d dyn frm=0 -> UF NX
	ENTRY(89, 0, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7ffffffffffff, 3)
	# 324: fmadd.d dyn frm=1 -> UF NX
	ENTRY(89, 1, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7fffffffffffe, 3)
	# 325: fmadd.d dyn frm=2 -> UF NX
	ENTRY(89, 2, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7fffffffffffe, 3)
	# 326: fmadd.d dyn frm=3 -> UF NX
	ENTRY(89, 3, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7ffffffffffff, 3)
	# 327: fmadd.d dyn frm=4 -> UF NX
	ENTRY(89, 4, 0x10000000000000, 0x3fdfffffffffffff, 0x8000000000000001, 0x7ffffffffffff, 3)
	# 328: fmadd.s rmm frm=2 -> NV
	ENTRY(64, 2, 0xffffffff7f800000, 0xffffffff00000000, 0xffffffff7fc00000, 0xffffffff7fc00000, 16)
	# 329: fmadd.s rmm frm=1 -> NV
	ENTRY(64, 1, 0xffffffff00000000, 0xffffffffff800000, 0xffffffff3f800000, 0xffffffff7fc00000, 16)
	# 330: fmadd.s rmm frm=4 -> NV
	ENTRY(64, 4, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffffff800000, 0xffffffff7fc00000, 16)
	# 331: fmadd.s rtz frm=2 -> -
	ENTRY(61, 2, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffff7f800000, 0)
	# 332: fmadd.s rtz frm=1 -> NV
	ENTRY(61, 1, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff7f800001, 0xffffffff7fc00000, 16)
	# 333: fmadd.s rtz frm=2 -> NV
	ENTRY(61, 2, 0xffffffff7f800001, 0xffffffff00000000, 0xffffffff7f800000, 0xffffffff7fc00000, 16)
	# 334: fmadd.s rdn frm=1 -> -
	ENTRY(62, 1, 0xffffffff7fc00000, 0xffffffff00000000, 0xffffffff7f800000, 0xffffffff7fc00000, 0)
	# 335: fmadd.s rne frm=3 -> -
	ENTRY(60, 3, 0xffffffff3f800000, 0xffffffff7fc00000, 0xffffffff3f800000, 0xffffffff7fc00000, 0)
	# 336: fmadd.s rmm frm=3 -> -
	ENTRY(64, 3, 0xffffffff40000000, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffff7f800000, 0)
	# 337: fmadd.s rup frm=3 -> -
	ENTRY(63, 3, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffff7f800000, 0)
	# 338: fmsub.s rtz frm=3 -> NV
	ENTRY(67, 3, 0xffffffff7f800000, 0xffffffff00000000, 0xffffffff7fc00000, 0xffffffff7fc00000, 16)
	# 339: fmsub.s rup frm=4 -> NV
	ENTRY(69, 4, 0xffffffff00000000, 0xffffffffff800000, 0xffffffff3f800000, 0xffffffff7fc00000, 16)
	# 340: fmsub.s rup frm=2 -> NV
	ENTRY(69, 2, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffff7fc00000, 16)
	# 341: fmsub.s dyn frm=0 -> -
	ENTRY(71, 0, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffffff800000, 0xffffffff7f800000, 0)
	# 342: fmsub.s rmm frm=4 -> NV
	ENTRY(70, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff7f800001, 0xffffffff7fc00000, 16)
	# 343: fmsub.s rne frm=1 -> NV
	ENTRY(66, 1, 0xffffffff7f800001, 0xffffffff00000000, 0xffffffff7f800000, 0xffffffff7fc00000, 16)
	# 344: fmsub.s rup frm=1 -> -
	ENTRY(69, 1, 0xffffffff7fc00000, 0xffffffff00000000, 0xffffffff7f800000, 0xffffffff7fc00000, 0)
	# 345: fmsub.s dyn frm=1 -> -
	ENTRY(71, 1, 0xffffffff3f800000, 0xffffffff7fc00000, 0xffffffff3f800000, 0xffffffff7fc00000, 0)
	# 346: fmsub.s rdn frm=0 -> -
	ENTRY(68, 0, 0xffffffff40000000, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffff7f800000, 0)
	# 347: fmsub.s rdn frm=1 -> -
	ENTRY(68, 1, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffffff800000, 0)
	# 348: fnmsub.s rup frm=1 -> NV
	ENTRY(75, 1, 0xffffffff7f800000, 0xffffffff00000000, 0xffffffff7fc00000, 0xffffffff7fc00000, 16)
	# 349: fnmsub.s rmm frm=1 -> NV
	ENTRY(76, 1, 0xffffffff00000000, 0xffffffffff800000, 0xffffffff3f800000, 0xffffffff7fc00000, 16)
	# 350: fnmsub.s rtz frm=0 -> -
	ENTRY(73, 0, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffffff800000, 0xffffffffff800000, 0)
	# 351: fnmsub.s rmm frm=4 -> NV
	ENTRY(76, 4, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffff7fc00000, 16)
	# 352: fnmsub.s rdn frm=4 -> NV
	ENTRY(74, 4, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff7f800001, 0xffffffff7fc00000, 16)
	# 353: fnmsub.s rtz frm=3 -> NV
	ENTRY(73, 3, 0xffffffff7f800001, 0xffffffff00000000, 0xffffffff7f800000, 0xffffffff7fc00000, 16)
	# 354: fnmsub.s rmm frm=1 -> -
	ENTRY(76, 1, 0xffffffff7fc00000, 0xffffffff00000000, 0xffffffff7f800000, 0xffffffff7fc00000, 0)
	# 355: fnmsub.s rmm frm=1 -> -
	ENTRY(76, 1, 0xffffffff3f800000, 0xffffffff7fc00000, 0xffffffff3f800000, 0xffffffff7fc00000, 0)
	# 356: fnmsub.s rne frm=2 -> -
	ENTRY(72, 2, 0xffffffff40000000, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffffff800000, 0)
	# 357: fnmsub.s rne frm=4 -> -
	ENTRY(72, 4, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffff7f800000, 0)
	# 358: fnmadd.s dyn frm=1 -> NV
	ENTRY(83, 1, 0xffffffff7f800000, 0xffffffff00000000, 0xffffffff7fc00000, 0xffffffff7fc00000, 16)
	# 359: fnmadd.s rmm frm=4 -> NV
	ENTRY(82, 4, 0xffffffff00000000, 0xffffffffff800000, 0xffffffff3f800000, 0xffffffff7fc00000, 16)
	# 360: fnmadd.s rup frm=4 -> -
	ENTRY(81, 4, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffffff800000, 0)
	# 361: fnmadd.s rup frm=2 -> NV
	ENTRY(81, 2, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffffff800000, 0xffffffff7fc00000, 16)
	# 362: fnmadd.s rup frm=0 -> NV
	ENTRY(81, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff7f800001, 0xffffffff7fc00000, 16)
	# 363: fnmadd.s dyn frm=3 -> NV
	ENTRY(83, 3, 0xffffffff7f800001, 0xffffffff00000000, 0xffffffff7f800000, 0xffffffff7fc00000, 16)
	# 364: fnmadd.s rne frm=2 -> -
	ENTRY(78, 2, 0xffffffff7fc00000, 0xffffffff00000000, 0xffffffff7f800000, 0xffffffff7fc00000, 0)
	# 365: fnmadd.s rdn frm=1 -> -
	ENTRY(80, 1, 0xffffffff3f800000, 0xffffffff7fc00000, 0xffffffff3f800000, 0xffffffff7fc00000, 0)
	# 366: fnmadd.s rmm frm=2 -> -
	ENTRY(82, 2, 0xffffffff40000000, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffffff800000, 0)
	# 367: fnmadd.s rmm frm=2 -> -
	ENTRY(82, 2, 0xffffffff00000000, 0xffffffff3f800000, 0xffffffff7f800000, 0xffffffffff800000, 0)
	# 368: fmadd.d rne frm=1 -> NV
	ENTRY(84, 1, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0x7ff8000000000000, 16)
	# 369: fmadd.d rtz frm=0 -> NV
	ENTRY(85, 0, 0, 0xfff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 16)
	# 370: fmadd.d rne frm=3 -> NV
	ENTRY(84, 3, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 16)
	# 371: fmadd.d rdn frm=1 -> -
	ENTRY(86, 1, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0x7ff0000000000000, 0)
	# 372: fmadd.d rne frm=0 -> NV
	ENTRY(84, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001, 0x7ff8000000000000, 16)
	# 373: fmadd.d rne frm=1 -> NV
	ENTRY(84, 1, 0x7ff0000000000001, 0, 0x7ff0000000000000, 0x7ff8000000000000, 16)
	# 374: fmadd.d rmm frm=2 -> -
	ENTRY(88, 2, 0x7ff8000000000000, 0, 0x7ff0000000000000, 0x7ff8000000000000, 0)
	# 375: fmadd.d rdn frm=1 -> -
	ENTRY(86, 1, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 0)
	# 376: fmadd.d rup frm=4 -> -
	ENTRY(87, 4, 0x4000000000000000, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0)
	# 377: fmadd.d rup frm=3 -> -
	ENTRY(87, 3, 0, 0x3ff0000000000000, 0x7ff0000000000000, 0x7ff0000000000000, 0)
	# 378: fmsub.d rdn frm=4 -> NV
	ENTRY(92, 4, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0x7ff8000000000000, 16)
	# 379: fmsub.d dyn frm=0 -> NV
	ENTRY(95, 0, 0, 0xfff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 16)
	# 380: fmsub.d rne frm=1 -> NV
	ENTRY(90, 1, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0x7ff8000000000000, 16)
	# 381: fmsub.d rup frm=4 -> -
	ENTRY(93, 4, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0x7ff0000000000000, 0)
	# 382: fmsub.d rtz frm=2 -> NV
	ENTRY(91, 2, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001, 0x7ff8000000000000, 16)
	# 383: fmsub.d rne frm=3 -> NV
	ENTRY(90, 3, 0x7ff0000000000001, 0, 0x7ff0000000000000, 0x7ff8000000000000, 16)
	# 384: fmsub.d rtz frm=4 -> -
	ENTRY(91, 4, 0x7ff8000000000000, 0, 0x7ff0000000000000, 0x7ff8000000000000, 0)
	# 385: fmsub.d rup frm=4 -> -
	ENTRY(93, 4, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 0)
	# 386: fmsub.d dyn frm=1 -> -
	ENTRY(95, 1, 0x4000000000000000, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0)
	# 387: fmsub.d rtz frm=2 -> -
	ENTRY(91, 2, 0, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0)
	# 388: fnmsub.d dyn frm=1 -> NV
	ENTRY(101, 1, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0x7ff8000000000000, 16)
	# 389: fnmsub.d dyn frm=1 -> NV
	ENTRY(101, 1, 0, 0xfff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 16)
	# 390: fnmsub.d rdn frm=0 -> -
	ENTRY(98, 0, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0xfff0000000000000, 0)
	# 391: fnmsub.d rne frm=3 -> NV
	ENTRY(96, 3, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0x7ff8000000000000, 16)
	# 392: fnmsub.d dyn frm=4 -> NV
	ENTRY(101, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001, 0x7ff8000000000000, 16)
	# 393: fnmsub.d rmm frm=1 -> NV
	ENTRY(100, 1, 0x7ff0000000000001, 0, 0x7ff0000000000000, 0x7ff8000000000000, 16)
	# 394: fnmsub.d rup frm=3 -> -
	ENTRY(99, 3, 0x7ff8000000000000, 0, 0x7ff0000000000000, 0x7ff8000000000000, 0)
	# 395: fnmsub.d rne frm=0 -> -
	ENTRY(96, 0, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 0)
	# 396: fnmsub.d dyn frm=4 -> -
	ENTRY(101, 4, 0x4000000000000000, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0)
	# 397: fnmsub.d rne frm=4 -> -
	ENTRY(96, 4, 0, 0x3ff0000000000000, 0x7ff0000000000000, 0x7ff0000000000000, 0)
	# 398: fnmadd.d rdn frm=3 -> NV
	ENTRY(104, 3, 0x7ff0000000000000, 0, 0x7ff8000000000000, 0x7ff8000000000000, 16)
	# 399: fnmadd.d dyn frm=4 -> NV
	ENTRY(107, 4, 0, 0xfff0000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 16)
	# 400: fnmadd.d rup frm=1 -> -
	ENTRY(105, 1, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0)
	# 401: fnmadd.d dyn frm=3 -> NV
	ENTRY(107, 3, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000, 16)
	# 402: fnmadd.d dyn frm=0 -> NV
	ENTRY(107, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001, 0x7ff8000000000000, 16)
	# 403: fnmadd.d rne frm=4 -> NV
	ENTRY(102, 4, 0x7ff0000000000001, 0, 0x7ff0000000000000, 0x7ff8000000000000, 16)
	# 404: fnmadd.d rdn frm=4 -> -
	ENTRY(104, 4, 0x7ff8000000000000, 0, 0x7ff0000000000000, 0x7ff8000000000000, 0)
	# 405: fnmadd.d rmm frm=1 -> -
	ENTRY(106, 1, 0x3ff0000000000000, 0x7ff8000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 0)
	# 406: fnmadd.d rtz frm=4 -> -
	ENTRY(103, 4, 0x4000000000000000, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0)
	# 407: fnmadd.d rdn frm=1 -> -
	ENTRY(104, 1, 0, 0x3ff0000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0)
	# 408: fmadd.s rdn frm=3 -> -
	ENTRY(62, 3, 0x3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff7fc00000, 0)
	# 409: fmadd.s rup frm=1 -> NV
	ENTRY(63, 1, 0xffffffff7f800000, 0xffffffff00000000, 0x7f800001, 0xffffffff7fc00000, 16)
	# 410: fmadd.s rdn frm=3 -> NX
	ENTRY(62, 3, 0xffffffffc2c00000, 0xffffffff8021c939, 0xffffffff80d3f4c1, 0xffffffff02bd7809, 1)
	# 411: fmsub.s rup frm=3 -> NX
	ENTRY(69, 3, 0xffffffffc1140000, 0xffffffff7927c311, 0xffffffff403c0000, 0xfffffffffac1f98b, 1)
	# 412: fnmsub.s rtz frm=3 -> NV
	ENTRY(73, 3, 0xffffffff004f939a, 0xffffffffff800001, 0xffffffff7fc12345, 0xffffffff7fc00000, 16)
	# 413: fnmadd.s dyn frm=3 -> NV
	ENTRY(83, 3, 0xffffffff80800000, 0xffffffff8109b3fd, 0xffffffffff800001, 0xffffffff7fc00000, 16)
	# 414: fmadd.s rdn frm=1 -> NX
	ENTRY(62, 1, 0xffffffff4b800000, 0xffffffff3f800001, 0xffffffff3f800005, 0xffffffff4b800001, 1)
	# 415: fmsub.s rup frm=0 -> -
	ENTRY(69, 0, 0xffffffff00000000, 0xffffffff810e1e8c, 0xffffffffbe59262e, 0xffffffff3e59262e, 0)
	# 416: fnmsub.s rtz frm=4 -> NX
	ENTRY(73, 4, 0xffffffff80c0f603, 0xffffffff80c1064f, 0xffffffff3f800004, 0xffffffff3f800003, 1)
	# 417: fnmadd.s rmm frm=2 -> NX
	ENTRY(82, 2, 0xffffffffd10010e6, 0xffffffffd2312fa0, 0xffffffff437c0000, 0xffffffffe3b14704, 1)
	# 418: fmadd.s rdn frm=1 -> NX
	ENTRY(62, 1, 0xffffffff42480000, 0xffffffff88db9980, 0xffffffff3f800002, 0xffffffff3f800001, 1)
	# 419: fmsub.s rup frm=1 -> NX
	ENTRY(69, 1, 0xffffffffbde40000, 0xffffffff42b0ec30, 0xffffffff6f731e05, 0xffffffffef731e05, 1)
	# 420: fnmsub.s rmm frm=1 -> NX
	ENTRY(76, 1, 0xfffffffff1000874, 0xffffffff3ffffffe, 0xffffffff81247c42, 0xffffffff71800873, 1)
	# 421: fnmadd.s rmm frm=3 -> NX
	ENTRY(82, 3, 0xffffffff40000005, 0xffffffff3fffffff, 0xffffffff3f800000, 0xffffffffc0a00004, 1)
	# 422: fmadd.s rmm frm=0 -> NX
	ENTRY(64, 0, 0xffffffff00bbd9d0, 0xffffffff40000004, 0xffffffff40000000, 0xffffffff40000000, 1)
	# 423: fmsub.s rtz frm=4 -> NX
	ENTRY(67, 4, 0xffffffff3f7fffff, 0xffffffff00151cb4, 0xffffffff264160de, 0xffffffffa64160dd, 1)
	# 424: fnmsub.s rmm frm=4 -> NX
	ENTRY(76, 4, 0xffffffff01410f8f, 0xffffffff009e90fb, 0xffffffff3f800004, 0xffffffff3f800004, 1)
	# 425: fnmadd.s rdn frm=3 -> NX
	ENTRY(80, 3, 0xffffffff0e80f0fe, 0xffffffff59109e43, 0xffffffffc0d00000, 0xffffffff40cfffff, 1)
	# 426: fmadd.s rtz frm=0 -> NV
	ENTRY(61, 0, 0xffffffff3f800005, 0xffffffff3ab30c6b, 0xffffffff7fa00000, 0xffffffff7fc00000, 16)
	# 427: fmsub.s rdn frm=1 -> -
	ENTRY(68, 1, 0xffffffff80000000, 0xffffffffbe440000, 0xffffffff8085546c, 0xffffffff0085546c, 0)
	# 428: fnmsub.s rmm frm=3 -> NX
	ENTRY(76, 3, 0xffffffff3d000000, 0xffffffff3347daf6, 0xffffffff01fa70c3, 0xffffffffb0c7daf6, 1)
	# 429: fnmadd.s rmm frm=4 -> NX
	ENTRY(82, 4, 0xffffffff015d116c, 0xffffffff40604079, 0xffffffff7905f070, 0xfffffffff905f070, 1)
	# 430: fmadd.s rup frm=4 -> NX
	ENTRY(63, 4, 0xffffffff011abc4b, 0xffffffffbea00000, 0xffffffffc2640000, 0xffffffffc2640000, 1)
	# 431: fmsub.s rtz frm=4 -> -
	ENTRY(67, 4, 0xffffffff42b80000, 0xffffffff3f800000, 0xffffffff42440000, 0xffffffff422c0000, 0)
	# 432: fnmsub.s rdn frm=2 -> -
	ENTRY(74, 2, 0xffffffffa0090a7a, 0xffffffff0083942a, 0xffffffffff800000, 0xffffffffff800000, 0)
	# 433: fnmadd.s rup frm=0 -> -
	ENTRY(81, 0, 0xffffffff3f800000, 0xffffffffbf800000, 0xffffffffbc780000, 0xffffffff3f81f000, 0)
	# 434: fmadd.s rmm frm=1 -> NX
	ENTRY(64, 1, 0xffffffff3f7ffffe, 0xffffffff33800000, 0xffffffff80d7e313, 0xffffffff337ffffe, 1)
	# 435: fmsub.s rdn frm=1 -> NX
	ENTRY(68, 1, 0xffffffff001c7981, 0xffffffff81d405ec, 0xffffffff436c0000, 0xffffffffc36c0001, 1)
	# 436: fnmsub.s rup frm=3 -> NX
	ENTRY(75, 3, 0xffffffff00000001, 0xfffffffff6cf4555, 0xffffffff3fffffff, 0xffffffff40000000, 1)
	# 437: fnmadd.s rmm frm=1 -> -
	ENTRY(82, 1, 0xffffffff7fc12345, 0xffffffffc343d4cb, 0xffffffffb98c6c9b, 0xffffffff7fc00000, 0)
	# 438: fmadd.s rup frm=3 -> NX
	ENTRY(63, 3, 0xffffffff40000001, 0xffffffff3f800003, 0xffffffff3f800003, 0xffffffff40400006, 1)
	# 439: fmsub.s rne frm=1 -> -
	ENTRY(66, 1, 0xffffffff80000001, 0xffffffff6a86fcab, 0xffffffffffc00000, 0xffffffff7fc00000, 0)
	# 440: fnmsub.s dyn frm=4 -> OF NX
	ENTRY(77, 4, 0xffffffff7636715f, 0xffffffff3f800000, 0xffffffffff7fffff, 0xffffffffff800000, 5)
	# 441: fnmadd.s rup frm=1 -> NX
	ENTRY(81, 1, 0xffffffff432c0000, 0xffffffff3f800001, 0xffffffffeb237ce8, 0xffffffff6b237ce8, 1)
	# 442: fmadd.s rmm frm=4 -> -
	ENTRY(64, 4, 0xffffffff80000001, 0xffffffff7fc12345, 0xffffffff010cb72f, 0xffffffff7fc00000, 0)
	# 443: fmsub.s dyn frm=3 -> NV
	ENTRY(71, 3, 0xffffffff43700000, 0xffffffffff800001, 0xffffffff40000005, 0xffffffff7fc00000, 16)
	# 444: fnmsub.s dyn frm=4 -> NX
	ENTRY(77, 4, 0xffffffff142e0524, 0xffffffff3f800005, 0xffffffff8075b919, 0xffffffff942e052b, 1)
	# 445: fnmadd.s rtz frm=4 -> -
	ENTRY(79, 4, 0xffffffffbf8c0000, 0xffffffffff800000, 0xffffffff3487f8a4, 0xffffffffff800000, 0)
	# 446: fmadd.s rmm frm=0 -> NX
	ENTRY(64, 0, 0xffffffffb528b7b5, 0xffffffffc2680000, 0xffffffffc3080000, 0xffffffffc307fffe, 1)
	# 447: fmsub.s dyn frm=1 -> NX
	ENTRY(71, 1, 0xffffffff3f7ffffe, 0xffffffff0031014a, 0xffffffff80a21bce, 0xffffffff00d31d17, 1)
	# 448: fnmsub.s rmm frm=4 -> NX
	ENTRY(76, 4, 0xffffffff80ccb8b4, 0xffffffff80000001, 0xffffffffb8d301bf, 0xffffffffb8d301bf, 1)
	# 449: fnmadd.s dyn frm=1 -> -
	ENTRY(83, 1, 0xffffffffff800000, 0xffffffff3f800003, 0xffffffffde50d15b, 0xffffffff7f800000, 0)
	# 450: fmadd.s rne frm=2 -> NX
	ENTRY(60, 2, 0xffffffffbf800000, 0xffffffff7f7fffff, 0xffffffff8111b39c, 0xffffffffff7fffff, 1)
	# 451: fmsub.s dyn frm=3 -> NX
	ENTRY(71, 3, 0xffffffff01889c7a, 0xffffffffbe200000, 0xffffffffc0a80000, 0xffffffff40a80000, 1)
	# 452: fnmsub.s rne frm=1 -> NX
	ENTRY(72, 1, 0xffffffff40c00000, 0xffffffff3f7fffff, 0xffffffff01e71e88, 0xffffffffc0bfffff, 1)
	# 453: fnmadd.s rtz frm=3 -> NX
	ENTRY(79, 3, 0xffffffff3f400000, 0xfffffffff7a230df, 0xffffffff40000002, 0xffffffff7773494e, 1)
	# 454: fmadd.s rdn frm=1 -> NX
	ENTRY(62, 1, 0xffffffff3fffffff, 0xffffffffbeb40000, 0xffffffffc3a00000, 0xffffffffc3a05a00, 1)
	# 455: fmsub.s rne frm=1 -> NX
	ENTRY(66, 1, 0xffffffff80c08042, 0xffffffff40000005, 0xffffffff808f286a, 0xffffffff80f1d829, 1)
	# 456: fnmsub.s rdn frm=3 -> NX
	ENTRY(74, 3, 0xffffffffaacdcf05, 0xffffffffc3c40000, 0xffffffff3f7fffff, 0xffffffff3f7ffffe, 1)
	# 457: fnmadd.s rtz frm=4 -> -
	ENTRY(79, 4, 0xffffffffffc00000, 0xffffffff72ea484b, 0xffffffffbc140000, 0xffffffff7fc00000, 0)
	# 458: fmadd.s rne frm=1 -> -
	ENTRY(60, 1, 0xffffffff40000002, 0xffffffff00000000, 0xffffffff3f800005, 0xffffffff3f800005, 0)
	# 459: fmsub.s rmm frm=4 -> NX
	ENTRY(70, 4, 0xffffffff4701bfef, 0xffffffff43840000, 0xffffffff3f800000, 0xffffffff4b05cded, 1)
	# 460: fnmsub.s rne frm=2 -> -
	ENTRY(72, 2, 0xffffffff3f800001, 0xffffffff7fc00000, 0xffffffff80800000, 0xffffffff7fc00000, 0)
	# 461: fnmadd.s rmm frm=0 -> OF NX
	ENTRY(82, 0, 0xffffffff427c0000, 0xffffffff7f7fffff, 0xffffffffeee4dc51, 0xffffffffff800000, 5)
	# 462: fmadd.s rne frm=1 -> NX
	ENTRY(60, 1, 0xffffffffbca40000, 0xffffffff3f800001, 0xffffffff430f994f, 0xffffffff430f942f, 1)
	# 463: fmsub.s dyn frm=0 -> NX
	ENTRY(71, 0, 0xffffffff3f7fffff, 0xffffffffbeb00000, 0xffffffff127e69a5, 0xffffffffbeafffff, 1)
	# 464: fnmsub.s rmm frm=1 -> NX
	ENTRY(76, 1, 0xffffffff25d7f00e, 0xffffffffbf800000, 0xfffffffffe2448d1, 0xfffffffffe2448d1, 1)
	# 465: fnmadd.s rtz frm=0 -> NX
	ENTRY(79, 0, 0xffffffff40000004, 0xffffffff1cb934d2, 0xffffffffc2080000, 0xffffffff4207ffff, 1)
	# 466: fmadd.s rup frm=1 -> NX
	ENTRY(63, 1, 0xffffffff40500000, 0xffffffffbcf00000, 0xffffffff21512a40, 0xffffffffbdc2ffff, 1)
	# 467: fmsub.s rmm frm=0 -> NX
	ENTRY(70, 0, 0xffffffff3f800004, 0xffffffff814e5baf, 0xffffffff0176da1d, 0xffffffff81e29ae9, 1)
	# 468: fnmsub.s rdn frm=3 -> NX
	ENTRY(74, 3, 0xffffffff3fffffff, 0xffffffffc3100000, 0xffffffffbf800000, 0xffffffff438f7fff, 1)
	# 469: fnmadd.s rne frm=3 -> NX
	ENTRY(78, 3, 0xffffffffff7fffff, 0xffffffff81ce7ca0, 0xfffffffff8336160, 0xffffffff78336160, 1)
	# 470: fmadd.s dyn frm=3 -> -
	ENTRY(65, 3, 0xffffffff3d240000, 0xffffffffff800000, 0xffffffff3f800002, 0xffffffffff800000, 0)
	# 471: fmsub.s rtz frm=4 -> OF NX
	ENTRY(67, 4, 0xffffffff43080000, 0xffffffff7f7fffff, 0xffffffff3f8c0000, 0xffffffff7f7fffff, 5)
	# 472: fnmsub.s rup frm=0 -> NX
	ENTRY(75, 0, 0xffffffffa3d4a3e4, 0xffffffff3f800004, 0xffffffff3f800005, 0xffffffff3f800006, 1)
	# 473: fnmadd.s rup frm=3 -> NX
	ENTRY(81, 3, 0xffffffff803c77c6, 0xffffffff3f800003, 0xffffffffbf700000, 0xffffffff3f700001, 1)
	# 474: fmadd.s rtz frm=3 -> NX
	ENTRY(61, 3, 0xffffffffd030d69e, 0xffffffff00453f04, 0xffffffff7f7fffff, 0xffffffff7f7ffffe, 1)
	# 475: fmsub.s rtz frm=2 -> NX
	ENTRY(67, 2, 0xffffffff3f800002, 0xffffffff011cbc06, 0xffffffff80318286, 0xffffffff01357d4b, 1)
	# 476: fnmsub.s rup frm=2 -> -
	ENTRY(75, 2, 0xffffffffbf800000, 0xffffffffffc00000, 0xffffffffbeac0000, 0xffffffff7fc00000, 0)
	# 477: fnmadd.s rne frm=2 -> -
	ENTRY(78, 2, 0xffffffff3f7ffffe, 0xffffffff40000000, 0xffffffff3f480000, 0xffffffffc031ffff, 0)
	# 478: fmadd.s rmm frm=0 -> NX
	ENTRY(64, 0, 0xffffffff80fb659a, 0xffffffff01704ac5, 0xffffffff012db8b4, 0xffffffff012db8b4, 1)
	# 479: fmsub.s rtz frm=0 -> NX
	ENTRY(67, 0, 0xffffffffe769e707, 0xffffffff81d22daf, 0xffffffffe8e57d87, 0xffffffff68e57d87, 1)
	# 480: fnmsub.s rdn frm=3 -> NX
	ENTRY(74, 3, 0xffffffff41d80000, 0xffffffffe3192b9b, 0xffffffff7d06169c, 0xffffffff7d06169c, 1)
	# 481: fnmadd.s dyn frm=4 -> NX
	ENTRY(83, 4, 0xffffffff3f800004, 0xffffffff40000005, 0xffffffff80000001, 0xffffffffc0000009, 1)
	# 482: fmadd.s rne frm=4 -> NX
	ENTRY(60, 4, 0xffffffff81f97d5d, 0xffffffff3f800001, 0xffffffff80e9b579, 0xffffffff8219f55f, 1)
	# 483: fmsub.s rdn frm=4 -> NX
	ENTRY(68, 4, 0xffffffff01ee07eb, 0xffffffff40400000, 0xfffffffff0ddf5b3, 0xffffffff70ddf5b3, 1)
	# 484: fnmsub.s dyn frm=2 -> NX
	ENTRY(77, 2, 0xffffffff42100000, 0xffffffff3f800004, 0xffffffff3f800005, 0xffffffffc20c0005, 1)
	# 485: fnmadd.s dyn frm=1 -> NX
	ENTRY(83, 1, 0xffffffff40000000, 0xffffffff00800000, 0xffffffff00a2a981, 0xffffffff815154c0, 1)
	# 486: fmadd.s rne frm=2 -> NX
	ENTRY(60, 2, 0xffffffff3f800000, 0xffffffff3ffffffe, 0xffffffff01c8d929, 0xffffffff3ffffffe, 1)
	# 487: fmsub.s dyn frm=0 -> UF NX
	ENTRY(71, 0, 0xffffffff003c597a, 0xffffffff012a4c88, 0xffffffff00000000, 0xffffffff00000000, 3)
	# 488: fnmsub.s dyn frm=4 -> -
	ENTRY(77, 4, 0xffffffffe78c5dd6, 0xffffffffff800000, 0xffffffff3f800004, 0xffffffffff800000, 0)
	# 489: fnmadd.s rne frm=4 -> -
	ENTRY(78, 4, 0xffffffff7f800000, 0xffffffff07d430e6, 0xffffffff800c7ac8, 0xffffffffff800000, 0)
	# 490: fmadd.s rdn frm=2 -> -
	ENTRY(62, 2, 0xffffffffbef00000, 0xffffffff3edc0000, 0xffffffff40000003, 0xffffffff3fe63806, 0)
	# 491: fmsub.s rmm frm=4 -> NX
	ENTRY(70, 4, 0xffffffff3f800001, 0xffffffff83974de4, 0xffffffffbfd80000, 0xffffffff3fd80000, 1)
	# 492: fnmsub.s rup frm=3 -> NV
	ENTRY(75, 3, 0xffffffffbde40000, 0xffffffff809aed86, 0xffffffff7fa00000, 0xffffffff7fc00000, 16)
	# 493: fnmadd.s rmm frm=4 -> -
	ENTRY(82, 4, 0xffffffff7fc12345, 0xffffffff00019ddf, 0xffffffff42c40000, 0xffffffff7fc00000, 0)
	# 494: fmadd.s rup frm=4 -> NX
	ENTRY(63, 4, 0xffffffff40000001, 0xffffffff0063f677, 0xffffffffe5906afc, 0xffffffffe5906afb, 1)
	# 495: fmsub.s rne frm=0 -> NX
	ENTRY(66, 0, 0xffffffff3a9fb67a, 0xffffffff3f800002, 0xffffffff80000000, 0xffffffff3a9fb67c, 1)
	# 496: fnmsub.s rup frm=0 -> NX
	ENTRY(75, 0, 0xffffffff3e4c0000, 0xffffffff52ec0126, 0xffffffff3fffffff, 0xffffffffd1bc10ea, 1)
	# 497: fnmadd.s rmm frm=4 -> NX
	ENTRY(82, 4, 0xffffffffc0b80000, 0xffffffffd272b777, 0xffffffff01384981, 0xffffffffd3ae73de, 1)
	# 498: fmadd.s rup frm=0 -> NX
	ENTRY(63, 0, 0xffffffff018ce0d3, 0xffffffff41180000, 0xffffffff40000005, 0xffffffff40000006, 1)
	# 499: fmsub.s rtz frm=0 -> NX
	ENTRY(67, 0, 0xffffffff8123a713, 0xffffffffcd793008, 0xffffffff421c0000, 0xffffffffc21bffff, 1)
	# 500: fnmsub.s rmm frm=0 -> NX
	ENTRY(76, 0, 0xffffffff40400000, 0xffffffff40000003, 0xffffffff0700a88d, 0xffffffffc0c00004, 1)
	# 501: fnmadd.s rup frm=0 -> NX
	ENTRY(81, 0, 0xffffffff81b0cd68, 0xffffffff892e8532, 0xffffffffc2c40000, 0xffffffff42c40000, 1)
	# 502: fmadd.s dyn frm=0 -> NX
	ENTRY(65, 0, 0xffffffff00000001, 0xffffffff0074ccef, 0xffffffff7f7fffff, 0xffffffff7f7fffff, 1)
	# 503: fmsub.s rne frm=0 -> NX
	ENTRY(66, 0, 0xffffffff00f710d0, 0xffffffffc32c0000, 0xffffffffc2f80000, 0xffffffff42f80000, 1)
	# 504: fnmsub.s rup frm=4 -> NX
	ENTRY(75, 4, 0xffffffff766bc4c9, 0xffffffff3f7fffff, 0xffffffff00669e49, 0xfffffffff66bc4c8, 1)
	# 505: fnmadd.s rmm frm=0 -> -
	ENTRY(82, 0, 0xffffffff80800000, 0xfffffffff305749f, 0xffffffff00000000, 0xffffffffb405749f, 0)
	# 506: fmadd.s rup frm=1 -> -
	ENTRY(63, 1, 0xffffffff80347c7e, 0xffffffff00000000, 0xffffffff3f800005, 0xffffffff3f800005, 0)
	# 507: fmsub.s rup frm=2 -> NX
	ENTRY(69, 2, 0xffffffff80000001, 0xffffffff00cb318e, 0xffffffff3f800002, 0xffffffffbf800002, 1)
	# 508: fnmsub.s rtz frm=2 -> NV
	ENTRY(73, 2, 0xffffffff8104e8a7, 0xffffffffff800001, 0xffffffff800a2c5c, 0xffffffff7fc00000, 16)
	# 509: fnmadd.s rdn frm=4 -> OF NX
	ENTRY(80, 4, 0xffffffffff7fffff, 0xffffffff555a1829, 0xffffffff01bebe6d, 0xffffffff7f7fffff, 5)
	# 510: fmadd.s rup frm=2 -> NX
	ENTRY(63, 2, 0xffffffff00d0c71b, 0xffffffff009de1e4, 0xffffffffc5068eec, 0xffffffffc5068eeb, 1)
	# 511: fmsub.s rmm frm=0 -> NX
	ENTRY(70, 0, 0xffffffff013ed1d5, 0xffffffff3efc0000, 0xffffffff40400000, 0xffffffffc0400000, 1)
	# 513: fnmsub.s rtz frm=3 -> NX
	ENTRY(73, 3, 0xffffffffc0d80000, 0xffffffff3fffffff, 0xffffffff00042c69, 0xffffffff4157ffff, 1)
	# 514: fnmadd.s rup frm=3 -> -
	ENTRY(81, 3, 0xffffffff40000003, 0xffffffffbf800000, 0xffffffff40000005, 0xffffffffb5000000, 0)
	# 515: fmadd.s rmm frm=4 -> UF NX
	ENTRY(64, 4, 0xffffffff3d2c0000, 0xffffffff003b5d6f, 0xffffffff8057c50f, 0xffffffff805546e3, 3)
	# 516: fmsub.s dyn frm=0 -> OF NX
	ENTRY(71, 0, 0xffffffff40000001, 0xffffffff7f7fffff, 0xffffffff40640000, 0xffffffff7f800000, 5)
	# 517: fnmsub.s rup frm=4 -> NV
	ENTRY(75, 4, 0xffffffff7f800001, 0xffffffff3fffffff, 0xffffffff40000000, 0xffffffff7fc00000, 16)
	# 518: fnmadd.s rdn frm=4 -> NV
	ENTRY(80, 4, 0xffffffff7f7fffff, 0xffffffff01f0da2e, 0xffffffff7fa00000, 0xffffffff7fc00000, 16)
	# 519: fmadd.s rtz frm=1 -> NX
	ENTRY(61, 1, 0xffffffff3f800000, 0xffffffff40000004, 0xffffffffc2740000, 0xffffffffc26bffff, 1)
	# 520: fmsub.s rup frm=3 -> NX
	ENTRY(69, 3, 0xffffffff3f800005, 0xffffffff3f800000, 0xffffffff817b60d8, 0xffffffff3f800006, 1)
	# 521: fnmsub.s rtz frm=3 -> NX
	ENTRY(73, 3, 0xffffffff548ecc0c, 0xffffffff3f800000, 0xffffffffadbe219a, 0xffffffffd48ecc0c, 1)
	# 522: fnmadd.s rne frm=2 -> NX
	ENTRY(78, 2, 0xffffffff017f321b, 0xffffffff017c7eac, 0xffffffffbc040000, 0xffffffff3c040000, 1)
	# 523: fmadd.s rne frm=3 -> NX
	ENTRY(60, 3, 0xffffffff018cb3be, 0xffffffff3ffffffe, 0xffffffff9e90162c, 0xffffffff9e90162c, 1)
	# 524: fmsub.s rne frm=2 -> NX
	ENTRY(66, 2, 0xffffffff43f80000, 0xffffffff00800000, 0xffffffff41a00000, 0xffffffffc1a00000, 1)
	# 525: fnmsub.s dyn frm=2 -> NX
	ENTRY(77, 2, 0xffffffff00063ba4, 0xffffffff3f800001, 0xffffffffbff69e3d, 0xffffffffbff69e3e, 1)
	# 526: fnmadd.s dyn frm=2 -> NX
	ENTRY(83, 2, 0xffffffff00dc93e2, 0xffffffff01b0163a, 0xffffffff4b800000, 0xffffffffcb800001, 1)
	# 527: fmadd.s rtz frm=3 -> NX
	ENTRY(61, 3, 0xffffffff80800000, 0xffffffff3f7fffff, 0xffffffff3f800002, 0xffffffff3f800001, 1)
	# 528: fmsub.s dyn frm=4 -> NX
	ENTRY(71, 4, 0xffffffff0e433858, 0xffffffffbd9c0000, 0xffffffffe27ed529, 0xffffffff627ed529, 1)
	# 529: fnmsub.s rmm frm=1 -> NX
	ENTRY(76, 1, 0xffffffffc30c0000, 0xffffffff3f800003, 0xffffffff3f7fffff, 0xffffffff430d0003, 1)
	# 530: fnmadd.s rmm frm=4 -> NX
	ENTRY(82, 4, 0xffffffffdae85f61, 0xffffffffc0a80000, 0xffffffff40000002, 0xffffffffdc187e98, 1)
	# 531: fmadd.d rne frm=1 -> UF NX
	ENTRY(84, 1, 0x3fefffffffffffff, 0x8000000000000001, 0x260bb439f47e1, 0x260bb439f47e0, 3)
	# 532: fmsub.d rne frm=4 -> NX
	ENTRY(90, 4, 0x4000000000000004, 0xbc40000000000000, 0xbd30000000000000, 0x3d2fff8000000000, 1)
	# 533: fnmsub.d dyn frm=0 -> NX
	ENTRY(101, 0, 0x4000000000000005, 0x80192224642e0aa2, 0x1c45f37c686f05, 0x33a28f11312116, 1)
	# 534: fnmadd.d dyn frm=4 -> OF NX
	ENTRY(107, 4, 0x7eb6bde8c2d2727b, 0x7426d151a77b6b20, 0x4000000000000001, 0xfff0000000000000, 5)
	# 535: fmadd.d rmm frm=0 -> NX
	ENTRY(88, 0, 0xbd30000000000000, 0x3ff0000000000005, 0x3ee0000000000000, 0x3edffffffc000000, 1)
	# 536: fmsub.d rtz frm=0 -> -
	ENTRY(91, 0, 0x7ff0000000000000, 0x3ff0000000000002, 0x3ff0000000000003, 0x7ff0000000000000, 0)
	# 537: fnmsub.d dyn frm=2 -> NX
	ENTRY(101, 2, 0x4000000000000002, 0x648a2cdb2f179, 0x3ff0000000000000, 0x3fefffffffffffff, 1)
	# 538: fnmadd.d rdn frm=0 -> NX
	ENTRY(104, 0, 0xbf50000000000000, 0xbff0000000000000, 0x80332a92699bf1f2, 0xbf50000000000000, 1)
	# 539: fmadd.d rup frm=1 -> NX
	ENTRY(87, 1, 0xbff0000000000000, 0x3ff0000000000004, 0x477726c66607fc30, 0x477726c66607fc30, 1)
	# 540: fmsub.d rne frm=0 -> -
	ENTRY(90, 0, 0x3dd0000000000000, 0x3df0000000000000, 0xbc90000000000000, 0x3c90010000000000, 0)
	# 541: fnmsub.d rmm frm=0 -> -
	ENTRY(100, 0, 0x3c10000000000000, 0x4008000000000000, 0xfff0000000000000, 0xfff0000000000000, 0)
	# 542: fnmadd.d rne frm=1 -> NX
	ENTRY(102, 1, 0x81e5a7ab49c87f24, 0x803f24144a53fe73, 0x5a29f2a1eaf7c7b6, 0xda29f2a1eaf7c7b6, 1)
	# 543: fmadd.d rne frm=4 -> NX
	ENTRY(84, 4, 0xba8e7294e90a42f2, 0xd128091a7ae2bcf4, 0x407fe231fb590129, 0x4bc6de991aaecf2e, 1)
	# 544: fmsub.d rdn frm=2 -> -
	ENTRY(92, 2, 0xbda0000000000000, 0x3ff0000000000003, 0xbc80000000000000, 0xbd9ffff800000006, 0)
	# 545: fnmsub.d rmm frm=4 -> NX
	ENTRY(100, 4, 0xbff0000000000000, 0xe5caf4d400f125f, 0xbcd0000000000000, 0xbcd0000000000000, 1)
	# 546: fnmadd.d rup frm=2 -> NX
	ENTRY(105, 2, 0xbd70000000000000, 0x3ff0000000000001, 0x8010000000000000, 0x3d70000000000002, 1)
	# 547: fmadd.d rdn frm=3 -> NX
	ENTRY(86, 3, 0xbb13f48510331d19, 0x4000000000000000, 0x5bcda1e5e11114fa, 0x5bcda1e5e11114f9, 1)
	# 548: fmsub.d rtz frm=0 -> OF NX
	ENTRY(91, 0, 0xffefffffffffffff, 0x3ff0000000000002, 0x64f4d411e3fdf711, 0xffefffffffffffff, 5)
	# 549: fnmsub.d rup frm=2 -> NX
	ENTRY(99, 2, 0x80386a47b3d550ea, 0x2097a8ec64d960, 0xffefffffffffffff, 0xffeffffffffffffe, 1)
	# 550: fnmadd.d rmm frm=3 -> NX
	ENTRY(106, 3, 0x4000000000000002, 0x3ff0000000000001, 0x1ca539d9cc97c7bb, 0xc000000000000003, 1)
	# 551: fmadd.d rne frm=0 -> NX
	ENTRY(84, 0, 0x3f50000000000000, 0x4000000000000001, 0x4000000000000001, 0x4000040000000001, 1)
	# 552: fmsub.d dyn frm=1 -> NV
	ENTRY(95, 1, 0x802765ea315e904e, 0xb6b29d3e4602c4b9, 0x7ff0000000000001, 0x7ff8000000000000, 16)
	# 553: fnmsub.d dyn frm=0 -> NX
	ENTRY(101, 0, 0x80137da6ec8cbb11, 0x3a9f7eb8e057d6e5, 0x10000000000000, 0x10000000000000, 1)
	# 554: fnmadd.d rdn frm=2 -> NX
	ENTRY(104, 2, 0x4000000000000002, 0x8010000000000000, 0x3ff0000000000002, 0xbff0000000000002, 1)
	# 555: fmadd.d rdn frm=1 -> NX
	ENTRY(86, 1, 0x4000000000000003, 0x36470af701370cb9, 0x8000000000000000, 0x36570af701370cbd, 1)
	# 556: fmsub.d rne frm=0 -> NV
	ENTRY(90, 0, 0x3f30000000000000, 0x7ff4000000000000, 0x3dd0000000000000, 0x7ff8000000000000, 16)
	# 557: fnmsub.d rne frm=1 -> NX
	ENTRY(96, 1, 0xbd10000000000000, 0x4340000000000000, 0x7fefffffffffffff, 0x7fefffffffffffff, 1)
	# 558: fnmadd.d rmm frm=2 -> NX
	ENTRY(106, 2, 0xbcf0000000000000, 0xbcf0000000000000, 0x803fd2484bc6287b, 0xb9f0000000000000, 1)
	# 559: fmadd.d rdn frm=3 -> NX
	ENTRY(86, 3, 0x803a07f3ccffab0d, 0xc81c915f3cd2e00b, 0x9a78c709d9ae1b1c, 0x9a78c709d9ae1b1c, 1)
	# 560: fmsub.d rtz frm=4 -> -
	ENTRY(91, 4, 0x3ff0000000000000, 0x3ffffffffffffffe, 0x3d10000000000000, 0x3fffffffffffffbe, 0)
	# 561: fnmsub.d rmm frm=3 -> NX
	ENTRY(100, 3, 0x3f70000000000000, 0x801d389fd622a70b, 0x4340000000000000, 0x4340000000000000, 1)
	# 562: fnmadd.d rup frm=2 -> -
	ENTRY(105, 2, 0xbdd0000000000000, 0x4000000000000000, 0xbf70000000000000, 0x3f70000008000000, 0)
	# 563: fmadd.d rmm frm=3 -> -
	ENTRY(88, 3, 0x7ff8000000000000, 0x8016a902ca13b1ba, 0xfffffffffffff, 0x7ff8000000000000, 0)
	# 564: fmsub.d rdn frm=4 -> NX
	ENTRY(92, 4, 0x5669e069e02e7b64, 0x4340000000000000, 0x620b9ff86eb41b7d, 0xe20b9ff86eb41b7d, 1)
	# 565: fnmsub.d rtz frm=0 -> NX
	ENTRY(97, 0, 0x12ec8520eb6efc, 0x9c1c655918385, 0x80328f49547cfc58, 0x80328f49547cfc58, 1)
	# 566: fnmadd.d rne frm=2 -> NX
	ENTRY(102, 2, 0x986f9e9107deaf43, 0xfffffffffffff, 0x3ffffffffffffffe, 0xbffffffffffffffe, 1)
	# 567: fmadd.d rdn frm=3 -> NX
	ENTRY(86, 3, 0x8032472dd8e362a4, 0x8038078d3670d3f6, 0xab886e520cccc20b, 0xab886e520cccc20b, 1)
	# 568: fmsub.d dyn frm=3 -> NX
	ENTRY(95, 3, 0x3e00000000000000, 0x55ac12e2a2b11626, 0xa77546232db191c1, 0x53bc12e2a2b11627, 1)
	# 569: fnmsub.d rne frm=2 -> NX
	ENTRY(96, 2, 0x498af517315624a0, 0x6ea46ba8b5bb1, 0x1, 0x89974d40a086957f, 1)
	# 570: fnmadd.d rmm frm=2 -> -
	ENTRY(106, 2, 0, 0x7f256cfba11602b6, 0x801550dade01bb8e, 0x1550dade01bb8e, 0)
	# 571: fmadd.d rdn frm=1 -> NX
	ENTRY(86, 1, 0x3fefffffffffffff, 0x4000000000000002, 0x3d70000000000000, 0x4000000000000801, 1)
	# 572: fmsub.d dyn frm=0 -> -
	ENTRY(95, 0, 0x3ff0000000000004, 0x3ff0000000000000, 0x3ffffffffffffffe, 0xbfeffffffffffff4, 0)
	# 573: fnmsub.d rmm frm=2 -> NX
	ENTRY(100, 2, 0x8d1e341d7ddbbe61, 0x80366e2769609711, 0x7fefffffffffffff, 0x7fefffffffffffff, 1)
	# 574: fnmadd.d rdn frm=2 -> UF NX
	ENTRY(104, 2, 0x27edf88d32f2df, 0xccd2bb06616f9, 0xfffffffffffff, 0x8010000000000000, 3)
	# 575: fmadd.d dyn frm=2 -> -
	ENTRY(89, 2, 0x80007e44bc23f7c2, 0x800ffe85eb8d4ccd, 0xfff0000000000000, 0xfff0000000000000, 0)
	# 576: fmsub.d rtz frm=1 -> NX
	ENTRY(91, 1, 0x5510e65750f42203, 0xbd00000000000000, 0x3d90000000000000, 0xd220e65750f42203, 1)
	# 577: fnmsub.d rdn frm=2 -> -
	ENTRY(98, 2, 0x8000000000000000, 0x4000000000000004, 0x11ac59fc8874d7, 0x11ac59fc8874d7, 0)
	# 578: fnmadd.d dyn frm=4 -> NX
	ENTRY(107, 4, 0xbea0000000000000, 0xbdd0000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 1)
	# 579: fmadd.d rmm frm=2 -> NX
	ENTRY(88, 2, 0x8014a439208fac0a, 0x3ff0000000000001, 0xbdc0000000000000, 0xbdc0000000000000, 1)
	# 580: fmsub.d rtz frm=4 -> NX
	ENTRY(91, 4, 0x3feffffffffffffe, 0x3f00000000000000, 0x3ff0000000000000, 0xbfefffc000000000, 1)
	# 581: fnmsub.d rdn frm=0 -> NX
	ENTRY(98, 0, 0x80186c93a05a7268, 0xbb832325a977e, 0x32764862c9c606, 0x32764862c9c606, 1)
	# 582: fnmadd.d rmm frm=4 -> NX
	ENTRY(106, 4, 0x3fffffffffffffff, 0x3e70000000000000, 0xabbef3d0c44ecf1f, 0xbe7fffffffffffff, 1)
	# 583: fmadd.d rne frm=0 -> -
	ENTRY(84, 0, 0xbff0000000000000, 0x3feffffffffffffe, 0x3ff0000000000001, 0x3cc0000000000000, 0)
	# 584: fmsub.d rup frm=1 -> NX
	ENTRY(93, 1, 0x3ed0000000000000, 0xc4a72c92fda4dee, 0x3dd0000000000000, 0xbdcfffffffffffff, 1)
	# 585: fnmsub.d dyn frm=3 -> NX
	ENTRY(101, 3, 0x85f3f0890b183e0b, 0x427635a67d50632, 0x10000000000000, 0x10000000000001, 1)
	# 586: fnmadd.d dyn frm=4 -> NX
	ENTRY(107, 4, 0xbc80000000000000, 0x3fefffffffffffff, 0xbe80000000000000, 0x3e80000000100000, 1)
	# 587: fmadd.d rmm frm=2 -> NX
	ENTRY(88, 2, 0x2d110d4e52a418, 0x20aa4ca8c5178d, 0x66f0d3249cef68eb, 0x66f0d3249cef68eb, 1)
	# 588: fmsub.d dyn frm=1 -> NX
	ENTRY(95, 1, 0x4000000000000005, 0x4000000000000003, 0x4000000000000003, 0x400000000000000d, 1)
	# 589: fnmsub.d rtz frm=0 -> NX
	ENTRY(97, 0, 0x8010000000000000, 0x80048fda3020f2ee, 0xbfd0000000000000, 0xbfd0000000000000, 1)
	# 590: fnmadd.d rup frm=4 -> -
	ENTRY(105, 4, 0x4000000000000001, 0x7ff0000000000000, 0xbff0000000000000, 0xfff0000000000000, 0)
	# 591: fmadd.d rdn frm=1 -> -
	ENTRY(86, 1, 0x8010000000000000, 0x4000000000000003, 0x80177262c759f138, 0x802bb93163acf89f, 0)
	# 592: fmsub.d rmm frm=3 -> NX
	ENTRY(94, 3, 0x3fefffffffffffff, 0xbfd0000000000000, 0x328b25e9db103e2c, 0xbfcfffffffffffff, 1)
	# 593: fnmsub.d rtz frm=4 -> NX
	ENTRY(97, 4, 0x7884043ab8061653, 0xbeb0000000000000, 0x30fb7526912c1813, 0x7744043ab8061653, 1)
	# 594: fnmadd.d rdn frm=4 -> NX
	ENTRY(104, 4, 0x4008000000000000, 0xae23401edd13d49e, 0x4000000000000003, 0xc000000000000003, 1)
	# 595: fmadd.d rmm frm=0 -> -
	ENTRY(88, 0, 0xbe80000000000000, 0x3fe0000000000000, 0x3df0000000000000, 0xbe6fe00000000000, 0)
	# 596: fmsub.d rne frm=1 -> NX
	ENTRY(90, 1, 0xbd8f5876fcd97c0a, 0x3fe6fab7df9242, 0x4000000000000000, 0xc000000000000000, 1)
	# 597: fnmsub.d rup frm=0 -> NX
	ENTRY(99, 0, 0x3ff0000000000000, 0x8010000000000000, 0x7d51d7c6ab447db3, 0x7d51d7c6ab447db4, 1)
	# 598: fnmadd.d rdn frm=4 -> NX
	ENTRY(104, 4, 0x3f60000000000000, 0x28e0daa1078aa7, 0x3dffd81d174de393, 0xbdffd81d174de394, 1)
	# 599: fmadd.d rne frm=1 -> -
	ENTRY(84, 1, 0xbf60000000000000, 0x3f00000000000000, 0x4000000000000000, 0x3ffffffff0000000, 0)
	# 600: fmsub.d rne frm=2 -> -
	ENTRY(90, 2, 0x3de0000000000000, 0x1f3a89c5c04839fe, 0xfff0000000000000, 0x7ff0000000000000, 0)
	# 601: fnmsub.d rmm frm=0 -> NV
	ENTRY(100, 0, 0x7ff4000000000000, 0x3fffffffffffffff, 0x4008000000000000, 0x7ff8000000000000, 16)
	# 602: fnmadd.d rmm frm=1 -> -
	ENTRY(106, 1, 0xfff8000000000000, 0xbed0000000000000, 0xb1558b4ccc87efa1, 0x7ff8000000000000, 0)
	# 603: fmadd.d dyn frm=0 -> NX
	ENTRY(89, 0, 0xbcc0000000000000, 0xd951d5a5cd263f2f, 0x250b407ba4fd4c9d, 0x5621d5a5cd263f2f, 1)
	# 604: fmsub.d rup frm=0 -> NX
	ENTRY(93, 0, 0xbeb0000000000000, 0xbf50000000000000, 0x9b0a287fbd1cd, 0x3e10000000000000, 1)
	# 605: fnmsub.d rtz frm=1 -> -
	ENTRY(97, 1, 0x7ff8000012345678, 0x7ff8000012345678, 0x4000000000000003, 0x7ff8000000000000, 0)
	# 606: fnmadd.d rup frm=2 -> NX
	ENTRY(105, 2, 0x3fa0000000000000, 0xd0a28be9e322d, 0xbc10000000000000, 0x3c10000000000000, 1)
	# 607: fmadd.d rdn frm=2 -> NX
	ENTRY(86, 2, 0x3ff0000000000001, 0x3ff0000000000002, 0xe1c3737245fe7f47, 0xe1c3737245fe7f47, 1)
	# 608: fmsub.d rne frm=3 -> NV
	ENTRY(90, 3, 0x7ff4000000000000, 0x7fefffffffffffff, 0x3feffffffffffffe, 0x7ff8000000000000, 16)
	# 609: fnmsub.d rup frm=0 -> NX
	ENTRY(99, 0, 0x801124c7979351af, 0x802819296283c535, 0x3e30000000000000, 0x3e30000000000000, 1)
	# 610: fnmadd.d rdn frm=2 -> NX
	ENTRY(104, 2, 0x3c50000000000000, 0xbd40000000000000, 0x802bdaf864250ba1, 0x39a0000000000000, 1)
	# 611: fmadd.d rdn frm=1 -> NX
	ENTRY(86, 1, 0x80304f2ab836d3d1, 0x4000000000000005, 0x132f0026d908a2, 0x803bd29566b76584, 1)
	# 612: fmsub.d rmm frm=0 -> NX
	ENTRY(94, 0, 0x7fefffffffffffff, 0x3ff0000000000001, 0x7e2b7391d1e928fd, 0x7feffffffe48c6e4, 1)
	# 613: fnmsub.d rup frm=0 -> NX
	ENTRY(99, 0, 0x80240c0991a1f378, 0xd4a930f1ece3103d, 0x1f5086bb4637a65c, 0x1f5086bb4637a65c, 1)
	# 614: fnmadd.d rdn frm=0 -> NX
	ENTRY(104, 0, 0x3f00000000000000, 0xbc80000000000000, 0x10000000000000, 0x3b8fffffffffffff, 1)
	# 615: fmadd.d rup frm=1 -> NX
	ENTRY(87, 1, 0xf72d787db11ad5cf, 0x259e91bfa4b21c5d, 0x3feffffffffffffe, 0xdcdc27304e6f6fa8, 1)
	# 616: fmsub.d rtz frm=0 -> NX
	ENTRY(91, 0, 0x4000000000000004, 0x567f34866aaffb8f, 0x3ff0000000000000, 0x568f34866aaffb96, 1)
	# 617: fnmsub.d rtz frm=1 -> NX
	ENTRY(97, 1, 0x4000000000000004, 0x803e9a3ae013362d, 0x3c80000000000000, 0x3c80000000000000, 1)
	# 618: fnmadd.d rne frm=2 -> NV
	ENTRY(102, 2, 0x7ff0000000000000, 0, 0x4000000000000000, 0x7ff8000000000000, 16)
	# 619: fmadd.d rne frm=0 -> NX
	ENTRY(84, 0, 0x8024fe6760c13bd5, 0xbe10000000000000, 0x4000000000000000, 0x4000000000000000, 1)
	# 620: fmsub.d rup frm=1 -> NX
	ENTRY(93, 1, 0x802698ba5af6b915, 0x3feffffffffffffe, 0x3f30000000000000, 0xbf30000000000000, 1)
	# 621: fnmsub.d rtz frm=0 -> NX
	ENTRY(97, 0, 0x7cedfcf43c8decfc, 0x4000000000000003, 0x3ff0000000000000, 0xfcfdfcf43c8ded01, 1)
	# 622: fnmadd.d dyn frm=2 -> -
	ENTRY(107, 2, 0x3ff0000000000000, 0x3fefffffffffffff, 0xbd30000000000000, 0xbfeffffffffffdff, 0)
	# 623: fmadd.d rdn frm=1 -> NX
	ENTRY(86, 1, 0x4000000000000000, 0x2b1ef88e6f1d6, 0x3e70000000000000, 0x3e70000000000000, 1)
	# 624: fmsub.d rtz frm=2 -> NX
	ENTRY(91, 2, 0x69c86efaf50bc, 0xffefffffffffffff, 0x3beba0886d13d5, 0xbffa721bbebd42ef, 1)
	# 625: fnmsub.d dyn frm=2 -> NX
	ENTRY(101, 2, 0x65ffe9b709bbba6b, 0x3ff0000000000005, 0xbcc0000000000000, 0xe5ffe9b709bbba75, 1)
	# 626: fnmadd.d rup frm=0 -> -
	ENTRY(105, 0, 0x3ff0000000000004, 0x3e20000000000000, 0xbce0000000000000, 0xbe1ffffe00000008, 0)
	# 627: fmadd.d rdn frm=1 -> NV
	ENTRY(86, 1, 0xbc40000000000000, 0x1b50e542097c50, 0x7ff0000000000001, 0x7ff8000000000000, 16)
	# 628: fmsub.d rup frm=4 -> NX
	ENTRY(93, 4, 0xbcd0000000000000, 0x3ff0000000000001, 0x3d80000000000000, 0xbd80020000000000, 1)
	# 629: fnmsub.d rup frm=3 -> NX
	ENTRY(99, 3, 0x8027faefc7a50fff, 0x3fefffffffffffff, 0x3feffffffffffffe, 0x3fefffffffffffff, 1)
	# 630: fnmadd.d rmm frm=1 -> NX
	ENTRY(106, 1, 0x97d7dad82e7391b5, 0x3ff0000000000004, 0x308098aadc383b, 0x17d7dad82e7391bb, 1)
	# 631: fmadd.d rdn frm=0 -> NV
	ENTRY(86, 0, 0xfff0000000000001, 0x8000000000000001, 0x4000000000000003, 0x7ff8000000000000, 16)
	# 632: fmsub.d rtz frm=1 -> NV
	ENTRY(91, 1, 0x802f02491c37cf9e, 0x7ff4000000000000, 0xcf3b0fc67ef7201a, 0x7ff8000000000000, 16)
	# 633: fnmsub.d rtz frm=2 -> NX
	ENTRY(97, 2, 0x4000000000000001, 0x3eb0000000000000, 0x4000000000000003, 0x3ffffffe00000005, 1)
	# 634: fnmadd.d rne frm=0 -> NX
	ENTRY(102, 0, 0x960a472c9d04d4e8, 0xfaf84f0d59516288, 0x3dc0000000000000, 0xd113f64c222a2c8d, 1)
	# 635: fmadd.d rup frm=0 -> NX
	ENTRY(87, 0, 0x3ff0000000000000, 0x1, 0x3ff0000000000002, 0x3ff0000000000003, 1)
	# 636: fmsub.d rmm frm=3 -> NX
	ENTRY(94, 3, 0xb67252c3c7376bcb, 0x801dbc7b171f538c, 0xffefffffffffffff, 0x7fefffffffffffff, 1)
	# 637: fnmsub.d rtz frm=4 -> NX
	ENTRY(97, 4, 0xbdb0000000000000, 0x4000000000000003, 0x8026539cb8cdde79, 0x3dc0000000000002, 1)
	# 638: fnmadd.d dyn frm=4 -> -
	ENTRY(107, 4, 0, 0xa0fc0fd0bb9e3284, 0xfff8000000000000, 0x7ff8000000000000, 0)
	# 639: fmadd.d rne frm=1 -> NX
	ENTRY(84, 1, 0x802990f23f2f2804, 0xbdd0000000000000, 0x36669849228e64, 0x3666984925c082, 1)
	# 640: fmsub.d rup frm=0 -> NX
	ENTRY(93, 0, 0x3fffffffffffffff, 0xbee0000000000000, 0xbfd0000000000000, 0x3fcfff8000000001, 1)
	# 641: fnmsub.d rdn frm=3 -> NX
	ENTRY(98, 3, 0x3ffffffffffffffe, 0x3ca0000000000000, 0x4000000000000004, 0x4000000000000003, 1)
	# 642: fnmadd.d rne frm=2 -> NX
	ENTRY(102, 2, 0x4340000000000000, 0x8001f74a601fb41d, 0x9845b2aa7de4057e, 0x1845b2aa7de4057e, 1)
	# 643: fmadd.d rtz frm=0 -> NX
	ENTRY(85, 0, 0x8eaece234b0e5ed5, 0x6058bcbf14f30e7d, 0, 0xaf17d04d7a3134e8, 1)
	# 644: fmsub.d rne frm=4 -> NX
	ENTRY(90, 4, 0xbc90000000000000, 0x3ff0000000000001, 0x44d758ee311ee62a, 0xc4d758ee311ee62a, 1)
	# 645: fnmsub.d rup frm=0 -> NX
	ENTRY(99, 0, 0x3282ae6bc23b71, 0x3ff0000000000001, 0x3f90000000000000, 0x3f90000000000000, 1)
	# 646: fnmadd.d dyn frm=2 -> NX
	ENTRY(107, 2, 0x8029642aa77d5641, 0x863ed367b92e98e9, 0x803962d46b606e65, 0x3962d46b606e64, 1)
	# 647: fmadd.d rtz frm=1 -> NX
	ENTRY(85, 1, 0xbc90000000000000, 0x3ff0000000000005, 0x5d0e8275cc3a427e, 0x5d0e8275cc3a427d, 1)
	# 648: fmsub.d rup frm=0 -> NX
	ENTRY(93, 0, 0xbc31e496b7fc, 0x3fba262c3bf5da, 0x3ea0000000000000, 0xbe9fffffffffffff, 1)
	# 649: fnmsub.d rtz frm=1 -> NX
	ENTRY(97, 1, 0x3ff0000000000001, 0x67d5153a8e394e, 0x3ff0000000000005, 0x3ff0000000000004, 1)
	# 650: fnmadd.d rne frm=3 -> NX
	ENTRY(102, 3, 0x1, 0x3ff0000000000003, 0x8e1a77ddc2fe16e6, 0xe1a77ddc2fe16e6, 1)
	# 651: fmsub.s rup frm=1 -> -
	ENTRY(69, 1, 0xffffffffc2ae78cb, 0xffffffff3f7ffffe, 0xffffffffc2ae78c9, 0xffffffffb6a30e6a, 0)
	# 652: fmsub.d rmm frm=4 -> -
	ENTRY(94, 4, 0xbd90000000000000, 0x8010000000000000, 0x4000, 0, 0)
	# 653: fmsub.s dyn frm=4 -> -
	ENTRY(71, 4, 0xffffffffc1b40000, 0xffffffff40000003, 0xffffffffc2340004, 0xffffffffb5600000, 0)
	# 654: fmsub.d rup frm=0 -> -
	ENTRY(93, 0, 0xbef0000000000000, 0x4000000000000002, 0xbf00000000000003, 0x3bc0000000000000, 0)
	# 655: fmsub.s dyn frm=3 -> -
	ENTRY(71, 3, 0xffffffff9b1372cf, 0xffffffff007fffff, 0xffffffff7fffffff, 0xffffffff7fc00000, 0)
	# 656: fmsub.d rdn frm=0 -> -
	ENTRY(92, 0, 0x10000000000000, 0x8022fab83dda7bf7, 0x7fffffffffffffff, 0x7ff8000000000000, 0)
	# 657: fmsub.s rdn frm=0 -> -
	ENTRY(68, 0, 0xffffffff3fffffff, 0xffffffffa2bd09e2, 0xffffffffa33d09e0, 0xffffffff97a17b0f, 0)
	# 658: fmsub.d rup frm=3 -> -
	ENTRY(93, 3, 0xbff0000000000000, 0xd9623310fe64cc4a, 0x59623310fe64cc49, 0x5620000000000000, 0)
	# 659: fmsub.s rne frm=2 -> -
	ENTRY(66, 2, 0xffffffff3eb00000, 0xffffffff4b800000, 0xffffffff4ab00000, 0xffffffff00000000, 0)
	# 660: fmsub.d rdn frm=2 -> -
	ENTRY(92, 2, 0, 0x3ad0cffbb412715f, 0, 0x8000000000000000, 0)
	# 661: fmsub.s rne frm=3 -> UF NX
	ENTRY(66, 3, 0xffffffff8109d75e, 0xffffffff81f3a856, 0xffffffff00000001, 0xffffffff80000001, 3)
	# 662: fmsub.d rup frm=4 -> -
	ENTRY(93, 4, 0xba0eab0c519513bd, 0x4000000000000002, 0xba1eab0c519513c0, 0xb6caac3146544ef4, 0)
	# 663: fmsub.s rtz frm=1 -> -
	ENTRY(67, 1, 0xffffffff8081a662, 0xffffffffc1bc0000, 0xffffffff02be6c5f, 0xffffffff0000000f, 0)
	# 664: fmsub.d rup frm=1 -> UF NX
	ENTRY(93, 1, 0x3ff0000000000004, 0x1, 0x1, 0x1, 3)
	# 665: fmsub.s rtz frm=4 -> -
	ENTRY(67, 4, 0xffffffffca7209d9, 0xffffffffc729b7fe, 0xffffffff52207675, 0xffffffff45e1c89c, 0)
	# 666: fmsub.d rup frm=1 -> UF NX
	ENTRY(93, 1, 0x18bda2ff85cd24, 0x1912f485fcb9fb, 0x1, 0x8000000000000000, 3)
	# 667: fmsub.s rne frm=3 -> UF NX
	ENTRY(66, 3, 0xffffffff80190c37, 0xffffffff8158cff9, 0xffffffff00000000, 0xffffffff00000000, 3)
	# 668: fmsub.d rtz frm=2 -> NV
	ENTRY(91, 2, 0x4000000000000000, 0x7ff0000000000001, 0x7ff8000000000000, 0x7ff8000000000000, 16)
	# 669: fmsub.s rtz frm=1 -> UF NX
	ENTRY(67, 1, 0xffffffff33800000, 0xffffffff80668415, 0xffffffff80000001, 0xffffffff00000000, 3)
	# 670: fmsub.d rmm frm=3 -> -
	ENTRY(94, 3, 0x3c30000000000000, 0x358faf002bbe08, 0xffffffffffffffff, 0x7ff8000000000000, 0)
	# 671: fmsub.s rup frm=0 -> UF NX
	ENTRY(69, 0, 0xffffffff00a8ed54, 0xffffffff000790ae, 0xffffffff00000000, 0xffffffff00000001, 3)
	# 672: fmsub.d rtz frm=2 -> -
	ENTRY(91, 2, 0x4000000000000004, 0x9a2719b0f9320e54, 0x9a3719b0f9320e59, 0x96e8cd87c99072a0, 0)
	# 673: fmsub.s dyn frm=0 -> UF NX
	ENTRY(71, 0, 0xffffffff3f800002, 0xffffffff012d38a9, 0xffffffff012d38ab, 0xffffffff00000001, 3)
	# 674: fmsub.d rtz frm=1 -> -
	ENTRY(91, 1, 0x10000000000000, 0xbff0000000000000, 0x8010000000000001, 0x1, 0)
	# 675: fmsub.s rtz frm=1 -> -
	ENTRY(67, 1, 0xffffffff80ff381e, 0xffffffff7f7fffff, 0xffffffffc0ff381c, 0xffffffffb50063f1, 0)
	# 676: fmsub.d rup frm=0 -> UF NX
	ENTRY(93, 0, 0xbdf0000000000000, 0x11fff6f361f575, 0x800000000011fff6, 0x8000000000000000, 3)
	# 677: fmsub.s dyn frm=1 -> -
	ENTRY(71, 1, 0xffffffff3f800002, 0xffffffff40000005, 0xffffffff40000007, 0xffffffff2aa00000, 0)
	# 678: fmsub.d rne frm=3 -> UF NX
	ENTRY(90, 3, 0xac5592cdd7181, 0x3e60000000000000, 0x562ac96, 0, 3)
	# 679: fmsub.s rup frm=2 -> NX
	ENTRY(69, 2, 0xffffffff3fffffff, 0xffffffff321a7157, 0xffffffff329a7155, 0xffffffff2732c755, 1)
	# 680: fmsub.d dyn frm=0 -> -
	ENTRY(95, 0, 0xed3409df53daf4a0, 0x3ffffffffffffffe, 0xed4409df53daf49e, 0xe9f7ec41584a16c0, 0)
	# 681: fmsub.s rtz frm=0 -> -
	ENTRY(67, 0, 0xffffffff3f800005, 0xffffffffe05e1ad3, 0xffffffffe05e1add, 0xffffffff54a979e1, 0)
	# 682: fmsub.d rne frm=1 -> -
	ENTRY(90, 1, 0x12eb44b61c5b7ad0, 0x3fffffffffffffff, 0x12fb44b61c5b7ad0, 0x8fab44b61c5b7ad0, 0)
	# 683: fmsub.s rtz frm=3 -> UF NX
	ENTRY(67, 3, 0xffffffff00000001, 0xffffffff01ded02a, 0xffffffff00000000, 0xffffffff00000000, 3)
	# 684: fmsub.d rtz frm=4 -> -
	ENTRY(91, 4, 0x3df0000000000000, 0x3fd0000000000000, 0x3dd0000000000001, 0xba90000000000000, 0)
	# 685: fmsub.s rdn frm=3 -> -
	ENTRY(68, 3, 0xffffffffc0880000, 0xffffffff80800000, 0xffffffff01880000, 0xffffffff80000000, 0)
	# 686: fmsub.d rup frm=3 -> UF NX
	ENTRY(93, 3, 0x80014c8fb7e73a38, 0x803180fac9e9c1e3, 0, 0x1, 3)
	# 687: fmsub.s rdn frm=0 -> -
	ENTRY(68, 0, 0xffffffff3d380000, 0xffffffff118690b8, 0xffffffff0f417007, 0xffffffff03c00000, 0)
	# 688: fmsub.d rdn frm=4 -> -
	ENTRY(92, 4, 0x3c60000000000000, 0x3ffffffffffffffe, 0x3c6ffffffffffffe, 0x8000000000000000, 0)
	# 689: fmsub.s rne frm=4 -> UF NX
	ENTRY(66, 4, 0xffffffff0177fd78, 0xffffffff01032bd7, 0xffffffff00000000, 0xffffffff00000000, 3)
	# 690: fmsub.d dyn frm=3 -> -
	ENTRY(95, 3, 0x3c50000000000000, 0x4008000000000000, 0x3c68000000000001, 0xb920000000000000, 0)
	# 691: fmsub.s rtz frm=4 -> -
	ENTRY(67, 4, 0xffffffff3ffffffe, 0xffffffff3f800004, 0xffffffff40000002, 0xffffffff347ffff8, 0)
	# 692: fmsub.d rmm frm=1 -> -
	ENTRY(94, 1, 0x3f10000000000000, 0x3fc0000000000000, 0x3ee0000000000000, 0, 0)
	# 693: fmsub.s rup frm=1 -> NV
	ENTRY(69, 1, 0xffffffffc2a40000, 0xffffffff7f7fffff, 0xffffffffff800001, 0xffffffff7fc00000, 16)
	# 694: fmsub.d dyn frm=4 -> -
	ENTRY(95, 4, 0x3fefffffffffffff, 0x4008000000000000, 0x4007ffffffffffff, 0x3ca0000000000000, 0)
	# 695: fmsub.s rne frm=3 -> -
	ENTRY(66, 3, 0xffffffffc61a8866, 0xffffffffbf800000, 0xffffffff461a8865, 0xffffffff3a800000, 0)
	# 696: fmsub.d rne frm=4 -> -
	ENTRY(90, 4, 0x7fefffffffffffff, 0x2837d3a27c5fc8b2, 0x6837d3a27c5fc8b0, 0x64f4162ec1d01ba7, 0)
	# 697: fmsub.s rmm frm=2 -> UF NX
	ENTRY(70, 2, 0xffffffff3f800001, 0xffffffff00000001, 0xffffffff00000001, 0xffffffff00000000, 3)
	# 698: fmsub.d rdn frm=3 -> -
	ENTRY(92, 3, 0x8000000000000000, 0x3ff0000000000001, 0x7fffffffffffffff, 0x7ff8000000000000, 0)
	# 699: fmsub.s rtz frm=3 -> -
	ENTRY(67, 3, 0xffffffff43d80000, 0xffffffff01580bee, 0xffffffff05b64a10, 0xffffffff00000340, 0)
	# 700: fmsub.d rtz frm=4 -> -
	ENTRY(91, 4, 0xd35970a2568b34bf, 0xbf90000000000000, 0x52f970a2568b34bf, 0, 0)
	# 701: fmsub.s rdn frm=0 -> -
	ENTRY(68, 0, 0xffffffff3e700000, 0xffffffff6e0d15f0, 0xffffffff6d044490, 0xffffffff61800000, 0)
	# 702: fmsub.d rdn frm=0 -> UF NX
	ENTRY(92, 0, 0xb9620c04d8f98, 0x4000000000000005, 0x172c41809b1f36, 0x1, 3)
	# 703: fmsub.s rne frm=4 -> NV
	ENTRY(66, 4, 0xffffffff7fa00000, 0xffffffff01f93285, 0xffffffff7fbfffff, 0xffffffff7fc00000, 16)
	# 704: fmsub.d rtz frm=0 -> UF NX
	ENTRY(91, 0, 0x10000000000000, 0x33321768a9b953, 0x1, 0x8000000000000000, 3)
	# 705: fmsub.s rtz frm=0 -> -
	ENTRY(67, 0, 0xffffffffc3ac0000, 0xffffffff00000000, 0xffffffff80000001, 0xffffffff00000001, 0)
	# 706: fmsub.d rdn frm=1 -> -
	ENTRY(92, 1, 0xbc10000000000000, 0x3ff0000000000000, 0xbc0fffffffffffff, 0xb8c0000000000000, 0)
	# 707: fmsub.s rup frm=1 -> UF NX
	ENTRY(69, 1, 0xffffffff40000002, 0xffffffff814a38a6, 0xffffffff81ca38aa, 0xffffffff00000004, 3)
	# 708: fmsub.d rtz frm=2 -> -
	ENTRY(91, 2, 0x3f4f89bd77c121, 0x6350dc5e6c9b4, 0xffffffffffffffff, 0x7ff8000000000000, 0)
	# 709: fmsub.s rdn frm=1 -> -
	ENTRY(68, 1, 0xffffffff899e06f8, 0xffffffff7f7fffff, 0xffffffffc99e06f6, 0xffffffffbe30fc84, 0)
	# 710: fmsub.d rmm frm=0 -> UF NX
	ENTRY(94, 0, 0x3ff0000000000004, 0x1132addf222814, 0x1132addf222817, 0x1, 3)
	# 711: fmsub.s dyn frm=2 -> -
	ENTRY(71, 2, 0xffffffff81056d0e, 0xffffffff0005c7ab, 0xffffffff7fffffff, 0xffffffff7fc00000, 0)
	# 712: fmsub.d rne frm=3 -> UF NX
	ENTRY(90, 3, 0xbc80000000000000, 0x8021d2e394a86f59, 0x1, 0x8000000000000001, 3)
	# 713: fmsub.s rmm frm=2 -> -
	ENTRY(70, 2, 0xffffffffffc00000, 0xfffffffff425932a, 0xffffffff7fc00001, 0xffffffff7fc00000, 0)
	# 714: fmsub.d dyn frm=0 -> NV
	ENTRY(95, 0, 0xfff0000000000000, 0x3c50000000000000, 0xfff0000000000000, 0x7ff8000000000000, 16)
	# 715: fmsub.s rup frm=1 -> -
	ENTRY(69, 1, 0xffffffff3fffffff, 0xffffffff10fec205, 0xffffffff117ec204, 0xffffffff019efd80, 0)
	# 716: fmsub.d rtz frm=4 -> -
	ENTRY(91, 4, 0x80304c3dc42f8b49, 0x7fefffffffffffff, 0xc0304c3dc42f8b49, 0x3ce04c3dc42f8b49, 0)
	# 717: fmsub.s rmm frm=2 -> -
	ENTRY(70, 2, 0xffffffff40000000, 0xffffffff00800000, 0xffffffff01000000, 0xffffffff00000000, 0)
	# 718: fmsub.d rup frm=1 -> -
	ENTRY(93, 1, 0xbe20000000000000, 0xe2f95b0420845e2c, 0x61295b0420845e2b, 0x5de0000000000000, 0)
	# 719: fmsub.s dyn frm=4 -> UF NX
	ENTRY(71, 4, 0xffffffff27b318bc, 0xffffffff815a712a, 0xffffffff80000000, 0xffffffff80000000, 3)
	# 720: fmsub.d rne frm=3 -> -
	ENTRY(90, 3, 0x4000000000000000, 0x3ff0000000000000, 0x4000000000000000, 0, 0)
	# 721: fmsub.s rup frm=3 -> -
	ENTRY(69, 3, 0xffffffff8c5b30e1, 0xffffffff416c0000, 0xffffffff8e4a110f, 0xffffffff81d80000, 0)
	# 722: fmsub.d rup frm=1 -> -
	ENTRY(93, 1, 0xbff0000000000000, 0x80259135e61ddcc9, 0x259135e61ddcca, 0x8000000000000002, 0)
	# 723: fmsub.s rup frm=1 -> UF NX
	ENTRY(69, 1, 0xffffffff3f800005, 0xffffffff81bf462f, 0xffffffff81bf4635, 0xffffffff80000005, 3)
	# 724: fmsub.d rne frm=2 -> UF NX
	ENTRY(90, 2, 0x8026f3ba77f169b8, 0x3d90000000000000, 0x800000000000b79f, 0x1, 3)
	# 725: fmsub.s rdn frm=4 -> NV
	ENTRY(68, 4, 0xffffffffff800001, 0xffffffff3c8c0000, 0xffffffff7fbfffff, 0xffffffff7fc00000, 16)
	# 726: fmsub.d rup frm=1 -> -
	ENTRY(93, 1, 0x3f70000000000000, 0x3ff0000000000004, 0x3f70000000000005, 0xbc30000000000000, 0)
	# 727: fmsub.s rdn frm=3 -> -
	ENTRY(68, 3, 0xffffffff40000004, 0xffffffff3cbc0000, 0xffffffff3d3c0007, 0xffffffffb1900000, 0)
	# 728: fmsub.d dyn frm=1 -> -
	ENTRY(95, 1, 0x3ff0000000000003, 0x4000000000000000, 0x4000000000000003, 0, 0)
	# 729: fmsub.s rmm frm=1 -> -
	ENTRY(70, 1, 0xffffffff3de00000, 0xffffffff40000001, 0xffffffff3e600002, 0xffffffffb1800000, 0)
	# 730: fmsub.d rdn frm=3 -> -
	ENTRY(92, 3, 0xdf669d76e4ed3ed3, 0x24908099dab79d0a, 0xc407533c12fa90cc, 0xc0af28f41e836cf8, 0)
	# 731: fmsub.s dyn frm=2 -> NV
	ENTRY(71, 2, 0xffffffffff800001, 0xffffffffff800000, 0xffffffff7fbfffff, 0xffffffff7fc00000, 16)
	# 732: fmsub.d dyn frm=4 -> UF NX
	ENTRY(95, 4, 0x8026b724020cb431, 0x1c7e3fe80abe4e, 0x8000000000000000, 0x8000000000000000, 3)
	# 733: fmsub.s dyn frm=2 -> UF NX
	ENTRY(71, 2, 0xffffffff00000001, 0xffffffff81662c1d, 0xffffffff80000001, 0xffffffff00000000, 3)
	# 734: fmsub.d rmm frm=1 -> -
	ENTRY(94, 1, 0xbff0000000000000, 0x4008000000000000, 0xc008000000000000, 0, 0)
	# 735: fmsub.s dyn frm=4 -> -
	ENTRY(71, 4, 0xffffffffc2bc0000, 0xffffffff3f800003, 0xffffffffc2bc0003, 0xffffffffb7340000, 0)
	# 736: fmsub.d rup frm=4 -> -
	ENTRY(93, 4, 0x47cc0d9bc41cd94a, 0x150b0b05ebb812, 0x7f2729c901ca991, 0x4a804d06f227734, 0)
	# 737: fmsub.s rdn frm=2 -> NV
	ENTRY(68, 2, 0xffffffff7f800000, 0xffffffff3fffffff, 0xffffffff7f800000, 0xffffffff7fc00000, 16)
	# 738: fmsub.d rne frm=4 -> -
	ENTRY(90, 4, 0x4000000000000000, 0, 0, 0, 0)
	# 739: fmsub.s rdn frm=0 -> -
	ENTRY(68, 0, 0xffffffff3fd80000, 0xffffffffbd5c0000, 0xffffffffbdb9a000, 0xffffffff80000000, 0)
	# 740: fmsub.d rtz frm=3 -> -
	ENTRY(91, 3, 0x5de3dc98336ffe65, 0x3fb0000000000000, 0x5da3dc98336ffe65, 0, 0)
	# 741: fmsub.s rmm frm=0 -> UF NX
	ENTRY(70, 0, 0xffffffff012237a2, 0xffffffff40940000, 0xffffffff023b9053, 0xffffffff00000003, 3)
	# 742: fmsub.d dyn frm=4 -> -
	ENTRY(95, 4, 0xbc70000000000000, 0x3ca0000000000000, 0xb91fffffffffffff, 0xb5d0000000000000, 0)
	# 743: fmsub.s rtz frm=3 -> UF NX
	ENTRY(67, 3, 0xffffffffbd380000, 0xffffffff81b8624b, 0xffffffff002121a8, 0xffffffff00000001, 3)
	# 744: fmsub.d rup frm=4 -> -
	ENTRY(93, 4, 0x541f266d4767236, 0x4000000000000005, 0x551f266d476723c, 0x81f90ff766bf13c8, 0)
	# 745: fmsub.s rup frm=2 -> -
	ENTRY(69, 2, 0xffffffff81fcf88e, 0xffffffff43380000, 0xffffffff85b5d2a7, 0xffffffff000003c0, 0)
	# 746: fmsub.d rdn frm=2 -> -
	ENTRY(92, 2, 0x4340000000000000, 0x80343fd4efd220f5, 0x83843fd4efd220f5, 0x8000000000000000, 0)
	# 747: fmsub.s rdn frm=0 -> UF NX
	ENTRY(68, 0, 0xffffffff41140000, 0xffffffff0085760a, 0xffffffff021a507c, 0xffffffff80000004, 3)
	# 748: fmsub.d dyn frm=0 -> -
	ENTRY(95, 0, 0x3ff0000000000000, 0xbf10000000000000, 0xbf0fffffffffffff, 0xbbc0000000000000, 0)
	# 749: fmsub.s rmm frm=3 -> -
	ENTRY(70, 3, 0xffffffff3f7fffff, 0xffffffff43980000, 0xffffffff4397fffe, 0xffffffff38340000, 0)
	# 750: fmsub.d rmm frm=4 -> UF NX
	ENTRY(94, 4, 0x3ff0000000000002, 0x80102e0afed91eac, 0x80102e0afed91ead, 0x8000000000000001, 3)
	# 751: fmsub.s rne frm=4 -> UF NX
	ENTRY(66, 4, 0xffffffff0160dbf3, 0xffffffff004d97fa, 0xffffffff00000001, 0xffffffff80000001, 3)
	# 752: fmsub.d rtz frm=3 -> -
	ENTRY(91, 3, 0x417804fc47084052, 0xcc230892c6f6d1d7, 0xcdac92ca6aab9248, 0x4a67f7b160c30922, 0)
	# 753: fmsub.s rtz frm=2 -> -
	ENTRY(67, 2, 0xffffffff40000000, 0xffffffff808adf86, 0xffffffff810adf86, 0xffffffff00000000, 0)
	# 754: fmsub.d rdn frm=0 -> NV
	ENTRY(92, 0, 0x4fdce5f5e050b, 0x7ff0000000000001, 0x7ff7ffffffffffff, 0x7ff8000000000000, 16)
	# 755: fmsub.s rmm frm=0 -> -
	ENTRY(70, 0, 0xffffffffbee00000, 0xffffffff99e26c69, 0xffffffff19461edd, 0xffffffff8d900000, 0)
	# 756: fmsub.d rne frm=3 -> UF NX
	ENTRY(90, 3, 0x10000000000000, 0x8034649a1a9b5093, 0x8000000000000001, 0x1, 3)
	# 757: fmsub.s dyn frm=3 -> -
	ENTRY(71, 3, 0xffffffff4b800000, 0xffffffff80a03417, 0xffffffff8ca03418, 0xffffffff01000000, 0)
	# 758: fmsub.d rdn frm=2 -> -
	ENTRY(92, 2, 0x7ff0000000000000, 0x1, 0x7fefffffffffffff, 0x7ff0000000000000, 0)
	# 759: fmsub.s rtz frm=1 -> UF NX
	ENTRY(67, 1, 0xffffffffa10c9d90, 0xffffffff85a3bc73, 0xffffffff00000000, 0xffffffff00000000, 3)
	# 760: fmsub.d rup frm=3 -> -
	ENTRY(93, 3, 0xbec0000000000000, 0xbff0000000000000, 0x3ec0000000000001, 0xbb80000000000000, 0)
	# 761: fmsub.s rdn frm=2 -> UF NX
	ENTRY(68, 2, 0xffffffff80414134, 0xffffffff40000002, 0xffffffff8082826a, 0xffffffff80000001, 3)
	# 762: fmsub.d rne frm=2 -> UF NX
	ENTRY(90, 2, 0x23fba2689199cc, 0x4000000000000001, 0x33fba2689199cc, 0x5, 3)
	# 763: fmsub.s rmm frm=1 -> -
	ENTRY(70, 1, 0xffffffff28cdc0c1, 0xffffffffb71b819a, 0xffffffffa079f7bf, 0xffffffff14bdcae6, 0)
	# 764: fmsub.d rup frm=3 -> -
	ENTRY(93, 3, 0x3ff0000000000001, 0x3fffffffffffffff, 0x3fffffffffffffff, 0x3cbfffffffffffff, 0)
	# 765: fmsub.s rdn frm=4 -> -
	ENTRY(68, 4, 0xffffffff4cdb033e, 0xffffffffbf600000, 0xffffffffccbfa2d6, 0xffffffffc0000000, 0)
	# 766: fmsub.d rne frm=2 -> -
	ENTRY(90, 2, 0xbe60000000000000, 0x4000000000000004, 0xbe70000000000003, 0xbb30000000000000, 0)
	# 767: fmsub.s rne frm=2 -> -
	ENTRY(66, 2, 0xffffffff00800000, 0xfffffffffbfaa944, 0xffffffffbcfaa945, 0xffffffff31000000, 0)
	# 769: fmsub.d rdn frm=1 -> -
	ENTRY(92, 1, 0xbec0000000000000, 0x10000000000000, 0x8000000200000001, 0x1, 0)
	# 770: fmsub.s dyn frm=0 -> -
	ENTRY(71, 0, 0xffffffff804c3f0a, 0xffffffff00000000, 0xffffffff80000000, 0xffffffff00000000, 0)
	# 771: fmsub.d rdn frm=4 -> -
	ENTRY(92, 4, 0x802658a7f4de09b3, 0xfffffffffffff, 0x7fffffffffffffff, 0x7ff8000000000000, 0)
vectors_end:

TEST_END
