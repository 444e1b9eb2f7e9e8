#!/bin/sh
# The per-VM API (rvisor run --api-socket) and snapshots, without Linux: a
# raw firmware that spins ("j .") is paused, resumed, snapshotted, killed and
# restored; every API error path answers with its status and a
# fault_message and leaves the VM running; bad snapshots are refused.
. "$(dirname "$0")/apilib.sh"
instret() { $R ctl --api-socket "$S" status | sed 's/.*"instructions_retired":\([0-9]*\).*/\1/'; }

# --- a running VM ---
S=$T/api.sock
$R run --firmware "$T/loop.bin" --api-socket "$S" --timeout 60 </dev/null >"$T/run1.log" 2>&1 &
P1=$!
PIDS="$PIDS $P1"
wait_sock "$S"
req GET /vm
case "$OUT" in *'"state":"running"'*'"vcpus":1'*'"memory_mib":128'*" 200") ;; *) fail "GET /vm: $OUT" ;; esac

# Error paths: each status with its message; none disturbs the VM.
expect PUT /snapshot/create '{"snapshot_path":"'"$T"'/x.snap","mem_file_path":"'"$T"'/x.mem"}' 409 "must be paused"
expect GET /nope "" 404 "no such resource"
expect DELETE /vm "" 405 "does not allow DELETE"
expect PUT /vm '{"state":"paused"}' 405 "does not allow PUT"
expect GET /actions "" 405 "does not allow GET"
expect PATCH /vm '{"state":' 400 "malformed JSON"
expect PATCH /vm '' 400 "needs a JSON body"
expect PATCH /vm '[1,2]' 400 "must be a JSON object"
expect PATCH /vm '{"state":"paused","bogus":1}' 400 'unknown field \"bogus\"'
expect PATCH /vm '{"state":"frozen"}' 400 'not \"frozen\"'
expect PATCH /vm '{"state":7}' 400 "must be a string"
expect PATCH /vm '{"state":"paused","state":"running"}' 400 "malformed JSON"
expect PUT /snapshot/create '{"snapshot_path":"a","mem_file_path":"b","snapshot_type":"diff"}' 400 "needs a previous snapshot of this VM"
expect PUT /snapshot/create '{"snapshot_path":"a","mem_file_path":"b","snapshot_type":"delta"}' 400 'must be \"full\" or \"diff\"'
expect PUT /snapshot/create '{"snapshot_path":"a"}' 400 'mem_file_path\" is required'
expect PUT /actions '{"action_type":"explode"}' 400 'not \"explode\"'
head -c 70000 /dev/zero | tr '\0' ' ' >"$T/big.json"
expect PATCH /vm "$(cat "$T/big.json")" 413 "larger than"
# Random bodies and raw garbage on every resource: always a 4xx with a
# fault_message, or the connection refused as malformed HTTP; never a crash.
python3 - "$S" <<'PY' || fail "random requests"
import json, random, socket, sys
rng = random.Random(7)
def send(raw):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(10)
    s.connect(sys.argv[1])
    s.sendall(raw)
    s.shutdown(socket.SHUT_WR)
    out = b""
    while True:
        c = s.recv(65536)
        if not c:
            break
        out += c
    s.close()
    return out
vals = [None, True, 1, -1, 1.5, "", "x" * 300, [], {}, [1, {"a": 2}], "paused\u0000", "\u00e9"]
keys = ["state", "action_type", "snapshot_path", "mem_file_path", "snapshot_type", "", "z"]
for n in range(300):
    path = rng.choice(["/vm", "/actions", "/snapshot/create", "/", "/vm/", "/%00", "/" + "a" * 2000])
    method = rng.choice(["GET", "PUT", "PATCH", "POST", "DELETE"])
    kind = rng.randrange(3)
    if kind == 0:
        body = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
    elif kind == 1:
        body = json.dumps({rng.choice(keys): rng.choice(vals) for _ in range(rng.randrange(4))}).encode()
    else:
        body = json.dumps(rng.choice(vals)).encode()
    if method == "GET" and path == "/vm":
        continue
    raw = b"%s %s HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % (
        method.encode(), path.encode(), len(body)) + body
    out = send(raw)
    status = int(out.split(b" ", 2)[1]) if out.startswith(b"HTTP/1.") else 0
    if status and not (400 <= status < 500 and (status == 413 or b"fault_message" in out or status in (400, 414))):
        print("bad answer %d to %r: %r" % (status, raw[:200], out[:300]))
        sys.exit(1)
for junk in (b"\x00\xff" * 50, b"GET\r\n\r\n", b"PATCH /vm HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
             b"PATCH /vm HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffff\r\n"):
    send(junk)
print("300 random requests answered")
PY
req GET /vm
case "$OUT" in *'"state":"running"'*" 200") echo "ok: still running after bad requests" ;; *) fail "after errors: $OUT" ;; esac
a=$(instret); sleep 0.2; b=$(instret)
[ "$b" -gt "$a" ] || fail "instret does not advance while running ($a, $b)"

