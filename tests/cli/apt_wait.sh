#!/bin/bash
# scripts/apt-get.sh, which every installer of the project calls, waits for
# another package manager's lock and gives up on anything else. A fake
# apt-get on the PATH (in a directory this test makes; the host's apt is
# never run) fails on a lock twice, then succeeds.
set -u
cd "$(dirname "$0")/../.." || exit 2
T=$(mktemp -d) || exit 2
trap 'rm -rf "$T"' EXIT
cat >"$T/apt-get" <<'FAKE'
#!/bin/bash
n=$(cat "$FAKE_DIR/count" 2>/dev/null || echo 0)
echo $((n + 1)) >"$FAKE_DIR/count"
echo "$*" >>"$FAKE_DIR/args"
if [ "$FAKE_MODE" = lock ] && [ "$n" -lt 2 ]; then
	echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 1 (apt-get)" >&2
	exit 100
fi
[ "$FAKE_MODE" = broken ] && { echo "E: Unable to locate package nosuch" >&2; exit 100; }
echo done
FAKE
chmod +x "$T/apt-get"
fail=0
export FAKE_DIR=$T PATH="$T:$PATH"

out=$(FAKE_MODE=lock scripts/apt-get.sh update -qq 2>"$T/err")
rc=$?
if [ $rc -ne 0 ] || [ "$out" != done ] || [ "$(cat "$T/count")" != 3 ] ||
	! grep -q "waiting" "$T/err" || ! grep -q -- "-o DPkg::Lock::Timeout=600 update -qq" "$T/args"; then
	echo "FAIL: a lock held twice: rc=$rc out=$out runs=$(cat "$T/count")"
	cat "$T/err" "$T/args"
	fail=1
fi

rm -f "$T/count"
FAKE_MODE=broken scripts/apt-get.sh install nosuch 2>"$T/err"
rc=$?
if [ $rc -ne 100 ] || [ "$(cat "$T/count")" != 1 ] || ! grep -q "Unable to locate package" "$T/err"; then
	echo "FAIL: another error is not retried and keeps its exit code and message: rc=$rc"
	fail=1
fi

rm -f "$T/count"
FAKE_MODE=lock RVISOR_APT_WAIT=0 scripts/apt-get.sh update 2>"$T/err"
rc=$?
if [ $rc -ne 100 ] || ! grep -q "Could not get lock" "$T/err"; then
	echo "FAIL: past RVISOR_APT_WAIT the lock error is reported: rc=$rc"
	fail=1
fi
[ $fail -eq 0 ] && echo "apt-get.sh waits for a lock (3 runs), gives up on other errors and past its wait"
exit $fail
