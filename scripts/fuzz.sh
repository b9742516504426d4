#!/usr/bin/env bash
# Fuzzes the analyzer with libFuzzer for SECONDS (default 60): offsets inside the input and in
# order, positions advancing by one, and the fast Latin segmentation equal to ICU's.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
swift build -c release --product tracuu-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING --scratch-path .build-fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp corpus/*.txt "$work/"
printf 'Ho\xcc\x80a b\xc3\xacnh 2.000 12,5 U.S.A don’t @x a_b' > "$work/seed-nfd"
.build-fuzz/release/tracuu-fuzz -max_total_time="$seconds" -max_len=4096 "$work"
