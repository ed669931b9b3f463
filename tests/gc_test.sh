#!/usr/bin/env bash
# gc_test.sh - the allocator and the collector (runtime/malloc.c, mheap.c,
# mcache.c, mgc.c, mstats.c), before the compiler can build allocating Go
# programs: C test programs testdata/rt/mem_*.c (compiled with the
# runtime's gcc flags, main.main in C) and assembly ones (mem_*.s) linked
# with the installed runtime. Prints "ok NAME" / "FAIL NAME: why".
#   mem_trees  binary trees depth 14 (typed nodes); output = Go 1.19's
#              (mem_trees14.err); also with GODEBUG=gccheck=1 (poison)
#              and GOMAXPROCS=4; gctrace line format; GOGC=off
#   mem_par    16 goroutines allocating on 4 Ps, large objects, churn
#   mem_regs   an interior pointer only in a register across runtime.GC
#   mem_loop   collections stop a goroutine looping without calls (SIGURG)
#   mem_poison an unreachable object is freed and poisoned (gccheck=1)
#   mem_slice  growslice capacities and makeslice's panic = Go 1.19's
#   mem_syscall collections while a goroutine blocks in a system call
#   mem_chan   objects referenced only from channels survive (1, 4, 8 Ps)
#   mem_release freed pages return to the OS (HeapReleased) after a cycle
#   tb_*.s     tracebacks of hand-written programs with #line positions,
#              against Go 1.19's output for tb_*.go (arguments, offsets,
#              pc= values and goroutine numbers other than 1 normalised)
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
GOCC=$ROOT/bin/gocc
ARCHIVE=$ROOT/pkg/linux_amd64/runtime.a
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }

if [ ! -f "$ARCHIVE" ]; then
    fail gc-archive "$ARCHIVE missing (run make)"
    
# Go prints arguments (0x5?) and its own offsets; ours are (...) and ours.
normtb() {
    sed -E -e 's/^([a-zA-Z0-9_.]+)\(.*\)$/\1(...)/' -e 's/ \+0x[0-9a-f]+$//' -e 's/ pc=0x[0-9a-f]+/ pc=PC/' \
        -e 's/^goroutine ([2-9]|[1-9][0-9]+) /goroutine N /'
}
for s in testdata/rt/tb_*.s; do
    name=$(basename "$s" .s)
    env=GOMAXPROCS=1
    [ -f "testdata/rt/$name.env" ] && env=$(cat "testdata/rt/$name.env")
    if ! "$GOCC" tool asm -p main -I "$ROOT/pkg/include" -o "$TMP/$name.o" "$s" 2>"$TMP/$name.log" ||
        ! "$GOCC" tool link -o "$TMP/$name" "$TMP/$name.o" "$ARCHIVE" 2>>"$TMP/$name.log"; then
        fail "$name" "build: $(head -c 300 "$TMP/$name.log")"
        continue
    fi
    env $env timeout 10 "$TMP/$name" >/dev/null 2>"$TMP/$name.err"
    st=$?
    if [ $st != 2 ]; then
        fail "$name" "exit $st, want 2"
    elif ! diff <(normtb <"testdata/rt/$name.err") <(normtb <"$TMP/$name.err") >/dev/null; then
        fail "$name" "$(diff <(normtb <"testdata/rt/$name.err") <(normtb <"$TMP/$name.err") | head -6 | tr '\n' '|')"
    else
        ok "$name"
    fi
done
# Every frame line has Go's shape: name(...) then a tab, file:line +0xOFF.
if [ -f "$TMP/tb_index.err" ] && sed -n 4,5p "$TMP/tb_index.err" | tr '\n' '|' |
    grep -Eqx 'main\.f\(\.\.\.\)\|	/tmp/tb/tb_index\.go:7 \+0x[0-9a-f]+\|'; then
    ok tb-shape
else
    fail tb-shape "$(sed -n 4,5p "$TMP/tb_index.err" 2>/dev/null | tr '\n' '|')"
fi
exit 0
fi

# -mno-red-zone: main.main is C here, and asynchronous preemption (SIGURG)
# may push a return address below SP of any main.* function.
CFLAGS="-c -O2 -g -std=c11 -ffreestanding -nostdlib -fno-pic -fno-pie -fno-stack-protector
 -fno-asynchronous-unwind-tables -fno-omit-frame-pointer -ffixed-r14 -mno-red-zone -Wall -Wextra"

# buildc NAME OUT [flags]: a C test program.
buildc() {
    local name=$1 out=$2
    shift 2
    gcc $CFLAGS "$@" -o "$TMP/$out.o" "testdata/rt/$name.c" 2>"$TMP/$out.log" &&
        "$GOCC" tool link -o "$TMP/$out" "$TMP/$out.o" "$ARCHIVE" 2>>"$TMP/$out.log"
}

