"""Clones: two VMs restored at once from one snapshot share its memory file
(MAP_PRIVATE: pages read from the page cache, copy-on-write on a guest
write), run independently of each other, and leave the file unchanged."""
import hashlib
import os
import shutil
import tempfile
import time
from guestlib import Guest, require_guest, check, SKIP, api

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)


def mem_mapping(pid, path):
    """smaps fields (kB) of the mapping of `path` in process pid."""
    fields, inside = {}, False
    with open("/proc/%d/smaps" % pid) as f:
        for line in f:
            head = line.split()
            if head and "-" in head[0] and ":" not in head[0]:
                inside = line.rstrip().endswith(path)
            elif inside and line.endswith(" kB\n"):
                k, v = line.split(":")
                fields[k] = fields.get(k, 0) + int(v.split()[0])
    return fields


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-clone-")
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
g = Guest(["--kernel", kernel, "--initrd", initrd, "--api-socket", sock], timeout=120)
try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    check(g.run("echo base > /tmp/who; cat /tmp/who") == "base", "shell", g)
    for _ in range(100):
        if os.path.exists(sock):
            break
        time.sleep(0.1)
    check(api(sock, "PATCH", "/vm", {"state": "paused"})[0] == 204, "pause", g)
    code, res = api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})
    check(code == 200, "snapshot: %d %s" % (code, res), g)
    g.kill()  # and its VM process, which holds the VM's files until it ends
finally:
    g.kill()
sum0 = md5(mem)
written_kb = res["mem_bytes"] // 1024

clones = [Guest(["--restore", snap, "--mem-file", mem], timeout=120) for _ in range(2)]
try:
    for k, c in enumerate(clones):
        check(c.run("echo clone-$((%d+1))" % k) == "clone-%d" % (k + 1), "clone %d shell" % k, c)
    # Independent: a write in one clone is not seen by the other.
    clones[0].run("echo zero > /tmp/who")
    clones[1].run("echo one > /tmp/who")
    check(clones[0].run("cat /tmp/who") == "zero", "clone 0 sees another VM's write", clones[0])
    check(clones[1].run("cat /tmp/who") == "one", "clone 1 sees another VM's write", clones[1])
    for k, c in enumerate(clones):
        m = mem_mapping(c.vm_pid, mem)
        print("clone %d: guest RAM mapping Rss %d kB, Pss %d kB, shared %d kB, copied "
              "(anonymous) %d kB; the snapshot wrote %d kB"
              % (k, m.get("Rss", 0), m.get("Pss", 0), m.get("Shared_Clean", 0),
                 m.get("Anonymous", 0), written_kb))
        check(m.get("Rss", 0) > 0, "clone %d: no mapping of the memory file" % k, c)
        check(m.get("Shared_Clean", 0) >= m.get("Rss", 0) // 2,
              "clone %d: under half of its RAM mapping is shared" % k, c)
        check(m.get("Pss", 0) < m.get("Rss", 0), "clone %d: nothing shared with the other" % k, c)
        check(m.get("Anonymous", 0) < written_kb // 2,
              "clone %d copied %d kB of RAM (the snapshot has %d kB)"
              % (k, m.get("Anonymous", 0), written_kb), c)
    for c in clones:
        c.send("poweroff -f\n")
        check(c.wait_exit(60) == 0, "clone exit status", c)
finally:
    for c in clones:
        c.kill()
check(md5(mem) == sum0, "the memory file changed")
shutil.rmtree(tmp, ignore_errors=True)
print("two clones share the memory file and run independently")
