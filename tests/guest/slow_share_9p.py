"""virtio-9p seen from Linux's own 9p client: --share DIR,tag=hostshare is
mounted in the guest (trans=virtio, 9p2000.L); the guest reads a host file,
writes one the host sees, makes, renames and removes files and directories,
moves a 5 MB file both ways with matching md5s; symlinks pointing out of
the share (absolute and "../outside", plus one the guest makes) are only
ever followed by the guest in its own tree, so the test's "outside"
directory (a sibling of the share in the test's temp dir: the only bait)
stays untouched, and /mnt/.. is the guest's own root; a second share with
readonly=on refuses every write (EROFS) and its host directory is
unchanged; after a snapshot and a restore in a new process, files the guest
held open still read and write."""
import atexit
import hashlib
import os
import random
import shutil
import tempfile
from guestlib import Guest, require_guest, check, last_line, api, wait_socket

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-9p-")
atexit.register(shutil.rmtree, tmp, True)
share = os.path.join(tmp, "share")
outside = os.path.join(tmp, "outside")
roshare = os.path.join(tmp, "roshare")
for d in (share, outside, roshare):
    os.mkdir(d)
sock, snap, mem = (os.path.join(tmp, n) for n in ("api.sock", "vm.snap", "vm.mem"))


def put(path, data):
    with open(path, "wb") as f:
        f.write(data)


def get(path):
    with open(path, "rb") as f:
        return f.read()


def md5(data):
    return hashlib.md5(data).hexdigest()


def tree(d):
    """Every name under d with its type and content (a snapshot to compare)."""
    out = {}
    for dirpath, dirs, files in os.walk(d):
        for n in dirs + files:
            p = os.path.join(dirpath, n)
            rel = os.path.relpath(p, d)
            if os.path.islink(p):
                out[rel] = ("link", os.readlink(p))
            elif os.path.isdir(p):
                out[rel] = ("dir", None)
            else:
                out[rel] = ("file", md5(get(p)))
    return out


rng = random.Random(9)
big = rng.randbytes(5 << 20)
put(os.path.join(share, "hello.txt"), b"hello from the host\n")
put(os.path.join(share, "big.bin"), big)
put(os.path.join(outside, "secret"), b"outside-secret\n")
os.symlink(outside, os.path.join(share, "abs"))
os.symlink("../outside", os.path.join(share, "rel"))
os.mkdir(os.path.join(roshare, "sub"))
put(os.path.join(roshare, "ro.txt"), b"read-only content\n")
put(os.path.join(roshare, "sub", "inner"), b"inner\n")
outside0, ro0 = tree(outside), tree(roshare)

g = Guest(["--kernel", kernel, "--initrd", initrd,
           "--share", share + ",tag=hostshare",
           "--share", roshare + ",tag=roshare,readonly=on", "--api-socket", sock], timeout=240)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
wait_socket(sock, g)


def run(cmd, timeout=30):
    return last_line(g.run(cmd, timeout))


out = run("mkdir -p /mnt /ro; mount -t 9p -o trans=virtio,version=9p2000.L hostshare /mnt 2>&1;"
          " echo rc=$?")
check(out == "rc=0", "mount of the share failed: %s" % out, g)
# Mounted read-write in the guest: every refusal below is the server's.
out = run("mount -t 9p -o trans=virtio,version=9p2000.L roshare /ro 2>&1; echo rc=$?")
check(out == "rc=0", "mount of the read-only share failed: %s" % out, g)

# Host -> guest.
check(run("cat /mnt/hello.txt") == "hello from the host", "reading the host file", g)
out = g.run("ls -a /mnt | cat")
for n in ("hello.txt", "big.bin", "abs", "rel"):
    check(n in out.split(), "ls /mnt lacks %s: %r" % (n, out), g)
out = run("stat -c '%s %F' /mnt/big.bin /mnt/hello.txt | tr '\\n' ' '")
check(out == "%d regular file 20 regular file" % len(big), "stat: %r" % out, g)

# Guest -> host: the write is on the host at once (no client cache).
check(run("echo written-by-the-guest > /mnt/fromguest.txt; echo rc=$?") == "rc=0",
      "write in the guest", g)
check(get(os.path.join(share, "fromguest.txt")) == b"written-by-the-guest\n",
      "the host does not see the guest's file", g)
run("echo appended >> /mnt/fromguest.txt")
check(get(os.path.join(share, "fromguest.txt")) == b"written-by-the-guest\nappended\n",
      "append from the guest", g)

