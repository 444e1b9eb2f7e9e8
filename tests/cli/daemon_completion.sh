#!/bin/sh
# contrib/bash-completion/rvisor completes commands, `rvisor vm` verbs and
# their options, and VM names asked from a running daemon (without starting
# one when none runs).
. "$(dirname "$0")/daemonlib.sh"
command -v bash >/dev/null || { echo "bash missing: skipping"; exit 77; }
comp() { # WORDS...: the completions of the last word
	bash -c '. contrib/bash-completion/rvisor
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _rvisor; echo "${COMPREPLY[*]}"' _ "$R" "$@"
}
[ "$(comp d)" = daemon ] || fail "command: $(comp d)"
[ "$(comp vm re)" = "restart resume" ] || fail "verbs: $(comp vm re)"
[ "$(comp vm stop --t)" = "--timeout" ] || fail "stop options: $(comp vm stop --t)"
[ "$(comp vm stop --f)" = "--force" ] || fail "stop --force: $(comp vm stop --f)"
[ "$(comp vm co)" = "console" ] || fail "console verb: $(comp vm co)"
[ "$(comp vm start --c)" = "--console" ] || fail "start --console: $(comp vm start --c)"
[ "$(comp vm logs --f)" = "--follow" ] || fail "logs --follow: $(comp vm logs --f)"
[ "$(comp vm sta)" = "start stats" ] || fail "stats verb: $(comp vm sta)"
[ "$(comp t)" = top ] || fail "top command: $(comp t)"
[ "$(comp top --sort m)" = mips ] || fail "top --sort: $(comp top --sort m)"
[ "$(comp events --no)" = --no-follow ] || fail "events options: $(comp events --no)"
[ "$(comp daemon --met)" = --metrics-listen ] || fail "daemon options: $(comp daemon --met)"
[ "$(comp daemon --web)" = "--web --web-token-file --web-root" ] || fail "daemon --web options: $(comp daemon --web)"
[ -z "$(comp vm start "")" ] || fail "names without a daemon: $(comp vm start "")"
[ -e "$S" ] && fail "completion started a daemon"
must 0 "" -- create web1 --firmware "$T/idle.bin"
must 0 "" -- create web2 --firmware "$T/idle.bin"
must 0 "" -- create db --firmware "$T/idle.bin"
[ "$(comp vm start we)" = "web1 web2" ] || fail "names: $(comp vm start we)"
[ "$(comp vm --no-autostart show d)" = db ] || fail "names after an option: $(comp vm --no-autostart show d)"
# Volumes: verbs, options, names (also as vol:NAME after --disk).
[ "$(comp volume re)" = "resize" ] || fail "volume verbs: $(comp volume re)"
[ "$(comp volume create --b)" = "--backing" ] || fail "volume options: $(comp volume create --b)"
"$R" volume create vdata --size 1M >/dev/null 2>&1 || fail "volume create"
"$R" volume create vlog --size 1M >/dev/null 2>&1 || fail "volume create"
[ "$(comp volume delete vd)" = vdata ] || fail "volume names: $(comp volume delete vd)"
[ "$(comp vm create x --disk vol:vl)" = vol:vlog ] || fail "vol: disks: $(comp vm create x --disk vol:vl)"
[ "$(comp vm create x --disk vol : vl)" = vlog ] || fail "vol: split at the colon: $(comp vm create x --disk vol : vl)"
# Snapshots: verbs, VM names, then the VM's snapshot names.
[ "$(comp snapshot re)" = "revert" ] || fail "snapshot verbs: $(comp snapshot re)"
"$R" snapshot create db first >/dev/null 2>&1 || fail "snapshot create"
"$R" snapshot create db second >/dev/null 2>&1 || fail "snapshot create"
[ "$(comp snapshot revert d)" = db ] || fail "snapshot VM names: $(comp snapshot revert d)"
[ "$(comp snapshot revert db s)" = second ] || fail "snapshot names: $(comp snapshot revert db s)"
kill "$(daemon_pid)"
echo "all completion checks passed"
