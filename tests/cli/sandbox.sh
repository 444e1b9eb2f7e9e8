#!/bin/sh
# rvisor run --sandbox: a VM with a disk, user-mode net, vsock, a 9p share,
# a balloon, the API and the GDB stub (a firmware that spins) runs under --sandbox on with
# Seccomp 2 and NoNewPrivs 1 on every thread and core dumps off (and
# without the option, Seccomp 0: the check can fail); a thread of each
# kind that makes a forbidden call (the RVISOR_SANDBOX_SELFTEST hook: what
# a compromised device or back end would try: exec, ptrace, a socket)
# kills the whole process with SIGSYS, and an open where the kind opens
# nothing fails with EACCES; in log mode the call runs and the kernel's log
# names it; every thread name spawned in src/ has a kind in vmm/sandbox.c;
# a bad mode is refused; as root, namespaces and capabilities per kind, a
# private root (its own mount namespace, not the host's /, no /etc/passwd,
# the API socket's directory kept; snapshots beside it and in
# --sandbox-dir, refused elsewhere), a uid/gid of its own (3000000000+pid
# or --sandbox-user) and RLIMIT_NPROC; the main thread opens nothing after
# start-up (EACCES); Landlock holds every thread to the files the VM was
# given (EACCES listing the root, or, without a private root, reading
# /etc/passwd from the API thread).
. "$(dirname "$0")/lib.sh"

grep -q '^Seccomp:' /proc/self/status || { echo "the kernel has no seccomp: skipping"; exit 77; }
LOOP=$T/loop.bin
printf '\157\000\000\000' >"$LOOP" # j . : runs until the timeout
truncate -s 1M "$T/disk.raw"
mkdir "$T/share"

# Every thread_spawn name (up to its first %) is a prefix in the kind table.
# (The daemon's own process, src/daemon, is not sandboxed yet.)
for n in $(grep -rhoE 'thread_spawn\([^"]*"[^"%]*' src --exclude-dir=daemon | sed 's/.*"//' | sort -u); do
	if grep -qE "\\{\"$n[a-z0-9-]*\", " src/vmm/sandbox.c || { [ "${n#io-}" != "$n" ] &&
		grep -q '{"io-", ' src/vmm/sandbox.c; }; then
		echo "ok: thread name $n has a sandbox kind"
	else
		echo "FAIL: thread name $n has no kind in src/vmm/sandbox.c (it would get the main thread's list)"
		fails=$((fails + 1))
	fi
done

expect 2 "expected on, off or log" -- $RV run --firmware "$LOOP" --sandbox maybe
expect 2 "expected on, off or log" -- $RV run --firmware "$LOOP" --sandbox ""
expect 2 "expected UID\[:GID\]" -- $RV run --firmware "$LOOP" --sandbox-user 0
expect 2 "expected UID\[:GID\]" -- $RV run --firmware "$LOOP" --sandbox-user 1000:x
expect 2 "sandbox-dir .*No such file" -- $RV run --firmware "$LOOP" --sandbox-dir "$T/nonexistent"

# vm MODE TIMEOUT: a VM with every kind of host resource, in the background
# ($! is its pid); its stderr goes to $T/vm.err.
vm() {
	rm -f "$T/api.sock" "$T/v.sock" "$T/g.sock"
	$RV run --firmware "$LOOP" --timeout "$2" --sandbox "$1" --disk "$T/disk.raw,format=raw" \
		--vsock "cid=3,socket=$T/v.sock" --share "$T/share,tag=s" --balloon --rng --net user \
		--api-socket "$T/api.sock" --gdb "unix:$T/g.sock" </dev/null >"$T/vm.out" 2>"$T/vm.err" &
}

