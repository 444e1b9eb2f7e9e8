"""Ten clones: the default guest is booted to its shell, paused and
snapshotted; then ten VMs are restored from that one snapshot at once. Each
clone's shell must answer, and their memory must be mostly shared: the ten
clones' total PSS (proportional set size: shared pages split between the
processes mapping them) must stay far below ten times a booted VM's RSS."""
import os
import shutil
import tempfile
import time
from guestlib import Guest, require_guest, check, SKIP, wait_socket
import guestlib

NCLONES = 10


def api(sock, method, path, body=None):
    return guestlib.api(sock, method, path, body, timeout=120)  # 10 VMs on 2 cores: be patient


def rss_pss(pid):
    """(VmRSS, Pss) of a process in kB."""
    rss = pss = 0
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    with open("/proc/%d/smaps_rollup" % pid) as f:
        for line in f:
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
    return rss, pss


def rollup(pid):
    """All smaps_rollup fields of a process (kB)."""
    out = {}
    with open("/proc/%d/smaps_rollup" % pid) as f:
        for line in f:
            if line.endswith(" kB\n"):
                k, v = line.split(":")
                out[k] = int(v.split()[0])
    return out


def boot_and_snapshot(kernel, initrd, tmp, extra=()):
    """Boot the default guest to its shell, pause, snapshot, stop it.
    Returns (snap, mem, booted VM's (rss, pss) at its shell, API result)."""
    sock = os.path.join(tmp, "api.sock")
    snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
    g = Guest(["--kernel", kernel, "--initrd", initrd, "--api-socket", sock] + list(extra),
              timeout=600)
    try:
        g.expect("GUEST-READY", 300)
        g.expect("# ", 60)
        check(g.run("echo base", 120) == "base", "booted shell", g)
        wait_socket(sock, g, seconds=30)
        booted = rss_pss(g.vm_pid)
        check(api(sock, "PATCH", "/vm", {"state": "paused"})[0] == 204, "pause", g)
        code, res = api(sock, "PUT", "/snapshot/create", {"snapshot_path": snap, "mem_file_path": mem})
        check(code == 200, "snapshot: %d %s" % (code, res), g)
        g.kill()  # and its VM process, which holds the VM's files until it ends
    finally:
        g.kill()
    return snap, mem, booted, res


def restore_clones(snap, mem, tmp, n):
    """Start n restores of one snapshot at once (each with its own API
    socket); check every shell answers. Returns the Guests (caller kills)."""
    clones = []
    for k in range(n):
        clones.append(Guest(["--restore", snap, "--mem-file", mem, "--api-socket",
                             os.path.join(tmp, "clone%d.sock" % k)], timeout=900))
    for k, c in enumerate(clones):
        # Machine load: n VMs on a few cores; generous timeouts.
        check(c.run("echo clone-$((%d+1))" % k, 300) == "clone-%d" % (k + 1), "clone %d shell" % k, c)
    for k in range(n):
        wait_socket(os.path.join(tmp, "clone%d.sock" % k), clones[k], seconds=30)
    return clones


def settle():
    time.sleep(2)  # let the shells go idle (vCPUs park in WFI)


def main():
    if not shutil.which("curl"):
        print("curl missing: skipping")
        raise SystemExit(SKIP)
    kernel, initrd = require_guest()
    tmp = tempfile.mkdtemp(prefix="rvisor-clones10-")
    try:
        snap, mem, booted, res = boot_and_snapshot(kernel, initrd, tmp)
        # One restored VM alone.
        one = restore_clones(snap, mem, tmp, 1)
        try:
            settle()
            single = rss_pss(one[0].vm_pid)
        finally:
            one[0].kill()
        # Ten at once.
        clones = restore_clones(snap, mem, tmp, NCLONES)
        try:
            settle()
            figs = [rss_pss(c.vm_pid) for c in clones]
            rolls = [rollup(c.vm_pid) for c in clones]
            # Still independent and alive after the measurement.
            for k, c in enumerate(clones):
                check(c.run("echo again-%d" % k, 300) == "again-%d" % k, "clone %d after" % k, c)
        finally:
            for c in clones:
                c.kill()
        tot_rss = sum(r for r, _ in figs)
        tot_pss = sum(p for _, p in figs)
        print("snapshot: %d kB of non-zero guest RAM written" % (res["mem_bytes"] // 1024))
        print("booted VM at its shell:  RSS %7d kB  PSS %7d kB" % booted)
        print("one restored VM:         RSS %7d kB  PSS %7d kB" % single)
        print("%d clones, total:        RSS %7d kB  PSS %7d kB  (per clone PSS %d kB)"
              % (NCLONES, tot_rss, tot_pss, tot_pss // NCLONES))
        print("per clone (mean): Anonymous %d kB (private: rvisor's own heap and "
              "copied-on-write guest pages), Shared_Clean %d kB (the memory file's "
              "page cache, the binary, libraries)"
              % (sum(r.get("Anonymous", 0) for r in rolls) // NCLONES,
                 sum(r.get("Shared_Clean", 0) for r in rolls) // NCLONES))
        print("%d clones' PSS = %.2f x one booted VM's RSS"
              % (NCLONES, tot_pss / booted[0]))
        check(tot_pss < 4 * booted[0],
              "%d clones' total PSS %d kB is not below 4 x a booted VM's RSS (%d kB)"
              % (NCLONES, tot_pss, booted[0]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d clones of one snapshot answer and share their memory" % NCLONES)


if __name__ == "__main__":
    main()
