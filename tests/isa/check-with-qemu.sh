#!/bin/sh
# Run every built ISA test ELF (build/isa/**/*.elf) under QEMU's spike
# machine, the reference these tests were validated against.  Prints
# PASS/FAIL per file and "N passed, N failed".  Developer tool, not run in CI.
# Tests that need the virt board's devices (PLIC, UART; listed in VIRT) are
# reassembled with include/qemu_virt.h (result through the sifive_test
# finisher, as QEMU's virt board has no HTIF) and run under `-M virt`.
# Tests of extensions the installed QEMU predates are listed as SKIP (Zicond
# needs QEMU 8.1; Debian 12 ships 7.2). csr/triggers checks a hart without
# debug triggers, and QEMU implements them (tdata1 reads type 2): SKIP too.
# Tests that count instructions exactly (ICOUNT) run with -icount shift=0:
# without it QEMU's instret is not an exact count.
# Usage: tests/isa/check-with-qemu.sh [FILTER]   (build first: make isa)
cd "$(dirname "$0")/../.." || exit 2
QEMU="${QEMU:-qemu-system-riscv64}"
FILTER="${1:-}"
RV_CC="${RV_CC:-riscv64-linux-gnu-gcc}"
VIRT="priv/mip_seip"
ICOUNT="misc/branch_inner"
TMP=$(mktemp -d) || exit 2
trap 'rm -rf "$TMP"' EXIT
command -v "$QEMU" >/dev/null 2>&1 || { echo "$QEMU not found" >&2; exit 2; }
# QEMU's version as one number (7.2 -> 702) and the first version that
# implements what a test needs (0: any).
qver=$("$QEMU" --version | sed -n '1s/.*version \([0-9]*\)\.\([0-9]*\).*/\1 \2/p' |
	{ read -r maj min && echo $((maj * 100 + min)); })
needs() {
	case "$1" in
	zicond/*) echo 801 ;;
	*) echo 0 ;;
	esac
}
pass=0
fail=0
skip=0
for elf in $(find build/isa -name '*.elf' 2>/dev/null | sort); do
	name="${elf#build/isa/}"
	case "$name" in *"$FILTER"*) ;; *) continue ;; esac
	if [ "$name" = csr/triggers.elf ]; then
		skip=$((skip + 1))
		echo "SKIP  $name (QEMU has debug triggers; the test expects none)"
		continue
	fi
	if [ "${qver:-0}" -lt "$(needs "$name")" ]; then
		skip=$((skip + 1))
		echo "SKIP  $name (needs a newer QEMU)"
		continue
	fi
	machine=spike
	case " $VIRT " in *" ${name%.elf} "*)
		machine=virt
		sed 's/#include "test.h"/#include "qemu_virt.h"/' "tests/isa/${name%.elf}.S" >"$TMP/t.S"
		"$RV_CC" -march=rv64gc_zba_zbb_zbc_zbs -mabi=lp64d -nostdlib -nostartfiles -static \
			-mcmodel=medany -fno-pie -no-pie -Wl,--build-id=none -Itests/isa/include \
			-T tests/isa/include/link.ld -o "$TMP/t.elf" "$TMP/t.S" || {
			echo "FAIL  $name (assembling the virt variant)"
			fail=$((fail + 1))
			continue
		}
		elf="$TMP/t.elf"
		;;
	esac
	# a source's "/* run-args: ... --cpus N */" line: N harts
	smp=$(sed -n 's|^/\* run-args: .*--cpus \([0-9]*\).*\*/$|-smp \1|p' "tests/isa/${name%.elf}.S")
	icount=
	case " $ICOUNT " in *" ${name%.elf} "*) icount="-icount shift=0" ;; esac
	timeout 10 "$QEMU" -M $machine $smp $icount -bios none -kernel "$elf" -nographic \
		</dev/null >/dev/null 2>&1
	st=$?
	if [ $st -eq 0 ]; then
		pass=$((pass + 1))
		echo "PASS  $name"
	else
		fail=$((fail + 1))
		case $st in
		124) why="timeout" ;;
		*) why="exit $st: FAIL($st), or 1000+mcause / 2000+scause mod 256" ;;
		esac
		echo "FAIL  $name ($why)"
	fi
done
echo "$pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ] && [ $pass -gt 0 ]
