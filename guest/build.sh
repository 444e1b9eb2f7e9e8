#!/bin/bash
# Build (or find in the cache) rvisor's default RISC-V Linux guest:
# a riscv64 kernel Image and a static busybox initramfs, from Debian 12 packages.
# Run `guest/build.sh --help` for usage. Works from any directory.
set -euo pipefail

usage() {
	cat <<'EOF'
usage: guest/build.sh [--print-dir | --help]

Builds rvisor's default RV64GC Linux guest and prints the directory holding it:
  Image               riscv64 kernel (Debian linux-source-6.1, tinyconfig + guest/kernel.fragment)
  initramfs.cpio.gz   static busybox (Debian source, defconfig + guest/busybox.fragment) + guest/init
  kernel.config       the final kernel .config
  busybox.config      the final busybox .config
  BUILDINFO           versions, cache-key inputs, sizes and sha256s

Outputs are cached in ${RVISOR_CACHE:-$HOME/.cache/rvisor}/guest-<key>/, where <key>
hashes this script, kernel.fragment, busybox.fragment, init, udhcpc.script, the
guest tools' sources and the Debian versions
of the kernel source, busybox source and cross toolchain. If that directory exists
the script just prints it. ${RVISOR_CACHE}/guest-current links to the newest build.

The first build installs missing Debian packages (apt-get; adds a bookworm deb-src
entry for `apt-get source busybox` if none exists) and takes ~13 min on 2 cores.
Progress goes to stderr, compiler output to a build.log in the work directory;
only the output directory is printed on stdout.

  --print-dir   print the cached output directory and exit 0, or exit 1 if the
                guest for the current inputs is not built (never builds)
  --help        show this text

Environment: RVISOR_CACHE (cache root), JOBS (parallel make jobs, default nproc).
EOF
}

MODE=build
case "${1:-}" in
"") ;;
--print-dir) MODE=print ;;
-h | --help) usage; exit 0 ;;
*) echo "guest/build.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
esac
[ $# -le 1 ] || { echo "guest/build.sh: too many arguments (try --help)" >&2; exit 2; }

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# apt-get that waits for a package manager already running rather than fail
APT=$HERE/../scripts/apt-get.sh
CACHE=${RVISOR_CACHE:-${HOME:?HOME is not set; set RVISOR_CACHE}/.cache/rvisor}
INPUT_FILES="build.sh kernel.fragment busybox.fragment init udhcpc.script tools/rvsock.c tools/rvpower.c"
OUTPUTS="Image System.map initramfs.cpio.gz kernel.config busybox.config BUILDINFO"
# Debian packages whose versions go into the cache key (besides the busybox source).
KEY_PKGS="linux-source-6.1 gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu libc6-dev-riscv64-cross"
# Everything the build needs.
BUILD_PKGS="build-essential bc bison flex libssl-dev cpio xz-utils gzip dpkg-dev
	linux-source-6.1 gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu libc6-dev-riscv64-cross"

# ------------------------------------------------------------------ cache key
# Version of the busybox source package `apt-get source` would fetch (highest known).
busybox_src_version() {
	local v best=
	for v in $(apt-cache showsrc --only-source busybox 2>/dev/null | sed -n 's/^Version: //p'); do
		if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
	done
	[ -n "$best" ] && echo "$best"
}

# Print the text the key is hashed from; fails if an input is not available yet
# (packages not installed, no deb-src index for busybox).
key_text() {
	local p vers bb
	# shellcheck disable=SC2086 # word lists
	(cd "$HERE" && sha256sum $INPUT_FILES) || return 1
	# One dpkg-query call: the key packages plus the real compiler package (gcc-N-riscv64-linux-gnu).
	# shellcheck disable=SC2086
	vers=$(dpkg-query -W -f='${db:Status-Abbrev}${Package} ${Version}\n' \
		$KEY_PKGS 'gcc-[0-9]*-riscv64-linux-gnu' 2>/dev/null | sed -n 's/^ii *//p' | sort) || true
	for p in $KEY_PKGS; do
		case $'\n'"$vers" in *$'\n'"$p "*) ;; *) return 1 ;; esac
	done
	printf '%s\n' "$vers"
	bb=$(busybox_src_version) || return 1
	echo "busybox-source $bb"
}

complete() {
	local f
	for f in $OUTPUTS; do [ -f "$1/$f" ] || return 1; done
}

set_current() {
	[ "$(readlink "$CACHE/guest-current" 2>/dev/null)" = "guest-$KEY" ] && return 0
	ln -sfn "guest-$KEY" "$CACHE/.guest-current.$$"
	mv -Tf "$CACHE/.guest-current.$$" "$CACHE/guest-current"
}

for f in $INPUT_FILES; do
	[ -f "$HERE/$f" ] || { echo "guest/build.sh: $HERE/$f is missing" >&2; exit 2; }
