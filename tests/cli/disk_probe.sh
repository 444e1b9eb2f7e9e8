#!/bin/sh
# The format-probing attack on disks given without format=: a guest owns a
# raw disk, so it can write into sector 0 the header of a qcow2 image whose
# backing file is a host file ("secret", a file this test makes in its own
# temporary directory). Whoever later opens the disk by probing its format
# sees a qcow2 image and reads the host file through it. Here the header is
# put on the image from the host (as a guest write through an rvisor without
# the sector-0 guard, or while the disk was format=raw, leaves it), then:
#   - a guest reboot (PUT /actions reboot) must reopen the disk as raw;
#   - a restore of a snapshot taken with the probed-raw disk must too, with
#     and without --disk naming the image again;
#   - a restore of a snapshot in the older VMCF v2 layout, which recorded no
#     format, must refuse a disk that now probes as qcow2, also when --disk
#     names the image again without a format (and take a raw one);
#   - `rvisor img convert` and `img create -b` without a format must not
#     follow the planted backing file (with -f qcow2 they do: the bait works).
# "Not followed" is checked where it cannot be missed: the VM process never
# has the secret file open (/proc/PID/fd), and no output holds its bytes.
. "$(dirname "$0")/apilib.sh"
command -v python3 >/dev/null || { echo "python3 missing: skipping"; exit 77; }

python3 -c 'open("'"$T"'/secret", "wb").write(b"SECRET-HOST-FILE-" * 4000)'
# The attacker's header: a qcow2 image of the disk's size (1 MiB, so the
# virtio-blk state check of a restore passes) backed by "secret", which is
# resolved next to the image. Small clusters: it is 2 KiB long.
$R img create -q -f qcow2 -o cluster_size=512 -b secret -F raw "$T/hdr.qcow2" 1M ||
	fail "cannot make the qcow2 header"
