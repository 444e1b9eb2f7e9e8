"""Snapshot and restore with a virtio-blk disk busy: the guest writes one
block after another (with fsync) in a loop; the VM is paused mid-stream,
snapshotted and killed; the restored VM goes on writing (the virtqueue state
came back), reads back blocks written before and after, and every block
reached the host image."""
import os
import re
import shutil
import tempfile
import time
from guestlib import Guest, require_guest, check, SKIP, api, pump, pump_until_quiet

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)


def written(g):
    return [int(n) for n in re.findall(rb"W (\d+)\r?\n", g.log)]


kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-snapdisk-")
disk = os.path.join(tmp, "disk.img")
with open(disk, "wb") as f:
    f.truncate(16 << 20)
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")

g = Guest(["--kernel", kernel, "--initrd", initrd, "--disk", disk, "--api-socket", sock],
          timeout=240)
try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    check(g.run("cat /sys/block/vda/size").split()[-1] == str(32768), "no /dev/vda", g)
    g.send("j=0; while true; do echo \"BLK $j\" | dd of=/dev/vda bs=512 seek=$j conv=fsync "
           "2>/dev/null; echo W $j; j=$((j+1)); done &\n")
    g.expect("W 20\r\n", 60)
    for _ in range(100):
        if os.path.exists(sock):
            break
        time.sleep(0.1)
    check(api(sock, "PATCH", "/vm", {"state": "paused"})[0] == 204, "pause", g)
    pump_until_quiet(g)
    last = written(g)[-1]
    code, res = api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})
    check(code == 200, "snapshot: %d %s" % (code, res), g)
    print("paused after block %d; snapshot %.3f s" % (last, res["seconds"]))
    g.kill()  # and its VM process, which holds the VM's files until it ends
finally:
    g.kill()

r = Guest(["--restore", snap, "--mem-file", mem], timeout=120)
try:
    r.expect("W %d\r\n" % (last + 1), 30)
    r.expect("W %d\r\n" % (last + 10), 30)
    r.send("kill %1\n")
    pump(r, 1.0)
    end = written(r)[-1]
    for k in (3, last, last + 1, last + 5):
        out = r.run("dd if=/dev/vda bs=512 skip=%d count=1 2>/dev/null | head -c 12; echo" % k)
        check(("BLK %d" % k) in out, "block %d reads %r after restore" % (k, out), r)
    r.send("sync; poweroff -f\n")
    rc = r.wait_exit(60)
    check(rc == 0, "exit status %d" % rc, r)
finally:
    r.kill()

with open(disk, "rb") as f:
    data = f.read()
for k in range(end + 1):
    want = b"BLK %d\n" % k
    check(data[k * 512:k * 512 + len(want)] == want, "host image: block %d is %r" %
          (k, data[k * 512:k * 512 + 12]))
shutil.rmtree(tmp, ignore_errors=True)
print("blocks 0..%d on the host image; restore continued the disk writes" % end)
