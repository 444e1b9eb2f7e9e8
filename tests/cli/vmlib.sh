# vm_process PID (sourced by lib.sh and apilib.sh, not run): the process
# of `rvisor run` PID that runs the guest, once it runs (before its
# sandbox forks, PID itself). Under the sandbox's PID
# namespace (docs/SECURITY.md) PID is a relay and the VM process its
# child, born in another PID namespace (waited for, 10 s); else PID itself.
vm_process() {
	_ns=$(readlink /proc/"$1"/ns/pid 2>/dev/null) || { echo "$1"; return; }
	# A relay: its children are born in another PID namespace.
	if [ "$(readlink /proc/"$1"/ns/pid_for_children 2>/dev/null)" != "$_ns" ]; then
		_i=0
		while [ $_i -lt 100 ]; do
			for _c in $(pgrep -P "$1"); do
				[ "$(readlink /proc/"$_c"/ns/pid 2>/dev/null)" != "$_ns" ] &&
					{ echo "$_c"; return; }
			done
			_i=$((_i + 1))
			sleep 0.1
		done
	fi
	echo "$1"
}
