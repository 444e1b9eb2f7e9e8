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
# Best (minimum) wall time of RUNS runs of a command.
best_time() {
	best=""
	for _ in $(seq "$RUNS"); do
		t0=$(now)
		"$@" >/dev/null 2>&1 </dev/null
		t=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.4f", b - a }')
		best=$(awk -v a="$best" -v b="$t" 'BEGIN { if (a == "" || b < a) print b; else print a }')
	done
	echo "$best"
}

echo "== guest CPU speed: bare-metal programs (M-mode, no MMU) =="
printf "%-8s %14s %10s %10s %10s %10s %8s\n" program instructions rvisor_s rvisor_MIPS qemu_s qemu_MIPS ratio
# Process start-up is measured on a trivial program and subtracted.
$RV_CC $RV_FLAGS -o $B/bench/empty.elf tests/isa/base/smoke.S
rv0=$(best_time $B/rvisor run --firmware $B/bench/empty.elf)
q0=0
[ $have_qemu = 1 ] && q0=$(best_time qemu-system-riscv64 -M spike -bios none -nographic -kernel $B/bench/empty.elf)
for p in loop mix; do
	elf=$B/bench/$p.elf
	$RV_CC $RV_FLAGS -o "$elf" bench/progs/$p.S || exit 1
	n=$($B/rvisor run --firmware "$elf" --stats 2>&1 | sed -n 's/.*instret=\([0-9]*\).*/\1/p')
	rt=$(best_time $B/rvisor run --firmware "$elf")
	rt=$(awk -v a="$rt" -v b="$rv0" 'BEGIN { printf "%.3f", a - b }')
	rm=$(awk -v n="$n" -v t="$rt" 'BEGIN { printf "%.0f", n / t / 1e6 }')
	if [ $have_qemu = 1 ]; then
		qt=$(best_time qemu-system-riscv64 -M spike -bios none -nographic -kernel "$elf")
		qt=$(awk -v a="$qt" -v b="$q0" 'BEGIN { printf "%.3f", a - b }')
		qm=$(awk -v n="$n" -v t="$qt" 'BEGIN { printf "%.0f", n / t / 1e6 }')
		ratio=$(awk -v a="$rm" -v b="$qm" 'BEGIN { printf "%.2fx", a / b }')
	else
		qt=n/a qm=n/a ratio=n/a
	fi
	printf "%-8s %14s %10s %10s %10s %10s %8s\n" "$p" "$n" "$rt" "$rm" "$qt" "$qm" "$ratio"
done
echo "(ratio = rvisor MIPS / QEMU MIPS; QEMU is qemu-system-riscv64 -M spike, TCG JIT)"

# Linux boot figures (issue 3).
python3 bench/boot.py
python3 bench/guest_cpu.py
python3 bench/disk.py
python3 bench/net.py
python3 bench/snapshot.py
python3 bench/migrate.py
exit 0
