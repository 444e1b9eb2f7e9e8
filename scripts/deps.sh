#!/bin/sh
# Install the Debian packages one rvisor task needs, skipping installed ones.
set -e

usage() {
	cat <<'EOF'
usage: scripts/deps.sh [run|test|bench] [--list]

Installs the missing Debian 12 packages of one set (default: run) with
apt-get, as root or through sudo. Each set includes the one before it:

  run    build rvisor and run VMs (`make run`), plus curl and socat for the
         README's host-side examples, u-boot-qemu (S-mode U-Boot boots
         a --disk given without --kernel); the default guest's own build packages
         (kernel source, RISC-V cross compiler, ...) are installed by
         guest/build.sh when it first builds
  test   what `make test` uses on top: libseccomp-dev (the unit tests'
         reference filters; rvisor builds its own), python3 (guest tests), the RISC-V
         cross toolchain (ISA tests), qemu-img/qemu-io (qcow2 interop),
         e2fsprogs (ext4 images), iproute2 (network namespaces), dtc and
         OpenSBI (the firmware path), strace (the interrupted-snapshot test),
         clang-format (the format check), sqlite3 (the daemon tests read the
         inventory), python3-yaml (the daemon API document test), debootstrap
         and cpio (the Debian image, scripts/image-debian.sh), openssh-client
         (ssh into it), gdb-multiarch (the GDB stub's tests), nodejs and
         npm (make web bundles the dashboard's npm packages; the browser
         test runs Playwright 1.57 in node, which needs node 18 or newer: an
         installed newer nodejs, such as NodeSource's with its own npm, is
         kept), chromium (the browser test drives
         Debian's chromium headless; no browser is ever downloaded), procps
         (pgrep: the sandbox's relay's child), util-linux (setpriv: the
         sandbox test run as nobody) and mtools (mcopy: the cloud-init
         seed's files read back)
  bench  what `make bench` adds: qemu-system-riscv64, the comparison;
         valgrind (callgrind: bench/cpu/jit_profile.py); g++,
         g++-riscv64-linux-gnu and dpkg-dev (bench/sevenzip/build.sh
         builds 7-Zip's 7zz from Debian's 7zip source for the guest and
         the host)

--list prints the set's packages and installs nothing.
EOF
}

PKGS_RUN="gcc make libc6-dev libfdt-dev zlib1g-dev libmicrohttpd-dev libjansson-dev
libslirp-dev libsqlite3-dev libzstd-dev curl socat u-boot-qemu"
PKGS_TEST="libseccomp-dev python3 python3-yaml sqlite3 gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu qemu-utils e2fsprogs
iproute2 device-tree-compiler opensbi gzip strace clang-format debootstrap cpio openssh-client
gdb-multiarch prometheus tmux nodejs npm chromium procps util-linux clang mtools"
PKGS_BENCH="qemu-system-misc valgrind g++ g++-riscv64-linux-gnu dpkg-dev"

set_name=run
list=
for a in "$@"; do
	case "$a" in
	run | test | bench) set_name=$a ;;
	--list) list=1 ;;
	-h | --help) usage; exit 0 ;;
	*) echo "scripts/deps.sh: unknown argument '$a' (try --help)" >&2; exit 2 ;;
	esac
done
case $set_name in
run) PKGS=$PKGS_RUN ;;
test) PKGS="$PKGS_RUN $PKGS_TEST" ;;
bench) PKGS="$PKGS_RUN $PKGS_TEST $PKGS_BENCH" ;;
esac
if [ -n "$list" ]; then
	echo $PKGS
	exit 0
fi

missing=""
for p in $PKGS; do
	# A nodejs that brings its own npm (NodeSource's) conflicts with
	# Debian's npm package: an npm on the PATH is enough.
	[ "$p" = npm ] && command -v npm >/dev/null 2>&1 && continue
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "rvisor: installing missing Debian packages ($set_name set):$missing" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
	# A minimal Debian has no sudo: say what to do instead of "sudo: not found".
	if ! command -v sudo >/dev/null 2>&1; then
		echo "rvisor: installing packages needs root and sudo is not installed;" \
			"as root, run: apt-get install sudo (and add $(id -un) to group sudo)," \
			"or: apt-get install$missing" >&2
		exit 1
	fi
	SUDO=sudo
fi
# apt-get.sh: waits for a package manager already running rather than fail.
APT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/apt-get.sh
$SUDO "$APT" update -qq
# env after sudo: sudo would drop a variable set in front of it.
$SUDO env DEBIAN_FRONTEND=noninteractive "$APT" install -y -qq --no-install-recommends $missing
