#!/bin/sh
# Online modify (docs/daemon.md "Online modify"): on a running VM,
# `rvisor vm modify` writes cpu_max into the VM's cgroup at once (and a
# CPU-bound VM's measured use follows, loosely: the host is shared), a
# limit the VM started without gets a group made for it, memory_limit and
# pids_max change, the balloon target reaches the VM's balloon device,
# disk and NIC rate limits change through the VM's API;
# vCPUs and memory size are pending (`vm show`) and apply at the next
# start; bad values are refused with the reason and change nothing.
. "$(dirname "$0")/daemonlib.sh"

PARENT=rvisor-test-live-$$
export RVISOR_CGROUP_PARENT=$PARENT
groups_cleanup() {
	for p in $(ours); do kill -9 "$p" 2>/dev/null; done
	sleep 0.3
	for g in $(find /sys/fs/cgroup -depth -type d -name "$PARENT" 2>/dev/null); do
		for d in "$g"/vm-*; do [ -d "$d" ] && rmdir "$d"; done
		rmdir "$g"
	done
	rm -rf "$T"
}
trap groups_cleanup EXIT
# The VM's group file $2 for pid $1 (in whichever hierarchy has it).
cgfile() { find /sys/fs/cgroup -path "*/$PARENT/vm-$1/$2" 2>/dev/null | head -1; }
# (Of the process that runs the guest: under the sandbox, the relay's child.)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$(vm_process "$1")/stat"; }
[ -n "$(find /sys/fs/cgroup -maxdepth 2 -name cpu.cfs_quota_us -o -maxdepth 2 -name cpu.max 2>/dev/null | head -1)" ] ||
	{ echo "no cgroup cpu controller here: skipping"; exit 77; }
SPIN=$T/spin.bin
printf '\157\000\000\000' >"$SPIN" # j . : runs until stopped

must 0 "" -- create a --firmware "$SPIN" --cpu-max 0.5 --device balloon
must 0 "a: running" -- start a
pid=$(q "SELECT vm_pid FROM vms WHERE name = 'a'")
f=$(cgfile "$pid" cpu.cfs_quota_us)
[ -n "$f" ] || fail "VM a ($pid) has no cpu group: $(cat /proc/$pid/cgroup)"
[ "$(cat "$f")" = 50000 ] || fail "quota at start: $(cat "$f")"
must 0 "" -- modify a --cpu-max 0.2
[ "$(cat "$f")" = 20000 ] || fail "cpu_max 0.2 did not reach $f: $(cat "$f")"
must 0 "" -- show a -o json
[ "$(field .pending_changes)" = 0 ] && [ "$(field .pending)" = "[]" ] ||
	fail "a live change shows as pending: $(field .pending)"
echo "ok: cpu_max 0.2 is in $f: $(cat "$f")"
# Loosely: the spinning VM now takes at most about 0.2 of a CPU.
hz=$(getconf CLK_TCK)
sleep 0.5
t0=$(cpu_ticks "$pid")
sleep 3
t1=$(cpu_ticks "$pid")
use=$(awk -v a="$t0" -v b="$t1" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz / 3 }')
awk -v u="$use" 'BEGIN { exit !(u <= 0.3) }' || fail "capped at 0.2, the VM used $use CPU"
echo "ok: capped at 0.2 live, the spinning VM used $use of a CPU over 3 s"
must 0 "" -- modify a --unset cpu_max
[ "$(cat "$f")" = -1 ] || fail "cpu_max removed, the quota is $(cat "$f")"
echo "ok: cpu_max removed live"

# Limits the VM started without: groups made now, the process moved in.
must 0 "" -- modify a --pids-max 64 --memory-limit 300M
p=$(cgfile "$pid" pids.max)
m=$(cgfile "$pid" memory.limit_in_bytes)
[ -z "$m" ] && m=$(cgfile "$pid" memory.max)
[ -n "$p" ] && [ "$(cat "$p")" = 64 ] || fail "pids_max 64 not in force: ${p:-no group}"
[ -n "$m" ] && [ "$(cat "$m")" = 314572800 ] || fail "memory_limit 300M not in force: ${m:-no group}"
for p2 in $pid $(vm_process $pid); do
	grep -q "pids:.*$PARENT/vm-$pid" "/proc/$p2/cgroup" || grep -q "^0::.*$PARENT/vm-$pid" "/proc/$p2/cgroup" ||
		fail "VM a (process $p2) is not in its new pids group: $(cat /proc/$p2/cgroup)"
