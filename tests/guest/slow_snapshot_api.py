"""Pause, resume, snapshot and restore of a Linux guest through the API:
a counter loop in the guest shell stops while paused and goes on after
resume; after a snapshot and kill -9, `rvisor run --restore` continues the
counter where it was (not from 0), guest time goes on, and the shell answers."""
import os
import shutil
import tempfile
import time
from guestlib import (Guest, require_guest, check, SKIP, api, wait_socket, pump, pump_until_quiet,
                      last_line, counters)

if not shutil.which("curl"):
    print("curl missing: skipping")
    raise SystemExit(SKIP)


kernel, initrd = require_guest()
tmp = tempfile.mkdtemp(prefix="rvisor-snap-")
sock = os.path.join(tmp, "api.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
g = Guest(["--kernel", kernel, "--initrd", initrd, "--cpus", "2", "--api-socket", sock],
          timeout=240)
try:
    g.expect("GUEST-READY", 90)
    g.expect("# ", 30)
    wait_socket(sock, g)
    code, st = api(sock, "GET", "/vm")
    check(code == 200 and st["state"] == "running" and st["vcpus"] == 2, "GET /vm: %s" % st, g)
    check(last_line(g.run("echo ready-$((6*7))")) == "ready-42", "shell does not answer", g)
    g.send("i=0; while true; do echo CNT $i; i=$((i+1)); sleep 0.2; done &\n")
    g.expect("CNT 5\r\n", 30)

    # Pause: the counter stops, guest time stops.
    code, _ = api(sock, "PATCH", "/vm", {"state": "paused"})
    check(code == 204, "pause: %d" % code, g)
    pump_until_quiet(g)
    mark = len(g.log)
    last = counters(g, 0)[-1]
    _, s1 = api(sock, "GET", "/vm")
    pump(g, 2.0)
    _, s2 = api(sock, "GET", "/vm")
    check(s1["state"] == "paused" and s2["state"] == "paused", "state not paused", g)
    check(not counters(g, mark), "counter advanced while paused: %s" % counters(g, mark), g)
    check(s1["guest_time_seconds"] == s2["guest_time_seconds"], "guest clock ran while paused", g)
    check(s1["instructions_retired"] == s2["instructions_retired"], "instructions ran while paused", g)
    print("paused at CNT %d; nothing for 2 s" % last)

    # Resume: it continues with the next value.
    code, _ = api(sock, "PATCH", "/vm", {"state": "running"})
    check(code == 204, "resume: %d" % code, g)
    g.expect("CNT %d\r\n" % (last + 1), 10)
    g.expect("CNT %d\r\n" % (last + 3), 10)
    print("resumed: CNT %d.." % (last + 1))

    # Snapshot while paused, then kill -9.
    check(api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})[0]
          == 409, "snapshot of a running VM was not refused", g)
    before_uptime = float(last_line(g.run("cut -d' ' -f1 /proc/uptime")))
    api(sock, "PATCH", "/vm", {"state": "paused"})
    pump_until_quiet(g)
    last = counters(g, 0)[-1]
    t0 = time.time()
    code, res = api(sock, "PUT", "/snapshot/create",
                    {"snapshot_path": snap, "mem_file_path": mem, "snapshot_type": "full"})
    check(code == 200, "snapshot: %d %s" % (code, res), g)
    print("snapshot: %.3f s (rvisor: %.3f s), state %d bytes, memory %.1f MiB written "
          "(file %d MiB, %.1f MiB allocated)"
          % (time.time() - t0, res["seconds"], res["state_bytes"], res["mem_bytes"] / 2**20,
             os.path.getsize(mem) >> 20, os.stat(mem).st_blocks * 512 / 2**20))
    g.kill()  # and its VM process, which holds the VM's files until it ends
finally:
    g.kill()

# Restore in a new process: the counter continues from where it was.
sock2 = os.path.join(tmp, "api2.sock")
t0 = time.time()
r = Guest(["--restore", snap, "--mem-file", mem, "--api-socket", sock2], timeout=120)
try:
    r.expect("CNT %d\r\n" % (last + 1), 20)
    print("restore: first counter line after %.3f s" % (time.time() - t0))
    r.expect("CNT %d\r\n" % (last + 2), 10)
    seen = counters(r, 0)
    check(min(seen) == last + 1, "counter restarted or skipped: %s" % seen[:5], r)
    r.send("kill %1\n")  # quiet console for the checks below
    pump(r, 0.5)
    check(last_line(r.run("echo restored-$((6*7))")) == "restored-42", "shell does not answer after restore", r)
    up = float(last_line(r.run("cut -d' ' -f1 /proc/uptime")))
    check(up >= before_uptime, "guest time went back: %.2f < %.2f" % (up, before_uptime), r)
    code, st = api(sock2, "GET", "/vm")
    check(code == 200 and st["state"] == "running" and st["vcpus"] == 2, "GET /vm after restore", r)
    check(last_line(r.run("grep -c ^processor /proc/cpuinfo")) == "2",
          "restored guest lost a hart", r)
    r.send("poweroff -f\n")
    rc = r.wait_exit(60)
    check(rc == 0, "exit status %d after poweroff" % rc, r)
finally:
    r.kill()
    shutil.rmtree(tmp, ignore_errors=True)
print("pause/resume/snapshot/restore ok")
