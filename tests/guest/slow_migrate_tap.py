"""A TCP connection to a guest service through a TAP NIC survives live
migration (docs/migration.md, "TAP NICs"; issue 14 point 8). In a network
namespace the test creates: a persistent multi_queue tap (10.231.9.1/24),
the source VM on it (--net tap,ifname=...; the sandbox as the runner has
it: on by default as root), the guest at 10.231.9.2 serving a line counter
on port 7000 (busybox nc -l -e: each line comes back as "N line"). A
client in the namespace opens ONE TCP connection and, over it:

1. exchanges a line with the source;
2. a hand-played destination in the test (unix socket) takes the whole
   stream, says REDY and then refuses at GO with ABRT: the source has let
   its tap queue go by then, so it must take it back as it resumes; the
   next line over the same connection is answered, the counter at 2;
3. the same with a destination that closes after GO without a word: the
   source stays paused (the destination may run), is resumed by hand
   (PATCH /vm), takes its tap back then, and answers 3;
4. the VM migrates to a real destination (`rvisor run --incoming unix:`)
   in the same namespace, which reopens the same tap by name while the
   source still holds it; the source exits 0, the destination runs, and
   three more lines over the same connection come back numbered 4, 5, 6:
   the same guest process answers, at the destination.

Skipped (77) without /dev/net/tun, curl, or the right to create network
namespaces. The namespace (and the tap in it) and every process are removed
on every exit path."""
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
import guestlib
from guestlib import Guest, require_guest, check, wait_socket, api, last_line, migrate, SKIP

kernel, initrd = require_guest()
if not os.path.exists("/dev/net/tun"):
    print("no /dev/net/tun: skipping")
    sys.exit(SKIP)
if subprocess.run(["sh", "-c", "command -v curl"], capture_output=True).returncode != 0:
    print("curl missing: skipping")
    sys.exit(SKIP)
ns = "rvmtap%d" % os.getpid()
tap = "rvmt%d" % (os.getpid() % 1000000)
HOST, GUEST, PORT = "10.231.9.1", "10.231.9.2", 7000
if subprocess.run(["ip", "netns", "add", ns], capture_output=True).returncode != 0:
    print("cannot create a network namespace (needs root / CAP_SYS_ADMIN): skipping")
    sys.exit(SKIP)
# A runner's timeout (SIGTERM) still runs the finally below.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))

tmp = tempfile.mkdtemp(prefix="rvisor-migrate-tap-")
guests = []
client = None


def in_ns(*cmd):
    return subprocess.run(["ip", "netns", "exec", ns] + list(cmd), capture_output=True,
                          text=True, timeout=30)


def start(args):
    g = Guest(args, timeout=600, prefix=["ip", "netns", "exec", ns])
    guests.append(g)
    return g


# The client: one TCP connection from the namespace; each line it reads on
# stdin goes over the connection, and the answer line comes back on stdout.
CLIENT = r"""
import socket, sys, time
deadline = time.time() + 60
while True:
    try:
        s = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=5)
        break
    except OSError as e:
        if time.time() > deadline:
            print("CONNECT-FAILED %s" % e, flush=True)
            sys.exit(1)
        time.sleep(0.5)
s.settimeout(120)
f = s.makefile("rb")
print("CONNECTED %s" % (s.getsockname(),), flush=True)
for line in sys.stdin:
    s.sendall(line.encode())
    try:
        answer = f.readline().decode(errors="replace").strip()
    except OSError as e:
        answer = "ERROR %s" % e
    print(answer or "EOF", flush=True)
"""


def exchange(text, why):
    """Send text over the client's connection and return the answer line."""
    client.stdin.write(text + "\n")
    client.stdin.flush()
    answer = client.stdout.readline().strip()
    check(answer, "%s: the client ended (%s)" % (why, client.poll()))
    return answer


# --- a destination played by hand: takes everything, refuses at GO ---
def frame(kind, payload=b""):
    head = kind.encode() + struct.pack("<IQ", 0, len(payload))
    return head + payload + struct.pack("<I", zlib.crc32(head + payload))


def recv_exact(c, n):
    b = bytearray()
    while len(b) < n:
        k = c.recv(min(n - len(b), 1 << 20))
        if not k:
            raise EOFError("the source closed")
        b += k
    return bytes(b)


def read_frame(c):
    head = recv_exact(c, 16)
    n = struct.unpack("<Q", head[8:16])[0]
    body = recv_exact(c, n + 4)
    return head[:4].decode(), body[:n]


def refusing_destination(path, result, silent):
    """Take one migration on path and refuse at GO: with ABRT, or (silent)
    by closing the connection without RUNG."""
    srv = socket.socket(socket.AF_UNIX)
    srv.bind(path)
    srv.listen(1)
    srv.settimeout(60)
    try:
        c, _ = srv.accept()
        c.settimeout(60)
        recv_exact(c, 16)  # the preamble
        seen = [read_frame(c)[0] for _ in range(2)]  # AUTH, CONF
        kind, table = read_frame(c)
        seen.append(kind)
        c.sendall(frame("ACPT", table))  # the same disks as the source's
        while kind != "DONE":
            kind, _ = read_frame(c)
            if kind not in seen:
                seen.append(kind)
        c.sendall(frame("REDY"))
        seen.append(read_frame(c)[0])
        if not silent:
            c.sendall(frame("ABRT", b"the test's destination refuses at the switch-over"))
        result["frames"] = seen
        time.sleep(0.5)
        c.close()
    except Exception as e:  # reported by the main thread
        result["error"] = repr(e)
    finally:
        srv.close()


