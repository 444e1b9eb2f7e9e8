#!/bin/sh
# Snapshot compatibility: tests/fixtures/snapshot-v1 holds a snapshot made
# by an older rvisor (see its README.md) of a bare-metal counter program.
# The current rvisor must restore it and the program must run on from its
# counter (not from 1), and a corrupted copy must be refused (exit 2, a
# message). A failure here means a change broke restoring old snapshots.
cd "$(dirname "$0")/../.." || exit 2
R=${RVISOR:-$PWD/build/rvisor}
F=tests/fixtures/snapshot-v1
command -v gzip >/dev/null || { echo "gzip missing: skipping"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; [ -f "$T/run.log" ] && tail -5 "$T/run.log"; exit 1; }

gzip -dc "$F/vm.mem.gz" >"$T/vm.mem" || fail "gunzip the memory file"
[ "$(stat -c %s "$T/vm.mem")" = $((64 << 20)) ] || fail "memory file size"
cp "$F/vm.snap" "$T/vm.snap"
N=$(cat "$F/counter-at-snapshot")

# Restore and let it run: the first number printed is the saved counter + 1
# (a fresh boot would print 1), and the numbers keep going up by one.
timeout 60 $R run --restore "$T/vm.snap" --mem-file "$T/vm.mem" --timeout 4 \
	</dev/null >"$T/run.log" 2>&1
st=$?
[ $st -eq 124 ] || fail "restore: exit status $st (expected 124: timeout)"
grep '^[0-9][0-9]*$' "$T/run.log" >"$T/nums"
first=$(head -1 "$T/nums")
last=$(tail -1 "$T/nums")
count=$(wc -l <"$T/nums")
[ -n "$first" ] || fail "no counter output after restore"
[ "$first" -eq $((N + 1)) ] || fail "first value after restore is $first, expected $((N + 1))"
[ "$count" -ge 2 ] || fail "the program does not run on (only $count value)"
[ "$last" -eq $((N + count)) ] || fail "values not consecutive: $first..$last in $count lines"
echo "ok: restored the v1 fixture; counter runs on $first..$last (saved at $N)"

# The memory file is never modified by a restore.
gzip -dc "$F/vm.mem.gz" | cmp -s - "$T/vm.mem" || fail "restore modified the memory file"

refuse() { # what message snap mem
	timeout 30 $R run --restore "$3" --mem-file "$4" --timeout 5 </dev/null >"$T/ref.out" 2>&1
	st=$?
	[ $st -eq 2 ] || fail "$1: exit status $st: $(cat "$T/ref.out")"
	grep -q "$2" "$T/ref.out" || fail "$1: message: $(cat "$T/ref.out")"
	grep -q '^[0-9][0-9]*$' "$T/ref.out" && fail "$1: the guest ran"
	echo "ok: refused $1: $(head -1 "$T/ref.out")"
}
# Corrupted copies: a damaged section length (the HART section claims more
# bytes than the file has), a damaged ISA string, a truncated file, and a
# memory file of the wrong size. (The format has no checksum: a flipped bit
# inside register contents would be restored as is.)
size=$(stat -c %s "$T/vm.snap")
poke() { # file offset byte(octal)
	printf "\\$3" | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}
hart=$(grep -obUa HART "$T/vm.snap" | head -1 | cut -d: -f1)
[ -n "$hart" ] || fail "no HART section in the fixture"
cp "$T/vm.snap" "$T/len.snap"
poke "$T/len.snap" $((hart + 15)) 177 # top byte of the section length
refuse "damaged section length" "claims" "$T/len.snap" "$T/vm.mem"
cp "$T/vm.snap" "$T/isa.snap"
poke "$T/isa.snap" 36 130 # "rv64imafdc..." -> "rv64Xmafdc..."
refuse "damaged ISA string" "snapshot is for ISA" "$T/isa.snap" "$T/vm.mem"
head -c $((size - 10)) "$T/vm.snap" >"$T/trunc.snap"
refuse "truncated snapshot" "truncated\|claims" "$T/trunc.snap" "$T/vm.mem"
head -c $((32 << 20)) "$T/vm.mem" >"$T/small.mem"
refuse "wrong memory file" "not this snapshot's memory file" "$T/vm.snap" "$T/small.mem"
echo "snapshot-v1 fixture checks passed"
