#!/usr/bin/env bash
# pending.sh - runs the Go-language test corpus in testdata/lang/<dir>/ the
# same way tests/run_test.sh runs testdata/run/ (build with gocc, run, compare
# combined output and exit status with Go 1.19's NAME.out / NAME.exit), and
# prints one line per program plus a pass count per directory.
# Not part of `make test`: most of these programs need features gocc lacks.
# Passing programs can be moved into testdata/run/.
#   tests/pending.sh [-q] [DIR...]   DIR is a name under testdata/lang/ (default all)
#   -q  print only the per-directory counts
set -u
cd "$(dirname "$0")/.."
root=$PWD
quiet=0
[ "${1:-}" = -q ] && { quiet=1; shift; }
export GOCC=${GOCC:-$root/bin/gocc}
tmp=$(mktemp -d /tmp/gocc-pending-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# run_test.sh works on <its dir>/../testdata/run; give it a scratch tree whose
# testdata/run is the corpus directory, so the check is the very same script.
mkdir -p "$tmp/tree/tests" "$tmp/tree/testdata"
ln -s "$root/tests/run_test.sh" "$tmp/tree/tests/run_test.sh"

if [ $# -gt 0 ]; then dirs=("$@"); else
    dirs=(); for d in testdata/lang/*/; do d=${d%/}; dirs+=("${d##*/}"); done
fi
total=0 totalok=0 summary=()
for d in "${dirs[@]}"; do
    [ -d "testdata/lang/$d" ] || { echo "no directory testdata/lang/$d"; continue; }
    rm -f "$tmp/tree/testdata/run"
    ln -s "$root/testdata/lang/$d" "$tmp/tree/testdata/run"
    out=$("$tmp/tree/tests/run_test.sh" | sed "s#^ok run/#ok lang/$d/#; s#^FAIL run/#FAIL lang/$d/#; s#testdata/run/#testdata/lang/$d/#g")
    n=$(printf '%s\n' "$out" | grep -c '^\(ok\|FAIL\) ')
    k=$(printf '%s\n' "$out" | grep -c '^ok ')
    [ "$quiet" = 1 ] || printf '%s\n' "$out"
    summary+=("$(printf '%-10s %3d/%-3d passed' "$d" "$k" "$n")")
    total=$((total + n)); totalok=$((totalok + k))
done
echo "--- pending corpus (testdata/lang) ---"
printf '%s\n' "${summary[@]}"
echo "$totalok passed, $((total - totalok)) failed"
exit 0
