"""A guest's zeroing of a whole disk against its rate limit and the API
(issue 10, defect 7): on a qcow2 compat=0.10 disk holding 256 MiB of data,
limited to bps=1M, the guest zeroes the disk with BLKZEROOUT (virtio-blk
WRITE_ZEROES, without unmap; a compat=0.10 image writes real zeroes).
That must take the limit's time: it is still running after 3 s. Meanwhile
the API stays responsive: a pause returns within 500 ms (the vCPUs stop,
the disk stops at the end of a 1 MiB slice), GET /vm sent while the pause
is under way answers within 100 ms of it, and the paused disk does no
I/O. After the resume and the limit's removal (PATCH /disks/0) the
zeroing completes, the guest reads zeroes, and the image checks clean."""
import os
import shutil
import subprocess
import tempfile
import threading
import time

from guestlib import (Guest, require_guest, check, SKIP, api, wait_socket, ROOT,
                      initrd_with_tools)

MiB = 1 << 20
for tool in ("qemu-img", "qemu-io", "curl", "riscv64-linux-gnu-gcc"):
    if not shutil.which(tool):
        print("%s missing: skipping" % tool)
        raise SystemExit(SKIP)

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-zeroes-")
sock = os.path.join(tmp, "api.sock")
img = os.path.join(tmp, "disk.qcow2")
subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-o", "compat=0.10", img, "256M"],
               check=True)
subprocess.run(["qemu-io", "-c", "write -P 0x5a 0 256M", img], check=True,
               stdout=subprocess.DEVNULL)
tools = initrd_with_tools(initrd, [os.path.join(ROOT, "tests", "guest", "tools", "zeroout.c")],
                          tmp)
g = Guest(["--kernel", kernel, "--initrd", tools, "--api-socket", sock,
           "--disk", img + ",format=qcow2,bps=1M"], timeout=300)


def timed(method, path, body=None):
    t0 = time.time()
    code, j = api(sock, method, path, body, timeout=60)
    return code, j, time.time() - t0


try:
    g.expect("GUEST-READY", 120)
    g.expect("# ", 30)
    wait_socket(sock, g)
    before = g.run("dd if=/dev/vda bs=512 count=1 2>/dev/null | od -An -tx1 | head -1")
    check("5a 5a" in before, "the disk does not hold the data written: %r" % before, g)

    g.send("/zeroout /dev/vda 0 %d &\n" % (256 * MiB))
    time.sleep(3)
    check(b"ZEROOUT-DONE" not in g.log,
          "256 MiB were zeroed within 3 s on a disk limited to 1 MiB/s", g)
    code, d, _ = timed("GET", "/disks/0")
    check(code == 200 and d["requests_throttled"] > 0,
          "the limiter never held the zeroing back: %s" % d, g)

    # A pause while the zeroing runs; GET /vm right behind it.
    res = {}
    pauser = threading.Thread(target=lambda: res.update(p=timed("PATCH", "/vm",
                                                                 {"state": "paused"})))
    pauser.start()
    time.sleep(0.05)
    code, vm, secs = timed("GET", "/vm")
    pauser.join(60)
    check(not pauser.is_alive(), "PATCH /vm paused did not return within 60 s", g)
    pcode, _, psecs = res["p"]
    print("pause took %.0f ms, GET /vm %.0f ms" % (psecs * 1e3, secs * 1e3))
    check(pcode == 204, "pause: HTTP %d" % pcode, g)
    check(psecs < 0.5, "the pause took %.2f s while the disk was zeroing" % psecs, g)
    check(code == 200 and secs < 0.1 + max(0.0, psecs - 0.05),
          "GET /vm took %.2f s (HTTP %d) while a pause was under way" % (secs, code), g)
    size = os.path.getsize(img)
    mtime = os.stat(img).st_mtime_ns
    time.sleep(1.5)
    check(os.stat(img).st_mtime_ns == mtime and os.path.getsize(img) == size,
          "the image changed while the VM was paused", g)

    code, _, _ = timed("PATCH", "/vm", {"state": "running"})
    check(code == 204, "resume: HTTP %d" % code, g)
    code, _, _ = timed("PATCH", "/disks/0", {"rate_limiter": {"bandwidth": {"rate": 0}}})
    check(code == 204, "lifting the limit: HTTP %d" % code, g)
    g.expect("ZEROOUT-DONE", 120)
    out = g.run("cmp /dev/vda /dev/zero 2>&1; echo CMP=$?", timeout=120)
    check("EOF on /dev/vda" in out, "the disk does not read as zeroes: %r" % out, g)
    g.send("poweroff -f\n")
    g.wait_exit(60)
    chk = subprocess.run(["qemu-img", "check", img], capture_output=True, text=True)
    check(chk.returncode == 0, "qemu-img check: %s" % chk.stdout)
    print("PASS")
finally:
    g.kill()
    shutil.rmtree(tmp, ignore_errors=True)
