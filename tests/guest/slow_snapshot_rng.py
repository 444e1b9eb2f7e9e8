"""Clone entropy: a VM with --rng is snapshotted and restored twice with
--clone. The snapshot records the virtio-rng device (VMCF v2), so each clone
has it again and its driver keeps working; each clone's /dev/hwrng returns
that clone's own host entropy, which Linux's hw_random thread feeds into the
guest CRNG (see docs/ARCHITECTURE.md, "Clone identity"). The test also
reports when the clones' /dev/urandom streams diverge."""
import os
import shutil
import tempfile
import time
from guestlib import Guest, require_guest, check, SKIP, api, wait_socket, last_line

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-rng-")
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
HEX = "head -c 16 %s | od -An -tx1 | tr -d ' \\n'"
# Linux's hw_random core and the virtio-rng driver each keep up to 64 bytes
# read ahead; after a restore those come from the snapshot's RAM (the same
# in every clone), so compare bytes past them.
FRESH = "head -c 512 /dev/hwrng | tail -c 16 | od -An -tx1 | tr -d ' \\n'"

g = Guest(["--kernel", kernel, "--initrd", initrd, "--rng", "--api-socket", sock], timeout=120)
try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    check(last_line(g.run("cat /sys/class/misc/hw_random/rng_current")) == "virtio_rng.0",
          "virtio-rng is not the guest's hw_random source", g)
    a, b = last_line(g.run(HEX % "/dev/hwrng")), last_line(g.run(HEX % "/dev/hwrng"))
    check(len(a) == 32 and a != b, "hwrng reads: %r %r" % (a, b), g)
    wait_socket(sock, g)
    check(api(sock, "PATCH", "/vm", {"state": "paused"})[0] == 204, "pause", g)
    code, res = api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})
    check(code == 200, "snapshot: %d %s" % (code, res), g)
    g.kill()  # and its VM process, which holds the VM's files until it ends
finally:
    g.kill()

clones = [Guest(["--restore", snap, "--mem-file", mem, "--clone"], timeout=180) for _ in range(2)]
try:
    hw, ur, boot = [], [], []
    for k, c in enumerate(clones):
        check(last_line(c.run("cat /sys/class/misc/hw_random/rng_current")) == "virtio_rng.0",
              "clone %d lost its virtio-rng" % k, c)
        hw.append(last_line(c.run(FRESH)))
        ur.append(last_line(c.run(HEX % "/dev/urandom")))
        boot.append(last_line(c.run("cat /proc/sys/kernel/random/boot_id")))
    check(len(hw[0]) == 32 and hw[0] != hw[1], "clones read the same hwrng bytes: %r" % hw)
    print("boot_id (restored RAM, identical by design): %s / %s" % tuple(boot))
    print("first /dev/urandom bytes after restore: %s / %s (%s)"
          % (ur[0], ur[1], "different" if ur[0] != ur[1] else "identical"))
    # The CRNG reseeds from the input pool (which the hwrng thread and
    # interrupt timing feed per clone) once its reseed interval passes:
    # wait for the clones' urandom streams to differ.
    t0 = time.time()
    while ur[0] == ur[1] and time.time() - t0 < 100:
        time.sleep(5)
        ur = [last_line(c.run(HEX % "/dev/urandom")) for c in clones]
    check(ur[0] != ur[1], "the clones' /dev/urandom did not diverge within 100 s")
    print("clones' /dev/urandom differ %.0f s after the check started" % (time.time() - t0))
finally:
    for c in clones:
        c.kill()
    shutil.rmtree(tmp, ignore_errors=True)
print("ok: clone entropy")
