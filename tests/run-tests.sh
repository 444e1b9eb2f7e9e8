#!/bin/sh
# rvisor's test runner: unit tests, bare-metal ISA programs, guest tests.
# Prints one line per test and ends with "N passed, N failed".
# RVISOR_QUICK=1 skips the slow (Linux-booting) tests; a FILTER argument
# runs only tests whose name contains it.
cd "$(dirname "$0")/.." || exit 2
B=build
FILTER="${1:-}"
pass=0
fail=0
skip=0
failed=""

report() { # name status(0=pass,77=skip,else fail) seconds
	case "$2" in
	0) pass=$((pass + 1)); echo "PASS  $1 ($3s)" ;;
	77) skip=$((skip + 1)); echo "SKIP  $1" ;;
	*) fail=$((fail + 1)); failed="$failed $1"; echo "FAIL  $1 (status $2)" ;;
	esac
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

want() { [ -z "$FILTER" ] || case "$1" in *"$FILTER"*) return 0 ;; *) return 1 ;; esac; }

LOG=$B/test-logs
mkdir -p "$LOG"

# Unit tests: each binary exits 0 on success.
for t in $B/unit/test_*; do
	[ -x "$t" ] || continue
	name="unit/$(basename "$t")"
	want "$name" || continue
	t0=$(now)
	"$t" >"$LOG/$(basename "$t").log" 2>&1
	st=$?
	report "$name" $st "$(elapsed "$t0")"
	[ $st -ne 0 ] && [ $st -ne 77 ] && tail -20 "$LOG/$(basename "$t").log"
done

# ISA tests: bare-metal ELFs that report through HTIF tohost.
for elf in $(find $B/isa -name '*.elf' | sort); do
	name="isa/${elf#$B/isa/}"
	want "$name" || continue
	t0=$(now)
	lf="$LOG/$(echo "${elf#$B/isa/}" | tr / _).log"
	$B/rvisor run --firmware "$elf" --timeout 20 >"$lf" 2>&1 </dev/null
	st=$?
	report "$name" $st "$(elapsed "$t0")"
	[ $st -ne 0 ] && tail -5 "$lf"
done

# Script tests (CLI behaviour, guest boots). Slow ones carry "slow" in
# their name and are skipped with RVISOR_QUICK=1.
for t in $(find tests/cli tests/guest \( -name '*.sh' -o -name '*.py' \) ! -name 'guestlib.py' ! -name 'lib.sh' ! -name 'apilib.sh' 2>/dev/null | sort); do
	name="${t#tests/}"
	want "$name" || continue
	case "$name" in *slow*) [ -n "$RVISOR_QUICK" ] && continue ;; esac
	t0=$(now)
	lf="$LOG/$(echo "$name" | tr / _).log"
	case "$t" in
	*.py) python3 "$t" >"$lf" 2>&1 </dev/null ;;
	*) sh "$t" >"$lf" 2>&1 </dev/null ;;
	esac
	st=$?
	report "$name" $st "$(elapsed "$t0")"
	[ $st -ne 0 ] && [ $st -ne 77 ] && tail -20 "$lf"
done

[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ] && [ $pass -gt 0 ]
