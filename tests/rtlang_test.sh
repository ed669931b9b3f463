#!/usr/bin/env bash
# rtlang_test.sh - tests of the language runtime (maps, interfaces, strings,
# defer/panic/recover, run-time errors, printing) before the compiler can
# emit calls to it. Each testdata/rt/lang_NAME.c (with lang_test.h) or
# lang_NAME.s stands in for a compiled main package; it is built (gcc with
# the runtime's flags, or gocc tool asm), linked with the installed
# runtime.a, and its standard error and exit status must equal
# lang_NAME.err / lang_NAME.exit, produced by running lang_NAME.go with
# Go 1.19 (cut after the first "goroutine N [...]:" line; pc= values are
# not compared). Prints "ok NAME" / "FAIL NAME: why".
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
GOCC=${GOCC:-$ROOT/bin/gocc}
ARCHIVE=${RT_ARCHIVE:-$ROOT/pkg/linux_amd64/runtime.a}
INCLUDE=${RT_INCLUDE:-$ROOT/pkg/include}
TMP=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$TMP"' EXIT; [ -n "${KEEP:-}" ] && echo "tmp $TMP"

if [ ! -f "$ARCHIVE" ]; then
    echo "FAIL rtlang-archive: $ARCHIVE missing (run make)"
    exit 0
fi
# The C tests include the runtime's headers: generate runtime_defs.h.
if ! "$GOCC" tool compile -d check -p runtime -std -cdefs "$TMP/runtime_defs.h" -asmhdr "$TMP/go_asm.h" \
    -o "$TMP/rt.s" runtime/runtime2.go 2>"$TMP/defs.log"; then
    echo "FAIL rtlang-defs: $(head -c 300 "$TMP/defs.log")"
    exit 0
fi

build() {
    local src
    if [ -f "testdata/rt/$1.c" ]; then
        src=testdata/rt/$1.c
        gcc -c -O2 -std=c11 -ffreestanding -nostdlib -fno-pic -fno-pie -fno-stack-protector \
            -fno-asynchronous-unwind-tables -fno-omit-frame-pointer -ffixed-r14 -Wall -Wextra \
            -Wno-unused-function -I "$TMP" -I runtime -I testdata/rt -o "$TMP/$1.o" "$src" 2>"$TMP/$1.log" || return 1
    else
        "$GOCC" tool asm -p main -I "$INCLUDE" -o "$TMP/$1.o" "testdata/rt/$1.s" 2>"$TMP/$1.log" || return 1
    fi
    local extra=
    if [ -f "testdata/rt/$1.c" ]; then
        "$GOCC" tool asm -p main -I "$INCLUDE" -o "$TMP/$1.try.o" testdata/rt/lang_try.asm 2>>"$TMP/$1.log" || return 1
        extra=$TMP/$1.try.o
    fi
    "$GOCC" tool link -o "$TMP/$1" "$TMP/$1.o" $extra "$ARCHIVE" 2>>"$TMP/$1.log"
}

# (tracebacks are tests/gc_test.sh's: stop at the first goroutine header)
normpc() { sed -E 's/ pc=0x[0-9a-f]+/ pc=PC/g; s/0xc[0-9a-f]{9}/0xADDR/g' | sed '/^goroutine [0-9]* \[.*\]:$/q'; }

for src in testdata/rt/lang_*.c testdata/rt/lang_*.s; do
    [ -f "$src" ] || continue
    name=$(basename "${src%.*}")
    if ! build "$name"; then
        echo "FAIL $name: build failed: $(head -c 400 "$TMP/$name.log")"
        continue
    fi
    # lang_map2, lang_mapgc: again with the collector checking itself and running often
    envs="GOMAXPROCS=1"
    case $name in lang_map2 | lang_mapgc) envs="$envs|GOMAXPROCS=1 GOGC=25 GODEBUG=gccheck=1" ;; esac
    IFS='|' read -ra runs <<<"$envs"
    for env in "${runs[@]}"; do
    env $env timeout 10 "$TMP/$name" >"$TMP/$name.stdout" 2>"$TMP/$name.stderr"
    status=$?
    want_exit=0
    [ -f "testdata/rt/$name.exit" ] && want_exit=$(cat "testdata/rt/$name.exit")
    if [ "$status" != "$want_exit" ]; then
        echo "FAIL $name ($env): exit status $status, want $want_exit; stderr: $(tail -c 300 "$TMP/$name.stderr")"
    elif ! diff <(normpc <"testdata/rt/$name.err") <(normpc <"$TMP/$name.stderr") >"$TMP/$name.diff"; then
        echo "FAIL $name ($env): stderr differs: $(head -8 "$TMP/$name.diff" | tr '\n' '|')"
    else
        echo "ok $name${env#GOMAXPROCS=1}"
    fi
    done
done
exit 0
