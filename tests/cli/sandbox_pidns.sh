#!/bin/sh
# The sandbox's PID namespace (as root): `rvisor run` clones once; the pid
# its starter knows is a relay (one thread, no capabilities, a seccomp
# filter, no descriptor but 0-2 and its socket to the VM process, a small
# program of its own holding none of rvisor's memory) whose
# child runs the guest as PID 1 of a PID namespace of its own, seeing no
# host process through its /proc. The relay forwards SIGTERM, SIGHUP and
# SIGUSR1 and ends as the child does: 143, 129, 138 (a namespace's init
# ignores signals it has no handler for: the child is made to die of them
# as if unhandled), the timeout's 124; a SIGKILL of the child is reported
# with its host pid and re-raised (137); a SIGKILL of the relay ends the
# child (parent-death signal); a forbidden call by the relay itself kills
# it with SIGSYS, the kernel's log names the call, and the child ends with
# it. With --sandbox off: no relay.
. "$(dirname "$0")/lib.sh"

[ "$(id -u)" -eq 0 ] || { echo "skip: not root: the sandbox makes no PID namespace"; exit 77; }
grep -q '^Seccomp:' /proc/self/status || { echo "skip: the kernel has no seccomp"; exit 77; }
LOOP=$T/loop.bin
printf '\157\000\000\000' >"$LOOP" # j . : runs until the timeout

# vm TIMEOUT [ARGS]: a sandboxed VM in the background ($! is its pid).
vm() {
	rm -f "$T/api.sock"
	to=$1
	shift
	$RV run --firmware "$LOOP" --timeout "$to" --sandbox on --api-socket "$T/api.sock" "$@" \
		</dev/null >"$T/vm.out" 2>"$T/vm.err" &
}
# ready PID: wait until the VM process serves its API and took its filter.
ready() {
	i=0
	while [ ! -S "$T/api.sock" ] ||
		[ "$(awk '/^Seccomp:/ {print $2}' /proc/"$(vm_process "$1")"/status 2>/dev/null)" != 2 ]; do
		i=$((i + 1)); [ $i -gt 300 ] && break
		sleep 0.1
	done
}
field() { awk -v k="$2:" '$1 == k {$1 = ""; sub(/^ /, ""); print}' /proc/"$1"/status 2>/dev/null; }
gone() { # gone PID: within 10 s
	i=0
	while kill -0 "$1" 2>/dev/null && [ "$(awk '{print $3}' /proc/"$1"/stat 2>/dev/null)" != Z ]; do
		i=$((i + 1)); [ $i -gt 100 ] && return 1
		sleep 0.1
	done
}

vm 60
relay=$!
ready $relay
child=$(vm_process $relay)
if grep -q "no PID namespace" "$T/vm.err"; then
	echo "skip: this kernel refuses a PID namespace: $(grep "no PID namespace" "$T/vm.err")"
	kill -TERM $relay; wait $relay 2>/dev/null
	exit 77
fi
if [ "$child" = "$relay" ]; then
	echo "FAIL: no relay: the VM runs in the process its starter knows"; cat "$T/vm.err"
	fails=$((fails + 1))
