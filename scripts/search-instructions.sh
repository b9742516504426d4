#!/usr/bin/env bash
# search-instructions.sh: instructions (valgrind --tool=callgrind) of each bench.sh search query
# as a whole process, their total and median, and of a query with no result. Counts stay stable
# on a shared machine where times do not (README, Performance).
#
# Usage: scripts/search-instructions.sh BINARY INDEX
#   BINARY  a release `tracuu` (static: see README); a copy is `strip -g`ed for valgrind
#   INDEX   an index built by that binary
# The queries are read from scripts/bench.sh (its QUERIES list), each run with `--limit 10`.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${1:?usage: search-instructions.sh BINARY INDEX}
INDEX=${2:?usage: search-instructions.sh BINARY INDEX}
command -v valgrind >/dev/null || { echo "missing required tool: valgrind" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$BIN" "$WORK/tracuu" && strip -g "$WORK/tracuu"
eval "$(sed -n '/^QUERIES=(/,/^)/p' "$REPO/scripts/bench.sh")"
count() {
  valgrind --tool=callgrind --callgrind-out-file="$WORK/out" "$WORK/tracuu" search --index "$INDEX" --limit 10 "$1" \
    >/dev/null 2>"$WORK/log" || true
  grep -o 'Collected : [0-9]*' "$WORK/log" | awk '{print $3}'
}
for q in "${QUERIES[@]}"; do printf '%12s  %s\n' "$(count "$q")" "$q"; done | tee "$WORK/all"
awk '{print $1}' "$WORK/all" | sort -n | awk '{a[NR]=$1; s+=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "total %.3f G, median %.1f M\n", s/1e9, m/1e6}'
printf 'no result (xqzvw): %.1f M\n' "$(($(count xqzvw) / 100000))e-1"
