#!/bin/sh
# Linked clones through `rvisor vm clone --linked` (temporary directories;
# qemu-io writes in place of a guest, a firmware that idles in wfi runs):
# a linked clone copies nothing (its overlay is small and
# `qemu-img info --backing-chain` shows it over the source's frozen
# layer), a stopped source gets a snapshot named as the clone for it;
# writes through the clone, a sibling and the source do not reach each
# other; the source's snapshot and the source refuse to be deleted (409,
# naming the clones) until the clones are gone; a clone that fails takes
# back the snapshot it made; `vm show` gives the
# origin; a clone of a snapshot with memory starts restored from it as a
# clone (--restore ... --clone) once, then boots.
. "$(dirname "$0")/daemonlib.sh"
command -v qemu-io >/dev/null && command -v qemu-img >/dev/null ||
	{ echo "qemu-io/qemu-img missing: skipping"; exit 77; }
V="$RVISOR_STATE_DIR/volumes"
top() { # the overlay VM $1's disk 0 writes
	q "SELECT json_extract(tops, '\$[0]') FROM vm_layers l JOIN vms v ON v.id = l.vm_id WHERE v.name = '$1'"
}
expect() { # FILE PATTERN
	o=$(qemu-io -r -c "read -P $2 0 64k" "$1" 2>&1)
	echo "$o" | grep -q "verification failed" && fail "$1 does not hold $2: $o"
	echo "$o" | grep -q "read 65536/65536" || fail "qemu-io read $1: $o"
	echo "ok: $1 shows $2"
}
cmdline() { tr '\0' ' ' <"/proc/$(q "SELECT vm_pid FROM vms WHERE name = '$1'")/cmdline"; }

must 0 "--linked" -- clone --help
"$R" volume create d1 --size 64M >/dev/null 2>&1 || fail "volume create"
"$R" volume create ro --size 1M >/dev/null 2>&1 || fail "volume create"
must 0 "" -- create src --firmware "$T/idle.bin" --disk vol:d1 --disk vol:ro,readonly=on --net user,mac=52:54:00:12:34:56
# 32 MiB of data in the source: a copy would show.
qemu-io -c "write -P 0x11 0 32M" "$V/d1.qcow2" >/dev/null

# A stopped source: its disks are frozen in a snapshot named as the clone.
must 0 "l1: stopped (a linked clone of src at snapshot l1)" -- clone src l1 --linked
"$R" snapshot list src -o json 2>/dev/null | grep -q '"name": *"l1"' ||
	fail "no snapshot l1 of src: $("$R" snapshot list src 2>&1)"
must 0 "" -- show l1 -o json
[ "$(field .origin.source)$(field .origin.snapshot)$(field .origin.mode)" = srcl1linked ] ||
	fail "l1's origin: $OUT"
[ "$(field '.config.disks[0]')" = "$V/d1.qcow2,format=qcow2" ] || fail "l1's disk: $(field .config.disks)"
[ "$(field '.config.devices[0]')" = "net,user" ] || fail "l1 kept the MAC: $(field .config.devices)"
must 0 "origin: *linked clone of src at snapshot l1" -- show l1
L1=$(top l1)
size=$(stat -c %s "$L1")
[ "$size" -lt 1048576 ] || fail "l1's overlay is $size bytes: data was copied"
chain=$(qemu-img info --backing-chain "$L1" 2>&1)
echo "$chain" | grep -q "backing file: $V/d1.qcow2" || fail "l1's chain: $chain"
echo "ok: l1's overlay is $size bytes over $V/d1.qcow2"
ls "$V" | grep -q "^l1" && fail "a linked clone made a volume: $(ls "$V")"

# A sibling from the same snapshot; writes stay where they are made.
must 0 "l2: stopped (a linked clone of src at snapshot l1)" -- clone src l2 --linked --from-snapshot l1
L2=$(top l2)
ST=$(top src)
qemu-io -c "write -P 0x22 0 64k" "$L1" >/dev/null
qemu-io -c "write -P 0x33 0 64k" "$ST" >/dev/null
expect "$L1" 0x22
expect "$L2" 0x11
expect "$ST" 0x33
expect "$V/d1.qcow2" 0x11
echo "ok: the clones, their sibling and their source are independent"

# A clone that fails after its snapshot was made takes it back: the VM's
# directory cannot be made (a file is in its place).
next=$(($(q "SELECT seq FROM sqlite_sequence WHERE name = 'vms'") + 1))
: >"$RVISOR_STATE_DIR/vms/$next"
must 1 "clone 'lx'" -- clone src lx --linked
[ "$(q "SELECT COUNT(*) FROM snapshots WHERE name = 'lx'")$(q "SELECT COUNT(*) FROM vms WHERE name = 'lx'")" = 00 ] ||
	fail "a failed linked clone left its snapshot or row"
rm "$RVISOR_STATE_DIR/vms/$next"
expect "$(top src)" 0x33
echo "ok: a failed linked clone leaves no VM and no snapshot"

# What they depend on stays.
must 1 "holds the disk layers of its linked clone(s) l1, l2" -- delete src
must 1 "linked clone(s) l1, l2: delete them first" -- delete --force src
vm_out=$("$R" snapshot delete src l1 2>&1) && fail "snapshot l1 was deleted under its clones"
echo "$vm_out" | grep -q "holds the disk layers of its linked clone(s) l1, l2" ||
	fail "snapshot delete: $vm_out"
echo "ok: snapshot delete src l1 refused: $vm_out"

# A linked clone runs on its overlay.
must 0 "l1: running" -- start l1
cmdline l1 | grep -q -- "--disk $L1,format=qcow2 --disk $V/ro.qcow2,format=qcow2,readonly=on" ||
	fail "l1's command line: $(cmdline l1)"
must 0 "" -- kill l1
expect "$L1" 0x22

# From a snapshot with memory: the first start restores it as a clone.
must 0 "src: running" -- start src
"$R" snapshot create src m >/dev/null 2>&1 || fail "snapshot create src m"
must 0 "lm: stopped (a linked clone of src at snapshot m)" -- clone src lm --linked --from-snapshot m
must 0 "lm: running" -- start lm
state=$(q "SELECT state_path FROM snapshots WHERE name = 'm'")
cmdline lm | grep -q -- "--restore $state --mem-file .* --clone --disk $(top lm),format=qcow2" ||
	fail "lm did not restore as a clone: $(cmdline lm)"
must 0 "" -- kill lm
must 0 "lm: running" -- start lm
cmdline lm | grep -q -- "--restore" && fail "lm restored again: $(cmdline lm)"
echo "ok: lm restored from src's memory once, as a clone"
must 0 "" -- kill lm
must 0 "" -- kill src

# Once the clones are gone, so may be what they used.
must 0 "" -- delete l1
must 0 "" -- delete l2
must 1 "linked clone(s) lm" -- delete src
must 0 "" -- delete lm
"$R" snapshot delete src l1 >/dev/null 2>&1 || fail "snapshot delete src l1 after its clones"
must 0 "" -- delete src
[ "$(q "SELECT COUNT(*) FROM vm_origins")" = 0 ] || fail "origins left: $(q "SELECT * FROM vm_origins")"
echo "ok: the source and its snapshot go once their clones are gone"
kill "$(daemon_pid)"
echo "all daemon linked clone checks passed"
