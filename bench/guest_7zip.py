#!/usr/bin/env python3
"""Guest CPU speed on a recognised benchmark: 7-Zip's built-in LZMA
benchmark (`7zz b`, single-threaded) as a Linux program inside the default
guest under rvisor's engines and under qemu-system-riscv64 (same kernel and
initramfs, plus 7zz appended as a second cpio), next to the host's own build
of the same source with the same flags (the 100 % line).

7-Zip rates each pass in "MIPS": the bytes it compressed or decompressed
times its fixed estimate of instructions per byte, over the wall time the
program measured. The work is the same under every engine, so the ratings
compare directly; on a loaded host they are divided by the CPU share the VM
process had during the pass (see in_guest) and compared as CPU-time ratings.

Environment: BENCH_ENGINES (rvisor engines, default "interp jit"; empty
skips rvisor), BENCH_7ZIP_PASSES (passes of `7zz b` per boot, default 3),
BENCH_7ZIP_SIDE=0 (run the JIT and QEMU one after the other rather than
side by side, which they do on a host with two cores or more),
BENCH_7ZIP_DICT (log2 of the dictionary, default 20), BENCH_7ZIP_QEMU=0 (skip
QEMU), BENCH_7ZIP_TIMEOUT (seconds one guest's benchmark may take, default
1800). Exits 1 with 7zz's output when a guest prints fewer rating lines."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import select
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "guest"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import guestlib  # noqa: E402
from guest_cpu import Qemu  # noqa: E402  (the same console driver)

BUILD = os.path.join(ROOT, "bench", "sevenzip", "build.sh")
PASSES = int(os.environ.get("BENCH_7ZIP_PASSES", "3"))
# One thread (the guest has one vCPU; the host run must not use more). A
# 1 MiB dictionary (-md20: the compressor's match finder then works in
# ~12 MiB, beyond any emulator's TLB reach, as real compression does):
# 7-Zip's default 4 MiB (-md22) took ~90 s per pass under QEMU TCG on the
# shared 2-core machine, -md20 ~15 s. -mtic=32: 2^32 estimated instructions
# per compress or decompress pass (7-Zip's default, 2^34, is 4x that): whole
# runs over 7-Zip's test buffer (at least one), the same under every engine.
DICT_LOG = int(os.environ.get("BENCH_7ZIP_DICT", "20"))
ARGS = ["b", str(PASSES), "-mmt1", "-md%d" % DICT_LOG, "-mtic=32"]
MEMORY = "512M"
NATIVE_PASSES = 5


PASS_RE = re.compile(r"^\s*%d:\s+(.*)$" % DICT_LOG, re.M)
END = "__7Z_END_%d__" % (20 + 22)  # the shell computes it: the echo never matches


def numbers(line):
    """(compress rating, decompress rating, compress R/U, decompress R/U) of
    one pass's line: its 8 numbers are speed, usage, R/U and rating for
    compress, then the same for decompress."""
    nums = [int(n) for n in re.findall(r"\d+", line)]
    if len(nums) != 8:
        return None
    return nums[3], nums[7], nums[2], nums[6]


def failed(who, want, out):
    sys.stdout.write("FAIL: %s: fewer than %d rating lines in the output of 7zz %s\n"
                     "--- output ---\n%s\n--- end of output ---\nFAIL: %s: no 7-Zip ratings\n"
                     % (who, want, " ".join(ARGS), out[-3000:], who))
    sys.exit(1)


def cpu_seconds(pid):
    """User plus system CPU time of a host process (all its threads)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for(g, needles, deadline):
    """Like Guest.expect, for the first of several needles: returns (needle,
    text before it); None when the deadline passes."""
    while True:
        hits = [(g.log.find(n.encode(), g.pos), n) for n in needles]
        hits = [(i, n) for i, n in hits if i >= 0]
        if hits:
            i, n = min(hits)
            text = g.log[g.pos:i].decode(errors="replace")
            g.pos = i + len(n)
            return n, text
        left = deadline - time.time()
        if left <= 0:
            return None
        r, _, _ = select.select([g.proc.stdout], [], [], min(left, 0.5))
        if r:
            chunk = os.read(g.proc.stdout.fileno(), 65536)
            if not chunk:
                return None
            g.log += chunk


