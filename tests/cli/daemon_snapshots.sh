#!/bin/sh
# A managed VM's snapshot tree with its disks through `rvisor snapshot`
# (temporary directories; qemu-io writes to the VM's current disk layer in
# place of a guest): a tree of snapshots of a stopped VM, revert to each
# gives back exactly its disk contents, later snapshots stay, delete merges
# a layer into its child without changing what the others show, every
# layer passes qemu-img check; a running VM's snapshot keeps its memory
# state and the VM goes on restored from it over new overlays; revert of
# a running VM restarts it from that moment; refusals (names, duplicates,
# busy); a deleted VM leaves no layer or snapshot file.
. "$(dirname "$0")/daemonlib.sh"
command -v qemu-io >/dev/null && command -v qemu-img >/dev/null ||
	{ echo "qemu-io/qemu-img missing: skipping"; exit 77; }
snap() {
	OUT=$("$R" snapshot "$@" 2>&1 </dev/null)
	RC=$?
}
smust() {
	want=$1 pat=$2
	shift 3
	snap "$@"
	if [ "$RC" -ne "$want" ] || { [ -n "$pat" ] && ! echo "$OUT" | grep -qi -- "$pat"; }; then
		fail "rvisor snapshot $* -> status $RC (want $want${pat:+, '$pat'}), output: $OUT"
	fi
	echo "ok: snapshot $* -> $RC: $(echo "$OUT" | head -1)"
}
# The file disk 0 of VM 1 reads and writes now.
top() { q "SELECT json_extract(tops, '\$[0]') FROM vm_layers WHERE vm_id = $1"; }
# write VM_ID PATTERN: fill the first 64 KiB and 1 MiB..1M+4K of disk 0
write() {
	qemu-io -c "write -P $2 0 64k" -c "write -P $2 1M 4k" "$(top "$1")" >/dev/null ||
		fail "qemu-io write $2"
}
# expect VM_ID PATTERN: what the VM's disk 0 shows now
expect() {
	o=$(qemu-io -r -c "read -P $2 0 64k" -c "read -P $2 1M 4k" "$(top "$1")" 2>&1)
	echo "$o" | grep -q "verification failed" && fail "VM $1's disk does not hold $2: $o"
	echo "$o" | grep -q "read 65536/65536" || fail "qemu-io read: $o"
	echo "ok: disk shows $2"
}
checkall() {
	for f in "$RVISOR_STATE_DIR"/vms/*/layers/*.qcow2; do
		qemu-img check -q "$f" || fail "qemu-img check $f"
	done
}

for v in create list revert delete; do
	smust 0 "usage: rvisor snapshot $v" -- $v --help
done
smust 2 "no verb" --
smust 2 "expected VM NAME" -- create onlyvm
"$R" volume create d1 --size 64M >/dev/null 2>&1 || fail "volume create"
"$R" volume create ro --size 1M >/dev/null 2>&1 || fail "volume create"
must 0 "s1: stopped" -- create s1 --firmware "$T/idle.bin" --disk vol:d1 --disk vol:ro,readonly=on
ID=$(q "SELECT id FROM vms WHERE name = 's1'")
smust 0 "no snapshots" -- list s1
smust 3 "no VM named" -- list nope
smust 2 "not a valid name" -- create s1 _x

# A tree: A -> B -> C, then A -> D (a branch after a revert).
qemu-io -c "write -P 0x11 0 64k" -c "write -P 0x11 1M 4k" "$RVISOR_STATE_DIR/volumes/d1.qcow2" >/dev/null
smust 0 "\* A" -- create s1 A --description "the first"
[ "$(top "$ID")" != "$RVISOR_STATE_DIR/volumes/d1.qcow2" ] || fail "no overlay after a snapshot"
[ "$(q "SELECT json_extract(tops, '\$[1]') FROM vm_layers")" = "" ] || fail "a read-only disk got an overlay"
write "$ID" 0x22
smust 0 "\* B" -- create s1 B
write "$ID" 0x33
smust 0 "\* C" -- create s1 C
write "$ID" 0x3f # after C: discarded by the next revert
smust 1 "already has a snapshot named 'C'" -- create s1 C
smust 0 "\* A" -- revert s1 A
expect "$ID" 0x11
write "$ID" 0x44
smust 0 "\* D" -- create s1 D
smust 0 "" -- list s1
echo "$OUT"
echo "$OUT" | grep -q "^- A .*the first" && echo "$OUT" | grep -q "^  - B" &&
	echo "$OUT" | grep -q "^    - C" && echo "$OUT" | grep -q "^  \* D" || fail "tree: $OUT"
for s in B:0x22 C:0x33 A:0x11 D:0x44; do
	smust 0 "\* ${s%:*}" -- revert s1 "${s%:*}"
	expect "$ID" "${s#*:}"
done
checkall
smust 3 "no snapshot named 'Z'" -- revert s1 Z

# Delete B: its layer has one child (C's), merged into it; C, A, D unchanged.
NL=$(ls "$RVISOR_STATE_DIR/vms/$ID/layers" | wc -l)
smust 0 "" -- delete s1 B
[ "$(ls "$RVISOR_STATE_DIR/vms/$ID/layers" | wc -l)" -eq $((NL - 1)) ] ||
	fail "B's layer was not merged away: $(ls "$RVISOR_STATE_DIR/vms/$ID/layers")"
smust 0 "" -- list s1
echo "$OUT" | grep -q "^  - C" || fail "C did not move under A: $OUT"
for s in C:0x33 A:0x11 D:0x44; do
	smust 0 "\* ${s%:*}" -- revert s1 "${s%:*}"
	expect "$ID" "${s#*:}"
done
checkall
# Delete A: its layer is the volume itself, which stays.
smust 0 "" -- delete s1 A
[ -e "$RVISOR_STATE_DIR/volumes/d1.qcow2" ] || fail "a volume was removed with a snapshot"
smust 0 "\* D" -- revert s1 D
expect "$ID" 0x44
smust 0 "" -- revert s1 C
expect "$ID" 0x33
checkall

# A running VM: memory state kept, the VM goes on (restored) over new
# overlays; revert of a running VM restarts it from that moment.
must 0 "s1: running" -- start s1
P1=$(json_get .pids.vm "$("$R" vm show s1 -o json)")
smust 0 "\* R1 (memory)" -- create s1 R1
must 0 "state: *running" -- show s1
P2=$(json_get .pids.vm "$("$R" vm show s1 -o json)")
[ "$P1" != "$P2" ] || fail "the VM process was not replaced"
tr '\0' ' ' <"/proc/$P2/cmdline" | grep -q -- "--restore $RVISOR_STATE_DIR/vms/$ID/snapshots/.*\.state --mem-file .*\.mem --disk $(top "$ID"),format=qcow2 --disk $RVISOR_STATE_DIR/volumes/ro.qcow2" ||
	fail "the VM does not go on from the snapshot: $(tr '\0' ' ' <"/proc/$P2/cmdline")"
echo "ok: the running VM goes on restored from R1 over its new overlay"
smust 0 "\* D" -- revert s1 D
P3=$(json_get .pids.vm "$("$R" vm show s1 -o json)")
[ -n "$P3" ] && [ "$P3" != "$P2" ] || fail "revert did not restart the running VM"
tr '\0' ' ' <"/proc/$P3/cmdline" | grep -q -- "--restore" && fail "D has no memory state but the VM restored"
must 0 "s1: stopped" -- kill s1
expect "$ID" 0x44
smust 0 "\* R1" -- revert s1 R1
smust 0 "resumes from the current snapshot's memory" -- list s1
smust 1 "resumes from snapshot 'R1'" -- delete s1 R1
must 0 "s1: running" -- start s1
P4=$(json_get .pids.vm "$("$R" vm show s1 -o json)")
tr '\0' ' ' <"/proc/$P4/cmdline" | grep -q -- "--restore" || fail "a stopped VM reverted to R1 did not resume from it"
must 0 "s1: stopped" -- kill s1
must 0 "s1: running" -- start s1
P5=$(json_get .pids.vm "$("$R" vm show s1 -o json)")
tr '\0' ' ' <"/proc/$P5/cmdline" | grep -q -- "--restore" && fail "the second start resumed again"
echo "ok: a reverted stopped VM resumes once, then boots"
smust 0 "" -- delete s1 R1
ls "$RVISOR_STATE_DIR/vms/$ID/snapshots" | grep -q . && fail "R1's memory state left: $(ls "$RVISOR_STATE_DIR/vms/$ID/snapshots")"

# The disks changed under the snapshots: refused, not half-done.
must 0 "" -- kill s1
checkall

# A daemon killed in the middle of an operation: at its next start, layer
# and snapshot files no row names are removed, the others kept.
L="$RVISOR_STATE_DIR/vms/$ID/layers"
NK=$(ls "$L" | wc -l)
kill_daemon_9
: >"$L/d0-stray.qcow2"
: >"$L/d0-x.qcow2.merge"
: >"$RVISOR_STATE_DIR/vms/$ID/snapshots/stray.mem"
must 0 "s1" -- list
[ -e "$L/d0-stray.qcow2" ] || [ -e "$L/d0-x.qcow2.merge" ] ||
	[ -e "$RVISOR_STATE_DIR/vms/$ID/snapshots/stray.mem" ] && fail "unrecorded files stayed"
[ "$(ls "$L" | wc -l)" -eq "$NK" ] || fail "recorded layers were removed: $(ls "$L")"
smust 0 "\* C" -- revert s1 C
expect "$ID" 0x33
smust 0 "\* D" -- revert s1 D
expect "$ID" 0x44
echo "ok: unrecorded files removed at daemon start, the tree intact"
must 0 "" -- modify s1 --disk vol:d1
smust 1 "disks changed" -- create s1 X
must 1 "disks changed" -- start s1
must 0 "" -- modify s1 --disk vol:d1 --disk vol:ro,readonly=on

# A deleted VM takes its layers and snapshots with it (not its volumes).
must 0 "" -- delete s1
[ -e "$RVISOR_STATE_DIR/vms/$ID" ] && fail "the VM's directory stayed: $(ls -R "$RVISOR_STATE_DIR/vms/$ID")"
[ "$(q 'SELECT COUNT(*) FROM snapshots')$(q 'SELECT COUNT(*) FROM vm_layers')" = 00 ] || fail "rows left"
[ -e "$RVISOR_STATE_DIR/volumes/d1.qcow2" ] || fail "the volume went with the VM"
"$R" volume delete d1 >/dev/null 2>&1 || fail "the volume is still held"
kill "$(daemon_pid)"
echo "all daemon snapshot checks passed"
