"""The guest must not be able to take the VM process's file descriptors.
rvisor runs with the usual limit of 1024 open files (soft and hard, so
raising the soft limit does not help). The guest, as any user could:
1. holds 600 files of a 9p share open at once (`tail -f` on all of them):
   each costs rvisor two descriptors;
2. opens 1100 TCP connections through user-mode networking to a host
   service (the test's listener on 127.0.0.1, reached with
   host_loopback=on, which never closes them): each costs rvisor a socket.
While the guest holds them, a snapshot through the API must succeed and
the API must answer; the guest must get errors for the excess ("Too many
open files", "Connection refused") rather than rvisor failing, and its
shell must keep answering. (Without a budget, 337 files or ~1000
connections filled the table: snapshots failed with "Too many open files"
and API requests timed out.)"""
import atexit
import os
import re
import shutil
import socket
import stat
import tempfile
import time
import guestlib
from guestlib import Guest, require_guest, check, api, wait_socket, last_line

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-fdbudget-")
atexit.register(shutil.rmtree, tmp, True)
share = os.path.join(tmp, "share")
os.mkdir(share)
for k in range(600):
    with open(os.path.join(share, "f%03d" % k), "w") as f:
        f.write("file %d\n" % k)
sock = os.path.join(tmp, "api.sock")

# rvisor under `ulimit -n 1024` (soft and hard).
wrapper = os.path.join(tmp, "rvisor-1024")
with open(wrapper, "w") as f:
    f.write('#!/bin/sh\nulimit -n 1024 || exit 1\nexec "%s" "$@"\n' % guestlib.RVISOR)
os.chmod(wrapper, stat.S_IRWXU)
guestlib.RVISOR = wrapper

# A host service that keeps every connection: they wait in its backlog.
lsock = socket.socket()
lsock.bind(("127.0.0.1", 0))
lsock.listen(4096)
hport = lsock.getsockname()[1]

g = Guest(["--kernel", kernel, "--initrd", initrd, "--memory", "256M",
           "--share", share + ",tag=hostshare", "--net", "user,host_loopback=on",
           "--api-socket", sock], timeout=600)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
wait_socket(sock, g)


def snapshot(what):
    n = what.replace(" ", "-")
    code, _ = api(sock, "PATCH", "/vm", {"state": "paused"}, timeout=20)
    check(code == 204, "%s: pause answered %d" % (what, code), g)
    code, res = api(sock, "PUT", "/snapshot/create",
                    {"snapshot_path": os.path.join(tmp, n + ".snap"),
                     "mem_file_path": os.path.join(tmp, n + ".mem")}, timeout=60)
    check(code == 200, "%s: snapshot answered %d %r" % (what, code, res), g)
    code, _ = api(sock, "PATCH", "/vm", {"state": "running"}, timeout=20)
    check(code == 204, "%s: resume answered %d" % (what, code), g)
    code, res = api(sock, "GET", "/vm", timeout=20)
    check(code == 200, "%s: GET /vm answered %d" % (what, code), g)
    os.unlink(os.path.join(tmp, n + ".mem"))


# --- 1. 9p: every file held open ---
out = last_line(g.run("mkdir -p /mnt; mount -t 9p -o trans=virtio,version=9p2000.L hostshare"
                      " /mnt 2>&1; echo rc=$?"))
check(out == "rc=0", "mount: %s" % out, g)
g.run("(tail -f /mnt/f* > /dev/null 2> /tmp/tail.err &)")
held = errors = 0
for _ in range(60):
    time.sleep(1)
    held = int(last_line(g.run("ls /proc/$(pidof tail)/fd 2>/dev/null | wc -l")) or 0)
    errors = int(last_line(g.run("grep -c 'Too many open files' /tmp/tail.err")) or 0)
    if held + errors >= 600:
        break
check(errors > 0, "the guest opened every file (%d held): no budget?" % held, g)
check(held >= 100, "the guest could open only %d files" % held, g)
snapshot("files held")
out = last_line(g.run("cat /mnt/f001 2>&1"))
check(out.endswith("Too many open files"), "one more open while the budget is used: %r" % out, g)
g.run("kill $(pidof tail); sleep 1")
check(last_line(g.run("cat /mnt/f001")) == "file 1", "the share after the files closed", g)

# --- 2. TCP connections through slirp ---
out = g.run("ip link set eth0 up; udhcpc -i eth0 -n -q 2>&1", 60)
check("lease of 10.0.2.15" in out, "no DHCP lease: %s" % out, g)
out = g.run("ok=0; bad=0; for i in $(seq 1 1100); do"
            " if nc -z -w 5 10.0.2.2 %d 2>/dev/null; then ok=$((ok+1)); else bad=$((bad+1)); fi;"
            " done; echo ok=$ok bad=$bad" % hport, 900)
m = re.search(r"ok=(\d+) bad=(\d+)", out)
check(m is not None, "no count from the connection loop: %r" % out, g)
ok, bad = int(m.group(1)), int(m.group(2))
check(bad > 0, "all %d connections went through: no budget?" % ok, g)
check(ok >= 100, "only %d connections went through" % ok, g)
out = g.run("nc -z -w 5 10.0.2.2 %d 2>&1; echo rc=$?" % hport, 30)
check("rc=1" in out, "one more connection: %r" % out, g)
snapshot("connections held")

check(last_line(g.run("echo alive")) == "alive", "the guest shell does not answer", g)
g.send("poweroff -f\n")
check(g.wait_exit(60) == 0, "poweroff", g)
lsock.close()
print("ok: tail held %d descriptors, %d connections went through, the rest were refused;"
      " snapshots and the API work"
      % (held, ok))
