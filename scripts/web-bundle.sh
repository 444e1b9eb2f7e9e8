#!/bin/sh
# Assemble the web dashboard into one folder the daemon serves: our page
# (web/) and the npm packages it uses, with a gzip'd sibling of each file.
set -e

usage() {
	cat <<'EOF_USAGE'
usage: scripts/web-bundle.sh [--if-cached] OUT

Builds OUT (make web: build/web, the daemon's default web root) from
web/index.html, web/src/* (to OUT/assets/) and the files the page needs
from the packages web/package-lock.json pins (to OUT/assets/vendor/),
installed by scripts/npm-cache.sh into the cache outside the clone. Every
file gets a FILE.gz sibling (gzip -9), served to browsers that accept
gzip. OUT is replaced whole, so the daemon never serves half a bundle.
Fails when the compressed assets pass the budget of 1 MiB.

  --if-cached   do nothing (exit 0) when the packages are not cached yet:
                no network (how make all calls it)
EOF_USAGE
}

if_cached=
out=
for a in "$@"; do
	case "$a" in
	--if-cached) if_cached=--if-cached ;;
	-h | --help) usage; exit 0 ;;
	-*) echo "scripts/web-bundle.sh: unknown option '$a' (try --help)" >&2; exit 2 ;;
	*) out=$a ;;
	esac
done
[ -n "$out" ] || { usage >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
web=$root/web

if ! pkgs=$("$root/scripts/npm-cache.sh" $if_cached "$web"); then
	[ -n "$if_cached" ] && exit 0
	exit 1
fi
nm=$pkgs/node_modules

mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d "$out.tmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/assets/vendor"
cp "$web/index.html" "$tmp/"
cp "$web"/src/*.js "$web"/src/*.css "$tmp/assets/"
# The packages' builds, without their source-map comments (the maps are
# not shipped) and with their licences.
vendor() { # SRC NAME
	sed '/^\/\/# sourceMappingURL=/d' "$nm/$1" >"$tmp/assets/vendor/$2"
}
vendor @xterm/xterm/lib/xterm.mjs xterm.mjs
vendor @xterm/xterm/css/xterm.css xterm.css
vendor @xterm/addon-fit/lib/addon-fit.mjs addon-fit.mjs
cp "$nm/@xterm/xterm/LICENSE" "$tmp/assets/vendor/xterm.LICENSE"
cp "$nm/@xterm/addon-fit/LICENSE" "$tmp/assets/vendor/addon-fit.LICENSE"

find "$tmp" -type f ! -name '*.LICENSE' -exec gzip -9 -n -k {} +
chmod -R a+rX,go-w "$tmp"

raw=$(find "$tmp" -type f ! -name '*.gz' ! -name '*.LICENSE' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
gz=$(find "$tmp" -type f -name '*.gz' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
if [ "$gz" -gt 1048576 ]; then
	echo "scripts/web-bundle.sh: the assets take $gz bytes compressed, over the budget of 1 MiB" >&2
	exit 1
fi

# Replace OUT whole: the old copy moves aside, the new one in.
rm -rf "$out.old"
[ ! -e "$out" ] || mv "$out" "$out.old"
mv "$tmp" "$out"
trap - EXIT
rm -rf "$out.old"
echo "web: $out ($raw bytes, $gz compressed)"
