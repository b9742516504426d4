#!/usr/bin/env bash
# snapshot.sh: the JSON answers of a fixed list of commands, one file each, to compare two
# revisions of tracuu on the same index (`diff -r BEFORE AFTER`).
#
# Usage: scripts/snapshot.sh INDEX OUTDIR
# Environment: TRACUU_BIN (default <repo>/.build/debug/tracuu).
# Each file holds the command line, the exit status and stdout; stderr goes to OUTDIR/stderr/.
set -uo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRACUU="${TRACUU_BIN:-$REPO/.build/debug/tracuu}"
INDEX=${1:?usage: snapshot.sh INDEX OUTDIR}
OUT=${2:?usage: snapshot.sh INDEX OUTDIR}
mkdir -p "$OUT/stderr"

SEARCHES=(
  'tai nạn' 'cong doan' 'giao thong' '"an toàn giao thông"' 'UBND' 'CSGT' '100/2015/NĐ-CP'
  '46/2016/NĐ-CP' 'bóng đá' 'thủ tướng' 'giá xăng' 'bao lu' 'hoc sinh' 'chứng khoán'
  '"xuất khẩu tôm"' 'Hà Nội' 'ô nhiễm môi trường' 'tham nhũng' 'BHXH' 'TP.HCM'
  'LĐLĐ' 'CAND' 'công đoàn' 'CĐ' 'ANTT' 'NLĐ' 'cong an nhan dan' 'lien doan lao dong'
  'tham nhung' 'hai phong' 'Đà Nẵng' 'ban' 'hoà*' 'title:"công đoàn"' 'CAND OR CATP'
  'công đoàn -"cao đẳng"' '02-NQ/TW' '02/NQ-TW' 'nghị quyết 39' '"Nghị quyết 2"'
  'giáo dục đại học' 'ngan hang nha nuoc' 'xang dau' 'QĐ-TTg' 'y tế' 'Quốc hội' 'HCM'
)
FIGURES=('giá xăng' 'tai nạn' 'LĐLĐ' 'CAND' 'tham nhũng' 'xuất khẩu' 'GDP' '"Nghị quyết 2"' 'cong doan' 'học sinh')
REFS=('' '39-NQ/TW' '05-CT/TW' '100/2015/NĐ-CP' '02-NQ/TW')
ABBRS=('' 'CĐ' 'CAND' 'LĐLĐ' 'CP')

n=0
run() {
  n=$((n + 1))
  local file; file=$(printf '%s/%03d.json' "$OUT" "$n")
  { printf '# %q' "$@"; printf '\n'
    "$TRACUU" "$@" --index "$INDEX" --json 2>"$OUT/stderr/$(basename "$file" .json).txt"
    printf '\n# exit %d\n' $?; } >"$file"
}
for q in "${SEARCHES[@]}"; do run search "$q"; run search "$q" --limit 0 --count; done
for q in "${FIGURES[@]}"; do run figures "$q"; done
for r in "${REFS[@]}"; do if [ -n "$r" ]; then run refs "$r"; else run refs; fi; done
for a in "${ABBRS[@]}"; do if [ -n "$a" ]; then run abbr "$a"; else run abbr; fi; done
echo "$n answers in $OUT" >&2
