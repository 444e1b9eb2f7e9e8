#!/bin/sh
# Every C file under src/ is formatted with the repository's .clang-format
# (`make format` fixes it), so reviews discuss design, not layout.
cd "$(dirname "$0")/../.." || exit 2
command -v clang-format >/dev/null || {
	echo "clang-format is missing: install it (scripts/deps.sh test does)"
	exit 1
}
files=$(find src -name '*.[ch]' | sort)
# shellcheck disable=SC2086
bad=$(clang-format --dry-run $files 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
if [ -n "$bad" ]; then
	echo "not formatted (run 'make format'):"
	echo "$bad"
	exit 1
fi
echo "all $(echo "$files" | wc -l) files under src/ are formatted"
