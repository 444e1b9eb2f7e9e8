#!/bin/sh
# The daemon's storage pool through `rvisor volume` (temporary
# directories): create qcow2/raw/overlay volumes that qemu-img reads and
# checks, list/show, resize (grow only), import (checked copies; a qcow2
# naming a backing file or a non-regular file refused), VMs using
# "vol:NAME" disks (the volume's path and format on the VM's command line),
# delete refused while a VM or an overlay uses a volume and while a
# running VM holds it for resize; nothing left behind by a failure; files
# without rows removed when the daemon starts.
. "$(dirname "$0")/daemonlib.sh"
command -v qemu-img >/dev/null || { echo "qemu-img missing: skipping"; exit 77; }
V="$RVISOR_STATE_DIR/volumes"
vol() {
	OUT=$("$R" volume "$@" 2>&1 </dev/null)
	RC=$?
}
vmust() {
	want=$1 pat=$2
	shift 3
	vol "$@"
	if [ "$RC" -ne "$want" ] || { [ -n "$pat" ] && ! echo "$OUT" | grep -qi -- "$pat"; }; then
		fail "rvisor volume $* -> status $RC (want $want${pat:+, '$pat'}), output: $OUT"
	fi
	echo "ok: volume $* -> $RC: $(echo "$OUT" | head -1)"
}

for v in create list show delete resize import; do
	vmust 0 "usage: rvisor volume $v" -- $v --help
done
vmust 0 "verbs:" -- --help
vmust 2 "no verb" --
vmust 2 "unknown verb" -- frob
vmust 2 "size is required" -- create v0
vmust 2 "expected a size" -- create v0 --size 12Q
vmust 2 "not a valid volume name" -- create _bad --size 1M
vmust 2 "does not apply" -- list --size 1M

# create: qcow2 (default), raw, an overlay; qemu-img agrees.
vmust 0 "base: qcow2 64.0M" -- create base --size 64M
vmust 1 "already exists" -- create base --size 1M
vmust 0 "r1: raw 16.0M" -- create r1 --size 16M --format raw
vmust 2 "qcow2 or raw" -- create r2 --size 16M --format vmdk
vmust 0 "top: qcow2 64.0M" -- create top --backing base
vmust 2 "backing volume 'nope' does not exist" -- create t2 --backing nope
vmust 2 "raw volume cannot have a backing" -- create t3 --backing base --format raw
[ "$(q 'SELECT COUNT(*) FROM volumes')" = 3 ] || fail "rows: $(q 'SELECT * FROM volumes')"
qemu-img check "$V/base.qcow2" >/dev/null || fail "qemu-img check base: $(qemu-img check "$V/base.qcow2" 2>&1)"
qemu-img check "$V/top.qcow2" >/dev/null || fail "qemu-img check top"
qemu-img info "$V/top.qcow2" | grep -q "backing file: base.qcow2" ||
	fail "top's backing file: $(qemu-img info "$V/top.qcow2")"
qemu-img info "$V/base.qcow2" | grep -q "virtual size: 64 MiB" || fail "base's size"
qemu-img info -f raw "$V/r1.raw" | grep -q "virtual size: 16 MiB" || fail "r1's size"
[ "$(stat -c %a "$V/base.qcow2")" = 600 ] || fail "volume not 0600"
echo "ok: qemu-img checks and reads the volumes"
vmust 0 "top .*qcow2 .*64.0M .*base" -- list
vmust 0 "" -- show top -o json
[ "$(field .backing)" = base ] && [ "$(field .size)" = 67108864 ] &&
	[ "$(field .path)" = "$V/top.qcow2" ] || fail "show: $OUT"
vmust 3 "no volume named" -- show nope

# resize: grows (qcow2 and raw), never shrinks.
vmust 0 "base: qcow2 128.0M" -- resize base 128M
qemu-img info "$V/base.qcow2" | grep -q "virtual size: 128 MiB" || fail "resize not in the file"
qemu-img check "$V/base.qcow2" >/dev/null || fail "qemu-img check after resize"
vmust 0 "r1: raw 32.0M" -- resize r1 32M
[ "$(stat -c %s "$V/r1.raw")" = 33554432 ] || fail "raw resize"
vmust 2 "only grow" -- resize base 1M
vmust 3 "no volume named" -- resize nope 1G

