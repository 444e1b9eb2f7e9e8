"""The firmware path: Debian's OpenSBI (fw_jump.bin) in M-mode boots the same
kernel to userspace; --dump-dtb writes a device tree that dtc decodes, with
one cpu node per vCPU and the virt board's devices. The syscon-poweroff node
is there for firmware (OpenSBI powers off through it) and absent when rvisor
provides SBI (Linux would fail to probe it: pm_power_off is SBI's)."""
import os
import re
import subprocess
import tempfile
from guestlib import Guest, RVISOR, require_guest, check, SKIP

kernel, initrd = require_guest()
fw = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin"
if not os.path.exists(fw):
    print("opensbi not installed: skipping")
    raise SystemExit(SKIP)

tmpdir = tempfile.TemporaryDirectory(prefix="rvisor-dtb-")  # removed at exit
tmp = tmpdir.name


def dts_of(dtb):
    return subprocess.run(["dtc", "-I", "dtb", "-O", "dts", dtb], capture_output=True,
                          text=True).stdout


for cpus in (1, 2):
    fw_dtb = os.path.join(tmp, "fw%d.dtb" % cpus)
    g = Guest(["--firmware", fw, "--kernel", kernel, "--initrd", initrd, "--cpus", str(cpus),
               "--append", "console=ttyS0 bench=poweroff", "--dump-dtb", fw_dtb], timeout=120)
    g.expect("OpenSBI", 30)
    g.expect("Platform HART Count       : %d" % cpus, 30)
    g.expect("GUEST-READY", 90)
    g.expect("GUEST-POWEROFF", 30)
    rc = g.wait_exit(30)
    check(rc == 0, "exit status %d after poweroff under OpenSBI" % rc, g)
    fw_dts = dts_of(fw_dtb)
    check("syscon-poweroff" in fw_dts and "syscon-reboot" in fw_dts,
          "the --firmware device tree lacks the syscon-poweroff or -reboot node")
    print("OpenSBI + Linux, %d vCPU(s): ok" % cpus)

with tempfile.TemporaryDirectory() as d:
    dtb = os.path.join(d, "virt.dtb")
    r = subprocess.run([RVISOR, "run", "--kernel", kernel, "--initrd", initrd, "--cpus", "3",
                        "--append", "console=ttyS0 bench=poweroff", "--dump-dtb", dtb,
                        "--timeout", "60"], stdin=subprocess.DEVNULL, capture_output=True)
    check(r.returncode == 0, "boot with --dump-dtb exited %d" % r.returncode)
    dts = dts_of(dtb)
    for want in ("cpu@0", "cpu@1", "cpu@2", "riscv,isa", "timebase-frequency = <0x989680>",
                 "linux,initrd-start", "bootargs = \"console=ttyS0 bench=poweroff\"",
                 "serial@10000000", "plic@c000000", "clint@2000000", "rtc@101000",
                 "syscon-reboot", "memory@80000000"):
        check(want in dts, "device tree lacks %r" % want)
    check("cpu@3" not in dts, "device tree has a fourth cpu")
    check("syscon-poweroff" not in dts, "rvisor's SBI, yet the tree has a syscon-poweroff node")
    boot = r.stdout.decode(errors="replace")
    check(not re.search(r"probe of \S+ failed", boot),
          "a driver failed to probe:\n" + "\n".join(l for l in boot.splitlines() if "probe of" in l))
    print("--dump-dtb: ok")
