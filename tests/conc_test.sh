#!/usr/bin/env bash
# conc_test.sh - stress of the runtime's concurrency (channels, select,
# deadlock reports, the syscall P hand-off): every testdata/rt/conc_NAME.s is
# assembled, linked with the installed runtime and run CONC_RUNS times
# (default 20) under each of GOMAXPROCS=1, 2 and 8, with a time limit per
# run. Standard input is a FIFO that never delivers data, so a goroutine
# reading it blocks (conc_read). Standard error must equal NAME.err (from
# Go 1.19, cut after the first "goroutine N [...]:" line; ours is cut there
# too, as in runtime_test.sh) and the exit status NAME.exit (default 0) on every run.
# Prints "ok NAME" / "FAIL NAME: why" per test.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
GOCC=${GOCC:-$ROOT/bin/gocc}
ARCHIVE=${RT_ARCHIVE:-$ROOT/pkg/linux_amd64/runtime.a}
INCLUDE=${RT_INCLUDE:-$ROOT/pkg/include}
RUNS=${CONC_RUNS:-20}
TMP=$(mktemp -d)
trap 'exec 7<&-; rm -rf "$TMP"' EXIT

if [ ! -f "$ARCHIVE" ]; then
    echo "FAIL conc-archive: $ARCHIVE missing (run make)"
    exit 0
fi
mkfifo "$TMP/stdin" && exec 7<>"$TMP/stdin"

# check NAME PROCS: run the binary RUNS times; print why it failed, if so.
check() {
    local name=$1 procs=$2 want_exit=0 i st
    [ -f "testdata/rt/$name.exit" ] && want_exit=$(cat "testdata/rt/$name.exit")
    local err=$TMP/$name.$procs.stderr
    for ((i = 0; i < RUNS; i++)); do
        GOMAXPROCS=$procs timeout 10 "$TMP/$name" <&7 >/dev/null 2>"$err"
        st=$?
        # the goldens stop at the first goroutine header; so do we (the
        # frames' file:line differ: these are .s files)
        sed -i '/^goroutine [0-9]* \[.*\]:$/q' "$err"
        if [ "$st" = 124 ]; then
            echo "GOMAXPROCS=$procs run $i: hung (killed after 10 s)"
            return
        elif [ "$st" != "$want_exit" ]; then
            echo "GOMAXPROCS=$procs run $i: exit status $st, want $want_exit: $(head -c 200 "$err")"
            return
        fi
        # the goldens stop at the first goroutine header (frames differ: .s files)
        sed '/^goroutine [0-9]* \[.*\]:$/q' "$err" >"$err.cut"
        if ! cmp -s "testdata/rt/$name.err" "$err.cut"; then
            echo "GOMAXPROCS=$procs run $i: stderr differs: $(diff "testdata/rt/$name.err" "$err.cut" | head -4 | tr '\n' '|')"
            return
        fi
    done
}

for src in testdata/rt/conc_*.s; do
    name=$(basename "$src" .s)
    if ! "$GOCC" tool asm -p main -I "$INCLUDE" -o "$TMP/$name.o" "$src" 2>"$TMP/$name.log" ||
        ! "$GOCC" tool link -o "$TMP/$name" "$TMP/$name.o" "$ARCHIVE" 2>>"$TMP/$name.log"; then
        echo "FAIL $name: build failed: $(head -c 300 "$TMP/$name.log")"
        continue
    fi
    # the three settings run side by side (more interleavings, less time)
    for procs in 1 2 8; do
        check "$name" "$procs" >"$TMP/$name.why$procs" &
    done
    wait
    why=$(cat "$TMP/$name.why1" "$TMP/$name.why2" "$TMP/$name.why8" | head -1)
    if [ -n "$why" ]; then echo "FAIL $name: $why"; else echo "ok $name"; fi
done
exit 0
