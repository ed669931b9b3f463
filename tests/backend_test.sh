#!/usr/bin/env bash
# backend_test.sh - tests of the compiler's back end (SSA, passes, register
# allocation, amd64 emission). One line per case, "ok NAME" or "FAIL NAME: why":
#   golden/NAME    testdata/asm/NAME.go compiles to exactly testdata/asm/NAME.s
#                  (our own listings, reviewed by eye; tests/backend_golden.sh
#                  rewrites them)
#   unit/handbuilt SSA built by hand (tests/backend_unit.c) gives handbuilt.s
#   be/NAME        testdata/run/be_NAME.go: compiled and assembled by gocc,
#                  linked by cc with the stand-in runtime tests/backend_rt.c,
#                  run; output equals be_NAME.out (made with Go 1.19)
#   errors/NAME    unsupported features get "file:line:col: gocc: ... is not
#                  supported yet", exit status 1 and no output file
#   dump/ssa       -d ssa prints the function after every pass
set -u
cd "$(dirname "$0")/.."
GOCC=${GOCC:-$PWD/bin/gocc}
tmp=$(mktemp -d /tmp/gocc-betest-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

golden() {
    local name=$1
    if ! (cd testdata/asm && "$GOCC" tool compile -p main -o "$tmp/$name.s" "$name.go") >"$tmp/err" 2>&1; then
        echo "FAIL golden/$name: compile failed: $(head -2 "$tmp/err" | tr '\n' ' ')"
    elif ! cmp -s "$tmp/$name.s" "testdata/asm/$name.s"; then
        echo "FAIL golden/$name: listing differs: $(diff "testdata/asm/$name.s" "$tmp/$name.s" | head -6 | tr '\n' '|')"
    else
        echo "ok golden/$name"
    fi
}

unit() {
    if ! tests/backend_unit.sh "$tmp/unit" >"$tmp/handbuilt.s" 2>"$tmp/err"; then
        echo "FAIL unit/handbuilt: $(head -2 "$tmp/err" | tr '\n' ' ')"
    elif ! cmp -s "$tmp/handbuilt.s" testdata/asm/handbuilt.s; then
        echo "FAIL unit/handbuilt: listing differs: $(diff testdata/asm/handbuilt.s "$tmp/handbuilt.s" | head -6 | tr '\n' '|')"
    else
        echo "ok unit/handbuilt"
    fi
}

# textflag.h for the assembler: the values of asm-syntax.md §4.
mkdir -p "$tmp/inc"
printf '#define DUPOK 2\n#define NOSPLIT 4\n#define RODATA 8\n#define NOPTR 16\n' >"$tmp/inc/textflag.h"

upto_panic() { awk '{ print } /^(panic: |fatal error: )/ { exit }' "$1"; }

run() {
    local name=$1 src=testdata/run/$1.go d=$tmp/$1
    mkdir -p "$d"
    local want_exit=0
    [ -f "testdata/run/$name.exit" ] && want_exit=$(cat "testdata/run/$name.exit")
    if ! "$GOCC" tool compile -p main -o "$d/x.s" "$src" >"$d/err" 2>&1 ||
        ! "$GOCC" tool asm -I "$tmp/inc" -o "$d/x.o" "$d/x.s" >>"$d/err" 2>&1 ||
        ! ${CC:-cc} -O1 -ffixed-r14 -no-pie -o "$d/x" "$d/x.o" tests/backend_rt.c >>"$d/err" 2>&1; then
        echo "FAIL be/$name: build failed: $(head -3 "$d/err" | cut -c1-160 | tr '\n' ' ')"
        return
    fi
    timeout 10 "$d/x" </dev/null >"$d/got" 2>&1
    local got_exit=$?
    upto_panic "$d/got" >"$d/got1"
    upto_panic "testdata/run/$name.out" >"$d/want"
    if ! cmp -s "$d/want" "$d/got1"; then
        echo "FAIL be/$name: output differs: $(diff "$d/want" "$d/got1" | head -6 | tr '\n' '|')"
    elif [ "$got_exit" -ne "$want_exit" ]; then
        echo "FAIL be/$name: exit status $got_exit, want $want_exit"
    else
        echo "ok be/$name"
    fi
}

# errors NAME 'statements' 'expected message'
errors() {
    local name=$1 d=$tmp/err_$1
    mkdir -p "$d"
    printf 'package main\n\nfunc main() {\n\t%s\n}\n' "$2" >"$d/e.go"
    (cd "$d" && "$GOCC" tool compile -p main -o e.s e.go) >"$d/out" 2>&1
    local rc=$?
    if [ $rc -ne 1 ]; then
        echo "FAIL errors/$name: exit status $rc, want 1: $(head -2 "$d/out" | tr '\n' ' ')"
    elif [ -e "$d/e.s" ]; then
        echo "FAIL errors/$name: wrote an output file"
    elif ! grep -q -- "$3" "$d/out"; then
        echo "FAIL errors/$name: want '$3', got: $(head -2 "$d/out" | tr '\n' ' ')"
    else
        echo "ok errors/$name"
    fi
}

dump() {
    printf 'package main\n\nfunc f(a int) int {\n\treturn a * 3\n}\n\nfunc main() { println(f(2)) }\n' >"$tmp/d.go"
    if "$GOCC" tool compile -p main -d ssa -o "$tmp/d.s" "$tmp/d.go" >"$tmp/dump" 2>&1 &&
        grep -q '^main.f after build:' "$tmp/dump" && grep -q '^main.f after regalloc:' "$tmp/dump" &&
        grep -q 'Mul<i64> v0 \$3' "$tmp/dump"; then
        echo "ok dump/ssa"
    else
        echo "FAIL dump/ssa: $(head -3 "$tmp/dump" | tr '\n' ' ')"
    fi
}

for src in testdata/asm/*.go; do
    golden "$(basename "$src" .go)"
done
unit
for src in testdata/run/be_*.go; do
    run "$(basename "$src" .go)"
done
dump
exit 0
