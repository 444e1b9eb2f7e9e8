#!/usr/bin/env python3
"""Live migration benchmark: the default guest at its shell (idle), and the
same guest rewriting 48 MiB of tmpfs in a loop (dirtying), migrated over
loopback TCP with a 300 ms downtime limit: downtime and total time, best of
BENCH_RUNS; then QEMU (TCG) migrating the same guest the same way
(`migrate -d tcp:`, downtime-limit 300, no bandwidth cap), side by side. A
third row ("disk"): the idle guest with a 256 MiB qcow2 disk holding 64 MiB
of data, block-migrated into an empty qcow2 target (rvisor: copy_disks;
QEMU: `migrate -d -b`, its block migration, into the same kind of target).
A fourth row ("veth"): the idle guest migrated between two network
namespaces joined by a veth pair whose source end is rate-limited to 100
Mbit/s (tc netem, else tbf; guestlib.Link), both rvisor and QEMU run in the
same namespaces (skipped where namespaces cannot be made). Two more rows,
rvisor only: the idle and the dirtying guest with post-copy ("postcopy":
true: the switch-over after the first full pass, the pages left sent after
it).

How the downtime is measured, the same way for both VMMs: each VMM's own
figure is not comparable (rvisor counts from its pause to the
destination's RUNG; QEMU's `downtime` of `info migrate` is its own
bookkeeping, which leaves out part of the switch-over, e.g. the
destination's loading of the device state and its start). So the guest
runs a small static program (bench/migrate/migtick.c, appended to the
initramfs) that writes a counter line on its serial console about every
millisecond (spinning between lines, calibrated once: no sleep, no clock,
as QEMU's RISC-V destination resumed a sleeping ticker only much later,
or never); this script timestamps every line as it arrives from the
source's console, then from the destination's, and the downtime is the gap
between the last line from the source and the first later line from the
destination: what anyone outside the guest sees of the pause, with the
console path (an emulated UART on a pipe) the same for both. Why the
console rather than a ping through a NIC: both VMMs have the same UART
device and pipe, no network backend differs between them, and the veth
rows need no NIC in the guest at all. The figure includes up to one tick
of the ticker's own period and any scheduling noise of this shared host,
so the table also gives the largest gap between two lines in the second
before the migration ("noise"), and each VMM's own figure ("own"). Total
time is each VMM's own figure (rvisor: from PUT /migrate to RUNG, with
post-copy to the destination's PACK; QEMU: `total time`).

Compression rows ("-zstd"): rvisor with "compress": "zstd" (level 1) and
"streams": 2, QEMU with multifd (2 channels) and multifd-compression zstd
(level 1), on the dirtying guest, on a guest rewriting 48 MiB of letters
(real data: "letters", with and without zstd), and on the idle guest over
the veth link. The MB columns are the bytes each sent (rvisor: its exit
line; QEMU: info migrate's "transferred ram", which with multifd zstd
stays at the raw figure).

BENCH_MIGRATE_ROWS=idle,veth runs only those rows; BENCH_MIGRATE_QEMU=0
leaves QEMU out; BENCH_MIGRATE_VERBOSE=1 prints rvisor's account of each
run (where its downtime went); BENCH_MIGRATE_EACH=1 prints each run's
figures, not only the best of BENCH_RUNS."""
import os
import re
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
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
TICK_RE = re.compile(rb"^T(\d+)\r?$")


class Ticks:
    """Reads a VMM's console in a thread of its own, keeping (arrival time,
    counter) of each migtick line, as it arrives (the rest goes to the
    guest's log as guestlib would read it). Nothing else may read the
    console until close()."""

    def __init__(self, g):
        self.g, self.lines, self.partial = g, [], b""
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        fd = self.g.proc.stdout.fileno()
        while not self.done.is_set():
            r, _, _ = select.select([fd], [], [], 0.05)
            if not r:
                continue
            chunk = os.read(fd, 65536)
            t = time.monotonic()
            if not chunk:
                return
            self.g.log += chunk
            *whole, self.partial = (self.partial + chunk).split(b"\n")
            for line in whole:
                m = TICK_RE.match(line)
                if m:
                    self.lines.append((t, int(m.group(1))))

    def close(self):
        self.done.set()
        self.thread.join()

    def last_after(self, t0):
        """The time of the newest line, None before t0."""
        return self.lines[-1][0] if self.lines and self.lines[-1][0] >= t0 else None


def largest_gap(lines, t0, t1):
    """The largest gap (ms) between two lines that arrived within [t0, t1]."""
    ts = [t for t, _ in lines if t0 <= t <= t1]
    return max((b - a for a, b in zip(ts, ts[1:])), default=0.0) * 1e3


