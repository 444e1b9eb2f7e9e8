#!/bin/sh
# Where PUT /snapshot/create may write. A snapshot request naming the VM's
# own disk image, firmware, console log, API socket, a symlink, a FIFO, a
# directory, a path inside the directory it shares with the guest, an
# existing file without "overwrite": true, one file twice (hard link), or a
# path longer than PATH_MAX is refused with a message saying why, and the
# file there is left as it was. A refused request (snapshot_path a
# directory) leaves the previous snapshot restorable and no temporaries; a
# restored VM never writes over the memory file it runs from. Without Linux:
# the raw "j ." firmware of apilib.sh.
. "$(dirname "$0")/apilib.sh"
same() { cmp -s "$1" "$2" || fail "$1 changed"; }

head -c 1048576 /dev/urandom >"$T/disk.img"
cp "$T/disk.img" "$T/disk.orig"
cp "$T/loop.bin" "$T/fw.bin"
mkdir "$T/share" "$T/share/sub" "$T/dir"
S=$T/api.sock
$R run --firmware "$T/fw.bin" --disk "$T/disk.img" --share "$T/share,tag=s" --api-socket "$S" \
	--timeout 60 </dev/null >"$T/run1.log" 2>&1 &
P1=$!
PIDS="$PIDS $P1"
wait_sock "$S"
expect PATCH /vm '{"state":"paused"}' 204 ""
body() { # SNAP MEM [EXTRA]: a snapshot request body
	printf '{"snapshot_path":"%s","mem_file_path":"%s"%s}' "$1" "$2" "${3:-}"
}
OW=',"overwrite":true'

# The previous snapshot.
expect PUT /snapshot/create "$(body "$T/vm.snap" "$T/vm.mem")" 200 '"seconds"'
cp "$T/vm.snap" "$T/vm.snap.orig"

# The VM's own files, with or without overwrite.
expect PUT /snapshot/create "$(body "$T/disk.img" "$T/a.mem" "$OW")" 409 "disk.img: is disk 0 of this VM"
expect PUT /snapshot/create "$(body "$T/a.snap" "$T/disk.img" "$OW")" 409 "disk.img: is disk 0 of this VM"
ln "$T/disk.img" "$T/disk.link"
expect PUT /snapshot/create "$(body "$T/disk.link" "$T/a.mem" "$OW")" 409 "is disk 0 of this VM"
expect PUT /snapshot/create "$(body "$T/fw.bin" "$T/a.mem" "$OW")" 409 "firmware"
expect PUT /snapshot/create "$(body "$T/run1.log" "$T/a.mem" "$OW")" 409 "holds open"
expect PUT /snapshot/create "$(body "$S" "$T/a.mem" "$OW")" 400 "not a regular file"
expect PUT /snapshot/create "$(body "$T/share/a.snap" "$T/a.mem")" 409 "inside the directory this VM shares with the guest"
expect PUT /snapshot/create "$(body "$T/a.snap" "$T/share/sub/a.mem")" 409 "inside the directory this VM shares"
same "$T/disk.img" "$T/disk.orig"
cmp -s "$T/fw.bin" "$T/loop.bin" || fail "the firmware changed"
[ -S "$S" ] || fail "the API socket was replaced"
[ -z "$(ls "$T/share" | grep -v '^sub$')" ] || fail "a file appeared in the share: $(ls "$T/share")"

# Existing files: only with overwrite; never a symlink, FIFO or directory.
echo "precious" >"$T/precious"
expect PUT /snapshot/create "$(body "$T/precious" "$T/a.mem")" 409 "precious: exists; replacing it needs the overwrite option"
expect PUT /snapshot/create "$(body "$T/a.snap" "$T/precious")" 409 "exists"
[ "$(cat "$T/precious")" = precious ] || fail "an existing file was replaced without overwrite"
ln -s precious "$T/link"
expect PUT /snapshot/create "$(body "$T/link" "$T/a.mem" "$OW")" 400 "link: is a symbolic link"
expect PUT /snapshot/create "$(body "$T/a.snap" "$T/link" "$OW")" 400 "is a symbolic link"
ln -s nowhere "$T/dangling"
expect PUT /snapshot/create "$(body "$T/dangling" "$T/a.mem")" 400 "is a symbolic link"
[ "$(readlink "$T/link")" = precious ] && [ "$(readlink "$T/dangling")" = nowhere ] || fail "a symlink was replaced"
[ "$(cat "$T/precious")" = precious ] && [ ! -e "$T/nowhere" ] || fail "a symlink was followed"
mkfifo "$T/fifo"
expect PUT /snapshot/create "$(body "$T/a.snap" "$T/fifo" "$OW")" 400 "not a regular file"
[ -p "$T/fifo" ] || fail "the FIFO was replaced"
ln "$T/vm.snap" "$T/vm.hard"
expect PUT /snapshot/create "$(body "$T/vm.snap" "$T/vm.hard" "$OW")" 400 "are the same file"
expect PUT /snapshot/create "$(body "$T/x.snap" "$T/./x.snap")" 400 "are the same file"
expect PUT /snapshot/create "$(body "$T/x.snap.tmp.Ab12Cd" "$T/x.mem")" 400 "temporary files"
expect PUT /snapshot/create "$(body "$T/nodir/x.snap" "$T/x.mem")" 400 "nodir: No such file or directory"
expect PUT /snapshot/create "$(body "$T/vm.snap" "$T/vm.mem" ',"overwrite":1')" 400 '"overwrite\" must be true or false'

