"""virtio-blk seen from Linux: three --disk images become /dev/vda, vdb,
vdc in order with the right sizes and serials; the guest reads what the host
wrote, the host sees what the guest wrote (after sync and poweroff),
blkdiscard zeroes a range, a readonly=on disk refuses writes and stays
unchanged, and the disks survive a guest reboot."""
import hashlib
import os
import random
import tempfile
from guestlib import Guest, require_guest, check

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-disk-")
rng = random.Random(1234)


def make_image(name, size):
    p = os.path.join(tmp, name)
    with open(p, "wb") as f:
        f.write(rng.randbytes(size))
    return p


def run(cmd):
    """The command's last output line (the console may wrap the echoed
    command line into the output)."""
    out = g.run(cmd).split("\n")
    return out[-1].strip() if out else ""


def md5(data):
    return hashlib.md5(data).hexdigest()


a = make_image("a.img", 8 << 20)
b = make_image("b.img", 4 << 20)
c = make_image("c.img", 2 << 20)
a0, b0, c0 = (open(p, "rb").read() for p in (a, b, c))

g = Guest(["--kernel", kernel, "--initrd", initrd,
           "--disk", a + ",format=raw,serial=rvisor-disk-A",
           "--disk", b + ",cache=writeback",
           "--disk", c + ",readonly=on,serial=RO"], timeout=180)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)

# Sizes (512-byte sectors), serials, read-only flag.
check(run("cat /sys/block/vda/size") == str((8 << 20) // 512), "vda size", g)
check(run("cat /sys/block/vdb/size") == str((4 << 20) // 512), "vdb size", g)
check(run("cat /sys/block/vdc/size") == str((2 << 20) // 512), "vdc size", g)
check(run("cat /sys/block/vda/serial; echo") == "rvisor-disk-A", "vda serial", g)
check(run("cat /sys/block/vdb/serial; echo") == "", "vdb serial", g)
check(run("cat /sys/block/vdc/serial; echo") == "RO", "vdc serial", g)
check(run("cat /sys/block/vdc/ro") == "1", "vdc is not read-only", g)
check(run("cat /sys/block/vda/ro") == "0", "vda is read-only", g)

# The guest reads what the host wrote: first sector, first MiB, a whole disk.
out = run("dd if=/dev/vda bs=512 count=1 2>/dev/null | md5sum")
check(out.split()[0] == md5(a0[:512]), "vda sector 0 md5 %s" % out, g)
out = run("dd if=/dev/vda bs=65536 count=16 2>/dev/null | md5sum")
check(out.split()[0] == md5(a0[:1 << 20]), "vda first MiB md5 %s" % out, g)
out = run("dd if=/dev/vda bs=4096 skip=2000 count=48 2>/dev/null | md5sum")
check(out.split()[0] == md5(a0[2000 * 4096:2048 * 4096]), "vda last blocks md5 %s" % out, g)
out = run("md5sum /dev/vdc")
check(out.split()[0] == md5(c0), "vdc md5 %s" % out, g)

# The guest writes: 256 KiB of random data at 40 KiB into vdb, one sector at
# sector 3 of vda; then re-reads them from the device (caches dropped).
g.run("dd if=/dev/urandom of=/tmp/p bs=4096 count=64 2>/dev/null")
pat_md5 = run("md5sum /tmp/p").split()[0]
out = run("dd if=/tmp/p of=/dev/vdb bs=4096 seek=10 conv=fsync 2>&1; echo rc=$?")
check("rc=0" in out, "write to vdb failed: %s" % out, g)
out = run("echo hello-from-the-guest | dd of=/dev/vda bs=512 seek=3 conv=sync,fsync 2>&1; echo rc=$?")
check("rc=0" in out, "write to vda failed: %s" % out, g)
g.run("sync; echo 3 > /proc/sys/vm/drop_caches")
out = run("dd if=/dev/vdb bs=4096 skip=10 count=64 2>/dev/null | md5sum")
check(out.split()[0] == pat_md5, "vdb re-read md5 %s, wrote %s" % (out, pat_md5), g)

# Discard: 1 MiB at 2 MiB of vdb (raw images punch a hole: reads zero).
out = run("blkdiscard -o 2097152 -l 1048576 /dev/vdb 2>&1; echo rc=$?")
check("rc=0" in out, "blkdiscard failed: %s" % out, g)

# Read-only disk: writes fail in the guest.
out = run("dd if=/dev/zero of=/dev/vdc bs=512 count=1 conv=fsync 2>&1; echo rc=$?")
check("rc=0" not in out, "write to the read-only disk succeeded: %s" % out, g)
out = run("blkdiscard /dev/vdc 2>&1; echo rc=$?")
check("rc=0" not in out, "discard on the read-only disk succeeded: %s" % out, g)

# A guest reboot rebuilds the machine: the disks come back with the data.
g.send("reboot -f\n")
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
out = run("dd if=/dev/vda bs=512 skip=3 count=1 2>/dev/null | head -c 20; echo")
check(out == "hello-from-the-guest", "vda sector 3 after reboot: %r" % out, g)

g.send("poweroff -f\n")
rc = g.wait_exit(60)
check(rc == 0, "exit status %d after poweroff" % rc, g)

# The host sees the guest's writes, and nothing else changed.
a1, b1, c1 = (open(p, "rb").read() for p in (a, b, c))
check(md5(b1[40960:40960 + 262144]) == pat_md5, "vdb bytes on the host differ from the guest's")
check(b1[:40960] == b0[:40960] and b1[40960 + 262144:2 << 20] == b0[40960 + 262144:2 << 20],
      "vdb bytes outside the written range changed")
check(b1[2 << 20:3 << 20] == bytes(1 << 20), "discarded range of vdb is not zero")
check(b1[3 << 20:] == b0[3 << 20:], "vdb bytes after the discarded range changed")
sector3 = b"hello-from-the-guest\n".ljust(512, b"\0")
check(a1[3 * 512:4 * 512] == sector3, "vda sector 3 on the host: %r" % a1[3 * 512:3 * 512 + 32])
check(a1[:3 * 512] == a0[:3 * 512] and a1[4 * 512:] == a0[4 * 512:], "vda changed elsewhere")
check(c1 == c0, "the read-only image changed")
for p in (a, b, c):
    os.unlink(p)
os.rmdir(tmp)
print("disks ok: sizes, serials, host->guest, guest->host, discard, read-only")
