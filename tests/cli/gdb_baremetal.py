"""The GDB stub (docs/gdb.md) against a bare-metal program, under both CPU
engines, with Debian's gdb-multiarch:
- break at a symbol, read a register, single-step, read and write memory,
  continue to the program's exit (the write is what makes it pass);
- two harts are two threads; a breakpoint stops the VM, continuing runs it;
- a write watchpoint stops after the store that changed the value;
- Ctrl-C (gdb's interrupt) stops a running VM;
- detach lets the VM run on (the program then fails as it should without
  the debugger's write); kill ends the VM;
- raw protocol: garbage, bad checksums and an overlong packet are refused
  with '-', the stub answers the next good packet;
- --gdb refuses a non-loopback address (unless --gdb-any-address) and a
  bad address.
Only unix sockets in a temporary directory and 127.0.0.1 are used."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
R = os.environ.get("RVISOR", os.path.join(ROOT, "build", "rvisor"))
GDB = shutil.which("gdb-multiarch")
CC = shutil.which("riscv64-linux-gnu-gcc")
if not GDB or not CC:
    print("SKIP: needs gdb-multiarch and riscv64-linux-gnu-gcc (scripts/deps.sh test)")
    sys.exit(77)
T = tempfile.mkdtemp(prefix="rvisor-gdb-")
procs = []

PROG = r"""
#include "test.h"
	.globl counter, magic, checkpoint, after_loop
TEST_BEGIN
	csrr t0, mhartid
	bnez t0, park          /* hart 1 waits; hart 0 runs the test */
	la s0, counter
	li t1, 0
1:	addi t1, t1, 1
	mv s1, t1
	c.sd s1, 0(s0)         /* compressed: the watchpoint must see it too */
	li t2, 10
	blt t1, t2, 1b
checkpoint:
	addi t3, t1, 5
after_loop:
	addi t4, t3, 1
	la t0, magic
	ld a0, 0(t0)
	li t1, 0x1234
	beq a0, t1, 2f
	FAIL(2)
2:	TEST_PASS
park:	j park
TEST_END
	.data
	.align 3
counter: .dword 0
magic: .dword 0
"""


def cleanup():
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()
    shutil.rmtree(T, ignore_errors=True)


def fail(msg, extra=""):
    print("FAIL: " + msg)
    if extra:
        print(extra[-3000:])
    cleanup()
    sys.exit(1)


def check(cond, msg, extra=""):
    if not cond:
        fail(msg, extra)
    print("ok: " + msg)


def build(text=PROG, name="prog"):
    src = os.path.join(T, name + ".S")
    with open(src, "w") as f:
        f.write(text)
    elf = os.path.join(T, name + ".elf")
    inc = os.path.join(ROOT, "tests", "isa", "include")
    subprocess.run([CC, "-march=rv64gc", "-mabi=lp64d", "-nostdlib", "-nostartfiles",
                    "-static", "-mcmodel=medany", "-fno-pie", "-no-pie",
                    "-Wl,--build-id=none", "-g", "-I" + inc, "-T",
                    os.path.join(inc, "link.ld"), "-o", elf, src], check=True)
    return elf


def start_vm(elf, sock, engine, cpus=1, extra=()):
    if os.path.exists(sock):
        os.unlink(sock)
    err = open(os.path.join(T, "vm.err"), "w")
    p = subprocess.Popen([R, "run", "--cpu-engine", engine, "--cpus", str(cpus),
                          "--firmware", elf, "--timeout", "120", "--gdb", "unix:" + sock,
                          "--gdb-wait"] + list(extra),
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
    procs.append(p)
    for _ in range(200):
        if os.path.exists(sock):
            return p
        if p.poll() is not None:
            break
        time.sleep(0.05)
    fail("the VM did not listen on " + sock, open(os.path.join(T, "vm.err")).read())


def gdb(elf, sock, cmds):
    args = [GDB, "-batch", "-nx", "-ex", "set pagination off", "-ex", "set confirm off",
            "-ex", "file " + elf, "-ex", "target remote " + sock]
    for c in cmds:
        args += ["-ex", c]
    r = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                       timeout=120)
    return r.stdout + r.stderr


def vm_status(p):
    try:
        return p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        return None


def session(elf, engine):
    sock = os.path.join(T, "g.sock")
    p = start_vm(elf, sock, engine, cpus=2)
    out = gdb(elf, sock, [
        "info threads", "break checkpoint", "continue", "print $t1", "stepi",
        "print $t3", "print $pc == after_loop", "print $priv", "x/gx &counter",
        "set var *(long *)&magic = 0x1234", "print *(long *)&magic", "continue"])
    check("Thread 2 (hart 1)" in out, engine + ": two harts are two threads", out)
    check("hit Breakpoint 1, checkpoint" in out or "Breakpoint 1, checkpoint" in out,
          engine + ": stops at the breakpoint on a symbol", out)
    check("$1 = 10" in out, engine + ": reads a register at the breakpoint (t1 = 10)", out)
    check("$2 = 15" in out and "$3 = 1" in out,
          engine + ": stepi runs exactly one instruction (t3 = 15, pc = after_loop)", out)
    check("$4 = 3" in out, engine + ": the virtual priv register says M-mode", out)
    check("0x000000000000000a" in out, engine + ": reads guest memory (counter = 10)", out)
    check("$5 = 4660" in out, engine + ": writes guest memory", out)
    check("exited normally" in out, engine + ": continues to the program's exit", out)
    st = vm_status(p)
    check(st == 0, engine + ": the program passed thanks to the debugger's write (status %s)"
          % st, open(os.path.join(T, "vm.err")).read())


def detach_and_kill(elf):
    sock = os.path.join(T, "g.sock")
    p = start_vm(elf, sock, "interp")
    out = gdb(elf, sock, ["break checkpoint", "continue", "detach"])
    check("Breakpoint 1, checkpoint" in out, "detach: stopped at the breakpoint first", out)
    st = vm_status(p)
    check(st == 2, "detach: the VM runs on without the debugger (FAIL(2): status %s)" % st,
          out)
    p = start_vm(elf, sock, "interp")
    out = gdb(elf, sock, ["kill"])
    st = vm_status(p)
    check(st == 137, "kill ends the VM (status %s)" % st, out)


def recv_until(s, pred, timeout=10):
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


def packet(payload):
    return b"$" + payload + b"#%02x" % (sum(payload) & 0xff)


def raw_protocol(elf):
    sock = os.path.join(T, "g.sock")
    p = start_vm(elf, sock, "interp")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(sock)
    s.sendall(b"\x00\xffnoise$qSupported#00")  # noise, then a bad checksum
    check(recv_until(s, lambda d: b"-" in d).startswith(b"-"),
          "raw: a bad checksum is answered with '-'")
    s.sendall(b"$" + b"m" * 6000 + b"#00")  # longer than PacketSize
    check(b"-" in recv_until(s, lambda d: b"-" in d), "raw: an overlong packet gets '-'")
    s.sendall(b"$ZZ#zz" + packet(b"m80000000,zz") + packet(b"p99999999999999999999"))
    data = recv_until(s, lambda d: d.count(b"E01") >= 2)
    check(data.count(b"E01") >= 2, "raw: malformed arguments get E01 replies", repr(data))
    s.sendall(packet(b"?"))
    data = recv_until(s, lambda d: b"T05thread:1;" in d)
    check(b"T05thread:1;" in data, "raw: the stub still answers ('?' gives the stop)",
          repr(data))
    s.sendall(packet(b"m80000000,4"))
    data = recv_until(s, lambda d: b"#" in d.split(b"$")[-1])
    check(b"$" in data and len(data.split(b"$")[-1].split(b"#")[0]) == 8,
          "raw: m reads 4 bytes of guest RAM", repr(data))
    s.sendall(packet(b"D"))
    check(b"OK" in recv_until(s, lambda d: b"OK" in d), "raw: D detaches")
    s.close()
    st = vm_status(p)
    check(st == 2, "raw: after detaching the VM runs to its end (status %s)" % st)


def watch(elf, engine):
    """A write watchpoint (Z2) stops right after the store that changed the
    value, as hardware would, on the hart that stored (hart 1, parked in a
    loop, sees each change too: it once won the race to report it); the
    store is a compressed c.sd."""
    sock = os.path.join(T, "g.sock")
    p = start_vm(elf, sock, engine, cpus=2)
    out = gdb(elf, sock, ["watch *(long *)&counter"] + ["continue"] * 6 +
              ["print $t1", "delete", "set var *(long *)&magic = 0x1234", "continue"])
    check("Hardware watchpoint 1" in out and "Old value = 5\nNew value = 6" in out
          and "$1 = 6" in out, engine + ": a write watchpoint stops after each change", out)
    check("Thread 2 hit" not in out, engine + ": each stop names the hart that stored", out)
    check("exited normally" in out, engine + ": deleted, the program runs to its end", out)
    st = vm_status(p)
    check(st == 0, engine + ": status %s" % st, out)


LOOP = r"""
#include "test.h"
TEST_BEGIN
	li t1, 0
