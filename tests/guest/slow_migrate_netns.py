"""Live migration between two network namespaces (docs/migration.md, issue
14 point 8): the test creates two namespaces joined by a veth pair on a
private /30, rate-limits the source's end to 100 Mbit/s (tc netem, or tbf
where netem is not built), starts the destination in one namespace
(listening on its veth address, with a token: a non-loopback listener
needs one) and the source in the other; a guest printing a counter
migrates across the link and the counter continues at the destination.
Everything the test creates (namespaces, veth, processes, files) is
deleted at exit. Skips, saying why, where namespaces cannot be created.
Then the guest migrates back across the link over 4 streams (RAM over 4
more TCP connections) to a destination in the first namespace, and the
counter continues again. Prints downtime and total time."""
import os
import re
import shutil
import subprocess
import tempfile
import time
from guestlib import Guest, Link, require_guest, check, SKIP, api, wait_socket, pump, last_line, counters


if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)

kernel, initrd = require_guest()
link = Link("mig")
why = link.create()
if why:
    print("network namespaces not usable here (%s): skipping" % why)
    raise SystemExit(SKIP)
tmp = tempfile.mkdtemp(prefix="rvisor-migrate-netns-")
guests = []


def start(ns, args):
    g = Guest(args, timeout=600, prefix=["ip", "netns", "exec", ns])
    guests.append(g)
    return g


def migrate(src, src_sock, dst, addr, extra):
    """PUT /migrate from src to addr (with the token), wait for src to exit
    0, check that the counter goes on at dst; (downtime, total, bytes the
    source's veth end sent)."""
    tx0 = link.src_tx_bytes()
    t0 = time.time()
    body = {"destination": addr, "token_file": tok}
    body.update(extra)
    code, st = api(src_sock, "PUT", "/migrate", body)
    check(code == 202, "PUT /migrate: %d %s" % (code, st), src)
    while src.proc.poll() is None and time.time() - t0 < 300:
        code, st = api(src_sock, "GET", "/migrate", timeout=5)
        if code == 200 and st["state"] in ("failed", "cancelled"):
            pump(dst, 1)
            print("--- destination ---\n%s" % dst.log[-2000:].decode(errors="replace"))
            src.fail("migration failed: %s" % st)
        time.sleep(0.1)
    rc = src.wait_exit(10)
    check(rc == 0, "the source exited with %s" % rc, src)
    m = re.search(rb"the VM migrated to \S+ \(downtime ([\d.]+) ms, total ([\d.]+) ms", src.log)
    check(m is not None, "the source did not say it migrated", src)
    last = counters(src, 0)[-1]
    dst.expect("CNT %d\r\n" % (last + 1), 30)
    dst.expect("CNT %d\r\n" % (last + 3), 15)
    return float(m.group(1)), float(m.group(2)), abs(link.src_tx_bytes() - tx0)


try:
    print("link: %s (%s) <-> %s (%s), %s" % (link.src_ns, link.src_addr, link.dst_ns,
                                             link.dst_addr, link.shaping))
    tok = os.path.join(tmp, "mig.token")
    fd = os.open(tok, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, b"netns-test-token-%d\n" % os.getpid())
    os.close(fd)

    s0 = os.path.join(tmp, "a.sock")
    # --sandbox off: as root the sandbox puts a VM without a NIC into an
    # empty network namespace of its own, from which main's source cannot
    # reach the veth (branch sandbox-ns brings the API thread back to the
    # namespace it started in; this option can go once it is merged).
    a = start(link.src_ns, ["--kernel", kernel, "--initrd", initrd, "--api-socket", s0,
                            "--sandbox", "off"])
    a.expect("GUEST-READY", 180)
    a.expect("# ", 30)
    wait_socket(s0, a)
    check(last_line(a.run("echo ready-$((6*7))")) == "ready-42", "shell does not answer", a)
    a.send("i=0; while true; do echo CNT $i; i=$((i+1)); sleep 0.2; done &\n")
    a.expect("CNT 5\r\n", 30)

    s1 = os.path.join(tmp, "b.sock")
    b = start(link.dst_ns, ["--incoming", "tcp:%s:0,token-file=%s" % (link.dst_addr, tok),
                            "--api-socket", s1])
    b.expect("waiting for a migration on ", 10)
    addr = b.expect("\n", 5).strip()
    check(addr.startswith("tcp:%s:" % link.dst_addr), "listening on %r" % addr, b)

    # The destination's address is reachable only through the veth link: the
    # source's namespace has no other route to it.
    down, total, tx = migrate(a, s0, b, addr, {})
    print("the counter continued at CNT %d across the veth link (%s)" % (counters(a, 0)[-1] + 1,
                                                                         link.shaping))
    check(tx > 1 << 20, "the stream did not go through the veth link (%d bytes)" % tx)

    # Back across the link over 4 streams (RAM over 4 more TCP connections),
    # to a destination in the source's namespace. B came with --incoming,
    # which keeps the network namespace it started in.
    s2 = os.path.join(tmp, "c.sock")
    c = start(link.src_ns, ["--incoming", "tcp:%s:0,token-file=%s" % (link.src_addr, tok),
                            "--api-socket", s2])
    c.expect("waiting for a migration on ", 10)
    addr2 = c.expect("\n", 5).strip()
    down2, total2, _ = migrate(b, s1, c, addr2, {"streams": 4})
    print("RESULT netns veth (%s): downtime %.1f ms, total %.1f ms, %d bytes through the "
          "source's veth; back over 4 streams: downtime %.1f ms, total %.1f ms"
          % (link.shaping, down, total, tx, down2, total2))
    b = c
    wait_socket(s2, b)
    check(last_line(b.run("echo there-$((6*7))")) == "there-42", "shell does not answer at C", b)
    b.send("poweroff\n")
    check(b.wait_exit(60) == 0, "poweroff at C", b)
finally:
    for g in guests:
        g.kill()
    link.delete()
    shutil.rmtree(tmp, ignore_errors=True)
print("PASS")
