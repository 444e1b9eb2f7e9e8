#!/bin/sh
# The power button through the API without Linux (a raw "j ." firmware, so
# no driver reads the events): PUT /actions {"action_type":"powerdown"} and
# `rvisor ctl powerdown` press it (the VM keeps running: the guest decides),
# the presses show in GET /vm/devices, a guest that never reads them gets
# 409 instead of an ever-growing queue, and a VM without --device input
# answers that it has no power button.
. "$(dirname "$0")/apilib.sh"

S=$T/api.sock
$R run --firmware "$T/loop.bin" --device input --api-socket "$S" --timeout 60 \
	</dev/null >"$T/run1.log" 2>&1 &
PID=$!
PIDS="$PIDS $PID"
wait_sock "$S"
expect PUT /actions '{"action_type":"powerdown"}' 204 ""
$R ctl --api-socket "$S" powerdown || fail "ctl powerdown"
expect GET /vm "" 200 '"state":"running"'
expect GET /vm/devices "" 200 '"power_button_presses":2'
expect GET /vm/devices "" 200 '"events_pending":8'
i=2
while [ $i -lt 16 ]; do
	expect PUT /actions '{"action_type":"powerdown"}' 204 ""
	i=$((i + 1))
done
expect PUT /actions '{"action_type":"powerdown"}' 409 "has not read the earlier power button presses"
ctl_refused powerdown
expect PUT /actions '{"action_type":"power"}' 400 'must be \"shutdown\", \"reboot\" or \"powerdown\"'
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
wait $PID || fail "rvisor exited $? after shutdown"
echo "ok: power button pressed, bounded, shutdown"

S=$T/api2.sock
$R run --firmware "$T/loop.bin" --api-socket "$S" --timeout 60 </dev/null >"$T/run2.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"
expect PUT /actions '{"action_type":"powerdown"}' 501 "this VM has no power button"
echo "ok: no input device"
