#!/usr/bin/env python3
"""Where the JIT's time goes inside a Linux guest: boots the default guest on
a -DJIT_DUMP build of rvisor (each translation's bytes in a file named by its
guest pc, host address and creation time), runs a command in it under
`perf record` (cpu-clock samples, CLOCK_MONOTONIC time stamps), and maps every
sample in translated code to the translation that occupied its address at
that moment (a code-cache flush reuses addresses). Prints the share of the
samples by host function, the hottest translations (guest pc, guest symbol
when an ELF of the guest program is given, host instructions with their
samples) and the samples per guest function (with --syms).

    make B=/tmp/build-dump CFLAGS="-O2 -g -DJIT_DUMP" /tmp/build-dump/rvisor
    bench/cpu/jit_perf.py /tmp/build-dump/rvisor [--cpio EXTRA.cpio.gz] [--syms PROG]
        [--show N] [--memory 512M] -- 'command run in the guest'

For 7-Zip (bench/sevenzip/build.sh prints its directory D):
    bench/cpu/jit_perf.py /tmp/build-dump/rvisor --cpio D/7zz.cpio.gz \\
        --syms D/7zz-riscv64.nm -- '/7zz b 1 -mmt1 -md20 -mtic=32'
Samples are statistical (unlike bench/cpu/jit_profile.py's exact counts);
wall-clock load only makes them fewer."""
import argparse
import bisect
import collections
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "guest"))
sys.path.insert(0, os.path.join(ROOT, "bench", "cpu"))
import guestlib  # noqa: E402
from jit_profile import kind  # noqa: E402

DUMP_RE = re.compile(r"([0-9a-f]+)-0x([0-9a-f]+)-([0-9a-f]+)-(\d+)\.bin$")


def translations(dump):
    """{host address: [(creation ns, size, file name, guest pc)]} sorted by time."""
    by_addr = collections.defaultdict(list)
    for fn in os.listdir(dump):
        m = DUMP_RE.match(fn)
        if m:
            size = os.path.getsize(os.path.join(dump, fn))
            by_addr[int(m.group(2), 16)].append((int(m.group(4)), size, fn, int(m.group(1), 16)))
    for v in by_addr.values():
        v.sort()
    return by_addr


class Mapper:
    """Host address + time -> the translation that held the address then."""

    def __init__(self, by_addr):
        self.by_addr = by_addr
        self.starts = sorted(by_addr)
        self.span = max((t[1] for v in by_addr.values() for t in v), default=0)

    def find(self, ip, ns):
        i = bisect.bisect_right(self.starts, ip) - 1
        # Look back over the starts below ip (as far as the largest
        # translation reaches) for the newest one created before the sample
        # that covers it.
        best = None
        while i >= 0 and ip - self.starts[i] < self.span:
            base = self.starts[i]
            for t, size, fn, vpc in self.by_addr[base]:
                if t <= ns and base <= ip < base + size and (best is None or t > best[0]):
                    best = (t, base, fn, vpc)
            i -= 1
        return best


def symbols(path):
    """Sorted [(address, name)] of the function symbols of an ELF (riscv64
    nm) or of a file of nm's output."""
    with open(path, "rb") as f:
        elf = f.read(4) == b"\x7fELF"
    if elf:
        nm = shutil.which("riscv64-linux-gnu-nm") or "nm"
        out = subprocess.run([nm, "-C", "--defined-only", path], capture_output=True,
                             text=True).stdout
    else:
        out = open(path, errors="replace").read()
    syms = []
    for line in out.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] in "tTwW":
            syms.append((int(parts[0], 16), parts[2]))
    syms.sort()
    return syms


