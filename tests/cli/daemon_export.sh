#!/bin/sh
# `rvisor vm export` / `vm import` (temporary directories; qemu-io writes
# in place of a guest): a VM exported from one daemon's state directory is
# imported by a second daemon with other directories, its disk content
# equal (qemu-img compare), and the imported firmware VM starts; a
# snapshot's disks can be exported while the VM runs; malformed archives
# (truncated, bad manifest, a member named ../x, a link) are refused with a
# clear message and leave no VM, no volume and no temporary file.
. "$(dirname "$0")/daemonlib.sh"
command -v qemu-io >/dev/null && command -v qemu-img >/dev/null ||
	{ echo "qemu-io/qemu-img missing: skipping"; exit 77; }
command -v python3 >/dev/null || { echo "python3 missing: skipping"; exit 77; }
V="$RVISOR_STATE_DIR/volumes"
A="$T/out"
mkdir "$A"
must 0 "usage: rvisor vm export" -- export --help
must 0 "usage: rvisor vm import" -- import --help
"$R" volume create d1 --size 16M >/dev/null 2>&1 || fail "volume create"
"$R" volume create ro --size 1M >/dev/null 2>&1 || fail "volume create"
must 0 "" -- create src --firmware "$T/idle.bin" --disk vol:d1 --disk vol:ro,readonly=on
qemu-io -c "write -P 0x11 0 64k" -c "write -P 0x5a 8M 64k" "$V/d1.qcow2" >/dev/null
qemu-io -c "write -P 0x77 0 4k" "$V/ro.qcow2" >/dev/null

must 0 "src: exported to $A/src.tar (2 disks)" -- export src "$A/src.tar"
tar tf "$A/src.tar" | tr '\n' ' ' | grep -qx "manifest.json disk0.qcow2 disk1.qcow2 " ||
	fail "archive members: $(tar tf "$A/src.tar")"
must 1 "already exists" -- export src "$A/src.tar"
must 0 "(1 disks)" -- export src "$A/rw.tar" --no-readonly
must 2 "must be an absolute\|not a valid name" -- export 'b/d' "$A/x.tar"
must 3 "no VM\|not found\|no such" -- export nope "$A/x.tar"
# A running VM: refused, unless from a snapshot.
"$R" snapshot create src S >/dev/null 2>&1 || fail "snapshot"
must 0 "src: running" -- start src
must 1 "is running: stop it, or export one of its snapshots" -- export src "$A/run.tar"
must 0 "exported" -- export src "$A/snap.tar" --from-snapshot S
must 0 "src: stopped" -- kill src
ls -A "$A" | grep -q tmp && fail "export left a temporary file: $(ls -A "$A")"
ls -A "$V" | grep -q "^\.tmp" && fail "export left a pool temporary: $(ls -A "$V")"

# A second daemon, other directories: the import.
export RVISOR_STATE_DIR="$T/state2" RVISOR_RUN_DIR="$T/run2"
S="$RVISOR_RUN_DIR/rvisor.sock"
V2="$RVISOR_STATE_DIR/volumes"
must 0 "src: stopped (imported from $A/src.tar, 2 disks)" -- import "$A/src.tar"
must 0 "" -- show src -o json
[ "$(field '.config.disks[0]')" = vol:src-disk0 ] && [ "$(field '.config.disks[1]')" = "vol:src-disk1,readonly=on" ] ||
	fail "imported disks: $OUT"
qemu-img compare -q "$T/state/volumes/d1.qcow2" "$V2/src-disk0.qcow2" || fail "disk 0 differs after import"
qemu-img compare -q "$T/state/volumes/ro.qcow2" "$V2/src-disk1.qcow2" || fail "disk 1 differs after import"
echo "ok: the imported disks equal the exported ones (qemu-img compare)"
must 0 "copy: stopped" -- import "$A/snap.tar" --name copy
qemu-img compare -q "$T/state/volumes/d1.qcow2" "$V2/copy-disk0.qcow2" || fail "snapshot export differs"
must 1 "already exists" -- import "$A/src.tar"
must 2 "reserved" -- create import --firmware "$T/idle.bin"
must 0 "src: running" -- start src
must 0 "" -- show src -o json
[ "$(field '.state')" = running ] || fail "the imported VM does not run: $OUT"
must 0 "src: stopped" -- kill src

# Malformed archives: refused, nothing left.
head -c 3000 "$A/src.tar" >"$A/trunc.tar"
must 2 "truncated" -- import "$A/trunc.tar" --name t1
python3 - "$A" <<'PY'
import io, sys, tarfile
d = sys.argv[1]
def make(name, members):
    with tarfile.open(f"{d}/{name}", "w", format=tarfile.USTAR_FORMAT) as t:
        for n, data, kind in members:
            i = tarfile.TarInfo(n)
            if kind == "link":
                i.type, i.linkname = tarfile.SYMTYPE, "/etc/passwd"
                t.addfile(i)
            else:
                i.size = len(data)
                t.addfile(i, io.BytesIO(data))
good = open(f"{d}/src.tar", "rb").read()
with tarfile.open(f"{d}/src.tar") as t:
    disk = t.extractfile("disk0.qcow2").read()
make("dotdot.tar", [("manifest.json", b"{}", ""), ("../x", b"x", "")])
make("link.tar", [("manifest.json", b"{}", ""), ("disk0.qcow2", b"", "link")])
make("badjson.tar", [("manifest.json", b"{not json", ""), ("disk0.qcow2", disk, "")])
make("version.tar", [("manifest.json", b'{"format": "rvisor-vm-archive", "version": 99, "name": "v", "config": {}, "disks": []}', "")])
make("notvm.tar", [("readme", b"hello", "")])
make("badcfg.tar", [("manifest.json", b'{"format": "rvisor-vm-archive", "version": 1, "name": "v", "config": {"name": "v", "cpus": 9999, "firmware": "/x", "disks": ["disk0.qcow2"]}, "disks": ["disk0.qcow2"]}', ""), ("disk0.qcow2", disk, "")])
make("baddisk.tar", [("manifest.json", b'{"format": "rvisor-vm-archive", "version": 1, "name": "v", "config": {"name": "v", "firmware": "/x", "disks": ["disk0.qcow2", "disk1.qcow2"]}, "disks": ["disk0.qcow2", "disk1.qcow2"]}', ""), ("disk0.qcow2", disk, ""), ("disk1.qcow2", b"QFI\xfbgarbage" * 100, "")])
PY
must 2 "member name '../x' refused" -- import "$A/dotdot.tar"
must 2 "not a regular file" -- import "$A/link.tar"
must 2 "bad manifest" -- import "$A/badjson.tar"
must 2 "version 99 not supported" -- import "$A/version.tar"
must 2 "has no manifest.json" -- import "$A/notvm.tar"
must 2 "configuration" -- import "$A/badcfg.tar"
vm import "$A/baddisk.tar"
[ "$RC" -ne 0 ] && echo "$OUT" | grep -q "disk 1" || fail "a bad disk image imported: $RC $OUT"
echo "ok: a bad disk image refused: $OUT"
must 3 "no such file\|not found" -- import "$A/none.tar"
[ "$(q "SELECT COUNT(*) FROM vms WHERE name NOT IN ('src', 'copy')")$(q "SELECT COUNT(*) FROM volumes WHERE name NOT LIKE 'src-%' AND name NOT LIKE 'copy-%'")" = 00 ] ||
	fail "a refused import left a row: $(q 'SELECT name FROM volumes')"
ls -A "$V2" | grep -v "^src-\|^copy-" && fail "a refused import left a file: $(ls -A "$V2")"
echo "PASS"
