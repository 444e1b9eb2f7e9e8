#!/usr/bin/env python3
"""TCP throughput through user-mode networking (slirp) for rvisor and
qemu-system-riscv64 (same kernel and initramfs, virtio-net-device with
-netdev user), same run: guest -> host (busybox nc into a host socket that
counts the bytes) and host -> guest (the host writes into a hostfwd port,
the guest's nc -l counts them with wc -c). The same over a tap device in
a network namespace (rvisor only; skipped without root or /dev/net/tun),
where the host side runs inside the namespace. NET_MB sets the megabytes moved per
direction (default 32)."""
import os
import shutil
import socket
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "guest"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import guestlib  # noqa: E402
from guest_cpu import Qemu  # noqa: E402

MB = int(os.environ.get("NET_MB", "32"))
NBYTES = MB << 20



class Sink:
    """Accepts one connection, reads NBYTES, closes: the guest's nc then
    sees EOF and exits. Times first byte to last byte."""

    def __init__(self, addr):
        self.s = socket.socket()
        self.s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.s.bind((addr, 0))
        self.s.listen(1)
        self.port = self.s.getsockname()[1]
        self.got, self.t0, self.t1 = 0, None, None
        self.th = threading.Thread(target=self.run, daemon=True)
        self.th.start()

    def run(self):
        c, _ = self.s.accept()
        while self.got < NBYTES:
            d = c.recv(1 << 20)
            if not d:
                break
            if self.t0 is None:
                self.t0 = time.time()
            self.got += len(d)
        self.t1 = time.time()
        c.close()
        self.s.close()


