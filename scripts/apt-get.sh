#!/bin/bash
# apt-get that waits for another package manager instead of failing: the
# project's installers (scripts/deps.sh, guest/build.sh,
# bench/sevenzip/build.sh) may run beside each other or beside the host's
# own apt (unattended-upgrades). apt-get install waits for dpkg's lock
# itself (DPkg::Lock::Timeout), but apt-get update does not wait for the
# lists lock, so a run that failed only on a lock is retried, for up to
# RVISOR_APT_WAIT seconds (default 600) in all.
# usage: scripts/apt-get.sh APT-GET-ARGUMENTS...
set -uo pipefail
if [ $# -eq 0 ] || [ "$1" = --help ]; then
	echo "usage: scripts/apt-get.sh APT-GET-ARGUMENTS... (apt-get, waiting up to" \
		"\$RVISOR_APT_WAIT seconds, default 600, for apt's and dpkg's locks)"
	[ $# -eq 0 ] && exit 2
	exit 0
fi
wait_s=${RVISOR_APT_WAIT:-600}
deadline=$((SECONDS + wait_s))
err=$(mktemp) || exit 1
trap 'rm -f "$err"' EXIT
while :; do
	apt-get -o DPkg::Lock::Timeout="$wait_s" "$@" 2>"$err"
	rc=$?
	if [ $rc -eq 0 ] || ! grep -qE 'Could not get lock|Unable to lock|Unable to acquire' "$err" ||
		[ $SECONDS -ge $deadline ]; then
		cat "$err" >&2
		exit $rc
	fi
	echo "apt-get.sh: another apt or dpkg holds its lock; waiting (up to $((deadline - SECONDS)) s more)" >&2
	sleep 3
done
