#!/bin/sh
# Crash safety: `rvisor img convert -O qcow2` killed with SIGKILL at varied
# moments (allocating clusters, L2 tables, growing the refcount table)
# leaves an image that `qemu-img check` finds free of corruption (status 0,
# or 3 for leaked clusters only), and `rvisor img check` agrees.
# Skips (77) without qemu-img.
cd "$(dirname "$0")/../.." || exit 2
RV=$(pwd)/build/rvisor
command -v qemu-img >/dev/null || { echo "qemu-img not installed"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
fails=0
# 24 MiB of data with holes: one run per 1 MiB, half of each MiB zero.
python3 -c '
import os
with open("src.raw", "wb") as f:
    for k in range(24):
        f.write(os.urandom(512 << 10) + bytes(512 << 10))'
tested=0
for delay in 0.02 0.05 0.08 0.12 0.17 0.25 0.35 0.5; do
	for cs in 512 4096; do
		rm -f dst.qcow2
		$RV img convert -O qcow2 -o cluster_size=$cs src.raw dst.qcow2 &
		pid=$!
		sleep $delay
		kill -9 $pid 2>/dev/null
		wait $pid 2>/dev/null
		[ -f dst.qcow2 ] || continue
		tested=$((tested + 1))
		qemu-img check dst.qcow2 >qc.out 2>&1
		qs=$?
		$RV img check dst.qcow2 >rc.out 2>&1
		rs=$?
		if [ $qs -ne 0 ] && [ $qs -ne 3 ]; then
			echo "FAIL: killed after ${delay}s (cluster $cs): qemu-img check status $qs"
			tail -5 qc.out
			fails=$((fails + 1))
		elif [ $rs -ne $qs ]; then
			echo "FAIL: killed after ${delay}s (cluster $cs): rvisor check $rs, qemu-img $qs"
			tail -5 rc.out
			fails=$((fails + 1))
		else
			echo "ok: killed after ${delay}s (cluster $cs): check status $qs"
		fi
	done
done
[ $tested -gt 0 ] || { echo "FAIL: no image to check"; exit 1; }
[ $fails -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "all crash checks passed ($tested images)"
