#!/usr/bin/env bash
# regen.sh - regenerates NAME.out / NAME.exit for corpus programs with real
# Go 1.19 (never with gocc), exactly as testdata/run/README.md describes:
# build with -trimpath, run in a scratch directory, record combined output and
# the exit status (NAME.exit only when not 0). Each program is run twice and a
# difference is reported as non-determinism.
#   testdata/lang/regen.sh DIR/NAME.go...
set -u
GO=${GO:-/usr/lib/go-1.19/bin/go}
export GO111MODULE=off
tmp=$(mktemp -d /tmp/gocc-regen-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
for src in "$@"; do
    dir=$(dirname "$src") name=$(basename "$src" .go)
    rm -rf "$tmp/w"; mkdir -p "$tmp/w"; cp "$src" "$tmp/w/$name.go"
    if ! (cd "$tmp/w" && "$GO" build -trimpath -o "$name" "$name.go") >"$tmp/err" 2>&1; then
        echo "BUILD FAIL $src: $(head -5 "$tmp/err")"; continue
    fi
    (cd "$tmp/w" && timeout 20 "./$name" </dev/null >"$name.out" 2>&1; echo $? >"$name.exit")
    (cd "$tmp/w" && timeout 20 "./$name" </dev/null >"$name.out2" 2>&1; echo $? >"$name.exit2")
    st=$(cat "$tmp/w/$name.exit")
    cp "$tmp/w/$name.out" "$dir/$name.out"
    if [ "$st" != 0 ]; then echo "$st" >"$dir/$name.exit"; else rm -f "$dir/$name.exit"; fi
    # Only the part that run_test.sh compares must be deterministic.
    a=$(awk '{print} /^(panic: |fatal error: )/{exit}' "$tmp/w/$name.out")
    b=$(awk '{print} /^(panic: |fatal error: )/{exit}' "$tmp/w/$name.out2")
    if [ "$a" != "$b" ] || [ "$st" != "$(cat "$tmp/w/$name.exit2")" ]; then
        echo "NONDETERMINISTIC $src"
    fi
    echo "gen $src exit=$st lines=$(wc -l <"$dir/$name.out")"
done
