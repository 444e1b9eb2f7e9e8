"""The default guest under `--sandbox on` with every kind of host resource:
a raw disk, user-mode networking (DHCP, a fetch from a host server on
127.0.0.1, a hostfwd into the guest), vsock both ways, a 9p share (read and
write), a balloon and the API (pause, snapshot, resume, balloon); then a
guest reboot (the machine is rebuilt inside the sandbox) and a restore of
the snapshot in a new sandboxed process. Any syscall missing from a thread
kind's allow-list kills the process with SIGSYS, so this test is the
allow-lists' completeness check. /proc/PID/status must show Seccomp 2 and
NoNewPrivs 1, and core dumps must be off (RLIMIT_CORE 0); as root, vCPU and
disk threads hold no capability, the process runs as a uid other than 0
and its root is a private one (not the host's /, no /etc/passwd)."""
import atexit
import functools
import http.server
import os
import shutil
import socket
import tempfile
import threading
import time
from guestlib import (Guest, require_guest, check, last_line, api, wait_socket, free_port,
                      SKIP)
import sys

kernel, initrd = require_guest()
if not os.path.exists("/proc/self/status") or "Seccomp:" not in open("/proc/self/status").read():
    print("the kernel has no seccomp: skipping")
    sys.exit(SKIP)
SANDBOX = os.environ.get("RVISOR_TEST_SANDBOX", "on")
sandbox_args = ["--sandbox", SANDBOX] if SANDBOX else []
tmp = tempfile.mkdtemp(prefix="rvisor-sandbox-")
atexit.register(shutil.rmtree, tmp, True)
disk = os.path.join(tmp, "disk.raw")
with open(disk, "wb") as f:
    f.truncate(16 << 20)
share = os.path.join(tmp, "share")
os.mkdir(share)
qshare = os.path.join(tmp, "qshare")  # a share with quota=1M
os.mkdir(qshare)
with open(os.path.join(share, "hello.txt"), "w") as f:
    f.write("hello from the host\n")
vsock = os.path.join(tmp, "v.sock")
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
www = os.path.join(tmp, "www")
os.mkdir(www)
token = "sandbox-token-%d" % os.getpid()
with open(os.path.join(www, "token.txt"), "w") as f:
    f.write(token + "\n")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                         functools.partial(Quiet, directory=www))
hport = server.server_address[1]
threading.Thread(target=server.serve_forever, daemon=True).start()
fwd = free_port()


def status_of(pid):
    fields = {}
    for line in open("/proc/%d/status" % pid):
        k, _, v = line.partition(":")
        fields[k] = v.strip()
    return fields


def check_sandboxed(g):
    if not SANDBOX:
        return
    st = status_of(g.vm_pid)
    check(st.get("Seccomp") == "2", "Seccomp: %s (want 2: filter)" % st.get("Seccomp"), g)
    check(st.get("NoNewPrivs") == "1", "NoNewPrivs: %s" % st.get("NoNewPrivs"), g)
    # Every thread has a filter, not only the main one.
    for tid in os.listdir("/proc/%d/task" % g.vm_pid):
        try:
            tst = open("/proc/%d/task/%s/status" % (g.vm_pid, tid)).read()
        except OSError:
            continue  # the thread ended meanwhile
        name = tst.split("\n", 1)[0].split(":", 1)[1].strip()
        check("Seccomp:\t2" in tst, "thread %s (%s) has no seccomp filter" % (tid, name), g)
        if os.geteuid() == 0 and (name.startswith("vcpu") or name.startswith("io-blk")):
            check("CapEff:\t0000000000000000" in tst and "CapBnd:\t0000000000000000" in tst,
                  "thread %s kept capabilities" % name, g)
    if os.geteuid() == 0:
        # As root: a uid and gid of its own, and a private root (stat and
        # exists only: nothing is written through /proc/PID/root).
        uid = int(st["Uid"].split()[0])
        check(uid != 0 and int(st["Gid"].split()[0]) != 0, "runs as uid %d as root" % uid, g)
        rst, hst = os.stat("/proc/%d/root" % g.vm_pid), os.stat("/")
        check((rst.st_dev, rst.st_ino) != (hst.st_dev, hst.st_ino), "its root is the host's /", g)
        check(not os.path.exists("/proc/%d/root/etc/passwd" % g.vm_pid),
              "the host's /etc/passwd is inside its root", g)
    limits = open("/proc/%d/limits" % g.vm_pid).read()
    core = [l for l in limits.split("\n") if l.startswith("Max core file size")]
    check(core and core[0].split()[4:6] == ["0", "0"], "core dumps not off: %s" % core, g)


