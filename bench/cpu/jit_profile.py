#!/usr/bin/env python3
"""Where the JIT's host instructions go: runs the bare-metal CPU benchmark (bench/cpu) under
valgrind's callgrind on a -DJIT_DUMP build of rvisor, maps the counts to the dumped translations,
and prints the hottest translations (disassembled, with counts) and the share of each kind of
host instruction (loads/stores, checks, ALU, branches...). Host instruction counts are exact and
repeatable, unlike times on a loaded host.

    make B=build-dump CFLAGS="-O2 -g -DJIT_DUMP" build-dump/rvisor
    ROUNDS=5000 OUT=/tmp/cpu bench/cpu/build.sh
    bench/cpu/jit_profile.py build-dump/rvisor /tmp/cpu/cpu-bare.elf [N translations to show]
"""
import collections
import os
import re
import subprocess
import sys
import tempfile


def callgrind_costs(path):
    """Self cost per instruction address from a callgrind file written with --dump-instr=yes."""
    cost = collections.Counter()
    last, skip = 0, False
    for line in open(path, errors="replace"):
        if line.startswith("calls="):
            skip = True  # the next cost line is the call's inclusive cost
            continue
        if not line or line[0] not in "+-*0":
            continue
        parts = line.split()
        a = parts[0]
        if a.startswith("0x"):
            addr = int(a, 16)
        elif a[0] in "+-":
            addr = last + int(a, 0) if a[1:].startswith("0x") else last + int(a)
        else:
            addr = last
        last = addr
        if skip:
            skip = False
            continue
        if len(parts) >= 3:
            cost[addr] += int(parts[-1])
    return cost


def kind(asm, prev):
    """The kind of one host instruction of a translation (by its shape)."""
    op = asm.split()[0]
    if re.match(r"add\s+\$0x[0-9a-f]+,%r11$", asm) or re.match(r"cmp\s+0x[0-9a-f]+\(%rbx\),%r11$", asm) \
            or re.match(r"cmpl\s+\$0x0,0x[0-9a-f]+\(%rbx\)$", asm):
        return "loop heads, budget and event checks"
    if op == "movabs" or re.match(r"(cmpl\s+\$0x[0-9a-f]+,\(%rax\)|mov\s+\(%rax\),%eax|cmp\s+0x[0-9a-f]+\(%rbx\),%eax)$", asm):
        return "check code of chained entries"
    if op in ("push", "pop", "ret") or re.match(r"(sub|add)\s+\$0x8,%rsp$", asm):
        return "entry and exit frames"
    if op == "rorx" or "$0xff0" in asm or (op == "and" and "0xfffffffffffff" in asm) \
            or "(%rdi,%rax,1)" in asm or re.search(r"\(%rax,%r\w+(,1)?\)", asm) \
            or re.match(r"(lea\s+-?0x[0-9a-f]+\(%r\w+\),%r(si|cx)|mov\s+%r\w+,%r(si|cx)|sub\s+%rcx,%rsi|"
                        r"cmp\s+\$0xf[0-9a-f][0-9a-f],%rsi)$", asm):
        return "loads and stores (address, TLB, access)"
    if op.startswith("j") and op != "jmp":
        return prev if prev and not prev.startswith(("ALU", "guest")) else "guest branches (cmp, jcc)"
    if op == "jmp":
        return "jumps (exits, chaining)"
    if op == "cmp":
        return "guest branches (cmp, jcc)"
    # h->x[] is the hart's first 256 bytes: an unmapped guest register
    if re.search(r"(^|[ ,])(0x[0-9a-f]{1,2})?\(%rbx\)", asm):
        return "unmapped guest registers (h->x[])"
    if op == "movslq" and re.match(r"movslq\s+%r\w+,%r\w+$", asm):
        return "sign extensions (32-bit results)"
    return "ALU and moves"


def main():
    binary, elf = sys.argv[1], sys.argv[2]
    show = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    with tempfile.TemporaryDirectory() as d:
        dump = os.path.join(d, "dump")
        os.mkdir(dump)
        out = os.path.join(d, "cg.out")
        env = dict(os.environ, JIT_DUMP_DIR=dump)
        subprocess.run(["valgrind", "--tool=callgrind", "--smc-check=all", "--dump-instr=yes",
                        "--callgrind-out-file=" + out, binary, "run", "--sandbox", "off",
                        "--cpu-engine", "jit", "--firmware", elf], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cost = callgrind_costs(out)
        total = sum(cost.values())
        trans = []
        for fn in os.listdir(dump):
            m = re.match(r"([0-9a-f]+)-0x([0-9a-f]+)-([0-9a-f]+)-\d+\.bin$", fn)
            if m:
                trans.append((int(m.group(2), 16), os.path.getsize(os.path.join(dump, fn)), fn))
        per = collections.Counter()
        for addr, c in cost.items():
            for base, size, fn in trans:
                if base <= addr < base + size:
                    per[fn] += c
                    break
        jit = sum(per.values())
        print("host instructions %d, in translated code %.1f%%" % (total, 100 * jit / total))
        kinds = collections.Counter()
        for fn, c in per.most_common():
            base = int(fn.split("-")[1], 16)
            asm = subprocess.run(["objdump", "-D", "-b", "binary", "-mi386:x86-64",
                                  "--adjust-vma=%#x" % base, os.path.join(dump, fn)],
                                 capture_output=True, text=True).stdout
            shown = len([1 for f, _ in per.most_common(show) if f == fn])
            if shown:
                print("==== %s (guest pc %s): %.1f%%" % (fn, fn.split("-")[0], 100 * c / total))
            prev = None
            for line in asm.splitlines():
                m = re.match(r"\s*([0-9a-f]+):\t[0-9a-f ]+\t(.*)", line)
                if not m:
                    continue
                n = cost.get(int(m.group(1), 16), 0)
                if shown and n:
                    print("%12d  %s" % (n, line.strip()))
                if n:
                    prev = kind(m.group(2).strip(), prev)
                    kinds[prev] += n
        print("by kind, of the host instructions in translated code:")
        for k, c in kinds.most_common():
            print("  %5.1f%%  %12d  %s" % (100 * c / jit, c, k))


if __name__ == "__main__":
    main()
