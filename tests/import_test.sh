#!/bin/sh
# import_test.sh - packages importing each other: export data (-export),
# importing it through -importcfg, `gocc install` of a library into a
# temporary GOCCROOT and `gocc build` of a program using it. Program outputs
# and error messages are compared with real Go 1.19's (testdata/import/gen.sh).
cd "$(dirname "$0")/.." || exit 1
G=$PWD/bin/gocc
D=$PWD/testdata/import
T=$(mktemp -d); trap 'rm -rf $T' EXIT
ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }

# A GOCCROOT holding only the runtime archive and headers, plus the test libraries.
R=$T/root
mkdir -p $R/pkg/linux_amd64 $R/ex
cp pkg/linux_amd64/runtime.a $R/pkg/linux_amd64/ && cp -r pkg/include $R/pkg/
cp -r $D/basic/lib $R/ex/lib; cp -r $D/methods/lib $R/ex/methods; cp -r $D/transitive/lib $R/ex/mid; cp -r $D/structs/lib $R/ex/shapes
export GOCCROOT=$R

# Installs package $2, builds $D/$1/main.go, runs it and compares with want.txt.
run_case() {
    name=$1
    if ! $G install $2 > $T/$name.err 2>&1; then fail $name "install ex/$2: $(head -1 $T/$name.err)"; return; fi
    if ! (cd $D/$name && $G build -o $T/$name.exe main.go) > $T/$name.err 2>&1; then
        fail $name "build: $(head -1 $T/$name.err)"; return
    fi
    $T/$name.exe > $T/$name.out 2>&1
    if cmp -s $T/$name.out $D/$name/want.txt; then ok $name; else fail $name "output differs from Go's"; fi
}
run_case basic ex/lib
members=$(ar t $R/pkg/linux_amd64/ex/lib.a 2>/dev/null | tr '\n' ' ')
[ "$members" = "__.PKGDEF _go_.o " ] && ok archive-members || fail archive-members "ar t: $members"
head -1 $R/pkg/linux_amd64/ex/lib.a | grep -q '^!<arch>' && \
    ar p $R/pkg/linux_amd64/ex/lib.a __.PKGDEF | head -1 | grep -qx 'go object linux amd64 gocc v1' \
    && ok export-header || fail export-header "no gocc v1 header in __.PKGDEF"
run_case transitive ex/mid
run_case blank ex/mid
run_case structs ex/shapes
# Standard packages installed with `gocc install std/...` (as make does).
mkdir -p $R/std && cp -r std/unicode $R/std/unicode
if $G install std/unicode/utf8 std/unicode > $T/su.err 2>&1; then run_case stdunicode unicode/utf8
else fail stdunicode "install std/unicode: $(head -1 $T/su.err)"; fi
ar p $R/pkg/linux_amd64/ex/mid.a __.PKGDEF | grep -qx 'import ex/lib' && ok export-imports \
    || fail export-imports "mid's export data does not list ex/lib"

# gocc install builds the std packages a package imports first (missing or stale).
R2=$T/root2; mkdir -p $R2/pkg/linux_amd64 $R2/std/ex
cp pkg/linux_amd64/runtime.a $R2/pkg/linux_amd64/ && cp -r pkg/include $R2/pkg/
cp -r $D/basic/lib $R2/std/ex/lib; cp -r $D/transitive/lib $R2/std/ex/mid
GOCCROOT=$R2 $G install -v ex/mid > $T/deps.out 2>&1
[ "$(tr '\n' ' ' < $T/deps.out)" = "ex/lib ex/mid " ] && [ -f $R2/pkg/linux_amd64/ex/lib.a ] && ok install-deps \
    || fail install-deps "$(tr '\n' ' ' < $T/deps.out)"
GOCCROOT=$R2 $G install -v ex/mid > $T/deps.out 2>&1
[ "$(tr '\n' ' ' < $T/deps.out)" = "ex/mid " ] && ok install-deps-fresh || fail install-deps-fresh "$(tr '\n' ' ' < $T/deps.out)"

# Build constraints: //go:build lines and _GOOS_GOARCH file names pick the files.
(cd $D/buildtags && $G run .) > $T/bt.out 2>&1
if cmp -s $T/bt.out $D/buildtags/want.txt; then ok build-constraints; else fail build-constraints "$(head -1 $T/bt.out)"; fi

# Methods: the back end may not compile them yet, so check at -d check level
# (export data from the type-checked library, packed by hand).
$G tool compile -p ex/methods -d check -export $T/__.PKGDEF $D/methods/lib/lib.go > $T/m.err 2>&1 &&
    (cd $T && $G tool pack c methods.a __.PKGDEF) > /dev/null 2>&1
CFG=$T/cfg; echo "packagefile ex/methods=$T/methods.a" > $CFG
if $G tool compile -d check -importcfg $CFG $D/methods/main.go > $T/m.err 2>&1; then ok methods-check
else fail methods-check "$(head -1 $T/m.err)"; fi
if $G install ex/methods > /dev/null 2>&1; then run_case methods ex/methods; fi

