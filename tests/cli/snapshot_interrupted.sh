#!/bin/sh
# A snapshot written over an existing pair (PUT /snapshot/create with
# "overwrite": true) is killed with SIGKILL, or fails with EIO, at each of
# its file system steps in turn: strace stops the VM process at the N-th
# fsync / rename of the save, for every N until the save gets through.
# After each, `run --restore` of the pair the user named must give the
# previous snapshot or the new one, with state and memory from the same
# one: the firmware (a counter at RAM + 1 MiB that must equal register t0)
# powers off with status 7 when it runs on a mix, and the restored
# instruction count says which snapshot came back. A failed save must also
# leave no temporary file, and the temporaries killed saves left must be
# gone after the next snapshot to the same names.
. "$(dirname "$0")/apilib.sh"
command -v strace >/dev/null || { echo "strace missing: skipping"; exit 77; }
strace -f -qq -o /dev/null true 2>/dev/null || { echo "strace cannot trace here: skipping"; exit 77; }

# auipc a0,0x100; li t0,0; sd t0,0(a0)
# loop: ld t1,0(a0); bne t1,t0,bad; addi t0,t0,1; sd t0,0(a0); j loop
# bad: syscon (0x100000) <- 0x73333 (fail, status 7); j bad
printf '\027\005\020\000\223\002\000\000\043\060\125\000\003\063\005\000\143\030\123\000\223\202\022\000\043\060\125\000\157\360\037\377\267\005\020\000\067\066\007\000\023\006\066\063\043\240\305\000\157\360\037\377' >"$T/cnt.bin"
instret() { req GET /vm; echo "$OUT" | sed -n 's/.*"instructions_retired":\([0-9]*\).*/\1/p'; }
# until_sock SOCKET PID: wait (10 s) for the socket while PID lives.
until_sock() {
	i=0
	while [ ! -S "$1" ] && kill -0 "$2" 2>/dev/null; do
		i=$((i + 1)); [ $i -gt 500 ] && break
		sleep 0.02
	done
	[ -S "$1" ]
}
# until_vm SOCKET PID: until_sock, then wait (10 s) while the API answers
# 503: it does until the machine is built and sandboxed (slow under strace
# -f), and a pause sent then would be lost.
until_vm() {
	until_sock "$1" "$2" || return 1
	i=0
	while req GET /vm && [ "${OUT##* }" = 503 ] && [ $i -lt 500 ]; do
		i=$((i + 1))
		sleep 0.02
	done
}
# calls_before_save SYSCALL: how many the VM makes before the save starts.
calls_before_save() { grep -c "^[0-9]* *$1(" "$T/trace.pre"; }
leftovers() { ls "$1" | grep -E '\.tmp\.|\.pending-' || true; }

# The previous snapshot: A (its own VM, no strace).
S=$T/a.sock
$R run --firmware "$T/cnt.bin" --memory 64M --api-socket "$S" --timeout 60 </dev/null >"$T/a.log" 2>&1 &
PA=$!
PIDS="$PIDS $PA"
wait_sock "$S"
sleep 0.2
expect PATCH /vm '{"state":"paused"}' 204 ""
IA=$(instret)
expect PUT /snapshot/create '{"snapshot_path":"'"$T"'/A.snap","mem_file_path":"'"$T"'/A.mem"}' 200 '"seconds"'
kill_vm $PA

