#!/usr/bin/env bash
# serve-instructions.sh: instructions (valgrind --tool=callgrind) the web server spends on each
# API search of load.py's query list, one request at a time, after two warm-up rounds (connections
# open, statements prepared, pages cached): the server's own cost a search, stable on a shared
# machine where load.py's CPU time is not (README, Web).
#
# Usage: scripts/serve-instructions.sh TRACUU-SERVE INDEX [PORT]
#   TRACUU-SERVE  a release `tracuu-serve` (a copy is `strip -g`ed for valgrind)
#   INDEX         an index built by the matching `tracuu`
#   PORT          a free port on 127.0.0.1 (default 18931)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVE=${1:?usage: serve-instructions.sh TRACUU-SERVE INDEX [PORT]}
INDEX=${2:?usage: serve-instructions.sh TRACUU-SERVE INDEX [PORT]}
PORT=${3:-18931}
for tool in valgrind callgrind_control curl python3; do command -v $tool >/dev/null || { echo "missing required tool: $tool" >&2; exit 1; }; done
WORK=$(mktemp -d)
cp "$SERVE" "$WORK/serve" && strip -g "$WORK/serve"
python3 - "$REPO/scripts/load.py" >"$WORK/urls" <<'PY'
import importlib.util, sys, urllib.parse
spec = importlib.util.spec_from_file_location('load', sys.argv[1])
load = importlib.util.module_from_spec(spec); spec.loader.exec_module(load)
for query in load.QUERIES: print(urllib.parse.quote(query) + '\t' + query)
PY
valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$WORK/serve" --index "$INDEX" --host 127.0.0.1 --port "$PORT" >/dev/null 2>"$WORK/log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 120); do grep -q 'serving' "$WORK/log" && break; sleep 1; done
search() { curl -s -m 300 -o /dev/null "http://127.0.0.1:$PORT/api/search?q=$1"; }
for _ in 1 2; do while IFS=$'\t' read -r url _; do search "$url"; done <"$WORK/urls"; done
while IFS=$'\t' read -r url query; do
  callgrind_control -z $SERVER >/dev/null 2>&1
  search "$url"
  callgrind_control -d $SERVER >/dev/null 2>&1
  dump=$(ls -t "$WORK"/cg.out.* | head -1)
  printf '%12s  %s\n' "$(awk '/^(summary|totals):/ {print $2; exit}' "$dump")" "$query"
  rm -f "$WORK"/cg.out.*
done <"$WORK/urls" | tee "$WORK/all"
awk '{s+=$1} END {printf "total %.3f G, mean %.1f M a search\n", s/1e9, s/NR/1e6}' "$WORK/all"
