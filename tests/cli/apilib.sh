# Shared preamble of the API tests in tests/cli (sourced, not run): moves to
# the repository root, skips (77) without curl, and provides
#   R        the rvisor binary ($RVISOR overrides)
#   T        a temporary directory with loop.bin, a firmware that spins
#            ("j ."), removed at exit
#   PIDS     processes to kill -9 at exit (append the VMs started)
#   S        the API socket req and expect talk to (set it)
#   fail MESSAGE...
#            print FAIL and the tail of every $T/*.log, exit 1
#   wait_sock SOCKET
#            wait (10 s) for the socket to appear
#   req METHOD PATH [BODY]
#            one request on $S; "body status" in $OUT
#   expect METHOD PATH BODY STATUS FRAGMENT
#            req, then fail unless the answer has that status and contains
#            FRAGMENT
#   ctl_refused "ARGS", wait_api PATH (below)
#   vm_process PID
#            the process of `rvisor run` PID that runs the guest
#            (tests/cli/vmlib.sh)
cd "$(dirname "$0")/../.." || exit 2
. tests/cli/vmlib.sh
R=${RVISOR:-$PWD/build/rvisor}
command -v curl >/dev/null || { echo "curl missing: skipping"; exit 77; }
T=$(mktemp -d)
PIDS=""
cleanup() { for p in $PIDS; do kill -9 "$p" 2>/dev/null; done; rm -rf "$T"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$T"/*.log; do [ -f "$f" ] && { echo "--- $f"; tail -5 "$f"; }; done; exit 1; }

printf '\157\000\000\000' >"$T/loop.bin" # 0x0000006f: j .

# kill_vm PID: kill -9 an `rvisor run` and wait until its VM process has
# ended too. Under the sandbox's PID namespace (as root) the VM process is
# the relay's child: it dies just after the relay that `wait` reaps,
# tearing down guest RAM while it still holds its disk locks, memory file
# lease and sockets, so a VM started right after could find them taken.
kill_vm() {
	_kids=$(cat /proc/"$1"/task/*/children 2>/dev/null)
	kill -9 "$1" 2>/dev/null
	wait "$1" 2>/dev/null
	for _k in $_kids; do
		_n=0
		while [ $_n -lt 100 ] && [ -e /proc/"$_k" ] &&
			[ "$(sed 's/.*) //' /proc/"$_k"/stat 2>/dev/null | cut -d' ' -f1)" != Z ]; do
			_n=$((_n + 1))
			sleep 0.1
		done
	done
	return 0
}
wait_sock() {
	i=0
	while [ ! -S "$1" ]; do
		i=$((i + 1)); [ $i -gt 100 ] && fail "no API socket $1"
		sleep 0.1
	done
}
req() {
	if [ $# -ge 3 ]; then
		OUT=$(curl -s --max-time 20 --unix-socket "$S" -X "$1" -H 'Content-Type: application/json' \
			--data-binary "$3" -w ' %{http_code}' "http://localhost$2")
	else
		OUT=$(curl -s --max-time 20 --unix-socket "$S" -X "$1" -w ' %{http_code}' "http://localhost$2")
	fi
}
expect() {
	req "$1" "$2" "$3"
	case "$OUT" in
	*"$5"*" $4") echo "ok: $1 $2 $3 -> $4" ;;
	*) fail "$1 $2 $3: expected $4 with '$5', got: $OUT" ;;
	esac
}
# ctl_refused "ARGS": `rvisor ctl` on $S with ARGS (split on blanks) must
# fail with a message on stderr.
ctl_refused() {
	# shellcheck disable=SC2086
	$R ctl --api-socket "$S" $1 >/dev/null 2>"$T/ctl.err" && fail "ctl $1 accepted"
	[ -s "$T/ctl.err" ] || fail "ctl $1: no message"
	echo "ok: ctl $1 refused: $(head -1 "$T/ctl.err")"
}
# wait_api PATH: until GET PATH answers 200 (10 s), e.g. after a reboot
# rebuilt the machine.
# The VM's instructions retired (GET /vm).
vm_instret() {
	req GET /vm
	echo "$OUT" | sed -n 's/.*"instructions_retired": *\([0-9]*\).*/\1/p'
}
# PUT /actions reboot only asks: the VM exits its run and rebuilds itself a
# moment later, and until the new machine runs, a pause is refused (409).
# Wait until it has: its count of instructions retired starts again.
reboot_vm() {
	_before=$(vm_instret)
	expect PUT /actions '{"action_type":"reboot"}' 204 ""
	i=0
	until _now=$(vm_instret) && [ -n "$_now" ] && [ "$_now" -lt "$_before" ]; do
		i=$((i + 1)); [ $i -gt 200 ] && fail "no reboot: $_before instructions retired, then $_now"
		sleep 0.05
	done
}
wait_api() {
	i=0
	until req GET "$1" && case "$OUT" in *" 200") true ;; *) false ;; esac; do
		i=$((i + 1)); [ $i -gt 100 ] && fail "no API answer to GET $1: $OUT"
		sleep 0.1
	done
}
