#!/usr/bin/env bash
# types_test.sh - tests of the type checker and `gocc tool compile` front end:
#   testdata/errors/*.go     errorcheck files: each `// ERROR "regexp"...` must
#                            match an error reported on that line, and every
#                            reported error must be expected (texts from Go 1.19)
#   testdata/typecheck/*.go  valid programs: must check without errors
#   testdata/asmhdr/*.go     -asmhdr output compared with Go's (.h golden)
#   runtime/runtime2.go      -cdefs output of the live runtime schema must compile with gcc
set -u
cd "$(dirname "$0")/.."
GOCC=bin/gocc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check_errors FILE: prints "" on success, else a reason.
check_errors() {
    local f=$1 out rc
    out=$("$GOCC" tool compile -d check -o "$tmp/x.s" "$f" 2>&1); rc=$?
    [ $rc -eq 1 ] || { echo "exit status $rc, want 1"; return; }
    # expected: "LINE<TAB>PATTERN" per pattern
    awk '{
        i = index($0, "// ERROR ")
        if (!i) next
        s = substr($0, i + 9)
        while (match(s, /"([^"\\]|\\.)*"/)) {
            p = substr(s, RSTART + 1, RLENGTH - 2)
            gsub(/\\"/, "\"", p)
            print NR "\t" p
            s = substr(s, RSTART + RLENGTH)
        }
    }' "$f" > "$tmp/want"
    printf '%s\n' "$out" | grep -E $'^[^ \t]+:[0-9]+:[0-9]+: ' | sed -E 's/^[^:]+:([0-9]+):[0-9]+: /\1\t/' > "$tmp/got"
    local line pat msg
    while IFS=$'\t' read -r line pat; do
        if ! awk -F'\t' -v l="$line" '$1 == l { sub(/^[^\t]*\t/, ""); print }' "$tmp/got" | grep -Eq -- "$pat"; then
            echo "line $line: missing error matching \"$pat\" (got: $(printf '%s' "$out" | head -c 600))"
            return
        fi
    done < "$tmp/want"
    while IFS=$'\t' read -r line msg; do
        local ok=0
        while IFS=$'\t' read -r wl pat; do
            [ "$wl" = "$line" ] && printf '%s\n' "$msg" | grep -Eq -- "$pat" && { ok=1; break; }
        done < "$tmp/want"
        [ $ok = 1 ] || { echo "unexpected error at line $line: $msg"; return; }
    done < "$tmp/got"
}