# The standard packages' export data round-trips at type-check level: each
# is checked against the export data of the ones before it, then a program
# using their API (testdata/import/stdcheck, accepted by Go 1.19) is checked.
S=$T/std; mkdir -p $S; : > $S/cfg; why=
for p in errors io unicode/utf8 unicode strings math strconv sort time sync/atomic sync; do
    n=$(echo $p | tr / _)
    files=$(ls std/$p/*.go | grep -v goverify)
    if ! $G tool compile -std -p $p -d check -importcfg $S/cfg -export $S/__.PKGDEF $files > $S/err 2>&1; then
        why="std/$p: $(head -1 $S/err)"; break
    fi
    (cd $S && $G tool pack c $n.a __.PKGDEF) && echo "packagefile $p=$S/$n.a" >> $S/cfg
done
[ -z "$why" ] && ! $G tool compile -d check -importcfg $S/cfg $D/stdcheck/main.go > $S/err 2>&1 && why=$(head -1 $S/err)
[ -z "$why" ] && ok std-export-roundtrip || fail std-export-roundtrip "$why"

# Unexported names are not visible: Go's messages.
(cd $D/errors && $G tool compile -d check -importcfg $CFG main.go) > $T/e.out 2>&1
if cmp -s $T/e.out $D/errors/want.txt; then ok unexported-errors; else fail unexported-errors "$(head -1 $T/e.out)"; fi

# Embedded unexported types: promoted exported fields and methods only.
$G tool compile -p ex/emb -d check -export $T/__.PKGDEF $D/embedded/lib/lib.go > $T/emb.out 2>&1 &&
    (cd $T && rm -f emb.a && $G tool pack c emb.a __.PKGDEF) > /dev/null 2>&1
echo "packagefile ex/emb=$T/emb.a" > $T/embcfg
cp $D/embedded/ok.go.txt $T/ok.go
if (cd $T && $G tool compile -d check -importcfg embcfg ok.go) > $T/emb.out 2>&1; then ok embedded-promoted
else fail embedded-promoted "$(head -1 $T/emb.out)"; fi
(cd $D/embedded && $G tool compile -d check -importcfg $T/embcfg main.go) > $T/emb.out 2>&1
if cmp -s $T/emb.out $D/embedded/want.txt; then ok embedded-hidden; else fail embedded-hidden "$(head -1 $T/emb.out)"; fi

# A package the importcfg lacks.
printf 'package main\n\nimport "ex/nope"\n\nfunc main() { nope.F() }\n' > $T/miss.go
(cd $T && $G tool compile -d check -importcfg $CFG miss.go) > $T/miss.out 2>&1
grep -qx "miss.go:3:8: package ex/nope is not in gocc's standard library" $T/miss.out && ok missing-package \
    || fail missing-package "$(head -1 $T/miss.out)"

# A package importing itself, and a cycle through export data (a -> b -> a).
printf 'package a\n\nimport "ex/a"\n\nvar X = a.X\n' > $T/self.go
(cd $T && $G tool compile -p ex/a -d check -importcfg $CFG self.go) > $T/self.out 2>&1
grep -qx "self.go:3:8: import cycle not allowed" $T/self.out && ok self-import-cycle \
    || fail self-import-cycle "$(head -1 $T/self.out)"
mkdir -p $T/cyc && cd $T/cyc || exit 1
printf 'go object linux amd64 gocc v1\nimport ex/b\n$$\npackage a\nimport __gocc_imp1 "ex/b"\nvar A __gocc_imp1.B\n' > a.def
printf 'go object linux amd64 gocc v1\nimport ex/a\n$$\npackage b\nimport __gocc_imp1 "ex/a"\ntype B int\nvar X __gocc_imp1.A\n' > b.def
cp a.def __.PKGDEF && $G tool pack c a.a __.PKGDEF && cp b.def __.PKGDEF && $G tool pack c b.a __.PKGDEF
printf 'packagefile ex/a=%s/a.a\npackagefile ex/b=%s/b.a\n' $T/cyc $T/cyc > cfg
printf 'package main\n\nimport "ex/a"\n\nfunc main() { println(a.A) }\n' > m.go
$G tool compile -d check -importcfg cfg m.go > out 2>&1
grep -q "import cycle not allowed" out && ok export-import-cycle || fail export-import-cycle "$(head -1 out)"

# An archive without export data, and export data that is not gocc's.
printf 'x' > x.o && $G tool pack c noexp.a x.o > /dev/null 2>&1
printf 'packagefile ex/a=%s/noexp.a\n' $T/cyc > cfg2
$G tool compile -d check -importcfg cfg2 m.go > out 2>&1
grep -q "m.go:3:8: could not import ex/a (no export data in" out && ok no-export-data || fail no-export-data "$(head -1 out)"
printf 'garbage\n' > __.PKGDEF && $G tool pack c bad.a __.PKGDEF
printf 'packagefile ex/a=%s/bad.a\n' $T/cyc > cfg3
$G tool compile -d check -importcfg cfg3 m.go > out 2>&1
grep -q "not gocc export data" out && ok bad-export-data || fail bad-export-data "$(head -1 out)"
head -c 300 /dev/urandom > junk.a   # not an archive: an error, no crash
printf 'packagefile ex/a=%s/junk.a\n' $T/cyc > cfg4
$G tool compile -d check -importcfg cfg4 m.go > out 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q "m.go:3:8: could not import ex/a (cannot read" out && ok corrupt-archive \
    || fail corrupt-archive "rc=$rc $(head -1 out)"
exit 0
