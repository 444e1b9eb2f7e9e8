"""Console attach and logs through the daemon (docs/daemon.md "Console"),
with a firmware guest that echoes what it reads on its UART (no Linux):
- `rvisor vm console` on a terminal (a pty): the history first, typed
  bytes reach the guest and its echo comes back, Ctrl-] detaches with the
  terminal's settings restored and the VM still running; a second attach
  sees the earlier exchange in its history;
- two viewers at once: both see the output, the first holds the input,
  the second is told it is read-only and its keystrokes do not reach the
  guest; `--read-only` never writes; a console stays attached while the
  daemon is killed with -9 and restarted;
- a viewer that never reads holds up neither the guest nor the others;
- `vm logs` (all, --tail N), `GET /vms/NAME/logs?tail=N`, `logs --follow`
  (history, then live output, ending when the VM stops); the console of
  a stopped VM is refused (409, exit 1) and its logs still print;
- the console socket is 0600 in the 0700 run directory and is removed
  when the VM stops; `start --console` starts and attaches."""
import json
import os
import pty
import select
import socket
import stat
import subprocess
import sys
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
R = os.environ.get("RVISOR", os.path.join(ROOT, "build", "rvisor"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "guest"))
from daemonlib import DaemonLab  # noqa: E402
lab = DaemonLab("rvisor-console-", logs=("state/daemon.log",), rvisor=R)
T, ENV, SOCK, procs = lab.dir, lab.env, lab.sock, lab.procs
ours, cleanup, fail = lab.ours, lab.cleanup, lab.fail

# lui a0,0x10000; print "R\n"; 1: wait for a byte on the UART (LSR bit 0),
# write it back; j 1b
ECHO = (b"\x37\x05\x00\x10\x13\x03\x20\x05\x23\x00\x65\x00\x13\x03\xa0\x00"
        b"\x23\x00\x65\x00\x83\x42\x55\x00\x93\xf2\x12\x00\xe3\x8c\x02\xfe"
        b"\x03\x43\x05\x00\x23\x00\x65\x00\x6f\xf0\xdf\xfe")


def check(cond, msg):
    if not cond:
        fail(msg)


def vm(*args, want=0):
    r = subprocess.run([R, "vm"] + list(args), env=ENV, capture_output=True, timeout=120,
                       stdin=subprocess.DEVNULL)
    if r.returncode != want:
        fail("rvisor vm %s: status %d (want %d): %r %r" % (" ".join(args), r.returncode, want,
                                                           r.stdout, r.stderr))
    print("ok: vm %s -> %d" % (" ".join(args), r.returncode))
    return r.stdout.decode(errors="replace") + r.stderr.decode(errors="replace")


class Term:
    """`rvisor vm ARGS` on a pty, as at a terminal."""

    def __init__(self, *args):
        self.master, slave = pty.openpty()
        self.slave = slave
        self.before = termios.tcgetattr(slave)
        self.proc = subprocess.Popen([R, "vm"] + list(args), env=ENV, stdin=slave,
                                     stdout=slave, stderr=slave, start_new_session=True)
        procs.append(self.proc)
        self.out = b""

    def read_until(self, needle, seconds=20):
        deadline = time.time() + seconds
        while needle not in self.out:
            left = deadline - time.time()
            if left <= 0:
                fail("no %r on the terminal within %d s: %r" % (needle, seconds, self.out[-500:]))
            r, _, _ = select.select([self.master], [], [], min(left, 0.5))
            if r:
                try:
                    self.out += os.read(self.master, 65536)
                except OSError:
                    fail("the terminal closed before %r: %r" % (needle, self.out[-500:]))
        return self.out

    def type(self, data):
        os.write(self.master, data)

    def exit(self, seconds=20):
        try:
            rc = self.proc.wait(seconds)
        except subprocess.TimeoutExpired:
            fail("rvisor vm did not exit: %r" % self.out[-500:])
        # What it printed last (its goodbye).
        while select.select([self.master], [], [], 0.2)[0]:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                break
            if not chunk:
                break
            self.out += chunk
        return rc


