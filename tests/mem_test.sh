#!/usr/bin/env bash
# mem_test.sh - memory behaviour of gocc-built programs (issue 5): the
# allocation programs testdata/run/mem_*.go (their outputs are also checked
# by run_test.sh) are run again here
#   - with GODEBUG=gccheck=1 (freed memory poisoned) under GOMAXPROCS=4:
#     output must still equal NAME.out (real Go 1.19's);
#   - in a normal run, peak RSS (GNU time %M) at most 2x real Go 1.19's on the
#     same program (testdata/run/mem_rss.txt, measured once with Go);
# and the idle cost of goroutines: testdata/rt/mem_park.c parks 50000
# goroutines on a channel; VmRSS+VmPTE must stay within 1.6x of Go 1.19's
# (mem_rss.txt "mem_park"; runtime/README.md has the 100000 figures).
# A goroutine that overflows its stack reports Go's stack-overflow lines.
# Prints "ok NAME" / "FAIL NAME: why"; exits 0.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
GOCC=$ROOT/bin/gocc
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
ok() { echo "ok mem/$1"; }
fail() { echo "FAIL mem/$1: $2"; }
gorss() { awk -v n="$1" '$1 == n { print $2 }' testdata/run/mem_rss.txt; }
HAVETIME=0
[ -x /usr/bin/time ] && HAVETIME=1

for src in testdata/run/mem_*.go; do
    name=$(basename "$src" .go)
    if ! "$GOCC" build -o "$TMP/$name" "$src" >"$TMP/$name.log" 2>&1; then
        fail "$name" "build: $(head -c 200 "$TMP/$name.log")"
        continue
    fi
    # Under GOMAXPROCS=4 with freed memory poisoned: the output must not change.
    # A heavy program (NAME.timeout: binary trees at depth 20) runs only
    # this once, its peak RSS measured here (poisoning adds nothing there).
    heavy=0 timer=()
    [ -f "testdata/run/$name.timeout" ] && heavy=1
    [ $heavy = 1 ] && [ $HAVETIME = 1 ] && timer=(/usr/bin/time -o "$TMP/$name.rss" -f %M)
    (cd "$TMP" && GOMAXPROCS=4 GODEBUG=gccheck=1 "${timer[@]}" timeout 120 "./$name" >"$name.got" 2>&1 </dev/null)
    st=$?
    if [ $st != 0 ]; then
        fail "$name-gccheck" "exit $st: $(head -c 200 "$TMP/$name.got" | tr '\n' '|')"
    elif ! cmp -s "testdata/run/$name.out" "$TMP/$name.got"; then
        fail "$name-gccheck" "$(diff "testdata/run/$name.out" "$TMP/$name.got" | head -4 | tr '\n' '|')"
    else
        ok "$name-gccheck"
    fi
    want=$(gorss "$name")
    if [ $HAVETIME = 1 ] && [ -n "$want" ]; then
        # Peak RSS of a normal run (poisoning dirties freed pages).
        if [ $heavy = 1 ]; then
            rss=$(tail -1 "$TMP/$name.rss" 2>/dev/null)
        else
            rss=$( (cd "$TMP" && /usr/bin/time -f %M timeout 120 "./$name" 2>&1 >/dev/null </dev/null) | tail -1)
        fi
        if [ -n "$rss" ] && [ "$rss" -le $((2 * want)) ]; then
            ok "$name-rss"
        else
            fail "$name-rss" "peak RSS ${rss:-?} KB, Go 1.19: $want KB (limit 2x)"
        fi
    fi
done

# Idle goroutines: RSS + page tables while 50000 wait on a channel.
CFLAGS="-c -O2 -std=c11 -ffreestanding -nostdlib -fno-pic -fno-pie -fno-stack-protector
 -fno-asynchronous-unwind-tables -fno-omit-frame-pointer -ffixed-r14 -mno-red-zone -Wall -Wextra"
if gcc $CFLAGS -o "$TMP/park.o" testdata/rt/mem_park.c 2>"$TMP/park.log" &&
    "$GOCC" tool link -o "$TMP/park" "$TMP/park.o" pkg/linux_amd64/runtime.a 2>>"$TMP/park.log"; then
    GOMAXPROCS=1 timeout 30 "$TMP/park" >/dev/null 2>"$TMP/park.err"
    st=$?
    kb=$(awk '/^# Vm(RSS|PTE):/ { s += $3 } END { print s + 0 }' "$TMP/park.err")
    want=$(gorss mem_park)
    if [ $st != 0 ] || ! grep -qx 'done 50000' "$TMP/park.err"; then
        fail park "exit $st: $(head -c 200 "$TMP/park.err" | tr '\n' '|')"
    elif [ "$kb" -gt $((want * 16 / 10)) ]; then
        fail park "VmRSS+VmPTE $kb KB for 50000 parked goroutines, Go 1.19: $want KB (limit 1.6x)"
    else
        ok park
    fi
else
    fail park "build: $(head -c 300 "$TMP/park.log")"
fi

# A goroutine (on its big stack segment) overflowing: Go's three lines.
cat >"$TMP/ovg.go" <<'GO'
package main

var done bool

func deep(a, b, c, d, e, f, g, h, i, j, k, l int) int {
	return deep(b, c, d, e, f, g, h, i, j, k, l, a+1) + a + l
}

func nop() {}

func spin() {
	nop()
	for i := 0; i < 100; i++ {
	}
}

func main() {
	go func() {
		deep(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
		done = true
	}()
	for !done {
		spin()
	}
}
GO
if "$GOCC" build -o "$TMP/ovg" "$TMP/ovg.go" >"$TMP/ovg.log" 2>&1; then
    timeout 60 "$TMP/ovg" >/dev/null 2>"$TMP/ovg.err"
    st=$?
    if [ $st = 2 ] && sed -n 1p "$TMP/ovg.err" | grep -qx 'runtime: goroutine stack exceeds 1000000000-byte limit' &&
        sed -n 2p "$TMP/ovg.err" | grep -Eqx 'runtime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]' &&
        sed -n 3p "$TMP/ovg.err" | grep -qx 'fatal error: stack overflow'; then
        ok goroutine-overflow
    else
        fail goroutine-overflow "exit $st: $(head -3 "$TMP/ovg.err" | tr '\n' '|')"
    fi
else
    fail goroutine-overflow "build: $(head -c 200 "$TMP/ovg.log")"
fi
exit 0
