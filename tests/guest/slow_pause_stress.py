"""Pause/resume hammered during a 4-vCPU boot (secondary harts are started
through SBI HSM while vCPUs stop and go), then a snapshot taken mid-boot is
restored: the guest reaches its shell with every CPU online both times."""
import json
import os
import shutil
import socket
import tempfile
import time
from guestlib import Guest, require_guest, check


def api(sock, method, path, body=None):
    """One request over the unix socket (no curl: many rounds per second)."""
    data = json.dumps(body).encode() if body is not None else b""
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(60)
    try:
        s.connect(sock)
        s.sendall(b"%s %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                  b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s"
                  % (method.encode(), path.encode(), len(data), data))
        out = b""
        while True:
            c = s.recv(65536)
            if not c:
                break
            out += c
    except OSError:
        return 0, None
    finally:
        s.close()
    head, _, text = out.partition(b"\r\n\r\n")
    code = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/1.") else 0
    return code, (json.loads(text) if text.strip() else None)


def online(g):
    out = g.run("grep -c ^processor /proc/cpuinfo").strip().split("\n")
    return out[-1].strip()


kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-pause-")
try:
    for attempt, snap_at in enumerate((0.25, 0.45)):
        sock = os.path.join(tmp, "api%d.sock" % attempt)
        snap = os.path.join(tmp, "vm%d.snap" % attempt)
        mem = os.path.join(tmp, "vm%d.mem" % attempt)
        g = Guest(["--kernel", kernel, "--initrd", initrd, "--cpus", "4", "--api-socket", sock],
                  timeout=120)
        try:
            t0 = time.time()
            # The socket serves 503 until the machine is built.
            while not os.path.exists(sock) or api(sock, "GET", "/vm")[0] != 200:
                check(time.time() - t0 < 10, "API not ready", g)
                time.sleep(0.005)
            n = 0
            while time.time() - t0 < snap_at:
                check(api(sock, "PATCH", "/vm", {"state": "paused"})[0] == 204, "pause", g)
                check(api(sock, "PATCH", "/vm", {"state": "running"})[0] == 204, "resume", g)
                n += 1
            check(api(sock, "PATCH", "/vm", {"state": "paused"})[0] == 204, "pause", g)
            code, res = api(sock, "PUT", "/snapshot/create",
                            {"snapshot_path": snap, "mem_file_path": mem})
            check(code == 200, "snapshot mid-boot: %d %s" % (code, res), g)
            api(sock, "PATCH", "/vm", {"state": "running"})
            g.expect("GUEST-READY", 90)
            g.expect("# ", 30)
            check(online(g) == "4", "CPUs online after %d pause/resume rounds" % n, g)
            g.send("poweroff -f\n")
            check(g.wait_exit(60) == 0, "poweroff", g)
        finally:
            g.kill()
        print("boot %d: %d pause/resume rounds in the first %.2f s, 4 CPUs online"
              % (attempt, n, snap_at))
        r = Guest(["--restore", snap, "--mem-file", mem], timeout=120)
        try:
            r.expect("GUEST-READY", 90)
            r.expect("# ", 30)
            check(online(r) == "4", "CPUs online after restoring a mid-boot snapshot", r)
            r.send("poweroff -f\n")
            check(r.wait_exit(60) == 0, "poweroff after restore", r)
        finally:
            r.kill()
        print("restore of the snapshot taken %.2f s into boot: shell, 4 CPUs online" % snap_at)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