def symbolize(syms, addrs, pc):
    i = bisect.bisect_right(addrs, pc) - 1
    return syms[i][1] if i >= 0 and pc - syms[i][0] < (1 << 20) else "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rvisor")
    ap.add_argument("--cpio", action="append", default=[], help="extra initramfs cpio.gz")
    ap.add_argument("--syms", help="the guest program (unstripped ELF) or its nm output,"
                    " for guest function names")
    ap.add_argument("--show", type=int, default=8, help="translations to disassemble")
    ap.add_argument("--memory", default="512M")
    ap.add_argument("--freq", type=int, default=2000, help="samples per second")
    ap.add_argument("command", nargs="+")
    a = ap.parse_args()
    kernel, initramfs = guestlib.require_guest()
    guestlib.RVISOR = os.path.abspath(a.rvisor)
    with tempfile.TemporaryDirectory() as d:
        dump = os.path.join(d, "dump")
        os.mkdir(dump)
        initrd = os.path.join(d, "initrd.cpio.gz")
        with open(initrd, "wb") as f:
            for part in [initramfs] + a.cpio:
                with open(part, "rb") as src:
                    shutil.copyfileobj(src, f)
        os.environ["JIT_DUMP_DIR"] = dump
        g = guestlib.Guest(["--sandbox", "off", "--cpu-engine", "jit", "--kernel",
                            kernel, "--initrd", initrd,
                            "--memory", a.memory], timeout=7200)
        g.expect("GUEST-READY", 600)
        g.expect("# ", 60)
        g.run("true")
        data = os.path.join(d, "perf.data")
        perf = subprocess.Popen(["perf", "record", "-q", "-k", "CLOCK_MONOTONIC", "-e", "cpu-clock",
                                 "-F", str(a.freq), "-o", data, "-p", str(g.vm_pid)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
        t0 = time.time()
        g.send(" ".join(a.command) + "; echo __JP_END_$((1+1))__\n")
        g.expect("__JP_END_2__", 7200)
        wall = time.time() - t0
        perf.send_signal(signal.SIGINT)
        perf.wait(60)
        out = g.log[g.pos - 4000 if g.pos > 4000 else 0:g.pos].decode(errors="replace")
        g.send("poweroff -f\n")
        g.wait_exit(60)
        sys.stdout.write("---- guest output (end) ----\n%s\n----\n" % out[-1500:])
        script = subprocess.run(["perf", "script", "-i", data, "-F", "tid,time,ip,sym,dso", "--ns"],
                                capture_output=True, text=True).stdout
        mapper = Mapper(translations(dump))
        per_fn = collections.Counter()
        per_tr = collections.Counter()
        per_ip = collections.Counter()
        vpcs = {}
        total = 0
        for line in script.splitlines():
            m = re.match(r"\s*(\d+)\s+(\d+)\.(\d+):\s+([0-9a-f]+)\s*(.*)$", line)
            if not m:
                continue
            total += 1
            ns = int(m.group(2)) * 1000000000 + int(m.group(3).ljust(9, "0")[:9])
            ip = int(m.group(4), 16)
            rest = m.group(5)
            hit = mapper.find(ip, ns)
            if hit:
                per_fn["[translated code]"] += 1
                per_tr[(hit[2], hit[1])] += 1
                per_ip[(hit[2], ip)] += 1
                vpcs[hit[2]] = hit[3]
            else:
                sym = rest.split(" (")[0].strip() or "?"
                dso = rest.rsplit("(", 1)[-1].rstrip(")") if "(" in rest else "?"
                per_fn["%s [%s]" % (sym, os.path.basename(dso))] += 1
        print("%d samples over %.1f s of the command" % (total, wall))
        print("by host function:")
        for k, c in per_fn.most_common(25):
            print("  %5.1f%%  %s" % (100 * c / max(total, 1), k))
        syms = symbols(a.syms) if a.syms else []
        addrs = [s[0] for s in syms]
        jit = sum(per_tr.values())
        if syms:
            by_guest = collections.Counter()
            for (fn, _), c in per_tr.items():
                vpc = vpcs[fn]
                by_guest[symbolize(syms, addrs, vpc) if vpc < (1 << 47) else "[kernel]"] += c
            print("translated code by guest function:")
            for k, c in by_guest.most_common(30):
                print("  %5.1f%%  %s" % (100 * c / max(total, 1), k))
        kinds = collections.Counter()
        # the same, per guest function (the three with the most samples)
        fn_kinds = collections.defaultdict(collections.Counter)
        for rank, ((fn, base), c) in enumerate(per_tr.most_common()):
            gname = (symbolize(syms, addrs, vpcs[fn]) if vpcs[fn] < (1 << 47) else "[kernel]") \
                if syms else None
            asm = subprocess.run(["objdump", "-D", "-b", "binary", "-mi386:x86-64",
                                  "--adjust-vma=%#x" % base, os.path.join(dump, fn)],
                                 capture_output=True, text=True).stdout
            if rank < a.show:
                name = symbolize(syms, addrs, vpcs[fn]) if syms else ""
                print("==== guest pc %#x %s: %.1f%% (%s)" % (vpcs[fn], name, 100 * c / total, fn))
            prev = None
            for line in asm.splitlines():
                m = re.match(r"\s*([0-9a-f]+):\t[0-9a-f ]+\t(.*)", line)
                if not m:
                    continue
                n = per_ip.get((fn, int(m.group(1), 16)), 0)
                if rank < a.show:
                    print("%8s  %s" % (n or "", line.strip()))
                if n:
                    prev = kind(m.group(2).strip(), prev)
                    kinds[prev] += n
                    if gname:
                        fn_kinds[gname][prev] += n
        print("by kind, of the samples in translated code (a sample counts the instruction after"
              " the one that waited):")
        for k, c in kinds.most_common():
            print("  %5.1f%%  %8d  %s" % (100 * c / max(jit, 1), c, k))
        top = sorted(fn_kinds.items(), key=lambda kv: -sum(kv[1].values()))[:3]
        for gname, ks in top:
            n = sum(ks.values())
            print("by kind, in %s:" % gname)
            for k, c in ks.most_common():
                print("  %5.1f%%  %8d  %s" % (100 * c / max(n, 1), c, k))


if __name__ == "__main__":
    main()
