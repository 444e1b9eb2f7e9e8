"""The daemon's reads never wait for a VM process, and its API serves many
clients at once (docs/daemon.md, "Threading"), with an idle firmware VM:
- while the VM's process is stopped (SIGSTOP: its own API cannot answer),
  GET /vms/NAME and GET /vms answer with the VM's last known runtime
  (from the daemon's cache) and no runtime_error, 20 reads in a row well
  within one per-VM API timeout each;
- 200 clients connected at once (all connections open before any sends),
  each with a GET /vms/NAME, all get their answer, while 16 event
  followers (the most allowed) hold their streams open and wait;
- the VM, resumed, stops normally, and each waiting event stream (its
  connection suspended while it had nothing to send) gets the event.
No pass depends on tight timing: the bounds are many times the expected
figures (they catch a read that waits for the VM, not a slow host)."""
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
R = os.environ.get("RVISOR", os.path.join(ROOT, "build", "rvisor"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "guest"))
from daemonlib import DaemonLab  # noqa: E402
lab = DaemonLab("rvisor-apinb-", rvisor=R)
T, ENV, SOCK, ours = lab.dir, lab.env, lab.sock, lab.ours
IDLE = b"\x73\x00\x50\x10\x6f\xf0\xdf\xff"  # 1: wfi; j 1b
CLIENTS = 200
stopped_pid = None


def cleanup():
    if stopped_pid:
        try:
            os.kill(stopped_pid, signal.SIGCONT)
        except OSError:
            pass
    lab.cleanup()


def fail(msg):
    print("FAIL: " + msg)
    try:
        with open(os.path.join(T, "state", "daemon.log"), errors="replace") as f:
            print("--- daemon.log\n" + "".join(f.readlines()[-20:]))
    except OSError:
        pass
    cleanup()
    sys.exit(1)


def vm(*args):
    p = subprocess.run([R, "vm"] + list(args), env=ENV, capture_output=True, text=True,
                       timeout=120)
    if p.returncode != 0:
        fail("rvisor vm %s -> %d: %s" % (" ".join(args), p.returncode, p.stderr.strip()))
    return p.stdout


def send_get(s, path):
    s.sendall(("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path).encode())


def read_answer(s):
    data = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    if not head:
        raise OSError("the connection was closed without an answer")
    return int(head.split(b" ", 2)[1]), body


def get(path, timeout=60):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(timeout)
    s.connect(SOCK)
    send_get(s, path)
    st, body = read_answer(s)
    s.close()
    return st, body


def check_cached(st, body, what):
    if st != 200:
        fail("%s -> %d: %r" % (what, st, body[:300]))
    v = json.loads(body)
    if v.get("state") != "running" or not isinstance(v.get("runtime"), dict) or \
            "runtime_error" in v:
        fail("%s while the VM process is stopped: not answered from the daemon's state: %r"
             % (what, {k: v.get(k) for k in ("state", "runtime", "runtime_error")}))


try:
    with open(os.path.join(T, "idle.bin"), "wb") as f:
        f.write(IDLE)
    # Its directories on its command line: the cleanup finds it by them.
    subprocess.run([R, "daemon", "--state-dir", ENV["RVISOR_STATE_DIR"], "--run-dir",
                    ENV["RVISOR_RUN_DIR"]], env=ENV, check=True, capture_output=True, timeout=60)
    vm("create", "a", "--firmware", os.path.join(T, "idle.bin"), "--mem", "64M")
    vm("start", "a")
    info = json.loads(vm("show", "a", "-o", "json"))
    pid = info["pids"]["vm"]
    if not isinstance(info.get("runtime"), dict):
        fail("no runtime right after start: %r" % info)
    print("ok: started, runtime shown at once (vcpus %s)" % info["runtime"].get("vcpus"))

    os.kill(pid, signal.SIGSTOP)
    stopped_pid = pid
    t0 = time.monotonic()
    for k in range(20):
        st, body = get("/vms/a")
        check_cached(st, body, "GET /vms/a (%d)" % k)
    dt = time.monotonic() - t0
    # A read that asks the stopped VM waits out the per-VM API's timeout
    # (seconds) each time: 20 of them would take 40 s.
    if dt > 15:
        fail("20 reads took %.1f s while the VM was stopped" % dt)
    st, body = get("/vms")
    if st != 200:
        fail("GET /vms -> %d" % st)
    check_cached(200, json.dumps(json.loads(body)["vms"][0]).encode(), "GET /vms")
    print("ok: 20 reads of a stopped VM's process answered from the cache in %.2f s" % dt)

    # 16 event followers wait on their streams meanwhile.
    followers = []
    for k in range(16):
        s = socket.socket(socket.AF_UNIX)
        s.settimeout(60)
        s.connect(SOCK)
        send_get(s, "/events?follow=true")
        followers.append(s)
    for s in followers:
        if not s.recv(4096).startswith(b"HTTP/1.1 200"):
            fail("an event follower was not answered")

    conns, errors, answered = [], [], []
    for k in range(CLIENTS):
        s = socket.socket(socket.AF_UNIX)
        s.settimeout(120)
        try:
            s.connect(SOCK)
        except OSError as e:
            fail("client %d of %d could not connect: %s" % (k + 1, CLIENTS, e))
        conns.append(s)
    gate = threading.Barrier(CLIENTS)
    lock = threading.Lock()

    def client(s):
        try:
            gate.wait(timeout=120)
            send_get(s, "/vms/a")
            st, body = read_answer(s)
            v = json.loads(body) if st == 200 else {}
            with lock:
                if st == 200 and isinstance(v.get("runtime"), dict):
                    answered.append(st)
                else:
                    errors.append((st, body[:200]))
        except (OSError, ValueError, threading.BrokenBarrierError) as e:
            with lock:
                errors.append(repr(e))
        finally:
            s.close()
    threads = [threading.Thread(target=client, args=(s,)) for s in conns]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    dt = time.monotonic() - t0
    if errors or len(answered) != CLIENTS:
        fail("%d of %d concurrent clients answered; errors: %r" %
             (len(answered), CLIENTS, errors[:5]))
    print("ok: %d clients connected at once all answered in %.2f s (16 event streams open)"
          % (CLIENTS, dt))

    os.kill(pid, signal.SIGCONT)
    stopped_pid = None
    vm("stop", "a", "--force")
    st, body = get("/vms/a")
    if st != 200 or json.loads(body)["state"] != "stopped":
        fail("not stopped: %r" % body[:300])
    print("ok: resumed and stopped")
    # Every waiting event stream is woken by the new event.
    for k, s in enumerate(followers):
        seen = b""
        deadline = time.monotonic() + 60
        while b'"type":"stopped"' not in seen and time.monotonic() < deadline:
            chunk = s.recv(65536)
            if not chunk:
                break
            seen += chunk
        if b'"type":"stopped"' not in seen:
            fail("event follower %d did not see the stop: %r" % (k, seen[-300:]))
        s.close()
    print("ok: all 16 event streams saw the stop")
    print("all API non-blocking checks passed")
finally:
    cleanup()
