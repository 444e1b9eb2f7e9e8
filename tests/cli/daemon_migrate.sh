#!/bin/sh
# Live migration between two daemons (docs/daemon.md "Migration between
# daemons"): a source daemon (the test's RVISOR_STATE_DIR/RUN_DIR) and a
# destination daemon (its own directories under $T, --web on loopback,
# --migrate-listen 127.0.0.1). A firmware printing a counter moves with
# `rvisor vm migrate`: the counter continues at the destination, the VM
# leaves the source's inventory and runs in the destination's. A wrong
# token is refused with nothing changed; killing the destination (its
# daemon and its incoming VM) mid-way leaves the source running and both
# inventories without a stray row.
. tests/cli/daemonlib.sh

# s0 = counter; loop: print s0 in decimal and a newline on the UART, spin.
printf '\023\004\000\000\267\004\000\020\027\031\000\000\223\011\240\000\023\004\024\000\223\002\004\000\023\003\011\002\023\016\240\000\043\000\303\001\263\376\062\003\263\322\062\003\223\216\016\003\023\003\363\377\043\000\323\001\343\226\002\376\203\116\003\000\043\200\324\001\023\003\023\000\343\232\316\377\067\037\003\000\033\017\017\324\023\017\377\377\343\036\017\376\157\360\137\373' >"$T/counter.bin"

DS="$T/state-dst" DR="$T/run-dst"
printf 'migrate-test-web-token-0123456789\n' >"$T/web.token"
printf 'not-the-destination-token-000000\n' >"$T/wrong.token"
chmod 600 "$T/web.token" "$T/wrong.token"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

start_dst() {
	"$R" daemon --foreground --state-dir "$DS" --run-dir "$DR" \
		--web "127.0.0.1:$PORT" --web-token-file "$T/web.token" \
		--migrate-listen 127.0.0.1 2>>"$T/dst.log" &
	DPID=$!
	for _ in $(seq 100); do
		[ -S "$DR/rvisor.sock" ] && curl -s --max-time 2 "http://127.0.0.1:$PORT/" \
			>/dev/null && return 0
		sleep 0.1
	done
	cat "$T/dst.log"
	fail "the destination daemon did not start"
}
# rvisor vm on the destination's daemon
dvm() {
	OUT=$(RVISOR_STATE_DIR=$DS RVISOR_RUN_DIR=$DR "$R" vm --no-autostart "$@" 2>&1 </dev/null)
	RC=$?
}
dq() { sqlite3 -readonly "$DS/inventory.db" "$1"; }
# The last complete number a VM's console log holds.
last_number() { tail -c 4096 "$1" | sed '$d' | grep -E '^[0-9]+$' | tail -1; }
# Wait (up to 20 s) until the counter in log $1 passes $2.
advances() {
	for _ in $(seq 200); do
		n=$(last_number "$1")
		[ -n "$n" ] && [ "$n" -gt "$2" ] && return 0
		sleep 0.1
	done
	return 1
}
# Processes of this test only: their command line names path $1 (in $T).
pids_naming() {
	grep -laF -- "$1" /proc/[0-9]*/cmdline 2>/dev/null |
		sed -n 's|^/proc/\([0-9]*\)/cmdline$|\1|p' |
		while read -r p; do # alive, and not the grep above
			c=$(cat "/proc/$p/comm" 2>/dev/null)
			[ -n "$c" ] && [ "$c" != grep ] && echo "$p"
		done
}

start_dst
must 0 "" -- create c --firmware "$T/counter.bin" --mem 64M
must 0 "" -- start c
ID=$(q "SELECT id FROM vms WHERE name = 'c'")
LOG="$RVISOR_STATE_DIR/vms/$ID/console.log"
for _ in $(seq 100); do [ -n "$(last_number "$LOG")" ] && break; sleep 0.1; done

# 1. A wrong token: refused (exit 2), the VM runs on here, nothing there.
must 2 "token" -- migrate c --to "127.0.0.1:$PORT" --token-file "$T/wrong.token"
[ "$(q "SELECT state FROM vms WHERE name = 'c'")" = running ] ||
	fail "after the refused migration the source does not record c running"
[ "$(dq "SELECT count(*) FROM vms")" = 0 ] || fail "the destination recorded a VM"
# A token file that cannot be read: bad usage, nothing asked.
must 2 "" -- migrate c --to "127.0.0.1:$PORT" --token-file /nonexistent
# A body with a key twice is refused, as on every other route.
OUT=$(curl -s -w ' %{http_code}' --unix-socket "$S" -X POST http://x/vms/c/migrate \
	-d '{"to":"127.0.0.1:1","to":"127.0.0.1:2"}')
case "$OUT" in *duplicate*" 400") ;; *) fail "a duplicate key in POST /vms/c/migrate: $OUT" ;; esac

