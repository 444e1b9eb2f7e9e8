#!/bin/sh
# Install the Debian packages rvisor needs to build, test and benchmark,
# skipping the ones already installed. Runs as root (or via sudo).
set -e
PKGS="gcc make libc6-dev libfdt-dev device-tree-compiler pkg-config
gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu
qemu-system-misc opensbi python3 cpio gzip zlib1g-dev qemu-utils e2fsprogs
libmicrohttpd-dev libjansson-dev curl libslirp-dev iproute2 strace"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "rvisor: installing missing Debian packages:$missing" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
