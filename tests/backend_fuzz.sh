#!/usr/bin/env bash
# backend_fuzz.sh [FIRST [LAST]] - differential testing of the back end:
# builds the random programs of tests/backend_fuzz.py for seeds FIRST..LAST
# with gocc and with Go 1.19 and compares their output. Needs Go, so it is a
# tool for back-end work, not part of `make test`. Prints "ok seed N" or
# "FAIL seed N: why" and keeps failing programs in /tmp/gocc-fuzz.
set -u
cd "$(dirname "$0")/.."
GOCC=${GOCC:-$PWD/bin/gocc}
GO=${GO:-/usr/lib/go-1.19/bin/go}
first=${1:-1}
last=${2:-$((first + 19))}
dir=/tmp/gocc-fuzz
mkdir -p "$dir"
for i in $(seq "$first" "$last"); do
    p=$dir/p$i
    python3 tests/backend_fuzz.py "$i" >"$p.go"
    if ! timeout 20 "$GO" run "$p.go" >"$p.want" 2>&1; then
        echo "skip seed $i: go run failed or timed out"
        continue
    fi
    if ! "$GOCC" build -o "$p.bin" "$p.go" >"$p.err" 2>&1; then
        echo "FAIL seed $i: gocc build: $(head -2 "$p.err" | tr '\n' ' ')"
        continue
    fi
    timeout 20 "$p.bin" >"$p.got" 2>&1
    if cmp -s "$p.got" "$p.want"; then
        echo "ok seed $i"
        rm -f "$p".*
    else
        echo "FAIL seed $i: output differs, see $p.go"
    fi
done
