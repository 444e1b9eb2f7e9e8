/* Floating point and atomics: a counted loop of F/D loads, arithmetic,
 * a compare and stores, and an AMO (what the JIT runs inline in SSE and
 * with host atomics). 10M iterations x 16 instructions. */
#include "test.h"
TEST_BEGIN
	la a0, fpdata
	fld fa0, 0(a0)          /* 1.0000001 */
	fld fa1, 8(a0)          /* 0.5 */
	fld fa2, 16(a0)         /* 1.5 */
	flw fa3, 24(a0)         /* 0.25f */
	addi a1, a0, 32         /* the AMO's word */
	li a3, 0
	li t0, 10000000
1:	fld ft0, 40(a0)
	fmul.d ft1, ft0, fa0
	fadd.d ft2, ft1, fa1
	fdiv.d ft3, ft2, fa2
	fsub.d ft3, ft3, fa1
	fsgnj.d ft3, ft3, fa2
	fsd ft3, 40(a0)
	flw ft4, 48(a0)
	fadd.s ft5, ft4, fa3
	fmul.s ft5, ft5, fa3
	fsw ft5, 48(a0)
	flt.d t1, ft3, fa1
	add a3, a3, t1
	amoadd.w zero, t1, (a1)
	addi t0, t0, -1
	bnez t0, 1b
	TEST_PASS
	.data
	.align 3
fpdata:
	.double 1.0000001, 0.5, 1.5
	.float 0.25, 0
	.word 0, 0              /* 32: the AMO's word */
	.double 1.0             /* 40 */
	.float 1.0, 0           /* 48 */
TEST_END