# Pause: instructions stop; resume: they continue.
$R ctl --api-socket "$S" pause || fail "ctl pause"
$R ctl --api-socket "$S" status | grep -q '"state":"paused"' || fail "not paused"
a=$(instret); sleep 0.3; b=$(instret)
[ "$a" = "$b" ] || fail "instret advances while paused ($a, $b)"
g1=$($R ctl --api-socket "$S" status | sed 's/.*"guest_time_seconds":\([0-9.]*\).*/\1/')
sleep 0.3
g2=$($R ctl --api-socket "$S" status | sed 's/.*"guest_time_seconds":\([0-9.]*\).*/\1/')
[ "$g1" = "$g2" ] || fail "guest clock runs while paused ($g1, $g2)"
$R ctl --api-socket "$S" resume || fail "ctl resume"
sleep 0.2; c=$(instret)
[ "$c" -gt "$b" ] || fail "instret does not advance after resume"
echo "ok: pause/resume"

# Snapshot (paused), then kill -9 and restore.
$R ctl --api-socket "$S" pause || fail "pause"
N=$(instret)
(cd "$T" && $R ctl --api-socket "$S" snapshot vm.snap vm.mem) || fail "ctl snapshot (relative paths)"
[ -s "$T/vm.snap" ] && [ "$(stat -c %s "$T/vm.mem")" = $((128 << 20)) ] || fail "snapshot files"
[ "$(stat -c %b "$T/vm.mem")" -lt 1000 ] || fail "memory file is not sparse: $(stat -c %b "$T/vm.mem") blocks"
ls "$T" | grep -q '\.tmp\.' && fail "temporary files left behind"
# A diff snapshot right after: "j ." writes no RAM, so no page is dirty.
req PUT /snapshot/create '{"snapshot_path":"'"$T"'/d1.snap","mem_file_path":"'"$T"'/d1.mem","snapshot_type":"diff"}'
case "$OUT" in *'"dirty_pages":0'*" 200") ;; *) fail "diff snapshot: $OUT" ;; esac
[ "$(stat -c %s "$T/d1.mem")" = $(((128 << 20) + 4096 + 48)) ] || fail "diff memory file size $(stat -c %s "$T/d1.mem")"
# A second diff through ctl, then a new lineage (full f2, diff e1) for the
# chain checks below.
(cd "$T" && $R ctl --api-socket "$S" snapshot d2.snap d2.mem --diff) | grep -q '"dirty_pages":0' || fail "ctl snapshot --diff"
$R ctl --api-socket "$S" snapshot "$T/f2.snap" "$T/f2.mem" >/dev/null || fail "second full snapshot"
$R ctl --api-socket "$S" snapshot "$T/e1.snap" "$T/e1.mem" --diff >/dev/null || fail "diff of the second lineage"
echo "ok: diff snapshot"
kill_vm $P1
rm -f "$S" # a dead process's socket file; run replaces stale ones anyway

S=$T/api2.sock
$R run --restore "$T/d1.snap" --mem-file "$T/vm.mem" --mem-diff "$T/d1.mem" --paused --api-socket "$S" --timeout 60 \
	</dev/null >"$T/run2.log" 2>&1 &
P2=$!
PIDS="$PIDS $P2"
wait_sock "$S"
$R ctl --api-socket "$S" status | grep -q '"state":"paused"' || fail "restored VM not paused"
[ "$(instret)" = "$N" ] || fail "restored instret $(instret), saved $N"
$R ctl --api-socket "$S" resume || fail "resume restored"
sleep 0.2
[ "$(instret)" -gt "$N" ] || fail "restored VM does not run"
$R ctl --api-socket "$S" shutdown || fail "ctl shutdown"
wait $P2
st=$?
[ $st -eq 0 ] || fail "exit status $st after shutdown"
[ ! -e "$S" ] || fail "socket file left behind"
echo "ok: snapshot, restore --paused, resume, shutdown"

# Default memory file name (SNAP.mem) and reboot through the API: a
# restored firmware VM reboots into its firmware again.
cp "$T/vm.mem" "$T/vm.snap.mem"
$R run --restore "$T/vm.snap" --api-socket "$S" --timeout 60 </dev/null >"$T/run3.log" 2>&1 &
P3=$!
PIDS="$PIDS $P3"
wait_sock "$S"
$R ctl --api-socket "$S" reboot || fail "ctl reboot"
sleep 0.3
$R ctl --api-socket "$S" status | grep -q '"state":"running"' || fail "no VM after reboot"
$R ctl --api-socket "$S" shutdown || fail "shutdown after reboot"
wait $P3 || fail "exit status after reboot + shutdown"
echo "ok: reboot after restore"

