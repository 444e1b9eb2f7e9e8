"""virtio-net across snapshots: a guest with --net user (DHCP lease,
hostfwd to its httpd) is snapshotted through the API. Restored as the same
machine it keeps its MAC and networking goes on (slirp's connection state
is not carried over, new connections work: the guest fetches from the
host, the host reaches its httpd through hostfwd). Restored with --clone,
the NIC has a new random 52:54:00 MAC in its config space; the running
driver still uses the old one until it is rebound (sysfs unbind + bind
re-reads the config at probe), after which eth0 carries the new MAC and
gets a lease and traffic again."""
import functools
import http.server
import os
import re
import socket
import tempfile
import threading
import time
import urllib.request
from guestlib import Guest, require_guest, check, api, wait_socket

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-netclone-")
with open(os.path.join(tmp, "token.txt"), "w") as f:
    f.write("host-token\n")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                         functools.partial(Quiet, directory=tmp))
threading.Thread(target=server.serve_forever, daemon=True).start()
hport = server.server_address[1]
s = socket.socket()
s.bind(("127.0.0.1", 0))
fwd = s.getsockname()[1]
s.close()
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")


def host_get(path, tries=20):
    last = None
    for _ in range(tries):
        try:
            return urllib.request.urlopen("http://127.0.0.1:%d%s" % (fwd, path),
                                          timeout=20).read()
        except OSError as e:
            last = e
            time.sleep(0.5)
    raise last


def traffic(g, what):
    out = g.run("wget -q -T 10 -O - http://10.0.2.2:%d/token.txt 2>&1" % hport, 60)
    check("host-token" in out, "%s: guest fetch from the host: %s" % (what, out), g)
    got = host_get("/index.html")
    check(got == b"guest-page\n", "%s: host fetch through hostfwd: %r" % (what, got), g)


def mac(g):
    return g.run("cat /sys/class/net/eth0/address").strip().split("\n")[-1]


g = Guest(["--kernel", kernel, "--initrd", initrd, "--api-socket", sock,
           "--net", "user,host_loopback=on,hostfwd=tcp:127.0.0.1:%d-:8080" % fwd], timeout=180)
try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    g.run("ip link set eth0 up")
    out = g.run("udhcpc -i eth0 -n -q 2>&1", 60)
    check("lease of 10.0.2.15" in out, "lease: %s" % out, g)
    g.run("mkdir -p /tmp/www && echo guest-page > /tmp/www/index.html && httpd -p 8080 -h /tmp/www")
    traffic(g, "before the snapshot")
    check(mac(g) == "52:54:00:12:34:56", "MAC before: %s" % mac(g), g)
    wait_socket(sock, g)
    check(api(sock, "PATCH", "/vm", {"state": "paused"})[0] == 204, "pause", g)
    code, res = api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})
    check(code == 200, "snapshot: %d %s" % (code, res), g)
finally:
    g.kill()

# The same machine: same MAC, networking goes on.
r = Guest(["--restore", snap, "--mem-file", mem], timeout=180)
try:
    check(mac(r) == "52:54:00:12:34:56", "MAC after restore: %s" % mac(r), r)
    traffic(r, "after restore")
finally:
    r.kill()

# A clone: a new MAC, seen by the driver once it is rebound.
c = Guest(["--restore", snap, "--mem-file", mem, "--clone"], timeout=180)
try:
    check(mac(c) == "52:54:00:12:34:56", "the running driver keeps its MAC: %s" % mac(c), c)
    dev = c.run("basename $(readlink /sys/class/net/eth0/device)").split("\n")[-1].strip()
    check(re.fullmatch(r"virtio\d+", dev) is not None, "virtio device of eth0: %r" % dev, c)
    c.run("echo %s > /sys/bus/virtio/drivers/virtio_net/unbind; "
          "echo %s > /sys/bus/virtio/drivers/virtio_net/bind" % (dev, dev))
    new = mac(c)
    check(re.fullmatch(r"52:54:00(:[0-9a-f]{2}){3}", new) is not None and
          new != "52:54:00:12:34:56", "clone MAC after rebind: %s" % new, c)
    c.run("ip link set eth0 up")
    out = c.run("udhcpc -i eth0 -n -q 2>&1", 60)
    check("lease of 10.0.2.15" in out, "clone lease: %s" % out, c)
    traffic(c, "clone")
    c.send("poweroff -f\n")
    check(c.wait_exit(60) == 0, "clone poweroff", c)
finally:
    c.kill()
server.shutdown()
print("ok: NIC state across restore; a clone gets a new MAC")
