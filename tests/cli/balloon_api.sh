#!/bin/sh
# The balloon API and `rvisor ctl balloon` without Linux (a raw "j ."
# firmware, so no driver ever answers): GET /balloon and PUT /balloon with
# their refusals, the target recorded in a snapshot and found again after a
# restore, a VM without --balloon refused, and --balloon option errors.
. "$(dirname "$0")/apilib.sh"

# Option errors exit 2 with a message.
for o in "size=129" "bogus=1" "deflate-on-oom=maybe" "stats=x"; do
	$R run --firmware "$T/loop.bin" --balloon="$o" --timeout 5 </dev/null >"$T/opt.log" 2>&1
	st=$?
	[ $st -eq 2 ] && grep -q "^rvisor: --balloon $o: " "$T/opt.log" || fail "--balloon=$o: status $st"
done
echo "ok: option errors"

S=$T/api.sock
$R run --firmware "$T/loop.bin" --balloon=size=16,deflate-on-oom=on,stats=2 --api-socket "$S" \
	--timeout 60 </dev/null >"$T/run1.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"
expect GET /balloon "" 200 '"target_mib":16,"actual_mib":0'
expect GET /balloon "" 200 '"deflate_on_oom":true,"stats_polling_interval_s":2,"stats":{}'
expect PUT /balloon '{"amount_mib":100}' 204 ""
expect GET /balloon "" 200 '"target_mib":100,"actual_mib":0,"target_pages":25600'
expect PUT /balloon '{"amount_mib":129}' 400 "more than the VM's 128 MiB"
expect PUT /balloon '{"amount_mib":-1}' 400 "integer >= 0"
expect PUT /balloon '{"amount_mib":"5"}' 400 "integer >= 0"
expect PUT /balloon '{"amount_mib":5,"x":1}' 400 'unknown field'
expect PUT /balloon '' 400 "needs a JSON body"
expect DELETE /balloon "" 405 "allowed: GET, PUT"
$R ctl --api-socket "$S" balloon 64 || fail "ctl balloon 64"
$R ctl --api-socket "$S" balloon-stats | grep -q '"target_mib":64' || fail "ctl balloon-stats"
$R ctl --api-socket "$S" balloon 1000 2>"$T/ctl.err"; st=$?
[ $st -eq 1 ] && grep -q "more than" "$T/ctl.err" || fail "ctl balloon 1000: status $st"
$R ctl --api-socket "$S" balloon -3 2>/dev/null; [ $? -eq 2 ] || fail "ctl balloon -3 accepted"
$R ctl --api-socket "$S" balloon 12x 2>/dev/null; [ $? -eq 2 ] || fail "ctl balloon 12x accepted"
echo "ok: ctl balloon"

# The target is part of the snapshot.
$R ctl --api-socket "$S" pause >/dev/null || fail pause
$R ctl --api-socket "$S" snapshot "$T/vm.snap" "$T/vm.mem" >/dev/null || fail snapshot
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
S=$T/api2.sock
$R run --restore "$T/vm.snap" --mem-file "$T/vm.mem" --api-socket "$S" --timeout 60 </dev/null >"$T/run2.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"
expect GET /balloon "" 200 '"target_mib":64,"actual_mib":0'
expect PUT /actions '{"action_type":"shutdown"}' 204 ""

# No balloon device.
S=$T/api3.sock
$R run --firmware "$T/loop.bin" --api-socket "$S" --timeout 60 </dev/null >"$T/run3.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"
expect GET /balloon "" 400 "no balloon device"
expect PUT /balloon '{"amount_mib":1}' 400 "no balloon device"
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
echo "balloon API ok"
