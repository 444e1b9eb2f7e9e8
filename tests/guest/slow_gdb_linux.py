"""The GDB stub (docs/gdb.md) against the default guest's Linux kernel,
under each CPU engine, with gdb-multiarch on a unix socket in a temporary
directory: boot to the shell with --gdb, read /proc/version and find
linux_banner in the Image file (its virtual address is the kernel's link
address plus its offset there), then attach (the VM halts), list the harts as threads, read
pc (a kernel address when the hart is in S-mode) and registers, read the
banner string at its kernel virtual address, continue, interrupt with
Ctrl-C, read pc again, break at the return address and continue to it,
stepi, and detach; the guest still answers on its shell. A
raw-protocol pass does the same interrupt by hand (vCont;c, then 0x03)."""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from guestlib import Guest, require_guest, check

GDB = shutil.which("gdb-multiarch")
if not GDB:
    print("SKIP: needs gdb-multiarch (scripts/deps.sh test)")
    sys.exit(77)
kernel, initrd = require_guest()
T = tempfile.mkdtemp(prefix="rvisor-gdblinux-")
# gdb's own Ctrl-C, 2 s into the next "continue" (batch mode has no other
# way to interrupt a running target).
KERNEL_LINK_ADDR = 0xffffffff80000000
INTERRUPT = os.path.join(T, "interrupt.py")
with open(INTERRUPT, "w") as f:
    f.write("import threading, time, gdb\n"
            "def later():\n"
            "    time.sleep(2)\n"
            "    gdb.post_event(lambda: gdb.execute('interrupt'))\n"
            "threading.Thread(target=later, daemon=True).start()\n")


def packet(payload):
    return b"$" + payload + b"#%02x" % (sum(payload) & 0xff)


def recv_until(s, pred, timeout=30):
    s.settimeout(timeout)
    data = b""
    end = time.time() + timeout
    while not pred(data) and time.time() < end:
        try:
            chunk = s.recv(4096)
        except socket.timeout:
            break
        if not chunk:
            break
        data += chunk
    return data


def one_engine(engine):
    sock = os.path.join(T, "gdb.sock")
    g = Guest(["--kernel", kernel, "--initrd", initrd, "--cpus", "2", "--cpu-engine", engine,
               "--append", "console=ttyS0", "--gdb", "unix:" + sock], timeout=600)
    try:
        g.expect("GUEST-READY", 300)
        g.expect("# ", 60)
        # linux_banner (what /proc/version prints) is in the kernel image,
        # which runs linked at KERNEL_LINK_ADDR: its virtual address is
        # that plus its offset in the Image file (the default guest has no
        # kallsyms).
        version = g.run("cat /proc/version").strip()
        check(version.startswith("Linux version "), "/proc/version: %r" % version, g)
        with open(kernel, "rb") as f:
            off = f.read().find(version[:40].encode())
        check(off > 0, "the banner is in the Image file", g)
        banner = KERNEL_LINK_ADDR + off
        out = subprocess.run(
            [GDB, "-batch", "-nx", "-ex", "set pagination off", "-ex", "set confirm off",
             "-ex", "set architecture riscv:rv64", "-ex", "target remote " + sock,
             "-ex", "info threads", "-ex", "print/x $pc", "-ex", "print $priv",
             "-ex", "info registers sp ra", "-ex", "x/s 0x%x" % banner,
             "-ex", "set $bpc = $ra",
             "-ex", "source " + INTERRUPT, "-ex", "continue", "-ex", "print/x $pc",
             "-ex", "tbreak *$ra", "-ex", "continue", "-ex", "print $pc == $bpc",
             "-ex", "stepi", "-ex", "print $pc != $bpc", "-ex", "detach"],
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
        text = out.stdout + out.stderr
        print(text[-2500:])
        check("Thread 2 (hart 1)" in text, engine + ": both harts are threads", g)
        pcs = [int(v, 16) for v in re.findall(r"= (0x[0-9a-f]+)", text)]
        check(len(pcs) >= 2, engine + ": pc read before and after the interrupt", g)
        check(all(pc >= 0xffffffff00000000 or pc < 0x100000000 for pc in pcs),
              engine + ": pcs are kernel or user addresses: %s" % [hex(p) for p in pcs], g)
        check(re.search(r'"Linux version [^"]*"', text) is not None and version[:40] in text,
              engine + ": reads linux_banner at its kernel virtual address", g)
        check("received signal SIGINT" in text,
              engine + ": Ctrl-C (interrupt) stops the running VM", g)
        check("Temporary breakpoint 1, " in text and "$4 = 1" in text and "$5 = 1" in text,
              engine + ": a breakpoint in the kernel (at ra) is hit, stepi moves on", g)
        check("Detaching" in text or "detached" in text.lower(), engine + ": detach", g)
        # Raw protocol: attach, continue, Ctrl-C, read memory, detach.
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(sock)
        s.sendall(packet(b"QStartNoAckMode"))
        check(b"OK" in recv_until(s, lambda d: b"OK" in d), engine + ": no-ack mode", g)
        s.sendall(packet(b"vCont;c"))
        time.sleep(1)
        s.sendall(b"\x03")
        data = recv_until(s, lambda d: b"T02thread:" in d)
        check(b"T02thread:" in data, engine + ": raw Ctrl-C gives a T02 stop reply", g)
        s.sendall(packet(b"m%x,d" % banner))
        data = recv_until(s, lambda d: b"#" in d.split(b"$")[-1])
        hexpart = data.split(b"$")[-1].split(b"#")[0]
        check(bytes.fromhex(hexpart.decode()) == b"Linux version",
              engine + ": raw m reads the banner: %r" % data, g)
        s.sendall(packet(b"D"))
        check(b"OK" in recv_until(s, lambda d: b"OK" in d), engine + ": raw detach", g)
        s.close()
        out = g.run("echo still-$((40+2))", timeout=120)
        check("still-42" in out, engine + ": the guest answers on its shell afterwards", g)
        g.send("poweroff -f\n")
        rc = g.wait_exit(120)
        check(rc == 0, engine + ": rvisor exits 0 after poweroff (status %s)" % rc, g)
    finally:
        g.kill()


try:
    for engine in ("interp", "jit"):
        one_engine(engine)
finally:
    shutil.rmtree(T, ignore_errors=True)
print("all slow_gdb_linux checks passed")
