#!/usr/bin/env bash
# driver_test.sh - tests of the gocc driver (cmd/gocc): usage errors and
# their exit status 2, version/help/env, the steps `build -x` and
# `install -x` print and their order, the handling of a failing step (exit
# 1, the step's message, no output file, work directory removed), -work,
# -o, the runtime staleness rebuild, and - once compiler, assembler, linker
# and runtime are built - real builds and `gocc run`'s exit statuses.
# Prints "ok driver/NAME", "FAIL driver/NAME: why", or "skip driver/NAME:
# why" for cases that need a stage that is not built yet.
set -u
cd "$(dirname "$0")/.."
REPO=$PWD
GOCC=$REPO/bin/gocc
tmp=$(mktemp -d /tmp/gocc-drvtest-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok driver/$1"; }
fail() { echo "FAIL driver/$1: $2"; }
skip() { echo "skip driver/$1: $2"; }

# expect NAME STATUS PATTERN cmd...: the command exits with STATUS and its
# stderr matches the extended regexp PATTERN.
expect() {
    local name=$1 want=$2 pat=$3
    shift 3
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    local rc=$?
    if [ $rc -ne "$want" ]; then
        fail "$name" "exit status $rc, want $want ($(head -2 "$tmp/err" | tr '\n' ' '))"
    elif ! grep -Eq -- "$pat" "$tmp/err" "$tmp/out"; then
        fail "$name" "output does not match /$pat/: $(head -3 "$tmp/err" | tr '\n' ' ')"
    else
        ok "$name"
    fi
}

# The step lines of a -x log (commands, not the tools' own messages).
steps_of() {
    grep -E '^(mkdir -p |cat >|cp |mv |[^ ]*/gocc tool |gcc |\$WORK/)' "$1"
}

# plan_prefix NAME LOG FULL REGEX...: the step lines of LOG match the
# regexps one by one, in order; with FULL=1 every regexp must be matched,
# else the log may stop early (the build failed at that step).
plan_prefix() {
    local name=$1 log=$2 full=$3
    shift 3
    mapfile -t lines < <(steps_of "$log")
    if [ ${#lines[@]} -eq 0 ]; then
        fail "$name" "no step lines printed"
        return 1
    fi
    if [ ${#lines[@]} -gt $# ]; then
        fail "$name" "more steps than planned: ${lines[$#]}"
        return 1
    fi
    local i=0
    for re in "$@"; do
        if [ $i -ge ${#lines[@]} ]; then
            if [ "$full" = 1 ]; then
                fail "$name" "missing step /$re/"
                return 1
            fi
            break
        fi
        if ! [[ ${lines[$i]} =~ $re ]]; then
            fail "$name" "step $((i + 1)) is '${lines[$i]}', want /$re/"
            return 1
        fi
        i=$((i + 1))
    done
    ok "$name"
}

work_of() { sed -n 's/^WORK=//p' "$1" | head -1; }

# ---- usage errors: exit 2 ----
printf 'package main\n\nfunc main() {\n\tprintln("hi")\n}\n' >"$tmp/hello.go"
printf 'package main\n\nfunc main() {\n\tprintln("hi"\n}\n' >"$tmp/bad.go"
mkdir -p "$tmp/sub" && cp "$tmp/hello.go" "$tmp/sub/other.go"
expect usage/noargs 2 'usage: gocc' "$GOCC"
expect usage/unknown-command 2 'gocc frob: unknown command' "$GOCC" frob
expect usage/unknown-flag 2 'flag provided but not defined: -frob' "$GOCC" build -frob "$tmp/hello.go"
expect usage/o-needs-arg 2 'flag needs an argument: -o' "$GOCC" build -o
expect usage/no-files 2 'no go files listed' "$GOCC" build
expect usage/run-no-files 2 'no go files listed' "$GOCC" run
expect usage/missing-file 2 'open .*nosuch\.go: No such file' "$GOCC" build "$tmp/nosuch.go"
expect usage/not-go-file 2 'x\.c: not a \.go file or a directory' "$GOCC" build "$tmp/x.c"
expect usage/two-dirs 2 'must all be in one directory' "$GOCC" build "$tmp/hello.go" "$tmp/sub/other.go"
printf '// a library\n/* not main */ package lib\n' >"$tmp/lib.go"
expect build/not-main 1 'lib\.go: package lib is not a main package' "$GOCC" build "$tmp/lib.go"
expect usage/run-no-o 2 'flag provided but not defined: -o' "$GOCC" run -o x "$tmp/hello.go"
expect usage/unknown-tool 2 'no such tool "frob"' "$GOCC" tool frob
expect usage/tool-missing 2 'usage: gocc tool' "$GOCC" tool
expect usage/install-none 2 'no packages listed' "$GOCC" install
expect usage/install-unknown 2 'package nosuchpkg is not in' "$GOCC" install nosuchpkg
expect usage/help-topic 2 'unknown help topic' "$GOCC" help frob
expect usage/env-flag 2 'flag provided but not defined' "$GOCC" env -x

# ---- version, help, env ----
expect version 0 '^gocc version [0-9.]+ linux/amd64$' "$GOCC" version
expect help 0 '^  install ' "$GOCC" help
expect env/default-root 0 "^GOCCROOT=\"$REPO\"$" env -u GOCCROOT "$GOCC" env
expect env/goccroot 0 "^/some/root$" env GOCCROOT=/some/root "$GOCC" env GOCCROOT
expect env/goos 0 '^GOOS="linux"$' "$GOCC" env

# A root with an (empty) runtime archive and no runtime sources: nothing is
# stale, so `build` runs only the steps of package main.
fake=$tmp/fakeroot
mkdir -p "$fake/pkg/linux_amd64/unicode" "$fake/pkg/include"
printf '!<arch>\n' >"$fake/pkg/linux_amd64/runtime.a"
printf '!<arch>\n' >"$fake/pkg/linux_amd64/unicode/utf8.a"
export GOCCROOT=$fake

MAIN_PLAN=(
    '^mkdir -p \$WORK/b001/$'
    "^cat >\\\$WORK/b001/importcfg << 'EOF' # internal$"
    '/gocc tool compile -p main -complete -importcfg \$WORK/b001/importcfg -o \$WORK/b001/main\.s .*\.go$'
    '/gocc tool asm -p main -I [^ ]*/pkg/include -D GOOS_linux -D GOARCH_amd64 -o \$WORK/b001/main\.o \$WORK/b001/main\.s$'
    '/gocc tool pack c \$WORK/b001/_pkg_\.a \$WORK/b001/main\.o$'
    '^mkdir -p \$WORK/b001/exe/$'
    '/gocc tool link -o \$WORK/b001/exe/a\.out \$WORK/b001/_pkg_\.a( [^ ]+\.a)* [^ ]*/pkg/linux_amd64/runtime\.a$'
    '^mv \$WORK/b001/exe/a\.out '
)

# ---- a failing step: the compile of a file with a syntax error ----
cd "$tmp"
"$GOCC" build -x bad.go >"$tmp/out" 2>"$tmp/log"
rc=$?
[ $rc -eq 2 ] && ok build/fail-status || fail build/fail-status "exit status $rc, want 2 (as go build)"
plan_prefix build/fail-plan "$tmp/log" 0 "${MAIN_PLAN[@]}"
w=$(work_of "$tmp/log")
[ -n "$w" ] && [ ! -e "$w" ] && ok build/fail-workdir-removed || fail build/fail-workdir-removed "WORK=$w still exists or not printed"
[ ! -e bad ] && ok build/fail-no-output || fail build/fail-no-output "output file bad was left behind"
grep -q 'packagefile runtime='"$fake"'/pkg/linux_amd64/runtime.a' "$tmp/log" &&
    grep -q 'packagefile unicode/utf8='"$fake"'/pkg/linux_amd64/unicode/utf8.a' "$tmp/log" &&
    ok build/importcfg || fail build/importcfg "importcfg lines missing from the -x log"
# The step's own message follows the compile line, and nothing runs after it.
if sed -n '/gocc tool compile/,$p' "$tmp/log" | tail -n +2 | grep -q .; then
    ok build/fail-message
else
    fail build/fail-message "no message from the failing step"
fi

# A valid program with the fake root fails at the latest at the link (the
# runtime archive is empty); the link line lists every archive, runtime last.
"$GOCC" build -x hello.go >/dev/null 2>"$tmp/log"
rc=$?
[ $rc -eq 2 ] && ok build/fake-root-fails || fail build/fake-root-fails "exit status $rc, want 2"
LINK_PLAN=("${MAIN_PLAN[@]}")
LINK_PLAN[6]="/gocc tool link -o \\\$WORK/b001/exe/a\\.out \\\$WORK/b001/_pkg_\\.a $fake/pkg/linux_amd64/unicode/utf8\\.a $fake/pkg/linux_amd64/runtime\\.a$"
plan_prefix build/link-archives "$tmp/log" 0 "${LINK_PLAN[@]}"
[ ! -e hello ] && ok build/fake-root-no-output || fail build/fake-root-no-output "output file hello was left behind"

# ---- -work keeps the directory (also after a failure) ----
"$GOCC" build -work bad.go >/dev/null 2>"$tmp/log"
w=$(work_of "$tmp/log")
if [ -n "$w" ] && [ -d "$w/b001" ] && [ -f "$w/b001/importcfg" ]; then ok build/work-kept; else fail build/work-kept "WORK=$w not kept"; fi
[ -n "$w" ] && case $w in /tmp/gocc-build-*|"${TMPDIR:-/tmp}"/gocc-build-*) rm -rf "$w" ;; esac
"$GOCC" build bad.go >/dev/null 2>"$tmp/log"
grep -q '^WORK=' "$tmp/log" && fail build/no-work-line "WORK= printed without -x/-work" || ok build/no-work-line

# ---- -o onto an existing file that the failing build must not touch ----
printf '\177ELF old program' >"$tmp/keep"
cp "$tmp/keep" "$tmp/keep.orig"
"$GOCC" build -o "$tmp/keep" bad.go >/dev/null 2>"$tmp/log"
rc=$?
[ $rc -eq 2 ] && cmp -s "$tmp/keep" "$tmp/keep.orig" && ok build/fail-keeps-old-output ||
    fail build/fail-keeps-old-output "exit $rc or old output changed: $(head -1 "$tmp/log")"

# The two-phase plan of the runtime (two-phase.md §4), for the fake runtime below.
INSTALL_PLAN=(
    '^mkdir -p .*/staleroot/pkg/include/$'
    '^cp .*/runtime/include/textflag\.h .*/pkg/include/textflag\.h$'
    '^mkdir -p \$WORK/b001/$'
    "^cat >\\\$WORK/b001/go_asm\\.h << 'EOF' # internal$"
    '/gocc tool asm -p runtime -compiling-runtime -I \$WORK/b001 -I [^ ]*/runtime -I [^ ]*/pkg/include -D GOOS_linux -D GOARCH_amd64 -gensymabis -o \$WORK/b001/symabis [^ ]*/a_amd64\.s$'
    '/gocc tool compile -p runtime -std -symabis \$WORK/b001/symabis -asmhdr \$WORK/b001/go_asm\.h -export \$WORK/b001/__\.PKGDEF -cdefs \$WORK/b001/runtime_defs\.h -o \$WORK/b001/_go_\.s [^ ]*/r\.go$'
    '/gocc tool asm -p runtime -compiling-runtime -I \$WORK/b001 .* -o \$WORK/b001/_go_\.o \$WORK/b001/_go_\.s$'
    '/gocc tool asm -p runtime -compiling-runtime -I \$WORK/b001 .* -o \$WORK/b001/a_amd64\.o [^ ]*/a_amd64\.s$'
    '^gcc -c -O2 -g -std=c11 -ffreestanding -nostdlib -fno-pic -fno-pie -fno-stack-protector -fno-asynchronous-unwind-tables -fno-omit-frame-pointer -ffixed-r14 -Wall -Wextra -I \$WORK/b001 -I [^ ]*/runtime -o \$WORK/b001/c\.o [^ ]*/c\.c$'
    '/gocc tool pack c \$WORK/b001/_pkg_\.a \$WORK/b001/__\.PKGDEF \$WORK/b001/_go_\.o \$WORK/b001/a_amd64\.o \$WORK/b001/c\.o$'
    '^mkdir -p [^ ]*/pkg/linux_amd64/$'
    '^mv \$WORK/b001/_pkg_\.a [^ ]*/pkg/linux_amd64/runtime\.a$'
)
# ---- an output that is not an object file is never overwritten ----
printf 'package main\n' >"$tmp/notobj"
expect build/not-object 1 'build output ".*notobj" already exists and is not an object file' "$GOCC" build -o "$tmp/notobj" hello.go
[ "$(cat "$tmp/notobj")" = "package main" ] && ok build/not-object-kept || fail build/not-object-kept "file changed"

# ---- staleness: runtime sources newer than runtime.a rebuild it first ----
stale=$tmp/staleroot
mkdir -p "$stale/runtime/include" "$stale/pkg/linux_amd64"
printf '!<arch>\n' >"$stale/pkg/linux_amd64/runtime.a"
touch -d '2000-01-01' "$stale/pkg/linux_amd64/runtime.a"
printf 'TEXT ·f(SB), $0-0\n\tBOGUS AX\n' >"$stale/runtime/a_amd64.s"   # fails in any assembler
printf 'package runtime\n' >"$stale/runtime/r.go"
printf 'int f(void) { return 1; }\n' >"$stale/runtime/c.c"
printf '#define X 1\n' >"$stale/runtime/include/textflag.h"
GOCCROOT=$stale "$GOCC" build -x -o "$tmp/h" hello.go >/dev/null 2>"$tmp/log"
rc=$?
[ $rc -eq 2 ] && ok stale/fail-status || fail stale/fail-status "exit status $rc, want 2"
# The runtime is built in $WORK/b002 (package main keeps b001); its .s file
# is wrong, so with a working assembler the plan stops at that file's asm step.
plan_prefix stale/runtime-first "$tmp/log" 0 "${INSTALL_PLAN[@]//b001/b002}" "${MAIN_PLAN[@]}"
[ "$(stat -c %Y "$stale/pkg/linux_amd64/runtime.a")" = "$(date -d 2000-01-01 +%s)" ] &&
    ok stale/archive-untouched || fail stale/archive-untouched "runtime.a changed by a failed rebuild"
[ ! -e "$tmp/h" ] && ok stale/no-output || fail stale/no-output "output left behind"

# ---- -n prints the whole plan and runs nothing, whatever state the tools are in ----
rm -rf "$stale/pkg/include"
GOCCROOT=$stale "$GOCC" build -n -o "$tmp/h" hello.go >/dev/null 2>"$tmp/log"
rc=$?
[ $rc -eq 0 ] && ok n/status || fail n/status "exit status $rc, want 0"
plan_prefix n/stale-full-plan "$tmp/log" 1 "${INSTALL_PLAN[@]//b001/b002}" "${MAIN_PLAN[@]}"
grep -q '^WORK=' "$tmp/log" && fail n/no-work "WORK= printed with -n" || ok n/no-work
[ ! -e "$tmp/h" ] && [ ! -e "$stale/pkg/include" ] && ok n/runs-nothing || fail n/runs-nothing "files were written"
GOCCROOT=$stale "$GOCC" install -n runtime >/dev/null 2>"$tmp/log"
plan_prefix n/install-full-plan "$tmp/log" 1 "${INSTALL_PLAN[@]}"
"$GOCC" build -n hello.go >/dev/null 2>"$tmp/log"
plan_prefix n/build-full-plan "$tmp/log" 1 "${MAIN_PLAN[@]}"

# ---- a directory stands for its .go files (not _test.go), named after it ----
mkdir -p "$tmp/prog"
cp hello.go "$tmp/prog/a.go"
printf 'package main\n\nfunc helper() {}\n' >"$tmp/prog/b.go"
printf 'package main\n' >"$tmp/prog/a_test.go"
(cd "$tmp/prog" && "$GOCC" build -n . >/dev/null 2>"$tmp/log")
if grep -q 'tool compile .* \./a\.go \./b\.go$' "$tmp/log" && grep -q '^mv \$WORK/b001/exe/a\.out prog$' "$tmp/log"; then
    ok build/dir-arg
else
    fail build/dir-arg "compile/mv lines wrong: $(grep -E 'compile|^mv' "$tmp/log" | tr '\n' ' ')"
fi
expect build/dir-output-is-dir 1 'build output "prog" already exists and is a directory' "$GOCC" build prog
mkdir -p "$tmp/empty"
expect build/dir-no-go-files 1 'no Go files in' "$GOCC" build empty

# ---- install: the two-phase plan (checked up to the first failing step) ----
GOCCROOT=$stale "$GOCC" install -x runtime >/dev/null 2>"$tmp/log"
rc=$?
[ $rc -eq 1 ] && ok install/fail-status || fail install/fail-status "exit status $rc, want 1"
plan_prefix install/runtime-plan "$tmp/log" 0 "${INSTALL_PLAN[@]}"

# A pure Go package under std/: -complete, no symabis/asmhdr, -std, importcfg.
mkdir -p "$stale/std/unicode/utf8"
printf 'package utf8\nfunc F( {\n' >"$stale/std/unicode/utf8/utf8.go"
GOCCROOT=$stale "$GOCC" install -x std/unicode/utf8 >/dev/null 2>"$tmp/log"
rc=$?
[ $rc -eq 1 ] && ok install/std-fail-status || fail install/std-fail-status "exit status $rc, want 1"
plan_prefix install/std-plan "$tmp/log" 0 \
    '^mkdir -p \$WORK/b001/$' \
    "^cat >\\\$WORK/b001/importcfg << 'EOF' # internal$" \
    '/gocc tool compile -p unicode/utf8 -std -importcfg \$WORK/b001/importcfg -complete -export \$WORK/b001/__\.PKGDEF -o \$WORK/b001/_go_\.s [^ ]*/std/unicode/utf8/utf8\.go$' \
    '/gocc tool asm -p unicode/utf8 -I \$WORK/b001 .* -o \$WORK/b001/_go_\.o \$WORK/b001/_go_\.s$' \
    '/gocc tool pack c \$WORK/b001/_pkg_\.a \$WORK/b001/__\.PKGDEF \$WORK/b001/_go_\.o$' \
    '^mkdir -p [^ ]*/pkg/linux_amd64/unicode/$' \
    '^mv \$WORK/b001/_pkg_\.a [^ ]*/pkg/linux_amd64/unicode/utf8\.a$'
unset GOCCROOT

# ---- real builds: need compiler, assembler, linker and runtime.a ----
cd "$tmp"
if ! "$GOCC" build -o "$tmp/hello" hello.go >"$tmp/probe" 2>&1; then
    why=$(head -1 "$tmp/probe")
    for c in build/x-full-plan n/plan-reruns build/runs build/default-output build/o-dir build/two-files run/two-files run/hello run/args run/exit-status run/panic S-listing; do
        skip "$c" "toolchain cannot build hello.go yet ($why)"
    done
    exit 0
fi
rm -f "$tmp/hello"
"$GOCC" build -x -o "$tmp/hello" hello.go >/dev/null 2>"$tmp/log"
plan_prefix build/x-full-plan "$tmp/log" 1 "${MAIN_PLAN[@]}"
[ "$("$tmp/hello" 2>&1)" = hi ] && ok build/runs || fail build/runs "built program does not print hi"
# The printed plan is a shell script that builds the same program.
"$GOCC" build -n -o "$tmp/rerun" hello.go 2>"$tmp/plan.sh"
mkdir -p "$tmp/rerunwork"
if WORK=$tmp/rerunwork sh -e "$tmp/plan.sh" >/dev/null 2>&1 && [ "$("$tmp/rerun" 2>&1)" = hi ]; then
    ok n/plan-reruns
else
    fail n/plan-reruns "sh of the -n plan did not build a working program"
fi
rm -f hello && "$GOCC" build hello.go 2>/dev/null && [ -x hello ] && ok build/default-output || fail build/default-output "no ./hello"
mkdir -p outdir && "$GOCC" build -o outdir hello.go 2>/dev/null && [ -x outdir/hello ] && ok build/o-dir || fail build/o-dir "no outdir/hello"
mkdir -p multi
printf 'package main\n\nfunc main() {\n\tprintln(twice(21))\n}\n' >multi/a.go
printf 'package main\n\nfunc twice(x int) int {\n\treturn 2 * x\n}\n' >multi/b.go
"$GOCC" build multi/a.go multi/b.go 2>/dev/null && [ "$(./a 2>&1)" = 42 ] && ok build/two-files || fail build/two-files "a.go + b.go did not build a program printing 42"
expect run/two-files 0 '^42$' "$GOCC" run multi/a.go multi/b.go
expect run/hello 0 '^hi$' "$GOCC" run hello.go
printf 'package main\n\nvar z int\n\nfunc main() {\n\tprintln("boom", 1/z)\n}\n' >"$tmp/boom.go"
expect run/panic 1 '^panic: runtime error: integer divide by zero$' "$GOCC" run boom.go
expect run/exit-status 1 '^exit status 2$' "$GOCC" run boom.go
expect run/args 0 '^hi$' "$GOCC" run hello.go a b c
if "$GOCC" build -S -o "$tmp/hello2" hello.go 2>/dev/null | grep -q '^main\.main STEXT'; then
    ok S-listing
else
    fail S-listing "no 'main.main STEXT' listing on stdout"
fi
exit 0
