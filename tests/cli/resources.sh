#!/bin/sh
# rvisor run's resource limits (docs/resources.md), with firmwares that
# spin or touch all guest RAM (no guest needed): bad values are refused;
# a running VM's groups hold the caps asked (cpu.cfs_quota_us or cpu.max,
# cpu.shares or cpu.weight, memory.limit_in_bytes or memory.max, pids.max)
# and its threads the pinning; the groups are gone once it ends, even
# after a SIGKILL; a VM touching its RAM under a cap too small is killed
# by the OOM killer and rvisor says so, while one under the auto cap runs
# on; a pids cap too small stops the VM at start with the reason. The
# groups live under a parent named for this test, removed at exit.
. "$(dirname "$0")/lib.sh"

PARENT=rvisor-test-res-$$
export RVISOR_CGROUP_PARENT=$PARENT
# Every group named $PARENT (beneath this shell's own group in each
# hierarchy), deepest first.
our_groups() { find /sys/fs/cgroup -depth -type d -name "$PARENT" 2>/dev/null; }
cleanup() {
	[ -n "${VMPID:-}" ] && kill -9 "$VMPID" 2>/dev/null
	for g in $(our_groups); do
		for d in "$g"/vm-*; do [ -d "$d" ] && rmdir "$d"; done
		rmdir "$g"
	done
	rm -rf "$T"
}
trap cleanup EXIT

expect 2 "number of host CPUs" -- $RV run --cpu-max 0 --firmware /dev/null
expect 2 "number of host CPUs" -- $RV run --cpu-max 999 --firmware /dev/null
expect 2 "1 to 10000" -- $RV run --cpu-weight 0 --firmware /dev/null
expect 2 "host CPU numbers" -- $RV run --cpu-pin 0,x --firmware /dev/null
expect 2 "host CPU numbers" -- $RV run --cpu-pin 4096 --firmware /dev/null
expect 2 "auto" -- $RV run --memory-limit lots --firmware /dev/null
expect 2 "pids cap" -- $RV run --pids-max -1 --firmware /dev/null
$RV run --help | grep -q -- "--cpu-weight N" || { echo "FAIL: --help has no --cpu-weight"; fails=$((fails + 1)); }

# Without a writable cgroup (as nobody): the VM runs, and a warning names
# every limit that is not enforced and why.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	chmod 755 "$T"
	printf '\157\000\000\000' >"$T/nobody.bin"
	chmod 644 "$T/nobody.bin"
	expect 124 "NOT enforced: --cpu-max/--cpu-weight (cannot make a group in .*Permission denied); --memory-limit (.*); --pids-max" -- \
		setpriv --reuid=65534 --regid=65534 --clear-groups $RV run --firmware "$T/nobody.bin" \
		--cpu-max 0.5 --memory-limit 256M --pids-max 50 --timeout 1
fi

# A cgroup hierarchy we can write (v1 controllers, or v2 with them)?
probe=$(mktemp -u /sys/fs/cgroup/memory/rvisor-probe-XXXXXX)
if ! mkdir "$probe" 2>/dev/null; then
	if grep -q memory /sys/fs/cgroup/cgroup.controllers 2>/dev/null; then
		probe=""
	else
		echo "no writable cgroup hierarchy here: skipping the enforcement checks"
		finish resources
	fi
fi
[ -n "$probe" ] && rmdir "$probe"

SPIN=$T/spin.bin
printf '\157\000\000\000' >"$SPIN" # j . : runs until stopped
# auipc t0,0; lui t1,1; 1: sd t0,0(t0); add t0,t0,t1; j 1b : a store in every page of RAM
TOUCH=$T/touch.bin
printf '\227\002\000\000\067\023\000\000\043\260\122\000\263\202\142\000\157\360\237\377' >"$TOUCH"

# The group dir of pid in controller ctl (v1), or its v2 group.
group_of() {
	path=$(grep -E "^[0-9]+:([^:]*,)?$2(,[^:]*)?:" /proc/$1/cgroup | cut -d: -f3)
	[ -z "$path" ] && { path=$(grep '^0::' /proc/$1/cgroup | cut -d: -f3); echo "/sys/fs/cgroup$path"; return; }
	mnt=$(awk -v c="$2" '$9 == "cgroup" && ("," $NF ",") ~ ("," c ",") {print $5; exit}' /proc/self/mountinfo)
	root=$(awk -v c="$2" '$9 == "cgroup" && ("," $NF ",") ~ ("," c ",") {print $4; exit}' /proc/self/mountinfo)
	[ "$root" = / ] && root=""
	echo "$mnt${path#"$root"}"
}
check() { # LABEL WANT GOT
	if [ "$2" = "$3" ]; then echo "ok: $1 = $3"; else echo "FAIL: $1 = '$3', want '$2'"; fails=$((fails + 1)); fi
}

$RV run --firmware "$SPIN" --cpu-max 0.5 --cpu-weight 200 --cpu-pin 0 --memory-limit 256M \
	--pids-max 50 --timeout 30 >"$T/spin.out" 2>&1 &
