"""Live migration of a Linux guest (docs/migration.md): a counter loop in
the guest shell goes on at the destination, over a unix socket and then
over loopback TCP, the source process exits with status 0 only after the
destination runs, the shell answers there, and guest time has no jump.
Then a guest rewriting 16 MiB of tmpfs in a loop (a new letter each pass)
migrates with a 5 ms downtime limit: it converges, and at the destination
the file holds one letter only (a page the dirty log missed would hold an
older one). Prints downtime and total time of each migration."""
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
    a.expect("GUEST-READY", 120)
    a.expect("# ", 30)
    wait_socket(s0, a)
    check(last_line(a.run("echo ready-$((6*7))")) == "ready-42", "shell does not answer", a)
    a.send("i=0; while true; do echo CNT $i; i=$((i+1)); sleep 0.2; done &\n")
    a.expect("CNT 5\r\n", 30)
    up_a = float(last_line(a.run("cut -d' ' -f1 /proc/uptime")))

    # 1. Over a unix socket.
    s1 = os.path.join(tmp, "b.sock")
    b, addr = incoming("unix:" + os.path.join(tmp, "mig1.sock"), s1)
    check(addr.startswith("unix:"), "listening on %r" % addr, b)
    pump(a, 0.3)
    down1, total1, _, _ = migrate(a, s0, b, addr)
    last = counters(a, 0)[-1]
    b.expect("CNT %d\r\n" % (last + 1), 20)
    b.expect("CNT %d\r\n" % (last + 3), 10)
    wait_socket(s1, b)
    up_b = float(last_line(b.run("cut -d' ' -f1 /proc/uptime")))
    check(up_a < up_b < up_a + 60, "guest uptime jumped: %.2f then %.2f" % (up_a, up_b), b)
    check(last_line(b.run("echo there-$((6*7))")) == "there-42", "shell does not answer at B", b)
    print("unix: the counter continued at CNT %d, uptime %.2f -> %.2f" % (last + 1, up_a, up_b))

    # 2. Over loopback TCP (port 0: the destination picks one).
    s2 = os.path.join(tmp, "c.sock")
    c, addr = incoming("tcp:127.0.0.1:0", s2)
    check(re.fullmatch(r"tcp:127\.0\.0\.1:\d+", addr) is not None, "listening on %r" % addr, c)
    down2, total2, _, _ = migrate(b, s1, c, addr)
    last = counters(b, 0)[-1]
    c.expect("CNT %d\r\n" % (last + 1), 20)
    c.expect("CNT %d\r\n" % (last + 3), 10)
    wait_socket(s2, c)
    print("tcp: the counter continued at CNT %d" % (last + 1))

    # 3. A guest dirtying memory fast, with a 5 ms downtime limit: each
    #    pass rewrites 16 MiB of tmpfs with one letter (the next one each
    #    time). At the destination every byte of the file must be the same
    #    letter: a page the dirty log missed would hold an older letter.
    c.run("kill %1; mount -t tmpfs -o size=64m none /mnt 2>/dev/null; echo mounted", 60)
    c.send("i=0; while [ ! -e /tmp/stop ]; do i=$((i+1)); l=$(printf \\\\$(printf %o $((65 + i % 26)))); "
           "dd if=/dev/zero bs=1M count=16 2>/dev/null | tr '\\0' \"$l\" > /mnt/f; "
           "echo DIRTY $i; done &\n")
    c.expect("DIRTY 2", 120)
    s3 = os.path.join(tmp, "d.sock")
    d, addr = incoming("tcp:127.0.0.1:0", s3)
    down3, total3, rounds3, st3 = migrate(c, s2, d, addr, {"downtime_ms": 5})
    # Stop the writer at once, after the pass it was in (a kill could
    # leave a truncated file): the file is then mostly pages written at
    # the source, which only the migration brought here.
    out = d.run("touch /tmp/stop; wait; l=$(head -c 1 /mnt/f); echo letter=$l size=$(wc -c < /mnt/f) "
                "others=$(tr -d \"$l\" < /mnt/f | wc -c)", 180)
    m = re.search(r"letter=([A-Z]) size=(\d+) others=(\d+)", out)
    check(m is not None and m.group(3) == "0" and int(m.group(2)) == 16 << 20,
          "the file written during the migration is not one letter: %r" % out, d)
    print("dirtying guest (16 MiB rewritten in a loop): downtime %.1f ms (limit 5), total %.1f "
          "ms, %d rounds; file of %s bytes all '%s'"
          % (down3, total3, rounds3, m.group(2), m.group(1)))
    print("RESULT idle-ish guest (128 MiB) over unix: downtime %.1f ms, total %.1f ms; over "
          "loopback TCP: downtime %.1f ms, total %.1f ms" % (down1, total1, down2, total2))
    d.send("poweroff\n")
    rc = d.wait_exit(60)
    check(rc == 0, "poweroff at D: status %s" % rc, d)
finally:
    guests.kill_all()
    shutil.rmtree(tmp, ignore_errors=True)
print("PASS")
