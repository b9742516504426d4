#!/usr/bin/env bash
# relevance.sh: how well tracuu ranks what people type (issue 15).
#
# Usage: scripts/relevance.sh [--alqac-only | --everyday-only] [--show]
#   1. The ALQAC 2022 development set (../shared/relevance/alqac2022.tar.gz, protocol in its
#      README): R@10 and MRR@10 of `tracuu search QUESTION --limit 10`, questions as written and
#      without diacritics (đ → d), beside bm25s with syllable bigrams, the figure to beat.
#   2. The everyday queries of scripts/relevance/everyday.tsv and everyday-fresh.tsv to everyday-fresh5.tsv
#      (each held out once, tuned on since): P@10 of each unaccented query and of the accented phrase it means, on
#      vnnews-2017 (judgement rule in scripts/relevance.py). --show lists each top 10 with +/-.
# Environment: TRACUU_BIN (default <repo>/.build/debug/tracuu); SHARED (default /work/shared,
#   else ../shared); VNNEWS (unpacked vnnews-2017, default /tmp/vnnews-2017, unpacked there
#   from $SHARED/bench when missing); RELEVANCE_WORK (indexes, default ${TMPDIR:-/tmp}/tracuu-relevance);
#   VNNEWS_INDEX (an index of $VNNEWS to reuse instead of building one).
# Indexes are built once per tracuu binary and reused while it does not change.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export TRACUU_BIN="${TRACUU_BIN:-$REPO/.build/debug/tracuu}"
SHARED="${SHARED:-$( [ -d /work/shared ] && echo /work/shared || echo "$REPO/../shared")}"
WORK="${RELEVANCE_WORK:-${TMPDIR:-/tmp}/tracuu-relevance}"
VNNEWS="${VNNEWS:-/tmp/vnnews-2017}"
ALQAC=1 EVERYDAY=1 SHOW=""
for arg in "$@"; do
  case "$arg" in
    --alqac-only) EVERYDAY=0 ;;
    --everyday-only) ALQAC=0 ;;
    --show) SHOW=--show ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "relevance.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done
[ -x "$TRACUU_BIN" ] || { echo "relevance.sh: no tracuu at $TRACUU_BIN (swift build first)" >&2; exit 2; }
mkdir -p "$WORK"
stamp=$(cksum <"$TRACUU_BIN" | cut -d' ' -f1)

# index NAME CORPUS: an index of CORPUS built by this binary, rebuilt when the binary changes.
index() {
  local db="$WORK/$1.sqlite"
  if [ "$(cat "$WORK/$1.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "relevance.sh: indexing $2 into $db" >&2
    "$TRACUU_BIN" index --rebuild --index "$db" "$2" >/dev/null
    echo "$stamp" >"$WORK/$1.stamp"
  fi
  echo "$db"
}

if [ "$ALQAC" = 1 ]; then
  [ -f "$SHARED/relevance/alqac2022.tar.gz" ] || { echo "relevance.sh: $SHARED/relevance/alqac2022.tar.gz is missing" >&2; exit 2; }
  [ -d "$WORK/alqac2022" ] || tar -xzf "$SHARED/relevance/alqac2022.tar.gz" -C "$WORK"
  python3 "$REPO/scripts/relevance.py" alqac "$(index alqac "$WORK/alqac2022/corpus")" "$WORK/alqac2022"
  echo
fi
if [ "$EVERYDAY" = 1 ]; then
  if [ ! -d "$VNNEWS" ]; then
    VNNEWS="$WORK/vnnews-2017"
    [ -d "$VNNEWS" ] || tar -xzf "$SHARED/bench/vnnews-2017.tar.gz" -C "$WORK"
  fi
  db="${VNNEWS_INDEX:-$(index vnnews "$VNNEWS")}"
  for set in everyday everyday-fresh everyday-fresh2 everyday-fresh3 everyday-fresh4 everyday-fresh5; do
    python3 "$REPO/scripts/relevance.py" everyday "$db" "$VNNEWS" "$REPO/scripts/relevance/$set.tsv" $SHOW
    echo
  done
fi
