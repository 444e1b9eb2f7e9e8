"""The default guest managed by the daemon, through `rvisor vm` in a
temporary state directory: created and started detached, it boots to
GUEST-READY in its console log; pause stops its clock;
after `kill -9` of the daemon the guest runs on, and a daemon started on
demand re-adopts it (same process, its API forwarded, its clock running);
stop records a clean exit; a second start boots it again; delete leaves
no process and no file."""
import json
import os
import subprocess
import sys
import tempfile
import time
from guestlib import RVISOR, require_guest, check

kernel, initrd = require_guest()
tmp = tempfile.TemporaryDirectory(prefix="rvisor-daemon-")  # removed at exit
T = tmp.name
env = dict(os.environ, RVISOR_STATE_DIR=os.path.join(T, "state"),
           RVISOR_RUN_DIR=os.path.join(T, "run"))
env.pop("RVISOR_NO_AUTOSTART", None)
SOCK = os.path.join(T, "run", "rvisor.sock")


def ours():
    """Pids of processes whose command line names our directory."""
    out = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                if (T + "/").encode() in open("/proc/%s/cmdline" % p, "rb").read():
                    out.append(int(p))
            except OSError:
                pass
    return out


def cleanup():
    for p in ours():
        try:
            os.kill(p, 9)
        except OSError:
            pass


def fail(why):
    for f in ("state/daemon.log", "state/vms/1/console.log"):
        try:
            print("--- " + f + "\n" + open(os.path.join(T, f)).read()[-2000:])
        except OSError:
            pass
    cleanup()
    check(False, why)


def vm(*args, want=0):
    r = subprocess.run([RVISOR, "vm"] + list(args), env=env, capture_output=True, text=True,
                       timeout=120)
    if r.returncode != want:
        fail("rvisor vm %s: status %d (want %d): %s%s" % (" ".join(args), r.returncode, want,
                                                          r.stdout, r.stderr))
    print("ok: vm %s -> %d" % (" ".join(args), r.returncode))
    return r.stdout


def show():
    return json.loads(vm("show", "g", "-o", "json"))


def wait_log(text, seconds):
    log = os.path.join(T, "state", "vms", "1", "console.log")
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if text in open(log, errors="replace").read():
                return
        except OSError:
            pass
        time.sleep(0.5)
    fail("no %r in the console log within %d s" % (text, seconds))


try:
    vm("create", "g", "--kernel", kernel, "--initrd", initrd, "--mem", "256M", "--cpus", "2")
    vm("start", "g")
    wait_log("GUEST-READY", 120)
    info = show()
    pid = info["pids"]["vm"]
    check(info["state"] == "running" and info["runtime"]["vcpus"] == 2, "show: %r" % info)

    vm("pause", "g")
    a = show()["runtime"]["guest_time_seconds"]
    time.sleep(1)
    b = show()
    check(b["state"] == "paused" and b["runtime"]["guest_time_seconds"] == a,
          "a paused guest's clock moved: %r -> %r" % (a, b))
    vm("resume", "g")

    daemon = json.loads(subprocess.run(["curl", "-s", "--unix-socket", SOCK,
                                        "http://localhost/info"],
                                       capture_output=True, text=True).stdout)["pid"]
    os.kill(daemon, 9)
    time.sleep(1)
    os.kill(pid, 0)  # the guest outlives its daemon (raises if not)
    print("ok: the guest runs on after kill -9 of the daemon")
    a = show()  # starts a daemon on demand, which re-adopts the guest
    check(a["state"] == "running" and a["pids"]["vm"] == pid,
          "not re-adopted as the same process: %r" % a)
    # The runtime shown is the daemon's cached sample (refreshed every
    # second): wait for one taken at least a second after a's.
    deadline = time.time() + 30
    while True:
        time.sleep(1)
        b = show()
        if b.get("runtime_collected_at", 0) >= a.get("runtime_collected_at", 0) + 1 or \
                time.time() > deadline:
            break
    # (the guest's clock, not its instruction count: an idle guest may
    # retire nothing for a second)
    check(b["runtime"]["guest_time_seconds"] > a["runtime"]["guest_time_seconds"] + 0.5,
          "the re-adopted guest does not run: %r -> %r" % (a["runtime"], b["runtime"]))
    print("ok: re-adopted pid %d" % pid)

    vm("stop", "g", "--timeout", "20")
    x = show()
    check(x["state"] == "stopped" and x["last_exit"]["reason"] == "exited"
          and x["last_exit"]["status"] == 0 and x["last_exit"]["requested"] == "stop",
          "stop not recorded as a clean exit: %r" % x)
    vm("start", "g")
    wait_log("GUEST-READY", 120)
    vm("delete", "g", "--force")
    vm("list")
    daemon = json.loads(subprocess.run(["curl", "-s", "--unix-socket", SOCK,
                                        "http://localhost/info"],
                                       capture_output=True, text=True).stdout)["pid"]
    os.kill(daemon, 15)
    for _ in range(50):
        if not ours():
            break
        time.sleep(0.1)
    check(not ours(), "processes left: %r" % ours())
    check(os.listdir(os.path.join(T, "state", "vms")) == [], "files left in vms/")
    print("all daemon guest checks passed")
finally:
    cleanup()
