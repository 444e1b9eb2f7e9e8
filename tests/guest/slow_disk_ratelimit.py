"""Disk rate limits seen from Linux: a disk limited to bps=4M and iops=200
reads and writes at 4 MiB/s (64 KiB direct I/O) and reads 200 requests/s
(4 KiB direct reads), each within 10 %, over seconds of transfer, while an
unlimited disk next to it is much faster; PATCH /disks/0 on the running VM
changes the measured rates (bandwidth to 8 MiB/s, ops to 100/s).

The guest's own dd times each transfer (guest time follows the host's
monotonic clock). Each measurement first spends the bucket's burst (one
second's worth, refilled while the shell was idle) in the same command
line, so what is timed is the steady rate."""
import os
import re
import shutil
import tempfile
from guestlib import Guest, require_guest, check, SKIP, api, wait_socket

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)

MiB = 1 << 20
kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-ratelimit-")
sock = os.path.join(tmp, "api.sock")
limited, free = os.path.join(tmp, "limited.img"), os.path.join(tmp, "free.img")
for p in (limited, free):
    with open(p, "wb") as f:
        f.truncate(64 * MiB)

g = Guest(["--kernel", kernel, "--initrd", initrd, "--api-socket", sock,
           "--disk", limited + ",format=raw,bps=4M,iops=200",
           "--disk", free + ",format=raw"], timeout=300)


def rate(dev, bs, drain, count, what, write=False):
    """Read (or write zeroes) `drain` then `count` blocks of bs bytes with
    O_DIRECT in one command line; the second dd's bytes/s and requests/s
    (its own timing)."""
    io = ("if=/dev/zero of=/dev/%s oflag=direct" if write
          else "if=/dev/%s of=/dev/null iflag=direct") % dev
    out = g.run("dd %s bs=%d count=%d 2>/dev/null; dd %s bs=%d count=%d %s=%d 2>&1"
                % (io, bs, drain, io, bs, count, "seek" if write else "skip", drain),
                timeout=120)
    m = re.search(r"(\d+) bytes \([^)]*\) copied, ([0-9.]+) seconds", out)
    check(m is not None, "%s: no dd result in %r" % (what, out), g)
    n, secs = int(m.group(1)), float(m.group(2))
    check(n == bs * count, "%s: dd copied %d bytes, expected %d" % (what, n, bs * count), g)
    r = n / secs
    print("%s: %d bytes in %.3f s = %.2f MiB/s, %.1f requests/s"
          % (what, n, secs, r / MiB, count / secs))
    return r, count / secs


def within(got, want, what):
    check(abs(got - want) <= 0.10 * want,
          "%s: measured %.1f, limit %.1f (more than 10 %% off)" % (what, got, want), g)


try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    wait_socket(sock, g)
    code, d = api(sock, "GET", "/disks/0")
    check(code == 200 and d["rate_limiter"]["bandwidth"]["rate"] == 4 * MiB
          and d["rate_limiter"]["ops"]["rate"] == 200, "GET /disks/0: %s" % d, g)

    # Bandwidth: 6 s of 64 KiB reads at 4 MiB/s (the burst is 4 MiB).
    bps, _ = rate("vda", 65536, 96, 384, "vda bps=4M")
    within(bps, 4 * MiB, "bandwidth at bps=4M")
    # Writes cost their bytes too.
    wbps, _ = rate("vda", 65536, 96, 256, "vda write bps=4M", write=True)
    within(wbps, 4 * MiB, "write bandwidth at bps=4M")
    # The unlimited disk beside it is not held back.
    fast, _ = rate("vdb", 65536, 16, 256, "vdb unlimited")
    check(fast > 2 * 4 * MiB, "the unlimited disk reads at only %.2f MiB/s" % (fast / MiB), g)

    # Ops: 6 s of 4 KiB reads at 200 requests/s (the burst is 200).
    _, iops = rate("vda", 4096, 300, 1200, "vda iops=200")
    within(iops, 200, "requests/s at iops=200")

    # Runtime change through the API: bandwidth doubled (Firecracker's
    # shape: 8 MiB per 1000 ms), ops halved; the VM keeps running.
    code, _ = api(sock, "PATCH", "/disks/0",
                  {"rate_limiter": {"bandwidth": {"size": 8 * MiB, "refill_time_ms": 1000}}})
    check(code == 204, "PATCH bandwidth: %d" % code, g)
    bps2, _ = rate("vda", 65536, 192, 768, "vda after PATCH 8 MiB/s")
    within(bps2, 8 * MiB, "bandwidth after PATCH to 8 MiB/s")
    code, _ = api(sock, "PATCH", "/disks/0", {"rate_limiter": {"ops": {"rate": 100}}})
    check(code == 204, "PATCH ops: %d" % code, g)
    _, iops2 = rate("vda", 4096, 150, 600, "vda after PATCH 100 ops/s")
    within(iops2, 100, "requests/s after PATCH to 100")

    code, d = api(sock, "GET", "/disks/0")
    check(code == 200 and d["requests_throttled"] > 0, "GET /disks/0 after: %s" % d, g)
    g.send("poweroff -f\n")
    g.wait_exit(60)
finally:
    g.kill()
    shutil.rmtree(tmp, ignore_errors=True)
print("disk rate limits hold")
