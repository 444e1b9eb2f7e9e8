# Shared preamble of the option tests in tests/cli (sourced, not run):
# moves to the repository root and provides
#   RV       the rvisor binary
#   T        a temporary directory, removed at exit
#   expect STATUS PATTERN -- command...
#            run command (stdin from /dev/null); it must exit with STATUS and,
#            when PATTERN is not empty, print PATTERN (grep -i) on stderr or
#            stdout; failures are counted, not fatal
#   vm_process PID
#            the process of `rvisor run` PID that runs the guest: in the
#            sandbox's PID namespace the relay PID's child, else PID itself
#   finish LABEL
#            exit 1 after listing the failures, or print "all LABEL checks
#            passed" and exit 0
cd "$(dirname "$0")/../.." || exit 2
. tests/cli/vmlib.sh
RV=build/rvisor
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0

expect() {
	want=$1 pat=$2
	shift 3
	"$@" >"$T/out" 2>"$T/err" </dev/null
	st=$?
	if [ "$st" -ne "$want" ] || { [ -n "$pat" ] && ! cat "$T/err" "$T/out" | grep -qi -- "$pat"; }; then
		echo "FAIL: $* -> status $st (want $want), output:"
		cat "$T/err" "$T/out"
		fails=$((fails + 1))
	else
		echo "ok: $* -> $st: $(head -1 "$T/err")"
	fi
}

finish() {
	[ "$fails" -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
	echo "all $1 checks passed"
	exit 0
}
