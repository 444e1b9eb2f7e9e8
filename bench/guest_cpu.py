#!/usr/bin/env python3
"""Guest CPU speed: run the CPU benchmark (bench/cpu) as a Linux program
inside the default guest under rvisor and under qemu-system-riscv64 (same
kernel and initramfs, plus the benchmark appended as a second cpio), and turn
its in-guest time into MIPS with the instruction count of the identical code
run bare-metal under rvisor (--stats). The host's own build of the same C,
timed the same way, is the 100 % line (issue 16)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "guest"))
import guestlib  # noqa: E402

B = os.path.join(ROOT, "build", "bench")


class Qemu(guestlib.Guest):
    """The same console driver, around qemu-system-riscv64."""

    def __init__(self, argv):
        self.log = b""
        self.pos = 0
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)


def guest_seconds(g):
    g.expect("GUEST-READY", 120)
    g.expect("# ", 30)
    best = None
    for _ in range(int(os.environ.get("BENCH_RUNS", "3"))):
        out = g.run("/cpubench", 300)
        m = re.search(r"seconds=([0-9.]+)", out)
        if not m:
            g.fail("no CPUBENCH line in %r" % out)
        t = float(m.group(1))
        best = t if best is None else min(best, t)
    g.send("poweroff -f\n")
    g.wait_exit(60)
    return best


def native_seconds(d):
    """The same benchmark built for the host (gcc -O2, the guest build's flags but the
    host's ISA) and timed the same way: the 100 % line. None without a host compiler."""
    cc = shutil.which("gcc") or shutil.which("cc")
    if not cc:
        return None
    exe = os.path.join(d, "cpu-native")
    rounds = int(os.environ.get("ROUNDS", "20000"))  # as bench/cpu/build.sh's guest build
    subprocess.run([cc, "-O2", "-fno-builtin", "-DROUNDS=%d" % rounds, "-o", exe,
                    os.path.join(ROOT, "bench", "cpu", "linux.c"),
                    os.path.join(ROOT, "bench", "cpu", "work.c")], check=True)
    best = None
    for _ in range(int(os.environ.get("BENCH_RUNS", "3"))):
        out = subprocess.run([exe], capture_output=True, text=True, check=True).stdout
        t = float(re.search(r"seconds=([0-9.]+)", out).group(1))
        best = t if best is None else min(best, t)
    return best


def main():
    gdir = guestlib.guest_dir()
    if gdir is None:
        print("== guest CPU speed: skipped (default guest not built: make guest) ==")
        return
    subprocess.run([os.path.join(ROOT, "bench", "cpu", "build.sh")], check=True)
    st = subprocess.run([guestlib.RVISOR, "run", "--firmware", os.path.join(B, "cpu-bare.elf"),
                         "--stats"], capture_output=True, text=True)
    n = int(re.search(r"instret=(\d+)", st.stderr).group(1))
    kernel = os.path.join(gdir, "Image")
    engines = os.environ.get("BENCH_ENGINES", "interp jit").split()
    rows = []  # (name, seconds)
    with tempfile.TemporaryDirectory() as d:
        initrd = os.path.join(d, "initrd.cpio.gz")
        with open(initrd, "wb") as f:
            for part in (os.path.join(gdir, "initramfs.cpio.gz"), os.path.join(B, "cpu.cpio.gz")):
                f.write(open(part, "rb").read())
        for eng in engines:
            g = guestlib.Guest(["--cpu-engine", eng, "--kernel", kernel, "--initrd", initrd,
                                "--memory", "256M"], timeout=600)
            t = guest_seconds(g)
            rows.append(("rvisor-" + eng, t))
        if shutil.which("qemu-system-riscv64"):
            q = guest_seconds(Qemu(["qemu-system-riscv64", "-M", "virt", "-m", "256M",
                                    "-nographic", "-bios", "default", "-kernel", kernel,
                                    "-initrd", initrd, "-append", "console=ttyS0"]))
            rows.append(("qemu-tcg", q))
        native = native_seconds(d)
    qs = [t for name, t in rows if name == "qemu-tcg"]
    print("== guest CPU speed: bench/cpu/work.c as a Linux program in the guest (best of %s) =="
          % os.environ.get("BENCH_RUNS", "3"))
    print("%-14s %14s %10s %10s %10s %10s" % ("engine", "instructions", "seconds", "MIPS",
                                               "vs_qemu", "vs_native"))
    for name, t in rows:
        ratio = "%.2fx" % (qs[0] / t) if qs else "n/a"
        pct = "%.1f%%" % (100 * native / t) if native else "n/a"
        print("%-14s %14d %10.3f %10.0f %10s %10s" % (name, n, t, n / t / 1e6, ratio, pct))
    if native:
        print("%-14s %14s %10.3f %10s %10s %10s" % ("host-native", "-", native, "-",
                                                    "%.2fx" % (qs[0] / native) if qs else "n/a",
                                                    "100.0%"))
    print("(instructions counted bare-metal under rvisor; vs_qemu = MIPS / QEMU TCG's MIPS;"
          " vs_native = the host's own build of the same C, timed the same way, = 100 %)")


if __name__ == "__main__":
    main()
