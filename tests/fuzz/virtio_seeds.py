#!/usr/bin/env python3
"""Writes seed inputs for tests/fuzz/fuzz_virtio.c into a directory: for
each device, the requests a Linux driver makes (a disk read, write, flush
and ID; a transmitted frame and posted receive buffers; entropy; balloon
inflate, deflate and statistics; console output and input; 9P version and
attach; vsock connection requests both ways; input events). libFuzzer
mutates from there. usage: virtio_seeds.py DIR"""
import os
import struct
import sys

BLK, NET, RNG, BALLOON, CONSOLE, P9, VSOCK, INPUT = range(8)
QN8 = 2  # flags bits 0-1: queue size 2 << 2 = 8
EVENT_IDX, INDIRECT, VARIANT, QCOW2 = 4, 8, 0x20, 0x40
F_NEXT, F_WRITE, F_INDIRECT = 1, 2, 4
BUF = 0x10000  # RAM offset of the buffers (the rings take the first 32 KiB)


class Seed:
    def __init__(self, kind, flags=QN8):
        self.b = bytearray([kind, flags])

    def ram(self, off, data):
        for k in range(0, len(data), 255):
            part = data[k:k + 255]
            self.b += bytes([2]) + struct.pack("<IB", off + k, len(part)) + part
        return self

    def desc(self, q, i, off, length, flags=0, nxt=0):
        self.b += bytes([3, q, i]) + struct.pack("<IIHH", off, length, flags, nxt)
        return self

    def offer(self, q, head):
        self.b += bytes([5, q]) + struct.pack("<H", head)
        return self

    def host(self, arg=0):
        self.b += bytes([7, arg])
        return self

    def reg(self, off, val, size=2):
        self.b += bytes([0]) + struct.pack("<HBQ", off, size, val)
        return self

    def chain(self, q, head, parts):
        """parts: (ram offset, length, writable) in order, descriptors
        head, head+1, ..."""
        for k, (off, length, w) in enumerate(parts):
            last = k == len(parts) - 1
            self.desc(q, head + k, off, length, (F_WRITE if w else 0) | (0 if last else F_NEXT),
                      0 if last else head + k + 1)
        return self.offer(q, head)


