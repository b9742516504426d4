#!/usr/bin/env bash
# search-instructions.sh: instructions (valgrind --tool=callgrind) of each bench.sh search query
# as a whole process, their total and median, and of a query with no result. Counts stay stable
# on a shared machine where times do not (README, Performance).
#
# Usage: scripts/search-instructions.sh BINARY INDEX [PLAIN_DB]
#   BINARY    a release `tracuu` (static: see README); a copy is `strip -g`ed for valgrind
#   INDEX     an index built by that binary
#   PLAIN_DB  bench.sh's plain FTS5 database (its work folder's plain.db): each query is also
#             counted as bench.sh runs it there (`sqlite3 -readonly PLAIN_DB SQL`), side by side
# The queries are read from scripts/bench.sh (its QUERIES list), each run with `--limit 10`.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${1:?usage: search-instructions.sh BINARY INDEX [PLAIN_DB]}
INDEX=${2:?usage: search-instructions.sh BINARY INDEX [PLAIN_DB]}
PLAIN=${3:-}
command -v valgrind >/dev/null || { echo "missing required tool: valgrind" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$BIN" "$WORK/tracuu" && strip -g "$WORK/tracuu"
# The queries, and how bench.sh writes each one for the plain side.
eval "$(sed -n '/^QUERIES=(/,/^)/p; /^fts_expr() {/,/^}/p; /^plain_sql() {/,/^}/p' "$REPO/scripts/bench.sh")"
collected() { "$@" >/dev/null 2>"$WORK/log" || true; grep -o 'Collected : [0-9]*' "$WORK/log" | awk '{print $3}'; }
count() { collected valgrind --tool=callgrind --callgrind-out-file="$WORK/out" "$WORK/tracuu" search --index "$INDEX" --limit 10 "$1"; }
plain() { collected valgrind --tool=callgrind --callgrind-out-file="$WORK/out" sqlite3 -readonly "$PLAIN" "$(plain_sql "$1")"; }
summary() { sort -n | awk '{a[NR]=$1; s+=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "total %.3f G, median %.1f M", s/1e9, m/1e6}'; }
if [[ -n $PLAIN ]]; then
  printf '%12s  %12s  %6s  %s\n' tracuu plain ratio query
  for q in "${QUERIES[@]}"; do
    t=$(count "$q") p=$(plain "$q")
    printf '%12s  %12s  %6s  %s\n' "$t" "$p" "$(awk -v a="$t" -v b="$p" 'BEGIN {printf "%.2f", a/b}')" "$q"
  done | tee "$WORK/all"
  printf 'tracuu: %s\n' "$(awk '{print $1}' "$WORK/all" | summary)"
  printf 'plain : %s\n' "$(awk '{print $2}' "$WORK/all" | summary)"
else
  for q in "${QUERIES[@]}"; do printf '%12s  %s\n' "$(count "$q")" "$q"; done | tee "$WORK/all"
  printf '%s\n' "$(awk '{print $1}' "$WORK/all" | summary)"
fi
printf 'no result (xqzvw): %.1f M\n' "$(($(count xqzvw) / 100000))e-1"
