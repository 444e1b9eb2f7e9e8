"""Helpers for guest-level tests: boot rvisor with a Linux guest and talk to
its serial console through pipes, as a user at the terminal would."""
import os
import re
import socket
import select
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RVISOR = os.path.join(ROOT, "build", "rvisor")
SKIP = 77
# A kernel message as the console shows it: "[    4.279868] hrtimer: ..."
KMSG_LINE = re.compile(r"\[ *\d+\.\d{6}\] ")


def guest_dir():
    """The project's default guest (make guest); None when not built."""
    try:
        out = subprocess.run([os.path.join(ROOT, "guest", "build.sh"), "--print-dir"],
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    d = out.stdout.strip()
    if out.returncode == 0 and os.path.exists(os.path.join(d, "Image")):
        return d
    return None


def require_guest():
    d = guest_dir()
    if d is None:
        print("default guest not built (make guest): skipping")
        sys.exit(SKIP)
    return os.path.join(d, "Image"), os.path.join(d, "initramfs.cpio.gz")


def initrd_with_tools(initrd, sources, outdir):
    """A copy of initrd (in outdir) with each C source in `sources` built
    static for the guest and added as /NAME (the file name without .c): a
    second newc cpio appended, which the kernel unpacks over the first.
    Returns its path; None when riscv64-linux-gnu-gcc is missing."""
    import gzip
    import shutil
    if not shutil.which("riscv64-linux-gnu-gcc"):
        return None

    def entry(name, mode, body, ino):
        fields = (ino, mode, 0, 0, 1, 0, len(body), 0, 0, 0, 0, len(name) + 1, 0)
        out = ("070701" + "".join("%08x" % v for v in fields)).encode() + name.encode() + b"\0"
        out += b"\0" * (-len(out) % 4) + body
        return out + b"\0" * (-len(out) % 4)
    archive = b""
    for k, src in enumerate(sources):
        name = os.path.basename(src)[:-2]
        exe = os.path.join(outdir, name)
        subprocess.run(["riscv64-linux-gnu-gcc", "-O2", "-static", "-o", exe, src], check=True)
        archive += entry(name, 0o100755, open(exe, "rb").read(), k + 1)
    out = os.path.join(outdir, "initrd-tools.cpio.gz")
    with open(out, "wb") as f:
        f.write(open(initrd, "rb").read())
        f.write(gzip.compress(archive + entry("TRAILER!!!", 0, b"", 0)))
    return out


class Guest:
    """A running rvisor VM with its console on pipes."""

    def __init__(self, args, timeout=60, prefix=()):
        """prefix: a command that runs rvisor (e.g. ip netns exec NS) and
        replaces itself by it (exec), so that killing proc kills rvisor."""
        self.log = b""
        self.proc = subprocess.Popen(list(prefix) + [RVISOR, "run", "--timeout", str(timeout)] + args,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        self.pos = 0

    @property
    def vm_pid(self):
        """The pid of the process that runs the guest (under the sandbox's
        PID namespace the child of self.proc, the relay; vm_process)."""
        if getattr(self, "_vm_pid", None) is None:
            self._vm_pid = vm_process(self.proc.pid)
        return self._vm_pid

    def expect(self, needle, timeout=30):
        """Wait until needle (str) appears after the last match; return the
        text between. Fails the test on timeout or exit."""
        want = needle.encode()
        deadline = time.time() + timeout
        while True:
            i = self.log.find(want, self.pos)
            if i >= 0:
                text = self.log[self.pos:i].decode(errors="replace")
                self.pos = i + len(want)
                return text
            left = deadline - time.time()
            if left <= 0:
                self.fail("timed out waiting for %r" % needle)
            r, _, _ = select.select([self.proc.stdout], [], [], min(left, 0.5))
            if r:
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    self.fail("rvisor exited (status %s) while waiting for %r"
                              % (self.proc.wait(), needle))
                self.log += chunk

    def send(self, text):
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()

    def run(self, cmd, timeout=30):
        """Run a shell command in the guest and return its output. The end
        marker is computed by the shell, so the terminal's echo of the
        command line (which line editing may repeat) never matches it."""
        if not getattr(self, "wide", False):
            # A wide terminal: the shell's echo of long commands never wraps.
            # The marker is the shell's output, not the echo of what was
            # typed: a kernel message can split that echo (a restored clone
            # under load printed "hrtimer: interrupt took ..." inside it).
            self.wide = True
            self.send("stty cols 4096; echo __RV_WIDE_$((4095+1))\n")
            self.expect("__RV_WIDE_4096", timeout)
            self.expect("# ", timeout)
        self.seq = getattr(self, "seq", 0) + 1
        n = 1000 + self.seq
        self.send("%s; echo __RV_$((%d+1))_DONE\n" % (cmd, n - 1))
        out = self.expect("__RV_%d_DONE" % n, timeout)
        # Kernel messages on the console land between the output's lines
        # too (slow_opensbi_smp under load read "[    4.279868] hrtimer:
        # interrupt took 64036300 ns" before its "2"): they are not the
        # command's output.
        lines = [l for l in out.replace("\r", "").split("\n")
                 if "echo __RV_$((" not in l and not KMSG_LINE.match(l.strip())]
        return "\n".join(lines).strip()

    def wait_exit(self, timeout=30):
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.fail("rvisor did not exit")
        rest = self.proc.stdout.read()
        if rest:
            self.log += rest
        return rc

    def kill(self):
        """Kill rvisor, and wait until the guest's process has ended too:
        under the sandbox's PID namespace it ends after its relay (the
        kernel kills it when the relay dies), and until then it still holds
        the VM's ports and files (a restore binding the same hostfwd port
        right after would fail)."""
        if self.proc.poll() is None:
            vm = self.vm_pid
            self.proc.kill()
            self.proc.wait()
            for _ in range(100):
                if vm == self.proc.pid or process_ended(vm):
                    break
                time.sleep(0.1)

    def fail(self, why):
        died = self.proc.poll()
        self.kill()
        tail = self.log[-3000:].decode(errors="replace")
        print("FAIL: %s\n--- console (last 3000 bytes) ---\n%s" % (why, tail))
        # The reason again after the console: the test runner shows only a
        # log's last lines, and they must say what failed.
        print("--- end of console ---\nFAIL: %s" % why)
        if died is not None and died < 0:
            print("rvisor had died from signal %d%s" % (-died, seccomp_note(self.proc.pid, self.log)))
        sys.exit(1)


def process_ended(pid):
    """pid is gone, or a zombie whose other threads have ended too: a
    killed process's main thread can be a zombie while its other threads
    still exit, and they hold its files (an image lock) and sockets until
    the last one has."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            if f.read().rsplit(")", 1)[1].split()[0] != "Z":
                return False
        return len(os.listdir("/proc/%d/task" % pid)) <= 1
    except (OSError, IndexError):
        return True


def vm_process(pid, timeout=10):
    """The process of `rvisor run` pid that runs the guest: in the sandbox's
    PID namespace, the relay pid's child (PID 1 of a namespace of its own);
    else pid itself."""
    try:
        ns = os.readlink("/proc/%d/ns/pid" % pid)
        relay = os.readlink("/proc/%d/ns/pid_for_children" % pid) != ns
    except OSError:
        return pid
    deadline = time.time() + timeout
    while relay and time.time() < deadline:
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open("/proc/%s/stat" % d) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                if ppid == pid and os.readlink("/proc/%s/ns/pid" % d) != ns:
                    return int(d)
            except (OSError, ValueError, IndexError):
                continue
        time.sleep(0.1)
    return pid


class Link:
    """Two network namespaces created for a test, joined by a veth pair on a
    private /30 (nothing of it in the host's namespace), the source end
    rate-limited to `rate` (tc netem, else tbf). create() returns None, or
    why namespaces cannot be used here (the test then skips); delete()
    removes both namespaces, and the veth pair with them. Processes started
    in them must be killed first. A SIGTERM (a runner's timeout) becomes
    SystemExit, so that a test's finally still deletes them."""

    def __init__(self, tag, rate="100mbit"):
        import signal
        base = "rv%s%d" % (tag, os.getpid())
        self.src_ns, self.dst_ns = base + "s", base + "d"
        self.src_if, self.dst_if = ("v%d" % os.getpid())[:13] + "s", ("v%d" % os.getpid())[:13] + "d"
        self.src_addr, self.dst_addr = "10.231.7.1", "10.231.7.2"
        self.rate = rate
        self.shaping = "unshaped"
        self.made = []
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))

    def _ip(self, args, ns=None):
        cmd = (["ip", "netns", "exec", ns] if ns else []) + args
        return subprocess.run(cmd, capture_output=True, text=True, timeout=30)

    def create(self):
        import shutil
        if not shutil.which("ip") or not shutil.which("tc"):
            return "ip or tc (iproute2) missing"
        for ns in (self.src_ns, self.dst_ns):
            r = self._ip(["ip", "netns", "add", ns])
            if r.returncode != 0:
                self.delete()
                return "ip netns add: " + (r.stderr.strip() or "status %d" % r.returncode)
            self.made.append(ns)
        steps = [(self.src_ns, ["ip", "link", "add", self.src_if, "type", "veth", "peer", "name",
                                self.dst_if, "netns", self.dst_ns]),
                 (self.src_ns, ["ip", "addr", "add", self.src_addr + "/30", "dev", self.src_if]),
                 (self.dst_ns, ["ip", "addr", "add", self.dst_addr + "/30", "dev", self.dst_if]),
                 (self.src_ns, ["ip", "link", "set", self.src_if, "up"]),
                 (self.dst_ns, ["ip", "link", "set", self.dst_if, "up"]),
                 (self.src_ns, ["ip", "link", "set", "lo", "up"]),
                 (self.dst_ns, ["ip", "link", "set", "lo", "up"])]
        for ns, args in steps:
            r = self._ip(args, ns)
            if r.returncode != 0:
                self.delete()
                return "%s: %s" % (" ".join(args[:3]), r.stderr.strip())
        for kind, args in (("netem", ["netem", "rate", self.rate]),
                           ("tbf", ["tbf", "rate", self.rate, "burst", "256kb", "latency", "100ms"])):
            r = self._ip(["tc", "qdisc", "add", "dev", self.src_if, "root"] + args, self.src_ns)
            if r.returncode == 0:
                self.shaping = "tc %s rate %s" % (kind, self.rate)
                break
        return None

    def src_tx_bytes(self):
        r = self._ip(["cat", "/sys/class/net/%s/statistics/tx_bytes" % self.src_if], self.src_ns)
        return int(r.stdout.strip() or 0)

    def delete(self):
        for ns in self.made:
            self._ip(["ip", "netns", "del", ns])
        self.made = []


def seccomp_note(pid, log=b""):
    """The kernel's audit line for a seccomp kill of pid, if dmesg can be
    read (it names the system call the sandbox refused)."""
    try:
        out = subprocess.run(["dmesg"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""
    # Under the sandbox's PID namespace the relay names the VM process.
    m = re.search(rb"the VM process \(host pid (\d+)\) was killed", log)
    pid = int(m.group(1)) if m else pid
    hits = [l for l in out.splitlines() if "type=1326" in l and " pid=%d " % pid in l]
    return ("; the kernel logged: " + hits[-1]) if hits else ""


def free_port():
    """A TCP port on 127.0.0.1 that was free a moment ago (for hostfwd)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def api(sock, method, path, body=None, timeout=60):
    """Call the per-VM REST API on a unix socket (with curl); returns
    (HTTP status, decoded JSON body or None)."""
    import json
    cmd = ["curl", "-s", "--max-time", str(timeout), "--unix-socket", sock, "-X", method,
           "-w", "\n%{http_code}", "http://localhost" + path]
    if body is not None:
        cmd += ["-H", "Content-Type: application/json", "--data-binary", json.dumps(body)]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    text, _, code = out.rpartition("\n")
    return int(code or 0), (json.loads(text) if text.strip() else None)


def wait_socket(path, g, seconds=10):
    """Wait for a VM's API socket to appear; fails the test otherwise, with
    what rvisor printed meanwhile and whether it ended."""
    for _ in range(int(seconds * 10)):
        if os.path.exists(path):
            return
        if g.proc.poll() is not None:
            break
        time.sleep(0.1)
    pump(g, 1)
    rc = g.proc.poll()
    g.fail("no API socket %s: %s" % (path, "rvisor ended with status %d" % rc if rc is not None
                                     else "rvisor still runs after %g s" % seconds))


def pump(g, seconds):
    """Collect console output for a while (Guest.expect would fail on timeout)."""
    end = time.time() + seconds
    while True:
        left = end - time.time()
        if left <= 0:
            return
        r, _, _ = select.select([g.proc.stdout], [], [], left)
        if r:
            chunk = os.read(g.proc.stdout.fileno(), 65536)
            if not chunk:
                return
            g.log += chunk


def pump_until_quiet(g, quiet=0.5, limit=15):
    """Collect console output until none came for `quiet` seconds (at most
    `limit` seconds): after a pause, what the guest printed before it may
    still be on its way through the console's relay on a loaded host."""
    end = time.time() + limit
    while time.time() < end:
        n = len(g.log)
        pump(g, quiet)
        if len(g.log) == n:
            return


def last_line(out):
    """A command's last output line. The "CNT n" lines of a test's
    background counter loop (see counters()) can land anywhere in a
    command's output, also after it: they are skipped."""
    import re
    lines = [l.strip() for l in out.strip().split("\n")]
    lines = [l for l in lines if not re.fullmatch(r"CNT \d+", l)]
    return lines[-1] if lines else ""


def counters(g, since):
    """The values of the "CNT n" lines the guest printed after log offset since."""
    import re
    return [int(n) for n in re.findall(rb"CNT (\d+)\r?\n", g.log[since:])]


def check(cond, why, guest=None):
    if not cond:
        if guest:
            guest.fail(why)
        print("FAIL: " + why)
        sys.exit(1)


class Guests:
    """The guests a test starts, each with the same timeout, killed
    together at its end (kill_all in the test's finally)."""

    def __init__(self, timeout):
        self.timeout = timeout
        self.all = []

    def start(self, args):
        g = Guest(args, timeout=self.timeout)
        self.all.append(g)
        return g

    def incoming(self, uri, sock, extra=()):
        """`rvisor run --incoming uri` with its API on sock, once it waits:
        (the guest, the address it says it listens on: a :0 port filled)."""
        d = self.start(["--incoming", uri, "--api-socket", sock] + list(extra))
        d.expect("waiting for a migration on ", 10)
        return d, d.expect("\n", 5).strip()

    def kill_all(self):
        for g in self.all:
            g.kill()


def migrate(src, src_sock, dst, addr, body=None, seconds=120):
    """PUT /migrate from the Guest src (its API on src_sock) to addr with
    body's fields, and wait (up to seconds) for src to exit: it must exit 0
    and say it migrated; a failed migration fails with dst's output.
    Prints the source's line; returns (downtime ms, total ms, rounds, the
    last GET /migrate status seen)."""
    req = {"destination": addr}
    req.update(body or {})
    t0 = time.time()
    code, st = api(src_sock, "PUT", "/migrate", req)
    check(code == 202, "PUT /migrate: %d %s" % (code, st), src)
    last = st
    while src.proc.poll() is None and time.time() - t0 < seconds:
        try:
            code, st = api(src_sock, "GET", "/migrate", timeout=5)
        except OSError:
            break  # the source has just exited
        if code == 200:
            last = st
            if st["state"] in ("failed", "cancelled"):
                pump(dst, 1)
                print("--- destination (last 2000 bytes) ---\n%s"
                      % dst.log[-2000:].decode(errors="replace"))
                src.fail("migration failed: %s" % st)
        time.sleep(0.05)
    rc = src.wait_exit(30)
    check(rc == 0, "the source exited with %s" % rc, src)
    m = re.search(rb"the VM migrated to \S+ \(downtime ([\d.]+) ms, total ([\d.]+) ms, (\d+) rounds",
                  src.log)
    check(m is not None, "the source did not say it migrated", src)
    down, total, rounds = float(m.group(1)), float(m.group(2)), int(m.group(3))
    line = src.log[m.start():].split(b"\n")[0].decode(errors="replace").strip()
    print("source: " + line)
    print("migrated to %s: downtime %.1f ms, total %.1f ms, %d rounds (last status seen: %s, "
          "throttle %s%%)" % (addr, down, total, rounds, last.get("state"),
                               last.get("throttle_percent")))
    return down, total, rounds, last
