#!/bin/sh
# `rvisor top` in a real terminal (tmux, on its own server socket in the
# test's directory): it lists the VMs with their state and a footer of sort
# keys, re-sorts on a key, quits on `q` with status 0, ends on Ctrl-C with
# status 1, and both ways leave the terminal as it was (canonical mode and
# echo back on, the alternate screen left).
. "$(dirname "$0")/daemonlib.sh"
command -v tmux >/dev/null || { echo "tmux missing: skipping"; exit 77; }

must 0 "" -- create alpha --firmware "$T/idle.bin"
must 0 "" -- create beta --firmware "$T/idle.bin"
must 0 running -- start beta

# The terminal's settings after top ends: icanon and echo (not -icanon,
# -echo) when top restored them.
cat >"$T/run-top.sh" <<EOF
#!/bin/sh
trap true INT # this shell lives on after Ctrl-C to report (top gets it)
"$R" top --state-dir "$RVISOR_STATE_DIR" --run-dir "$RVISOR_RUN_DIR"
st=\$?
echo "TTY: \$(stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' ')"
echo "TOP-EXIT=\$st"
sleep 600
EOF
chmod +x "$T/run-top.sh"
cleanup_tmux() { $TM kill-server 2>/dev/null; }

# Wait until the pane shows $1 (and $2, when given, in the same capture;
# up to 30 s); the pane is in $PANE.
wait_pane() {
	for _ in $(seq 60); do
		PANE=$($TM capture-pane -p -t t 2>/dev/null)
		case "$PANE" in *"$1"*) case "$PANE" in *"${2:-$1}"*) return 0 ;; esac ;; esac
		sleep 0.5
	done
	cleanup_tmux
	fail "the terminal never showed '$1'${2:+ and '$2'}: $PANE"
}

for how in q C-c; do
	TM="tmux -S $T/tmux-$how.sock" # a server of its own each time
	$TM new-session -d -s t -x 150 -y 20 "$T/run-top.sh" || fail "tmux did not start"
	# A frame with beta's row and the key line (a capture once showed the
	# rows without the key line under them; the first frame may come
	# before the list); sorted by cpu at first.
	wait_pane "beta " "c=cpu(v)"
	echo "$PANE" | grep -q "^beta  *running" || { cleanup_tmux; fail "beta not shown: $PANE"; }
	echo "$PANE" | grep -q "^alpha  *stopped" || { cleanup_tmux; fail "alpha not shown: $PANE"; }
	$TM send-keys -t t n
	wait_pane "n=name(v)"
	# Sorted by name: alpha comes first.
	first=$(echo "$PANE" | sed -n '/^NAME/{n;s/ .*//p;}')
	[ "$first" = alpha ] || { cleanup_tmux; fail "sort by name: first is '$first': $PANE"; }
	$TM send-keys -t t "$how"
	wait_pane "TOP-EXIT="
	want=0
	[ "$how" = C-c ] && want=1
	echo "$PANE" | grep -q "TOP-EXIT=$want" || { cleanup_tmux; fail "$how: exit status: $PANE"; }
	echo "$PANE" | grep -q "^TTY: icanon echo" || { cleanup_tmux; fail "$how: terminal not restored: $PANE"; }
	echo "$PANE" | grep -q "sort:" && { cleanup_tmux; fail "$how: top's screen left behind: $PANE"; }
	echo "ok: top quits on $how (status $want), terminal restored"
	cleanup_tmux
done

must 0 stopped -- kill beta
kill "$(daemon_pid)"
echo "all top checks passed"
