"""virtio-console as the guest's console (--console, console=hvc1: under
Linux 6.1 the SBI console is hvc0, the virtio port becomes hvc1): the shell
runs on /dev/hvc1, typed commands reach it and their output comes back
(short and long lines, 20 KB of output), the UART is not the console; then
a snapshot, a kill -9 and a restore: the restored VM's shell answers
through the virtio console again."""
import os
import shutil
import tempfile
from guestlib import Guest, require_guest, check, SKIP, api, wait_socket, last_line, pump

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-vcons-")
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
g = Guest(["--kernel", kernel, "--initrd", initrd, "--console", "--append", "console=hvc1",
           "--api-socket", sock], timeout=240)
try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    wait_socket(sock, g)
    check(last_line(g.run("tty")) == "/dev/hvc1", "the shell is not on hvc1", g)
    check(last_line(g.run("cat /sys/class/tty/console/active")) == "hvc1",
          "the kernel console is not hvc1", g)
    drv = last_line(g.run("ls /sys/bus/virtio/drivers/virtio_console | grep -c virtio"))
    check(drv == "1", "virtio_console bound to %s devices" % drv, g)
    check(last_line(g.run("echo hello-$((6*7))")) == "hello-42", "shell does not answer", g)
    line = "x" * 300
    check(last_line(g.run("echo %s | wc -c" % line)) == "301", "a 300-byte input line", g)
    out = g.run("seq 1 4000", 60)
    nums = [l.strip() for l in out.split("\n") if l.strip().isdigit()]
    check(nums[-1:] == ["4000"] and len(nums) == 4000, "seq output: %d lines, last %s"
          % (len(nums), nums[-1:]), g)

    code, _ = api(sock, "PATCH", "/vm", {"state": "paused"})
    check(code == 204, "pause: %d" % code, g)
    code, res = api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})
    check(code == 200, "snapshot: %d %s" % (code, res), g)
    g.kill()  # and its VM process, which holds the VM's files until it ends
finally:
    g.kill()

r = Guest(["--restore", snap, "--mem-file", mem], timeout=120)
try:
    pump(r, 0.5)
    check(last_line(r.run("echo restored-$((6*7))")) == "restored-42",
          "shell does not answer after restore", r)
    check(last_line(r.run("tty")) == "/dev/hvc1", "restored shell not on hvc1", r)
    r.send("poweroff -f\n")
    check(r.wait_exit(60) == 0, "exit status after poweroff", r)
finally:
    r.kill()
    shutil.rmtree(tmp, ignore_errors=True)
print("virtio console: input, output, restore ok")
