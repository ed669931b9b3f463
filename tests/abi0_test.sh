#!/bin/sh
# abi0_test.sh - a main package with its own assembly (testdata/abi0): Go
# calls ABI0 functions (arguments and results on the stack, R14/X15 clobbered)
# and an ABIInternal one, built step by step with the gocc tools since
# The tool steps by hand first, then `gocc build DIR`, which takes the
# directory's .s files through the same two-phase flow. main.out is from
# real Go 1.19 (with an ABI0 twice).
GOCC=${GOCC:-$PWD/bin/gocc}
d=$PWD/testdata/abi0
inc=$PWD/pkg/include
t=$(mktemp -d /tmp/gocc-abi0-XXXXXX)
trap 'rm -rf "$t"' EXIT
asm() { "$GOCC" tool asm -p main -I "$t" -I "$inc" -D GOOS_linux -D GOARCH_amd64 "$@"; }
: >"$t/go_asm.h"
if asm -gensymabis -o "$t/symabis" "$d/abi0_amd64.s" "$d/internal_amd64.s" >"$t/log" 2>&1 &&
   "$GOCC" tool compile -p main -symabis "$t/symabis" -o "$t/main.s" "$d/main.go" >>"$t/log" 2>&1 &&
   asm -o "$t/main.o" "$t/main.s" >>"$t/log" 2>&1 &&
   asm -o "$t/a.o" "$d/abi0_amd64.s" >>"$t/log" 2>&1 &&
   asm -o "$t/b.o" "$d/internal_amd64.s" >>"$t/log" 2>&1 &&
   "$GOCC" tool pack c "$t/main.a" "$t/main.o" "$t/a.o" "$t/b.o" >>"$t/log" 2>&1 &&
   "$GOCC" tool link -o "$t/exe" "$t/main.a" "$PWD/pkg/linux_amd64/runtime.a" >>"$t/log" 2>&1; then
    if "$t/exe" >"$t/out" 2>&1 && cmp -s "$t/out" "$d/main.out"; then
        echo "ok abi0/main"
    else
        echo "FAIL abi0/main: output differs: $(head -3 "$t/out" | tr '\n' ' ')"
    fi
else
    echo "FAIL abi0/main: build failed: $(head -3 "$t/log" | cut -c1-200 | tr '\n' ' ')"
fi
if "$GOCC" build -x -o "$t/exe2" "$d" >"$t/log2" 2>&1; then
    if ! grep -q -- '-gensymabis' "$t/log2" || ! grep -q -- '-asmhdr' "$t/log2"; then
        echo "FAIL abi0/build-dir: -x shows no two-phase flow"
    elif "$t/exe2" >"$t/out2" 2>&1 && cmp -s "$t/out2" "$d/main.out"; then
        echo "ok abi0/build-dir"
    else
        echo "FAIL abi0/build-dir: output differs: $(head -3 "$t/out2" | tr '\n' ' ')"
    fi
else
    echo "FAIL abi0/build-dir: $(grep -v '^\(WORK\|mkdir\|cd\|cat\|#\|packagefile\|EOF\|/\)' "$t/log2" | head -3 | tr '\n' ' ')"
fi
exit 0
