"""Live migration without Linux (docs/migration.md), with bare-metal
firmware guests and hand-played peers:
- a migration over a unix socket completes: the source exits 0 only
  after the destination runs;
- the destination dies or the link drops before the switch-over (a fake
  destination that closes after a few RAM frames, one that refuses, a
  real destination killed with SIGKILL mid-transfer): the source resumes
  and its guest runs on, unthrottled;
- a destination refuses, before running anything, a stream of another
  protocol version, a truncated one (cut at each point), a corrupt one
  (a RAM byte flipped; a state section damaged under a valid frame CRC)
  and RAM outside the guest's; the same recorded stream, whole, runs;
- a guest that dirties 8 MiB in a tight loop is throttled step by step:
  with give_up it stops at 95 % and resumes, else it finishes over the
  limit; a snapshot is refused while a migration is in progress;
- a stream never gives the guest write access to a host file: a CONF
  naming a writable disk the destination was not given (--disk) or a
  share is refused (a read-only disk is built), and the bait image stays
  as it was;
- a writable disk on shared storage: the source holds its image lock until
  GO, the destination after; a destination without the disk, or given
  another image, refuses and the source runs on with its lock; one that
  refuses at GO makes the source take the lock back and resume."""
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import migratelib  # noqa: E402
from migratelib import R, api, instret, frame, PREAMBLE, AUTH0, recv_exact, read_frame  # noqa: E402


lab = migratelib.Lab("rvisor-migfail-")
T = lab.dir
fail, check, wait_for = lab.fail, lab.check, lab.wait_for
rvisor, err_of, source = lab.rvisor, lab.err_of, lab.source
runs_on, migration_end = lab.runs_on, lab.migration_end


def sent_at_least(sock, nbytes):
    """The migration has sent nbytes; an error answer or an ended
    migration fails."""
    code, st = api(sock, "GET", "/migrate")
    if code != 200 or not isinstance(st, dict):
        fail("GET /migrate while waiting for %d bytes sent: %d %r" % (nbytes, code, st))
    if st.get("state") in ("completed", "failed", "cancelled"):
        fail("the migration ended before %d bytes were sent: %r" % (nbytes, st))
    return st.get("bytes_sent", 0) >= nbytes


def listener(name):
    path = os.path.join(T, name)
    s = socket.socket(socket.AF_UNIX)
    s.bind(path)
    s.listen(1)
    s.settimeout(30)
    return s, "unix:" + path


# 0. --incoming's own refusals (exit 2, a message, nothing listens).
for args, msg in ((["--incoming", "ftp:x"], "expected tcp:HOST:PORT or unix:PATH"),
                  (["--incoming", "tcp:127.0.0.1:99999"], "port from 0 to 65535"),
                  (["--incoming", "unix:" + T + "/i.sock", "--cpus", "2"], "stream defines the machine"),
                  (["--incoming", "unix:" + T + "/i.sock", "--restore", T + "/x.snap"],
                   "stream defines the machine")):
    r = subprocess.run([R, "run"] + args, capture_output=True, text=True, timeout=20)
    check(r.returncode == 2 and msg in r.stderr,
          "run %s refused: %s" % (" ".join(args[2:] or args[1:]), r.stderr.strip()))

# 1. A fake destination that records the stream and abandons at the end:
#    the source resumes; the recording is a valid stream for the replays.
src, ssock = source("src1")
lst, addr = listener("rec.sock")
code, st = api(ssock, "PUT", "/migrate", {"destination": addr})
check(code == 202 and st["state"] in ("setup", "precopy"), "PUT /migrate: %d %s" % (code, st))
c, _ = lst.accept()
stream = [recv_exact(c, 16)]
check(stream[0] == PREAMBLE, "preamble: %r" % stream[0])
kinds = migratelib.record_frames(c, stream)
check(api(ssock, "PUT", "/snapshot/create", {"snapshot_path": T + "/x.snap",
                                               "mem_file_path": T + "/x.mem"}) ==
      (409, {"fault_message": "a migration of this VM is in progress: snapshot it after the "
             "migration ends (or cancel it)"}),
      "a snapshot is refused during a migration (409)")
