"""virtio-vsock across a snapshot: connections are not carried (as in
Firecracker). The VM is snapshotted while a guest connection to the host is
open, killed, and restored with another CID and another socket path
(--vsock given at restore replaces the recorded one): the device sends
TRANSPORT_RESET, so the guest drops the old connection (its rvsock exits)
and re-reads its CID (a new guest connection to the host works, which needs
the new CID as source); the guest's listening socket survives (CONNECT
works on the new path)."""
import os
import shutil
import socket
import tempfile
import threading
from guestlib import Guest, require_guest, check, SKIP, api, wait_socket, pump, last_line

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-vsnap-")
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
pa, pb = os.path.join(tmp, "a.sock"), os.path.join(tmp, "b.sock")


def host_connect(path, port):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(30)
    s.connect(path)
    s.sendall(b"CONNECT %d\n" % port)
    line = b""
    while not line.endswith(b"\n"):
        b = s.recv(1)
        if not b:
            break
        line += b
    return s, line


def echo_ok(g, path):
    for _ in range(50):
        s, line = host_connect(path, 5000)
        if line:
            break
        s.close()
        g.run("sleep 0.2")
    check(line.startswith(b"OK "), "CONNECT 5000 on %s answered %r" % (path, line), g)
    s.sendall(b"ping\n")
    got = b""
    while len(got) < 5:
        chunk = s.recv(5 - len(got))
        if not chunk:
            break
        got += chunk
    s.close()
    check(got == b"ping\n", "echo through %s: %r" % (path, got), g)


lst = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
lst.bind(pa + "_6000")
lst.listen(4)
lst.settimeout(60)
held = []

g = Guest(["--kernel", kernel, "--initrd", initrd, "--api-socket", sock,
           "--vsock", "cid=3,socket=" + pa], timeout=240)
try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    wait_socket(sock, g)
    g.run("rvsock echo 5000 >/dev/null 2>&1 & :")
    echo_ok(g, pa)
    # A guest connection that stays open over the snapshot.
    t = threading.Thread(target=lambda: held.append(lst.accept()[0]))
    t.start()
    g.run("sleep 1000 | rvsock connect 2 6000 >/tmp/held.out 2>/tmp/held.err & :")
    t.join()
    check(held, "the guest did not connect to port 6000", g)
    check(last_line(g.run("ps | grep -c '[r]vsock connect'")) == "1", "rvsock connect not running", g)
    code, _ = api(sock, "PATCH", "/vm", {"state": "paused"})
    check(code == 204, "pause: %d" % code, g)
    code, res = api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})
    check(code == 200, "snapshot: %d %s" % (code, res), g)
    g.kill()  # and its VM process, which holds the VM's files until it ends
finally:
    g.kill()
for c in held:
    c.close()
lst.close()

# Restore with another CID and socket path; the old path is left stale.
lst = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
lst.bind(pb + "_6000")
lst.listen(4)
lst.settimeout(60)
r = Guest(["--restore", snap, "--mem-file", mem, "--vsock", "cid=4,socket=" + pb], timeout=120)
try:
    check(last_line(r.run("echo restored-$((6*7))", timeout=60)) == "restored-42",
          "shell does not answer after restore", r)
    # The connection held over the snapshot was reset: rvsock exited.
    left = "1"
    for _ in range(20):
        left = last_line(r.run("ps | grep -c '[r]vsock connect'"))
        if left == "0":
            break
        r.run("sleep 0.5")
    check(left == "0", "the connection held over the snapshot is still open", r)
    echo_ok(r, pb)  # the listener survived the reset
    # A new guest connection uses the new CID (else the device drops it).
    got = {}

    def serve():
        c, _ = lst.accept()
        c.settimeout(30)
        data = b""
        while True:
            chunk = c.recv(4096)
            if not chunk:
                break
            data += chunk
        got["data"] = data
        c.sendall(b"back\n")
        c.close()

    t = threading.Thread(target=serve)
    t.start()
    # The answer goes to a file: rvisor's log lines share the console.
    out = r.run("echo after-restore | rvsock connect 2 6000 >/tmp/ar; echo rc=$?", timeout=60)
    t.join(60)
    check(got.get("data") == b"after-restore\n", "host received %r" % got.get("data"), r)
    check(last_line(out) == "rc=0", "rvsock connect: %r" % out, r)
    out = r.run("grep -qx back /tmp/ar && echo SAME")
    check(last_line(out) == "SAME", "guest did not receive the answer: %r" % out, r)
    r.send("poweroff -f\n")
    rc = r.wait_exit(60)
    check(rc == 0, "exit status %d after poweroff" % rc, r)
finally:
    r.kill()
    lst.close()
    shutil.rmtree(tmp, ignore_errors=True)
print("vsock snapshot ok: old connection reset, listener kept, new CID used")
