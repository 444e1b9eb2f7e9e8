#!/bin/sh
# A managed VM's whole life through `rvisor vm` (the daemon started on
# demand in temporary directories): create, list, show, start, pause,
# resume, modify while running (pending), stop, kill, delete; the exit
# recorded each time; bad input refused with the rule or field named and
# nothing left behind; the socket and inventory private to their owner.
. "$(dirname "$0")/daemonlib.sh"

# --help on every verb (no daemon needed), exit 0.
for v in create list show start stop restart kill pause resume delete modify; do
	must 0 "usage: rvisor vm $v" -- $v --help
done
must 0 "verbs:" -- --help
must 2 "no verb" --
OUT=$("$R" daemon --help) || fail "rvisor daemon --help failed"
echo "$OUT" | grep -q -- "--state-dir" || fail "daemon --help: $OUT"

# On demand: no daemon yet, `vm list` starts one.
[ -e "$S" ] && fail "a daemon socket before the test"
must 0 "NAME" -- list
[ -S "$S" ] || fail "vm list did not start a daemon"
DPID=$(daemon_pid)
[ -n "$DPID" ] || fail "no daemon pid"
must 0 "" -- --no-autostart list

# Owner only: run dir 0700, socket and inventory 0600.
[ "$(stat -c %a "$RVISOR_RUN_DIR")" = 700 ] || fail "run dir is $(stat -c %a "$RVISOR_RUN_DIR")"
[ "$(stat -c %a "$S")" = 600 ] || fail "socket is $(stat -c %a "$S")"
[ "$(stat -c %a "$RVISOR_STATE_DIR/inventory.db")" = 600 ] || fail "inventory is not 0600"
[ "$(q 'PRAGMA journal_mode')" = wal ] || fail "inventory not in WAL mode"
[ "$(q "SELECT MAX(version) FROM schema_migrations")" -ge 1 ] || fail "no schema version"

# create: relative paths become absolute; show -o json gives the config.
cd "$T" && must 0 "a1: stopped" -- create a1 --firmware idle.bin --cpus 2 --mem 64M && cd - >/dev/null
must 0 "" -- show a1 -o json
[ "$(field .config.firmware)" = "$T/idle.bin" ] || fail "firmware path not absolute: $OUT"
[ "$(field .config.cpus)" = 2 ] || fail "cpus not recorded"
must 0 "a1 .*stopped .*2 .*64M" -- list
must 1 "already exists" -- create a1 --firmware "$T/idle.bin"

# start / pause / resume.
must 0 "a1: running" -- start a1
must 0 "" -- show a1 -o json
VPID=$(field .pids.vm)
kill -0 "$VPID" || fail "VM process $VPID not running"
[ "$(field .runtime.vcpus)" = 2 ] || fail "runtime not forwarded: $OUT"
must 1 "already running" -- start a1
must 0 "a1: paused" -- pause a1
must 0 "a1 .*paused" -- list
must 0 "a1: running" -- resume a1

# A VM outlives its client and does not share the daemon's session.
[ "$(ps -o sid= -p "$VPID")" != "$(ps -o sid= -p "$DPID")" ] || fail "VM in the daemon's session"

# modify while running: recorded, pending until the next start.
must 0 "" -- modify a1 --cpus 1
must 0 "configuration changed" -- show a1
must 0 "" -- show a1 -o json
[ "$(field .config.cpus)" = 1 ] || fail "modify not recorded"

# restart: a new process with the new configuration.
must 0 "a1: running" -- restart a1 --timeout 5
must 0 "" -- show a1 -o json
[ "$(field .pids.vm)" != "$VPID" ] && [ "$(field .pending_changes)" = 0 ] &&
	[ "$(field .last_exit.requested)" = stop ] || fail "restart: $OUT"
kill -0 "$VPID" 2>/dev/null && fail "the old VM process $VPID survived restart"
VPID=$(field .pids.vm)
must 0 "" -- modify a1 --cpus 2

# delete refuses a running VM; stop shuts it down (recorded).
must 1 "running" -- delete a1
must 0 "a1: stopped" -- stop a1 --timeout 5
kill -0 "$VPID" 2>/dev/null && fail "VM process $VPID survived stop"
must 0 "exited 0 (stop)" -- list
[ -e "$RVISOR_RUN_DIR/vm-1.sock" ] && fail "the VM's socket was left behind"
must 1 "not running" -- stop a1

# kill: SIGKILL, recorded as signaled 9.
must 0 "" -- modify a1 --cpus 1
must 0 "a1: running" -- start a1
must 0 "" -- show a1 -o json
[ "$(field .config.cpus)" = 1 ] && [ "$(field .pending_changes)" = 0 ] ||
	fail "the new configuration was not applied at start: $OUT"
VPID=$(field .pids.vm)
must 0 "a1: stopped" -- kill a1
must 0 "signaled 9 (kill)" -- list
kill -0 "$VPID" 2>/dev/null && fail "VM process $VPID survived kill"

