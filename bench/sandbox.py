#!/usr/bin/env python3
"""The sandbox's cost (issue 13's targets: under 2 % of guest CPU speed and
under 5 ms of start time): the same VM under --sandbox on and off, runs
alternated so that the machine's load falls on both alike, medians. The
load average is printed before and after each part (the host is shared).

- start (BENCH_SANDBOX_RUNS starts per mode, default 30, interleaved): a
  firmware that powers the machine off at once (syscon), so the run is
  rvisor's start and exit; wall time, and the CPU time of the process and
  its children (the sandbox's relay and VM process); the medians, and the
  median and quartiles of each pair's difference (on less off, run back to
  back). Then, in runs of their own, each start step's median CPU time,
  wall time and page faults (RVISOR_SANDBOX_TIMES=1).
- cpu (BENCH_SANDBOX_PAIRS pairs, default 60): bench/cpu's bare-metal
  benchmark (built here, 100000 rounds: about 1 G instructions), one run
  --sandbox on and one off started together (which one first alternates),
  so both see the same moment's load; each run's instructions per CPU
  second of its vCPU thread (--stats vcpu_cpu_seconds: no start, exit or
  other thread in it). The on/off ratio of each pair: median, quartiles
  and a bootstrap 95 % interval of the median, which is what says whether
  2 % is resolved. BENCH_SANDBOX_CONTROL=1 also runs off/off pairs the same
  way: their ratios show the measurement's own spread. The vCPU thread's
  /proc status lines (Seccomp, Speculation_Store_Bypass: a kernel that
  turns SSBD on for seccomp threads slows their loads and stores) are
  printed for both modes.
BENCH_SANDBOX_PARTS=start or cpu runs one part. The sandbox's layers need
root; as another user only seccomp and Landlock are measured (it says so).
`make bench` runs it (bench/run.sh)."""
import os
import random
import re
import resource
import statistics
import struct
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = os.environ.get("RVISOR", os.path.join(ROOT, "build", "rvisor"))
CPU_DIR = os.path.join(ROOT, "build", "bench-sandbox-1g")
BARE = os.path.join(CPU_DIR, "cpu-bare.elf")
RUNS = int(os.environ.get("BENCH_SANDBOX_RUNS", "30"))
PAIRS = int(os.environ.get("BENCH_SANDBOX_PAIRS", "60"))
PARTS = os.environ.get("BENCH_SANDBOX_PARTS", "start,cpu").split(",")
CONTROL = os.environ.get("BENCH_SANDBOX_CONTROL", "") not in ("", "0")


