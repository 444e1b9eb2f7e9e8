#!/bin/bash
# Runs rvisor's libFuzzer targets (built by `make fuzz-build` into
# build/fuzz/) on their corpora. `make fuzz` builds and calls `run`.
cd "$(dirname "$0")/.." || exit 2

usage() {
	cat <<'EOF'
usage: scripts/fuzz.sh run | merge | minimize | list

  run       run each target for FUZZ_TIME seconds (default 60) on its corpus
            tests/fuzz/corpus/NAME/; new inputs go to build/fuzz/found/NAME/
            (FUZZ_UPDATE_CORPUS=1: merged into the corpus afterwards, only
            those that add coverage); crashes, leaks and hangs are written
            to build/fuzz/crashes/ and make the run fail
  merge     merge build/fuzz/found/NAME/ into the corpus (coverage-adding
            inputs only)
  minimize  rewrite each corpus as its smallest subset with the same coverage
  list      print the target names

Environment:
  FUZZ_TARGETS  comma-separated names (qcow2,p9); default every target
  FUZZ_TIME     seconds per target for run (default 60)
  FUZZ_JOBS     targets run at once (default: the host's cores)
  FUZZ_UPDATE_CORPUS=1  run merges what it found into the corpus
  FUZZ_WORK     where found/, crashes/ and logs/ go (default build/fuzz)
Exit status: 0 when every target ran clean, 1 when one found a crash, a
leak or a hang (its log is printed), 2 on a usage error or a missing build.
EOF
}

B=build/fuzz
W=${FUZZ_WORK:-$B}
CORPUS=tests/fuzz/corpus
FUZZ_TIME=${FUZZ_TIME:-60}
FUZZ_JOBS=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
case "$FUZZ_TIME" in '' | *[!0-9]*) echo "fuzz.sh: FUZZ_TIME=$FUZZ_TIME: expected seconds" >&2; exit 2 ;; esac
case "$FUZZ_JOBS" in '' | *[!0-9]* | 0) echo "fuzz.sh: FUZZ_JOBS=$FUZZ_JOBS: expected a number >= 1" >&2; exit 2 ;; esac

all_targets() {
	for f in tests/fuzz/fuzz_*.c; do
		n=${f##*/fuzz_}
		echo "${n%.c}"
	done
}

if [ -n "${FUZZ_TARGETS:-}" ]; then
	TARGETS=$(echo "$FUZZ_TARGETS" | tr ',' ' ')
	for t in $TARGETS; do
		[ -f "tests/fuzz/fuzz_$t.c" ] ||
			{ echo "fuzz.sh: no target '$t' (tests/fuzz/fuzz_$t.c); targets: $(all_targets | tr '\n' ' ')" >&2; exit 2; }
	done
else
	TARGETS=$(all_targets)
fi

# The largest input a target is given: bounds the corpus (and the time an
# input takes); the migration and snapshot streams need room for RAM.
max_len() {
	case "$1" in
	migrate | snapshot | qcow2) echo 65536 ;;
	tar) echo 16384 ;;
	*) echo 8192 ;;
	esac
}

# Flags for every libFuzzer run: an input running 60 s is a hang (the host
# is shared and loaded: generous), 2 GiB of RSS is a leak gone wild.
common_flags() {
	echo "-max_len=$(max_len "$1") -timeout=60 -rss_limit_mb=2048 -print_final_stats=1"
}

need_bin() {
	[ -x "$B/fuzz_$1" ] || { echo "fuzz.sh: $B/fuzz_$1 is not built: run make fuzz-build" >&2; exit 2; }
}

# Inputs of dir $2 that add coverage to corpus of $1 go into the corpus.
merge_into_corpus() {
	local t=$1 from=$2
	mkdir -p "$CORPUS/$t"
	[ -n "$(ls -A "$from" 2>/dev/null)" ] || return 0
	mkdir -p "$W/crashes"
	"$B/fuzz_$t" -merge=1 $(common_flags "$t") -artifact_prefix="$W/crashes/$t-" "$CORPUS/$t" "$from" \
		>"$W/logs/$t.merge.log" 2>&1 ||
		{ echo "fuzz.sh: merging into $CORPUS/$t failed (see $W/logs/$t.merge.log)" >&2; return 1; }
}

