#!/bin/bash
# Build (or find in the cache) a bootable Debian riscv64 disk image: debootstrap
# --foreign on the host, the second stage inside an rvisor VM, U-Boot's
# extlinux.conf (u-boot-menu), cloud-init. `rvisor image build` calls it.
set -euo pipefail

usage() {
	cat <<'EOF'
usage: scripts/image-debian.sh SUITE OUT.qcow2|- [--size SIZE] [--packages P1,P2,...]
                               [--ssh-key FILE] [--user NAME] [--hostname NAME]
                               [--mirror URL] [--rvisor PATH] [--print-cached]

Builds a Debian riscv64 qcow2 image that boots from its own disk through U-Boot
('rvisor run --disk OUT.qcow2'): minbase + systemd, udev, openssh-server,
cloud-init (NoCloud, then None), the linux-image-riscv64 kernel with its
initramfs, u-boot-menu (/boot/extlinux/extlinux.conf), systemd-networkd and
systemd-resolved (DHCP, DNS), e2fsprogs and growpart (cloud-init grows the
root into a larger disk).
SUITE is a Debian codename or "debian-13" (trixie).

  --size SIZE        disk size (default 4G; suffix M or G)
  --packages LIST    extra packages, comma separated
  --ssh-key FILE     public key authorized for --user (default user: debian)
  --user NAME        a user with passwordless sudo (default: none, or debian
                     with --ssh-key)
  --hostname NAME    default: debian
  --mirror URL       default: http://deb.debian.org/debian
  --rvisor PATH      the rvisor binary for the second stage (default: the
                     build/rvisor of this checkout)
  --print-cached     print the cached image for these inputs and exit 0, or
                     exit 1 when it is not built (never builds)

Stages (progress on stderr): debootstrap (downloads and unpacks on the host),
disk (partition table + ext4 made from the tree, no loop device), second-stage
(dpkg configures every package inside an rvisor VM booted with the default
guest's kernel, which must be built: guest/build.sh), convert (qcow2).

The second stage's VM is stopped after ${RVISOR_IMAGE_TIMEOUT:-21600} seconds (a
CPU-bound emulation: on a busy shared host 90 minutes were not enough).

The result is cached in ${RVISOR_CACHE:-$HOME/.cache/rvisor}/image-<key>/disk.qcow2,
<key> hashing this script and every option (not the mirror's state: remove the
directory to rebuild from a newer mirror); OUT.qcow2 is a copy. With OUT "-",
nothing is copied and the cached image's path is printed on stdout (use it as
a backing file: rvisor img create -f qcow2 -b PATH -F qcow2 mine.qcow2). Needs root
(debootstrap), debootstrap, e2fsprogs (mkfs.ext4 -d), cpio, gzip.
EOF
}

die() { echo "image-debian: $*" >&2; exit 2; }
msg() { echo "image-debian: [$(date +%H:%M:%S)] $*" >&2; }

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOTDIR=$(cd "$HERE/.." && pwd)
SIZE=4G PACKAGES= SSH_KEY= USER_NAME= HOSTNAME_=debian MIRROR=http://deb.debian.org/debian
RVISOR=$ROOTDIR/build/rvisor MODE=build
POS=()
while [ $# -gt 0 ]; do
	case "$1" in
	-h | --help) usage; exit 0 ;;
	--size) SIZE=${2:?--size needs a value}; shift ;;
	--packages) PACKAGES=${2?--packages needs a value}; shift ;;
	--ssh-key) SSH_KEY=${2:?--ssh-key needs a file}; shift ;;
	--user) USER_NAME=${2:?--user needs a name}; shift ;;
	--hostname) HOSTNAME_=${2:?--hostname needs a name}; shift ;;
	--mirror) MIRROR=${2:?--mirror needs a URL}; shift ;;
	--rvisor) RVISOR=${2:?--rvisor needs a path}; shift ;;
	--print-cached) MODE=print ;;
	-) POS+=("$1") ;;
	-*) die "unknown option '$1' (try --help)" ;;
	*) POS+=("$1") ;;
	esac
	shift
