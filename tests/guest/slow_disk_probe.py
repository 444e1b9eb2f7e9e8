"""The format-probing attack from inside Linux: the guest's disk is given
without format= (probed: raw), and the guest writes onto /dev/vda the header
of a qcow2 image whose backing file is a host file ("secret", made in this
test's own temporary directory; the header comes in on a second, read-only
disk). The write must fail in the guest with an I/O error and leave the
image unchanged. Then the header is put on the image from the host (as a
write that got through before, e.g. under an older rvisor, would have left
it) and the guest reboots: the disk must come back raw, showing the header
bytes and not one byte of the host file."""
import atexit
import hashlib
import os
import shutil
import subprocess
import tempfile
from guestlib import Guest, RVISOR, require_guest, check

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-probe-")
atexit.register(shutil.rmtree, tmp, True)
SECRET = b"SECRET-HOST-FILE-"
DISK_SIZE = 8 << 20
with open(os.path.join(tmp, "secret"), "wb") as f:
    f.write(SECRET * 4000)
disk = os.path.join(tmp, "disk.img")
with open(disk, "wb") as f:
    f.truncate(DISK_SIZE)
# The attacker's header: a qcow2 image of the disk's size backed by "secret"
# (resolved next to the image, i.e. next to the disk); a few KiB with
# 512-byte clusters.
hdr = os.path.join(tmp, "hdr.img")
subprocess.run([RVISOR, "img", "create", "-q", "-f", "qcow2", "-o", "cluster_size=512", "-b",
                "secret", "-F", "raw", hdr, str(DISK_SIZE)], check=True)
header = open(hdr, "rb").read()
check(len(header) % 4096 == 0 and len(header) <= 65536 and header[:4] == b"QFI\xfb",
      "unexpected header (%d bytes)" % len(header))
N = len(header)

g = Guest(["--kernel", kernel, "--initrd", initrd, "--disk", disk,
           "--disk", hdr + ",format=raw,readonly=on"], timeout=300)
g.expect("GUEST-READY", 120)
g.expect("# ", 30)
check(b"no format given, probed raw" in g.log, "no warning about the probed format", g)


def run(cmd):
    out = g.run(cmd, 60).split("\n")
    return out[-1].strip() if out else ""


# The guest writes the header onto its disk: directly, then through the page cache.
out = run("dd if=/dev/vdb of=/dev/vda bs=%d count=1 oflag=direct 2>&1; echo rc=$?" % N)
check(out.startswith("rc=") and out != "rc=0", "direct write of the header succeeded: %s" % out, g)
out = run("dd if=/dev/vdb of=/dev/vda bs=%d count=1 conv=fsync 2>&1; echo rc=$?" % N)
check(out.startswith("rc=") and out != "rc=0", "write of the header succeeded: %s" % out, g)
check(b"refused: it would put an image header into the first sector" in g.log,
      "no message naming the refusal", g)
with open(disk, "rb") as f:
    check(f.read(N) == bytes(N), "the header reached the image")
# Other writes still work, sector 0 included.
out = run("echo hello | dd of=/dev/vda bs=512 count=1 conv=sync,fsync oflag=direct 2>&1; echo rc=$?")
check(out == "rc=0", "an ordinary write to sector 0 failed: %s" % out, g)

# The header on the image from the host, then a guest reboot: raw again.
with open(disk, "r+b") as f:
    f.write(header)
g.send("reboot -f\n")
g.expect("GUEST-READY", 120)
g.expect("# ", 30)
check(run("cat /sys/block/vda/size") == str(DISK_SIZE // 512), "vda size after the reboot", g)
out = run("dd if=/dev/vda bs=4 count=1 iflag=direct 2>/dev/null | od -An -tx1 | tr -d ' '")
check(out == "514649fb", "vda does not start with the header bytes (raw view): %r" % out, g)
# The whole disk is the image file as it is (the qcow2 view would start
# with the host file's bytes).
out = run("dd if=/dev/vda bs=64k count=2 iflag=direct 2>/dev/null | tr -c A-Z- '\\n' | grep -c SECRET-HOST")
check(out == "0", "the guest sees the host file's bytes: %s" % out, g)
out = run("md5sum /dev/vda")
check(out.split()[0] == hashlib.md5(open(disk, "rb").read()).hexdigest(),
      "vda is not the image file as it is: %s" % out, g)

g.send("poweroff -f\n")
rc = g.wait_exit(60)
check(rc == 0, "exit status %d after poweroff" % rc, g)
print("probed-raw disk: header write refused, raw after a reboot, host file never visible")
