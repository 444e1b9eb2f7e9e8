#!/bin/sh
# Graceful stop (docs/daemon.md "Supervisor"): a daemon-started VM gets a
# power button (--device input) unless its configuration says
# power_button false; `vm stop` presses it and, when the guest does not
# take the press (this firmware has no driver), forces the VM off at once
# rather than waiting out the timeout; `--force` skips the button; the
# exit records which step ended it (last_exit.stopped_by). The default
# guest's clean shutdown by the button: tests/guest/slow_daemon_console.py.
. "$(dirname "$0")/daemonlib.sh"

must 0 "" -- create b1 --firmware "$T/idle.bin" --mem 64M
must 0 "" -- show b1 -o json
[ "$(field .config.power_button)" = 1 ] || fail "power_button not on by default: $OUT"
must 0 "b1: running" -- start b1
must 0 "" -- show b1 -o json
VPID=$(field .pids.vm)
tr '\0' ' ' <"/proc/$VPID/cmdline" | grep -q -- "--device input" ||
	fail "no power button on the VM's command line: $(tr '\0' ' ' <"/proc/$VPID/cmdline")"
echo "ok: the VM has a power button"

# The button is pressed, the firmware never takes it: forced well before
# the 30 s default timeout.
t0=$(date +%s)
must 0 "b1: stopped" -- stop b1
t1=$(date +%s)
[ $((t1 - t0)) -lt 20 ] || fail "stop waited $((t1 - t0)) s for a guest without a driver"
must 0 "stopped by: shutdown" -- show b1
must 0 "" -- show b1 -o json
[ "$(field .last_exit.requested)" = stop ] && [ "$(field .last_exit.status)" = 0 ] ||
	fail "stop not recorded: $OUT"
grep -q "did not take the power button" "$RVISOR_STATE_DIR/daemon.log" ||
	fail "the daemon's log does not say why the stop was forced"
echo "ok: stop without a guest driver forced in $((t1 - t0)) s"

# A paused VM cannot take the press: forced at once.
must 0 "b1: running" -- start b1
must 0 "" -- pause b1
must 0 "b1: stopped" -- stop b1
grep -q "the VM is paused" "$RVISOR_STATE_DIR/daemon.log" || fail "a paused VM's stop not forced at once"
echo "ok: a paused VM is forced at once"

# --force: the button is not pressed at all.
must 0 "b1: running" -- start b1
must 0 "" -- show b1 -o json
sock=$(field .api_socket)
must 0 "b1: stopped" -- stop b1 --force --timeout 30
must 0 "stopped by: shutdown" -- show b1
must 2 "does not apply" -- pause b1 --force
echo "ok: stop --force"

# kill records sigkill.
must 0 "b1: running" -- start b1
must 0 "b1: stopped" -- kill b1
must 0 "stopped by: sigkill" -- show b1

# power_button false: no input device on the command line.
vm modify b1 --unset devices
curl -s --max-time 10 --unix-socket "$S" -X PATCH -d '{"power_button": false}' \
	http://localhost/vms/b1 >"$T/patch.out" || fail "PATCH power_button"
must 0 "" -- show b1 -o json
[ "$(field .config.power_button)" = 0 ] || fail "power_button false not recorded: $OUT"
must 0 "b1: running" -- start b1
must 0 "" -- show b1 -o json
VPID=$(field .pids.vm)
tr '\0' ' ' <"/proc/$VPID/cmdline" | grep -q -- "--device input" &&
	fail "power_button false, but the VM has an input device"
must 0 "b1: stopped" -- stop b1 --timeout 5
must 0 "stopped by: shutdown" -- show b1
curl -s --max-time 10 --unix-socket "$S" -X PATCH -d '{"power_button": 1}' \
	http://localhost/vms/b1 | grep -q "power_button' must be true or false" ||
	fail "a power_button that is not a boolean accepted"
echo "ok: power_button false"

must 0 "" -- delete b1
kill "$(daemon_pid)"
echo "all daemon stop checks passed"
