#!/bin/sh
# Bad command lines and bad files: a message on stderr naming the problem,
# exit status 2, never a crash.
cd "$(dirname "$0")/../.." || exit 2
RV=build/rvisor
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0

# expect STATUS PATTERN -- command...: run, check status and that stderr matches.
expect() {
	want=$1 pat=$2
	shift 3
	"$@" >"$T/out" 2>"$T/err" </dev/null
	st=$?
	if [ "$st" -ne "$want" ] || ! cat "$T/err" "$T/out" | grep -qi -- "$pat"; then
		echo "FAIL: $* -> status $st (want $want), stderr:"
		cat "$T/err"
		fails=$((fails + 1))
	else
		echo "ok: $* -> $st: $(head -1 "$T/err")"
	fi
}

# A valid RISC-V ELF to damage.
ELF=build/isa/base/smoke.elf
[ -f $ELF ] || { echo "missing $ELF (make isa)"; exit 1; }
head -c 100 $ELF >"$T/trunc.elf"
head -c 5000 $ELF >"$T/trunc2.elf"
cp /bin/true "$T/x86.elf"
printf 'hello' >"$T/notelf"
# An ELF whose segment lies outside RAM: patch p_paddr of the first phdr.
python3 - "$ELF" "$T/outside.elf" <<'PY'
import struct, sys
d = bytearray(open(sys.argv[1], "rb").read())
phoff = struct.unpack_from("<Q", d, 32)[0]
phnum = struct.unpack_from("<H", d, 56)[0]
for k in range(phnum):
    ph = phoff + 56 * k
    if struct.unpack_from("<I", d, ph)[0] == 1:  # PT_LOAD
        struct.pack_into("<Q", d, ph + 24, 0x10000000)  # p_paddr
        break
open(sys.argv[2], "wb").write(d)
PY
head -c 70000000 /dev/zero >"$T/big.img"
head -c 4096 /dev/urandom >"$T/garbage"
# A minimal RISC-V Image header (text_offset 2 MiB, image_size 1 MiB).
python3 -c '
import struct, sys
h = struct.pack("<IIQQQIIQQII", 0, 0, 0x200000, 0x100000, 0, 2, 0, 0, 0x5643534952, 0x05435352, 0)
open(sys.argv[1], "wb").write(h + bytes(4096))' "$T/Image"

expect 2 "unrecognized option" -- $RV run --bogus
expect 2 "unknown command" -- $RV frobnicate
expect 2 "usage" -- $RV
expect 2 "unexpected argument" -- $RV run --firmware $ELF extra
expect 2 "cpus 0" -- $RV run --cpus 0 --firmware $ELF
expect 2 "cpus 9" -- $RV run --cpus 9 --firmware $ELF
expect 2 "cpus x" -- $RV run --cpus x --firmware $ELF
expect 2 "memory 1K" -- $RV run --memory 1K --firmware $ELF
expect 2 "memory 17G" -- $RV run --memory 17G --firmware $ELF
expect 2 "timeout" -- $RV run --timeout -1 --firmware $ELF
expect 2 "No such file" -- $RV run --firmware "$T/missing.elf"
expect 2 "truncated" -- $RV run --firmware "$T/trunc.elf"
expect 2 "truncated" -- $RV run --firmware "$T/trunc2.elf"
expect 2 "not RISC-V" -- $RV run --firmware "$T/x86.elf"
expect 2 "outside guest RAM" -- $RV run --firmware "$T/outside.elf"
expect 2 "neither a RISC-V" -- $RV run --kernel "$T/garbage"
expect 2 "too small" -- $RV run --kernel "$T/notelf"
expect 2 "kernel.*No such file" -- $RV run --kernel "$T/missing"
expect 2 "does not fit" -- $RV run --kernel "$T/Image" --initrd "$T/big.img" --memory 64M
expect 2 "initrd.*No such file" -- $RV run --kernel "$T/Image" --initrd "$T/missing"
expect 2 "not RISC-V" -- $RV run --kernel "$T/x86.elf"
expect 0 "usage: rvisor run" -- $RV run --help
expect 0 "usage: rvisor" -- $RV --help

[ $fails -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "all bad-input checks passed"