done
[ ${#POS[@]} -eq 2 ] || die "expected SUITE and OUT.qcow2 (try --help)"
SUITE=${POS[0]} OUT=${POS[1]}
case $SUITE in
debian-13 | trixie) SUITE=trixie ;;
debian-12 | bookworm) SUITE=bookworm ;;
debian-* | *[!a-z]*) die "unknown suite '$SUITE' (debian-13, trixie, bookworm, sid...)" ;;
esac
case $SIZE in
[1-9]*[MG]) ;;
*) die "--size $SIZE: expected a size such as 4G or 2048M" ;;
esac
size_mib=${SIZE%[MG]}
case $SIZE in *G) size_mib=$((size_mib * 1024)) ;; esac
[ "$size_mib" -ge 1536 ] || die "--size $SIZE: at least 1536M (kernel, initramfs, python for cloud-init)"
case $PACKAGES in *[!a-z0-9.+,-]*) die "--packages '$PACKAGES': expected package names separated by commas" ;; esac
valid_name() { [[ $1 =~ ^[a-z_][a-z0-9_-]{0,31}$ ]]; }
[ -n "$SSH_KEY" ] && [ -z "$USER_NAME" ] && USER_NAME=debian
[ -z "$USER_NAME" ] || valid_name "$USER_NAME" || die "--user '$USER_NAME': not a valid user name"
[[ $HOSTNAME_ =~ ^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$ ]] || die "--hostname '$HOSTNAME_': not a valid host name"
KEY_TEXT=
if [ -n "$SSH_KEY" ]; then
	[ -r "$SSH_KEY" ] || die "--ssh-key $SSH_KEY: cannot read it"
	KEY_TEXT=$(grep -E '^(ssh-|ecdsa-|sk-)' "$SSH_KEY" | head -1) || die "--ssh-key $SSH_KEY: no public key in it"
	# It is written into a shell script: only a key's own characters.
	[[ $KEY_TEXT =~ ^[A-Za-z0-9@._:+/=\ -]+$ ]] || die "--ssh-key $SSH_KEY: unexpected characters in the key line"
fi

CACHE=${RVISOR_CACHE:-${HOME:?HOME is not set; set RVISOR_CACHE}/.cache/rvisor}
# The base set: what the image must have for rvisor's tests and for users.
# zstd: initramfs-tools compresses with it (without it, gzip: "W: No zstd",
# over 10 minutes of emulated CPU for the kernel's initramfs here).
# python3-cffi-backend: debootstrap does not resolve virtual packages, and
# python3-cryptography (cloud-init's, through oauthlib) depends on
# python3-cffi-backend-api-min/max, which only it provides; without it the
# second stage ends in "dependency problems" (seen 2026-12-06).
# e2fsprogs (no longer "required" in trixie, so not in minbase), and
# cloud-guest-utils with fdisk: cloud-init grows the root partition and its
# file system to a disk made larger (growpart, sfdisk, resize2fs); without
# resize2fs its resizefs module fails the boot's cloud-init units.
# systemd-networkd (part of systemd) and systemd-resolved, not ifupdown and
# dhclient: with no seed, cloud-init's fallback asks for DHCPv6 as well as
# DHCPv4; the user network serves only stateless DHCPv6, dhclient -6 keeps
# soliciting, and ifupdown's networking.service failed after 5 minutes.
# networkd brings the link up with DHCPv4 and keeps trying v6 in the
# background; resolved takes the DNS server DHCP gives (networkd alone does
# not write /etc/resolv.conf).
BASE_PKGS="systemd-sysv,udev,dbus,openssh-server,cloud-init,python3-cffi-backend,sudo,linux-image-riscv64,initramfs-tools,zstd,u-boot-menu,systemd-resolved,iproute2,netbase,e2fsprogs,cloud-guest-utils,fdisk"
KEY=$({
	sha256sum "$HERE/image-debian.sh" | cut -d' ' -f1
	printf '%s\n' "$SUITE" "$SIZE" "$BASE_PKGS" "$PACKAGES" "$KEY_TEXT" "$USER_NAME" "$HOSTNAME_" "$MIRROR"
} | sha256sum | cut -c1-16)
DEST=$CACHE/image-$KEY

