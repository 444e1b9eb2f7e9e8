#!/bin/sh
# Root mode with --group: the daemon's run directory and socket belong to
# the group (0750 / 0660), and every connection's peer is checked with
# SO_PEERCRED, so even with the file permissions opened up (an admin's
# chmod) a user outside the group gets 403 while a member is served. A
# member (not root) may only name host files it could open itself (the
# VM process runs as root): a root-only disk, kernel or share is refused at
# create, modify and start, and a tap NIC needs root. A VM's console socket
# has the same mode, group and peer check.
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
# A member may name only host files it could open itself: the VMs run as
# root, so a disk path must not be a way to read a file the member cannot.
printf 'root only\n' >"$T/private.img"
chmod 600 "$T/private.img"
printf 'anyone\n' >"$T/public.img"
chmod 644 "$T/public.img"
post_as() { # UID BODY [METHOD PATH]: a request as uid UID, group nogroup; prints "BODY STATUS"
	setpriv --reuid="$1" --regid=65534 --clear-groups \
		curl -s -w ' %{http_code}' --max-time 5 --unix-socket "$S" -X "${3:-POST}" \
		-d "$2" "http://localhost${4:-/vms}"
}
expect_as() { # UID BODY STATUS FRAGMENT [METHOD PATH]
	OUT=$(post_as "$1" "$2" "$5" "$6")
	case "$OUT" in
	*"$4"*" $3") echo "ok: as uid $1: ${5:-POST} ${6:-/vms} $2 -> $3" ;;
	*) fail "as uid $1: ${5:-POST} ${6:-/vms} $2: expected $3 with '$4', got $OUT" ;;
	esac
}
expect_as 65534 "{\"name\":\"p1\",\"firmware\":\"$T/idle.bin\",\"disks\":[\"$T/private.img\"]}" \
	400 "uid 65534 may not read and write it"
expect_as 65534 "{\"name\":\"p1\",\"firmware\":\"$T/idle.bin\",\"disks\":[\"$T/private.img,readonly=on\"]}" \
	400 "uid 65534 may not read it"
expect_as 65534 "{\"name\":\"p1\",\"firmware\":\"$T/idle.bin\",\"disks\":[\"$T/public.img\"]}" \
	400 "may not read and write"
expect_as 65534 "{\"name\":\"p1\",\"kernel\":\"$T/private.img\"}" 400 "kernel $T/private.img"
expect_as 65534 "{\"name\":\"p1\",\"devices\":[\"share,$T,tag=t\"]}" 400 "may not write in"
expect_as 65534 "{\"name\":\"p1\",\"devices\":[\"net,tap,ifname=x\"]}" 400 "needs root"
expect_as 65534 "{\"name\":\"p1\",\"firmware\":\"$T/idle.bin\",\"disks\":[\"$T/public.img,readonly=on\"]}" \
	201 '"name":"p1"'
expect_as 65534 "{\"disks\":[\"$T/private.img,readonly=on\"]}" 400 "may not read it" PATCH /vms/p1
[ "$(q "SELECT COUNT(*) FROM vms")" = 1 ] || fail "a refused create was recorded"
# Made by root, started by the member: checked again with the starter's rights.
must 0 "" -- create p2 --firmware "$T/idle.bin" --disk "$T/private.img,readonly=on"
expect_as 65534 "" 400 "cannot start: disk $T/private.img: uid 65534 may not read it" POST /vms/p2/start
must 0 "p2: running" -- start p2
# The console socket follows the daemon socket's rule.
must 0 "" -- show p2 -o json
C=$(field .console_socket)
[ "$(stat -c '%a %G' "$C")" = "660 nogroup" ] || fail "console socket is $(stat -c '%a %G' "$C")"
attach_as() { # UID: the keeper's answer to a console hello as that user
	# (the system's python: one under /root is not the other user's to run)
	setpriv --reuid="$1" --regid="$1" --clear-groups /usr/bin/python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.settimeout(5)
s.connect(sys.argv[1])
try:
    s.sendall(b"RVISOR-CONSOLE/1 write 0\n")
except BrokenPipeError:
    pass  # refused before the hello: the answer is already here
print(s.recv(200).decode().strip())' "$C" 2>&1
}
chmod 666 "$C" # opened by mistake: the peer check still holds
if [ -x /usr/bin/python3 ]; then
	case "$(attach_as 65533)" in *"ERR this user may not attach"*) ;; *) fail "a non-member attached to the console: $(attach_as 65533)" ;; esac
	case "$(attach_as 65534)" in *"OK write 0"*) ;; *) fail "a member could not attach: $(attach_as 65534)" ;; esac
	echo "ok: the console socket refuses a non-member, serves a member"
else
	echo "note: no /usr/bin/python3: console peer check not exercised"
fi
must 0 "" -- delete --force p2
must 0 "" -- delete p1

kill "$(daemon_pid)"
echo "all daemon socket access checks passed"
