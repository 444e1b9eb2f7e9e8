"""A managed guest's snapshot tree with its disk, through `rvisor volume`,
`rvisor vm` and `rvisor snapshot` in a temporary state directory. The
guest (the default kernel and initramfs, with a /init of this test's
appended) mounts an ext4 volume and, once a second, writes file fN, syncs,
and prints "WROTE N files=M" (M: the fN files on the disk): its counter
lives in memory, the files on disk, so every line must say N == M.
  - running snapshots S1, S2 (memory + disk): the guest goes on each time;
  - revert to S1 while running: the guest goes on from S1's counter with
    S1's files (N == M, and N smaller than at S2);
  - stop, a disk-only snapshot D, start: a cold boot counts the files D has;
  - revert to S2, then to D: each gives back exactly its files;
  - delete S1: S2 and D still give back theirs."""
import os
import re
import shutil
import subprocess
import sys
import time
from guestlib import require_guest, check, SKIP
from daemonlib import DaemonLab, initrd_plus

kernel, initrd = require_guest()
mkfs = shutil.which("mkfs.ext4") or "/sbin/mkfs.ext4"
if not os.path.exists(mkfs):
    print("mkfs.ext4 not installed (e2fsprogs): skipping")
    sys.exit(SKIP)
lab = DaemonLab("rvisor-dsnap-")
T, LOG = lab.dir, lab.console_log()
cleanup, fail, cli = lab.cleanup, lab.fail, lab.cli

INIT = b"""#!/bin/sh
export PATH=/sbin:/bin:/usr/sbin:/usr/bin
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mkdir -p /mnt
mount -t ext4 /dev/vda /mnt || { echo MOUNT-FAILED; poweroff -f; }
n=$(ls /mnt | grep -c '^f')
echo "BOOT files=$n"
while true; do
	n=$((n + 1))
	echo "$n" > /mnt/f$n
	sync
	echo "WROTE $n files=$(ls /mnt | grep -c '^f')"
	sleep 1
done
"""


# The default initramfs with this test's /init over its own.
my_initrd = initrd_plus(initrd, [("init", 0o100755, INIT)], os.path.join(T, "initrd.cpio.gz"))
img = os.path.join(T, "fs.img")
with open(img, "wb") as f:
    f.truncate(32 << 20)
subprocess.run([mkfs, "-q", "-F", img], check=True)


def lines():
    """(N, M) of every WROTE line, and the BOOT count, of the current run."""
    try:
        text = open(LOG, errors="replace").read()
    except OSError:
        text = ""
    if "MOUNT-FAILED" in text:
        fail("the guest could not mount its disk")
    wrote = [(int(a), int(b)) for a, b in re.findall(r"WROTE (\d+) files=(\d+)", text)]
    boot = re.findall(r"BOOT files=(\d+)", text)
    return wrote, int(boot[0]) if boot else None


def wait_writes(k, seconds=120):
    """Wait for k WROTE lines in this run; every one must have N == M."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        wrote, boot = lines()
        for n, m in wrote:
            if n != m:
                fail("the guest's counter %d and its disk's %d files disagree" % (n, m))
        if len(wrote) >= k:
            return wrote, boot
        time.sleep(0.5)
    fail("fewer than %d writes within %d s: %r" % (k, seconds, lines()))


try:
    cli("volume", "import", "data", img)
    cli("vm", "create", "g", "--kernel", kernel, "--initrd", my_initrd, "--mem", "128M",
        "--append", "console=ttyS0 quiet", "--disk", "vol:data")
    cli("vm", "start", "g")
    wrote, boot = wait_writes(3)
    check(boot == 0, "a fresh disk with %r files" % boot)

    # S1, S2: running snapshots; the guest goes on after each (from the
    # state of that moment: its counter matches its files).
    t0 = time.time()
    cli("snapshot", "create", "g", "S1", "--description", "running, early")
    print("snapshot of the running guest: %.2f s" % (time.time() - t0))
    w1, _ = wait_writes(2)
    n_after_s1 = w1[0][0]
    check(n_after_s1 >= 4, "after S1 the guest went on from %d" % n_after_s1)
    wrote, _ = wait_writes(4)
    cli("snapshot", "create", "g", "S2")
    w2, _ = wait_writes(2)
    n_after_s2 = w2[0][0]
    check(n_after_s2 > n_after_s1 + 2, "S2 (%d) not later than S1 (%d)" % (n_after_s2, n_after_s1))

    # Revert to S1 while running: back to S1's counter and files.
    t0 = time.time()
    cli("snapshot", "revert", "g", "S1")
    print("revert of the running guest: %.2f s" % (time.time() - t0))
    w, _ = wait_writes(2)
    check(w[0][0] == n_after_s1, "after revert to S1 the guest wrote %d (S1 went on with %d)"
          % (w[0][0], n_after_s1))
    print("ok: reverted to S1: the guest goes on with f%d over S1's %d files"
          % (w[0][0], w[0][0] - 1))

    # Stopped: a disk-only snapshot D, then a cold boot counts D's files.
    cli("vm", "stop", "g", "--timeout", "5")
    cli("snapshot", "create", "g", "D")
    cli("vm", "start", "g")
    w, d_files = wait_writes(1)
    check(d_files is not None and d_files >= n_after_s1, "D's boot saw %r files" % d_files)
    wait_writes(3)

    # Revert to S2 (running: restarted from S2), then to D.
    cli("snapshot", "revert", "g", "S2")
    w, _ = wait_writes(1)
    check(w[0][0] == n_after_s2, "after revert to S2 the guest wrote %d (want %d)"
          % (w[0][0], n_after_s2))
    cli("vm", "kill", "g")
    cli("snapshot", "revert", "g", "D")
    cli("vm", "start", "g")
    w, boot = wait_writes(1)
    check(boot == d_files, "after revert to D the guest booted with %r files (D had %d)"
          % (boot, d_files))

    # Delete S1: the others still give back theirs.
    cli("snapshot", "delete", "g", "S1")
    cli("snapshot", "revert", "g", "S2")
    w, _ = wait_writes(1)
    check(w[0][0] == n_after_s2, "S2 changed by the delete of S1: %d" % w[0][0])
    cli("vm", "kill", "g")
    cli("snapshot", "revert", "g", "D")
    cli("vm", "start", "g")
    w, boot = wait_writes(1)
    check(boot == d_files, "D changed by the delete of S1: %r files" % boot)
    out = cli("snapshot", "list", "g")
    print(out)
    cli("vm", "delete", "--force", "g")
    cli("volume", "delete", "data")
    check(not os.path.exists(os.path.join(T, "state", "vms", "1")), "the VM's files stayed")
    lab.stop_daemon()
    print("PASS")
finally:
    cleanup()
