"""The power button shuts the default guest down cleanly: with --device
input, the guest's kernel finds the virtio-input device ("rvisor power
button" in /proc/bus/input/devices); PUT /actions {"action_type":
"powerdown"} (what `rvisor ctl powerdown` sends) while the guest sits idle
at its shell makes the guest's /bin/rvpower see KEY_POWER, print
GUEST-POWER-BUTTON and have /init sync and power off, and rvisor exits 0
(the shell did not exit: the button did it)."""
import os
import shutil
import tempfile
from guestlib import Guest, require_guest, check, SKIP, api, wait_socket

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-power-")
sock = os.path.join(tmp, "api.sock")
try:
    g = Guest(["--kernel", kernel, "--initrd", initrd, "--device", "input",
               "--api-socket", sock], timeout=240)
    wait_socket(sock, g, 30)
    g.expect("GUEST-READY", 120)
    g.expect("# ", 30)
    out = g.run("cat /proc/bus/input/devices")
    check("rvisor power button" in out, "the guest has no power button input device:\n" + out, g)
    # rvpower is waiting on the device's evdev node.
    out = g.run("pidof rvpower || echo none")
    check("none" not in out.strip().splitlines()[-1], "rvpower is not running:\n" + out, g)

    code, body = api(sock, "PUT", "/actions", {"action_type": "powerdown"})
    check(code == 204, "PUT /actions powerdown: %d %r" % (code, body), g)
    g.expect("GUEST-POWER-BUTTON", 60)
    status = g.wait_exit(60)
    check(status == 0, "rvisor exited %r after the power button, not 0" % status, g)
    log = g.log.decode(errors="replace")
    check("GUEST-SHELL-EXIT" not in log, "the guest powered off because its shell exited", g)
    print("power button: guest shut down cleanly, rvisor exited 0")
finally:
    shutil.rmtree(tmp, True)
