#!/bin/sh
# A restored VM (a clone) maps its snapshot's memory file copy-on-write.
# Attack: while the clone runs, the memory file is overwritten in place
# (`cp other.mem vm.mem`: open with O_TRUNC, then write other contents).
# The clone must neither die of SIGBUS nor see the new contents: it keeps
# running with its own memory. The guest fills 16 MiB with a pattern (each
# page holds its own address) before the snapshot and then checks it over
# and over, printing "." per good pass and "X" on a mismatch.
# Second attack, when rvisor cannot protect the file (it was open for
# writing elsewhere at restore, so no lease): the file is truncated under
# the clone; the clone must stop with a message naming the memory file
# and exit status 3, not die of a bare SIGBUS.
. "$(dirname "$0")/apilib.sh"
command -v python3 >/dev/null || { echo "python3 missing: skipping"; exit 77; }
# The guest (riscv64, M-mode at 0x80000000; source in the comment):
#   li t0,0x80100000; li t1,0x81100000; li t3,0x10000000; li t4,4096; mv t2,t0
#   fill: sd t2,0(t2); add t2,t2,t4; bltu t2,t1,fill; li a0,'R'; sb a0,0(t3)
#   pass: mv t2,t0
#   check: ld a0,0(t2); bne a0,t2,bad; add t2,t2,t4; bltu t2,t1,check
#          li a0,'.'; sb a0,0(t3); j pass
#   bad: li a0,'X'; sb a0,0(t3); j bad
printf '\267\022\000\000\233\202\022\200\223\222\102\001\067\023\000\000\033\003\023\201\023\023\103\001\067\016\000\020\267\036\000\000\223\203\002\000\043\260\163\000\263\203\323\001\343\354\143\376\023\005\040\005\043\000\256\000\223\203\002\000\003\265\003\000\143\034\165\000\263\203\323\001\343\352\143\376\023\005\340\002\043\000\256\000\157\360\137\376\023\005\200\005\043\000\256\000\157\360\237\377' >"$T/sweep.bin"
dots() { tr -cd . <"$1" | wc -c; }
alive() { kill -0 "$1" 2>/dev/null; }
# The guest printed X (its check failed). rvisor's own lines are left out:
# they name files under $T, whose random name may hold an X.
guest_saw_x() { sed 's/rvisor:.*$//' "$1" | grep -q X; }

# A snapshot of the guest once its pattern is in place.
S=$T/api.sock
$R run --firmware "$T/sweep.bin" --api-socket "$S" --timeout 60 </dev/null >"$T/orig.log" 2>&1 &
P=$!
PIDS="$PIDS $P"
wait_sock "$S"
i=0
until [ "$(dots "$T/orig.log")" -gt 3 ]; do
	i=$((i + 1)); [ $i -gt 100 ] && fail "the guest does not run: $(head -c 200 "$T/orig.log")"
	sleep 0.1
done
guest_saw_x "$T/orig.log" && fail "the guest's check fails before any attack"
$R ctl --api-socket "$S" pause >/dev/null || fail "pause"
$R ctl --api-socket "$S" snapshot "$T/vm.snap" "$T/vm.mem" >/dev/null || fail "snapshot"
kill_vm $P
# Another memory file of the same size: all zero.
python3 -c "import sys; open(sys.argv[1], 'wb').truncate(128 << 20)" "$T/other.mem"

# Attack 1: cp over the memory file of a running clone.
$R run --restore "$T/vm.snap" --mem-file "$T/vm.mem" --timeout 60 </dev/null >"$T/clone.log" 2>&1 &
C=$!
PIDS="$PIDS $C"
i=0
until [ "$(dots "$T/clone.log")" -gt 3 ]; do
	i=$((i + 1)); [ $i -gt 100 ] && fail "the clone does not run: $(head -c 300 "$T/clone.log")"
	sleep 0.1
done
timeout 30 cp "$T/other.mem" "$T/vm.mem" || fail "cp over the memory file failed or hung"
cmp -s "$T/other.mem" "$T/vm.mem" || fail "cp did not replace the memory file's contents"
n=$(dots "$T/clone.log")
sleep 1
alive $C || { wait $C; fail "the clone died (exit status $?) when its memory file was overwritten"; }
guest_saw_x "$T/clone.log" && fail "the clone saw the new file contents (X)"
[ "$(dots "$T/clone.log")" -gt "$n" ] || fail "the clone stopped running after the cp"
grep -q "memory file $T/vm.mem is being changed" "$T/clone.log" || fail "no message about the memory file being changed: $(grep -o 'rvisor:.*' "$T/clone.log")"
echo "ok: clone keeps running with its own memory after cp over its memory file: $(grep -o 'rvisor:.*' "$T/clone.log")"
kill -9 $C; wait $C 2>/dev/null

# Attack 2: no lease possible (the file is open for writing elsewhere when
# the clone starts), then the file is truncated under the running clone.
$R run --firmware "$T/sweep.bin" --api-socket "$S" --timeout 60 </dev/null >"$T/orig2.log" 2>&1 &
P=$!
PIDS="$PIDS $P"
wait_sock "$S"
i=0
until [ "$(dots "$T/orig2.log")" -gt 3 ]; do
	i=$((i + 1)); [ $i -gt 100 ] && fail "the second guest does not run"
	sleep 0.1
done
$R ctl --api-socket "$S" pause >/dev/null || fail "pause 2"
$R ctl --api-socket "$S" snapshot "$T/vm2.snap" "$T/vm2.mem" >/dev/null || fail "snapshot 2"
kill_vm $P
python3 - "$R" "$T/vm2.snap" "$T/vm2.mem" "$T/clone2.log" <<'PY' || fail "truncation without a lease"
import os, subprocess, sys, time
rv, snap, mem, log = sys.argv[1:5]
w = os.open(mem, os.O_RDWR)  # a writer holding the file open: no lease for the clone
out = open(log, "wb")
p = subprocess.Popen([rv, "run", "--restore", snap, "--mem-file", mem, "--timeout", "60"],
                     stdin=subprocess.DEVNULL, stdout=out, stderr=out)
for _ in range(100):
    time.sleep(0.1)
    if open(log, "rb").read().count(b".") > 3:
        break
else:
    p.kill(); print("the second clone does not run"); sys.exit(1)
os.ftruncate(w, 0)
try:
    st = p.wait(timeout=20)
except subprocess.TimeoutExpired:
    p.kill(); print("the clone kept running on a truncated memory file"); sys.exit(1)
raw = open(log, "rb").read().decode(errors="replace")
text = "\n".join(l[l.index("rvisor:"):] for l in raw.split("\n") if "rvisor:" in l)
print(text.strip())
if st != 3:
    print("exit status %d, expected 3 (%s)" % (st, "SIGBUS" if st == -7 else "?"))
    sys.exit(1)
if "memory file" not in text or mem not in text:
    print("no message naming the memory file")
    sys.exit(1)
PY
echo "ok: a clone whose unprotected memory file is truncated stops with a message and status 3"
echo "all memory-file checks passed"