def load():
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def timed(argv, env=None):
    """(wall seconds, CPU seconds of the children, stderr) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        sys.exit("rvisor failed (%d): %s" % (p.returncode, p.stderr))
    return wall, cpu, p.stderr


def med(xs):
    return statistics.median(xs)


def quartiles(xs):
    q = statistics.quantiles(xs, n=4)
    return q[0], q[2]


def median_interval(xs, n=2000):
    """A bootstrap 95 % interval of the median of xs (fixed seed)."""
    rng = random.Random(13)
    meds = sorted(med(rng.choices(xs, k=len(xs))) for _ in range(n))
    return meds[int(0.025 * n)], meds[int(0.975 * n) - 1]


STEP = re.compile(r"rvisor: sandbox time: (.*?) +cpu +([-0-9.]+) ms(?: +wall +([-0-9.]+) ms"
                  r" +faults (\d+))?")


def add_steps(steps, stderr):
    """Each RVISOR_SANDBOX_TIMES line of one run into steps (name: lists)."""
    for line in stderr.splitlines():
        m = STEP.match(line)
        if m:
            s = steps.setdefault(m.group(1), ([], [], []))
            s[0].append(float(m.group(2)))
            if m.group(3):
                s[1].append(float(m.group(3)))
                s[2].append(int(m.group(4)))


def bench_start(off):
    print("start and exit (%s):" % load(), flush=True)
    start = {"on": ([], []), "off": ([], [])}
    for i in range(RUNS):
        for mode in (("off", "on") if i % 2 == 0 else ("on", "off")):
            w, c, _ = timed([R, "run", "--firmware", off, "--sandbox", mode, "--timeout", "30"])
            start[mode][0].append(w * 1e3)
            start[mode][1].append(c * 1e3)
    # The steps in runs of their own (printing them costs a little).
    steps = {}
    timing = dict(os.environ, RVISOR_SANDBOX_TIMES="1")
    for _ in range(max(5, RUNS // 2)):
        _, _, err = timed([R, "run", "--firmware", off, "--sandbox", "on", "--timeout", "30"],
                          timing)
        add_steps(steps, err)
    print("  %d runs each (median, ms); then %s" % (RUNS, load()))
    for mode in ("off", "on"):
        print("  --sandbox %-3s  wall %7.1f  CPU %6.1f  (wall min %.1f max %.1f)"
              % (mode, med(start[mode][0]), med(start[mode][1]), min(start[mode][0]),
                 max(start[mode][0])))
    print("  sandbox costs %+.1f ms wall, %+.1f ms CPU (difference of the medians)"
          % (med(start["on"][0]) - med(start["off"][0]),
             med(start["on"][1]) - med(start["off"][1])))
    for k, what in ((0, "wall"), (1, "CPU ")):
        d = [on - off for on, off in zip(start["on"][k], start["off"][k])]
        lo, hi = quartiles(d)
        print("  pairs' %s difference: median %+.1f ms  (quartiles %+.1f, %+.1f)"
              % (what, med(d), lo, hi))
    if steps:
        print("  its steps (medians; the VM process's main thread, or the thread named):")
        for name, (cpu, wall, faults) in steps.items():
            print("    %-28s CPU %6.3f ms" % (name, med(cpu))
                  + ("  wall %7.3f ms  faults %3.0f" % (med(wall), med(faults)) if wall else ""))


def vcpu_status(pid):
    """Seccomp and Speculation_Store_Bypass of the first vCPU thread in
    process pid or its children (the sandbox's VM process is the relay's
    child), or None."""
    pids = [pid]
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            pids += [int(c) for c in f.read().split()]
    except OSError:
        pass
    for p in pids:
        try:
            tasks = os.listdir("/proc/%d/task" % p)
        except OSError:
            continue
        for t in tasks:
            try:
                with open("/proc/%d/task/%s/comm" % (p, t)) as f:
                    if not f.read().startswith("vcpu"):
                        continue
                with open("/proc/%d/task/%s/status" % (p, t)) as f:
                    lines = [l.strip() for l in f if l.startswith(
                        ("Seccomp:", "Speculation_Store_Bypass:"))]
                return "  ".join(" ".join(l.split()) for l in lines)
            except OSError:
                continue
    return None


def cpu_run(mode):
    return subprocess.Popen([R, "run", "--firmware", BARE, "--stats", "--sandbox", mode],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def cpu_result(p):
    """Instructions per vCPU CPU second (M) of a finished cpu_run."""
    err = p.stderr.read()
    if p.wait() != 0:
        sys.exit("rvisor failed (%d): %s" % (p.returncode, err))
    m = re.search(r"instret=(\d+) .*vcpu_cpu_seconds=([0-9.]+)", err)
    if not m or float(m.group(2)) <= 0:
        sys.exit("no stats line with vcpu_cpu_seconds: %s" % err)
    return int(m.group(1)) / float(m.group(2)) / 1e6


def cpu_pairs(a, b, n, status=None):
    """n pairs of runs in modes a and b started together (alternating
    which first): each pair's b/a ratio of instructions per vCPU CPU
    second, and the figures of each mode."""
    ratios, figs = [], {a: [], b: []}
    for i in range(n):
        first, second = (a, b) if i % 2 == 0 else (b, a)
        p1 = cpu_run(first)
        p2 = cpu_run(second)
        while status is not None and i == 0 and len(status) < 2:
            for mode, p in ((first, p1), (second, p2)):
                s = vcpu_status(p.pid) if mode not in status else None
                if s:
                    status[mode] = s
            if p1.poll() is not None or p2.poll() is not None:
                break
            time.sleep(0.02)
        r1, r2 = cpu_result(p1), cpu_result(p2)
        if a == b:
            figs[a] += [r1, r2]
            ratios.append(r2 / r1)
        else:
            res = {first: r1, second: r2}
            figs[a].append(res[a])
            figs[b].append(res[b])
            ratios.append(res[b] / res[a])
    return ratios, figs


def print_ratios(what, ratios):
    lo, hi = quartiles(ratios)
    clo, chi = median_interval(ratios)
    print("  %s: median %.4f  (quartiles %.3f, %.3f; 95 %% interval of the median %.4f-%.4f;"
          " pairs %.3f-%.3f)" % (what, med(ratios), lo, hi, clo, chi, min(ratios), max(ratios)))
    return clo, chi


def bench_cpu():
    if not os.path.exists(BARE) and subprocess.run(
            ["sh", os.path.join(ROOT, "bench", "cpu", "build.sh")],
            env=dict(os.environ, OUT=CPU_DIR, ROUNDS="100000")).returncode != 0:
        print("CPU: skipped (bench/cpu/build.sh failed: riscv64-linux-gnu-gcc?)")
        return
    print("guest CPU speed, %d pairs run together (%s):" % (PAIRS, load()), flush=True)
    status = {}
    ratios, figs = cpu_pairs("off", "on", PAIRS, status)
    print("  then %s" % load())
    for mode in ("off", "on"):
        print("  --sandbox %-3s  %7.1f M instructions per vCPU CPU second (median)  vCPU: %s"
              % (mode, med(figs[mode]), status.get(mode, "?")))
    clo, chi = print_ratios("on/off", ratios)
    print("  sandbox costs %+.1f %% of guest speed (95 %% interval %+.1f to %+.1f %%)"
          % (100 * (1 - med(ratios)), 100 * (1 - chi), 100 * (1 - clo)))
    if CONTROL:
        ratios, _ = cpu_pairs("off", "off", PAIRS)
        print_ratios("control, off/off", ratios)


def main():
    if os.geteuid() != 0:
        print("(not root: the sandbox is seccomp and Landlock only; no namespaces)")
    tmp = tempfile.mkdtemp(prefix="rvisor-bench-sandbox-")
    off = os.path.join(tmp, "poweroff.bin")
    # lui t0,0x100; lui t1,5; addi t1,t1,0x555; sw t1,0(t0); j .  (syscon poweroff)
    with open(off, "wb") as f:
        f.write(struct.pack("<5I", 0x001002B7, 0x00005337, 0x55530313, 0x0062A023, 0x6F))
    try:
        if "start" in PARTS:
            bench_start(off)
        if "cpu" in PARTS:
            bench_cpu()
    finally:
        os.unlink(off)
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