# runcase NAME BIN WANT_ERR_FILE env...: exit 0 and stderr (minus "#"
# lines and gctrace lines) equal to the file (if given).
runcase() {
    local name=$1 bin=$2 want=$3
    shift 3
    env "$@" timeout 20 "$TMP/$bin" >"$TMP/$name.out" 2>"$TMP/$name.err"
    local st=$?
    if [ $st != 0 ]; then
        fail "$name" "exit $st: $(head -c 300 "$TMP/$name.err")"
    elif [ -n "$want" ] && ! diff <(grep -v -e '^#' -e '^gc [0-9]' "$TMP/$name.err") "$want" >/dev/null; then
        fail "$name" "stderr differs: $(diff <(grep -v -e '^#' -e '^gc [0-9]' "$TMP/$name.err") "$want" | head -4 | tr '\n' '|')"
    else
        ok "$name"
    fi
}

if buildc mem_trees trees -DDEPTH=14; then
    runcase mem_trees trees testdata/rt/mem_trees14.err GOMAXPROCS=1
    runcase mem_trees-gccheck trees testdata/rt/mem_trees14.err GOMAXPROCS=1 GODEBUG=gccheck=1
    runcase mem_trees-4p trees testdata/rt/mem_trees14.err GOMAXPROCS=4
    runcase mem_trees-gctrace trees testdata/rt/mem_trees14.err GOMAXPROCS=1 GODEBUG=gctrace=1
    if grep -q '^gc ' "$TMP/mem_trees-gctrace.err" &&
        ! grep '^gc ' "$TMP/mem_trees-gctrace.err" | grep -Evq '^gc [0-9]+ @[0-9]+\.[0-9]{3}s [0-9]+%: [0-9.]+\+[0-9.]+\+[0-9.]+ ms clock, [0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, 1 P( \(forced\))?$'; then
        ok gctrace-format
    else
        fail gctrace-format "$(grep -m2 '^gc ' "$TMP/mem_trees-gctrace.err" | tr '\n' '|')"
    fi
    # Collections happen and free objects; with GOGC=off none do.
    if grep -Eq '^# NumGC [1-9][0-9]* .* Frees [1-9]' "$TMP/mem_trees.err"; then ok gc-runs; else fail gc-runs "$(grep '^#' "$TMP/mem_trees.err")"; fi
    runcase mem_trees-gogc-off trees testdata/rt/mem_trees14.err GOMAXPROCS=1 GOGC=off
    if grep -q '^# NumGC 0 ' "$TMP/mem_trees-gogc-off.err"; then ok gogc-off; else fail gogc-off "$(grep '^#' "$TMP/mem_trees-gogc-off.err")"; fi
    # Peak RSS stays bounded: live data is ~1 MB, Go 1.19 needs ~8 MB.
    if [ -x /usr/bin/time ]; then
        rss=$(GOMAXPROCS=1 /usr/bin/time -f %M "$TMP/trees" 2>&1 >/dev/null | tail -1)
        if [ "$rss" -lt 32768 ]; then ok trees-rss; else fail trees-rss "peak RSS ${rss} KB"; fi
    fi
else
    fail mem_trees "build: $(head -c 300 "$TMP/trees.log")"
fi

if buildc mem_par par; then
    runcase mem_par par "" GOMAXPROCS=4
    runcase mem_par-gccheck par "" GOMAXPROCS=8 GODEBUG=gccheck=1
else
    fail mem_par "build: $(head -c 300 "$TMP/par.log")"
fi

# Append's capacities (Go 1.19's growth and rounding) and make's panic.
if buildc mem_slice slice; then
    timeout 10 "$TMP/slice" >/dev/null 2>"$TMP/slice.err"
    st=$?
    if [ $st != 2 ]; then
        fail mem_slice "exit $st, want 2: $(head -c 200 "$TMP/slice.err")"
    elif ! diff <(sed '/^goroutine /q' testdata/rt/mem_slice.err) <(sed '/^goroutine /q' "$TMP/slice.err") >/dev/null; then
        fail mem_slice "$(diff <(sed '/^goroutine /q' testdata/rt/mem_slice.err) <(sed '/^goroutine /q' "$TMP/slice.err") | head -4 | tr '\n' '|')"
    else
        ok mem_slice
    fi
else
    fail mem_slice "build: $(head -c 300 "$TMP/slice.log")"
fi

# A goroutine blocked in read(0) during collections: stdin stays open, empty.
if buildc mem_syscall msys; then
    GOMAXPROCS=2 GODEBUG=gccheck=1 timeout 10 "$TMP/msys" >/dev/null 2>"$TMP/msys.err" < <(sleep 10)
    st=$?
    if [ $st = 0 ] && grep -qx 'mem_syscall ok' "$TMP/msys.err"; then ok mem_syscall; else fail mem_syscall "exit $st: $(head -c 200 "$TMP/msys.err")"; fi
else
    fail mem_syscall "build: $(head -c 300 "$TMP/msys.log")"
fi

# References that live only in channel buffers and blocked senders' frames.
if buildc mem_chan mchan; then
    for p in 1 4 8; do runcase "mem_chan-${p}p" mchan "" GOMAXPROCS=$p GODEBUG=gccheck=1; done
else
    fail mem_chan "build: $(head -c 300 "$TMP/mchan.log")"
fi