def throughput(g, host_ip, fwd_port):
    """(guest->host MB/s, host->guest MB/s) on a booted, configured guest
    (slirp: the host's 127.0.0.1 is host_ip for the guest)."""
    # Guest -> host.
    sink = Sink("127.0.0.1")
    out = g.run("dd if=/dev/zero bs=65536 count=%d 2>/dev/null | nc %s %d; echo done"
                % (NBYTES // 65536, host_ip, sink.port), 600)
    sink.th.join(60)
    if sink.got != NBYTES or sink.t0 is None:
        g.fail("guest -> host: %d of %d bytes (%s)" % (sink.got, NBYTES, out))
    up = sink.got / (sink.t1 - sink.t0) / 1e6
    # Host -> guest: the guest counts what arrives.
    g.send("nc -l -p 5001 </dev/null | wc -c\n")  # stdin at EOF: nc exits at the end
    time.sleep(1.0)  # nc listening
    chunk = b"\0" * (1 << 20)
    t0 = time.time()
    for _ in range(20):
        try:
            c = socket.create_connection(("127.0.0.1", fwd_port), 10)
            break
        except OSError:
            time.sleep(0.5)
    else:
        g.fail("cannot connect to the hostfwd port")
    for _ in range(NBYTES >> 20):
        c.sendall(chunk)
    c.close()
    g.expect(str(NBYTES), 600)
    down = NBYTES / (time.time() - t0) / 1e6
    g.expect("# ", 30)
    return up, down


# Host side of the tap runs: one process inside the namespace that either
# sinks NBYTES from a guest connection or sends NBYTES to the guest, and
# prints the MB/s it measured.
NS_SINK = """
import socket, sys, time
n = int(sys.argv[1]); s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("192.168.100.1", 5002)); s.listen(1); print("ready", flush=True)
c, _ = s.accept(); got = 0; t0 = None
while got < n:
    d = c.recv(1 << 20)
    if not d: break
    if t0 is None: t0 = time.time()
    got += len(d)
print("MBps %.3f %d" % (got / (time.time() - t0) / 1e6, got), flush=True)
"""
NS_SEND = """
import socket, sys, time
n = int(sys.argv[1])
for _ in range(40):
    try:
        c = socket.create_connection(("192.168.100.2", 5001), 5); break
    except OSError:
        time.sleep(0.25)
t0 = time.time(); chunk = bytes(1 << 20)
for _ in range(n >> 20): c.sendall(chunk)
c.close(); print("t0 %.6f" % t0, flush=True)
"""


def tap_row(kernel, initrd):
    if os.geteuid() != 0 or not os.path.exists("/dev/net/tun"):
        return None
    ns, tap = "rvbench%d" % os.getpid(), "rvbtap%d" % (os.getpid() % 10000)
    if subprocess.run(["ip", "netns", "add", ns], capture_output=True).returncode:
        return None
    g = None
    try:
        for cmd in (["ip", "tuntap", "add", "dev", tap, "mode", "tap"],
                    ["ip", "addr", "add", "192.168.100.1/24", "dev", tap],
                    ["ip", "link", "set", tap, "up"]):
            if subprocess.run(["ip", "netns", "exec", ns] + cmd, capture_output=True).returncode:
                return None
        g = Qemu(["ip", "netns", "exec", ns, guestlib.RVISOR, "run", "--timeout", "1200",
                  "--kernel", kernel, "--initrd", initrd, "--net", "tap,ifname=" + tap])
        g.expect("GUEST-READY", 120)
        g.expect("# ", 30)
        g.run("ip link set eth0 up && ip addr add 192.168.100.2/24 dev eth0")
        py = ["ip", "netns", "exec", ns, sys.executable, "-c"]
        sink = subprocess.Popen(py + [NS_SINK, str(NBYTES)], stdout=subprocess.PIPE, text=True)
        sink.stdout.readline()
        g.run("dd if=/dev/zero bs=65536 count=%d 2>/dev/null | nc 192.168.100.1 5002"
              % (NBYTES // 65536), 600)
        out = sink.communicate(timeout=60)[0].split()
        up = float(out[1])
        g.send("nc -l -p 5001 </dev/null | wc -c\n")
        time.sleep(1.0)
        snd = subprocess.run(py + [NS_SEND, str(NBYTES)], capture_output=True, text=True,
                             timeout=600)
        g.expect(str(NBYTES), 600)
        down = NBYTES / (time.time() - float(snd.stdout.split()[1])) / 1e6
        g.expect("# ", 30)
        g.send("poweroff -f\n")
        g.wait_exit(60)
        return ("rvisor", "tap", (up, down))
    finally:
        if g:
            g.kill()
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)


def guest_setup(g, addr, gw):
    g.expect("GUEST-READY", 120)
    g.expect("# ", 30)
    g.run("ip link set eth0 up && ip addr add %s/24 dev eth0 && ip route add default via %s"
          % (addr, gw))


def main():
    gdir = guestlib.guest_dir()
    if gdir is None:
        print("== network throughput: skipped (default guest not built) ==")
        return
    kernel = os.path.join(gdir, "Image")
    initrd = os.path.join(gdir, "initramfs.cpio.gz")
    rows = []
    fwd = guestlib.free_port()
    g = guestlib.Guest(["--kernel", kernel, "--initrd", initrd, "--net",
                        "user,host_loopback=on,hostfwd=tcp:127.0.0.1:%d-:5001" % fwd],
                       timeout=1200)
    guest_setup(g, "10.0.2.15", "10.0.2.2")
    rows.append(("rvisor", "user", throughput(g, "10.0.2.2", fwd)))
    g.send("poweroff -f\n")
    g.wait_exit(60)
    if shutil.which("qemu-system-riscv64"):
        fwd = guestlib.free_port()
        q = Qemu(["qemu-system-riscv64", "-M", "virt", "-m", "256M", "-nographic",
                  "-bios", "default", "-kernel", kernel, "-initrd", initrd,
                  "-append", "console=ttyS0",
                  "-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:%d-:5001" % fwd,
                  "-device", "virtio-net-device,netdev=n0"])
        guest_setup(q, "10.0.2.15", "10.0.2.2")
        rows.append(("qemu", "user", throughput(q, "10.0.2.2", fwd)))
        q.send("poweroff -f\n")
        q.wait_exit(60)
    row = tap_row(kernel, initrd)
    if row:
        rows.append(row)
    print("== TCP throughput guest <-> host (%d MiB each way, busybox nc) ==" % MB)
    print("%-7s %-8s %16s %16s" % ("vmm", "backend", "guest->host_MB/s", "host->guest_MB/s"))
    for vmm, be, (up, down) in rows:
        print("%-7s %-8s %16.1f %16.1f" % (vmm, be, up, down))
    rv = [r for r in rows if r[0] == "rvisor" and r[1] == "user"]
    qm = [r for r in rows if r[0] == "qemu"]
    if rv and qm:
        print("(ratio rvisor/QEMU: guest->host %.2fx, host->guest %.2fx)"
              % (rv[0][2][0] / qm[0][2][0], rv[0][2][1] / qm[0][2][1]))


if __name__ == "__main__":
    main()
