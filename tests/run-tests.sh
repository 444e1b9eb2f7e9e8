#!/bin/bash
# rvisor's test runner: unit tests, bare-metal ISA programs, guest tests.
# Prints one line per test and ends with "N passed, N failed, N skipped".
# RVISOR_QUICK=1 skips the slow (Linux-booting) tests; a FILTER argument
# runs only tests whose name contains it. Slow tests run RVISOR_TEST_JOBS at
# a time (default 2 on a host with 2 or more cores; 1 = one by one), each
# with its output in build/test-logs; the ones in ALONE run by themselves.
cd "$(dirname "$0")/.." || exit 2
B=build
FILTER="${1:-}"
pass=0
fail=0
skip=0
failed=""

# Slow tests that run alone: they measure rates, idle CPU or timing, or keep
# both host cores busy themselves, so a neighbour would skew or starve them.
ALONE="guest/slow_reboot_idle.py guest/slow_disk_ratelimit.py guest/slow_net_ratelimit.py
guest/slow_pause_stress.py guest/slow_smp_stress.py guest/slow_snapshot_clones10.py
guest/slow_debian_image.py cli/slow_resources_cpu.sh guest/slow_resources_guest.py
cli/slow_fuzz.sh"

if [ -n "${RVISOR_TEST_JOBS:-}" ]; then
	JOBS=$RVISOR_TEST_JOBS
elif [ "$(nproc 2>/dev/null || echo 1)" -ge 2 ]; then
	JOBS=2
else
	JOBS=1
fi
case "$JOBS" in '' | *[!0-9]* | 0) echo "RVISOR_TEST_JOBS=$JOBS: expected a number >= 1" >&2; exit 2 ;; esac

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

T_START=$(now)
LOG=$B/test-logs
mkdir -p "$LOG"

# The Debian test image (RVISOR_TEST_IMAGE=0 leaves it out): built by
# scripts/image-debian.sh (cached by its inputs outside the clone, a copy
# when cached) in the background from the start, niced so that the tests
# keep the CPUs, its own process group so that an interrupt stops all of it;
# the tests that run alone wait for it (guest/slow_debian_image.py is one).
IMAGE_LOG=$B/debian-image.log
image_pid=
image_start() {
	[ "${RVISOR_TEST_IMAGE:-1}" != 0 ] && [ -z "${RVISOR_QUICK:-}" ] || return 0
	# Root and debootstrap (slow_debian_image.py says why it skips without).
	[ "$(id -u)" = 0 ] && command -v debootstrap >/dev/null || return 0
	want guest/slow_debian_image.py || return 0
	if scripts/image-debian.sh debian-13 - --print-cached >/dev/null 2>&1; then
		return 0
	fi
	echo "the Debian test image is not built: building it in the background (log: $IMAGE_LOG)"
	setsid nice -n 10 scripts/image-debian.sh debian-13 - </dev/null >"$IMAGE_LOG" 2>&1 &
	image_pid=$!
}
image_stop() {
	[ -n "$image_pid" ] && kill -TERM -- -"$image_pid" 2>/dev/null
	image_pid=
}
image_wait() {
	[ -n "$image_pid" ] || return 0
	local t0 st
	t0=$(now)
	echo "waiting for the Debian image build (log: $IMAGE_LOG)"
	wait "$image_pid"
	st=$?
	image_pid=
	echo "the Debian image build ended with status $st after a wait of $(elapsed "$t0") s ($(grep -o 'built in [0-9]* s' "$IMAGE_LOG" || echo 'see its log'))"
	[ $st -eq 0 ] || tail -20 "$IMAGE_LOG"
}
trap 'image_stop' EXIT
trap 'image_stop; exit 130' INT TERM
image_start

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

# A unit test whose source is newer than its binary (or that has none) did
# not build: say so instead of running a stale binary or skipping it.
for src in tests/unit/test_*.c; do
	t=$B/unit/$(basename "$src" .c)
	want "unit/$(basename "$t")" || continue
	if [ ! -x "$t" ] || [ "$src" -nt "$t" ]; then
		report "unit/$(basename "$t")" 1 0
		echo "  $t is missing or older than $src: run make unit (it failed to build?)"
	fi
done