publish() {
	if [ "$OUT" = - ]; then
		echo "$DEST/disk.qcow2"
		return 0
	fi
	[ "$(realpath -m "$OUT")" = "$DEST/disk.qcow2" ] && return 0
	cp --reflink=auto "$DEST/disk.qcow2" "$OUT.tmp.$$"
	mv -f "$OUT.tmp.$$" "$OUT"
}
if [ -f "$DEST/disk.qcow2" ]; then
	[ $MODE = print ] && { echo "$DEST/disk.qcow2"; exit 0; }
	msg "cached: $DEST/disk.qcow2"
	publish
	exit 0
fi
[ $MODE = print ] && { echo "image-debian: not built (no $DEST)" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "debootstrap needs root (run as root)"
for t in debootstrap mkfs.ext4 cpio gzip; do
	command -v $t >/dev/null || die "$t is missing (apt-get install debootstrap e2fsprogs cpio gzip)"
done
[ -x "$RVISOR" ] || die "rvisor binary $RVISOR missing: run make (or give --rvisor)"
GDIR=$("$ROOTDIR/guest/build.sh" --print-dir) || die "the default guest (its kernel runs the second stage) is not built: make guest"

mkdir -p "$CACHE"
exec 8>"$CACHE/.image.lock"
flock -n 8 || { msg "another image build is running in $CACHE; waiting for it"; flock 8; }
if [ -f "$DEST/disk.qcow2" ]; then publish; exit 0; fi
WORK=$(mktemp -d "$CACHE/image-work.XXXXXX")
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
T0=$(date +%s)
# Each stage's wall seconds (and the second stage's CPU seconds), printed as
# it ends and kept in BUILDINFO: the figures CI's budget is planned with.
TIMES=
T_STAGE=$T0
stage_done() { # name [extra]
	local t=$(($(date +%s) - T_STAGE))
	TIMES="$TIMES $1=${t}s${2:+($2)}"
	msg "  $1 took ${t} s${2:+ ($2)}"
	T_STAGE=$(date +%s)
}

# ------------------------------------------------------------ debootstrap
msg "stage 1/4 debootstrap: $SUITE riscv64 from $MIRROR (first stage, on the host)"
ROOT=$WORK/root
INCLUDE=$BASE_PKGS${PACKAGES:+,$PACKAGES}
if ! debootstrap --foreign --arch=riscv64 --variant=minbase --include="$INCLUDE" \
	"$SUITE" "$ROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
	tail -20 "$WORK/debootstrap.log" >&2
	die "debootstrap failed (log above)"
fi

stage_done debootstrap

# The second stage resolves pre-dependencies again, with debootstrap's Perl
# parser over the whole Packages index (54 MB for trixie riscv64), several
# passes per pre-dependency: under emulation that was over half of the
# stage (gaps of 3 to 9 minutes between dpkg runs). Every package it can
# reach is in debootstrap/debpaths (the first stage resolved the same
# closure from the same index): keep only their stanzas.
for f in "$ROOT"/var/lib/apt/lists/*_Packages; do
	[ -f "$f" ] || continue
	awk 'NR == FNR { want[$1] = 1; next } /^Package: / { keep = ($2 in want) } keep' \
		"$ROOT/debootstrap/debpaths" "$f" >"$f.rvisor"
	mv -f "$f.rvisor" "$f"
done

# The system's configuration, written before the second stage so that the
# packages' scripts (u-boot-update, initramfs) see it.
echo "$HOSTNAME_" >"$ROOT/etc/hostname"
printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\tlocalhost ip6-localhost ip6-loopback\n' \
	"$HOSTNAME_" >"$ROOT/etc/hosts"
printf 'LABEL=rvroot\t/\text4\terrors=remount-ro\t0\t1\n' >"$ROOT/etc/fstab"
printf 'deb %s %s main\n' "$MIRROR" "$SUITE" >"$ROOT/etc/apt/sources.list"
mkdir -p "$ROOT/etc/default" "$ROOT/etc/cloud/cloud.cfg.d"
cat >"$ROOT/etc/default/u-boot" <<'EOF'
# u-boot-menu: /boot/extlinux/extlinux.conf for U-Boot's distro boot (rvisor image)
U_BOOT_ROOT="root=LABEL=rvroot"
U_BOOT_PARAMETERS="rw console=ttyS0"
U_BOOT_TIMEOUT="10"
# No fdtdir/fdt line (no such directory): U-Boot passes on rvisor's own tree.
U_BOOT_FDT_DIR="/none/"
EOF
# The network comes from the seed's network-config (rvisor run --cloud-init
# writes one: DHCPv4 on each NIC). Without a seed cloud-init falls back to
# DHCP (v4 and v6) on the first NIC. cloud-init renders either for
# systemd-networkd, named here so that a package bringing ifupdown along
# cannot change it. manage_etc_hosts: the host name the seed sets resolves
# (127.0.1.1), as in Debian's cloud images; sudo looks it up.
printf '%s\n' 'datasource_list: [ NoCloud, None ]' 'manage_etc_hosts: localhost' \
	'system_info:' '  network:' '    renderers: [ networkd ]' '    activators: [ networkd ]' \
	>"$ROOT/etc/cloud/cloud.cfg.d/90-rvisor.cfg"
# Devices may take long to appear on a loaded host (an emulated udev took over
# 90 s for /dev/ttyS0 at a host load of ~12, and serial-getty@ttyS0, which
# waits for it, failed with no login prompt): wait up to 5 minutes.
mkdir -p "$ROOT/etc/systemd/system.conf.d"
printf '%s\n' '# rvisor image: slow hosts (emulated CPU) may need long for devices' \
	'[Manager]' 'DefaultDeviceTimeoutSec=300s' >"$ROOT/etc/systemd/system.conf.d/90-rvisor.conf"
# The second stage is CPU-bound under emulation: no fsync per file (the VM
# ends with sync; a failed build is thrown away), and no documentation,
# manual pages or translations (as in Debian's minimal container images).
mkdir -p "$ROOT/etc/dpkg/dpkg.cfg.d"
echo force-unsafe-io >"$ROOT/etc/dpkg/dpkg.cfg.d/rvisor-build-unsafe-io"
printf '%s\n' 'path-exclude=/usr/share/doc/*' 'path-include=/usr/share/doc/*/copyright' \
	'path-exclude=/usr/share/man/*' 'path-exclude=/usr/share/info/*' \
	'path-exclude=/usr/share/locale/*' 'path-include=/usr/share/locale/locale.alias' \
	>"$ROOT/etc/dpkg/dpkg.cfg.d/rvisor-nodoc"
# Python packages byte-compile every module in their postinst (py3compile,
# py3clean): cloud-init and its libraries are most of the Python here, and
# emulated compilation is slow. During the build both are no-ops: local dpkg
# diversions (written into dpkg's database, which the second stage keeps)
# install python3's real programs as *.rvisor-real, and the stage's end puts
# them back. Python compiles each module lazily on its first import.
for t in py3compile py3clean; do
	printf '/usr/bin/%s\n/usr/bin/%s.rvisor-real\n:\n' "$t" "$t" >>"$ROOT/var/lib/dpkg/diversions"
	printf '#!/bin/sh\n# rvisor image build: no byte-compilation during the build\nexit 0\n' \
		>"$ROOT/usr/bin/$t"
	chmod 755 "$ROOT/usr/bin/$t"
done
# The interpreter's own packages (python3.X-minimal, python3.X) compile the
# standard library in their postinst by running py_compile.py as a script
# (minutes of emulated CPU each): the same diversion for that module, with
# a stand-in that does nothing when run as a script and is the real module
# when imported.
PYVER=$(sed -n 's/^libpython\(3\.[0-9]*\)-minimal .*/\1/p' "$ROOT/debootstrap/debpaths" | head -1)
if [ -n "$PYVER" ]; then
	PYCOMPILE=/usr/lib/python$PYVER/py_compile.py
	printf '%s\n%s.rvisor-real\n:\n' $PYCOMPILE $PYCOMPILE >>"$ROOT/var/lib/dpkg/diversions"
	mkdir -p "$ROOT${PYCOMPILE%/*}"
	cat >"$ROOT$PYCOMPILE" <<'PYEOF'
# rvisor image build: the postinst's byte-compilation of the standard library
# is skipped (scripts/image-debian.sh); imported, this is the real module.
import sys
if __name__ == "__main__":
    sys.exit(0)
_real = __file__ + ".rvisor-real"
with open(_real) as _f:
    exec(compile(_f.read(), _real, "exec"))
PYEOF
fi
# The initramfs (built for the kernel by its postinst) compressed by zstd at
# a low level: the emulated compression of the default gzip took minutes.
mkdir -p "$ROOT/etc/initramfs-tools/conf.d"
printf 'COMPRESS=zstd\nCOMPRESSLEVEL=1\n' >"$ROOT/etc/initramfs-tools/conf.d/rvisor-compress"
# openssh-server's postinst makes host keys only where none exist: these
# placeholders spare the emulated RSA key generation (seconds of CPU);
# the real keys are made at first boot (see rvisor-stage2.sh).
mkdir -p "$ROOT/etc/ssh"
for t in rsa ecdsa ed25519; do : >"$ROOT/etc/ssh/ssh_host_${t}_key"; done
cat >"$ROOT/rvisor-stage2.sh" <<EOF
#!/bin/sh
# Runs chrooted in the image, inside the rvisor VM.
set -e
export PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive
echo "RVISOR-STAGE second-stage"
/debootstrap/debootstrap --second-stage
echo "RVISOR-STAGE configure"
echo root:* | chpasswd -e
if [ -n "$USER_NAME" ]; then
	useradd -m -s /bin/bash -G sudo "$USER_NAME"
	usermod -p '*' "$USER_NAME" # no password: ssh keys and cloud-init only
	echo "$USER_NAME ALL=(ALL) NOPASSWD:ALL" >/etc/sudoers.d/90-rvisor-$USER_NAME
	chmod 440 /etc/sudoers.d/90-rvisor-$USER_NAME
fi
if [ -n "$KEY_TEXT" ]; then
	install -d -m 700 -o "$USER_NAME" -g "$USER_NAME" /home/$USER_NAME/.ssh
	echo "$KEY_TEXT" >/home/$USER_NAME/.ssh/authorized_keys
	chown "$USER_NAME:$USER_NAME" /home/$USER_NAME/.ssh/authorized_keys
	chmod 600 /home/$USER_NAME/.ssh/authorized_keys
fi
# Host keys are made at first boot (each copy of the image its own).
rm -f /etc/ssh/ssh_host_*
mkdir -p /etc/systemd/system/ssh.service.d
# Keys first, then the unit's own config check (which needs them).
printf '[Service]\nExecStartPre=\nExecStartPre=/usr/bin/ssh-keygen -A\nExecStartPre=/usr/sbin/sshd -t\n' \
	>/etc/systemd/system/ssh.service.d/rvisor-hostkeys.conf
# Each copy of the image gets its own machine id at first boot; nothing
# prompts on the console then.
: >/etc/machine-id
ln -sf /dev/null /etc/systemd/system/systemd-firstboot.service
# Debian ships networkd disabled; cloud-init writes its .network files.
systemctl enable systemd-networkd.service
u-boot-update
rm -f /etc/dpkg/dpkg.cfg.d/rvisor-build-unsafe-io
for f in /usr/bin/py3compile /usr/bin/py3clean ${PYCOMPILE:-}; do
	rm -f \$f
	dpkg-divert --local --rename --remove \$f
done
apt-get clean
rm -rf /var/lib/apt/lists/* /var/log/*.log
echo "RVISOR-STAGE done"
EOF
chmod 755 "$ROOT/rvisor-stage2.sh"

# ------------------------------------------------------------ disk
msg "stage 2/4 disk: $SIZE, MBR with one bootable ext4 partition (label rvroot)"
RAW=$WORK/disk.raw
truncate -s "${size_mib}M" "$RAW"
part_kib=$(((size_mib - 1) * 1024))
# The MBR by hand (no fdisk needed): one bootable Linux partition from 1 MiB.
le32() { printf '\\x%02x' $(($1 & 255)) $(($1 >> 8 & 255)) $(($1 >> 16 & 255)) $(($1 >> 24 & 255)); }
mbr_entry="\\x80\\xfe\\xff\\xff\\x83\\xfe\\xff\\xff$(le32 2048)$(le32 $((part_kib * 2)))"
printf "$mbr_entry" | dd of="$RAW" bs=1 seek=446 conv=notrunc status=none
printf '\x72\x76\x69\x73' | dd of="$RAW" bs=1 seek=440 conv=notrunc status=none
printf '\x55\xaa' | dd of="$RAW" bs=1 seek=510 conv=notrunc status=none
mkfs.ext4 -q -L rvroot -E offset=1048576 -d "$ROOT" "$RAW" "${part_kib}k"
rm -rf "$ROOT"

stage_done disk

# ------------------------------------------------------------ second stage
msg "stage 3/4 second-stage: dpkg configures the system inside an rvisor VM (the longest stage)"
INIT=$WORK/initd
mkdir -p "$INIT"
cat >"$INIT/init" <<'EOF'
#!/bin/sh
# /init for the image build: the default guest's busybox runs the second stage.
export PATH=/sbin:/bin:/usr/sbin:/usr/bin
mount -t devtmpfs devtmpfs /dev
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mkdir -p /mnt
rc=1
if mount -t ext4 /dev/vda1 /mnt; then
	# Progress for the host, from debootstrap's own log, every 30 s.
	total=$(ls /mnt/var/cache/apt/archives/ | grep -c '\.deb$')
	(
		while sleep 30; do
			# A package can be set up more than once (triggers, a
			# second pass): count names.
			n=$(grep '^Setting up ' /mnt/debootstrap/debootstrap.log 2>/dev/null |
				cut -d' ' -f3 | sort -u | wc -l)
			[ "${n:-0}" -le "$total" ] || n=$total
			echo "RVISOR-PROGRESS ${n:-0}/$total packages configured"
		done
	) &
	progress=$!
	mount -t devtmpfs devtmpfs /mnt/dev
	mkdir -p /mnt/dev/pts && mount -t devpts devpts /mnt/dev/pts
	mount -t proc proc /mnt/proc
	mount -t sysfs sysfs /mnt/sys
	mount -t tmpfs tmpfs /mnt/run
	mount -t tmpfs tmpfs /mnt/tmp
	chroot /mnt /rvisor-stage2.sh </dev/null && rc=0
	kill $progress
	# Where a package failed: debootstrap's own log, which the cleanup
	# on the host would otherwise take away with the disk.
	if [ "$rc" != 0 ] && [ -f /mnt/debootstrap/debootstrap.log ]; then
		echo "--- the last lines of debootstrap.log in the image:"
		tail -40 /mnt/debootstrap/debootstrap.log
		echo "---"
	fi
	rm -f /mnt/rvisor-stage2.sh
	umount /mnt/tmp /mnt/run /mnt/sys /mnt/proc /mnt/dev/pts /mnt/dev
	umount /mnt || rc=1
fi
sync
echo "RVISOR-STAGE2-EXIT $rc"
poweroff -f
EOF
chmod 755 "$INIT/init"
(cd "$INIT" && echo init | cpio -o -H newc --quiet) | gzip -1 >"$WORK/stage2.cpio.gz"
cat "$GDIR/initramfs.cpio.gz" "$WORK/stage2.cpio.gz" >"$WORK/initrd"
# 2 vCPUs: dpkg's triggers and the initramfs build run in parallel.
"$RVISOR" run --kernel "$GDIR/Image" --initrd "$WORK/initrd" --cpus 2 --memory 1G \
	--append "console=ttyS0 quiet" --disk "$RAW,format=raw" --timeout "${RVISOR_IMAGE_TIMEOUT:-21600}" </dev/null \
	>"$WORK/stage2.log" 2>&1 &
VMPID=$!
# Progress: the stage markers and debootstrap's "I: Configuring ..." lines.
tail -n +1 -f "$WORK/stage2.log" --pid=$VMPID 2>/dev/null |
	grep --line-buffered -E '^(RVISOR-STAGE|RVISOR-PROGRESS|I: (Configuring|Installing|Unpacking) )' |
	sed -u "s/^/image-debian:   /" >&2 &
# The VM's CPU time (user + system, all threads), sampled until it exits:
# on a shared host the wall time says little about the work. Sandboxed,
# `rvisor run` is a relay whose child runs the guest: the sum over both
# (and the children the relay has reaped).
vm_cpu=0
hz=$(getconf CLK_TCK)
proc_ticks() { # pid: its utime + stime + cutime + cstime, in clock ticks
	local st
	read -r -a st 2>/dev/null <"/proc/$1/stat" || { echo 0; return; }
	echo $((st[13] + st[14] + st[15] + st[16]))
}
while kill -0 $VMPID 2>/dev/null; do
	ticks=$(proc_ticks $VMPID)
	for c in $(cat "/proc/$VMPID/task/$VMPID/children" 2>/dev/null); do
		ticks=$((ticks + $(proc_ticks "$c")))
	done
	[ $((ticks / hz)) -gt "$vm_cpu" ] && vm_cpu=$((ticks / hz))
	sleep 2
done
set +e
wait $VMPID
vmrc=$?
set -e
grep -q '^RVISOR-STAGE2-EXIT 0' "$WORK/stage2.log" && grep -q '^RVISOR-STAGE done' "$WORK/stage2.log" || {
	tail -30 "$WORK/stage2.log" >&2
	die "the second stage failed (rvisor exit status $vmrc; its console above)"
}

stage_done second-stage "$vm_cpu CPU s"

# ------------------------------------------------------------ convert
msg "stage 4/4 convert: qcow2"
mkdir -p "$WORK/out"
"$RVISOR" img convert -f raw -O qcow2 "$RAW" "$WORK/out/disk.qcow2"
rm -f "$RAW"
stage_done convert
printf 'suite %s\nsize %s\npackages %s,%s\nuser %s\nhostname %s\nmirror %s\nbuilt %s\nseconds %s\n' \
	"$SUITE" "$SIZE" "$BASE_PKGS" "$PACKAGES" "$USER_NAME" "$HOSTNAME_" "$MIRROR" \
	"$(date -u +%FT%TZ)" "$(($(date +%s) - T0))" >"$WORK/out/BUILDINFO"
echo "stages$TIMES" >>"$WORK/out/BUILDINFO"
mv -T "$WORK/out" "$DEST"
msg "built in $(($(date +%s) - T0)) s: $DEST/disk.qcow2"
publish
