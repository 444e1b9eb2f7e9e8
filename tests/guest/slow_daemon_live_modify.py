"""Online modify of a running managed guest (docs/daemon.md "Online
modify"), in a temporary state directory. The guest (the default kernel and
initramfs with a /init of this test's) spins one CPU-bound loop in the
background and prints its MemTotal once a second ("MEM kB"), after "BOOT
mem=kB".
  - `vm modify --cpu-max 0.1` writes the quota into the running VM's cgroup
    and the VM's measured CPU use follows (loosely: the host is shared);
  - `vm modify --balloon-target 64M`: the guest's MemTotal shrinks by about
    64 MiB; `--unset balloon_mib` gives it back;
  - `vm modify --mem 320M` is pending (`vm show`), the guest keeps its RAM;
    after a restart it has the new size."""
import json
import os
import re
import shutil
import sys
import time
from guestlib import require_guest, check, SKIP
from daemonlib import DaemonLab, initrd_plus

kernel, initrd = require_guest()
if not shutil.which("curl"):
    print("curl missing: skipping")
    sys.exit(SKIP)
PARENT = "rvisor-test-glive-%d" % os.getpid()
lab = DaemonLab("rvisor-dlive-", extra_env={"RVISOR_CGROUP_PARENT": PARENT})
T, LOG = lab.dir, lab.console_log()
cleanup, fail, cli = lab.cleanup, lab.fail, lab.cli


def remove_cgroups():
    time.sleep(0.3)
    for root, dirs, _ in os.walk("/sys/fs/cgroup", topdown=False):
        if os.path.basename(root) == PARENT:
            for d in dirs:
                try:
                    os.rmdir(os.path.join(root, d))
                except OSError:
                    pass
            try:
                os.rmdir(root)
            except OSError:
                pass


lab.cleanups.append(remove_cgroups)

INIT = b"""#!/bin/sh
export PATH=/sbin:/bin:/usr/sbin:/usr/bin
mount -t proc proc /proc
echo "BOOT mem=$(awk '/MemTotal/ {print $2}' /proc/meminfo)"
while :; do :; done &
while true; do
	echo "MEM $(awk '/MemTotal/ {print $2}' /proc/meminfo)"
	sleep 1
done
"""
my_initrd = initrd_plus(initrd, [("init", 0o100755, INIT)], os.path.join(T, "initrd.cpio.gz"))


def log():
    try:
        return open(LOG, errors="replace").read()
    except OSError:
        return ""


def wait_for(what, cond, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        v = cond(log())
        if v:
            return v
        time.sleep(0.5)
    fail("%s: not within %d s; log ends: %r" % (what, seconds, log()[-500:]))


def boot_mem(text):
    m = re.findall(r"BOOT mem=(\d+)", text)
    return int(m[0]) if m else None


def mem_lines(text):
    return [int(x) for x in re.findall(r"MEM (\d+)", text)]


def cpu_use(pid, seconds):
    def ticks():
        with open("/proc/%d/stat" % pid) as f:
            v = f.read().rsplit(")", 1)[1].split()
        return int(v[11]) + int(v[12])
    a = ticks()
    time.sleep(seconds)
    return (ticks() - a) / os.sysconf("SC_CLK_TCK") / seconds


def quota_file(pid):
    for root, _, files in os.walk("/sys/fs/cgroup"):
        if root.endswith("/%s/vm-%d" % (PARENT, pid)):
            for f in ("cpu.cfs_quota_us", "cpu.max"):
                if f in files:
                    return os.path.join(root, f)
    return None


try:
    cli("vm", "create", "g", "--kernel", kernel, "--initrd", my_initrd, "--mem", "256M",
        "--append", "console=ttyS0 quiet", "--device", "balloon")
    cli("vm", "start", "g")
    mem0 = wait_for("boot", boot_mem)
    wait_for("a MEM line", lambda t: len(mem_lines(t)) >= 1)
    pid = json.loads(cli("vm", "show", "g", "-o", "json"))["pids"]["vm"]
    free = cpu_use(pid, 3)
    print("uncapped, the CPU-bound guest used %.2f of a CPU" % free)

    cli("vm", "modify", "g", "--cpu-max", "0.1")
    q = quota_file(pid)
    check(q is not None, "no cpu group for the VM %d" % pid)
    text = open(q).read().split()[0]
    check(text == "10000", "cpu_max 0.1 gave %s in %s" % (text, q))
    time.sleep(0.5)
    capped = cpu_use(pid, 5)
    print("capped at 0.1 live, it used %.2f of a CPU (%s)" % (capped, q))
    check(capped <= 0.15, "capped at 0.1, the guest used %.2f of a CPU" % capped)
    cli("vm", "modify", "g", "--unset", "cpu_max")

    cli("vm", "modify", "g", "--balloon-target", "64M")
    low = wait_for("MemTotal down by the balloon",
                   lambda t: next((m for m in mem_lines(t)[1:] if m <= mem0 - 60 * 1024), None))
    print("ok: with a 64 MiB balloon the guest's MemTotal went from %d to %d kB" % (mem0, low))
    cli("vm", "modify", "g", "--unset", "balloon_mib")
    n = len(mem_lines(log()))
    back = wait_for("MemTotal back", lambda t: next(
        (m for m in mem_lines(t)[n:] if m >= mem0 - 4 * 1024), None))
    print("ok: balloon deflated, MemTotal %d kB" % back)

    cli("vm", "modify", "g", "--mem", "320M")
    v = json.loads(cli("vm", "show", "g", "-o", "json"))
    check(v["pending"] == ["memory_mib"], "pending: %r" % v["pending"])
    n = len(mem_lines(log()))
    wait_for("two more MEM lines", lambda t: len(mem_lines(t)) >= n + 2)
    check(max(mem_lines(log())[n:]) <= mem0 + 1024, "the guest's RAM grew while pending")
    cli("vm", "stop", "g", "--timeout", "5")
    cli("vm", "start", "g")
    mem1 = wait_for("boot", boot_mem)
    check(mem1 >= mem0 + 56 * 1024, "after the restart MemTotal %d kB (was %d)" % (mem1, mem0))
    v = json.loads(cli("vm", "show", "g", "-o", "json"))
    check(v["pending"] == [], "still pending: %r" % v["pending"])
    print("ok: memory 320M was pending, then the next start has it: MemTotal %d -> %d kB"
          % (mem0, mem1))
    cli("vm", "delete", "--force", "g")
    lab.stop_daemon()
    print("PASS")
finally:
    cleanup()