done

# Fast path: everything for the current inputs is already built.
KEY=
if KTEXT=$(key_text); then
	KEY=$(printf '%s\n' "$KTEXT" | sha256sum | cut -c1-16)
	if complete "$CACHE/guest-$KEY"; then
		[ $MODE = print ] || set_current 2>/dev/null || true
		echo "$CACHE/guest-$KEY"
		exit 0
	fi
fi
if [ $MODE = print ]; then
	echo "guest/build.sh: guest not built${KEY:+ (no $CACHE/guest-$KEY)}; run 'make guest'" >&2
	exit 1
fi

# ------------------------------------------------------------------ build
T0=$SECONDS
msg() { printf '[guest %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
STAGE=setup
stage() {
	STAGE=$1
	msg "$1"
	printf '\n==== %s  %s\n' "$(date '+%F %T')" "$1" >>"$LOG"
}
# Run a command with its output going to the log only.
q() { "$@" >>"$LOG" 2>&1; }

# Don't let a calling make (or the user's shell) leak host flags into the cross builds.
unset CFLAGS CPPFLAGS CXXFLAGS LDFLAGS LDLIBS CC CXX LD AR ARCH CROSS_COMPILE O \
	MAKEFLAGS MAKELEVEL MFLAGS MAKEOVERRIDES GNUMAKEFLAGS KCFLAGS KBUILD_OUTPUT
export LC_ALL=C
JOBS=${JOBS:-$(nproc)}

mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)
# One build at a time per cache (a second caller waits, then finds the result).
exec 9>"$CACHE/.build.lock"
if ! flock -n 9; then
	msg "another guest build is running in $CACHE; waiting for it"
	flock 9
fi
# Work dirs left by interrupted or failed builds (we hold the lock: none is live).
rm -rf "$CACHE"/work.*
WORK=$(mktemp -d "$CACHE/work.XXXXXX")
LOG=$WORK/build.log
: >"$LOG"
INTERRUPTED=
finish() {
	local rc=$?
	trap - EXIT INT TERM HUP
	if [ $rc -eq 0 ] || [ -n "$INTERRUPTED" ]; then
		rm -rf "$WORK"
		[ -z "$INTERRUPTED" ] || msg "interrupted; removed $WORK"
	else
		# Keep the log, drop the (large) trees.
		find "$WORK" -mindepth 1 -maxdepth 1 ! -name build.log -exec rm -rf {} + 2>/dev/null || true
		msg "FAILED while $STAGE (exit $rc). Last lines of the log:"
		tail -n 40 "$LOG" | sed 's/^/  | /' >&2
		msg "full log: $LOG"
	fi
	exit $rc
}
trap finish EXIT
trap 'INTERRUPTED=1; exit 130' INT TERM HUP

# -------------------------------------------------------------- packages
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
missing=
for p in $BUILD_PKGS; do
	dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"
done
have_debsrc() {
	grep -rqsE '^Types:.*deb-src|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/
}
if [ -n "$missing" ] || ! busybox_src_version >/dev/null; then
	stage "installing packages:${missing:- (none missing; refreshing apt for busybox source)}"
	if ! have_debsrc; then
		# busybox comes as a Debian *source* package: add deb-src for the archive apt already uses.
		uri=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
		[ -n "$uri" ] || uri=$(awk '$1 == "deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
		[ -n "$uri" ] || uri=http://deb.debian.org/debian
		msg "adding deb-src entry (bookworm, bookworm-updates: $uri) for 'apt-get source busybox'"
		printf 'Types: deb-src\nURIs: %s\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" |
			$SUDO tee /etc/apt/sources.list.d/rvisor-debian-src.sources >/dev/null
	fi
	q $SUDO "$APT" update
	if [ -n "$missing" ]; then
		# shellcheck disable=SC2086
		q $SUDO env DEBIAN_FRONTEND=noninteractive "$APT" install -y --no-install-recommends $missing
	fi
fi
KTEXT=$(key_text) || { STAGE="computing the cache key"; msg "cannot determine package versions after install"; exit 1; }
KEY=$(printf '%s\n' "$KTEXT" | sha256sum | cut -c1-16)
OUT=$CACHE/guest-$KEY
if complete "$OUT"; then
	set_current
	msg "already built"
	echo "$OUT"
	exit 0
fi
msg "building guest-$KEY in $WORK (log: $LOG)"

export ARCH=riscv CROSS_COMPILE=riscv64-linux-gnu-
# Reproducible-ish output: fixed build user/host/timestamp in the kernel banner and the cpio.
export KBUILD_BUILD_USER=rvisor KBUILD_BUILD_HOST=debian KBUILD_BUILD_TIMESTAMP='2024-01-01 00:00:00 UTC'
export SOURCE_DATE_EPOCH=1704067200
STAGING=$WORK/out
mkdir -p "$STAGING"

# ---------------------------------------------------------------- kernel
stage "unpacking kernel source"
KSRC=$WORK/linux KOBJ=$WORK/kobj
mkdir -p "$KSRC" "$KOBJ"
tar -xf /usr/src/linux-source-6.1.tar.xz -C "$KSRC" --strip-components=1

stage "configuring kernel"
FRAGMENT=$HERE/kernel.fragment
q make -C "$KSRC" O="$KOBJ" tinyconfig
q "$KSRC/scripts/kconfig/merge_config.sh" -m -O "$KOBJ" "$KOBJ/.config" "$FRAGMENT"
q make -C "$KSRC" O="$KOBJ" olddefconfig
# Check that every line of a config fragment ($1) survived in the final .config ($2).
check_config() {
	local l k got bad=0
	while IFS= read -r l; do
		case "$l" in
		CONFIG_*=*)
			k=${l%%=*}
			got=$(grep -E "^$k=|^# $k is not set" "$2" || echo "(absent)")
			[ "$got" = "$l" ] || { msg "config mismatch: want '$l', got '$got'"; bad=1; } ;;
		"# CONFIG_"*" is not set")
			k=${l#\# }; k=${k%% *}
			! grep -q "^$k=" "$2" || { msg "config mismatch: want '$l'"; bad=1; } ;;
		esac
	done <"$1"
	[ $bad = 0 ] || { msg "$(basename "$1") did not stick; fix it (a dependency is probably missing)"; return 1; }
}
check_config "$FRAGMENT" "$KOBJ/.config"
KVER=$(make -s -C "$KSRC" O="$KOBJ" kernelversion 2>>"$LOG")

