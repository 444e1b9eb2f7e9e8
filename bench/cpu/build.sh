#!/bin/sh
# Build the CPU benchmark: work.o once, linked into build/bench/cpu-bare.elf
# (bare metal) and build/bench/cpu-linux (static Linux program), plus
# build/bench/cpu.cpio.gz holding /cpubench for appending to an initramfs.
set -e
cd "$(dirname "$0")/../.."
B=${OUT:-build/bench}
ROUNDS=${ROUNDS:-20000}
CC=${RV_CC:-riscv64-linux-gnu-gcc}
mkdir -p $B
ARCH="-march=rv64gc -mabi=lp64d -mcmodel=medany"
$CC $ARCH -O2 -fno-pie -ffreestanding -fno-builtin -c -o $B/cpu-work.o bench/cpu/work.c
$CC $ARCH -nostdlib -nostartfiles -static -fno-pie -no-pie -Wl,--build-id=none \
	-Itests/isa/include -T tests/isa/include/link.ld -DROUNDS=$ROUNDS \
	-o $B/cpu-bare.elf bench/cpu/bare.S $B/cpu-work.o
$CC $ARCH -O2 -static -DROUNDS=$ROUNDS -o $B/cpu-linux bench/cpu/linux.c $B/cpu-work.o
python3 - "$B/cpu-linux" "$B/cpu.cpio.gz" <<'PY'
import gzip, sys
data = open(sys.argv[1], "rb").read()
def entry(name, mode, body, ino):
    hdr = "070701" + "".join("%08x" % v for v in (ino, mode, 0, 0, 1, 0, len(body), 0, 0, 0, 0, len(name) + 1, 0))
    out = hdr.encode() + name.encode() + b"\0"
    out += b"\0" * (-len(out) % 4) + body
    return out + b"\0" * (-len(out) % 4)
cpio = entry("cpubench", 0o100755, data, 1) + entry("TRAILER!!!", 0, b"", 0)
open(sys.argv[2], "wb").write(gzip.compress(cpio))
PY
