"""Boot the default guest under each CPU engine, the JIT and the
interpreter, whatever the default (the rest of the suite runs under the
default engine, the JIT on x86-64; RVISOR_CPU_ENGINE chooses it), with 2
vCPUs: reach the shell, run a shell computation and a checksum, power off
with status 0."""
import platform
import sys
from guestlib import Guest, require_guest, check

if platform.machine() != "x86_64":
    print("the JIT engine exists on x86-64 hosts only")
    sys.exit(77)
kernel, initrd = require_guest()
for engine in ("jit", "interp"):
    g = Guest(["--cpu-engine", engine, "--kernel", kernel, "--initrd", initrd, "--cpus", "2",
               "--append", "console=ttyS0"], timeout=180)
    g.expect("GUEST-READY", 120)
    g.expect("# ", 30)
    out = g.run("i=0; s=0; while [ $i -lt 20000 ]; do s=$((s + i * i % 7)); i=$((i + 1)); done; echo sum=$s", 120)
    check("sum=39998" in out, "shell loop said %r" % out, g)
    out = g.run("seq 1 3000 | md5sum")
    check("ee9762749fc5338b6c9b0948d14219c7" in out, "md5sum said %r" % out, g)
    g.send("poweroff -f\n")
    rc = g.wait_exit(60)
    check(rc == 0, "rvisor exit status %d after poweroff" % rc, g)
    print("engine=%s ok" % engine)
