"""ext4 on virtio-blk across boots: the host makes an ext4 image holding a
file (mkfs.ext4 -d); the guest mounts it and reads the file, writes a new
one, syncs, and rvisor is killed with SIGKILL right after the sync returns;
a second boot replays the journal and reads the file back intact; after a
clean unmount, e2fsck on the host finds the filesystem clean and debugfs
reads the same bytes."""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from guestlib import Guest, require_guest, check, SKIP

kernel, initrd = require_guest()
mkfs = shutil.which("mkfs.ext4") or "/sbin/mkfs.ext4"
if not os.path.exists(mkfs):
    print("mkfs.ext4 not installed (e2fsprogs): skipping")
    sys.exit(SKIP)

tmp = tempfile.mkdtemp(prefix="rvisor-ext4-")
img = os.path.join(tmp, "fs.img")
src = os.path.join(tmp, "root")
os.mkdir(src)
host_text = b"written by the host before boot\n" * 100
with open(os.path.join(src, "host.txt"), "wb") as f:
    f.write(host_text)
with open(img, "wb") as f:
    f.truncate(64 << 20)
subprocess.run([mkfs, "-q", "-F", "-d", src, img], check=True)


def boot():
    g = Guest(["--kernel", kernel, "--initrd", initrd, "--disk", img], timeout=180)
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    return g


def run(g, cmd, timeout=60):
    out = g.run(cmd, timeout).split("\n")
    return out[-1].strip() if out else ""


# Boot 1: read the host's file, write one, sync, then SIGKILL.
g = boot()
out = run(g, "mkdir -p /mnt && mount -t ext4 /dev/vda /mnt 2>&1; echo rc=$?")
check(out == "rc=0", "mount failed: %s" % out, g)
out = run(g, "md5sum /mnt/host.txt")
check(out.split()[0] == hashlib.md5(host_text).hexdigest(), "host.txt md5 %s" % out, g)
run(g, "dd if=/dev/urandom of=/mnt/guest.bin bs=65536 count=24 2>/dev/null")
guest_md5 = run(g, "md5sum /mnt/guest.bin").split()[0]
out = run(g, "sync; echo synced")
check(out == "synced", "sync: %s" % out, g)
# SIGKILL, and wait for the VM process too (under the sandbox it ends after
# its relay and holds the image lock until then).
g.kill()

# Boot 2: the journal is replayed; the synced file is there.
g = boot()
out = run(g, "mkdir -p /mnt && mount -t ext4 /dev/vda /mnt 2>&1; echo rc=$?")
check(out == "rc=0", "mount after SIGKILL failed: %s" % out, g)
out = run(g, "md5sum /mnt/guest.bin")
check(out.split()[0] == guest_md5, "guest.bin after SIGKILL: %s, expected %s" % (out, guest_md5), g)
out = run(g, "umount /mnt 2>&1; echo rc=$?")
check(out == "rc=0", "umount failed: %s" % out, g)
g.send("poweroff -f\n")
rc = g.wait_exit(60)
check(rc == 0, "exit status %d after poweroff" % rc, g)

# The host: a clean filesystem holding the guest's bytes.
fsck = subprocess.run([shutil.which("e2fsck") or "/sbin/e2fsck", "-f", "-n", img],
                      capture_output=True, text=True)
check(fsck.returncode == 0, "e2fsck: status %d\n%s%s" % (fsck.returncode, fsck.stdout, fsck.stderr))
debugfs = shutil.which("debugfs") or "/sbin/debugfs"
if os.path.exists(debugfs):
    data = subprocess.run([debugfs, "-R", "cat /guest.bin", img], capture_output=True).stdout
    check(hashlib.md5(data).hexdigest() == guest_md5, "debugfs reads other bytes for guest.bin")
shutil.rmtree(tmp)
print("ext4 ok: host->guest file, guest file survives SIGKILL after sync, fsck clean")
