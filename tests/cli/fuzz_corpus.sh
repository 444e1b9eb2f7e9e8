#!/bin/sh
# Every input kept in the fuzz corpora (tests/fuzz/corpus/NAME/: seeds,
# inputs that add coverage, and the regression input of every crash the
# campaign found) replayed through its target built with the plain driver
# (build/fuzz-driver/fuzz_NAME, made by `make unit`): none may crash,
# abort or hang. Runs without clang; `make fuzz` is the libFuzzer side.
cd "$(dirname "$0")/../.." || exit 2
fails=0
total=0
for src in tests/fuzz/fuzz_*.c; do
	name=${src##*/fuzz_}
	name=${name%.c}
	bin=build/fuzz-driver/fuzz_$name
	dir=tests/fuzz/corpus/$name
	if [ ! -x "$bin" ] || [ "$src" -nt "$bin" ]; then
		echo "FAIL: $bin is missing or older than $src: run make unit"
		fails=$((fails + 1))
		continue
	fi
	if [ -z "$(ls -A "$dir" 2>/dev/null)" ]; then
		echo "FAIL: fuzz_$name has no corpus in $dir"
		fails=$((fails + 1))
		continue
	fi
	n=$(ls "$dir" | wc -l)
	# One process per target, every file in it (a hang is 300 s).
	if timeout 300 "$bin" "$dir"/* >"${TMPDIR:-/tmp}/fuzz_corpus.$$.log" 2>&1; then
		echo "ok: fuzz_$name: $n inputs"
		total=$((total + n))
	else
		echo "FAIL: fuzz_$name on its corpus (status $?):"
		tail -20 "${TMPDIR:-/tmp}/fuzz_corpus.$$.log"
		fails=$((fails + 1))
	fi
	rm -f "${TMPDIR:-/tmp}/fuzz_corpus.$$.log"
done
[ "$fails" -eq 0 ] || { echo "$fails target(s) failed"; exit 1; }
echo "all $total corpus inputs replayed without a crash"