# status PID WANT: every thread's Seccomp mode and NoNewPrivs, and the
# core limit, once the VM serves its API and (WANT 2) its main thread
# entered its filter (after the build). PID is what `rvisor run` started
# as: under the sandbox's PID namespace the relay, whose child runs the
# guest and is looked at here.
status() {
	i=0
	while [ ! -S "$T/api.sock" ] ||
		[ "$(awk '/^Seccomp:/ {print $2}' /proc/"$(vm_process "$1")"/status 2>/dev/null)" != "$2" ]; do
		i=$((i + 1)); [ $i -gt 300 ] && break
		sleep 0.1
	done
	set -- "$(vm_process "$1")" "$2"
	for t in /proc/"$1"/task/*; do
		printf '%s seccomp=%s nnp=%s eff=%s bnd=%s\n' "$(cat "$t/comm")" \
			"$(awk '/^Seccomp:/ {print $2}' "$t/status")" \
			"$(awk '/^NoNewPrivs:/ {print $2}' "$t/status")" \
			"$(awk '/^CapEff:/ {print $2}' "$t/status")" "$(awk '/^CapBnd:/ {print $2}' "$t/status")"
	done
	for ns in ipc uts net mnt; do echo "ns-$ns=$(readlink /proc/"$1"/ns/$ns)"; done
	# Its root: the host's, or a private one (looked at from here, never
	# written: stat and test -e only).
	echo "root=$(stat -L -c %d:%i /proc/"$1"/root)"
	[ -e /proc/"$1"/root/etc/passwd ] && echo "root-has-etc-passwd"
	[ -S /proc/"$1"/root/"$T"/api.sock ] && echo "root-has-api-socket"
	awk '/^Max core file size/ {print "core=" $5 "/" $6}' /proc/"$1"/limits
	awk '/^Max processes/ {print "nproc=" $3 "/" $4}' /proc/"$1"/limits
	awk '/^Uid:/ {print "uid=" $2 "/" $3 "/" $4 "/" $5} /^Gid:/ {print "gid=" $2 "/" $3 "/" $4 "/" $5}' /proc/"$1"/status
}

# (A long timeout, ended by SIGTERM once looked at: a loaded machine may
# take seconds to start it; the console's handler restores the terminal and
# dies of the signal, 143, inside the sandbox too.)
vm on 60
pid=$!
status $pid 2 >"$T/status"
kill -TERM $pid
wait $pid 2>/dev/null
st=$?
nthreads=$(grep -c seccomp= "$T/status")
if [ "$st" -ne 143 ] || [ "$nthreads" -lt 8 ] || grep -q "seccomp=[^2]\|nnp=[^1]" "$T/status" ||
	! grep -q "core=0/0" "$T/status"; then
	echo "FAIL: sandboxed VM: status $st (want 143, SIGTERM), threads:"; cat "$T/status" "$T/vm.err"
	fails=$((fails + 1))
else
	echo "ok: --sandbox on: $nthreads threads with seccomp=2 nnp=1, core dumps off, ran until SIGTERM"
fi
# As root: new IPC and UTS namespaces (the network one stays: the VM has a
# user-mode NIC); threads keep only their kind's capabilities: none on a
# vCPU or a disk's I/O thread (even in the bounding set), the file ones on
# the 9p server, and no CAP_SYS_ADMIN, CAP_SYS_PTRACE or CAP_NET_ADMIN (taps
# are opened once, before) on the main thread.
has_cap() { [ $(((0x$1 >> $2) & 1)) -eq 1 ]; }
if [ "$(id -u)" -ne 0 ]; then
	echo "skip: not root: namespaces and capabilities are not checked"
else
	sfail() { echo "FAIL: as root: $*"; cat "$T/status"; fails=$((fails + 1)); }
	for ns in ipc uts; do
		[ "$(grep "^ns-$ns=" "$T/status" | cut -d= -f2)" != "$(readlink /proc/self/ns/$ns)" ] ||
			sfail "the VM shares the host's $ns namespace"
	done
	[ "$(grep "^ns-net=" "$T/status" | cut -d= -f2)" = "$(readlink /proc/self/ns/net)" ] ||
		sfail "a VM with a user-mode NIC left the host's network namespace"
	for k in vcpu0 io-blk0 io-vsock1 rtc-alarm console-in io-rng4 io-net5 net-slirp gdbstub; do
		grep -q "^$k .* eff=0000000000000000 bnd=0000000000000000" "$T/status" ||
			sfail "$k kept capabilities"
	done
	grep -q "^io-9p2 .* eff=000000000000001f " "$T/status" ||
		sfail "the 9p server does not have exactly the file capabilities"
	# Under the dedicated uid a guest's vsock connection reaches the
	# user's SOCKET_PORT socket: DAC_OVERRIDE, nothing else.
	grep -q "^vsock-host .* eff=0000000000000002 " "$T/status" ||
		sfail "vsock-host does not have exactly CAP_DAC_OVERRIDE"
	# A uid and gid of its own (not root; the default is 3000000000 + pid),
	# no supplementary group, and RLIMIT_NPROC for its threads.
	if grep -q "^uid=0/\|^gid=0/" "$T/status" || ! grep -q "^uid=$((3000000000 + pid))/" "$T/status" ||
		! grep -q "^nproc=256/256" "$T/status"; then
		sfail "not running as uid 3000000000+pid with RLIMIT_NPROC 256"
	else
		echo "ok: as root: runs as $(grep "^uid=" "$T/status"), $(grep "^nproc=" "$T/status")"
	fi
	# Field 4 is eff= (the bounding set, field 5, is empty on every thread).
	eff=$(awk '/^rvisor / {print $4}' "$T/status" | cut -d= -f2)
	for c in 21 19 12 16 17; do # SYS_ADMIN SYS_PTRACE NET_ADMIN SYS_MODULE SYS_RAWIO
		! has_cap "$eff" $c || sfail "the main thread kept capability $c"
	done
	has_cap "$eff" 1 || sfail "the main thread lost CAP_DAC_OVERRIDE (a reboot reopens images)"
	# The bounding set is emptied once, before any thread exists: no
	# thread can gain a capability by an exec (which none may make).
	! grep "seccomp=" "$T/status" | grep -qv "bnd=0000000000000000" ||
		sfail "a thread kept a capability in its bounding set"
	echo "ok: as root: own IPC and UTS namespaces, capabilities dropped per thread kind"
	# A private root: not the host's /, no /etc/passwd in it, and the API
	# socket's directory kept (the socket is removed by path at exit).
	if [ "$(grep "^ns-mnt=" "$T/status" | cut -d= -f2)" = "$(readlink /proc/self/ns/mnt)" ] ||
		[ "$(grep "^root=" "$T/status" | cut -d= -f2)" = "$(stat -L -c %d:%i /)" ] ||
		grep -q "^root-has-etc-passwd" "$T/status" || ! grep -q "^root-has-api-socket" "$T/status"; then
		sfail "no private root (or the API socket's directory missing from it)"
	else
		echo "ok: as root: a private root of its own mount namespace, without /etc, with the API socket's directory"
	fi
	# Snapshots are written where the root keeps a directory: beside the
	# API socket or in a --sandbox-dir; elsewhere the path does not exist
	# for the VM.
	mkdir "$T/sock" "$T/snaps" "$T/other"
	$RV run --firmware "$LOOP" --timeout 60 --sandbox on --api-socket "$T/sock/api.sock" \
		--sandbox-dir "$T/snaps" --sandbox-user 4000000001:4000000002 </dev/null >"$T/vm.out" 2>"$T/vm.err" &
	pid=$!
	i=0
	while [ "$(awk '/^Seccomp:/ {print $2}' /proc/"$(vm_process $pid)"/status 2>/dev/null)" != 2 ]; do
		i=$((i + 1)); [ $i -gt 300 ] && break
		sleep 0.1
	done
	# Until it runs, its API answers 503 ("starting"): ask again.
	i=0
	until $RV ctl --api-socket "$T/sock/api.sock" pause >"$T/pause.out" 2>&1; do
		i=$((i + 1)); [ $i -gt 100 ] && break
		sleep 0.1
	done
	for d in sock snaps other; do
		$RV ctl --api-socket "$T/sock/api.sock" snapshot "$T/$d/vm.snap" "$T/$d/vm.mem" \
			>"$T/snap.$d" 2>&1
		echo "$d: $?" >>"$T/snap.st"
	done
	ids=$(awk '/^Uid:/ {u=$2} /^Gid:/ {g=$2} END {print u ":" g}' /proc/"$(vm_process $pid)"/status)
	kill -TERM $pid
	wait $pid 2>/dev/null
	[ "$ids" = 4000000001:4000000002 ] || sfail "--sandbox-user 4000000001:4000000002: runs as $ids"
	# The snapshot files are the VM user's (root, who started it, reads them).
	if [ -s "$T/sock/vm.snap" ] && [ -s "$T/snaps/vm.snap" ] && [ ! -e "$T/other/vm.snap" ] &&
		grep -q "^other: [1-9]" "$T/snap.st" &&
		[ "$(stat -c %u:%g "$T/snaps/vm.snap")" = 4000000001:4000000002 ]; then
		echo "ok: snapshots beside the API socket and in --sandbox-dir, owned by the VM's user; refused elsewhere: $(head -c 120 "$T/snap.other")"
	else
		sfail "snapshot directories: $(cat "$T/snap.st" "$T/snap.other" "$T/vm.err")"
	fi
	# Without a NIC: a network namespace of its own (no route anywhere).
	rm -f "$T/api.sock"
	$RV run --firmware "$LOOP" --timeout 60 --sandbox on --api-socket "$T/api.sock" \
		</dev/null >"$T/vm.out" 2>"$T/vm.err" &
	pid=$!
	status $pid 2 >"$T/status"
	# Each thread's: only the API thread (a migration's TCP connection)
	# is in the host's.
	for t in /proc/"$(vm_process $pid)"/task/*; do
		echo "$(cat "$t/comm") $(readlink "$t/ns/net")"
	done >"$T/tnet"
	kill -TERM $pid
	wait $pid 2>/dev/null
	host=$(readlink /proc/self/ns/net)
	if [ "$(grep "^ns-net=" "$T/status" | cut -d= -f2)" = "$host" ] ||
		[ "$(awk -v h="$host" '$2 == h' "$T/tnet" | wc -l)" != 1 ] ||
		[ -z "$(awk -v h="$host" '$1 == "api" && $2 == h' "$T/tnet")" ]; then
		sfail "a VM without a NIC: not in a network namespace of its own, or another thread than the API's in the host's: $(cat "$T/tnet" "$T/vm.err")"
	else
		echo "ok: a VM without a NIC has its own network namespace; its API thread is in the host's"
	fi
fi
vm off 60
pid=$!
status $pid 0 >"$T/status"
kill -TERM $pid
wait $pid 2>/dev/null
if [ "$(grep -c "seccomp=0 nnp=0" "$T/status")" -lt 8 ] || grep -q "seccomp=2" "$T/status"; then
	echo "FAIL: --sandbox off has filters:"; cat "$T/status"; fails=$((fails + 1))
else
	echo "ok: --sandbox off: no filter"
fi

# An open where a kind opens nothing fails with EACCES, and the VM lives on
# (the C library opens files on its own, e.g. malloc's first heap shrink
# in a thread reads /proc/sys/vm/overcommit_memory: it copes). The call is
# a read-only open of /etc/passwd (never written). The main thread opens
# nothing once the VM is built (resources and boot files are held).
for tc in main:openat vcpu:openat io-blk:openat net-slirp:openat vsock-host:openat \
	console-in:openat; do
	RVISOR_SANDBOX_SELFTEST=$tc vm on 2
	pid=$!
	wait $pid 2>/dev/null
	st=$?
	if [ "$st" -ne 124 ] || ! grep -q "openat returned -1: Permission denied (not killed)" "$T/vm.err"; then
		echo "FAIL: $tc: status $st (want 124: ran to its timeout), no EACCES"; cat "$T/vm.err"
		fails=$((fails + 1))
	else
		echo "ok: $tc: EACCES, the VM runs on"
	fi
done

# Landlock around the whole process (where the kernel has it): a thread
# whose filter lets it open files (the API's snapshots, the 9p server)
# still reaches only what the VM was given: its shares, the kept
# directories, reading its /proc. Listing the root (which exists, private
# or not) fails with EACCES; so does the API thread's read of /etc/passwd
# where no private root hides it (not root: the sandbox has no mount
# namespace; run as nobody when root).
for tc in api:openroot io-9p:openroot; do
	RVISOR_SANDBOX_SELFTEST=$tc vm on 2
	pid=$!
	wait $pid 2>/dev/null
	st=$?
	if grep -q "rvisor: sandbox: no Landlock" "$T/vm.err"; then
		echo "skip: $tc: $(grep "no Landlock" "$T/vm.err" | head -1)"
	elif [ "$st" -ne 124 ] || ! grep -q "openroot returned -1: Permission denied (not killed)" "$T/vm.err"; then
		echo "FAIL: $tc: status $st (want 124), not EACCES (Landlock)"; cat "$T/vm.err"
		fails=$((fails + 1))
	else
		echo "ok: $tc: EACCES (Landlock), the VM runs on"
	fi
done
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
	AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
	mkdir "$T/nobody"
	chmod 755 "$T"
	chown 65534:65534 "$T/nobody"
else
	AS=""
	mkdir "$T/nobody"
fi
RVISOR_SANDBOX_SELFTEST=api:openat $AS $RV run --firmware "$LOOP" --timeout 2 --sandbox on \
	--api-socket "$T/nobody/api.sock" </dev/null >"$T/vm.out" 2>"$T/vm.err"
st=$?
if grep -q "rvisor: sandbox: no Landlock" "$T/vm.err"; then
	echo "skip: api:openat without a private root: $(grep "no Landlock" "$T/vm.err" | head -1)"
elif [ "$st" -ne 124 ] || ! grep -q "openat returned -1: Permission denied (not killed)" "$T/vm.err"; then
	echo "FAIL: api:openat of /etc/passwd as uid $($AS id -u): status $st (want 124), not EACCES"
	cat "$T/vm.err"; fails=$((fails + 1))
else
	echo "ok: api:openat of /etc/passwd as uid $($AS id -u) (no private root): EACCES (Landlock)"
fi
chmod 700 "$T"

# Log mode: the call runs; the kernel's audit line names the thread and the
# syscall number (when this machine lets us read the kernel log; checked
# before the kills below, whose lines count against the kernel's rate limit
# of its log).
nr=$(echo SYS_openat | gcc -include sys/syscall.h -E -P - 2>/dev/null | tail -1)
# The io-blk thread makes its call as it starts, while the VM is built:
# before the main thread pivots into the private root, /etc/passwd opens;
# after it (a loaded host may run the thread late), it is not there. Either
# way the call ran: not killed, and not refused (EACCES).
RVISOR_SANDBOX_SELFTEST=io-blk:openat vm log 1
pid=$!
wait $pid 2>/dev/null
st=$?
if [ "$st" -ne 124 ] ||
	! grep -qE "openat returned ([0-9]+|-1: No such file or directory) \(not killed\)" "$T/vm.err" ||
	! grep -q "log mode: a call outside a thread's list runs" "$T/vm.err"; then
	echo "FAIL: log mode: status $st (want 124)"; cat "$T/vm.err"; fails=$((fails + 1))
else
	echo "ok: log mode: the forbidden openat ran"
fi
if ! dmesg >/dev/null 2>&1; then
	echo "skip: the kernel log is not readable here: its line naming the syscall is not checked"
elif dmesg | grep "type=1326" | grep -e "pid=$pid " -e "uid=$((3000000000 + pid)) " |
	grep -q "comm=\"io-blk0\".* syscall=$nr "; then
	# (Under the PID namespace the VM process is the relay $pid's child:
	# its line has its own pid, and the uid 3000000000 + $pid.)
	echo "ok: the kernel logged: $(dmesg | grep -e "pid=$pid " -e "uid=$((3000000000 + pid)) " | grep -o 'comm=.*syscall=[0-9]*' | head -1)"
else
	echo "FAIL: no kernel log line for pid $pid's syscall $nr"; dmesg | tail -3
	fails=$((fails + 1))
fi

# The default: on when started as root (off otherwise); RVISOR_SANDBOX
# gives another.
for env in "" off; do
	rm -f "$T/api.sock"
	RVISOR_SANDBOX=$env $RV run --firmware "$LOOP" --timeout 60 --api-socket "$T/api.sock" \
		</dev/null >"$T/vm.out" 2>"$T/vm.err" &
	pid=$!
	want=0
	[ "$(id -u)" -eq 0 ] && [ -z "$env" ] && want=2
	status $pid $want >"$T/status"
	kill -TERM $pid
	wait $pid 2>/dev/null
	got=$(awk '/^rvisor / {print $2}' "$T/status")
	if [ "$got" = "seccomp=$want" ]; then
		echo "ok: no --sandbox, RVISOR_SANDBOX='$env', uid $(id -u): $got"
	else
		echo "FAIL: no --sandbox, RVISOR_SANDBOX='$env', uid $(id -u): $got (want seccomp=$want)"
		cat "$T/status"; fails=$((fails + 1))
	fi
done

# A thread of each kind makes a call its list forbids: the process dies of
# SIGSYS (128 + 31 in the shell) right after the call is announced.
for tc in vcpu:execve vcpu:socket vcpu:ptrace io-blk:execve io-blk:socket io-9p:socket \
	io-9p:ptrace io-net:execve net-slirp:ptrace vsock-host:socket vsock-host:execve \
	io-vsock:socket io-balloon:socket io-rng:execve api:execve api:ptrace \
	console-in:socket rtc-alarm:execve main:execve main:ptrace gdbstub:execve gdbstub:socket; do
	RVISOR_SANDBOX_SELFTEST=$tc vm on 20
	pid=$!
	wait $pid 2>/dev/null
	st=$?
	if [ "$st" -ne 159 ] || ! grep -q "self-test: thread ${tc%%:*}.* calls ${tc#*:}" "$T/vm.err" ||
		grep -q "not killed" "$T/vm.err"; then
		echo "FAIL: $tc: status $st (want 159, SIGSYS)"; cat "$T/vm.err"
		fails=$((fails + 1))
	else
		echo "ok: $tc: killed by SIGSYS"
	fi
done

# RVISOR_SANDBOX_TIMES=1 prints what each start step costs and each
# thread's filter install, and changes nothing else: the VM runs on under
# its filters (the timeout's 124, not SIGSYS's 159: a step's clock read
# after a filter is in place must be a call the filter allows).
RVISOR_SANDBOX_TIMES=1 vm on 3
pid=$!
wait $pid 2>/dev/null
st=$?
if [ "$st" -ne 124 ] || ! grep -qE "sandbox time: filters (built|\(prebuilt\)) .*faults" "$T/vm.err" ||
	! grep -q "sandbox time: filter of main " "$T/vm.err" ||
	! grep -q "sandbox time: filter of vcpu0 " "$T/vm.err"; then
	echo "FAIL: RVISOR_SANDBOX_TIMES=1: status $st (want 124), stderr:"; cat "$T/vm.err"
	fails=$((fails + 1))
else
	echo "ok: RVISOR_SANDBOX_TIMES=1: $(grep -c "sandbox time:" "$T/vm.err") steps timed, ran until its timeout"
fi

# As root (PID 1 of its PID namespace, --sandbox on) a start installs the
# filters built with rvisor (src/gen/sandbox_filters.c) instead of building
# them; RVISOR_SANDBOX_PREBUILT=0 builds them from the rules, and the VM
# runs under those alike.
if [ "$(id -u)" -eq 0 ] && grep -q "no PID namespace" "$T/vm.err"; then
	echo "skip: no PID namespace here (the prebuilt filters are for PID 1 of one)"
elif [ "$(id -u)" -eq 0 ]; then
	if grep -q "sandbox time: filters (prebuilt) " "$T/vm.err"; then
		echo "ok: as root the start takes the prebuilt filters"
	else
		echo "FAIL: as root the start built its filters (want the prebuilt ones):"; cat "$T/vm.err"
		fails=$((fails + 1))
	fi
	RVISOR_SANDBOX_PREBUILT=0 RVISOR_SANDBOX_TIMES=1 vm on 3
	pid=$!
	wait $pid 2>/dev/null
	st=$?
	if [ "$st" -eq 124 ] && grep -q "sandbox time: filters built " "$T/vm.err"; then
		echo "ok: RVISOR_SANDBOX_PREBUILT=0: filters built from the rules, ran until its timeout"
	else
		echo "FAIL: RVISOR_SANDBOX_PREBUILT=0: status $st (want 124), stderr:"; cat "$T/vm.err"
		fails=$((fails + 1))
	fi
fi

finish sandbox
