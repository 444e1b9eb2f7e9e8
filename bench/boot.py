#!/usr/bin/env python3
"""Boot-time benchmark: seconds from process start to the guest's init
marker (GUEST-READY) and to poweroff, rvisor (each CPU engine, with its peak
RSS) next to qemu-system-riscv64 (software emulation) booting the same
kernel and initramfs, same run."""
import os
import select
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def boot(cmd, timeout=120):
    """Return (seconds to GUEST-READY, seconds to exit, peak RSS in KiB) or
    None on failure."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    buf, ready = b"", None
    while True:
        left = timeout - (time.monotonic() - t0)
        if left <= 0:
            p.kill()
            p.wait()
            return None
        r, _, _ = select.select([p.stdout], [], [], left)
        chunk = os.read(p.stdout.fileno(), 65536) if r else b""
        if not chunk:
            break
        buf += chunk
        if ready is None and b"GUEST-READY" in buf:
            ready = time.monotonic() - t0
    _, _, usage = os.wait4(p.pid, 0)
    p.returncode = 0  # reaped by wait4
    done = time.monotonic() - t0
    if ready is None or b"GUEST-POWEROFF" not in buf:
        sys.stderr.write(buf[-2000:].decode(errors="replace"))
        return None
    return ready, done, usage.ru_maxrss


def best(cmd):
    results = [r for r in (boot(cmd) for _ in range(RUNS)) if r]
    if not results:
        return None
    return (min(r[0] for r in results), min(r[1] for r in results),
            max(r[2] for r in results))


def main():
    out = subprocess.run([os.path.join(ROOT, "guest", "build.sh"), "--print-dir"],
                         capture_output=True, text=True)
    gdir = out.stdout.strip()
    if out.returncode != 0 or not gdir:
        print("== boot time: skipped (default guest not built: make guest) ==")
        return
    kernel, initrd = os.path.join(gdir, "Image"), os.path.join(gdir, "initramfs.cpio.gz")
    append = "console=ttyS0 bench=poweroff"
    qemu = shutil.which("qemu-system-riscv64")
    print("== boot time: default guest to GUEST-READY and to poweroff (best of %d) ==" % RUNS)
    print("%-5s %-7s %12s %12s %10s %12s %12s %12s" % (
        "cpus", "engine", "rvisor_ready", "rvisor_off", "peak_MiB", "qemu_ready", "qemu_off",
        "ready_ratio"))
    engines = os.environ.get("BENCH_ENGINES", "interp jit").split()
    for cpus in (1, 2):
        rvs = [(eng, best([os.path.join(ROOT, "build", "rvisor"), "run", "--cpu-engine", eng,
                           "--kernel", kernel, "--initrd", initrd, "--append", append,
                           "--cpus", str(cpus), "--memory", "256M", "--timeout", "120"]))
               for eng in engines]
        q = None
        if qemu:
            q = best([qemu, "-M", "virt", "-smp", str(cpus), "-m", "256M", "-nographic",
                      "-bios", "default", "-kernel", kernel, "-initrd", initrd,
                      "-append", append])
        fmt = lambda r, k: "%.3f" % r[k] if r else "failed"
        for eng, rv in rvs:
            ratio = "%.2fx" % (q[0] / rv[0]) if rv and q else "n/a"
            peak = "%.1f" % (rv[2] / 1024) if rv else "n/a"
            print("%-5d %-7s %12s %12s %10s %12s %12s %12s" % (
                cpus, eng, fmt(rv, 0), fmt(rv, 1), peak, fmt(q, 0), fmt(q, 1), ratio))
    print("(ready_ratio = QEMU seconds / rvisor seconds: above 1 means rvisor boots faster)")


if __name__ == "__main__":
    main()