plant() { dd if="$T/hdr.qcow2" of="$1" conv=notrunc 2>/dev/null || fail "plant into $1"; }
blank() { head -c 1048576 /dev/zero >"$1"; }
# secret_open PID WHAT: fail if the process has the secret file open.
secret_open() {
	for fd in /proc/"$(vm_process "$1")"/fd/*; do
		case "$(readlink "$fd")" in
		"$T/secret") fail "$2: the VM opened the host file (the planted backing file)" ;;
		esac
	done
	echo "ok: $2: the host file is not open in the VM"
}
has_secret() { grep -q "SECRET-HOST-FILE" "$1"; }

# --- rvisor img ---
blank "$T/planted.img"
plant "$T/planted.img"
$R img convert -O raw "$T/planted.img" "$T/out.raw" 2>"$T/conv.err" &&
	fail "img convert without -f followed the planted backing file"
grep -q "backing file 'secret'.*-f qcow2" "$T/conv.err" || fail "img convert: message: $(cat "$T/conv.err")"
[ -f "$T/out.raw" ] && has_secret "$T/out.raw" && fail "img convert wrote the host file's bytes"
echo "ok: img convert refuses a probed qcow2 with a backing file: $(cat "$T/conv.err")"
rm -f "$T/out.raw"
$R img convert -f raw -O raw "$T/planted.img" "$T/out.raw" || fail "img convert -f raw"
cmp -s "$T/planted.img" "$T/out.raw" || fail "img convert -f raw: not a copy of the file"
echo "ok: img convert -f raw copies the file as it is"
rm -f "$T/out.raw"
$R img convert -f qcow2 -O raw "$T/planted.img" "$T/out.raw" || fail "img convert -f qcow2"
has_secret "$T/out.raw" || fail "the bait does not work: -f qcow2 does not read the backing file"
echo "ok: with -f qcow2 (the user's word) the backing file is followed: the bait works"
$R img create -q -f qcow2 -b planted.img "$T/ov.qcow2" 2>"$T/create.err" &&
	fail "img create -b without -F followed the planted backing file"
grep -q "backing file 'secret'.*-F qcow2" "$T/create.err" || fail "img create: message: $(cat "$T/create.err")"
echo "ok: img create -b refuses a probed qcow2 backing file with a backing file"
$R img create -q -f qcow2 -b planted.img -F raw "$T/ov.qcow2" || fail "img create -b -F raw"

# The detector works: a VM given the planted image as format=qcow2 (the
# user's word) has the backing file open.
S=$T/api0.sock
$R run --firmware "$T/loop.bin" --disk "$T/planted.img,format=qcow2,readonly=on" --api-socket "$S" \
	--timeout 60 </dev/null >"$T/run0.log" 2>&1 &
P=$!
PIDS="$PIDS $P"
wait_sock "$S"
ls -l /proc/$(vm_process $P)/fd | grep -q "$T/secret" || fail "the detector does not see the backing file open"
echo "ok: the detector sees a backing file the VM opened"
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
wait "$P"

# --- a guest reboot reopens the disk with the format probed at start ---
blank "$T/disk.img"
S=$T/api.sock
$R run --firmware "$T/loop.bin" --disk "$T/disk.img" --api-socket "$S" --timeout 60 \
	</dev/null >"$T/run1.log" 2>&1 &
P=$!
PIDS="$PIDS $P"
wait_sock "$S"
grep -q "warning: --disk $T/disk.img: no format given, probed raw" "$T/run1.log" ||
	fail "no warning about the probed format"
plant "$T/disk.img"
expect PUT /actions '{"action_type":"reboot"}' 204 ""
sleep 1
wait_api /vm
secret_open $P "after a guest reboot"
# Snapshot this VM (the disk was probed raw; sector 0 now holds the header).
expect PATCH /vm '{"state":"paused"}' 204 ""
expect PUT /snapshot/create '{"snapshot_path":"'"$T"'/vm.snap","mem_file_path":"'"$T"'/vm.mem"}' 200 '"seconds"'
expect PUT /actions '{"action_type":"shutdown"}' 204 ""
wait "$P"

# --- restore keeps the recorded format ---
restore() { # WHAT [--disk ...]: restore vm.snap, check, shut down
	what=$1
	shift
	S=$T/api2.sock
	$R run --restore "$T/vm.snap" --mem-file "$T/vm.mem" --api-socket "$S" --timeout 60 "$@" </dev/null >"$T/run2.log" 2>&1 &
	P=$!
	PIDS="$PIDS $P"
	wait_sock "$S"
	wait_api /vm
	secret_open $P "$what"
	expect PUT /actions '{"action_type":"shutdown"}' 204 ""
	wait "$P"
}
restore "restore with the recorded disk"
restore "restore with the same image given again" --disk "$T/disk.img"

# --- a snapshot of an older rvisor (VMCF v2) recorded no format ---
python3 - "$T/vm.snap" "$T/old.snap" <<'PY' || fail "cannot make a VMCF v2 snapshot"
import struct, sys, zlib
b = bytearray(open(sys.argv[1], "rb").read())
off = struct.unpack_from("<I", b, 12)[0]             # header length: VMCF follows
sid, inst, ver, n = struct.unpack_from("<IIIQ", b, off)
assert sid == int.from_bytes(b"VMCF", "little") and ver == 3, (sid, ver)
p = bytes(b[off + 20:off + 20 + n])
pos = 8 + 4 + 8
def skip_str(pos):
    l = struct.unpack_from("<I", p, pos)[0]
    return pos + 4 + (0 if l == 0xffffffff else l)
for _ in range(4):                                 # kernel, initrd, append, firmware
    pos = skip_str(pos)
nd = struct.unpack_from("<I", p, pos)[0]
pos += 4
out = bytearray(p[:pos])
for _ in range(nd):
    q = skip_str(pos)                              # path
    out += p[pos:q]
    out += struct.pack("<I", 0xffffffff)           # format: none recorded
    pos = skip_str(q)
    q = skip_str(pos)                              # serial
    q += 2 + 32                                    # readonly, direct, limits
    out += p[pos:q]
    pos = q + 1                                    # v3's flags byte: gone
out += p[pos:]
sec = struct.pack("<IIIQ", sid, inst, 2, len(out)) + out
sec += struct.pack("<I", zlib.crc32(sec))
open(sys.argv[2], "wb").write(b[:off] + sec + b[off + 20 + n + 4:])
PY
$R run --restore "$T/old.snap" --mem-file "$T/vm.mem" --timeout 20 </dev/null >"$T/old.log" 2>&1
st=$?
[ $st -eq 2 ] || fail "restore of a v2 snapshot whose disk probes as qcow2: status $st: $(cat "$T/old.log")"
grep -q "no format was recorded for this disk and it now probes as qcow2" "$T/old.log" ||
	fail "v2 restore: message: $(cat "$T/old.log")"
echo "ok: v2 snapshot, disk now probing as qcow2: refused: $(head -1 "$T/old.log")"
$R run --restore "$T/old.snap" --mem-file "$T/vm.mem" --timeout 20 --disk "$T/disk.img" \
	</dev/null >"$T/old.log" 2>&1
st=$?
[ $st -eq 2 ] && grep -q "now probes as qcow2" "$T/old.log" ||
	fail "v2 restore, the same image given again without a format: status $st: $(cat "$T/old.log")"
echo "ok: v2 snapshot, the same image given again without a format: refused"
restore_old() { # WHAT [--disk ...]
	what=$1
	shift
	S=$T/api3.sock
	$R run --restore "$T/old.snap" --mem-file "$T/vm.mem" --api-socket "$S" --timeout 60 "$@" \
		</dev/null >"$T/run3.log" 2>&1 &
	P=$!
	PIDS="$PIDS $P"
	wait_sock "$S"
	wait_api /vm
	secret_open $P "$what"
	expect PUT /actions '{"action_type":"shutdown"}' 204 ""
	wait "$P"
}
restore_old "v2 snapshot with the disk given as format=raw" --disk "$T/disk.img,format=raw"
dd if=/dev/zero of="$T/disk.img" bs=512 count=1 conv=notrunc 2>/dev/null
restore_old "v2 snapshot, disk probing raw"
grep -q "probed raw" "$T/run3.log" || fail "v2 restore: no warning about the probed format"
echo "all disk format probing checks passed"