code, st = api(ssock, "PATCH", "/vm", {"state": "running"})
check(code == 409 and "migration" in st["fault_message"],
      "resume is refused while the migration holds the VM paused: %d %s" % (code, st))
code, st = api(ssock, "PUT", "/actions", {"action_type": "reboot"})
check(code == 409 and "migration" in st["fault_message"],
      "a reboot is refused during a migration (it would run the VM here too): %d" % code)
c.sendall(frame("ABRT", b"test recorder: no thanks"))
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"] and "no thanks" in st["error"],
      "the destination's refusal reaches the source: %s" % st)
runs_on(ssock, "after a refusal")
c.close()
lst.close()
print("recorded: " + " ".join(kinds))
check(kinds[:3] == ["AUTH", "CONF", "DISK"] and "RAM " in kinds and kinds[-2:] == ["STAT", "DONE"],
      "the frames of a migration: %s" % kinds)

# 2. A fake destination that closes after two RAM frames.
lst, addr = listener("close.sock")
api(ssock, "PUT", "/migrate", {"destination": addr})
c, _ = lst.accept()
recv_exact(c, 16)
nram = 0
while True:
    kind, body, _ = read_frame(c)
    if kind == "DISK":
        c.sendall(frame("ACPT", body))
    if kind == "RAM ":
        nram += 1
        if nram == 2:
            break
c.close()
lst.close()
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"], "link dropped mid-transfer: %s" % st)
runs_on(ssock, "after the link dropped")

# 3. A destination that does not exist.
code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/nobody.sock"})
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"] and "nobody.sock" in st["error"],
      "no destination: %s" % st["error"])
runs_on(ssock, "after a connection refused")
for bad in ({"destination": "tcp:nohost"}, {"destination": "ftp://x"}, {"destination": 5},
            {"destination": "unix:/x", "downtime_ms": 0}, {"destination": "unix:/x", "x": 1}):
    code, st = api(ssock, "PUT", "/migrate", bad)
    check(code == 400, "PUT /migrate %s refused with 400: %s" % (bad, st))
code, st = api(ssock, "DELETE", "/migrate")
check(code == 404, "DELETE /migrate without one in progress: %d" % code)


# GO sent, no RUNG back (the destination may be running): the source stays
# paused, says so, and resumes only when told.
lst, addr = listener("norung.sock")
api(ssock, "PUT", "/migrate", {"destination": addr})
c, _ = lst.accept()
recv_exact(c, 16)
while True:
    kind, body, _ = read_frame(c)
    if kind == "DISK":
        c.sendall(frame("ACPT", body))
    if kind == "DONE":
        c.sendall(frame("REDY"))
        break
check(read_frame(c)[0] == "GO  ", "GO follows REDY")
code, st = api(ssock, "DELETE", "/migrate")
check(code == 409, "no cancel after GO: %d %s" % (code, st))
c.close()
lst.close()
st = migration_end(ssock)
check(st["state"] == "failed" and not st["resumed"] and "may be running" in st["error"],
      "no RUNG after GO: the source stays paused: %s" % st["error"])
a = instret(ssock)
time.sleep(0.3)
code, vmst = api(ssock, "GET", "/vm")
check(vmst["state"] == "paused" and vmst["instructions_retired"] == a,
      "the source VM does not run by itself after GO")
check(api(ssock, "PATCH", "/vm", {"state": "running"})[0] == 204,
      "the operator may resume it (PATCH /vm)")
runs_on(ssock, "resumed by hand")

