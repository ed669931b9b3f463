#!/usr/bin/env bash
# verify_with_go.sh - checks the encoding oracle table against two independent assemblers.
#
# Needs Go 1.19 (/usr/lib/go-1.19) and GNU binutils; NOT part of `make test`.
# For every table line `PLAN9 | ATT` in testdata/encode/*.txt (or the files given as
# arguments) it assembles the Plan 9 side with Go's assembler (one TEXT symbol per line,
# bytes taken from the `-S` hex dump) and the AT&T side with `as --64` (one label per line,
# bytes taken from the .text section and `nm -n` offsets), and prints
#   ok FILE:LINE PLAN9               when both give identical bytes
#   MISMATCH FILE:LINE PLAN9 | ATT: go=HEX gnu=HEX
#   ERROR ...                        assembler diagnostics (each names FILE:LINE)
# With -e it instead checks testdata/encode/errors.txt: every line must be rejected by Go.
# Exit status 0 only if everything matched.
set -u
GO=${GO:-/usr/lib/go-1.19/bin/go}
INC=${GOINC:-/usr/lib/go-1.19/pkg/include}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0

# entries FILE: prints "LINENO<TAB>PLAN9<TAB>ATT" for every table line (comments start with #).
entries() {
    awk '{ line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]+$/, "", line)
           if (line == "" || substr(line, 1, 1) == "#") next
           n = 0; p = 0; s = line
           while ((i = index(s, " | ")) > 0) { p = n + i; n += i + 2; s = substr(s, i + 3) }
           if (p == 0) { print FILENAME ":" NR ": no \" | \" separator" > "/dev/stderr"; next }
           printf "%d\t%s\t%s\n", NR, substr(line, 1, p - 1), substr(line, p + 3) }' "$1"
}

# go_bytes FILE ENTRIES: prints "LINENO<TAB>HEX" per entry from Go's assembler listing.
go_bytes() {
    local f=$1 ents=$2 rel=$3
    {
        echo '#include "textflag.h"'
        while IFS=$'\t' read -r n p a; do
            printf 'TEXT ·f%d(SB), NOSPLIT|NOFRAME, $0-0\n#line %d "%s"\n\t%s\n' "$n" "$n" "$rel" "$p"
        done < "$ents"
    } > "$tmp/go.s"
    if ! "$GO" tool asm -p enc -S -I "$INC" -o "$tmp/go.o" "$tmp/go.s" > "$tmp/go.lst" 2> "$tmp/go.err"; then
        sed 's/^/ERROR go: /' "$tmp/go.err"
        return 1
    fi
    awk 'match($0, /\.f[0-9]+ STEXT/) { if (cur != "") print cur "\t" hex
                                        cur = substr($0, RSTART + 2, RLENGTH - 8); hex = ""; next }
         /^\t0x[0-9a-f]+ ([0-9a-f][0-9a-f] )+/ {
             for (i = 2; i <= NF && $i ~ /^[0-9a-f][0-9a-f]$/; i++) hex = hex $i; next }
         END { if (cur != "") print cur "\t" hex }' "$tmp/go.lst"
}

# gnu_bytes FILE ENTRIES: prints "LINENO<TAB>HEX" per entry from GNU as.
gnu_bytes() {
    local f=$1 ents=$2
    { echo '.text'
      while IFS=$'\t' read -r n p a; do printf 'f%d: %s\n' "$n" "$a"; done < "$ents"
      echo 'fend: nop'; } > "$tmp/gnu.s"
    if ! as --64 -o "$tmp/gnu.o" "$tmp/gnu.s" 2> "$tmp/gnu.err" || [ -s "$tmp/gnu.err" ]; then
        # map gnu.s line k (entry k-1) back to the table line
        awk -F'\t' -v f="$f" 'NR == FNR { ln[NR + 1] = $1; next }
            match($0, /gnu\.s:[0-9]+:/) { k = substr($0, RSTART + 6, RLENGTH - 7)
                                         print "ERROR gnu: " f ":" ln[k] ": " $0; next }
            { print "ERROR gnu: " $0 }' "$ents" "$tmp/gnu.err"
        [ -f "$tmp/gnu.o" ] && grep -q -i error "$tmp/gnu.err" && return 1
        grep -q -i error "$tmp/gnu.err" && return 1
    fi
    objcopy -O binary -j .text "$tmp/gnu.o" "$tmp/gnu.bin"
    od -An -v -tx1 "$tmp/gnu.bin" | tr -d ' \n' > "$tmp/gnu.hex"
    nm -n -t d "$tmp/gnu.o" | awk -v hexfile="$tmp/gnu.hex" '
        BEGIN { getline hex < hexfile }
        $3 ~ /^f([0-9]+|end)$/ { off[++k] = $1 + 0; name[k] = substr($3, 2) }
        END { for (i = 1; i < k; i++)
                  print name[i] "\t" substr(hex, 2 * off[i] + 1, 2 * (off[i + 1] - off[i])) }'
}

check_file() {
    local f=$1 rel=encode/$(basename "$1")
    entries "$f" > "$tmp/ents"
    go_bytes "$f" "$tmp/ents" "$rel" > "$tmp/go.b" || { bad=1; cat "$tmp/go.b"; return; }
    gnu_bytes "$rel" "$tmp/ents" > "$tmp/gnu.b" || { bad=1; cat "$tmp/gnu.b"; return; }
    grep '^ERROR' "$tmp/gnu.b" && bad=1
    awk -F'\t' -v f="$rel" '
        FILENAME == ARGV[1] { ent[$1] = $2 " | " $3; order[++k] = $1; next }
        FILENAME == ARGV[2] { g[$1] = $2; next }
        $1 !~ /^ERROR/ { u[$1] = $2 }
        END { bad = 0
              for (i = 1; i <= k; i++) { n = order[i]
                  if (g[n] == "" || g[n] != u[n]) {
                      print "MISMATCH " f ":" n " " ent[n] ": go=" g[n] " gnu=" u[n]; bad = 1
                  } else print "ok " f ":" n " " ent[n] " = " g[n] }
              exit bad }' "$tmp/ents" "$tmp/go.b" "$tmp/gnu.b" || bad=1
}

# check_errors FILE: every line (a Plan 9 instruction) must be rejected by Go's assembler.
check_errors() {
    local f=$1 n=0 line
    while IFS= read -r line; do
        n=$((n + 1))
        case "$line" in ''|'#'*) continue ;; esac
        printf '#include "textflag.h"\nTEXT ·f(SB), NOSPLIT|NOFRAME, $0-0\n\t%s\n' "$line" > "$tmp/e.s"
        if "$GO" tool asm -p enc -I "$INC" -o "$tmp/e.o" "$tmp/e.s" > "$tmp/e.out" 2>&1; then
            echo "ACCEPTED encode/errors.txt:$n $line"; bad=1
        else
            echo "rejected encode/errors.txt:$n $line: $(head -1 "$tmp/e.out")"
        fi
    done < "$f"
}

if [ "${1:-}" = "-e" ]; then
    check_errors "$here/errors.txt"
    exit $bad
fi
[ $# -gt 0 ] || set -- $(ls "$here"/*.txt | grep -v '/errors\.txt$')
for f in "$@"; do check_file "$f"; done
exit $bad
