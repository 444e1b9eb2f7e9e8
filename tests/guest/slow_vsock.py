"""virtio-vsock seen from Linux, with the Firecracker-style host side:
host -> guest: `CONNECT 5000` on the unix socket reaches `rvsock echo 5000`
in the guest, "OK <port>" comes back, a line and 384 KiB of random bytes
(far more than the 256 KiB credit each side gives) come back intact, and a
half-close ends the echo; CONNECT to a port nobody listens on, and malformed
CONNECT lines, close the unix connection without "OK". guest -> host: the
guest's connections to CID 2 port 6000 reach the unix socket PATH_6000 (a
line each way, then 200 KiB echoed back), and a port with no unix listener
is refused."""
import hashlib
import os
import random
import socket
import tempfile
import threading
from guestlib import Guest, require_guest, check, last_line

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-vsock-")
path = os.path.join(tmp, "v.sock")
rng = random.Random(4321)


def host_connect(port, timeout=30):
    """Connect to rvisor's socket and send CONNECT; returns (socket, first line)."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.connect(path)
    s.sendall(b"CONNECT %d\n" % port)
    line = b""
    while not line.endswith(b"\n"):
        b = s.recv(1)
        if not b:
            break
        line += b
    return s, line


def recv_exact(s, n):
    data = bytearray()
    while len(data) < n:
        chunk = s.recv(min(65536, n - len(data)))
        if not chunk:
            break
        data += chunk
    return bytes(data)


def recv_all(s):
    data = bytearray()
    while True:
        chunk = s.recv(65536)
        if not chunk:
            return bytes(data)
        data += chunk


g = Guest(["--kernel", kernel, "--initrd", initrd, "--vsock", "cid=3,socket=" + path],
          timeout=300)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
check(os.path.exists(path), "no unix socket at " + path, g)

# --- host -> guest ---
g.run("rvsock echo 5000 >/dev/null 2>&1 & :")
for attempt in range(50):  # until the echo server listens
    s, line = host_connect(5000)
    if line:
        break
    s.close()
    g.run("sleep 0.2")
check(line.startswith(b"OK ") and line.endswith(b"\n"), "CONNECT 5000 answered %r" % line, g)
port = int(line[3:])
check(port >= 1 << 30, "host port %d is not in the local range" % port, g)
s.sendall(b"hello vsock\n")
check(recv_exact(s, 12) == b"hello vsock\n", "echo of a line", g)

big = rng.randbytes(384 << 10)
writer = threading.Thread(target=lambda: (s.sendall(big), s.shutdown(socket.SHUT_WR)))
writer.start()
back = recv_all(s)  # the guest closes after echoing everything (EOF)
writer.join()
s.close()
check(len(back) == len(big), "echoed %d of %d bytes" % (len(back), len(big)), g)
check(back == big, "echoed bytes differ", g)
print("host -> guest: OK %d, line and %d KiB echoed" % (port, len(big) >> 10))

# Two at once: each gets its own port and its own bytes.
a, la = host_connect(5000)
b, lb = host_connect(5000)
check(la.startswith(b"OK ") and lb.startswith(b"OK ") and la != lb, "two CONNECTs: %r %r"
      % (la, lb), g)
a.sendall(b"to-a\n")
b.sendall(b"to-b\n")
# rvsock echo serves one connection at a time: b waits in its backlog
# (its bytes buffered) until a is closed.
check(recv_exact(a, 5) == b"to-a\n", "echo on the first of two connections", g)
a.close()
check(recv_exact(b, 5) == b"to-b\n", "echo on the second of two connections", g)
b.close()

# A port nobody listens on: the guest refuses (RST), the connection closes.
s, line = host_connect(5001)
check(line == b"", "CONNECT to a closed port answered %r" % line, g)
s.close()

# Malformed CONNECT lines: closed without an answer.
for bad in (b"CONNECT abc\n", b"HELLO 5000\n", b"CONNECT 5000 x\n", b"CONNECT\n",
            b"connect 5000\n", b"CONNECT 4294967296\n", b"CONNECT " + b"5" * 40 + b"\n"):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(30)
    s.connect(path)
    s.sendall(bad)
    try:
        got = recv_all(s)
    except ConnectionResetError:  # closed with bytes left unread: also a refusal
        got = b""
    s.close()
    check(got == b"", "malformed %r answered %r" % (bad, got), g)
s, line = host_connect(5000)  # still serving
check(line.startswith(b"OK "), "CONNECT after malformed lines answered %r" % line, g)
s.close()
print("refused: closed port, %d malformed lines" % 7)

# --- guest -> host ---
lst = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
lst.bind(path + "_6000")
lst.listen(4)
lst.settimeout(60)
result = {}


def serve_line():
    c, _ = lst.accept()
    c.settimeout(60)
    result["got"] = recv_all(c)  # the guest shuts its side after stdin's EOF
    c.sendall(b"world\n")
    c.close()


t = threading.Thread(target=serve_line)
t.start()
# The answer goes to a file: rvisor's log lines share the console.
out = g.run("echo hello | rvsock connect 2 6000 >/tmp/w; echo rc=$?", timeout=60)
t.join()
check(result.get("got") == b"hello\n", "host received %r" % result.get("got"), g)
check(last_line(out) == "rc=0", "rvsock connect: %r" % out, g)
out = g.run("grep -qx world /tmp/w && echo SAME")
check(last_line(out) == "SAME", "guest did not receive the answer: %r" % out, g)


def serve_echo():
    c, _ = lst.accept()
    c.settimeout(60)
    data = recv_all(c)
    result["n"] = len(data)
    c.sendall(data)
    c.close()


g.run("dd if=/dev/urandom of=/tmp/f bs=1024 count=200 2>/dev/null")
want = last_line(g.run("md5sum /tmp/f")).split()[0]
t = threading.Thread(target=serve_echo)
t.start()
out = g.run("rvsock connect 2 6000 </tmp/f >/tmp/back; echo rc=$?", timeout=90)
t.join()
check(result.get("n") == 200 << 10, "host received %s bytes" % result.get("n"), g)
check(last_line(out) == "rc=0", "rvsock connect: %r" % out, g)
got = last_line(g.run("md5sum /tmp/back")).split()[0]
check(got == want, "file echoed through the host differs: %s vs %s" % (got, want), g)
lst.close()

# No unix listener for port 6001: the guest's connect is refused.
out = g.run("rvsock connect 2 6001 </dev/null; echo rc=$?", timeout=60)
check(last_line(out) == "rc=1", "connect to an unserved host port: %r" % out, g)
print("guest -> host: line both ways, 200 KiB echoed, unserved port refused")

g.send("poweroff -f\n")
rc = g.wait_exit(60)
check(rc == 0, "exit status %d after poweroff" % rc, g)
check(not os.path.exists(path), "rvisor left its socket behind")
os.unlink(path + "_6000")
os.rmdir(tmp)
print("vsock ok")
