#!/usr/bin/env python3
"""Debian benchmark: the cached Debian 13 image (scripts/image-debian.sh, the
one `make test` builds) boots from its own disk through U-Boot with a
cloud-init seed; seconds from process start to the console's login prompt
and to the first ssh login (cloud-init has then created the user), and the
peak RSS. rvisor with each CPU engine (its SBI + S-mode U-Boot, the default
firmware for a disk) next to qemu-system-riscv64 TCG (OpenSBI + the same
S-mode U-Boot, QEMU's usual way), the same vCPUs and memory, in the same
run. Each boot has its own qcow2 overlay over the cached image."""
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RVISOR = os.path.join(ROOT, "build", "rvisor")
UBOOT = "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin"
CPUS, MEMORY = 2, "1G"
# A boot that takes longer than this is reported as failed (the interpreter
# on a busy host is the slowest).
LIMIT = int(os.environ.get("BENCH_DEBIAN_LIMIT", "1200"))


def free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def ssh_cmd(key, port, cmd):
    return ["ssh", "-i", key, "-p", str(port), "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "ConnectTimeout=10", "-o", "LogLevel=ERROR", "bench@127.0.0.1", cmd]


def boot(cmd, key, port):
    """Return (seconds to login prompt, seconds to ssh, peak RSS KiB) or None."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    buf, login, sshed = b"", None, None
    next_try = 0.0
    try:
        while sshed is None:
            now = time.monotonic() - t0
            if now > LIMIT:
                sys.stderr.write("debian bench: no ssh within %d s\n" % LIMIT)
                break
            r, _, _ = select.select([p.stdout], [], [], 1.0)
            if r:
                chunk = os.read(p.stdout.fileno(), 65536)
                if not chunk:
                    sys.stderr.write("debian bench: the VM exited early\n")
                    break
                buf = (buf + chunk)[-65536:]
                if login is None and b"login:" in buf:
                    login = time.monotonic() - t0
            # ssh only once the console shows the login prompt (sshd is up
            # about then), then every 2 s until it logs in.
            if login is not None and time.monotonic() >= next_try:
                try:
                    ok = subprocess.run(ssh_cmd(key, port, "true"), capture_output=True,
                                        timeout=60).returncode == 0
                except subprocess.TimeoutExpired:
                    ok = False
                if ok:
                    sshed = time.monotonic() - t0
                next_try = time.monotonic() + 2
        if sshed is not None:
            try:
                subprocess.run(ssh_cmd(key, port, "sudo systemctl poweroff"),
                               capture_output=True, timeout=60)
            except subprocess.TimeoutExpired:
                pass
            # Drain the console until the VM exits (it may block on a full pipe).
            end = time.monotonic() + 180
            while time.monotonic() < end:
                r, _, _ = select.select([p.stdout], [], [], 1.0)
                if r and not os.read(p.stdout.fileno(), 65536):
                    break
    finally:
        # Not p.poll() or p.kill() (which polls first): they would reap
        # the child, and wait4 (which alone gives its peak RSS) would find
        # none. A killed zombie stays ours to reap.
        os.kill(p.pid, signal.SIGKILL)
        _, _, usage = os.wait4(p.pid, 0)
        p.returncode = 0  # reaped by wait4
    if sshed is None:
        sys.stderr.write(buf[-1500:].decode(errors="replace") + "\n")
        return None
    return login, sshed, usage.ru_maxrss


def main():
    got = subprocess.run([os.path.join(ROOT, "scripts", "image-debian.sh"), "debian-13", "-",
                          "--print-cached"], capture_output=True, text=True)
    if os.environ.get("RVISOR_DEBIAN_IMAGE"):  # an image of one's choosing
        got = subprocess.CompletedProcess([], 0, os.path.abspath(os.environ["RVISOR_DEBIAN_IMAGE"]))
    if got.returncode != 0:
        print("== Debian boot: skipped (the Debian image is not built: make debian-image) ==")
        return
    base = got.stdout.strip()
    for tool in ("ssh", "ssh-keygen", "qemu-img"):
        if not shutil.which(tool):
            print("== Debian boot: skipped (%s missing) ==" % tool)
            return
    qemu = shutil.which("qemu-system-riscv64")
    with tempfile.TemporaryDirectory(prefix="rvisor-bench-debian-") as tmp:
        key = os.path.join(tmp, "id")
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
        seed_dir = os.path.join(tmp, "seed")
        os.mkdir(seed_dir)
        user_data = os.path.join(seed_dir, "user-data")
        with open(user_data, "w") as f:
            f.write("#cloud-config\nusers:\n  - name: bench\n    sudo: ALL=(ALL) NOPASSWD:ALL\n"
                    "    ssh_authorized_keys:\n      - %s\n" % open(key + ".pub").read().strip())
        with open(os.path.join(seed_dir, "meta-data"), "w") as f:
            f.write("instance-id: rvisor-bench\nlocal-hostname: bench\n")
        # What rvisor writes when given none (both VMMs' first NIC has this
        # MAC): without it cloud-init's fallback also asks for DHCPv6, which
        # neither user network serves (an ifupdown system waits 5 minutes for it).
        net_config = os.path.join(seed_dir, "network-config")
        with open(net_config, "w") as f:
            f.write("version: 2\nethernets:\n  eth0:\n    match:\n      macaddress: "
                    "\"52:54:00:12:34:56\"\n    set-name: eth0\n    dhcp4: true\n")

        def overlay(name):
            path = os.path.join(tmp, name + ".qcow2")
            subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-b", base, "-F", "qcow2",
                            path], check=True)
            return path

        print("== Debian 13 from its own disk (U-Boot, cloud-init): %d vCPUs, %s ==" % (CPUS,
                                                                                       MEMORY))
        print("%-14s %10s %10s %10s" % ("vmm", "login_s", "ssh_s", "peak_MiB"))
        rows = []
        for eng in os.environ.get("BENCH_ENGINES", "jit interp").split():
            port = free_port()
            cmd = [RVISOR, "run", "--cpu-engine", eng, "--disk", overlay("rv-" + eng),
                   "--cpus", str(CPUS), "--memory", MEMORY, "--cloud-init",
                   ",".join((user_data, os.path.join(seed_dir, "meta-data"), net_config)),
                   "--net", "user,hostfwd=tcp:127.0.0.1:%d-:22" % port,
                   "--timeout", str(LIMIT + 300)]
            rows.append(("rvisor-" + eng, boot(cmd, key, port)))
        if qemu and os.path.exists(UBOOT):
            # QEMU's seed: its vvfat driver makes a FAT volume labelled
            # cidata from the same directory (written out as a raw image).
            seed = os.path.join(tmp, "seed.raw")
            subprocess.run(["qemu-img", "convert", "-O", "raw",
                            'json:{"driver":"vvfat","dir":"%s","label":"cidata"}' % seed_dir,
                            seed], check=True)
            port = free_port()
            cmd = [qemu, "-M", "virt", "-smp", str(CPUS), "-m", MEMORY, "-nographic",
                   "-bios", "default", "-kernel", UBOOT,
                   "-drive", "file=%s,if=none,id=hd0,format=qcow2" % overlay("qemu"),
                   "-device", "virtio-blk-device,drive=hd0",
                   "-drive", "file=%s,if=none,id=seed,format=raw,readonly=on" % seed,
                   "-device", "virtio-blk-device,drive=seed",
                   "-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:%d-:22" % port,
                   "-device", "virtio-net-device,netdev=n0"]
            rows.append(("qemu-tcg", boot(cmd, key, port)))
        for name, r in rows:
            if r:
                print("%-14s %10.1f %10.1f %10.1f" % (name, r[0], r[1], r[2] / 1024))
            else:
                print("%-14s %10s %10s %10s" % (name, "failed", "failed", "n/a"))
        print("(wall seconds from process start, one boot each: the first boot of a fresh "
              "overlay, cloud-init creating the user; QEMU: OpenSBI + the same S-mode U-Boot)")


if __name__ == "__main__":
    main()
