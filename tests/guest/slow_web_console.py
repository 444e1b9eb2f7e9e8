"""The default guest's serial console in a browser's stead, through the
daemon's web listener (docs/web.md "The console WebSocket"): a daemon
with `--web 127.0.0.1:PORT` and a token file; a VM of the default guest
created and started through /api after a token login; a WebSocket client
(tests/cli/weblib.py: the standard library and its own RFC 6455 framing)
attaches with the session cookie, sees the console's history (the boot
log), types `echo web-$((6*7))` and reads the guest's answer `web-42`
(the echoed command line never matches it); a second client attached at
the same time sees the answer too; stopping the VM through /api closes
both with code 1000."""
import json
import os
import signal
import subprocess
import sys
import time
from guestlib import RVISOR, require_guest, check, free_port
from daemonlib import DaemonLab

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "cli"))
import weblib  # noqa: E402

kernel, initrd = require_guest()
lab = DaemonLab("rvisor-webconsole-", logs=("daemon.err", "state/vms/1/console.log"))
T, STATE, RUN, procs = lab.dir, lab.state, lab.run, lab.procs
ours, cleanup, fail, wait_log = lab.ours, lab.cleanup, lab.fail, lab.wait_log
TOKEN = "guest-test-token-%s" % os.urandom(8).hex()


def req(method, path, body=None, headers=None):
    h = dict(headers or {})
    if method != "GET":
        h["Content-Type"] = "application/json"
    try:
        return weblib.request(PORT, method, path, body, h, timeout=180)
    except OSError as e:
        fail("%s %s: %s" % (method, path, e))


try:
    tok = os.path.join(T, "token")
    with open(tok, "w") as f:
        f.write(TOKEN + "\n")
    os.chmod(tok, 0o600)
    PORT = free_port()
    d = subprocess.Popen([RVISOR, "daemon", "--foreground", "--state-dir", STATE, "--run-dir",
                          RUN, "--web", "127.0.0.1:%d" % PORT, "--web-token-file", tok],
                         stderr=open(os.path.join(T, "daemon.err"), "w"))
    procs.append(d)
    deadline = time.time() + 60
    while "web dashboard on" not in open(os.path.join(T, "daemon.err")).read():
        if d.poll() is not None or time.time() > deadline:
            fail("the daemon did not start")
        time.sleep(0.2)

    st, hd, body = req("POST", "/api/login", json.dumps({"token": TOKEN}))
    check(st == 204 and "rvisor_session=" in hd.get("set-cookie", ""),
          "login: %d %r" % (st, body))
    cookie = {"Cookie": hd["set-cookie"].split(";")[0]}
    st, _, body = req("POST", "/api/vms", json.dumps(
        {"name": "g", "kernel": kernel, "initrd": initrd, "memory_mib": 256}), cookie)
    check(st == 201, "create through /api: %d %r" % (st, body))
    st, _, body = req("POST", "/api/vms/g/start", "", cookie)
    check(st == 200, "start through /api: %d %r" % (st, body))
    wait_log("GUEST-READY", 240)
    print("ok: logged in, created and started the default guest through /api")

    origin = {"Origin": "http://127.0.0.1:%d" % PORT}
    ws = weblib.WebSocket(PORT, "/api/vms/g/console/ws", dict(cookie, **origin))
    ws.read_until(b"GUEST-READY", 60)  # the history
    ws2 = weblib.WebSocket(PORT, "/api/vms/g/console/ws", dict(cookie, **origin))
    ws2.read_until(b"GUEST-READY", 60)
    ws.send("\n")
    ws.read_until(b"# ", 60)
    ws.send("echo web-$((6*7))\n")
    ws.read_until(b"web-42", 90)
    ws2.read_until(b"web-42", 90)
    print("ok: typed over the WebSocket, the guest answered web-42; a second client saw it")

    st, _, body = req("POST", "/api/vms/g/kill", "", cookie)
    check(st == 200, "kill through /api: %d %r" % (st, body))
    for w in (ws, ws2):
        try:
            w.read_until(b"never-printed", 60)
            fail("a WebSocket stayed open after the VM ended")
        except weblib.WebSocketClosed as e:
            check(e.code == 1000, "VM ended: close %s %r" % (e.code, e.reason))
        w.close()
    print("ok: both WebSockets closed with 1000 when the VM ended")

    d.send_signal(signal.SIGTERM)
    try:
        d.wait(30)
    except subprocess.TimeoutExpired:
        fail("the daemon did not stop on SIGTERM")
    for _ in range(50):
        if not ours():
            break
        time.sleep(0.1)
    check(not ours(), "processes left: %r" % ours())
    print("all web console guest checks passed")
except (OSError, RuntimeError, ValueError, KeyError) as e:
    fail("unexpected %s: %s" % (type(e).__name__, e))
finally:
    cleanup()
