"""Clones of a VM with a writable qcow2 disk: restoring two clones on the
recorded image is refused for the second (the image is locked: they would
corrupt it), while two clones given their own overlays (--disk at restore,
backing = the snapshot's image) run side by side, each sees the disk as it
was at the snapshot, and neither sees the other's writes; the base image
stays unchanged."""
import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from guestlib import Guest, RVISOR, api, require_guest, check, SKIP

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-clonedisk-")
base = os.path.join(tmp, "base.qcow2")
subprocess.run([RVISOR, "img", "create", "-f", "qcow2", base, "16M"], check=True,
               capture_output=True)
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")

g = Guest(["--kernel", kernel, "--initrd", initrd, "--disk", base, "--api-socket", sock],
          timeout=240)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
g.run("echo ORIGINAL | dd of=/dev/vda bs=512 count=1 conv=sync 2>/dev/null; sync")
check(api(sock, "PATCH", "/vm", {"state": "paused"})[0] == 204, "pause", g)
code, body = api(sock, "PUT", "/snapshot/create",
                 {"snapshot_path": snap, "mem_file_path": mem, "snapshot_type": "full"})
check(code == 200, "snapshot: %s %s" % (code, body), g)
g.kill()
digest = hashlib.sha256(open(base, "rb").read()).hexdigest()

# Two clones on the recorded image: the second must be refused (locked).
c1 = Guest(["--restore", snap, "--mem-file", mem], timeout=120)
time.sleep(2)
r = subprocess.run([RVISOR, "run", "--restore", snap, "--mem-file", mem, "--timeout", "30"],
                   stdin=subprocess.DEVNULL, capture_output=True, text=True)
c1.kill()
check(r.returncode == 2 and "in use by another process" in r.stderr,
      "second clone on one image: status %d, %r" % (r.returncode, r.stderr[-300:]))

# Two clones, each with its own overlay on the snapshot's image.
clones = []
for name in ("A", "B"):
    ov = os.path.join(tmp, "clone%s.qcow2" % name)
    subprocess.run([RVISOR, "img", "create", "-f", "qcow2", "-b", base, "-F", "qcow2", ov],
                   check=True, capture_output=True)
    clones.append((name, Guest(["--restore", snap, "--mem-file", mem, "--disk", ov],
                               timeout=180)))
for name, c in clones:
    first = c.run("dd if=/dev/vda bs=9 count=1 2>/dev/null")
    check(first == "ORIGINAL\n".strip() or first.startswith("ORIGINAL"),
          "clone %s sees %r, not the snapshot's disk" % (name, first), c)
    c.run("echo CLONE-%s | dd of=/dev/vda bs=512 count=1 conv=sync 2>/dev/null; sync" % name)
for name, c in clones:
    seen = c.run("dd if=/dev/vda bs=7 count=1 2>/dev/null")
    check(seen == "CLONE-%s" % name, "clone %s reads %r from its own disk" % (name, seen), c)
    c.kill()
check(hashlib.sha256(open(base, "rb").read()).hexdigest() == digest,
      "the base image changed under the clones")
shutil.rmtree(tmp, ignore_errors=True)
print("clone disks: shared image refused; per-clone overlays isolated; base unchanged")
