"""The daemon's statistics match what the guest did (docs/monitoring.md):
the default guest, managed by a daemon in a temporary state directory,
writes 8 MiB to its disk with dd at login (a /root/.profile added to its
initramfs); then `rvisor vm stats` shows the disk's write_bytes within 1 %
of 8 MiB, writes counted, instructions retired and MIPS above zero, vCPU
thread CPU time no more than the process's, guest memory as configured,
RSS and PSS; the Prometheus text shows the same disk counter; the event
stream has created, started and (after stop) stopped with its reason."""
import json
import os
import subprocess
import time
from guestlib import require_guest, check
from daemonlib import DaemonLab, initrd_plus

kernel, initrd = require_guest()
lab = DaemonLab("rvisor-stats-")
T, SOCK = lab.dir, lab.sock
cleanup, wait_log = lab.cleanup, lab.wait_log
MIB = 8

# The login shell on the console runs /root/.profile: write MIB MiB of
# random data to /dev/vda and flush it, then say so.
profile = ("dd if=/dev/urandom of=/dev/vda bs=1M count=%d conv=fsync 2>/dev/null && "
           "echo DD-DONE-OK\n" % MIB).encode()
my_initrd = initrd_plus(initrd, [("root", 0o040755, b""), ("root/.profile", 0o100644, profile)],
                        os.path.join(T, "initrd-stats.cpio.gz"))
disk = os.path.join(T, "disk.raw")
with open(disk, "wb") as f:
    f.truncate(32 << 20)


def vm(*args):
    # the directories given as options too (they agree with the environment's)
    return lab.vm("--state-dir", lab.state, "--run-dir", lab.run, *args)


def curl(path):
    return subprocess.run(["curl", "-s", "--max-time", "30", "--unix-socket", SOCK,
                           "http://localhost" + path], capture_output=True, text=True).stdout


try:
    vm("create", "g", "--kernel", kernel, "--initrd", my_initrd, "--mem", "256M", "--cpus", "2",
       "--disk", disk + ",format=raw")
    vm("start", "g")
    wait_log("GUEST-READY", 180)
    wait_log("DD-DONE-OK", 180)
    s = json.loads(vm("stats", "g", "-o", "json"))
    d = s["disks"][0]
    want = MIB << 20
    print("disk 0: write_bytes %d (want %d), writes %d, reads %d" %
          (d["write_bytes"], want, d["writes"], d["reads"]))
    check(abs(d["write_bytes"] - want) <= want // 100,
          "disk write_bytes %d not within 1%% of %d: %r" % (d["write_bytes"], want, d))
    check(d["writes"] >= 1 and d["errors"] == 0, "disk writes/errors: %r" % d)
    check(s["state"] == "running" and s["instructions_retired"] > 0, "stats: %r" % s)
    check(s["memory"]["guest_bytes"] == 256 << 20, "guest memory: %r" % s["memory"])
    check(s["memory"]["rss_bytes"] > 0 and s["memory"]["pss_bytes"] > 0,
          "rss/pss: %r" % s["memory"])
    vc = s["cpu"]["vcpus"]
    check(len(vc) == 2 and all(v["instructions_retired"] > 0 for v in vc),
          "per-vCPU instructions: %r" % vc)
    check(sum(v["cpu_seconds"] for v in vc) <= s["cpu"]["process_seconds"] + 0.05,
          "vCPU threads used more CPU than their process: %r" % s["cpu"])
    check(sum(v["instructions_retired"] for v in vc) <= s["instructions_retired"],
          "per-vCPU instructions exceed the total: %r" % s)
    time.sleep(2.5)  # two collections: rates (an idle guest may retire nothing)
    s = json.loads(vm("stats", "g", "-o", "json"))
    check(s.get("mips", -1) >= 0 and s["cpu"].get("percent", -1) >= 0,
          "no rates: %r; the collector's cache: %s" % (s, curl("/stats")))
    print("ok: %.1f MIPS, %.1f %% CPU, rss %d MiB" %
          (s["mips"], s["cpu"]["percent"], s["memory"]["rss_bytes"] >> 20))
    m = curl("/metrics")
    line = [l for l in m.splitlines()
            if l.startswith('rvisor_vm_disk_write_bytes_total{vm="g",disk="0"} ')]
    check(line and abs(int(line[0].split()[1]) - want) <= want // 100,
          "metrics disk counter: %r" % line)
    vm("stop", "g", "--timeout", "30")
    ev = [json.loads(l) for l in curl("/events").splitlines() if l.strip()]
    kinds = [e["type"] for e in ev]
    check(kinds == ["created", "started", "stopped"], "events: %r" % ev)
    check(ev[2]["exit"]["requested"] == "stop", "stop reason: %r" % ev[2])
    print("ok: events %s" % kinds)
    vm("delete", "g")
finally:
    cleanup()
print("PASS")
