#!/usr/bin/env bash
# syntax_test.sh - tests of the lexer and parser (compiler/lex.re, parse.y).
#
#   testdata/syntax/valid/NAME.go   must parse; if NAME.ast exists, the tree
#                                   dump must match it exactly
#   testdata/syntax/real/*.go       real Go sources that must parse cleanly
#   testdata/syntax/errors/NAME.go  must fail; each line with
#                                   // ERROR "regexp" must get a matching
#                                   message, and no other line any message
#
# The error texts come from Go 1.19 (`go tool compile`), except in files
# whose name starts with gocc_ (messages about unsupported features).
# Builds a small test binary from the compiler's syntax objects.
set -u
export LC_ALL=C    # test files hold invalid UTF-8 on purpose
cd "$(dirname "$0")/.."
make -s bin/gocc >/dev/null 2>&1 || { echo "FAIL syntax-build: make failed"; exit 0; }
bin=build/syntax_dump
objs="build/obj/compiler/ast.o build/obj/compiler/lex_lit.o $(ls build/obj/compiler/parse_*.o)
      build/obj/gen/compiler/lex.o build/obj/gen/compiler/parse.tab.o $(ls build/obj/support/*.o)"
if ! cc -std=c11 -o $bin tests/syntax_dump.c $objs -lgmp 2>/tmp/syntax_build.$$; then
    echo "FAIL syntax-build: $(head -1 /tmp/syntax_build.$$)"
    rm -f /tmp/syntax_build.$$
    exit 0
fi
rm -f /tmp/syntax_build.$$
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in testdata/syntax/valid/*.go; do
    name=valid/$(basename "$f" .go)
    if ! $bin "$f" >"$tmp/out" 2>"$tmp/err"; then
        echo "FAIL $name: $(head -1 "$tmp/err")"
    elif [ -f "${f%.go}.ast" ] && ! diff -q "${f%.go}.ast" "$tmp/out" >/dev/null; then
        echo "FAIL $name: dump differs: $(diff "${f%.go}.ast" "$tmp/out" | sed -n 2p)"
    else
        echo "ok $name"
    fi
done

for f in testdata/syntax/real/*.go; do
    name=real/$(basename "$f" .go)
    if ! timeout 10 $bin "$f" >"$tmp/dump" 2>"$tmp/err"; then
        echo "FAIL $name: $(head -1 "$tmp/err")"
        continue
    fi
    echo "ok $name"
    # NAME.pos (from go/parser, tests/syntax_gen_pos.sh): identifier and literal positions
    [ -f "${f%.go}.pos" ] || continue
    sed -nE 's/^ *([a-z]+: )?IDENT ([0-9]+:[0-9]+) (.*)$/\2 \3/p; s/^ *([a-z]+: )?BASIC_LIT ([0-9]+:[0-9]+) .*$/\2 lit/p' \
        "$tmp/dump" | sort -u >"$tmp/pos"
    if diff -q "${f%.go}.pos" "$tmp/pos" >/dev/null; then
        echo "ok $name-positions"
    else
        echo "FAIL $name-positions: $(diff "${f%.go}.pos" "$tmp/pos" | sed -n 2p)"
    fi
done

# check_errors FILE: compares the messages with the // ERROR comments.
check_errors() {
    local f=$1 name=errors/$(basename "$1" .go) why=""
    timeout 10 $bin -q "$f" >/dev/null 2>"$tmp/err"
    local rc=$?
    [ $rc -eq 1 ] || why="exit status $rc, want 1"
    # want: "LINE<TAB>regexp" for every ERROR comment
    grep -an '// ERROR "' "$f" | sed -E 's/^([0-9]+):.*\/\/ ERROR "(.*)".*$/\1\t\2/' >"$tmp/want"
    while IFS=$'\t' read -r line re; do
        grep -aE "^[^:]*:$line:[0-9]+: " "$tmp/err" | grep -aqE -- "$re" ||
            why="${why:-line $line: no error matching \"$re\"}"
    done <"$tmp/want"
    while IFS= read -r msg; do
        local l=$(echo "$msg" | cut -d: -f2)
        cut -f1 "$tmp/want" | grep -aqx "$l" || why="${why:-unexpected error: $msg}"
    done <"$tmp/err"
    if [ -n "$why" ]; then echo "FAIL $name: $why"; else echo "ok $name"; fi
}
for f in testdata/syntax/errors/*.go; do
    check_errors "$f"
done

# Robustness: truncated and corrupted inputs must end with errors, not crashes.
n=0 bad=""
for f in testdata/syntax/real/*.go testdata/syntax/valid/*.go; do
    size=$(wc -c <"$f")
    for cut in 17 101 333 1000 2222 4096; do
        [ "$cut" -lt "$size" ] || continue
        head -c "$cut" "$f" >"$tmp/cut.go"
        timeout 10 $bin -q "$tmp/cut.go" >/dev/null 2>&1
        rc=$?
        n=$((n + 1))
        [ $rc -le 1 ] || bad="$f cut at $cut: status $rc"
    done
done
if [ -n "$bad" ]; then echo "FAIL robustness-truncated: $bad"; else echo "ok robustness-truncated ($n cases)"; fi

# Corrupted inputs: swapped brackets, lines dropped, bytes flipped.
n=0 bad=""
for f in testdata/syntax/real/*.go; do
    for how in "tr {} }{" "tr () )(" "sed 0~7d" "sed s/:=/=:/" "tr a-f \\200-\\205" "sed s/\"/\`/"; do
        $how <"$f" >"$tmp/bad.go" 2>/dev/null
        timeout 10 $bin -q "$tmp/bad.go" >/dev/null 2>&1
        rc=$?
        n=$((n + 1))
        [ $rc -le 1 ] || bad="$f with $how: status $rc"
    done
done
if [ -n "$bad" ]; then echo "FAIL robustness-corrupted: $bad"; else echo "ok robustness-corrupted ($n cases)"; fi
exit 0
