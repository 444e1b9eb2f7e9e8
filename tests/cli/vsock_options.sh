#!/bin/sh
# --vsock option parsing: a missing or reserved CID, a missing socket path,
# an unknown option, a socket that cannot be created or is in use give a
# message and exit status 2; a valid device starts the machine, listens on
# its socket while it runs, replaces a stale socket file and removes the
# socket at exit.
. "$(dirname "$0")/lib.sh"

ELF=build/isa/base/smoke.elf
[ -f $ELF ] || { echo "missing $ELF (make isa)"; exit 1; }
S=$T/v.sock

expect 2 "cid=N is required" -- $RV run --firmware $ELF --vsock "socket=$S"
expect 2 "cid 2 is reserved" -- $RV run --firmware $ELF --vsock "cid=2,socket=$S"
expect 2 "cid 0 is reserved" -- $RV run --firmware $ELF --vsock "cid=0,socket=$S"
expect 2 "cid 4294967295 is reserved" -- $RV run --firmware $ELF --vsock "cid=4294967295,socket=$S"
expect 2 "--vsock cid=x" -- $RV run --firmware $ELF --vsock "cid=x,socket=$S"
expect 2 "socket=PATH is required" -- $RV run --firmware $ELF --vsock "cid=3"
expect 2 "socket=PATH is required" -- $RV run --firmware $ELF --vsock "cid=3,socket="
expect 2 "unknown option 'port'" -- $RV run --firmware $ELF --vsock "cid=3,socket=$S,port=5"
expect 2 "unknown option 'guest-cid'" -- $RV run --firmware $ELF --device "vsock,guest-cid=3,socket=$S"
expect 2 "cannot create socket $T/no/such/dir/v.sock" -- $RV run --firmware $ELF --vsock "cid=3,socket=$T/no/such/dir/v.sock"
expect 2 "longer than" -- $RV run --firmware $ELF --vsock "cid=3,socket=$T/$(printf '%0120d' 0)"
touch "$T/file"
expect 2 "not a socket" -- $RV run --firmware $ELF --vsock "cid=3,socket=$T/file"
[ -f "$T/file" ] || { echo "FAIL: a regular file in the way was removed"; fails=$((fails + 1)); }
# Valid: the machine runs (and exits 0); the socket is gone afterwards.
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --vsock "cid=3,socket=$S"
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --device "vsock,cid=77,socket=$S"
[ -e "$S" ] && { echo "FAIL: $S left behind"; fails=$((fails + 1)); }

# While a VM runs its socket is in use; a stale socket file is replaced.
LOOP=$T/loop.bin
printf '\157\000\000\000' >"$LOOP" # j . : runs until the timeout
$RV run --firmware "$LOOP" --timeout 10 --vsock "cid=3,socket=$S" </dev/null >/dev/null 2>&1 &
holder=$!
for i in 1 2 3 4 5 6 7 8 9 10; do [ -S "$S" ] && break; sleep 0.5; done
[ -S "$S" ] || { echo "FAIL: no socket at $S while the VM runs"; fails=$((fails + 1)); }
expect 2 "another process listens" -- $RV run --firmware $ELF --vsock "cid=4,socket=$S"
kill -9 $holder 2>/dev/null
wait $holder 2>/dev/null
[ -S "$S" ] || { echo "FAIL: kill -9 should leave the socket file"; fails=$((fails + 1)); }
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --vsock "cid=3,socket=$S"
[ -e "$S" ] && { echo "FAIL: stale $S not replaced and removed"; fails=$((fails + 1)); }

finish "vsock option"