# 4. Replays of the recorded stream to a real destination.
def replay(name, chunks, expect_status, expect_msg, go=False):
    path = os.path.join(T, name + ".in")
    d = rvisor(name, ["--incoming", "unix:" + path])
    wait_for(lambda: "waiting for a migration" in err_of(name), name + " listening")
    c = socket.socket(socket.AF_UNIX)
    c.connect(path)
    replies = []
    try:
        for ch in chunks:
            try:
                c.sendall(ch)
            except (BrokenPipeError, ConnectionError):
                break  # the destination refused and closed: its reply is read below
            if ch[:4] == b"DISK":
                replies.append(read_frame(c)[0])
        if go:
            replies.append(read_frame(c)[0])  # REDY
            c.sendall(frame("GO  "))
            replies.append(read_frame(c)[0])  # RUNG
            return d, replies, c
        try:
            c.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        try:
            while True:
                replies.append(read_frame(c)[0])
        except (EOFError, ConnectionError):
            pass
    finally:
        if not go:
            c.close()
    try:
        rc = d.wait(20)
    except subprocess.TimeoutExpired:
        fail("%s: the destination did not exit" % name)
    e = err_of(name)
    check(rc == expect_status and expect_msg in e,
          "%s: destination exit %s, message %r" % (name, rc, e.strip().split("\n")[-1]))
    return d, replies, None


d, replies, conn = replay("whole", stream, 0, "", go=True)
check(replies == ["ACPT", "REDY", "RUNG"], "the recorded stream, whole, runs: %s" % replies)
d.kill()
d.wait()
conn.close()
# GO, then the link drops before RUNG is read: the destination runs anyway.
d = rvisor("golost", ["--incoming", "unix:" + T + "/golost.in", "--api-socket",
                      T + "/golost.sock"])
wait_for(lambda: "waiting for a migration" in err_of("golost"), "golost listening")
c = socket.socket(socket.AF_UNIX)
c.connect(T + "/golost.in")
for ch in stream:
    c.sendall(ch)
    if ch[:4] == b"DISK":
        read_frame(c)
check(read_frame(c)[0] == "REDY", "REDY")
c.sendall(frame("GO  "))
c.close()
wait_for(lambda: os.path.exists(T + "/golost.sock"), "golost's API")
wait_for(lambda: api(T + "/golost.sock", "GET", "/vm")[0] == 200, "golost's VM")
a = instret(T + "/golost.sock")
time.sleep(0.2)
check(d.poll() is None and instret(T + "/golost.sock") > a,
      "after GO the destination runs even when the link drops")
d.kill()
d.wait()
_, replies, _ = replay("version", [b"RVMIGRAT" + struct.pack("<II", 1, 16)] + stream[1:], 2,
                       "protocol version 1")
check(replies == ["ABRT"], "another version: the source is told (%s)" % replies)
_, _, _ = replay("magic", [b"RVMIGRAX" + stream[0][8:]] + stream[1:], 2,
                 "not an rvisor migration stream")
whole = b"".join(stream)
offs, o = [], 0
for s_ in stream:
    offs.append(o)
    o += len(s_)
cuts = sorted({8, 16, 20, offs[1] + 30, offs[2] + 10, offs[2] + 5000, offs[-2] + 40, offs[-1],
               len(whole) - 1})
for cut in cuts:
    replay("cut%d" % cut, [whole[:cut]], 2, "truncated")
