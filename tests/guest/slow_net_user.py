"""virtio-net with user-mode networking (libslirp) seen from Linux: two
--net user NICs are eth0 and eth1 with QEMU's default MACs (…:56, …:57);
udhcpc gets the 10.0.2.15 lease and the default script configures the
address and the route via 10.0.2.2; the guest fetches pages from an HTTP
server the test runs on the host's 127.0.0.1 (reached as 10.0.2.2, which
host_loopback=on allows), a small
one and 1 MiB of random data (checked by md5); the host reaches the guest's
httpd through hostfwd, also for 1 MiB of guest data. A second boot with
restrict=on (and host_loopback=on, so that restrict is what stops it): the
guest still gets its lease (without a router: slirp offers none in
restricted mode), cannot reach the host's server,
and hostfwd still works."""
import functools
import hashlib
import http.server
import os
import re
import socket
import tempfile
import threading
import time
import urllib.request
from guestlib import Guest, require_guest, check, free_port

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-net-")
token = "rvisor-net-token-%d" % os.getpid()
with open(os.path.join(tmp, "token.txt"), "w") as f:
    f.write(token + "\n")
blob = os.urandom(1 << 20)
with open(os.path.join(tmp, "blob"), "wb") as f:
    f.write(blob)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                         functools.partial(Quiet, directory=tmp))
threading.Thread(target=server.serve_forever, daemon=True).start()
hport = server.server_address[1]



def host_get(port, path, tries=20):
    """GET from the guest's httpd through hostfwd (the guest may still be
    starting it)."""
    last = None
    for _ in range(tries):
        try:
            return urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path),
                                          timeout=30).read()
        except OSError as e:
            last = e
            time.sleep(0.5)
    raise last


def boot(netopts):
    args = ["--kernel", kernel, "--initrd", initrd]
    for n in netopts:
        args += ["--net", n]
    g = Guest(args, timeout=240)
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    return g


def dhcp(g, router=True):
    g.run("ip link set eth0 up")
    out = g.run("udhcpc -i eth0 -n -q 2>&1", 60)
    check("lease of 10.0.2.15 obtained from 10.0.2.2" in out, "no DHCP lease: %s" % out, g)
    out = g.run("ip addr show eth0")
    check("inet 10.0.2.15/24" in out, "eth0 not configured: %s" % out, g)
    out = g.run("ip route")
    # slirp's restricted mode offers no router (nor DNS) in its leases.
    check(("default via 10.0.2.2" in out) == router, "default route: %s" % out, g)


def start_httpd(g, text):
    g.run("mkdir -p /tmp/www && echo %s > /tmp/www/index.html" % text)
    g.run("dd if=/dev/urandom of=/tmp/www/blob bs=4096 count=256 2>/dev/null")
    g.run("httpd -p 8080 -h /tmp/www")


# --- user mode, two NICs ---
fwd = free_port()
g = boot(["user,host_loopback=on,hostfwd=tcp:127.0.0.1:%d-:8080" % fwd, "user"])
out = g.run("ip link")
macs = re.findall(r"\d+: (eth\d):.*?link/ether ([0-9a-f:]{17})", out, re.S)
check(dict(macs) == {"eth0": "52:54:00:12:34:56", "eth1": "52:54:00:12:34:57"},
      "NICs and MACs: %s" % out, g)
dhcp(g)

out = g.run("wget -q -O - http://10.0.2.2:%d/token.txt 2>&1" % hport, 60)
check(token in out, "guest fetch from the host: %s" % out, g)
out = g.run("wget -q -O - http://10.0.2.2:%d/blob | md5sum" % hport, 120)
check(out.split()[0] == hashlib.md5(blob).hexdigest(), "1 MiB from the host: %s" % out, g)

start_httpd(g, "hello-through-hostfwd")
got = host_get(fwd, "/index.html")
check(got == b"hello-through-hostfwd\n", "host fetch through hostfwd: %r" % got, g)
want = g.run("md5sum /tmp/www/blob").split()[0]
got = host_get(fwd, "/blob")
check(len(got) == 1 << 20 and hashlib.md5(got).hexdigest() == want,
      "1 MiB through hostfwd: %d bytes" % len(got), g)
g.send("poweroff -f\n")
check(g.wait_exit(60) == 0, "poweroff", g)

# --- restrict=on: no way out, hostfwd still in ---
fwd = free_port()
g = boot(["user,restrict=on,host_loopback=on,hostfwd=tcp:127.0.0.1:%d-:8080" % fwd])
dhcp(g, router=False)
out = g.run("wget -q -T 5 -O - http://10.0.2.2:%d/token.txt 2>&1; echo rc=$?" % hport, 60)
check(token not in out and "rc=0" not in out, "restricted guest reached the host: %s" % out, g)
start_httpd(g, "restricted-but-forwarded")
got = host_get(fwd, "/index.html")
check(got == b"restricted-but-forwarded\n", "hostfwd with restrict=on: %r" % got, g)
g.send("poweroff -f\n")
check(g.wait_exit(60) == 0, "poweroff (restrict=on)", g)
server.shutdown()
print("ok: user-mode networking")
