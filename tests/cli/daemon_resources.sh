#!/bin/sh
# The daemon's resource limits and admission control (docs/daemon.md,
# docs/resources.md): limit fields are checked, stored and shown; with the
# overcommit ratios set so that the host holds 800 MiB and 2 vCPUs of VMs,
# a start past either is refused (409, exit 1) with the numbers while the
# running VMs go on; a VM whose guest touches 256 MiB of RAM under a
# 96 MiB memory_limit is OOM-killed and its last exit says so
# (oom_killed), while another VM runs on; its groups are removed.
. "$(dirname "$0")/daemonlib.sh"

PARENT=rvisor-test-dres-$$
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

mem_mib=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
ratio=$(awk -v m="$mem_mib" 'BEGIN { printf "%.6f", 800 / m }')
cpu_ratio=$(awk -v n="$(nproc)" 'BEGIN { printf "%.6f", 2 / n }')
"$R" daemon --memory-overcommit 0 >"$T/bad.out" 2>&1 && fail "--memory-overcommit 0 was taken"
grep -q "expected a ratio" "$T/bad.out" || fail "no message for --memory-overcommit 0: $(cat "$T/bad.out")"
echo "ok: daemon --memory-overcommit 0 is refused"
# The directories on its command line: the cleanup kills what names $T.
"$R" daemon --memory-overcommit "$ratio" --cpu-overcommit "$cpu_ratio" \
	--state-dir "$RVISOR_STATE_DIR" --run-dir "$RVISOR_RUN_DIR" >"$T/daemon.out" 2>&1 ||
	fail "daemon did not start: $(cat "$T/daemon.out")"