# ISA tests: bare-metal ELFs that report through HTIF tohost (--debug: a
# hung one's log shows where each hart was). They run under each CPU engine:
# isa/... under the interpreter, isa-jit/... under the JIT (x86-64 hosts).
ENGINES=interp
[ "$(uname -m)" = x86_64 ] && ENGINES="interp jit"
for eng in $ENGINES; do
	prefix=isa
	[ "$eng" = interp ] || prefix=isa-$eng
	for elf in $(find $B/isa -name '*.elf' | sort); do
		name="$prefix/${elf#$B/isa/}"
		want "$name" || continue
		t0=$(now)
		lf="$LOG/$prefix-$(echo "${elf#$B/isa/}" | tr / _).log"
		# A source's "/* run-args: ... */" line adds options (--cpus 2).
		src="tests/isa/${elf#$B/isa/}"
		args=$(sed -n 's|^/\* run-args: \(.*\) \*/$|\1|p' "${src%.elf}.S" 2>/dev/null)
		# RVISOR_JIT_HOT=1: under the JIT every block is translated on its
		# first entry (by default on its 64th), or these short programs
		# would run mostly interpreted.
		RVISOR_JIT_HOT=1 $B/rvisor run --cpu-engine $eng $args --firmware "$elf" --timeout 20 --debug >"$lf" 2>&1 </dev/null
		st=$?
		report "$name" $st "$(elapsed "$t0")"
		[ $st -ne 0 ] && tail -5 "$lf"
	done
done

# Script tests (CLI behaviour, guest boots). Slow ones carry "slow" in
# their name and are skipped with RVISOR_QUICK=1.
logname() { echo "$LOG/$(echo "$1" | tr / _).log"; }
run_script() { # test-file log: runs it, returns its exit status
	case "$1" in
	*.py) python3 "$1" >"$2" 2>&1 </dev/null ;;
	*) sh "$1" >"$2" 2>&1 </dev/null ;;
	esac
}
run_now() { # test-file: runs it in the foreground and reports it
	local name="${1#tests/}" lf t0 st
	lf=$(logname "$name")
	t0=$(now)
	run_script "$1" "$lf"
	st=$?
	report "$name" $st "$(elapsed "$t0")"
	[ $st -ne 0 ] && [ $st -ne 77 ] && tail -20 "$lf"
}

pool=()  # slow tests that may share the host
alone=() # slow tests that run by themselves
# The helpers the tests import or source (*lib.py, *lib.sh) are not tests.
for t in $(find tests/cli tests/guest \( -name '*.sh' -o -name '*.py' \) ! -name '*lib.py' ! -name '*lib.sh' 2>/dev/null | sort); do
	name="${t#tests/}"
	want "$name" || continue
	case "$name" in
	*slow*)
		[ -n "${RVISOR_QUICK:-}" ] && continue
		case " $(echo $ALONE) " in
		*" $name "*) alone+=("$t") ;;
		*) pool+=("$t") ;;
		esac
		;;
	*) run_now "$t" ;;
	esac
done

# The pool: up to JOBS at a time, each in its own process group (set -m) so
# that an interrupt can stop a whole test (python and its rvisor) at once.
declare -A running # pid -> test file
finish_one() {
	local pid t st=1 secs=? name lf
	wait -n -p pid "${!running[@]}"
	t=${running[$pid]}
	unset "running[$pid]"
	name="${t#tests/}"
	lf=$(logname "$name")
	# Written by the job as "status seconds"; absent if the job was killed.
	[ -f "$lf.status" ] && read -r st secs <"$lf.status"
	rm -f "$lf.status"
	report "$name" "$st" "$secs"
	[ "$st" -ne 0 ] && [ "$st" -ne 77 ] && tail -20 "$lf"
}
if [ ${#pool[@]} -gt 0 ] && [ "$JOBS" -gt 1 ]; then
	trap 'for p in "${!running[@]}"; do kill -TERM -- -"$p" 2>/dev/null; done; image_stop; exit 130' INT TERM
	set -m
	for t in "${pool[@]}"; do
		while [ ${#running[@]} -ge "$JOBS" ]; do finish_one; done
		lf=$(logname "${t#tests/}")
		(
			t0=$(now)
			run_script "$t" "$lf"
			st=$?
			echo "$st $(elapsed "$t0")" >"$lf.status"
		) &
		running[$!]=$t
	done
	while [ ${#running[@]} -gt 0 ]; do finish_one; done
	set +m
	trap 'image_stop; exit 130' INT TERM
else
	for t in "${pool[@]}"; do run_now "$t"; done
fi
[ ${#alone[@]} -gt 0 ] && image_wait
for t in "${alone[@]}"; do run_now "$t"; done
image_wait

[ -n "$failed" ] && echo "failed:$failed"
echo "time: $(awk -v s="$(elapsed "$T_START")" 'BEGIN { printf "%d min %d s", s / 60, s % 60 }')"
echo "$pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ] && [ $pass -gt 0 ]
