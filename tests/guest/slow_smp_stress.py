"""SMP under load: on 4 vCPUs, parallel jobs that fork and exit processes
(remote TLB shootdowns, IPIs), checksum a shared file (page cache, locks)
and pipe data between processes; every job must finish with the same
results a single job computes, and the shell must stay responsive."""
import re
from guestlib import Guest, require_guest, check

kernel, initrd = require_guest()
g = Guest(["--kernel", kernel, "--initrd", initrd, "--cpus", "4", "--memory", "256M"],
          timeout=300)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
check(g.run("grep -c ^processor /proc/cpuinfo") == "4", "4 harts expected", g)
g.run("dd if=/dev/urandom of=/tmp/blob bs=64k count=64 2>/dev/null")
ref = g.run("md5sum < /tmp/blob").split()[0]
check(len(ref) == 32, "md5sum output %r" % ref, g)
# Four jobs, each: 30 fork+exec+exit, then 3 checksums through a pipe.
job = ("( i=0; while [ $i -lt 30 ]; do /bin/true; i=$((i+1)); done; "
       "for k in 1 2 3; do cat /tmp/blob | md5sum; done ) > /tmp/out.$J 2>&1")
g.run("for J in 1 2 3 4; do %s & done; wait" % job.replace("$J", "$J"), timeout=240)
outs = g.run("cat /tmp/out.1 /tmp/out.2 /tmp/out.3 /tmp/out.4").split("\n")
# (the interactive shell also prints job-control "Done" lines: skip them)
sums = [m.group(1) for l in outs for m in [re.match(r"^([0-9a-f]{32})  -$", l.strip())] if m]
check(len(sums) == 12, "expected 12 checksums, got %r" % outs, g)
check(all(s == ref for s in sums), "checksums differ under SMP load: %r vs %s" % (sums, ref), g)
intr = g.run("grep -i -E 'IPI|Rescheduling' /proc/interrupts | head -3")
print("interrupts:", intr.replace("\n", " | "))
check(g.run("echo still-here") == "still-here", "shell unresponsive after load", g)
g.send("poweroff -f\n")
check(g.wait_exit(60) == 0, "exit status after poweroff", g)
print("smp stress: 12 checksums equal the reference")
