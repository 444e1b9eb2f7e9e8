"""OpenSBI (fw_jump.bin) in M-mode with 2 vCPUs under an interrupt-heavy
load: IPIs (a pipe between processes pinned to different CPUs, fork/exit on
both), console output through the UART (PLIC line, routed to one hart's S
context) and virtio-blk reads (another PLIC line), for ~20 s. OpenSBI
delivers each IPI with `csrs mip, SSIP` from its M-mode handler; an IPI that
lands while the PLIC asserts SEIP must not latch SEIP into the software bit
(issue 17: the hart then took external interrupts forever, RCU stalls and a
hard lockup followed). The shell must keep answering, every vCPU must keep
taking interrupts, and the kernel must report no stall or lockup."""
import os
import re
import tempfile
from guestlib import Guest, require_guest, check, pump, SKIP

kernel, initrd = require_guest()
fw = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin"
if not os.path.exists(fw):
    print("opensbi not installed: skipping")
    raise SystemExit(SKIP)

STALL = re.compile(rb"self-detected stall|detected stalls|hard LOCKUP|soft lockup|"
                   rb"watchdog: BUG|rcu_preempt kthread starved|rcu_sched kthread starved")
SECONDS = 20

tmpdir = tempfile.TemporaryDirectory(prefix="rvisor-opensbi-smp-")  # removed at exit
disk = os.path.join(tmpdir.name, "disk.raw")
with open(disk, "wb") as f:
    f.truncate(16 << 20)

# A hung guest (CI saw one once, a shell that no longer answered after the
# load) ends at rvisor's own timeout, which --debug makes print where each
# hart was; the waits below are longer, so that it comes first.
VM_TIMEOUT = 240
g = Guest(["--firmware", fw, "--kernel", kernel, "--initrd", initrd, "--cpus", "2",
           "--memory", "256M", "--disk", disk, "--debug"], timeout=VM_TIMEOUT)
g.expect("OpenSBI", 30)
g.expect("GUEST-READY", 120)
g.expect("# ", 30)
check(g.run("grep -c ^processor /proc/cpuinfo") == "2", "2 harts expected", g)
before = g.run("cat /proc/interrupts")

# Every job stops by itself after SECONDS (busybox timeout; in the pipe, yes
# stops and the readers see EOF).
T = "timeout %d " % SECONDS
jobs = [
    # cross-CPU wakeups: a byte-at-a-time pipe from CPU 0 to CPU 1 and back
    T + "taskset -c 0 yes ping | taskset -c 1 dd bs=1 2>/dev/null"
    " | taskset -c 0 dd bs=1 of=/dev/null 2>/dev/null",
    # fork/exit and short sleeps on both CPUs
    T + "taskset -c 0 sh -c 'while :; do /bin/true; usleep 300; done'",
    T + "taskset -c 1 sh -c 'while :; do /bin/true; usleep 300; done'",
    # console output through the UART from both CPUs (THRE interrupts)
    T + "taskset -c 1 sh -c 'i=0; while :; do i=$((i+1)); echo LOAD1 $i; usleep 3000; done'",
    T + "taskset -c 0 sh -c 'i=0; while :; do i=$((i+1)); echo LOAD0 $i; usleep 5000; done'",
    # virtio-blk reads, uncached (the page cache is dropped each round)
    T + "sh -c 'while :; do echo 3 > /proc/sys/vm/drop_caches;"
    " dd if=/dev/vda of=/dev/null bs=64k 2>/dev/null; done'",
]
start = len(g.log)
for j in jobs:
    g.send(j + " &\n")
pump(g, SECONDS + 5)
alive = g.run("echo still-here", timeout=VM_TIMEOUT)
check(alive.endswith("still-here"), "shell unresponsive after the load: %r" % alive, g)
g.run("wait", timeout=60)
load = g.log[start:]
n1 = len(re.findall(rb"LOAD1 \d+", load))
n0 = len(re.findall(rb"LOAD0 \d+", load))
print("console lines during the load: CPU0 %d, CPU1 %d" % (n0, n1))
check(n0 > 20 and n1 > 20, "the console load did not run (CPU0 %d, CPU1 %d lines)" % (n0, n1), g)
m = STALL.search(g.log)
check(m is None, "the kernel reported %r" % (m.group(0) if m else b""), g)

after = g.run("cat /proc/interrupts")


def per_cpu(table, pattern):
    """Sum of the per-CPU counts of the /proc/interrupts lines matching pattern."""
    tot = [0, 0]
    for line in table.split("\n"):
        if re.search(pattern, line):
            f = line.split()
            for k in range(2):
                if len(f) > k + 1 and f[k + 1].isdigit():
                    tot[k] += int(f[k + 1])
    return tot


for what, pat in (("IPIs", r"IPI|Rescheduling"), ("PLIC interrupts", r"PLIC|SiFive")):
    b, a = per_cpu(before, pat), per_cpu(after, pat)
    print("%s during the load: CPU0 %d, CPU1 %d" % (what, a[0] - b[0], a[1] - b[1]))
ipi_b, ipi_a = per_cpu(before, r"IPI|Rescheduling"), per_cpu(after, r"IPI|Rescheduling")
check(ipi_a[0] > ipi_b[0] + 100 and ipi_a[1] > ipi_b[1] + 100,
      "too few IPIs for the test to mean anything: %r -> %r" % (ipi_b, ipi_a), g)
plic_b, plic_a = per_cpu(before, r"PLIC|SiFive"), per_cpu(after, r"PLIC|SiFive")
check(sum(plic_a) > sum(plic_b) + 100, "too few PLIC interrupts: %r -> %r" % (plic_b, plic_a), g)
check(g.run("echo still-here", timeout=60).endswith("still-here"), "shell unresponsive", g)
g.send("poweroff -f\n")
check(g.wait_exit(60) == 0, "exit status after poweroff", g)
print("OpenSBI, 2 vCPUs, interrupt load: no stall, shell answering")