done
echo "ok: pids_max and memory_limit applied live (new groups $p, $m)"

# The balloon target reaches the VM's balloon device.
must 0 "" -- modify a --balloon-target 16M
ans=$(curl -s --max-time 5 --unix-socket "$RVISOR_RUN_DIR/vm-$(q "SELECT id FROM vms WHERE name = 'a'").sock" http://localhost/balloon)
[ "$(json_get .target_mib "$ans")" = 16 ] || fail "the balloon's target: $ans"
echo "ok: balloon target 16 MiB set live"

# Disk and NIC rate limits: through the VM's API when only they change.
head -c 1048576 /dev/zero >"$T/r.img"
must 0 "" -- create r --firmware "$T/idle.bin" --disk "$T/r.img,format=raw,bps=1M" --device balloon --net user,rx_bps=1M
must 0 "r: running" -- start r
rsock=$RVISOR_RUN_DIR/vm-$(q "SELECT id FROM vms WHERE name = 'r'").sock
api_get() { curl -s --max-time 5 --unix-socket "$rsock" "http://localhost$1"; }
[ "$(json_get .rate_limiter.bandwidth.rate "$(api_get /disks/0)")" = 1048576 ] ||
	fail "r's disk limit at start: $(api_get /disks/0)"
must 0 "" -- modify r --disk "$T/r.img,format=raw,bps=2M,iops=100" --device balloon --net user,rx_bps=3M,tx_pps=50
ans=$(api_get /disks/0)
[ "$(json_get .rate_limiter.bandwidth.rate "$ans")$(json_get .rate_limiter.ops.rate "$ans")" = 2097152100 ] ||
	fail "the disk's new limits: $ans"
ans=$(api_get /network-interfaces/0)
[ "$(json_get .rx_rate_limiter.bandwidth.rate "$ans")$(json_get .tx_rate_limiter.ops.rate "$ans")" = 314572850 ] ||
	fail "the NIC's new limits: $ans"
must 0 "" -- show r -o json
[ "$(field .pending)" = "[]" ] || fail "rate limits changed live show as pending: $(field .pending)"
echo "ok: disk and NIC rate limits changed live"
must 0 "" -- modify r --disk "$T/r.img,format=raw,bps=2M,iops=100,readonly=on"
must 0 "" -- show r -o json
[ "$(field .pending)" = '["disks"]' ] || fail "a disk made read-only is not pending: $(field .pending)"
echo "ok: any other disk change is pending"
must 0 "" -- kill r

# Refused values change nothing.
must 2 "cpu" -- modify a --cpu-max 1000
must 2 "balloon_mib" -- modify a --balloon-target 4G
[ "$(cat "$f")" = -1 ] || fail "a refused modify changed the quota: $(cat "$f")"

# vCPUs and memory: pending until the next start.
must 0 "" -- modify a --mem 256M --cpus 2
must 0 "" -- show a -o json
[ "$(field .pending_changes)" = 1 ] && [ "$(field .pending)" = '["cpus","memory_mib"]' ] ||
	fail "pending: $(field .pending)"
must 0 'pending: *\["cpus","memory_mib"\]' -- show a
tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "--memory 128" || fail "a's memory changed under it"
must 0 "" -- kill a
# The groups made live go with the VM (its keeper reaps them).
for i in 1 2 3 4 5 6 7 8 9 10; do
	[ -z "$(find /sys/fs/cgroup -type d -path "*/$PARENT/vm-$pid" 2>/dev/null)" ] && break
	sleep 0.5
done
[ -z "$(find /sys/fs/cgroup -type d -path "*/$PARENT/vm-$pid" 2>/dev/null)" ] ||
	fail "groups left after the VM: $(find /sys/fs/cgroup -type d -path "*/$PARENT/vm-$pid")"
echo "ok: the VM's groups, those made live included, are removed after it"
must 0 "a: running" -- start a
pid=$(q "SELECT vm_pid FROM vms WHERE name = 'a'")
tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "--cpus 2 --memory 256" ||
	fail "the next start did not apply them: $(tr '\0' ' ' <"/proc/$pid/cmdline")"
must 0 "" -- show a -o json
[ "$(field .pending)" = "[]" ] || fail "still pending after the start: $(field .pending)"
[ "$(cat "$(cgfile "$pid" pids.max)")" = 64 ] || fail "pids_max not kept at the start"
echo "ok: cpus and memory pending, then applied at the next start"
must 0 "" -- kill a
kill "$(daemon_pid)"
echo "all daemon live modify checks passed"