VMPID=$!
for i in $(seq 50); do grep -q "$PARENT/vm-$VMPID" /proc/$VMPID/cgroup 2>/dev/null && break; sleep 0.1; done
sleep 0.5 # its threads started
cpu=$(group_of $VMPID cpu) mem=$(group_of $VMPID memory) pids=$(group_of $VMPID pids)
case "$cpu" in */$PARENT/vm-$VMPID) echo "ok: in $cpu" ;; *) echo "FAIL: the VM's cpu group is $cpu"; fails=$((fails + 1)) ;; esac
if [ -f "$cpu/cpu.max" ]; then
	check cpu.max "50000 100000" "$(cat "$cpu/cpu.max")"
	check cpu.weight 200 "$(cat "$cpu/cpu.weight")"
	check memory.max $((256 << 20)) "$(cat "$mem/memory.max")"
else
	check cpu.cfs_quota_us 50000 "$(cat "$cpu/cpu.cfs_quota_us")"
	check cpu.cfs_period_us 100000 "$(cat "$cpu/cpu.cfs_period_us")"
	check cpu.shares 2048 "$(cat "$cpu/cpu.shares")"
	check memory.limit_in_bytes $((256 << 20)) "$(cat "$mem/memory.limit_in_bytes")"
fi
check pids.max 50 "$(cat "$pids/pids.max")"
# Every thread is in the group and pinned to CPU 0 (under the sandbox's
# PID namespace: the relay's and the VM process's).
VMP=$(vm_process $VMPID)
tasks="/proc/$VMP/task/*"
[ "$VMP" != "$VMPID" ] && tasks="$tasks /proc/$VMPID/task/*"
nt=$(ls -d $tasks | wc -l)
check "threads in the group" "$nt" "$(wc -l <"$cpu/tasks" 2>/dev/null || cat "$cpu/cgroup.threads" | wc -l)"
bad=0
for t in $tasks; do
	grep -q "^Cpus_allowed_list:[[:space:]]*0$" $t/status || bad=$((bad + 1))
done
check "threads not pinned to CPU 0 (of $nt)" 0 $bad
# A crash: the cleanup process removes the groups.
kill -9 $VMPID 2>/dev/null
{ wait $VMPID; } 2>/dev/null
VMPID=""
for i in $(seq 50); do [ -d "$cpu" ] || [ -d "$mem" ] || break; sleep 0.1; done
check "groups left after a SIGKILL" "" "$(ls -d "$cpu" "$mem" "$pids" 2>/dev/null)"

# A guest touching its 256 MiB of RAM under a 96 MiB cap: OOM-killed, said.
# (The pipe's end waits for the cleanup process, which writes the reason.)
$RV run --firmware "$TOUCH" --memory 256M --memory-limit 96M --timeout 20 2>&1 | cat >"$T/oom.out"
if grep -q "killed by the kernel's OOM killer.*memory limit of 96 MiB" "$T/oom.out"; then
	echo "ok: the OOM kill is reported: $(grep OOM "$T/oom.out")"
else
	echo "FAIL: no OOM report:"; cat "$T/oom.out"; fails=$((fails + 1))
fi
# The same under the auto cap (guest RAM + allowance): it runs to its timeout.
$RV run --firmware "$TOUCH" --memory 256M --memory-limit auto --timeout 3 2>&1 | cat >"$T/auto.out"
if grep -q "did not finish within 3 s" "$T/auto.out" && ! grep -q OOM "$T/auto.out"; then
	echo "ok: under --memory-limit auto the guest keeps its RAM"
else
	echo "FAIL: under --memory-limit auto:"; cat "$T/auto.out"; fails=$((fails + 1))
fi

# Per-vCPU pinning: vCPU k on the k-th CPU of vcpus= (wrapping around),
# the other threads where the process may run.
if [ "$(nproc)" -ge 2 ]; then
	$RV run --firmware "$SPIN" --cpus 3 --cpu-pin vcpus=1,0 --timeout 30 >"$T/pin.out" 2>&1 &
	PINPID=$!
	for i in $(seq 100); do
		VMP=$(vm_process $PINPID)
		grep -qx vcpu2 /proc/$VMP/task/*/comm 2>/dev/null && break
		sleep 0.1
	done
	sleep 0.3 # the vCPUs pinned themselves
	for t in /proc/$VMP/task/*; do
		echo "$(cat $t/comm) $(awk '/^Cpus_allowed_list:/ {print $2}' $t/status)"
	done >"$T/pin.list"
	kill -TERM $PINPID
	{ wait $PINPID; } 2>/dev/null
	check "vCPU threads' host CPUs with --cpu-pin vcpus=1,0" "vcpu0 1 vcpu1 0 vcpu2 1" \
		"$(grep '^vcpu' "$T/pin.list" | sort | tr '\n' ' ' | sed 's/ $//')"
	check "other threads not pinned" "" "$(grep -v '^vcpu' "$T/pin.list" | grep -v " 0-$(($(nproc) - 1))\$")"
else
	echo "skip: one host CPU: per-vCPU pinning not checked"
fi
expect 2 "one host CPU per vCPU" -- $RV run --firmware "$SPIN" --cpu-pin vcpus=0,x --timeout 1
expect 2 "one host CPU per vCPU" -- $RV run --firmware "$SPIN" --cpu-pin vcpus=$(nproc) --timeout 1

# A pids cap too small for the VM's threads: it stops at start, saying why
# (3: the sandbox's relay, main thread and spawner fit, the vCPUs do not).
expect 2 "Resource temporarily unavailable" -- $RV run --firmware "$SPIN" --cpus 2 --pids-max 3 --rng --timeout 5
sleep 0.3
check "groups left at the end" "" "$(find /sys/fs/cgroup -path "*/$PARENT/*" -type d 2>/dev/null)"
finish resources
