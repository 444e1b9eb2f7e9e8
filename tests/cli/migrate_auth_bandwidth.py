"""Live migration's pre-shared token and bandwidth cap (docs/migration.md):
- a destination listening with ,token-file=F refuses, before it reads any
  configuration, a source that sent no token or another one (exit 2, the
  source told why and running on), and accepts the right one;
- a TCP listener without a token is refused unless it is bound to
  loopback; a token file readable by others is refused;
- max_bandwidth: a block migration of an 8 MiB disk of random bytes under
  a 4 MiB/s cap takes about 2 s (loose bounds: the machine is loaded), and
  the status reports the cap.
The sources run under --sandbox on without a NIC: their migration reaches a
TCP destination from the API thread, in the host's network namespace."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import migratelib  # noqa: E402
from migratelib import R, api  # noqa: E402

lab = migratelib.Lab("rvisor-migauth-")
T = lab.dir
fail, check, err_of, wait_for = lab.fail, lab.check, lab.err_of, lab.wait_for
runs_on, migration_end, destination = lab.runs_on, lab.migration_end, lab.destination


def source(name, disks=()):
    # Sandboxed: without a NIC the VM process has a network namespace of
    # its own, but its API thread (which connects to the destination) is
    # in the host's, so the TCP destinations below are reachable.
    return lab.source(name, disks=disks, extra=["--sandbox", "on"])


def token(name, text, mode=0o600):
    path = os.path.join(T, name)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    os.write(fd, text)
    os.close(fd)
    os.chmod(path, mode)
    return path


good = token("good.tok", b"s3cret-token-of-the-destination\n")
bad = token("bad.tok", b"another-token\n")
loose = token("loose.tok", b"s3cret\n", 0o644)

# Listener refusals: an open port without a token; a token others can read.
r = subprocess.run([R, "run", "--incoming", "tcp:0.0.0.0:0"], capture_output=True, text=True,
                   timeout=20)
check(r.returncode == 2 and "not a loopback address" in r.stderr and "token-file" in r.stderr,
      "an unauthenticated listener on 0.0.0.0 is refused: " + r.stderr.strip())
r = subprocess.run([R, "run", "--incoming", "tcp:127.0.0.1:0,token-file=" + loose],
                   capture_output=True, text=True, timeout=20)
check(r.returncode == 2 and "chmod 600" in r.stderr,
      "a token file readable by others is refused: " + r.stderr.strip())
d, addr = destination("any", "tcp:0.0.0.0:0,token-file=" + good)
check(addr.startswith("tcp:0.0.0.0:"), "with a token a listener may take any address: " + addr)
d.kill()
d.wait()

src, ssock = source("src")
# No token, then the wrong one: refused before the configuration is read.
for name, body, words in (("none", {}, "sent none"), ("wrong", {"token_file": bad}, "is not this")):
    d, addr = destination("dst-" + name, "tcp:127.0.0.1:0,token-file=" + good)
    req = {"destination": addr}
    req.update(body)
    code, st = api(ssock, "PUT", "/migrate", req)
    check(code == 202, "PUT /migrate (%s token): %d %s" % (name, code, st))
    st = migration_end(ssock)
    check(st["state"] == "failed" and st["resumed"] and "authentication failed" in st["error"]
          and words in st["error"], "%s token: refused: %s" % (name, st["error"]))
    check(d.wait(20) == 2 and "authentication failed" in err_of("dst-" + name),
          "%s token: the destination exits 2 and says why" % name)
    runs_on(ssock, name + " token")
code, st = api(ssock, "PUT", "/migrate", {"destination": "tcp:127.0.0.1:1",
                                           "token_file": os.path.join(T, "missing.tok")})
check(code in (400, 404) and "missing.tok" in st["fault_message"],
      "a missing token file is refused at once: %d %s" % (code, st))
code, st = api(ssock, "PUT", "/migrate", {"destination": "tcp:127.0.0.1:1", "max_bandwidth": 10})
check(code == 400 and "max_bandwidth" in st["fault_message"], "max_bandwidth 10 refused: %d" % code)
# The right token: the migration completes.
d, addr = destination("dst-ok", "tcp:127.0.0.1:0,token-file=" + good,
                      ["--api-socket", os.path.join(T, "ok.sock")])
code, st = api(ssock, "PUT", "/migrate", {"destination": addr, "token_file": good})
check(code == 202 and st["authenticated"], "PUT /migrate with the token")
try:
    rc = src.wait(30)
except subprocess.TimeoutExpired:
    fail("the source did not exit after an authenticated migration")
check(rc == 0, "the right token: the source migrates and exits 0")
wait_for(lambda: os.path.exists(os.path.join(T, "ok.sock")), "the destination's API")
check(d.poll() is None, "the destination runs")
d.kill()
d.wait()

# The bandwidth cap: 8 MiB of random disk bytes at 4 MiB/s.
disk = os.path.join(T, "d.raw")
open(disk, "wb").write(os.urandom(8 << 20))
target = os.path.join(T, "t.raw")
open(target, "wb").write(b"\0" * (8 << 20))
src, ssock = source("srcbw", [disk + ",format=raw"])
d, addr = destination("dstbw", "unix:" + os.path.join(T, "bw.in"), ["--disk", target + ",format=raw"])
cap = 4 << 20
t0 = time.time()
code, st = api(ssock, "PUT", "/migrate", {"destination": addr, "copy_disks": True,
                                           "max_bandwidth": cap})
check(code == 202 and st["max_bandwidth"] == cap, "PUT /migrate with max_bandwidth")
peak = 0
while src.poll() is None and time.time() - t0 < 60:
    try:
        code, st = api(ssock, "GET", "/migrate")
    except (OSError, IndexError, ValueError):
        break  # the source has just exited (refused, or closed mid-answer)
    if code == 200:
        peak = max(peak, st["bandwidth_bps"])
    time.sleep(0.1)
check(src.wait(60) == 0, "the capped migration completes")
took = time.time() - t0
check(open(target, "rb").read() == open(disk, "rb").read(), "the copy is right")
expect = (8 << 20) / cap
print("capped at %d B/s: %.2f s for 8 MiB (%.2f s at the cap), peak measured %.0f B/s"
      % (cap, took, expect, peak))
check(took >= 0.8 * expect, "the cap holds: %.2f s >= %.2f s" % (took, 0.8 * expect))
check(peak <= 1.25 * cap, "the measured bandwidth stays near the cap: %.0f" % peak)
d.kill()
d.wait()
print("PASS")
