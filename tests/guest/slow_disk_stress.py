"""Disk stress (issue 10, defect 12: diskbench once made no progress for
300 s in about 1 of 9 `make bench` runs). The request mix of bench/disk.py
(bench/disk/diskbench.c: O_DIRECT sequential 1 MiB reads and writes, fsync,
random 4 KiB reads and writes) runs over and over on a raw disk, with 1
and then 2 vCPUs, while a busy loop this test starts competes for the host's
CPUs. Each round must finish within ROUND_TIMEOUT seconds; a stall fails
the test after dumping what both sides see: the disk's request counter and
the instructions retired (host, twice, a second apart: does anything still
move?), where each rvisor thread waits in the host kernel and how much the
host has left to write back (an I/O thread in fdatasync behind a slow host
disk is not a lost wake-up), and, if the guest's shell still answers, its
in-flight requests, disk statistics, interrupt counts and the state of the
stuck process.

RVISOR_STRESS_SECONDS (default 50) is the time spent looping per vCPU
count; the whole test takes about two to three minutes."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from guestlib import (Guest, require_guest, check, SKIP, api, wait_socket, pump, ROOT,
                      initrd_with_tools)

if not shutil.which("riscv64-linux-gnu-gcc") or not shutil.which("curl"):
    print("riscv64-linux-gnu-gcc or curl missing: skipping")
    raise SystemExit(SKIP)

SECONDS = float(os.environ.get("RVISOR_STRESS_SECONDS", "50"))
ROUND_TIMEOUT = 60  # one round takes 1-3 s; the stall seen lasted 300 s
PHASE = "0.15"  # seconds per diskbench phase (four phases, plus an fsync)


def wait_for(g, pattern, timeout):
    """The next match of the regex `pattern` (bytes) in the console after
    the last one, or None after `timeout` seconds (Guest.expect would fail
    the test before the state could be dumped)."""
    deadline = time.time() + timeout
    while True:
        m = re.compile(pattern).search(g.log, g.pos)
        if m:
            g.pos = m.end()
            return m
        left = deadline - time.time()
        if left <= 0 or g.proc.poll() is not None:
            return None
        pump(g, min(left, 0.5))


def read(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return "?"


def dump(g, sock):
    """Print what is known about a stalled disk."""
    print("--- stall: host side (twice, a second apart) ---")
    for _ in range(2):
        _, vm = api(sock, "GET", "/vm", timeout=5)
        _, d = api(sock, "GET", "/disks/0", timeout=5)
        print("instructions_retired=%s disk requests_passed=%s"
              % (vm and vm.get("instructions_retired"), d and d.get("requests_passed")))
        time.sleep(1)
    # Where each of rvisor's threads waits in the host kernel (an I/O
    # thread in fdatasync is the host's disk, not a lost wake-up), and how
    # much the host still has to write back.
    task = "/proc/%d/task" % g.vm_pid
    for tid in sorted(os.listdir(task)) if os.path.isdir(task) else []:
        st = read("%s/%s/stat" % (task, tid)).rsplit(")", 1)[-1].split()
        print("thread %s: state %s, wchan %s, syscall %s" % (
            tid, st[0] if st else "?", read("%s/%s/wchan" % (task, tid)),
            read("%s/%s/syscall" % (task, tid)).split(" ")[0]))
    mem = read("/proc/meminfo").splitlines()
    print(" ".join(l.replace(" ", "") for l in mem if l.startswith(("Dirty:", "Writeback:"))))
    print("--- stall: guest side ---")
    g.send("echo DUMP-BEGIN; cat /sys/block/vda/inflight /sys/block/vda/stat; "
           "grep -i -e virtio -e plic /proc/interrupts; ps | grep -v grep | grep diskbench; "
           "echo DUMP-END\n")
    if wait_for(g, rb"DUMP-BEGIN", 20):
        start = g.pos
        if wait_for(g, rb"DUMP-END", 20):
            print(g.log[start:g.pos].decode(errors="replace"))
            return
    print("the guest's shell does not answer either")


def symbolize(exe, addr):
    """FUNCTION+0xOFF for an address in the static program exe, from nm."""
    nm = subprocess.run(["riscv64-linux-gnu-nm", "-n", exe], capture_output=True, text=True)
    best = None
    for line in nm.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW" and int(parts[0], 16) <= addr:
            best = (parts[2], addr - int(parts[0], 16))
    return "%s+0x%x" % best if best else "?"


def crash_summary(log, tools):
    """What the guest kernel said about a crashed diskbench, its pc and return
    address placed in the program, and the instructions there: printed last,
    where a cut CI log still shows it (the crash seen twice in CI, SIGSEGV
    at address 4, was in the vDSO's clock_gettime: a guest kernel bug, see
    guest_vdso.py and slow_vdso_stress.py)."""
    text = log.decode(errors="replace")
    out = [ln.strip() for ln in text.splitlines()
           if "unhandled signal" in ln or "Segmentation fault" in ln or "I/O" in ln][-3:]
    exe = os.path.join(tools, "diskbench")
    m = re.search(r"epc : ([0-9a-f]{16}) ra : ([0-9a-f]{16})", text)
    if m and os.path.exists(exe):
        epc, ra = int(m.group(1), 16), int(m.group(2), 16)
        low = 1 << 40  # the static program is linked low; the vDSO sits near the stack
        out.append("epc 0x%x = %s, ra 0x%x = %s" % (
            epc, symbolize(exe, epc) if epc < low else "?",
            ra, symbolize(exe, ra) if ra < low else "?"))
        if epc >= low:
            # Not in the program: the crashes seen in CI were the guest
            # kernel's vDSO bug that guest_vdso.py checks for.
            vdso = subprocess.run([sys.executable, os.path.join(os.path.dirname(
                os.path.abspath(__file__)), "guest_vdso.py")], capture_output=True, text=True)
            out.append("epc is outside diskbench (the vDSO?); guest_vdso.py: %s" % (
                vdso.stdout.strip().splitlines() or ["nothing"])[0])
        dis = subprocess.run(["riscv64-linux-gnu-objdump", "-d", "--start-address=0x%x" % (epc - 24),
                              "--stop-address=0x%x" % (epc + 12), exe],
                             capture_output=True, text=True).stdout
        out += [ln for ln in dis.splitlines() if re.match(r"\s+[0-9a-f]+:\t", ln)][-10:]
    m = re.search(r"status: ([0-9a-f]+) badaddr: ([0-9a-f]+) cause: ([0-9a-f]+)", text)
    if m:
        out.append("status %s badaddr %s cause %s" % m.groups())
    return "\n".join(out)


def stress(ncpus, kernel, initrd, tmp):
    img = os.path.join(tmp, "disk.raw")
    with open(img, "wb") as f:
        f.truncate(256 << 20)
    sock = os.path.join(tmp, "api-%d.sock" % ncpus)
    g = Guest(["--kernel", kernel, "--initrd", initrd, "--cpus", str(ncpus),
               "--api-socket", sock, "--disk", img + ",format=raw"],
              timeout=int(SECONDS) + 240)
    g.expect("GUEST-READY", 120)
    g.expect("# ", 30)
    wait_socket(sock, g)
    # The loop runs in the background so the shell stays free for a dump.
    g.send("(i=0; while :; do i=$((i+1)); if /diskbench /dev/vda %s >/tmp/db.out 2>&1; "
           "then echo ROUND-$i-OK; else echo ROUND-$i-FAILED; cat /tmp/db.out; fi; done) &\n"
           % PHASE)
    end = time.time() + SECONDS
    rounds, worst = 0, 0.0
    while time.time() < end:
        t0 = time.time()
        m = wait_for(g, rb"ROUND-%d-(OK|FAILED)" % (rounds + 1), ROUND_TIMEOUT)
        if m is None:
            dump(g, sock)
            g.fail("%d vCPU(s): diskbench round %d made no progress for %d s"
                   % (ncpus, rounds + 1, ROUND_TIMEOUT))
        if m.group(1) == b"FAILED":
            wait_for(g, rb"\n# |ROUND-%d-" % (rounds + 2), 5)  # the rest of its output
            g.fail("%d vCPU(s), engine %s: diskbench round %d failed\n%s"
                   % (ncpus, os.environ.get("RVISOR_CPU_ENGINE") or "default", rounds + 1,
                      crash_summary(g.log, tmp)))
        rounds += 1
        worst = max(worst, time.time() - t0)
    print("%d vCPU(s): %d rounds in %.0f s, the slowest %.1f s" % (ncpus, rounds, SECONDS, worst))
    check(rounds >= 3, "only %d rounds" % rounds, g)
    g.kill()
    return rounds


def main():
    kernel, initrd = require_guest()
    tmp = tempfile.mkdtemp(prefix="rvisor-disk-stress-")
    both = initrd_with_tools(initrd, [os.path.join(ROOT, "bench", "disk", "diskbench.c")], tmp)
    # Host load: one busy loop, as another VM or build would be.
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        for ncpus in (1, 2):
            stress(ncpus, kernel, both, tmp)
    finally:
        hog.kill()
        hog.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    print("PASS")


if __name__ == "__main__":
    main()