def boot(args):
    g = Guest(sandbox_args + args, timeout=400)
    g.expect("GUEST-READY", 120)
    g.expect("# ", 30)
    return g


def run(g, cmd, timeout=60):
    return last_line(g.run(cmd, timeout))


def vsock_connect(port):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(30)
    s.connect(vsock)
    s.sendall(b"CONNECT %d\n" % port)
    line = b""
    while not line.endswith(b"\n"):
        b = s.recv(1)
        if not b:
            break
        line += b
    return s, line


def exercise(g, round_):
    """Each device once, checked from both sides."""
    # Disk: the guest writes a marker, reads it back past its page cache.
    marker = "rvisor-sandbox-disk-%d" % round_
    run(g, "echo %s | dd of=/dev/vda bs=512 seek=%d conv=fsync 2>/dev/null" % (marker, round_))
    out = run(g, "echo 3 > /proc/sys/vm/drop_caches; dd if=/dev/vda bs=512 skip=%d count=1"
              " 2>/dev/null | head -1" % round_)
    check(out == marker, "disk read back %r" % out, g)
    with open(disk, "rb") as f:
        f.seek(512 * round_)
        check(f.read(len(marker)).decode() == marker, "the host does not see the disk write", g)
    # User-mode net: DHCP, a fetch from the host, a hostfwd into the guest.
    g.run("ip link set eth0 up")
    out = g.run("udhcpc -i eth0 -n -q 2>&1", 60)
    check("lease of 10.0.2.15" in out, "no DHCP lease: %s" % out, g)
    out = run(g, "wget -q -O - http://10.0.2.2:%d/token.txt 2>&1" % hport)
    check(out == token, "guest fetch from the host: %r" % out, g)
    g.run("mkdir -p /tmp/www && echo guest-page-%d > /tmp/www/index.html" % round_)
    g.run("httpd -p 8080 -h /tmp/www")
    got = b""
    for _ in range(50):
        try:
            c = socket.create_connection(("127.0.0.1", fwd), timeout=10)
            c.sendall(b"GET /index.html HTTP/1.0\r\n\r\n")
            got = b""
            while True:
                b = c.recv(4096)
                if not b:
                    break
                got += b
            c.close()
            if b"guest-page-%d" % round_ in got:
                break
        except OSError:
            pass
        time.sleep(0.2)
    check(b"guest-page-%d" % round_ in got, "hostfwd to the guest's httpd: %r" % got[-200:], g)
    # vsock: host -> guest echo, guest -> host connect.
    g.run("rvsock echo 5000 >/dev/null 2>&1 & :")
    line = b""
    for _ in range(50):
        s, line = vsock_connect(5000)
        if line.startswith(b"OK "):
            break
        s.close()
        time.sleep(0.2)
    check(line.startswith(b"OK "), "vsock CONNECT answered %r" % line, g)
    s.sendall(b"ping-%d\n" % round_)
    s.shutdown(socket.SHUT_WR)
    back = b""
    while True:
        b = s.recv(4096)
        if not b:
            break
        back += b
    s.close()
    check(back == b"ping-%d\n" % round_, "vsock echo %r" % back, g)
    lpath = vsock + "_6000"
    if os.path.exists(lpath):
        os.unlink(lpath)
    lst = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    lst.bind(lpath)
    lst.listen(1)
    lst.settimeout(60)
    got = {}

    def serve():
        c, _ = lst.accept()
        c.settimeout(60)
        data = b""
        while True:
            b = c.recv(4096)
            if not b:
                break
            data += b
        got["data"] = data
        c.sendall(b"world\n")
        c.close()

    t = threading.Thread(target=serve)
    t.start()
    out = run(g, "echo hello | rvsock connect 2 6000 >/tmp/w; echo rc=$?")
    t.join()
    lst.close()
    check(got.get("data") == b"hello\n" and out == "rc=0", "guest -> host vsock: %r %r"
          % (got.get("data"), out), g)
    # 9p: read a host file, write one the host sees, make and remove a directory.
    out = run(g, "mkdir -p /mnt; mountpoint -q /mnt || mount -t 9p -o trans=virtio,"
              "version=9p2000.L hostshare /mnt 2>&1; echo rc=$?")
    check(out == "rc=0", "9p mount: %s" % out, g)
    check(run(g, "cat /mnt/hello.txt") == "hello from the host", "9p read", g)
    run(g, "echo from-guest-%d > /mnt/g%d.txt; mkdir /mnt/d%d; rmdir /mnt/d%d; sync"
        % (round_, round_, round_, round_))
    with open(os.path.join(share, "g%d.txt" % round_)) as f:
        check(f.read() == "from-guest-%d\n" % round_, "9p write not seen by the host", g)
    check(not os.path.exists(os.path.join(share, "d%d" % round_)), "9p rmdir", g)
    # The file server's other calls: chmod, truncate, hard and symbolic
    # links, rename.
    run(g, "cd /mnt && chmod 600 g{0}.txt && truncate -s 4 g{0}.txt && ln g{0}.txt h{0} && "
        "ln -s g{0}.txt s{0} && mv h{0} m{0}; cd /".format(round_))
    p = os.path.join(share, "g%d.txt" % round_)
    st = os.stat(p)
    check(st.st_mode & 0o777 == 0o600 and st.st_size == 4 and st.st_nlink == 2,
          "9p chmod/truncate/link: mode %o size %d links %d" % (st.st_mode & 0o777, st.st_size,
                                                               st.st_nlink), g)
    check(os.readlink(os.path.join(share, "s%d" % round_)) == "g%d.txt" % round_, "9p symlink", g)


