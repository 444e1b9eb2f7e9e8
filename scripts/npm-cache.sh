#!/bin/sh
# Install an npm package set (a folder with package.json and
# package-lock.json) into a cache outside the clone, keyed by its lock file.
set -e

usage() {
	cat <<'EOF'
usage: scripts/npm-cache.sh [--if-cached] DIR

Prints the folder whose node_modules holds DIR's packages, exactly as
DIR/package-lock.json pins them: ${RVISOR_CACHE:-$HOME/.cache/rvisor}/npm-<key>,
<key> the first 16 hex digits of the lock file's sha256. When that folder
is missing it runs `npm ci` (no install scripts, no audit) into a temporary
folder beside it and renames it into place, so a cut-short install never
looks complete; that needs the npm registry. The clone itself gets no
node_modules.

  --if-cached   print the folder only if it is there; else print nothing
                and exit 1 (no network, no npm)

Exit status: 0 printed, 1 not cached (--if-cached), 2 usage, else npm's.
EOF
}

if_cached=
dir=
for a in "$@"; do
	case "$a" in
	--if-cached) if_cached=1 ;;
	-h | --help) usage; exit 0 ;;
	-*) echo "scripts/npm-cache.sh: unknown option '$a' (try --help)" >&2; exit 2 ;;
	*) [ -z "$dir" ] || { echo "scripts/npm-cache.sh: one DIR only" >&2; exit 2; }; dir=$a ;;
	esac
done
[ -n "$dir" ] || { usage >&2; exit 2; }
lock=$dir/package-lock.json
if [ ! -f "$lock" ] || [ ! -f "$dir/package.json" ]; then
	echo "scripts/npm-cache.sh: $dir has no package.json and package-lock.json" >&2
	exit 2
fi

CACHE=${RVISOR_CACHE:-${HOME:?HOME is not set; set RVISOR_CACHE}/.cache/rvisor}
key=$(sha256sum "$lock" | cut -c1-16)
out=$CACHE/npm-$key
if [ -d "$out/node_modules" ]; then
	echo "$out"
	exit 0
fi
[ -z "$if_cached" ] || exit 1
if ! command -v npm >/dev/null 2>&1; then
	echo "scripts/npm-cache.sh: npm is not installed (scripts/deps.sh test installs it)" >&2
	exit 127
fi

mkdir -p "$CACHE"
tmp=$(mktemp -d "$CACHE/.npm-$key.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cp "$dir/package.json" "$lock" "$tmp/"
# --ignore-scripts: no package runs code at install time; the sets here
# need none (the browser is Debian's chromium, never a download).
(cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
if ! mv -T "$tmp" "$out" 2>/dev/null; then
	# Another build installed the same key meanwhile: keep its copy.
	[ -d "$out/node_modules" ] || { echo "scripts/npm-cache.sh: cannot create $out" >&2; exit 1; }
	rm -rf "$tmp"
fi
trap - EXIT
echo "$out"
