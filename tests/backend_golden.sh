#!/usr/bin/env bash
# backend_golden.sh - rewrites the back end's golden listings (design.md §6,
# the `make golden` of the back end): testdata/asm/NAME.s from NAME.go with
# `gocc tool compile -p main`, and testdata/asm/handbuilt.s from the SSA
# functions built by hand in tests/backend_unit.c. Review the diff by eye.
set -eu
cd "$(dirname "$0")/.."
GOCC=${GOCC:-$PWD/bin/gocc}
tmp=$(mktemp -d /tmp/gocc-golden-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for src in testdata/asm/*.go; do
    name=$(basename "$src" .go)
    (cd testdata/asm && "$GOCC" tool compile -p main -o "$tmp/$name.s" "$name.go")
    cp "$tmp/$name.s" "testdata/asm/$name.s"
done
tests/backend_unit.sh "$tmp/unit" >testdata/asm/handbuilt.s
echo "rewrote $(ls testdata/asm/*.s | wc -l) listings in testdata/asm"
