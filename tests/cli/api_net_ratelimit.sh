#!/bin/sh
# NIC rate limits through the API, without Linux: GET and PATCH
# /network-interfaces/{index} on a spinning firmware with two NICs (limits
# from --net, both bucket shapes, refusals), rvisor ctl net/net-limit, a
# reboot and a snapshot keep the limits as last set (the NIC's recorded
# option string). The guest-visible effect is
# tests/guest/slow_net_ratelimit.py.
. "$(dirname "$0")/apilib.sh"
head -c 1048576 /dev/zero >"$T/a.img"
OFF='{"rate":0,"size":0,"one_time_burst":0}'

S=$T/api.sock
# A disk first and another device between the NICs: NIC numbers count
# NICs only, in --net order.
$R run --firmware "$T/loop.bin" --api-socket "$S" --timeout 60 --disk "$T/a.img" \
	--net "user,restrict=on,tx_bps=2M,rx_pps=100,rx_pps_burst=10" --device rng \
	--net user,mac=02:00:00:00:00:07 </dev/null >"$T/run1.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"

expect GET /network-interfaces/0 "" 200 '"rx_rate_limiter":{"bandwidth":'"$OFF"',"ops":{"rate":100,"size":10,"one_time_burst":0}},"tx_rate_limiter":{"bandwidth":{"rate":2097152,"size":2097152,"one_time_burst":0},"ops":'"$OFF"'}'
expect GET /network-interfaces/0 "" 200 '"tx_frames":0'
expect GET /network-interfaces/1 "" 200 '"options":"user,mac=02:00:00:00:00:07","rx_rate_limiter":{"bandwidth":'"$OFF"',"ops":'"$OFF"'},"tx_rate_limiter":{"bandwidth":'"$OFF"',"ops":'"$OFF"'}'
# Firecracker's shape on tx, the rate shape on rx; a limiter not given is unchanged.
expect PATCH /network-interfaces/1 '{"tx_rate_limiter":{"bandwidth":{"size":1048576,"refill_time_ms":500}}}' 204 ""
expect GET /network-interfaces/1 "" 200 '"tx_rate_limiter":{"bandwidth":{"rate":2097152,"size":1048576,"one_time_burst":0},"ops":'"$OFF"'}'
expect PATCH /network-interfaces/1 '{"rx_rate_limiter":{"ops":{"rate":50,"one_time_burst":9}}}' 204 ""
expect GET /network-interfaces/1 "" 200 '"rx_rate_limiter":{"bandwidth":'"$OFF"',"ops":{"rate":50,"size":50,"one_time_burst":9}},"tx_rate_limiter":{"bandwidth":{"rate":2097152,"size":1048576,'
# The recorded option string follows (one-time bursts are not recorded).
expect GET /network-interfaces/1 "" 200 '"options":"user,mac=02:00:00:00:00:07,rx_pps=50,tx_bps=2097152,tx_bps_burst=1048576"'
# Off again, on the first NIC: its other options stay, escapes and all.
expect PATCH /network-interfaces/0 '{"rx_rate_limiter":{"ops":{"rate":0}},"tx_rate_limiter":{"bandwidth":{"rate":1000}}}' 204 ""
expect GET /network-interfaces/0 "" 200 '"options":"user,restrict=on,tx_bps=1000","rx_rate_limiter":{"bandwidth":'"$OFF"',"ops":'"$OFF"'}'

