#!/bin/sh
# Every virtio device is a device kind with its counters read through the
# device ops: GET /vm lists the devices in slot order (disks first, also
# one given as --device disk,...) with their counters, GET /vm/devices the
# same list alone; a disk given with --device disk takes a disk slot and
# its read-only flag with the one boolean grammar (readonly=yes).
. "$(dirname "$0")/apilib.sh"
head -c 1048576 /dev/zero >"$T/a.img"
head -c 1048576 /dev/zero >"$T/b=c.img"

S=$T/api.sock
$R run --firmware "$T/loop.bin" --api-socket "$S" --timeout 60 --net user --device rng \
	--disk "$T/a.img" --device "disk,$T/b=c.img,readonly=yes,iops=5" </dev/null >"$T/run.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"

DISK='"counters":{"notifies":0,"interrupts":0,"reads":0,"read_bytes":0,"writes":0,"write_bytes":0,"flushes":0,"errors":0,"requests_passed":0,"requests_throttled":0,"throttled_ns":0}'
NET='"counters":{"notifies":0,"interrupts":0,"rx_frames":0,"rx_bytes":0,"rx_dropped":0,"tx_frames":0,"tx_bytes":0,"tx_dropped":0,"rx_passed":0,"rx_throttled":0,"rx_throttled_ns":0,"tx_passed":0,"tx_throttled":0,"tx_throttled_ns":0}'
LIST='[{"slot":0,"kind":"disk",'"$DISK"'},{"slot":1,"kind":"disk",'"$DISK"'},{"slot":2,"kind":"net",'"$NET"'},{"slot":3,"kind":"rng","counters":{"notifies":0,"interrupts":0}}]'
expect GET /vm "" 200 '"devices":'"$LIST"
expect GET /vm/devices "" 200 '{"devices":'"$LIST"'}'
expect PUT /vm/devices "" 405 "does not allow PUT"
# The second disk is the --device disk one: read-only, its limit parsed.
expect GET /disks/1 "" 200 '"path":"'"$T"'/b=c.img","read_only":true,"rate_limiter":{"bandwidth":{"rate":0,"size":0,"one_time_burst":0},"ops":{"rate":5,"size":5,'
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
echo "all device list checks passed"
