"""Live migration over several streams (docs/migration.md, "Several
streams"), with bare-metal firmware guests and a hand-played destination:
- PUT /migrate refuses streams outside 1..8 (400);
- a guest dirtying 8 MiB in a loop migrates with "streams": 4 to a real
  destination, which accepts the main connection and 4 RAM ones: the
  source exits 0, the destination runs, GET /migrate said streams 4;
- a fake destination that accepts the 5 connections (each with its
  preamble, AUTH and STRM: the same count and nonce, indices 0..4) and
  then closes the RAM stream that carried the first pages mid-way: the
  source sees it, says which stream, and resumes (its guest runs on);
- a fake destination that reads everything, then resets a RAM stream
  instead of saying it is ready: the source sees it at once and resumes."""
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
R = os.environ.get("RVISOR", os.path.join(ROOT, "build", "rvisor"))
T = tempfile.mkdtemp(prefix="rvisor-migfail-")
procs = []


def fail(msg):
    print("FAIL: " + msg)
    for p in procs:
        if p.poll() is None:
            p.kill()
    for f in sorted(os.listdir(T)):
        if f.endswith(".err"):
            print("--- %s\n%s" % (f, open(os.path.join(T, f)).read()[-1500:]))
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)
    print("ok: " + msg.split(":")[0] if ":" in msg else "ok: " + msg)


# --- firmware ---
def rtype(f7, rs2, rs1, f3, rd, op):
    return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op


