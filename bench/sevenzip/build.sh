#!/bin/bash
# Build (or find in the cache) 7-Zip's single-binary `7zz` from Debian's 7zip
# source package twice with the same flags: static for riscv64 (run inside
# the guest by bench/guest_7zip.py) and static for the host (the native line).
# Run `bench/sevenzip/build.sh --help` for usage. Works from any directory.
set -euo pipefail

usage() {
	cat <<'EOF'
usage: bench/sevenzip/build.sh [--print-dir | --help]

Builds 7-Zip's `7zz` (CPP/7zip/Bundles/Alone2 with cmpl_gcc.mak: the C/C++
code only, no assembler parts, RAR codecs disabled as Debian does) from the
Debian source package `7zip`, once with riscv64-linux-gnu-g++ and once with
the host's g++, both -O2 -static, and prints the directory holding:
  7zz-riscv64     static RV64GC Linux program
  7zz-host        static x86-64 (host) Linux program from the same objects' sources
  7zz.cpio.gz     a newc cpio holding /7zz (the riscv64 one), for appending
                  to the default guest's initramfs
  7zz-riscv64.nm  the riscv64 program's function symbols (nm -C), for
                  bench/cpu/jit_perf.py --syms
  BUILDINFO       versions, flags, cache-key inputs, sha256s

Outputs are cached in ${RVISOR_CACHE:-$HOME/.cache/rvisor}/bench-7zip-<key>/,
where <key> hashes this script, the 7zip source version apt-get source would
fetch and both compilers' and C libraries' Debian versions. If that directory
exists the script just prints it.

The first build installs missing Debian packages (apt-get; adds a bookworm
deb-src entry if none exists, as guest/build.sh does) and takes ~10-20 min on
2 busy cores. Progress goes to stderr, compiler output to a build.log in the
work directory (kept on failure); only the output directory is printed on stdout.

  --print-dir   print the cached output directory and exit 0, or exit 1 if it
                is not built for the current inputs (never builds)
  --help        show this text

Environment: RVISOR_CACHE (cache root), JOBS (parallel make jobs, default nproc).
EOF
}

MODE=build
case "${1:-}" in
"") ;;
--print-dir) MODE=print ;;
-h | --help) usage; exit 0 ;;
*) echo "bench/sevenzip/build.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
esac
[ $# -le 1 ] || { echo "bench/sevenzip/build.sh: too many arguments (try --help)" >&2; exit 2; }

ME=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
# apt-get that waits for a package manager already running rather than fail
APT=$(dirname "$ME")/../../scripts/apt-get.sh
CACHE=${RVISOR_CACHE:-${HOME:?HOME is not set; set RVISOR_CACHE}/.cache/rvisor}
OUTPUTS="7zz-riscv64 7zz-host 7zz.cpio.gz 7zz-riscv64.nm BUILDINFO"
# The flags both builds share (cmpl_gcc.mak adds -O2 and its warnings itself).
LDFLAGS_BOTH="-static"
# Debian packages whose versions go into the cache key.
KEY_PKGS="g++-riscv64-linux-gnu libc6-dev-riscv64-cross g++ libc6-dev"
BUILD_PKGS="make dpkg-dev xz-utils python3 g++ libc6-dev g++-riscv64-linux-gnu
	libc6-dev-riscv64-cross binutils-riscv64-linux-gnu"

say() { printf '[7zip %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Version of the 7zip source package `apt-get source` would fetch (highest known).
src_version() {
	local v best=
	for v in $(apt-cache showsrc --only-source 7zip 2>/dev/null | sed -n 's/^Version: //p'); do
		if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
	done
	[ -n "$best" ] && echo "$best"
}

# The text the key is hashed from; fails while an input is unavailable
# (packages not installed, no deb-src index).
key_text() {
	local p vers sv
	sha256sum "$ME" | cut -d' ' -f1 | sed 's/$/  build.sh/'
	# The real compiler packages (g++-N, g++-N-riscv64-linux-gnu) too: the
	# unversioned ones are only dependencies on them.
	# shellcheck disable=SC2086 # word lists
	vers=$(dpkg-query -W -f='${db:Status-Abbrev}${Package} ${Version}\n' \
		$KEY_PKGS 'g++-[0-9]*' 2>/dev/null | sed -n 's/^ii *//p' | sort) || true
	for p in $KEY_PKGS; do
		case $'\n'"$vers" in *$'\n'"$p "*) ;; *) return 1 ;; esac
	done
	printf '%s\n' "$vers"
	sv=$(src_version) || return 1
	echo "7zip-source $sv"
}

