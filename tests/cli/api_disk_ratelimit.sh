#!/bin/sh
# Disk rate limits through the API, without Linux: GET and PATCH
# /disks/{index} on a spinning firmware with two disks (both body shapes,
# every refusal with its message), and a snapshot records the limits as
# last set (a restored VM reports them). The guest-visible effect is
# tests/guest/slow_disk_ratelimit.py.
. "$(dirname "$0")/apilib.sh"
head -c 1048576 /dev/zero >"$T/a.img"
head -c 1048576 /dev/zero >"$T/b.img"

S=$T/api.sock
$R run --firmware "$T/loop.bin" --api-socket "$S" --timeout 60 \
	--disk "$T/a.img,bps=4M,iops=200,iops_burst=50" --disk "$T/b.img,readonly=on" \
	</dev/null >"$T/run1.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"

# The limits given on the command line (bursts default to one second's worth).
expect GET /disks/0 "" 200 '"rate_limiter":{"bandwidth":{"rate":4194304,"size":4194304,"one_time_burst":0},"ops":{"rate":200,"size":50,"one_time_burst":0}}'
expect GET /disks/1 "" 200 '"read_only":true,"rate_limiter":{"bandwidth":{"rate":0,"size":0,"one_time_burst":0},"ops":{"rate":0,"size":0,"one_time_burst":0}}'
# Firecracker's shape: 1 MiB every 500 ms = 2 MiB/s with a 1 MiB burst;
# ops untouched.
expect PATCH /disks/0 '{"rate_limiter":{"bandwidth":{"size":1048576,"refill_time_ms":500}}}' 204 ""
expect GET /disks/0 "" 200 '"bandwidth":{"rate":2097152,"size":1048576,"one_time_burst":0},"ops":{"rate":200,"size":50,'
# The rate shape, with a one-time burst; ops off.
expect PATCH /disks/0 '{"rate_limiter":{"bandwidth":{"rate":1000,"one_time_burst":77},"ops":{"rate":0}}}' 204 ""
expect GET /disks/0 "" 200 '"bandwidth":{"rate":1000,"size":1000,"one_time_burst":77},"ops":{"rate":0,"size":0,'
# Limits on a disk that had none.
expect PATCH /disks/1 '{"rate_limiter":{"ops":{"size":100,"refill_time_ms":1000}}}' 204 ""
expect GET /disks/1 "" 200 '"ops":{"rate":100,"size":100,'

# Refusals: each with its message; nothing changes.
# An index that names no disk is quoted as given, with the disks there are
# (not a wrapped-around number).
expect GET /disks/2 "" 404 "no disk '2' (the VM has 2 disks: 0..1)"
expect GET /disks/99999999999999999999 "" 404 "no disk '99999999999999999999' (the VM has 2 disks: 0..1)"
expect GET /disks/18446744073709551616 "" 404 "no disk '18446744073709551616' (the VM has 2 disks: 0..1)"
expect GET /disks/x "" 404 "no disk 'x' (the VM has 2 disks: 0..1)"
expect GET /disks/01 "" 404 "no disk '01' (the VM has 2 disks: 0..1)"
expect GET /disks/-1 "" 404 "no disk '-1' (the VM has 2 disks: 0..1)"
expect GET /disks/ "" 404 "no such resource"
expect PUT /disks/0 '{}' 405 "does not allow PUT"
curl -si --max-time 20 --unix-socket "$S" -X DELETE http://localhost/disks/0 | grep -qi '^Allow: GET, PATCH' ||
	fail "405 without Allow: GET, PATCH"
expect PATCH /disks/0 '{"rate_limiter":' 400 "malformed JSON"
expect PATCH /disks/0 '{}' 400 'field \"rate_limiter\" is required'
expect PATCH /disks/0 '{"rate_limiter":5}' 400 'field \"rate_limiter\" is required and must be an object'
expect PATCH /disks/0 '{"rate_limiter":{"bw":{}}}' 400 'unknown field \"bw\"'
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"size":10}}}' 400 'give either'
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"rate":10,"refill_time_ms":5}}}' 400 'give either'
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"refill_time_ms":5}}}' 400 'needs \"size\"'
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"size":10,"refill_time_ms":0}}}' 400 'must be positive'
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"size":1,"refill_time_ms":5000}}}' 400 'less than one per second'
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"rate":-1}}}' 400 'non-negative integer'
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"rate":"5"}}}' 400 'non-negative integer'
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"rate":5,"burst":3}}}' 400 'unknown field \"burst\"'
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"rate":5}},"x":1}' 400 'unknown field \"x\"'
expect PATCH /disks/0 '{"rate_limiter":{"ops":[]}}' 400 'must be an object'
expect GET /disks/0 "" 200 '"bandwidth":{"rate":1000,"size":1000,"one_time_burst":77},"ops":{"rate":0,"size":0,'
# Huge rates: the largest (INT64_MAX) reads back as given, never as -1; one
# computed above it (size every refill_time_ms) is refused naming the
# values given, and so is a number JSON integers cannot carry.
expect PATCH /disks/0 '{"rate_limiter":{"bandwidth":{"size":9223372036854775807,"refill_time_ms":1}}}' 400 "9223372036854775807 tokens every 1 ms is more than the maximum rate of 9223372036854775807 per second"
expect PATCH /disks/0 '{"rate_limiter":{"bandwidth":{"size":9223372036854775807,"refill_time_ms":999}}}' 400 "more than the maximum rate"
expect PATCH /disks/0 '{"rate_limiter":{"bandwidth":{"rate":99999999999999999999}}}' 400 "99999999999999999999"
# A {"rate": N} bucket above the maximum is refused naming the field and the value.
expect PATCH /disks/0 '{"rate_limiter":{"bandwidth":{"rate":99999999999999999999}}}' 400 "field \\\"rate\\\": too big integer near '99999999999999999999'"
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"rate": 9223372036854775808, "size":1}}}' 400 "field \\\"rate\\\": too big integer near '9223372036854775808'"
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"rate": 9223372036854775808, "size":1}}}' 400 "more than the largest integer accepted (9223372036854775807)"
expect PATCH /disks/0 '{"rate_limiter":{"ops":{"rate":5,"one_time_burst":18446744073709551616}}}' 400 "field \\\"one_time_burst\\\": too big integer"
expect GET /disks/0 "" 200 '"bandwidth":{"rate":1000,"size":1000,"one_time_burst":77},"ops":{"rate":0,"size":0,'
expect PATCH /disks/0 '{"rate_limiter":{"bandwidth":{"rate":9223372036854775807,"one_time_burst":9223372036854775807}}}' 204 ""
expect GET /disks/0 "" 200 '"bandwidth":{"rate":9223372036854775807,"size":9223372036854775807,"one_time_burst":9223372036854775807}'
expect PATCH /disks/0 '{"rate_limiter":{"bandwidth":{"size":9223372036854775,"refill_time_ms":1000}}}' 204 ""
expect GET /disks/0 "" 200 '"bandwidth":{"rate":9223372036854775,"size":9223372036854775,"one_time_burst":0}'

