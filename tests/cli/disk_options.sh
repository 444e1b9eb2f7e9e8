#!/bin/sh
# --disk option parsing: bad specs give a message and exit status 2; valid
# ones (commas escaped as ",,", up to 8 disks) start the machine. --device
# disk,SPEC is the same disk kind with the same grammar.
. "$(dirname "$0")/lib.sh"

ELF=build/isa/base/smoke.elf
[ -f $ELF ] || { echo "missing $ELF (make isa)"; exit 1; }
IMG=$T/disk.img
head -c 1048576 /dev/zero >"$IMG"
cp "$IMG" "$T/a,b.img"
cp "$IMG" "$T/second.img"

expect 2 "no image path" -- $RV run --firmware $ELF --disk ""
expect 2 "no image path" -- $RV run --firmware $ELF --disk ",readonly=on"
expect 2 "No such file" -- $RV run --firmware $ELF --disk "$T/missing.img"
expect 2 "bad option 'format=vmdk'" -- $RV run --firmware $ELF --disk "$IMG,format=vmdk"
expect 2 "bad option 'readonly=maybe'" -- $RV run --firmware $ELF --disk "$IMG,readonly=maybe"
expect 2 "bad option 'cache=unsafe'" -- $RV run --firmware $ELF --disk "$IMG,cache=unsafe"
expect 2 "bad option 'if=virtio'" -- $RV run --firmware $ELF --disk "$IMG,if=virtio"
expect 2 "bad option 'serial'" -- $RV run --firmware $ELF --disk "$IMG,serial"
expect 2 "longer than 20" -- $RV run --firmware $ELF --disk "$IMG,serial=123456789012345678901"
expect 2 "at most 8" -- $RV run --firmware $ELF --disk "$IMG,readonly=on" --disk "$IMG,readonly=on" \
	--disk "$IMG,readonly=on" --disk "$IMG,readonly=on" --disk "$IMG,readonly=on" \
	--disk "$IMG,readonly=on" --disk "$IMG,readonly=on" --disk "$IMG,readonly=on" \
	--disk "$IMG,readonly=on"
expect 2 "disk.img" -- $RV run --firmware $ELF --disk "$IMG,format=qcow2"
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --disk "$IMG" \
	--disk "$T/second.img,format=raw,readonly=on,cache=writeback,serial=abc"
# Image locking: a writer excludes every other user of the image, readers share.
expect 2 "in use by another process" -- $RV run --firmware $ELF --disk "$IMG" --disk "$IMG"
expect 2 "in use by another process" -- $RV run --firmware $ELF --disk "$IMG" \
	--disk "$IMG,readonly=on"
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --disk "$IMG,readonly=on" \
	--disk "$IMG,readonly=on"
# One boolean grammar for every option: yes/true/1 are readers too, no/off
# a writer.
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --disk "$IMG,readonly=yes" \
	--disk "$IMG,readonly=true" --disk "$IMG,readonly=1"
expect 2 "in use by another process" -- $RV run --firmware $ELF --disk "$IMG,readonly=no" \
	--disk "$IMG,readonly=yes"
LOOP=$T/loop.bin
printf '\157\000\000\000' >"$LOOP" # j . : runs until the timeout
$RV run --firmware "$LOOP" --timeout 10 --disk "$IMG" </dev/null >/dev/null 2>&1 &
holder=$!
sleep 1
expect 2 "in use by another process" -- $RV run --firmware $ELF --disk "$IMG,readonly=on"
kill $holder 2>/dev/null
wait $holder 2>/dev/null
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --disk "$IMG"
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --disk "$T/a,,b.img,readonly"
# The path runs to the first single comma, '=' in it or not.
cp "$IMG" "$T/x=y.img"
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --disk "$T/x=y.img,readonly=on"
# --device disk,SPEC: the disk kind, one grammar with --disk.
expect 2 "no image path" -- $RV run --firmware $ELF --device disk
expect 2 "bad option 'readonly=maybe'" -- $RV run --firmware $ELF --device "disk,$IMG,readonly=maybe"
expect 2 "bps_burst needs bps" -- $RV run --firmware $ELF --device "disk,$IMG,bps_burst=1M"
expect 2 "in use by another process" -- $RV run --firmware $ELF --disk "$IMG" --device "disk,$IMG"
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --device "disk,$IMG,readonly=yes" \
	--disk "$IMG,readonly=true"
expect 0 "disk" -- $RV run --firmware $ELF --device help
expect 0 "--disk" -- $RV run --help

finish --disk