# Many clients at once are all served.
for k in $(seq 20); do
	curl -s -o /dev/null -w '%{http_code}\n' --max-time 20 --unix-socket "$S" http://localhost/vms/a1 >"$T/par$k" &
done
wait
[ "$(cat "$T"/par* | sort -u)" = 200 ] || fail "20 concurrent clients: $(cat "$T"/par* | sort | uniq -c)"
echo "ok: 20 concurrent clients served"

# Operations on one VM are serialised: of two concurrent starts, one
# starts the VM and the other is refused (409: busy or already running).
"$R" vm start a1 >"$T/s1" 2>&1 &
S1=$!
"$R" vm start a1 >"$T/s2" 2>&1
st2=$?
wait $S1
st1=$?
[ $((st1 + st2)) -eq 1 ] || fail "two concurrent starts: statuses $st1 and $st2: $(cat "$T/s1" "$T/s2")"
cat "$T/s1" "$T/s2" | grep -qE "busy: start in progress|already running" ||
	fail "the refused start does not say why: $(cat "$T/s1" "$T/s2")"
echo "ok: concurrent starts: one started, one refused: $(cat "$T/s1" "$T/s2" | grep -E 'busy|already')"
must 0 "a1: stopped" -- kill a1

# delete --force of a running VM; its files go, nothing else.
must 0 "a1: running" -- start a1
touch "$RVISOR_STATE_DIR/vms/keep-me"
must 0 "" -- delete a1 --force
[ "$(q 'SELECT COUNT(*) FROM vms')" = 0 ] || fail "row left after delete"
[ -e "$RVISOR_STATE_DIR/vms/1" ] && fail "VM directory left after delete"
[ -e "$RVISOR_STATE_DIR/vms/keep-me" ] || fail "delete removed a file it does not own"
must 3 "no VM named 'a1'" -- show a1

# Bad input: the rule or the field is named, exit 2; nothing recorded.
must 2 "letters, digits" -- create "bad/name" --firmware "$T/idle.bin"
must 2 "1 to 63 characters" -- create "$(printf 'x%.0s' $(seq 64))" --firmware "$T/idle.bin"
must 2 "starting with a letter or digit" -- create _x --firmware "$T/idle.bin"
must 2 "expected 1..8" -- create b --cpus 9
must 2 "size" -- create b --mem lots
must 2 "not a device kind" -- create b --device frob,x=1
must 2 "cannot be combined" -- create b --firmware "$T/idle.bin" --kernel "$T/idle.bin"
must 2 "does not apply" -- start b --cpus 2
must 2 "unknown verb" -- frobnicate b
must 3 "no VM named" -- start nosuch
for body in '{"name":"b","cpus":"2"}' '{"name":"b","colour":"red"}' '{"name":"b","disks":"x"}' \
	'{"name":"b","kernel":"rel/Image"}' '[1]' '{"name":"b","name":"c"}' 'not json'; do
	OUT=$(curl -s --unix-socket "$S" -X POST -d "$body" -w ' %{http_code}' http://localhost/vms)
	case "$OUT" in
	*'"fault_message"'*" 400") echo "ok: POST /vms $body -> 400: $OUT" ;;
	*) fail "POST /vms $body: expected 400, got $OUT" ;;
	esac
done
OUT=$(curl -s --unix-socket "$S" -X POST -d '{"name":"b","colour":"red"}' http://localhost/vms)
echo "$OUT" | grep -q "unknown field 'colour'" || fail "unknown field not named: $OUT"
OUT=$(curl -s --unix-socket "$S" -X POST -d '{"name":"b","cpus":"2"}' http://localhost/vms)
echo "$OUT" | grep -q "field 'cpus'" || fail "wrong type not named: $OUT"
[ "$(q 'SELECT COUNT(*) FROM vms')" = 0 ] || fail "a refused create left a row"
[ "$(ls "$RVISOR_STATE_DIR/vms")" = keep-me ] || fail "a refused create left files"

# A start that fails (missing file; options the VM refuses) says why and
# leaves no process.
must 0 "" -- create c --firmware "$T/idle.bin" --disk "$T/missing.img"
must 2 "disk $T/missing.img" -- start c
must 0 "" -- modify c --unset disks --device "rng,frobnicate=1"
must 1 "did not start: .*frobnicate" -- start c
must 0 "c .*stopped" -- list
must 0 "" -- delete c
[ "$(q 'SELECT COUNT(*) FROM vms')" = 0 ] || fail "rows left"

# The daemon stops on SIGTERM; nothing of the test keeps running.
kill "$DPID"
for i in $(seq 50); do kill -0 "$DPID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$DPID" 2>/dev/null && fail "daemon did not stop on SIGTERM"
[ -e "$S" ] && fail "daemon socket left after SIGTERM"
left=$(ours)
[ -z "$left" ] || fail "processes left: $left"
echo "all daemon lifecycle checks passed"