if buildc mem_release mrel; then
    runcase mem_release mrel "" GOMAXPROCS=2
else
    fail mem_release "build: $(head -c 300 "$TMP/mrel.log")"
fi

if buildc mem_poison poison; then
    runcase mem_poison poison "" GODEBUG=gccheck=1
else
    fail mem_poison "build: $(head -c 300 "$TMP/poison.log")"
fi

for s in testdata/rt/mem_*.s; do
    name=$(basename "$s" .s)
    if "$GOCC" tool asm -p main -I "$ROOT/pkg/include" -o "$TMP/$name.o" "$s" 2>"$TMP/$name.log" &&
        "$GOCC" tool link -o "$TMP/$name" "$TMP/$name.o" "$ARCHIVE" 2>>"$TMP/$name.log"; then
        env=
        [ -f "testdata/rt/$name.env" ] && env=$(cat "testdata/rt/$name.env")
        runcase "$name" "$name" "" GODEBUG=gccheck=1 $env
    else
        fail "$name" "build: $(head -c 300 "$TMP/$name.log")"
    fi
done

# Go prints arguments (0x5?) and its own offsets; ours are (...) and ours.
normtb() {
    sed -E -e 's/^([a-zA-Z0-9_.]+)\(.*\)$/\1(...)/' -e 's/ \+0x[0-9a-f]+$//' -e 's/ pc=0x[0-9a-f]+/ pc=PC/' \
        -e 's/^goroutine ([2-9]|[1-9][0-9]+) /goroutine N /'
}
for s in testdata/rt/tb_*.s; do
    name=$(basename "$s" .s)
    env=GOMAXPROCS=1
    [ -f "testdata/rt/$name.env" ] && env=$(cat "testdata/rt/$name.env")
    if ! "$GOCC" tool asm -p main -I "$ROOT/pkg/include" -o "$TMP/$name.o" "$s" 2>"$TMP/$name.log" ||
        ! "$GOCC" tool link -o "$TMP/$name" "$TMP/$name.o" "$ARCHIVE" 2>>"$TMP/$name.log"; then
        fail "$name" "build: $(head -c 300 "$TMP/$name.log")"
        continue
    fi
    env $env timeout 10 "$TMP/$name" >/dev/null 2>"$TMP/$name.err"
    st=$?
    if [ $st != 2 ]; then
        fail "$name" "exit $st, want 2"
    elif ! diff <(normtb <"testdata/rt/$name.err") <(normtb <"$TMP/$name.err") >/dev/null; then
        fail "$name" "$(diff <(normtb <"testdata/rt/$name.err") <(normtb <"$TMP/$name.err") | head -6 | tr '\n' '|')"
    else
        ok "$name"
    fi
done
# Every frame line has Go's shape: name(...) then a tab, file:line +0xOFF.
if [ -f "$TMP/tb_index.err" ] && sed -n 4,5p "$TMP/tb_index.err" | tr '\n' '|' |
    grep -Eqx 'main\.f\(\.\.\.\)\|	/tmp/tb/tb_index\.go:7 \+0x[0-9a-f]+\|'; then
    ok tb-shape
else
    fail tb-shape "$(sed -n 4,5p "$TMP/tb_index.err" 2>/dev/null | tr '\n' '|')"
fi
# Tracebacks of compiled Go programs (testdata/run/tb_*.go) against real
# Go 1.19's (NAME.out; tb_gtball.all with GOMAXPROCS=1 GOTRACEBACK=all):
# every line, with arguments, +0x offsets, pc= values, goroutine numbers
# other than 1 and the directories of file names normalised.
normgo() {
    sed -E -e 's/^([a-zA-Z0-9_.*()]+)\(.*\)$/\1(...)/' -e 's/ \+0x[0-9a-f]+$//' -e 's/ pc=0x[0-9a-f]+/ pc=PC/' \
        -e 's/^goroutine ([2-9]|[1-9][0-9]+) /goroutine N /' -e 's|^\t(.*/)?([^/]+\.go:[0-9]+)$|\t\2|'
}
for src in testdata/run/tb_*.go; do
    name=$(basename "$src" .go)
    want=testdata/run/$name.out envs="GOMAXPROCS=2"
    if [ -f "testdata/run/$name.all" ]; then
        want=testdata/run/$name.all envs="GOMAXPROCS=1 GOTRACEBACK=all"
    fi
    if ! "$GOCC" build -o "$TMP/$name" "$src" >"$TMP/$name.log" 2>&1; then
        fail "tbgo/$name" "build: $(head -c 300 "$TMP/$name.log")"
        continue
    fi
    (cd "$TMP" && env $envs timeout 10 "./$name" >"$name.got" 2>&1 </dev/null)
    st=$?
    if [ $st != 2 ]; then
        fail "tbgo/$name" "exit $st, want 2"
    elif ! diff <(normgo <"$want") <(normgo <"$TMP/$name.got") >/dev/null; then
        fail "tbgo/$name" "$(diff <(normgo <"$want") <(normgo <"$TMP/$name.got") | head -6 | tr '\n' '|')"
    else
        ok "tbgo/$name"
    fi
done
exit 0
