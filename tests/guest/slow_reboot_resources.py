"""Host resources are opened once, when the VM is first built, and kept
across guest reboots: after the first boot, with strace attached, a guest
reboot opens no disk image, no shared-folder root, no kernel, initrd or
device tree dump file (the boot files are held too), and creates or binds
no socket (vsock's listening socket, the user network's hostfwd listener);
every descriptor the process held on them before the reboot is still
there, the same object, after it. The kept resources still work: data the
guest wrote to the disk before the reboot is read back after it, the share
mounts and reads a host file, and both listeners accept a host
connection."""
import atexit
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from guestlib import Guest, require_guest, check, free_port, last_line

kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-res-")
atexit.register(shutil.rmtree, tmp, True)
image = os.path.join(tmp, "disk.img")
with open(image, "wb") as f:
    f.truncate(4 << 20)
share = os.path.join(tmp, "share")
os.mkdir(share)
with open(os.path.join(share, "hello.txt"), "w") as f:
    f.write("from-the-host\n")
vsock = os.path.join(tmp, "v.sock")
dtb = os.path.join(tmp, "boot.dtb")
port = free_port()
# The boot files as /proc/PID/fd shows them.
boot_files = [os.path.realpath(kernel), os.path.realpath(initrd), dtb]

g = Guest(["--kernel", kernel, "--initrd", initrd,
           "--disk", image + ",format=raw",
           "--share", share + ",tag=hostshare",
           "--net", "user,hostfwd=tcp:127.0.0.1:%d-:22" % port,
           "--vsock", "cid=3,socket=" + vsock, "--dump-dtb", dtb], timeout=240)
g.expect("GUEST-READY", 90)
g.expect("# ", 30)

# Before the reboot: the guest writes a marker to the disk.
g.run("printf RESOURCE-MARKER-42 | dd of=/dev/vda bs=512 conv=sync,fsync 2>/dev/null; sync")


def held_fds(pid):
    """fd -> target for every descriptor on a test file or a socket."""
    out = {}
    for fd in os.listdir("/proc/%d/fd" % pid):
        try:
            t = os.readlink("/proc/%d/fd/%s" % (pid, fd))
        except OSError:
            continue
        if t.startswith(tmp) or t.startswith("socket:") or t in boot_files:
            out[int(fd)] = t
    return out


before = held_fds(g.vm_pid)
check(image in before.values(), "the image is not held open: %r" % before, g)
check(share in before.values(), "the share's root is not held open: %r" % before, g)
for f in boot_files:
    check(f in before.values(), "boot file %s is not held open: %r" % (f, before), g)
dtb_size = os.path.getsize(dtb)

# Watch what the process opens from now on (strace attached to it).
trace = os.path.join(tmp, "strace.log")
tracer = None
if shutil.which("strace"):
    tracer = subprocess.Popen(["strace", "-f", "-qq", "-e", "trace=open,openat,socket,bind",
                               "-o", trace, "-p", str(g.vm_pid)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):  # attached once the log has been created
        if os.path.exists(trace):
            break
        time.sleep(0.05)
    time.sleep(1.0)
else:
    print("strace missing: checking the descriptors only")

g.send("reboot -f\n")
g.expect("GUEST-READY", 120)
g.expect("# ", 30)

# After the reboot: the same data, a working share and listeners.
check(last_line(g.run("dd if=/dev/vda bs=18 count=1 2>/dev/null; echo")) == "RESOURCE-MARKER-42",
      "the disk's data did not survive the reboot", g)
g.run("mkdir -p /mnt/h && mount -t 9p -o trans=virtio,version=9p2000.L hostshare /mnt/h")
check(last_line(g.run("cat /mnt/h/hello.txt")) == "from-the-host",
      "the share does not work after the reboot", g)
for fam, addr in ((socket.AF_INET, ("127.0.0.1", port)), (socket.AF_UNIX, vsock)):
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.settimeout(10)
    try:
        s.connect(addr)
    except OSError as e:
        check(False, "listener %r does not accept after the reboot: %s" % (addr, e), g)
    s.close()

after = held_fds(g.vm_pid)
if tracer:
    tracer.send_signal(signal.SIGINT)  # detaches
    tracer.wait(30)
g.send("poweroff -f\n")
check(g.wait_exit(60) == 0, "no clean poweroff", g)

lost = {fd: t for fd, t in before.items() if after.get(fd) != t}
check(not lost, "descriptors held before the reboot were closed or replaced by it: %r "
      "(after: %r)" % (lost, after))
if tracer:
    with open(trace) as f:
        log = f.read()
    opened = [tmp, kernel, initrd]
    bad = [l for l in log.splitlines()
           if (("open" in l and any(p in l for p in opened)) or "bind(" in l
               or "socket(AF_UNIX" in l) and "resumed" not in l]
    check(not bad, "the reboot opened resources again:\n" + "\n".join(bad[:20]))
    print("strace: %d lines, no image, share, boot file or socket opened by the reboot"
          % len(log.splitlines()))
# The held dump file was rewritten by the reboot, not appended to.
check(os.path.getsize(dtb) == dtb_size, "the device tree dump changed size across the reboot: "
      "%d then %d bytes" % (dtb_size, os.path.getsize(dtb)))
print("resources kept across the reboot: %d descriptors" % len(before))
