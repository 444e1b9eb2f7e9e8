#!/bin/sh
# A guest that prints without end cannot fill the host's disk through the
# daemon: a managed VM's console log is kept to --log-max bytes plus the
# previous --log-max in console.log.1, while the output keeps flowing.
. "$(dirname "$0")/daemonlib.sh"

# lui a0,0x10000; li a1,'x'; 1: sb a1,0(a0); j 1b  (the UART, forever)
printf '\067\005\000\020\223\005\200\007\043\000\265\000\157\360\337\377' >"$T/spam.bin"
"$R" daemon --state-dir "$RVISOR_STATE_DIR" --run-dir "$RVISOR_RUN_DIR" --log-max 8192 >"$T/daemon.out" 2>&1 || fail "daemon did not start: $(cat "$T/daemon.out")"
must 0 "" -- create spam --firmware "$T/spam.bin" --mem 64M
must 0 "spam: running" -- start spam
LOG="$RVISOR_STATE_DIR/vms/1/console.log"
for i in $(seq 100); do [ -e "$LOG.1" ] && break; sleep 0.1; done
[ -e "$LOG.1" ] || fail "the log was not rotated: $(stat -c %s "$LOG") bytes"
s0=$(cat "$LOG" "$LOG.1" | wc -c)
# Rotations every few milliseconds meanwhile: a reader (vm logs) always
# finds both files (the rotation only renames over them).
i=0
while [ $i -lt 500 ]; do
	[ -e "$LOG" ] && [ -e "$LOG.1" ] || fail "a log file was missing during a rotation (check $i)"
	i=$((i + 1))
done
sleep 2
s1=$(stat -c %s "$LOG") s2=$(stat -c %s "$LOG.1")
[ "$s1" -le 8192 ] && [ "$s2" -le 8192 ] || fail "logs over the limit: $s1 and $s2 bytes"
grep -q xxxx "$LOG" || fail "the current log does not hold the latest output"
echo "ok: console.log $s1 bytes, console.log.1 $s2 bytes (limit 8192; $s0 after the first rotation)"
must 0 "spam: stopped" -- kill spam
must 0 "" -- delete spam
[ -z "$(ls -A "$RVISOR_STATE_DIR/vms")" ] || fail "files left: $(ls -A "$RVISOR_STATE_DIR/vms/"*)"
kill "$(daemon_pid)"
echo "all daemon console log checks passed"
