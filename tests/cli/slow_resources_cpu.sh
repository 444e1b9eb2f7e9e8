#!/bin/sh
# CPU caps and weights at work (docs/resources.md; needs an idle host: in
# ALONE): a CPU-bound guest (a firmware that spins) capped with --cpu-max
# 0.5 uses at most 0.55 of a host CPU over 10 s, measured from
# /proc/PID/stat; two CPU-bound VMs pinned to one host CPU with weights
# 200 and 100 share it within 10 % of 2:1. Groups under a parent named for
# this test, removed at exit.
. "$(dirname "$0")/lib.sh"

PARENT=rvisor-test-cpu-$$
export RVISOR_CGROUP_PARENT=$PARENT
PIDS=""
cleanup() {
	for p in $PIDS; do kill -9 "$p" 2>/dev/null; done
	sleep 0.3
	for g in $(find /sys/fs/cgroup -depth -type d -name "$PARENT" 2>/dev/null); do
		for d in "$g"/vm-*; do [ -d "$d" ] && rmdir "$d"; done
		rmdir "$g"
	done
	rm -rf "$T"
}
trap cleanup EXIT
probe=$(mktemp -u /sys/fs/cgroup/cpu/rvisor-probe-XXXXXX)
if mkdir "$probe" 2>/dev/null; then
	rmdir "$probe"
elif ! grep -q cpu /sys/fs/cgroup/cgroup.controllers 2>/dev/null; then
	echo "no writable cpu cgroup here: skipping"
	exit 77
fi
SPIN=$T/spin.bin
printf '\157\000\000\000' >"$SPIN" # j . : CPU-bound until stopped

ticks() { # utime + stime of the VM process of `rvisor run` pid, in clock ticks
	awk '{ print $14 + $15 }' /proc/"$(vm_process "$1")"/stat
}
HZ=$(getconf CLK_TCK)
SECS=10

$RV run --firmware "$SPIN" --cpu-max 0.5 --timeout 60 2>"$T/cap.err" &
VM=$!
PIDS="$VM"
sleep 1
a=$(ticks $VM)
sleep $SECS
b=$(ticks $VM)
used=$(echo "$a $b $HZ $SECS" | awk '{ printf "%.3f", ($2 - $1) / $3 / $4 }')
if awk -v u="$used" 'BEGIN { exit !(u <= 0.55 && u >= 0.05) }'; then
	echo "ok: capped at 0.5 CPU, the VM used $used of a host CPU over $SECS s"
else
	echo "FAIL: capped at 0.5 CPU, the VM used $used of a host CPU over $SECS s"
	cat "$T/cap.err"
	fails=$((fails + 1))
fi
kill -9 $VM 2>/dev/null
{ wait $VM; } 2>/dev/null

CPU=$(($(nproc) - 1)) # the last host CPU for both
$RV run --firmware "$SPIN" --cpu-weight 200 --cpu-pin $CPU --timeout 60 2>"$T/w2.err" &
V2=$!
$RV run --firmware "$SPIN" --cpu-weight 100 --cpu-pin $CPU --timeout 60 2>"$T/w1.err" &
V1=$!
PIDS="$V2 $V1"
sleep 1
a2=$(ticks $V2) a1=$(ticks $V1)
sleep $SECS
b2=$(ticks $V2) b1=$(ticks $V1)
ratio=$(echo "$a2 $b2 $a1 $b1" | awk '{ d = $4 - $3; printf "%.3f", (d > 0 ? ($2 - $1) / d : 99) }')
if awk -v r="$ratio" 'BEGIN { exit !(r >= 1.8 && r <= 2.2) }'; then
	echo "ok: weights 200:100 on one host CPU got $ratio:1 ($((b2 - a2)) and $((b1 - a1)) ticks)"
else
	echo "FAIL: weights 200:100 on one host CPU got $ratio:1 ($((b2 - a2)) and $((b1 - a1)) ticks), want 2:1 within 10 %"
	cat "$T/w2.err" "$T/w1.err"
	fails=$((fails + 1))
fi
finish slow_resources_cpu
