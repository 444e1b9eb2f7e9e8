"""Helpers for the live-migration tests in tests/cli (docs/migration.md),
standard library only: a Lab (a temporary directory, the rvisor processes
started in it, check/fail that report their stderr), the API over the VM's
unix socket, bare-metal firmware assembled by hand, and the stream's frames
for tests that play a peer themselves. Not a test: tests/run-tests.sh
skips *lib.py."""
import atexit
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
R = os.environ.get("RVISOR", os.path.join(ROOT, "build", "rvisor"))


# --- the API on a VM's unix socket ---
def api(sock, method, path, body=None):
    """(status, decoded JSON body or None) of one request on a fresh
    connection."""
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


def instret(sock):
    return api(sock, "GET", "/vm")[1]["instructions_retired"]


# --- firmware: RV64I instructions by format ---
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
# DIRTY with a pause of ~0.5 M instructions after each page (a post-copy
# destination running it faults its pages in over a second or more, not
# in the ~30 ms DIRTY takes: long enough to see the phase).
T5 = 30
SLOW_DIRTY = DIRTY[:8] + [
    0x40 << 12 | T5 << 7 | 0x37,  # 0x20: lui t5, 0x40 (262144)
    itype(-1, T5, 0, T5, 0x13),  # 0x24: addi t5, t5, -1
    btype(-4, 0, T5, 1),  # 0x28: bnez t5, 0x24
    btype(-0x14, T1, T3, 6),  # 0x2c: bltu t3, t1, 0x18
    jal(-0x20),  # 0x30: j 0x10
]
LOOP = [0x6f]  # j .


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
    """(kind, payload, the frame's raw bytes) of the next frame on c."""
    head = recv_exact(c, 16)
    n = struct.unpack("<Q", head[8:16])[0]
    body = recv_exact(c, n + 4)
    return head[:4].decode(), body[:n], head + body


def record_frames(c, stream, on_frame=None):
    """A fake destination's side of a migration, after the preamble, up to
    and including DONE: appends each frame's raw bytes to stream, accepts
    every disk (ACPT for each DISK), hands each frame to on_frame(kind,
    body) and returns the frames' kinds in order."""
    kinds = []
    while True:
        kind, body, raw = read_frame(c)
        stream.append(raw)
        kinds.append(kind)
        if kind == "DISK":
            c.sendall(frame("ACPT", body))
        if on_frame:
            on_frame(kind, body)
        if kind == "DONE":
            return kinds


class Lab:
    """A test's temporary directory (self.dir, with the firmware loop.bin,
    dirty.bin and slowdirty.bin written in it) and the rvisor processes it
    starts there, each with its stderr in NAME.err. Every process is killed and the
    directory removed when the test exits, however it exits."""

    def __init__(self, prefix):
        self.dir = tempfile.mkdtemp(prefix=prefix)
        self.procs = []
        atexit.register(self.cleanup)
        for name, words in (("dirty.bin", DIRTY), ("slowdirty.bin", SLOW_DIRTY),
                            ("loop.bin", LOOP)):
            with open(os.path.join(self.dir, name), "wb") as f:
                f.write(b"".join(struct.pack("<I", w) for w in words))

    def kill_all(self):
        for p in self.procs:
            if p.poll() is None:
                p.kill()
                p.wait()

    def cleanup(self):
        self.kill_all()
        shutil.rmtree(self.dir, ignore_errors=True)

    def fail(self, msg):
        """Reports msg and the tail of every process's stderr, and exits 1.
        The processes are killed first: a thread of the test blocked on one
        of them then ends, and the interpreter can exit."""
        print("FAIL: " + msg)
        self.kill_all()
        for f in sorted(os.listdir(self.dir)):
            if f.endswith(".err"):
                print("--- %s\n%s" % (f, open(os.path.join(self.dir, f)).read()[-1500:]))
        sys.exit(1)

    def check(self, cond, msg):
        """Fails with msg unless cond; on success prints msg up to its first
        colon (what follows is detail for a failure)."""
        if not cond:
            self.fail(msg)
        print("ok: " + msg.split(":")[0] if ":" in msg else "ok: " + msg)

    def rvisor(self, name, args):
        """`rvisor run --timeout 120 ARGS`, its stderr in NAME.err."""
        p = subprocess.Popen([R, "run", "--timeout", "120"] + list(args), stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL,
                             stderr=open(os.path.join(self.dir, name + ".err"), "w"))
        self.procs.append(p)
        return p

    def err_of(self, name):
        return open(os.path.join(self.dir, name + ".err")).read()

    def wait_for(self, cond, what, seconds=20, interval=0.02):
        """cond()'s first true value, polled every interval seconds (20 ms);
        fails after seconds."""
        end = time.time() + seconds
        while time.time() < end:
            v = cond()
            if v:
                return v
            time.sleep(interval)
        self.fail("timed out waiting for " + what)

    def source(self, name, fw="loop.bin", mem="64M", disks=(), extra=()):
        """A VM running firmware fw (a file in self.dir) with its API on
        NAME.sock, once the API answers: (process, socket path)."""
        sock = os.path.join(self.dir, name + ".sock")
        p = self.rvisor(name, ["--firmware", os.path.join(self.dir, fw), "--memory", mem] +
                        list(extra) + ["--api-socket", sock] +
                        [a for d in disks for a in ("--disk", d)])
        self.wait_for(lambda: os.path.exists(sock), name + "'s API socket")
        self.wait_for(lambda: api(sock, "GET", "/vm")[0] == 200, name + "'s API answering")
        return p, sock

    def destination(self, name, uri, extra=()):
        """`rvisor run --incoming URI`, once it listens: (process, the
        address it says it waits on, with the port a :0 was given)."""
        d = self.rvisor(name, ["--incoming", uri] + list(extra))
        self.wait_for(lambda: "waiting for a migration on " in self.err_of(name), name + " listening")
        return d, self.err_of(name).split("waiting for a migration on ")[1].split()[0]

    def exit_status(self, proc, name, seconds=60):
        """proc's exit status once it ended; the test fails when it has not
        ended within `seconds` ("NAME: the source did not exit")."""
        try:
            return proc.wait(seconds)
        except subprocess.TimeoutExpired:
            self.fail("%s: the source did not exit" % name)

    def runs_on(self, sock, what):
        """The VM behind sock is running and retires instructions."""
        code, st = api(sock, "GET", "/vm")
        a = st["instructions_retired"]
        time.sleep(0.2)
        b = instret(sock)
        self.check(code == 200 and st["state"] == "running" and b > a,
                   "%s: the source VM runs on (%s, %d -> %d instructions)" % (what, st["state"], a, b))

    def migration_end(self, sock):
        """GET /migrate's answer once the migration completed, failed or
        was cancelled (60 s at the most)."""
        def done():
            st = api(sock, "GET", "/migrate")[1]
            return st if st["state"] in ("completed", "failed", "cancelled") else None
        return self.wait_for(done, "the migration's end", 60)
