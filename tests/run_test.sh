#!/usr/bin/env bash
# run_test.sh - builds each testdata/run/NAME.go with bin/gocc, runs it and
# compares its combined stdout+stderr with NAME.out and its exit status with
# NAME.exit (default 0), within 10 s (NAME.timeout: other seconds). For a failing program only the output up to the
# first "panic: " / "fatal error: " line is compared (testdata/run/README.md).
# Prints "ok run/NAME" or "FAIL run/NAME: why" with a short diff.
#   tests/run_test.sh [NAME...]    run only the named programs
set -u
cd "$(dirname "$0")/.."
DIR=${RUN_DIR:-testdata/run}   # RUN_DIR=testdata/stdrun: the std golden programs
LABEL=${DIR##*/}
GOCC=${GOCC:-$PWD/bin/gocc}   # GOCC=other-compiler checks the harness itself
tmp=$(mktemp -d /tmp/gocc-runtest-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# The output up to and including the first panic/fatal error line.
upto_panic() {
    awk '{ print } /^(panic: |fatal error: )/ { exit }' "$1"
}

check() {
    local name=$1 src=$DIR/$1.go
    local want_exit=0
    [ -f "$DIR/$name.exit" ] && want_exit=$(cat "$DIR/$name.exit")
    if ! "$GOCC" build -o "$tmp/$name" "$src" >"$tmp/$name.build" 2>&1; then
        echo "FAIL $LABEL/$name: gocc build failed: $(head -3 "$tmp/$name.build" | cut -c1-200 | tr '\n' ' ')"
        return
    fi
    local limit=10     # seconds; NAME.timeout raises it for a long program
    [ -f "$DIR/$name.timeout" ] && limit=$(cat "$DIR/$name.timeout")
    (cd "$tmp" && timeout "$limit" "./$name" </dev/null >"$name.got" 2>&1)
    local got_exit=$?
    local want=$tmp/$name.want got=$tmp/$name.got
    if [ "$want_exit" -ne 0 ]; then
        upto_panic "$DIR/$name.out" >"$want"
        upto_panic "$tmp/$name.got" >"$tmp/$name.got1"
        got=$tmp/$name.got1
    else
        cp "$DIR/$name.out" "$want"
    fi
    if ! cmp -s "$want" "$got"; then
        echo "FAIL $LABEL/$name: output differs (exit $got_exit): $(diff "$want" "$got" | head -8 | tr '\n' '|')"
    elif [ "$got_exit" -ne "$want_exit" ]; then
        echo "FAIL $LABEL/$name: exit status $got_exit, want $want_exit"
    else
        echo "ok $LABEL/$name"
    fi
}

if [ $# -gt 0 ]; then
    names=("$@")
else
    names=()
    for f in $DIR/*.go; do
        n=${f##*/}
        names+=("${n%.go}")
    done
fi
for n in "${names[@]}"; do
    check "$n"
done
exit 0
