#!/usr/bin/env python3
"""The destination's warmed code cache (docs/migration.md, "Warming the
destination's code cache"), with a bare-metal guest and a hand-played
source:
- a source lists the block its guest runs (HOTB, right after ACPT);
- a destination given that stream decodes the block from the first copy
  of its page while the RAM comes, then receives the page again with one
  instruction changed (as a later pre-copy round would carry it): the
  guest at the destination runs the new instruction, never the warmed
  block of the old page (the page's generation moved when it came);
- the destination's trace says it decoded HOTB's blocks before the state;
- its vCPU thread exists (parked) before the state comes: spawning it
  is not inside the guest's pause.
The guest prints one letter on the UART per outer loop ('A' as
recorded, 'B' in the page sent again)."""
import os
import socket
import struct
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from migratelib import (PREAMBLE, R, Lab, api, btype, frame, itype, jal,  # noqa: E402
                        read_frame, record_frames, recv_exact)

lab = Lab("rvisor-migwarm.")
T = lab.dir
check, fail, wait_for = lab.check, lab.fail, lab.wait_for

A0, T1, T3 = 10, 6, 28
LETTER_AT = 4  # byte offset of `li a0, LETTER` in the firmware


def firmware(letter):
    """At RAM's start: print the letter on the UART, spin, again."""
    return [
        0x10000 << 12 | T3 << 7 | 0x37,  # 0x00: lui t3, 0x10000 (the UART)
        itype(ord(letter), 0, 0, A0, 0x13),  # 0x04: li a0, letter
        (A0 << 20) | (T3 << 15) | (0 << 12) | 0x23,  # 0x08: sb a0, 0(t3)
        0x100 << 12 | T1 << 7 | 0x37,  # 0x0c: lui t1, 0x100
        itype(-1, T1, 0, T1, 0x13),  # 0x10: addi t1, t1, -1
        btype(-4, 0, T1, 1),  # 0x14: bnez t1, 0x10
        jal(-0x14),  # 0x18: j 0x04
    ]


with open(os.path.join(T, "warm.bin"), "wb") as f:
    f.write(b"".join(struct.pack("<I", w) for w in firmware("A")))
RAM_BASE = 0x80000000

# 1. Record what a source sends (a fake destination that abandons at DONE).
src, ssock = lab.source("src", fw="warm.bin")
time.sleep(0.5)  # the guest runs its loop: its blocks are in the caches
lst = socket.socket(socket.AF_UNIX)
lst.bind(os.path.join(T, "rec.sock"))
lst.listen(1)
lst.settimeout(30)
code, st = api(ssock, "PUT", "/migrate", {"destination": "unix:" + T + "/rec.sock"})
check(code == 202, "PUT /migrate: %d %s" % (code, st))
c, _ = lst.accept()
c.settimeout(30)
stream = [recv_exact(c, 16)]
check(stream[0] == PREAMBLE, "preamble")
page0, hot = None, []


def note(kind, body):
    global page0
    if kind == "HOTB":
        n = struct.unpack("<I", body[4:8])[0]
        hot.extend(struct.unpack("<QQI", body[8 + 20 * k:28 + 20 * k]) for k in range(n))
    if kind == "RAM ":
        first, count, flags = struct.unpack("<QII", body[:16])
        if first == 0 and not flags:
            page0 = body[16:16 + 4096]


kinds = record_frames(c, stream, note)
c.sendall(frame("ABRT", b"test recorder: no thanks"))
c.close()
lst.close()
check(kinds[:4] == ["AUTH", "CONF", "DISK", "HOTB"],
      "HOTB comes right after DISK (and ACPT): %s" % kinds[:6])
check(any(pa == RAM_BASE + LETTER_AT for _, pa, _ in hot),
      "the source lists the block its guest runs: %s" % [hex(pa) for _, pa, _ in hot])
check(page0 is not None and page0[LETTER_AT:LETTER_AT + 4] == struct.pack("<I", firmware("A")[1]),
      "the first pass carried the guest's code page")
src.kill()
src.wait()

# 2. The same stream to a real destination, with the code page sent again
#    (the letter changed) after the destination had time to warm the old
#    block, as a later round would send a page the guest rewrote.
new_page = bytearray(page0)
new_page[LETTER_AT:LETTER_AT + 4] = struct.pack("<I", firmware("B")[1])
again = frame("RAM ", struct.pack("<QII", 0, 1, 0) + bytes(new_page))
stat_at = kinds.index("STAT") + 1  # stream[0] is the preamble
out = open(os.path.join(T, "dst.out"), "wb")
path = os.path.join(T, "dst.in")
env = dict(os.environ, RVISOR_MIGRATE_TRACE="1")
d = subprocess.Popen([R, "run", "--timeout", "120", "--incoming", "unix:" + path],
                     stdin=subprocess.DEVNULL, stdout=out,
                     stderr=open(os.path.join(T, "dst.err"), "w"), env=env)
lab.procs.append(d)
wait_for(lambda: "waiting for a migration" in lab.err_of("dst"), "the destination listening")
c = socket.socket(socket.AF_UNIX)
c.connect(path)
c.settimeout(30)
for k, raw in enumerate(stream[:stat_at]):
    c.sendall(raw)
    if raw[:4] == b"DISK":
        check(read_frame(c)[0] == "ACPT", "the destination accepts the machine")
time.sleep(1.0)  # the destination decodes the block from the first copy


def thread_names(pid):
    """The names of pid's threads, and of its children's (a sandboxed
    destination may run the VM in a child)."""
    names = []
    for p in [pid] + [int(x) for x in open("/proc/%d/task/%d/children" % (pid, pid)).read().split()]:
        for t in os.listdir("/proc/%d/task" % p):
            try:
                names.append(open("/proc/%d/task/%s/comm" % (p, t)).read().strip())
            except OSError:
                pass
    return names


names = thread_names(d.pid)
check("vcpu0" in names,
      "the vCPU thread exists (parked) before the state comes: %s" % sorted(set(names)))
c.sendall(again)
for raw in stream[stat_at:]:
    c.sendall(raw)
check(read_frame(c)[0] == "REDY", "the destination is ready")
c.sendall(frame("GO  "))
check(read_frame(c)[0] == "RUNG", "the destination runs")
wait_for(lambda: os.path.getsize(os.path.join(T, "dst.out")) >= 3, "the guest's letters", 30)
letters = open(os.path.join(T, "dst.out"), "rb").read()
check(b"B" in letters and b"A" not in letters,
      "the guest runs the code page as last received, not the block warmed from the "
      "first copy: %r" % letters[:40])
err = lab.err_of("dst")
line = [ln for ln in err.splitlines() if "HOTB:" in ln]
check(line and " 0 decoded" not in line[0],
      "the destination decoded HOTB's blocks before the state: %s" % (line or err[-400:]))
d.kill()
d.wait()
c.close()
print("PASS")
