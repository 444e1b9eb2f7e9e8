#!/bin/sh
# VMs outlive their daemon: after `kill -9` of the daemon, a restarted one
# re-adopts the running VMs (same process, API forwarded, stop works; one
# whose API socket is gone too, stopped by SIGKILL),
# records the exit of a VM killed while it was down (signal 9) and of one
# whose keeper died too (lost), never trusts a recorded pid that now names
# another process (pid reuse), and kills a keeper the inventory does not
# know (a daemon that died between starting a VM and recording it),
# removing its directory; a VM whose keeper is killed while the daemon
# runs is killed too. Nothing is orphaned at the end.
. "$(dirname "$0")/daemonlib.sh"

must 0 "" -- list
for n in a1 a2 a3 a4 a5; do must 0 "" -- create $n --firmware "$T/idle.bin" --mem 64M; done
for n in a1 a2 a3 a5; do must 0 "$n: running" -- start $n; done
pids() { # NAME -> "VMPID KEEPERPID"
	vm show "$1" -o json
	echo "$(field .pids.vm) $(field .pids.keeper)"
}
set -- $(pids a1); A1=$1
set -- $(pids a2); A2=$1
set -- $(pids a3); A3=$1 K3=$2
set -- $(pids a5); A5=$1
vm show a5 -o json
S5=$(field .api_socket)
[ -S "$S5" ] || fail "a5's API socket '$S5' not found"
kill_daemon_9
for p in $A1 $A2 $A3; do kill -0 "$p" || fail "VM $p died with the daemon"; done
echo "ok: VMs run on after kill -9 of the daemon"

# While the daemon is down: a2's VM is killed (its keeper records it); a3's
# keeper and VM are both killed (no record); a5's API socket is removed
# (its VM cannot be asked anything, but is the process recorded); a4's row is made to name a
# process of ours with another start time (a recycled pid); an unknown
# keeper runs a VM in vms/99.
kill -9 "$A2"
kill -9 "$K3" "$A3"
rm "$S5"
sleep 100 &
SLEEPER=$!
sqlite3 "$RVISOR_STATE_DIR/inventory.db" "UPDATE vms SET state='running', keeper_pid=$SLEEPER,
	keeper_start=1, vm_pid=$SLEEPER, vm_start=1 WHERE name='a4'"
mkdir "$RVISOR_STATE_DIR/vms/99"
setsid "$R" __keeper "$RVISOR_STATE_DIR/vms/99/exit.json" "$T/orphan.log" 65536 run \
	--firmware "$T/idle.bin" \
	--memory 64M 3>/dev/null >/dev/null 2>&1 &
for i in $(seq 50); do [ "$(ours | wc -l)" -ge 5 ] && break; sleep 0.1; done
ORPHANS=$(grep -laE -- "vms/99/exit.json" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3)
[ -n "$ORPHANS" ] || fail "the unknown keeper did not start"
sleep 0.5

# A restarted daemon (on demand).
must 0 "a1 .*running" -- list
must 0 "a2 .*stopped .*signaled 9" -- list
must 0 "a3 .*stopped .*lost" -- list
must 0 "a4 .*stopped .*lost" -- list
must 0 "" -- show a1 -o json
[ "$(field .pids.vm)" = "$A1" ] || fail "a1 is not the same process: $OUT"
[ "$(field .runtime.state)" = running ] || fail "a1's API not forwarded: $OUT"
must 0 "" -- show a2 -o json
[ "$(field .last_exit.reason)" = signaled ] && [ "$(field .last_exit.signal)" = 9 ] ||
	fail "a2's exit not recorded: $OUT"
must 0 "" -- show a5 -o json
[ "$(field .state)" = running ] && [ "$(field .pids.vm)" = "$A5" ] && [ -n "$(field .runtime_error)" ] ||
	fail "a5 (alive, API gone) not adopted as the same process: $OUT"
must 0 "a5: stopped" -- stop a5 --timeout 1
kill -0 "$A5" 2>/dev/null && fail "a5 survived stop without its API"
must 0 "a5 .*signaled 9 (stop)" -- list
kill -0 "$SLEEPER" || fail "the daemon killed an unrelated process whose pid was recorded"
kill "$SLEEPER"
for i in $(seq 50); do
	alive=""
	for p in $ORPHANS; do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
	[ -z "$alive" ] && break
	sleep 0.1
done
[ -z "$alive" ] || fail "the unknown keeper or its VM still runs: $alive"
[ -e "$RVISOR_STATE_DIR/vms/99" ] && fail "vms/99 (unknown to the inventory) was left"
echo "ok: re-adopted a1, recorded a2 and a3, spared the recycled pid, killed the unknown keeper"

# The re-adopted VM is managed as before: its exit is seen by the watcher.
must 0 "a1: paused" -- pause a1
must 0 "a1: stopped" -- stop a1 --timeout 5
kill -0 "$A1" 2>/dev/null && fail "a1 survived stop after re-adoption"
must 0 "a1 .*exited 0 (stop)" -- list
must 0 "a1: running" -- start a1
set -- $(pids a1); A1=$1
kill -9 "$A1"
for i in $(seq 50); do vm list; echo "$OUT" | grep -q "a1 .*stopped .*signaled 9" && break; sleep 0.1; done
echo "$OUT" | grep -q "a1 .*stopped .*signaled 9" || fail "a VM killed outside the daemon not recorded: $OUT"
echo "ok: a VM killed behind the daemon's back is recorded"

# A keeper killed behind the daemon's back: its VM does not run on
# unmanaged; recorded lost.
must 0 "a1: running" -- start a1
set -- $(pids a1); A1=$1 K1=$2
kill -9 "$K1"
for i in $(seq 50); do kill -0 "$A1" 2>/dev/null || break; sleep 0.1; done
kill -0 "$A1" 2>/dev/null && fail "VM $A1 runs on after its keeper was killed"
for i in $(seq 50); do vm list; echo "$OUT" | grep -q "a1 .*stopped .*lost" && break; sleep 0.1; done
echo "$OUT" | grep -q "a1 .*stopped .*lost" || fail "a killed keeper's VM not recorded: $OUT"
echo "ok: a VM whose keeper is killed is killed too and recorded lost"

# Nothing orphaned: delete all, stop the daemon; no process, no file.
for n in a1 a2 a3 a4 a5; do must 0 "" -- delete $n; done
DPID=$(daemon_pid)
kill "$DPID"
for i in $(seq 50); do kill -0 "$DPID" 2>/dev/null || break; sleep 0.1; done
left=$(ours)
[ -z "$left" ] || fail "processes left: $left"
[ -z "$(ls -A "$RVISOR_STATE_DIR/vms")" ] || fail "files left: $(ls -A "$RVISOR_STATE_DIR/vms")"
[ -z "$(ls "$RVISOR_RUN_DIR" | grep -v daemon.lock)" ] || fail "run files left: $(ls "$RVISOR_RUN_DIR")"
echo "all daemon re-adoption checks passed"
