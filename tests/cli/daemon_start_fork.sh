#!/bin/sh
# A managed VM runs in a fork of its keeper, not in one more exec of rvisor
# (docs/daemon.md, "Performance": the exec's dynamic loading was the largest
# part of a start from a snapshot). What shows that without timing: the VM
# process's name is the keeper's ("rvisor"; an exec of /proc/self/exe is
# named "exe"), its parent is its keeper, and its command line was
# rewritten to `rvisor run ...`: ps shows a VM, and a restarted daemon
# re-adopts it instead of taking it for an unknown keeper and killing it.
. "$(dirname "$0")/daemonlib.sh"

must 0 "" -- create f --firmware "$T/idle.bin" --mem 64M
must 0 running -- start f
vm show f -o json
pid=$(field .pids.vm) keeper=$(field .pids.keeper)
[ -n "$pid" ] && [ -d "/proc/$pid" ] || fail "no VM process ($OUT)"
comm=$(cat "/proc/$pid/comm")
[ "$comm" = rvisor ] || fail "VM process $pid is named '$comm': an exec, not a fork of its keeper"
ppid=$(awk '{print $4}' "/proc/$pid/stat")
[ "$ppid" = "$keeper" ] || fail "VM process $pid's parent is $ppid, not its keeper $keeper"
cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline")
case "$cmd" in
"rvisor run --api-socket $RVISOR_RUN_DIR/vm-"*) ;;
*) fail "VM process $pid's command line: '$cmd'" ;;
esac
case "$(tr '\0' ' ' <"/proc/$keeper/cmdline")" in
"rvisor __keeper "*) ;;
*) fail "keeper $keeper's command line changed" ;;
esac
echo "ok: VM $pid is a fork of keeper $keeper, shown as '$(printf %.40s "$cmd")...'"

# Re-adoption reads command lines: the VM must not pass for a keeper.
old=$(daemon_pid)
kill "$old"
for _ in $(seq 100); do kill -0 "$old" 2>/dev/null || break; sleep 0.1; done
must 0 running -- show f
kill -0 "$pid" 2>/dev/null || fail "VM process $pid did not survive the daemon's restart"
grep -q "killing keeper $pid" "$RVISOR_STATE_DIR/daemon.log" && fail "the VM was taken for a keeper"
echo "ok: re-adopted after a daemon restart"
must 0 "" -- kill f
echo "PASS"
