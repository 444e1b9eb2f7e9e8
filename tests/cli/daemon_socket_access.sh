#!/bin/sh
# Root mode with --group: the daemon's run directory and socket belong to
# the group (0750 / 0660), and every connection's peer is checked with
# SO_PEERCRED, so even with the file permissions opened up (an admin's
# chmod) a user outside the group gets 403 while a member is served.
# Needs root (to start clients as other users) and setpriv.
. "$(dirname "$0")/daemonlib.sh"
[ "$(id -u)" = 0 ] || { echo "not root: skipping"; exit 77; }
command -v setpriv >/dev/null || { echo "setpriv missing: skipping"; exit 77; }
getent group nogroup >/dev/null || { echo "no group nogroup: skipping"; exit 77; }

chmod 755 "$T" # (our own temporary directory) other users may traverse it
"$R" daemon --state-dir "$RVISOR_STATE_DIR" --run-dir "$RVISOR_RUN_DIR" --group nogroup >"$T/daemon.out" 2>&1 || fail "daemon did not start: $(cat "$T/daemon.out")"
[ "$(stat -c '%a %G' "$RVISOR_RUN_DIR")" = "750 nogroup" ] ||
	fail "run dir is $(stat -c '%a %G' "$RVISOR_RUN_DIR")"
[ "$(stat -c '%a %G' "$S")" = "660 nogroup" ] || fail "socket is $(stat -c '%a %G' "$S")"

as() { # UID GID: GET /vms as that user; prints the HTTP status, the body in $T/as.out
	setpriv --reuid="$1" --regid="$2" --clear-groups \
		curl -s -w ' %{http_code}' --max-time 5 --unix-socket "$S" http://localhost/vms >"$T/as.out"
	sed 's/.* //' "$T/as.out"
}
[ "$(as 65534 65534)" = 200 ] || fail "a member of the group was not served: $(cat "$T/as.out")"
echo "ok: a member of the group is served"
[ "$(as 65533 65533)" = 000 ] || fail "a non-member reached the socket through 0750/0660"
echo "ok: the file permissions keep a non-member out"

# Opened up by mistake: the peer check still refuses the non-member.
chmod 755 "$RVISOR_RUN_DIR"
chmod 666 "$S"
[ "$(as 65533 65533)" = 403 ] || fail "a non-member got $(cat "$T/as.out") through opened permissions"
grep -q "may not use" "$T/as.out" || fail "403 without a reason: $(cat "$T/as.out")"
echo "ok: SO_PEERCRED refuses a non-member: $(cat "$T/as.out")"
[ "$(as 65534 65534)" = 200 ] || fail "the member is no longer served"
kill "$(daemon_pid)"
echo "all daemon socket access checks passed"
