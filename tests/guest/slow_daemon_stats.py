"""The daemon's statistics match what the guest did (docs/monitoring.md):
the default guest, managed by a daemon in a temporary state directory,
writes 8 MiB to its disk with dd at login (a /root/.profile added to its
initramfs); then `rvisor vm stats` shows the disk's write_bytes within 1 %
of 8 MiB, writes counted, instructions retired and MIPS above zero, vCPU
thread CPU time no more than the process's, guest memory as configured,
RSS and PSS; the Prometheus text shows the same disk counter; the event
stream has created, started and (after stop) stopped with its reason."""
import gzip
import json
import os
import subprocess
import tempfile
import time
from guestlib import RVISOR, require_guest, check

kernel, initrd = require_guest()
tmp = tempfile.TemporaryDirectory(prefix="rvisor-stats-")  # removed at exit
T = tmp.name
env = dict(os.environ, RVISOR_STATE_DIR=os.path.join(T, "state"),
           RVISOR_RUN_DIR=os.path.join(T, "run"))
env.pop("RVISOR_NO_AUTOSTART", None)
SOCK = os.path.join(T, "run", "rvisor.sock")
MIB = 8


def newc(name, mode, body, ino):
    """One entry of a newc cpio archive."""
    fields = (ino, mode, 0, 0, 1, 0, len(body), 0, 0, 0, 0, len(name) + 1, 0)
    out = ("070701" + "".join("%08x" % v for v in fields)).encode() + name.encode() + b"\0"
    out += b"\0" * (-len(out) % 4) + body
    return out + b"\0" * (-len(out) % 4)


# The login shell on the console runs /root/.profile: write MIB MiB of
# random data to /dev/vda and flush it, then say so.
profile = ("dd if=/dev/urandom of=/dev/vda bs=1M count=%d conv=fsync 2>/dev/null && "
           "echo DD-DONE-OK\n" % MIB).encode()
my_initrd = os.path.join(T, "initrd-stats.cpio.gz")
with open(my_initrd, "wb") as f:
    f.write(open(initrd, "rb").read())
    f.write(gzip.compress(newc("root", 0o040755, b"", 1) +
                          newc("root/.profile", 0o100644, profile, 2) +
                          newc("TRAILER!!!", 0, b"", 0)))
disk = os.path.join(T, "disk.raw")
with open(disk, "wb") as f:
    f.truncate(32 << 20)


def ours():
    out = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                if (T + "/").encode() in open("/proc/%s/cmdline" % p, "rb").read():
                    out.append(int(p))
            except OSError:
                pass
    return out


def cleanup():
    for p in ours():
        try:
            os.kill(p, 9)
        except OSError:
            pass


def fail(why):
    for f in ("state/daemon.log", "state/vms/1/console.log"):
        try:
            print("--- " + f + "\n" + open(os.path.join(T, f), errors="replace").read()[-2000:])
        except OSError:
            pass
    cleanup()
    check(False, why)


def vm(*args):
    r = subprocess.run([RVISOR, "vm", "--state-dir", env["RVISOR_STATE_DIR"], "--run-dir",
                        env["RVISOR_RUN_DIR"]] + list(args), env=env, capture_output=True,
                       text=True, timeout=120)
    if r.returncode != 0:
        fail("rvisor vm %s: status %d: %s%s" % (" ".join(args), r.returncode, r.stdout,
                                                r.stderr))
    return r.stdout


def wait_log(text, seconds):
    log = os.path.join(T, "state", "vms", "1", "console.log")
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if text in open(log, errors="replace").read():
                return
        except OSError:
            pass
        time.sleep(0.5)
    fail("no %r in the console log within %d s" % (text, seconds))


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
