"""Diff snapshots through the API: a full snapshot starts the dirty log; after
the guest writes files and keeps a counter running, two diff snapshots hold
only the pages written since the previous snapshot (far less than the full
memory file); after kill -9, `rvisor run --restore LAST --mem-file BASE
--mem-diff D1 --mem-diff D2` continues the counter where it was and the
files read back with their checksums."""
import os
import shutil
import tempfile
import time
from guestlib import (Guest, require_guest, check, SKIP, api, wait_socket, pump, pump_until_quiet,
                      last_line, counters)

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)


kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-diff-")
sock = os.path.join(tmp, "api.sock")
base_snap, base_mem = os.path.join(tmp, "base.snap"), os.path.join(tmp, "base.mem")
d = [(os.path.join(tmp, "d%d.snap" % k), os.path.join(tmp, "d%d.mem" % k)) for k in (1, 2)]
MEM = 128 << 20


def allocated(path):
    return os.stat(path).st_blocks * 512


def snapshot(g, snap, mem, kind):
    code, res = api(sock, "PUT", "/snapshot/create",
                    {"snapshot_path": snap, "mem_file_path": mem, "snapshot_type": kind})
    check(code == 200, "%s snapshot: %d %s" % (kind, code, res), g)
    return res


def write_file(g, name, kib):
    """A file of random bytes in the guest's RAM-backed root; its md5."""
    out = g.run("head -c %d /dev/urandom > /root/%s; md5sum /root/%s" % (kib * 1024, name, name))
    return last_line(out).split()[0]


g = Guest(["--kernel", kernel, "--initrd", initrd, "--cpus", "2", "--api-socket", sock],
          timeout=240)
try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    wait_socket(sock, g)
    # No previous snapshot: refused.
    code, res = api(sock, "PUT", "/snapshot/create",
                    {"snapshot_path": d[0][0], "mem_file_path": d[0][1], "snapshot_type": "diff"})
    check(code == 400 and "previous snapshot" in res["fault_message"],
          "diff without a base: %d %s" % (code, res), g)
    g.send("i=0; while true; do echo CNT $i; i=$((i+1)); sleep 0.2; done &\n")
    g.expect("CNT 3\r\n", 30)

    # Full snapshot (starts the dirty log), resume.
    api(sock, "PATCH", "/vm", {"state": "paused"})
    full = snapshot(g, base_snap, base_mem, "full")
    api(sock, "PATCH", "/vm", {"state": "running"})
    pump(g, 0.5)

    # Change memory, then diff 1.
    md5a = write_file(g, "fa", 512)
    g.expect("CNT", 10)
    pump(g, 1.0)
    api(sock, "PATCH", "/vm", {"state": "paused"})
    t0 = time.time()
    r1 = snapshot(g, d[0][0], d[0][1], "diff")
    print("diff 1: %.3f s, %d pages, %.1f MiB written (full: %.1f MiB written)"
          % (time.time() - t0, r1["dirty_pages"], r1["mem_bytes"] / 2**20, full["mem_bytes"] / 2**20))
    check(r1["dirty_pages"] >= 128, "a 512 KiB file dirtied only %d pages" % r1["dirty_pages"], g)
    check(os.path.getsize(d[0][1]) == MEM + MEM // 4096 // 8 + 48,
          "diff memory file size %d" % os.path.getsize(d[0][1]), g)
    check(allocated(d[0][1]) * 3 < allocated(base_mem),
          "diff allocates %d bytes, the full file %d" % (allocated(d[0][1]), allocated(base_mem)), g)
    api(sock, "PATCH", "/vm", {"state": "running"})

    # More changes (one file rewritten), then diff 2: the chain's last.
    md5b = write_file(g, "fb", 256)
    md5a = write_file(g, "fa", 64)
    pump(g, 1.0)
    api(sock, "PATCH", "/vm", {"state": "paused"})
    pump_until_quiet(g)  # a CNT line printed before the pause may still be in transit
    last = counters(g, 0)[-1]
    r2 = snapshot(g, d[1][0], d[1][1], "diff")
    print("diff 2: %d pages, %.1f MiB written; allocated: full %.1f MiB, diff1 %.1f MiB, diff2 %.1f MiB"
          % (r2["dirty_pages"], r2["mem_bytes"] / 2**20, allocated(base_mem) / 2**20,
             allocated(d[0][1]) / 2**20, allocated(d[1][1]) / 2**20))
    check(allocated(d[1][1]) * 3 < allocated(base_mem), "diff 2 is not small", g)
    g.kill()  # and its VM process, which holds the VM's files until it ends
finally:
    g.kill()

# Restore base + diff 1 + diff 2 in a new process.
sock2 = os.path.join(tmp, "api2.sock")
r = Guest(["--restore", d[1][0], "--mem-file", base_mem, "--mem-diff", d[0][1],
           "--mem-diff", d[1][1], "--api-socket", sock2], timeout=120)
try:
    r.expect("CNT %d\r\n" % (last + 1), 20)
    r.expect("CNT %d\r\n" % (last + 2), 10)
    seen = counters(r, 0)
    check(min(seen) == last + 1, "counter restarted or skipped: %s" % seen[:5], r)
    r.send("kill %1\n")
    pump(r, 0.5)
    got = last_line(r.run("md5sum /root/fa /root/fb | cut -d' ' -f1 | tr '\\n' ' '")).split()
    check(got == [md5a, md5b], "files after restore: %s, expected %s" % (got, [md5a, md5b]), r)
    check(last_line(r.run("echo restored-$((6*7))")) == "restored-42", "shell does not answer", r)
    r.send("poweroff -f\n")
    rc = r.wait_exit(60)
    check(rc == 0, "exit status %d after poweroff" % rc, r)
finally:
    r.kill()
    shutil.rmtree(tmp, ignore_errors=True)
print("diff snapshots: base + 2 diffs restored ok")