# Refusals.
expect GET /network-interfaces/2 "" 404 "no network interface '2' (the VM has 2 network interfaces: 0..1)"
expect GET /network-interfaces/99999999999999999999 "" 404 "no network interface '99999999999999999999' (the VM has 2 network interfaces: 0..1)"
expect GET /network-interfaces/x "" 404 "no network interface 'x' (the VM has 2"
expect GET /network-interfaces/01 "" 404 "no network interface '01' (the VM has 2"
expect PATCH /network-interfaces/0 '{"tx_rate_limiter":{"ops":{"size":9223372036854775807,"refill_time_ms":2}}}' 400 "tx_rate_limiter: ops: 9223372036854775807 tokens every 2 ms is more than the maximum rate"
expect PUT /network-interfaces/0 '{}' 405 "does not allow PUT"
expect PATCH /network-interfaces/0 '{}' 400 'give \"rx_rate_limiter\" or \"tx_rate_limiter\"'
expect PATCH /network-interfaces/0 '{"rate_limiter":{}}' 400 'unknown field \"rate_limiter\"'
expect PATCH /network-interfaces/0 '{"tx_rate_limiter":7}' 400 'field \"tx_rate_limiter\" must be an object'
expect PATCH /network-interfaces/0 '{"rx_rate_limiter":{"bw":{}}}' 400 'unknown field \"bw\"'
expect PATCH /network-interfaces/0 '{"rx_rate_limiter":{"ops":{"size":10}}}' 400 'give either'
expect PATCH /network-interfaces/0 '{"rx_rate_limiter":{"ops":{"rate":-1}}}' 400 'non-negative integer'
# A bad rx limiter leaves a good tx one in the same body unapplied.
expect PATCH /network-interfaces/0 '{"tx_rate_limiter":{"ops":{"rate":5}},"rx_rate_limiter":{"ops":{"rate":"x"}}}' 400 'non-negative integer'
expect GET /network-interfaces/0 "" 200 '"tx_rate_limiter":{"bandwidth":{"rate":1000,"size":1000,"one_time_burst":0},"ops":'"$OFF"'}'

# rvisor ctl net / net-limit.
$R ctl --api-socket "$S" net-limit 0 tx_bps=3M tx_bps_burst=64K rx_pps=20 || fail "ctl net-limit"
$R ctl --api-socket "$S" net 0 | grep -q '"rx_rate_limiter":{"bandwidth":'"$OFF"',"ops":{"rate":20,"size":20,"one_time_burst":0}},"tx_rate_limiter":{"bandwidth":{"rate":3145728,"size":65536,' ||
	fail "ctl net 0: $($R ctl --api-socket "$S" net 0)"
for bad in "net-limit 0" "net-limit 0 tx_bps_burst=1M" "net-limit 0 rx_bps=1Q" "net-limit 0 bps=1" \
	"net-limit x tx_bps=1" "net 0 1"; do
	ctl_refused "$bad"
done
$R ctl --api-socket "$S" net 5 2>"$T/ctl.err" && fail "ctl net 5 accepted"
grep -q "no network interface '5' (the VM has 2 network interfaces: 0..1)" "$T/ctl.err" || fail "ctl net 5: $(cat "$T/ctl.err")"

# A guest reboot rebuilds the machine: the limits set through the API stay.
reboot_vm
wait_api /network-interfaces/0
expect GET /network-interfaces/0 "" 200 '"rx_rate_limiter":{"bandwidth":'"$OFF"',"ops":{"rate":20,"size":20,"one_time_burst":0}},"tx_rate_limiter":{"bandwidth":{"rate":3145728,"size":65536,'

# A snapshot records the limits as last set; the restored VM has them.
expect PATCH /network-interfaces/1 '{"rx_rate_limiter":{"bandwidth":{"rate":4194304,"size":65536}}}' 204 ""
expect PATCH /vm '{"state":"paused"}' 204 ""
expect PUT /snapshot/create '{"snapshot_path":"'"$T"'/vm.snap","mem_file_path":"'"$T"'/vm.mem"}' 200 '"seconds"'
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
sleep 1
S=$T/api2.sock
$R run --restore "$T/vm.snap" --mem-file "$T/vm.mem" --api-socket "$S" --timeout 60 </dev/null >"$T/run2.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"
expect GET /network-interfaces/0 "" 200 '"rx_rate_limiter":{"bandwidth":'"$OFF"',"ops":{"rate":20,"size":20,"one_time_burst":0}},"tx_rate_limiter":{"bandwidth":{"rate":3145728,"size":65536,'
expect GET /network-interfaces/1 "" 200 '"rx_rate_limiter":{"bandwidth":{"rate":4194304,"size":65536,"one_time_burst":0},"ops":{"rate":50,"size":50,'
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
echo "all NIC rate-limit API checks passed"
