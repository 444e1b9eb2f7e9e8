#!/bin/sh
# `rvisor img`: help, bad usage (status 2), bad files (status 1 with a
# message naming the problem), sizes with suffixes, raw create/resize/info.
cd "$(dirname "$0")/../.." || exit 2
RV=$(pwd)/build/rvisor
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0

# expect STATUS PATTERN -- command...: status and stdout+stderr match.
expect() {
	want=$1 pat=$2
	shift 3
	"$@" >"$T/out" 2>"$T/err" </dev/null
	st=$?
	if [ "$st" -ne "$want" ] || ! cat "$T/err" "$T/out" | grep -qi -- "$pat"; then
		echo "FAIL: $* -> status $st (want $want), output:"
		cat "$T/err" "$T/out"
		fails=$((fails + 1))
	else
		echo "ok: $* -> $st"
	fi
}

expect 2 "usage: rvisor img" -- $RV img
expect 0 "usage: rvisor img" -- $RV img --help
expect 2 "unknown command" -- $RV img frob
expect 0 "usage: rvisor img create" -- $RV img create --help
expect 0 "usage: rvisor img info" -- $RV img info --help
expect 0 "usage: rvisor img check" -- $RV img check --help
expect 0 "usage: rvisor img convert" -- $RV img convert --help
expect 0 "usage: rvisor img resize" -- $RV img resize --help
expect 0 "img.*disk images" -- $RV --help
expect 2 "missing SIZE" -- $RV img create -f qcow2 "$T/a.qcow2"
expect 2 "bad size" -- $RV img create -f qcow2 "$T/a.qcow2" 12Q
expect 2 "bad size" -- $RV img create -f qcow2 "$T/a.qcow2" -5
expect 2 "unknown format" -- $RV img create -f vmdk "$T/a.vmdk" 1M
expect 2 "bad option" -- $RV img create -x -f qcow2 "$T/a.qcow2" 1M
expect 2 "only cluster_size" -- $RV img create -f qcow2 -o preallocation=full "$T/a.qcow2" 1M
expect 1 "cluster size" -- $RV img create -f qcow2 -o cluster_size=1000 "$T/a.qcow2" 1M
expect 2 "needs -f qcow2" -- $RV img create -f raw -b x "$T/a.raw" 1M
expect 2 "expected one FILE" -- $RV img info
expect 2 "human or json" -- $RV img info --output=xml "$T/a"
expect 2 "expected SRC DST" -- $RV img convert "$T/a"
expect 2 "expected FILE SIZE" -- $RV img resize "$T/a"
expect 1 "No such file" -- $RV img info "$T/missing.qcow2"
expect 1 "No such file" -- $RV img check "$T/missing.qcow2"
expect 1 "No such file" -- $RV img create -f qcow2 -b missing.qcow2 "$T/o.qcow2"

# Sizes and raw images.
expect 0 "size=1099511627776" -- $RV img create -f qcow2 "$T/t.qcow2" 1T
expect 0 "virtual size: 1 TiB" -- $RV img info "$T/t.qcow2"
expect 0 "size=3072" -- $RV img create -f raw "$T/r.raw" 3K
expect 0 '"virtual-size": 3072' -- $RV img info --output=json "$T/r.raw"
expect 0 "resized" -- $RV img resize "$T/r.raw" +1K
expect 0 '"virtual-size": 4096' -- $RV img info --output=json "$T/r.raw"
expect 1 "shrink" -- $RV img resize "$T/r.raw" 1K
expect 0 "resized" -- $RV img resize --shrink "$T/r.raw" 1K
expect 63 "does not support checks" -- $RV img check "$T/r.raw"
expect 0 "size=65536" -- $RV img create -f qcow2 "$T/q.qcow2" 64K
expect 1 "shrinking" -- $RV img resize "$T/q.qcow2" 32K
expect 0 "No errors" -- $RV img check "$T/q.qcow2"
expect 0 "backing_fmt=qcow2" -- $RV img create -f qcow2 -b q.qcow2 "$T/o.qcow2"
expect 0 "backing file: q.qcow2" -- $RV img info "$T/o.qcow2"

# Damaged images: refused with the reason.
cp "$T/q.qcow2" "$T/dirty.qcow2"
printf '\001' | dd of="$T/dirty.qcow2" bs=1 seek=79 conv=notrunc 2>/dev/null
expect 1 "qemu-img check -r all" -- $RV img info "$T/dirty.qcow2"
cp "$T/q.qcow2" "$T/v9.qcow2"
printf '\011' | dd of="$T/v9.qcow2" bs=1 seek=7 conv=notrunc 2>/dev/null
expect 1 "unsupported qcow2 version 9" -- $RV img info "$T/v9.qcow2"
expect 1 "unsupported qcow2 version 9" -- $RV img check "$T/v9.qcow2"

[ $fails -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "all img usage checks passed"
