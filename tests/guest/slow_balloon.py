"""virtio-balloon with Linux: the guest fills 150 MiB of tmpfs and frees it
(rvisor's RSS grows), PUT /balloon 160 MiB makes the guest give pages back
until actual reaches the target and rvisor's RSS drops by a large part of
it (the pages are really freed on the host); GET /balloon carries the
guest's memory statistics (total memory shrank by the balloon); deflating
to 0 gives the memory back and the guest can fill it again. Then the same
on a VM restored from a snapshot, whose RAM is the memory file mapped
MAP_PRIVATE (pages are freed with MADV_DONTNEED there)."""
import os
import shutil
import tempfile
import time
from guestlib import Guest, require_guest, check, SKIP, api, wait_socket, last_line

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)

MIB = 1 << 20
kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-balloon-")
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
g = Guest(["--kernel", kernel, "--initrd", initrd, "--memory", "256M", "--balloon=stats=1",
           "--api-socket", sock], timeout=240)


def rss_mib():
    with open("/proc/%d/status" % g.vm_pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    g.fail("no VmRSS for rvisor")


def wait_actual(mib, seconds=90):
    end = time.time() + seconds
    while time.time() < end:
        code, b = api(sock, "GET", "/balloon")
        check(code == 200, "GET /balloon: %d %s" % (code, b), g)
        if b["actual_mib"] == mib:
            return b
        time.sleep(0.5)
    g.fail("balloon actual stayed at %s MiB, target %d" % (b["actual_mib"], mib))


def fill(mib=150):
    out = g.run("dd if=/dev/zero of=/tmp/fill bs=1M count=%d 2>&1 && sync && echo FILL-OK; "
                "rm -f /tmp/fill" % mib, 120)
    return "FILL-OK" in out


try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    wait_socket(sock, g)
    # tmpfs defaults to half of RAM: room for the 150 MiB file.
    g.run("mount -o remount,size=220M /tmp")
    code, b = api(sock, "GET", "/balloon")
    check(code == 200 and b["target_mib"] == 0 and b["actual_mib"] == 0,
          "initial balloon: %s" % b, g)
    total0 = b["stats"].get("total_memory", 0)
    check(total0 > 200 * MIB, "no total_memory statistic at boot: %s" % b, g)

    check(fill(), "the first 150 MiB fill failed", g)
    rss_full = rss_mib()

    code, _ = api(sock, "PUT", "/balloon", {"amount_mib": 160})
    check(code == 204, "PUT /balloon 160: %d" % code, g)
    b = wait_actual(160)
    time.sleep(1)
    rss_in = rss_mib()
    drop = rss_full - rss_in
    print("RSS after the fill %.1f MiB, with a 160 MiB balloon %.1f MiB: %.1f MiB freed"
          % (rss_full, rss_in, drop))
    check(drop >= 100, "RSS dropped by only %.1f MiB for a 160 MiB balloon" % drop, g)
    check(b["inflated_pages"] >= 160 * 256, "inflated pages %d" % b["inflated_pages"], g)
    # Statistics: a fresh report shows the memory the guest has lost.
    code, b = api(sock, "GET", "/balloon")
    total = b["stats"].get("total_memory", 0)
    check(0 < total <= total0 - 150 * MIB, "total_memory %d with the balloon (boot %d)"
          % (total, total0), g)
    check("free_memory" in b["stats"] and b["stats_updates"] >= 2, "stats: %s" % b, g)
    memtotal = int(last_line(g.run("awk '/MemTotal/ {print $2}' /proc/meminfo")))
    check(memtotal * 1024 <= total0 - 150 * MIB, "guest MemTotal %d kB" % memtotal, g)
    print("guest total memory %.1f -> %.1f MiB" % (total0 / MIB, total / MIB))

    # Deflate: the guest gets its memory back and can use it again.
    code, _ = api(sock, "PUT", "/balloon", {"amount_mib": 0})
    check(code == 204, "PUT /balloon 0: %d" % code, g)
    b = wait_actual(0)
    check(b["deflated_pages"] >= 160 * 256, "deflated pages %d" % b["deflated_pages"], g)
    check(fill(), "the 150 MiB fill failed after deflating", g)
    print("RSS after deflating and filling again: %.1f MiB" % rss_mib())

    # Refusals.
    code, b = api(sock, "PUT", "/balloon", {"amount_mib": 257})
    check(code == 400, "a target larger than RAM: %d %s" % (code, b), g)
    code, b = api(sock, "PUT", "/balloon", {"amount_mib": "many"})
    check(code == 400, "a string target: %d %s" % (code, b), g)

    code, _ = api(sock, "PATCH", "/vm", {"state": "paused"})
    check(code == 204, "pause: %d" % code, g)
    code, res = api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})
    check(code == 200, "snapshot: %d %s" % (code, res), g)
    g.kill()  # and its VM process, which holds the VM's files until it ends

    # Restored: RAM is the memory file mapped MAP_PRIVATE.
    sock = os.path.join(tmp, "api2.sock")
    g = Guest(["--restore", snap, "--mem-file", mem, "--api-socket", sock], timeout=240)
    wait_socket(sock, g)
    check(last_line(g.run("echo restored-$((6*7))")) == "restored-42", "restored shell", g)
    # Which free pages the guest puts in the balloon is its choice: touch
    # nearly all of them first, so that most of the 160 MiB were written
    # since the restore (private copies, the only ones MADV_DONTNEED frees).
    check(fill(210), "the 210 MiB fill failed after restore", g)
    rss_full = rss_mib()
    code, _ = api(sock, "PUT", "/balloon", {"amount_mib": 160})
    check(code == 204, "PUT /balloon 160 after restore: %d" % code, g)
    wait_actual(160)
    time.sleep(1)
    rss_in = rss_mib()
    drop = rss_full - rss_in
    print("restored VM: RSS after a 210 MiB fill %.1f MiB, with a 160 MiB balloon %.1f MiB: "
          "%.1f MiB freed" % (rss_full, rss_in, drop))
    check(drop >= 100, "restored VM: RSS dropped by only %.1f MiB" % drop, g)
    code, _ = api(sock, "PUT", "/balloon", {"amount_mib": 0})
    wait_actual(0)
    check(fill(), "the 150 MiB fill failed after deflating the restored VM", g)

    g.send("poweroff -f\n")
    check(g.wait_exit(60) == 0, "exit status after poweroff", g)
    print("balloon: inflate frees host memory (fresh and restored VM), stats, deflate ok")
finally:
    g.kill()
    shutil.rmtree(tmp, ignore_errors=True)
