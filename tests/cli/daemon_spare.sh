#!/bin/sh
# The spare keeper (docs/daemon.md, "Spare keeper"): the daemon keeps one
# idle exec of rvisor ready, holding nothing but its socket to the daemon;
# a start makes it the VM's keeper (the keeper's pid is the spare's) and a
# new spare replaces it; a spare that dies is replaced; the daemon killed
# with -9 leaves no spare behind (it ends when its socket closes), and a
# restarted daemon ends a previous daemon's spare that could not end
# (stopped); a daemon that stops leaves none.
. "$(dirname "$0")/daemonlib.sh"

spare_pid() {
	json_get .spare_keeper_pid "$(curl -s --max-time 5 --unix-socket "$S" http://localhost/info)"
}
# Wait (10 s at most) for a spare other than $1; prints its pid.
new_spare() {
	for _ in $(seq 100); do
		sp=$(spare_pid)
		[ -n "$sp" ] && [ "$sp" != "$1" ] && { echo "$sp"; return; }
		sleep 0.1
	done
}
gone() { # PID: no such process, or a zombie
	[ ! -d "/proc/$1" ] || [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" = Z ]
}
wait_gone() {
	for _ in $(seq 100); do gone "$1" && return 0; sleep 0.1; done
	return 1
}
spares() { # pids of the spares of this test's state directory
	grep -laE -- "^rvisor.__spare.$RVISOR_STATE_DIR/vms/" /proc/[0-9]*/cmdline 2>/dev/null |
		sed -n 's|^/proc/\([0-9]*\)/cmdline$|\1|p'
}

must 0 "" -- list
DP=$(daemon_pid)
SP=$(new_spare "")
[ -n "$SP" ] || fail "no spare keeper in GET /info"
[ "$(tr '\0' ' ' <"/proc/$SP/cmdline" | cut -d' ' -f1-3)" = "rvisor __spare $RVISOR_STATE_DIR/vms/" ] ||
	fail "spare $SP's command line: $(tr '\0' ' ' <"/proc/$SP/cmdline" | cut -c1-120)"
[ "$(awk '{print $4}' "/proc/$SP/stat")" = "$DP" ] || fail "spare $SP is not the daemon's child"
# Nothing of a VM's or of the daemon's: /dev/null on 0..2, its socket on 3.
fds=$(ls "/proc/$SP/fd" | sort -n | tr '\n' ' ')
[ "$fds" = "0 1 2 3 " ] || fail "spare $SP holds descriptors $fds"
for f in 0 1 2; do
	[ "$(readlink "/proc/$SP/fd/$f")" = /dev/null ] || fail "spare's fd $f: $(readlink "/proc/$SP/fd/$f")"
done
case "$(readlink "/proc/$SP/fd/3")" in socket:*) ;; *) fail "spare's fd 3 is not a socket" ;; esac
echo "ok: spare $SP waits, holding only its socket"

# A start takes the spare: it becomes the VM's keeper.
must 0 "" -- create f --firmware "$T/idle.bin" --mem 64M
must 0 running -- start f
vm show f -o json
KP=$(field .pids.keeper) VP=$(field .pids.vm)
[ "$KP" = "$SP" ] || fail "the VM's keeper is $KP, not the spare $SP"
grep -q "started VM 'f'.*(the spare keeper)" "$RVISOR_STATE_DIR/daemon.log" ||
	fail "the start's log line does not name the spare"
case "$(tr '\0' ' ' <"/proc/$KP/cmdline")" in
"rvisor __keeper $RVISOR_STATE_DIR/vms/"*"/exit.json "*) ;;
*) fail "keeper $KP's command line: $(tr '\0' ' ' <"/proc/$KP/cmdline" | cut -c1-120)" ;;
esac
case "$(tr '\0' ' ' <"/proc/$VP/cmdline")" in
"rvisor run --api-socket $RVISOR_RUN_DIR/vm-"*) ;;
*) fail "VM $VP's command line: $(tr '\0' ' ' <"/proc/$VP/cmdline" | cut -c1-120)" ;;
esac
[ "$(awk '{print $4}' "/proc/$VP/stat")" = "$KP" ] || fail "VM $VP is not its keeper's child"
[ "$(readlink "/proc/$KP/fd/1")" = "$RVISOR_STATE_DIR/vms/$(field .id)/console.log" ] ||
	fail "keeper's output is not the VM's log: $(readlink "/proc/$KP/fd/1")"
echo "ok: the start used spare $SP as its keeper (VM $VP)"

SP2=$(new_spare "$SP")
[ -n "$SP2" ] || fail "no new spare after the start"
echo "ok: spare $SP2 replaced it"

# A spare that dies is noticed and replaced.
kill -9 "$SP2"
SP3=$(new_spare "$SP2")
[ -n "$SP3" ] || fail "the killed spare $SP2 was not replaced"
wait_gone "$SP2" || fail "the killed spare $SP2 was not reaped"
grep -q "spare keeper $SP2 ended" "$RVISOR_STATE_DIR/daemon.log" || fail "the spare's end not logged"
echo "ok: a killed spare was replaced by $SP3"

# The daemon killed -9: its spare ends with it (its socket closes); the VM
# runs on and is re-adopted.
kill -9 "$DP"
wait_gone "$SP3" || fail "spare $SP3 outlived its daemon killed with -9"
must 0 "f .*running" -- list
DP2=$(daemon_pid)
SP4=$(new_spare "")
[ -n "$SP4" ] || fail "no spare after the restart"
[ "$(spares | tr '\n' ' ')" = "$SP4 " ] || fail "spares after the restart: $(spares | tr '\n' ' ')"
kill -0 "$VP" || fail "VM $VP did not survive the daemon's restart"
echo "ok: no spare left by the killed daemon; the restarted one ($DP2) made $SP4"

# A spare that could not end with its daemon (stopped) is ended by the
# next daemon.
kill -STOP "$SP4"
kill -9 "$DP2"
sleep 0.5
kill -0 "$SP4" 2>/dev/null || fail "the stopped spare ended by itself: the case is not tested"
must 0 "f .*running" -- list
wait_gone "$SP4" || fail "the restarted daemon left the previous daemon's spare $SP4"
grep -q "ending a previous daemon's spare keeper $SP4" "$RVISOR_STATE_DIR/daemon.log" ||
	fail "the stale spare's end not logged"
SP5=$(new_spare "$SP4")
[ -n "$SP5" ] || fail "no spare after the second restart"
echo "ok: the restarted daemon ended the stale spare $SP4 and made $SP5"

# A daemon that stops leaves no spare (nor anything else of the test).
must 0 "" -- delete --force f
DP3=$(daemon_pid)
kill "$DP3"
wait_gone "$DP3" || fail "the daemon did not stop"
left=$(ours)
[ -z "$left" ] || fail "processes left: $left"
echo "PASS"