# import: a qcow2 with data, a raw file; refused: a backing file, a
# device, a missing file; each refusal leaves no row and no file.
head -c 1000000 /dev/urandom >"$T/data"
truncate -s 8M "$T/data"
qemu-img convert -f raw -O qcow2 "$T/data" "$T/src.qcow2" || fail "qemu-img convert"
vmust 0 "imp: qcow2 8.0M" -- import imp "$T/src.qcow2"
qemu-img compare "$T/src.qcow2" "$V/imp.qcow2" >/dev/null || fail "imported qcow2 differs"
qemu-img check "$V/imp.qcow2" >/dev/null || fail "imported qcow2 check"
head -c 3000000 /dev/urandom >"$T/disk.raw"
cd "$T" && vmust 0 "rawimp: raw 2.9M" -- import rawimp disk.raw && cd - >/dev/null
cmp "$T/disk.raw" "$V/rawimp.raw" || fail "imported raw differs"
qemu-img create -q -f qcow2 -b "$T/src.qcow2" -F qcow2 "$T/over.qcow2"
vmust 2 "has a backing file" -- import bad1 "$T/over.qcow2"
vmust 2 "not a regular file" -- import bad2 /dev/null
vmust 2 "No such file" -- import bad3 "$T/missing.img"
printf 'QFI\373garbage-header' >"$T/broken.qcow2"
vmust 2 "" -- import bad4 "$T/broken.qcow2"
vmust 1 "already exists" -- import imp "$T/src.qcow2"
[ "$(q "SELECT COUNT(*) FROM volumes WHERE name LIKE 'bad%'")" = 0 ] || fail "a refused import left a row"
ls -A "$V" | grep -qE '^(bad|\.tmp)' && fail "a refused import left a file: $(ls -A "$V")"
echo "ok: refused imports left nothing"

# VMs use volumes as "vol:NAME" disks.
must 2 "names no valid volume" -- create vmx --firmware "$T/idle.bin" --disk "vol:_x"
must 2 "no volume named 'nope'" -- create vmx --firmware "$T/idle.bin" --disk vol:nope
[ "$(q "SELECT COUNT(*) FROM vms WHERE name = 'vmx'")" = 0 ] || fail "a refused create left a row"
must 2 "format is its own" -- create vmx --firmware "$T/idle.bin" --disk vol:top,format=raw
must 0 "vm1: stopped" -- create vm1 --firmware "$T/idle.bin" --disk vol:top --disk vol:r1,readonly=on
must 0 "" -- show vm1 -o json
[ "$(field '.config.disks[0]')" = vol:top ] || fail "disk recorded as $OUT"
vmust 0 "top .*vm1" -- list
must 0 "vm1: running" -- start vm1
VPID=$(json_get .pids.vm "$("$R" vm show vm1 -o json)")
tr '\0' ' ' <"/proc/$VPID/cmdline" | grep -q -- "--disk $V/top.qcow2,format=qcow2 --disk $V/r1.raw,format=raw,readonly=on" ||
	fail "VM command line: $(tr '\0' ' ' <"/proc/$VPID/cmdline")"
echo "ok: the running VM opens the volumes' files"
vmust 1 "in use by running VM vm1" -- resize top 256M
vmust 1 "attached to VM vm1" -- delete top
vmust 1 "backing volume of 'top'" -- delete base
must 0 "vm1: stopped" -- kill vm1
vmust 0 "top: qcow2 256.0M" -- resize top 256M
vmust 1 "attached to VM vm1" -- delete top
must 2 "no volume named 'gone'" -- modify vm1 --disk vol:gone
must 0 "" -- modify vm1 --unset disks
vmust 0 "" -- delete top
[ -e "$V/top.qcow2" ] && fail "delete left the file"
vmust 3 "no volume named" -- delete top
vmust 0 "" -- delete base
echo "ok: delete refused while used, then done"

# The daemon restarted: files no row records (a create or delete cut
# short) and temporary files are removed; the volumes recorded stay.
kill_daemon_9
: >"$V/stray.qcow2"
: >"$V/.tmp-x-123456"
: >"$V/notes.txt"
vmust 0 "imp " -- list
[ -e "$V/stray.qcow2" ] || [ -e "$V/.tmp-x-123456" ] && fail "leftovers not removed: $(ls -A "$V")"
[ -e "$V/notes.txt" ] || fail "a file the daemon did not make was removed"
[ -e "$V/imp.qcow2" ] && [ -e "$V/r1.raw" ] || fail "a recorded volume was removed"
echo "ok: leftovers removed at daemon start, nothing else"

# The API: 405 with Allow, 404 for unknown actions, unknown fields named.
ST=$(curl -s -o "$T/body" -w '%{http_code}' --unix-socket "$S" -X PUT http://l/volumes)
[ "$ST" = 405 ] || fail "PUT /volumes -> $ST"
ST=$(curl -s -o "$T/body" -w '%{http_code}' --unix-socket "$S" -X POST http://l/volumes/imp/frob)
[ "$ST" = 404 ] || fail "POST /volumes/imp/frob -> $ST"
ST=$(curl -s -o "$T/body" -w '%{http_code}' --unix-socket "$S" -X POST -d '{"name":"z","size":1,"colour":1}' http://l/volumes)
[ "$ST" = 400 ] && grep -q "unknown field 'colour'" "$T/body" || fail "unknown field -> $ST $(cat "$T/body")"
echo "PASS"
