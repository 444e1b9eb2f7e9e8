#!/bin/sh
# `make bench`: rvisor's speed next to qemu-system-riscv64 (software
# emulation, TCG) on the same programs, in the same run. Ratios matter more
# than absolute figures: these machines are shared and noisy.
cd "$(dirname "$0")/.." || exit 2
B=build
RV_CC=${RV_CC:-riscv64-linux-gnu-gcc}
RV_FLAGS="-march=rv64gc_zba_zbb_zbs -mabi=lp64d -nostdlib -nostartfiles -static -mcmodel=medany -fno-pie -no-pie -Wl,--build-id=none -Itests/isa/include -T tests/isa/include/link.ld"
RUNS=${BENCH_RUNS:-3}
mkdir -p $B/bench
have_qemu=0
command -v qemu-system-riscv64 >/dev/null 2>&1 && have_qemu=1

now() { date +%s.%N; }
# CPU time (perf's task-clock, all threads) when perf works: on a shared,
# oversubscribed host the wall time is mostly waiting for a CPU. Else wall.
use_perf=0
perf stat -x, -e task-clock true >/dev/null 2>&1 && use_perf=1
one_time() {
	if [ $use_perf = 1 ]; then
		perf stat -x, -e task-clock "$@" 2>&1 >/dev/null </dev/null |
			awk -F, '/task-clock/ { printf "%.4f", $1 / 1000 }'
	else
		t0=$(now)
		"$@" >/dev/null 2>&1 </dev/null
		awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.4f", b - a }'
	fi
}
# Best (minimum) time of RUNS runs of a command.
best_time() {
	best=""
	for _ in $(seq "$RUNS"); do
		t=$(one_time "$@")
		best=$(awk -v a="$best" -v b="$t" 'BEGIN { if (a == "" || b < a) print b; else print a }')
	done
	echo "$best"
}

echo "== guest CPU speed: bare-metal programs (M-mode, no MMU), both engines and QEMU =="
printf "%-8s %12s %9s %9s %9s %9s %9s %9s\n" program instructions interp_s interp_MIPS jit_s jit_MIPS qemu_MIPS jit/qemu
# Process start-up is measured on a trivial program and subtracted.
$RV_CC $RV_FLAGS -o $B/bench/empty.elf tests/isa/base/smoke.S
rv0i=$(best_time $B/rvisor run --cpu-engine interp --firmware $B/bench/empty.elf)
rv0j=$(best_time $B/rvisor run --cpu-engine jit --firmware $B/bench/empty.elf)
q0=0
[ $have_qemu = 1 ] && q0=$(best_time qemu-system-riscv64 -M spike -bios none -nographic -kernel $B/bench/empty.elf)
bench/cpu/build.sh >/dev/null || exit 1
sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }
mips() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t / 1e6 }'; }
for p in loop mix fp cpu; do
	elf=$B/bench/$p.elf
	if [ $p = cpu ]; then
		elf=$B/bench/cpu-bare.elf
	else
		$RV_CC $RV_FLAGS -o "$elf" bench/progs/$p.S || exit 1
	fi
	n=$($B/rvisor run --firmware "$elf" --stats 2>&1 | sed -n 's/.*instret=\([0-9]*\).*/\1/p')
	it=$(sub "$(best_time $B/rvisor run --cpu-engine interp --firmware "$elf")" "$rv0i")
	jt=$(sub "$(best_time $B/rvisor run --cpu-engine jit --firmware "$elf")" "$rv0j")
	im=$(mips "$n" "$it")
	jm=$(mips "$n" "$jt")
	if [ $have_qemu = 1 ]; then
		qt=$(sub "$(best_time qemu-system-riscv64 -M spike -bios none -nographic -kernel "$elf")" "$q0")
		qm=$(mips "$n" "$qt")
		ratio=$(awk -v a="$jm" -v b="$qm" 'BEGIN { printf "%.2fx", a / b }')
	else
		qm=n/a ratio=n/a
	fi
	printf "%-8s %12s %9s %9s %9s %9s %9s %9s\n" "$p" "$n" "$it" "$im" "$jt" "$jm" "$qm" "$ratio"
done
[ $use_perf = 1 ] && what="CPU time (perf task-clock)" || what="wall time"
echo "($what, start-up subtracted; jit/qemu = JIT MIPS / QEMU MIPS; QEMU is qemu-system-riscv64 -M spike, TCG)"

# Linux boot figures (issue 3).
python3 bench/boot.py
python3 bench/guest_cpu.py
# 7-Zip's LZMA benchmark in the guest next to the host's build of it
# (bench/sevenzip/build.sh builds both the first time, ~15 min).
python3 bench/guest_7zip.py
python3 bench/disk.py
python3 bench/net.py
python3 bench/snapshot.py
python3 bench/migrate.py
python3 bench/daemon.py
# The sandbox's start and CPU cost (issue 13), --sandbox on against off.
python3 bench/sandbox.py
python3 bench/debian.py
exit 0