# Refusals (exit 2, a message, nothing runs).
refuse() { # what message args...
	what=$1 msg=$2
	shift 2
	timeout 30 $R run "$@" --timeout 5 </dev/null >"$T/ref.out" 2>&1
	st=$?
	[ $st -eq 2 ] || fail "$what: exit status $st"
	grep -q "$msg" "$T/ref.out" || fail "$what: message: $(cat "$T/ref.out")"
	echo "ok: refused $what"
}
head -c 1000 "$T/vm.snap" >"$T/trunc.snap"
refuse "truncated snapshot" "truncated\|claims" --restore "$T/trunc.snap" --mem-file "$T/vm.mem"
cp "$T/vm.snap" "$T/v9.snap"
printf '\011' | dd of="$T/v9.snap" bs=1 seek=8 conv=notrunc 2>/dev/null
refuse "other format version" "format version 9 is not supported" --restore "$T/v9.snap" --mem-file "$T/vm.mem"
# A flipped bit inside a section's payload (the hart's registers) is caught
# by the section checksum (format 2).
cp "$T/vm.snap" "$T/flip.snap"
off=$(grep -abo HART "$T/flip.snap" | head -n1 | cut -d: -f1)
printf '\125' | dd of="$T/flip.snap" bs=1 seek=$((off + 100)) conv=notrunc 2>/dev/null
refuse "corrupt section" "HART.*corrupt (checksum mismatch)" --restore "$T/flip.snap" --mem-file "$T/vm.mem"
head -c $((64 << 20)) "$T/vm.mem" >"$T/small.mem"
refuse "memory file of another size" "not this snapshot's memory file" --restore "$T/vm.snap" --mem-file "$T/small.mem"
refuse "machine options with --restore" "cannot be combined" --restore "$T/vm.snap" --cpus 2
refuse "--mem-file alone" "needs --restore" --mem-file "$T/vm.mem" --firmware "$T/loop.bin"
refuse "--mem-diff alone" "needs --restore" --mem-diff "$T/d1.mem" --firmware "$T/loop.bin"
refuse "a full memory file as a diff" "not a diff memory file" --restore "$T/d1.snap" --mem-file "$T/vm.mem" --mem-diff "$T/vm.mem"
refuse "a diff given to a full snapshot" "full snapshot: it takes no --mem-diff" --restore "$T/vm.snap" --mem-file "$T/vm.mem" --mem-diff "$T/d1.mem"
refuse "a diff chain missing a diff" "needs the 2 diff memory files" --restore "$T/d2.snap" --mem-file "$T/vm.mem" --mem-diff "$T/d2.mem"
refuse "diffs in the wrong order" "is diff 2 of its lineage but was given as diff 1" --restore "$T/d2.snap" --mem-file "$T/vm.mem" --mem-diff "$T/d2.mem" --mem-diff "$T/d1.mem"
refuse "a diff of another lineage" "belongs to another snapshot lineage" --restore "$T/d1.snap" --mem-file "$T/vm.mem" --mem-diff "$T/e1.mem"
if getfattr -n user.rvisor.lineage "$T/vm.mem" >/dev/null 2>&1 || python3 -c "import os,sys; os.getxattr(sys.argv[1], 'user.rvisor.lineage')" "$T/vm.mem" 2>/dev/null; then
	refuse "a base memory file of another lineage" "memory file of another snapshot lineage" --restore "$T/d1.snap" --mem-file "$T/f2.mem" --mem-diff "$T/d1.mem"
else
	echo "note: $T has no user xattrs; the base memory file check is not exercised"
fi
refuse "a diff memory file as the base" "not this snapshot's memory file" --restore "$T/d1.snap" --mem-file "$T/d1.mem"
cp "$T/d1.mem" "$T/bad.mem"
printf 'X' | dd of="$T/bad.mem" bs=1 seek=$(((128 << 20) + 4096)) conv=notrunc 2>/dev/null
refuse "a diff memory file with a bad trailer" "bad trailer" --restore "$T/d1.snap" --mem-file "$T/vm.mem" --mem-diff "$T/bad.mem"
refuse "--paused without an API" "needs --api-socket" --firmware "$T/loop.bin" --paused
printf 'not a snapshot at all, just text......' >"$T/junk.snap"
refuse "not a snapshot" "bad magic" --restore "$T/junk.snap" --mem-file "$T/vm.mem"
: >"$T/plain"
refuse "API socket path that is a file" "not a socket" --firmware "$T/loop.bin" --api-socket "$T/plain"

# --timeout still ends a paused VM (parked vCPUs wake up to exit).
timeout 30 $R run --firmware "$T/loop.bin" --paused --api-socket "$T/t.sock" --timeout 1 \
	</dev/null >"$T/to.out" 2>&1
st=$?
[ $st -eq 124 ] || fail "paused VM with --timeout 1: exit status $st"
echo "ok: timeout while paused"

# ctl usage errors.
$R ctl --api-socket "$T/none.sock" status 2>/dev/null; [ $? -eq 2 ] || fail "ctl: unreachable socket"
$R ctl status 2>/dev/null; [ $? -eq 2 ] || fail "ctl without --api-socket"
$R ctl --api-socket "$S" frobnicate 2>/dev/null; [ $? -eq 2 ] || fail "ctl unknown command"
echo "all API checks passed"