# mkdir, rename (file and directory), rm, rmdir.
out = run("mkdir /mnt/d && mkdir /mnt/d/e && mv /mnt/fromguest.txt /mnt/d/e/moved.txt"
          " && mv /mnt/d /mnt/d2 && cat /mnt/d2/e/moved.txt | head -1")
check(out == "written-by-the-guest", "mkdir/rename: %r" % out, g)
check(os.path.isfile(os.path.join(share, "d2", "e", "moved.txt"))
      and not os.path.exists(os.path.join(share, "d"))
      and not os.path.exists(os.path.join(share, "fromguest.txt")),
      "the host does not see the renames", g)
out = run("rm /mnt/d2/e/moved.txt && rmdir /mnt/d2/e && rmdir /mnt/d2; echo rc=$?")
check(out == "rc=0" and not os.path.exists(os.path.join(share, "d2")), "rm/rmdir: %s" % out, g)
out = run("rmdir /mnt/hello.txt 2>&1; echo rc=$?")
check(out.endswith("rc=1"), "rmdir of a file succeeded: %s" % out, g)
check(run("ls /mnt/nonexistent 2>&1; echo rc=$?").endswith("rc=1"), "ls of a missing name", g)

# Many names: readdir must page through them all.
run("mkdir /mnt/many && cd /mnt/many && i=0; while [ $i -lt 300 ]; do"
    " : > file-with-a-longish-name-$i; i=$((i+1)); done; cd /")
check(run("ls /mnt/many | wc -l") == "300", "readdir of 300 names", g)
check(len(os.listdir(os.path.join(share, "many"))) == 300, "300 files on the host", g)
run("rm -r /mnt/many")
check(not os.path.exists(os.path.join(share, "many")), "rm -r of a directory", g)

# 5 MB both ways.
out = run("md5sum /mnt/big.bin", 60)
check(out.split()[0] == md5(big), "md5 of the host's 5 MB file in the guest: %s" % out, g)
g.run("dd if=/dev/urandom of=/tmp/gbig bs=65536 count=80 2>/dev/null")
gmd5 = run("md5sum /tmp/gbig").split()[0]
out = run("cp /tmp/gbig /mnt/gbig && md5sum /mnt/gbig", 60)
check(out.split()[0] == gmd5, "md5 of the guest's copy: %s" % out, g)
gb = get(os.path.join(share, "gbig"))
check(len(gb) == 80 * 65536 and md5(gb) == gmd5, "the guest's 5 MB file on the host differs", g)
out = run("dd if=/mnt/big.bin bs=4096 skip=700 count=3 2>/dev/null | md5sum")
check(out.split()[0] == md5(big[700 * 4096:703 * 4096]), "read at an offset: %s" % out, g)
out = run("truncate -s 1000 /mnt/gbig 2>&1; stat -c %s /mnt/gbig")
check(out == "1000" and os.path.getsize(os.path.join(share, "gbig")) == 1000,
      "truncate: %s" % out, g)
out = run("chmod 600 /mnt/gbig; stat -c %a /mnt/gbig")
check(out == "600" and (os.stat(os.path.join(share, "gbig")).st_mode & 0o777) == 0o600,
      "chmod: %s" % out, g)
run("rm /mnt/gbig")

# Symlinks: the guest reads their targets and follows them in its own
# tree, never the host's. The guest has no "outside" directory: following
# them fails; the guest's own copy of the path is what a write reaches.
check(run("readlink /mnt/abs") == outside, "readlink of the absolute link", g)
check(run("readlink /mnt/rel") == "../outside", "readlink of the relative link", g)
for cmd in ("cat /mnt/abs/secret", "cat /mnt/rel/secret", "ls /mnt/abs/", "ls /mnt/rel/",
            "echo x > /mnt/abs/evil", "echo x > /mnt/rel/evil", "mkdir /mnt/abs/d",
            "cat /mnt/../outside/secret", "cat /mnt/../../outside/secret"):
    out = g.run(cmd + " 2>&1; echo rc=$?")
    check(not out.endswith("rc=0") and "outside-secret" not in out,
          "escape attempt %r succeeded: %s" % (cmd, out), g)
out = run("mkdir -p %s && echo guest-local > /mnt/abs/evil; cat %s/evil" % (outside, outside))
check(out == "guest-local", "a write through the link lands in the guest's tree: %s" % out, g)
out = run("ln -s %s /mnt/mine && ln -s ../../../../.. /mnt/up && ls /mnt/up/ | head -50;"
          " echo x > /mnt/mine/evil2; ls %s | tr '\\n' ' '" % (outside, outside))
