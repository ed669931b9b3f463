#!/bin/sh
# gen.sh - regenerates the goldens of tests/import_test.sh with real Go 1.19
# (needs /usr/lib/go-1.19). Libraries: basic/lib is package ex/lib,
# methods/lib ex/methods, transitive/lib ex/mid, embedded/lib ex/emb,
# structs/lib ex/shapes. Each case has main.go; want.txt is the program's
# output (stdout+stderr), or for errors/ the compiler's messages.
set -e
# embedded/want.txt: errors for embedded/main.go (ok.go.txt must build).
# buildtags/want.txt: `go run .` in a module copy of buildtags/.
here=$(cd "$(dirname "$0")" && pwd)
export PATH=/usr/lib/go-1.19/bin:$PATH GOFLAGS=-mod=mod GO111MODULE=on
tmp=$(mktemp -d); trap 'rm -rf $tmp' EXIT
printf 'module ex\ngo 1.19\n' > $tmp/go.mod
cp -r $here/basic/lib $tmp/lib; cp -r $here/methods/lib $tmp/methods; cp -r $here/transitive/lib $tmp/mid; cp -r $here/embedded/lib $tmp/emb; cp -r $here/structs/lib $tmp/shapes
for c in basic methods transitive blank errors embedded structs; do
    mkdir -p $tmp/main_$c; cp $here/$c/main.go $tmp/main_$c/
done
for c in basic methods transitive blank structs; do
    (cd $tmp && go build -o $tmp/$c.exe ./main_$c && $tmp/$c.exe > $here/$c/want.txt 2>&1)
done
(cd $tmp/main_errors && go build -gcflags=-e -o /dev/null . 2>&1 | grep -v '^#' | sed 's#^\./##' > $here/errors/want.txt || true)
mkdir -p $tmp/bt; cp $here/buildtags/*.go $tmp/bt; printf 'module bt\ngo 1.19\n' > $tmp/bt/go.mod
(cd $tmp/bt && go run . > $here/buildtags/want.txt 2>&1)
mkdir -p $tmp/su; cp $here/stdunicode/main.go $tmp/su; printf 'module su\ngo 1.19\n' > $tmp/su/go.mod
(cd $tmp/su && go run . > $here/stdunicode/want.txt 2>&1)
(cd $tmp/main_embedded && go build -gcflags=-e -o /dev/null . 2>&1 | grep -v '^#' | sed 's#^\./##' > $here/embedded/want.txt || true)
mkdir -p $tmp/main_embok; cp $here/embedded/ok.go.txt $tmp/main_embok/main.go; (cd $tmp && go build -o /dev/null ./main_embok)
