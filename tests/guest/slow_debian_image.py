"""Debian 13 from its own disk: the image scripts/image-debian.sh built (make
test builds it in the background, cached; make debian-image alone) boots through U-Boot with no --kernel, on a qcow2
overlay so the cached image stays untouched. cloud-init reads rvisor's
--cloud-init seed: it creates the user with the ssh key and sets the host
name; ssh through a loopback hostfwd logs in with that key; the root file system grows into a
disk made 1 GiB larger; systemd reaches
multi-user with no failed unit; systemd-detect-virt knows it is a VM
(vm-other); the seed is read-only to the guest. The running system is paused
(guest time stops), snapshotted, killed and restored in a new process: it
goes on (uptime continues, a new ssh login works, seconds measured), and its
poweroff ends rvisor with status 0. Then the OpenSBI path (fw_jump.bin + --uboot,
2 vCPUs) boots the same disk with no seed (cloud-init's None datasource and
its fallback network: DHCPv4 and v6) to multi-user with no failed unit and
powers off. Every boot's resolver has the DNS server DHCP gave, and systemd
waits up to 5 minutes for a device (the image raises its 90 s default)."""
import json
import os
import shutil
import subprocess
import tempfile
import time
from guestlib import Guest, RVISOR, ROOT, check, free_port, SKIP, api, wait_socket, pump

SCRIPT = os.path.join(ROOT, "scripts", "image-debian.sh")
# RVISOR_DEBIAN_IMAGE: test this image instead of the one the script's
# current inputs name (e.g. one built by an earlier version of the script).
built = subprocess.run([SCRIPT, "debian-13", "-", "--print-cached"], capture_output=True,
                       text=True)
if os.environ.get("RVISOR_DEBIAN_IMAGE"):
    built = subprocess.CompletedProcess([], 0, os.path.abspath(os.environ["RVISOR_DEBIAN_IMAGE"]))
if built.returncode != 0:
    if os.environ.get("RVISOR_TEST_IMAGE") == "0":
        print("the Debian image is not built and RVISOR_TEST_IMAGE=0: skipping")
        raise SystemExit(SKIP)
    if os.geteuid() != 0 or not shutil.which("debootstrap"):
        print("the Debian image is not built and cannot be here (needs root and "
              "debootstrap): skipping")
        raise SystemExit(SKIP)
    log = os.path.join(ROOT, "build", "debian-image.log")
    tail = open(log, errors="replace").read()[-3000:] if os.path.exists(log) else ""
    print("FAIL: the Debian image is not built (make test, tests/run-tests.sh or make "
          "debian-image build it: scripts/image-debian.sh debian-13 -): %s\n--- %s (end) ---\n%s"
          % (built.stderr.strip(), log, tail))
    raise SystemExit(1)
base = built.stdout.strip()
for tool in ("ssh", "ssh-keygen", "curl"):
    if not shutil.which(tool):
        print("%s missing (openssh-client, curl): skipping" % tool)
        raise SystemExit(SKIP)
OPENSBI = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin"

tmpdir = tempfile.TemporaryDirectory(prefix="rvisor-debian-")  # removed at exit
tmp = tmpdir.name
disk = os.path.join(tmp, "disk.qcow2")
# 1 GiB more than the image: cloud-init grows the root partition and its
# file system into it at first boot (growpart, resize2fs).
base_size = json.loads(subprocess.run([RVISOR, "img", "info", "--output=json", base],
                                      check=True, capture_output=True,
                                      text=True).stdout)["virtual-size"]
subprocess.run([RVISOR, "img", "create", "-f", "qcow2", "-b", base, "-F", "qcow2", disk,
                str(base_size + (1 << 30))], check=True, capture_output=True)
key = os.path.join(tmp, "id")
subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
pub = open(key + ".pub").read().strip()
user_data = os.path.join(tmp, "user-data")
with open(user_data, "w") as f:
    f.write("#cloud-config\nhostname: rvdeb-ci\nusers:\n  - name: rvtester\n"
            "    shell: /bin/bash\n    sudo: ALL=(ALL) NOPASSWD:ALL\n"
            "    ssh_authorized_keys:\n      - %s\n" % pub)


