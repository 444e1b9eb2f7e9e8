#!/usr/bin/env python3
"""Disk speed inside the guest: bench/disk/diskbench.c (O_DIRECT, sequential
1 MiB and random 4 KiB) on a virtio-blk disk, raw and qcow2, under rvisor
and under qemu-system-riscv64 (same kernel, initramfs and image), same run."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "guest"))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import guestlib  # noqa: E402
from guest_cpu import Qemu  # noqa: E402

B = os.path.join(ROOT, "build", "bench")
SECS = os.environ.get("DISK_SECONDS", "2")


def build():
    os.makedirs(B, exist_ok=True)
    exe = os.path.join(B, "diskbench")
    subprocess.run(["riscv64-linux-gnu-gcc", "-O2", "-static", "-o", exe,
                    os.path.join(ROOT, "bench", "disk", "diskbench.c")], check=True)
    data = open(exe, "rb").read()

    def entry(name, mode, body, ino):
        fields = (ino, mode, 0, 0, 1, 0, len(body), 0, 0, 0, 0, len(name) + 1, 0)
        out = ("070701" + "".join("%08x" % v for v in fields)).encode() + name.encode() + b"\0"
        out += b"\0" * (-len(out) % 4) + body
        return out + b"\0" * (-len(out) % 4)
    import gzip
    cpio = os.path.join(B, "diskbench.cpio.gz")
    open(cpio, "wb").write(gzip.compress(entry("diskbench", 0o100755, data, 1) +
                                         entry("TRAILER!!!", 0, b"", 0)))
    return cpio


def measure(g):
    g.expect("GUEST-READY", 120)
    g.expect("# ", 30)
    out = g.run("/diskbench /dev/vda %s" % SECS, 300)
    g.send("poweroff -f\n")
    g.wait_exit(60)
    m = re.search(r"DISKBENCH (.*)", out)
    if not m:
        g.fail("no DISKBENCH line: %r" % out)
    return dict(kv.split("=") for kv in m.group(1).split())


def main():
    gdir = guestlib.guest_dir()
    qemu_img = shutil.which("qemu-img")
    if gdir is None:
        print("== disk speed: skipped (default guest not built) ==")
        return
    cpio = build()
    kernel = os.path.join(gdir, "Image")
    rows = []
    with tempfile.TemporaryDirectory() as d:
        initrd = os.path.join(d, "initrd.cpio.gz")
        with open(initrd, "wb") as f:
            f.write(open(os.path.join(gdir, "initramfs.cpio.gz"), "rb").read())
            f.write(open(cpio, "rb").read())
        for fmt in ("raw", "qcow2"):
            img = os.path.join(d, "disk." + fmt)
            if fmt == "raw":
                with open(img, "wb") as f:
                    f.truncate(256 << 20)
            elif qemu_img:
                subprocess.run([qemu_img, "create", "-q", "-f", "qcow2", img, "256M"], check=True)
            else:
                continue
            rv = measure(guestlib.Guest(["--kernel", kernel, "--initrd", initrd,
                                         "--disk", "%s,format=%s" % (img, fmt)], timeout=600))
            rows.append(("rvisor", fmt, rv))
            if shutil.which("qemu-system-riscv64"):
                q = measure(Qemu(["qemu-system-riscv64", "-M", "virt", "-m", "256M",
                                  "-nographic", "-bios", "default", "-kernel", kernel,
                                  "-initrd", initrd, "-append", "console=ttyS0",
                                  "-drive", "file=%s,if=none,id=d0,format=%s" % (img, fmt),
                                  "-device", "virtio-blk-device,drive=d0"]))
                rows.append(("qemu", fmt, q))
    print("== disk speed in the guest: diskbench on /dev/vda (virtio-blk, O_DIRECT, %s s each) =="
          % SECS)
    print("%-7s %-6s %14s %15s %15s %16s" % ("vmm", "format", "seq_read_MB/s", "seq_write_MB/s",
                                            "rand_read_IOPS", "rand_write_IOPS"))
    for vmm, fmt, r in rows:
        print("%-7s %-6s %14s %15s %15s %16s" % (vmm, fmt, r["seq_read_MBps"], r["seq_write_MBps"],
                                                r["rand_read_IOPS"], r["rand_write_IOPS"]))


if __name__ == "__main__":
    main()
