#!/usr/bin/env python3
"""Live migration benchmark: the default guest at its shell (idle), and the
same guest rewriting 48 MiB of tmpfs in a loop (dirtying), migrated over
loopback TCP with a 300 ms downtime limit: downtime (guest-visible pause,
as each reports it: from the source's stop to the destination's start) and
total time, best of BENCH_RUNS; then QEMU (TCG) migrating the same guest
the same way (`migrate -d tcp:`, downtime-limit 300, no bandwidth cap),
side by side. A third row ("disk"): the idle guest with a 256 MiB qcow2 disk
holding 64 MiB of data, block-migrated into an empty qcow2 target
(rvisor: copy_disks; QEMU: `migrate -d -b`, its block migration, into the
same kind of target). A fourth row ("veth"): the idle guest migrated
between two network namespaces joined by a veth pair whose source end is
rate-limited to 100 Mbit/s (tc netem, else tbf; guestlib.Link), both
rvisor and QEMU run in the same namespaces (skipped where namespaces
cannot be made). Two more rows, rvisor only: the idle and the dirtying
guest with post-copy ("postcopy": true: the switch-over after the first
full pass, the pages left sent after it; downtime is still pause to
RUNG, total to the destination's PACK). Compression rows ("-zstd"):
rvisor with "compress": "zstd" (level 1) and "streams": 2, QEMU with
multifd (2 channels) and multifd-compression zstd (level 1), on the
dirtying guest, on a guest rewriting 48 MiB of letters (real data:
"letters", with and without zstd), and on the idle guest over the veth
link. The MB columns are the bytes each sent (rvisor: its exit line;
QEMU: info migrate's "transferred ram"). BENCH_MIGRATE_ROWS=a,b runs
only those rows."""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "guest"))
import guestlib  # noqa: E402

sys.path.insert(0, os.path.join(ROOT, "bench"))
from guest_cpu import Qemu  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "3"))


class Monitor:
    """QEMU's human monitor on a unix socket (as in bench/snapshot.py, whose
    import would run that benchmark)."""

    def __init__(self, path, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.s = socket.socket(socket.AF_UNIX)
                self.s.connect(path)
                break
            except OSError:
                self.s.close()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.s.settimeout(300)
        self.read()

    def read(self):
        buf = b""
        while not buf.endswith(b"(qemu) "):
            c = self.s.recv(65536)
            if not c:
                break
            buf += c
        return buf.decode(errors="replace")

    def cmd(self, line):
        self.s.sendall(line.encode() + b"\n")
        return self.read()

    def close(self):
        self.s.close()
MEMORY = os.environ.get("BENCH_MIGRATE_MEMORY", "512M")
DIRTY = ("mount -t tmpfs -o size=64m none /mnt; "
         "while true; do dd if=/dev/zero of=/mnt/f bs=1M count=48 2>/dev/null; done &")
# Real (non-zero) data that compresses: 48 MiB of text rewritten in a loop.
LETTERS = ("mount -t tmpfs -o size=64m none /mnt; "
           "while true; do yes 'migration bench: letters and numbers 0123456789' | "
           "head -c 50331648 > /mnt/f; done &")


def settle(g, dirty):
    g.expect("GUEST-READY", 180)
    g.expect("# ", 60)
    time.sleep(0.5)  # QEMU's console may drop what is typed at once
    g.send("\n")
    g.expect("# ", 30)
    g.run("echo warm", 60)
    if dirty:
        g.send((LETTERS if dirty == "letters" else DIRTY) + "\n")
        time.sleep(3)


DISK_DATA_MIB = 64


def disk_pair(tmp):
    """A source qcow2 of 256 MiB with DISK_DATA_MIB MiB of random data, and
    an empty target of the same size."""
    src, dst = os.path.join(tmp, "src.qcow2"), os.path.join(tmp, "dst.qcow2")
    raw = os.path.join(tmp, "data.raw")
    with open(raw, "wb") as f:
        f.write(os.urandom(DISK_DATA_MIB << 20))
        f.truncate(256 << 20)
    subprocess.run(["qemu-img", "convert", "-q", "-f", "raw", "-O", "qcow2", raw, src], check=True)
    os.remove(raw)
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", dst, "256M"], check=True)
    return src, dst


def token_file(tmp):
    """A token (mode 0600): a listener on a veth address needs one."""
    path = os.path.join(tmp, "mig.token")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, b"bench-token\n")
    os.close(fd)
    return path