# rvisor ctl: disk and disk-limit.
$R ctl --api-socket "$S" disk-limit 0 bps=2M bps_burst=64K iops=0 || fail "ctl disk-limit"
$R ctl --api-socket "$S" disk 0 | grep -q '"bandwidth":{"rate":2097152,"size":65536,"one_time_burst":0},"ops":{"rate":0,' ||
	fail "ctl disk 0: $($R ctl --api-socket "$S" disk 0)"
for bad in "disk-limit 0" "disk-limit 0 bps_burst=1M" "disk-limit 0 bps=1Q" "disk-limit 0 speed=1" \
	"disk-limit x bps=1" "disk 0 1"; do
	ctl_refused "$bad"
done
$R ctl --api-socket "$S" disk 5 2>"$T/ctl.err" && fail "ctl disk 5 accepted"
grep -q "no disk '5' (the VM has 2 disks: 0..1)" "$T/ctl.err" || fail "ctl disk 5: $(cat "$T/ctl.err")"
# A rate above the maximum: refused by ctl, naming the value given.
$R ctl --api-socket "$S" disk-limit 0 bps=9223372036854775808 2>"$T/ctl.err" && fail "ctl: a rate above the maximum accepted"
grep -q "bps=9223372036854775808: more than the maximum of 9223372036854775807" "$T/ctl.err" || fail "ctl huge bps: $(cat "$T/ctl.err")"
$R ctl --api-socket "$S" disk-limit 0 bps=9007199254740992G 2>"$T/ctl.err" && fail "ctl: 2^83 accepted"
grep -q "bps=9007199254740992G: more than the maximum" "$T/ctl.err" || fail "ctl huge bps with suffix: $(cat "$T/ctl.err")"
$R ctl --api-socket "$S" disk 0 | grep -q '"bandwidth":{"rate":2097152,"size":65536,' || fail "a refused ctl disk-limit changed the limits"

# A guest reboot rebuilds the machine: the limits set through the API stay.
reboot_vm
wait_api /disks/0
expect GET /disks/0 "" 200 '"bandwidth":{"rate":2097152,"size":65536,"one_time_burst":0},"ops":{"rate":0,'

# A snapshot records the limits as last set; the restored VM has them.
expect PATCH /disks/0 '{"rate_limiter":{"bandwidth":{"rate":3145728,"size":65536},"ops":{"rate":300}}}' 204 ""
expect PATCH /vm '{"state":"paused"}' 204 ""
expect PUT /snapshot/create '{"snapshot_path":"'"$T"'/vm.snap","mem_file_path":"'"$T"'/vm.mem"}' 200 '"seconds"'
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
sleep 1
S=$T/api2.sock
$R run --restore "$T/vm.snap" --mem-file "$T/vm.mem" --api-socket "$S" --timeout 60 </dev/null >"$T/run2.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"
expect GET /disks/0 "" 200 '"bandwidth":{"rate":3145728,"size":65536,"one_time_burst":0},"ops":{"rate":300,"size":300,'
expect GET /disks/1 "" 200 '"ops":{"rate":100,"size":100,'
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
# A --disk given at restore with its own limits replaces the recorded ones.
sleep 1
S=$T/api3.sock
$R run --restore "$T/vm.snap" --mem-file "$T/vm.mem" --api-socket "$S" --timeout 60 --disk "$T/a.img,iops=7" \
	--disk "$T/b.img,readonly=on" </dev/null >"$T/run3.log" 2>&1 &
PIDS="$PIDS $!"
wait_sock "$S"
expect GET /disks/0 "" 200 '"bandwidth":{"rate":0,"size":0,"one_time_burst":0},"ops":{"rate":7,"size":7,'
expect GET /disks/1 "" 200 '"ops":{"rate":100,"size":100,'
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
echo "all disk rate-limit API checks passed"