def switch_gap(src, dst):
    """The guest-visible pause (ms): from the last line the source printed
    to the first later one from the destination; None without both."""
    if not src.lines:
        return None
    t_last, n_last = src.lines[-1]
    first = next((t for t, n in dst.lines if n > n_last), None)
    return None if first is None else (first - t_last) * 1e3


TRACE_RE = re.compile(rb"rvisor-mtrace: (\w+) ([\d.]+) \S+ ([^\r\n]*)")


def trace_timeline(src, dst, logs):
    """With RVISOR_MIGRATE_TRACE=1 in the environment: both sides' trace
    lines and the bench's own console timestamps on one timeline, in ms
    from the source's last line (the same CLOCK_MONOTONIC)."""
    events = [(float(m.group(2)), "%-11s %s" % (m.group(1).decode(), m.group(3).decode()))
              for m in TRACE_RE.finditer(logs)]
    if not events or not src.lines:
        return
    t_last, n_last = src.lines[-1]
    events.append((t_last, "bench       the source's last line arrives"))
    first = next((t for t, n in dst.lines if n > n_last), None)
    if first is not None:
        events.append((first, "bench       the destination's first line arrives"))
    for t, what in sorted(events):
        print("    %+9.3f ms  %s" % ((t - t_last) * 1e3, what), flush=True)


def start_ticker(g):
    """migtick in the background (its lines on the console) and a reader
    of them; a second of lines before the migration, for the noise."""
    g.send("/migtick &\n")
    ticks = Ticks(g)
    time.sleep(1.5)
    return ticks


def failed(src, dst):
    """A run that did not end with the guest running at the destination:
    what both consoles said last (the table only says "failed")."""
    for name, g in (("source", src), ("destination", dst)):
        tail = g.log[-600:].decode(errors="replace").replace("\r", "")
        print("  (%s, last of its console: %s)" % (name, tail.strip()[-600:]), flush=True)