def wait_state(sock, states, seconds=120):
    t0 = time.time()
    while time.time() - t0 < seconds:
        code, st = api(sock, "GET", "/migrate", timeout=5)
        if code == 200 and st["state"] in states:
            return st
        time.sleep(0.2)
    return None


try:
    for cmd in (["ip", "tuntap", "add", "dev", tap, "mode", "tap", "multi_queue"],
                ["ip", "addr", "add", HOST + "/24", "dev", tap],
                ["ip", "link", "set", tap, "up"], ["ip", "link", "set", "lo", "up"]):
        r = in_ns(*cmd)
        if r.returncode != 0:
            print("cannot set up the tap device (%s: %s): skipping"
                  % (" ".join(cmd), r.stderr.strip()))
            sys.exit(SKIP)

    s0 = os.path.join(tmp, "a.sock")
    a = start(["--kernel", kernel, "--initrd", initrd, "--net", "tap,ifname=" + tap,
               "--api-socket", s0])
    a.expect("GUEST-READY", 120)
    a.expect("# ", 30)
    wait_socket(s0, a)
    a.run("ip link set eth0 up && ip addr add %s/24 dev eth0" % GUEST)
    a.run("printf '#!/bin/sh\\nn=0\\nwhile read -r l; do n=$((n+1)); echo \"$n $l\"; done\\n'"
          " > /tmp/count.sh && chmod +x /tmp/count.sh")
    a.run("(while true; do nc -l -p %d -e /tmp/count.sh; done) >/dev/null 2>&1 & sleep 0.2" % PORT)

    client = subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, "-u", "-c", CLIENT,
                               GUEST, str(PORT)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    hello = client.stdout.readline().strip()
    check(hello.startswith("CONNECTED"), "the client could not connect: %r" % hello, a)
    got = exchange("before", "before migrating")
    check(got == "1 before", "the guest service answered %r, not '1 before'" % got, a)
    print("connected (%s); the source answered %r" % (hello, got))

    # 2. Destinations that refuse at GO, after the source let its tap go:
    # one says so (ABRT: the source resumes on its own), one goes silent
    # (the source stays paused until resumed by hand, PATCH /vm).
    for n, silent in ((2, False), (3, True)):
        fake = os.path.join(tmp, "refuse%d.sock" % n)
        result = {}
        th = threading.Thread(target=refusing_destination, args=(fake, result, silent),
                              daemon=True)
        th.start()
        code, st = api(s0, "PUT", "/migrate", {"destination": "unix:" + fake})
        check(code == 202, "PUT /migrate (refused at GO): %d %s" % (code, st), a)
        st = wait_state(s0, ("failed", "cancelled", "completed"))
        th.join(30)
        check(result.get("frames", [])[-1:] == ["GO  "],
              "the hand-played destination: %s" % result, a)
        check(st is not None and st["state"] == "failed" and st.get("resumed") is not silent,
              "the source after the %s refusal at GO: %s" % ("silent" if silent else "told", st), a)
        check(a.proc.poll() is None, "the source exited after the refusal", a)
        if silent:
            code, vm = api(s0, "GET", "/vm")
            check(code == 200 and vm["state"] == "paused", "not paused: %d %s" % (code, vm), a)
            code, _ = api(s0, "PATCH", "/vm", {"state": "running"})
            check(code == 204, "resuming the source by hand: %d" % code, a)
        word = "after-%s-refusal" % ("silent" if silent else "told")
        got = exchange(word, "after the refused switch-over")
        check(got == "%d %s" % (n, word),
              "after the refusal at GO the source answered %r (its NIC lost?)" % got, a)
        print("refused at GO (%s; frames %s): the source resumed%s and answered %r"
              % ("silent" if silent else "ABRT", " ".join(result["frames"]),
                 " by hand" if silent else "", got))

    # 4. The real destination, on the same host and tap.
    s1 = os.path.join(tmp, "b.sock")
    b = start(["--incoming", "unix:" + os.path.join(tmp, "mig.sock"), "--api-socket", s1])
    b.expect("waiting for a migration on ", 20)
    addr = b.expect("\n", 5).strip()
    down, total, rounds, _ = migrate(a, s0, b, addr)
    check(b.proc.poll() is None, "the destination is not running", b)
    wait_socket(s1, b)
    for n, word in ((4, "after-migration"), (5, "again"), (6, "and-again")):
        got = exchange(word, "after the migration")
        check(got == "%d %s" % (n, word),
              "after the migration the service answered %r, not '%d %s'" % (got, n, word), b)
    check(last_line(b.run("echo there-$((6*7))")) == "there-42", "shell does not answer", b)
    code, st = api(s1, "GET", "/vm")
    check(code == 200 and st.get("state") == "running", "the destination's VM: %d %s" % (code, st), b)
    print("migrated (downtime %.1f ms, total %.1f ms, %d rounds): the same connection "
          "answered 4..6 from the destination" % (down, total, rounds))
    print("ok: a TCP connection through a TAP NIC survives live migration")
finally:
    if client:
        client.kill()
        client.wait()
    for g in guests:
        g.kill()
    subprocess.run(["ip", "netns", "del", ns], capture_output=True)
    shutil.rmtree(tmp, ignore_errors=True)