def in_guest(g, who, timeout):
    """Run 7zz in a booted guest; per pass (compress rating, decompress
    rating, host CPU share): the VM process's host CPU time over the wall
    time from the end of the previous line (the table's header for the first
    pass) to the end of the pass's line, which turns 7-Zip's wall-time
    ratings into CPU-time ones on a loaded host. The console is a terminal,
    so 7zz's output is line-buffered: a pass's line appears whole when the
    pass ends, and the next pass starts at once."""
    g.expect("GUEST-READY", 300)
    g.expect("# ", 60)
    g.run("true")  # a wide terminal: no wrapped lines
    pid = g.vm_pid
    start = len(g.log)
    g.send("/7zz %s 2>&1; echo __7Z_END_$((20+22))__\n" % " ".join(ARGS))
    deadline = time.time() + timeout
    passes = []
    # The header's last line holds the units (KiB/s); the first pass starts
    # after it.
    hit = wait_for(g, ["KiB/s", END], deadline)
    if hit and hit[0] != END:
        hit = wait_for(g, ["\n", END], deadline)
    if hit and hit[0] != END:
        t0, c0 = time.time(), cpu_seconds(pid)
        while len(passes) < PASSES:
            hit = wait_for(g, ["\n%d:" % DICT_LOG, END], deadline)
            if hit is None or hit[0] == END:
                break
            hit = wait_for(g, ["\n", END], deadline)
            if hit is None or hit[0] == END:
                break
            t1, c1 = time.time(), cpu_seconds(pid)
            nums = numbers(hit[1])
            if nums is None:
                break
            passes.append((nums[0], nums[1], min(1.0, (c1 - c0) / max(t1 - t0, 1e-3))))
            t0, c0 = t1, c1
    out = g.log[start:].decode(errors="replace")
    if len(passes) < PASSES:
        g.kill()
        failed(who, PASSES, out)
    if wait_for(g, [END], time.time() + 60) is None:
        g.fail("7zz did not end after its last pass")
    g.send("poweroff -f\n")
    g.wait_exit(60)
    return passes


def make_initrd(gdir, sz, d):
    """The default guest's initramfs with 7zz appended (a second cpio),
    written in directory d; its path."""
    initrd = os.path.join(d, "initrd.cpio.gz")
    with open(initrd, "wb") as f:
        for part in (os.path.join(gdir, "initramfs.cpio.gz"), os.path.join(sz, "7zz.cpio.gz")):
            with open(part, "rb") as src:
                shutil.copyfileobj(src, f)
    return initrd


def host_pid(g):
    """The host process that runs guest g: rvisor's VM process (under its
    sandbox, not the one started) or QEMU's."""
    return g.vm_pid if hasattr(g, "vm_pid") else g.proc.pid


def swap_cpus(guests, done):
    """Pin two side-by-side VMs to two different host CPUs and swap them
    every second until done is set. A CPU of this shared host is now and
    then ~25 % slower than the other for minutes (another tenant on its
    core, which the VM's own CPU share does not show): without the swap
    that went whole into the ratio of whichever VM ran there (one run gave
    the JIT 1.33x QEMU, the next 1.88x). All threads of each VM move."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return
    flip = 0
    while not done.wait(1.0):
        for n, g in enumerate(guests):
            try:
                for tid in os.listdir("/proc/%d/task" % host_pid(g)):
                    os.sched_setaffinity(int(tid), {cpus[(n + flip) % 2]})
            except Exception:  # noqa: BLE001 (not started yet, or a thread or the VM ended)
                pass
        flip ^= 1


def side_by_side(guests, names, timeout):
    """in_guest for two guests at once, one host CPU each (swap_cpus);
    {name: passes}, or exit 1 when one failed (in_guest said why)."""
    res = {}
    threads = [threading.Thread(target=lambda n=n, g=g: res.__setitem__(
        n, in_guest(g, n, timeout))) for n, g in zip(names, guests)]
    for t in threads:
        t.start()
    done = threading.Event()
    swapper = threading.Thread(target=swap_cpus, args=(guests, done))
    swapper.start()
    for t in threads:
        t.join()
    done.set()
    swapper.join()
    if len(res) != len(guests):
        sys.exit(1)
    return res


def on_host(exe):
    """The host build's passes: its ratings and its CPU share, which 7-Zip
    measures itself (rating / R/U: usage over the pass). At least 5 passes:
    they take a second each, and the native line is the divisor of every
    vs_native figure."""
    args = [ARGS[0], str(max(PASSES, NATIVE_PASSES))] + ARGS[2:]
    p = subprocess.run([exe] + args, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                       timeout=600)
    out = p.stdout + p.stderr
    passes = []
    for line in PASS_RE.findall(out):
        nums = numbers(line)
        if nums:
            share = (nums[0] + nums[1]) / max(nums[2] + nums[3], 1)
            passes.append((nums[0], nums[1], min(1.0, share)))
    if p.returncode != 0 or len(passes) != max(PASSES, NATIVE_PASSES):
        failed("host (exit %d)" % p.returncode, int(args[1]), out)
    return passes


def total(p):
    """7-Zip's total rating of a pass (the mean of compress and decompress)."""
    return (p[0] + p[1]) / 2


