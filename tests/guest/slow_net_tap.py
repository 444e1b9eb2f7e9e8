"""virtio-net over a tap interface (--net tap,ifname=...): the test makes a
network namespace with a tap device (192.168.100.1/24) and runs rvisor and
an HTTP server inside it; the guest takes 192.168.100.2 statically, fetches
a page and 1 MiB of random data from the server (md5 checked), and the
namespace fetches a page from the guest's httpd. Skipped (77) without
/dev/net/tun or the right to create namespaces; the namespace is always
removed."""
import hashlib
import os
import subprocess
import sys
import tempfile
import time
import guestlib
from guestlib import Guest, require_guest, check

kernel, initrd = require_guest()
if not os.path.exists("/dev/net/tun"):
    print("no /dev/net/tun: skipping")
    sys.exit(guestlib.SKIP)
ns = "rvnet%d" % os.getpid()
tap = "rvtap%d" % (os.getpid() % 100000)
if subprocess.run(["ip", "netns", "add", ns], capture_output=True).returncode != 0:
    print("cannot create a network namespace (needs root / CAP_SYS_ADMIN): skipping")
    sys.exit(guestlib.SKIP)

server = None
g = None


def in_ns(*cmd, **kw):
    return subprocess.run(["ip", "netns", "exec", ns] + list(cmd), capture_output=True,
                          text=True, **kw)


class NsGuest(Guest):
    """A Guest whose rvisor runs inside the namespace."""

    def __init__(self, args, timeout=60):
        self.log = b""
        self.pos = 0
        self.proc = subprocess.Popen(["ip", "netns", "exec", ns, guestlib.RVISOR, "run",
                                      "--timeout", str(timeout)] + args,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)


try:
    for cmd in (["ip", "tuntap", "add", "dev", tap, "mode", "tap"],
                ["ip", "addr", "add", "192.168.100.1/24", "dev", tap],
                ["ip", "link", "set", tap, "up"], ["ip", "link", "set", "lo", "up"]):
        r = in_ns(*cmd)
        if r.returncode != 0:
            print("cannot set up the tap device (%s: %s): skipping"
                  % (" ".join(cmd), r.stderr.strip()))
            sys.exit(guestlib.SKIP)
    tmp = tempfile.mkdtemp(prefix="rvisor-tap-")
    token = "rvisor-tap-token-%d" % os.getpid()
    with open(os.path.join(tmp, "token.txt"), "w") as f:
        f.write(token + "\n")
    blob = os.urandom(1 << 20)
    with open(os.path.join(tmp, "blob"), "wb") as f:
        f.write(blob)
    server = subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, "-m", "http.server",
                               "--bind", "192.168.100.1", "--directory", tmp, "8000"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    g = NsGuest(["--kernel", kernel, "--initrd", initrd, "--net", "tap,ifname=" + tap],
                timeout=240)
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    g.run("ip link set eth0 up && ip addr add 192.168.100.2/24 dev eth0")
    out = ""
    for _ in range(20):  # the server may still be starting
        out = g.run("wget -q -T 5 -O - http://192.168.100.1:8000/token.txt 2>&1", 60)
        if token in out:
            break
        time.sleep(0.5)
    check(token in out, "guest fetch over tap: %s" % out, g)
    out = g.run("wget -q -O - http://192.168.100.1:8000/blob | md5sum", 120)
    check(out.split()[0] == hashlib.md5(blob).hexdigest(), "1 MiB over tap: %s" % out, g)

    g.run("mkdir -p /tmp/www && echo hello-over-tap > /tmp/www/index.html")
    g.run("httpd -p 8080 -h /tmp/www")
    r = in_ns(sys.executable, "-c",
              "import urllib.request; print(urllib.request.urlopen("
              "'http://192.168.100.2:8080/index.html', timeout=30).read().decode())",
              timeout=60)
    check(r.stdout.strip() == "hello-over-tap", "namespace fetch from the guest: %r %r"
          % (r.stdout, r.stderr), g)
    g.send("poweroff -f\n")
    check(g.wait_exit(60) == 0, "poweroff", g)
    print("ok: tap networking")
finally:
    if g:
        g.kill()
    if server:
        server.kill()
        server.wait()
    subprocess.run(["ip", "netns", "del", ns], capture_output=True)