1:	addi t1, t1, 1
	j 1b
TEST_END
"""


def interrupt(engine):
    """Ctrl-C stops a VM that runs (gdb's interrupt, 2 s into a continue)."""
    elf = build(LOOP, "loop")
    script = os.path.join(T, "interrupt.py")
    with open(script, "w") as f:
        f.write("import threading, time, gdb\n"
                "def later():\n"
                "    time.sleep(2)\n"
                "    gdb.post_event(lambda: gdb.execute('interrupt'))\n"
                "threading.Thread(target=later, daemon=True).start()\n")
    sock = os.path.join(T, "g.sock")
    p = start_vm(elf, sock, engine)
    out = gdb(elf, sock, ["print $t1", "source " + script, "continue", "print $t1 > 1000",
                          "kill"])
    check("received signal SIGINT" in out and "$2 = 1" in out,
          engine + ": Ctrl-C stops the running VM, which had run meanwhile", out)
    st = vm_status(p)
    check(st == 137, engine + ": then kill ends it (status %s)" % st, out)


def refusals(elf):
    for spec, pat in (("tcp:0.0.0.0:0", "not a loopback address"),
                      ("udp:1", "expected tcp:HOST:PORT or unix:PATH"),
                      ("tcp:127.0.0.1:99999", "port from 0 to 65535")):
        r = subprocess.run([R, "run", "--firmware", elf, "--timeout", "5", "--gdb", spec],
                           stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           timeout=60)
        check(r.returncode == 2 and pat in r.stderr,
              "--gdb %s is refused (%s)" % (spec, pat), r.stderr)
    r = subprocess.run([R, "run", "--firmware", elf, "--timeout", "5", "--gdb-wait"],
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    check(r.returncode == 2 and "needs --gdb" in r.stderr, "--gdb-wait needs --gdb",
          r.stderr)


try:
    elf = build()
    refusals(elf)
    for engine in ("interp", "jit"):
        session(elf, engine)
        watch(elf, engine)
        interrupt(engine)
    detach_and_kill(elf)
    raw_protocol(elf)
finally:
    cleanup()
print("all gdb_baremetal checks passed")
