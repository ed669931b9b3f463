#!/usr/bin/env bash
# syntax_verify_go.sh - checks that the expected messages in
# testdata/syntax/errors/*.go are Go 1.19's own: runs `go tool compile` on
# each file and applies the same // ERROR matching as syntax_test.sh.
# Needs Go 1.19; not part of `make test`. Files named gocc_* are skipped
# (they test gocc's messages for unsupported features).
set -u
export LC_ALL=C    # test files hold invalid UTF-8 on purpose
cd "$(dirname "$0")/.."
export PATH=/usr/lib/go-1.19/bin:$PATH HOME=${HOME:-/tmp} GOCACHE=${GOCACHE:-/tmp/gocache}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in testdata/syntax/errors/*.go; do
    case $(basename "$f") in gocc_*) continue ;; esac
    name=$(basename "$f" .go) why=""
    (cd "$(dirname "$f")" && go tool compile -o "$tmp/x.o" "$(basename "$f")") >"$tmp/err" 2>&1
    grep -an '// ERROR "' "$f" | sed -E 's/^([0-9]+):.*\/\/ ERROR "(.*)".*$/\1\t\2/' >"$tmp/want"
    while IFS=$'\t' read -r line re; do
        grep -aE "^[^:]*:$line:[0-9]+: " "$tmp/err" | grep -aqE -- "$re" ||
            why="${why:-line $line: Go printed no error matching \"$re\"}"
    done <"$tmp/want"
    while IFS= read -r msg; do
        l=$(echo "$msg" | cut -d: -f2)
        cut -f1 "$tmp/want" | grep -aqx "$l" || why="${why:-Go also printed: $msg}"
    done <"$tmp/err"
    if [ -n "$why" ]; then echo "FAIL $name: $why"; else echo "ok $name"; fi
done