stage "building kernel (this takes ~10 min)"
t=$SECONDS
q make -C "$KSRC" O="$KOBJ" -j"$JOBS" Image
IMAGE=$KOBJ/arch/riscv/boot/Image
[ "$(dd if="$IMAGE" bs=1 skip=56 count=3 2>/dev/null)" = RSC ] || { msg "$IMAGE lacks the RISC-V Image magic"; exit 1; }
# The vDSO is mapped into every process as it is: nothing relocates it, so a
# dynamic relocation left in it is a pointer that stays 0 (Linux 6.1 without
# CONFIG_JUMP_LABEL: clock_gettime loaded from address 4 on SMP guests).
VDSO=$KOBJ/arch/riscv/kernel/vdso/vdso.so
if riscv64-linux-gnu-readelf -rW "$VDSO" | grep -q '^ *[0-9a-f]\{8,\} '; then
	msg "$VDSO has dynamic relocations (nothing applies them):"
	riscv64-linux-gnu-readelf -rW "$VDSO" >&2
	exit 1
fi
cp "$IMAGE" "$STAGING/Image"
cp "$KOBJ/.config" "$STAGING/kernel.config"
# The kernel's symbols, for the pcs a hung guest's `rvisor run --debug` dump shows.
cp "$KOBJ/System.map" "$STAGING/System.map"
msg "kernel $KVER built in $((SECONDS - t)) s"
# gen_init_cpio writes device nodes and root ownership into the archive without root/fakeroot.
q gcc -O2 -o "$WORK/gen_init_cpio" "$KSRC/usr/gen_init_cpio.c"

# ---------------------------------------------------------------- busybox
stage "building busybox"
t=$SECONDS
BBVER=$(printf '%s\n' "$KTEXT" | sed -n 's/^busybox-source //p')
mkdir -p "$WORK/bb"
(cd "$WORK/bb" && q apt-get source --only-source "busybox=$BBVER")
BBSRC=$(find "$WORK/bb" -mindepth 1 -maxdepth 1 -type d -name 'busybox-*' | head -n1)
[ -n "$BBSRC" ] || { msg "apt-get source busybox=$BBVER produced no source tree"; exit 1; }
BBOBJ=$WORK/bbobj
mkdir -p "$BBOBJ"
q make -C "$BBSRC" O="$BBOBJ" defconfig
while IFS= read -r l; do
	case "$l" in
	CONFIG_*=*) k=${l%%=*} ;;
	"# CONFIG_"*" is not set") k=${l#\# }; k=${k%% *} ;;
	*) continue ;;
	esac
	sed -i -e "/^$k=/d" -e "/^# $k is not set\$/d" "$BBOBJ/.config"
	printf '%s\n' "$l" >>"$BBOBJ/.config"
