#!/bin/sh
# A bounded libFuzzer run of every fuzz target (tests/fuzz, docs/SECURITY.md
# "Fuzzing"): each target runs FUZZ_TIME seconds (default 6 here) on its
# corpus with ASan and UBSan, two at a time; a crash, a leak, a sanitizer
# report or a hang fails the test (scripts/fuzz.sh prints its log). Its
# logs, crashes and the inputs it finds stay in build/fuzz/test-run/ (apart
# from `make fuzz`'s). Skips when clang or its
# libFuzzer runtime is missing.
cd "$(dirname "$0")/../.." || exit 2
CC_FUZZ=${FUZZ_CC:-clang}
command -v "$CC_FUZZ" >/dev/null 2>&1 || { echo "SKIP: $CC_FUZZ is not installed (scripts/deps.sh test installs it)"; exit 77; }
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' >"$probe/p.c"
"$CC_FUZZ" -fsanitize=fuzzer,address,undefined -o "$probe/p" "$probe/p.c" >"$probe/log" 2>&1 ||
	{ echo "SKIP: $CC_FUZZ cannot build a libFuzzer target:"; cat "$probe/log"; exit 77; }
make -s --no-print-directory fuzz-build || { echo "FAIL: make fuzz-build"; exit 1; }
rm -rf build/fuzz/test-run
FUZZ_WORK=build/fuzz/test-run FUZZ_TIME=${FUZZ_TIME:-6} FUZZ_JOBS=${FUZZ_JOBS:-2} scripts/fuzz.sh run
