"""A disk boots through U-Boot, as distribution images do: an MBR disk with
one ext4 partition holding /boot/extlinux/extlinux.conf, the default guest's
kernel and initrd. Three ways: `rvisor run --disk` alone (rvisor's SBI +
S-mode U-Boot, the default), and OpenSBI fw_jump.bin / fw_dynamic.bin as
--firmware with --uboot (2 vCPUs). Each must reach the
guest's userspace, power off, and end rvisor with status 0. U-Boot edits the
device tree in place (a tree without spare room overwrote U-Boot's own data),
and fw_dynamic.bin needs its fw_dynamic_info in a2."""
import os
import shutil
import subprocess
import tempfile
from guestlib import Guest, require_guest, check, SKIP

kernel, initrd = require_guest()
UBOOT = "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin"
OPENSBI = "/usr/lib/riscv64-linux-gnu/opensbi/generic"
if not os.path.exists(UBOOT) or not os.path.exists(OPENSBI + "/fw_dynamic.bin"):
    print("u-boot-qemu or opensbi not installed: skipping")
    raise SystemExit(SKIP)
if not shutil.which("mkfs.ext4"):
    print("mkfs.ext4 missing: skipping")
    raise SystemExit(SKIP)

tmpdir = tempfile.TemporaryDirectory(prefix="rvisor-uboot-")  # removed at exit
tmp = tmpdir.name
root = os.path.join(tmp, "root")
os.makedirs(os.path.join(root, "boot", "extlinux"))
shutil.copy(kernel, os.path.join(root, "boot", "Image"))
shutil.copy(initrd, os.path.join(root, "boot", "initrd.gz"))
with open(os.path.join(root, "boot", "extlinux", "extlinux.conf"), "w") as f:
    f.write("default rv\ntimeout 1\nlabel rv\n\tkernel /boot/Image\n"
            "\tinitrd /boot/initrd.gz\n\tappend console=ttyS0 bench=poweroff uboot-booted\n")
disk = os.path.join(tmp, "disk.img")
size_mib = 48
with open(disk, "wb") as f:
    f.truncate(size_mib << 20)
    # One bootable Linux partition from sector 2048 to the end.
    entry = bytes([0x80, 0xfe, 0xff, 0xff, 0x83, 0xfe, 0xff, 0xff])
    entry += (2048).to_bytes(4, "little") + ((size_mib << 11) - 2048).to_bytes(4, "little")
    f.seek(446)
    f.write(entry)
    f.seek(510)
    f.write(b"\x55\xaa")
subprocess.run(["mkfs.ext4", "-q", "-E", "offset=1048576", "-d", root, disk,
                "%dk" % ((size_mib - 1) << 10)], check=True)

runs = [("rvisor SBI + S-mode U-Boot (default)", []),
        ("OpenSBI fw_jump + S-mode U-Boot", ["--firmware", OPENSBI + "/fw_jump.bin",
                                             "--uboot", "--cpus", "2"]),
        ("OpenSBI fw_dynamic + S-mode U-Boot", ["--firmware", OPENSBI + "/fw_dynamic.bin",
                                                "--uboot", "--cpus", "2"])]
for name, extra in runs:
    g = Guest(extra + ["--disk", disk + ",format=raw", "--memory", "512M"], timeout=120)
    g.expect("U-Boot 20", 60)
    g.expect("Found /boot/extlinux/extlinux.conf", 60)
    g.expect("Starting kernel", 60)
    g.expect("uboot-booted", 60)  # the kernel's command line came from extlinux.conf
    g.expect("GUEST-READY", 90)
    g.expect("GUEST-POWEROFF", 30)
    rc = g.wait_exit(30)
    check(rc == 0, "%s: exit status %d after poweroff" % (name, rc), g)
    print("%s: ok" % name)