def rvisor_one(kernel, initrd, dirty, tmp, disk=False, link=None, postcopy=False, extra=None):
    s0 = os.path.join(tmp, "a.sock")
    src, dst = disk_pair(tmp) if disk else (None, None)
    # In the namespaces: the source unsandboxed (as root main's sandbox
    # gives a VM without a NIC an empty network namespace).
    a = guestlib.Guest(["--kernel", kernel, "--initrd", initrd, "--memory", MEMORY,
                        "--api-socket", s0] + (["--disk", src + ",format=qcow2"] if disk else []) +
                       (["--sandbox", "off"] if link else []),
                       timeout=600, prefix=["ip", "netns", "exec", link.src_ns] if link else ())
    tok = token_file(tmp) if link else None
    listen = ("tcp:%s:0,token-file=%s" % (link.dst_addr, tok)) if link else "tcp:127.0.0.1:0"
    d = guestlib.Guest(["--incoming", listen] +
                       (["--disk", dst + ",format=qcow2"] if disk else []), timeout=600,
                       prefix=["ip", "netns", "exec", link.dst_ns] if link else ())
    try:
        settle(a, dirty)
        d.expect("waiting for a migration on ", 10)
        addr = d.expect("\n", 5).strip()
        req = {"destination": addr, "downtime_ms": 300, "copy_disks": disk}
        if tok:
            req["token_file"] = tok
        if postcopy:
            req["postcopy"] = True
        req.update(extra or {})
        code, _ = guestlib.api(s0, "PUT", "/migrate", req)
        if code != 202:
            return None
        if a.wait_exit(300) != 0:
            return None
        m = re.search(rb"downtime ([\d.]+) ms, total ([\d.]+) ms, (\d+) rounds", a.log)
        sent = re.search(rb"rvisor: (\d+) bytes sent", a.log)
        mb = int(sent.group(1)) / 1e6 if sent else None
        d.run("echo moved", 60)
        pc = re.search(rb"post-copy: (\d+) pages sent after the switch-over \((\d+) asked", a.log)
        # how many pages came after the switch-over, and how many were asked for
        return (float(m.group(1)), float(m.group(2)), int(m.group(3)), mb,
                int(pc.group(1)) if pc else None, int(pc.group(2)) if pc else None)
    finally:
        a.kill()
        d.kill()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def qemu_one(qemu, kernel, initrd, dirty, tmp, disk=False, link=None, zstd=False):
    base = [qemu, "-M", "virt", "-m", MEMORY, "-nographic", "-bios", "default", "-kernel",
            kernel, "-initrd", initrd, "-append", "console=ttyS0"]
    src, dst = disk_pair(tmp) if disk else (None, None)

    def drive(path):
        return (["-drive", "file=%s,format=qcow2,if=none,id=d0" % path, "-device",
                 "virtio-blk-device,drive=d0"] if disk else [])
    mon = os.path.join(tmp, "mon.sock")
    port = free_port()
    host = link.dst_addr if link else "127.0.0.1"
    dmon = os.path.join(tmp, "mon-d.sock")
    # multifd with zstd: both sides set it before the incoming side listens.
    zcmds = ["migrate_set_capability multifd on", "migrate_set_parameter multifd-channels 2",
             "migrate_set_parameter multifd-compression zstd",
             "migrate_set_parameter multifd-zstd-level 1"] if zstd else []
    a = Qemu((["ip", "netns", "exec", link.src_ns] if link else []) + base + drive(src) +
             ["-monitor", "unix:%s,server,nowait" % mon])
    d = Qemu((["ip", "netns", "exec", link.dst_ns] if link else []) + base + drive(dst) +
             (["-incoming", "defer", "-monitor", "unix:%s,server,nowait" % dmon] if zstd else
              ["-incoming", "tcp:%s:%d" % (host, port)]))
    try:
        if zstd:
            dm = Monitor(dmon)
            for c in zcmds:
                dm.cmd(c)
            dm.cmd("migrate_incoming tcp:%s:%d" % (host, port))
            dm.close()
        settle(a, dirty)
        m = Monitor(mon)
        for c in zcmds:
            m.cmd(c)
        m.cmd("migrate_set_parameter max-bandwidth 100G")
        m.cmd("migrate_set_parameter downtime-limit 300")
        m.cmd("migrate -d %stcp:%s:%d" % ("-b " if disk else "", host, port))
        t0 = time.monotonic()
        while True:
            info = m.cmd("info migrate")
            if "Migration status: completed" in info:
                break
            if "failed" in info or time.monotonic() - t0 > 300:
                return None
            time.sleep(0.02)
        down = re.search(r"downtime: (\d+) ms", info)
        total = re.search(r"total time: (\d+) ms", info)
        sent = re.search(r"transferred ram: (\d+) kbytes", info)
        m.close()
        # QEMU's console may drop what is typed at once (as in settle()).
        time.sleep(0.5)
        d.send("\n")
        d.expect("# ", 60)
        d.run("echo moved", 120)
        return (float(down.group(1)) if down else float("nan"),
                float(total.group(1)) if total else float("nan"), None,
                int(sent.group(1)) * 1024 / 1e6 if sent else None)
    finally:
        a.kill()
        d.kill()