steps=0
# one MODE SYSCALL N: a new VM under strace takes snapshot B over a copy
# of A in a new directory $D, with the N-th SYSCALL of the process made to
# MODE (kill or fail). Sets HIT (the injection happened) and CODE (the API
# status, 000 when the connection died).
one() {
	mode=$1 sc=$2 n=$3
	D=$T/d$steps
	mkdir "$D"
	cp -a "$T/A.snap" "$D/vm.snap"
	cp -a --sparse=always "$T/A.mem" "$D/vm.mem"
	# The VM's own start-up calls (the API socket is renamed into place)
	# come before the save's: count from there.
	w=$n
	[ $mode = count ] || w=$((n + $(calls_before_save "$sc")))
	case $mode in
	kill) inj="-e inject=$sc:signal=KILL:when=$w" ;;
	fail) inj="-e inject=$sc:error=EIO:when=$w" ;;
	count) inj="" ;;
	esac
	S=$T/b.sock
	rm -f "$S"
	# shellcheck disable=SC2086
	strace -f -qq -o "$T/trace" -e trace="$sc" $inj \
		$R run --firmware "$T/cnt.bin" --memory 64M --api-socket "$S" --timeout 60 \
		</dev/null >"$T/b.log" 2>&1 &
	SP=$!
	PIDS="$PIDS $SP"
	until_vm "$S" $SP || fail "VM B did not start: $(cat "$T/b.log")"
	VP=$(ps -o pid= --ppid $SP | tr -d ' ')
	PIDS="$PIDS $VP"
	req PATCH /vm '{"state":"paused"}'
	IB=$(instret)
	[ $mode != count ] || cp "$T/trace" "$T/trace.pre"
	[ "$IB" != "$IA" ] || fail "A and B at the same instruction count"
	req PUT /snapshot/create '{"snapshot_path":"'"$D"'/vm.snap","mem_file_path":"'"$D"'/vm.mem","overwrite":true}'
	CODE=${OUT##* }
	HIT=no
	grep -q "INJECTED\|killed by SIGKILL" "$T/trace" && HIT=yes
	[ $mode != count ] || cp "$T/trace" "$T/trace.count"
	kill -9 $VP 2>/dev/null
	wait $SP 2>/dev/null
	if [ $mode = fail ] && [ "$CODE" != 200 ]; then
		[ -z "$(leftovers "$D")" ] || fail "$mode $sc #$n: answered $CODE and left $(leftovers "$D")"
	fi
	# Restore the pair: A or B, never a mix, never neither.
	S=$T/r.sock
	rm -f "$S"
	$R run --restore "$D/vm.snap" --mem-file "$D/vm.mem" --paused --api-socket "$S" --timeout 60 \
		</dev/null >"$T/r.log" 2>&1 &
	RP=$!
	PIDS="$PIDS $RP"
	until_sock "$S" $RP || fail "$mode $sc #$n (answer $CODE): the pair does not restore: $(cat "$T/r.log")"
	got=$(instret)
	case $got in
	"$IA") which=A ;;
	"$IB") which=B ;;
	*) fail "$mode $sc #$n: restored instret $got is neither A's ($IA) nor B's ($IB)" ;;
	esac
	[ "$CODE" != 200 ] || [ $which = B ] || fail "$mode $sc #$n: answered 200 but A came back"
	[ $mode = kill ] || [ "$CODE" = 200 ] || [ $which = A ] || fail "$mode $sc #$n: answered $CODE but B came back"
	# The firmware's first loop iteration finds a mix and powers off; on
	# the right memory it counts on.
	req PATCH /vm '{"state":"running"}'
	i=0
	while :; do
		now=$(instret)
		[ -n "$now" ] || { wait $RP; fail "$mode $sc #$n: restored $which ran on another snapshot's memory (exit $?): $(cat "$T/r.log")"; }
		[ "$now" -gt $((got + 100000)) ] && break
		i=$((i + 1)); [ $i -gt 250 ] && fail "$mode $sc #$n: the restored VM does not run"
		sleep 0.02
	done
	kill -9 $RP
	wait $RP 2>/dev/null
	# Restoring B finished its switch: no pending memory file is left.
	[ $which = A ] || [ -z "$(ls "$D" | grep -E '\.pending-')" ] ||
		fail "$mode $sc #$n: restoring B left its pending memory file"
	echo "ok: $mode at $sc #$n (answer $CODE, injected: $HIT): $which restored"
	steps=$((steps + 1))
}

# How many of each a save makes (an uninterrupted one), then each of them
# in turn.
calls="fsync renameat2 renameat rename"
one count "$(echo $calls | tr ' ' ,)" 0
[ "$CODE" = 200 ] || fail "the uninterrupted snapshot answered $CODE"
total=0
for mode in kill fail; do
	for sc in $calls; do
		count=$(($(grep -c "^[0-9]* *$sc(" "$T/trace.count") - $(calls_before_save "$sc")))
		n=1
		while [ $n -le "$count" ]; do
			one $mode $sc $n
			[ $HIT = yes ] || fail "$mode $sc #$n: strace did not interrupt the save"
			n=$((n + 1))
			total=$((total + 1))
		done
	done
