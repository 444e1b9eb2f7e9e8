#!/bin/sh
# --cpu-engine chooses how guest code runs; RVISOR_CPU_ENGINE gives the
# default. Unknown names are refused with a message naming what was given;
# on x86-64 the JIT runs the same program to the same result, and --stats
# says the JIT translated blocks (a program with loops: blocks are translated
# on their 64th entry by default).
. "$(dirname "$0")/lib.sh"

ELF=build/isa/base/smoke.elf
LOOPS=build/isa/misc/fencei.elf
for f in "$ELF" "$LOOPS"; do
	[ -f "$f" ] || { echo "$f missing: run 'make isa'"; exit 1; }
done

expect 2 "--cpu-engine qemu: expected interp or jit" -- $RV run --cpu-engine qemu --firmware "$ELF"
expect 2 "RVISOR_CPU_ENGINE=fast: expected interp or jit" -- env RVISOR_CPU_ENGINE=fast $RV run --firmware "$ELF"
expect 0 "" -- $RV run --cpu-engine interp --firmware "$ELF"
# The option wins over the environment.
expect 0 "" -- env RVISOR_CPU_ENGINE=fast $RV run --cpu-engine interp --firmware "$ELF"
if [ "$(uname -m)" = x86_64 ]; then
	expect 0 "engine=jit blocks_translated=[1-9]" -- $RV run --cpu-engine jit --firmware "$LOOPS" --stats
	expect 0 "engine=jit blocks_translated=[1-9]" -- env RVISOR_CPU_ENGINE=jit $RV run --firmware "$LOOPS" --stats
	# The JIT is the default on x86-64; the interpreter stays selectable.
	expect 0 "engine=jit blocks_translated=[1-9]" -- env -u RVISOR_CPU_ENGINE $RV run --firmware "$LOOPS" --stats
	env -u RVISOR_CPU_ENGINE $RV run --cpu-engine interp --firmware "$LOOPS" --stats 2>&1 | grep -q "engine=jit" &&
		{ echo "FAIL: --cpu-engine interp ran the JIT"; exit 1; }
else
	expect 1 "needs an x86-64 host" -- $RV run --cpu-engine jit --firmware "$ELF"
fi
finish "--cpu-engine"
