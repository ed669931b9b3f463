#!/usr/bin/env bash
# stress.sh - `make stress`: the concurrent programs of testdata/run
# (conc_*.go) built once with bin/gocc and run STRESS_RUNS times (default
# 20) under each of GOMAXPROCS=1, 2 and 8. Every run must give NAME.out and
# NAME.exit (compared as tests/run_test.sh does: a failing program only up
# to its first "panic: " / "fatal error: " line) within STRESS_TIMEOUT
# seconds (default 20); a deadlock report must also name goroutine 1's wait
# reason as Go does. Programs in HEAVY (100k goroutines: seconds per run)
# run STRESS_HEAVY_RUNS times (default 3) per setting, to stay within a few
# minutes. Prints "ok stress/NAME" or "FAIL stress/NAME: why" and a
# summary; exits 1 on any failure. Not part of `make test`.
#   tests/stress.sh [NAME...]    only the named programs
set -u
cd "$(dirname "$0")/.."
GOCC=${GOCC:-$PWD/bin/gocc}
RUNS=${STRESS_RUNS:-20}
HEAVY_RUNS=${STRESS_HEAVY_RUNS:-3}
TIMEOUT=${STRESS_TIMEOUT:-20}
HEAVY=" conc_100k "
tmp=$(mktemp -d /tmp/gocc-stress-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

upto_panic() {
    awk '{ print } /^(panic: |fatal error: )/ { exit }' "$1"
}

# The "goroutine 1 [reason]:" line of a deadlock report, if the golden has one.
g1_line() {
    grep -m1 '^goroutine 1 \[' "$1"
}

# run_one NAME PROCS I: one run; prints why it failed, or nothing.
run_one() {
    local name=$1 procs=$2 i=$3 want_exit=0 st
    [ -f "testdata/run/$name.exit" ] && want_exit=$(cat "testdata/run/$name.exit")
    local got=$tmp/$name.$procs.got
    (cd "$tmp" && GOMAXPROCS=$procs timeout "$TIMEOUT" "./$name" </dev/null >"$got" 2>&1)
    st=$?
    if [ "$st" = 124 ]; then
        echo "GOMAXPROCS=$procs run $i: hung (killed after $TIMEOUT s)"
        return
    fi
    if [ "$want_exit" -ne 0 ]; then
        upto_panic "testdata/run/$name.out" >"$tmp/$name.want"
        upto_panic "$got" >"$got.cut"
        local g1
        g1=$(g1_line "testdata/run/$name.out")
        if [ -n "$g1" ] && ! grep -qxF "$g1" "$got"; then
            echo "GOMAXPROCS=$procs run $i: no '$g1' line"
            return
        fi
    else
        cp "testdata/run/$name.out" "$tmp/$name.want"
        cp "$got" "$got.cut"
    fi
    if ! cmp -s "$tmp/$name.want" "$got.cut"; then
        echo "GOMAXPROCS=$procs run $i: output differs (exit $st): $(diff "$tmp/$name.want" "$got.cut" | head -6 | tr '\n' '|')"
    elif [ "$st" -ne "$want_exit" ]; then
        echo "GOMAXPROCS=$procs run $i: exit status $st, want $want_exit"
    fi
}

# stress NAME: build, then every setting and run until the first failure.
stress() {
    local name=$1 runs=$RUNS procs i why
    case "$HEAVY" in *" $name "*) runs=$HEAVY_RUNS ;; esac
    if ! "$GOCC" build -o "$tmp/$name" "testdata/run/$name.go" >"$tmp/$name.build" 2>&1; then
        echo "FAIL stress/$name: gocc build failed: $(head -2 "$tmp/$name.build" | tr '\n' ' ')"
        return 1
    fi
    for procs in 1 2 8; do
        for ((i = 0; i < runs; i++)); do
            why=$(run_one "$name" "$procs" "$i")
            if [ -n "$why" ]; then
                echo "FAIL stress/$name: $why"
                return 1
            fi
        done
    done
    echo "ok stress/$name ($runs runs x GOMAXPROCS=1,2,8)"
}

if [ $# -gt 0 ]; then
    names=("$@")
else
    names=()
    for f in testdata/run/conc_*.go; do
        n=${f##*/}
        names+=("${n%.go}")
    done
fi
pass=0 fail=0
for n in "${names[@]}"; do
    if stress "$n"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "stress: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
