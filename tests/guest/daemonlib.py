"""Helpers for the guest tests of the daemon (docs/daemon.md): a DaemonLab
(a temporary state and run directory, `rvisor` commands in it, the VMs'
console logs, the processes it leaves to end) and initramfs images with a
test's own files. Not a test: tests/run-tests.sh skips *lib.py."""
import gzip
import json
import os
import subprocess
import tempfile
import time
from guestlib import RVISOR, check


def cpio_entry(name, mode, body, ino):
    """One entry of a newc cpio archive."""
    fields = (ino, mode, 0, 0, 1, 0, len(body), 0, 0, 0, 0, len(name) + 1, 0)
    out = ("070701" + "".join("%08x" % v for v in fields)).encode() + name.encode() + b"\0"
    out += b"\0" * (-len(out) % 4) + body
    return out + b"\0" * (-len(out) % 4)


def initrd_plus(initrd, files, out):
    """A copy of initrd at out with files, (name, mode, bytes) each, in a
    second cpio archive appended, which the kernel unpacks over the first
    (so an "init" there replaces the default one). Returns out."""
    archive = b"".join(cpio_entry(name, mode, body, k + 1)
                       for k, (name, mode, body) in enumerate(files))
    with open(out, "wb") as f:
        f.write(open(initrd, "rb").read())
        f.write(gzip.compress(archive + cpio_entry("TRAILER!!!", 0, b"", 0)))
    return out


class DaemonLab:
    """A temporary directory (self.dir) holding the daemon's state (self.state)
    and run (self.run) directories, and self.env that points `rvisor` at them
    (a daemon starts on demand), for the rvisor binary `rvisor`. On failure it prints the tails of the files
    in `logs` (relative to self.dir) and ends every process it knows of:
    those in self.procs and any whose command line names self.dir. Use as
    `try: ... finally: lab.cleanup()`; the directory is removed at exit."""

    def __init__(self, prefix, extra_env=None,
                 logs=("state/daemon.log", "state/vms/1/console.log"), rvisor=RVISOR):
        self.tmp = tempfile.TemporaryDirectory(prefix=prefix)  # removed at exit
        self.dir = self.tmp.name
        self.state = os.path.join(self.dir, "state")
        self.run = os.path.join(self.dir, "run")
        self.sock = os.path.join(self.run, "rvisor.sock")
        self.env = dict(os.environ, RVISOR_STATE_DIR=self.state, RVISOR_RUN_DIR=self.run,
                        **(extra_env or {}))
        self.env.pop("RVISOR_NO_AUTOSTART", None)
        self.logs = logs
        self.rvisor = rvisor
        self.procs = []  # subprocess.Popen objects the test started
        self.cleanups = []  # more to undo, called after the processes end

    def ours(self):
        """Pids of the processes whose command line names our directory."""
        out = []
        for p in os.listdir("/proc"):
            if p.isdigit():
                try:
                    if (self.dir + "/").encode() in open("/proc/%s/cmdline" % p, "rb").read():
                        out.append(int(p))
                except OSError:
                    pass
        return out

    def cleanup(self):
        for p in self.procs:
            if p.poll() is None:
                p.kill()
                p.wait()
        for p in self.ours():
            try:
                os.kill(p, 9)
            except OSError:
                pass
        for f in self.cleanups:
            f()

    def fail(self, why):
        for f in self.logs:
            try:
                print("--- " + f + "\n" +
                      open(os.path.join(self.dir, f), errors="replace").read()[-3000:])
            except OSError:
                pass
        self.cleanup()
        check(False, why)

    def cli(self, *args, want=0, timeout=300):
        """`rvisor ARGS` in our directories: its stdout; fails unless it
        exits with want."""
        r = subprocess.run([self.rvisor] + list(args), env=self.env, capture_output=True, text=True,
                           timeout=timeout, stdin=subprocess.DEVNULL)
        if r.returncode != want:
            self.fail("rvisor %s: status %d (want %d): %s%s" % (" ".join(args), r.returncode, want,
                                                                r.stdout, r.stderr))
        print("ok: %s -> %d" % (" ".join(args), r.returncode))
        return r.stdout

    def vm(self, *args, want=0, timeout=300):
        """`rvisor vm ARGS`, as cli."""
        return self.cli("vm", *args, want=want, timeout=timeout)

    def show(self, name):
        """`rvisor vm show NAME -o json`, decoded."""
        return json.loads(self.vm("show", name, "-o", "json"))

    def console_log(self, vm_id=1):
        return os.path.join(self.state, "vms", str(vm_id), "console.log")

    def wait_log(self, text, seconds, log=None):
        """Waits for text in a console log (the first VM's by default)."""
        log = log or self.console_log()
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                if text in open(log, errors="replace").read():
                    return
            except OSError:
                pass
            time.sleep(0.5)
        self.fail("no %r in the console log within %d s" % (text, seconds))

    def daemon_pid(self):
        """The pid of the daemon answering on our socket (GET /info)."""
        out = subprocess.run(["curl", "-s", "--unix-socket", self.sock, "http://localhost/info"],
                             capture_output=True, text=True).stdout
        return json.loads(out)["pid"]

    def stop_daemon(self, seconds=5):
        """SIGTERM to the daemon; then waits (up to seconds) for every
        process of ours to end. Returns those left."""
        os.kill(self.daemon_pid(), 15)
        deadline = time.time() + seconds
        while self.ours() and time.time() < deadline:
            time.sleep(0.1)
        return self.ours()