done
[ $total -ge 10 ] || fail "only $total steps to interrupt: $(cat "$T/trace.count")"

# A diff snapshot killed after its commit (the state file renamed, its diff
# memory file still under the pending name) restores as a chain: the full
# save renames once with renameat (its memory file), the diff's second
# renameat is that last step.
E=$T/e
mkdir "$E"
S=$T/e.sock
strace -f -qq -o "$T/trace" -e trace=renameat -e inject=renameat:signal=KILL:when=2 \
	$R run --firmware "$T/cnt.bin" --memory 64M --api-socket "$S" --timeout 60 \
	</dev/null >"$T/e.log" 2>&1 &
SP=$!
PIDS="$PIDS $SP"
until_vm "$S" $SP || fail "VM E did not start: $(cat "$T/e.log")"
expect PATCH /vm '{"state":"paused"}' 204 ""
expect PUT /snapshot/create '{"snapshot_path":"'"$E"'/base.snap","mem_file_path":"'"$E"'/base.mem"}' 200 '"seconds"'
expect PATCH /vm '{"state":"running"}' 204 ""
sleep 0.05
expect PATCH /vm '{"state":"paused"}' 204 ""
IB=$(instret)
req PUT /snapshot/create '{"snapshot_path":"'"$E"'/d1.snap","mem_file_path":"'"$E"'/d1.mem","snapshot_type":"diff"}'
wait $SP 2>/dev/null
[ -e "$E/d1.snap" ] && [ ! -e "$E/d1.mem" ] && [ -n "$(ls "$E" | grep '^d1\.mem\.pending-')" ] ||
	fail "the diff save was not stopped between its commit and its last rename: $(ls "$E")"
S=$T/r.sock
rm -f "$S"
$R run --restore "$E/d1.snap" --mem-file "$E/base.mem" --mem-diff "$E/d1.mem" --paused \
	--api-socket "$S" --timeout 60 </dev/null >"$T/r.log" 2>&1 &
RP=$!
PIDS="$PIDS $RP"
until_sock "$S" $RP || fail "the interrupted diff does not restore: $(cat "$T/r.log")"
[ "$(instret)" = "$IB" ] || fail "the diff chain restored instret $(instret), saved $IB"
expect PATCH /vm '{"state":"running"}' 204 ""
sleep 0.1
req GET /vm
case "$OUT" in *'"state":"running"'*" 200") ;; *) fail "the restored diff chain stopped: $(cat "$T/r.log")" ;; esac
kill -9 $RP
[ -e "$E/d1.mem" ] && [ -z "$(ls "$E" | grep pending)" ] || fail "restore did not finish the diff's switch: $(ls "$E")"
echo "ok: a diff killed after its commit restores as a chain"

# Killed saves left temporaries (and pending memory files) behind; the next
# snapshot to those names removes them, and nothing else.
F=$T/f
mkdir "$F"
for d in "$T"/d*; do
	for f in $(leftovers "$d"); do cp -a --sparse=always "$d/$f" "$F/"; done
done
[ -n "$(ls "$F" | grep '\.tmp\.')" ] && [ -n "$(ls "$F" | grep '\.pending-')" ] ||
	fail "the killed saves left no temporaries to clean up: $(ls "$F")"
: >"$F/other.mem.tmp.AbC123"
: >"$F/vm.mem.tmp.AbC12"
D=$F
S=$T/c.sock
$R run --firmware "$T/cnt.bin" --memory 64M --api-socket "$S" --timeout 60 </dev/null >"$T/c.log" 2>&1 &
PC=$!
PIDS="$PIDS $PC"
wait_sock "$S"
expect PATCH /vm '{"state":"paused"}' 204 ""
expect PUT /snapshot/create '{"snapshot_path":"'"$D"'/vm.snap","mem_file_path":"'"$D"'/vm.mem","overwrite":true}' 200 '"seconds"'
[ "$(leftovers "$D" | tr '\n' ' ')" = "other.mem.tmp.AbC123 vm.mem.tmp.AbC12 " ] ||
	fail "after a snapshot: $(leftovers "$D")"
echo "ok: stale temporaries removed by the next snapshot, others kept"
kill_vm $PC
echo "all interrupted-snapshot checks passed"
