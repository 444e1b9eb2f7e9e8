#!/usr/bin/env python3
"""Writes seed inputs for tests/fuzz/fuzz_board.c into a directory: the
register accesses a Linux guest makes to the UART, PLIC, CLINT, RTC and
syscon, and one SBI call per extension and function it uses.
usage: board_seeds.py DIR"""
import os
import struct
import sys

UART, PLIC, CLINT, RTC, SYSCON = range(5)


def wr(dev, off, val, size=2):
    return bytes([0, dev]) + struct.pack("<IBQ", off, size, val)


def rd(dev, off, size=2):
    return bytes([1, dev]) + struct.pack("<IB", off, size)


def sbi(eid, fid, args=(), ram_args=0, hart=0):
    a = list(args) + [0] * (6 - len(args)) + [fid, eid]
    return bytes([2, hart, ram_args]) + struct.pack("<8Q", *a)


def ram(off, data):
    return bytes([3]) + struct.pack("<IB", off, len(data)) + data


def seeds():
    return {
        "uart": wr(UART, 3, 0x80, 0) + wr(UART, 0, 1, 0) + wr(UART, 3, 3, 0) + wr(UART, 1, 3, 0) +
        wr(UART, 0, 0x41, 0) + rd(UART, 5, 0) + rd(UART, 2, 0) + rd(UART, 0, 0),
        "plic": wr(PLIC, 4 * 10, 1) + wr(PLIC, 0x2080, 1 << 10) + wr(PLIC, 0x201000, 0) +
        rd(PLIC, 0x1000) + rd(PLIC, 0x201004) + wr(PLIC, 0x201004, 10),
        "clint": wr(CLINT, 0, 1) + rd(CLINT, 0) + wr(CLINT, 0x4000, 1000, 3) + rd(CLINT, 0xbff8, 3) +
        wr(CLINT, 4, 0),
        "rtc": rd(RTC, 0) + rd(RTC, 4) + wr(RTC, 8, 0xffffffff) + wr(RTC, 0x10, 1),
        "syscon": wr(SYSCON, 0, 0x5555) + wr(SYSCON, 0, 0x7777),
        "sbi-base": sbi(0x10, 0) + sbi(0x10, 3, [0x4442434E]) + sbi(0x10, 4) + sbi(0x10, 1),
        "sbi-time-ipi": sbi(0x54494D45, 0, [1000]) + sbi(0x735049, 0, [3, 0]),
        "sbi-rfence": sbi(0x52464E43, 0, [1, 0]) + sbi(0x52464E43, 1, [3, 0, 0x80000000, 4096]) +
        sbi(0x52464E43, 2, [1, 1, 0x80000000, 0x1000000]),
        "sbi-hsm": sbi(0x48534D, 2, [1]) + sbi(0x48534D, 0, [1, 0x10000, 7], 2) +
        sbi(0x48534D, 2, [1]) + sbi(0x48534D, 1, [], 0, 1) + sbi(0x48534D, 3, [0, 0, 0]),
        "sbi-srst": sbi(0x53525354, 0, [0, 0]) + sbi(0x53525354, 0, [1, 0]),
        "sbi-dbcn": ram(0x1000, b"hello\n") + sbi(0x4442434E, 0, [6, 0x1000, 0], 2) +
        sbi(0x4442434E, 1, [16, 0x2000, 0], 2) + sbi(0x4442434E, 2, [0x41]),
        "sbi-legacy": sbi(1, 0, [0x41]) + sbi(2, 0) + sbi(0, 0, [5000]) + sbi(4, 0, [0x100], 1) +
        sbi(8, 0),
    }


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    os.makedirs(sys.argv[1], exist_ok=True)
    for name, s in seeds().items():
        with open(os.path.join(sys.argv[1], "seed-" + name), "wb") as f:
            f.write(s)


if __name__ == "__main__":
    main()