# One target's run: libFuzzer with its found dir first (where new inputs
# are written) and the corpus read-only after it; "status seconds" at the
# end of the log's .status file.
run_one() {
	local t=$1 log=$W/logs/$t.log t0 st
	mkdir -p "$W/found/$t" "$W/crashes" "$CORPUS/$t"
	t0=$(date +%s)
	"$B/fuzz_$t" $(common_flags "$t") -max_total_time="$FUZZ_TIME" \
		-artifact_prefix="$W/crashes/$t-" "$W/found/$t" "$CORPUS/$t" >"$log" 2>&1
	st=$?
	echo "$st $(($(date +%s) - t0))" >"$log.status"
}

summary() { # target: one line from its log
	local t=$1 log=$W/logs/$t.log st secs runs cov
	read -r st secs <"$log.status"
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
	if [ "$st" = 0 ]; then
		printf 'PASS  fuzz_%-9s %4ss %9s runs  cov %s  corpus %s\n' "$t" "$secs" "${runs:-?}" \
			"${cov:-?}" "$(ls "$CORPUS/$t" | wc -l)"
	else
		printf 'FAIL  fuzz_%-9s status %s after %ss (log %s)\n' "$t" "$st" "$secs" "$log"
		grep -E 'ERROR: |SUMMARY: |^Test unit written|fuzz_[a-z0-9]*: ' "$log" | head -8
		return 1
	fi
}

cmd=${1:-}
case "$cmd" in
-h | --help) usage; exit 0 ;;
list) all_targets; exit 0 ;;
run | merge | minimize) ;;
*) usage >&2; exit 2 ;;
esac
for t in $TARGETS; do need_bin "$t"; done
mkdir -p "$W/logs"

case "$cmd" in
run)
	set -m # each target in its own process group, stopped whole on ^C
	declare -A running
	trap 'for p in "${!running[@]}"; do kill -TERM -- -"$p" 2>/dev/null; done; exit 130' INT TERM
	for t in $TARGETS; do
		while [ ${#running[@]} -ge "$FUZZ_JOBS" ]; do
			wait -n -p pid "${!running[@]}"
			unset "running[$pid]"
		done
		run_one "$t" &
		running[$!]=$t
	done
	while [ ${#running[@]} -gt 0 ]; do
		wait -n -p pid "${!running[@]}"
		unset "running[$pid]"
	done
	trap - INT TERM
	failed=0
	for t in $TARGETS; do
		summary "$t" || failed=1
		if [ -n "${FUZZ_UPDATE_CORPUS:-}" ] && [ "${FUZZ_UPDATE_CORPUS}" != 0 ]; then
			merge_into_corpus "$t" "$W/found/$t" || failed=1
		fi
	done
	exit $failed
	;;
merge)
	for t in $TARGETS; do
		before=$(ls "$CORPUS/$t" 2>/dev/null | wc -l)
		merge_into_corpus "$t" "$W/found/$t" || exit 1
		echo "fuzz_$t: corpus $before -> $(ls "$CORPUS/$t" | wc -l) inputs"
	done
	;;
minimize)
	for t in $TARGETS; do
		[ -d "$CORPUS/$t" ] || continue
		tmp=$(mktemp -d "$W/min-$t.XXXXXX")
		mkdir -p "$W/crashes"
		"$B/fuzz_$t" -merge=1 $(common_flags "$t") -artifact_prefix="$W/crashes/$t-" "$tmp" \
			"$CORPUS/$t" >"$W/logs/$t.merge.log" 2>&1 ||
			{ echo "fuzz.sh: minimizing $CORPUS/$t failed (see $W/logs/$t.merge.log)" >&2; rm -rf "$tmp"; exit 1; }
		before=$(ls "$CORPUS/$t" | wc -l)
		# Replace the corpus by the minimal set (files named by their hash).
		find "$CORPUS/$t" -maxdepth 1 -type f -delete
		mv "$tmp"/* "$CORPUS/$t"/ 2>/dev/null
		rmdir "$tmp"
		echo "fuzz_$t: corpus $before -> $(ls "$CORPUS/$t" | wc -l) inputs, $(du -sk "$CORPUS/$t" | cut -f1) KiB"
	done
	;;
esac
