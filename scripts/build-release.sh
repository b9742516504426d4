#!/usr/bin/env bash
# build-release.sh: the `tracuu` that ships: a release build linked as one static executable
# (the Swift runtime, Foundation, SQLite and ICU from their `.a` archives, glibc from `libc.a`),
# then stripped of its symbol tables. A search then starts without loading or binding any
# shared library, and the binary runs from any folder (the built-in abbreviations are compiled in).
#
# Usage: scripts/build-release.sh [--print-path]
#   --print-path   print the path of the built binary on stdout (progress goes to stderr)
# Needs: the static archives of libsqlite3-dev, libicu-dev, libxml2-dev and liblzma-dev, and `strip` (binutils).
# Package.swift carries no such flags, so that other packages can depend on VietText and
# TracuuIndex; a plain `swift build -c release` gives an ordinary dynamic executable.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
# libxml2.a (saved web pages, Word) needs xz's liblzma.a (liblzma-dev), which its .so names itself.
# -disable-concrete-type-metadata-mangled-name-accessors: code compiled here (tracuu, GRDB,
# ArgumentParser) gets a generic type's metadata (`Set<String>`, GRDB's dictionaries) from its
# accessor, handed the conformances it needs, instead of from its mangled name, which the runtime
# demangles and checks by scanning every protocol conformance record of the binary once per
# conformance (~0.4 M instructions each in this static binary): a search runs 8% fewer
# instructions (`giá xăng` 25.4 M -> 23.2 M), `tracuu --help` 16% fewer (README, Performance).
FLAGS=(-c release -Xswiftc -static-executable -Xlinker -llzma
       -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)
BINDIR="$(swift build "${FLAGS[@]}" --show-bin-path)"
# tracuu, and tracuu-serve (the web server `tracuu serve` starts) beside it.
for PRODUCT in tracuu tracuu-serve; do
  swift build "${FLAGS[@]}" --product "$PRODUCT" >&2
  UNSTRIPPED=$(stat -c %s "$BINDIR/$PRODUCT")
  strip --strip-all "$BINDIR/$PRODUCT"
  echo "built $BINDIR/$PRODUCT: static, $((UNSTRIPPED / 1000000)) MB before strip, $(($(stat -c %s "$BINDIR/$PRODUCT") / 1000000)) MB stripped" >&2
done
if [ "${1:-}" = "--print-path" ]; then echo "$BINDIR/tracuu"; fi