def itype(imm, rs1, f3, rd, op):
    return (imm & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op


def stype(imm, rs2, rs1, f3, op):
    return ((imm >> 5) & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (imm & 0x1f) << 7 | op


def btype(imm, rs2, rs1, f3):
    imm &= 0x1fff
    return ((imm >> 12) & 1) << 31 | ((imm >> 5) & 0x3f) << 25 | rs2 << 20 | rs1 << 15 | \
        f3 << 12 | ((imm >> 1) & 0xf) << 8 | ((imm >> 11) & 1) << 7 | 0x63


def jal(imm, rd=0):
    imm &= 0x1fffff
    return ((imm >> 20) & 1) << 31 | ((imm >> 1) & 0x3ff) << 21 | ((imm >> 11) & 1) << 20 | \
        ((imm >> 12) & 0xff) << 12 | rd << 7 | 0x6f


T0, T1, T2, T3, T4 = 5, 6, 7, 28, 29
# Stores a counter into every page of 8 MiB (from RAM + 4 MiB), forever.
DIRTY = [
    0x400 << 12 | T0 << 7 | 0x17,  # auipc t0, 0x400
    0x800 << 12 | T1 << 7 | 0x37,  # lui t1, 0x800 (8 MiB)
    rtype(0, T0, T1, 0, T1, 0x33),  # add t1, t1, t0
    1 << 12 | T4 << 7 | 0x37,  # lui t4, 1
    itype(1, T2, 0, T2, 0x13),  # 0x10: addi t2, t2, 1
    itype(0, T0, 0, T3, 0x13),  # mv t3, t0
    stype(0, T2, T3, 3, 0x23),  # 0x18: sd t2, 0(t3)
    rtype(0, T4, T3, 0, T3, 0x33),  # add t3, t3, t4
    btype(-8, T1, T3, 6),  # bltu t3, t1, 0x18
    jal(-0x14),  # j 0x10
]
open(os.path.join(T, "dirty.bin"), "wb").write(b"".join(struct.pack("<I", w) for w in DIRTY))
open(os.path.join(T, "loop.bin"), "wb").write(struct.pack("<I", 0x6f))  # j .


# --- processes and the API ---
def rvisor(name, args):
    p = subprocess.Popen([R, "run", "--timeout", "120"] + args, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=open(os.path.join(T, name + ".err"), "w"))
    procs.append(p)
    return p


def err_of(name):
    return open(os.path.join(T, name + ".err")).read()


def wait_for(cond, what, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        v = cond()
        if v:
            return v
        time.sleep(0.02)
    fail("timed out waiting for " + what)


def api(sock, method, path, body=None):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(30)
    s.connect(sock)
    data = json.dumps(body).encode() if body is not None else b""
    s.sendall(("%s %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: %d\r\n"
               "Content-Type: application/json\r\n\r\n" % (method, path, len(data))).encode() + data)
    out = b""
    while True:
        k = s.recv(65536)
        if not k:
            break
        out += k
    s.close()
    head, _, text = out.partition(b"\r\n\r\n")
    code = int(head.split()[1])
    return code, (json.loads(text) if text.strip() else None)


def source(name, fw="loop.bin", mem="64M", disks=()):
    sock = os.path.join(T, name + ".sock")
    p = rvisor(name, ["--firmware", os.path.join(T, fw), "--memory", mem, "--api-socket", sock] +
               [a for d in disks for a in ("--disk", d)])
    wait_for(lambda: os.path.exists(sock), name + "'s API socket")
    wait_for(lambda: api(sock, "GET", "/vm")[0] == 200, name + "'s API answering")
    return p, sock


def instret(sock):
    return api(sock, "GET", "/vm")[1]["instructions_retired"]


def runs_on(sock, what):
    code, st = api(sock, "GET", "/vm")
    a = st["instructions_retired"]
    time.sleep(0.2)
    b = instret(sock)
    check(code == 200 and st["state"] == "running" and b > a,
          "%s: the source VM runs on (%s, %d -> %d instructions)" % (what, st["state"], a, b))


def migration_end(sock):
    def done():
        code, st = api(sock, "GET", "/migrate")
        return st if st["state"] in ("completed", "failed", "cancelled") else None
    return wait_for(done, "the migration's end", 60)


# --- the wire, played by hand ---
def frame(kind, payload=b""):
    head = kind.encode() + struct.pack("<IQ", 0, len(payload))
    return head + payload + struct.pack("<I", zlib.crc32(head + payload))


PREAMBLE = b"RVMIGRAT" + struct.pack("<II", 2, 16)
AUTH0 = frame("AUTH")  # no token


def recv_exact(c, n):
    b = b""
    while len(b) < n:
        k = c.recv(n - len(b))
        if not k:
            raise EOFError
        b += k
    return b


def read_frame(c):
    head = recv_exact(c, 16)
    n = struct.unpack("<Q", head[8:16])[0]
    body = recv_exact(c, n + 4)
    return head[:4].decode(), body[:n], head + body



# 1. Bad stream counts.
src, ssock = source("src1", fw="dirty.bin")
for bad in (0, 9, -1, "4", True):
    code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:/x", "streams": bad})
    check(code == 400 and "streams" in st["fault_message"],
          "streams %r refused with 400: %d %s" % (bad, code, st))

# 2. A real destination, 4 RAM streams.
d = rvisor("dst2", ["--incoming", "unix:" + T + "/d2.in", "--api-socket", T + "/d2.sock"])
wait_for(lambda: "waiting for a migration" in err_of("dst2"), "dst2 listening")
code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d2.in", "streams": 4})
check(code == 202 and st["streams"] == 4, "PUT /migrate with 4 streams: %d %s" % (code, st))
try:
    rc = src.wait(60)
except subprocess.TimeoutExpired:
    fail("the source did not exit after a migration over 4 streams")
check(rc == 0, "migration over 4 streams: the source exits 0: " + err_of("src1")[-300:])
check("migrated" in err_of("src1"), "the source says it migrated")
wait_for(lambda: os.path.exists(T + "/d2.sock") and api(T + "/d2.sock", "GET", "/vm")[0] == 200,
         "dst2's VM")
runs_on(T + "/d2.sock", "the destination runs after 4 streams")
d.kill()
d.wait()

# 3. A fake destination: 5 connections, then the RAM stream that carried
#    the first pages is closed mid-way.
src, ssock = source("src3", fw="dirty.bin")
path = os.path.join(T, "fake.sock")
lst = socket.socket(socket.AF_UNIX)
lst.bind(path)
lst.listen(8)
lst.settimeout(30)
code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:" + path, "streams": 4})
check(code == 202, "PUT /migrate (fake destination, 4 streams): %d" % code)


def hello(c):
    """The preamble, AUTH and STRM of a connection: (count, index, nonce)."""
    check(recv_exact(c, 16) == PREAMBLE, "a stream's preamble")
    kind, body, _ = read_frame(c)
    check(kind == "AUTH", "AUTH first: %s" % kind)
    kind, body, _ = read_frame(c)
    check(kind == "STRM" and len(body) == 24, "STRM after AUTH: %s %d" % (kind, len(body)))
    n, i = struct.unpack("<II", body[:8])
    return n, i, body[8:]


main, _ = lst.accept()
main.settimeout(30)
count, index, nonce = hello(main)
check((count, index) == (4, 0), "the main connection is STRM 0 of 4: %d %d" % (count, index))
check(read_frame(main)[0] == "CONF", "CONF on the main connection")
streams = {}
for _ in range(4):
    c, _ = lst.accept()
    c.settimeout(30)
    n, i, nn = hello(c)
    check(n == 4 and 1 <= i <= 4 and nn == nonce and i not in streams,
          "RAM stream %d of %d with the session's nonce" % (i, n))
    streams[i] = c
kind, body, _ = read_frame(main)
check(kind == "DISK", "DISK on the main connection: %s" % kind)
main.sendall(frame("ACPT", body))
# The first RAM frames: on a RAM stream, never on the main connection.
main.setblocking(False)
try:
    check(main.recv(1) == b"", "nothing more on the main connection during pre-copy")
except BlockingIOError:
    pass
main.setblocking(True)
first = None
seen = 0
deadline = time.time() + 30
import select
# Drain every RAM stream (as a destination would); the one carrying the
# 6th RAM frame (the guest's dirty pages, sent again each round) drops.
while first is None and time.time() < deadline:
    r, _, _ = select.select(list(streams.values()), [], [], 1)
    for c in r:
        kind, body, _ = read_frame(c)
        check(kind == "RAM ", "RAM frames on the RAM streams: %s" % kind)
        seen += 1
        if seen == 6:
            first = [i for i, s in streams.items() if s is c][0]
            break
check(first is not None, "RAM arrives on the RAM streams")
others = [s for i, s in streams.items() if i != first]
stop_drain = threading.Event()


def drain_others():
    while not stop_drain.is_set():
        r, _, _ = select.select(others, [], [], 0.2)
        for c in r:
            try:
                if not c.recv(1 << 20):
                    others.remove(c)
            except OSError:
                others.remove(c)


drainer = threading.Thread(target=drain_others, daemon=True)
drainer.start()
streams[first].close()  # unread data: the source gets a reset
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"] and ("RAM stream %d" % first) in st["error"],
      "a RAM stream that drops makes the source resume: %s" % st)
runs_on(ssock, "after a RAM stream dropped")
stop_drain.set()
drainer.join()
for c in list(streams.values()) + [main, lst]:
    c.close()

# 4. A fake destination that takes everything, RAM streams to their DONE
#    and the state to its DONE, then resets a RAM stream instead of saying
#    REDY: the source, paused and waiting, sees the reset at once (not at
#    the reply's 30 s timeout), says which stream, and resumes.
src, ssock = source("src4")
path = os.path.join(T, "fake4.sock")
lst = socket.socket(socket.AF_UNIX)
lst.bind(path)
lst.listen(8)
lst.settimeout(30)
code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:" + path, "streams": 2})
check(code == 202, "PUT /migrate (fake destination, 2 streams): %d" % code)
main, _ = lst.accept()
main.settimeout(30)
hello(main)
check(read_frame(main)[0] == "CONF", "CONF on the main connection")
streams = {}
for _ in range(2):
    c, _ = lst.accept()
    c.settimeout(30)
    streams[hello(c)[1]] = c
kind, body, _ = read_frame(main)
check(kind == "DISK", "DISK on the main connection: %s" % kind)
main.sendall(frame("ACPT", body))
done = set()
while len(done) < 2:
    r, _, _ = select.select([c for i, c in streams.items() if i not in done], [], [], 30)
    check(r, "RAM frames until each stream's DONE")
    for c in r:
        kind = read_frame(c)[0]
        check(kind in ("RAM ", "DONE"), "RAM or DONE on a RAM stream: %s" % kind)
        if kind == "DONE":
            done.add([i for i, s in streams.items() if s is c][0])
check(read_frame(main)[0] == "STAT", "the state on the main connection")
check(read_frame(main)[0] == "DONE", "DONE on the main connection")
t0 = time.time()
streams[2].setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
streams[2].close()  # a reset, everything read
st = migration_end(ssock)
waited = time.time() - t0
check(st["state"] == "failed" and st["resumed"] and "RAM stream 2" in st["error"] and waited < 10,
      "a RAM stream reset while the source waits for REDY: it resumes in %.1f s: %s"
      % (waited, st))
runs_on(ssock, "after a RAM stream reset at the switch-over")
for c in [streams[1], main, lst]:
    c.close()

for p in procs:
    if p.poll() is None:
        p.kill()
subprocess.run(["rm", "-rf", T])
print("PASS")