complete() {
	local f
	for f in $OUTPUTS; do [ -s "$1/$f" ] || return 1; done
}

# Fast path: already built for the current inputs.
KEY=
if KTEXT=$(key_text); then
	KEY=$(printf '%s\n' "$KTEXT" | sha256sum | cut -c1-16)
	if complete "$CACHE/bench-7zip-$KEY"; then
		echo "$CACHE/bench-7zip-$KEY"
		exit 0
	fi
fi
if [ $MODE = print ]; then
	echo "bench/sevenzip/build.sh: 7zz not built${KEY:+ (no $CACHE/bench-7zip-$KEY)}; run bench/sevenzip/build.sh" >&2
	exit 1
fi

# ------------------------------------------------------------------ build
T0=$SECONDS
# Keep the caller's flags out of both builds: they must see the same ones.
unset CFLAGS CPPFLAGS CXXFLAGS LDFLAGS LDLIBS CC CXX LD AR CROSS_COMPILE O \
	MAKEFLAGS MAKELEVEL MFLAGS MAKEOVERRIDES GNUMAKEFLAGS
export LC_ALL=C
JOBS=${JOBS:-$(nproc)}

mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)
# One build at a time per cache; a second caller waits, then finds the result.
exec 9>"$CACHE/.bench-7zip.lock"
if ! flock -n 9; then
	say "another 7zz build is running in $CACHE; waiting for it"
	flock 9
fi
# Work dirs of interrupted builds (we hold the lock: none is live). Not
# guest/build.sh's work.* directories: that script has its own lock.
rm -rf "$CACHE"/bench-7zip-work.*
WORK=$(mktemp -d "$CACHE/bench-7zip-work.XXXXXX")
LOG=$WORK/build.log
: >"$LOG"
STAGE=setup
stage() {
	STAGE=$1
	say "$1"
	printf '\n==== %s  %s\n' "$(date '+%F %T')" "$1" >>"$LOG"
}
q() { "$@" >>"$LOG" 2>&1; }
INTERRUPTED=
finish() {
	local rc=$?
	trap - EXIT INT TERM HUP
	if [ $rc -eq 0 ] || [ -n "$INTERRUPTED" ]; then
		rm -rf "$WORK"
		[ -z "$INTERRUPTED" ] || say "interrupted; removed $WORK"
	else
		find "$WORK" -mindepth 1 -maxdepth 1 ! -name build.log -exec rm -rf {} + 2>/dev/null || true
		say "FAILED while $STAGE (exit $rc). Last lines of the log:"
		tail -n 30 "$LOG" | sed 's/^/  | /' >&2
		say "full log: $LOG"
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
if [ -n "$missing" ] || ! src_version >/dev/null; then
	if [ -n "$SUDO" ] && ! command -v sudo >/dev/null 2>&1; then
		say "installing packages needs root, and sudo is not installed; as root run:" \
			"apt-get install$missing (and add a deb-src entry for 'apt-get source 7zip')"
		exit 1
	fi
	stage "installing packages:${missing:- (none missing; refreshing apt for the 7zip source)}"
	if ! have_debsrc; then
		# 7zip is fetched as a Debian *source* package: add deb-src for the
		# archive apt already uses (the same file guest/build.sh would add).
		uri=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
		[ -n "$uri" ] || uri=$(awk '$1 == "deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
		[ -n "$uri" ] || uri=http://deb.debian.org/debian
		say "adding deb-src entry (bookworm, bookworm-updates: $uri) for 'apt-get source 7zip'"
		printf 'Types: deb-src\nURIs: %s\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" |
			$SUDO tee /etc/apt/sources.list.d/rvisor-debian-src.sources >/dev/null
	fi
	q $SUDO "$APT" update
	if [ -n "$missing" ]; then
		# shellcheck disable=SC2086
		q $SUDO env DEBIAN_FRONTEND=noninteractive "$APT" install -y --no-install-recommends $missing
	fi
fi
KTEXT=$(key_text) || { STAGE="computing the cache key"; say "cannot determine the package versions or the 7zip source version after install"; exit 1; }
KEY=$(printf '%s\n' "$KTEXT" | sha256sum | cut -c1-16)
OUT=$CACHE/bench-7zip-$KEY
if complete "$OUT"; then
	say "already built"
	echo "$OUT"
	exit 0
fi
say "building bench-7zip-$KEY in $WORK (log: $LOG)"

# ---------------------------------------------------------------- source
stage "fetching the 7zip source"
SRCVER=$(printf '%s\n' "$KTEXT" | sed -n 's/^7zip-source //p')
mkdir -p "$WORK/src"
(cd "$WORK/src" && q apt-get source --only-source "7zip=$SRCVER")
SRC=$(find "$WORK/src" -mindepth 1 -maxdepth 1 -type d -name '7zip-*' | head -n1)
if [ -z "$SRC" ] || [ ! -d "$SRC/CPP/7zip/Bundles/Alone2" ]; then
	say "apt-get source 7zip=$SRCVER produced no source tree with CPP/7zip/Bundles/Alone2"
	exit 1
fi

# ---------------------------------------------------------------- build
# Debian's own rules build the same way (cmpl_gcc.mak, DISABLE_RAR=1): the
# portable C/C++ code without the x86 assembler parts, so the host build runs
# the code the riscv64 one runs. Each build has its own object directory.
build_one() { # name cross-prefix
	local t=$SECONDS
	stage "building 7zz for $1 (make -j$JOBS)"
	q make -C "$SRC/CPP/7zip/Bundles/Alone2" -f ../../cmpl_gcc.mak -j"$JOBS" \
		CROSS_COMPILE="$2" DISABLE_RAR=1 O="b/$1" DEB_7Z_LDFLAGS="$LDFLAGS_BOTH"
	"${2}nm" -C --defined-only "$SRC/CPP/7zip/Bundles/Alone2/b/$1/7zz" >"$WORK/7zz-$1.nm"
	"${2}strip" -o "$WORK/7zz-$1" "$SRC/CPP/7zip/Bundles/Alone2/b/$1/7zz"
	say "7zz for $1 built in $((SECONDS - t)) s"
}
build_one riscv64 riscv64-linux-gnu-
build_one host ""

stage "checking the binaries"
hdr=$(riscv64-linux-gnu-readelf -lh "$WORK/7zz-riscv64")
case "$hdr" in *"RISC-V"*) ;; *) say "7zz-riscv64 is not a RISC-V program"; exit 1 ;; esac
case "$hdr" in *"program interpreter"*) say "7zz-riscv64 is not static"; exit 1 ;; esac
case "$(readelf -lh "$WORK/7zz-host")" in *"program interpreter"*) say "7zz-host is not static"; exit 1 ;; esac
"$WORK/7zz-host" i >/dev/null 2>>"$LOG" || { say "7zz-host does not run (7zz i)"; exit 1; }

