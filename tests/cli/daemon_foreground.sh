#!/bin/sh
# `rvisor daemon --foreground` (as systemd runs it): serves until SIGTERM
# and exits 0, leaving its VMs running; a second daemon on the same
# directories is refused (exit 1, naming the lock); bad options exit 2.
. "$(dirname "$0")/daemonlib.sh"

"$R" daemon --state-dir "$RVISOR_STATE_DIR" --run-dir "$RVISOR_RUN_DIR" --foreground \
	>"$T/fg.out" 2>&1 &
FG=$!
for i in $(seq 100); do [ -S "$S" ] && break; sleep 0.1; done
[ -S "$S" ] || fail "no socket from the foreground daemon: $(cat "$T/fg.out")"
[ "$(daemon_pid)" = "$FG" ] || fail "another process serves the socket"
grep -q "serving $S" "$T/fg.out" || fail "the foreground daemon does not log to stderr"

"$R" daemon --state-dir "$RVISOR_STATE_DIR" --run-dir "$RVISOR_RUN_DIR" --foreground \
	>"$T/second.out" 2>&1
st=$?
[ $st -eq 1 ] && grep -q "another rvisor daemon serves" "$T/second.out" ||
	fail "a second daemon: status $st: $(cat "$T/second.out")"
echo "ok: a second daemon is refused: $(cat "$T/second.out")"

must 0 "" -- create v --firmware "$T/idle.bin" --mem 64M
must 0 "v: running" -- start v
vm show v -o json
VP=$(field .pids.vm)
kill -TERM "$FG"
wait "$FG"
st=$?
[ $st -eq 0 ] || fail "the daemon exited with $st after SIGTERM"
[ -e "$S" ] && fail "the socket is left after SIGTERM"
kill -0 "$VP" || fail "the VM ended with the daemon"
echo "ok: SIGTERM: exit 0, the VM runs on"

# Restarted (on demand), it still knows v; clean up through it.
must 0 "v .*running" -- list
must 0 "" -- delete --force v

for bad in "--log-max 10" "--log-max x" "--frob" "extra"; do
	# shellcheck disable=SC2086
	"$R" daemon --state-dir "$T/other" --run-dir "$T/other-run" $bad >"$T/bad.out" 2>&1
	st=$?
	[ $st -eq 2 ] && [ -s "$T/bad.out" ] || fail "daemon $bad: status $st: $(cat "$T/bad.out")"
	echo "ok: daemon $bad -> 2: $(head -1 "$T/bad.out")"
done
kill "$(daemon_pid)"
echo "all foreground daemon checks passed"
