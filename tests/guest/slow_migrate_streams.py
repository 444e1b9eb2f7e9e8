"""Live migration over several streams (docs/migration.md, "Several
streams"): a counter loop in the guest shell goes on at the destination
after a migration with "streams": 4 over a unix socket (RAM over 4 more
connections; a unix socket, since as root main's sandbox leaves a VM
without a NIC no TCP route, see slow_migrate_netns.py); then a guest rewriting 16 MiB of tmpfs in a loop (a new
letter each pass) migrates over 4 streams with a 5 ms downtime limit, and
at the destination the file holds one letter only: a page sent again in a
later round must never be overtaken by its older copy on another stream.
Prints downtime and total time of each migration."""
import os
import re
import shutil
import tempfile
from guestlib import Guests, require_guest, check, SKIP, wait_socket, pump, last_line, counters, \
    migrate

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-migrate-")
guests = Guests(timeout=600)
start, incoming = guests.start, guests.incoming


try:
    s0 = os.path.join(tmp, "a.sock")
    a = start(["--kernel", kernel, "--initrd", initrd, "--api-socket", s0])
    a.expect("GUEST-READY", 180)
    a.expect("# ", 30)
    wait_socket(s0, a)
    check(last_line(a.run("echo ready-$((6*7))")) == "ready-42", "shell does not answer", a)
    a.send("i=0; while true; do echo CNT $i; i=$((i+1)); sleep 0.2; done &\n")
    a.expect("CNT 5\r\n", 30)

    s1 = os.path.join(tmp, "b.sock")
    b, addr = incoming("unix:" + os.path.join(tmp, "mig1.sock"), s1)
    pump(a, 0.3)
    down1, total1, _, st1 = migrate(a, s0, b, addr, {"streams": 4})
    check(st1.get("streams") == 4, "GET /migrate says 4 streams: %s" % st1.get("streams"), b)
    last = counters(a, 0)[-1]
    b.expect("CNT %d\r\n" % (last + 1), 20)
    b.expect("CNT %d\r\n" % (last + 3), 10)
    wait_socket(s1, b)
    check(last_line(b.run("echo there-$((6*7))")) == "there-42", "shell does not answer at B", b)
    print("4 streams: the counter continued at CNT %d" % (last + 1))

    b.run("kill %1; mount -t tmpfs -o size=64m none /mnt 2>/dev/null; echo mounted", 60)
    b.send("i=0; while [ ! -e /tmp/stop ]; do i=$((i+1)); l=$(printf \\\\$(printf %o $((65 + i % 26)))); "
           "dd if=/dev/zero bs=1M count=16 2>/dev/null | tr '\\0' \"$l\" > /mnt/f; "
           "echo DIRTY $i; done &\n")
    b.expect("DIRTY 2", 120)
    s2 = os.path.join(tmp, "c.sock")
    c, addr = incoming("unix:" + os.path.join(tmp, "mig2.sock"), s2)
    down2, total2, rounds2, _ = migrate(b, s1, c, addr, {"downtime_ms": 5, "streams": 4})
    out = c.run("touch /tmp/stop; wait; l=$(head -c 1 /mnt/f); echo letter=$l size=$(wc -c < /mnt/f) "
                "others=$(tr -d \"$l\" < /mnt/f | wc -c)", 180)
    m = re.search(r"letter=([A-Z]) size=(\d+) others=(\d+)", out)
    check(m is not None and m.group(3) == "0" and int(m.group(2)) == 16 << 20,
          "the file written during the migration is not one letter: %r" % out, c)
    print("RESULT 4 streams over a unix socket: idle-ish guest downtime %.1f ms, total %.1f ms; "
          "dirtying guest downtime %.1f ms, total %.1f ms, %d rounds, file all '%s'"
          % (down1, total1, down2, total2, rounds2, m.group(1)))
    c.send("poweroff\n")
    check(c.wait_exit(60) == 0, "poweroff at C", c)
finally:
    guests.kill_all()
    shutil.rmtree(tmp, ignore_errors=True)
print("PASS")
