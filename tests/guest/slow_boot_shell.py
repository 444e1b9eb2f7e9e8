"""Boot the default guest to its shell, run commands on the serial console,
check what a user sees (uname, /proc/cpuinfo harts, date), then power off:
rvisor must exit with status 0. The boot log has no driver that failed to
probe (the board describes only devices the guest can use)."""
import re
import time
from guestlib import Guest, require_guest, check

kernel, initrd = require_guest()
for cpus in (1, 2, 4):
    g = Guest(["--kernel", kernel, "--initrd", initrd, "--cpus", str(cpus),
               "--append", "console=ttyS0"], timeout=120)
    boot = g.expect("GUEST-READY", 90)
    bad = [l for l in boot.splitlines() if re.search(r"probe of \S+ failed", l)]
    check(not bad, "boot log: %s" % bad, g)
    g.expect("# ", 30)
    uname = g.run("uname -m")
    check("riscv64" in uname, "uname -m said %r" % uname, g)
    harts = g.run("grep -c ^processor /proc/cpuinfo")
    check(harts.strip().endswith(str(cpus)), "cpuinfo lists %r harts, expected %d" % (harts, cpus), g)
    guest_now = int(g.run("date +%s").split()[-1])
    check(abs(guest_now - time.time()) < 10, "guest date %d vs host %d" % (guest_now, time.time()), g)
    g.send("poweroff -f\n")
    rc = g.wait_exit(60)
    check(rc == 0, "rvisor exit status %d after poweroff" % rc, g)
    print("cpus=%d ok (uname %s, date within %.1fs)" % (cpus, uname, abs(guest_now - time.time())))
