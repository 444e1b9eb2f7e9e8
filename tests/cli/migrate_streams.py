"""Live migration over several streams (docs/migration.md, "Several
streams"), with bare-metal firmware guests and a hand-played destination:
- PUT /migrate refuses streams outside 1..8 (400);
- a guest dirtying 8 MiB in a loop migrates with "streams": 4 to a real
  destination, which accepts the main connection and 4 RAM ones: the
  source exits 0 (having drained its 5 connections before the pause),
  the destination runs, GET /migrate said streams 4;
- a fake destination that accepts the 5 connections (each with its
  preamble, AUTH and STRM: the same count and nonce, indices 0..4) and
  then closes the RAM stream that carried the first pages mid-way: the
  source sees it, says which stream, and resumes (its guest runs on);
- a fake destination that reads everything, then resets a RAM stream
  instead of saying it is ready: the source sees it at once and resumes."""
import os
import re
import socket
import struct
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import migratelib  # noqa: E402
from migratelib import api, frame, PREAMBLE, recv_exact, read_frame  # noqa: E402


lab = migratelib.Lab("rvisor-migstreams-")
T = lab.dir
fail, check, wait_for = lab.fail, lab.check, lab.wait_for
rvisor, err_of, source = lab.rvisor, lab.err_of, lab.source
runs_on, migration_end = lab.runs_on, lab.migration_end


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
# Before pausing, it waited for its connections to drain (docs/migration.md,
# "Pre-copy and convergence", 5.), and says how long.
check(re.search(r"first pass [\d.]+, drain [\d.]+;", err_of("src1")),
      "the source's account has the drain before the pause: " + err_of("src1")[-300:])
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
# The first RAM frames: on a RAM stream, never on the main connection
# (which carries HOTB frames only, right after ACPT: the source's recent
# code; checked with the state below).
main.setblocking(False)
try:
    head = main.recv(4, socket.MSG_PEEK)
    check(head == b"" or b"HOTB".startswith(head),
          "nothing but HOTB on the main connection during pre-copy: %r" % head)
except BlockingIOError:
    pass
main.setblocking(True)
first = None
seen = 0
deadline = time.time() + 30
import select
# Drain every RAM stream (as a destination would); the one carrying the
# 6th RAM frame (the guest's dirty pages, sent again each round) drops. On a
# loaded host the guest may dirty too little to need a 6th frame: then the
# source converges and the stream that ends first with its DONE drops (the
# source, paused and waiting for REDY, must see that as well).
while first is None and time.time() < deadline:
    r, _, _ = select.select(list(streams.values()), [], [], 1)
    for c in r:
        kind, body, _ = read_frame(c)
        check(kind in ("RAM ", "DONE"), "RAM frames on the RAM streams: %s" % kind)
        seen += 1
        if seen == 6 or kind == "DONE":
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
streams[first].setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
streams[first].close()  # a reset, whether or not data was left unread
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
kind = read_frame(main)[0]
while kind == "HOTB":  # sent right after ACPT, before any RAM
    kind = read_frame(main)[0]
check(kind == "STAT", "the state on the main connection: %s" % kind)
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

print("PASS")
