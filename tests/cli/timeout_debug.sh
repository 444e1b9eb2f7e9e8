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

# --debug changes nothing when the run ends normally.
expect 0 "" -- $RV run --firmware build/isa/base/smoke.elf --timeout 20 --debug
grep -q "pc=" "$T/err" && { echo "FAIL: --debug printed registers without a timeout"; fails=$((fails + 1)); }
$RV run --help | grep -q -- "--debug" || { echo "FAIL: --help lacks --debug"; fails=$((fails + 1)); }
finish "--timeout/--debug"