def wait_ticks(dst, t0, seconds=120):
    """Until the destination has printed lines for a while (the guest
    runs there), or it exited, or seconds."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and dst.g.proc.poll() is None:
        t = dst.last_after(t0)
        if t is not None and len(dst.lines) >= 200:
            return True
        time.sleep(0.05)
    return False


def stop_ticker(g):
    """The ticker killed (the shell that started it moved with the guest),
    so that what the console shows next is not interleaved with it."""
    g.send("kill $!\n")
    time.sleep(0.5)


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
    st = dt = None
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
        st, dt = start_ticker(a), Ticks(d)
        t0 = time.monotonic()
        code, _ = guestlib.api(s0, "PUT", "/migrate", req)
        if code != 202:
            return None
        moved = wait_ticks(dt, t0)
        st.close()
        dt.close()
        if not moved or a.wait_exit(300) != 0:
            failed(a, d)
            return None
        m = re.search(rb"downtime ([\d.]+) ms, total ([\d.]+) ms, (\d+) rounds", a.log)
        sent = re.search(rb"rvisor: (\d+) bytes sent", a.log)
        if os.environ.get("BENCH_MIGRATE_VERBOSE"):  # where the downtime went
            print("  " + re.search(rb"rvisor: the VM migrated[^\n]*", a.log).group(0).decode(),
                  flush=True)
            trace_timeline(st, dt, a.log + d.log)
        stop_ticker(d)
        d.run("echo moved", 60)
        r = (switch_gap(st, dt), float(m.group(1)), float(m.group(2)), int(m.group(3)),
             largest_gap(st.lines, t0 - 1.0, t0), int(sent.group(1)) / 1e6 if sent else None)
        pc = re.search(rb"post-copy: (\d+) pages sent after the switch-over \((\d+) asked", a.log)
        if pc:  # how many pages came after the switch-over, and how many were asked for
            return r + (int(pc.group(1)), int(pc.group(2)))
        return r
    finally:
        for t in (st, dt):
            if t:
                t.close()
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
    st = dt = None
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
        st, dt = start_ticker(a), Ticks(d)
        t0 = time.monotonic()
        m.cmd("migrate -d %stcp:%s:%d" % ("-b " if disk else "", host, port))
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
        moved = wait_ticks(dt, t0)
        st.close()
        dt.close()
        if not moved:
            failed(a, d)
            return None
        stop_ticker(d)
        # QEMU's console may drop what is typed at once (as in settle()).
        d.send("\n")
        d.expect("# ", 60)
        d.run("echo moved", 120)
        return (switch_gap(st, dt), float(down.group(1)) if down else float("nan"),
                float(total.group(1)) if total else float("nan"), None,
                largest_gap(st.lines, t0 - 1.0, t0),
                int(sent.group(1)) * 1024 / 1e6 if sent else None)
    finally:
        for t in (st, dt):
            if t:
                t.close()
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
        if r and r[0] is not None and os.environ.get("BENCH_MIGRATE_EACH"):
            print("  run: down %.1f own %.1f total %.1f ms" % (r[0], r[1], r[2]), flush=True)
        if r and r[0] is not None and (best is None or r[0] + r[2] < best[0] + best[2]):
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
    kernel = os.path.join(gdir, "Image")
    tools = tempfile.mkdtemp(prefix="rvisor-bench-migtick-")
    try:
        initrd = guestlib.initrd_with_tools(os.path.join(gdir, "initramfs.cpio.gz"),
                                            [os.path.join(ROOT, "bench", "migrate", "migtick.c")],
                                            tools)
        if initrd is None:
            print("== live migration: riscv64-linux-gnu-gcc missing (the ticker), skipped ==")
            return
        run_rows(kernel, initrd)
    finally:
        shutil.rmtree(tools, ignore_errors=True)


def run_rows(kernel, initrd):
    qemu = shutil.which("qemu-system-riscv64") if os.environ.get("BENCH_MIGRATE_QEMU") != "0" \
        else None
    only = os.environ.get("BENCH_MIGRATE_ROWS")
    only = set(only.split(",")) if only else None
    print("== live migration over loopback TCP, %s guest, downtime limit 300 ms (best of %d) =="
          % (MEMORY, RUNS))
    print("%-12s %9s %8s %9s %7s %6s %6s %9s %8s %9s %6s %6s"
          % ("guest", "rv_down", "rv_own", "rv_total", "rounds", "noise", "rv_MB", "qemu_down",
             "q_own", "q_total", "noise", "q_MB"))
    # (name, workload, copy a disk, a link or "postcopy", zstd)
    rows = [("idle", False, False, None, False), ("dirtying", True, False, None, False),
            ("dirty-zstd", True, False, None, True), ("letters", "letters", False, None, False),
            ("letters-zstd", "letters", False, None, True),
            ("idle-pc", False, False, "postcopy", False),
            ("dirty-pc", True, False, "postcopy", False)]
    if shutil.which("qemu-img"):
        rows.append(("disk", False, True, None, False))
    link = guestlib.Link("bm")
    why = link.create() if only is None or only & {"veth", "veth-zstd"} else "not asked for"
    if why:
        print("(veth rows skipped: %s)" % why)
    else:
        rows += [("veth", False, False, link, False), ("veth-zstd", False, False, link, True)]
    try:
        table([r for r in rows if only is None or r[0] in only], kernel, initrd, qemu)
    finally:
        link.delete()
    print("(ms; down: the guest-visible pause, from the last console line of the source to the "
          "first of the destination (a line every ms); own: each VMM's own downtime figure "
          "(rvisor: pause to RUNG; QEMU: 'downtime' of info migrate); total: each VMM's own; "
          "noise: the largest gap between two lines in the second before; disk: a 256 MiB qcow2 "
          "holding %d MiB copied with the idle guest; veth: the idle guest between two network "
          "namespaces, %s)" % (DISK_DATA_MIB, link.shaping))


def table(rows, kernel, initrd, qemu):
    for name, dirty, disk, link, zstd in rows:
        pc = link == "postcopy"
        link = None if pc else link
        extra = {"compress": "zstd", "streams": 2} if zstd else None
        rv = best_of(lambda tmp: rvisor_one(kernel, initrd, dirty, tmp, disk, link, pc, extra))
        q = best_of(lambda tmp: qemu_one(qemu, kernel, initrd, dirty, tmp, disk, link, zstd)) \
            if qemu and not pc else None
        f = lambda x: "%.1f" % x if x is not None else "n/a"  # noqa: E731
        miss = qemu_missing(qemu, pc)
        print("%-12s %9s %8s %9s %7s %6s %6s %9s %8s %9s %6s %6s"
              % ((name,) + (tuple(f(x) for x in rv[:3]) + (rv[3], f(rv[4]), f(rv[5])) if rv
                            else ("failed",) * 3 + ("-", "-", "-")) +
                 (tuple(f(x) for x in q[:3]) + (f(q[4]), f(q[5])) if q
                  else (miss,) * 3 + ("-", "-"))),
              flush=True)


def qemu_missing(qemu, postcopy):
    """What the QEMU columns say without a figure: "-" for the post-copy
    rows (QEMU's post-copy is not run), "n/a" without QEMU, "failed" when
    its run failed."""
    return "-" if postcopy else ("failed" if qemu else "n/a")


if __name__ == "__main__":
    main()