def blk_req(kind, sector, data_len, write_data=False):
    s = Seed(BLK)
    s.ram(BUF, struct.pack("<IIQ", kind, 0, sector))
    parts = [(BUF, 16, False)]
    if data_len:
        if write_data:
            s.ram(BUF + 0x100, bytes(range(256)) * (data_len // 256))
        parts.append((BUF + 0x100, data_len, not write_data))
    parts.append((BUF + 0x80, 1, True))
    return s.chain(0, 0, parts)


def seeds():
    out = {}
    out["blk-read"] = blk_req(0, 0, 512)
    out["blk-write"] = blk_req(1, 2, 1024, True)
    out["blk-flush"] = blk_req(4, 0, 0)
    out["blk-id"] = blk_req(8, 0, 20)
    s = blk_req(1, 511, 512, True)
    s.b[1] |= VARIANT  # read-only disk refuses the write
    out["blk-readonly-write"] = s
    s = blk_req(1, 8, 512, True)
    s.b[1] |= QCOW2
    out["blk-qcow2-write"] = s
    # discard and write zeroes: a segment (sector, num_sectors, flags)
    for name, t in (("discard", 11), ("zeroes", 13)):
        s = Seed(BLK)
        s.ram(BUF, struct.pack("<IIQ", t, 0, 0)).ram(BUF + 0x100, struct.pack("<QII", 4, 8, 0))
        out["blk-" + name] = s.chain(0, 0, [(BUF, 16, False), (BUF + 0x100, 16, False),
                                            (BUF + 0x80, 1, True)])
    # indirect: a table of three descriptors in RAM
    s = Seed(BLK, QN8 | INDIRECT)
    s.ram(BUF, struct.pack("<IIQ", 0, 0, 1))
    table = b"".join(struct.pack("<QIHH", 0x80000000 + off, ln, fl, nx) for off, ln, fl, nx in (
        (BUF, 16, F_NEXT, 1), (BUF + 0x100, 512, F_WRITE | F_NEXT, 2), (BUF + 0x80, 1, F_WRITE, 0)))
    s.ram(BUF + 0x1000, table)
    out["blk-indirect"] = s.desc(0, 0, BUF + 0x1000, 48, F_INDIRECT).offer(0, 0)

    # net: rx buffers on queue 0, a frame on queue 1 (12-byte header)
    s = Seed(NET, QN8 | EVENT_IDX)
    for k in range(2):
        s.desc(0, k, BUF + 0x2000 * (k + 1), 1526, F_WRITE).offer(0, k)
    arp = (b"\xff" * 6 + b"\x52\x54\x00\x12\x34\x56" + b"\x08\x06" +
           struct.pack(">HHBBH", 1, 0x0800, 6, 4, 1) + b"\x52\x54\x00\x12\x34\x56" +
           bytes([10, 0, 2, 15]) + b"\0" * 6 + bytes([10, 0, 2, 2]))
    s.ram(BUF, bytes(12) + arp)
    out["net-arp"] = s.chain(1, 0, [(BUF, 12 + len(arp), False)])

    out["rng"] = Seed(RNG).chain(0, 0, [(BUF, 64, True)])

    s = Seed(BALLOON)
    s.ram(BUF, struct.pack("<4I", 0x80040, 0x80041, 0x80042, 0x90000))
    s.chain(0, 0, [(BUF, 16, False)]).chain(1, 1, [(BUF, 8, False)])
    out["balloon-inflate"] = s.host(1)
    s = Seed(BALLOON, QN8 | VARIANT)
    s.ram(BUF, struct.pack("<HQHQ", 0, 4096, 4, 1 << 20))
    out["balloon-stats"] = s.chain(2, 0, [(BUF, 20, False)])

    s = Seed(CONSOLE)
    s.desc(0, 0, BUF + 0x1000, 64, F_WRITE).offer(0, 0)
    s.ram(BUF, b"hello\n")
    out["console"] = s.chain(1, 0, [(BUF, 6, False)]).host(42)

    s = Seed(P9)
    ver = b"9P2000.L"
    tversion = struct.pack("<IBHIH", 4 + 1 + 2 + 4 + 2 + len(ver), 100, 0xffff, 8192, len(ver)) + ver
    s.ram(BUF, tversion)
    s.chain(0, 0, [(BUF, len(tversion), False), (BUF + 0x1000, 8192, True)])
    uname, aname = b"root", b""
    tattach = struct.pack("<IBHIIH", 0, 104, 1, 0, 0xffffffff, len(uname)) + uname + \
        struct.pack("<H", len(aname)) + aname + struct.pack("<I", 0)
    tattach = struct.pack("<I", len(tattach)) + tattach[4:]
    s.ram(BUF + 0x200, tattach)
    out["p9-version-attach"] = s.chain(0, 2, [(BUF + 0x200, len(tattach), False),
                                              (BUF + 0x4000, 4096, True)])

    def vsock_hdr(op, dst_port, length=0, src_port=5000):
        return struct.pack("<QQIIIHHIII", 3, 2, src_port, dst_port, length, 1, op, 0, 65536, 0)
    s = Seed(VSOCK)
    for k in range(3):
        s.desc(0, 2 * k, BUF + 0x2000 * (k + 1), 44, F_WRITE | F_NEXT, 2 * k + 1)
        s.desc(0, 2 * k + 1, BUF + 0x2000 * (k + 1) + 0x100, 4096, F_WRITE).offer(0, 2 * k)
    s.desc(2, 0, BUF + 0x100, 4, F_WRITE).offer(2, 0)
    s.ram(BUF, vsock_hdr(1, 1024))  # REQUEST to the host's port 1024
    s.chain(1, 0, [(BUF, 44, False)])
    s.ram(BUF + 0x400, vsock_hdr(5, 1024, 5) + b"hello")  # RW
    s.chain(1, 1, [(BUF + 0x400, 49, False)])
    out["vsock-guest-connect"] = s.host(24)  # and the host connects to port 1024
    s = Seed(VSOCK)
    s.desc(0, 0, BUF + 0x2000, 4096, F_WRITE).offer(0, 0)
    out["vsock-host-connect"] = s.host(0).host(1)

    s = Seed(INPUT)
    for k in range(4):
        s.desc(0, k, BUF + 8 * k, 8, F_WRITE).offer(0, k)
    s.host(0)
    s.ram(BUF + 0x100, struct.pack("<HHI", 17, 0, 1))  # a LED event on the status queue
    out["input-power"] = s.chain(1, 0, [(BUF + 0x100, 8, False)])
    # input config space: select name, read it
    out["input-config"] = Seed(INPUT).reg(0x100, 1, 0).reg(0x101, 0, 0)
    return out


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    os.makedirs(sys.argv[1], exist_ok=True)
    for name, s in seeds().items():
        with open(os.path.join(sys.argv[1], "seed-" + name), "wb") as f:
            f.write(bytes(s.b))


if __name__ == "__main__":
    main()
