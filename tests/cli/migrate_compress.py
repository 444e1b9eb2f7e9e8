"""zstd compression of migration pages (docs/migration.md, "Compression"),
with bare-metal firmware guests (dirty.bin stores a counter into every page
of 8 MiB in a loop: pages of one number and zeroes, as compressible as
real guests' mostly-empty pages):
- PUT /migrate refuses a bad "compress" or "compress_level", a level
  without zstd, and zstd with post-copy (400); `ctl migrate` refuses a bad
  --compress or --compress-level (exit 2);
- the same guest migrates with and without "compress": "zstd" (level 3,
  over 2 streams): both complete, the destination runs on, and with zstd
  the source sent less than a tenth of the bytes (its exit line says
  both figures; GET /migrate said "compress": "zstd" with its
  "compression" figures while it ran); and with zstd under a cap of 4096
  bytes/s it still completes within a minute (the cap counts compressed
  bytes: the raw pages would need over an hour);
- a fake destination records the start of a compressed migration: CMPR
  comes right after CONF (algorithm 1), and the RAM frames carry the ZSTD
  flag; it refuses as a destination that does not know CMPR does (ABRT):
  the source resumes and says why;
- the recorded stream replayed to a real destination with one compressed
  RAM frame's page count raised (CRC recomputed: the frame is
  well-formed, its zstd payload makes fewer bytes than it announces): the
  destination refuses naming the frame and exits 2 without running."""
import os
import struct
import socket
import subprocess
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import migratelib  # noqa: E402
from migratelib import api, frame, PREAMBLE, R, recv_exact, read_frame  # noqa: E402

lab = migratelib.Lab("rvisor-migzstd-")
T = lab.dir
fail, check, wait_for = lab.fail, lab.check, lab.wait_for
rvisor, err_of, source = lab.rvisor, lab.err_of, lab.source
runs_on, migration_end = lab.runs_on, lab.migration_end

# 1. Refusals.
src, ssock = source("src1", fw="dirty.bin")
for body, word in (({"compress": "lz4"}, "compress"), ({"compress": 1}, "compress"),
                   ({"compress": None}, "compress"),
                   ({"compress": "zstd", "compress_level": 0}, "compress_level"),
                   ({"compress": "zstd", "compress_level": 20}, "compress_level"),
                   ({"compress": "zstd", "compress_level": "3"}, "compress_level"),
                   ({"compress_level": 3}, "compress_level"),
                   ({"compress": "none", "compress_level": 3}, "compress_level"),
                   ({"compress": "zstd", "postcopy": True}, "postcopy")):
    body["destination"] = "unix:" + T + "/nowhere"
    code, st = api(ssock, "PUT", "/migrate", body)
    check(code == 400 and word in st["fault_message"],
          "PUT /migrate %s refused with 400: %d %s" % (body, code, st))
for args, word in ((["--compress", "lz4"], "--compress"), (["--compress-level", "30",
                   "--compress", "zstd"], "--compress-level"),
                   (["--compress-level", "3"], "needs --compress zstd")):
    r = subprocess.run([R, "ctl", "--api-socket", ssock, "migrate", "unix:" + T + "/nowhere"] + args,
                       capture_output=True, text=True, timeout=20)
    check(r.returncode == 2 and word in r.stderr,
          "ctl migrate %s: exit 2: %d %s" % (" ".join(args), r.returncode, r.stderr.strip()))
src.kill()
src.wait()


# 2. With and without zstd: both complete; zstd sends far fewer bytes.
def migrate(name, body):
    d = rvisor(name + "-dst", ["--incoming", "unix:%s/%s.in" % (T, name), "--api-socket",
                               "%s/%s-dst.sock" % (T, name)])
    wait_for(lambda: "waiting for a migration" in err_of(name + "-dst"), name + " listening")
    s, sock = source(name, fw="dirty.bin")
    body = dict(body, destination="unix:%s/%s.in" % (T, name))
    code, st = api(sock, "PUT", "/migrate", body)
    check(code == 202 and st["compress"] == body.get("compress", "none"),
          "%s: PUT /migrate: %d %s" % (name, code, st))
    if body.get("compress") == "zstd":
        check(st.get("compression", {}).get("level") == body.get("compress_level", 1),
              "%s: GET /migrate reports the compression: %s" % (name, st))
    rc = lab.exit_status(s, name)
    e = err_of(name)
    check(rc == 0 and "migrated" in e, "%s: the source exits 0: %s" % (name, e[-300:]))
    dsock = "%s/%s-dst.sock" % (T, name)
    wait_for(lambda: os.path.exists(dsock) and api(dsock, "GET", "/vm")[0] == 200, name + "'s VM")
    runs_on(dsock, name + ": the destination runs the guest on")
    d.kill()
    d.wait()
    line = [x for x in e.split("\n") if " bytes sent" in x]
    check(line, "%s: the exit line says the bytes sent: %s" % (name, e[-300:]))
    return int(line[0].split()[1]), line[0]


