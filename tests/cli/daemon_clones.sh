#!/bin/sh
# Full clones of a managed VM through `rvisor vm clone` (temporary
# directories; qemu-io writes in place of a guest): a clone of a stopped VM
# holds its disk as it was, in a new volume of its own (flat: no backing
# file), later writes on either side do not reach the other; a clone at a
# snapshot holds that snapshot's disk, also while the source runs;
# read-only disks are shared, a fixed MAC is dropped; refusals (a running
# source without a snapshot, a taken name, linked) leave no VM and no
# volume.
. "$(dirname "$0")/daemonlib.sh"
command -v qemu-io >/dev/null && command -v qemu-img >/dev/null ||
	{ echo "qemu-io/qemu-img missing: skipping"; exit 77; }
V="$RVISOR_STATE_DIR/volumes"
top() { # the file VM $1's disk 0 reads now
	t=$(q "SELECT json_extract(tops, '\$[0]') FROM vm_layers l JOIN vms v ON v.id = l.vm_id WHERE v.name = '$1'")
	[ -n "$t" ] && echo "$t" || echo "$2"
}
expect() { # FILE PATTERN
	o=$(qemu-io -r -c "read -P $2 0 64k" "$1" 2>&1)
	echo "$o" | grep -q "verification failed" && fail "$1 does not hold $2: $o"
	echo "$o" | grep -q "read 65536/65536" || fail "qemu-io read $1: $o"
	echo "ok: $1 shows $2"
}
must 0 "usage: rvisor vm clone" -- clone --help
"$R" volume create d1 --size 16M >/dev/null 2>&1 || fail "volume create"
"$R" volume create ro --size 1M >/dev/null 2>&1 || fail "volume create"
must 0 "" -- create src --firmware "$T/idle.bin" --disk vol:d1 --disk vol:ro,readonly=on --net user,mac=52:54:00:12:34:56
qemu-io -c "write -P 0x11 0 64k" "$V/d1.qcow2" >/dev/null

must 0 "c1: stopped (a full clone of src)" -- clone src c1
must 0 "" -- show c1 -o json
[ "$(field '.config.disks[0]')" = vol:c1-disk0 ] && [ "$(field '.config.disks[1]')" = "vol:ro,readonly=on" ] ||
	fail "clone's disks: $OUT"
[ "$(field '.config.devices[0]')" = "net,user" ] || fail "the clone kept the MAC: $(field '.config.devices')"
qemu-img info "$V/c1-disk0.qcow2" | grep -q "backing file" && fail "a full clone's disk has a backing file"
qemu-img check -q "$V/c1-disk0.qcow2" || fail "qemu-img check"
expect "$V/c1-disk0.qcow2" 0x11
qemu-io -c "write -P 0x22 0 64k" "$V/d1.qcow2" >/dev/null
expect "$V/c1-disk0.qcow2" 0x11
qemu-io -c "write -P 0x33 0 64k" "$V/c1-disk0.qcow2" >/dev/null
expect "$V/d1.qcow2" 0x22
echo "ok: the clone and its source are independent"

# At a snapshot, while the source runs (its layers are frozen).
"$R" snapshot create src S >/dev/null 2>&1 || fail "snapshot"
qemu-io -c "write -P 0x44 0 64k" "$(top src "$V/d1.qcow2")" >/dev/null
must 0 "src: running" -- start src
must 1 "is running: stop it, or clone one of its snapshots" -- clone src c2
must 0 "c2: stopped (a full clone of src at snapshot S)" -- clone src c2 --from-snapshot S
expect "$V/c2-disk0.qcow2" 0x22
must 3 "no snapshot named 'nope'" -- clone src c3 --from-snapshot nope
must 1 "already exists" -- clone src c1 --from-snapshot S
[ "$(q "SELECT COUNT(*) FROM vms WHERE name = 'c3'")$(q "SELECT COUNT(*) FROM volumes WHERE name LIKE 'c3%'")" = 00 ] ||
	fail "a refused clone left a row"
ls "$V" | grep -q "^c3\|^\.tmp" && fail "a refused clone left a file: $(ls -A "$V")"
must 0 "src: stopped" -- kill src

# The clone starts on its own disk; deleting it keeps its volumes (they
# are the pool's), which then can go.
must 0 "c2: running" -- start c2
VPID=$(json_get .pids.vm "$("$R" vm show c2 -o json)")
tr '\0' ' ' <"/proc/$VPID/cmdline" | grep -q -- "--disk $V/c2-disk0.qcow2,format=qcow2 --disk $V/ro.qcow2,format=qcow2,readonly=on" ||
	fail "clone's command line: $(tr '\0' ' ' <"/proc/$VPID/cmdline")"
must 0 "" -- delete --force c2
"$R" volume delete c2-disk0 >/dev/null 2>&1 || fail "the clone's volume is still held"
kill "$(daemon_pid)"
echo "all daemon clone checks passed"
