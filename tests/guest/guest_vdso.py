"""The default guest kernel's vDSO must need no relocation (defect: guest
programs died of SIGSEGV at address 4, seen in slow_disk_stress.py).

The kernel maps its vDSO into every process as it is built: nothing ever
applies the vDSO's dynamic relocations. Linux 6.1's RISC-V vDSO reads
`riscv_isa_ext_keys` (a kernel variable) in cpu_relax() when
CONFIG_JUMP_LABEL is off (tinyconfig turns it off): the linker leaves an
R_RISCV_64 relocation for a GOT slot that stays 0, so clock_gettime loads
from address 4 whenever it finds the time data being updated by another
hart (the seqcount odd), and the program dies. With 2 vCPUs on a loaded
host (a vCPU thread preempted in the middle of the update) that happened
about every 2 s in a loop of clock_gettime calls.

This test reads the vDSO out of the kernel Image (it is embedded there as
an ELF shared object, page-aligned) and fails when it has any dynamic
relocation, naming each one. It boots nothing. An Image given as the
argument is checked instead of the default guest's (a candidate kernel)."""
import struct
import sys

from guestlib import require_guest

SHT_RELA, SHT_REL, SHT_DYNSYM = 4, 9, 11
EM_RISCV, ET_DYN = 243, 3
RELOC_NAMES = {1: "R_RISCV_32", 2: "R_RISCV_64", 3: "R_RISCV_RELATIVE", 5: "R_RISCV_JUMP_SLOT"}


def sections(elf):
    """(name, type, offset, size, link, entsize) of each section of an ELF64 object."""
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", elf, 0x3a)
    raw = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + k * shentsize) for k in range(shnum)]
    names = raw[shstrndx][4]

    def name(off):
        return elf[names + off:elf.index(b"\0", names + off)].decode(errors="replace")
    return [(name(s[0]), s[1], s[4], s[5], s[6], s[9]) for s in raw]


def embedded_vdso(image):
    """The bytes of the vDSO in a kernel Image: the page-aligned RISC-V
    ELF64 shared object whose strings name __vdso_clock_gettime."""
    at = 0
    while True:
        at = image.find(b"\x7fELF\x02\x01\x01", at)
        if at < 0:
            return None
        if at % 4096 == 0:
            e_type, e_machine = struct.unpack_from("<HH", image, at + 16)
            shoff, = struct.unpack_from("<Q", image, at + 0x28)
            shentsize, shnum = struct.unpack_from("<HH", image, at + 0x3a)
            size = shoff + shentsize * shnum
            elf = image[at:at + size]
            if (e_type, e_machine) == (ET_DYN, EM_RISCV) and b"__vdso_clock_gettime" in elf:
                return elf
        at += 4


def relocations(elf):
    """Each dynamic relocation as 'TYPE against SYMBOL at OFFSET'."""
    secs = sections(elf)
    out = []
    for name, typ, off, size, link, entsize in secs:
        if typ not in (SHT_RELA, SHT_REL) or size == 0:
            continue
        entsize = entsize or (24 if typ == SHT_RELA else 16)
        sym_off, sym_ent, str_off = None, 24, None
        if link < len(secs) and secs[link][1] == SHT_DYNSYM:
            sym_off, sym_ent = secs[link][2], secs[link][5] or 24
            str_off = secs[secs[link][4]][2]
        for k in range(size // entsize):
            r_offset, r_info = struct.unpack_from("<QQ", elf, off + k * entsize)
            sym, rtype = r_info >> 32, r_info & 0xffffffff
            what = "symbol #%d" % sym
            if sym_off is not None and sym:
                st_name, = struct.unpack_from("<I", elf, sym_off + sym * sym_ent)
                end = elf.index(b"\0", str_off + st_name)
                what = elf[str_off + st_name:end].decode(errors="replace") or what
            out.append("%s against %s at %#x (in %s)" % (
                RELOC_NAMES.get(rtype, "type %d" % rtype), what if sym else "nothing", r_offset,
                name))
    return out


def main():
    kernel = sys.argv[1] if len(sys.argv) > 1 else require_guest()[0]
    with open(kernel, "rb") as f:
        image = f.read()
    vdso = embedded_vdso(image)
    if vdso is None:
        print("FAIL: no vDSO (an ELF object with __vdso_clock_gettime) found in %s" % kernel)
        sys.exit(1)
    relocs = relocations(vdso)
    if relocs:
        print("FAIL: the guest kernel's vDSO (%d bytes in %s) has %d dynamic relocation(s), "
              "which nothing applies: the code that uses them reads address 0 + offset in "
              "every process" % (len(vdso), kernel, len(relocs)))
        for r in relocs:
            print("  " + r)
        print("Linux 6.1 without CONFIG_JUMP_LABEL leaves one against riscv_isa_ext_keys "
              "(cpu_relax() in clock_gettime's retry loop): programs die of SIGSEGV at "
              "address 4 when another hart updates the time data; guest/kernel.fragment "
              "needs CONFIG_JUMP_LABEL=y")
        sys.exit(1)
    print("the guest kernel's vDSO (%d bytes) has no dynamic relocations" % len(vdso))
    print("PASS")


if __name__ == "__main__":
    main()