for f in testdata/errors/*.go; do
    name=errors/$(basename "$f" .go)
    why=$(check_errors "$f")
    if [ -z "$why" ]; then echo "ok $name"; else echo "FAIL $name: $why"; fi
done

for f in testdata/typecheck/*.go; do
    [ -e "$f" ] || continue
    name=typecheck/$(basename "$f" .go)
    if out=$("$GOCC" tool compile -d check -o "$tmp/x.s" "$f" 2>&1); then
        echo "ok $name"
    else
        echo "FAIL $name: $(printf '%s' "$out" | head -5 | tr '\n' ' ')"
    fi
done

# Package initialisation order (the Go spec's own example: d, b, c, a).
name=initorder
if out=$("$GOCC" tool compile -d check,types -o "$tmp/x.s" testdata/typecheck/initorder.go 2>&1) &&
   [ "$(printf '%s\n' "$out" | grep '^init' | tr '\n' ';')" = "init d;init b;init c;init a;init x y;" ]; then
    echo "ok $name"
else
    echo "FAIL $name: $(printf '%s' "$out" | grep '^init' | tr '\n' ' ')"
fi

# -symabis and -complete (body-less functions); wording as Go's compiler.
# expect NAME WANT_STATUS WANT_TEXT ARGS...: runs gocc tool compile ARGS.
expect() {
    local name=$1 want=$2 text=$3 out rc
    shift 3
    out=$("$GOCC" tool compile "$@" 2>&1); rc=$?
    if [ $rc -ne "$want" ]; then
        echo "FAIL $name: exit status $rc, want $want: $(printf '%s' "$out" | head -3 | tr '\n' ' ')"
    elif [ -n "$text" ] && ! printf '%s\n' "$out" | grep -qF -- "$text"; then
        echo "FAIL $name: missing \"$text\" in: $(printf '%s' "$out" | head -3 | tr '\n' ' ')"
    else
        echo "ok $name"
    fi
}
S=testdata/symabis
expect symabis/def 0 "" -d check -o "$tmp/x.s" -symabis $S/ok.symabis $S/asmfuncs.go
expect symabis/nodef 1 "asmfuncs.go:3:6: missing function body" -d check -o "$tmp/x.s" -symabis $S/nodef.symabis $S/asmfuncs.go
expect symabis/both 1 "asmfuncs.go:4:6: mul defined in both Go and assembly" -d check -o "$tmp/x.s" -symabis $S/both.symabis $S/asmfuncs.go
expect symabis/malformed 1 "bad.symabis:1: malformed symabis line" -d check -o "$tmp/x.s" -symabis $S/bad.symabis $S/asmfuncs.go
expect complete/bodyless 1 "asmfuncs.go:3:6: missing function body" -d check -o "$tmp/x.s" -complete $S/asmfuncs.go
expect complete/none 0 "" -d check -o "$tmp/x.s" $S/asmfuncs.go
expect usage/noflags 2 "usage: gocc tool compile"
expect usage/badflag 2 "flag provided but not defined: -zz" -zz $S/asmfuncs.go
expect usage/noarg 2 "flag needs an argument: -o" -o
expect missingfile 1 "nosuch.go" -d check -o "$tmp/x.s" $S/nosuch.go

# No output files when there are errors.
rm -f "$tmp/h.h" "$tmp/x.s"
"$GOCC" tool compile -asmhdr "$tmp/h.h" -o "$tmp/x.s" testdata/errors/ops.go > /dev/null 2>&1
if [ -e "$tmp/h.h" ] || [ -e "$tmp/x.s" ]; then echo "FAIL nooutput: output written despite errors"; else echo "ok nooutput"; fi

# Closure link names as Go 1.19 names them (go tool compile -S), with captures.
name=closures
want="closure main.glob..func1 func() int captures;closure main.glob..func2 func() func() int captures;closure main.glob..func2.1 func() int captures;closure main.counter.func1 func() int captures n;closure main.counter.func1.1 func() int captures n;closure main.main.func1 func(x int) int captures;closure main.main.func2 func() captures;"
if out=$("$GOCC" tool compile -d check,types -o "$tmp/x.s" testdata/typecheck/closures.go 2>&1) &&
   [ "$(printf '%s\n' "$out" | grep '^closure' | tr '\n' ';')" = "$want" ]; then
    echo "ok $name"
else
    echo "FAIL $name: $(printf '%s' "$out" | grep '^closure' | tr '\n' ' ')"
fi

for f in testdata/asmhdr/*.go; do
    [ -e "$f" ] || continue
    name=asmhdr/$(basename "$f" .go)
    if ! out=$("$GOCC" tool compile -d check -p "$(basename "$f" .go)" -asmhdr "$tmp/go_asm.h" -o "$tmp/x.s" "$f" 2>&1); then
        echo "FAIL $name: $(printf '%s' "$out" | head -3 | tr '\n' ' ')"
    elif ! diff -u "${f%.go}.h" "$tmp/go_asm.h" > "$tmp/diff"; then
        echo "FAIL $name: $(head -20 "$tmp/diff" | tr '\n' ' ')"
    else
        echo "ok $name"
    fi
done

for f in runtime/runtime2.go; do
    name=cdefs/$(basename "$f" .go)
    if ! out=$("$GOCC" tool compile -d check -p runtime -std -cdefs "$tmp/defs.h" -o "$tmp/x.s" "$f" 2>&1); then
        echo "FAIL $name: $(printf '%s' "$out" | head -3 | tr '\n' ' ')"
    elif ! printf '#include "defs.h"\nint main(void) { return 0; }\n' > "$tmp/t.c" ||
         ! out=$(cd "$tmp" && gcc -std=c11 -Wall -Werror -c -o t.o t.c 2>&1); then
        echo "FAIL $name: gcc: $(printf '%s' "$out" | head -5 | tr '\n' ' ')"
    else
        echo "ok $name"
    fi
done
exit 0