check("secret" not in out.split(), "a guest-made link reached the host: %s" % out, g)
check(os.readlink(os.path.join(share, "mine")) == outside, "the guest's symlink on the host", g)
out = g.run("ls /mnt/.. | cat")
check("proc" in out.split() and "share" not in out.split() and "outside" not in out.split(),
      "/mnt/.. is not the guest's root: %r" % out, g)
out = g.run("cd /mnt && ls .. | cat; cd /")
check("proc" in out.split() and "roshare" not in out.split(),
      "cd /mnt; ls .. is not the guest's root: %r" % out, g)
out = run("ln /mnt/hello.txt /mnt/hard && cat /mnt/hard")
check(out == "hello from the host" and os.stat(os.path.join(share, "hard")).st_nlink == 2,
      "hard link: %s" % out, g)
run("rm /mnt/hard /mnt/mine /mnt/up")
check(tree(outside) == outside0, "the outside directory changed: %r" % tree(outside), g)

# The read-only share: reads work, every write is refused.
check(run("cat /ro/ro.txt /ro/sub/inner | tr '\\n' ' '") == "read-only content inner",
      "reading the read-only share", g)
for cmd in ("echo x > /ro/new", "echo x >> /ro/ro.txt", "rm -f /ro/ro.txt", "mkdir /ro/d",
            "mv /ro/ro.txt /ro/r2", "rmdir /ro/sub", "ln -s x /ro/l", "touch /ro/ro.txt",
            "chmod 777 /ro/ro.txt", "truncate -s 0 /ro/ro.txt"):
    out = g.run(cmd + " 2>&1; echo rc=$?")
    check(not out.endswith("rc=0") and "Read-only file system" in out,
          "read-only share allowed %r: %s" % (cmd, out), g)
check(run("grep ' /ro ' /proc/mounts | cut -d' ' -f4 | cut -d, -f1") == "rw",
      "the read-only share is not mounted read-write in the guest", g)
check(tree(roshare) == ro0, "the read-only share changed: %r" % tree(roshare), g)

# A snapshot keeps the share's fids: files the guest holds open read and
# write after a restore in a new process; one the host deleted meanwhile
# fails cleanly (a dead fid) instead of reaching anything else.
put(os.path.join(share, "gone.txt"), b"soon gone\n")
g.run("exec 3</mnt/hello.txt; exec 4>>/mnt/log.txt; exec 5</mnt/gone.txt; echo before >&4")
snap_ok = shutil.which("curl") is not None
if snap_ok:
    code, _ = api(sock, "PATCH", "/vm", {"state": "paused"})
    check(code == 204, "pause: %d" % code, g)
    code, res = api(sock, "PUT", "/snapshot/create",
                    {"snapshot_path": snap, "mem_file_path": mem, "snapshot_type": "full"})
    check(code == 200, "snapshot: %d %s" % (code, res), g)
    g.kill()
    os.unlink(os.path.join(share, "gone.txt"))
    g = Guest(["--restore", snap, "--mem-file", mem], timeout=120)
    check(run("cat <&3") == "hello from the host", "an open file after restore", g)
    check(run("echo after >&4; echo rc=$?") == "rc=0", "a write after restore", g)
    check(get(os.path.join(share, "log.txt")) == b"before\nafter\n", "log.txt after restore", g)
    out = run("cat <&5 2>&1; echo rc=$?")
    check(out.endswith("rc=1"), "reading a file the host deleted: %s" % out, g)
    out = run("md5sum /mnt/big.bin", 60)
    check(out.split()[0] == md5(big), "md5 after restore: %s" % out, g)
    check(run("mkdir /mnt/after && ls -d /mnt/after | cat") == "/mnt/after"
          and os.path.isdir(os.path.join(share, "after")), "mkdir after restore", g)
    out = run("echo x > /ro/after 2>&1; echo rc=$?")
    check(out.endswith("rc=1"), "the read-only share after restore: %s" % out, g)
else:
    print("curl missing: no snapshot part")
check(run("exec 3<&- 4>&- 5<&-; umount /mnt && umount /ro; echo rc=$?") == "rc=0", "umount", g)
g.send("poweroff -f\n")
rc = g.wait_exit(60)
check(rc == 0, "exit status %d after poweroff" % rc, g)
check(tree(outside) == outside0, "the outside directory changed")
check(tree(roshare) == ro0, "the read-only share changed")
print("9p share ok: read, write, rename, rm, 5 MB both ways, escapes refused, read-only%s"
      % (", snapshot/restore" if snap_ok else ""))
