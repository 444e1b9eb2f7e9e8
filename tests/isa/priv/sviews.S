/* sie/sip are views of mie/mip restricted to the bits delegated in mideleg: reads masked, writes of non-delegated bits
 * ignored, sip.SSIP writable when delegated, sip.STIP read-only, M-level bits never visible. (Accessed from M and S.) */
#include "test.h"
#define MASKED_IS(reg, csr, mask, val, n) \
	csrr reg, csr;                     \
	li t0, mask;                       \
	and reg, reg, t0;                  \
	CHECK_EQ(reg, val, n)
TEST_BEGIN
	INSTALL_RECORD_HANDLER
	PMP_ALLOW_ALL
	csrci mstatus, 0xa
	csrw mie, zero
	csrw mip, zero
	/* nothing delegated: sie/sip read 0 even with everything enabled/pending */
	csrw mideleg, zero
	li t0, 0xaaa
	csrw mie, t0
	li t0, 0x22
	csrs mip, t0
	MASKED_IS(a0, sie, 0xaaa, 0, 1)
	MASKED_IS(a0, sip, 0xaaa, 0, 2)
	/* writes to sie of non-delegated bits are ignored */
	csrw sie, zero
	MASKED_IS(a0, mie, 0xaaa, 0xaaa, 3)
	csrci sip, 2
	MASKED_IS(a0, mip, 0x22, 0x22, 4)
	/* delegate SSI, STI, SEI: they appear in sie/sip; M bits never do */
	li t0, 0x222
	csrw mideleg, t0
	MASKED_IS(a0, sie, 0xaaa, 0x222, 5)
	MASKED_IS(a0, sip, 0xaaa, 0x22, 6)
	/* sie writes reach mie for delegated bits only */
	csrw sie, zero
	MASKED_IS(a0, mie, 0xaaa, 0x888, 7)
	li t0, 0x20
	csrs sie, t0
	MASKED_IS(a0, mie, 0xaaa, 0x8a8, 8)
	csrw mie, zero
	/* sip.SSIP is writable when delegated */
	csrci sip, 2
	MASKED_IS(a0, mip, 0x2, 0, 9)
	csrsi sip, 2
	MASKED_IS(a0, mip, 0x2, 0x2, 10)
	/* sip.STIP is read-only */
	li t0, 0x20
	csrc sip, t0
	MASKED_IS(a0, mip, 0x20, 0x20, 11)
	MASKED_IS(a0, sip, 0x20, 0x20, 12)
	csrc mip, t0
	csrs sip, t0
	MASKED_IS(a0, mip, 0x20, 0, 13)
	/* delegate only SSI: STIP disappears from sip */
	li t0, 0x20
	csrs mip, t0
	li t0, 0x2
	csrw mideleg, t0
	MASKED_IS(a0, sip, 0x22, 0x2, 14)
	li t0, 0x22
	csrw sie, t0
	MASKED_IS(a0, mie, 0x22, 0x2, 15)
	MASKED_IS(a0, sie, 0x22, 0x2, 16)
	csrw mie, zero
	/* the same views from S (interrupts stay masked: mie = 0) */
	li t0, 0x222
	csrw mideleg, t0
	ENTER_S(in_s)
in_s:
	MASKED_IS(a0, sip, 0xaaa, 0x22, 17)
	csrci sip, 2
	MASKED_IS(a0, sip, 0xaaa, 0x20, 18)
	li t0, 0x200
	csrw sie, t0
	MASKED_IS(a0, sie, 0xaaa, 0x200, 19)
	csrw sie, zero
	GOTO_M
	MASKED_IS(a0, mip, 0x2, 0, 20)
	li t0, 0x20
	csrc mip, t0
	csrw mideleg, zero
	TEST_PASS
	TRAP_RECORD_HANDLER
TEST_END
