"""The README's networking and vsock walkthroughs, typed as a new user would:
a hostfwd port reaches busybox httpd in the default guest once
`udhcpc -i eth0` has configured it (curl on the host gets the page), and
`socat - UNIX-CONNECT:` on the host reaches `rvsock listen 5000` in the
guest after `CONNECT 5000`. Host side on 127.0.0.1 and a temp directory."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
from guestlib import Guest, require_guest, check, SKIP

kernel, initrd = require_guest()
for tool in ("curl", "socat"):
    if not shutil.which(tool):
        print("%s not installed (scripts/deps.sh run): skipping" % tool)
        raise SystemExit(SKIP)

tmpdir = tempfile.TemporaryDirectory(prefix="rvisor-readme-")  # removed at exit
vsock = os.path.join(tmpdir.name, "v.sock")
s = socket.socket()
s.bind(("127.0.0.1", 0))  # a free port (the README uses 8080)
port = s.getsockname()[1]
s.close()

g = Guest(["--kernel", kernel, "--initrd", initrd,
           "--net", "user,hostfwd=tcp:127.0.0.1:%d-:80" % port,
           "--vsock", "cid=3,socket=" + vsock], timeout=180)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)

# Networking: the lines of the README, in order.
out = g.run("udhcpc -i eth0", 60)
check("bound to 10.0.2.15" in out, "udhcpc -i eth0: %r" % out, g)
g.run("mkdir /tmp/www; echo hello > /tmp/www/index.html")
g.run("httpd -h /tmp/www")
r = subprocess.run(["curl", "-s", "--max-time", "30", "http://127.0.0.1:%d/" % port],
                   capture_output=True, text=True)
check(r.returncode == 0 and r.stdout.strip() == "hello",
      "curl through hostfwd: status %d, %r %r" % (r.returncode, r.stdout, r.stderr), g)
print("hostfwd walkthrough: curl got the guest's page")

# vsock: rvsock listen in the foreground of the console, socat on the host.
g.send("rvsock listen 5000\n")
g.expect("rvsock listen 5000", 10)
r = None
for _ in range(20):  # until the listener is up (a CONNECT before it is refused)
    r = subprocess.run(["socat", "-t", "2", "-", "UNIX-CONNECT:" + vsock],
                       input="CONNECT 5000\nhello from the host\n", capture_output=True,
                       text=True, timeout=30)
    if r.stdout.startswith("OK "):
        break
    time.sleep(0.5)
check(r.stdout.startswith("OK "), "socat CONNECT 5000: %r %r" % (r.stdout, r.stderr), g)
g.expect("hello from the host", 20)
g.expect("# ", 20)  # rvsock exits when the host closes: the shell is back
print("vsock walkthrough: socat reached rvsock listen")
g.send("poweroff\n")
check(g.wait_exit(60) == 0, "exit status after poweroff", g)
