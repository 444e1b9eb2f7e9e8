# Shared preamble of the daemon tests in tests/cli (sourced, not run):
# moves to the repository root, skips (77) without curl or sqlite3, and
# provides
#   R         the rvisor binary ($RVISOR overrides)
#   T         a temporary directory, removed at exit, with idle.bin (a
#             firmware that idles in wfi) and bad.bin (an empty file)
#   RVISOR_STATE_DIR, RVISOR_RUN_DIR
#             exported, inside $T: every daemon of the test (started on
#             demand by `rvisor vm`) uses them, never the real directories
#   S         the daemon's socket
#   fail MESSAGE...   print FAIL, the daemon's log and VM logs, exit 1
#   vm ARGS...        `rvisor vm ARGS`: output in $OUT, status in $RC
#   must STATUS PATTERN -- ARGS...
#                     vm ARGS; fail unless it exits STATUS and prints PATTERN
#   q SQL             sqlite3 query on the inventory (read only)
#   daemon_pid        the serving daemon's pid (GET /info)
#   ours              pids of every process whose command line names $T
#   field PATH        the value at PATH (.a.b) in $OUT (JSON)
#   vm_process PID    the process of VM process PID that runs the guest
#                     (tests/cli/vmlib.sh)
# At exit, every process that names $T is killed (-9) by pid.
cd "$(dirname "$0")/../.." || exit 2
. tests/cli/vmlib.sh
R=${RVISOR:-$PWD/build/rvisor}
command -v curl >/dev/null || { echo "curl missing: skipping"; exit 77; }
command -v sqlite3 >/dev/null || { echo "sqlite3 missing: skipping"; exit 77; }
T=$(mktemp -d)
export RVISOR_STATE_DIR="$T/state" RVISOR_RUN_DIR="$T/run"
unset RVISOR_NO_AUTOSTART
S="$RVISOR_RUN_DIR/rvisor.sock"
printf '\163\000\120\020\157\360\337\377' >"$T/idle.bin" # 1: wfi; j 1b
: >"$T/bad.bin"

ours() {
	# (the pattern does not match grep's own command line)
	grep -laE -- "$T/(state|run|idle|bad)" /proc/[0-9]*/cmdline 2>/dev/null |
		sed -n 's|^/proc/\([0-9]*\)/cmdline$|\1|p'
}
cleanup() {
	for p in $(ours); do kill -9 "$p" 2>/dev/null; done
	rm -rf "$T"
}
trap cleanup EXIT
fail() {
	echo "FAIL: $*"
	echo "--- daemon.log"
	tail -20 "$RVISOR_STATE_DIR/daemon.log" 2>/dev/null
	for f in "$RVISOR_STATE_DIR"/vms/*/console.log; do
		[ -f "$f" ] && { echo "--- $f"; tail -5 "$f"; }
	done
	exit 1
}
vm() {
	OUT=$("$R" vm "$@" 2>&1 </dev/null)
	RC=$?
}
must() {
	want=$1 pat=$2
	shift 3
	vm "$@"
	if [ "$RC" -ne "$want" ] || { [ -n "$pat" ] && ! echo "$OUT" | grep -qi -- "$pat"; }; then
		fail "rvisor vm $* -> status $RC (want $want${pat:+, '$pat'}), output: $OUT"
	fi
	echo "ok: vm $* -> $RC: $(echo "$OUT" | head -1)"
}
q() { sqlite3 -readonly "$RVISOR_STATE_DIR/inventory.db" "$1"; }
# JSON through sqlite3's json_extract (python's start-up takes seconds on
# a loaded host): PATH is like .config.cpus; true/false print 1/0.
json_get() {
	sqlite3 :memory: "SELECT json_extract('$(printf %s "$2" | sed "s/'/''/g")', '\$$1')"
}
daemon_pid() {
	json_get .pid "$(curl -s --max-time 5 --unix-socket "$S" http://localhost/info)"
}
field() { json_get "$1" "$OUT"; }
# kill -9 the daemon and wait until its socket refuses connections: until
# then a command may reach a listener no one serves (the dying daemon, or a
# child it forked that has not yet exec'd, a spare keeper say) and get its
# connection reset instead of starting a new daemon. Sets DPID.
kill_daemon_9() {
	DPID=$(daemon_pid)
	kill -9 "$DPID"
	for _i in $(seq 100); do
		curl -s --max-time 1 --unix-socket "$S" http://localhost/info >/dev/null 2>&1
		[ $? -eq 7 ] && break # could not connect: nothing listens
		sleep 0.05
	done
}
