#!/usr/bin/env python3
"""Atomics across harts under each CPU engine: N harts each add to shared
counters with AMOADD.W/.D, AMOOR, AMOXOR/AMOAND pairs, AMOSWAP and an LR/SC
loop; hart 0 waits for all and checks the totals. The JIT runs the simple
AMOs with host locked instructions and LR/SC through the interpreter's
handlers; a lost update shows as a wrong total (exit status = FAIL code)."""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
R = os.path.join(ROOT, "build", "rvisor")
CC = shutil.which("riscv64-linux-gnu-gcc")
ITERS = 200000

PROG = r"""
#include "test.h"
TEST_BEGIN
	csrr s0, mhartid
	la s1, vars
	addi a1, s1, 8
	addi a2, s1, 16
	addi a3, s1, 24
	addi a4, s1, 32
	addi a5, s1, 40
	addi a6, s1, 48
	addi a7, s1, 56
	li t0, ITERS
	li t1, 1
1:	amoadd.w zero, t1, (s1)          /* +1 per iteration */
	amoadd.d zero, t1, (a1)
2:	lr.d t2, (a2)                   /* +1 by LR/SC */
	addi t2, t2, 1
	sc.d t3, t2, (a2)
	bnez t3, 2b
	li t4, 0x100
	amoxor.w zero, t4, (a3)         /* toggled twice: unchanged */
	amoxor.w zero, t4, (a3)
	sll t5, t1, s0
	amoor.d zero, t5, (a4)          /* this hart's bit */
	not t6, zero
	amoand.d zero, t6, (a5)         /* all ones: unchanged */
	amoswap.w t2, s0, (a6)          /* any hart id */
	addi t0, t0, -1
	bnez t0, 1b
	amoadd.w zero, t1, (a7)         /* this hart is done */
	bnez s0, 9f
3:	lw t0, 56(s1)
	li t1, NHARTS
	bne t0, t1, 3b
	li t1, NHARTS * ITERS
	lw t0, 0(s1)
	bne t0, t1, 10f
	ld t0, 8(s1)
	bne t0, t1, 11f
	ld t0, 16(s1)
	bne t0, t1, 12f
	lw t0, 24(s1)
	li t1, 0x5a00
	bne t0, t1, 13f
	ld t0, 32(s1)
	li t1, (1 << NHARTS) - 1
	bne t0, t1, 14f
	ld t0, 40(s1)
	li t1, -1
	bne t0, t1, 15f
	lw t0, 48(s1)
	li t1, NHARTS
	bgeu t0, t1, 16f
	TEST_PASS
9:	wfi
	j 9b
10:	FAIL(10)
11:	FAIL(11)
12:	FAIL(12)
13:	FAIL(13)
14:	FAIL(14)
15:	FAIL(15)
16:	FAIL(16)
	.data
	.align 12 /* a page of its own: no code there, so the JIT's fast path */
vars:	.word 0, 0
	.dword 0, 0
	.word 0x5a00, 0
	.dword 0, -1
	.word 0, 0, 0, 0
TEST_END
"""


def main():
    if CC is None:
        print("SKIP: needs riscv64-linux-gnu-gcc (scripts/deps.sh test)")
        return 77
    nharts = 2
    with tempfile.TemporaryDirectory() as t:
        src = os.path.join(t, "atomics.S")
        with open(src, "w") as f:
            f.write(PROG)
        elf = os.path.join(t, "atomics.elf")
        inc = os.path.join(ROOT, "tests", "isa", "include")
        subprocess.run([CC, "-march=rv64gc", "-mabi=lp64d", "-nostdlib", "-nostartfiles",
                        "-static", "-mcmodel=medany", "-fno-pie", "-no-pie",
                        "-Wl,--build-id=none", "-DNHARTS=%d" % nharts, "-DITERS=%d" % ITERS,
                        "-I" + inc, "-T", os.path.join(inc, "link.ld"), "-o", elf, src],
                       check=True)
        for engine in ("interp", "jit"):
            r = subprocess.run([R, "run", "--cpu-engine", engine, "--cpus", str(nharts),
                                "--firmware", elf, "--timeout", "120"],
                               stdin=subprocess.DEVNULL, capture_output=True, text=True,
                               timeout=180)
            if r.returncode != 0:
                print("FAIL: %s: exit status %d: %s" % (engine, r.returncode, r.stderr.strip()))
                return 1
            print("ok: %d harts, %d iterations each, totals exact under %s"
                  % (nharts, ITERS, engine))
    return 0


if __name__ == "__main__":
    sys.exit(main())
