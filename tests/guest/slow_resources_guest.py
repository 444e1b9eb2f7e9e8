"""Resource limits on the default guest (docs/resources.md; in ALONE: it
measures CPU time): a guest running a busy loop in its shell under
--cpu-max 0.5 uses at most 0.55 of a host CPU over 10 s (utime + stime of
the rvisor process, /proc/PID/stat), with --memory-limit auto and
--pids-max 64 in force too; then a guest that writes 300 MiB into its
512 MiB of RAM under a 200 MiB cap is killed by the OOM killer (a guest
filling nearly all its RAM would run out inside first), rvisor says so, and a
second VM beside it (its own groups) runs on and answers. Groups under a
parent named for this test, removed at the end."""
import glob
import os
import shutil
import time
from guestlib import Guest, require_guest, check, SKIP

PARENT = "rvisor-test-guest-%d" % os.getpid()
os.environ["RVISOR_CGROUP_PARENT"] = PARENT
probe = "/sys/fs/cgroup/cpu/rvisor-probe-%d" % os.getpid()
try:
    os.mkdir(probe)
    os.rmdir(probe)
except OSError as e:
    print("no writable v1 cpu cgroup here (%s): skipping" % e)
    raise SystemExit(SKIP)
kernel, initrd = require_guest()
guests = []


def cleanup():
    for g in guests:
        g.kill()
    time.sleep(0.5)
    for d in sorted(glob.glob("/sys/fs/cgroup/**/%s" % PARENT, recursive=True), reverse=True):
        for sub in glob.glob(d + "/vm-*"):
            os.rmdir(sub)
        os.rmdir(d)


def ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)


try:
    boot = ["--kernel", kernel, "--initrd", initrd, "--append", "console=ttyS0"]
    g = Guest(boot + ["--cpu-max", "0.5", "--memory-limit", "auto", "--pids-max", "64"],
              timeout=300)
    guests.append(g)
    g.expect("GUEST-READY", 240)
    g.expect("# ", 30)
    g.run("(while :; do :; done) & true")
    time.sleep(2)
    hz = os.sysconf("SC_CLK_TCK")
    a = ticks(g.vm_pid)
    time.sleep(10)
    used = (ticks(g.vm_pid) - a) / hz / 10
    check(used <= 0.55, "capped at 0.5 CPU, the guest's busy loop used %.3f of a host CPU" % used, g)
    print("ok: a busy guest capped at 0.5 CPU used %.3f of a host CPU over 10 s" % used)
    g.kill()

    calm = Guest(boot + ["--memory-limit", "auto"], timeout=300)
    guests.append(calm)
    hog = Guest(boot + ["--memory", "512M", "--memory-limit", "200M"], timeout=300)
    guests.append(hog)
    hog.expect("GUEST-READY", 240)
    hog.expect("# ", 30)
    hog.send("dd if=/dev/zero of=/fill bs=1M count=300\n")
    rc = hog.wait_exit(120)
    hog.log += hog.proc.stdout.read() or b""
    text = hog.log.decode(errors="replace")
    check(rc == -9, "the hog exited with %s, not SIGKILL" % rc, hog)
    check("killed by the kernel's OOM killer" in text and "memory limit of 200 MiB" in text,
          "no OOM report in the hog's output", hog)
    print("ok: the hog was OOM-killed: %s" % [l for l in text.splitlines() if "OOM" in l][-1])
    calm.expect("GUEST-READY", 240)
    calm.expect("# ", 30)
    check("riscv64" in calm.run("uname -m"), "the other VM does not answer", calm)
    print("ok: the other VM runs on")
    left = glob.glob("/sys/fs/cgroup/**/%s/vm-%d" % (PARENT, hog.proc.pid), recursive=True)
    check(not left, "the hog's groups are left: %s" % left)
    print("all slow_resources_guest checks passed")
finally:
    cleanup()
