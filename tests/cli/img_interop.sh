#!/bin/sh
# qcow2 interoperability with qemu-img / qemu-io: images QEMU writes read
# back identically through rvisor, images rvisor writes pass `qemu-img check`
# and `qemu-img compare`, and `rvisor img check` agrees with `qemu-img check`
# on damaged images. Skips (77) without qemu-img.
cd "$(dirname "$0")/../.." || exit 2
RV=$(pwd)/build/rvisor
command -v qemu-img >/dev/null || { echo "qemu-img not installed"; exit 77; }
HAVE_QEMU_IO=0
command -v qemu-io >/dev/null && HAVE_QEMU_IO=1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
fails=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }

# A 6 MiB pattern: random runs, zero holes, a tail that is not cluster aligned.
python3 - <<'PY'
import random
r = random.Random(7)
d = bytearray(6 << 20)
for _ in range(40):
    off = r.randrange(0, len(d) - 70000)
    n = r.randrange(1, 70000)
    d[off:off + n] = (bytes(r.getrandbits(8) for _ in range(512)) * (n // 512 + 1))[:n]
assert len(d) == 6 << 20
d[-3000:] = b"\x5a" * 3000
open("pat.raw", "wb").write(d)
PY

# readback SRC.qcow2 EXPECTED.raw DESC: rvisor converts to raw; must equal.
# (-f qcow2: without it, convert refuses to follow an overlay's backing file.)
readback() {
	rm -f out.raw
	if ! $RV img convert -f qcow2 -O raw "$1" out.raw; then
		bad "$3: rvisor img convert failed"
	elif cmp -s out.raw "$2"; then
		ok "$3 reads back identically"
	else
		bad "$3: content differs"
	fi
}

# qcheck FILE DESC: qemu-img check clean.
qcheck() {
	if qemu-img check "$1" >qc.out 2>&1; then ok "$2: qemu-img check clean"; else
		bad "$2: qemu-img check:"
		cat qc.out
	fi
}

# 1. Images QEMU writes, read by rvisor.
qemu-img convert -f raw -O qcow2 pat.raw q_plain.qcow2
readback q_plain.qcow2 pat.raw "qemu-img plain qcow2"
qemu-img convert -f raw -O qcow2 -c pat.raw q_comp.qcow2
readback q_comp.qcow2 pat.raw "qemu-img compressed qcow2"
qemu-img convert -f raw -O qcow2 -o compat=0.10 pat.raw q_v2.qcow2
readback q_v2.qcow2 pat.raw "qemu-img qcow2 version 2"
for cs in 512 4096 2M; do
	qemu-img convert -f raw -O qcow2 -o cluster_size=$cs pat.raw q_cs.qcow2
	readback q_cs.qcow2 pat.raw "qemu-img qcow2 cluster_size=$cs"
done
for rb in 1 8 64; do
	qemu-img convert -f raw -O qcow2 -o refcount_bits=$rb pat.raw q_rb.qcow2
	readback q_rb.qcow2 pat.raw "qemu-img qcow2 refcount_bits=$rb"
done

# 2. Backing chains made by QEMU (qcow2 and raw bases), written with qemu-io.
qemu-img convert -f raw -O qcow2 pat.raw base.qcow2
qemu-img create -q -f qcow2 -b base.qcow2 -F qcow2 over.qcow2
qemu-img create -q -f qcow2 -b pat.raw -F raw over_raw.qcow2
qemu-img create -q -f qcow2 -b base.qcow2 over_probe.qcow2 2>/dev/null ||
	qemu-img create -q -f qcow2 -b base.qcow2 -F qcow2 over_probe.qcow2
if [ $HAVE_QEMU_IO = 1 ]; then
	for img in over.qcow2 over_raw.qcow2; do
		f=$(echo "$img" | sed 's/.qcow2//')
		qemu-io -f qcow2 -c "write -P 0xab 1000 5000" -c "write -P 0xcd 3M 128k" \
			-c "write -z 1M 64k" -c "discard 2M 64k" -c "write -z -u 4M 192k" \
			-c "write -P 0x11 6291000 456" "$img" >/dev/null
		qemu-img convert -O raw "$img" exp_$f.raw
		readback "$img" exp_$f.raw "qemu-io writes over a backing file ($f)"
	done
else
	echo "qemu-io missing: skipping qemu-io writes"
fi
readback over_probe.qcow2 pat.raw "overlay of a qcow2 backing file"

# 3. Images rvisor writes, checked by QEMU.
$RV img convert -f raw -O qcow2 pat.raw r.qcow2 >/dev/null || bad "rvisor convert to qcow2"
qcheck r.qcow2 "rvisor convert"
qemu-img compare -q pat.raw r.qcow2 && ok "rvisor convert: qemu-img compare" || bad "rvisor convert: compare"
$RV img create -q -f qcow2 -b base.qcow2 -F qcow2 r_over.qcow2 >/dev/null || bad "create with backing"
qcheck r_over.qcow2 "rvisor create with backing"
qemu-img info --output=json r_over.qcow2 | grep -q '"backing-filename": "base.qcow2"' &&
	ok "qemu-img sees rvisor's backing file" || bad "backing file not seen by qemu-img"
qemu-img compare -q pat.raw r_over.qcow2 && ok "rvisor overlay reads as its base in QEMU" ||
	bad "rvisor overlay compare"
$RV img create -f qcow2 -o cluster_size=512 small.qcow2 64K >/dev/null
$RV img resize small.qcow2 10M >/dev/null || bad "resize (L1 growth)"
qcheck small.qcow2 "rvisor resize with L1 growth"
qemu-img info --output=json small.qcow2 | grep -q '"virtual-size": 10485760' &&
	ok "resize: qemu-img sees 10M" || bad "resize: wrong size"
$RV img convert -O qcow2 q_comp.qcow2 r2.qcow2 && qcheck r2.qcow2 "convert qcow2(compressed)->qcow2"
qemu-img compare -q pat.raw r2.qcow2 && ok "convert from compressed: compare" || bad "compare r2"

# 4. info agrees with qemu-img info (one python run for all images).
python3 - "$RV" q_plain.qcow2 over.qcow2 pat.raw <<'PY' || fails=$((fails + 1))
import json, subprocess, sys
rv, imgs, bad = sys.argv[1], sys.argv[2:], 0
keys = ("virtual-size", "format", "cluster-size", "backing-filename")
for img in imgs:
    a = json.loads(subprocess.check_output([rv, "img", "info", "--output=json", img]))
    b = json.loads(subprocess.check_output(["qemu-img", "info", "--output=json", img]))
    ka, kb = [tuple(j.get(k) for k in keys) for j in (a, b)]
    if ka == kb:
        print("ok: info %s: %s" % (img, ka))
    else:
        print("FAIL: info %s: rvisor %s qemu %s" % (img, ka, kb))
    bad += ka != kb
sys.exit(1 if bad else 0)
PY

# 5. check agrees with qemu-img check on damaged images (patched copies of
# r.qcow2: one more cluster with refcount 1 at the end; a data cluster's
# refcount set to 0; an L2 entry pointing far past the end).
python3 - r.qcow2 <<'PY'
import struct, sys
src = open(sys.argv[1], "rb").read()
be64 = lambda d, o: struct.unpack_from(">Q", d, o)[0]
cb = struct.unpack_from(">I", src, 20)[0]; cs = 1 << cb
l1 = be64(src, 40); rt = be64(src, 48)
rb = be64(src, rt) & ~511
l2 = be64(src, l1) & 0x00fffffffffffe00
for kind in ("none", "leak", "refcount-low", "past-eof"):
    d = bytearray(src)
    if kind == "leak":
        n = len(d) // cs
        d += bytes(cs)
        struct.pack_into(">H", d, rb + 2 * n, 1)
    elif kind == "refcount-low":
        data = be64(d, l2) & 0x00fffffffffffe00
        struct.pack_into(">H", d, rb + 2 * (data >> cb), 0)
    elif kind == "past-eof":
        struct.pack_into(">Q", d, l2 + 8, (1 << 63) | (len(d) + 100 * cs) & ~(cs - 1))
    open("d_%s.qcow2" % kind, "wb").write(d)
PY
for kind in none leak refcount-low past-eof; do
	qemu-img check d_$kind.qcow2 >/dev/null 2>&1
	qs=$?
	$RV img check d_$kind.qcow2 >rc.out 2>&1
	rs=$?
	[ $qs = $rs ] && ok "check $kind: both exit $rs" || { bad "check $kind: qemu $qs, rvisor $rs"; cat rc.out; }
done
[ "$(qemu-img check d_none.qcow2 >/dev/null 2>&1; echo $?)" = 0 ] || bad "undamaged image not clean"

[ $fails -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "all interop checks passed"
