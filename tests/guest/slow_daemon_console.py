"""The default guest's serial console through the daemon, at a terminal
(a pty), and its graceful stop (docs/daemon.md "Console", "Supervisor"):
- `rvisor vm console` attaches to the booted guest: a command typed at
  the terminal runs in the guest's shell and its answer comes back;
  Ctrl-] detaches, the terminal is restored and the VM runs on;
- a second attach shows the earlier exchange in its history and gets a
  new answer, while a read-only viewer on the console socket sees that
  answer too;
- `vm logs --tail` holds the answers; `vm logs --follow` follows until
  the VM stops;
- `vm stop` presses the power button: the guest shuts itself down (its
  GUEST-POWER-BUTTON marker and the kernel's "Power down" are in the
  console log), the exit is recorded as clean and graceful
  (stopped_by power-button), well before the timeout."""
import json
import os
import pty
import select
import socket
import subprocess
import termios
import time
from guestlib import RVISOR, require_guest, check
from daemonlib import DaemonLab

kernel, initrd = require_guest()
lab = DaemonLab("rvisor-dconsole-")
env, procs, LOG = lab.env, lab.procs, lab.console_log()
cleanup, fail, vm, wait_log = lab.cleanup, lab.fail, lab.vm, lab.wait_log


class Term:
    """`rvisor vm ARGS` at a terminal (a pty)."""

    def __init__(self, *args):
        self.master, self.slave = pty.openpty()
        self.before = termios.tcgetattr(self.slave)
        self.proc = subprocess.Popen([RVISOR, "vm"] + list(args), env=env, stdin=self.slave,
                                     stdout=self.slave, stderr=self.slave,
                                     start_new_session=True)
        procs.append(self.proc)
        self.out = b""
        self.pos = 0

    def expect(self, needle, seconds=60):
        """Wait for needle after the last match."""
        want = needle.encode()
        deadline = time.time() + seconds
        while self.out.find(want, self.pos) < 0:
            left = deadline - time.time()
            if left <= 0:
                fail("no %r at the terminal within %d s: %r" % (needle, seconds,
                                                                 self.out[-600:]))
            if select.select([self.master], [], [], min(left, 0.5))[0]:
                try:
                    self.out += os.read(self.master, 65536)
                except OSError:
                    fail("the terminal closed before %r: %r" % (needle, self.out[-600:]))
        self.pos = self.out.find(want, self.pos) + len(want)

    def type(self, text):
        os.write(self.master, text.encode())

    def exit(self, seconds=30):
        try:
            return self.proc.wait(seconds)
        except subprocess.TimeoutExpired:
            fail("rvisor vm did not exit: %r" % self.out[-600:])


try:
    vm("create", "g", "--kernel", kernel, "--initrd", initrd, "--mem", "256M")
    vm("start", "g")
    wait_log("GUEST-READY", 180)
    pid = json.loads(vm("show", "g", "-o", "json"))["pids"]["vm"]

    # Attach, run a command in the guest's shell, detach.
    t = Term("console", "g")
    t.expect("detach with Ctrl-]", 30)
    t.type("\r")
    t.expect("# ", 60)
    # The answer is computed by the guest: the echoed command line
    # ("$((6*7))") never matches it.
    t.type("echo answer-$((6*7))\r")
    t.expect("answer-42", 60)
    t.type("\x1d")
    check(t.exit() == 0, "console did not exit 0 after Ctrl-]")
    check(termios.tcgetattr(t.slave) == t.before, "the terminal was not restored")
    info = json.loads(vm("show", "g", "-o", "json"))
    check(info["state"] == "running" and info["pids"]["vm"] == pid,
          "the VM did not run on after detach: %r" % info)
    print("ok: typed a command, read its answer, detached; the VM runs on")

    # Reattach: the history holds the exchange; a read-only viewer too.
    v = socket.socket(socket.AF_UNIX)
    v.connect(info["console_socket"])
    v.sendall(b"RVISOR-CONSOLE/1 read 0\n")
    t = Term("console", "g")
    t.expect("answer-42", 30)  # the history
    t.type("echo again-$((7*6))-$(uname -m)\r")
    t.expect("again-42-riscv64", 60)
    seen = b""
    deadline = time.time() + 60
    v.settimeout(1)
    while b"again-42-riscv64" not in seen and time.time() < deadline:
        try:
            seen += v.recv(65536)
        except socket.timeout:
            pass
    check(b"again-42-riscv64" in seen, "the read-only viewer did not see the answer: %r"
          % seen[-300:])
    t.type("\x1d")
    check(t.exit() == 0, "second console did not exit 0")
    v.close()
    print("ok: reattached with history; a second viewer saw the answer")

    tail = vm("logs", "g", "--tail", "3")
    check("again-42-riscv64" in tail and len(tail.splitlines()) <= 3, "logs --tail 3: %r" % tail)
    follow = subprocess.Popen([RVISOR, "vm", "logs", "g", "--follow", "--tail", "1"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    procs.append(follow)
    # Its --tail line first: it follows from then on (a stop sent before it
    # attached would be history, cut to that one line).
    r, _, _ = select.select([follow.stdout], [], [], 30)
    check(r, "logs --follow printed nothing in 30 s")
    first = os.read(follow.stdout.fileno(), 65536)

    # Graceful stop: the power button, the guest's own shutdown.
    t0 = time.time()
    vm("stop", "g")
    took = time.time() - t0
    x = json.loads(vm("show", "g", "-o", "json"))["last_exit"]
    check(x["reason"] == "exited" and x["status"] == 0 and x["requested"] == "stop"
          and x.get("stopped_by") == "power-button",
          "stop was not graceful: %r" % x)
    log = open(LOG, errors="replace").read()
    check("GUEST-POWER-BUTTON" in log and "Power down" in log,
          "the guest's shutdown messages are not in its console log: %r" % log[-800:])
    try:
        fo, _ = follow.communicate(timeout=30)
        fo = first + fo
    except subprocess.TimeoutExpired:
        fail("logs --follow did not end when the VM stopped")
    check(b"GUEST-POWER-BUTTON" in fo, "logs --follow missed the shutdown: %r" % fo[-500:])
    print("ok: graceful stop in %.1f s (power button, exit 0, shutdown in the log)" % took)

    vm("delete", "g")
    left = lab.stop_daemon()
    check(not left, "processes left: %r" % left)
    print("all daemon console guest checks passed")
finally:
    cleanup()
