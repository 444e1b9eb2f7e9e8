"""Linked clones of a managed guest (docs/daemon.md "Clones"), in a
temporary state directory. The guest (the default kernel and initramfs with
a /init of this test's) mounts an ext4 volume and once a second writes file
fN, syncs and prints "WROTE N files=M" (its counter in memory, its files on
disk), after "BOOT files=M" at a cold boot.
  - SRC writes a few files and stops; `vm clone SRC C1 --linked` freezes its
    disk (snapshot C1) and copies nothing; C2 is a sibling from the same
    snapshot;
  - C1 boots with SRC's files and writes more; C2 then boots with SRC's
    files only, and so does SRC: no writes reach another;
  - SRC runs again; a snapshot M of it with memory; `vm clone SRC CM
    --linked --from-snapshot M` starts from M's memory (no boot: its first
    line goes on from M's counter, with M's files) beside SRC."""
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
if not os.path.exists(mkfs) or not shutil.which("curl"):
    print("mkfs.ext4 (e2fsprogs) or curl not installed: skipping")
    sys.exit(SKIP)
lab = DaemonLab("rvisor-dlinked-", logs=("state/daemon.log",))
T, STATE = lab.dir, lab.state
cleanup, fail, cli = lab.cleanup, lab.fail, lab.cli

INIT = b"""#!/bin/sh
export PATH=/sbin:/bin:/usr/sbin:/usr/bin
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t proc proc /proc
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
my_initrd = initrd_plus(initrd, [("init", 0o100755, INIT)], os.path.join(T, "initrd.cpio.gz"))
img = os.path.join(T, "fs.img")
with open(img, "wb") as f:
    f.truncate(32 << 20)
subprocess.run([mkfs, "-q", "-F", img], check=True)


show = lab.show
ids = {}


def log_of(name):
    if name not in ids:
        ids[name] = show(name)["id"]
    return os.path.join(STATE, "vms", str(ids[name]), "console.log")


def lines(name):
    """(N, M) of every WROTE line, and the BOOT count (None: no boot line)."""
    try:
        text = open(log_of(name), errors="replace").read()
    except OSError:
        text = ""
    if "MOUNT-FAILED" in text:
        fail("%s could not mount its disk" % name)
    wrote = [(int(a), int(b)) for a, b in re.findall(r"WROTE (\d+) files=(\d+)", text)]
    boot = re.findall(r"BOOT files=(\d+)", text)
    return wrote, int(boot[0]) if boot else None


def wait_writes(name, k, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        wrote, boot = lines(name)
        for n, m in wrote:
            if n != m:
                fail("%s: counter %d and %d files on its disk disagree" % (name, n, m))
        if len(wrote) >= k:
            return wrote, boot
        time.sleep(0.5)
    fail("%s: fewer than %d writes within %d s: %r" % (name, k, seconds, lines(name)))


try:
    cli("volume", "import", "data", img)
    cli("vm", "create", "src", "--kernel", kernel, "--initrd", my_initrd, "--mem", "128M",
        "--append", "console=ttyS0 quiet", "--disk", "vol:data")
    cli("vm", "start", "src")
    wrote, boot = wait_writes("src", 3)
    cli("vm", "stop", "src", "--timeout", "5")
    # The stop may land between a file's sync and its line: the disk holds
    # the last file logged, or one more.
    n_log = lines("src")[0][-1][1]

    t0 = time.time()
    cli("vm", "clone", "src", "c1", "--linked")
    took = time.time() - t0
    top = show("c1")  # its overlay: STATE/vms/ID/layers/d0-*.qcow2
    layers = os.path.join(STATE, "vms", str(top["id"]), "layers")
    overlay = os.path.join(layers, os.listdir(layers)[0])
    size = os.path.getsize(overlay)
    check(size < (1 << 20), "the linked clone's overlay is %d bytes" % size)
    print("ok: linked clone made in %.2f s, its overlay %d bytes" % (took, size))
    cli("vm", "clone", "src", "c2", "--linked", "--from-snapshot", "c1")

    cli("vm", "start", "c1")
    w, n_src = wait_writes("c1", 3)
    check(n_src in (n_log, n_log + 1), "c1 booted with %r files (src logged %d)"
          % (n_src, n_log))
    cli("vm", "stop", "c1", "--timeout", "5")
    print("ok: c1 booted with src's %d files and wrote %d more" % (n_src, len(w)))
    cli("vm", "start", "c2")
    w, boot = wait_writes("c2", 1)
    check(boot == n_src, "c2 booted with %r files: c1's writes reached it" % boot)
    cli("vm", "stop", "c2", "--timeout", "5")
    cli("vm", "start", "src")
    w, boot = wait_writes("src", 1)
    check(boot == n_src, "src booted with %r files: a clone's writes reached it" % boot)
    print("ok: c2 and src boot with src's %d files: the clones' writes stay theirs" % n_src)

    # From a memory snapshot: the clone goes on from it, beside src.
    wait_writes("src", 3)
    n_m = lines("src")[0][-1][0]  # M is taken at this write or one or two later
    cli("snapshot", "create", "src", "M")  # (src goes on restored: a new log)
    cli("vm", "clone", "src", "cm", "--linked", "--from-snapshot", "M")
    cli("vm", "start", "cm")
    w, boot = wait_writes("cm", 2)
    check(boot is None, "cm booted (BOOT files=%r) instead of resuming M" % boot)
    check(n_m < w[0][0] <= n_m + 4, "cm went on from %d, M was after %d" % (w[0][0], n_m))
    ws, _ = wait_writes("src", 1)
    check(ws[0][0] == w[0][0], "src went on from %d after M, cm from %d" % (ws[0][0], w[0][0]))
    print("ok: cm resumed src's snapshot M from its memory (WROTE %d after %d), as src did"
          % (w[0][0], n_m))
    cli("vm", "delete", "src", want=1)
    for v in ("cm", "c1", "c2", "src"):
        cli("vm", "delete", "--force", v)
    lab.stop_daemon()
    print("PASS")
finally:
    cleanup()