ram = kinds.index("RAM ") + 1
bad = bytearray(stream[ram])
bad[40] ^= 0x01
replay("flip", stream[:ram] + [bytes(bad)] + stream[ram + 1:], 2, "checksum does not match")
# A state section damaged, its frame's CRC recomputed: the section's own CRC refuses it.
k_stat = len(stream) - 2
body = bytearray(stream[k_stat][16:-4])
body[len(body) // 2] ^= 0x40
replay("state", stream[:k_stat] + [frame("STAT", bytes(body))] + stream[k_stat + 1:], 2,
       "state:")
# RAM outside the guest's 64 MiB (valid frame).
out = frame("RAM ", struct.pack("<QII", (64 << 20) >> 12, 1, 1))
replay("outside", stream[:ram] + [out] + stream[ram:], 2, "outside the guest")
# A frame out of order (STAT before any RAM is fine; DONE before STAT is not).
replay("order", stream[:ram] + [frame("DONE", b"\0\0\0\0")], 2, "was expected")
# A huge length is refused before anything is read or allocated.
huge = b"RAM " + struct.pack("<IQ", 0, 1 << 40)
replay("huge", stream[:ram] + [huge], 2, "at most")

# 5. A real migration over a unix socket.
d = rvisor("dst5", ["--incoming", "unix:" + T + "/d5.in", "--api-socket", T + "/d5.sock"])
wait_for(lambda: "waiting for a migration" in err_of("dst5"), "dst5 listening")
check(api(ssock, "PATCH", "/vm", {"state": "paused"})[0] == 204, "pause the source")
before = instret(ssock)
code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d5.in"})
check(code == 202, "PUT /migrate to a real destination")
try:
    rc = src.wait(30)
except subprocess.TimeoutExpired:
    fail("the source did not exit after migrating")
check(rc == 0 and "the VM migrated to" in err_of("src1"), "the source exits 0 once migrated")
wait_for(lambda: os.path.exists(T + "/d5.sock"), "the destination's API")
wait_for(lambda: api(T + "/d5.sock", "GET", "/vm")[0] == 200, "the destination's VM")
code, vmst = api(T + "/d5.sock", "GET", "/vm")
time.sleep(0.2)
check(vmst["state"] == "paused" and vmst["instructions_retired"] == before ==
      instret(T + "/d5.sock"), "a VM paused by its user arrives paused, at the same instruction")
check(api(T + "/d5.sock", "PATCH", "/vm", {"state": "running"})[0] == 204, "resume there")
a = instret(T + "/d5.sock")
time.sleep(0.2)
b = instret(T + "/d5.sock")
check(a >= before and b > a, "the destination runs on from the source's count (%d, %d, %d)"
      % (before, a, b))
api(T + "/d5.sock", "PUT", "/actions", {"action_type": "shutdown"})
d.wait(10)

# 6. Convergence: a guest dirtying 8 MiB in a tight loop.
src, ssock = source("src6", "dirty.bin", "64M")
time.sleep(0.3)
# A cancel during the pre-copy: the VM runs on, unthrottled.
lst, addr = listener("cancel.sock")
api(ssock, "PUT", "/migrate", {"destination": addr, "downtime_ms": 1})
c, _ = lst.accept()
recv_exact(c, 16)
stop = threading.Event()


def drain_until_stopped():
    try:
        while not stop.is_set():
            kind, body, _ = read_frame(c)
            if kind == "DISK":
                c.sendall(frame("ACPT", body))
    except (EOFError, ConnectionError, OSError):
        pass


reader = threading.Thread(target=drain_until_stopped)
reader.start()
wait_for(lambda: api(ssock, "GET", "/migrate")[1]["throttle_percent"] >= 40, "throttle 40 %")
code, _ = api(ssock, "DELETE", "/migrate")
check(code == 204, "DELETE /migrate during the pre-copy: %d" % code)
st = api(ssock, "GET", "/migrate")[1]
check(st["state"] == "cancelled" and st["resumed"] and st["throttle_percent"] == 0,
      "cancelled: %s" % st)
stop.set()
c.close()
reader.join()
lst.close()
runs_on(ssock, "after a cancel")
lst, addr = listener("slow.sock")  # read by Python: the link is the limit
full = instret(ssock)
time.sleep(0.5)
full = instret(ssock) - full  # instructions in 0.5 s, unthrottled
code, st = api(ssock, "PUT", "/migrate", {"destination": addr, "downtime_ms": 1, "give_up": True})
c, _ = lst.accept()
recv_exact(c, 16)


def drain():
    try:
        while True:
            kind, body, _ = read_frame(c)
            if kind == "DISK":
                c.sendall(frame("ACPT", body))
            if kind == "ABRT":
                break
            if kind == "RAM ":
                time.sleep(0.1)  # a slow link: 40 MiB/s at most
    except (EOFError, ConnectionError, OSError):
        pass


reader = threading.Thread(target=drain)
reader.start()
seen, slow = set(), None
while True:
    code, st = api(ssock, "GET", "/migrate")
    seen.add(st["throttle_percent"])
    if st["throttle_percent"] == 95 and st["state"] == "precopy":
        # A window counts only when the throttle held from start to end.
        a = instret(ssock)
        time.sleep(0.25)
        b = instret(ssock)
        st2 = api(ssock, "GET", "/migrate")[1]
        if st2["throttle_percent"] == 95 and st2["state"] == "precopy":
            slow = (b - a) * 2 if slow is None else min(slow, (b - a) * 2)
    if st["state"] not in ("setup", "precopy"):
        break
    time.sleep(0.02)
reader.join()
c.close()
lst.close()
check(slow is not None and slow < full / 3,
      "at 95%% throttle the guest runs %s instructions in 0.5 s (%d unthrottled)" % (slow, full))
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"] and "does not converge" in st["error"],
      "give_up: the migration stops: %s" % st["error"])
