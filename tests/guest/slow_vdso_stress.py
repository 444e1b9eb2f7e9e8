"""Guest time read through the vDSO on 2 vCPUs under host load: no
program may die, and CLOCK_MONOTONIC never goes backwards in a process
that moves between harts.

The defect it was written for: guest programs (diskbench in
slow_disk_stress.py) died of SIGSEGV at address 4 inside the vDSO's
clock_gettime. Linux 6.1 built without CONFIG_JUMP_LABEL leaves an
unapplied relocation in the vDSO (guest_vdso.py checks for it), read only
when clock_gettime finds the time data in the middle of an update by
another hart; a vCPU thread that the host preempts during that update
keeps the window open for milliseconds. Two clock_gettime loops and a host
busy loop hit it within seconds; the fixed guest kernel runs the whole
time without a fault. Also a check of rvisor's time: rdtime must agree
across harts (the host's monotonic clock scaled, one offset per VM), or a
process moved between them would see time step back.

RVISOR_STRESS_SECONDS (default 40) is how long the loops run."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from guestlib import Guest, require_guest, check, SKIP, pump, ROOT, initrd_with_tools

if not shutil.which("riscv64-linux-gnu-gcc"):
    print("riscv64-linux-gnu-gcc missing: skipping")
    raise SystemExit(SKIP)

SECONDS = float(os.environ.get("RVISOR_STRESS_SECONDS", "40"))
ROUND = 5  # seconds per clockcheck run: several processes, fresh mappings
LOOPS = 2  # one per vCPU
FAULT = re.compile(rb"unhandled signal|CLOCKCHECK-BACKWARDS|CLOCK-FAILED|Segmentation fault")


def main():
    kernel, initrd = require_guest()
    tmp = tempfile.mkdtemp(prefix="rvisor-vdso-stress-")
    tools = initrd_with_tools(initrd, [os.path.join(ROOT, "tests", "guest", "tools",
                                                    "clockcheck.c")], tmp)
    # Host load: one busy loop, as another VM or a build would be; it is
    # what makes the host preempt a vCPU thread in the middle of an update.
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    g = None
    try:
        g = Guest(["--kernel", kernel, "--initrd", tools, "--cpus", "2"],
                  timeout=int(SECONDS) + 240)
        g.expect("GUEST-READY", 120)
        g.expect("# ", 30)
        rounds = max(1, int(SECONDS / ROUND))
        for k in range(LOOPS):
            # The failure marker is spelled in two pieces so that the
            # console's echo of the command does not match it.
            g.send("(i=0; while [ $i -lt %d ]; do i=$((i+1)); /clockcheck %d || "
                   "echo CLOCK-FAI''LED-%d; done; echo LOOP-DO''NE-%d) &\n"
                   % (rounds, ROUND, k, k))
        start = len(g.log)
        deadline = time.time() + rounds * ROUND + 120
        while time.time() < deadline and g.proc.poll() is None:
            pump(g, 1)
            out = g.log[start:]
            if FAULT.search(out):
                pump(g, 3)  # the rest of the kernel's report
                text = g.log[start:].decode(errors="replace")
                lines = [ln.strip() for ln in text.splitlines()
                         if re.search(r"unhandled signal|epc :|badaddr|CLOCK|Segmentation", ln)
                         and "while" not in ln]
                vdso = subprocess.run([sys.executable, os.path.join(os.path.dirname(
                    os.path.abspath(__file__)), "guest_vdso.py")], capture_output=True, text=True)
                g.fail("a clock_gettime loop failed:\n%s\n(guest_vdso.py says: %s)" % (
                    "\n".join(lines[:12]), vdso.stdout.strip().splitlines()[0]
                    if vdso.stdout.strip() else "nothing"))
            if all(b"LOOP-DONE-%d" % k in out for k in range(LOOPS)):
                break
        out = g.log[start:]
        check(all(b"LOOP-DONE-%d" % k in out for k in range(LOOPS)),
              "the clock_gettime loops did not finish", g)
        reads = [int(n) for n in re.findall(rb"CLOCKCHECK-OK reads=(\d+)", out)]
        check(len(reads) == LOOPS * rounds, "%d of %d clockcheck runs said CLOCKCHECK-OK" % (
            len(reads), LOOPS * rounds), g)
        print("%d clockcheck runs of %d s on 2 vCPUs, %d reads, no fault" % (
            len(reads), ROUND, sum(reads)))
    finally:
        if g:
            g.kill()
        hog.kill()
        hog.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    print("PASS")


if __name__ == "__main__":
    main()
