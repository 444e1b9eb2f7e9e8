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
[ -z "$(comp vm start "")" ] || fail "names without a daemon: $(comp vm start "")"
[ -e "$S" ] && fail "completion started a daemon"
must 0 "" -- create web1 --firmware "$T/idle.bin"
must 0 "" -- create web2 --firmware "$T/idle.bin"
must 0 "" -- create db --firmware "$T/idle.bin"
[ "$(comp vm start we)" = "web1 web2" ] || fail "names: $(comp vm start we)"
[ "$(comp vm --no-autostart show d)" = db ] || fail "names after an option: $(comp vm --no-autostart show d)"
kill "$(daemon_pid)"
echo "all completion checks passed"