def viewer(mode, history=4096):
    s = socket.socket(socket.AF_UNIX)
    s.connect(os.path.join(T, "run", "vm-1.console"))
    s.sendall(("RVISOR-CONSOLE/1 %s %d\n" % (mode, history)).encode())
    s.settimeout(20)
    head = b""
    while not head.endswith(b"\n"):
        head += s.recv(1)
    return s, head.decode()


def recv_until(s, needle, seconds=20):
    data = b""
    deadline = time.time() + seconds
    while needle not in data:
        if time.time() > deadline:
            fail("viewer: no %r: %r" % (needle, data))
        s.settimeout(max(0.1, deadline - time.time()))
        try:
            chunk = s.recv(65536)
        except socket.timeout:
            continue
        if not chunk:
            fail("viewer: closed before %r: %r" % (needle, data))
        data += chunk
    return data


try:
    open(os.path.join(T, "echo.bin"), "wb").write(ECHO)
    vm("create", "e", "--firmware", os.path.join(T, "echo.bin"), "--mem", "64M")
    vm("start", "e")
    csock = os.path.join(T, "run", "vm-1.console")
    st = os.stat(csock)
    check(stat.S_ISSOCK(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o600,
          "console socket mode %o" % st.st_mode)
    code = subprocess.run(["curl", "-s", "--unix-socket", SOCK, "http://localhost/vms/e/console"],
                          capture_output=True, text=True).stdout
    check(json.loads(code)["socket"] == csock, "GET /vms/e/console: %r" % code)
    print("ok: console socket %s, mode 0600" % csock)

    # Attach on a terminal, type, see the echo, detach with Ctrl-].
    t = Term("console", "e")
    t.read_until(b"detach with Ctrl-]")
    t.read_until(b"R")  # the history: the guest's banner
    t.type(b"ping-1")
    t.read_until(b"ping-1")
    t.type(b"\x1d")
    rc = t.exit()
    check(rc == 0, "console exited %d after Ctrl-]: %r" % (rc, t.out[-300:]))
    check(b"Detached" in t.out, "no detach message: %r" % t.out[-300:])
    check(termios.tcgetattr(t.slave) == t.before, "the terminal was not restored after Ctrl-]")
    out = vm("show", "e")
    check("state:      running" in out, "the VM did not keep running after detach: " + out)
    print("ok: typed, echoed, detached with Ctrl-], terminal restored, VM running")

    # Reattach: the history holds the earlier exchange.
    t = Term("console", "e")
    t.read_until(b"ping-1")
    t.type(b"ping-2")
    t.read_until(b"ping-2")

    # A second viewer while the terminal holds the input: read-only.
    v2, head = viewer("write")
    check(head.startswith("RVISOR-CONSOLE/1 OK read ") and "input-held" in head,
          "a second writer was not made read-only: %r" % head)
    v2.sendall(b"IGNORED")
    t.type(b"ping-3")
    recv_until(v2, b"ping-3")
    t.read_until(b"ping-3")
    time.sleep(0.5)
    check(b"IGNORED" not in t.out, "a read-only viewer's keystrokes reached the guest")
    print("ok: two viewers see the output; the second is read-only")

    # The daemon killed with -9: the keeper holds the console, it stays.
    dpid = json.loads(subprocess.run(["curl", "-s", "--unix-socket", SOCK,
                                      "http://localhost/info"], capture_output=True,
                                     text=True).stdout)["pid"]
    os.kill(dpid, 9)
    t.type(b"after-daemon")
    t.read_until(b"after-daemon")
    check("state:      running" in vm("show", "e"), "not re-adopted")  # a new daemon
    print("ok: the console stays attached across kill -9 of the daemon")

    # A viewer that never reads holds up neither the guest nor the others.
    stuck, _ = viewer("read", 0)
    stuck.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    big = b"x" * 4000 + b"\r"
    for _ in range(10):
        t.type(big)
        t.read_until(b"x" * 100)
    t.type(b"ping-4")
    t.read_until(b"ping-4")
    recv_until(v2, b"ping-4")
    t.type(b"\x1d")
    check(t.exit() == 0, "second console did not exit 0")
    v2.close()
    stuck.close()

    # --read-only on a terminal: keystrokes stay here.
    t = Term("console", "e", "--read-only")
    t.read_until(b"read-only")
    t.type(b"NOPE")
    time.sleep(1)
    t.type(b"\x1d")
    check(t.exit() == 0, "read-only console did not exit 0")
    log = vm("logs", "e")
    check("NOPE" not in log and "ping-4" in log, "read-only wrote, or logs miss output: %r"
          % log[-200:])
    print("ok: --read-only")

    # logs --tail and the API.
    tail = vm("logs", "e", "--tail", "1")
    check(tail.count("\n") <= 1 and "ping-4" in tail, "logs --tail 1: %r" % tail)
    api = subprocess.run(["curl", "-s", "--unix-socket", SOCK,
                          "http://localhost/vms/e/logs?tail=1"], capture_output=True).stdout
    check(api.decode().strip() == tail.strip(), "GET logs?tail=1 %r != %r" % (api, tail))
    bad = subprocess.run(["curl", "-s", "-w", "%{http_code}", "--unix-socket", SOCK,
                          "http://localhost/vms/e/logs?tail=-1"], capture_output=True,
                         text=True).stdout
    check(bad.endswith("400"), "tail=-1 not refused: %r" % bad)
    vm("logs", "e", "--tail", "x", want=2)
    print("ok: logs, --tail, GET /vms/e/logs")

    # logs --follow: history, then live, until the VM stops.
    w, head = viewer("write", 0)
    check(" OK write 0" in head, "writer hello: %r" % head)
    w.sendall(b"\nmark-a\nmark-b\n")
    recv_until(w, b"mark-b\n")
    f = subprocess.Popen([R, "vm", "logs", "e", "--follow", "--tail", "2"], env=ENV,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    procs.append(f)
    got = b""
    deadline = time.time() + 30
    while b"mark-b\n" not in got and time.time() < deadline:  # its history is out: attached
        if select.select([f.stdout], [], [], 0.5)[0]:
            got += os.read(f.stdout.fileno(), 65536)
    w.sendall(b"live-5\n")
    recv_until(w, b"live-5")
    vm("stop", "e", "--timeout", "5")
    try:
        fo, fe = f.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        fail("logs --follow did not end when the VM stopped")
    fo = got + fo
    check(f.returncode == 0 and fo == b"mark-a\nmark-b\nlive-5\n",
          "logs --follow: %d %r %r" % (f.returncode, fo[-300:], fe))
    print("ok: logs --follow")
    check(not os.path.exists(csock), "console socket left after stop")
    vm("console", "e", want=1)
    check("live-5" in vm("logs", "e", "--follow"), "a stopped VM's logs --follow")

    t = Term("start", "e", "--console")
    t.read_until(b"e: running")
    t.read_until(b"detach with Ctrl-]")
    t.type(b"via-start")
    t.read_until(b"via-start")
    t.type(b"\x1d")
    check(t.exit() == 0, "start --console did not exit 0")
    check(termios.tcgetattr(t.slave) == t.before, "start --console left the terminal raw")
    print("ok: start --console")

    # The VM stopping ends an attached console.
    t = Term("console", "e")
    t.read_until(b"detach with Ctrl-]")
    vm("kill", "e")
    check(t.exit() == 0 and b"stopped" in t.out, "console did not end with the VM: %r"
          % t.out[-300:])
    check(termios.tcgetattr(t.slave) == t.before, "the VM's end left the terminal raw")
    print("ok: the console ends when the VM does")

    vm("delete", "e")
    daemon = json.loads(subprocess.run(["curl", "-s", "--unix-socket", SOCK,
                                        "http://localhost/info"], capture_output=True,
                                       text=True).stdout)["pid"]
    os.kill(daemon, 15)
    print("all daemon console checks passed")
finally:
    cleanup()
