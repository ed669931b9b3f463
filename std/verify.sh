#!/bin/sh
# verify.sh — checks std/ against real Go 1.19 (needs Go; never part of `make test`).
#
# Copies std/ into a throwaway module named "gocc" (default /tmp/stdcheck), so that our
# package std/strings becomes import path "gocc/strings" next to Go's real "strings".
# Imports between our own packages are rewritten in the copy. Then every
# std/<pkg>/verify program (a differential test: ours vs Go's on many inputs) is run.
#
#   sh std/verify.sh            # all packages
#   sh std/verify.sh strings    # one package
#   sh std/verify.sh stdrun     # only the testdata/stdrun goldens, with our packages
set -e
GO=${GO:-/usr/lib/go-1.19/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
W=${STDCHECK:-/tmp/stdcheck}
rm -rf "$W"
mkdir -p "$W"
cp -r "$here"/. "$W"/
printf 'module gocc\n\ngo 1.19\n' > "$W/go.mod"
ours='errors|io/ioutil|io|flag|path/filepath|path|unicode/utf8|unicode/utf16|unicode|container/heap|container/list|strings|strconv|sort|math/rand|math/bits|math|os|bufio|fmt|bytes|log'
find "$W" -name '*.go' ! -path '*/verify/*' ! -path '*/gen/*' | while read -r f; do
	sed -i -E "s#^([[:space:]]*(import[[:space:]]+)?)\"($ours)\"[[:space:]]*\$#\1\"gocc/\3\"#" "$f"
done
cd "$W"
export GOFLAGS=-mod=mod GO111MODULE=on
"$GO" build -tags goverify ./errors ./io ./io/ioutil ./unicode ./unicode/utf8 ./strings ./strconv ./sort ./math ./math/bits ./unicode/utf16 ./container/heap ./container/list ./path ./path/filepath ./flag ./os ./bufio ./fmt ./bytes ./math/rand ./log
# reflect reads gocc's type descriptors: under Go it can only be type-checked
"$GO" vet ./reflect

# the committed unicode tables must be what the generator writes today
(cd unicode && "$GO" run gen/main.go "$W/tables.regen" && cmp "$W/tables.regen" tables.go) ||
	{ echo "std/unicode/tables.go is stale: cd std/unicode && go run gen/main.go"; exit 1; }
pkgs=${*:-errors unicode/utf8 strings strconv sort unicode math math/bits unicode/utf16 container/heap container/list path path/filepath fmt flag os bufio bytes math/rand}
status=0
for p in $pkgs; do
	if [ "$p" != stdrun ] && [ -d "$p/verify" ]; then
		echo "== $p"
		"$GO" run -tags goverify "./$p/verify" || status=1
	fi
done
# The stdrun goldens (testdata/stdrun, made with Go's own packages) and the
# fmt/stdlib programs (testdata/lang/fmt, testdata/lang/stdlib, testdata/run/{fmt,fmtc,os,io}_*) must
# come out the same with ours: run each with its imports pointed at gocc/...
# and compare output and exit status.
if { [ $# -eq 0 ] || [ "$1" = stdrun ]; }; then
	echo "== testdata/stdrun, testdata/lang/{fmt,stdlib}, testdata/run/{fmt,fmtc,os,io}_* with our packages"
	for g in "$here"/../testdata/stdrun/*.go "$here"/../testdata/lang/fmt/*.go "$here"/../testdata/lang/stdlib/*.go \
		"$here"/../testdata/run/fmt*_*.go "$here"/../testdata/run/os_*.go "$here"/../testdata/run/io_*.go "$here"/../testdata/run/reflect_*.go "$here"/../testdata/run/bufio_*.go; do
		[ -f "$g" ] || continue
		name=$(basename "$g" .go)
		dir=$(basename "$(dirname "$g")")
		mkdir -p "$W/stdrun/$dir/$name"
		sed -E "s#^([[:space:]]*(import[[:space:]]+)?)\"($ours)\"[[:space:]]*\$#\1\"gocc/\3\"#" "$g" > "$W/stdrun/$dir/$name/main.go"
		want=$(dirname "$g")/$name.out
		wantexit=0
		[ -f "$(dirname "$g")/$name.exit" ] && wantexit=$(cat "$(dirname "$g")/$name.exit")
		"$GO" build -tags goverify -o "$W/stdrun/$dir/$name/prog" "./stdrun/$dir/$name" 2> "$W/stdrun/$dir/$name.got" || true
		got=1
		if [ -x "$W/stdrun/$dir/$name/prog" ]; then
			if (cd "$W/stdrun/$dir/$name" && ./prog > "../$name.got" 2>&1 < /dev/null); then got=0; else got=$?; fi
		fi
		if [ "$got" = "$wantexit" ] && cmp -s "$W/stdrun/$dir/$name.got" "$want"; then
			echo "ok $dir/$name"
		else
			echo "FAIL $dir/$name: output or exit status differs from $want (see $W/stdrun/$dir/$name.got, exit $got)"
			status=1
		fi
	done
fi
exit $status