# The fields: checked, stored, removable.
must 2 "cpu cap" -- create badcap --firmware "$T/idle.bin" --cpu-max 0
must 2 "memory limit" -- create badmem --firmware "$T/idle.bin" --memory-limit lots
OUT=$(curl -s --unix-socket "$S" -X POST -d '{"name":"x","cpu_weight":"high"}' http://localhost/vms)
echo "$OUT" | grep -q "cpu_weight" || fail "a string cpu_weight was not refused naming the field: $OUT"
echo "ok: POST /vms with a string cpu_weight: $OUT"
must 0 "" -- create a --firmware "$T/idle.bin" --cpu-max 0.5 --cpu-weight 50 --pids-max 64 --memory-limit auto
must 0 "" -- show a -o json
[ "$(field .config.cpu_max)" = 0.5 ] && [ "$(field .config.cpu_weight)" = 50 ] &&
	[ "$(field .config.pids_max)" = 64 ] && [ "$(field .config.memory_limit)" = auto ] ||
	fail "the limits are not in the configuration: $OUT"
must 0 "" -- modify a --unset cpu_weight
must 0 "" -- show a -o json
[ -z "$(field .config.cpu_weight)" ] || fail "cpu_weight was not removed: $OUT"
echo "ok: limits stored and removed"

# Per-vCPU pinning through the cpu_pin field (vcpus=): each vCPU thread of
# the started VM (the relay's child under the sandbox) on its host CPU.
if [ "$(nproc)" -ge 2 ]; then
	must 2 "one host CPU per vCPU" -- create badpin --firmware "$T/idle.bin" --cpu-pin vcpus=a
	must 0 "" -- create pinned --firmware "$T/idle.bin" --cpus 2 --cpu-pin vcpus=1,0
	must 0 "" -- show pinned -o json
	[ "$(field .config.cpu_pin)" = vcpus=1,0 ] || fail "cpu_pin not stored: $OUT"
	must 0 "" -- start pinned
	vp=$(vm_process "$(q "SELECT vm_pid FROM vms WHERE name='pinned'")")
	for i in $(seq 100); do
		[ "$(grep -lx 'vcpu[01]' /proc/"$vp"/task/*/comm 2>/dev/null | wc -l)" = 2 ] && break
		sleep 0.1
	done
	sleep 0.3
	pins=$(for t in /proc/"$vp"/task/*; do
		case "$(cat "$t/comm")" in vcpu*) echo "$(cat "$t/comm")=$(awk '/^Cpus_allowed_list:/ {print $2}' "$t/status")" ;; esac
	done | sort | tr '\n' ' ')
	[ "$pins" = "vcpu0=1 vcpu1=0 " ] || fail "vCPU threads of the pinned VM: $pins"
	echo "ok: cpu_pin vcpus=1,0: $pins"
	must 0 "" -- kill pinned
	must 0 "" -- delete pinned
else
	echo "skip: one host CPU: per-vCPU pinning not checked"
fi

# Admission control: 800 MiB and 2 vCPUs in all (VMs count guest RAM + 128 MiB).
must 0 "" -- create big --firmware "$T/idle.bin" --mem 1G
must 0 "" -- create b --firmware "$T/idle.bin"
must 0 "" -- create c --firmware "$T/idle.bin" --mem 64M
must 1 "memory committed would be 1152 MiB (1152 MiB for this VM: 1024 MiB of guest RAM + 128 MiB for rvisor; 0 MiB for the 0 VM(s) running)" -- start big
must 0 "" -- start a
# The running VM's process is in its groups with its caps.
pid=$(q "SELECT vm_pid FROM vms WHERE name='a'")
grep -q "$PARENT/vm-$pid" /proc/$pid/cgroup || fail "VM a ($pid) is not in its group: $(cat /proc/$pid/cgroup)"
echo "ok: VM a is in $(grep "cpu:" /proc/$pid/cgroup | head -1)"
must 0 "" -- start b
must 1 "vCPUs committed would be 3 (1 for this VM, 2 for the 2 VM(s) running)" -- start c
curl -s -o /dev/null -w '%{http_code}' --unix-socket "$S" -X POST http://localhost/vms/c/start >"$T/code"
[ "$(cat "$T/code")" = 409 ] || fail "an over-commit start answered $(cat "$T/code"), not 409"
echo "ok: POST /vms/c/start -> 409"
must 0 "running" -- show a
must 0 "" -- kill b
must 0 "" -- kill a
must 0 "" -- start c
must 0 "" -- kill c

# An OOM kill, recorded; the other VM untouched. The hog spins a while
# (so that it is up when the start returns), then stores into every page.
# lui t2,0x10000; 1: addi t2,t2,-1; bnez t2,1b; auipc t0,0; addi t0,t0,-12;
# lui t1,1; 2: sd t0,0(t0); add t0,t0,t1; j 2b
printf '\267\003\000\020\223\203\363\377\343\236\003\376\227\002\000\000\223\202\102\377\067\023\000\000\043\260\122\000\263\202\142\000\157\360\237\377' >"$T/hog.bin"
must 0 "" -- create hog --firmware "$T/hog.bin" --mem 256M --memory-limit 96M
must 0 "" -- create calm --firmware "$T/idle.bin" --memory-limit auto
must 0 "" -- start calm
must 0 "" -- start hog
hogpid=$(q "SELECT vm_pid FROM vms WHERE name='hog'")
for i in $(seq 300); do
	vm show hog -o json
	[ "$(field .state)" = stopped ] && break
	sleep 0.1
done
[ "$(field .last_exit.reason)" = oom_killed ] || fail "hog's last exit is not oom_killed: $OUT"
echo "$(field .last_exit.detail)" | grep -q "memory limit of 96 MiB" || fail "no limit in the detail: $OUT"
echo "ok: hog's last exit: $(field .last_exit.reason): $(field .last_exit.detail)"
must 0 "running" -- show calm
left=$(find /sys/fs/cgroup -path "*/$PARENT/vm-$hogpid" -type d 2>/dev/null)
[ -z "$left" ] || fail "hog's groups are left: $left"
echo "ok: hog's groups are removed"
must 0 "" -- kill calm
echo "all daemon_resources checks passed"