check(max(seen) == 95 and len(seen) >= 3, "throttled step by step to 95%%: %s" % sorted(seen))
check(st["throttle_percent"] == 0, "the throttle is lifted after giving up")
a = instret(ssock)
time.sleep(0.5)
b = instret(ssock)
check(b - a > 1000000, "the guest runs at full speed again (%d instructions in 0.5 s)" % (b - a))

# Without give_up (and a real destination): finishes over the limit.
d = rvisor("dst6", ["--incoming", "unix:" + T + "/d6.in", "--api-socket", T + "/d6.sock"])
wait_for(lambda: "waiting for a migration" in err_of("dst6"), "dst6 listening")
code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d6.in", "downtime_ms": 1})
try:
    rc = src.wait(90)
except subprocess.TimeoutExpired:
    fail("the throttled migration did not finish")
check(rc == 0, "finished over the limit: %s" % err_of("src6").strip().split("\n")[-1])
wait_for(lambda: os.path.exists(T + "/d6.sock"), "dst6's API")
a = instret(T + "/d6.sock")
time.sleep(0.3)
check(instret(T + "/d6.sock") > a, "the dirtying guest runs at the destination")
d.kill()

# 7. The real destination killed (SIGKILL) in the middle of the transfer.
src, ssock = source("src7", "dirty.bin", "64M")
d = rvisor("dst7", ["--incoming", "unix:" + T + "/d7.in"])
wait_for(lambda: "waiting for a migration" in err_of("dst7"), "dst7 listening")
# A bandwidth cap keeps it in its first pass (64 MiB at 8 MB/s: about
# 8 s), so the kill lands mid-transfer even on a quiet machine, where the
# uncapped migration converged (throttled) in under 100 ms.
api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d7.in", "downtime_ms": 1,
                               "max_bandwidth": 8000000})
wait_for(lambda: sent_at_least(ssock, 1 << 20), "1 MiB sent")
d.send_signal(signal.SIGKILL)
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"], "destination killed mid-transfer: %s"
      % st["error"])
runs_on(ssock, "after the destination was killed")
src.kill()

# 8. The source killed (SIGKILL) in the middle of the transfer: the
#    destination refuses the truncated stream and never runs.
src, ssock = source("src8", "dirty.bin", "64M")
d = rvisor("dst8", ["--incoming", "unix:" + T + "/d8.in"])
wait_for(lambda: "waiting for a migration" in err_of("dst8"), "dst8 listening")
# A bandwidth cap keeps it in its first pass (64 MiB at 8 MB/s: about
# 8 s), so the kill lands mid-transfer even on a quiet machine, where the
# uncapped migration converged (throttled) in under 100 ms.
api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d8.in", "downtime_ms": 1,
                               "max_bandwidth": 8000000})
wait_for(lambda: sent_at_least(ssock, 1 << 20), "1 MiB sent")
src.send_signal(signal.SIGKILL)
try:
    rc = d.wait(20)