def ssh(port, cmd, timeout=120):
    return subprocess.run(["ssh", "-i", key, "-p", str(port), "-o", "BatchMode=yes",
                           "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                           "-o", "ConnectTimeout=20", "-o", "LogLevel=ERROR",
                           "rvtester@127.0.0.1", cmd],
                          capture_output=True, text=True, timeout=timeout)


def wait_ssh(g, port, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            r = ssh(port, "true", timeout=60)
            if r.returncode == 0:
                return
        except subprocess.TimeoutExpired:
            pass
        if g.proc.poll() is not None:
            g.fail("rvisor exited while waiting for ssh")
        time.sleep(5)
    g.fail("no ssh login within %d s" % seconds)


def boot(extra, name, seed=True):
    """Boots the disk to multi-user: no failed unit, ssh logs in, and the
    resolver has the DNS server the user network's DHCP gave (10.0.2.3).
    Without `seed` cloud-init finds no NoCloud seed, takes the None
    datasource as a new instance and its fallback network configuration
    (DHCPv4 and DHCPv6 on the first NIC); the user created by the seeded
    boot before stays, so ssh still logs in."""
    port = free_port()
    t0 = time.time()
    sock = os.path.join(tmp, name.split()[0] + ".sock")
    args = extra + ["--disk", disk, "--api-socket", sock, "--memory", "1G"]
    if seed:
        args += ["--cloud-init", user_data]
    g = Guest(args + ["--net", "user,hostfwd=tcp:127.0.0.1:%d-:22" % port], timeout=1500)
    g.expect("Found /boot/extlinux/extlinux.conf", 120)
    g.expect("Starting kernel", 120)
    g.expect("login:", 900)
    print("%s: login prompt after %.0f s" % (name, time.time() - t0))
    wait_ssh(g, port, 300)
    r = ssh(port, "systemctl is-system-running --wait; systemctl --failed --no-legend "
            "--plain; echo END; cat /etc/resolv.conf /run/systemd/resolve/resolv.conf "
            "2>/dev/null | grep -c '^nameserver 10.0.2.3$'; "
            "systemctl show -p DefaultDeviceTimeoutUSec --value")
    state = r.stdout.split("\n")
    end = state.index("END") if "END" in state else len(state)
    check(state[0] == "running" and end == 1,
          "%s: systemd is %r, failed units: %r (%s)" % (name, state[0], state[1:end],
                                                        r.stderr.strip()), g)
    check(end + 1 < len(state) and state[end + 1] != "0",
          "%s: no resolver names the user network's DNS server 10.0.2.3: %r" %
          (name, state[end + 1:]), g)
    # A slow host may need minutes for udev to make a device (serial-getty
    # waits for /dev/ttyS0): the image raises systemd's 90 s default.
    check(end + 2 < len(state) and state[end + 2] == "5min",
          "%s: systemd's device timeout is %r, not the image's 5min" % (name, state[end + 2:]), g)
    print("%s: multi-user, no failed unit, DNS from DHCP, ssh in %.0f s" %
          (name, time.time() - t0))
    return g, port


def poweroff(g, port, name):
    ssh(port, "sudo systemctl poweroff", timeout=60)
    rc = g.wait_exit(300)
    check(rc == 0, "%s: exit status %d after poweroff" % (name, rc), g)
    print("%s: poweroff, status 0" % name)


# rvisor's SBI + S-mode U-Boot (no --kernel), cloud-init's first boot.
g, port = boot([], "default firmware")
r = ssh(port, "hostname; id -un; sudo -n true && echo sudo-ok; systemd-detect-virt; "
        "cat /sys/block/vdb/ro; "
        "sudo blkid -o value -s LABEL /dev/vdb; "
        "sudo dd if=/dev/zero of=/dev/vdb bs=512 count=1 oflag=direct 2>/dev/null "
        "&& echo seed-written || echo seed-refused; "
        "df -B1 --output=size / | tail -1")
out = r.stdout.split()
root_size = int(out.pop())
check(root_size > base_size + (1 << 29),
      "cloud-init grew the root file system: %d bytes on a disk of %d" %
      (root_size, base_size + (1 << 30)), g)
check("unable to resolve host" not in r.stderr,
      "the host name resolves (manage_etc_hosts): %s" % r.stderr.strip(), g)
check(out[:2] == ["rvdeb-ci", "rvtester"],
      "cloud-init: hostname/user %r (want rvdeb-ci rvtester)" % out[:2], g)
check(out[2:4] == ["sudo-ok", "vm-other"],
      "sudo, systemd-detect-virt (rvisor's /hypervisor node): %r" % out[2:4], g)
check(out[4:] == ["1", "CIDATA", "seed-refused"],
      "the seed's read-only flag, label, guest write: %r" % out[4:], g)
print("cloud-init: user rvtester with the key, host name rvdeb-ci (it resolves), the root "
      "file system grown to %.1f GiB; the seed is read-only; systemd-detect-virt says "
      "vm-other" % (root_size / (1 << 30)))

# Pause, snapshot, kill -9, restore: the running system goes on.
sock = os.path.join(tmp, "default.sock")
snap, mem = os.path.join(tmp, "vm.snap"), os.path.join(tmp, "vm.mem")
up_before = float(ssh(port, "cut -d' ' -f1 /proc/uptime").stdout.split()[0])
code, _ = api(sock, "PATCH", "/vm", {"state": "paused"})
check(code == 204, "pause: HTTP %d" % code, g)
_, s1 = api(sock, "GET", "/vm")
time.sleep(2)
_, s2 = api(sock, "GET", "/vm")
check(s1["state"] == "paused" and s1["guest_time_seconds"] == s2["guest_time_seconds"],
      "paused: %r then %r" % (s1, s2), g)
code, res = api(sock, "PUT", "/snapshot/create",
                {"snapshot_path": snap, "mem_file_path": mem, "snapshot_type": "full"})
check(code == 200, "snapshot: HTTP %d %s" % (code, res), g)
print("paused (guest time stopped), snapshot in %.2f s" % res["seconds"])
# The seed lived in the process's memfd: a restore is given both disks
# again, the seed as a copy of those bytes.
seed = os.path.join(tmp, "seed.img")
for fd in os.listdir("/proc/%d/fd" % g.vm_pid):
    link = os.path.join("/proc/%d/fd" % g.vm_pid, fd)
    try:
        if "rvisor-cidata" in os.readlink(link):
            shutil.copyfile(link, seed)
    except OSError:  # a descriptor closed meanwhile
        pass
check(os.path.exists(seed), "no rvisor-cidata memfd in the VM process", g)
g.kill()  # and its guest's process, which holds the hostfwd port
t0 = time.time()
sock = os.path.join(tmp, "restored.sock")
g = Guest(["--restore", snap, "--mem-file", mem, "--api-socket", sock, "--disk", disk,
           "--disk", seed + ",format=raw,readonly=on"], timeout=900)
wait_socket(sock, g)
deadline = time.time() + 120
while True:
    try:
        r = ssh(port, "cut -d' ' -f1 /proc/uptime; systemctl is-system-running", timeout=30)
        if r.returncode == 0:
            break
    except subprocess.TimeoutExpired:
        pass
    if g.proc.poll() is not None or time.time() > deadline:
        pump(g, 1)  # what rvisor printed (its errors come on the console's pipe)
        rc = g.proc.poll()
        g.fail("no ssh login after the restore (%.0f s; %s)" % (
            time.time() - t0, "rvisor ended with status %d" % rc if rc is not None
            else "rvisor runs"))
    time.sleep(0.5)
out = r.stdout.split()
print("restored: a new ssh login after %.1f s" % (time.time() - t0))
check(float(out[0]) >= up_before and out[1] == "running",
      "after restore: uptime %s (before %.1f), systemd %s" % (out[0], up_before, out[1:]), g)
poweroff(g, port, "restored")

# OpenSBI in M-mode, S-mode U-Boot as its payload, 2 vCPUs.
if os.path.exists(OPENSBI):
    # With no seed: cloud-init's fallback network (DHCPv6 too) must not
    # hold the boot up or fail a unit (ifupdown's dhclient -6 once waited 5
    # minutes for a DHCPv6 server the user network does not have).
    g, port = boot(["--firmware", OPENSBI, "--uboot", "--cpus", "2"], "OpenSBI, no seed",
                   seed=False)
    poweroff(g, port, "OpenSBI, no seed")
else:
    print("opensbi not installed: the OpenSBI path is not tested")