else
	# The child: PID 1 of its own namespace, every thread sandboxed.
	nspid=$(field "$child" NSpid)
	[ "${nspid##* }" = 1 ] && [ "$(readlink /proc/"$child"/ns/pid)" != "$(readlink /proc/self/ns/pid)" ] ||
		{ echo "FAIL: the VM process is not PID 1 of its own namespace: NSpid $nspid"; fails=$((fails + 1)); }
	# Its /proc (in its private root) shows its own namespace: one process.
	procs=$(ls /proc/"$child"/root/proc 2>/dev/null | grep -c '^[0-9]*$')
	[ "$procs" = 1 ] || { echo "FAIL: the VM process's /proc shows $procs processes"; fails=$((fails + 1)); }
	# The relay: one thread, no capability, a filter, nothing open but
	# 0-2 and its socket, the VM's uid.
	nfd=$(ls /proc/$relay/fd | wc -l)
	if [ "$(field $relay Threads)" = 1 ] && [ "$(field $relay Seccomp)" = 2 ] &&
		[ "$(field $relay NoNewPrivs)" = 1 ] && [ "$(field $relay CapEff)" = 0000000000000000 ] &&
		[ "$(field $relay CapBnd)" = 0000000000000000 ] && [ "$nfd" -le 4 ] &&
		[ "$(field $relay Uid)" = "$(field "$child" Uid)" ] && [ "$(field $relay Uid | cut -f1)" != 0 ]; then
		echo "ok: relay $relay (1 thread, seccomp, no capabilities, $nfd descriptors) over VM process $child (NSpid $nspid, $procs process in its /proc)"
	else
		echo "FAIL: the relay is not confined:"; grep -E '^(Threads|Seccomp|NoNewPrivs|CapEff|CapBnd|Uid)' /proc/$relay/status
		ls -l /proc/$relay/fd; fails=$((fails + 1))
	fi
	# The relay is a program of its own (src/relay), not a fork of rvisor:
	# none of rvisor's memory (its heap, libraries, the guest's RAM) is in
	# it, so the VM process shares no page with it (no copy-on-write fault
	# as it starts, nothing of the VM process readable through it).
	rss=$(field $relay VmRSS | awk '{print $1}')
	maps=$(wc -l </proc/$relay/maps)
	if [ -n "$rss" ] && [ "$rss" -le 1024 ] && [ "$maps" -le 12 ] &&
		! grep -q 'libc\.so\|rvisor$' /proc/$relay/maps; then
		echo "ok: the relay is its own small program ($rss kB resident, $maps mappings, exe $(readlink /proc/$relay/exe))"
	else
		echo "FAIL: the relay holds rvisor's memory: VmRSS $rss kB, $maps mappings"; head -20 /proc/$relay/maps
		fails=$((fails + 1))
	fi
fi
kill -TERM $relay
wait $relay 2>/dev/null
st=$?
if [ $st -eq 143 ] && gone "$child"; then
	echo "ok: SIGTERM to the relay: the VM process ended, status 143"
else
	echo "FAIL: SIGTERM to the relay: status $st (want 143)"; cat "$T/vm.err"; fails=$((fails + 1))
fi

# Signals the VM has no handler of its own for end it as unhandled ones do.
# A signal ignored where this test runs (nohup's SIGHUP: a shell cannot
# undo that) is ignored by the relay and the VM as by an unsandboxed rvisor.
sigs="HUP:129 USR1:138"
if [ $((0x$(awk '/^SigIgn:/ {print $2}' /proc/$$/status) & 1)) -ne 0 ]; then
	vm 2
	relay=$!
	ready $relay
	kill -HUP $relay
	wait $relay 2>/dev/null
	st=$?
	[ $st -eq 124 ] && echo "ok: SIGHUP, ignored here (nohup), is ignored by the relay too: timeout 124" ||
		{ echo "FAIL: SIGHUP ignored here: status $st (want the timeout's 124)"; fails=$((fails + 1)); }
	sigs="USR1:138"
fi
for s in $sigs; do
	vm 60
	relay=$!
	ready $relay
	child=$(vm_process $relay)
	kill -"${s%:*}" $relay
	wait $relay 2>/dev/null
	st=$?
	if [ $st -eq "${s#*:}" ] && gone "$child"; then
		echo "ok: SIG${s%:*} to the relay: status $st, the VM process ended"
	else
		echo "FAIL: SIG${s%:*} to the relay: status $st (want ${s#*:})"; cat "$T/vm.err"; fails=$((fails + 1))
	fi
done

# The exit status comes through.
vm 1
relay=$!
wait $relay 2>/dev/null
st=$?
[ $st -eq 124 ] && echo "ok: the timeout's status 124 comes through the relay" ||
	{ echo "FAIL: --timeout 1: status $st (want 124)"; cat "$T/vm.err"; fails=$((fails + 1)); }

# The VM process killed: the relay says so with its host pid and dies of it.
vm 60
relay=$!
ready $relay
child=$(vm_process $relay)
kill -KILL "$child"
wait $relay 2>/dev/null
st=$?
if [ $st -eq 137 ] && grep -q "the VM process (host pid $child) was killed by signal 9 (SIGKILL)" "$T/vm.err"; then
	echo "ok: SIGKILL of the VM process: the relay says so and dies of it (137)"
