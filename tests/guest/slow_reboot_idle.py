"""A guest reboot comes back to the shell in the same rvisor process, and an
idle guest at its shell costs under 2 % of one host core."""
import os
import time
from guestlib import Guest, require_guest, check

CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


kernel, initrd = require_guest()
g = Guest(["--kernel", kernel, "--initrd", initrd, "--cpus", "2"], timeout=180)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
check(g.run("echo first-boot") == "first-boot", "shell does not answer", g)

# Idle: the process's CPU time over two quiet windows, the lower one
# counts. An idle guest costs ~0.7-1.5 % here; a busy host only adds to a
# window (cold caches at each wakeup, a CI run beside it: 2.49 % once),
# while a guest or VMM that really spins costs as much in both.
time.sleep(2.0)
windows = []
for _ in range(2):
    c0, t0 = cpu_seconds(g.vm_pid), time.monotonic()
    time.sleep(5.0)
    c1, t1 = cpu_seconds(g.vm_pid), time.monotonic()
    windows.append((c1 - c0) / (t1 - t0) * 100)
idle = min(windows)
print("idle guest (2 vCPUs): %.2f %% of one host core (windows: %s)" %
      (idle, ", ".join("%.2f" % w for w in windows)))
check(idle < 2.0, "idle guest uses %.2f %% of a host core (limit 2 %%)" % idle, g)

# Reboot: the same process boots the guest again to its shell.
g.send("reboot -f\n")
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
check(g.run("echo second-boot") == "second-boot", "shell after reboot does not answer", g)
g.send("poweroff -f\n")
rc = g.wait_exit(60)
check(rc == 0, "exit status %d after poweroff" % rc, g)
print("reboot ok, poweroff ok")
