#!/usr/bin/env bash
# syntax_gen_pos.sh - regenerates testdata/syntax/real/NAME.pos with Go 1.19's
# go/parser (tests/syntax_posdump.go): the positions every identifier and
# literal must get from our parser. Needs Go; not part of `make test`.
set -eu
cd "$(dirname "$0")/.."
export PATH=/usr/lib/go-1.19/bin:$PATH HOME=${HOME:-/tmp} GOCACHE=${GOCACHE:-/tmp/gocache} GO111MODULE=off
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/posdump" tests/syntax_posdump.go
for f in testdata/syntax/real/fmt_print.go testdata/syntax/real/runtime_select.go \
         testdata/syntax/real/time_format.go testdata/syntax/real/test_escape2.go; do
    LC_ALL=C "$tmp/posdump" "$f" | LC_ALL=C sort -u >"${f%.go}.pos"
done