else
	echo "FAIL: SIGKILL of the VM process $child: status $st (want 137)"; cat "$T/vm.err"; fails=$((fails + 1))
fi

# The relay killed: the VM process follows it.
vm 60
relay=$!
ready $relay
child=$(vm_process $relay)
kill -KILL $relay
wait $relay 2>/dev/null
if gone "$child"; then
	echo "ok: SIGKILL of the relay: the VM process $child ended with it"
else
	echo "FAIL: SIGKILL of the relay: the VM process $child lives on"; kill -KILL "$child"; fails=$((fails + 1))
fi

# The relay is filtered too (its own short list): made to call what a
# compromised relay would try (the RVISOR_SANDBOX_SELFTEST hook, right
# after its filter is in place), it dies of SIGSYS (159 to its starter), the
# kernel's audit line names the call (when this machine lets us read the
# kernel log), and the VM process, its child, ends with it.
nr_of() { echo "SYS_$1" | gcc -include sys/syscall.h -E -P - 2>/dev/null | tail -1; }
for call in execve ptrace socket openat; do
	RVISOR_SANDBOX_SELFTEST=relay:$call vm 20
	relay=$!
	wait $relay 2>/dev/null
	st=$?
	i=0 # the VM process (the only process naming this api socket) follows
	while pgrep -f -- "$T/api.sock" >/dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
	nr=$(nr_of $call)
	if [ $st -ne 159 ] || ! grep -q "self-test: thread relay calls $call" "$T/vm.err" ||
		grep -q "not killed" "$T/vm.err"; then
		echo "FAIL: relay:$call: status $st (want 159, SIGSYS)"; cat "$T/vm.err"; fails=$((fails + 1))
	elif pgrep -f -- "$T/api.sock" >/dev/null; then
		echo "FAIL: relay:$call: the VM process lives on: $(pgrep -af -- "$T/api.sock")"
		fails=$((fails + 1))
	elif ! dmesg >/dev/null 2>&1; then
		echo "ok: relay:$call: killed by SIGSYS, the VM process with it (kernel log not readable)"
	elif dmesg | grep "type=1326" | grep "pid=$relay " | grep -q "comm=\"rvisor\".* syscall=$nr "; then
		echo "ok: relay:$call: killed by SIGSYS, the VM process with it; the kernel logged: $(dmesg |
			grep "type=1326" | grep "pid=$relay " | grep -o 'comm=.*syscall=[0-9]*' | tail -1)"
	else
		echo "FAIL: relay:$call: no kernel log line for pid $relay's syscall $nr"; dmesg | tail -3
		fails=$((fails + 1))
	fi
done

# The VM process's C library knows its main thread's tid (1): the clone
# into the PID namespace set it as fork does, and the relay's exec (which
# shared the memory until then) did not clear it (the main:tid hook prints
# both, once the VM is built).
RVISOR_SANDBOX_SELFTEST=main:tid vm 1
relay=$!
wait $relay 2>/dev/null
if grep -q "self-test: tid: the C library's 1, the kernel's 1$" "$T/vm.err"; then
	echo "ok: the VM process's C library has its main thread's tid (1)"
else
	echo "FAIL: the VM process's tid record: $(grep 'self-test: tid' "$T/vm.err")"; cat "$T/vm.err"
	fails=$((fails + 1))
fi

# Off: no relay.
vm 60 --sandbox off
pid=$!
i=0
while [ ! -S "$T/api.sock" ] && [ $i -lt 300 ]; do i=$((i + 1)); sleep 0.1; done
[ "$(vm_process $pid)" = "$pid" ] && [ "$(field $pid NSpid)" = "$pid" ] &&
	echo "ok: --sandbox off: no relay, no PID namespace" ||
	{ echo "FAIL: --sandbox off: $(field $pid NSpid)"; fails=$((fails + 1)); }
kill -TERM $pid
wait $pid 2>/dev/null

finish sandbox_pidns