stage "packing 7zz.cpio.gz"
python3 - "$WORK/7zz-riscv64" "$WORK/7zz.cpio.gz" <<'PY'
import gzip, sys
data = open(sys.argv[1], "rb").read()
def entry(name, mode, body, ino):
    fields = (ino, mode, 0, 0, 1, 0, len(body), 0, 0, 0, 0, len(name) + 1, 0)
    out = ("070701" + "".join("%08x" % v for v in fields)).encode() + name.encode() + b"\0"
    out += b"\0" * (-len(out) % 4) + body
    return out + b"\0" * (-len(out) % 4)
cpio = entry("7zz", 0o100755, data, 1) + entry("TRAILER!!!", 0, b"", 0)
open(sys.argv[2], "wb").write(gzip.compress(cpio, mtime=0))
PY

{
	echo "7-Zip 7zz for rvisor's CPU benchmark, cache key $KEY"
	echo "built:   $(date -u '+%F %T UTC') in $((SECONDS - T0)) s, make -j$JOBS"
	echo "source:  $(basename "$SRC") (Debian source 7zip $SRCVER)"
	echo "build:   CPP/7zip/Bundles/Alone2, cmpl_gcc.mak (-O2, no asm), DISABLE_RAR=1, LDFLAGS $LDFLAGS_BOTH, stripped"
	echo "riscv64: $(riscv64-linux-gnu-g++ --version | head -n1)"
	echo "host:    $(g++ --version | head -n1)"
	echo "cache key inputs:"
	printf '%s\n' "$KTEXT" | sed 's/^/  /'
	echo "sha256:"
	(cd "$WORK" && sha256sum 7zz-riscv64 7zz-host 7zz.cpio.gz | sed 's/^/  /')
} >"$WORK/BUILDINFO"

# Publish atomically: a reader sees the whole directory or none.
STAGING=$(mktemp -d "$CACHE/bench-7zip-work.XXXXXX")
for f in $OUTPUTS; do mv "$WORK/$f" "$STAGING/$f"; done
chmod 755 "$STAGING"
rm -rf "$OUT"
mv -T "$STAGING" "$OUT"
say "done in $((SECONDS - T0)) s: $OUT"
echo "$OUT"