g = boot(["--kernel", kernel, "--initrd", initrd, "--disk", disk + ",format=raw",
          "--net", "user,host_loopback=on,hostfwd=tcp:127.0.0.1:%d-:8080" % fwd,
          "--vsock", "cid=3,socket=" + vsock,
          "--share", share + ",tag=hostshare",
          "--share", qshare + ",tag=quota,quota=1M",
          "--balloon", "--api-socket", sock])
wait_socket(sock, g)
check_sandboxed(g)
exercise(g, 1)
# The share quota: a guest writing 2 MiB into a 1 MiB share gets ENOSPC;
# removing the file gives the room back.
out = g.run("mkdir -p /q && mount -t 9p -o trans=virtio,version=9p2000.L quota /q && "
            "dd if=/dev/zero of=/q/big bs=64k count=32 2>&1; echo rc=$?", 60)
size = os.path.getsize(os.path.join(qshare, "big"))
check("No space left on device" in out and "rc=0" not in out and size <= 1 << 20,
      "quota=1M: dd wrote %d bytes: %s" % (size, out), g)
out = run(g, "rm /q/big && dd if=/dev/zero of=/q/small bs=64k count=8 2>/dev/null; echo rc=$?")
check(out == "rc=0", "quota=1M: no room after rm: %s" % out, g)
print("share quota: ENOSPC past 1 MiB (%d bytes written), room back after rm" % size)
# The API: state, balloon, pause, snapshot, resume.
code, st = api(sock, "GET", "/vm")
check(code == 200 and st.get("state") == "running", "GET /vm: %s %s" % (code, st), g)
code, _ = api(sock, "PUT", "/balloon", {"amount_mib": 16})
check(code in (200, 204), "PUT /balloon: %s" % code, g)
code, _ = api(sock, "GET", "/balloon")
check(code == 200, "GET /balloon: %s" % code, g)
code, _ = api(sock, "PATCH", "/vm", {"state": "paused"})
check(code in (200, 204), "pause: %s" % code, g)
code, res = api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})
check(code in (200, 204), "snapshot: %s %s" % (code, res), g)
code, _ = api(sock, "PATCH", "/vm", {"state": "running"})
check(code in (200, 204), "resume: %s" % code, g)
check(run(g, "echo alive-after-snapshot") == "alive-after-snapshot", "guest after resume", g)
check_sandboxed(g)
print("sandboxed VM: disk, net, vsock, 9p, balloon, API pause/snapshot/resume all work")

# A guest reboot rebuilds the machine inside the sandbox.
g.send("reboot -f\n")
g.expect("GUEST-READY", 120)
g.expect("# ", 30)
check_sandboxed(g)
exercise(g, 2)
print("after a guest reboot: every device works again")
g.send("poweroff -f\n")
rc = g.wait_exit(60)
check(rc == 0, "rvisor exit status %s after poweroff (-31 is SIGSYS)\n%s"
      % (rc, g.log[-2000:].decode(errors="replace")))

# Restore in a new sandboxed process.
sock2 = os.path.join(tmp, "api2.sock")
r = Guest(sandbox_args + ["--restore", snap, "--mem-file", mem, "--api-socket", sock2],
          timeout=200)
wait_socket(sock2, r)
r.send("\n")
r.expect("# ", 30)
check(run(r, "echo restored-ok") == "restored-ok", "restored guest", r)
check_sandboxed(r)  # the main thread enters its filter once the machine is built
check(run(r, "cat /mnt/hello.txt") == "hello from the host", "9p after restore", r)
r.send("poweroff -f\n")
rc = r.wait_exit(60)
check(rc == 0, "restored rvisor exit status %s" % rc)
server.shutdown()
print("PASS")
