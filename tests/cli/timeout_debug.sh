#!/bin/sh
# --timeout ends a hung program with status 124 and one line that says so;
# a user must not get a register dump that reads like a crash. With --debug
# the line is followed by each hart's registers (pc, priv, trap CSRs).
. "$(dirname "$0")/lib.sh"

LOOP=$T/loop.bin
printf '\157\000\000\000' >"$LOOP" # j . : runs until the timeout

expect 124 "did not finish within 0.5 s" -- $RV run --firmware "$LOOP" --timeout 0.5
if grep -q "pc=" "$T/err" "$T/out"; then
	echo "FAIL: --timeout without --debug printed registers:"
	cat "$T/err"
	fails=$((fails + 1))
fi
[ "$(cat "$T/err" "$T/out" | wc -l)" -eq 1 ] ||
	{ echo "FAIL: --timeout printed more than one line:"; cat "$T/err" "$T/out"; fails=$((fails + 1)); }

# --debug: one register line per hart, the loop's pc (the RAM base) on each.
expect 124 "hart 1: pc=0x80000000 priv=3" -- $RV run --firmware "$LOOP" --cpus 2 --timeout 0.5 --debug
grep -q "hart 0: pc=0x80000000 priv=3 .*mcause=" "$T/err" ||
	{ echo "FAIL: --debug: no hart 0 register line"; fails=$((fails + 1)); }

# ... then its interrupt state, the 8 bytes at a0, the 32 registers and the
# stack: `auipc a0, 0; mv sp, a0; j .` leaves a0 = sp = the RAM base, where
# those three instructions are (and zeros after them).
LOOP_A0=$T/loop_a0.bin
printf '\027\005\000\000\023\001\005\000\157\000\000\000' >"$LOOP_A0"
expect 124 "hart 0: 8 bytes at a0: 0005011300000517" -- $RV run --firmware "$LOOP_A0" --timeout 0.5 --debug
grep -q "hart 0: sp+0    0005011300000517 000000000000006f 0000000000000000 0000000000000000" "$T/err" ||
	{ echo "FAIL: --debug: no stack line at sp"; cat "$T/err"; fails=$((fails + 1)); }
grep -q "hart 0: sp+992 " "$T/err" || { echo "FAIL: --debug: the stack dump is not 1 KiB"; fails=$((fails + 1)); }
grep -q "hart 0: mstatus=0x[0-9a-f]* mie=0 mip=0 mideleg=0 events=0 wfi=0 deliverable=0 instret=[1-9]" "$T/err" ||
	{ echo "FAIL: --debug: no interrupt state line"; cat "$T/err"; fails=$((fails + 1)); }
grep -q "hart 0: x0  0000000000000000 0000000000000000 0000000080000000 0000000000000000" "$T/err" &&
	grep -q "hart 0: x8  0000000000000000 0000000000000000 0000000080000000 " "$T/err" ||
	{ echo "FAIL: --debug: no x0-x3 line with sp, x8-x11 line with a0 = 0x80000000"; cat "$T/err"; fails=$((fails + 1)); }

# --debug changes nothing when the run ends normally.
expect 0 "" -- $RV run --firmware build/isa/base/smoke.elf --timeout 20 --debug
grep -q "pc=" "$T/err" && { echo "FAIL: --debug printed registers without a timeout"; fails=$((fails + 1)); }
$RV run --help | grep -q -- "--debug" || { echo "FAIL: --help lacks --debug"; fails=$((fails + 1)); }
finish "--timeout/--debug"