def best_of(fn):
    best = None
    for _ in range(RUNS):
        tmp = tempfile.mkdtemp(prefix="rvisor-bench-mig-")
        try:
            r = fn(tmp)
        except (SystemExit, OSError):
            r = None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if r and (best is None or r[0] + r[1] < best[0] + best[1]):
            best = r
    return best


def main():
    if not shutil.which("curl"):
        print("== live migration: curl missing, skipped ==")
        return
    gdir = guestlib.guest_dir()
    if gdir is None:
        print("== live migration: default guest not built, skipped ==")
        return
    kernel, initrd = os.path.join(gdir, "Image"), os.path.join(gdir, "initramfs.cpio.gz")
    qemu = shutil.which("qemu-system-riscv64")
    print("== live migration over loopback TCP, %s guest, downtime limit 300 ms (best of %d) =="
          % (MEMORY, RUNS))
    print("%-12s %12s %12s %8s %8s %12s %12s %8s" % (
        "guest", "rvisor_down", "rvisor_total", "rounds", "rv_MB", "qemu_down", "qemu_total",
        "qemu_MB"))
    # (name, workload, copy a disk, a link or "postcopy", zstd)
    rows = [("idle", False, False, None, False), ("dirtying", True, False, None, False),
            ("dirty-zstd", True, False, None, True), ("letters", "letters", False, None, False),
            ("letters-zstd", "letters", False, None, True),
            ("idle-pc", False, False, "postcopy", False),
            ("dirty-pc", True, False, "postcopy", False)]
    if shutil.which("qemu-img"):
        rows.append(("disk", False, True, None, False))
    only = [r for r in os.environ.get("BENCH_MIGRATE_ROWS", "").split(",") if r]
    link = guestlib.Link("bm")
    why = link.create() if not only or any(r.startswith("veth") for r in only) else "not asked"
    if why:
        print("(veth rows skipped: %s)" % why)
    else:
        rows += [("veth", False, False, link, False), ("veth-zstd", False, False, link, True)]
    if only:
        rows = [r for r in rows if r[0] in only]
    try:
        table(rows, kernel, initrd, qemu)
    finally:
        link.delete()
    print("(ms; rvisor: pause to the destination's RUNG, start to RUNG; QEMU: its own "
          "'downtime' and 'total time' of info migrate; disk: a 256 MiB qcow2 holding %d MiB "
          "copied with the idle guest; veth: the idle guest between two network namespaces, %s)"
          % (DISK_DATA_MIB, link.shaping))


def table(rows, kernel, initrd, qemu):
    for name, dirty, disk, link, zstd in rows:
        pc = link == "postcopy"
        link = None if pc else link
        extra = {"compress": "zstd", "streams": 2} if zstd else None
        rv = best_of(lambda tmp: rvisor_one(kernel, initrd, dirty, tmp, disk, link, pc, extra))
        q = best_of(lambda tmp: qemu_one(qemu, kernel, initrd, dirty, tmp, disk, link, zstd)) \
            if qemu and not pc else None
        f = lambda x: "%.1f" % x if x is not None else "n/a"  # noqa: E731
        print("%-12s %12s %12s %8s %8s %12s %12s %8s"
              % (name, f(rv[0]) if rv else "failed", f(rv[1]) if rv else "failed",
                 rv[2] if rv else "-", f(rv[3]) if rv else "-",
                 f(q[0]) if q else qemu_missing(qemu, pc),
                 f(q[1]) if q else qemu_missing(qemu, pc), f(q[3]) if q else "-"), flush=True)


def qemu_missing(qemu, postcopy):
    """What the QEMU columns say without a figure: "-" for the post-copy
    rows (QEMU's post-copy is not run), "n/a" without QEMU, "failed" when
    its run failed."""
    return "-" if postcopy else ("failed" if qemu else "n/a")


if __name__ == "__main__":
    main()
