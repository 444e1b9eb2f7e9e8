"""User-mode networking must not open the host's loopback to the guest.
The test runs HTTP servers bound only to the host's 127.0.0.1 and
127.0.0.2 (services that trust this host's own users) and boots a guest
with plain `--net user,hostfwd=tcp::PORT-:8080`. The guest, as root, tries
to reach them: through the host alias 10.0.2.2, and with packets addressed
straight to 127.0.0.2 (a route via the gateway and route_localnet=1, so
its kernel sends them out of eth0). Both must fail at once (refused, not a
timeout) and the token must never arrive. The hostfwd port, given without
an address, must listen on 127.0.0.1 only (read from /proc/net/tcp), and
still forward host clients to the guest's httpd. (tests/guest/
slow_net_user.py is the other side: with host_loopback=on the guest
reaches the host's 127.0.0.1.)"""
import functools
import http.server
import os
import socket
import tempfile
import threading
import time
import urllib.request
from guestlib import Guest, require_guest, check, free_port

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-loopback-")
token = "rvisor-loopback-token-%d" % os.getpid()
with open(os.path.join(tmp, "token.txt"), "w") as f:
    f.write(token + "\n")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


servers = []
for addr in ("127.0.0.1", "127.0.0.2"):
    srv = http.server.ThreadingHTTPServer((addr, 0), functools.partial(Quiet, directory=tmp))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    servers.append(srv)
port1, port2 = (s.server_address[1] for s in servers)



def listen_address(port):
    """The address of the TCP socket listening on port, from /proc/net/tcp."""
    with open("/proc/net/tcp") as f:
        for line in f.readlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            a, p = local.split(":")
            if int(p, 16) == port and state == "0A":
                return socket.inet_ntoa(bytes.fromhex(a)[::-1])
    return None


fwd = free_port()
g = Guest(["--kernel", kernel, "--initrd", initrd,
           "--net", "user,hostfwd=tcp::%d-:8080" % fwd], timeout=240)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
g.run("ip link set eth0 up")
out = g.run("udhcpc -i eth0 -n -q 2>&1", 60)
check("lease of 10.0.2.15" in out, "no DHCP lease: %s" % out, g)

# hostfwd without an address: loopback only, and it forwards.
check(listen_address(fwd) == "127.0.0.1",
      "hostfwd without an address listens on %s" % listen_address(fwd), g)
g.run("mkdir -p /tmp/www && echo guest-page > /tmp/www/index.html && httpd -p 8080 -h /tmp/www")
got = None
for _ in range(20):
    try:
        got = urllib.request.urlopen("http://127.0.0.1:%d/index.html" % fwd, timeout=20).read()
        break
    except OSError:
        time.sleep(0.5)
check(got == b"guest-page\n", "hostfwd does not forward: %r" % got, g)


def attempt(url):
    t0 = time.time()
    out = g.run("wget -q -T 20 -O - %s 2>&1; echo rc=$?" % url, 60)
    return out, time.time() - t0


# Through the host alias.
out, took = attempt("http://10.0.2.2:%d/token.txt" % port1)
check(token not in out and "rc=0" not in out, "the guest reached the host's 127.0.0.1: %s" % out, g)
check(took < 15, "refusal took %.1f s (a timeout, not a refusal): %s" % (took, out), g)

# Straight at the host's loopback: the guest's own 127.0.0.0/8 route is
# replaced by one through the gateway.
g.run("echo 1 > /proc/sys/net/ipv4/conf/eth0/route_localnet;"
      " ip route del local 127.0.0.0/8 dev lo table local 2>/dev/null;"
      " ip route add 127.0.0.2/32 via 10.0.2.2 dev eth0")
route = g.run("ip route get 127.0.0.2")
check("eth0" in route, "the guest does not route 127.0.0.2 out of eth0: %s" % route, g)
out, took = attempt("http://127.0.0.2:%d/token.txt" % port2)
check(token not in out and "rc=0" not in out, "the guest reached the host's 127.0.0.2: %s" % out, g)
check(took < 15, "refusal took %.1f s: %s" % (took, out), g)

g.send("poweroff -f\n")
check(g.wait_exit(60) == 0, "poweroff", g)
for s in servers:
    s.shutdown()
print("ok: the host's loopback is closed to the guest; hostfwd listens on 127.0.0.1")
