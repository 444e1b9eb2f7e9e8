"""What a user types at the default guest's shell to stop or restart it, as
the README says, without -f: `reboot` boots the guest again in the same
rvisor process (a file in /tmp is gone, the shell answers), `poweroff` ends
rvisor with status 0, and so does `halt` (a RISC-V halt powers off). The
guest's PID 1 must act on busybox's signals; the console shell is not what
ends the VM (no GUEST-SHELL-EXIT)."""
from guestlib import Guest, require_guest, check

kernel, initrd = require_guest()
args = ["--kernel", kernel, "--initrd", initrd, "--append", "console=ttyS0"]

g = Guest(args, timeout=240)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
g.run("echo before > /tmp/marker")
g.send("reboot\n")
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
g.wide = False  # a new kernel: the console is 80 columns again (Guest.run)
out = g.run("cat /tmp/marker 2>/dev/null || echo gone")
check(out.endswith("gone"), "after reboot /tmp still has the marker: %r" % out, g)
g.send("poweroff\n")
rc = g.wait_exit(60)
check(rc == 0, "rvisor exit status %d after poweroff" % rc, g)
check(b"GUEST-SHELL-EXIT" not in g.log, "the shell exited instead of PID 1 powering off", g)
print("reboot: the guest came back; poweroff: rvisor exited 0")

g = Guest(args, timeout=120)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)
g.send("halt\n")
rc = g.wait_exit(60)
check(rc == 0, "rvisor exit status %d after halt" % rc, g)
check(b"GUEST-SHELL-EXIT" not in g.log, "the shell exited instead of PID 1 halting", g)
print("halt: rvisor exited 0")
