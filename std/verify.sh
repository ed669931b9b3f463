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
set -e
GO=${GO:-/usr/lib/go-1.19/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
W=${STDCHECK:-/tmp/stdcheck}
rm -rf "$W"
mkdir -p "$W"
cp -r "$here"/. "$W"/
printf 'module gocc\n\ngo 1.19\n' > "$W/go.mod"
ours='errors|io|unicode/utf8|unicode|strings|strconv|sort|math'
find "$W" -name '*.go' ! -path '*/verify/*' ! -path '*/gen/*' | while read -r f; do
	sed -i -E "s#^([[:space:]]*(import[[:space:]]+)?)\"($ours)\"[[:space:]]*\$#\1\"gocc/\3\"#" "$f"
done
cd "$W"
export GOFLAGS=-mod=mod GO111MODULE=on
"$GO" build -tags goverify ./...
# the committed unicode tables must be what the generator writes today
(cd unicode && "$GO" run gen/main.go "$W/tables.regen" && cmp "$W/tables.regen" tables.go) ||
	{ echo "std/unicode/tables.go is stale: cd std/unicode && go run gen/main.go"; exit 1; }
pkgs=${*:-errors unicode/utf8 strings strconv sort unicode math}
status=0
for p in $pkgs; do
	if [ -d "$p/verify" ]; then
		echo "== $p"
		"$GO" run -tags goverify "./$p/verify" || status=1
	fi
done
exit $status