except subprocess.TimeoutExpired:
    fail("the destination did not exit after the source died")
check(rc == 2 and "truncated" in err_of("dst8"),
      "source killed mid-transfer: the destination exits %d: %s" % (rc, err_of("dst8").strip()
                                                                    .split("\n")[-1]))

# 9. The stream names host files: a destination never lets it give the
#    guest write access to one (a writable disk, a share). The "host file"
#    is bait made here.
def vmcf_split(conf):
    """A CONF payload (state stream) -> (header, VMCF fields, tail after VMCF)."""
    hlen = struct.unpack("<I", conf[12:16])[0]
    sid, inst, ver, n = struct.unpack("<IIIQ", conf[hlen:hlen + 20])
    p = conf[hlen + 20:hlen + 20 + n]
    return conf[:hlen], (sid, inst, ver), p, conf[hlen + 24 + n:]


def get_str(p, o):
    n = struct.unpack("<I", p[o:o + 4])[0]
    if n == 0xffffffff:
        return None, o + 4
    return p[o + 4:o + 4 + n], o + 4 + n


def put_str(x):
    return struct.pack("<I", 0xffffffff) if x is None else struct.pack("<I", len(x)) + x


def vmcf_edit(conf, writable=False, add_share=None):
    head, (sid, inst, ver), p, tail = vmcf_split(conf)
    o = 8 + 4 + 8
    for _ in range(4):
        _, o = get_str(p, o)
    nd = struct.unpack("<I", p[o:o + 4])[0]
    o += 4
    for _ in range(nd):
        for _ in range(3):
            _, o = get_str(p, o)
        if writable:
            p = p[:o] + b"\0" + p[o + 1:]
        o += 2 + 32 + 1
    ndev = struct.unpack("<I", p[o:o + 4])[0]
    if add_share:
        q = o + 4
        for _ in range(2 * ndev):
            _, q = get_str(p, q)
        p = p[:o] + struct.pack("<I", ndev + 1) + p[o + 4:q] + put_str(b"share") + \
            put_str(add_share) + p[q:]
    sec = struct.pack("<IIIQ", sid, inst, ver, len(p)) + p
    return head + sec + struct.pack("<I", zlib.crc32(sec)) + tail


bait = os.path.join(T, "bait.img")
open(bait, "wb").write(b"BAIT" * 16384)
src = rvisor("src9b", ["--firmware", T + "/loop.bin", "--memory", "64M", "--api-socket",
                       T + "/s9.sock", "--disk", bait + ",format=raw,readonly=on"])
ssock = T + "/s9.sock"
wait_for(lambda: os.path.exists(ssock) and api(ssock, "GET", "/vm")[0] == 200, "src9b's API")
lst, addr = listener("conf.sock")
api(ssock, "PUT", "/migrate", {"destination": addr})
c, _ = lst.accept()
recv_exact(c, 16)
akind, _, _ = read_frame(c)
kind, conf, _ = read_frame(c)
dkind, dtable, _ = read_frame(c)
c.sendall(frame("ABRT", b"recorded"))
c.close()
lst.close()
migration_end(ssock)
check(akind == "AUTH" and kind == "CONF" and bait.encode() in conf,
      "a CONF naming a read-only disk recorded (after AUTH)")
check(dkind == "DISK" and dtable == struct.pack("<IIIQ", 1, 0, 0, 65536),
      "DISK: one read-only raw disk of 64 KiB: %r" % dtable)
_, replies, _ = replay("rodisk", [PREAMBLE, AUTH0, frame("CONF", conf), frame("DISK", dtable)], 2,
                       "truncated")
check(replies[:1] == ["ACPT"], "a read-only disk is accepted (the destination built the VM)")
shared = frame("DISK", struct.pack("<IIIQ", 1, 1, 0, 65536))
replay("rwdisk", [PREAMBLE, AUTH0, frame("CONF", vmcf_edit(conf, writable=True)), shared], 2,
       "this destination was not given it")
