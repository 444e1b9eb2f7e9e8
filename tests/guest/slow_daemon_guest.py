"""The default guest managed by the daemon, through `rvisor vm` in a
temporary state directory: created and started detached, it boots to
GUEST-READY in its console log; pause stops its clock;
after `kill -9` of the daemon the guest runs on, and a daemon started on
demand re-adopts it (same process, its API forwarded, its clock running);
stop records a clean exit; a second start boots it again; delete leaves
no process and no file."""
import os
import time
from guestlib import require_guest, check
from daemonlib import DaemonLab

kernel, initrd = require_guest()
lab = DaemonLab("rvisor-daemon-")
T = lab.dir
cleanup, vm, wait_log = lab.cleanup, lab.vm, lab.wait_log


def show():
    return lab.show("g")


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

    os.kill(lab.daemon_pid(), 9)
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
    left = lab.stop_daemon()
    check(not left, "processes left: %r" % left)
    check(os.listdir(os.path.join(T, "state", "vms")) == [], "files left in vms/")
    print("all daemon guest checks passed")
finally:
    cleanup()
