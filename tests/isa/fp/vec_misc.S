/* F/D: FSGNJ*, FMIN/FMAX, FEQ/FLT/FLE, FCLASS, FMV
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
	.org stubs + 108 * 16
	fsgnj.s fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 114 * 16
	fsgnjn.s fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 120 * 16
	fsgnjx.s fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 126 * 16
	fsgnj.d fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 132 * 16
	fsgnjn.d fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 138 * 16
	fsgnjx.d fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 144 * 16
	fmin.s fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 150 * 16
	fmax.s fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 156 * 16
	fmin.d fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 162 * 16
	fmax.d fa3, fa0, fa1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 168 * 16
	feq.s a0, fa0, fa1
	nop
	ret
	nop
	.org stubs + 174 * 16
	flt.s a0, fa0, fa1
	nop
	ret
	nop
	.org stubs + 180 * 16
	fle.s a0, fa0, fa1
	nop
	ret
	nop
	.org stubs + 186 * 16
	feq.d a0, fa0, fa1
	nop
	ret
	nop
	.org stubs + 192 * 16
	flt.d a0, fa0, fa1
	nop
	ret
	nop
	.org stubs + 198 * 16
	fle.d a0, fa0, fa1
	nop
	ret
	nop
	.org stubs + 204 * 16
	fclass.s a0, fa0
	nop
	ret
	nop
	.org stubs + 210 * 16
	fclass.d a0, fa0
	nop
	ret
	nop
	.org stubs + 216 * 16
	fmv.x.w a0, fa0
	nop
	ret
	nop
	.org stubs + 222 * 16
	fmv.x.d a0, fa0
	nop
	ret
	nop
	.org stubs + 228 * 16
	fmv.w.x fa3, a1
	fmv.x.d a0, fa3
	ret
	nop
	.org stubs + 234 * 16
	fmv.d.x fa3, a1
	fmv.x.d a0, fa3
	ret
	nop
	.option pop

	.section .data
	.align 3
vectors:
	# 1: fsgnj.s frm=4 -> -
	ENTRY(108, 4, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffffbf800000, 0)
	# 2: fsgnj.d frm=4 -> -
	ENTRY(126, 4, 0x3ff0000000000000, 0xbff0000000000000, 0, 0xbff0000000000000, 0)
	# 3: fsgnj.s frm=0 -> -
	ENTRY(108, 0, 0xffffffffbf800000, 0xffffffffbf800000, 0, 0xffffffffbf800000, 0)
	# 4: fsgnj.d frm=3 -> -
	ENTRY(126, 3, 0xbff0000000000000, 0xbff0000000000000, 0, 0xbff0000000000000, 0)
	# 5: fsgnj.s frm=0 -> -
	ENTRY(108, 0, 0xffffffffc0000000, 0xffffffff3f800000, 0, 0xffffffff40000000, 0)
	# 6: fsgnj.d frm=4 -> -
	ENTRY(126, 4, 0xc000000000000000, 0x3ff0000000000000, 0, 0x4000000000000000, 0)
	# 7: fsgnj.s frm=0 -> -
	ENTRY(108, 0, 0xffffffff7f812345, 0xffffffffbf800000, 0, 0xffffffffff812345, 0)
	# 8: fsgnj.d frm=3 -> -
	ENTRY(126, 3, 0x7ff0000000012345, 0xbff0000000000000, 0, 0xfff0000000012345, 0)
	# 9: fsgnj.s frm=0 -> -
	ENTRY(108, 0, 0xffffffffffc12345, 0xffffffff00000000, 0, 0xffffffff7fc12345, 0)
	# 10: fsgnj.d frm=2 -> -
	ENTRY(126, 2, 0xfff8000000012345, 0, 0, 0x7ff8000000012345, 0)
	# 11: fsgnj.s frm=3 -> -
	ENTRY(108, 3, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 12: fsgnj.d frm=4 -> -
	ENTRY(126, 4, 0x8000000000000000, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 13: fsgnj.s frm=0 -> -
	ENTRY(108, 0, 0x3f800000, 0xffffffffbf800000, 0, 0xffffffffffc00000, 0)
	# 14: fsgnj.s frm=2 -> -
	ENTRY(108, 2, 0xffffffff3f800000, 0xbf800000, 0, 0xffffffff3f800000, 0)
	# 15: fsgnj.s frm=1 -> -
	ENTRY(108, 1, 0xfffffff0bf800000, 0xfffffff0bf800000, 0, 0xffffffff7fc00000, 0)
	# 16: fsgnj.d frm=0 -> -
	ENTRY(126, 0, 0xffffffff3f800000, 0x3ff0000000000000, 0, 0x7fffffff3f800000, 0)
	# 17: fsgnj.d frm=1 -> -
	ENTRY(126, 1, 0x3ff0000000000000, 0xffffffff3f800000, 0, 0xbff0000000000000, 0)
	# 18: fsgnjn.s frm=2 -> -
	ENTRY(114, 2, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffff3f800000, 0)
	# 19: fsgnjn.d frm=4 -> -
	ENTRY(132, 4, 0x3ff0000000000000, 0xbff0000000000000, 0, 0x3ff0000000000000, 0)
	# 20: fsgnjn.s frm=3 -> -
	ENTRY(114, 3, 0xffffffffbf800000, 0xffffffffbf800000, 0, 0xffffffff3f800000, 0)
	# 21: fsgnjn.d frm=3 -> -
	ENTRY(132, 3, 0xbff0000000000000, 0xbff0000000000000, 0, 0x3ff0000000000000, 0)
	# 22: fsgnjn.s frm=0 -> -
	ENTRY(114, 0, 0xffffffffc0000000, 0xffffffff3f800000, 0, 0xffffffffc0000000, 0)
	# 23: fsgnjn.d frm=4 -> -
	ENTRY(132, 4, 0xc000000000000000, 0x3ff0000000000000, 0, 0xc000000000000000, 0)
	# 24: fsgnjn.s frm=4 -> -
	ENTRY(114, 4, 0xffffffff7f812345, 0xffffffffbf800000, 0, 0xffffffff7f812345, 0)
	# 25: fsgnjn.d frm=3 -> -
	ENTRY(132, 3, 0x7ff0000000012345, 0xbff0000000000000, 0, 0x7ff0000000012345, 0)
	# 26: fsgnjn.s frm=3 -> -
	ENTRY(114, 3, 0xffffffffffc12345, 0xffffffff00000000, 0, 0xffffffffffc12345, 0)
	# 27: fsgnjn.d frm=0 -> -
	ENTRY(132, 0, 0xfff8000000012345, 0, 0, 0xfff8000000012345, 0)
	# 28: fsgnjn.s frm=2 -> -
	ENTRY(114, 2, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 29: fsgnjn.d frm=2 -> -
	ENTRY(132, 2, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 30: fsgnjn.s frm=2 -> -
	ENTRY(114, 2, 0x3f800000, 0xffffffffbf800000, 0, 0xffffffff7fc00000, 0)
	# 31: fsgnjn.s frm=3 -> -
	ENTRY(114, 3, 0xffffffff3f800000, 0xbf800000, 0, 0xffffffffbf800000, 0)
	# 32: fsgnjn.s frm=1 -> -
	ENTRY(114, 1, 0xfffffff0bf800000, 0xfffffff0bf800000, 0, 0xffffffffffc00000, 0)
	# 33: fsgnjn.d frm=3 -> -
	ENTRY(132, 3, 0xffffffff3f800000, 0x3ff0000000000000, 0, 0xffffffff3f800000, 0)
	# 34: fsgnjn.d frm=4 -> -
	ENTRY(132, 4, 0x3ff0000000000000, 0xffffffff3f800000, 0, 0x3ff0000000000000, 0)
	# 35: fsgnjx.s frm=4 -> -
	ENTRY(120, 4, 0xffffffff3f800000, 0xffffffffbf800000, 0, 0xffffffffbf800000, 0)
	# 36: fsgnjx.d frm=2 -> -
	ENTRY(138, 2, 0x3ff0000000000000, 0xbff0000000000000, 0, 0xbff0000000000000, 0)
	# 37: fsgnjx.s frm=3 -> -
	ENTRY(120, 3, 0xffffffffbf800000, 0xffffffffbf800000, 0, 0xffffffff3f800000, 0)
	# 38: fsgnjx.d frm=3 -> -
	ENTRY(138, 3, 0xbff0000000000000, 0xbff0000000000000, 0, 0x3ff0000000000000, 0)
	# 39: fsgnjx.s frm=1 -> -
	ENTRY(120, 1, 0xffffffffc0000000, 0xffffffff3f800000, 0, 0xffffffffc0000000, 0)
	# 40: fsgnjx.d frm=4 -> -
	ENTRY(138, 4, 0xc000000000000000, 0x3ff0000000000000, 0, 0xc000000000000000, 0)
	# 41: fsgnjx.s frm=4 -> -
	ENTRY(120, 4, 0xffffffff7f812345, 0xffffffffbf800000, 0, 0xffffffffff812345, 0)
	# 42: fsgnjx.d frm=1 -> -
	ENTRY(138, 1, 0x7ff0000000012345, 0xbff0000000000000, 0, 0xfff0000000012345, 0)
	# 43: fsgnjx.s frm=1 -> -
	ENTRY(120, 1, 0xffffffffffc12345, 0xffffffff00000000, 0, 0xffffffffffc12345, 0)
	# 44: fsgnjx.d frm=3 -> -
	ENTRY(138, 3, 0xfff8000000012345, 0, 0, 0xfff8000000012345, 0)
	# 45: fsgnjx.s frm=1 -> -
	ENTRY(120, 1, 0xffffffff80000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 46: fsgnjx.d frm=4 -> -
	ENTRY(138, 4, 0x8000000000000000, 0x8000000000000000, 0, 0, 0)
	# 47: fsgnjx.s frm=1 -> -
	ENTRY(120, 1, 0x3f800000, 0xffffffffbf800000, 0, 0xffffffffffc00000, 0)
	# 48: fsgnjx.s frm=3 -> -
	ENTRY(120, 3, 0xffffffff3f800000, 0xbf800000, 0, 0xffffffff3f800000, 0)
	# 49: fsgnjx.s frm=3 -> -
	ENTRY(120, 3, 0xfffffff0bf800000, 0xfffffff0bf800000, 0, 0xffffffff7fc00000, 0)
	# 50: fsgnjx.d frm=2 -> -
	ENTRY(138, 2, 0xffffffff3f800000, 0x3ff0000000000000, 0, 0xffffffff3f800000, 0)
	# 51: fsgnjx.d frm=4 -> -
	ENTRY(138, 4, 0x3ff0000000000000, 0xffffffff3f800000, 0, 0xbff0000000000000, 0)
	# 52: fmin.s frm=1 -> -
	ENTRY(144, 1, 0xffffffff00000000, 0xffffffff80000000, 0, 0xffffffff80000000, 0)
	# 53: fmax.s frm=4 -> -
	ENTRY(150, 4, 0xffffffff00000000, 0xffffffff80000000, 0, 0xffffffff00000000, 0)
	# 54: fmin.d frm=1 -> -
	ENTRY(156, 1, 0, 0x8000000000000000, 0, 0x8000000000000000, 0)
	# 55: fmax.d frm=4 -> -
	ENTRY(162, 4, 0, 0x8000000000000000, 0, 0, 0)
	# 56: fmin.s frm=3 -> -
	ENTRY(144, 3, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff80000000, 0)
	# 57: fmax.s frm=4 -> -
	ENTRY(150, 4, 0xffffffff80000000, 0xffffffff00000000, 0, 0xffffffff00000000, 0)
	# 58: fmin.d frm=0 -> -
	ENTRY(156, 0, 0x8000000000000000, 0, 0, 0x8000000000000000, 0)
	# 59: fmax.d frm=0 -> -
	ENTRY(162, 0, 0x8000000000000000, 0, 0, 0, 0)
	# 60: fmin.s frm=4 -> -
	ENTRY(144, 4, 0xffffffff3f800000, 0xffffffff40000000, 0, 0xffffffff3f800000, 0)
	# 61: fmax.s frm=4 -> -
	ENTRY(150, 4, 0xffffffff3f800000, 0xffffffff40000000, 0, 0xffffffff40000000, 0)
	# 62: fmin.d frm=3 -> -
	ENTRY(156, 3, 0x3ff0000000000000, 0x4000000000000000, 0, 0x3ff0000000000000, 0)
	# 63: fmax.d frm=3 -> -
	ENTRY(162, 3, 0x3ff0000000000000, 0x4000000000000000, 0, 0x4000000000000000, 0)
	# 64: fmin.s frm=1 -> -
	ENTRY(144, 1, 0xffffffff40000000, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0)
	# 65: fmax.s frm=4 -> -
	ENTRY(150, 4, 0xffffffff40000000, 0xffffffff3f800000, 0, 0xffffffff40000000, 0)
	# 66: fmin.d frm=4 -> -
	ENTRY(156, 4, 0x4000000000000000, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0)
	# 67: fmax.d frm=2 -> -
	ENTRY(162, 2, 0x4000000000000000, 0x3ff0000000000000, 0, 0x4000000000000000, 0)
	# 68: fmin.s frm=2 -> -
	ENTRY(144, 2, 0xffffffffbf800000, 0xffffffff3f800000, 0, 0xffffffffbf800000, 0)
	# 69: fmax.s frm=1 -> -
	ENTRY(150, 1, 0xffffffffbf800000, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0)
	# 70: fmin.d frm=2 -> -
	ENTRY(156, 2, 0xbff0000000000000, 0x3ff0000000000000, 0, 0xbff0000000000000, 0)
	# 71: fmax.d frm=3 -> -
	ENTRY(162, 3, 0xbff0000000000000, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0)
	# 72: fmin.s frm=3 -> -
	ENTRY(144, 3, 0xffffffff7fc00000, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0)
	# 73: fmax.s frm=2 -> -
	ENTRY(150, 2, 0xffffffff7fc00000, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0)
	# 74: fmin.d frm=0 -> -
	ENTRY(156, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0)
	# 75: fmax.d frm=1 -> -
	ENTRY(162, 1, 0x7ff8000000000000, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0)
	# 76: fmin.s frm=2 -> -
	ENTRY(144, 2, 0xffffffff3f800000, 0xffffffff7fc00000, 0, 0xffffffff3f800000, 0)
	# 77: fmax.s frm=4 -> -
	ENTRY(150, 4, 0xffffffff3f800000, 0xffffffff7fc00000, 0, 0xffffffff3f800000, 0)
	# 78: fmin.d frm=3 -> -
	ENTRY(156, 3, 0x3ff0000000000000, 0x7ff8000000000000, 0, 0x3ff0000000000000, 0)
	# 79: fmax.d frm=3 -> -
	ENTRY(162, 3, 0x3ff0000000000000, 0x7ff8000000000000, 0, 0x3ff0000000000000, 0)
	# 80: fmin.s frm=4 -> NV
	ENTRY(144, 4, 0xffffffff7f800001, 0xffffffff3f800000, 0, 0xffffffff3f800000, 16)
	# 81: fmax.s frm=4 -> NV
	ENTRY(150, 4, 0xffffffff7f800001, 0xffffffff3f800000, 0, 0xffffffff3f800000, 16)
	# 82: fmin.d frm=3 -> NV
	ENTRY(156, 3, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x3ff0000000000000, 16)
	# 83: fmax.d frm=0 -> NV
	ENTRY(162, 0, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0x3ff0000000000000, 16)
	# 84: fmin.s frm=1 -> NV
	ENTRY(144, 1, 0xffffffffbf800000, 0xffffffffff800001, 0, 0xffffffffbf800000, 16)
	# 85: fmax.s frm=0 -> NV
	ENTRY(150, 0, 0xffffffffbf800000, 0xffffffffff800001, 0, 0xffffffffbf800000, 16)
	# 86: fmin.d frm=0 -> NV
	ENTRY(156, 0, 0xbff0000000000000, 0xfff0000000000001, 0, 0xbff0000000000000, 16)
	# 87: fmax.d frm=2 -> NV
	ENTRY(162, 2, 0xbff0000000000000, 0xfff0000000000001, 0, 0xbff0000000000000, 16)
	# 88: fmin.s frm=2 -> NV
	ENTRY(144, 2, 0xffffffff7fc00000, 0xffffffff7f800001, 0, 0xffffffff7fc00000, 16)
	# 89: fmax.s frm=3 -> NV
	ENTRY(150, 3, 0xffffffff7fc00000, 0xffffffff7f800001, 0, 0xffffffff7fc00000, 16)
	# 90: fmin.d frm=3 -> NV
	ENTRY(156, 3, 0x7ff8000000000000, 0x7ff0000000000001, 0, 0x7ff8000000000000, 16)
	# 91: fmax.d frm=3 -> NV
	ENTRY(162, 3, 0x7ff8000000000000, 0x7ff0000000000001, 0, 0x7ff8000000000000, 16)
	# 92: fmin.s frm=3 -> -
	ENTRY(144, 3, 0xffffffff7fc00000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 93: fmax.s frm=1 -> -
	ENTRY(150, 1, 0xffffffff7fc00000, 0xffffffffffc00000, 0, 0xffffffff7fc00000, 0)
	# 94: fmin.d frm=2 -> -
	ENTRY(156, 2, 0x7ff8000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 95: fmax.d frm=3 -> -
	ENTRY(162, 3, 0x7ff8000000000000, 0xfff8000000000000, 0, 0x7ff8000000000000, 0)
	# 96: fmin.s frm=2 -> -
	ENTRY(144, 2, 0xffffffff7fc12345, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 97: fmax.s frm=1 -> -
	ENTRY(150, 1, 0xffffffff7fc12345, 0xffffffff7fc12345, 0, 0xffffffff7fc00000, 0)
	# 98: fmin.d frm=0 -> -
	ENTRY(156, 0, 0x7ff8000012345678, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 99: fmax.d frm=3 -> -
	ENTRY(162, 3, 0x7ff8000012345678, 0x7ff8000012345678, 0, 0x7ff8000000000000, 0)
	# 100: fmin.s frm=2 -> -
	ENTRY(144, 2, 0xffffffffff800000, 0xffffffff7f800000, 0, 0xffffffffff800000, 0)
	# 101: fmax.s frm=4 -> -
	ENTRY(150, 4, 0xffffffffff800000, 0xffffffff7f800000, 0, 0xffffffff7f800000, 0)
	# 102: fmin.d frm=1 -> -
	ENTRY(156, 1, 0xfff0000000000000, 0x7ff0000000000000, 0, 0xfff0000000000000, 0)
	# 103: fmax.d frm=1 -> -
	ENTRY(162, 1, 0xfff0000000000000, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0)
	# 104: fmin.s frm=1 -> -
	ENTRY(144, 1, 0xffffffff7f800000, 0xffffffff7f7fffff, 0, 0xffffffff7f7fffff, 0)
	# 105: fmax.s frm=0 -> -
	ENTRY(150, 0, 0xffffffff7f800000, 0xffffffff7f7fffff, 0, 0xffffffff7f800000, 0)
	# 106: fmin.d frm=4 -> -
	ENTRY(156, 4, 0x7ff0000000000000, 0x7fefffffffffffff, 0, 0x7fefffffffffffff, 0)
	# 107: fmax.d frm=1 -> -
	ENTRY(162, 1, 0x7ff0000000000000, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 0)
	# 108: fmin.s frm=2 -> -
	ENTRY(144, 2, 0xffffffff00000001, 0xffffffff80000001, 0, 0xffffffff80000001, 0)
	# 109: fmax.s frm=4 -> -
	ENTRY(150, 4, 0xffffffff00000001, 0xffffffff80000001, 0, 0xffffffff00000001, 0)
	# 110: fmin.d frm=1 -> -
	ENTRY(156, 1, 0x1, 0x8000000000000001, 0, 0x8000000000000001, 0)
	# 111: fmax.d frm=3 -> -
	ENTRY(162, 3, 0x1, 0x8000000000000001, 0, 0x1, 0)
	# 112: fmin.s frm=0 -> -
	ENTRY(144, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0)
	# 113: fmax.s frm=0 -> -
	ENTRY(150, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0xffffffff3f800000, 0)
	# 114: fmin.d frm=4 -> -
	ENTRY(156, 4, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0)
	# 115: fmax.d frm=2 -> -
	ENTRY(162, 2, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0)
	# 116: fmin.s frm=3 -> -
	ENTRY(144, 3, 0x3f800000, 0xffffffff40000000, 0, 0xffffffff40000000, 0)
	# 117: fmax.s frm=4 -> -
	ENTRY(150, 4, 0xffffffff40000000, 0, 0, 0xffffffff40000000, 0)
	# 118: feq.s frm=0 -> -
	ENTRY(168, 0, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0x1, 0)
	# 119: feq.d frm=3 -> -
	ENTRY(186, 3, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0x1, 0)
	# 120: feq.s frm=2 -> -
	ENTRY(168, 2, 0xffffffff3f800000, 0xffffffff40000000, 0, 0, 0)
	# 121: feq.d frm=3 -> -
	ENTRY(186, 3, 0x3ff0000000000000, 0x4000000000000000, 0, 0, 0)
	# 122: feq.s frm=0 -> -
	ENTRY(168, 0, 0xffffffff40000000, 0xffffffff3f800000, 0, 0, 0)
	# 123: feq.d frm=3 -> -
	ENTRY(186, 3, 0x4000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 124: feq.s frm=2 -> -
	ENTRY(168, 2, 0xffffffff00000000, 0xffffffff80000000, 0, 0x1, 0)
	# 125: feq.d frm=2 -> -
	ENTRY(186, 2, 0, 0x8000000000000000, 0, 0x1, 0)
	# 126: feq.s frm=0 -> -
	ENTRY(168, 0, 0xffffffff80000000, 0xffffffff00000000, 0, 0x1, 0)
	# 127: feq.d frm=4 -> -
	ENTRY(186, 4, 0x8000000000000000, 0, 0, 0x1, 0)
	# 128: feq.s frm=2 -> -
	ENTRY(168, 2, 0xffffffff7fc00000, 0xffffffff3f800000, 0, 0, 0)
	# 129: feq.d frm=0 -> -
	ENTRY(186, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 130: feq.s frm=0 -> -
	ENTRY(168, 0, 0xffffffff3f800000, 0xffffffff7fc00000, 0, 0, 0)
	# 131: feq.d frm=0 -> -
	ENTRY(186, 0, 0x3ff0000000000000, 0x7ff8000000000000, 0, 0, 0)
	# 132: feq.s frm=0 -> NV
	ENTRY(168, 0, 0xffffffff7f800001, 0xffffffff3f800000, 0, 0, 16)
	# 133: feq.d frm=1 -> NV
	ENTRY(186, 1, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0, 16)
	# 134: feq.s frm=3 -> NV
	ENTRY(168, 3, 0xffffffff3f800000, 0xffffffffff800001, 0, 0, 16)
	# 135: feq.d frm=4 -> NV
	ENTRY(186, 4, 0x3ff0000000000000, 0xfff0000000000001, 0, 0, 16)
	# 136: feq.s frm=0 -> -
	ENTRY(168, 0, 0xffffffff7fc00000, 0xffffffff7fc00000, 0, 0, 0)
	# 137: feq.d frm=4 -> -
	ENTRY(186, 4, 0x7ff8000000000000, 0x7ff8000000000000, 0, 0, 0)
	# 138: feq.s frm=4 -> -
	ENTRY(168, 4, 0xffffffffff800000, 0xffffffff7f800000, 0, 0, 0)
	# 139: feq.d frm=0 -> -
	ENTRY(186, 0, 0xfff0000000000000, 0x7ff0000000000000, 0, 0, 0)
	# 140: feq.s frm=1 -> -
	ENTRY(168, 1, 0xffffffff7f800000, 0xffffffff7f800000, 0, 0x1, 0)
	# 141: feq.d frm=3 -> -
	ENTRY(186, 3, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0x1, 0)
	# 142: feq.s frm=3 -> -
	ENTRY(168, 3, 0xffffffff00000001, 0xffffffff00000000, 0, 0, 0)
	# 143: feq.d frm=0 -> -
	ENTRY(186, 0, 0x1, 0, 0, 0, 0)
	# 144: feq.s frm=3 -> -
	ENTRY(168, 3, 0xffffffff80000001, 0xffffffff80000002, 0, 0, 0)
	# 145: feq.d frm=1 -> -
	ENTRY(186, 1, 0x8000000000000001, 0x8000000000000002, 0, 0, 0)
	# 146: feq.s frm=0 -> -
	ENTRY(168, 0, 0x3f800000, 0xffffffff3f800000, 0, 0, 0)
	# 147: flt.s frm=3 -> -
	ENTRY(174, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0, 0)
	# 148: flt.d frm=1 -> -
	ENTRY(192, 1, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 149: flt.s frm=1 -> -
	ENTRY(174, 1, 0xffffffff3f800000, 0xffffffff40000000, 0, 0x1, 0)
	# 150: flt.d frm=1 -> -
	ENTRY(192, 1, 0x3ff0000000000000, 0x4000000000000000, 0, 0x1, 0)
	# 151: flt.s frm=4 -> -
	ENTRY(174, 4, 0xffffffff40000000, 0xffffffff3f800000, 0, 0, 0)
	# 152: flt.d frm=0 -> -
	ENTRY(192, 0, 0x4000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 153: flt.s frm=3 -> -
	ENTRY(174, 3, 0xffffffff00000000, 0xffffffff80000000, 0, 0, 0)
	# 154: flt.d frm=1 -> -
	ENTRY(192, 1, 0, 0x8000000000000000, 0, 0, 0)
	# 155: flt.s frm=2 -> -
	ENTRY(174, 2, 0xffffffff80000000, 0xffffffff00000000, 0, 0, 0)
	# 156: flt.d frm=2 -> -
	ENTRY(192, 2, 0x8000000000000000, 0, 0, 0, 0)
	# 157: flt.s frm=4 -> NV
	ENTRY(174, 4, 0xffffffff7fc00000, 0xffffffff3f800000, 0, 0, 16)
	# 158: flt.d frm=3 -> NV
	ENTRY(192, 3, 0x7ff8000000000000, 0x3ff0000000000000, 0, 0, 16)
	# 159: flt.s frm=3 -> NV
	ENTRY(174, 3, 0xffffffff3f800000, 0xffffffff7fc00000, 0, 0, 16)
	# 160: flt.d frm=4 -> NV
	ENTRY(192, 4, 0x3ff0000000000000, 0x7ff8000000000000, 0, 0, 16)
	# 161: flt.s frm=1 -> NV
	ENTRY(174, 1, 0xffffffff7f800001, 0xffffffff3f800000, 0, 0, 16)
	# 162: flt.d frm=4 -> NV
	ENTRY(192, 4, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0, 16)
	# 163: flt.s frm=1 -> NV
	ENTRY(174, 1, 0xffffffff3f800000, 0xffffffffff800001, 0, 0, 16)
	# 164: flt.d frm=4 -> NV
	ENTRY(192, 4, 0x3ff0000000000000, 0xfff0000000000001, 0, 0, 16)
	# 165: flt.s frm=4 -> NV
	ENTRY(174, 4, 0xffffffff7fc00000, 0xffffffff7fc00000, 0, 0, 16)
	# 166: flt.d frm=2 -> NV
	ENTRY(192, 2, 0x7ff8000000000000, 0x7ff8000000000000, 0, 0, 16)
	# 167: flt.s frm=0 -> -
	ENTRY(174, 0, 0xffffffffff800000, 0xffffffff7f800000, 0, 0x1, 0)
	# 168: flt.d frm=0 -> -
	ENTRY(192, 0, 0xfff0000000000000, 0x7ff0000000000000, 0, 0x1, 0)
	# 169: flt.s frm=0 -> -
	ENTRY(174, 0, 0xffffffff7f800000, 0xffffffff7f800000, 0, 0, 0)
	# 170: flt.d frm=4 -> -
	ENTRY(192, 4, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0, 0)
	# 171: flt.s frm=0 -> -
	ENTRY(174, 0, 0xffffffff00000001, 0xffffffff00000000, 0, 0, 0)
	# 172: flt.d frm=3 -> -
	ENTRY(192, 3, 0x1, 0, 0, 0, 0)
	# 173: flt.s frm=1 -> -
	ENTRY(174, 1, 0xffffffff80000001, 0xffffffff80000002, 0, 0, 0)
	# 174: flt.d frm=1 -> -
	ENTRY(192, 1, 0x8000000000000001, 0x8000000000000002, 0, 0, 0)
	# 175: flt.s frm=1 -> NV
	ENTRY(174, 1, 0x3f800000, 0xffffffff3f800000, 0, 0, 16)
	# 176: fle.s frm=3 -> -
	ENTRY(180, 3, 0xffffffff3f800000, 0xffffffff3f800000, 0, 0x1, 0)
	# 177: fle.d frm=0 -> -
	ENTRY(198, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0, 0x1, 0)
	# 178: fle.s frm=3 -> -
	ENTRY(180, 3, 0xffffffff3f800000, 0xffffffff40000000, 0, 0x1, 0)
	# 179: fle.d frm=4 -> -
	ENTRY(198, 4, 0x3ff0000000000000, 0x4000000000000000, 0, 0x1, 0)
	# 180: fle.s frm=2 -> -
	ENTRY(180, 2, 0xffffffff40000000, 0xffffffff3f800000, 0, 0, 0)
	# 181: fle.d frm=0 -> -
	ENTRY(198, 0, 0x4000000000000000, 0x3ff0000000000000, 0, 0, 0)
	# 182: fle.s frm=4 -> -
	ENTRY(180, 4, 0xffffffff00000000, 0xffffffff80000000, 0, 0x1, 0)
	# 183: fle.d frm=4 -> -
	ENTRY(198, 4, 0, 0x8000000000000000, 0, 0x1, 0)
	# 184: fle.s frm=4 -> -
	ENTRY(180, 4, 0xffffffff80000000, 0xffffffff00000000, 0, 0x1, 0)
	# 185: fle.d frm=4 -> -
	ENTRY(198, 4, 0x8000000000000000, 0, 0, 0x1, 0)
	# 186: fle.s frm=0 -> NV
	ENTRY(180, 0, 0xffffffff7fc00000, 0xffffffff3f800000, 0, 0, 16)
	# 187: fle.d frm=0 -> NV
	ENTRY(198, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0, 0, 16)
	# 188: fle.s frm=3 -> NV
	ENTRY(180, 3, 0xffffffff3f800000, 0xffffffff7fc00000, 0, 0, 16)
	# 189: fle.d frm=2 -> NV
	ENTRY(198, 2, 0x3ff0000000000000, 0x7ff8000000000000, 0, 0, 16)
	# 190: fle.s frm=1 -> NV
	ENTRY(180, 1, 0xffffffff7f800001, 0xffffffff3f800000, 0, 0, 16)
	# 191: fle.d frm=2 -> NV
	ENTRY(198, 2, 0x7ff0000000000001, 0x3ff0000000000000, 0, 0, 16)
	# 192: fle.s frm=1 -> NV
	ENTRY(180, 1, 0xffffffff3f800000, 0xffffffffff800001, 0, 0, 16)
	# 193: fle.d frm=4 -> NV
	ENTRY(198, 4, 0x3ff0000000000000, 0xfff0000000000001, 0, 0, 16)
	# 194: fle.s frm=3 -> NV
	ENTRY(180, 3, 0xffffffff7fc00000, 0xffffffff7fc00000, 0, 0, 16)
	# 195: fle.d frm=1 -> NV
	ENTRY(198, 1, 0x7ff8000000000000, 0x7ff8000000000000, 0, 0, 16)
	# 196: fle.s frm=3 -> -
	ENTRY(180, 3, 0xffffffffff800000, 0xffffffff7f800000, 0, 0x1, 0)
	# 197: fle.d frm=0 -> -
	ENTRY(198, 0, 0xfff0000000000000, 0x7ff0000000000000, 0, 0x1, 0)
	# 198: fle.s frm=2 -> -
	ENTRY(180, 2, 0xffffffff7f800000, 0xffffffff7f800000, 0, 0x1, 0)
	# 199: fle.d frm=3 -> -
	ENTRY(198, 3, 0x7ff0000000000000, 0x7ff0000000000000, 0, 0x1, 0)
	# 200: fle.s frm=3 -> -
	ENTRY(180, 3, 0xffffffff00000001, 0xffffffff00000000, 0, 0, 0)
	# 201: fle.d frm=2 -> -
	ENTRY(198, 2, 0x1, 0, 0, 0, 0)
	# 202: fle.s frm=2 -> -
	ENTRY(180, 2, 0xffffffff80000001, 0xffffffff80000002, 0, 0, 0)
	# 203: fle.d frm=2 -> -
	ENTRY(198, 2, 0x8000000000000001, 0x8000000000000002, 0, 0, 0)
	# 204: fle.s frm=1 -> NV
	ENTRY(180, 1, 0x3f800000, 0xffffffff3f800000, 0, 0, 16)
	# 205: fclass.s frm=4 -> -
	ENTRY(204, 4, 0xffffffffff800000, 0, 0, 0x1, 0)
	# 206: fclass.s frm=0 -> -
	ENTRY(204, 0, 0xffffffffbf800000, 0, 0, 0x2, 0)
	# 207: fclass.s frm=4 -> -
	ENTRY(204, 4, 0xffffffff807fffff, 0, 0, 0x4, 0)
	# 208: fclass.s frm=0 -> -
	ENTRY(204, 0, 0xffffffff80000000, 0, 0, 0x8, 0)
	# 209: fclass.s frm=1 -> -
	ENTRY(204, 1, 0xffffffff00000000, 0, 0, 0x10, 0)
	# 210: fclass.s frm=3 -> -
	ENTRY(204, 3, 0xffffffff00000001, 0, 0, 0x20, 0)
	# 211: fclass.s frm=0 -> -
	ENTRY(204, 0, 0xffffffff7f7fffff, 0, 0, 0x40, 0)
	# 212: fclass.s frm=1 -> -
	ENTRY(204, 1, 0xffffffff7f800000, 0, 0, 0x80, 0)
	# 213: fclass.s frm=4 -> -
	ENTRY(204, 4, 0xffffffff7f800001, 0, 0, 0x100, 0)
	# 214: fclass.s frm=3 -> -
	ENTRY(204, 3, 0xffffffff7fc00000, 0, 0, 0x200, 0)
	# 215: fclass.s frm=0 -> -
	ENTRY(204, 0, 0xffffffffff800001, 0, 0, 0x100, 0)
	# 216: fclass.s frm=1 -> -
	ENTRY(204, 1, 0xffffffffffffffff, 0, 0, 0x200, 0)
	# 217: fclass.s frm=0 -> -
	ENTRY(204, 0, 0xffffffff7fbfffff, 0, 0, 0x100, 0)
	# 218: fclass.s frm=1 -> -
	ENTRY(204, 1, 0xffffffff80000001, 0, 0, 0x4, 0)
	# 219: fclass.s frm=4 -> -
	ENTRY(204, 4, 0xffffffff00800000, 0, 0, 0x40, 0)
	# 220: fclass.s frm=3 -> -
	ENTRY(204, 3, 0x3f800000, 0, 0, 0x200, 0)
	# 221: fclass.s frm=4 -> -
	ENTRY(204, 4, 0x7ff0000000000001, 0, 0, 0x200, 0)
	# 222: fclass.d frm=0 -> -
	ENTRY(210, 0, 0xfff0000000000000, 0, 0, 0x1, 0)
	# 223: fclass.d frm=1 -> -
	ENTRY(210, 1, 0xbff0000000000000, 0, 0, 0x2, 0)
	# 224: fclass.d frm=3 -> -
	ENTRY(210, 3, 0x800fffffffffffff, 0, 0, 0x4, 0)
	# 225: fclass.d frm=2 -> -
	ENTRY(210, 2, 0x8000000000000000, 0, 0, 0x8, 0)
	# 226: fclass.d frm=2 -> -
	ENTRY(210, 2, 0, 0, 0, 0x10, 0)
	# 227: fclass.d frm=3 -> -
	ENTRY(210, 3, 0x1, 0, 0, 0x20, 0)
	# 228: fclass.d frm=4 -> -
	ENTRY(210, 4, 0x7fefffffffffffff, 0, 0, 0x40, 0)
	# 229: fclass.d frm=2 -> -
	ENTRY(210, 2, 0x7ff0000000000000, 0, 0, 0x80, 0)
	# 230: fclass.d frm=2 -> -
	ENTRY(210, 2, 0x7ff0000000000001, 0, 0, 0x100, 0)
	# 231: fclass.d frm=0 -> -
	ENTRY(210, 0, 0x7ff8000000000000, 0, 0, 0x200, 0)
	# 232: fclass.d frm=2 -> -
	ENTRY(210, 2, 0xfff0000000000001, 0, 0, 0x100, 0)
	# 233: fclass.d frm=4 -> -
	ENTRY(210, 4, 0xffffffffffffffff, 0, 0, 0x200, 0)
	# 234: fclass.d frm=2 -> -
	ENTRY(210, 2, 0x7ff7ffffffffffff, 0, 0, 0x100, 0)
	# 235: fclass.d frm=0 -> -
	ENTRY(210, 0, 0x8000000000000001, 0, 0, 0x4, 0)
	# 236: fclass.d frm=0 -> -
	ENTRY(210, 0, 0x10000000000000, 0, 0, 0x40, 0)
	# 237: fclass.d frm=1 -> -
	ENTRY(210, 1, 0xffffffff3f800000, 0, 0, 0x200, 0)
	# 238: fmv.x.w frm=2 -> -
	ENTRY(216, 2, 0xffffffff3f800000, 0, 0, 0x3f800000, 0)
	# 239: fmv.x.d frm=3 -> -
	ENTRY(222, 3, 0xffffffff3f800000, 0, 0, 0xffffffff3f800000, 0)
	# 240: fmv.w.x frm=1 -> -
	ENTRY(228, 1, 0xffffffff3f800000, 0, 0, 0xffffffff3f800000, 0)
	# 241: fmv.d.x frm=2 -> -
	ENTRY(234, 2, 0xffffffff3f800000, 0, 0, 0xffffffff3f800000, 0)
	# 242: fmv.x.w frm=4 -> -
	ENTRY(216, 4, 0xffffffff80000000, 0, 0, 0xffffffff80000000, 0)
	# 243: fmv.x.d frm=0 -> -
	ENTRY(222, 0, 0xffffffff80000000, 0, 0, 0xffffffff80000000, 0)
	# 244: fmv.w.x frm=2 -> -
	ENTRY(228, 2, 0xffffffff80000000, 0, 0, 0xffffffff80000000, 0)
	# 245: fmv.d.x frm=4 -> -
	ENTRY(234, 4, 0xffffffff80000000, 0, 0, 0xffffffff80000000, 0)
	# 246: fmv.x.w frm=3 -> -
	ENTRY(216, 3, 0xffffffff7f800001, 0, 0, 0x7f800001, 0)
	# 247: fmv.x.d frm=4 -> -
	ENTRY(222, 4, 0xffffffff7f800001, 0, 0, 0xffffffff7f800001, 0)
	# 248: fmv.w.x frm=4 -> -
	ENTRY(228, 4, 0xffffffff7f800001, 0, 0, 0xffffffff7f800001, 0)
	# 249: fmv.d.x frm=0 -> -
	ENTRY(234, 0, 0xffffffff7f800001, 0, 0, 0xffffffff7f800001, 0)
	# 250: fmv.x.w frm=0 -> -
	ENTRY(216, 0, 0x123456789abcdef0, 0, 0, 0xffffffff9abcdef0, 0)
	# 251: fmv.x.d frm=2 -> -
	ENTRY(222, 2, 0x123456789abcdef0, 0, 0, 0x123456789abcdef0, 0)
	# 252: fmv.w.x frm=1 -> -
	ENTRY(228, 1, 0x123456789abcdef0, 0, 0, 0xffffffff9abcdef0, 0)
	# 253: fmv.d.x frm=1 -> -
	ENTRY(234, 1, 0x123456789abcdef0, 0, 0, 0x123456789abcdef0, 0)
	# 254: fmv.x.w frm=0 -> -
	ENTRY(216, 0, 0xffffffff, 0, 0, 0xffffffffffffffff, 0)
	# 255: fmv.x.d frm=0 -> -
	ENTRY(222, 0, 0xffffffff, 0, 0, 0xffffffff, 0)
	# 257: fmv.w.x frm=4 -> -
	ENTRY(228, 4, 0xffffffff, 0, 0, 0xffffffffffffffff, 0)
	# 258: fmv.d.x frm=2 -> -
	ENTRY(234, 2, 0xffffffff, 0, 0, 0xffffffff, 0)
	# 259: fmv.x.w frm=4 -> -
	ENTRY(216, 4, 0xfff0000000000001, 0, 0, 0x1, 0)
	# 260: fmv.x.d frm=2 -> -
	ENTRY(222, 2, 0xfff0000000000001, 0, 0, 0xfff0000000000001, 0)
	# 261: fmv.w.x frm=2 -> -
	ENTRY(228, 2, 0xfff0000000000001, 0, 0, 0xffffffff00000001, 0)
	# 262: fmv.d.x frm=2 -> -
	ENTRY(234, 2, 0xfff0000000000001, 0, 0, 0xfff0000000000001, 0)
	# 263: fmv.x.w frm=2 -> -
	ENTRY(216, 2, 0, 0, 0, 0, 0)
	# 264: fmv.x.d frm=4 -> -
	ENTRY(222, 4, 0, 0, 0, 0, 0)
	# 265: fmv.w.x frm=2 -> -
	ENTRY(228, 2, 0, 0, 0, 0xffffffff00000000, 0)
	# 266: fmv.d.x frm=2 -> -
	ENTRY(234, 2, 0, 0, 0, 0, 0)
vectors_end:

TEST_END