replay("rwdisk2", [PREAMBLE, AUTH0, frame("CONF", vmcf_edit(conf, writable=True)), frame("DISK", dtable)],
       2, "is writable in the configuration and read-only in DISK")
replay("share", [PREAMBLE, AUTH0, frame("CONF", vmcf_edit(conf, add_share=(T + ",tag=x").encode()))],
       2, "host directory")
check(open(bait, "rb").read() == b"BAIT" * 16384, "the bait image is untouched")
src.kill()


# 10. A writable disk on shared storage (the same path on both sides): its
#     image lock is held by the source until the switch-over and by the
#     destination after it; a failure at any point before leaves it (and the
#     VM) with the source.
import fcntl


def locked(path):
    """Whether another process holds a lock on the image (a probe lock of ours fails)."""
    with open(path, "rb+") as f:
        try:
            fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.lockf(f, fcntl.LOCK_UN)
        return False


rw = os.path.join(T, "rw.img")
open(rw, "wb").write(b"\0" * 65536)
check(not locked(rw), "the lock probe sees a free image")
src, ssock = source("src10", disks=[rw + ",format=raw"])
check(locked(rw), "the source holds its writable image's lock")
# The destination does not take a writable disk it was not given.
d = rvisor("dst10a", ["--incoming", "unix:" + T + "/d10a.in"])
wait_for(lambda: "waiting for a migration" in err_of("dst10a"), "dst10a listening")
api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d10a.in"})
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"] and "was not given it" in st["error"],
      "a destination without --disk refuses the writable disk: %s" % st["error"])
check(d.wait(20) == 2, "that destination exits 2")
runs_on(ssock, "after a refused writable disk")
check(locked(rw), "the source still holds the lock")
# Nor one of another size (not the same storage): a copy of the image at
# the same path is not possible on one host, so the destination is given a
# path the stream does not name.
other = os.path.join(T, "other.img")
open(other, "wb").write(b"\0" * 4096)
d = rvisor("dst10b", ["--incoming", "unix:" + T + "/d10b.in", "--disk", other])
wait_for(lambda: "waiting for a migration" in err_of("dst10b"), "dst10b listening")
api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d10b.in"})
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"] and "expected here: " + other in st["error"],
      "a destination given another image refuses: %s" % st["error"])
d.wait(20)
# A fake destination plays along until GO, then refuses (as one that cannot
# take the lock does): the lock is free between GO and the refusal, and
# the source takes it back and resumes.
lst, addr = listener("go-refuse.sock")
api(ssock, "PUT", "/migrate", {"destination": addr})
c, _ = lst.accept()
recv_exact(c, 16)
while True:
    kind, body, _ = read_frame(c)
    if kind == "DISK":
        check(body == struct.pack("<IIIQ", 1, 1, 0, 65536), "DISK: one shared raw disk")
        c.sendall(frame("ACPT", body))
    if kind == "DONE":
        check(locked(rw), "paused, state sent: the source still holds the lock")
        c.sendall(frame("REDY"))
        break
check(read_frame(c)[0] == "GO  ", "GO follows REDY")
check(not locked(rw), "at GO the source has released the image lock")
c.sendall(frame("ABRT", b"test: cannot take the disks"))
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"] and "cannot take the disks" in st["error"],
      "a destination refusing at GO: the source resumes: %s" % st["error"])
c.close()
lst.close()
check(locked(rw), "the source has taken its image lock back")
runs_on(ssock, "after a refusal at the switch-over")
# A real migration: the destination holds the lock after it, the source exits.
d = rvisor("dst10", ["--incoming", "unix:" + T + "/d10.in", "--api-socket", T + "/d10.sock",
                     "--disk", rw])
wait_for(lambda: "waiting for a migration" in err_of("dst10"), "dst10 listening")
api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d10.in"})
try:
    rc = src.wait(30)
except subprocess.TimeoutExpired:
    fail("the source with a shared disk did not exit after migrating")
