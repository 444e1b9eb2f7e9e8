#!/bin/sh
# The dashboard's bundle (scripts/web-bundle.sh, make web): the page and
# every module it loads are in it, each with a gzip sibling of the same
# bytes; every import resolves inside it; the modules parse; nothing is
# loaded from another origin; no innerHTML; the compressed assets keep the
# 1 MiB budget. Builds into a temporary folder from the npm cache (skips
# when the packages are not cached and npm is missing).
cd "$(dirname "$0")/../.." || exit 2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
if ! command -v node >/dev/null; then
	echo "node is missing (scripts/deps.sh test installs it): skipping"
	exit 77
fi
if ! scripts/npm-cache.sh --if-cached web >/dev/null && ! command -v npm >/dev/null; then
	echo "the dashboard's packages are not cached and npm is missing: skipping"
	exit 77
fi
fails=0
bad() {
	echo "FAIL: $*"
	fails=$((fails + 1))
}

out=$(scripts/web-bundle.sh "$T/web") || { echo "FAIL: scripts/web-bundle.sh failed"; exit 1; }
echo "ok: $out"
W=$T/web
[ -f "$W/index.html" ] || bad "no index.html"

# Every file but the licences has a .gz sibling holding the same bytes.
for f in $(find "$W" -type f ! -name '*.gz' ! -name '*.LICENSE'); do
	if [ ! -f "$f.gz" ]; then
		bad "no gzip sibling for ${f#$W/}"
	elif ! gzip -dc "$f.gz" | cmp -s - "$f"; then
		bad "${f#$W/}.gz does not hold ${f#$W/}"
	fi
done

# What index.html names exists.
for ref in $(sed -n 's/.*\(href\|src\)="\([^"]*\)".*/\2/p' "$W/index.html"); do
	case "$ref" in
	'#'*) ;;
	http:* | https:* | //*) bad "index.html loads $ref from elsewhere" ;;
	*) [ -f "$W/$ref" ] || bad "index.html names $ref, which is not in the bundle" ;;
	esac
done

# Every relative import (static or dynamic) of every module resolves, and
# every module parses as an ES module.
for m in $(find "$W/assets" -name '*.js' -o -name '*.mjs' | sort); do
	dir=$(dirname "$m")
	for spec in $(grep -o "\(from\|import(\) *'\./[^']*'" "$m" | sed "s/.*'\(.*\)'/\1/"); do
		[ -f "$dir/$spec" ] || bad "${m#$W/} imports $spec, which is not in the bundle"
	done
	node --experimental-default-type=module --check "$m" 2>"$T/err" || bad "${m#$W/} does not parse: $(head -3 "$T/err")"
done

# Our page builds elements, never markup from strings, and names no
# other origin.
if grep -n "innerHTML\|outerHTML\|insertAdjacentHTML\|document.write" web/src/*.js | grep -v '^web/src/dom.js:1:'; then
	bad "web/src uses HTML from strings (above)"
fi
if grep -n "https\?://" web/index.html web/src/*; then
	bad "the page names another origin (above)"
fi

gz=$(find "$W" -name '*.gz' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
[ "$gz" -le 1048576 ] || bad "the compressed assets take $gz bytes, over 1 MiB"
echo "ok: $(find "$W" -type f ! -name '*.gz' | wc -l) files, $gz bytes compressed"

[ "$fails" -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "all web bundle checks passed"
