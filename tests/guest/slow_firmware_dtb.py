"""The firmware path: Debian's OpenSBI (fw_jump.bin) in M-mode boots the same
kernel to userspace; --dump-dtb writes a device tree that dtc decodes, with
one cpu node per vCPU and the virt board's devices."""
import os
import subprocess
import tempfile
from guestlib import Guest, RVISOR, require_guest, check, SKIP

kernel, initrd = require_guest()
fw = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin"
if not os.path.exists(fw):
    print("opensbi not installed: skipping")
    raise SystemExit(SKIP)

for cpus in (1, 2):
    g = Guest(["--firmware", fw, "--kernel", kernel, "--initrd", initrd, "--cpus", str(cpus),
               "--append", "console=ttyS0 bench=poweroff"], timeout=120)
    g.expect("OpenSBI", 30)
    g.expect("Platform HART Count       : %d" % cpus, 30)
    g.expect("GUEST-READY", 90)
    g.expect("GUEST-POWEROFF", 30)
    rc = g.wait_exit(30)
    check(rc == 0, "exit status %d after poweroff under OpenSBI" % rc, g)
    print("OpenSBI + Linux, %d vCPU(s): ok" % cpus)

with tempfile.TemporaryDirectory() as d:
    dtb = os.path.join(d, "virt.dtb")
    r = subprocess.run([RVISOR, "run", "--kernel", kernel, "--initrd", initrd, "--cpus", "3",
                        "--append", "console=ttyS0 bench=poweroff", "--dump-dtb", dtb,
                        "--timeout", "60"], stdin=subprocess.DEVNULL, capture_output=True)
    check(r.returncode == 0, "boot with --dump-dtb exited %d" % r.returncode)
    dts = subprocess.run(["dtc", "-I", "dtb", "-O", "dts", dtb], capture_output=True,
                         text=True).stdout
    for want in ("cpu@0", "cpu@1", "cpu@2", "riscv,isa", "timebase-frequency = <0x989680>",
                 "linux,initrd-start", "bootargs = \"console=ttyS0 bench=poweroff\"",
                 "serial@10000000", "plic@c000000", "clint@2000000", "rtc@101000",
                 "poweroff", "reboot", "memory@80000000"):
        check(want in dts, "device tree lacks %r" % want)
    check("cpu@3" not in dts, "device tree has a fourth cpu")
    print("--dump-dtb: ok")