check(rc == 0, "the source with a shared writable disk migrates and exits 0")
wait_for(lambda: os.path.exists(T + "/d10.sock") and api(T + "/d10.sock", "GET", "/vm")[0] == 200,
         "dst10's VM")
check(d.poll() is None and locked(rw), "the destination runs and holds the image lock")
d.kill()
d.wait()

# 11. Block migration ("copy_disks"): a raw and a qcow2 disk copied into the
#     destination's own targets (given with --disk), byte for byte; a
#     target of another size is refused and the source runs on.
def qemu_img(*args):
    return subprocess.run(["qemu-img"] + list(args), capture_output=True, text=True, timeout=60)


have_qemu_img = subprocess.run(["sh", "-c", "command -v qemu-img"], capture_output=True).returncode == 0
sraw, sq = os.path.join(T, "s11.raw"), os.path.join(T, "s11.qcow2")
with open(sraw, "wb") as f:
    f.write(os.urandom(3 << 20) + b"\0" * (5 << 20) + os.urandom(100000) + b"\0" * (1 << 20))
craw, cq = os.path.join(T, "c11.raw"), os.path.join(T, "c11.qcow2")
open(craw, "wb").write(b"\xee" * os.path.getsize(sraw))  # a target holding garbage
if have_qemu_img:  # the same data in a qcow2, and an empty qcow2 target of its size
    check(qemu_img("convert", "-f", "raw", "-O", "qcow2", sraw, sq).returncode == 0, "qcow2 made")
    check(qemu_img("create", "-f", "qcow2", cq, str(os.path.getsize(sraw))).returncode == 0,
          "qcow2 target made")
disks11 = [sraw + ",format=raw"] + ([sq + ",format=qcow2"] if have_qemu_img else [])
src, ssock = source("src11", disks=disks11)
small = os.path.join(T, "small.raw")
open(small, "wb").write(b"\0" * 4096)
d = rvisor("dst11a", ["--incoming", "unix:" + T + "/d11a.in", "--disk", small] +
           (["--disk", cq] if have_qemu_img else []))
wait_for(lambda: "waiting for a migration" in err_of("dst11a"), "dst11a listening")
api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d11a.in", "copy_disks": True})
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"] and "virtual size" in st["error"],
      "a copy target of another size is refused: %s" % st["error"])
d.wait(20)
runs_on(ssock, "after a refused copy target")
d = rvisor("dst11", ["--incoming", "unix:" + T + "/d11.in", "--api-socket", T + "/d11.sock",
                     "--disk", craw] + (["--disk", cq + ",format=qcow2"] if have_qemu_img else []))
wait_for(lambda: "waiting for a migration" in err_of("dst11"), "dst11 listening")
code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/d11.in",
                                           "copy_disks": True})
check(code == 202 and st["copy_disks"], "PUT /migrate with copy_disks: %d" % code)
try:
    rc = src.wait(60)
except subprocess.TimeoutExpired:
    fail("the source did not exit after a block migration")
check(rc == 0, "block migration: the source exits 0")
wait_for(lambda: os.path.exists(T + "/d11.sock") and api(T + "/d11.sock", "GET", "/vm")[0] == 200,
         "dst11's VM")
check(d.poll() is None, "the destination runs on its copies")
d.kill()
d.wait()
check(open(craw, "rb").read() == open(sraw, "rb").read(), "the raw disk's copy is byte-exact")
if have_qemu_img:
    # Under the sandbox the VM process (PID 1 of its namespace) ends just
    # after its relay, which d.wait() saw; until then it holds the image's
    # lock and qemu-img refuses to open it.
    for _ in range(100):
        r = qemu_img("check", cq)
        if r.returncode == 0 or "lock" not in r.stderr:
            break
        time.sleep(0.1)
    check(r.returncode == 0, "qemu-img check of the qcow2 copy is clean: %s %s" %
          (r.stdout.strip(), r.stderr.strip()))
    r = qemu_img("compare", sq, cq)
    check(r.returncode == 0, "the qcow2 copy holds the same data: %s" % r.stdout.strip())
print("PASS")