def cpu_total(p):
    """The total rating per CPU second the VM (or the host program) had."""
    return total(p) / max(p[2], 0.01)


def main():
    gdir = guestlib.guest_dir()
    if gdir is None:
        print("== guest CPU speed (7-Zip): skipped (default guest not built: make guest) ==")
        return
    built = subprocess.run([BUILD], stdout=subprocess.PIPE, text=True)
    if built.returncode != 0:
        print("FAIL: bench/sevenzip/build.sh exited %d" % built.returncode)
        sys.exit(1)
    sz = built.stdout.strip()
    kernel = os.path.join(gdir, "Image")
    engines = os.environ.get("BENCH_ENGINES", "interp jit").split()
    timeout = int(os.environ.get("BENCH_7ZIP_TIMEOUT", "1800"))
    rows = [("native", on_host(os.path.join(sz, "7zz-host")))]
    with tempfile.TemporaryDirectory() as d:
        initrd = make_initrd(gdir, sz, d)
        want_qemu = (os.environ.get("BENCH_7ZIP_QEMU", "1") != "0" and
                     shutil.which("qemu-system-riscv64"))

        def rvisor(eng):
            return guestlib.Guest(["--cpu-engine", eng, "--kernel", kernel, "--initrd", initrd,
                                   "--memory", MEMORY], timeout=timeout + 600)

        def qemu():
            return Qemu(["qemu-system-riscv64", "-M", "virt", "-m", MEMORY, "-nographic",
                         "-bios", "default", "-kernel", kernel, "-initrd", initrd,
                         "-append", "console=ttyS0"])
        # The JIT and QEMU side by side (one core each) when there are two:
        # this shared host's speed drifts by 10 % within minutes, which
        # one after the other would put into their ratio.
        side = (want_qemu and "jit" in engines and (os.cpu_count() or 1) >= 2 and
                os.environ.get("BENCH_7ZIP_SIDE", "1") != "0")
        paired = None
        for eng in engines:
            if side and eng == "jit":
                continue
            rows.append(("rvisor-" + eng, in_guest(rvisor(eng), "rvisor-" + eng, timeout)))
        if side:
            res = side_by_side([rvisor("jit"), qemu()], ["rvisor-jit", "qemu-tcg"], timeout)
            rows += [("rvisor-jit", res["rvisor-jit"]), ("qemu-tcg", res["qemu-tcg"])]
            paired = sorted(cpu_total(a) / cpu_total(b)
                            for a, b in zip(res["rvisor-jit"], res["qemu-tcg"]))
        elif want_qemu:
            rows.append(("qemu-tcg", in_guest(qemu(), "qemu-tcg", timeout)))
    best = {name: max(passes, key=cpu_total) for name, passes in rows}
    print("== guest CPU speed: 7-Zip `7zz %s` (LZMA, 1 thread, %d KiB dictionary) in the guest, "
          "best of %d passes ==" % (" ".join(ARGS), (1 << DICT_LOG) >> 10, PASSES))
    print("%-14s %8s %8s %8s %6s %9s %11s %8s %9s" % (
        "engine", "compress", "decomp", "total", "cpu", "total_cpu", "cpu_spread", "vs_qemu",
        "vs_native"))
    for name, passes in rows:
        b = best[name]
        t = cpu_total(b)
        lo = min(cpu_total(p) for p in passes)
        vq = "%.2fx" % (t / cpu_total(best["qemu-tcg"])) if "qemu-tcg" in best else "n/a"
        vn = "%.1f %%" % (100 * t / cpu_total(best["native"]))
        print("%-14s %8d %8d %8.0f %5.0f%% %9.0f %11s %8s %9s" % (
            name, b[0], b[1], total(b), 100 * b[2], t, "%.0f-%.0f" % (lo, t), vq, vn))
    print("(compress, decomp, total: 7-Zip's ratings in its MIPS from the wall time it measures "
          "(total = their mean); cpu: the host CPU share the VM process (native: 7zz) had during "
          "that pass; total_cpu = total / cpu, the rating per CPU second, which vs_qemu and "
          "vs_native compare; cpu_spread: worst-best pass; native: the same source built for "
          "the host with the same flags)")
    if paired:
        print("(rvisor-jit and qemu-tcg ran side by side, one core each: their passes' "
              "ratios, rvisor-jit/qemu-tcg per CPU second, median %.2fx, range %.2f-%.2fx)"
              % (paired[len(paired) // 2], paired[0], paired[-1]))


if __name__ == "__main__":
    main()