# A directory as snapshot_path: refused, and the previous pair is intact.
expect PUT /snapshot/create "$(body "$T/dir" "$T/vm.mem" "$OW")" 400 "dir: is a directory"
same "$T/vm.snap" "$T/vm.snap.orig"
[ -z "$(ls "$T" | grep -E '\.tmp\.|\.pending-')" ] || fail "temporaries left: $(ls "$T")"

# A path longer than PATH_MAX: the reason is in the message, whole.
long=$T/$(head -c 5000 /dev/zero | tr '\0' x)
expect PUT /snapshot/create "$(body "$long" "$T/a.mem")" 400 "path is 50"
case "$OUT" in *"bytes long; rvisor takes at most"*) ;; *) fail "long path: $OUT" ;; esac
long=$T/$(head -c 240 /dev/zero | tr '\0' y)
expect PUT /snapshot/create "$(body "$T/a.snap" "$long")" 400 "its file name is 240 bytes long"
echo "ok: every refusal"

# overwrite replaces an existing regular file; ctl has --overwrite/--force.
expect PUT /snapshot/create "$(body "$T/vm.snap" "$T/vm.mem" "$OW")" 200 '"seconds"'
$R ctl --api-socket "$S" snapshot "$T/vm.snap" "$T/vm.mem" 2>"$T/ctl.err" && fail "ctl replaced existing files"
grep -q "exists; replacing it needs the overwrite option" "$T/ctl.err" || fail "ctl message: $(cat "$T/ctl.err")"
$R ctl --api-socket "$S" snapshot "$T/vm.snap" "$T/vm.mem" --overwrite >/dev/null || fail "ctl --overwrite"
$R ctl --api-socket "$S" snapshot --force "$T/vm.snap" "$T/vm.mem" >/dev/null || fail "ctl --force"
$R ctl --api-socket "$S" snapshot "$T/vm.snap" "$T/vm.mem" --bogus 2>/dev/null; [ $? -eq 2 ] || fail "ctl: unknown option"
[ -z "$(ls "$T" | grep -E '\.tmp\.|\.pending-')" ] || fail "temporaries left: $(ls "$T")"
same "$T/disk.img" "$T/disk.orig"
echo "ok: overwrite"
kill_vm $P1

# A restored VM maps its memory file: never a snapshot target, even with
# overwrite; a new pair is fine, and the old pair still restores.
S=$T/api2.sock
$R run --restore "$T/vm.snap" --mem-file "$T/vm.mem" --api-socket "$S" --paused --timeout 60 \
	</dev/null >"$T/run2.log" 2>&1 &
P2=$!
PIDS="$PIDS $P2"
wait_sock "$S"
cp "$T/vm.mem" "$T/vm.mem.orig"
expect PUT /snapshot/create "$(body "$T/r.snap" "$T/vm.mem" "$OW")" 409 "vm.mem: is the memory file this VM runs from"
expect PUT /snapshot/create "$(body "$T/vm.mem" "$T/r.mem" "$OW")" 409 "the memory file this VM runs from"
same "$T/vm.mem" "$T/vm.mem.orig"
expect PUT /snapshot/create "$(body "$T/r.snap" "$T/r.mem")" 200 '"seconds"'
kill_vm $P2
timeout 30 $R run --restore "$T/vm.snap" --mem-file "$T/vm.mem" --timeout 1 </dev/null >"$T/run3.log" 2>&1
[ $? -eq 124 ] || fail "the pair does not restore after the refusals: $(cat "$T/run3.log")"
echo "all snapshot path checks passed"