# 2. The migration: the counter continues there, c moves between inventories.
before=$(last_number "$LOG")
t0=$(date +%s.%N)
must 0 "migrated to 127.0.0.1:$PORT" -- migrate c --to "127.0.0.1:$PORT" --token-file "$T/web.token"
echo "vm migrate took $(echo "$(date +%s.%N) - $t0" | bc 2>/dev/null || echo '?') s"
[ "$(q "SELECT count(*) FROM vms WHERE name = 'c'")" = 0 ] ||
	fail "the source still records c after the migration"
[ ! -e "$RVISOR_STATE_DIR/vms/$ID" ] || fail "the source kept c's directory"
vm list
echo "$OUT" | grep -q '^c ' && fail "vm list on the source still shows c: $OUT"
dvm show c -o json
[ "$RC" = 0 ] && [ "$(field .state)" = running ] || fail "the destination does not run c: $OUT"
DID=$(field .id)
DLOG="$DS/vms/$DID/console.log"
for _ in $(seq 100); do
	n=$(grep -cE '^[0-9]+$' "$DLOG" 2>/dev/null)
	[ "${n:-0}" -ge 3 ] && break
	sleep 0.1
done
head -4 "$DLOG"
first=$(grep -E "^[0-9]+$" "$DLOG" | sed -n 2p) # the first may end a number begun at the source
[ -n "$first" ] && [ -n "$before" ] && [ "$first" -gt "$before" ] ||
	fail "the counter did not continue at the destination (source $before, destination $first)"
advances "$DLOG" "$first" || fail "the counter does not advance at the destination"
echo "ok: counter $before at the source before migrating, $first.. at the destination"
dvm list
echo "$OUT" | grep -qE '^c +running' || fail "vm list on the destination: $OUT"
# Nothing of c runs for the source any more.
left=$(pids_naming "$RVISOR_RUN_DIR/vm-$ID.sock")
[ -z "$left" ] || fail "c's source process still runs: $(for p in $left; do tr '\0' ' ' <"/proc/$p/cmdline"; echo; done)"

# 3. Killing the destination mid-way: the source's VM runs on.
must 0 "" -- create c2 --firmware "$T/counter.bin" --mem 64M
must 0 "" -- start c2
ID2=$(q "SELECT id FROM vms WHERE name = 'c2'")
# At 4 KiB/s the counter's page dirtied in every round keeps it in pre-copy.
"$R" vm migrate c2 --to "127.0.0.1:$PORT" --token-file "$T/web.token" --max-bandwidth 4096 \
	>"$T/m2.out" 2>&1 </dev/null &
MPID=$!
phase=
for _ in $(seq 200); do
	phase=$(curl -s --max-time 2 --unix-socket "$RVISOR_RUN_DIR/vm-$ID2.sock" http://x/migrate |
		sed -n 's/.*"state":"\([a-z-]*\)".*/\1/p')
	[ "$phase" = precopy ] && break
	sleep 0.1
done
[ "$phase" = precopy ] || fail "the migration of c2 did not reach pre-copy (state '$phase')"
dvm show c2 -o json
[ "$(field .state)" = incoming ] || fail "the destination does not show c2 incoming: $OUT"
DID2=$(field .id)
kill -9 "$DPID" $(pids_naming "$DR/vm-$DID2.sock") 2>/dev/null
wait "$DPID" 2>/dev/null
wait "$MPID"
mrc=$?
cat "$T/m2.out"
[ "$mrc" = 1 ] || fail "vm migrate c2 exited $mrc after the destination died (want 1)"
grep -q "runs on here" "$T/m2.out" || fail "vm migrate c2 does not say the VM runs on"
vm show c2 -o json
[ "$(field .state)" = running ] || fail "c2 does not run at the source: $OUT"
n1=$(last_number "$RVISOR_STATE_DIR/vms/$ID2/console.log")
advances "$RVISOR_STATE_DIR/vms/$ID2/console.log" "$n1" ||
	fail "c2's counter does not advance at the source (from $n1)"
echo "ok: c2 runs on at the source (from $n1)"
# The restarted destination forgets the VM it was receiving.
start_dst
for _ in $(seq 50); do [ "$(dq "SELECT count(*) FROM vms WHERE name = 'c2'")" = 0 ] && break; sleep 0.1; done
[ "$(dq "SELECT count(*) FROM vms WHERE name = 'c2'")" = 0 ] ||
	fail "the restarted destination still records c2: $(dq "SELECT name, state FROM vms")"
dvm list
echo "$OUT" | grep -q '^c2 ' && fail "vm list on the destination shows c2: $OUT"
echo "$OUT" | grep -qE '^c +running' || fail "the restarted destination lost c: $OUT"
[ -z "$(pids_naming "$DR/vm-$DID2.sock")" ] || fail "c2's incoming VM process is left"
[ -z "$(ls "$DS/vms/" | grep -vx "$DID")" ] || fail "the destination left a VM directory: $(ls "$DS/vms")"
echo "ok: daemon-to-daemon migration"