plain, _ = migrate("plain", {})
zstd, zline = migrate("zstd", {"compress": "zstd", "compress_level": 3, "streams": 2})
print("bytes sent: %d plain, %d zstd (%s)" % (plain, zstd, zline))
check("zstd level 3" in zline and " frames compressed" in zline,
      "the exit line says the compression: " + zline)
check(zstd * 10 < plain, "zstd sent under a tenth of the bytes: %d vs %d" % (zstd, plain))
# The bandwidth cap counts the bytes on the wire: at 4096 bytes/s the
# compressed migration ends within the minute migrate() waits, where the
# same pages raw (16 MB) would need over an hour.
capped, _ = migrate("capped", {"compress": "zstd", "max_bandwidth": 4096, "downtime_ms": 5000})
check(capped < 4096 * 60, "capped at 4096 bytes/s, zstd sent %d bytes" % capped)

# 3. A fake destination: CMPR after CONF, ZSTD RAM frames; it refuses as an
#    old destination would, and the source resumes.
src, ssock = source("src3", fw="dirty.bin")
path = os.path.join(T, "rec.sock")
lst = socket.socket(socket.AF_UNIX)
lst.bind(path)
lst.listen(1)
lst.settimeout(30)
code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:" + path, "compress": "zstd"})
check(code == 202, "PUT /migrate (recorder): %d %s" % (code, st))
c, _ = lst.accept()
c.settimeout(30)
stream = [recv_exact(c, 16)]
check(stream[0] == PREAMBLE, "preamble")
kinds, ram = [], None
while True:
    kind, body, raw = read_frame(c)
    kinds.append(kind)
    if kind == "DISK":
        c.sendall(frame("ACPT", body))
    if kind == "RAM " and struct.unpack("<I", body[12:16])[0] & 2:
        ram = raw
        break
    stream.append(raw)
check(kinds[:4] == ["AUTH", "CONF", "CMPR", "DISK"], "CMPR right after CONF: %s" % kinds[:5])
cmpr = stream[3]
check(struct.unpack("<Q", cmpr[8:16])[0] == 4 and struct.unpack("<I", cmpr[16:20])[0] == 1,
      "CMPR says zstd (algorithm 1)")
check(ram is not None, "a RAM frame with the ZSTD flag came")
c.sendall(frame("ABRT", b"migration stream refused: unexpected frame CMPR (test)"))
st = migration_end(ssock)
check(st["state"] == "failed" and st["resumed"] and "CMPR" in st["error"],
      "a destination refusing CMPR: the source resumes and says why: %s" % st)
runs_on(ssock, "after the refusal of CMPR")
c.close()
lst.close()
src.kill()
src.wait()

# 4. Replay to a real destination with the compressed frame's page count
#    raised by one (the same bytes: its zstd frame makes one page fewer).
payload = bytearray(ram[16:-4])
first, n = struct.unpack("<QI", payload[:12])
if n >= 1024:
    first -= 1  # stay within an aligned range of 1024 pages
struct.pack_into("<QI", payload, 0, first, n + 1 if n < 1024 else n)
if n >= 1024:
    fail("the first compressed frame holds 1024 pages: cannot raise its count")
head = b"RAM " + struct.pack("<IQ", 0, len(payload))
bad = head + bytes(payload) + struct.pack("<I", zlib.crc32(head + bytes(payload)))
d = rvisor("dst4", ["--incoming", "unix:" + T + "/d4.in"])
wait_for(lambda: "waiting for a migration" in err_of("dst4"), "dst4 listening")
c = socket.socket(socket.AF_UNIX)
c.settimeout(30)
c.connect(T + "/d4.in")
replies = []
for ch in stream:
    c.sendall(ch)
    if ch[:4] == b"DISK":
        replies.append(read_frame(c)[0])
c.sendall(bad)
try:
    replies.append(read_frame(c)[0])
except (EOFError, ConnectionError):
    pass
c.close()
try:
    rc = d.wait(20)
except subprocess.TimeoutExpired:
    fail("dst4: the destination did not exit")
e = err_of("dst4")
want = "RAM frame of pages %d..+%d" % (first, n + 1)
check(rc == 2 and want in e and "decompresses to" in e and replies == ["ACPT", "ABRT"],
      "a compressed frame short of its pages: refused naming it, exit 2: %s, %s, %r" %
      (rc, replies, e.strip().split("\n")[-1]))
print("PASS")
