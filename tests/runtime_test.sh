#!/usr/bin/env bash
# runtime_test.sh - tests of the runtime (runtime/) before the compiler can
# drive it: each testdata/rt/NAME.s is a hand-written main package, assembled
# with `gocc tool asm` and linked with pkg/linux_amd64/runtime.a (built by
# `make` through runtime/rules.mk). Its standard error must equal NAME.err,
# which comes from running NAME.go with Go 1.19 (cut after the first
# "goroutine N [...]:" line: tracebacks are later work; "pc=0x..." values
# are not compared), and its exit status must be NAME.exit (default 0);
# NAME.env holds environment settings. Then the shape of the executable:
# symbols, program headers, the entry jump chain.
# Prints "ok NAME" / "FAIL NAME: why".
#
# RT_ARCHIVE=/path/runtime.a and RT_INCLUDE=/dir override the installed ones.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
GOCC=${GOCC:-$ROOT/bin/gocc}
ARCHIVE=${RT_ARCHIVE:-$ROOT/pkg/linux_amd64/runtime.a}
INCLUDE=${RT_INCLUDE:-$ROOT/pkg/include}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }

# Until the compiler's back end can compile runtime2.go (so that `make`
# installs runtime.a), build the archive here with the contract's steps,
# taking the headers from the type checker (`compile -d check`); runtime2.go
# holds no code, so nothing is lost without its _go_.o.
build_by_hand() {
    local w=$TMP/b001 objs=
    mkdir -p "$w" && : >"$w/go_asm.h" || return 1
    local asmflags="-p runtime -compiling-runtime -I $w -I runtime -I runtime/include -D GOOS_linux -D GOARCH_amd64"
    "$GOCC" tool asm $asmflags -gensymabis -o "$w/symabis" runtime/*.s || return 1
    "$GOCC" tool compile -d check -p runtime -std -symabis "$w/symabis" -asmhdr "$w/go_asm.h" \
        -cdefs "$w/runtime_defs.h" -o "$w/_go_.s" runtime/*.go || return 1
    for f in runtime/*.s; do
        "$GOCC" tool asm $asmflags -o "$w/$(basename "$f" .s).o" "$f" || return 1
        objs="$objs $w/$(basename "$f" .s).o"
    done
    for f in runtime/*.c; do
        gcc -c -O2 -g -std=c11 -ffreestanding -nostdlib -fno-pic -fno-pie -fno-stack-protector \
            -fno-asynchronous-unwind-tables -fno-omit-frame-pointer -ffixed-r14 -Wall -Wextra \
            -I "$w" -I runtime -o "$w/$(basename "$f" .c).o" "$f" || return 1
        objs="$objs $w/$(basename "$f" .c).o"
    done
    "$GOCC" tool pack c "$TMP/runtime.a" $objs
}

stale=$([ -f "$ARCHIVE" ] && find runtime -type f \( -name '*.go' -o -name '*.s' -o -name '*.c' -o -name '*.h' \) -newer "$ARCHIVE" | head -1)
if [ -f "$ARCHIVE" ] && [ -z "$stale" ]; then
    ok runtime-archive
elif build_by_hand >"$TMP/byhand.log" 2>&1; then
    ok runtime-archive-by-hand
    ARCHIVE=$TMP/runtime.a
    INCLUDE=$ROOT/runtime/include
else
    fail runtime-archive "$ARCHIVE missing or stale and the steps by hand failed: $(tail -c 300 "$TMP/byhand.log")"
    exit 0
fi

# build NAME: assemble testdata/rt/NAME.s and link it with the runtime.
build() {
    "$GOCC" tool asm -p main -I "$INCLUDE" -o "$TMP/$1.o" "testdata/rt/$1.s" 2>"$TMP/$1.log" &&
        "$GOCC" tool link -o "$TMP/$1" "$TMP/$1.o" "$ARCHIVE" 2>>"$TMP/$1.log"
}

# Program counters differ between Go's binaries and ours; the goldens stop
# at the first goroutine header (the frames' file:line differ: these are .s
# files; tests/gc_test.sh checks traceback shapes).
normpc() { sed -E 's/ pc=0x[0-9a-f]+/ pc=PC/g' | sed '/^goroutine [0-9]* \[.*\]:$/q'; }

# run NAME: run the program (10 s limit) with GOMAXPROCS=1 (the goldens
# come from Go with GOMAXPROCS=1) or the settings in NAME.env; sets $status.
run() {
    local env=GOMAXPROCS=1
    [ -f "testdata/rt/$1.env" ] && env=$(cat "testdata/rt/$1.env")
    env $env timeout 10 "$TMP/$1" >"$TMP/$1.stdout" 2>"$TMP/$1.stderr"
    status=$?
}

for src in testdata/rt/*.s; do
    name=$(basename "$src" .s)
    if ! build "$name"; then
        fail "$name" "build failed: $(head -c 300 "$TMP/$name.log")"
        continue
    fi
    run "$name"
    want_exit=0
    [ -f "testdata/rt/$name.exit" ] && want_exit=$(cat "testdata/rt/$name.exit")
    if [ "$status" != "$want_exit" ]; then
        fail "$name" "exit status $status, want $want_exit; stderr: $(head -c 300 "$TMP/$name.stderr")"
    elif [ -s "$TMP/$name.stdout" ]; then
        fail "$name" "unexpected standard output"
    elif [ -f "testdata/rt/$name.err" ] && ! diff <(normpc <"testdata/rt/$name.err") <(normpc <"$TMP/$name.stderr") >/dev/null; then
        fail "$name" "stderr differs: $(diff <(normpc <"testdata/rt/$name.err") <(normpc <"$TMP/$name.stderr") | head -5 | tr '\n' '|')"
    else
        ok "$name"
    fi
done

# The stack overflow report: Go's first and third lines, and the bounds line.
if [ -f "$TMP/overflow.stderr" ]; then
    if sed -n 1p "$TMP/overflow.stderr" | grep -qx 'runtime: goroutine stack exceeds 1000000000-byte limit' &&
        sed -n 2p "$TMP/overflow.stderr" | grep -Eqx 'runtime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]' &&
        sed -n 3p "$TMP/overflow.stderr" | grep -qx 'fatal error: stack overflow'; then
        ok overflow-message
    else
        fail overflow-message "got: $(head -3 "$TMP/overflow.stderr" | tr '\n' '|')"
    fi
fi

# The executable's shape (design.md §5).
exe=$TMP/hello
if [ -x "$exe" ]; then
    syms=$(nm "$exe" 2>/dev/null | awk '{print $NF}')
    missing=
    for s in _rt0_amd64_linux _rt0_amd64 runtime.rt0_go runtime.schedinit runtime.newproc \
        runtime.mstart runtime.main main.main runtime.g0 runtime.m0; do
        grep -qx "$s" <<<"$syms" || missing="$missing $s"
    done
    if [ -z "$missing" ]; then ok nm-symbols; else fail nm-symbols "missing:$missing"; fi

    if readelf -lW "$exe" | grep -Eq 'INTERP|DYNAMIC'; then
        fail static "has INTERP or DYNAMIC program headers"
    elif readelf -hW "$exe" | grep -q 'EXEC (Executable file)'; then
        ok static
    else
        fail static "not an ET_EXEC file"
    fi

    # entry = _rt0_amd64_linux: jmp _rt0_amd64; which loads argc/argv and jumps to rt0_go.
    entry=$(readelf -hW "$exe" | awk '/Entry point/ {print $NF}')
    rt0=$(nm "$exe" | awk '$3 == "_rt0_amd64_linux" {print $1}')
    chain=$(objdump -d --start-address="$entry" --stop-address=$((entry + 32)) "$exe" 2>/dev/null)
    chain2=$(objdump -d "$exe" 2>/dev/null | sed -n '/<_rt0_amd64>:/,/^$/p')
    if [ "$((entry))" != "$((0x$rt0))" ]; then
        fail entry-chain "entry $entry is not _rt0_amd64_linux (0x$rt0)"
    elif ! grep -q 'jmp.*<_rt0_amd64>' <<<"$chain"; then
        fail entry-chain "_rt0_amd64_linux does not jump to _rt0_amd64"
    elif ! grep -q 'mov *(%rsp),%rdi' <<<"$chain2" || ! grep -q 'lea *0x8(%rsp),%rsi' <<<"$chain2" ||
        ! grep -q 'jmp.*<runtime.rt0_go>' <<<"$chain2"; then
        fail entry-chain "_rt0_amd64 does not pass argc/argv to runtime.rt0_go"
    else
        ok entry-chain
    fi
fi
exit 0
