"""A qcow2 image made by qemu-img as a virtio-blk disk: the guest reads the
data qemu-io wrote and unallocated clusters as zeroes, writes its own, and
afterwards qemu-img check finds the image clean and qemu-io reads the
guest's bytes."""
import os
import shutil
import subprocess
import sys
import tempfile
from guestlib import Guest, require_guest, check, SKIP

kernel, initrd = require_guest()
qemu_img, qemu_io = shutil.which("qemu-img"), shutil.which("qemu-io")
if not qemu_img or not qemu_io:
    print("qemu-img/qemu-io not installed (qemu-utils): skipping")
    sys.exit(SKIP)

tmp = tempfile.mkdtemp(prefix="rvisor-qcow2-")
img = os.path.join(tmp, "d.qcow2")
subprocess.run([qemu_img, "create", "-q", "-f", "qcow2", img, "64M"], check=True)
subprocess.run([qemu_io, "-f", "qcow2", "-c", "write -P 0xab 0 1M", "-c", "write -P 0x11 10M 64k",
                img], check=True, capture_output=True)

g = Guest(["--kernel", kernel, "--initrd", initrd, "--disk", img + ",format=qcow2"], timeout=180)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)


def run(cmd):
    out = g.run(cmd, 60).split("\n")
    return out[-1].strip() if out else ""


check(run("cat /sys/block/vda/size") == str((64 << 20) // 512), "vda size", g)
# 0xab x 1 MiB, 0x11 x 64 KiB, and zeroes where nothing was written.
check(run("dd if=/dev/vda bs=64k count=16 2>/dev/null | md5sum").split()[0] ==
      "096003817ad2638000a6836e55866697", "data written by qemu-io", g)
check(run("dd if=/dev/vda bs=64k skip=160 count=1 2>/dev/null | md5sum").split()[0] ==
      "876f4f724f70c185824f120574658786", "second data range", g)
check(run("dd if=/dev/vda bs=64k skip=300 count=1 2>/dev/null | md5sum").split()[0] ==
      "fcd6bcb56c1689fcef28b57c22475bad", "unallocated cluster is not zero", g)
# The guest writes 0x5c x 192 KiB at 20 MiB (a fresh cluster range) and
# 0x77 x 4 KiB inside the first (allocated) range.
out = run("printf '\\134%.0s' $(seq 4096) > /tmp/x; cat /tmp/x /tmp/x /tmp/x /tmp/x > /tmp/y; "
          "for i in $(seq 12); do cat /tmp/y; done > /tmp/z; "
          "dd if=/tmp/z of=/dev/vda bs=64k seek=320 conv=fsync 2>&1; echo rc=$?")
check(out == "rc=0", "guest write: %s" % out, g)
out = run("printf 'w%.0s' $(seq 4096) | tr w '\\167' | dd of=/dev/vda bs=4096 seek=16 conv=fsync "
          "2>&1; echo rc=$?")
check(out == "rc=0", "guest write 2: %s" % out, g)
g.send("poweroff -f\n")
rc = g.wait_exit(60)
check(rc == 0, "exit status %d after poweroff" % rc, g)

ck = subprocess.run([qemu_img, "check", img], capture_output=True, text=True)
check(ck.returncode == 0, "qemu-img check: %s%s" % (ck.stdout, ck.stderr))
for pattern in ("read -P 0x5c 20M 192k", "read -P 0x77 64k 4k", "read -P 0xab 0 64k",
                "read -P 0xab 68k 956k", "read -P 0x11 10M 64k"):
    r = subprocess.run([qemu_io, "-f", "qcow2", "-c", pattern, img], capture_output=True,
                       text=True)
    check(r.returncode == 0 and "Pattern verification failed" not in r.stdout,
          "qemu-io %s: %s" % (pattern, r.stdout))
shutil.rmtree(tmp)
print("qcow2 disk ok: qemu-img data read in the guest, guest data read by qemu-io, image clean")