done <"$HERE/busybox.fragment"
(yes '' || true) | q make -C "$BBSRC" O="$BBOBJ" oldconfig
check_config "$HERE/busybox.fragment" "$BBOBJ/.config"
# Static glibc prints harmless "getpwnam ... requires the shared libraries" link warnings.
q make -C "$BBSRC" O="$BBOBJ" CROSS_COMPILE=riscv64-linux-gnu- -j"$JOBS" busybox busybox.links
riscv64-linux-gnu-strip -o "$WORK/busybox" "$BBOBJ/busybox"
hdr=$(riscv64-linux-gnu-readelf -lh "$WORK/busybox")
case "$hdr" in *"RISC-V"*) ;; *) msg "busybox is not a RISC-V binary"; exit 1 ;; esac
case "$hdr" in *"program interpreter"*) msg "busybox is not static"; exit 1 ;; esac
cp "$BBOBJ/.config" "$STAGING/busybox.config"
msg "busybox $(basename "$BBSRC" | sed 's/^busybox-//') built in $((SECONDS - t)) s"

# ---------------------------------------------------------------- guest tools
stage "building guest tools"
riscv64-linux-gnu-gcc -static -O2 -Wall -Wextra -Werror -o "$WORK/rvsock" "$HERE/tools/rvsock.c" 2>>"$LOG" ||
	{ msg "building tools/rvsock.c failed (see $LOG)"; exit 1; }
riscv64-linux-gnu-strip "$WORK/rvsock"
riscv64-linux-gnu-gcc -static -O2 -Wall -Wextra -Werror -o "$WORK/rvpower" "$HERE/tools/rvpower.c" 2>>"$LOG" ||
	{ msg "building tools/rvpower.c failed (see $LOG)"; exit 1; }
riscv64-linux-gnu-strip "$WORK/rvpower"

# ---------------------------------------------------------------- initramfs
stage "packing initramfs"
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$WORK/passwd"
printf 'root:x:0:\n' >"$WORK/group"
LIST=$WORK/initramfs.list
{
	echo "dir /dev 0755 0 0"
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "nod /dev/null 0666 0 0 c 1 3"
	for d in /bin /sbin /usr /usr/bin /usr/sbin /usr/share /usr/share/udhcpc /proc /sys /run /root /etc /mnt; do
		echo "dir $d 0755 0 0"
	done
	echo "dir /tmp 1777 0 0"
	echo "file /etc/passwd $WORK/passwd 0644 0 0"
	echo "file /etc/group $WORK/group 0644 0 0"
	echo "file /bin/busybox $WORK/busybox 0755 0 0"
	echo "file /init $HERE/init 0755 0 0"
	echo "file /usr/share/udhcpc/default.script $HERE/udhcpc.script 0755 0 0"
	echo "file /bin/rvsock $WORK/rvsock 0755 0 0"
	echo "file /bin/rvpower $WORK/rvpower 0755 0 0"
	sort -u "$BBOBJ/busybox.links" | while read -r p; do
		[ "$p" = /bin/busybox ] || echo "slink $p /bin/busybox 0777 0 0"
	done
} >"$LIST"
"$WORK/gen_init_cpio" -t "$SOURCE_DATE_EPOCH" "$LIST" 2>>"$LOG" | gzip -9 -n >"$STAGING/initramfs.cpio.gz"
gzip -t "$STAGING/initramfs.cpio.gz"

# ---------------------------------------------------------------- record, publish
{
	echo "rvisor default guest, cache key $KEY"
	echo "built:     $(date -u '+%F %T UTC') in $((SECONDS - T0)) s, make -j$JOBS"
	echo "kernel:    Linux $KVER (Debian linux-source-6.1 $(dpkg-query -W -f='${Version}' linux-source-6.1)), tinyconfig + kernel.fragment, no modules"
	echo "busybox:   $(basename "$BBSRC") (Debian source $BBVER), defconfig + busybox.fragment (static)"
	echo "toolchain: $(riscv64-linux-gnu-gcc --version | head -n1); libc6-dev-riscv64-cross $(dpkg-query -W -f='${Version}' libc6-dev-riscv64-cross)"
	echo "Image:             $(stat -c %s "$STAGING/Image") bytes"
	echo "initramfs.cpio.gz: $(stat -c %s "$STAGING/initramfs.cpio.gz") bytes (busybox $(stat -c %s "$WORK/busybox") bytes, $(grep -c '^slink' "$LIST") applet links)"
	echo "cache key inputs:"
	printf '%s\n' "$KTEXT" | sed 's/^/  /'
	echo "sha256:"
	(cd "$STAGING" && sha256sum Image initramfs.cpio.gz | sed 's/^/  /')
} >"$STAGING/BUILDINFO"

# Atomic publish: the guest-<key> directory appears complete or not at all.
[ ! -e "$OUT" ] || rm -rf "$OUT"
mv -T "$STAGING" "$OUT"
set_current
msg "done in $((SECONDS - T0)) s: $OUT"
echo "$OUT"
