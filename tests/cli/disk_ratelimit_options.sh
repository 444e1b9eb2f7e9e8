#!/bin/sh
# --disk rate-limit options: malformed rates and bursts are refused with a
# message naming the option (exit status 2); valid ones start the machine.
. "$(dirname "$0")/lib.sh"

ELF=build/isa/base/smoke.elf
[ -f $ELF ] || { echo "missing $ELF (make isa)"; exit 1; }
IMG=$T/disk.img
head -c 1048576 /dev/zero >"$IMG"

for bad in bps=0 bps=-4M bps=4Q bps=4MBit bps= bps iops=1.5 iops=0x10 iops_burst=0 \
	bps=99999999999999999999x "iops=12 "; do
	key=${bad%%=*}
	expect 2 "$key.*expected a positive whole number" -- $RV run --firmware $ELF --disk "$IMG,$bad"
done
# Above the maximum (INT64_MAX, what the API reads back): refused with the
# value given, whether it fits in 64 bits or not.
for big in bps=9223372036854775808 bps=17179869183G bps=17179869184G bps=99999999999999999999 \
	iops_burst=8589934592G; do
	expect 2 "$big: more than the maximum of 9223372036854775807" -- $RV run --firmware $ELF --timeout 20 --disk "$IMG,iops=1,$big"
done
expect 2 "bps_burst needs bps" -- $RV run --firmware $ELF --disk "$IMG,bps_burst=1M"
expect 2 "iops_burst needs iops" -- $RV run --firmware $ELF --disk "$IMG,bps=1M,iops_burst=10"
expect 2 "bad option 'bandwidth=1M'" -- $RV run --firmware $ELF --disk "$IMG,bandwidth=1M"
# The help lists the options.
expect 0 "bps_burst=N" -- $RV run --help
# Valid limits: the machine starts (and the smoke program exits 0).
expect 0 "" -- $RV run --firmware $ELF --timeout 20 \
	--disk "$IMG,bps=4M,bps_burst=8M,iops=200,iops_burst=400"
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --disk "$IMG,iops=1k,format=raw"
expect 0 "" -- $RV run --firmware $ELF --timeout 20 --disk "$IMG,bps=9223372036854775807,iops_burst=8589934591G,iops=1"

finish "disk rate-limit option"
