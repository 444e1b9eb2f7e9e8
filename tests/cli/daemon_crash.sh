#!/bin/sh
# The daemon killed with -9 at random points while clients create, start,
# kill and delete VMs, then restarted: every time, the inventory, the
# processes and the files agree (a running row has its live VM; every VM
# or keeper process of the test belongs to a running row, but for the
# daemon's one spare keeper; every VM
# directory has a row and every row its directory; no socket of a stopped
# VM), and the restarted daemon serves every VM it shows.
. "$(dirname "$0")/daemonlib.sh"

ROUNDS=${DAEMON_CRASH_ROUNDS:-6} # more: DAEMON_CRASH_ROUNDS=20
agree() {
	# Wait for runs the restarted daemon is still settling (starting).
	for i in $(seq 50); do
		[ "$(q "SELECT COUNT(*) FROM vms WHERE state = 'starting'")" = 0 ] && break
		sleep 0.1
	done
	[ "$(q "SELECT COUNT(*) FROM vms WHERE state = 'starting'")" = 0 ] ||
		fail "round $1: a run stays 'starting': $(q 'SELECT name, state FROM vms')"
	running=$(q "SELECT id || ':' || vm_pid || ':' || keeper_pid FROM vms WHERE state = 'running'" | tr '\n' ' ')
	for r in $running; do
		id=${r%%:*} rest=${r#*:}
		vp=${rest%%:*} kp=${rest#*:}
		kill -0 "$vp" 2>/dev/null || fail "round $1: VM $id recorded running, pid $vp is gone"
		tr '\0' ' ' <"/proc/$vp/cmdline" | grep -q "vm-$id.sock" ||
			fail "round $1: pid $vp is not VM $id"
		kill -0 "$kp" 2>/dev/null || fail "round $1: VM $id's keeper $kp is gone"
	done
	dp=$(daemon_pid)
	spares=0
	for p in $(ours); do
		[ "$p" = "$dp" ] && continue
		cmd=$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null) || continue
		[ -z "$cmd" ] && continue # exited meanwhile
		# (Under the sandbox's PID namespace the recorded VM pid is a
		# relay, and its child runs the guest: that child is the row's.)
		pp=$(awk '{print $4}' "/proc/$p/stat" 2>/dev/null)
		# The daemon's spare keeper (one, its child) holds no VM.
		case "$cmd" in
		"rvisor __spare $RVISOR_STATE_DIR/vms/ "*)
			if [ "$pp" = "$dp" ]; then
				spares=$((spares + 1))
				[ "$spares" -le 1 ] || fail "round $1: more than one spare keeper"
				continue
			fi
			;;
		esac
		case " $running " in
		*":$p "* | *":$p:"* | *":$pp:"*) ;;
		*)
			# A keeper or VM that is no running row's: allowed only while
			# it is dying (killed by the restarted daemon just now).
			sleep 0.5
			kill -0 "$p" 2>/dev/null && [ -n "$(tr -d '\0' <"/proc/$p/cmdline" 2>/dev/null)" ] &&
				[ "$(awk '{print $3}' "/proc/$p/stat" 2>/dev/null)" != Z ] &&
				fail "round $1: process $p ($cmd) is unknown to the inventory: $running"
			;;
		esac
	done
	rows=$(q "SELECT id FROM vms ORDER BY id" | tr '\n' ' ')
	dirs=$(ls "$RVISOR_STATE_DIR/vms" | sort -n | tr '\n' ' ')
	[ "$rows" = "$dirs" ] || fail "round $1: rows [$rows] but directories [$dirs]"
	for s in "$RVISOR_RUN_DIR"/vm-*.sock; do
		[ -e "$s" ] || continue
		id=${s##*/vm-}
		id=${id%.sock}
		[ "$(q "SELECT state FROM vms WHERE id = $id")" = running ] ||
			fail "round $1: socket $s of a VM that is not running"
	done
	vm list
	[ "$RC" = 0 ] || fail "round $1: list after restart: $OUT"
	echo "ok: round $1: $(q "SELECT COUNT(*) FROM vms") VMs, running: [$running], directories [$dirs]"
}

must 0 "" -- list
round=0
while [ $round -lt "$ROUNDS" ]; do
	round=$((round + 1))
	i=$round
	# Clients at work on three VMs of this round...
	(
		for n in c$i d$i e$i; do
			"$R" vm create $n --firmware "$T/idle.bin" --mem 64M
			"$R" vm start $n
		done
		"$R" vm kill d$i
		"$R" vm delete --force e$i
	) >/dev/null 2>&1 &
	CL=$!
	# ... and the daemon killed -9 at a random moment among them.
	sleep "$(awk -v r="$round" 'BEGIN { print r % 2 }').$(awk -v s="$round" 'BEGIN { srand(s); printf "%03d", int(rand() * 999) }')"
	kill -9 "$(daemon_pid)" 2>/dev/null
	wait $CL
	# The client may have restarted a daemon itself: kill that one too so
	# each round restarts from a killed daemon.
	DP=$(daemon_pid 2>/dev/null)
	[ -n "$DP" ] && kill -9 "$DP"
	sleep 0.2
	must 0 "" -- list
	agree $round
	# Start the next round clean (at most three VMs at a time).
	for n in $(q "SELECT name FROM vms"); do must 0 "" -- delete --force "$n"; done
done

# Everything can be removed afterwards; nothing is left.
for n in $(q "SELECT name FROM vms"); do must 0 "" -- delete --force "$n"; done
kill "$(daemon_pid)"
sleep 0.5
left=$(ours)
[ -z "$left" ] || fail "processes left: $left"
[ -z "$(ls -A "$RVISOR_STATE_DIR/vms")" ] || fail "files left"
echo "all daemon crash checks passed"
