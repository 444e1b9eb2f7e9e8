"""The daemon's web listener (docs/web.md) without a guest OS: a daemon in
temporary directories with `--web 127.0.0.1:PORT`, a token file and a web
root made here, and a firmware VM that echoes its UART.
- options: --help names --web; a bad address and a token file readable by
  others are refused;
- login: /api without it is 401; a wrong token 401; the token gives a
  HttpOnly SameSite=Strict cookie; Bearer works too; logout ends it;
- /api is the unix socket's API: GET /api/vms answers what the socket
  answers, a bad create the same status and message;
- CSRF: a state change with a foreign Origin is 403, without the JSON
  content type 415; the page's own Origin passes;
- static files: index at /, types by extension, ETag/304, a .gz sibling
  for gzip clients; no listing, no hidden files, no `..` (plain and
  percent-encoded), no symbolic link out of the root: never the file;
- the console WebSocket: refused without login or with a foreign Origin;
  the history first, typed frames echoed back, ping answered, two
  browsers at once, a frame over 1 MiB closed with 1009, an unmasked
  frame with 1002, close 1000 when the VM stops, 1001 when the daemon
  stops (and then the daemon ends)."""
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import weblib  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
R = os.environ.get("RVISOR", os.path.join(ROOT, "build", "rvisor"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "guest"))
from daemonlib import DaemonLab  # noqa: E402
lab = DaemonLab("rvisor-web-", logs=("daemon.err",), rvisor=R)
T, STATE, RUN, ENV, SOCK, procs = lab.dir, lab.state, lab.run, lab.env, lab.sock, lab.procs
ours, cleanup, fail = lab.ours, lab.cleanup, lab.fail
TOKEN = "test-token-0123456789abcdef"
# The UART echo firmware of daemon_console.py: prints "R\n", then echoes.
ECHO = (b"\x37\x05\x00\x10\x13\x03\x20\x05\x23\x00\x65\x00\x13\x03\xa0\x00"
        b"\x23\x00\x65\x00\x83\x42\x55\x00\x93\xf2\x12\x00\xe3\x8c\x02\xfe"
        b"\x03\x43\x05\x00\x23\x00\x65\x00\x6f\xf0\xdf\xfe")
def check(cond, msg):
    if not cond:
        fail(msg)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def req(method, path, body=None, headers=None):
    try:
        return weblib.request(PORT, method, path, body, headers)
    except OSError as e:
        fail("%s %s: %s" % (method, path, e))


def jhead(extra=None):
    h = {"Content-Type": "application/json"}
    h.update(extra or {})
    return h


