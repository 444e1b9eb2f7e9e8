#!/bin/sh
# --share option parsing: bad specs (no directory, a missing one, a file,
# no tag, a tag too long or with spaces, unknown or bad options) give a
# message naming the problem and exit status 2; valid ones (commas escaped
# as ",,", readonly=on, --device share,..., two shares) start the machine.
. "$(dirname "$0")/lib.sh"

ELF=build/isa/base/smoke.elf
[ -f $ELF ] || { echo "missing $ELF (make isa)"; exit 1; }
D=$T/dir
mkdir "$D" "$T/a,b"
: >"$T/file"
TAG64=$(printf '%064d' 0)

expect 2 "host directory is missing" -- $RV run --firmware $ELF --share ",tag=x"
expect 2 "host directory is missing" -- $RV run --firmware $ELF --device share
expect 2 "missing.*No such file" -- $RV run --firmware $ELF --share "$T/missing,tag=x"
expect 2 "not a directory" -- $RV run --firmware $ELF --share "$T/file,tag=x"
expect 2 "tag=NAME is missing" -- $RV run --firmware $ELF --share "$D"
expect 2 "tag=NAME is missing" -- $RV run --firmware $ELF --share "$D,tag="
expect 2 "longer than 64" -- $RV run --firmware $ELF --share "$D,tag=${TAG64}x"
expect 2 "printable ASCII without spaces" -- $RV run --firmware $ELF --share "$D,tag=a b"
expect 2 "unknown option 'cache'" -- $RV run --firmware $ELF --share "$D,tag=x,cache=loose"
expect 2 "unknown option 'security_model'" -- $RV run --firmware $ELF --share "$D,tag=x,security_model=none"
expect 2 "readonly" -- $RV run --firmware $ELF --share "$D,tag=x,readonly=maybe"
# The comma in the directory's name is a separator unless doubled.
expect 2 "unknown option 'b'" -- $RV run --firmware $ELF --share "$T/a,b,tag=x"
# Every message names the option and the spec it was given.
expect 2 "^rvisor: --share $T/file,tag=x: " -- $RV run --firmware $ELF --share "$T/file,tag=x"

expect 0 "" -- $RV run --firmware $ELF --share "$D,tag=hostshare"
expect 0 "" -- $RV run --firmware $ELF --share="$D,tag=x,readonly=on"
expect 0 "" -- $RV run --firmware $ELF --share "$T/a,,b,tag=$TAG64,readonly=off"
expect 0 "" -- $RV run --firmware $ELF --device "share,$D,tag=one" --share "$D,tag=two,readonly=on"

finish "--share option"
