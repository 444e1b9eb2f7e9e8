#!/bin/sh
# --cloud-init USER_DATA[,META_DATA[,NETWORK_CONFIG]] without Linux: the seed
# rvisor makes is the last disk, read-only (GET /disks/1), a vfat volume
# labelled CIDATA (blkid on the VM's memfd) holding the files; its memfd is
# sealed, so not even a writer holding the descriptor can change what the
# guest reads; without NETWORK_CONFIG the seed has one asking for DHCPv4 on
# each NIC by its MAC (and no DHCPv6, which the user network lacks); bad
# specs and missing files are refused by name. cloud-init applying it is
# tests/guest/slow_debian_image.py.
. "$(dirname "$0")/apilib.sh"
command -v blkid >/dev/null || { echo "blkid missing: skipping"; exit 77; }
command -v mcopy >/dev/null || { echo "mcopy missing (mtools): skipping"; exit 77; }
head -c 1048576 /dev/zero >"$T/a.img"
printf '#cloud-config\nhostname: rv-seed-test\n' >"$T/user-data"
printf 'instance-id: i-cli-test\n' >"$T/meta,data"

# The /proc path of the seed memfd a VM process (PID $1) holds.
seed_of() {
	for f in /proc/$(vm_process "$1")/fd/*; do
		case "$(readlink "$f")" in *rvisor-cidata*) echo "$f" && return ;; esac
	done
}

S=$T/api.sock
$R run --firmware "$T/loop.bin" --api-socket "$S" --timeout 60 --disk "$T/a.img,format=raw" \
	--cloud-init "$T/user-data,$T/meta,,data" </dev/null >"$T/run.log" 2>&1 &
VM=$!
PIDS="$PIDS $VM"
wait_sock "$S"
expect GET /disks/0 "" 200 '"read_only":false'
expect GET /disks/1 "" 200 '"read_only":true'
expect GET /disks/2 "" 404 ""

seed=$(seed_of $VM)
[ -n "$seed" ] || fail "no rvisor-cidata memfd in the VM process"
out=$(blkid -p -o export "$seed") || fail "blkid does not recognise the seed"
echo "$out" | grep -qx LABEL=CIDATA || fail "seed label: $out"
echo "$out" | grep -qx TYPE=vfat || fail "seed type: $out"
grep -aq 'hostname: rv-seed-test' "$seed" || fail "user-data not in the seed"
grep -aq 'instance-id: i-cli-test' "$seed" || fail "meta-data (a path with a comma) not in the seed"
echo "ok: the seed is a vfat volume CIDATA with both files"
# Sealed: a write through the descriptor is refused.
if printf 'hostname: evil' | dd of="$seed" bs=1 seek=16384 conv=notrunc status=none 2>/dev/null; then
	fail "the seed memfd accepted a write"
fi
grep -aq 'hostname: evil' "$seed" && fail "the seed changed"
echo "ok: the seed is sealed"
# A snapshot records the seed as /proc/self/fd/N; a restore without disks
# must not open whatever the new process has under that number.
expect PATCH /vm '{"state":"paused"}' 204 ""
expect PUT /snapshot/create '{"snapshot_path":"'"$T"'/ci.snap","mem_file_path":"'"$T"'/ci.mem"}' 200 "mem_bytes"
kill -9 $VM
"$R" run --restore "$T/ci.snap" --mem-file "$T/ci.mem" --timeout 5 </dev/null >"$T/restore.log" 2>&1
rc=$?
[ $rc -eq 2 ] || fail "restore of a snapshot with a seed, no disks given: status $rc"
grep -q "disk 1 was a --cloud-init seed" "$T/restore.log" || fail "restore: $(cat "$T/restore.log")"
echo "ok: a restore does not reopen the seed's /proc/self/fd name"

# Without meta-data: an instance-id made from the user-data.
$R run --firmware "$T/loop.bin" --api-socket "$T/b.sock" --timeout 60 \
	--cloud-init "$T/user-data" </dev/null >"$T/run2.log" 2>&1 &
VM=$!
PIDS="$PIDS $VM"
S=$T/b.sock
wait_sock "$S"
expect GET /disks/0 "" 200 '"read_only":true'
seed=$(seed_of $VM)
grep -aq 'instance-id: iid-rvisor-' "$seed" || fail "no generated instance-id"
grep -aq 'ethernets' "$seed" && fail "a network-config for a VM without a NIC"
kill -9 $VM

# With two NICs (the second with its own MAC) and no network-config: DHCPv4
# on each, matched by MAC. Then a network-config given is the one in the seed.
$R run --firmware "$T/loop.bin" --api-socket "$T/c.sock" --timeout 60 --net user \
	--net user,mac=52:54:00:ab:cd:ef --cloud-init "$T/user-data" </dev/null >"$T/run3.log" 2>&1 &
VM=$!
PIDS="$PIDS $VM"
wait_sock "$T/c.sock"
seed=$(seed_of $VM)
mcopy -i "$seed" ::network-config "$T/net.got" || fail "mcopy network-config"
cat >"$T/net.want" <<'NET'
version: 2
ethernets:
  eth0:
    match:
      macaddress: "52:54:00:12:34:56"
    set-name: eth0
    dhcp4: true
  eth1:
    match:
      macaddress: "52:54:00:ab:cd:ef"
    set-name: eth1
    dhcp4: true
NET
cmp -s "$T/net.want" "$T/net.got" || fail "generated network-config: $(cat "$T/net.got")"
grep -aq 'dhcp6' "$seed" && fail "the generated network-config asks for DHCPv6"
echo "ok: a generated network-config: DHCPv4 on each NIC by its MAC"
kill -9 $VM
printf 'version: 2\nethernets:\n  lan:\n    match:\n      name: "e*"\n    dhcp4: true\n    dhcp6: true\n' >"$T/netcfg"
$R run --firmware "$T/loop.bin" --api-socket "$T/d.sock" --timeout 60 --net user \
	--cloud-init "$T/user-data,$T/meta,,data,$T/netcfg" </dev/null >"$T/run4.log" 2>&1 &
VM=$!
PIDS="$PIDS $VM"
wait_sock "$T/d.sock"
seed=$(seed_of $VM)
grep -aq 'name: "e\*"' "$seed" || fail "the given network-config is not in the seed"
grep -aq 'macaddress' "$seed" && fail "a generated network-config next to the given one"
echo "ok: a given network-config is the seed's"
kill -9 $VM

refused() {
	want=$1
	shift
	"$R" run --timeout 5 "$@" </dev/null >"$T/out.log" 2>&1
	rc=$?
	[ $rc -eq 2 ] || fail "$*: exit status $rc, expected 2"
	grep -q -- "$want" "$T/out.log" || fail "$*: no '$want' in: $(cat "$T/out.log")"
	echo "ok: refused: $*"
}
F="--firmware $T/loop.bin"
refused "user-data $T/missing: No such file" $F --cloud-init "$T/missing"
refused "meta-data $T/missing: No such file" $F --cloud-init "$T/user-data,$T/missing"
refused "network-config $T/missing: No such file" $F --cloud-init "$T/user-data,$T/user-data,$T/missing"
refused "expected USER_DATA\[,META_DATA\[,NETWORK_CONFIG\]\]" $F --cloud-init "$T/user-data,$T/user-data,$T/x,$T/y"
refused "expected USER_DATA\[,META_DATA\[,NETWORK_CONFIG\]\]" $F --cloud-init "$T/user-data,"
refused "expected USER_DATA\[,META_DATA\[,NETWORK_CONFIG\]\]" $F --cloud-init "$T/user-data,$T/meta,,data,"
refused "cannot be combined with --restore" --restore "$T/none.snap" --cloud-init "$T/user-data"
echo "PASS"