try:
    os.makedirs(os.path.join(T, "root", "assets", "sub"))
    open(os.path.join(T, "root", "index.html"), "w").write("<!doctype html><p>rvisor</p>\n")
    open(os.path.join(T, "root", "assets", "app.js"), "w").write("console.log(1);\n")
    open(os.path.join(T, "root", "assets", "app.js.gz"), "wb").write(b"GZIPPED-BYTES")
    open(os.path.join(T, "root", "assets", "style.css"), "w").write("p{}\n")
    open(os.path.join(T, "root", ".hidden"), "w").write("HIDDEN-FILE\n")
    open(os.path.join(T, "secret.txt"), "w").write("SECRET-OUTSIDE-ROOT\n")
    os.symlink(os.path.join(T, "secret.txt"), os.path.join(T, "root", "assets", "out.txt"))
    os.symlink("../../secret.txt", os.path.join(T, "root", "assets", "rel.txt"))
    os.symlink("app.js", os.path.join(T, "root", "assets", "inside.js"))
    tok = os.path.join(T, "token")
    with open(tok, "w") as f:
        f.write(TOKEN + "\n")
    os.chmod(tok, 0o600)
    open(os.path.join(T, "echo.bin"), "wb").write(ECHO)

    # Options.
    h = subprocess.run([R, "daemon", "--help"], capture_output=True, text=True)
    check(h.returncode == 0 and "--web HOST:PORT" in h.stdout and "--web-token-file" in h.stdout,
          "daemon --help does not describe --web: %r" % h.stdout[-500:])
    r = subprocess.run([R, "daemon", "--foreground", "--state-dir", T + "/s2", "--run-dir",
                        T + "/r2", "--web", "localhost"], capture_output=True, text=True,
                       timeout=30)
    check(r.returncode == 2 and "HOST:PORT" in r.stderr, "--web localhost: %d %r" %
          (r.returncode, r.stderr))
    loose = os.path.join(T, "loose-token")
    with open(loose, "w") as f:
        f.write(TOKEN + "\n")
    os.chmod(loose, 0o644)
    r = subprocess.run([R, "daemon", "--foreground", "--state-dir", T + "/s3", "--run-dir",
                        T + "/r3", "--web", "127.0.0.1:%d" % free_port(), "--web-token-file",
                        loose], capture_output=True, text=True, timeout=30)
    check(r.returncode != 0 and "readable by others" in r.stderr,
          "a token file readable by others was accepted: %d %r" % (r.returncode, r.stderr))
    print("ok: --help, a bad address and a loose token file refused")

    # Without a token file: a random token, in RUN/web-token (0600) and on
    # stderr with the URL.
    gport = free_port()
    gerr = os.path.join(T, "gen.err")
    g = subprocess.Popen([R, "daemon", "--foreground", "--state-dir", T + "/s4", "--run-dir",
                          T + "/r4", "--web", "127.0.0.1:%d" % gport], stderr=open(gerr, "w"))
    procs.append(g)
    deadline = time.time() + 30
    while "web dashboard on" not in open(gerr).read():
        if g.poll() is not None or time.time() > deadline:
            fail("the daemon with a generated token did not start: " + open(gerr).read())
        time.sleep(0.1)
    gtok_file = os.path.join(T, "r4", "web-token")
    gtok = open(gtok_file).read().strip()
    check(len(gtok) == 32 and all(c in "0123456789abcdef" for c in gtok) and
          os.stat(gtok_file).st_mode & 0o777 == 0o600, "the generated token %r" % gtok)
    check("http://127.0.0.1:%d/" % gport in open(gerr).read() and gtok in open(gerr).read(),
          "the URL and token are not on stderr: " + open(gerr).read())
    st, _, _ = weblib.request(gport, "POST", "/api/login", json.dumps({"token": gtok}),
                              {"Content-Type": "application/json"})
    check(st == 204, "login with the generated token: %d" % st)
    st, _, body = weblib.request(gport, "GET", "/")
    check(st in (200, 404) and (st == 200 or b"not installed" in body),
          "GET / without a web root: %d %r" % (st, body))
    g.send_signal(signal.SIGTERM)
    check(g.wait(30) == 0, "the daemon with a generated token did not stop cleanly")
    print("ok: a generated token: 32 hex digits in RUN/web-token (0600), on stderr, logs in")

    PORT = free_port()
    err = open(os.path.join(T, "daemon.err"), "w")
    d = subprocess.Popen([R, "daemon", "--foreground", "--state-dir", STATE, "--run-dir", RUN,
                          "--web", "127.0.0.1:%d" % PORT, "--web-token-file", tok,
                          "--web-root", os.path.join(T, "root")], stderr=err, env=ENV)
    procs.append(d)
    deadline = time.time() + 30
    while not os.path.exists(SOCK) or "web dashboard on" not in open(
            os.path.join(T, "daemon.err")).read():
        if d.poll() is not None or time.time() > deadline:
            fail("the daemon did not start")
        time.sleep(0.1)

    # Login.
    st, hd, body = req("GET", "/api/vms")
    check(st == 401 and "error" in json.loads(body), "GET /api/vms without login: %d %r" %
          (st, body))
    st, _, body = req("POST", "/api/login", json.dumps({"token": TOKEN + "x"}), jhead())
    check(st == 401, "a wrong token: %d %r" % (st, body))
    st, _, body = req("POST", "/api/login", json.dumps({"token": TOKEN[:-1]}), jhead())
    check(st == 401, "a token's prefix: %d %r" % (st, body))
    st, _, body = req("POST", "/api/login", "not json", jhead())
    check(st == 400, "a login body that is not JSON: %d %r" % (st, body))
    st, hd, body = req("POST", "/api/login", json.dumps({"token": TOKEN}), jhead())
    check(st == 204, "login: %d %r" % (st, body))
    cookie_line = hd.get("set-cookie", "")
    check(cookie_line.startswith("rvisor_session=") and "HttpOnly" in cookie_line and
          "SameSite=Strict" in cookie_line, "the session cookie: %r" % cookie_line)
    COOKIE = {"Cookie": cookie_line.split(";")[0]}
    st, _, body = req("GET", "/api/vms", headers={"Cookie": "rvisor_session=" + "0" * 32})
    check(st == 401, "a made-up session: %d" % st)
    print("ok: 401 without login and with a wrong token; login sets the cookie")

    # /api is the unix socket's API.
    st, _, web = req("GET", "/api/vms", headers=COOKIE)
    ust, unix = weblib.http_unix(SOCK, "GET", "/vms")
    check(st == 200 and json.loads(web) == json.loads(unix),
          "GET /api/vms %d %r != the socket's %d %r" % (st, web, ust, unix))
    bad = json.dumps({"name": "bad name!", "firmware": os.path.join(T, "echo.bin")})
    st, _, web = req("POST", "/api/vms", bad, jhead(COOKIE))
    ust, unix = weblib.http_unix(SOCK, "POST", "/vms", bad)
    check(st == ust == 400 and json.loads(web) == json.loads(unix),
          "a bad create: web %d %r, socket %d %r" % (st, web, ust, unix))
    create = json.dumps({"name": "e", "firmware": os.path.join(T, "echo.bin"), "memory_mib": 64})
    st, _, web = req("POST", "/api/vms", create,
                     jhead(dict(COOKIE, Origin="http://127.0.0.1:%d" % PORT)))
    check(st == 201 and json.loads(web)["name"] == "e", "create through /api: %d %r" % (st, web))
    st, _, web = req("GET", "/api/vms", headers=COOKIE)
    ust, unix = weblib.http_unix(SOCK, "GET", "/vms")
    check(json.loads(web) == json.loads(unix) and len(json.loads(web)["vms"]) == 1,
          "GET /api/vms after create: %r vs %r" % (web, unix))
    st, _, web = req("GET", "/api/vms/nosuch", headers=COOKIE)
    ust, unix = weblib.http_unix(SOCK, "GET", "/vms/nosuch")
    check(st == ust == 404 and web == unix, "GET /api/vms/nosuch: %d %r vs %r" % (st, web, unix))
    st, _, web = req("GET", "/api/info", headers={"Authorization": "Bearer " + TOKEN})
    check(st == 200 and json.loads(web)["state_dir"] == STATE, "Bearer: %d %r" % (st, web))
    st, _, web = req("GET", "/api/info", headers={"Authorization": "Bearer wrong"})
    check(st == 401, "a wrong Bearer: %d" % st)
    st, _, web = req("GET", "/api/events", headers=COOKIE)
    check(st == 200 and b'"created"' in web and b'"e"' in web, "GET /api/events: %d %r" %
          (st, web))
    print("ok: /api answers as the unix socket (list, errors, events); Bearer works")

    # CSRF.
    st, _, body = req("POST", "/api/vms/e/start", "{}",
                      jhead(dict(COOKIE, Origin="http://evil.example")))
    check(st == 403, "a foreign Origin: %d %r" % (st, body))
    st, _, body = req("POST", "/api/vms/e/start", "{}", dict(COOKIE))
    check(st == 415, "no JSON content type: %d %r" % (st, body))
    st, _, body = req("POST", "/api/vms/e/start", "x=1",
                      dict(COOKIE, **{"Content-Type": "application/x-www-form-urlencoded"}))
    check(st == 415, "a form post: %d %r" % (st, body))
    st, _, body = req("POST", "/api/login", json.dumps({"token": TOKEN}),
                      jhead({"Origin": "http://evil.example"}))
    check(st == 403, "a cross-site login: %d %r" % (st, body))
    check(json.loads(req("GET", "/api/vms/e", headers=COOKIE)[2])["state"] == "stopped",
          "a refused cross-site start started the VM")
    print("ok: cross-site and non-JSON state changes refused (403, 415)")

    # Static files.
    st, hd, body = req("GET", "/")
    check(st == 200 and hd["content-type"].startswith("text/html") and b"rvisor" in body,
          "GET /: %d %r %r" % (st, hd, body))
    st, hd, body = req("GET", "/assets/app.js")
    check(st == 200 and hd["content-type"].startswith("text/javascript") and
          body == b"console.log(1);\n" and "etag" in hd and hd.get("cache-control") == "no-cache",
          "GET /assets/app.js: %d %r %r" % (st, hd, body))
    st2, _, _ = req("GET", "/assets/app.js", headers={"If-None-Match": hd["etag"]})
    check(st2 == 304, "If-None-Match: %d" % st2)
    st, hd, body = req("GET", "/assets/app.js", headers={"Accept-Encoding": "gzip, deflate"})
    check(st == 200 and hd.get("content-encoding") == "gzip" and body == b"GZIPPED-BYTES" and
          hd["content-type"].startswith("text/javascript"), "gzip: %d %r %r" % (st, hd, body))
    st, hd, _ = req("GET", "/assets/style.css")
    check(st == 200 and hd["content-type"].startswith("text/css"), "css: %r" % hd)
    st, _, body = req("GET", "/assets/inside.js")
    check(st == 200 and body == b"console.log(1);\n", "a link inside the root: %d" % st)
    st, _, body = req("HEAD", "/")
    check(st == 200 and body == b"", "HEAD /: %d %r" % (st, body))
    st, _, _ = req("POST", "/", "{}", jhead())
    check(st == 405, "POST /: %d" % st)
    for path in ["/assets", "/assets/", "/assets/sub", "/.hidden", "/assets/nosuch.js",
                 "/assets//app.js", "/assets/./app.js"]:
        st, _, body = req("GET", path)
        check(st == 404 and b"HIDDEN" not in body, "GET %s: %d %r" % (path, st, body))
    for path in ["/assets/../../etc/passwd", "/../../../../etc/passwd",
                 "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                 "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/..%2fsecret.txt",
                 "/assets/out.txt", "/assets/rel.txt", "/assets/app.js%00.png",
                 "/assets/..%5c..%5csecret.txt", "/%2fetc/passwd", "//etc/passwd"]:
        st, _, body = req("GET", path)
        check(st in (400, 404) and b"SECRET" not in body and b"root:" not in body,
              "GET %s: %d %r" % (path, st, body[:200]))
    print("ok: static files (types, ETag/304, gzip); traversal, links out, hidden "
          "files and directories refused")

    # The console WebSocket.
    ws_path = "/api/vms/e/console/ws"
    st, _, body = req("POST", "/api/vms/e/start", "", jhead(COOKIE))
    check(st == 200, "start through /api: %d %r" % (st, body))
    for hdrs, want in [({}, 401), (dict(COOKIE, Origin="http://evil.example"), 403)]:
        try:
            weblib.WebSocket(PORT, ws_path, hdrs)
            fail("a WebSocket with %r was accepted" % hdrs)
        except RuntimeError as e:
            check(" %d " % want in str(e), "a WebSocket with %r: %s (want %d)" % (hdrs, e, want))
    try:
        weblib.WebSocket(PORT, "/api/vms/nosuch/console/ws", COOKIE)
        fail("a console of no VM was accepted")
    except RuntimeError as e:
        check(" 404 " in str(e), "the console of no VM: %s" % e)
    origin = {"Origin": "http://127.0.0.1:%d" % PORT}
    ws = weblib.WebSocket(PORT, ws_path, dict(COOKIE, **origin))
    ws.read_until(b"R")  # the history: the firmware's banner
    ws.send("web-echo-1")
    ws.read_until(b"web-echo-1")
    ws.send_frame(0x1, b"text-")  # text frames are typed too, fragments as well
    ws.send_frame(0x1, b"frag-", fin=False)
    ws.send_frame(0x0, b"ment")
    ws.read_until(b"text-frag-ment")
    ws.send_frame(0x9, b"are-you-there")
    while True:
        op, p = ws.recv_frame()
        if op == 0xa:
            check(p == b"are-you-there", "pong payload %r" % p)
            break
    print("ok: console WebSocket: history, typed frames echoed, ping answered")

    ws2 = weblib.WebSocket(PORT, ws_path, {"Authorization": "Bearer " + TOKEN})
    ws2.read_until(b"web-echo-1")  # the history holds the earlier exchange
    ws.send("both-see-this")
    ws.read_until(b"both-see-this")
    ws2.read_until(b"both-see-this")
    print("ok: two browsers attached at once both see the output")

    ws2.send_frame(0x2, b"", length=(1 << 20) + 1)  # announce 1 MiB + 1
    try:
        ws2.read_until(b"never", 20)
        fail("a frame over 1 MiB was not refused")
    except weblib.WebSocketClosed as e:
        check(e.code == 1009, "a frame over 1 MiB: close %s %r" % (e.code, e.reason))
    ws2.close()
    ws3 = weblib.WebSocket(PORT, ws_path, COOKIE)
    ws3.send_frame(0x2, b"unmasked", mask=False)
    try:
        ws3.read_until(b"never", 20)
        fail("an unmasked frame was not refused")
    except weblib.WebSocketClosed as e:
        check(e.code == 1002, "an unmasked frame: close %s %r" % (e.code, e.reason))
    ws3.close()
    ws.send("still-here")
    ws.read_until(b"still-here")
    print("ok: a frame over 1 MiB closed with 1009, an unmasked one with 1002; others go on")

    st, _, body = req("POST", "/api/vms/e/kill", "", jhead(COOKIE))
    check(st == 200, "kill through /api: %d %r" % (st, body))
    try:
        ws.read_until(b"never", 30)
        fail("the WebSocket stayed open after the VM ended")
    except weblib.WebSocketClosed as e:
        check(e.code == 1000, "VM ended: close %s %r" % (e.code, e.reason))
    ws.close()
    try:
        weblib.WebSocket(PORT, ws_path, COOKIE)
        fail("the console of a stopped VM was accepted")
    except RuntimeError as e:
        check(" 409 " in str(e), "the console of a stopped VM: %s" % e)
    print("ok: close 1000 when the VM ends; a stopped VM's console is 409")

    # Logout ends the session.
    st, hd, _ = req("POST", "/api/logout", "", jhead(COOKIE))
    check(st == 204 and "Max-Age=0" in hd.get("set-cookie", ""), "logout: %d %r" % (st, hd))
    st, _, _ = req("GET", "/api/vms", headers=COOKIE)
    check(st == 401, "the session after logout: %d" % st)
    print("ok: logout ends the session")

    # Stopping the daemon ends its WebSockets (1001); the VM keeps running.
    bearer = {"Authorization": "Bearer " + TOKEN}
    st, _, body = req("POST", "/api/vms/e/start", "", jhead(bearer))
    check(st == 200, "start again: %d %r" % (st, body))
    ws = weblib.WebSocket(PORT, ws_path, bearer)
    ws.read_until(b"R")
    # A followed event stream through /api too: the start is in it.
    ev = socket.create_connection(("127.0.0.1", PORT), timeout=30)
    ev.sendall(("GET /api/events?follow=1&since=0 HTTP/1.1\r\nHost: x\r\nAuthorization: "
                "Bearer %s\r\n\r\n" % TOKEN).encode())
    got = b""
    while b'"started"' not in got:
        chunk = ev.recv(65536)
        check(chunk, "the event stream ended early: %r" % got)
        got += chunk
    check(got.startswith(b"HTTP/1.1 200"), "GET /api/events?follow=1: %r" % got[:200])
    # An event that comes while the stream waits (the listener gives each
    # connection a thread: the stream cannot be suspended as on the socket).
    # A second stream asks only for new events: it has nothing to send
    # until the pause.
    ev2 = socket.create_connection(("127.0.0.1", PORT), timeout=30)
    ev2.sendall(("GET /api/events?follow=1 HTTP/1.1\r\nHost: x\r\nAuthorization: "
                 "Bearer %s\r\n\r\n" % TOKEN).encode())
    time.sleep(1)
    st, _, body = req("POST", "/api/vms/e/pause", "", jhead(bearer))
    check(st == 200, "pause: %d %r" % (st, body))
    for stream, seen in ((ev, got), (ev2, b"")):
        while b'"paused"' not in seen:
            chunk = stream.recv(65536)
            check(chunk, "an event stream ended before the pause: %r" % seen)
            seen += chunk
    ev2.close()
    st, _, body = req("POST", "/api/vms/e/resume", "", jhead(bearer))
    check(st == 200, "resume: %d %r" % (st, body))
    d.send_signal(signal.SIGTERM)
    try:
        ws.read_until(b"never", 30)
        fail("the WebSocket stayed open while the daemon stopped")
    except weblib.WebSocketClosed as e:
        check(e.code == 1001, "daemon stopping: close %s %r" % (e.code, e.reason))
    ws.close()
    try:
        rc = d.wait(30)
    except subprocess.TimeoutExpired:
        fail("the daemon did not stop on SIGTERM with a WebSocket attached")
    check(rc == 0, "the daemon exited %d" % rc)
    ev.settimeout(10)
    try:
        while ev.recv(65536):
            pass
    except OSError:
        fail("the event stream stayed open after the daemon stopped")
    ev.close()
    print("ok: SIGTERM closes the WebSockets with 1001 and the event streams; the daemon "
          "stops")
except Exception as e:  # any surprise is a failure, with the cleanup
    import traceback
    traceback.print_exc()
    fail("unexpected %s: %s" % (type(e).__name__, e))
cleanup()
print("PASS")
