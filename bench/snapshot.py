#!/usr/bin/env python3
"""Snapshot/restore benchmark: boot the default guest to its shell, pause it
and take a full snapshot through the API (time, snapshot and memory file
sizes), then restore it in a new process (time until the shell answers).
Best of BENCH_RUNS. No QEMU figure: its savevm/loadvm go through the monitor
and a qcow2 image, not comparable in one line."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "guest"))
import guestlib  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def api(sock, method, path, body=None):
    cmd = ["curl", "-s", "--max-time", "120", "--unix-socket", sock, "-X", method,
           "-w", "\n%{http_code}", "http://localhost" + path]
    if body is not None:
        cmd += ["-H", "Content-Type: application/json", "--data-binary", json.dumps(body)]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    text, _, code = out.rpartition("\n")
    return int(code or 0), (json.loads(text) if text.strip() else None)


def one(kernel, initrd, memory, tmp):
    sock = os.path.join(tmp, "api.sock")
    snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
    g = guestlib.Guest(["--kernel", kernel, "--initrd", initrd, "--memory", memory,
                        "--api-socket", sock], timeout=120)
    try:
        g.expect("GUEST-READY", 90)
        g.expect("# ", 30)
        g.run("echo warm")
        api(sock, "PATCH", "/vm", {"state": "paused"})
        t0 = time.monotonic()
        code, res = api(sock, "PUT", "/snapshot/create",
                        {"snapshot_path": snap, "mem_file_path": mem})
        snap_s = time.monotonic() - t0
        if code != 200:
            return None
        g.proc.kill()
        g.proc.wait()
    finally:
        g.kill()
    t0 = time.monotonic()
    r = guestlib.Guest(["--restore", snap, "--mem-file", mem], timeout=60)
    try:
        r.run("echo restored")
        restore_s = time.monotonic() - t0
        r.send("poweroff -f\n")
        r.wait_exit(30)
    finally:
        r.kill()
    alloc = os.stat(mem).st_blocks * 512
    return snap_s, res["seconds"], res["state_bytes"], res["mem_bytes"], alloc, restore_s


def main():
    if not shutil.which("curl"):
        print("== snapshot/restore: curl missing, skipped ==")
        return
    d = guestlib.guest_dir()
    if d is None:
        print("== snapshot/restore: default guest not built, skipped ==")
        return
    kernel, initrd = os.path.join(d, "Image"), os.path.join(d, "initramfs.cpio.gz")
    print("== snapshot/restore of the default guest at its shell (best of %d) ==" % RUNS)
    print("%-7s %10s %10s %10s %12s %12s %10s" % ("memory", "snap_s", "in_rvisor", "state_B",
                                                 "mem_written", "mem_on_disk", "restore_s"))
    for memory in ("128M", "1G"):
        best = None
        for _ in range(RUNS):
            tmp = tempfile.mkdtemp(prefix="rvisor-bench-snap-")
            try:
                r = one(kernel, initrd, memory, tmp)
            except SystemExit:
                r = None
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            if r and (best is None or r[0] + r[5] < best[0] + best[5]):
                best = r
        if best is None:
            print("%-7s failed" % memory)
            continue
        s, s_in, sb, mb, alloc, rs = best
        print("%-7s %10.3f %10.3f %10d %10.1fMi %10.1fMi %10.3f"
              % (memory, s, s_in, sb, mb / 2**20, alloc / 2**20, rs))
    print("(snap_s: API request; restore_s: process start to a shell answer)")


main()
