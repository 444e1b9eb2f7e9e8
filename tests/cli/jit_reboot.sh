#!/bin/sh
# A guest reboot under the JIT (sandbox on): the rebuilt machine reuses the
# code caches made by the first build. Before, the rebuild mapped new
# executable memory after the sandbox was entered and seccomp killed the VM
# ("Bad system call") at the first reboot. Runs on x86-64 hosts only.
. "$(dirname "$0")/apilib.sh"
[ "$(uname -m)" = x86_64 ] || { echo "the JIT exists on x86-64 hosts only: skipping"; exit 77; }
S=$T/api.sock
$R run --cpu-engine jit --sandbox on --firmware "$T/loop.bin" --api-socket "$S" --timeout 60 \
	</dev/null >"$T/run.log" 2>&1 &
VM=$!
PIDS="$PIDS $VM"
wait_sock "$S"
expect GET /vm "" 200 '"state":"running"'
for n in 1 2 3; do
	expect PUT /actions '{"action_type":"reboot"}' 204 ""
	wait_api /vm
	kill -0 "$VM" 2>/dev/null || fail "the VM died after reboot $n"
	expect GET /vm "" 200 '"state":"running"'
done
# Still executing guest code after the reboots: the instruction count grows.
req GET /vm
a=$(echo "$OUT" | sed -n 's/.*"instructions_retired":\([0-9]*\).*/\1/p')
sleep 0.5
req GET /vm
b=$(echo "$OUT" | sed -n 's/.*"instructions_retired":\([0-9]*\).*/\1/p')
[ -n "$a" ] && [ -n "$b" ] && [ "$b" -gt "$a" ] || fail "no progress after the reboots: $a then $b"
echo "ok: three reboots under the JIT, $a then $b instructions"
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
wait "$VM"
st=$?
[ $st -eq 0 ] || fail "exit status $st after shutdown"
echo "PASS"
